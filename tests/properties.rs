//! Invariants as property tests over generated news-like text: valid spans, every
//! byte accounted for, symmetric comparison, stable bytes, whitespace-insensitive
//! alignment, scores in [0, 1].

use claimdiff::{Config, DiffOp, Report, Source, compare, report};
use proptest::prelude::*;

/// Pieces news text is made of, hostile ones included.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(vec![
            "Officials", "said", "the", "talks", "in", "Cairo", "on", "Monday", "U.S.", "Gen.", "Israel",
            "Qatar", "reportedly", "did", "not", "confirm", "at", "least", "12", "people", "$300bn",
            "March", "2020", "according", "to", "sources", "told", "Reuters", "regime", "he", "added",
            "the", "kingdom", "Mr.", "Smith", "Jan.", "5", "could", "—", "–", "-", ";", ",", ".", "?", "!",
        ])
        .prop_map(str::to_owned),
        1 => prop::sample::select(vec![
            "“", "”", "\"", "''", "‘", "’", "«", "»", "(", ")", "*", "**", "#", "---", "|", "<p>", "</p>",
            "<br>", "\u{feff}", "e\u{301}", "مرحبا", "שלום", "\u{200b}", "\u{a0}", "0", "https://x.io/a",
            "Join our WhatsApp group", "By Jane Doe", "(Photo by AP)", ":",
        ])
        .prop_map(str::to_owned),
        1 => "[a-zA-Z0-9 ]{1,12}",
    ]
}

fn separator() -> impl Strategy<Value = String> {
    prop::sample::select(vec![" ", " ", " ", "  ", "\n", "\n\n", "\r\n", "\r", "\t"])
        .prop_map(str::to_owned)
}

/// A text of up to 80 pieces with separators.
fn text() -> impl Strategy<Value = String> {
    prop::collection::vec((piece(), separator()), 0..80)
        .prop_map(|parts| parts.into_iter().map(|(p, s)| p + &s).collect())
}

fn run(sources: &[Source]) -> Report {
    compare(sources, &Config::new()).expect("generated sources are valid")
}

fn sorted_groups(r: &Report) -> Vec<Vec<String>> {
    let mut g: Vec<Vec<String>> = r
        .alignments
        .iter()
        .map(|a| {
            let mut c = a.claims.clone();
            c.sort();
            c
        })
        .collect();
    g.sort();
    g
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn spans_slice_to_claims_and_cover_every_byte_once(t in text()) {
        let r = run(&[Source::new("a", t.clone())]);
        let mut owner = vec![0u8; t.len()];
        for c in &r.claims {
            prop_assert!(t.is_char_boundary(c.span.start) && t.is_char_boundary(c.span.end));
            let slice = &t[c.span.range()];
            prop_assert_eq!(slice.split_whitespace().collect::<Vec<_>>().join(" "), c.text.clone());
            for b in c.span.range() { owner[b] += 1; }
            for m in &c.mentions {
                prop_assert!(c.span.contains(m.span));
            }
        }
        for s in &r.sources[0].skipped {
            prop_assert!(t.is_char_boundary(s.span.start) && t.is_char_boundary(s.span.end));
            for b in s.span.range() { owner[b] += 1; }
        }
        for (i, ch) in t.char_indices() {
            if !ch.is_whitespace() {
                prop_assert_eq!(owner[i], 1, "byte {} ({:?})", i, ch);
            }
        }
    }

    #[test]
    fn comparison_is_symmetric_and_stable(a in text(), b in text()) {
        let (sa, sb) = (Source::new("a", a), Source::new("b", b));
        let ab = run(&[sa.clone(), sb.clone()]);
        let ba = run(&[sb.clone(), sa.clone()]);
        prop_assert_eq!(sorted_groups(&ab), sorted_groups(&ba));
        // Same input, same bytes.
        prop_assert_eq!(report::to_json(&ab), report::to_json(&run(&[sa, sb])));
    }

    #[test]
    fn scores_lie_in_unit_interval(a in text(), b in text()) {
        let r = run(&[Source::new("a", a), Source::new("b", b)]);
        for al in &r.alignments {
            prop_assert!((0.0..=1.0).contains(&al.score));
        }
    }

    #[test]
    fn whitespace_between_sentences_does_not_change_alignment(
        sentences in prop::collection::vec(prop::sample::select(vec![
            "Officials met in Cairo on Monday.",
            "The talks reportedly failed.",
            "Israel did not confirm the meeting, sources said.",
            "At least 12 people were hurt in March 2020.",
            "The kingdom granted permission to use its airspace.",
        ]), 1..6),
        other in prop::collection::vec(prop::sample::select(vec![
            "Talks in Cairo began on Monday.",
            "The meeting was confirmed by Israel.",
            "Twelve people were hurt, officials said.",
            "Saudi Arabia opened its airspace.",
        ]), 1..5),
        gaps in prop::collection::vec(prop::sample::select(vec![" ", "  ", "\n", "\n\n", " \n \n "]), 6),
    ) {
        let tight = sentences.join(" ");
        let loose: String = sentences.iter().zip(gaps.iter().cycle()).map(|(s, g)| format!("{s}{g}")).collect();
        let b = Source::new("b", other.join(" "));
        let r1 = run(&[Source::new("a", tight), b.clone()]);
        let r2 = run(&[Source::new("a", loose), b]);
        let texts = |r: &Report| -> Vec<Vec<String>> {
            r.alignments.iter().map(|al| al.claims.iter().map(|id| r.claim(id).map(|c| c.text.clone()).unwrap_or_default()).collect()).collect()
        };
        prop_assert_eq!(texts(&r1), texts(&r2));
    }

    /// A word diff gives back both texts' words in order; every run holds a word or
    /// lies between two (whitespace alone is never a change).
    #[test]
    fn word_diff_gives_back_both_texts(a in text(), b in text()) {
        let d = claimdiff::compare::word_diff("a", &a, "b", &b);
        let (mut from, mut to) = (String::new(), String::new());
        for op in &d.ops {
            match op {
                DiffOp::Equal(s) => { from.push_str(s); to.push_str(s); }
                DiffOp::Delete(s) => from.push_str(s),
                DiffOp::Insert(s) => to.push_str(s),
            }
            if let DiffOp::Delete(s) | DiffOp::Insert(s) = op {
                prop_assert!(!s.trim().is_empty(), "{:?}", d.ops);
            }
        }
        let words = |s: &str| s.split_whitespace().map(str::to_owned).collect::<Vec<_>>();
        prop_assert_eq!(words(&from), words(&a));
        prop_assert_eq!(words(&to), words(&b));
    }
}
