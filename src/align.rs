//! Stage 3: claims of several sources → groups of claims that say the same thing.
//!
//! Similarity is lexical and deterministic: IDF-weighted stemmed content words (IDF
//! from a general English frequency table, so a score does not depend on which
//! articles are compared), canonical entities, numbers and dates, with fuzzy
//! matching for spelling variants. Negations, quantifiers and number words are kept.
//! Grouping is non-monotonic and allows 1:n and n:m: edges above the threshold are
//! merged strongest first, as long as every cross-source pair in the merged group
//! stays above the linking threshold (complete linkage).

use crate::extract::entities::{KeyWords, jaro_winkler_bound, same_entity_key, spelling_key};
use crate::extract::tokens::{Token, tokenize};
use crate::lexicon;
use crate::model::{Claim, Fact, Span};
use rustc_hash::FxHashMap;
use std::borrow::Cow;

/// IDF-like weight of a lower-case word from its general English frequency: rare
/// words weigh more; unknown words get the rare-word weight.
pub fn word_weight(word: &str) -> f64 {
    weight_of(lexicon::zipf(word))
}

/// [`word_weight`] of a word of Zipf frequency `zipf` (`None`: not in the table).
fn weight_of(zipf: Option<f32>) -> f64 {
    const RARE: f64 = 5.5;
    match zipf {
        Some(z) => (7.0 - f64::from(z)).clamp(0.3, RARE),
        None => RARE,
    }
}

/// A claim as the matcher sees it: weighted terms, sorted by term.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Features {
    /// (term, weight); terms are `e:<entity>`, `n:<number>`, `t:<time>` or word stems.
    pub terms: Vec<(String, f64)>,
    /// The text each term first came from, parallel to `terms` (for showing evidence).
    pub surface: Vec<String>,
    total: f64,
}

impl Features {
    /// Features of a claim's text and typed mentions (`text` is the source text).
    pub fn of_claim(text: &str, claim: &Claim) -> Self {
        Self::build(&claim.mentions, &tokenize(text, claim.span))
    }

    /// [`Features::of_claim`] with the claim's tokens, as analysis made them.
    pub(crate) fn of_claim_tokens(claim: &Claim, toks: &[Token<'_>]) -> Self {
        Self::build(&claim.mentions, toks)
    }

    /// Features of a bare sentence (no analysis beyond entities, numbers and times).
    pub fn of_text(sentence: &str) -> Self {
        let span = Span::new(0, sentence.len());
        let toks = tokenize(sentence, span);
        let title_case = crate::extract::entities::is_title_case(sentence);
        let mut mentions = crate::extract::entities::entities(sentence, &toks, 0, title_case);
        mentions.extend(crate::extract::facts::hedges(sentence, span));
        let times = crate::extract::facts::times(sentence, span, None);
        let taken: Vec<Span> = times.iter().map(|m| m.span).collect();
        mentions.extend(crate::extract::facts::numbers(sentence, span, &taken));
        mentions.extend(times);
        Self::build(&mentions, &toks)
    }

    fn build(mentions: &[crate::model::Mention], toks: &[Token<'_>]) -> Self {
        // (term, weight, surface), repeats merged at the end: a search per term would
        // be quadratic in a hostile claim of thousands of distinct words.
        // (About a term per mention and per token: sized once, not grown.)
        let mut terms: Vec<(String, f64, String)> = Vec::with_capacity(mentions.len() + toks.len());
        fn add(terms: &mut Vec<(String, f64, String)>, t: Cow<'_, str>, w: f64, surface: &str) {
            terms.push((t.into_owned(), 0.0_f64.max(w), surface.to_owned()));
        }
        let mut covered: Vec<Span> = Vec::new();
        for m in mentions {
            let (term, w) = match &m.fact {
                Fact::Entity { canonical, .. } => {
                    let key = spelling_key(canonical);
                    let w = key
                        .split(' ')
                        .map(word_weight)
                        .fold(0.0_f64, f64::max)
                        .clamp(2.5, 5.5);
                    (["e:", &key].concat(), w)
                }
                Fact::Number { value, .. } => (["n:", value].concat(), 3.0),
                Fact::Time { value } => (["t:", value].concat(), 2.0),
                Fact::Hedge => {
                    // Hedging adverbs ("reportedly") are compared as divergences, not
                    // matched as content ("reported"); hedging verbs stay content.
                    if m.text.ends_with("ly") {
                        covered.push(m.span);
                    }
                    continue;
                }
                Fact::Framing { neutral } => {
                    // A loaded label matches its neutral counterpart ("occupying regime" ~ "Israel").
                    covered.push(m.span);
                    for w in neutral.split_whitespace() {
                        match crate::extract::entities::canonical_form(w) {
                            Some(c) => add(
                                &mut terms,
                                ["e:", &spelling_key(c)].concat().into(),
                                2.5,
                                &m.text,
                            ),
                            None => {
                                let lower = w.to_lowercase();
                                let (stem, zipf) = lexicon::stem_and_zipf(&lower);
                                add(&mut terms, stem, weight_of(zipf), &m.text);
                            }
                        }
                    }
                    continue;
                }
                _ => continue,
            };
            covered.push(m.span);
            let surface = match &m.fact {
                Fact::Entity { canonical, .. } => canonical.as_str(),
                _ => m.text.as_str(),
            };
            add(&mut terms, term.into(), w, surface);
        }
        // Sorted so that each token's cover is found by binary search (linear overall).
        covered.sort_unstable();
        // reach[i]: the furthest end among covered[..=i]; a token is covered when some
        // span starting at or before it reaches past its end.
        let reach: Vec<usize> = covered
            .iter()
            .scan(0, |r, c| {
                *r = c.end.max(*r);
                Some(*r)
            })
            .collect();
        let is_covered = |t: Span| {
            let i = covered.partition_point(|c| c.start <= t.start);
            i > 0 && reach[i - 1] >= t.end
        };
        for t in toks {
            if !t.is_word() || is_covered(t.span) {
                continue;
            }
            // A possessive or a closing period is no part of the name or number it
            // follows ("Iraq's", "to 1,734.25."): such a word is covered by its mention,
            // not counted a second time as an unknown (heaviest) word.
            let bare = strip_all(strip_all(strip_all(t.text, "."), "'s"), "’s");
            if !bare.is_empty()
                && bare.len() < t.text.len()
                && is_covered(Span::new(t.span.start, t.span.start + bare.len()))
            {
                continue;
            }
            let lower = crate::extract::tokens::lowercase(t.text);
            let lower = strip_all(strip_all(&lower, "'s"), "’s");
            if lexicon::is_function_word(lower) {
                continue;
            }
            // Hyphenated words count by their parts ("de-facto", "Arab-Israeli"), so that
            // "high-ranking" matches "high ranking". The whole compound is not a term of
            // its own: the frequency table splits at hyphens and never has it, so it
            // would weigh as a rare word and count the same words twice.
            let hyphenated = lower.contains('-');
            let parts = lower
                .split('-')
                .filter(|p| hyphenated && p.len() > 1 && !lexicon::is_function_word(p));
            let whole = (!hyphenated).then_some(lower);
            for part in whole.into_iter().chain(parts) {
                // Words news uses interchangeably ("talks", "summit", "meeting") share a term.
                let (stem, zipf) = lexicon::stem_and_zipf(part);
                let stem = match lexicon::synonym_key(part) {
                    Some(key) => ["s:", key].concat().into(),
                    None => stem,
                };
                add(&mut terms, stem, weight_of(zipf), part);
            }
        }
        // A stable sort keeps a repeated term's first surface, as written first.
        terms.sort_by(|x, y| x.0.cmp(&y.0));
        terms.dedup_by(|later, kept| {
            let same = later.0 == kept.0;
            if same {
                kept.1 = kept.1.max(later.1);
            }
            same
        });
        let mut surface = Vec::with_capacity(terms.len());
        let terms: Vec<(String, f64)> = terms
            .into_iter()
            .map(|(t, w, s)| {
                surface.push(s);
                (t, w)
            })
            .collect();
        let total = terms.iter().map(|(_, w)| w).sum();
        Features {
            terms,
            surface,
            total,
        }
    }

    /// Total weight.
    pub fn weight(&self) -> f64 {
        self.total
    }
}

/// `s.trim_end_matches(suffix)`, without building a substring searcher for each call.
fn strip_all<'a>(mut s: &'a str, suffix: &str) -> &'a str {
    while let Some(rest) = s.strip_suffix(suffix) {
        s = rest;
    }
    s
}

/// Shared weight of two feature sets: exact term matches, then fuzzy matches of
/// long word stems and entity names (spelling variants), each term used once.
struct Overlap<'a> {
    /// Weight of all matched terms.
    matched: f64,
    /// Weight of matched terms that are not entities: words, numbers, times.
    content: f64,
    /// The matched terms of `a` (collected only when asked for).
    shared: Vec<&'a str>,
}

fn overlap<'a>(a: &'a Features, b: &'a Features, collect: bool) -> Overlap<'a> {
    let mut used_a = vec![false; a.terms.len()];
    let mut used_b = vec![false; b.terms.len()];
    let mut unmatched_a: Vec<usize> = Vec::new();
    let mut o = Overlap {
        matched: 0.0,
        content: 0.0,
        shared: Vec::new(),
    };
    let take = |o: &mut Overlap<'a>, t: &'a str, m: f64| {
        o.matched += m;
        if !t.starts_with("e:") {
            o.content += m;
        }
        if collect {
            o.shared.push(t);
        }
    };
    // Exact matches: both term lists are sorted, so a merge finds them in one pass.
    let (mut i, mut j) = (0, 0);
    while i < a.terms.len() {
        let (t, w) = &a.terms[i];
        while j < b.terms.len() && b.terms[j].0 < *t {
            j += 1;
        }
        if j < b.terms.len() && b.terms[j].0 == *t {
            used_a[i] = true;
            used_b[j] = true;
            take(&mut o, t, w.min(b.terms[j].1));
        } else {
            unmatched_a.push(i);
        }
        i += 1;
    }
    // Fuzzy matches, for what is left: entity names by `same_entity`, long word stems
    // by Jaro-Winkler or a shared root. Stems that do not share their first two
    // letters are never close enough, so they are skipped without scoring.
    for i in unmatched_a {
        let (t, w) = &a.terms[i];
        let entity = t.starts_with("e:");
        if t.len() < 5 || (!entity && t.contains(':')) {
            continue;
        }
        let mut best: Option<(f64, usize)> = None;
        for (j, (x, _)) in b.terms.iter().enumerate() {
            if used_b[j] || x.len() < 5 || x.starts_with("e:") != entity {
                continue;
            }
            let score = if entity {
                match (t.strip_prefix("e:"), x.strip_prefix("e:")) {
                    (Some(ea), Some(eb)) if same_entity_key(ea, eb) => strsim::jaro_winkler(t, x),
                    _ => continue,
                }
            } else {
                if x.contains(':') || x.as_bytes()[..2] != t.as_bytes()[..2] {
                    continue;
                }
                let jw = strsim::jaro_winkler(t, x);
                if jw < 0.93 && !same_root(t, x) {
                    continue;
                }
                jw
            };
            if best.is_none_or(|(s, _)| score > s) {
                best = Some((score, j));
            }
        }
        if let Some((_, j)) = best {
            used_a[i] = true;
            used_b[j] = true;
            take(&mut o, t, w.min(b.terms[j].1));
        }
    }
    // Then names one side's recogniser took and the other's did not, as names.
    // (Matched as names: they are not the shared content `MIN_SHARED_CONTENT` asks for.)
    let mut names: Vec<(usize, usize)> = Vec::new();
    // The plain word a one-word name is (terms are sorted and unique: one candidate).
    let word_of = |entity: &str, terms: &[(String, f64)]| {
        let key = entity.strip_prefix("e:").filter(|k| !k.contains(' '))?;
        let stem = lexicon::stem(key);
        let j = terms
            .binary_search_by(|(t, _)| t.as_str().cmp(&stem))
            .ok()?;
        names_word(entity, &terms[j].0).then_some(j)
    };
    for (i, (t, _)) in a.terms.iter().enumerate() {
        if used_a[i] {
            continue;
        }
        if let Some(j) = word_of(t, &b.terms).filter(|&j| !used_b[j]) {
            (used_a[i], used_b[j]) = (true, true);
            names.push((i, j));
        }
    }
    for (j, (t, _)) in b.terms.iter().enumerate() {
        if used_b[j] {
            continue;
        }
        if let Some(i) = word_of(t, &a.terms).filter(|&i| !used_a[i]) {
            (used_a[i], used_b[j]) = (true, true);
            names.push((i, j));
        }
    }
    for (i, j) in names {
        o.matched += a.terms[i].1.min(b.terms[j].1);
        if collect {
            o.shared.push(a.terms[i].0.as_str());
        }
    }
    o
}

/// Whether `word` (a plain word stem) is the one-word name `entity` (an `e:` term):
/// a name one sentence's recogniser took as an entity (a sentence-initial
/// "Bristol", "Kim") and the other's left a word. Only one-word names: a word of a
/// longer name ("north" of "North Korea", "news" of "Fox News") is often just a word.
fn names_word(entity: &str, word: &str) -> bool {
    !word.contains(':')
        && entity
            .strip_prefix("e:")
            .is_some_and(|key| !key.contains(' ') && lexicon::stem(key) == word)
}

/// Whether two stems share a root: a common prefix of at least five letters covering
/// most of the shorter ("permiss" / "permit", "normal" / "normalis").
fn same_root(a: &str, b: &str) -> bool {
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    // Most pairs fail here, without counting the chars.
    if common < 5 {
        return false;
    }
    let shorter = a.chars().count().min(b.chars().count());
    common * 4 >= shorter * 3
}

/// 1.0 when the two sides' numbers agree or one side has none; less the more of them
/// are unmatched on the other side.
fn number_agreement(a: &Features, b: &Features) -> f64 {
    let (na, nb) = (numbers(a), numbers(b));
    if na.is_empty() || nb.is_empty() {
        return 1.0;
    }
    let missing = |x: &[(String, f64)], y: &[(String, f64)]| {
        x.iter()
            .filter(|(t, _)| y.binary_search_by(|(u, _)| u.cmp(t)).is_err())
            .count()
    };
    let unmatched = missing(na, nb) + missing(nb, na);
    // 0.3: tuned on MSRP train (F1 0.813 -> 0.815, STS-B dev Spearman 0.782 -> 0.787).
    1.0 - 0.3 * unmatched as f64 / (na.len() + nb.len()) as f64
}

/// The number terms of a claim ("n:..."), contiguous in its sorted term list.
fn numbers(f: &Features) -> &[(String, f64)] {
    let start = f.terms.partition_point(|(t, _)| t.as_str() < "n:");
    let end = f.terms.partition_point(|(t, _)| t.as_str() < "n;");
    &f.terms[start..end]
}

/// The least score of two claims that give the same specific figure: at least 50 and
/// not a year ("240 votes to 186" / "voted 240-186", "$300bn" / "$300 billion").
/// Outlets that give one such figure nearly always report the same fact, though a
/// long sentence around it can leave little else in common (dev references: budget
/// align F1 0.397 -> 0.519, the others unchanged).
pub const SHARED_FIGURE_SCORE: f64 = 0.35;

/// Whether two claims give the same specific figure (see [`SHARED_FIGURE_SCORE`]).
fn share_figure(a: &Features, b: &Features) -> bool {
    let nb = numbers(b);
    numbers(a).iter().any(|(t, _)| {
        let specific = t[2..]
            .parse::<f64>()
            .is_ok_and(|v| v >= 50.0 && !(v.fract() == 0.0 && (1900.0..=2100.0).contains(&v)));
        specific && nb.binary_search_by(|(u, _)| u.cmp(t)).is_ok()
    })
}

/// What the matched weight of two claims is divided by: the arithmetic mean of their
/// weights. A short claim inside a long sentence still scores, but the unmatched part
/// of the longer one counts more than under a geometric mean (a cosine): a sentence
/// that adds a clause of its own says more than the other, and is less often the same
/// claim (MSRP train F1 0.8165 -> 0.8173, AUC 0.749 -> 0.750; dev references align F1
/// up on two of five, none down).
fn mean_weight(a: f64, b: f64) -> f64 {
    (a + b) / 2.0
}

/// Matched weight of words, numbers and dates below which claims count as sharing only names.
const MIN_SHARED_CONTENT: f64 = 1.5;

/// Similarity of two claims in [0, 1]: matched weight over the mean of the two
/// claims' weights, halved when they share nothing but names, and at least
/// [`SHARED_FIGURE_SCORE`] when they give the same specific figure.
///
/// ```
/// use claimdiff::align::{similarity, Features};
/// let a = Features::of_text("Israeli officials secretly traveled to Qatar.");
/// let b = Features::of_text("Officials from Israel made a secret trip to Qatar.");
/// let c = Features::of_text("The budget bill passed the Senate.");
/// assert!(similarity(&a, &b) > similarity(&a, &c));
/// assert_eq!(similarity(&a, &a), 1.0);
/// ```
pub fn similarity(a: &Features, b: &Features) -> f64 {
    if a.total <= 0.0 || b.total <= 0.0 {
        return 0.0;
    }
    let o = overlap(a, b, false);
    let share = o.matched / mean_weight(a.total, b.total);
    // Claims that share only names (every claim of a story names its countries) are
    // not the same claim: without a shared word, number or date the score is halved.
    let names_only = if o.content < MIN_SHARED_CONTENT {
        0.5
    } else {
        1.0
    };
    // Different figures for what may be the same fact ("rose 2 percent" / "fell 16
    // percent") make it less likely to be the same claim.
    let numbers = number_agreement(a, b);
    let score = (share * names_only * numbers).clamp(0.0, 1.0);
    if score < SHARED_FIGURE_SCORE && share_figure(a, b) {
        SHARED_FIGURE_SCORE
    } else {
        score
    }
}

/// The shared terms of two feature sets, heaviest first, as `(term, surface form in a)`.
pub fn shared_terms(a: &Features, b: &Features) -> Vec<(String, String)> {
    let shared = overlap(a, b, true).shared;
    let mut out: Vec<(&str, &str, f64)> = shared
        .into_iter()
        .filter_map(|t| {
            let i = a.terms.binary_search_by(|(x, _)| x.as_str().cmp(t)).ok()?;
            Some((t, a.surface[i].as_str(), a.terms[i].1))
        })
        .collect();
    out.sort_by(|x, y| y.2.total_cmp(&x.2).then(x.0.cmp(y.0)));
    out.into_iter()
        .map(|(t, s, _)| (t.to_owned(), s.to_owned()))
        .collect()
}

/// Mutual best matches are aligned down to this share of the threshold.
const MUTUAL_FACTOR: f64 = 0.5;

/// A claim also joins an aligned partner below the threshold when it scores at least
/// this share of the partner's own best (chosen on the seed pair: 0.85 and 0.9 tie
/// there, 0.95 adds nothing).
const NEAR_TIE: f64 = 0.9;

/// A group of claims (indices into the claim list) and its weakest cross-source score.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// Claim indices, ascending.
    pub claims: Vec<usize>,
    /// The lowest similarity between two claims of different sources in the group.
    pub score: f64,
}

/// A claim as a [`Similarity`] sees it: the claim and its source's full text.
#[derive(Debug, Clone, Copy)]
pub struct ClaimText<'a> {
    /// The claim, with its span, text and extracted facts.
    pub claim: &'a Claim,
    /// The text of the claim's source (so `&source_text[claim.span.range()]` is the claim).
    pub source_text: &'a str,
}

/// A claim-similarity scorer, for plugging another model (an embedding model, say)
/// into the aligner through [`Config::similarity`](crate::Config::similarity).
///
/// `scores` is called once per comparison with every claim and the pairs to score,
/// so an implementation can prepare each claim once (embed it, index it).
///
/// ```
/// use claimdiff::align::{ClaimText, Similarity};
/// use claimdiff::{compare, Config, Source};
///
/// /// Scores claims by whether they share their first word (a toy).
/// #[derive(Debug)]
/// struct FirstWord;
/// impl Similarity for FirstWord {
///     fn scores(&self, claims: &[ClaimText<'_>], pairs: &[(usize, usize)]) -> Vec<f64> {
///         let first = |c: &ClaimText<'_>| c.claim.text.split(' ').next().map(str::to_lowercase);
///         pairs.iter().map(|&(i, j)| f64::from(u8::from(first(&claims[i]) == first(&claims[j])))).collect()
///     }
/// }
///
/// let config = Config::new().similarity(FirstWord);
/// let r = compare(&[Source::new("a", "Rain fell."), Source::new("b", "Rain was heavy.")], &config)?;
/// assert_eq!(r.alignments[0].claims, ["a:1", "b:1"]);
/// # Ok::<(), claimdiff::Error>(())
/// ```
pub trait Similarity: Send + Sync + std::fmt::Debug {
    /// Similarity in [0, 1] for each pair of indices into `claims`, in order.
    fn scores(&self, claims: &[ClaimText<'_>], pairs: &[(usize, usize)]) -> Vec<f64>;
}

/// The default scorer: [`similarity`] over lexical [`Features`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Lexical;

impl Similarity for Lexical {
    fn scores(&self, claims: &[ClaimText<'_>], pairs: &[(usize, usize)]) -> Vec<f64> {
        let features: Vec<Features> = claims
            .iter()
            .map(|c| Features::of_claim(c.source_text, c.claim))
            .collect();
        let interned = Interned::new(&features, None);
        let mut scratch = Scratch::default();
        pairs
            .iter()
            .map(|&(i, j)| interned.similarity(&features, i, j, &mut scratch))
            .collect()
    }
}

/// Similarity of every pair of claims from different sources that share anything:
/// `(i, j, score)` with `i < j`, in order.
///
/// Scores are those of [`similarity`]; the terms of all claims are interned first, so
/// that spelling variants are matched once per pair of distinct terms rather than once
/// per pair of claims.
pub fn pair_scores(features: &[Features], source_of: &[usize]) -> Vec<(usize, usize, f64)> {
    let interned = Interned::new(features, Some(source_of));
    let n = features.len();
    let mut out = Vec::new();
    let mut scratch = Scratch::default();
    for i in 0..n {
        for j in i + 1..n {
            if source_of[i] != source_of[j] {
                let s = interned.similarity(features, i, j, &mut scratch);
                if s > 0.0 {
                    out.push((i, j, s));
                }
            }
        }
    }
    out
}

/// Buffers [`Interned::similarity`] reuses from one pair of claims to the next.
#[derive(Debug, Default)]
struct Scratch {
    /// Per term of the second claim, whether it is matched already.
    used: Vec<bool>,
    /// Per term of the first claim, whether it is matched already.
    used_a: Vec<bool>,
    /// Per term id, one more than its position in the claim `positions_of`, or 0.
    positions: Vec<u32>,
    /// The claim whose terms `positions` holds (the first claim of the last pair:
    /// pairs come in runs with the same first claim).
    positions_of: Option<usize>,
}

/// The terms of a set of claims as integers in the order of the term strings, with
/// each term's fuzzy partners (spelling variants, shared roots) found once.
struct Interned {
    /// Per claim, the ids of its terms (ascending, parallel to `Features::terms`).
    ids: Vec<Vec<u32>>,
    /// Per term id, its fuzzy partners `(id, score)`, ascending by id.
    fuzzy: Vec<Vec<(u32, f64)>>,
    /// Per term id, whether it is an entity.
    entity: Vec<bool>,
    /// Per claim, whether it has a number term.
    numbered: Vec<bool>,
    /// Per entity term id, the word term it names ([`names_word`]), if any.
    names: Vec<Option<u32>>,
    /// Per claim, the positions of its terms that have fuzzy partners, ascending.
    with_fuzzy: Vec<Vec<usize>>,
    /// Per claim, the positions of its terms that name a word term, ascending.
    with_names: Vec<Vec<usize>>,
}

impl Interned {
    /// `source_of[i]`, when given, is the source of claim `i`: only claims of
    /// different sources are compared then.
    fn new(features: &[Features], source_of: Option<&[usize]>) -> Self {
        // Terms numbered in first-seen order by hashing (claims repeat most terms),
        // then renumbered in the order of the strings, which only the distinct ones
        // need sorting for.
        let total: usize = features.iter().map(|f| f.terms.len()).sum();
        let mut first_seen: FxHashMap<&str, u32> =
            FxHashMap::with_capacity_and_hasher(total, Default::default());
        let mut distinct: Vec<&str> = Vec::new();
        // Per term, the one source whose claims have it (`SEVERAL` if more or unknown).
        const SEVERAL: usize = usize::MAX;
        let mut source: Vec<usize> = Vec::new();
        let seen_ids: Vec<Vec<u32>> = features
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let si = source_of.map_or(SEVERAL, |s| s[i]);
                f.terms
                    .iter()
                    .map(|(t, _)| {
                        let k = *first_seen.entry(t.as_str()).or_insert_with(|| {
                            distinct.push(t.as_str());
                            source.push(si);
                            (distinct.len() - 1) as u32
                        });
                        if source[k as usize] != si {
                            source[k as usize] = SEVERAL;
                        }
                        k
                    })
                    .collect()
            })
            .collect();
        // Sorted by their first eight bytes as a number first, the strings compared
        // only on a tie: zero-padded and big-endian, a smaller head is a smaller string.
        let head = |t: &str| {
            let mut bytes = [0u8; 8];
            let n = t.len().min(8);
            bytes[..n].copy_from_slice(&t.as_bytes()[..n]);
            u64::from_be_bytes(bytes)
        };
        let mut order: Vec<(u64, u32)> = (distinct.iter().map(|t| head(t))).zip(0..).collect();
        order.sort_unstable_by(|&(ha, a), &(hb, b)| {
            ha.cmp(&hb)
                .then_with(|| distinct[a as usize].cmp(distinct[b as usize]))
        });
        let mut rank = vec![0u32; distinct.len()];
        for (r, &(_, k)) in order.iter().enumerate() {
            rank[k as usize] = r as u32;
        }
        let distinct: Vec<&str> = order.iter().map(|&(_, k)| distinct[k as usize]).collect();
        let source: Vec<usize> = order.iter().map(|&(_, k)| source[k as usize]).collect();
        // Two terms of the same single source never meet in a compared pair of claims:
        // they need not be matched as spelling variants.
        let apart = |k: usize, x: usize| source[k] == SEVERAL || source[k] != source[x];
        let ids: Vec<Vec<u32>> = seen_ids
            .into_iter()
            .map(|v| v.into_iter().map(|k| rank[k as usize]).collect())
            .collect();
        let entity: Vec<bool> = distinct.iter().map(|t| t.starts_with("e:")).collect();
        let entity_ids: Vec<usize> = (0..distinct.len()).filter(|&x| entity[x]).collect();
        // Each entity key's words are counted once, not once per pair.
        let keys: Vec<KeyWords<'_>> = distinct
            .iter()
            .map(|t| KeyWords::new(t.strip_prefix("e:").unwrap_or("")))
            .collect();
        // Terms sharing their first two bytes sort together: where each one's run starts.
        fn two(t: &str) -> Option<&[u8]> {
            t.as_bytes().get(..2)
        }
        let mut run_start: Vec<usize> = (0..distinct.len()).collect();
        for k in 1..distinct.len() {
            if two(distinct[k]).is_some() && two(distinct[k]) == two(distinct[k - 1]) {
                run_start[k] = run_start[k - 1];
            }
        }
        let fuzzy: Vec<Vec<(u32, f64)>> = (0..distinct.len())
            .map(|k| {
                let apart = |x| apart(k, x);
                Self::partners(&distinct, &keys, &entity_ids, k, run_start[k], apart)
            })
            .collect();
        let numbered = features
            .iter()
            .map(|f| f.terms.iter().any(|(t, _)| t.starts_with("n:")))
            .collect();
        let names: Vec<Option<u32>> = distinct
            .iter()
            .map(|t| {
                let key = t.strip_prefix("e:").filter(|k| !k.contains(' '));
                key.and_then(|k| distinct.binary_search(&&*lexicon::stem(k)).ok())
                    .filter(|&x| names_word(t, distinct[x]))
                    .map(|x| x as u32)
            })
            .collect();
        // Most terms have neither: the pairs' fuzzy and name passes visit only these.
        let positions = |has: &dyn Fn(u32) -> bool| -> Vec<Vec<usize>> {
            ids.iter()
                .map(|v: &Vec<u32>| (0..v.len()).filter(|&i| has(v[i])).collect())
                .collect()
        };
        let with_fuzzy = positions(&|t| !fuzzy[t as usize].is_empty());
        let with_names = positions(&|t| names[t as usize].is_some());
        Self {
            ids,
            fuzzy,
            entity,
            numbered,
            names,
            with_fuzzy,
            with_names,
        }
    }

    /// The fuzzy partners of term `k`: the same tests as `overlap`, among the terms
    /// `x` for which `apart(x)` (the others are never compared with it).
    /// `run_start` is where the run of terms sharing `k`'s first two bytes starts.
    fn partners(
        distinct: &[&str],
        keys: &[KeyWords<'_>],
        entity_ids: &[usize],
        k: usize,
        run_start: usize,
        apart: impl Fn(usize) -> bool,
    ) -> Vec<(u32, f64)> {
        let t = distinct[k];
        let is_entity = t.starts_with("e:");
        if t.len() < 5 || (!is_entity && t.contains(':')) {
            return Vec::new();
        }
        let mut out = Vec::new();
        if is_entity {
            for &x in entity_ids {
                let other = distinct[x];
                if x != k && other.len() >= 5 && apart(x) && keys[k].same_entity(&keys[x]) {
                    out.push((x as u32, strsim::jaro_winkler(t, other)));
                }
            }
        } else {
            // Stems sharing their first two letters sort together.
            let prefix = &t.as_bytes()[..2];
            for (x, other) in distinct.iter().enumerate().skip(run_start) {
                if !other.as_bytes().starts_with(prefix) {
                    break;
                }
                if x == k || other.len() < 5 || other.contains(':') || !apart(x) {
                    continue;
                }
                // Jaro-Winkler reaches 0.93 only for lengths within a ratio of 0.65
                // (Jaro <= (2 + shorter/longer) / 3, and the prefix bonus is bounded),
                // so a pair outside it needs a shared root to be scored at all.
                let root = same_root(t, other);
                let (la, lb) = (t.len().min(other.len()), t.len().max(other.len()));
                if t.is_ascii() && other.is_ascii() && 100 * la < 65 * lb && !root {
                    continue;
                }
                // Most pairs are ruled out by the cheap bound, without scoring.
                if !root && jaro_winkler_bound(t, other) < 0.93 - 1e-9 {
                    continue;
                }
                let jw = strsim::jaro_winkler(t, other);
                if jw >= 0.93 || root {
                    out.push((x as u32, jw));
                }
            }
        }
        out
    }

    /// [`similarity`] of claims `a` and `b`.
    fn similarity(&self, features: &[Features], a: usize, b: usize, scratch: &mut Scratch) -> f64 {
        let Scratch {
            used,
            used_a,
            positions,
            positions_of,
        } = scratch;
        let (fa, fb) = (&features[a], &features[b]);
        if fa.total <= 0.0 || fb.total <= 0.0 {
            return 0.0;
        }
        let (ia, ib) = (&self.ids[a], &self.ids[b]);
        used.clear();
        used.resize(ib.len(), false);
        used_a.clear();
        used_a.resize(ia.len(), false);
        let (mut matched, mut content) = (0.0, 0.0);
        let mut take = |t: u32, w: f64| {
            matched += w;
            if !self.entity[t as usize] {
                content += w;
            }
        };
        if *positions_of != Some(a) {
            for &t in positions_of.map_or(&[][..], |old| &self.ids[old]) {
                positions[t as usize] = 0;
            }
            positions.resize(self.entity.len(), 0);
            for (i, &t) in (1..).zip(ia) {
                positions[t as usize] = i;
            }
            *positions_of = Some(a);
        }
        // Exact matches, looked up by id. (Both claims' ids ascend, so they are
        // found, and summed, in the order of `a`'s terms.)
        for (j, &t) in ib.iter().enumerate() {
            if let Some(i) = positions[t as usize].checked_sub(1) {
                let i = i as usize;
                used_a[i] = true;
                used[j] = true;
                take(t, fa.terms[i].1.min(fb.terms[j].1));
            }
        }
        // The terms left without an exact match, in order (those with partners).
        for &i in &self.with_fuzzy[a] {
            if used_a[i] {
                continue;
            }
            let t = ia[i];
            let mut best: Option<(f64, usize)> = None;
            for &(x, score) in &self.fuzzy[t as usize] {
                if let Ok(j) = ib.binary_search(&x) {
                    if !used[j] && best.is_none_or(|(s, _)| score > s) {
                        best = Some((score, j));
                    }
                }
            }
            if let Some((_, j)) = best {
                used_a[i] = true;
                used[j] = true;
                take(t, fa.terms[i].1.min(fb.terms[j].1));
            }
        }
        // Names against plain words, as `overlap` does.
        for &i in &self.with_names[a] {
            let word = |x: u32| ib.binary_search(&x).ok().filter(|&j| !used[j]);
            if let (false, Some(j)) = (used_a[i], self.names[ia[i] as usize].and_then(word)) {
                used_a[i] = true;
                used[j] = true;
                matched += fa.terms[i].1.min(fb.terms[j].1);
            }
        }
        for &j in &self.with_names[b] {
            let word = |y: u32| ia.binary_search(&y).ok().filter(|&i| !used_a[i]);
            if let (false, Some(i)) = (used[j], self.names[ib[j] as usize].and_then(word)) {
                used_a[i] = true;
                used[j] = true;
                matched += fa.terms[i].1.min(fb.terms[j].1);
            }
        }
        let share = matched / mean_weight(fa.total, fb.total);
        let names_only = if content < MIN_SHARED_CONTENT {
            0.5
        } else {
            1.0
        };
        // Most claims have no number, and skip the check.
        let numbered = self.numbered[a] && self.numbered[b];
        let numbers = if numbered {
            number_agreement(fa, fb)
        } else {
            1.0
        };
        let score = (share * names_only * numbers).clamp(0.0, 1.0);
        if numbered && score < SHARED_FIGURE_SCORE && share_figure(fa, fb) {
            SHARED_FIGURE_SCORE
        } else {
            score
        }
    }
}

/// Aligns claims across sources. `source_of[i]` is the source index of claim `i`;
/// `features[i]` its features. Returns groups spanning at least two sources, in the
/// reading order of their first claim.
pub fn align(features: &[Features], source_of: &[usize], threshold: f64) -> Vec<Group> {
    align_scored(&pair_scores(features, source_of), source_of, threshold)
}

/// Aligns claims from precomputed pair scores `(i, j, score)` with `i < j` (for a
/// [`Similarity`] other than the lexical one). Same rules as [`align`].
pub fn align_scored(
    pair_scores: &[(usize, usize, f64)],
    source_of: &[usize],
    threshold: f64,
) -> Vec<Group> {
    let n = source_of.len();
    // Keyed by claim indices, not by input text: FxHash is safe here and much cheaper.
    let mut scores: FxHashMap<(usize, usize), f64> =
        FxHashMap::with_capacity_and_hasher(pair_scores.len(), Default::default());
    let mut edges: Vec<(f64, usize, usize)> = Vec::new();
    let mut best: Vec<Vec<(f64, usize)>> = vec![Vec::new(); n];
    for &(i, j, s) in pair_scores {
        let s = if s.is_finite() {
            s.clamp(0.0, 1.0)
        } else {
            0.0
        };
        scores.insert((i, j), s);
        if s >= threshold * MUTUAL_FACTOR {
            best[i].push((s, j));
            best[j].push((s, i));
        }
    }
    // An edge is kept when it is the best match of either claim and reaches the
    // threshold, or reaches half of it and is the best match of both. One claim may
    // match several (each of them choosing it), but a claim's weaker candidates do not
    // make alignments on their own.
    for list in &mut best {
        list.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
    }
    let top = |i: usize| best[i].first().map_or((0.0, usize::MAX), |&(s, j)| (s, j));
    // Whether claim `i`'s best match makes an edge by the two rules above.
    let aligned = |i: usize| {
        let (s, j) = top(i);
        j != usize::MAX && (s >= threshold || (top(j).1 == i && s >= threshold * MUTUAL_FACTOR))
    };
    for (i, list) in best.iter().enumerate() {
        let Some(&(s, j)) = list.first() else {
            continue;
        };
        // A sentence the other outlet split in two scores about the same against both
        // halves: a claim also joins an aligned partner it matches nearly as well as
        // the partner's own best does.
        let near_tie = s >= threshold * MUTUAL_FACTOR && s >= NEAR_TIE * top(j).0 && aligned(j);
        if aligned(i) || near_tie {
            edges.push((s, i.min(j), i.max(j)));
        }
    }
    edges.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    edges.dedup_by(|x, y| x.1 == y.1 && x.2 == y.2);

    let score = |a: usize, b: usize| scores.get(&(a.min(b), a.max(b))).copied().unwrap_or(0.0);
    let link = threshold * MUTUAL_FACTOR;
    let mut group_of: Vec<usize> = (0..n).collect();
    let mut members: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    for (_, a, b) in edges {
        let (ga, gb) = (group_of[a], group_of[b]);
        if ga == gb {
            continue;
        }
        let ok = members[ga].iter().all(|&x| {
            members[gb]
                .iter()
                .all(|&y| source_of[x] == source_of[y] || score(x, y) >= link)
        });
        if !ok {
            continue;
        }
        let moved = std::mem::take(&mut members[gb]);
        for &m in &moved {
            group_of[m] = ga;
        }
        members[ga].extend(moved);
    }
    let mut groups: Vec<Group> = members
        .into_iter()
        .filter(|m| m.len() > 1)
        .map(|mut m| {
            m.sort_unstable();
            let mut weakest = f64::INFINITY;
            for (k, &x) in m.iter().enumerate() {
                for &y in &m[k + 1..] {
                    if source_of[x] != source_of[y] {
                        weakest = weakest.min(score(x, y));
                    }
                }
            }
            Group {
                claims: m,
                score: if weakest.is_finite() { weakest } else { 0.0 },
            }
        })
        .collect();
    groups.sort_by_key(|g| g.claims[0]);
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_claim_joins_an_aligned_partner_it_nearly_ties() {
        // Claims 0 (source 0) and 1 (source 1) are each other's best, below the
        // threshold; claim 2 (source 1: the other half of a sentence split in two)
        // scores almost as well against claim 0, claim 3 clearly less.
        let sources = [0, 1, 1, 1];
        let scores = [(0, 1, 0.25), (0, 2, 0.23), (0, 3, 0.2)];
        let groups = align_scored(&scores, &sources, 0.35);
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].claims, [0, 1, 2]);

        // A near tie with a partner that is not aligned itself makes nothing: claim 0
        // prefers claim 1, which prefers claim 3; claim 2 nearly ties claim 0's best.
        let sources = [0, 1, 1, 0];
        let scores = [(0, 1, 0.25), (1, 3, 0.3), (0, 2, 0.24)];
        let groups = align_scored(&scores, &sources, 0.35);
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].claims, [1, 3]);
    }

    #[test]
    fn a_compound_weighs_as_its_parts() {
        // "high-ranking" must not count as a rare word on top of "high" and "ranking",
        // or the spelling with a hyphen would outweigh the same words without one.
        let a = Features::of_text("The high-ranking officers met in Cairo.");
        let b = Features::of_text("The high ranking officers met in Cairo.");
        assert!(
            !a.terms.iter().any(|(t, _)| t.contains('-')),
            "{:?}",
            a.terms
        );
        assert_eq!(similarity(&a, &b), 1.0);
    }

    /// Features with these (sorted) terms and weights.
    fn features(terms: &[(&str, f64)]) -> Features {
        Features {
            terms: terms.iter().map(|&(t, w)| (t.to_owned(), w)).collect(),
            surface: terms.iter().map(|&(t, _)| t.to_owned()).collect(),
            total: terms.iter().map(|&(_, w)| w).sum(),
        }
    }

    /// The terms of `f` that contain `part`.
    fn terms_with<'a>(f: &'a Features, part: &str) -> Vec<&'a str> {
        f.terms
            .iter()
            .map(|(t, _)| t.as_str())
            .filter(|t| t.contains(part))
            .collect()
    }

    #[test]
    fn a_one_word_name_matches_the_same_word_not_taken_as_a_name() {
        // "Bristol's council defied ..." / "The council in bristol defied ...".
        let name = features(&[("counc", 1.9), ("defi", 3.6), ("e:bristol", 2.6)]);
        // (Terms are sorted.)
        let word = features(&[
            (&lexicon::stem("bristol"), 2.6),
            ("counc", 1.9),
            ("defi", 3.6),
        ]);
        assert_eq!(similarity(&name, &word), 1.0);
        assert_eq!(similarity(&word, &name), 1.0);
        let fast = pair_scores(&[name.clone(), word.clone()], &[0, 1]);
        assert_eq!(fast, [(0, 1, 1.0)]);
        // A word of a longer name is not the name.
        let longer = features(&[("counc", 1.9), ("defi", 3.6), ("e:north korea", 2.6)]);
        let north = features(&[("counc", 1.9), ("defi", 3.6), ("north", 2.6)]);
        assert!(similarity(&longer, &north) < 0.8);
    }

    #[test]
    fn a_name_matched_as_a_variant_is_not_matched_again_as_a_word() {
        // "Ruiz" matches "Ana Ruiz" as a name; the plain word "ruiz" on the same side
        // must not take it a second time, in either path.
        let a = features(&[("e:ruiz", 3.0), ("test", 2.0)]);
        let b = features(&[("e:ana ruiz", 3.0), ("ruiz", 3.0), ("test", 2.0)]);
        let slow = similarity(&a, &b);
        let fast = pair_scores(&[a, b], &[0, 1]);
        assert_eq!(fast, [(0, 1, slow)]);
    }

    #[test]
    fn unmatched_extra_content_counts_against_a_pair() {
        // A claim wholly inside a sentence twice its weight: the geometric mean would
        // give sqrt(1/2) = 0.71, the arithmetic mean 2/3.
        let (a, b) = (1.0, 2.0);
        assert!((1.0 / mean_weight(a, b) - 2.0 / 3.0).abs() < 1e-12);
        let short = Features::of_text("The inspector said the fire began in a storage shed.");
        let long = Features::of_text(
            "The inspector said the fire began in a storage shed, spreading to a fuel depot and a warehouse.",
        );
        let s = similarity(&short, &long);
        let contained = short.weight() / long.weight();
        assert!(
            (s - 2.0 * contained / (1.0 + contained)).abs() < 1e-9,
            "{s}"
        );
        assert!(s < contained.sqrt(), "{s}");
    }

    #[test]
    fn a_possessive_or_closing_period_is_part_of_its_mention() {
        // Not also a word of its own ("bristol", "1,734.25."), which the other
        // sentence's "Bristol" or "1,734.25" would leave unmatched.
        let f = Features::of_text("Bristol's council voted to ignore the new parking rules.");
        assert_eq!(terms_with(&f, "bristol"), ["e:bristol"], "{:?}", f.terms);
        let f = Features::of_text("The harbour index rose 12.5 points to 1,734.25.");
        assert_eq!(terms_with(&f, "734"), ["n:1734.25"], "{:?}", f.terms);
    }

    #[test]
    fn a_shared_specific_figure_is_the_same_fact() {
        let short = Features::of_text("The House approved the bill by 240 votes to 186.");
        let long = Features::of_text(
            "The House voted 240-186 to keep the government open for another six weeks, \
             which lets lawmakers fill in a two-year spending deal reached by the leaders.",
        );
        assert_eq!(similarity(&short, &long), SHARED_FIGURE_SCORE);
        let fast = pair_scores(&[short.clone(), long.clone()], &[0, 1]);
        assert_eq!(fast, [(0, 1, SHARED_FIGURE_SCORE)]);
        // A year, a small count or a figure only one side gives is no such evidence.
        for (a, b) in [
            (
                "The ministry opened in 2018 with a new mandate.",
                "Elections due in 2018 were postponed by the court.",
            ),
            (
                "Three ministers resigned over the scandal.",
                "Talks lasted three days before the deal.",
            ),
            (
                "The House approved the bill by 240 votes.",
                "Police said 71 protesters were held at the House.",
            ),
        ] {
            let (fa, fb) = (Features::of_text(a), Features::of_text(b));
            assert!(similarity(&fa, &fb) < SHARED_FIGURE_SCORE, "{a:?} / {b:?}");
        }
        // A pair that already scores higher keeps its score.
        assert_eq!(similarity(&short, &short), 1.0);
    }

    #[test]
    fn pair_scores_are_the_pairwise_similarities() {
        // The interned fast path must give exactly what `similarity` gives.
        let sources = [
            crate::Source::new(
                "a",
                include_str!("../fixtures/seed-pair/000_01a3d75aadc09157.txt"),
            ),
            crate::Source::new(
                "b",
                include_str!("../fixtures/seed-pair/001_ef8e934296301487.txt"),
            ),
            crate::Source::new("c", include_str!("../fixtures/harbour-fire/wire.txt")),
        ];
        let report = crate::compare(&sources, &crate::Config::new()).unwrap();
        let text = |id: &str| sources.iter().find(|s| s.id() == id).unwrap().text();
        let features: Vec<Features> = report
            .claims
            .iter()
            .map(|c| Features::of_claim(text(&c.source), c))
            .collect();
        let source_of: Vec<usize> = report
            .claims
            .iter()
            .map(|c| sources.iter().position(|s| s.id() == c.source).unwrap())
            .collect();
        let fast = pair_scores(&features, &source_of);
        let mut slow = Vec::new();
        for i in 0..features.len() {
            for j in i + 1..features.len() {
                let s = similarity(&features[i], &features[j]);
                if source_of[i] != source_of[j] && s > 0.0 {
                    slow.push((i, j, s));
                }
            }
        }
        assert!(fast.len() > 100);
        assert_eq!(fast, slow);
    }
}
