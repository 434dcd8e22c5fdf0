//! Fuzz target: the normalizer and the analyzer on arbitrary bytes (lossily decoded).
//! Run: `cargo +nightly fuzz run normalize -- -max_total_time=30` from the repo root.
//! Checks, beyond "no panic": idempotence, the offset map stays on input char boundaries,
//! and token spans lie on char boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rasad_core::Span;
use rasad_core::analyzer::for_each_token;
use rasad_core::normalize::{Normalized, normalize};

fuzz_target!(|data: &[u8]| {
    let s = String::from_utf8_lossy(data);
    let once = normalize(&s);
    assert_eq!(normalize(&once), once, "not idempotent");
    let n = Normalized::new(&s);
    assert_eq!(n.text, once);
    let len = n.text.len();
    for (a, b) in [(0, len), (len / 3, len / 2), (1, len.saturating_sub(1))] {
        let span = n.original_span(Span::new(a, b));
        assert!(span.end <= s.len() && s.is_char_boundary(span.start) && s.is_char_boundary(span.end));
    }
    for_each_token(&s, |term, span, _| {
        assert!(!term.is_empty());
        assert!(s.is_char_boundary(span.start) && s.is_char_boundary(span.end) && span.end <= s.len());
    });
});
