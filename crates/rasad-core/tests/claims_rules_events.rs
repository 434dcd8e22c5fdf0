//! Claim rules for events news tells in words the first lexicons lacked — martyrs, trials by a
//! state, attackers, house arrest, unknown fates, rescues — and for list items and bare counts.
//! Every sentence is written for these tests; none is taken from an article.

#[allow(dead_code)]
mod claims_common;

use claims_common::{analyze, analyze_titled, assert_predicates, claim, origin, values};
use rasad_core::model::Predicate;

#[test]
fn citizens_are_the_article_states() {
    let d = analyze_titled(
        "السعودية تنفذ حكم القتل في 81 مدانا بقضايا إرهاب",
        "ونفذت السلطات حكم القتل تعزيرا في 81 شخصا، بينهم 73 مواطنا و7 يمنيين في قضايا إرهاب.",
    );
    assert_eq!(origin(claim(&d, 73.0)), Some("SA"));
    assert_eq!(origin(claim(&d, 7.0)), Some("YE"));
}

#[test]
fn next_item_demonym_is_no_second_nationality() {
    // `وسوري واحد` is the list's next item, with its own count: the Yemenis stay Yemeni.
    let d = analyze("وأعدمت السلطات 81 شخصا بينهم 73 سعوديا و7 يمنيين وسوري واحد في قضايا إرهاب.");
    assert_eq!(origin(claim(&d, 7.0)), Some("YE"));
    // Two nationalities of the same people still give none.
    let d = analyze("ويعيش في المخيم نحو 20 ألفا من السوريين والعراقيين منذ سنوات طويلة.");
    assert_eq!(origin(claim(&d, 20000.0)), None);
}

#[test]
fn bare_count_before_a_time_word() {
    let d = analyze("وأوضح المسؤول أن 200 شخص عادوا خلال العام الجاري، فيما عاد 117 قبل عملية اليوم.");
    assert_eq!(claim(&d, 117.0).predicate, Predicate::Returned);
}

#[test]
fn verb_of_them_then_count() {
    let d = analyze("وأضاف أن 48 شابا غادروا المدينة للقتال في صفوف التنظيم، قتل منهم تسعة في المعارك.");
    assert_eq!(claim(&d, 9.0).predicate, Predicate::Killed);
}

#[test]
fn martyrs_are_killed() {
    let d = analyze("وقدمت الوزارة خلال العام 29 شهيدا من منتسبيها في مواجهات مع الجماعات المسلحة.");
    assert_eq!(claim(&d, 29.0).predicate, Predicate::Killed);
}

#[test]
fn trials_by_a_state() {
    let d = analyze("وقال الباحث إن السلطات العراقية حاكمت أكثر من 500 أجنبي بتهمة الانتماء للتنظيم.");
    assert_eq!(claim(&d, 500.0).predicate, Predicate::Prosecuted);
}

#[test]
fn attackers_are_fighting() {
    let rows: &[(&str, f64, Predicate)] = &[
        ("وقال شهود إن نحو مئة مسلح على دراجات نارية هاجموا القرى الثلاث فجر الأحد.", 100.0, Predicate::Fighting),
        ("وأفاد المصدر بأن نحو 60 عنصرا من التنظيم شنوا الهجوم على السجن من ثلاثة محاور.", 60.0, Predicate::Fighting),
    ];
    assert_predicates(rows);
}

#[test]
fn house_arrest_and_committal_are_detention() {
    let rows: &[(&str, f64, Predicate)] = &[
        ("وأشار التقرير إلى أن 137 من العائدين يخضعون للإقامة الجبرية في مدنهم منذ عودتهم.", 137.0, Predicate::Detained),
        ("وأضاف أن 190 منهم مودعون بالسجن في انتظار استكمال التحقيقات معهم.", 190.0, Predicate::Detained),
    ];
    assert_predicates(rows);
}

#[test]
fn unknown_fate_is_missing() {
    let d = analyze("وقال مكتب شؤون المختطفين إن مصير 2597 شخصا ما زال مجهولا حتى اليوم.");
    assert_eq!(claim(&d, 2597.0).predicate, Predicate::Missing);
}

#[test]
fn rescue_after_the_captives() {
    let d = analyze("وأحصى المكتب 3576 مختطفا جرى إنقاذهم من قبضة التنظيم منذ عام 2014.");
    assert_eq!(claim(&d, 3576.0).predicate, Predicate::Released);
}

#[test]
fn breakdown_of_a_count() {
    let d = analyze_titled(
        "طاجيكستان تستعيد 146 من مواطنيها من مخيمات سوريا",
        "وأعلنت السلطات الطاجيكية استعادة 146 من مواطنيها، هم 42 امرأة و104 أطفال، من مخيم روج في شمال شرقي سوريا.",
    );
    assert_eq!(claim(&d, 42.0).predicate, Predicate::Returned);
    assert_eq!(claim(&d, 104.0).predicate, Predicate::Returned);
    let d = analyze("وأعلنت الوزارة وصول دفعة جديدة إلى المركز تضم 150 عائلة بواقع 600 فرد قادمين من المخيم.");
    assert_eq!(claim(&d, 600.0).predicate, claim(&d, 150.0).predicate);
}

#[test]
fn toll_rising_to_a_count() {
    let d = analyze(
        "وأعلنت القوات ارتفاع حصيلة قتلاها في المواجهات المستمرة منذ الخميس الماضي في محيط السجن بمدينة الحسكة إلى 28 عنصرا.",
    );
    assert_eq!(claim(&d, 28.0).predicate, Predicate::Killed);
}

#[test]
fn leaving_the_camp_is_going_home() {
    let d = analyze("وبحسب إحصائيات الإدارة، غادر المخيم منذ حزيران 2020 أكثر من 9 آلاف سوري في إطار البرنامج.");
    assert_eq!(claim(&d, 9000.0).predicate, Predicate::Returned);
    // Leaving a city is still a journey.
    let d = analyze("وقال المصدر إن نحو 48 شابا غادروا المدينة خلال العامين الماضيين للالتحاق بالتنظيم.");
    assert_eq!(claim(&d, 48.0).predicate, Predicate::Traveled);
}

#[test]
fn refused_event_did_not_happen() {
    let d = analyze("وقال إن في السجون قرابة تسعة آلاف معتقل، بينهم نحو ألفي أجنبي ترفض حكوماتهم استعادتهم.");
    assert_ne!(claim(&d, 2000.0).predicate, Predicate::Returned);
}

#[test]
fn part_of_the_accused_acts_on_its_own() {
    let d = analyze("وكشفت التحقيقات أن 3 من المتهمين تسللوا إلى ليبيا قبل القبض على بقية أفراد الخلية.");
    assert_eq!(claim(&d, 3.0).predicate, Predicate::Traveled);
}

#[test]
fn number_after_demonym() {
    let d = analyze("وأصدرت المحكمة حكما بالإعدام على فرنسيين اثنين أدينا بالانتماء إلى التنظيم.");
    assert_eq!(origin(claim(&d, 2.0)), Some("FR"));
}

#[test]
fn definite_count_then_its_verb() {
    let d = analyze("وأوضح الوزير أن الرجال الأربعة احتجزوا فور وصولهم إلى العاصمة للتحقيق معهم.");
    assert_eq!(claim(&d, 4.0).predicate, Predicate::Detained);
}

#[test]
fn court_and_custody_words() {
    let rows: &[(&str, f64, Predicate)] = &[
        ("وقضت المحكمة بسجن 8 متهمين، فيما قضت ببراءة 4 آخرين من التهم المنسوبة إليهم.", 4.0, Predicate::Prosecuted),
        ("وأحالت النيابة 23 متهما إلى المحاكمة، بينهم 9 محبوسين و14 هاربا خارج البلاد.", 9.0, Predicate::Detained),
        ("وأحالت النيابة 23 متهما إلى المحاكمة، بينهم 9 محبوسين و14 هاربا خارج البلاد.", 14.0, Predicate::Fled),
        ("وأعلن الجيش مقتل زعيمين للتنظيم في غارة جوية على مخبئهما في الجبال.", 2.0, Predicate::Killed),
        ("وقال إن العائلات انقطع الاتصال بأكثر من عشرين آخرين منذ أشهر.", 20.0, Predicate::Missing),
    ];
    assert_predicates(rows);
}

#[test]
fn foreigners_have_no_one_origin() {
    // An article about Tajik fighters (plural demonyms again and again) ...
    let d = analyze_titled(
        "المقاتلون الطاجيك في صفوف التنظيم",
        "ويقول الباحث إن الطاجيك باتوا عماد التنظيم، وإن المقاتلين الطاجيك يتولون مواقع قيادية. وبحسب الدراسة، انضم 41490 أجنبيا من 80 دولة إلى التنظيم، وعاد 7366 على الأقل إلى بلدانهم.",
    );
    // ... still does not make foreigners of 80 countries Tajik.
    assert_eq!(origin(claim(&d, 41490.0)), None);
    assert_eq!(origin(claim(&d, 7366.0)), None);
}

#[test]
fn displaced_away_from_home_fled() {
    let d = analyze("وما زال نحو 580 ألفا نازحين عن ديارهم في الإقليم بسبب الهجمات المتكررة.");
    assert_eq!(claim(&d, 580000.0).predicate, Predicate::Fled);
}

#[test]
fn perpetrator_is_not_the_victims_org() {
    let d = analyze("وقتل ستة جنود في هجوم شنه مسلحون يعتقد بانتمائهم إلى تنظيم القاعدة في المنطقة.");
    assert_eq!(claim(&d, 6.0).organization, None);
    let d = analyze("وقتل 12 مدنيا بانفجار ألغام زرعها الحوثيون في المنطقة الجبلية قرب الحدود.");
    assert_eq!(claim(&d, 12.0).organization, None);
    // The counted people's own group stays.
    let d = analyze("وقتل 15 عنصرا من تنظيم داعش في غارة للتحالف الدولي على مواقعهم في الصحراء.");
    assert_eq!(claim(&d, 15.0).organization.as_ref().and_then(|o| o.id.as_deref()), Some("isis"));
}

#[test]
fn communities_and_wanted_are_people() {
    let rows: &[(&str, f64, Predicate)] = &[
        ("وخطف مسلحو التنظيم 200 آشوري على الأقل من قراهم في ريف الحسكة الشمالي.", 200.0, Predicate::Kidnapped),
        ("كما تمكنت الحملة الأمنية من القبض على 45 مطلوبا في قضايا إرهاب وتهريب.", 45.0, Predicate::Arrested),
    ];
    assert_predicates(rows);
}

#[test]
fn event_of_the_others() {
    // `وإصابة آخرين` is the others' wounding, not the worshippers'.
    let d = analyze("ونتج عن الهجوم على المسجد استشهاد 12 مصليا وإصابة آخرين بجروح متفاوتة.");
    assert_eq!(claim(&d, 12.0).predicate, Predicate::Killed);
}

#[test]
fn bare_count_before_the_next_event() {
    let d = analyze("وأسفر الكمين الذي نصبته القوات عن مقتل 5 وإصابة 3 من المسلحين قرب الحدود.");
    assert_eq!(claim(&d, 5.0).predicate, Predicate::Killed);
    assert_eq!(claim(&d, 3.0).predicate, Predicate::Wounded);
}

#[test]
fn digits_then_words() {
    let d = analyze("ونتج عن الهجوم على المسجد استشهاد (12) اثني عشر مصليا وإصابة آخرين بجروح.");
    assert_eq!(claim(&d, 12.0).predicate, Predicate::Killed);
    assert_eq!(d.claims.iter().filter(|c| c.quantity.value == 12.0).count(), 1);
}

#[test]
fn shares_and_multiples_are_not_counts() {
    for text in [
        "ويفوق عدد سكان المدينة سكان البلدة المجاورة بخمسة أضعاف بحسب الإحصاءات الرسمية.",
        "ويعاني واحد من كل أربعة لاجئين في المخيم من أمراض مزمنة وفق المفوضية.",
    ] {
        let d = analyze(text);
        assert!(claims_common::values(&d).is_empty(), "{text}: {:?}", claims_common::values(&d));
    }
}

#[test]
fn stranded_people_are_counted() {
    let d = analyze("وتمكنت الحكومة من إعادة ما يزيد على 9000 عالق في الخارج منذ بداية الأزمة الصحية.");
    assert_eq!(claim(&d, 9000.0).predicate, Predicate::Returned);
}

#[test]
fn count_exceeded_is_a_floor() {
    let d = analyze("وتجاوز عدد القتلى 150 قتيلا منذ بداية المعارك في المدينة قبل أسبوعين.");
    assert_eq!(claim(&d, 150.0).quantity.qualifier, rasad_core::model::Qualifier::MoreThan);
}

#[test]
fn reporters_and_volunteers_are_people() {
    let d = analyze("وقتل ثلاثة مراسلين في القصف الذي استهدف مبنى الإذاعة المحلية وسط المدينة.");
    assert_eq!(claim(&d, 3.0).predicate, Predicate::Killed);
}

#[test]
fn feminine_and_plural_arrest_verbs() {
    let d = analyze("وكانت قوات الأمن قد قبضت على عشرات المتطرفين في أحياء المدينة القديمة.");
    assert_eq!(claim(&d, 10.0).predicate, Predicate::Arrested);
}

#[test]
fn release_with_the_subject_between() {
    let d = analyze("وأفرجت السلطات عن 200 معتقل من سجن صيدنايا بموجب عفو عام صدر أمس.");
    assert_eq!(claim(&d, 200.0).predicate, Predicate::Released);
}

#[test]
fn members_of_the_group_named_after_them() {
    let d = analyze("ويحتجز في سجون قسد نحو 10 آلاف عنصر من داعش بينهم ألفا أجنبي من دول عدة.");
    let org = |v: f64| claim(&d, v).organization.as_ref().and_then(|o| o.id.clone());
    assert_eq!(org(10000.0).as_deref(), Some("isis"));
    // `ألفا أجنبي`: two thousand.
    assert_eq!(claim(&d, 2000.0).predicate, Predicate::Detained);
}

#[test]
fn holders_of_a_nationality_from_a_long_pool() {
    let d = analyze(
        "وكانت خلية الإعلام الأمني قد أعلنت أن بين قتلى ضربة جوية استهدفت مخبأ للتنظيم في الصحراء اثنين من حملة الجنسية اللبنانية.",
    );
    assert_eq!(claim(&d, 2.0).predicate, Predicate::Killed);
    assert_eq!(origin(claim(&d, 2.0)), Some("LB"));
}

#[test]
fn verb_of_a_fraction() {
    // "300 travelers, half of whom returned": the 300 went; the return is the half's.
    let d = analyze("وتحدث جهاز الأمن عن 300 مسافر عاد نصفهم إلى البلاد.");
    assert_eq!(claim(&d, 300.0).predicate, Predicate::Traveled);
    let d = analyze("وأوقفت الشرطة 40 شخصا أفرج عن معظمهم لاحقا.");
    assert_eq!(claim(&d, 40.0).predicate, Predicate::Arrested);
}

#[test]
fn counted_by_what_they_did() {
    let d = analyze("وقدرت الاستخبارات الهولندية عدد من غادروا هولندا بنحو 300، قتل منهم قرابة 100.");
    assert_eq!(claim(&d, 300.0).predicate, Predicate::Traveled);
    assert_eq!(origin(claim(&d, 300.0)), Some("NL"));
    let d = analyze("وبلغ عدد الذين عادوا إلى البلاد 120 خلال العام.");
    assert_eq!(claim(&d, 120.0).predicate, Predicate::Returned);
}

#[test]
fn held_in_a_prison() {
    let d = analyze("وأكدت المنظمة وجود ما لا يقل عن 700 فتى في سجن الصناعة وحده.");
    assert_eq!(claim(&d, 700.0).predicate, Predicate::Detained);
}

#[test]
fn still_at_large_fled() {
    let d = analyze("وقالت الشرطة إن 60 سجينا لا يزالون طلقاء بعد الهجوم على السجن.");
    assert_eq!(claim(&d, 60.0).predicate, Predicate::Fled);
}

#[test]
fn definite_count_of_defendants() {
    let d = analyze("ومثل المتهمون الأربعة أمام المحكمة صباح اليوم.");
    assert_eq!(claim(&d, 4.0).predicate, Predicate::Prosecuted);
    let d = analyze("فالمتهمون الخمسة الذين قدمتهم السلطات ينفون التهم.");
    assert_eq!(claim(&d, 5.0).predicate, Predicate::Prosecuted);
    // Other definite numerals stay anaphoric.
    let d = analyze("وتحدث الجيران عن الرجال الأربعة وعن طباعهم الهادئة.");
    assert!(d.claims.is_empty(), "{:?}", d.claims);
}

#[test]
fn capacity_is_no_count() {
    let d = analyze("فالسجن الذي صمم أساسا لاستيعاب 1200 نزيل يضم اليوم نحو 3700 سجين.");
    assert_eq!(values(&d), vec![3700.0]);
    let d = analyze("ويضم المخيم الذي تبلغ طاقته الاستيعابية 10 آلاف شخص نحو 43 ألف شخص.");
    assert_eq!(values(&d), vec![43000.0]);
    let d = analyze("وبني مسرح يتسع لألف شخص في وسط المدينة.");
    assert!(values(&d).is_empty(), "{:?}", values(&d));
}

#[test]
fn release_with_its_manner_between() {
    let d = analyze("وقررت الوزارة الإفراج بالعفو عن 2190 نزيلا، والإفراج الشرطي عن 1268 نزيلا.");
    assert_eq!(claim(&d, 2190.0).predicate, Predicate::Released);
    assert_eq!(claim(&d, 1268.0).predicate, Predicate::Released);
}

#[test]
fn killings_counted_as_cases_and_remains() {
    let d = analyze("وسجل المخيم 19 حالة قتل منذ مطلع العام، و11 جريمة قتل العام الماضي.");
    assert_eq!(claim(&d, 19.0).predicate, Predicate::Killed);
    assert_eq!(claim(&d, 11.0).predicate, Predicate::Killed);
    let d = analyze("وانتشلت فرق الدفاع المدني رفات 12 شخصا من مقبرة جماعية.");
    assert_eq!(claim(&d, 12.0).predicate, Predicate::Killed);
    // Cases of a disease are no killing.
    let d = analyze("وسجلت الوزارة 300 حالة إصابة بالكوليرا.");
    assert!(values(&d).is_empty(), "{:?}", values(&d));
}

#[test]
fn year_after_season_is_no_count() {
    let d = analyze("وانخفض عدد القاطنين من أكثر من 73 ألفا في ربيع 2019 بحسب الإدارة.");
    assert_eq!(values(&d), vec![73000.0]);
    // Nationalities counted are no people.
    let d = analyze("ويضم المخيم 2450 شخصا من 46 جنسية.");
    assert_eq!(values(&d), vec![2450.0]);
}

#[test]
fn fall_only_before_its_count() {
    let d = analyze("بعد سبع سنوات على سقوط الباغوز، ما يزال مخيم الهول يضم نحو 37 ألف شخص.");
    assert_eq!(claim(&d, 37000.0).predicate, Predicate::Present);
    let d = analyze("وشهدت المنطقة اغتيال 7 من وجهاء العشائر.");
    assert_eq!(claim(&d, 7.0).predicate, Predicate::Killed);
    let d = analyze("واعتقلت القوات 125 شخصا، بينهم 20 من قياديي الخلايا المسؤولة عن عمليات الاغتيال.");
    assert_eq!(claim(&d, 20.0).predicate, Predicate::Arrested);
}

#[test]
fn authority_acting_after_also() {
    let d = analyze("كما قضت المحكمة بمعاقبة 14 متهما آخرين بالسجن المؤبد.");
    assert_eq!(claims_common::speaker_text(&d, 14.0), "المحكمة");
}

#[test]
fn residents_and_expatriates() {
    let d = analyze("وأعلنت رئاسة أمن الدولة القبض على 5 أشخاص، بينهم مقيمان.");
    assert_eq!(claim(&d, 2.0).predicate, Predicate::Arrested);
    let d = analyze("وقررت السلطات إبعاد 3 وافدين عن البلاد.");
    assert_eq!(claim(&d, 3.0).predicate, Predicate::Returned);
}

#[test]
fn one_after_its_noun() {
    // `واحد` begins with `و` itself: it is no conjunction.
    let d = analyze("وأفرجت المحكمة عن متهم واحد لعدم كفاية الأدلة، بحسب بيان القضاء.");
    assert_eq!(claim(&d, 1.0).predicate, Predicate::Released);
    let d = analyze("وأسفر الهجوم على الحاجز عن مقتل شخص واحد وإصابة ثلاثة.");
    assert_eq!(claim(&d, 1.0).predicate, Predicate::Killed);
    // One person with nothing happening to them is no count.
    let d = analyze("وتحدث شخص واحد إلى الصحافيين عن الأوضاع في المدينة.");
    assert!(values(&d).is_empty(), "{:?}", values(&d));
}

#[test]
fn rate_numerator() {
    let d = analyze("وقالت المنظمة إن في المخيم 5 أطباء لكل ألف نسمة فقط.");
    assert!(!values(&d).contains(&5.0), "{:?}", values(&d));
}

#[test]
fn children_share_the_mothers_nationality() {
    let d = analyze("وقالت محامية العائلات إن نحو 30 امرأة هولندية وقرابة 70 طفلا ما زالوا في مخيم روج.");
    assert_eq!(origin(claim(&d, 70.0)), Some("NL"));
    let d = analyze("وتقدر المنظمة أن 15 عائلة بلجيكية لا تزال في المخيمات، تضم نحو 40 طفلا.");
    assert_eq!(origin(claim(&d, 40.0)), Some("BE"));
    // Another count between: the children are not the women's.
    let d = analyze("وأعيدت 12 امرأة سويدية إلى ستوكهولم، فيما بقي في المخيم 300 رجل و45 طفلا.");
    assert_eq!(origin(claim(&d, 45.0)), None);
}

#[test]
fn exporting_state() {
    let d = analyze("وتشير الدراسة إلى أن أذربيجان وحدها صدّرت نحو 900 مقاتل إلى سوريا بين 2013 و2016.");
    let c = claim(&d, 900.0);
    assert_eq!(c.predicate, Predicate::Traveled);
    assert_eq!(origin(c), Some("AZ"));
    // `صدرت` before anything but the count is "was issued".
    let d = analyze("وصدرت أحكام بالسجن بحق 14 متهما في القضية أمس.");
    assert_ne!(claim(&d, 14.0).predicate, Predicate::Traveled);
}

#[test]
fn violators_infiltrators_and_crossers_are_counted() {
    assert_predicates(&[
        (
            "وأسفرت الحملات الميدانية المشتركة في مناطق المملكة خلال أسبوع عن ضبط 9,815 مخالفا لأنظمة الإقامة والعمل.",
            9815.0,
            Predicate::Arrested,
        ),
        ("وأوقفت دوريات خفر السواحل خلال الأسبوع الماضي 41 متسللا قرب الحدود الجنوبية للبلاد.", 41.0, Predicate::Arrested),
        (
            "وأفاد الحرس البحري بأن وحداته منعت منذ مطلع العام أكثر من 9 آلاف مجتاز من الوصول إلى السواحل الأوروبية.",
            9000.0,
            Predicate::Prevented,
        ),
    ]);
}

#[test]
fn violations_are_not_violators() {
    let d = analyze("وضبطت الحملة التفتيشية المشتركة في المحافظة 42 مخالفة لقرار منع العمل تحت أشعة الشمس.");
    assert!(values(&d).is_empty(), "{:?}", values(&d));
}

#[test]
fn dot_groups_thousands_of_people() {
    let d = analyze("كما أوقفت مفارز للجيش بكل من تمنراست وبرج باجي مختار (2.140) مهاجرا غير شرعي من جنسيات مختلفة.");
    assert_eq!(values(&d), vec![2140.0]);
}

#[test]
fn state_agent_is_not_the_peoples_org() {
    let d = analyze("كما أوقفت مفارز للجيش الوطني الشعبي بكل من تمنراست وجانت 640 مهاجرا غير شرعي من جنسيات مختلفة.");
    assert_eq!(claim(&d, 640.0).organization, None);
    // Soldiers are their army's.
    let d = analyze("وقتل 3 جنود من الجيش الوطني الشعبي في كمين نصبته جماعة مسلحة جنوبي البلاد.");
    assert!(claim(&d, 3.0).organization.is_some());
}

#[test]
fn a_nationalitys_workers_are_an_estimated_population() {
    let d = analyze("وتقدر مصادر دبلوماسية عدد السودانيين العاملين في المملكة بنحو مليون ونصف المليون عامل.");
    let c = claim(&d, 1_500_000.0);
    assert_eq!(c.predicate, Predicate::Present);
    assert_eq!(origin(c), Some("SD"));
    // Workers counted with nothing told of them are no claim.
    let d = analyze("ويعمل في المصنع الجديد 300 عامل منذ افتتاحه قبل عامين في المدينة الصناعية.");
    assert!(values(&d).is_empty());
}

#[test]
fn topic_country_with_a_neighbour_adjective() {
    let d = analyze_titled(
        "هولندا تعيد نساء وأطفالا من مخيمات سوريا",
        "أعادت هولندا 12 امرأة و28 طفلا من مخيم روج. وفي بلجيكا المجاورة، كشف وزير العدل أن بلاده أعادت منذ 2021 ما مجموعه 13 امرأة و44 طفلا.",
    );
    assert_eq!(origin(claim(&d, 44.0)), Some("BE"));
}

#[test]
fn breakdown_item_from_a_place_is_its_origin() {
    let d = analyze("وأعلن المفوض أن 31 طفلا أعيدوا من العراق أمس، بينهم 20 من الشيشان و11 من داغستان.");
    assert_eq!(origin(claim(&d, 20.0)), Some("chechnya"));
    assert_eq!(origin(claim(&d, 11.0)), Some("dagestan"));
    // Without `بينهم`, `من` after a return is the place left.
    let d = analyze("وأعلنت الوزارة عودة 40 شخصا، عاد منهم 14 من سوريا و9 من العراق.");
    assert_eq!(origin(claim(&d, 14.0)), None);
}

#[test]
fn deployed_by_a_state() {
    let d = analyze("ونشرت تشاد نحو 1500 جندي في المنطقة الحدودية منذ عام 2022 لمساندة الجيش النيجيري.");
    assert_eq!(origin(claim(&d, 1500.0)), Some("TD"));
}
