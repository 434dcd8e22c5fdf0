//! `rasad_ar`: the core analyzer as a tantivy tokenizer, shared by index and query.
//!
//! Invariant: the terms tantivy indexes are exactly `rasad_core::analyzer::tokenize`'s, so
//! the query side ([`crate::query`]) calls the same function and never drifts.
//!
//! # Word cache
//! Tokenizing was the largest single cost of storing an article (a quarter of it: folding
//! every char, then the stemmer's word-list probes), and news repeats its words. ASCII
//! whitespace always ends a token and never belongs to one, and the analyzer carries no
//! state across it, so a text's tokens are its whitespace-separated words' tokens, each
//! word's spans shifted by the word's offset and its positions by the positions the words
//! before it used. Each indexing thread therefore remembers what the analyzer gave for a
//! word (terms, relative spans and positions, positions used) and replays it; a word it has
//! not seen is analyzed alone. The result is the same tokens, by construction; a test checks
//! it against `tokenize` over real and adversarial text.

use rasad_core::analyzer;
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

/// The name the schema and queries use.
pub const TOKENIZER_NAME: &str = "rasad_ar";

/// Distinct words a thread remembers; the cache is emptied when full (about 13 MB then;
/// only tantivy's indexing threads tokenize, one by default). Arabic clitics make many
/// forms: the first 2,000 corpus articles have 129k distinct words in 829k, and a 64k
/// cache missed 22 % of words against 16 % for this size.
const CACHED_WORDS: usize = 128 * 1024;

/// Longer words are analyzed every time (URLs, long runs): rare, and not worth keeping.
const LONGEST_CACHED_WORD: usize = 64;

/// Wraps [`analyzer::TokenStream`].
#[derive(Clone, Copy, Debug, Default)]
pub struct RasadTokenizer;

/// One token of a word, relative to the word.
#[derive(Clone, Copy, Debug)]
struct WordToken {
    /// The term: `terms[term.0..term.1]`.
    term: (u32, u32),
    start: u32,
    end: u32,
    position: u32,
}

/// What the analyzer gave for each word seen.
#[derive(Debug, Default)]
struct WordCache {
    /// Word → (its first token in `tokens`, token count, positions used).
    words: FxHashMap<Box<str>, (u32, u32, u32)>,
    tokens: Vec<WordToken>,
    terms: String,
}

impl WordCache {
    /// Analyzes `word` alone and appends its tokens; returns (first, count, positions).
    fn analyze(&mut self, word: &str) -> (u32, u32, u32) {
        let first = self.tokens.len();
        let mut ts = analyzer::TokenStream::new(word);
        while ts.advance() {
            let from = self.terms.len();
            self.terms.push_str(ts.term());
            let span = ts.span();
            self.tokens.push(WordToken {
                term: (idx(from), idx(self.terms.len())),
                start: idx(span.start),
                end: idx(span.end),
                position: ts.position(),
            });
        }
        (idx(first), idx(self.tokens.len() - first), ts.positions())
    }

    /// The tokens of `word`, from the cache or analyzed now (and remembered when short).
    fn lookup(&mut self, word: &str, scratch: &mut Self) -> (bool, (u32, u32, u32)) {
        if let Some(&hit) = self.words.get(word) {
            return (true, hit);
        }
        if word.len() > LONGEST_CACHED_WORD {
            scratch.tokens.clear();
            scratch.terms.clear();
            return (false, scratch.analyze(word));
        }
        if self.words.len() >= CACHED_WORDS {
            self.words.clear();
            self.tokens.clear();
            self.terms.clear();
        }
        let entry = self.analyze(word);
        self.words.insert(word.into(), entry);
        (true, entry)
    }
}

/// Offsets within one word (≤ the document size limit, far below `u32::MAX`).
fn idx(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

thread_local! {
    static CACHE: RefCell<WordCache> = RefCell::new(WordCache::default());
}

/// Tokens of a text, word by word through the thread's [`WordCache`] (taken out of the
/// thread-local for the stream's life and put back on drop).
pub struct RasadTokenStream<'a> {
    text: &'a str,
    /// Where the next word's search starts.
    next: usize,
    cache: WordCache,
    /// Tokens of a word too long to cache.
    scratch: WordCache,
    /// The current word: offset, tokens left (`at..until`, in `cache` or `scratch`),
    /// base position.
    word_at: usize,
    in_cache: bool,
    at: u32,
    until: u32,
    base_position: u32,
    /// Positions used by the words so far.
    positions: u32,
    current: Token,
}

impl Tokenizer for RasadTokenizer {
    type TokenStream<'a> = RasadTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        RasadTokenStream {
            text,
            next: 0,
            cache: CACHE.with_borrow_mut(std::mem::take),
            scratch: WordCache::default(),
            word_at: 0,
            in_cache: true,
            at: 0,
            until: 0,
            base_position: 0,
            positions: 0,
            current: Token::default(),
        }
    }
}

impl Drop for RasadTokenStream<'_> {
    fn drop(&mut self) {
        let cache = std::mem::take(&mut self.cache);
        CACHE.with_borrow_mut(|c| *c = cache);
    }
}

impl RasadTokenStream<'_> {
    /// Moves to the next word that has tokens; false at the end of the text.
    fn next_word(&mut self) -> bool {
        let bytes = self.text.as_bytes();
        loop {
            let start = self.next + bytes[self.next..].iter().take_while(|b| b.is_ascii_whitespace()).count();
            if start == bytes.len() {
                self.next = start;
                return false;
            }
            let end = start + bytes[start..].iter().take_while(|b| !b.is_ascii_whitespace()).count();
            self.next = end;
            // ASCII whitespace bytes are char boundaries, so this slice is a whole word.
            let word = &self.text[start..end];
            let (in_cache, (first, count, used)) = self.cache.lookup(word, &mut self.scratch);
            self.word_at = start;
            self.in_cache = in_cache;
            self.at = first;
            self.until = first + count;
            self.base_position = self.positions;
            self.positions = self.positions.saturating_add(used);
            if count > 0 {
                return true;
            }
        }
    }
}

impl TokenStream for RasadTokenStream<'_> {
    fn advance(&mut self) -> bool {
        if self.at == self.until && !self.next_word() {
            return false;
        }
        let source = if self.in_cache { &self.cache } else { &self.scratch };
        let t = source.tokens[self.at as usize];
        self.at += 1;
        self.current.offset_from = self.word_at + t.start as usize;
        self.current.offset_to = self.word_at + t.end as usize;
        self.current.position = (self.base_position + t.position) as usize;
        self.current.position_length = 1;
        self.current.text.clear();
        self.current.text.push_str(&source.terms[t.term.0 as usize..t.term.1 as usize]);
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

    fn via_tantivy(text: &str) -> Vec<(String, usize, usize, usize)> {
        let mut tok = RasadTokenizer;
        let mut stream = tok.token_stream(text);
        let mut got = Vec::new();
        while stream.advance() {
            let t = stream.token();
            got.push((t.text.clone(), t.offset_from, t.offset_to, t.position));
        }
        got
    }

    fn via_core(text: &str) -> Vec<(String, usize, usize, usize)> {
        analyzer::tokenize(text).into_iter().map(|t| (t.term, t.span.start, t.span.end, t.position as usize)).collect()
    }

    #[test]
    fn tokens_match_core_analyzer() {
        let text = "عاد ٣ آلاف من المقاتلين إلى أوروبا";
        let got = via_tantivy(text);
        assert_eq!(got, via_core(text));
        assert_eq!(got[1].0, "3", "Arabic-Indic digits fold to ASCII");
    }

    #[test]
    fn cached_words_give_the_same_tokens() {
        // Twice each (the second pass replays the cache), over what splits or spans words
        // in odd ways: thousands commas, decimals, marks, tatweel, ligatures that expand to
        // several words (ﷺ) or past the token limit (ﷲ × 40), a word over the cache's
        // length limit, mixed scripts, punctuation runs, tabs, CR and trailing space.
        let long = "ﷲ".repeat(40);
        let texts = [
            "قال المسؤول إن ٤٬٠٠٠ مقاتل، و2,500.5 آخرين عادوا في 2018م.",
            "والمقاتلين  والمقاتلين\tوالمقاتلين\r\nالمقاتلين",
            "مُحَمَّدٌ ﷺ قالــــــوا ﻻ F-16 F16 لـCNN كوفيد-19 café",
            &long,
            "https://example.invalid/a/very/long/path/that/goes/on/and/on/for/more/than/sixty/four/bytes ok",
            "4, 000 ... ،؛ «العراق» (سوريا) - و ",
            "",
            "   ",
        ];
        for _ in 0..2 {
            for text in texts {
                assert_eq!(via_tantivy(text), via_core(text), "{text:?}");
            }
        }
        let all = texts.join(" ");
        assert_eq!(via_tantivy(&all), via_core(&all));
    }
}
