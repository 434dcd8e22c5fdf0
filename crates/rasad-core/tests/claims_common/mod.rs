//! Helpers shared by the whole-pipeline claim rule tests (`claims_rules_unseen.rs`,
//! `claims_rules_kinds.rs`): run one test sentence through `rasad_core::analyze` and pick
//! claims out of the result. Each test binary uses a subset, hence the `dead_code` allowance
//! at the `mod` declarations.

use rasad_core::model::{Claim, Document};

/// Analyzes `body` as the only paragraph of an article with a neutral title.
pub fn analyze(body: &str) -> Document {
    let text = format!("خبر للاختبار\n\n{body}\n");
    rasad_core::analyze(&rasad_core::Input { bytes: text.as_bytes(), ..Default::default() }).expect("analyzes")
}

/// Analyzes `body` under `title` (rules that read the article's title or state).
pub fn analyze_titled(title: &str, body: &str) -> Document {
    let text = format!("{title}\n\n{body}\n");
    rasad_core::analyze(&rasad_core::Input { bytes: text.as_bytes(), ..Default::default() }).expect("analyzes")
}

/// The claim whose value is `value`, or a panic that lists what was found.
pub fn claim(doc: &Document, value: f64) -> &Claim {
    doc.claims.iter().find(|c| (c.quantity.value - value).abs() < 1e-9).unwrap_or_else(|| {
        let found: Vec<String> =
            doc.claims.iter().map(|c| format!("{} {:?} {:?}", c.quantity.value, c.predicate, origin(c))).collect();
        panic!("no claim of {value}; found {found:?}")
    })
}

/// Every claimed value, in document order.
pub fn values(doc: &Document) -> Vec<f64> {
    doc.claims.iter().map(|c| c.quantity.value).collect()
}

/// The origin's entity id.
pub fn origin(c: &Claim) -> Option<&str> {
    c.origin.as_ref().and_then(|o| o.id.as_deref())
}

/// The speaker of the claim of `value`, as written ("" when none).
pub fn speaker_text(doc: &Document, value: f64) -> String {
    claim(doc, value).attribution.speaker.as_ref().map(|s| s.text.clone()).unwrap_or_default()
}

/// The speaker reference of the claim whose value is `value` (panics when it has none).
pub fn speaker_ref(doc: &Document, value: f64) -> rasad_core::model::EntityRef {
    claim(doc, value).attribution.speaker.clone().unwrap_or_else(|| panic!("no speaker for {value}"))
}

/// The cited source's name.
pub fn cited(c: &Claim) -> String {
    c.attribution.cited_source.as_ref().map(|s| s.name.clone()).unwrap_or_default()
}

/// Each row `(sentence, value, predicate)`: the claim of `value` in the sentence has the
/// predicate; a failure names the row.
pub fn assert_predicates(rows: &[(&str, f64, rasad_core::model::Predicate)]) {
    for (text, value, pred) in rows {
        let d = analyze(text);
        assert_eq!(claim(&d, *value).predicate, *pred, "row {value}: {text}");
    }
}
