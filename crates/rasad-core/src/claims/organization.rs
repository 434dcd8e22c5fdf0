//! The organization of a claim's people: the group named nearest the count in its clause,
//! not the perpetrators, the holders or the sources.

use super::bind::core;
use super::detect::Draft;
use super::sentence::without_wa;
use super::view::{MentionAt, View};
use crate::model::EntityKind;

/// Rule `organization_in_clause`: the armed group or body named nearest the number in its
/// clause (`في صفوف داعش`); `التنظيم` refers back to the document's most named organization.
pub(crate) fn organization<'d>(
    v: &View<'d>,
    d: &Draft<'d>,
    main_org: Option<&'d crate::model::Entity>,
    exclude: &[crate::model::Span],
) -> Option<crate::model::EntityRef> {
    let (a, b) = core(d);
    let lo = v.clause_start(a);
    let hi = v.clause_end(b.saturating_sub(1));
    // Rule `perpetrator_is_not_the_victims_org`: `قتل ستة جنود في هجوم شنه مسلحون يعتقد
    // بانتمائهم إلى القاعدة`, `بانفجار ألغام زرعها الحوثيون` — the group that attacked, planted
    // or was blamed is not the counted people's; civilians belong to no group.
    if d.class == crate::model::SubjectClass::Civilian {
        return None;
    }
    let perpetrator = |m: &super::view::MentionTok<'_>| {
        (m.start.saturating_sub(3)..m.start).any(|k| {
            let w = v.s.word(k);
            let w = without_wa(w);
            [
                "شنه",
                "شنها",
                "شنته",
                "نفذه",
                "نفذها",
                "زرعها",
                "زرعه",
                "تبناه",
                "تبناها",
                "تبنته",
                "ارتكبه",
                "ارتكبها",
                "يد",
                "بنيران",
                "بانتمايهم",
                "بانتمايه",
                "اتهم",
                "اتهمت",
                // Rule `holder_is_not_the_detainees_org`: `محتجزون في سجون قسد`, `مرافق تديرها
                // قوات سوريا الديمقراطية`, `لدى الحوثيين` — who holds the people is not their group.
                "سجون",
                "سجن",
                "معتقلات",
                "لدي",
                "قبضه",
                "تديرها",
                "يديرها",
                "تديره",
                "تحتجزهم",
                "تحتجزها",
                "يحتجزهم",
                // `عرضت على دول التحالف محاكمة 800 مقاتل`: the states of a coalition addressed.
                "دول",
            ]
            .contains(&w)
        })
    };
    let doc_text_ref = |m: &MentionAt<'d>| m.span;
    // Rule `members_of`: `10 آلاف عنصر من داعش` in `سجون قسد` — the group named right after the
    // counted noun with `من` (or `في صفوف`) is theirs, whatever is nearer before the number.
    let members_of = |m: &&super::view::MentionTok<'d>| {
        (v.s.word(b) == "من" && m.start == b + 1)
            || (v.s.word(b) == "في" && v.s.word(b + 1) == "صفوف" && m.start == b + 2)
    };
    // Rule `state_agent_is_not_the_peoples_org`: `أوقفت مفارز للجيش الوطني الشعبي (1.035) مهاجرا`
    // — a state body (an army, a ministry, an agency of a country) named before the count acted on
    // the people; only soldiers and police are its own.
    let state_agent = |m: &super::view::MentionTok<'_>| {
        m.end <= a
            && d.class != crate::model::SubjectClass::SecurityPersonnel
            && crate::entities::gazetteer().get(&m.m.entity.id).is_some_and(|e| e.parent.is_some())
    };
    let orgs = || {
        v.mentions
            .iter()
            .filter(|m| m.m.entity.kind == EntityKind::Organization && m.start >= lo && m.end <= hi)
            .filter(|m| !perpetrator(m) && !state_agent(m))
            .filter(|m| !exclude.iter().any(|s| s.contains(doc_text_ref(&m.m))))
    };
    let best = orgs()
        .find(members_of)
        .or_else(|| orgs().min_by_key(|m| if m.start >= b { m.start - b } else { a.saturating_sub(m.end) + 1 }));
    if let Some(m) = best {
        return Some(crate::model::EntityRef {
            aliases: Vec::new(),
            id: Some(m.m.entity.id.clone()),
            kind: Some(m.m.entity.kind),
            name: m.m.entity.name_ar.clone(),
            text: String::new(),
        });
    }
    let anaphor = (lo..hi).find(|&i| matches!(v.s.word(i), "التنظيم" | "للتنظيم" | "بالتنظيم" | "والتنظيم"));
    let e = main_org.filter(|_| anaphor.is_some())?;
    Some(crate::model::EntityRef {
        aliases: Vec::new(),
        id: Some(e.id.clone()),
        kind: Some(e.kind),
        name: e.name_ar.clone(),
        text: anaphor.map(|i| v.s.word(i).to_owned()).unwrap_or_default(),
    })
}
