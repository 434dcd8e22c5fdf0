//! Binding a claim draft to its predicate, organization, locations and time (its origin:
//! [`super::origin`]).

use super::detect::Draft;
use super::lexicon::PredKind;
use super::sentence::without_wa;
use super::sentence::{Hit, has_lam_prefix};
use super::view::View;
use crate::model::Predicate;

/// Where a predicate came from: a word of the clause, the subject noun, or nothing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PredSource {
    Word,
    SubjectNoun,
    Default,
}

/// The predicate and the hit that gave it.
#[derive(Clone, Debug)]
pub(crate) struct BoundPredicate {
    pub(crate) predicate: Predicate,
    pub(crate) source: PredSource,
    pub(crate) hit: Option<Hit>,
    pub(crate) kind: Option<PredKind>,
}

/// `، بينهم أربعة قادة،` right after token `b`: a comma, `بينهم`/`منهم`/`من بينهم`, and a
/// closing comma within eight words. Returns the token after the closing comma.
fn partitive_aside(v: &View<'_>, b: usize) -> Option<usize> {
    if v.s.word(b) != "," {
        return None;
    }
    let opener = match v.s.word(b + 1) {
        "بينهم" | "منهم" | "بينهن" | "منهن" => b + 2,
        "من" if matches!(v.s.word(b + 2), "بينهم" | "بينهن") => b + 3,
        _ => return None,
    };
    (opener..(opener + 8).min(v.len())).find(|&k| v.s.word(k) == ",").map(|k| k + 1).filter(|&e| e < v.len())
}

/// The tokens a draft occupies: number and subject, whichever order.
pub(super) fn core(d: &Draft<'_>) -> (usize, usize) {
    (d.num.start.min(d.subj.0), d.num.end.max(d.subj.1))
}

/// Rule `nearest_predicate`: the predicate word nearest to the number and its noun, in the
/// clause; on a tie the word before wins (`اعتقال 20 شخصا عادوا` → arrested). A verbal noun
/// of purpose (`للقتال` after `سافر`) counts as ten words farther, so the finite verb wins.
/// Predicate words after the next number of the clause belong to that number.
pub(crate) fn predicate(v: &View<'_>, d: &Draft<'_>, next_number: Option<usize>, floor: usize) -> BoundPredicate {
    let lex = super::lexicon::get();
    let (a, b) = core(d);
    let lo = v.clause_start(a);
    // Coordinated counts share what follows them (`200 طفل فرنسي و80 امرأة محتجزين`).
    // `12 متشددا وخمسة مدنيين قتلوا`: the `و` may be glued to a number written as a word.
    let coordinated = next_number.is_some_and(|n| {
        (n > b
            && v.s.word(n - 1) == "و"
            && (b..n).all(|k| v.s.word(k) == "و" || v.mentions.iter().any(|m| m.start <= k && k < m.end)))
            || (n == b && v.s.word(n).starts_with('و'))
    });
    let next_number = if coordinated { None } else { next_number };
    let hi = v.clause_end(b.saturating_sub(1)).min(next_number.unwrap_or(usize::MAX));
    // `وعددهم بالآلاف، إلى جانب مطالبتها … باستعادة`: after an anaphoric count only a verb right
    // after it (`وعددهم 64، فروا`) says what the people did.
    let hi = if anaphoric(v, d) { hi.min(b + 3) } else { hi };
    // Rule `verb_right_before_count`: `وأسر 119 آخرين` ("captured"), `وفقد 15 آخرون` ("went
    // missing") — verbs whose bare form is also a common noun (`أسر` families, `فقد` loss) are
    // events only right before the count they govern.
    // Rule `wa_farra_before_count`: `وفر نحو 20 سجينا` — `وفر` is also `وفّر` ("provided", a
    // `none` row of the lexicon); right before a count of people it is `و` + `فرّ`, "and fled".
    // Rule `lost_jobs_or_lives`: `وفقد 200 صحفي وظائفهم` is no disappearance, `فقد 30 شخصا
    // حياتهم` is a death: what was lost, right after the counted noun, decides.
    let after = v.s.word(d.subj.1);
    let lost_is = |stems: &[&str]| {
        let bare = without_wa(after);
        stems.iter().any(|p| after.starts_with(p) || bare.starts_with(p))
    };
    let lost = if lost_is(&["حيات", "ارواح", "روح"]) {
        Some(Predicate::Killed)
    } else if lost_is(&["وظايف", "وظيف", "اعمال", "عمل", "منازل", "بيوت", "مساكن", "ممتلك", "مصادر"])
    {
        None
    } else {
        Some(Predicate::Missing)
    };
    // Rule `casualty_noun_right_before_count`: `بلغ عدد القتلى 20 والمصابين 25` — a casualty
    // noun right before a number says what that number counts.
    if let Some(k) = d.num.start.checked_sub(1)
        && let Some((e, _)) = View::value_at(&lex.subjects, &v.subjects, k)
        && let Some(p @ (Predicate::Killed | Predicate::Wounded)) = e.implied
        && v.subjects.iter().any(|h| h.start == k && h.end == d.num.start)
    {
        return BoundPredicate { predicate: p, source: PredSource::SubjectNoun, hit: None, kind: None };
    }
    // Rule `lost_of_its_own`: `فقدت 15 من مقاتليها`, `وفقدت 4 من جنودها` — a side that lost a
    // part of its own men (`من` + noun + possessive) lost them dead.
    let noun_at = if v.s.word(d.subj.0) == "من" { d.subj.0 + 1 } else { d.subj.0 };
    let own_men = (noun_at > 0 && v.s.word(noun_at - 1) == "من")
        && ["ها", "ه", "هم", "هما"].iter().any(|e| v.s.word(noun_at).ends_with(e))
        && v.subjects.iter().any(|h| h.start == noun_at);
    let lost = if own_men { Some(Predicate::Killed) } else { lost };
    // `وفقدت الكتيبة 4 من جنودها`: the side may stand between the verb and its loss.
    let lost_verb = |forms: &[&str]| (lo.max(a.saturating_sub(4))..a).any(|k| forms.contains(&without_wa(v.s.word(k))));
    // `فقدنا 9 من عناصر قوى الأمن`: "we lost" says whose men they were with no possessive.
    let we_lost = noun_at > 0 && v.s.word(noun_at - 1) == "من" && lost_verb(&["فقدنا", "خسرنا"]);
    if (own_men && lost_verb(&["فقد", "فقدت", "خسر", "خسرت", "تفقد", "يفقد"])) || we_lost {
        return BoundPredicate {
            predicate: Predicate::Killed,
            source: PredSource::Word,
            hit: None,
            kind: Some(PredKind::Verb),
        };
    }
    if let Some(p) = word_before_count(v, d).and_then(|k| match v.s.word(k) {
        "اسر" | "واسر" => Some(Predicate::Arrested),
        "فقد" | "وفقد" | "فقدت" | "وفقدت" => lost,
        "وفر" | "ففر" => Some(Predicate::Fled),
        // `في قضية 11 فرنسيا`: the case of the people counted is their trial.
        "قضيه" | "قضايا" => Some(Predicate::Prosecuted),
        // `أودى النزاع بحياة أكثر من 40 ألف شخص`: lives taken, the verb far before;
        // `انتشال رفات 12 شخصا`: the remains of the dead.
        "بحياه" | "بارواح" | "رفات" | "ورفات" => Some(Predicate::Killed),
        _ => None,
    }) {
        return BoundPredicate { predicate: p, source: PredSource::Word, hit: None, kind: Some(PredKind::Verb) };
    }
    // Rule `freeing_captives`: `تحرير 5 مختطفين`, `حررت القوات 12 رهينة` — captives (hostages,
    // abductees, prisoners) freed by force are released. `تحرير` alone is not in the lexicon:
    // before any other count it is the liberation of a place (`منذ تحرير الموصل عاد …`).
    // `3576 مختطفا جرى إنقاذهم`: the rescue may follow the captives.
    let freed = |k: usize| {
        matches!(
            v.s.word(k).trim_start_matches(['و', 'ف', 'ب', 'ل']),
            "تحرير"
                | "حرر"
                | "حررت"
                | "حرروا"
                | "انقاذ"
                | "انقذ"
                | "انقذت"
                | "تحريرهم"
                | "انقاذهم"
                | "تحريرهن"
                | "انقاذهن"
        )
    };
    // `إطلاق الحكومة 706 من أسرى الجماعة`: captives let go in a swap.
    let let_go = |k: usize| {
        matches!(v.s.word(k).trim_start_matches(['و', 'ف', 'ب', 'ل']), "اطلاق" | "اطلق" | "اطلقت" | "اطلقوا")
            && !(k + 1..a).any(|j| matches!(v.s.word(j), "النار" | "نار" | "الرصاص" | "صواريخ" | "الصواريخ"))
    };
    // Any people freed right before their count (`تحرير 76 مهاجرا كانوا محتجزين`) are released.
    let freed_right_before = (lo.max(a.saturating_sub(2))..a).any(freed);
    // Events told by the phrase around the count (`ما زال 11 في الأسر`, `تضم السجون …`).
    let rescue_right_before = freed_right_before
        && (lo.max(a.saturating_sub(2))..a)
            .any(|k| v.s.word(k).trim_start_matches(['و', 'ف', 'ب', 'ل']).starts_with("انقا"));
    if let Some(p) = super::around::event(v, a, b, rescue_right_before) {
        return BoundPredicate { predicate: p, source: PredSource::Word, hit: None, kind: Some(PredKind::Verb) };
    }
    if freed_right_before
        || (matches!(d.implied, Some(Predicate::Kidnapped | Predicate::Detained))
            && ((lo.max(a.saturating_sub(4))..a).any(|k| freed(k) || let_go(k))
                || (b..(b + 3).min(v.len())).any(freed)))
    {
        return BoundPredicate {
            predicate: Predicate::Released,
            source: PredSource::Word,
            hit: None,
            kind: Some(PredKind::Verb),
        };
    }
    if super::around::executions_carried_out(v, lo, a) {
        return BoundPredicate {
            predicate: Predicate::Killed,
            source: PredSource::Word,
            hit: None,
            kind: Some(PredKind::Verb),
        };
    }
    // Rule `verb_after_partitive_aside`: `22 مسلحا، بينهم أربعة قادة، قتلوا` — the count's own
    // verb comes after an aside that lists some of them; the aside's words are not its predicate.
    let aside = partitive_aside(v, b);
    let (b_after, hi) = match aside {
        Some(e) => (e, v.clause_end(e).max(hi)),
        None => (b, hi),
    };
    let mut best: Option<(usize, &Hit, PredKind, Predicate)> = None;
    let mut fraction_returned: Option<&Hit> = None;
    for h in &v.predicates {
        let Some(e) = lex.predicates.value(h.id) else { continue };
        let Some(p) = e.predicate else { continue };
        let overlaps = |x: usize, y: usize| h.start < y && x < h.end;
        // Rule `refused_event`: `ترفض حكوماتهم استعادتهم` — an event refused did not happen.
        let refused = (h.start.saturating_sub(2)..h.start).any(|k| {
            let w = v.s.word(k);
            let w = without_wa(w);
            ["ترفض", "يرفض", "رفضت", "رفض", "ترفضان", "يرفضون", "تمتنع", "امتنعت", "يمتنع"].contains(&w)
        });
        // `عرضت بغداد على دول التحالف محاكمة 800 مقاتل تحتجزهم قسد`: an event offered has not
        // happened either (the offer may name to whom first).
        // `تدرس إعادة نحو 500 من مواطنيها المحتجزين`: nor has one only considered.
        let offered = v.any_word(
            lo.max(h.start.saturating_sub(8))..h.start,
            &["عرضت", "اقترحت", "اقترح", "تعرض", "يعرض", "تدرس", "يدرس"],
        );
        if refused || offered {
            continue;
        }
        if overlaps(d.num.start, d.num.end) || overlaps(d.subj.0, d.subj.1) || (b < b_after && overlaps(b, b_after)) {
            continue;
        }
        // Rule `predicate_of_the_next_count`: `استشهاد عشرة … إضافة إلى ثلاثة من العاملين وإصابة
        // تسعة آخرين` — a predicate word right before the next count governs that count.
        // A verb agreeing with the count before it (`260 مقاتلا قتلوا ومئات جرحوا`) stays its own.
        if h.start >= b
            && (e.kind == PredKind::Noun || h.prefix.starts_with('و'))
            && next_number.is_some_and(|n| n == h.end || (n == h.end + 1 && v.s.word(h.end) == "نحو"))
        {
            continue;
        }
        // Rule `event_of_the_others`: `استشهاد 12 مصليا وإصابة آخرين` — a coordinated event
        // followed by "others" happened to those others.
        if h.start >= b
            && h.prefix.starts_with('و')
            && matches!(v.s.word(h.end), "اخرين" | "اخرون" | "الاخرين" | "اخريات" | "العشرات" | "المييات")
        {
            continue;
        }
        if only_right_before_count(v, h, d.num.start) {
            continue;
        }
        // Rule `lost_what`: `سبعة أيتام فقدوا والديهم` lost their parents, not themselves;
        // `فقدوا حياتهم` lost their lives.
        let p = if p == Predicate::Missing && h.start >= b {
            let object = v.s.word(h.end);
            if ["حيات", "ارواح"].iter().any(|o| object.starts_with(o)) {
                Predicate::Killed
            } else if [
                "والدي",
                "اباء",
                "امهات",
                "ذوي",
                "اهل",
                "اسر",
                "عايلات",
                "اطراف",
                "منازل",
                "بيوت",
                "وظايف",
                "اعمال",
                "الاتصال",
            ]
            .iter()
            .any(|o| object.starts_with(o))
            {
                continue;
            } else {
                p
            }
        } else {
            p
        };
        // Rule `verb_of_a_fraction`: `300 مسافر عاد نصفهم`, `قتل معظمهم` — a verb after the count
        // whose subject is a part of them ("half of them") is that part's, not the count's.
        // Those of whom a part came back had all gone (`300 مسافر عاد نصفهم`: 300 traveled).
        if h.start >= b
            && matches!(
                without_wa(v.s.word(h.end)),
                "نصفهم"
                    | "ثلثهم"
                    | "ربعهم"
                    | "معظمهم"
                    | "اغلبهم"
                    | "بعضهم"
                    | "غالبيتهم"
                    | "اكثرهم"
                    | "نصفهن"
                    | "معظمهن"
            )
        {
            if p == Predicate::Returned {
                fraction_returned = Some(h);
            }
            continue;
        }
        // Past the aside only the word right after it is the count's own verb (`، قتلوا`), not
        // one deeper in the next clause (`، الذي يقتل …`).
        if b < b_after && h.start > b_after + 1 {
            continue;
        }
        let b = if h.start >= b_after { b_after } else { b };
        let dist = if h.end <= a && h.start >= lo {
            2 * (a - h.end)
        } else if h.start >= b && h.end <= hi {
            // `4 رجال يشتبه في أنهم قاتلوا`: a verb behind a complementizer is reported,
            // not what these people did.
            // Rule `reported_state_of_relative`: `عشرات الشبان الذين تقول عائلاتهم إنهم مفقودون`
            // — behind a relative pronoun the report is about these very people.
            let complementizer = (b..h.start).find(|&k| matches!(v.s.word(k), "ان" | "انهم" | "بانهم" | "بان"));
            if complementizer.is_some_and(|c| !(b..c).any(|k| matches!(v.s.word(k), "الذين" | "اللواتي" | "اللاتي")))
            {
                continue;
            }
            // A participle right after the noun describes it (`السجناء الفارين التحقوا`):
            // a finite verb after it says what they did.
            let adjectival = if e.kind == PredKind::Noun { 4 } else { 0 };
            // Rule `predicate_after_within_reach`: a predicate word far after the count, in a
            // long clause with no comma, belongs to something else (`وشارك مئات السوريين في
            // احتجاج … في مدينة … للمطالبة بإعدام …`).
            if h.start - b > FORWARD_REACH {
                continue;
            }
            2 * (h.start - b) + 1 + adjectival
        } else if h.start >= a && h.end <= b {
            0
        } else {
            continue;
        };
        // `من العائدين` right after the noun is partitive (`40 شخصا من العائدين حوكموا`),
        // not what the 40 did.
        // Before the number `من` is just a preposition (`تمكنت من تحييد 9 إرهابيين`).
        let partitive = e.kind == PredKind::Noun
            && h.start >= b
            && h.start > 0
            && v.s.word(h.start - 1) == "من"
            && !managed_to(v, lo, a, h);
        let penalty = if e.kind == PredKind::Noun && (has_lam_prefix(&h.prefix) || partitive) { 20 } else { 0 };
        // Rule `relative_clause_predicate`: `نحو 60 مصريا ممن التحقوا بالتنظيم مجهولو المصير` —
        // a verb inside a relative clause on the noun says who they are; the main predicate
        // after it says what the claim is about.
        let relative = h.start >= b
            && (b..h.start)
                .find(|&k| matches!(v.s.word(k), "ممن" | "الذين" | "اللواتي" | "اللاتي" | "اللايي"))
                .is_some_and(|r| !v.predicates.iter().any(|o| o.start > r && o.start < h.start));
        // Rule `coordinated_clause_verb`: `وقتل مئات الأشخاص وخطفت مئات النساء` — a finite verb
        // after the noun with `و`/`ف` glued to it opens the next coordinated clause, with its own
        // object; it is this count's predicate only when nothing else is.
        let coordinated_after =
            h.start >= b && e.kind != PredKind::Noun && (h.prefix.starts_with('و') || h.prefix.starts_with('ف'));
        let penalty = penalty
            + if relative { 12 } else { 0 }
            + if coordinated_after { 30 } else { 0 }
            + if pool_before_count(v, h, a) { 20 } else { 0 };
        let score = dist + penalty;
        if best.as_ref().is_none_or(|(s, ..)| score < *s) {
            best = Some((score, h, e.kind, p));
        }
    }
    if best.is_none()
        && let Some(h) = fraction_returned
    {
        best = Some((0, h, PredKind::Verb, Predicate::Traveled));
    }
    // Rule `anaphoric_status_noun`: `المقاتلين المحتجزين في سجونها، وعددهم بالآلاف` — the
    // antecedent's status noun says what the counted people undergo, unless a verb right
    // after the count says what they did (`وعددهم 64، فروا`).
    if anaphoric(v, d)
        && let Some(p) = d.implied
        && best.as_ref().is_none_or(|(_, h, ..)| h.start < b)
    {
        return BoundPredicate { predicate: p, source: PredSource::SubjectNoun, hit: None, kind: None };
    }
    // Rule `still_defers_to_participle`: `لا يزال 200 طفل محتجزين` — "still" says the state
    // lasts; a participle after it names the state (`محتجزين`, `عالقين`). Alone
    // (`لا يزالون في المخيمات`) it means they are present.
    // Rule `state_over_presence`: so does any word of presence (`ويوجد 25 رجلا في سجون`).
    if let Some((_, h, _, Predicate::Present)) = best
        && let Some(state) = v.predicates.iter().find(|p| {
            p.start >= h.end.max(b)
                && p.start < hi
                && lex.predicates.value(p.id).is_some_and(|e| e.kind == PredKind::Noun && e.predicate.is_some())
        })
        && let Some(sp) = lex.predicates.value(state.id).and_then(|e| e.predicate)
    {
        // `ما زالوا موقوفين`: people still under arrest are held, the arrest is past.
        let sp = if sp == Predicate::Arrested { Predicate::Detained } else { sp };
        best = Some((0, state, PredKind::Noun, sp));
    }
    // Rule `hostages_held`: `يحتجز 214 رهينة` — hostages held by their captors are kidnapped,
    // not detained.
    if let Some((_, _, _, Predicate::Detained | Predicate::Present)) = best
        && d.implied == Some(Predicate::Kidnapped)
    {
        return BoundPredicate {
            predicate: Predicate::Kidnapped,
            source: PredSource::SubjectNoun,
            hit: None,
            kind: None,
        };
    }
    // Rule `prisoners_still_held`: `ولا يزال 116 سجينا في المعتقل`, `يوجد 500 معتقل في السجن` —
    // people whose noun says they are held, and who are still there, are detained.
    if let Some((_, _, _, Predicate::Present)) = best
        && d.implied == Some(Predicate::Detained)
    {
        return BoundPredicate {
            predicate: Predicate::Detained,
            source: PredSource::SubjectNoun,
            hit: None,
            kind: None,
        };
    }
    // Rule `prevented_travel`: `أحبطت محاولات هجرة … لـ186 شخصا` — a prevention verb
    // before a travel or return noun governs it.
    if let Some((_, h, PredKind::Noun, Predicate::Traveled | Predicate::Returned | Predicate::Joined)) = best
        && let Some(pv) = v.predicates.iter().find(|p| {
            p.end <= h.start
                && p.start >= lo
                && h.start - p.end <= 3
                && lex.predicates.value(p.id).and_then(|e| e.predicate) == Some(Predicate::Prevented)
        })
    {
        best = Some((0, pv, PredKind::Verb, Predicate::Prevented));
    }
    // Rule `repatriated_from_detention`: `استعادت المملكة نحو 60 من مواطنيها المحتجزين في
    // مخيمات` — the participle after the noun says where they were held; the repatriation
    // verb before the number says what happened to them.
    if let Some((_, h, PredKind::Noun, Predicate::Detained | Predicate::Present)) = best
        && h.start >= b
        && let Some(agent) = v.predicates.iter().rev().find(|p| {
            p.end <= a
                && p.start >= lo
                && lex
                    .predicates
                    .value(p.id)
                    .is_some_and(|e| e.kind == PredKind::Agent && e.predicate == Some(Predicate::Returned))
        })
    {
        best = Some((0, agent, PredKind::Agent, Predicate::Returned));
    }
    // Rule `court_over_past_movement`: `أصدرت المحكمة أحكاما بالسجن على 17 امرأة أعيدت من المخيم`,
    // `تحقيقات بحق 120 امرأة عادت` — a verb right after an indefinite counted noun is an
    // adjective clause telling the people's past; the court predicate governing the count
    // before it says what the claim is about.
    if let Some((_, h, _, Predicate::Returned | Predicate::Traveled | Predicate::Joined | Predicate::Fled)) = best
        && h.start >= b
        && let Some(court) = court_before(v, lo, a)
    {
        best = Some((0, court, PredKind::Noun, Predicate::Prosecuted));
    }
    // Rule `status_noun_over_participle`: `6 متهمين عائدين من سوريا`, `12 موقوفا فارين` — a
    // participle right after a noun that already says what happens to the people (accused,
    // detained) describes their past; the noun's status is the claim.
    // The accused (`4 متهمين أردنيين عادوا من سورية`) are counted for their trial even when
    // a finite verb after them tells their past.
    if let Some((_, h, kind, found)) = best
        && let Some(implied @ (Predicate::Prosecuted | Predicate::Arrested | Predicate::Detained)) = d.implied
        // `13 متهما محبوسون احتياطيا`: custody now outranks the charge.
        && !(found == Predicate::Detained && implied == Predicate::Prosecuted)
        && h.start >= b
        && ((kind == PredKind::Noun && h.start <= b + 1) || (implied == Predicate::Prosecuted && h.start <= b + 2))
        // `4 متهمين بحالة فرار`: tried in absentia, the accused are at large.
        && !managed_to(v, lo, a, h)
        && !anaphoric(v, d)
        // `3 من المتهمين تسللوا إلى ليبيا`: a part of the accused did something of its own.
        && !(kind == PredKind::Verb && (v.s.word(d.subj.0) == "من" || (d.subj.0 > 0 && v.s.word(d.subj.0 - 1) == "من")))
    {
        return BoundPredicate { predicate: implied, source: PredSource::SubjectNoun, hit: None, kind: None };
    }
    // Rule `committed_to_prison`: `أحيل 30 منهم إلى السجن` — a referral whose goal is prison
    // is detention, not a trial.
    if let Some((_, h, _, Predicate::Prosecuted)) = best
        && (h.end..hi.min(v.len())).any(|k| {
            matches!(v.s.word(k), "الي" | "للسجن" | "للسجون")
                && (v.s.word(k) != "الي" || matches!(v.s.word(k + 1), "السجن" | "السجون" | "الحبس"))
        })
    {
        return BoundPredicate {
            predicate: Predicate::Detained,
            source: PredSource::Word,
            hit: Some(h.clone()),
            kind: Some(PredKind::Verb),
        };
    }
    // Rule `jailed_pending_trial`: `أمرت بحبس 529 منهم على ذمة التحقيق`, `حبسهم احتياطيا` — jail
    // ordered while the case is investigated is detention, not a sentence.
    // An order to jail (`أمرت المحكمة بحبس`) is the same; a ruling (`قضت بحبس`) is a sentence.
    if let Some((_, h, _, Predicate::Prosecuted)) = best
        && v.s.word(h.start).contains("حبس")
        && ((lo..hi.min(v.len())).any(|k| matches!(v.s.word(k), "ذمه" | "احتياطيا" | "احتياطي" | "الاحتياطي"))
            || (h.start.saturating_sub(3)..h.start)
                .any(|k| matches!(without_wa(v.s.word(k)), "امرت" | "امر" | "قررت" | "قرر" | "تامر" | "يامر")))
    {
        return BoundPredicate {
            predicate: Predicate::Detained,
            source: PredSource::Word,
            hit: Some(h.clone()),
            kind: Some(PredKind::Noun),
        };
    }
    if super::around::reflexive_surrender(v, lo, a, b, hi) {
        return BoundPredicate {
            predicate: Predicate::Surrendered,
            source: PredSource::Word,
            hit: None,
            kind: Some(PredKind::Verb),
        };
    }
    // Rule `casualty_noun_says_its_event`: `أسفر عن مقتل 5 أشخاص و12 جريحا` — the wounded
    // (`جريح`, `مصاب`) and the dead (`قتيل`) are counted by the event itself; a casualty word
    // of the other kind governing the sentence does not turn one into the other.
    // A casualty noun (`قتيل`, `جريح`) keeps its event whatever else governs it: the dead are not
    // "received" (`تسلمت … 30 قتيلا`).
    // `توفي اثنان من الجرحى`: a count taken from the wounded (`من` + the noun) died — the verb
    // tells what happened to them, the noun the pool they came from.
    let from_pool = v.s.word(d.subj.0) == "من" || (d.subj.0 > 0 && v.s.word(d.subj.0 - 1) == "من");
    if let Some((_, _, kind, found)) = best
        && let Some(implied @ (Predicate::Killed | Predicate::Wounded | Predicate::Missing)) = d.implied
        && implied != found
        && !(from_pool && kind == PredKind::Verb)
        && (matches!(found, Predicate::Killed | Predicate::Wounded) || d.class == crate::model::SubjectClass::Casualty)
    {
        return BoundPredicate { predicate: implied, source: PredSource::SubjectNoun, hit: None, kind: None };
    }
    // Rule `sibling_status_is_not_ours`: `بينهم 9 محبوسين و14 هاربا` — a status word counted by
    // another number of the list is that item's; a noun that tells this count's own state wins.
    if let Some((_, h, PredKind::Noun, found)) = &best
        && let Some(implied) = d.implied.filter(|p| p != found && *p != Predicate::Present)
        && h.end <= a
        && v.numbers.iter().any(|n| n.end == h.start && n.start != a)
    {
        return BoundPredicate { predicate: implied, source: PredSource::SubjectNoun, hit: None, kind: None };
    }
    // Rule `status_noun_over_being`: `لا يزال البحث جاريا عن 6 مفقودين`, `ما زال 40 سجينا` — a
    // word of mere being or staying says less than a noun that tells the people's state.
    if let Some((_, _, _, Predicate::Present)) = best
        && let Some(implied) = d.implied.filter(|p| *p != Predicate::Present)
    {
        return BoundPredicate { predicate: implied, source: PredSource::SubjectNoun, hit: None, kind: None };
    }
    match (best, d.implied) {
        (Some((_, h, kind, p)), _) => {
            // Rule `refugees_move_in_flight`: `5 آلاف لاجئ عبروا الحدود` — refugees crossing or
            // travelling are fleeing.
            let p = if p == Predicate::Traveled && d.class == crate::model::SubjectClass::Refugee {
                Predicate::Fled
            } else if p == Predicate::Traveled && leaving_a_camp(v, h) {
                Predicate::Returned
            } else {
                p
            };
            BoundPredicate { predicate: p, source: PredSource::Word, hit: Some(h.clone()), kind: Some(kind) }
        }
        (None, Some(p)) => BoundPredicate { predicate: p, source: PredSource::SubjectNoun, hit: None, kind: None },
        (None, None) => match counted_noun_implies(v, a).or_else(|| pool_noun_implies(v, a)) {
            // Rule `counted_noun_implies`: `ارتفع عدد القتلى إلى 40 شخصا` — the noun after
            // `عدد` says what happened to the people the number counts.
            Some(p) => BoundPredicate { predicate: p, source: PredSource::SubjectNoun, hit: None, kind: None },
            None => match governing_verb(v, a, floor) {
                Some((h, kind, p)) => {
                    BoundPredicate { predicate: p, source: PredSource::Word, hit: Some(h.clone()), kind: Some(kind) }
                }
                None => {
                    BoundPredicate { predicate: Predicate::Present, source: PredSource::Default, hit: None, kind: None }
                }
            },
        },
    }
}

/// Rule `leaving_the_camp`: `غادر المخيم منذ 2020 أكثر من 9 آلاف سوري`, `غادرت المخيم ثماني
/// قوافل` — people leaving a displacement camp go home: a return, not a journey out.
fn leaving_a_camp(v: &View<'_>, h: &Hit) -> bool {
    let w = v.s.word(h.start);
    let w = without_wa(w);
    (w.starts_with("غادر") || w.starts_with("مغادره") || w.starts_with("يغادر"))
        && (h.end..(h.end + 2).min(v.len())).any(|k| {
            let w = v.s.word(k);
            w == "المخيم" || w == "المخيمات" || w == "مخيم" || w == "مخيمات"
        })
}

/// The token right before a count, past a qualifier (`نحو`, `حوالي`, `أكثر من`): where a verb
/// governing the count stands.
fn word_before_count(v: &View<'_>, d: &Draft<'_>) -> Option<usize> {
    let mut k = d.num.start.checked_sub(1)?;
    if matches!(v.s.word(k), "نحو" | "حوالي" | "قرابه" | "زهاء" | "قرابة") {
        k = k.checked_sub(1)?;
    } else if v.s.word(k) == "من" && k > 0 && matches!(v.s.word(k - 1), "اكثر" | "اقل") {
        k = k.checked_sub(2)?;
    }
    Some(k)
}

/// Rule `managed_to`: `وتمكن نحو 20 سجينا من الفرار`, `نجح 30 معتقلا في الهروب` — after a
/// verb of managing, `من`/`في` + a verbal noun after the count is what the people did, not a
/// group they are counted from.
fn managed_to(v: &View<'_>, lo: usize, a: usize, h: &Hit) -> bool {
    h.start > 0
        && matches!(v.s.word(h.start - 1), "من" | "في")
        && (lo..a).any(|k| {
            let w = v.s.word(k).trim_start_matches(['و', 'ف']);
            matches!(w, "تمكن" | "تمكنت" | "تمكنوا" | "يتمكن" | "يتمكنون" | "نجح" | "نجحت" | "نجحوا" | "ينجح")
        })
}

/// Rule `pool_before_count`: `من بين العائدين 137 شخصا تمت متابعتهم` — a predicate word after
/// `بين` before the number names the group the count is taken from, not what the counted did.
fn pool_before_count(v: &View<'_>, h: &Hit, a: usize) -> bool {
    h.end <= a && h.start > 0 && matches!(v.s.word(h.start - 1), "بين" | "ومن بين" | "من بين")
}

/// The nearest court predicate (`أحكاما بالسجن`, `تحقيقات بحق`) before token `a` in its clause.
fn court_before<'v>(v: &'v View<'_>, lo: usize, a: usize) -> Option<&'v Hit> {
    let lex = super::lexicon::get();
    v.predicates.iter().rev().find(|p| {
        p.end <= a
            && p.start >= lo
            && a - p.end <= 3
            && lex.predicates.value(p.id).and_then(|e| e.predicate) == Some(Predicate::Prosecuted)
    })
}

/// Farthest a predicate word may stand after the count's words, in tokens.
const FORWARD_REACH: usize = 14;

/// Farthest a governing verb may stand before the count it governs, in tokens.
const GOVERNING_REACH: usize = 24;

/// Rule `governing_verb`: `اعتقلت قوات الأمن خلال الأيام الثلاثة الماضية، 27 شخصا`,
/// `واستعادت فرنسا منذ 2019، 169 طفلا` — when the number's own clause has no predicate, the
/// clause is the object of the finite verb before it, separated only by adverbials (dates,
/// `منذ …`, `خلال …`) set off by commas. The verb governs the count when nothing between them
/// could take or start another statement: no other count (`floor`: the end of the previous
/// draft), no speech verb or complementizer, no clause-opening word (`فيما`, `حيث`).
/// Rule `fall_only_before_its_count`: `سقوط 10 مسلحين`, `اغتيال 7 من الوجهاء` are tolls, but
/// `سقوط الباغوز` (a town falling), `المسؤولة عن عمليات الاغتيال` (a kind of attack) count no one:
/// these nouns tell the count's event only right before its number.
fn only_right_before_count(v: &View<'_>, h: &Hit, count_start: usize) -> bool {
    matches!(
        without_wa(v.s.word(h.start)),
        "سقوط" | "بسقوط" | "اغتيال" | "باغتيال" | "الاغتيال" | "صدرت" | "صدر" | "صدروا"
    ) && h.end != count_start
}

fn governing_verb<'v>(v: &'v View<'_>, a: usize, floor: usize) -> Option<(&'v Hit, PredKind, Predicate)> {
    let lex = super::lexicon::get();
    let lo = v.clause_start(a);
    if lo == 0 {
        return None;
    }
    let reach = a.saturating_sub(GOVERNING_REACH).max(floor);
    let (h, e) = v
        .predicates
        .iter()
        .rev()
        .filter(|h| h.end <= lo && h.start >= reach && !only_right_before_count(v, h, a))
        .find_map(|h| {
            let e = lex.predicates.value(h.id)?;
            e.predicate.map(|_| (h, e))
        })?;
    // A verbal noun governs only the members of what it acted on (`تفكيك خلية …، تتكون من
    // خمسة متطرفين`): a composition verb must open the count's clause.
    if e.kind == PredKind::Noun && !(lo..a).any(|k| composition_word(v.s.word(k))) {
        return None;
    }
    let between = h.end..a;
    let blocked = v.speech.iter().any(|s| between.contains(&s.start))
        || v.clause_words.iter().any(|c| between.contains(&c.start))
        || between.clone().any(|k| matches!(v.s.word(k), "ان" | "انه" | "بان" | "الذي" | "التي" | "الذين" | "." | "؟"))
        || v.numbers.iter().any(|n| {
            between.contains(&n.start)
                && !v.is_date(n.start)
                && super::detect::countable_number(v, n)
                && people_after(v, n.end)
        });
    if blocked {
        return None;
    }
    Some((h, e.kind, e.predicate?))
}

/// `وعددهم 64`: the count restates people named before it (see `detect::anaphoric_count`).
fn anaphoric(v: &View<'_>, d: &Draft<'_>) -> bool {
    let w = d.num.start.checked_sub(1).map_or("", |k| v.s.word(k));
    d.subj.1 <= d.num.start && matches!(without_wa(w), "عددهم" | "عددهن" | "تعدادهم" | "عدادهم")
}

/// `تتكون`, `تضم`, `مكونة`: a word saying what a group is made of.
fn composition_word(w: &str) -> bool {
    let w = without_wa(w);
    matches!(
        w,
        "تتكون"
            | "يتكون"
            | "تكونت"
            | "مكونه"
            | "مكون"
            | "تضم"
            | "يضم"
            | "ضمت"
            | "تتالف"
            | "يتالف"
            | "مولفه"
            | "موالفه"
    )
}

/// True when a person noun (or demonym) follows token `at`: a count of people stands there.
fn people_after(v: &View<'_>, at: usize) -> bool {
    v.subjects.iter().any(|h| h.start == at || (h.start == at + 1 && v.s.word(at) == "من"))
        || v.demonym_at(at).is_some()
}

/// Rule `pool_noun_before_count`: `ومن المتهمين سبعة كويتيين`, `ومن بين قتلى المعارضة ثلاثة
/// قادة` — a count taken from a group named by a status noun (`من`/`من بين` + the noun, at
/// most four words before it) underwent what the noun says.
fn pool_noun_implies(v: &View<'_>, at: usize) -> Option<Predicate> {
    let lex = super::lexicon::get();
    // `أن بين قتلى ضربة جوية استهدفت مخبأ للتنظيم في وادي حوران اثنين`: after `بين` the pool's
    // noun phrase may run long before its count.
    let lo = v.clause_start(at).max(at.saturating_sub(12));
    let no_number_between = |k: usize| !v.numbers.iter().any(|n| n.start > k && n.start < at);
    v.subjects.iter().rev().filter(|h| h.start >= lo && h.end <= at).find_map(|h| {
        let before = h.start.checked_sub(1).map(|k| v.s.word(k))?;
        let near = h.start + 4 >= at;
        let pooled = (near && (matches!(before, "من" | "ومن" | "بين") || h.prefix.ends_with("من")))
            || (matches!(before, "بين" | "وبين") && no_number_between(h.start));
        if !pooled {
            return None;
        }
        lex.subjects.value(h.id)?.implied
    })
}

/// The predicate implied by the noun after `عدد` earlier in the clause of token `at`.
fn counted_noun_implies(v: &View<'_>, at: usize) -> Option<Predicate> {
    let lex = super::lexicon::get();
    // `ارتفاع حصيلة قتلاها في المواجهات المستمرة منذ الخميس … إلى 28 عنصرا`: a toll rising
    // *to* a number may name its noun far before it.
    let reach = if at > 0 && v.s.word(at - 1) == "الي" { 24 } else { 12 };
    let lo = v.clause_start(at).max(at.saturating_sub(reach));
    v.counting.iter().rev().filter(|c| c.start >= lo && c.end <= at).find_map(|c| {
        let (e, _) = View::value_at(&lex.subjects, &v.subjects, c.end)?;
        e.implied
    })
}
