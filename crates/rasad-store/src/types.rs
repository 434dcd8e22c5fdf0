//! Requests and answers of the store API, in domain types (no tantivy, no protobuf).

use rasad_core::{Claim, EntityKind, EntityRef, Predicate, Span, SubjectClass, TextSpan};
use serde::{Deserialize, Serialize};

// ---------------------------------------------------------------- ingest

/// What ingest did with a document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IngestStatus {
    /// A new id.
    Created,
    /// The id was there with the same content hash: nothing written.
    Unchanged,
    /// The id was there with other content: the old article and all its claims are gone.
    Replaced,
}

/// The answer to one ingest.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IngestOutcome {
    /// The document id: the client id, else `Document::content_hash`.
    pub id: String,
    /// Created, unchanged or replaced.
    pub status: IngestStatus,
    /// The syndication cluster: the id of the first document of the same story.
    pub cluster_id: String,
}

/// A stored document with what the store added.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredDocument {
    /// Its id.
    pub id: String,
    /// Its syndication cluster.
    pub cluster_id: String,
    /// The analyzed document as ingested.
    pub document: rasad_core::Document,
}

// ---------------------------------------------------------------- search

/// Result order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SortOrder {
    /// BM25 (title boosted), ties by id.
    #[default]
    Relevance,
    /// Newest first (undated last), ties by id.
    DateDesc,
    /// Oldest first (undated last), ties by id.
    DateAsc,
}

/// How the words of a query combine.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TermMode {
    /// Any word may match; more matches rank higher.
    #[default]
    Any,
    /// Every word (or phrase) must match, in the title, the body or as a tagged entity.
    All,
}

/// Filters of a search.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SearchFilters {
    /// Outlet ids (or names as written for unknown outlets); any of them.
    pub outlets: Vec<String>,
    /// Published on or after the start of this ISO period (`2018`, `2018-02`, `2018-02-03`).
    pub published_from: Option<String>,
    /// Published on or before the end of this ISO period.
    pub published_to: Option<String>,
    /// Entity ids the article must be tagged with; all of them.
    pub entity_ids: Vec<String>,
    /// Only articles with (true) or without (false) quantity claims.
    pub has_claims: Option<bool>,
}

/// Which facets to count.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct FacetRequest {
    /// Count by outlet.
    pub outlet: bool,
    /// Count by tagged entity.
    pub entity: bool,
    /// Count by publication month (`YYYY-MM`).
    pub month: bool,
}

impl FacetRequest {
    /// All three facets.
    #[must_use]
    pub const fn all() -> Self {
        Self { outlet: true, entity: true, month: true }
    }

    /// True when any facet is asked for.
    #[must_use]
    pub const fn any(self) -> bool {
        self.outlet || self.entity || self.month
    }
}

/// A search.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SearchRequest {
    /// Words and `"quoted phrases"`. Nothing else is syntax: `title:*` is two words of text.
    /// Empty → every article matching the filters.
    pub query: String,
    /// How words combine.
    pub mode: TermMode,
    /// Filters.
    pub filters: SearchFilters,
    /// Facets to count over all hits.
    pub facets: FacetRequest,
    /// Order.
    pub sort: SortOrder,
    /// Hits per page; 0 → `Limits::default_page_size`.
    pub page_size: usize,
    /// The `next_page_token` of the previous page of the same request.
    pub page_token: Option<String>,
    /// Return highlighted snippets.
    pub highlight: bool,
}

/// Where a snippet comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SnippetField {
    /// The headline.
    Title,
    /// A body paragraph.
    Body,
}

/// A piece of an article with the matched words marked.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snippet {
    /// Title or body.
    pub field: SnippetField,
    /// The fragment as written.
    pub text: String,
    /// Where the fragment stands in `Document::text` (byte offsets).
    pub span: Span,
    /// The matched words, as byte offsets into `text` (not into the document).
    pub highlights: Vec<Span>,
}

/// One hit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SearchHit {
    /// Document id.
    pub id: String,
    /// BM25 score (0 for date sorts and empty queries).
    pub score: f32,
    /// The headline.
    pub title: Option<String>,
    /// The outlet.
    pub outlet: Option<EntityRef>,
    /// Publication date, ISO.
    pub published: Option<String>,
    /// Canonical URL.
    pub url: Option<String>,
    /// Syndication cluster.
    pub cluster_id: String,
    /// Number of claims in the document.
    pub claim_count: usize,
    /// Highlighted fragments (when asked for).
    pub snippets: Vec<Snippet>,
}

/// A facet value and how many hits have it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FacetCount {
    /// Outlet id, entity id, or `YYYY-MM`.
    pub value: String,
    /// Hits with it.
    pub count: u64,
}

/// Facet counts over all hits (not only the page).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Facets {
    /// By outlet, most first.
    pub outlet: Vec<FacetCount>,
    /// By entity, most first.
    pub entity: Vec<FacetCount>,
    /// By month, chronological.
    pub month: Vec<FacetCount>,
}

/// A page of hits.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SearchResponse {
    /// Hits matching the query and filters, all pages.
    pub total_hits: u64,
    /// This page.
    pub hits: Vec<SearchHit>,
    /// Facet counts.
    pub facets: Facets,
    /// Token for the next page, `None` on the last.
    pub next_page_token: Option<String>,
    /// Entity ids recognized in the query (matched as tags too).
    pub query_entities: Vec<String>,
}

// ---------------------------------------------------------------- facts

/// The role an entity plays in a claim.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityRole {
    /// Any of the roles below.
    #[default]
    Any,
    /// Where the counted people come from.
    Origin,
    /// The group they belong to.
    Organization,
    /// Where it happens.
    Location,
    /// Who says so.
    Speaker,
    /// The outlet or agency cited.
    CitedSource,
}

/// Claims naming one of `ids` in `role`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct EntityFilter {
    /// The role.
    pub role: EntityRole,
    /// Entity ids; any of them.
    pub ids: Vec<String>,
}

/// Order of claims.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FactSort {
    /// Newest claim time first.
    #[default]
    DateDesc,
    /// Oldest first.
    DateAsc,
    /// Largest value first.
    ValueDesc,
    /// Smallest value first.
    ValueAsc,
}

/// A fact lookup. Every list is "any of"; the filters combine with AND.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FactQuery {
    /// Entity filters, each must hold.
    pub entities: Vec<EntityFilter>,
    /// Predicates.
    pub predicates: Vec<Predicate>,
    /// Subject classes.
    pub subject_classes: Vec<SubjectClass>,
    /// Claim time (else publication) on or after the start of this ISO period.
    pub time_from: Option<String>,
    /// Claim time on or before the end of this ISO period.
    pub time_to: Option<String>,
    /// Value at least.
    pub value_min: Option<f64>,
    /// Value at most.
    pub value_max: Option<f64>,
    /// Reporting outlet ids.
    pub outlets: Vec<String>,
    /// Document ids.
    pub document_ids: Vec<String>,
    /// Order of `claims`.
    pub sort: FactSort,
    /// Claims per page; 0 → default.
    pub page_size: usize,
    /// The previous page's `next_page_token`.
    pub page_token: Option<String>,
    /// Group the matching claims into estimates.
    pub estimates: bool,
}

/// One claim with where it was published.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FactHit {
    /// `{document id}#{index}`.
    pub claim_id: String,
    /// The document.
    pub document_id: String,
    /// Index of the claim in `Document::claims`.
    pub index: usize,
    /// The claim.
    pub claim: Claim,
    /// The outlet that published it.
    pub outlet: Option<EntityRef>,
    /// Publication date, ISO.
    pub published: Option<String>,
    /// The article's headline.
    pub title: Option<String>,
    /// The article's URL.
    pub url: Option<String>,
    /// The article's syndication cluster.
    pub cluster_id: String,
    /// The claim's date (claim time, else publication), ISO.
    pub date: Option<String>,
}

/// What makes claims "about the same quantity".
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct EstimateKey {
    /// Origin id (or name as written when unidentified).
    pub origin: Option<String>,
    /// Predicate.
    pub predicate: Predicate,
    /// Organization id (or name).
    pub organization: Option<String>,
    /// Subject class.
    pub subject_class: SubjectClass,
}

/// Claims about one quantity, side by side.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Estimate {
    /// What they count.
    pub key: EstimateKey,
    /// Smallest value stated.
    pub min: f64,
    /// Largest value stated (upper bounds of ranges included).
    pub max: f64,
    /// The latest claim (by claim date).
    pub latest: FactHit,
    /// The newest claims, newest first: at most `Limits::max_estimate_claims` of them
    /// (all of them are in `claim_ids`).
    pub claims: Vec<FactHit>,
    /// Ids of every claim in the group, newest first.
    pub claim_ids: Vec<String>,
    /// Independent sources: distinct cited sources; a claim citing none counts its
    /// syndication cluster (see the crate docs).
    pub independent_sources: usize,
    /// Distinct syndication clusters.
    pub clusters: usize,
    /// Distinct documents.
    pub documents: usize,
    /// The source keys counted in `independent_sources` (`cited:voa`, `cluster:…`).
    pub sources: Vec<String>,
}

/// The answer to a fact lookup.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FactResponse {
    /// Matching claims, all pages.
    pub total: u64,
    /// This page.
    pub claims: Vec<FactHit>,
    /// Estimates over all matching claims (when asked for), most claims first: at most
    /// `Limits::max_estimates` of them.
    pub estimates: Vec<Estimate>,
    /// How many groups (estimates) the matching claims form, returned or not.
    pub estimate_groups: usize,
    /// True when more than `Limits::max_fact_scan` claims matched: estimates and sorting
    /// saw only that many.
    pub truncated: bool,
    /// Token for the next page.
    pub next_page_token: Option<String>,
}

// ---------------------------------------------------------------- entities

/// A role stated for a person in one document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatedRole {
    /// The role as written.
    pub role: String,
    /// Where.
    pub document_id: String,
    /// The sentence.
    pub evidence: TextSpan,
}

/// Where a person is quoted.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// The document.
    pub document_id: String,
    /// The speech verb.
    pub verb: String,
    /// What was said.
    pub content: TextSpan,
    /// The sentence.
    pub evidence: TextSpan,
}

/// An entity as the store knows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntitySummary {
    /// Stable id.
    pub id: String,
    /// Kind.
    pub kind: EntityKind,
    /// Arabic name.
    pub name_ar: String,
    /// English name.
    pub name_en: String,
    /// Aliases (gazetteer, else as found in documents).
    pub aliases: Vec<String>,
    /// Articles tagged with it.
    pub document_count: u64,
    /// Claims naming it in any role.
    pub claim_count: u64,
    /// Roles stated for it (persons), distinct by role text; filled by `get_entity` only.
    pub roles: Vec<StatedRole>,
    /// Where it is quoted (persons); filled by `get_entity` only.
    pub quoted_in: Vec<Quote>,
}

/// A listing of entities.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityListRequest {
    /// Only this kind.
    pub kind: Option<EntityKind>,
    /// Page size; 0 → default.
    pub page_size: usize,
    /// The previous page's token.
    pub page_token: Option<String>,
}

/// A page of entities, ordered by kind then id.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityPage {
    /// This page.
    pub entities: Vec<EntitySummary>,
    /// Token for the next page.
    pub next_page_token: Option<String>,
}

/// Figures for metrics.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoreStats {
    /// Articles.
    pub documents: u64,
    /// Claims.
    pub claims: u64,
    /// tantivy segments.
    pub segments: usize,
    /// Bytes of the index directory.
    pub bytes_on_disk: u64,
    /// Last commit opstamp.
    pub opstamp: u64,
}
