//! Sentence segmentation: where one sentence of a paragraph ends and the next begins.
//!
//! Arabic news ends sentences with `.`, `!`, `?`/`؟` or an ellipsis, and sometimes only
//! with a line break. A period between digits (`2.5`) or inside an abbreviation-like run
//! of Latin letters (`U.S.`) is not an end. Quotes that close right after the
//! terminator stay with their sentence.
//!
//! A "sentence" longer than [`MAX_SENTENCE_BYTES`] (a run-on list, a table flattened to
//! text, hostile input) is cut at the last comma or space before the limit: everything
//! that works per sentence (claims, evidence, statements) then stays linear in the input
//! and no evidence quote grows without bound.

use crate::model::Span;

/// True for chars that end a sentence.
const fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '؟' | '…' | '\n')
}

/// True for closing quotes and brackets that belong to the sentence they follow.
const fn is_closer(c: char) -> bool {
    matches!(c, '"' | '”' | '»' | '\'' | ')' | '’' | ']')
}

/// The sentences of `text[within]`, trimmed of surrounding white space, as spans of `text`.
#[must_use]
pub fn sentences(text: &str, within: Span) -> Vec<Span> {
    let part = within.slice(text);
    let base = within.start;
    let bytes = part.as_bytes();
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut at = 0usize;
    // Bytes, not chars: only a terminator's bytes (`؟` is D8 9F, `…` E2 80 A6) stop the scan,
    // every other char is passed over without being decoded. (Collecting the paragraph's
    // chars first cost ~50 instructions a char.)
    while at < bytes.len() {
        // Most bytes are answered by one table lookup.
        let Some(skip) = bytes[at..].iter().position(|&b| STOP_BYTES[usize::from(b)]) else { break };
        at += skip;
        let maybe = match bytes[at] {
            0xD8 => bytes.get(at + 1) == Some(&0x9F),
            0xE2 => bytes.get(at + 1..at + 3) == Some(&[0x80, 0xA6][..]),
            _ => true,
        };
        if !maybe {
            at += 1;
            continue;
        }
        // `at` is a char boundary: ASCII, or a lead byte.
        let Some(c) = part[at..].chars().next() else { break };
        let after = at + c.len_utf8();
        if !is_terminator(c) || is_inner_period(c, part[..at].chars().next_back(), part[after..].chars().next()) {
            at = after;
            continue;
        }
        let mut end = after;
        for d in part[after..].chars() {
            if !((is_terminator(d) || is_closer(d)) && d != '\n') {
                break;
            }
            end += d.len_utf8();
        }
        push_trimmed(part, start, end, base, &mut out);
        start = end;
        at = end;
    }
    push_trimmed(part, start, part.len(), base, &mut out);
    out
}

/// The first bytes of the terminators: `.` `!` `?` newline, and the lead bytes of `؟` and `…`.
const STOP_BYTES: [bool; 256] = {
    let mut t = [false; 256];
    t[b'.' as usize] = true;
    t[b'!' as usize] = true;
    t[b'?' as usize] = true;
    t[b'\n' as usize] = true;
    t[0xD8] = true;
    t[0xE2] = true;
    t
};

/// A period that does not end a sentence: between digits, or followed by a non-space.
fn is_inner_period(c: char, prev: Option<char>, next: Option<char>) -> bool {
    if c != '.' {
        return false;
    }
    match (prev, next) {
        (Some(p), Some(n)) if p.is_ascii_digit() && n.is_ascii_digit() => true,
        (_, Some(n)) => !(n.is_whitespace() || is_closer(n) || is_terminator(n)),
        _ => false,
    }
}

/// The longest sentence handed on; real news sentences stay well under it (≈ 600 letters).
pub const MAX_SENTENCE_BYTES: usize = 1200;

fn push_trimmed(part: &str, start: usize, end: usize, base: usize, out: &mut Vec<Span>) {
    let mut start = start;
    while end - start > MAX_SENTENCE_BYTES {
        let window = &part[start..floor_boundary(part, start + MAX_SENTENCE_BYTES)];
        // Prefer a comma, then any space, in the second half of the window; else cut hard.
        let half = window.len() / 2;
        let cut = window
            .rfind(['،', ',', '؛', ';'])
            .filter(|&i| i > half)
            .map(|i| i + window[i..].chars().next().map_or(1, char::len_utf8))
            .or_else(|| window.rfind(char::is_whitespace).filter(|&i| i > half))
            .unwrap_or(window.len())
            .max(1);
        let cut = floor_boundary(part, start + cut).max(start + 1);
        let cut = if part.is_char_boundary(cut) { cut } else { ceil_boundary(part, cut) };
        push_piece(part, start, cut, base, out);
        start = cut;
    }
    push_piece(part, start, end, base, out);
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(s: &str, mut i: usize) -> usize {
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

fn push_piece(part: &str, start: usize, end: usize, base: usize, out: &mut Vec<Span>) {
    let piece = &part[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        let s = base + start + lead;
        out.push(Span::new(s, s + trimmed.len()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(t: &str) -> Vec<&str> {
        sentences(t, Span::new(0, t.len())).into_iter().map(|s| s.slice(t)).collect()
    }

    #[test]
    fn splits_on_period_and_arabic_question_mark() {
        assert_eq!(split("عاد المقاتلون. هل انتهى الأمر؟ لا"), vec!["عاد المقاتلون.", "هل انتهى الأمر؟", "لا"]);
    }

    #[test]
    fn decimal_point_is_not_an_end() {
        assert_eq!(split("بلغ العدد 2.5 مليون. ثم تراجع"), vec!["بلغ العدد 2.5 مليون.", "ثم تراجع"]);
    }

    #[test]
    fn closing_quote_stays_with_its_sentence() {
        assert_eq!(split("وقال \"انتهى.\" ثم غادر"), vec!["وقال \"انتهى.\"", "ثم غادر"]);
    }

    #[test]
    fn run_on_sentence_is_cut_at_a_comma_below_the_limit() {
        let clause = "عاد مئات المقاتلين إلى بلدانهم، ";
        let t = clause.repeat(200);
        let parts = split(&t);
        assert!(parts.len() > 1);
        for p in &parts {
            assert!(p.len() <= MAX_SENTENCE_BYTES, "{}", p.len());
            assert!(p.ends_with('،') || t.trim_end().ends_with(p), "cut mid-clause: {p:?}");
        }
    }

    #[test]
    fn unbroken_run_is_cut_on_char_boundaries() {
        let t = "ﻻ".repeat(5000);
        let parts = split(&t);
        assert_eq!(parts.concat(), t);
        assert!(parts.iter().all(|p| p.len() <= MAX_SENTENCE_BYTES));
    }

    /// The char-by-char segmenter [`sentences`] replaced, kept as its reference.
    fn sentences_by_chars(text: &str, within: Span) -> Vec<Span> {
        let part = within.slice(text);
        let base = within.start;
        let mut out = Vec::new();
        let mut start = 0usize;
        let chars: Vec<(usize, char)> = part.char_indices().collect();
        let mut i = 0;
        while i < chars.len() {
            let (at, c) = chars[i];
            if is_terminator(c) && !is_inner_period_at(&chars, i) {
                let mut end = at + c.len_utf8();
                let mut j = i + 1;
                while j < chars.len() && (is_terminator(chars[j].1) || is_closer(chars[j].1)) && chars[j].1 != '\n' {
                    end = chars[j].0 + chars[j].1.len_utf8();
                    j += 1;
                }
                push_trimmed(part, start, end, base, &mut out);
                start = end;
                i = j;
                continue;
            }
            i += 1;
        }
        push_trimmed(part, start, part.len(), base, &mut out);
        out
    }

    /// A period that does not end a sentence: between digits, or followed by a non-space.
    fn is_inner_period_at(chars: &[(usize, char)], i: usize) -> bool {
        if chars[i].1 != '.' {
            return false;
        }
        let next = chars.get(i + 1).map(|&(_, c)| c);
        let prev = i.checked_sub(1).map(|p| chars[p].1);
        match (prev, next) {
            (Some(p), Some(n)) if p.is_ascii_digit() && n.is_ascii_digit() => true,
            (_, Some(n)) => !(n.is_whitespace() || is_closer(n) || is_terminator(n)),
            _ => false,
        }
    }

    /// The byte scan splits where the char-by-char segmenter did.
    #[test]
    fn byte_scan_matches_char_scan() {
        let cases = [
            "عاد المقاتلون. هل انتهى الأمر؟ لا",
            "بلغ 2.5 مليون.ثم.. تراجع!؟ (نعم.) «قال.» …وبعد… ",
            "U.S. forces left. 3. Then\n\nسطر\r\nآخر؟!» x.",
            ".",
            "..",
            "؟",
            "…",
            "a.\n.b",
            " ١.٢ 1.2 1. 2",
            "\u{2026}\u{061F}\u{00A0}. x",
            "ﻻ.ﻻ ﻻ؟ﻻ",
        ];
        for t in cases.iter().map(|c| (*c).to_owned()).chain([format!("{}.", "كلمة، ".repeat(400))]) {
            for a in (0..=t.len()).filter(|&i| t.is_char_boundary(i)).step_by(3) {
                let w = Span::new(a, t.len());
                assert_eq!(sentences(&t, w), sentences_by_chars(&t, w), "{t:?} from {a}");
            }
        }
    }

    #[test]
    fn line_break_ends_a_sentence() {
        assert_eq!(split("سطر أول\nسطر ثان"), vec!["سطر أول", "سطر ثان"]);
    }
}
