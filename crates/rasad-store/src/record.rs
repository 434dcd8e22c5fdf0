//! A [`Document`] as tantivy documents: one article and one per claim.

use crate::error::{Result, StoreError};
use crate::facts::{estimate_key, source_key};
use crate::options::Limits;
use crate::schema::{Fields, KIND_ARTICLE, KIND_CLAIM};
use crate::time;
use crate::types::FactHit;
use rasad_core::normalize::normalize;
use rasad_core::{Document, EntityKind, EntityRef, Span, signature};
use serde::Serialize;
use tantivy::TantivyDocument;

/// The snake_case name serde gives a unit enum variant (`Predicate::Joined` → `joined`).
pub fn enum_name<T: Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

/// The kind as its snake_case name.
#[must_use]
pub const fn kind_name(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Country => "country",
        EntityKind::Region => "region",
        EntityKind::City => "city",
        EntityKind::Facility => "facility",
        EntityKind::Organization => "organization",
        EntityKind::Outlet => "outlet",
        EntityKind::Person => "person",
    }
}

/// The kind named by [`kind_name`].
#[must_use]
pub fn kind_from_name(name: &str) -> Option<EntityKind> {
    Some(match name {
        "country" => EntityKind::Country,
        "region" => EntityKind::Region,
        "city" => EntityKind::City,
        "facility" => EntityKind::Facility,
        "organization" => EntityKind::Organization,
        "outlet" => EntityKind::Outlet,
        "person" => EntityKind::Person,
        _ => return None,
    })
}

/// The key a reference is filtered and grouped by: its id, else its name folded (an unnamed
/// source such as `معلومات أمنية` has no id but is still one speaker).
#[must_use]
pub fn ref_key(r: &EntityRef) -> Option<String> {
    if let Some(id) = r.id.as_deref().filter(|s| !s.is_empty()) {
        return Some(id.to_owned());
    }
    let name = normalize(r.name.trim());
    (!name.is_empty()).then_some(name)
}

/// The 64-bit tiebreak of an id (stable across commits and merges, unlike doc addresses).
#[must_use]
pub fn id_hash(id: &str) -> u64 {
    let h = blake3::hash(id.as_bytes());
    let mut b = [0u8; 8];
    b.copy_from_slice(&h.as_bytes()[..8]);
    u64::from_le_bytes(b)
}

/// Checks a document and fills what the store derives (content hash, signature); returns
/// its id.
///
/// # Errors
/// `InvalidArgument` for a bad client id, `ResourceExhausted` for oversized input.
pub fn prepare(doc: &mut Document, client_id: Option<&str>, limits: &Limits) -> Result<String> {
    if doc.text.len() > limits.max_document_bytes {
        return Err(StoreError::ResourceExhausted { what: "document bytes", limit: limits.max_document_bytes });
    }
    if doc.claims.len() > limits.max_claims_per_document {
        return Err(StoreError::ResourceExhausted {
            what: "claims per document",
            limit: limits.max_claims_per_document,
        });
    }
    if doc.text.trim().is_empty() && doc.body.trim().is_empty() {
        return Err(StoreError::invalid("document", "the document has no text"));
    }
    if doc.content_hash.is_empty() {
        doc.content_hash = blake3::hash(doc.text.as_bytes()).to_hex().to_string();
    }
    if doc.signature.len() != signature::SLOTS {
        let basis = if doc.body.is_empty() { &doc.text } else { &doc.body };
        doc.signature = signature::minhash(basis);
    }
    match client_id {
        Some(id) => validate_id(id, limits).map(str::to_owned),
        None => Ok(doc.content_hash.clone()),
    }
}

/// A client document id: 1..=max bytes, no control chars, no surrounding space.
///
/// # Errors
/// `InvalidArgument { field: "id" }`.
pub fn validate_id<'a>(id: &'a str, limits: &Limits) -> Result<&'a str> {
    if id.is_empty() {
        return Err(StoreError::invalid("id", "empty"));
    }
    if id.len() > limits.max_id_bytes {
        return Err(StoreError::invalid("id", format!("longer than {} bytes", limits.max_id_bytes)));
    }
    if id.trim() != id || id.chars().any(char::is_control) {
        return Err(StoreError::invalid("id", "surrounding space or control characters"));
    }
    Ok(id)
}

/// Publication time of a document, seconds.
#[must_use]
pub fn published_secs(doc: &Document) -> Option<i64> {
    doc.published.as_ref().and_then(|d| time::start_of(&d.value))
}

/// The outlet key of a document.
#[must_use]
pub fn outlet_key(doc: &Document) -> Option<String> {
    doc.outlet.as_ref().and_then(ref_key)
}

/// The tantivy documents of one article: the article first, then its claims.
///
/// # Errors
/// `Corrupt` when the document cannot be serialized (never for model types).
pub fn build(f: &Fields, id: &str, cluster: &str, doc: Document) -> Result<Vec<TantivyDocument>> {
    let mut out = Vec::with_capacity(1 + doc.claims.len());
    let published = published_secs(&doc);
    let outlet = outlet_key(&doc);

    let mut a = TantivyDocument::default();
    a.add_text(f.kind, KIND_ARTICLE);
    a.add_text(f.doc_id, id);
    a.add_u64(f.id_hash, id_hash(id));
    a.add_text(f.content_hash, &doc.content_hash);
    if let Some(t) = &doc.title {
        a.add_text(f.title, &t.text);
    }
    a.add_text(f.body, if doc.body.is_empty() { &doc.text } else { &doc.body });
    if let Some(o) = &outlet {
        a.add_text(f.outlet, o);
    }
    if let Some(p) = published {
        a.add_i64(f.published, p);
    }
    let mut seen = std::collections::HashSet::new();
    for e in &doc.entities {
        if e.id.is_empty() || !seen.insert(e.id.as_str()) {
            continue;
        }
        a.add_text(f.entity, &e.id);
        a.add_text(f.entity_typed, format!("{}/{}", kind_name(e.kind), e.id));
    }
    a.add_u64(f.has_claims, u64::from(!doc.claims.is_empty()));
    for band in signature::bands(&doc.signature) {
        a.add_u64(f.band, crate::cluster::band_term(band));
    }
    a.add_text(f.cluster, cluster);
    a.add_bytes(f.signature, &sig_bytes(&doc.signature));
    a.add_text(f.text, &doc.text);
    a.add_text(f.hit, serde_json::to_string(&HitRecord::of(&doc)).map_err(|e| StoreError::Corrupt(e.to_string()))?);

    for (index, claim) in doc.claims.iter().enumerate() {
        let date = claim
            .time
            .as_ref()
            .map(|t| t.date.value.clone())
            .or_else(|| doc.published.as_ref().map(|p| p.value.clone()));
        let hit = FactHit {
            claim_id: format!("{id}#{index}"),
            document_id: id.to_owned(),
            index,
            claim: claim.clone(),
            outlet: doc.outlet.clone(),
            published: doc.published.as_ref().map(|p| p.value.clone()),
            title: doc.title.as_ref().map(|t| t.text.clone()),
            url: doc.url.clone(),
            cluster_id: cluster.to_owned(),
            date: date.clone(),
        };
        let mut c = TantivyDocument::default();
        c.add_text(f.kind, KIND_CLAIM);
        c.add_text(f.doc_id, id);
        c.add_u64(f.id_hash, id_hash(&hit.claim_id));
        if let Some(o) = &outlet {
            c.add_text(f.outlet, o);
        }
        if let Some(p) = published {
            c.add_i64(f.published, p);
        }
        c.add_text(f.cluster, cluster);
        let any = |field, r: &EntityRef, c: &mut TantivyDocument| {
            if let Some(k) = ref_key(r) {
                c.add_text(field, &k);
                c.add_text(f.c_any, &k);
            }
        };
        if let Some(r) = &claim.origin {
            any(f.c_origin, r, &mut c);
        }
        if let Some(r) = &claim.organization {
            any(f.c_org, r, &mut c);
        }
        for r in &claim.locations {
            any(f.c_loc, r, &mut c);
        }
        if let Some(r) = &claim.attribution.speaker {
            any(f.c_speaker, r, &mut c);
        }
        if let Some(r) = &claim.attribution.cited_source {
            any(f.c_cited, r, &mut c);
        }
        c.add_text(f.predicate, enum_name(&claim.predicate));
        c.add_text(f.subject, enum_name(&claim.subject.class));
        if let Some(t) = date.as_deref().and_then(time::start_of) {
            c.add_i64(f.c_time, t);
        }
        if claim.quantity.value.is_finite() {
            c.add_f64(f.c_value, claim.quantity.value);
        }
        let upper = claim.quantity.upper.unwrap_or(claim.quantity.value).max(claim.quantity.value);
        if upper.is_finite() {
            c.add_f64(f.c_upper, upper);
        }
        c.add_u64(f.c_index, index as u64);
        c.add_text(
            f.c_group,
            serde_json::to_string(&estimate_key(&hit)).map_err(|e| StoreError::Corrupt(e.to_string()))?,
        );
        c.add_text(f.c_source, source_key(&hit));
        c.add_text(f.json, serde_json::to_string(&hit).map_err(|e| StoreError::Corrupt(e.to_string()))?);
        out.push(c);
    }
    // Last: the record takes the document apart.
    let compact = Compact::without_text(doc);
    a.add_text(f.json, serde_json::to_string(&compact).map_err(|e| StoreError::Corrupt(e.to_string()))?);
    out.insert(0, a);
    Ok(out)
}

/// Signature as little-endian bytes.
#[must_use]
pub fn sig_bytes(sig: &[u32]) -> Vec<u8> {
    sig.iter().flat_map(|s| s.to_le_bytes()).collect()
}

/// Signature from [`sig_bytes`].
#[must_use]
pub fn sig_from_bytes(b: &[u8]) -> Vec<u32> {
    b.chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect()
}

/// What a search hit shows, stored apart from the document JSON (the text itself is the
/// `text` field): reading a hit parses this small record, not the whole [`Document`].
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct HitRecord {
    pub title: Option<String>,
    /// The title's span when `text[span]` is the title (then it can be highlighted).
    pub title_span: Option<Span>,
    pub published: Option<String>,
    pub url: Option<String>,
    pub outlet: Option<EntityRef>,
    pub claim_count: usize,
    /// Non-empty paragraph spans in `text`.
    pub paragraphs: Vec<Span>,
    /// Entity id → its mention spans (entities with an id and mentions only).
    pub mentions: Vec<(String, Vec<Span>)>,
}

impl HitRecord {
    /// The hit record of `doc`.
    #[must_use]
    pub fn of(doc: &Document) -> Self {
        let text = doc.text.as_str();
        Self {
            title: doc.title.as_ref().map(|t| t.text.clone()),
            title_span: doc.title.as_ref().filter(|t| t.span.slice(text) == t.text).map(|t| t.span),
            published: doc.published.as_ref().map(|p| p.value.clone()),
            url: doc.url.clone(),
            outlet: doc.outlet.clone(),
            claim_count: doc.claims.len(),
            paragraphs: doc.paragraphs.iter().map(|p| p.span).filter(|s| !s.slice(text).is_empty()).collect(),
            mentions: doc
                .entities
                .iter()
                .filter(|e| !e.id.is_empty() && !e.mentions.is_empty())
                .map(|e| (e.id.clone(), e.mentions.iter().map(|m| m.span).collect()))
                .collect(),
        }
    }
}

/// A document as stored: paragraph texts, the body and the quoted texts of mentions,
/// dates, numbers, claims, roles and statements are dropped when they can be rebuilt
/// exactly from `text` (they repeat it). The quotes alone were over half of the JSON, and
/// every stored byte is serialized, compressed and written on the ingest path.
#[derive(serde::Serialize, serde::Deserialize)]
pub struct Compact {
    doc: Document,
    /// Paragraphs whose text was dropped (it equals `text[span]`).
    #[serde(default)]
    stripped: Vec<u32>,
    /// The body was dropped (it equals the paragraphs joined by a blank line).
    #[serde(default)]
    body_stripped: bool,
    /// The text was dropped: it is the article's `text` field.
    #[serde(default)]
    text_stripped: bool,
    /// Quoted texts (the slots of [`for_each_quote`], in its order) were dropped, all but
    /// those in `quotes_kept`. False in records written before (their quotes are whole).
    #[serde(default)]
    quotes_stripped: bool,
    /// Slots whose text is not `text[span]`, kept as written.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    quotes_kept: Vec<u32>,
}

/// Every quoted (text, span) pair of a document except paragraphs, in a fixed order (the
/// order [`Compact`] numbers its slots by; vector lengths survive storage, so the order does).
fn for_each_quote(d: &mut Document, f: &mut impl FnMut(&mut String, Span)) {
    for t in [&mut d.title, &mut d.byline, &mut d.dateline].into_iter().flatten() {
        f(&mut t.text, t.span);
    }
    if let Some(p) = &mut d.published {
        f(&mut p.text, p.span);
    }
    for m in d.entities.iter_mut().flat_map(|e| &mut e.mentions) {
        f(&mut m.text, m.span);
    }
    for x in &mut d.dates {
        f(&mut x.text, x.span);
    }
    for n in &mut d.numbers {
        f(&mut n.text, n.span);
    }
    for c in &mut d.claims {
        f(&mut c.quantity.text, c.quantity.span);
        if let Some(t) = &mut c.time {
            f(&mut t.date.text, t.date.span);
        }
        f(&mut c.evidence.text, c.evidence.span);
    }
    for r in &mut d.roles {
        f(&mut r.evidence.text, r.evidence.span);
    }
    for s in &mut d.statements {
        f(&mut s.content.text, s.content.span);
        f(&mut s.evidence.text, s.evidence.span);
    }
}

impl Compact {
    /// The stored form of `doc`, text included (tests; ingest uses [`Compact::without_text`]).
    #[cfg(test)]
    #[must_use]
    pub fn of(doc: &Document) -> Self {
        let mut c = Self::without_text(doc.clone());
        c.doc.text.clone_from(&doc.text);
        c.text_stripped = false;
        c
    }

    /// The stored form of `doc` without its text (stored in its own field), taking the
    /// document: the ingest path owns it, and a clone of every string was a tenth of
    /// building the record.
    #[must_use]
    pub fn without_text(mut d: Document) -> Self {
        let text = std::mem::take(&mut d.text);
        let body_stripped = !d.body.is_empty() && is_joined_paragraphs(&d.body, &d);
        if body_stripped {
            d.body.clear();
        }
        let mut stripped = Vec::new();
        for (i, p) in d.paragraphs.iter_mut().enumerate() {
            if !p.text.is_empty() && p.span.slice(&text) == p.text {
                p.text.clear();
                stripped.push(u32::try_from(i).unwrap_or(u32::MAX));
            }
        }
        let mut quotes_kept = Vec::new();
        let mut slot = 0u32;
        for_each_quote(&mut d, &mut |t, span| {
            if *t == span.slice(&text) {
                t.clear();
            } else {
                quotes_kept.push(slot);
            }
            slot = slot.saturating_add(1);
        });
        Self { doc: d, stripped, body_stripped, text_stripped: true, quotes_stripped: true, quotes_kept }
    }

    /// Drops the text too (it is stored in its own field); [`Compact::restore_with`] puts
    /// it back.
    #[cfg(test)]
    pub fn strip_text(&mut self) {
        self.doc.text.clear();
        self.text_stripped = true;
    }

    /// The document as ingested, given the stored `text` field when it was stripped.
    #[must_use]
    pub fn restore_with(mut self, text: &str) -> Document {
        if self.text_stripped {
            text.clone_into(&mut self.doc.text);
        }
        self.restore()
    }

    /// The document as ingested.
    #[must_use]
    pub fn restore(self) -> Document {
        let mut d = self.doc;
        if self.quotes_stripped {
            let text = std::mem::take(&mut d.text);
            let mut kept = self.quotes_kept.iter().copied().peekable();
            let mut slot = 0u32;
            for_each_quote(&mut d, &mut |t, span| {
                if kept.next_if_eq(&slot).is_none() {
                    span.slice(&text).clone_into(t);
                }
                slot = slot.saturating_add(1);
            });
            d.text = text;
        }
        for i in self.stripped {
            if let Some(p) = d.paragraphs.get_mut(i as usize) {
                p.text = p.span.slice(&d.text).to_owned();
            }
        }
        if self.body_stripped {
            d.body = join_paragraphs(&d);
        }
        d
    }
}

/// Whether `body` is [`join_paragraphs`] of `d`, compared in place: building the joined
/// copy only to compare it was a sixth of building the record.
fn is_joined_paragraphs(body: &str, d: &Document) -> bool {
    let mut rest = body;
    for (i, p) in d.paragraphs.iter().enumerate() {
        if i > 0 {
            let Some(r) = rest.strip_prefix("\n\n") else { return false };
            rest = r;
        }
        let Some(r) = rest.strip_prefix(p.text.as_str()) else { return false };
        rest = r;
    }
    rest.is_empty()
}

fn join_paragraphs(d: &Document) -> String {
    let mut out = String::with_capacity(d.text.len());
    for (i, p) in d.paragraphs.iter().enumerate() {
        if i > 0 {
            out.push_str("\n\n");
        }
        out.push_str(&p.text);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use rasad_core::{Input, Span, TextSpan};

    #[test]
    fn compact_record_restores_the_document_exactly() {
        let text = include_str!("../tests/fixtures/kz_repatriation.txt");
        let doc = rasad_core::analyze(&Input { bytes: text.as_bytes(), ..Input::default() }).unwrap();
        assert!(!doc.paragraphs.is_empty());
        let stored = serde_json::to_vec(&Compact::of(&doc)).unwrap();
        let back: Compact = serde_json::from_slice(&stored).unwrap();
        assert_eq!(back.restore(), doc);
        assert!(stored.len() < serde_json::to_vec(&doc).unwrap().len());
    }

    #[test]
    fn compact_record_keeps_what_it_cannot_rebuild() {
        let mut doc = Document { text: "abc def".into(), body: "something else".into(), ..Document::default() };
        doc.paragraphs = vec![TextSpan { text: "not the slice".into(), span: Span::new(0, 3) }];
        // Quotes: a slice (dropped), one that differs, one empty over a non-empty span, one
        // whose span does not fit the text (both kept as written).
        let quote = |text: &str, start, end| TextSpan { text: text.into(), span: Span::new(start, end) };
        doc.roles = [quote("def", 4, 7), quote("DEF", 4, 7), quote("", 0, 3), quote("x", 5, 90)]
            .into_iter()
            .map(|evidence| rasad_core::RoleFact { evidence, ..Default::default() })
            .collect();
        let c = Compact::of(&doc);
        assert_eq!(c.quotes_kept, vec![1, 2, 3]);
        assert!(c.doc.roles[0].evidence.text.is_empty());
        let back: Compact = serde_json::from_slice(&serde_json::to_vec(&c).unwrap()).unwrap();
        assert_eq!(back.restore(), doc);
    }

    #[test]
    fn record_without_stripped_quotes_restores_as_written() {
        // A record written before quotes were stripped has no `quotesStripped`: its quotes
        // are whole and must not be overwritten from the spans.
        let mut doc = Document { text: "abc def".into(), ..Document::default() };
        doc.roles = vec![rasad_core::RoleFact {
            evidence: TextSpan { text: "abc".into(), span: Span::new(4, 7) },
            ..Default::default()
        }];
        let mut old = serde_json::to_value(Compact::of(&doc)).unwrap();
        old["doc"]["roles"][0]["evidence"]["text"] = "abc".into();
        let obj = old.as_object_mut().unwrap();
        obj.remove("quotes_stripped");
        obj.remove("quotes_kept");
        let back: Compact = serde_json::from_value(old).unwrap();
        assert_eq!(back.restore(), doc);
    }

    #[test]
    fn text_stripped_record_restores_from_the_text_field() {
        let text = include_str!("../tests/fixtures/kz_repatriation.txt");
        let doc = rasad_core::analyze(&Input { bytes: text.as_bytes(), ..Input::default() }).unwrap();
        let mut c = Compact::of(&doc);
        c.strip_text();
        let stored = serde_json::to_vec(&c).unwrap();
        assert!(!String::from_utf8_lossy(&stored).contains(doc.text.as_str()));
        let back: Compact = serde_json::from_slice(&stored).unwrap();
        assert_eq!(back.restore_with(&doc.text), doc);
    }

    #[test]
    fn hit_record_has_what_a_search_hit_shows() {
        let text = include_str!("../tests/fixtures/kz_repatriation.txt");
        let doc = rasad_core::analyze(&Input { bytes: text.as_bytes(), ..Input::default() }).unwrap();
        let h = HitRecord::of(&doc);
        assert_eq!(h.title, doc.title.as_ref().map(|t| t.text.clone()));
        assert_eq!(h.claim_count, doc.claims.len());
        assert_eq!(h.paragraphs.len(), doc.paragraphs.iter().filter(|p| !p.span.is_empty()).count());
        let with_mentions = doc.entities.iter().filter(|e| !e.id.is_empty() && !e.mentions.is_empty()).count();
        assert_eq!(h.mentions.len(), with_mentions);
        assert!(!h.mentions.is_empty(), "the fixture names entities");
    }
}
