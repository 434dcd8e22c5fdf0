//! Surface forms: how a name is written around its core.
//!
//! Patterns are stored folded (crate::normalize) and without a leading article; the word in the text
//! may carry proclitics before the pattern (`وال`, `بال`, `لل`, `و`, `ب`, `ل`, `ف`, `ك`). Which prefixes
//! a match accepts depends on the surface: a name written with the article (`العراق`, `القاعدة`) needs
//! one (`قاعدة` alone is a base, not al-Qaeda); a name without it (`سوريا`) refuses one (`السوريا` is
//! not Arabic); a demonym takes either (`سوري`, `السوري`). Demonyms are inflected by rule from a
//! masculine singular nisba stem (`كازاخي` → `كازاخية`, `الكازاخيين`, `كازاخيون`…).

/// Whether a matched word must, may or must not carry the article before the pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Article {
    /// The surface was written with `ال` (stripped from the pattern).
    Required,
    /// The surface was written without `ال`; `ال` before it makes another word.
    Forbidden,
    /// Adjectives: `سوري` and `السوري` alike.
    Either,
}

/// Proclitic chains allowed before a pattern that takes no article (`بسوريا`, `لداعش`, `وكازاخستان`).
pub(crate) const BARE_PREFIXES: &[&str] = &["", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "فك"];

/// Proclitic chains that contain the article (`العراق`, `والعراق`, `بالعراق`, `للعراق`).
pub(crate) const ARTICLE_PREFIXES: &[&str] = &["ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "وبال", "فبال"];

/// Rule `clitic_prefix_allowed`: may the word-internal text `prefix` stand before a pattern?
#[must_use]
pub(crate) fn clitic_prefix_allowed(prefix: &str, article: Article, latin: bool) -> bool {
    if latin {
        return prefix.is_empty();
    }
    match article {
        Article::Required => ARTICLE_PREFIXES.contains(&prefix),
        Article::Forbidden => BARE_PREFIXES.contains(&prefix),
        Article::Either => BARE_PREFIXES.contains(&prefix) || ARTICLE_PREFIXES.contains(&prefix),
    }
}

/// Rule `article_stripped`: a folded Arabic surface without its leading article, and whether it had one.
/// `العراق` → (`عراق`, true); `سوريا` → (`سوريا`, false). A two-letter remainder keeps its article
/// (`الله` is not `ل`+`له`).
#[must_use]
pub(crate) fn strip_article(folded: &str) -> (&str, bool) {
    match folded.strip_prefix("ال") {
        Some(rest) if rest.chars().count() >= 3 && !rest.starts_with(' ') => (rest, true),
        _ => (folded, false),
    }
}

/// The inflectional endings a nisba adjective takes: masculine, feminine (`ة`, folded to `ه`), sound
/// plurals, feminine plural, duals.
pub(crate) const NISBA_ENDINGS: &[&str] = &["", "ه", "ون", "ين", "ات", "ان", "تان", "تين"];

/// Rule `demonym_inflection`: every inflected form of a folded nisba stem (`كازاخي`), each without the
/// article. A multiword stem (`كوري شمالي`) inflects every word alike; its second form carries the
/// article on the later words (`كوري الشمالي`, from `الكوري الشمالي`) and is returned with `true`.
/// Stems that do not end in `ي` are not nisba adjectives and yield nothing.
#[must_use]
pub(crate) fn demonym_forms(stem: &str) -> Vec<(String, bool)> {
    let words: Vec<&str> = stem.split_whitespace().collect();
    if words.is_empty() || !words.iter().all(|w| w.ends_with('ي') && w.chars().count() >= 3) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for ending in NISBA_ENDINGS {
        let inflected: Vec<String> = words.iter().map(|w| format!("{w}{ending}")).collect();
        out.push((inflected.join(" "), false));
        if inflected.len() > 1 {
            let mut defined = inflected[0].clone();
            for w in &inflected[1..] {
                defined.push_str(" ال");
                defined.push_str(w);
            }
            out.push((defined, true));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demonym_inflection() {
        let forms: Vec<String> = demonym_forms("كازاخي").into_iter().map(|(f, _)| f).collect();
        for want in ["كازاخي", "كازاخيه", "كازاخيون", "كازاخيين", "كازاخيات", "كازاخيان"]
        {
            assert!(forms.iter().any(|f| f == want), "{want} missing from {forms:?}");
        }
        assert!(demonym_forms("الكازاخ").is_empty(), "a broken plural is not a nisba stem");
    }

    #[test]
    fn demonym_inflection_of_two_words() {
        let forms = demonym_forms("كوري شمالي");
        assert!(forms.contains(&("كوريه شماليه".to_owned(), false)));
        assert!(forms.contains(&("كوري الشمالي".to_owned(), true)));
    }

    #[test]
    fn article_stripped() {
        assert_eq!(strip_article("العراق"), ("عراق", true));
        assert_eq!(strip_article("سوريا"), ("سوريا", false));
        assert_eq!(strip_article("الله"), ("الله", false));
    }

    #[test]
    fn clitic_prefix_allowed() {
        assert!(super::clitic_prefix_allowed("بال", Article::Required, false));
        assert!(!super::clitic_prefix_allowed("", Article::Required, false), "قاعدة is not القاعدة");
        assert!(super::clitic_prefix_allowed("ل", Article::Forbidden, false));
        assert!(!super::clitic_prefix_allowed("ال", Article::Forbidden, false));
        assert!(super::clitic_prefix_allowed("لل", Article::Either, false));
        assert!(!super::clitic_prefix_allowed("و", Article::Either, true), "Latin takes no Arabic clitic");
        assert!(!super::clitic_prefix_allowed("مت", Article::Either, false));
    }
}
