//! Attribution rules for how news sets several reports side by side: quoted names of who
//! speaks, a second source's figure after `بينما`, documents seen by an agency, group
//! statements through their own outlets. Every sentence is written for these tests.

#[allow(dead_code)]
mod claims_common;

use claims_common::{analyze, cited, claim};

fn speaker_text(d: &rasad_core::model::Document, v: f64) -> String {
    claim(d, v).attribution.speaker.as_ref().map(|s| s.text.clone()).unwrap_or_default()
}

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
