//! Stage 2: per claim, the facts a careful reader checks: entities, numbers, dates
//! and times, hedges, framing, negation and attribution.

pub mod attribution;
pub mod entities;
pub mod facts;
pub mod tokens;

use crate::model::{Attribution, ClaimKind, EntityKind, Fact, Mention, Polarity, Span};
use crate::segment::Segmented;
use attribution::SentenceRef;
use std::borrow::Cow;
use tokens::Token;

/// What the extractors find in one claim.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Analysis {
    /// Hedge cues as written.
    pub hedges: Vec<String>,
    /// Who the claim comes from.
    pub attribution: Option<Attribution>,
    /// Negated or not.
    pub polarity: Polarity,
    /// Every typed fact with its span, in text order.
    pub mentions: Vec<Mention>,
}

/// Analyses every segment of a segmented text, in order.
///
/// ```
/// use claimdiff::{extract::analyze, segment::segment, Fact};
/// let text = "Officials reportedly met in Doha in March 2021, the agency said.";
/// let analysis = analyze(text, &segment(text, None));
/// let a = &analysis[0];
/// assert_eq!(a.hedges, ["reportedly"]);
/// assert_eq!(a.attribution.as_ref().unwrap().speaker, "agency");
/// assert!(a.mentions.iter().any(|m| m.fact == Fact::Time { value: "2021-03".into() }));
/// ```
pub fn analyze(text: &str, segmented: &Segmented) -> Vec<Analysis> {
    // Each segment's tokens are made when needed, not kept for the whole text.
    analyze_tokenized(text, segmented, |k| {
        Cow::Owned(tokens::tokenize(text, segmented.segments[k].span))
    })
}

/// The tokens of each segment, for analysis and claim features to share.
pub(crate) fn tokenize_segments<'a>(text: &'a str, segmented: &Segmented) -> Vec<Vec<Token<'a>>> {
    segmented
        .segments
        .iter()
        .map(|s| tokens::tokenize(text, s.span))
        .collect()
}

/// [`analyze`] with the tokens of segment `k` from `toks_of(k)`.
pub(crate) fn analyze_tokenized<'a>(
    text: &'a str,
    segmented: &Segmented,
    toks_of: impl Fn(usize) -> Cow<'a, [Token<'a>]>,
) -> Vec<Analysis> {
    let year = segmented
        .dateline
        .as_ref()
        .and_then(|d| d.date.as_deref())
        .and_then(|d| d.rsplit(' ').next())
        .and_then(|y| y.parse::<u32>().ok())
        .filter(|y| (1800..2200).contains(y));

    // Sentences (clauses of one sentence share its attribution).
    let mut sentences: Vec<SentenceRef> = Vec::new();
    let mut sentence_of: Vec<usize> = Vec::with_capacity(segmented.segments.len());
    let mut prev_sentence = None;
    for seg in &segmented.segments {
        match sentences.last_mut() {
            Some(last) if prev_sentence == Some(seg.sentence) => last.span.end = seg.span.end,
            _ => sentences.push(SentenceRef {
                span: seg.span,
                paragraph: seg.paragraph,
            }),
        }
        prev_sentence = Some(seg.sentence);
        sentence_of.push(sentences.len() - 1);
    }
    // A clause may name its own speaker ("McCaskill said X, while Thune called Y"):
    // clauses are attributed as units of their own too, and keep their own cue where
    // they have one. That second pass only matters from the first split sentence to
    // the last clause; before it, its units are the sentences, and so is its state.
    let segs = &segmented.segments;
    let same_units = segs
        .iter()
        .zip(&sentence_of)
        .enumerate()
        .position(|(k, (s, &si))| si != k || sentences[k].span != s.span)
        .unwrap_or(segs.len());
    let last_clause = segs.iter().rposition(|s| s.kind == ClaimKind::Clause);
    let resume = last_clause.map(|_| same_units);
    // A sentence of one segment has its tokens; one split into clauses is tokenized whole.
    let first_segment: Vec<usize> = (0..segs.len())
        .filter(|&k| k == 0 || sentence_of[k] != sentence_of[k - 1])
        .collect();
    let sentence_toks = |i: usize| {
        let k = first_segment[i];
        if segs[k].span == sentences[i].span {
            toks_of(k)
        } else {
            Cow::Owned(tokens::tokenize(text, sentences[i].span))
        }
    };
    let (attributions, state) =
        attribution::attribute_from(text, &sentences, sentence_toks, resume);
    let mut own_cues: Vec<Option<Attribution>> = vec![None; segs.len()];
    if let (Some(last), Some(state)) = (last_clause, state) {
        // (Empty when a lone segment marked as a clause ends the shared units: it is
        // its sentence then, which has its attribution already.)
        let units: Vec<SentenceRef> = segs
            .get(same_units..=last)
            .unwrap_or_default()
            .iter()
            .map(|s| SentenceRef {
                span: s.span,
                paragraph: s.paragraph,
            })
            .collect();
        let found = attribution::own_cues(text, &units, |k| toks_of(same_units + k), state);
        for (slot, a) in own_cues[same_units..].iter_mut().zip(found) {
            *slot = a;
        }
    }

    let mut out: Vec<Analysis> = segmented
        .segments
        .iter()
        .zip(&sentence_of)
        .enumerate()
        .map(|(k, (seg, &si))| {
            let span = seg.span;
            let toks = toks_of(k);
            let mut mentions = Vec::new();
            let [hedges, negations, framing] = facts::cues(text, span);
            let times = facts::times(text, span, year);
            let taken: Vec<Span> = times.iter().map(|m| m.span).collect();
            let numbers = facts::numbers(text, span, &taken);
            let title_case =
                seg.kind == ClaimKind::Headline && entities::is_title_case(&text[span.range()]);
            let entities =
                entities::entities_tentative(text, &toks, sentences[si].span.start, title_case);
            let polarity = if negations.is_empty() {
                Polarity::Positive
            } else {
                Polarity::Negative
            };
            let hedge_words = hedges.iter().map(|m| m.text.clone()).collect();
            mentions.extend(entities);
            mentions.extend(numbers);
            mentions.extend(times);
            mentions.extend(hedges);
            mentions.extend(negations);
            mentions.extend(framing);
            mentions.sort_by_key(|m| m.span);
            Analysis {
                hedges: hedge_words,
                attribution: own_cues[k]
                    .take()
                    // A participial clause has no subject of its own: the sentence's
                    // speaker speaks it ("X said ..., asking them to stay").
                    .filter(|_| {
                        seg.kind == ClaimKind::Clause
                            && !crate::segment::opens_participle_clause(&text[span.range()])
                    })
                    .or_else(|| {
                        attributions[si]
                            .clone()
                            .filter(|a| !cue_in_later_participle(text, segs, &sentence_of, k, a))
                    }),
                polarity,
                mentions,
            }
        })
        .collect();

    // Unify entity names across the article.
    let mut refs: Vec<&mut Mention> = out
        .iter_mut()
        .flat_map(|a| a.mentions.iter_mut())
        .filter(|m| matches!(m.fact, Fact::Entity { .. }))
        .collect();
    entities::resolve(&mut refs);
    for a in &mut out {
        a.mentions.retain(|m| !entities::is_tentative(m));
    }
    name_speakers(text, &mut out);
    out
}

/// Whether the sentence's cue `a` lies in an adverbial clause inside a participial
/// clause after segment `k` of the same sentence ("The House approved the bill,
/// acting after the Senate voted"): what that cue reports is not `k`'s. A closing
/// frame is the whole sentence's ("..., killing 84 people, officials said").
fn cue_in_later_participle(
    text: &str,
    segs: &[crate::segment::Segment],
    sentence_of: &[usize],
    k: usize,
    a: &Attribution,
) -> bool {
    const SUBORDINATORS: &[&str] = &["after", "because", "before", "since", "until", "when"];
    let Some(cue) = a.cue_span else {
        return false;
    };
    // Segments are in text order: the one holding the cue by binary search.
    let j = segs.partition_point(|s| s.span.end <= cue.start);
    let Some(s) = segs.get(j).filter(|s| s.span.start <= cue.start) else {
        return false;
    };
    if j <= k || sentence_of[j] != sentence_of[k] {
        return false;
    }
    // The subordinator, the cue's subject and the cue with no comma between: "after
    // the Senate voted", not "after refusing to leave, police said".
    let before: Vec<&str> = text[s.span.start..cue.start].split_whitespace().collect();
    let Some(sub) = before
        .iter()
        .rev()
        .take(6)
        .position(|w| SUBORDINATORS.contains(w))
    else {
        return false;
    };
    crate::segment::opens_participle_clause(&text[s.span.range()])
        && !before.iter().rev().take(sub).any(|w| w.ends_with(','))
}

/// A speaker that is a bare title ("the president said") takes the person the article
/// last introduced with that title ("President Donald Trump"). Other speakers stay as
/// written ("Senator Paul said" is "Paul", not the "Rand Paul" named earlier):
/// annotators and readers quote the name at the cue, and comparison matches surname
/// variants anyway.
fn name_speakers(text: &str, analyses: &mut [Analysis]) {
    // (offset, title, name) for each person introduced with a title before the name.
    let mut titled: Vec<(usize, String, String)> = Vec::new();
    for a in analyses.iter() {
        for m in &a.mentions {
            if let Fact::Entity {
                canonical,
                entity: EntityKind::Person,
            } = &m.fact
            {
                let before = text[..m.span.start].trim_end();
                let title = before
                    .rsplit(|c: char| c.is_whitespace())
                    .next()
                    .unwrap_or("");
                if crate::lexicon::contains(crate::lexicon::TITLES, title) {
                    let title = title.trim_end_matches('.').to_lowercase();
                    titled.push((m.span.start, title, canonical.clone()));
                }
            }
        }
    }
    for a in analyses.iter_mut() {
        let Some(att) = a.attribution.as_mut() else {
            continue;
        };
        let at = att.speaker_span.map_or(usize::MAX, |sp| sp.start);
        if !att.speaker.contains(' ') && att.speaker.chars().all(char::is_lowercase) {
            let role = att.speaker.to_lowercase();
            if let Some((_, _, name)) = titled
                .iter()
                .rev()
                .find(|(pos, t, _)| *pos < at && *t == role)
            {
                att.speaker = name.clone();
                att.anonymous = false;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    fn speakers(text: &str) -> Vec<Option<String>> {
        analyze(text, &segment(text, None))
            .into_iter()
            .map(|a| a.attribution.map(|a| a.speaker))
            .collect()
    }

    fn entity_names(text: &str) -> Vec<Vec<String>> {
        analyze(text, &segment(text, None))
            .into_iter()
            .map(|a| {
                a.mentions
                    .into_iter()
                    .filter_map(|m| match m.fact {
                        Fact::Entity { canonical, .. } => Some(canonical),
                        _ => None,
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn a_common_word_is_a_name_when_the_article_gives_it_in_full() {
        // "Stone", "Park" and "Arab" are frequent lower-case words.
        let text = "Talks resumed.\n\nMark Stone arrived in Seoul with Park Ji-ho.\n\nThe envoy thanked Stone and Park.\n\nStone said Arab states would vote.";
        assert_eq!(
            entity_names(text),
            [
                vec![],
                vec![
                    "Mark Stone".to_owned(),
                    "South Korea".to_owned(),
                    "Park Ji-ho".to_owned()
                ],
                // The surname takes the full name; a family name written first stays.
                vec!["Mark Stone".to_owned(), "Park".to_owned()],
                // "Arab" names no one in the article.
                vec!["Mark Stone".to_owned()],
            ]
        );
        // Without the full name, a lone common word is not taken for a name.
        assert_eq!(
            entity_names("Talks resumed.\n\nThe envoy thanked Stone and Park."),
            [Vec::<String>::new(), vec![]]
        );
        // A family name opening a sentence stays with the given name, hyphenated or not.
        assert_eq!(
            entity_names("Talks resumed.\n\nPark Min Su spoke.\n\nThe envoy met Park."),
            [
                vec![],
                vec!["Park Min Su".to_owned()],
                vec!["Park".to_owned()]
            ]
        );
    }

    #[test]
    fn a_cue_inside_a_later_participle_s_adverbial_is_not_the_sentence_s() {
        let text = "Talks resumed.\n\nThe city council approved a stopgap budget early on Friday to keep the public libraries open for another month, acting swiftly after the mayor announced hours earlier that the closures would end.\n\nA bus crashed into a low stone wall early on Monday near the old harbour gates in the city centre, injuring at least four of the passengers on board after skidding on ice, police said.";
        assert_eq!(
            speakers(text),
            [
                None,
                // The council's act is no one's report; the mayor announced the rest.
                None,
                Some("mayor".to_owned()),
                // A frame at the end of the sentence covers both clauses.
                Some("police".to_owned()),
                Some("police".to_owned()),
            ]
        );
    }

    #[test]
    fn speakers_keep_the_name_written_at_the_cue() {
        let text = "The vote was delayed by Senator Rand Paul.\n\nSenator Paul said the bill was wasteful.\n\n\"We are broke,\" he added.";
        assert_eq!(
            speakers(text),
            [None, Some("Paul".to_owned()), Some("Paul".to_owned())]
        );
    }

    #[test]
    fn a_bare_title_is_the_person_introduced_with_it() {
        let text = "Intro.\n\nPresident Ana Ruiz signed the bill.\n\nThe president said the army would grow.";
        assert_eq!(speakers(text), [None, None, Some("Ana Ruiz".to_owned())]);
    }

    #[test]
    fn a_participial_clause_shares_its_sentence_s_speaker() {
        let text = "Intro.\n\nThe Harbour Board issued an apology to Mayor Ann Lee and the ferry crews over the cancelled sailings on Monday morning in Port Ellis, urging the crews to insist the sailings resume at once.";
        assert_eq!(
            speakers(text),
            [
                None,
                Some("Harbour Board".to_owned()),
                Some("Harbour Board".to_owned())
            ]
        );
    }

    #[test]
    fn each_clause_keeps_its_own_speaker() {
        let text = "Intro.\n\nSenator Ann Lee said the plan was clueless, while Senator Tom Hale called it a waste of time.";
        assert_eq!(
            speakers(text),
            [
                None,
                Some("Ann Lee".to_owned()),
                Some("Tom Hale".to_owned())
            ]
        );
    }
}
