//! Where and when a claim is set: the places named in its clause and the date or period of its
//! sentence (or the one before), else the publication date as "as of".

use super::bind::core;
use super::detect::Draft;
use super::view::{MentionAt, View};
use crate::model::{ClaimTime, DateKind, DateMention, Document, EntityKind};

/// Rule `locations_in_clause`: places named in the clause that are not the origin.
pub(crate) fn locations<'d>(v: &View<'d>, d: &Draft<'d>, origin: Option<&MentionAt<'d>>) -> Vec<MentionAt<'d>> {
    let (a, b) = core(d);
    let lo = v.clause_start(a);
    let hi = v.clause_end(b.saturating_sub(1));
    let mut out: Vec<MentionAt<'d>> = Vec::new();
    for m in v.mentions.iter().filter(|m| m.start >= lo && m.end <= hi) {
        let is_loc = matches!(m.m.entity.kind, EntityKind::Country | EntityKind::Region | EntityKind::City);
        let same_as_origin = origin.is_some_and(|o| o.entity.id == m.m.entity.id);
        if is_loc
            && m.m.form == crate::model::MentionForm::Name
            && !same_as_origin
            && !out.iter().any(|o| o.entity.id == m.m.entity.id)
        {
            out.push(m.m);
        }
    }
    out
}

/// Rule `claim_time`: a period (`منذ عام 2012`) or date in the sentence, else one in the
/// sentence before it in the paragraph, else the publication date as "as of".
pub(crate) fn time(doc: &Document, v: &View<'_>, d: &Draft<'_>, previous: Option<&View<'_>>) -> Option<ClaimTime> {
    let published_span = doc.published.as_ref().map(|p| p.span);
    let usable = |x: &&super::view::DateTok<'_>| Some(x.d.span) != published_span;
    let pick = |view: &View<'_>, near: usize| -> Option<DateMention> {
        let ds: Vec<_> = view.dates.iter().filter(usable).collect();
        ds.iter()
            .find(|x| matches!(x.d.kind, DateKind::Since | DateKind::Range))
            .or_else(|| ds.iter().min_by_key(|x| x.start.abs_diff(near)))
            .map(|x| x.d.clone())
    };
    if let Some(date) = pick(v, d.num.start) {
        return Some(ClaimTime { date, as_of_publication: false });
    }
    if let Some(prev) = previous
        && let Some(date) = pick(prev, prev.len())
    {
        return Some(ClaimTime { date, as_of_publication: false });
    }
    doc.published.clone().map(|date| ClaimTime { date, as_of_publication: true })
}
