//! Events told by the words right around a count rather than by a predicate word of the clause:
//! the place people were taken to, what holds them, the `عن` of a release across an aside, a
//! rescue at sea, a death sentence carried out, people handing themselves over; and what the
//! words around a count say of it otherwise (an illness's patients, a count exceeded). Each
//! rule is one function; [`event`] asks the first ones in order. `a` is the count's first token
//! (its qualifier or number), `b` the token after its counted noun.

use super::bind::BoundPredicate;
use super::detect::Draft;
use super::sentence::without_wa;
use super::view::View;
use crate::model::Predicate;

/// The event the words around the count tell, by the first rule that applies.
/// `rescue_right_before`: a rescue word (`إنقاذ`) stands right before the count.
pub(super) fn event(v: &View<'_>, a: usize, b: usize, rescue_right_before: bool) -> Option<Predicate> {
    if taken_to_an_unknown_place(v, b) {
        return Some(Predicate::Kidnapped);
    }
    if held_by_a_prison(v, a, b) {
        return Some(Predicate::Detained);
    }
    if prosecution_around_its_count(v, a, b) {
        return Some(Predicate::Prosecuted);
    }
    if release_across_an_aside(v, a) || from_captivity(v, b) {
        return Some(Predicate::Released);
    }
    if rescue_right_before && sea_crossing(v) {
        return Some(Predicate::Prevented);
    }
    None
}

/// Rule `taken_to_an_unknown_place`: `اعترضوا الحافلة واقتادوا 9 ركاب إلى جهة مجهولة` — people
/// led away to an unknown place were abducted, whatever verb stopped them first.
fn taken_to_an_unknown_place(v: &View<'_>, b: usize) -> bool {
    (b..(b + 2).min(v.len())).any(|k| {
        (v.s.word(k) == "الي" && v.s.word(k + 1).starts_with("جه") && v.s.word(k + 2) == "مجهوله")
            || (v.s.word(k) == "لجهه" && v.s.word(k + 1) == "مجهوله")
    })
}

/// Rule `held_by_a_prison`: `السجون العراقية تضم نحو 21 ألف محكوم`, `يقضي 23 منهم أحكاما` —
/// people a prison holds, or who serve their sentences, are detained.
fn held_by_a_prison(v: &View<'_>, a: usize, b: usize) -> bool {
    if a == 0 {
        return false;
    }
    let prison = |k: usize| {
        let w = without_wa(v.s.word(k));
        let w = w.strip_prefix("ال").unwrap_or(w);
        matches!(w, "سجون" | "سجن" | "معتقلات" | "معتقل")
    };
    let verb = without_wa(v.s.word(a - 1));
    let holds = matches!(verb, "تضم" | "يضم" | "تحتجز" | "يحتجز" | "تاوي" | "ياوي");
    let serving = matches!(verb, "يقضي" | "يقضون" | "تقضي" | "يقضين")
        && (b..(b + 3).min(v.len())).any(|k| v.s.word(k).starts_with("احكام") || v.s.word(k).starts_with("عقوب"));
    (holds && (a.saturating_sub(4)..a - 1).any(prison)) || serving
}

/// Rule `prosecution_around_its_count`: `متابعة 141 منهم قضائيا` — the Maghreb's judicial
/// pursuit with its count between the two words.
fn prosecution_around_its_count(v: &View<'_>, a: usize, b: usize) -> bool {
    a > 0
        && without_wa(v.s.word(a - 1)).ends_with("متابعه")
        && (b..(b + 3).min(v.len())).any(|k| v.s.word(k) == "قضاييا")
}

/// Rule `release_across_an_aside`: `أفرجت في أبريل الماضي، من طرف واحد، عن 16 أسيرا` — the
/// `عن` of a release verb reaches its count across an aside (a comma right before `عن`).
fn release_across_an_aside(v: &View<'_>, a: usize) -> bool {
    let release_verb = |k: usize| {
        let w = v.s.word(k).trim_start_matches(['و', 'ف']);
        ["افرج", "يفرج", "تفرج", "الافراج"].iter().any(|r| w.starts_with(r))
    };
    a > 1 && v.s.word(a - 1) == "عن" && v.s.word(a - 2) == "," && (a.saturating_sub(12)..a - 2).any(release_verb)
}

/// Rule `back_from_captivity`: `إعادة 84 عسكريا من الأسر` — people brought back from captivity
/// were released.
fn from_captivity(v: &View<'_>, b: usize) -> bool {
    (b..(b + 3).min(v.len())).any(|k| v.s.word(k) == "من" && v.s.word(k + 1) == "الاسر")
}

/// Rule `rescued_at_sea_were_stopped` (with a rescue right before the count): `أحبط حراس
/// السواحل محاولات هجرة …، وتم إنقاذ (168) شخصا` — migrants rescued from their boats were stopped
/// from crossing, not freed. True when the sentence tells of irregular crossing by sea.
fn sea_crossing(v: &View<'_>) -> bool {
    (0..v.len()).any(|k| {
        let w = v.s.word(k).trim_start_matches(['و', 'ف', 'ب', 'ل']);
        let w = w.strip_prefix("ال").unwrap_or(w);
        ["هجره", "مهاجر", "اجتياز", "مجتاز", "قارب", "قوارب", "سواحل", "زورق", "مركب", "الابحار", "ابحار"]
            .iter()
            .any(|c| w.starts_with(c))
    })
}

/// Rule `executions_carried_out`: `نفذت السلطات حكم الإعدام بحق 13 رجلا`, `تنفيذ حكم القتل
/// تعزيرا بحق 81 شخصا` — a death sentence carried out before the count is a killing, whatever
/// verdict or past the people's own words tell (`أدينوا`); a sentence merely passed is a trial.
pub(super) fn executions_carried_out(v: &View<'_>, lo: usize, a: usize) -> bool {
    let carried = |k: usize| {
        let w = v.s.word(k).trim_start_matches(['و', 'ف', 'ب']);
        matches!(w, "نفذت" | "نفذ" | "نفذوا" | "تنفيذ" | "تنفذ" | "ينفذ")
    };
    let death = |k: usize| matches!(v.s.word(k), "الاعدام" | "القتل" | "القصاص" | "بالاعدام");
    (lo.max(a.saturating_sub(10))..a).any(|k| carried(k) && (k + 1..(k + 5).min(a)).any(death))
}

/// Rule `intercepted_and_brought_back`: `412 مهاجرا اعتُرضوا قبالة السواحل وأعيدوا إلى ليبيا` —
/// a return told after an interception (before the return word at `at`) brought migrants back
/// to where they set out from: their journey was stopped; they did not come home.
pub(super) fn intercepted_before(v: &View<'_>, at: usize) -> bool {
    (0..at).any(|k| {
        let w = without_wa(v.s.word(k));
        w.starts_with("اعترض") || w.starts_with("اعتراض")
    })
}

/// Rule `displaced_by_default_hosted_in_camps`: the displaced (`نازح`) are counted for their
/// flight (`2.9 مليون نازح`), unless the sentence tells where they are hosted (`يؤوي مخيم الهول
/// عشرات الآلاف من النازحين`, `في المخيمات`): then they are present there.
pub(super) fn hosted_in_a_camp(v: &View<'_>) -> bool {
    (0..v.len()).any(|k| {
        let w = without_wa(v.s.word(k));
        let w = w.strip_prefix("ال").unwrap_or(w);
        ["مخيم", "يووي", "تووي", "يستضيف", "تستضيف"].iter().any(|c| w.starts_with(c))
    })
}

/// Rule `disease_cases_are_not_casualties`: `المصابين بالفيروس`, `150 مصابا بالسرطان` — people
/// "struck" by an illness are patients, not the wounded of an attack: no claim.
pub(crate) fn disease_cases(v: &View<'_>, d: &Draft<'_>, p: &BoundPredicate) -> bool {
    if p.predicate != Predicate::Wounded {
        return false;
    }
    let (a, b) = super::bind::core(d);
    let (lo, hi) = (v.clause_start(a), v.clause_end(b.saturating_sub(1)));
    (lo..hi).any(|k| {
        let w = v.s.word(k);
        w.starts_with('ب')
            && [
                "فيروس",
                "الفيروس",
                "كورونا",
                "كوفيد",
                "السرطان",
                "سرطان",
                "الكوليرا",
                "كوليرا",
                "مرض",
                "امراض",
                "الامراض",
                "الحصبه",
                "الملاريا",
                "الايدز",
                "الوباء",
                "وباء",
                "السكري",
                "التيفويد",
            ]
            .contains(&&w[2..])
    })
}

/// Rule `count_exceeded`: `تجاوز عدد القتلى 150 قتيلا`, `فاق عدد النازحين مليون شخص` — a verb
/// of exceeding whose subject is "the number of …" makes the count a floor.
pub(crate) fn exceeded_count(v: &View<'_>, d: &Draft<'_>) -> bool {
    let a = d.num.start;
    let lo = v.clause_start(a).max(a.saturating_sub(6));
    (lo..a).any(|k| {
        let w = v.s.word(k);
        let w = without_wa(w);
        ["تجاوز", "يتجاوز", "تتجاوز", "تخطي", "يتخطي", "تتخطي", "فاق", "يفوق", "تفوق", "تعدي", "يتعدي"].contains(&w)
            && (k + 1..a).any(|j| matches!(v.s.word(j), "عدد" | "حصيله" | "اعداد"))
    })
}

/// Rule `reflexive_surrender`: `سلّم إرهابيان آخران نفسيهما`, `سلم 12 مسلحا أنفسهم للجيش` — the
/// verb "hand over" with a reflexive object after the counted people: they gave themselves
/// up. The verb (any person, `و`/`ف` in front) stands before the number in its clause, the
/// reflexive at most three words after the counted noun.
pub(super) fn reflexive_surrender(v: &View<'_>, lo: usize, a: usize, b: usize, hi: usize) -> bool {
    let hand_over = |w: &str| {
        let w = w.strip_prefix('و').or_else(|| w.strip_prefix('ف')).unwrap_or(w);
        let stem = w.strip_prefix('ي').or_else(|| w.strip_prefix('ت')).unwrap_or(w);
        stem.starts_with("سلم") && stem.chars().count() <= 5
    };
    let reflexive = |w: &str| matches!(w, "نفسه" | "نفسها" | "نفسيهما" | "انفسهم" | "انفسهن" | "نفسهما" | "انفسهما");
    (lo.max(a.saturating_sub(4))..a).any(|k| hand_over(v.s.word(k)))
        && (b..(b + 3).min(hi)).any(|k| reflexive(v.s.word(k)))
}
