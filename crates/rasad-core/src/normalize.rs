//! The one Arabic normalizer, for matching — never for display.
//!
//! Index, query, gazetteer matching and extraction all fold text through [`fold_char`],
//! so a word matches the same way everywhere. [`normalize`] returns the folded text;
//! [`Normalized::new`] also keeps a map from every folded byte back to the input, so a
//! match found in folded text maps to exact original offsets ([`Normalized::original_span`]).
//!
//! The rules, in the order a char meets them (each a named function or table row, each
//! with a test of the same name in `tests`):
//! 1. Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFF) go through NFKC first, so
//!    `ﻻ` → `لا`, `ﷲ` → `الله`; the result is folded again by the rules below.
//! 2. Tashkeel/harakat U+064B–U+065F, superscript alef U+0670, Quranic marks U+0610–U+061A
//!    and U+06D6–U+06ED, and tatweel U+0640 are removed.
//! 3. Alef forms `آ أ إ ٱ` → `ا`; `ى` → `ي`; `ة` → `ه`; hamza seats `ؤ` → `و`, `ئ` → `ي`;
//!    a bare `ء` stays.
//! 4. Persian/Urdu/Kurdish letters → Arabic: `ی ې` → `ي`, `ک` → `ك`, `ۀ ہ ە ۃ` → `ه`,
//!    `ڤ` → `ف`; by choice `گ` → `ك` and `پ` → `ب`, `چ` → `ج`, `ژ` → `ز` (Arabic news
//!    spells foreign names with the nearest Arabic letter, so this conflates the spellings
//!    a reader would).
//! 5. Arabic-Indic `٠–٩` and Persian `۰–۹` digits → ASCII; `٬` → `,`, `٫` → `.`, `٪` → `%`,
//!    so numbers survive as numbers.
//! 6. ZWNJ, ZWJ, LRM, RLM, ALM, bidi embeddings/isolates, BOM and soft hyphen are removed
//!    without splitting the word; Arabic punctuation `، ؛ ؟` → `, ; ?`; typographic quotes
//!    → `"`; every Unicode space but newline → ASCII space.
//! 7. Latin (and any cased script) is lowercased.
//!
//! The fold is idempotent: `normalize(normalize(s)) == normalize(s)`.

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

/// Rule 2: marks that are removed (tashkeel, superscript alef, Quranic marks, tatweel).
#[must_use]
pub const fn is_removed_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0610}'..='\u{061A}' | '\u{06D6}'..='\u{06ED}' | '\u{0640}')
}

/// Rule 6: invisible format controls that are removed without splitting a word.
#[must_use]
pub const fn is_invisible_control(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{00AD}'
    )
}

/// Rule 1: Arabic presentation forms, which NFKC maps to their base letters.
#[must_use]
pub const fn is_presentation_form(c: char) -> bool {
    matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// Rules 3–6 as a table: the one-char replacements.
#[must_use]
pub const fn letter_fold(c: char) -> Option<char> {
    Some(match c {
        // rule 3: alef forms, alef maksura, teh marbuta, hamza seats
        'آ' | 'أ' | 'إ' | 'ٱ' | '\u{0672}' | '\u{0673}' => 'ا',
        'ى' => 'ي',
        'ة' => 'ه',
        'ؤ' => 'و',
        'ئ' => 'ي',
        // rule 4: Persian / Urdu / Kurdish variants
        'ی' | 'ې' | 'ۍ' | 'ێ' => 'ي',
        'ک' | 'ڪ' | 'گ' => 'ك',
        'ۀ' | 'ہ' | 'ە' | 'ۃ' | 'ھ' => 'ه',
        'ڤ' | 'ڥ' => 'ف',
        'پ' => 'ب',
        'چ' => 'ج',
        'ژ' => 'ز',
        // rule 5: digits and number separators
        '٠'..='٩' => (b'0' + (c as u32 - 0x0660) as u8) as char,
        '۰'..='۹' => (b'0' + (c as u32 - 0x06F0) as u8) as char,
        '٬' => ',',
        '٫' => '.',
        '٪' => '%',
        // rule 6: punctuation, quotes, spaces
        '،' => ',',
        '؛' => ';',
        '؟' => '?',
        '“' | '”' | '„' | '«' | '»' | '″' => '"',
        '‘' | '’' | '‚' | '′' => '\'',
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' | '\t' => ' ',
        _ => return None,
    })
}

/// Classifies one char.
#[must_use]
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
    if is_removed_mark(c) || is_invisible_control(c) {
        return Fold::Drop;
    }
    if let Some(to) = letter_fold(c) {
        return Fold::To(to);
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

/// Pushes the fold of `c` onto `out`, calling `mark` once per output char.
fn push_folded(c: char, out: &mut String, mark: &mut impl FnMut(&mut String, char)) {
    match fold_char(c) {
        Fold::Keep => mark(out, c),
        Fold::To(t) => mark(out, t),
        Fold::Drop => {}
        Fold::Expand => {
            if is_presentation_form(c) {
                let mut pieces = ['\0'; 8];
                let mut n = 0;
                decompose_compatible(c, |p| {
                    if n < pieces.len() {
                        pieces[n] = p;
                        n += 1;
                    }
                });
                for &p in &pieces[..n] {
                    // NFKC of a presentation form yields base letters (and spaces/marks),
                    // never another presentation form, so this recursion is one level deep.
                    if is_presentation_form(p) {
                        mark(out, p);
                    } else {
                        push_folded(p, out, mark);
                    }
                }
            } else {
                for l in c.to_lowercase() {
                    match letter_fold(l) {
                        Some(t) => mark(out, t),
                        None if is_removed_mark(l) || is_invisible_control(l) => {}
                        None => mark(out, l),
                    }
                }
            }
        }
    }
}

/// Folds `input` for matching. One allocation: the output string.
#[must_use]
pub fn normalize(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
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
    let mut push = |o: &mut String, c: char| o.push(c);
    for c in input.chars() {
        push_folded(c, out, &mut push);
    }
}

/// Folded text with a map back to the input.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Normalized {
    /// The folded text.
    pub text: String,
    /// `origin[i]` = byte offset in the input of the char that produced folded byte `i`;
    /// one extra entry at the end holds the input length.
    origin: Vec<u32>,
    /// `origin_end[i]` = end offset in the input of that same char.
    origin_end: Vec<u32>,
}

impl Normalized {
    /// Folds `input`, keeping the offset map.
    ///
    /// # Panics
    /// Never for inputs under 4 GiB; offsets are stored as `u32`.
    #[must_use]
    pub fn new(input: &str) -> Self {
        let mut text = String::with_capacity(input.len());
        let mut origin = Vec::with_capacity(input.len() + 1);
        let mut origin_end = Vec::with_capacity(input.len() + 1);
        let mut last_len = 0usize;
        for (at, c) in input.char_indices() {
            let start = to_u32(at);
            let end = to_u32(at + c.len_utf8());
            if is_removed_mark(c) {
                // A mark belongs to the letter before it: a span ending on that letter
                // takes its marks along, so `الكازاخيُّ` is quoted whole.
                let n = origin_end.len();
                for e in &mut origin_end[n - last_len.min(n)..] {
                    *e = end;
                }
                continue;
            }
            let before = text.len();
            let mut mark = |o: &mut String, ch: char| {
                o.push(ch);
                for _ in 0..ch.len_utf8() {
                    origin.push(start);
                    origin_end.push(end);
                }
            };
            push_folded(c, &mut text, &mut mark);
            if text.len() > before {
                last_len = text.len() - before;
            }
        }
        origin.push(to_u32(input.len()));
        origin_end.push(to_u32(input.len()));
        Self { text, origin, origin_end }
    }

    /// Maps a span of the folded text to the input: from the first folded char's source
    /// char to the end of the last folded char's source char. Spans are clamped to the
    /// text; the result always lies on input char boundaries.
    #[must_use]
    pub fn original_span(&self, span: Span) -> Span {
        let len = self.text.len();
        let start = span.start.min(len);
        let end = span.end.min(len).max(start);
        if start == end {
            let at = self.origin[start] as usize;
            return Span::new(at, at);
        }
        Span::new(self.origin[start] as usize, self.origin_end[end - 1] as usize)
    }

    /// Maps a folded byte offset to the input offset of the char that produced it.
    #[must_use]
    pub fn original_offset(&self, at: usize) -> usize {
        self.origin[at.min(self.text.len())] as usize
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn teh_marbuta_folds_to_heh() {
        assert_eq!(normalize("مدينة"), "مدينه");
    }

    #[test]
    fn alef_maksura_folds_to_yeh() {
        assert_eq!(normalize("مصطفى"), "مصطفي");
    }

    #[test]
    fn alef_forms_fold_to_bare_alef() {
        assert_eq!(normalize("أإآٱ"), "اااا");
    }

    #[test]
    fn hamza_seats_fold_and_bare_hamza_stays() {
        assert_eq!(normalize("مؤتمر رئيس سماء"), "موتمر رييس سماء");
    }

    #[test]
    fn tashkeel_and_tatweel_are_removed() {
        assert_eq!(normalize("مُـــحَمَّدٌ"), "محمد");
    }

    #[test]
    fn presentation_forms_go_through_nfkc() {
        assert_eq!(normalize("ﻻ ﷲ"), "لا الله");
    }

    #[test]
    fn persian_letters_fold_to_arabic() {
        assert_eq!(normalize("کی ۀ ڤ گ پ"), "كي ه ف ك ب");
    }

    #[test]
    fn eastern_digits_fold_to_ascii() {
        assert_eq!(normalize("٤٠٠٠ ۱۲ ٢٬٥٠٠ ٢٫٥ ٪"), "4000 12 2,500 2.5 %");
    }

    #[test]
    fn invisible_controls_do_not_split_words() {
        assert_eq!(normalize("كتا\u{200C}ب\u{200F}"), "كتاب");
    }

    #[test]
    fn arabic_punctuation_is_mapped() {
        assert_eq!(normalize("نعم، لا؛ لماذا؟"), "نعم, لا; لماذا?");
    }

    #[test]
    fn latin_is_lowercased() {
        assert_eq!(normalize("ISIS Ärger"), "isis ärger");
    }

    #[test]
    fn spans_map_back_to_original_text() {
        let input = "قال الرئيسُ الكازاخيُّ";
        let n = Normalized::new(input);
        let at = n.text.find("الكازاخي").unwrap();
        let span = n.original_span(Span::new(at, at + "الكازاخي".len()));
        assert_eq!(span.slice(input), "الكازاخيُّ");
    }
}
