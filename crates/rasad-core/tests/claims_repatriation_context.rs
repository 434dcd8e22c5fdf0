//! Repatriation stories told across clauses and in the first person: what an operation
//! included, who was on board a plane named earlier, an official's "we handed over". Every
//! sentence is written for these tests.

#[allow(dead_code)]
mod claims_common;

use claims_common::{analyze, analyze_titled, claim, origin};
use rasad_core::model::Predicate;

const STORY: &str = "أوزبكستان تستعيد عشرات النساء والأطفال من مخيمات سوريا";

#[test]
fn operation_included() {
    let d = analyze_titled(
        STORY,
        "وأعادت أوزبكستان 40 شخصا من مخيم روج.\nوقالت الوزارة إن العملية جرت بالتنسيق مع التحالف الدولي، وشملت 9 نساء و31 طفلا.",
    );
    assert_eq!(claim(&d, 9.0).predicate, Predicate::Returned);
    assert_eq!(claim(&d, 31.0).predicate, Predicate::Returned);
    // A camp between the operation and the verb holds its own people: they are present there.
    let d = analyze_titled(STORY, "وقالت الوزارة إن العملية جرت في مخيم الهول، الذي يضم نحو 40 ألف شخص.");
    assert_ne!(claim(&d, 40000.0).predicate, Predicate::Returned);
    // Outside a repatriation story an operation that "included" people is no return.
    let d = analyze("وقالت الشرطة إن العملية جرت فجرا في ثلاث مدن، وشملت 12 مشتبها بهم.");
    assert_ne!(claim(&d, 12.0).predicate, Predicate::Returned);
}

#[test]
fn on_board_points_back_past_the_clause() {
    let d = analyze_titled(
        STORY,
        "وذكرت الوزارة أن الطائرة التي أقلت العائدين هبطت في مطار طشقند، وعلى متنها 25 امرأة و60 طفلا.",
    );
    assert_eq!(claim(&d, 25.0).predicate, Predicate::Returned);
    assert_eq!(claim(&d, 60.0).predicate, Predicate::Returned);
}

#[test]
fn first_person_hand_over_is_return() {
    let d = analyze("وقال المسؤول الكردي: \"سلّمنا ما يزيد على 3000 شخص من النساء والأطفال إلى بلدانهم\".");
    assert_eq!(claim(&d, 3000.0).predicate, Predicate::Returned);
    let d = analyze("وأضاف الوزير: \"أعدنا 120 طفلا من المخيمات خلال العام\".");
    assert_eq!(claim(&d, 120.0).predicate, Predicate::Returned);
    assert_eq!(origin(claim(&d, 120.0)), None);
}

#[test]
fn batch_after_its_verb_holds_mothers_and_minors() {
    let d = analyze("وتضم الدفعة 16 أما و35 قاصرا وصلوا إلى المطار فجرا.");
    assert_eq!(claim(&d, 16.0).predicate, Predicate::Returned);
    assert_eq!(claim(&d, 35.0).predicate, Predicate::Returned);
    // `أما` after a comma is "as for", not a count of mothers.
    let d = analyze("وقالت إن 5 نساء عدن، أما الباقيات فما زلن في المخيم.");
    assert_eq!(d.claims.len(), 1, "{:?}", d.claims);
}

#[test]
fn time_aside_between_commas() {
    let d = analyze("وقالت مصادر إن السلطات المغربية استعادت، خلال الأيام الماضية، 11 امرأة و19 طفلا من المخيمات.");
    assert_eq!(claim(&d, 11.0).predicate, Predicate::Returned);
    assert_eq!(claim(&d, 19.0).predicate, Predicate::Returned);
}

#[test]
fn the_group_returned() {
    let d = analyze_titled(
        STORY,
        "وأعادت أوزبكستان 96 من مواطنيها من مخيم روج.\nوقالت الوزارة في بيان إن المجموعة تضم 29 امرأة و67 طفلا نقلوا جوا إلى طشقند.",
    );
    assert_eq!(claim(&d, 29.0).predicate, Predicate::Returned);
    assert_eq!(origin(claim(&d, 67.0)), Some("UZ"));
}

#[test]
fn batch_from_a_camp_holds_its_people() {
    // The camp the batch came from holds them no more: what the batch holds is returned.
    let d = analyze_titled(
        "العراق يتسلم دفعة جديدة من عوائل الهول",
        "أعلنت الوزارة، اليوم، وصول الدفعة الثالثة من العوائل القادمة من مخيم الهول في محافظة الحسكة السورية إلى مخيم الجدعة في ناحية القيارة جنوبي الموصل، وتضم 150 عائلة.",
    );
    assert_eq!(claim(&d, 150.0).predicate, Predicate::Returned);
}
