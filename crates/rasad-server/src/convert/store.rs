//! Store requests and answers ⇄ protobuf, with request validation against the limits.

use super::{
    claim, entity_kind, entity_kind_from, entity_ref, predicate, predicate_from, subject_class, subject_class_from,
};
use crate::config::Limits;
use crate::error::ApiError;
use crate::proto as pb;
use rasad_store as st;

fn opt(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_owned())
}

fn u32_of(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn page_size(v: u32, limits: &Limits) -> Result<usize, ApiError> {
    if v > limits.max_page_size {
        return Err(ApiError::invalid("page_size", format!("{v} is over the maximum of {}", limits.max_page_size)));
    }
    Ok(v as usize)
}

/// A stored document with its id and cluster.
#[must_use]
pub fn stored_document(s: &st::StoredDocument) -> pb::Document {
    let mut d = super::document(&s.document);
    d.id.clone_from(&s.id);
    d.cluster_id.clone_from(&s.cluster_id);
    for (i, c) in d.claims.iter_mut().enumerate() {
        c.id = format!("{}#{i}", s.id);
        c.document_id.clone_from(&s.id);
        c.cluster_id.clone_from(&s.cluster_id);
        c.published = s.document.published.as_ref().map(|p| p.value.clone()).unwrap_or_default();
    }
    d
}

/// A search request, validated.
///
/// # Errors
/// INVALID_ARGUMENT naming the field (query too long, unknown facet, page size, sort).
pub fn search_request(r: pb::SearchRequest, limits: &Limits) -> Result<st::SearchRequest, ApiError> {
    if r.query.len() > limits.max_query_bytes {
        return Err(ApiError::invalid(
            "query",
            format!(
                "{} bytes is over the maximum of {} (limits.max_query_bytes)",
                r.query.len(),
                limits.max_query_bytes
            ),
        ));
    }
    let terms = r.query.split_whitespace().count();
    if terms > limits.max_query_terms {
        return Err(ApiError::invalid(
            "query",
            format!("{terms} terms is over the maximum of {} (limits.max_query_terms)", limits.max_query_terms),
        ));
    }
    let mut facets = st::FacetRequest::default();
    for f in &r.facets {
        match f.as_str() {
            "outlet" => facets.outlet = true,
            "entity" => facets.entity = true,
            "month" => facets.month = true,
            other => {
                return Err(ApiError::invalid("facets", format!("unknown facet {other:?} (outlet, entity, month)")));
            }
        }
    }
    let sort = match pb::SortOrder::try_from(r.sort) {
        Ok(pb::SortOrder::Unspecified | pb::SortOrder::Relevance) => st::SortOrder::Relevance,
        Ok(pb::SortOrder::DateDesc) => st::SortOrder::DateDesc,
        Ok(pb::SortOrder::DateAsc) => st::SortOrder::DateAsc,
        Err(_) => return Err(ApiError::invalid("sort", format!("unknown sort order {}", r.sort))),
    };
    let f = r.filter.unwrap_or_default();
    Ok(st::SearchRequest {
        query: r.query,
        mode: st::TermMode::default(),
        filters: st::SearchFilters {
            outlets: f.outlets,
            published_from: opt(&f.published_from),
            published_to: opt(&f.published_to),
            entity_ids: f.entity_ids,
            has_claims: f.has_claims,
        },
        facets,
        sort,
        page_size: page_size(r.page_size, limits)?,
        page_token: opt(&r.page_token),
        highlight: true,
    })
}

fn facet(name: &str, values: Vec<st::FacetCount>, label: impl Fn(&str) -> String) -> pb::Facet {
    pb::Facet {
        name: name.to_owned(),
        values: values
            .into_iter()
            .map(|v| pb::FacetValue { label: label(&v.value), value: v.value, count: v.count })
            .collect(),
    }
}

fn entity_label(id: &str) -> String {
    rasad_core::entities::gazetteer().get(id).map(|e| e.name_ar.clone()).unwrap_or_default()
}

/// A search response.
#[must_use]
pub fn search_response(r: st::SearchResponse) -> pb::SearchResponse {
    let mut facets = Vec::new();
    if !r.facets.outlet.is_empty() {
        facets.push(facet("outlet", r.facets.outlet, entity_label));
    }
    if !r.facets.entity.is_empty() {
        facets.push(facet("entity", r.facets.entity, entity_label));
    }
    if !r.facets.month.is_empty() {
        facets.push(facet("month", r.facets.month, |_| String::new()));
    }
    pb::SearchResponse {
        hits: r
            .hits
            .into_iter()
            .map(|h| pb::SearchHit {
                document_id: h.id,
                title: h.title.unwrap_or_default(),
                outlet: h.outlet.as_ref().map(entity_ref),
                published: h.published.unwrap_or_default(),
                score: h.score,
                snippets: h
                    .snippets
                    .into_iter()
                    .map(|s| pb::Snippet {
                        field: match s.field {
                            st::SnippetField::Title => "title",
                            st::SnippetField::Body => "body",
                        }
                        .to_owned(),
                        text: s.text,
                        highlights: s.highlights.into_iter().filter_map(super::span).collect(),
                        span: super::span(s.span),
                    })
                    .collect(),
                claim_count: u32_of(h.claim_count),
            })
            .collect(),
        total_hits: r.total_hits,
        next_page_token: r.next_page_token.unwrap_or_default(),
        facets,
    }
}

/// A fact lookup, validated.
///
/// # Errors
/// INVALID_ARGUMENT naming the field.
pub fn fact_query(r: pb::LookupFactsRequest, limits: &Limits) -> Result<st::FactQuery, ApiError> {
    let role = match pb::EntityRole::try_from(r.role) {
        Ok(pb::EntityRole::Unspecified) => st::EntityRole::Any,
        Ok(pb::EntityRole::Origin) => st::EntityRole::Origin,
        Ok(pb::EntityRole::Organization) => st::EntityRole::Organization,
        Ok(pb::EntityRole::Location) => st::EntityRole::Location,
        Ok(pb::EntityRole::Speaker) => st::EntityRole::Speaker,
        Ok(pb::EntityRole::CitedSource) => st::EntityRole::CitedSource,
        Err(_) => return Err(ApiError::invalid("role", format!("unknown entity role {}", r.role))),
    };
    let predicates = r
        .predicates
        .iter()
        .map(|&p| {
            pb::Predicate::try_from(p)
                .ok()
                .and_then(predicate_from)
                .ok_or_else(|| ApiError::invalid("predicates", format!("unknown predicate {p}")))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let subject_classes = r
        .subject_classes
        .iter()
        .map(|&c| {
            pb::SubjectClass::try_from(c)
                .ok()
                .and_then(subject_class_from)
                .ok_or_else(|| ApiError::invalid("subject_classes", format!("unknown subject class {c}")))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let sort = match pb::FactSort::try_from(r.sort) {
        Ok(pb::FactSort::Unspecified | pb::FactSort::DateDesc) => st::FactSort::DateDesc,
        Ok(pb::FactSort::DateAsc) => st::FactSort::DateAsc,
        Ok(pb::FactSort::ValueDesc) => st::FactSort::ValueDesc,
        Ok(pb::FactSort::ValueAsc) => st::FactSort::ValueAsc,
        Err(_) => return Err(ApiError::invalid("sort", format!("unknown sort {}", r.sort))),
    };
    if let (Some(lo), Some(hi)) = (r.min_value, r.max_value)
        && lo > hi
    {
        return Err(ApiError::invalid("min_value", "is greater than max_value"));
    }
    Ok(st::FactQuery {
        // "All of these entities": one filter per id, each must hold.
        entities: r
            .entity_ids
            .into_iter()
            .filter(|id| !id.trim().is_empty())
            .map(|id| st::EntityFilter { role, ids: vec![id] })
            .collect(),
        predicates,
        subject_classes,
        time_from: opt(&r.time_from),
        time_to: opt(&r.time_to),
        value_min: r.min_value,
        value_max: r.max_value,
        outlets: r.outlets,
        document_ids: opt(&r.document_id).into_iter().collect(),
        sort,
        page_size: page_size(r.page_size, limits)?,
        page_token: opt(&r.page_token),
        estimates: r.include_estimates,
    })
}

fn fact_hit(h: &st::FactHit) -> pb::Claim {
    let mut c = claim(&h.claim);
    c.id.clone_from(&h.claim_id);
    c.document_id.clone_from(&h.document_id);
    c.cluster_id.clone_from(&h.cluster_id);
    c.published = h.published.clone().unwrap_or_default();
    if let Some(a) = c.attribution.as_mut()
        && a.reporting_outlet.is_none()
    {
        a.reporting_outlet = h.outlet.as_ref().map(entity_ref);
    }
    c
}

fn key_ref(key: Option<&String>) -> Option<pb::EntityRef> {
    let key = key?;
    let g = rasad_core::entities::gazetteer();
    Some(match g.get(key) {
        Some(e) => pb::EntityRef {
            aliases: Vec::new(),
            id: e.id.clone(),
            kind: entity_kind(e.kind).into(),
            name: e.name_ar.clone(),
            text: String::new(),
        },
        None => pb::EntityRef {
            aliases: Vec::new(),
            id: String::new(),
            kind: pb::EntityKind::Unspecified.into(),
            name: key.clone(),
            text: key.clone(),
        },
    })
}

/// A fact lookup response.
#[must_use]
pub fn fact_response(r: st::FactResponse) -> pb::LookupFactsResponse {
    pb::LookupFactsResponse {
        claims: r.claims.iter().map(fact_hit).collect(),
        total: r.total,
        next_page_token: r.next_page_token.unwrap_or_default(),
        estimate_groups: u32_of(r.estimate_groups),
        truncated: r.truncated,
        estimates: r
            .estimates
            .iter()
            .map(|e| pb::Estimate {
                origin: key_ref(e.key.origin.as_ref()),
                predicate: predicate(e.key.predicate).into(),
                organization: key_ref(e.key.organization.as_ref()),
                subject_class: subject_class(e.key.subject_class).into(),
                min: e.min,
                max: e.max,
                latest: Some(fact_hit(&e.latest)),
                claim_ids: e.claim_ids.clone(),
                claim_count: u32_of(e.claim_ids.len()),
                independent_sources: u32_of(e.independent_sources),
                sources: e
                    .sources
                    .iter()
                    .map(|s| {
                        let (_, key) = s.split_once(':').unwrap_or(("", s));
                        key_ref(Some(&key.to_owned())).unwrap_or_default()
                    })
                    .collect(),
            })
            .collect(),
    }
}

/// An entity record.
#[must_use]
pub fn entity_record(e: st::EntitySummary) -> pb::EntityRecord {
    let mut roles: Vec<String> = Vec::new();
    for r in e.roles {
        if !roles.contains(&r.role) {
            roles.push(r.role);
        }
    }
    pb::EntityRecord {
        id: e.id,
        kind: entity_kind(e.kind).into(),
        name_ar: e.name_ar,
        name_en: e.name_en,
        aliases: e.aliases,
        document_count: e.document_count,
        claim_count: e.claim_count,
        roles,
        quotes: e
            .quoted_in
            .into_iter()
            .map(|q| pb::Quote { document_id: q.document_id, verb: q.verb, content: q.content.text })
            .collect(),
    }
}

/// An entity listing request, validated.
///
/// # Errors
/// INVALID_ARGUMENT naming the field.
pub fn entity_list_request(r: &pb::ListEntitiesRequest, limits: &Limits) -> Result<st::EntityListRequest, ApiError> {
    let kind =
        pb::EntityKind::try_from(r.kind).map_err(|_| ApiError::invalid("kind", format!("unknown kind {}", r.kind)))?;
    Ok(st::EntityListRequest {
        kind: entity_kind_from(kind),
        page_size: page_size(r.page_size, limits)?,
        page_token: opt(&r.page_token),
    })
}
