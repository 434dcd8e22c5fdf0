//! Golden tests of whole-article output: every claim of a dev-set article, with its
//! attribution and evidence, through the real pipeline (`rasad_core::analyze`). Read the
//! snapshot diff when a recognizer or a rule changes.

use rasad_core::model::{Document, EntityRef};

fn name(r: Option<&EntityRef>) -> String {
    r.map(|e| e.id.clone().unwrap_or_else(|| format!("«{}»", e.name))).unwrap_or_else(|| "-".into())
}

fn render(doc: &Document) -> String {
    let mut out = String::new();
    for c in &doc.claims {
        let q = serde_json::to_value(c.quantity.qualifier).unwrap_or_default();
        let s = serde_json::to_value(c.subject.class).unwrap_or_default();
        let p = serde_json::to_value(c.predicate).unwrap_or_default();
        out.push_str(&format!(
            "{} {} «{}» {} {} | origin {} | org {} | speaker {} | cited {} | outlet {} | time {}\n    evidence: {}\n",
            c.quantity.value,
            q.as_str().unwrap_or(""),
            c.quantity.text,
            s.as_str().unwrap_or(""),
            p.as_str().unwrap_or(""),
            name(c.origin.as_ref()),
            name(c.organization.as_ref()),
            name(c.attribution.speaker.as_ref()),
            name(c.attribution.cited_source.as_ref()),
            name(c.attribution.reporting_outlet.as_ref()),
            c.time.as_ref().map_or("-".to_owned(), |t| format!(
                "{}{}",
                t.date.value,
                if t.as_of_publication { " (as of)" } else { "" }
            )),
            c.evidence.text,
        ));
    }
    for r in &doc.roles {
        out.push_str(&format!("role: {} → {}\n", r.person.name, r.role));
    }
    out
}

fn analyze(file: &str) -> Document {
    let path = format!("{}/tests/fixtures/devset/{file}", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(path).expect("fixture exists");
    rasad_core::analyze(&rasad_core::Input { bytes: &bytes, ..Default::default() }).expect("analyzes")
}

macro_rules! golden {
    ($name:ident, $file:literal) => {
        #[test]
        fn $name() {
            insta::assert_snapshot!(render(&analyze($file)));
        }
    };
}

golden!(golden_kazakh_repatriation, "dev_001_kz_jusan.txt");
golden!(golden_prison_attack, "dev_004_ghwayran.txt");
golden!(golden_tunisia_egyptian_spelling, "dev_005_tunisia_returnees.txt");
golden!(golden_uk_returnees_partitive, "dev_007_uk_returnees.txt");
golden!(golden_central_asia_range_and_quote, "dev_025_isis_recruits_ca.txt");
golden!(golden_casualties_and_wounded, "dev_029_austria_attack.txt");
