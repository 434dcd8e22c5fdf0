//! Fuzz target: decoding and cleaning. The first byte picks a content type (none, HTML,
//! declared charsets right and wrong); the rest are the page's bytes.
//! Checks, beyond "no panic": replacements ≤ input bytes, every span of the cleaned article
//! lies in its text on char boundaries and quotes its text, warnings stay bounded.
//! Run: `scripts/fuzz 60 decode_clean`.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use rasad_core::{clean, decode};

fuzz_target!(|data: &[u8]| {
    let (sel, bytes) = common::split(data);
    let content_type = common::CONTENT_TYPES[usize::from(sel) % common::CONTENT_TYPES.len()];
    let Ok(decoded) = decode::decode(bytes, content_type) else { return };
    assert!(decoded.replacements <= bytes.len());
    let c = clean::clean(decoded);
    let text = c.text.as_str();
    let singles = [
        ("title", &c.title),
        ("date_line", &c.date_line),
        ("byline", &c.byline),
        ("dateline", &c.dateline),
        ("source_name", &c.source_name),
    ];
    for (what, t) in singles {
        if let Some(t) = t {
            common::span(text, t.span, Some(&t.text), what);
        }
    }
    for p in &c.paragraphs {
        common::span(text, p.span, Some(&p.text), "paragraph");
    }
    assert!(c.warnings.len() <= 100, "{} warnings", c.warnings.len());
});
