//! GetEntity / ListEntities: names, kind, counts, a person's roles and quotes.

use crate::common::{analyze, eref, fixture, loaded, sentence, tag};
use rasad_core::{EntityKind, RoleFact, Statement, TextSpan};
use rasad_store::{EntityListRequest, Store, StoreError};

fn with_person(dir: &std::path::Path) -> Store {
    let store = loaded(dir);
    let mut d = analyze(&fixture("tokayev_statement.txt"), "youm7", "2023-06-02");
    tag(&mut d, "tokayev", EntityKind::Person, "قاسم جومارت توكاييف", &["قاسم جومارت توكاييف", "توكاييف"]);
    let person = eref("tokayev", EntityKind::Person, "قاسم جومارت توكاييف");
    let evidence = sentence(&d, "الرئيس الكازاخي");
    d.roles.push(RoleFact {
        person: person.clone(), role: "الرئيس الكازاخي".into(), evidence: evidence.clone()
    });
    let at = d.text.find("بلاده لن تترك").unwrap();
    let content = TextSpan::of(&d.text, rasad_core::Span::new(at, evidence.span.end));
    d.statements.push(Statement { speaker: person, verb: "قال".into(), content, evidence });
    store.ingest(d, Some("tokayev-statement")).unwrap();
    store
}

#[test]
fn country_counts_documents_and_claims() {
    let dir = tempfile::tempdir().unwrap();
    let store = loaded(dir.path());
    let kz = store.get_entity("KZ").unwrap();
    assert_eq!(kz.kind, EntityKind::Country);
    assert_eq!(kz.document_count, 5, "kz ×2, ca-voa, ca-ministry, europe");
    assert_eq!(kz.claim_count, 4);
    assert!(!kz.name_ar.is_empty());
}

#[test]
fn person_has_roles_and_quotes() {
    let dir = tempfile::tempdir().unwrap();
    let store = with_person(dir.path());
    let p = store.get_entity("tokayev").unwrap();
    assert_eq!(p.kind, EntityKind::Person);
    assert_eq!(p.name_ar, "قاسم جومارت توكاييف");
    assert_eq!(p.document_count, 1);
    let roles: Vec<&str> = p.roles.iter().map(|r| r.role.as_str()).collect();
    assert_eq!(roles, ["الرئيس الكازاخي"]);
    assert_eq!(p.quoted_in.len(), 1);
    assert_eq!(p.quoted_in[0].document_id, "tokayev-statement");
    assert!(p.quoted_in[0].content.text.starts_with("بلاده لن تترك"));
}

#[test]
fn unknown_entity_is_not_found() {
    let dir = tempfile::tempdir().unwrap();
    let store = loaded(dir.path());
    assert!(matches!(store.get_entity("no_such_entity"), Err(StoreError::NotFound { .. })));
    assert!(matches!(store.get_entity(""), Err(StoreError::InvalidArgument { .. })));
}

#[test]
fn listing_pages_through_every_entity_once() {
    let dir = tempfile::tempdir().unwrap();
    let store = with_person(dir.path());
    let mut req = EntityListRequest { page_size: 2, ..EntityListRequest::default() };
    let mut seen = Vec::new();
    loop {
        let page = store.list_entities(&req).unwrap();
        assert!(page.entities.len() <= 2);
        seen.extend(page.entities.iter().map(|e| e.id.clone()));
        match page.next_page_token {
            Some(t) => req.page_token = Some(t),
            None => break,
        }
    }
    for id in ["KZ", "isis", "central_asia", "tokayev", "europe"] {
        assert!(seen.iter().any(|s| s == id), "{id} not listed: {seen:?}");
    }
    let mut d = seen.clone();
    d.sort();
    d.dedup();
    assert_eq!(d.len(), seen.len(), "{seen:?}");
    let persons = store
        .list_entities(&EntityListRequest { kind: Some(EntityKind::Person), page_size: 50, ..Default::default() })
        .unwrap();
    assert!(persons.entities.iter().any(|e| e.id == "tokayev"));
    assert!(persons.entities.iter().all(|e| e.kind == EntityKind::Person));
    let bad = store.list_entities(&EntityListRequest { page_token: Some("xyz".into()), ..Default::default() });
    assert!(matches!(bad, Err(StoreError::InvalidArgument { field: "page_token", .. })));
}
