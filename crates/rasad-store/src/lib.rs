//! rasad-store: articles, entities and claims in one tantivy index — durable ingest,
//! search, fact lookup. Core types in, core types out; no gRPC here.
//!
//! # Brief overview
//!
//! [`Store`] is the whole API: [`Store::open`] with [`Options`] (data dir, writer memory,
//! [`Limits`]), then [`Store::ingest`] / [`Store::submit`] / [`Store::ingest_many`],
//! [`Store::get`], [`Store::delete`], [`Store::search`], [`Store::lookup_facts`],
//! [`Store::get_entity`], [`Store::list_entities`], [`Store::stats`]. Every call is
//! blocking and `&self`; share the store in an `Arc` and call it from blocking threads.
//! Every error is a [`StoreError`] whose variant names the gRPC code.
//!
//! # Map (the question each module answers)
//!
//! - [`options`]   What can a caller configure, and what bounds every request?
//! - [`error`]     What can go wrong, as one enum the server maps to status codes.
//! - `datadir`     Who owns the data dir (`LOCK`, fs4), and was it written by this format (`format_version`)?
//! - `schema`      How is a document laid out in tantivy (article + claim docs, one index)?
//! - [`tokenizer`] How does tantivy see Arabic (`rasad_ar` = `rasad_core::analyzer`)?
//! - `record`      How does a [`rasad_core::Document`] become tantivy documents?
//! - `writer`      How are writes made atomic and durable, and batched (group commit)?
//! - `cluster`     Which articles are the same wire story (MinHash LSH over `band` terms)?
//! - `query`       How does user text become a tantivy query (words, phrases, entities)?
//! - `search`      Filters, highlights, sort, pages.
//! - `facets`      Outlet, entity and month counts from fast-field columns.
//! - `page`        Page tokens: opaque, versioned, bound to their query.
//! - `facts`       Claim lookup and estimates ("how many, who says so, do they agree").
//! - `entities`    Entity summaries: names, counts, roles, quotes.
//! - `time`        ISO periods as seconds for ranges and month facets.
//! - `value_ids`   Global ids for facet values, one cached ordinal map per segment.
//! - `warm`        After open: facet maps built and index files read ahead in the background.
//!
//! # Invariants
//!
//! - **Durable when acknowledged.** `ingest`/`delete` return only after the commit that
//!   holds them is fsync'd (segment files, `meta.json`, and the index directory).
//! - **Atomic per document.** An article and its claims share one commit; `meta.json` is
//!   replaced atomically, so after `kill -9` a document is visible whole or not at all.
//! - **Idempotent by id.** Same id and content hash → `Unchanged`, nothing written; new
//!   content → `Replaced`, old claims deleted in the same commit.
//! - **One analyzer.** Index and query terms both come from `rasad_core::analyzer`.
//! - **Bounded requests.** Page size, query terms, filter lists, result window, fact scan
//!   are capped by [`Limits`]; client input never panics.
//!
//! # Choices
//!
//! - *Page tokens* carry an offset plus a hash of the normalized request; a token used
//!   with another request is `InvalidArgument`. Ties are broken by a hash of the document
//!   id (stable across commits and merges, unlike tantivy doc addresses), so between
//!   unchanged snapshots pages never overlap or skip; concurrent ingests may shift later
//!   pages (as in most search engines' offset paging).
//! - *Independent sources* of an estimate: each claim's source is its cited source (by id,
//!   else its folded name) when the article cites one, else its syndication cluster.
//!   Two outlets quoting the same VOA report are one source; two syndicated copies of one
//!   wire story are one source; two independent reports are two.
//! - *Clusters*: MinHash 64 slots, 16 LSH bands, join at estimated Jaccard ≥ 0.5.

pub mod error;
pub mod options;
pub mod tokenizer;
pub mod types;

mod cluster;
mod datadir;
mod entities;
mod facets;
mod facts;
mod page;
mod query;
mod read;
mod record;
mod schema;
mod search;
mod store;
mod time;
mod value_ids;
mod warm;
mod writer;

/// Entry points for the fuzz targets in `fuzz/` (page tokens and query parsing take
/// client text, so they are fuzzed directly, without an index). Not part of the API.
#[doc(hidden)]
pub mod fuzzing {
    pub use crate::page::{Cursor, decode as decode_page_token, encode as encode_page_token};
    pub use crate::query::{Clause, Parsed, parse as parse_query};
}

pub use datadir::FORMAT_VERSION;
pub use error::{Result, StoreError};
pub use options::{Limits, Options};
pub use store::{PendingIngest, Store};
pub use types::*;
pub use warm::WarmReport;
