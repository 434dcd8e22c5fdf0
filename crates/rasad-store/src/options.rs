//! What the server passes to [`crate::Store::open`]: where, how much memory, and the
//! per-request bounds.

use std::path::PathBuf;

/// How to open a store.
#[derive(Clone, Debug)]
pub struct Options {
    /// The data directory (created if missing). Holds `LOCK`, `format_version`, `index/`.
    pub data_dir: PathBuf,
    /// tantivy writer memory budget in bytes (at least 15 MB; tantivy's floor).
    pub writer_memory_bytes: usize,
    /// tantivy indexing threads. One is enough: commits, not tokenizing, bound ingest.
    pub writer_threads: usize,
    /// Capacity of the ingest queue: when full, `ingest`/`submit` block (back-pressure).
    pub queue_capacity: usize,
    /// Most operations folded into one commit.
    pub max_batch: usize,
    /// How long a batch that already has concurrent ops waits for more before committing
    /// (a lone writer never waits). Trades a few ms of latency for fewer, larger commits.
    pub commit_linger: std::time::Duration,
    /// Bytes of index files read in the background after open, so that first queries
    /// after a restart hit the page cache (hottest files first; 0 = no warming).
    pub warm_bytes: u64,
    /// Per-request bounds.
    pub limits: Limits,
}

impl Options {
    /// Defaults for `data_dir`.
    #[must_use]
    pub fn new(data_dir: impl Into<PathBuf>) -> Self {
        Self {
            data_dir: data_dir.into(),
            writer_memory_bytes: 64 << 20,
            writer_threads: 1,
            queue_capacity: 1024,
            max_batch: 2048,
            commit_linger: std::time::Duration::from_millis(3),
            warm_bytes: 4 << 30,
            limits: Limits::default(),
        }
    }
}

/// Bounds on every per-request allocation. Requests past a bound get
/// `InvalidArgument` (client asked for too much) or `ResourceExhausted` (input too large).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Largest `page_size` a client may ask for.
    pub max_page_size: usize,
    /// `page_size` when the client gives 0.
    pub default_page_size: usize,
    /// Most analyzed terms (phrase words included) in a search query.
    pub max_query_terms: usize,
    /// Longest query string, bytes.
    pub max_query_bytes: usize,
    /// Most values in one filter list (outlets, entity ids, document ids).
    pub max_filter_values: usize,
    /// Largest `Document::text`, bytes.
    pub max_document_bytes: usize,
    /// Most claims in one document.
    pub max_claims_per_document: usize,
    /// Longest client document id, bytes.
    pub max_id_bytes: usize,
    /// Most claims a fact lookup reads to build estimates; past it, `truncated` is set.
    pub max_fact_scan: usize,
    /// Most whole claims an estimate carries (`Estimate::claims`); the ids of all are in
    /// `Estimate::claim_ids`. Bounds the stored documents one lookup decodes.
    pub max_estimate_claims: usize,
    /// Most estimates (groups, largest first) a fact lookup returns; the number of all
    /// groups is in `FactResponse::estimate_groups`.
    pub max_estimates: usize,
    /// Most values per facet.
    pub max_facet_values: usize,
    /// Most documents read to collect a person's roles and quotes.
    pub max_entity_documents: usize,
    /// Deepest page offset (`page_size × pages`) a search may reach.
    pub max_result_window: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_page_size: 100,
            default_page_size: 10,
            max_query_terms: 64,
            max_query_bytes: 4096,
            max_filter_values: 256,
            max_document_bytes: 8 << 20,
            max_claims_per_document: 2000,
            max_id_bytes: 256,
            max_fact_scan: 20_000,
            max_estimate_claims: 20,
            max_estimates: 100,
            max_facet_values: 50,
            max_entity_documents: 500,
            max_result_window: 10_000,
        }
    }
}
