//! Stable ids for persons the recognizer finds: a transliteration of the folded name.

use crate::normalize::normalize;

use super::matcher::is_word_char;

/// Rule `person_id_transliteration`: `per_` + a lowercase ASCII transliteration of the folded name.
///
/// Letter by letter (folded text, so `ة`→`ه`, `ى`→`ي`, hamza seats already gone): `ا`→a, `ب`→b,
/// `ت`→t, `ث`→th, `ج`→j, `ح`→h, `خ`→kh, `د`→d, `ذ`→dh, `ر`→r, `ز`→z, `س`→s, `ش`→sh, `ص`→s, `ض`→d,
/// `ط`→t, `ظ`→z, `ع`→a, `غ`→gh, `ف`→f, `ق`→q, `ك`→k, `ل`→l, `م`→m, `ن`→n, `ه`→h, `ء`→ (dropped);
/// `و` is w at a word start or after a vowel letter, else u; `ي` likewise y or i. ASCII letters and
/// digits are kept; words are joined by `_`. `نور سلطان نزار باييف` → `per_nur_sltan_nzar_bayif`.
#[must_use]
pub fn person_id(name: &str) -> String {
    let folded = normalize(name);
    let mut words = Vec::new();
    for word in folded.split(|c: char| !is_word_char(c)).filter(|w| !w.is_empty()) {
        let mut out = String::new();
        let mut prev_vowel = true;
        for c in word.chars() {
            let piece = match c {
                'ا' | 'ع' => "a",
                'ب' => "b",
                'ت' | 'ط' => "t",
                'ث' => "th",
                'ج' => "j",
                'ح' | 'ه' => "h",
                'خ' => "kh",
                'د' | 'ض' => "d",
                'ذ' => "dh",
                'ر' => "r",
                'ز' | 'ظ' => "z",
                'س' | 'ص' => "s",
                'ش' => "sh",
                'غ' => "gh",
                'ف' => "f",
                'ق' => "q",
                'ك' => "k",
                'ل' => "l",
                'م' => "m",
                'ن' => "n",
                'و' if prev_vowel => "w",
                'و' => "u",
                'ي' if prev_vowel => "y",
                'ي' => "i",
                c if c.is_ascii_alphanumeric() => {
                    out.push(c.to_ascii_lowercase());
                    prev_vowel = matches!(c, 'a' | 'e' | 'i' | 'o' | 'u');
                    continue;
                }
                _ => "",
            };
            out.push_str(piece);
            prev_vowel = matches!(piece, "a" | "u" | "i");
        }
        if !out.is_empty() {
            words.push(out);
        }
    }
    format!("per_{}", words.join("_"))
}

#[cfg(test)]
mod tests {
    use super::person_id;

    #[test]
    fn person_id_transliteration() {
        assert_eq!(person_id("نور سلطان نزار باييف"), "per_nur_sltan_nzar_bayif");
        assert_eq!(person_id("نورُ سلطان نزار باييف"), person_id("نور سلطان نزار باييف"), "tashkeel is ignored");
    }
}
