//! Syndication clusters: near-duplicate articles share a cluster id.
//!
//! The core's MinHash signature (64 slots) is cut into 16 LSH bands of 4 slots; each band
//! key is indexed on the article (`band` field), so candidates are "articles sharing a band
//! key" — a walk of 16 short posting lists, no in-memory table to rebuild at open. A candidate joins when the
//! estimated Jaccard similarity of word 3-shingles is at least [`SIMILARITY`]. A new article
//! takes the cluster of its most similar candidate, else starts its own cluster named by
//! its own id. Cluster ids never change once given: a copy ingested later joins the
//! cluster, an earlier article is not relabeled.

use crate::error::Result;
use crate::record::sig_from_bytes;
use crate::schema::Fields;
use rasad_core::signature;
use std::collections::HashMap;
use tantivy::columnar::StrColumn;
use tantivy::schema::IndexRecordOption;
use tantivy::{DocId, DocSet, Searcher, TERMINATED, Term};

/// Least estimated Jaccard similarity for two articles to be one story. Lightly edited
/// wire copies (a changed dateline, `سوريا`/`سورية`, a dropped paragraph) stay well
/// above it; two stories on the same topic share few 3-shingles and stay far below.
pub const SIMILARITY: f64 = 0.5;

/// The indexed key of a band: its top 32 bits, stored as a u64 term. The term dictionary
/// is built anew for every commit's segment (and again by merges); 16 random 8-byte keys
/// per article were a large share of that work, and the shared zero high bytes halve the
/// FST nodes a key adds. A false match (2^-32 per pair and band) only adds a candidate,
/// which the similarity test then rejects.
#[must_use]
pub const fn band_term(band: u64) -> u64 {
    band >> 32
}

/// Most committed candidates compared per article.
const MAX_CANDIDATES: usize = 16;

/// Most live documents read from one band's postings in one segment.
const MAX_PER_BAND: usize = 64;

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
        let mut buf = Vec::new();
        let mut cand = String::new();
        let mut cluster = String::new();
        for (segment_ord, doc) in self.committed_candidates(&bands)? {
            let seg = self.searcher.segment_reader(segment_ord);
            let ff = seg.fast_fields();
            let (Some(ids), Some(clusters), Some(sigs)) =
                (ff.str("doc_id")?, ff.str("cluster")?, ff.bytes("signature")?)
            else {
                continue;
            };
            cand.clear();
            cluster.clear();
            buf.clear();
            // Candidates are read from fast-field columns, not the doc store: no block of
            // stored JSON is decompressed per candidate.
            let ok = first_str(&ids, doc, &mut cand)
                && first_str(&clusters, doc, &mut cluster)
                && sigs.term_ords(doc).next().is_some_and(|o| sigs.ord_to_bytes(o, &mut buf).unwrap_or(false));
            if !ok || cand == id || stale(&cand) {
                continue;
            }
            consider(signature::similarity(sig, &sig_from_bytes(&buf)), &cluster);
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

impl Clusters<'_> {
    /// Committed articles sharing at least one band key with `bands`, those sharing the
    /// most first, at most [`MAX_CANDIDATES`]. Walks each band's postings directly: only
    /// articles carry band keys, so no `kind` filter and no scoring is needed (this runs
    /// once per ingested article, on the writer thread). A band shared by very many
    /// articles (near-empty texts) is read only up to [`MAX_PER_BAND`] live documents.
    fn committed_candidates(&self, bands: &[u64]) -> Result<Vec<(u32, DocId)>> {
        let mut shared: HashMap<(u32, DocId), u32> = HashMap::new();
        for (segment_ord, seg) in (0u32..).zip(self.searcher.segment_readers()) {
            let inverted = seg.inverted_index(self.fields.band)?;
            let alive = seg.alive_bitset();
            for &band in bands {
                let term = Term::from_field_u64(self.fields.band, band_term(band));
                let Some(mut postings) =
                    inverted.read_postings(&term, IndexRecordOption::Basic).map_err(tantivy::TantivyError::from)?
                else {
                    continue;
                };
                let mut read = 0;
                let mut doc = postings.doc();
                while doc != TERMINATED && read < MAX_PER_BAND {
                    if alive.is_none_or(|a| a.is_alive(doc)) {
                        *shared.entry((segment_ord, doc)).or_default() += 1;
                        read += 1;
                    }
                    doc = postings.advance();
                }
            }
        }
        let mut ranked: Vec<((u32, DocId), u32)> = shared.into_iter().collect();
        ranked.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        Ok(ranked.into_iter().take(MAX_CANDIDATES).map(|(at, _)| at).collect())
    }
}

/// The first value of a string column for `doc` into `out`.
fn first_str(col: &StrColumn, doc: DocId, out: &mut String) -> bool {
    col.term_ords(doc).next().is_some_and(|o| col.ord_to_str(o, out).unwrap_or(false))
}
