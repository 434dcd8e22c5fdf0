//! Quantity claims with attribution, role facts and statements.
//!
//! **How a claim is found** (each step a named rule with a test in `tests/claims_rules.rs`):
//! 1. Every sentence of every body paragraph ([`crate::segment::sentences`]) is tokenized
//!    and folded ([`crate::normalize`]); the lexicons in `data/claims/` run over it as
//!    aho-corasick automata, accepting the clitics `و ف ب ل ك ال` in front.
//! 2. `detect`: a cardinal [`crate::model::NumberMention`] followed by a subject noun
//!    (`4 الأف مقاتل`, `المئات من المقاتلين`) or a demonym (`100 كازخي`), or preceded by
//!    `عدد <noun>`, is a claim draft — unless a hypothetical word (`خطر`, `مخاوف`) stands
//!    just before it.
//! 3. `bind`: the predicate is the nearest predicate word of the clause (ties: the word
//!    before), else one implied by the noun (`العائدين` → returned), else `present`;
//!    locations and time come from the clause and its neighbours; `organization`: the group
//!    named nearest the count (not the perpetrators, holders or sources).
//!    `origin`: from a demonym, `من <country>`, `الجنسية <demonym>`, or the destination
//!    of a return. `around`: events told by the words around the count rather than a
//!    predicate word (`إلى جهة مجهولة`, `السجون تضم`, `عن` across an aside); `lists`: how
//!    the counts of a sentence relate (list items, companions, batches, rankings).
//! 4. `attribution`: the speech event nearest before the number gives the speaker, a
//!    citation or named outlet the cited source; both carry across sentences when a
//!    sentence continues the report (`وأضاف`). In a question-and-answer interview
//!    (`interview`) the answers are the interviewee's.
//! 5. A restated number (`أربعة آلاف مسلح هو عدد كبير`) inherits what the first statement
//!    of that number said.

mod around;
mod attribution;
mod bind;
mod circumstances;
mod context;
mod demonyms;
mod detect;
mod duals;
mod evidence;
mod interview;
mod lexicon;
mod lists;
mod organization;
mod origin;
mod roles;
mod sentence;
mod view;

use crate::model::{Attribution, Claim, Document, Quantity, RoleFact, Statement, Subject};
use attribution::Carry;
use bind::PredSource;
use lists::{batch_composition, companion_before, glued_and, nationality_breakdown, ranking_words};
use sentence::without_wa;
use view::{DocCtx, View};

/// What claim extraction finds in a document.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Facts {
    /// Quantity claims.
    pub claims: Vec<Claim>,
    /// Person → stated role.
    pub roles: Vec<RoleFact>,
    /// Who said what.
    pub statements: Vec<Statement>,
}

/// A claim with how its predicate and origin were found, for the restatement rule.
struct Found {
    claim: Claim,
    pred_source: PredSource,
    /// The predicate came from `تحييد` ("neutralized"), read as killed unless split.
    neutralized: bool,
    /// The authority that did what the count tells (rule `acting_authority`), if any.
    acting: Option<crate::model::EntityRef>,
}

/// Most quantity claims taken from one sentence.
const MAX_CLAIMS_PER_SENTENCE: usize = 16;

/// Extracts facts from a document whose paragraphs, entities, dates, numbers, published
/// date and outlet are already filled in.
#[must_use]
pub fn extract(doc: &Document) -> Facts {
    let (extra, duals, para_sents) = demonyms::scan(doc);
    let ctx = DocCtx::new(doc, &extra, &duals, lexicon::get());
    let mut carry = Carry { report: attribution::dateline_agency(doc), ..Carry::default() };
    let nationality = self::origin::article_nationality(doc);
    let state = context::article_state(doc);
    let named_state = context::named_state(doc);
    let repatriation_story = context::repatriation_story(doc);
    let interview = interview::find(doc);
    let mut found: Vec<Found> = Vec::new();
    let mut recent = Recent::default();
    let mut facts = Facts::default();
    for (p, para) in doc.paragraphs.iter().zip(&para_sents) {
        carry.begin_paragraph();
        let mut previous: Option<View<'_>> = None;
        for span in crate::segment::sentences(&doc.text, p.span) {
            let v = View::new(&ctx, para.within(&doc.text, span));
            let attr = attribution::analyze(&ctx, &v, &mut carry);
            roles::roles(&ctx, &v, &mut facts.roles);
            roles::statements(&ctx, &v, &attr.events, &mut facts.statements);
            let mut drafts = detect::drafts(&v);
            // A sentence that states more counts than any real one does is a table or hostile
            // input: keep the first ones, so output stays proportional to the input.
            drafts.truncate(MAX_CLAIMS_PER_SENTENCE);
            let mut in_sentence: Vec<Found> = Vec::new();
            for (i, d) in drafts.iter().enumerate() {
                let next_number = drafts.get(i + 1).map(|n| n.num.start);
                // The previous count's words bound how far back a governing verb may be looked for.
                let floor = i.checked_sub(1).and_then(|j| drafts.get(j)).map_or(0, |p| p.num.end.max(p.subj.1));
                let mut pred = bind::predicate(&v, d, next_number, floor);
                // Rule `partitive_count` (predicate half): a part of earlier people with no
                // predicate word of its own did what they did — decided before the origin rules,
                // which depend on the predicate (`و7 إلى فرنسا` after a repatriation).
                if d.partitive
                    && pred.source == PredSource::Default
                    && let Some(prev) = in_sentence.last().or_else(|| found.last())
                {
                    pred.predicate = prev.claim.predicate;
                    pred.source = PredSource::Word;
                }
                if pred.predicate == crate::model::Predicate::Returned
                    && let Some(h) = &pred.hit
                    && around::intercepted_before(&v, h.start)
                {
                    pred.predicate = crate::model::Predicate::Prevented;
                }
                if pred.predicate == crate::model::Predicate::Fled
                    && pred.source == PredSource::SubjectNoun
                    && around::hosted_in_a_camp(&v)
                {
                    pred.predicate = crate::model::Predicate::Present;
                }
                // Rule `dual_needs_an_event`: `شابان يستقلان دراجة` — two people in a story with
                // nothing done to or by them are characters, not a count someone states.
                // (People counted as going along with an earlier count — `إضافة إلى ثلاثة من
                // العاملين` — get its event below, from `companions_share_predicate`.)
                // A single person (`شخص واحد`) is a count only when something happened to them.
                // A nationality's workers counted after `عدد` (`عدد المصريين العاملين في ليبيا بنحو مليون
                // عامل`) is a population someone estimates: no event needed.
                let estimated = d.needs_event
                    && v.counting.iter().any(|c| {
                        c.end <= d.num.start && c.start >= v.clause_start(d.num.start) && v.demonym_at(c.end).is_some()
                    });
                // `ضبط (21,430) مخالفًا، منهم …، و(4,876) مخالفًا`: a list item takes the head's event
                // (rule `elliptical_list_item` below).
                let list_item = d.num.start > 0
                    && (v.s.word(d.num.start - 1) == "و" || glued_and(&v, d))
                    && in_sentence.last().is_some_and(|p| p.pred_source == PredSource::Word);
                if ((d.num.dual.is_some() && !list_item)
                    || (d.needs_event && !estimated && !list_item)
                    || d.num.n.value == 1.0)
                    && pred.source == PredSource::Default
                    && (!companion_before(&v, d.num.start) || in_sentence.is_empty())
                {
                    continue;
                }
                if around::disease_cases(&v, d, &pred) {
                    continue;
                }
                let (ev, speaker, cited) = attr.resolve(d.num.start, &carry);
                // A speaker carried from an earlier sentence yields to the authority acting in
                // this one (`وأوقفت النيابة العامة الاتحادية ثلاثا من النساء` after a ministry spoke).
                let own_speaker = speaker.is_some() && ev.is_some();
                let acting = match (own_speaker, &pred.hit, pred.kind) {
                    (false, Some(h), Some(lexicon::PredKind::Verb | lexicon::PredKind::Agent))
                        if h.end <= d.num.start =>
                    {
                        attribution::acting_authority(&ctx, &v, Some(h), &carry)
                    }
                    // `تمكن المكتب … من تفكيك خلية تتكون من أربعة عناصر`: a verbal noun, or no
                    // predicate word, leaves the sentence's opening verb and its subject.
                    (false, _, _) => attribution::acting_authority(&ctx, &v, None, &carry),
                    _ => None,
                };
                // Rule `coordinated_action_shares_its_actor`: `أوقفت السلطات الروسية 20 شخصا …
                // ورحّلت آلاف المهاجرين` — a verb joined by `و` with no subject of its own is
                // done by the same authority as the count before it in the sentence.
                let acting = acting.or_else(|| {
                    let h = pred.hit.as_ref().filter(|h| {
                        !own_speaker && h.prefix.starts_with('و') && pred.kind == Some(lexicon::PredKind::Verb)
                    })?;
                    let prev = in_sentence
                        .last()
                        .filter(|p| p.claim.quantity.span.end <= v.s.span_of(h.start, h.end).start)?;
                    prev.acting.clone()
                });
                let acting_kept = acting.clone();
                let joint = self::origin::joint_repatriation(&v, &pred);
                let mut origin = match self::origin::own_nationals(&v, d, previous.as_ref()) {
                    Some(id) => self::origin::gazetteer_ref(&id),
                    None => self::origin::origin(&v, d, &pred).map(|(m, _)| m.to_ref(&doc.text)).or_else(|| {
                        self::origin::agent_capital(&v, &pred).and_then(|id| self::origin::gazetteer_ref(&id))
                    }),
                };
                // Rule `total_of_part`: `100 كازخي عادوا … من أصل 400 شخص` — the total is the
                // pool the part came from: it shares the part's origin, and those who returned
                // had first gone to join.
                if d.total
                    && let Some(part) = in_sentence.last()
                {
                    if origin.is_none() {
                        origin.clone_from(&part.claim.origin);
                    }
                    if pred.source != PredSource::SubjectNoun {
                        pred.predicate = match part.claim.predicate {
                            crate::model::Predicate::Returned => crate::model::Predicate::Joined,
                            other => other,
                        };
                        pred.source = PredSource::Word;
                    }
                }
                // Rule `partitive_count`: `بينهم 77 من عناصرها`, `عاد نحو 400 منهم` — a part of
                // the previous claim's people: same origin, and the same predicate unless its own
                // clause says another.
                if d.partitive
                    && let Some(prev) = in_sentence.last().or_else(|| found.last())
                {
                    if origin.is_none() {
                        origin.clone_from(&prev.claim.origin);
                    }
                    if pred.source == PredSource::Default {
                        pred.predicate = prev.claim.predicate;
                        pred.source = PredSource::Word;
                    }
                }
                // `745 من هؤلاء المقاتلين`: a demonstrative points back to people already named.
                let demonstrative = d.subj.0 > 0 && matches!(v.s.word(d.subj.0 - 1), "هولاء" | "اوليك");
                if (d.partitive || demonstrative) && origin.is_none() {
                    origin = self::origin::antecedent_demonym(&v, d.num.start, previous.as_ref());
                }
                // Rule `coordinated_list`: `16 رجلا و59 امرأة و156 طفلا`, `أعادت 35 طفلا و16
                // امرأة من مخيمات الاعتقال` — the items of a list share the head's predicate and origin.
                if let Some(prev) = in_sentence.last()
                    && i > 0
                    && let Some(pd) = drafts.get(i - 1)
                    && ((d.num.start > pd.subj.1 && d.num.start - pd.subj.1 <= 2 && v.s.word(d.num.start - 1) == "و")
                        || (d.num.start == pd.subj.1 && glued_and(&v, d)))
                {
                    // A casualty or status noun says its own event (`ثمانية قتلى و128 جريحا`,
                    // `9 محبوسين و14 هاربا`): the list does not make the wounded killed.
                    let casualty_noun =
                        pred.source == PredSource::SubjectNoun && pred.predicate != crate::model::Predicate::Present;
                    if !casualty_noun
                        && (pred.source != PredSource::Word || pred.hit.as_ref().is_some_and(|h| h.start > d.subj.1))
                    {
                        pred.predicate = prev.claim.predicate;
                        pred.source = PredSource::Word;
                    }
                    if origin.is_none() && !nationality_breakdown(&in_sentence) {
                        origin.clone_from(&prev.claim.origin);
                    }
                }
                // Rule `elliptical_list_item`: `وتوفي 22 شخصا في كشمير، و13 شخصا في بلوشيستان`
                // — a count opening with `و` and no predicate word of its own, after a count of
                // the same sentence that has one: the list does not repeat the verb. (Origin is
                // not shared: the items are usually split by place or nationality.)
                if pred.source == PredSource::Default
                    && d.num.start > 0
                    && (v.s.word(d.num.start - 1) == "و"
                        || glued_and(&v, d)
                        || detect::gapped_country(&v, &d.num).is_some())
                    && let Some(prev) = in_sentence.last()
                    && prev.pred_source == PredSource::Word
                {
                    pred.predicate = prev.claim.predicate;
                    pred.source = PredSource::Word;
                }
                // Rule `ranking_continues_the_event`: `أكثر من ألف شخص … سافروا` then `جاءت كوسوفو في
                // المقدمة بـ403 أشخاص، تليها البوسنة بنحو 330` — a ranking of countries breaks down
                // the count before it and tells the same event.
                if pred.source == PredSource::Default
                    && origin.is_some()
                    && ranking_words(&v)
                    && let Some(prev) = in_sentence.last().or_else(|| found.last())
                    && prev.pred_source == PredSource::Word
                {
                    pred.predicate = prev.claim.predicate;
                    pred.source = PredSource::Word;
                }
                // Rule `returnees_before_the_court`: `فيما ينتظر 150 عائدا المثول أمام القضاء` — in
                // a sentence about trials, returnees are counted for their prosecution.
                if pred.source == PredSource::SubjectNoun
                    && pred.predicate == crate::model::Predicate::Returned
                    && context::about_trial(&v)
                {
                    pred.predicate = crate::model::Predicate::Prosecuted;
                }
                // Rule `companions_share_predicate`: `استعادت هولندا 12 امرأة، إضافة إلى 28 طفلا`,
                // `برفقة 16 من أطفالهن` — people counted as going along with an earlier count of
                // the sentence underwent what it did.
                if pred.source == PredSource::Default
                    && (companion_before(&v, d.num.start) || context::apposition_before(&v, d.num.start))
                    && let Some(prev) = in_sentence.last()
                {
                    pred.predicate = prev.claim.predicate;
                    pred.source = PredSource::Word;
                    if origin.is_none() {
                        origin.clone_from(&prev.claim.origin);
                    }
                }
                // Rule `batch_composition`: `وأضاف أن الدفعة الجديدة تضم 612 شخصا` — what a
                // repatriation batch (flight, convoy) holds are people returned, from where
                // the article's last return claim says.
                if pred.source == PredSource::Default
                    && (batch_composition(&v, d.num.start, repatriation_story)
                        || (repatriation_story && context::carried_by_convoy(&v, d.num.start)))
                {
                    pred.predicate = crate::model::Predicate::Returned;
                    pred.source = PredSource::Word;
                    if origin.is_none()
                        && let Some(prev) = &recent.returned
                    {
                        origin.clone_from(prev);
                    }
                }
                // Rule `others_anaphora`: `مقتل 4 جنود عراقيين وإصابة 3 آخرين` — "others" are
                // more of the people the sentence just counted.
                // `ثلاث نساء أخريات`: "other" after the counted noun says the same, and may point
                // back to the previous sentence's count.
                let other_after = matches!(v.s.word(d.subj.1), "اخريات" | "اخرين" | "اخرون" | "اخري");
                if origin.is_none()
                    && ((d.subj.1 == d.subj.0 + 1 && matches!(v.s.word(d.subj.0), "اخرين" | "اخرون" | "واخرين"))
                        || other_after)
                    && let Some(prev) = in_sentence.last().or_else(|| found.last().filter(|_| other_after))
                {
                    origin.clone_from(&prev.claim.origin);
                }
                // Rule `definite_partitive`: `أن 11 من النساء أوقفن` — a count taken from
                // people already named (`من` + the article): their origin is that of the last
                // claim of the same class.
                if origin.is_none()
                    && d.num.n.qualifier != crate::model::Qualifier::Vague
                    && v.s.word(d.num.end) == "من"
                    && d.subj.0 == d.num.end + 1
                    && v.s.word(d.subj.0).starts_with("ال")
                    && let Some(prev) = recent.by_class.get(&d.class)
                {
                    origin.clone_from(prev);
                }
                // Rule `returnee_anaphora`: `أن العائدين هم 25 امرأة` — the returnees of the
                // article's last return claim.
                if origin.is_none()
                    && pred.predicate == crate::model::Predicate::Returned
                    && pred.hit.as_ref().is_some_and(|h| {
                        let w = v.s.word(h.start);
                        let w = without_wa(w);
                        pred.kind == Some(lexicon::PredKind::Noun) && (w.starts_with("ال") || w.starts_with("بال"))
                    })
                {
                    origin.clone_from(&recent.returned_with_origin);
                }
                // Rule `national_source_origin`: `بحسب المخابرات الداخلية الألمانية سافر أكثر
                // من 970 متشددا` — a national body counting departures or returns counts its
                // own nationals.
                let deported = context::deportation(&v, &pred, d.num.start);
                // Rule `citizens_of_the_speaker`: `تبحث السلطات عن مواطنين مفقودين` said by a
                // national official — "citizens" are the speaking state's.
                let citizens = d.subj.1 == d.subj.0 + 1
                    && matches!(v.s.word(d.subj.0), "مواطنين" | "مواطنون" | "مواطنا" | "مواطن" | "مواطنات");
                if origin.is_none()
                    && !joint
                    && !deported
                    && (citizens
                        || matches!(
                            pred.predicate,
                            crate::model::Predicate::Traveled
                                | crate::model::Predicate::Joined
                                | crate::model::Predicate::Returned
                        ))
                {
                    let spans =
                        [speaker.as_ref().map(|s| s.span), cited.as_ref().filter(|c| !c.outlet).map(|c| c.span)];
                    origin = spans.iter().flatten().find_map(|s| {
                        v.mentions
                            .iter()
                            .find(|m| {
                                m.m.entity.kind == crate::model::EntityKind::Country
                                    && s.contains(m.m.span)
                                    && m.m.form == crate::model::MentionForm::Demonym
                            })
                            .map(|m| m.m.to_ref(&doc.text))
                    });
                    // The speaking body belongs to a country (`bfv` → DE) in the gazetteer.
                    if origin.is_none() {
                        let g = crate::entities::gazetteer();
                        origin = [speaker.as_ref(), cited.as_ref().filter(|c| !c.outlet)]
                            .into_iter()
                            .flatten()
                            .filter_map(|s| g.get(s.r.id.as_deref()?))
                            .filter(|e| matches!(e.kind, crate::model::EntityKind::Organization))
                            .find_map(|e| g.get(e.parent.as_deref()?))
                            .filter(|c| c.kind == crate::model::EntityKind::Country)
                            .map(|c| crate::model::EntityRef {
                                aliases: Vec::new(),
                                id: Some(c.id.clone()),
                                kind: Some(c.kind),
                                name: c.name_ar.clone(),
                                text: String::new(),
                            });
                    }
                }
                // Rule `internal_displacement_origin`: `وفي بوركينا فاسو، تجاوز عدد النازحين داخليا
                // مليوني شخص` — people displaced inside a country are that country's.
                if origin.is_none()
                    && pred.predicate == crate::model::Predicate::Fled
                    && (0..v.len()).any(|k| v.s.word(k) == "داخليا")
                {
                    origin = v
                        .mentions
                        .iter()
                        .find(|m| {
                            m.m.entity.kind == crate::model::EntityKind::Country
                                && m.m.form == crate::model::MentionForm::Name
                        })
                        .map(|m| m.m.to_ref(&doc.text));
                }
                let mut origin = origin.and_then(|o| self::origin::city_to_country(doc, o));
                // Rule `sentence_population_carry`: `عدد الكويتيين … لا يتجاوز 20 شخصا، مشيرة إلى
                // أن ستة رجال محتجزون` — a later count of the same sentence with no place named
                // since the earlier one counts people of the same population.
                let many_origins = context::many_origins(&v, d);
                // `وضبطت شخصين من المواطنين`: citizens are the state's own, not the population before.
                let of_citizens = citizens
                    || (d.subj.1..(d.subj.1 + 3).min(v.len())).any(|k| {
                        let w = v.s.word(k);
                        w.starts_with("مواطن") || w.starts_with("المواطن")
                    });
                if origin.is_none()
                    && !joint
                    && !many_origins
                    && !of_citizens
                    && let Some(prev) = in_sentence.last()
                    && prev.claim.origin.is_some()
                    && !v.mentions.iter().any(|m| {
                        // Where the earlier people are held (`في سجون شمال شرق سوريا`) is no
                        // other population.
                        // (Only in the earlier count's clause: `، وإن في العراق تسعة رجال` opens another.)
                        let location = m.start > 0
                            && m.start < v.clause_start(d.num.start)
                            && matches!(v.s.word(m.start - 1), "في" | "داخل" | "بسجون" | "سجون" | "مخيمات");
                        // The earlier count's own nationality (`137 مغربيا`) is the population —
                        // unless the list is split by nationality (`أربعة مغاربة وثلاثة جزائريين`).
                        let same = prev.claim.origin.as_ref().and_then(|o| o.id.as_deref())
                            == Some(m.m.entity.id.as_str())
                            && !nationality_breakdown(&in_sentence);
                        (m.m.is_place() || m.m.entity.kind == crate::model::EntityKind::City)
                            && !location
                            && !same
                            && m.m.span.start >= prev.claim.quantity.span.end
                            && m.m.span.end <= d.num.n.span.start
                    })
                {
                    origin.clone_from(&prev.claim.origin);
                }
                // Rule `topic_country` (see `context`): `وفي النمسا، … سافر 340 شخصا`.
                if origin.is_none()
                    && !many_origins
                    && leaving_or_coming_home(pred.predicate)
                    && let Some(m) = context::topic_country(&v)
                {
                    origin = Some(m.to_ref(&doc.text));
                }
                if origin.is_none()
                    && let Some(m) = context::returnees_home(&v, d, pred.predicate)
                {
                    origin = Some(m.to_ref(&doc.text));
                }
                // Rule `article_nationality`: an article about one nationality's fighters
                // (`المغاربة`, `المقاتلين التونسيين` again and again) counts that nationality's
                // departures and returns even where a sentence does not repeat it.
                if origin.is_none()
                    && !joint
                    && !many_origins
                    && (leaving_or_coming_home(pred.predicate) || pred.predicate == crate::model::Predicate::Joined)
                {
                    origin.clone_from(&nationality);
                }
                // Rule `article_state` (see `context`): returnees in an article about one
                // state, with no other origin, are that state's own; so are its "citizens"
                // (`أعدمت السلطات 81 شخصا بينهم 73 مواطنا`).
                if origin.is_none()
                    && !joint
                    && !deported
                    && !many_origins
                    && d.class != crate::model::SubjectClass::Refugee
                    && (pred.predicate == crate::model::Predicate::Returned
                        || citizens
                        || d.class == crate::model::SubjectClass::Returnee
                        || context::returnees_named(&v, d.subj.1)
                        || named_state.as_ref().is_some_and(|s| context::nationals_abroad(&v, s, pred.predicate)))
                {
                    origin.clone_from(&state);
                }
                let exclude: Vec<crate::model::Span> =
                    [speaker.as_ref(), cited.as_ref()].into_iter().flatten().map(|s| s.span).collect();
                let organization = organization::organization(&v, d, ctx.main_org, &exclude).map(|mut r| {
                    if r.text.is_empty() {
                        r.text.clone_from(&r.name);
                    }
                    r
                });
                let origin_id = origin.as_ref().and_then(|o| o.id.clone());
                let locations = circumstances::locations(&v, d, None)
                    .into_iter()
                    .filter(|m| Some(&m.entity.id) != origin_id.as_ref())
                    .map(|m| m.to_ref(&doc.text))
                    .collect();
                let subj_span = v.s.span_of(d.subj.0, d.subj.1);
                let mut class = d.class;
                if d.partitive
                    && (subj_span.is_empty() || subj_span.slice(&doc.text).contains("نهم"))
                    && let Some(prev) = in_sentence.last().or_else(|| found.last())
                {
                    class = prev.claim.subject.class;
                }
                let claim = Claim {
                    quantity: Quantity {
                        value: whole_people(&d.num.n.text, d.num.n.value),
                        upper: d.num.n.upper.map(|u| whole_people(&d.num.n.text, u)),
                        qualifier: if d.num.n.qualifier == crate::model::Qualifier::Exact
                            && around::exceeded_count(&v, d)
                        {
                            crate::model::Qualifier::MoreThan
                        } else {
                            d.num.n.qualifier
                        },
                        text: d.num.n.text.clone(),
                        span: d.num.n.span,
                    },
                    subject: Subject { class, text: subj_span.slice(&doc.text).to_owned() },
                    predicate: pred.predicate,
                    origin,
                    organization,
                    locations,
                    attribution: Attribution {
                        // Only a body named in full (`النيابة العامة الاتحادية`) outranks the
                        // report's carried speaker; `القوات` alone is the report's own subject.
                        speaker: match (acting.clone(), speaker) {
                            (Some(a), Some(s)) if a.text.split_whitespace().count() < 2 => {
                                Some(attribution::with_alias(&doc.text, s))
                            }
                            (Some(a), _) => Some(a),
                            (None, s) => s.map(|s| attribution::with_alias(&doc.text, s)),
                        },
                        speech_verb: ev.map(|e| e.verb.clone()),
                        cited_source: cited.map(|s| attribution::with_alias(&doc.text, s)),
                        reporting_outlet: doc.outlet.clone(),
                    },
                    time: circumstances::time(doc, &v, d, previous.as_ref()),
                    // Rule `evidence_window` (in `evidence`): the sentence, or the words around the
                    // count when the sentence states more counts than real ones do.
                    evidence: evidence::evidence(&doc.text, &v.s, d.num.start, d.num.end.max(d.subj.1), drafts.len()),
                };
                // Rule `head_shares_the_subset_verb`: `142 شخصا بينهم 12 امرأة التحقوا` — the verb
                // after a subset named right after its head tells what the whole group did.
                if d.partitive
                    && pred.source == PredSource::Word
                    && pred.hit.as_ref().is_some_and(|h| h.start >= d.subj.1)
                    && i > 0
                    && drafts.get(i - 1).is_some_and(|pd| pd.subj.1 < d.num.start && d.num.start <= pd.subj.1 + 3)
                    && matches!(v.s.word(d.num.start.saturating_sub(1)), "بينهم" | "منهم" | "بينهن" | "منهن")
                    && let Some(head) = in_sentence.last_mut()
                    && head.pred_source == PredSource::Default
                {
                    head.claim.predicate = claim.predicate;
                    head.pred_source = PredSource::Word;
                }
                recent.note(&claim);
                let neutralized = pred.hit.as_ref().is_some_and(|h| v.s.word(h.start).contains("تحييد"));
                in_sentence.push(Found { claim, pred_source: pred.source, neutralized, acting: acting_kept });
            }
            // Rule `interview_answers` (see `interview`): an answer names no speaker of its own.
            if let Some(iv) = &interview
                && iv.answers(span)
                && !attr.events.iter().any(|e| e.explicit && e.speaker.is_some())
            {
                for f in &mut in_sentence {
                    f.claim.attribution.speaker = Some(iv.interviewee.clone());
                }
            }
            found.extend(in_sentence);
            previous = Some(v);
        }
    }
    attribution::fill_lede(found.iter_mut().map(|f| &mut f.claim), &carry);
    restatements(&mut found);
    split_neutralized(&mut found);
    facts.claims = found.into_iter().map(|f| f.claim).collect();
    facts
}

/// What the anaphora rules look back for, kept as claims are made (a backward scan over every
/// earlier claim for each new one was quadratic on a long article of such counts): the origin
/// of the latest claim of people returned, of the latest one with an origin, and of the
/// latest claim of each subject class.
#[derive(Default)]
struct Recent {
    returned: Option<Option<crate::model::EntityRef>>,
    returned_with_origin: Option<crate::model::EntityRef>,
    by_class: rustc_hash::FxHashMap<crate::model::SubjectClass, Option<crate::model::EntityRef>>,
}

impl Recent {
    fn note(&mut self, c: &Claim) {
        if c.predicate == crate::model::Predicate::Returned {
            self.returned = Some(c.origin.clone());
            if c.origin.is_some() {
                self.returned_with_origin.clone_from(&c.origin);
            }
        }
        self.by_class.insert(c.subject.class, c.origin.clone());
    }
}

/// Travel, return and a journey stopped: predicates whose people are told by the country they
/// leave or come back to.
fn leaving_or_coming_home(p: crate::model::Predicate) -> bool {
    use crate::model::Predicate as P;
    matches!(p, P::Returned | P::Traveled | P::Prevented)
}

/// Rule `neutralized_split`: the Algerian army's `تحييد` covers the killed, captured and
/// surrendered; alone it is read as killed. When the article itself states killed or
/// surrendered counts by other words (`القضاء على إرهابيين اثنين`, `سلم إرهابيان نفسيهما`), the
/// `تحييد` count is their total: neutralized.
fn split_neutralized(found: &mut [Found]) {
    use crate::model::Predicate as P;
    let split = found.iter().any(|f| !f.neutralized && matches!(f.claim.predicate, P::Killed | P::Surrendered));
    if !split {
        return;
    }
    for f in found.iter_mut().filter(|f| f.neutralized && f.claim.predicate == P::Killed) {
        f.claim.predicate = P::Neutralized;
    }
}

/// Rule `restated_number`: a number stated again without a predicate of its own
/// (`ورأى روغوزينسكي أن أربعة آلاف مسلح هو عدد كبير`) is the earlier claim of the same
/// exact number restated: it takes that claim's predicate, and its origin when it has
/// none. Vague counts (`مئات`) are too common to be linked this way.
fn restatements(found: &mut [Found]) {
    // The first earlier statement of each exact value, and of each value with each origin,
    // looked up instead of scanning every earlier claim (quadratic on a long list of counts
    // with no predicate). Same answer as the scan: the earliest matching claim wins, and a
    // claim is listed once it is final (it can only be matched by later ones).
    let key = |v: f64| (!v.is_nan()).then(|| if v == 0.0 { 0 } else { v.to_bits() });
    let mut first_of_value: rustc_hash::FxHashMap<u64, usize> = rustc_hash::FxHashMap::default();
    let mut first_of_origin: rustc_hash::FxHashMap<(u64, Option<String>), usize> = rustc_hash::FxHashMap::default();
    for i in 0..found.len() {
        let Some(value) = key(found[i].claim.quantity.value) else { continue };
        if found[i].pred_source == PredSource::Default
            && found[i].claim.quantity.qualifier != crate::model::Qualifier::Vague
        {
            let same = match &found[i].claim.origin {
                None => first_of_value.get(&value),
                Some(o) => first_of_origin.get(&(value, o.id.clone())),
            };
            if let Some(&j) = same {
                let (before, rest) = found.split_at_mut(i);
                let (me, f) = (&mut rest[0], &before[j]);
                me.claim.predicate = f.claim.predicate;
                if me.claim.origin.is_none() {
                    me.claim.origin.clone_from(&f.claim.origin);
                }
                if me.claim.organization.is_none() {
                    me.claim.organization.clone_from(&f.claim.organization);
                }
                me.pred_source = PredSource::Word;
            }
        }
        let f = &found[i];
        if f.pred_source != PredSource::Default && f.claim.quantity.qualifier != crate::model::Qualifier::Vague {
            first_of_value.entry(value).or_insert(i);
            if let Some(o) = &f.claim.origin {
                first_of_origin.entry((value, o.id.clone())).or_insert(i);
            }
        }
    }
}

/// Rule `dot_groups_thousands_of_people`: `توقيف (1.035) مهاجرا` — people come whole, so a
/// count read as a fraction with three digits after one dot (the Maghreb's thousands mark) is
/// thousands: 1,035, not 1.035. Other fractions (`2.5 مليون`, already whole) pass unchanged.
fn whole_people(text: &str, value: f64) -> f64 {
    if value.fract() == 0.0 {
        return value;
    }
    let digits: String = text.chars().filter(|c| c.is_ascii_digit() || *c == '.').collect();
    match digits.split_once('.') {
        Some((head, tail)) if (1..=3).contains(&head.len()) && tail.len() == 3 && !tail.contains('.') => {
            format!("{head}{tail}").parse().unwrap_or(value)
        }
        _ => value,
    }
}
