//! One test per claim rule. Each builds a Document the way the pipeline fills it —
//! paragraphs, numbers (value, qualifier, kind), dates and entity mentions (name or
//! demonym) — and runs `claims::extract` on it, so these test the binder alone, whatever
//! the recognizers upstream do today. `claims_pipeline.rs` runs the same through `analyze`.

use rasad_core::claims::extract;
use rasad_core::model::*;

/// A document of blank-line-separated paragraphs, with the given numbers and entities
/// located by their first occurrence (after `skip` earlier ones) in the text.
struct Builder {
    doc: Document,
}

impl Builder {
    fn new(body: &str) -> Self {
        let text = body.to_owned();
        let mut paragraphs = Vec::new();
        let mut at = 0;
        for block in text.split("\n\n") {
            let lead = block.len() - block.trim_start().len();
            let t = block.trim();
            if !t.is_empty() {
                paragraphs.push(TextSpan::of(&text, Span::new(at + lead, at + lead + t.len())));
            }
            at += block.len() + 2;
        }
        Self { doc: Document { text, paragraphs, ..Document::default() } }
    }

    fn find(&self, needle: &str, nth: usize) -> Span {
        let mut from = 0;
        let mut found = None;
        for _ in 0..=nth {
            let i = self.doc.text[from..].find(needle).unwrap_or_else(|| panic!("{needle:?} not in text")) + from;
            found = Some(i);
            from = i + needle.len();
        }
        let i = found.unwrap();
        Span::new(i, i + needle.len())
    }

    fn num(mut self, surface: &str, value: f64, qualifier: Qualifier) -> Self {
        self.doc.numbers.push(number(self.find(surface, 0), surface, value, qualifier, NumberKind::Cardinal));
        self
    }

    fn num_nth(mut self, surface: &str, nth: usize, value: f64, qualifier: Qualifier) -> Self {
        self.doc.numbers.push(number(self.find(surface, nth), surface, value, qualifier, NumberKind::Cardinal));
        self
    }

    fn num_kind(mut self, surface: &str, value: f64, kind: NumberKind) -> Self {
        self.doc.numbers.push(number(self.find(surface, 0), surface, value, Qualifier::Exact, kind));
        self
    }

    fn ent(mut self, surface: &str, id: &str, kind: EntityKind, form: MentionForm) -> Self {
        let span = self.find(surface, 0);
        let mention = Mention { text: surface.to_owned(), span, form };
        if let Some(e) = self.doc.entities.iter_mut().find(|e| e.id == id) {
            e.mentions.push(mention);
        } else {
            self.doc.entities.push(Entity {
                id: id.to_owned(),
                kind,
                name_ar: surface.to_owned(),
                name_en: id.to_owned(),
                aliases: vec![],
                mentions: vec![mention],
                role: None,
            });
        }
        self
    }

    fn place(self, surface: &str, id: &str) -> Self {
        let kind = if id.len() == 2 && id.chars().all(|c| c.is_ascii_uppercase()) {
            EntityKind::Country
        } else {
            EntityKind::Region
        };
        self.ent(surface, id, kind, MentionForm::Name)
    }

    fn demonym(self, surface: &str, id: &str) -> Self {
        let kind = if id.len() == 2 && id.chars().all(|c| c.is_ascii_uppercase()) {
            EntityKind::Country
        } else {
            EntityKind::Region
        };
        self.ent(surface, id, kind, MentionForm::Demonym)
    }

    fn claims(mut self) -> Vec<Claim> {
        self.doc.numbers.sort_by_key(|n| n.span.start);
        extract(&self.doc).claims
    }

    fn facts(mut self) -> rasad_core::claims::Facts {
        self.doc.numbers.sort_by_key(|n| n.span.start);
        extract(&self.doc)
    }
}

fn number(span: Span, surface: &str, value: f64, qualifier: Qualifier, kind: NumberKind) -> NumberMention {
    NumberMention { text: surface.to_owned(), span, value, upper: None, qualifier, kind, unit: None }
}

fn only(claims: &[Claim]) -> &Claim {
    assert_eq!(claims.len(), 1, "expected one claim, got {claims:#?}");
    &claims[0]
}

fn origin_id(c: &Claim) -> Option<&str> {
    c.origin.as_ref().and_then(|o| o.id.as_deref())
}

fn speaker_name(c: &Claim) -> Option<&str> {
    c.attribution.speaker.as_ref().map(|s| s.name.as_str())
}

fn cited_name(c: &Claim) -> Option<&str> {
    c.attribution.cited_source.as_ref().map(|s| s.name.as_str())
}

// ---- detection -------------------------------------------------------------------

#[test]
fn subject_after_number() {
    let c = Builder::new("وقال المسؤول إن 350 مقاتلا عادوا.").num("350", 350.0, Qualifier::Exact).claims();
    let c = only(&c);
    assert_eq!((c.quantity.value, c.subject.class, c.subject.text.as_str()), (350.0, SubjectClass::Fighter, "مقاتلا"));
}

#[test]
fn qualifier_more_than_is_kept() {
    let c = Builder::new("انضم أكثر من 4 الأف مقاتل إلى التنظيم.")
        .num("أكثر من 4 الأف", 4000.0, Qualifier::MoreThan)
        .claims();
    let c = only(&c);
    assert_eq!((c.quantity.qualifier, c.quantity.text.as_str()), (Qualifier::MoreThan, "أكثر من 4 الأف"));
}

#[test]
fn vague_count_with_min_before_noun() {
    let c = Builder::new("أكدت السلطات أن المئات من المقاتلين عادوا.").num("المئات", 100.0, Qualifier::Vague).claims();
    let c = only(&c);
    assert_eq!(
        (c.quantity.qualifier, c.subject.class, c.predicate),
        (Qualifier::Vague, SubjectClass::Fighter, Predicate::Returned)
    );
}

#[test]
fn demonym_as_subject() {
    let c = Builder::new("وتشير معلومات إلى أن 100 كازخي عادوا إلى بلادهم.")
        .num("100", 100.0, Qualifier::Exact)
        .demonym("كازخي", "KZ")
        .claims();
    let c = only(&c);
    assert_eq!((c.subject.class, origin_id(c)), (SubjectClass::Person, Some("KZ")));
}

#[test]
fn counted_before_number() {
    let c = Builder::new("وبلغ عدد العائدين إلى تونس 800 حتى الآن.")
        .num("800", 800.0, Qualifier::Exact)
        .place("تونس", "TN")
        .claims();
    let c = only(&c);
    assert_eq!((c.subject.class, c.predicate, origin_id(c)), (SubjectClass::Returnee, Predicate::Returned, Some("TN")));
}

#[test]
fn non_claim_negatives() {
    // Countries, cells, flights, money, percentages, years, ages: none is a claim.
    let b = Builder::new("جاؤوا من ستة دول، وفككت الشرطة 3 خلايا، وسيرت 4 رحلات بكلفة 20 مليون دولار، وارتفعت النسبة 15 في المئة منذ 2014، وعمره 30 عاما.")
        .num("ستة", 6.0, Qualifier::Exact)
        .num("3", 3.0, Qualifier::Exact)
        .num("4", 4.0, Qualifier::Exact)
        .num_kind("20 مليون دولار", 20_000_000.0, NumberKind::Money)
        .num_kind("15 في المئة", 15.0, NumberKind::Percent)
        .num_kind("2014", 2014.0, NumberKind::Year)
        .num_kind("30 عاما", 30.0, NumberKind::Age);
    assert!(b.claims().is_empty());
}

#[test]
fn hypothetical_context_is_not_a_claim() {
    let c = Builder::new("لم ينفك القلق من خطر جسيم يحمله هروب آلاف المقاتلين.")
        .num("آلاف", 1000.0, Qualifier::Vague)
        .claims();
    assert!(c.is_empty(), "{c:#?}");
}

// ---- predicates ------------------------------------------------------------------

#[test]
fn predicate_verb_after_subject() {
    let c = Builder::new("إن 4000 شخص يقاتلون في صفوف التنظيم.").num("4000", 4000.0, Qualifier::Exact).claims();
    assert_eq!(only(&c).predicate, Predicate::Fighting);
}

#[test]
fn predicate_verbal_noun_before_number() {
    let c = Builder::new("أعلنت الشرطة اعتقال 20 شخصا عادوا من سوريا.").num("20", 20.0, Qualifier::Exact).claims();
    assert_eq!(only(&c).predicate, Predicate::Arrested, "a tie goes to the word before the number");
}

#[test]
fn predicate_finite_verb_beats_purpose_noun() {
    let c = Builder::new("سافر منذ بدء الحرب أكثر من 970 متشددا للقتال إلى جانب التنظيم.")
        .num("أكثر من 970", 970.0, Qualifier::MoreThan)
        .claims();
    assert_eq!(only(&c).predicate, Predicate::Traveled);
}

#[test]
fn predicate_implied_by_noun() {
    let c = Builder::new("يضم السجن 5000 معتقل.").num("5000", 5000.0, Qualifier::Exact).claims();
    assert_eq!((only(&c).subject.class, only(&c).predicate), (SubjectClass::Detainee, Predicate::Detained));
}

#[test]
fn predicate_default_is_present() {
    let c = Builder::new("قدر المجلس عدد التابعين له بـ20 ألف عنصر.").num("20 ألف", 20000.0, Qualifier::Exact).claims();
    assert_eq!((only(&c).subject.class, only(&c).predicate), (SubjectClass::Member, Predicate::Present));
}

#[test]
fn predicate_partitive_noun_is_not_the_predicate() {
    let c =
        Builder::new("وأشار الوزير إلى أن 40 شخصا فقط من العائدين حوكموا.").num("40", 40.0, Qualifier::Exact).claims();
    assert_eq!(only(&c).predicate, Predicate::Prosecuted);
}

#[test]
fn coordinated_counts_share_the_predicate() {
    let c = Builder::new("لا يزال نحو 200 طفل و80 امرأة محتجزين في المخيم.")
        .num("نحو 200", 200.0, Qualifier::About)
        .num("80", 80.0, Qualifier::Exact)
        .claims();
    assert_eq!(c.iter().map(|c| c.predicate).collect::<Vec<_>>(), vec![Predicate::Detained, Predicate::Detained]);
}

// ---- origin ----------------------------------------------------------------------

#[test]
fn origin_from_place_after_subject() {
    let c = Builder::new("انضم أكثر من 4000 مقاتل من آسيا الوسطى إلى الصراع.")
        .num("أكثر من 4000", 4000.0, Qualifier::MoreThan)
        .place("آسيا الوسطى", "central_asia")
        .claims();
    assert_eq!((only(&c).predicate, origin_id(only(&c))), (Predicate::Joined, Some("central_asia")));
}

#[test]
fn origin_via_demonym_after_subject() {
    let c = Builder::new("أشارت تقارير إلى وجود عشرات الارهابيين الشيشان.")
        .num("عشرات", 10.0, Qualifier::Vague)
        .ent("الشيشان", "chechnya", EntityKind::Region, MentionForm::Demonym)
        .claims();
    assert_eq!((only(&c).predicate, origin_id(only(&c))), (Predicate::Present, Some("chechnya")));
}

#[test]
fn origin_via_nationality_phrase() {
    let c = Builder::new("أحصت برلين وجود 84 عضوا في التنظيم يحملون الجنسية الألمانية.")
        .num("84", 84.0, Qualifier::Exact)
        .demonym("الألمانية", "DE")
        .claims();
    assert_eq!(origin_id(only(&c)), Some("DE"));
}

#[test]
fn origin_return_destination() {
    let c = Builder::new("أكدت السلطات أن المئات من المقاتلين عادوا إلى أوروبا.")
        .num("المئات", 100.0, Qualifier::Vague)
        .place("أوروبا", "europe")
        .claims();
    assert_eq!(origin_id(only(&c)), Some("europe"));
}

#[test]
fn origin_not_from_place_left_on_return() {
    let c = Builder::new("عاد 300 مقاتل من سوريا خلال العام.")
        .num("300", 300.0, Qualifier::Exact)
        .place("سوريا", "SY")
        .claims();
    let c = only(&c);
    assert_eq!((origin_id(c), c.locations.first().and_then(|l| l.id.as_deref())), (None, Some("SY")));
}

#[test]
fn origin_repatriating_country() {
    let c = Builder::new("استعادت أوزبكستان 98 من رعاياها من سوريا.")
        .num("98", 98.0, Qualifier::Exact)
        .place("أوزبكستان", "UZ")
        .place("سوريا", "SY")
        .claims();
    assert_eq!((only(&c).predicate, origin_id(only(&c))), (Predicate::Returned, Some("UZ")));
}

#[test]
fn origin_of_a_total_comes_from_its_part() {
    let c = Builder::new("تشير معلومات أمنية إلى أن 100 كازخي عادوا إلى بلادهم من أصل 400 شخص.")
        .num("100", 100.0, Qualifier::Exact)
        .num("400", 400.0, Qualifier::Exact)
        .demonym("كازخي", "KZ")
        .claims();
    let got: Vec<_> = c.iter().map(|c| (c.quantity.value, c.predicate, origin_id(c))).collect();
    assert_eq!(got, vec![(100.0, Predicate::Returned, Some("KZ")), (400.0, Predicate::Joined, Some("KZ"))]);
}

#[test]
fn partitive_count_inherits() {
    let c = Builder::new("أسفر الهجوم عن مقتل 121 شخصا، بينهم 77 من عناصرها.")
        .num("121", 121.0, Qualifier::Exact)
        .num("77", 77.0, Qualifier::Exact)
        .claims();
    assert_eq!(c.iter().map(|c| c.predicate).collect::<Vec<_>>(), vec![Predicate::Killed, Predicate::Killed]);
}

// ---- attribution -----------------------------------------------------------------

#[test]
fn speaker_unnamed_source_as_written() {
    let c = Builder::new("وتشير معلومات أمنية إلى أن 100 مقاتل عادوا.").num("100", 100.0, Qualifier::Exact).claims();
    let s = only(&c).attribution.speaker.clone().expect("a speaker");
    assert_eq!((s.id, s.name.as_str()), (None, "معلومات أمنية"));
}

#[test]
fn speaker_subject_before_verb() {
    let c = Builder::new("ما يزال العدد غير معلوم، ولكن السلطات الأوروبية أكدت إن المئات من المقاتلين عادوا.")
        .num("المئات", 100.0, Qualifier::Vague)
        .claims();
    assert_eq!(speaker_name(only(&c)), Some("السلطات الأوروبية"));
}

#[test]
fn speaker_is_a_named_body() {
    let c = Builder::new("وحذر مجلس الأمن الدولي الجمعة الماضي من أن التنظيم يضم 20 ألف عنصر.")
        .num("20 ألف", 20000.0, Qualifier::Exact)
        .ent("مجلس الأمن الدولي", "un_security_council", EntityKind::Organization, MentionForm::Name)
        .claims();
    let s = only(&c).attribution.speaker.clone().expect("a speaker");
    assert_eq!(s.id.as_deref(), Some("un_security_council"));
}

#[test]
fn cited_source_after_marker() {
    let c = Builder::new("وبحسب \"المخابرات الداخلية الألمانية\"سافر أكثر من 970 متشددا.")
        .num("أكثر من 970", 970.0, Qualifier::MoreThan)
        .claims();
    assert_eq!(cited_name(only(&c)), Some("المخابرات الداخلية الألمانية"));
}

#[test]
fn cited_source_outlet_as_speech_subject() {
    let c = Builder::new("كشفت صحيفة ميغابولوس في عددها الصادر اليوم أن أربعة آلاف شخص يقاتلون.")
        .num("أربعة آلاف", 4000.0, Qualifier::Exact)
        .claims();
    let c = only(&c);
    assert_eq!((cited_name(c), speaker_name(c)), (Some("ميغابولوس"), None));
}

#[test]
fn cited_source_dative_lam_is_stripped() {
    let c = Builder::new("اعتقال 5 أشخاص، حسب بلاغ للمديرية العامة.").num("5", 5.0, Qualifier::Exact).claims();
    assert_eq!(cited_name(only(&c)), Some("المديرية العامة"));
}

#[test]
fn chain_outlet_quotes_researcher_then_continues() {
    let b = Builder::new(
        "كشفت صحيفة ميغابولوس أن الوضع خطير.\n\nونقلت الصحيفة عن رافال روغوزينسكي قوله إن المعلومات كثيرة.\n\nوأضاف \"سنحصل على رقم يوازي أربعة آلاف مسلح\".",
    )
    .num("أربعة آلاف", 4000.0, Qualifier::Exact)
    .ent("رافال روغوزينسكي", "rafal", EntityKind::Person, MentionForm::Name);
    let c = b.claims();
    let c = only(&c);
    assert_eq!((speaker_name(c), cited_name(c)), (Some("رافال روغوزينسكي"), Some("ميغابولوس")));
}

#[test]
fn report_source_carries_to_later_claims() {
    let c = Builder::new(
        "نشرت صحيفة \"صوت أمريكا\" تقريرا عن المقاتلين.\n\nوقال باحث للصحيفة إن العودة مستحيلة.\n\nويذكر أن أكثر من 4000 مقاتل قد انضموا إلى الصراع.",
    )
    .num("أكثر من 4000", 4000.0, Qualifier::MoreThan)
    .claims();
    let c = only(&c);
    assert_eq!((cited_name(c), speaker_name(c)), (Some("صوت أمريكا"), None));
}

#[test]
fn outlet_anaphor_resolves_to_report_source() {
    let c =
        Builder::new("تقول صحيفة \"وول ستريت جورنال\" إن الأمر تحول.\n\nوأشارت الصحيفة إلى أن 150 شخصا طلبوا المساعدة.")
            .num("150", 150.0, Qualifier::Exact)
            .claims();
    assert_eq!(cited_name(only(&c)), Some("وول ستريت جورنال"));
}

#[test]
fn cross_sentence_continuation() {
    let c = Builder::new("وقال الوزير الهادي المجدوب إن الأمن يتابعهم. وأضاف أن نحو 2929 شخصا يقاتلون في سوريا.")
        .num("نحو 2929", 2929.0, Qualifier::About)
        .claims();
    assert_eq!(speaker_name(only(&c)), Some("الوزير الهادي المجدوب"));
}

#[test]
fn postposed_speech_verb() {
    let c = Builder::new("استعادت البلاد 98 شخصا، وفق ما أعلنته وزارة الخارجية الخميس.")
        .num("98", 98.0, Qualifier::Exact)
        .claims();
    assert_eq!(speaker_name(only(&c)), Some("وزارة الخارجية"));
}

#[test]
fn reporting_outlet_is_the_documents() {
    let mut b = Builder::new("قال مسؤول إن 30 مقاتلا عادوا.").num("30", 30.0, Qualifier::Exact);
    b.doc.outlet = Some(EntityRef {
        aliases: Vec::new(),
        id: Some("youm7".into()),
        kind: Some(EntityKind::Outlet),
        name: "اليوم السابع".into(),
        text: "اليوم السابع".into(),
    });
    let c = b.claims();
    assert_eq!(only(&c).attribution.reporting_outlet.as_ref().and_then(|o| o.id.as_deref()), Some("youm7"));
}

// ---- restatement, time, roles, statements ------------------------------------------

#[test]
fn restated_number_inherits_predicate_and_origin() {
    let c = Builder::new("إن أربعة آلاف شخص من آسيا الوسطى يقاتلون هناك.\n\nورأى الباحث أن أربعة آلاف مسلح هو عدد كبير.")
        .num("أربعة آلاف", 4000.0, Qualifier::Exact)
        .num_nth("أربعة آلاف", 1, 4000.0, Qualifier::Exact)
        .place("آسيا الوسطى", "central_asia")
        .claims();
    let got: Vec<_> = c.iter().map(|c| (c.predicate, origin_id(c))).collect();
    assert_eq!(got, vec![(Predicate::Fighting, Some("central_asia")), (Predicate::Fighting, Some("central_asia"))]);
}

#[test]
fn claim_time_falls_back_to_publication() {
    let mut b = Builder::new("قال مسؤول إن 30 مقاتلا عادوا.").num("30", 30.0, Qualifier::Exact);
    b.doc.published = Some(DateMention {
        text: "2019-01-01".into(),
        span: Span::default(),
        value: "2019-01-01".into(),
        end: None,
        grain: Grain::Day,
        calendar: Calendar::Gregorian,
        kind: DateKind::Point,
        relative: false,
    });
    let c = b.claims();
    let t = only(&c).time.clone().expect("a time");
    assert!(t.as_of_publication);
    assert_eq!(t.date.value, "2019-01-01");
}

#[test]
fn role_before_name_and_statement() {
    let f = Builder::new("وقال الرئيس الكازاخي نور سلطان نزار باييف إنه سيبقي العائدين تحت المراقبة.")
        .ent("نور سلطان نزار باييف", "nazarbayev", EntityKind::Person, MentionForm::Name)
        .facts();
    assert_eq!(f.roles.first().map(|r| r.role.as_str()), Some("الرئيس الكازاخي"));
    let s = f.statements.first().expect("a statement");
    assert_eq!((s.verb.as_str(), s.speaker.id.as_deref()), ("وقال", Some("nazarbayev")));
    assert!(s.content.text.starts_with("سيبقي"), "{:?}", s.content.text);
}
