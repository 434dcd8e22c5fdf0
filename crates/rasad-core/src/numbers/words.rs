//! The number grammar: digits with any grouping, number words and their compounds.
//!
//! Arabic writes a compound number from the largest group down, and inside a group the
//! hundreds, then the units, then the tens, joined by `و`: `أربعة آلاف وخمسمائة`,
//! `مئة وخمسة وعشرون`, `خمسة وعشرين ألف`. [`parse`] reads that left to right in one pass
//! over the tokens, so its time is linear in the number's length. Each scale word must be
//! smaller than the one before (`مليون وألف` continues; `ألف ألف` starts a new number), which
//! bounds the value — no overflow on `ألف ألف ألف …`.

use super::lexicon::{Class, Word, lexicon};
use super::tokens::{Tk, Token};

/// A number read from the tokens.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Parsed {
    pub value: f64,
    /// First token of the number.
    pub first: usize,
    /// Folded byte where the number starts (after a clitic like `و`, `ب`).
    pub start: usize,
    /// Index after the last token.
    pub next: usize,
    /// Folded byte where it ends.
    pub end: usize,
    /// A scale word was applied; `scale` is the last (smallest) one.
    pub scale: Option<f64>,
    /// Written in digits only (`2018`, `4,000`).
    pub digits_only: bool,
    /// Only a fraction word (`نصف`, `ربع`): a Fraction, not a count.
    pub fraction_only: bool,
}

/// Parses a digit string with any grouping: `4,000`, `4.000` (thousands: three zeros after one
/// dot), `1.234.567`, `2.5`, `2,5`. More than 15 digits is a code, not a number.
#[must_use]
pub(crate) fn parse_digits(s: &str) -> Option<f64> {
    if s.bytes().filter(u8::is_ascii_digit).count() > 15 {
        return None;
    }
    let groups_of_three = |sep: char| {
        let mut parts = s.split(sep);
        let head = parts.next().unwrap_or("");
        (1..=3).contains(&head.len()) && parts.clone().count() >= 1 && parts.all(|p| p.len() == 3)
    };
    let commas = s.matches(',').count();
    let dots = s.matches('.').count();
    let clean: String = if commas > 0 && dots == 0 {
        if groups_of_three(',') {
            s.replace(',', "")
        } else if commas == 1 {
            s.replace(',', ".")
        } else {
            return None;
        }
    } else if dots > 0 && commas == 0 {
        let thousands = (dots > 1 && groups_of_three('.')) || (dots == 1 && groups_of_three('.') && s.ends_with("000"));
        if thousands {
            s.replace('.', "")
        } else if dots == 1 {
            s.to_owned()
        } else {
            return None;
        }
    } else if commas > 0 {
        // both: the last separator is the decimal point
        let (last_comma, last_dot) = (s.rfind(',').unwrap_or(0), s.rfind('.').unwrap_or(0));
        if last_dot > last_comma { s.replace(',', "") } else { s.replace('.', "").replace(',', ".") }
    } else {
        s.to_owned()
    };
    clean.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// A word's number reading, with whether it carries a `و` and where its stem starts.
fn reading(t: &Token<'_>) -> Option<(Word, bool, usize, bool)> {
    if t.kind != Tk::Word {
        return None;
    }
    let (stem, w) = lexicon().word(t.text)?;
    Some((w, stem.conj, stem.prefix_len, stem.al))
}

/// `عشر`/`عشرة` right after a unit makes a teen (`ثلاثة عشر`).
fn is_ten_word(t: Option<&Token<'_>>) -> bool {
    t.and_then(reading).is_some_and(|(w, conj, pre, _)| w.class == Class::Unit && w.value == 10.0 && !conj && pre == 0)
}

/// The cardinal starting at token `i`, if any.
pub(crate) fn parse(toks: &[Token<'_>], i: usize) -> Option<Parsed> {
    let mut total = 0.0_f64;
    let mut group = 0.0_f64;
    // inside a group: 0 nothing yet, 1 hundreds, 2 units, 3 complete (tens, teens, digits)
    let mut stage = 0u8;
    let mut last_scale = f64::INFINITY;
    let mut out: Option<Parsed> = None;
    let mut j = i;
    loop {
        let started = out.is_some();
        // a standalone `و` (or `و` glued to digits) joins the next component
        let mut conj = false;
        let mut k = j;
        if started && toks.get(k).is_some_and(|t| t.kind == Tk::Word && t.text == "و") {
            conj = true;
            k += 1;
        }
        let Some(t) = toks.get(k) else { break };
        // Rule `fraction_of_the_same_scale`: `مليون ونصف المليون`, `مليون ونصف مليون` — a
        // fraction of the scale just read, with that scale repeated, completes the number (1.5 M).
        if let Some(p) = out
            && (conj || reading(t).is_some_and(|(_, c, _, _)| c))
            && last_scale.is_finite()
            && group == 0.0
            && let Some((f, _, _, _)) = reading(t).filter(|(w, _, _, _)| w.class == Class::Fraction)
            && toks
                .get(k + 1)
                .and_then(reading)
                .is_some_and(|(w, c, _, _)| !c && w.class == Class::Scale && w.value == last_scale)
        {
            total += f.value * last_scale;
            let next = k + 2;
            let end = toks.get(next - 1).map_or(t.end, |x| x.end);
            out = Some(Parsed { next, end, digits_only: false, ..p });
            break;
        }
        // Rule `scale_starts_new_number`: `5 آلاف و7 آلاف` — a part joined after a scale that is
        // itself followed by a scale as large is a second number, not `5007`.
        if started
            && (conj || reading(t).is_some_and(|(_, c, _, _)| c))
            && last_scale.is_finite()
            && toks.get(k + 1).and_then(reading).is_some_and(|(w, c, _, _)| {
                !c && matches!(w.class, Class::Scale | Class::ScaleDual | Class::ScalePlural) && w.value >= last_scale
            })
        {
            break;
        }
        let mut next = k + 1;
        let mut start = t.start;
        let mut fraction_only = out.is_some_and(|p| p.fraction_only);
        let mut digits = t.kind == Tk::Num;
        let mut stop_after = false;
        if t.kind == Tk::Num {
            if conj || !started {
                let Some(v) = parse_digits(t.text) else { break };
                if started && !(group == 0.0 && stage == 0 && v < last_scale && last_scale.is_finite()) {
                    break;
                }
                group = v;
                stage = 3;
            } else {
                break;
            }
        } else {
            let Some((w, wconj, pre, al)) = reading(t) else { break };
            conj |= wconj;
            if !started {
                start = t.start + if al { pre.saturating_sub("ال".len()) } else { pre };
            }
            if started && al {
                break;
            }
            let needs_conj = !matches!(w.class, Class::Scale | Class::ScaleDual | Class::ScalePlural);
            if started && needs_conj != conj {
                break;
            }
            match w.class {
                Class::Scale | Class::ScaleDual | Class::ScalePlural => {
                    if w.value >= last_scale || fraction_only && w.class != Class::Scale {
                        break;
                    }
                    // Rule `plural_scale_after_small_number`: `آلاف`, `ملايين` follow 3–10 (and,
                    // sic, `20 آلاف`, `110 آلاف` in news copy), never a thousand or more:
                    // `سيناء 2018 آلاف الجنود` is a name with a year, then a vague count.
                    if w.class == Class::ScalePlural && group >= 1000.0 {
                        break;
                    }
                    let mult = match w.class {
                        Class::ScaleDual if group == 0.0 => 2.0,
                        // Rule `alfa_dual_construct`: `بينهم ألفا أجنبي` — `ألفا` with no number
                        // before it and a noun after is the dual in construct, two thousand (after
                        // a number, `25 ألفا`, it is the accusative thousand).
                        Class::Scale if group == 0.0 && !started => {
                            let bare = crate::normalize::normalize(t.text);
                            let bare = bare.strip_prefix('و').unwrap_or(&bare);
                            if bare == "الفا" && toks.get(k + 1).is_some_and(|n| n.kind == Tk::Word) {
                                2.0
                            } else {
                                1.0
                            }
                        }
                        Class::Scale | Class::ScalePlural if group > 0.0 => group,
                        _ => break,
                    };
                    total += mult * w.value;
                    group = 0.0;
                    stage = 0;
                    last_scale = w.value;
                    fraction_only = false;
                }
                Class::Unit | Class::TeenUnit => {
                    if stage >= 2 {
                        break;
                    }
                    let u = w.value;
                    if u <= 9.0 && is_ten_word(toks.get(k + 1)) {
                        group += 10.0 + u;
                        stage = 3;
                        next = k + 2;
                    } else if w.class == Class::TeenUnit {
                        break;
                    } else if (3.0..=9.0).contains(&u)
                        && stage == 0
                        && toks
                            .get(k + 1)
                            .and_then(reading)
                            .is_some_and(|(h, c, p, _)| h.class == Class::Hundred && h.value == 100.0 && !c && p == 0)
                    {
                        group += u * 100.0;
                        stage = 1;
                        next = k + 2;
                    } else {
                        group += u;
                        stage = 2;
                    }
                }
                Class::Tens => {
                    let unit_before = stage == 2 && (1.0..=9.0).contains(&(group % 100.0));
                    if stage == 3 || stage == 2 && !unit_before {
                        break;
                    }
                    group += w.value;
                    stage = 3;
                }
                Class::Hundred => {
                    if stage != 0 {
                        break;
                    }
                    group += w.value;
                    stage = 1;
                }
                Class::Fraction => {
                    if !started {
                        group = w.value;
                        stage = 3;
                        fraction_only = true;
                    } else if group == 0.0 && last_scale.is_finite() {
                        total += w.value * last_scale;
                        stop_after = true;
                    } else if stage >= 2 || stage == 0 {
                        group += w.value;
                        stop_after = true;
                    } else {
                        break;
                    }
                }
                _ => break,
            }
            digits = false;
        }
        let end = toks.get(next - 1).map_or(t.end, |x| x.end);
        let digits_only = out.map_or(digits, |p| p.digits_only && digits);
        out = Some(match out {
            None => Parsed { value: 0.0, first: k, start, next, end, scale: None, digits_only, fraction_only },
            Some(p) => Parsed { next, end, digits_only, fraction_only, ..p },
        });
        j = next;
        if stop_after {
            break;
        }
    }
    let mut p = out?;
    p.value = total + group;
    p.scale = last_scale.is_finite().then_some(last_scale);
    Some(p)
}

/// An ordinal starting at token `i`: `الثالث`, `الحادي عشر`, `الخامس والعشرين`, `الـ15`.
/// Returns (value, start byte, index after, end byte).
pub(crate) fn parse_ordinal(toks: &[Token<'_>], i: usize) -> Option<(f64, usize, usize, usize)> {
    let t = toks.get(i)?;
    if t.kind == Tk::Word && t.text.ends_with("ال") && t.text.chars().count() <= 4 {
        // `الـ15`: the article glued to digits
        let n = toks.get(i + 1).filter(|n| n.kind == Tk::Num && n.glued)?;
        let v = parse_digits(n.text)?;
        let start = t.end - "ال".len();
        return Some((v, start, i + 2, n.end));
    }
    let (w, _, pre, al) = reading(t)?;
    let start = t.start + if al { pre.saturating_sub("ال".len()) } else { pre };
    let tens_after = |k: usize| {
        let n = toks.get(k)?;
        let (tw, conj, _, _) = reading(n)?;
        (tw.class == Class::Tens && conj).then_some(tw.value)
    };
    match w.class {
        Class::Ordinal | Class::OrdinalTeen => {
            if w.value <= 9.0 && is_ten_word(toks.get(i + 1)) {
                return Some((10.0 + w.value, start, i + 2, toks[i + 1].end));
            }
            if let Some(tens) = tens_after(i + 1) {
                return Some((w.value + tens, start, i + 2, toks[i + 1].end));
            }
            if toks.get(i + 1).is_some_and(|n| n.text == "و")
                && let Some(tens) = tens_after(i + 2).or_else(|| {
                    let n = toks.get(i + 2)?;
                    let (tw, _, _, al) = reading(n)?;
                    (tw.class == Class::Tens && al).then_some(tw.value)
                })
            {
                return Some((w.value + tens, start, i + 3, toks[i + 2].end));
            }
            (w.class == Class::Ordinal).then_some((w.value, start, i + 1, t.end))
        }
        // `العشرين`, `الثلاثين` standing alone: the twentieth
        Class::Tens if al => Some((w.value, start, i + 1, t.end)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::normalize;
    use crate::numbers::tokens::tokenize;

    fn value(s: &str) -> Option<f64> {
        let n = normalize(s);
        let t = tokenize(&n);
        parse(&t, 0).filter(|p| p.next == t.len()).map(|p| p.value)
    }

    #[test]
    fn digit_grouping() {
        assert_eq!(parse_digits("4,000"), Some(4000.0));
        assert_eq!(parse_digits("4.000"), Some(4000.0));
        assert_eq!(parse_digits("1.234.567"), Some(1_234_567.0));
        assert_eq!(parse_digits("2.5"), Some(2.5));
        assert_eq!(parse_digits("2.500"), Some(2.5));
        assert_eq!(parse_digits("1,234.5"), Some(1234.5));
        assert_eq!(parse_digits("1234567890123456"), None);
    }

    #[test]
    fn compounds_read_left_to_right() {
        assert_eq!(value("أربعة آلاف وخمسمائة"), Some(4500.0));
        assert_eq!(value("مئة وخمسين"), Some(150.0));
        assert_eq!(value("خمسة وعشرين ألف"), Some(25000.0));
        assert_eq!(value("ثلاث مئة"), Some(300.0));
        assert_eq!(value("ثلاثة عشر"), Some(13.0));
        assert_eq!(value("مليون ونصف"), Some(1_500_000.0));
        assert_eq!(value("مليون ونصف المليون"), Some(1_500_000.0));
        assert_eq!(value("مليونان ونصف مليون"), Some(2_500_000.0));
        assert_eq!(value("2.5 مليون"), Some(2_500_000.0));
    }

    #[test]
    fn repeated_scale_starts_a_new_number() {
        let n = normalize(&"ألف ".repeat(5000));
        let t = tokenize(&n);
        let p = parse(&t, 0).unwrap();
        assert_eq!((p.value, p.next), (1000.0, 1));
    }
}
