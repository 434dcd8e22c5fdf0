//! Numbers: digits and words, qualifiers, ranges, vague counts.
//!
//! First version: ASCII and Arabic-Indic digit runs as exact cardinals.

use crate::model::{NumberKind, NumberMention, Qualifier, Span};
use crate::normalize::Normalized;

/// Every number mention in `text`, spans relative to `text`.
#[must_use]
pub fn extract(text: &str) -> Vec<NumberMention> {
    let n = Normalized::new(text);
    let mut out = Vec::new();
    let mut start = None;
    for (at, c) in n.text.char_indices().chain(std::iter::once((n.text.len(), ' '))) {
        if c.is_ascii_digit() {
            start.get_or_insert(at);
        } else if let Some(s) = start.take() {
            if let Ok(value) = n.text[s..at].parse::<f64>() {
                let span = n.original_span(Span::new(s, at));
                out.push(NumberMention {
                    text: span.slice(text).to_owned(),
                    span,
                    value,
                    upper: None,
                    qualifier: Qualifier::Exact,
                    kind: NumberKind::Cardinal,
                    unit: None,
                });
            }
        }
    }
    out
}
