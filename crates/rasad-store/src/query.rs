//! User text → tantivy query.
//!
//! The only syntax is `"quoted phrases"` (straight, curly or guillemet quotes); an
//! unbalanced quote is text. Everything else — `title:*`, `AND`, `-x`, brackets — is just
//! words run through the analyzer, so there is no field injection and no parse error on
//! text. Each word matches the title (boosted ×2) or the body; a word or the whole query
//! that names a gazetteer entity (`كازاخستان`, `الكازاخي`) also matches articles tagged
//! with that entity.

use crate::error::{Result, StoreError};
use crate::options::Limits;
use crate::schema::Fields;
use rasad_core::analyzer;
use rasad_core::entities::gazetteer;
use std::collections::BTreeSet;
use tantivy::Term;
use tantivy::query::{BooleanQuery, BoostQuery, Occur, PhraseQuery, Query, TermQuery};
use tantivy::schema::IndexRecordOption;

/// Title matches count this much more than body matches.
pub const TITLE_BOOST: f32 = 2.0;

/// One unit of a query.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Clause {
    /// A word: its index term and the entities it names.
    Word { term: String, entities: Vec<String> },
    /// A quoted phrase of two or more terms.
    Phrase { terms: Vec<String> },
}

/// A parsed query.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Parsed {
    /// Words and phrases in order.
    pub clauses: Vec<Clause>,
    /// Entities named by the query as a whole that no single word names (`آسيا الوسطى`).
    pub extra_entities: Vec<String>,
    /// Every entity recognized.
    pub entities: Vec<String>,
    /// Every index term (for highlighting).
    pub terms: BTreeSet<String>,
}

impl Parsed {
    /// True when the query has nothing to match (empty or only punctuation).
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.clauses.is_empty() && self.extra_entities.is_empty()
    }
}

const fn is_quote(c: char) -> bool {
    matches!(c, '"' | '\u{201C}' | '\u{201D}' | '\u{201E}' | '«' | '»')
}

/// Parses `text`.
///
/// # Errors
/// `InvalidArgument { field: "query" }` when it is longer than the limits allow.
pub fn parse(text: &str, limits: &Limits) -> Result<Parsed> {
    if text.len() > limits.max_query_bytes {
        return Err(StoreError::invalid("query", format!("longer than {} bytes", limits.max_query_bytes)));
    }
    let quotes = text.chars().filter(|&c| is_quote(c)).count();
    // With an odd count the last quote opens nothing: the text after it is plain words.
    let usable_quotes = quotes - quotes % 2;
    let mut out = Parsed::default();
    let mut n_terms = 0usize;
    let mut seen_quotes = 0usize;
    let mut inside = false;
    let mut seg_start = 0usize;
    let g = gazetteer();
    let mut push_segment = |seg: &str, phrase: bool, out: &mut Parsed| -> Result<()> {
        let tokens = analyzer::tokenize(seg);
        n_terms += tokens.len();
        if n_terms > limits.max_query_terms {
            return Err(StoreError::invalid("query", format!("more than {} terms", limits.max_query_terms)));
        }
        if phrase && tokens.len() >= 2 {
            out.terms.extend(tokens.iter().map(|t| t.term.clone()));
            out.clauses.push(Clause::Phrase { terms: tokens.into_iter().map(|t| t.term).collect() });
            return Ok(());
        }
        for t in tokens {
            let written = t.span.slice(seg);
            let entities = g.ids_in(written);
            out.terms.insert(t.term.clone());
            out.clauses.push(Clause::Word { term: t.term, entities });
        }
        Ok(())
    };
    for (at, c) in text.char_indices() {
        if is_quote(c) && seen_quotes < usable_quotes {
            seen_quotes += 1;
            push_segment(&text[seg_start..at], inside, &mut out)?;
            inside = !inside;
            seg_start = at + c.len_utf8();
        }
    }
    push_segment(&text[seg_start..], false, &mut out)?;

    let mut word_entities = BTreeSet::new();
    for c in &out.clauses {
        if let Clause::Word { entities, .. } = c {
            word_entities.extend(entities.iter().cloned());
        }
    }
    let whole = g.ids_in(text);
    out.extra_entities = whole.iter().filter(|id| !word_entities.contains(*id)).cloned().collect();
    let mut all: BTreeSet<String> = word_entities;
    all.extend(whole);
    out.entities = all.into_iter().collect();
    Ok(out)
}

fn text_term(field: tantivy::schema::Field, term: &str, boost: f32) -> Box<dyn Query> {
    let q: Box<dyn Query> = Box::new(TermQuery::new(Term::from_field_text(field, term), IndexRecordOption::WithFreqs));
    if (boost - 1.0).abs() > f32::EPSILON { Box::new(BoostQuery::new(q, boost)) } else { q }
}

fn entity_term(f: &Fields, id: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(Term::from_field_text(f.entity, id), IndexRecordOption::Basic))
}

/// The tantivy query of a parsed query (`None` when it is empty). `all` makes every
/// clause required.
#[must_use]
pub fn to_query(p: &Parsed, f: &Fields, all: bool) -> Option<Box<dyn Query>> {
    if p.is_empty() {
        return None;
    }
    let occur = if all { Occur::Must } else { Occur::Should };
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    for c in &p.clauses {
        let alternatives: Vec<(Occur, Box<dyn Query>)> = match c {
            Clause::Word { term, entities } => {
                let mut v = vec![
                    (Occur::Should, text_term(f.title, term, TITLE_BOOST)),
                    (Occur::Should, text_term(f.body, term, 1.0)),
                ];
                v.extend(entities.iter().map(|id| (Occur::Should, entity_term(f, id))));
                v
            }
            Clause::Phrase { terms } => {
                let phrase = |field| -> Box<dyn Query> {
                    Box::new(PhraseQuery::new(terms.iter().map(|t| Term::from_field_text(field, t)).collect()))
                };
                vec![
                    (Occur::Should, Box::new(BoostQuery::new(phrase(f.title), TITLE_BOOST)) as Box<dyn Query>),
                    (Occur::Should, phrase(f.body)),
                ]
            }
        };
        clauses.push((occur, Box::new(BooleanQuery::new(alternatives))));
    }
    for id in &p.extra_entities {
        clauses.push((Occur::Should, entity_term(f, id)));
    }
    Some(Box::new(BooleanQuery::new(clauses)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms_of(q: &str) -> Vec<Clause> {
        parse(q, &Limits::default()).unwrap().clauses
    }

    #[test]
    fn quoted_phrase_is_one_clause() {
        let c = terms_of("\"تنظيم الدولة\" سوريا");
        assert!(matches!(&c[0], Clause::Phrase { terms } if terms.len() == 2), "{c:?}");
        assert!(matches!(&c[1], Clause::Word { .. }));
    }

    #[test]
    fn unbalanced_quote_is_text() {
        let c = terms_of("\"تنظيم الدولة");
        assert_eq!(c.len(), 2, "{c:?}");
        assert!(c.iter().all(|c| matches!(c, Clause::Word { .. })));
    }

    #[test]
    fn field_syntax_is_text() {
        let c = terms_of("title:* body:(x OR y)");
        let words: Vec<_> = c
            .iter()
            .map(|c| match c {
                Clause::Word { term, .. } => term.as_str(),
                Clause::Phrase { .. } => "",
            })
            .collect();
        assert_eq!(words, ["title", "body", "x", "or", "y"]);
    }

    #[test]
    fn too_many_terms_is_invalid_argument() {
        let long = "كلمة ".repeat(100_000);
        assert!(matches!(parse(&long, &Limits::default()), Err(StoreError::InvalidArgument { field: "query", .. })));
        let many = "ا ".repeat(65);
        assert!(matches!(parse(&many, &Limits::default()), Err(StoreError::InvalidArgument { field: "query", .. })));
    }

    #[test]
    fn punctuation_only_is_empty() {
        assert!(parse("\"\" ** :: ()", &Limits::default()).unwrap().is_empty());
    }
}
