//! Bad, odd and extreme input: every case ends in a typed error or a report that
//! keeps the crate's invariants (spans slice to their claims, every non-whitespace
//! character is owned exactly once, rendering never panics, output is deterministic).

use claimdiff::report::{to_json, to_markdown, to_text};
use claimdiff::{Config, Error, Report, SkipReason, Skipped, Source, compare};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;
use std::sync::mpsc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// Longest any single case may run before it counts as a hang.
const DEADLINE: Duration = Duration::from_secs(60);

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/// Whitespace collapsed to single spaces, trimmed: how a claim's `text` is made.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Runs `f` on another thread; panics if it takes longer than [`DEADLINE`] and
/// re-raises any panic from `f` with its original payload.
fn within_deadline<T: Send + 'static>(what: &str, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    let handle = std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    match rx.recv_timeout(DEADLINE) {
        Ok(v) => {
            let _ = handle.join();
            v
        }
        Err(mpsc::RecvTimeoutError::Timeout) => {
            panic!("{what}: still running after {DEADLINE:?} (hang)")
        }
        Err(mpsc::RecvTimeoutError::Disconnected) => match handle.join() {
            Err(payload) => std::panic::resume_unwind(payload),
            Ok(()) => unreachable!("worker ended without sending a result"),
        },
    }
}

/// `compare` with a deadline.
fn compare_timed(sources: &[Source], config: &Config) -> Result<Report, Error> {
    let (sources, config) = (sources.to_vec(), config.clone());
    within_deadline("compare", move || compare(&sources, &config))
}

/// Every claim span of source `source` is on char boundaries inside the text and
/// slices, whitespace collapsed, to the claim's `text`.
fn assert_claim_spans(report: &Report, source: &Source) {
    let text = source.text();
    let claims = report.claims.iter().filter(|c| c.source == source.id());
    for c in claims {
        assert!(
            c.span.start <= c.span.end && c.span.end <= text.len(),
            "{}: span {:?} outside text of {} bytes",
            c.id,
            c.span,
            text.len()
        );
        assert!(
            text.is_char_boundary(c.span.start) && text.is_char_boundary(c.span.end),
            "{}: span {:?} not on char boundaries",
            c.id,
            c.span
        );
        assert_eq!(
            collapse(&text[c.span.range()]),
            c.text,
            "{}: span {:?} does not slice to the claim text",
            c.id,
            c.span
        );
    }
}

/// Every non-whitespace char of source `si` lies in exactly one claim span or
/// skipped-segment span.
fn assert_coverage(report: &Report, si: usize, source: &Source) {
    let text = source.text();
    let sr = &report.sources[si];
    assert_eq!(sr.id, source.id());
    assert_eq!(sr.bytes, text.len(), "{}: bytes", sr.id);
    let mut owner = vec![0u32; text.len()];
    let claim_spans = report
        .claims
        .iter()
        .filter(|c| c.source == source.id())
        .map(|c| (c.id.clone(), c.span));
    let skip_spans = sr
        .skipped
        .iter()
        .enumerate()
        .map(|(j, s)| (format!("skipped[{j}] ({:?})", s.reason), s.span));
    for (name, span) in claim_spans.chain(skip_spans) {
        assert!(
            span.start <= span.end && span.end <= text.len(),
            "{}: {name} span {span:?} outside text of {} bytes",
            sr.id,
            text.len()
        );
        assert!(
            text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
            "{}: {name} span {span:?} not on char boundaries",
            sr.id
        );
        for b in span.range() {
            owner[b] += 1;
        }
    }
    for (i, ch) in text.char_indices() {
        if !ch.is_whitespace() {
            assert_eq!(
                owner[i],
                1,
                "{}: char {ch:?} (U+{:04X}) at byte {i} is covered {} times; context {:?}",
                sr.id,
                ch as u32,
                owner[i],
                context(text, i)
            );
        }
    }
}

/// Up to 20 chars either side of byte `i`, for failure messages.
fn context(text: &str, i: usize) -> String {
    let start = text[..i].char_indices().rev().nth(19).map_or(0, |(j, _)| j);
    let end = text[i..]
        .char_indices()
        .nth(20)
        .map_or(text.len(), |(j, _)| i + j);
    text[start..end].to_owned()
}

/// All renderers run without panicking and produce something for a non-empty report.
fn assert_renders(report: &Report) {
    let json = to_json(report);
    assert!(
        serde_json::from_str::<serde_json::Value>(&json).is_ok(),
        "to_json is not valid JSON"
    );
    let _ = to_markdown(report);
    let _ = to_text(report, false);
    let _ = to_text(report, true);
}

/// Compares `sources`, checks every invariant, and returns the report.
fn check(sources: &[Source], config: &Config) -> Report {
    let report = compare_timed(sources, config).expect("compare should succeed");
    check_report(sources, config, &report);
    report
}

/// The invariants of a successful report of `sources`.
fn check_report(sources: &[Source], config: &Config, report: &Report) {
    assert_eq!(report.sources.len(), sources.len(), "one report per source");
    let ids: Vec<&str> = report.sources.iter().map(|s| s.id.as_str()).collect();
    let want: Vec<&str> = sources.iter().map(Source::id).collect();
    assert_eq!(ids, want, "source reports in input order");
    for (si, s) in sources.iter().enumerate() {
        assert_claim_spans(report, s);
        assert_coverage(report, si, s);
    }
    assert_renders(report);
    let again = compare_timed(sources, config).expect("second compare should succeed");
    assert!(
        to_json(report).as_bytes() == to_json(&again).as_bytes(),
        "compare() twice gave different JSON"
    );
}

/// One source with id `"a"`, checked with the default config.
fn check_one(text: &str) -> Report {
    check(&[Source::new("a", text)], &Config::new())
}

fn claim_texts(report: &Report) -> Vec<&str> {
    report.claims.iter().map(|c| c.text.as_str()).collect()
}

fn fixture(rel: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(rel);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// The invariant checks themselves catch a lost byte, a double-owned byte, a span
/// off a char boundary and a claim text that does not match its span.
#[test]
fn invariant_helpers_catch_violations() {
    let source = Source::new(
        "a",
        "Talks resume\n\nOfficials met in Caf\u{e9} today. They agreed.\n",
    );
    let report = check(std::slice::from_ref(&source), &Config::new());
    let fails = |mutate: &dyn Fn(&mut Report)| {
        let mut r = report.clone();
        mutate(&mut r);
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            assert_claim_spans(&r, &source);
            assert_coverage(&r, 0, &source);
        }))
        .is_err()
    };
    assert!(!fails(&|_| {}), "untouched report must pass");
    assert!(fails(&|r| r.claims[1].span.end -= 1), "lost byte");
    assert!(
        fails(&|r| {
            let c = r.claims[1].clone();
            r.sources[0].skipped.push(Skipped {
                span: c.span,
                reason: SkipReason::Subheading,
                text: c.text,
            });
        }),
        "byte owned twice"
    );
    assert!(fails(&|r| r.claims.truncate(1)), "lost claim");
    assert!(
        fails(&|r| {
            // Cut "Café" inside the two-byte 'é'.
            let c = &mut r.claims[1];
            let at = source.text().find('\u{e9}').unwrap() + 1;
            c.span.end = at;
        }),
        "span inside a char"
    );
    assert!(fails(&|r| r.claims[0].text.push('!')), "text mismatch");
}

// ---------------------------------------------------------------------------
// Degenerate text
// ---------------------------------------------------------------------------

#[test]
fn empty_text() {
    let r = check_one("");
    assert!(r.claims.is_empty());
    assert!(r.sources[0].skipped.is_empty());
    assert_eq!(r.sources[0].bytes, 0);
}

#[test]
fn whitespace_only() {
    let text = " \t\n\r\n \u{a0}\u{2003}\u{3000}\n\n\u{85}\u{2028}\u{2029}\x0b\x0c ";
    let r = check_one(text);
    assert!(r.claims.is_empty(), "{:?}", claim_texts(&r));
    assert!(r.sources[0].skipped.is_empty());
}

#[test]
fn binary_bytes_through_from_bytes() {
    // A PNG signature followed by a few bytes of an IHDR chunk.
    let png: Vec<u8> = vec![
        0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, b'I', b'H', b'D', b'R', 0,
        0, 1, 0, 0xff, 0xfe,
    ];
    let err = Source::from_bytes("blob", png).unwrap_err();
    assert_eq!(
        err,
        Error::InvalidUtf8 {
            source_id: "blob".into(),
            offset: 0
        }
    );
    assert!(err.to_string().contains("`blob`"), "{err}");

    // Random-looking high bytes after a valid prefix.
    let mut bytes = b"GIF89a".to_vec();
    bytes.extend([0x80, 0x81, 0xc0, 0xc1, 0xf5, 0xff]);
    let err = Source::from_bytes("gif", bytes).unwrap_err();
    assert_eq!(
        err,
        Error::InvalidUtf8 {
            source_id: "gif".into(),
            offset: 6
        }
    );
}

#[test]
fn control_bytes_that_are_valid_utf8() {
    // Binary-ish input that *is* UTF-8 goes through: NUL, controls, DEL.
    let bytes = b"\x00\x01\x02 Officials met.\x07\x1b[0m They agreed.\x7f\x00".to_vec();
    let source = Source::from_bytes("ctl", bytes).unwrap();
    check(&[source], &Config::new());
}

#[test]
fn invalid_utf8_in_the_middle() {
    let prefix = "Officials met in Caf\u{e9} Riche on Monday. ";
    let mut bytes = prefix.as_bytes().to_vec();
    bytes.extend([0xff, 0xfe]);
    bytes.extend(b" They agreed.");
    let err = Source::from_bytes("mid", bytes).unwrap_err();
    assert_eq!(
        err,
        Error::InvalidUtf8 {
            source_id: "mid".into(),
            offset: prefix.len()
        }
    );

    // A truncated multi-byte sequence: the offset is where that sequence starts.
    let prefix = "Prices rose 5\u{20ac} in ";
    let mut bytes = prefix.as_bytes().to_vec();
    bytes.extend([0xe2, 0x82]); // first two bytes of '€', then ASCII
    bytes.extend(b"March.");
    let err = Source::from_bytes("trunc", bytes).unwrap_err();
    assert_eq!(
        err,
        Error::InvalidUtf8 {
            source_id: "trunc".into(),
            offset: prefix.len()
        }
    );
}

#[test]
fn utf8_bom_at_start() {
    let text = "\u{feff}Officials met in Cairo on Monday. They agreed to meet again.";
    let r = check_one(text);
    assert!(!r.claims.is_empty());

    // The same through from_bytes with the raw BOM bytes.
    let mut bytes = vec![0xef, 0xbb, 0xbf];
    bytes.extend(b"Talks resume\n\nOfficials met in Cairo on Monday.\n");
    check(&[Source::from_bytes("bom", bytes).unwrap()], &Config::new());
}

#[test]
fn crlf_line_ends() {
    let text = "Talks resume in Cairo\r\n\r\nOfficials met in Cairo on Monday, the agency said.\r\n\
                They agreed to meet again\r\nnext week.\r\n\r\nFollow us on Twitter\r\n";
    let r = check_one(text);
    assert!(r.claims.len() >= 2, "{:?}", claim_texts(&r));
    assert!(r.claims.iter().all(|c| !c.text.contains('\r')));
}

#[test]
fn lone_cr_line_ends() {
    let text = "Talks resume in Cairo\r\rOfficials met in Cairo on Monday, the agency said.\r\
                They agreed to meet again\rnext week.\r\rFollow us on Twitter\r";
    let r = check_one(text);
    assert!(!r.claims.is_empty(), "{:?}", claim_texts(&r));
    assert!(r.claims.iter().all(|c| !c.text.contains('\r')));
}

#[test]
fn html_markup() {
    let r = check_one("<p>Officials met.</p><p>They agreed.</p>");
    assert!(!r.claims.is_empty());
    eprintln!("html claims: {:?}", claim_texts(&r));
    eprintln!(
        "html skipped: {:?}",
        r.sources[0]
            .skipped
            .iter()
            .map(|s| (&s.text, s.reason))
            .collect::<Vec<_>>()
    );
}

#[test]
fn html_markup_multiline() {
    let text = "<html><body>\n<h1>Talks resume</h1>\n<p>Officials <b>met</b> in \
                <a href=\"https://example.com/cairo\">Cairo</a> on Monday.</p>\n\
                <p>They agreed &amp; left.<br/>Aides said so.</p>\n<!-- comment -->\n\
                <ul><li>One item.</li><li>Two items.</li></ul>\n</body></html>\n";
    check_one(text);
}

#[test]
fn markdown_markup() {
    let text = "# Talks resume in **Cairo**\n\n\
                ## By Jane Doe\n\n\
                **Officials** met in [Cairo](https://example.com/cairo) on _Monday_, the agency said.\n\n\
                - First point: prices rose 5%.\n\
                - Second point, with `code` and ~~strike~~.\n\
                * Star bullet.\n\
                + Plus bullet.\n\n\
                1. Numbered item one.\n\
                2) Numbered item two.\n\n\
                > A quoted block, officials said.\n\n\
                ### Background\n\n\
                ***They*** agreed to meet again. ![photo](https://example.com/p.jpg)\n\n\
                ---\n\n\
                ```\nlet x = 1;\n```\n\n\
                | a | b |\n|---|---|\n| 1 | 2 |\n\n\
                <https://example.com/story>\n";
    let r = check_one(text);
    assert!(!r.claims.is_empty());
}

// ---------------------------------------------------------------------------
// Size and shape extremes
// ---------------------------------------------------------------------------

#[test]
fn one_megabyte_sentence_without_punctuation() {
    let words = [
        "officials",
        "met",
        "in",
        "Cairo",
        "to",
        "discuss",
        "air",
        "defence",
        "and",
        "the",
        "ministry",
        "of",
        "Qatar",
        "said",
        "talks",
        "would",
        "resume",
        "on",
        "Monday",
        "with",
        "1200",
        "people",
    ];
    let mut text = String::with_capacity(1 << 20);
    let mut i = 0;
    while text.len() < 1_000_000 {
        text.push_str(words[i % words.len()]);
        text.push(' ');
        i += 1;
    }
    let sources = [Source::new("big", text)];
    let started = Instant::now();
    let report = compare_timed(&sources, &Config::new()).expect("compare should succeed");
    let took = started.elapsed();
    eprintln!(
        "1 MB sentence ({} bytes, {} claims): compare took {took:?}",
        sources[0].text().len(),
        report.claims.len()
    );
    check_report(&sources, &Config::new(), &report);
}

/// `n` bytes (rounded up to a whole word) of `word ` repeated: one sentence, no punctuation.
fn repeated(word: &str, n: usize) -> String {
    let unit = format!("{word} ");
    unit.repeat(n.div_ceil(unit.len()))
}

/// Compares one long source within the deadline, prints how long it took, and checks
/// the report.
fn compare_long(id: &str, text: String, what: &str) {
    let sources = [Source::new(id, text)];
    let started = Instant::now();
    let r = compare_timed(&sources, &Config::new()).expect("compare should succeed");
    eprintln!("{what}: compare took {:?}", started.elapsed());
    check_report(&sources, &Config::new(), &r);
}

/// Regression: analysis was quadratic in the length of one claim (`speaker_of_verb`
/// scanned back to the sentence start for every reporting verb: 2 MB took ~185 s in a
/// release build). The look-back is now bounded.
#[test]
fn two_megabytes_of_said() {
    compare_long("said", repeated("said", 2_000_000), "2 MB of `said`");
}

/// Regression: entity extraction was quadratic in the length of one claim (each token
/// was checked against every entity found so far: 4 MB took ~200 s in a release
/// build). Overlaps are now found by binary search.
#[test]
fn four_megabytes_of_cairo() {
    compare_long("cairo", repeated("Cairo", 4_000_000), "4 MB of `Cairo`");
}

/// Regression: a sentence of thousands of coordinated cues ("... and talked ...")
/// was quadratic (each cue's frame check scanned back to the sentence's subject:
/// 1 MB took 2.8 s in a release build, and grew fourfold per doubling).
#[test]
fn two_megabytes_of_coordinated_cues() {
    compare_long(
        "talks",
        repeated(
            "officials met in Tulsa, Okla., and talked, saying",
            2_000_000,
        ),
        "2 MB of coordinated cues",
    );
}

/// Regression: two sources of one long sentence of distinct words made claim features
/// and the alignment's evidence quadratic in the words the claims share (two 480 KB
/// sentences took 11.9 s in a release build).
#[test]
fn two_long_sentences_of_distinct_words() {
    // 30,000 distinct letter-only words, the second source in another order.
    let words: Vec<String> = (0..30_000u32)
        .map(|i| {
            (0..4)
                .map(|k| char::from(b'a' + ((i / 26u32.pow(k)) % 26) as u8))
                .collect::<String>()
                + "x"
        })
        .collect();
    let a = format!("Officials said {}.", words.join(" "));
    let reversed: Vec<&str> = words.iter().rev().map(String::as_str).collect();
    let b = format!("Officials said {}.", reversed.join(" "));
    let sources = [Source::new("a", a), Source::new("b", b)];
    let r = compare_timed(&sources, &Config::new()).expect("compare should succeed");
    check_report(&sources, &Config::new(), &r);
    assert_eq!(r.alignments.len(), 1, "the two sentences are one claim");
}

#[test]
fn ten_thousand_one_word_lines() {
    let words = [
        "alpha", "Beta", "gamma.", "Delta", "42", "epsilon", "Zeta!", "|", "eta", "Theta?", "—",
        "iota", "Kappa", "lambda,",
    ];
    let text: String = (0..10_000)
        .map(|i| format!("{}\n", words[i % words.len()]))
        .collect();
    let started = Instant::now();
    let r = check_one(&text);
    eprintln!(
        "10,000 lines: {} claims, {} skipped, checked in {:?}",
        r.claims.len(),
        r.sources[0].skipped.len(),
        started.elapsed()
    );
}

#[test]
fn ten_thousand_lowercase_one_word_lines() {
    // Lower-case lines without full stops are joined as one hard-wrapped paragraph.
    let text: String = (0..10_000).map(|i| format!("word{i}\n")).collect();
    check_one(&text);
}

// ---------------------------------------------------------------------------
// Quotes, scripts and combining characters
// ---------------------------------------------------------------------------

#[test]
fn only_quotation_marks() {
    let r = check_one("\"\"\"\u{201c}\u{201d}\u{2018}\u{2019}\u{ab}\u{bb}");
    eprintln!(
        "quotes only: claims {:?}, skipped {:?}",
        claim_texts(&r),
        r.sources[0]
            .skipped
            .iter()
            .map(|s| s.reason)
            .collect::<Vec<_>>()
    );
}

#[test]
fn unbalanced_and_nested_quotes() {
    let lines = [
        "\"He said \"no\" to them,\" the minister said.",
        "\u{201c}Outer \u{2018}inner \u{ab}deepest\u{bb} inner\u{2019} outer,\u{201d} the minister said.",
        "'Single quotes never close. The agency said so.",
        "\u{201e}German low quotes\u{201c} and \u{201a}single\u{2018} too, officials said.",
        "\u{ab}French\u{bb} guillemets \u{2039}single\u{203a} and \u{bb}reversed\u{ab} too.",
        "\u{300c}Japanese\u{300d} \u{300e}double\u{300f} and \u{300c}unclosed corner.",
        "Unclosed \u{201c}curly quote. Another sentence follows, aides said.",
        "Closing only\u{201d} quote. And \u{2019} a stray apostrophe.",
        "\"\"Double double\"\" and \"\"\"triple\"\"\" quotes, sources said.",
        "\u{201c}Quote one,\u{201d} said Smith. \u{201c}Quote two.",
        "\u{201c}It is over,\u{201d} \u{2018}he said\u{2019}, \u{201c}and \u{201c}again\u{201d}.",
        "\u{201d}Backwards\u{201c} quotes, the agency reported.",
        "\u{2018}\u{2018}\u{2018}Stacked\u{2019}\u{2019} openers.",
        "A quote at the end: \u{201c}",
        "\u{201d}",
        "\"",
        "She said: \u{201c}We will. \u{2018}Maybe. \u{ab}Never.",
    ];
    // Each line its own paragraph, then all of them run together in one paragraph.
    let paragraphs = lines.join("\n\n");
    check_one(&paragraphs);
    let run_on = lines.join(" ");
    check_one(&run_on);
}

#[test]
fn right_to_left_text() {
    let text = "\u{627}\u{62c}\u{62a}\u{645}\u{639} \u{627}\u{644}\u{645}\u{633}\u{624}\u{648}\u{644}\u{648}\u{646} \
                \u{641}\u{64a} \u{627}\u{644}\u{642}\u{627}\u{647}\u{631}\u{629}. \
                \u{648}\u{627}\u{62a}\u{641}\u{642}\u{648}\u{627} \u{639}\u{644}\u{649} \
                \u{627}\u{644}\u{644}\u{642}\u{627}\u{621}\u{61f} \u{646}\u{639}\u{645}\u{6d4}\n\n\
                \u{5d4}\u{5e9}\u{5e8}\u{5d9}\u{5dd} \u{5e0}\u{5e4}\u{5d2}\u{5e9}\u{5d5} \
                \u{5d1}\u{5d9}\u{5e8}\u{5d5}\u{5e9}\u{5dc}\u{5d9}\u{5dd}. \
                \u{5d4}\u{5dd} \u{5d4}\u{5e1}\u{5db}\u{5d9}\u{5de}\u{5d5}\u{5be}\u{5dc}\u{5d4}\u{5de}\u{5e9}\u{5d9}\u{5da}\u{5c3}\n\n\
                Officials said \u{201c}\u{5e9}\u{5dc}\u{5d5}\u{5dd}\u{201d} in Jerusalem, \u{200f}\u{627}\u{644}\u{642}\u{62f}\u{633}\u{200e} too.\n\n\
                Mixed \u{202e}override\u{202c} and \u{2067}isolate\u{2069} marks.\n";
    let r = check_one(text);
    assert!(!r.claims.is_empty());
}

#[test]
fn combining_characters() {
    let text = "Cafe\u{301} officials met in Montre\u{301}al on Monday.\n\n\
                Z\u{337}a\u{334}l\u{335}g\u{336}o\u{338} text is e\u{301}\u{302}\u{303}\u{304} here, aides said.\n\n\
                \u{301}A combining mark opens this line.\n\n\
                Ends with a combining mark.\u{301}\n\n\
                \u{928}\u{92e}\u{938}\u{94d}\u{924}\u{947} \u{926}\u{941}\u{928}\u{93f}\u{92f}\u{93e}\u{964} \
                Flags \u{1f1f6}\u{1f1e6} and family \u{1f468}\u{200d}\u{1f469}\u{200d}\u{1f467} emoji.\n\n\
                Zero\u{200b}width\u{200b}spaces and soft\u{ad}hyphens.\n";
    check_one(text);
}

// ---------------------------------------------------------------------------
// Source counts
// ---------------------------------------------------------------------------

#[test]
fn one_source() {
    let r = check_one("The minister resigned, aides said. Talks will resume on Monday.");
    assert!(r.alignments.is_empty());
    assert!(r.sources[0].unmatched.is_empty());
    assert!(!r.claims.is_empty());
}

#[test]
fn two_identical_sources() {
    let text = fixture("seed-pair/000_01a3d75aadc09157.txt");
    let sources = [Source::new("a", text.clone()), Source::new("b", text)];
    let r = check(&sources, &Config::new());
    assert!(!r.claims.is_empty());
    for al in &r.alignments {
        let texts: Vec<&str> = al
            .claims
            .iter()
            .map(|id| {
                r.claim(id)
                    .unwrap_or_else(|| panic!("no claim {id}"))
                    .text
                    .as_str()
            })
            .collect();
        assert!(
            texts.iter().all(|t| *t == texts[0]),
            "{} pairs claims with different text: {:?} -> {texts:?}",
            al.id,
            al.claims
        );
    }
    let aligned: usize = r.alignments.iter().map(|a| a.claims.len()).sum();
    eprintln!(
        "identical twins: {aligned} of {} claims aligned in {} groups",
        r.claims.len(),
        r.alignments.len()
    );
    assert!(
        aligned * 2 > r.claims.len(),
        "only {aligned} of {} claims aligned",
        r.claims.len()
    );
}

#[test]
fn fifty_sources() {
    let sources: Vec<Source> = (0..50)
        .map(|i| {
            Source::new(
                format!("s{i:02}"),
                format!(
                    "Source {i} reports that officials met in Cairo on day {i}. \
                     They agreed to meet again, the agency said."
                ),
            )
        })
        .collect();
    let r = check(&sources, &Config::new());
    let order: Vec<usize> = r
        .claims
        .iter()
        .map(|c| sources.iter().position(|s| s.id() == c.source).unwrap())
        .collect();
    assert!(
        order.windows(2).all(|w| w[0] <= w[1]),
        "claims in source order"
    );
    assert!(!r.alignments.is_empty());
}

#[test]
fn no_sources() {
    assert_eq!(compare(&[], &Config::new()).unwrap_err(), Error::NoSources);
}

#[test]
fn sixty_five_sources_too_many() {
    let sources: Vec<Source> = (0..65)
        .map(|i| Source::new(format!("s{i}"), "Officials met."))
        .collect();
    assert_eq!(
        compare(&sources, &Config::new()).unwrap_err(),
        Error::TooManySources {
            count: 65,
            limit: 64
        }
    );
    // The limit itself is fine.
    check(&sources[..64], &Config::new());
}

#[test]
fn duplicate_source_ids() {
    let sources = [
        Source::new("a", "Officials met."),
        Source::new("b", "Officials met."),
        Source::new("a", "They agreed."),
    ];
    assert_eq!(
        compare(&sources, &Config::new()).unwrap_err(),
        Error::DuplicateSourceId("a".into())
    );
}

// ---------------------------------------------------------------------------
// Invalid ids and configuration, limits
// ---------------------------------------------------------------------------

#[test]
fn empty_source_id() {
    assert_eq!(
        compare(&[Source::new("", "Officials met.")], &Config::new()).unwrap_err(),
        Error::InvalidSourceId(String::new())
    );
}

#[test]
fn source_id_with_space() {
    for id in ["a b", " a", "a\t", "a\nb", "a\u{a0}b"] {
        assert_eq!(
            compare(&[Source::new(id, "Officials met.")], &Config::new()).unwrap_err(),
            Error::InvalidSourceId(id.into()),
            "{id:?}"
        );
    }
}

#[test]
fn source_id_with_colon() {
    for id in ["a:b", ":", "a:"] {
        assert_eq!(
            compare(&[Source::new(id, "Officials met.")], &Config::new()).unwrap_err(),
            Error::InvalidSourceId(id.into()),
            "{id:?}"
        );
    }
}

#[test]
fn threshold_out_of_range() {
    for t in [1.5, -0.1, f64::NAN, f64::INFINITY] {
        let err = compare(
            &[Source::new("a", "Officials met.")],
            &Config::new().threshold(t),
        )
        .unwrap_err();
        assert!(matches!(err, Error::InvalidConfig(_)), "{t}: {err:?}");
    }
    // The bounds themselves are valid.
    for t in [0.0, 1.0] {
        let sources = [
            Source::new("a", "Officials met in Cairo."),
            Source::new("b", "Officials met in Cairo."),
        ];
        check(&sources, &Config::new().threshold(t));
    }
}

#[test]
fn source_too_large() {
    let text = "Officials met in Cairo on Monday.";
    assert_eq!(
        compare(
            &[Source::new("a", text)],
            &Config::new().max_source_bytes(10)
        )
        .unwrap_err(),
        Error::SourceTooLarge {
            source_id: "a".into(),
            size: text.len(),
            limit: 10
        }
    );
    // Exactly at the limit is accepted.
    check(
        &[Source::new("a", text)],
        &Config::new().max_source_bytes(text.len()),
    );
}

#[test]
fn too_many_claims() {
    let text = "Officials met in Cairo on Monday. They agreed to meet again. \
                Prices rose by 5 percent. The minister resigned. Aides declined to comment.";
    let full = check_one(text);
    assert_eq!(full.claims.len(), 5, "{:?}", claim_texts(&full));
    assert_eq!(
        compare(
            &[Source::new("a", text)],
            &Config::new().max_claims_per_source(2)
        )
        .unwrap_err(),
        Error::TooManyClaims {
            source_id: "a".into(),
            count: 5,
            limit: 2
        }
    );
}

// ---------------------------------------------------------------------------
// The example binary
// ---------------------------------------------------------------------------

/// Builds the `claimdiff` example once (same cargo, same profile as this test) and
/// returns the path of the executable cargo reports for it.
fn example_binary() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        let mut cmd = Command::new(env!("CARGO"));
        cmd.args([
            "build",
            "--quiet",
            "--example",
            "claimdiff",
            "--message-format=json",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("CARGO_TERM_COLOR", "never");
        if !cfg!(debug_assertions) {
            cmd.arg("--release");
        }
        let out = within_deadline("cargo build --example claimdiff", move || {
            cmd.output().expect("run cargo")
        });
        assert!(
            out.status.success(),
            "building the example failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter(|m| m["reason"] == "compiler-artifact" && m["target"]["name"] == "claimdiff")
            .filter(|m| {
                m["target"]["kind"]
                    .as_array()
                    .is_some_and(|k| k.iter().any(|k| k == "example"))
            })
            .find_map(|m| m["executable"].as_str().map(PathBuf::from))
            .expect("cargo reported no executable for the claimdiff example")
    })
}

fn run_example(args: &[&Path]) -> Output {
    let mut cmd = Command::new(example_binary());
    cmd.args(args).env("CARGO_TERM_COLOR", "never");
    within_deadline("claimdiff example", move || {
        cmd.output().expect("run example")
    })
}

/// A path in the temp dir no other test or run uses; the file stem is a valid id.
fn temp_path(name: &str) -> PathBuf {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    std::env::temp_dir().join(format!(
        "claimdiff-bad-input-{}-{nanos}-{name}",
        std::process::id()
    ))
}

/// Removes the file when dropped.
struct TempFile(PathBuf);

impl TempFile {
    fn new(name: &str, bytes: &[u8]) -> Self {
        let p = temp_path(name);
        std::fs::write(&p, bytes).unwrap();
        TempFile(p)
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

#[test]
fn example_missing_file() {
    let missing = temp_path("missing.txt");
    let out = run_example(&[&missing]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "exit {:?}", out.status);
    assert_eq!(stderr.trim_end().lines().count(), 1, "stderr: {stderr:?}");
    assert!(
        stderr.contains(&*missing.to_string_lossy()),
        "stderr does not name the file: {stderr:?}"
    );
}

#[test]
fn example_non_utf8_file() {
    let f = TempFile::new("latin1.txt", b"Officials met in Caf\xe9 Riche.\n");
    let out = run_example(&[&f.0]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "exit {:?}", out.status);
    assert!(
        stderr.contains(&*f.0.to_string_lossy()),
        "stderr does not name the file: {stderr:?}"
    );
    assert!(stderr.contains("UTF-8"), "stderr: {stderr:?}");
    assert!(stderr.contains("offset 20"), "stderr: {stderr:?}");
}

#[test]
fn example_empty_file() {
    let f = TempFile::new("empty.txt", b"");
    for format in ["json", "markdown", "text"] {
        let out = Command::new(example_binary())
            .arg(&f.0)
            .args(["--format", format])
            .env("CARGO_TERM_COLOR", "never")
            .output()
            .expect("run example");
        assert!(
            out.status.success(),
            "--format {format}: exit {:?}, stderr {:?}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
        if format == "json" {
            let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON output");
            assert_eq!(v["sources"][0]["bytes"], 0);
        }
    }
}
