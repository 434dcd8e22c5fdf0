//! Date patterns over tokens: absolute dates (both month systems, Hijri, numeric), clock
//! times, `منذ`/`بين` periods, and relative expressions. Each `*_at` function reads one
//! pattern at a token index and returns what it read and the index after it; none looks
//! back more than two tokens or forward past its pattern, so a scan is linear.

use super::calendar::{
    add_days, add_months, hijri_month_end, hijri_to_gregorian, next_weekday, previous_weekday, week_start,
};
use super::lexicon::{DateLexicon, Rel, System, Unit, lexicon};
use crate::model::{DateKind, Grain};
use crate::numbers::lexicon::lexicon as number_lexicon;
use crate::numbers::tokens::{Tk, Token, stems};
use crate::numbers::words::{parse, parse_ordinal};
use jiff::civil::Date;

/// A calendar date as written, possibly without a year (resolved later against the anchor,
/// the text's own full dates, or a weekday).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Spec {
    pub hijri: bool,
    pub year: Option<i32>,
    pub month: Option<u8>,
    pub day: Option<u8>,
    pub weekday: Option<u8>,
    pub time: Option<(u8, u8)>,
}

/// A value already resolved (relative expressions): ISO strings and grain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Fixed {
    pub value: String,
    pub end: Option<String>,
    pub grain: Grain,
    pub kind: DateKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Value {
    Spec { from: Spec, to: Option<Spec> },
    Fixed(Fixed),
}

/// One date expression in folded-text bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Raw {
    pub start: usize,
    pub end: usize,
    pub value: Value,
    pub kind: DateKind,
    pub relative: bool,
}

pub(crate) fn iso_day(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

fn word<'a>(toks: &'a [Token<'_>], k: usize) -> Option<&'a str> {
    toks.get(k).filter(|t| t.kind == Tk::Word).map(|t| t.text)
}

/// True when the word at `k` is `w`, with or without a clitic `و ف ب ل`.
fn is_word(toks: &[Token<'_>], k: usize, w: &str) -> bool {
    // Either form ends with `w`: most words are ruled out by one comparison.
    word(toks, k).is_some_and(|t| {
        t.ends_with(w) && (t == w || ["و", "ف", "ب", "ل"].iter().any(|c| t.strip_prefix(c) == Some(w)))
    })
}

fn skip_comma(toks: &[Token<'_>], k: usize) -> usize {
    if toks.get(k).is_some_and(|t| t.is(',') || t.is('-') || t.is('|')) { k + 1 } else { k }
}

/// Scans all date expressions, left to right.
pub(crate) fn scan(toks: &[Token<'_>], anchor: Option<Date>) -> Vec<Raw> {
    let lx = lexicon();
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !lx.may_start(&toks[i]) {
            i += 1;
            continue;
        }
        let found = since_or_range(toks, i)
            .or_else(|| absolute(toks, i).map(|(spec, next)| (point(toks, i, next, spec), next)))
            .or_else(|| anchor.and_then(|a| relative(lx, toks, i, a)))
            .or_else(|| anchor.and_then(|a| lone_time(toks, i, a)));
        match found {
            Some((raw, next)) => {
                out.push(raw);
                i = next.max(i + 1);
            }
            None => i += 1,
        }
    }
    out
}

fn point(toks: &[Token<'_>], i: usize, next: usize, spec: Spec) -> Raw {
    Raw {
        start: start_of(toks, i),
        end: toks[next - 1].end,
        value: Value::Spec { from: spec, to: None },
        kind: DateKind::Point,
        relative: false,
    }
}

/// Words that open a date expression; a clitic glued to them is not part of the mention.
const KEYWORDS: [&str; 12] = ["بين", "منذ", "من", "عام", "سنه", "العام", "السنه", "الساعه", "يوم", "شهر", "اول", "هذا"];

/// Start byte of token `i` without a one-letter clitic (`وفي`, `بشباط` → the stem).
fn start_of(toks: &[Token<'_>], i: usize) -> usize {
    let t = &toks[i];
    if t.kind == Tk::Word && t.text.chars().count() > 2 {
        for c in ["و", "ف", "ب", "ل"] {
            if let Some(rest) = t.text.strip_prefix(c)
                && (lexicon().weekday(rest).is_some()
                    || lexicon().month_at_word(rest)
                    || lexicon().rel(rest).is_some()
                    || KEYWORDS.contains(&rest))
            {
                return t.start + c.len();
            }
        }
    }
    t.start
}

/// Rule `since` (`منذ عام 2012` → Since) and rule `period` (`بين 2014 و2017`,
/// `من 13 إلى 15 تموز`).
fn since_or_range(toks: &[Token<'_>], i: usize) -> Option<(Raw, usize)> {
    if is_word(toks, i, "منذ") {
        let (spec, next) = absolute(toks, i + 1).or_else(|| year_only(toks, i + 1))?;
        let mut raw = point(toks, i, next, spec);
        raw.kind = DateKind::Since;
        return Some((raw, next));
    }
    if !(is_word(toks, i, "بين") || is_word(toks, i, "من")) {
        return None;
    }
    let between = is_word(toks, i, "بين");
    let mut k = i + 1;
    // `بين عامي 2014 و2017`, `من عام 2014 إلى عام 2017`
    if ["عامي", "عام", "العام", "سنه", "العامين"].iter().any(|w| is_word(toks, k, w)) {
        k += 1;
    }
    let connector = |k: usize| {
        let t = toks.get(k)?;
        if between && t.text == "و" {
            return Some(k + 1);
        }
        if !between && (is_word(toks, k, "الي") || is_word(toks, k, "حتي")) {
            return Some(k + 1);
        }
        (t.is('-')).then_some(k + 1)
    };
    // a bare day before a connector: `من 13 إلى 15 تموز 2018`
    if let Some(d1) = small_num(toks, k, 31)
        && let Some(k2) = connector(k + 1)
        && let Some((spec2, next)) = absolute(toks, k2)
        && spec2.day.is_some()
    {
        let from = Spec { day: Some(d1), time: None, weekday: None, ..spec2 };
        return Some((range(toks, i, next, from, spec2), next));
    }
    let (from, k1) = absolute(toks, k).or_else(|| year_only(toks, k))?;
    let k2 = connector(k1).or_else(|| (between && word(toks, k1).is_some_and(|w| w.starts_with('و'))).then_some(k1))?;
    let (to, next) = if word(toks, k2).is_some_and(|w| w.starts_with('و') && k2 == k1) {
        year_only_glued(toks, k2)?
    } else {
        let k2 = if ["عام", "العام", "سنه"].iter().any(|w| is_word(toks, k2, w)) { k2 + 1 } else { k2 };
        absolute(toks, k2).or_else(|| year_only(toks, k2))?
    };
    // both ends at the same grain, in order
    let same = from.day.is_some() == to.day.is_some() && from.month.is_some() == to.month.is_some();
    (same && from.year <= to.year).then(|| (range(toks, i, next, from, to), next))
}

fn range(toks: &[Token<'_>], i: usize, next: usize, from: Spec, to: Spec) -> Raw {
    Raw {
        start: start_of(toks, i),
        end: toks[next - 1].end,
        value: Value::Spec { from, to: Some(to) },
        kind: DateKind::Range,
        relative: false,
    }
}

/// A plain number 1..=`max` (a day) at `k`, not part of a clock time.
fn small_num(toks: &[Token<'_>], k: usize, max: u8) -> Option<u8> {
    let t = toks.get(k).filter(|t| t.kind == Tk::Num && t.text.len() <= 2)?;
    if toks.get(k + 1).is_some_and(|n| n.glued && (n.is(':') || n.is('/'))) {
        return None;
    }
    t.text.parse::<u8>().ok().filter(|d| (1..=max).contains(d))
}

/// A 4-digit year at `k` (after an optional `عام`), no month: `2014` in `بين 2014 و2017`.
fn year_only(toks: &[Token<'_>], k: usize) -> Option<(Spec, usize)> {
    let (y, next, hijri) = year_at(toks, k, true)?;
    Some((Spec { year: Some(y), hijri: hijri == Some(true), ..Spec::default() }, next))
}

/// `و2017` written as one token is impossible (digits split), so this handles `و` + `2017`.
fn year_only_glued(toks: &[Token<'_>], k: usize) -> Option<(Spec, usize)> {
    if word(toks, k) == Some("و") { year_only(toks, k + 1) } else { None }
}

/// A year at `k`: optional `عام`/`سنة`/`من عام`, four digits (three for Hijri), optional marker
/// (`م`, `ميلادي`, `هـ`, `هجري`). Returns (year, next, Some(hijri) when a marker says which).
fn year_at(toks: &[Token<'_>], k: usize, bare_ok: bool) -> Option<(i32, usize, Option<bool>)> {
    year_at_in(toks, k, bare_ok, false)
}

/// As [`year_at`]; `hijri` when a Hijri month came before, so `1439` needs no `هـ`.
fn year_at_in(toks: &[Token<'_>], k: usize, bare_ok: bool, hijri: bool) -> Option<(i32, usize, Option<bool>)> {
    let mut k = skip_comma(toks, k);
    let mut keyword = false;
    if is_word(toks, k, "من") && ["عام", "العام", "سنه"].iter().any(|w| is_word(toks, k + 1, w)) {
        k += 1;
    }
    if ["عام", "العام", "سنه", "السنه", "لعام", "لسنه"].iter().any(|w| word(toks, k) == Some(*w))
        || ["عام", "العام", "سنه"].iter().any(|w| is_word(toks, k, w))
    {
        k += 1;
        keyword = true;
    }
    let t = toks.get(k).filter(|t| t.kind == Tk::Num && t.text.bytes().all(|b| b.is_ascii_digit()))?;
    if !(3..=4).contains(&t.text.len()) || toks.get(k + 1).is_some_and(|n| n.glued && (n.is(':') || n.is('/'))) {
        return None;
    }
    let y: i32 = t.text.parse().ok()?;
    let marker = word(toks, k + 1).and_then(|w| match w {
        "م" | "ميلادي" | "ميلاديه" => Some(false),
        "ه" | "هجري" | "هجريه" | "للهجره" => Some(true),
        _ => None,
    });
    let plausible = match marker {
        Some(true) => (1..=1600).contains(&y),
        None if hijri => (1300..=1600).contains(&y),
        _ => (1800..=2100).contains(&y) || keyword && (1000..=2100).contains(&y),
    };
    if !plausible || !(bare_ok || keyword || marker.is_some()) {
        return None;
    }
    Some((y, k + 1 + usize::from(marker.is_some()), marker))
}

/// A day of the month at `k`: digits 1–31 or an ordinal (`الثالث عشر`), with `من` after an ordinal.
fn day_at(toks: &[Token<'_>], k: usize) -> Option<(u8, usize)> {
    if let Some(d) = small_num(toks, k, 31) {
        return Some((d, k + 1));
    }
    let (v, _, next, _) = parse_ordinal(toks, k)?;
    if !(1.0..=31.0).contains(&v) || v.fract() != 0.0 {
        return None;
    }
    let next = if is_word(toks, next, "من") { next + 1 } else { next };
    Some((v as u8, next))
}

/// A month name at `k` with `شهر` before it allowed and a synonym after it absorbed
/// (`آب/أغسطس`, `أكتوبر (تشرين الأول)`).
fn month_at(lx: &DateLexicon, toks: &[Token<'_>], k: usize) -> Option<(u8, System, usize)> {
    let k = if is_word(toks, k, "شهر") { k + 1 } else { k };
    let (m, sys, mut next) = lx.month_at(toks, k)?;
    let t = toks.get(next);
    if t.is_some_and(|t| t.is('/') || t.is('(') || t.is('-'))
        && let Some((m2, _, n2)) = lx.month_at(toks, next + 1)
        && m2 == m
    {
        next = n2;
        if t.is_some_and(|t| t.is('(')) && toks.get(next).is_some_and(|c| c.is(')')) {
            next += 1;
        }
    }
    Some((m, sys, next))
}

/// Rule `absolute_date`: `[time] [يوم] [weekday][،|الموافق] day month [year] [time]`,
/// `month [day،] year`, `عام 2012`, `1439 هـ`, numeric dates (`2016/04/21`, `21/04/2016`,
/// `3/2015`, `16.11.2016`).
pub(crate) fn absolute(toks: &[Token<'_>], i: usize) -> Option<(Spec, usize)> {
    let lx = lexicon();
    let mut spec = Spec::default();
    let mut k = i;
    if let Some((h, m, next)) = time_at(lx, toks, k) {
        spec.time = Some((h, m));
        k = skip_comma(toks, next);
    }
    if is_word(toks, k, "يوم") && word(toks, k + 1).and_then(|w| lx.weekday(w)).is_some() {
        k += 1;
    }
    if let Some(wd) = word(toks, k).and_then(|w| lx.weekday(w)) {
        spec.weekday = Some(wd);
        k = skip_comma(toks, k + 1);
        if is_word(toks, k, "الموافق") {
            k += 1;
        }
    }
    let mut got = false;
    if let Some((d, nk)) = day_at(toks, k)
        && let Some((m, sys, nk2)) = month_at(lx, toks, nk)
    {
        spec.day = Some(d);
        spec.month = Some(m);
        spec.hijri = sys == System::Hijri;
        k = nk2;
        if let Some((y, nk3, marker)) = year_at_in(toks, k, true, spec.hijri) {
            spec.year = Some(y);
            spec.hijri |= marker == Some(true);
            k = nk3;
        }
        got = true;
    } else if let Some((m, sys, nk)) = month_at(lx, toks, k) {
        let mut kk = skip_comma(toks, nk);
        let day = day_at(toks, kk);
        if let Some((_, nk2)) = day {
            kk = nk2;
        }
        if let Some((y, nk3, marker)) = year_at_in(toks, kk, true, sys == System::Hijri) {
            spec.month = Some(m);
            spec.day = day.map(|d| d.0);
            spec.year = Some(y);
            spec.hijri = sys == System::Hijri || marker == Some(true);
            k = nk3;
            got = true;
        }
    }
    if !got && spec.weekday.is_none() {
        if let Some((s, nk)) = numeric_date(toks, k) {
            spec = Spec { time: spec.time, ..s };
            k = nk;
            got = true;
        } else if let Some((y, nk, marker)) = year_at(toks, k, false) {
            spec.year = Some(y);
            spec.hijri = marker == Some(true);
            k = nk;
            got = true;
        }
    }
    if !got {
        return None;
    }
    if spec.time.is_none() && spec.day.is_some() {
        let kk = skip_comma(toks, k);
        let kk = if is_word(toks, kk, "في") || is_word(toks, kk, "عند") { kk + 1 } else { kk };
        if let Some((h, m, next)) = time_at(lx, toks, kk) {
            spec.time = Some((h, m));
            k = next;
        }
    }
    Some((spec, k))
}

/// Rule `numeric_date`: digits joined by `/` or `-` (or dots inside one token), day first
/// unless the year is first; `M/YYYY` is a month. A `هـ` after makes it Hijri.
fn numeric_date(toks: &[Token<'_>], k: usize) -> Option<(Spec, usize)> {
    let t = toks.get(k).filter(|t| t.kind == Tk::Num)?;
    let mut parts: Vec<&str> = Vec::with_capacity(3);
    let mut next = k + 1;
    if t.text.contains('.') && !t.text.contains(',') {
        parts.extend(t.text.split('.'));
        if parts.len() != 3 {
            return None;
        }
    } else {
        parts.push(t.text);
        while parts.len() < 3
            && toks.get(next).is_some_and(|s| s.glued && (s.is('/') || s.is('-')))
            && let Some(n) = toks.get(next + 1).filter(|n| n.kind == Tk::Num && n.glued)
        {
            parts.push(n.text);
            next += 2;
        }
    }
    if parts.len() < 2 || parts.iter().any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    // Every part must parse: one too long for an i32 (`2023/03/99999999999`) is no date, and
    // dropping it would shift the others (a fuzzed index-out-of-bounds panic).
    let n: Vec<i32> = parts.iter().map(|p| p.parse().ok()).collect::<Option<_>>()?;
    let hijri = word(toks, next).is_some_and(|w| w == "ه" || w == "هجري");
    let next = next + usize::from(hijri);
    let spec = match (parts.len(), parts[0].len(), parts.last().map_or(0, |p| p.len())) {
        (3, 4, _) => {
            Spec { year: Some(n[0]), month: u8::try_from(n[1]).ok(), day: u8::try_from(n[2]).ok(), ..Spec::default() }
        }
        (3, _, 4) => {
            Spec { year: Some(n[2]), month: u8::try_from(n[1]).ok(), day: u8::try_from(n[0]).ok(), ..Spec::default() }
        }
        (2, 1 | 2, 4) => Spec { year: Some(n[1]), month: u8::try_from(n[0]).ok(), ..Spec::default() },
        _ => return None,
    };
    let month_ok = spec.month.is_some_and(|m| (1..=12).contains(&m));
    let year_ok =
        spec.year.is_some_and(|y| if hijri { (1300..=1600).contains(&y) } else { (1800..=2100).contains(&y) });
    (month_ok && year_ok).then_some((Spec { hijri, ..spec }, next))
}

/// Rule `clock_time`: `11:39 ص`, `01:12 م`, `الساعة 12:30 ظهرًا`, `9:30 مساءً`,
/// `الساعة الثالثة عصرا`, `الساعة 3 والنصف`. Returns (hour 0–23, minute, next).
fn time_at(lx: &DateLexicon, toks: &[Token<'_>], k: usize) -> Option<(u8, u8, usize)> {
    let saa = is_word(toks, k, "الساعه") || word(toks, k).is_some_and(|w| w == "بالساعه");
    let k0 = if saa { k + 1 } else { k };
    let t = toks.get(k0)?;
    let (mut h, mut m, mut next) = if t.kind == Tk::Num
        && toks.get(k0 + 1).is_some_and(|c| c.is(':') && c.glued)
        && let Some(mm) = toks.get(k0 + 2).filter(|n| n.kind == Tk::Num && n.glued && n.text.len() == 2)
    {
        let mut next = k0 + 3;
        // seconds
        if toks.get(next).is_some_and(|c| c.is(':') && c.glued) && toks.get(next + 1).is_some_and(|n| n.glued) {
            next += 2;
        }
        (t.text.parse::<u8>().ok()?, mm.text.parse::<u8>().ok()?, next)
    } else if saa {
        let (v, next) = if t.kind == Tk::Num {
            (t.text.parse::<f64>().ok()?, k0 + 1)
        } else if let Some((v, _, next, _)) = parse_ordinal(toks, k0) {
            (v, next)
        } else {
            let p = parse(toks, k0)?;
            (p.value, p.next)
        };
        if !(0.0..=24.0).contains(&v) || v.fract() != 0.0 {
            return None;
        }
        (v as u8, 0, next)
    } else if t.kind == Tk::Num && t.text.len() <= 2 {
        // `3 عصرا`: a bare hour needs a day-part word after it
        let h = t.text.parse::<u8>().ok()?;
        let part = word(toks, k0 + 1).and_then(|w| lx.rel(w));
        if !matches!(part, Some(Rel::Pm | Rel::Noon | Rel::Night)) || word(toks, k0 + 1).is_some_and(|w| w == "م") {
            return None;
        }
        (h, 0, k0 + 1)
    } else {
        return None;
    };
    // `والنصف`, `والربع`, `إلا ربعا`
    if saa || m == 0 {
        match word(toks, next) {
            Some("والنصف" | "ونصف") => (m, next) = (30, next + 1),
            Some("والربع" | "وربع") => (m, next) = (15, next + 1),
            Some("الا") if word(toks, next + 1).is_some_and(|w| w.starts_with("ربع")) => {
                h = if h == 0 { 23 } else { h - 1 };
                (m, next) = (45, next + 2);
            }
            _ => {}
        }
    }
    if let Some(part) = word(toks, next).and_then(|w| lx.rel(w)) {
        let adjusted = match part {
            Rel::Am => Some(if h == 12 { 0 } else { h }),
            Rel::Pm if h < 12 => Some(h + 12),
            Rel::Noon if (1..=5).contains(&h) => Some(h + 12),
            Rel::Night if (6..=11).contains(&h) => Some(h + 12),
            Rel::Night if h == 12 => Some(0),
            Rel::Pm | Rel::Noon | Rel::Night => Some(h),
            _ => None,
        };
        if let Some(a) = adjusted {
            h = a;
            next += 1;
        }
    }
    (h <= 23 && m <= 59).then_some((h, m, next))
}

/// Rule `lone_time`: a clock time with no date beside it, on the publication day.
fn lone_time(toks: &[Token<'_>], i: usize, anchor: Date) -> Option<(Raw, usize)> {
    let (h, m, next) = time_at(lexicon(), toks, i)?;
    let value = format!("{}T{h:02}:{m:02}", iso_day(anchor));
    Some((fixed(toks, i, next, value, None, Grain::Minute, DateKind::Point), next))
}

fn fixed(
    toks: &[Token<'_>],
    i: usize,
    next: usize,
    value: String,
    end: Option<String>,
    grain: Grain,
    kind: DateKind,
) -> Raw {
    Raw {
        start: start_of(toks, i),
        end: toks[next - 1].end,
        value: Value::Fixed(Fixed { value, end, grain, kind }),
        kind,
        relative: true,
    }
}

fn month_value(y: i32, m: u8) -> String {
    format!("{y:04}-{m:02}")
}

/// Rule `relative_*`: `أمس`, `اليوم`, `أول أمس`, `الجمعة الماضي`, `شباط الماضي`, `الشهر الماضي`,
/// `العام الماضي`, `الأسبوع الماضي`, `قبل ثلاثة أيام`, `منذ يومين`, `خلال السنوات الخمس الماضية`.
fn relative(lx: &DateLexicon, toks: &[Token<'_>], i: usize, a: Date) -> Option<(Raw, usize)> {
    let w = word(toks, i)?;
    let y = i32::from(a.year());
    let am = u8::try_from(a.month()).unwrap_or(1);
    let direction = |k: usize| {
        word(toks, k).and_then(|w| lx.rel(w)).and_then(|r| if let Rel::Direction(d) = r { Some(d) } else { None })
    };
    let day = |d: Date, next: usize| {
        let mut next = next;
        let mut value = iso_day(d);
        let mut grain = Grain::Day;
        let k = skip_comma(toks, next);
        if let Some((h, m, n2)) = time_at(lx, toks, k) {
            value = format!("{value}T{h:02}:{m:02}");
            grain = Grain::Minute;
            next = n2;
        }
        Some((fixed(toks, i, next, value, None, grain, DateKind::Point), next))
    };
    // `أول أمس` / `أمس الأول`: the day before yesterday
    if (w == "اول" || w == "واول") && is_word(toks, i + 1, "امس") {
        return day(add_days(a, -2), i + 2);
    }
    match lx.rel(w) {
        Some(Rel::Day(n)) => {
            let next_w = word(toks, i + 1).unwrap_or("");
            if w.ends_with("اليوم") {
                // `اليوم السابع` (an outlet), `اليوم التالي`, `اليوم الذي`: not today
                let ordinal = !next_w.starts_with('و') && parse_ordinal(toks, i + 1).is_some();
                if ordinal || ["التالي", "السابق", "الذي", "العالمي", "الوطني", "الاول"].contains(&next_w)
                {
                    return None;
                }
            }
            if n == -1 && next_w == "الاول" {
                return day(add_days(a, -2), i + 2);
            }
            return day(add_days(a, i64::from(n)), i + 1);
        }
        Some(Rel::Period(unit)) => {
            let d = direction(i + 1)?;
            return period_value(toks, i, i + 2, a, unit, i32::from(d));
        }
        Some(Rel::Ago) => return ago(lx, toks, i, a),
        Some(Rel::During) => return during(lx, toks, i, a),
        _ => {}
    }
    if w == "هذا" || w == "هذه" {
        let unit = word(toks, i + 1)
            .and_then(|w| lx.rel(w))
            .and_then(|r| if let Rel::Period(u) = r { Some(u) } else { None })?;
        return period_value(toks, i, i + 2, a, unit, 0);
    }
    if w == "في"
        && word(toks, i + 1).is_some_and(|w| {
            lx.rel(w) == Some(Rel::Period(Unit::Day))
                || w.starts_with("الاسابيع")
                || w.starts_with("الاشهر")
                || w.starts_with("السنوات")
        })
    {
        return during(lx, toks, i, a);
    }
    if let Some(wd) = lx.weekday(w) {
        let dir = direction(i + 1);
        let before = i.checked_sub(1).and_then(|k| word(toks, k)).unwrap_or("");
        if dir.is_none() && ["صلاه", "خطبه", "ايام", "صلوات", "كل"].iter().any(|p| before.ends_with(p))
        {
            return None;
        }
        let (d, next) = match dir {
            Some(-1) => (previous_weekday(a, wd, false), i + 2),
            Some(1) => (next_weekday(a, wd), i + 2),
            Some(_) => (previous_weekday(a, wd, true), i + 2),
            None => (previous_weekday(a, wd, true), i + 1),
        };
        return day(d, next);
    }
    let (m, sys, next) = month_at(lx, toks, i)?;
    if sys == System::Hijri {
        return None;
    }
    let (yy, next) = match direction(next) {
        Some(-1) => (if m < am { y } else { y - 1 }, next + 1),
        Some(1) => (if m > am { y } else { y + 1 }, next + 1),
        Some(_) => (y, next + 1),
        // `في شهر شباط` with no year: the latest one up to the publication month
        None if is_word(toks, i, "شهر") => (if m <= am { y } else { y - 1 }, next),
        None => return None,
    };
    Some((fixed(toks, i, next, month_value(yy, m), None, Grain::Month, DateKind::Point), next))
}

/// `الشهر الماضي`, `العام المقبل`, `الأسبوع الماضي` (a Monday–Sunday range).
fn period_value(toks: &[Token<'_>], i: usize, next: usize, a: Date, unit: Unit, d: i32) -> Option<(Raw, usize)> {
    let y = i32::from(a.year());
    let am = u8::try_from(a.month()).unwrap_or(1);
    let raw = match unit {
        Unit::Year => fixed(toks, i, next, format!("{:04}", y + d), None, Grain::Year, DateKind::Point),
        Unit::Month => {
            let (yy, mm) = add_months(y, am, d);
            fixed(toks, i, next, month_value(yy, mm), None, Grain::Month, DateKind::Point)
        }
        Unit::Week => {
            let start = add_days(week_start(a), 7 * i64::from(d));
            let end = add_days(start, 6);
            fixed(toks, i, next, iso_day(start), Some(iso_day(end)), Grain::Day, DateKind::Range)
        }
        _ => return None,
    };
    Some((raw, next))
}

/// A count before a unit (`ثلاثة أيام`, `3 أشهر`), a dual (`يومين`), or a unit alone (`أسبوع`
/// = one), at `k`: (count, unit, next).
fn count_unit(lx: &DateLexicon, toks: &[Token<'_>], k: usize) -> Option<(i64, Unit, usize)> {
    if let Some((u, c)) = word(toks, k).and_then(|w| lx.unit(w)) {
        return Some((i64::from(c), u, k + 1));
    }
    let p = parse(toks, k)?;
    let (u, _) = word(toks, p.next).and_then(|w| lx.unit(w))?;
    (p.value.fract() == 0.0 && p.value > 0.0 && p.value < 10_000.0).then_some((p.value as i64, u, p.next + 1))
}

/// Skips a hedge (`أكثر من`) between `قبل`/`منذ` and the count.
fn skip_hedge(toks: &[Token<'_>], k: usize) -> usize {
    number_lexicon()
        .pre
        .iter()
        .find_map(|(p, _)| crate::numbers::lexicon::phrase_at(toks, k, p).filter(|(_, c)| *c == 0).map(|(e, _)| e))
        .unwrap_or(k)
}

fn shift(a: Date, n: i64, unit: Unit) -> Option<(String, Grain)> {
    let y = i32::from(a.year());
    let am = u8::try_from(a.month()).unwrap_or(1);
    let n32 = i32::try_from(n).ok()?;
    Some(match unit {
        Unit::Day => (iso_day(add_days(a, -n)), Grain::Day),
        Unit::Week => (iso_day(add_days(a, -7 * n)), Grain::Day),
        Unit::Month => {
            let (yy, mm) = add_months(y, am, -n32);
            (month_value(yy, mm), Grain::Month)
        }
        Unit::Year => (format!("{:04}", y - n32), Grain::Year),
        Unit::Decade => (format!("{:04}", y - 10 * n32), Grain::Year),
        _ => return None,
    })
}

/// Rule `relative_ago`: `قبل ثلاثة أيام`, `منذ يومين`, `قبل أسبوع`, `منذ أكثر من خمس سنوات`.
fn ago(lx: &DateLexicon, toks: &[Token<'_>], i: usize, a: Date) -> Option<(Raw, usize)> {
    let k = skip_hedge(toks, i + 1);
    let (n, unit, next) = count_unit(lx, toks, k)?;
    let (value, grain) = shift(a, n, unit)?;
    Some((fixed(toks, i, next, value, None, grain, DateKind::Point), next))
}

/// Rule `relative_during`: `خلال السنوات الخمس الماضية`, `في الأسابيع الثلاثة الماضية`,
/// `خلال العامين الماضيين`, `خلال الـ24 شهرا الماضية`: a range up to the publication date.
fn during(lx: &DateLexicon, toks: &[Token<'_>], i: usize, a: Date) -> Option<(Raw, usize)> {
    let k = i + 1;
    let w = word(toks, k)?;
    let al_unit = |w: &str| {
        stems(w)
            .find(|s| s.al)
            .and_then(|s| lx.unit(s.stem))
            .or_else(|| lx.rel(w).and_then(|r| if let Rel::Period(u) = r { Some((u, 1)) } else { None }))
    };
    let (n, unit, next) = if let Some((u, c)) = al_unit(w) {
        if c == 2 {
            (2, u, k + 1)
        } else {
            // `السنوات الخمس`
            let p = parse(toks, k + 1).or_else(|| {
                parse_ordinal(toks, k + 1).map(|(v, s, n, e)| crate::numbers::words::Parsed {
                    value: v,
                    first: k + 1,
                    start: s,
                    next: n,
                    end: e,
                    scale: None,
                    digits_only: false,
                    fraction_only: false,
                })
            })?;
            (p.value as i64, u, p.next)
        }
    } else {
        // `الخمس سنوات`, `الـ24 شهرا`
        let kk = if toks.get(k).is_some_and(|t| t.text == "ال") { k + 1 } else { k };
        let p = parse(toks, kk)?;
        let (u, _) = word(toks, p.next).and_then(|w| lx.unit(w))?;
        (p.value as i64, u, p.next + 1)
    };
    let d = word(toks, next).and_then(|w| lx.rel(w))?;
    if d != Rel::Direction(-1) || n <= 0 || n > 1000 {
        return None;
    }
    let (start, grain) = shift(a, n, unit)?;
    let end = match grain {
        Grain::Year => format!("{:04}", a.year()),
        Grain::Month => month_value(i32::from(a.year()), u8::try_from(a.month()).unwrap_or(1)),
        _ => iso_day(a),
    };
    Some((fixed(toks, i, next + 1, start, Some(end), grain, DateKind::Range), next + 1))
}

/// The Gregorian first and last day of a Hijri year or month (`1439 هـ`, `رمضان 1439`).
pub(crate) fn hijri_span(y: i32, m: Option<u8>) -> Option<(Date, Date)> {
    match m {
        Some(m) => Some((hijri_to_gregorian(y, m, 1)?, hijri_month_end(y, m)?)),
        None => Some((hijri_to_gregorian(y, 1, 1)?, hijri_month_end(y, 12)?)),
    }
}
