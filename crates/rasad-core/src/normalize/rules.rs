//! The per-char rules of the fold, one named function or table row each, each with a test of
//! the same name below. [`super::fold_char`] applies them in this order.

/// Rule `removed_marks`: tashkeel/harakat U+064B–U+065F (this range also holds hamza
/// above/below U+0654/U+0655, which only ever seat on a letter we fold anyway), superscript
/// alef U+0670, Quranic marks U+0610–U+061A, U+06D6–U+06ED and U+08D3–U+08FF (minus U+08E2,
/// a spacing sign), tatweel U+0640, and the spacing presentation forms of the harakat
/// (U+FE70–U+FE7F, U+FC5E–U+FC63) whose NFKC is a space plus a mark — NFKC would split the
/// word on that space, so they are dropped like the mark they stand for.
///
/// Lossy: the marks are gone from the folded text; [`super::Normalized`] attaches each to
/// the letter before it, so a span ending on that letter quotes its marks too.
#[must_use]
pub const fn is_removed_mark(c: char) -> bool {
    matches!(
        c,
        '\u{064B}'..='\u{065F}'
            | '\u{0670}'
            | '\u{0610}'..='\u{061A}'
            | '\u{06D6}'..='\u{06ED}'
            | '\u{08D3}'..='\u{08E1}'
            | '\u{08E3}'..='\u{08FF}'
            | '\u{0640}'
            | '\u{FE70}'..='\u{FE72}'
            | '\u{FE74}'
            | '\u{FE76}'..='\u{FE7F}'
            | '\u{FC5E}'..='\u{FC63}'
    )
}

/// Rule `invisible_controls`: zero-width space/non-joiner/joiner, LRM, RLM, ALM, the bidi
/// embeddings/overrides/isolates, word joiner, BOM and soft hyphen. Removed without
/// splitting the word: `می‌خورد` with a ZWNJ is one word (Lucene's PersianCharFilter turns
/// ZWNJ into a space; we do not — see `data/analyzer/peer_disagreements.tsv`).
#[must_use]
pub const fn is_invisible_control(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}'
            | '\u{061C}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
            | '\u{00AD}'
    )
}

/// Rule `presentation_forms`: Arabic presentation forms A and B, which NFKC maps to base
/// letters (`ﻻ` → `لا`, `ﷲ` → `الله`, `ﷺ` → `صلى الله عليه وسلم`); the pieces are folded
/// again by the other rules. U+FEFF (BOM) lies in the block but is an invisible control.
#[must_use]
pub const fn is_presentation_form(c: char) -> bool {
    matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}')
}

/// The one-char replacements, as a table: every row is one rule, named in its comment.
#[must_use]
#[expect(clippy::match_same_arms, reason = "one arm per named rule, so each rule reads alone")]
pub const fn letter_fold(c: char) -> Option<char> {
    Some(match c {
        // alef_forms: madda, hamza above/below, wasla, wavy hamza forms → bare alef
        'آ' | 'أ' | 'إ' | 'ٱ' | '\u{0672}' | '\u{0673}' => 'ا',
        // alef_maksura: dotless yeh → yeh
        'ى' => 'ي',
        // teh_marbuta → heh
        'ة' => 'ه',
        // hamza_seats: waw and yeh seats → the seat letter; a bare ء stays
        'ؤ' => 'و',
        'ئ' => 'ي',
        // persian_yeh: Farsi yeh, Pashto/Kurdish yehs, yeh barree (Urdu) → yeh
        'ی' | 'ې' | 'ۍ' | 'ێ' | 'ے' | 'ۓ' => 'ي',
        // persian_kaf: keheh, swash kaf → kaf; by choice gaf and the Maghreb/Kurdish gafs
        // too (the letter is a kaf with a stroke; Arabic news writes that sound with ك, ج or
        // غ, and only ك is visually what a reader would conflate)
        'ک' | 'ڪ' | 'گ' | 'ڭ' | 'ݣ' => 'ك',
        // persian_heh: heh with yeh, heh goal (+hamza), ae, teh marbuta goal, heh doachashmee
        'ۀ' | 'ہ' | 'ۂ' | 'ە' | 'ۃ' | 'ھ' => 'ه',
        // veh: Maghreb/Persian "v" → feh
        'ڤ' | 'ڥ' => 'ف',
        // qaf_three_dots: Algerian/Tunisian "g" (ڨ) → qaf, the letter it is written for
        'ڨ' => 'ق',
        // persian_peh_tcheh_jeh: by choice to the nearest Arabic letter, as Arabic news spells
        // foreign names (پاریس / باريس)
        'پ' => 'ب',
        'چ' => 'ج',
        'ژ' => 'ز',
        // eastern_digits: Arabic-Indic and Persian digits → ASCII
        '٠'..='٩' => (b'0' + (c as u32 - 0x0660) as u8) as char,
        '۰'..='۹' => (b'0' + (c as u32 - 0x06F0) as u8) as char,
        // number_separators: thousands ٬ → `,`, decimal ٫ → `.`, percent ٪ → `%`, so numbers
        // survive as numbers
        '٬' => ',',
        '٫' => '.',
        '٪' => '%',
        // arabic_punctuation
        '،' => ',',
        '؛' => ';',
        '؟' => '?',
        // quotes: typographic quotes and guillemets → ASCII quotes
        '“' | '”' | '„' | '«' | '»' | '″' => '"',
        '‘' | '’' | '‚' | '′' => '\'',
        // spaces: every Unicode space but the line breaks → ASCII space
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' | '\t' => ' ',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use crate::normalize::normalize;

    /// Table-driven rule checks: (rule name, input, expected fold).
    const RULES: &[(&str, &str, &str)] = &[
        ("alef_forms", "أحمد إعاذ آجن ٱلله", "احمد اعاذ اجن الله"),
        ("alef_maksura", "مصطفى بنى", "مصطفي بني"),
        ("teh_marbuta", "مدينة فاطمة", "مدينه فاطمه"),
        ("hamza_seats", "مؤتمر رئيس سماء", "موتمر رييس سماء"),
        ("persian_yeh", "های هاے ېۍێ", "هاي هاي ييي"),
        ("persian_kaf", "کشاندن گاز ڭ", "كشاندن كاز ك"),
        ("persian_heh", "كتابۀ زادہ ە ۃ ھ", "كتابه زاده ه ه ه"),
        ("veh", "ڤيروس", "فيروس"),
        ("qaf_three_dots", "ڨ", "ق"),
        ("persian_peh_tcheh_jeh", "پاریس چین ژ", "باريس جين ز"),
        ("eastern_digits", "٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹", "0123456789 0123456789"),
        ("number_separators", "٢٬٥٠٠ ٢٫٥ ٪", "2,500 2.5 %"),
        ("arabic_punctuation", "نعم، لا؛ لماذا؟", "نعم, لا; لماذا?"),
        ("quotes", "«قال» “هو” ‘نعم’", "\"قال\" \"هو\" 'نعم'"),
        ("spaces", "a\u{00A0}b\u{2009}c\td\u{202F}e", "a b c d e"),
        ("removed_marks", "مُحَمَّدٌ رَحْمٰن ﹰ", "محمد رحمن "),
        ("tatweel", "روبرـــــت", "روبرت"),
        ("invisible_controls", "كتا\u{200C}ب\u{200F} \u{202B}x\u{202C}\u{2067}y\u{2069}", "كتاب xy"),
        ("presentation_forms", "ﻻ ﷲ ﻵ ﺑﻴﺖ", "لا الله لا بيت"),
    ];

    #[test]
    fn rule_table() {
        for (rule, input, expected) in RULES {
            assert_eq!(normalize(input), *expected, "rule {rule}: {input:?}");
        }
    }

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
    fn superscript_alef_and_quranic_marks_are_removed() {
        assert_eq!(normalize("هٰذا الرَّحْمَٰنِ ۖ"), "هذا الرحمن ");
    }

    #[test]
    fn presentation_forms_go_through_nfkc() {
        assert_eq!(normalize("ﻻ ﷲ"), "لا الله");
    }

    #[test]
    fn long_ligatures_expand_whole() {
        // ﷺ is 18 chars after NFKC; a fixed-size buffer once cut it short.
        assert_eq!(normalize("ﷺ"), "صلي الله عليه وسلم");
    }

    #[test]
    fn spacing_harakat_forms_do_not_split_words() {
        assert_eq!(normalize("ولد\u{FE7C}"), "ولد");
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
        assert_eq!(normalize("ISIS Ärger ΣΟΦΙΑ"), "isis ärger σοφια");
    }

    #[test]
    fn line_breaks_are_kept() {
        assert_eq!(normalize("سطر\nسطر\r\n"), "سطر\nسطر\r\n");
    }
}
