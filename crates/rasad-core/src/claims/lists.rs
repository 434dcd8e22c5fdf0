//! How the counts of one sentence relate to each other and to what came before: list items
//! joined by `و`, companions (`إضافة إلى`), the composition of a batch (`الدفعة تضم`), a breakdown
//! by nationality, a ranking of countries. The rules that use these live in `extract`.

use super::Found;
use super::detect;
use super::sentence::without_wa;
use super::view::View;

/// `إضافة إلى`, `برفقة`, `مع`, `فضلا عن` within three tokens before token `at`.
pub(super) fn companion_before(v: &View<'_>, at: usize) -> bool {
    v.any_word(
        at.saturating_sub(3)..at,
        &["اضافه", "بالاضافه", "برفقه", "رفقه", "مع", "ومع", "فضلا", "جانب", "بصحبه", "صحبه"],
    )
}

/// `الدفعة الجديدة تضم` just before token `at` (a qualifier may stand between).
/// Rule `operation_included`: in a repatriation story the batch may be the operation named
/// earlier in the sentence, across a clause (`إن العملية جرت بدعم من الولايات المتحدة، وشملت 8
/// نساء`) — but not when a camp or prison holding people stands between them.
pub(super) fn batch_composition(v: &View<'_>, at: usize, story: bool) -> bool {
    let holds = |w: &str| {
        let w = without_wa(w);
        matches!(
            w,
            "تضم"
                | "يضم"
                | "ضمت"
                | "ضم"
                | "تضمنت"
                | "شملت"
                | "تشمل"
                | "يشمل"
                | "اقلت"
                | "تتكون"
                | "يتكون"
                | "تكونت"
                | "تالفت"
                | "تتالف"
        )
    };
    let batch = |w: &str| {
        let w = without_wa(w);
        matches!(w, "الدفعه" | "دفعه" | "القافله" | "قافله" | "الرحله" | "رحله" | "الطايره" | "طايره")
    };
    // `المجموعة التي وصلت إلى المطار … تضم`: a group that arrived is a batch too.
    // (`وصلت` begins with `و` itself: the word is matched with and without the conjunction.)
    let arrived = |w: &str| {
        let forms = |w: &str| matches!(w, "وصلت" | "وصل" | "وصلوا" | "الواصله" | "القادمه" | "القادمين" | "العايده");
        forms(w) || w.strip_prefix('و').is_some_and(forms)
    };
    let lo = v.clause_start(at);
    // Rule `batch_header`: `الدفعة الثانية (شباط): 203 عائلات` — a list line naming a batch,
    // then a colon and the count, says what the batch held.
    // The colon opens a clause, so the batch word is looked for in the sentence before it.
    if at > 0 && v.s.word(at - 1) == ":" && (at.saturating_sub(8)..at).any(|k| batch(v.s.word(k))) {
        return true;
    }
    let Some(verb) = (lo.max(at.saturating_sub(4))..at).rev().find(|&k| holds(v.s.word(k))) else {
        return false;
    };
    // `وتضم الدفعة 16 أما`: the batch may follow its verb.
    if (verb + 1..at).any(|k| batch(v.s.word(k))) {
        return true;
    }
    let operation = |w: &str| batch(w) || matches!(without_wa(w), "العمليه" | "عمليه" | "المجموعه");
    let holder = |w: &str| {
        let w = without_wa(w);
        ["مخيم", "المخيم", "سجن", "السجن", "سجون", "السجون"].iter().any(|h| w.starts_with(h))
    };
    // `الدفعة … القادمة من مخيم الهول إلى مخيم الجدعة … وتضم 187 عائلة`: the camp they came from,
    // or the one they are taken to, is where the batch goes, not a population of its own.
    let holds_them = |k: usize| holder(v.s.word(k)) && !(k > 0 && matches!(v.s.word(k - 1), "من" | "الي"));
    let across = || {
        let far = verb.saturating_sub(32);
        (far..verb).rev().take_while(|&k| !holds_them(k)).any(|k| operation(v.s.word(k)))
    };
    (lo.max(verb.saturating_sub(4))..verb).any(|k| batch(v.s.word(k)))
        || (lo.max(verb.saturating_sub(14))..verb).any(|k| arrived(v.s.word(k)))
        || (story && across())
}

/// Rule `nationality_breakdown`: `سبعة كويتيين وخمسة سعوديين وثلاثة باكستانيين و13 شخصا من
/// المقيمين` — when the list's last two items name different nationalities, the list splits
/// people by origin, and an item without one is none of them.
pub(super) fn nationality_breakdown(in_sentence: &[Found]) -> bool {
    match in_sentence {
        [.., a, b] => match (&a.claim.origin, &b.claim.origin) {
            (Some(x), Some(y)) => x.id != y.id || x.name != y.name,
            _ => false,
        },
        _ => false,
    }
}

/// Rule `glued_and_in_list`: `ثماني عشرة امرأة وواحدا وأربعين طفلا` — the `و` joining a list
/// item is glued to a numeral written in words; the number mention starts after it.
pub(super) fn glued_and(v: &View<'_>, d: &detect::Draft<'_>) -> bool {
    v.s.toks.get(d.num.start).is_some_and(|t| d.num.n.span.start > t.span.start)
        && v.s.word(d.num.start).starts_with('و')
}

/// Words of a ranking (`في المقدمة`, `تليها`, `في المرتبة الثانية`).
pub(super) fn ranking_words(v: &View<'_>) -> bool {
    (0..v.len()).any(|k| {
        matches!(
            crate::claims::sentence::without_wa(v.s.word(k)),
            "المقدمه"
                | "تليها"
                | "يليها"
                | "تلتها"
                | "تلاها"
                | "المرتبه"
                | "الصداره"
                | "تتصدر"
                | "تصدرت"
                | "يتصدر"
        )
    })
}
