//! Stage 1: text → claims with byte spans, page furniture set aside, metadata read.
//!
//! Lines are classified first (furniture such as share buttons, URLs, captions and
//! bylines becomes a [`Skipped`] segment with its reason); the remaining lines form
//! paragraphs, the first short one may be the headline, the first body paragraph may
//! open with a dateline, and paragraphs are split into sentences and, where a
//! sentence asserts several things, clauses. Every non-whitespace byte of the input
//! ends up in exactly one claim or skipped segment.

use crate::lexicon;
use crate::model::{ClaimKind, Dateline, SkipReason, Skipped, Span};
use regex::Regex;
use std::sync::LazyLock;

/// One claim's place in the text, before analysis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// Byte range into the text.
    pub span: Span,
    /// Headline, sentence or clause.
    pub kind: ClaimKind,
    /// Paragraph number, from 1 (the headline is paragraph 1 when there is one).
    pub paragraph: usize,
    /// Sentence number across the text, from 1; clauses of one sentence share it.
    pub sentence: usize,
}

/// What segmentation finds in one text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Segmented {
    /// Claims in reading order.
    pub segments: Vec<Segment>,
    /// Furniture and markup, in text order.
    pub skipped: Vec<Skipped>,
    /// The headline's text, if there is one.
    pub headline: Option<String>,
    /// The dateline of the first body paragraph, if any.
    pub dateline: Option<Dateline>,
    /// The first URL printed in the text.
    pub url: Option<String>,
    /// The outlet's name as the text gives it (an outlet line, else the dateline tag).
    pub outlet: Option<String>,
}

/// Splits `text` into claims and skipped segments. `known_outlet` (the caller's name
/// for the outlet, if any) helps recognise the outlet's name on a line of its own.
///
/// ```
/// use claimdiff::segment::segment;
/// let text = "Talks resume\n\nJERUSALEM (AP) — Talks resumed on Monday. Gen. Smith said so.\n\nFollow us on Twitter\n";
/// let seg = segment(text, None);
/// let claims: Vec<&str> = seg.segments.iter().map(|s| &text[s.span.range()]).collect();
/// assert_eq!(claims, ["Talks resume", "Talks resumed on Monday.", "Gen. Smith said so."]);
/// assert_eq!(seg.outlet.as_deref(), Some("AP"));
/// assert_eq!(seg.skipped.len(), 2); // the dateline and the call to action
/// ```
pub fn segment(text: &str, known_outlet: Option<&str>) -> Segmented {
    let (lines, separators) = lines(text);
    // Pass 1: the URL and the dateline tag, which help recognise the outlet's own line.
    let mut out = Segmented {
        url: lines.iter().flatten().find_map(|l| url_of(l.text(text))),
        ..Segmented::default()
    };
    let first_body = first_body_line(&lines, text);
    let dateline = first_body
        .and_then(|i| lines[i])
        .and_then(|l| dateline(text, strip_markup(text, l.span).0));
    let outlet_hints = OutletHints::new(known_outlet, dateline.as_ref(), out.url.as_deref());

    for m in separators {
        push_skip(&mut out.skipped, text, m, SkipReason::Markup);
    }

    // Pass 2: classify each line; content lines become paragraphs.
    let mut paragraphs: Vec<Vec<Span>> = Vec::new();
    let mut prev_blank = true;
    let mut headline_seen = false;
    for (i, line) in lines.iter().enumerate() {
        let Some(line) = line else {
            prev_blank = true;
            continue;
        };
        let (inner, markup) = strip_markup(text, line.span);
        let t = &text[inner.range()];
        let is_first = !headline_seen && paragraphs.is_empty();
        // A line whose sentence runs on into the next (lower-case) line is prose, not a heading.
        let runs_on = lines[i + 1..]
            .iter()
            .flatten()
            .next()
            .is_some_and(|n| !ends_sentence(t) && starts_lower(&text[n.span.range()]));
        let reason = furniture(t, is_first, &outlet_hints)
            .filter(|r| !(runs_on && *r == SkipReason::Subheading));
        if let Some(reason) = reason {
            push_skip(&mut out.skipped, text, line.span, reason);
            prev_blank = true;
            continue;
        }
        for m in markup {
            push_skip(&mut out.skipped, text, m, SkipReason::Markup);
        }
        let inner = match (&dateline, Some(i) == first_body) {
            (Some(d), true) => {
                push_skip(&mut out.skipped, text, d.span, SkipReason::Dateline);
                Span::new(d.span.end, inner.end)
            }
            _ => inner,
        };
        if inner.is_empty() {
            continue;
        }
        // A hard-wrapped line (previous line ends mid-sentence, this one starts lower
        // case) continues its paragraph; any other line starts a new one.
        let continues = !prev_blank
            && paragraphs
                .last()
                .and_then(|p| p.last())
                .is_some_and(|last| {
                    // Only whitespace may lie between the joined lines: anything else
                    // (a tag, a mark) is a skipped segment and must stay outside the claim.
                    text[last.end..inner.start].trim().is_empty()
                        && !ends_sentence(&text[last.range()])
                        && starts_lower(&text[inner.range()])
                });
        if continues {
            if let Some(p) = paragraphs.last_mut() {
                p.push(inner);
            }
        } else {
            paragraphs.push(vec![inner]);
        }
        headline_seen = true;
        prev_blank = false;
    }
    out.skipped.sort_by_key(|s| s.span);

    // Pass 3: headline, sentences, clauses.
    let mut sentence_no = 0;
    for (p, spans) in paragraphs.iter().enumerate() {
        let Some(first) = spans.first() else { continue };
        let span = Span::new(first.start, spans.last().map_or(first.end, |s| s.end));
        if p == 0 && paragraphs.len() > 1 && is_headline(text, span) {
            sentence_no += 1;
            out.headline = Some(collapse(&text[span.range()]));
            out.segments.push(Segment {
                span,
                kind: ClaimKind::Headline,
                paragraph: 1,
                sentence: sentence_no,
            });
            continue;
        }
        for s in sentences(text, span) {
            sentence_no += 1;
            let clauses = clauses(text, s);
            let kind = if clauses.len() > 1 {
                ClaimKind::Clause
            } else {
                ClaimKind::Sentence
            };
            for c in clauses {
                out.segments.push(Segment {
                    span: c,
                    kind,
                    paragraph: p + 1,
                    sentence: sentence_no,
                });
            }
        }
    }
    out.outlet = outlet_hints.found_line.into_inner().or_else(|| {
        dateline
            .as_ref()
            .and_then(|d| d.outlet.clone())
            .or_else(|| known_outlet.map(str::to_owned))
    });
    out.dateline = dateline;
    out
}

/// A non-blank line: its span with surrounding whitespace trimmed.
#[derive(Debug, Clone, Copy)]
struct Line {
    span: Span,
}

impl Line {
    fn text(self, text: &str) -> &str {
        &text[self.span.range()]
    }
}

static BLOCK_TAG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)</?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|blockquote|header|footer)\b[^<>\n]{0,200}>")
        .expect("block tag pattern is valid")
});

/// Lines of `text` (split on `\n`, `\r\n`, a lone `\r` or an HTML block tag), `None`
/// for blank ones, and the markup that separated them (block tags, a byte-order mark).
fn lines(text: &str) -> (Vec<Option<Line>>, Vec<Span>) {
    let mut breaks: Vec<Span> = Vec::new();
    let mut markup: Vec<Span> = Vec::new();
    if text.starts_with('\u{feff}') {
        let bom = Span::new(0, '\u{feff}'.len_utf8());
        breaks.push(bom);
        markup.push(bom);
    }
    let bytes = text.as_bytes();
    if !bytes.contains(&b'\r') {
        // Most texts: their line breaks are found by a fast byte search.
        breaks.extend(text.match_indices('\n').map(|(i, _)| Span::new(i, i + 1)));
    } else {
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\r' if bytes.get(i + 1) == Some(&b'\n') => {
                    breaks.push(Span::new(i, i + 2));
                    i += 2;
                    continue;
                }
                b'\n' | b'\r' => breaks.push(Span::new(i, i + 1)),
                _ => {}
            }
            i += 1;
        }
    }
    if text.contains('<') {
        for m in BLOCK_TAG.find_iter(text) {
            let tag = Span::new(m.start(), m.end());
            breaks.push(tag);
            markup.push(tag);
        }
        breaks.sort_unstable();
    }
    let mut out = Vec::new();
    let mut start = 0;
    for b in breaks
        .iter()
        .chain(std::iter::once(&Span::new(text.len(), text.len())))
    {
        if b.start < start {
            continue;
        }
        out.push(trim(text, Span::new(start, b.start)).map(|span| Line { span }));
        start = b.end;
    }
    (out, markup)
}

/// `span` without leading and trailing whitespace; `None` if nothing is left.
pub(crate) fn trim(text: &str, span: Span) -> Option<Span> {
    let s = &text[span.range()];
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim();
    if trimmed.is_empty() {
        None
    } else {
        Some(Span::new(
            span.start + lead,
            span.start + lead + trimmed.len(),
        ))
    }
}

/// Collapses runs of whitespace to one space.
pub(crate) fn collapse(s: &str) -> String {
    // Most text has single spaces only, and is then its own collapse, trimmed.
    let mut after_space = false;
    let single_spaced = s.chars().all(|c| {
        let space = c.is_whitespace();
        let ok = !space || (c == ' ' && !after_space);
        after_space = space;
        ok
    });
    if single_spaced {
        return s.trim().to_owned();
    }
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

fn push_skip(skipped: &mut Vec<Skipped>, text: &str, span: Span, reason: SkipReason) {
    if let Some(span) = trim(text, span) {
        skipped.push(Skipped {
            span,
            reason,
            text: collapse(&text[span.range()]),
        });
    }
}

/// Splits Markdown emphasis and heading marks off a line: the inner span and the
/// spans of the marks. `# *Title*` gives `Title` and the marks `# *` and `*`.
fn strip_markup(text: &str, span: Span) -> (Span, Vec<Span>) {
    // A list marker ("- ", "+ ", "• ", "1. ", "2) ") opening a line is markup.
    let s = &text[span.range()];
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    let marker = if s.starts_with("- ") || s.starts_with("+ ") {
        2
    } else if s.starts_with("• ") {
        "• ".len()
    } else if (1..=3).contains(&digits)
        && matches!(s.as_bytes().get(digits), Some(b'.' | b')'))
        && s.as_bytes().get(digits + 1) == Some(&b' ')
    {
        digits + 2
    } else {
        0
    };
    if marker > 0 {
        if let Some(rest) = trim(text, Span::new(span.start + marker, span.end)) {
            let (inner, mut marks) = strip_markup(text, rest);
            marks.insert(0, Span::new(span.start, span.start + marker));
            return (inner, marks);
        }
    }
    let lead = s
        .find(|c: char| !matches!(c, '#' | '*' | '_' | '>') && !c.is_whitespace())
        .unwrap_or(s.len());
    // A lone "---" rule is not markup around text: leave it whole.
    if lead == s.len() {
        return (span, Vec::new());
    }
    let body = &s[lead..];
    let trail = body.len()
        - body
            .trim_end_matches(|c: char| matches!(c, '*' | '_') || c.is_whitespace())
            .len();
    // Only strip leading `#`/`>` marks when followed by a space, as Markdown requires;
    // emphasis marks are stripped when they come in pairs.
    let lead_str = &s[..lead];
    let plausible = lead_str.contains(['*', '_']) && trail > 0 || lead_str.starts_with(['#', '>']);
    if !plausible {
        return (span, Vec::new());
    }
    let inner = Span::new(span.start + lead, span.end - trail);
    let mut marks = vec![Span::new(span.start, inner.start)];
    if trail > 0 {
        marks.push(Span::new(inner.end, span.end));
    }
    match trim(text, inner) {
        Some(inner) => (inner, marks),
        None => (span, Vec::new()),
    }
}

/// The index of the first line that is not furniture and not the headline.
fn first_body_line(lines: &[Option<Line>], text: &str) -> Option<usize> {
    let hints = OutletHints::new(None, None, None);
    let mut seen_content = false;
    let mut content = lines.iter().enumerate().filter_map(|(i, l)| {
        let l = (*l)?;
        let (inner, _) = strip_markup(text, l.span);
        let is_content = furniture(&text[inner.range()], !seen_content, &hints).is_none();
        seen_content |= is_content;
        is_content.then_some(i)
    });
    let first = content.next()?;
    let (inner, _) = strip_markup(text, lines[first]?.span);
    if is_headline(text, inner) {
        content.next()
    } else {
        Some(first)
    }
}

static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    let month = lexicon::MONTH_PATTERN;
    Regex::new(&format!(
        r"^(?P<place>[A-Z][A-Za-z.'’\- ]{{1,40}}?)(?:, (?P<region>[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){{0,3}}))??(?:,? (?P<date>(?:{month})\.? \d{{1,2}}(?:, \d{{4}})?))?\s*(?:\((?P<outlet>[^()\n]{{1,40}})\))?\s*(?:--|—|–|-)\s*"
    ))
    .expect("dateline pattern is valid")
});

/// A dateline opening the paragraph at `span`: "JERUSALEM (VINnews) — ",
/// "Washington, July 11 (RHC)-- ", "SEOUL, South Korea — ". Needs an outlet tag or a
/// place in capitals, so that an ordinary sentence with a dash is not mistaken for one.
fn dateline(text: &str, span: Span) -> Option<Dateline> {
    let s = &text[span.range()];
    let c = DATELINE.captures(s)?;
    let whole = c.get(0)?;
    let place = c.name("place")?.as_str().trim();
    let outlet = c.name("outlet").map(|m| m.as_str().trim().to_owned());
    let caps = place.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && !place.chars().any(|c| c.is_lowercase());
    if outlet.is_none() && !caps {
        return None;
    }
    // The rest of the paragraph must still be a sentence.
    if whole.end() >= s.len() {
        return None;
    }
    let place = match c.name("region") {
        Some(r) => format!("{place}, {}", r.as_str()),
        None => place.to_owned(),
    };
    Some(Dateline {
        span: Span::new(span.start, span.start + whole.end()),
        place: Some(place),
        date: c.name("date").map(|m| m.as_str().to_owned()),
        outlet,
    })
}

/// What may name the outlet on a line of its own.
struct OutletHints {
    names: Vec<String>,
    /// The outlet line found, if any (set while classifying).
    found_line: std::cell::RefCell<Option<String>>,
}

impl OutletHints {
    fn new(known: Option<&str>, dateline: Option<&Dateline>, url: Option<&str>) -> Self {
        let mut names: Vec<String> = Vec::new();
        names.extend(known.map(str::to_owned));
        names.extend(dateline.and_then(|d| d.outlet.clone()));
        names.extend(url.and_then(domain_stem));
        OutletHints {
            names,
            found_line: std::cell::RefCell::new(None),
        }
    }

    /// Whether `line` names the outlet: equal to a hint, the hint's initials
    /// ("Radio Habana Cuba" for "RHC"), or the URL's domain without spaces.
    fn matches(&self, line: &str) -> bool {
        let squash = |s: &str| {
            s.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect::<String>()
        };
        let initials: String = line
            .split_whitespace()
            .filter_map(|w| w.chars().next())
            .filter(|c| c.is_uppercase())
            .collect();
        let line_sq = squash(line);
        self.names.iter().any(|n| {
            let n_sq = squash(n);
            !n_sq.is_empty()
                && (n_sq == line_sq
                    || (initials.len() >= 2 && initials == *n)
                    || (n_sq.len() >= 4 && line_sq.len() >= 4 && n_sq.starts_with(&line_sq)))
        })
    }
}

/// "radiohc" from "https://www.radiohc.cu/en/...".
fn domain_stem(url: &str) -> Option<String> {
    let rest = url.split("://").nth(1).unwrap_or(url);
    let host = rest.split(['/', '?', '#', '>']).next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    let stem = host.split('.').next()?;
    (stem.len() >= 3).then(|| stem.to_owned())
}

/// The URL a line consists of, if it is only a URL (optionally in `<>`).
fn url_of(line: &str) -> Option<String> {
    let t = line.trim().trim_start_matches('<').trim_end_matches('>');
    let is_url = (t.starts_with("http://") || t.starts_with("https://") || t.starts_with("www."))
        && !t.contains(char::is_whitespace);
    is_url.then(|| t.to_owned())
}

/// `words(s).count()`, in one pass over the chars.
fn word_count(s: &str) -> usize {
    let (mut count, mut counted) = (0, false);
    for c in s.chars() {
        if c.is_whitespace() {
            counted = false;
        } else if !counted && c.is_alphanumeric() {
            count += 1;
            counted = true;
        }
    }
    count
}

/// The whitespace-separated words of `s` that hold a letter or digit.
fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
}

/// Whether `s` ends like a sentence: terminal punctuation, maybe inside closing quotes.
fn ends_sentence(s: &str) -> bool {
    let t = s.trim_end_matches(['"', '”', '’', '\'', ')', ']', '*', '_', ' ']);
    t.ends_with(['.', '!', '?', '…', ':'])
}

fn starts_lower(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_lowercase)
}

/// Why a line is page furniture, or `None` if it is content. `first` is true for the
/// first content line (a headline is never a subheading).
fn furniture(t: &str, first: bool, outlet: &OutletHints) -> Option<SkipReason> {
    if !t.chars().any(char::is_alphanumeric) {
        let rule = t.chars().filter(|c| !c.is_whitespace()).count() >= 3
            && t.chars()
                .all(|c| matches!(c, '-' | '*' | '_' | '=' | '~' | '—' | '–') || c.is_whitespace());
        return Some(if rule {
            SkipReason::Rule
        } else {
            SkipReason::Symbols
        });
    }
    if url_of(t).is_some() {
        return Some(SkipReason::Url);
    }
    if !t.chars().any(char::is_alphabetic) && word_count(t) <= 3 {
        return Some(SkipReason::LoneNumber);
    }
    let words = word_count(t);
    // (A byte search first: most lines have no bar at all.)
    if t.as_bytes().contains(&b'|')
        && t.matches(" | ").count() >= 2
        && t.split(" | ").all(|item| word_count(item) <= 4)
    {
        return Some(SkipReason::LinkList);
    }
    // Word counts first: most lines are paragraphs too long to be furniture, and are
    // neither searched for markers nor lower-cased.
    // One pass for all the caption markers, not one search each.
    static CAPTION: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
        aho_corasick::AhoCorasick::new(lexicon::CAPTION_MARKERS).expect("caption markers build")
    });
    if words <= 80 && CAPTION.is_match(t) {
        return Some(SkipReason::Caption);
    }
    let lower = (words <= 40).then(|| crate::extract::tokens::lowercase(t));
    if let Some(lower) = &lower {
        if words <= 30 && lexicon::COPYRIGHT_MARKERS.iter().any(|m| lower.contains(m)) {
            return Some(SkipReason::Copyright);
        }
        if lexicon::CREDIT_MARKERS.iter().any(|m| lower.contains(m)) {
            return Some(SkipReason::Byline);
        }
    }
    if is_byline(t) {
        return Some(SkipReason::Byline);
    }
    if words <= 14 && lower.as_deref().is_some_and(is_call_to_action) {
        return Some(SkipReason::CallToAction);
    }
    let terminal = ends_sentence(t);
    if words <= 6 && !terminal && outlet.matches(t) {
        outlet
            .found_line
            .borrow_mut()
            .get_or_insert_with(|| t.to_owned());
        return Some(SkipReason::OutletName);
    }
    if !first {
        let caps = !t.chars().any(char::is_lowercase);
        let question_head = t.ends_with('?') && words <= 12 && !t.contains(['"', '“', '”']);
        if (words <= 12 && !terminal) || (caps && words <= 4) || question_head {
            return Some(SkipReason::Subheading);
        }
    }
    None
}

/// "By Jane Doe", "By Jane Doe and John Roe, Associated Press".
fn is_byline(t: &str) -> bool {
    let Some(rest) = t.strip_prefix("By ").or_else(|| t.strip_prefix("BY ")) else {
        return false;
    };
    let words: Vec<&str> = rest.split_whitespace().collect();
    (2..=10).contains(&words.len())
        && !ends_sentence(t)
        && words.iter().all(|w| {
            w.chars().next().is_some_and(|c| c.is_uppercase())
                || matches!(*w, "and" | "&" | "of" | "the" | "in")
        })
}

/// Share, subscribe, follow and podcast lines: an imperative from the lexicon at
/// the start and no sentence after it.
fn is_call_to_action(lower: &str) -> bool {
    let starts = lexicon::CALL_TO_ACTION
        .iter()
        .any(|cue| lower.starts_with(cue) && lower[cue.len()..].starts_with([' ', ':']));
    if !starts {
        return false;
    }
    let t = lower.trim_end();
    // "Follow the money, he said." is prose; "Listen to our podcast on:" is not.
    !t.ends_with('.') || lexicon::CTA_OBJECTS.iter().any(|o| t.contains(o))
}

/// Whether the paragraph at `span` reads as a headline: one short sentence or a title.
fn is_headline(text: &str, span: Span) -> bool {
    let s = &text[span.range()];
    let words = word_count(s);
    if words == 0 || words > 30 {
        return false;
    }
    sentences(text, span).len() == 1 || !ends_sentence(s)
}

/// Splits a paragraph into sentences; abbreviations such as "U.S.", "Gen." and "Jan."
/// do not end one.
pub fn sentences(text: &str, span: Span) -> Vec<Span> {
    let s = &text[span.range()];
    let mut out = Vec::new();
    let mut start = 0;
    // Byte offset of the first char at or after `from` that `keep` does not accept.
    let skip = |from: usize, keep: fn(char) -> bool| {
        s[from..].find(|c| !keep(c)).map_or(s.len(), |n| from + n)
    };
    let mut from = 0;
    while let Some(pos) = next_terminal(s, from) {
        let c = s[pos..].chars().next().unwrap_or_default();
        let after_mark = pos + c.len_utf8();
        // Consume the run of terminal marks and closing quotes or brackets.
        let end = skip(after_mark, |c| matches!(c, '.' | '!' | '?' | '…'));
        let end = skip(end, |c| {
            matches!(c, '"' | '”' | '’' | '\'' | ')' | ']' | '»')
        });
        from = end;
        if s[end..].chars().next().is_some_and(|c| !c.is_whitespace()) {
            continue;
        }
        let next = skip(end, char::is_whitespace);
        let next_word = (next < s.len()).then(|| next_word(&s[next..]));
        // “Why?” she asked. / “Over!” Ruiz said: a quoted question or exclamation
        // followed by its speaker and a reporting verb is one sentence.
        let quote_closed = s[after_mark..end]
            .chars()
            .any(|q| matches!(q, '"' | '”' | '’' | '»'));
        let speaker_follows = quote_closed
            && c != '.'
            && s[end..]
                .split_whitespace()
                .take(5)
                .any(|w| lexicon::is_cue_verb(w.trim_end_matches([',', '.'])));
        if next < s.len() && !speaker_follows && is_boundary(&s[..pos], c, next_word.unwrap_or(""))
        {
            if let Some(sp) = trim(text, Span::new(span.start + start, span.start + end)) {
                out.push(sp);
            }
            start = next;
        }
    }
    if let Some(sp) = trim(text, Span::new(span.start + start, span.end)) {
        out.push(sp);
    }
    out
}

/// The offset of the first terminal mark ('.', '!', '?', '…') in `s` at or after byte
/// `from`. Searched byte by byte rather than char by char: the marks are ASCII but for
/// '…', the only one whose first byte is 0xE2.
fn next_terminal(s: &str, from: usize) -> Option<usize> {
    const ELLIPSIS: &[u8] = "…".as_bytes();
    let bytes = s.as_bytes();
    let mut i = from;
    while let Some(n) = bytes
        .get(i..)?
        .iter()
        .position(|&b| matches!(b, b'.' | b'!' | b'?') || b == ELLIPSIS[0])
    {
        let pos = i + n;
        if bytes[pos..].starts_with(ELLIPSIS) || bytes[pos] != ELLIPSIS[0] {
            return Some(pos);
        }
        i = pos + 1;
    }
    None
}

/// The first word of `s`, with its leading quotes and brackets.
fn next_word(s: &str) -> &str {
    let end = s.find(char::is_whitespace).unwrap_or(s.len());
    &s[..end]
}

/// Whether terminal mark `mark`, after `before`, ends a sentence when `next` follows.
fn is_boundary(before: &str, mark: char, next: &str) -> bool {
    let first = next
        .trim_start_matches(['"', '“', '‘', '\'', '(', '[', '«'])
        .chars()
        .next();
    let Some(first) = first else { return true };
    // Lower case continues the sentence; a dash after a quotation introduces its
    // speaker ("“We are ashamed.” ― Ana Ruiz").
    if first.is_lowercase() || matches!(first, '―' | '—' | '–') {
        return false;
    }
    if mark != '.' {
        return true;
    }
    // The word the period closes: letters and internal periods ("U.S", "Gen", "p.m").
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |(p, c)| p + c.len_utf8());
    let word = &before[word_start..];
    let bare = next.trim_start_matches(['"', '“', '‘', '\'', '(', '[']);
    let next_clean = bare.trim_end_matches(|c: char| !c.is_alphanumeric());
    if lexicon::contains(lexicon::TITLE_ABBREVIATIONS, word) {
        return false;
    }
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
        return false; // an initial: "R. Clarke", "Matthew H. Tueller"
    }
    if lexicon::contains(lexicon::MONTH_ABBREVIATIONS, word) && first.is_ascii_digit() {
        return false; // "Jan. 5"
    }
    let ambiguous = word.contains('.') || lexicon::contains(lexicon::AMBIGUOUS_ABBREVIATIONS, word);
    if ambiguous {
        // "the U.S. The talks" ends a sentence; "the U.S. Central Command" does not.
        return lexicon::contains(lexicon::SENTENCE_STARTERS, next_clean);
    }
    true
}

/// ", and other leaders said ...": a coordinated clause with its own speaker, so a
/// claim of its own. `rest` follows the comma.
fn and_new_speaker(rest: &str) -> bool {
    let Some(after) = rest.strip_prefix(" and ") else {
        return false;
    };
    after
        .split_whitespace()
        .take(6)
        .enumerate()
        .any(|(n, w)| n > 0 && lexicon::contains(lexicon::SPEECH_VERBS, w))
}

/// Whether the words after a conjunction continue the same subject's predicate:
/// "X was not evacuated, but was out of the country", "..., while keeping ...". Such a
/// conjunct asserts nothing on its own, so the sentence is not cut there.
fn shares_subject(after: &str) -> bool {
    let next = first_word(after);
    // "not just X, but also Y" is one list.
    matches!(next, "also" | "not")
        || lexicon::contains(lexicon::AUXILIARIES, next)
        || (next.len() > 4 && next.ends_with("ing") && next.chars().all(|c| c.is_ascii_lowercase()))
}

/// The first word of `s`, without the punctuation after it.
fn first_word(s: &str) -> &str {
    s.split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches(|c: char| !c.is_alphanumeric())
}

/// Whether the words after a dash open a phrase that elaborates on what came before
/// ("– before any summit", "– not just nuclear weapons", "– one designed to ...")
/// rather than a clause of its own.
fn opens_phrase(after: &str) -> bool {
    const OPENERS: &[&str] = &[
        "about",
        "after",
        "against",
        "amid",
        "among",
        "as",
        "at",
        "before",
        "by",
        "despite",
        "during",
        "especially",
        "even",
        "for",
        "from",
        "in",
        "including",
        "into",
        "just",
        "largely",
        "like",
        "mostly",
        "not",
        "notably",
        "of",
        "on",
        "one",
        "only",
        "over",
        "particularly",
        "since",
        "such",
        "than",
        "through",
        "to",
        "toward",
        "towards",
        "under",
        "until",
        "via",
        "with",
        "without",
    ];
    let next = first_word(after).to_ascii_lowercase();
    lexicon::contains(OPENERS, next.as_str())
}

/// Words above which a sentence is long enough to carry a participial clause of its
/// own (news sentences average about 20 words).
const LONG_SENTENCE_WORDS: usize = 30;

/// Whether the words after a comma open a participial clause ("..., acting hours after
/// the council voted", "..., sending the ferries back to port"): a separate assertion. Not a cue ("saying", "adding"), which frames what came before,
/// nor a word that works as a preposition ("including", "following").
pub(crate) fn opens_participle_clause(after: &str) -> bool {
    const NOT_CLAUSES: &[&str] = &[
        "according",
        "adding",
        "arguing",
        "calling",
        "citing",
        "claiming",
        "concerning",
        "during",
        "following",
        "including",
        "insisting",
        "noting",
        "regarding",
        "saying",
        "telling",
        "warning",
    ];
    let word = first_word(after);
    word.len() > 5
        && word.ends_with("ing")
        && word.chars().all(|c| c.is_ascii_lowercase())
        && !lexicon::contains(NOT_CLAUSES, word)
}

/// Whether `after` (the text after a comma) opens an absolute clause, which asserts
/// something of its own: " with Pelosi reiterating her call", " with the Arab country
/// permitting" — "with", a short noun phrase, then a participle.
fn opens_absolute_clause(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(" with ") else {
        return false;
    };
    rest.split(' ')
        .take(8)
        .take_while(|w| !w.ends_with([',', ';', '.', ':']))
        .skip(1)
        .any(|w| w.len() > 5 && w.ends_with("ing") && w.chars().all(|c| c.is_ascii_lowercase()))
}

/// Splits a sentence into clauses where it asserts several things: at a semicolon,
/// a single unpaired spaced dash, ", but" / ", while" / ", whereas", ", and" before a
/// new speaker, or, in a long sentence, a participial clause (", acting swiftly") or
/// an absolute clause (", with Pelosi reiterating her call") after a comma. Separators
/// stay with the clause before them; quotations are never split; each clause keeps at
/// least four words.
pub fn clauses(text: &str, span: Span) -> Vec<Span> {
    const MIN_WORDS: usize = 4;
    let s = &text[span.range()];
    // Counted at most once (a sentence may have thousands of commas), and only when a
    // participial or absolute clause follows a comma: most sentences never need it.
    let mut long: Option<bool> = None;
    let mut is_long = || *long.get_or_insert_with(|| word_count(s) > LONG_SENTENCE_WORDS);
    let mut cuts: Vec<usize> = Vec::new(); // offsets in `s` where a new clause starts
    let mut dashes: Vec<usize> = Vec::new();
    let mut in_quote = false;
    let bytes = s.as_bytes();
    let mut prev_apostrophe = false;
    // Only quotation marks, apostrophes and separators matter below: they are found by
    // their first byte (the others' is 0xE2) rather than by decoding every char. A
    // char skipped in between only ends a run of apostrophes.
    let marks = bytes
        .iter()
        .enumerate()
        .filter(|&(_, &b)| matches!(b, b'"' | b'\'' | b';' | b'-' | b',' | 0xe2));
    let mut next = 0;
    for (pos, _) in marks {
        let Some(c) = s[pos..].chars().next() else {
            continue;
        };
        if pos != next {
            prev_apostrophe = false;
        }
        next = pos + c.len_utf8();
        match c {
            '“' => in_quote = true,
            '”' => in_quote = false,
            '"' => in_quote = !in_quote,
            // '' used as a double quotation mark
            '\'' if prev_apostrophe => in_quote = !in_quote,
            _ => {}
        }
        prev_apostrophe = c == '\'' && !prev_apostrophe;
        // A comma closing a quotation ('“Dreamers,” with Pelosi reiterating') can open
        // an absolute clause after the quotation mark.
        if c == '”' && s[..pos].ends_with(',') {
            let rest = &s[pos + c.len_utf8()..];
            if opens_absolute_clause(rest) && is_long() {
                cuts.push(pos + c.len_utf8() + 1);
            }
            continue;
        }
        // Only these can cut a clause: other chars skip making the rest of the sentence.
        if in_quote || !matches!(c, ';' | '—' | '–' | '-' | ',') {
            continue;
        }
        let rest = &s[pos + c.len_utf8()..];
        match c {
            ';' if rest.starts_with(' ') => cuts.push(pos + 2),
            '—' | '–' if pos > 0 && bytes[pos - 1] == b' ' && rest.starts_with(' ') => {
                dashes.push(pos + c.len_utf8() + 1)
            }
            '-' if pos > 0
                && bytes[pos - 1] == b' '
                && (rest.starts_with(' ') || rest.starts_with("- ")) =>
            {
                let skip = if rest.starts_with("- ") { 3 } else { 2 };
                dashes.push(pos + skip)
            }
            ',' => {
                // Only the next word matters: lower-case a short prefix, not the whole rest.
                let mut cut = rest.len().min(12);
                while !rest.is_char_boundary(cut) {
                    cut -= 1;
                }
                let lower_rest = rest[..cut].to_ascii_lowercase();
                if lexicon::CLAUSE_CONJUNCTIONS.iter().any(|cj| {
                    lower_rest.starts_with(' ')
                        && lower_rest[1..].starts_with(cj)
                        && lower_rest
                            .get(1 + cj.len()..)
                            .is_some_and(|r| r.starts_with(' '))
                        && !shares_subject(&rest[1 + cj.len()..])
                }) || and_new_speaker(rest)
                    // (The cut is two bytes on: an ASCII space, not a no-break one.)
                    || ((rest.starts_with(' ') && opens_participle_clause(rest)
                        || opens_absolute_clause(rest))
                        && is_long())
                {
                    cuts.push(pos + 2);
                }
            }
            _ => {}
        }
    }
    // Paired dashes enclose an aside ("Israel and Qatar — two key US allies — maintain"):
    // only a lone dash separates clauses.
    // A phrase after the dash stays with its sentence, unless the sentence is too long
    // to read as one claim.
    if dashes.len() == 1 && (!opens_phrase(&s[dashes[0].min(s.len())..]) || word_count(s) > 50) {
        cuts.extend(dashes);
    }
    cuts.sort_unstable();
    let mut out = Vec::new();
    let mut start = 0;
    for cut in cuts {
        if cut >= s.len() {
            continue;
        }
        let head = &s[start..cut];
        let tail = &s[cut..];
        // Only "at least four words" matters: counting the whole tail at every cut
        // would make a sentence with thousands of cuts quadratic.
        let enough = |x: &str| words(x).take(MIN_WORDS).count() >= MIN_WORDS;
        if enough(head) && enough(tail) {
            if let Some(sp) = trim(text, Span::new(span.start + start, span.start + cut)) {
                out.push(sp);
            }
            start = cut;
        }
    }
    if let Some(sp) = trim(text, Span::new(span.start + start, span.end)) {
        out.push(sp);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'a>(text: &'a str, spans: &[Span]) -> Vec<&'a str> {
        spans.iter().map(|s| &text[s.range()]).collect()
    }

    fn split(text: &str) -> Vec<&str> {
        texts(text, &sentences(text, Span::new(0, text.len())))
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        assert_eq!(
            split(
                "Gen. Frank Smith met Col. Joe Brown on Jan. 5 in the U.S. Central Command area. He left."
            ),
            [
                "Gen. Frank Smith met Col. Joe Brown on Jan. 5 in the U.S. Central Command area.",
                "He left."
            ]
        );
        assert_eq!(
            split("R. Clarke Cooper spoke. Then he left."),
            ["R. Clarke Cooper spoke.", "Then he left."]
        );
    }

    #[test]
    fn abbreviation_at_sentence_end_splits_before_a_sentence_starter() {
        assert_eq!(
            split("Troops returned to the U.S. The talks went on."),
            ["Troops returned to the U.S.", "The talks went on."]
        );
    }

    #[test]
    fn quotes_close_sentences() {
        assert_eq!(
            split("“It is a work in progress,” he said. “We will see.” She nodded."),
            [
                "“It is a work in progress,” he said.",
                "“We will see.”",
                "She nodded."
            ]
        );
        assert_eq!(
            split("“Is it over?” he asked."),
            ["“Is it over?” he asked."]
        );
    }

    #[test]
    fn a_long_sentence_splits_before_a_participial_clause() {
        let text = "The harbour authority approved an emergency budget late on Friday to keep the ferries running and to repair the storm damage along the northern docks before winter, acting hours after the city council voted to release the funds.";
        assert_eq!(
            texts(text, &clauses(text, Span::new(0, text.len()))),
            [
                "The harbour authority approved an emergency budget late on Friday to keep the ferries running and to repair the storm damage along the northern docks before winter,",
                "acting hours after the city council voted to release the funds."
            ]
        );
        // Not a short sentence, nor a cue or a preposition after the comma.
        let short = "The authority approved the budget, acting hours after the vote.";
        assert_eq!(clauses(short, Span::new(0, short.len())).len(), 1);
        let cue = "The harbour authority approved an emergency budget late on Friday to keep the ferries running and to repair the storm damage along the northern docks before winter, saying the docks could not wait.";
        assert_eq!(clauses(cue, Span::new(0, cue.len())).len(), 1);
        // A no-break space after the comma (two bytes) is no place to cut.
        let nbsp = text.replace(", acting", ",\u{a0}acting");
        assert_eq!(clauses(&nbsp, Span::new(0, nbsp.len())).len(), 1);
    }

    #[test]
    fn a_long_sentence_splits_before_an_absolute_clause() {
        let t = "But liberals objected to the lack of action to protect young illegal \
                 immigrants known as “Dreamers,” with House Minority Leader Nancy Pelosi \
                 reiterating her call on Friday morning for a full debate on the issue.";
        assert_eq!(
            texts(t, &clauses(t, Span::new(0, t.len()))),
            [
                "But liberals objected to the lack of action to protect young illegal \
                 immigrants known as “Dreamers,”",
                "with House Minority Leader Nancy Pelosi reiterating her call on Friday \
                 morning for a full debate on the issue."
            ]
        );
        // "with" and a noun phrase alone is no clause; nor is a short sentence.
        let t = "The crowd of protesters gathered outside the embassy gates late on Tuesday \
                 evening, with banners and flags of the militia groups that had organised the \
                 march through the capital.";
        assert_eq!(texts(t, &clauses(t, Span::new(0, t.len()))), [t]);
        let t = "Relations have warmed, with the kingdom permitting flights over its territory.";
        assert_eq!(texts(t, &clauses(t, Span::new(0, t.len()))), [t]);
    }

    #[test]
    fn clauses_split_on_semicolons_lone_dashes_and_but() {
        let t = "The army left the city on Monday; the police stayed behind to guard it.";
        assert_eq!(
            texts(t, &clauses(t, Span::new(0, t.len()))),
            [
                "The army left the city on Monday;",
                "the police stayed behind to guard it."
            ]
        );
        let t = "Saudi Arabia has not joined the accords yet, but the two sides have grown closer.";
        assert_eq!(
            texts(t, &clauses(t, Span::new(0, t.len()))),
            [
                "Saudi Arabia has not joined the accords yet,",
                "but the two sides have grown closer."
            ]
        );
        let t = "Two allies — Israel and Qatar — maintain quiet relations with each other.";
        assert_eq!(texts(t, &clauses(t, Span::new(0, t.len()))), [t]);
        // A conjunct without its own subject is one assertion with the first.
        let t = "The ambassador was not evacuated, but was out of the country on a planned trip.";
        assert_eq!(texts(t, &clauses(t, Span::new(0, t.len()))), [t]);
        let t = "The guards fired tear gas at the crowd, while keeping to the compound's walls.";
        assert_eq!(texts(t, &clauses(t, Span::new(0, t.len()))), [t]);
        // A lone dash before a phrase elaborates; before a clause it separates.
        let t = "Kim is building more weapons – not just nuclear ones, but also chemical ones.";
        assert_eq!(texts(t, &clauses(t, Span::new(0, t.len()))), [t]);
        let t = "Envoys should insist on a roadmap first – before any summit is held.";
        assert_eq!(texts(t, &clauses(t, Span::new(0, t.len()))), [t]);
        let t = "The talks ended early on Monday – the envoys left the city the same night.";
        assert_eq!(
            texts(t, &clauses(t, Span::new(0, t.len()))),
            [
                "The talks ended early on Monday –",
                "the envoys left the city the same night."
            ]
        );
        let t = "“We will stay here, but only for now,” the mayor of the town said.";
        assert_eq!(texts(t, &clauses(t, Span::new(0, t.len()))), [t]);
        let t = "The mayor said he would run again, and other council members said he would win.";
        assert_eq!(
            texts(t, &clauses(t, Span::new(0, t.len()))),
            [
                "The mayor said he would run again,",
                "and other council members said he would win."
            ]
        );
        let t = "The mayor ran again, and the council members were pleased with the result.";
        assert_eq!(texts(t, &clauses(t, Span::new(0, t.len()))), [t]);
    }

    #[test]
    fn word_count_counts_the_words_with_a_letter_or_digit() {
        let text = concat!(
            include_str!("../fixtures/seed-pair/000_01a3d75aadc09157.txt"),
            include_str!("../fixtures/harbour-fire/wire.txt"),
        );
        let mut lines: Vec<&str> = text.lines().collect();
        lines.extend([
            "",
            "  ",
            " a  b ",
            "— 1 —",
            "x\u{a0}y",
            "*** ---",
            "«Ça» va",
        ]);
        for line in lines {
            assert_eq!(word_count(line), words(line).count(), "{line:?}");
        }
    }

    #[test]
    fn collapse_joins_the_words_with_single_spaces() {
        let text = include_str!("../fixtures/seed-pair/001_ef8e934296301487.txt");
        let mut pieces: Vec<&str> = text.split(['.', '\n']).collect();
        pieces.extend([
            "", " ", " a", "a ", "a  b", "a\tb", "a\u{a0}b", " a b ", "a \n b",
        ]);
        for p in pieces {
            assert_eq!(
                collapse(p),
                p.split_whitespace().collect::<Vec<_>>().join(" "),
                "{p:?}"
            );
        }
    }

    #[test]
    fn furniture_is_skipped_with_reasons() {
        let text = "Big News Today\n\n\
            **A tank is seen at the base (Photo by US Army)**\n\n\
            PARIS (AFP) — The summit opened on Monday.\n\n\
            ---\n\n<https://www.afp.com/en/news/1>\n\n\
            Join our WhatsApp group\n\n\
            Listen to the AFP podcast on:\n\n\
            iTunes | Spotify | Google Podcasts\n\n0\n\nAgence France Presse\n";
        let seg = segment(text, None);
        let reasons: Vec<(SkipReason, &str)> = seg
            .skipped
            .iter()
            .map(|s| (s.reason, &text[s.span.range()]))
            .collect();
        assert_eq!(
            reasons,
            [
                (
                    SkipReason::Caption,
                    "**A tank is seen at the base (Photo by US Army)**"
                ),
                (SkipReason::Dateline, "PARIS (AFP) —"),
                (SkipReason::Rule, "---"),
                (SkipReason::Url, "<https://www.afp.com/en/news/1>"),
                (SkipReason::CallToAction, "Join our WhatsApp group"),
                (SkipReason::CallToAction, "Listen to the AFP podcast on:"),
                (SkipReason::LinkList, "iTunes | Spotify | Google Podcasts"),
                (SkipReason::LoneNumber, "0"),
                (SkipReason::OutletName, "Agence France Presse"),
            ]
        );
        assert_eq!(seg.outlet.as_deref(), Some("Agence France Presse"));
        assert_eq!(seg.headline.as_deref(), Some("Big News Today"));
        let d = seg.dateline.unwrap();
        assert_eq!(
            (d.place.as_deref(), d.outlet.as_deref()),
            (Some("PARIS"), Some("AFP"))
        );
        assert_eq!(seg.url.as_deref(), Some("https://www.afp.com/en/news/1"));
    }

    #[test]
    fn markdown_heading_marks_are_markup() {
        let text = "# *Talks Resume*\n\nThe talks resumed today in Geneva.\n";
        let seg = segment(text, None);
        assert_eq!(seg.headline.as_deref(), Some("Talks Resume"));
        let marks: Vec<&str> = seg.skipped.iter().map(|s| &text[s.span.range()]).collect();
        assert_eq!(marks, ["# *", "*"]);
    }

    #[test]
    fn dateline_with_date_and_double_dash() {
        let text = "Washington, July 11 (RHC)-- Officials have traveled to Qatar.";
        let d = dateline(text, Span::new(0, text.len())).unwrap();
        assert_eq!(&text[d.span.range()], "Washington, July 11 (RHC)-- ");
        assert_eq!(d.date.as_deref(), Some("July 11"));
        let text = "Washington - the capital - is quiet.";
        assert_eq!(dateline(text, Span::new(0, text.len())), None);
    }

    #[test]
    fn crlf_and_lone_cr_split_lines() {
        let text = "First line here.\r\nSecond line here.\rThird line here.";
        let seg = segment(text, None);
        let got: Vec<&str> = seg.segments.iter().map(|s| &text[s.span.range()]).collect();
        assert_eq!(
            got,
            ["First line here.", "Second line here.", "Third line here."]
        );
    }

    /// How many claims or skipped segments hold each byte of `text`.
    fn ownership(text: &str) -> Vec<u8> {
        let seg = segment(text, None);
        let mut owner = vec![0; text.len()];
        let spans = seg
            .segments
            .iter()
            .map(|s| s.span)
            .chain(seg.skipped.iter().map(|s| s.span));
        for span in spans {
            for b in span.range() {
                owner[b] += 1;
            }
        }
        owner
    }

    /// Found by fuzzing: a hard-wrapped line after a line with emphasis marks put the
    /// closing mark inside the claim and in a skipped segment at once.
    #[test]
    fn wrapped_line_after_markup_does_not_swallow_the_mark() {
        let text = "*r*\nn!";
        let owner = ownership(text);
        assert_eq!(owner, [1, 1, 1, 0, 1, 1]);
    }

    /// Found by fuzzing: a dateline line joined to a hard-wrapped line before it put
    /// the dateline inside the claim as well.
    #[test]
    fn dateline_line_does_not_join_the_line_before() {
        let text = "o\nG (g)-e.";
        let owner = ownership(text);
        assert!(owner.iter().all(|&n| n <= 1), "{owner:?}");
    }

    /// Found by fuzzing: a line split at an HTML tag and joined again put the tag inside
    /// the claim as well.
    #[test]
    fn lines_split_at_a_tag_are_not_joined_across_it() {
        let text = "J<p>p:";
        let owner = ownership(text);
        assert!(owner.iter().all(|&n| n == 1), "{owner:?}");
    }
}
