//! Claim mechanisms of issue 7, round 4: people counted by what they do (pupils, workers,
//! passengers), duals of broken plurals and of feminine person nouns, predicates of court
//! and detention wording, the group a count is taken from, a court over the people's past,
//! and batch list lines. Every sentence is written for these tests in the style of Arabic
//! wire copy; none is taken from a fixture.

#[allow(dead_code)]
mod claims_common;

use claims_common::{analyze, claim, origin, values};
use rasad_core::model::{Predicate, SubjectClass};

#[test]
fn occupation_nouns_count_people() {
    // (sentence, value, predicate)
    let rows: &[(&str, f64, Predicate)] = &[
        ("اختطف مسلحون 45 طالبا من سكن جامعي في ولاية زمفارا.", 45.0, Predicate::Kidnapped),
        ("قتل 19 عاملا في انفجار داخل منجم للذهب شمال البلاد.", 19.0, Predicate::Killed),
        ("أصيب 23 مصليا في هجوم على مسجد بالقرية.", 23.0, Predicate::Wounded),
        ("خطفت جماعة مسلحة 60 راكبا من حافلة على الطريق السريع.", 60.0, Predicate::Kidnapped),
        ("وقتل 14 قرويا في غارة على السوق.", 14.0, Predicate::Killed),
    ];
    for (text, value, pred) in rows {
        let d = analyze(text);
        assert_eq!(claim(&d, *value).predicate, *pred, "row: {text}");
    }
}

#[test]
fn pupils_fleeing_kidnappers() {
    let d = analyze("وتمكن نحو 30 تلميذا من الفرار من الخاطفين في الغابة.");
    assert_eq!(claim(&d, 30.0).predicate, Predicate::Fled);
}

#[test]
fn things_with_person_shapes_stay_non_claims() {
    for text in [
        "دمرت النيران 12 مزارع للدواجن في المنطقة.",
        "وافتتحت الوزارة 40 مدرسة جديدة هذا العام.",
        "وبلغت قيمة الصفقة 300 مليون دولار.",
        "وصدر الحكم على رجل يبلغ من العمر 45 عاما.",
    ] {
        assert!(values(&analyze(text)).is_empty(), "claimed something in: {text}");
    }
}

#[test]
fn oblique_dual_of_broken_plural() {
    let d = analyze("وأعلن الجيش استشهاد جنديين ومقتل إرهابيين في اشتباك بالمنطقة.");
    assert!(values(&d).contains(&2.0), "{:?}", values(&d));
    let d = analyze("وأسفر الهجوم عن مقتل ضابطين من الشرطة.");
    assert_eq!(claim(&d, 2.0).predicate, Predicate::Killed);
}

#[test]
fn sound_plural_is_not_a_dual() {
    // `مقاتلين` is the plural of a noun with a sound plural: no count of two.
    let d = analyze("وقالت الوزارة إن مقاتلين أجانب يتسللون عبر الحدود.");
    assert!(values(&d).is_empty(), "{:?}", values(&d));
}

#[test]
fn feminine_dual_of_person_noun() {
    let d = analyze("وأعادت السلطات موظفتين كانتا محتجزتين في المخيم.");
    let c = claim(&d, 2.0);
    assert_eq!(c.subject.class, SubjectClass::Woman);
}

#[test]
fn named_entity_is_not_a_dual() {
    let d = analyze("وقالت حركة طالبان إن مقاتليها سيطروا على المعبر.");
    assert!(!values(&d).contains(&2.0), "{:?}", values(&d));
}

#[test]
fn maghreb_judicial_follow_up_is_prosecution() {
    let d = analyze("وأوضح البلاغ أن 52 شخصا تمت متابعتهم قضائيا بتهم الإرهاب.");
    assert_eq!(claim(&d, 52.0).predicate, Predicate::Prosecuted);
}

#[test]
fn death_sentence_is_a_verdict_not_a_killing() {
    let d = analyze("وأصدرت المحاكم أحكاما بالإعدام على 33 متهما بالانتماء إلى التنظيم.");
    assert_eq!(claim(&d, 33.0).predicate, Predicate::Prosecuted);
}

#[test]
fn held_in_prisons_is_detention() {
    let d = analyze("ويوجد قرابة 25 رجلا فرنسيا في سجون تديرها القوات الكردية.");
    assert_eq!(claim(&d, 25.0).predicate, Predicate::Detained);
}

#[test]
fn counted_among_the_missing() {
    let d = analyze("ولا يزال نحو 40 منهم في عداد المفقودين بعد غرق القارب.");
    assert_eq!(claim(&d, 40.0).predicate, Predicate::Missing);
}

#[test]
fn flight_as_manner() {
    let d = analyze("وعبر 3 آلاف لاجئ الحدود إلى النيجر هربا من القتال.");
    assert_eq!(claim(&d, 3000.0).predicate, Predicate::Fled);
}

#[test]
fn hollow_passive_wounded_forms() {
    let d = analyze("وقتلت المهاجمات 9 أشخاص وأصبن 31 آخرين في السوق.");
    assert_eq!(claim(&d, 31.0).predicate, Predicate::Wounded);
}

#[test]
fn received_back_count() {
    let d = analyze("وبذلك يرتفع عدد المتسلمين من سوريا إلى 140 شخصا.");
    assert_eq!(claim(&d, 140.0).predicate, Predicate::Returned);
}

#[test]
fn pool_before_count() {
    let d = analyze("ومن بين المرحلين 64 شخصا أحيلوا إلى المحاكمة.");
    assert_eq!(claim(&d, 64.0).predicate, Predicate::Prosecuted);
    // Alone, the group still says what happened to them.
    let d = analyze("ومن بين العائدين 20 طفلا.");
    assert_eq!(claim(&d, 20.0).predicate, Predicate::Returned);
}

#[test]
fn court_over_past_movement() {
    let d = analyze("وأصدرت محكمة في العاصمة أحكاما بالسجن على 12 رجلا عادوا من مناطق القتال.");
    assert_eq!(claim(&d, 12.0).predicate, Predicate::Prosecuted);
    // No court before the count: the return is the claim.
    let d = analyze("وقالت الوزارة إن 12 رجلا عادوا من مناطق القتال.");
    assert_eq!(claim(&d, 12.0).predicate, Predicate::Returned);
}

#[test]
fn batch_header() {
    let d = analyze("أعادت السلطات العراقية دفعات من العائلات من المخيم خلال العام.\n\nالدفعة الثالثة (آذار): 174 عائلة");
    assert_eq!(claim(&d, 174.0).predicate, Predicate::Returned);
    // A colon after something that is not a batch says nothing of a return.
    let d = analyze("وجاء في بيان الوزارة: 15 شخصا يتلقون العلاج في المستشفى.");
    assert_ne!(claim(&d, 15.0).predicate, Predicate::Returned);
}

#[test]
fn occupation_needs_an_event() {
    let d = analyze("وقبلت الجامعة هذا العام 3000 طالب في كلياتها المختلفة.");
    assert!(values(&d).is_empty(), "{:?}", values(&d));
    let d = analyze("ودعت المديرية 120 معلما لإجراء المقابلات.");
    assert!(values(&d).is_empty(), "{:?}", values(&d));
}

#[test]
fn dual_needs_an_event() {
    let d = analyze("وكان شابان يستقلان دراجة نارية في الشارع الرئيسي.");
    assert!(values(&d).is_empty(), "{:?}", values(&d));
    let d = analyze("واعتقلت الشرطة شابين في الحي بعد الحادث.");
    assert_eq!(claim(&d, 2.0).predicate, Predicate::Arrested);
}

#[test]
fn first_person_count() {
    let d = analyze("وقالت إحدى الناجيات: كنا نحو 200 تلميذة في المدرسة ليلة الهجوم.");
    assert_eq!(claim(&d, 200.0).predicate, Predicate::Present);
}

#[test]
fn partitive_demonstrative_and_after_noun() {
    let d = analyze("وتسلمت بغداد 90 مسلحا من قوات سوريا الديمقراطية، وبين هؤلاء 11 قياديا.");
    assert_eq!(claim(&d, 11.0).predicate, Predicate::Returned);
    let d = analyze("وأعادت السلطات 50 شخصا من المخيم، واعتقلت خمسة أشخاص منهم.");
    assert_eq!(claim(&d, 5.0).predicate, Predicate::Arrested);
}

#[test]
fn event_on_definite_count() {
    let d = analyze("وأعلنت الشرطة تفكيك خلية إرهابية وتوقيف عناصرها الخمسة في مدينة فاس.");
    assert_eq!(claim(&d, 5.0).predicate, Predicate::Arrested);
    // Without an event right before it, the definite numeral restates known people.
    let d = analyze("وقال محامي المتهمين الخمسة إنه سيستأنف الحكم.");
    assert!(values(&d).is_empty(), "{:?}", values(&d));
}

#[test]
fn reported_state_of_relative() {
    let d = analyze("وتبحث العائلات عن عشرات الشبان الذين تقول إنهم مفقودون منذ شهور.");
    assert_eq!(claim(&d, 10.0).predicate, Predicate::Missing);
}

#[test]
fn tens_plural_is_not_a_definite_numeral() {
    let d = analyze("وقال الوزير إن الأجهزة تبحث عن مواطنين مفقودين، يقدر عددهم بالعشرات.");
    assert_eq!(claim(&d, 10.0).predicate, Predicate::Missing);
}

#[test]
fn internal_displacement_origin() {
    let d = analyze("وفي النيجر، ارتفع عدد النازحين داخليا إلى 400 ألف شخص بحسب الأمم المتحدة.");
    let c = claim(&d, 400_000.0);
    assert_eq!((c.predicate, claims_common::origin(c)), (Predicate::Fled, Some("NE")));
}

#[test]
fn citizens_of_the_speaker() {
    let d = analyze("وقال وزير الخارجية الأردني إن السلطات تتابع أوضاع 30 مواطنا محتجزين في العراق.");
    assert_eq!(claims_common::origin(claim(&d, 30.0)), Some("JO"));
}

#[test]
fn sentence_population_carry() {
    let d = analyze("وقالت المصادر إن عدد الأردنيين في المخيمات لا يتجاوز 40 شخصا، مضيفة أن تسعة رجال على الأقل محتجزون.");
    assert_eq!(claims_common::origin(claim(&d, 9.0)), Some("JO"));
    // A place named between the counts starts another population.
    let d = analyze("وقالت المصادر إن عدد الأردنيين في المخيمات لا يتجاوز 40 شخصا، وإن في العراق تسعة رجال محتجزين.");
    assert_ne!(claims_common::origin(claim(&d, 9.0)), Some("JO"));
}

#[test]
fn ambiguous_city_country() {
    let d = analyze("وأكد مصدر أمني لبناني أن نحو 30 شابا من طرابلس غادروا إلى سوريا للالتحاق بالتنظيم.");
    assert_eq!(claims_common::origin(claim(&d, 30.0)), Some("LB"));
    let d = analyze("وقالت حكومة ليبيا إن نحو 30 شابا من طرابلس غادروا إلى سوريا.");
    assert_eq!(claims_common::origin(claim(&d, 30.0)), Some("LY"));
}

#[test]
fn glued_and_in_list() {
    let d = analyze("وأعادت السلطات الألمانية ثلاث عشرة امرأة وواحدا وثلاثين طفلا من المخيمات.");
    assert_eq!(claim(&d, 31.0).predicate, Predicate::Returned);
}

#[test]
fn partitive_pronoun_is_human() {
    // `منها` (feminine singular) stands for things: files, cases, contracts.
    for text in [
        "وسجلت النيابة 90 شكوى خلال العام، أغلقت الشرطة 40 منها دون توجيه اتهام.",
        "ووقعت الوزارة 25 عقدا، 6 منها للصيانة والبقية للإنشاء.",
    ] {
        let d = analyze(text);
        assert!(values(&d).is_empty(), "things counted as people: {text} → {:?}", values(&d));
    }
    // `منهم` before the number stands for people named before.
    let d = analyze("وأوقفت الشرطة 30 مشتبها به، وأفرج منهم عن 12 بعد التحقيق.");
    assert!(values(&d).contains(&12.0), "{:?}", values(&d));
}

#[test]
fn death_sentence_is_a_trial_not_a_killing() {
    // `بالإعدام` ("to death") is the sentence a court hands down; the people are prosecuted.
    let d = analyze("وقضت المحكمة بمعاقبة ثمانية رجال بالإعدام شنقا في قضية تفجير الكنيسة.");
    assert_eq!(claim(&d, 8.0).predicate, Predicate::Prosecuted);
    // An execution carried out is a killing.
    let d = analyze("وأعلنت السلطات مقتل 9 مسلحين في اشتباك قبل تنفيذ أحكام الإعدام.");
    assert_eq!(claim(&d, 9.0).predicate, Predicate::Killed);
}

#[test]
fn elliptical_list_item() {
    // The verb is not repeated for the list's later items.
    let d = analyze("وتوفي 31 شخصا في ولاية البنجاب، و12 شخصا في إقليم السند وتسعة أشخاص في العاصمة.");
    for v in [31.0, 12.0, 9.0] {
        assert_eq!(claim(&d, v).predicate, Predicate::Killed, "{v}");
    }
    // An item with a predicate of its own keeps it.
    let d = analyze("وقتل 5 أشخاص في الهجوم، و3 أصيبوا بجروح خطيرة.");
    assert_eq!(claim(&d, 3.0).predicate, Predicate::Wounded);
}

#[test]
fn nationality_breakdown() {
    // A list split by nationality: the item without one is none of them.
    let d = analyze("وضمت الخلية أربعة مغاربة وثلاثة جزائريين و6 أشخاص من المقيمين بصورة غير قانونية.");
    assert_eq!(origin(claim(&d, 4.0)), Some("MA"));
    assert_eq!(origin(claim(&d, 3.0)), Some("DZ"));
    assert_eq!(origin(claim(&d, 6.0)), None);
    // A list of one origin shares it.
    let d = analyze("وأعادت بلجيكا 6 نساء بلجيكيات و10 أطفال من مخيم روج.");
    assert_eq!(origin(claim(&d, 10.0)), Some("BE"));
}
