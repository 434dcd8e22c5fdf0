//! Workaround for accusative demonyms the entity recognizer does not inflect yet
//! (`27 تونسيا`, `595 مواطنا كازاخيا`): the form minus its final alef is looked up through
//! the gazetteer's own matcher ([`crate::entities::gazetteer`]), so no second gazetteer
//! exists here. Returns extra entities whose mentions are those words.

use super::sentence::{Sent, TokClass};
use crate::model::{Document, Entity, EntityKind, Mention, MentionForm, Span};
use crate::normalize::is_removed_mark;

/// Entities for accusative demonyms (`-يًّا`) not already covered by a mention.
pub(crate) fn accusative(doc: &Document) -> Vec<Entity> {
    let g = crate::entities::gazetteer();
    let mut out: Vec<Entity> = Vec::new();
    for p in &doc.paragraphs {
        let s = Sent::new(&doc.text, p.span);
        for (i, t) in s.toks.iter().enumerate() {
            let w = s.word(i);
            if t.class != TokClass::Word || !w.ends_with("يا") || w.chars().count() < 5 {
                continue;
            }
            // Right after a count, a word that also spells a country (`850 قرغيزيا`, `300
            // سوريا`) is the accusative demonym: the name reading does not hide it there.
            let after_count = i > 0 && s.toks.get(i - 1).is_some_and(|p| p.class == TokClass::Digits);
            let covered = doc.entities.iter().any(|e| {
                e.mentions.iter().any(|m| {
                    m.span.start <= t.span.start
                        && t.span.end <= m.span.end
                        && (m.form == MentionForm::Demonym || !after_count)
                })
            });
            if covered {
                continue;
            }
            let orig = t.span.slice(&doc.text);
            let Some(cut) = orig.rfind('ا') else { continue };
            if !orig[cut + 'ا'.len_utf8()..].chars().all(is_removed_mark) {
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
    out
}
