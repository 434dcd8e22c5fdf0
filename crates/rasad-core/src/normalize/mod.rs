//! The one Arabic normalizer, for matching — never for display.
//!
//! Index, query, gazetteer matching and extraction all fold text through [`fold_char`],
//! so a word matches the same way everywhere. [`normalize`] returns the folded text;
//! [`Normalized::new`] also keeps a map from every folded byte back to the input, so a
//! match found in folded text maps to exact original offsets ([`Normalized::original_span`]).
//!
//! The rules, in the order a char meets them (each a named function or table row in
//! [`rules`], each with a test of the same name):
//! 1. `presentation_forms`: Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFE) go through
//!    NFKC first, so `ﻻ` → `لا`, `ﷲ` → `الله`; the pieces are folded again by the rules below.
//! 2. `removed_marks`: tashkeel/harakat U+064B–U+065F, superscript alef U+0670, Quranic
//!    marks, tatweel U+0640 and the spacing harakat forms are removed.
//! 3. `alef_forms` `آ أ إ ٱ` → `ا`; `alef_maksura` `ى` → `ي`; `teh_marbuta` `ة` → `ه`;
//!    `hamza_seats` `ؤ` → `و`, `ئ` → `ي`; a bare `ء` stays.
//! 4. Persian/Urdu/Kurdish letters → Arabic: `ی ې ے` → `ي`, `ک` → `ك`, `ۀ ہ ە ۃ ھ` → `ه`,
//!    `ڤ` → `ف`; by choice `گ ڭ` → `ك`, `پ` → `ب`, `چ` → `ج`, `ژ` → `ز`, `ڨ` → `ق` (Arabic
//!    news spells foreign names with the nearest Arabic letter, so this conflates the
//!    spellings a reader would).
//! 5. `eastern_digits` `٠–٩`, `۰–۹` → ASCII; `number_separators` `٬` → `,`, `٫` → `.`,
//!    `٪` → `%`, so numbers survive as numbers.
//! 6. `invisible_controls` (ZWNJ, ZWJ, LRM, RLM, ALM, bidi embeddings/isolates, BOM, soft
//!    hyphen) are removed without splitting the word; `arabic_punctuation` `، ؛ ؟` →
//!    `, ; ?`; typographic `quotes` → `"` `'`; every Unicode `spaces` but line breaks → ` `.
//! 7. Latin (and any cased script) is lowercased, char by char.
//!
//! Invariants (proptests in `tests/normalize_props.rs`): the fold is idempotent
//! (`normalize(normalize(s)) == normalize(s)`), never panics, and every span of the folded
//! text maps back to a span on input char boundaries.
//!
//! Allocation: [`normalize`] allocates exactly once (the output, sized exactly);
//! [`normalize_into`] never allocates when the buffer has room for [`folded_len`] more
//! bytes; [`Normalized::new`] allocates twice (the text and its offset map).
//!
//! Where Lucene's `ArabicNormalizationFilter` applies the same rule (alef forms, alef
//! maksura, teh marbuta, harakat, tatweel) we agree with it; where we go further, see the
//! list of deliberate differences in [`crate::analyzer`].

pub mod chars;
pub mod rules;

pub use chars::{is_alphabetic, is_alphanumeric, is_arabic_digit};
pub use rules::{is_invisible_control, is_presentation_form, is_removed_mark, letter_fold};

use crate::model::Span;
use unicode_normalization::char::decompose_compatible;

/// What one input char becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fold {
    /// Kept as is.
    Keep,
    /// Replaced by one char.
    To(char),
    /// Removed.
    Drop,
    /// Expanded by NFKC (presentation forms) or lowercasing; the pieces are folded again.
    Expand,
}

/// Classifies one char.
#[must_use]
#[inline(always)]
pub fn fold_char(c: char) -> Fold {
    if c.is_ascii() {
        return if c.is_ascii_uppercase() {
            Fold::To(c.to_ascii_lowercase())
        } else if c == '\t' {
            Fold::To(' ')
        } else {
            Fold::Keep
        };
    }
    // The Arabic block is most of the text: one table lookup instead of the rule chain.
    if let Some(&f) = (c as usize).checked_sub(0x600).and_then(|i| ARABIC_FOLD.get(i)) {
        return f;
    }
    fold_char_rules(c)
}

/// What the rules give U+0600–U+06FF, computed at compile time from the same rule functions.
const ARABIC_FOLD: [Fold; 256] = {
    let mut t = [Fold::Keep; 256];
    let mut i = 0;
    while i < t.len() {
        if let Some(c) = char::from_u32(0x600 + i as u32) {
            t[i] = fold_arabic_block(c);
        }
        i += 1;
    }
    t
};

/// The rule chain for a char of the Arabic block: it has no case and no presentation forms.
const fn fold_arabic_block(c: char) -> Fold {
    if is_removed_mark(c) || is_invisible_control(c) {
        Fold::Drop
    } else if let Some(to) = letter_fold(c) {
        Fold::To(to)
    } else {
        Fold::Keep
    }
}

/// The rule chain for a non-ASCII char, in rule order.
fn fold_char_rules(c: char) -> Fold {
    if is_removed_mark(c) || is_invisible_control(c) {
        return Fold::Drop;
    }
    if let Some(to) = letter_fold(c) {
        return Fold::To(to);
    }
    // The Arabic block has no case and no further rule: skip the lowercase tables.
    if matches!(c, '\u{0600}'..='\u{06FF}') {
        return Fold::Keep;
    }
    if is_presentation_form(c) {
        return Fold::Expand;
    }
    // rule 7: lowercase any cased char
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) if l == c => Fold::Keep,
        (Some(l), None) => Fold::To(l),
        _ => Fold::Expand,
    }
}

/// Calls `emit` with every char `c` folds to, in order (none for a dropped char).
// Always inlined: called per char, an out-of-line call with the `emit` closure cost more
// than the fold itself.
#[inline(always)]
pub fn fold_chars(c: char, emit: &mut impl FnMut(char)) {
    match fold_char(c) {
        Fold::Keep => emit(c),
        Fold::To(t) => emit(t),
        Fold::Drop => {}
        Fold::Expand => expand(c, emit),
    }
}

/// The `Expand` case: NFKC pieces of a presentation form, or a multi-char lowercase.
#[cold]
fn expand(c: char, emit: &mut impl FnMut(char)) {
    if is_presentation_form(c) {
        // NFKD, then the fold: NFKC would recompose alef/waw/yeh + hamza/madda, which the
        // fold maps to the bare letter anyway, so the result is the same as NFKC + fold.
        // The pieces are base letters, spaces and marks, never another presentation form,
        // so this recursion is one level deep.
        decompose_compatible(c, |p| {
            if is_presentation_form(p) {
                emit(p);
            } else {
                fold_chars(p, emit);
            }
        });
    } else {
        for l in c.to_lowercase() {
            match letter_fold(l) {
                Some(t) => emit(t),
                None if is_removed_mark(l) || is_invisible_control(l) => {}
                None => emit(l),
            }
        }
    }
}

/// The exact byte length of `normalize(input)`.
#[must_use]
pub fn folded_len(input: &str) -> usize {
    if input.is_ascii() {
        return input.len();
    }
    let mut n = 0;
    for c in input.chars() {
        n += match fold_char(c) {
            Fold::Keep => c.len_utf8(),
            Fold::To(t) => t.len_utf8(),
            Fold::Drop => 0,
            Fold::Expand => {
                let mut k = 0;
                expand(c, &mut |p| k += p.len_utf8());
                k
            }
        };
    }
    n
}

/// True when no char of `input` can fold to more bytes than it has, so `input.len()` bytes
/// suffice for the output: only ASCII, Latin-1, Arabic and continuation bytes occur. (Lead
/// bytes 0xC4–0xD7 and ≥ 0xDC start chars that might lowercase or expand to more bytes.)
fn fold_cannot_grow(input: &str) -> bool {
    // In 64-byte blocks, each folded without a branch (vectorized): `any` tested byte by byte.
    input
        .as_bytes()
        .chunks(64)
        .all(|block| !block.iter().fold(false, |seen, &b| seen | matches!(b, 0xC4..=0xD7 | 0xDC..=0xFF)))
}

/// Folds `input` for matching. One allocation: the output string, sized exactly.
#[must_use]
pub fn normalize(input: &str) -> String {
    let cap = if fold_cannot_grow(input) { input.len() } else { folded_len(input) };
    let mut out = String::with_capacity(cap);
    normalize_into(input, &mut out);
    out
}

/// Folds `input` onto the end of `out` (reuse a buffer across calls to avoid allocating).
pub fn normalize_into(input: &str, out: &mut String) {
    // Fast path: an all-ASCII input only needs lowercasing.
    if input.is_ascii() {
        out.extend(input.chars().map(|c| if c == '\t' { ' ' } else { c.to_ascii_lowercase() }));
        return;
    }
    let mut push = |c: char| out.push(c);
    for c in input.chars() {
        fold_chars(c, &mut push);
    }
}

/// Folded text with a map back to the input.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Normalized {
    /// The folded text.
    pub text: String,
    /// `origin[i]` = (start, end) in the input of the char that produced folded byte `i`,
    /// the end stretched over any removed marks that follow it; one extra entry at the end
    /// holds (input length, input length).
    origin: Vec<(u32, u32)>,
}

impl Normalized {
    /// Folds `input`, keeping the offset map.
    ///
    /// Offsets are stored as `u32`: inputs over 4 GiB are clamped, never a panic.
    #[must_use]
    pub fn new(input: &str) -> Self {
        let cap = if fold_cannot_grow(input) { input.len() } else { folded_len(input) };
        let mut text = String::with_capacity(cap);
        let mut origin: Vec<(u32, u32)> = Vec::with_capacity(cap + 1);
        // Folded bytes produced by the last char that produced any.
        let mut last_len = 0usize;
        for (at, c) in input.char_indices() {
            let start = to_u32(at);
            // ASCII folds to one ASCII byte and is never a mark: answered first, as most
            // chars of a Latin text and the spaces and digits of an Arabic one are.
            if c.is_ascii() {
                text.push(if c == '\t' { ' ' } else { c.to_ascii_lowercase() });
                origin.push((start, to_u32(at + 1)));
                last_len = 1;
                continue;
            }
            let end = to_u32(at + c.len_utf8());
            // One classification per char: every removed mark folds to `Drop` (the fold
            // checks marks first), so only a dropped char needs the mark test.
            let one = match fold_char(c) {
                Fold::Keep => c,
                Fold::To(t) => t,
                Fold::Drop => {
                    if is_removed_mark(c) {
                        // A mark belongs to the letter before it: a span ending on that letter
                        // takes its marks along, so `الكازاخيُّ` is quoted whole.
                        let n = origin.len();
                        for o in &mut origin[n - last_len.min(n)..] {
                            o.1 = end;
                        }
                    }
                    continue;
                }
                Fold::Expand => {
                    let before = text.len();
                    expand(c, &mut |ch| {
                        text.push(ch);
                        for _ in 0..ch.len_utf8() {
                            origin.push((start, end));
                        }
                    });
                    if text.len() > before {
                        last_len = text.len() - before;
                    }
                    continue;
                }
            };
            text.push(one);
            let n = one.len_utf8();
            for _ in 0..n {
                origin.push((start, end));
            }
            last_len = n;
        }
        let len = to_u32(input.len());
        origin.push((len, len));
        Self { text, origin }
    }

    /// Maps a span of the folded text to the input: from the first folded char's source
    /// char to the end of the last folded char's source char. Spans are clamped to the
    /// text; the result always lies on input char boundaries.
    #[must_use]
    pub fn original_span(&self, span: Span) -> Span {
        let len = self.text.len();
        let start = span.start.min(len);
        let end = span.end.min(len).max(start);
        let (from, _) = self.origin.get(start).copied().unwrap_or_default();
        if start == end {
            return Span::new(from as usize, from as usize);
        }
        let (_, to) = self.origin.get(end - 1).copied().unwrap_or_default();
        Span::new(from as usize, to as usize)
    }

    /// Maps a folded byte offset to the input offset of the char that produced it.
    #[must_use]
    pub fn original_offset(&self, at: usize) -> usize {
        self.origin.get(at.min(self.text.len())).map_or(0, |o| o.0 as usize)
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_map_back_to_original_text() {
        let input = "قال الرئيسُ الكازاخيُّ";
        let n = Normalized::new(input);
        let at = n.text.find("الكازاخي").unwrap();
        let span = n.original_span(Span::new(at, at + "الكازاخي".len()));
        assert_eq!(span.slice(input), "الكازاخيُّ");
    }

    #[test]
    fn expanded_ligature_maps_to_the_whole_ligature() {
        let input = "قال ﷲ أكبر";
        let n = Normalized::new(input);
        assert_eq!(n.text, "قال الله اكبر");
        let at = n.text.find("الله").unwrap();
        assert_eq!(n.original_span(Span::new(at, at + "الله".len())).slice(input), "ﷲ");
        // A span inside the expansion still maps to the whole source char.
        assert_eq!(n.original_span(Span::new(at + 2, at + 4)).slice(input), "ﷲ");
    }

    #[test]
    fn original_offset_and_empty_spans() {
        let input = "أَحمد ١٢";
        let n = Normalized::new(input);
        assert_eq!(n.text, "احمد 12");
        let one = n.text.find('1').unwrap();
        assert_eq!(n.original_offset(one), input.find('١').unwrap());
        assert_eq!(n.original_offset(9999), input.len());
        assert_eq!(n.original_span(Span::new(one, one)), Span::new(input.find('١').unwrap(), input.find('١').unwrap()));
        assert_eq!(n.original_span(Span::new(500, 900)), Span::new(input.len(), input.len()));
    }

    #[test]
    fn folded_len_is_exact() {
        for s in ["", "abc", "ﷺ ﻻ", "İstanbul", "مُحَمَّد", "Ⱥ", "٢٬٥٠٠"] {
            assert_eq!(folded_len(s), normalize(s).len(), "{s:?}");
        }
    }

    #[test]
    fn normalize_allocates_exactly_once() {
        // A second allocation (growth) would leave a doubled capacity; the capacity is either
        // the input length (no char can grow) or the exact folded length.
        for s in ["الكتاب العربي", "ABC", "Ärger مُحَمَّد"] {
            assert_eq!(normalize(s).capacity(), s.len(), "{s:?}");
        }
        for s in ["ﷺ ﷺ ﷺ", "İİİ ȺȺȺ", "ﻻ\u{200F}"] {
            let out = normalize(s);
            assert_eq!(out.capacity(), out.len(), "{s:?}");
        }
    }

    #[test]
    fn arabic_fold_table_matches_rules() {
        for c in '\u{0600}'..='\u{06FF}' {
            assert_eq!(fold_char(c), fold_char_rules(c), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn cannot_grow_by_blocks_matches_any() {
        let long = "كلمة عربية ".repeat(20);
        for s in ["", "abc", "الكتاب", "Ärger", "İ", "ﷺ", long.as_str(), &format!("{long}İ"), &format!("İ{long}")]
        {
            assert_eq!(fold_cannot_grow(s), !s.bytes().any(|b| matches!(b, 0xC4..=0xD7 | 0xDC..=0xFF)), "{s}");
        }
    }

    #[test]
    fn normalize_into_appends() {
        let mut buf = String::from("x ");
        normalize_into("ABC أحمد", &mut buf);
        assert_eq!(buf, "x abc احمد");
    }
}
