//! Sources named again: a definite head (`المصدر`, `الوزير`, `المسؤول الأمني`), `ذاته`/`نفسه`,
//! a document of the source (`البيان`, `أرقام المنظمة`), each resolved to the source named before.

use super::{Carry, Source};
use crate::claims::lexicon::SourceNoun;
use crate::claims::view::{DocCtx, View};
use crate::model::{EntityKind, EntityRef};

/// Rule `own_document_anaphor`: `أعلنت خلية الإعلام الأمني في بيان …` then `وأضاف البيان أن`,
/// `نشر المتحدث العسكري بيانا` — a document the speaker issued, named right after the speaker
/// (`في بيان`, `بيانا`), is the speaker's: a later `البيان` refers back to them.
pub(super) fn own_document_named(v: &View<'_>, verb_end: usize, after: usize, src: &Source, carry: &mut Carry) {
    let lex = crate::claims::lexicon::get();
    // `وقالت الخلية في بيان تلقته الوكالة`: the document may stand inside the speaker's words
    // (before what they said), or right after them.
    let inside = (verb_end..=after.min(v.len()))
        .find(|&k| v.s.word(k) == "في" && View::value_at(&lex.source_nouns, &v.source_nouns, k + 1).is_some())
        .map(|k| k + 1);
    let at = inside.unwrap_or(if v.s.word(after) == "في" { after + 1 } else { after });
    // `بيانا`: the accusative is not in the lexicon; its head is.
    if let Some(head) = v.s.word(at).strip_suffix('ا').filter(|h| matches!(*h, "بيان" | "تقرير" | "بلاغ" | "تصريح"))
    {
        carry.remember_document_head(head, src);
    } else if let Some((SourceNoun::Document, h)) = View::value_at(&lex.source_nouns, &v.source_nouns, at) {
        let w = v.s.word(at);
        carry.remember_document_head(w.strip_prefix(h.prefix.as_str()).unwrap_or(w), src);
    }
}

/// Rule `anaphor_to_role_holder`: `وأوضح الوزير` after `وزير الداخلية الهادي المجدوب` was
/// recognized as a person with that role — the role's head word names him.
fn holds_role(ctx: &DocCtx<'_>, n: &Source, head: &str) -> bool {
    let Some(id) = n.r.id.as_deref() else { return false };
    ctx.doc.entities.iter().find(|e| e.id == id).and_then(|e| e.role.as_deref()).is_some_and(|role| {
        let role = crate::normalize::normalize(role);
        let first = role.split_whitespace().next().unwrap_or("");
        first == head || first.strip_prefix("ال") == Some(head)
    })
}

/// Rule `speaker_anaphor`: `وأشار المصدر إلى …` after `أفاد مصدر أمني`, `وأوضح الوزير` after
/// `وزير الداخلية التونسي الهادي المجدوب`, `وأضاف المصدر ذاته` after `حسب معطيات المكتب
/// المركزي` — a definite head noun (with `ذاته`/`نفسه`: any source) names the last source
/// introduced with that head. Returns it, or None when `src` is not such a reference.
pub(super) fn anaphor(ctx: &DocCtx<'_>, src: &Source, carry: &Carry) -> Option<Source> {
    if src.r.id.is_some() {
        return None;
    }
    let folded = crate::normalize::normalize(src.r.name.trim());
    // Rule `document_of_an_anaphor`: `وبحسب أرقام المنظمة` — a document of "the organization"
    // is the document of the body named before.
    if let [doc, body] = folded.split_whitespace().collect::<Vec<_>>().as_slice()
        && matches!(
            *doc,
            "ارقام"
                | "بيانات"
                | "احصاءات"
                | "احصاييات"
                | "تقديرات"
                | "معطيات"
                | "تقرير"
                | "بيان"
        )
        && body.starts_with("ال")
    {
        let inner = Source { r: EntityRef { name: (*body).to_owned(), ..src.r.clone() }, ..src.clone() };
        return anaphor(ctx, &inner, carry)
            .map(|found| Source { r: EntityRef { text: src.r.text.clone(), ..found.r }, ..found });
    }
    // `ذات المصدر`, `نفس المصدر` (the Maghreb's order) are `المصدر ذاته`.
    let folded = match folded.split_once(' ') {
        Some(("ذات" | "نفس", rest)) if rest.starts_with("ال") && !rest.contains(' ') => format!("{rest} ذاته"),
        _ => folded,
    };
    let mut words = folded.split_whitespace();
    let head = words.next()?.strip_prefix("ال")?;
    let rest: Vec<&str> = words.collect();
    let same = matches!(rest.as_slice(), ["ذاته" | "نفسه" | "ذاتها" | "نفسها"]);
    // Rule `official_anaphor`: `وأضاف المسؤول الأمني` after `حبوب الشرقاوي، مدير المكتب
    // المركزي` — a generic official with definite adjectives is the person who last spoke.
    let official = !rest.is_empty()
        && rest.iter().all(|w| w.starts_with("ال"))
        && matches!(head, "مسوول" | "مسووله" | "متحدث" | "ناطق" | "مسوولين");
    if official {
        return carry.named.iter().rev().find(|n| n.r.kind == Some(EntityKind::Person)).map(|n| Source {
            r: EntityRef {
                aliases: Vec::new(),
                id: n.r.id.clone(),
                kind: n.r.kind,
                name: n.r.name.clone(),
                text: src.r.text.clone(),
            },
            span: src.span,
            outlet: false,
        });
    }
    if !same && !rest.is_empty() {
        return None;
    }
    if head.chars().count() < 3 {
        return None;
    }
    // Rule `document_anaphor`: `وأشار البيان إلى …`, `وبحسب التقرير` after `بيان صادر عن
    // وزارة الدفاع`, `تقرير للجنة …` — the definite document noun is that document's issuer.
    if let Some((_, d)) = carry.documents.iter().rev().find(|(h, _)| h == head) {
        return Some(Source {
            r: EntityRef { text: src.r.text.clone(), ..d.r.clone() },
            span: src.span,
            outlet: d.outlet,
        });
    }
    let heads_match = |n: &&Source| {
        let t = crate::normalize::normalize(if n.r.text.is_empty() { &n.r.name } else { &n.r.text });
        let first = t.split_whitespace().next().unwrap_or("");
        let fuller = t.split_whitespace().count() > 1;
        fuller && (first == head || first.strip_prefix("ال") == Some(head))
    };
    // Rule `same_source_by_its_head`: `وفق المصدر نفسه` after `مصدر في الأمن العام` and then
    // `تقديرات غير رسمية`: "the same source" is the last one with that head, when there is one.
    // (Only for a source that speaks, `مصدر`: `المعطيات نفسها` may be the figures of the body
    // that issued them.)
    let same_head = (same && matches!(head, "مصدر" | "مصادر"))
        .then(|| carry.named.iter().rev().find(|n| heads_match(n) && (src.outlet || !n.outlet)))
        .flatten();
    same_head
        .or_else(|| {
            carry.named.iter().rev().find(|n| {
                // `المصدر ذاته` after `قال مصدر أمني لوكالة …`: the source that spoke, not the outlet.
                (same && (src.outlet || !n.outlet)) || heads_match(n) || holds_role(ctx, n, head)
            })
        })
        .map(|n| {
            // The resolved name (and id) beside the words as written (`المصدر`).
            let name = if n.r.id.is_some() || n.r.text.is_empty() { n.r.name.clone() } else { n.r.text.clone() };
            Source {
                r: EntityRef {
                    aliases: Vec::new(),
                    id: n.r.id.clone(),
                    kind: n.r.kind,
                    name,
                    text: src.r.text.clone(),
                },
                span: src.span,
                outlet: n.outlet,
            }
        })
}
