//! `rasad_ar`: the core analyzer as a tantivy tokenizer, shared by index and query.
//!
//! Invariant: the terms tantivy indexes are exactly `rasad_core::analyzer::tokenize`'s, so
//! the query side ([`crate::query`]) calls the same function and never drifts.

use rasad_core::analyzer;
use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

/// The name the schema and queries use.
pub const TOKENIZER_NAME: &str = "rasad_ar";

/// Wraps [`analyzer::tokenize`].
#[derive(Clone, Copy, Debug, Default)]
pub struct RasadTokenizer;

/// The core's streaming analyzer seen as a tantivy token stream (no allocation per token:
/// the term is copied into one reused buffer).
pub struct RasadTokenStream<'a> {
    inner: analyzer::TokenStream<'a>,
    current: Token,
}

impl Tokenizer for RasadTokenizer {
    type TokenStream<'a> = RasadTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        RasadTokenStream { inner: analyzer::TokenStream::new(text), current: Token::default() }
    }
}

impl TokenStream for RasadTokenStream<'_> {
    fn advance(&mut self) -> bool {
        if !self.inner.advance() {
            return false;
        }
        let span = self.inner.span();
        self.current.offset_from = span.start;
        self.current.offset_to = span.end;
        self.current.position = self.inner.position() as usize;
        self.current.position_length = 1;
        self.current.text.clear();
        self.current.text.push_str(self.inner.term());
        true
    }

    fn token(&self) -> &Token {
        &self.current
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.current
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_match_core_analyzer() {
        let text = "عاد ٣ آلاف من المقاتلين إلى أوروبا";
        let mut tok = RasadTokenizer;
        let mut stream = tok.token_stream(text);
        let mut got = Vec::new();
        while stream.advance() {
            let t = stream.token();
            got.push((t.text.clone(), t.offset_from, t.offset_to, t.position));
        }
        let want: Vec<_> = analyzer::tokenize(text)
            .into_iter()
            .map(|t| (t.term, t.span.start, t.span.end, t.position as usize))
            .collect();
        assert_eq!(got, want);
        assert_eq!(got[1].0, "3", "Arabic-Indic digits fold to ASCII");
    }
}
