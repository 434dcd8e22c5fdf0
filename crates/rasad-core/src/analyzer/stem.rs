//! The light stemmer: clitic prefixes and common suffixes off a normalized Arabic word.
//!
//! Lucene's `ArabicStemmer` (Larkey's light8-style stemmer) is the reference; see the
//! differences listed in [`crate::analyzer`]. The steps, in order, each a named function:
//! 1. [`strip_prefixes`]: at most [`MAX_PREFIX_STEPS`] clitic steps. A function word
//!    (`data/analyzer/function_words.txt`) or a protected name
//!    (`data/analyzer/protected_words.txt`) stops it. A bare preposition `ب ك ل` is stripped
//!    only in front of such a known word ([`licensed_preposition`]), and any one-letter
//!    clitic is cut in front of one; the article forms
//!    `ال وال فال بال كال لل ولل فلل` need two letters left ([`article_form`]); the
//!    conjunctions `و ف` need three ([`conjunction`]).
//! 2. [`strip_suffixes`]: Lucene's single ordered pass over `ها ان ات ون ين يه ه ي` (`ية` and
//!    `ة` are `يه` and `ه` after normalization), each needing two letters left.
//! 3. [`variant`]: a data table folds well-known variant spellings to one term
//!    (`data/analyzer/variant_spellings.tsv`: أوربا → أوروبا).
//!
//! Steps repeat (`والوزير` → `وزير` → `زير`) so a word stems the same with and without its
//! clitics: the bare `وزير` also loses its first letter to the conjunction rule, and
//! conflation, not a pretty stem, is what search needs.

use crate::normalize::normalize;
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::LazyLock;

/// Article forms, longest first: the article with its conjunction/preposition clitics.
const ARTICLE_FORMS: [&str; 8] = ["وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال"];
/// Suffixes in Lucene's order (one pass, each removed if it still matches).
const SUFFIXES: [&str; 8] = ["ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"];
/// Letters a stem keeps after an article form or a suffix (Lucene: 2).
const MIN_STEM_AFTER_ARTICLE: usize = 2;
/// Letters a stem keeps after a conjunction `و ف` (Lucene's guard for `و`: 3).
const MIN_STEM_AFTER_CONJUNCTION: usize = 3;
/// Letters a stem keeps after a suffix.
const MIN_STEM_AFTER_SUFFIX: usize = 2;
/// At most this many prefix steps (`و` + `ال` + `و` of a root: `والوزير`); bounds the work on
/// adversarial tokens such as `ووووووو`.
pub const MAX_PREFIX_STEPS: usize = 3;

/// The word lists, compiled once.
struct Lexicon {
    /// Kept whole (normalized).
    function_words: FxHashSet<Box<str>>,
    /// Never cut further (normalized, article removed).
    protected: FxHashSet<Box<str>>,
    /// Stem of a variant spelling → stem of the canonical spelling.
    variants: FxHashMap<Box<str>, Box<str>>,
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::load);

const FUNCTION_WORDS: &str = include_str!("../../data/analyzer/function_words.txt");
const PROTECTED_WORDS: &str = include_str!("../../data/analyzer/protected_words.txt");
const VARIANT_SPELLINGS: &str = include_str!("../../data/analyzer/variant_spellings.tsv");

/// The non-comment, non-empty lines of a word list.
fn list_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The (variant, canonical) rows of the variant table, header skipped.
fn variant_rows(text: &str) -> impl Iterator<Item = (&str, &str)> {
    list_lines(text).skip(1).filter_map(|l| {
        let mut cols = l.split('\t');
        Some((cols.next()?, cols.next()?))
    })
}

impl Lexicon {
    fn load() -> Self {
        let function_words = list_lines(FUNCTION_WORDS).map(|w| normalize(w).into_boxed_str()).collect();
        let protected = list_lines(PROTECTED_WORDS)
            .map(|w| {
                let n = normalize(w);
                let bare = article_form(&n).map_or(n.as_str(), |(_, rest)| rest);
                bare.into()
            })
            .collect();
        let mut lex = Self { function_words, protected, variants: FxHashMap::default() };
        protect_name_variants(&mut lex);
        let variants = variant_rows(VARIANT_SPELLINGS)
            .filter_map(|(v, c)| {
                let (v, c) = (normalize(v), normalize(c));
                let (sv, sc) = (lex.stem_raw(&v), lex.stem_raw(&c));
                (sv != sc).then(|| (sv.into(), sc.into()))
            })
            .collect();
        lex.variants = variants;
        lex
    }

    fn known(&self, w: &str) -> Option<&str> {
        self.function_words.get(w).or_else(|| self.protected.get(w)).map(AsRef::as_ref)
    }

    /// Steps 1 and 2, without the variant table.
    fn stem_raw<'a>(&'a self, word: &'a str) -> &'a str {
        match strip_prefixes(word, self) {
            Prefixed::Known(w) => w,
            Prefixed::Open(w) => strip_suffixes(w),
        }
    }
}

/// What [`strip_prefixes`] leaves.
#[derive(Debug, PartialEq, Eq)]
enum Prefixed<'a> {
    /// A function word or protected name: no suffix is cut.
    Known(&'a str),
    /// Anything else: suffixes come next.
    Open(&'a str),
}

fn char_count(s: &str) -> usize {
    s.chars().count()
}

/// Rule `article_form`: `ال` and its clitic combinations, with two letters left.
/// Returns (prefix, rest).
fn article_form(w: &str) -> Option<(&'static str, &str)> {
    ARTICLE_FORMS.iter().find_map(|&p| {
        let rest = w.strip_prefix(p)?;
        (char_count(rest) >= MIN_STEM_AFTER_ARTICLE).then_some((p, rest))
    })
}

/// Rule `conjunction`: a leading `و` or `ف`, with three letters left.
fn conjunction(w: &str) -> Option<&str> {
    let rest = w.strip_prefix('و').or_else(|| w.strip_prefix('ف'))?;
    (char_count(rest) >= MIN_STEM_AFTER_CONJUNCTION).then_some(rest)
}

/// Rule `licensed_preposition`: a bare `ب ك ل` is cut only in front of a known word. On its
/// own it would cut the first letter of كتاب، بيان، لقاء and break their conflation with the
/// same word after a clitic. A listed variant spelling counts as known (`لأوربا`). A known word also licenses a conjunction `و ف` whatever its
/// length (`والذين` is `و` + `الذين`, not `وال` + `ذين`).
fn licensed_preposition<'a>(w: &str, lex: &'a Lexicon) -> Option<&'a str> {
    let rest = w.strip_prefix(['ب', 'ك', 'ل', 'و', 'ف'])?;
    lex.known(rest).or_else(|| lex.variants.get_key_value(rest).map(|(k, _)| k.as_ref()))
}

fn strip_prefixes<'a>(word: &'a str, lex: &'a Lexicon) -> Prefixed<'a> {
    let mut w = word;
    for _ in 0..MAX_PREFIX_STEPS {
        if let Some(k) = lex.known(w) {
            return Prefixed::Known(k);
        }
        if let Some(k) = licensed_preposition(w, lex) {
            return Prefixed::Known(k);
        }
        if let Some((_, rest)) = article_form(w) {
            w = rest;
        } else if let Some(rest) = conjunction(w) {
            w = rest;
        } else {
            return Prefixed::Open(w);
        }
    }
    match lex.known(w) {
        Some(k) => Prefixed::Known(k),
        None => Prefixed::Open(w),
    }
}

/// Rule `suffixes`: Lucene's ordered single pass; each suffix is removed if the word still
/// ends with it and two letters stay.
#[must_use]
pub fn strip_suffixes(word: &str) -> &str {
    let mut w = word;
    let mut len = char_count(w);
    for s in SUFFIXES {
        let n = s.len() / 2; // suffix letters are two-byte Arabic letters
        if len >= n + MIN_STEM_AFTER_SUFFIX
            && let Some(rest) = w.strip_suffix(s)
        {
            w = rest;
            len -= n;
        }
    }
    w
}

/// A variant spelling of a protected name is protected too, so it maps as the whole word:
/// otherwise `بيجين` stems to `بيج` and every word stemming to `بيج` (beige) would fold to
/// Beijing. Variants of common words and adjectives (`أوربي` → covers `الأوربيين`) still
/// map by stem.
fn protect_name_variants(lex: &mut Lexicon) {
    let names: Vec<Box<str>> = variant_rows(VARIANT_SPELLINGS)
        .filter_map(|(v, c)| {
            let (v, c) = (normalize(v), normalize(c));
            let bare = |w: &str| article_form(w).map_or(w, |(_, rest)| rest).to_owned();
            lex.protected.contains(bare(&c).as_str()).then(|| bare(&v).into_boxed_str())
        })
        .collect();
    lex.protected.extend(names);
}

/// Rule `variant`: the canonical stem of a variant spelling's stem, if listed.
#[must_use]
pub fn variant(stem: &str) -> Option<&'static str> {
    LEXICON.variants.get(stem).map(AsRef::as_ref)
}

/// The light stem of one normalized Arabic word (see the module docs for the steps).
///
/// `word` must already be normalized ([`crate::normalize::normalize`]); any other input is
/// returned cut by the same rules, never a panic. The result is a slice of `word` or of the
/// static word lists: no allocation.
#[must_use]
pub fn stem(word: &str) -> &str {
    let s = stem_unfolded(word);
    variant(s).unwrap_or(s)
}

/// [`stem`] before the variant table (steps 1 and 2): always a slice of `word`.
#[must_use]
pub fn stem_unfolded(word: &str) -> &str {
    let lex: &'static Lexicon = &LEXICON;
    lex.stem_raw(word)
}

/// Compiles the word lists now (benchmarks and servers call this before timing or serving).
pub fn warm_up() {
    LazyLock::force(&LEXICON);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::normalize;

    fn st(w: &str) -> String {
        stem(&normalize(w)).to_owned()
    }

    /// (rule, word, expected stem) — one row per rule case.
    const STEMS: &[(&str, &str, &str)] = &[
        ("article_form", "الحسن", "حسن"),
        ("article_form", "والحسن", "حسن"),
        ("article_form", "بالحسن", "حسن"),
        ("article_form", "كالحسن", "حسن"),
        ("article_form", "فالحسن", "حسن"),
        ("article_form", "للاخر", "اخر"),
        ("article_form", "وللمرة", "مر"),
        ("article_form_guard", "الو", "الو"),
        ("conjunction", "وحسن", "حسن"),
        ("conjunction", "فقالوا", "قالوا"),
        ("conjunction_guard", "وقت", "وقت"),
        ("conjunction_guard", "فقط", "فقط"),
        ("suffixes", "زوجها", "زوج"),
        ("suffixes", "ساهدان", "ساهد"),
        ("suffixes", "ساهدات", "ساهد"),
        ("suffixes", "ساهدون", "ساهد"),
        ("suffixes", "ساهدين", "ساهد"),
        ("suffixes", "ساهديه", "ساهد"),
        ("suffixes", "ساهدية", "ساهد"),
        ("suffixes", "ساهده", "ساهد"),
        ("suffixes", "ساهدة", "ساهد"),
        ("suffixes", "ساهدي", "ساهد"),
        ("suffixes", "ساهدهات", "ساهد"),
        ("suffixes", "وساهدون", "ساهد"),
        ("suffix_guard", "بيت", "بيت"),
        ("suffix_guard", "لها", "لها"),
        ("licensed_preposition", "بمصر", "مصر"),
        ("licensed_preposition", "لروسيا", "روسيا"),
        ("licensed_preposition", "لهذا", "هذا"),
        ("licensed_preposition", "بالله", "الله"),
        ("unlicensed_preposition", "كتاب", "كتاب"),
        ("unlicensed_preposition", "بيان", "بي"),
        ("unlicensed_preposition", "كبيرة", "كبير"),
        ("protected_words", "لبنان", "لبنان"),
        ("protected_words", "اللبنانيين", "لبنان"),
        ("protected_words", "العراق", "عراق"),
        ("protected_words", "للعراق", "عراق"),
        ("protected_words", "العراقية", "عراق"),
        ("protected_words", "سلمان", "سلمان"),
        ("function_words", "الذين", "الذين"),
        ("function_words", "والذين", "الذين"),
        ("function_words", "التي", "التي"),
        ("variant", "أوربا", "اوروبا"),
        ("variant", "الأوربيين", "اوروب"),
        ("variant", "أميركا", "امريكا"),
        ("variant", "سورية", "سوريا"),
        ("variant", "لأوربا", "اوروبا"),
        ("name_variant_whole_word", "بيجين", "بكين"),
        ("name_variant_whole_word", "وبيجين", "بكين"),
        ("name_variant_whole_word", "بيج", "بيج"),
        ("name_variant_whole_word", "الفيليبين", "فلبين"),
        ("non_arabic", "english", "english"),
        ("max_prefix_steps", "وووووووو", "ووووو"),
    ];

    #[test]
    fn stem_table() {
        for (rule, word, expected) in STEMS {
            assert_eq!(st(word), *expected, "rule {rule}: {word}");
        }
    }

    #[test]
    fn stems_are_slices_or_static() {
        let w = normalize("والمقاتلين");
        let s = stem(&w);
        assert_eq!(s, "مقاتل");
        assert!(w.as_bytes().as_ptr_range().contains(&s.as_ptr()));
    }

    #[test]
    fn word_lists_parse_without_duplicates() {
        let mut seen = FxHashSet::default();
        for w in list_lines(FUNCTION_WORDS).chain(list_lines(PROTECTED_WORDS)) {
            assert!(!w.contains(char::is_whitespace), "one word a line: {w:?}");
            assert!(seen.insert(normalize(w)), "duplicate after normalization: {w}");
        }
        assert!(LEXICON.function_words.len() > 50 && LEXICON.protected.len() > 100);
    }

    #[test]
    fn variant_table_has_no_chains_and_every_row_counts() {
        let rows: Vec<_> = variant_rows(VARIANT_SPELLINGS).collect();
        assert_eq!(rows.len(), LEXICON.variants.len(), "a row whose variant already stems like its canonical");
        for (v, c) in rows {
            let (nv, nc) = (normalize(v), normalize(c));
            let (sv, sc) = (LEXICON.stem_raw(&nv), LEXICON.stem_raw(&nc));
            assert_ne!(sv, sc, "row {v} adds nothing");
            assert!(!LEXICON.variants.contains_key(sc), "chain through {c}");
            assert_eq!(stem(&normalize(v)), stem(&normalize(c)), "row {v}");
        }
    }

    #[test]
    fn clitics_conflate_with_the_bare_word() {
        // The reason steps repeat: each clitic form stems like the bare word.
        for (bare, forms) in [
            ("وزير", &["الوزير", "والوزير", "للوزير", "بالوزير"][..]),
            ("فريق", &["الفريق", "والفريق", "للفريق"][..]),
            ("مقاتلين", &["المقاتلين", "والمقاتلون", "مقاتلون"][..]),
        ] {
            for f in forms {
                assert_eq!(st(f), st(bare), "{f} vs {bare}");
            }
        }
    }
}
