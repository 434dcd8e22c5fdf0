//! HTML → readable text plus page metadata, with `dom_smoothie` (a port of Mozilla's
//! readability). The readable text is the title, the author line when the page names one
//! only in its metadata, then the content's lines, separated by blank lines; the line
//! classifier then runs over it like over any plain text (related lists that readability
//! keeps inside the content are dropped there).
//!
//! Pathological pages (nesting deeper than a browser would render, more elements than an
//! article has) skip the DOM and go through [`strip_tags`], a linear scan: bounded time and
//! memory, no recursion.

use dom_smoothie::{Config, Readability, TextMode};

use crate::model::Span;

use super::text::Hints;

/// Deeper nesting than this is not an article page; html5ever would also recurse on it.
const MAX_DEPTH: usize = 256;
/// More elements than this is not an article page either (dom_smoothie refuses it).
const MAX_ELEMENTS: usize = 60_000;
/// Bytes above which the DOM is not built at all.
const MAX_DOM_BYTES: usize = 8 * 1024 * 1024;
/// More attributes on one tag than this is not an article page: html5ever checks each new
/// attribute against every earlier one of its tag (quadratic), so 50k of them take minutes.
/// Real pages carry a few dozen at most.
const MAX_ATTRIBUTES: usize = 512;

/// The readable page.
#[derive(Clone, Debug, Default)]
pub struct Page {
    pub text: String,
    pub hints: Hints,
    pub published: Option<String>,
    pub site_name: Option<String>,
    pub url: Option<String>,
    pub warnings: Vec<String>,
}

/// Readable text and metadata of an HTML page.
#[must_use]
pub fn readable(html: &str) -> Page {
    let (depth, elements) = shape(html);
    if depth > MAX_DEPTH || elements > MAX_ELEMENTS || html.len() > MAX_DOM_BYTES {
        let mut page = stripped(html);
        page.warnings.push(format!(
            "html too deep or too large for readability (depth {depth}, {elements} elements); tags stripped"
        ));
        return page;
    }
    let attributes = most_attributes(html);
    if attributes > MAX_ATTRIBUTES {
        let mut page = stripped(html);
        page.warnings.push(format!("html tag with {attributes} attributes is too many for readability; tags stripped"));
        return page;
    }
    let cfg = Config { text_mode: TextMode::Formatted, max_elements_to_parse: MAX_ELEMENTS, ..Config::default() };
    let Ok(mut r) = Readability::new(html, None, Some(cfg)) else {
        return stripped(html);
    };
    let canonical = r
        .doc
        .select("link[rel=canonical]")
        .attr("href")
        .or_else(|| r.doc.select("meta[property='og:url']").attr("content"))
        .map(|h| h.trim().to_owned())
        .filter(|h| !h.is_empty());
    let meta = r.get_article_metadata(r.parse_json_ld());
    // Photo captions are never body (readability keeps figures whole).
    r.doc.select("figcaption").remove();
    let nonempty = |s: Option<String>| s.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty());
    match r.parse() {
        Ok(article) => {
            let lines: Vec<&str> = article.text_content.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
            let title = if article.title.trim().is_empty() {
                meta.title.trim().to_owned()
            } else {
                article.title.trim().to_owned()
            };
            let byline = nonempty(article.byline.or(meta.byline)).filter(|b| b.split_whitespace().count() <= 6);
            let mut page = compose(&title, byline.as_deref(), &lines);
            page.published = nonempty(article.published_time.or(meta.published_time));
            page.site_name = nonempty(article.site_name.or(meta.site_name));
            page.url = canonical.or_else(|| nonempty(article.url.or(meta.url)));
            page
        }
        Err(e) => {
            let mut page = stripped(html);
            if page.hints.title.is_none() && !meta.title.trim().is_empty() {
                let body: Vec<&str> = page.text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
                page = compose(meta.title.trim(), None, &body);
            }
            page.published = nonempty(meta.published_time);
            page.site_name = nonempty(meta.site_name);
            page.url = canonical.or_else(|| nonempty(meta.url));
            page.warnings.push(format!("readability found no article ({e}); tags stripped"));
            page
        }
    }
}

/// Title, optional author line, then content lines, separated by blank lines.
fn compose(title: &str, byline: Option<&str>, lines: &[&str]) -> Page {
    let mut text = String::new();
    let mut hints = Hints::default();
    let one_line = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let title = one_line(title);
    if !title.is_empty() {
        hints.title = Some(Span::new(0, title.len()));
        text.push_str(&title);
    }
    if let Some(b) = byline.map(one_line)
        && !lines.iter().any(|l| l.contains(b.as_str()))
    {
        push_block(&mut text, &b);
        hints.byline = Some(Span::new(text.len() - b.len(), text.len()));
    }
    for l in lines {
        push_block(&mut text, l);
    }
    Page { text, hints, ..Page::default() }
}

fn push_block(text: &mut String, block: &str) {
    if !text.is_empty() {
        text.push_str("\n\n");
    }
    text.push_str(block);
}

/// Nesting depth and element count, from a scan of the tags (no DOM).
fn shape(html: &str) -> (usize, usize) {
    let (mut depth, mut max, mut elements) = (0usize, 0usize, 0usize);
    for tag in Tags::new(html) {
        match tag {
            Tag::Open(name, self_closing, _) => {
                elements += 1;
                if !self_closing && !is_void(name) {
                    depth += 1;
                    max = max.max(depth);
                }
            }
            Tag::Close(_) => depth = depth.saturating_sub(1),
            Tag::Text(_) | Tag::Skip => {}
        }
    }
    (max, elements)
}

/// The largest attribute count of any one tag, from the same linear tag scan.
fn most_attributes(html: &str) -> usize {
    Tags::new(html)
        .filter_map(|t| match t {
            Tag::Open(_, _, attrs) => Some(attribute_count(attrs)),
            _ => None,
        })
        .max()
        .unwrap_or(0)
}

/// Attributes in a tag's text after its name: words that start after white space, outside
/// quoted values (`a="x y"` is one). An unquoted value after `= ` counts too; it is a bound
/// for routing, not a parser.
fn attribute_count(attrs: &str) -> usize {
    let (mut n, mut quote, mut after_space) = (0usize, None::<u8>, true);
    for b in attrs.bytes() {
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None if b == b'"' || b == b'\'' => quote = Some(b),
            None if b.is_ascii_whitespace() => after_space = true,
            None => {
                if after_space && b != b'=' && b != b'/' {
                    n += 1;
                }
                after_space = false;
            }
        }
    }
    n
}

fn stripped(html: &str) -> Page {
    let (title, body) = strip_tags(html);
    let lines: Vec<&str> = body.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    compose(&title, None, &lines)
}

/// (`<title>`, text with one line per block element), dropping script, style, template,
/// noscript, nav, header, footer, aside and comments. Linear in the input.
#[must_use]
pub fn strip_tags(html: &str) -> (String, String) {
    let mut title = String::new();
    let mut out = String::with_capacity(html.len() / 2);
    let mut skip_until: Option<String> = None;
    let mut in_title = false;
    for tag in Tags::new(html) {
        if let Some(end) = &skip_until {
            if matches!(tag, Tag::Close(n) if n.eq_ignore_ascii_case(end)) {
                skip_until = None;
            }
            continue;
        }
        match tag {
            Tag::Open(name, self_closing, _) => {
                let lower = name.to_ascii_lowercase();
                if !self_closing
                    && matches!(
                        lower.as_str(),
                        "script" | "style" | "template" | "noscript" | "nav" | "header" | "footer" | "aside" | "svg"
                    )
                {
                    skip_until = Some(lower);
                } else if lower == "title" {
                    in_title = true;
                } else if is_block(&lower) {
                    out.push('\n');
                }
            }
            Tag::Close(name) => {
                let lower = name.to_ascii_lowercase();
                if lower == "title" {
                    in_title = false;
                } else if is_block(&lower) {
                    out.push('\n');
                }
            }
            Tag::Text(t) => {
                let target = if in_title { &mut title } else { &mut out };
                unescape_into(t, target);
            }
            Tag::Skip => {}
        }
    }
    (title.split_whitespace().collect::<Vec<_>>().join(" "), out)
}

fn is_void(name: &str) -> bool {
    ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]
        .iter()
        .any(|v| name.eq_ignore_ascii_case(v))
}

fn is_block(lower: &str) -> bool {
    matches!(
        lower,
        "p" | "div"
            | "br"
            | "li"
            | "ul"
            | "ol"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "tr"
            | "table"
            | "section"
            | "article"
            | "blockquote"
            | "pre"
            | "figure"
            | "figcaption"
            | "main"
            | "body"
            | "dd"
            | "dt"
    )
}

/// `&amp;`, `&nbsp;`, `&#1575;`, `&#x627;` and the few named entities articles use.
fn unescape_into(s: &str, out: &mut String) {
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest.char_indices().take(12).find(|&(_, c)| c == ';').map(|(i, _)| i);
        let decoded = end.and_then(|e| {
            let name = &rest[1..e];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some(' '),
                "laquo" => Some('«'),
                "raquo" => Some('»'),
                _ => name
                    .strip_prefix("#x")
                    .or_else(|| name.strip_prefix("#X"))
                    .and_then(|h| u32::from_str_radix(h, 16).ok())
                    .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
                    .and_then(char::from_u32),
            }?;
            Some((c, e + 1))
        });
        if let Some((c, len)) = decoded {
            out.push(c);
            rest = &rest[len..];
        } else {
            out.push('&');
            rest = &rest[1..];
        }
    }
    out.push_str(rest);
}

/// A token of an HTML scan.
enum Tag<'a> {
    /// Name, self-closing, the text after the name (attributes).
    Open(&'a str, bool, &'a str),
    Close(&'a str),
    Text(&'a str),
    Skip,
}

/// A forgiving, linear tag scanner (comments, doctype and processing instructions skipped).
struct Tags<'a> {
    s: &'a str,
    at: usize,
}

impl<'a> Tags<'a> {
    fn new(s: &'a str) -> Self {
        Self { s, at: 0 }
    }
}

impl<'a> Iterator for Tags<'a> {
    type Item = Tag<'a>;

    fn next(&mut self) -> Option<Tag<'a>> {
        let rest = self.s.get(self.at..)?;
        if rest.is_empty() {
            return None;
        }
        if !rest.starts_with('<') {
            let end = rest.find('<').unwrap_or(rest.len());
            self.at += end;
            return Some(Tag::Text(&rest[..end]));
        }
        if rest.starts_with("<!--") {
            let end = rest.find("-->").map_or(rest.len(), |e| e + 3);
            self.at += end;
            return Some(Tag::Skip);
        }
        let close = rest.find('>');
        let end = close.map_or(rest.len(), |e| e + 1);
        self.at += end;
        // Up to the `>`, or to the end of an unclosed tag: never `end - 1`, which falls
        // inside the last character when the input ends in a multi-byte one (a fuzz crash).
        let inner = rest.get(1..close.unwrap_or(rest.len())).unwrap_or_default();
        if let Some(name) = inner.strip_prefix('/') {
            return Some(Tag::Close(tag_name(name)));
        }
        if inner.starts_with(['!', '?']) {
            return Some(Tag::Skip);
        }
        let name = tag_name(inner);
        if name.is_empty() {
            return Some(Tag::Text(&rest[..end]));
        }
        Some(Tag::Open(name, inner.ends_with('/'), inner.get(name.len()..).unwrap_or_default()))
    }
}

fn tag_name(s: &str) -> &str {
    let end = s.find(|c: char| !c.is_ascii_alphanumeric() && c != '-').unwrap_or(s.len());
    &s[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shape_counts_depth_and_void_tags() {
        assert_eq!(shape("<div><p>a<br>b</p><img src=x></div>"), (2, 4));
        let deep = "<div>".repeat(1000);
        assert_eq!(shape(&deep).0, 1000);
    }

    #[test]
    fn unclosed_tag_ending_in_a_multibyte_char_does_not_panic() {
        // Found by the `analyze` fuzz target: `<` … `Š` at the very end of the page.
        for html in ["<Š", "<p>نص</p><a href=Š", "<div a=\"ب\"", "<ب"] {
            let _ = shape(html);
            let _ = most_attributes(html);
            let _ = strip_tags(html);
            let _ = readable(html);
        }
    }

    #[test]
    fn attribute_count_skips_quoted_values() {
        assert_eq!(attribute_count(r#" class="a b c" id='x y' hidden data-n=1 /"#), 4);
        assert_eq!(attribute_count(""), 0);
        assert_eq!(most_attributes(r#"<p a="1" b><div c d e f></div></p>"#), 4);
    }

    #[test]
    fn tag_with_too_many_attributes_is_stripped_not_parsed() {
        let attrs: String = (0..=MAX_ATTRIBUTES).map(|i| format!(" a{i}=\"{i}\"")).collect();
        let html = format!("<html><body><div{attrs}><p>قتل أكثر من 20 شخصا في الهجوم</p></div></body></html>");
        let page = readable(&html);
        assert!(page.warnings.iter().any(|w| w.contains("attributes")), "{:?}", page.warnings);
        assert!(page.text.contains("أكثر من 20 شخصا"), "{}", page.text);
        let few = readable("<html><body><div a=\"1\" b=\"2\"><p>نص</p></div></body></html>");
        assert!(!few.warnings.iter().any(|w| w.contains("attributes")), "{:?}", few.warnings);
    }

    #[test]
    fn strip_tags_drops_script_style_comments_nav() {
        let html = "<html><head><title>عنوان</title><style>p{}</style></head><body><nav>الرئيسية</nav>\
                    <script>var x = '<p>';</script><!-- تعليق --><p>نص &amp; نص&#1575;</p></body></html>";
        let (title, body) = strip_tags(html);
        assert_eq!(title, "عنوان");
        assert_eq!(body.trim(), "نص & نصا");
    }

    #[test]
    fn entities_unescape() {
        let mut s = String::new();
        unescape_into("&laquo;سانا&raquo; &#x627; &bogus; &", &mut s);
        assert_eq!(s, "«سانا» ا &bogus; &");
    }
}
