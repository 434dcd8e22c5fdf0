//! The gazetteer's data files: one TSV per kind under `data/gazetteer/`, one row per entity.
//!
//! Every file opens with `#` comment lines (source, licence, column meanings), then a header row naming
//! its columns; cells are separated by tabs, lists inside a cell by `|`. A leading `~` on a name marks
//! it *weak*: a common word that names the entity only when the same text also names it strongly
//! (`الجزيرة` is the channel only beside `قناة الجزيرة`).

use crate::model::EntityKind;

/// One data file compiled into the binary.
pub(crate) struct Source {
    /// File name, for error messages and tests.
    #[cfg_attr(not(test), allow(dead_code))]
    pub name: &'static str,
    /// What its rows are.
    pub kind: EntityKind,
    /// The text.
    pub text: &'static str,
}

/// The gazetteer files, in priority order: when one surface names two entities with the same
/// strength, the earlier file wins (a country before a city, a region before an outlet).
pub(crate) const SOURCES: &[Source] = &[
    Source {
        name: "countries.tsv",
        kind: EntityKind::Country,
        text: include_str!("../../data/gazetteer/countries.tsv"),
    },
    Source { name: "regions.tsv", kind: EntityKind::Region, text: include_str!("../../data/gazetteer/regions.tsv") },
    Source { name: "cities.tsv", kind: EntityKind::City, text: include_str!("../../data/gazetteer/cities.tsv") },
    Source {
        name: "facilities.tsv",
        kind: EntityKind::Facility,
        text: include_str!("../../data/gazetteer/facilities.tsv"),
    },
    Source {
        name: "organizations.tsv",
        kind: EntityKind::Organization,
        text: include_str!("../../data/gazetteer/organizations.tsv"),
    },
    Source { name: "outlets.tsv", kind: EntityKind::Outlet, text: include_str!("../../data/gazetteer/outlets.tsv") },
];

/// Ministry portfolios (`ministries.tsv`).
pub(crate) const MINISTRIES: &str = include_str!("../../data/gazetteer/ministries.tsv");
/// Role head nouns (`role_heads.tsv`).
pub(crate) const ROLE_HEADS: &str = include_str!("../../data/gazetteer/role_heads.tsv");
/// Speech verbs and attribution markers (`speech_verbs.tsv`).
pub(crate) const SPEECH_VERBS: &str = include_str!("../../data/gazetteer/speech_verbs.tsv");
/// Title nouns without the article and name particles (`role_nouns.tsv`).
pub(crate) const ROLE_NOUNS: &str = include_str!("../../data/gazetteer/role_nouns.tsv");
/// Words that are never part of a name (`not_names.tsv`).
pub(crate) const NOT_NAMES: &str = include_str!("../../data/gazetteer/not_names.tsv");

/// A parsed TSV table: the header and the rows, cells trimmed.
#[derive(Debug, Default)]
pub(crate) struct Table<'a> {
    header: Vec<&'a str>,
    /// Data rows (comment and blank lines skipped).
    pub rows: Vec<Vec<&'a str>>,
}

impl<'a> Table<'a> {
    /// Parses `text`: `#` lines and blank lines are skipped, the first other line is the header.
    pub(crate) fn parse(text: &'a str) -> Self {
        let mut lines =
            text.lines().map(|l| l.trim_end_matches('\r')).filter(|l| !l.trim().is_empty() && !l.starts_with('#'));
        let header = lines.next().map(|h| h.split('\t').map(str::trim).collect()).unwrap_or_default();
        let rows = lines.map(|l| l.split('\t').map(str::trim).collect()).collect();
        Self { header, rows }
    }

    /// The cell of `row` under column `name`, or `""` when the file has no such column or the row is short.
    pub(crate) fn cell(&self, row: &[&'a str], name: &str) -> &'a str {
        self.header.iter().position(|h| *h == name).and_then(|i| row.get(i).copied()).unwrap_or("")
    }

    /// The `|`-separated list in a cell, empty items dropped.
    pub(crate) fn list(&self, row: &[&'a str], name: &str) -> Vec<&'a str> {
        self.cell(row, name).split('|').map(str::trim).filter(|s| !s.is_empty()).collect()
    }

    /// The first column of every row (single-column lexicons).
    pub(crate) fn first_column(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.rows.iter().filter_map(|r| r.first().copied()).filter(|s| !s.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tsv_skips_comments_and_reads_columns_by_name() {
        let t = Table::parse("# source\nid\tname_ar\taliases\nKZ\tكازاخستان\tكازخستان|قزاقستان\n\n");
        assert_eq!(t.rows.len(), 1);
        assert_eq!(t.cell(&t.rows[0], "name_ar"), "كازاخستان");
        assert_eq!(t.list(&t.rows[0], "aliases"), ["كازخستان", "قزاقستان"]);
        assert_eq!(t.cell(&t.rows[0], "domains"), "");
    }

    #[test]
    fn every_data_file_parses_with_an_id_and_arabic_name_per_row() {
        for s in SOURCES {
            let t = Table::parse(s.text);
            assert!(!t.rows.is_empty(), "{} has no rows", s.name);
            for r in &t.rows {
                let id = t.cell(r, "id");
                assert!(!id.is_empty(), "{}: row without id: {r:?}", s.name);
                assert!(!t.cell(r, "name_ar").is_empty(), "{}: {id} has no Arabic name", s.name);
                assert!(!t.cell(r, "name_en").is_empty(), "{}: {id} has no English name", s.name);
            }
        }
    }
}
