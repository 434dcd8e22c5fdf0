//! Small helpers over a searcher: find an article by id, read stored fields.

use crate::error::{Result, StoreError};
use crate::schema::{Fields, KIND_ARTICLE};
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption, Value};
use tantivy::{DocAddress, Searcher, TantivyDocument, Term};

/// A `kind = a|c` filter.
#[must_use]
pub fn kind_query(f: &Fields, kind: &str) -> Box<dyn Query> {
    term_query(f.kind, kind)
}

/// An exact term of a raw (`STRING`) field.
#[must_use]
pub fn term_query(field: Field, value: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(Term::from_field_text(field, value), IndexRecordOption::Basic))
}

/// Any of `values` in a raw field (empty → `None`).
#[must_use]
pub fn any_term_query(field: Field, values: &[String]) -> Option<Box<dyn Query>> {
    match values {
        [] => None,
        [one] => Some(term_query(field, one)),
        many => Some(Box::new(BooleanQuery::new(many.iter().map(|v| (Occur::Should, term_query(field, v))).collect()))),
    }
}

/// The article with this id, if any.
///
/// # Errors
/// tantivy errors.
pub fn find_article(searcher: &Searcher, f: &Fields, id: &str) -> Result<Option<(DocAddress, TantivyDocument)>> {
    // Every ingest asks, and most ids are new: one term dictionary probe per segment
    // settles those without building a query, weights and scorers.
    if searcher.doc_freq(&Term::from_field_text(f.doc_id, id))? == 0 {
        return Ok(None);
    }
    let q =
        BooleanQuery::new(vec![(Occur::Must, term_query(f.doc_id, id)), (Occur::Must, kind_query(f, KIND_ARTICLE))]);
    let top = searcher.search(&q, &TopDocs::with_limit(1))?;
    match top.first() {
        Some(&(_, addr)) => Ok(Some((addr, searcher.doc(addr)?))),
        None => Ok(None),
    }
}

/// The first stored string of a field ("" when absent).
#[must_use]
pub fn stored_str(doc: &TantivyDocument, field: Field) -> String {
    doc.get_first(field).and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}

/// The stored [`rasad_core::Document`] of an article.
///
/// # Errors
/// [`StoreError::Corrupt`].
pub fn stored_document(doc: &TantivyDocument, f: &Fields) -> Result<rasad_core::Document> {
    let text = doc.get_first(f.text).and_then(|v| v.as_str()).unwrap_or_default();
    stored_json::<crate::record::Compact>(doc, f).map(|c| c.restore_with(text))
}

/// Decodes the stored JSON record of a tantivy document.
///
/// # Errors
/// [`StoreError::Corrupt`].
pub fn stored_json<T: serde::de::DeserializeOwned>(doc: &TantivyDocument, f: &Fields) -> Result<T> {
    stored_record_json(doc, f.json)
}

/// Decodes a stored JSON record field.
///
/// # Errors
/// [`StoreError::Corrupt`].
pub fn stored_record_json<T: serde::de::DeserializeOwned>(doc: &TantivyDocument, field: Field) -> Result<T> {
    let Some(v) = doc.get_first(field) else { return Err(StoreError::Corrupt("record without json".to_owned())) };
    let text = v.as_str().unwrap_or_default();
    serde_json::from_str(text).map_err(|e| StoreError::Corrupt(e.to_string()))
}
