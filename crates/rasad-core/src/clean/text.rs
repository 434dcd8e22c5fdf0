//! The plain-text block classifier: every line gets a [`LineKind`]; the body is what is
//! left as [`LineKind::Body`].
//!
//! Features, not site strings: the boilerplate lexicon (`data/clean/boilerplate.tsv`), line
//! length in words, sentence-final punctuation, script (Latin lines in an Arabic page),
//! repetition (a caption printed twice, a pull quote), word repetition inside a line,
//! separator density (menus, breadcrumbs), position (head before the first sentence, tail
//! after the last), and section headers (`اقرأ أيضا`, `الأكثر قراءة`) that open a list of
//! headline-like lines, closed by the next real sentence.

use std::collections::HashMap;

use serde::Serialize;

use crate::model::Span;

use super::head;
use super::lexicon::{Rule, lexicon};
use super::lines::{Line, split};

/// What a line is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LineKind {
    /// Matches the boilerplate lexicon (`إعلان`, cookie and JavaScript notices, footers).
    Boilerplate,
    /// Opens a list of related headlines (`مقالات مقترحة`).
    Section,
    /// A headline in a related list, or in the trailing list after the article.
    ListItem,
    /// A short line printed twice close together: an image caption.
    Caption,
    /// A later copy of a line already seen.
    Repeated,
    /// Menu or breadcrumb: short items between separators.
    Menu,
    /// Share bar, social links or tag list.
    Widget,
    /// A short Latin-script line in an Arabic page (`Trending Plus`).
    Foreign,
    /// The headline.
    Title,
    /// A line before the body that is none of the others (dek, site name, section name).
    Head,
    /// The publication date/time line.
    Date,
    /// The author line.
    Byline,
    /// The place/agency line.
    Dateline,
    /// Article text.
    Body,
}

/// What the caller already knows (HTML metadata placed these lines).
#[derive(Clone, Copy, Debug, Default)]
pub struct Hints {
    /// The title line.
    pub title: Option<Span>,
    /// The author's name, on its own line.
    pub byline: Option<Span>,
}

/// The classifier's result over one text.
#[derive(Clone, Debug, Default)]
pub struct Article {
    pub kinds: Vec<(Span, LineKind)>,
    pub title: Option<Span>,
    pub date_line: Option<Span>,
    pub byline: Option<Span>,
    pub dateline: Option<Span>,
    pub source_name: Option<Span>,
    pub paragraphs: Vec<Span>,
}

/// Caption copies stand this close (in lines): `صورة - أرشيفية` under the photo, twice.
const CAPTION_DISTANCE: usize = 4;
/// Lines that repeat and are this short may be captions or teasers; longer ones are text.
const REPEAT_MAX_WORDS: usize = 20;
/// A Latin line this short in an Arabic page is chrome, not text.
const FOREIGN_MAX_WORDS: usize = 12;

/// Classifies every line of `text`.
#[must_use]
pub fn classify(text: &str, hints: Hints) -> Article {
    let lines = split(text);
    let mut kinds: Vec<Option<LineKind>> = vec![None; lines.len()];
    let arabic_page = lines.iter().map(|l| l.arabic).sum::<usize>() >= lines.iter().map(|l| l.latin).sum::<usize>();
    let title_key = hints.title.and_then(|t| lines.iter().find(|l| l.span == t)).map(|l| l.key.clone());

    let mut last_seen: HashMap<&str, usize> = HashMap::new();
    for (i, l) in lines.iter().enumerate() {
        if hints.title == Some(l.span) {
            kinds[i] = Some(LineKind::Title);
        } else if hints.byline == Some(l.span) {
            kinds[i] = Some(LineKind::Byline);
        } else {
            kinds[i] = static_kind(l, text, arabic_page);
        }
        if !l.key.is_empty() && l.words <= REPEAT_MAX_WORDS {
            if let Some(&prev) = last_seen.get(l.key.as_str())
                && kinds[i] != Some(LineKind::Title)
            {
                if title_key.as_deref() == Some(l.key.as_str()) || kinds[prev] == Some(LineKind::Title) {
                    kinds[i] = Some(LineKind::Repeated);
                } else if i - prev <= CAPTION_DISTANCE && !l.is_sentence() {
                    kinds[prev] = kinds[prev].or(Some(LineKind::Caption));
                    kinds[i] = kinds[i].or(Some(LineKind::Caption));
                } else {
                    kinds[i] = kinds[i].or(Some(LineKind::Repeated));
                }
            }
            last_seen.insert(l.key.as_str(), i);
        }
    }

    mark_sections(&lines, &mut kinds);
    let mut article = Article::default();
    // Hard-wrapped text may have no line that looks like a sentence: the first line of
    // some length after the first candidate starts the body then.
    let first_body = lines.iter().enumerate().position(|(i, l)| kinds[i].is_none() && l.is_sentence()).or_else(|| {
        (1..lines.len()).find(|&i| kinds[i].is_none() && lines[i].words >= 8 && (0..i).any(|j| kinds[j].is_none()))
    });
    let first_body = match (first_body, first_prose_block(&lines, &kinds)) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    let first_body = first_body.unwrap_or(lines.len());
    mark_head(&lines, text, &mut kinds, first_body, hints, &mut article);
    // The first sentence of a hard-wrapped paragraph may close on its third line: the
    // wrapped lines just above it, in its block, are body too.
    let mut i = first_body;
    while i > 0
        && i < lines.len()
        && lines[i - 1].block == lines[i].block
        && kinds[i - 1] == Some(LineKind::Head)
        && is_wrapped(&lines[i - 1], text)
    {
        kinds[i - 1] = None;
        i -= 1;
    }
    for k in &mut kinds {
        if k.is_none() {
            *k = Some(LineKind::Body);
        }
    }
    mark_trailing_list(&lines, &mut kinds);
    mark_late_dates(&lines, text, &mut kinds);

    if let Some(i) = kinds.iter().position(|k| *k == Some(LineKind::Body))
        && article.dateline.is_none()
        && let Some((d, src)) = head::inline_dateline(&lines[i], text)
    {
        article.dateline = Some(d);
        article.source_name = src;
    }
    article.paragraphs = paragraphs(&lines, &kinds, text);
    article.kinds = lines.iter().zip(&kinds).map(|(l, k)| (l.span, k.unwrap_or(LineKind::Body))).collect();
    article
}

/// Kinds decided by the line alone (and the page's script).
fn static_kind(l: &Line, text: &str, arabic_page: bool) -> Option<LineKind> {
    // `27 آب 2018` must reach the head rules, whatever words it shares with chrome.
    if head::is_date_line(l, text) {
        return None;
    }
    if let Some(rule) = lexicon().boilerplate(&l.key, l.words) {
        return Some(match rule {
            Rule::Section => LineKind::Section,
            Rule::Widget => LineKind::Widget,
            Rule::Line | Rule::Prefix | Rule::Contains => LineKind::Boilerplate,
        });
    }
    if is_menu(l.text(text)) {
        return Some(LineKind::Menu);
    }
    if is_tag_list(&l.key) {
        return Some(LineKind::Widget);
    }
    if has_repeated_words(&l.key) {
        return Some(LineKind::Boilerplate);
    }
    if arabic_page && l.latin > l.arabic && l.words <= FOREIGN_MAX_WORDS {
        return Some(LineKind::Foreign);
    }
    None
}

/// `الرئيسية › أخبار › سياسة`, `رياضة | اقتصاد | فن`: three or more short items between
/// separators. `»` counts only when unpaired, since `«…»` are quotation marks.
fn is_menu(s: &str) -> bool {
    if s.len() > 400 {
        return false;
    }
    let opens = s.matches('«').count();
    let mut closes_seen = 0;
    let items: Vec<&str> = s
        .split(|c: char| match c {
            '|' | '›' | '•' | '·' | '\\' => true,
            '»' => {
                closes_seen += 1;
                closes_seen > opens
            }
            _ => false,
        })
        .filter(|item| item.chars().any(char::is_alphanumeric))
        .collect();
    items.len() >= 3 && items.iter().all(|i| i.split_whitespace().count() <= 4)
}

/// `#داعش #سوريا #العراق`: most words are hashtags.
fn is_tag_list(k: &str) -> bool {
    let (mut tags, mut all) = (0, 0);
    for t in k.split(' ').filter(|t| !t.is_empty()) {
        all += 1;
        tags += usize::from(t.starts_with('#'));
    }
    tags >= 2 && tags * 2 >= all
}

/// `اليوم السابع اليوم السابع اليوم السابع …`: a logo strip, few distinct words.
fn has_repeated_words(k: &str) -> bool {
    let words: Vec<&str> = k.split(' ').filter(|t| !t.is_empty()).collect();
    if words.len() < 6 {
        return false;
    }
    let mut distinct: Vec<&str> = words.clone();
    distinct.sort_unstable();
    distinct.dedup();
    distinct.len() * 5 < words.len() * 2
}

/// Lines under a section header stay dropped while they look like headlines; the next
/// real sentence closes the section.
fn mark_sections(lines: &[Line], kinds: &mut [Option<LineKind>]) {
    let mut open = false;
    for (i, l) in lines.iter().enumerate() {
        match kinds[i] {
            Some(LineKind::Section) => open = true,
            None if open => {
                if l.is_headline_like() {
                    kinds[i] = Some(LineKind::ListItem);
                } else {
                    open = false;
                }
            }
            _ => {}
        }
    }
}

/// First line of the first hard-wrapped paragraph: a block of two or more unclassified
/// lines of some length that closes with a period.
fn first_prose_block(lines: &[Line], kinds: &[Option<LineKind>]) -> Option<usize> {
    let mut i = 0;
    while i < lines.len() {
        let block = lines[i].block;
        let end = (i..lines.len()).find(|&j| lines[j].block != block).unwrap_or(lines.len());
        let run = &lines[i..end];
        let prose = run.len() >= 2
            && (i..end).all(|j| kinds[j].is_none())
            && run[..run.len() - 1].iter().all(|l| l.words >= 6 && !l.ends_period)
            && run.last().is_some_and(|l| l.ends_period)
            && run.iter().map(|l| l.words).sum::<usize>() >= 20;
        if prose {
            return Some(i);
        }
        i = end;
    }
    None
}

/// Lines before the first sentence: date, byline, title, dateline, or other head matter.
fn mark_head(
    lines: &[Line],
    text: &str,
    kinds: &mut [Option<LineKind>],
    first_body: usize,
    hints: Hints,
    a: &mut Article,
) {
    a.title = hints.title;
    a.byline = hints.byline;
    let outlets = crate::entities::gazetteer();
    for i in 0..first_body.min(lines.len()) {
        if kinds[i].is_some() {
            continue;
        }
        let l = &lines[i];
        let s = l.text(text);
        if head::is_date_line(l, text) {
            kinds[i] = Some(LineKind::Date);
            a.date_line = a.date_line.or(Some(l.span));
        } else if let Some((d, author, src)) =
            head::place_author_agency(l, text).filter(|_| a.dateline.is_none() && a.byline.is_none())
        {
            kinds[i] = Some(LineKind::Dateline);
            a.dateline = Some(d);
            a.source_name = Some(src);
            a.byline = Some(author);
        } else if let Some((src, author)) = head::outlet_then_byline(l, text).filter(|_| a.byline.is_none()) {
            kinds[i] = Some(LineKind::Byline);
            a.byline = Some(author);
            a.source_name = a.source_name.or(Some(src));
        } else if let Some(name) = head::byline_name(l, text).filter(|_| a.byline.is_none()) {
            kinds[i] = Some(LineKind::Byline);
            a.byline = Some(name);
        } else if let Some((d, src)) = head::source_credit_line(l, text).filter(|_| a.dateline.is_none()) {
            kinds[i] = Some(LineKind::Dateline);
            a.dateline = Some(d);
            a.source_name = Some(src);
        } else if let Some((d, src)) = head::dateline_line(l, text).filter(|_| a.dateline.is_none() && l.words <= 4) {
            kinds[i] = Some(LineKind::Dateline);
            a.dateline = Some(d);
            a.source_name = Some(src);
            if a.byline.is_none() {
                a.byline = head::author_beside_source(d, src, text);
            }
        } else if a.title.is_none()
            && (l.words >= 3 || (l.words == 2 && opens_alone(lines, kinds, i)))
            && l.words <= 40
            && outlets.outlet_exact(s).is_none()
        {
            kinds[i] = Some(LineKind::Title);
            a.title = Some(l.span);
        } else if let Some((d, src)) = head::dateline_line(l, text).filter(|_| a.dateline.is_none()) {
            kinds[i] = Some(LineKind::Dateline);
            a.dateline = Some(d);
            a.source_name = Some(src);
            if a.byline.is_none() {
                a.byline = head::author_beside_source(d, src, text);
            }
        } else if a.title.is_some()
            && a.byline.is_none()
            && i > 0
            && matches!(kinds[i - 1], Some(LineKind::Title | LineKind::Date))
            && is_bare_name(l, text)
            && next_is_text(lines, kinds, i, first_body)
        {
            kinds[i] = Some(LineKind::Byline);
            a.byline = Some(l.span);
        } else if l.is_sentence() || (a.title.is_some() && l.ends_period && l.words >= 5) {
            // A dek that is a sentence is fine in the body.
        } else {
            kinds[i] = Some(LineKind::Head);
        }
    }
    if a.title.is_none() {
        // No headline-like line before the text: a first line alone in its block is the
        // headline even when long (SaudiNewsNet-style `title\n\nbody`).
        let first = (0..lines.len()).find(|&i| kinds[i].is_none() || kinds[i] == Some(LineKind::Head));
        if let Some(i) = first {
            let l = &lines[i];
            let alone = lines.get(i + 1).is_none_or(|n| n.block != l.block);
            let closed = l.text(text).trim_end().ends_with('.') && !l.text(text).trim_end().ends_with("..");
            if alone && l.words <= 40 && (!closed || l.words <= 15) && lines.len() > i + 1 {
                kinds[i] = Some(LineKind::Title);
                a.title = Some(l.span);
            }
        }
    }
}

/// The first candidate line of the text, alone in its block: a two-word headline
/// (`طفولة عشرينية!`) stands like that.
fn opens_alone(lines: &[Line], kinds: &[Option<LineKind>], i: usize) -> bool {
    (0..i).all(|j| kinds[j].is_some_and(|k| k != LineKind::Head))
        && lines.get(i + 1).is_none_or(|n| n.block != lines[i].block)
}

/// Words that do not occur in a person's name but do in captions (`جانب من التكريم`,
/// `ليما أثناء الوصول`).
const NOT_IN_NAMES: &[&str] =
    &["من", "في", "على", "الى", "عن", "مع", "خلال", "اثناء", "جانب", "بعد", "قبل", "عند", "لدى", "و"];

/// `سارة كيره` alone under the headline: two or three Arabic words, no article-prefixed
/// first word (names rarely start with `ال`; sections and places often do).
fn is_bare_name(l: &Line, text: &str) -> bool {
    let s = l.text(text);
    (2..=3).contains(&l.words)
        && l.latin == 0
        && !s.chars().any(|c| c.is_ascii_digit() || matches!(c, '-' | ':' | '(' | '"' | '؟' | '.'))
        && !crate::normalize::normalize(s).starts_with("ال")
        && !l.key.split(' ').any(|t| NOT_IN_NAMES.contains(&t))
        && !s.contains(['«', '»', '(', '“'])
        && crate::entities::gazetteer().outlet(s).is_none()
}

fn next_is_text(lines: &[Line], kinds: &[Option<LineKind>], i: usize, first_body: usize) -> bool {
    (i + 1..lines.len())
        .find(|&j| kinds[j].is_none() || kinds[j] == Some(LineKind::Date))
        .is_some_and(|j| j == first_body || kinds[j] == Some(LineKind::Date))
}

/// Headline-like lines after the last sentence, two or more: an unlabeled related list.
fn mark_trailing_list(lines: &[Line], kinds: &mut [Option<LineKind>]) {
    let Some(last) = (0..lines.len()).rev().find(|&i| kinds[i] == Some(LineKind::Body) && lines[i].is_sentence())
    else {
        return;
    };
    // Three or more headlines of four words or more, in a block of their own: poems and
    // closing one-word notes (`وقفة`) are not lists.
    let tail: Vec<usize> = (last + 1..lines.len()).filter(|&i| kinds[i] == Some(LineKind::Body)).collect();
    let own_block = tail.first().is_some_and(|&i| lines[i].block != lines[last].block);
    if own_block && tail.len() >= 3 && tail.iter().all(|&i| lines[i].is_headline_like() && lines[i].words >= 4) {
        for i in tail {
            kinds[i] = Some(LineKind::ListItem);
        }
    }
}

/// `آخر تحديث: …` or `posted on` lines inside the text are not body.
fn mark_late_dates(lines: &[Line], text: &str, kinds: &mut [Option<LineKind>]) {
    for (i, l) in lines.iter().enumerate() {
        if kinds[i] == Some(LineKind::Body) && !l.is_sentence() && head::is_date_line(l, text) {
            kinds[i] = Some(LineKind::Date);
        }
    }
}

/// Body lines as paragraphs; a hard-wrapped paragraph (a long line not closed by
/// punctuation, followed in the same block by more body) is joined with its next line.
fn paragraphs(lines: &[Line], kinds: &[Option<LineKind>], text: &str) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    let mut open: Option<(Span, usize)> = None;
    for (i, l) in lines.iter().enumerate() {
        if kinds[i] != Some(LineKind::Body) {
            if let Some((s, _)) = open.take() {
                out.push(s);
            }
            continue;
        }
        match open {
            Some((s, prev)) if lines[prev].block == l.block && prev + 1 == i && is_wrapped(&lines[prev], text) => {
                open = Some((s.cover(l.span), i));
            }
            _ => {
                if let Some((s, _)) = open.take() {
                    out.push(s);
                }
                open = Some((l.span, i));
            }
        }
    }
    if let Some((s, _)) = open {
        out.push(s);
    }
    out
}

/// A line cut by a fixed width: long, and not closed by sentence punctuation.
fn is_wrapped(l: &Line, text: &str) -> bool {
    l.text(text).chars().count() >= 50 && !l.ends_period && !l.ends_question && l.words < 25
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds_of(text: &str) -> Vec<(String, LineKind)> {
        classify(text, Hints::default()).kinds.iter().map(|(s, k)| (s.slice(text).to_owned(), *k)).collect()
    }

    fn kind(text: &str, line: &str) -> LineKind {
        kinds_of(text).into_iter().find(|(l, _)| l == line).map(|(_, k)| k).expect("line present")
    }

    const BODY1: &str =
        "قالت وزارة الخارجية في بيان صدر اليوم إن الوفد سيصل إلى العاصمة الأسبوع المقبل لبحث الملفات العالقة.";
    const BODY2: &str = "وأضاف البيان أن المحادثات ستتناول التعاون الاقتصادي والأمني بين البلدين في المرحلة المقبلة.";

    #[test]
    fn caption_printed_twice() {
        let t = format!("عنوان الخبر هنا اليوم\n\nصورة الوزير - أرشيفية\nصورة الوزير - أرشيفية\n\n{BODY1}");
        assert_eq!(kind(&t, "صورة الوزير - أرشيفية"), LineKind::Caption);
    }

    #[test]
    fn section_drops_headline_list_until_sentence() {
        let t = format!(
            "عنوان الخبر هنا اليوم\n\n{BODY1}\n\nاقرأ أيضا\nالحكومة تعلن موعد الانتخابات\nارتفاع أسعار الذهب في الأسواق\n\n{BODY2}"
        );
        assert_eq!(kind(&t, "اقرأ أيضا"), LineKind::Section);
        assert_eq!(kind(&t, "ارتفاع أسعار الذهب في الأسواق"), LineKind::ListItem);
        assert_eq!(kind(&t, BODY2), LineKind::Body);
    }

    #[test]
    fn related_articles_section() {
        let t = format!(
            "عنوان الخبر هنا اليوم\n\n{BODY1}\n\nمقالات متعلقة\nقوات الأمن تعتقل 20 شخصا في ريف المدينة\nمقتل ثلاثة عناصر بكمين في الجنوب"
        );
        assert_eq!(kind(&t, "مقالات متعلقة"), LineKind::Section);
        assert_eq!(kind(&t, "قوات الأمن تعتقل 20 شخصا في ريف المدينة"), LineKind::ListItem);
    }

    #[test]
    fn trailing_headline_list_without_header() {
        let t = format!(
            "عنوان الخبر هنا اليوم\n\n{BODY1}\n\n{BODY2}\n\nالحكومة تعلن موعد الانتخابات\nارتفاع أسعار الذهب في الأسواق\nالمنتخب يفوز في مباراة ودية"
        );
        assert_eq!(kind(&t, "الحكومة تعلن موعد الانتخابات"), LineKind::ListItem);
        // A closing one-word note and a two-line poem are not a list.
        let t = format!("عنوان الخبر هنا اليوم\n\n{BODY1}\n\nوقفة\nهناك اناس يصنعون الأحداث..");
        assert_eq!(kind(&t, "وقفة"), LineKind::Body);
    }

    #[test]
    fn latin_chrome_in_arabic_page() {
        let t = format!("عنوان الخبر هنا اليوم\n\n{BODY1}\n\nNewsletter Sign Up");
        assert_eq!(kind(&t, "Newsletter Sign Up"), LineKind::Foreign);
    }

    #[test]
    fn menu_and_breadcrumb() {
        let t = format!("الرئيسية » أخبار » سياسة\nعنوان الخبر هنا اليوم\n\n{BODY1}");
        assert_eq!(kind(&t, "الرئيسية » أخبار » سياسة"), LineKind::Boilerplate);
        assert!(is_menu("رياضة | اقتصاد | فن | منوعات"));
        assert!(is_menu("أخبار › عربي › سوريا"));
        assert!(!is_menu("«التعليم» و«تعليم الرياض» تعايدان منسوبيها"));
        assert!(!is_menu("· اعتماد البرنامج الزمني للموسم ١٤٣٥/١٤٣٧هـ."));
        assert!(!is_menu(BODY1));
    }

    #[test]
    fn logo_strip_of_repeated_words() {
        assert!(has_repeated_words("اليوم السابع اليوم السابع اليوم السابع اليوم السابع"));
        assert!(!has_repeated_words(&crate::clean::lexicon::key(BODY1)));
    }

    #[test]
    fn tag_lists() {
        assert!(is_tag_list("#داعش #سوريا #العراق"));
        assert!(!is_tag_list("قال #الوزير إن الاجتماع انتهى"));
    }

    #[test]
    fn non_sentence_dek_is_head_sentence_dek_is_body() {
        let t = format!("عنوان الخبر هنا اليوم\n\nتفاصيل جديدة عن الزيارة المرتقبة للوفد\n\n{BODY1}");
        assert_eq!(kind(&t, "تفاصيل جديدة عن الزيارة المرتقبة للوفد"), LineKind::Head);
        let t = format!("عنوان الخبر هنا اليوم\n\nالوفد يصل إلى العاصمة الأسبوع المقبل.\n\n{BODY1}");
        assert_eq!(kind(&t, "الوفد يصل إلى العاصمة الأسبوع المقبل."), LineKind::Body);
    }

    #[test]
    fn wrapped_lines_join() {
        let t = "عنوان الخبر هنا اليوم\n\nقالت وزارة الخارجية في بيان صدر اليوم إن الوفد الرسمي سيصل\nإلى العاصمة الأسبوع المقبل لبحث الملفات العالقة بين البلدين منذ سنوات\nفي إطار جولة إقليمية واسعة تشمل عدة دول.";
        let a = classify(t, Hints::default());
        assert_eq!(a.paragraphs.len(), 1);
        assert!(a.paragraphs[0].slice(t).contains('\n'));
    }
}
