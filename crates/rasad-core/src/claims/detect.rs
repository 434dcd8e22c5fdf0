//! Claim detection: which numbers count people, and which noun they count.
//!
//! A number is a claim when a subject noun follows it (`4 الأف مقاتل`, `نحو 150 شخصا`),
//! after `من` (`المئات من المقاتلين`), or is itself a demonym (`100 كازخي`), or — when
//! nothing countable follows — when `عدد <subject>` stands before it in the clause
//! (`بلغ عدد العائدين 800`). Everything else (years, money, percentages, ages, durations,
//! countries, cells, flights) is left alone: the number kind says so, or no subject noun
//! follows.

use super::lexicon::SubjectEntry;
use super::sentence::without_wa;
use super::view::{MentionAt, NumberTok, View};
use crate::model::{NumberKind, SubjectClass};

/// A number bound to its subject, before predicate, origin and attribution.
#[derive(Clone, Debug)]
pub(crate) struct Draft<'d> {
    pub(crate) num: NumberTok<'d>,
    /// Subject tokens `[start, end)`.
    pub(crate) subj: (usize, usize),
    pub(crate) class: SubjectClass,
    pub(crate) implied: Option<crate::model::Predicate>,
    /// A demonym that is itself the subject (`100 كازخي`): the people's origin.
    pub(crate) demonym: Option<MentionAt<'d>>,
    /// `من أصل N`: a total of which another claim of the sentence counts a part.
    pub(crate) total: bool,
    /// `بينهم 77 من عناصرها`, `عاد منهم 270`: a part of the previous claim's people.
    pub(crate) partitive: bool,
    /// The noun counts people only when an event is told of them (see [`SubjectEntry`]).
    pub(crate) needs_event: bool,
}

impl<'d> Draft<'d> {
    /// People counted with no noun of their own class (elliptical item, bare count after a
    /// verb, `منهم`, tamyiz): `subj` is the span standing for them, maybe empty.
    fn people(num: NumberTok<'d>, subj: (usize, usize), partitive: bool) -> Self {
        Self {
            num,
            subj,
            class: SubjectClass::Person,
            implied: None,
            demonym: None,
            total: false,
            partitive,
            needs_event: false,
        }
    }

    /// A count whose subject words `subj` matched the lexicon entry `entry`.
    fn counted(num: NumberTok<'d>, subj: (usize, usize), entry: &SubjectEntry, partitive: bool) -> Self {
        Self {
            num,
            subj,
            class: entry.class,
            implied: entry.implied,
            demonym: None,
            total: false,
            partitive,
            needs_event: entry.needs_event,
        }
    }
}

/// Rule `partitive_count`: `منهم`/`بينهم` just before the number or right after it.
fn partitive_at(v: &View<'_>, n: &NumberTok<'_>) -> bool {
    let is_part = |w: &str| matches!(w, "منهم" | "بينهم" | "منهن" | "بينهن" | "منها" | "بينها" | "ومنهم" | "وبينهم");
    let lo = v.clause_start(n.start).max(n.start.saturating_sub(3));
    // Rule `breakdown_of_a_count`: `استعادة 146 من مواطنيها، هم 42 امرأة و104 أطفال`, `تضم 188
    // عائلة بواقع 686 فردا` — "they are", "amounting to" right before a number break the count
    // before it down or restate it: the same people, the same event.
    let breakdown = n.start > 0 && matches!(v.s.word(n.start - 1), "هم" | "وهم" | "هن" | "وهن" | "بواقع");
    breakdown || (lo..n.start).any(|k| is_part(v.s.word(k)) || demonstrative_pool(v, k)) || is_part(v.s.word(n.end))
}

/// Rule `partitive_noun_pool`: `من بين الأطفال 19 من جمهورية الشيشان`, `وبين القتلى 5 نساء` —
/// "among the <people>" right before the number takes the count out of them.
fn noun_pool(v: &View<'_>, k: usize, number: usize) -> bool {
    matches!(v.s.word(k), "بين" | "وبين") && k + 2 == number && v.subjects.iter().any(|h| h.start == k + 1)
}

/// Rule `partitive_pronoun_is_human`: the word standing for the counted people in `عاد منهم
/// 270`, `وبينهم 40` — a human plural pronoun at most three words before the number. `62
/// منها` ("62 of them", feminine singular: things — files, cases, contracts) has none, so it
/// is no count of people.
fn pronoun_before(v: &View<'_>, n: &NumberTok<'_>) -> Option<usize> {
    (n.start.saturating_sub(3)..n.start).rev().find(|&k| {
        let w = v.s.word(k);
        w.contains("منهم") || w.contains("بينهم") || w.contains("منهن") || w.contains("بينهن")
    })
}

/// Rule `partitive_demonstrative`: `بين هؤلاء 17 قياديا`, `ومن هؤلاء 40` — "among these" takes
/// the count out of people just named.
fn demonstrative_pool(v: &View<'_>, k: usize) -> bool {
    k > 0 && matches!(v.s.word(k), "هولاء" | "اوليك") && matches!(v.s.word(k - 1), "بين" | "من" | "ومن" | "وبين")
}

/// Rule `partitive_after_noun`: `واحتجزت ثمانية أشخاص منهم` — `منهم` right after the counted
/// noun makes the count a part of the people named before.
fn partitive_after_noun(v: &View<'_>, subj_end: usize) -> bool {
    matches!(v.s.word(subj_end), "منهم" | "منهن" | "بينهم" | "بينهن")
}

/// Rule `countable_number`: only cardinals of at least one, not inside a date, count people.
pub(crate) fn countable_number(v: &View<'_>, n: &NumberTok<'_>) -> bool {
    n.n.kind == NumberKind::Cardinal
        && n.n.value >= 1.0
        && n.n.value.is_finite()
        && !(n.start..n.end).any(|i| v.is_date(i))
}

/// Rule `subject_after_number`: the subject noun (or demonym) right after the number,
/// optionally after `من`.
fn subject_after<'d>(
    v: &View<'d>,
    at: usize,
    value: f64,
) -> Option<(usize, usize, SubjectEntry, Option<MentionAt<'d>>)> {
    let lex = super::lexicon::get();
    let try_at = |i: usize| {
        // A listed non-person noun wins over a subject read with an attached pronoun
        // (`مخالفة` "a violation" is not `مخالف` + `ه`).
        if let Some((e, h)) = View::value_at(&lex.subjects, &v.subjects, i)
            && (h.prefix.is_empty() || h.prefix == "ال")
            && View::at(&v.non_person, i).is_none()
        {
            return Some((h.start, h.end, *e, None));
        }
        // Rule `demonym_as_subject`: `100 كازخي`, `عشرات الفرنسيين` — but a feminine
        // singular (`16 عراقية` after `F-`) is an adjective of something else.
        let m = v.demonym_at(i)?;
        let feminine_singular = v.s.word(m.end - 1).ends_with("يه");
        // Rule `feminine_demonym_counts_women`: from eleven on, Arabic counts with a singular
        // noun (`30 تونسية` — thirty Tunisian women); below it a feminine singular after a number
        // is an adjective of something else.
        // Indefinite only: `بلوك 52 المصرية` describes a thing already named.
        let women = feminine_singular && value >= 11.0 && !v.s.word(m.start).starts_with("ال");
        (!feminine_singular || women).then_some((
            m.start,
            m.end,
            SubjectEntry {
                class: if women { SubjectClass::Woman } else { SubjectClass::Person },
                implied: None,
                needs_event: false,
            },
            Some(m.m),
        ))
    };
    // `نحو 7 آلاف من هؤلاء الأطفال`.
    let demonstrative = |k: usize| matches!(v.s.word(k), "هولاء" | "هذه" | "هذا" | "اوليك");
    try_at(at).or_else(|| {
        (v.s.word(at) == "من")
            .then(|| try_at(at + 1).or_else(|| demonstrative(at + 1).then(|| try_at(at + 2)).flatten()))
            .flatten()
    })
}

/// Rule `counted_before_number`: `بلغ عدد العائدين إلى تونس 800` — the counted noun stands
/// after `عدد` earlier in the clause and nothing countable follows the number.
fn subject_before<'d>(v: &View<'d>, n: &NumberTok<'d>) -> Option<(usize, usize, SubjectEntry)> {
    let lex = super::lexicon::get();
    // Something not countable as people follows (`800 سيارة`): not this rule's case.
    if View::at(&v.non_person, n.end).is_some() {
        return None;
    }
    let lo = v.clause_start(n.start).max(n.start.saturating_sub(16));
    v.counting.iter().rev().filter(|c| c.start >= lo && c.end <= n.start).find_map(|c| {
        if let Some((e, h)) = View::value_at(&lex.subjects, &v.subjects, c.end) {
            return Some((h.start, h.end, *e));
        }
        // Rule `counted_by_what_they_did`: `قدرت الاستخبارات عدد من غادروا هولندا بنحو 300` —
        // "the number of those who left": people, named by their deed.
        if matches!(v.s.word(c.end), "من" | "الذين" | "ممن" | "اللواتي")
            && v.predicates.iter().any(|h| {
                h.start == c.end + 1
                    && h.prefix.is_empty()
                    && lex.predicates.value(h.id).is_some_and(|e| e.kind == super::lexicon::PredKind::Verb)
            })
        {
            return Some((
                c.end,
                c.end + 1,
                SubjectEntry { class: SubjectClass::Person, implied: None, needs_event: false },
            ));
        }
        // Rule `counted_demonym_before_number`: `قدرت مصادر عدد الأردنيين الذين قاتلوا … بنحو
        // 3 آلاف` — the counted people are named by their nationality.
        let m = v.demonym_at(c.end)?;
        Some((m.start, m.end, SubjectEntry { class: SubjectClass::Person, implied: None, needs_event: false }))
    })
}

/// Rule `hypothetical_context`: a count a few words after `خطر`, `مخاوف`, `احتمال`… in its
/// clause is feared, not stated.
pub(crate) fn is_hypothetical(v: &View<'_>, n: &NumberTok<'_>) -> bool {
    let lo = v.clause_start(n.start);
    v.hypothetical.iter().any(|h| h.start >= lo && h.end <= n.start && n.start - h.end <= 4)
}

/// Rule `capacity_is_no_count`: `صُمّم لاستيعاب 1200 نزيل`, `تبلغ طاقته الاستيعابية 10 آلاف
/// شخص`, `بسعة 500 سرير` — how many a place was built to hold is no count of people there.
/// Only the number right after the capacity words (a verb of amount may stand between).
fn is_capacity(v: &View<'_>, n: &NumberTok<'_>) -> bool {
    let capacity = |w: &str| {
        matches!(
            without_wa(w),
            "لاستيعاب"
                | "استيعاب"
                | "بسعه"
                | "سعه"
                | "سعته"
                | "سعتها"
                | "الاستيعابيه"
                | "استيعابيه"
                | "يتسع"
                | "تتسع"
                | "يستوعب"
                | "تستوعب"
        )
    };
    let amount = |w: &str| matches!(without_wa(w), "تبلغ" | "يبلغ" | "تصل" | "يصل" | "ل" | "الي" | "نحو" | "حوالي");
    let mut k = n.start;
    while k > 0 && n.start - k < 3 && amount(v.s.word(k - 1)) {
        k -= 1;
    }
    k > 0 && capacity(v.s.word(k - 1))
}

/// Rule `year_after_season`: `في ربيع 2019`, `مطلع 2024`, `أواخر 2017` — a year after a season
/// or a part of the year is a date the date recognizer did not take, not a count.
fn year_after_season(v: &View<'_>, n: &NumberTok<'_>) -> bool {
    let year = n.n.value.fract() == 0.0 && (1950.0..=2100.0).contains(&n.n.value) && n.end == n.start + 1;
    year && n.start > 0
        && matches!(
            without_wa(v.s.word(n.start - 1)),
            "ربيع"
                | "صيف"
                | "خريف"
                | "شتاء"
                | "مطلع"
                | "اوايل"
                | "اواخر"
                | "منتصف"
                | "نهايه"
                | "بدايه"
                | "اواسط"
                | "عام"
                | "سنه"
                | "العام"
        )
}

/// Rule `model_number`: `F-16`, `سو-24` — a designation, not a count.
fn is_model_number(v: &View<'_>, n: &NumberTok<'_>) -> bool {
    n.start >= 2
        && matches!(v.s.word(n.start - 1), "-" | "_")
        && v.s.toks.get(n.start - 2).is_some_and(|t| t.span.end == v.s.toks[n.start - 1].span.start)
}

/// Rule `total_marker`: `من أصل 400 شخص`.
fn is_total(v: &View<'_>, n: &NumberTok<'_>) -> bool {
    v.totals.iter().any(|h| h.end == n.start)
}

/// Rule `every_one_is_not_a_count`: `كل واحد منهم`, `لكل واحدة` — "each one" distributes
/// over people already counted; it counts nobody.
fn every_one(v: &View<'_>, n: &NumberTok<'_>) -> bool {
    // `يتقاضى الواحد منهم 10 آلاف دولار`: "each one of them" is no count either.
    let each = n.n.value == 1.0 && n.end == n.start + 1 && matches!(v.s.word(n.start), "الواحد" | "للواحد" | "والواحد");
    each || (n.n.value == 1.0 && n.start > 0 && matches!(v.s.word(n.start - 1), "كل" | "لكل" | "بكل" | "وكل" | "فكل"))
}

/// Rule `rate_denominator_is_not_a_count`: `13.2 وفاة لكل مائة ألف شخص`, `طبيب لكل 1000
/// نسمة` — the people after "per" are the base of a rate, not people anything happened to.
fn rate_denominator(v: &View<'_>, n: &NumberTok<'_>) -> bool {
    // `واحد من كل أربعة لاجئين`: "one in every four" is a share, not four people.
    let one_in_every = n.start >= 2 && v.s.word(n.start - 1) == "كل" && v.s.word(n.start - 2) == "من";
    // `بخمسة أضعاف`, `ثلاث مرات`: a multiple.
    let multiple = matches!(v.s.word(n.end), "اضعاف" | "ضعف" | "ضعفا" | "مرات" | "مره");
    one_in_every || multiple || (n.start > 0 && matches!(v.s.word(n.start - 1), "لكل" | "ولكل" | "مقابل كل"))
}

/// Rule `one_as_adjective_of_a_thing`: `تجمع بينهم حالة واحدة` — the word "one" after a noun
/// that is no person (`حالة`, `مرة`) describes it; it counts nobody. After a person noun
/// (`شخص واحد`) it still counts.
fn one_of_a_thing(v: &View<'_>, n: &NumberTok<'_>) -> bool {
    let lex = super::lexicon::get();
    n.n.value == 1.0
        && n.start > 0
        && matches!(
            crate::normalize::normalize(n.n.text.trim()).as_str(),
            "واحد" | "واحده" | "واحدا" | "وحيد" | "وحيده"
        )
        && !v.subjects.iter().any(|h| h.end == n.start && lex.subjects.value(h.id).is_some())
}

/// Rule `definite_numeral_is_anaphoric`: `الرجال الأربعة`, `أطفالها الثلاثة` — a numeral
/// with the article after a definite noun (or one with a pronoun) describes people already
/// known; it does not state a new count.
fn definite_numeral(v: &View<'_>, n: &NumberTok<'_>) -> bool {
    let word = crate::normalize::normalize(n.n.text.trim());
    let word = without_wa(&word);
    // `آلاف`, `ألف` fold to an `ال…` spelling too: only the units and tens with the article.
    let units = ["ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع", "عشر", "اثن"];
    // `العشرات` ("tens of") is a vague plural, not the numeral ten with the article.
    let definite =
        word.strip_prefix("ال").is_some_and(|r| units.iter().any(|u| r.starts_with(u))) && !word.ends_with("ات");
    if !definite || n.start == 0 || v.s.is_punct(n.start - 1) {
        return false;
    }
    let prev = v.s.word(n.start - 1);
    let prev = without_wa(prev);
    // `فالمتهمون الأربعة`: the article behind `ف` too.
    let prev = prev.strip_prefix('ف').filter(|r| r.starts_with("ال")).unwrap_or(prev);
    prev.starts_with("ال") || ["ها", "هم", "هن", "ه"].iter().any(|p| prev.ends_with(p))
}

/// Rule `event_on_definite_count`: `وتوقيف أعضائها الأربعة`, `مقتل الجنود الثلاثة` — a definite
/// numeral is anaphoric, but when the verbal noun of an event stands right before its noun the
/// phrase states what happened to that many people. Returns the counted noun.
fn event_on_definite<'d>(v: &View<'d>, n: &NumberTok<'d>) -> Option<(usize, usize, SubjectEntry)> {
    let lex = super::lexicon::get();
    if !definite_numeral(v, n) {
        return None;
    }
    let h = v.subjects.iter().find(|h| h.end == n.start)?;
    // Rule `definite_count_of_defendants`: `فالمتهمون الأربعة الذين قدمتهم السلطات` — the
    // accused as the clause's subject (nominative `-ون`) are counted by the numeral after
    // them: a trial names its defendants that way. In a construct (`محامي المتهمين الخمسة`)
    // they are only mentioned.
    if v.s.word(h.end - 1).ends_with("ون")
        && let Some(e) = lex.subjects.value(h.id).filter(|e| e.implied == Some(crate::model::Predicate::Prosecuted))
    {
        return Some((h.start, h.end, *e));
    }
    // `المقاتلين الأربعة اعتقلوا فور وصولهم`: a plural verb right after the numeral tells the
    // event as well.
    let event = v.predicates.iter().any(|p| {
        let before = p.end == h.start
            && lex
                .predicates
                .value(p.id)
                .is_some_and(|e| e.predicate.is_some() && e.kind == super::lexicon::PredKind::Noun);
        let after = p.start == n.end
            && p.prefix.is_empty()
            && ["وا", "ون"].iter().any(|e| v.s.word(p.start).ends_with(e))
            && lex
                .predicates
                .value(p.id)
                .is_some_and(|e| e.predicate.is_some() && e.kind == super::lexicon::PredKind::Verb);
        before || after
    });
    event.then(|| lex.subjects.value(h.id).map(|e| (h.start, h.end, *e))).flatten()
}

/// Rule `number_after_noun`: `تحييد إرهابيين اثنين`, `مقتل شخص واحد` — one and two follow
/// the noun they count, as an adjective. Returns the subject noun ending where the number starts.
fn noun_before_number<'d>(v: &View<'d>, n: &NumberTok<'d>) -> Option<(usize, usize, SubjectEntry)> {
    let lex = super::lexicon::get();
    let word = crate::normalize::normalize(n.n.text.trim());
    // `واحد` begins with `و` itself: the word is tried as written and without the conjunction.
    let one_or_two =
        |w: &str| matches!(w, "واحد" | "واحدا" | "واحده" | "اثنين" | "اثنان" | "اثنتين" | "اثنتان" | "اثنين اثنين");
    let adjectival = one_or_two(&word) || one_or_two(without_wa(&word));
    if !adjectival || n.start == 0 {
        return None;
    }
    let h = v.subjects.iter().find(|h| h.end == n.start)?;
    Some((h.start, h.end, *lex.subjects.value(h.id)?))
}

/// Rule `number_after_demonym`: `حكم على فرنسيين اثنين` — "two" after a demonym counts its
/// people, as after any other noun (`number_after_noun`).
fn demonym_before_number<'a, 'd>(v: &'a View<'d>, n: &NumberTok<'d>) -> Option<&'a super::view::MentionTok<'d>> {
    let word = crate::normalize::normalize(n.n.text.trim());
    let adjectival = matches!(word.as_str(), "اثنين" | "اثنان" | "اثنتين" | "اثنتان");
    let demonym_ending_at = |k: usize| {
        v.mentions.iter().find(|m| m.end == k && m.m.form == crate::model::MentionForm::Demonym && m.m.is_place())
    };
    // Rule `demonym_then_by_count`: `العراقيون هم الكتلة الأكبر، يليهم السوريون بنحو 16 ألفا` —
    // a plural demonym, then its count after `بـ` or `بنحو`: that many of them.
    let hedge = |w: &str| matches!(w, "بنحو" | "بحوالي" | "بقرابه" | "ب");
    // The hedge may be inside the number's words (`بنحو 16 ألفا`) or just before them.
    let by_at = if hedge(v.s.word(n.start)) || v.s.word(n.start).starts_with('ب') {
        Some(n.start)
    } else {
        (n.start >= 2 && hedge(v.s.word(n.start - 1))).then(|| n.start - 1)
    };
    if let Some(k) = by_at.filter(|_| nothing_counted_after(v, n.end))
        // A plural of people (`السوريون`), not the adjective of a place (`الأراضي الليبية`).
        && let Some(m) = demonym_ending_at(k)
            .filter(|m| v.s.word(m.start).starts_with("ال") && !v.s.word(m.end - 1).ends_with("يه"))
    {
        return Some(m);
    }
    if !adjectival || n.start == 0 {
        return None;
    }
    demonym_ending_at(n.start)
}

/// Rule `gapped_country_item`: `أعادت كازاخستان 750 شخصا، وأوزبكستان نحو 530`, `فرنسا تتصدر
/// … بنحو 1900 شخص، تليها ألمانيا بأكثر من 1000، ثم بريطانيا بنحو 850` — a list that says its
/// verb once and then names a country before each count: the count is that country's people.
/// The item opens after a comma with `و`, or with `ثم`/`تليها`; the count follows the country
/// right away or after `بـ`/`بنحو`. Returns the country's mention.
pub(crate) fn gapped_country<'a, 'd>(v: &'a View<'d>, n: &NumberTok<'d>) -> Option<&'a super::view::MentionTok<'d>> {
    let hedge = |w: &str| matches!(w, "بنحو" | "بحوالي" | "بقرابه" | "ب" | "بما" | "باكثر");
    let m = v.mentions.iter().find(|m| {
        m.m.entity.kind == crate::model::EntityKind::Country
            && m.m.form != crate::model::MentionForm::Demonym
            && (m.end == n.start || (m.end + 1 == n.start && hedge(v.s.word(m.end))))
    })?;
    let opener_before = m.start > 0
        && matches!(without_wa(v.s.word(m.start - 1)), "ثم" | "تليها" | "يليها" | "تلتها" | "تليهما" | "بعدها");
    let glued_and = v.s.word(m.start).starts_with('و') && m.start > 0 && v.s.is_punct(m.start - 1);
    let and_word = m.start > 1 && v.s.word(m.start - 1) == "و" && v.s.is_punct(m.start - 2);
    (opener_before || glued_and || and_word).then_some(m)
}

/// True when token `k` ends the phrase of a number with no noun: a preposition, punctuation
/// or the end of the sentence.
fn nothing_counted_after(v: &View<'_>, k: usize) -> bool {
    k >= v.len()
        || v.s.is_punct(k)
        || matches!(
            v.s.word(k),
            "الي"
                | "من"
                | "في"
                | "علي"
                | "خلال"
                | "منذ"
                | "قبل"
                | "بعد"
                | "حتي"
                | "امس"
                | "اليوم"
                | "بينما"
                | "فيما"
        )
}

/// Rule `elliptical_list_item`: `أعادت 11 عنصرا إلى ألمانيا و7 إلى فرنسا` — a bare number
/// joined by `و` to an earlier count of the sentence counts the same kind of people.
fn elliptical_item(v: &View<'_>, n: &NumberTok<'_>, earlier: bool) -> bool {
    // `عاقبت 69 متهما بالسجن المؤبد … و39 بالسجن سبع سنوات`: a sentence list repeats the
    // sentence (`ب` + its noun) after each bare count.
    let sentence_after = v.s.word(n.end).starts_with('ب') && v.predicates.iter().any(|h| h.start == n.end);
    let and_before = (n.start > 0 && v.s.word(n.start - 1) == "و") || v.s.word(n.start).starts_with('و');
    earlier && and_before && n.end < v.len() && (nothing_counted_after(v, n.end) || sentence_after)
}

/// Rule `bare_count_after_verb`: `عاد نحو 250 إلى المملكة`, `قتل 12 في الهجوم`, `مقتل العشرات
/// منذ بداية العام` — a number right after a predicate verb or verbal noun (not one of purpose,
/// `للقتال`), followed by a preposition or the end of the clause, counts people even with no
/// noun.
fn bare_count_after_verb(v: &View<'_>, n: &NumberTok<'_>) -> bool {
    let lex = super::lexicon::get();
    // `التوجه نحو واحد من حلين`: a bare "one" is a pronoun, not a count.
    n.n.value >= 2.0
        && n.start > 0
        && n.end < v.len()
        && (nothing_counted_after(v, n.end) || next_event_of_others(v, n.end))
        && v.predicates.iter().any(|h| {
            // `قتل منهم تسعة`: "of them" may stand between the verb and its count.
            (h.end == lead(v, n) || (h.end + 1 == n.start && matches!(v.s.word(h.end), "منهم" | "منهن" | "بينهم")))
                && lex.predicates.value(h.id).is_some_and(|e| {
                    e.predicate.is_some()
                        && (e.kind != super::lexicon::PredKind::Noun || !super::sentence::has_lam_prefix(&h.prefix))
                })
        })
}

/// Rule `count_with_nationality`: `و3 يحملون الجنسية الأوزبكية` — a bare count whose people
/// are told by the nationality they hold.
fn nationality_after(v: &View<'_>, n: &NumberTok<'_>) -> bool {
    let lex = super::lexicon::get();
    // Only "holding" (`يحملون الجنسية`): `من 60 جنسية` counts nationalities, not people.
    let holding = ["يحمل", "تحمل", "حمله", "حاملي", "حاملين"].iter().any(|p| v.s.word(n.end).starts_with(p));
    n.n.value >= 2.0
        && holding
        && v.origin_markers.iter().any(|h| {
            h.start == n.end && lex.origin_markers.value(h.id) == Some(&super::lexicon::OriginMarker::Nationality)
        })
}

/// Rule `digits_then_words`: `استشهاد (12) اثني عشر مصليا` — legal and official style writes
/// a count in digits, bracketed, then in words: the words' number begins where the brackets do.
fn lead(v: &View<'_>, n: &NumberTok<'_>) -> usize {
    v.numbers
        .iter()
        .find(|m| m.end == n.start && v.s.word(m.start) == "(" && (m.n.value - n.n.value).abs() < 1e-9)
        .map_or(n.start, |m| m.start)
}

/// `مقتل 5 وإصابة 3 من المسلحين`: the next coordinated event after a bare count starts the
/// next count; nothing is counted by a noun between them.
fn next_event_of_others(v: &View<'_>, k: usize) -> bool {
    v.s.word(k).starts_with('و') && v.predicates.iter().any(|h| h.start == k)
}

/// Rule `tamyiz_of_person_shape`: `قتل 37 مزارعا`, `مقتل 18 تكفيريا` — after a number, the
/// accusative singular (`-ًا`) is the counted noun. When the noun is not in the lexicon but has
/// the shape of a word for a person — a participle (`مـ…`: `مزارع`, `موظف`), a nisba (`…ي`),
/// an agent noun (`فاعل`: `حارس`) or `فعيل` (`نزيل`) — and a predicate that happens only to
/// people (killed, arrested, kidnapped …) stands right before the number, it counts people.
/// Things counted with the same shapes (`منزلا`, `مولدا`) are listed as non-person nouns.
fn tamyiz_person(v: &View<'_>, n: &NumberTok<'_>) -> bool {
    use crate::model::Predicate as P;
    let lex = super::lexicon::get();
    if n.n.value < 11.0 || n.end >= v.len() || View::at(&v.non_person, n.end).is_some() {
        return false;
    }
    let w = v.s.word(n.end);
    let Some(stem) = w.strip_suffix('ا') else { return false };
    let chars: Vec<char> = stem.chars().collect();
    if chars.len() < 4 || chars.len() > 7 || stem.starts_with("ال") {
        return false;
    }
    // مفعل/مفاعل (`مزارع`), nisba (`تكفيري`), فاعل (`حارس`), فعيل (`نزيل`), فعّال (`صياد`).
    let shaped = chars[0] == 'م'
        || stem.ends_with('ي')
        || (chars.len() == 4 && (chars[1] == 'ا' || chars[2] == 'ي' || chars[2] == 'ا'));
    let person_predicate = v.predicates.iter().any(|h| {
        h.end == lead(v, n)
            && lex.predicates.value(h.id).and_then(|e| e.predicate).is_some_and(|p| {
                matches!(
                    p,
                    P::Killed | P::Wounded | P::Arrested | P::Detained | P::Kidnapped | P::Surrendered | P::Fled
                )
            })
            // `ضبط`, `حجز` seize things as often as people.
            && !v.s.word(h.start).contains("ضبط")
    });
    shaped && person_predicate
}

/// Rule `anaphoric_count`: `جميع السجناء المنتمين إلى الجماعة، وعددهم 64، فروا`, `مقاتلي التنظيم
/// المحتجزين لديها، وعددهم بالآلاف` — "and their number is N" counts the people named just
/// before. Returns the antecedent: the nearest subject noun within twelve words before it.
fn anaphoric_count(v: &View<'_>, n: &NumberTok<'_>) -> Option<(usize, usize, SubjectEntry)> {
    let lex = super::lexicon::get();
    let k = n.start.checked_sub(1)?;
    let w = v.s.word(k);
    let w = without_wa(w);
    if !matches!(w, "عددهم" | "عددهن" | "تعدادهم" | "عدادهم") {
        return None;
    }
    let h = v.subjects.iter().rev().find(|h| h.end <= k && h.start + 12 >= k)?;
    Some((h.start, h.end, *lex.subjects.value(h.id)?))
}

/// Rule `count_before_goal`: `أجبر نحو 800 ألف على الفرار` — a bare number followed by `على`
/// and a predicate noun (the goal of a forcing verb) counts people.
fn count_before_goal(v: &View<'_>, n: &NumberTok<'_>) -> bool {
    let lex = super::lexicon::get();
    n.n.value >= 2.0
        && v.s.word(n.end) == "علي"
        && v.predicates.iter().any(|h| {
            h.start == n.end + 1
                && lex
                    .predicates
                    .value(h.id)
                    .is_some_and(|e| e.predicate.is_some() && e.kind == super::lexicon::PredKind::Noun)
        })
}

/// Every claim draft of a sentence, in order.
pub(crate) fn drafts<'d>(v: &View<'d>) -> Vec<Draft<'d>> {
    let lex = super::lexicon::get();
    let mut out: Vec<Draft<'d>> = Vec::new();
    for n in &v.numbers {
        if !countable_number(v, n)
            || is_hypothetical(v, n)
            || is_model_number(v, n)
            || is_capacity(v, n)
            || year_after_season(v, n)
            || every_one(v, n)
            || rate_denominator(v, n)
            || one_of_a_thing(v, n)
            || (definite_numeral(v, n) && event_on_definite(v, n).is_none())
        {
            continue;
        }
        // Two number mentions over the same words (a recognizer reporting `4` and `4 الأف`)
        // make one claim: keep the first, which is the longer by the recognizer's order.
        if out.iter().any(|d| d.num.start < n.end && n.start < d.num.end) {
            continue;
        }
        let partitive = partitive_at(v, n);
        // Rule `number_then_count_of`: `ليرتفع إلى 11 عدد الفرنسيين المحكومين بالإعدام` — the
        // number put before "the number of …" counts the people named after it.
        let count_of = v.s.word(n.end) == "عدد";
        let draft = if let Some(class) = n.dual {
            // The dual noun is both the number and what it counts.
            Draft {
                num: *n,
                subj: (n.start, n.end),
                class,
                implied: None,
                demonym: None,
                total: false,
                // `مقتل ثمانية أشخاص، بينهم امرأتان`: a dual may be a part of people just counted.
                partitive,
                needs_event: false,
            }
        } else if let Some((a, b, e, dem)) =
            if count_of { subject_after(v, n.end + 1, 11.0) } else { subject_after(v, n.end, n.n.value) }
        {
            Draft {
                num: *n,
                subj: (a, b),
                class: e.class,
                implied: e.implied,
                demonym: dem,
                total: !count_of && is_total(v, n),
                partitive: partitive || (!count_of && partitive_after_noun(v, b)),
                needs_event: e.needs_event,
            }
        } else if let Some((a, b, e)) = anaphoric_count(v, n) {
            Draft::counted(*n, (a, b), &e, partitive)
        } else if count_before_goal(v, n) {
            Draft::people(*n, (n.end, n.end), partitive)
        } else if tamyiz_person(v, n) {
            Draft::people(*n, (n.end, n.end + 1), partitive)
        } else if let Some((a, b, e)) = event_on_definite(v, n) {
            Draft::counted(*n, (a, b), &e, partitive)
        } else if let Some((a, b, e)) = noun_before_number(v, n) {
            Draft::counted(*n, (a, b), &e, partitive)
        } else if let Some(m) = demonym_before_number(v, n) {
            // `فرنسيين اثنين`: the demonym is the counted people and their origin.
            Draft { demonym: Some(m.m), ..Draft::people(*n, (m.start, m.end), partitive) }
        } else if let Some((a, b, e)) = subject_before(v, n) {
            Draft::counted(*n, (a, b), &e, partitive)
        } else if let Some(p) = View::value_at(&lex.predicates, &v.predicates, n.end).filter(|(e, h)| {
            e.kind == super::lexicon::PredKind::Verb
                && h.prefix.is_empty()
                && (v.s.word(h.start).ends_with("وا") || v.s.word(h.start).ends_with("ون"))
        }) {
            // Rule `elided_subject`: `وأن نحو 50 قتلوا في المعارك` — a plural verb right after
            // the number: the people are the previous claim's.
            let _ = p;
            Draft::people(*n, (n.start, n.start), true)
        } else if v.s.word(n.end) == "من" && matches!(v.s.word(n.end + 1), "هولاء" | "اوليك") {
            // Rule `count_of_these`: `مئات من هؤلاء قتلوا`, `745 من هؤلاء` — a part of the people
            // just named; class and origin come from them (the caller's partitive rule).
            Draft::people(*n, (n.end, n.end + 2), true)
        } else if let Some(e) = n
            .start
            .checked_sub(2)
            .filter(|&k| noun_pool(v, k, n.start) && v.s.word(n.end) == "من")
            .and_then(|k| v.subjects.iter().find(|h| h.start == k + 1))
            .and_then(|h| lex.subjects.value(h.id).map(|e| (h.start, h.end, *e)))
        {
            // `من بين الأطفال 19 من جمهورية الشيشان`: the pool names the people; where they are
            // from follows.
            // The counted words are the number's own (`19 من …`): origin is looked for after it.
            Draft { subj: (n.end, n.end), ..Draft::counted(*n, (e.0, e.1), &e.2, true) }
        } else if partitive && (v.s.word(n.end) == "منهم" || v.s.word(n.end) == "منهن") {
            // `عاد نحو 400 منهم`: the people are the previous claim's; the class is filled in
            // from it by the caller.
            Draft::people(*n, (n.end, n.end + 1), partitive)
        } else if let Some(k) = (partitive
            && (n.end >= v.len() || View::at(&v.stops, n.end).is_some() || v.s.is_punct(n.end)))
        .then(|| pronoun_before(v, n))
        .flatten()
        {
            // `عاد منهم 270 إلى المغرب`: `منهم` stands for the counted noun.
            Draft::people(*n, (k, k + 1), partitive)
        } else if let Some(m) = gapped_country(v, n).filter(|_| !out.is_empty() && nothing_counted_after(v, n.end)) {
            // The predicate comes from the list's first item (the caller's partitive rule).
            Draft { demonym: Some(m.m), ..Draft::people(*n, (n.start, n.start), true) }
        } else if let Some(partitive) = if elliptical_item(v, n, !out.is_empty()) {
            // The class and predicate come from the earlier count (the caller's partitive rule).
            Some(true)
        } else {
            (bare_count_after_verb(v, n) || nationality_after(v, n)).then_some(partitive)
        } {
            // A count with no noun of its own: people, by the rule that admitted it.
            Draft::people(*n, (n.end, n.end), partitive)
        } else {
            continue;
        };
        // Rule `rate_numerator`: `طبيب واحد لكل 1500 شخص`, `5 أطباء لكل ألف نسمة` — a count
        // "per" another is a rate, not people counted.
        if v.s.word(draft.subj.1.max(draft.num.end)) == "لكل" {
            continue;
        }
        out.push(draft);
    }
    out
}
