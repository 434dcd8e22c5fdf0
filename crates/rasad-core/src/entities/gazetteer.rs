//! The compiled gazetteer: every entity of the data files, and one Aho-Corasick automaton over the
//! folded surfaces of all of them.
//!
//! A surface becomes one pattern (folded, article stripped, see [`super::forms`]) with one or more
//! *readings* (entity, name or demonym, weak or strong, article rule): `سوريه` reads as the country's
//! name (`في سورية`) and as the feminine demonym (`السورية`); the prefix found in the text picks.

use super::EntityInfo;
use super::data::{self, Table};
use super::fasthash::{FxHashMap as HashMap, FxHashSet as HashSet};
use super::forms::{self, Article};
use crate::model::{EntityKind, MentionForm};
use crate::normalize::normalize;
use aho_corasick::{AhoCorasick, MatchKind};

/// One way a pattern names an entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Reading {
    /// Index into the entries.
    pub entity: u32,
    /// Name or demonym.
    pub form: MentionForm,
    /// A common word that names the entity only beside a strong mention.
    pub weak: bool,
    /// The article rule.
    pub article: Article,
}

/// Words after a match that cancel it (`مجلس الأمن` + `الروسي`).
#[derive(Clone, Debug, Default)]
pub(crate) struct NotBefore {
    /// Folded words.
    pub words: HashSet<String>,
    /// Any demonym cancels too.
    pub demonym: bool,
}

/// A ministry portfolio (`الداخلية`).
#[derive(Clone, Debug)]
pub(crate) struct Portfolio {
    /// `interior`.
    pub slug: String,
    /// `Interior`.
    pub name_en: String,
    /// `الداخلية` as written.
    pub written: String,
    /// Folded.
    pub folded: String,
}

/// The compiled gazetteer.
#[derive(Debug)]
pub struct Gazetteer {
    pub(crate) entries: Vec<EntityInfo>,
    pub(crate) by_id: HashMap<String, usize>,
    pub(crate) automaton: AhoCorasick,
    /// Per pattern: its readings, and whether it is Latin (no Arabic clitics).
    pub(crate) readings: Vec<(Vec<Reading>, bool)>,
    /// Per entry.
    pub(crate) not_before: Vec<NotBefore>,
    /// Every folded demonym form, article stripped.
    pub(crate) demonyms: HashSet<String>,
    pub(crate) portfolios: Vec<Portfolio>,
    /// (country entry, portfolio index) → ministry entry.
    pub(crate) ministries: HashMap<(usize, usize), usize>,
    /// Folded English names → entry (query side).
    pub(crate) names_en: Vec<(String, usize)>,
    /// Folded outlet names and aliases, weak ones included → entry.
    pub(crate) outlet_names: HashMap<String, usize>,
}

impl Default for Gazetteer {
    fn default() -> Self {
        Self::build()
    }
}

struct Builder {
    entries: Vec<EntityInfo>,
    patterns: Vec<String>,
    index: HashMap<String, usize>,
    readings: Vec<(Vec<Reading>, bool)>,
    not_before: Vec<NotBefore>,
    demonyms: HashSet<String>,
}

impl Builder {
    fn add(&mut self, surface: &str, entity: usize, form: MentionForm, weak: bool, article: Option<Article>) {
        let folded = normalize(surface.trim());
        let folded = folded.trim();
        if folded.is_empty() {
            return;
        }
        let latin = folded.is_ascii();
        // Only a written bare-alef article is stripped: `ألمانيا` and `ألماني` begin with a hamza, not `ال`.
        let (core, had_article) = if latin || article.is_some() || !surface.trim().starts_with("ال") {
            (folded, false)
        } else {
            forms::strip_article(folded)
        };
        let article = article.unwrap_or(if had_article { Article::Required } else { Article::Forbidden });
        if form == MentionForm::Demonym {
            self.demonyms.insert(core.to_owned());
        }
        let reading = Reading { entity: u32::try_from(entity).unwrap_or(u32::MAX), form, weak, article };
        let slot = *self.index.entry(core.to_owned()).or_insert_with(|| {
            self.patterns.push(core.to_owned());
            self.readings.push((Vec::new(), latin));
            self.patterns.len() - 1
        });
        let list = &mut self.readings[slot].0;
        if let Some(r) = list.iter_mut().find(|r| r.entity == reading.entity && r.form == form && r.article == article)
        {
            // The same surface listed twice: strong wins.
            r.weak &= weak;
        } else {
            list.push(reading);
        }
    }
}

impl Gazetteer {
    /// Compiles the data files. Malformed rows are skipped (a test checks that none are).
    #[must_use]
    pub(crate) fn build() -> Self {
        let mut b = Builder {
            entries: Vec::new(),
            patterns: Vec::new(),
            index: HashMap::default(),
            readings: Vec::new(),
            not_before: Vec::new(),
            demonyms: HashSet::default(),
        };
        let mut first_stem: HashMap<usize, String> = HashMap::default();
        for source in data::SOURCES {
            let t = Table::parse(source.text);
            for row in &t.rows {
                let id = t.cell(row, "id");
                let name_ar = t.cell(row, "name_ar");
                if id.is_empty() || name_ar.is_empty() {
                    continue;
                }
                let at = b.entries.len();
                let aliases = t.list(row, "aliases");
                let weak: HashSet<&str> = aliases.iter().filter_map(|a| a.strip_prefix('~')).collect();
                let mut shown: Vec<String> = Vec::new();
                b.add(name_ar, at, MentionForm::Name, weak.contains(name_ar), None);
                for a in &aliases {
                    let a = a.trim_start_matches('~');
                    b.add(a, at, MentionForm::Name, weak.contains(a), None);
                    if a != name_ar && !shown.iter().any(|s| s == a) {
                        shown.push(a.to_owned());
                    }
                }
                for stem in t.list(row, "demonyms") {
                    first_stem.entry(at).or_insert_with(|| stem.to_owned());
                    let folded = normalize(stem);
                    for (form, defined) in forms::demonym_forms(&folded) {
                        let rule = if defined { Article::Required } else { Article::Either };
                        b.add(&form, at, MentionForm::Demonym, false, Some(rule));
                    }
                    shown.push(stem.to_owned());
                }
                for form in t.list(row, "demonym_forms") {
                    b.add(form, at, MentionForm::Demonym, false, None);
                    shown.push(form.to_owned());
                }
                let mut nb = NotBefore::default();
                for w in t.list(row, "not_before") {
                    if w == "@demonym" {
                        nb.demonym = true;
                    } else {
                        nb.words.insert(normalize(w));
                    }
                }
                b.not_before.push(nb);
                let parent = t.cell(row, "parent");
                b.entries.push(EntityInfo {
                    id: id.to_owned(),
                    kind: source.kind,
                    name_ar: name_ar.to_owned(),
                    name_en: t.cell(row, "name_en").to_owned(),
                    aliases: shown,
                    domains: t.list(row, "domains").into_iter().map(str::to_owned).collect(),
                    parent: (!parent.is_empty()).then(|| parent.to_owned()),
                });
            }
        }
        // Ministries: one entry per (country with a demonym, portfolio), found by rule, not by pattern.
        let portfolios: Vec<Portfolio> = {
            let t = Table::parse(data::MINISTRIES);
            t.rows
                .iter()
                .map(|r| Portfolio {
                    slug: t.cell(r, "slug").to_owned(),
                    name_en: t.cell(r, "name_en").to_owned(),
                    written: t.cell(r, "portfolio").to_owned(),
                    folded: normalize(t.cell(r, "portfolio")),
                })
                .filter(|p| !p.slug.is_empty() && !p.folded.is_empty())
                .collect()
        };
        let mut ministries = HashMap::default();
        let mut countries: Vec<(usize, String)> = first_stem.into_iter().collect();
        countries.sort_unstable();
        for (country, stem) in countries {
            if b.entries[country].kind != EntityKind::Country {
                continue;
            }
            let (cid, cname) = (b.entries[country].id.to_lowercase(), b.entries[country].name_en.clone());
            for (pi, p) in portfolios.iter().enumerate() {
                ministries.insert((country, pi), b.entries.len());
                b.not_before.push(NotBefore::default());
                b.entries.push(EntityInfo {
                    id: format!("{cid}_{}_ministry", p.slug),
                    kind: EntityKind::Organization,
                    name_ar: format!("وزارة {} ال{stem}ة", p.written),
                    name_en: format!("{cname} {} Ministry", p.name_en),
                    aliases: Vec::new(),
                    domains: Vec::new(),
                    parent: Some(b.entries[country].id.clone()),
                });
            }
        }
        // The overlapping scan over every byte of every article is the hot loop. A contiguous
        // NFA, not a DFA: with ~2,800 patterns the DFA's table is 11.6 MB (far past L2, and the
        // server's indexing threads share the cache), the NFA 0.35 MB; in the server the scan
        // took a quarter less CPU (perf, 5,000 ingested articles) for the same matches.
        let automaton = AhoCorasick::builder()
            .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
            .match_kind(MatchKind::Standard)
            .build(&b.patterns)
            // The patterns are the checked-in data files, not input; a test builds them.
            .expect("gazetteer patterns compile");
        let by_id = b.entries.iter().enumerate().map(|(i, e)| (e.id.clone(), i)).collect();
        let names_en = b
            .entries
            .iter()
            .enumerate()
            .map(|(i, e)| (normalize(&e.name_en), i))
            .filter(|(n, _)| n.len() >= 3)
            .collect();
        let mut outlet_names = HashMap::default();
        for (i, e) in b.entries.iter().enumerate().filter(|(_, e)| e.kind == EntityKind::Outlet) {
            for n in std::iter::once(&e.name_ar).chain(&e.aliases).chain(std::iter::once(&e.name_en)) {
                outlet_names.entry(normalize(n)).or_insert(i);
            }
        }
        Self {
            entries: b.entries,
            by_id,
            automaton,
            readings: b.readings,
            not_before: b.not_before,
            demonyms: b.demonyms,
            portfolios,
            ministries,
            names_en,
            outlet_names,
        }
    }

    /// Number of patterns in the automaton (for tests and benchmarks).
    #[must_use]
    pub fn pattern_count(&self) -> usize {
        self.readings.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_iso_codes_or_lowercase_slugs_and_unique() {
        let g = Gazetteer::build();
        let mut seen = HashSet::default();
        for e in &g.entries {
            assert!(seen.insert(e.id.as_str()), "duplicate id {}", e.id);
            if e.kind == EntityKind::Country {
                assert!(e.id.len() == 2 && e.id.chars().all(|c| c.is_ascii_uppercase()), "country id {}", e.id);
            } else {
                assert!(
                    e.id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
                    "slug {}",
                    e.id
                );
            }
        }
        let countries = g.entries.iter().filter(|e| e.kind == EntityKind::Country).count();
        assert!(countries >= 195, "{countries} countries");
    }

    /// Two entities reading one surface with the same strength and article rule would make the
    /// choice arbitrary: every such surface must be resolved in the data (one of them weak).
    #[test]
    fn no_ambiguous_surface_between_entities() {
        let g = Gazetteer::build();
        let mut clashes = Vec::new();
        for (i, (readings, _)) in g.readings.iter().enumerate() {
            for (a, ra) in readings.iter().enumerate() {
                for rb in &readings[a + 1..] {
                    if ra.entity != rb.entity && ra.weak == rb.weak && ra.form == rb.form && ra.article == rb.article {
                        let (ea, eb) = (&g.entries[ra.entity as usize].id, &g.entries[rb.entity as usize].id);
                        clashes.push(format!("pattern #{i}: {ea} / {eb}"));
                    }
                }
            }
        }
        assert!(clashes.is_empty(), "{}", clashes.join("\n"));
    }

    /// Generated demonym forms must not be common words (`not_names.tsv` lists the frequent ones).
    #[test]
    fn demonym_forms_are_not_common_words() {
        let g = Gazetteer::build();
        let common: HashSet<String> = Table::parse(data::NOT_NAMES)
            .first_column()
            .map(|w| forms::strip_article(&normalize(w)).0.to_owned())
            .collect();
        let bad: Vec<&String> = g.demonyms.iter().filter(|d| common.contains(d.as_str())).collect();
        assert!(bad.is_empty(), "demonym forms equal to common words: {bad:?}");
    }
}
