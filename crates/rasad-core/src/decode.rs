//! Decoding: bytes → text.
//!
//! Order of evidence, strongest first: a byte-order mark; a UTF-16 byte pattern without a
//! BOM; the declared charset (the `content_type` parameter, then an HTML `<meta>` in the
//! first KiB); detection by `chardetng`. A declaration is checked, not trusted: pages that
//! say `windows-1256` but hold valid UTF-8, or say `utf-8` but hold windows-1256 bytes, are
//! common on Arabic sites, so the declared decoding competes with the detected one and the
//! more plausible text wins (with a warning naming the lie).
//!
//! Invalid sequences become U+FFFD, are counted and reported as a warning; the input is
//! refused only when the result is not text at all (binary, or mostly replacements).

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};

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

/// How much of the input the `<meta charset>` prescan and the detector look at: enough for
/// any real `<head>`, and it keeps a 10 MB page from being scanned twice.
const PRESCAN_BYTES: usize = 4096;
const DETECT_BYTES: usize = 64 * 1024;

/// Decodes `bytes`; `content_type` is an HTTP-style content type (`text/html; charset=…`).
///
/// # Errors
/// [`DecodeError::Empty`] for empty or white-space input; [`DecodeError::Unusable`] for
/// binary data or text that is mostly undecodable.
pub fn decode(bytes: &[u8], content_type: Option<&str>) -> Result<Decoded, DecodeError> {
    // White space includes VT (0x0B), which `u8::is_ascii_whitespace` leaves out.
    if bytes.iter().all(|&b| b.is_ascii_whitespace() || b == 0x0B) {
        return Err(DecodeError::Empty);
    }
    let mut warnings = Vec::new();
    // One validation and one control-byte count serve every later check.
    let mut valid: Option<&str> = None;
    let mut c0_controls = None;
    let (encoding, body) = if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        (enc, &bytes[bom_len..])
    } else if let Some(enc) = utf16_without_bom(bytes) {
        (enc, bytes)
    } else {
        let controls = count_c0_controls(bytes);
        if bytes.contains(&0) || controls * 20 > bytes.len() {
            return Err(DecodeError::Unusable("binary data (NUL or control bytes)".to_owned()));
        }
        c0_controls = Some(controls);
        valid = std::str::from_utf8(bytes).ok();
        (choose_encoding(bytes, valid.is_some(), content_type, &mut warnings), bytes)
    };
    let (text, had_errors) = match valid {
        Some(v) if encoding == UTF_8 => (v.to_owned(), false),
        _ => {
            let (t, e) = encoding.decode_without_bom_handling(body);
            (t.into_owned(), e)
        }
    };
    if text.trim().is_empty() {
        return Err(DecodeError::Empty);
    }
    let replacements = if had_errors { text.matches('\u{FFFD}').count() } else { 0 };
    // The full check counts chars; clean text (no replacements, no C0 controls) skips it.
    if replacements > 0 || c0_controls != Some(0) {
        check_usable(&text, replacements)?;
    }
    if replacements > 0 {
        warnings.push(format!("{replacements} invalid {} sequences replaced", encoding.name()));
    }
    let is_html = content_type.is_some_and(|c| c.to_ascii_lowercase().contains("html")) || looks_like_html(&text);
    Ok(Decoded { text, encoding: encoding.name(), is_html, replacements, warnings })
}

/// The encoding for bytes without a BOM: the declaration when it holds, else detection.
fn choose_encoding(
    bytes: &[u8],
    valid_utf8: bool,
    content_type: Option<&str>,
    warnings: &mut Vec<String>,
) -> &'static Encoding {
    let declared = content_type.and_then(charset_param).or_else(|| meta_charset(bytes));
    let Some(declared) = declared else {
        return if valid_utf8 { UTF_8 } else { detect(bytes) };
    };
    if declared == UTF_8 || declared == UTF_16LE || declared == UTF_16BE {
        if valid_utf8 {
            return UTF_8;
        }
        let guess = detect(bytes);
        if guess != UTF_8 && plausibility(guess, bytes) > plausibility(UTF_8, bytes) {
            warnings.push(format!("declared charset {} is wrong; decoded as {}", declared.name(), guess.name()));
            return guess;
        }
        return UTF_8;
    }
    // A single-byte declaration over bytes that are valid UTF-8 with non-ASCII text is a
    // lie: no windows-1256 Arabic text is also valid UTF-8 by accident.
    if valid_utf8 && !bytes.is_ascii() {
        warnings.push(format!("declared charset {} is wrong; decoded as UTF-8", declared.name()));
        return UTF_8;
    }
    let guess = detect(bytes);
    if guess != declared && plausibility(guess, bytes) > plausibility(declared, bytes) + 0.2 {
        warnings.push(format!("declared charset {} is wrong; decoded as {}", declared.name(), guess.name()));
        return guess;
    }
    declared
}

fn detect(bytes: &[u8]) -> &'static Encoding {
    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    det.feed(&bytes[..bytes.len().min(DETECT_BYTES)], bytes.len() <= DETECT_BYTES);
    det.guess(None, chardetng::Utf8Detection::Allow)
}

/// Share of non-ASCII chars that are Arabic letters or common typographic marks when
/// `bytes` are decoded as `enc`: mojibake (`Ø§Ù„`) scores near 0, real Arabic near 1.
fn plausibility(enc: &'static Encoding, bytes: &[u8]) -> f64 {
    let sample = &bytes[..bytes.len().min(DETECT_BYTES)];
    let (text, _) = enc.decode_without_bom_handling(sample);
    let (mut good, mut all) = (0usize, 0usize);
    for c in text.chars().filter(|c| !c.is_ascii()) {
        all += 1;
        if matches!(c, '\u{0600}'..='\u{06FF}' | '\u{2010}'..='\u{2027}' | '\u{00A0}' | '«' | '»') {
            good += 1;
        }
    }
    if all == 0 { 0.5 } else { good as f64 / all as f64 }
}

/// `charset=` of an HTTP content type.
fn charset_param(content_type: &str) -> Option<&'static Encoding> {
    content_type.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| Encoding::for_label(v.trim().trim_matches(['"', '\'']).as_bytes()))?
    })
}

/// `<meta charset="…">` or `<meta http-equiv content="text/html; charset=…">` in the first
/// bytes: a byte scan, since the text is not decoded yet.
fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(PRESCAN_BYTES)];
    let lower: Vec<u8> = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = find(&lower[from..], b"<meta") {
        let tag_start = from + at;
        let tag_end = find(&lower[tag_start..], b">").map_or(lower.len(), |e| tag_start + e);
        let tag = &lower[tag_start..tag_end];
        if let Some(c) = find(tag, b"charset") {
            let rest = &tag[c + 7..];
            let rest = rest.trim_ascii_start();
            if let Some(rest) = rest.strip_prefix(b"=") {
                let rest = rest.trim_ascii_start();
                let rest = rest.strip_prefix(b"\"").or_else(|| rest.strip_prefix(b"'")).unwrap_or(rest);
                let end = rest
                    .iter()
                    .position(|&b| matches!(b, b'"' | b'\'' | b';' | b' ' | b'/' | b'>'))
                    .unwrap_or(rest.len());
                if let Some(enc) = Encoding::for_label(&rest[..end]) {
                    return Some(enc);
                }
            }
        }
        from = tag_end;
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// UTF-16 without a BOM: Arabic and ASCII code units put 0x00 or 0x06 in every high byte,
/// so one parity of byte positions is almost all 0x00/0x06 and the other is not.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(DETECT_BYTES) & !1];
    if sample.len() < 8 {
        return None;
    }
    // A zero byte is required: plain windows-1256 or UTF-8 text never has one.
    if !sample.contains(&0) {
        return None;
    }
    let high = |b: &u8| matches!(*b, 0x00 | 0x06);
    let even = sample.iter().step_by(2).filter(|b| high(b)).count();
    let odd = sample.iter().skip(1).step_by(2).filter(|b| high(b)).count();
    let half = sample.len() / 2;
    if odd * 10 >= half * 9 && even * 10 < half * 3 {
        Some(UTF_16LE)
    } else if even * 10 >= half * 9 && odd * 10 < half * 3 {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// C0 control bytes other than white space: in 8-bit text they mean binary data.
fn count_c0_controls(bytes: &[u8]) -> usize {
    // Summed in 32-byte blocks of u8 flags (branch-free, so LLVM vectorizes it; a block
    // counts at most 32): the filter-and-count took ~6 instructions a byte.
    bytes
        .chunks(32)
        .map(|block| {
            let n: u8 = block
                .iter()
                .map(|&b| u8::from(b < 0x20) & u8::from(!matches!(b, 0x09..=0x0D)))
                .fold(0, u8::wrapping_add);
            usize::from(n)
        })
        .sum()
}

/// Text that is more than a quarter replacement chars or controls carries no article.
fn check_usable(text: &str, replacements: usize) -> Result<(), DecodeError> {
    let chars = text.chars().count().max(1);
    let controls = text.chars().filter(|c| c.is_control() && !c.is_whitespace()).count();
    if (replacements + controls) * 4 > chars {
        return Err(DecodeError::Unusable(format!(
            "{replacements} of {chars} characters are undecodable and {controls} are control characters"
        )));
    }
    Ok(())
}

/// HTML when the text opens with a tag or declares itself within its first bytes.
fn looks_like_html(text: &str) -> bool {
    let start = text.trim_start();
    let mut end = start.len().min(1024);
    while !start.is_char_boundary(end) {
        end -= 1;
    }
    if !start[..end].contains('<') {
        return false;
    }
    let head = start[..end].to_ascii_lowercase();
    head.starts_with('<')
        && (head.contains("<html")
            || head.contains("<!doctype")
            || head.contains("<body")
            || head.contains("<head")
            || head.contains("<div")
            || head.contains("<p")
            || head.contains("<meta"))
        || head.contains("<html")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_count_matches_filter() {
        let bytes: Vec<u8> = (0..=255u8).cycle().take(1000).chain(*b"\x01\x1f\t\n").collect();
        for n in [0, 1, 31, 32, 33, 100, bytes.len()] {
            let want =
                bytes[..n].iter().filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0B | 0x0C)).count();
            assert_eq!(count_c0_controls(&bytes[..n]), want);
        }
    }

    fn win1256(s: &str) -> Vec<u8> {
        let (b, _, unmappable) = encoding_rs::WINDOWS_1256.encode(s);
        assert!(!unmappable, "fixture text must fit windows-1256");
        b.into_owned()
    }

    const AR: &str = "قال مسؤولون إن أكثر من مئة مقاتل عادوا إلى بلادهم خلال العام الماضي.";

    #[test]
    fn bom_utf8_is_stripped() {
        let mut b = b"\xEF\xBB\xBF".to_vec();
        b.extend_from_slice(AR.as_bytes());
        let d = decode(&b, None).unwrap();
        assert_eq!(d.text, AR);
        assert_eq!(d.encoding, "UTF-8");
    }

    #[test]
    fn bom_utf16le_and_be() {
        let mut le = vec![0xFF, 0xFE];
        le.extend(AR.encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&le, None).unwrap().text, AR);
        let mut be = vec![0xFE, 0xFF];
        be.extend(AR.encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(decode(&be, None).unwrap().text, AR);
    }

    #[test]
    fn utf16le_without_bom_is_sniffed() {
        let le: Vec<u8> = AR.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let d = decode(&le, None).unwrap();
        assert_eq!(d.text, AR);
        assert_eq!(d.encoding, "UTF-16LE");
    }

    #[test]
    fn windows_1256_detected_without_declaration() {
        let d = decode(&win1256(AR), None).unwrap();
        assert_eq!(d.text, AR);
        assert_eq!(d.encoding, "windows-1256");
    }

    #[test]
    fn content_type_charset_is_used() {
        let d = decode(&win1256(AR), Some("text/plain; charset=windows-1256")).unwrap();
        assert_eq!(d.text, AR);
        assert!(d.warnings.is_empty());
    }

    #[test]
    fn iso_8859_6_declared() {
        let (b, _, bad) = encoding_rs::ISO_8859_6.encode("قال الوزير إن الاجتماع انتهى");
        assert!(!bad);
        let d = decode(&b, Some("text/plain; charset=ISO-8859-6")).unwrap();
        assert_eq!(d.text, "قال الوزير إن الاجتماع انتهى");
    }

    #[test]
    fn meta_charset_is_read() {
        let html = format!("<html><head><meta charset=\"windows-1256\"></head><body><p>{AR}</p></body></html>");
        let d = decode(&win1256(&html), None).unwrap();
        assert!(d.is_html);
        assert!(d.text.contains(AR));
    }

    #[test]
    fn declared_utf8_lie_over_windows_1256() {
        let html = format!("<html><head><meta charset=\"utf-8\"></head><body><p>{AR}</p></body></html>");
        let d = decode(&win1256(&html), None).unwrap();
        assert!(d.text.contains(AR), "{}", d.text);
        assert_eq!(d.encoding, "windows-1256");
        assert!(d.warnings.iter().any(|w| w.contains("wrong")));
    }

    #[test]
    fn declared_1256_lie_over_utf8() {
        let d = decode(AR.as_bytes(), Some("text/html; charset=windows-1256")).unwrap();
        assert_eq!(d.text, AR);
        assert!(d.warnings.iter().any(|w| w.contains("wrong")));
    }

    #[test]
    fn invalid_utf8_is_replaced_and_counted() {
        let mut b = AR.as_bytes().to_vec();
        b.insert(AR.find(' ').unwrap(), 0xFF);
        let d = decode(&b, Some("text/plain; charset=utf-8")).unwrap();
        assert_eq!(d.replacements, 1);
        assert!(d.warnings[0].contains("1 invalid"));
    }

    #[test]
    fn empty_and_blank_are_errors() {
        assert_eq!(decode(b"", None), Err(DecodeError::Empty));
        assert_eq!(decode(b" \n\t ", None), Err(DecodeError::Empty));
    }

    #[test]
    fn binary_is_unusable() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0";
        assert!(matches!(decode(png, None), Err(DecodeError::Unusable(_))));
    }
}
