//! The cleaning lexicons (`data/clean/*.tsv`), compiled once.
//!
//! Every phrase and every line goes through [`key`]: `crate::normalize` (alef forms, `ى`,
//! `ة`, tashkeel, case) and then punctuation to spaces, so `اقرأ أيضاً:` and `اقرا ايضا`
//! meet.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

/// What a boilerplate phrase does to a line (the `rule` column of `boilerplate.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// The whole line is the phrase.
    Line,
    /// A short line starts with the phrase.
    Prefix,
    /// A short line contains the phrase.
    Contains,
    /// A short line names a list of related headlines that follows.
    Section,
    /// A word of a share bar or social-link line.
    Widget,
}

/// Class of a word in `date_words.tsv`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateWord {
    Month,
    Weekday,
    Clock,
    Label,
}

pub struct Lexicon {
    exact: HashMap<String, Rule>,
    phrases: AhoCorasick,
    phrase_rules: Vec<Rule>,
    widgets: HashSet<String>,
    date_words: HashMap<String, DateWord>,
    date_labels: Vec<String>,
    /// Byline markers as key tokens, longest first, with "needs a separator".
    pub bylines: Vec<(Vec<String>, bool)>,
    desks: HashSet<String>,
}

/// Longest line (in words) each rule applies to: a body sentence that happens to mention
/// `JavaScript` or `تطبيق` is long; boilerplate is short.
pub const PREFIX_MAX_WORDS: usize = 12;
pub const CONTAINS_MAX_WORDS: usize = 20;
pub const SECTION_MAX_WORDS: usize = 7;

/// The matching key of a line: normalized, punctuation as spaces, spaces collapsed.
#[must_use]
pub fn key(s: &str) -> String {
    let folded = crate::normalize::normalize(s);
    let mut out = String::with_capacity(folded.len());
    let mut space = true;
    for c in folded.chars() {
        if super::lines::is_word_char(c) || c == '©' || c == '#' || c == '+' {
            out.push(c);
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

fn rows(tsv: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    tsv.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).map(|l| l.split('\t').map(str::trim).collect())
}

impl Lexicon {
    fn load() -> Self {
        let mut exact = HashMap::new();
        let mut patterns = Vec::new();
        let mut phrase_rules = Vec::new();
        let mut widgets = HashSet::new();
        for row in rows(include_str!("../../data/clean/boilerplate.tsv")) {
            let (Some(phrase), Some(rule)) = (row.first(), row.get(1)) else { continue };
            let rule = match *rule {
                "line" => Rule::Line,
                "prefix" => Rule::Prefix,
                "contains" => Rule::Contains,
                "section" => Rule::Section,
                "widget" => Rule::Widget,
                _ => continue,
            };
            let k = key(phrase);
            if k.is_empty() {
                continue;
            }
            match rule {
                Rule::Line => {
                    exact.insert(k, rule);
                }
                Rule::Widget => {
                    widgets.insert(k);
                }
                _ => {
                    patterns.push(k);
                    phrase_rules.push(rule);
                }
            }
        }
        let phrases =
            AhoCorasick::new(&patterns).unwrap_or_else(|_| AhoCorasick::new([""; 0]).expect("empty automaton"));
        let mut date_words = HashMap::new();
        let mut date_labels = Vec::new();
        for row in rows(include_str!("../../data/clean/date_words.tsv")) {
            let (Some(word), Some(class)) = (row.first(), row.get(1)) else { continue };
            let class = match *class {
                "month" => DateWord::Month,
                "weekday" => DateWord::Weekday,
                "clock" => DateWord::Clock,
                "label" => DateWord::Label,
                _ => continue,
            };
            let k = key(word);
            if class == DateWord::Label {
                date_labels.push(k.clone());
            }
            // `تشرين الأول`: the first word names the month; `الأول` alone is an ordinal
            // in running text (`الدور الأول`), so only the first word is a date word.
            if let Some(first) = k.split(' ').next() {
                date_words.insert(first.to_owned(), class);
            }
        }
        let mut bylines: Vec<(Vec<String>, bool)> = rows(include_str!("../../data/clean/byline.tsv"))
            .filter_map(|r| {
                let k = key(r.first()?);
                (!k.is_empty()).then(|| (k.split(' ').map(str::to_owned).collect(), r.get(1) == Some(&"yes")))
            })
            .collect();
        bylines.sort_by_key(|(m, _)| std::cmp::Reverse(m.len()));
        let desks =
            rows(include_str!("../../data/clean/source_desks.tsv")).filter_map(|r| Some(key(r.first()?))).collect();
        Self { exact, phrases, phrase_rules, widgets, date_words, date_labels, bylines, desks }
    }

    /// The boilerplate rule a line (given by its key and word count) falls under.
    #[must_use]
    pub fn boilerplate(&self, k: &str, words: usize) -> Option<Rule> {
        if k.is_empty() {
            return None;
        }
        if let Some(&r) = self.exact.get(k) {
            return Some(r);
        }
        if words > CONTAINS_MAX_WORDS {
            return None;
        }
        let mut found: Option<Rule> = None;
        for m in self.phrases.find_overlapping_iter(k) {
            let (s, e) = (m.start(), m.end());
            let bounded = (s == 0 || k.as_bytes()[s - 1] == b' ') && (e == k.len() || k.as_bytes()[e] == b' ');
            if !bounded {
                continue;
            }
            let rule = self.phrase_rules[m.pattern().as_usize()];
            let applies = match rule {
                Rule::Prefix => s == 0 && words <= PREFIX_MAX_WORDS,
                Rule::Contains => true,
                Rule::Section => words <= SECTION_MAX_WORDS,
                Rule::Line | Rule::Widget => false,
            };
            // A section header outranks plain boilerplate: it also drops the list under it.
            if applies && (found.is_none() || rule == Rule::Section) {
                found = Some(rule);
            }
        }
        found.or_else(|| self.is_widget_line(k).then_some(Rule::Widget))
    }

    fn is_widget_line(&self, k: &str) -> bool {
        !k.is_empty() && k.split(' ').all(|t| self.widgets.contains(t) || t.chars().all(|c| c.is_ascii_digit()))
    }

    /// The class of one key token, if it is a date word.
    #[must_use]
    pub fn date_word(&self, token: &str) -> Option<DateWord> {
        self.date_words.get(token).copied()
    }

    /// True when the key starts with a date label (`نشر في`, `آخر تحديث`).
    #[must_use]
    pub fn starts_with_date_label(&self, k: &str) -> bool {
        self.date_labels
            .iter()
            .any(|l| k.starts_with(l.as_str()) && k[l.len()..].chars().next().is_none_or(|c| c == ' '))
    }

    /// True for a desk word (`متابعات`, `خاص`).
    #[must_use]
    pub fn is_desk(&self, k: &str) -> bool {
        self.desks.contains(k)
    }
}

/// The lexicon, loaded on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEX: LazyLock<Lexicon> = LazyLock::new(Lexicon::load);
    &LEX
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_lexicon_row_parses() {
        for (name, tsv, cols) in [
            ("boilerplate.tsv", include_str!("../../data/clean/boilerplate.tsv"), 2),
            ("date_words.tsv", include_str!("../../data/clean/date_words.tsv"), 2),
            ("byline.tsv", include_str!("../../data/clean/byline.tsv"), 2),
            ("source_desks.tsv", include_str!("../../data/clean/source_desks.tsv"), 1),
        ] {
            for row in rows(tsv) {
                assert_eq!(row.len(), cols, "{name}: bad row {row:?}");
                assert!(!key(row[0]).is_empty(), "{name}: row {row:?} has an empty key");
            }
        }
    }

    #[test]
    fn no_duplicate_boilerplate_keys() {
        let mut seen = HashMap::new();
        for row in rows(include_str!("../../data/clean/boilerplate.tsv")) {
            let k = (key(row[0]), row[1]);
            assert!(seen.insert(k.clone(), row[0]).is_none(), "duplicate key {k:?} ({})", row[0]);
        }
    }

    #[test]
    fn key_folds_and_strips_punctuation() {
        assert_eq!(key("اقرأ أيضاً:"), key("اقرا ايضا"));
        assert_eq!(key("  Trending   Plus "), "trending plus");
    }

    #[test]
    fn boilerplate_rules_table() {
        let lex = lexicon();
        let rows: &[(&str, Option<Rule>)] = &[
            ("إعلان", Some(Rule::Line)),
            ("فيديو قد يعجبك:", Some(Rule::Section)),
            ("مقالات مقترحة", Some(Rule::Section)),
            ("اقرأ أيضاً", Some(Rule::Section)),
            ("الأكثر قراءة", Some(Rule::Section)),
            ("Sorry, you need to enable JavaScript to visit this website.", Some(Rule::Contains)),
            ("جميع الحقوق محفوظة © 2024", Some(Rule::Contains)),
            ("فيسبوك تويتر واتساب", Some(Rule::Widget)),
            ("الرئيسية أخبار عربية", Some(Rule::Prefix)),
            ("قال الوزير إن الإعلان عن الاتفاق سيتم غدا في مؤتمر صحفي.", None),
        ];
        for (line, want) in rows {
            let k = key(line);
            let words = line.split_whitespace().count();
            assert_eq!(lex.boilerplate(&k, words), *want, "row {line:?}");
        }
    }
}
