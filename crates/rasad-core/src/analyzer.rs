//! The search analyzer: tokens and light stems.
//!
//! First version: normalized alphanumeric runs; no stemming yet.

use crate::model::Span;
use crate::normalize::Normalized;

/// One index term.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// The term as indexed (normalized, stemmed).
    pub term: String,
    /// Where the word stands in the analyzed text.
    pub span: Span,
    /// Word position (for phrase queries).
    pub position: u32,
}

/// The index terms of `text`.
#[must_use]
pub fn tokenize(text: &str) -> Vec<Token> {
    let n = Normalized::new(text);
    let mut out = Vec::new();
    let mut position = 0u32;
    let mut start = None;
    for (at, c) in n.text.char_indices().chain(std::iter::once((n.text.len(), ' '))) {
        if c.is_alphanumeric() {
            start.get_or_insert(at);
        } else if let Some(s) = start.take() {
            out.push(Token { term: n.text[s..at].to_owned(), span: n.original_span(Span::new(s, at)), position });
            position += 1;
        }
    }
    out
}
