//! The origin of the counted people: which country, region or nationality they are from,
//! by demonym, nationality phrase, `من <place>`, or the country that took them back.

use super::bind::{BoundPredicate, core};
use super::detect::Draft;
use super::lexicon::{OriginMarker, PredKind};
use super::sentence::Hit;
use super::sentence::without_wa;
use super::view::{MentionAt, View};
use crate::model::{Document, EntityKind, Predicate};

/// Which rule gave the origin (for tests and debugging).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum OriginRule {
    DemonymSubject,
    DemonymAfterSubject,
    Nationality,
    FromPlace,
    ReturnDestination,
    RepatriatingCountry,
    LeftCountry,
    CountedDemonym,
}

fn place_within<'d>(v: &View<'d>, from: usize, within: usize, hi: usize) -> Option<MentionAt<'d>> {
    v.mentions
        .iter()
        .find(|m| m.start >= from && m.start <= from + within && m.start < hi && m.m.is_place())
        .map(|m| m.m)
}

/// The country next to a repatriation verb (`استعادت فرنسا`, `ألمانيا أعادت`): who took
/// the people back.
fn agent_country<'a, 'd>(v: &'a View<'d>, p: &BoundPredicate) -> Option<&'a super::view::MentionTok<'d>> {
    let h = p.hit.as_ref().filter(|_| p.kind == Some(PredKind::Agent) && p.predicate == Predicate::Returned)?;
    let before = agent_subject_end(v, h.start);
    v.mentions
        .iter()
        .find(|m| {
            // `بالتعاون مع الولايات المتحدة، استعادت`: a comma ends the partner's phrase.
            m.m.entity.kind == EntityKind::Country
                && ((m.start >= h.end && m.start <= h.end + 1)
                    || (m.end <= before && before - m.end <= 1 && !v.s.is_punct(m.end)))
        })
        .or_else(|| agent_of_the_operation(v, h))
}

/// Rule `agent_of_the_operation`: `عملية إعادة نفذتها الحكومة الألمانية بالتعاون مع الولايات
/// المتحدة، استعادت خلالها 10 نساء`, `كازاخستان … أطلقت برنامجا …، أعادت خلالها 607 أشخاص` — a
/// repatriation verb "during which" has the operation's state as its subject: the first
/// country named in the sentence, not the partner nearest the verb.
fn agent_of_the_operation<'a, 'd>(v: &'a View<'d>, h: &Hit) -> Option<&'a super::view::MentionTok<'d>> {
    if !matches!(v.s.word(h.end), "خلالها" | "خلاله" | "بموجبها" | "بموجبه") {
        return None;
    }
    v.mentions.iter().find(|m| m.m.entity.kind == EntityKind::Country && m.end <= h.start)
}

/// Rule `agent_across_qad`: `وكانت طاجيكستان قد أعادت` — the auxiliary `قد` stands between a
/// repatriating subject and its verb. Returns the token where the subject must end.
fn agent_subject_end(v: &View<'_>, verb: usize) -> usize {
    if verb > 0 && v.s.word(verb - 1) == "قد" { verb - 1 } else { verb }
}

/// Rule `repatriating_capital`: `برلين أعادت 12 امرأة`, `استعادت موسكو 26 طفلا` — a capital
/// standing for its state next to a repatriation verb: the people are that state's. Returns
/// the gazetteer id of the country.
pub(crate) fn agent_capital(v: &View<'_>, p: &BoundPredicate) -> Option<String> {
    let h = p.hit.as_ref().filter(|_| p.kind == Some(PredKind::Agent) && p.predicate == Predicate::Returned)?;
    let before = agent_subject_end(v, h.start);
    let g = crate::entities::gazetteer();
    v.mentions
        .iter()
        .filter(|m| {
            m.m.entity.kind == EntityKind::City
                && ((m.start >= h.end && m.start <= h.end + 1) || (m.end <= before && before - m.end <= 1))
        })
        .find_map(|m| g.get(&m.m.entity.id)?.parent.clone())
        .filter(|id| g.get(id).is_some_and(|e| e.kind == EntityKind::Country))
}

/// True when another place is coordinated right after `m` (`ألمانيا والدنمارك`).
fn coordinated(v: &View<'_>, m: &super::view::MentionTok<'_>) -> bool {
    v.mentions.iter().any(|o| {
        o.m.is_place()
            && ((o.start == m.end + 1 && v.s.word(m.end) == "و")
                || (o.start == m.end && v.s.word(m.end).starts_with('و')))
    })
}

/// Rule `joint_repatriation`: `أعادت ألمانيا والدنمارك في عملية مشتركة 11 امرأة` — two
/// countries took the people back together, so no single origin may be guessed for them
/// (not even from the announcing ministry's nationality).
pub(crate) fn joint_repatriation(v: &View<'_>, p: &BoundPredicate) -> bool {
    agent_country(v, p).is_some_and(|m| coordinated(v, m))
}

/// Rule `own_nationals`: `أن بلاده أعادت 110 من مواطنيها`, `وكانت أستانا قد أعادت 47 من
/// مواطنيها` — "its citizens" belong to the country (or the capital standing for it) named
/// last before the number in the sentence. Returns the gazetteer id of that country.
/// When the sentence names no country, the previous one may (`وقال نائب وزير الخارجية الطاجيكي:`
/// before a quoted `500 من مواطنينا`).
pub(crate) fn own_nationals(v: &View<'_>, d: &Draft<'_>, previous: Option<&View<'_>>) -> Option<String> {
    let w = v.s.word(d.subj.0);
    let w = without_wa(w);
    // `500 من مواطنينا`: "our citizens", said by an official of the state named before.
    let citizens = ["مواطنيها", "مواطنيه", "مواطنيهم", "رعاياها", "رعاياه", "رعاياهم", "مواطنينا", "رعايانا"];
    // Rule `left_its_territory`: `أن 160 شخصا على الأقل سافروا من أراضيها` — people who left
    // "its territory" are of the country named before, as its citizens are.
    let territory = |k: usize| {
        v.s.word(k) == "من" && matches!(v.s.word(k + 1), "اراضيها" | "اراضيه" | "ترابها" | "بلادها" | "بلادهم")
    };
    let own_territory = (d.num.end..(d.num.end + 6).min(v.len().saturating_sub(1))).any(territory);
    if !own_territory && (d.subj.1 != d.subj.0 + 1 || !citizens.contains(&w)) {
        return None;
    }
    let g = crate::entities::gazetteer();
    let country_of = |m: &super::view::MentionTok<'_>| match m.m.entity.kind {
        EntityKind::Country => Some(m.m.entity.id.clone()),
        EntityKind::City => g
            .get(&m.m.entity.id)
            .and_then(|c| c.parent.clone())
            .filter(|id| g.get(id).is_some_and(|e| e.kind == EntityKind::Country)),
        _ => None,
    };
    v.mentions
        .iter()
        .rev()
        .filter(|m| m.end <= d.num.start)
        .find_map(country_of)
        .or_else(|| previous?.mentions.iter().rev().find_map(country_of))
}

/// The origin of the counted people, by the first rule that applies:
/// `demonym_as_subject` (`100 كازخي`), `demonym_after_subject` (`الارهابيين الشيشان`),
/// `nationality_phrase` (`يحملون الجنسية الألمانية`), `origin_from_place`
/// (`مقاتل من آسيا الوسطى`, `يتحدرون من`; not after a return or flight, where `من` names
/// the place they left), `return_destination` (`عادوا إلى أوروبا`: one returns home), and
/// `repatriating_country` (`استعادت فرنسا 35 طفلا`).
pub(crate) fn origin<'d>(v: &View<'d>, d: &Draft<'d>, p: &BoundPredicate) -> Option<(MentionAt<'d>, OriginRule)> {
    let lex = super::lexicon::get();
    if let Some(m) = d.demonym {
        // Rule `mixed_nationalities`: `عشرات الآلاف من السوريين والعراقيين` — two nationalities
        // coordinated: no single origin. A demonym with its own count after it (`و7 يمنيين
        // وسوري واحد`) is the list's next item, not a second nationality of these people.
        let own_count = |o: &super::view::MentionTok<'_>| {
            matches!(v.s.word(o.end), "واحد" | "واحده" | "اثنان" | "اثنين" | "اخر" | "اخرون" | "اخرين")
        };
        let mixed = v.mentions.iter().filter(|o| !own_count(o)).any(|o| {
            o.start > d.subj.0
                && o.start <= d.subj.1 + 1
                && o.m.entity.id != m.entity.id
                && o.m.form == crate::model::MentionForm::Demonym
                && v.s.word(o.start).starts_with('و')
                || (o.start == d.subj.1 + 1 && v.s.word(d.subj.1) == "و" && o.m.entity.id != m.entity.id)
        });
        if mixed {
            return None;
        }
        return Some((m, OriginRule::DemonymSubject));
    }
    let (a, b) = core(d);
    let hi = v.clause_end(b.saturating_sub(1));
    let after = d.subj.1;
    // Rule `several_nationalities`: `41 متهما من عدة جنسيات بينهم إماراتيون` — people of mixed
    // nationality have no one origin.
    if (after..(after + 4).min(v.len())).any(|k| matches!(v.s.word(k), "جنسيات" | "الجنسيات")) {
        return None;
    }
    // Rule `subset_demonym_is_not_the_head's`: `130 شخصا بينهم سودانيان` — a demonym behind
    // `بينهم`/`منهم` names some of them, not all.
    // `3 من الإسكندرية وسودانيان اثنان`: a demonym opening with `و` is the list's next item.
    let subset = |k: usize| {
        (after..k).any(|j| matches!(v.s.word(j), "بينهم" | "منهم" | "بينهن" | "منهن" | "و"))
            || v.s.word(k).starts_with('و')
    };
    if let Some(m) = v.mentions.iter().find(|m| {
        m.m.is_place()
            && m.start < hi
            && (m.start == after
                || (m.start > after
                    && m.start <= after + 2
                    && m.m.form == crate::model::MentionForm::Demonym
                    && !subset(m.start)))
    }) {
        // `الأطفال السوريين والعراقيين`, `طفل سوري وعراقي`: two nationalities, no one origin.
        let coordinated = v.mentions.iter().any(|o| {
            o.m.form == crate::model::MentionForm::Demonym
                && o.m.entity.id != m.m.entity.id
                && ((o.start == m.end && v.s.word(o.start).starts_with('و'))
                    || (o.start == m.end + 1 && v.s.word(m.end) == "و"))
        });
        if coordinated {
            return None;
        }
        return Some((m.m, OriginRule::DemonymAfterSubject));
    }
    // `30 من العائدين من سوريا`: returnees come back *from* the place named.
    // Rule `participle_of_return_marks_departure`: `6 متهمين عائدين من سوريا` — whatever the
    // claim's predicate, `من` after a return participle names the place left.
    let return_participle = v.predicates.iter().any(|h| {
        h.start >= after
            && h.start <= after + 2
            && lex
                .predicates
                .value(h.id)
                .and_then(|e| e.predicate)
                .is_some_and(|p| matches!(p, Predicate::Returned | Predicate::Fled))
    });
    let moved_away = return_participle
        || matches!(p.predicate, Predicate::Returned | Predicate::Fled | Predicate::Released)
        || matches!(d.implied, Some(Predicate::Returned | Predicate::Fled))
        || d.class == crate::model::SubjectClass::Returnee;
    for h in v.origin_markers.iter().filter(|h| h.start >= after && h.start <= after + 4 && h.start < hi) {
        match lex.origin_markers.value(h.id) {
            Some(OriginMarker::Nationality) => {
                if let Some(m) = place_within(v, h.end, 2, hi) {
                    return Some((m, OriginRule::Nationality));
                }
            }
            Some(OriginMarker::From) => {
                // `من تونس`, `من دول آسيا الوسطى` — not `من قوات النظام السوري`.
                // Rule `kin_of_nationals`: `26 طفلا من أبناء مواطنين روس`, `من عائلات مقاتلين
                // فرنسيين` — children and wives take their parents' and husbands' nationality.
                let kin = |w: &str| {
                    matches!(
                        w,
                        "ابناء"
                            | "اطفال"
                            | "عايلات"
                            | "عوايل"
                            | "اسر"
                            | "زوجات"
                            | "ارامل"
                            | "ذوي"
                            | "مواطنين"
                            | "رعايا"
                            | "مقاتلين"
                            | "عناصر"
                    )
                };
                let skip = if matches!(v.s.word(h.end), "دول" | "بلدان" | "مختلف" | "جمهوريات" | "منطقه" | "اصل")
                {
                    1
                } else {
                    (0..2).take_while(|&k| kin(v.s.word(h.end + k))).count()
                };
                let plain_min = v.s.word(h.start) == "من" && h.end == h.start + 1;
                let of_kin = skip > 0 && kin(v.s.word(h.end));
                // Only a kin phrase, never a place left behind, after a return or a flight —
                // unless the count is an item of a breakdown (`أعيد 23 طفلا، بينهم 14 من الشيشان
                // و9 من داغستان`): there `من` after the bare number says where they are from.
                let breakdown_item = h.start == d.num.end
                    && (d.num.start.saturating_sub(6)..d.num.start).any(|k| matches!(v.s.word(k), "بينهم" | "بينهن"));
                if plain_min && moved_away && !of_kin && !breakdown_item {
                    continue;
                }
                // A city (`شاب من الموصل`) stands for its country (mapped by the caller).
                let place = |m: &&super::view::MentionTok<'_>| m.m.is_place() || m.m.entity.kind == EntityKind::City;
                // After a kin phrase only a nationality counts (`من أبناء مقاتلين في سوريا` is not Syria).
                let place = |m: &&super::view::MentionTok<'_>| {
                    place(m) && (!of_kin || m.m.form == crate::model::MentionForm::Demonym)
                };
                if let Some(m) = v.mentions.iter().find(|m| m.start == h.end + skip && m.start < hi && place(m)) {
                    return Some((m.m, OriginRule::FromPlace));
                }
            }
            _ => {}
        }
    }
    if p.predicate == Predicate::Returned {
        // The return's destination follows the return word (or the returnee noun).
        let from = p.hit.as_ref().map_or(d.subj.0, |h| h.end).max(v.clause_start(a));
        // Rule `destination_not_qualifier`: `أعادت نحو 84 طفلا من العراق` — `نحو` inside the
        // number is "about", not "towards". A destination after the counted people is theirs
        // (`11 عنصرا إلى ألمانيا و7 إلى فرنسا`), before any other.
        // `بالإضافة إلى العراقيين`: "in addition to" adds people; it names no destination.
        let in_addition =
            |h: &Hit| h.start > 0 && matches!(without_wa(v.s.word(h.start - 1)), "بالاضافه" | "اضافه" | "علاوه");
        let is_to = |h: &&Hit| {
            h.start < hi
                && !in_addition(h)
                && !(d.num.start..d.num.end).contains(&h.start)
                && lex.origin_markers.value(h.id) == Some(&OriginMarker::To)
        };
        let to = v
            .origin_markers
            .iter()
            .filter(is_to)
            .find(|h| h.start >= b && h.start <= b + 3)
            .or_else(|| v.origin_markers.iter().filter(is_to).find(|h| h.start >= from));
        if let Some(to) = to
            && let Some(m) = place_within(v, to.end, 4, hi)
        {
            return Some((m, OriginRule::ReturnDestination));
        }
        if let Some(m) = agent_country(v, p)
            // `أعادت ألمانيا والدنمارك 11 امرأة`: two countries, no single origin.
            && !coordinated(v, m)
        {
            return Some((m.m, OriginRule::RepatriatingCountry));
        }
    }
    // Rule `force_strength_demonym`: `قوة رواندية قوامها ألف جندي` — the strength of a national
    // force: its soldiers are of the nationality the force is described with.
    if a > 0
        && matches!(v.s.word(a - 1), "قوامها" | "قوامه" | "تعدادها" | "تعداده")
        && let Some(m) =
            v.mentions.iter().rev().find(|m| {
                m.end < a && m.end + 3 >= a && m.m.form == crate::model::MentionForm::Demonym && m.m.is_place()
            })
    {
        return Some((m.m, OriginRule::Nationality));
    }
    // Rule `deployed_by_a_state`: `ونشرت رواندا نحو 4 آلاف جندي` — troops a state deployed are its own.
    if d.class == crate::model::SubjectClass::SecurityPersonnel
        && let Some(m) = v.mentions.iter().find(|m| {
            m.end == a
                && m.start > 0
                && m.m.entity.kind == EntityKind::Country
                && v.any_word(m.start - 1..m.start, &["نشرت", "نشر", "ارسلت", "ارسل", "دفعت", "دفع"])
        })
    {
        return Some((m.m, OriginRule::RepatriatingCountry));
    }
    // Rule `left_country`: `غادروا ألمانيا` — the country a traveler leaves is home.
    if p.predicate == Predicate::Traveled
        && let Some(h) = &p.hit
        && p.kind == Some(PredKind::Verb)
        && let Some(m) = v.mentions.iter().find(|m| m.m.entity.kind == EntityKind::Country && m.start == h.end)
    {
        return Some((m.m, OriginRule::LeftCountry));
    }
    // Rule `exporting_state`: `طاجيكستان وحدها صدّرت نحو 1900 مقاتل` — the state that sent them.
    if p.predicate == Predicate::Traveled
        && let Some(h) = &p.hit
        && matches!(without_wa(v.s.word(h.start)), "صدرت" | "صدر")
        && let Some(m) = v.mentions.iter().rev().find(|m| {
            m.m.entity.kind == EntityKind::Country
                && m.end <= h.start
                && (m.end == h.start || (m.end + 1 == h.start && matches!(v.s.word(m.end), "وحدها" | "وحده")))
        })
    {
        return Some((m.m, OriginRule::RepatriatingCountry));
    }
    // Rule `counted_demonym`: `عدد التونسيين الذين انضموا … بأكثر من 5500 شخص`.
    let lo = v.clause_start(a);
    // `عدد الأطفال التونسيين`: the demonym may follow the counted noun.
    let demonym_from = |at: usize| {
        v.mentions.iter().find(|m| m.start == at && m.m.form == crate::model::MentionForm::Demonym && m.m.is_place())
    };
    if let Some(m) = v.counting.iter().filter(|c| c.start >= lo && c.end <= a).find_map(|c| {
        demonym_from(c.end).or_else(|| v.subjects.iter().find(|h| h.start == c.end).and_then(|h| demonym_from(h.end)))
    }) {
        return Some((m.m, OriginRule::CountedDemonym));
    }
    // Rule `gapped_country_item`: `، وبلجيكا بما يقارب 500 مقاتل` — the country the list item opens with.
    super::detect::gapped_country(v, &d.num)
        .map(|m| (m.m, OriginRule::FromPlace))
        .or_else(|| ranked_country(v, d).map(|m| (m, OriginRule::FromPlace)))
        .or_else(|| country_before_bracketed_count(v, d).map(|m| (m, OriginRule::FromPlace)))
        .or_else(|| mothers_nationality(v, d).map(|m| (m, OriginRule::Nationality)))
}

/// Rule `children_share_the_mothers_nationality`: `قرابة خمسين امرأة فرنسية ونحو 120 طفلا`,
/// `25 عائلة بريطانية ما زالت في المخيمات، تضم قرابة 60 طفلا` — children counted right after
/// women or families of a stated nationality, coordinated with them or said to be among them,
/// are of that nationality. Only across a few words, with no other count between.
fn mothers_nationality<'d>(v: &View<'d>, d: &Draft<'d>) -> Option<MentionAt<'d>> {
    if d.class != crate::model::SubjectClass::Child {
        return None;
    }
    let lex = super::lexicon::get();
    let start = d.num.start;
    let m = v.mentions.iter().rev().find(|m| {
        m.end <= start
            && m.end + 8 >= start
            && m.m.form == crate::model::MentionForm::Demonym
            && m.m.is_place()
            && v.subjects.iter().any(|h| {
                h.end == m.start
                    && lex.subjects.value(h.id).is_some_and(|e| {
                        matches!(e.class, crate::model::SubjectClass::Woman | crate::model::SubjectClass::Family)
                    })
            })
    })?;
    if v.numbers.iter().any(|n| n.start >= m.end && n.start < start) {
        return None;
    }
    // What joins the children to the women: `و` on the count (or its qualifier), or a verb of
    // containing (`تضم`), possibly after the women's own clause.
    let joined = v.s.word(start).starts_with('و')
        || (start > 0 && v.s.word(start - 1).starts_with('و') && start - 1 == m.end)
        || v.any_word(m.end..start, &["تضم", "يضم", "تضمان", "يضمون", "معهن", "برفقتهن", "بينهم", "منهم"]);
    joined.then_some(m.m)
}

/// Rule `ranked_country`: `فرنسا تتصدر قائمة الدول المصدرة للمقاتلين بنحو 1900 شخص`, `وتأتي
/// تونس في المرتبة الأولى بأكثر من 5 آلاف مقاتل` — a country said to lead or hold a rank
/// "with" a count: the count is its people.
fn ranked_country<'d>(v: &View<'d>, d: &Draft<'d>) -> Option<MentionAt<'d>> {
    let by = |w: &str| w.starts_with('ب');
    let by_before = d.num.start > 0 && by(v.s.word(d.num.start - 1));
    if !(by(v.s.word(d.num.start)) || by_before) {
        return None;
    }
    let lo = v.clause_start(d.num.start);
    let ranks = |w: &str| {
        matches!(
            without_wa(w),
            "تتصدر"
                | "تصدرت"
                | "يتصدر"
                | "تصدر"
                | "تحتل"
                | "احتلت"
                | "تاتي"
                | "جاءت"
                | "حلت"
                | "تحل"
        )
    };
    let verb = (lo..d.num.start).find(|&k| ranks(v.s.word(k)))?;
    v.mentions
        .iter()
        .find(|m| {
            m.m.entity.kind == EntityKind::Country
                && m.m.form != crate::model::MentionForm::Demonym
                && m.start >= lo
                && (m.end == verb || m.start == verb + 1)
        })
        .map(|m| m.m)
}

/// Rule `country_before_bracketed_count`: `ثم مقدونيا الشمالية (155)، وألبانيا (144)` — in a
/// list of countries each with its count in brackets, the count is the country's people.
fn country_before_bracketed_count<'d>(v: &View<'d>, d: &Draft<'d>) -> Option<MentionAt<'d>> {
    if v.s.word(d.num.start) != "(" || d.subj.1 > d.num.end {
        return None;
    }
    v.mentions
        .iter()
        .find(|m| {
            m.end == d.num.start
                && m.m.entity.kind == EntityKind::Country
                && m.m.form != crate::model::MentionForm::Demonym
        })
        .map(|m| m.m)
}

/// The nationality an article is about: the country whose plural demonym (`المغاربة`,
/// `التونسيين`, `المغربيات` — people, not the singular adjectives of bodies and places such as
/// `المرصد السوري`) is written at least twice and clearly more often than any other.
pub(super) fn article_nationality(doc: &Document) -> Option<crate::model::EntityRef> {
    // Plural demonyms only: the singular (`كويتي`), the feminine (`كويتية`) and the dual
    // (`سودانيان`, two people) say nothing of the article's population.
    let plural = |t: &str| {
        let f = crate::normalize::normalize(t.trim());
        !(f.ends_with('ي') || f.ends_with("يه") || f.ends_with("يا") || f.ends_with("يان"))
    };
    let mut counts: Vec<(usize, &crate::model::Entity)> = doc
        .entities
        .iter()
        .filter(|e| e.kind == crate::model::EntityKind::Country)
        .map(|e| {
            (e.mentions.iter().filter(|m| m.form == crate::model::MentionForm::Demonym && plural(&m.text)).count(), e)
        })
        .filter(|(n, _)| *n >= 2)
        .collect();
    counts.sort_by_key(|c| std::cmp::Reverse(c.0));
    let (n, e) = *counts.first()?;
    if counts.get(1).is_some_and(|(m, _)| 2 * n < 3 * m) {
        return None;
    }
    Some(crate::model::EntityRef {
        aliases: Vec::new(),
        id: Some(e.id.clone()),
        kind: Some(e.kind),
        name: e.name_ar.clone(),
        text: String::new(),
    })
}

/// Rule `ambiguous_city_country`: the other countries that have a city of this gazetteer
/// city's name (`data/claims/city_alternates.tsv`), comma-separated.
pub(super) fn city_alternate(id: &str) -> Option<&'static str> {
    include_str!("../../data/claims/city_alternates.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .find_map(|l| l.split_once('\t').filter(|(city, _)| *city == id).map(|(_, alts)| alts))
}

/// Rule `origin_city_to_country`: `40 شابا من الموصل` — people come from a country; a city
/// named as their origin stands for the country it lies in. City names repeat across
/// countries (Tripoli in Libya and in Lebanon): when the article gives people another
/// nationality (`لبنانيين`) and never names the gazetteer's country, the city is taken for a
/// homonym: the namesake's country when the article names one listed for the city in
/// `city_alternates.tsv`, else no origin.
pub(super) fn city_to_country(doc: &Document, r: crate::model::EntityRef) -> Option<crate::model::EntityRef> {
    if r.kind != Some(crate::model::EntityKind::City) {
        return Some(r);
    }
    let g = crate::entities::gazetteer();
    let c =
        r.id.as_deref()
            .and_then(|id| g.get(id))
            .and_then(|c| c.parent.as_deref())
            .and_then(|p| g.get(p))
            .filter(|c| c.kind == crate::model::EntityKind::Country)?;
    let countries = || doc.entities.iter().filter(|e| e.kind == crate::model::EntityKind::Country);
    if !countries().any(|e| e.id == c.id)
        && let Some(alt) =
            r.id.as_deref()
                .and_then(city_alternate)
                .and_then(|alts| countries().find(|e| alts.split(',').any(|a| a.trim() == e.id)))
    {
        return Some(crate::model::EntityRef {
            aliases: Vec::new(),
            id: Some(alt.id.clone()),
            kind: Some(alt.kind),
            name: alt.name_ar.clone(),
            text: r.text,
        });
    }
    let other_nationality =
        countries().any(|e| e.id != c.id && e.mentions.iter().any(|m| m.form == crate::model::MentionForm::Demonym));
    if other_nationality && !countries().any(|e| e.id == c.id) {
        return None;
    }
    Some(crate::model::EntityRef {
        aliases: Vec::new(),
        id: Some(c.id.clone()),
        kind: Some(c.kind),
        name: c.name_ar.clone(),
        text: r.text,
    })
}

/// Rule `partitive_antecedent_demonym`: `انضم مئات المقاتلين التونسيين … وعاد 300 منهم` — when
/// the part's antecedent was not itself a claim, the nationality named before the part in
/// its sentence (else the sentence before) is theirs.
pub(super) fn antecedent_demonym(
    v: &View<'_>,
    at: usize,
    previous: Option<&View<'_>>,
) -> Option<crate::model::EntityRef> {
    // Only a nationality describing people (`المقاتلين المغاربة`), not a body's
    // (`المرصد السوري`).
    let of_people = |w: &View<'_>, m: &super::view::MentionTok<'_>| {
        m.m.form == crate::model::MentionForm::Demonym
            && m.m.entity.kind == crate::model::EntityKind::Country
            && w.subjects.iter().any(|h| h.end == m.start)
    };
    let here = v.mentions.iter().rev().filter(|m| m.end <= at).find(|m| of_people(v, m));
    let m = here.or_else(|| {
        let p = previous?;
        p.mentions.iter().rev().find(|m| of_people(p, m))
    })?;
    Some(crate::model::EntityRef {
        aliases: Vec::new(),
        id: Some(m.m.entity.id.clone()),
        kind: Some(m.m.entity.kind),
        name: m.m.entity.name_ar.clone(),
        text: String::new(),
    })
}

/// A reference to a gazetteer entity by id (`KZ`), with its Arabic name.
pub(super) fn gazetteer_ref(id: &str) -> Option<crate::model::EntityRef> {
    let e = crate::entities::gazetteer().get(id)?;
    Some(crate::model::EntityRef {
        aliases: Vec::new(),
        id: Some(e.id.clone()),
        kind: Some(e.kind),
        name: e.name_ar.clone(),
        text: String::new(),
    })
}
