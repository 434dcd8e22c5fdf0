//! Cleaning: decoded text → the article (title, date line, byline, dateline, body).
//!
//! - Plain text ([`text`]): a line classifier drops web boilerplate and finds the head
//!   lines; `Cleaned::text` is the decoded input unchanged and every span indexes it.
//! - HTML ([`html`]): `dom_smoothie` (readability) finds the content and the page
//!   metadata (`<title>`, Open Graph, JSON-LD `NewsArticle`, canonical link); the readable
//!   text (title, then paragraphs separated by blank lines) goes through the same line
//!   classifier, and spans index that readable text.
//!
//! Architecture invariant: every span in [`Cleaned`] slices `Cleaned::text` on char
//! boundaries and `paragraphs[i].text == &text[paragraphs[i].span]`. Nothing here parses
//! dates or resolves outlets: the date line and the source name are handed on as written.

pub mod head;
pub mod html;
pub mod lexicon;
pub mod lines;
pub mod text;

use crate::decode::Decoded;
use crate::model::{InputFormat, Span, TextSpan};

pub use text::LineKind;

/// The article found in a page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cleaned {
    /// The text every span indexes (decoded input for plain text; readable text for HTML).
    pub text: String,
    /// Plain text or HTML.
    pub format: InputFormat,
    /// The headline.
    pub title: Option<TextSpan>,
    /// The line that carries the publication date/time, as written (parsed by `dates`).
    pub date_line: Option<TextSpan>,
    /// Publication date from page metadata (ISO 8601), when the page has one.
    pub published_meta: Option<String>,
    /// The author.
    pub byline: Option<TextSpan>,
    /// Place/agency line (`أستانا -سانا`).
    pub dateline: Option<TextSpan>,
    /// The agency or outlet named in the dateline or source line (`سانا`, `تلفزيون سوريا`).
    pub source_name: Option<TextSpan>,
    /// The site's own name from page metadata (`og:site_name`, publisher).
    pub site_name: Option<String>,
    /// Canonical URL.
    pub url: Option<String>,
    /// Body paragraphs.
    pub paragraphs: Vec<TextSpan>,
    /// Non-fatal problems.
    pub warnings: Vec<String>,
}

/// Finds the article in decoded input.
#[must_use]
pub fn clean(decoded: Decoded) -> Cleaned {
    let Decoded { text, is_html, mut warnings, .. } = decoded;
    if is_html {
        let page = html::readable(&text);
        warnings.extend(page.warnings.iter().cloned());
        let mut cleaned = assemble(page.text, InputFormat::Html, page.hints, warnings);
        cleaned.published_meta = page.published;
        cleaned.site_name = page.site_name;
        cleaned.url = page.url;
        cleaned
    } else {
        assemble(text, InputFormat::PlainText, text::Hints::default(), warnings)
    }
}

/// Every line of a plain text with its kind, for inspection and tests.
#[must_use]
pub fn line_kinds(text: &str) -> Vec<(Span, LineKind)> {
    text::classify(text, text::Hints::default()).kinds
}

fn assemble(text: String, format: InputFormat, hints: text::Hints, warnings: Vec<String>) -> Cleaned {
    let a = text::classify(&text, hints);
    let of = |s: Option<Span>| s.map(|s| TextSpan::of(&text, s));
    let mut warnings = warnings;
    if a.paragraphs.is_empty() {
        warnings.push("no article body found".to_owned());
    }
    Cleaned {
        format,
        title: of(a.title),
        date_line: of(a.date_line),
        byline: of(a.byline),
        dateline: of(a.dateline),
        source_name: of(a.source_name),
        paragraphs: a.paragraphs.iter().map(|&s| TextSpan::of(&text, s)).collect(),
        warnings,
        text,
        ..Cleaned::default()
    }
}
