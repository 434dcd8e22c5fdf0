//! The tantivy schema: one index, two kinds of tantivy document.
//!
//! An *article* (`kind = a`) carries the searchable text, the filters and facets, the LSH
//! band keys and the whole [`rasad_core::Document`] as JSON. A *claim* (`kind = c`) carries
//! one claim's filter fields and a [`crate::facts::FactRecord`] as JSON. Both carry
//! `doc_id`, so one `delete_term(doc_id)` removes an article with all its claims, and one
//! commit adds them together (atomic).

use crate::tokenizer::{RasadTokenizer, TOKENIZER_NAME};
use tantivy::Index;
use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};

/// `kind` of an article.
pub const KIND_ARTICLE: &str = "a";
/// `kind` of a claim.
pub const KIND_CLAIM: &str = "c";

/// Field handles, resolved once.
#[derive(Clone, Debug)]
pub struct Fields {
    pub kind: Field,
    pub doc_id: Field,
    pub id_hash: Field,
    pub content_hash: Field,
    pub title: Field,
    pub body: Field,
    pub outlet: Field,
    pub published: Field,
    pub entity: Field,
    pub entity_typed: Field,
    pub has_claims: Field,
    pub band: Field,
    pub cluster: Field,
    pub signature: Field,
    pub json: Field,
    pub text: Field,
    pub hit: Field,
    pub c_group: Field,
    pub c_source: Field,
    pub c_upper: Field,
    pub c_index: Field,
    pub c_origin: Field,
    pub c_org: Field,
    pub c_loc: Field,
    pub c_speaker: Field,
    pub c_cited: Field,
    pub c_any: Field,
    pub predicate: Field,
    pub subject: Field,
    pub c_time: Field,
    pub c_value: Field,
}

/// Builds the schema and its field handles.
#[must_use]
pub fn build() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let text = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(TOKENIZER_NAME)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    );
    let fields = Fields {
        kind: b.add_text_field("kind", STRING),
        doc_id: b.add_text_field("doc_id", STRING | STORED | FAST),
        id_hash: b.add_u64_field("id_hash", FAST),
        // Read back (stored) for the unchanged/replaced test, never searched: indexing it
        // added a unique 64-byte term per article to the term dictionary for nothing.
        content_hash: b.add_text_field("content_hash", STORED),
        title: b.add_text_field("title", text.clone()),
        body: b.add_text_field("body", text),
        outlet: b.add_text_field("outlet", STRING | FAST),
        published: b.add_i64_field("published", INDEXED | FAST),
        entity: b.add_text_field("entity", STRING | FAST),
        entity_typed: b.add_text_field("entity_typed", STRING),
        has_claims: b.add_u64_field("has_claims", INDEXED),
        band: b.add_u64_field("band", INDEXED),
        // Read from the column (estimates, candidates) and stored (hits); never a term query.
        cluster: b.add_text_field("cluster", STORED | FAST),
        signature: b.add_bytes_field("signature", FAST),
        // JSON records are stored as text, not bytes: tantivy (0.25) writes and reads a
        // stored bytes value one byte at a time, a string with one copy.
        json: b.add_text_field("json", STORED),
        // The article text and a small hit record, stored apart from the document JSON so
        // a search hit (title, date, snippets) never parses the whole analyzed document.
        text: b.add_text_field("text", STORED),
        hit: b.add_text_field("hit", STORED),
        // Estimate inputs as columns: grouping thousands of claims reads no stored docs.
        // Columns only: never a term query, and each indexed field costs every commit a
        // term dictionary of its own (c_group's keys are long JSON strings).
        c_group: b.add_text_field("c_group", FAST),
        c_source: b.add_text_field("c_source", FAST),
        c_upper: b.add_f64_field("c_upper", FAST),
        c_index: b.add_u64_field("c_index", FAST),
        c_origin: b.add_text_field("c_origin", STRING),
        c_org: b.add_text_field("c_org", STRING),
        c_loc: b.add_text_field("c_loc", STRING),
        c_speaker: b.add_text_field("c_speaker", STRING),
        c_cited: b.add_text_field("c_cited", STRING),
        c_any: b.add_text_field("c_any", STRING),
        predicate: b.add_text_field("predicate", STRING),
        subject: b.add_text_field("subject", STRING),
        c_time: b.add_i64_field("c_time", INDEXED | FAST),
        c_value: b.add_f64_field("c_value", INDEXED | FAST),
    };
    (b.build(), fields)
}

/// Registers `rasad_ar` on an index (needed after every open: tokenizers are not persisted).
pub fn register_tokenizer(index: &Index) {
    index.tokenizers().register(TOKENIZER_NAME, RasadTokenizer);
}
