//! Char classes with fast paths for ASCII and the Arabic block.
//!
//! `char::is_alphabetic` / `is_alphanumeric` answer non-ASCII chars through the Unicode
//! tables (`lookup_slow`), hundreds of instructions per call; on Arabic text that was a
//! fifth of the whole pipeline's profile. These functions give the *same* answers (tested
//! exhaustively on the blocks they shortcut) and only fall back to the tables outside them.

/// `char::is_alphabetic` of U+0600–U+06FF as a bitmap (bit `c - 0x600`); generated from the
/// standard library's tables and checked against them by `arabic_block_bitmap_matches_std`.
const ARABIC_ALPHABETIC: [u64; 4] =
    [0xFFFF_FFFF_07FF_0000, 0xFFFF_C000_FEFF_FFFF, 0xFFFF_FFFF_FFFF_FFFF, 0x9C00_E1FE_1FEF_FFFF];

/// True for the Arabic-Indic (U+0660–0669) and extended (U+06F0–06F9) digits.
#[must_use]
#[inline]
pub const fn is_arabic_digit(c: char) -> bool {
    matches!(c, '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}')
}

/// Same answer as [`char::is_alphabetic`], without the Unicode tables for ASCII and U+0600–06FF.
#[must_use]
#[inline]
pub fn is_alphabetic(c: char) -> bool {
    let u = c as u32;
    if u < 0x80 {
        c.is_ascii_alphabetic()
    } else if (0x600..0x700).contains(&u) {
        let i = (u - 0x600) as usize;
        ARABIC_ALPHABETIC[i / 64] >> (i % 64) & 1 == 1
    } else {
        c.is_alphabetic()
    }
}

/// Same answer as [`char::is_alphanumeric`], without the Unicode tables for ASCII and
/// U+0600–06FF.
#[must_use]
#[inline]
pub fn is_alphanumeric(c: char) -> bool {
    let u = c as u32;
    if u < 0x80 {
        c.is_ascii_alphanumeric()
    } else if (0x600..0x700).contains(&u) {
        is_alphabetic(c) || is_arabic_digit(c)
    } else {
        c.is_alphanumeric()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every char the fast paths answer, compared with the standard library.
    fn shortcut_chars() -> impl Iterator<Item = char> {
        ('\0'..='\u{7F}').chain('\u{0600}'..='\u{06FF}').chain(['\u{0750}', '\u{08A0}', 'é', 'Ж', '中', '\u{FB50}'])
    }

    #[test]
    fn arabic_block_bitmap_matches_std() {
        for c in shortcut_chars() {
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "is_alphabetic({c:?} U+{:04X})", c as u32);
        }
    }

    #[test]
    fn alphanumeric_matches_std() {
        for c in shortcut_chars() {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "is_alphanumeric({c:?} U+{:04X})", c as u32);
        }
    }

    #[test]
    fn arabic_digits_are_numeric_not_alphabetic() {
        assert!(is_arabic_digit('٣') && is_arabic_digit('۷') && !is_arabic_digit('3'));
        assert!(is_alphanumeric('٣') && !is_alphabetic('٣'));
    }
}
