//! Fuzz target: search query parsing (`rasad-store` `query::parse`, via `fuzzing`). Query
//! text comes straight from clients: there is no syntax error, only limits.
//! Input: a selector byte for the limits (defaults, or tiny ones so the limit paths run),
//! then the query text (lossy UTF-8).
//! Checks, beyond "no panic": errors only name `query` and only when a limit is exceeded;
//! an accepted query respects the byte and term limits, phrases have ≥ 2 terms, every
//! clause term is in `terms`, and `extra_entities` ⊆ `entities`.
//! Run: `scripts/fuzz 60 query_parse`.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use rasad_store::fuzzing::{Clause, parse_query};
use rasad_store::{Limits, StoreError};

fuzz_target!(|data: &[u8]| {
    let (sel, bytes) = common::split(data);
    let text = String::from_utf8_lossy(bytes);
    let mut limits = Limits::default();
    if sel & 1 == 1 {
        limits.max_query_terms = 3;
        limits.max_query_bytes = 64;
    }
    match parse_query(&text, &limits) {
        Ok(p) => {
            assert!(text.len() <= limits.max_query_bytes);
            let mut n_terms = 0usize;
            for c in &p.clauses {
                match c {
                    Clause::Word { term, .. } => {
                        n_terms += 1;
                        assert!(!term.is_empty(), "empty word term");
                        assert!(p.terms.contains(term), "word term missing from terms");
                    }
                    Clause::Phrase { terms } => {
                        n_terms += terms.len();
                        assert!(terms.len() >= 2, "phrase of one term");
                        assert!(terms.iter().all(|t| !t.is_empty() && p.terms.contains(t)));
                    }
                }
            }
            assert!(n_terms <= limits.max_query_terms, "{n_terms} terms accepted");
            assert!(p.extra_entities.iter().all(|e| p.entities.contains(e)));
        }
        Err(StoreError::InvalidArgument { field: "query", .. }) => {}
        Err(e) => panic!("wrong error for a query: {e:?}"),
    }
});
