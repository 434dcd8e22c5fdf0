//! Attribution rules for how a source is named: a feminine role with its affiliation and the
//! holder's name in apposition, a body's short quoted name after a two-word head, "the latest"
//! data of a body, `تحدث` as a speech verb, quote marks kept whole. Every sentence is written
//! for these tests.

#[allow(dead_code)]
mod claims_common;

use claims_common::{analyze, analyze_titled, cited, claim, speaker_ref, speaker_text};

#[test]
fn feminine_role_then_apposed_name() {
    let d = analyze(
        "وقالت الباحثة في منظمة \"هيومن رايتس ووتش\"، سارة الأيوبي، لموقع محلي، إن المئات من الفتيان نقلوا إلى سجون مكتظة.",
    );
    assert_eq!(speaker_text(&d, 100.0), "سارة الأيوبي");
    let d = analyze("وقالت المتحدثة باسم المفوضية، نورا حداد، إن 300 لاجئ عبروا الحدود خلال الأسبوع.");
    assert_eq!(speaker_text(&d, 300.0), "نورا حداد");
}

#[test]
fn short_quoted_name_after_institution_head() {
    let d = analyze("وقال جهاز الأمن \"سابو\" إن 150 شخصا عادوا إلى البلاد منذ 2014.");
    assert_eq!(speaker_text(&d, 150.0), "جهاز الأمن \"سابو\"");
    // A quotation with figures after the head is what was said, not a name.
    let d = analyze("وقال جهاز الأمن \"إن 150 شخصا عادوا إلى البلاد\".");
    assert!(!speaker_text(&d, 150.0).contains("150"));
}

#[test]
fn latest_data_of_a_body() {
    let d = analyze("وبحسب أحدث بيانات منظمة الأمم المتحدة للطفولة، يعيش في المخيمين نحو 28 ألف طفل.");
    assert_eq!(claim(&d, 28000.0).attribution.cited_source.as_ref().and_then(|c| c.id.as_deref()), Some("unicef"));
    // Alone, "the latest toll" names no one.
    let d = analyze("ووفق آخر حصيلة، قتل 30 شخصا في الهجوم على السوق.");
    assert_eq!(cited(claim(&d, 30.0)), "");
}

#[test]
fn talked_about_is_speech() {
    let d = analyze("وتحدث مسؤولون محليون عن 40 قتيلا في القصف الذي استهدف البلدة.");
    assert_eq!(speaker_text(&d, 40.0), "مسؤولون محليون");
    // `تحدث` in a relative clause is "happens": nobody speaks.
    let d = analyze("وتعد الانتهاكات التي تحدث في المخيم، حيث يعيش 50 ألف شخص، الأخطر في المنطقة.");
    assert_eq!(speaker_text(&d, 50000.0), "");
}

#[test]
fn topic_before_a_named_subject() {
    // `أما X، فتقول Y`: Y, named after the verb, speaks; X is only the topic.
    let d = analyze("أما السجون، فتقول القيادة المركزية الأميركية إن قوات سوريا الديمقراطية تحتجز نحو 9 آلاف عنصر.");
    assert_eq!(speaker_text(&d, 9000.0), "القيادة المركزية الأميركية");
    // With nothing named after the verb, the topic is the speaker.
    let d = analyze("أما وزارة الداخلية، فقالت إن 300 شخص عادوا إلى البلاد.");
    assert_eq!(speaker_text(&d, 300.0), "وزارة الداخلية");
}

#[test]
fn marker_taking_its_name_directly_keeps_its_lam() {
    let d = analyze("وقالت المنظمة، وفق ليلى حسن، إن 40 طفلا غادروا المخيم.");
    let persons: Vec<&str> = d.entities.iter().map(|e| e.mentions[0].text.as_str()).collect();
    assert!(persons.contains(&"ليلى حسن"), "{persons:?}");
    // After `وفقا` the `ل` is the preposition.
    let d = analyze("وقتل 20 شخصا، وفقا لديفيد مارتن.");
    let persons: Vec<&str> = d.entities.iter().map(|e| e.mentions[0].text.as_str()).collect();
    assert!(persons.contains(&"ديفيد مارتن"), "{persons:?}");
}

#[test]
fn participle_of_the_cited_person() {
    let d = analyze_titled(
        "مخيم الهول يتقلص ببطء",
        "وقال الباحث خالد العمر إن 10 آلاف شخص غادروا المخيمات العام الماضي.\nوتعمل الإدارة الذاتية، وفق ليلى محمد، على إخراج العائلات السورية، مشيرة إلى أن نحو 3 آلاف سوري غادروا المخيم.",
    );
    assert_eq!(speaker_text(&d, 3000.0), "ليلى محمد");
}

#[test]
fn bracketed_acronym() {
    let d = analyze("ويقول مركز تحليل التهديدات البلجيكي (أوكام) إن 413 بلجيكيا غادروا إلى سوريا والعراق.");
    let sp = speaker_ref(&d, 413.0);
    assert_eq!(sp.aliases, vec!["أوكام".to_owned()]);
    let d = analyze("وقدرت الاستخبارات الهولندية (AIVD) عدد من غادروا هولندا بنحو 300.");
    let sp = speaker_ref(&d, 300.0);
    assert_eq!(sp.aliases, vec!["AIVD".to_owned()]);
    // A bracketed aside is no name.
    let d = analyze("وقال الجيش (في بيان) إن 30 شخصا قتلوا في الهجوم.");
    let sp = speaker_ref(&d, 30.0);
    assert!(sp.aliases.is_empty(), "{:?}", sp.aliases);
}

#[test]
fn own_document_anaphor() {
    let d = analyze(
        "أعلنت خلية الإعلام الأمني في بيان، اليوم، انطلاق عملية في صحراء الأنبار. وأضاف البيان أن قوة مشتركة تمكنت من اعتقال ثلاثة متهمين.",
    );
    let sp = speaker_ref(&d, 3.0);
    assert_eq!((sp.name.as_str(), sp.text.as_str()), ("خلية الإعلام الأمني", "البيان"));
    // Named again by its head (`الخلية`), with the document received by an agency.
    let d = analyze(
        "أعلنت خلية الإعلام الأمني مقتل أربعة إرهابيين. وقالت الخلية في بيان تلقته وكالة الأنباء العراقية إن الضربة دقيقة. وأضاف البيان أن القوات اعتقلت ثلاثة متهمين.",
    );
    assert_eq!(speaker_ref(&d, 3.0).name, "خلية الإعلام الأمني");
    // An accusative document after the speaker (`نشر المتحدث بيانا`).
    let d = analyze(
        "نشر المتحدث العسكري بيانا أعلن فيه مقتل 8 عناصر. وأوضح البيان أن القوات ضبطت 12 فردا من العناصر المعاونة.",
    );
    assert_eq!(speaker_ref(&d, 12.0).name, "المتحدث العسكري");
}

#[test]
fn announced_in_it() {
    // The statement's issuer speaks in `أعلن فيه`; the accusative document ends the name.
    let d = analyze(
        "نشر المتحدث العسكري للقوات المسلحة بيانا، اليوم الإثنين، أعلن فيه القضاء على 8 عناصر تكفيرية في شمال سيناء.",
    );
    assert_eq!(speaker_text(&d, 8.0), "المتحدث العسكري للقوات المسلحة");
    assert!(d.entities.iter().all(|e| e.mentions.iter().all(|m| m.text != "بيانا")));
}

#[test]
fn role_of_a_quoted_body_then_apposed_name() {
    let d = analyze("وقال مدير فريق \"منسقو الاستجابة\"، محمد الحلبي، لموقع محلي، إن قرابة 3 آلاف عائلة جديدة نزحت.");
    assert_eq!(speaker_text(&d, 3000.0), "محمد الحلبي");
    let d = analyze("وقالت الإدارية في المخيم، سلمى إبراهيم، إن المخيم سجل وفاة 4 أطفال.");
    assert_eq!(speaker_text(&d, 4.0), "سلمى إبراهيم");
    let d = analyze("وقالت محامية عائلات عدة، ماري لوران، إن نحو 120 طفلا ما زالوا في المخيمات.");
    assert_eq!(speaker_text(&d, 120.0), "ماري لوران");
}

#[test]
fn document_of_an_anaphor() {
    let d = analyze(
        "وقالت منظمة الأمم المتحدة للطفولة إن الوضع صعب. وبحسب أرقام المنظمة، أعادت أكثر من 30 دولة ما يزيد على 6 آلاف طفل إلى بلدانهم.",
    );
    let c = claim(&d, 6000.0).attribution.cited_source.clone().expect("cited");
    assert_eq!((c.id.as_deref(), c.text.as_str()), (Some("unicef"), "أرقام المنظمة"));
}

#[test]
fn estimating_verb_speaker_ends_before_the_count_noun() {
    let d = analyze("وقدرت المفوضية عددهم بنحو 2500 لاجئ يعيشون في المخيمات الحدودية منذ سنوات.");
    assert_eq!(speaker_text(&d, 2500.0), "المفوضية");
}

#[test]
fn one_of_a_group_speaks() {
    let d = analyze("وأضاف أحد سكان القرية، عبر الهاتف، أن 25 مدنيا على الأقل خطفوا خلال انسحاب المهاجمين.");
    assert_eq!(speaker_text(&d, 25.0), "أحد سكان القرية");
}

#[test]
fn lone_clitic_names_nobody() {
    let d =
        analyze("وأحبطت الوحدات إدخال كميات من المخدرات تقدر بـ(6) قناطير، وأوقفت مفارز للجيش (215) شخصا في المنطقة.");
    assert_eq!(speaker_text(&d, 215.0), "");
}

#[test]
fn document_of_a_quoted_issuer() {
    let d = analyze("وبحسب إحصائية لـ\"الشبكة السورية لحقوق الإنسان\"، قتل منذ مطلع العام 312 مدنيا في المحافظة.");
    assert!(cited(claim(&d, 312.0)).contains("الشبكة السورية"), "{}", cited(claim(&d, 312.0)));
}

#[test]
fn continued_speaker_keeps_the_relay() {
    let d = analyze(
        "وقال مصدر عسكري لوكالة الأنباء الألمانية إن 35 مسلحا قتلوا في الهجوم على القاعدة. وأضاف المصدر أن 4 جنود أصيبوا بجروح طفيفة خلال الاشتباكات.",
    );
    assert_eq!(cited(claim(&d, 35.0)), cited(claim(&d, 4.0)));
    assert!(!cited(claim(&d, 4.0)).is_empty());
    // An acronym in brackets and a comma may stand between the outlet and `عن`.
    let d = analyze(
        "ونقلت وكالة الأنباء الصومالية الرسمية (صونا)، عن قائد الجيش قوله إن العملية أسفرت عن مقتل 27 مسلحا من الحركة.",
    );
    assert_eq!(speaker_text(&d, 27.0), "قائد الجيش");
}

#[test]
fn known_body_names() {
    let d = analyze("وقال مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية إن 15 ألف شخص نزحوا خلال الأسبوع الماضي.");
    let sp = speaker_ref(&d, 15000.0);
    assert_eq!(sp.id.as_deref(), Some("ocha"));
    assert!(sp.aliases.iter().any(|a| a == "أوتشا"), "{:?}", sp.aliases);
    // A country speaking carries no spellings or demonyms.
    let d = analyze("وأعلنت فرنسا أنها أعادت 35 طفلا من مخيمات شمال شرق سوريا.");
    assert!(claim(&d, 35.0).attribution.speaker.as_ref().is_none_or(|s| s.aliases.is_empty()));
}

#[test]
fn findings_inside_a_statement() {
    let d = analyze("وقال النائب العام إن التحقيقات كشفت أن 31 من المتهمين سافروا إلى سوريا عبر تركيا.");
    assert_eq!(speaker_text(&d, 31.0), "النائب العام");
    // Investigations that speak for themselves are the source.
    let d = analyze("وكشفت تحقيقات النيابة أن 12 من المتهمين سافروا إلى ليبيا للالتحاق بالتنظيم.");
    assert_eq!(speaker_text(&d, 12.0), "تحقيقات النيابة");
}

#[test]
fn part_of_a_group_is_no_source() {
    let d = analyze(
        "وقال مسؤول في المنظمة، طالبا عدم ذكر اسمه: \"الوافدون يروون قصصا مروعة. بعضهم قال إن 14 رجلا أعدموا أمام أعينهم\".",
    );
    assert!(speaker_text(&d, 14.0).starts_with("مسؤول في المنظمة"), "{}", speaker_text(&d, 14.0));
}

#[test]
fn plural_reporting_verbs() {
    let d = analyze("وكان سكان محليون قد أفادوا بأن عدد المخطوفين تجاوز 140 تلميذا في الهجوم على المدرسة.");
    assert_eq!(speaker_text(&d, 140.0), "سكان محليون");
    // What a narrating verb tells is its object, not its speaker.
    let d = analyze("وقال مسؤول في الإغاثة: \"الوافدون الجدد يروون قصصا مروعة، ويقولون إن 60 رجلا أعدموا\".");
    assert!(speaker_text(&d, 60.0).starts_with("مسؤول"), "{}", speaker_text(&d, 60.0));
}

#[test]
fn issuer_after_a_documents_adjective() {
    let d = analyze("ويقدر عدد المواطنين الذين سافروا للقتال بنحو 2300 شخص، وفقا لأرقام سابقة لجهاز الأمن الوطني.");
    assert_eq!(cited(claim(&d, 2300.0)), "جهاز الأمن الوطني");
}

#[test]
fn document_obtained_from() {
    let d = analyze("وبحسب إحصائية حصلت عليها الوكالة من إدارة المخيم، يبلغ عدد القاطنين حاليا 41 ألف شخص تقريبا.");
    assert_eq!(speaker_text(&d, 41000.0), "إدارة المخيم");
}

#[test]
fn long_subject_between_kana_and_qad() {
    let d =
        analyze("وكان تقرير لمركز الدراسات الاستراتيجية والأمنية الوطني قد قدر عدد المنضمين إلى التنظيم بنحو 700 عنصر.");
    assert!(speaker_text(&d, 700.0).starts_with("مركز الدراسات"), "{}", speaker_text(&d, 700.0));
}

#[test]
fn role_with_its_bodys_noun_then_name() {
    let d = analyze(
        "\"لن نترك الأطفال هناك\"، قال رئيس الوكالة، اللواء أحمد سامي، مشيرا إلى أن نحو 900 مواطن سافروا إلى سوريا.",
    );
    assert!(speaker_text(&d, 900.0).ends_with("أحمد سامي"), "{}", speaker_text(&d, 900.0));
    let d = analyze("وقالت محامية عدد من العائلات، سارة الهاشمي، إن نحو 40 امرأة لا يزلن محتجزات في المخيم.");
    assert!(speaker_text(&d, 40.0).contains("سارة الهاشمي"), "{}", speaker_text(&d, 40.0));
}

#[test]
fn apposed_name_after_a_bracketed_aside() {
    let d = analyze("أعلنت مفوضة حقوق الإنسان في جورجيا (أمبودسمان)، نينو لومايا، عن إعادة 17 امرأة من العراق.");
    assert_eq!(speaker_text(&d, 17.0), "نينو لومايا");
}

#[test]
fn anonymity_aside_names_nobody() {
    let d = analyze("ونقلت وكالة رويترز عن مسؤول أمريكي، لم تسمه، أن نحو 4 آلاف معتقل ما زالوا في سجون قسد.");
    assert_eq!(speaker_text(&d, 4000.0), "مسؤول أمريكي");
}

#[test]
fn aid_worker_speaks_unnamed() {
    let d = analyze("وقال عامل إغاثة فرنسي، طلب عدم الكشف عن اسمه، إن خمسة أطفال على الأقل لقوا حتفهم في المخيم.");
    assert_eq!(speaker_text(&d, 5.0), "عامل إغاثة فرنسي");
}

#[test]
fn maghreb_same_source_anaphor() {
    let d = analyze(
        "وقال مصدر أمني لوكالة الأنباء الجزائرية إن مفارز الجيش أوقفت 12 عنصر دعم للجماعات الإرهابية. وأضاف ذات المصدر أن مفارز أخرى أوقفت 310 أشخاص في الجنوب.",
    );
    assert_eq!(speaker_ref(&d, 310.0).name, speaker_ref(&d, 12.0).name);
}

#[test]
fn topic_country_with_its_own_body_speaking() {
    let d = analyze("أما النرويج، فتقدر أجهزتها الأمنية أن 90 شخصا على الأقل سافروا إلى سوريا والعراق.");
    assert_eq!(speaker_text(&d, 90.0), "أجهزتها الأمنية");
}

#[test]
fn time_after_a_verb_is_no_speaker() {
    let d = analyze("وكانت القوات المسلحة أعلنت الشهر الماضي إحباط محاولات تسلل قتل خلالها 7 مهربين.");
    assert_eq!(speaker_text(&d, 7.0), "القوات المسلحة");
}

#[test]
fn consul_with_an_apposed_name() {
    let d = analyze("وقال القنصل العام في الإسكندرية، أحمد سالم، إن أكثر من 5 آلاف سوداني عادوا إلى بلادهم.");
    assert_eq!(speaker_text(&d, 5000.0), "أحمد سالم");
}

#[test]
fn subject_before_a_relative_aside() {
    let d =
        analyze("لكن منظمة \"ريبريف\" الحقوقية، التي تتابع الملف، تقول إن نحو 30 عائلة بريطانية لا تزال في المخيمات.");
    assert_eq!(speaker_ref(&d, 30.0).id.as_deref(), Some("reprieve"));
}

#[test]
fn opening_conjunction_is_not_part_of_the_subject() {
    let d = analyze("والشرطة أعلنت أن 45 شخصا اعتقلوا في المدينة خلال الحملة الأخيرة.");
    assert_eq!(speaker_text(&d, 45.0), "الشرطة");
}

#[test]
fn role_seat_before_name() {
    // The town a post sits in, glued to `ب` or after `في`, stands between the title and the name.
    let d = analyze("وقال القنصل العام اليمني بجدة فؤاد سالم باعباد إن أكثر من 300 يمني عادوا إلى بلادهم خلال الشهر.");
    assert_eq!(speaker_ref(&d, 300.0).name, "فؤاد سالم باعباد");
    let d = analyze("وقال المدير الإقليمي للمنظمة في نيامي خالد عمر الطاهر إن 500 مهاجر وصلوا إلى المركز.");
    assert_eq!(speaker_ref(&d, 500.0).name, "خالد عمر الطاهر");
    // A dative outlet after the seat is whom the words were said to, not a name.
    let d = analyze("وقال متحدث باسم الادعاء العام في ميونيخ لـDW عربية إن 12 امرأة عائدة وجهت إليهن اتهامات.");
    assert!(!speaker_text(&d, 12.0).contains("DW"), "{:?}", speaker_text(&d, 12.0));
}

#[test]
fn long_title_before_name() {
    // A title of many words (with an ordinal) and a second title right before the holder's name.
    let d = analyze(
        "وقال النائب العام المساعد الأول لشؤون مكافحة الإرهاب المستشار سامي عبد الرؤوف إن النيابة أحالت 31 متهما إلى المحكمة.",
    );
    assert_eq!(speaker_ref(&d, 31.0).name, "سامي عبد الرؤوف");
}

#[test]
fn family_name_first_after_a_verb() {
    // The Maghreb order: the family name with its article, then the given name, then the title.
    let d = analyze(
        "كشف البقالي يونس، مدير المكتب الجهوي للأبحاث، أن 40 شخصا أحيلوا على القضاء.\nوأوضح المسؤول الأمني أن 12 منهم عادوا من سوريا.",
    );
    assert_eq!(speaker_ref(&d, 40.0).name, "البقالي يونس");
    assert_eq!(speaker_ref(&d, 12.0).name, "البقالي يونس");
}

#[test]
fn long_name_with_particle_after_a_rank() {
    // `عبد الله بن فهد القحطاني`: five words; a rank between the comma and the name.
    let d = analyze(
        "أعلن المتحدث الرسمي باسم رئاسة أمن الدولة في المملكة، اللواء عبد الله بن سعد المطيري، القبض على 9 أشخاص.",
    );
    assert_eq!(speaker_ref(&d, 9.0).name, "عبد الله بن سعد المطيري");
}

#[test]
fn subject_then_addressee_outlet() {
    // The subject before the verb speaks; the outlet after it, with `ل`, is whom she spoke to.
    let d = analyze(
        "لكن المحامية هالة منصور، التي تمثل عائلات محتجزين، قالت لوكالة فرانس برس إن 70 امرأة ما زلن في المخيم.",
    );
    assert_eq!(speaker_text(&d, 70.0), "هالة منصور");
    assert_eq!(cited(claim(&d, 70.0)), "فرانس برس");
}

#[test]
fn latest_data_with_a_glued_lam() {
    // `وفقا لأحدث بيانات X`: "the latest" with the dative `ل` still leads to the body.
    let d = analyze("ووفقا لأحدث بيانات المفوضية الأوروبية، سافر أكثر من 5000 شخص إلى مناطق القتال.");
    assert!(cited(claim(&d, 5000.0)).contains("المفوضية"), "{:?}", cited(claim(&d, 5000.0)));
}

#[test]
fn ordering_officer_of_the_law_is_the_source() {
    // `أمر النائب العام … بإحالة`: the officer who ordered the referral gives the figure.
    let d = analyze("أمر النائب العام المستشار حسام الدين فؤاد بإحالة 14 متهما إلى محكمة الجنايات.");
    assert_eq!(speaker_ref(&d, 14.0).name, "حسام الدين فؤاد");
}

#[test]
fn role_seat_then_apposed_name() {
    // `القنصل العام السودانى بأسوان، عبد القادر عبد الله،`: the seat, a comma, then the name.
    let d = analyze("وقال القنصل العام السوداني بأسوان، صلاح الدين عثمان، إن أكثر من 400 ألف سوداني عادوا إلى بلادهم.");
    assert_eq!(speaker_ref(&d, 400_000.0).name, "صلاح الدين عثمان");
    // A name that starts with ب after a title is still a name.
    let d = analyze("وقال الرئيس الروسي بوتين إن 4500 روسي قاتلوا في صفوف التنظيم.");
    assert_eq!(speaker_ref(&d, 4500.0).name, "بوتين");
}

#[test]
fn agency_generic_words_then_quoted_name() {
    // `وكالة الأنباء الحكومية "خوفار"`: the quoted name is the agency's; whom it quotes speaks.
    let d = analyze("ونقلت وكالة الأنباء الرسمية \"بوسكا\" عن مكتب حقوق الطفل أن الطائرة أقلت 58 طفلا إلى العاصمة.");
    assert!(cited(claim(&d, 58.0)).ends_with("\"بوسكا\""), "{:?}", cited(claim(&d, 58.0)));
    assert_eq!(speaker_text(&d, 58.0), "مكتب حقوق الطفل");
}

#[test]
fn quoted_body_inside_a_title() {
    // A body's quoted name is part of the holder's title; the name after it speaks.
    let d = analyze("وقالت رئيسة جمعية \"أمهات المفقودين\" ريم العلي لـ\"الغد\"، إن الجمعية تتابع أوضاع 25 عائلة.");
    assert_eq!(speaker_text(&d, 25.0), "ريم العلي");
}

#[test]
fn specialised_court_acts() {
    // `أصدر القطب الجزائي …`: the court that passed the sentences gives the figures.
    let d = analyze("أصدر القطب الجزائي المتخصص بمحكمة سيدي امحمد، مساء اليوم، أحكاما بالسجن في حق سبعة متهمين.");
    assert!(speaker_text(&d, 7.0).starts_with("القطب الجزائي"), "{:?}", speaker_text(&d, 7.0));
}

#[test]
fn document_adjective_then_issuing_verb() {
    // `دراسة حديثة أصدرها "X"`: the issuer after the adjective and the verb is the source.
    let d = analyze(
        "كشفت دراسة حديثة أصدرها \"مركز البحوث الأمنية في المنطقة\"، ومقره عمان، أن أكثر من 800 شخص سافروا إلى سوريا.",
    );
    assert_eq!(speaker_text(&d, 800.0), "مركز البحوث الأمنية في المنطقة");
    let d = analyze("وكشفت دراسة جديدة نشرها معهد الدراسات الاستراتيجية أن 300 شخص عادوا إلى بلدانهم.");
    assert!(speaker_text(&d, 300.0).starts_with("معهد الدراسات"), "{:?}", speaker_text(&d, 300.0));
}

#[test]
fn coordination_of_families_speaks() {
    // `تنسيقية`, `رابطة`, `نقابة` head bodies that speak, as `جمعية` does.
    let d = analyze("وقالت تنسيقية عائلات المعتقلين في العراق إن أزيد من 100 امرأة ما زلن محتجزات في المخيمات.");
    assert!(speaker_text(&d, 100.0).starts_with("تنسيقية عائلات"), "{:?}", speaker_text(&d, 100.0));
    let d = analyze("وأكدت رابطة أسر المفقودين أن 60 شابا ما زالوا مجهولي المصير.");
    assert!(speaker_text(&d, 60.0).starts_with("رابطة أسر"), "{:?}", speaker_text(&d, 60.0));
}
