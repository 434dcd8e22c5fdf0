//! Predicate rules for what happened to counted people at the end of an event: killed under
//! another name (neutralized, bodies, lost men, executions carried out), freed in swaps,
//! stopped at sea, sent abroad, acquitted. Every sentence is written for these tests.

#[allow(dead_code)]
mod claims_common;

use claims_common::{analyze, assert_predicates, claim};
use rasad_core::model::Predicate;

#[test]
fn neutralized_is_killed() {
    assert_predicates(&[
        ("وأعلن الجيش أنه حيّد 30 إرهابيا خلال عملية عسكرية في الولاية الشمالية.", 30.0, Predicate::Killed),
        ("وقالت القيادة إن القوات حيدت 12 مسلحا في كمين قرب الحدود.", 12.0, Predicate::Killed),
    ]);
}

#[test]
fn lost_of_its_own() {
    assert_predicates(&[
        ("وأقرت الحركة بأنها فقدت 9 من مقاتليها في المعارك الأخيرة قرب الحدود.", 9.0, Predicate::Killed),
        ("وفقدت الكتيبة 4 من جنودها في الهجوم على الثكنة.", 4.0, Predicate::Killed),
    ]);
    // "We lost" says whose men they were, with no possessive on the noun.
    let d = analyze("وقال القائد: \"فقدنا 7 من عناصر الشرطة في الهجوم على الحاجز\".");
    assert_eq!(claim(&d, 7.0).predicate, Predicate::Killed);
    // Intransitive `فقد` with the people as its subject: they went missing.
    let d = analyze("وفقد 15 صيادا في البحر بعد غرق قاربهم قبالة السواحل.");
    assert_eq!(claim(&d, 15.0).predicate, Predicate::Missing);
}

#[test]
fn freed_right_before_count() {
    assert_predicates(&[
        ("ونجحت القوات في تحرير 40 مهاجرا كانوا محتجزين لدى عصابة تهريب.", 40.0, Predicate::Released),
        ("وشملت الصفقة إطلاق الحكومة 300 من أسرى الجماعة مقابل 100 من جنودها.", 300.0, Predicate::Released),
    ]);
    // Shots fired are no release.
    let d = analyze("وأطلق مسلحون النار على 6 معتقلين داخل السجن فقتلوهم.");
    assert_ne!(claim(&d, 6.0).predicate, Predicate::Released);
}

#[test]
fn bodies_are_dead() {
    assert_predicates(&[
        ("وأعلنت المنظمة العثور على 11 جثة لمهاجرين قرب الساحل الغربي.", 11.0, Predicate::Killed),
        ("وانتشلت فرق الإنقاذ 23 جثة من تحت الأنقاض.", 23.0, Predicate::Killed),
    ]);
}

#[test]
fn intercepted_at_sea_is_prevented() {
    assert_predicates(&[
        ("واعترض خفر السواحل خلال العام الماضي 9500 مهاجر في البحر وأعادهم إلى البلاد.", 9500.0, Predicate::Prevented),
        ("وتم اعتراض 450 مهاجرا قبالة السواحل الشرقية.", 450.0, Predicate::Prevented),
    ]);
}

#[test]
fn internally_displaced_fled() {
    assert_predicates(&[("وتقدر المنظمة عددهم بنحو 150 ألف نازح داخلي في الإقليم.", 150000.0, Predicate::Fled)]);
    // The displaced counted in a camp are present there.
    let d = analyze("ويقيم في المخيم عشرات الآلاف من النازحين واللاجئين في ظروف صعبة.");
    assert_eq!(claim(&d, 10000.0).predicate, Predicate::Present);
}

#[test]
fn acquittal_verb_is_trial() {
    assert_predicates(&[("وقضت المحكمة بالسجن على 4 متهمين، وبرأت اثنين آخرين من التهم.", 2.0, Predicate::Prosecuted)]);
}

#[test]
fn executions_carried_out() {
    assert_predicates(&[
        ("ونفذت السلطات حكم الإعدام بحق 21 رجلا أدينوا بالإرهاب.", 21.0, Predicate::Killed),
        ("وأعلنت الوزارة تنفيذ حكم القتل تعزيرا بحق 7 أشخاص.", 7.0, Predicate::Killed),
    ]);
    // A death sentence passed is a verdict.
    assert_predicates(&[("وأصدرت المحكمة حكما بالإعدام بحق 5 متهمين.", 5.0, Predicate::Prosecuted)]);
}

#[test]
fn sent_abroad_is_travel() {
    assert_predicates(&[("وكشف التحقيق عن شبكة تولت تسفير نحو 45 شابا إلى بؤر التوتر.", 45.0, Predicate::Traveled)]);
}

#[test]
fn jailed_pending_trial() {
    assert_predicates(&[
        ("وأمرت المحكمة بحبس 120 منهم على ذمة التحقيق في القضية.", 120.0, Predicate::Detained),
        ("وأوقفت الشرطة 300 مشتبه به، وأمرت المحاكم بحبس 95 منهم.", 95.0, Predicate::Detained),
        ("وقضت محكمة الجنايات بحبس 3 متهمين 10 سنوات مع الشغل.", 3.0, Predicate::Prosecuted),
    ]);
}

#[test]
fn still_under_arrest_is_held() {
    assert_predicates(&[("وقال إن المئات من أبناء المدينة ما زالوا موقوفين في السجون.", 100.0, Predicate::Detained)]);
}

#[test]
fn count_of_these() {
    let d = analyze("وقال الباحث إن آلاف المقاتلين سافروا إلى سوريا، وإن مئات من هؤلاء قتلوا في المعارك.");
    assert_eq!(claim(&d, 100.0).predicate, Predicate::Killed);
    let d = analyze("وسافر 1500 تونسي إلى ليبيا. وقتل 300 من هؤلاء في المعارك.");
    assert_eq!(claim(&d, 300.0).predicate, Predicate::Killed);
}

#[test]
fn accusative_feminine_units_count() {
    let d = analyze("وأفادت الوكالة أن أربعاً من النساء العائدات اعتقلن فور وصولهن إلى المطار.");
    assert_eq!(claim(&d, 4.0).predicate, Predicate::Arrested);
}

#[test]
fn each_one_of_them_is_no_count() {
    let d = analyze("ونجحت عشرات النساء في الفرار من المخيم، ويتقاضى الواحد منهم ما بين 10 و15 ألف دولار.");
    assert!(d.claims.iter().all(|c| c.quantity.value != 1.0), "{:?}", claims_common::values(&d));
}

#[test]
fn case_and_camp_words() {
    assert_predicates(&[
        ("وتنظر المحكمة في قضية 11 فرنسيا متهمين بالانتماء إلى التنظيم.", 11.0, Predicate::Prosecuted),
        ("وأعلنت الإدارة الذاتية إخراج دفعة من 47 عائلة من المخيم.", 47.0, Predicate::Returned),
    ]);
    // Residents and boys are people counted.
    let d = analyze("وفي ذروته عام 2019 تجاوز عدد القاطنين 73 ألفا في المخيم، بينهم 700 فتى.");
    assert_eq!(claim(&d, 73000.0).subject.class, rasad_core::model::SubjectClass::Person);
    assert_eq!(claim(&d, 700.0).subject.class, rasad_core::model::SubjectClass::Child);
}

#[test]
fn agent_of_the_operation() {
    let d = analyze(
        "وجاء الحكم بعد عملية إعادة نفذتها الحكومة الألمانية بالتعاون مع الولايات المتحدة، استعادت خلالها 10 نساء من مخيم روج.",
    );
    assert_eq!(claims_common::origin(claim(&d, 10.0)), Some("DE"));
    let d = analyze("وكانت كازاخستان أول دولة تطلق برنامجا واسعا لإعادة مواطنيها، أعادت خلالها 607 أشخاص.");
    assert_eq!(claims_common::origin(claim(&d, 607.0)), Some("KZ"));
}

#[test]
fn feminine_others_are_counted() {
    assert_predicates(&[(
        "وقضت المحكمة بالسجن على 4 متهمين، وبالسجن المؤبد بحق سبع أخريات.",
        7.0,
        Predicate::Prosecuted,
    )]);
}

#[test]
fn dual_part_of_a_count() {
    let d = analyze("وسجلت المنظمات منذ بداية العام مقتل ثمانية أشخاص داخل المخيم، بينهم امرأتان.");
    assert_eq!(claim(&d, 2.0).predicate, Predicate::Killed);
}

#[test]
fn count_with_nationality() {
    let d = analyze("وأوضحت المصادر أن 4 من الموقوفين يحملون الجنسية الطاجيكية، و3 يحملون الجنسية الأوزبكية.");
    assert_eq!(claims_common::origin(claim(&d, 3.0)), Some("UZ"));
    // Counting nationalities is no count of people.
    let d = analyze("ويضم المخيم عائلات عناصر التنظيم من 60 جنسية مختلفة.");
    assert!(d.claims.iter().all(|c| c.quantity.value != 60.0));
}

#[test]
fn lives_taken() {
    assert_predicates(&[(
        "وأودى النزاع المستمر منذ سنوات بحياة أكثر من 40 ألف شخص في المنطقة.",
        40000.0,
        Predicate::Killed,
    )]);
}

#[test]
fn sentence_lists() {
    assert_predicates(&[
        ("وقضت المحكمة بالسجن المؤبد على 4 متهمين، والسجن المشدد 15 عاما لـ5 آخرين.", 5.0, Predicate::Prosecuted),
        (
            "وعاقبت المحكمة 69 متهما بالسجن المؤبد و23 متهما بالسجن عشر سنوات و39 بالسجن سبع سنوات.",
            39.0,
            Predicate::Prosecuted,
        ),
    ]);
}

#[test]
fn hostages_held() {
    assert_predicates(&[("وقال إن المسلحين ما زالوا يحتجزون 214 رهينة داخل القطار.", 214.0, Predicate::Kidnapped)]);
}

#[test]
fn soldiers_of_its_own() {
    let d = analyze("وأعلن الجيش أن 5 من عسكرييه أصيبوا في الاشتباكات.");
    assert_eq!(claim(&d, 5.0).predicate, Predicate::Wounded);
    assert_eq!(claim(&d, 5.0).subject.class, rasad_core::model::SubjectClass::SecurityPersonnel);
}

#[test]
fn number_then_count_of() {
    let d = analyze("وأصدرت المحكمة حكما جديدا بالإعدام، ليرتفع إلى 11 عدد الفرنسيين المحكومين بالإعدام في العراق.");
    assert_eq!(claim(&d, 11.0).predicate, Predicate::Prosecuted);
    assert_eq!(claims_common::origin(claim(&d, 11.0)), Some("FR"));
    let d = analyze("وقال إن الهجوم أدى إلى مقتل 5 أشخاص، ليرتفع إلى 40 عدد القتلى منذ بداية الشهر.");
    assert_eq!(claim(&d, 40.0).predicate, Predicate::Killed);
}

#[test]
fn coordinated_demonyms_after_the_noun() {
    let d = analyze("ويعيش في المخيمين عشرات الآلاف من الأطفال السوريين والعراقيين في ظروف صعبة.");
    assert_eq!(claims_common::origin(claim(&d, 10000.0)), None);
    let d = analyze("ويعيش في المخيم 500 طفل سوري وعراقي.");
    assert_eq!(claims_common::origin(claim(&d, 500.0)), None);
    // One nationality still gives the origin.
    let d = analyze("ويعيش في المخيم 500 طفل عراقي.");
    assert_eq!(claims_common::origin(claim(&d, 500.0)), Some("IQ"));
}

#[test]
fn regaining_control_is_no_return() {
    let d = analyze("وأعلنت القوات استعادة السيطرة الكاملة على السجن الذي كان يضم حينها أكثر من 3500 معتقل.");
    assert_eq!(claim(&d, 3500.0).predicate, Predicate::Detained);
    assert_predicates(&[("ودفعت المعارك آلاف العائلات إلى ترك منازلها في الأحياء المحيطة.", 1000.0, Predicate::Fled)]);
}

#[test]
fn offered_event_has_not_happened() {
    let d = analyze("وأفاد مسؤولون بأن بغداد عرضت على دول التحالف الدولي محاكمة نحو 800 مقاتل أجنبي آخر تحتجزهم قسد.");
    assert_eq!(claim(&d, 800.0).predicate, Predicate::Detained);
    assert!(claim(&d, 800.0).organization.is_none());
    assert_predicates(&[("ونظرت المحاكم حتى الآن في قضايا أكثر من 500 امرأة أجنبية.", 500.0, Predicate::Prosecuted)]);
}

#[test]
fn demonym_then_by_count() {
    let d = analyze("وقالت إن العراقيين هم الكتلة الأكبر، يليهم السوريون بنحو 16 ألفا في المخيم.");
    assert_eq!(claims_common::origin(claim(&d, 16000.0)), Some("SY"));
    // The adjective of a place is no people's nationality.
    let d = analyze("وتقدر المنظمة عدد المهاجرين الموجودين على الأراضي الليبية بنحو 787 ألفا.");
    assert_eq!(claims_common::origin(claim(&d, 787000.0)), None);
}

#[test]
fn lost_what() {
    // Orphans "lost their parents": no disappearance of the orphans.
    let d = analyze("وتضم المجموعة 34 طفلا، بينهم سبعة أيتام فقدوا والديهم خلال المعارك.");
    assert_ne!(claim(&d, 7.0).predicate, Predicate::Missing);
    let d = analyze("وقالت المنظمة إن 30 مهاجرا فقدوا حياتهم في البحر.");
    assert_eq!(claim(&d, 30.0).predicate, Predicate::Killed);
}

#[test]
fn rehabilitation_is_no_return() {
    // `إعادة التأهيل` is rehabilitation: the `إعادة` of it returns no one.
    let d = analyze("وأكمل 300 شخص برنامج إعادة التأهيل داخل المخيم قبل مغادرته.");
    assert_ne!(claim(&d, 300.0).predicate, Predicate::Returned);
    let d = analyze("ويشارك 45 شابا في دورات إعادة الإدماج التي تنظمها البلدية.");
    assert_ne!(claim(&d, 45.0).predicate, Predicate::Returned);
}

#[test]
fn rehabilitation_centre_holds_detainees() {
    assert_predicates(&[
        (
            "وقالت الإدارة إنها نقلت 12 فتى بلغوا الثامنة عشرة إلى مراكز إعادة التأهيل في القامشلي.",
            12.0,
            Predicate::Detained,
        ),
        ("وأوضح المسؤول أن نحو 90 قاصرا أودعوا في مركز تأهيل قرب المدينة.", 90.0, Predicate::Detained),
    ]);
}

#[test]
fn inmates_are_detained() {
    assert_predicates(&[(
        "وقال مسؤول في الإصلاحية إن السجن المركزي يضم حاليا نحو 4 آلاف نزيل من مختلف المحافظات.",
        4000.0,
        Predicate::Detained,
    )]);
}

#[test]
fn arrests_abductions_and_disappearances_counted_as_cases() {
    assert_predicates(&[
        (
            "ووثقت المنظمة خلال الشهر الماضي ما لا يقل عن 85 حالة اعتقال تعسفي في المحافظات الشرقية.",
            85.0,
            Predicate::Arrested,
        ),
        (
            "وسجلت اللجنة الحقوقية منذ مطلع العام 23 حالة اختطاف على الطريق الدولي بين المدينتين.",
            23.0,
            Predicate::Kidnapped,
        ),
    ]);
}

#[test]
fn died_of_a_cause_and_forcibly_disappeared() {
    assert_predicates(&[
        ("وأكدت الرابطة أن 6 معتقلين قضوا تحت التعذيب في السجون خلال الأشهر الثلاثة الماضية.", 6.0, Predicate::Killed),
        ("وتقول العائلات إن أكثر من 900 شخص ما زالوا مختفين قسريا منذ سنوات في سجون الأجهزة.", 900.0, Predicate::Missing),
    ]);
    // `قضوا` with a duration spent is no death.
    let d = analyze("وأوضح المحامي أن 30 معتقلا قضوا خمس سنوات في السجن دون محاكمة.");
    assert_ne!(claim(&d, 30.0).predicate, Predicate::Killed);
}

#[test]
fn rescued_at_sea_were_stopped() {
    assert_predicates(&[(
        "وأحبطت وحدات الحرس البحري محاولة هجرة غير نظامية قبالة السواحل، وتم إنقاذ 57 شخصا كانوا على متن قارب مطاطي.",
        57.0,
        Predicate::Prevented,
    )]);
    // Hostages rescued by force are freed.
    assert_predicates(&[(
        "وتمكنت القوات الخاصة من إنقاذ 14 رهينة كانوا محتجزين لدى العصابة في الجبال.",
        14.0,
        Predicate::Released,
    )]);
}

#[test]
fn status_noun_over_being() {
    assert_predicates(&[(
        "وأعلنت السلطات المحلية أن فرق الإنقاذ لا تزال تبحث عن 11 مفقودا بعد انهيار المبنى في الحي القديم.",
        11.0,
        Predicate::Missing,
    )]);
}

#[test]
fn held_by_captors_or_led_away_are_kidnapped() {
    assert_predicates(&[
        ("وبذلك لا يزال 23 طالبا في الأسر منذ اقتحام المسلحين مدرستهم الشهر الماضي.", 23.0, Predicate::Kidnapped),
        ("وقال شهود إن المسلحين اعترضوا الحافلة واقتادوا 9 ركاب إلى جهة مجهولة قرب الحدود.", 9.0, Predicate::Kidnapped),
    ]);
}

#[test]
fn release_across_an_aside_and_from_captivity() {
    assert_predicates(&[
        (
            "وكانت الجماعة قد أفرجت في مارس الماضي، بمبادرة منفردة، عن 12 أسيرا من القوات الحكومية.",
            12.0,
            Predicate::Released,
        ),
        ("وأعلنت الوزارة إعادة 48 جنديا من الأسر في إطار صفقة التبادل الأخيرة.", 48.0, Predicate::Released),
    ]);
    // A release earlier in the sentence does not reach a count told of otherwise.
    assert_predicates(&[(
        "وأفرجت السلطات عن المعتقلين بعد أن تحدثت عن 40 شخصا قتلوا في الاشتباكات.",
        40.0,
        Predicate::Killed,
    )]);
}

#[test]
fn defectors_surrendered_and_foiled_crossings_were_prevented() {
    assert_predicates(&[
        ("وقال وزير الإعلام إن أكثر من 150 عنصرا انشقوا عن الحركة منذ مطلع العام الجاري.", 150.0, Predicate::Surrendered),
        ("وأحبطت وحدات حرس الحدود محاولة تسلل نحو 70 شخصا عبر المعابر غير الشرعية.", 70.0, Predicate::Prevented),
    ]);
}

#[test]
fn list_item_takes_the_heads_event_even_for_occupations() {
    let d =
        analyze("وأسفرت الحملات عن ضبط (9,120) مخالفا، منهم (5,002) مخالف لنظام الإقامة، و(2,300) مخالف لنظام العمل.");
    assert_eq!(claim(&d, 2300.0).predicate, Predicate::Arrested);
}

#[test]
fn held_by_a_prison_or_serving_a_sentence() {
    assert_predicates(&[
        (
            "وأعلن الوزير أن السجون المركزية تضم نحو 9 آلاف محكوم بقضايا إرهاب من مختلف المحافظات.",
            9000.0,
            Predicate::Detained,
        ),
        ("وأوضح المدعي العام أن 40 عائدا حوكموا حتى الآن، يقضي 17 منهم أحكاما بالسجن.", 17.0, Predicate::Detained),
        ("وقال المسؤول: \"ما زال لدينا 8 أشخاص خلف القضبان بتهم الإرهاب\".", 8.0, Predicate::Detained),
    ]);
}

#[test]
fn rearrest_is_no_return() {
    assert_predicates(&[(
        "وأسفر الهجوم على السجن عن فرار عشرات السجناء، فيما أعيد اعتقال 35 منهم خلال أيام.",
        35.0,
        Predicate::Arrested,
    )]);
}

#[test]
fn an_event_only_considered_has_not_happened() {
    let d = analyze("وقالت الحكومة إنها تدرس إعادة نحو 300 من مواطنيها المحتجزين في مخيمات شمال شرق سوريا.");
    assert_ne!(claim(&d, 300.0).predicate, Predicate::Returned);
}

#[test]
fn prosecution_around_its_count() {
    assert_predicates(&[(
        "وأوضح المسؤول أن 90 مقاتلا عادوا إلى البلاد، وتمت متابعة 64 منهم قضائيا.",
        64.0,
        Predicate::Prosecuted,
    )]);
}

#[test]
fn by_land_is_no_acquittal() {
    assert_predicates(&[(
        "وأعلن الجهاز أن 64 مصريا تم ترحيلهم برا عبر منفذ امساعد الحدودي.",
        64.0,
        Predicate::Returned,
    )]);
}

#[test]
fn the_missing_keep_their_state() {
    assert_predicates(&[(
        "وأوضحت أن الوحدات أنقذت عشرات المجتازين، فيما لا يزال البحث جاريا عن 9 مفقودين بعد غرق المركب.",
        9.0,
        Predicate::Missing,
    )]);
}

#[test]
fn intercepted_and_brought_back() {
    let d =
        analyze("وقالت المنظمة إن 230 مهاجرا اعترضوا قبالة السواحل الأسبوع الماضي وأعيدوا إلى ليبيا، بينهم 19 امرأة.");
    assert_eq!(claim(&d, 230.0).predicate, Predicate::Prevented);
    assert_eq!(claim(&d, 19.0).predicate, Predicate::Prevented);
    assert_eq!(claims_common::origin(claim(&d, 230.0)), None);
}

#[test]
fn a_dual_list_item_takes_the_heads_event() {
    let d = analyze("وقالت الرابطة إنه لا يزال 41 تلميذا ومعلمان في الأسر منذ الهجوم على المدرسة.");
    assert_eq!(claim(&d, 2.0).predicate, Predicate::Kidnapped);
}

#[test]
fn displaced_by_default_hosted_in_camps() {
    assert_predicates(&[
        (
            "وتقدر الأمم المتحدة أن المنطقة تضم أكثر من 1.2 مليون نازح بسبب المعارك المستمرة.",
            1_200_000.0,
            Predicate::Fled,
        ),
        ("ويؤوي مخيم الركبان نحو 8 آلاف نازح يعانون من نقص حاد في الغذاء والدواء.", 8000.0, Predicate::Present),
    ]);
}

#[test]
fn conviction_verb_is_prosecuted() {
    assert_predicates(&[
        ("وفي جلسة سابقة أدانت المحكمة 7 نساء أخريات وقضت بسجنهن.", 7.0, Predicate::Prosecuted),
        ("وأدان القضاء العسكري 12 عنصرا بتهمة الفرار من الخدمة.", 12.0, Predicate::Prosecuted),
    ]);
}

#[test]
fn remand_after_the_accused_is_detained() {
    // Custody told after the accused outranks the charge; a sibling's status stays the sibling's.
    assert_predicates(&[
        ("وأشارت أوراق القضية إلى أن 13 متهما محبوسون احتياطيا على ذمة القضية.", 13.0, Predicate::Detained),
        ("وأحالت النيابة 23 متهما إلى المحاكمة، بينهم 9 محبوسين و14 هاربا.", 14.0, Predicate::Fled),
    ]);
}

#[test]
fn families_asking_for_their_own() {
    assert_predicates(&[
        ("وقالت الجمعية إنها تلقت مراسلات من 22 عائلة تطالب بالتدخل لإعادة أبنائها.", 22.0, Predicate::RequestedHelp),
        ("وأضافت أن 17 امرأة طلبن صراحة العودة إلى بلادهن.", 17.0, Predicate::RequestedHelp),
    ]);
}

#[test]
fn the_other_two() {
    // A definite dual numeral with "the other" is a count of two.
    let d = analyze("وعاد ثلاثة منهم إلى البلاد، فيما قتل الاثنان الآخران في معارك بريف حلب.");
    assert_eq!(claim(&d, 2.0).predicate, Predicate::Killed);
    let d = analyze("وأوقف ثلاثة منهم، وسلم اثنان آخران نفسيهما إلى الجيش عند أحد الحواجز.");
    assert_eq!(claim(&d, 2.0).predicate, Predicate::Surrendered);
}
