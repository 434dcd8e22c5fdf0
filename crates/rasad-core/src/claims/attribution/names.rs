//! The words a source is given by: unnamed sources as written (quote marks kept whole) and the
//! acronym in brackets a document adds after a name.

use super::Source;
use crate::model::{EntityKind, EntityRef, Span};

pub(crate) fn unnamed(text: &str, span: Span, outlet: bool) -> Source {
    let t = strip_stray_quotes(text);
    Source {
        r: EntityRef {
            aliases: Vec::new(),
            id: None,
            kind: outlet.then_some(EntityKind::Outlet),
            name: t.to_owned(),
            text: t.to_owned(),
        },
        span,
        outlet,
    }
}
/// Rule `bracketed_acronym`: `مركز تحليل التهديدات البلجيكي (أوكام)`, `الاستخبارات الهولندية
/// (AIVD)` — a short name in brackets right after a source (a nationality adjective may stand
/// between) is how the document also calls it: the reference carries it as an alias.
pub(crate) fn with_alias(text: &str, src: Source) -> EntityRef {
    let mut r = src.r;
    known_names(&mut r);
    let Some(rest) = text.get(src.span.end..) else { return r };
    let rest = rest.trim_start_matches([' ', '"', '»', '”']);
    // One nisba adjective (`البلجيكي`, `الهولندية`) may end the name before the brackets.
    let rest = match rest.split_once(' ') {
        Some((w, tail))
            if !rest.starts_with('(') && (w.ends_with('ي') || w.ends_with("ية")) && tail.starts_with('(') =>
        {
            tail
        }
        _ => rest,
    };
    let Some(inner) = rest.strip_prefix('(').and_then(|r| r.split_once(')')).map(|(a, _)| a.trim()) else {
        return r;
    };
    // An acronym: one Arabic word (`أوكام`, `سنتكوم`), or Latin letters (`ICSR`, `TE-SAT`);
    // not a bracketed aside (`(في بيان)`).
    let words = inner.split_whitespace().count();
    let latin = inner.chars().all(|c| c.is_ascii_alphabetic() || matches!(c, ' ' | '-' | '.'));
    let arabic_word = words == 1 && inner.chars().all(|c| c.is_alphabetic() && !c.is_ascii());
    if ((latin && (1..=3).contains(&words)) || arabic_word)
        && inner.chars().count() <= 30
        && inner != r.name
        && inner != r.text
    {
        r.aliases.push(inner.to_owned());
    }
    r
}

/// Most gazetteer names a reference carries.
const KNOWN_NAMES_MAX: usize = 8;

/// Rule `known_body_names`: a source linked to a gazetteer body or outlet (`مكتب الأمم المتحدة
/// لتنسيق الشؤون الإنسانية`) carries the other names it goes by (`أوتشا`, `OCHA`), so a client
/// can match the name another article uses without a second lookup. Places do not: their
/// alternates are spellings and demonym stems, not names a speaker goes by.
fn known_names(r: &mut EntityRef) {
    let Some(id) = r.id.as_deref() else { return };
    let Some(e) = crate::entities::gazetteer().get(id) else { return };
    if !matches!(e.kind, EntityKind::Organization | EntityKind::Outlet) {
        return;
    }
    for a in e.aliases.iter().chain([&e.name_ar, &e.name_en]) {
        if r.aliases.len() >= KNOWN_NAMES_MAX {
            break;
        }
        if !a.is_empty() && *a != r.name && *a != r.text && !r.aliases.contains(a) {
            r.aliases.push(a.clone());
        }
    }
}

/// The words without quotes that wrap them or are left unpaired at an edge; a quoted name
/// inside (`جهاز الأمن "سابو"`) keeps both of its marks.
fn strip_stray_quotes(text: &str) -> &str {
    let is_quote = |c: char| matches!(c, '"' | '“' | '”' | '«' | '»' | '\'');
    let mut t = text.trim();
    loop {
        let unpaired = t.chars().filter(|&c| is_quote(c)).count() % 2 == 1;
        match (t.chars().next(), t.chars().last()) {
            (Some(f), Some(l)) if is_quote(f) && (unpaired || (is_quote(l) && t.chars().count() > 1)) => {
                t = t[f.len_utf8()..].trim_start();
            }
            (_, Some(l)) if is_quote(l) && (unpaired || opens_at_end(t, l)) => {
                t = t[..t.len() - l.len_utf8()].trim_end();
            }
            _ => return t,
        }
    }
}

/// A quote mark ending the words that opens a quotation rather than closing one: `«`, `“`,
/// or a straight mark after a space (`يتخيّل "`).
fn opens_at_end(t: &str, last: char) -> bool {
    matches!(last, '«' | '“') || t[..t.len() - last.len_utf8()].ends_with(char::is_whitespace)
}

/// Rule `dateline_agency`: `برلين (د ب أ) -` — an agency in the dateline that is not the
/// publishing outlet is the article's source until the text cites another.
pub(crate) fn dateline_agency(doc: &crate::model::Document) -> Option<Source> {
    let dl = doc.dateline.as_ref()?.span;
    let own = doc.outlet.as_ref().and_then(|o| o.id.as_deref());
    doc.entities.iter().filter(|e| e.kind == crate::model::EntityKind::Outlet && Some(e.id.as_str()) != own).find_map(
        |e| {
            let m = e.mentions.iter().find(|m| dl.contains(m.span))?;
            Some(Source {
                r: crate::model::EntityRef {
                    aliases: Vec::new(),
                    id: Some(e.id.clone()),
                    kind: Some(e.kind),
                    name: e.name_ar.clone(),
                    text: m.text.clone(),
                },
                span: m.span,
                outlet: true,
            })
        },
    )
}
