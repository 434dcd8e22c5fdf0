//! Search recall through the store (issue 4): spelling and inflection variants find each
//! other. Documents are analyzed by the core only (no hand tagging), so these rows pass on
//! the strength of the analyzer's stemmer, variant table and the gazetteer.

use crate::common::{analyze, open};
use rasad_store::SearchRequest;

/// (document id, text): each names one variant, in otherwise unrelated sentences.
const DOCS: [(&str, &str); 9] = [
    ("kz-1", "التقى الوزير الكازاخي نظيره في العاصمة لبحث التعاون التجاري."),
    ("kz-2", "أعلنت الحكومة الكازاخية خطة جديدة لدعم المزارعين هذا الموسم."),
    ("kz-3", "فازت لاعبة كازاخية بالميدالية الذهبية في بطولة الشطرنج."),
    ("kz-4", "استقبل المطار وفدا من السياح والكازاخيين القادمين للمهرجان."),
    ("f-1", "قالت مصادر إن مقاتلين عبروا الحدود ليلا."),
    ("f-2", "أكد البيان أن والمقاتلون غادروا المدينة بعد الاتفاق."),
    ("e-1", "تستعد اوروبا لموسم سياحي مزدحم."),
    ("e-2", "ارتفعت أسعار الغاز في أوربا خلال الشتاء."),
    ("d-1", "بلغ عدد الزوار 2021 زائرا في اليوم الأول."),
];

/// (query, a document it must find).
const ROWS: [(&str, &str); 17] = [
    ("الكازاخي", "kz-2"),
    ("الكازاخي", "kz-3"),
    ("الكازاخي", "kz-4"),
    ("الكازاخية", "kz-1"),
    ("الكازاخية", "kz-3"),
    ("الكازاخية", "kz-4"),
    ("كازاخية", "kz-1"),
    ("كازاخية", "kz-2"),
    ("كازاخية", "kz-4"),
    ("والكازاخيين", "kz-1"),
    ("والكازاخيين", "kz-2"),
    ("والكازاخيين", "kz-3"),
    ("المقاتلين", "f-1"),
    ("المقاتلين", "f-2"),
    ("أوروبا", "e-1"),
    ("أوروبا", "e-2"),
    ("٢٠٢١", "d-1"),
];

#[test]
fn variants_find_each_other() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    for (id, text) in DOCS {
        store.ingest(analyze(&format!("خبر\n\n{text}"), "sana", "2024-01-01"), Some(id)).unwrap();
    }
    let mut failed = Vec::new();
    for (query, want) in ROWS {
        let r = store.search(&SearchRequest { query: query.to_owned(), page_size: 20, ..Default::default() }).unwrap();
        if !r.hits.iter().any(|h| h.id == want) {
            failed.push(format!("{query} ↛ {want} (got {:?})", r.hits.iter().map(|h| &h.id).collect::<Vec<_>>()));
        }
    }
    assert!(failed.is_empty(), "recall rows failing:\n{}", failed.join("\n"));
}
