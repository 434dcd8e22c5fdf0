//! Properties of the normalizer and the analyzer over generated text that is mostly Arabic
//! (letters, harakat, tatweel, presentation forms, both digit sets, bidi controls, Persian
//! letters, Latin capitals, punctuation), plus arbitrary Unicode and arbitrary bytes.

use proptest::prelude::*;
use rasad_core::Span;
use rasad_core::analyzer::{stem, stem_unfolded, tokenize, variant};
use rasad_core::normalize::{Normalized, folded_len, normalize, normalize_into};

/// One char of the kinds the fold cares about.
fn arabic_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => prop::char::range('\u{0621}', '\u{064A}'),
        2 => prop::char::range('\u{064B}', '\u{065F}'),
        1 => prop::sample::select(vec!['\u{0640}', '\u{0670}', 'ٱ', 'ی', 'ک', 'گ', 'پ', 'ۀ', 'ہ', 'ے', 'ڤ', 'ء']),
        1 => prop::char::range('\u{0660}', '\u{066C}'),
        1 => prop::char::range('\u{06F0}', '\u{06F9}'),
        1 => prop::char::range('\u{FB50}', '\u{FDFF}'),
        1 => prop::char::range('\u{FE70}', '\u{FEFF}'),
        1 => prop::sample::select(vec!['\u{200C}', '\u{200D}', '\u{200E}', '\u{200F}', '\u{061C}', '\u{202B}', '\u{2067}', '\u{00AD}']),
        2 => prop::sample::select(vec![' ', ' ', '\n', '،', '؛', '؟', '.', ',', '-', '«', '»', '\u{00A0}']),
        1 => prop::char::range('A', 'Z'),
        1 => prop::char::range('0', '9'),
        1 => prop::sample::select(vec!['İ', 'Ⱥ', 'ẞ', 'Σ', 'ǅ', 'ﬁ', '\u{0301}']),
        1 => any::<char>(),
    ]
}

fn arabic_text() -> impl Strategy<Value = String> {
    prop::collection::vec(arabic_char(), 0..80).prop_map(|v| v.into_iter().collect())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn normalize_is_idempotent(s in arabic_text()) {
        let once = normalize(&s);
        prop_assert_eq!(normalize(&once), once.clone());
    }

    #[test]
    fn normalize_is_idempotent_on_any_unicode(s in any::<String>()) {
        let once = normalize(&s);
        prop_assert_eq!(normalize(&once), once);
    }

    #[test]
    fn normalized_text_equals_normalize(s in arabic_text()) {
        let n = Normalized::new(&s);
        prop_assert_eq!(&n.text, &normalize(&s));
        prop_assert_eq!(folded_len(&s), n.text.len());
        let mut buf = String::from("x");
        normalize_into(&s, &mut buf);
        prop_assert_eq!(&buf[1..], n.text.as_str());
    }

    #[test]
    fn every_span_maps_to_input_char_boundaries(s in arabic_text(), a in 0usize..200, b in 0usize..200) {
        let n = Normalized::new(&s);
        let span = n.original_span(Span::new(a.min(b), a.max(b)));
        prop_assert!(span.start <= span.end && span.end <= s.len());
        prop_assert!(s.is_char_boundary(span.start) && s.is_char_boundary(span.end));
        let at = n.original_offset(a);
        prop_assert!(at <= s.len() && s.is_char_boundary(at));
    }

    #[test]
    fn folded_char_spans_cover_their_source(s in arabic_text()) {
        // Each folded char maps to a non-empty input span whose fold contains that char.
        let n = Normalized::new(&s);
        for (i, c) in n.text.char_indices() {
            let span = n.original_span(Span::new(i, i + c.len_utf8()));
            prop_assert!(!span.is_empty());
            prop_assert!(normalize(span.slice(&s)).contains(c), "{:?} from {:?}", c, span.slice(&s));
        }
    }

    #[test]
    fn never_panics_on_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let s = String::from_utf8_lossy(&bytes);
        let _ = normalize(&s);
        let n = Normalized::new(&s);
        let _ = n.original_span(Span::new(3, 1000));
        let _ = tokenize(&s);
    }

    #[test]
    fn token_spans_are_on_char_boundaries_and_ordered(s in arabic_text()) {
        let toks = tokenize(&s);
        let mut last_end = 0;
        let mut last_pos = None;
        for t in &toks {
            prop_assert!(!t.term.is_empty());
            prop_assert!(t.span.start >= last_end && t.span.start < t.span.end && t.span.end <= s.len());
            prop_assert!(s.is_char_boundary(t.span.start) && s.is_char_boundary(t.span.end));
            prop_assert!(last_pos.is_none_or(|p| t.position > p));
            last_end = t.span.start; // expansions of one char share a span
            last_pos = Some(t.position);
        }
    }

    #[test]
    fn analyzer_sees_through_the_normalizer(s in arabic_text()) {
        // Index and query may hold pre-normalized text: the terms must not change.
        let direct: Vec<String> = tokenize(&s).into_iter().map(|t| t.term).collect();
        let folded: Vec<String> = tokenize(&normalize(&s)).into_iter().map(|t| t.term).collect();
        prop_assert_eq!(direct, folded);
    }

    #[test]
    fn stem_is_a_part_of_its_word(w in prop::collection::vec(prop::char::range('\u{0621}', '\u{064A}'), 1..12)) {
        // Before the variant table the stem is a slice of the word, and the length guards
        // keep at least two letters; the table then only swaps a listed stem for its
        // canonical one (random letters can spell a listed stem, as `بيج` did).
        let w: String = w.into_iter().collect();
        let n = normalize(&w);
        let raw = stem_unfolded(&n);
        prop_assert!(n.contains(raw), "{} → {}", n, raw);
        prop_assert!(raw.chars().count() >= n.chars().count().min(2), "{} → {}", n, raw);
        prop_assert_eq!(stem(&n), variant(raw).unwrap_or(raw));
    }
}
