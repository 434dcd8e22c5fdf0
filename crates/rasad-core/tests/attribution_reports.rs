//! Attribution rules for how news sets several reports side by side: quoted names of who
//! speaks, a second source's figure after `بينما`, documents seen by an agency, group
//! statements through their own outlets. Every sentence is written for these tests.

#[allow(dead_code)]
mod claims_common;

use claims_common::{analyze, cited, claim, speaker_text};

#[test]
fn quoted_speaker() {
    let d = analyze("من جهته، وثق \"المرصد الوطني للحقوق\" مقتل 16 عنصرا من فصائل المعارضة في ريف المدينة.");
    assert_eq!(speaker_text(&d, 16.0), "المرصد الوطني للحقوق");
    let d = analyze("وقال \"الدفاع المدني\" إن 12 شخصا أصيبوا في القصف على السوق الشعبي.");
    assert_eq!(speaker_text(&d, 12.0), "الدفاع المدني");
    // A quoted statement after the verb is what was said, not who said it.
    let d = analyze("وقال الوزير أمام النواب أمس. وقال \"لن نسمح بعودة 300 مقاتل إلى البلاد\" في كلمته أمام البرلمان.");
    assert_ne!(speaker_text(&d, 300.0), "لن نسمح بعودة");
}

#[test]
fn contrasted_report() {
    let d = analyze(
        "وأسفر الهجوم عن مقتل 89 شخصا بحسب وزارة الصحة، بينما قال \"المرصد\" إن الحصيلة بلغت 123 قتيلا بينهم 54 مدنيا.",
    );
    assert_eq!(cited(claim(&d, 89.0)), "وزارة الصحة");
    assert_eq!(speaker_text(&d, 123.0), "المرصد");
    assert_eq!(cited(claim(&d, 123.0)), "");
    assert_eq!(speaker_text(&d, 54.0), "المرصد");
}

#[test]
fn object_after_definite_head() {
    let d = analyze("وأعلنت المنظمة العثور على 11 جثة لمهاجرين قرب الساحل الغربي.");
    assert_eq!(speaker_text(&d, 11.0), "المنظمة");
    let d = analyze("وأحالت النيابة ملف 14 متهما إلى المحكمة المختصة.");
    assert_eq!(speaker_text(&d, 14.0), "النيابة");
    let d = analyze("وتقدر المنظمة عدد النازحين بنحو 220 ألف شخص في الإقليم.");
    assert_eq!(speaker_text(&d, 220000.0), "المنظمة");
    // Definite adjectives and an `ل` phrase go on naming.
    let d = analyze("وقال المرصد السوري لحقوق الإنسان إن 16 عنصرا قتلوا في القصف.");
    assert_eq!(speaker_text(&d, 16.0), "المرصد السوري لحقوق الإنسان");
}

#[test]
fn figures_given_by() {
    let d = analyze("الرقم الرسمي الذي قدمته وزارة الداخلية يتحدث عن نحو 3 آلاف شاب التحقوا ببؤر التوتر.");
    assert_eq!(speaker_text(&d, 3000.0), "وزارة الداخلية");
    // A pronoun verb later in the sentence goes on in the issuer's name.
    let d = analyze(
        "والرقم الأكثر تداولا هو ما نشره المركز الدولي لدراسة التطرف عام 2018، إذ أحصى 41 ألف شخص انتموا إلى التنظيم.",
    );
    assert_eq!(speaker_text(&d, 41000.0), "المركز الدولي لدراسة التطرف");
    assert_eq!(claim(&d, 41000.0).predicate, rasad_core::model::Predicate::Joined);
}

#[test]
fn own_report() {
    let d = analyze(
        "وقدر الفريق الأممي في تقريره الأخير أن التنظيم يحتفظ بنحو 3 آلاف مقاتل. وأشار التقرير إلى أن 11 ألف عنصر محتجزون في السجون.",
    );
    let sp = claim(&d, 11000.0).attribution.speaker.as_ref().map(|s| s.name.clone()).unwrap_or_default();
    assert_eq!(sp, "الفريق الأممي");
    // A report the speaker published names no one new.
    let d = analyze("وذكر المكتب في تقرير نشره الاثنين أن 8 أشخاص قتلوا داخل المخيم منذ بداية العام.");
    assert_eq!(speaker_text(&d, 8.0), "المكتب");
    assert_eq!(cited(claim(&d, 8.0)), "");
}

#[test]
fn quoted_speaker_before_ila_anna() {
    let d = analyze("وأشار \"المكتب الأممي\" إلى أن المخيم يؤوي نحو 2600 شخص غالبيتهم من النساء والأطفال.");
    assert_eq!(speaker_text(&d, 2600.0), "المكتب الأممي");
}

#[test]
fn the_organization_is_an_armed_group() {
    // `التنظيم` refers to no rights group quoted in the article …
    let d = analyze("وقالت هيومن رايتس ووتش إن 500 شخص من 30 دولة انتموا إلى التنظيم.");
    assert!(claim(&d, 500.0).organization.is_none());
    // … but to the jihadist group the article is about.
    let d = analyze("وانضم آلاف إلى داعش في سوريا. وقالت المنظمة إن 500 شخص من تونس انتموا إلى التنظيم.");
    assert_eq!(claim(&d, 500.0).organization.as_ref().and_then(|o| o.id.as_deref()), Some("isis"));
}

#[test]
fn holder_is_not_the_detainees_org() {
    let d = analyze("وأشار التقرير إلى أن قرابة 11 ألف عنصر محتجزون في مرافق تديرها قوات سوريا الديمقراطية.");
    assert!(claim(&d, 11000.0).organization.is_none());
}

#[test]
fn official_anaphor() {
    let d = analyze(
        "وقال مدير المكتب المركزي للأبحاث القضائية، حبوب الشرقاوي، إن 1659 مغربيا التحقوا بالتنظيمات. وأضاف المسؤول الأمني أن 288 امرأة رافقتهم.",
    );
    let sp = claim(&d, 288.0).attribution.speaker.as_ref().map(|s| s.name.clone()).unwrap_or_default();
    assert_eq!(sp, "حبوب الشرقاوي");
}

#[test]
fn long_quoted_name_speaks() {
    let d = analyze(
        "من جهتها، تقول \"التنسيقية الوطنية لعائلات العالقين والمعتقلين في سوريا والعراق\" إن نحو 100 امرأة ما زلن عالقات في المخيمات.",
    );
    assert_eq!(speaker_text(&d, 100.0), "التنسيقية الوطنية لعائلات العالقين والمعتقلين في سوريا والعراق");
}

#[test]
fn document_relayed_by_outlet() {
    let d = analyze(
        "قتل أكثر من 70 شخصا وأصيب 255 آخرون في الهجوم على المدرسة، بحسب وثيقة أمنية سرية اطلعت عليها وكالة الصحافة الفرنسية.",
    );
    assert_eq!(speaker_text(&d, 70.0), "وثيقة أمنية سرية");
    assert!(cited(claim(&d, 255.0)).contains("الصحافة"), "{}", cited(claim(&d, 255.0)));
    let d = analyze("ووفقا لبيانات رسمية نقلتها وكالة رويترز، أعادت البلاد منذ عام 2019 ما مجموعه 754 مواطنا من سوريا.");
    assert_eq!(speaker_text(&d, 754.0), "بيانات رسمية");
    assert!(cited(claim(&d, 754.0)).contains("رويترز"));
    // `بحسب ما نقلته X عن Y`: Y speaks, X is cited; a state agency is no news agency.
    let d = analyze(
        "وبحسب ما نقلته صحيفة \"جاكرتا بوست\" عن الوكالة الوطنية لمكافحة الإرهاب، فإن أكثر من 1000 إندونيسي سافروا إلى سوريا.",
    );
    assert_eq!(speaker_text(&d, 1000.0), "الوكالة الوطنية لمكافحة الإرهاب");
    assert_eq!(cited(claim(&d, 1000.0)), "جاكرتا بوست");
}

#[test]
fn quote_chain_past_an_adjective() {
    let d = analyze("ونقلت وكالة أنباء «كازينفورم» الكازاخية عن لجنة الأمن القومي أن 15 رجلا عادوا إلى البلاد.");
    assert_eq!(speaker_text(&d, 15.0), "لجنة الأمن القومي");
}

#[test]
fn report_inside_a_statement() {
    // The speaker rests the figure on a report: the report is cited, the speaker stays.
    let d = analyze(
        "وقال المندوب الدائم سالم العنزي إن التقرير الأخير للأمين العام يشير إلى أن نحو 9 آلاف عنصر ما زالوا محتجزين.",
    );
    assert_eq!(speaker_text(&d, 9000.0), "سالم العنزي");
    assert_eq!(cited(claim(&d, 9000.0)), "التقرير الأخير للأمين العام");
    // An indefinite report in the accusative after `إن`.
    let d = analyze("وقالت الوزيرة إن تقريرا أمميا حديثا يقدر أن 1200 طفل ما زالوا في المخيمات.");
    assert_eq!(speaker_text(&d, 1200.0), "الوزيرة");
    assert_eq!(cited(claim(&d, 1200.0)), "تقريرا أمميا حديثا");
    // With no speaker before it, the report's issuer speaks as before.
    let d = analyze("وأشار تقرير للمفوضية إلى أن 1200 طفل ما زالوا في المخيمات.");
    assert!(speaker_text(&d, 1200.0).contains("المفوضية") || cited(claim(&d, 1200.0)).contains("المفوضية"));
}

#[test]
fn affiliation_with_a_long_body_name() {
    // The body a role belongs to goes on through `لمكافحة الجريمة` and `والإرهاب` to the comma
    // that sets off the holder's name.
    let d = analyze(
        "وقال مدير الإعلام في هيئة الرقابة لمكافحة التهريب المنظم والإرهاب، سامر القديري، إن 45 شخصا أوقفوا على الحدود.",
    );
    assert_eq!(speaker_text(&d, 45.0), "سامر القديري");
}

#[test]
fn operations_toll_speaks_for_its_publisher() {
    // An army's weekly toll, published by a ministry, is that ministry's; so is what "the same
    // source" adds.
    let d = analyze(
        "أفادت حصيلة عمليات الجيش خلال الفترة الممتدة من 1 إلى 7 مارس 2026، نشرتها وزارة الدفاع اليوم، أن مفارز أوقفت 9 عناصر دعم.\nوأضاف ذات المصدر أن مفرزة أخرى أوقفت 12 شخصا قرب الحدود.",
    );
    assert_eq!(speaker_text(&d, 9.0), "وزارة الدفاع");
    assert!(claim(&d, 12.0).attribution.speaker.as_ref().is_some_and(|s| s.name == "وزارة الدفاع"));
    // A toll of the dead counts; it names no source.
    let d = analyze("وارتفعت حصيلة القتلى إلى 40 شخصا.");
    assert_eq!(speaker_text(&d, 40.0), "");
}
