//! Workaround for accusative demonyms the entity recognizer does not inflect yet
//! (`27 تونسيا`, `595 مواطنا كازاخيا`): the form minus its final alef is looked up through
//! the gazetteer's own matcher ([`crate::entities::gazetteer`]), so no second gazetteer
//! exists here. Returns extra entities whose mentions are those words.

use super::sentence::{Sent, TokClass};
use crate::model::{Document, Entity, EntityKind, Mention, MentionForm, Span};
use crate::normalize::is_removed_mark;

/// Entities for accusative demonyms (`-يًّا`) not already covered by a mention, and the dual
/// counts ([`super::duals`]) — one tokenization of every paragraph serves both, and is
/// returned (one [`Sent`] per paragraph) for the sentences to be cut out of.
pub(crate) fn scan(doc: &Document) -> (Vec<Entity>, Vec<super::duals::Dual>, Vec<Sent>) {
    let g = crate::entities::gazetteer();
    let cover = Cover::new(doc);
    let mut out: Vec<Entity> = Vec::new();
    let mut duals = Vec::new();
    let number_starts: std::collections::HashSet<usize> = doc.numbers.iter().map(|m| m.span.start).collect();
    let sents: Vec<Sent> = doc.paragraphs.iter().map(|p| Sent::new(&doc.text, p.span)).collect();
    for s in &sents {
        super::duals::scan_paragraph(doc, s, &number_starts, &mut duals);
        for (i, t) in s.toks.iter().enumerate() {
            let w = s.word(i);
            // `روسيان` (two Russians, with `موظفان`) is the dual of the same nisba.
            let dual = w.ends_with("يان");
            if t.class != TokClass::Word || !(w.ends_with("يا") || dual) || w.chars().count() < 5 {
                continue;
            }
            // Right after a count, a word that also spells a country (`850 قرغيزيا`, `300
            // سوريا`) is the accusative demonym: the name reading does not hide it there.
            let after_count = i > 0 && s.toks.get(i - 1).is_some_and(|p| p.class == TokClass::Digits);
            if cover.covers(t.span, after_count) {
                continue;
            }
            let orig = t.span.slice(&doc.text);
            let orig =
                if dual { orig.trim_end_matches(is_removed_mark).strip_suffix('ن').unwrap_or(orig) } else { orig };
            let Some(cut) = orig.rfind('ا') else { continue };
            if !orig.get(cut + 'ا'.len_utf8()..).is_some_and(|r| r.chars().all(is_removed_mark)) {
                continue;
            }
            let stem = &orig[..cut];
            let found = g.find(stem);
            let Some(m) = found.iter().find(|m| {
                m.form == MentionForm::Demonym
                    && m.span.end == stem.len()
                    && matches!(m.entity.kind, EntityKind::Country | EntityKind::Region)
            }) else {
                continue;
            };
            let span = Span::new(t.span.start + m.span.start, t.span.end);
            let mention = Mention { text: span.slice(&doc.text).to_owned(), span, form: MentionForm::Demonym };
            if let Some(e) = out.iter_mut().find(|e| e.id == m.entity.id) {
                e.mentions.push(mention);
            } else {
                out.push(Entity {
                    id: m.entity.id.clone(),
                    kind: m.entity.kind,
                    name_ar: m.entity.name_ar.clone(),
                    name_en: m.entity.name_en.clone(),
                    aliases: Vec::new(),
                    mentions: vec![mention],
                    role: None,
                });
            }
        }
    }
    (out, duals, sents)
}

/// Which spans the document's mentions cover, answered in O(log n) per word: mentions by
/// start, with the furthest end reached by any mention (and by any demonym) starting at or
/// before each one. Scanning every mention for every word was quadratic on a long text that
/// names a country again and again.
struct Cover {
    starts: Vec<usize>,
    max_end: Vec<usize>,
    max_demonym_end: Vec<usize>,
}

impl Cover {
    fn new(doc: &Document) -> Self {
        let mut spans: Vec<(usize, usize, bool)> = doc
            .entities
            .iter()
            .flat_map(|e| e.mentions.iter().map(|m| (m.span.start, m.span.end, m.form == MentionForm::Demonym)))
            .collect();
        spans.sort_unstable();
        let (mut all, mut dem) = (0, 0);
        let mut cover = Self {
            starts: Vec::with_capacity(spans.len()),
            max_end: Vec::with_capacity(spans.len()),
            max_demonym_end: Vec::with_capacity(spans.len()),
        };
        for (start, end, demonym) in spans {
            all = all.max(end);
            if demonym {
                dem = dem.max(end);
            }
            cover.starts.push(start);
            cover.max_end.push(all);
            cover.max_demonym_end.push(dem);
        }
        cover
    }

    /// A mention (a demonym, when `demonym_only`) spans all of `t`.
    fn covers(&self, t: Span, demonym_only: bool) -> bool {
        let Some(last) = self.starts.partition_point(|&s| s <= t.start).checked_sub(1) else {
            return false;
        };
        let ends = if demonym_only { &self.max_demonym_end } else { &self.max_end };
        ends.get(last).is_some_and(|&e| e >= t.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `Cover` answers as the scan over every mention it replaced did, for spans inside,
    /// across, before and after nested and overlapping mentions of both forms.
    #[test]
    fn mention_cover_agrees_with_a_scan_of_every_mention() {
        let mention = |start, end, form| Mention { text: String::new(), span: Span::new(start, end), form };
        let doc = Document {
            entities: vec![
                Entity {
                    mentions: vec![mention(10, 20, MentionForm::Name), mention(40, 44, MentionForm::Demonym)],
                    ..Entity::default()
                },
                Entity {
                    mentions: vec![mention(12, 30, MentionForm::Demonym), mention(2, 6, MentionForm::Name)],
                    ..Entity::default()
                },
            ],
            ..Document::default()
        };
        let cover = Cover::new(&doc);
        for start in 0..50 {
            for end in start + 1..52 {
                for demonym_only in [false, true] {
                    let t = Span::new(start, end);
                    let scan = doc.entities.iter().flat_map(|e| &e.mentions).any(|m| {
                        m.span.start <= t.start
                            && t.end <= m.span.end
                            && (m.form == MentionForm::Demonym || !demonym_only)
                    });
                    assert_eq!(cover.covers(t, demonym_only), scan, "{start}..{end} demonym_only={demonym_only}");
                }
            }
        }
    }
}
