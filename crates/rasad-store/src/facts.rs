//! Fact lookup: claims by entity (any role), predicate, class, time, value, outlet,
//! document; sorted; grouped into estimates.

use crate::error::{Result, StoreError};
use crate::page::{self, Cursor};
use crate::read::{any_term_query, kind_query, stored_json};
use crate::record::{enum_name, ref_key};
use crate::schema::{Fields, KIND_CLAIM};
use crate::search::{check_list, date_range, page_size};
use crate::store::Store;
use crate::types::{EntityRole, Estimate, EstimateKey, FactHit, FactQuery, FactResponse, FactSort};
use crate::value_ids::ValueIds;
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Bound;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{BooleanQuery, Occur, Query, RangeQuery};
use tantivy::{DocAddress, DocId, Searcher, SegmentOrdinal, SegmentReader, TantivyDocument, Term};

impl Store {
    /// Claims matching `q`, one page of them, and (when asked) estimates over all of them.
    ///
    /// # Errors
    /// `InvalidArgument` for malformed filters, page size or token.
    pub fn lookup_facts(&self, q: &FactQuery) -> Result<FactResponse> {
        let limits = &self.limits;
        let size = page_size(q.page_size, limits)?;
        let hash = {
            let mut canon = q.clone();
            canon.page_token = None;
            canon.page_size = 0;
            page::request_hash("facts", &canon)
        };
        let offset = match &q.page_token {
            Some(t) if !t.is_empty() => usize::try_from(page::decode(t, hash)?.offset).unwrap_or(usize::MAX),
            _ => 0,
        };
        if offset.saturating_add(size) > limits.max_fact_scan {
            return Err(StoreError::invalid(
                "page_token",
                format!("pages past {} claims are not served", limits.max_fact_scan),
            ));
        }
        let query = self.fact_query(q)?;
        let searcher = self.reader.searcher();
        // With estimates every match (up to the scan limit) is read; otherwise one page.
        let (limit, skip) = if q.estimates { (limits.max_fact_scan, 0) } else { (size, offset) };
        let sort = q.sort;
        let top = TopDocs::with_limit(limit.max(1)).and_offset(skip).custom_score(move |seg: &SegmentReader| {
            let ids = seg.fast_fields().u64("id_hash").ok();
            let times = seg.fast_fields().i64("c_time").ok();
            let values = seg.fast_fields().f64("c_value").ok();
            move |doc: DocId| {
                let key = match sort {
                    FactSort::DateDesc => times.as_ref().and_then(|c| c.first(doc)).map_or(f64::MIN, |t| t as f64),
                    FactSort::DateAsc => times.as_ref().and_then(|c| c.first(doc)).map_or(f64::MIN, |t| -(t as f64)),
                    FactSort::ValueDesc => values.as_ref().and_then(|c| c.first(doc)).unwrap_or(f64::MIN),
                    FactSort::ValueAsc => values.as_ref().and_then(|c| c.first(doc)).map_or(f64::MIN, |v| -v),
                };
                (key, ids.as_ref().and_then(|c| c.first(doc)).unwrap_or(0))
            }
        });
        let (total, addrs) = searcher.search(&*query, &(Count, top))?;
        let total = total as u64;
        let read = |a: DocAddress| -> Result<FactHit> {
            let d: TantivyDocument = searcher.doc(a)?;
            stored_json::<FactHit>(&d, &self.fields)
        };
        let truncated = total > limits.max_fact_scan as u64;
        let (claims, estimates) = if q.estimates {
            // Only the page and each group's newest claims are decoded; grouping reads columns.
            let page = addrs.iter().skip(offset).take(size).map(|(_, a)| read(*a)).collect::<Result<Vec<_>>>()?;
            let ids = self.value_ids_for(&searcher);
            let rows = rows(&searcher, addrs.iter().map(|(_, a)| *a), ids)?;
            (page, estimates_from_rows(rows, limits.max_estimates, limits.max_estimate_claims, ids, read)?)
        } else {
            (addrs.into_iter().map(|(_, a)| read(a)).collect::<Result<Vec<_>>>()?, (Vec::new(), 0))
        };
        let (estimates, estimate_groups) = estimates;
        let next = offset + claims.len();
        let next_page_token = (!claims.is_empty() && (next as u64) < total && next < limits.max_fact_scan)
            .then(|| page::encode(hash, &Cursor { offset: next as u64, key: String::new() }));
        Ok(FactResponse { total, claims, estimates, estimate_groups, truncated, next_page_token })
    }

    fn fact_query(&self, q: &FactQuery) -> Result<Box<dyn Query>> {
        let f: &Fields = &self.fields;
        let limits = &self.limits;
        if q.entities.len() > limits.max_filter_values {
            return Err(StoreError::invalid("entities", format!("more than {} filters", limits.max_filter_values)));
        }
        check_list("outlets", &q.outlets, limits)?;
        check_list("document_ids", &q.document_ids, limits)?;
        let mut must: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, kind_query(f, KIND_CLAIM))];
        for e in &q.entities {
            check_list("entities.ids", &e.ids, limits)?;
            let field = match e.role {
                EntityRole::Any => f.c_any,
                EntityRole::Origin => f.c_origin,
                EntityRole::Organization => f.c_org,
                EntityRole::Location => f.c_loc,
                EntityRole::Speaker => f.c_speaker,
                EntityRole::CitedSource => f.c_cited,
            };
            if let Some(t) = any_term_query(field, &e.ids) {
                must.push((Occur::Must, t));
            }
        }
        let predicates: Vec<String> = q.predicates.iter().map(enum_name).collect();
        if let Some(t) = any_term_query(f.predicate, &predicates) {
            must.push((Occur::Must, t));
        }
        let classes: Vec<String> = q.subject_classes.iter().map(enum_name).collect();
        if let Some(t) = any_term_query(f.subject, &classes) {
            must.push((Occur::Must, t));
        }
        if let Some(t) = any_term_query(f.outlet, &q.outlets) {
            must.push((Occur::Must, t));
        }
        if let Some(t) = any_term_query(f.doc_id, &q.document_ids) {
            must.push((Occur::Must, t));
        }
        if let Some(t) = date_range(f.c_time, q.time_from.as_deref(), q.time_to.as_deref(), ("time_from", "time_to"))? {
            must.push((Occur::Must, t));
        }
        for (name, v) in [("value_min", q.value_min), ("value_max", q.value_max)] {
            if v.is_some_and(|v| !v.is_finite()) {
                return Err(StoreError::invalid(name, "not a finite number"));
            }
        }
        if let (Some(a), Some(b)) = (q.value_min, q.value_max)
            && a > b
        {
            return Err(StoreError::invalid("value_max", "less than value_min"));
        }
        if q.value_min.is_some() || q.value_max.is_some() {
            let bound =
                |v: Option<f64>| v.map_or(Bound::Unbounded, |v| Bound::Included(Term::from_field_f64(f.c_value, v)));
            must.push((Occur::Must, Box::new(RangeQuery::new(bound(q.value_min), bound(q.value_max)))));
        }
        Ok(Box::new(BooleanQuery::new(must)))
    }
}

/// The key of the quantity a claim is about.
#[must_use]
pub fn estimate_key(h: &FactHit) -> EstimateKey {
    EstimateKey {
        origin: h.claim.origin.as_ref().and_then(ref_key),
        predicate: h.claim.predicate,
        organization: h.claim.organization.as_ref().and_then(ref_key),
        subject_class: h.claim.subject.class,
    }
}

/// Where a claim's information comes from: its cited source, else its syndication cluster
/// (see the crate docs for why).
#[must_use]
pub fn source_key(h: &FactHit) -> String {
    match h.claim.attribution.cited_source.as_ref().and_then(ref_key) {
        Some(k) => format!("cited:{k}"),
        None => format!("cluster:{}", h.cluster_id),
    }
}

/// One matching claim as its columns say (no stored document read). Group and source are
/// global ids of [`ValueIds`]: few distinct values, so no string per row.
struct Row {
    addr: DocAddress,
    group: u32,
    source: u32,
    cluster: String,
    document: String,
    claim_id: String,
    value: f64,
    upper: f64,
    time: i64,
}

/// The first value of a string column for each doc, as strings. Ordinals are turned into
/// strings in one sorted pass over the dictionary: a lookup per ordinal would decompress a
/// dictionary block each (the cost that made facets slow, see `facets`).
fn str_values(seg: &SegmentReader, field: &str, docs: &[DocId]) -> Result<Vec<String>> {
    let Some(col) = seg.fast_fields().str(field)? else { return Ok(vec![String::new(); docs.len()]) };
    let ords: Vec<Option<u64>> = docs.iter().map(|&d| col.term_ords(d).next()).collect();
    let mut unique: Vec<u64> = ords.iter().flatten().copied().collect();
    unique.sort_unstable();
    unique.dedup();
    let mut names: Vec<String> = Vec::with_capacity(unique.len());
    col.dictionary()
        .sorted_ords_to_term_cb(unique.iter().copied(), |bytes| {
            names.push(String::from_utf8_lossy(bytes).into_owned());
            Ok(())
        })
        .map_err(|e| StoreError::Corrupt(format!("{field} dictionary: {e}")))?;
    Ok(ords
        .iter()
        .map(|o| o.and_then(|o| unique.binary_search(&o).ok()).and_then(|i| names.get(i)).cloned().unwrap_or_default())
        .collect())
}

/// The first value of a low-cardinality string column for each doc, as a global id
/// (`u32::MAX` when the doc has none), through the segment's cached ordinal map.
fn value_ids(seg: &SegmentReader, field: &'static str, docs: &[DocId], ids: &ValueIds) -> Result<Vec<u32>> {
    let Some(col) = seg.fast_fields().str(field)? else { return Ok(vec![u32::MAX; docs.len()]) };
    let map = ids
        .segment_map(seg.segment_id(), field, &col)
        .map_err(|e| StoreError::Corrupt(format!("{field} dictionary: {e}")))?;
    Ok(docs
        .iter()
        .map(|&d| col.term_ords(d).next().and_then(|o| map.get(usize::try_from(o).ok()?)).copied().unwrap_or(u32::MAX))
        .collect())
}

/// The columns of every address (any order; grouping sorts).
fn rows(searcher: &Searcher, addrs: impl Iterator<Item = DocAddress>, ids: &ValueIds) -> Result<Vec<Row>> {
    let mut by_segment: BTreeMap<SegmentOrdinal, Vec<DocId>> = BTreeMap::new();
    for a in addrs {
        by_segment.entry(a.segment_ord).or_default().push(a.doc_id);
    }
    let mut out = Vec::new();
    for (seg_ord, docs) in by_segment {
        let seg = searcher.segment_reader(seg_ord);
        let ff = seg.fast_fields();
        let group = value_ids(seg, "c_group", &docs, ids)?;
        let source = value_ids(seg, "c_source", &docs, ids)?;
        let cluster = str_values(seg, "cluster", &docs)?;
        let document = str_values(seg, "doc_id", &docs)?;
        let (value, upper, time, index) =
            (ff.f64("c_value").ok(), ff.f64("c_upper").ok(), ff.i64("c_time").ok(), ff.u64("c_index").ok());
        let columns = group.into_iter().zip(source).zip(cluster).zip(document);
        for (&d, (((group, source), cluster), document)) in docs.iter().zip(columns) {
            let i = index.as_ref().and_then(|c| c.first(d)).unwrap_or(0);
            out.push(Row {
                addr: DocAddress::new(seg_ord, d),
                group,
                source,
                cluster,
                claim_id: format!("{document}#{i}"),
                document,
                value: value.as_ref().and_then(|c| c.first(d)).unwrap_or(f64::NAN),
                upper: upper.as_ref().and_then(|c| c.first(d)).unwrap_or(f64::NAN),
                time: time.as_ref().and_then(|c| c.first(d)).unwrap_or(i64::MIN),
            });
        }
    }
    Ok(out)
}

/// Groups rows by [`EstimateKey`]; keeps the `most` largest groups (most claims first,
/// then by key) and decodes each one's newest `keep` claims with `read` — stored documents
/// are read for the returned groups only. Min, max, sources and counts come from the
/// columns. Returns the estimates and the number of all groups.
fn estimates_from_rows(
    rows: Vec<Row>,
    most: usize,
    keep: usize,
    ids: &ValueIds,
    read: impl Fn(DocAddress) -> Result<FactHit>,
) -> Result<(Vec<Estimate>, usize)> {
    let mut groups: BTreeMap<u32, Vec<Row>> = BTreeMap::new();
    for r in rows {
        groups.entry(r.group).or_default().push(r);
    }
    let names = ids.names(&groups.keys().copied().collect::<Vec<_>>());
    let mut keyed: Vec<(EstimateKey, Vec<Row>)> = groups
        .into_values()
        .zip(names)
        .filter_map(|(rows, key)| Some((serde_json::from_str::<EstimateKey>(&key).ok()?, rows)))
        .collect();
    let all = keyed.len();
    keyed.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then_with(|| a.0.cmp(&b.0)));
    keyed.truncate(most);
    let mut out = Vec::with_capacity(keyed.len());
    for (key, mut rows) in keyed {
        rows.sort_by(|a, b| b.time.cmp(&a.time).then_with(|| a.claim_id.cmp(&b.claim_id)));
        let claims = rows.iter().take(keep.max(1)).map(|r| read(r.addr)).collect::<Result<Vec<_>>>()?;
        let Some(latest) = claims.first().cloned() else { continue };
        let min = rows.iter().map(|r| r.value).fold(f64::INFINITY, f64::min);
        let max = rows.iter().map(|r| r.upper.max(r.value)).fold(f64::NEG_INFINITY, f64::max);
        let source_ids: BTreeSet<u32> = rows.iter().map(|r| r.source).collect();
        let mut sources: Vec<String> =
            ids.names(&source_ids.into_iter().collect::<Vec<_>>()).iter().map(ToString::to_string).collect();
        sources.sort_unstable();
        let clusters: BTreeSet<&str> = rows.iter().map(|r| r.cluster.as_str()).collect();
        let documents: BTreeSet<&str> = rows.iter().map(|r| r.document.as_str()).collect();
        out.push(Estimate {
            key,
            min,
            max,
            latest,
            independent_sources: sources.len(),
            clusters: clusters.len(),
            documents: documents.len(),
            sources,
            claim_ids: rows.iter().map(|r| r.claim_id.clone()).collect(),
            claims,
        });
    }
    Ok((out, all))
}
