//! The development set (`tests/fixtures/devset`: articles written for Rasad in the phrasing
//! of many outlets, with `gold.jsonl` in the seeds' format) scored with the same strict
//! metric as `shared/eval/score.py`: a gold claim is found when a predicted claim has its
//! value, the same vagueness, its predicate and its origin; distinct predicted
//! (value, vague, predicate, origin) keys that match nothing are false positives.
//! The test fails when strict F1 or attribution falls below the floor.
//!
//! The held-out set (`tests/fixtures/heldout`, 15 articles written after the rules, gold
//! written from the text before the extractor ran on it) is scored the same way, with its
//! own floors.
//!
//! The blind sets (`tests/fixtures/blind`, `blind2` … `blind5`) were written by people who
//! never read the rules; their scores are our estimate of quality on unseen news. Their
//! floors only catch regressions: do not tune rules on their text (see their READMEs).
//! blind5 was written during stop 17, scored once on arrival, then used as that stop's
//! development set; blind6 and blind7 were used so in stop 18, blind9, blind12 and blind13 in stop
//! 19, blind17 and blind19 in stop 20, blind21 and blind24 in stop 21; blind8, blind10, blind11,
//! blind14, blind15, blind16, blind18, blind20, blind22 and blind23 (sealed: only aggregate scores
//! read) are the ones still blind.

use rasad_core::model::{Claim, Qualifier};
use rasad_core::normalize::normalize;
use serde_json::Value;
use std::collections::BTreeSet;

const DEV_GOLD: &str = include_str!("fixtures/devset/gold.jsonl");
const DEV_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/devset");
/// Devset measured 0.975 strict F1, attribution 107/113 (0.947) when the floors were set;
/// a drop below them is a regression. Round 3 (structural mechanisms): 0.946 and 109/113 —
/// the article-state origin gives returnees their state, which this older gold leaves null.
const DEV_STRICT_F1_FLOOR: f64 = 0.94;
const DEV_ATTRIBUTION_FLOOR: f64 = 0.95;
const HELD_GOLD: &str = include_str!("fixtures/heldout/gold.jsonl");
const HELD_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/heldout");
/// Held-out set: 0.741 strict F1 and 47/64 attribution with the extractor unchanged;
/// 0.934 and 58/64 (0.906) after the rules of `claims_rules_unseen.rs`; 0.949 and 61/64 after
/// round 3.
const HELD_STRICT_F1_FLOOR: f64 = 0.94;
const HELD_ATTRIBUTION_FLOOR: f64 = 0.93;
const BLIND_GOLD: &str = include_str!("fixtures/blind/gold.jsonl");
const BLIND_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/blind");
/// Blind set 1: 0.500 strict F1, 33/77 attribution when first scored; 0.734 and 56/77 after
/// the round-2 rules (whose author saw short excerpts of its misses, so it is less blind);
/// 0.828 and 58/77 after the round-3 structural mechanisms (not tuned on this set); 63/77
/// attribution after the round-4 attribution mechanisms (report scope, lede, chains); strict
/// 0.852 after the round-4 claim mechanisms (`ambiguous_city_country`, `glued_and_in_list`).
const BLIND_STRICT_F1_FLOOR: f64 = 0.82;
const BLIND_ATTRIBUTION_FLOOR: f64 = 0.81;
const BLIND2_GOLD: &str = include_str!("fixtures/blind2/gold.jsonl");
const BLIND2_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/blind2");
/// Blind set 2, never shown to a rule author: 0.630 strict F1, 46/78 attribution when first
/// scored; 0.652 and 46/78 with the round-2 rules; 0.954 and 74/78 after round 3, which used
/// it as its development set (so it no longer estimates unseen news); 75/78 attribution after
/// the round-4 attribution mechanisms.
const BLIND2_STRICT_F1_FLOOR: f64 = 0.94;
const BLIND2_ATTRIBUTION_FLOOR: f64 = 0.95;
const BLIND3_GOLD: &str = include_str!("fixtures/blind3/gold.jsonl");
const BLIND3_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/blind3");
/// Blind set 3, written while round 3 was being built and scored once after it: 0.548 strict
/// F1 and 56/95 attribution with the rules before round 3, 0.687 and 65/95 after (the
/// estimate for unseen news). Round 4 used it as its development set for attribution
/// (65/95 → 85/95) and for claims (strict 0.687 → 0.900, mechanisms tested on sentences of
/// their own in `claims_rules_round4.rs`), so it no longer estimates unseen news.
const BLIND3_STRICT_F1_FLOOR: f64 = 0.88;
const BLIND3_ATTRIBUTION_FLOOR: f64 = 0.88;
const BLIND4_GOLD: &str = include_str!("fixtures/blind4/gold.jsonl");
const BLIND4_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/blind4");
/// Blind set 4 (16 articles, 115 claims), written during round 4 by someone who read no rules
/// and no earlier blind set, scored once after it: 0.587 strict F1 and 64/101 attribution
/// with the rules before round 4, 0.606 and 69/101 after (the estimate for unseen news).
/// Stop 16 (rules from a real-news spot check, blind4 not read for claims): 0.633 and 74/101.
/// Stop 17 (rules from a real-news audit and blind5): 0.682 and 75/101.
const BLIND4_STRICT_F1_FLOOR: f64 = 0.66;
const BLIND4_ATTRIBUTION_FLOOR: f64 = 0.73;
const BLIND5_GOLD: &str = include_str!("fixtures/blind5/gold.jsonl");
const BLIND5_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/blind5");
/// Blind set 5 (26 articles, 196 claims, 26 outlets), written during stop 17 by someone who
/// read no rules and no earlier blind set, scored once on arrival at `a06ae83`: 0.717 strict
/// F1 and 143/176 attribution (0.81) — the estimate for unseen news at that commit. Stop 17 then
/// used it as its development set (0.859 and 163/176 at the end): it no longer estimates
/// unseen news.
const BLIND5_STRICT_F1_FLOOR: f64 = 0.83;
const BLIND5_ATTRIBUTION_FLOOR: f64 = 0.87;
const BLIND6_GOLD: &str = include_str!("fixtures/blind6/gold.jsonl");
const BLIND6_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/blind6");
/// Blind set 6 (22 articles, 165 claims; Sahel, Yemen, Libya, Lebanon, Gulf courts, Pakistan,
/// Europe), written during stop 17 and kept sealed through it (0.737 strict F1, 91/129
/// attribution at its end); stop 18 read its misses once, so it is spent too.
const BLIND6_STRICT_F1_FLOOR: f64 = 0.83;
const BLIND6_ATTRIBUTION_FLOOR: f64 = 0.75;

const BLIND7_GOLD: &str = include_str!("fixtures/blind7/gold.jsonl");
const BLIND7_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/blind7");
/// Blind set 7 (21 articles, 185 claims; the core topic: foreign fighters, repatriations, camp
/// figures, think-tank estimates, chains of outlets), written during stop 18 by someone who read
/// no rules and no other blind set; scored on arrival at `248eaeb`: 0.646 strict F1 and 82/155
/// attribution. Stop 18 then used it as its development set: it no longer estimates unseen news.
const BLIND7_STRICT_F1_FLOOR: f64 = 0.77;
const BLIND7_ATTRIBUTION_FLOOR: f64 = 0.76;
const BLIND8_GOLD: &str = include_str!("fixtures/blind8/gold.jsonl");
const BLIND8_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/blind8");
/// Blind set 8 (22 articles, 158 claims; the topic's neighbours in Egypt, Iraq, Syria, Turkey,
/// Afghanistan, Central Asia, the Caucasus, Southeast and East Africa, Europe, the Maghreb),
/// written during stop 18 and kept sealed: only aggregate scores read. 0.758 and 110/127 on
/// arrival at `248eaeb`.
const BLIND8_STRICT_F1_FLOOR: f64 = 0.74;
const BLIND8_ATTRIBUTION_FLOOR: f64 = 0.84;
const BLIND9_GOLD: &str = include_str!("fixtures/blind9/gold.jsonl");
const BLIND9_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/blind9");
/// Blind set 9 (22 articles, 217 claims; the core topic, a second writer), written during stop
/// 18 and kept sealed: only aggregate scores read. 0.694 and 134/184 on arrival at `248eaeb`.
/// Stop 19 read its misses (spent): 0.690 → 0.806 (this scorer), 147 → 158/184.
const BLIND9_STRICT_F1_FLOOR: f64 = 0.78;
const BLIND9_ATTRIBUTION_FLOOR: f64 = 0.84;
const BLIND10_GOLD: &str = include_str!("fixtures/blind10/gold.jsonl");
const BLIND10_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/blind10");
/// Blind set 10 (21 articles, 182 claims; the core topic, a third writer), written during stop
/// 19 and kept sealed: only aggregate scores read. 0.708 and 129/173 on arrival at `b67cecd`.
const BLIND10_STRICT_F1_FLOOR: f64 = 0.72;
const BLIND10_ATTRIBUTION_FLOOR: f64 = 0.73;
const BLIND11_GOLD: &str = include_str!("fixtures/blind11/gold.jsonl");
const BLIND11_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/blind11");
/// Blind set 11 (22 articles, 171 claims; neighbours: Libya, Yemen, the Sahel, Nigeria, Somalia,
/// Lebanon, Jordan, the Gulf, the Maghreb, Belgium, Russia), written during stop 19 and kept
/// sealed: only aggregate scores read. 0.732 and 116/151 on arrival at `b67cecd`.
const BLIND11_STRICT_F1_FLOOR: f64 = 0.71;
const BLIND11_ATTRIBUTION_FLOOR: f64 = 0.75;
const BLIND14_GOLD: &str = include_str!("fixtures/blind14/gold.jsonl");
const BLIND14_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/blind14");
/// Blind set 14 (22 articles, 147 claims; the core topic, a fourth writer), written at the end
/// of stop 19 and kept sealed: 0.752 and 100/130 on arrival at `e56e7bd`.
const BLIND14_STRICT_F1_FLOOR: f64 = 0.73;
const BLIND14_ATTRIBUTION_FLOOR: f64 = 0.75;
const BLIND15_GOLD: &str = include_str!("fixtures/blind15/gold.jsonl");
const BLIND15_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/blind15");
/// Blind set 15 (22 articles, 130 claims; the neighbours: Iraq, Syria, Turkey, the Levant, Egypt,
/// the Gulf, the Maghreb, Europe, Central Asia, Afghanistan, Africa), written at the end of stop
/// 19 and kept sealed: 0.766 and 100/126 on arrival at `e56e7bd`.
const BLIND15_STRICT_F1_FLOOR: f64 = 0.74;
const BLIND15_ATTRIBUTION_FLOOR: f64 = 0.77;
const BLIND16_GOLD: &str = include_str!("fixtures/blind16/gold.jsonl");
const BLIND16_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/blind16");
/// Blind set 16 (22 articles, 180 claims; the core topic, a fifth writer), written during stop 20
/// and kept sealed: 0.785 and 127/166 on arrival at `7afbc09`.
const BLIND16_STRICT_F1_FLOOR: f64 = 0.76;
const BLIND16_ATTRIBUTION_FLOOR: f64 = 0.74;
const BLIND17_GOLD: &str = include_str!("fixtures/blind17/gold.jsonl");
const BLIND17_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/blind17");
/// Blind set 17 (24 articles, 180 claims; daily security news), written during stop 20: 0.690
/// and 103/138 on arrival at `7afbc09`, then that stop's development set (floors at its end
/// figures, 0.868 and 123/138).
const BLIND17_STRICT_F1_FLOOR: f64 = 0.85;
const BLIND17_ATTRIBUTION_FLOOR: f64 = 0.87;
const BLIND18_GOLD: &str = include_str!("fixtures/blind18/gold.jsonl");
const BLIND18_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/blind18");
/// Blind set 18 (23 articles, 174 claims; attribution-heavy reporting on the core topic), written
/// during stop 20 and kept sealed: 0.806 and 113/161 on arrival at `7afbc09`.
const BLIND18_STRICT_F1_FLOOR: f64 = 0.78;
const BLIND18_ATTRIBUTION_FLOOR: f64 = 0.68;
const BLIND19_GOLD: &str = include_str!("fixtures/blind19/gold.jsonl");
const BLIND19_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/blind19");
/// Blind set 19 (22 articles, 179 claims; the core topic told with rich attribution), written
/// during stop 20: 0.719 and 129/163 on arrival at `c1bee3b`, then a development set (floors at
/// its end figures, 0.809 and 145/163).
const BLIND19_STRICT_F1_FLOOR: f64 = 0.79;
const BLIND19_ATTRIBUTION_FLOOR: f64 = 0.87;
const BLIND20_GOLD: &str = include_str!("fixtures/blind20/gold.jsonl");
const BLIND20_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/blind20");
/// Blind set 20 (22 articles, 181 claims; neighbouring news with rich attribution), written
/// during stop 20 and kept sealed: 0.773 and 135/179 on arrival at `c1bee3b`.
const BLIND20_STRICT_F1_FLOOR: f64 = 0.75;
const BLIND20_ATTRIBUTION_FLOOR: f64 = 0.73;
const BLIND21_GOLD: &str = include_str!("fixtures/blind21/gold.jsonl");
const BLIND21_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/blind21");
/// Blind set 21 (22 articles, 189 claims; the core topic with nested reports and long titles),
/// written during stop 21: 0.736 and 125/177 on arrival at `09a13f5`, then that stop's
/// development set (floors at its end figures, 0.743 and 149/177).
const BLIND21_STRICT_F1_FLOOR: f64 = 0.72;
const BLIND21_ATTRIBUTION_FLOOR: f64 = 0.82;
const BLIND22_GOLD: &str = include_str!("fixtures/blind22/gold.jsonl");
const BLIND22_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/blind22");
/// Blind set 22 (22 articles, 189 claims; daily security and humanitarian news), written during
/// stop 21 and kept sealed: 0.726 and 147/183 on arrival at `09a13f5`.
const BLIND22_STRICT_F1_FLOOR: f64 = 0.69;
const BLIND22_ATTRIBUTION_FLOOR: f64 = 0.78;
const BLIND23_GOLD: &str = include_str!("fixtures/blind23/gold.jsonl");
const BLIND23_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/blind23");
/// Blind set 23 (22 articles, 189 claims; half core topic, half neighbours, 22 outlets), written
/// during stop 21 and kept sealed: 0.649 and 140/174 on arrival at `09a13f5`.
const BLIND23_STRICT_F1_FLOOR: f64 = 0.62;
const BLIND23_ATTRIBUTION_FLOOR: f64 = 0.78;
const BLIND24_GOLD: &str = include_str!("fixtures/blind24/gold.jsonl");
const BLIND24_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/blind24");
/// Blind set 24 (22 articles, 180 claims; each country's press on its own nationals), written
/// during stop 21: 0.611 and 130/170 on arrival at `09a13f5`, then that stop's development set
/// (floors at its end figures, 0.633 and 154/170).
const BLIND24_STRICT_F1_FLOOR: f64 = 0.61;
const BLIND24_ATTRIBUTION_FLOOR: f64 = 0.88;
const BLIND12_GOLD: &str = include_str!("fixtures/blind12/gold.jsonl");
const BLIND12_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/blind12");
/// Blind set 12 (21 articles, 82 claims; security bulletins, verdicts, releases), written during
/// stop 19 and used as that stop's development set (spent): 0.769 and 53/77 on arrival; 0.840
/// and 62/77 at the end.
const BLIND12_STRICT_F1_FLOOR: f64 = 0.82;
const BLIND12_ATTRIBUTION_FLOOR: f64 = 0.78;
const BLIND13_GOLD: &str = include_str!("fixtures/blind13/gold.jsonl");
const BLIND13_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/blind13");
/// Blind set 13 (21 articles, 142 claims; camps, repatriations, displacement, mass graves),
/// written during stop 19 and used as that stop's development set (spent): 0.676 and 106/136 on
/// arrival; 0.764 and 119/136 at the end.
const BLIND13_STRICT_F1_FLOOR: f64 = 0.74;
const BLIND13_ATTRIBUTION_FLOOR: f64 = 0.85;

fn entity_matches(gold: Option<&str>, pred: Option<&rasad_core::model::EntityRef>) -> bool {
    match (gold, pred) {
        (None, None) => true,
        (None, Some(_)) | (Some(_), None) => false,
        (Some(g), Some(p)) => {
            let g = normalize(g.trim());
            let ps: Vec<String> = [p.id.clone().unwrap_or_default(), p.name.clone(), p.text.clone()]
                .iter()
                .map(|s| normalize(s.trim()))
                .filter(|s| !s.is_empty())
                .collect();
            ps.iter().any(|s| *s == g || (s.chars().count() >= 3 && (g.contains(s.as_str()) || s.contains(g.as_str()))))
        }
    }
}

fn value_match(g: &Value, p: &Claim) -> bool {
    let gv = g["value"].as_f64().unwrap_or(f64::NAN);
    let g_vague = g["qualifier"].as_str() == Some("vague");
    (p.quantity.value - gv).abs() < 1e-6 && g_vague == (p.quantity.qualifier == Qualifier::Vague)
}

fn predicate_name(p: &Claim) -> String {
    serde_json::to_value(p.predicate).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}

/// Strict (precision, recall, F1), attribution (ok, of), and the misses, over one set.
struct SetScore {
    f1: f64,
    p: f64,
    r: f64,
    counts: (usize, usize, usize),
    attr: (usize, usize),
    report: String,
}

fn score_set(gold_jsonl: &str, dir: &str) -> SetScore {
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    let (mut attr_ok, mut attr_n) = (0usize, 0usize);
    let mut report = String::new();
    for line in gold_jsonl.lines().filter(|l| !l.trim().is_empty()) {
        let g: Value = serde_json::from_str(line).expect("gold line is JSON");
        let file = g["file"].as_str().expect("file");
        let bytes = std::fs::read(format!("{dir}/{file}")).expect("article exists");
        let doc = rasad_core::analyze(&rasad_core::Input { bytes: &bytes, ..Default::default() }).expect("analyzes");
        let gold = g["quantity_claims"].as_array().cloned().unwrap_or_default();
        // distinct gold keys, as score.py
        let mut keys: Vec<&Value> = Vec::new();
        let mut seen = BTreeSet::new();
        for c in &gold {
            let k = format!("{}|{}|{}|{}", c["value"], c["qualifier"] == "vague", c["predicate"], c["origin"]);
            if seen.insert(k) {
                keys.push(c);
            }
        }
        let mut used = vec![false; doc.claims.len()];
        let mut doc_tp = 0;
        for c in &keys {
            let hit = doc.claims.iter().enumerate().position(|(i, p)| {
                !used[i]
                    && value_match(c, p)
                    && c["predicate"].as_str() == Some(predicate_name(p).as_str())
                    && entity_matches(c["origin"].as_str(), p.origin.as_ref())
            });
            if let Some(i) = hit {
                used[i] = true;
                doc_tp += 1;
            } else {
                report.push_str(&format!("  miss {file}: {} {} {}\n", c["value"], c["predicate"], c["origin"]));
            }
        }
        let pkeys: BTreeSet<String> = doc
            .claims
            .iter()
            .map(|p| {
                let o = p.origin.as_ref().and_then(|o| o.id.clone()).unwrap_or_default();
                format!("{}|{}|{}|{o}", p.quantity.value, p.quantity.qualifier == Qualifier::Vague, predicate_name(p))
            })
            .collect();
        tp += doc_tp;
        fp += pkeys.len().saturating_sub(doc_tp);
        fn_ += keys.len() - doc_tp;
        for c in &gold {
            let wanted: Vec<&str> = [c["speaker"].as_str(), c["cited_source"].as_str()].into_iter().flatten().collect();
            if wanted.is_empty() {
                continue;
            }
            attr_n += 1;
            let ok = doc.claims.iter().filter(|p| value_match(c, p)).any(|p| {
                let a = &p.attribution;
                let refs = [a.speaker.as_ref(), a.cited_source.as_ref(), a.reporting_outlet.as_ref()];
                wanted.iter().all(|w| refs.iter().any(|r| r.is_some() && entity_matches(Some(w), *r)))
            });
            attr_ok += usize::from(ok);
        }
    }
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let r = tp as f64 / (tp + fn_).max(1) as f64;
    let f1 = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    SetScore { f1, p, r, counts: (tp, fp, fn_), attr: (attr_ok, attr_n), report }
}

fn check(name: &str, s: &SetScore, f1_floor: f64, attribution_floor: f64) {
    let (tp, fp, fn_) = s.counts;
    let (attr_ok, attr_n) = s.attr;
    let attribution = attr_ok as f64 / attr_n.max(1) as f64;
    println!(
        "{name} strict: P={:.3} R={:.3} F1={:.3} tp/fp/fn={tp}/{fp}/{fn_} attribution={attr_ok}/{attr_n}\n{}",
        s.p, s.r, s.f1, s.report
    );
    assert!(s.f1 >= f1_floor, "{name}: strict F1 {:.3} below {f1_floor}\n{}", s.f1, s.report);
    assert!(attribution >= attribution_floor, "{name}: attribution {attr_ok}/{attr_n} below {attribution_floor}");
}

#[test]
fn devset_strict_f1_and_attribution_hold() {
    check("devset", &score_set(DEV_GOLD, DEV_DIR), DEV_STRICT_F1_FLOOR, DEV_ATTRIBUTION_FLOOR);
}

#[test]
fn heldout_strict_f1_and_attribution_hold() {
    check("heldout", &score_set(HELD_GOLD, HELD_DIR), HELD_STRICT_F1_FLOOR, HELD_ATTRIBUTION_FLOOR);
}

#[test]
fn blind_sets_do_not_regress() {
    check("blind", &score_set(BLIND_GOLD, BLIND_DIR), BLIND_STRICT_F1_FLOOR, BLIND_ATTRIBUTION_FLOOR);
    check("blind2", &score_set(BLIND2_GOLD, BLIND2_DIR), BLIND2_STRICT_F1_FLOOR, BLIND2_ATTRIBUTION_FLOOR);
    check("blind3", &score_set(BLIND3_GOLD, BLIND3_DIR), BLIND3_STRICT_F1_FLOOR, BLIND3_ATTRIBUTION_FLOOR);
    check("blind4", &score_set(BLIND4_GOLD, BLIND4_DIR), BLIND4_STRICT_F1_FLOOR, BLIND4_ATTRIBUTION_FLOOR);
    check("blind5", &score_set(BLIND5_GOLD, BLIND5_DIR), BLIND5_STRICT_F1_FLOOR, BLIND5_ATTRIBUTION_FLOOR);
    check("blind6", &score_set(BLIND6_GOLD, BLIND6_DIR), BLIND6_STRICT_F1_FLOOR, BLIND6_ATTRIBUTION_FLOOR);
    check("blind7", &score_set(BLIND7_GOLD, BLIND7_DIR), BLIND7_STRICT_F1_FLOOR, BLIND7_ATTRIBUTION_FLOOR);
    check("blind8", &score_set(BLIND8_GOLD, BLIND8_DIR), BLIND8_STRICT_F1_FLOOR, BLIND8_ATTRIBUTION_FLOOR);
    check("blind9", &score_set(BLIND9_GOLD, BLIND9_DIR), BLIND9_STRICT_F1_FLOOR, BLIND9_ATTRIBUTION_FLOOR);
    check("blind10", &score_set(BLIND10_GOLD, BLIND10_DIR), BLIND10_STRICT_F1_FLOOR, BLIND10_ATTRIBUTION_FLOOR);
    check("blind11", &score_set(BLIND11_GOLD, BLIND11_DIR), BLIND11_STRICT_F1_FLOOR, BLIND11_ATTRIBUTION_FLOOR);
    check("blind12", &score_set(BLIND12_GOLD, BLIND12_DIR), BLIND12_STRICT_F1_FLOOR, BLIND12_ATTRIBUTION_FLOOR);
    check("blind13", &score_set(BLIND13_GOLD, BLIND13_DIR), BLIND13_STRICT_F1_FLOOR, BLIND13_ATTRIBUTION_FLOOR);
    check("blind14", &score_set(BLIND14_GOLD, BLIND14_DIR), BLIND14_STRICT_F1_FLOOR, BLIND14_ATTRIBUTION_FLOOR);
    check("blind15", &score_set(BLIND15_GOLD, BLIND15_DIR), BLIND15_STRICT_F1_FLOOR, BLIND15_ATTRIBUTION_FLOOR);
    check("blind16", &score_set(BLIND16_GOLD, BLIND16_DIR), BLIND16_STRICT_F1_FLOOR, BLIND16_ATTRIBUTION_FLOOR);
    check("blind17", &score_set(BLIND17_GOLD, BLIND17_DIR), BLIND17_STRICT_F1_FLOOR, BLIND17_ATTRIBUTION_FLOOR);
    check("blind18", &score_set(BLIND18_GOLD, BLIND18_DIR), BLIND18_STRICT_F1_FLOOR, BLIND18_ATTRIBUTION_FLOOR);
    check("blind19", &score_set(BLIND19_GOLD, BLIND19_DIR), BLIND19_STRICT_F1_FLOOR, BLIND19_ATTRIBUTION_FLOOR);
    check("blind20", &score_set(BLIND20_GOLD, BLIND20_DIR), BLIND20_STRICT_F1_FLOOR, BLIND20_ATTRIBUTION_FLOOR);
    check("blind21", &score_set(BLIND21_GOLD, BLIND21_DIR), BLIND21_STRICT_F1_FLOOR, BLIND21_ATTRIBUTION_FLOOR);
    check("blind22", &score_set(BLIND22_GOLD, BLIND22_DIR), BLIND22_STRICT_F1_FLOOR, BLIND22_ATTRIBUTION_FLOOR);
    check("blind23", &score_set(BLIND23_GOLD, BLIND23_DIR), BLIND23_STRICT_F1_FLOOR, BLIND23_ATTRIBUTION_FLOOR);
    check("blind24", &score_set(BLIND24_GOLD, BLIND24_DIR), BLIND24_STRICT_F1_FLOOR, BLIND24_ATTRIBUTION_FLOOR);
}
