//! Search: query + filters → hits with snippets, facets, total, page token.

use crate::error::{Result, StoreError};
use crate::facets::FacetCounter;
use crate::options::Limits;
use crate::page::{self, Cursor};
use crate::query::{self, Parsed};
use crate::read::{any_term_query, kind_query, stored_record_json, stored_str, term_query};
use crate::record::HitRecord;
use crate::schema::{Fields, KIND_ARTICLE};
use crate::store::Store;
use crate::time;
use crate::types::{SearchHit, SearchRequest, SearchResponse, Snippet, SnippetField, SortOrder, TermMode};
use rasad_core::{Span, analyzer};
use std::ops::Bound;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{BooleanQuery, Occur, Query, RangeQuery, TermQuery};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{DocAddress, DocId, Score, SegmentReader, TantivyDocument, Term};

/// Longest body snippet, bytes (cut on word boundaries).
const SNIPPET_BYTES: usize = 320;
/// Body snippets per hit.
const BODY_SNIPPETS: usize = 2;

impl Store {
    /// Searches articles.
    ///
    /// # Errors
    /// `InvalidArgument` for a malformed query, filter, page size or page token.
    pub fn search(&self, req: &SearchRequest) -> Result<SearchResponse> {
        let limits = &self.limits;
        let size = page_size(req.page_size, limits)?;
        let hash = {
            let mut canon = req.clone();
            canon.page_token = None;
            canon.page_size = 0;
            page::request_hash("search", &canon)
        };
        let offset = match &req.page_token {
            Some(t) if !t.is_empty() => usize::try_from(page::decode(t, hash)?.offset).unwrap_or(usize::MAX),
            _ => 0,
        };
        if offset.saturating_add(size) > limits.max_result_window {
            return Err(StoreError::invalid(
                "page_token",
                format!("pages past {} hits are not served; narrow the query", limits.max_result_window),
            ));
        }
        let parsed = query::parse(&req.query, limits)?;
        let q = build_query(&parsed, req, &self.fields, limits)?;
        let sort = if parsed.is_empty() && req.sort == SortOrder::Relevance { SortOrder::DateDesc } else { req.sort };

        let searcher = self.reader.searcher();
        let facets = req.facets.any().then(|| FacetCounter { want: req.facets, ids: self.value_ids_for(&searcher) });
        let top = TopDocs::with_limit(size).and_offset(offset);
        let (total, addrs, facet_counts) = match sort {
            SortOrder::Relevance => {
                let c = top.tweak_score(move |seg: &SegmentReader| {
                    let ids = seg.fast_fields().u64("id_hash").ok();
                    move |doc: DocId, score: Score| (score, ids.as_ref().and_then(|c| c.first(doc)).unwrap_or(0))
                });
                let (n, hits, f) = searcher.search(&*q, &(Count, c, facets))?;
                (n, hits.into_iter().map(|((s, _), a)| (s, a)).collect::<Vec<_>>(), f)
            }
            SortOrder::DateDesc | SortOrder::DateAsc => {
                let desc = sort == SortOrder::DateDesc;
                let c = top.custom_score(move |seg: &SegmentReader| {
                    let ids = seg.fast_fields().u64("id_hash").ok();
                    let dates = seg.fast_fields().i64("published").ok();
                    move |doc: DocId| {
                        let date = dates.as_ref().and_then(|c| c.first(doc));
                        // Undated articles sort last either way.
                        let key = match date {
                            Some(d) if desc => d,
                            Some(d) => d.saturating_neg(),
                            None => i64::MIN,
                        };
                        (key, ids.as_ref().and_then(|c| c.first(doc)).unwrap_or(0))
                    }
                });
                let (n, hits, f) = searcher.search(&*q, &(Count, c, facets))?;
                (n, hits.into_iter().map(|(_, a)| (0.0, a)).collect::<Vec<_>>(), f)
            }
        };

        let mut hits = Vec::with_capacity(addrs.len());
        for (score, addr) in addrs {
            hits.push(self.hit(&searcher, addr, score, &parsed, req.highlight)?);
        }
        let facets = facet_counts.map(|c| c.into_facets(limits.max_facet_values, &self.value_ids)).unwrap_or_default();
        let total = total as u64;
        let next = offset + hits.len();
        let next_page_token = (!hits.is_empty() && (next as u64) < total && next < limits.max_result_window)
            .then(|| page::encode(hash, &Cursor { offset: next as u64, key: String::new() }));
        Ok(SearchResponse { total_hits: total, hits, facets, next_page_token, query_entities: parsed.entities })
    }

    fn hit(
        &self,
        searcher: &tantivy::Searcher,
        addr: DocAddress,
        score: f32,
        parsed: &Parsed,
        highlight: bool,
    ) -> Result<SearchHit> {
        let d: TantivyDocument = searcher.doc(addr)?;
        let rec: HitRecord = stored_record_json(&d, self.fields.hit)?;
        let text = d.get_first(self.fields.text).and_then(|v| v.as_str()).unwrap_or_default();
        let snippets = if highlight { snippets(text, &rec, parsed) } else { Vec::new() };
        Ok(SearchHit {
            id: stored_str(&d, self.fields.doc_id),
            score,
            title: rec.title,
            published: rec.published,
            url: rec.url,
            cluster_id: stored_str(&d, self.fields.cluster),
            claim_count: rec.claim_count,
            snippets,
            outlet: rec.outlet,
        })
    }
}

/// The page size asked for, checked.
///
/// # Errors
/// `InvalidArgument { field: "page_size" }` past the limit.
pub fn page_size(asked: usize, limits: &Limits) -> Result<usize> {
    match asked {
        0 => Ok(limits.default_page_size.max(1)),
        n if n > limits.max_page_size => {
            Err(StoreError::invalid("page_size", format!("at most {}", limits.max_page_size)))
        }
        n => Ok(n),
    }
}

/// Checks a filter list's length.
///
/// # Errors
/// `InvalidArgument { field }`.
pub fn check_list(field: &'static str, values: &[String], limits: &Limits) -> Result<()> {
    if values.len() > limits.max_filter_values {
        return Err(StoreError::invalid(field, format!("more than {} values", limits.max_filter_values)));
    }
    if values.iter().any(|v| v.len() > limits.max_id_bytes) {
        return Err(StoreError::invalid(field, format!("a value longer than {} bytes", limits.max_id_bytes)));
    }
    Ok(())
}

/// An inclusive range over an i64 field from two ISO periods (`None` when both are unset).
///
/// # Errors
/// `InvalidArgument` naming the bad bound.
pub fn date_range(
    field: tantivy::schema::Field,
    from: Option<&str>,
    to: Option<&str>,
    names: (&'static str, &'static str),
) -> Result<Option<Box<dyn Query>>> {
    let parse = |v: Option<&str>, name: &'static str, f: fn(&str) -> Option<i64>| -> Result<Option<i64>> {
        match v.map(str::trim).filter(|v| !v.is_empty()) {
            None => Ok(None),
            Some(v) => f(v).map(Some).ok_or_else(|| {
                StoreError::invalid(
                    name,
                    format!("{v:?} is not an ISO date (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDThh:mm)"),
                )
            }),
        }
    };
    let lo = parse(from, names.0, time::start_of)?;
    let hi = parse(to, names.1, time::end_of)?;
    if let (Some(a), Some(b)) = (lo, hi)
        && a > b
    {
        return Err(StoreError::invalid(names.1, "before the start of the range"));
    }
    if lo.is_none() && hi.is_none() {
        return Ok(None);
    }
    let bound = |v: Option<i64>| v.map_or(Bound::Unbounded, |v| Bound::Included(Term::from_field_i64(field, v)));
    Ok(Some(Box::new(RangeQuery::new(bound(lo), bound(hi)))))
}

fn build_query(parsed: &Parsed, req: &SearchRequest, f: &Fields, limits: &Limits) -> Result<Box<dyn Query>> {
    let flt = &req.filters;
    check_list("filters.outlets", &flt.outlets, limits)?;
    check_list("filters.entity_ids", &flt.entity_ids, limits)?;
    // Text and entity terms exist on articles only, so a text query needs no `kind = a`
    // clause (one posting list fewer to intersect per query); an empty one does.
    let mut must: Vec<(Occur, Box<dyn Query>)> = match query::to_query(parsed, f, req.mode == TermMode::All) {
        Some(q) => vec![(Occur::Must, q)],
        None => vec![(Occur::Must, kind_query(f, KIND_ARTICLE))],
    };
    if let Some(q) = any_term_query(f.outlet, &flt.outlets) {
        must.push((Occur::Must, q));
    }
    for id in &flt.entity_ids {
        must.push((Occur::Must, term_query(f.entity, id)));
    }
    if let Some(has) = flt.has_claims {
        must.push((
            Occur::Must,
            Box::new(TermQuery::new(Term::from_field_u64(f.has_claims, u64::from(has)), IndexRecordOption::Basic)),
        ));
    }
    if let Some(q) = date_range(
        f.published,
        flt.published_from.as_deref(),
        flt.published_to.as_deref(),
        ("filters.published_from", "filters.published_to"),
    )? {
        must.push((Occur::Must, q));
    }
    Ok(Box::new(BooleanQuery::new(must)))
}

/// Highlighted fragments: the title if it matches, then the best body paragraphs.
/// Marks are the words whose index term the query has, and the mentions of the entities
/// the query names (so `كازاخستان` marks `الكازاخي`).
fn snippets(text: &str, rec: &HitRecord, parsed: &Parsed) -> Vec<Snippet> {
    let mut entity_marks: Vec<Span> = rec
        .mentions
        .iter()
        .filter(|(id, _)| parsed.entities.contains(id))
        .flat_map(|(_, spans)| spans.iter().copied())
        .filter(|s| s.end <= text.len())
        .collect();
    entity_marks.sort_unstable();
    let marks_in = |span: Span| -> Vec<Span> {
        let piece = span.slice(text);
        let mut m: Vec<Span> = Vec::new();
        // Streaming tokens: no owned term per word of every paragraph of every hit.
        analyzer::for_each_token(piece, |term, s, _| {
            if parsed.terms.contains(term) {
                m.push(s.shifted(span.start));
            }
        });
        m.extend(entity_marks.iter().copied().filter(|e| span.contains(*e)));
        m.sort_unstable();
        m.dedup();
        // Overlapping marks (a word inside a mention) merge.
        let mut merged: Vec<Span> = Vec::with_capacity(m.len());
        for s in m {
            match merged.last_mut() {
                Some(last) if s.start <= last.end => *last = last.cover(s),
                _ => merged.push(s),
            }
        }
        merged
    };
    let mut out = Vec::new();
    if let Some(t) = rec.title_span.filter(|t| t.end <= text.len() && text.is_char_boundary(t.start)) {
        let marks = marks_in(t);
        if !marks.is_empty() {
            out.push(fragment(text, SnippetField::Title, t, &marks));
        }
    }
    let paragraphs: Vec<Span> = if rec.paragraphs.is_empty() {
        vec![Span::new(0, text.len())]
    } else {
        rec.paragraphs.iter().copied().filter(|s| s.end <= text.len() && !s.slice(text).is_empty()).collect()
    };
    // (paragraph index, window, marks in it)
    let mut scored: Vec<(usize, Span, Vec<Span>)> = paragraphs
        .iter()
        .enumerate()
        .filter_map(|(i, &p)| {
            let marks = marks_in(p);
            if marks.is_empty() {
                return None;
            }
            let (w, m) = clip(p, &marks);
            Some((i, w, m))
        })
        .collect();
    // Most marks first, earlier paragraphs on ties; then back to document order.
    scored.sort_by(|a, b| b.2.len().cmp(&a.2.len()).then(a.0.cmp(&b.0)));
    scored.truncate(BODY_SNIPPETS);
    scored.sort_by_key(|s| s.0);
    for (_, window, marks) in scored {
        out.push(fragment(text, SnippetField::Body, window, &marks));
    }
    out
}

/// A window of at most [`SNIPPET_BYTES`] of paragraph `p` around its first marks, cut at
/// spaces; returns the window and the marks inside it.
fn clip(p: Span, marks: &[Span]) -> (Span, Vec<Span>) {
    if p.len() <= SNIPPET_BYTES {
        return (p, marks.to_vec());
    }
    let first = marks.first().map_or(p.start, |m| m.start);
    let start = first.saturating_sub(SNIPPET_BYTES / 4).max(p.start);
    let end = (start + SNIPPET_BYTES).min(p.end);
    let w = Span::new(start, end);
    (w, marks.iter().copied().filter(|m| w.contains(*m)).collect())
}

fn fragment(text: &str, field: SnippetField, window: Span, marks: &[Span]) -> Snippet {
    let window = snap_to_words(text, window);
    let frag = window.slice(text).to_owned();
    let highlights = marks
        .iter()
        .filter(|m| window.contains(**m))
        .map(|m| Span::new(m.start - window.start, m.end - window.start))
        .collect();
    Snippet { field, text: frag, span: window, highlights }
}

/// Moves the window's ends onto char boundaries, then inward to spaces when it cuts a word.
fn snap_to_words(text: &str, w: Span) -> Span {
    let mut start = w.start.min(text.len());
    while !text.is_char_boundary(start) {
        start += 1;
    }
    let mut end = w.end.min(text.len()).max(start);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let piece = text.get(start..end).unwrap_or("");
    let cut_start =
        start > 0 && text.get(..start).and_then(|s| s.chars().next_back()).is_some_and(char::is_alphanumeric);
    let cut_end = text.get(end..).and_then(|s| s.chars().next()).is_some_and(char::is_alphanumeric);
    let mut s = 0;
    let mut e = piece.len();
    if cut_start && let Some(i) = piece.find(char::is_whitespace) {
        s = i + 1;
    }
    if cut_end
        && let Some(i) = piece.rfind(char::is_whitespace)
        && i > s
    {
        e = i;
    }
    Span::new(start + s, start + e)
}
