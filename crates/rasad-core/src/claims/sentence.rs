//! One sentence as tokens, folded for matching, with lexicon hits as token ranges.
//!
//! The binder reasons in token positions ("the word right after the number", "within the
//! clause"), so every lexicon match, number and entity mention is mapped to a half-open
//! token range `[start, end)`. Tokens are words, digit runs and single punctuation
//! chars; a word glued to digits splits there (`بـ20` → `ب`, `20`). The folded text is
//! the tokens' [`crate::normalize::normalize`] forms joined by single spaces, which is what the
//! aho-corasick lexicons run over.

use super::lexicon::Lexicon;
use crate::model::Span;
use crate::normalize::{fold_chars, is_alphabetic, is_arabic_digit, is_invisible_control, is_removed_mark};
use aho_corasick::{AhoCorasick, MatchKind};

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokClass {
    Word,
    Digits,
    Punct,
}

/// One token: where it stands in the document and in the folded sentence.
#[derive(Clone, Debug)]
pub(crate) struct Tok {
    /// Span in `Document::text`.
    pub(crate) span: Span,
    /// Byte range in [`Sent::folded`].
    pub(crate) folded: (usize, usize),
    pub(crate) class: TokClass,
}

/// A lexicon match: tokens `[start, end)`, pattern `id`, and the clitics glued in front.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Hit {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) id: usize,
    /// Folded clitic prefix inside the first token (`و`, `بال`, `لل`), empty if none.
    pub(crate) prefix: String,
}

/// A tokenized sentence.
#[derive(Clone, Debug)]
pub(crate) struct Sent {
    /// The sentence in `Document::text`.
    pub(crate) span: Span,
    pub(crate) toks: Vec<Tok>,
    pub(crate) folded: String,
}

/// The class of every char below U+0700 (ASCII and the Arabic block, nearly every char of
/// a text), computed once by [`class_by_rules`]: the rules cost ~38 instructions a char
/// (`is_whitespace` takes the Unicode tables for non-ASCII chars), the table ~5.
static CLASSES: std::sync::LazyLock<Vec<Option<TokClass>>> =
    std::sync::LazyLock::new(|| ('\0'..'\u{0700}').map(class_by_rules).collect());

fn class_of(c: char) -> Option<TokClass> {
    CLASSES.get(c as usize).copied().unwrap_or_else(|| class_by_rules(c))
}

fn class_by_rules(c: char) -> Option<TokClass> {
    if c.is_whitespace() {
        None
    } else if c.is_ascii_digit() || is_arabic_digit(c) {
        Some(TokClass::Digits)
    } else if is_alphabetic(c) || is_removed_mark(c) || is_invisible_control(c) {
        Some(TokClass::Word)
    } else {
        Some(TokClass::Punct)
    }
}

impl Sent {
    /// Tokenizes `text[span]`.
    pub(crate) fn new(text: &str, span: Span) -> Self {
        let part = span.slice(text);
        // Room for a token every six bytes (a short Arabic word and its space), so the token
        // list of a paragraph rarely grows.
        let mut toks = Vec::with_capacity(part.len() / 6 + 1);
        let mut folded = String::with_capacity(part.len());
        // Each char with its class, classified once; a lookahead is all the digit-group rule
        // needs.
        let mut chars = part.char_indices().map(|(at, c)| (at, c, class_of(c))).peekable();
        while let Some((at, c, class)) = chars.next() {
            let Some(class) = class else { continue };
            // Each char is folded as it is consumed, straight into the sentence buffer (the
            // same as folding the token's text afterwards: the fold is per char). A token whose
            // fold is empty (only marks) takes back its separating space.
            let mark = folded.len();
            if !folded.is_empty() {
                folded.push(' ');
            }
            let fs = folded.len();
            let mut push = |ch: char| folded.push(ch);
            fold_chars(c, &mut push);
            let mut end = at + c.len_utf8();
            if class != TokClass::Punct {
                while let Some(&(next_at, next, next_class)) = chars.peek() {
                    let same = next_class == Some(class);
                    // `2,500` and `2.5` stay one digit token.
                    let inner_sep = class == TokClass::Digits
                        && matches!(next, ',' | '.' | '٫' | '٬')
                        && part
                            .get(next_at + next.len_utf8()..)
                            .and_then(|r| r.chars().next())
                            .is_some_and(|d| class_of(d) == Some(TokClass::Digits));
                    if !(same || inner_sep) {
                        break;
                    }
                    fold_chars(next, &mut push);
                    end = next_at + next.len_utf8();
                    chars.next();
                }
            }
            if folded.len() == fs {
                folded.truncate(mark);
            } else {
                toks.push(Tok {
                    span: Span::new(span.start + at, span.start + end),
                    folded: (fs, folded.len()),
                    class,
                });
            }
        }
        Self { span, toks, folded }
    }

    /// [`Sent::new`] of `text[span]`, cut out of `self`, the sentence's paragraph, when
    /// `span` lies inside it and no token of the paragraph straddles either end of `span`:
    /// the tokenizer is then in the same state at `span.start` as at any token boundary,
    /// and its one-char lookahead never crosses `span.end` (a token that would have used it
    /// straddles). Else it tokenizes `span` afresh. (Tokenizing every sentence again after
    /// its paragraph was a tenth of the pipeline's instructions.)
    pub(crate) fn within(&self, text: &str, span: Span) -> Self {
        let straddles = |at: usize| {
            let i = self.toks.partition_point(|t| t.span.end <= at);
            self.toks.get(i).is_some_and(|t| t.span.start < at)
        };
        if span.start < self.span.start || span.end > self.span.end || straddles(span.start) || straddles(span.end) {
            return Self::new(text, span);
        }
        let a = self.toks.partition_point(|t| t.span.start < span.start);
        let b = self.toks.partition_point(|t| t.span.end <= span.end);
        let Some(toks) = self.toks.get(a..b).filter(|t| !t.is_empty()) else {
            return Self { span, toks: Vec::new(), folded: String::new() };
        };
        let (from, to) = (toks[0].folded.0, toks[toks.len() - 1].folded.1);
        Self {
            span,
            toks: toks
                .iter()
                .map(|t| Tok { span: t.span, folded: (t.folded.0 - from, t.folded.1 - from), class: t.class })
                .collect(),
            folded: self.folded[from..to].to_owned(),
        }
    }

    /// The folded form of token `i`.
    pub(crate) fn word(&self, i: usize) -> &str {
        self.toks.get(i).and_then(|t| self.folded.get(t.folded.0..t.folded.1)).unwrap_or("")
    }

    /// True when token `i` is the punctuation char `c`.
    pub(crate) fn is_punct(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.class == TokClass::Punct)
    }

    /// The tokens a document span overlaps, `[start, end)`.
    pub(crate) fn tok_range(&self, s: Span) -> Option<(usize, usize)> {
        let a = self.toks.partition_point(|t| t.span.end <= s.start);
        let b = self.toks.partition_point(|t| t.span.start < s.end);
        (a < b).then_some((a, b))
    }

    /// The document span of tokens `[a, b)`.
    pub(crate) fn span_of(&self, a: usize, b: usize) -> Span {
        match (self.toks.get(a), b.checked_sub(1).and_then(|l| self.toks.get(l))) {
            (Some(x), Some(y)) if a < b => Span::new(x.span.start, y.span.end),
            _ => Span::new(self.span.start, self.span.start),
        }
    }

    /// Every match of `lex`, starting at a word start (after optional clitics) and ending at
    /// a word end (before an allowed attached pronoun).
    pub(crate) fn find<T>(&self, lex: &Lexicon<T>) -> Vec<Hit> {
        let mut out: Vec<Hit> = lex
            .ac
            .find_overlapping_iter(&self.folded)
            .filter_map(|m| self.hit(m.start(), m.end(), m.pattern().as_usize(), lex.suffixes))
            .collect();
        // Longest first at each start, then by position.
        out.sort_by_key(|h| (h.start, std::cmp::Reverse(h.end)));
        out
    }

    /// The hit for a match of pattern `id` on folded bytes `[start, end)`, if it starts at a
    /// word start (after optional clitics) and ends at a word end or before one of `suffixes`.
    fn hit(&self, start: usize, end: usize, id: usize, suffixes: &[&str]) -> Option<Hit> {
        let ti = self.toks.partition_point(|t| t.folded.1 <= start);
        let t = self.toks.get(ti)?;
        if start < t.folded.0 {
            return None;
        }
        let prefix = self.folded.get(t.folded.0..start).unwrap_or("");
        if !is_clitic_prefix(prefix) {
            return None;
        }
        let tj = self.toks.partition_point(|t| t.folded.1 < end);
        let last = self.toks.get(tj)?;
        let suffix = self.folded.get(end..last.folded.1).unwrap_or("x");
        if !(suffix.is_empty() || suffixes.contains(&suffix)) {
            return None;
        }
        Some(Hit { start: ti, end: tj + 1, id, prefix: prefix.to_owned() })
    }

    /// Matches of `lex` that do not overlap, preferring the leftmost, then the longest.
    #[cfg_attr(not(test), expect(dead_code, reason = "reference for `find_longest_all`, see its test"))]
    pub(crate) fn find_longest<T>(&self, lex: &Lexicon<T>) -> Vec<Hit> {
        longest(self.find(lex))
    }

    /// [`Sent::find_longest`] for every member of `comb`, in one scan of the sentence:
    /// `out[k]` is what `find_longest` gives for member `k`.
    pub(crate) fn find_longest_all<const N: usize>(&self, comb: &Combined<N>) -> [Vec<Hit>; N] {
        let mut out: [Vec<Hit>; N] = std::array::from_fn(|_| Vec::new());
        for m in comb.ac.find_overlapping_iter(&self.folded) {
            let Some(&(k, id)) = comb.owner.get(m.pattern().as_usize()) else { continue };
            let (Some(bucket), Some(suffixes)) = (out.get_mut(k), comb.suffixes.get(k)) else { continue };
            if let Some(h) = self.hit(m.start(), m.end(), id, suffixes) {
                bucket.push(h);
            }
        }
        out.map(|mut hits| {
            // The same order `find` gives: each member's matches come in the order its own
            // automaton reports them (by end, then longest first), and the sort is stable.
            hits.sort_by_key(|h| (h.start, std::cmp::Reverse(h.end)));
            longest(hits)
        })
    }
}

/// Keeps the hits that do not overlap an earlier kept one (`hits` sorted by start, longest first).
fn longest(hits: Vec<Hit>) -> Vec<Hit> {
    let mut out: Vec<Hit> = Vec::with_capacity(hits.len());
    for h in hits {
        if out.last().is_some_and(|l| h.start < l.end) {
            continue;
        }
        out.push(h);
    }
    out
}

/// `N` lexicons compiled into one automaton, so a sentence is scanned once for all of them
/// (one overlapping scan per lexicon per sentence was a fifth of the pipeline's instructions).
#[derive(Debug)]
pub(crate) struct Combined<const N: usize> {
    ac: AhoCorasick,
    /// Combined pattern → (member, the pattern's id in that member's lexicon).
    owner: Vec<(usize, usize)>,
    /// Each member's allowed attached pronouns.
    suffixes: [&'static [&'static str]; N],
}

impl<const N: usize> Combined<N> {
    /// Compiles the members' keys (a key in two members is two patterns, both reported).
    pub(crate) fn new(members: [(&[String], &'static [&'static str]); N]) -> Self {
        let mut keys: Vec<&str> = Vec::new();
        let mut owner = Vec::new();
        for (k, (member_keys, _)) in members.iter().enumerate() {
            for (id, key) in member_keys.iter().enumerate() {
                keys.push(key);
                owner.push((k, id));
            }
        }
        // The members are the static claim word lists, each of which already compiled alone
        // (`every_lexicon_parses_and_has_unique_keys`); together they stay a few thousand
        // short words, far from aho-corasick's limits.
        // A DFA: one table lookup per byte in the scan every sentence gets, where the
        // default (a contiguous NFA for this many patterns) follows failure links; built once
        // per process.
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(&keys)
            .expect("claim lexicons are small static word lists");
        Self { ac, owner, suffixes: members.map(|(_, s)| s) }
    }
}

/// True for what may be glued before a lexicon word: `و`/`ف`, then one of `ب ل ك`, then
/// the article `ال`; or `لل` (`ل` + `ال`, whose alef Arabic drops).
pub(crate) fn is_clitic_prefix(p: &str) -> bool {
    let mut s = p;
    if s.is_empty() {
        return true;
    }
    s = s.strip_prefix('و').or_else(|| s.strip_prefix('ف')).unwrap_or(s);
    if s == "لل" || s.is_empty() {
        return true;
    }
    s = s.strip_prefix('ب').or_else(|| s.strip_prefix('ل')).or_else(|| s.strip_prefix('ك')).unwrap_or(s);
    s = s.strip_prefix("ال").unwrap_or(s);
    s.is_empty()
}

/// The word without a leading conjunction `و` (`وأوقفت` → `أوقفت`, `وكانت` → `كانت`).
pub(crate) fn without_wa(w: &str) -> &str {
    w.strip_prefix('و').unwrap_or(w)
}

/// True when the clitics before a match include the purpose/dative `ل` (`للقتال`).
pub(crate) fn has_lam_prefix(p: &str) -> bool {
    let s = p.strip_prefix('و').or_else(|| p.strip_prefix('ف')).unwrap_or(p);
    s.starts_with('ل')
}

/// True when the clitics include the article (`العائدين`, `للصحيفة`).
pub(crate) fn has_article(p: &str) -> bool {
    p.ends_with("ال") || p.ends_with("لل")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(t: &str) -> Vec<String> {
        let s = Sent::new(t, Span::new(0, t.len()));
        s.toks.iter().map(|k| k.span.slice(t).to_owned()).collect()
    }

    #[test]
    fn letters_glued_to_digits_split() {
        assert_eq!(toks("بـ20 ألف عنصر."), vec!["بـ", "20", "ألف", "عنصر", "."]);
    }

    #[test]
    fn digit_groups_stay_one_token() {
        assert_eq!(toks("نحو 2,500 و٣٫٥"), vec!["نحو", "2,500", "و", "٣٫٥"]);
    }

    #[test]
    fn quotes_are_their_own_tokens() {
        assert_eq!(toks("\"المخابرات\"سافر"), vec!["\"", "المخابرات", "\"", "سافر"]);
    }

    /// Sentences with words of many lexicons, clitics, attached pronouns and overlaps.
    const COMBINED_CASES: &[&str] = &[
        "وقال مسؤول أمني إن نحو 300 مقاتل عادوا إلى بلادهم، وفقا لوزارة الداخلية.",
        "أعلنت الشرطة اعتقال 12 شخصا بينهم ثلاثة أجانب، حسب ما نقلت وكالة الأنباء الرسمية.",
        "ولكن مصادر مطلعة ذكرت للصحيفة أن عدد القتلى ارتفع إلى 45 قتيلا والمصابين إلى 120.",
        "وأوضح المتحدث باسم الجيش أن قواته قتلت واعتقلت العشرات من عناصر التنظيم في المدينة.",
        "إذا عاد 1000 من المواطنين فإن إجمالي العائدين سيبلغ نحو 5 آلاف، بحسب تقرير للأمم المتحدة.",
    ];

    #[test]
    fn combined_automata_give_each_lexicons_hits() {
        let lex = super::super::lexicon::get();
        let always = Combined::new([
            (&lex.predicates.keys[..], lex.predicates.suffixes),
            (&lex.speech.keys[..], lex.speech.suffixes),
            (&lex.subjects.keys[..], lex.subjects.suffixes),
            (&lex.citations.keys[..], lex.citations.suffixes),
            (&lex.roles.keys[..], lex.roles.suffixes),
            (&lex.clause_breaks.keys[..], lex.clause_breaks.suffixes),
        ]);
        let mut found = [0usize; 6];
        for t in COMBINED_CASES {
            let s = Sent::new(t, Span::new(0, t.len()));
            let all = s.find_longest_all(&always);
            for (n, hits) in found.iter_mut().zip(&all) {
                *n += hits.len();
            }
            let [p, sp, su, c, r, cb] = all;
            assert_eq!(p, s.find_longest(&lex.predicates), "predicates in {t}");
            assert_eq!(sp, s.find_longest(&lex.speech), "speech in {t}");
            assert_eq!(su, s.find_longest(&lex.subjects), "subjects in {t}");
            assert_eq!(c, s.find_longest(&lex.citations), "citations in {t}");
            assert_eq!(r, s.find_longest(&lex.roles), "roles in {t}");
            assert_eq!(cb, s.find_longest(&lex.clause_breaks), "clause breaks in {t}");
        }
        // The cases exercise every member, so the comparison above is not vacuous.
        assert!(found.iter().all(|&n| n > 0), "hits per member: {found:?}");
    }

    /// Cutting a sentence out of its paragraph gives what tokenizing it alone gives, at
    /// sentence ends inside a digit group or a word (the hard cut of a long sentence) too.
    #[test]
    fn within_matches_new() {
        let sig = |s: &Sent| -> Vec<(Span, String, TokClass)> {
            (0..s.toks.len()).map(|i| (s.toks[i].span, s.word(i).to_owned(), s.toks[i].class)).collect()
        };
        let long = "كلمة ".repeat(300);
        let mut paras: Vec<String> = COMBINED_CASES.iter().map(|t| format!("«{t}» وقال آخر: عاد 2.5 ألف. ")).collect();
        paras.push(format!("{long}، وعاد 12,500 شخص\u{064E}\u{064E} إلى ديارهم."));
        paras.push("نحو 2,5 و٣٫٥ ــ بـ20 \u{0651}\u{0651} عنصرا!".to_owned());
        for text in &paras {
            let para = Sent::new(text, Span::new(0, text.len()));
            let mut cuts: Vec<Span> = crate::segment::sentences(text, para.span);
            // Every pair of char boundaries of a short paragraph, to hit the fallback too.
            let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
            if bounds.len() < 160 {
                for (k, &a) in bounds.iter().enumerate() {
                    cuts.extend(bounds[k..].iter().map(|&b| Span::new(a, b)));
                }
            }
            for span in cuts {
                let (cut, alone) = (para.within(text, span), Sent::new(text, span));
                assert_eq!(sig(&cut), sig(&alone), "{:?} in {text}", span.slice(text));
                assert_eq!(cut.folded, alone.folded);
                assert_eq!(cut.span, alone.span);
            }
        }
    }

    #[test]
    fn class_table_matches_rules() {
        for c in ('\0'..'\u{0800}').chain(['\u{00A0}', '\u{2003}', '\u{200C}', '\u{FEFF}', 'é', '\u{FE70}']) {
            assert_eq!(class_of(c), class_by_rules(c), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn clitic_prefixes() {
        for p in ["", "و", "ف", "ب", "ل", "ال", "وال", "بال", "لل", "ولل", "وب", "فال"] {
            assert!(is_clitic_prefix(p), "{p:?} should be a clitic prefix");
        }
        for p in ["ت", "ي", "ا", "بلل", "الال", "م"] {
            assert!(!is_clitic_prefix(p), "{p:?} is not a clitic prefix");
        }
    }
}
