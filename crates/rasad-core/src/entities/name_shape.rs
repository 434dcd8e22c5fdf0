//! The shapes of words that are or are not part of a person's name: plural verbs, nisba
//! plurals, possessives, verbal nouns with a preposition glued on, a first word that opens a
//! conjunct. Pure functions of one folded word, used by [`super::persons`].

use super::fasthash::FxHashSet as HashSet;

/// Rule `word_shape_is_not_a_name`: plural verbs (`صفقوا`), nisba plurals (`غربيين`), possessives.
pub(super) fn shape_not_a_name(w: &str) -> bool {
    let n = w.chars().count();
    // `أعناقنا`, `مرشدنا` (our …), but not `كريستينا`.
    let ours = n >= 6 && w.ends_with("نا") && !w.ends_with("ينا");
    // `لـDW` (folded `لdw`): a preposition glued to a Latin name is an addressee, not a name.
    let mixed = w.chars().any(|c| c.is_ascii_alphabetic()) && w.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
    is_possessive(w)
        || ours
        || mixed
        || is_clitic_masdar(w)
        || (n >= 4 && w.ends_with("وا"))
        || (n >= 5 && (w.ends_with("يين") || w.ends_with("يون")))
}

/// Rule `first_word_shape`: a name does not open with a feminine plural (`مباحثات`) or with the
/// conjunction `و` (`وصاحب`), unless it is a first name that begins with و (`وليد`).
pub(super) fn first_word_not_a_name(w: &str, waw_names: &HashSet<String>) -> bool {
    let n = w.chars().count();
    (n >= 5 && w.ends_with("ات"))
        || (n >= 6 && w.ends_with("يه") && !w.ends_with("ييه"))
        || (n >= 4 && w.starts_with('و') && !waw_names.contains(w))
}

/// Rule `later_word_shape`: inside a name, a word opening with `و` starts a new conjunct (`هونغ وتساي`),
/// and an accusative participle (`منتقدا`, `معتذرا`) is the sentence going on.
pub(super) fn later_word_ends_name(w: &str) -> bool {
    let n = w.chars().count();
    let participle = (5..=6).contains(&n)
        && w.starts_with('م')
        && w.ends_with('ا')
        && !matches!(w.chars().nth(1), Some('ا' | 'ي' | 'و'));
    (n >= 4 && w.starts_with('و')) || participle
}

/// Rule `possessive_is_not_a_name`: `خشيته`, `لقائه`, `حكومتها` end in a possessive pronoun.
pub(super) fn is_possessive(w: &str) -> bool {
    w.chars().count() >= 5 && ["ته", "تها", "تهم", "هما", "هم", "كم", "اته", "ايه", "ها"].iter().any(|s| w.ends_with(s))
}

/// Rule `clitic_masdar_is_not_a_name`: a preposition glued to a verbal noun (`بمراجعة`, `لتعزيز`,
/// `بتنفيذ`) is not a name word.
pub(super) fn is_clitic_masdar(w: &str) -> bool {
    let mut cs = w.chars();
    let n = w.chars().count();
    // `بإحالة`, `بإطلاق` (folded `باحاله`): `ب` + a verbal noun of the `إفعال` pattern.
    (matches!((cs.next(), cs.next()), (Some('ب' | 'ل' | 'ك'), Some('م' | 'ت'))) && n >= 5)
        || (w.starts_with("با") && w.ends_with('ه') && n >= 6)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn possessive_is_not_a_name() {
        assert!(is_possessive("خشيته"));
        assert!(!is_possessive("توماس"));
        assert!(is_possessive("تحريرها"));
    }

    #[test]
    fn word_shape_is_not_a_name() {
        assert!(shape_not_a_name("صفقوا"));
        assert!(shape_not_a_name("غربيين"));
        assert!(shape_not_a_name("اعناقنا"));
        assert!(!shape_not_a_name("كريستينا"));
        assert!(!shape_not_a_name("كالين"));
    }

    #[test]
    fn first_word_shape() {
        let names: HashSet<String> = ["وليد".to_owned()].into_iter().collect();
        assert!(first_word_not_a_name("مباحثات", &names));
        assert!(first_word_not_a_name("وصاحب", &names));
        assert!(!first_word_not_a_name("وليد", &names));
        assert!(first_word_not_a_name("استراتيجيه", &names));
        assert!(!first_word_not_a_name("لديدييه", &names), "French -ier names end in ييه");
    }

    #[test]
    fn later_word_shape() {
        assert!(later_word_ends_name("منتقدا"));
        assert!(later_word_ends_name("وتساي"));
        assert!(!later_word_ends_name("بريه"));
        assert!(!later_word_ends_name("ميستورا"));
    }

    #[test]
    fn clitic_masdar_is_not_a_name() {
        assert!(is_clitic_masdar("بمراجعه"));
        assert!(!is_clitic_masdar("بلانك"));
    }
}
