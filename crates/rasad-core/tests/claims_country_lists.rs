//! Country lists: statistics paragraphs that say their verb once and then name a country before
//! each count (`أعادت كازاخستان 750 شخصا، وأوزبكستان نحو 530`), rankings of states by the
//! fighters they sent (`فرنسا تتصدر … بنحو 1900 شخص، تليها ألمانيا بأكثر من 1000`). Every
//! sentence is written for these tests.

#[allow(dead_code)]
mod claims_common;

use claims_common::{analyze, analyze_titled, claim, origin};
use rasad_core::model::Predicate;

#[test]
fn gapped_country_item() {
    let d = analyze(
        "وقالت الوزارة إن كازاخستان أعادت أكثر من 750 شخصا، وأوزبكستان نحو 530، وطاجيكستان ما يقارب 380، بينما استعادت قرغيزستان قرابة 400 شخص.",
    );
    for (value, country) in [(750.0, "KZ"), (530.0, "UZ"), (380.0, "TJ"), (400.0, "KG")] {
        let c = claim(&d, value);
        assert_eq!(c.predicate, Predicate::Returned, "{value}");
        assert_eq!(origin(c), Some(country), "{value}");
    }
    // With the counted noun repeated, the item's country is still its origin.
    let d = analyze("واعتقلت السلطات التركية 120 مشتبها بهم، والعراق 45 مشتبها في الأسبوع نفسه.");
    assert_eq!(origin(claim(&d, 45.0)), Some("IQ"));
    assert_eq!(claim(&d, 45.0).predicate, Predicate::Arrested);
}

#[test]
fn gapped_country_item_needs_a_list() {
    // A country inside a place phrase, not opening an item after a comma, is no origin.
    let d = analyze("وقتل 20 شخصا في سوريا والعراق 2019 بحسب المرصد.");
    assert!(d.claims.iter().all(|c| c.quantity.value != 2019.0));
    // No earlier count in the sentence: a bare number after a country is no claim.
    let d = analyze("وزار الوفد فرنسا، وألمانيا 3 مرات خلال العام.");
    assert!(d.claims.is_empty(), "{:?}", d.claims);
}

#[test]
fn ranked_country() {
    let d = analyze(
        "وذكر التقرير أن فرنسا تتصدر قائمة الدول الأوروبية المصدرة للمقاتلين بنحو 1900 شخص، تليها ألمانيا بأكثر من 1000، ثم بريطانيا بنحو 850، وبلجيكا بما يقارب 500 مقاتل.",
    );
    for (value, country) in [(1900.0, "FR"), (1000.0, "DE"), (850.0, "GB"), (500.0, "BE")] {
        let c = claim(&d, value);
        assert_eq!(c.predicate, Predicate::Traveled, "{value}");
        assert_eq!(origin(c), Some(country), "{value}");
    }
    let d = analyze("وتأتي تونس في المرتبة الأولى بأكثر من 5 آلاف مقاتل في صفوف التنظيم.");
    assert_eq!(origin(claim(&d, 5000.0)), Some("TN"));
}

#[test]
fn exporting_states_sent_travelers() {
    let d = analyze("وتعد المملكة من أكثر الدول المصدرة للمقاتلين بنحو 2500 شخص وفق تقديرات غربية.");
    assert_eq!(claim(&d, 2500.0).predicate, Predicate::Traveled);
    // `صدرت` alone is "was issued": a verdict against people is no travel.
    let d = analyze("وصدرت أحكام بالسجن بحق 14 متهما في القضية.");
    assert_ne!(claim(&d, 14.0).predicate, Predicate::Traveled);
}

#[test]
fn own_nationals_whatever_befell_them() {
    // "Its citizens" are the country's whether they returned, were kidnapped or are held.
    let d = analyze("وأعلنت وزارة الخارجية الإيطالية أن أربعة من مواطنيها خطفوا في ليبيا قرب الحدود.");
    assert_eq!(origin(claim(&d, 4.0)), Some("IT"));
    // "Our citizens", said by an official of a state.
    let d = analyze(
        "وقال نائب وزير الخارجية الطاجيكي في تصريح صحفي: \"لدينا معلومات عن وجود ما لا يقل عن 500 من مواطنينا في المخيمات السورية\".",
    );
    assert_eq!(origin(claim(&d, 500.0)), Some("TJ"));
}

#[test]
fn topic_country() {
    let d = analyze("وفي النمسا، أعلنت وزارة الداخلية أن 340 شخصا سافروا إلى مناطق النزاع، بينما عاد قرابة 90.");
    assert_eq!(origin(claim(&d, 340.0)), Some("AT"));
    assert_eq!(origin(claim(&d, 90.0)), Some("AT"));
    // A country set as the topic is where an arrest happened, not the arrested people's origin.
    let d = analyze("وفي العراق، اعتقلت القوات الأمنية 25 مشتبها بهم في الأنبار.");
    assert_eq!(origin(claim(&d, 25.0)), None);
}

#[test]
fn left_its_territory() {
    let d = analyze("أما الدنمارك، فتقدر أجهزتها الأمنية أن 160 شخصا على الأقل سافروا من أراضيها إلى سوريا.");
    assert_eq!(origin(claim(&d, 160.0)), Some("DK"));
}

#[test]
fn in_addition_to_names_no_destination() {
    // `بالإضافة إلى العراقيين`: more people, not where these went.
    let d = analyze(
        "وقال المسؤول: سلّمنا ما يزيد على 4700 شخص من النساء والأطفال الأجانب إلى حكوماتهم، بالإضافة إلى العراقيين.",
    );
    assert_eq!(claim(&d, 4700.0).predicate, Predicate::Returned);
    assert_eq!(origin(claim(&d, 4700.0)), None);
}

#[test]
fn returnees_tried_at_home() {
    let d = analyze("وحوكم في كازاخستان أكثر من 100 من العائدين البالغين خلال السنوات الماضية.");
    assert_eq!(origin(claim(&d, 100.0)), Some("KZ"));
    // A country after the count is where they came back from.
    let d = analyze("وأصدرت المحكمة أحكاما بالسجن في حق 6 عائدين من بؤر التوتر في سوريا.");
    assert_ne!(origin(claim(&d, 6.0)), Some("SY"));
}

#[test]
fn amman_dateline_is_jordan() {
    // A dateline names a city: `عمان` there is Amman, whose returnees are Jordan's.
    let d = analyze_titled("عودة عائلات من المخيمات", "عمان - الغد\nوعاد 20 شخصا إلى البلاد الأسبوع الماضي.");
    assert_eq!(origin(claim(&d, 20.0)), Some("JO"));
}

#[test]
fn ranking_continues_the_event_and_bracketed_counts() {
    let d = analyze(
        "وأظهر تقرير حديث أن نحو 900 شخص من دول القوقاز التحقوا بالتنظيم. وبحسب التقرير، جاءت جورجيا في المقدمة بـ210 أشخاص، تليها أذربيجان بنحو 180 شخصا، ثم أرمينيا (25)، وتركمانستان (60).",
    );
    let c = claim(&d, 210.0);
    assert_eq!(c.predicate, Predicate::Joined);
    assert_eq!(origin(c), Some("GE"));
    assert_eq!(origin(claim(&d, 25.0)), Some("AM"));
    assert_eq!(origin(claim(&d, 60.0)), Some("TM"));
    assert_eq!(claim(&d, 60.0).predicate, Predicate::Joined);
}
