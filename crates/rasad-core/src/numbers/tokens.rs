//! Tokens of folded text, shared by the number and date recognizers.
//!
//! Both recognizers work on [`crate::normalize::Normalized`] text (digits already ASCII,
//! `٬` → `,`, `٫` → `.`), split into words, numbers and single punctuation chars. A letter
//! run glued to a digit run is two tokens (`بـ20` → `ب`, `20`; `الـ15` → `ال`, `15`), with
//! [`Token::glued`] telling the second one had no space before it, so clitics and `11:39`
//! are seen as such.

use crate::analyzer::is_arabic_letter;
use crate::normalize::is_alphabetic;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tk {
    /// A run of letters (any script).
    Word,
    /// ASCII digits, with `,` or `.` allowed between digits (`4,000`, `2.5`).
    Num,
    /// One other char (punctuation, symbol, newline).
    Punct,
}

/// One token: a byte range of the folded text.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Token<'a> {
    pub kind: Tk,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    /// No whitespace between the previous token and this one.
    pub glued: bool,
}

impl Token<'_> {
    /// True for a punctuation token that is exactly `c`.
    pub fn is(&self, c: char) -> bool {
        self.kind == Tk::Punct && self.text.starts_with(c)
    }
}

/// A letter to the number tokenizer: the Arabic letters of [`is_arabic_letter`] (the one
/// table of them, shared with the analyzer), ASCII letters, and any other alphabetic char —
/// all without the slow Unicode tables for Arabic ([`is_alphabetic`]).
fn is_letter(c: char) -> bool {
    match c {
        // U+0620 (Kashmiri yeh) and U+063B–063F (keheh/yeh variants) are analyzer letters but
        // were never number-tokenizer letters; kept out so token boundaries stay where they were.
        '\u{0620}' | '\u{063B}'..='\u{063F}' => false,
        c if is_arabic_letter(c) => true,
        // The rest of the Arabic block: digits, punctuation, marks, signs.
        '\u{0600}'..='\u{06FF}' => false,
        c => is_alphabetic(c),
    }
}

/// Splits folded text into tokens, in one pass. A newline is a punctuation token so that no
/// phrase runs across lines.
pub(crate) fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut out: Vec<Token<'_>> = Vec::with_capacity(text.len() / 5 + 1);
    let bytes = text.as_bytes();
    let mut glued = false;
    let mut it = text.char_indices().peekable();
    while let Some((at, c)) = it.next() {
        if c == '\n' || c == '\r' {
            out.push(Token { kind: Tk::Punct, start: at, end: at + 1, text: &text[at..at + 1], glued });
            glued = false;
            continue;
        }
        if c.is_whitespace() {
            glued = false;
            continue;
        }
        let (kind, end) = if c.is_ascii_digit() {
            let mut end = at + 1;
            while end < bytes.len() {
                let b = bytes[end];
                if b.is_ascii_digit()
                    || ((b == b',' || b == b'.') && bytes.get(end + 1).is_some_and(u8::is_ascii_digit))
                {
                    end += 1;
                } else {
                    break;
                }
            }
            (Tk::Num, end)
        } else if is_letter(c) {
            let mut end = at + c.len_utf8();
            while let Some(&(j, d)) = it.peek() {
                if is_letter(d) {
                    end = j + d.len_utf8();
                    it.next();
                } else {
                    break;
                }
            }
            (Tk::Word, end)
        } else {
            (Tk::Punct, at + c.len_utf8())
        };
        if kind == Tk::Num {
            while it.peek().is_some_and(|&(j, _)| j < end) {
                it.next();
            }
        }
        out.push(Token { kind, start: at, end, text: &text[at..end], glued });
        glued = true;
    }
    out
}

/// A word with its clitic prefix split off: `والمئات` → (`و`, true, `مئات`).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Stem<'a> {
    /// Bytes of the prefix (`و`, `بال`, …) in the folded word.
    pub prefix_len: usize,
    /// The prefix holds the article `ال` (or `لل`).
    pub al: bool,
    /// The prefix starts with the conjunction `و`.
    pub conj: bool,
    /// What is left.
    pub stem: &'a str,
}

/// Prefixes tried after the bare word, longest first within each family. Source: MSA
/// proclitics (و ف conjunctions, ب ل prepositions, ال article; لل = ل + ال). The preposition
/// `ك` ("as, like") is tried only with the article (`كال`): bare, it splits far more common
/// words than it finds numbers, since folding drops the hamza seat — `كمية` ("quantity") and
/// `كميات` read as `ك` + `مئة`/`مئات`, and `كأحد`/`كأول` ("as one of", "as the first") are no
/// counts either.
pub(crate) const PREFIXES: [(&str, bool); 17] = [
    ("وبال", true),
    ("ولل", true),
    ("فال", true),
    ("وال", true),
    ("بال", true),
    ("كال", true),
    ("فلل", true),
    ("لل", true),
    ("ال", true),
    ("وب", false),
    ("ول", false),
    ("فب", false),
    ("فل", false),
    ("و", false),
    ("ف", false),
    ("ب", false),
    ("ل", false),
];

/// `word` without `prefix`, compared byte by byte inline (these are 2–8 byte prefixes, and
/// a `memcmp` call per candidate prefix showed up as the top cost of the recognizers).
#[inline]
pub(crate) fn strip<'a>(word: &'a str, prefix: &str) -> Option<&'a str> {
    let (w, p) = (word.as_bytes(), prefix.as_bytes());
    if p.len() > w.len() {
        return None;
    }
    let mut k = 0;
    while k < p.len() {
        if w[k] != p[k] {
            return None;
        }
        k += 1;
    }
    word.get(p.len()..)
}

/// The readings of a word: itself, then each prefix split that leaves at least two letters.
pub(crate) fn stems(word: &str) -> impl Iterator<Item = Stem<'_>> {
    std::iter::once(Stem { prefix_len: 0, al: false, conj: false, stem: word }).chain(PREFIXES.iter().filter_map(
        move |&(p, al)| {
            let rest = strip(word, p)?;
            (rest.chars().nth(1).is_some()).then(|| Stem {
                prefix_len: p.len(),
                al,
                conj: p.starts_with('و'),
                stem: rest,
            })
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clitic_glued_to_digits_is_its_own_token() {
        let t = tokenize("ب20 ال15 11:39");
        let kinds: Vec<_> = t.iter().map(|t| (t.kind, t.text, t.glued)).collect();
        assert_eq!(
            kinds,
            vec![
                (Tk::Word, "ب", false),
                (Tk::Num, "20", true),
                (Tk::Word, "ال", false),
                (Tk::Num, "15", true),
                (Tk::Num, "11", false),
                (Tk::Punct, ":", true),
                (Tk::Num, "39", true),
            ]
        );
    }

    /// The number tokenizer's letters before its table was merged into the analyzer's:
    /// ASCII letters, these Arabic-block ranges, and any alphabetic char outside the block.
    const LETTERS_BEFORE_MERGE: &[(char, char)] = &[
        ('a', 'z'),
        ('A', 'Z'),
        ('\u{0621}', '\u{063A}'),
        ('\u{0641}', '\u{064A}'),
        ('\u{066E}', '\u{066F}'),
        ('\u{0671}', '\u{06D3}'),
        ('\u{06D5}', '\u{06D5}'),
        ('\u{06EE}', '\u{06EF}'),
        ('\u{06FA}', '\u{06FC}'),
        ('\u{06FF}', '\u{06FF}'),
    ];

    #[test]
    fn letters_unchanged_by_merge_with_analyzer_table() {
        for c in (0..=0xFFFF_u32).filter_map(char::from_u32) {
            let before = LETTERS_BEFORE_MERGE.iter().any(|&(a, b)| (a..=b).contains(&c))
                || (!c.is_ascii() && !('\u{0600}'..='\u{06FF}').contains(&c) && c.is_alphabetic());
            assert_eq!(is_letter(c), before, "U+{:04X} {c:?}", c as u32);
        }
    }

    #[test]
    fn arabic_letters_by_table_agree_with_unicode() {
        for c in '\u{0600}'..='\u{06FF}' {
            if is_letter(c) {
                assert!(c.is_alphabetic(), "{c:?}");
            }
        }
        assert!(is_letter('ب') && is_letter('é') && !is_letter('،') && !is_letter('5'));
    }

    #[test]
    fn grouped_digits_are_one_token() {
        let t = tokenize("4,000 2.5 100-150");
        let texts: Vec<_> = t.iter().map(|t| t.text).collect();
        assert_eq!(texts, vec!["4,000", "2.5", "100", "-", "150"]);
    }

    /// `كمية`/`كميات` ("quantity, quantities") fold to `ك` + the folded `مئة`/`مئات`.
    #[test]
    fn kaf_clitic_is_not_split_off_number_words() {
        for w in ["كميه", "كميات", "وكميات", "كاحد"] {
            assert!(
                stems(w).all(|s| !["ميه", "ميات", "احد"].contains(&s.stem)),
                "{w} split into a clitic and a number word"
            );
        }
        assert!(stems("كالمئات").any(|s| s.stem == "مئات" && s.al));
    }

    #[test]
    fn stems_split_clitics() {
        let s: Vec<_> = stems("والمئات").map(|s| (s.stem, s.al, s.conj)).collect();
        assert!(s.contains(&("مئات", true, true)));
    }
}
