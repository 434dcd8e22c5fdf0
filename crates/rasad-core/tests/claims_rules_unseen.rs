//! Claim rules added after scoring the held-out set (`fixtures/heldout`), one named test per
//! rule, each on a sentence written for the test (not taken from the fixtures), run through
//! the whole pipeline (`rasad_core::analyze`) so the entity and number recognizers feed the
//! claim binder as they do in production.

#[allow(dead_code)]
mod claims_common;

use claims_common::{analyze, claim, origin};
use rasad_core::model::{Claim, Predicate, Qualifier};

fn speaker(c: &Claim) -> String {
    c.attribution
        .speaker
        .as_ref()
        .map(|s| if s.text.is_empty() { s.name.clone() } else { s.text.clone() })
        .unwrap_or_default()
}

#[test]
fn predicate_arrival_is_return() {
    let d = analyze("أعلنت الوزارة وصول 120 عائلة عراقية من مخيم الهول إلى نينوى.");
    let c = claim(&d, 120.0);
    assert_eq!((c.predicate, origin(c)), (Predicate::Returned, Some("IQ")));
}

#[test]
fn predicate_arrival_as_goal_is_not_return() {
    let d = analyze("حاول نحو 300 شخص من النمسا السفر إلى سوريا، ونجح 200 منهم في الوصول.");
    assert_eq!(claim(&d, 200.0).predicate, Predicate::Traveled);
}

#[test]
fn predicate_neutralized_is_killed() {
    let d = analyze("تمكنت مفارز الجيش من تحييد 6 إرهابيين وتوقيف 20 عنصر دعم.");
    assert_eq!(claim(&d, 6.0).predicate, Predicate::Killed);
    assert_eq!(claim(&d, 20.0).predicate, Predicate::Arrested);
}

#[test]
fn predicate_feminine_arrest_verb() {
    let d = analyze("وأوضحت النيابة أن 9 من النساء أوقفن فور وصولهن إلى المطار.");
    assert_eq!(claim(&d, 9.0).predicate, Predicate::Arrested);
}

#[test]
fn predicate_stranded_is_present() {
    let d = analyze("وتقدر جمعيات عائلات المعتقلين عدد الأطفال المغاربة العالقين في المخيمات بنحو 250.");
    let c = claim(&d, 250.0);
    assert_eq!((c.predicate, origin(c)), (Predicate::Present, Some("MA")));
}

#[test]
fn predicate_charges_are_prosecution() {
    let d = analyze("وقال المتحدث إن المدعين وجهوا اتهامات إلى أكثر من 30 امرأة فرنسية.");
    let c = claim(&d, 30.0);
    assert_eq!((c.predicate, origin(c)), (Predicate::Prosecuted, Some("FR")));
}

#[test]
fn predicate_took_part_in_attack_is_fighting() {
    let d = analyze("وقال المصدر إن نحو 20 مسلحا شاركوا في الهجوم على الحاجز.");
    assert_eq!(claim(&d, 20.0).predicate, Predicate::Fighting);
}

#[test]
fn counted_demonym_before_number() {
    let d = analyze("وقدرت مصادر رسمية عدد اللبنانيين الذين قاتلوا في صفوف التنظيمات المتشددة في سوريا بنحو 900.");
    let c = claim(&d, 900.0);
    assert_eq!((c.predicate, origin(c), c.quantity.qualifier), (Predicate::Fighting, Some("LB"), Qualifier::About));
}

#[test]
fn accusative_demonym_that_spells_a_country() {
    let d = analyze("وتشير التقديرات إلى أن نحو 600 قرغيزيا سافروا إلى مناطق النزاع.");
    let c = claim(&d, 600.0);
    assert_eq!((c.predicate, origin(c)), (Predicate::Traveled, Some("KG")));
}

#[test]
fn kana_qad_speaker() {
    let d = analyze("وكان وزير الداخلية قد صرح في وقت سابق بأن نحو 200 تونسي عادوا إلى البلاد.");
    assert!(speaker(claim(&d, 200.0)).contains("وزير الداخلية"), "{:?}", claim(&d, 200.0).attribution);
}

#[test]
fn relative_clause_speech() {
    let d = analyze("وقال المسؤول، الذي طلب عدم الكشف عن اسمه، إن 500 شخص عادوا إلى العراق.");
    assert_eq!(speaker(claim(&d, 500.0)), "المسؤول");
}

#[test]
fn repatriated_from_detention() {
    let d = analyze("وكانت السلطات قد استعادت العام الماضي نحو 40 من مواطنيها المحتجزين في مخيمات سوريا.");
    assert_eq!(claim(&d, 40.0).predicate, Predicate::Returned);
}

#[test]
fn others_anaphora() {
    let d = analyze("أفاد مصدر أمني بمقتل 3 جنود عراقيين وإصابة 5 آخرين في هجوم.");
    let c = claim(&d, 5.0);
    assert_eq!((c.predicate, origin(c)), (Predicate::Wounded, Some("IQ")));
}

#[test]
fn definite_partitive() {
    let d = analyze("أعادت بلجيكا 6 نساء و10 أطفال من سوريا.\n\nوقالت النيابة إن 4 من النساء أوقفن عند وصولهن.");
    let c = claim(&d, 4.0);
    assert_eq!((c.predicate, origin(c)), (Predicate::Arrested, Some("BE")));
}

#[test]
fn batch_composition() {
    let d = analyze("أعلنت الوزارة عودة 90 عائلة عراقية من مخيم الهول. وأضافت أن الدفعة تضم 350 شخصا.");
    let c = claim(&d, 350.0);
    assert_eq!((c.predicate, origin(c)), (Predicate::Returned, Some("IQ")));
}

#[test]
fn own_nationals_country_named_before() {
    let d = analyze("أعلن وزير العدل في ألبانيا، السبت، أن بلاده أعادت 19 من مواطنيها من سوريا.");
    let c = claim(&d, 19.0);
    assert_eq!((c.predicate, origin(c)), (Predicate::Returned, Some("AL")));
}

#[test]
fn own_nationals_capital_stands_for_country() {
    let d = analyze("وكانت طشقند قد أعادت في مايو الماضي 93 من مواطنيها.");
    assert_eq!(origin(claim(&d, 93.0)), Some("UZ"));
}

#[test]
fn joint_repatriation() {
    let d = analyze("أعادت ألمانيا والدنمارك في عملية مشتركة 9 نساء، وفق ما أعلنت وزارة الخارجية الألمانية.");
    let c = claim(&d, 9.0);
    assert_eq!((c.predicate, origin(c)), (Predicate::Returned, None));
}

#[test]
fn returnee_from_place_is_not_origin() {
    let d = analyze("وقال المدعي العام إن المحاكم أصدرت أحكاما بحق 25 من العائدين من العراق.");
    let c = claim(&d, 25.0);
    assert_eq!((c.predicate, origin(c)), (Predicate::Prosecuted, None));
}

#[test]
fn prison_sentence_is_prosecution() {
    let d = analyze("أصدرت المحكمة أحكاما بالسجن تراوحت بين 5 و10 أعوام في حق 7 عائدين من بؤر التوتر.");
    assert_eq!(claim(&d, 7.0).predicate, Predicate::Prosecuted);
}

#[test]
fn broken_plural_demonym() {
    let d = analyze("واعتقلت الشرطة 12 ألمان، فيما قتل 15 أتراك، وعاد 20 مقاتلا مغاربة إلى بلادهم.");
    let got: Vec<(f64, Option<&str>)> = d.claims.iter().map(|c| (c.quantity.value, origin(c))).collect();
    assert_eq!(got, vec![(12.0, Some("DE")), (15.0, Some("TR")), (20.0, Some("MA"))]);
}

#[test]
fn speaker_anaphor() {
    let d = analyze("أفاد مصدر أمني بأن 30 مسلحا قتلوا في الاشتباكات.\n\nوأشار المصدر إلى أن القوات اعتقلت 12 مسلحا.");
    let s = claim(&d, 12.0).attribution.speaker.clone().expect("a speaker");
    // The resolved source, with the words as written kept beside it.
    assert_eq!((s.name.as_str(), s.text.as_str()), ("مصدر أمني", "المصدر"));
}

#[test]
fn speaker_anaphor_same_source() {
    let d = analyze(
        "وحسب معطيات المكتب المركزي للأبحاث القضائية، فإن أكثر من 1000 مغربي التحقوا بالتنظيمات المتطرفة.\n\nوأضاف المصدر ذاته أن 200 منهم عادوا إلى المغرب.",
    );
    let s = claim(&d, 200.0).attribution.speaker.clone().expect("a speaker");
    assert!(s.name.contains("المكتب المركزي للأبحاث القضائية"), "{s:?}");
}
