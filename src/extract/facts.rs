//! Lexical facts of a claim: hedges, negations, framing labels, numbers, dates and times.

use crate::lexicon;
use crate::model::{Fact, Mention, Span};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use regex::Regex;
use std::sync::LazyLock;

/// Tables of phrases matched case-insensitively on word boundaries, each table's
/// matches leftmost-longest (as if searched on its own).
///
/// The tables share one automaton that reports every occurrence of every phrase: a
/// segment is read once for all of them, and each table's leftmost-longest matches
/// are picked from its occurrences.
pub(crate) struct Phrases {
    ac: AhoCorasick,
    /// For each pattern, its table and the index of the table entry it came from.
    entry: Vec<(usize, usize)>,
    tables: usize,
}

impl Phrases {
    /// Builds the matcher; a phrase with an apostrophe also matches its curly form.
    pub(crate) fn new<'a, T: IntoIterator<Item = &'a str>>(
        tables: impl IntoIterator<Item = T>,
    ) -> Self {
        let mut patterns = Vec::new();
        let mut entry = Vec::new();
        let mut count = 0;
        for (k, table) in tables.into_iter().enumerate() {
            count = k + 1;
            for (i, p) in table.into_iter().enumerate() {
                patterns.push(p.to_owned());
                entry.push((k, i));
                if p.contains('\'') {
                    patterns.push(p.replace('\'', "’"));
                    entry.push((k, i));
                }
            }
        }
        let ac = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            // Past 100 patterns the default is an NFA, which takes about 2.7 times as
            // many instructions per byte here; the DFA builds no slower than the three
            // tables' separate automata did.
            .kind(Some(AhoCorasickKind::DFA))
            .build(&patterns)
            .expect("lexicon phrases build an automaton");
        Phrases {
            ac,
            entry,
            tables: count,
        }
    }

    /// Per table, its matches in `text[span]` that start and end on word boundaries:
    /// (span, table index).
    pub(crate) fn find(&self, text: &str, span: Span) -> Vec<Vec<(Span, usize)>> {
        let s = &text[span.range()];
        // Every occurrence, by table: (start, end, pattern).
        let mut found: Vec<Vec<(usize, usize, usize)>> = vec![Vec::new(); self.tables];
        for m in self.ac.find_overlapping_iter(s) {
            let p = m.pattern().as_usize();
            found[self.entry[p].0].push((m.start(), m.end(), p));
        }
        found
            .into_iter()
            .map(|mut occ| {
                // Leftmost-longest: the earliest start, the longest there (the first
                // pattern on a tie), then the next that starts after its end. A match
                // glued to a word still hides what it overlaps, as in one search.
                occ.sort_unstable_by_key(|&(a, b, p)| (a, std::cmp::Reverse(b), p));
                let mut out = Vec::new();
                let mut end = 0;
                for (a, b, p) in occ {
                    if a < end {
                        continue;
                    }
                    end = b;
                    if on_word_bounds(s, a, b) {
                        out.push((Span::new(span.start + a, span.start + b), self.entry[p].1));
                    }
                }
                out
            })
            .collect()
    }
}

/// Whether `s[start..end]` is not glued to letters or digits on either side.
pub(crate) fn on_word_bounds(s: &str, start: usize, end: usize) -> bool {
    let before = s[..start].chars().next_back();
    let after = s[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// Hedges, negations and framing labels, the tables of [`cues`].
static CUES: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::new([
        lexicon::HEDGES.to_vec(),
        lexicon::NEGATIONS.to_vec(),
        lexicon::FRAMING.iter().map(|(label, _)| *label).collect(),
    ])
});

fn mention(text: &str, span: Span, fact: Fact) -> Mention {
    Mention {
        span,
        text: text[span.range()].to_owned(),
        fact,
    }
}

/// Hedges, negations and framing labels in `text[span]`, as [`hedges`],
/// [`negations`] and [`framing`] find them, in one pass.
pub(crate) fn cues(text: &str, span: Span) -> [Vec<Mention>; 3] {
    let [hedges, negations, framing]: [_; 3] =
        CUES.find(text, span).try_into().expect("three tables");
    [
        hedges
            .into_iter()
            // "May" with a capital is the month (or a name), not the modal.
            .filter(|(sp, _)| &text[sp.range()] != "May")
            .map(|(sp, _)| mention(text, sp, Fact::Hedge))
            .collect(),
        negations
            .into_iter()
            // "No" opening a compound ("no-fly") is not a negation.
            .filter(|(sp, _)| !text[sp.end..].starts_with('-'))
            .map(|(sp, _)| mention(text, sp, Fact::Negation))
            .collect(),
        framing
            .into_iter()
            .map(|(sp, i)| {
                let neutral = lexicon::FRAMING[i].1.to_owned();
                mention(text, sp, Fact::Framing { neutral })
            })
            .collect(),
    ]
}

/// Hedge cues in `text[span]`.
pub fn hedges(text: &str, span: Span) -> Vec<Mention> {
    let [hedges, _, _] = cues(text, span);
    hedges
}

/// Negation cues in `text[span]`. "No" opening a compound ("no-fly") is not one.
pub fn negations(text: &str, span: Span) -> Vec<Mention> {
    let [_, negations, _] = cues(text, span);
    negations
}

/// Loaded labels in `text[span]`, each with its neutral counterpart.
pub fn framing(text: &str, span: Span) -> Vec<Mention> {
    let [_, _, framing] = cues(text, span);
    framing
}

// Word boundaries are ASCII (`(?-u:\b)`): the Unicode ones force the slowest regex
// engine, and every word these patterns look for is ASCII.
static TIME: LazyLock<Regex> = LazyLock::new(|| {
    let month = lexicon::MONTH_PATTERN;
    let weekday = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    Regex::new(&format!(
        r"(?x)
        (?P<date>(?-u:\b)(?P<month>{month})(?-u:\b)\.?
            (?:\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?-u:\b)(?:\s*(?:and|-|–|to)\s*(?P<day2>\d{{1,2}})(?-u:\b))?)?
            (?:,?\s+(?P<year>(?:1[89]|20)\d\d)(?-u:\b))?)
        | (?P<weekday>(?-u:\b)(?:{weekday})(?-u:\b)(?:\s+(?:morning|afternoon|evening|night))?)
        | (?P<clock>(?-u:\b)
            (?:\d{{1,2}}:\d{{2}}(?:\s*(?:[ap]\.m\.|[AP]\.M\.|(?:am|pm|AM|PM)(?-u:\b)))?
              | \d{{1,2}}\s*(?:[ap]\.m\.|[AP]\.M\.|(?:am|pm|AM|PM)(?-u:\b)))
            (?:\s*(?:GMT|UTC|ET|EST|EDT)(?-u:\b))?)
        | (?P<noon>(?-u:\b)(?i:noon|midday)(?-u:\b))
        | (?P<relative>(?-u:\b)(?i:
              (?:last|this|next|the\s+past|the\s+previous|the\s+coming)\s+(?:year|month|week|weekend|decade)
            | (?:in\s+)?recent\s+(?:days|weeks|months|years|decades)
            | earlier\s+(?:this|last)\s+(?:week|month|year)|earlier\s+in\s+the\s+day
            | recently|yesterday|today|tonight|overnight|midnight
            | (?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:days|weeks|months|years|decades)\s+ago
            | then-))
        | (?P<lone_year>(?-u:\b)(?:1[89]|20)\d\d(?-u:\b))"
    ))
    .expect("time pattern is valid")
});

fn month_number(m: &str) -> u32 {
    const NAMES: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let lower = m.to_ascii_lowercase();
    NAMES
        .iter()
        .position(|n| lower.starts_with(n))
        .map_or(0, |i| i as u32 + 1)
}

/// Dates and times in `text[span]`, normalised as far as the text allows. `year`
/// (from the dateline, if it gives one) completes dates written without a year.
pub fn times(text: &str, span: Span, year: Option<u32>) -> Vec<Mention> {
    let s = &text[span.range()];
    let mut out = Vec::new();
    for c in TIME.captures_iter(s) {
        let Some(whole) = c.get(0) else { continue };
        let value = if let Some(m) = c.name("month") {
            let month = month_number(m.as_str());
            // "May" and "March" are also words; trust them only with a day, a year or a
            // preposition of time before them.
            if matches!(m.as_str(), "May" | "March")
                && c.name("day").is_none()
                && c.name("year").is_none()
                && !preceded_by_time_preposition(&s[..whole.start()])
            {
                continue;
            }
            let y = c
                .name("year")
                .and_then(|y| y.as_str().parse::<u32>().ok())
                .or(year);
            let day = c.name("day").and_then(|d| d.as_str().parse::<u32>().ok());
            let day2 = c.name("day2").and_then(|d| d.as_str().parse::<u32>().ok());
            let mut v = match y {
                Some(y) => format!("{y:04}-{month:02}"),
                None => format!("--{month:02}"),
            };
            if let Some(d) = day.filter(|d| (1..=31).contains(d)) {
                v.push_str(&format!("-{d:02}"));
            }
            if let Some(d2) = day2.filter(|d| (1..=31).contains(d)) {
                v.push_str(&format!("/{d2:02}"));
            }
            v
        } else if let Some(m) = c.name("weekday") {
            m.as_str().to_lowercase()
        } else if let Some(m) = c.name("clock") {
            clock_value(m.as_str())
        } else if c.name("noon").is_some() {
            "12:00".to_owned()
        } else if let Some(m) = c.name("relative") {
            relative_value(m.as_str())
        } else if let Some(m) = c.name("lone_year") {
            // Not a year inside a larger number ("1,2009") or a count of things.
            let after = &s[m.end()..];
            if s[..m.start()].ends_with([',', '.', '$']) || after.starts_with([',', '%']) {
                continue;
            }
            m.as_str().to_owned()
        } else {
            continue;
        };
        let sp = Span::new(span.start + whole.start(), span.start + whole.end());
        out.push(mention(text, sp, Fact::Time { value }));
    }
    out
}

/// A clock time as `HH:MM`, 24-hour when the text says a.m. or p.m. ("9 a.m." and
/// "9:00 am" are the same time), followed by its time zone if given.
fn clock_value(s: &str) -> String {
    let digits_end = s
        .find(|c: char| !c.is_ascii_digit() && c != ':')
        .unwrap_or(s.len());
    let (hm, rest) = s.split_at(digits_end);
    let (h, m) = hm.split_once(':').unwrap_or((hm, "0"));
    let (Ok(mut h), Ok(m)) = (h.parse::<u32>(), m.parse::<u32>()) else {
        return s.to_owned();
    };
    let mut zone = String::new();
    for word in rest.split_whitespace() {
        match word.to_ascii_lowercase().as_str() {
            "a.m." | "am" if h == 12 => h = 0,
            "p.m." | "pm" if h < 12 => h += 12,
            "a.m." | "am" | "p.m." | "pm" => {}
            z => zone = format!(" {}", z.to_ascii_uppercase()),
        }
    }
    format!("{h:02}:{m:02}{zone}")
}

fn preceded_by_time_preposition(before: &str) -> bool {
    let last = before.split_whitespace().next_back().unwrap_or("");
    matches!(
        last.to_ascii_lowercase().as_str(),
        "in" | "since"
            | "until"
            | "of"
            | "last"
            | "next"
            | "early"
            | "late"
            | "mid"
            | "by"
            | "from"
            | "through"
    )
}

fn relative_value(s: &str) -> String {
    let lower = s.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    if lower == "then-" {
        return "then".to_owned();
    }
    if lower.contains("recent") {
        return "recent".to_owned();
    }
    words.join("-")
}

static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)
        (?P<money>[$€£])?
        (?:(?P<num>(?-u:\b)\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?-u:\b)\d+(?:\.\d+)?)(?:(?P<sfx>bn|tn|m|k)(?-u:\b)|(?-u:\b))
           |(?P<word>(?-u:\b)(?:a\s+dozen|dozens|hundreds|thousands|millions|billions
              |zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen
              |fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy
              |eighty|ninety|hundred|a\s+hundred|a\s+thousand)(?-u:\b)
              (?:[-\s](?:one|two|three|four|five|six|seven|eight|nine)(?-u:\b))?))
        (?:\s*(?P<scale>million|billion|trillion|thousand|hundred)(?-u:\b))?
        (?:\s*(?P<percent>%|percent(?-u:\b)|per\s+cent(?-u:\b)))?",
    )
    .expect("number pattern is valid")
});

static QUANTIFIERS: LazyLock<Phrases> =
    LazyLock::new(|| Phrases::new([lexicon::QUANTIFIERS.iter().copied()]));

fn word_value(w: &str) -> Option<f64> {
    const SMALL: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 8] = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    let lower = w.to_lowercase();
    let parts: Vec<&str> = lower.split(['-', ' ']).filter(|p| !p.is_empty()).collect();
    match parts.as_slice() {
        ["a", "dozen"] => Some(12.0),
        ["dozens"] => Some(24.0),
        ["hundreds"] | ["hundred"] | ["a", "hundred"] => Some(100.0),
        ["thousands"] | ["a", "thousand"] => Some(1000.0),
        ["millions"] => Some(1e6),
        ["billions"] => Some(1e9),
        [one] => SMALL
            .iter()
            .position(|s| s == one)
            .map(|i| i as f64)
            .or_else(|| {
                TENS.iter()
                    .position(|t| t == one)
                    .map(|i| (i as f64 + 2.0) * 10.0)
            }),
        [tens, unit] => {
            let t = TENS.iter().position(|t| t == tens)? as f64;
            let u = SMALL[1..10].iter().position(|s| s == unit)? as f64 + 1.0;
            Some((t + 2.0) * 10.0 + u)
        }
        _ => None,
    }
}

fn format_value(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        let s = format!("{v:.3}");
        s.trim_end_matches('0').trim_end_matches('.').to_owned()
    }
}

/// Numbers in `text[span]` with their quantifier and unit; spans already taken by
/// `times` (years, days of the month) are left out.
pub fn numbers(text: &str, span: Span, taken: &[Span]) -> Vec<Mention> {
    let s = &text[span.range()];
    // Quantifiers are looked for once a number is found: most segments have none.
    let mut quals: Option<Vec<(Span, usize)>> = None;
    let mut out = Vec::new();
    for c in NUMBER.captures_iter(s) {
        let (Some(whole), Some(num)) = (c.get(0), c.name("num").or_else(|| c.name("word"))) else {
            continue;
        };
        let sp = Span::new(span.start + whole.start(), span.start + whole.end());
        if taken.iter().any(|t| t.start < sp.end && sp.start < t.end) {
            continue;
        }
        let raw = num.as_str();
        let Some(mut value) = raw
            .replace(',', "")
            .parse::<f64>()
            .ok()
            .or_else(|| word_value(raw))
        else {
            continue;
        };
        // "one" alone is mostly a pronoun ("no one", "one of them"): keep it only with a
        // quantifier ("at least one").
        // The quantifier, if any, is the last one ending before the number.
        let quals = quals.get_or_insert_with(|| QUANTIFIERS.find(text, span).swap_remove(0));
        let before = quals.partition_point(|(q, _)| q.end <= sp.start);
        let qualifier = before
            .checked_sub(1)
            .map(|k| &quals[k])
            .filter(|(q, _)| text[q.end..sp.start].trim().is_empty())
            .map(|(q, i)| (q.start, lexicon::QUANTIFIERS[*i].to_owned()));
        if raw.eq_ignore_ascii_case("one") && qualifier.is_none() {
            continue;
        }
        // A number glued to a word by a hyphen ("C-130", "F-15") is part of a name.
        let before = &s[..whole.start()];
        if let Some(b) = before.strip_suffix('-') {
            if b.chars().next_back().is_some_and(char::is_alphabetic) {
                continue;
            }
        }
        match c
            .name("sfx")
            .or_else(|| c.name("scale"))
            .map(|m| m.as_str().to_lowercase())
        {
            Some(ref m) if m == "thousand" => value *= 1e3,
            Some(ref m) if m == "hundred" => value *= 1e2,
            Some(ref m) if m == "million" || m == "m" => value *= 1e6,
            Some(ref m) if m == "billion" || m == "bn" => value *= 1e9,
            Some(ref m) if m == "trillion" || m == "tn" => value *= 1e12,
            Some(ref m) if m == "k" => value *= 1e3,
            _ => {}
        }
        let unit = if c.name("percent").is_some() {
            Some("percent".to_owned())
        } else if let Some(m) = c.name("money") {
            Some(
                match m.as_str() {
                    "€" => "euros",
                    "£" => "pounds",
                    _ => "dollars",
                }
                .to_owned(),
            )
        } else {
            unit_after(&s[whole.end()..])
        };
        let (start, qualifier) = match qualifier {
            Some((qs, q)) => (qs, Some(q)),
            None => (sp.start, None),
        };
        let sp = Span::new(start, sp.end);
        out.push(mention(
            text,
            sp,
            Fact::Number {
                value: format_value(value),
                qualifier,
                unit,
            },
        ));
    }
    out
}

/// The word after a number, as its unit, when it is a plain lower-case word ("four
/// wars", "62 wounded", "a 650-page plan"); skips "of" after "dozens", and an
/// adjective before its noun ("4,051 pledged delegates", "two new cases"). Another
/// number is no unit ("71 to 28 three hours earlier"), nor is a verb ("31 said").
pub(crate) fn unit_after(after: &str) -> Option<String> {
    // "650-page": the unit is glued on with a hyphen.
    let after = after.strip_prefix('-').unwrap_or(after);
    let mut words = after.split_whitespace();
    let mut w = words.next()?;
    if w == "of" {
        w = words.next()?;
    }
    let trim = |w: &str| {
        w.trim_end_matches(|c: char| !c.is_alphanumeric())
            .to_owned()
    };
    let mut w = trim(w);
    let plain = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_lowercase() || c == '-');
    // A capitalised plural counts people too ("100 Marines", "62 Iraqis"), unless a
    // name goes on ("3 Doors Down").
    let mut chars = w.chars();
    let people = w.len() > 2
        && w.ends_with('s')
        && chars.next().is_some_and(char::is_uppercase)
        && chars.all(char::is_lowercase)
        && !words
            .clone()
            .next()
            .is_some_and(|n| n.starts_with(|c: char| c.is_uppercase()));
    if people {
        return Some(w.to_lowercase());
    }
    let unit = |w: &str| {
        plain(w)
            && !lexicon::is_function_word(w)
            && word_value(w).is_none()
            && !MODIFIERS.contains(&w)
            && !lexicon::contains(lexicon::SPEECH_VERBS, w)
            && !lexicon::contains(lexicon::IRREGULAR_PAST, w)
    };
    // "62 wounded in the attack": the modifier is the noun when no noun follows.
    if plain(&w) && modifies(&w) {
        if let Some(next) = words.next().map(trim).filter(|n| unit(n)) {
            w = next;
        }
    }
    unit(&w).then_some(w)
}

/// Words that modify the noun after a number and are never its unit themselves.
const MODIFIERS: &[&str] = &[
    "additional",
    "different",
    "extra",
    "fewer",
    "former",
    "likely",
    "major",
    "more",
    "new",
    "old",
    "other",
    "plus",
    "remaining",
    "top",
    "young",
];

/// Whether a word between a number and its noun modifies the noun: "pledged",
/// "separate", "new", "more".
fn modifies(w: &str) -> bool {
    const SUFFIXES: &[&str] = &["ed", "al", "ive", "ous", "ate", "ent", "ant", "ic", "ing"];
    MODIFIERS.contains(&w) || (w.len() > 4 && SUFFIXES.iter().any(|x| w.ends_with(x)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(text: &str) -> Span {
        Span::new(0, text.len())
    }

    fn values(ms: &[Mention]) -> Vec<String> {
        ms.iter()
            .map(|m| match &m.fact {
                Fact::Time { value } => value.clone(),
                Fact::Number {
                    value,
                    qualifier,
                    unit,
                } => format!(
                    "{}{value}{}",
                    qualifier
                        .as_ref()
                        .map(|q| format!("{q} "))
                        .unwrap_or_default(),
                    unit.as_ref().map(|u| format!(" {u}")).unwrap_or_default()
                ),
                _ => m.text.clone(),
            })
            .collect()
    }

    #[test]
    fn each_table_matches_as_its_own_leftmost_longest_search() {
        let tables: [Vec<&str>; 3] = [
            lexicon::HEDGES.to_vec(),
            lexicon::NEGATIONS.to_vec(),
            lexicon::FRAMING.iter().map(|(label, _)| *label).collect(),
        ];
        let own: Vec<Phrases> = tables.iter().map(|t| Phrases::new([t.clone()])).collect();
        let searches: Vec<(AhoCorasick, Vec<usize>)> = tables
            .iter()
            .map(|t| {
                let mut patterns = Vec::new();
                let mut entry = Vec::new();
                for (i, p) in t.iter().enumerate() {
                    patterns.push(p.to_string());
                    entry.push(i);
                    if p.contains('\'') {
                        patterns.push(p.replace('\'', "’"));
                        entry.push(i);
                    }
                }
                let ac = AhoCorasickBuilder::new()
                    .ascii_case_insensitive(true)
                    .match_kind(MatchKind::LeftmostLongest)
                    .build(&patterns)
                    .unwrap();
                (ac, entry)
            })
            .collect();
        let mut texts: Vec<String> = [
            include_str!("../../fixtures/seed-pair/000_01a3d75aadc09157.txt"),
            include_str!("../../fixtures/seed-pair/001_ef8e934296301487.txt"),
            include_str!("../../fixtures/harbour-fire/wire.txt"),
        ]
        .iter()
        .flat_map(|t| t.lines().map(str::to_owned))
        .collect();
        // Overlapping and glued phrases, as well as plain ones.
        texts.push(
            "It could not immediately be confirmed; unconfirmed reports cannot say. \
             She didn't deny it, and they don’t know. Allegedly notallegedly."
                .to_owned(),
        );
        for t in &texts {
            for (k, (ac, entry)) in searches.iter().enumerate() {
                let expected: Vec<(Span, usize)> = ac
                    .find_iter(t.as_str())
                    .filter(|m| on_word_bounds(t, m.start(), m.end()))
                    .map(|m| (Span::new(m.start(), m.end()), entry[m.pattern().as_usize()]))
                    .collect();
                assert_eq!(CUES.find(t, all(t))[k], expected, "{t:?}");
                assert_eq!(own[k].find(t, all(t))[0], expected, "{t:?}");
            }
        }
    }

    #[test]
    fn hedges_are_found_on_word_bounds() {
        let t =
            "The envoy reportedly met what was claimed to be rebels; it is likely, not unlikely.";
        assert_eq!(
            values(&hedges(t, all(t))),
            ["reportedly", "what was claimed to be", "likely", "unlikely"]
        );
        let t = "Reports unlikelyhood."; // glued: no match
        assert!(hedges(t, all(t)).is_empty());
        let t = "It may rain in May.";
        assert_eq!(values(&hedges(t, all(t))), ["may"]);
        // Wire copy's marks of an incomplete picture.
        let t = "No one was immediately reported hurt; the cause was not immediately clear.";
        assert_eq!(
            values(&hedges(t, all(t))),
            ["immediately reported", "not immediately"]
        );
    }

    #[test]
    fn negations_include_denials_and_refusals() {
        let t = "The ministry did not confirm it, denied the report and declined to comment.";
        assert_eq!(
            values(&negations(t, all(t))),
            ["did not", "denied", "declined to"]
        );
        let t = "A no-fly zone was set.";
        assert!(negations(t, all(t)).is_empty());
    }

    #[test]
    fn framing_gives_the_neutral_word() {
        let t = "Talks with the occupying regime and the resistance movement stalled.";
        let f = framing(t, all(t));
        let got: Vec<(&str, &str)> = f
            .iter()
            .map(|m| match &m.fact {
                Fact::Framing { neutral } => (m.text.as_str(), neutral.as_str()),
                _ => unreachable!(),
            })
            .collect();
        assert_eq!(
            got,
            [
                ("occupying regime", "Israel"),
                ("resistance movement", "militant group")
            ]
        );
    }

    #[test]
    fn dates_are_normalised() {
        let t = "In November 2020 and again between July 13 and 16, on Saturday, after Jan. 5, 2019 and in 2009; in recent months.";
        assert_eq!(
            values(&times(t, all(t), None)),
            [
                "2020-11",
                "--07-13/16",
                "saturday",
                "2019-01-05",
                "2009",
                "recent"
            ]
        );
        assert_eq!(
            values(&times(
                "It began in March.",
                all("It began in March."),
                Some(2022)
            )),
            ["2022-03"]
        );
        let t = "They may go. March on.";
        assert!(times(t, all(t), None).is_empty());
    }

    #[test]
    fn clock_times_are_normalised_and_not_counts() {
        let t = "Before 9 a.m., at 9:00 am, at 2:30 p.m. GMT, at 12 am, at noon; 10 amendments.";
        assert_eq!(
            values(&times(t, all(t), None)),
            ["09:00", "09:00", "14:30 GMT", "00:00", "12:00"]
        );
        let taken: Vec<Span> = times(t, all(t), None).iter().map(|m| m.span).collect();
        assert_eq!(values(&numbers(t, all(t), &taken)), ["10 amendments"]);
        // Upper case, as wires and transcripts write it.
        let t = "At 9 AM, by 11:30 P.M. EST, before 7PM; 10 AMENDMENTS.";
        assert_eq!(
            values(&times(t, all(t), None)),
            ["09:00", "23:30 EST", "19:00"]
        );
    }

    #[test]
    fn numbers_keep_quantifiers_and_units() {
        let t = "At least one site, four wars, more than 60 people, $300 billion and 12.5% of 1,200 votes; $300bn, 240-186.";
        let ts = times(t, all(t), None);
        let taken: Vec<Span> = ts.iter().map(|m| m.span).collect();
        assert_eq!(
            values(&numbers(t, all(t), &taken)),
            [
                "at least 1 site",
                "4 wars",
                "more than 60 people",
                "300000000000 dollars",
                "12.5 percent",
                "1200 votes",
                "300000000000 dollars",
                "240",
                "186"
            ]
        );
        let t = "No one saw the C-130 or the Arab-Israeli deal; one of them left.";
        assert!(numbers(t, all(t), &[]).is_empty());
    }

    #[test]
    fn units_skip_modifiers_and_are_never_verbs() {
        let t = "4,051 pledged delegates, two new cases, 62 wounded in it, 31 said no, 2 more came, 5 Élans.";
        assert_eq!(
            values(&numbers(t, all(t), &[])),
            [
                "4051 delegates",
                "2 cases",
                "62 wounded",
                "31",
                "2",
                "5 élans"
            ]
        );
    }

    #[test]
    fn units_are_words_not_numbers_and_may_be_hyphenated_or_capitalised() {
        let t =
            "A 650-page plan passed 71 to 28 three hours later; 100 Marines and 3 Doors Down came.";
        assert_eq!(
            values(&numbers(t, all(t), &[])),
            ["650 page", "71", "28", "3 hours", "100 marines", "3"]
        );
    }
}
