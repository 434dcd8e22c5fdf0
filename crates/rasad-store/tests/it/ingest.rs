//! Ingest: idempotence, replace, delete, durability, lock, format version.

use crate::common::{corpus, fixture, loaded, open};
use rasad_store::{FactQuery, IngestStatus, Options, Store, StoreError};

#[test]
fn ingest_then_same_content_is_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let (id, doc) = corpus().remove(0);
    let first = store.ingest(doc.clone(), Some(&id)).unwrap();
    assert_eq!(first.status, IngestStatus::Created);
    assert_eq!(first.id, id);
    let again = store.ingest(doc, Some(&id)).unwrap();
    assert_eq!(again.status, IngestStatus::Unchanged);
    assert_eq!(again.cluster_id, first.cluster_id);
    assert_eq!(store.stats().unwrap().documents, 1);
    assert_eq!(store.stats().unwrap().claims, 2);
}

#[test]
fn content_hash_is_the_default_id() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let (_, doc) = corpus().remove(0);
    let hash = doc.content_hash.clone();
    let out = store.ingest(doc.clone(), None).unwrap();
    assert_eq!(out.id, hash);
    assert_eq!(store.ingest(doc, None).unwrap().status, IngestStatus::Unchanged);
    assert_eq!(store.get(&hash).unwrap().document.content_hash, hash);
}

#[test]
fn new_content_under_same_id_replaces_and_drops_old_claims() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let mut docs = corpus();
    let (_, kz) = docs.remove(0);
    let hospital = docs.pop().unwrap().1;
    store.ingest(kz, Some("x")).unwrap();
    assert_eq!(facts_of(&store, "x"), 2);
    let out = store.ingest(hospital.clone(), Some("x")).unwrap();
    assert_eq!(out.status, IngestStatus::Replaced);
    assert_eq!(facts_of(&store, "x"), 0, "old claims are gone");
    assert_eq!(store.get("x").unwrap().document, hospital);
    assert_eq!(store.stats().unwrap().documents, 1);
}

fn facts_of(store: &Store, id: &str) -> u64 {
    store.lookup_facts(&FactQuery { document_ids: vec![id.to_owned()], ..FactQuery::default() }).unwrap().total
}

#[test]
fn delete_removes_document_and_claims() {
    let dir = tempfile::tempdir().unwrap();
    let store = loaded(dir.path());
    assert_eq!(facts_of(&store, "ca-voa"), 1);
    store.delete("ca-voa").unwrap();
    assert!(matches!(store.get("ca-voa"), Err(StoreError::NotFound { .. })));
    assert_eq!(facts_of(&store, "ca-voa"), 0);
    assert!(matches!(store.delete("ca-voa"), Err(StoreError::NotFound { .. })));
}

#[test]
fn get_returns_the_document_whole() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let (id, doc) = corpus().remove(2);
    store.ingest(doc.clone(), Some(&id)).unwrap();
    let got = store.get(&id).unwrap();
    assert_eq!(got.document, doc);
    assert_eq!(got.id, id);
    assert!(matches!(store.get("nope"), Err(StoreError::NotFound { .. })));
}

#[test]
fn bad_documents_fail_alone() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let mut docs = corpus();
    let good = docs.remove(0).1;
    let empty = rasad_core::Document::default();
    let results = store.ingest_many(vec![
        (good.clone(), Some("ok-1".to_owned())),
        (empty, Some("empty".to_owned())),
        (good.clone(), Some(" padded".to_owned())),
        (good.clone(), Some("x".repeat(1000))),
        (docs.remove(0).1, Some("ok-2".to_owned())),
    ]);
    assert_eq!(results.len(), 5);
    assert!(results[0].is_ok());
    assert!(matches!(results[1], Err(StoreError::InvalidArgument { field: "document", .. })), "{:?}", results[1]);
    assert!(matches!(results[2], Err(StoreError::InvalidArgument { field: "id", .. })));
    assert!(matches!(results[3], Err(StoreError::InvalidArgument { field: "id", .. })));
    assert_eq!(results[4].as_ref().unwrap().id, "ok-2");
    assert_eq!(store.stats().unwrap().documents, 2);
}

#[test]
fn oversized_document_is_resource_exhausted() {
    let dir = tempfile::tempdir().unwrap();
    let mut opts = Options::new(dir.path());
    opts.limits.max_document_bytes = 100;
    let store = Store::open(opts).unwrap();
    let doc = corpus().remove(0).1;
    assert!(matches!(store.ingest(doc, None), Err(StoreError::ResourceExhausted { .. })));
}

#[test]
fn concurrent_ingests_all_land() {
    let dir = tempfile::tempdir().unwrap();
    let store = std::sync::Arc::new(open(dir.path()));
    let base = fixture("hospital.txt");
    let threads: Vec<_> = (0..8)
        .map(|t| {
            let store = store.clone();
            let base = base.clone();
            std::thread::spawn(move || {
                for i in 0..25 {
                    let text = format!("{base}\nرقم {t} {i}");
                    let doc = crate::common::analyze(&text, "sana", "2022-01-05");
                    let out = store.ingest(doc, Some(&format!("t{t}-{i}"))).unwrap();
                    assert_eq!(out.status, IngestStatus::Created);
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    assert_eq!(store.stats().unwrap().documents, 200);
    for t in 0..8 {
        for i in 0..25 {
            store.get(&format!("t{t}-{i}")).unwrap();
        }
    }
}

#[test]
fn second_open_is_locked() {
    let dir = tempfile::tempdir().unwrap();
    let _store = open(dir.path());
    let err = Store::open(Options::new(dir.path())).unwrap_err();
    assert!(matches!(err, StoreError::Locked { .. }), "{err:?}");
    assert!(err.to_string().contains("locked by another process"));
}

#[test]
fn reopen_keeps_documents_and_lock_is_released() {
    let dir = tempfile::tempdir().unwrap();
    {
        let _store = loaded(dir.path());
    }
    let store = open(dir.path());
    assert_eq!(store.stats().unwrap().documents, corpus().len() as u64);
    assert_eq!(store.ingest(corpus().remove(0).1, Some("kz-repatriation")).unwrap().status, IngestStatus::Unchanged);
}

#[test]
fn format_version_mismatch_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    drop(open(dir.path()));
    std::fs::write(dir.path().join("format_version"), "999\n").unwrap();
    let err = Store::open(Options::new(dir.path())).unwrap_err();
    assert!(matches!(err, StoreError::FormatVersion { expected: rasad_store::FORMAT_VERSION, .. }), "{err:?}");
}

#[test]
fn index_of_an_older_format_is_refused_naming_both_versions() {
    let dir = tempfile::tempdir().unwrap();
    drop(open(dir.path()));
    std::fs::write(dir.path().join("format_version"), "1\n").unwrap();
    let err = Store::open(Options::new(dir.path())).unwrap_err();
    assert!(matches!(&err, StoreError::FormatVersion { found, .. } if found == "1"), "{err:?}");
    let msg = err.to_string();
    assert!(msg.contains('1') && msg.contains(&rasad_store::FORMAT_VERSION.to_string()), "{msg}");
}
