//! rasad-core: pure text → structure. No I/O, no async, no tantivy, no protobuf.
//!
//! One article goes through the pipeline in this order (see [`pipeline::analyze`]):
//!
//! - [`decode`]    bytes → text: BOM, declared charset, detection.
//! - [`clean`]     text or HTML → article: title, dateline, byline, body paragraphs, with offsets.
//! - [`normalize`] the one fold for matching (never for display), with an offset map.
//! - [`analyzer`]  tokens and light stems for search; the store wraps it as a tantivy tokenizer.
//! - [`segment`]   sentences of a paragraph.
//! - [`numbers`]   numbers in digits and words, qualifiers, ranges, vague counts.
//! - [`dates`]     dates and times in both month systems and Hijri, relative to publication.
//! - [`entities`]  the gazetteer (countries, regions, organizations, outlets) and persons.
//! - [`claims`]    quantity claims with attribution, role facts, statements.
//! - [`signature`] near-duplicate signatures for syndication.
//!
//! [`model`] holds the types all of them share.

pub mod analyzer;
pub mod claims;
pub mod clean;
pub mod dates;
pub mod decode;
pub mod entities;
pub mod model;
pub mod normalize;
pub mod numbers;
pub mod pipeline;
pub mod segment;
pub mod signature;

pub use model::*;
pub use pipeline::{AnalyzeError, Input, analyze};
