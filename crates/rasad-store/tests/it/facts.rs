//! LookupFacts: filters by role, predicate, time, value; sort; estimates and independent
//! sources.

use crate::common::{ClaimSpec, add_claim, analyze, corpus, fixture, kz, loaded, open};
use rasad_core::{Predicate, SubjectClass};
use rasad_store::{EntityFilter, EntityRole, FactQuery, FactResponse, FactSort, Store, StoreError};

fn lookup(store: &Store, q: &FactQuery) -> FactResponse {
    store.lookup_facts(q).unwrap_or_else(|e| panic!("{q:?}: {e}"))
}

fn origin(ids: &[&str]) -> Vec<EntityFilter> {
    vec![EntityFilter { role: EntityRole::Origin, ids: ids.iter().map(|s| (*s).to_owned()).collect() }]
}

#[test]
fn central_asians_who_joined_come_with_sources_and_an_estimate() {
    let dir = tempfile::tempdir().unwrap();
    let store = loaded(dir.path());
    let r = lookup(
        &store,
        &FactQuery {
            entities: origin(&["central_asia", "KZ"]),
            predicates: vec![Predicate::Joined],
            estimates: true,
            ..FactQuery::default()
        },
    );
    assert_eq!(r.total, 2);
    let docs: Vec<&str> = r.claims.iter().map(|c| c.document_id.as_str()).collect();
    assert_eq!(docs, ["ca-ministry", "ca-voa"], "newest first");
    let voa = &r.claims[1];
    assert_eq!(voa.claim.attribution.cited_source.as_ref().and_then(|c| c.id.as_deref()), Some("voa"));
    assert_eq!(voa.outlet.as_ref().and_then(|o| o.id.as_deref()), Some("youm7"));
    assert_eq!(voa.claim.evidence.span.slice(&store.get("ca-voa").unwrap().document.text), voa.claim.evidence.text);
    assert_eq!(r.estimates.len(), 1);
    let e = &r.estimates[0];
    assert_eq!(e.key.origin.as_deref(), Some("central_asia"));
    assert_eq!(e.key.organization.as_deref(), Some("isis"));
    assert_eq!(e.key.subject_class, SubjectClass::Fighter);
    assert_eq!((e.min, e.max), (3000.0, 4000.0));
    assert_eq!(e.latest.document_id, "ca-ministry");
    assert_eq!(e.claims.len(), 2);
    assert_eq!(e.independent_sources, 2, "{:?}", e.sources);
}

#[test]
fn syndicated_copy_does_not_raise_independent_sources() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let mut docs = corpus().into_iter();
    let (id, original) = docs.next().unwrap();
    let (copy_id, copy) = docs.next().unwrap();
    let q = FactQuery {
        entities: origin(&["KZ"]),
        predicates: vec![Predicate::Returned],
        estimates: true,
        ..FactQuery::default()
    };
    let a = store.ingest(original, Some(&id)).unwrap();
    let before = lookup(&store, &q.clone());
    let b = store.ingest(copy, Some(&copy_id)).unwrap();
    assert_eq!(a.cluster_id, b.cluster_id, "the copy joins the original's cluster");
    let after = lookup(&store, &q.clone());
    let est = |r: &FactResponse| {
        r.estimates.iter().find(|e| e.key.subject_class == SubjectClass::Person).cloned().expect("an estimate")
    };
    assert_eq!(est(&after).claims.len(), 2 * est(&before).claims.len());
    assert_eq!(est(&after).documents, 2);
    assert_eq!(est(&after).clusters, 1);
    assert_eq!(est(&after).independent_sources, est(&before).independent_sources);
    assert_eq!(est(&after).independent_sources, 1);

    // An independent report of the same quantity does count.
    let mut other = analyze(&fixture("europe_fighters.txt"), "bbc_arabic", "2023-06-01");
    add_claim(
        &mut other,
        ClaimSpec {
            value: 40.0,
            number_text: "بنحو 1500",
            class: SubjectClass::Person,
            predicate: Predicate::Returned,
            origin: Some(kz()),
            ..ClaimSpec::default()
        },
    );
    let c = store.ingest(other, Some("independent")).unwrap();
    assert_ne!(c.cluster_id, a.cluster_id);
    assert_eq!(est(&lookup(&store, &q)).independent_sources, 2);
}

#[test]
fn role_value_and_time_filters() {
    let dir = tempfile::tempdir().unwrap();
    let store = loaded(dir.path());
    let total = |q: FactQuery| lookup(&store, &q).total;
    let cited = vec![EntityFilter { role: EntityRole::CitedSource, ids: vec!["voa".into()] }];
    assert_eq!(total(FactQuery { entities: cited, ..FactQuery::default() }), 1);
    let any_kz = vec![EntityFilter { role: EntityRole::Any, ids: vec!["KZ".into()] }];
    assert_eq!(total(FactQuery { entities: any_kz, ..FactQuery::default() }), 4);
    let org = vec![EntityFilter { role: EntityRole::Organization, ids: vec!["isis".into()] }];
    assert_eq!(total(FactQuery { entities: org, ..FactQuery::default() }), 2);
    assert_eq!(total(FactQuery { value_min: Some(3500.0), ..FactQuery::default() }), 1);
    assert_eq!(total(FactQuery { value_min: Some(100.0), value_max: Some(1500.0), ..FactQuery::default() }), 3);
    // Claim time is the stated time (`منذ عام 2012`), else the publication date.
    assert_eq!(total(FactQuery { time_to: Some("2012".into()), ..FactQuery::default() }), 1);
    assert_eq!(total(FactQuery { time_from: Some("2023-05".into()), ..FactQuery::default() }), 2);
    assert_eq!(total(FactQuery { subject_classes: vec![SubjectClass::Returnee], ..FactQuery::default() }), 1);
    assert_eq!(total(FactQuery { outlets: vec!["youm7".into()], ..FactQuery::default() }), 3);
    assert_eq!(total(FactQuery { document_ids: vec!["europe".into()], ..FactQuery::default() }), 1);
}

#[test]
fn sorts_and_pages() {
    let dir = tempfile::tempdir().unwrap();
    let store = loaded(dir.path());
    let values = |sort| -> Vec<f64> {
        lookup(&store, &FactQuery { sort, ..FactQuery::default() })
            .claims
            .iter()
            .map(|c| c.claim.quantity.value)
            .collect()
    };
    assert_eq!(values(FactSort::ValueDesc), [4000.0, 3000.0, 1500.0, 600.0, 600.0, 47.0, 47.0]);
    assert_eq!(values(FactSort::ValueAsc), [47.0, 47.0, 600.0, 600.0, 1500.0, 3000.0, 4000.0]);
    for estimates in [false, true] {
        let mut q = FactQuery { page_size: 3, estimates, ..FactQuery::default() };
        let mut seen = Vec::new();
        loop {
            let r = lookup(&store, &q.clone());
            seen.extend(r.claims.iter().map(|c| c.claim_id.clone()));
            match r.next_page_token {
                Some(t) => q.page_token = Some(t),
                None => break,
            }
        }
        let mut d = seen.clone();
        d.sort();
        d.dedup();
        assert_eq!((seen.len(), d.len()), (7, 7), "estimates={estimates}: {seen:?}");
    }
}

#[test]
fn malformed_fact_queries_are_invalid_argument() {
    let dir = tempfile::tempdir().unwrap();
    let store = loaded(dir.path());
    let bad = [
        (FactQuery { value_min: Some(f64::NAN), ..FactQuery::default() }, "value_min"),
        (FactQuery { value_min: Some(10.0), value_max: Some(1.0), ..FactQuery::default() }, "value_max"),
        (FactQuery { time_from: Some("yesterday".into()), ..FactQuery::default() }, "time_from"),
        (FactQuery { page_size: 1_000_000, ..FactQuery::default() }, "page_size"),
        (FactQuery { page_token: Some("garbage".into()), ..FactQuery::default() }, "page_token"),
        (FactQuery { document_ids: vec!["x".into(); 10_000], ..FactQuery::default() }, "document_ids"),
    ];
    for (q, field) in bad {
        match store.lookup_facts(&q) {
            Err(StoreError::InvalidArgument { field: f, .. }) => assert_eq!(f, field),
            other => panic!("{field}: {other:?}"),
        }
    }
}

#[test]
fn estimate_keeps_every_claim_id_but_only_the_newest_whole_claims() {
    let dir = tempfile::tempdir().unwrap();
    let mut options = rasad_store::Options::new(dir.path());
    options.limits.max_estimate_claims = 1;
    let store = Store::open(options).unwrap();
    for (id, doc) in corpus() {
        store.ingest(doc, Some(&id)).unwrap();
    }
    let r = lookup(
        &store,
        &FactQuery {
            entities: origin(&["central_asia", "KZ"]),
            predicates: vec![Predicate::Joined],
            estimates: true,
            ..FactQuery::default()
        },
    );
    let e = &r.estimates[0];
    assert_eq!(e.claim_ids, ["ca-ministry#0", "ca-voa#0"], "every id, newest first");
    assert_eq!(e.claims.len(), 1, "whole claims are capped");
    assert_eq!(e.claims[0], e.latest);
    assert_eq!((e.min, e.max, e.independent_sources), (3000.0, 4000.0, 2), "min/max/sources span all claims");
}

#[test]
fn estimates_are_capped_to_the_largest_groups_and_all_groups_are_counted() {
    let dir = tempfile::tempdir().unwrap();
    let all = {
        let store = crate::common::loaded(dir.path());
        lookup(&store, &FactQuery { estimates: true, ..FactQuery::default() })
    };
    assert!(all.estimates.len() >= 3, "the fixtures form several groups: {}", all.estimates.len());
    assert_eq!(all.estimate_groups, all.estimates.len());
    let mut options = rasad_store::Options::new(dir.path());
    options.limits.max_estimates = 2;
    let store = Store::open(options).unwrap();
    let capped = lookup(&store, &FactQuery { estimates: true, ..FactQuery::default() });
    assert_eq!(capped.estimate_groups, all.estimate_groups, "every group counted");
    assert_eq!(capped.estimates, all.estimates[..2], "the two largest, in the same order");
    assert!(capped.estimates[0].claim_ids.len() >= capped.estimates[1].claim_ids.len());
}
