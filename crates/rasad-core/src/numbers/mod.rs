//! Numbers: digits and words, qualifiers, ranges, vague counts, and what each number is.
//!
//! [`extract`] folds the text once ([`crate::normalize::Normalized`]), splits it into
//! [`tokens`], and walks the tokens left to right, once:
//!
//! 1. digits that belong to something else are skipped: clock times (`11:39`), slash dates
//!    (`2016/04/21`), and a day number beside a month name (`27 آب`, `9 أكتوبر` — the month
//!    table is the date recognizer's, `data/dates/months.tsv`);
//! 2. phone-like digit strings become [`NumberKind::Phone`];
//! 3. ordinals (`الثالث`, `الحادي عشر`, `الـ15`) and dual time words (`يومين`);
//! 4. vague counts (`عشرات`, `مئات`, `آلاف`, `عدة آلاف`, `عشرات الآلاف`, `بضعة`);
//! 5. cardinals in digits or words ([`words::parse`]), then a range (`بين 100 و150`,
//!    `من 5 إلى 6 آلاف`, `100-150`), the hedge before or after it (`data/numbers/qualifiers.tsv`),
//!    and its kind from the words after it (`%`, a currency, a time unit, an age context) or
//!    before it (`عام 2012`).
//!
//! **Span contract** (the claims module relies on it): a mention's span covers the hedge and
//! the number words (`أكثر من 4 الأف`), never a clitic glued in front (`بـ20 ألف` → `20 ألف`),
//! and ends right before the counted noun, so the next word is the noun.

pub(crate) mod lexicon;
pub(crate) mod tokens;
pub(crate) mod words;

use crate::dates::lexicon::{Unit, lexicon as date_lexicon};
use crate::model::{NumberKind, NumberMention, Qualifier, Span};
use crate::normalize::Normalized;
use lexicon::{Class, Role, lexicon};
use tokens::{Tk, Token, tokenize};
use words::{Parsed, parse, parse_digits, parse_ordinal};

/// Every number mention in `text`, spans relative to `text`, in order.
#[must_use]
pub fn extract(text: &str) -> Vec<NumberMention> {
    let n = Normalized::new(text);
    let toks = tokenize(&n.text);
    extract_folded(text, &n, &toks)
}

/// [`extract`] on a text already folded (`n = Normalized::new(text)`) and tokenized
/// (`toks = tokenize(&n.text)`): the pipeline folds each paragraph once for numbers and dates.
pub(crate) fn extract_folded(text: &str, n: &Normalized, toks: &[Token<'_>]) -> Vec<NumberMention> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let (found, next) = step(toks, i);
        if let Some(f) = found {
            let span = n.original_span(Span::new(f.start, f.end));
            out.push(NumberMention {
                text: span.slice(text).to_owned(),
                span,
                value: f.value,
                upper: f.upper,
                qualifier: f.qualifier,
                kind: f.kind,
                unit: f.unit,
            });
        }
        i = next.max(i + 1);
    }
    out
}

/// A mention in folded-text bytes.
#[derive(Debug)]
struct Found {
    start: usize,
    end: usize,
    value: f64,
    upper: Option<f64>,
    qualifier: Qualifier,
    kind: NumberKind,
    unit: Option<String>,
}

impl Found {
    fn new(start: usize, end: usize, value: f64, kind: NumberKind) -> Self {
        Self { start, end, value, upper: None, qualifier: Qualifier::Exact, kind, unit: None }
    }
}

/// What starts at token `i`: maybe a mention, and the token index to continue from.
fn step(toks: &[Token<'_>], i: usize) -> (Option<Found>, usize) {
    let t = &toks[i];
    if t.kind == Tk::Num {
        if let Some(next) = digits_of_something_else(toks, i) {
            return (None, next);
        }
        if let Some((f, next)) = phone(toks, i) {
            return (Some(f), next);
        }
    }
    if t.kind == Tk::Punct {
        return (None, i + 1);
    }
    let glued_digits = toks.get(i + 1).is_some_and(|n| n.kind == Tk::Num && n.glued);
    if t.kind == Tk::Word && !glued_digits && !number_or_unit_words().contains_key(t.text) {
        // most words: neither a number word, an ordinal, nor a dual time word
        return (None, i + 1);
    }
    if t.kind == Tk::Word && i > 0 && date_lexicon().month_at(toks, i - 1).is_some_and(|(_, _, end)| end > i) {
        // `كانون الثاني`, `ربيع الأول`: a month, not an ordinal
        return (None, i + 1);
    }
    if let Some((value, start, next, end)) = parse_ordinal(toks, i) {
        // `العشرين ألف` is a count after all
        if !toks.get(next).is_some_and(|n| word_class(n).is_some_and(is_scale)) {
            return (Some(Found::new(start, end, value, NumberKind::Ordinal)), next);
        }
    }
    if t.kind == Tk::Word {
        if let Some((unit, 2)) = date_lexicon().unit(t.text)
            && !is_number_before(toks, i)
        {
            let mut f = Found::new(t.start + clitic_len(t.text), t.end, 2.0, NumberKind::Duration);
            f.unit = Some(unit.id().to_owned());
            return (Some(f), i + 1);
        }
        if let Some(found) = vague(toks, i) {
            return found;
        }
    }
    match parse(toks, i) {
        Some(p) => cardinal(toks, p),
        None => (None, i + 1),
    }
}

/// Every word that is a number word or a time-unit word in some clitic form: what
/// `is_number_word(w) || unit(w).is_some()` answers, in one lookup for every word of a text.
/// (Its own lazy set: the date lexicon already reads the number lexicon when it loads.)
fn number_or_unit_words() -> &'static lexicon::WordMap<()> {
    static SET: std::sync::LazyLock<lexicon::WordMap<()>> = std::sync::LazyLock::new(|| {
        lexicon().number_forms().chain(date_lexicon().unit_forms()).map(|w| (w.to_owned(), ())).collect()
    });
    &SET
}

fn word_class(t: &Token<'_>) -> Option<Class> {
    (t.kind == Tk::Word).then(|| lexicon().word(t.text).map(|(_, w)| w.class)).flatten()
}

const fn is_scale(c: Class) -> bool {
    matches!(c, Class::Scale | Class::ScaleDual | Class::ScalePlural)
}

/// Bytes of a clitic (`و`, `ل`, `ب`) in front of a time word (`ليومين`).
fn clitic_len(w: &str) -> usize {
    date_lexicon().unit_clitic(w).unwrap_or(0)
}

fn is_number_before(toks: &[Token<'_>], i: usize) -> bool {
    i > 0 && (toks[i - 1].kind == Tk::Num || word_class(&toks[i - 1]).is_some())
}

/// Rule `digits_of_something_else`: clock times, slash dates, day numbers beside a month.
/// Returns where to continue when the digits at `i` are not a number mention.
fn digits_of_something_else(toks: &[Token<'_>], i: usize) -> Option<usize> {
    let t = &toks[i];
    let glued_sep = |k: usize, seps: &[char]| {
        toks.get(k).is_some_and(|s| s.glued && seps.iter().any(|&c| s.is(c)))
            && toks.get(k + 1).is_some_and(|n| n.kind == Tk::Num && n.glued)
    };
    // a chain of digits joined by `:` or `/` (time, date) — or by `-` with three parts
    let chain_end = |seps: &[char]| {
        let mut k = i;
        let mut parts = 1;
        while glued_sep(k + 1, seps) {
            k += 2;
            parts += 1;
        }
        (parts, k + 1)
    };
    if glued_sep(i + 1, &[':']) {
        return Some(chain_end(&[':']).1);
    }
    if glued_sep(i + 1, &['/']) {
        return Some(chain_end(&['/', '-', '.']).1);
    }
    let (parts, end) = chain_end(&['-']);
    if parts == 3
        && toks.get(i + 2).is_some_and(|m| m.text.len() <= 2)
        && (t.text.len() == 4 || toks.get(end - 1).is_some_and(|l| l.text.len() == 4))
    {
        return Some(end);
    }
    let is_day = t.text.len() <= 2 && t.text.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d));
    if is_day && date_lexicon().month_at(toks, i + 1).is_some() {
        return Some(i + 1);
    }
    None
}

/// Rule `phone_like`: a leading `+`, a leading zero with 7+ digits, or 9+ digits in a row;
/// also `0100-123-4567`-style chains.
fn phone(toks: &[Token<'_>], i: usize) -> Option<(Found, usize)> {
    let t = &toks[i];
    let mut end_tok = i;
    while toks.get(end_tok + 1).is_some_and(|s| s.glued && (s.is('-') || s.is(' ')))
        && toks.get(end_tok + 2).is_some_and(|n| n.kind == Tk::Num && n.glued)
    {
        end_tok += 2;
    }
    let digits: usize = toks[i..=end_tok].iter().filter(|x| x.kind == Tk::Num).map(|x| x.text.len()).sum();
    let plus = i > 0 && toks[i - 1].is('+') && t.glued;
    let plain = t.text.bytes().all(|b| b.is_ascii_digit());
    let is_phone = plain && (((plus || t.text.starts_with('0')) && digits >= 7) || digits >= 9);
    if !is_phone {
        return None;
    }
    let start = if plus { toks[i - 1].start } else { t.start };
    let value = parse_digits(t.text).unwrap_or(0.0);
    Some((Found::new(start, toks[end_tok].end, value, NumberKind::Phone), end_tok + 1))
}

/// Rule `vague_count`: `عشرات`, `مئات`, `آلاف`, `عدة آلاف`, `عشرات الآلاف`, `بضعة` — an order
/// of magnitude, qualifier Vague.
fn vague(toks: &[Token<'_>], i: usize) -> Option<(Option<Found>, usize)> {
    let t = &toks[i];
    let (stem, w) = lexicon().word(t.text)?;
    let start = t.start + if stem.al { stem.prefix_len.saturating_sub("ال".len()) } else { stem.prefix_len };
    let plural_after = toks.get(i + 1).and_then(|n| {
        let (s, nw) = lexicon().word(n.text)?;
        (nw.class == Class::ScalePlural && !s.conj && n.kind == Tk::Word).then_some((nw.value, n.end))
    });
    let (value, end, next) = match (w.class, plural_after) {
        (Class::VagueMod | Class::Vague, Some((scale, end))) => {
            let mag = if w.value >= 10.0 { w.value } else { 1.0 };
            (mag * scale, end, i + 2)
        }
        (Class::Vague, None) | (Class::ScalePlural, _) => (w.value, t.end, i + 1),
        _ => return None,
    };
    let mut f = Found::new(start, end, value, NumberKind::Cardinal);
    f.qualifier = Qualifier::Vague;
    Some((Some(f), next))
}

/// A cardinal `p`, with its range, hedge and kind.
fn cardinal(toks: &[Token<'_>], p: Parsed) -> (Option<Found>, usize) {
    let mut f = Found::new(p.start, p.end, p.value, NumberKind::Cardinal);
    let mut last = p;
    let mut first_tok = clitic_before(toks, p.first);
    if let Some((upper, kw_tok)) = range_after(toks, &p) {
        let lower = match upper.scale {
            Some(s) if p.scale.is_none() && p.value * s <= upper.value => p.value * s,
            _ => p.value,
        };
        if lower < upper.value {
            f.value = lower;
            f.upper = Some(upper.value);
            f.qualifier = Qualifier::Range;
            f.end = upper.end;
            if let Some(k) = kw_tok {
                first_tok = k;
                f.start = toks[k].start + keyword_clitic(toks[k].text);
            }
            last = upper;
        }
    }
    if f.qualifier == Qualifier::Exact
        && let Some((q, k, clitic)) = pre_qualifier(toks, first_tok)
    {
        f.qualifier = q;
        f.start = toks[k].start + clitic;
        first_tok = k;
    }
    let mut next = last.next;
    if f.qualifier == Qualifier::Exact
        && let Some((q, after)) = post_qualifier(toks, next)
    {
        f.qualifier = q;
        f.end = toks[after - 1].end;
        next = after;
    } else if f.qualifier == Qualifier::Exact
        && toks.get(next).is_some_and(|t| t.kind == Tk::Word)
        && let Some((q, _)) = post_qualifier(toks, next + 1)
    {
        // `30 شخصا على الأقل`: the hedge follows the counted noun; the span still ends
        // before the noun
        f.qualifier = q;
    }
    let (kind, unit, after_unit) = kind_of(toks, &p, &last, first_tok, next, f.upper.is_some());
    if kind == NumberKind::Percent {
        // `في المئة` is read, so `المئة` is not a hundred of its own
        next = after_unit;
    }
    let hedged =
        matches!(f.qualifier, Qualifier::MoreThan | Qualifier::About | Qualifier::AtLeast | Qualifier::LessThan);
    // `أكثر من 2000.` is a count: a hedge makes a bare four-digit number a year only after `عام`
    let kind = if kind == NumberKind::Year
        && hedged
        && !p.first.checked_sub(1).is_some_and(|k| lexicon().has_role(toks[k].text, Role::YearBefore))
    {
        NumberKind::Cardinal
    } else {
        kind
    };
    f.kind = kind;
    f.unit = unit;
    if kind == NumberKind::Year && f.qualifier != Qualifier::Range {
        // `حتى 2018`, `في 2018`: the date recognizer owns the hedge on a year
        f.qualifier = Qualifier::Exact;
        f.start = p.start;
    }
    (Some(f), next)
}

/// The token a number's hedge must end before: the number's first token, or the clitic word
/// glued in front of its digits (`بـ20`, `لـ3`).
fn clitic_before(toks: &[Token<'_>], first: usize) -> usize {
    if first > 0 && toks[first].glued && toks[first - 1].kind == Tk::Word && toks[first - 1].text.chars().count() <= 2 {
        first - 1
    } else {
        first
    }
}

/// Bytes of a `و` glued to a range keyword (`وبين`).
fn keyword_clitic(w: &str) -> usize {
    if w.starts_with('و') && w.len() > "و".len() + 2 { "و".len() } else { 0 }
}

/// Rule `range`: `X - Y` (digits), `بين X و Y`, `من X إلى/حتى Y`. Returns the upper bound and
/// the keyword token (`بين`, `من`) that opens it.
fn range_after(toks: &[Token<'_>], p: &Parsed) -> Option<(Parsed, Option<usize>)> {
    let nt = toks.get(p.next)?;
    let first = clitic_before(toks, p.first);
    let kw = |words: &[&str]| -> Option<usize> {
        let mut k = first.checked_sub(1)?;
        // `بين عامي 2014 و2017`
        if lexicon().has_role(toks[k].text, Role::YearBefore) {
            k = k.checked_sub(1)?;
        }
        let w = toks[k].text;
        words.iter().any(|x| w == *x || w.strip_prefix('و') == Some(x)).then_some(k)
    };
    if (nt.is('-') || nt.is('–') || nt.is('—')) && p.digits_only {
        let q = parse(toks, p.next + 1).filter(|q| q.digits_only && toks[q.first].kind == Tk::Num)?;
        return Some((q, None));
    }
    if nt.kind == Tk::Word
        && let Some(k) = kw(&["بين"])
    {
        let q = if nt.text == "و" { parse(toks, p.next + 1) } else { parse(toks, p.next) }?;
        let conj_ok = nt.text == "و" || nt.text.starts_with('و');
        return conj_ok.then_some((q, Some(k)));
    }
    if nt.kind == Tk::Word
        && ["الي", "حتي"].contains(&nt.text)
        && let Some(k) = kw(&["من"])
    {
        return Some((parse(toks, p.next + 1)?, Some(k)));
    }
    // Rule `hedged_range`: `بنحو 4 آلاف إلى 6 آلاف مقاتل` — "about X to Y" is a range too (the
    // hedge stays outside it).
    if nt.kind == Tk::Word
        && ["الي", "حتي"].contains(&nt.text)
        && kw(&["نحو", "بنحو", "حوالي", "بحوالي", "قرابه", "زهاء"]).is_some()
    {
        return Some((parse(toks, p.next + 1)?, None));
    }
    None
}

/// Rule `qualifier_*` (pre): the longest hedge phrase ending right before token `first`.
/// Returns (qualifier, first token of the phrase, clitic bytes on it).
fn pre_qualifier(toks: &[Token<'_>], first: usize) -> Option<(Qualifier, usize, usize)> {
    lexicon().pre.iter().find_map(|(phrase, q)| {
        let k = first.checked_sub(phrase.len())?;
        let (end, clitic) = lexicon::phrase_at(toks, k, phrase)?;
        (end == first).then_some((*q, k, clitic))
    })
}

/// Rule `qualifier_*` (post): a hedge right after the number (`4000 تقريبا`).
fn post_qualifier(toks: &[Token<'_>], next: usize) -> Option<(Qualifier, usize)> {
    lexicon().post.iter().find_map(|(phrase, q)| {
        let (end, clitic) = lexicon::phrase_at(toks, next, phrase)?;
        (clitic == 0).then_some((*q, end))
    })
}

/// What a cardinal is, from the words around it: (kind, unit).
fn kind_of(
    toks: &[Token<'_>],
    p: &Parsed,
    last: &Parsed,
    first_tok: usize,
    next: usize,
    range: bool,
) -> (NumberKind, Option<String>, usize) {
    let (kind, unit) = kind_and_unit(toks, p, last, first_tok, next, range);
    if let Some((end, _)) =
        lexicon().units.iter().find_map(|(phrase, u)| lexicon::phrase_at(toks, next, phrase).filter(|_| u.percent))
    {
        return (kind, unit, end);
    }
    (kind, unit, next)
}

fn kind_and_unit(
    toks: &[Token<'_>],
    p: &Parsed,
    last: &Parsed,
    first_tok: usize,
    next: usize,
    range: bool,
) -> (NumberKind, Option<String>) {
    let lx = lexicon();
    for (phrase, unit) in &lx.units {
        if let Some((_, clitic)) = lexicon::phrase_at(toks, next, phrase)
            && (clitic == 0 || unit.percent)
        {
            let kind = if unit.percent { NumberKind::Percent } else { NumberKind::Money };
            return (kind, Some(unit.id.clone()));
        }
    }
    if first_tok > 0 && toks[first_tok - 1].is('$') {
        return (NumberKind::Money, Some("usd".to_owned()));
    }
    if let Some((unit, 1)) = toks.get(next).filter(|t| t.kind == Tk::Word).and_then(|t| date_lexicon().unit(t.text)) {
        let age = unit == Unit::Year
            && (age_context_before(toks, first_tok)
                || toks
                    .get(next + 2)
                    .is_some_and(|t| toks[next + 1].text == "من" && lx.has_role(t.text, Role::AgeAfter)));
        return if age {
            (NumberKind::Age, Some("year".to_owned()))
        } else {
            (NumberKind::Duration, Some(unit.id().to_owned()))
        };
    }
    if p.fraction_only {
        return (NumberKind::Fraction, None);
    }
    if range {
        let years_apart = last.value - p.value;
        let four = |q: &Parsed| q.digits_only && toks[q.first].text.len() == 4 && (1800.0..=2100.0).contains(&q.value);
        if four(p) && four(last) && (0.0..=50.0).contains(&years_apart) {
            return (NumberKind::Year, None);
        }
    } else if is_year(toks, p, clitic_before(toks, p.first), next) {
        return (NumberKind::Year, None);
    }
    (NumberKind::Cardinal, None)
}

/// Rule `age`: `العمر`, `البالغ`, `يبلغ` within three words before the number, with no other
/// number in between (`يبلغ من العمر 25 عاما قضى خمس سنوات`: only 25 is an age).
fn age_context_before(toks: &[Token<'_>], first_tok: usize) -> bool {
    for k in (first_tok.saturating_sub(3)..first_tok).rev() {
        let t = &toks[k];
        if t.kind == Tk::Num || word_class(t).is_some() {
            return false;
        }
        if lexicon().has_role(t.text, Role::AgeBefore) {
            return true;
        }
    }
    false
}

/// Rule `year`: four plain digits 1800–2100 after `عام`/`منذ`/`في`/a month, or before `م`/`هـ`,
/// or standing alone before punctuation; Hijri years (1300–1500) before `هـ`.
fn is_year(toks: &[Token<'_>], p: &Parsed, first_tok: usize, next: usize) -> bool {
    let t = &toks[p.first];
    if !(p.digits_only && p.scale.is_none() && t.text.len() == 4 && t.text.bytes().all(|b| b.is_ascii_digit())) {
        return false;
    }
    let lx = lexicon();
    let after = toks.get(next).filter(|n| n.kind == Tk::Word);
    if after.is_some_and(|n| lx.has_role(n.text, Role::YearAfter)) && (1300.0..=2100.0).contains(&p.value) {
        return true;
    }
    if !(1800.0..=2100.0).contains(&p.value) {
        return false;
    }
    let before = first_tok.checked_sub(1).map(|k| &toks[k]);
    let keyword = before.is_some_and(|b| lx.has_role(b.text, Role::YearBefore) || lx.has_role(b.text, Role::DatePrep));
    let month = (first_tok.saturating_sub(2)..first_tok)
        .any(|k| date_lexicon().month_at(toks, k).is_some_and(|(_, _, e)| e == first_tok));
    let alone =
        (1900.0..=2100.0).contains(&p.value) && after.is_none() && toks.get(next).is_none_or(|n| n.kind != Tk::Num);
    keyword || month || (alone && first_tok == p.first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_or_unit_set_answers_both_lookups() {
        let probes = ["ثلاثه", "والاف", "يومين", "ليومين", "ايام", "بالمئات", "كتاب", "عشرات", "ساعه", "مقاتل"];
        for w in probes.iter().copied().chain(lexicon().number_forms().take(300)).chain(date_lexicon().unit_forms()) {
            let want = lexicon().is_number_word(w) || date_lexicon().unit(w).is_some();
            assert_eq!(number_or_unit_words().contains_key(w), want, "{w}");
        }
    }

    fn one(s: &str) -> NumberMention {
        let m = extract(s);
        assert_eq!(m.len(), 1, "{s}: {m:?}");
        m.into_iter().next().unwrap()
    }

    #[test]
    fn qualifier_more_than() {
        let m = one("أكثر من 4 الأف مقاتل");
        assert_eq!((m.text.as_str(), m.value, m.qualifier), ("أكثر من 4 الأف", 4000.0, Qualifier::MoreThan));
    }

    #[test]
    fn clitic_is_not_part_of_the_number() {
        let m = one("بـ20 ألف عنصر");
        assert_eq!((m.text.as_str(), m.value), ("20 ألف", 20000.0));
    }

    #[test]
    fn vague_count() {
        let m = one("بدأ مئات المقاتلين");
        assert_eq!((m.text.as_str(), m.value, m.qualifier), ("مئات", 100.0, Qualifier::Vague));
    }

    #[test]
    fn time_is_not_a_number() {
        assert!(extract("11:39 ص").is_empty());
    }

    #[test]
    fn day_beside_month_is_not_a_number() {
        let m = extract("27 آب 2018");
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].kind, NumberKind::Year);
    }
}
