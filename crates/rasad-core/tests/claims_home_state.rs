//! Whose nationals a count is when the sentence does not say: the state an article is about,
//! from its title or dateline, else from its body (rule `body_state`), and the state's own
//! people leaving for the fighting (rule `nationals_abroad`). Every
//! sentence is written for these tests.

#[allow(dead_code)]
mod claims_common;

use claims_common::{analyze_titled, claim, origin};

#[test]
fn body_state_gives_returnees_their_state() {
    // No country in the title: the body names Jordan three times and Syria (a war zone) twice.
    let d = analyze_titled(
        "وزير الداخلية أمام مجلس النواب: ملف العائدين تحت المتابعة الدقيقة",
        "قال وزير الداخلية الأردني أمام مجلس النواب إن الأجهزة تتابع أوضاع أكثر من 250 عائدا من سوريا.\n\nوأضاف أن الأردن لن يتهاون مع من قاتل في سوريا، وأن حدود الأردن مؤمنة بالكامل.",
    );
    assert_eq!(origin(claim(&d, 250.0)), Some("JO"));
    // A body that names two states as often as each other tells neither.
    let d = analyze_titled(
        "مسؤول: ملف العائدين تحت المتابعة الدقيقة منذ أشهر",
        "قال المسؤول إن أكثر من 250 عائدا يخضعون للمتابعة.\n\nوتحدث عن تعاون بين الأردن ولبنان، وزار الأردن ولبنان وفد مشترك.",
    );
    assert_eq!(origin(claim(&d, 250.0)), None);
}

#[test]
fn nationals_abroad_travel_to_the_fighting() {
    let title = "إحالة خلية جديدة إلى المحاكمة في مصر بتهمة الانضمام لتنظيم داعش";
    let d = analyze_titled(title, "وكشفت التحقيقات أن 6 من المتهمين سافروا إلى سوريا للالتحاق بصفوف التنظيم.");
    assert_eq!(origin(claim(&d, 6.0)), Some("EG"));
    // Migrants crossing to Europe are not the state's own nationals.
    let d = analyze_titled(
        "المغرب: إحباط محاولات هجرة جديدة عبر السواحل الشمالية",
        "وتمكن 45 مهاجرا من الوصول إلى السواحل الإسبانية على متن قارب مطاطي.",
    );
    assert_eq!(origin(claim(&d, 45.0)), None);
}

#[test]
fn nationals_abroad_only_for_leaving() {
    let title = "تونس: عائلات تطالب باستعادة أبنائها من السجون والمخيمات";
    // People held abroad get no origin from the article's state (the sentence does not say whose).
    let d = analyze_titled(title, "وقدر التقرير عدد مقاتلي التنظيم المحتجزين في سوريا بنحو 3000 مقاتل.");
    assert_eq!(origin(claim(&d, 3000.0)), None);
    // A state at war is where the fighting is: its own press names it, nothing is inferred.
    let d = analyze_titled(
        "العراق: حملة أمنية جديدة في نينوى",
        "وقالت مصادر إن 20 شابا سافروا إلى سوريا للالتحاق بالتنظيم.",
    );
    assert_eq!(origin(claim(&d, 20.0)), None);
}

#[test]
fn sentence_population_carries_past_its_own_nationality_and_prisons() {
    // The earlier count's demonym and where those people are held do not end the population.
    let d = analyze_titled(
        "خبر عن العائدين",
        "وقال إن 137 مغربيا ما زالوا معتقلين في سجون شمال شرق سوريا، مضيفا أن نحو 100 امرأة يوجدن في مخيمي الهول وروج.",
    );
    assert_eq!(origin(claim(&d, 100.0)), Some("MA"));
    // Citizens counted after foreigners are another population.
    let d = analyze_titled(
        "خبر عن التهريب",
        "وأحبطت الدورية تهريب 22 متسللا من الجنسية الإثيوبية، وضبطت شخصين من المواطنين قاما بتهريبهم.",
    );
    assert_eq!(origin(claim(&d, 2.0)), None);
}

#[test]
fn count_out_of_a_named_pool() {
    // `من بين الأطفال 19 من …`: "among the children" names the people a bare count is of.
    let d = analyze_titled(
        "خبر عن الأطفال",
        "وقالت المفوضة في منشور: \"من بين الأطفال 19 من جمهورية الشيشان و8 من داغستان\".",
    );
    assert_eq!(claim(&d, 19.0).subject.class, rasad_core::model::SubjectClass::Child);
    assert_eq!(origin(claim(&d, 19.0)), Some("chechnya"));
    assert_eq!(origin(claim(&d, 8.0)), Some("dagestan"));
}
