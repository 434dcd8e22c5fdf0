//! Counts written as a dual noun (`موظفان`, `امرأتين`, `إرهابيان`): Arabic says "two" with the
//! noun's dual ending and no numeral, so the number recognizer sees no number there. Each
//! such word becomes a number mention of value 2 whose counted noun is the word itself.

use super::sentence::{Sent, TokClass};
use crate::model::{Document, NumberKind, NumberMention, Qualifier, SubjectClass};
use std::collections::HashMap;

/// A dual count: the mention (value 2) and the class of the people it counts.
#[derive(Clone, Debug)]
pub(crate) struct Dual {
    pub(crate) mention: NumberMention,
    pub(crate) class: SubjectClass,
}

/// Singular subject nouns (folded, one word) → class, from the subject lexicon.
fn singulars() -> &'static HashMap<String, SubjectClass> {
    static S: std::sync::OnceLock<HashMap<String, SubjectClass>> = std::sync::OnceLock::new();
    S.get_or_init(|| {
        let lex = super::lexicon::get();
        lex.subjects
            .keys
            .iter()
            .zip(&lex.subjects.values)
            .filter(|(k, _)| !k.contains(' '))
            .map(|(k, e)| (k.clone(), e.class))
            .collect()
    })
}

/// The word without `و`/`ف` and the article.
fn bare(w: &str) -> &str {
    let w = w.strip_prefix('و').or_else(|| w.strip_prefix('ف')).unwrap_or(w);
    w.strip_prefix("ال").unwrap_or(w)
}

/// Rule `definite_dual_is_anaphoric`: `المتهمان`, `الفتاتين` — a dual with the article names two
/// people the story already knows; only an indefinite dual states a count.
fn definite(w: &str) -> bool {
    let w = w.strip_prefix('و').or_else(|| w.strip_prefix('ف')).unwrap_or(w);
    w.starts_with("ال") || w.starts_with("لل") || w.starts_with("بال")
}

/// Rule `dual_of_person_noun`: `إرهابيان`, `جنديان` (stem + `ان`), `امرأتين`, `سيدتان` (a
/// feminine stem's `ة` becomes `ت` before `ان`/`ين`). The masculine oblique `-ين` is not taken:
/// it spells the sound plural too (`مقاتلين`).
fn dual_of_subject(w: &str) -> Option<SubjectClass> {
    let s = singulars();
    let w = bare(w);
    for end in ["تان", "تين"] {
        if let Some(stem) = w.strip_suffix(end)
            && stem.chars().count() >= 2
            && let Some(c) = s.get(&format!("{stem}ه"))
        {
            return Some(*c);
        }
    }
    if let Some(stem) = w.strip_suffix("ان")
        && stem.chars().count() >= 3
        && let Some(c) = s.get(stem)
    {
        return Some(*c);
    }
    feminine_dual(w).or_else(|| oblique_dual_of_broken_plural(w))
}

/// Rule `feminine_dual_of_person_noun`: `مواطنتين`, `موظفتان` — the feminine (`stem + ة`) of a
/// masculine person noun of the lexicon, in the dual, counts two women.
fn feminine_dual(w: &str) -> Option<SubjectClass> {
    let s = singulars();
    ["تين", "تان"].iter().find_map(|end| {
        let stem = w.strip_suffix(end)?;
        (stem.chars().count() >= 3 && s.contains_key(stem)).then_some(SubjectClass::Woman)
    })
}

/// Rule `oblique_dual_of_broken_plural`: `ضابطين`, `جنديين`… — `stem + ين` spells a sound
/// plural too, so it is a dual only when the noun's plural is broken (`ضباط`): the lexicon
/// lists no `stem + ين` form of it (nisba nouns with a sound plural, `عسكريين`, list it).
fn oblique_dual_of_broken_plural(w: &str) -> Option<SubjectClass> {
    let s = singulars();
    let stem = w.strip_suffix("ين")?;
    if stem.chars().count() < 3 || s.contains_key(w) || !s.contains_key(stem) {
        return None;
    }
    // The lexicon lists a sound plural of the noun (`موظفين`) in its accusative too.
    let sound = format!("{stem}ون");
    (!s.contains_key(&sound)).then(|| s.get(stem).copied()).flatten()
}

/// Rule `dual_with_agreeing_word`: `موظفان روسيان`, `مسعفان آخران` — a participle-shaped word
/// (`م…`) in the dual followed by a dual adjective (a nisba `-يان`, `آخران`, `اثنان`) counts
/// two people even when the noun is not in the lexicon.
fn dual_by_agreement(w: &str, next: &str) -> bool {
    let w = bare(w);
    let Some(stem) = w.strip_suffix("ان") else { return false };
    let next = bare(next);
    stem.starts_with('م')
        && stem.chars().count() >= 4
        && (matches!(next, "اخران" | "اخرتان" | "اثنان") || (next.ends_with("يان") && next.chars().count() >= 5))
}

/// The dual counts of one tokenized paragraph, appended to `out` (called from the paragraph
/// scan of [`super::demonyms::scan`], so paragraphs are tokenized once for both).
pub(crate) fn scan_paragraph(
    doc: &Document,
    s: &Sent,
    number_starts: &std::collections::HashSet<usize>,
    out: &mut Vec<Dual>,
) {
    for (i, t) in s.toks.iter().enumerate() {
        let w = s.word(i);
        // Fewer than five chars, without counting every char of a long word.
        if t.class != TokClass::Word || w.chars().nth(4).is_none() || definite(w) {
            continue;
        }
        // Every dual shape below ends in `ان` or `ين` (`تان`, `تين` too): other words are no dual.
        if !(w.ends_with("ان") || w.ends_with("ين")) {
            continue;
        }
        let class = dual_of_subject(w).or_else(|| dual_by_agreement(w, s.word(i + 1)).then_some(SubjectClass::Person));
        let Some(class) = class else { continue };
        // Rule `named_entity_is_not_a_dual`: `طالبان` (the Taliban) has the shape of the dual of
        // `طالب` (student); a word the recognizer took as a name counts nobody.
        if doc.entities.iter().any(|e| e.mentions.iter().any(|m| m.span.contains(t.span))) {
            continue;
        }
        // `امرأتين اثنتين`: the numeral after it is the count.
        if s.toks.get(i + 1).is_some_and(|n| number_starts.contains(&n.span.start)) {
            continue;
        }
        out.push(Dual {
            mention: NumberMention {
                text: t.span.slice(&doc.text).to_owned(),
                span: t.span,
                value: 2.0,
                upper: None,
                qualifier: Qualifier::Exact,
                kind: NumberKind::Cardinal,
                unit: None,
            },
            class,
        });
    }
}
