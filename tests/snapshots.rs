//! End-to-end snapshots: every fixture story (a folder of `*.txt` articles under
//! `fixtures/`, compared in file-name order) rendered as JSON and Markdown.

use claimdiff::{Config, Source, compare, report};
use std::path::{Path, PathBuf};

fn stories() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("fixtures folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs
}

fn sources(dir: &Path) -> Vec<Source> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("story folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|f| {
            let id = f.file_stem().unwrap().to_string_lossy().into_owned();
            Source::from_bytes(id, std::fs::read(f).unwrap()).unwrap()
        })
        .collect()
}

#[test]
fn fixture_stories() {
    let dirs = stories();
    assert!(
        dirs.len() >= 3,
        "expected the seed pair and the two made-up stories"
    );
    for dir in dirs {
        let story = dir.file_name().unwrap().to_string_lossy().into_owned();
        let report = compare(&sources(&dir), &Config::new()).unwrap();
        insta::assert_snapshot!(format!("{story}.json"), report::to_json(&report));
        insta::assert_snapshot!(format!("{story}.md"), report::to_markdown(&report));
    }
}

#[test]
fn single_article_analysis() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/harbour-fire");
    let gazette = sources(&dir)
        .into_iter()
        .find(|s| s.id() == "gazette")
        .unwrap();
    let report = compare(&[gazette], &Config::new()).unwrap();
    assert!(report.alignments.is_empty());
    insta::assert_snapshot!("gazette-alone.md", report::to_markdown(&report));
}

#[test]
fn output_is_byte_stable() {
    for dir in stories() {
        let srcs = sources(&dir);
        let a = report::to_json(&compare(&srcs, &Config::new()).unwrap());
        let b = report::to_json(&compare(&srcs, &Config::new()).unwrap());
        assert_eq!(a, b);
    }
}
