//! Fuzz target: the number and date recognizers on arbitrary text. The first byte picks the
//! publication date relative expressions resolve against (none, ordinary, the ends of
//! jiff's range); the rest is the text (lossily decoded).
//! Checks, beyond "no panic": spans on char boundaries quoting the mention, finite values,
//! ISO date values, the hinted variant too.
//! Run: `scripts/fuzz 60 numbers_dates`.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use rasad_core::{dates, numbers};

fuzz_target!(|data: &[u8]| {
    let (sel, bytes) = common::split(data);
    let text = String::from_utf8_lossy(bytes);
    let anchor = common::PUBLISHED[usize::from(sel) % common::PUBLISHED.len()]
        .and_then(|p| p.parse::<jiff::civil::DateTime>().ok().or_else(|| p.parse::<jiff::civil::Date>().ok().map(|d| d.at(0, 0, 0, 0))));
    for m in numbers::extract(&text) {
        common::span(&text, m.span, Some(&m.text), "number");
        assert!(m.value.is_finite() && m.upper.is_none_or(f64::is_finite), "number {m:?}");
    }
    let hint = dates::document_hint(&text);
    for d in dates::extract(&text, anchor).into_iter().chain(dates::extract_hinted(&text, None, hint)) {
        common::span(&text, d.span, Some(&d.text), "date");
        common::iso(&d.value, "date");
        if let Some(e) = &d.end {
            common::iso(e, "date end");
        }
    }
});
