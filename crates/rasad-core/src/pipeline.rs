//! The pipeline as one path: bytes in, [`Document`] out.
//!
//! decode → clean → (published date, outlet) → numbers, dates, entities per paragraph →
//! claims, roles, statements → signature. Every span in the result indexes `Document::text`.

use crate::clean::Cleaned;
use crate::decode::{self, DecodeError};
use crate::model::{Calendar, DateKind, DateMention, Document, EntityKind, EntityRef, Grain, Span, TextSpan};
use crate::normalize::Normalized;
use crate::numbers::tokens::{Token, tokenize};
use crate::{claims, clean, dates, entities, numbers, signature};

/// One document to analyze, with what the caller knows about it.
#[derive(Clone, Copy, Debug, Default)]
pub struct Input<'a> {
    /// The raw bytes (text or HTML, any encoding).
    pub bytes: &'a [u8],
    /// HTTP-style content type, e.g. `text/html; charset=windows-1256`.
    pub content_type: Option<&'a str>,
    /// Where the page came from; its domain names the outlet.
    pub url: Option<&'a str>,
    /// Outlet id or name, when the caller knows it (overrides what the page says).
    pub outlet: Option<&'a str>,
    /// Publication date or date-time (ISO 8601), when the caller knows it.
    pub published: Option<&'a str>,
}

/// Why a document could not be analyzed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnalyzeError {
    /// The bytes are empty or not text.
    Decode(DecodeError),
    /// `published` is not an ISO 8601 date or date-time.
    InvalidPublished(String),
}

impl std::fmt::Display for AnalyzeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Decode(e) => e.fmt(f),
            Self::InvalidPublished(v) => {
                write!(f, "published {v:?} is not an ISO 8601 date (YYYY-MM-DD or YYYY-MM-DDThh:mm)")
            }
        }
    }
}

impl std::error::Error for AnalyzeError {}

impl From<DecodeError> for AnalyzeError {
    fn from(e: DecodeError) -> Self {
        Self::Decode(e)
    }
}

/// Runs the whole pipeline on one document.
///
/// # Errors
/// [`AnalyzeError`] when the input is empty or not text, or a hint is malformed.
pub fn analyze(input: &Input<'_>) -> Result<Document, AnalyzeError> {
    let hinted = input.published.map(parse_published_hint).transpose()?;
    let decoded = decode::decode(input.bytes, input.content_type)?;
    let encoding = decoded.encoding.to_owned();
    let cleaned = clean::clean(decoded);
    let published = hinted.or_else(|| published_from_page(&cleaned));
    let anchor = published.as_ref().and_then(|d| anchor_of(&d.value));
    let outlet = resolve_outlet(input, &cleaned);

    let Cleaned { text, format, title, byline, dateline, url, paragraphs, warnings, .. } = cleaned;
    // Each paragraph is folded and tokenized once, for numbers, dates and entities alike.
    let norms: Vec<Normalized> = paragraphs.iter().map(|p| Normalized::new(&p.text)).collect();
    let toks: Vec<Vec<Token<'_>>> = norms.iter().map(|n| tokenize(&n.text)).collect();
    let scans: Vec<dates::Scanned> = toks.iter().map(|t| dates::scan_folded(t, anchor)).collect();
    // With no publication date, the document's first full date (`الجمعة 18 أكتوبر`) gives
    // the year to yearless dates in other paragraphs (`في 9 أكتوبر`). Without an anchor the
    // scans above are the anchorless scans the hint needs.
    let hint = if anchor.is_none() { scans.iter().find_map(dates::Scanned::hint) } else { None };
    let mut numbers = Vec::new();
    let mut dates = Vec::new();
    for (((p, n), t), scan) in paragraphs.iter().zip(&norms).zip(&toks).zip(&scans) {
        numbers.extend(numbers::extract_folded(&p.text, n, t).into_iter().map(|mut m| {
            m.span = m.span.shifted(p.span.start);
            m
        }));
        dates.extend(scan.mentions(&p.text, n, hint).into_iter().map(|mut d| {
            d.span = d.span.shifted(p.span.start);
            d
        }));
    }
    // The date line is a date of the document too: list it with the body's dates (a
    // caller-given date has no span and is not in the text, so it is not listed).
    if let Some(p) = published.as_ref().filter(|p| !p.span.is_empty() && p.span.slice(&text) == p.text) {
        dates.insert(0, p.clone());
    }
    let entities = entities::recognize_folded(&text, title.as_ref(), &paragraphs, &norms);
    let body = paragraphs.iter().map(|p| p.text.as_str()).collect::<Vec<_>>().join("\n\n");
    // The paragraphs are already folded: the signature reuses them (same value as `minhash(&body)`).
    let signature = signature::minhash_folded(norms.iter().map(|n| n.text.as_str()));
    let content_hash = blake3::hash(text.as_bytes()).to_hex().to_string();
    let mut doc = Document {
        text,
        format,
        encoding,
        title,
        published,
        byline,
        dateline,
        outlet,
        url: url.or_else(|| input.url.map(str::to_owned)),
        paragraphs,
        body,
        entities,
        dates,
        numbers,
        warnings,
        signature,
        content_hash,
        ..Document::default()
    };
    let facts = claims::extract(&doc);
    doc.claims = facts.claims;
    doc.roles = facts.roles;
    doc.statements = facts.statements;
    Ok(doc)
}

/// The caller's `published` hint as a date mention (no span: it is not in the text).
fn parse_published_hint(v: &str) -> Result<DateMention, AnalyzeError> {
    let v = v.trim();
    let (value, grain) = if let Ok(dt) = v.parse::<jiff::civil::DateTime>() {
        (dt.strftime("%Y-%m-%dT%H:%M").to_string(), Grain::Minute)
    } else if let Ok(ts) = v.parse::<jiff::Timestamp>() {
        (ts.strftime("%Y-%m-%dT%H:%M").to_string(), Grain::Minute)
    } else if let Ok(d) = v.parse::<jiff::civil::Date>() {
        (d.to_string(), Grain::Day)
    } else {
        return Err(AnalyzeError::InvalidPublished(v.to_owned()));
    };
    Ok(DateMention {
        text: v.to_owned(),
        span: Span::default(),
        value,
        end: None,
        grain,
        calendar: Calendar::Gregorian,
        kind: DateKind::Point,
        relative: false,
    })
}

/// Publication date from page metadata, else from the date line under the title.
fn published_from_page(cleaned: &Cleaned) -> Option<DateMention> {
    if let Some(meta) = cleaned.published_meta.as_deref()
        && let Ok(d) = parse_published_hint(meta)
    {
        return Some(d);
    }
    let line = cleaned.date_line.as_ref()?;
    let found = dates::extract(&line.text, None);
    // The most precise full date on the line: `11:39 ص الأربعاء 08 يونيو 2016` gives
    // the day and the time, which `dates` may report as one mention or two.
    let day = found.iter().filter(|d| d.grain >= Grain::Day && d.kind == DateKind::Point).max_by_key(|d| d.grain)?;
    let mut best = day.clone();
    best.span = best.span.shifted(line.span.start);
    Some(best)
}

fn anchor_of(value: &str) -> Option<jiff::civil::DateTime> {
    value.parse::<jiff::civil::DateTime>().ok().or_else(|| {
        value.get(..10)?.parse::<jiff::civil::Date>().ok().map(|d| d.to_datetime(jiff::civil::Time::midnight()))
    })
}

/// The outlet: the caller's word, else the URL's domain, else the page's source line or
/// site name. Unknown names are kept as written, without an id.
fn resolve_outlet(input: &Input<'_>, cleaned: &Cleaned) -> Option<EntityRef> {
    let g = entities::gazetteer();
    let candidates = [
        input.outlet.map(str::to_owned),
        input.url.map(str::to_owned),
        cleaned.url.clone(),
        cleaned.source_name.as_ref().map(|t| t.text.clone()),
        cleaned.site_name.clone(),
    ];
    for c in candidates.iter().flatten() {
        if let Some(e) = g.outlet(c) {
            return Some(EntityRef {
                aliases: Vec::new(),
                id: Some(e.id.clone()),
                kind: Some(EntityKind::Outlet),
                name: e.name_ar.clone(),
                text: c.clone(),
            });
        }
    }
    let written =
        input.outlet.map(str::to_owned).or_else(|| cleaned.source_name.as_ref().map(|t: &TextSpan| t.text.clone()))?;
    Some(EntityRef {
        aliases: Vec::new(),
        id: None,
        kind: Some(EntityKind::Outlet),
        name: written.clone(),
        text: written,
    })
}
