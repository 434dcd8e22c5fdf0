//! Cleaning: decoded text → the article (title, date line, byline, body paragraphs).
//!
//! First version: blocks separated by blank lines; the first line is the title.

use crate::decode::Decoded;
use crate::model::{InputFormat, Span, TextSpan};

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
    let text = decoded.text;
    let mut blocks = Vec::new();
    let mut offset = 0;
    for block in text.split("\n\n") {
        let lead = block.len() - block.trim_start().len();
        let trimmed = block.trim();
        if !trimmed.is_empty() {
            let start = offset + lead;
            blocks.push(Span::new(start, start + trimmed.len()));
        }
        offset += block.len() + 2;
    }
    let title = blocks.first().map(|&s| TextSpan::of(&text, s));
    let paragraphs = blocks.iter().skip(1).map(|&s| TextSpan::of(&text, s)).collect();
    Cleaned {
        format: if decoded.is_html { InputFormat::Html } else { InputFormat::PlainText },
        title,
        paragraphs,
        warnings: decoded.warnings,
        text,
        ..Cleaned::default()
    }
}
