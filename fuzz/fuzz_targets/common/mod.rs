//! Shared by the fuzz targets: input splitting and the output invariants (the same ones
//! `crates/rasad-core/tests/hostile/check.rs` asserts, kept short here).
#![allow(dead_code)]

use rasad_core::{Document, Span};

/// Content types a selector byte picks from: none, HTML, declared single-byte Arabic
/// charsets, a UTF-16 declaration over 8-bit bytes, and a charset that does not exist.
pub const CONTENT_TYPES: [Option<&str>; 6] = [
    None,
    Some("text/html"),
    Some("text/plain; charset=windows-1256"),
    Some("text/html; charset=utf-16"),
    Some("text/plain; charset=iso-8859-6"),
    Some("text/html; charset=x-no-such-charset"),
];

/// Publication dates a selector byte picks from: none, ordinary, the ends of jiff's range.
pub const PUBLISHED: [Option<&str>; 5] =
    [None, Some("2016-06-08T11:39"), Some("2020-02-29"), Some("9999-12-31T23:59"), Some("-009999-01-01")];

/// The first byte of `data` as a selector, and the rest.
pub fn split(data: &[u8]) -> (u8, &[u8]) {
    match data.split_first() {
        Some((&s, rest)) => (s, rest),
        None => (0, data),
    }
}

/// `span` lies in `text` on char boundaries and quotes `quoted` (when given and non-empty).
pub fn span(text: &str, s: Span, quoted: Option<&str>, what: &str) {
    assert!(s.start <= s.end && s.end <= text.len(), "{what}: span {s:?} outside 0..{}", text.len());
    assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "{what}: span {s:?} splits a char");
    if let Some(q) = quoted {
        assert!(s.is_empty() || s.slice(text) == q, "{what}: text {q:?} but span {s:?} quotes {:?}", s.slice(text));
    }
}

/// An ISO 8601 value: short ASCII, digits first (a year may carry a sign).
pub fn iso(v: &str, what: &str) {
    let ok = !v.is_empty()
        && v.len() <= 32
        && v.is_ascii()
        && v.trim_start_matches(['-', '+']).starts_with(|c: char| c.is_ascii_digit());
    assert!(ok, "{what}: date value {v:?}");
}

/// Every invariant of an analyzed document.
pub fn document(d: &Document) {
    let text = d.text.as_str();
    for (what, t) in [("title", &d.title), ("byline", &d.byline), ("dateline", &d.dateline)] {
        if let Some(t) = t {
            span(text, t.span, Some(&t.text), what);
        }
    }
    if let Some(p) = &d.published {
        span(text, p.span, Some(&p.text), "published");
        iso(&p.value, "published");
    }
    for p in &d.paragraphs {
        span(text, p.span, Some(&p.text), "paragraph");
    }
    for m in &d.numbers {
        span(text, m.span, Some(&m.text), "number");
        assert!(m.value.is_finite() && m.upper.is_none_or(f64::is_finite), "number {m:?}");
    }
    for m in &d.dates {
        span(text, m.span, Some(&m.text), "date");
        iso(&m.value, "date");
        if let Some(e) = &m.end {
            iso(e, "date end");
        }
    }
    for e in &d.entities {
        for m in &e.mentions {
            span(text, m.span, Some(&m.text), "entity mention");
        }
    }
    for c in &d.claims {
        span(text, c.quantity.span, Some(&c.quantity.text), "claim quantity");
        span(text, c.evidence.span, Some(&c.evidence.text), "claim evidence");
        assert!(c.quantity.value.is_finite(), "claim value {}", c.quantity.value);
    }
    for r in &d.roles {
        span(text, r.evidence.span, Some(&r.evidence.text), "role evidence");
    }
    for s in &d.statements {
        span(text, s.content.span, Some(&s.content.text), "statement content");
        span(text, s.evidence.span, Some(&s.evidence.text), "statement evidence");
    }
    let chars = text.chars().count().max(1);
    let mentions = d.numbers.len() + d.dates.len() + d.claims.len();
    assert!(mentions <= chars, "{mentions} mentions for {chars} chars");
}
