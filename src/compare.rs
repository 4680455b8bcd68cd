//! Stage 4: a group of matched claims → verdict, typed divergences, evidence and
//! word-level diffs.
//!
//! Values are compared after normalisation (canonical entities, spelling keys,
//! normalised numbers and dates), so spelling, alias, whitespace and punctuation
//! differences are never divergences.

use crate::extract::attribution::is_bare_role;
use crate::extract::entities::{
    family_name_of, gazetteer_entry, same_entity, same_entity_key, spelling_key,
};
use crate::model::{
    Claim, DiffOp, Divergence, DivergenceKind, EntityKind, Fact, Polarity, SourceValues, Verdict,
    WordDiff,
};
use itertools::Itertools;
use std::ops::Range;

/// Score at or above which matched claims without divergences agree (below, they
/// are only related).
pub const AGREE_THRESHOLD: f64 = 0.4;

/// The typed divergences between matched claims. `members` holds, per source (in
/// source order), its id and its claims in the group.
pub fn divergences(members: &[(&str, Vec<&Claim>)]) -> Vec<Divergence> {
    let mut out = Vec::new();
    out.extend(entity_divergence(members));
    out.extend(number_divergence(members));
    let time = |f: &Fact| match f {
        // "then-Secretary" dates a title, not the event.
        Fact::Time { value } if value != "then" => Some(value.clone()),
        _ => None,
    };
    // Different times, or a time only some sources give ("last week's killing" / "the
    // killing"): when something happened is a fact a reader checks.
    // The time of the events, not of the report about them or a restatement.
    let event_time = |c: &Claim, m: &crate::model::Mention| {
        time(&m.fact).filter(|_| !converts(c, m) && !speech_time(c, m))
    };
    let timed = |cs: &Vec<&Claim>| {
        cs.iter()
            .any(|c| c.mentions.iter().any(|m| event_time(c, m).is_some()))
    };
    out.extend(
        value_divergence(members, DivergenceKind::Time, event_time).or_else(|| {
            (!members.iter().all(|(_, cs)| timed(cs)))
                .then(|| {
                    one_sided(
                        members,
                        DivergenceKind::Time,
                        |c, m| event_time(c, m).is_some(),
                        ("gives a time", "give a time"),
                        ("gives none", "give none"),
                        |_| true,
                    )
                })
                .flatten()
        }),
    );
    out.extend(one_sided(
        members,
        DivergenceKind::Hedge,
        |_, m| matches!(m.fact, Fact::Hedge),
        ("hedges", "hedge"),
        ("asserts it", "assert it"),
        // A claim the outlet attributes is reported, not asserted.
        |c| c.attribution.is_none(),
    ));
    out.extend(one_sided(
        members,
        DivergenceKind::Framing,
        |_, m| matches!(m.fact, Fact::Framing { .. }),
        ("uses the loaded label", "use the loaded label"),
        ("does not", "do not"),
        |_| true,
    ));
    out.extend(attribution_divergence(members));
    out.extend(polarity_divergence(members));
    out.extend(quote_divergence(members));
    out
}

/// Quoted passages in a claim's text: between “ ”, " " or '' ''.
fn quotations(text: &str) -> Vec<String> {
    static QUOTE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r#"“([^”]{3,})”|"([^"]{3,})"|''(.{3,}?)''"#)
            .expect("quote pattern is valid")
    });
    QUOTE
        .captures_iter(text)
        .filter_map(|c| c.get(1).or_else(|| c.get(2)).or_else(|| c.get(3)))
        .map(|m| m.as_str().trim().to_owned())
        .collect()
}

/// Lower-case words of a quotation, punctuation dropped, for comparing wordings.
fn quote_words(q: &str) -> Vec<String> {
    q.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase().replace('’', "'"))
        .collect()
}

/// The same quotation in different words: each source quotes, the quotes share most
/// of their words, and their wordings differ (beyond case and punctuation).
fn quote_divergence(members: &[(&str, Vec<&Claim>)]) -> Option<Divergence> {
    let per: Vec<(&str, Vec<String>)> = members
        .iter()
        .map(|(id, cs)| (*id, cs.iter().flat_map(|c| quotations(&c.text)).collect()))
        .collect();
    if per.iter().any(|(_, q)| q.is_empty()) {
        return None;
    }
    let (first, rest) = per.split_first()?;
    let mut differs = false;
    for (_, qs) in rest {
        for a in &first.1 {
            for b in qs {
                let (wa, wb) = (quote_words(a), quote_words(b));
                if wa == wb {
                    continue;
                }
                let shared = wa.iter().filter(|w| wb.contains(w)).count();
                if shared * 2 >= wa.len().min(wb.len()) && shared >= 2 {
                    differs = true;
                }
            }
        }
    }
    if !differs {
        return None;
    }
    let note = format!(
        "the quotation is worded differently: {}",
        per.iter()
            .map(|(id, q)| format!("{id} “{}”", q.join("”, “")))
            .join("; ")
    );
    Some(Divergence {
        kind: DivergenceKind::Quote,
        values: values_of(&per),
        note,
    })
}

/// The verdict for a group with this weakest score and these divergences.
pub fn verdict(score: f64, divergences: &[Divergence]) -> Verdict {
    if !divergences.is_empty() {
        Verdict::Diverge
    } else if score >= AGREE_THRESHOLD {
        Verdict::Agree
    } else {
        Verdict::Related
    }
}

fn values_of(members: &[(&str, Vec<String>)]) -> SourceValues {
    SourceValues(
        members
            .iter()
            .map(|(id, v)| (id.to_string(), v.clone()))
            .collect(),
    )
}

/// A name with its spelling key, made once for comparing the name with many others.
struct Keyed {
    name: String,
    kind: EntityKind,
    key: String,
}

/// Entities (canonical, with their kind) a source's claims name, minus the speakers
/// and intermediaries of their attributions (who said it is not who took part).
fn participants(claims: &[&Claim]) -> Vec<Keyed> {
    let mut out: Vec<Keyed> = Vec::new();
    for c in claims {
        let speaker_span = c.attribution.as_ref().and_then(|a| a.speaker_span);
        let via: Vec<String> = c
            .attribution
            .as_ref()
            .map(|a| a.via.iter().map(|v| spelling_key(v)).collect())
            .unwrap_or_default();
        for m in &c.mentions {
            let (canonical, entity) = match &m.fact {
                Fact::Entity { canonical, entity } => (canonical.as_str(), *entity),
                // A loaded label names its referent: "the occupying regime" names Israel.
                Fact::Framing { neutral } => match gazetteer_entry(neutral) {
                    Some((name, kind)) => (name, kind),
                    None => continue,
                },
                _ => continue,
            };
            if speaker_span.is_some_and(|s| s.start < m.span.end && m.span.start < s.end) {
                continue;
            }
            let key = spelling_key(canonical);
            if via.iter().any(|v| same_name(v, &key)) || out.iter().any(|p| same_name(&p.key, &key))
            {
                continue;
            }
            out.push(Keyed {
                name: canonical.to_owned(),
                kind: entity,
                key,
            });
        }
    }
    out
}

/// The spelling keys of every name a source's claims give (its `participants` and
/// speakers and intermediaries included): what the other side is checked against
/// before saying it does not name someone.
fn all_names(claims: &[&Claim], participants: &[Keyed]) -> Vec<String> {
    let mut out: Vec<String> = participants.iter().map(|p| p.key.clone()).collect();
    for c in claims {
        for m in &c.mentions {
            if let Fact::Entity { canonical, .. } = &m.fact {
                out.push(spelling_key(canonical));
            }
        }
        if let Some(a) = &c.attribution {
            out.push(spelling_key(&a.speaker));
            out.extend(a.via.iter().map(|v| spelling_key(v)));
        }
    }
    out
}

/// [`same_entity_key`], and a Korean family name is the full name ("Kim" / "Kim
/// Jong-un"): the same participant, not one only one source names.
fn same_name(ka: &str, kb: &str) -> bool {
    same_entity_key(ka, kb) || family_name_of(ka, kb)
}

fn entity_divergence(members: &[(&str, Vec<&Claim>)]) -> Option<Divergence> {
    let sets: Vec<Vec<Keyed>> = members.iter().map(|(_, cs)| participants(cs)).collect();
    // "Kim announced" on one side, "North Korea's leader, Kim Jong-un, announced" on the
    // other: Kim is the speaker of both, not a participant only one names.
    let named: Vec<Vec<String>> = members
        .iter()
        .zip(&sets)
        .map(|((_, cs), set)| all_names(cs, set))
        .collect();
    if sets.iter().filter(|s| !s.is_empty()).count() < 2 {
        return None;
    }
    let only: Vec<(&str, Vec<String>)> = members
        .iter()
        .zip(&sets)
        .enumerate()
        .map(|(i, ((id, _), set))| {
            let mine: Vec<String> =
                set.iter()
                    .filter(|p| {
                        // Only places, organisations and people: "Other" capitalised words
                        // are too often ordinary words in a headline.
                        p.kind != EntityKind::Other
                            && named.iter().enumerate().any(|(j, other)| {
                                j != i && !other.iter().any(|o| same_name(o, &p.key))
                            })
                    })
                    .map(|p| p.name.clone())
                    .sorted()
                    .collect();
            (*id, mine)
        })
        .collect();
    if only.iter().all(|(_, v)| v.is_empty()) {
        return None;
    }
    // With three or more sources a name two of them give is not "only" one's: such
    // names say who gives them and who does not, once each.
    let mut solo: Vec<(&str, Vec<&str>)> = Vec::new();
    let mut shared: Vec<(Vec<&str>, &str)> = Vec::new();
    for (i, (id, names)) in only.iter().enumerate() {
        let mut mine = Vec::new();
        for name in names {
            // With two sources the other one does not name it: that is why it is here.
            if members.len() == 2 {
                mine.push(name.as_str());
                continue;
            }
            let key = spelling_key(name);
            let givers: Vec<&str> = members
                .iter()
                .zip(&named)
                .enumerate()
                .filter(|&(j, (_, n))| j == i || n.iter().any(|o| same_name(o, &key)))
                .map(|(_, ((id, _), _))| *id)
                .collect();
            if givers.len() == 1 {
                mine.push(name.as_str());
            } else if !shared
                .iter()
                .any(|(g, n)| *g == givers && same_name(&spelling_key(n), &spelling_key(name)))
            {
                shared.push((givers, name.as_str()));
            }
        }
        if !mine.is_empty() {
            solo.push((id, mine));
        }
    }
    let mut parts: Vec<String> = solo
        .iter()
        .map(|(id, v)| format!("only {id} names {}", v.join(", ")))
        .collect();
    for (givers, name) in &shared {
        let others: Vec<&str> = members
            .iter()
            .map(|(id, _)| *id)
            .filter(|id| !givers.contains(id))
            .collect();
        let verb = agree(&others, ("does not", "do not"));
        parts.push(format!(
            "{} name {name}; {} {verb}",
            givers.join(", "),
            others.join(", ")
        ));
    }
    let note = parts.join("; ");
    Some(Divergence {
        kind: DivergenceKind::Entities,
        values: values_of(&only),
        note,
    })
}

/// Whether two normalised values can be the same: equal, or one a prefix of the
/// other at a field boundary ("2020" and "2020-11").
fn compatible(a: &str, b: &str) -> bool {
    a == b || a.starts_with(&format!("{b}-")) || b.starts_with(&format!("{a}-"))
}

/// "a says 4, 5; b says 6": what each source with values says, for a note.
fn says(shown: &[(&str, Vec<String>)]) -> String {
    shown
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(id, v)| format!("{id} says {}", v.join(", ")))
        .join("; ")
}

fn value_divergence(
    members: &[(&str, Vec<&Claim>)],
    kind: DivergenceKind,
    value: impl Fn(&Claim, &crate::model::Mention) -> Option<String>,
) -> Option<Divergence> {
    let per: Vec<(&str, Vec<(String, String)>)> = members
        .iter()
        .map(|(id, cs)| {
            let vals: Vec<(String, String)> = cs
                .iter()
                .flat_map(|c| c.mentions.iter().map(move |m| (c, m)))
                .filter_map(|(c, m)| value(c, m).map(|v| (v, m.text.clone())))
                .unique_by(|(v, _)| v.clone())
                .collect();
            (*id, vals)
        })
        .collect();
    if per.iter().filter(|(_, v)| !v.is_empty()).count() < 2 {
        return None;
    }
    let differs = per.iter().enumerate().any(|(i, (_, a))| {
        per.iter().enumerate().any(|(j, (_, b))| {
            i != j
                && !b.is_empty()
                && a.iter()
                    .any(|(va, _)| !b.iter().any(|(vb, _)| compatible(va, vb)))
        })
    });
    if !differs {
        return None;
    }
    let shown: Vec<(&str, Vec<String>)> = per
        .iter()
        .map(|(id, v)| (*id, v.iter().map(|(_, t)| t.clone()).collect()))
        .collect();
    let what = if kind == DivergenceKind::Numbers {
        "numbers"
    } else {
        "dates or times"
    };
    let note = format!("different {what}: {}", says(&shown));
    Some(Divergence {
        kind,
        values: values_of(&shown),
        note,
    })
}

/// Units of a length of time: "three hours earlier" is a detail of when, compared
/// only with another source's lengths of time.
const DURATIONS: &[&str] = &[
    "day", "days", "decade", "decades", "hour", "hours", "minute", "minutes", "month", "months",
    "second", "seconds", "week", "weeks", "year", "years",
];

/// Different figures for the same thing: a figure of one source that the others'
/// figures of the same kind (lengths of time, or anything else) do not match. A
/// figure matches one with the same value and the same unit, or no unit on either
/// side ("240 votes to 186" / "240-186"). Without any figure of that kind on the other
/// side, a source gives a figure the other does not ("about 100 Marines" / "more
/// troops"): a difference too, except for lengths of time. Where no figures differ,
/// a figure against a vague amount comes first ([`vague_amount_divergence`]).
fn number_divergence(members: &[(&str, Vec<&Claim>)]) -> Option<Divergence> {
    struct Figure<'a> {
        value: &'a str,
        unit: Option<&'a str>,
        text: &'a str,
    }
    let is_duration = |f: &Figure<'_>| f.unit.is_some_and(|u| DURATIONS.contains(&u));
    let same = |a: &Figure<'_>, b: &Figure<'_>| {
        a.value == b.value && (a.unit.is_none() || b.unit.is_none() || a.unit == b.unit)
    };
    let per: Vec<(&str, Vec<Figure<'_>>)> = members
        .iter()
        .map(|(id, cs)| {
            let figures = cs
                .iter()
                .flat_map(|c| c.mentions.iter().map(move |m| (c, m)))
                .filter(|(c, m)| !refers_back(c, m))
                .filter_map(|(_, m)| match &m.fact {
                    Fact::Number { value, unit, .. } => Some(Figure {
                        value,
                        unit: unit.as_deref(),
                        text: &m.text,
                    }),
                    _ => None,
                })
                .unique_by(|f| (f.value, f.unit))
                .collect();
            (*id, figures)
        })
        .collect();
    let mut differs = false;
    let mut one_sided = false;
    for (i, (_, a)) in per.iter().enumerate() {
        for (j, (_, b)) in per.iter().enumerate() {
            if i == j {
                continue;
            }
            for x in a {
                let mut kind = b
                    .iter()
                    .filter(|y| is_duration(y) == is_duration(x))
                    .peekable();
                if kind.peek().is_none() {
                    // Only a figure that counts something ("62 militiamen", "$165bn"),
                    // not a bare one ("the gunman, 25,").
                    one_sided |= !is_duration(x) && x.unit.is_some();
                } else if !kind.any(|y| same(x, y)) {
                    differs = true;
                }
            }
        }
    }
    let shown: Vec<(&str, Vec<String>)> = per
        .iter()
        .map(|(id, v)| (*id, v.iter().map(|f| f.text.to_owned()).collect()))
        .collect();
    let note = if differs {
        format!("different numbers: {}", says(&shown))
    } else {
        // Where no figures differ, a figure against a vague amount ("three tests" /
        // "several tests") is the difference, and says more than "gives none".
        if let Some(vague) = vague_amount_divergence(members) {
            return Some(vague);
        }
        if !one_sided {
            return None;
        }
        let (with, without): (Vec<_>, Vec<_>) = shown.iter().partition(|(_, v)| !v.is_empty());
        let with_ids: Vec<&str> = with.iter().map(|(id, _)| *id).collect();
        let without_ids: Vec<&str> = without.iter().map(|(id, _)| *id).collect();
        if without_ids.is_empty() {
            // Each gives figures, of different kinds only: nothing to compare.
            return None;
        }
        presence_note(
            &with_ids,
            ("gives a figure", "give figures"),
            &shown,
            &without_ids,
            ("gives none", "give none"),
        )
    };
    Some(Divergence {
        kind: DivergenceKind::Numbers,
        values: values_of(&shown),
        note,
    })
}

/// The claim's text before mention `m`. (The text has its whitespace collapsed, so
/// the span gives the offset only when nothing was collapsed; else the first
/// occurrence of the mention stands in.)
fn text_before<'c>(c: &'c Claim, m: &crate::model::Mention) -> &'c str {
    if c.text.len() == c.span.len() {
        let k = m.span.start.saturating_sub(c.span.start);
        c.text.get(..k).unwrap_or("")
    } else {
        c.text.find(m.text.as_str()).map_or("", |k| &c.text[..k])
    }
}

/// Whether a time dates the report rather than the event: right after or before the
/// claim's cue ("The Journal reported Sunday that ...", "Trump on Tuesday said").
fn speech_time(c: &Claim, m: &crate::model::Mention) -> bool {
    let Some(cue) = c.attribution.as_ref().and_then(|a| a.cue_span) else {
        return false;
    };
    // A space or " on " between them (offsets into the source text, not the
    // claim's): "signed it early on Friday, said" is the signing's time.
    let adjacent = |gap: usize| gap == 1 || gap == 4;
    (m.span.start >= cue.end && adjacent(m.span.start - cue.end))
        || (cue.start >= m.span.end && adjacent(cue.start - m.span.end))
}

/// Whether a time restates the one before it in another zone: "midnight (05:00 GMT)".
fn converts(c: &Claim, m: &crate::model::Mention) -> bool {
    let Some(open) = text_before(c, m).trim_end().strip_suffix('(') else {
        return false;
    };
    let open = open.trim_end();
    c.mentions.iter().any(|t| {
        matches!(t.fact, Fact::Time { .. }) && t.span.end <= m.span.start && open.ends_with(&t.text)
    })
}

/// Whether a figure names things already known rather than counting them: "the two
/// leaders", "these three countries".
fn refers_back(c: &Claim, m: &crate::model::Mention) -> bool {
    let word = text_before(c, m)
        .split_whitespace()
        .next_back()
        .unwrap_or("");
    matches!(
        word.to_lowercase().as_str(),
        "the" | "these" | "those" | "both"
    ) && m.text.chars().all(char::is_alphabetic)
}

/// Words that give an amount without a figure ("several tests", "a few times").
/// ("Dozens", "hundreds" and "thousands" are numbers already: a source saying them has
/// a figure.)
const VAGUE_AMOUNTS: &[&[&str]] = &[
    &["a", "few"],
    &["a", "handful"],
    &["countless"],
    &["multiple"],
    &["numerous"],
    &["several"],
];

/// The vague amounts in a claim's text, as written.
fn vague_amounts(text: &str) -> Vec<(String, Option<String>)> {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let mut out = Vec::new();
    for k in 0..words.len() {
        for phrase in VAGUE_AMOUNTS {
            let n = phrase.len();
            if k + n <= words.len()
                && words[k..k + n]
                    .iter()
                    .zip(*phrase)
                    .all(|(w, p)| w.eq_ignore_ascii_case(p))
            {
                // The thing counted, found as a figure's unit is ("several new tests"
                // counts tests), past an "of the" ("a few of the tests").
                let rest = words[k + n..]
                    .iter()
                    .copied()
                    .filter(|w| !matches!(*w, "of" | "the"))
                    .take(3)
                    .join(" ")
                    .to_lowercase();
                let noun = crate::extract::facts::unit_after(&rest);
                out.push((words[k..k + n].join(" "), noun));
            }
        }
    }
    out
}

/// A figure against a vague amount: one source gives a number where another only
/// says "several" (which no figure contradicts, but which is less precise).
fn vague_amount_divergence(members: &[(&str, Vec<&Claim>)]) -> Option<Divergence> {
    let figures = |cs: &[&Claim]| -> Vec<String> {
        cs.iter()
            .flat_map(|c| c.mentions.iter())
            .filter(|m| matches!(m.fact, Fact::Number { .. }))
            .map(|m| m.text.clone())
            .unique()
            .collect()
    };
    let units: Vec<String> = members
        .iter()
        .flat_map(|(_, cs)| cs.iter().flat_map(|c| c.mentions.iter()))
        .filter_map(|m| match &m.fact {
            Fact::Number { unit: Some(u), .. } => Some(u.to_lowercase()),
            _ => None,
        })
        .collect();
    // Without a figure with a unit, no vague amount counts the same thing: the claims'
    // words need not be searched.
    if units.is_empty() {
        return None;
    }
    let per: Vec<(&str, Vec<String>, Vec<String>)> = members
        .iter()
        .map(|(id, cs)| {
            let vague = cs
                .iter()
                .flat_map(|c| vague_amounts(&c.text))
                // Only an amount of what a figure counts ("several tests" / "three
                // tests"), not "several witnesses" beside "25" or "a few hours" beside "two suspects".
                .filter(|(_, noun)| noun.as_ref().is_some_and(|n| units.contains(n)))
                .map(|(v, _)| v)
                .unique()
                .collect();
            (*id, figures(cs), vague)
        })
        .collect();
    let exact = per.iter().any(|p| !p.1.is_empty());
    let vague = per.iter().any(|p| p.1.is_empty() && !p.2.is_empty());
    if !exact || !vague {
        return None;
    }
    let shown: Vec<(&str, Vec<String>)> = per
        .iter()
        .map(|(id, f, v)| (*id, if f.is_empty() { v.clone() } else { f.clone() }))
        .collect();
    let note = format!("a figure against a vague amount: {}", says(&shown));
    Some(Divergence {
        kind: DivergenceKind::Numbers,
        values: values_of(&shown),
        note,
    })
}

/// A feature one source has and another lacks (a hedge, a loaded label), or, when
/// every source has it somewhere in the group, one claim has and a claim of another
/// source lacks.
fn one_sided(
    members: &[(&str, Vec<&Claim>)],
    kind: DivergenceKind,
    is: impl Fn(&Claim, &crate::model::Mention) -> bool,
    has: (&str, &str),
    lacks: (&str, &str),
    can_lack: impl Fn(&Claim) -> bool,
) -> Option<Divergence> {
    let features = |cs: &[&Claim]| -> Vec<String> {
        cs.iter()
            .flat_map(|c| c.mentions.iter().map(move |m| (c, m)))
            .filter(|(c, m)| is(c, m))
            .map(|(_, m)| match &m.fact {
                Fact::Framing { neutral } => format!("{} (neutral: {neutral})", m.text),
                _ => m.text.clone(),
            })
            .unique()
            .collect()
    };
    let mut per: Vec<(&str, Vec<String>)> =
        members.iter().map(|(id, cs)| (*id, features(cs))).collect();
    fn with_feature<'a>(per: &[(&'a str, Vec<String>)]) -> Vec<&'a str> {
        per.iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(id, _)| *id)
            .collect()
    }
    let mut with = with_feature(&per);
    if with.len() == per.len() {
        // Every source has the feature somewhere in the group, but one claim may still
        // assert what a claim of another source hedges: compare the first such pair.
        let claims: Vec<(usize, Vec<String>, bool)> = members
            .iter()
            .enumerate()
            .flat_map(|(k, (_, cs))| cs.iter().map(move |c| (k, c)))
            .map(|(k, c)| (k, features(&[c]), can_lack(c)))
            .collect();
        let (x, fa, y) =
            claims
                .iter()
                .filter(|(_, fa, _)| !fa.is_empty())
                .find_map(|(x, fa, _)| {
                    claims
                        .iter()
                        .find(|(y, fb, lacks)| y != x && fb.is_empty() && *lacks)
                        .map(|(y, ..)| (*x, fa.clone(), *y))
                })?;
        per[x].1 = fa;
        per[y].1.clear();
        with = with_feature(&per);
    }
    if with.is_empty() || with.len() == per.len() {
        return None;
    }
    // A source none of whose claims can lack the feature says neither ("foxnews
    // asserts it" of a claim foxnews attributes to Trump).
    let without: Vec<&str> = per
        .iter()
        .zip(members)
        .filter(|((_, v), (_, cs))| v.is_empty() && cs.iter().any(|c| can_lack(c)))
        .map(|((id, _), _)| *id)
        .collect();
    if without.is_empty() {
        return None;
    }
    Some(Divergence {
        kind,
        values: values_of(&per),
        note: presence_note(&with, has, &per, &without, lacks),
    })
}

/// The note of something some sources give and others do not: "a, b hedge
/// (“reportedly”, “claimed”); c asserts it". `values` holds what each source gives.
fn presence_note(
    with: &[&str],
    has: (&str, &str),
    values: &[(&str, Vec<String>)],
    without: &[&str],
    lacks: (&str, &str),
) -> String {
    format!(
        "{} {} ({}); {} {}",
        with.join(", "),
        agree(with, has),
        values
            .iter()
            .flat_map(|(_, v)| v.iter())
            .map(|v| format!("“{v}”"))
            .join(", "),
        without.join(", "),
        agree(without, lacks),
    )
}

/// The singular or plural form of a verb `(singular, plural)` for these sources.
fn agree<'a>(ids: &[&str], (singular, plural): (&'a str, &'a str)) -> &'a str {
    if ids.len() == 1 { singular } else { plural }
}

fn attribution_divergence(members: &[(&str, Vec<&Claim>)]) -> Option<Divergence> {
    let per: Vec<(&str, Vec<String>, bool)> = members
        .iter()
        .map(|(id, cs)| {
            let atts: Vec<_> = cs.iter().filter_map(|c| c.attribution.as_ref()).collect();
            let names: Vec<String> = atts.iter().map(|a| a.speaker.clone()).unique().collect();
            let anon = !atts.is_empty() && atts.iter().all(|a| a.anonymous);
            (*id, names, anon)
        })
        .collect();
    let attributed: Vec<_> = per.iter().filter(|(_, n, _)| !n.is_empty()).collect();
    // One source attributes the claim, the others state it as fact: a reader weighs
    // "the Journal reported" and a bare assertion differently. A source that hedges
    // instead ("reportedly") does not assert it, but gives no source either.
    if attributed.len() == 1 && per.len() > 1 {
        let (id, names, _) = attributed[0];
        let hedged = |cs: &Vec<&Claim>| {
            cs.iter()
                .any(|c| c.mentions.iter().any(|m| matches!(m.fact, Fact::Hedge)))
        };
        let unattributed = |hedges: bool| -> Vec<&str> {
            per.iter()
                .zip(members)
                .filter(|((_, n, _), (_, cs))| n.is_empty() && hedged(cs) == hedges)
                .map(|((i, _, _), _)| *i)
                .collect()
        };
        let (asserting, hedging) = (unattributed(false), unattributed(true));
        let rest = if !asserting.is_empty() {
            format!(
                "{} {}",
                asserting.join(", "),
                agree(&asserting, ("asserts it", "assert it"))
            )
        } else if !hedging.is_empty() {
            // "reportedly" against "the Journal reported": who said it is the difference.
            format!(
                "{} {}",
                hedging.join(", "),
                agree(
                    &hedging,
                    ("reports it without a source", "report it without a source")
                )
            )
        } else {
            return None;
        };
        let values: Vec<(&str, Vec<String>)> =
            per.iter().map(|(id, n, _)| (*id, n.clone())).collect();
        return Some(Divergence {
            kind: DivergenceKind::Attribution,
            values: values_of(&values),
            note: format!("{id} attributes it to {}; {rest}", names.join(", ")),
        });
    }
    if attributed.len() < 2 {
        return None;
    }
    let same_speaker = attributed.iter().array_combinations().all(|[a, b]| {
        a.1.iter().any(|x| {
            b.1.iter()
                .any(|y| same_entity(x, y) || contains_word(x, y) || contains_word(y, x))
        })
    });
    let same_anonymity = attributed.iter().map(|(_, _, anon)| anon).all_equal();
    if same_speaker && same_anonymity {
        return None;
    }
    // Unnamed on every side, and one side says no more than "an official" or
    // "sources": that fits whoever the others describe ("a State Department
    // spokesperson"), so it is no different speaker.
    if attributed.iter().all(|(_, _, anon)| *anon)
        && attributed
            .iter()
            .any(|(_, n, _)| n.iter().all(|n| is_bare_role(n)))
    {
        return None;
    }
    // "the State Department" and "a State Department spokesperson" are one source: the
    // spokesperson speaks for it, named or not.
    let same_body = attributed.iter().array_combinations().all(|[a, b]| {
        a.1.iter().any(|x| {
            b.1.iter().any(|y| {
                let (x, y) = (represented(x), represented(y));
                // A country is too broad a body: "U.S. officials" are not "U.S. President Trump".
                let body = |s: &str| {
                    !matches!(gazetteer_entry(s), Some((_, EntityKind::Place))) && !s.is_empty()
                };
                body(x)
                    && body(y)
                    && (same_entity(x, y) || contains_word(x, y) || contains_word(y, x))
            })
        })
    });
    if same_body {
        return None;
    }
    let values: Vec<(&str, Vec<String>)> = per.iter().map(|(id, n, _)| (*id, n.clone())).collect();
    let note = if same_anonymity {
        format!(
            "different speakers: {}",
            values
                .iter()
                .filter(|(_, v)| !v.is_empty())
                .map(|(id, v)| format!("{id} cites {}", v.join(", ")))
                .join("; ")
        )
    } else {
        let named: Vec<&str> = per
            .iter()
            .filter(|(_, n, anon)| !n.is_empty() && !anon)
            .map(|(id, _, _)| *id)
            .collect();
        format!(
            "{} names its source; the others cite unnamed sources",
            named.join(", ")
        )
    };
    Some(Divergence {
        kind: DivergenceKind::Attribution,
        values: values_of(&values),
        note,
    })
}

/// The body a speaker speaks for: "State Department spokesperson" → "State
/// Department", "Pentagon officials" → "Pentagon"; anyone else as given.
fn represented(speaker: &str) -> &str {
    const ROLES: &[&str] = &[
        "aide",
        "aides",
        "official",
        "officials",
        "representative",
        "representatives",
        "source",
        "sources",
        "spokesman",
        "spokesperson",
        "spokeswoman",
    ];
    match speaker.rsplit_once(' ') {
        Some((body, role)) if crate::lexicon::contains(ROLES, role.to_lowercase().as_str()) => body,
        _ => speaker,
    }
}

fn contains_word(hay: &str, needle: &str) -> bool {
    let hay = hay.to_lowercase();
    let needle = needle.to_lowercase();
    hay.split(|c: char| !c.is_alphanumeric())
        .collect::<Vec<_>>()
        .windows(needle.split_whitespace().count().max(1))
        .any(|w| w.join(" ") == needle)
}

/// The word a negation at `cue` bears on: the next word that is not an auxiliary
/// ("had not been breached" → "breached"), lower-case.
fn negated_word(claim: &Claim, cue: &crate::model::Mention) -> Option<String> {
    // `claim.text` has its whitespace collapsed, so offsets into the source only bound
    // the cue's place in it from above: take the last occurrence of the cue before.
    let mut bound = cue
        .span
        .end
        .checked_sub(claim.span.start)?
        .min(claim.text.len());
    while !claim.text.is_char_boundary(bound) {
        bound -= 1;
    }
    let at = claim.text[..bound].rfind(cue.text.as_str())?;
    let rest = &claim.text[at + cue.text.len()..];
    rest.split(|c: char| !c.is_alphanumeric() && c != '-')
        .map(str::to_lowercase)
        .find(|w| {
            !w.is_empty()
                && !matches!(
                    w.as_str(),
                    "be" | "been"
                        | "being"
                        | "have"
                        | "has"
                        | "had"
                        | "yet"
                        | "t"
                        | "a"
                        | "an"
                        | "the"
                        | "to"
                        | "only"
                        | "just"
                        | "even"
                        | "ever"
                        | "also"
                        | "so"
                )
        })
}

/// Whether `word` (or a form sharing its first five letters) occurs in `text`.
fn mentions_word(text: &str, word: &str) -> bool {
    let key: String = word.chars().take(5).collect();
    text.split(|c: char| !c.is_alphanumeric() && c != '-')
        .any(|w| {
            let w = w.to_lowercase();
            w == word || (key.chars().count() == 5 && w.starts_with(&key))
        })
}

fn polarity_divergence(members: &[(&str, Vec<&Claim>)]) -> Option<Divergence> {
    let per: Vec<(&str, Vec<String>, bool)> = members
        .iter()
        .enumerate()
        .map(|(i, (id, cs))| {
            // A negation counts when the other side reports what it negates: "the
            // facility had not been breached" against a claim that says nothing of a
            // breach adds a fact, it does not contradict one.
            let others: Vec<&str> = members
                .iter()
                .enumerate()
                .filter(|&(j, _)| j != i)
                .flat_map(|(_, (_, os))| os.iter().map(|c| c.text.as_str()))
                .collect();
            let neg = cs.iter().any(|c| {
                c.polarity == Polarity::Negative
                    && c.mentions
                        .iter()
                        .filter(|m| m.fact == Fact::Negation)
                        .any(|m| {
                            negated_word(c, m)
                                .is_none_or(|w| others.iter().any(|o| mentions_word(o, &w)))
                        })
            });
            let cues: Vec<String> = cs
                .iter()
                .flat_map(|c| c.mentions.iter())
                .filter(|m| m.fact == Fact::Negation)
                .map(|m| m.text.clone())
                .unique()
                .collect();
            (*id, cues, neg)
        })
        .collect();
    if per.iter().map(|(_, _, n)| n).all_equal() {
        return None;
    }
    let neg: Vec<&str> = per
        .iter()
        .filter(|(_, _, n)| *n)
        .map(|(id, _, _)| *id)
        .collect();
    let values: Vec<(&str, Vec<String>)> = per.iter().map(|(id, c, _)| (*id, c.clone())).collect();
    let note = format!(
        "{} negates ({}); the others assert",
        neg.join(", "),
        values
            .iter()
            .flat_map(|(_, v)| v.iter())
            .map(|v| format!("“{v}”"))
            .join(", ")
    );
    Some(Divergence {
        kind: DivergenceKind::Polarity,
        values: values_of(&values),
        note,
    })
}

/// A word-level diff from one claim's text to another's.
///
/// ```
/// use claimdiff::{compare::word_diff, DiffOp};
/// let d = word_diff("a", "Talks began in March.", "b", "Talks began in May.");
/// assert_eq!(d.ops, [
///     DiffOp::Equal("Talks began in ".into()),
///     DiffOp::Delete("March.".into()),
///     DiffOp::Insert("May.".into()),
/// ]);
/// ```
pub fn word_diff(from_id: &str, from: &str, to_id: &str, to: &str) -> WordDiff {
    let (from_words, to_words) = (word_spans(from), word_spans(to));
    let runs = runs(from, &from_words, to, &to_words);
    // Only words are diffed: whitespace never anchors a match. A gap both texts have
    // where a change starts goes with the equal run before it, so a reader sees
    // "Talks began in ~~March.~~ **May.**"; gaps between changed words stay in their
    // block, so a block reads "~~Middle East Eye~~" rather than word-by-word
    // alternation. Leading and trailing whitespace is never a change on its own.
    let mut ops: Vec<DiffOp> = Vec::new();
    let (mut del, mut ins) = (String::new(), String::new());
    let (mut from_end, mut to_end) = (next_start(from, 0), next_start(to, 0));
    let lead = if from_end > 0 {
        &from[..from_end]
    } else {
        &to[..to_end]
    };
    let flush = |ops: &mut Vec<DiffOp>, del: &mut String, ins: &mut String| {
        if !del.is_empty() {
            ops.push(DiffOp::Delete(std::mem::take(del)));
        }
        if !ins.is_empty() {
            ops.push(DiffOp::Insert(std::mem::take(ins)));
        }
    };
    let push_equal = |ops: &mut Vec<DiffOp>, s: &str| match ops.last_mut() {
        _ if s.is_empty() => {}
        Some(DiffOp::Equal(e)) => e.push_str(s),
        _ => ops.push(DiffOp::Equal(s.to_owned())),
    };
    push_equal(&mut ops, lead);
    for (equal, old, new) in runs {
        if equal {
            // A gap only one text has here (after a change at its start) ends that
            // text's change run; one both have goes with the equal run.
            let (f, t) = (from_words[old.start].0, to_words[new.start].0);
            let (from_gap, to_gap) = (&from[from_end..f], &to[to_end..t]);
            let mut equal_gap = from_gap;
            if from_gap.is_empty() && !ins.is_empty() {
                ins.push_str(to_gap);
            } else if from_gap.is_empty() {
                equal_gap = to_gap;
            } else if to_gap.is_empty() && !del.is_empty() {
                del.push_str(from_gap);
                equal_gap = "";
            }
            flush(&mut ops, &mut del, &mut ins);
            push_equal(&mut ops, equal_gap);
            let end = from_words[old.end - 1].1;
            push_equal(&mut ops, &from[f..end]);
            (from_end, to_end) = (end, to_words[new.end - 1].1);
            continue;
        }
        if del.is_empty() && ins.is_empty() {
            let (f, t) = (next_start(from, from_end), next_start(to, to_end));
            if f > from_end && t > to_end {
                push_equal(&mut ops, &from[from_end..f]);
                (from_end, to_end) = (f, t);
            }
        }
        for &(_, b) in &from_words[old] {
            del.push_str(&from[from_end..b]);
            from_end = b;
        }
        for &(_, b) in &to_words[new] {
            ins.push_str(&to[to_end..b]);
            to_end = b;
        }
    }
    flush(&mut ops, &mut del, &mut ins);
    let tail = if from_end < from.len() {
        &from[from_end..]
    } else {
        &to[to_end..]
    };
    push_equal(&mut ops, tail);
    WordDiff {
        from: from_id.to_owned(),
        to: to_id.to_owned(),
        ops,
    }
}

/// A run of a word diff: whether it is equal, and its ranges of `from` and `to` words.
type Run = (bool, Range<usize>, Range<usize>);

/// The equal and changed runs of the word diff of `from` and `to`, after a semantic
/// clean-up: an equal run of function words only between two changes ("of" in
/// "~~backdrop of rising~~" / "**Chief of Staff**") is a coincidence of unrelated
/// phrases, not an anchor, and joins them into one change.
fn runs(
    from: &str,
    from_words: &[(usize, usize)],
    to: &str,
    to_words: &[(usize, usize)],
) -> Vec<Run> {
    let mut runs: Vec<Run> = Vec::new();
    for op in diff_spans(from, from_words, to, to_words) {
        let (tag, old, new) = op.as_tag_tuple();
        let equal = tag == similar::DiffTag::Equal;
        match runs.last_mut() {
            Some((false, o, n)) if !equal => (o.end, n.end) = (old.end, new.end),
            _ => runs.push((equal, old, new)),
        }
    }
    let function_words_only = |r: &Range<usize>| {
        from_words[r.clone()].iter().all(|&(a, b)| {
            let w = from[a..b].trim_matches(|c: char| !c.is_alphanumeric());
            crate::lexicon::is_function_word(&w.to_lowercase())
        })
    };
    // Runs alternate (changes next to each other were joined above): one pass, joining
    // as it goes, so a joined change can absorb the next such run too.
    let mut out: Vec<Run> = Vec::with_capacity(runs.len());
    for run in runs {
        let joins = !run.0
            && matches!(out.as_slice(), [.., (false, ..), (true, eq, _)] if function_words_only(eq));
        if joins {
            out.pop();
            if let Some((_, old, new)) = out.last_mut() {
                (old.end, new.end) = (run.1.end, run.2.end);
            }
        } else {
            out.push(run);
        }
    }
    out
}

/// The byte offset of the first non-whitespace char of `s` at or after `pos`.
fn next_start(s: &str, pos: usize) -> usize {
    s[pos..]
        .find(|c: char| !c.is_whitespace())
        .map_or(s.len(), |i| pos + i)
}

/// The ops of a Myers diff of two texts' words (given as spans), over interned ids:
/// Myers only asks whether two words are equal, so strings are compared once each.
fn diff_spans<'a>(
    from: &'a str,
    from_words: &[(usize, usize)],
    to: &'a str,
    to_words: &[(usize, usize)],
) -> Vec<similar::DiffOp> {
    let mut ids: rustc_hash::FxHashMap<&str, u32> = rustc_hash::FxHashMap::default();
    let mut intern = |w: &'a str| {
        let next = ids.len() as u32;
        *ids.entry(w).or_insert(next)
    };
    let from_ids: Vec<u32> = from_words
        .iter()
        .map(|&(a, b)| intern(&from[a..b]))
        .collect();
    let to_ids: Vec<u32> = to_words.iter().map(|&(a, b)| intern(&to[a..b])).collect();
    // A claim-sized pair is cheapest as an LCS table (Myers walks its diagonals many
    // times over when two sentences share few words); past that size, Myers' linear
    // memory matters more.
    let algorithm = if from_ids.len() * to_ids.len() <= 1 << 16 {
        similar::Algorithm::Lcs
    } else {
        similar::Algorithm::Myers
    };
    similar::capture_diff_slices(algorithm, &from_ids, &to_ids)
}

/// The byte spans of the words (runs of non-whitespace) of `s`.
fn word_spans(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(s.len() / 6 + 1);
    let mut start = None;
    for (pos, c) in s.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(a)) => {
                out.push((a, pos));
                start = None;
            }
            (false, None) => start = Some(pos),
            _ => {}
        }
    }
    if let Some(a) = start {
        out.push((a, s.len()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ClaimKind, Polarity, Span};

    fn claim(source: &str, text: &str) -> Claim {
        Claim {
            id: format!("{source}:1"),
            source: source.to_owned(),
            kind: ClaimKind::Sentence,
            span: Span::new(0, text.len()),
            text: text.to_owned(),
            paragraph: 1,
            hedges: Vec::new(),
            attribution: None,
            polarity: Polarity::Positive,
            mentions: Vec::new(),
        }
    }

    #[test]
    fn the_same_quotation_in_other_words_is_a_quote_divergence() {
        let a = claim("a", "“Down, down USA!” the crowd chanted.");
        let b = claim("b", "The crowd chanted \"Down, down with the USA!\"");
        let d = quote_divergence(&[("a", vec![&a]), ("b", vec![&b])]).unwrap();
        assert_eq!(d.kind, DivergenceKind::Quote);
        assert_eq!(d.values.0[1].1, ["Down, down with the USA!"]);
        // Same words, other punctuation: not a divergence.
        let c = claim("c", "The crowd chanted \"down down USA\".");
        assert!(quote_divergence(&[("a", vec![&a]), ("c", vec![&c])]).is_none());
    }

    #[test]
    fn a_speaker_is_named_by_the_side_quoting_them() {
        let sources = [
            crate::Source::new(
                "a",
                "North Korea's leader, Kim Jong-un, announced that the missile tests would stop.",
            ),
            crate::Source::new(
                "b",
                "Reports said leader Kim Jong-un had announced a halt to the missile tests of North Korea.",
            ),
        ];
        let r = crate::compare(&sources, &crate::Config::new()).unwrap();
        let d = &r.alignments[0].divergences;
        // Different speakers ("Kim Jong-un" / "Reports"), but both name Kim.
        assert!(
            d.iter().any(|d| d.kind == DivergenceKind::Attribution),
            "{d:?}"
        );
        assert!(
            d.iter().all(|d| d.kind != DivergenceKind::Entities),
            "{d:?}"
        );
    }

    fn kinds(a: &str, b: &str) -> Vec<DivergenceKind> {
        let sources = [crate::Source::new("a", a), crate::Source::new("b", b)];
        let r = crate::compare(&sources, &crate::Config::new()).unwrap();
        r.alignments[0].divergences.iter().map(|d| d.kind).collect()
    }

    #[test]
    fn a_figure_against_a_vague_amount_is_a_numbers_divergence() {
        let a = "North Korea conducted several missile tests last year, officials said.";
        let b = "North Korea conducted three missile tests last year, officials said.";
        assert_eq!(kinds(a, b), [DivergenceKind::Numbers]);
        // Two vague amounts, or none, are no divergence.
        let c = "North Korea conducted a few missile tests last year, officials said.";
        assert_eq!(kinds(a, c), []);
        assert_eq!(vague_amounts("A few of the Several").len(), 2);
        // A vague amount of something else than the figure counts is no divergence.
        let d = "Police said the gunman, 25, was arrested at the scene.";
        let e = "Several witnesses said the gunman was arrested at the scene.";
        assert!(!kinds(d, e).contains(&DivergenceKind::Numbers));
        // "a few hours" says nothing of how many suspects: only the figure one source
        // gives is noted.
        let f = "Police arrested two suspects in the shooting at the harbour.";
        let g = "Police arrested the suspects in the shooting a few hours later at the harbour.";
        assert_eq!(
            notes(f, g, DivergenceKind::Numbers).as_deref(),
            Some("a gives a figure (“two”); b gives none")
        );
    }

    fn notes(a: &str, b: &str, kind: DivergenceKind) -> Option<String> {
        let sources = [crate::Source::new("a", a), crate::Source::new("b", b)];
        let r = crate::compare(&sources, &crate::Config::new()).unwrap();
        r.alignments[0]
            .divergences
            .iter()
            .find(|d| d.kind == kind)
            .map(|d| d.note.clone())
    }

    #[test]
    fn figures_match_by_value_and_unit_and_lengths_of_time_apart() {
        // The same figures with and without their unit agree.
        let a = "The council passed the harbour budget by 24 votes to 6 on Monday.";
        let b = "The council passed the harbour budget 24-6 on Monday.";
        assert_eq!(notes(a, b, DivergenceKind::Numbers), None);
        // A length of time only one source gives is a detail of when, not a figure.
        let c = "The council passed the harbour budget 24-6 three hours after the debate.";
        assert_eq!(notes(b, c, DivergenceKind::Numbers), None);
        // Other figures differ.
        let d = "The council passed the harbour budget 23-7 on Monday.";
        assert_eq!(
            notes(b, d, DivergenceKind::Numbers).as_deref(),
            Some("different numbers: a says 24, 6; b says 23, 7")
        );
        // Figures of things one source counts and the other does not.
        let e = "About 100 Marines were sent to guard the harbour on Monday.";
        let f = "More Marines were sent to guard the harbour on Monday.";
        assert_eq!(
            notes(e, f, DivergenceKind::Numbers).as_deref(),
            Some("a gives a figure (“About 100”); b gives none")
        );
        // "The two leaders" names known people; it counts nothing.
        let g = "The two leaders met at the harbour on Monday.";
        let h = "The leaders met at the harbour on Monday.";
        assert_eq!(notes(g, h, DivergenceKind::Numbers), None);
    }

    #[test]
    fn a_time_only_one_source_gives_is_a_time_divergence() {
        let a = "The crews rejected the pay offer from the harbour board on Wednesday.";
        let b = "The crews rejected the pay offer from the harbour board.";
        assert_eq!(kinds(a, b), [DivergenceKind::Time]);
        assert_eq!(kinds(b, a), [DivergenceKind::Time]);
        // The same time in other words agrees; neither source timing it is no news.
        let c = "The crews rejected the pay offer from the harbour board at 9 p.m. Wednesday.";
        let d = "The crews rejected the pay offer from the harbour board at 9:00 pm on Wednesday.";
        assert!(kinds(c, d).is_empty());
        assert!(kinds(b, b).is_empty());
    }

    #[test]
    fn a_time_in_another_zone_restates_the_time_before_it() {
        let a = "The harbour board's funding expired at midnight (05:00 GMT) on the island.";
        let b = "The harbour board's funding expired at midnight on the island.";
        assert_eq!(notes(a, b, DivergenceKind::Time), None);
        let c = "The harbour board's funding expired at 1 a.m. on the island.";
        assert!(notes(a, c, DivergenceKind::Time).is_some());
        // Whitespace the claim's text collapses does not move the test.
        let d = "The harbour  board's funding expired at  midnight  (05:00 GMT) on the island.";
        assert_eq!(notes(d, b, DivergenceKind::Time), None);
    }

    #[test]
    fn the_time_of_a_report_is_not_the_time_of_the_event() {
        let a = "The Coastal Ledger reported Sunday that the ferry sank in March.";
        let b = "The ferry sank off Port Ellis in March.";
        assert_eq!(notes(a, b, DivergenceKind::Time), None);
        let c = "Officials on Tuesday said the ferry sank off Port Ellis in March.";
        assert_eq!(notes(c, b, DivergenceKind::Time), None);
        // A time of the event before the cue's comma stays the event's.
        let d = "The captain, who left the ferry off Port Ellis in May, said it sank.";
        assert!(notes(d, b, DivergenceKind::Time).is_some());
    }

    #[test]
    fn a_spokesperson_speaks_for_the_body() {
        let a = "The U.S. State Department said later that embassy personnel were secure.";
        let b =
            "A State Department spokesperson told reporters that embassy personnel were secure.";
        assert_eq!(kinds(a, b), []);
        // A country is not a body its officials and its president share.
        let c = "U.S. officials said that embassy personnel were secure.";
        let d = "U.S. President Donald Trump said that embassy personnel were secure.";
        assert_eq!(kinds(c, d), [DivergenceKind::Attribution]);
    }

    #[test]
    fn a_negation_diverges_only_on_what_both_report() {
        // The breach is a fact only one side gives: no contradiction.
        let a = "Officials said the staff were safe and the compound had not been breached.";
        let b = "Officials said the staff were safe inside the compound.";
        assert_eq!(kinds(a, b), []);
        // Collapsed whitespace before the cue does not lose it.
        let c = "Officials  said   the compound was\n   not breached by the crowd.";
        let d = "Officials said the compound was breached by the crowd.";
        assert_eq!(kinds(c, d), [DivergenceKind::Polarity]);
    }

    #[test]
    fn a_hedge_against_an_assertion_counts_within_a_larger_group() {
        let hedged = |source: &str, text: &str, cue: &str| {
            let mut c = claim(source, text);
            let at = text.find(cue).unwrap();
            c.mentions.push(crate::model::Mention {
                span: Span::new(at, at + cue.len()),
                text: cue.to_owned(),
                fact: Fact::Hedge,
            });
            c
        };
        let a = hedged("a", "What was claimed to be threats from Iran.", "claimed");
        let b1 = claim("b", "Iran's missile and drone threat.");
        let b2 = hedged("b", "Officials reportedly agreed on alerts.", "reportedly");
        // Both sources hedge something, but "b" asserts what "a" hedges.
        let d = one_sided(
            &[("a", vec![&a]), ("b", vec![&b1, &b2])],
            DivergenceKind::Hedge,
            |_, m| matches!(m.fact, Fact::Hedge),
            ("hedges", "hedge"),
            ("asserts it", "assert it"),
            |_| true,
        )
        .unwrap();
        assert_eq!(d.note, "a hedges (“claimed”); b asserts it");
        // Every claim hedged: nothing to report.
        let b3 = hedged("b", "Iran's alleged missile threat.", "alleged");
        let none = one_sided(
            &[("a", vec![&a]), ("b", vec![&b3, &b2])],
            DivergenceKind::Hedge,
            |_, m| matches!(m.fact, Fact::Hedge),
            ("hedges", "hedge"),
            ("asserts it", "assert it"),
            |_| true,
        );
        assert!(none.is_none(), "{none:?}");
    }

    #[test]
    fn an_unqualified_anonymous_source_fits_a_described_one() {
        let spokesperson =
            "A Harbour Authority spokesperson said the ferry sank off Port Ellis on Monday.";
        let attribution = |b: &str| notes(spokesperson, b, DivergenceKind::Attribution);
        assert_eq!(
            attribution("An official said the ferry sank off Port Ellis on Monday."),
            None
        );
        assert_eq!(
            attribution("The ferry sank off Port Ellis on Monday, officials said."),
            None
        );
        // Two descriptions that cannot be one source still differ.
        assert_eq!(
            attribution("Two Kestrel Line officers said the ferry sank off Port Ellis on Monday.")
                .as_deref(),
            Some(
                "different speakers: a cites Harbour Authority spokesperson; \
                 b cites Two Kestrel Line officers"
            )
        );
    }

    #[test]
    fn one_source_attributes_what_another_asserts() {
        let ledger = "The Coastal Ledger reported that the ferry sank off Port Ellis on Monday.";
        let attribution = |b: &str| notes(ledger, b, DivergenceKind::Attribution);
        assert_eq!(
            attribution("The ferry sank off Port Ellis on Monday.").as_deref(),
            Some("a attributes it to Coastal Ledger; b asserts it")
        );
        // Hedged without a source: who said it is the difference.
        assert_eq!(
            attribution("The ferry reportedly sank off Port Ellis on Monday.").as_deref(),
            Some("a attributes it to Coastal Ledger; b reports it without a source")
        );
        // Nor does "a" assert what "b" hedges: it reports it.
        assert_eq!(
            notes(
                ledger,
                "The ferry reportedly sank off Port Ellis on Monday.",
                DivergenceKind::Hedge
            ),
            None
        );
    }

    #[test]
    fn a_family_name_is_the_full_korean_name() {
        let kinds = kinds(
            "Mr. Park met the envoy in Seoul on Friday.",
            "Park Ji-ho met the envoy in Seoul on Friday.",
        );
        assert!(!kinds.contains(&DivergenceKind::Entities), "{kinds:?}");
    }

    #[test]
    fn a_name_several_sources_give_is_not_only_one_s() {
        let text = |extra: &str| {
            format!("Officials met in Oslo on Friday to sign the fishing accord{extra}.")
        };
        let sources = [
            crate::Source::new("a", text(" with Sweden")),
            crate::Source::new("b", text(" with Sweden")),
            crate::Source::new("c", text("")),
        ];
        let r = crate::compare(&sources, &crate::Config::new()).unwrap();
        let entities = r.alignments[0]
            .divergences
            .iter()
            .find(|d| d.kind == DivergenceKind::Entities)
            .unwrap();
        assert_eq!(entities.note, "a, b name Sweden; c does not");
    }

    #[test]
    fn a_loaded_label_names_its_referent() {
        let sources = [
            crate::Source::new(
                "a",
                "The occupying regime sent military officials to Qatar.",
            ),
            crate::Source::new("b", "Israel sent military officials to Qatar and Bahrain."),
        ];
        let r = crate::compare(&sources, &crate::Config::new()).unwrap();
        let kinds: Vec<_> = r.alignments[0].divergences.iter().map(|d| d.kind).collect();
        assert!(kinds.contains(&DivergenceKind::Framing), "{kinds:?}");
        let entities = r.alignments[0]
            .divergences
            .iter()
            .find(|d| d.kind == DivergenceKind::Entities)
            .unwrap();
        // Bahrain is a real difference; Israel is named by both, once as a loaded label.
        assert_eq!(entities.note, "only b names Bahrain");
    }

    fn sides(ops: &[DiffOp]) -> (String, String) {
        let (mut from, mut to) = (String::new(), String::new());
        for op in ops {
            match op {
                DiffOp::Equal(s) => {
                    from.push_str(s);
                    to.push_str(s);
                }
                DiffOp::Delete(s) => from.push_str(s),
                DiffOp::Insert(s) => to.push_str(s),
            }
        }
        (from, to)
    }

    #[test]
    fn word_diff_keeps_both_texts_and_joins_changed_words() {
        let texts = [
            "",
            "Talks began in March.",
            "Talks began in May.",
            "Report reveals Israeli officials secretly sent to Qatar",
            "Covert conference brought Israeli military leaders together with Qatar officers",
            "A fire destroyed a grain warehouse in the port of Marlow Bay on Tuesday.",
            "«Ça» va, va-t-il? Oui — il va.",
        ];
        for a in texts {
            for b in texts {
                let d = word_diff("a", a, "b", b);
                // Single-spaced texts come back byte for byte from either side.
                assert_eq!(
                    sides(&d.ops),
                    (a.to_owned(), b.to_owned()),
                    "{a:?} -> {b:?}"
                );
                // A run never follows one of its own kind, and none is empty.
                for w in d.ops.windows(2) {
                    assert_ne!(std::mem::discriminant(&w[0]), std::mem::discriminant(&w[1]));
                }
                assert!(d.ops.iter().all(|op| match op {
                    DiffOp::Equal(s) | DiffOp::Delete(s) | DiffOp::Insert(s) => !s.is_empty(),
                }));
            }
        }
        // Function words two unrelated phrases happen to share are no anchor.
        let (a, b) = (
            "The talks began against a backdrop of rising tensions.",
            "The talks began after the Chief of Staff agreed.",
        );
        assert_eq!(
            word_diff("a", a, "b", b).ops,
            [
                DiffOp::Equal("The talks began ".into()),
                DiffOp::Delete("against a backdrop of rising tensions.".into()),
                DiffOp::Insert("after the Chief of Staff agreed.".into()),
            ]
        );
        // Shared content words stay equal.
        let d = word_diff(
            "a",
            "Envoys from Saudi Arabia, the UAE, and Jordan met.",
            "b",
            "Envoys from Israel, Saudi Arabia, Qatar, and Jordan met.",
        );
        assert_eq!(
            d.ops,
            [
                DiffOp::Equal("Envoys from ".into()),
                DiffOp::Insert("Israel, ".into()),
                DiffOp::Equal("Saudi Arabia, ".into()),
                DiffOp::Delete("the UAE,".into()),
                DiffOp::Insert("Qatar,".into()),
                DiffOp::Equal(" and Jordan met.".into()),
            ]
        );
    }

    #[test]
    fn word_diff_keeps_a_longest_run_of_shared_words() {
        // Claim-sized texts go through an LCS table, longer ones through Myers: either
        // way both texts come back whole and the diff keeps as many shared words as
        // any alignment can (the words here are no function words, which would be
        // joined into changes).
        fn lcs(a: &[String], b: &[String]) -> usize {
            let mut t = vec![vec![0usize; b.len() + 1]; a.len() + 1];
            for i in (0..a.len()).rev() {
                for j in (0..b.len()).rev() {
                    t[i][j] = if a[i] == b[j] {
                        t[i + 1][j + 1] + 1
                    } else {
                        t[i + 1][j].max(t[i][j + 1])
                    };
                }
            }
            t[0][0]
        }
        // A fixed pseudo-random stream of the words "w0".."w59".
        let mut state = 7u32;
        let mut next = move || {
            state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            format!("w{}", (state >> 16) % 60)
        };
        for len in [0, 1, 12, 45, 255, 300] {
            let a: Vec<String> = (0..len).map(|_| next()).collect();
            let b: Vec<String> = (0..len + 7).map(|_| next()).collect();
            let (from, to) = (a.join(" "), b.join(" "));
            let d = word_diff("a", &from, "b", &to);
            assert_eq!(sides(&d.ops), (from, to));
            let kept: usize = d
                .ops
                .iter()
                .map(|op| match op {
                    DiffOp::Equal(s) => s.split_whitespace().count(),
                    _ => 0,
                })
                .sum();
            assert_eq!(kept, lcs(&a, &b), "{len} words");
        }
    }

    #[test]
    fn word_diff_ignores_how_words_are_spaced() {
        let d = word_diff(
            "a",
            "  Talks\tbegan  in\nMarch. ",
            "b",
            "Talks began in May.",
        );
        let (from, to) = sides(&d.ops);
        let words = |s: &str| s.split_whitespace().map(str::to_owned).collect::<Vec<_>>();
        assert_eq!(words(&from), ["Talks", "began", "in", "March."]);
        assert_eq!(words(&to), ["Talks", "began", "in", "May."]);
        // Spacing is carried in the equal runs, never a change of its own.
        assert_eq!(
            d.ops,
            [
                DiffOp::Equal("  Talks\tbegan  in\n".into()),
                DiffOp::Delete("March.".into()),
                DiffOp::Insert("May.".into()),
                DiffOp::Equal(" ".into()),
            ]
        );
    }
}
