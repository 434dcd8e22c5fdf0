//! Attribution rules found by reading `rasad analyze` over real, unedited news (a corpus spot
//! check outside the repository). Every sentence is written for these tests.

#[allow(dead_code)]
mod claims_common;

use claims_common::{analyze, cited, claim, speaker_text};

#[test]
fn speaker_words_are_no_source() {
    // A speech participle after the verb is no speaker: the report's speaker carries on.
    let d =
        analyze("وقال المتحدث باسم الشرطة سامر الخطيب إن التحقيق مستمر. وأضاف قائلا إن 14 شخصا اعتقلوا في المداهمة.");
    assert_ne!(speaker_text(&d, 14.0), "قائلا");
    // `أحد` alone is a quantifier, `أحد المسؤولين` a source.
    let d = analyze("وتمثل الفدية أحد الموارد الرئيسة للجماعة التي خطفت 40 شخصا الشهر الماضي.");
    assert_ne!(speaker_text(&d, 40.0), "أحد");
    let d = analyze("وقال أحد المسؤولين إن 25 شخصا أصيبوا في الانفجار.");
    assert_eq!(speaker_text(&d, 25.0), "أحد المسؤولين");
    // A negated report and a masdar after the subject are no speaker's words.
    let d = analyze("ولم يذكر توقيت الحادثة التي قتل فيها 6 أشخاص.");
    assert!(!speaker_text(&d, 6.0).contains("توقيت"));
    // A preposition or a direction opens no source's words.
    let d = analyze("وقال المتحدث باسم الدفاع المدني إن الفرق تحركت. وأضاف عند وصول الفرق تبين أن 4 عمال أصيبوا.");
    assert_ne!(speaker_text(&d, 4.0), "عند");
}

#[test]
fn ideas_and_programmes_are_no_source() {
    let d = analyze("وبحسب الفكرة التي يروج لها التنظيم فقد التحق 300 شاب بصفوفه.");
    assert!(!cited(claim(&d, 300.0)).contains("الفكرة"), "{}", cited(claim(&d, 300.0)));
}

#[test]
fn accuser_not_accused() {
    let d = analyze("واتهم مسؤولون أتراك تنظيم داعش بالوقوف وراء التفجير الذي أوقع 20 قتيلا في المدينة.");
    assert_eq!(speaker_text(&d, 20.0), "مسؤولون أتراك");
    let d = analyze("واتهمت منظمة العفو الدولية السلطات باحتجاز 300 شخص دون محاكمة في السجون السرية.");
    assert_eq!(speaker_text(&d, 300.0), "منظمة العفو الدولية");
}

#[test]
fn transition_ends_the_report() {
    // `إلى ذلك،` turns to another story: the colonel does not speak for its count.
    let d = analyze(
        "وأكد العقيد أن الجيش يقدم كل الدعم للأهالي في المنطقة. إلى ذلك، لقي أربعة أشخاص مصرعهم في اشتباكات بين عشيرتين.",
    );
    assert_eq!(speaker_text(&d, 4.0), "");
    // Without the transition the report goes on.
    let d = analyze(
        "وأكد العقيد أن الجيش يقدم كل الدعم للأهالي في المنطقة. ولقي أربعة أشخاص مصرعهم في اشتباكات بين عشيرتين.",
    );
    assert_eq!(speaker_text(&d, 4.0), "العقيد");
}

#[test]
fn acting_authority_is_the_source() {
    // A court that itself sentenced, a prosecutor that itself referred: no one else speaks.
    let d = analyze("وقضت الدائرة الأولى بمحكمة جنايات القاهرة، اليوم الثلاثاء، بمعاقبة 8 متهمين بالسجن المؤبد.");
    assert!(
        speaker_text(&d, 8.0).contains("الدايره") || speaker_text(&d, 8.0).contains("الدائرة"),
        "{}",
        speaker_text(&d, 8.0)
    );
    let d = analyze("وكانت النيابة العامة قد أحالت 23 متهما إلى المحاكمة الجنائية في القضية.");
    assert!(speaker_text(&d, 23.0).contains("النيابة"), "{}", speaker_text(&d, 23.0));
    // An armed group doing the killing is the perpetrator, not a source.
    let d = analyze("وقتلت جماعة مسلحة 12 مزارعا في هجوم على قريتهم شمال البلاد.");
    assert_eq!(speaker_text(&d, 12.0), "");
    // A speaker named in the sentence stays the speaker.
    let d = analyze("وقال مصدر أمني إن الشرطة اعتقلت 14 شخصا في المداهمة.");
    assert_eq!(speaker_text(&d, 14.0), "مصدر أمني");
}

#[test]
fn latest_is_no_source() {
    let d = analyze("وبلغ عدد القتلى 20 شخصا وفق آخر حصيلة رسمية صادرة عن وزارة الصحة في العاصمة.");
    let c = cited(claim(&d, 20.0));
    assert!(!c.contains("آخر") && !c.contains("اخر"), "{c}");
}

#[test]
fn role_with_its_seat_then_the_name() {
    let d =
        analyze("وقال مدير مكتب الهجرة والمهجرين في دهوك، ديان جعفر، إن أكثر من 135 ألف نازح لا يزالون في المخيمات.");
    assert_eq!(speaker_text(&d, 135000.0), "ديان جعفر");
}

#[test]
fn participle_of_the_opening_subject() {
    let d = analyze(
        "وجددت التنسيقية الوطنية لعائلات العالقين مطالبتها الحكومة بتسريع الترحيل، مؤكدة أن 136 امرأة ما زلن محتجزات في المخيمات.",
    );
    assert!(speaker_text(&d, 136.0).starts_with("التنسيقية"), "{}", speaker_text(&d, 136.0));
}

#[test]
fn asking_about_a_figure_states_it() {
    let d = analyze("وتساءلت رئيسة اللجنة البرلمانية ليلى الشتاوي عن مصير نحو 1500 امرأة وطفل في ليبيا وسوريا.");
    assert_eq!(speaker_text(&d, 1500.0), "ليلى الشتاوي");
}

#[test]
fn acting_authority_over_a_carried_speaker() {
    let d = analyze(
        "وقالت وزارة الخارجية إن الطائرة هبطت في فرانكفورت صباح اليوم. وأوقفت النيابة العامة الاتحادية ثلاث نساء فور وصولهن للاشتباه في انتمائهن إلى التنظيم.",
    );
    assert!(speaker_text(&d, 3.0).contains("النيابة"), "{}", speaker_text(&d, 3.0));
}

#[test]
fn agency_quoting_with_no_dateline_agency() {
    let d = analyze("ونقلت الوكالة عن مصدر في الداخلية قوله إن عدد الموقوفين بلغ 37 شخصا حتى مساء اليوم.");
    assert_eq!(speaker_text(&d, 37.0), "مصدر في الداخلية");
    assert!(cited(claim(&d, 37.0)).contains("الوكالة"), "{}", cited(claim(&d, 37.0)));
}

#[test]
fn person_inside_the_role_holds_it() {
    let d = analyze(
        "وأعلن مدير جهاز الأمن الفيدرالي الروسي ألكسندر بورتنيكوف، خلال تقرير قدمه للرئيس فلاديمير بوتين، احتجاز 11 شخصا على صلة بالهجوم.",
    );
    assert!(speaker_text(&d, 11.0).contains("بورتنيكوف"), "{}", speaker_text(&d, 11.0));
}

#[test]
fn managed_to_opens_the_authoritys_action() {
    let d = analyze(
        "وتمكن المكتب المركزي للأبحاث القضائية، صباح اليوم، من تفكيك خلية إرهابية تتكون من أربعة عناصر متطرفين.",
    );
    assert!(speaker_text(&d, 4.0).contains("المكتب المركزي"), "{}", speaker_text(&d, 4.0));
}

#[test]
fn passive_estimate_names_no_speaker() {
    let d = analyze("وقال مصدر أمني في كركوك إن مجموعة مسلحة يقدر عددها بنحو 15 عنصرا هاجمت النقطة العسكرية.");
    assert_eq!(speaker_text(&d, 15.0), "مصدر أمني في كركوك");
    assert_eq!(claim(&d, 15.0).predicate, rasad_core::model::Predicate::Fighting);
    // An estimate with its subject still speaks.
    let d = analyze("وتقدر الأمم المتحدة عدد المقاتلين الأجانب في البلاد بنحو 5 آلاف مقاتل.");
    assert_eq!(speaker_text(&d, 5000.0), "الأمم المتحدة");
}

#[test]
fn coordinated_action_shares_its_actor() {
    let d = analyze("وفي أعقاب الهجوم، أوقفت السلطات الروسية 20 شخصا في القضية، ورحلت آلاف المهاجرين إلى بلادهم.");
    assert_eq!(speaker_text(&d, 20.0), "السلطات الروسية");
    assert_eq!(speaker_text(&d, 1000.0), "السلطات الروسية");
}

#[test]
fn pronoun_speaker_is_the_sentence_subject() {
    let d = analyze(
        "وقال المرصد إن 10 أشخاص قتلوا في القصف. وكانت قوى الأمن الداخلي قد أطلقت في مارس الماضي حملة أمنية واسعة، قالت إنها أسفرت عن اعتقال 125 شخصا.",
    );
    assert_eq!(speaker_text(&d, 10.0), "المرصد");
    assert_eq!(speaker_text(&d, 125.0), "قوى الأمن الداخلي");
}

#[test]
fn announcement_in_construct() {
    let d = analyze("ويأتي ذلك بعد أشهر على إعلان الجيش العراقي مقتل 3 لبنانيين في عملية عسكرية بالأنبار.");
    assert_eq!(speaker_text(&d, 3.0), "الجيش العراقي");
    // An announced state of emergency names no speaker.
    let d = analyze("وبعد إعلان حالة الطوارئ في المدينة، قتل 5 أشخاص في اشتباكات متفرقة.");
    assert_eq!(speaker_text(&d, 5.0), "");
}
