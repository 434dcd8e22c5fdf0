//! Attribution: who says a claim (speaker), whom the article cites for it (cited source),
//! and the outlet that published the article (reporting outlet).
//!
//! Per sentence this finds *speech events* — a speech verb and its subject (`قال X`,
//! `X أكدت`, `وتشير معلومات أمنية`), `نقلت الصحيفة عن X` (outlet and speaker) — and
//! *citations* (`بحسب X`, `وفقا لـX`, `صادر عن X`, `مجلة "دير شبيغل"`). A verb with no
//! subject of its own (`وأضاف`, `وأوضحت أن`) continues the last speaker, across sentences
//! and paragraphs. An outlet once cited (`نشرت صحيفة "صوت أمريكا" تقريرا`) stays the
//! article's report source: later claims without a citation of their own are cited from
//! it, and `الصحيفة` refers back to it. That is how chains come out: Youm7 (reporting
//! outlet) → VOA (cited) → a researcher (speaker).
//!
//! Files: `source` names a source from the words after a verb or marker; `scope` carries a
//! report across sentences; `given` reads figures given without a speech verb (`الرقم الذي
//! قدمته الوزارة`, own reports, documents an outlet relayed); `acting` names the authority
//! that did what a count tells when no one is said to speak; `verbs` tells which words around a
//! speech verb speak (a report inside another's words, the accuser, verbal nouns).

use super::lexicon::{CiteKind, SourceNoun, SpeechKind};
use super::sentence::has_article;
use super::view::{DocCtx, View};
use crate::claims::sentence::without_wa;
use crate::model::{EntityKind, EntityRef, Span};
use anaphora::{anaphor, own_document_named};
use names::unnamed;
pub(crate) use names::{dateline_agency, with_alias};
use source::{kana_subject, preceded_subject, skip_addressee, source_at, subject_before, topic_subject};
use verbs::{
    accusation, accuser, definite_speech_noun, negated_masdar, nested_report, opening_subject, passive_estimate,
    transfer,
};

mod acting;
mod anaphora;
mod given;
mod names;
mod scope;
mod source;
mod verbs;

/// A speaker or a cited source, with the words that name it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Source {
    pub(crate) r: EntityRef,
    /// The naming words in the document (empty span when carried from elsewhere).
    pub(crate) span: Span,
    /// True when it is a media outlet (an outlet noun or an outlet entity).
    pub(crate) outlet: bool,
}

/// A speech verb with what it attributes.
#[derive(Clone, Debug)]
pub(crate) struct Event {
    /// Token of the verb.
    pub(crate) at: usize,
    pub(crate) verb: String,
    pub(crate) speaker: Option<Source>,
    pub(crate) cited: Option<Source>,
    /// `حسبما أعلنت الوزارة`: the verb follows what it attributes.
    pub(crate) postposed: bool,
    /// First token of what was said.
    pub(crate) content_from: usize,
    /// True when the speaker was named in this sentence (not carried).
    pub(crate) explicit: bool,
    pub(crate) kind: SpeechKind,
    /// The cited source is the outlet the speaker spoke to (rule `addressee_outlet_is_cited`).
    pub(crate) addressed: bool,
}

/// A citation (`بحسب X`) or an outlet named in the sentence.
#[derive(Clone, Debug)]
pub(crate) struct Citation {
    pub(crate) at: usize,
    pub(crate) source: Source,
    /// From a marker (`بحسب`) rather than a bare outlet mention.
    pub(crate) marked: bool,
    /// Claims from this token on are not this citation's: another source's report begins.
    pub(crate) until: usize,
}

/// What carries from one sentence to the next.
#[derive(Clone, Debug, Default)]
pub(crate) struct Carry {
    /// The last speech event's (speaker, cited source).
    pub(crate) last: Option<(Option<Source>, Option<Source>)>,
    /// The outlet the article reports from.
    pub(crate) report: Option<Source>,
    /// Sources named so far (speakers and cited sources, most recent last, bounded): what
    /// `المصدر`, `الوزير`, `المصدر ذاته` refer back to.
    pub(crate) named: Vec<Source>,
    /// Sources introduced by a document noun (`بيان صادر عن وزارة الدفاع` → (`بيان`, the
    /// ministry)), most recent last, bounded: what `البيان`, `التقرير` refer back to.
    pub(crate) documents: Vec<(String, Source)>,
    /// Rule `report_scope`: the last source named explicitly, reaching the sentences after it.
    pub(crate) scope: Option<scope::Scope>,
    /// The article's first explicit source (rule `lede_attribution`).
    pub(crate) lede: Option<scope::Lede>,
    /// Body paragraphs begun so far, less one: the current paragraph (0-based).
    pub(crate) paragraph: usize,
    pub(crate) started: bool,
}

/// Most sources remembered for anaphora.
const NAMED_MAX: usize = 32;

impl Carry {
    /// A body paragraph begins.
    pub(crate) fn begin_paragraph(&mut self) {
        if self.started {
            self.paragraph += 1;
        }
        self.started = true;
    }

    /// Rule `document_anaphor` (recording half): the source at token `at` was introduced by a
    /// document noun there.
    fn remember_document(&mut self, v: &View<'_>, at: usize, s: &Source) {
        let lex = super::lexicon::get();
        // Only the issuer named right after the noun (`بيان صادر عن X`, `تقرير لـX`), not a
        // source the document quotes (`التقرير نقلا عن X`) or one named elsewhere.
        let from =
            (at + 1..v.len().min(at + 4)).find(|&k| v.s.toks.get(k).is_some_and(|t| t.span.start == s.span.start));
        let issuer_word = |k: usize| {
            let w = v.s.word(k);
            matches!(w, "صادر" | "صادره" | "الصادر" | "الصادره")
                || (k > at + 1 && w == "عن")
                || w.ends_with("ته")
                || w.ends_with("تها")
        };
        let issued = from.is_some_and(|f| (at + 1..f).all(issuer_word));
        if issued && let Some((SourceNoun::Document, h)) = View::value_at(&lex.source_nouns, &v.source_nouns, at) {
            let w = v.s.word(at);
            self.remember_document_head(w.strip_prefix(h.prefix.as_str()).unwrap_or(w), s);
        }
    }

    /// `البيان`, `التقرير` (the head noun, article stripped) will refer back to `s`.
    fn remember_document_head(&mut self, head: &str, s: &Source) {
        if self.documents.len() >= NAMED_MAX {
            self.documents.remove(0);
        }
        self.documents.push((head.to_owned(), s.clone()));
    }

    fn remember(&mut self, s: &Source) {
        if self.named.len() >= NAMED_MAX {
            self.named.remove(0);
        }
        self.named.push(s.clone());
    }
}

/// Attribution found in one sentence.
#[derive(Clone, Debug, Default)]
pub(crate) struct SentenceAttribution {
    pub(crate) events: Vec<Event>,
    pub(crate) citations: Vec<Citation>,
    /// The report scope this sentence is in (rule `report_scope`).
    pub(crate) inherited: Option<scope::Scope>,
}

/// Rule `speaker_after_verb` (VSO), then `speaker_before_verb` (SVO, `السلطات أكدت`), else
/// `continued_speaker` from the carry.
fn speech_event(ctx: &DocCtx<'_>, v: &View<'_>, verb: &super::sentence::Hit, kind: SpeechKind, carry: &Carry) -> Event {
    let verb_text = v.text(ctx.doc, verb.start, verb.end).to_owned();
    let mut ev = Event {
        at: verb.start,
        verb: verb_text,
        speaker: None,
        cited: None,
        postposed: false,
        content_from: verb.end,
        explicit: false,
        kind,
        addressed: false,
    };
    if kind == SpeechKind::Impersonal {
        return ev;
    }
    if kind == SpeechKind::Circumstantial {
        // Rule `participle_of_the_opening_subject`: `جددت التنسيقية الوطنية … مطالبتها الحكومة
        // …، مؤكدة أن 136 امرأة` — in a sentence opening with a verb and its subject, the
        // participle's subject is that subject.
        let opening = v.s.word(0);
        let opening = without_wa(opening);
        if verb.start > 3
            && opening.ends_with('ت')
            && opening.chars().count() >= 3
            && !v.speech.iter().any(|h| h.start < verb.start)
            && let Some((src, _)) = source_at(ctx, v, 1, carry).filter(|(s, _)| scope::source_shaped(v, s))
        {
            if src.outlet {
                ev.cited = Some(src);
            } else {
                ev.speaker = Some(src);
            }
            ev.explicit = true;
            return ev;
        }
        // Rule `participle_of_the_cited_person`: `وتعمل الإدارة، وفق ليلى محمد، على …، مشيرة إلى
        // أن` — a person the sentence cites before the participle is who points it out.
        let cited_person = v
            .citations
            .iter()
            .filter(|c| c.end < verb.start && ctx.lex.citations.value(c.id) == Some(&CiteKind::AccordingTo))
            .find_map(|c| source_at(ctx, v, c.end, carry).filter(|(s, _)| s.r.kind == Some(EntityKind::Person)));
        if let Some((src, _)) = cited_person {
            ev.speaker = Some(src);
            ev.explicit = true;
            return ev;
        }
        // `مرجحا عدد التابعين له بـ20 ألف عنصر`: the participle's subject is whoever spoke.
        if let Some((sp, cited)) = &carry.last {
            ev.speaker.clone_from(sp);
            ev.cited.clone_from(cited);
        }
        return ev;
    }
    // After `أن` the subject comes first (`أن تقارير أممية قدرت عدد …`): SVO wins there.
    let fronted = kana_subject(ctx, v, verb.start, carry).or_else(|| topic_subject(ctx, v, verb.start, carry));
    let svo = fronted
        .clone()
        .or_else(|| subject_before(ctx, v, verb.start, carry))
        .or_else(|| preceded_subject(ctx, v, verb.start, carry));
    let after_an = svo.is_some()
        && (0..verb.start).rev().take(5).any(|k| matches!(v.s.word(k), "ان" | "بان"))
        && !v.clause_words.iter().any(|c| c.end == verb.start);
    // `وكان مدير الأمن العام قد أعلن العام الماضي أن`: after `قد` the subject was named first.
    let after_qad = svo.is_some() && verb.start > 0 && v.s.word(verb.start - 1) == "قد";
    // `وكانت القوات المسلحة أعلنت الشهر الماضي`: after `كان` too the subject comes first.
    let after_kana =
        svo.is_some() && v.any_word(verb.start.saturating_sub(6)..verb.start, &["كان", "كانت", "فكان", "فكانت"]);
    let found = if after_an || after_qad || after_kana || fronted.is_some() {
        svo.map(|s| (s, verb.end))
    } else {
        // A quote right after the verb is what was said, not who said it.
        let from = skip_addressee(v, verb.end);
        // `نشر المتحدث بيانا، أعلن فيه نجاح …`: "announced in it" — the document's issuer
        // speaks; what follows is the content.
        let in_it = matches!(v.s.word(verb.end), "فيه" | "فيها");
        let vso = if in_it || (v.is_quote(from) && !quoted_quoter(v, kind, from) && !quoted_speaker(v, from)) {
            None
        } else {
            source_at(ctx, v, from, carry)
        };
        let vso = if accusation(&ev.verb) { vso.map(|f| accuser(ctx, v, from, f)) } else { vso };
        // Rule `subject_then_addressee`: `المحامية كلير لوفيفر، التي تمثل …، قالت لوكالة فرانس
        // برس إن` — with the subject written before the verb, an outlet with the dative `ل` after
        // it is whom she spoke to (rule `addressee_outlet_is_cited`), not who speaks.
        let vso = vso.filter(|(src, _)| !(src.outlet && svo.is_some() && v.s.word(from).starts_with('ل')));
        // The document before `أعلن فيه` is no speaker either.
        vso.or_else(|| svo.filter(|_| !in_it).map(|s| (s, verb.end)))
    };
    match found {
        Some((src, after)) => {
            ev.explicit = true;
            ev.content_from = after;
            if src.outlet {
                ev.cited = Some(src);
            } else {
                ev.speaker = Some(src);
            }
            // Rule `quote_chain`: `نقلت الصحيفة عن رافال روغوزينسكي` — the outlet quotes a speaker.
            // `نقلت وكالة أنباء «كازينفورم» الكازاخية عن لجنة …`: an adjective may trail the outlet.
            let after = if v.s.word(after) != "عن" && v.s.word(after + 1) == "عن" && v.demonym_at(after).is_some() {
                after + 1
            } else {
                after
            };
            // `نقلت وكالة الأنباء الصومالية (صونا)، عن قائد …`: the outlet's acronym in brackets
            // and a comma may stand before `عن`.
            let after = past_acronym_and_comma(v, after);
            if kind == SpeechKind::Quote
                && (v.s.word(after) == "عن" || (v.s.word(after) == "من" && learned_from(&ev.verb)))
                && let Some((sp, after2)) = source_at(ctx, v, after + 1, carry)
            {
                if ev.speaker.is_some() && ev.cited.is_none() {
                    ev.cited = ev.speaker.take();
                }
                ev.speaker = Some(sp);
                ev.content_from = after2;
            }
            // Rule `outlet_naqlan_an_chain`: `أفادت وكالة الأنباء الكويتية، نقلا عن مصدر مسؤول،
            // بأن …` — the outlet reports, quoting the speaker named after `نقلا عن`.
            let k = if v.s.word(after) == "," { after + 1 } else { after };
            if ev.speaker.is_none()
                && ev.cited.as_ref().is_some_and(|c| c.outlet)
                && v.s.word(k) == "نقلا"
                && v.s.word(k + 1) == "عن"
                && let Some((sp, after2)) = source_at(ctx, v, k + 2, carry)
            {
                ev.speaker = Some(sp);
                ev.content_from = after2;
            }
        }
        None => {
            // Rule `pronoun_speaker_is_the_sentence_subject`: `وكانت قوى الأمن الداخلي قد أطلقت
            // حملة …، قالت إنها أسفرت عن اعتقال 125 شخصا` — a speech verb with no subject of its
            // own, in a sentence that opened with one, is that subject's.
            if let Some(src) = opening_subject(ctx, v, verb.start, carry) {
                ev.explicit = true;
                if src.outlet {
                    ev.cited = Some(src);
                } else {
                    ev.speaker = Some(src);
                }
            } else if let Some((sp, cited)) = &carry.last {
                ev.speaker.clone_from(sp);
                ev.cited.clone_from(cited);
            }
        }
    }
    if ev.explicit
        && ev.cited.is_none()
        && let Some(src) = addressee_outlet(ctx, v, verb.end, carry)
    {
        ev.cited = Some(src);
        ev.addressed = true;
    }
    ev
}

/// Two references to one source: the same gazetteer id, or the same name.
fn same_source(a: &Source, b: &Source) -> bool {
    match (&a.r.id, &b.r.id) {
        (Some(x), Some(y)) => x == y,
        _ => !a.r.name.is_empty() && a.r.name == b.r.name,
    }
}

/// The token after a bracketed acronym (`(صونا)`) and a comma that stand before `عن`; else `at`.
fn past_acronym_and_comma(v: &View<'_>, at: usize) -> usize {
    let mut k = at;
    // `وكالة الأنباء الصومالية الرسمية (صونا)`: one adjective may trail the outlet's name.
    let w = v.s.word(k);
    if w.starts_with("ال") && (w.ends_with("يه") || w.ends_with('ي')) && matches!(v.s.word(k + 1), "(" | "," | "عن")
    {
        k += 1;
    }
    if v.s.word(k) == "("
        && let Some(close) = (k + 1..(k + 4).min(v.len())).find(|&j| v.s.word(j) == ")")
    {
        k = close + 1;
    }
    if v.s.word(k) == "," && v.s.word(k + 1) == "عن" {
        k += 1;
    }
    if v.s.word(k) == "عن" { k } else { at }
}

/// Rule `quoted_quoter`: `علمت "الشروق" من مصادر`, `نقلت "الغد" عن مسؤول` — after a
/// quoting verb, a quoted name followed by `عن`/`من` is the outlet that quotes, not the words
/// quoted.
fn quoted_quoter(v: &View<'_>, kind: SpeechKind, at: usize) -> bool {
    kind == SpeechKind::Quote
        && (at + 2..v.len().min(at + 12))
            .find(|&k| v.is_quote(k))
            .is_some_and(|close| matches!(v.s.word(close + 1), "عن" | "من"))
}

/// Rule `quoted_speaker`: `قال "المرصد" إن الحصيلة بلغت`, `وثّق "المرصد السوري" مقتل 16` —
/// a short quote after the verb, followed by what was said (`إن`/`أن`) or by the event it
/// documents, is the name of who speaks; a quoted statement runs on or ends the sentence.
fn quoted_speaker(v: &View<'_>, at: usize) -> bool {
    let Some(close) = (at + 2..v.len().min(at + 14)).find(|&k| v.is_quote(k)) else {
        return false;
    };
    let next = close + 1;
    // A long quoted name (`"التنسيقية الوطنية لعائلات العالقين …"`) must be followed by what
    // was said; a short one may also be followed by the event it documents.
    matches!(v.s.word(next), "ان" | "انه" | "انها" | "بان" | "بانه" | "بانها")
        || (v.s.word(next) == "الي" && matches!(v.s.word(next + 1), "ان" | "انه" | "انها"))
        || (close <= at + 6 && View::at(&v.predicates, next).is_some())
}

/// Rule `speaker_after_quote`: `"… 45 مقاتلا عادوا"، قال الوزير في بيان.` — a speech verb
/// that closes the sentence (after a comma or a closing quote, only its speaker and the
/// circumstances of saying after it) attributes what came before it.
fn trailing_speech(v: &View<'_>, ev: &Event) -> bool {
    ev.explicit
        && ev.at > 0
        && (v.s.is_punct(ev.at - 1) || v.s.word(ev.at - 1) == "و")
        // Only the circumstances of saying may follow (`في بيان`, `للصحفيين`): no number, no
        // reported clause, no predicate.
        // A circumstantial clause after a comma (`، نافيا أن …`) is about the saying, not said.
        && (ev.content_from..v.len()).take_while(|&k| !circumstantial_after_comma(v, k)).all(|k| {
            v.s.is_punct(k)
                || (!v.numbers.iter().any(|n| n.start == k)
                    && View::at(&v.predicates, k).is_none()
                    && !matches!(v.s.word(k), "ان" | "انه" | "انها" | "بان" | "بانه"))
        })
}

/// Token `k` is a comma opening a circumstantial participle (`، نافيا أن`, `، مضيفا أن`).
fn circumstantial_after_comma(v: &View<'_>, k: usize) -> bool {
    let lex = super::lexicon::get();
    v.s.is_punct(k)
        && v.s.word(k) == ","
        && v.speech.iter().any(|h| h.start == k + 1 && lex.speech.value(h.id) == Some(&SpeechKind::Circumstantial))
}

/// Rule `learned_from`: `علمت "النهار" من مصادر أمنية` — the outlet learned it from the
/// speaker named after `من`, as `نقلت عن` names whom it quotes.
fn learned_from(verb: &str) -> bool {
    let w = crate::normalize::normalize(verb);
    let w = without_wa(&w);
    matches!(w, "علمت" | "علم")
}

/// Finds the speech events and citations of a sentence.
pub(crate) fn analyze(ctx: &DocCtx<'_>, v: &View<'_>, carry: &mut Carry) -> SentenceAttribution {
    let lex = ctx.lex;
    let mut out = SentenceAttribution { inherited: scope::inherited(v, carry), ..SentenceAttribution::default() };
    let mut consumed: Vec<(usize, usize)> = Vec::new();
    for h in &v.citations {
        let Some(kind) = lex.citations.value(h.id) else { continue };
        if *kind != CiteKind::AccordingTo {
            continue;
        }
        if legal_reference(v, h.end) {
            continue;
        }
        if let Some(ev) = given::relayed_by_outlet(ctx, v, (h.start, h.end), carry) {
            if let Some(c) = &ev.cited {
                carry.report = Some(c.clone());
            }
            consumed.push((h.start, ev.content_from));
            carry.last = Some((ev.speaker.clone(), ev.cited.clone()));
            out.events.push(ev);
            continue;
        }
        // `وفقا لديدييه`: the `ل` is glued to the name; the phrase starts at that token anyway.
        if let Some((src, after)) = source_at(ctx, v, h.end, carry) {
            // Rule `cited_anaphor`: `وحسب المصدر ذاته`, `وفقا للتقرير` — a citation of a source
            // named before resolves to it, as a speaker anaphor does.
            let src = match anaphor(ctx, &src, carry) {
                Some(r) => r,
                None => {
                    carry.remember(&src);
                    carry.remember_document(v, h.end, &src);
                    src
                }
            };
            if src.outlet {
                carry.report = Some(src.clone());
            }
            consumed.push((h.start, after));
            out.citations.push(Citation { at: h.start, source: src, marked: true, until: usize::MAX });
        }
    }
    for h in &v.speech {
        let Some(kind) = lex.speech.value(h.id).copied() else { continue };
        if definite_speech_noun(h)
            || negated_masdar(v, h)
            || (kind == SpeechKind::Quote && transfer(v, h))
            || passive_estimate(v, h)
        {
            continue;
        }
        // Rule `relative_clause_speech`: `وقال المسؤول، الذي طلب عدم الكشف عن اسمه، إن …` —
        // a speech verb inside a relative clause describes the speaker; it reports nothing.
        let lo = v.clause_start(h.start).max(h.start.saturating_sub(3));
        if (lo..h.start).any(|k| matches!(v.s.word(k), "الذي" | "التي" | "الذين" | "اللذين" | "اللواتي"))
        {
            continue;
        }
        // Rule `findings_inside_a_statement`: `وقال الحمادي إن التحقيقات كشفت أن 48 منهم …` — what
        // investigations showed, told inside someone's statement, is still that speaker's.
        const FINDINGS: &[&str] = &[
            "التحقيقات",
            "التحقيق",
            "التحريات",
            "الابحاث",
            "المعطيات",
            "المعلومات",
            "الادله",
            "تحقيقات",
            "الوحدات",
            "الاجهزه",
            "المصالح",
            "قوات",
            "القوات",
        ];
        if v.any_word(h.start.saturating_sub(4)..h.start, FINDINGS)
            && out.events.iter().any(|e| (e.speaker.is_some() || e.cited.is_some()) && e.content_from <= h.start)
        {
            continue;
        }
        // Rule `report_inside_a_statement`: `وقال السفير إن التقرير الأخير للأمين العام يشير إلى
        // أن 11 ألفا …` — a report the speaker rests the figure on is cited; the speaker stays.
        if let Some(outer) =
            out.events.iter().rev().find(|e| e.explicit && e.speaker.is_some() && e.content_from <= h.start)
            && let Some((a, b)) = nested_report(v, outer.content_from, h.start)
        {
            let span = v.s.span_of(a, b);
            let ev = Event {
                at: h.start,
                verb: v.text(ctx.doc, h.start, h.end).to_owned(),
                speaker: outer.speaker.clone(),
                cited: Some(unnamed(span.slice(&ctx.doc.text), span, false)),
                postposed: false,
                content_from: h.end,
                explicit: true,
                kind,
                addressed: false,
            };
            consumed.push((h.start, ev.content_from));
            carry.last = Some((ev.speaker.clone(), ev.cited.clone()));
            out.events.push(ev);
            continue;
        }
        let mut ev = speech_event(ctx, v, h, kind, carry);
        // `كما أشار إلى أن` opening the sentence has nothing before it to attribute: there
        // `كما` is "also", and the verb reports what follows.
        let after_marker = v
            .citations
            .iter()
            .any(|c| c.end == h.start && c.start > 1 && lex.citations.value(c.id) == Some(&CiteKind::Postposed));
        ev.postposed = after_marker || trailing_speech(v, &ev);
        if ev.explicit {
            for slot in [&mut ev.speaker, &mut ev.cited] {
                if let Some(src) = slot.as_ref() {
                    match anaphor(ctx, src, carry) {
                        Some(r) if r.outlet == src.outlet || !r.outlet => *slot = Some(r),
                        _ => {
                            carry.remember(src);
                            carry.remember_document(v, skip_addressee(v, h.end), src);
                        }
                    }
                }
            }
            if let Some(sp) = ev.speaker.as_ref().or(ev.cited.as_ref()) {
                own_document_named(v, h.end, ev.content_from, sp, carry);
            }
            // An anaphor that resolved to a cited (non-speaking) source moves there.
            if ev.cited.is_none()
                && let Some(sp) = &ev.speaker
                && carry.named.iter().any(|n| n.r == sp.r && n.outlet)
            {
                ev.cited = ev.speaker.take();
            }
            // Rule `continued_speaker_keeps_the_relay`: `نقلت وكالة … عن مصدر أمني` then `وأضاف
            // المصدر أن …` — the same speaker going on speaks through the same outlet.
            if ev.cited.is_none()
                && let Some(sp) = &ev.speaker
                && let Some((Some(last_sp), Some(last_cited))) = &carry.last
                && same_source(sp, last_sp)
            {
                ev.cited = Some(last_cited.clone());
            }
        }
        if let Some(c) = &ev.cited
            && c.outlet
            && ev.explicit
            && !ev.addressed
        {
            carry.report = Some(c.clone());
        }
        // Rule `speaker_needs_a_source_shape`: words a speech verb happened to precede
        // (`رصد المرصد تحليق طائرات …`) name nobody; the claim falls back to the scope.
        if ev.explicit && ev.speaker.as_ref().is_some_and(|sp| !scope::source_shaped(v, sp)) {
            ev.speaker = None;
        }
        consumed.push((h.start, ev.content_from));
        if kind != SpeechKind::Impersonal && (ev.speaker.is_some() || ev.cited.is_some()) {
            carry.last = Some((ev.speaker.clone(), ev.cited.clone()));
        }
        out.events.push(ev);
    }
    given::figures_given_by(ctx, v, carry, &mut out.events);
    given::own_documents(v, &out.events, carry);
    // A citation inside an event's chain (`نقلا عن X` after the outlet) is the event's speaker.
    let chains: Vec<(usize, usize)> = out
        .events
        .iter()
        .filter(|e| e.explicit && e.speaker.is_some() && e.cited.is_some())
        .map(|e| (e.at, e.content_from))
        .collect();
    out.citations.retain(|c| !chains.iter().any(|&(a, b)| c.at > a && c.at < b));
    // Rule `contrasted_report`: `مقتل 89 شخصا بحسب وزارة الصحة، بينما قال "المرصد" إن الحصيلة
    // بلغت 123` — a clause word then a speaker of its own: what follows is that speaker's
    // report, not the earlier citation's.
    for c in &mut out.citations {
        let turn = out.events.iter().filter(|e| e.explicit && e.at > c.at && e.speaker.is_some()).find_map(|e| {
            v.clause_words.iter().find(|w| w.start > c.at && w.start <= e.at && e.at - w.end <= 1).map(|w| w.start)
        });
        if let Some(t) = turn {
            c.until = t;
        }
    }
    // Rule `outlet_mention`: `في مقابلة له مع مجلة "دير شبيغل"`, `للصحيفة`.
    for h in &v.source_nouns {
        if lex.source_nouns.value(h.id) != Some(&SourceNoun::Outlet)
            || consumed.iter().any(|&(a, b)| h.start >= a && h.start < b)
        {
            continue;
        }
        // A bare outlet noun names an outlet only with a quoted or known name
        // (`شبكة تعمل في الخفاء`, `شبكة الإنترنت` are not outlets).
        let named = v.is_quote(h.end) || v.mentions.iter().any(|m| m.start == h.end) || via_outlet(v, h);
        if !has_article(&h.prefix) && !named {
            continue;
        }
        if let Some((src, after)) = source_at(ctx, v, h.start, carry) {
            if src.outlet && src.r.id.is_some() || !has_article(&h.prefix) {
                carry.report = Some(src.clone());
            }
            consumed.push((h.start, after));
            out.citations.push(Citation { at: h.start, source: src, marked: false, until: usize::MAX });
        }
    }
    scope::update(v, &out, carry);
    out
}

pub(crate) use acting::acting_authority;
pub(crate) use scope::fill_lede;

impl SentenceAttribution {
    /// The speech event, speaker and cited source of a claim whose number starts at token
    /// `at`: from the sentence's own event and citations, else (rule `report_scope`) from the
    /// source whose report the sentence continues.
    pub(crate) fn resolve(&self, at: usize, carry: &Carry) -> (Option<&Event>, Option<Source>, Option<Source>) {
        let ev = self.event_for(at);
        let speaker = ev.and_then(|e| e.speaker.clone()).or_else(|| self.cited_person());
        let cited = self.cited_for(at, ev, carry);
        let own = speaker.is_some() || ev.is_some_and(|e| e.cited.is_some()) || self.citations.iter().any(|c| c.marked);
        match &self.inherited {
            Some(s) if !own => (ev, s.speaker.clone(), s.cited.clone().or(cited)),
            _ => (ev, speaker, cited),
        }
    }

    /// The speech event that attributes a claim whose number starts at token `at`: the
    /// nearest before it, else a postposed one after it (`…، حسبما أعلنت الوزارة`).
    pub(crate) fn event_for(&self, at: usize) -> Option<&Event> {
        self.events
            .iter()
            .filter(|e| e.at < at && !e.postposed)
            .max_by_key(|e| e.at)
            .or_else(|| self.events.iter().find(|e| e.at > at && e.postposed))
    }

    /// The cited source of a claim at token `at`: a marked citation nearest to it, else the
    /// event's, else an outlet named in the sentence, else the article's report source.
    pub(crate) fn cited_for(&self, at: usize, ev: Option<&Event>, carry: &Carry) -> Option<Source> {
        let marked =
            self.citations.iter().filter(|c| c.marked && c.source.r.kind != Some(EntityKind::Person) && at < c.until);
        if let Some(c) = marked.min_by_key(|c| c.at.abs_diff(at)) {
            return Some(c.source.clone());
        }
        if let Some(c) = ev.and_then(|e| e.cited.clone()) {
            return Some(c);
        }
        if let Some(c) = self.citations.iter().filter(|c| !c.marked).min_by_key(|c| c.at.abs_diff(at)) {
            return Some(c.source.clone());
        }
        carry.report.clone()
    }

    /// A person named after a citation marker (`وفقا لديدييه لو بريه`) speaks.
    pub(crate) fn cited_person(&self) -> Option<Source> {
        self.citations
            .iter()
            .find(|c| c.marked && c.source.r.kind == Some(EntityKind::Person))
            .map(|c| c.source.clone())
    }
}

/// Rule `via_outlet`: `زعمت الحركة عبر إذاعة الأندلس`, `عبر قناة …` — a broadcaster or paper
/// named after `عبر` ("through") is an outlet even without quotes or a known name (not so a
/// website or network: `عبر شبكة الإنترنت`).
fn via_outlet(v: &View<'_>, h: &super::sentence::Hit) -> bool {
    let w = v.s.word(h.start);
    h.start > 0 && v.s.word(h.start - 1) == "عبر" && !w.contains("شبكه") && !w.contains("موقع")
}

/// Rule `addressee_outlet_is_cited`: `قال مسؤول أمني لوكالة فرانس برس إن …`, `في تصريح
/// لـ"العربية"`, `للسومرية نيوز` — an outlet the speaker spoke to, other than the publishing
/// outlet, is where the article has the words from: the statement's cited source. Looked for
/// between the verb and the reported clause (`إن`, `أن`, `:`), at most twelve tokens on.
fn addressee_outlet(ctx: &DocCtx<'_>, v: &View<'_>, from: usize, carry: &Carry) -> Option<Source> {
    let end = (from..v.len().min(from + 12))
        .find(|&k| matches!(v.s.word(k), "ان" | "انه" | "انها" | "بان" | "بانه" | ":"))
        .unwrap_or_else(|| v.len().min(from + 12));
    let own = ctx.doc.outlet.as_ref();
    let is_own = |s: &Source| {
        own.is_some_and(|o| {
            (o.id.is_some() && o.id == s.r.id)
                || [&o.name, &o.text].iter().any(|n| {
                    let n = crate::normalize::normalize(n.trim_matches(|c: char| !c.is_alphanumeric()));
                    !n.is_empty() && [&s.r.name, &s.r.text].iter().any(|t| crate::normalize::normalize(t).contains(&n))
                })
        })
    };
    for k in from..end {
        let w = v.s.word(k);
        let src = if w == "ل" && v.is_quote(k + 1) {
            // `لـ"العربية"`: the quoted name is an outlet's.
            source_at(ctx, v, k + 1, carry).map(|(s, _)| Source { outlet: true, ..s })
        } else if w.starts_with('ل') && w.chars().count() > 2 {
            let outlet_noun = View::at(&v.source_nouns, k).is_some_and(|h| {
                ctx.lex.source_nouns.value(h.id) == Some(&SourceNoun::Outlet) && !has_article(&h.prefix)
            });
            let outlet_name = v.mentions.iter().any(|m| m.start == k && m.m.entity.kind == EntityKind::Outlet);
            if outlet_noun || outlet_name {
                source_at(ctx, v, k, carry).map(|(s, _)| s).filter(|s| s.outlet)
            } else {
                None
            }
        } else {
            None
        };
        if let Some(s) = src {
            return (!is_own(&s)).then_some(s);
        }
    }
    None
}

/// The normalized entries of a one-word-or-phrase-per-line data file (`#` comments).
pub(super) fn word_list(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(crate::normalize::normalize)
        .collect()
}

fn not_sources() -> &'static [String] {
    static W: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    W.get_or_init(|| word_list(include_str!("../../../data/claims/not_sources.tsv")))
}

/// Rule `legal_reference_is_no_source`: `وفق المادة الرابعة من قانون مكافحة الإرهاب`,
/// `طبقا للقانون` — after a citation marker, a law, article or plan is what something is done
/// by, not who says a count.
fn legal_reference(v: &View<'_>, at: usize) -> bool {
    let w = v.s.word(at);
    // `بحسب أحدث بيانات اليونيسف`: "the latest" before a document noun leads to a name
    // (`source_at`'s rule `latest_report`); only alone (`وفق آخر حصيلة`) is it no source.
    if source::latest_word(w) && View::at(&v.source_nouns, at + 1).is_some() {
        return false;
    }
    ["", "لل", "ال", "ل"]
        .iter()
        .filter_map(|p| w.strip_prefix(p).filter(|r| r.chars().count() >= 3))
        .any(|bare| not_sources().iter().any(|n| n == bare))
}
