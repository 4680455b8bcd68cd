//! JSON: a report reads back to the same bytes; arbitrary JSON never panics the reader.
#![no_main]

use claimdiff::{Config, Source, compare, report};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let _ = report::from_json(text);
    let Ok(r) = compare(&[Source::new("a", text)], &Config::new()) else { return };
    let json = report::to_json(&r);
    let back = report::from_json(&json).expect("a written report reads back");
    assert_eq!(report::to_json(&back), json);
});
