//! Entities: the gazetteer (countries, regions, cities, facilities, organizations, outlets) and persons.
//!
//! - [`data`]: the TSV files under `data/gazetteer/`, one row per entity, read as a table.
//! - [`forms`]: article and proclitic rules, demonym inflection (`كازاخي` → `الكازاخيين`).
//! - `gazetteer`: the compiled [`Gazetteer`] (one Aho-Corasick automaton over folded surfaces).
//! - `matcher`: matches in folded text, with word boundaries, readings and overlap rules.
//! - `persons`: names through titles and speech verbs, roles, short-mention linking, [`person_id`].
//!
//! Ids: countries by ISO 3166-1 alpha-2 (`KZ`), ministries `<iso>_<portfolio>_ministry`
//! (`de_interior_ministry`), persons `per_<transliteration>` ([`person_id`]), everything else a
//! lowercase slug from the data files (`central_asia`, `isis`, `voa`).
//!
//! For the claims code: [`Gazetteer::find`] / [`Gazetteer::find_in`] give the gazetteer entities named
//! in any text with their form (name or demonym); [`mentions_in`] gives the document's recognized
//! mentions inside a span; [`person_at`] and [`person_by_name`] look persons up.

mod data;
mod fasthash;
mod forms;
mod gazetteer;
mod linker;
mod matcher;
mod name_shape;
mod person_id;
mod persons;

pub use gazetteer::Gazetteer;
pub use person_id::person_id;

use crate::model::{Entity, EntityKind, Mention, MentionForm, Span, TextSpan};
use crate::normalize::{Normalized, normalize};
use matcher::Candidate;
use std::borrow::Cow;
use std::collections::HashMap;

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
    /// Aliases (Arabic and Latin), demonym stems and irregular demonym forms included.
    pub aliases: Vec<String>,
    /// Web domains (outlets).
    pub domains: Vec<String>,
    /// The country a city, facility, sub-national region, ministry, agency or outlet belongs to.
    pub parent: Option<String>,
}

/// A gazetteer entity named in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GazetteerMatch<'g> {
    /// The entry.
    pub entity: &'g EntityInfo,
    /// Where, in the text given (proclitics excluded: `بسوريا` → `سوريا`).
    pub span: Span,
    /// By name or by demonym.
    pub form: MentionForm,
}

impl Gazetteer {
    /// An entry by id.
    #[must_use]
    pub fn get(&self, id: &str) -> Option<&EntityInfo> {
        self.by_id.get(id).map(|&i| &self.entries[i])
    }

    /// All entries.
    #[must_use]
    pub fn all(&self) -> &[EntityInfo] {
        &self.entries
    }

    /// The outlet named by an id, a name or alias as written (`سانا`, `وكالة سانا`, `أستانا -سانا`),
    /// or a web domain or URL (`www.youm7.com`, `https://www.bbc.com/arabic/...`).
    #[must_use]
    pub fn outlet(&self, name_or_domain: &str) -> Option<&EntityInfo> {
        let want = name_or_domain.trim();
        if want.is_empty() {
            return None;
        }
        if let Some(e) = self.get(want).filter(|e| e.kind == EntityKind::Outlet) {
            return Some(e);
        }
        if looks_like_domain(want) {
            return self.outlet_by_domain(want);
        }
        let folded = normalize(want);
        if let Some(&i) = self.outlet_names.get(folded.trim()) {
            return Some(&self.entries[i]);
        }
        self.candidates(&folded).into_iter().map(|c| &self.entries[c.entity]).find(|e| e.kind == EntityKind::Outlet)
    }

    /// The outlet `s` names as a whole (`الخبر الجزائرية`, `هسبريس`), not one merely mentioned
    /// in it: a headline with the word `الخبر` ("the news") or `البيان` ("the statement")
    /// names no outlet.
    #[must_use]
    pub fn outlet_exact(&self, s: &str) -> Option<&EntityInfo> {
        let want = s.trim();
        if let Some(e) = self.get(want).filter(|e| e.kind == EntityKind::Outlet) {
            return Some(e);
        }
        self.outlet_names.get(normalize(want).trim()).map(|&i| &self.entries[i])
    }

    fn outlet_by_domain(&self, url: &str) -> Option<&EntityInfo> {
        let lower = url.to_ascii_lowercase();
        let rest = lower.split_once("://").map_or(lower.as_str(), |(_, r)| r);
        let rest = rest.strip_prefix("www.").unwrap_or(rest);
        let host = rest.split(['/', '?', '#', ':']).next().unwrap_or(rest);
        self.entries
            .iter()
            .filter(|e| e.kind == EntityKind::Outlet)
            .flat_map(|e| e.domains.iter().map(move |d| (e, d)))
            .filter(|(_, d)| match d.split_once('/') {
                Some(_) => rest.starts_with(d.as_str()),
                None => host == d.as_str() || host.ends_with(&format!(".{d}")),
            })
            .max_by_key(|(_, d)| d.len())
            .map(|(e, _)| e)
    }

    /// Ids of gazetteer entities named anywhere in `query` (query-side recognition for search):
    /// `الكازاخي`, `كازخي`, `كازاخستان` → `["KZ"]`. Weak names count here (a query is short and
    /// deliberate); English names match as whole words.
    #[must_use]
    pub fn ids_in(&self, query: &str) -> Vec<String> {
        let folded = normalize(query);
        let mut ids: Vec<String> = Vec::new();
        for c in self.candidates(&folded) {
            let id = &self.entries[c.entity].id;
            if !ids.contains(id) {
                ids.push(id.clone());
            }
        }
        for (name, i) in &self.names_en {
            let id = &self.entries[*i].id;
            if !ids.contains(id) && contains_words(&folded, name) {
                ids.push(id.clone());
            }
        }
        ids
    }

    /// Gazetteer entities named in `text`, in order, spans indexing `text`. A weak name counts only
    /// when `text` also names the same entity strongly.
    #[must_use]
    pub fn find(&self, text: &str) -> Vec<GazetteerMatch<'_>> {
        let norm = Normalized::new(text);
        let mut cands = self.candidates(&norm.text);
        matcher::keep_weak_with_strong(&mut cands);
        cands
            .into_iter()
            .map(|c| GazetteerMatch {
                entity: &self.entries[c.entity],
                span: norm.original_span(Span::new(c.start, c.end)),
                form: c.form,
            })
            .collect()
    }

    /// [`Gazetteer::find`] over `span` of `text`; spans index `text`. An out-of-range span finds nothing.
    #[must_use]
    pub fn find_in(&self, text: &str, span: Span) -> Vec<GazetteerMatch<'_>> {
        let Some(part) = text.get(span.start..span.end) else { return Vec::new() };
        let mut found = self.find(part);
        for m in &mut found {
            m.span = m.span.shifted(span.start);
        }
        found
    }
}

/// A domain or URL rather than a name: ASCII, a dot, no space.
fn looks_like_domain(s: &str) -> bool {
    s.is_ascii() && s.contains('.') && !s.contains(' ')
}

/// True when `words` occurs in `text` with word boundaries on both sides.
fn contains_words(text: &str, words: &str) -> bool {
    text.match_indices(words).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + words.len()..].chars().next();
        !before.is_some_and(matcher::is_word_char) && !after.is_some_and(matcher::is_word_char)
    })
}

/// The process-wide gazetteer, compiled on first use.
pub fn gazetteer() -> &'static Gazetteer {
    static G: std::sync::OnceLock<Gazetteer> = std::sync::OnceLock::new();
    G.get_or_init(Gazetteer::build)
}

fn lexicon() -> &'static persons::Lexicon {
    static L: std::sync::OnceLock<persons::Lexicon> = std::sync::OnceLock::new();
    L.get_or_init(persons::Lexicon::load)
}

/// One segment (title or paragraph) being recognized.
struct Segment<'a> {
    offset: usize,
    text: &'a str,
    norm: Cow<'a, Normalized>,
    cands: Vec<Candidate>,
}

impl Segment<'_> {
    /// Document span of a folded span of this segment.
    fn doc_span(&self, folded: Span) -> Span {
        self.norm.original_span(folded).shifted(self.offset)
    }
}

/// A person being assembled across segments.
struct PersonAcc {
    tokens: Vec<String>,
    mentions: Vec<Mention>,
    role: Option<String>,
}

/// Entities of an article: gazetteer matches and persons, with mentions as spans of `text`
/// (`paragraph.text == text[paragraph.span]`). Entities are in order of first mention.
#[must_use]
pub fn recognize(text: &str, title: Option<&TextSpan>, paragraphs: &[TextSpan]) -> Vec<Entity> {
    let norms: Vec<Normalized> = paragraphs.iter().map(|p| Normalized::new(&p.text)).collect();
    recognize_folded(text, title, paragraphs, &norms)
}

/// [`recognize`] with the paragraphs already folded (`norms[i] = Normalized::new(&paragraphs[i].text)`):
/// the pipeline folds each paragraph once for numbers, dates and entities.
pub(crate) fn recognize_folded(
    text: &str,
    title: Option<&TextSpan>,
    paragraphs: &[TextSpan],
    norms: &[Normalized],
) -> Vec<Entity> {
    let g = gazetteer();
    let lex = lexicon();
    let title = title.map(|t| (t, Cow::Owned(Normalized::new(&t.text))));
    let mut segments: Vec<Segment<'_>> = title
        .into_iter()
        .chain(paragraphs.iter().enumerate().map(|(i, p)| {
            let norm = norms.get(i).map_or_else(|| Cow::Owned(Normalized::new(&p.text)), Cow::Borrowed);
            (p, norm)
        }))
        .map(|(p, norm)| {
            let cands = g.candidates(&norm.text);
            Segment { offset: p.span.start, text: &p.text, norm, cands }
        })
        .collect();
    // Weak names need a strong one anywhere in the document.
    let strong: std::collections::HashSet<usize> =
        segments.iter().flat_map(|s| &s.cands).filter(|c| !c.weak).map(|c| c.entity).collect();
    for s in &mut segments {
        s.cands.retain(|c| !c.weak || strong.contains(&c.entity));
    }

    let mut by_entity: HashMap<usize, Entity> = HashMap::new();
    for s in &segments {
        for c in &s.cands {
            let info = &g.entries[c.entity];
            let span = s.doc_span(Span::new(c.start, c.end));
            let mention = Mention { text: mention_text(text, span, s), span, form: c.form };
            by_entity.entry(c.entity).or_insert_with(|| new_entity(info)).mentions.push(mention);
        }
    }
    let mut entities: Vec<Entity> = by_entity.into_values().collect();
    entities.extend(recognize_persons(text, &segments, lex));
    for e in &mut entities {
        e.mentions.sort_by_key(|m| (m.span.start, m.span.end));
        e.mentions.dedup_by_key(|m| m.span);
    }
    entities.sort_by_key(|e| (e.mentions.first().map_or(usize::MAX, |m| m.span.start), e.id.clone()));
    entities
}

fn new_entity(info: &EntityInfo) -> Entity {
    Entity {
        id: info.id.clone(),
        kind: info.kind,
        name_ar: info.name_ar.clone(),
        name_en: info.name_en.clone(),
        aliases: info.aliases.clone(),
        mentions: Vec::new(),
        role: None,
    }
}

/// The text of a document span; falls back to the segment's own text if the document disagrees.
fn mention_text(text: &str, span: Span, seg: &Segment<'_>) -> String {
    text.get(span.start..span.end)
        .map(str::to_owned)
        .or_else(|| seg.text.get(span.start - seg.offset..span.end - seg.offset).map(str::to_owned))
        .unwrap_or_default()
}

fn recognize_persons(text: &str, segments: &[Segment<'_>], lex: &persons::Lexicon) -> Vec<Entity> {
    let mut found: Vec<(usize, persons::Found)> = Vec::new();
    for (si, s) in segments.iter().enumerate() {
        found.extend(persons::find(lex, s.text, &s.norm, &s.cands).into_iter().map(|f| (si, f)));
    }
    // Longest names first, so `نزار باييف` joins `نور سلطان نزار باييف`.
    let mut order: Vec<usize> = (0..found.len()).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(found[i].1.tokens.len()), i));
    let mut people: Vec<PersonAcc> = Vec::new();
    for i in order {
        let (si, f) = &found[i];
        let s = &segments[*si];
        let span = s.doc_span(f.name);
        let mention = Mention { text: mention_text(text, span, s), span, form: MentionForm::Name };
        let role = f.role.map(|(r, prefix)| persons::role_text(&mention_text(text, s.doc_span(r), s), prefix));
        let at = people.iter().position(|p| p.tokens.ends_with(&f.tokens));
        let p = match at {
            Some(at) => &mut people[at],
            None => {
                people.push(PersonAcc { tokens: f.tokens.clone(), mentions: Vec::new(), role: None });
                let last = people.len() - 1;
                &mut people[last]
            }
        };
        p.mentions.push(mention);
        if p.role.is_none() {
            p.role = role.filter(|r| !r.is_empty());
        }
    }
    let tokens: Vec<Vec<String>> = people.iter().map(|p| p.tokens.clone()).collect();
    let linker = persons::Linker::new(&tokens, lex);
    for s in segments {
        for (pi, folded) in linker.as_ref().map(|l| l.find(&s.norm.text)).unwrap_or_default() {
            let span = s.doc_span(folded);
            let p = &mut people[pi];
            if p.mentions.iter().any(|m| m.span.start < span.end && span.start < m.span.end) {
                continue;
            }
            p.mentions.push(Mention { text: mention_text(text, span, s), span, form: MentionForm::Name });
        }
    }
    people
        .into_iter()
        .map(|mut p| {
            p.mentions.sort_by_key(|m| m.span.start);
            let full = p.tokens.join(" ");
            // The name as first written in full.
            let name_ar =
                p.mentions.iter().find(|m| normalize(&m.text) == full).map_or_else(|| full.clone(), |m| m.text.clone());
            let id = person_id(&full);
            let mut aliases: Vec<String> = Vec::new();
            for m in &p.mentions {
                if m.text != name_ar && !aliases.contains(&m.text) {
                    aliases.push(m.text.clone());
                }
            }
            Entity {
                name_en: id.trim_start_matches("per_").replace('_', " "),
                id,
                kind: EntityKind::Person,
                name_ar,
                aliases,
                mentions: p.mentions,
                role: p.role,
            }
        })
        .collect()
}

/// The document's recognized mentions lying inside `span`, in text order: which entities a clause
/// names, where, and whether by name or demonym.
#[must_use]
pub fn mentions_in(entities: &[Entity], span: Span) -> Vec<(&Entity, &Mention)> {
    let mut out: Vec<(&Entity, &Mention)> = entities
        .iter()
        .flat_map(|e| e.mentions.iter().map(move |m| (e, m)))
        .filter(|(_, m)| span.contains(m.span))
        .collect();
    out.sort_by_key(|(_, m)| (m.span.start, std::cmp::Reverse(m.span.end)));
    out
}

/// The person with a mention overlapping `span` (a speaker's words), if any.
#[must_use]
pub fn person_at(entities: &[Entity], span: Span) -> Option<&Entity> {
    entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .find(|e| e.mentions.iter().any(|m| m.span.start < span.end && span.start < m.span.end))
}

/// The person named `name` in `entities`: by id, by full name, or by any mention as written
/// (compared folded: `باييف` finds `نور سلطان نزار باييف` when the article mentions him so).
#[must_use]
pub fn person_by_name<'e>(entities: &'e [Entity], name: &str) -> Option<&'e Entity> {
    let want = normalize(name.trim());
    entities.iter().filter(|e| e.kind == EntityKind::Person).find(|e| {
        e.id == name.trim() || normalize(&e.name_ar) == want || e.mentions.iter().any(|m| normalize(&m.text) == want)
    })
}
