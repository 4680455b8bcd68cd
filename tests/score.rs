//! Scores the seed-pair comparison against its hand-made reference
//! (`fixtures/seed-pair/seed-pair.gold.json`) with the rules of the Python scorer
//! `score.py`, ported rule for rule. It scores the report's JSON, not the Rust
//! structs, so it checks the same contract the Python scorer reads.

use claimdiff::{Config, Source, compare};
use serde_json::{Value, json};
use std::collections::{HashMap, HashSet};
use std::hash::Hash;
use std::path::Path;

/// A claim longer than this many words is a paragraph: it never covers an anchor.
const MAX_CLAIM_WORDS: usize = 70;

/// The figures `score.py` prints, in its order. Ratios are rounded to 3 places and
/// are `None` when there is nothing to count.
#[derive(Debug, Clone, PartialEq)]
struct Metrics {
    claims: usize,
    span_errors: usize,
    align_precision: Option<f64>,
    align_recall: Option<f64>,
    missed_links: Vec<String>,
    verdict_accuracy: Option<f64>,
    divergence_recall: Option<f64>,
    false_divergences: usize,
    unique_kept_apart: Option<f64>,
    boilerplate_leaks: usize,
    attribution_speaker: Option<f64>,
    attribution_via: Option<f64>,
    hedge_recall: Option<f64>,
    align_f1: f64,
}

impl Metrics {
    /// One `name value` line per metric, then the `score:` line, as `score.py` prints them.
    fn lines(&self) -> Vec<String> {
        let r = |x: Option<f64>| x.map_or("None".to_owned(), |v| format!("{v:?}"));
        let missed: Vec<String> = self.missed_links.iter().map(|s| py_repr(s)).collect();
        let rows = [
            ("claims", self.claims.to_string()),
            ("span_errors", self.span_errors.to_string()),
            ("align_precision", r(self.align_precision)),
            ("align_recall", r(self.align_recall)),
            ("missed_links", format!("[{}]", missed.join(", "))),
            ("verdict_accuracy", r(self.verdict_accuracy)),
            ("divergence_recall", r(self.divergence_recall)),
            ("false_divergences", self.false_divergences.to_string()),
            ("unique_kept_apart", r(self.unique_kept_apart)),
            ("boilerplate_leaks", self.boilerplate_leaks.to_string()),
            ("attribution_speaker", r(self.attribution_speaker)),
            ("attribution_via", r(self.attribution_via)),
            ("hedge_recall", r(self.hedge_recall)),
            ("align_f1", format!("{:?}", self.align_f1)),
        ];
        let mut out: Vec<String> = rows.iter().map(|(k, v)| format!("{k:22} {v}")).collect();
        out.push(format!(
            "score: F1 {:?} P {} R {} div {} att {} hedge {} unique {} leaks {} span_errors {}",
            self.align_f1,
            r(self.align_precision),
            r(self.align_recall),
            r(self.divergence_recall),
            r(self.attribution_speaker),
            r(self.hedge_recall),
            r(self.unique_kept_apart),
            self.boilerplate_leaks,
            self.span_errors,
        ));
        out
    }
}

/// Python's `repr` of a string (enough for link ids).
fn py_repr(s: &str) -> String {
    if s.contains('\'') && !s.contains('"') {
        format!("\"{}\"", s.replace('\\', "\\\\"))
    } else {
        format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'"))
    }
}

/// Python's `str.isspace` (Rust's `char::is_whitespace` plus U+001C..U+001F).
fn py_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// Python's `\w` in a `str` pattern (approximated by Rust's alphanumeric).
fn py_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Python's `round(x, 3)`: Rust's fixed-precision formatting rounds the exact
/// binary value half-to-even, as Python does.
fn round3(x: f64) -> f64 {
    format!("{x:.3}").parse().unwrap()
}

/// `ratio` in the script: `n / d` rounded to 3 places, or `None` when `d` is 0.
fn ratio(n: usize, d: usize) -> Option<f64> {
    (d != 0).then(|| round3(n as f64 / d as f64))
}

/// `norm`: straight quotes, no-break space as space, whitespace runs collapsed,
/// trimmed, lowercased.
fn norm(s: &str) -> String {
    let s = s
        .replace(['\u{2019}', '\u{2018}'], "'")
        .replace(['\u{201c}', '\u{201d}'], "\"")
        .replace('\u{a0}', " ");
    s.split(py_space)
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// `initials`: the first letters of the ASCII words that start upper-case.
fn initials(s: &str) -> String {
    s.split(|c: char| !c.is_ascii_alphabetic())
        .filter_map(|w| w.chars().next())
        .filter(char::is_ascii_uppercase)
        .collect()
}

/// Whether `needle` occurs in `hay` with no word character on either side
/// (`(?<!\w)needle(?!\w)`).
fn contains_word(hay: &str, needle: &str) -> bool {
    hay.char_indices().any(|(i, _)| {
        hay[i..].starts_with(needle)
            && !hay[..i].chars().next_back().is_some_and(py_word)
            && !hay[i + needle.len()..].chars().next().is_some_and(py_word)
    })
}

/// `[a-z]{3,}` words of a normalised name, less "the", "and", "with".
fn long_words(s: &str) -> HashSet<&str> {
    s.split(|c: char| !c.is_ascii_lowercase())
        .filter(|w| w.len() >= 3 && !["the", "and", "with"].contains(w))
        .collect()
}

/// `names_match`: whole-word containment either way, initials ("MEE" for
/// "Middle East Eye"), or at least half of the expected name's long words.
fn names_match(expected: &str, got: &str) -> bool {
    let (e, g) = (norm(expected), norm(got));
    if e.is_empty() || g.is_empty() {
        return false;
    }
    if contains_word(&e, &g) || contains_word(&g, &e) {
        return true;
    }
    let (ie, ig) = (initials(expected), initials(got));
    if ie.len() >= 2 && (ie == got.trim_matches(py_space) || ig == expected.trim_matches(py_space))
    {
        return true;
    }
    let (ew, gw) = (long_words(&e), long_words(&g));
    let need = (ew.len() / 2 + ew.len() % 2).max(1);
    !ew.is_empty() && ew.intersection(&gw).count() >= need
}

/// `find_all`: every (overlapping) occurrence of `needle` as a byte range.
fn find_all(hay: &[u8], needle: &[u8]) -> Vec<(i64, i64)> {
    if needle.len() > hay.len() {
        return Vec::new();
    }
    (0..=hay.len() - needle.len())
        .filter(|&i| hay[i..].starts_with(needle))
        .map(|i| (i as i64, (i + needle.len()) as i64))
        .collect()
}

/// Python's `bytes[s:e]` (negative indices count from the end; out of range clamps).
fn py_slice(b: &[u8], s: i64, e: i64) -> &[u8] {
    let n = b.len() as i64;
    let fix = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    let (s, e) = (fix(s), fix(e));
    if s < e { &b[s..e] } else { &[] }
}

/// A Python dict: iterates in first-insertion order, keeps the last value.
struct Dict<K, V> {
    entries: Vec<(K, V)>,
    index: HashMap<K, usize>,
}

impl<K: Eq + Hash + Clone, V> Dict<K, V> {
    fn new() -> Self {
        Dict {
            entries: Vec::new(),
            index: HashMap::new(),
        }
    }

    fn insert(&mut self, k: K, v: V) {
        match self.index.get(&k) {
            Some(&i) => self.entries[i].1 = v,
            None => {
                self.index.insert(k.clone(), self.entries.len());
                self.entries.push((k, v));
            }
        }
    }

    fn get(&self, k: &K) -> Option<&V> {
        self.index.get(k).map(|&i| &self.entries[i].1)
    }

    fn values(&self) -> impl Iterator<Item = &V> {
        self.entries.iter().map(|(_, v)| v)
    }
}

/// `obj.get(field) or []`: the array, or empty when missing or null.
fn list<'a>(v: &'a Value, field: &str) -> &'a [Value] {
    match v.get(field) {
        None | Some(Value::Null) => &[],
        Some(x) => x
            .as_array()
            .unwrap_or_else(|| panic!("`{field}` is not an array: {x}")),
    }
}

/// A string field that must be there.
fn string<'a>(v: &'a Value, field: &str) -> &'a str {
    v.get(field)
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("`{field}` is not a string in {v}"))
}

/// `obj.get(field) or ""`.
fn string_or_empty<'a>(v: &'a Value, field: &str) -> &'a str {
    v.get(field).and_then(Value::as_str).unwrap_or("")
}

/// A report claim as the scorer sees it: its source's gold key, its raw span and
/// the number of words in the slice it names.
struct Claim<'a> {
    id: String,
    key: String,
    lo: i64,
    hi: i64,
    words: usize,
    json: &'a Value,
}

/// Scores `report` (the JSON contract) against `gold`. `texts` holds each gold
/// document's bytes by its key. Panics where `score.py` exits (wrong number of
/// sources, an unknown source, a gold anchor that is not found exactly once).
fn score(gold: &Value, report: &Value, texts: &[(&str, &[u8])]) -> Metrics {
    let docs = list(gold, "documents");
    let keys: Vec<&str> = docs.iter().map(|d| string(d, "key")).collect();
    let text_of = |key: &str| -> &[u8] {
        texts
            .iter()
            .find(|(k, _)| *k == key)
            .unwrap_or_else(|| panic!("no text for gold document {key}"))
            .1
    };
    for k in &keys {
        text_of(k);
    }

    let sources = list(report, "sources");
    assert_eq!(
        sources.len(),
        docs.len(),
        "report has {} sources, gold has {}",
        sources.len(),
        docs.len()
    );
    let mut src_to_key: Dict<String, String> = Dict::new();
    for (s, k) in sources.iter().zip(&keys) {
        src_to_key.insert(string(s, "id").to_owned(), (*k).to_owned());
    }
    let mut key_to_src: Dict<String, String> = Dict::new();
    for (s, k) in &src_to_key.entries {
        key_to_src.insert(k.clone(), s.clone());
    }

    let anchor_span = |key: &str, anchor: &str| -> (i64, i64) {
        let hits = find_all(text_of(key), anchor.as_bytes());
        assert_eq!(
            hits.len(),
            1,
            "gold anchor occurs {} times in {key}: {anchor:?}",
            hits.len()
        );
        hits[0]
    };

    let mut claims: Dict<String, Claim> = Dict::new();
    let mut bad_spans = 0;
    for c in list(report, "claims") {
        let id = string(c, "id");
        let source = string(c, "source");
        let key = src_to_key
            .get(&source.to_owned())
            .unwrap_or_else(|| panic!("claim {id} names unknown source {source:?}"))
            .clone();
        let span = c["span"].as_array().expect("span is an array");
        assert_eq!(span.len(), 2, "span of {id} is not [start, end]");
        let (s, e) = (span[0].as_i64().unwrap(), span[1].as_i64().unwrap());
        let sl = String::from_utf8_lossy(py_slice(text_of(&key), s, e));
        if norm(&sl) != norm(string_or_empty(c, "text")) {
            bad_spans += 1;
        }
        let words = sl.split(py_space).filter(|w| !w.is_empty()).count();
        claims.insert(
            id.to_owned(),
            Claim {
                id: id.to_owned(),
                key,
                lo: s,
                hi: e,
                words,
                json: c,
            },
        );
    }

    // A claim covers an anchor when it overlaps at least half of it and is no paragraph.
    let covers = |c: &Claim, key: &str, (lo, hi): (i64, i64)| -> bool {
        if c.key != key || c.words > MAX_CLAIM_WORDS {
            return false;
        }
        let ov = c.hi.min(hi) - c.lo.max(lo);
        2 * ov >= hi - lo
    };
    let claims_covering = |key: &str, anchor: &str| -> Vec<&Claim> {
        let sp = anchor_span(key, anchor);
        claims.values().filter(|c| covers(c, key, sp)).collect()
    };

    // Cross-source pairs predicted by the report, with the alignment they came from.
    let mut pairs: Dict<(String, String), &Value> = Dict::new();
    for al in list(report, "alignments") {
        let members: Vec<&Claim> = list(al, "claims")
            .iter()
            .filter_map(Value::as_str)
            .filter_map(|i| claims.get(&i.to_owned()))
            .collect();
        for (n, x) in members.iter().enumerate() {
            for y in &members[n + 1..] {
                if x.key != y.key {
                    pairs.insert((x.id.clone(), y.id.clone()), al);
                    pairs.insert((y.id.clone(), x.id.clone()), al);
                }
            }
        }
    }

    // The two document keys a link names, in document order.
    let link_keys = |l: &Value| -> (&str, &str) {
        let ks: Vec<&str> = keys
            .iter()
            .copied()
            .filter(|k| l.get(k).is_some())
            .collect();
        assert_eq!(ks.len(), 2, "link does not name two documents: {l}");
        (ks[0], ks[1])
    };
    let pair_matches = |l: &Value, cx: &Claim, cy: &Claim| -> bool {
        let (k1, k2) = link_keys(l);
        covers(cx, k1, anchor_span(k1, string(l, k1)))
            && covers(cy, k2, anchor_span(k2, string(l, k2)))
    };

    let links = list(gold, "links");
    let must: Vec<&Value> = links.iter().filter(|l| l["tier"] == "must").collect();

    // Precision: each predicted cross-source pair (counted once) must match some link.
    let mut seen: HashSet<(String, String)> = HashSet::new();
    let (mut correct, mut total) = (0, 0);
    for ((i, j), _) in &pairs.entries {
        if seen.contains(&(j.clone(), i.clone())) {
            continue;
        }
        seen.insert((i.clone(), j.clone()));
        total += 1;
        let (ci, cj) = (claims.get(i).unwrap(), claims.get(j).unwrap());
        let ok = links.iter().any(|l| {
            let (k1, k2) = link_keys(l);
            let (cx, cy) = if ci.key == k1 { (ci, cj) } else { (cj, ci) };
            cx.key == k1 && cy.key == k2 && pair_matches(l, cx, cy)
        });
        correct += usize::from(ok);
    }

    // Recall over `must` links, with their verdicts and divergences.
    let (mut found, mut verdict_ok, mut verdict_n) = (0, 0, 0);
    let (mut div_hit, mut div_n, mut false_div) = (0, 0, 0);
    let mut missed = Vec::new();
    for l in &must {
        let (k1, k2) = link_keys(l);
        let mut hit: Option<&Value> = None;
        'search: for cx in claims_covering(k1, string(l, k1)) {
            for cy in claims_covering(k2, string(l, k2)) {
                if let Some(al) = pairs.get(&(cx.id.clone(), cy.id.clone())) {
                    hit = Some(al);
                    break 'search;
                }
            }
        }
        if hit.is_none() {
            missed.push(string(l, "id").to_owned());
        }
        found += usize::from(hit.is_some());
        if let Some(v) = l.get("verdict") {
            verdict_n += 1;
            verdict_ok +=
                usize::from(hit.is_some_and(|h| h.get("verdict").unwrap_or(&Value::Null) == v));
        }
        for d in list(l, "divergences") {
            div_n += 1;
            let Some(hit) = hit else { continue };
            let side_src = key_to_src
                .get(&string(d, "side").to_owned())
                .expect("divergence side is a gold document");
            for got in list(hit, "divergences") {
                let mut vals: Vec<&Value> = got
                    .get("values")
                    .map(|vs| list(vs, side_src).iter().collect())
                    .unwrap_or_default();
                vals.push(got.get("note").unwrap_or(&Value::Null));
                let vals: Vec<&str> = vals
                    .iter()
                    .filter_map(|v| v.as_str())
                    .filter(|v| !v.is_empty())
                    .collect();
                if list(d, "mentions")
                    .iter()
                    .any(|m| vals.iter().any(|v| names_match(m.as_str().unwrap(), v)))
                {
                    div_hit += 1;
                    break;
                }
            }
        }
        if let Some(hit) = hit {
            let bad: Vec<String> = list(l, "not_divergences")
                .iter()
                .map(|t| t.as_str().unwrap().to_lowercase())
                .collect();
            for got in list(hit, "divergences") {
                let kinds = ["entities", "entity", "participants", "place", "places"];
                if !got
                    .get("kind")
                    .and_then(Value::as_str)
                    .is_some_and(|k| kinds.contains(&k))
                {
                    continue;
                }
                let vals: Vec<String> = got
                    .get("values")
                    .and_then(Value::as_object)
                    .map(|o| {
                        o.values()
                            .flat_map(|vs| vs.as_array().unwrap())
                            .map(|v| v.as_str().unwrap().to_lowercase())
                            .collect()
                    })
                    .unwrap_or_default();
                if !vals.is_empty() && vals.iter().all(|v| bad.iter().any(|b| v.contains(b))) {
                    false_div += 1;
                }
            }
        }
    }

    // Unique claims must be found and stay unpaired.
    let uniq = list(gold, "unique");
    let paired_ids: HashSet<&String> = pairs.entries.iter().map(|((i, _), _)| i).collect();
    let mut uniq_ok = 0;
    for u in uniq {
        let cs = claims_covering(string(u, "doc"), string(u, "anchor"));
        uniq_ok += usize::from(!cs.is_empty() && !cs.iter().any(|c| paired_ids.contains(&c.id)));
    }

    // Boilerplate: any claim overlapping any occurrence is one leak per entry.
    let boiler = list(gold, "boilerplate");
    let mut boiler_leak = 0;
    for b in boiler {
        let doc = string(b, "doc");
        for (lo, hi) in find_all(text_of(doc), string(b, "text").as_bytes()) {
            if claims
                .values()
                .any(|c| c.key == doc && c.hi.min(hi) - c.lo.max(lo) > 0)
            {
                boiler_leak += 1;
                break;
            }
        }
    }

    // Attribution: the speaker, and each `via` link of the chain.
    let atts = list(gold, "attributions");
    let (mut att_ok, mut via_ok, mut via_n) = (0, 0, 0);
    let empty = json!({});
    for t in atts {
        let cs = claims_covering(string(t, "doc"), string(t, "anchor"));
        let got: Vec<&Value> = cs
            .iter()
            .map(|c| match c.json.get("attribution") {
                Some(a) if a.is_object() => a,
                _ => &empty,
            })
            .collect();
        let speaker = string(t, "speaker");
        if got
            .iter()
            .any(|g| names_match(speaker, string_or_empty(g, "speaker")))
        {
            att_ok += 1;
        }
        for v in list(t, "via") {
            via_n += 1;
            let v = v.as_str().unwrap();
            via_ok += usize::from(got.iter().any(|g| {
                list(g, "via")
                    .iter()
                    .any(|x| names_match(v, x.as_str().unwrap()))
            }));
        }
    }

    // Hedges: a covering claim lists a hedge containing the cue (case-insensitive).
    let hedges = list(gold, "hedges");
    let mut hedge_ok = 0;
    for h in hedges {
        let cs = claims_covering(string(h, "doc"), string(h, "anchor"));
        let cue = string(h, "cue").to_lowercase();
        hedge_ok += usize::from(cs.iter().any(|c| {
            list(c.json, "hedges")
                .iter()
                .any(|x| x.as_str().unwrap().to_lowercase().contains(&cue))
        }));
    }

    let align_precision = ratio(correct, total);
    let align_recall = ratio(found, must.len());
    // As in the script: F1 of the already rounded precision and recall, rounded.
    let (p, r) = (align_precision.unwrap_or(0.0), align_recall.unwrap_or(0.0));
    let align_f1 = if p + r != 0.0 {
        round3(2.0 * p * r / (p + r))
    } else {
        0.0
    };
    Metrics {
        claims: claims.entries.len(),
        span_errors: bad_spans,
        align_precision,
        align_recall,
        missed_links: missed,
        verdict_accuracy: ratio(verdict_ok, verdict_n),
        divergence_recall: ratio(div_hit, div_n),
        false_divergences: false_div,
        unique_kept_apart: ratio(uniq_ok, uniq.len()),
        boilerplate_leaks: boiler_leak,
        attribution_speaker: ratio(att_ok, atts.len()),
        attribution_via: ratio(via_ok, via_n),
        hedge_recall: ratio(hedge_ok, hedges.len()),
        align_f1,
    }
}

/// The seed-pair reference and its articles, as `(key, file stem, bytes)` in the
/// order of the gold's documents. Document paths are resolved by file name inside
/// `fixtures/seed-pair/`, never outside the repository.
fn seed_pair() -> (Value, Vec<(String, String, Vec<u8>)>) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/seed-pair");
    let gold: Value =
        serde_json::from_slice(&std::fs::read(dir.join("seed-pair.gold.json")).unwrap()).unwrap();
    let docs = list(&gold, "documents")
        .iter()
        .map(|d| {
            let file = Path::new(string(d, "file"));
            let name = file.file_name().expect("document path names a file");
            let stem = file.file_stem().unwrap().to_string_lossy().into_owned();
            let bytes = std::fs::read(dir.join(name)).unwrap();
            (string(d, "key").to_owned(), stem, bytes)
        })
        .collect();
    (gold, docs)
}

#[test]
fn seed_pair_meets_thresholds() {
    let (gold, docs) = seed_pair();
    let sources: Vec<Source> = docs
        .iter()
        .map(|(_, stem, bytes)| {
            Source::new(stem.clone(), String::from_utf8(bytes.clone()).unwrap())
        })
        .collect();
    let report = compare(&sources, &Config::new()).unwrap();
    let json: Value = serde_json::from_str(&claimdiff::report::to_json(&report)).unwrap();
    let texts: Vec<(&str, &[u8])> = docs
        .iter()
        .map(|(k, _, b)| (k.as_str(), b.as_slice()))
        .collect();

    let m = score(&gold, &json, &texts);
    for line in m.lines() {
        eprintln!("{line}");
    }

    assert_eq!(m.span_errors, 0, "span errors");
    assert_eq!(m.boilerplate_leaks, 0, "boilerplate leaks");
    assert!(m.unique_kept_apart.unwrap() >= 0.9, "unique_kept_apart");
    assert_eq!(m.hedge_recall, Some(1.0), "hedge_recall");
    assert!(m.attribution_speaker.unwrap() >= 0.9, "attribution_speaker");
    assert!(m.attribution_via.unwrap() >= 0.8, "attribution_via");
    assert_eq!(m.false_divergences, 0, "false divergences");
    assert!(
        m.divergence_recall.unwrap() >= 0.75,
        "divergence_recall {:?}",
        m.divergence_recall
    );
    // Thresholds only go up: these are the measured figures, below the issues' asks
    // (align_f1 0.75 for issue 2, 0.90 for issue 4).
    assert!(m.align_f1 >= 0.63, "align_f1 {}", m.align_f1);
    assert!(
        m.verdict_accuracy.unwrap() >= 0.75,
        "verdict_accuracy {:?}",
        m.verdict_accuracy
    );
}

/// A small hand-written report whose figures are worked out from the rules by hand
/// (and match `score.py` on the same JSON).
#[test]
fn scorer_agrees_with_python_on_a_fixed_report() {
    let (gold, docs) = seed_pair();
    let rhc = std::str::from_utf8(&docs[0].2).unwrap();
    let vin = std::str::from_utf8(&docs[1].2).unwrap();
    let span = |text: &str, anchor: &str| {
        let at = text.find(anchor).expect("anchor in text");
        (at, at + anchor.len())
    };
    // A claim whose span is exactly `anchor`.
    let claim = |id: &str, source: &str, text: &str, anchor: &str| {
        let (s, e) = span(text, anchor);
        json!({"id": id, "source": source, "span": [s, e], "text": &text[s..e],
               "hedges": [], "attribution": null})
    };

    // Covers the rhc side of `sharm-meeting` (must) and the hedge "reportedly".
    let mut a1 = claim(
        "A:1",
        "A",
        rhc,
        "reportedly held a meeting with US and Israeli counterparts in the Egyptian resort city of Sharm al-Sheikh",
    );
    a1["hedges"] = json!(["reportedly"]);
    // A unique rhc claim, paired below with a unique vin claim: a wrong pair.
    let a2 = claim("A:2", "A", rhc, "cut commercial ties with Israel in 2009");
    // A unique claim kept apart; its text differs only in case and whitespace (no
    // span error); attribution speaker by whole-word containment, `via` by initials.
    let mut a3 = claim(
        "A:3",
        "A",
        rhc,
        "There is dialogue, and it is a good dialogue",
    );
    a3["text"] = json!("THERE IS DIALOGUE,\n and it is a  good dialogue");
    a3["attribution"] = json!({"speaker": "a Persian Gulf official", "via": ["MEE"]});
    // Wrong text: a span error; the hedge "claimed" still counts (case-insensitive).
    let mut a4 = claim("A:4", "A", rhc, "what was claimed to be threats from Iran");
    a4["text"] = json!("threats from Iran");
    a4["hedges"] = json!(["Claimed to be"]);
    // A unique claim kept apart (its alignment is within one source); the speaker
    // "the officials" misses "sources"; "Middle East Monitor" matches "Middle East
    // Eye" by the long-word rule (2 of 3 words).
    let mut a5 = claim(
        "A:5",
        "A",
        rhc,
        "at least one location where Israeli officials had traveled was al-Udeid",
    );
    a5["attribution"] = json!({"speaker": "the officials", "via": ["Middle East Monitor"]});
    // The vin side of `sharm-meeting`; speaker "The Wall Street Journal".
    let mut b1 = claim(
        "B:1",
        "B",
        vin,
        "the previously undisclosed meetings were held at Sharm el Sheikh in the Egyptian-controlled Sinai Peninsula",
    );
    b1["attribution"] = json!({"speaker": "The Wall Street Journal", "via": []});
    let b2 = claim(
        "B:2",
        "B",
        vin,
        "Kochavi also met with his Saudi counterpart",
    );
    // A paragraph (over 70 words) from the top of the file to "Aviv Kohavi reportedly
    // agreed": it covers nothing, so its hedge does not count, but it leaks the two
    // boilerplate lines it overlaps.
    let (_, end) = span(vin, "Aviv Kohavi reportedly agreed");
    let b3 = json!({"id": "B:3", "source": "B", "span": [0, end], "text": &vin[..end],
                    "hedges": ["reportedly"], "attribution": {"speaker": "Wall Street Journal"}});

    let report = json!({
        "sources": [{"id": "A"}, {"id": "B"}],
        "claims": [a1, a2, a3, a4, a5, b1, b2, b3],
        "alignments": [
            // Pairs A:1-B:1 (matches `sharm-meeting`) and A:4-B:1 (matches no link).
            {"claims": ["A:1", "B:1", "A:4"], "verdict": "diverge", "divergences": [
                {"kind": "entities", "values": {"A": [], "B": ["Bahrain"]}, "note": "only B names Bahrain"},
                {"kind": "places", "values": {"A": ["Sharm al-Sheikh"], "B": ["Sharm el Sheikh"]}, "note": ""}
            ]},
            // A wrong pair; an unknown claim id is ignored.
            {"claims": ["A:2", "B:2", "X:9"], "verdict": "related", "divergences": []},
            // One source only: no pairs.
            {"claims": ["A:3", "A:5"], "verdict": "agree", "divergences": []}
        ]
    });
    let texts: Vec<(&str, &[u8])> = docs
        .iter()
        .map(|(k, _, b)| (k.as_str(), b.as_slice()))
        .collect();

    let m = score(&gold, &report, &texts);
    for line in m.lines() {
        eprintln!("{line}");
    }
    let expected = Metrics {
        claims: 8,
        span_errors: 1,               // A:4
        align_precision: Some(0.333), // 1 of 3 pairs
        align_recall: Some(0.143),    // 1 of 7 must links
        missed_links: [
            "covert-meeting",
            "iran-threat",
            "airspace",
            "saudi-warming",
            "no-formal-ties",
            "normalization-push",
        ]
        .map(String::from)
        .to_vec(),
        verdict_accuracy: Some(0.333), // 1 of 3 must links with a verdict
        divergence_recall: Some(0.25), // Bahrain, 1 of 4
        false_divergences: 1,          // Sharm al-Sheikh / Sharm el Sheikh
        unique_kept_apart: Some(0.167), // A:3 and A:5, 2 of 12
        boilerplate_leaks: 2,          // B:3
        attribution_speaker: Some(0.133), // A:3 and B:1, 2 of 15
        attribution_via: Some(0.333),  // A:3 and A:5, 2 of 6
        hedge_recall: Some(0.4),       // A:1 and A:4, 2 of 5
        align_f1: 0.2,                 // 2 * 0.333 * 0.143 / 0.476, rounded
    };
    assert_eq!(m, expected);
    assert_eq!(
        m.lines().last().unwrap(),
        "score: F1 0.2 P 0.333 R 0.143 div 0.25 att 0.133 hedge 0.4 unique 0.167 leaks 2 span_errors 1"
    );
}
