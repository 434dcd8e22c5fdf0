//! How far an attribution reaches beyond its own sentence.
//!
//! Rule `report_scope`: a news report names its source once (`وأوضح بيان لوزارة الدفاع`,
//! `وبحسب بيانات الوزارة:`, `قال مصدر أمني`) and goes on reporting it in the sentences and
//! paragraphs after, without repeating it. A count in a sentence that names no source of its
//! own is therefore said by the last source named explicitly — until another source is
//! named, or the journalist turns to background (`ويذكر أن`, `وكان … قد`, see
//! `data/claims/background_openers.tsv`), which ends the scope.
//!
//! Rule `lede_attribution`: a report often opens with its figures and names who gives them
//! in the next sentence or paragraph (`كشفت حصيلة عمليات الجيش عن القضاء على 3 إرهابيين …
//! وأوضح بيان لوزارة الدفاع …`). Counts of the opening paragraphs that no source reaches take
//! the article's first explicit source, when that source is named within
//! [`LEDE_PARAGRAPHS`] paragraphs.

use super::{Carry, Source};
use crate::claims::view::View;
use crate::model::Claim;

/// The first source of an article attributes the counts before it only when it is named in
/// one of this many opening paragraphs (the lede and the paragraph after it).
pub(crate) const LEDE_PARAGRAPHS: usize = 2;

/// The source a report is being given by: its speaker and cited source.
#[derive(Clone, Debug)]
pub(crate) struct Scope {
    pub(crate) speaker: Option<Source>,
    pub(crate) cited: Option<Source>,
}

/// The article's first explicit source and where it was named.
#[derive(Clone, Debug)]
pub(crate) struct Lede {
    /// Byte where the sentence naming it starts: counts before it are the lede's.
    pub(crate) from: usize,
    /// Body paragraph (0-based) it was named in.
    pub(crate) paragraph: usize,
    pub(crate) scope: Scope,
}

fn openers() -> &'static [String] {
    static O: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    O.get_or_init(|| super::word_list(include_str!("../../../data/claims/background_openers.tsv")))
}

/// Rule `background_ends_scope`: the sentence opens with a background opener (one or two
/// words, compared folded).
pub(crate) fn background_opener(v: &View<'_>) -> bool {
    let first = v.s.word(0);
    let two = if v.len() > 1 { [first, v.s.word(1)].join(" ") } else { String::new() };
    openers().iter().any(|o| *o == first || *o == two)
}

/// The scope a sentence inherits (read before the sentence's own sources update it): the
/// last explicit source, unless the sentence opens the journalist's background.
pub(crate) fn inherited(v: &View<'_>, carry: &mut Carry) -> Option<Scope> {
    if background_opener(v) {
        carry.scope = None;
        return None;
    }
    carry.scope.clone()
}

/// After a sentence: its last explicit source (a speech event whose speaker it names, or a
/// marked citation) becomes the scope; an impersonal report (`يذكر أن`) ends it. The first
/// such source of the article is kept as the lede's.
pub(crate) fn update(v: &View<'_>, out: &super::SentenceAttribution, carry: &mut Carry) {
    let mut last: Option<(usize, Scope)> = None;
    let mut consider = |at: usize, s: Scope| {
        if last.as_ref().is_none_or(|(a, _)| at >= *a) {
            last = Some((at, s));
        }
    };
    for e in &out.events {
        if e.kind == crate::claims::lexicon::SpeechKind::Impersonal {
            carry.scope = None;
            continue;
        }
        if e.explicit && (e.speaker.is_some() || e.cited.is_some()) {
            consider(e.at, Scope { speaker: e.speaker.clone(), cited: e.cited.clone() });
        }
    }
    for c in out.citations.iter().filter(|c| c.marked) {
        let person = c.source.r.kind == Some(crate::model::EntityKind::Person);
        let s = if person {
            Scope { speaker: Some(c.source.clone()), cited: None }
        } else {
            Scope { speaker: None, cited: Some(c.source.clone()) }
        };
        consider(c.at, s);
    }
    if let Some((_, s)) = last {
        // A source that is not shaped like one ends the scope before it without starting one.
        let s = Scope {
            speaker: s.speaker.filter(|x| source_shaped(v, x)),
            cited: s.cited.filter(|x| source_shaped(v, x)),
        };
        if s.speaker.is_none() && s.cited.is_none() {
            carry.scope = None;
            return;
        }
        if carry.lede.is_none() {
            carry.lede = Some(Lede { from: v.s.span.start, paragraph: carry.paragraph, scope: s.clone() });
        }
        carry.scope = Some(s);
    }
}

/// Rule `scope_needs_a_source_shape`: only a source shaped like one reaches beyond its
/// sentence — a known entity, or words that open with an unnamed-source head (`مصادر`,
/// `مسؤول`), a role (`المتحدث`), a document or outlet noun (`بيان`, `صحيفة`), an institution
/// (`وزارة`), a short definite noun phrase (`الشرطة`), a name set off after a role, or a
/// name of one or two words.
/// Longer runs of words a speech verb happened to precede (`المرصد تنفيذ طائرات النظام`,
/// `هوية العملاء ساد …`) stay with their own sentence.
pub(super) fn source_shaped(v: &View<'_>, s: &Source) -> bool {
    if s.r.id.is_some() || s.r.kind == Some(crate::model::EntityKind::Person) {
        return true;
    }
    // Tokens are in text order: a binary search keeps this per-event check logarithmic.
    let Ok(k) = v.s.toks.binary_search_by_key(&s.span.start, |t| t.span.start) else {
        // Carried or resolved from an earlier sentence: it was shaped when it was named.
        return true;
    };
    let words = (k..v.len()).take_while(|&j| v.s.toks.get(j).is_some_and(|t| t.span.end <= s.span.end)).count();
    if junk_words(v, k, words) {
        return false;
    }
    View::at(&v.unnamed, k).is_some()
        || View::at(&v.roles, k).is_some()
        || View::at(&v.source_nouns, k).is_some()
        || super::source::institution_noun(v, k)
        || (v.s.word(k).starts_with("ال") && words <= 3)
        || v.is_quote(k)
        // Quoted as a name (`تقول "التنسيقية الوطنية …" إن`).
        || (k > 0 && v.is_quote(k - 1))
        || apposed_to_role(v, k)
        // A name of one or two words (`وأضاف أخمتزانوف`, `وأوضح عمر`), not a dative leftover.
        || (words <= 2 && !v.s.word(k).starts_with('ل'))
}

/// Rule `speaker_words_are_no_source`: a lone pronoun, quantifier or speech participle
/// (`أحد`, `قائلا`, `ومضى`, the `د` of `د.`), a first word no source opens with (`عند`,
/// `جنوب`), or a word never inside a source's name (`إمكان`, `توقيت`, `لم`), shows the words
/// after a speech verb name nobody. The words are data (`not_speakers.tsv`).
fn junk_words(v: &View<'_>, k: usize, words: usize) -> bool {
    #[derive(PartialEq)]
    enum Where {
        Alone,
        First,
        Anywhere,
    }
    static W: std::sync::OnceLock<Vec<(String, Where)>> = std::sync::OnceLock::new();
    let list = W.get_or_init(|| {
        include_str!("../../../data/claims/not_speakers.tsv")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.starts_with("word\t"))
            .filter_map(|l| l.split_once('\t'))
            .map(|(w, at)| {
                let at = match at.trim() {
                    "alone" => Where::Alone,
                    "first" => Where::First,
                    _ => Where::Anywhere,
                };
                (crate::normalize::normalize(w.trim()), at)
            })
            .collect()
    });
    let is = |j: usize, kinds: &[Where]| list.iter().any(|(w, at)| kinds.contains(at) && w == v.s.word(j));
    (words == 1 && is(k, &[Where::Alone]))
        || is(k, &[Where::First])
        || (k..k + words).any(|j| is(j, &[Where::Anywhere]))
}

/// `المتحدث العسكري، العقيد فلان،` — words set off by a comma right after a role's words
/// name its holder (rule `role_then_apposed_name`).
fn apposed_to_role(v: &View<'_>, k: usize) -> bool {
    k > 0 && v.s.word(k - 1) == "," && (k.saturating_sub(12)..k - 1).any(|j| View::at(&v.roles, j).is_some())
}

/// Rule `lede_attribution` (see the module doc): fills the counts of the opening paragraphs
/// that have no speaker and no cited source.
pub(crate) fn fill_lede<'a>(claims: impl Iterator<Item = &'a mut Claim>, carry: &Carry) {
    let Some(lede) = &carry.lede else { return };
    if lede.paragraph >= LEDE_PARAGRAPHS {
        return;
    }
    for c in claims {
        let a = &mut c.attribution;
        if c.quantity.span.start >= lede.from || a.speaker.is_some() {
            continue;
        }
        // A cited source the count already has (the dateline agency) stays; the lede's
        // speaker is who gives the figures through it.
        if a.cited_source.is_some() && lede.scope.speaker.is_none() {
            continue;
        }
        a.speaker = lede.scope.speaker.as_ref().map(|s| s.r.clone());
        if a.cited_source.is_none() {
            a.cited_source = lede.scope.cited.as_ref().map(|s| s.r.clone());
        }
    }
}
