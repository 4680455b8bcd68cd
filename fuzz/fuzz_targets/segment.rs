//! Segmentation: spans on char boundaries, every non-whitespace byte owned once.
#![no_main]

use claimdiff::segment::segment;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let seg = segment(text, None);
    let mut owner = vec![0u8; text.len()];
    let spans = seg.segments.iter().map(|s| s.span).chain(seg.skipped.iter().map(|s| s.span));
    for span in spans {
        assert!(span.start <= span.end && span.end <= text.len());
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        for b in span.range() {
            owner[b] += 1;
        }
    }
    for (i, c) in text.char_indices() {
        if !c.is_whitespace() {
            assert_eq!(owner[i], 1, "byte {i} ({c:?}) owned {} times", owner[i]);
        }
    }
});
