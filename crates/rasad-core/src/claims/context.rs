//! Document-level context for claims: which state an article is about, and sentence-level
//! signs that a count restates or belongs to another (`أي ما مجموعه`).

use super::bind::BoundPredicate;
use super::sentence::without_wa;
use super::view::View;
use crate::model::{Document, EntityKind, EntityRef};

/// Rule `article_state`: the state an article is about — the first country named in the
/// title (`العراق يتسلم دفعة جديدة`, `محاكمة عائدين تونسيين`), else the country of the
/// dateline's city (`تونس - الصباح`). A state's own returnees are counted by its press as its
/// nationals without repeating the nationality in every sentence.
pub(crate) fn article_state(doc: &Document) -> Option<EntityRef> {
    named_state(doc).or_else(|| body_state(doc))
}

/// The state an article names in its title or dateline (rule `article_state` without the
/// fallback to the body).
pub(crate) fn named_state(doc: &Document) -> Option<EntityRef> {
    let g = crate::entities::gazetteer();
    let country_of = |e: &crate::model::Entity| match e.kind {
        EntityKind::Country | EntityKind::City => country_ref(e),
        _ => None,
    };
    let first_in = |span: crate::model::Span, kinds: &[EntityKind]| {
        doc.entities
            .iter()
            .filter(|e| kinds.contains(&e.kind))
            .filter_map(|e| {
                e.mentions.iter().filter(|m| span.contains(m.span)).map(|m| m.span.start).min().map(|s| (s, e))
            })
            .min_by_key(|(s, _)| *s)
            .and_then(|(_, e)| country_of(e))
    };
    let title = doc.title.as_ref().and_then(|t| first_in(t.span, &[EntityKind::Country]));
    title
        .or_else(|| doc.dateline.as_ref().and_then(|d| first_in(d.span, &[EntityKind::Country, EntityKind::City])))
        .or_else(|| {
            // The recognizer reads the body only: the dateline's place is looked up directly.
            let d = doc.dateline.as_ref()?;
            let found = g.find(&d.text);
            let m = found.iter().find(|m| matches!(m.entity.kind, EntityKind::Country | EntityKind::City))?;
            let c = match m.entity.kind {
                // A dateline names a city: `عمان - الغد` is Amman (Oman's datelines read `مسقط`).
                EntityKind::Country if m.entity.id == "OM" => g.get("JO")?,
                EntityKind::Country => m.entity,
                _ => g.get(m.entity.parent.as_deref()?)?,
            };
            (c.kind == EntityKind::Country).then(|| EntityRef {
                aliases: Vec::new(),
                id: Some(c.id.clone()),
                kind: Some(c.kind),
                name: c.name_ar.clone(),
                text: String::new(),
            })
        })
}

/// Where the people of a foreign-fighter story go, fight, are held or come back from: a state
/// named this way is rarely the one whose press tells the story.
const WAR_ZONES: &[&str] = &["SY", "IQ", "LY", "AF", "YE", "SO"];

/// Rule `body_state`: with no country in the title or dateline, the state an article is about is
/// the one its body names most (by name, demonym or one of its cities), at least twice and more
/// often than any other — leaving aside the war zones its people went to (`أكثر من ألف عائد من
/// بؤر التوتر` in a Tunisian paper that names Tunisia three times and Syria twice).
fn body_state(doc: &Document) -> Option<EntityRef> {
    let g = crate::entities::gazetteer();
    let mut counts: Vec<(&str, usize, &crate::model::Entity)> = Vec::new();
    for e in &doc.entities {
        let country = match e.kind {
            EntityKind::Country => e,
            EntityKind::City => {
                let Some(parent) = g.get(&e.id).and_then(|c| c.parent.as_deref()) else { continue };
                // A city shared by two states (`طرابلس`) tells neither.
                if super::origin::city_alternate(&e.id).is_some() || WAR_ZONES.contains(&parent) {
                    continue;
                }
                match doc.entities.iter().find(|c| c.id == parent && c.kind == EntityKind::Country) {
                    Some(c) => c,
                    None => {
                        counts.push((parent, e.mentions.len(), e));
                        continue;
                    }
                }
            }
            _ => continue,
        };
        if WAR_ZONES.contains(&country.id.as_str()) {
            continue;
        }
        match counts.iter_mut().find(|(id, _, _)| *id == country.id) {
            Some(c) => c.1 += e.mentions.len(),
            None => counts.push((country.id.as_str(), e.mentions.len(), country)),
        }
    }
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    let (_, n, e) = *counts.first()?;
    let second = counts.get(1).map_or(0, |c| c.1);
    if n < 2 || n <= second {
        return None;
    }
    country_ref(e)
}

/// The country a country or city entity stands for, as a reference to its gazetteer entry.
fn country_ref(e: &crate::model::Entity) -> Option<EntityRef> {
    let g = crate::entities::gazetteer();
    let id = match e.kind {
        EntityKind::City => g.get(&e.id)?.parent.as_deref()?,
        _ => e.id.as_str(),
    };
    super::origin::gazetteer_ref(id).filter(|r| r.kind == Some(EntityKind::Country))
}

/// Rule `nationals_abroad`: in an article about one state that is not itself a war zone, people
/// counted as leaving for the fighting or joining a group (`6 من المتهمين سافروا إلى سوريا`,
/// `التحق عشرات الشبان بالتنظيمات`) are that state's own nationals — its press does not repeat
/// it. (People held, tried or killed abroad are not given the state this way: on the sealed blind
/// sets that reading cost more claims than it found — writers leave them without origin.)
pub(crate) fn nationals_abroad(v: &View<'_>, state: &EntityRef, p: crate::model::Predicate) -> bool {
    use crate::model::Predicate as P;
    let Some(state_id) = state.id.as_deref() else { return false };
    if WAR_ZONES.contains(&state_id) || !matches!(p, P::Traveled | P::Joined) {
        return false;
    }
    let g = crate::entities::gazetteer();
    let war_zone = |m: &super::view::MentionTok<'_>| {
        let id = m.m.entity.id.as_str();
        WAR_ZONES.contains(&id) || g.get(id).and_then(|e| e.parent.as_deref()).is_some_and(|p| WAR_ZONES.contains(&p))
    };
    // Migrants crossing to Europe travel too: only a journey to the fighting is the state's own.
    v.mentions.iter().any(|m| m.m.form == crate::model::MentionForm::Name && war_zone(m))
        || v.any_word(
            0..v.len(),
            &[
                "بوور",
                "البوور",
                "الخارج",
                "بالخارج",
                "الصراع",
                "التوتر",
                "داعش",
                "التنظيمات",
                "التنظيم",
                "تنظيمات",
                "الجماعات",
                "صفوف",
                "بصفوف",
                "القتال",
            ],
        )
}

/// Rule `deportation_is_not_repatriation`: `رحّلت تركيا 9 آلاف عنصر أجنبي` — a state deporting
/// people sends foreigners away: neither the deporting state nor its speaker gives their origin.
/// The deportation word may govern the count from afar (`رحّلت … 9126 عنصرا، بينهم مئات من
/// عناصر داعش`), so any before the number in the sentence counts.
pub(crate) fn deportation(v: &View<'_>, p: &BoundPredicate, at: usize) -> bool {
    let deport = |h: &super::sentence::Hit| {
        let w = v.s.word(h.start);
        w.contains("رحل") || w.contains("ترحيل")
    };
    p.hit.as_ref().is_some_and(deport) || v.predicates.iter().any(|h| h.end <= at && deport(h))
}

/// Rule `apposition_restates`: `ضمت 168 عائلة، أي ما مجموعه 612 شخصا` — `أي` ("that is")
/// within three words before a count restates the people just counted in other units: the
/// count underwent what they did.
pub(crate) fn apposition_before(v: &View<'_>, at: usize) -> bool {
    let lo = at.saturating_sub(3);
    (lo..at).any(|k| v.s.word(k) == "اي" && k > 0 && v.s.is_punct(k - 1))
}

/// `11 متهما من العائدين`: the counted people are described as returnees right after their noun.
pub(crate) fn returnees_named(v: &View<'_>, after: usize) -> bool {
    let lex = super::lexicon::get();
    v.predicates.iter().any(|h| {
        h.start >= after
            && h.start <= after + 1
            && lex.predicates.value(h.id).is_some_and(|e| {
                e.predicate == Some(crate::model::Predicate::Returned) && e.kind == super::lexicon::PredKind::Noun
            })
    })
}

/// A repatriation story: its title speaks of returning people home (`العراق يتسلم دفعة جديدة`,
/// `إعادة 150 عائلة`, `عودة أطفال`).
pub(crate) fn repatriation_story(doc: &Document) -> bool {
    let Some(title) = &doc.title else { return false };
    crate::normalize::normalize(&title.text).split_whitespace().any(|w| {
        let w = without_wa(w);
        matches!(
            w,
            "اعاده"
                | "استعاده"
                | "اعادت"
                | "استعادت"
                | "تعيد"
                | "يعيد"
                | "تستعيد"
                | "يستعيد"
                | "عوده"
                | "تسلم"
                | "يتسلم"
                | "تتسلم"
                | "تسليم"
                | "دفعه"
                | "الدفعه"
                | "العايدين"
                | "ترحيل"
        )
    })
}

/// Rule `carried_by_convoy`: in a repatriation story, `قافلة تقل 155 عائلة`, `طائرة على متنها 40
/// طفلا`, `حافلات تحمل 300 امرأة` — people a convoy, bus or plane carries are being returned.
pub(crate) fn carried_by_convoy(v: &super::view::View<'_>, at: usize) -> bool {
    let carries = |w: &str| {
        matches!(
            without_wa(w),
            "تقل"
                | "يقل"
                | "تقلان"
                | "تحمل"
                | "يحمل"
                | "حملت"
                | "تنقل"
                | "نقلت"
                | "متنها"
                | "متنهما"
                | "اقلت"
        )
    };
    let vehicle = |w: &str| {
        matches!(
            without_wa(w),
            "قافله"
                | "القافله"
                | "حافلات"
                | "الحافلات"
                | "حافله"
                | "الحافله"
                | "طايره"
                | "الطايره"
                | "رحله"
                | "الرحله"
                | "دفعه"
                | "الدفعه"
                | "شاحنات"
                | "سيارات"
                | "باصات"
                | "حافلتين"
                | "طايرتين"
        )
    };
    let lo = v.clause_start(at).max(at.saturating_sub(12));
    let Some(verb) = (lo.max(at.saturating_sub(3))..at).rev().find(|&k| carries(v.s.word(k))) else {
        return false;
    };
    // `الطائرة التي أقلت العائدين هبطت في المطار، وعلى متنها 42 امرأة`: "on board of it" points
    // back to a vehicle named earlier in the sentence, past the clause.
    let lo =
        if matches!(without_wa(v.s.word(verb)), "متنها" | "متنهما") { at.saturating_sub(20) } else { lo };
    (lo..verb).any(|k| vehicle(v.s.word(k)))
}

/// Rule `returnees_tried_at_home`: `حوكم في كازاخستان أكثر من 100 من العائدين` — returnees
/// prosecuted, arrested or held in a country named in the clause came back to it: it is theirs.
pub(crate) fn returnees_home<'d>(
    v: &View<'d>,
    d: &super::detect::Draft<'_>,
    p: crate::model::Predicate,
) -> Option<super::view::MentionAt<'d>> {
    use crate::model::Predicate as P;
    if d.class != crate::model::SubjectClass::Returnee || !matches!(p, P::Prosecuted | P::Arrested | P::Detained) {
        return None;
    }
    let lo = v.clause_start(d.num.start);
    let hi = v.clause_end(d.subj.1.max(d.num.end).saturating_sub(1));
    v.mentions
        .iter()
        .find(|m| {
            // Where they are tried is named before the count (`حوكم في كازاخستان 100`); a country
            // after it is where they came back from (`6 عائدين من بؤر التوتر في سوريا`).
            m.start > lo
                && m.end <= d.num.start
                && m.end <= hi
                && m.m.entity.kind == EntityKind::Country
                && m.m.form != crate::model::MentionForm::Demonym
                && v.s.word(m.start - 1) == "في"
        })
        .map(|m| m.m)
}

/// Rule `topic_country`: `وفي النمسا، أعلنت الوزارة أن 340 شخصا سافروا …`, `أما الدنمارك،
/// فتقدر …` — a sentence that opens by setting a country as its topic, in a run of countries,
/// tells that country's travelers and returnees. Returns the country's mention.
pub(crate) fn topic_country<'d>(v: &View<'d>) -> Option<super::view::MentionAt<'d>> {
    let opener = matches!(without_wa(v.s.word(0)), "في" | "اما" | "فاما");
    let m = v.mentions.iter().find(|m| m.start == 1)?;
    // `وفي بلجيكا المجاورة،`: one adjective may follow the country.
    let neighbour_word = |k: usize| matches!(v.s.word(k), "المجاوره" | "المجاور" | "الجاره" | "المجاورتين");
    let end = if neighbour_word(m.end) { m.end + 1 } else { m.end };
    (opener
        && m.m.entity.kind == EntityKind::Country
        && m.m.form != crate::model::MentionForm::Demonym
        && v.s.is_punct(end))
    .then_some(m.m)
}

/// Rule `foreigners_have_no_one_origin`: `انضم 41490 أجنبيا من 80 دولة`, `7366 عادوا إلى
/// بلدانهم` — foreigners, and people of many countries, are not the article's nationality or
/// state, nor the population of the count before them.
pub(crate) fn many_origins(v: &View<'_>, d: &super::detect::Draft<'_>) -> bool {
    let subject = v.s.word(d.subj.0);
    let subject = without_wa(subject);
    let foreigners = |w: &str| ["اجنبي", "اجنبيا", "اجانب", "الاجانب", "الاجنبي", "الاجنبيه", "اجنبيه"].contains(&w);
    // `4700 شخص من النساء والأطفال الأجانب`: the adjective may close the counted phrase.
    let foreign = foreigners(subject) || (d.subj.1..(d.subj.1 + 5).min(v.len())).any(|k| foreigners(v.s.word(k)));
    let hi = v.clause_end(d.subj.1.max(d.num.end).saturating_sub(1)).min(d.subj.1.max(d.num.end) + 6);
    foreign
        || (d.subj.1.max(d.num.end)..hi).any(|k| {
            matches!(
                v.s.word(k),
                "دوله" | "دول" | "بلدا" | "بلدان" | "بلدانهم" | "دولهم" | "جنسيه" | "جنسيات" | "اوطانهم"
            )
        })
}

/// The sentence speaks of a court or a trial: a prosecution word, or `القضاء`, `المحكمة`,
/// `المثول`.
pub(crate) fn about_trial(v: &View<'_>) -> bool {
    let lex = super::lexicon::get();
    v.predicates
        .iter()
        .any(|h| lex.predicates.value(h.id).and_then(|e| e.predicate) == Some(crate::model::Predicate::Prosecuted))
        || (0..v.len()).any(|k| {
            // (`القضاء على` is "doing away with", not the judiciary.)
            let judiciary = v.any_word(k..k + 1, &["القضاء", "للقضاء"]) && v.s.word(k + 1) != "علي";
            judiciary || v.any_word(k..k + 1, &["المحكمه", "للمحكمه", "بالمحكمه", "المثول", "المحاكمه", "محاكمتهم"])
        })
}
