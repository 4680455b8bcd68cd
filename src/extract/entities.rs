//! Entities: people, organisations and places, with canonical names.
//!
//! Two passes: a gazetteer of the world's countries (names, aliases, demonyms,
//! capitals), regions and well-known organisations, then runs of capitalised words
//! with titles stripped. [`resolve`] then unifies forms within an article: acronyms
//! the article spells out, surnames of people named in full, spelling variants.

use super::tokens::{Token, lowercase};
use crate::lexicon::{self, countries::COUNTRIES, organisations::ORGANISATIONS};
use crate::model::{EntityKind, Fact, Mention, Span};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::sync::LazyLock;

struct Gazetteer {
    ac: AhoCorasick,
    /// Per pattern: canonical name and kind.
    values: Vec<(&'static str, EntityKind)>,
}

static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(|| {
    let mut patterns: Vec<&'static str> = Vec::new();
    let mut values = Vec::new();
    let mut add = |form: &'static str, canonical: &'static str, kind: EntityKind| {
        patterns.push(form);
        values.push((canonical, kind));
    };
    for c in COUNTRIES {
        add(c.name, c.name, EntityKind::Place);
        for f in c.aliases.iter().chain(c.demonyms).chain(c.capitals) {
            add(f, c.name, EntityKind::Place);
        }
    }
    for &(form, canonical) in lexicon::REGIONS {
        add(form, canonical, EntityKind::Place);
    }
    for o in ORGANISATIONS {
        add(o.name, o.name, EntityKind::Organisation);
        for f in o.aliases {
            add(f, o.name, EntityKind::Organisation);
        }
    }
    let ac = AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .build(&patterns)
        .expect("gazetteer builds an automaton");
    Gazetteer { ac, values }
});

/// Marks a canonical name still to be resolved from a description ("the kingdom").
const DESCRIBED: &str = "\u{1}";

/// Marks a lone capitalised common word ("Trump", "Kim", "Paul": their lower-case
/// forms are frequent words) that is a name only if the article names that person
/// in full somewhere ([`resolve`]); otherwise ("Congress", "Arab") it is dropped.
const TENTATIVE: &str = "\u{2}";

static DESCRIPTION: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"(?i)\bthe\s+(?:(?:persian\s+)?gulf\s+(?:[a-z]+\s+)?(?:state|nation|country|monarchy|kingdom|emirate)|kingdom|emirate|sheikhdom|jewish\s+state|islamic\s+republic|island\s+nation)\b",
    )
    .expect("description pattern is valid")
});

/// Whether the country `name` fits a description such as "the kingdom".
fn fits(description: &str, name: &str) -> bool {
    let d = description.to_lowercase();
    if d.contains("jewish state") {
        return name == "Israel";
    }
    if d.contains("islamic republic") {
        return name == "Iran";
    }
    if d.contains("gulf") {
        return lexicon::contains(lexicon::GULF_STATES, name);
    }
    if d.contains("kingdom") {
        return lexicon::contains(lexicon::KINGDOMS, name);
    }
    if d.contains("emirate") || d.contains("sheikhdom") {
        return lexicon::contains(lexicon::EMIRATES, name);
    }
    COUNTRIES.iter().any(|c| c.name == name)
}

/// The canonical country or organisation a form names, if the gazetteer knows it.
///
/// ```
/// use claimdiff::extract::entities::canonical_form;
/// assert_eq!(canonical_form("UAE"), Some("United Arab Emirates"));
/// assert_eq!(canonical_form("Qatari"), Some("Qatar"));
/// assert_eq!(canonical_form("Riyadh"), Some("Saudi Arabia"));
/// assert_eq!(canonical_form("CENTCOM"), Some("US Central Command"));
/// ```
pub fn canonical_form(form: &str) -> Option<&'static str> {
    gazetteer_entry(form).map(|(name, _)| name)
}

/// The canonical name and kind of what a form names, if the gazetteer knows it.
pub(crate) fn gazetteer_entry(form: &str) -> Option<(&'static str, EntityKind)> {
    let g = &*GAZETTEER;
    g.ac.find(form)
        .filter(|m| m.start() == 0 && m.end() == form.len())
        .map(|m| g.values[m.pattern().as_usize()])
}

fn entity(text: &str, span: Span, canonical: String, kind: EntityKind) -> Mention {
    Mention {
        span,
        text: text[span.range()].to_owned(),
        fact: Fact::Entity {
            canonical,
            entity: kind,
        },
    }
}

/// Entities in a claim, given its tokens. `sentence_start` is the byte offset where
/// the claim's sentence starts (a capital there proves nothing).
///
/// In a headline written in title case every word is capitalised, so only the
/// gazetteer is trusted there (`title_case`).
pub fn entities(
    text: &str,
    tokens: &[Token<'_>],
    sentence_start: usize,
    title_case: bool,
) -> Vec<Mention> {
    let mut out = entities_tentative(text, tokens, sentence_start, title_case);
    out.retain(|m| !is_tentative(m));
    out
}

/// Whether `m` is a lone common word [`resolve`] has not confirmed as a name.
pub(crate) fn is_tentative(m: &Mention) -> bool {
    matches!(&m.fact, Fact::Entity { canonical, .. } if canonical.starts_with(TENTATIVE))
}

/// [`entities`] with the lone common words kept as tentative names, for [`resolve`]
/// to confirm from the whole article; the caller drops what is left tentative.
pub(crate) fn entities_tentative(
    text: &str,
    tokens: &[Token<'_>],
    sentence_start: usize,
    title_case: bool,
) -> Vec<Mention> {
    let Some(first) = tokens.first() else {
        return Vec::new();
    };
    let last = tokens.last().map_or(first.span.end, |t| t.span.end);
    let span = Span::new(first.span.start, last);
    let s = &text[span.range()];
    let g = &*GAZETTEER;
    let mut out: Vec<Mention> = Vec::new();
    for m in g.ac.find_iter(s) {
        if !super::facts::on_word_bounds(s, m.start(), m.end()) {
            continue;
        }
        let (canonical, kind) = g.values[m.pattern().as_usize()];
        let sp = Span::new(span.start + m.start(), span.start + m.end());
        out.push(entity(text, sp, canonical.to_owned(), kind));
    }
    // Runs of capitalised words outside gazetteer matches.
    // Gazetteer matches are sorted and disjoint: find an overlap by binary search, so
    // a sentence naming thousands of places stays linear.
    let taken = |t: &Token<'_>| overlaps_any(&out, t.span);
    let mut runs: Vec<Vec<usize>> = Vec::new();
    let mut cur: Vec<usize> = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let name_like =
            t.is_word() && !taken(t) && (t.is_capitalised() || is_particle_name(t.text));
        let connector = !cur.is_empty()
            && matches!(
                t.text,
                "of" | "al" | "el" | "bin" | "bint" | "ibn" | "de" | "la" | "van" | "von" | "der"
            )
            && tokens
                .get(i + 1)
                .is_some_and(|n| n.is_capitalised() && !taken(n));
        // A middle initial's full stop: "Matthew H. Tueller" is one name.
        let initial_stop = t.text == "."
            && cur
                .last()
                .is_some_and(|&p| p + 1 == i && is_initial(tokens[p].text))
            && tokens
                .get(i + 1)
                .is_some_and(|n| n.is_capitalised() && !taken(n));
        if name_like || connector || initial_stop {
            cur.push(i);
        } else if !cur.is_empty() {
            runs.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        runs.push(cur);
    }
    if title_case {
        runs.clear();
    }
    // "the kingdom", "the Gulf state": placeholders that `resolve` fills in.
    for m in DESCRIPTION.find_iter(s) {
        let sp = Span::new(span.start + m.start(), span.start + m.end());
        if !overlaps_any(&out, sp) {
            let key = format!("{DESCRIBED}{}", m.as_str().to_lowercase());
            out.push(entity(text, sp, key, EntityKind::Place));
        }
    }
    let mut found = Vec::new();
    for run in runs {
        if let Some(e) = name_from_run(text, tokens, &run, sentence_start) {
            found.push(e);
        }
    }
    out.extend(found);
    out.sort_by_key(|m| m.span);
    out
}

/// Whether `span` overlaps one of `sorted`'s spans (sorted by start, disjoint).
fn overlaps_any(sorted: &[Mention], span: Span) -> bool {
    let i = sorted.partition_point(|m| m.span.end <= span.start);
    sorted.get(i).is_some_and(|m| m.span.start < span.end)
}

/// "al-Udeid", "a-Sheikh": a lower-case Arabic article glued to a capitalised name.
fn is_particle_name(w: &str) -> bool {
    // Most words have no hyphen where a particle's would be: skip the nine prefix tests.
    if !w.bytes().skip(1).take(3).any(|b| b == b'-') {
        return false;
    }
    [
        "al-", "el-", "a-", "ad-", "ash-", "as-", "at-", "ar-", "an-",
    ]
    .iter()
    .any(|p| {
        w.strip_prefix(p)
            .is_some_and(|rest| rest.chars().next().is_some_and(char::is_uppercase))
    })
}

fn name_from_run(
    text: &str,
    tokens: &[Token<'_>],
    run: &[usize],
    sentence_start: usize,
) -> Option<Mention> {
    let mut words: Vec<Token<'_>> = run.iter().map(|&i| tokens[i]).collect();
    let preceded_by_title = {
        let before = run
            .first()
            .and_then(|&i| i.checked_sub(1))
            .map(|i| tokens[i].text);
        before.is_some_and(|b| is_title(b) || b.ends_with("man") || b == "spokesperson")
    };
    // A title inside the run ends what came before it: "Vermont Sen. Bernie Sanders"
    // is a place and a person; keep the name after the last title.
    if let Some(t) = words.iter().rposition(|w| is_title(w.text)) {
        if t > 0 && t + 1 < words.len() {
            words.drain(..t);
        }
    }
    // Strip titles ("President", "Gen.", "Chief of Staff").
    let mut titled = preceded_by_title;
    while let Some(w) = words.first() {
        if is_title(w.text) {
            titled = true;
            words.remove(0);
        } else if titled && w.text == "of" && words.len() > 2 {
            words.drain(..2);
        } else {
            break;
        }
    }
    // A common word opening a sentence ("Despite", "The") is not part of a name, but
    // a place's lead word before another capital is ("Port Ellis ferries halted"), and
    // so is a first name ("Mark Carney") or a family name before a hyphenated given
    // name ("Kim Jong-un", "Moon Jae-in"). Alone, it may still be a surname ("Trump
    // said"): tentative, like the same word inside a sentence.
    let mut tentative = false;
    while let Some(w) = words.first() {
        if lexicon::is_function_word(&lowercase(w.text)) {
            words.remove(0);
            continue;
        }
        if w.span.start != sentence_start || !is_common_word(w.text) {
            break;
        }
        match words.get(1) {
            None => {
                tentative = true;
                break;
            }
            Some(_)
                if lexicon::contains(lexicon::PLACE_LEADS, w.text)
                    || lexicon::is_first_name(w.text)
                    || family_name_first(words.iter().map(|t| t.text)) =>
            {
                break;
            }
            Some(_) => {
                words.remove(0);
            }
        }
    }
    // A weekday after a name is the time of the act ("took to Twitter Tuesday"); a
    // month may be a name ("Theresa May") and stays.
    while words.len() > 1
        && words.last().is_some_and(|w| {
            matches!(w.text, "of" | "al" | "el" | "bin" | "de")
                || (w.text.ends_with("day") && is_weekday_or_month(w.text))
        })
    {
        words.pop();
    }
    let (first, last) = (words.first()?, words.last()?);
    // Single common words in capitals ("Arab", "Palestinian" are demonyms the
    // gazetteer lacks; "Saturday" is a date) are not entities on their own, but may be
    // a surname the article gives in full ("Trump", "Kim").
    if words.len() == 1 && !titled {
        if is_weekday_or_month(first.text) {
            return None;
        }
        tentative |= is_common_word(first.text);
    }
    let span = Span::new(first.span.start, strip_possessive(text, last.span));
    let name = crate::segment::collapse(&text[span.range()]);
    if tentative {
        let key = format!("{TENTATIVE}{name}");
        return Some(entity(text, span, key, EntityKind::Person));
    }
    let head = name.split_whitespace().next_back().unwrap_or("");
    let kind = if lexicon::contains(lexicon::ORGANISATION_HEADS, head) {
        EntityKind::Organisation
    } else if lexicon::contains(lexicon::PLACE_HEADS, head)
        || (words.len() > 1
            && lexicon::contains(
                lexicon::PLACE_LEADS,
                name.split_whitespace().next().unwrap_or(""),
            ))
    {
        EntityKind::Place
    } else if is_acronym(&name) {
        EntityKind::Organisation
    } else if titled || (2..=4).contains(&words.len()) {
        EntityKind::Person
    } else {
        EntityKind::Other
    };
    Some(entity(text, span, name, kind))
}

/// Whether `words` (a name, word by word) read as a Korean name, family name first:
/// the family name and a romanised given name of two syllables, hyphenated ("Kim
/// Jong-un", "Moon Jae-in") or not ("Kim Jong Un").
fn family_name_first<'a>(mut words: impl Iterator<Item = &'a str>) -> bool {
    let syllable = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_uppercase())
            && (2..=4).contains(&w.len())
            && w[1..].bytes().all(|c| c.is_ascii_lowercase())
    };
    let (Some(_), Some(given)) = (words.next(), words.next()) else {
        return false;
    };
    match (given.split_once('-'), words.next(), words.next()) {
        (Some((a, b)), None, _) => {
            syllable(a) && (2..=4).contains(&b.len()) && b.bytes().all(|c| c.is_ascii_lowercase())
        }
        (None, Some(second), None) => syllable(given) && syllable(second),
        _ => false,
    }
}

/// `span` without a trailing possessive `'s` / `’s`.
fn strip_possessive(text: &str, span: Span) -> usize {
    let s = &text[span.range()];
    for suffix in ["'s", "’s", "'", "’"] {
        if let Some(rest) = s.strip_suffix(suffix) {
            if !rest.is_empty() {
                return span.start + rest.len();
            }
        }
    }
    span.end
}

fn is_title(w: &str) -> bool {
    lexicon::contains(lexicon::TITLES, w)
}

/// A capitalised word that is mostly a common word in lower case ("However", "Arab").
fn is_common_word(w: &str) -> bool {
    let lower = lowercase(w);
    lexicon::is_function_word(&lower) || lexicon::zipf(&lower).is_some_and(|z| z >= 4.0)
}

fn is_weekday_or_month(w: &str) -> bool {
    const NAMES: &[&str] = &[
        "April",
        "August",
        "December",
        "February",
        "Friday",
        "January",
        "July",
        "June",
        "March",
        "May",
        "Monday",
        "November",
        "October",
        "Saturday",
        "September",
        "Sunday",
        "Thursday",
        "Tuesday",
        "Wednesday",
    ];
    NAMES.contains(&w)
}

/// A single capital letter: an initial ("H" of "Matthew H. Tueller").
fn is_initial(s: &str) -> bool {
    let mut c = s.chars();
    c.next().is_some_and(|x| x.is_uppercase()) && c.next().is_none()
}

/// Whether most words of `s` (of four letters or more) start with a capital: a
/// headline in title case.
pub fn is_title_case(s: &str) -> bool {
    let words: Vec<&str> = s
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .collect();
    let caps = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    words.len() >= 3 && caps * 4 >= words.len() * 3
}

/// "MEE", "CENTCOM", "U.N.": two to seven capitals, maybe with periods.
pub(crate) fn is_acronym(s: &str) -> bool {
    let letters = || s.chars().filter(|c| *c != '.');
    letters().all(|c| c.is_ascii_uppercase()) && (2..=7).contains(&letters().count())
}

/// Initials of a multi-word name, skipping short function words: "Middle East Eye" → "MEE".
pub(crate) fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter(|w| !matches!(*w, "of" | "the" | "and" | "for" | "on" | "in"))
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

/// A key for comparing spellings: lower case, Arabic articles and punctuation dropped.
/// "Sharm al-Sheikh", "Sharm el Sheikh" and "Sharm a-Sheikh" all give "sharm sheikh".
pub fn spelling_key(name: &str) -> String {
    const ARTICLES: [&str; 10] = ["al", "el", "a", "ad", "ash", "as", "at", "ar", "an", "the"];
    // Hyphens separate words like whitespace; the words are joined into one buffer.
    let split = |c: char| c.is_whitespace() || c == '-' || c == '‐';
    let mut key = String::with_capacity(name.len());
    if name.is_ascii() {
        // Most names: each word lower-cased as it is copied, without a lower-case
        // copy of the whole name first.
        for w in name.split(split) {
            let w = w.trim_matches(|c: char| !c.is_ascii_alphanumeric());
            if w.is_empty() || ARTICLES.iter().any(|a| w.eq_ignore_ascii_case(a)) {
                continue;
            }
            if !key.is_empty() {
                key.push(' ');
            }
            let start = key.len();
            key.push_str(w);
            key[start..].make_ascii_lowercase();
        }
        return key;
    }
    let lower = lowercase(name);
    for w in lower.split(split) {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if w.is_empty() || ARTICLES.contains(&w) {
            continue;
        }
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(w);
    }
    key
}

/// Whether two canonical names are one entity spelled differently ("Kohavi" /
/// "Kochavi", "Kataeb Hezbollah" / "Kataib Hezbollah", "Aviv Kohavi" / "Kochavi").
pub fn same_entity(a: &str, b: &str) -> bool {
    same_entity_key(&spelling_key(a), &spelling_key(b))
}

/// [`same_entity`] on names already turned into [`spelling_key`]s (no allocation).
pub fn same_entity_key(ka: &str, kb: &str) -> bool {
    KeyWords::new(ka).same_entity(&KeyWords::new(kb))
}

/// A [`spelling_key`] with its word count and last word, counted once for comparing
/// it with many others.
#[derive(Debug, Clone, Copy)]
pub(crate) struct KeyWords<'a> {
    key: &'a str,
    words: usize,
    last: &'a str,
    /// Characters in `last`, and the set of [`jaro_winkler_bound`]'s buckets they fall in.
    last_chars: usize,
    last_buckets: u64,
    /// Whether some word has at most one character (an initial).
    initial: bool,
}

impl<'a> KeyWords<'a> {
    pub(crate) fn new(key: &'a str) -> Self {
        let (mut words, mut initial, mut last_start) = (1, false, 0);
        let (mut chars, mut buckets) = (0, 0u64);
        for (i, c) in key.char_indices() {
            if c == ' ' {
                initial |= chars <= 1;
                (words, last_start) = (words + 1, i + 1);
                (chars, buckets) = (0, 0);
            } else {
                chars += 1;
                buckets |= 1 << (c as u32 & 63);
            }
        }
        Self {
            key,
            words,
            last: &key[last_start..],
            last_chars: chars,
            last_buckets: buckets,
            initial: initial || chars <= 1,
        }
    }

    /// False when `jaro_winkler_reaches(self.last, other.last, threshold)` cannot
    /// hold, from the counts and buckets alone (most pairs of names, at a fraction of
    /// the cost): a bucket only one word has holds at least one of its characters,
    /// which has no match in the other, and the common prefix is at most 4.
    fn lasts_may_reach(&self, other: &KeyWords<'_>, threshold: f64) -> bool {
        let (la, lb) = (self.last_chars, other.last_chars);
        if la == 0 || lb == 0 {
            return true;
        }
        let only_a = (self.last_buckets & !other.last_buckets).count_ones() as usize;
        let only_b = (other.last_buckets & !self.last_buckets).count_ones() as usize;
        let m = (la - only_a).min(lb - only_b);
        let first = |k: &KeyWords<'_>| k.last.as_bytes().first().copied();
        let prefix = if first(self) == first(other) {
            4.0
        } else {
            0.0
        };
        let (m, la, lb) = (m as f64, la as f64, lb as f64);
        let jaro = (m / la + m / lb + 1.0) / 3.0;
        // (A margin far above rounding: this only skips what the exact test rejects.)
        jaro + 0.1 * prefix * (1.0 - jaro) >= threshold - 1e-6
    }

    /// [`same_entity_key`] of the two keys.
    pub(crate) fn same_entity(&self, other: &KeyWords<'_>) -> bool {
        let (ka, kb) = (self.key, other.key);
        if ka.is_empty() || kb.is_empty() {
            return false;
        }
        if ka == kb {
            return true;
        }
        let (na, nb) = (self.words, other.words);
        // A surname against a full name: compare with the last word.
        if na == 1 && nb > 1 || nb == 1 && na > 1 {
            let (short, last) = if na == 1 {
                (ka, other.last)
            } else {
                (kb, self.last)
            };
            return short.len() >= 4
                && self.lasts_may_reach(other, 0.9)
                && jaro_winkler_reaches(short, last, 0.9);
        }
        // A middle initial on one side only: "Matthew H. Tueller" / "Matt Tueller".
        if na != nb {
            // Without a one-letter word on either side there is nothing to drop.
            if !self.initial && !other.initial {
                return false;
            }
            let drop = |k: &str| {
                let words: Vec<&str> = k
                    .split(' ')
                    .filter(|w| w.chars().nth(1).is_some())
                    .collect();
                words.join(" ")
            };
            let (da, db) = (drop(ka), drop(kb));
            return (da.len(), db.len()) != (ka.len(), kb.len()) && same_entity_key(&da, &db);
        }
        // One word each (the usual case): the word test below without the splitting;
        // the words differ, as the keys do.
        if na == 1 {
            return ka.len() >= 5
                && self.lasts_may_reach(other, 0.9)
                && jaro_winkler_reaches(ka, kb, 0.9);
        }
        // Every pair of words must match, the last ones too (checked first: cheaply).
        let (xa, xb) = (self.last, other.last);
        let lasts = xa == xb || (xa.len() >= 4 && self.lasts_may_reach(other, 0.9));
        ka.len() >= 5
            && lasts
            && ka
                .split(' ')
                .zip(kb.split(' '))
                .all(|(x, y)| x == y || (x.len() >= 4 && jaro_winkler_reaches(x, y, 0.9)))
    }
}

/// Whether one spelling key is the family name of the other, a Korean name written
/// family name first ("kim" and "kim jong un", from "Kim Jong-un" or "Kim Jong Un").
/// Not part of [`same_entity_key`]: resolving "Mr. Kim" to the full name within an
/// article would weigh the name's rare syllables in every claim that mentions him.
pub(crate) fn family_name_of(ka: &str, kb: &str) -> bool {
    let (short, long) = if ka.len() < kb.len() {
        (ka, kb)
    } else {
        (kb, ka)
    };
    // Most pairs fail here, before any splitting.
    let Some(given) = long
        .strip_prefix(short)
        .and_then(|rest| rest.strip_prefix(' '))
    else {
        return false;
    };
    let mut words = given.split(' ');
    !short.contains(' ') && words.clone().count() == 2 && words.all(|w| (2..=4).contains(&w.len()))
}

/// An upper bound on `strsim::jaro_winkler(a, b)`, much cheaper to compute: Jaro's
/// matches are pairs of equal characters, so they are at most the overlap of the two
/// character histograms (here in 64 buckets, which can only raise it), and the
/// Winkler boost grows with the Jaro similarity for the exact common prefix.
pub(crate) fn jaro_winkler_bound(a: &str, b: &str) -> f64 {
    let mut hist = [0u32; 64];
    let mut la = 0usize;
    for c in a.chars() {
        hist[(c as usize) & 63] += 1;
        la += 1;
    }
    let (mut lb, mut m) = (0usize, 0usize);
    for c in b.chars() {
        lb += 1;
        let h = &mut hist[(c as usize) & 63];
        if *h > 0 {
            *h -= 1;
            m += 1;
        }
    }
    if la == 0 && lb == 0 {
        return 1.0;
    }
    if m == 0 {
        return 0.0;
    }
    let (m, la, lb) = (m as f64, la as f64, lb as f64);
    let jaro = (m / la + m / lb + 1.0) / 3.0;
    let prefix = a
        .chars()
        .take(4)
        .zip(b.chars())
        .take_while(|(x, y)| x == y)
        .count();
    jaro + 0.1 * prefix as f64 * (1.0 - jaro)
}

/// Exactly `strsim::jaro_winkler(a, b) >= threshold`, skipping the full computation
/// when [`jaro_winkler_bound`] (with a margin for rounding) already rules it out.
pub(crate) fn jaro_winkler_reaches(a: &str, b: &str, threshold: f64) -> bool {
    jaro_winkler_bound(a, b) >= threshold - 1e-9 && strsim::jaro_winkler(a, b) >= threshold
}

/// Unifies entity names across one article's mentions: an acronym takes the name
/// whose initials it is; a surname or variant spelling takes the full name of the
/// person it matches. A tentative name (from `entities_tentative`) is confirmed here
/// or left tentative for the caller to drop.
pub fn resolve(mentions: &mut [&mut Mention]) {
    // Distinct multi-word names, in first-seen order (a long text repeats them).
    // Each with its spelling key, made once for matching the surnames below.
    let mut seen = std::collections::HashSet::new();
    let full: Vec<(String, EntityKind, String)> = mentions
        .iter()
        .filter_map(|m| match &m.fact {
            Fact::Entity { canonical, entity } if canonical.split_whitespace().count() > 1 => {
                Some((canonical.as_str(), *entity))
            }
            _ => None,
        })
        .filter(|&(name, _)| seen.insert(name))
        .map(|(name, kind)| (name.to_owned(), kind, spelling_key(name)))
        .collect();
    // Descriptions take the nearest country named before them that fits.
    let mut seen_places: Vec<String> = Vec::new();
    for m in mentions.iter_mut() {
        let Fact::Entity { canonical, entity } = &mut m.fact else {
            continue;
        };
        if let Some(description) = canonical.strip_prefix(DESCRIBED) {
            let found = seen_places
                .iter()
                .rev()
                .find(|p| fits(description, p))
                .cloned();
            *canonical = found.unwrap_or_else(|| m.text.clone());
            *entity = EntityKind::Place;
            continue;
        }
        // COUNTRIES is sorted by name (a lexicon test checks it).
        if *entity == EntityKind::Place
            && COUNTRIES
                .binary_search_by(|c| c.name.cmp(canonical.as_str()))
                .is_ok()
        {
            seen_places.push(canonical.clone());
        }
    }
    // Single-word names the article gives without doubt ("Mr. Kim", "Pelosi"), for
    // the tentative ones if any.
    let any_tentative = mentions.iter().any(|m| is_tentative(m));
    let sure: std::collections::BTreeSet<String> = mentions
        .iter()
        .filter(|_| any_tentative)
        .filter_map(|m| match &m.fact {
            Fact::Entity {
                canonical,
                entity: EntityKind::Person,
            } if !canonical.starts_with(TENTATIVE) && !canonical.contains(' ') => {
                Some(canonical.clone())
            }
            _ => None,
        })
        .collect();
    for m in mentions.iter_mut() {
        let Fact::Entity { canonical, entity } = &mut m.fact else {
            continue;
        };
        // A lone common word is a name when the article names that person in full or
        // without doubt elsewhere: a surname takes the full name ("Trump" -> "Donald
        // Trump"); a family name written first ("Kim" of "Kim Jong-un") or a name the
        // article titles ("Mr. Kim") stays as it is. Exact words only: a fuzzy match
        // would make common words names.
        if let Some(word) = canonical.strip_prefix(TENTATIVE) {
            let key = spelling_key(word);
            let person = |k: &EntityKind| *k == EntityKind::Person;
            if let Some((name, ..)) = full
                .iter()
                .find(|(_, k, fk)| person(k) && fk.rsplit(' ').next() == Some(key.as_str()))
            {
                *canonical = name.clone();
            } else if sure.contains(word)
                || full.iter().any(|(name, k, _)| {
                    person(k)
                        && name.split(' ').next() == Some(word)
                        && family_name_first(name.split(' '))
                })
            {
                *canonical = word.to_owned();
            }
            continue;
        }
        // An acronym the gazetteer does not know may be one the article defines.
        if is_acronym(canonical) && canonical_form(canonical).is_none() {
            let squashed: String = canonical.chars().filter(|c| *c != '.').collect();
            if let Some((name, kind, _)) = full.iter().find(|(n, ..)| initials(n) == squashed) {
                *canonical = name.clone();
                *entity = *kind;
            }
            continue;
        }
        if canonical.split_whitespace().count() == 1 && *entity != EntityKind::Place {
            let mut key = None;
            if let Some((name, ..)) = full.iter().find(|(_, k, full_key)| {
                *k == EntityKind::Person
                    && same_entity_key(full_key, key.get_or_insert_with(|| spelling_key(canonical)))
            }) {
                *canonical = name.clone();
                *entity = EntityKind::Person;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::tokenize;

    fn names(text: &str) -> Vec<(String, EntityKind)> {
        let toks = tokenize(text, Span::new(0, text.len()));
        entities(text, &toks, 0, false)
            .into_iter()
            .map(|m| match m.fact {
                Fact::Entity { canonical, entity } => (canonical, entity),
                _ => unreachable!(),
            })
            .collect()
    }

    #[test]
    fn boards_papers_and_ports_are_organisations_and_places() {
        let text = "On Monday the crews told the Harbour Board and the Coastal Ledger that Port Ellis and Mount Arlen were safe.";
        assert_eq!(
            names(text),
            [
                ("Harbour Board".to_owned(), EntityKind::Organisation),
                ("Coastal Ledger".to_owned(), EntityKind::Organisation),
                ("Port Ellis".to_owned(), EntityKind::Place),
                ("Mount Arlen".to_owned(), EntityKind::Place),
            ]
        );
        // Opening the sentence, the lead word stays with the name.
        assert_eq!(
            names("Port Ellis ferries halted by strike"),
            [("Port Ellis".to_owned(), EntityKind::Place)]
        );
    }

    #[test]
    fn spelling_key_is_the_joined_words() {
        // The first implementation, kept as the oracle.
        fn reference(name: &str) -> String {
            let lower = name.to_lowercase().replace(['-', '‐'], " ");
            lower
                .split_whitespace()
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                .filter(|w| {
                    !w.is_empty()
                        && !matches!(
                            *w,
                            "al" | "el" | "a" | "ad" | "ash" | "as" | "at" | "ar" | "an" | "the"
                        )
                })
                .collect::<Vec<_>>()
                .join(" ")
        }
        let text = include_str!("../../fixtures/seed-pair/001_ef8e934296301487.txt");
        let mut names: Vec<&str> = text.split(['.', ',', '\n']).collect();
        names.extend([
            "",
            " - ",
            "Sharm al-Sheikh",
            "Sharm a-Sheikh",
            "--al--",
            "‐x‐",
            "(The) Hague!",
            "İstanbul\u{a0}Ünal ",
            "ΣΑΣ",
        ]);
        for name in names {
            assert_eq!(spelling_key(name), reference(name), "{name:?}");
        }
    }

    #[test]
    fn the_jaro_winkler_bound_never_rules_out_a_match() {
        let text = concat!(
            include_str!("../../fixtures/seed-pair/000_01a3d75aadc09157.txt"),
            include_str!("../../fixtures/harbour-fire/wire.txt"),
            " Kohavi Kochavi Kataeb Kataib Sharm Sheikh Müller Mueller Zürich Zurich ",
            "abc cab a b ab ba Qatar Qatari Katar دبي دبى ",
        );
        let mut words: Vec<String> = text.split_whitespace().map(str::to_lowercase).collect();
        words.push(String::new());
        words.sort();
        words.dedup();
        for a in &words {
            for b in &words {
                let jw = strsim::jaro_winkler(a, b);
                assert!(jaro_winkler_bound(a, b) >= jw - 1e-12, "{a} {b}");
                for t in [0.9, 0.93] {
                    assert_eq!(jaro_winkler_reaches(a, b, t), jw >= t, "{a} {b}");
                    let may = KeyWords::new(a).lasts_may_reach(&KeyWords::new(b), t);
                    assert!(may || !jaro_winkler_reaches(a, b, t), "{a} {b}");
                }
            }
        }
    }

    /// `same_entity_key` as written before `KeyWords` kept counts and buckets.
    fn same_entity_key_plain(ka: &str, kb: &str) -> bool {
        if ka.is_empty() || kb.is_empty() {
            return false;
        }
        if ka == kb {
            return true;
        }
        let words = |k: &str| k.split(' ').count();
        let (na, nb) = (words(ka), words(kb));
        if na == 1 && nb > 1 || nb == 1 && na > 1 {
            let (short, long) = if na == 1 { (ka, kb) } else { (kb, ka) };
            let last = long.rsplit(' ').next().unwrap_or(long);
            return short.len() >= 4 && strsim::jaro_winkler(short, last) >= 0.9;
        }
        if na != nb {
            let initial = |k: &str| k.split(' ').any(|w| w.chars().nth(1).is_none());
            if !initial(ka) && !initial(kb) {
                return false;
            }
            let drop = |k: &str| {
                let words: Vec<&str> = k
                    .split(' ')
                    .filter(|w| w.chars().nth(1).is_some())
                    .collect();
                words.join(" ")
            };
            let (da, db) = (drop(ka), drop(kb));
            return (da.len(), db.len()) != (ka.len(), kb.len()) && same_entity_key_plain(&da, &db);
        }
        ka.len() >= 5
            && ka
                .split(' ')
                .zip(kb.split(' '))
                .all(|(x, y)| x == y || (x.len() >= 4 && strsim::jaro_winkler(x, y) >= 0.9))
    }

    #[test]
    fn same_entity_key_is_the_plain_test() {
        let mut keys: Vec<String> = [
            "aviv kohavi",
            "kochavi",
            "kohavi",
            "aviv",
            "kataeb hezbollah",
            "kataib hezbollah",
            "matthew h tueller",
            "matt tueller",
            "anna tueller",
            "tueller",
            "joe biden",
            "biden",
            "hunter biden",
            "r clarke cooper",
            "clarke cooper",
            "cooper",
            "iran",
            "iraq",
            "qatar",
            "qatari",
            "katar",
            "müller",
            "mueller",
            "hans müller",
            "hans mueller",
            "h müller",
            "a",
            "a b",
            "ab",
            "x  y",
            " y",
            "y ",
            "دبي",
            "دبى",
        ]
        .map(str::to_owned)
        .to_vec();
        let text = include_str!("../../fixtures/seed-pair/001_ef8e934296301487.txt");
        let toks = crate::extract::tokens::tokenize(text, Span::new(0, text.len()));
        keys.extend(
            entities(text, &toks, 0, false)
                .iter()
                .filter_map(|m| match &m.fact {
                    Fact::Entity { canonical, .. } => Some(spelling_key(canonical)),
                    _ => None,
                }),
        );
        for a in &keys {
            for b in &keys {
                assert_eq!(
                    same_entity_key(a, b),
                    same_entity_key_plain(a, b),
                    "{a} / {b}"
                );
            }
        }
    }

    #[test]
    fn gazetteer_normalises_aliases_demonyms_and_capitals() {
        let got =
            names("Qatari and Emirati envoys met in Riyadh with the UAE and U.S. delegations.");
        let canon: Vec<&str> = got.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            canon,
            [
                "Qatar",
                "United Arab Emirates",
                "Saudi Arabia",
                "United Arab Emirates",
                "United States"
            ]
        );
    }

    #[test]
    fn a_title_inside_a_run_separates_place_and_person() {
        let got = names("Later the Vermont Sen. Bernie Sanders spoke.");
        assert_eq!(got, [("Bernie Sanders".to_owned(), EntityKind::Person)]);
    }

    #[test]
    fn titles_are_stripped_and_kinds_guessed() {
        let got = names(
            "Later, spokesman Col. Jane Roe met Gen. Frank McKenzie at the National Security Council.",
        );
        assert_eq!(
            got,
            [
                ("Jane Roe".to_owned(), EntityKind::Person),
                ("Frank McKenzie".to_owned(), EntityKind::Person),
                (
                    "National Security Council".to_owned(),
                    EntityKind::Organisation
                ),
            ]
        );
    }

    #[test]
    fn a_weekday_after_a_name_is_not_part_of_it() {
        let got = names("Rubio told Al Arabiya Tuesday that Prime Minister Theresa May replied.");
        let got: Vec<&str> = got.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(got, ["Rubio", "Al Arabiya", "Theresa May"]);
    }

    #[test]
    fn a_middle_initial_stays_in_the_name() {
        let got = names("Ambassador Matthew H. Tueller was away. Tom B. left.");
        assert_eq!(
            got[0],
            ("Matthew H. Tueller".to_owned(), EntityKind::Person)
        );
        assert!(got.iter().all(|(n, _)| !n.ends_with('.')), "{got:?}");
    }

    #[test]
    fn spelling_variants_are_one_entity() {
        assert!(same_entity("Sharm al-Sheikh", "Sharm el Sheikh"));
        assert!(same_entity("Sharm a-Sheikh", "Sharm el Sheikh"));
        assert!(same_entity("Aviv Kohavi", "Kochavi"));
        assert!(same_entity("Kataeb Hezbollah", "Kataib Hezbollah"));
        assert!(!same_entity("Joe Biden", "Hunter Biden"));
        assert!(!same_entity("Iran", "Iraq"));
        // A middle initial on one side only.
        assert!(same_entity("Matthew H. Tueller", "Matt Tueller"));
        assert!(!same_entity("Matthew H. Tueller", "Anna Tueller"));
    }

    #[test]
    fn article_acronyms_resolve_to_their_long_form() {
        let text = "The Daily Planet Gazette said so. DPG added more.";
        let toks = tokenize(text, Span::new(0, text.len()));
        let mut ms = entities(text, &toks, 0, false);
        let mut refs: Vec<&mut Mention> = ms.iter_mut().collect();
        resolve(&mut refs);
        let canon: Vec<String> = ms
            .iter()
            .map(|m| match &m.fact {
                Fact::Entity { canonical, .. } => canonical.clone(),
                _ => unreachable!(),
            })
            .collect();
        assert_eq!(canon, ["Daily Planet Gazette", "Daily Planet Gazette"]);
    }

    #[test]
    fn descriptions_resolve_to_the_nearest_fitting_country() {
        let text = "Israel talked to Saudi Arabia and Qatar. The kingdom agreed, and the Gulf state waited.";
        let toks = tokenize(text, Span::new(0, text.len()));
        let mut ms = entities(text, &toks, 0, false);
        let mut refs: Vec<&mut Mention> = ms.iter_mut().collect();
        resolve(&mut refs);
        let got: Vec<(String, String)> = ms
            .iter()
            .map(|m| match &m.fact {
                Fact::Entity { canonical, .. } => (m.text.clone(), canonical.clone()),
                _ => unreachable!(),
            })
            .collect();
        assert_eq!(
            got,
            [
                ("Israel".to_owned(), "Israel".to_owned()),
                ("Saudi Arabia".to_owned(), "Saudi Arabia".to_owned()),
                ("Qatar".to_owned(), "Qatar".to_owned()),
                ("The kingdom".to_owned(), "Saudi Arabia".to_owned()),
                ("the Gulf state".to_owned(), "Qatar".to_owned()),
            ]
        );
    }
}
