//! The authority acting in a sentence (a court, prosecutor, police, ministry) as the source
//! of a figure no one is said to state.

use super::{Carry, source};
use crate::claims::sentence::without_wa;
use crate::claims::view::{DocCtx, View};

/// Rule `acting_authority`: `قضت الدائرة الأولى إرهاب بمحكمة جنايات القاهرة بمعاقبة 8 متهمين`,
/// `وكانت النيابة العامة قد أحالت 23 متهما` — when no one is said to speak, a court, prosecutor,
/// police, army or ministry that itself did what the count tells (the verb governing it) is
/// the source of the figure. Armed groups are not: they are the perpetrators.
pub(crate) fn acting_authority(
    ctx: &DocCtx<'_>,
    v: &View<'_>,
    verb: Option<&crate::claims::sentence::Hit>,
    carry: &Carry,
) -> Option<crate::model::EntityRef> {
    // With no predicate verb, a sentence opening with a feminine past verb (`قضت`, `أحالت`,
    // `ألقت`) followed by an authority tells what that authority did.
    // `كما قضت المحكمة بمعاقبة 14 متهما`: "also", "then" may come first.
    let first = usize::from(matches!(without_wa(v.s.word(0)), "كما" | "ثم" | "فيما" | "بينما") && v.len() > 2);
    let opening = v.s.word(first);
    let opening = without_wa(opening);
    let subject_at = if let Some(verb) = verb.filter(|h| h.start >= 2 && v.s.word(h.start - 1) == "قد") {
        // `وكانت النيابة العامة قد أحالت`: the subject stands between `كان` and `قد`.
        (verb.start.saturating_sub(10)..verb.start - 1)
            .rev()
            .find(|&k| matches!(v.s.word(k), "كان" | "كانت" | "وكان" | "وكانت"))
            .map(|k| k + 1)?
    } else if let Some(verb) = verb {
        verb.end
    } else if (opening.ends_with('ت') && opening.chars().count() >= 3)
        // `أمر النائب العام بإحالة 14 متهما`: an order or decision opens the authority's act too.
        || matches!(opening, "تمكن" | "نجح" | "قام" | "امر" | "قرر" | "قضي" | "احال" | "اصدر")
    {
        // `تمكن المكتب المركزي للأبحاث القضائية … من تفكيك خلية`: "managed to" opens the
        // authority's own action too.
        first + 1
    } else {
        return None;
    };
    let head = v.s.word(subject_at);
    let head = without_wa(head);
    let authority = [
        "محكمه",
        "المحكمه",
        "الدايره",
        "دايره",
        "النيابه",
        "نيابه",
        "الشرطه",
        "شرطه",
        "السلطات",
        "سلطات",
        "وزاره",
        "الوزاره",
        "قوات",
        "القوات",
        "الجيش",
        "جيش",
        "الاجهزه",
        "اجهزه",
        "المديريه",
        "مديريه",
        "مصالح",
        "المكتب",
        "مكتب",
        "الامن",
        "الحرس",
        "حرس",
        "خفر",
        "قياده",
        "القياده",
        "الاستخبارات",
        "المخابرات",
        "جهاز",
        "الجهاز",
        "الحكومه",
        "حكومه",
        "الادعاء",
        "القضاء",
        "الداخليه",
        // Officers of the law by their title: the holder named after it is the source.
        "النايب",
        "المحامي",
        "المدعي",
        "القاضي",
        "قاضي",
        // The Algerian specialised court (`القطب الجزائي الوطني المتخصص`), a court's chamber.
        "القطب",
        "الغرفه",
    ]
    .contains(&head);
    if !authority {
        return None;
    }
    let (src, _) = source::source_at(ctx, v, subject_at, carry)?;
    let holder = src.r.kind == Some(crate::model::EntityKind::Person);
    (!src.outlet && (holder || src.span.start == v.s.span_of(subject_at, subject_at + 1).start)).then_some(src.r)
}
