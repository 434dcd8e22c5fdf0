//! The claim lexicons: word lists as data (`data/claims/*.tsv`), compiled once into
//! aho-corasick automata over folded text.
//!
//! Every key goes through [`crate::normalize::normalize`], the same fold the sentence is
//! matched in, so `أكثر`/`اكثر`, `ة`/`ه`, `ى`/`ي` never matter. Rows are
//! `forms<TAB>column…`, forms comma-separated; `#` lines are comments.

use aho_corasick::{AhoCorasick, MatchKind};
use serde::de::DeserializeOwned;

use crate::model::{Predicate, SubjectClass};
use crate::normalize::normalize;

/// A compiled word list: pattern `i` carries `values[i]`.
#[derive(Debug)]
pub(crate) struct Lexicon<T> {
    /// This lexicon alone; the pipeline searches [`super::sentence::Combined`] automata, the
    /// tests check that both give the same hits.
    pub(crate) ac: AhoCorasick,
    pub(crate) values: Vec<T>,
    /// The folded keys, in pattern order (compiled again into [`super::sentence::Combined`]).
    pub(crate) keys: Vec<String>,
    /// Which attached pronouns may follow a match inside the same word.
    pub(crate) suffixes: &'static [&'static str],
}

impl<T> Lexicon<T> {
    fn build(rows: Vec<(String, T)>, suffixes: &'static [&'static str]) -> Self {
        let mut keys = Vec::with_capacity(rows.len());
        let mut values = Vec::with_capacity(rows.len());
        let mut seen = std::collections::HashSet::with_capacity(rows.len());
        for (k, v) in rows {
            let k = normalize(k.trim());
            // A key listed twice keeps its first meaning; `every_lexicon_has_unique_keys`
            // keeps the data free of such rows (generated inflections may repeat a listed form).
            if k.is_empty() || !seen.insert(k.clone()) {
                continue;
            }
            keys.push(k);
            values.push(v);
        }
        // The keys are a few hundred short words from `data/claims`: building cannot exceed
        // aho-corasick's size limits, and `every_lexicon_parses_and_has_unique_keys` builds them all.
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&keys)
            .expect("claim lexicons are small static word lists");
        Self { ac, values, keys, suffixes }
    }

    /// The value of pattern `id`.
    pub(crate) fn value(&self, id: usize) -> Option<&T> {
        self.values.get(id)
    }
}

/// The rows of a TSV lexicon: (raw forms, columns after the first).
pub(crate) fn rows(src: &str) -> Vec<(Vec<String>, Vec<String>)> {
    src.lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map(|l| {
            let mut cols = l.split('\t');
            let forms = cols.next().unwrap_or("").split(',').map(|f| f.trim().to_owned()).filter(|f| !f.is_empty());
            (forms.collect(), cols.map(|c| c.trim().to_owned()).collect())
        })
        .collect()
}

/// Parses a snake_case enum name through serde, the same spelling the JSON output uses.
pub(crate) fn parse_enum<T: DeserializeOwned>(name: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(name.to_owned())).ok()
}

fn build_with<T: Clone>(
    src: &str,
    suffixes: &'static [&'static str],
    value: impl Fn(&[String]) -> Option<T>,
) -> Lexicon<T> {
    let mut out = Vec::new();
    for (forms, cols) in rows(src) {
        let Some(v) = value(&cols) else { continue };
        out.extend(forms.into_iter().map(|f| (f, v.clone())));
    }
    Lexicon::build(out, suffixes)
}

fn col(cols: &[String], i: usize) -> &str {
    cols.get(i).map_or("", String::as_str)
}

/// A subject noun: its class and, for nouns that say what happened (`العائدين`), a predicate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct SubjectEntry {
    pub(crate) class: SubjectClass,
    pub(crate) implied: Option<Predicate>,
    /// Rule `occupation_needs_an_event`: pupils, workers, teachers … are counted only when
    /// something is done to them or by them (third column `event`).
    pub(crate) needs_event: bool,
}

/// How a predicate word stands in its clause.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PredKind {
    /// A finite verb.
    Verb,
    /// A verbal noun or participle.
    Noun,
    /// A repatriation verb whose subject is the receiving country.
    Agent,
}

/// A predicate word; `predicate: None` marks a look-alike that blocks a shorter match.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct PredEntry {
    pub(crate) predicate: Option<Predicate>,
    pub(crate) kind: PredKind,
}

/// What a speech verb does to attribution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SpeechKind {
    Say,
    Quote,
    Continue,
    Circumstantial,
    Impersonal,
}

/// What a citation marker introduces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CiteKind {
    AccordingTo,
    Postposed,
}

/// Outlet noun (`صحيفة`) or document noun (`تقرير`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SourceNoun {
    Outlet,
    Document,
}

/// What an origin marker introduces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum OriginMarker {
    From,
    Nationality,
    To,
}

/// All claim lexicons.
#[derive(Debug)]
pub(crate) struct Lexicons {
    pub(crate) subjects: Lexicon<SubjectEntry>,
    pub(crate) predicates: Lexicon<PredEntry>,
    pub(crate) speech: Lexicon<SpeechKind>,
    pub(crate) citations: Lexicon<CiteKind>,
    pub(crate) source_nouns: Lexicon<SourceNoun>,
    pub(crate) unnamed: Lexicon<()>,
    pub(crate) stops: Lexicon<()>,
    pub(crate) clause_breaks: Lexicon<()>,
    pub(crate) hypothetical: Lexicon<()>,
    pub(crate) totals: Lexicon<()>,
    pub(crate) counting: Lexicon<()>,
    pub(crate) origin_markers: Lexicon<OriginMarker>,
    pub(crate) roles: Lexicon<()>,
    pub(crate) non_person: Lexicon<()>,
}

/// The lexicon files, by name (for tests that walk them all).
pub(crate) const FILES: &[(&str, &str)] = &[
    ("subjects", include_str!("../../data/claims/subjects.tsv")),
    ("predicates", include_str!("../../data/claims/predicates.tsv")),
    ("speech_verbs", include_str!("../../data/claims/speech_verbs.tsv")),
    ("citation_markers", include_str!("../../data/claims/citation_markers.tsv")),
    ("source_nouns", include_str!("../../data/claims/source_nouns.tsv")),
    ("unnamed_sources", include_str!("../../data/claims/unnamed_sources.tsv")),
    ("speaker_stops", include_str!("../../data/claims/speaker_stops.tsv")),
    ("clause_breaks", include_str!("../../data/claims/clause_breaks.tsv")),
    ("hypothetical", include_str!("../../data/claims/hypothetical.tsv")),
    ("totals", include_str!("../../data/claims/totals.tsv")),
    ("counting_nouns", include_str!("../../data/claims/counting_nouns.tsv")),
    ("origin_markers", include_str!("../../data/claims/origin_markers.tsv")),
    ("role_nouns", include_str!("../../data/claims/role_nouns.tsv")),
    ("non_person_nouns", include_str!("../../data/claims/non_person_nouns.tsv")),
];

fn file(name: &str) -> &'static str {
    FILES.iter().find(|(n, _)| *n == name).map_or("", |(_, s)| s)
}

/// Attached pronouns a subject noun may carry (`مواطنيها`, `عناصره`).
const SUBJECT_SUFFIXES: &[&str] = &["ه", "ها", "هم", "هن", "نا"];
/// Predicates carry only the plural pronoun (`اعتقالهم`); `ه` would turn `عادة` into `عاد`+`ه`.
const PREDICATE_SUFFIXES: &[&str] = &["هم"];

/// Subject-agreement endings of the Arabic past tense (`اعتقلنا`, `أوقفتا`, `اعتقلن`,
/// `خطفتم`, the dual `قتلا`) and the plural imperfect (`يقاتلون`), glued to a verb form as listed.
const VERB_ENDINGS: &[&str] = &["وا", "ون", "ت", "نا", "تا", "ن", "تم", "ا"];

/// Rule `verb_inflection`: a predicate verb is listed once (`اعتقل`, `أوقف`); its persons and
/// numbers are generated here (`اعتقلنا` "we arrested", `أوقفتا` "the two were arrested"), so a
/// first-person quote or a dual subject binds like the third person. The listed rows come
/// first and keep their meaning when a generated form collides with one of them. A form of two
/// letters (`فر`) takes no `ن`, which would spell another word (`فرن`).
fn verb_inflections(forms: &[(String, PredEntry)]) -> Vec<(String, PredEntry)> {
    let mut out = Vec::new();
    for (f, e) in forms {
        if e.kind == PredKind::Noun || e.predicate.is_none() || f.contains(' ') {
            continue;
        }
        let letters = normalize(f).chars().count();
        for end in VERB_ENDINGS {
            // The masculine dual `ا` (`قتلا` "the two were killed") only on verbs of three
            // letters or more: `فرا`, `عادا` are rare and the bare accusative is not a verb.
            if (*end == "ن" || *end == "ا") && letters <= 2 {
                continue;
            }
            out.push((format!("{f}{end}"), *e));
        }
    }
    out
}

/// The predicate lexicon: the listed rows, then their generated verb inflections.
fn predicates() -> Lexicon<PredEntry> {
    let mut listed = Vec::new();
    for (forms, cols) in rows(file("predicates")) {
        let kind = match col(&cols, 1) {
            "verb" => PredKind::Verb,
            "agent" => PredKind::Agent,
            _ => PredKind::Noun,
        };
        let predicate = if col(&cols, 0) == "none" {
            None
        } else {
            let Some(p) = parse_enum(col(&cols, 0)) else { continue };
            Some(p)
        };
        listed.extend(forms.into_iter().map(|f| (f, PredEntry { predicate, kind })));
    }
    let generated = verb_inflections(&listed);
    listed.extend(generated);
    Lexicon::build(listed, PREDICATE_SUFFIXES)
}

fn plain(name: &str) -> Lexicon<()> {
    build_with(file(name), &[], |_| Some(()))
}

impl Lexicons {
    fn load() -> Self {
        Self {
            subjects: build_with(file("subjects"), SUBJECT_SUFFIXES, |c| {
                Some(SubjectEntry {
                    class: parse_enum(col(c, 0))?,
                    implied: parse_enum(col(c, 1)),
                    needs_event: col(c, 2) == "event",
                })
            }),
            predicates: predicates(),
            speech: build_with(file("speech_verbs"), &[], |c| match col(c, 0) {
                "say" => Some(SpeechKind::Say),
                "quote" => Some(SpeechKind::Quote),
                "continue" => Some(SpeechKind::Continue),
                "circumstantial" => Some(SpeechKind::Circumstantial),
                "impersonal" => Some(SpeechKind::Impersonal),
                _ => None,
            }),
            citations: build_with(file("citation_markers"), &[], |c| match col(c, 0) {
                "according_to" => Some(CiteKind::AccordingTo),
                "postposed" => Some(CiteKind::Postposed),
                _ => None,
            }),
            source_nouns: build_with(file("source_nouns"), &[], |c| match col(c, 0) {
                "outlet" => Some(SourceNoun::Outlet),
                "document" => Some(SourceNoun::Document),
                _ => None,
            }),
            unnamed: plain("unnamed_sources"),
            stops: plain("speaker_stops"),
            clause_breaks: plain("clause_breaks"),
            hypothetical: plain("hypothetical"),
            totals: plain("totals"),
            counting: plain("counting_nouns"),
            origin_markers: build_with(file("origin_markers"), &[], |c| match col(c, 0) {
                "from" => Some(OriginMarker::From),
                "nationality" => Some(OriginMarker::Nationality),
                "to" => Some(OriginMarker::To),
                _ => None,
            }),
            roles: plain("role_nouns"),
            non_person: plain("non_person_nouns"),
        }
    }
}

/// The process-wide lexicons, compiled on first use.
pub(crate) fn get() -> &'static Lexicons {
    static L: std::sync::OnceLock<Lexicons> = std::sync::OnceLock::new();
    L.get_or_init(Lexicons::load)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_lexicon_parses_and_has_unique_keys() {
        for (name, src) in FILES {
            let mut seen: Vec<(String, String)> = Vec::new();
            for (forms, cols) in rows(src) {
                assert!(!forms.is_empty(), "{name}: a row without forms");
                for f in forms {
                    let k = normalize(&f);
                    // The same key may appear in two rows only with the same meaning
                    // (e.g. `توجه` as verb and noun would be ambiguous: not allowed).
                    let meaning = cols.join("\t");
                    if let Some((_, m)) = seen.iter().find(|(s, _)| *s == k) {
                        panic!("{name}: duplicate key {f:?} ({m:?} and {meaning:?})");
                    }
                    seen.push((k, meaning));
                }
            }
        }
    }

    #[test]
    fn every_row_maps_to_a_known_value() {
        let l = get();
        let count = |name: &str| rows(file(name)).iter().map(|(f, _)| f.len()).sum::<usize>();
        assert_eq!(l.subjects.keys.len(), count("subjects"), "a subjects row has an unknown class");
        for (forms, cols) in rows(file("predicates")) {
            for f in forms {
                let k = normalize(&f);
                assert!(l.predicates.keys.contains(&k), "predicates: {f:?} ({cols:?}) has an unknown predicate");
            }
        }
        assert!(
            l.predicates.values.iter().skip(count("predicates")).all(|e| e.kind != PredKind::Noun),
            "only verbs are inflected"
        );
        assert_eq!(l.speech.keys.len(), count("speech_verbs"), "a speech verb row has an unknown kind");
        assert_eq!(l.citations.keys.len(), count("citation_markers"));
        assert_eq!(l.origin_markers.keys.len(), count("origin_markers"));
        assert_eq!(l.source_nouns.keys.len(), count("source_nouns"));
    }

    #[test]
    fn non_person_nouns_are_never_subjects() {
        let l = get();
        for k in &l.non_person.keys {
            assert!(!l.subjects.keys.contains(k), "{k} is both a subject and a non-person noun");
        }
    }
}
