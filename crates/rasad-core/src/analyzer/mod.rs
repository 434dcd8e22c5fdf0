//! The search analyzer: normalized tokens and light stems, for both indexing and querying.
//!
//! Brief overview: [`TokenStream`] walks a text once, folding each char with
//! [`crate::normalize::fold_chars`] on the fly (no folded copy of the text), cuts tokens,
//! stems the Arabic ones ([`stem()`]) and exposes one token at a time, tantivy-style
//! (`advance`, `term`, `span`, `position`) with no allocation per token. [`for_each_token`]
//! drives it with a callback; [`tokenize`] collects owned [`Token`]s. The store wraps
//! `TokenStream` as the tantivy tokenizer `rasad_ar`, used by the schema and the query parser
//! alike, so index and query terms cannot drift. This module knows nothing of tantivy.
//!
//! # Tokens
//! A token is a maximal run of one class of folded char ([`tokenize`] examples in tests):
//! - Arabic letters → stemmed (`والمقاتلين` → `مقاتل`);
//! - other letters (Latin, Cyrillic…) → lowercased, not stemmed (`ISIS` → `isis`);
//! - ASCII digits (Arabic-Indic digits are folded to them), with `.` or `,` kept between two
//!   digits (`2.5`); thousands commas are dropped (`4,000` and `٤٬٠٠٠` → `4000`), so a query
//!   for `4000` finds them.
//!
//! Class changes split tokens, so mixed tokens behave sensibly: `F-16` → `f` `16`, `F16` →
//! `f` `16` too (the same terms, so either spelling finds the other), `2018م` → `2018` `م`,
//! `كوفيد-19` → `كوفيد` `19`, `لـCNN` → `ل` `cnn`. Removed marks and invisible controls never
//! split a token; a token's span runs from its first char to its last char plus the marks
//! after it, in the original text. Tokens over [`MAX_TOKEN_BYTES`] are skipped (their
//! position is still counted), which also bounds the buffers.
//!
//! # Stopwords: kept
//! No stopword is removed. Phrase queries need every position (`"وزير من الحكومة"` must not
//! match `وزير الحكومة`), BM25's idf already gives `في` and `من` almost no weight, and the
//! Arabic function words double as content words after normalization (`على` = `علي`, the
//! name). Frequent function words are listed in `data/analyzer/function_words.txt` only so
//! the stemmer keeps them whole (`الذين` stays `الذين`).
//!
//! # Deliberate differences from Lucene
//! Lucene's `ArabicNormalizationFilter` + `ArabicStemFilter` are the reference where the rule
//! is the same (alef forms, alef maksura, teh marbuta, harakat U+064B–U+0652, tatweel; the
//! prefixes `ال وال بال كال فال لل و` and the suffixes `ها ان ات ون ين يه ية ه ة ي` with
//! their length guards) and `tests/peer_normalization.rs` checks that we agree there. We
//! differ on purpose:
//! 1. Hamza seats `ؤ` → `و`, `ئ` → `ي` (Lucene keeps them): news spells `مسؤول`/`مسئول`
//!    and `رئيس`/`رييس` both ways.
//! 2. Alef wasla `ٱ` → `ا` (Lucene keeps it).
//! 3. Also removed: U+0653–U+065F (madda, hamza marks…), superscript alef U+0670, Quranic
//!    marks (Lucene removes U+064B–U+0652 only).
//! 4. Persian/Urdu/Kurdish letters are folded in the same normalizer, and further than
//!    Lucene's `PersianNormalizationFilter`: also `گ ڭ` → `ك`, `پ` → `ب`, `چ` → `ج`, `ژ` →
//!    `ز`, `ڤ` → `ف`, `ڨ` → `ق`.
//! 5. Only Arabic-Indic and Persian digits are folded to ASCII (Lucene's `DecimalDigitFilter`
//!    folds every Unicode decimal digit); `٬ ٫ ٪` become `, . %`.
//! 6. ZWNJ and the other invisible controls are removed, joining the word (Lucene's
//!    `PersianCharFilter` turns ZWNJ into a space).
//! 7. Presentation forms go through NFKC (`ﻻ` → `لا`); Lucene's Arabic chain does not.
//! 8. The conjunction `ف` is stripped like `و` (three letters must stay).
//! 9. A bare preposition `ب ك ل` is stripped only in front of a protected name or function
//!    word (`بمصر` → `مصر`); Lucene never strips it.
//! 10. Prefix steps repeat (at most three): `والوزير` → `زير`, as the bare `وزير` does;
//!     Lucene strips one prefix, so its `الوزير` (`وزير`) misses `وزير` (`زير`).
//! 11. Protected names are never stemmed (Lucene: only with a `KeywordMarkerFilter`) and lose
//!     their article (`العراق` → `عراق`, so `العراقي` → `عراق` matches); function words are
//!     kept whole (`الذين`; Lucene `ذين`).
//! 12. A variant-spelling table folds a few well-known spellings (`أوربا` → `أوروبا`).
//! 13. Stopwords are kept (Lucene's `ArabicAnalyzer` removes its list).
//! 14. Tokens split where letters meet digits (`2018م`, `F16`) and thousands commas are
//!     dropped (Lucene's `StandardTokenizer` keeps `2018م` and `4,000` whole).
//!
//! The peer rows we disagree with are listed, with a reason each, in
//! `data/analyzer/peer_disagreements.tsv`.

mod stem;

pub use stem::{MAX_PREFIX_STEPS, stem, stem_unfolded, strip_suffixes, variant, warm_up};

use crate::model::Span;
use crate::normalize::{Fold, fold_char, fold_chars, is_removed_mark};

/// Tokens longer than this (in folded bytes) are skipped: URLs, base64, runs of letters.
pub const MAX_TOKEN_BYTES: usize = 120;

/// The longest fold of one char (U+FDFA ﷺ is 18 chars after NFKC).
const MAX_EXPANSION: usize = 32;

/// One index term.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// The term as indexed (normalized, stemmed).
    pub term: String,
    /// Where the word stands in the analyzed text (bytes, on char boundaries).
    pub span: Span,
    /// Word position (for phrase queries).
    pub position: u32,
}

/// The kind of run a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    /// Arabic letters: stemmed.
    Arabic,
    /// Any other letter (or non-ASCII digit): lowercased only.
    Letter,
    /// ASCII digits, with `.`/`,` between digits.
    Digit,
}

/// Arabic letters after the fold (the letters of the Arabic blocks, not marks or digits).
#[must_use]
pub const fn is_arabic_letter(c: char) -> bool {
    matches!(
        c,
        '\u{0620}'..='\u{063F}'
            | '\u{0641}'..='\u{064A}'
            | '\u{066E}'..='\u{066F}'
            | '\u{0671}'..='\u{06D3}'
            | '\u{06D5}'
            | '\u{06EE}'..='\u{06EF}'
            | '\u{06FA}'..='\u{06FC}'
            | '\u{06FF}'
            | '\u{0750}'..='\u{077F}'
            | '\u{08A0}'..='\u{08C9}'
    )
}

/// Combining marks that stay inside a non-Arabic word (`é` written as `e` + U+0301).
const fn is_continuing_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

#[inline]
fn class_of(c: char) -> Option<Class> {
    if c.is_ascii() {
        return if c.is_ascii_digit() {
            Some(Class::Digit)
        } else if c.is_ascii_alphabetic() {
            Some(Class::Letter)
        } else {
            None
        };
    }
    if is_arabic_letter(c) {
        Some(Class::Arabic)
    } else if c.is_alphanumeric() {
        Some(Class::Letter)
    } else {
        None
    }
}

/// Rule `thousands_commas`: `4,000,000` and `2,500.5` are grouped numbers; drop the commas.
/// `2,5` (a Maghreb decimal) and `1,23` are left alone.
fn is_grouped_number(s: &str) -> bool {
    let int = s.split('.').next().unwrap_or(s);
    if !int.contains(',') || s.matches('.').count() > 1 {
        return false;
    }
    let mut groups = int.split(',');
    let first = groups.next().unwrap_or_default();
    (1..=3).contains(&first.len()) && groups.all(|g| g.len() == 3)
}

/// The analyzer over one text, one token at a time, tantivy-style: call [`advance`], then
/// read [`term`], [`span`], [`position`]. Two buffers per stream, none per token.
///
/// [`advance`]: TokenStream::advance
/// [`term`]: TokenStream::term
/// [`span`]: TokenStream::span
/// [`position`]: TokenStream::position
#[derive(Debug)]
pub struct TokenStream<'t> {
    chars: std::str::CharIndices<'t>,
    /// Folded chars of one expanding input char, waiting to be fed.
    queue: [char; MAX_EXPANSION],
    queue_len: usize,
    queue_next: usize,
    queue_span: (usize, usize),
    /// The token being built.
    buf: String,
    class: Option<Class>,
    start: usize,
    end: usize,
    /// A `.` or `,` after digits, kept if a digit follows.
    sep: Option<char>,
    overlong: bool,
    next_position: u32,
    /// The token last emitted.
    term: String,
    span: Span,
    position: u32,
}

impl<'t> TokenStream<'t> {
    /// A stream over `text`.
    #[must_use]
    pub fn new(text: &'t str) -> Self {
        Self {
            chars: text.char_indices(),
            queue: ['\0'; MAX_EXPANSION],
            queue_len: 0,
            queue_next: 0,
            queue_span: (0, 0),
            buf: String::with_capacity(32),
            class: None,
            start: 0,
            end: 0,
            sep: None,
            overlong: false,
            next_position: 0,
            term: String::with_capacity(32),
            span: Span::default(),
            position: 0,
        }
    }

    /// Moves to the next token; false at the end of the text.
    pub fn advance(&mut self) -> bool {
        while let Some((c, at, end)) = self.next_folded() {
            if self.feed(c, at, end) {
                return true;
            }
        }
        self.complete()
    }

    /// The current token's term (normalized; stemmed when Arabic).
    #[must_use]
    pub fn term(&self) -> &str {
        &self.term
    }

    /// The current token's span in the text.
    #[must_use]
    pub const fn span(&self) -> Span {
        self.span
    }

    /// The current token's position.
    #[must_use]
    pub const fn position(&self) -> u32 {
        self.position
    }

    /// The next folded char with the span of the input char it came from.
    #[inline]
    fn next_folded(&mut self) -> Option<(char, usize, usize)> {
        loop {
            if self.queue_next < self.queue_len {
                let c = self.queue[self.queue_next];
                self.queue_next += 1;
                return Some((c, self.queue_span.0, self.queue_span.1));
            }
            let (at, c) = self.chars.next()?;
            let end = at + c.len_utf8();
            match fold_char(c) {
                Fold::Keep => return Some((c, at, end)),
                Fold::To(t) => return Some((t, at, end)),
                Fold::Drop => {
                    // A removed mark belongs to the letter before it.
                    if is_removed_mark(c) && self.class.is_some() && self.sep.is_none() {
                        self.end = end;
                    }
                }
                Fold::Expand => {
                    let (queue, len) = (&mut self.queue, &mut self.queue_len);
                    *len = 0;
                    fold_chars(c, &mut |p| {
                        if *len < MAX_EXPANSION {
                            queue[*len] = p;
                            *len += 1;
                        }
                    });
                    self.queue_next = 0;
                    self.queue_span = (at, end);
                }
            }
        }
    }

    #[inline]
    fn push(&mut self, c: char) {
        if self.buf.len() + c.len_utf8() > MAX_TOKEN_BYTES {
            self.overlong = true;
        } else {
            self.buf.push(c);
        }
    }

    /// Feeds one folded char; true when it completed a token.
    #[inline]
    fn feed(&mut self, c: char, at: usize, end: usize) -> bool {
        let class = class_of(c);
        let mut emitted = false;
        if let Some(sep) = self.sep.take() {
            if class == Some(Class::Digit) && self.class == Some(Class::Digit) {
                self.push(sep);
                self.push(c);
                self.end = end;
                return false;
            }
            emitted = self.complete();
        }
        match class {
            Some(k) if self.class == Some(k) => {
                self.push(c);
                self.end = end;
            }
            Some(k) => {
                emitted |= self.complete();
                self.class = Some(k);
                self.start = at;
                self.end = end;
                self.push(c);
            }
            None if self.class == Some(Class::Digit) && matches!(c, '.' | ',') => self.sep = Some(c),
            None if self.class.is_some_and(|k| k != Class::Digit) && is_continuing_mark(c) => {
                self.push(c);
                self.end = end;
            }
            None => emitted |= self.complete(),
        }
        emitted
    }

    /// Ends the token being built; true when it was emitted (not empty, not overlong).
    fn complete(&mut self) -> bool {
        let Some(class) = self.class.take() else { return false };
        let position = self.next_position;
        self.next_position = self.next_position.saturating_add(1);
        let emitted = !self.overlong;
        if emitted {
            self.term.clear();
            match class {
                Class::Arabic => self.term.push_str(stem(&self.buf)),
                Class::Digit => {
                    if is_grouped_number(&self.buf) {
                        self.buf.retain(|c| c != ',');
                    }
                    self.term.push_str(&self.buf);
                }
                Class::Letter => self.term.push_str(&self.buf),
            }
            self.span = Span::new(self.start, self.end);
            self.position = position;
        }
        self.buf.clear();
        self.overlong = false;
        self.sep = None;
        emitted
    }
}

/// Calls `f(term, span, position)` for every token of `text`; no allocation per token.
pub fn for_each_token(text: &str, mut f: impl FnMut(&str, Span, u32)) {
    let mut ts = TokenStream::new(text);
    while ts.advance() {
        f(ts.term(), ts.span(), ts.position());
    }
}

/// The index terms of `text`, owned. `rasad text tokens` prints their `term`s joined by
/// single spaces.
#[must_use]
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    for_each_token(text, |term, span, position| out.push(Token { term: term.to_owned(), span, position }));
    out
}

#[cfg(test)]
mod tests;
