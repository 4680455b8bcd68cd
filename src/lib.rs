//! Compare how news outlets report the same event.
//!
//! Give `claimdiff` two or more articles about one event and it tells you which
//! claims the outlets share, where they diverge (a different number, date or
//! participant list; a hedge; a loaded label; a negation; another speaker), which
//! claims only one outlet makes, and who each claim comes from, including chains
//! such as *VINnews ← Wall Street Journal ← "sources familiar with the talks"*.
//!
//! # Overview
//!
//! - [`Source`]: one article (its text exactly as given) and the caller's id for it.
//! - [`Config`]: the alignment threshold and input limits.
//! - [`compare()`](fn@compare): the front door; runs the whole pipeline and returns a [`Report`].
//! - [`Report`]: sources with their metadata and skipped page furniture, claims
//!   with byte spans and typed facts, and alignments with verdicts, typed
//!   divergences and word diffs. Render it with [`report::to_json`],
//!   [`report::to_markdown`] or [`report::to_text`].
//!
//! The pipeline is one public module per stage, each a pure function over the
//! types in [`model`]: [`segment`] (text → claims with spans), [`extract`] (claim →
//! entities, numbers, dates, hedges, framing, negation, attribution), [`align`]
//! (claims of several sources → groups), [`compare`](mod@compare) (group → verdict,
//! divergences, diff) and [`report`].
//!
//! # Example
//!
//! ```
//! use claimdiff::{compare, Config, Source, Verdict};
//!
//! let a = Source::new("a", "Officials reportedly met in Cairo in March to discuss air defence.");
//! let b = Source::new("b", "Officials met in Cairo in March to discuss air defence, the agency said.");
//! let report = compare(&[a, b], &Config::new())?;
//!
//! assert_eq!(report.claims.len(), 2);
//! let group = &report.alignments[0];
//! assert_eq!(group.claims, ["a:1", "b:1"]);
//! assert_eq!(group.verdict, Verdict::Diverge); // only `a` hedges with "reportedly"
//! # Ok::<(), claimdiff::Error>(())
//! ```
//!
//! Every span is a half-open range of UTF-8 byte offsets into the text as given,
//! so `&text[claim.span.range()]` is the claim; every non-whitespace byte of the
//! input is in a claim or in a skipped segment with its reason. The same input
//! gives the same bytes of output on every run.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod align;
pub mod compare;
mod config;
#[cfg(feature = "embeddings")]
pub mod embed;
mod error;
pub mod extract;
mod lexicon;
pub mod model;
pub mod report;
pub mod segment;

pub use config::Config;
pub use error::{Error, Result};
pub use model::{
    Alignment, Attribution, Claim, ClaimKind, Dateline, DiffOp, Divergence, DivergenceKind,
    EntityKind, Evidence, Fact, Mention, Polarity, QuoteKind, Report, SkipReason, Skipped, Source,
    SourceReport, SourceValues, Span, Verdict, WordDiff,
};

use model::SCHEMA_VERSION;
use std::borrow::Cow;

/// Analyses each source and compares them: the whole pipeline.
///
/// With one source this is a single-article analysis (claims, attribution, hedges;
/// no alignments). Errors only for bad input or configuration: no sources, too
/// many, a duplicate or malformed id, a source over the size or claim limits.
///
/// ```
/// use claimdiff::{compare, Config, Source};
/// let report = compare(&[Source::new("solo", "The minister resigned, aides said.")], &Config::new())?;
/// assert_eq!(report.claims[0].attribution.as_ref().unwrap().speaker, "aides");
/// assert!(report.alignments.is_empty());
///
/// let err = compare(&[], &Config::new()).unwrap_err();
/// assert_eq!(err, claimdiff::Error::NoSources);
/// # Ok::<(), claimdiff::Error>(())
/// ```
pub fn compare(sources: &[Source], config: &Config) -> Result<Report> {
    config.validate()?;
    validate_sources(sources, config)?;

    let mut source_reports = Vec::with_capacity(sources.len());
    let mut claims: Vec<Claim> = Vec::new();
    let mut source_of: Vec<usize> = Vec::new();
    let mut features: Vec<align::Features> = Vec::new();
    for (si, source) in sources.iter().enumerate() {
        let text = source.text();
        let seg = segment::segment(text, source.outlet());
        if seg.segments.len() > config.max_claims_per_source {
            return Err(Error::TooManyClaims {
                source_id: source.id().to_owned(),
                count: seg.segments.len(),
                limit: config.max_claims_per_source,
            });
        }
        // Alignment needs each claim's tokens again, for its features: with more than
        // one source, they are made once and kept for the source's claims.
        let aligning = sources.len() > 1;
        let toks = if aligning {
            extract::tokenize_segments(text, &seg)
        } else {
            Vec::new()
        };
        let analyses = if aligning {
            extract::analyze_tokenized(text, &seg, |k| Cow::Borrowed(&toks[k]))
        } else {
            extract::analyze(text, &seg)
        };
        let first = claims.len();
        for (n, (s, a)) in seg.segments.iter().zip(analyses).enumerate() {
            claims.push(Claim {
                id: format!("{}:{}", source.id(), n + 1),
                source: source.id().to_owned(),
                kind: s.kind,
                span: s.span,
                text: segment::collapse(&text[s.span.range()]),
                paragraph: s.paragraph,
                hedges: a.hedges,
                attribution: a.attribution,
                polarity: a.polarity,
                mentions: a.mentions,
            });
            source_of.push(si);
        }
        if aligning {
            features.extend(
                claims[first..]
                    .iter()
                    .zip(&toks)
                    .map(|(c, t)| align::Features::of_claim_tokens(c, t)),
            );
        }
        source_reports.push(SourceReport {
            id: source.id().to_owned(),
            outlet: source.outlet().map(str::to_owned).or(seg.outlet),
            headline: seg.headline,
            dateline: seg.dateline,
            url: seg.url,
            bytes: text.len(),
            skipped: seg.skipped,
            unmatched: Vec::new(),
        });
    }

    // Whether each claim is in an alignment.
    let mut matched = vec![false; claims.len()];
    let alignments = if sources.len() > 1 {
        let groups = match &config.similarity {
            None => align::align(&features, &source_of, config.threshold),
            Some(scorer) => {
                let texts: Vec<align::ClaimText<'_>> = claims
                    .iter()
                    .zip(&source_of)
                    .map(|(c, &si)| align::ClaimText {
                        claim: c,
                        source_text: sources[si].text(),
                    })
                    .collect();
                let pairs: Vec<(usize, usize)> = (0..claims.len())
                    .flat_map(|i| (i + 1..claims.len()).map(move |j| (i, j)))
                    .filter(|&(i, j)| source_of[i] != source_of[j])
                    .collect();
                let scores = scorer.scores(&texts, &pairs);
                let scored: Vec<(usize, usize, f64)> = pairs
                    .iter()
                    .zip(scores)
                    .map(|(&(i, j), s)| (i, j, s))
                    .collect();
                align::align_scored(&scored, &source_of, config.threshold)
            }
        };
        for g in &groups {
            for &i in &g.claims {
                matched[i] = true;
            }
        }
        groups
            .iter()
            .enumerate()
            .map(|(k, g)| build_alignment(k, g, &claims, &features, sources))
            .collect()
    } else {
        Vec::new()
    };

    // Claims no other source makes, in reading order (headline and lead first).
    if sources.len() > 1 {
        for (i, c) in claims.iter().enumerate() {
            if !matched[i] {
                source_reports[source_of[i]].unmatched.push(c.id.clone());
            }
        }
    }

    Ok(Report {
        schema_version: SCHEMA_VERSION,
        sources: source_reports,
        claims,
        alignments,
    })
}

fn validate_sources(sources: &[Source], config: &Config) -> Result<()> {
    if sources.is_empty() {
        return Err(Error::NoSources);
    }
    if sources.len() > config.max_sources {
        return Err(Error::TooManySources {
            count: sources.len(),
            limit: config.max_sources,
        });
    }
    let mut seen = std::collections::BTreeSet::new();
    for s in sources {
        let id = s.id();
        if id.is_empty() || id.contains(|c: char| c.is_whitespace() || c == ':') {
            return Err(Error::InvalidSourceId(id.to_owned()));
        }
        if !seen.insert(id) {
            return Err(Error::DuplicateSourceId(id.to_owned()));
        }
        if s.text().len() > config.max_source_bytes {
            return Err(Error::SourceTooLarge {
                source_id: id.to_owned(),
                size: s.text().len(),
                limit: config.max_source_bytes,
            });
        }
    }
    Ok(())
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

fn build_alignment(
    k: usize,
    group: &align::Group,
    claims: &[Claim],
    features: &[align::Features],
    sources: &[Source],
) -> Alignment {
    let members: Vec<&Claim> = group.claims.iter().map(|&i| &claims[i]).collect();
    let per_source: Vec<(&str, Vec<&Claim>)> = sources
        .iter()
        .map(|s| {
            (
                s.id(),
                members
                    .iter()
                    .copied()
                    .filter(|c| c.source == s.id())
                    .collect::<Vec<_>>(),
            )
        })
        .filter(|(_, cs)| !cs.is_empty())
        .collect();
    let divergences = compare::divergences(&per_source);
    let score = round3(group.score);
    let verdict = compare::verdict(score, &divergences);

    // Evidence: what the first claim shares with every other source's claims.
    let first = group.claims[0];
    let others: Vec<usize> = group.claims[1..]
        .iter()
        .copied()
        .filter(|&i| claims[i].source != claims[first].source)
        .collect();
    let mut shared: Vec<(String, String)> = Vec::new();
    // A set, not a search of `shared`: a long claim can share thousands of terms.
    let mut seen = std::collections::BTreeSet::new();
    for &o in &others {
        for t in align::shared_terms(&features[first], &features[o]) {
            if seen.insert(t.0.clone()) {
                shared.push(t);
            }
        }
    }
    let mut evidence = model::Evidence::default();
    for (term, surface) in shared {
        if term.starts_with("e:") {
            evidence.entities.push(surface);
        } else if term.starts_with("n:") || term.starts_with("t:") {
            evidence.numbers.push(surface);
        } else {
            evidence.terms.push(surface);
        }
    }
    let diffs = others
        .iter()
        .map(|&o| {
            compare::word_diff(
                &claims[first].id,
                &claims[first].text,
                &claims[o].id,
                &claims[o].text,
            )
        })
        .collect();
    Alignment {
        id: format!("a{}", k + 1),
        claims: members.iter().map(|c| c.id.clone()).collect(),
        verdict,
        score,
        evidence,
        divergences,
        diffs,
    }
}

/// The README's examples run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
