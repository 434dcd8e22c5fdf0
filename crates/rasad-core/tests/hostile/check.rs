//! Every stage on one input, and the invariants its output must keep.
//!
//! Invariants (each failure names the case, the stage and the item):
//! - `analyze` answers as the case expects (a document, or the error that says why);
//! - every span lies in its text, on char boundaries, and quotes its `text` field;
//! - numbers are finite; date values are short ASCII (ISO 8601);
//! - output is linear in input: mentions ≤ input chars, JSON ≤ 32 × input + 1 MiB,
//!   warnings ≤ 100, folded text ≤ 16 × input (NFKC ligatures expand);
//! - stages agree: `claims::extract` on the document gives the document's facts.

use super::{Case, Doc, Expect};
use rasad_core::clean::Cleaned;
use rasad_core::decode::DecodeError;
use rasad_core::normalize::Normalized;
use rasad_core::{AnalyzeError, Document, Span, analyzer, claims, clean, dates, decode, entities, numbers};
use std::time::{Duration, Instant};

/// What one run produced (for the report line).
#[derive(Clone, Debug, Default)]
pub struct Outcome {
    /// `ok` or the error.
    pub result: String,
    /// Numbers, dates, entity mentions and claims in the document.
    pub mentions: usize,
    /// Length of the document as JSON.
    pub output_bytes: usize,
    /// Wall-clock time of each stage, in run order (the report names the slowest).
    pub stages: Vec<(&'static str, Duration)>,
}

/// Runs `f`, recording its time under `stage`.
fn timed<T>(stages: &mut Vec<(&'static str, Duration)>, stage: &'static str, f: impl FnOnce() -> T) -> T {
    let started = Instant::now();
    let out = f();
    stages.push((stage, started.elapsed()));
    out
}

const MAX_WARNINGS: usize = 100;
const MAX_FOLD_GROWTH: usize = 16;
const JSON_PER_BYTE: usize = 32;
const JSON_BASE: usize = 1 << 20;

/// The anchor `dates::extract` gets when run alone (relative expressions resolve against it).
fn anchor() -> jiff::civil::DateTime {
    jiff::civil::date(2020, 6, 15).at(12, 0, 0, 0)
}

/// Compiles every lexicon once, so the first case's memory and time are its own.
pub fn warm_up() {
    let text = "عمّان - قال مسؤول أمني يوم الأحد 14 حزيران 2020 إن أكثر من 4 آلاف مقاتل من آسيا الوسطى \
                انضموا إلى تنظيم داعش منذ عام 2012، بحسب وكالة الأنباء.";
    let doc = Doc::text(format!("عنوان الخبر\n\n{text}")).published("2020-06-15");
    let _ = rasad_core::analyze(&doc.input());
    let _ = analyzer::tokenize(text);
}

/// Runs every stage on `doc` and checks every invariant; panics naming the first violation.
pub fn all(case: &Case, doc: &Doc) -> Outcome {
    let name = case.name;
    let input = doc.input();
    let mut times = Vec::new();
    let result = timed(&mut times, "analyze", || rasad_core::analyze(&input));
    expectation(case, &result);
    let decoded = timed(&mut times, "decode", || decode::decode(input.bytes, input.content_type));
    match (&decoded, &result) {
        (Err(e), Err(AnalyzeError::Decode(a))) => assert_eq!(e, a, "{name}: decode and analyze disagree"),
        (Err(e), Ok(_)) => panic!("{name}: decode failed ({e}) but analyze succeeded"),
        _ => {}
    }
    if let Ok(decoded) = decoded {
        assert!(
            decoded.replacements <= input.bytes.len(),
            "{name}: {} replacements for {} bytes",
            decoded.replacements,
            input.bytes.len()
        );
        let cleaned = timed(&mut times, "clean", || clean::clean(decoded));
        stages(name, &cleaned, &mut times);
    }
    let mut outcome = Outcome { result: "ok".to_owned(), ..Outcome::default() };
    match result {
        Ok(d) => {
            let (mentions, output_bytes) = document(name, doc, &d, &mut times);
            outcome.mentions = mentions;
            outcome.output_bytes = output_bytes;
        }
        Err(e) => outcome.result = short(&format!("{e:?}"), 60).replace(' ', "_"),
    }
    outcome.stages = times;
    outcome
}

fn expectation(case: &Case, result: &Result<Document, AnalyzeError>) {
    let name = case.name;
    let fine = matches!(
        (case.expect, result),
        (Expect::Ok | Expect::OkOrDecodeError, Ok(_))
            | (Expect::Empty, Err(AnalyzeError::Decode(DecodeError::Empty)))
            | (Expect::InvalidPublished, Err(AnalyzeError::InvalidPublished(_)))
            | (Expect::OkOrDecodeError, Err(AnalyzeError::Decode(_)))
    );
    let got = match result {
        Ok(_) => "a document".to_owned(),
        Err(e) => short(&format!("{e:?}"), 200),
    };
    assert!(fine, "{name}: expected {:?}, got {got}", case.expect);
}

/// The recognizers one by one, on the whole cleaned text (`analyze` runs them per paragraph).
fn stages(name: &str, c: &Cleaned, times: &mut Vec<(&'static str, Duration)>) {
    let text = c.text.as_str();
    let singles = [("title", &c.title), ("date_line", &c.date_line), ("byline", &c.byline)];
    for (what, t) in singles.iter().chain(&[("dateline", &c.dateline), ("source_name", &c.source_name)]) {
        if let Some(t) = t {
            span(name, text, t.span, Some(&t.text), what, 0);
        }
    }
    for (i, p) in c.paragraphs.iter().enumerate() {
        span(name, text, p.span, Some(&p.text), "cleaned.paragraphs", i);
    }
    assert!(c.warnings.len() <= MAX_WARNINGS, "{name}: clean gave {} warnings", c.warnings.len());

    timed(times, "normalize", || folded(name, text));

    let tokens = timed(times, "tokenize", || analyzer::tokenize(text));
    assert!(tokens.len() <= text.len(), "{name}: {} tokens for {} bytes", tokens.len(), text.len());
    let mut last = None;
    for (i, t) in tokens.iter().enumerate() {
        span(name, text, t.span, None, "tokens", i);
        assert!(!t.term.is_empty(), "{name}: tokens[{i}] has an empty term");
        assert!(last < Some(t.position), "{name}: tokens[{i}] position {} not increasing", t.position);
        last = Some(t.position);
    }

    let found = timed(times, "numbers", || numbers::extract(text));
    assert!(found.len() <= text.len(), "{name}: {} numbers for {} bytes", found.len(), text.len());
    for (i, m) in found.iter().enumerate() {
        span(name, text, m.span, Some(&m.text), "numbers::extract", i);
        finite(name, m.value, m.upper, "numbers::extract", i);
    }

    let found = timed(times, "dates", || dates::extract(text, Some(anchor())));
    assert!(found.len() <= text.len(), "{name}: {} dates for {} bytes", found.len(), text.len());
    for (i, d) in found.iter().enumerate() {
        span(name, text, d.span, Some(&d.text), "dates::extract", i);
        iso(name, &d.value, d.end.as_deref(), "dates::extract", i);
    }

    for e in &timed(times, "entities", || entities::recognize(text, c.title.as_ref(), &c.paragraphs)) {
        for (i, m) in e.mentions.iter().enumerate() {
            span(name, text, m.span, Some(&m.text), &format!("entities::recognize {}", e.id), i);
        }
    }
}

/// The fold: bounded growth, and a monotone offset map onto input char boundaries.
fn folded(name: &str, text: &str) {
    let n = Normalized::new(text);
    assert!(n.text.len() <= MAX_FOLD_GROWTH * text.len(), "{name}: fold grew {} B to {} B", text.len(), n.text.len());
    let mut last = 0;
    for (at, _) in n.text.char_indices() {
        let o = n.original_offset(at);
        assert!(text.is_char_boundary(o), "{name}: folded byte {at} maps to {o}, not a char boundary");
        assert!(o >= last, "{name}: folded byte {at} maps back to {o}, before {last}");
        last = o;
    }
    span(name, text, n.original_span(Span::new(0, n.text.len())), None, "normalize whole", 0);
}

/// The document: spans, values, sizes, and claims agreeing with a second extraction.
fn document(name: &str, doc: &Doc, d: &Document, times: &mut Vec<(&'static str, Duration)>) -> (usize, usize) {
    let text = d.text.as_str();
    let t = |what: &str, s: &Option<rasad_core::TextSpan>| {
        if let Some(s) = s {
            span(name, text, s.span, Some(&s.text), what, 0);
        }
    };
    t("title", &d.title);
    t("byline", &d.byline);
    t("dateline", &d.dateline);
    if let Some(p) = &d.published {
        // The caller's hint has no span (it is not in the text); a date from the page has one.
        span(name, text, p.span, Some(&p.text), "published", 0);
        iso(name, &p.value, p.end.as_deref(), "published", 0);
    }
    for (i, p) in d.paragraphs.iter().enumerate() {
        span(name, text, p.span, Some(&p.text), "paragraphs", i);
    }
    for (i, m) in d.numbers.iter().enumerate() {
        span(name, text, m.span, Some(&m.text), "numbers", i);
        finite(name, m.value, m.upper, "numbers", i);
    }
    for (i, m) in d.dates.iter().enumerate() {
        span(name, text, m.span, Some(&m.text), "dates", i);
        iso(name, &m.value, m.end.as_deref(), "dates", i);
    }
    let mut entity_mentions = 0;
    for e in &d.entities {
        entity_mentions += e.mentions.len();
        for (i, m) in e.mentions.iter().enumerate() {
            span(name, text, m.span, Some(&m.text), &format!("entity {}", e.id), i);
        }
    }
    for (i, c) in d.claims.iter().enumerate() {
        span(name, text, c.quantity.span, Some(&c.quantity.text), "claims.quantity", i);
        span(name, text, c.evidence.span, Some(&c.evidence.text), "claims.evidence", i);
        finite(name, c.quantity.value, c.quantity.upper, "claims.quantity", i);
        if let Some(time) = &c.time {
            iso(name, &time.date.value, time.date.end.as_deref(), "claims.time", i);
        }
    }
    for (i, r) in d.roles.iter().enumerate() {
        span(name, text, r.evidence.span, Some(&r.evidence.text), "roles.evidence", i);
    }
    for (i, s) in d.statements.iter().enumerate() {
        span(name, text, s.content.span, Some(&s.content.text), "statements.content", i);
        span(name, text, s.evidence.span, Some(&s.evidence.text), "statements.evidence", i);
    }
    assert!(d.warnings.len() <= MAX_WARNINGS, "{name}: {} warnings", d.warnings.len());

    let chars = text.chars().count().max(1);
    let mentions = d.numbers.len() + d.dates.len() + entity_mentions + d.claims.len();
    assert!(mentions <= chars, "{name}: {mentions} mentions for {chars} chars");
    let json = serde_json::to_string(d).expect("a document serializes");
    let limit = JSON_PER_BYTE * doc.size() + JSON_BASE;
    assert!(json.len() <= limit, "{name}: {} B of JSON for {} B of input", json.len(), doc.size());

    let again = timed(times, "claims", || claims::extract(d));
    assert!(
        again.claims == d.claims && again.roles == d.roles && again.statements == d.statements,
        "{name}: claims::extract on the document differs from analyze's facts"
    );
    (mentions, json.len())
}

fn span(name: &str, text: &str, s: Span, quoted: Option<&str>, what: &str, i: usize) {
    assert!(s.start <= s.end && s.end <= text.len(), "{name}: {what}[{i}] span {s:?} outside 0..{}", text.len());
    assert!(
        text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
        "{name}: {what}[{i}] span {s:?} splits a char"
    );
    if let Some(q) = quoted
        && !s.is_empty()
    {
        let at = s.slice(text);
        assert!(at == q, "{name}: {what}[{i}] text {:?} but span {s:?} quotes {:?}", short(q, 80), short(at, 80));
    }
}

fn finite(name: &str, value: f64, upper: Option<f64>, what: &str, i: usize) {
    assert!(value.is_finite(), "{name}: {what}[{i}] value {value}");
    assert!(upper.is_none_or(f64::is_finite), "{name}: {what}[{i}] upper {upper:?}");
}

/// An ISO 8601 value: short, ASCII, digits first (a year may carry a sign).
fn iso(name: &str, value: &str, end: Option<&str>, what: &str, i: usize) {
    for v in std::iter::once(value).chain(end) {
        let ok = !v.is_empty()
            && v.len() <= 32
            && v.is_ascii()
            && v.trim_start_matches(['-', '+']).starts_with(|c: char| c.is_ascii_digit());
        assert!(ok, "{name}: {what}[{i}] date value {:?} is not ISO 8601", short(v, 80));
    }
}

fn short(s: &str, max: usize) -> String {
    if s.chars().count() <= max { s.to_owned() } else { format!("{}…", s.chars().take(max).collect::<String>()) }
}
