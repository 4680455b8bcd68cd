//! Invariants every report keeps, checked on the fixture stories.

use claimdiff::{Config, Source, compare};
use std::path::{Path, PathBuf};

fn fixture_texts() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut out = Vec::new();
    for story in std::fs::read_dir(&root).unwrap().filter_map(|e| e.ok()) {
        if !story.path().is_dir() {
            continue;
        }
        let mut files: Vec<PathBuf> = std::fs::read_dir(story.path())
            .unwrap()
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        for f in files {
            out.push((
                f.file_stem().unwrap().to_string_lossy().into_owned(),
                std::fs::read_to_string(&f).unwrap(),
            ));
        }
    }
    out
}

/// Every span slices to its claim; every non-whitespace byte is in exactly one claim
/// or skipped segment.
#[test]
fn spans_cover_every_non_whitespace_byte_once() {
    for (id, text) in fixture_texts() {
        let report = compare(&[Source::new(id.clone(), text.clone())], &Config::new()).unwrap();
        let mut owner = vec![0u8; text.len()];
        for c in &report.claims {
            assert!(
                text.is_char_boundary(c.span.start) && text.is_char_boundary(c.span.end),
                "{}",
                c.id
            );
            let slice = &text[c.span.range()];
            assert_eq!(
                slice.split_whitespace().collect::<Vec<_>>().join(" "),
                c.text,
                "{}",
                c.id
            );
            for b in c.span.range() {
                owner[b] += 1;
            }
        }
        for s in &report.sources[0].skipped {
            assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
            for b in s.span.range() {
                owner[b] += 1;
            }
        }
        for (i, c) in text.char_indices() {
            if !c.is_whitespace() {
                assert_eq!(
                    owner[i], 1,
                    "{id}: byte {i} ({c:?}) covered {} times",
                    owner[i]
                );
            }
        }
    }
}

#[test]
fn comparison_is_symmetric() {
    let texts = fixture_texts();
    let a = Source::new(texts[0].0.clone(), texts[0].1.clone());
    let b = Source::new(texts[1].0.clone(), texts[1].1.clone());
    let ab = compare(&[a.clone(), b.clone()], &Config::new()).unwrap();
    let ba = compare(&[b, a], &Config::new()).unwrap();
    let mut g1: Vec<Vec<String>> = ab
        .alignments
        .iter()
        .map(|al| {
            let mut c = al.claims.clone();
            c.sort();
            c
        })
        .collect();
    let mut g2: Vec<Vec<String>> = ba
        .alignments
        .iter()
        .map(|al| {
            let mut c = al.claims.clone();
            c.sort();
            c
        })
        .collect();
    g1.sort();
    g2.sort();
    assert_eq!(g1, g2);
}

#[test]
fn json_round_trips_byte_for_byte() {
    let texts = fixture_texts();
    let sources: Vec<Source> = texts
        .iter()
        .map(|(id, t)| Source::new(id.clone(), t.clone()))
        .collect();
    let report = compare(&sources, &Config::new()).unwrap();
    let json = claimdiff::report::to_json(&report);
    let back = claimdiff::report::from_json(&json).unwrap();
    assert_eq!(claimdiff::report::to_json(&back), json);
}

#[test]
fn lexical_scorer_through_the_trait_matches_the_default() {
    let texts = fixture_texts();
    let sources: Vec<Source> = texts
        .iter()
        .map(|(id, t)| Source::new(id.clone(), t.clone()))
        .collect();
    let default = claimdiff::report::to_json(&compare(&sources, &Config::new()).unwrap());
    let config = Config::new().similarity(claimdiff::align::Lexical);
    let plugged = claimdiff::report::to_json(&compare(&sources, &config).unwrap());
    assert_eq!(default, plugged);
}

#[test]
fn public_types_are_send_sync_and_unwind_safe() {
    fn check<T: Send + Sync + std::panic::UnwindSafe>() {}
    check::<claimdiff::Report>();
    check::<claimdiff::Source>();
    check::<claimdiff::Error>();
    check::<claimdiff::align::Lexical>();
}
