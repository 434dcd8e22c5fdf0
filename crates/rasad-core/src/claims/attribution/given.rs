//! Figures a body gave, told without a speech verb: `الرقم الذي قدمته وزارة الداخلية يتحدث عن
//! 3 آلاف`, `ما نشره المركز الدولي …، إذ أحصى 41 ألفا`, `الأرقام التي يقدمها المكتب المركزي:
//! 1659 مقاتلا` — analysis pieces set many sources' numbers side by side this way.

use super::{Carry, Event, scope, source::source_at};
use crate::claims::lexicon::SpeechKind;
use crate::claims::view::{DocCtx, View};

/// Stems of verbs that issue figures (`قدم`, `نشر`, `أعلن`, `أصدر`, `أورد`, `أعد`), in the past
/// and the present, folded.
const ISSUING: [&str; 14] =
    ["قدم", "نشر", "اعلن", "اصدر", "اورد", "اعد", "ذكر", "يقدم", "ينشر", "يعلن", "يصدر", "يورد", "تقدم", "تنشر"];

/// `قدمته`, `يقدمها`, `نشره`, `أعلنتها`: an issuing verb with the figure as its object pronoun.
pub(super) fn issuing_verb_with_object(w: &str) -> bool {
    ["تها", "ته", "ها", "ه"].iter().any(|suffix| {
        w.strip_suffix(suffix).is_some_and(|stem| {
            let stem = stem.strip_suffix('ت').filter(|_| suffix.starts_with('ت')).unwrap_or(stem);
            ISSUING.contains(&stem) || stem.strip_suffix('ت').is_some_and(|s| ISSUING.contains(&s))
        })
    })
}

/// Rule `figures_given_by`: a relative (`ما`, `الذي`, `التي`) then an issuing verb with the
/// figure as its object, then who issued it: that source speaks for the counts after it.
/// A later pronoun verb of the sentence (`، إذ أحصى`) goes on in its name.
pub(super) fn figures_given_by(ctx: &DocCtx<'_>, v: &View<'_>, carry: &Carry, events: &mut Vec<Event>) {
    for k in 0..v.len().saturating_sub(2) {
        if !matches!(v.s.word(k), "ما" | "الذي" | "التي" | "الذين") || !issuing_verb_with_object(v.s.word(k + 1))
        {
            continue;
        }
        let Some((src, after)) = source_at(ctx, v, k + 2, carry) else { continue };
        if src.outlet || !scope::source_shaped(v, &src) {
            continue;
        }
        for e in events.iter_mut().filter(|e| e.at > k && e.speaker.is_none() && e.kind != SpeechKind::Impersonal) {
            e.speaker = Some(src.clone());
            e.cited = None;
        }
        events.push(Event {
            at: k,
            verb: v.s.word(k + 1).to_owned(),
            speaker: Some(src),
            cited: None,
            postposed: false,
            content_from: after,
            explicit: true,
            kind: SpeechKind::Say,
            addressed: false,
        });
    }
}

/// Rule `own_report`: `قدّر فريق الرصد، في تقريره الدوري، أن …` then `وأشار التقرير إلى` — a
/// document with a possessive pronoun (`تقريره`, `بيانها`, `دراسته`) is the speaker's own:
/// `التقرير` later refers back to that speaker.
pub(super) fn own_documents(v: &View<'_>, events: &[Event], carry: &mut Carry) {
    let Some(speaker) = events.iter().rev().find(|e| e.explicit).and_then(|e| e.speaker.clone().or(e.cited.clone()))
    else {
        return;
    };
    for k in 0..v.len() {
        let w = crate::claims::sentence::without_wa(v.s.word(k));
        let w = w.strip_prefix('ب').or_else(|| w.strip_prefix('ف')).unwrap_or(w);
        let noun = ["تقرير", "بيان", "دراس", "احصاي", "تقدير"].iter().find_map(|stem| {
            let rest = w.strip_prefix(stem)?;
            matches!(rest, "ه" | "ها" | "هم" | "اته" | "اتها" | "ته" | "تها").then_some(*stem)
        });
        if let Some(stem) = noun {
            let head = match stem {
                "دراس" => "دراسه",
                "احصاي" => "احصاييه",
                s => s,
            };
            carry.remember_document_head(head, &speaker);
        }
    }
}

/// Rule `document_relayed_by_outlet`: `وفقا لبيانات رسمية نقلتها الوكالة`, `بحسب وثيقة أمنية
/// سرية اطلعت عليها وكالة الصحافة الفرنسية`, `بحسب ما نقلته صحيفة "جاكرتا بوست" عن الوكالة
/// الوطنية` — after a citation marker, a document (or `ما`) that an outlet relayed, saw or got:
/// the document (or whom the outlet quotes after `عن`) speaks, the outlet is cited. Returns the
/// event, or None when the words after the marker are not shaped so.
pub(super) fn relayed_by_outlet(
    ctx: &DocCtx<'_>,
    v: &View<'_>,
    marker: (usize, usize),
    carry: &Carry,
) -> Option<Event> {
    let (at, from) = marker;
    // `قتل 70 شخصا …، بحسب وثيقة …`: a marker after counts attributes them.
    let postposed = v.numbers.iter().any(|n| n.start < at);
    let relay = (from..v.len().min(from + 6)).find(|&k| {
        matches!(
            v.s.word(k),
            "نقلتها"
                | "نقلها"
                | "نقلته"
                | "نقله"
                | "اطلعت"
                | "اطلع"
                | "حصلت"
                | "حصل"
                | "نشرتها"
                | "نشرها"
                | "اوردتها"
                | "اوردها"
        )
    })?;
    // Only document words (or `ما`) stand between the marker and the relaying verb.
    if (from..relay).any(|k| v.s.is_punct(k) || v.numbers.iter().any(|n| n.start == k)) {
        return None;
    }
    let outlet_at = if matches!(v.s.word(relay + 1), "عليها" | "عليه") { relay + 2 } else { relay + 1 };
    let (outlet, after) = source_at(ctx, v, outlet_at, carry).filter(|(s, _)| s.outlet)?;
    // Rule `document_obtained_from`: `بحسب إحصائية حصلت عليها نورث برس من إدارة المخيم` — the
    // figures come from whom the outlet got them.
    if v.s.word(after) == "من"
        && let Some((sp, after2)) = source_at(ctx, v, after + 1, carry)
    {
        return Some(relay_event(at, sp, outlet, after2, postposed));
    }
    let what = if relay == from + 1 && v.s.word(from) == "ما" {
        // `بحسب ما نقلته X عن Y`: whom the outlet quotes speaks.
        if v.s.word(after) != "عن" {
            return None;
        }
        let (sp, after2) = source_at(ctx, v, after + 1, carry)?;
        return Some(relay_event(at, sp, outlet, after2, postposed));
    } else {
        let span = v.s.span_of(from, relay);
        let text = span.slice(&ctx.doc.text).trim_start_matches('ل');
        super::unnamed(text, span, false)
    };
    if relay == from {
        return None;
    }
    Some(relay_event(at, what, outlet, after, postposed))
}

fn relay_event(
    at: usize,
    speaker: super::Source,
    outlet: super::Source,
    content_from: usize,
    postposed: bool,
) -> Event {
    Event {
        at,
        verb: String::new(),
        speaker: Some(speaker),
        cited: Some(outlet),
        postposed,
        content_from,
        explicit: true,
        kind: SpeechKind::Quote,
        addressed: false,
    }
}

#[cfg(test)]
mod tests {
    use super::issuing_verb_with_object;

    #[test]
    fn issuing_verbs_take_the_figure_as_object() {
        for w in ["قدمته", "يقدمها", "نشره", "اعلنتها", "اصدرته", "نشرها"] {
            assert!(issuing_verb_with_object(w), "{w}");
        }
        for w in ["قدم", "نشر", "ذكرت", "قاله"] {
            assert!(!issuing_verb_with_object(w), "{w}");
        }
    }
}
