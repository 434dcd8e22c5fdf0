//! Structural claim mechanisms of issue 7, round 3: the governing verb of a clause, verb
//! inflection, dual counts, new predicates (kidnapped, surrendered), document context
//! (the article's state, deportation) and attribution structure (anonymity requests, quoted
//! names, issuers, speakers after a quote). Every sentence is written for these tests, in
//! the style of Arabic wire copy; none is taken from a fixture.

#[allow(dead_code)]
mod claims_common;

use claims_common::{analyze, cited, claim, origin, values};
use rasad_core::model::{Claim, Document, Predicate};

fn speaker(c: &Claim) -> String {
    c.attribution
        .speaker
        .as_ref()
        .map(|s| if s.text.is_empty() { s.name.clone() } else { s.text.clone() })
        .unwrap_or_default()
}

/// Analyzes an article with its own title (the article-level rules read it).
fn analyze_titled(title: &str, body: &str) -> Document {
    let text = format!("{title}\n\n{body}\n");
    rasad_core::analyze(&rasad_core::Input { bytes: text.as_bytes(), ..Default::default() }).expect("analyzes")
}

#[test]
fn governing_verb_across_adverbial_commas() {
    let d = analyze("اعتقلت الشرطة في مدينة الموصل، خلال الأسبوع الماضي، 14 شخصا يشتبه بتمويلهم خلايا نائمة.");
    assert_eq!(claim(&d, 14.0).predicate, Predicate::Arrested);
}

#[test]
fn governing_agent_verb_gives_return_and_origin() {
    let d = analyze("واستعادت بلجيكا منذ عام 2019، بعد جدل طويل، 36 طفلا و9 نساء من المخيمات.");
    let c = claim(&d, 36.0);
    assert_eq!((c.predicate, origin(c)), (Predicate::Returned, Some("BE")));
    assert_eq!(claim(&d, 9.0).predicate, Predicate::Returned);
}

#[test]
fn governing_verb_stops_at_a_new_clause() {
    let d = analyze("اعتقلت الشرطة مشتبها به في الهجوم، فيما تنتظر 40 عائلة في المخيم.");
    assert_eq!(claim(&d, 40.0).predicate, Predicate::Present);
}

#[test]
fn governing_verb_stops_at_an_earlier_count() {
    let d = analyze("قتل الجيش 12 مسلحا في الاشتباكات، ولا يزال 30 مدنيا في المنطقة.");
    assert_eq!(claim(&d, 12.0).predicate, Predicate::Killed);
    assert_eq!(claim(&d, 30.0).predicate, Predicate::Present);
}

#[test]
fn verb_inflection_first_person_plural() {
    let d = analyze("«اعتقلنا خلال الشهرين الماضيين 30 عنصرا من التنظيم»، قال المتحدث باسم الشرطة في مؤتمر صحفي.");
    let c = claim(&d, 30.0);
    assert_eq!(c.predicate, Predicate::Arrested);
    assert!(speaker(c).contains("المتحدث"), "speaker: {}", speaker(c));
}

#[test]
fn speaker_after_quote_with_circumstantial_clause() {
    let d = analyze(
        "«قتلنا 15 مسلحا في الكمين»، قال قائد الشرطة المحلية أحمد يوسف في مؤتمر صحفي، نافيا أن يكون بين الضحايا مدنيون.",
    );
    let c = claim(&d, 15.0);
    assert!(speaker(c).contains("أحمد يوسف"), "speaker: {}", speaker(c));
}

#[test]
fn dual_feminine_noun_with_dual_verb() {
    let d = analyze("وأوضح المصدر أن امرأتين أوقفتا في المطار فور وصولهما من إسطنبول.");
    assert_eq!(claim(&d, 2.0).predicate, Predicate::Arrested);
}

#[test]
fn dual_of_known_person_noun() {
    let d = analyze("وقتل جنديان في انفجار عبوة ناسفة استهدفت دورية على الطريق الدولي.");
    assert_eq!(claim(&d, 2.0).predicate, Predicate::Killed);
}

#[test]
fn dual_by_agreement_with_nisba() {
    let d = analyze("وأصيب مسعفان تركيان في القصف الذي طال المستشفى.");
    let c = claim(&d, 2.0);
    assert_eq!((c.predicate, origin(c)), (Predicate::Wounded, Some("TR")));
}

#[test]
fn dual_lookalikes_are_not_counts() {
    let d = analyze("واتفق الطرفان على تبادل الأسرى في السودان بعد زيارة البلدان المجاورة وحقوق الإنسان.");
    assert!(values(&d).is_empty(), "{:?}", values(&d));
}

#[test]
fn definite_numeral_restates_known_people() {
    let d = analyze("وعاد الرجال الأربعة إلى منازلهم بعد الإفراج عنهم، فيما بقي أطفالها الثلاثة مع جدتهم.");
    assert!(values(&d).is_empty(), "{:?}", values(&d));
}

#[test]
fn predicate_kidnapped() {
    let d = analyze("وقال مسؤول محلي إن مسلحين اختطفوا 25 شخصا من قرية نائية شمالي البلاد.");
    assert_eq!(claim(&d, 25.0).predicate, Predicate::Kidnapped);
}

#[test]
fn predicate_surrendered_verb() {
    let d = analyze("وأعلن الجيش أن 40 مسلحا استسلموا للقوات خلال الأسبوع الماضي.");
    assert_eq!(claim(&d, 40.0).predicate, Predicate::Surrendered);
}

#[test]
fn predicate_surrendered_reflexive() {
    let d = analyze("وسلم ثلاثة مسلحين أنفسهم للسلطات العسكرية في الجنوب.");
    assert_eq!(claim(&d, 3.0).predicate, Predicate::Surrendered);
}

#[test]
fn hand_over_without_reflexive_is_not_surrender() {
    let d = analyze("وسلمت السلطات العراقية 20 طفلا إلى ذويهم في أربيل.");
    assert_ne!(claim(&d, 20.0).predicate, Predicate::Surrendered);
}

#[test]
fn article_state_gives_returnees_origin() {
    let d = analyze_titled(
        "العراق يتسلم دفعة جديدة من العائدين",
        "وقال المسؤول في تصريح صحفي إن 300 شخص عادوا إلى مخيم الجدعة أمس.",
    );
    assert_eq!(origin(claim(&d, 300.0)), Some("IQ"));
}

#[test]
fn article_state_leaves_other_predicates_alone() {
    let d = analyze_titled("العراق يتسلم دفعة جديدة من العائدين", "وتقيم عشرات الآلاف من اللاجئين في المخيم.");
    assert_eq!(origin(claim(&d, 10000.0)), None);
}

#[test]
fn deportation_gives_no_origin() {
    let d = analyze_titled(
        "تركيا ترحل مقاتلين أجانب",
        "وأعلنت وزارة الداخلية التركية أنها رحلت خلال العام الماضي 500 عنصر أجنبي إلى بلدانهم.",
    );
    assert_eq!(origin(claim(&d, 500.0)), None);
}

#[test]
fn apposition_restates_the_batch() {
    let d = analyze("وقال المسؤول إن القافلة ضمت 40 عائلة، أي ما مجموعه 150 شخصا، وصلت إلى المخيم.");
    assert_eq!(claim(&d, 150.0).predicate, claim(&d, 40.0).predicate);
    assert_eq!(claim(&d, 150.0).predicate, Predicate::Returned);
}

#[test]
fn anonymity_request_is_not_a_speaker() {
    let d = analyze("وأكد مسؤول محلي طلب عدم كشف هويته أن المسلحين قتلوا 12 شخصا في القرية.");
    let c = claim(&d, 12.0);
    assert!(speaker(c).contains("مسؤول محلي"), "speaker: {}", speaker(c));
}

#[test]
fn quoted_name_after_institution_noun() {
    let d = analyze("وقالت منظمة \"أطباء بلا حدود\" إن 30 شخصا قتلوا في القصف.");
    let c = claim(&d, 30.0);
    assert!(speaker(c).contains("أطباء بلا حدود"), "speaker: {}", speaker(c));
}

#[test]
fn document_issued_by_names_the_source() {
    let d = analyze("وبحسب دراسة أعدتها منظمة \"العدالة أولا\"، قتل 20 شخصا في المخيم خلال العام.");
    let c = claim(&d, 20.0);
    assert!(cited(c).contains("العدالة أولا"), "cited: {}", cited(c));
}

#[test]
fn sentence_initial_kama_reports_what_follows() {
    let d = analyze("وقال قائد الجيش إن الوضع مستقر. كما أشار إلى أن القوات أسرت 9 مسلحين في الغابة.");
    let c = claim(&d, 9.0);
    assert_eq!(c.predicate, Predicate::Arrested);
    assert!(speaker(c).contains("قائد الجيش"), "speaker: {}", speaker(c));
}

#[test]
fn negatives_stay_non_claims() {
    let d =
        analyze("ودفعت الحكومة 20 مليون دولار، وحكم على المتهم بالسجن 10 سنوات وعمره 35 عاما، وضبطت 4 مركبات و3 خلايا.");
    assert!(values(&d).is_empty(), "{:?}", values(&d));
}

#[test]
fn tamyiz_of_person_shaped_noun() {
    let d = analyze("وقتل 23 صيادا على الأقل في هجوم شنه مسلحون على ضفاف البحيرة.");
    assert_eq!(claim(&d, 23.0).predicate, Predicate::Killed);
    let d = analyze("وأسفر الهجوم عن مقتل 14 تكفيريا في شمال سيناء.");
    assert_eq!(claim(&d, 14.0).predicate, Predicate::Killed);
}

#[test]
fn tamyiz_of_things_is_not_a_count() {
    let d = analyze("ودمر القصف 30 منزلا، وضبطت الشرطة 12 مسدسا و15 مولدا كهربائيا.");
    assert!(values(&d).is_empty(), "{:?}", values(&d));
}

#[test]
fn anaphoric_count_takes_its_antecedent() {
    let d = analyze("وقال المسؤول إن جميع السجناء المدانين بالإرهاب، وعددهم 51، فروا خلال الهجوم.");
    assert_eq!(claim(&d, 51.0).predicate, Predicate::Fled);
    let d = analyze(
        "وتطالب السلطات بمحاكمة المقاتلين المحتجزين في سجونها، وعددهم بالآلاف، إلى جانب مطالبتها باستعادة الأطفال.",
    );
    assert_eq!(claim(&d, 1000.0).predicate, Predicate::Detained);
}

#[test]
fn count_before_goal_noun() {
    let d = analyze("وأجبرت المعارك نحو 300 ألف على الفرار من منازلهم خلال شهرين.");
    assert_eq!(claim(&d, 300_000.0).predicate, Predicate::Fled);
}

#[test]
fn composition_of_dismantled_cell_is_arrested() {
    let d = analyze("وتمكنت الأجهزة الأمنية من تفكيك خلية إرهابية في المدينة، تتكون من سبعة متطرفين.");
    assert_eq!(claim(&d, 7.0).predicate, Predicate::Arrested);
}

#[test]
fn force_strength_takes_the_force_nationality() {
    let d = analyze("وتنتشر في المنطقة قوة تشادية قوامها 1200 جندي منذ مطلع العام.");
    assert_eq!(origin(claim(&d, 1200.0)), Some("TD"));
}

#[test]
fn mixed_nationalities_give_no_origin() {
    let d = analyze("ويقيم في المخيم عشرات الآلاف من السوريين والعراقيين.");
    assert_eq!(origin(claim(&d, 10000.0)), None);
}

#[test]
fn counted_demonym_after_counted_noun() {
    let d = analyze("وتقدر منظمات حقوقية عدد الأطفال المغاربة العالقين في المخيمات بأكثر من 150 طفلا.");
    let c = claim(&d, 150.0);
    assert_eq!(origin(c), Some("MA"));
    assert!(speaker(c).contains("منظمات حقوقية") && !speaker(c).contains("عدد"), "speaker: {}", speaker(c));
}

#[test]
fn role_then_apposed_name() {
    let d = analyze("وقال المتحدث باسم الجيش، العقيد سامي الحداد، إن القوات قتلت 16 مسلحا.");
    let c = claim(&d, 16.0);
    assert!(speaker(c).contains("سامي الحداد"), "speaker: {}", speaker(c));
}

#[test]
fn neutralized_when_the_text_splits_it() {
    let d = analyze(
        "وأسفرت العمليات عن تحييد 5 إرهابيين. وتمكنت مفرزة من القضاء على ثلاثة إرهابيين، فيما سلم إرهابيان نفسيهما للسلطات.",
    );
    assert_eq!(claim(&d, 5.0).predicate, Predicate::Neutralized);
    assert_eq!(claim(&d, 3.0).predicate, Predicate::Killed);
    assert_eq!(claim(&d, 2.0).predicate, Predicate::Surrendered);
}

#[test]
fn arrived_group_composition_is_returned() {
    let d = analyze("وقالت الوزارة إن المجموعة التي وصلت إلى المطار على متن طائرة خاصة تضم 31 امرأة و70 طفلا.");
    assert_eq!(claim(&d, 31.0).predicate, Predicate::Returned);
    assert_eq!(claim(&d, 70.0).predicate, Predicate::Returned);
}

#[test]
fn article_state_for_defendants_named_as_returnees() {
    let d = analyze_titled(
        "أحكام بالسجن على عائدين في تونس",
        "وأصدرت المحكمة أحكاما بالسجن في حق 14 متهما من العائدين من بؤر التوتر.",
    );
    let c = claim(&d, 14.0);
    assert_eq!((c.predicate, origin(c)), (Predicate::Prosecuted, Some("TN")));
}

#[test]
fn sabaqa_li_names_the_speaker() {
    let d = analyze("وسبق لمدير الأمن الوطني، خالد العمري، أن صرح بأن أكثر من 900 شاب التحقوا بالجماعات المسلحة.");
    let c = claim(&d, 900.0);
    assert_eq!(c.predicate, Predicate::Joined);
    assert!(speaker(c).contains("خالد العمري"), "speaker: {}", speaker(c));
}

#[test]
fn estimated_count_is_not_a_speaker() {
    let d = analyze("ويقدر عدد المقاتلين الأجانب في صفوف التنظيم بنحو 2000 مقاتل، بحسب أرقام رسمية.");
    let c = claim(&d, 2000.0);
    assert!(!speaker(c).contains("عدد"), "speaker: {}", speaker(c));
}

#[test]
fn dateline_state_when_the_title_names_none() {
    let d = analyze_titled(
        "أحكام بالسجن على عائدين من بؤر التوتر\n\nتونس- الصباح نيوز",
        "وأصدرت المحكمة أحكاما بالسجن في حق 14 متهما من العائدين من بؤر التوتر.",
    );
    assert_eq!(origin(claim(&d, 14.0)), Some("TN"));
}

#[test]
fn speech_word_after_preposition_is_a_noun() {
    let d = analyze(
        "وقالت منظمة \"مرصد النزاعات\" المتخصصة في رصد الهجمات المسلحة، في تقريرها الأسبوعي، إن المسلحين قتلوا 9 مدنيين.",
    );
    let c = claim(&d, 9.0);
    assert!(speaker(c).contains("مرصد النزاعات"), "speaker: {}", speaker(c));
}

#[test]
fn agency_quoting_an_official_after_bihasab_ma() {
    let d = analyze("وبحسب ما نقلته وكالة رويترز عن المدعي العام، فإن 7 من المتهمين فروا إلى الخارج.");
    let c = claim(&d, 7.0);
    assert!(speaker(c).contains("المدعي العام"), "speaker: {}", speaker(c));
    assert!(cited(c).contains("رويترز"), "cited: {}", cited(c));
}

#[test]
fn definite_dual_is_anaphoric() {
    let d = analyze("واعترف المتهمان بالتهم الموجهة إليهما، فيما استدعت النيابة الفتاتين للتحقيق.");
    assert!(values(&d).is_empty(), "{:?}", values(&d));
}

#[test]
fn coordinated_clause_verb_keeps_its_own_object() {
    let d = analyze("وقتل المسلحون مئات المدنيين وخطفوا عشرات النساء خلال الهجوم.");
    assert_eq!(claim(&d, 100.0).predicate, Predicate::Killed);
    assert_eq!(claim(&d, 10.0).predicate, Predicate::Kidnapped);
}

#[test]
fn dual_with_lost_lives() {
    let d = analyze("لقي شخصان مصرعهما وأصيب ثلاثة آخرون في انفجار بالسوق.");
    assert_eq!(claim(&d, 2.0).predicate, Predicate::Killed);
    assert_eq!(claim(&d, 3.0).predicate, Predicate::Wounded);
}
