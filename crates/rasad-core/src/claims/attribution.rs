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

use super::lexicon::{CiteKind, SourceNoun, SpeechKind};
use super::sentence::has_article;
use super::view::{DocCtx, View};
use crate::model::{EntityKind, EntityRef, Span};

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
}

/// A citation (`بحسب X`) or an outlet named in the sentence.
#[derive(Clone, Debug)]
pub(crate) struct Citation {
    pub(crate) at: usize,
    pub(crate) source: Source,
    /// From a marker (`بحسب`) rather than a bare outlet mention.
    pub(crate) marked: bool,
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
}

/// Most sources remembered for anaphora.
const NAMED_MAX: usize = 32;

impl Carry {
    fn remember(&mut self, s: &Source) {
        if self.named.len() >= NAMED_MAX {
            self.named.remove(0);
        }
        self.named.push(s.clone());
    }
}

/// Rule `speaker_anaphor`: `وأشار المصدر إلى …` after `أفاد مصدر أمني`, `وأوضح الوزير` after
/// `وزير الداخلية التونسي الهادي المجدوب`, `وأضاف المصدر ذاته` after `حسب معطيات المكتب
/// المركزي` — a definite head noun (with `ذاته`/`نفسه`: any source) names the last source
/// introduced with that head. Returns it, or None when `src` is not such a reference.
fn anaphor(src: &Source, carry: &Carry) -> Option<Source> {
    if src.r.id.is_some() {
        return None;
    }
    let folded = crate::normalize::normalize(src.r.name.trim());
    let mut words = folded.split_whitespace();
    let head = words.next()?.strip_prefix("ال")?;
    let rest: Vec<&str> = words.collect();
    let same = matches!(rest.as_slice(), ["ذاته" | "نفسه" | "ذاتها" | "نفسها"]);
    if !same && !rest.is_empty() {
        return None;
    }
    if head.chars().count() < 3 {
        return None;
    }
    carry
        .named
        .iter()
        .rev()
        .find(|n| {
            let t = crate::normalize::normalize(if n.r.text.is_empty() { &n.r.name } else { &n.r.text });
            let first = t.split_whitespace().next().unwrap_or("");
            let fuller = t.split_whitespace().count() > 1;
            same || (fuller && (first == head || first.strip_prefix("ال") == Some(head)))
        })
        .map(|n| {
            // The resolved name (and id) beside the words as written (`المصدر`).
            let name = if n.r.id.is_some() || n.r.text.is_empty() { n.r.name.clone() } else { n.r.text.clone() };
            Source {
                r: EntityRef { id: n.r.id.clone(), kind: n.r.kind, name, text: src.r.text.clone() },
                span: src.span,
                outlet: n.outlet,
            }
        })
}

/// Attribution found in one sentence.
#[derive(Clone, Debug, Default)]
pub(crate) struct SentenceAttribution {
    pub(crate) events: Vec<Event>,
    pub(crate) citations: Vec<Citation>,
}

fn unnamed(text: &str, span: Span, outlet: bool) -> Source {
    let t = text.trim_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '“' | '”' | '«' | '»' | '\''));
    Source {
        r: EntityRef { id: None, kind: outlet.then_some(EntityKind::Outlet), name: t.to_owned(), text: t.to_owned() },
        span,
        outlet,
    }
}

/// Tokens `[a, b)` that name something: a quoted name, else words up to a stop word,
/// punctuation, number, date, predicate or another speech verb (at most `max`).
fn phrase(v: &View<'_>, a: usize, max: usize) -> Option<(usize, usize)> {
    if v.is_quote(a) {
        let close = (a + 1..v.len().min(a + 12)).find(|&k| v.is_quote(k))?;
        return (close > a + 1).then_some((a + 1, close));
    }
    // Rule `count_is_not_a_speaker`: `ويقدر عدد الفرنسيين … بنحو 1450` — "the number of …"
    // after a passive estimate verb is what is estimated; `عدد من المسؤولين` may speak.
    if View::at(&v.counting, a).is_some() && v.s.word(a + 1) != "من" {
        return None;
    }
    let mut j = a;
    while j < v.len() && j - a < max {
        let stop = v.s.is_punct(j)
            || v.s.toks.get(j).is_some_and(|t| t.class == super::sentence::TokClass::Digits)
            || v.is_date(j)
            || v.numbers.iter().any(|n| n.start == j)
            || View::at(&v.stops, j).is_some()
            || is_bare_lam(v, j)
            || View::at(&v.predicates, j).is_some()
            || View::at(&v.speech, j).is_some()
            || View::at(&v.citations, j).is_some()
            || (j > a && View::at(&v.source_nouns, j).is_some())
            || (j > a && glued_addressee(v, j))
            || (j > a && View::at(&v.counting, j).is_some())
            || (j >= a + 2 && View::at(&v.roles, j).is_some());
        if stop {
            break;
        }
        j += 1;
    }
    (j > a).then_some((a, j))
}

/// Rule `addressee_lam`: `قال … لـ"الغد"`, `في تصريح لـ` — a lone dative `ل` (tatweel
/// folded away) introduces whom the words were said to; it is never part of a name.
fn is_bare_lam(v: &View<'_>, j: usize) -> bool {
    v.s.word(j) == "ل"
}

/// Rule `addressee_before_speaker`: `قال لـ"الغد" مصدر أمني` — the quoted addressee right
/// after the verb is skipped; the speaker follows it. Returns the token after the addressee.
fn skip_addressee(v: &View<'_>, at: usize) -> usize {
    if is_bare_lam(v, at)
        && v.is_quote(at + 1)
        && let Some(close) = (at + 2..v.len().min(at + 12)).find(|&k| v.is_quote(k))
    {
        return close + 1;
    }
    at
}

/// Rule `definite_speech_word_is_a_noun`: `فضل عدم الكشف عن هويته`, `بعد الإعلان` — a speech
/// word with the article is a verbal noun: nobody speaks there.
fn definite_speech_noun(h: &super::sentence::Hit) -> bool {
    has_article(&h.prefix)
}

/// Rule `negated_masdar_is_not_speech`: `طلب عدم كشف هويته`, `فضّل عدم نشر اسمه` — a speech
/// word after `عدم` ("not …-ing") is a verbal noun inside a request for anonymity: nobody
/// speaks there, and `هويته`/`اسمه` after it is no speaker.
/// The same holds after a preposition (`المتخصصة في رصد النزاعات`, `بعد نشر التقرير`): a
/// finite verb never follows one.
fn negated_masdar(v: &View<'_>, h: &super::sentence::Hit) -> bool {
    h.start > 0
        && matches!(v.s.word(h.start - 1), "عدم" | "بعدم" | "في" | "بعد" | "قبل" | "عن" | "خلال" | "اثر" | "عقب" | "منذ")
}

/// Rule `transfer_is_not_quoting`: `كما نقل نحو 700 قاصر إلى مكان آمن` — `نقل` quotes only
/// with `عن` after it (`نقلت الصحيفة عن مسؤول`); without it, it moves people.
fn transfer(v: &View<'_>, h: &super::sentence::Hit) -> bool {
    let w = v.s.word(h.start);
    w.contains("نقل") && !(h.end..v.len().min(h.end + 8)).any(|k| v.s.word(k) == "عن")
}

/// Rule `glued_addressee`: `قال مصدر أمني للسومرية نيوز`, `لنورث برس` — a known outlet with
/// the dative `ل` glued to it, after the speaker's first word, is whom the words were said to.
fn glued_addressee(v: &View<'_>, j: usize) -> bool {
    v.s.word(j).starts_with('ل')
        && v.mentions.iter().any(|m| m.start == j && matches!(m.m.entity.kind, EntityKind::Outlet))
}

/// The best entity inside tokens `[a, b)`: a person, then an outlet, an organization, a
/// place (`برلين` speaks for Germany).
fn entity_in<'d>(v: &View<'d>, a: usize, b: usize) -> Option<super::view::MentionTok<'d>> {
    let rank = |k: EntityKind| match k {
        EntityKind::Person => 0,
        EntityKind::Outlet => 1,
        EntityKind::Organization => 2,
        _ => 3,
    };
    v.mentions
        .iter()
        .filter(|m| m.start >= a && m.start < b && m.m.form == crate::model::MentionForm::Name)
        .min_by_key(|m| (rank(m.m.entity.kind), m.start))
        .copied()
}

/// A source named at tokens from `a`: an outlet noun (`صحيفة X`, or `الصحيفة` for the
/// report source), a document noun (`تقرير X`, `بيان لوزارة الداخلية`), an entity, or the
/// words as written. Returns the source and the token after it.
fn source_at(ctx: &DocCtx<'_>, v: &View<'_>, a: usize, carry: &Carry) -> Option<(Source, usize)> {
    let lex = ctx.lex;
    let text = &ctx.doc.text;
    let mut outlet = false;
    let mut at = a;
    // Where the naming words start: a document noun stays part of the name (`الأرقام
    // الرسمية`) unless what issued it follows (`تقرير صادر عن X`, `تقرير لصحيفة X`).
    let mut name_from = a;
    while let Some((kind, h)) = View::value_at(&lex.source_nouns, &v.source_nouns, at) {
        match kind {
            SourceNoun::Outlet => {
                outlet = true;
                if has_article(&h.prefix) && !v.is_quote(h.end) {
                    // Rule `outlet_anaphor`: `الصحيفة`, `للصحيفة` → the report source.
                    let src = carry.report.clone()?;
                    return Some((Source { span: v.s.span_of(h.start, h.end), ..src }, h.end));
                }
                name_from = h.end;
            }
            SourceNoun::Document => {}
        }
        at = h.end;
        if let Some(c) = View::at(&v.citations, at)
            && lex.citations.value(c.id) == Some(&CiteKind::AccordingTo)
        {
            at = c.end;
            name_from = at;
        } else if View::at(&v.source_nouns, at).is_some() {
            name_from = at;
        }
    }
    // Rule `document_issued_by`: `إحصائية أعدتها منظمة "…"`, `تقرير أصدرته الأمم المتحدة` — a
    // verb with the document as its object names who issued it: the issuer is the source.
    if at > a && at < v.len() && !v.s.is_punct(at) && ["تها", "ته"].iter().any(|e| v.s.word(at).ends_with(e)) {
        at += 1;
        name_from = at;
    }
    let (pa, pb) = match phrase(v, at, 8) {
        Some(r) => r,
        // `بحسب التقرير،`: the document itself is what is cited.
        None if at > a && !outlet => (a, at),
        None => return None,
    };
    // Rule `quoted_name_after_noun`: `منظمة "ريبريف"`, `منظمة «أكليد»` — a body's noun
    // followed by its quoted name: the name belongs to the source.
    let (pb, quoted_tail) = match (pb == pa + 1 && v.is_quote(pb))
        .then(|| (pb + 2..v.len().min(pb + 12)).find(|&k| v.is_quote(k)))
        .flatten()
    {
        Some(close) => (close + 1, true),
        None => (pb, false),
    };
    let after = if v.is_quote(at) { pb + 1 } else { pb };
    // Rule `outlet_noun_in_name`: `وكالة الأنباء الفرنسية` — the known name may begin with the
    // outlet noun itself.
    let whole = v
        .mentions
        .iter()
        .find(|m| m.start >= a && m.start < pa && m.end > pa && m.m.form == crate::model::MentionForm::Name)
        .copied();
    if let Some(m) = whole.or_else(|| entity_in(v, pa, pb)) {
        let is_outlet = outlet || m.m.entity.kind == EntityKind::Outlet;
        return Some((Source { r: m.m.to_ref(text), span: m.m.span, outlet: is_outlet }, after));
    }
    // A role before a name (`مدير عام دائرة الفروع في الوزارة علي عباس جهانكير إن`): the
    // person named before the reported speech is the speaker.
    if !outlet
        && let Some(m) = v.mentions.iter().find(|m| {
            m.m.entity.kind == EntityKind::Person
                && m.start >= pb
                && m.start <= pb + 5
                // `رئيس المهمة، عبد الرحيم بوعزة،`: a comma may set the name in apposition.
                // `مدير عام الدائرة في الوزارة، كريم النوري،`: so may an affiliation and a comma.
                && (pb..m.start).all(|k| {
                    ((k == pb || k + 1 == m.start) && matches!(v.s.word(k), "," | "،"))
                        || (!v.s.is_punct(k) && !matches!(v.s.word(k), "ان" | "انه" | "بان"))
                })
        })
    {
        return Some((Source { r: m.m.to_ref(text), span: m.m.span, outlet: false }, m.end));
    }
    if !outlet && let Some((na, nb)) = apposed_name(v, pa, pb) {
        let span = v.s.span_of(na, nb);
        return Some((unnamed(span.slice(text), span, false), nb));
    }
    // Unnamed: the words as written, without demonyms trailing an outlet's name
    // (`صحيفة ميغابولوس الكازاخية` → `ميغابولوس`). An unnamed source is a head noun and
    // its adjectives (`مصادر أمنية عراقية`).
    // `بلاغ للمديرية العامة`, `بيان لوزارة الداخلية`: what issued the document is named.
    let issued_by = name_from < pa && v.s.word(pa).starts_with('ل');
    let name_from = if v.is_quote(name_from) || issued_by { pa } else { name_from.min(pa) };
    let cap = if quoted_tail {
        pb - pa
    } else if View::at(&v.unnamed, pa).is_some() {
        3
    } else {
        6
    };
    let mut end = pb.min(pa + cap);
    if outlet && let Some(m) = v.mentions.iter().find(|m| m.start > pa && m.start < end) {
        end = m.start;
    }
    let mut after = after;
    if !outlet && end == pb && View::at(&v.unnamed, pa).is_some() {
        let e = unnamed_affiliation(v, pb);
        if e > end {
            end = e;
            after = e;
        }
    }
    let span = v.s.span_of(name_from, end);
    let mut src = unnamed(span.slice(text), span, outlet);
    // Only after a marker or a document noun is a leading `ل` the dative (`وفقا لمنظمة`,
    // `بلاغ للمديرية`); a speaker may well start with it (`لجنة الأمن القومي`).
    let dative = pa > 0
        && (View::at(&v.citations, pa).is_none()
            && (v.citations.iter().any(|c| c.end == pa) || v.source_nouns.iter().any(|c| c.end == pa)));
    if dative {
        src.r.name = strip_lam(&src.r.name);
        src.r.text = strip_lam(&src.r.text);
    }
    Some((src, after))
}

/// Rule `role_then_apposed_name`: `المتحدث العسكري للقوات المسلحة، العقيد تامر الرفاعي،`,
/// `لمدير المكتب المركزي، الشرقاوي حبوب، أن` — a source headed by a role noun, followed (after
/// an optional affiliation `في …`) by one to five words set off by commas: those words name
/// the person who holds the role, and the person is the speaker. Returns their tokens.
fn apposed_name(v: &View<'_>, pa: usize, pb: usize) -> Option<(usize, usize)> {
    View::at(&v.roles, pa)?;
    let open = unnamed_affiliation(v, pb);
    if !(v.s.is_punct(open) && v.s.word(open) == ",") {
        return None;
    }
    let close = (open + 2..v.len().min(open + 7)).find(|&k| v.s.is_punct(k))?;
    let plain = (open + 1..close).all(|k| {
        View::at(&v.stops, k).is_none()
            && View::at(&v.speech, k).is_none()
            && View::at(&v.predicates, k).is_none()
            && !v.numbers.iter().any(|n| n.start <= k && k < n.end)
            && !v.is_date(k)
    });
    (plain && v.s.word(close) == ",").then_some((open + 1, close))
}

/// Rule `unnamed_affiliation`: `مسؤول في وزارة الخارجية الأوزبكية`, `مصدر في الشرطة` — an
/// unnamed source is named by the body it works in: `في` and a definite or institution phrase
/// of at most five words after it belong to the source. Returns the token after the
/// affiliation, or `at` when there is none.
fn unnamed_affiliation(v: &View<'_>, at: usize) -> usize {
    if v.s.word(at) != "في" {
        return at;
    }
    let body = |k: usize| {
        let w = v.s.word(k);
        w.starts_with("ال")
            || v.mentions.iter().any(|m| m.start <= k && k < m.end)
            || matches!(
                w,
                "وزاره"
                    | "مديريه"
                    | "هيئه"
                    | "جهاز"
                    | "قياده"
                    | "مكتب"
                    | "دائره"
                    | "لجنه"
                    | "مجلس"
                    | "قوات"
                    | "حكومه"
            )
    };
    if !body(at + 1) {
        return at;
    }
    let mut j = at + 1;
    while j < v.len()
        && j - at <= 5
        && body(j)
        && !v.s.is_punct(j)
        && View::at(&v.speech, j).is_none()
        && View::at(&v.predicates, j).is_none()
        && !v.is_date(j)
        && !matches!(v.s.word(j), "ان" | "انه" | "بان" | "الي" | "الذي" | "التي")
    {
        j += 1;
    }
    j
}

/// `للمديرية العامة` → `المديرية العامة`, `لوزارة` → `وزارة`: the dative `ل` glued to a
/// cited name is not part of it.
fn strip_lam(name: &str) -> String {
    if let Some(rest) = name.strip_prefix("لل") {
        return format!("ال{rest}");
    }
    match name.strip_prefix('ل') {
        Some(rest) if rest.chars().count() >= 3 && !rest.starts_with('ا') => rest.trim_start_matches('ـ').to_owned(),
        _ => name.to_owned(),
    }
}

/// SVO subject: `ولكن السلطات الأوروبية أكدت`, `أن تقارير أممية قدرت`, or a person named
/// just before the verb (`عبد الحق الخيام قد صرح`).
fn subject_before(ctx: &DocCtx<'_>, v: &View<'_>, verb: usize, carry: &Carry) -> Option<Source> {
    let text = &ctx.doc.text;
    if let Some(m) = v.mentions.iter().rev().find(|m| {
        m.m.entity.kind == EntityKind::Person
            && m.end <= verb
            && verb - m.end <= 1
            && (m.end..verb).all(|k| v.s.word(k) == "قد")
    }) {
        return Some(Source { r: m.m.to_ref(text), span: m.m.span, outlet: false });
    }
    let lo = v.clause_start(verb);
    let in_clause_word = |k: usize| v.clause_words.iter().any(|c| c.start <= k && k < c.end);
    let plain = |k: usize| {
        !v.s.is_punct(k)
            && !in_clause_word(k)
            && View::at(&v.stops, k).is_none()
            && View::at(&v.predicates, k).is_none()
            && View::at(&v.speech, k).is_none()
            && !v.numbers.iter().any(|n| n.start <= k && k < n.end)
            && !v.is_date(k)
    };
    // Rule `kana_qad_speaker`: `وكان وزير الداخلية قد صرح` — the subject stands between
    // `كان` and `قد`; neither is part of its name.
    let verb = if verb > lo && v.s.word(verb - 1) == "قد" { verb - 1 } else { verb };
    let kana = |k: usize| matches!(v.s.word(k), "كان" | "وكان" | "كانت" | "وكانت" | "فكان" | "فكانت");
    // Walk back over at most four plain words (`ومنها تقارير أشارت` → `تقارير`).
    let mut start = verb;
    while start > lo && verb - start < 4 && plain(start - 1) && !kana(start - 1) {
        start -= 1;
    }
    if start < verb {
        return source_at(ctx, v, start, carry).filter(|(_, e)| *e <= verb).map(|(s, _)| s);
    }
    None
}

/// Rule `sabaqa_li_speaker`: `وسبق لمدير المكتب، الشرقاوي حبوب، أن صرح` — "it happened before
/// for X that he stated": X, after `سبق ل`, is the subject of the verb behind `أن`.
fn preceded_subject(ctx: &DocCtx<'_>, v: &View<'_>, verb: usize, carry: &Carry) -> Option<Source> {
    if verb == 0 || v.s.word(verb - 1) != "ان" {
        return None;
    }
    let lo = verb.saturating_sub(14);
    let k = (lo..verb - 1).rev().find(|&k| matches!(v.s.word(k), "سبق" | "وسبق" | "فسبق"))?;
    let (src, end) = source_at(ctx, v, k + 1, carry)?;
    (end < verb).then_some(src)
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
    };
    if kind == SpeechKind::Impersonal {
        return ev;
    }
    if kind == SpeechKind::Circumstantial {
        // `مرجحا عدد التابعين له بـ20 ألف عنصر`: the participle's subject is whoever spoke.
        if let Some((sp, cited)) = &carry.last {
            ev.speaker.clone_from(sp);
            ev.cited.clone_from(cited);
        }
        return ev;
    }
    // After `أن` the subject comes first (`أن تقارير أممية قدرت عدد …`): SVO wins there.
    let svo = subject_before(ctx, v, verb.start, carry).or_else(|| preceded_subject(ctx, v, verb.start, carry));
    let after_an = svo.is_some()
        && (0..verb.start).rev().take(5).any(|k| matches!(v.s.word(k), "ان" | "بان"))
        && !v.clause_words.iter().any(|c| c.end == verb.start);
    // `وكان مدير الأمن العام قد أعلن العام الماضي أن`: after `قد` the subject was named first.
    let after_qad = svo.is_some() && verb.start > 0 && v.s.word(verb.start - 1) == "قد";
    let found = if after_an || after_qad {
        svo.map(|s| (s, verb.end))
    } else {
        // A quote right after the verb is what was said, not who said it.
        let from = skip_addressee(v, verb.end);
        let vso = if v.is_quote(from) && !quoted_quoter(v, kind, from) { None } else { source_at(ctx, v, from, carry) };
        vso.or_else(|| svo.map(|s| (s, verb.end)))
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
        }
        None => {
            if let Some((sp, cited)) = &carry.last {
                ev.speaker.clone_from(sp);
                ev.cited.clone_from(cited);
            }
        }
    }
    ev
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
    let w = w.strip_prefix('و').unwrap_or(&w);
    matches!(w, "علمت" | "علم")
}

/// Finds the speech events and citations of a sentence.
pub(crate) fn analyze(ctx: &DocCtx<'_>, v: &View<'_>, carry: &mut Carry) -> SentenceAttribution {
    let lex = ctx.lex;
    let mut out = SentenceAttribution::default();
    let mut consumed: Vec<(usize, usize)> = Vec::new();
    for h in &v.citations {
        let Some(kind) = lex.citations.value(h.id) else { continue };
        if *kind != CiteKind::AccordingTo {
            continue;
        }
        // `وفقا لديدييه`: the `ل` is glued to the name; the phrase starts at that token anyway.
        if let Some((src, after)) = source_at(ctx, v, h.end, carry) {
            // Rule `cited_anaphor`: `وحسب المصدر ذاته`, `وفقا للتقرير` — a citation of a source
            // named before resolves to it, as a speaker anaphor does.
            let src = match anaphor(&src, carry) {
                Some(r) => r,
                None => {
                    carry.remember(&src);
                    src
                }
            };
            if src.outlet {
                carry.report = Some(src.clone());
            }
            consumed.push((h.start, after));
            out.citations.push(Citation { at: h.start, source: src, marked: true });
        }
    }
    for h in &v.speech {
        let Some(kind) = lex.speech.value(h.id).copied() else { continue };
        if definite_speech_noun(h) || negated_masdar(v, h) || (kind == SpeechKind::Quote && transfer(v, h)) {
            continue;
        }
        // Rule `relative_clause_speech`: `وقال المسؤول، الذي طلب عدم الكشف عن اسمه، إن …` —
        // a speech verb inside a relative clause describes the speaker; it reports nothing.
        let lo = v.clause_start(h.start).max(h.start.saturating_sub(3));
        if (lo..h.start).any(|k| matches!(v.s.word(k), "الذي" | "التي" | "الذين" | "اللذين" | "اللواتي"))
        {
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
                    match anaphor(src, carry) {
                        Some(r) if r.outlet == src.outlet || !r.outlet => *slot = Some(r),
                        _ => carry.remember(src),
                    }
                }
            }
            // An anaphor that resolved to a cited (non-speaking) source moves there.
            if ev.cited.is_none()
                && let Some(sp) = &ev.speaker
                && carry.named.iter().any(|n| n.r == sp.r && n.outlet)
            {
                ev.cited = ev.speaker.take();
            }
        }
        if let Some(c) = &ev.cited
            && c.outlet
            && ev.explicit
        {
            carry.report = Some(c.clone());
        }
        consumed.push((h.start, ev.content_from));
        if kind != SpeechKind::Impersonal && (ev.speaker.is_some() || ev.cited.is_some()) {
            carry.last = Some((ev.speaker.clone(), ev.cited.clone()));
        }
        out.events.push(ev);
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
        let named = v.is_quote(h.end) || v.mentions.iter().any(|m| m.start == h.end);
        if !has_article(&h.prefix) && !named {
            continue;
        }
        if let Some((src, after)) = source_at(ctx, v, h.start, carry) {
            if src.outlet && src.r.id.is_some() || !has_article(&h.prefix) {
                carry.report = Some(src.clone());
            }
            consumed.push((h.start, after));
            out.citations.push(Citation { at: h.start, source: src, marked: false });
        }
    }
    out
}

impl SentenceAttribution {
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
        let marked = self.citations.iter().filter(|c| c.marked && c.source.r.kind != Some(EntityKind::Person));
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
