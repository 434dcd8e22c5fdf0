//! Decoding: bytes → text.
//!
//! First version: UTF-8 (BOM stripped), invalid bytes replaced and counted.

/// Decoded input.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Decoded {
    /// The text.
    pub text: String,
    /// WHATWG name of the encoding used.
    pub encoding: &'static str,
    /// True when the input looks like HTML.
    pub is_html: bool,
    /// How many invalid sequences were replaced by U+FFFD.
    pub replacements: usize,
    /// Non-fatal problems, for the response.
    pub warnings: Vec<String>,
}

/// Why bytes could not be decoded into usable text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Nothing but white space.
    Empty,
    /// Binary data, not text.
    Unusable(String),
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Empty => f.write_str("content is empty"),
            Self::Unusable(why) => write!(f, "content is not usable text: {why}"),
        }
    }
}

impl std::error::Error for DecodeError {}

/// Decodes `bytes`; `content_type` is an HTTP-style content type (`text/html; charset=…`).
///
/// # Errors
/// [`DecodeError::Empty`] for empty or white-space input.
pub fn decode(bytes: &[u8], content_type: Option<&str>) -> Result<Decoded, DecodeError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let (text, _, had_errors) = encoding_rs::UTF_8.decode(bytes);
    let text = text.into_owned();
    if text.trim().is_empty() {
        return Err(DecodeError::Empty);
    }
    let replacements = if had_errors { text.matches('\u{FFFD}').count() } else { 0 };
    let is_html = content_type.is_some_and(|c| c.contains("html")) || text.trim_start().starts_with('<');
    let mut warnings = Vec::new();
    if replacements > 0 {
        warnings.push(format!("{replacements} invalid UTF-8 sequences replaced"));
    }
    Ok(Decoded { text, encoding: "UTF-8", is_html, replacements, warnings })
}
