//! Rule `interview_answers`: the counts in a question-and-answer interview are the
//! interviewee's. The interview is written for this test.

use rasad_core::model::Document;

fn analyze(text: &str) -> Document {
    rasad_core::analyze(&rasad_core::Input { bytes: text.as_bytes(), ..Default::default() }).expect("analyzes")
}

const INTERVIEW: &str = "مدير مخيم النازحين: نحتاج إلى دعم عاجل
الاثنين 3 مارس 2025

أجرت الحوار: سلمى يوسف

يجلس سامر الحلبي، المدير التنفيذي لإدارة المخيم، خلف مكتب صغير عند البوابة الرئيسية، ويتحدث بهدوء عن أزمة لا تنتهي. التقيناه في مكتبه وكان معه هذا الحوار:

> كم عدد سكان المخيم اليوم؟

- يعيش في المخيم اليوم نحو 18 ألف شخص، أغلبهم من النساء والأطفال، ووصل منهم 1200 شخص خلال الشهر الماضي وحده.

> وماذا عن الوضع الصحي؟

- الوضع صعب جدا. توفي 14 طفلا منذ بداية الشتاء بسبب البرد ونقص الأدوية، ولا يوجد سوى طبيبين لكل السكان.

وقال مسؤول في منظمة إغاثية إن 300 عائلة تنتظر الحصول على خيام جديدة.
";

#[test]
fn interview_answers() {
    let d = analyze(INTERVIEW);
    let speaker = |v: f64| {
        let c = d.claims.iter().find(|c| c.quantity.value == v).unwrap_or_else(|| panic!("no claim of {v}"));
        c.attribution.speaker.as_ref().map(|s| s.name.clone()).unwrap_or_default()
    };
    assert_eq!(speaker(18000.0), "سامر الحلبي");
    assert_eq!(speaker(14.0), "سامر الحلبي");
    // A sentence that names its own speaker keeps it.
    assert_eq!(speaker(300.0), "مسؤول في منظمة إغاثية");
}
