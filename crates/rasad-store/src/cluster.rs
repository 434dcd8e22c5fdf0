//! Syndication clusters: near-duplicate articles share a cluster id.
//!
//! The core's MinHash signature (64 slots) is cut into 16 LSH bands of 4 slots; each band
//! key is indexed on the article (`band` field), so candidates are "articles sharing a band
//! key" — one term query, no in-memory table to rebuild at open. A candidate joins when the
//! estimated Jaccard similarity of word 3-shingles is at least [`SIMILARITY`]. A new article
//! takes the cluster of its most similar candidate, else starts its own cluster named by
//! its own id. Cluster ids never change once given: a copy ingested later joins the
//! cluster, an earlier article is not relabeled.

use crate::error::Result;
use crate::read::kind_query;
use crate::record::sig_from_bytes;
use crate::schema::{Fields, KIND_ARTICLE};
use rasad_core::signature;
use std::collections::HashMap;
use tantivy::collector::TopDocs;
use tantivy::columnar::StrColumn;
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocId, Searcher, Term};

/// Least estimated Jaccard similarity for two articles to be one story. Lightly edited
/// wire copies (a changed dateline, `سوريا`/`سورية`, a dropped paragraph) stay well
/// above it; two stories on the same topic share few 3-shingles and stay far below.
pub const SIMILARITY: f64 = 0.5;

/// Most committed candidates compared per article.
const MAX_CANDIDATES: usize = 16;

struct Local {
    id: String,
    sig: Vec<u32>,
    cluster: String,
    live: bool,
}

/// Cluster assignment within one batch: the last commit plus what the batch added.
pub struct Clusters<'a> {
    searcher: &'a Searcher,
    fields: &'a Fields,
    local: Vec<Local>,
    local_bands: HashMap<u64, Vec<usize>>,
}

impl<'a> Clusters<'a> {
    /// Over the last commit.
    #[must_use]
    pub fn new(searcher: &'a Searcher, fields: &'a Fields) -> Self {
        Self { searcher, fields, local: Vec::new(), local_bands: HashMap::new() }
    }

    /// Drops what the batch added under `id` (replaced or deleted).
    pub fn forget(&mut self, id: &str) {
        for l in &mut self.local {
            if l.id == id {
                l.live = false;
            }
        }
    }

    /// The cluster of a new article `id`. `stale` says which committed ids the batch has
    /// replaced or deleted: they are no anchors.
    ///
    /// # Errors
    /// tantivy errors.
    pub fn assign(&mut self, id: &str, sig: &[u32], stale: impl Fn(&str) -> bool) -> Result<String> {
        let bands = signature::bands(sig);
        let mut best: Option<(f64, String)> = None;
        let mut consider = |sim: f64, cluster: &str| {
            if sim >= SIMILARITY && best.as_ref().is_none_or(|(s, _)| sim > *s) {
                best = Some((sim, cluster.to_owned()));
            }
        };
        for band in &bands {
            for &i in self.local_bands.get(band).map_or(&[][..], Vec::as_slice) {
                let l = &self.local[i];
                if l.live && l.id != id {
                    consider(signature::similarity(sig, &l.sig), &l.cluster);
                }
            }
        }
        if self.searcher.num_docs() > 0 {
            let should: Vec<(Occur, Box<dyn Query>)> = bands
                .iter()
                .map(|&b| {
                    let q: Box<dyn Query> =
                        Box::new(TermQuery::new(Term::from_field_u64(self.fields.band, b), IndexRecordOption::Basic));
                    (Occur::Should, q)
                })
                .collect();
            let q = BooleanQuery::new(vec![
                (Occur::Must, Box::new(BooleanQuery::new(should)) as Box<dyn Query>),
                (Occur::Must, kind_query(self.fields, KIND_ARTICLE)),
            ]);
            // Candidates are read from fast-field columns, not the doc store: no block of
            // stored JSON is decompressed per candidate.
            let mut buf = Vec::new();
            let mut cand = String::new();
            let mut cluster = String::new();
            for (_, addr) in self.searcher.search(&q, &TopDocs::with_limit(MAX_CANDIDATES))? {
                let seg = self.searcher.segment_reader(addr.segment_ord);
                let ff = seg.fast_fields();
                let (Some(ids), Some(clusters), Some(sigs)) =
                    (ff.str("doc_id")?, ff.str("cluster")?, ff.bytes("signature")?)
                else {
                    continue;
                };
                cand.clear();
                cluster.clear();
                buf.clear();
                let ok = first_str(&ids, addr.doc_id, &mut cand)
                    && first_str(&clusters, addr.doc_id, &mut cluster)
                    && sigs
                        .term_ords(addr.doc_id)
                        .next()
                        .is_some_and(|o| sigs.ord_to_bytes(o, &mut buf).unwrap_or(false));
                if !ok || cand == id || stale(&cand) {
                    continue;
                }
                consider(signature::similarity(sig, &sig_from_bytes(&buf)), &cluster);
            }
        }
        let cluster = best.map_or_else(|| id.to_owned(), |(_, c)| c);
        let at = self.local.len();
        self.local.push(Local { id: id.to_owned(), sig: sig.to_vec(), cluster: cluster.clone(), live: true });
        for band in bands {
            self.local_bands.entry(band).or_default().push(at);
        }
        Ok(cluster)
    }
}

/// The first value of a string column for `doc` into `out`.
fn first_str(col: &StrColumn, doc: DocId, out: &mut String) -> bool {
    col.term_ords(doc).next().is_some_and(|o| col.ord_to_str(o, out).unwrap_or(false))
}
