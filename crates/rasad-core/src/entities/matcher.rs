//! Finding gazetteer entities in folded text.
//!
//! 1. The automaton reports every pattern occurrence (overlapping).
//! 2. Each occurrence is checked: it ends at a word end, and the letters between the word start and the
//!    pattern are an allowed proclitic chain for one of its readings ([`forms::clitic_prefix_allowed`]).
//! 3. `not_before` words cancel a reading (`مجلس الأمن الروسي` is not the UN Security Council).
//! 4. Overlaps: leftmost, then longest wins; a shorter match inside a kept one survives when it is a
//!    demonym (`وزارة الداخلية الألمانية` also names Germany) or when the outer one is a body's name
//!    (`مفوضية الأمم المتحدة لشؤون اللاجئين` also names the UN), never inside a place's name (`جنوب
//!    السودان` is not Sudan).
//! 5. Ministries by rule: `وزارة <portfolio> <demonym>`.
//! 6. Weak surfaces are dropped unless the same text names the entity strongly (done by the caller
//!    over the whole document, see [`keep_weak_with_strong`]).

use super::forms;
use super::gazetteer::Gazetteer;
use crate::model::{EntityKind, MentionForm};

/// One match in folded text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Candidate {
    /// Folded byte offsets, the proclitics excluded.
    pub start: usize,
    /// End.
    pub end: usize,
    /// Entry index.
    pub entity: usize,
    /// Name or demonym.
    pub form: MentionForm,
    /// Weak surface.
    pub weak: bool,
}

/// A word char for boundary checks: letters and digits of any script. Arabic letters and ASCII
/// are answered by range (the Unicode tables were a fifth of the profile).
pub(crate) fn is_word_char(c: char) -> bool {
    match c {
        'ء'..='ي' | 'a'..='z' | 'A'..='Z' | '0'..='9' => true,
        ' ' | '\n' | '\r' | ',' | '.' | '"' | '\'' | '(' | ')' | ':' | ';' | '-' | '?' | '!' => false,
        c if c.is_ascii() => false,
        c => c.is_alphanumeric(),
    }
}

/// Byte offset where the word containing `at` starts.
pub(crate) fn word_start(text: &str, at: usize) -> usize {
    let mut ws = at;
    for (i, c) in text[..at].char_indices().rev() {
        if is_word_char(c) {
            ws = i;
        } else {
            break;
        }
    }
    ws
}

/// The word right after `end` (after spaces), or `""`.
fn next_word(text: &str, end: usize) -> &str {
    let rest = text.get(end..).unwrap_or("").trim_start_matches(' ');
    let stop = rest.find(|c: char| !is_word_char(c)).unwrap_or(rest.len());
    &rest[..stop]
}

impl Gazetteer {
    /// Steps 1–5 over one folded text.
    pub(crate) fn candidates(&self, folded: &str) -> Vec<Candidate> {
        let mut raw = Vec::new();
        for m in self.automaton.find_overlapping_iter(folded) {
            let (s, e) = (m.start(), m.end());
            if folded[e..].chars().next().is_some_and(is_word_char) {
                continue;
            }
            let Some((readings, latin)) = self.readings.get(m.pattern().as_usize()) else { continue };
            let prefix = &folded[word_start(folded, s)..s];
            let best = readings
                .iter()
                .filter(|r| forms::clitic_prefix_allowed(prefix, r.article, *latin))
                .filter(|r| !self.cancelled_by_next_word(r.entity as usize, folded, e))
                .min_by_key(|r| (r.weak, r.form != MentionForm::Name, r.entity));
            if let Some(r) = best {
                // The article belongs to the name as written (`العراق`, `الكازاخي`), the other
                // proclitics do not (`بسوريا` → `سوريا`); after `لل` the article's alef is gone.
                let start = if prefix.ends_with("ال") { s - "ال".len() } else { s };
                raw.push(Candidate { start, end: e, entity: r.entity as usize, form: r.form, weak: r.weak });
            }
        }
        let mut found = self.resolve_overlaps(raw);
        self.add_ministries(folded, &mut found);
        found.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end)));
        found
    }

    /// Rule `not_before_cancels`: the entity's `not_before` words, or any demonym when it says `@demonym`.
    fn cancelled_by_next_word(&self, entity: usize, folded: &str, end: usize) -> bool {
        let Some(nb) = self.not_before.get(entity) else { return false };
        if nb.words.is_empty() && !nb.demonym {
            return false;
        }
        let next = next_word(folded, end);
        if next.is_empty() {
            return false;
        }
        nb.words.contains(next) || (nb.demonym && self.demonyms.contains(forms::strip_article(next).0))
    }

    /// Step 4.
    fn resolve_overlaps(&self, mut raw: Vec<Candidate>) -> Vec<Candidate> {
        raw.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end), c.weak));
        let mut kept: Vec<Candidate> = Vec::new();
        let mut rest = Vec::new();
        for c in raw {
            if kept.last().is_some_and(|k| c.start < k.end) {
                rest.push(c);
            } else {
                kept.push(c);
            }
        }
        let mut nested: Vec<Candidate> = Vec::new();
        for c in rest {
            let Some(outer) = kept.iter().find(|k| k.start <= c.start && c.end <= k.end) else { continue };
            let outer_kind = self.entries[outer.entity].kind;
            let keeps = outer.entity != c.entity
                && (c.form == MentionForm::Demonym
                    || matches!(outer_kind, EntityKind::Organization | EntityKind::Outlet | EntityKind::Facility));
            if keeps && !nested.iter().any(|n| c.start < n.end && n.start < c.end) {
                nested.push(c);
            }
        }
        kept.extend(nested);
        kept
    }

    /// Step 5, rule `ministry_by_portfolio_and_demonym`: `وزارة الداخلية الألمانية` → de_interior_ministry.
    fn add_ministries(&self, folded: &str, found: &mut Vec<Candidate>) {
        let mut extra = Vec::new();
        for c in found.iter().filter(|c| c.form == MentionForm::Demonym) {
            let before = folded[..word_start(folded, c.start)].trim_end_matches(' ');
            // `الداخلية الألمانية`: the demonym's own article is inside the candidate.
            for (pi, p) in self.portfolios.iter().enumerate() {
                let Some(head) = before.strip_suffix(p.folded.as_str()) else { continue };
                let head = head.trim_end_matches(' ');
                let ws = word_start(head, head.len());
                let word = &head[ws..];
                let is_ministry = ["وزاره", "ووزاره", "بوزاره", "لوزاره", "فوزاره"].contains(&word);
                if let (true, Some(&m)) = (is_ministry, self.ministries.get(&(c.entity, pi))) {
                    extra.push(Candidate { start: ws, end: c.end, entity: m, form: MentionForm::Name, weak: false });
                }
            }
        }
        found.extend(extra);
    }
}

/// Step 6: drops weak candidates whose entity has no strong candidate in `all`.
pub(crate) fn keep_weak_with_strong(all: &mut Vec<Candidate>) {
    let strong: std::collections::HashSet<usize> = all.iter().filter(|c| !c.weak).map(|c| c.entity).collect();
    all.retain(|c| !c.weak || strong.contains(&c.entity));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_chars_by_range_agree_with_unicode() {
        for c in ['ء', 'ا', 'ي', 'ك', 'a', 'Z', '7', 'é', 'ж', ' ', ',', '"', '-', '\n', '،', '؟'] {
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn word_start_walks_back_over_letters() {
        let t = "في والعراق";
        let at = t.find("عراق").unwrap();
        assert_eq!(&t[word_start(t, at)..at], "وال");
    }

    #[test]
    fn next_word_skips_spaces() {
        assert_eq!(next_word("مجلس الامن الروسي,", "مجلس الامن".len()), "الروسي");
    }

    #[test]
    fn ministry_by_portfolio_and_demonym() {
        let g = super::super::gazetteer();
        let t = crate::normalize::normalize("وقالت وزارة الداخلية الألمانية");
        let found = g.candidates(&t);
        assert!(found.iter().any(|c| g.entries[c.entity].id == "de_interior_ministry"), "{found:?}");
        assert!(found.iter().any(|c| g.entries[c.entity].id == "DE"), "the demonym is kept inside");
    }

    #[test]
    fn not_before_cancels() {
        let g = super::super::gazetteer();
        let t = crate::normalize::normalize("سكرتير مجلس الأمن القومي");
        assert!(g.candidates(&t).iter().all(|c| g.entries[c.entity].id != "un_security_council"));
    }
}
