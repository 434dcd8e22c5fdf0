//! Entity summaries: names, kind, how many documents and claims, a person's roles and
//! where the person is quoted.

use crate::error::{Result, StoreError};
use crate::page::{self, Cursor};
use crate::read::{kind_query, stored_document, term_query};
use crate::record::{kind_from_name, kind_name};
use crate::schema::{KIND_ARTICLE, KIND_CLAIM};
use crate::search::page_size;
use crate::store::Store;
use crate::types::{EntityListRequest, EntityPage, EntitySummary, Quote, StatedRole};
use rasad_core::entities::gazetteer;
use rasad_core::normalize::normalize;
use rasad_core::{Document, EntityKind, TextSpan};
use std::collections::{BTreeSet, HashSet};
use tantivy::Searcher;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{BooleanQuery, Occur, Query};

impl Store {
    /// One entity with its counts, and for persons the roles stated and the quotes.
    ///
    /// # Errors
    /// `NotFound` when neither the gazetteer nor any document knows the id.
    pub fn get_entity(&self, id: &str) -> Result<EntitySummary> {
        crate::record::validate_id(id, &self.limits).map_err(|_| StoreError::invalid("id", "malformed entity id"))?;
        let searcher = self.reader.searcher();
        let mut s = self
            .summary(&searcher, id, None)?
            .ok_or_else(|| StoreError::NotFound { what: "entity", id: id.to_owned() })?;
        self.roles_and_quotes(&searcher, &mut s)?;
        Ok(s)
    }

    /// Entities tagged in stored articles, by kind then id.
    ///
    /// # Errors
    /// `InvalidArgument` for a bad page size or token.
    pub fn list_entities(&self, req: &EntityListRequest) -> Result<EntityPage> {
        let size = page_size(req.page_size, &self.limits)?;
        let hash = page::request_hash("entities", &req.kind);
        let after = match &req.page_token {
            Some(t) if !t.is_empty() => Some(page::decode(t, hash)?.key),
            _ => None,
        };
        let prefix = req.kind.map(|k| format!("{}/", kind_name(k))).unwrap_or_default();
        let searcher = self.reader.searcher();
        // The next `size + 1` distinct keys after the cursor, merged over segments: each
        // segment's term dictionary is sorted, so no segment needs to give more than that.
        let mut keys = BTreeSet::new();
        for seg in searcher.segment_readers() {
            let inv = seg.inverted_index(self.fields.entity_typed)?;
            let dict = inv.terms();
            let mut stream = match &after {
                Some(a) => dict.range().gt(a.as_bytes()).into_stream().map_err(|e| StoreError::Index(e.into()))?,
                None => dict.range().ge(prefix.as_bytes()).into_stream().map_err(|e| StoreError::Index(e.into()))?,
            };
            let mut taken = 0;
            while taken <= size && stream.advance() {
                let Ok(k) = std::str::from_utf8(stream.key()) else { continue };
                if !k.starts_with(&prefix) {
                    break;
                }
                keys.insert(k.to_owned());
                taken += 1;
            }
        }
        let mut entities = Vec::with_capacity(size);
        let mut last = None;
        let mut more = false;
        for k in keys {
            if entities.len() == size {
                more = true;
                break;
            }
            last = Some(k.clone());
            let Some((kind, id)) = k.split_once('/') else { continue };
            if let Some(s) = self.summary(&searcher, id, kind_from_name(kind))?
                && s.document_count > 0
            {
                entities.push(s);
            }
        }
        let next_page_token = match (more, last) {
            (true, Some(key)) => Some(page::encode(hash, &Cursor { offset: 0, key })),
            _ => None,
        };
        Ok(EntityPage { entities, next_page_token })
    }

    fn summary(&self, searcher: &Searcher, id: &str, kind: Option<EntityKind>) -> Result<Option<EntitySummary>> {
        let f = &self.fields;
        let count = |kind_value: &str, field| -> Result<u64> {
            let q =
                BooleanQuery::new(vec![(Occur::Must, kind_query(f, kind_value)), (Occur::Must, term_query(field, id))]);
            Ok(searcher.search(&q, &Count)? as u64)
        };
        let document_count = count(KIND_ARTICLE, f.entity)?;
        let claim_count = count(KIND_CLAIM, f.c_any)?;
        if let Some(g) = gazetteer().get(id) {
            return Ok(Some(EntitySummary {
                id: id.to_owned(),
                kind: g.kind,
                name_ar: g.name_ar.clone(),
                name_en: g.name_en.clone(),
                aliases: g.aliases.clone(),
                document_count,
                claim_count,
                roles: Vec::new(),
                quoted_in: Vec::new(),
            }));
        }
        // Not in the gazetteer (persons): names from the newest document that tags it.
        let q = BooleanQuery::new(vec![
            (Occur::Must, kind_query(f, KIND_ARTICLE)),
            (Occur::Must, term_query(f.entity, id)),
        ]);
        let Some(&(_, addr)) = searcher.search(&q, &TopDocs::with_limit(1))?.first() else {
            return Ok(None);
        };
        let doc: Document = stored_document(&searcher.doc(addr)?, f)?;
        let Some(e) = doc.entities.iter().find(|e| e.id == id) else { return Ok(None) };
        let mut aliases: Vec<String> = e.aliases.clone();
        for m in &e.mentions {
            if m.text != e.name_ar && !aliases.contains(&m.text) {
                aliases.push(m.text.clone());
            }
        }
        Ok(Some(EntitySummary {
            id: id.to_owned(),
            kind: kind.unwrap_or(e.kind),
            name_ar: e.name_ar.clone(),
            name_en: e.name_en.clone(),
            aliases,
            document_count,
            claim_count,
            roles: Vec::new(),
            quoted_in: Vec::new(),
        }))
    }

    /// Reads up to `max_entity_documents` articles tagging the entity for its stated roles
    /// (distinct by folded role text) and its quotes.
    fn roles_and_quotes(&self, searcher: &Searcher, s: &mut EntitySummary) -> Result<()> {
        let f = &self.fields;
        let q: Box<dyn Query> = Box::new(BooleanQuery::new(vec![
            (Occur::Must, kind_query(f, KIND_ARTICLE)),
            (Occur::Must, term_query(f.entity, &s.id)),
        ]));
        let mut seen_roles = HashSet::new();
        for (_, addr) in searcher.search(&*q, &TopDocs::with_limit(self.limits.max_entity_documents.max(1)))? {
            let d = searcher.doc(addr)?;
            let doc_id = crate::read::stored_str(&d, f.doc_id);
            let doc: Document = stored_document(&d, f)?;
            for r in doc.roles.iter().filter(|r| r.person.id.as_deref() == Some(s.id.as_str())) {
                if seen_roles.insert(normalize(&r.role)) {
                    s.roles.push(StatedRole {
                        role: r.role.clone(),
                        document_id: doc_id.clone(),
                        evidence: r.evidence.clone(),
                    });
                }
            }
            for e in doc.entities.iter().filter(|e| e.id == s.id) {
                if let Some(role) = &e.role
                    && seen_roles.insert(normalize(role))
                {
                    let evidence =
                        e.mentions.first().map_or_else(TextSpan::default, |m| TextSpan::of(&doc.text, m.span));
                    s.roles.push(StatedRole { role: role.clone(), document_id: doc_id.clone(), evidence });
                }
            }
            for st in doc.statements.iter().filter(|st| st.speaker.id.as_deref() == Some(s.id.as_str())) {
                s.quoted_in.push(Quote {
                    document_id: doc_id.clone(),
                    verb: st.verb.clone(),
                    content: st.content.clone(),
                    evidence: st.evidence.clone(),
                });
            }
        }
        Ok(())
    }
}
