//! Lines of a text with the features the classifier reads: words, script, final
//! punctuation, the matching key. One pass, linear in the input.

use crate::model::Span;

use super::lexicon::key;

/// Lines longer than this are body text whatever they say; they get no key, so a 10 MB
/// single line is never normalized or hashed here.
pub const MAX_KEYED_BYTES: usize = 1200;

/// Every rule that reads the key stops at 40 words (titles) or fewer: longer lines are
/// running text, and skipping their normalization doubles the throughput.
pub const MAX_KEYED_WORDS: usize = 40;

/// One non-blank line.
#[derive(Clone, Debug)]
pub struct Line {
    /// The trimmed line in the text.
    pub span: Span,
    /// Index of its block (lines between blank lines).
    pub block: usize,
    /// Words (white-space separated).
    pub words: usize,
    /// Arabic letters.
    pub arabic: usize,
    /// Latin letters.
    pub latin: usize,
    /// The matching key; empty for lines over [`MAX_KEYED_WORDS`] or [`MAX_KEYED_BYTES`].
    pub key: String,
    /// Ends like a sentence: `.` (not `..`), `!`, `:` or `؛`, closing quotes aside.
    pub ends_period: bool,
    /// Ends with a question mark.
    pub ends_question: bool,
}

/// A letter or digit, with Arabic and ASCII answered before the slow Unicode tables (the
/// table lookup was a quarter of the cleaning time).
#[inline]
pub fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || ('\u{0620}'..='\u{06FF}').contains(&c) || (!c.is_ascii() && c.is_alphanumeric())
}

/// Chars trimmed around a line: white space (NBSP included) and invisible direction marks.
pub fn is_trim(c: char) -> bool {
    c.is_whitespace()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// Splits `text` into non-blank lines with their features.
#[must_use]
pub fn split(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut block = 0;
    let mut blank_run = true;
    let mut offset = 0;
    for raw in text.split('\n') {
        let start_trim = raw.len() - raw.trim_start_matches(is_trim).len();
        let trimmed = raw.trim_matches(is_trim);
        if trimmed.is_empty() {
            if !blank_run {
                block += 1;
            }
            blank_run = true;
        } else {
            blank_run = false;
            let start = offset + start_trim;
            out.push(features(trimmed, Span::new(start, start + trimmed.len()), block));
        }
        offset += raw.len() + 1;
    }
    out
}

fn features(line: &str, span: Span, block: usize) -> Line {
    // One pass over the chars for the three counts (`split_whitespace` and a byte loop were
    // two). Words: white-space separated runs with a letter or digit (a lone `-` or `|` is
    // not a word). Arabic: chars of the Arabic block U+0600..U+06FF (a UTF-8 lead byte
    // 0xD8..=0xDB; its few marks and digits do not change which script dominates). Latin:
    // ASCII letters.
    let (mut words, mut arabic, mut latin) = (0, 0, 0);
    let (mut in_word, mut counted) = (false, false);
    for c in line.chars() {
        if ('\u{0600}'..='\u{06FF}').contains(&c) {
            arabic += 1;
        } else if c.is_ascii_alphabetic() {
            latin += 1;
        }
        if c.is_whitespace() {
            in_word = false;
            continue;
        }
        if !in_word {
            in_word = true;
            counted = false;
        }
        if !counted && is_word_char(c) {
            counted = true;
            words += 1;
        }
    }
    let k = if line.len() <= MAX_KEYED_BYTES && words <= MAX_KEYED_WORDS { key(line) } else { String::new() };
    let core = line.trim_end_matches(|c: char| matches!(c, '"' | '\'' | '»' | '”' | '’' | ')' | ']') || is_trim(c));
    let ends_period = (core.ends_with('.') && !core.ends_with("..") && !core.ends_with('…'))
        || core.ends_with('!')
        || core.ends_with(':')
        || core.ends_with('؛');
    let ends_question = core.ends_with('؟') || core.ends_with('?');
    Line { span, block, words, arabic, latin, key: k, ends_period, ends_question }
}

impl Line {
    /// A line that can only be running text: a sentence of some length, or long.
    #[must_use]
    pub fn is_sentence(&self) -> bool {
        (self.words >= 8 && self.ends_period) || self.words >= 25
    }

    /// A headline in a list: short and not closed like a sentence.
    #[must_use]
    pub fn is_headline_like(&self) -> bool {
        self.words <= 30 && !(self.ends_period && self.words >= 12)
    }

    /// The line's text in `text`.
    #[must_use]
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.slice(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The one-pass counts are those of `split_whitespace` and the byte loop they replaced.
    #[test]
    fn one_pass_counts_match_split_and_bytes() {
        for line in
            ["قال  المتحدث - | إن 300 مقاتل", "ISIS fighters\u{00A0}returned | ـ", "  ", "a-b ، ؟ ١٢", "é Ж 中 ٠"]
        {
            let l = features(line, Span::new(0, line.len()), 0);
            let words = line.split_whitespace().filter(|w| w.chars().any(is_word_char)).count();
            let arabic = line.bytes().filter(|b| (0xD8..=0xDB).contains(b)).count();
            let latin = line.bytes().filter(u8::is_ascii_alphabetic).count();
            assert_eq!((l.words, l.arabic, l.latin), (words, arabic, latin), "{line}");
        }
    }

    #[test]
    fn split_trims_nbsp_and_counts_blocks() {
        let text = "عنوان الخبر\n\n\u{a0}\nسطر أول.\r\nسطر ثان\n";
        let lines = split(text);
        assert_eq!(lines.len(), 3);
        assert_eq!(lines[0].text(text), "عنوان الخبر");
        assert_eq!(lines[1].text(text), "سطر أول.");
        assert_eq!((lines[0].block, lines[1].block, lines[2].block), (0, 1, 1));
        assert!(lines[1].ends_period);
    }

    #[test]
    fn ellipsis_is_not_a_period() {
        let l = &split("هواجس عودة داعش... التهديد دولي..")[0];
        assert!(!l.ends_period);
    }
}
