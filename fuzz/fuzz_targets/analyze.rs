//! Fuzz target: the whole pipeline (`rasad_core::analyze`). The first byte picks the hints:
//! low bits a content type, high bits a publication date; the rest are the page's bytes.
//! Checks, beyond "no panic": an error only for empty or unusable bytes, and every invariant
//! of the document (spans, finite numbers, ISO dates, bounded mentions); `claims::extract`
//! on the document gives the same facts.
//! Run: `scripts/fuzz 60 analyze`.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use rasad_core::{AnalyzeError, Input, analyze, claims};

fuzz_target!(|data: &[u8]| {
    let (sel, bytes) = common::split(data);
    let sel = usize::from(sel);
    let input = Input {
        bytes,
        content_type: common::CONTENT_TYPES[sel % common::CONTENT_TYPES.len()],
        published: common::PUBLISHED[(sel / 8) % common::PUBLISHED.len()],
        url: (sel & 0x80 != 0).then_some("https://www.youm7.com/story/2016/6/8/1"),
        outlet: None,
    };
    match analyze(&input) {
        Ok(d) => {
            common::document(&d);
            let again = claims::extract(&d);
            assert!(again.claims == d.claims && again.roles == d.roles && again.statements == d.statements);
        }
        Err(AnalyzeError::Decode(_)) => {}
        // Only the fixed, valid hints of `common::PUBLISHED` are given.
        Err(e @ AnalyzeError::InvalidPublished(_)) => panic!("a valid hint was refused: {e}"),
    }
});
