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

/// The tokens of one text, replayed for tantivy.
pub struct RasadTokenStream {
    tokens: std::vec::IntoIter<analyzer::Token>,
    current: Token,
}

impl Tokenizer for RasadTokenizer {
    type TokenStream<'a> = RasadTokenStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        RasadTokenStream { tokens: analyzer::tokenize(text).into_iter(), current: Token::default() }
    }
}

impl TokenStream for RasadTokenStream {
    fn advance(&mut self) -> bool {
        let Some(t) = self.tokens.next() else { return false };
        self.current.offset_from = t.span.start;
        self.current.offset_to = t.span.end;
        self.current.position = t.position as usize;
        self.current.position_length = 1;
        self.current.text = t.term;
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
        let text = "عاد ٣ آلاف مقاتل إلى أوروبا";
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
