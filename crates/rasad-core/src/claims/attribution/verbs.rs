//! Which words around a speech verb speak and which do not: a report named inside another
//! speaker's words, the accuser before the accused, speech words that are nouns, estimates in
//! the passive, `نقل` that moves people, the subject of a sentence's opening verb.

use super::source::{self, source_at};
use super::{Carry, Source, scope, unnamed};
use crate::claims::sentence::{has_article, without_wa};
use crate::claims::view::{DocCtx, View};
use crate::model::EntityKind;

/// The words of a report named as the subject of a speech verb at `verb`, inside what another
/// speaker said (from `from`): `إن التقرير الأخير للأمين العام يشير`, `أن تقريرا أمميا حديثا
/// يقدر`. Returns their tokens: a document noun, then at most seven words, no punctuation (a
/// quote mark aside), number or predicate, up to the verb.
pub(super) fn nested_report(v: &View<'_>, from: usize, verb: usize) -> Option<(usize, usize)> {
    let lo = from.max(verb.saturating_sub(8));
    let document = |w: &str| {
        let w = without_wa(w);
        let w = w.strip_prefix("ال").unwrap_or(w);
        let w = w.strip_suffix('ا').filter(|r| r.ends_with('ر') || r.ends_with('ن')).unwrap_or(w);
        matches!(
            w,
            "تقرير"
                | "دراسه"
                | "بيانات"
                | "ارقام"
                | "احصاءات"
                | "احصاييات"
                | "تقديرات"
                | "معطيات"
                | "وثيقه"
                | "بيان"
                | "لايحه"
                | "مذكره"
                | "اوراق"
        )
    };
    let a = (lo..verb).find(|&k| document(v.s.word(k)))?;
    let clean = (a + 1..verb).all(|k| {
        (!v.s.is_punct(k) || v.is_quote(k))
            && View::at(&v.predicates, k).is_none()
            && !v.numbers.iter().any(|n| n.start <= k && k < n.end)
            && !v.is_date(k)
    });
    // `أن "تقرير فريق العمل …`: an opening quote stays outside the report's name.
    let b = if verb > a + 1 && v.is_quote(verb - 1) { verb - 1 } else { verb };
    clean.then_some((a, b))
}

/// `اتهم`, `يتهم`, `اتهمت`: a verb of accusing, whose object (the accused) follows its subject.
pub(super) fn accusation(verb: &str) -> bool {
    let w = crate::normalize::normalize(verb);
    let w = w.strip_prefix('و').or_else(|| w.strip_prefix('ف')).unwrap_or(&w);
    ["اتهم", "يتهم", "تتهم"].iter().any(|p| w.starts_with(p))
}

/// Rule `accuser_not_accused`: `واتهم مسؤولون أتراك تنظيم داعش بالوقوف وراء التفجير` — after a
/// verb of accusing, the subject ends where the accused begins: at a named entity after the
/// first word, or at the `ب` of the charge (`بقتل`). The accused never speaks.
pub(super) fn accuser(ctx: &DocCtx<'_>, v: &View<'_>, from: usize, found: (Source, usize)) -> (Source, usize) {
    let (src, after) = &found;
    let end = (from + 1..*after).find(|&k| {
        v.mentions
            .iter()
            .any(|m| m.start == k && matches!(m.m.entity.kind, EntityKind::Organization | EntityKind::Person))
            || (v.s.word(k).starts_with('ب') && View::at(&v.predicates, k).is_some())
    });
    match end {
        Some(k) if v.s.span_of(from, k).end <= src.span.start || v.s.span_of(from, k).end < src.span.end => {
            let span = v.s.span_of(from, k);
            (unnamed(span.slice(&ctx.doc.text), span, false), k)
        }
        _ => found,
    }
}

/// Rule `definite_speech_word_is_a_noun`: `فضل عدم الكشف عن هويته`, `بعد الإعلان` — a speech
/// word with the article is a verbal noun: nobody speaks there.
pub(super) fn definite_speech_noun(h: &crate::claims::sentence::Hit) -> bool {
    has_article(&h.prefix)
}

/// Rule `negated_masdar_is_not_speech`: `طلب عدم كشف هويته`, `فضّل عدم نشر اسمه` — a speech
/// word after `عدم` ("not …-ing") is a verbal noun inside a request for anonymity: nobody
/// speaks there, and `هويته`/`اسمه` after it is no speaker.
/// The same holds after a preposition (`المتخصصة في رصد النزاعات`, `بعد نشر التقرير`): a
/// finite verb never follows one.
pub(super) fn negated_masdar(v: &View<'_>, h: &crate::claims::sentence::Hit) -> bool {
    h.start > 0
        && matches!(v.s.word(h.start - 1), "عدم" | "بعدم" | "في" | "بعد" | "قبل" | "عن" | "خلال" | "اثر" | "عقب" | "منذ")
}

/// The subject of the sentence's opening verb (`وكانت X قد …`, `أطلقت X …`), when it is shaped
/// like a source and ends before token `before`.
pub(super) fn opening_subject(ctx: &DocCtx<'_>, v: &View<'_>, before: usize, carry: &Carry) -> Option<Source> {
    let w = v.s.word(0);
    let w = without_wa(w);
    let opens = matches!(w, "كان" | "كانت") || (w.ends_with('ت') && w.chars().count() >= 3);
    if !opens || before < 3 || View::at(&v.speech, 0).is_some() {
        return None;
    }
    let (src, end) = source_at(ctx, v, 1, carry)?;
    let institution = source::institution_noun(v, 1) || View::at(&v.unnamed, 1).is_some() || src.r.id.is_some();
    (end < before && institution && scope::source_shaped(v, &src)).then_some(src)
}

/// Rule `passive_estimate`: `مجموعة مسلحة يقدر عددها بنحو 15 عنصرا` — "whose number is
/// estimated at": an estimate verb followed by "their number" is passive and names no speaker.
pub(super) fn passive_estimate(v: &View<'_>, h: &crate::claims::sentence::Hit) -> bool {
    let w = v.s.word(h.start);
    let w = without_wa(w);
    matches!(w, "يقدر" | "تقدر") && v.s.word(h.end).starts_with("عدد")
}

/// Rule `transfer_is_not_quoting`: `كما نقل نحو 700 قاصر إلى مكان آمن` — `نقل` quotes only
/// with `عن` after it (`نقلت الصحيفة عن مسؤول`); without it, it moves people.
pub(super) fn transfer(v: &View<'_>, h: &crate::claims::sentence::Hit) -> bool {
    let w = v.s.word(h.start);
    // The outlet's name, an adjective, its acronym in brackets and a comma may come before `عن`.
    w.contains("نقل") && !(h.end..v.len().min(h.end + 12)).any(|k| v.s.word(k) == "عن")
}
