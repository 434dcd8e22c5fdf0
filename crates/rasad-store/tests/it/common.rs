//! Fixtures: my own short articles run through the core pipeline, then annotated with the
//! entities and claims the core is meant to extract (so these tests do not wait for it).

use rasad_core::{
    Attribution, Claim, ClaimTime, Document, Entity, EntityKind, EntityRef, Input, Mention, MentionForm, Predicate,
    Qualifier, Quantity, Span, Subject, SubjectClass, TextSpan,
};
use rasad_store::{Options, Store};
use std::path::Path;

pub fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// `text` through the core pipeline with an outlet and date. The core's own claims are
/// dropped: fixtures state their claims below, so counts here do not move when the
/// extractor changes (the seed test checks the core's claims through the store).
pub fn analyze(text: &str, outlet: &str, published: &str) -> Document {
    let mut d = rasad_core::analyze(&Input {
        bytes: text.as_bytes(),
        outlet: Some(outlet),
        published: Some(published),
        ..Input::default()
    })
    .expect("fixture analyzes");
    d.claims.clear();
    d
}

pub fn open(dir: &Path) -> Store {
    Store::open(Options::new(dir)).expect("store opens")
}

pub fn eref(id: &str, kind: EntityKind, name: &str) -> EntityRef {
    EntityRef {
        aliases: Vec::new(),
        id: Some(id.to_owned()),
        kind: Some(kind),
        name: name.to_owned(),
        text: name.to_owned(),
    }
}

/// Tags `id` on every occurrence of each form in the text (unless the core did already).
pub fn tag(doc: &mut Document, id: &str, kind: EntityKind, name: &str, forms: &[&str]) {
    if doc.entities.iter().any(|e| e.id == id) {
        return;
    }
    let mut mentions = Vec::new();
    for form in forms {
        for (at, _) in doc.text.match_indices(form) {
            mentions.push(Mention {
                text: (*form).to_owned(),
                span: Span::new(at, at + form.len()),
                form: MentionForm::Name,
            });
        }
    }
    mentions.sort_by_key(|m| m.span);
    doc.entities.push(Entity {
        id: id.to_owned(),
        kind,
        name_ar: name.to_owned(),
        name_en: id.to_owned(),
        aliases: Vec::new(),
        mentions,
        role: None,
    });
}

/// The sentence (up to `.`) of `doc` that contains `needle`.
pub fn sentence(doc: &Document, needle: &str) -> TextSpan {
    let at = doc.text.find(needle).unwrap_or_else(|| panic!("{needle:?} not in fixture"));
    let start = doc.text[..at].rfind(['.', '\n']).map_or(0, |i| i + 1);
    let end = doc.text[at..].find(['.', '\n']).map_or(doc.text.len(), |i| at + i);
    let span = Span::new(start, end);
    TextSpan::of(&doc.text, span)
}

#[derive(Default)]
pub struct ClaimSpec<'a> {
    pub value: f64,
    pub qualifier: Qualifier,
    pub number_text: &'a str,
    pub class: SubjectClass,
    pub predicate: Predicate,
    pub origin: Option<EntityRef>,
    pub organization: Option<EntityRef>,
    pub cited: Option<EntityRef>,
    pub speaker: Option<EntityRef>,
    pub since: Option<&'a str>,
}

pub fn add_claim(doc: &mut Document, spec: ClaimSpec<'_>) {
    let evidence = sentence(doc, spec.number_text);
    let at = doc.text.find(spec.number_text).expect("number in text");
    let time = spec.since.map(|y| ClaimTime {
        date: rasad_core::DateMention {
            text: y.to_owned(),
            span: Span::default(),
            value: y.to_owned(),
            end: None,
            grain: rasad_core::Grain::Year,
            calendar: rasad_core::Calendar::Gregorian,
            kind: rasad_core::DateKind::Since,
            relative: false,
        },
        as_of_publication: false,
    });
    doc.claims.push(Claim {
        quantity: Quantity {
            value: spec.value,
            upper: None,
            qualifier: spec.qualifier,
            text: spec.number_text.to_owned(),
            span: Span::new(at, at + spec.number_text.len()),
        },
        subject: Subject { class: spec.class, text: String::new() },
        predicate: spec.predicate,
        origin: spec.origin,
        organization: spec.organization,
        locations: Vec::new(),
        attribution: Attribution {
            speaker: spec.speaker,
            speech_verb: None,
            cited_source: spec.cited,
            reporting_outlet: doc.outlet.clone(),
        },
        time,
        evidence,
    });
}

pub fn kz() -> EntityRef {
    eref("KZ", EntityKind::Country, "كازاخستان")
}
pub fn central_asia() -> EntityRef {
    eref("central_asia", EntityKind::Region, "آسيا الوسطى")
}
pub fn isis() -> EntityRef {
    eref("isis", EntityKind::Organization, "داعش")
}

/// The annotated fixture articles: (client id, document).
pub fn corpus() -> Vec<(String, Document)> {
    let mut out = Vec::new();

    let mut d = analyze(&fixture("kz_repatriation.txt"), "youm7", "2023-05-10");
    tag(&mut d, "KZ", EntityKind::Country, "كازاخستان", &["كازاخستان", "الكازاخية"]);
    tag(&mut d, "SY", EntityKind::Country, "سوريا", &["سوريا"]);
    tag(&mut d, "isis", EntityKind::Organization, "داعش", &["داعش"]);
    add_claim(
        &mut d,
        ClaimSpec {
            value: 47.0,
            number_text: "47",
            class: SubjectClass::Person,
            predicate: Predicate::Returned,
            origin: Some(kz()),
            ..ClaimSpec::default()
        },
    );
    add_claim(
        &mut d,
        ClaimSpec {
            value: 600.0,
            qualifier: Qualifier::MoreThan,
            number_text: "أكثر من 600",
            class: SubjectClass::Person,
            predicate: Predicate::Returned,
            origin: Some(kz()),
            since: Some("2019"),
            ..ClaimSpec::default()
        },
    );
    out.push(("kz-repatriation".to_owned(), d));

    // The same wire story in another outlet, lightly edited: one cluster.
    let mut d = analyze(&fixture("kz_repatriation_copy.txt"), "alarabiya", "2023-05-11");
    tag(&mut d, "KZ", EntityKind::Country, "كازاخستان", &["كازاخستان", "الكازاخية"]);
    tag(&mut d, "SY", EntityKind::Country, "سوريا", &["سوريا", "سورية"]);
    tag(&mut d, "isis", EntityKind::Organization, "داعش", &["داعش"]);
    add_claim(
        &mut d,
        ClaimSpec {
            value: 47.0,
            number_text: "47",
            class: SubjectClass::Person,
            predicate: Predicate::Returned,
            origin: Some(kz()),
            ..ClaimSpec::default()
        },
    );
    add_claim(
        &mut d,
        ClaimSpec {
            value: 600.0,
            qualifier: Qualifier::MoreThan,
            number_text: "أكثر من 600",
            class: SubjectClass::Person,
            predicate: Predicate::Returned,
            origin: Some(kz()),
            since: Some("2019"),
            ..ClaimSpec::default()
        },
    );
    out.push(("kz-repatriation-copy".to_owned(), d));

    let mut d = analyze(&fixture("central_asia_voa.txt"), "youm7", "2018-02-14");
    tag(&mut d, "central_asia", EntityKind::Region, "آسيا الوسطى", &["آسيا الوسطى"]);
    tag(&mut d, "isis", EntityKind::Organization, "داعش", &["داعش"]);
    tag(&mut d, "KZ", EntityKind::Country, "كازاخستان", &["الكازاخي"]);
    tag(&mut d, "voa", EntityKind::Outlet, "صوت أمريكا", &["صوت أمريكا"]);
    add_claim(
        &mut d,
        ClaimSpec {
            value: 4000.0,
            qualifier: Qualifier::MoreThan,
            number_text: "أكثر من 4 آلاف",
            class: SubjectClass::Fighter,
            predicate: Predicate::Joined,
            origin: Some(central_asia()),
            organization: Some(isis()),
            cited: Some(eref("voa", EntityKind::Outlet, "صوت أمريكا")),
            since: Some("2012"),
            ..ClaimSpec::default()
        },
    );
    out.push(("ca-voa".to_owned(), d));

    let mut d = analyze(&fixture("central_asia_ministry.txt"), "rt_arabic", "2019-07-01");
    tag(&mut d, "central_asia", EntityKind::Region, "آسيا الوسطى", &["آسيا الوسطى"]);
    tag(&mut d, "isis", EntityKind::Organization, "داعش", &["داعش"]);
    tag(&mut d, "KZ", EntityKind::Country, "كازاخستان", &["والكازاخيين"]);
    add_claim(
        &mut d,
        ClaimSpec {
            value: 3000.0,
            qualifier: Qualifier::About,
            number_text: "نحو 3000",
            class: SubjectClass::Fighter,
            predicate: Predicate::Joined,
            origin: Some(central_asia()),
            organization: Some(isis()),
            speaker: Some(EntityRef {
                aliases: Vec::new(),
                id: None,
                kind: None,
                name: "مسؤول في جهاز الأمن الروسي".to_owned(),
                text: String::new(),
            }),
            ..ClaimSpec::default()
        },
    );
    out.push(("ca-ministry".to_owned(), d));

    let mut d = analyze(&fixture("europe_fighters.txt"), "aljazeera", "2020-03-02");
    tag(&mut d, "europe", EntityKind::Region, "أوروبا", &["اوروبا", "أوربا"]);
    tag(&mut d, "KZ", EntityKind::Country, "كازاخستان", &["كازاخية"]);
    add_claim(
        &mut d,
        ClaimSpec {
            value: 1500.0,
            qualifier: Qualifier::About,
            number_text: "بنحو 1500",
            class: SubjectClass::Returnee,
            predicate: Predicate::Returned,
            origin: Some(eref("europe", EntityKind::Region, "أوروبا")),
            ..ClaimSpec::default()
        },
    );
    out.push(("europe".to_owned(), d));

    let d = analyze(&fixture("digits_report.txt"), "aljazeera", "2021-11-20");
    out.push(("digits".to_owned(), d));

    let d = analyze(&fixture("hospital.txt"), "sana", "2022-01-05");
    out.push(("hospital".to_owned(), d));
    out
}

/// A store in `dir` with the fixture corpus ingested.
pub fn loaded(dir: &Path) -> Store {
    let store = open(dir);
    for r in store.ingest_many(corpus().into_iter().map(|(id, d)| (d, Some(id))).collect()) {
        r.expect("fixture ingests");
    }
    store
}
