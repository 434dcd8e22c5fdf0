//! Fact lookup: claims by entity (any role), predicate, class, time, value, outlet,
//! document; sorted; grouped into estimates.

use crate::error::{Result, StoreError};
use crate::page::{self, Cursor};
use crate::read::{any_term_query, kind_query, stored_json};
use crate::record::{enum_name, ref_key};
use crate::schema::{Fields, KIND_CLAIM};
use crate::search::{check_list, date_range, page_size};
use crate::store::Store;
use crate::time;
use crate::types::{EntityRole, Estimate, EstimateKey, FactHit, FactQuery, FactResponse, FactSort};
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Bound;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{BooleanQuery, Occur, Query, RangeQuery};
use tantivy::{DocAddress, DocId, SegmentReader, TantivyDocument, Term};

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
        let hits = addrs
            .into_iter()
            .map(|(_, a): ((f64, u64), DocAddress)| {
                let d: TantivyDocument = searcher.doc(a)?;
                stored_json::<FactHit>(&d, &self.fields)
            })
            .collect::<Result<Vec<_>>>()?;
        let truncated = total > limits.max_fact_scan as u64;
        let (claims, estimates) = if q.estimates {
            let page: Vec<FactHit> = hits.iter().skip(offset).take(size).cloned().collect();
            (page, estimates(&hits))
        } else {
            (hits, Vec::new())
        };
        let next = offset + claims.len();
        let next_page_token = (!claims.is_empty() && (next as u64) < total && next < limits.max_fact_scan)
            .then(|| page::encode(hash, &Cursor { offset: next as u64, key: String::new() }));
        Ok(FactResponse { total, claims, estimates, truncated, next_page_token })
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

fn date_secs(h: &FactHit) -> i64 {
    h.date.as_deref().and_then(time::start_of).unwrap_or(i64::MIN)
}

/// Groups claims by [`EstimateKey`]; most claims first, then by key.
#[must_use]
pub fn estimates(hits: &[FactHit]) -> Vec<Estimate> {
    let mut groups: BTreeMap<EstimateKey, Vec<&FactHit>> = BTreeMap::new();
    for h in hits {
        groups.entry(estimate_key(h)).or_default().push(h);
    }
    let mut out: Vec<Estimate> = groups
        .into_iter()
        .filter_map(|(key, mut claims)| {
            claims.sort_by(|a, b| date_secs(b).cmp(&date_secs(a)).then_with(|| a.claim_id.cmp(&b.claim_id)));
            let latest = (*claims.first()?).clone();
            let min = claims.iter().map(|c| c.claim.quantity.value).fold(f64::INFINITY, f64::min);
            let max = claims
                .iter()
                .map(|c| c.claim.quantity.upper.unwrap_or(c.claim.quantity.value).max(c.claim.quantity.value))
                .fold(f64::NEG_INFINITY, f64::max);
            let sources: BTreeSet<String> = claims.iter().map(|c| source_key(c)).collect();
            let clusters: BTreeSet<&str> = claims.iter().map(|c| c.cluster_id.as_str()).collect();
            let documents: BTreeSet<&str> = claims.iter().map(|c| c.document_id.as_str()).collect();
            Some(Estimate {
                key,
                min,
                max,
                latest,
                independent_sources: sources.len(),
                clusters: clusters.len(),
                documents: documents.len(),
                sources: sources.into_iter().collect(),
                claims: claims.into_iter().cloned().collect(),
            })
        })
        .collect();
    out.sort_by(|a, b| b.claims.len().cmp(&a.claims.len()).then_with(|| a.key.cmp(&b.key)));
    out
}
