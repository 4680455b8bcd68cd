//! Attribution: who a sentence's claims come from, and through whom.
//!
//! Rules over tokens, no parser: a reporting cue from the lexicon outside quotation
//! marks ("said", "told", "according to", "citing"), then its speaker: the subject
//! before it, the name after it when inverted ("said the official"), or the noun
//! phrase after "according to". "Told X" and "in a statement to X" make X an
//! intermediary; "citing S" makes S the speaker and the citing outlet an
//! intermediary. Sentences without a cue inherit the speaker of a quotation they
//! continue, and pronouns ("he added") resolve to the last speaker named.

use super::entities;
use super::tokens::{Token, lowercase, lowercase_in, tokenize};
use crate::lexicon::{self, AUXILIARIES, Gender};
use crate::model::{Attribution, QuoteKind, Span};
use std::borrow::Cow;

/// One sentence to attribute: its span and paragraph.
#[derive(Debug, Clone, Copy)]
pub struct SentenceRef {
    /// Byte range of the sentence.
    pub span: Span,
    /// Paragraph number.
    pub paragraph: usize,
}

/// Attributions for each sentence, in order.
///
/// ```
/// use claimdiff::extract::attribution::{attribute, SentenceRef};
/// use claimdiff::Span;
/// let text = "Talks will resume, sources familiar with the matter told Reuters.";
/// let a = attribute(text, &[SentenceRef { span: Span::new(0, text.len()), paragraph: 1 }]);
/// let a = a[0].as_ref().unwrap();
/// assert_eq!(a.speaker, "sources familiar with the matter");
/// assert_eq!(a.via, ["Reuters"]);
/// assert!(a.anonymous);
/// ```
pub fn attribute(text: &str, sentences: &[SentenceRef]) -> Vec<Option<Attribution>> {
    let toks_of = |i: usize| Cow::Owned(tokenize(text, sentences[i].span));
    attribute_from(text, sentences, toks_of, None).0
}

/// [`attribute`] with the tokens of sentence `i` from `toks_of(i)`, and the running
/// state before sentence `snapshot_at`, if given.
pub(crate) fn attribute_from<'a>(
    text: &'a str,
    sentences: &[SentenceRef],
    toks_of: impl Fn(usize) -> Cow<'a, [Token<'a>]>,
    snapshot_at: Option<usize>,
) -> (Vec<Option<Attribution>>, Option<Running>) {
    let mut out: Vec<Option<Attribution>> = Vec::with_capacity(sentences.len());
    let mut state = Running::default();
    let mut snapshot = None;
    // Per sentence: whether it ends inside or at the close of a quotation, and whether
    // its own cue comes within its first words (so it may name the speaker of a
    // quotation just before it).
    let mut ends_in_quote: Vec<bool> = Vec::with_capacity(sentences.len());
    let mut cue_early: Vec<bool> = Vec::with_capacity(sentences.len());
    let mut inherited: Vec<bool> = Vec::with_capacity(sentences.len());
    for (k, s) in sentences.iter().enumerate() {
        if snapshot_at == Some(k) {
            snapshot = Some(state.clone());
        }
        let step = state.step(text, s, &toks_of(k));
        ends_in_quote.push(step.ends_in_quote);
        inherited.push(step.inherited);
        cue_early.push(step.cue_early);
        out.push(step.found);
    }
    let mut from_back = vec![false; out.len()];
    // A quotation whose speaker comes only after it closes, in the next sentence:
    // “It is over.” Trump said, ... / “... in their heads. This is ...,” said Caddell.
    for k in (0..out.len().saturating_sub(1)).rev() {
        // The next sentence names the speaker right after the quotation closes, or
        // continues the quotation and got its speaker that way.
        let names_it = (!inherited[k + 1] && cue_early[k + 1]) || from_back[k + 1];
        if (out[k].is_none() || inherited[k])
            && ends_in_quote[k]
            && names_it
            && sentences[k].paragraph == sentences[k + 1].paragraph
        {
            from_back[k] = true;
            out[k] = out[k + 1].clone().map(|mut a| {
                a.quote = QuoteKind::Direct;
                a.speaker_span = None;
                a.cue_span = None;
                a
            });
        }
    }
    (out, snapshot)
}

/// The attribution each of `units` (the tokens of unit `k` from `toks_of(k)`) states
/// with its own cue, continuing from `state` (the running state before `units[0]`);
/// `None` where a unit has no cue of its own. Inherited speakers and the look-back to
/// an earlier quotation are left out: only own cues are wanted (for the clauses of a
/// split sentence).
pub(crate) fn own_cues<'a>(
    text: &'a str,
    units: &[SentenceRef],
    toks_of: impl Fn(usize) -> Cow<'a, [Token<'a>]>,
    mut state: Running,
) -> Vec<Option<Attribution>> {
    units
        .iter()
        .enumerate()
        .map(|(k, u)| {
            let found = state.step(text, u, &toks_of(k)).found;
            found.filter(|a| a.cue_span.is_some())
        })
        .collect()
}

/// What attribution carries from one sentence to the next.
#[derive(Debug, Clone, Default)]
pub(crate) struct Running {
    /// Every speaker so far, for pronouns.
    speakers: Vec<Attribution>,
    /// Documents named so far ("a statement from X"): unit index, noun, author.
    documents: Vec<(usize, &'static str, Attribution)>,
    /// Units (sentences or clauses) attributed so far.
    seen: usize,
    /// A quotation running on.
    open_quote: Option<Attribution>,
    /// A quotation opened but not closed, speaker unknown yet.
    open_pending: bool,
    prev_paragraph: usize,
    prev: Option<(usize, Option<Attribution>)>,
}

/// One sentence's attribution, and what the look-back pass needs of it.
struct Step {
    found: Option<Attribution>,
    ends_in_quote: bool,
    inherited: bool,
    cue_early: bool,
}

impl Running {
    /// Attributes sentence `s` (its tokens `toks`) and moves past it.
    fn step(&mut self, text: &str, s: &SentenceRef, toks: &[Token<'_>]) -> Step {
        let starts_with_quote = toks.first().is_some_and(|t| is_open_quote(t.text));
        // A quotation left open at the end of a paragraph runs on only if the next
        // paragraph opens with a quotation mark again (the news convention); that mark
        // re-opens it, so the paragraph starts outside for the quote state.
        let carried = self.open_quote.is_some() || self.open_pending;
        let new_paragraph = s.paragraph != self.prev_paragraph;
        let starts_in_quote = carried && !new_paragraph;
        let runs_on = carried && new_paragraph && starts_with_quote;
        let quoted = quoted_mask(toks, starts_in_quote);
        let mut found =
            find(text, toks, &quoted, &self.speakers).filter(|a| !verb_phrase_speaker(text, a));
        let here = self.seen;
        self.seen += 1;
        // "the statement said": whoever the last statement was from.
        if let Some(a) = found.as_mut() {
            let recent = self
                .documents
                .iter()
                .rev()
                .take_while(|d| d.0 + DOCUMENT_REACH >= here);
            resolve_document(text, a, recent.map(|(_, noun, author)| (*noun, author)));
        }
        if found.is_none() {
            // A quotation continuing from the sentence before, or a quote-only sentence
            // right after an attributed one in the same or the previous paragraph.
            let continues = starts_in_quote
                || runs_on
                || (starts_with_quote
                    && self.prev.as_ref().is_some_and(|(p, a)| {
                        a.is_some() && (*p == s.paragraph || *p + 1 == s.paragraph)
                    }));
            if continues {
                found = self
                    .open_quote
                    .clone()
                    .or_else(|| self.prev.as_ref().and_then(|(_, a)| a.clone()))
                    .map(|mut a| {
                        a.quote = QuoteKind::Direct;
                        a.cue = None;
                        a.speaker_span = None;
                        a.cue_span = None;
                        a
                    });
            }
        } else if let Some(a) = found.as_mut() {
            a.quote = quote_kind(toks, &quoted, a.speaker_span);
        }
        // Track whether a quotation stays open past this sentence.
        let net_open = ends_inside(toks, starts_in_quote);
        if net_open {
            self.open_quote = found.clone();
            self.open_pending = found.is_none();
        } else {
            self.open_quote = None;
            self.open_pending = false;
        }
        if let Some(a) = &found {
            if !is_pronoun(&a.speaker) {
                self.speakers.push(a.clone());
            }
        } else if !starts_in_quote {
            // A person named as the subject of a sentence with no attribution is who
            // "he" or "she" in the next one most likely is ("Yassine al-Yasseri ...
            // appeared outside the embassy. He told the AP ..."): a candidate too.
            self.speakers.extend(subject_person(text, toks, &quoted));
        }
        let named = documents_named(text, toks, &quoted, found.as_ref(), &self.speakers);
        self.documents
            .extend(named.into_iter().map(|(noun, author)| (here, noun, author)));
        self.prev_paragraph = s.paragraph;
        self.prev = Some((s.paragraph, found.clone()));
        Step {
            ends_in_quote: net_open || toks.last().is_some_and(|t| is_close_quote(t.text)),
            inherited: found.as_ref().is_some_and(|a| a.cue_span.is_none()),
            cue_early: found.as_ref().is_some_and(|a| {
                a.cue_span.is_some_and(|c| {
                    toks.iter()
                        .zip(&quoted)
                        .take_while(|(t, _)| t.span.start < c.start)
                        .filter(|(t, q)| t.is_word() && !**q)
                        .count()
                        <= 8
                })
            }),
            found,
        }
    }
}

/// A closing quotation mark (a straight one closes when a quotation is open).
fn is_close_quote(t: &str) -> bool {
    matches!(t, "”" | "\"" | "''" | "»")
}

fn is_open_quote(t: &str) -> bool {
    matches!(t, "\"" | "''" | "“" | "‘" | "«")
}

/// Whether a quotation is still open at the end of the sentence, given the state at
/// its start. Curly quotes say which way they go; straight ones alternate.
fn ends_inside(toks: &[Token<'_>], inside: bool) -> bool {
    toks.iter().fold(inside, |inside, t| match t.text {
        "“" | "«" => true,
        "”" | "»" => false,
        "\"" | "''" => !inside,
        _ => inside,
    })
}

/// For each token, whether it lies inside double quotation marks; `inside` is the
/// state at the sentence start (a quotation running on from the sentence before).
fn quoted_mask(toks: &[Token<'_>], inside: bool) -> Vec<bool> {
    let mut inside = inside;
    toks.iter()
        .map(|t| match t.text {
            "“" | "«" => {
                inside = true;
                false
            }
            "”" | "»" => {
                inside = false;
                false
            }
            "\"" | "''" => {
                inside = !inside;
                false
            }
            _ => inside,
        })
        .collect()
}

/// The token in lower case, borrowed when it already is (most words are).
fn lower<'a>(t: &Token<'a>) -> std::borrow::Cow<'a, str> {
    lowercase(t.text)
}

/// The attribution a sentence states itself, if any.
fn find(
    text: &str,
    toks: &[Token<'_>],
    quoted: &[bool],
    speakers: &[Attribution],
) -> Option<Attribution> {
    if let Some(a) = label_speaker(text, toks, speakers) {
        return Some(a);
    }
    // "X's claim that ..." states X's claim; "X's plan to ..." only names an intention,
    // which the sentence's own cue ("Farmers opposed X's plan") outranks.
    let possessive = possessive_claim(text, toks, quoted, speakers);
    // After the sentence's own cue ("Frazier said that Rubio's claim that ... is not
    // true") the possessive is part of the content.
    let cue_before = |a: &Attribution| {
        let at = a.cue_span.map_or(0, |c| c.start);
        toks.iter()
            .zip(quoted)
            .take_while(|(t, _)| t.span.start < at)
            .any(|(t, q)| !q && lexicon::contains(lexicon::SPEECH_VERBS, &lower(t)))
    };
    if let Some(a) = possessive.as_ref().filter(|a| !cue_before(a)).filter(|a| {
        has(CLAIM_NOUNS, &&*lowercase(a.cue.as_deref().unwrap_or("")))
            && a.speaker_span.is_some_and(|sp| {
                // A pronoun possessor ("his claim that") defers to the sentence's cue.
                !matches!(&*lowercase(&text[sp.range()]), "his" | "her" | "their")
            })
    }) {
        return Some(a.clone());
    }
    let mut cited: Option<(Span, String)> = None;
    let mut according: Option<Attribution> = None;
    let mut agent: Option<String> = None;
    // Candidates with a rank: a frame closing the sentence (", sources said.") is the
    // outermost attribution; speech verbs beat verbs of belief and action.
    let mut best: Option<(u8, Attribution)> = None;
    // Speech-verb cues in reading order, for reports of reports ("X reported that Y said").
    let mut reports: Vec<(usize, Attribution)> = Vec::new();
    let mut offer = |rank: u8, a: Attribution| {
        if best.as_ref().is_none_or(|(r, _)| rank > *r) {
            best = Some((rank, a));
        }
    };
    // A headline in title case ("Bush Says We Should Act") capitalises its cue too.
    let title_case = title_case(toks);
    if let Some(a) = possessive {
        offer(0, a);
    }
    if let Some(a) = viewpoint(text, toks, speakers) {
        offer(0, a);
    }
    let mut i = 0;
    while i < toks.len() {
        if quoted[i] {
            i += 1;
            continue;
        }
        // Asked of every word: a capitalised one is lower-cased into `buf`, not a new String.
        let mut buf = [0; 32];
        let w = lowercase_in(toks[i].text, &mut buf);
        // "according to S"
        if w == "according" && toks.get(i + 1).is_some_and(|t| t.text == "to") {
            if let Some(np) = np_after(text, toks, i + 2) {
                let cue = Span::new(toks[i].span.start, toks[i + 1].span.end);
                let a = make(text, np, "according to", cue, vec![], speakers, true);
                according.get_or_insert_with(|| a.clone());
                offer(2, a);
            }
            i += 2;
            continue;
        }
        // "in a new Quinnipiac poll", "in the RealClearPolitics average of surveys":
        // figures from a poll or study are its claims.
        if w == "in" {
            if let Some(np) = study_after(toks, i + 1) {
                let a = make(text, np, "in", toks[i].span, vec![], speakers, false);
                offer(1, a);
            }
        }
        // "citing S": S is the speaker, the subject an intermediary.
        // Only a source is cited (or quoted) this way; "..., citing his anger at
        // articles" gives a reason, and "citing" is then an ordinary participle cue.
        if w == "citing" || w == "quoting" {
            if let Some(np) = np_after(text, toks, i + 1).filter(|&np| is_source_np(toks, np)) {
                cited = Some((np, clean_np(text, np)));
                i += 1;
                continue;
            }
        }
        // Most words are no cue: only a cue verb, "put" ("as X put it"), or a word
        // before a comma, colon or "by" (a verb introducing a quotation, a passive
        // agent) goes on to the checks below.
        let may_cue = w == "put"
            || toks
                .get(i + 1)
                .is_some_and(|t| matches!(t.text, "," | ":" | "by"))
            || is_cue_word(&w)
            || phrasal_cue(toks, i, &w);
        if !may_cue {
            i += 1;
            continue;
        }
        // "As reported by Western Journalism", "a plan announced by the ministry": the
        // agent of a passive reporting verb is the speaker.
        // When the sentence has its own speaker ("In a statement published by KCNA, Kim
        // promised ..."), the agent is the intermediary.
        if passive_by_cue(toks, i, &w) {
            if let Some(np) = np_after(text, toks, i + 2) {
                let a = make(text, np, &w, toks[i].span, vec![], speakers, true);
                agent = Some(a.speaker.clone());
                offer(0, a);
            }
        }
        // "Noting that both battled the media, Schlafly put ...": an opening participle
        // belongs to the main clause's subject.
        if i == 0 && w.ends_with("ing") && lexicon::is_cue_verb(&w) {
            if let Some(np) = sentence_subject(toks, quoted, toks.len()) {
                offer(1, make(text, np, &w, toks[i].span, vec![], speakers, true));
            }
        }
        // "That said, ..." is a discourse marker, not a report.
        if w == "said"
            && i >= 1
            && toks[i - 1].text.eq_ignore_ascii_case("that")
            && toks.get(i + 1).is_some_and(|t| t.text == ",")
            && (i == 1 || matches!(toks[i - 2].text, "(" | "," | "\"" | "“"))
        {
            i += 1;
            continue;
        }
        // "with polls showing Clinton's lead gone": the participle's own subject.
        if w.ends_with("ing") && lexicon::is_cue_verb(&w) {
            if let Some(k) = (i.saturating_sub(5)..i)
                .rev()
                .find(|&k| toks[k].text == "with")
            {
                let np = &toks[k + 1..i];
                if !np.is_empty() && np.iter().all(|t| t.is_word()) {
                    let span = Span::new(np[0].span.start, np[np.len() - 1].span.end);
                    // Below the sentence's own cue ("The poll shows Trump leading, with
                    // 13 percent undecided"), which comes first.
                    offer(
                        1,
                        make(text, span, &w, toks[i].span, vec![], speakers, true),
                    );
                    i += 1;
                    continue;
                }
            }
        }
        if verb_cue(toks, i, &w, title_case) {
            if let Some(a) = speaker_of_verb(text, toks, quoted, i, speakers) {
                // The frame closing the sentence: "..., sources said." or "..., said Smith."
                let rest_is_punct = toks[i + 1..].iter().all(|t| !t.is_word());
                let inverted_end = a.speaker_span.is_some_and(|sp| {
                    sp.start > toks[i].span.end
                        && toks[toks.partition_point(|t| t.span.start < sp.end)..]
                            .iter()
                            .all(|t| !t.is_word())
                });
                let after_comma = a.speaker_span.is_some_and(|sp| {
                    let before = if sp.start > toks[i].span.end {
                        toks[i].span.start
                    } else {
                        sp.start
                    };
                    token_before(toks, before)
                        .is_some_and(|t| matches!(t.text, "," | "”" | "\"" | "''"))
                });
                // A closing frame's speaker is a noun phrase, not a clause ("Hale
                // called for a new vote." does not close with "..., Hale ... new vote").
                let np_only = a.speaker_span.is_some_and(|sp| {
                    !tokens_in(toks, sp).iter().any(|t| {
                        let l = lowercase(t.text);
                        has(AUXILIARIES, &&*l)
                            || (l.ends_with("ed") && !t.is_capitalised())
                            || lexicon::is_cue_verb(&l)
                    })
                });
                let closing = after_comma && (rest_is_punct || inverted_end) && np_only;
                let speech = lexicon::contains(lexicon::SPEECH_VERBS, &w);
                if speech {
                    reports.push((i, a.clone()));
                }
                // A cue inside a subordinate clause ("..., who was visiting when Kim
                // announced the halt, said ...") yields to the main clause's.
                let subordinate = a.speaker_span.is_some_and(|sp| {
                    token_before(toks, sp.start)
                        .is_some_and(|t| has(CLAUSE_OPENERS, &&*lowercase(t.text)))
                });
                // "X is expected to say": what X will say, below anything X or
                // another speaker says in the sentence already.
                let raised = (i >= 3 && governed_by_cue(toks, i)) || agrees_to_a_deal(toks, i, &w);
                offer(
                    if closing {
                        3
                    } else if subordinate || raised {
                        0
                    } else if speech {
                        2
                    } else {
                        1
                    },
                    a,
                );
            }
        }
        i += 1;
    }
    let best = best.map(|(rank, a)| (rank, reported_report(text, toks, &reports, a)));
    let best = best.map(|(rank, a)| (rank, same_sentence_antecedent(text, toks, quoted, a)));
    let best = best.map(|(rank, a)| (rank, poll_result(text, toks, a)));
    let best = best.map(|(_, mut a)| {
        if let Some(agent) = agent.filter(|g| *g != a.speaker) {
            let via = via_name(agent);
            if !a.via.contains(&via) {
                a.via.insert(0, via);
            }
        }
        (0, a)
    });
    // "The Post reported that ..., according to two diplomats": an outlet's report
    // with a source named after it is the source's, the outlet an intermediary. "KCNA
    // said ..., according to the AP" is KCNA's, passed on by the AP.
    let best = match (best, according) {
        (Some((_, a)), Some(mut src)) if src.cue_span > a.cue_span => {
            if is_publication(&src.speaker) {
                let mut a = a;
                a.via.push(via_name(src.speaker));
                Some((0, a))
            } else if reports_for(&a) {
                src.via = std::iter::once(via_name(a.speaker)).chain(a.via).collect();
                Some((0, src))
            } else {
                Some((0, a))
            }
        }
        (best, _) => best,
    };
    match (best.map(|(_, a)| a), cited) {
        (Some(mut a), Some((span, name))) => {
            // "Citing unknown sources, the Middle East Eye said": sources ← MEE.
            let via = via_name(a.speaker);
            a.via.insert(0, via);
            a.speaker = name;
            a.speaker_span = Some(span);
            a.anonymous = is_anonymous(&a.speaker);
            Some(a)
        }
        (a, _) => a,
    }
}

/// Last words of a speaker that is a publication or news service ("The Washington
/// Post", "the newswire service Yonhap"). Sorted.
const PUBLICATION_WORDS: &[&str] = &[
    "afp",
    "agency",
    "ap",
    "bbc",
    "bloomberg",
    "broadcaster",
    "channel",
    "chronicle",
    "cnn",
    "courier",
    "daily",
    "gazette",
    "guardian",
    "herald",
    "interfax",
    "journal",
    "ledger",
    "magazine",
    "network",
    "news",
    "newspaper",
    "newswire",
    "observer",
    "outlet",
    "paper",
    "post",
    "press",
    "reuters",
    "site",
    "sputnik",
    "station",
    "tass",
    "telegraph",
    "times",
    "tribune",
    "website",
    "wire",
    "xinhua",
    "yonhap",
];

/// Whether a speaker is a publication or news service, by its last word.
fn is_publication(speaker: &str) -> bool {
    let last = lowercase(speaker.rsplit(' ').next().unwrap_or(""));
    has(PUBLICATION_WORDS, &&*last)
}

/// The gender "he" (or "she") cannot refer to.
fn opposite_of(pronoun: &str) -> Gender {
    if pronoun.eq_ignore_ascii_case("he") {
        Gender::Female
    } else {
        Gender::Male
    }
}

/// Whether a sentence is a headline in title case: of three or more words of four
/// letters or more, at least 80% capitalised.
fn title_case(toks: &[Token<'_>]) -> bool {
    let (mut long, mut capitalised) = (0, 0);
    for t in toks.iter().filter(|t| t.text.len() >= 4 && t.is_word()) {
        long += 1;
        capitalised += usize::from(t.is_capitalised());
    }
    long >= 3 && capitalised * 10 >= long * 8
}

/// Nouns for what a person is, which an appositive after a name gives ("X, a lawyer,").
/// Sorted.
const ROLE_NOUNS: &[&str] = &[
    "activist",
    "actor",
    "actress",
    "adviser",
    "advisor",
    "aide",
    "ambassador",
    "analyst",
    "author",
    "candidate",
    "chairman",
    "chairwoman",
    "chief",
    "commander",
    "congressman",
    "congresswoman",
    "diplomat",
    "director",
    "economist",
    "executive",
    "founder",
    "governor",
    "judge",
    "lawmaker",
    "lawyer",
    "leader",
    "manager",
    "mayor",
    "minister",
    "officer",
    "official",
    "owner",
    "president",
    "professor",
    "researcher",
    "resident",
    "secretary",
    "senator",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "strategist",
];

/// Whether a token can be part of a person's name: capitalised, or a lower-case name
/// particle ("al-Yasseri", "bin Salman", "van der Berg").
fn name_word(t: &Token<'_>) -> bool {
    t.is_word()
        && (t.is_capitalised()
            || t.text
                .split_once('-')
                .is_some_and(|(_, rest)| rest.starts_with(char::is_uppercase))
            || matches!(t.text, "bin" | "ibn" | "de" | "der" | "van" | "von" | "da"))
}

/// The sentence's subject as a would-be speaker, when it is a person's full name
/// ("Yassine al-Yasseri, Iraq's interior minister, appeared ..."): two or more name
/// words, not an organisation, a publication, a group or a headline, with a gender its
/// name shows or a role an appositive gives.
fn subject_person(text: &str, toks: &[Token<'_>], quoted: &[bool]) -> Option<Attribution> {
    // Most sentences have no two capitalised words in a row near their start: no
    // subject to look for.
    let head = &toks[..toks.len().min(16)];
    if !head
        .windows(2)
        .any(|w| w[0].is_capitalised() && name_word(&w[0]) && name_word(&w[1]))
    {
        return None;
    }
    let sp = sentence_subject(toks, quoted, toks.len())?;
    let words = tokens_in(toks, sp);
    let first = lowercase(words.first()?.text);
    if words.len() < 2
        || !words.iter().all(name_word)
        || lexicon::is_function_word(&first)
        || is_time_word(&first)
    {
        return None;
    }
    let name = clean_np(text, sp);
    if name.split_whitespace().count() < 2
        || words.iter().any(|t| possessive_base(t.text).is_some())
        || is_institution(&name)
        || is_publication(&name)
        || is_plural_phrase(&name)
        || is_anonymous(&name)
    {
        return None;
    }
    // A headline capitalises every word: its "subject" is no name.
    if title_case(toks) {
        return None;
    }
    // A person: the name shows a gender, or an appositive gives a role ("Yassine
    // al-Yasseri, Iraq's interior minister, appeared ...").
    let after = toks.partition_point(|t| t.span.start < sp.end);
    let role = toks.get(after).is_some_and(|t| t.text == ",")
        && toks[after + 1..]
            .iter()
            .take(6)
            .any(|t| has(ROLE_NOUNS, &&*lowercase(t.text)));
    if lexicon::gender_of(&name).is_none() && !role {
        return None;
    }
    Some(Attribution {
        speaker: name,
        via: Vec::new(),
        cue: None,
        quote: QuoteKind::Indirect,
        anonymous: false,
        speaker_span: Some(sp),
        cue_span: None,
    })
}

/// "In a CNN/ORC poll released Monday, 31% of Republicans said ...": a share of
/// respondents speaks through the poll, whose finding it is.
fn poll_result(text: &str, toks: &[Token<'_>], mut a: Attribution) -> Attribution {
    let Some(sp) = a.speaker_span else {
        return a;
    };
    let speaker = tokens_in(toks, sp);
    let share = speaker.first().is_some_and(|t| {
        t.text.starts_with(|c: char| c.is_ascii_digit())
            || matches!(
                &*lowercase(t.text),
                "most" | "majority" | "nearly" | "almost" | "about" | "over" | "half"
            )
    }) && speaker
        .iter()
        .any(|t| t.text.ends_with('%') || matches!(&*lowercase(t.text), "percent" | "in" | "of"));
    if !share || toks.first().is_none_or(|t| t.text != "In") {
        return a;
    }
    let Some(comma) = toks.iter().take(16).position(|t| t.text == ",") else {
        return a;
    };
    let opening = &toks[1..comma];
    if opening.len() < 2
        || !opening
            .iter()
            .any(|t| matches!(&*lowercase(t.text), "poll" | "survey" | "study"))
    {
        return a;
    }
    let np = Span::new(opening[0].span.start, opening[opening.len() - 1].span.end);
    a.via.insert(0, clean_np(text, np));
    a
}

/// "Donald Trump took aim at Clinton after he appeared to suggest ...": "he" or "she"
/// after the sentence's own subject, a person's name, is that person, whoever spoke
/// in the sentences before.
fn same_sentence_antecedent(
    text: &str,
    toks: &[Token<'_>],
    quoted: &[bool],
    mut a: Attribution,
) -> Attribution {
    let Some(sp) = a
        .speaker_span
        .filter(|sp| matches!(&*lowercase(&text[sp.range()]), "he" | "she"))
    else {
        return a;
    };
    let k = toks.partition_point(|t| t.span.start < sp.start);
    let Some(subject) = sentence_subject(toks, quoted, k) else {
        return a;
    };
    let words = tokens_in(toks, subject);
    let name = clean_np(text, subject);
    // The name's verb, an apposition or a parenthesis follows it: "The United"
    // (States) or "Michelle F" (. Tanzer) is only part of a name.
    let next_is_word = toks
        .get(toks.partition_point(|t| t.span.start < subject.end))
        .is_some_and(|t| matches!(t.text, "," | "(") || t.text.chars().all(char::is_lowercase));
    let first = words.first().map(|t| lowercase(t.text)).unwrap_or_default();
    if subject.end <= sp.start
        && words.len() >= 2
        && words.iter().all(Token::is_capitalised)
        && next_is_word
        && !matches!(&*first, "maybe" | "perhaps" | "then")
        && !lexicon::is_function_word(&first)
        && !is_institution(&name)
        && !is_plural_phrase(&name)
        && lexicon::gender_of(&name) != Some(opposite_of(&text[sp.range()]))
    {
        a.speaker = name;
        a.via.clear();
        a.anonymous = false;
    }
    a
}

/// Whether attribution `a` passes on a report rather than speaking for itself: its cue
/// is "report", or its speaker is a publication.
fn reports_for(a: &Attribution) -> bool {
    let cue = lowercase(a.cue.as_deref().unwrap_or(""));
    cue.starts_with("report") || is_publication(&a.speaker)
}

/// A report of a report: "The Washington Post reported that officials said ...",
/// "NK News reported that Kim told a meeting ...". When the chosen cue's complement
/// opens with another speech cue's subject, that speaker is the source and the
/// reporter an intermediary (nearest the outlet first), repeatedly for longer chains.
fn reported_report(
    text: &str,
    toks: &[Token<'_>],
    reports: &[(usize, Attribution)],
    mut a: Attribution,
) -> Attribution {
    let Some(mut k) = reports.iter().position(|(_, r)| r.cue_span == a.cue_span) else {
        return a;
    };
    loop {
        let (i, outer) = &reports[k];
        // The reporter precedes its cue: an inverted frame ("said Smith") closes a quote.
        if outer
            .speaker_span
            .is_none_or(|sp| sp.start > toks[*i].span.start)
        {
            return a;
        }
        let mut j = i + 1;
        if toks
            .get(j)
            .is_some_and(|t| t.text.eq_ignore_ascii_case("that"))
        {
            j += 1;
        }
        let Some(start) = toks.get(j).map(|t| t.span.start) else {
            return a;
        };
        // A pronoun ("sources said he said") is left to the reporter: its antecedent
        // is a guess, and the reporter is the one on record.
        let Some(inner) = reports[k + 1..].iter().position(|(ii, r)| {
            r.speaker_span.is_some_and(|sp| {
                sp.start == start
                    && sp.end <= toks[*ii].span.start
                    && !is_pronoun(&text[sp.range()])
            })
        }) else {
            return a;
        };
        k += 1 + inner;
        let mut via = a.via;
        via.push(via_name(a.speaker));
        via.extend(reports[k].1.via.iter().cloned());
        a = Attribution {
            via,
            ..reports[k].1.clone()
        };
    }
}

/// An intermediary's name: the gazetteer's canonical name where it has one, else as
/// written.
fn via_name(name: String) -> String {
    entities::canonical_form(&name).map_or(name, str::to_owned)
}

/// Whether `w` is a cue verb or an attitude adjective: one hash lookup for the test
/// every word of every sentence goes through.
fn is_cue_word(w: &str) -> bool {
    static SET: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::LazyLock::new(|| {
            lexicon::CUE_VERBS
                .iter()
                .chain(ATTITUDE_ADJECTIVES)
                .copied()
                .collect()
        });
    SET.contains(w)
}

/// Adjectives of attitude that, after a copula and with a complement, report a view
/// ("confident that", "worried about", "eager to"). Sorted.
const ATTITUDE_ADJECTIVES: &[&str] = &[
    "adamant",
    "afraid",
    "angry",
    "anxious",
    "aware",
    "certain",
    "concerned",
    "confident",
    "convinced",
    "critical",
    "disappointed",
    "doubtful",
    "eager",
    "frustrated",
    "furious",
    "happy",
    "hopeful",
    "optimistic",
    "pessimistic",
    "pleased",
    "proud",
    "reluctant",
    "sceptical",
    "skeptical",
    "sure",
    "upset",
    "wary",
    "worried",
];

/// Copulas before an adjective of attitude. Sorted.
const COPULAS: &[&str] = &[
    "appear", "appeared", "appears", "are", "be", "became", "become", "been", "feel", "feels",
    "felt", "grew", "is", "remain", "remained", "remains", "seem", "seemed", "seems", "was",
    "were",
];

/// Whether token `i` (lower-cased `w`) is a reporting verb here: not a noun ("the
/// report", "a new vote"), not passive ("were told", "accused of"), not an infinitive
/// governed by another cue ("declined to discuss"); or a verb introducing a quotation,
/// or "put it".
fn verb_cue(toks: &[Token<'_>], i: usize, w: &str, title_case: bool) -> bool {
    // A passive cue ("the crews were told") says nothing of who spoke; after a
    // determiner or possessive the word is a noun ("his tweets", "the report").
    let prev = i.checked_sub(1).map(|p| lowercase(toks[p].text));
    let passive = prev.as_deref().is_some_and(|p| has(BE_FORMS, &p))
        && (w.ends_with("ed")
            || matches!(
                w,
                "told" | "said" | "shown" | "found" | "thought" | "known" | "seen" | "heard"
            ));
    // After a form of "be" (and an adverb), a bare form with no complement is an
    // adjective: "the words are (certainly) welcome, but ..." ("officials are
    // confident that ..." is a view).
    let after_be = prev.as_deref().is_some_and(|p| {
        has(BE_FORMS, &p)
            || (p.ends_with("ly") && i >= 2 && has(BE_FORMS, &&*lowercase(toks[i - 2].text)))
    });
    let passive = passive
        || (after_be
            && !w.ends_with('s')
            && !w.ends_with("ed")
            && !w.ends_with("ing")
            && toks
                .get(i + 1)
                .is_none_or(|t| matches!(t.text, "," | "." | ";" | ":" | "!" | "?")));
    // A participle with no object is passive too, as in headlines: "bosses blamed
    // as warehouse burns", "mayor accused of fraud", "praised by critics".
    let next = toks.get(i + 1).map(lower);
    let passive = passive
        || (w.ends_with("ed")
            && next.as_deref().is_some_and(|n| {
                n == "by"
                    || (matches!(n, "as" | "for" | "of" | "over")
                        && matches!(
                            w,
                            "accused"
                                | "blamed"
                                | "criticised"
                                | "criticized"
                                | "praised"
                                | "condemned"
                                | "credited"
                                | "cited"
                                | "named"
                                | "questioned"
                        ))
            }));
    // "its only known test site", "the only reported case": a participle after
    // "only" after a determiner or possessive modifies the noun that follows.
    let passive = passive
        || (prev.as_deref() == Some("only")
            && (w.ends_with("ed")
                || lexicon::contains(lexicon::IRREGULAR_PAST, w)
                || matches!(w, "known" | "seen" | "shown"))
            && i >= 2
            && {
                let d = lowercase(toks[i - 2].text);
                matches!(
                    &*d,
                    "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "my" | "your"
                ) || possessive_base(toks[i - 2].text).is_some()
            });
    // "a new plan", "his early-morning tweets": a determiner two words back.
    let det2 = i >= 2
        && has(NOUN_LIKE_CUES, &w)
        && (modifies_noun(toks[i - 1].text) || toks[i - 1].text.contains('-'))
        && toks[i - 1]
            .text
            .chars()
            .all(|c| c.is_lowercase() || c == '-')
        && matches!(
            &*lowercase(toks[i - 2].text),
            "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "this"
        );
    let noun = det2
        || prev.as_deref().is_some_and(|p| {
            matches!(
                p,
                "the"
                    | "a"
                    | "an"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
                    | "our"
                    | "my"
                    | "your"
                    | "these"
                    | "those"
                    | "this"
            ) || possessive_base(p).is_some()
                // A plural after a figure counts things ("240 votes to 186", "3
                // reports"), unless the figure ends a name ("Article 33 affirms").
                || (w.ends_with('s')
                    && !w.ends_with("ss")
                    && p.starts_with(|c: char| c.is_ascii_digit())
                    && p.bytes().all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
                    && !(i >= 2 && toks[i - 2].is_capitalised()))
        });
    // Words as often nouns as verbs: the bare form ("the Journal report", "their hope")
    // is a verb only after a plural subject, a pronoun or an auxiliary ("officials
    // hope", "they fear", "did not want"); the "-s" form is a noun after an adjective,
    // a quantifier, a preposition, a participle or a past tense ("congressional
    // advocates", "two tweets", "to states such as", "setting rules", "drew protests")
    // or before an auxiliary ("which reports have indicated").
    let noun = noun
        || (lexicon::contains(NOUN_LIKE_CUES, w)
            && if w.ends_with('s') {
                prev.as_deref().is_some_and(|p| {
                    modifies_noun(p)
                        || has(PREPOSITIONS, &p)
                        // A participle, not a name ("King says", "Beijing says").
                        || (p.ends_with("ing") && !toks[i - 1].is_capitalised())
                        || p.ends_with("ed")
                        || lexicon::contains(lexicon::IRREGULAR_PAST, p)
                }) || toks
                    .get(i + 1)
                    .is_some_and(|t| has(AUXILIARIES, &&*lowercase(t.text)))
            } else {
                !prev.as_deref().is_some_and(bare_verb_context)
            });
    // "see" reports a view only with its complement ("sees the issue as a way",
    // "saw that the vote was lost"), not an experience ("have seen growing ties").
    // So does "maintain" ("maintain that ...", not "maintain relations").
    let needs_complement = matches!(
        w,
        "see" | "sees" | "saw" | "seen" | "seeing" | "maintain" | "maintains" | "maintained"
    );
    // What a reporter or witness saw is their account ("an AP reporter at the scene
    // saw flames rising").
    let witness = matches!(w, "see" | "sees" | "saw" | "seen" | "seeing")
        && toks[i.saturating_sub(5)..i]
            .iter()
            .any(|t| has(WITNESSES, &&*lowercase(t.text)));
    let perception = needs_complement
        && !witness
        && !toks[i + 1..]
            .iter()
            .take(10)
            .take_while(|t| t.is_word() || t.text == "'")
            .any(|t| matches!(t.text, "as" | "that"))
        && !toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.text, ":" | ",") || is_open_quote(t.text));
    // "attacked Clinton as too cozy with Wall Street" characterises; "attacked the
    // base" is an assault.
    let assault = matches!(w, "attack" | "attacks" | "attacked" | "attacking")
        && !toks[i + 1..].iter().take(6).any(|t| t.text == "as");
    // Any bare form after an article or such a determiner is a noun ("a new vote").
    let bare = !w.ends_with('s') && !w.ends_with("ed") && !w.ends_with("ing");
    let noun = noun
        || assault
        || perception
        || (bare
            && prev.as_deref().is_some_and(|p| {
                matches!(
                    p,
                    "a" | "an"
                        | "new"
                        | "another"
                        | "every"
                        | "each"
                        | "no"
                        | "any"
                        | "next"
                        | "last"
                        | "first"
                        | "second"
                        | "final"
                )
            }));
    // "both opposing parties", "many leading experts": a participle after a quantifier
    // modifies a noun (after an article it is caught above).
    let noun = noun
        || (w.ends_with("ing")
            && prev.as_deref().is_some_and(|p| {
                matches!(
                    p,
                    "both" | "all" | "many" | "some" | "several" | "most" | "few" | "other"
                )
            }));
    // "declined to discuss", "wants to say": the governing verb is the cue.
    // After a passive governing verb, a verb of speaking is the subject's own words
    // to come ("is expected to say", "was asked to explain").
    let governed = governed_by_cue(toks, i)
        && !(i >= 3 && has(SPEECH_ACTS, &w) && has(BE_FORMS, &&*lowercase(toks[i - 3].text)));
    // Any verb that introduces a quotation is a speech verb here: "He continued,
    // “...”", "she quipped: ''...''".
    let introduces_quote = i > 0
        && toks.get(i + 1).is_some_and(|t| matches!(t.text, "," | ":"))
        && toks.get(i + 2).is_some_and(|t| is_open_quote(t.text))
        && w.chars().all(|c| c.is_ascii_lowercase())
        && (w.ends_with("ed") || w.ends_with('s') || w == "read");
    // "Officials are confident that ...", "voters were upset about ...": an adjective
    // of attitude after a copula, with its complement, states the subject's view.
    let attitude = has(ATTITUDE_ADJECTIVES, &w)
        && toks.get(i + 1).is_some_and(|t| {
            matches!(t.text, "that" | "about" | "of" | "over" | "with")
                // "sure to reopen" says what is likely, not what anyone thinks.
                || (t.text == "to" && !matches!(w, "sure" | "certain"))
        })
        && {
            let mut k = i;
            while k > 0 && toks[k - 1].text.len() > 4 && toks[k - 1].text.ends_with("ly") {
                k -= 1;
            }
            k > 0 && has(COPULAS, &&*lowercase(toks[k - 1].text))
        };
    // "as Ruiz put it": the idiom reports words.
    // "Officials put the death toll at 40", "the Post puts the figure at $500bn": an
    // estimate is a claim.
    let put_it = matches!(w, "put" | "puts" | "putting")
        && (toks
            .get(i + 1)
            .is_some_and(|t| t.text == "it" && w == "put")
            || toks[i + 1..]
                .iter()
                .take(5)
                .position(|t| t.text == "at")
                .is_some_and(|k| {
                    k >= 2
                        && toks[i + 1..i + 1 + k]
                            .iter()
                            .any(|t| has(ESTIMATES, &&*lowercase(t.text)))
                }));
    !passive
        && !noun
        && !governed
        && (introduces_quote
            || put_it
            || attitude
            || lexicon::is_cue_verb(w)
            || phrasal_cue(toks, i, w))
        && (title_case
            || toks[i].text.chars().all(|c| c.is_lowercase())
            // "Said Comey, “...”" opens with its inverted frame.
            || (i == 0
                && matches!(w, "said" | "says" | "added" | "asked" | "wrote")
                && toks.get(1).is_some_and(Token::is_capitalised)))
        && !(title_case && i == 0)
}

/// A verb that reports only with the words after it: a retort ("Trump shot back that
/// ...", "fired back: ..."), "point to" / "point out", "made clear", a ranking ("lists
/// X at", "named X as"), "noticed that".
fn phrasal_cue(toks: &[Token<'_>], i: usize, w: &str) -> bool {
    let next = toks.get(i + 1).map(|t| t.text);
    retorts(toks, i, w)
        || (matches!(w, "point" | "points" | "pointed" | "pointing")
            && matches!(next, Some("to" | "out")))
        || (matches!(w, "make" | "makes" | "made" | "making") && next == Some("clear"))
        // "Forbes lists the Koch brothers at $40 billion", "named Cleveland as".
        || (matches!(w, "list" | "lists" | "listed" | "names" | "named")
            && toks[i + 1..]
                .iter()
                .take(6)
                .any(|t| matches!(t.text, "as" | "at")))
        || (matches!(w, "notice" | "notices" | "noticed") && next == Some("that"))
}

/// "Trump shot back that ...", "fired back: ...": a verb of striking with "back"
/// before what was said is a retort.
fn retorts(toks: &[Token<'_>], i: usize, w: &str) -> bool {
    matches!(
        w,
        "shot"
            | "shoots"
            | "shoot"
            | "fired"
            | "fires"
            | "fire"
            | "hit"
            | "hits"
            | "snapped"
            | "snaps"
            | "struck"
            | "strikes"
            | "lashed"
            | "lashes"
            | "pushed"
            | "pushes"
    ) && toks.get(i + 1).is_some_and(|t| t.text == "back")
        && toks
            .get(i + 2)
            .is_some_and(|t| matches!(t.text, "that" | "," | ":") || is_open_quote(t.text))
}

/// "agreed to a live broadcast": a deal, which any statement in the sentence outranks
/// ("which reports have indicated would ..."); "agreed to meet" and "agreed that" state
/// something.
fn agrees_to_a_deal(toks: &[Token<'_>], i: usize, w: &str) -> bool {
    matches!(w, "agree" | "agrees" | "agreed" | "agreeing")
        && toks.get(i + 1).is_some_and(|t| t.text == "to")
        && toks.get(i + 2).is_some_and(|t| {
            matches!(
                &*lowercase(t.text),
                "a" | "an"
                    | "the"
                    | "this"
                    | "that"
                    | "these"
                    | "those"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
                    | "our"
                    | "any"
                    | "some"
            ) || t.text.starts_with(|c: char| c.is_ascii_digit())
        })
}

/// Whether the word at `i` is an infinitive after a cue verb: "declined to discuss",
/// "is expected to say".
fn governed_by_cue(toks: &[Token<'_>], i: usize) -> bool {
    i >= 2
        && toks[i - 1].text.eq_ignore_ascii_case("to")
        && lexicon::is_cue_verb(&lowercase(toks[i - 2].text))
}

/// Who sees for the record: what they saw is their account. Sorted.
const WITNESSES: &[&str] = &[
    "correspondent",
    "journalist",
    "journalists",
    "photographer",
    "reporter",
    "reporters",
    "witness",
    "witnesses",
];

/// What "put ... at" estimates ("put the death toll at 40"). Sorted.
const ESTIMATES: &[&str] = &[
    "bill", "cost", "count", "damage", "estimate", "figure", "losses", "number", "tally", "toll",
    "total",
];

/// Forms of "be", which make a participle after them passive. Sorted.
const BE_FORMS: &[&str] = &["are", "be", "been", "being", "is", "was", "were"];

/// Verbs of speaking in their bare form, which "X is expected to ..." announces. Sorted.
const SPEECH_ACTS: &[&str] = &[
    "announce", "argue", "ask", "call", "declare", "deliver", "discuss", "endorse", "explain",
    "propose", "reveal", "say", "speak", "tell", "testify", "unveil", "urge", "warn",
];

/// Nouns of communication that, after a possessive, name who said it: "Trump's claim
/// that ...", "the ministry's statement that ...".
const CLAIM_NOUNS: &[&str] = &[
    "accusation",
    "allegation",
    "announcement",
    "argument",
    "assertion",
    "assurance",
    "belief",
    "charge",
    "claim",
    "comment",
    "comments",
    "contention",
    "insistence",
    "pledge",
    "prediction",
    "promise",
    "remark",
    "remarks",
    "statement",
    "suggestion",
    "view",
    "vow",
    "warning",
];

/// "X's claim that ...": the possessor speaks.
fn possessive_claim(
    text: &str,
    toks: &[Token<'_>],
    quoted: &[bool],
    speakers: &[Attribution],
) -> Option<Attribution> {
    // "X's claim that ...", and nouns of intention with their infinitive or object:
    // "Trump's plan to deport ...", "her call for a ban".
    const INTENTION_NOUNS: &[&str] = &[
        "bid", "call", "calls", "decision", "demand", "plan", "pledge", "promise", "proposal",
        "threat", "vow",
    ];
    let n = toks
        .iter()
        .zip(quoted)
        .enumerate()
        .position(|(k, (t, q))| {
            let next = toks.get(k + 1).map(|x| x.text);
            if *q || !matches!(next, Some("that" | "to" | "for")) {
                return false;
            }
            let w = lowercase(t.text);
            (has(CLAIM_NOUNS, &&*w) && next == Some("that"))
                || (has(INTENTION_NOUNS, &&*w) && matches!(next, Some("to" | "for")))
        })?;
    if n == 0 {
        return None;
    }
    let owner = toks[n - 1];
    // "his warning that ...": the pronoun's referent.
    let pronoun = match &*lowercase(owner.text) {
        "his" => Some("he"),
        "her" => Some("she"),
        "their" => Some("they"),
        _ => None,
    };
    if let Some(p) = pronoun {
        // "Ryan raises money, even while keeping his promise to ...": the sentence's
        // own named subject first, else the last speaker.
        if let Some(np) = sentence_subject(toks, quoted, n - 1)
            .filter(|np| {
                text[np.range()]
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
            })
            .filter(|np| !is_pronoun(&text[np.range()]))
        {
            return Some(make(
                text,
                np,
                toks[n].text,
                toks[n].span,
                Vec::new(),
                speakers,
                true,
            ));
        }
        let r = resolve_reference(p, speakers)?;
        return Some(referring(
            &r,
            toks[n].text.to_owned(),
            owner.span,
            toks[n].span,
        ));
    }
    // The possessor may be several capitalised words ("Donald Trump's"), with a word or
    // two before the noun ("Kim's surprise announcement that").
    let np = possessor(toks, n).filter(|np| !np.is_empty())?;
    Some(make(
        text,
        np,
        toks[n].text,
        toks[n].span,
        Vec::new(),
        speakers,
        true,
    ))
}

/// How many sentences back "the statement" looks for the statement it refers to.
const DOCUMENT_REACH: usize = 4;

/// Nouns for what a speaker issues, which a later "the statement said" refers back to.
const DOCUMENT_NOUNS: &[&str] = &[
    "announcement",
    "communique",
    "declaration",
    "letter",
    "message",
    "release",
    "speech",
    "statement",
    "tweet",
];

/// The document noun a word is, singular ("statements" → "statement").
fn document_noun(word: &str) -> Option<&'static str> {
    // Compared in place: this runs on every word of the text. Most words are shorter
    // than "tweet" (or longer than "announcements") and need no comparing.
    if !(5..=13).contains(&word.len()) {
        return None;
    }
    let singular = word.strip_suffix('s').unwrap_or(word);
    DOCUMENT_NOUNS
        .iter()
        .copied()
        .find(|n| word.eq_ignore_ascii_case(n) || singular.eq_ignore_ascii_case(n))
}

/// The documents a sentence names, with their authors: "a statement from the White
/// House" (a capitalised name: not "from the ministry"), "Kim's announcement", or the
/// sentence's own speaker when the document is part of its frame ("In a statement, the
/// ministry said ...", "he said in a statement").
fn documents_named(
    text: &str,
    toks: &[Token<'_>],
    quoted: &[bool],
    found: Option<&Attribution>,
    speakers: &[Attribution],
) -> Vec<(&'static str, Attribution)> {
    let mut out = Vec::new();
    for (k, t) in toks.iter().enumerate() {
        if quoted[k] || !t.is_word() {
            continue;
        }
        let Some(noun) = document_noun(t.text) else {
            continue;
        };
        let after = toks.get(k + 1).map(|x| x.text);
        // "from Kim", "from the White House" (a capitalised name after an optional "the").
        let the = usize::from(toks.get(k + 2).is_some_and(|x| x.text == "the"));
        let named = toks
            .get(k + 2 + the)
            .filter(|x| x.is_capitalised() && !quoted[k + 2 + the]);
        let author = match (after, named) {
            (Some("from" | "by"), Some(_)) => name_after(toks, k + 2)
                .map(|np| make(text, np, t.text, t.span, Vec::new(), speakers, true)),
            _ => possessor(toks, k)
                .map(|np| make(text, np, t.text, t.span, Vec::new(), speakers, true))
                // "said in a statement", "In a statement, X said": the frame's speaker.
                // A statement inside the content ("X said Y issued a statement") is not X's.
                .or_else(|| found.filter(|f| in_frame(toks, k, f)).cloned()),
        };
        // A document that is itself the speaker names no author.
        if let Some(a) = author.filter(|a| document_noun(&a.speaker).is_none()) {
            out.push((noun, a));
        }
    }
    out
}

/// The run of capitalised words (and "of") starting at `i`, skipping a leading "the".
fn name_after(toks: &[Token<'_>], i: usize) -> Option<Span> {
    let i = i + usize::from(toks.get(i).is_some_and(|t| t.text == "the"));
    let n = toks[i.min(toks.len())..]
        .iter()
        .take_while(|t| t.is_word() && (t.is_capitalised() || t.text == "of"))
        .count();
    // Not a trailing "of".
    let n = if n > 0 && toks[i + n - 1].text == "of" {
        n - 1
    } else {
        n
    };
    (n > 0).then(|| Span::new(toks[i].span.start, toks[i + n - 1].span.end))
}

/// Whether the noun at `n` follows "in" with at most two lower-case words between ("in
/// a statement", "in a written statement").
fn in_frame(toks: &[Token<'_>], n: usize, found: &Attribution) -> bool {
    (n.saturating_sub(3)..n).rev().any(|k| {
        toks[k].text.eq_ignore_ascii_case("in")
            && lower_case_words(&toks[k + 1..n])
            // "in a statement", not "in the statement" (one named before).
            && !matches!(toks[k + 1].text, "the" | "this" | "that" | "these" | "those")
            // Opening the sentence, after a comma, or a few words after the cue ("said
            // on Tuesday in a statement"), not inside the content ("said he lied in a
            // statement").
            && (k == 0
                || toks[k - 1].text == ","
                || found.cue_span.is_some_and(|c| {
                    toks[k.saturating_sub(3)..k].iter().any(|t| t.span.end == c.end)
                }))
    })
}

/// Whether every token is a lower-case word (what may stand between "in" or a possessor
/// and its noun: "in a written statement", "Kim's surprise announcement").
fn lower_case_words(toks: &[Token<'_>]) -> bool {
    toks.iter()
        .all(|t| t.is_word() && t.text.chars().all(char::is_lowercase))
}

/// The capitalised possessor of the noun at `n`, with up to two words between
/// ("Kim Jong Un's surprise announcement"): its span, without the "'s".
fn possessor(toks: &[Token<'_>], n: usize) -> Option<Span> {
    let owner = (n.saturating_sub(3)..n)
        .rev()
        .find(|&k| possessive_base(toks[k].text).is_some())?;
    // Only lower-case words between the possessor and its noun.
    if !lower_case_words(&toks[owner + 1..n]) {
        return None;
    }
    let o = toks[owner];
    if !o.is_capitalised() {
        return None;
    }
    let suffix = o.text.len() - possessive_base(o.text).map_or(o.text.len(), str::len);
    // Capitalised words before it, not a sentence-opening "Despite" or "After".
    let mut first = owner;
    while first > 0
        && toks[first - 1].is_word()
        && toks[first - 1].is_capitalised()
        && !lexicon::is_function_word(&lowercase(toks[first - 1].text))
        && !has(PREPOSITIONS, &&*lowercase(toks[first - 1].text))
        && owner - first < 3
    {
        first -= 1;
    }
    // "his New Year's speech": the capitalised words are a modifier, not the possessor.
    if first > 0
        && matches!(
            &*lowercase(toks[first - 1].text),
            "his" | "her" | "its" | "their" | "our" | "my" | "your"
        )
    {
        return None;
    }
    Some(Span::new(toks[first].span.start, o.span.end - suffix))
}

/// Replaces a definite document as speaker ("the statement said") with the author of
/// the last document of that kind named before it.
fn resolve_document<'a>(
    text: &str,
    a: &mut Attribution,
    mut latest_first: impl Iterator<Item = (&'static str, &'a Attribution)>,
) {
    let Some(sp) = a.speaker_span else {
        return;
    };
    let np = text[sp.range()].trim();
    let Some(rest) = np.strip_prefix("the ").or_else(|| np.strip_prefix("The ")) else {
        return;
    };
    let Some(noun) = document_noun(rest) else {
        return;
    };
    if let Some((_, author)) = latest_first.find(|(d, _)| *d == noun) {
        a.speaker.clone_from(&author.speaker);
        if a.via.is_empty() {
            a.via.clone_from(&author.via);
        }
        a.anonymous = author.anonymous;
    }
}

/// An attribution whose speaker is an earlier one (`r`) referred to by a pronoun at
/// `speaker_span` ("his warning that", "For them, ...").
fn referring(r: &Attribution, cue: String, speaker_span: Span, cue_span: Span) -> Attribution {
    Attribution {
        speaker: r.speaker.clone(),
        via: r.via.clone(),
        cue: Some(cue),
        quote: QuoteKind::Indirect,
        anonymous: r.anonymous,
        speaker_span: Some(speaker_span),
        cue_span: Some(cue_span),
    }
}

/// A viewpoint opening the sentence: "To Sharp, Trump is a kind man", "For many
/// voters, the economy comes first", "For them, ...". Only people or groups count, not
/// "For years" or "To be sure".
fn viewpoint(text: &str, toks: &[Token<'_>], speakers: &[Attribution]) -> Option<Attribution> {
    const GROUPS: &[&str] = &[
        "conservatives",
        "critics",
        "democrats",
        "experts",
        "fans",
        "liberals",
        "members",
        "observers",
        "officials",
        "people",
        "republicans",
        "residents",
        "students",
        "supporters",
        "voters",
        "workers",
    ];
    let first = toks.first()?;
    if !matches!(first.text, "To" | "For") {
        return None;
    }
    let comma = toks.iter().take(9).position(|t| t.text == ",")?;
    let np = &toks[1..comma];
    let last = np.last()?;
    let lower = lowercase(last.text);
    let pronoun = match &*lower {
        "them" => Some("they"),
        "him" => Some("he"),
        "her" => Some("she"),
        _ => None,
    };
    if np.len() == 1 {
        if let Some(p) = pronoun {
            let r = resolve_reference(p, speakers)?;
            return Some(referring(
                &r,
                lowercase(first.text).into_owned(),
                last.span,
                first.span,
            ));
        }
    }
    let person = np.iter().all(Token::is_word)
        && (np.iter().all(|t| t.is_capitalised())
            && !np.iter().any(|t| is_time_word(&lowercase(t.text)))
            || np.iter().any(|t| has(GROUPS, &&*lowercase(t.text))));
    if !person {
        return None;
    }
    let span = Span::new(np[0].span.start, last.span.end);
    Some(make(
        text,
        span,
        &lowercase(first.text),
        first.span,
        Vec::new(),
        speakers,
        false,
    ))
}

/// Speakers named by punctuation rather than a verb: a short name before a colon
/// opening the sentence ("Pence: Flowers won't be at debate"), or a name after a dash
/// closing a quotation ("“We are ashamed.” ― Ana Ruiz").
fn label_speaker(text: &str, toks: &[Token<'_>], speakers: &[Attribution]) -> Option<Attribution> {
    const LABELS: &[&str] = &[
        "analysis",
        "breaking",
        "editorial",
        "exclusive",
        "opinion",
        "photos",
        "related",
        "update",
        "video",
        "watch",
    ];
    // A transcript line may open with its quotation mark: "WALLACE: ...
    let skip = usize::from(toks.first().is_some_and(|t| is_open_quote(t.text)));
    let colon = toks
        .iter()
        .skip(skip)
        .take(5)
        .position(|t| t.text == ":")
        .map(|c| c + skip);
    if let Some(c) = colon {
        let name = &toks[skip..c];
        // "Q:" and "A:" in an interview transcript name no one.
        let is_name = !name.is_empty()
            && name.iter().all(|t| t.is_word() && t.is_capitalised())
            && !(name.len() == 1 && name[0].text.chars().count() == 1);
        if is_name && c + 1 < toks.len() && !LABELS.contains(&&*lowercase(name[0].text)) {
            let np = Span::new(name[0].span.start, name[name.len() - 1].span.end);
            return Some(make(
                text,
                np,
                ":",
                toks[c].span,
                Vec::new(),
                speakers,
                false,
            ));
        }
    }
    // A byline-style label before a quotation later in the sentence: "... - Michael P.
    // McDonald: “At long last ...", "More from Jones: “...".
    for c in 1..toks.len().saturating_sub(1) {
        if toks[c].text != ":" || !is_open_quote(toks[c + 1].text) {
            continue;
        }
        let start = (c.saturating_sub(6)..c)
            .rev()
            .take_while(|&j| {
                let t = &toks[j];
                (t.is_word() && t.is_capitalised())
                    || t.text == "and"
                    || (t.text.len() == 2 && t.text.ends_with('.'))
            })
            .last();
        let Some(start) = start else { continue };
        let opens = start == 0 || matches!(toks[start - 1].text, "-" | "–" | "—" | "from" | "From");
        if opens && toks[start].is_capitalised() && toks[c - 1].is_capitalised() {
            let np = Span::new(toks[start].span.start, toks[c - 1].span.end);
            return Some(make(
                text,
                np,
                ":",
                toks[c].span,
                Vec::new(),
                speakers,
                false,
            ));
        }
    }
    // "Caddell continued:" / "He added:" introducing a quotation that follows.
    if let [.., verb, colon] = toks {
        let v = toks.len() - 2;
        // "Devine said areas where Sanders wants changes include:" is Devine's.
        let earlier_speech = || {
            toks[..v]
                .iter()
                .any(|t| lexicon::contains(lexicon::SPEECH_VERBS, &lower(t)))
        };
        if colon.text == ":"
            && verb.is_word()
            && verb.text.chars().all(char::is_lowercase)
            // "Clinton has since apologized for what happened:" names no speaker.
            && (lexicon::is_cue_verb(verb.text)
                || matches!(verb.text, "continued" | "continues" | "replied" | "responded"))
            && !earlier_speech()
        {
            let region: Vec<usize> = (0..v).collect();
            if let Some(np) = subject_np(toks, &region) {
                return Some(make(
                    text,
                    np,
                    verb.text,
                    verb.span,
                    Vec::new(),
                    speakers,
                    true,
                ));
            }
        }
    }
    let dash = toks
        .iter()
        .rposition(|t| matches!(t.text, "―" | "—" | "–"))?;
    let closes_quote = dash > 0 && is_close_quote(toks[dash - 1].text);
    let mut name = &toks[dash + 1..];
    while name.last().is_some_and(|t| !t.is_word()) {
        name = &name[..name.len() - 1];
    }
    let is_name = !name.is_empty()
        && name.len() <= 5
        && name.iter().all(|t| t.is_word() && t.is_capitalised());
    if closes_quote && is_name {
        let np = Span::new(name[0].span.start, name[name.len() - 1].span.end);
        let mut a = make(text, np, "―", toks[dash].span, Vec::new(), speakers, false);
        a.quote = QuoteKind::Direct;
        return Some(a);
    }
    None
}

/// The subject of the sentence's main clause, for a participial cue ("Clinton mocked
/// the complaint, saying ..."): the first noun phrase after any opening adverbial.
fn sentence_subject(toks: &[Token<'_>], quoted: &[bool], before: usize) -> Option<Span> {
    let mut start = 0;
    let opener = toks.first().map(|t| lowercase(t.text)).unwrap_or_default();
    // Skip an opening adverbial: a prepositional phrase, a subordinate clause, an
    // adverb or a participial phrase ("Chastened by the analyses, the campaign ...").
    if has(PREPOSITIONS, &&*opener)
        || has(SUBORDINATORS, &&*opener)
        || opener.ends_with("ly")
        || opener.ends_with("ing")
        || opener.ends_with("ed")
        || opener == "here"
        || opener == "there"
        // "Last month, FBI Director James Comey called ..."
        || (toks[..before.min(4)].iter().any(|t| t.text == ",")
            && toks[..before.min(4)]
                .iter()
                .take_while(|t| t.text != ",")
                .any(|t| is_time_word(&lowercase(t.text))))
    {
        start = toks[..before]
            .iter()
            .take(LOOKBACK)
            .position(|t| t.text == ",")?
            + 1;
        // The adverbial may run on over commas: "At an event in Ames, Iowa, on
        // Sunday, Clinton ...": a part opening with a preposition, or a short run of
        // capitalised words (a place) followed by another comma.
        // A few parts at most: a sentence of thousands of such parts must stay linear.
        for _ in 0..6 {
            let part_end = toks[start..before.min(start + 12)]
                .iter()
                .position(|t| t.text == ",")
                .map(|p| start + p);
            let Some(part_end) = part_end else { break };
            let part = &toks[start..part_end];
            let w = part.first().map(|t| lowercase(t.text)).unwrap_or_default();
            // A relative clause on the phrase ("In New Hampshire, which votes next,
            // Bush said") belongs to it too.
            let adverbial = has(PREPOSITIONS, &&*w)
                || matches!(&*w, "which" | "where" | "who" | "when")
                || (part.len() <= 3 && part.iter().all(|t| t.is_capitalised() || t.text == "."));
            if !adverbial || part_end + 1 >= before {
                break;
            }
            start = part_end + 1;
        }
    } else if toks.len() > 2
        && ((is_connective(&opener) && toks[1].text == ",")
            || matches!(&*opener, "but" | "and" | "yet" | "so" | "or"))
    {
        // "But the campaign ...", "Likewise, Trump ..."
        start = if toks[1].text == "," { 2 } else { 1 };
    }
    let mut end = start;
    while end < before && end < start + 8 {
        let t = &toks[end];
        let w = lowercase(t.text);
        let verb_like = has(AUXILIARIES, &&*w)
            || lexicon::is_cue_verb(&w)
            || lexicon::contains(lexicon::IRREGULAR_PAST, &w)
            || (!t.is_capitalised() && w.ends_with("ed"));
        // After a name, a lower-case word is its verb ("Ruiz put the blame"), unless
        // the name is a demonym ("Israeli official") or the word a plural noun.
        let after_name = end > start
            && toks[start..end].iter().all(|x| x.is_capitalised())
            && entities::canonical_form(toks[end - 1].text).is_none()
            // nor a party ("Democratic presidential candidate Bernie Sanders").
            && !matches!(toks[end - 1].text, "Democratic" | "Republican" | "Democrat")
            && !lexicon::is_function_word(&lowercase(toks[end - 1].text))
            && t.text.chars().all(char::is_lowercase)
            && !lexicon::is_function_word(&w)
            && !w.ends_with('s');
        if quoted[end] || !t.is_word() || verb_like || after_name {
            break;
        }
        end += 1;
    }
    // "A man on a loudspeaker also was heard": adverbs before the verb are not the subject.
    let mut subject: Vec<usize> = (start..end).collect();
    trim_auxiliaries(toks, &mut subject);
    let (&first, &last) = (subject.first()?, subject.last()?);
    Some(Span::new(toks[first].span.start, toks[last].span.end))
}

/// The speaker of the reporting verb at `v`.
fn speaker_of_verb(
    text: &str,
    toks: &[Token<'_>],
    quoted: &[bool],
    v: usize,
    speakers: &[Attribution],
) -> Option<Attribution> {
    let cue = toks[v].text.to_owned();
    // Region before the verb: back to the sentence start or a closing quotation mark.
    // A subject sits within a few dozen tokens of its verb; looking further would make
    // a sentence with thousands of cues quadratic.
    let mut start = v.saturating_sub(LOOKBACK);
    for j in (start..v).rev() {
        if quoted[j] || is_close_quote(toks[j].text) || matches!(toks[j].text, ":" | ";") {
            start = j + 1;
            break;
        }
    }
    let region: Vec<usize> = (start..v).collect();
    // "Clinton mocked the complaint, saying ...": the participle's speaker is the
    // subject of the main clause.
    // An adverb may sit between ("..., falsely suggesting", "and defiantly offered").
    let adverb = |j: usize| toks[j].text.len() > 4 && toks[j].text.ends_with("ly");
    let before_adverb = if v > 1 && adverb(v - 1) { v - 1 } else { v };
    // The comma may sit inside a closing quotation mark (`“New York values,” saying`);
    // "while saying", "by saying" attach the same way.
    let after_comma = |j: usize| {
        j > 0
            && (matches!(toks[j - 1].text, "," | "while" | "by")
                || (j > 1 && is_close_quote(toks[j - 1].text) && toks[j - 2].text == ","))
    };
    let participle = v > 0
        && ((cue.ends_with("ing") && after_comma(before_adverb))
            || coordinated(toks, before_adverb));
    // "... and Clevelanders get nervous, said Christine Link": after a comma or a
    // closing quotation, a name right after the verb is the speaker.
    // Only a verb without a person as object inverts: "told MEE" names the hearer.
    let inverted = v > 0
        && (toks[v - 1].text == "," || is_close_quote(toks[v - 1].text))
        && lexicon::contains(lexicon::SPEECH_VERBS, &lowercase(&cue))
        && !matches!(&*cue, "told" | "tells" | "tell" | "telling");
    let inverted = if inverted {
        inverted_speaker(text, toks, v)
    } else {
        None
    };
    let subject = if inverted.is_some() {
        inverted
    } else if participle {
        sentence_subject(toks, quoted, v)
    } else {
        // A long or clause-bearing stretch before the verb: the name or pronoun right
        // before it ("In a 2016 meeting with the Post Trump said", "in which he said").
        subject_np(toks, &region).or_else(|| name_before(toks, &region))
    };
    let np = match subject {
        Some(np) => np,
        None => {
            // Inverted: "..., said the official." / "added Smith, a spokesman": only
            // when the verb follows a quotation, a comma or the sentence start.
            // A closing mark may be doubled up: ",''' said" is '' then '.
            let mut p = v;
            while p > 1 && toks[p - 1].text == "'" {
                p -= 1;
            }
            let opens = p == 0 || toks[p - 1].text == "," || is_close_quote(toks[p - 1].text);
            // A participle never inverts: in ", citing low growth" what follows is
            // the content.
            if !opens || cue.ends_with("ing") {
                return None;
            }
            let after = np_after(text, toks, v + 1)?;
            let after_text = &text[after.range()];
            if after_text.split_whitespace().count() > 8 {
                return None;
            }
            // An inverted speaker closes the frame ("said Smith." / "said Smith, a
            // lawyer"); "said the days when ... had “...”" is a clause, not a name.
            if !closes_frame(toks, after.end) {
                return None;
            }
            after
        }
    };
    let mut via = intermediaries(text, toks, v);
    via.extend(quoted_by(text, toks, &region));
    Some(make(text, np, &cue, toks[v].span, via, speakers, true))
}

/// A speaker named right after the verb that closes its frame: "said Christine Link,
/// director of ...", "said the official.", "said Robby Mook in a statement". It must
/// look like a name or a role, not a clause ("said the plan failed").
fn inverted_speaker(text: &str, toks: &[Token<'_>], v: usize) -> Option<Span> {
    let np = np_after(text, toks, v + 1)?;
    let words: Vec<&Token<'_>> = tokens_in(toks, np).iter().filter(|t| t.is_word()).collect();
    if words.is_empty() || words.len() > 8 {
        return None;
    }
    let first = words[0];
    let role = matches!(first.text, "the" | "a" | "an")
        && words.get(1).is_some_and(|w| {
            lexicon::contains(lexicon::ANONYMOUS_HEADS, &lowercase(w.text))
                || lexicon::contains(lexicon::TITLES, w.text)
        });
    let name = first.is_capitalised() && words.iter().all(|w| w.is_capitalised() || w.text == "of");
    if !(role || name) {
        return None;
    }
    closes_frame(toks, np.end).then_some(np)
}

/// Whether what follows byte `end` closes an inverted frame: the end, punctuation
/// other than an opening quotation mark, a preposition ("said Robby Mook in a
/// statement") or a relative pronoun ("said Smith, who ...").
fn closes_frame(toks: &[Token<'_>], end: usize) -> bool {
    toks.get(toks.partition_point(|t| t.span.start < end))
        .is_none_or(|t| {
            (!t.is_word() && !is_open_quote(t.text))
                || has(PREPOSITIONS, &t.text)
                || matches!(t.text, "who" | "which")
        })
}

/// Whether the verb at `v` is coordinated with an earlier one ("... and said",
/// "but has said"), so that its subject is the sentence's.
fn coordinated(toks: &[Token<'_>], v: usize) -> bool {
    let mut j = v;
    while j > 0 && {
        let w = lowercase(toks[j - 1].text);
        has(AUXILIARIES, &&*w)
            || is_time_word(&w)
            || matches!(
                &*w,
                "on" | "last"
                    | "this"
                    | "then"
                    | "later"
                    | "also"
                    | "instead"
                    | "both"
                    | "now"
                    | "still"
                    | "even"
                    | "again"
                    | "already"
            )
            || (w.len() > 4 && w.ends_with("ly"))
    } {
        j -= 1;
    }
    j > 0 && matches!(toks[j - 1].text, "and" | "but" | "or")
}

/// The proper name (a run of capitalised words) or personal pronoun ending `region`.
fn name_before(toks: &[Token<'_>], region: &[usize]) -> Option<Span> {
    let mut region = region.to_vec();
    trim_auxiliaries(toks, &mut region);
    let &last = region.last()?;
    if is_pronoun(toks[last].text) && toks[last].text != "it" && toks[last].text != "who" {
        return Some(toks[last].span);
    }
    let run: Vec<usize> = region
        .iter()
        .rev()
        .take_while(|&&j| toks[j].is_word() && toks[j].is_capitalised())
        .copied()
        .collect();
    // Not the sentence's first word alone, which is capitalised anyway.
    if run.is_empty() || run.len() > 4 || (run.len() == 1 && run[0] == 0) {
        return None;
    }
    let (first, last) = (*run.last()?, run[0]);
    Some(Span::new(toks[first].span.start, toks[last].span.end))
}

/// Drops auxiliaries, negations and adverbs right before the verb ("has not",
/// "also", "repeatedly").
fn trim_auxiliaries(toks: &[Token<'_>], chosen: &mut Vec<usize>) {
    while let Some(&j) = chosen.last() {
        let w = lowercase(toks[j].text);
        let aux = matches!(
            &*w,
            "has"
                | "have"
                | "had"
                | "did"
                | "does"
                | "do"
                | "was"
                | "were"
                | "is"
                | "are"
                | "will"
                | "would"
                | "not"
                | "also"
                | "then"
                | "later"
                | "never"
                | "again"
                | "once"
                | "long"
                | "often"
                | "still"
                | "already"
                | "just"
                | "only"
                | "even"
                | "ever"
                | "could"
                | "may"
                | "might"
                | "should"
                | "must"
                | "can"
                | "been"
                | "be"
                | "both"
                | "instead"
        ) || has(COPULAS, &&*w)
            || (w.ends_with("ly") && w.len() > 4 && !toks[j].is_capitalised());
        // A time between subject and verb: "Scott on Monday announced", "Beck last week
        // said", "officials Tuesday said".
        let time = is_time_word(&w)
            || (matches!(&*w, "on" | "last" | "this" | "next" | "earlier") && chosen.len() >= 2);
        if aux || time {
            chosen.pop();
        } else {
            break;
        }
    }
}

/// How far before "as" the "quoted" of "was quoted (by X) as saying" is looked for.
const QUOTED_AS_REACH: usize = 8;

/// The position of "quoted" in a region ending "quoted as" or "quoted by X as".
fn quoted_as(toks: &[Token<'_>], region: &[usize]) -> Option<usize> {
    let (&last, rest) = region.split_last()?;
    if !toks[last].text.eq_ignore_ascii_case("as") {
        return None;
    }
    let k = (rest.len().saturating_sub(QUOTED_AS_REACH)..rest.len())
        .rev()
        .find(|&k| toks[rest[k]].text == "quoted")?;
    // Only "by X" may stand between "quoted" and "as".
    (k + 1 == rest.len() || toks[rest[k + 1]].text == "by").then_some(k)
}

/// "Hale was quoted as saying" is Hale's: the subject of "quoted".
fn quoted_as_subject(toks: &[Token<'_>], region: &mut Vec<usize>) {
    if let Some(k) = quoted_as(toks, region) {
        region.truncate(k);
    }
}

/// The outlet of "quoted by the Herald as saying", an intermediary.
fn quoted_by(text: &str, toks: &[Token<'_>], region: &[usize]) -> Option<String> {
    let k = quoted_as(toks, region)?;
    // Between "quoted by" and the closing "as"; empty for a bare "quoted as".
    let mut by = region.get(k + 2..region.len() - 1)?;
    if by
        .first()
        .is_some_and(|&j| toks[j].text.eq_ignore_ascii_case("the"))
    {
        by = &by[1..];
    }
    let (&first, &last) = (by.first()?, by.last()?);
    let name = crate::segment::collapse(&text[toks[first].span.start..toks[last].span.end]);
    Some(via_name(name))
}

/// Verbs whose object speaks the infinitive after it: "urging the crews to claim" is
/// the crews' claim. Sorted.
const OBJECT_CONTROL: &[&str] = &[
    "allow",
    "allowed",
    "allowing",
    "allows",
    "ask",
    "asked",
    "asking",
    "asks",
    "compel",
    "compelled",
    "compelling",
    "compels",
    "encourage",
    "encouraged",
    "encourages",
    "encouraging",
    "force",
    "forced",
    "forces",
    "forcing",
    "invite",
    "invited",
    "invites",
    "inviting",
    "led",
    "obligate",
    "obligated",
    "obligates",
    "obligating",
    "persuade",
    "persuaded",
    "persuades",
    "persuading",
    "prompt",
    "prompted",
    "prompting",
    "prompts",
    "push",
    "pushed",
    "pushes",
    "pushing",
    "require",
    "required",
    "requires",
    "requiring",
    "urge",
    "urged",
    "urges",
    "urging",
];

/// Words between a subject and its infinitive: "Stumpf appeared to blame", "he went on
/// to say", "the Times is expected to endorse" are the subject's words. Sorted.
const SUBJECT_CONTROL: &[&str] = &[
    "able",
    "about",
    "appear",
    "appeared",
    "appears",
    "attempted",
    "began",
    "begin",
    "begins",
    "continue",
    "continued",
    "continues",
    "declined",
    "declines",
    "due",
    "expected",
    "going",
    "hope",
    "hoped",
    "hopes",
    "likely",
    "need",
    "needed",
    "needs",
    "on",
    "plan",
    "planned",
    "plans",
    "poised",
    "prepared",
    "preparing",
    "ready",
    "refuse",
    "refused",
    "refuses",
    "scheduled",
    "seek",
    "seeks",
    "seem",
    "seemed",
    "seems",
    "set",
    "sought",
    "started",
    "tried",
    "tries",
    "try",
    "unable",
    "unlikely",
    "unwilling",
    "used",
    "want",
    "wanted",
    "wants",
    "willing",
];

/// How far before "to" the verb governing an infinitive cue is looked for.
const CONTROL_REACH: usize = 6;

/// Narrows `region` before an infinitive cue ("... to claim") to the stretch that holds
/// its speaker: the object of "prompting the crews to", the subject of "Stumpf appeared
/// to". Without a governing verb, only the "to" goes.
fn infinitive_subject(toks: &[Token<'_>], region: &mut Vec<usize>) {
    if region.last().is_none_or(|&j| toks[j].text != "to") {
        return;
    }
    region.pop();
    let n = region.len();
    let word = |k: usize| lowercase(toks[region[k]].text);
    let reach = n.saturating_sub(CONTROL_REACH);
    // The object sits between the verb and "to"; a comma in between ends the search.
    let clause_start = (0..n)
        .rev()
        .find(|&k| toks[region[k]].text == ",")
        .map_or(0, |k| k + 1);
    let from = reach.max(clause_start);
    if let Some(k) = (from..n.saturating_sub(1))
        .rev()
        .find(|&k| has(OBJECT_CONTROL, &&*word(k)))
    {
        region.drain(..=k);
    } else if let Some(k) = (from..n).rev().find(|&k| {
        let w = word(k);
        has(SUBJECT_CONTROL, &&*w)
            // "went on to say": "on" counts only after "go".
            && (w != "on" || k > 0 && matches!(&*word(k - 1), "went" | "go" | "goes" | "going"))
            // "is set to argue", "is due to testify": these words say it only right
            // before "to" ("the board set up a panel to ..." is the panel's).
            && (!matches!(
                &*w,
                "about" | "due" | "poised" | "prepared" | "preparing" | "scheduled" | "set"
            ) || k + 1 == n)
    }) {
        let k = if word(k) == "on" { k - 1 } else { k };
        region.truncate(k);
    } else if n >= 2
        && toks[region[n - 1]].text.chars().all(char::is_lowercase)
        && possessive_base(toks[region[n - 2]].text)
            // "it's hard to know", "there's reason to believe": not possessives.
            .is_some_and(|base| {
                !matches!(
                    &*lowercase(base),
                    "it" | "there"
                        | "that"
                        | "what"
                        | "he"
                        | "she"
                        | "who"
                        | "here"
                        | "let"
                        | "where"
                        | "how"
                )
            })
    {
        // "Hale's refusal to comment", "the minister's decision to announce": the
        // possessor does it.
        region.truncate(n - 1);
    }
    // "It's hard to know", "there is reason to believe": no one's words.
    let opener = region.first().map(|&j| lowercase(toks[j].text));
    let second = region.get(1).map(|&j| lowercase(toks[j].text));
    let extraposed = matches!(
        (opener.as_deref(), second.as_deref()),
        (Some("it's" | "it’s" | "there's" | "there’s"), _)
            | (
                Some("it" | "there"),
                Some("is" | "was" | "will" | "would" | "may")
            )
    );
    if extraposed && region.len() <= 5 {
        region.clear();
    }
}

/// The subject noun phrase among the tokens `region` before a verb.
fn subject_np(toks: &[Token<'_>], region: &[usize]) -> Option<Span> {
    let mut region = region.to_vec();
    quoted_as_subject(toks, &mut region);
    infinitive_subject(toks, &mut region);
    trim_auxiliaries(toks, &mut region);
    if region.is_empty() {
        return None;
    }
    // Split at commas and dashes; "Citing X, the Eye said" takes the last part,
    // "Smith, a former envoy, said" the first.
    // A parenthesis ("Warren (D-MA) said", "Rendell (D), a supporter, said") is
    // left out.
    let mut parts: Vec<Vec<usize>> = vec![Vec::new()];
    // An opening parenthesis with no closing one before the verb encloses the whole
    // sentence ("(A spokesman said that ...)"), so it hides nothing.
    let closes = region.iter().filter(|&&j| toks[j].text == ")").count();
    let mut unmatched = region
        .iter()
        .filter(|&&j| toks[j].text == "(")
        .count()
        .saturating_sub(closes);
    // Paired dashes enclose an aside too ("Kagan — who was an architect of the surge
    // — supports ..."): the first opens it, the second closes it.
    let dashes = region
        .iter()
        .filter(|&&j| matches!(toks[j].text, "—" | "–" | "―"))
        .count();
    let mut open_dash = false;
    let mut depth = 0usize;
    for &j in &region {
        match toks[j].text {
            "(" if unmatched > 0 => unmatched -= 1,
            "(" => depth += 1,
            ")" => depth = depth.saturating_sub(1),
            "—" | "–" | "―" if dashes >= 2 && depth == 0 => open_dash = !open_dash,
            _ if depth > 0 || open_dash => {}
            "," | "—" | "–" | "―" => parts.push(Vec::new()),
            _ => {
                if let Some(p) = parts.last_mut() {
                    p.push(j);
                }
            }
        }
    }
    parts.retain(|p| !p.is_empty());
    // "Christie, who chairs the team, on Sunday defended": an adverbial right before
    // the verb is not the subject; the parts before it hold it.
    let ends_adverbial = parts.len() >= 2
        && parts.last().is_some_and(|p| {
            let w = lowercase(toks[p[0]].text);
            has(PREPOSITIONS, &&*w)
                && !matches!(&*w, "as" | "like" | "than")
                && p.len() <= 4
                // "in which he said" has its own subject.
                && !p.iter().any(|&j| {
                    is_pronoun(toks[j].text)
                        || matches!(toks[j].text, "which" | "whom" | "whose" | "where")
                })
        });
    if ends_adverbial {
        parts.pop();
        if let Some(&j) = parts.last().and_then(|p| p.last()) {
            // Behave as if the region ended with the comma before the adverbial.
            region.retain(|&k| k <= j + 1);
        }
    }
    // A connective opening the sentence ("However, Jill Martin, a lawyer, said").
    // So is an opening prepositional phrase ("In October, Clinton, the nominee, said").
    while parts.len() > 1
        // "Despite the support of Schumer, who said ...": the phrase holds the antecedent.
        && !matches!(toks[parts[1][0]].text, "who" | "who's" | "which" | "whose")
        && {
        let w = lowercase(toks[parts[0][0]].text);
        (parts[0].len() == 1 && is_connective(&w))
            || (has(PREPOSITIONS, &&*w) && !matches!(&*w, "as" | "like"))
            // and a time ("Last week, the director, James Comey, recommended").
            || (parts[0].len() <= 3
                && parts[0]
                    .iter()
                    .any(|&j| is_time_word(&lowercase(toks[j].text))))
    } {
        parts.remove(0);
    }
    let last = parts.last()?;
    let mut chosen: Vec<usize> = last.clone();
    // An appositive whose closing comma is missing: "Jo Hale, a spokesperson for the
    // port told ..." is Jo Hale.
    if parts.len() >= 2 && matches!(toks[last[0]].text, "a" | "an") {
        let before = &parts[parts.len() - 2];
        if before.len() <= 4
            && before
                .iter()
                .all(|&j| toks[j].is_word() && toks[j].is_capitalised())
        {
            chosen = before.clone();
        }
    }
    // A list as subject ("Palestinian leaders, activists and ordinary people"): the
    // last part joins the others with "and"/"or", and the first opens no adverbial.
    let opens_adverbial = |p: &[usize]| {
        p.first().is_some_and(|&j| {
            let w = lowercase(toks[j].text);
            has(PREPOSITIONS, &&*w)
                || has(SUBORDINATORS, &&*w)
                || w.ends_with("ing")
                || w.ends_with("ly")
        })
    };
    // A part with a verb ("Voters stayed home, and others said") is a clause.
    let has_verb = |p: &[usize]| {
        p.iter().any(|&j| {
            let w = lowercase(toks[j].text);
            w.ends_with("ed") || has(AUXILIARIES, &&*w)
        })
    };
    let is_list = parts.len() >= 2
        && last.iter().any(|&j| matches!(toks[j].text, "and" | "or"))
        && !opens_adverbial(&parts[0])
        && parts.iter().all(|p| p.len() <= 4 && !has_verb(p));
    if is_list {
        chosen = region
            .iter()
            .copied()
            .skip_while(|&j| toks[j].text == ",")
            .collect();
    }
    // A relative pronoun: "the UAE, which denied" → the noun phrase before the comma.
    if chosen.len() == 1 && matches!(toks[chosen[0]].text, "which" | "who") {
        let before = parts.get(parts.len().checked_sub(2)?)?;
        chosen = trailing_np(toks, before);
    } else if region.last().is_some_and(|&j| toks[j].text == ",") && parts.len() >= 2 {
        // Appositive ending right before the verb: "Smith, a former envoy, said"; a
        // role then a name ("The defense minister, Ana Ruiz, who ..., said") is the name.
        let is_name = |p: &[usize]| {
            p.len() <= 4
                && p.iter()
                    .all(|&j| toks[j].is_word() && toks[j].is_capitalised())
        };
        // A long first part is the content, the frame follows it ("Facebook built the
        // tool to help, a spokeswoman, Anna White, said").
        let frame = if parts[0].len() > 6 {
            &parts[1..]
        } else {
            &parts[..]
        };
        let relative = |p: &[usize]| {
            p.first()
                .is_some_and(|&j| matches!(toks[j].text, "who" | "who's" | "which" | "whose"))
        };
        chosen = match frame {
            [role, name, ..] if !is_name(role) && is_name(name) => name.clone(),
            [first, ..] if relative(first) => {
                // The part before the relative clause holds its antecedent.
                let k = parts.iter().position(|p| p == first).unwrap_or(0);
                match k.checked_sub(1) {
                    Some(b) => parts[b].clone(),
                    None => first.clone(),
                }
            }
            [first, ..] => first.clone(),
            [] => chosen,
        };
    }
    // "..., and other leaders said": the conjunction joins clauses, not the subject.
    if chosen.len() > 1
        && matches!(
            &*lowercase(toks[chosen[0]].text),
            "and" | "but" | "or" | "so" | "yet"
        )
    {
        chosen.remove(0);
    }
    // A clause ending right before the verb: "Her remarks came a day after she told"
    // → "she".
    // So does "what" ("installed what officials said was", "What critics call ...").
    if let Some(k) = chosen
        .iter()
        .rposition(|&j| has(CLAUSE_OPENERS, &&*lowercase(toks[j].text)))
    {
        let what = toks[chosen[k]].text.eq_ignore_ascii_case("what");
        if (k > 0 || what) && k + 1 < chosen.len() {
            chosen.drain(..=k);
        }
    }
    // An object relative: "which reports have indicated" → "reports".
    if chosen.len() > 1 && matches!(toks[chosen[0]].text, "which" | "whom") {
        chosen.remove(0);
    }
    // "The compound under siege as crowds protesting ...": "as" before a pronoun or a
    // bare plural opens a clause with its own subject ("a job as Secretary", "as a
    // signature issue", "such as" stay prepositions).
    if let Some(k) = chosen.iter().rposition(|&j| toks[j].text == "as") {
        let before = lowercase(toks[chosen[k.saturating_sub(1)]].text);
        let opens_clause = chosen.get(k + 1).is_some_and(|&j| {
            let w = toks[j].text;
            matches!(w, "he" | "she" | "they" | "we")
                || (w.len() > 3
                    && w.ends_with('s')
                    && !w.ends_with("ss")
                    && w.chars().all(|c| c.is_ascii_lowercase())
                    && !lexicon::is_function_word(w))
        });
        // Only a short subject right before the cue: "as he tries to put to rest
        // questions" has verbs of its own.
        if k > 0
            && k + 4 >= chosen.len()
            && opens_clause
            && !matches!(&*before, "such" | "well" | "known" | "same")
        {
            // "Clinton beamed as she said": the pronoun is the name before the main verb
            // ("Democratic front-runner Hillary Clinton aggressively prosecuted ...").
            let verb = chosen[..k].iter().position(|&j| {
                let w = toks[j].text;
                !toks[j].is_capitalised()
                    && (w.ends_with("ed")
                        || w.ends_with("ly")
                        // "Clinton faces a conundrum as she ..."
                        || (w.ends_with('s') && j > 0 && toks[j - 1].is_capitalised())
                        || has(AUXILIARIES, &w)
                        || lexicon::contains(lexicon::IRREGULAR_PAST, w))
            });
            let name: Vec<usize> = chosen[..verb.unwrap_or(0)]
                .iter()
                .rev()
                .copied()
                .take_while(|&j| toks[j].is_capitalised() && toks[j].is_word())
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            let pronoun = is_pronoun(toks[chosen[k + 1]].text);
            // "Trump's supporters cheered as they": the name is not the antecedent.
            let possessive = name
                .last()
                .is_some_and(|&j| possessive_base(toks[j].text).is_some());
            if pronoun && !name.is_empty() && !possessive {
                chosen = name;
            } else {
                chosen.drain(..=k);
            }
        }
    }
    // The clause's own subordinator ("while other voters said"): the subject follows.
    if chosen.len() > 1
        && matches!(
            &*lowercase(toks[chosen[0]].text),
            "while" | "whereas" | "although" | "though" | "because" | "when" | "if" | "as"
        )
    {
        chosen.remove(0);
    }
    // "Another source speaking to Fox News said": the participle and its object
    // modify the subject.
    if let Some(k) = chosen.iter().position(|&j| {
        let w = toks[j].text;
        w.ends_with("ing")
            && lexicon::is_cue_verb(w)
            && toks
                .get(j + 1)
                .is_some_and(|t| matches!(t.text, "to" | "with" | "on"))
    }) {
        if k > 0 {
            chosen.truncate(k);
        }
    }
    // "Now Donald Trump, ..., is promising": a sentence adverb before the name.
    if chosen.len() > 1
        && matches!(
            toks[chosen[0]].text,
            "Now" | "Still" | "Instead" | "Meanwhile" | "Then" | "Later" | "Earlier"
        )
        && toks[chosen[1]].is_capitalised()
    {
        chosen.remove(0);
    }
    if !chosen.iter().any(|&j| toks[j].is_word()) {
        return None;
    }
    let words: Vec<&str> = chosen.iter().map(|&j| toks[j].text).collect();
    let first = words.first()?;
    // A subject does not open with a preposition or subordinator ("despite claims").
    let opener = lowercase(first);
    if matches!(
        &*opener,
        "when"
            | "as"
            | "after"
            | "before"
            | "since"
            | "until"
            | "once"
            | "then"
            | "so"
            | "and"
            | "but"
    ) && words.len() > 1
        // An absolute clause: "with Pelosi reiterating her call" → Pelosi.
        || (opener == "with"
            && words.len() > 1
            && chosen.last().and_then(|&j| toks.get(j + 1)).is_some_and(|t| {
                t.text.ends_with("ing") && t.text.chars().all(|c| c.is_ascii_lowercase())
            }))
    {
        // "..., when Clinton cited" → Clinton
        let rest: Vec<usize> = chosen[1..].to_vec();
        return subject_np(toks, &rest);
    }
    // A subject is short and holds a noun: no "that", no other clause.
    if words.is_empty()
        || words.len() > 12
        || words.iter().any(|w| {
            matches!(
                *w,
                "that"
                    | "if"
                    | "when"
                    | "because"
                    | "how"
                    | "why"
                    | "was"
                    | "were"
                    | "is"
                    | "are"
                    | "could"
                    | "would"
                    | "will"
                    | "should"
                    | "has"
                    | "have"
                    | "had"
            )
        })
    {
        return None;
    }
    // Focus and time adverbs are no part of a speaker ("Even Rendell, a supporter,
    // said"; "but now said"): past them, or nobody when nothing else is left.
    let adverb = |w: &str| {
        matches!(
            &*lowercase(w),
            "even" | "now" | "still" | "also" | "then" | "later" | "again" | "already"
        )
    };
    if words.iter().all(|w| adverb(w)) {
        return None;
    }
    // So is a sentence adverb before a pronoun ("Naturally he said", "and frankly
    // they").
    let ly_before_pronoun =
        first.len() > 4 && first.ends_with("ly") && words.get(1).is_some_and(|w| is_pronoun(w));
    if adverb(first) || ly_before_pronoun {
        let rest: Vec<usize> = chosen[1..].to_vec();
        return subject_np(toks, &rest);
    }
    let contentful = words
        .iter()
        .any(|w| !lexicon::is_function_word(&lowercase(w)) || is_pronoun(w));
    // Nobody spoke: "None of the countries responded", "Nobody answered".
    // A participial opener ("Following initial reports, ...") is no subject.
    let participial = first.chars().next().is_some_and(char::is_uppercase) && participle(&opener);
    // Existential "there" is no one either ("there's no way of knowing whether").
    let existential = opener == "there" || possessive_base(&opener) == Some("there");
    let negative = participial
        || existential
        || matches!(&*opener, "nobody" | "none" | "neither" | "nothing" | "no");
    if !contentful || negative || has(PREPOSITIONS, &&*opener) || has(SUBORDINATORS, &&*opener) {
        return None;
    }
    let (a, b) = (*chosen.first()?, *chosen.last()?);
    Some(Span::new(toks[a].span.start, toks[b].span.end))
}

/// The tokens lying within `span`. Tokens are in text order, so a binary search finds
/// them: a check per cue must not scan the sentence, which may hold thousands of cues.
fn tokens_in<'t, 'a>(toks: &'t [Token<'a>], span: Span) -> &'t [Token<'a>] {
    let lo = toks.partition_point(|t| t.span.start < span.start);
    let hi = toks.partition_point(|t| t.span.end <= span.end).max(lo);
    &toks[lo..hi]
}

/// The last token ending at or before `pos`.
fn token_before<'t, 'a>(toks: &'t [Token<'a>], pos: usize) -> Option<&'t Token<'a>> {
    let k = toks.partition_point(|t| t.span.end <= pos);
    k.checked_sub(1).map(|k| &toks[k])
}

/// Whether the noun phrase at `np` can be a source: a name, an outlet, or a noun
/// such as "sources", "officials", "a report", "data".
fn is_source_np(toks: &[Token<'_>], np: Span) -> bool {
    const SOURCE_NOUNS: &[&str] = &[
        "account",
        "accounts",
        "analysis",
        "data",
        "document",
        "documents",
        "estimates",
        "figures",
        "people",
        "person",
        "poll",
        "polls",
        "records",
        "report",
        "reports",
        "research",
        "source",
        "sources",
        "statement",
        "statistics",
        "study",
        "survey",
    ];
    tokens_in(toks, np).iter().any(|t| {
        let l = lowercase(t.text);
        t.is_capitalised()
            || has(SOURCE_NOUNS, &&*l)
            || lexicon::contains(lexicon::ANONYMOUS_HEADS, &l)
    })
}

/// Whether the speaker found is a verb phrase, not a noun phrase: "asking him to
/// probe", "to give you the tenor" (a noun phrase opens with a determiner, a name or a
/// noun; "the ruling" is one).
fn verb_phrase_speaker(text: &str, a: &Attribution) -> bool {
    let mut words = a
        .speaker_span
        .and_then(|sp| text.get(sp.range()))
        .map(|s| s.split_whitespace())
        .into_iter()
        .flatten();
    let (Some(first), second) = (words.next(), words.next()) else {
        return false;
    };
    // A participle with its object ("asking him"); "leading Democrats" and "polling by
    // the A.F.L.-C.I.O." are noun phrases.
    let object = second.is_some_and(|w| matches!(w, "him" | "her" | "them" | "us" | "me" | "it"));
    (first == "to" && second.is_some())
        || (object && first.bytes().all(|b| b.is_ascii_lowercase()) && participle(first))
}

/// Whether a lower-case word ending in "-ing" is a verb's participle ("following",
/// "making", "running"), not a name that ends the same way ("king", "beijing",
/// "sterling"): its stem is an English word.
fn participle(w: &str) -> bool {
    let Some(stem) = w.strip_suffix("ing").filter(|s| s.len() >= 2) else {
        return false;
    };
    let word = |s: &str| lexicon::zipf(s).is_some_and(|z| z >= 3.0);
    // "running" -> "run"
    let mut last = stem.chars().rev();
    let undoubled = match (last.next(), last.next()) {
        (Some(a), Some(b)) if a == b => &stem[..stem.len() - a.len_utf8()],
        _ => stem,
    };
    word(stem) || word(&format!("{stem}e")) || (undoubled != stem && word(undoubled))
}

/// Whether sorted word list `list` holds `w` (a binary search: these lists are
/// consulted for every token).
fn has(list: &[&str], w: &&str) -> bool {
    lexicon::contains(list, w)
}

/// Prepositions that end a noun phrase read backwards.
const PREPOSITIONS: &[&str] = &[
    "about",
    "across",
    "after",
    "against",
    "amid",
    "among",
    "around",
    "as",
    "at",
    "before",
    "behind",
    "between",
    "beyond",
    "by",
    "despite",
    "during",
    "except",
    "following",
    "for",
    "from",
    "in",
    "including",
    "inside",
    "into",
    "like",
    "near",
    "of",
    "on",
    "outside",
    "over",
    "per",
    "regarding",
    "since",
    "than",
    "through",
    "throughout",
    "to",
    "toward",
    "towards",
    "under",
    "unlike",
    "upon",
    "via",
    "with",
    "within",
    "without",
];

/// How far back (in tokens) a subject is looked for.
const LOOKBACK: usize = 40;

/// Cue words that are as often nouns ("a new plan", "his early tweets").
const NOUN_LIKE_CUES: &[&str] = &[
    "advocate",
    "advocates",
    "answer",
    "answers",
    "blame",
    "blames",
    "call",
    "calls",
    "challenge",
    "challenges",
    "chant",
    "chants",
    "charge",
    "charges",
    "cheer",
    "cheers",
    "claim",
    "claims",
    "comment",
    "comments",
    "credit",
    "credits",
    "decline",
    "declines",
    "demand",
    "demands",
    "detail",
    "details",
    "document",
    "documents",
    "doubt",
    "doubts",
    "echo",
    "echoes",
    "email",
    "emails",
    "estimate",
    "estimates",
    "favor",
    "favors",
    "fear",
    "fears",
    "highlight",
    "highlights",
    "hope",
    "hopes",
    "label",
    "labels",
    "mention",
    "mentions",
    "note",
    "notes",
    "offer",
    "offers",
    "order",
    "orders",
    "outline",
    "outlines",
    "plan",
    "plans",
    "point",
    "points",
    "present",
    "presents",
    "press",
    "presses",
    "promise",
    "promises",
    "protest",
    "protests",
    "question",
    "questions",
    "quote",
    "quotes",
    "rebuke",
    "rebukes",
    "remark",
    "remarks",
    "report",
    "reports",
    "request",
    "requests",
    "rule",
    "rules",
    "signal",
    "signals",
    "state",
    "states",
    "support",
    "supports",
    "talk",
    "talks",
    "tweet",
    "tweets",
    "view",
    "views",
    "voice",
    "voices",
    "want",
    "wants",
    "warning",
    "warnings",
];

/// Whether a bare verb form ("hope", "want") can follow `prev`: a plural noun, a
/// personal pronoun, an auxiliary or modal, "to", or an adverb.
fn bare_verb_context(prev: &str) -> bool {
    matches!(
        prev,
        "i" | "we"
            | "you"
            | "they"
            | "to"
            | "not"
            | "n't"
            | "do"
            | "did"
            | "does"
            | "will"
            | "would"
            | "can"
            | "could"
            | "may"
            | "might"
            | "must"
            | "should"
            | "shall"
            | "who"
            | "also"
            | "still"
            | "often"
            | "never"
            | "now"
            | "both"
            | "all"
            | "others"
            | "many"
            | "most"
            | "some"
            | "police"
            | "people"
            | "staff"
            | "public"
    ) || prev.ends_with("ly")
        || (prev.len() > 3 && prev.ends_with('s') && !prev.ends_with("ss"))
}

/// Whether `prev` reads as an adjective or quantifier, so the plural after it is a
/// noun: a lowercase word with an adjective suffix, a number, or "many", "some", ...
fn modifies_noun(prev: &str) -> bool {
    // "anti-Muslim comments", "early-morning tweets"
    if prev.contains('-') && prev.chars().any(char::is_alphabetic) {
        return true;
    }
    const SUFFIXES: &[&str] = &[
        "al", "ive", "ous", "ic", "ful", "less", "able", "ible", "ary", "ant", "ent", "ish", "est",
    ];
    prev.chars().all(|c| c.is_lowercase())
        && (SUFFIXES
            .iter()
            .any(|x| prev.len() > x.len() + 2 && prev.ends_with(x))
            || matches!(
                prev,
                "many"
                    | "few"
                    | "several"
                    | "some"
                    | "all"
                    | "more"
                    | "most"
                    | "other"
                    | "such"
                    | "two"
                    | "three"
                    | "four"
                    | "five"
                    | "six"
                    | "seven"
                    | "eight"
                    | "nine"
                    | "ten"
                    | "dozen"
                    | "hundred"
                    | "new"
                    | "old"
                    | "recent"
                    | "early"
                    | "late"
                    | "latest"
                    | "own"
                    | "no"
                    | "any"
            ))
        || prev.chars().all(|c| c.is_ascii_digit())
}

/// Words that open a clause inside a sentence: a subject right after one belongs to
/// that clause, not the sentence.
const CLAUSE_OPENERS: &[&str] = &[
    "after", "although", "because", "before", "if", "since", "that", "though", "until", "what",
    "when", "where", "whether", "while",
];

/// Weekdays, months and time nouns that can stand between a subject and its verb.
fn is_time_word(w: &str) -> bool {
    matches!(
        w,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "week"
            | "month"
            | "year"
            | "night"
            | "morning"
            | "afternoon"
            | "evening"
            | "weekend"
            | "today"
            | "yesterday"
            | "tonight"
            | "recently"
            | "previously"
    )
}

/// A sentence adverb or connective standing alone before a comma ("However, ...").
fn is_connective(w: &str) -> bool {
    lexicon::is_function_word(w)
        || (w.len() > 4 && w.ends_with("ly"))
        || matches!(
            w,
            "however"
                | "meanwhile"
                | "still"
                | "instead"
                | "indeed"
                | "moreover"
                | "now"
                | "then"
                | "separately"
                | "earlier"
                | "later"
                | "today"
                | "yesterday"
                | "nevertheless"
                | "nonetheless"
                | "furthermore"
                | "besides"
                | "otherwise"
                | "therefore"
                | "thus"
                | "overall"
                | "again"
                | "likewise"
                | "similarly"
                | "additionally"
                | "also"
        )
}

/// Words that open a subordinate clause, never a subject.
const SUBORDINATORS: &[&str] = &[
    "although", "because", "despite", "if", "once", "though", "unless", "unlike", "when",
    "whenever", "whereas", "while",
];

/// The noun phrase ending a run of tokens: back to the last preposition or verb-like word.
fn trailing_np(toks: &[Token<'_>], part: &[usize]) -> Vec<usize> {
    let mut out = Vec::new();
    for &j in part.iter().rev() {
        let w = lowercase(toks[j].text);
        if has(PREPOSITIONS, &&*w)
            || (lexicon::is_function_word(&w) && !matches!(&*w, "the" | "a" | "an"))
        {
            break;
        }
        out.push(j);
    }
    out.reverse();
    out
}

/// Whether token `i` is a reporting verb in the passive with its agent next: "reported
/// by", "written by", "announced by".
fn passive_by_cue(toks: &[Token<'_>], i: usize, w: &str) -> bool {
    toks.get(i + 1).is_some_and(|t| t.text == "by")
        && w != "said"
        && (matches!(
            w,
            "written" | "announced" | "published" | "released" | "cited"
        ) || lexicon::contains(lexicon::SPEECH_VERBS, w))
}

/// A noun phrase starting at `i` headed by a poll, survey or study ("a new Washington
/// Post-ABC News poll", "the RealClearPolitics average of New Hampshire surveys").
fn study_after(toks: &[Token<'_>], i: usize) -> Option<Span> {
    const HEADS: &[&str] = &[
        "analysis", "census", "poll", "polling", "polls", "report", "study", "survey", "surveys",
    ];
    let mut head = None;
    for (n, t) in toks.iter().enumerate().skip(i).take(10) {
        let w = lowercase(t.text);
        if HEADS.contains(&&*w) {
            head = Some(n);
            // "the average of surveys" runs on; a head followed by "of" may too.
            if toks.get(n + 1).is_none_or(|x| x.text != "of") {
                break;
            }
        } else if !t.is_word() && !matches!(t.text, "/" | "-" | "'" | "’" | "." | "&") {
            break;
        }
    }
    let head = head?;
    Some(Span::new(toks[i].span.start, toks[head].span.end))
}

/// A noun phrase starting at token `i`: up to punctuation, "that", or a verb-like word; at most 10 words.
fn np_after(text: &str, toks: &[Token<'_>], i: usize) -> Option<Span> {
    let _ = text;
    let mut end = None;
    for (n, t) in toks.iter().enumerate().skip(i) {
        // A middle initial ("Paul D. Ryan") does not end the name.
        let initial = t.text == "."
            && n > i
            && toks[n - 1].text.len() == 1
            && toks[n - 1].text.chars().all(|c| c.is_ascii_uppercase());
        let stop = !t.is_word() && !initial && !matches!(t.text, "'" | "’" | "-" | "&")
            || matches!(
                t.text,
                "that" | "on" | "in" | "who" | "which" | "as" | "to" | "last" | "this" | "at"
            )
            || n >= i + 10;
        if stop {
            break;
        }
        end = Some(n);
    }
    let end = end?;
    Some(Span::new(toks[i].span.start, toks[end].span.end))
}

/// Intermediaries named after the verb: "told the Wall Street Journal", "in a
/// statement to the WSJ", "in an interview with CNN".
fn intermediaries(text: &str, toks: &[Token<'_>], v: usize) -> Vec<String> {
    let w = lowercase(toks[v].text);
    let mut target = None;
    if matches!(&*w, "told" | "tells" | "tell" | "telling") {
        target = Some(v + 1);
    } else {
        // "... in a statement to X" / "in an interview with X" within a few tokens.
        for j in v + 1..(v + 8).min(toks.len()) {
            let t = lowercase(toks[j].text);
            if matches!(
                &*t,
                "statement" | "interview" | "email" | "letter" | "comments"
            ) {
                if let Some(k) = (j + 1..(j + 3).min(toks.len()))
                    .find(|&k| matches!(toks[k].text, "to" | "with"))
                {
                    target = Some(k + 1);
                }
                break;
            }
        }
    }
    let Some(mut t) = target else {
        return Vec::new();
    };
    if toks
        .get(t)
        .is_some_and(|x| x.text.eq_ignore_ascii_case("the"))
    {
        t += 1;
    }
    let mut end = t;
    while end < toks.len()
        && toks[end].is_word()
        && (toks[end].is_capitalised() || toks[end].text == "of")
    {
        end += 1;
    }
    if end == t {
        return Vec::new();
    }
    let span = Span::new(toks[t].span.start, toks[end - 1].span.end);
    let name = crate::segment::collapse(&text[span.range()]);
    // Intermediaries are mostly outlets: their canonical name reads best in a chain.
    vec![via_name(name)]
}

/// Builds an attribution from a speaker span, resolving pronouns.
fn make(
    text: &str,
    np: Span,
    cue: &str,
    cue_span: Span,
    via: Vec<String>,
    speakers: &[Attribution],
    resolve: bool,
) -> Attribution {
    let name = clean_np(text, np);
    // "the official" refers back; "an official" introduces someone new.
    // (Only "T", "H", "E" and " " lower-case to these: no need to lower-case it all.)
    let definite = text[np.range()]
        .trim_start()
        .get(..4)
        .is_some_and(|w| w.eq_ignore_ascii_case("the "));
    let resolved = if resolve && (is_pronoun(&name) || (definite && is_definite_role(&name))) {
        resolve_reference(&name, speakers)
    } else {
        None
    };
    let (speaker, via, anonymous) = match resolved {
        Some(r) => {
            let via = if via.is_empty() { r.via.clone() } else { via };
            (r.speaker.clone(), via, r.anonymous)
        }
        None => {
            let anon = is_anonymous(&name);
            (name, via, anon)
        }
    };
    Attribution {
        speaker,
        via,
        cue: Some(cue.to_owned()),
        quote: QuoteKind::Indirect,
        anonymous,
        speaker_span: Some(np),
        cue_span: Some(cue_span),
    }
}

/// The speaker's name from its noun phrase, as the article writes it (readers and
/// annotators quote "the FBI", not "Federal Bureau of Investigation"): leading
/// articles and titles dropped. Comparison canonicalises it (`same_entity`).
fn clean_np(text: &str, np: Span) -> String {
    let raw = crate::segment::collapse(&text[np.range()]);
    let mut words: Vec<&str> = raw.split(' ').collect();
    // An honorific before a surname alone stays: "Mrs. Ruiz" says whom "she" is.
    let honorific =
        |w: &[&str]| w.len() == 2 && matches!(w[0], "Mr." | "Mrs." | "Ms." | "Mr" | "Mrs" | "Ms");
    while words.len() > 1
        && !honorific(&words)
        && (matches!(&*lowercase(words[0]), "the" | "a" | "an")
            || lexicon::contains(lexicon::TITLES, words[0])
            || (matches!(words[0], "spokesman" | "spokeswoman" | "spokesperson")
                // "spokesman Joe Buccino", not "spokesperson for the Pentagon"
                && words[1].chars().next().is_some_and(char::is_uppercase)))
    {
        words.remove(0);
    }
    // A role before a name ("fire chief Dana Whitfield", "union spokesman Tom Reyes"):
    // the name is the run of capitalised words that ends the phrase.
    let caps_run = |end: usize| {
        words[..end]
            .iter()
            .rev()
            .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
            .count()
    };
    let mut caps_tail = caps_run(words.len());
    // "the Roper Center for Public Opinion Research": a preposition after an
    // organisation's head word is inside its name.
    while caps_tail >= 1
        && caps_tail + 2 <= words.len()
        && has(PREPOSITIONS, &words[words.len() - caps_tail - 1])
        && has(
            lexicon::ORGANISATION_HEADS,
            &words[words.len() - caps_tail - 2],
        )
    {
        caps_tail += 1 + caps_run(words.len() - caps_tail - 1);
    }
    if caps_tail >= 2
        && caps_tail < words.len()
        && words[words.len() - caps_tail - 1]
            .chars()
            .all(char::is_lowercase)
        // "Ana Ruiz and Tom Hale" is two speakers, not a role before a name.
        && !matches!(words[words.len() - caps_tail - 1], "and" | "or" | "&")
    {
        words.drain(..words.len() - caps_tail);
    }
    // Possessive at the end ("Biden's") is not part of the name, nor is an
    // auxiliary contracted onto a pronoun ("I'd say", "They’ll argue").
    let name = words.join(" ");
    let uncontracted = name
        .rsplit_once(['\'', '’'])
        .filter(|(p, aux)| is_pronoun(p) && matches!(*aux, "d" | "ll" | "ve" | "re" | "m"))
        .map(|(p, _)| p.to_owned());
    uncontracted.unwrap_or_else(|| possessive_base(&name).map_or(name.clone(), str::to_owned))
}

/// The word without its possessive "'s" (straight or curly), if it has one.
fn possessive_base(w: &str) -> Option<&str> {
    w.strip_suffix("'s").or_else(|| w.strip_suffix("’s"))
}

fn is_pronoun(s: &str) -> bool {
    matches!(
        &*lowercase(s),
        "he" | "she" | "they" | "it" | "we" | "i" | "you" | "who"
    )
}

/// A speaker that is a role and nothing more, with or without its article
/// ("official", "an aide", "the spokesman"): it fits any fuller description of an
/// unnamed source.
pub(crate) fn is_bare_role(speaker: &str) -> bool {
    let lower = lowercase(speaker);
    let role = ["the ", "a ", "an "]
        .iter()
        .find_map(|article| lower.strip_prefix(article))
        .unwrap_or(&lower);
    is_definite_role(role)
}

/// "the official", "the spokesman", "the minister": a role already introduced.
fn is_definite_role(s: &str) -> bool {
    s.split_whitespace().count() == 1 && lexicon::contains(lexicon::ANONYMOUS_HEADS, &lowercase(s))
}

/// The earlier speaker a pronoun or role refers to ([`referent`]). "It" is the most
/// recent organisation, outlet or document, or the one one of the last two speakers
/// was quoted through ("..., the news agency said, quoting Mr. Kim. It also said ...").
fn resolve_reference<'a>(name: &str, speakers: &'a [Attribution]) -> Option<Cow<'a, Attribution>> {
    if !name.eq_ignore_ascii_case("it") {
        return referent(name, speakers).map(Cow::Borrowed);
    }
    // An agency one of the last two speakers was quoted through comes first: "It also
    // said" goes on with the agency that was just quoting. Otherwise the most recent
    // institution speaking.
    let quoting = speakers.iter().rev().take(2).find_map(|a| {
        let k = a.via.iter().rposition(|v| is_institution(v))?;
        (!is_institution(&a.speaker)).then_some((a, k))
    });
    if let Some((a, k)) = quoting {
        // `via` runs from the outlet towards the speaker.
        return Some(Cow::Owned(Attribution {
            speaker: a.via[k].clone(),
            via: a.via[..k].to_vec(),
            anonymous: false,
            ..a.clone()
        }));
    }
    speakers
        .iter()
        .rev()
        .find(|a| is_institution(&a.speaker))
        .map(Cow::Borrowed)
}

/// How many earlier speakers "he" or "she" may refer back to.
const PRONOUN_LOOKBACK: usize = 64;

/// The earlier speaker a pronoun or role refers to: the most recent one whose name
/// contains the role word, else (for he/she) the most recent named speaker.
fn referent<'a>(name: &str, speakers: &'a [Attribution]) -> Option<&'a Attribution> {
    let lower = lowercase(name);
    if is_definite_role(name) {
        // "the official": a speaker with that very word ("a State Department official")
        // first, then one with its plural or singular ("officials").
        let words = |a: &Attribution| {
            a.speaker
                .to_lowercase()
                .split_whitespace()
                .map(str::to_owned)
                .collect::<Vec<_>>()
        };
        let stem = lower.trim_end_matches('s');
        // A singular role with no speaker of its own word ("the official" after "a
        // spokesperson said") is the last single unnamed speaker, before any plural.
        let singular_role = |a: &Attribution| {
            words(a).last().is_some_and(|w| {
                !w.ends_with('s') && lexicon::contains(lexicon::ANONYMOUS_HEADS, w.as_str())
            })
        };
        return speakers
            .iter()
            .rev()
            .find(|a| words(a).iter().any(|w| *w == lower))
            .or_else(|| {
                speakers.iter().rev().find(|a| {
                    (lower == "official" && singular_role(a))
                        || words(a).iter().any(|w| w.trim_end_matches('s') == stem)
                })
            });
    }
    match &*lower {
        // The most recent speaker named by a name (not "officials"). When that one's
        // name or title says they are a woman ("he") or a man ("she"), the most recent
        // one it says is of the pronoun's gender; else the pronoun stays unresolved.
        "he" | "she" => {
            let other = opposite_of(&lower);
            // An antecedent is recent: a bounded look-back keeps a document of thousands
            // of speakers and pronouns from costing their product.
            let speakers = &speakers[speakers.len().saturating_sub(PRONOUN_LOOKBACK)..];
            // A surname alone ("Hale") has the gender of the fuller names ending in it,
            // if they agree (not "Clinton" after Bill and Hillary Clinton).
            let gender = |a: &Attribution| {
                lexicon::gender_of(&a.speaker).or_else(|| {
                    let surname = a.speaker.rsplit(' ').next()?;
                    let mut genders = speakers
                        .iter()
                        .filter(|b| b.speaker.len() > a.speaker.len())
                        .filter(|b| b.speaker.rsplit(' ').next() == Some(surname))
                        .filter_map(|b| lexicon::gender_of(&b.speaker));
                    let first = genders.next()?;
                    genders.all(|g| g == first).then_some(first)
                })
            };
            let mut named = speakers.iter().rev().filter(|a| {
                !a.anonymous
                    && a.speaker.chars().next().is_some_and(char::is_uppercase)
                    // "He" is one person: not "Republican candidates", "Ana Ruiz and
                    // Tom Hale" or "The Washington Post".
                    && !is_plural_phrase(&a.speaker)
                    && !is_publication(&a.speaker)
            });
            match named.next() {
                Some(a) if gender(a) == Some(other) => {
                    named.find(|a| gender(a).is_some_and(|g| g != other))
                }
                Some(a) => Some(a),
                None => speakers.last().filter(|a| gender(a) != Some(other)),
            }
        }
        "they" => speakers.iter().rev().find(|a| is_plural_group(&a.speaker)),
        _ => None,
    }
}

/// Whether a speaker is plain plural: a lower-case plural last word ("Republican
/// presidential candidates") or two speakers joined by "and". (Names ending in "s",
/// such as "Sanders", are not.)
fn is_plural_phrase(speaker: &str) -> bool {
    let last = speaker.rsplit(' ').next().unwrap_or(speaker);
    (last.chars().next().is_some_and(char::is_lowercase)
        && last.ends_with('s')
        && !last.ends_with("ss"))
        || speaker.contains(" and ")
}

/// Whether a speaker is a group "they" can refer to: "officials", "Investors",
/// "Senate Democrats", "Iranians", not "Bernie Sanders".
fn is_plural_group(speaker: &str) -> bool {
    let last = speaker.rsplit(' ').next().unwrap_or(speaker);
    let Some(singular) = last.strip_suffix('s') else {
        return false;
    };
    // A lone word is a plural noun, capitalised or not ("Investors", "officials"); after
    // a capitalised word, a capitalised last word is a name unless it is a group.
    if last == speaker || last.chars().next().is_some_and(char::is_lowercase) {
        return !last.ends_with("ss");
    }
    matches!(last, "Democrats" | "Republicans") || entities::canonical_form(singular).is_some()
}

/// Whether a speaker is an institution or a document ("KCNA", "the statement", "the
/// Pentagon"), which "it" can refer to, rather than a person.
fn is_institution(speaker: &str) -> bool {
    const HEADS: &[&str] = &[
        "authority",
        "board",
        "command",
        "committee",
        "company",
        "council",
        "court",
        "department",
        "firm",
        "government",
        "group",
        "media",
        "ministry",
        "office",
        "party",
        "report",
        "service",
        "union",
    ];
    let head = lowercase(speaker.rsplit(' ').next().unwrap_or(speaker));
    entities::canonical_form(speaker).is_some()
        || has(HEADS, &&*head)
        || document_noun(&head).is_some()
        || is_publication(speaker)
        || entities::is_acronym(speaker)
}

/// Whether a speaker is unnamed: an official, sources, a spokesperson, without a name.
pub(crate) fn is_anonymous(speaker: &str) -> bool {
    let lower = lowercase(speaker);
    let head = lower
        .split_whitespace()
        .position(|w| lexicon::contains(lexicon::ANONYMOUS_HEADS, w.trim_end_matches([',', ':'])));
    // A name comes after the role ("spokesman Ned Price", "aide, Sam Nunberg") or
    // before it in apposition ("Dmitry Peskov, the Kremlin spokesman"); capitals
    // before it otherwise say whose role it is ("a State Department spokesperson",
    // "senior Trump administration officials"), not who holds it.
    let named = head.is_some_and(|h| {
        let mut words = speaker.split_whitespace();
        words.by_ref().take(h).any(|w| w.ends_with(','))
            || words.skip(1).any(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    && entities::canonical_form(w).is_none()
            })
    });
    // "reports", "media reports": nobody says whose ("a Reuters report" does).
    let unowned_reports = matches!(lower.split_whitespace().last(), Some("report" | "reports"))
        && !speaker.chars().any(char::is_uppercase);
    head.is_some() && !named
        || unowned_reports
        || [
            "anonym",
            "unnamed",
            "unknown",
            "familiar with",
            "knowledge of",
            "close to",
        ]
        .iter()
        .any(|m| lower.contains(m))
}

/// Direct if the claim is mostly the speaker's quoted words, mixed if it quotes a
/// fragment, indirect otherwise.
fn quote_kind(toks: &[Token<'_>], quoted: &[bool], speaker: Option<Span>) -> QuoteKind {
    let words: Vec<usize> = (0..toks.len())
        .filter(|&i| toks[i].is_word() && !speaker.is_some_and(|s| s.contains(toks[i].span)))
        .collect();
    let inside = words.iter().filter(|&&i| quoted[i]).count();
    if inside == 0 {
        QuoteKind::Indirect
    } else if inside * 10 >= words.len() * 7 {
        QuoteKind::Direct
    } else {
        QuoteKind::Mixed
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_role_without_a_name_is_anonymous() {
        for speaker in [
            "officials",
            "State Department spokesperson",
            "senior Trump administration officials",
            "one West Virginia official",
            "one of Mr. Obama's climate advisers",
            "unidentified South Korean official",
            "people familiar with the talks",
            "media reports",
        ] {
            assert!(is_anonymous(speaker), "{speaker}");
        }
        for speaker in [
            "Kremlin spokesman Dmitry Peskov",
            "Dmitry Peskov, the Kremlin spokesman",
            "Trump's former aide, Sam Nunberg",
            "Foreign Minister Ayman Safadi",
            "State Department",
            "Pelosi",
            "a Reuters report",
        ] {
            assert!(!is_anonymous(speaker), "{speaker}");
        }
    }
    use super::*;

    fn run(paragraphs: &[&str]) -> (String, Vec<Option<Attribution>>) {
        let text = paragraphs.join("\n\n");
        let mut refs = Vec::new();
        let mut start = 0;
        for (p, para) in paragraphs.iter().enumerate() {
            for s in crate::segment::sentences(&text, Span::new(start, start + para.len())) {
                refs.push(SentenceRef {
                    span: s,
                    paragraph: p + 1,
                });
            }
            start += para.len() + 2;
        }
        let a = attribute(&text, &refs);
        (text, a)
    }

    fn speakers(paragraphs: &[&str]) -> Vec<Option<(String, Vec<String>)>> {
        run(paragraphs)
            .1
            .into_iter()
            .map(|a| a.map(|a| (a.speaker, a.via)))
            .collect()
    }

    fn s(name: &str, via: &[&str]) -> Option<(String, Vec<String>)> {
        Some((name.to_owned(), via.iter().map(|v| v.to_string()).collect()))
    }

    #[test]
    fn subject_cue_and_told_outlet() {
        assert_eq!(
            speakers(&["A senior diplomat told the Financial Times that the deal was close."]),
            [s("senior diplomat", &["Financial Times"])]
        );
    }

    #[test]
    fn quote_then_inverted_speaker_with_titles() {
        assert_eq!(
            speakers(&["“The border is closed,” said Lt. Gen. Maria Lopez, the army spokeswoman."]),
            [s("Maria Lopez", &[])]
        );
    }

    #[test]
    fn citing_makes_a_chain() {
        assert_eq!(
            speakers(&[
                "Citing unnamed officials, the Daily Planet reported on Monday that the plant had closed."
            ]),
            [s("unnamed officials", &["Daily Planet"])]
        );
    }

    #[test]
    fn according_to_and_trailing_cue() {
        assert_eq!(
            speakers(&[
                "The ships left port early, according to people familiar with the plan.",
                "The crews were told to stay silent, officials said."
            ]),
            [s("people familiar with the plan", &[]), s("officials", &[])]
        );
    }

    #[test]
    fn pronouns_and_quotes_carry_the_speaker() {
        assert_eq!(
            speakers(&[
                "“We will rebuild,” Mayor Ana Ruiz told reporters. “Nothing will stop us.”",
                "“It will take years,” she added."
            ]),
            [s("Ana Ruiz", &[]), s("Ana Ruiz", &[]), s("Ana Ruiz", &[])]
        );
    }

    #[test]
    fn appositive_and_relative_clause_speakers() {
        assert_eq!(
            speakers(&[
                "Tom Hale, a former envoy to the region, said the plan would fail.",
                "Nobody answered except the ministry, which denied any role in the strike."
            ]),
            [s("Tom Hale", &[]), s("ministry", &[])]
        );
    }

    #[test]
    fn cues_inside_quotes_are_not_attributions() {
        assert_eq!(
            speakers(&["Prices rose sharply in the spring and “nobody said a word” about it."]),
            [None]
        );
    }

    #[test]
    fn quote_kinds() {
        let (_, a) = run(&[
            "“The talks failed,” the minister said.",
            "The minister said the talks had “failed badly” in May.",
        ]);
        let kinds: Vec<QuoteKind> = a.into_iter().map(|a| a.unwrap().quote).collect();
        assert_eq!(kinds, [QuoteKind::Direct, QuoteKind::Mixed]);
    }

    #[test]
    fn colon_and_dash_name_the_speaker() {
        assert_eq!(
            speakers(&["Mayor Ruiz: The bridge will reopen in June."]),
            [s("Ruiz", &[])]
        );
        assert_eq!(
            speakers(&["Update: The bridge will reopen in June."]),
            [None]
        );
        assert_eq!(
            speakers(&["“We are ashamed of this.” ― Ana Ruiz"]),
            [s("Ana Ruiz", &[])]
        );
    }

    #[test]
    fn participle_takes_the_main_subject() {
        assert_eq!(
            speakers(&["Senator Lee mocked the complaint, saying nobody would believe it."]),
            [s("Lee", &[])]
        );
    }

    #[test]
    fn speaker_after_a_closed_quotation_names_it() {
        assert_eq!(
            speakers(&["“Who would have believed it?” Ruiz said, smiling at the crowd."]),
            [s("Ruiz", &[])]
        );
        assert_eq!(
            speakers(&["\"It is over. We lost,\" said Ana Ruiz."]),
            [s("Ana Ruiz", &[]), s("Ana Ruiz", &[])]
        );
    }

    #[test]
    fn straight_quotes_close_and_do_not_leak() {
        assert_eq!(
            speakers(&[
                "\"This is good news!\" the mayor said.",
                "\"We will see. Maybe.\"",
                "Prices rose in the spring."
            ]),
            [s("mayor", &[]), s("mayor", &[]), s("mayor", &[]), None]
        );
    }

    #[test]
    fn an_indefinite_role_is_a_new_speaker() {
        assert_eq!(
            speakers(&[
                "The plant closed, sources said.",
                "Workers were sent home, a source said."
            ]),
            [s("sources", &[]), s("source", &[])]
        );
    }

    #[test]
    fn role_before_a_name_is_dropped() {
        assert_eq!(
            speakers(&["The wind turned, fire chief Dana Whitfield said."]),
            [s("Dana Whitfield", &[])]
        );
    }

    #[test]
    fn name_or_pronoun_right_before_the_verb() {
        assert_eq!(
            speakers(&[
                "In a March meeting with the editorial board of the paper Trump said the alliance was obsolete.",
                "Voters watched the interview, in which he said he was skeptical.",
                "Cruz has long said that he qualifies."
            ]),
            [s("Trump", &[]), s("Trump", &[]), s("Cruz", &[])]
        );
    }

    #[test]
    fn possessive_claim_nouns_name_the_speaker() {
        assert_eq!(
            speakers(&["Analysts doubted Maria Lopez's claim that prices would fall."]),
            [s("Maria Lopez", &[])]
        );
    }

    #[test]
    fn verbs_of_attitude_are_cues_in_every_form() {
        assert_eq!(
            speakers(&[
                "Farm groups fear that the tariff will cut exports.",
                "The governor wants the bridge rebuilt by June.",
                "Maria Lopez defended the decision to close the port."
            ]),
            [
                s("Farm groups", &[]),
                s("governor", &[]),
                s("Maria Lopez", &[])
            ]
        );
    }

    #[test]
    fn a_bare_form_after_a_noun_is_a_noun() {
        // "report" and "hope" here are nouns: no one is quoted.
        assert_eq!(
            speakers(&[
                "Nobody answered the Daily Ledger report on the strike.",
                "Their hope was a quick settlement.",
                "Two congressional advocates for farmers visited the port."
            ]),
            [None, None, None]
        );
    }

    #[test]
    fn an_infinitive_after_a_cue_is_not_the_cue() {
        assert_eq!(
            speakers(&["The mayor declined to discuss the closure."]),
            [s("mayor", &[])]
        );
    }

    #[test]
    fn a_subordinate_clause_yields_to_the_main_one() {
        assert_eq!(
            speakers(&[
                "Her speech came a day after she told reporters the vote would fail.",
                "The minister, Ana Ruiz, who was abroad when the king announced the reform, said it was overdue."
            ]),
            [s("she", &[]), s("Ana Ruiz", &[])]
        );
    }

    #[test]
    fn an_absolute_clause_has_its_own_speaker() {
        assert_eq!(
            speakers(&[
                "with Senate Majority Leader Ana Ruiz repeating her call Friday morning for a vote."
            ]),
            [s("Senate Majority Leader Ana Ruiz", &[])]
        );
    }

    #[test]
    fn chant_rebuke_and_email_are_cues_email_the_noun_is_not() {
        assert_eq!(
            speakers(&[
                "The protesters chanted slogans against the port.",
                "Ana Ruiz rebuked the mayor for his remarks.",
                "The party emailed a news article to reporters.",
                "Tom Hale sent a fundraising email on Monday.",
            ]),
            [
                s("protesters", &[]),
                s("Ana Ruiz", &[]),
                s("party", &[]),
                None,
            ]
        );
    }

    #[test]
    fn attacking_someone_as_something_is_a_cue_attacking_a_base_is_not() {
        assert_eq!(
            speakers(&[
                "Tom Hale has attacked the mayor as too cozy with the port.",
                "Militiamen attacked the base on Friday.",
                "Critics derided the plan.",
            ]),
            [s("Tom Hale", &[]), None, s("Critics", &[])]
        );
    }

    #[test]
    fn a_share_of_respondents_speaks_through_the_poll() {
        assert_eq!(
            speakers(&[
                "In a Harbour Gazette poll released Monday, 31% of residents said the port should reopen.",
                "In a statement, Tom Hale said the port would reopen.",
            ]),
            [
                s(
                    "31% of residents",
                    &["Harbour Gazette poll released Monday"]
                ),
                s("Tom Hale", &[]),
            ]
        );
    }

    #[test]
    fn a_name_and_colon_before_a_quotation_is_its_speaker() {
        assert_eq!(
            speakers(&[
                "TURNOUT WAS HIGH - Ana Ruiz and Tom Hale: “The polls were not wrong.”",
                "More from Ruiz: “The data were there all along.”",
                "The result: a late win.",
            ]),
            [s("Ana Ruiz and Tom Hale", &[]), s("Ruiz", &[]), None]
        );
    }

    #[test]
    fn phrasal_cues_retort_point_to_make_clear() {
        assert_eq!(
            speakers(&[
                "Tom Hale shot back that the port had not been consulted.",
                "The mayor fired back: \"We will not move.\"",
                "The crowd fired back at the guards.",
                "Critics point to charities that fund the groups.",
                "Union leaders point out that the port lost money.",
                "Ana Ruiz made clear that she would run.",
                "The agency lists the town's population at 8,000.",
                "Tom Hale noticed that the gate was open.",
                "The board named a new chief on Friday.",
            ]),
            [
                s("Tom Hale", &[]),
                s("mayor", &[]),
                None,
                s("Critics", &[]),
                s("Union leaders", &[]),
                s("Ana Ruiz", &[]),
                s("agency", &[]),
                s("Tom Hale", &[]),
                None,
            ]
        );
    }

    #[test]
    fn focus_and_time_adverbs_are_no_part_of_a_speaker() {
        assert_eq!(
            speakers(&[
                "Even Tom Hale, a supporter of the plan, said it would be hard.",
                "Ana Ruiz backed the plan at first, but now said it would fail.",
            ]),
            [s("Tom Hale", &[]), s("Ana Ruiz", &[])]
        );
    }

    #[test]
    fn only_before_the_verb_and_counted_plurals() {
        assert_eq!(
            speakers(&[
                "I can only hope the council listens.",
                // A figure counts votes: no one speaks.
                "The council approved the plan by 240 votes to 186.",
                // A figure ending a name does not: the article says it.
                "Article 33 affirms that no state shall expel a refugee.",
            ]),
            [s("I", &[]), None, s("Article 33", &[])]
        );
    }

    #[test]
    fn a_name_ending_in_ing_is_no_participle() {
        assert_eq!(
            speakers(&[
                "King said the plan had failed.",
                "Sterling says the plan has failed.",
                // Participles still open an adverbial.
                "Following the vote, officials said the plan had failed.",
                "Running late, the mayor said the plan had failed.",
            ]),
            [
                s("King", &[]),
                s("Sterling", &[]),
                s("officials", &[]),
                s("mayor", &[])
            ]
        );
    }

    #[test]
    fn a_verb_phrase_is_no_speaker() {
        assert_eq!(
            speakers(&[
                "The port board met on Monday, asking him to probe claims the mayor made.",
                // An infinitive opener is no subject either.
                "But to give you the mood of the meeting, the mayor went on to boast about the port.",
            ]),
            [None, s("mayor", &[])]
        );
    }

    #[test]
    fn adverbs_and_contractions_are_no_part_of_a_pronoun_speaker() {
        assert_eq!(
            speakers(&[
                "Tom Hale met the crews on Monday.",
                "Naturally he said the plan had failed.",
                "I'd say the plan has failed.",
                "They’ll argue the plan has failed.",
            ]),
            [None, s("Tom Hale", &[]), s("I", &[]), s("They", &[])]
        );
    }

    #[test]
    fn a_statement_outranks_an_agreement_to_a_deal() {
        assert_eq!(
            speakers(&[
                "The two sides agreed to a live broadcast of the summit, which reports have indicated would focus on trade.",
                "The company agreed to a $7 million settlement.",
            ]),
            [s("reports", &[]), s("company", &[])]
        );
    }

    #[test]
    fn what_opens_a_clause_with_its_own_subject() {
        assert_eq!(
            speakers(&[
                "The two sides installed what officials said was the first hotline.",
                "The company sold what analysts described as a risky bond.",
                "What critics call a giveaway passed on Friday.",
            ]),
            [s("officials", &[]), s("analysts", &[]), s("critics", &[])]
        );
    }

    #[test]
    fn adjectives_and_existential_there_make_no_attribution() {
        assert_eq!(
            speakers(&[
                "The move shuts the country's only known test site.",
                "The words are certainly welcome, but the site stays open.",
                "There's no way of knowing whether the site will close.",
            ]),
            [None, None, None]
        );
    }

    #[test]
    fn it_is_the_agency_a_speaker_was_quoted_through() {
        assert_eq!(
            speakers(&[
                "Officials in Seoul said the move was welcome.",
                "\"The test site has done its job,\" the Korean Central News Agency said, quoting Kim Jong-un.",
                "It also said the site would close.",
            ])[2],
            s("Korean Central News Agency", &[])
        );
    }

    #[test]
    fn he_or_she_can_be_the_person_the_sentence_before_was_about() {
        assert_eq!(
            speakers(&[
                "Tom Hale said the protest was over.",
                "Yassine al-Yasseri, the interior minister, walked around the compound.",
                "He told reporters the gate would be repaired.",
                "Ana Ruiz arrived later in the day.",
                "She said the talks would resume.",
            ]),
            [
                s("Tom Hale", &[]),
                None,
                s("Yassine al-Yasseri", &[]),
                None,
                s("Ana Ruiz", &[]),
            ]
        );
        // Not a company, nor a headline's capitalised words.
        assert_eq!(
            speakers(&[
                "Tom Hale said the film was done.",
                "Sony Pictures Classics released it on Friday.",
                "He said it would do well.",
            ])[2],
            s("Tom Hale", &[])
        );
    }

    #[test]
    fn he_and_she_skip_a_speaker_of_the_other_gender() {
        assert_eq!(
            speakers(&[
                "Ana Ruiz said the vote would pass.",
                "Tom Hale, a party official, said it would not.",
                "She added that talks would go on.",
                "Hale said the talks were over.",
                "She said nothing more.",
                "Mrs. Ruiz said they were not.",
                "He disagreed, he said.",
            ]),
            [
                s("Ana Ruiz", &[]),
                s("Tom Hale", &[]),
                s("Ana Ruiz", &[]),
                // "Hale" is Tom Hale's surname: a man, so not "she".
                s("Hale", &[]),
                s("Ana Ruiz", &[]),
                // An honorific stays with a surname, and says who "he" is not.
                s("Mrs. Ruiz", &[]),
                s("Hale", &[]),
            ]
        );
        // A surname two earlier speakers of different genders share tells nothing.
        assert_eq!(
            speakers(&[
                "Bill Clinton said the talks began.",
                "Hillary Clinton said they ended.",
                "Clinton said they would resume.",
                "He added that no date was set.",
            ])[3],
            s("Clinton", &[])
        );
        // With no earlier speaker of the pronoun's gender, it stays a pronoun.
        assert_eq!(
            speakers(&[
                "Tom Hale said the talks were over.",
                "She disagreed, she said."
            ]),
            [s("Tom Hale", &[]), s("she", &[])]
        );
    }

    #[test]
    fn a_middle_initial_stays_in_the_name() {
        assert_eq!(
            speakers(&["\"We are ready,\" said Speaker Tom J. Hale."]),
            [s("Tom J. Hale", &[])]
        );
    }

    #[test]
    fn a_participle_without_object_is_passive() {
        assert_eq!(
            speakers(&[
                "Port bosses blamed as warehouse burns",
                "The mayor accused of fraud by rivals",
                "The mayor accused rivals of fraud."
            ]),
            [None, None, s("mayor", &[])]
        );
    }

    #[test]
    fn parentheses_connectives_and_long_content_are_not_the_subject() {
        assert_eq!(
            speakers(&[
                "Sen. Ann Lee (D-MA) said the plan was a failure.",
                "However, Jo Park, a lawyer for the firm, said the suit had no merit.",
                "The firm built the tool to help in a crisis, a spokeswoman, Ana Ruiz, said.",
                "Voters stayed home, and other council members said the mayor would win."
            ]),
            [
                s("Ann Lee", &[]),
                s("Jo Park", &[]),
                s("Ana Ruiz", &[]),
                s("other council members", &[])
            ]
        );
    }

    #[test]
    fn clause_subjects_and_frames_that_are_not_names() {
        assert_eq!(
            speakers(&[
                "Ruiz said the changes she wants include:",
                "Park, the author of \"Going Viral,\" about rumours, said the days when papers had \"one story\" are gone.",
                "Most delegates left, while other voters said they would stay."
            ]),
            [s("Ruiz", &[]), None, s("other voters", &[])]
        );
    }

    #[test]
    fn a_participle_takes_the_subject_after_opening_adverbials() {
        assert_eq!(
            speakers(&[
                "At a rally in Tulsa, Okla., on Sunday, Ana Ruiz defended the plan, saying it would pass.",
                "Here in Leeds, Tom Hale stepped up his attacks, saying the mayor had failed."
            ]),
            [s("Ana Ruiz", &[]), s("Tom Hale", &[])]
        );
    }

    #[test]
    fn figures_in_a_poll_are_the_poll_s() {
        assert_eq!(
            speakers(&[
                "In a new Daily Ledger poll, 71 percent of voters approved of the mayor.",
                "The mayor leads by ten points in the Ledger-Tribune survey."
            ]),
            [
                s("new Daily Ledger poll", &[]),
                s("Ledger-Tribune survey", &[])
            ]
        );
    }

    #[test]
    fn adverbs_before_participles_and_title_case_headlines() {
        assert_eq!(
            speakers(&[
                "Ruiz has raised doubts about the count, falsely suggesting that ballots were lost.",
                "Hale stood up and defiantly offered to pay the fine.",
                "Mayor Ruiz Says Port Will Reopen Next Month"
            ]),
            [s("Ruiz", &[]), s("Hale", &[]), s("Ruiz", &[])]
        );
    }

    #[test]
    fn adverbials_plurals_and_doubled_marks_are_not_speakers() {
        assert_eq!(
            speakers(&[
                "Gov. Ana Ruiz, who chairs the panel, on Sunday defended the budget.",
                "Trade grew, as well as to states such as Ohio and Iowa, over the year.",
                "''We are not moving,''' said Tom Hale, a farmer.",
                "Farmers want the council to act."
            ]),
            [
                s("Ana Ruiz", &[]),
                None,
                s("Tom Hale", &[]),
                s("Farmers", &[])
            ]
        );
    }

    #[test]
    fn an_appositive_without_its_closing_comma() {
        assert_eq!(
            speakers(&[
                "Jets struck five sites, Jo Hale, a spokesperson for the ministry told reporters."
            ]),
            [s("Jo Hale", &[])]
        );
    }

    #[test]
    fn passive_agents_opening_participles_and_prepositional_openers() {
        assert_eq!(
            speakers(&[
                "As reported by the Daily Ledger, the port will close.",
                "Noting that prices rose, Ruiz put the blame on the board.",
                "In October, Ana Ruiz, the port chief, proposed a new levy.",
                "In a statement published by the Daily Ledger, Ruiz promised to stay."
            ]),
            [
                s("Daily Ledger", &[]),
                s("Ruiz", &[]),
                s("Ana Ruiz", &[]),
                s("Ruiz", &["Daily Ledger"])
            ]
        );
    }

    #[test]
    fn a_time_between_subject_and_verb() {
        assert_eq!(
            speakers(&[
                "Ruiz freed up funds and on Monday announced more aid.",
                "Hale, who backed the plan, last week said it had failed.",
                "Likewise, Park went after the board and called for a vote."
            ]),
            [s("Ruiz", &[]), s("Hale", &[]), s("Park", &[])]
        );
    }

    #[test]
    fn a_verb_introducing_a_quotation_and_interview_labels() {
        assert_eq!(
            speakers(&[
                "Ruiz continued, “We will not stop until the port is safe.”",
                "A: I think the vote will be close."
            ]),
            [s("Ruiz", &[]), s("I", &[])]
        );
    }

    #[test]
    fn possessive_plans_and_pronoun_owners() {
        assert_eq!(
            speakers(&[
                "Farmers opposed Ana Ruiz's plan to close the port.",
                "Ana Ruiz's plan to close the port drew protests.",
                "Tom Hale said the levy was unfair.",
                // The sentence's own cue outranks the possessive.
                "Critics dismissed his warning that prices would rise."
            ]),
            [
                s("Farmers", &[]),
                s("Ana Ruiz", &[]),
                s("Tom Hale", &[]),
                s("Critics", &[])
            ]
        );
    }

    #[test]
    fn a_viewpoint_opening_the_sentence() {
        assert_eq!(
            speakers(&[
                "To Ana Ruiz, the port is the heart of the town.",
                "For many voters, the economy comes first.",
                "For years, the port was quiet."
            ]),
            [s("Ana Ruiz", &[]), s("many voters", &[]), None]
        );
    }

    #[test]
    fn according_to_after_a_report() {
        assert_eq!(
            speakers(&[
                "The Herald reported that the ferries would sail, according to two crew members.",
                "The union said the strike was over, according to the Associated Press.",
                "Tom Hale said the strike was over, according to two crew members."
            ]),
            [
                s("two crew members", &["Herald"]),
                s("union", &["Associated Press"]),
                s("Tom Hale", &[])
            ]
        );
    }

    #[test]
    fn a_name_with_a_preposition_is_whole() {
        assert_eq!(
            speakers(&[
                "Fares rose, according to the Institute for Transport Studies.",
                "The independent Commission on Port Safety said the pier was unsafe.",
                "The strike is over, harbour master Ana Ruiz said."
            ]),
            [
                s("Institute for Transport Studies", &[]),
                s("Commission on Port Safety", &[]),
                s("Ana Ruiz", &[])
            ]
        );
    }

    #[test]
    fn he_after_a_named_subject_is_that_person() {
        assert_eq!(
            speakers(&[
                "Ana Ruiz said the ferries would sail.",
                "Tom Hale left the meeting after he appeared to suggest the fares would rise.",
                "He said the union would decide."
            ]),
            [s("Ana Ruiz", &[]), s("Tom Hale", &[]), s("Tom Hale", &[])]
        );
    }

    #[test]
    fn he_is_no_group_or_paper() {
        assert_eq!(
            speakers(&[
                "Tom Hale said the ferries would sail.",
                "Union leaders said the strike was over.",
                "The Harbour Herald reported the fares would rise.",
                "He said the union would decide."
            ]),
            [
                s("Tom Hale", &[]),
                s("Union leaders", &[]),
                s("Harbour Herald", &[]),
                s("Tom Hale", &[])
            ]
        );
    }

    #[test]
    fn expected_to_say_is_the_subjects() {
        assert_eq!(
            speakers(&[
                "Tom Hale is expected to say on Monday that the strike is over.",
                "The mayor is set to argue that the pier is safe.",
                "The report is expected to show a loss.",
                "Ana Ruiz is expected to tell the crews that the pier will reopen."
            ]),
            [
                s("Tom Hale", &[]),
                s("mayor", &[]),
                None,
                s("Ana Ruiz", &[])
            ]
        );
    }

    #[test]
    fn a_participle_after_a_quantifier_is_no_cue() {
        assert_eq!(
            speakers(&[
                "Crews from both opposing unions criticised the board for the delay.",
                "Many leading engineers doubt the ferries are safe."
            ]),
            [
                s("Crews from both opposing unions", &[]),
                s("Many leading engineers", &[])
            ]
        );
    }

    #[test]
    fn quoted_as_saying_is_the_subjects() {
        assert_eq!(
            speakers(&[
                "Mr. Hale was quoted as telling the visiting officials that the ferries would sail.",
                "The mayor was quoted by the Herald as saying the strike was over."
            ]),
            [s("Mr. Hale", &[]), s("mayor", &["Herald"])]
        );
    }

    #[test]
    fn infinitive_cues_take_their_controller() {
        assert_eq!(
            speakers(&[
                "The talks collapsed, prompting the crews to claim the board had lied.",
                "Tom Hale went on to say the fares would rise.",
                "The board appeared to deny that the ferries were unsafe.",
                "The union is likely to say on Monday that the strike goes ahead."
            ]),
            [
                s("crews", &[]),
                s("Tom Hale", &[]),
                s("board", &[]),
                s("union", &[])
            ]
        );
    }

    #[test]
    fn a_possessor_controls_its_noun_s_infinitive() {
        assert_eq!(
            speakers(&[
                "Hale's refusal to comment drew criticism.",
                "The mayor's decision to announce the closure angered crews.",
                "It's easy to criticize the board."
            ]),
            [s("Hale", &[]), s("mayor", &[]), None]
        );
    }

    #[test]
    fn what_a_reporter_saw_is_their_account() {
        assert_eq!(
            speakers(&[
                "A Herald reporter at the scene saw flames rising from the pier.",
                "The town has seen growing trade."
            ]),
            [s("Herald reporter at the scene", &[]), None]
        );
    }

    #[test]
    fn put_it_and_documents_that_read() {
        assert_eq!(
            speakers(&[
                "The port is the heart of the town, as Ana Ruiz put it.",
                "The sign reads: “No entry after dark.”",
                "The Harbour Herald put the figure at two million dollars.",
                "Crews put the boxes at the gate."
            ]),
            [
                s("Ana Ruiz", &[]),
                s("sign", &[]),
                s("Harbour Herald", &[]),
                None
            ]
        );
    }

    #[test]
    fn inverted_frames_relatives_and_pronoun_possessors() {
        assert_eq!(
            speakers(&[
                "Prices rose and shoppers got nervous, said Ana Ruiz, head of the guild.",
                "“It is simple,” said guild chief Tom Hale in a statement.",
                "It was a year ago that Jo Park, who is thinking about running, said it was impossible.",
                "The affidavit cited interviews and said that the bruises were fresh.",
                "Park, however, said he was right, and he repeated his claim that Hale had lied."
            ]),
            [
                s("Ana Ruiz", &[]),
                s("Tom Hale", &[]),
                s("Jo Park", &[]),
                s("affidavit", &[]),
                s("Park", &[])
            ]
        );
    }

    #[test]
    fn told_names_the_hearer_and_antecedents_survive_openers() {
        assert_eq!(
            speakers(&[
                "“We are ready,” Ana Ruiz, a former envoy, told MEE.",
                "Despite the support of their leader Tom Hale, who said the deal was fair, some members complained about the cost."
            ]),
            [s("Ana Ruiz", &["Middle East Eye"]), s("Tom Hale", &[])]
        );
    }

    #[test]
    fn both_instead_and_collective_subjects() {
        assert_eq!(
            speakers(&[
                "Ana Ruiz and Tom Hale have both argued that the port should close.",
                "Jo Park left the board and instead portrayed the mayor as a bully.",
                "Harbour police charge the captain with negligence."
            ]),
            [
                s("Ana Ruiz and Tom Hale", &[]),
                s("Jo Park", &[]),
                s("Harbour police", &[])
            ]
        );
    }

    #[test]
    fn an_opening_said_and_a_sentence_in_parentheses() {
        assert_eq!(
            speakers(&[
                "Said Ana Ruiz, “We were all so proud of him.”",
                "(A union spokesman said that the strike would go on.)"
            ]),
            [s("Ana Ruiz", &[]), s("union spokesman", &[])]
        );
    }

    #[test]
    fn participles_after_pronouns_quotes_and_by() {
        assert_eq!(
            speakers(&[
                "She went on to attack the mayor, saying he had not read the plan.",
                "Tom Hale defended the “port values,” saying the town needed jobs.",
                "Jo Park followed that by saying the vote was close."
            ]),
            [s("She", &[]), s("Tom Hale", &[]), s("Jo Park", &[])]
        );
    }

    #[test]
    fn word_lists_are_sorted_for_binary_search() {
        for list in [
            PREPOSITIONS,
            AUXILIARIES,
            CLAUSE_OPENERS,
            NOUN_LIKE_CUES,
            SUBORDINATORS,
            CLAIM_NOUNS,
            PUBLICATION_WORDS,
            ATTITUDE_ADJECTIVES,
            COPULAS,
            WITNESSES,
            ESTIMATES,
            BE_FORMS,
            SPEECH_ACTS,
            DOCUMENT_NOUNS,
            OBJECT_CONTROL,
            SUBJECT_CONTROL,
            ROLE_NOUNS,
        ] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
    }

    #[test]
    fn document_nouns_fit_the_length_test() {
        // `document_noun` skips words outside 5..=13 bytes: a noun or its plural.
        assert!(DOCUMENT_NOUNS.iter().all(|n| (5..=12).contains(&n.len())));
        assert_eq!(document_noun("Announcements"), Some("announcement"));
        assert_eq!(document_noun("tweets"), Some("tweet"));
    }

    #[test]
    fn a_report_of_a_report_chains_its_sources() {
        assert_eq!(
            speakers(&[
                "The Harbour Gazette reported that port officials said the fire was out.",
                "Local radio reported that Mayor Ana Ruiz told a meeting the port would reopen.",
                "The agency said that the mayor's office said that repairs had begun.",
                // Not a report of a report: the second cue is in a subordinate clause,
                // a pronoun stays with the reporter, and an inverted frame closes a quote.
                "The minister said the crews worked while residents said they were afraid.",
                "Police said he said nothing to the officers.",
                "\"The fire is out,\" said Ana Ruiz, who said the port would reopen.",
            ]),
            [
                s("port officials", &["Harbour Gazette"]),
                s("Ana Ruiz", &["Local radio"]),
                s("mayor's office", &["agency"]),
                s("minister", &[]),
                s("Police", &[]),
                s("Ana Ruiz", &[]),
            ]
        );
    }

    #[test]
    fn pronouns_after_as_adverbs_and_it_resolve() {
        assert_eq!(
            speakers(&[
                "The embassy compound under siege as crowds protesting the strikes broke through.",
                "Democratic front-runner Ana Ruiz firmly rejected the plan as she said it was late.",
                "A man on a loudspeaker also was heard urging the crowd to leave, saying the message was delivered.",
                "The Port Authority said in a statement that the fire was out.",
                "It also said the harbour would reopen.",
                "Senate Democrats said the vote was unfair.",
                "Tom Sanders said nothing.",
                "They said it would pass.",
                "Officials were offered a job as advisers, the report said.",
            ]),
            [
                s("crowds", &[]),
                s("Ana Ruiz", &[]),
                s("man on a loudspeaker", &[]),
                s("Port Authority", &[]),
                s("Port Authority", &[]),
                s("Senate Democrats", &[]),
                s("Tom Sanders", &[]),
                // "they" is a group, not the last name ending in "s".
                s("Senate Democrats", &[]),
                s("report", &[]),
            ]
        );
    }

    #[test]
    fn times_adverbs_that_said_and_with_participles() {
        assert_eq!(
            speakers(&[
                "Last week, the port director, Ana Ruiz, recommended that no charges be filed.",
                "Instead, Tom Hale called for a new vote.",
                "That said, the port reopened on Monday.",
                "The two are tied, with polls showing the lead gone."
            ]),
            [
                s("Ana Ruiz", &[]),
                s("Tom Hale", &[]),
                None,
                s("polls", &[])
            ]
        );
    }

    #[test]
    fn pronoun_possessors_and_colons_after_other_verbs() {
        assert_eq!(
            speakers(&[
                "Ruiz raised money for the party, even while keeping his promise to rest on Sundays.",
                "Park has since apologized for what happened:"
            ]),
            [s("Ruiz", &[]), None]
        );
    }

    #[test]
    fn adjectives_of_attitude_after_a_copula() {
        assert_eq!(
            speakers(&[
                "Port officials are confident that the docks will reopen.",
                "Many farmers remain deeply worried about the drought.",
                "The docks are sure to reopen."
            ]),
            [s("Port officials", &[]), s("Many farmers", &[]), None]
        );
    }

    #[test]
    fn reasons_embedded_claims_modifiers_and_openers() {
        assert_eq!(
            speakers(&[
                "“It is anger,” Hale said, citing low growth and unemployment.",
                "A spokeswoman, Jo Park, said that Ruiz's claim that the port was sold is not true.",
                "Another source speaking to the Ledger said the deal was close.",
                "Last month, port director Ana Ruiz called the deal careless but said no one would be charged.",
                "When told the vote had failed, Tom Hale paused and said he would try again."
            ]),
            [
                s("Hale", &[]),
                s("Jo Park", &[]),
                s("Another source", &[]),
                s("Ana Ruiz", &[]),
                s("Tom Hale", &[])
            ]
        );
    }

    #[test]
    fn dashed_asides_and_citing_a_reason() {
        assert_eq!(
            speakers(&[
                "Ana Ruiz — who ran the port in 2007 — supports a larger budget for the docks.",
                "Tom Hale has banned reporters from the docks, citing his anger at their articles."
            ]),
            [s("Ana Ruiz", &[]), s("Tom Hale", &[])]
        );
    }

    #[test]
    fn relative_clauses_on_opening_phrases_and_with_after_the_cue() {
        assert_eq!(
            speakers(&[
                "In Leeds, which holds its primary next week, Ruiz praised the mayor but described his plan as a work in progress.",
                "The latest Ledger poll shows Ruiz leading Hale, with 13 percent undecided."
            ]),
            [s("Ruiz", &[]), s("latest Ledger poll", &[])]
        );
    }

    #[test]
    fn the_statement_is_its_author_s() {
        assert_eq!(
            speakers(&[
                "In a statement published by the state agency, Ana Ruiz promised to close the port.",
                "“The docks will be rebuilt,” the statement said.",
                "The agency later released the announcement from Tom Hale, which read: “We stay.”",
                "“The port will reopen,” the announcement concluded.",
            ]),
            [
                s("Ana Ruiz", &["state agency"]),
                s("Ana Ruiz", &["state agency"]),
                s("Tom Hale", &[]),
                s("Tom Hale", &[]),
            ]
        );
        // A statement inside what is reported is not the reporter's own.
        assert_eq!(
            speakers(&[
                "The Ledger reports that the letter was sent to the mayor.",
                "The letter warned that the port would close.",
            ]),
            [s("Ledger", &[]), s("letter", &[])]
        );
        // Only a recent statement is referred to.
        assert_eq!(
            speakers(&[
                "Ana Ruiz said in a statement that the port would close.",
                "The docks are old.",
                "The cranes are older.",
                "The ships are gone.",
                "The town is quiet.",
                "“We will rebuild,” the statement said.",
            ])[5],
            s("statement", &[])
        );
    }

    #[test]
    fn a_possessor_before_an_adjective_and_its_claim_noun() {
        assert_eq!(
            speakers(&[
                "Ana Ruiz's surprise announcement that the port will close shocked the town."
            ]),
            [s("Ana Ruiz", &[])]
        );
        // A preposition opening the sentence is not part of the name.
        assert_eq!(
            speakers(&["Despite Ruiz's insistence that the port is safe, the docks closed."]),
            [s("Ruiz", &[])]
        );
    }

    #[test]
    fn the_official_is_the_last_single_role_before_a_plural() {
        assert_eq!(
            speakers(&[
                "More troops were sent to the port, city officials said.",
                "A harbour spokesperson said the reports were false. The envoy is on leave, the official said.",
            ]),
            [
                s("city officials", &[]),
                s("harbour spokesperson", &[]),
                s("harbour spokesperson", &[]),
            ]
        );
    }

    #[test]
    fn a_statement_s_author_is_a_name_in_the_frame() {
        // "from" takes the name, not the verb phrase after it.
        let got = speakers(&[
            "A letter from Kim Jong Un calling for a second summit was delivered on Monday.",
            "“We will meet again,” the letter said.",
        ]);
        assert_eq!(got[1], s("Kim Jong Un", &[]));
        // A statement inside what is reported is not the reporters'.
        let got = speakers(&[
            "Critics said the senator lied in a statement to Congress.",
            "“I never met him,” the statement said.",
        ]);
        assert_eq!(got[1], s("statement", &[]));
        // Capitalised words after "his" modify the noun; they do not own it.
        let got = speakers(&[
            "In his New Year's speech, Kim Jong Un said the tests would stop.",
            "“We are strong,” the speech said.",
        ]);
        assert_ne!(got[1], s("New Year", &[]));
    }

    #[test]
    fn the_official_is_the_most_recent_fitting_speaker() {
        let got = speakers(&[
            "A Republican lawmaker said the bill would pass.",
            "State Department officials said the vote was close.",
            "It was late, the official added.",
        ]);
        assert_eq!(got[2], s("State Department officials", &[]));
    }
}
