//! Dates and times.
//!
//! First version: ISO `YYYY-MM-DD` only.

use crate::model::{Calendar, DateKind, DateMention, Grain, Span};

/// Every date mention in `text`, spans relative to `text`; relative expressions are
/// resolved against `anchor` (the publication date) when given.
#[must_use]
pub fn extract(text: &str, anchor: Option<jiff::civil::DateTime>) -> Vec<DateMention> {
    let _ = anchor;
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i + 10 <= bytes.len() {
        let w = &text[i..];
        if let Some(cand) = w.get(..10)
            && cand.parse::<jiff::civil::Date>().is_ok()
        {
            out.push(DateMention {
                text: cand.to_owned(),
                span: Span::new(i, i + 10),
                value: cand.to_owned(),
                end: None,
                grain: Grain::Day,
                calendar: Calendar::Gregorian,
                kind: DateKind::Point,
                relative: false,
            });
            i += 10;
            continue;
        }
        i += w.chars().next().map_or(1, char::len_utf8);
    }
    out
}
