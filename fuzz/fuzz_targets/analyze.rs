//! Extraction over segmented text: no panic, mention spans inside their claim.
#![no_main]

use claimdiff::{extract::analyze, segment::segment};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let seg = segment(text, None);
    let analyses = analyze(text, &seg);
    assert_eq!(analyses.len(), seg.segments.len());
    for (s, a) in seg.segments.iter().zip(&analyses) {
        for m in &a.mentions {
            assert!(s.span.contains(m.span), "mention {:?} outside claim {:?}", m.span, s.span);
            assert_eq!(&text[m.span.range()], m.text);
        }
    }
});
