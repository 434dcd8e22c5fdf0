//! Rule `evidence_window`: the evidence of a fact is its sentence — unless the sentence
//! states more facts of one kind than [`FULL_EVIDENCE_FACTS`], in which case each fact
//! quotes a window of the sentence around its own words.
//!
//! Why: every fact carries its evidence as text, so a sentence with `k` facts is copied
//! `k` times. Real news sentences hold a handful of counts at most (a casualty list:
//! `16 رجلا و59 امرأة و156 طفلا`), and for them the whole sentence is quoted. A flattened
//! table or a hostile run-on (a 1 200-byte sentence with 16 counts) would otherwise give 16
//! copies of it per claim list — output growing with facts × sentence length instead of with
//! the input. With the window, the evidence of one kind of fact stays within
//! [`EVIDENCE_BUDGET`] × the sentence, and each window still shows the fact in its context.

use super::sentence::Sent;
use crate::model::{Span, TextSpan};

/// Up to this many facts of one kind in a sentence, each quotes the whole sentence.
pub(crate) const FULL_EVIDENCE_FACTS: usize = 4;

/// Beyond [`FULL_EVIDENCE_FACTS`], the facts of a sentence share this many sentence lengths
/// of evidence.
const EVIDENCE_BUDGET: usize = 4;

/// No window is cut shorter than this many bytes (≈ 10 Arabic words), so each still reads
/// as a phrase.
const MIN_WINDOW_BYTES: usize = 120;

/// The evidence for a fact whose own words are tokens `[a, b)` of `s`, when the sentence
/// states `facts` facts of its kind.
pub(crate) fn evidence(text: &str, s: &Sent, a: usize, b: usize, facts: usize) -> TextSpan {
    TextSpan::of(text, window(s, a, b, facts))
}

/// The span [`evidence`] quotes: the sentence, or whole tokens around `[a, b)` grown one
/// token at a time on alternate sides while the window fits the fact's share of the budget.
pub(crate) fn window(s: &Sent, a: usize, b: usize, facts: usize) -> Span {
    let n = s.toks.len();
    if facts <= FULL_EVIDENCE_FACTS || n == 0 {
        return s.span;
    }
    let budget = (s.span.len() * EVIDENCE_BUDGET / facts).max(MIN_WINDOW_BYTES);
    if s.span.len() <= budget {
        return s.span;
    }
    let (mut lo, mut hi) = (a.min(n - 1), b.clamp(a.min(n - 1) + 1, n));
    let bytes = |lo: usize, hi: usize| s.span_of(lo, hi).len();
    loop {
        let grow_left = lo > 0 && bytes(lo - 1, hi) <= budget;
        if grow_left {
            lo -= 1;
        }
        let grow_right = hi < n && bytes(lo, hi + 1) <= budget;
        if grow_right {
            hi += 1;
        }
        if !grow_left && !grow_right {
            break;
        }
    }
    s.span_of(lo, hi)
}

/// Rule `content_window`: what a speaker said runs from token `from` to `end`; when the
/// sentence reports more speech than [`FULL_EVIDENCE_FACTS`] (`قال الوزير إن …` again and
/// again), each content keeps its first words up to its share of the budget, since every
/// content otherwise runs on to the end of the sentence over all the later ones.
pub(crate) fn content(s: &Sent, from: usize, end: usize, facts: usize) -> Span {
    let end = end.min(s.toks.len());
    let whole = s.span_of(from, end);
    if facts <= FULL_EVIDENCE_FACTS || from >= end {
        return whole;
    }
    let budget = (s.span.len() * EVIDENCE_BUDGET / facts).max(MIN_WINDOW_BYTES);
    if whole.len() <= budget {
        return whole;
    }
    let mut hi = from + 1;
    while hi < end && s.span_of(from, hi + 1).len() <= budget {
        hi += 1;
    }
    s.span_of(from, hi)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence(words: usize) -> (String, Sent) {
        let text = vec!["كلمة"; words].join(" ");
        let s = Sent::new(&text, Span::new(0, text.len()));
        assert_eq!(s.toks.len(), words, "one token per word");
        (text, s)
    }

    /// A sentence with a handful of facts is quoted whole for each.
    #[test]
    fn evidence_window_whole_sentence_for_few_facts() {
        let (text, s) = sentence(300);
        for facts in 0..=FULL_EVIDENCE_FACTS {
            assert_eq!(window(&s, 150, 151, facts), Span::new(0, text.len()), "{facts} facts");
        }
    }

    /// Many facts: each window holds the fact's tokens, stays within its share of the
    /// budget, starts and ends on whole tokens, and the windows together stay within
    /// the budget.
    #[test]
    fn evidence_window_narrows_for_many_facts() {
        let (text, s) = sentence(300);
        let facts = 16;
        let share = (text.len() * EVIDENCE_BUDGET / facts).max(MIN_WINDOW_BYTES);
        let mut total = 0;
        for f in 0..facts {
            let a = f * 300 / facts;
            let w = window(&s, a, a + 2, facts);
            assert!(w.len() <= share, "fact {f}: {} > {share}", w.len());
            assert!(w.len() > share / 2, "fact {f}: window {} far under its share {share}", w.len());
            let fact = s.span_of(a, a + 2);
            assert!(w.start <= fact.start && fact.end <= w.end, "fact {f} outside its window");
            assert!(s.toks.iter().any(|t| t.span.start == w.start), "fact {f}: cut inside a word");
            assert!(s.toks.iter().any(|t| t.span.end == w.end), "fact {f}: cut inside a word");
            total += w.len();
        }
        assert!(total <= EVIDENCE_BUDGET * text.len(), "{total} B of evidence for {} B", text.len());
    }

    /// Contents keep their start and whole words; many of them stay within the budget.
    #[test]
    fn content_window_keeps_the_first_words() {
        let (text, s) = sentence(300);
        assert_eq!(content(&s, 10, 300, FULL_EVIDENCE_FACTS), s.span_of(10, 300));
        let facts = 30;
        let share = (text.len() * EVIDENCE_BUDGET / facts).max(MIN_WINDOW_BYTES);
        let c = content(&s, 10, 300, facts);
        assert_eq!(c.start, s.span_of(10, 11).start);
        assert!(c.len() <= share && c.len() > share / 2, "{} for a share of {share}", c.len());
        assert!(s.toks.iter().any(|t| t.span.end == c.end), "cut inside a word");
        assert!(content(&s, 300, 300, facts).is_empty());
    }

    /// Out-of-range token indexes (a fact at the sentence end) give a window, not a panic.
    #[test]
    fn evidence_window_tolerates_indexes_past_the_end() {
        let (_, s) = sentence(300);
        let w = window(&s, 400, 500, 20);
        assert!(!w.is_empty() && w.end == s.span.end);
        let (_, empty) = sentence(0);
        assert_eq!(window(&empty, 0, 1, 20), empty.span);
    }
}
