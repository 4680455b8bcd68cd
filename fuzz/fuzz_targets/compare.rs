//! The front door on two sources cut from the input: no panic, scores in [0, 1],
//! every renderer runs.
#![no_main]

use claimdiff::{Config, Source, compare, report};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&cut, rest)) = data.split_first() else { return };
    let cut = usize::from(cut) * rest.len() / 256;
    let (a, b) = rest.split_at(cut);
    let (Ok(a), Ok(b)) = (Source::from_bytes("a", a.to_vec()), Source::from_bytes("b", b.to_vec())) else {
        return;
    };
    let Ok(r) = compare(&[a, b], &Config::new()) else { return };
    for al in &r.alignments {
        assert!((0.0..=1.0).contains(&al.score));
    }
    let _ = report::to_json(&r);
    let _ = report::to_markdown(&r);
    let _ = report::to_text(&r, true);
});
