//! Entities: the gazetteer and persons.
//!
//! First version: the API only carries what callers need; the data comes next.

use crate::model::{Entity, EntityKind, TextSpan};

/// One gazetteer entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntityInfo {
    /// Stable id.
    pub id: String,
    /// Kind.
    pub kind: EntityKind,
    /// Arabic name.
    pub name_ar: String,
    /// English name.
    pub name_en: String,
    /// Aliases (Arabic and Latin), demonyms included.
    pub aliases: Vec<String>,
    /// Web domains (outlets).
    pub domains: Vec<String>,
}

/// The compiled gazetteer.
#[derive(Debug, Default)]
pub struct Gazetteer {
    entries: Vec<EntityInfo>,
}

impl Gazetteer {
    /// An entry by id.
    #[must_use]
    pub fn get(&self, id: &str) -> Option<&EntityInfo> {
        self.entries.iter().find(|e| e.id == id)
    }

    /// All entries.
    #[must_use]
    pub fn all(&self) -> &[EntityInfo] {
        &self.entries
    }

    /// The outlet named by an id, a name or alias as written (`سانا`, `وكالة سانا`), or a
    /// web domain or URL (`www.youm7.com`).
    #[must_use]
    pub fn outlet(&self, name_or_domain: &str) -> Option<&EntityInfo> {
        let want = name_or_domain.trim();
        self.entries.iter().find(|e| {
            e.kind == EntityKind::Outlet
                && (e.id == want
                    || e.name_ar == want
                    || e.aliases.iter().any(|a| a == want)
                    || e.domains.iter().any(|d| want.contains(d.as_str())))
        })
    }

    /// Ids of gazetteer entities named anywhere in `query` (for query-side recognition).
    #[must_use]
    pub fn ids_in(&self, query: &str) -> Vec<String> {
        let _ = query;
        Vec::new()
    }
}

/// The process-wide gazetteer, compiled on first use.
pub fn gazetteer() -> &'static Gazetteer {
    static G: std::sync::OnceLock<Gazetteer> = std::sync::OnceLock::new();
    G.get_or_init(Gazetteer::default)
}

/// Entities of an article: gazetteer matches and persons, with mentions as spans of `text`.
#[must_use]
pub fn recognize(text: &str, title: Option<&TextSpan>, paragraphs: &[TextSpan]) -> Vec<Entity> {
    let _ = (text, title, paragraphs);
    Vec::new()
}
