//! Naming a source: the words after a speech verb or a citation marker (`قال مسؤول أمني`,
//! `بحسب تقرير لوزارة الداخلية`), an entity among them, a role and the name set beside it,
//! or the subject written before the verb.

use super::{Carry, Source, unnamed};
use crate::claims::lexicon::{CiteKind, SourceNoun};
use crate::claims::sentence::has_article;
use crate::claims::sentence::without_wa;
use crate::claims::view::{DocCtx, View};
use crate::model::EntityKind;

/// Tokens `[a, b)` that name something: a quoted name, else words up to a stop word,
/// punctuation, number, date, predicate or another speech verb (at most `max`).
fn phrase(v: &View<'_>, a: usize, max: usize) -> Option<(usize, usize)> {
    if v.is_quote(a) {
        let close = (a + 1..v.len().min(a + 12)).find(|&k| v.is_quote(k))?;
        return (close > a + 1).then_some((a + 1, close));
    }
    // Rule `count_is_not_a_speaker`: `ويقدر عدد الفرنسيين … بنحو 1450` — "the number of …"
    // after a passive estimate verb is what is estimated; `عدد من المسؤولين` may speak.
    // `مجموعة صوفان` names a body; `مجموعة مسلحين` counts people.
    let counts_people =
        v.s.word(a) != "مجموعه" || v.subjects.iter().any(|h| h.start == a + 1) || v.demonym_at(a + 1).is_some();
    if (View::at(&v.counting, a).is_some() && v.s.word(a + 1) != "من" && counts_people)
        || matches!(v.s.word(a), "عددها" | "عددهم" | "عددهن" | "عدده" | "تعدادهم" | "تعدادها")
    {
        return None;
    }
    let mut j = a;
    while j < v.len() && j - a < max {
        let stop = v.s.is_punct(j)
            || v.s.toks.get(j).is_some_and(|t| t.class == crate::claims::sentence::TokClass::Digits)
            || v.is_date(j)
            || v.numbers.iter().any(|n| n.start == j)
            || View::at(&v.stops, j).is_some()
            || is_bare_lam(v, j)
            || (View::at(&v.predicates, j).is_some() && !(j > a && institution_noun(v, j - 1)))
            // `فريق الرصد`: a speech word with the article is a noun, part of the name.
            || View::at(&v.speech, j).is_some_and(|h| !(j > a && has_article(&h.prefix)))
            || View::at(&v.citations, j).is_some()
            // `رئيس الوكالة`: a body's noun right after a role is the role's own body.
            || (j > a
                && View::at(&v.source_nouns, j).is_some()
                && !institution_noun(v, j - 1)
                && View::at(&v.roles, j - 1).is_none())
            || (j > a && glued_addressee(v, j))
            || (j > a && View::at(&v.counting, j).is_some() && !institution_noun(v, j - 1))
            || (j >= a + 2 && View::at(&v.roles, j).is_some());
        if stop {
            break;
        }
        j += 1;
    }
    (j > a).then_some((a, j))
}

/// Rule `operations_toll`: `أفادت حصيلة عمليات الجيش الوطني الشعبي خلال الفترة …، نشرتها وزارة
/// الدفاع الوطني اليوم، أنه …` — an army's weekly toll speaks for the body that published it
/// (the words after `، نشرتها`). Elsewhere `حصيلة` counts (`ارتفعت حصيلة القتلى`): only a toll of
/// operations with its publisher is a source.
fn operations_toll(ctx: &DocCtx<'_>, v: &View<'_>, a: usize, carry: &Carry) -> Option<(Source, usize)> {
    if !matches!(without_wa(v.s.word(a)), "حصيله" | "لحصيله") || !v.s.word(a + 1).contains("عمليات") {
        return None;
    }
    let end = (a + 1..v.len().min(a + 24)).find(|&k| matches!(v.s.word(k), "ان" | "انه" | "بان" | "بانه"));
    let publisher = (a + 2..end.unwrap_or(a + 2)).find(|&k| {
        v.s.word(k - 1) == "," && super::given::issuing_verb_with_object(v.s.word(k)) && v.s.word(k).ends_with("تها")
    });
    // With no publisher named, the toll names no one: the body the report names next gives it
    // (rule `lede_attribution`: `وأوضح بيان لوزارة الدفاع الوطني`).
    let k = publisher?;
    let (src, _) = source_at(ctx, v, k + 1, carry)?;
    Some((src, end.unwrap_or(k + 1)))
}

/// Rule `addressee_lam`: `قال … لـ"الغد"`, `في تصريح لـ` — a lone dative `ل` (tatweel
/// folded away) introduces whom the words were said to; it is never part of a name.
fn is_bare_lam(v: &View<'_>, j: usize) -> bool {
    v.s.word(j) == "ل"
}

/// Rule `addressee_before_speaker`: `قال لـ"الغد" مصدر أمني` — the quoted addressee right
/// after the verb is skipped; the speaker follows it. Returns the token after the addressee.
pub(super) fn skip_addressee(v: &View<'_>, at: usize) -> usize {
    // Rule `resumptive_object_before_speaker`: `حسبما أفاد به الناطق الرسمي` — the pronoun
    // `به`/`بها` after the verb points back to what was said; the speaker follows it.
    let at = if matches!(v.s.word(at), "به" | "بها" | "عنه" | "عنها") { at + 1 } else { at };
    if is_bare_lam(v, at)
        && v.is_quote(at + 1)
        && let Some(close) = (at + 2..v.len().min(at + 12)).find(|&k| v.is_quote(k))
    {
        return close + 1;
    }
    at
}

/// Rule `glued_addressee`: `قال مصدر أمني للسومرية نيوز`, `لنورث برس` — a known outlet with
/// the dative `ل` glued to it, after the speaker's first word, is whom the words were said to.
fn glued_addressee(v: &View<'_>, j: usize) -> bool {
    v.s.word(j).starts_with('ل')
        && v.mentions.iter().any(|m| m.start == j && matches!(m.m.entity.kind, EntityKind::Outlet))
}

/// The best entity inside tokens `[a, b)`: a person, then an outlet, an organization, a
/// place (`برلين` speaks for Germany).
fn entity_in<'d>(v: &View<'d>, a: usize, b: usize) -> Option<crate::claims::view::MentionTok<'d>> {
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
pub(super) fn source_at(ctx: &DocCtx<'_>, v: &View<'_>, a: usize, carry: &Carry) -> Option<(Source, usize)> {
    if let Some(found) = operations_toll(ctx, v, a, carry) {
        return Some(found);
    }
    let lex = ctx.lex;
    let text = &ctx.doc.text;
    let mut outlet = false;
    let mut at = a;
    // Where the naming words start: a document noun stays part of the name (`الأرقام
    // الرسمية`) unless what issued it follows (`تقرير صادر عن X`, `تقرير لصحيفة X`).
    let mut name_from = a;
    // Rule `latest_report`: `وفق آخر حصيلة`, `بحسب أحدث إحصائية` — "the latest" before a
    // document noun names no one.
    if latest_word(v.s.word(at)) && View::at(&v.source_nouns, at + 1).is_some() {
        at += 1;
        name_from = at;
    }
    while let Some((kind, h)) = View::value_at(&lex.source_nouns, &v.source_nouns, at) {
        match kind {
            // Rule `agency_of_state`: `الوكالة الوطنية لمكافحة الإرهاب` — an outlet noun with the
            // article and a name of its own after it (not a nationality: `الوكالة الفرنسية` is
            // still the agency) is a body, not a news outlet.
            SourceNoun::Outlet
                if has_article(&h.prefix)
                    && v.demonym_at(h.end).is_none()
                    && v.s.word(h.end).starts_with("ال")
                    && matches!(v.s.word(h.end + 1).chars().next(), Some('ل')) =>
            {
                break;
            }
            SourceNoun::Outlet => {
                outlet = true;
                if has_article(&h.prefix) && !v.is_quote(h.end) {
                    // Rule `outlet_anaphor`: `الصحيفة`, `للصحيفة` → the report source; with no
                    // dateline agency known, the words as written (`نقلت الوكالة عن مصدر`).
                    let span = v.s.span_of(h.start, h.end);
                    let src = carry.report.clone().unwrap_or_else(|| super::unnamed(span.slice(text), span, true));
                    return Some((Source { span, ..src }, h.end));
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
        } else if v.s.word(at) == "ل" && at + 1 < v.len() {
            // `إحصائية لـ"المرصد السوري"`: the `لـ` cut off before a quoted issuer.
            at += 1;
            name_from = at;
        } else if document_adjective(v.s.word(at)) && v.s.word(at + 1).starts_with('ل') && !v.s.is_punct(at + 1) {
            // `وفقا لأرقام سابقة لهيئة الأمن الفيدرالي`: an adjective, then the issuer with `ل`.
            at += 1;
            name_from = at;
        }
    }
    // Rule `document_issued_by`: `إحصائية أعدتها منظمة "…"`, `تقرير أصدرته الأمم المتحدة` — a
    // verb with the document as its object names who issued it: the issuer is the source.
    // `دراسة حديثة أصدرها "مركز …"`: an adjective of the document may come first, and the verb
    // may be masculine with a feminine object (`أصدرها`, `نشرها`).
    let adjective_then_verb = at > a
        && document_adjective(v.s.word(at))
        && super::given::issuing_verb_with_object(v.s.word(at + 1))
        && at + 2 < v.len()
        && (!v.s.is_punct(at + 2) || v.is_quote(at + 2))
        && View::at(&v.stops, at + 2).is_none()
        && !v.is_date(at + 2);
    if adjective_then_verb {
        at += 1;
    }
    let issued = ["تها", "ته"].iter().any(|e| v.s.word(at).ends_with(e))
        || (adjective_then_verb && super::given::issuing_verb_with_object(v.s.word(at)));
    if at > a && at < v.len() && !v.s.is_punct(at) && issued {
        at += 1;
        name_from = at;
    }
    // Rule `own_document`: `وذكر المكتب في تقرير نشره الاثنين` — an issuing verb with no issuer
    // after it (a date, a comma, a stop word follows) is the sentence subject's own document:
    // nothing new is cited.
    // (`في تقرير` may itself be the citation marker the words follow.)
    if (at > a || v.citations.iter().any(|c| c.end == at))
        && super::given::issuing_verb_with_object(v.s.word(at))
        && (at + 1 >= v.len() || v.s.is_punct(at + 1) || v.is_date(at + 1) || View::at(&v.stops, at + 1).is_some())
    {
        return None;
    }
    let (pa, pb) = match phrase(v, at, 8) {
        Some(r) => r,
        // `بحسب التقرير،`: the document itself is what is cited.
        None if at > a && !outlet => (a, at),
        None => return None,
    };
    // Rule `quoted_name_after_noun`: `منظمة "ريبريف"`, `منظمة «أكليد»` — a body's noun
    // followed by its quoted name: the name belongs to the source.
    // `جهاز الأمن "سابو"`: an institution's head and one word more may stand before a short
    // quoted name (no number in it: a quote with figures is a statement, not a name).
    let short_name = |close: usize| close <= pb + 4 && !v.numbers.iter().any(|n| n.start > pb && n.start < close);
    // `وكالة الأنباء الحكومية "خوفار"`: an agency's generic words and adjectives, then its name.
    let head_ok = pb == pa + 1
        || (pb == pa + 2 && institution_noun(v, pa))
        || (outlet && generic_outlet_word(v.s.word(pa)) && pb <= pa + 3);
    let (pb, quoted_tail) = match (head_ok && v.is_quote(pb))
        .then(|| (pb + 2..v.len().min(pb + 12)).find(|&k| v.is_quote(k)))
        .flatten()
        .filter(|&close| pb == pa + 1 || short_name(close))
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
    // Rule `role_holder_first`: `مدير المكتب المركزي للأبحاث، حبوب الشرقاوي،` — when the words
    // open with a role, the person holding it (named after them) speaks, not the body the
    // role belongs to.
    if !outlet
        && View::at(&v.roles, pa).is_some()
        && let Some(r) = role_holder(ctx, v, pa, pb)
    {
        return Some(r);
    }
    // A place inside the words (`"التنسيقية الوطنية لعائلات … في سوريا والعراق"`) is where the
    // body works, not who speaks; a place opening them (`برلين`) stands for its state.
    let place_inside = |m: &crate::claims::view::MentionTok<'_>| m.start > pa && m.m.is_place();
    if let Some(m) = whole.or_else(|| entity_in(v, pa, pb)).filter(|m| name_shaped(ctx, m) && !place_inside(m)) {
        let is_outlet = outlet || m.m.entity.kind == EntityKind::Outlet;
        return Some((
            Source { r: m.m.to_ref(text), span: m.m.span, outlet: is_outlet },
            if is_outlet { skip_acronym(v, after) } else { after },
        ));
    }
    if !outlet && let Some(r) = role_holder(ctx, v, pa, pb) {
        return Some(r);
    }
    // Unnamed: the words as written, without demonyms trailing an outlet's name
    // (`صحيفة ميغابولوس الكازاخية` → `ميغابولوس`). An unnamed source is a head noun and
    // its adjectives (`مصادر أمنية عراقية`).
    // `بلاغ للمديرية العامة`, `بيان لوزارة الداخلية`: what issued the document is named.
    let issued_by = name_from < pa && v.s.word(pa).starts_with('ل');
    let name_from = if v.is_quote(name_from) || issued_by { pa } else { name_from.min(pa) };
    let cap = if quoted_tail || v.is_quote(at) {
        // A quoted name is whole as quoted.
        pb - pa
    } else if View::at(&v.unnamed, pa).is_some() {
        3
    } else {
        6
    };
    let mut end = pb.min(pa + cap);
    // Rule `generic_outlet_name`: `وكالة الأنباء الصومالية` — when the outlet's name is only a
    // generic word (`الأنباء`), the nationality after it is what names it: no cut there, and
    // the outlet noun stays part of the name.
    let generic = outlet && generic_outlet_word(v.s.word(pa));
    if outlet
        && !generic
        && let Some(m) = v.mentions.iter().find(|m| m.start > pa && m.start < end)
    {
        end = m.start;
    }
    let name_from = if generic { a.min(name_from) } else { name_from };
    let mut after = after;
    // Rule `outlet_acronym`: `وكالة الأنباء الكويتية (كونا)` — the acronym in brackets after an
    // outlet's name is part of it (it is how the outlet is known).
    if outlet && end == pb {
        let past = skip_acronym(v, pb);
        if past > pb {
            end = past;
            after = past;
        }
    }
    // Rule `object_after_definite_head`: `وبرأت المحكمة بالسجن`, `نفذت السلطات حكم الإعدام`,
    // `أحالت النيابة ملف 4 متهمين`, `تقدر المنظمة عدد النازحين` — a noun with the article
    // heads no construct, so a prepositional phrase or a common object noun after it is the
    // verb's object, not more of the name (names of unknown people go on: `الشرقاوي حبوب`).
    if !outlet
        && has_article_word(v.s.word(pa))
        && View::at(&v.roles, pa).is_none()
        && let Some(k) = (pa + 1..end).find(|&k| object_after_definite(v.s.word(k)))
    {
        end = k;
    }
    if !outlet && end == pb && View::at(&v.unnamed, pa).is_some() {
        let e = unnamed_affiliation(v, pb);
        if e > end {
            end = e;
            after = e;
        }
    }
    // `نشر المتحدث العسكري بيانا`: a document noun in the accusative is the verb's object, not
    // more of the name.
    if let Some(k) = (pa + 1..end).find(|&k| matches!(v.s.word(k), "بيانا" | "تقريرا" | "تصريحا" | "بلاغا"))
    {
        end = k;
        after = after.min(k);
    }
    let span = v.s.span_of(name_from, end);
    let mut src = unnamed(span.slice(text), span, outlet);
    // Only after a marker or a document noun is a leading `ل` the dative (`وفقا لمنظمة`,
    // `بلاغ للمديرية`); a speaker may well start with it (`لجنة الأمن القومي`).
    // `وفق ليلى محمد`, `بحسب لجنة`: markers that take their source directly leave its `ل`.
    let takes_lam = |c: &crate::claims::sentence::Hit| {
        !(c.end == c.start + 1 && matches!(without_wa(v.s.word(c.start)), "بحسب" | "حسب" | "وفق"))
    };
    let dative = pa > 0
        && (View::at(&v.citations, pa).is_none()
            && (v.citations.iter().any(|c| c.end == pa && takes_lam(c))
                || v.source_nouns.iter().any(|c| c.end == pa)
                || (document_adjective(v.s.word(pa - 1)) && v.source_nouns.iter().any(|c| c.end + 1 == pa))));
    if dative {
        src.r.name = strip_lam(&src.r.name);
        src.r.text = strip_lam(&src.r.text);
    }
    Some((src, after))
}

/// `آخر`, `أحدث`, `أخير` ("the latest"), also with the dative `ل` glued on (`وفقا لأحدث`).
pub(super) fn latest_word(w: &str) -> bool {
    let w = w.strip_prefix('ل').filter(|r| r.chars().count() >= 3).unwrap_or(w);
    matches!(w, "اخر" | "احدث" | "اخير")
}

fn has_article_word(w: &str) -> bool {
    let w = without_wa(w);
    w.starts_with("ال") && w.chars().count() > 3
}

/// A word that opens the verb's object after a definite subject: `بالسجن`, `حكم`, `ملف`, `عدد`.
fn object_after_definite(w: &str) -> bool {
    // `أمرت المحكمة بحبس`, `بسجن`, `بمعاقبة`: `ب` + a verbal noun opens the object too.
    (w.starts_with('ب') && w.chars().count() >= 4 && !matches!(w, "باسم" | "بالاضافه" | "بن" | "بنت"))
        || matches!(
            w,
            "حكم"
                | "احكام"
                | "احكاما"
                | "حكما"
                | "ملف"
                | "ملفات"
                | "عدد"
                | "قرار"
                | "قرارا"
                | "جثامين"
                | "جثث"
                | "رفات"
        )
}

/// The person named right after a role's words `[pa, pb)`: a known person within five words
/// (`مدير عام دائرة الفروع في الوزارة علي عباس جهانكير`), or words set off by commas
/// (rule `role_then_apposed_name`). Returns the speaker and the token after the name.
fn role_holder(ctx: &DocCtx<'_>, v: &View<'_>, pa: usize, pb: usize) -> Option<(Source, usize)> {
    let text = &ctx.doc.text;
    // `مدير جهاز الأمن الفيدرالي الروسي ألكسندر بورتنيكوف، خلال تقرير قدمه للرئيس فلاديمير
    // بوتين`: a person named inside the role's words holds it; one named after them is someone else.
    if let Some(m) = v.mentions.iter().find(|m| {
        m.m.entity.kind == EntityKind::Person
            && m.start > pa
            && v.s.word(m.start - 1).starts_with("ال")
            && m.end == pb
            && v.s.word(pb) == ","
            && name_shaped(ctx, m)
    }) {
        return Some((Source { r: m.m.to_ref(text), span: m.m.span, outlet: false }, pb));
    }
    // A role before a name (`مدير عام دائرة الفروع في الوزارة علي عباس جهانكير إن`): the
    // person named before the reported speech is the speaker.
    if let Some(m) = v.mentions.iter().find(|m| {
        m.m.entity.kind == EntityKind::Person
            && name_shaped(ctx, m)
                && m.start >= pb
                && (m.start <= pb + 5 || long_title(v, pb, m.start))
                // `رئيس المهمة، عبد الرحيم بوعزة،`: a comma may set the name in apposition.
                // `مدير عام الدائرة في الوزارة، كريم النوري،`: so may an affiliation and a comma.
                && (pb..m.start).all(|k| {
                    // `…، اللواء عبد الله القحطاني،`: a rank may stand between the comma and the name.
                    let before_rank = k + 2 == m.start && View::at(&v.roles, k + 1).is_some();
                    ((k == pb || k + 1 == m.start || before_rank) && matches!(v.s.word(k), "," | "،"))
                        // `رئيسة جمعية "أمهات الغائبين" سهى الخطيب`: the body's quoted name.
                        || ((!v.s.is_punct(k) || v.is_quote(k)) && !matches!(v.s.word(k), "ان" | "انه" | "بان"))
                })
    }) {
        return Some((Source { r: m.m.to_ref(text), span: m.m.span, outlet: false }, m.end));
    }
    if let Some((na, nb)) = apposed_name(v, pa, pb) {
        let span = v.s.span_of(na, nb);
        return Some((unnamed(span.slice(text), span, false), nb));
    }
    None
}

/// Rule `long_title_before_name`: `المحامي العام الأول لنيابات أمن الدولة العليا المستشار أحمد
/// الحمادي` — a title of many words, ending in a rank or second title right before the name:
/// up to eight words with no verb, number or predicate may separate the role's head from it.
fn long_title(v: &View<'_>, from: usize, name: usize) -> bool {
    name <= from + 8
        && name > 0
        && View::at(&v.roles, name - 1).is_some()
        && (from..name).all(|k| {
            View::at(&v.speech, k).is_none()
                && View::at(&v.predicates, k).is_none()
                // `الأول` is an ordinal of the title, not a count.
                && (v.s.word(k).starts_with("ال") || !v.numbers.iter().any(|n| n.start == k))
        })
}

/// Rule `role_then_apposed_name`: `المتحدث العسكري للقوات المسلحة، العقيد تامر الرفاعي،`,
/// `لمدير المكتب المركزي، الشرقاوي حبوب، أن` — a source headed by a role noun, followed (after
/// an optional affiliation `في …`) by one to five words set off by commas: those words name
/// the person who holds the role, and the person is the speaker. Returns their tokens.
fn apposed_name(v: &View<'_>, pa: usize, pb: usize) -> Option<(usize, usize)> {
    View::at(&v.roles, pa)?;
    let open = unnamed_affiliation(v, pb);
    // `مدير مكتب الهجرة في دهوك، ديان جعفر،`: a place of one or two words we do not know,
    // closed by the comma, is the role's seat.
    // `محامية عدد من العائلات، كلير لوفيفر،`: so may "of a number of" and whom.
    // `مفوضة حقوق الإنسان في أذربيجان (أمبودسمان)، سمينة قربانوفا،`: and a bracketed aside.
    let bracket_end =
        |k: usize| (v.s.word(k) == "(").then(|| (k + 1..v.len().min(k + 5)).find(|&j| v.s.word(j) == ")")).flatten();
    let mut open = if open == pb && v.s.word(pb) == "في" {
        (pb + 2..=pb + 3)
            .find(|&k| matches!(v.s.word(k), "," | "(") && (pb + 1..k).all(|j| !v.s.is_punct(j)))
            .unwrap_or(open)
    } else if open == pb && v.s.word(pb) == "عدد" && v.s.word(pb + 1) == "من" {
        (pb + 3..=pb + 4).find(|&k| v.s.word(k) == "," && (pb + 2..k).all(|j| !v.s.is_punct(j))).unwrap_or(open)
    } else {
        open
    };
    // `الباحثة في منظمة "هيومن رايتس ووتش"، ليتا تايلر،`: the role's words may end before the
    // body's known name, quoted or not; the apposed name comes after it.
    while open < v.len()
        && (v.is_quote(open)
            || v.mentions.iter().any(|m| m.start == open && m.m.entity.kind == EntityKind::Organization))
    {
        // A quoted name (`فريق "منسقو استجابة سوريا"`) is skipped whole.
        let close = v.is_quote(open).then(|| (open + 1..v.len().min(open + 12)).find(|&k| v.is_quote(k))).flatten();
        open = match close {
            Some(c) => c + 1,
            None => v.mentions.iter().find(|m| m.start == open).map_or(open + 1, |m| m.end),
        };
    }
    if let Some(close) = bracket_end(open) {
        open = close + 1;
    }
    if !(v.s.is_punct(open) && v.s.word(open) == ",") {
        return None;
    }
    // Rule `apposed_name_at_end`: `…»، يقول الرئيس المشترك للمكتب، فلان الفلاني.` — the name
    // may close the sentence instead of a second comma.
    let close = (open + 2..v.len().min(open + 7))
        .find(|&k| v.s.is_punct(k))
        .or_else(|| (v.len() > open + 1 && v.len() <= open + 6).then_some(v.len()))?;
    let plain = (open + 1..close).all(|k| {
        // `عن مسؤول أمريكي، لم تسمه،`: an aside of anonymity names nobody.
        !not_name_words().iter().any(|n| n == v.s.word(k))
            && View::at(&v.stops, k).is_none()
            && View::at(&v.speech, k).is_none()
            && View::at(&v.predicates, k).is_none()
            && !v.numbers.iter().any(|n| n.start <= k && k < n.end)
            && !v.is_date(k)
    });
    (plain && (close == v.len() || matches!(v.s.word(close), "," | "."))).then_some((open + 1, close))
}

/// Rule `unnamed_affiliation`: `مسؤول في وزارة الخارجية الأوزبكية`, `مصدر في الشرطة` — an
/// unnamed source is named by the body it works in: `في` and a definite or institution phrase
/// of at most five words after it belong to the source. Returns the token after the
/// affiliation, or `at` when there is none.
pub(super) fn unnamed_affiliation(v: &View<'_>, at: usize) -> usize {
    if v.s.word(at) != "في" {
        return at;
    }
    let body = |k: usize| {
        v.s.word(k).starts_with("ال") || v.mentions.iter().any(|m| m.start <= k && k < m.end) || institution_noun(v, k)
    };
    if !body(at + 1) {
        return at;
    }
    // `في جهاز الردع لمكافحة الجريمة المنظمة والإرهاب`: a body's name goes on through a verbal
    // noun with `ل` before a definite word, and through `و` + a definite word.
    let name_goes_on = |k: usize| {
        let w = v.s.word(k);
        w.starts_with("وال")
            || (w.starts_with('ل')
                && !w.starts_with("لل")
                && w.chars().count() >= 5
                && v.s.word(k + 1).starts_with("ال"))
    };
    let mut j = at + 1;
    while j < v.len()
        && j - at <= 8
        && (body(j) || institution_noun(v, j - 1) || name_goes_on(j))
        && !v.s.is_punct(j)
        && View::at(&v.speech, j).is_none()
        && (View::at(&v.predicates, j).is_none() || institution_noun(v, j - 1))
        && !v.is_date(j)
        && !matches!(v.s.word(j), "ان" | "انه" | "بان" | "الي" | "الذي" | "التي")
    {
        j += 1;
    }
    j
}

/// An adjective of a document before its issuer (`أرقام سابقة لهيئة …`, `إحصائية حديثة لـ`).
fn document_adjective(w: &str) -> bool {
    matches!(w, "سابقه" | "حديثه" | "جديده" | "اخيره" | "اوليه" | "سابق" | "حديث" | "جديد")
}

/// `للمديرية العامة` → `المديرية العامة`, `لوزارة` → `وزارة`: the dative `ل` glued to a
/// cited name is not part of it.
fn strip_lam(name: &str) -> String {
    if let Some(rest) = name.strip_prefix("لل") {
        // `للجنة التحقيق` is `ل` + `لجنة`, `للمديرية` is `ل` + `المديرية`: the institution noun
        // that starts with `ل` keeps it.
        let first = rest.split_whitespace().next().unwrap_or("");
        let folded = crate::normalize::normalize(&format!("ل{first}"));
        if institutions().contains(&folded) {
            return name.chars().skip(1).collect();
        }
        return format!("ال{rest}");
    }
    match name.strip_prefix('ل') {
        Some(rest) if rest.chars().count() >= 3 && !rest.starts_with('ا') => rest.trim_start_matches('ـ').to_owned(),
        _ => name.to_owned(),
    }
}

/// SVO subject: `ولكن السلطات الأوروبية أكدت`, `أن تقارير أممية قدرت`, or a person named
/// just before the verb (`عبد الحق الخيام قد صرح`).
pub(super) fn subject_before(ctx: &DocCtx<'_>, v: &View<'_>, verb: usize, carry: &Carry) -> Option<Source> {
    let text = &ctx.doc.text;
    if let Some(m) = v.mentions.iter().rev().find(|m| {
        m.m.entity.kind == EntityKind::Person
            && name_shaped(ctx, m)
            && m.end <= verb
            && verb - m.end <= 1
            && (m.end..verb).all(|k| v.s.word(k) == "قد")
    }) {
        return Some(Source { r: m.m.to_ref(text), span: m.m.span, outlet: false });
    }
    let lo = v.clause_start(verb);
    let in_clause_word = |k: usize| v.clause_words.iter().any(|c| c.start <= k && k < c.end);
    let plain = |k: usize| {
        // A quoted name (`منظمة "ريبريف" الحقوقية`) is walked over with its marks.
        (!v.s.is_punct(k) || v.is_quote(k))
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
    // Rule `subject_before_a_relative_aside`: `لكن منظمة "ريبريف" الحقوقية، التي تتابع الملف،
    // تقول إن` — a relative clause set off by commas stands between the subject and its verb.
    let verb = if verb > 0 && v.s.word(verb - 1) == "," {
        (verb.saturating_sub(12)..verb - 1)
            .rev()
            .find(|&k| v.s.word(k) == "," && matches!(v.s.word(k + 1), "التي" | "الذي" | "الذين"))
            .unwrap_or(verb)
    } else {
        verb
    };
    let lo = v.clause_start(verb).min(lo);
    let kana = |k: usize| matches!(v.s.word(k), "كان" | "وكان" | "كانت" | "وكانت" | "فكان" | "فكانت");
    // Walk back over at most four plain words (`ومنها تقارير أشارت` → `تقارير`); between `كان`
    // and `قد` up to eight (`وكان تقرير لمركز الأهرام للدراسات السياسية والاستراتيجية قد قدر`).
    let mut start = verb;
    while start > lo && verb - start < 8 && plain(start - 1) && !kana(start - 1) {
        start -= 1;
    }
    // `وكان تقرير لمركز …`: a document noun may open the subject after `كان`.
    if start > lo + 1 && kana(start - 2) && View::at(&v.source_nouns, start - 1).is_some() {
        start -= 1;
    }
    if verb - start > 4 && !(start > lo && kana(start - 1)) {
        start = verb - 4;
    }
    // Rule `prepositional_object_is_no_subject`: `اتصل من رقم عراقي وقال` — words after a
    // preposition are its object, not the subject of the verb after them.
    if start > lo && matches!(v.s.word(start - 1), "من" | "في" | "علي" | "الي" | "عن" | "مع" | "عبر") {
        return None;
    }
    if start < verb {
        // `والشرطة أعلنت`: the conjunction opening the sentence is not part of the name.
        let strip_wa = |t: &str| match t.strip_prefix('و') {
            Some(rest) if rest.starts_with("ال") && rest.chars().count() >= 4 => rest.to_owned(),
            _ => t.to_owned(),
        };
        return source_at(ctx, v, start, carry).filter(|(_, e)| *e <= verb).map(|(mut s, _)| {
            if s.r.id.is_none() {
                s.r.name = strip_wa(&s.r.name);
                s.r.text = strip_wa(&s.r.text);
            }
            s
        });
    }
    None
}

/// Rule `sabaqa_li_speaker`: `وسبق لمدير المكتب، الشرقاوي حبوب، أن صرح` — "it happened before
/// for X that he stated": X, after `سبق ل`, is the subject of the verb behind `أن`.
pub(super) fn preceded_subject(ctx: &DocCtx<'_>, v: &View<'_>, verb: usize, carry: &Carry) -> Option<Source> {
    if verb == 0 || v.s.word(verb - 1) != "ان" {
        return None;
    }
    let lo = verb.saturating_sub(14);
    let k = (lo..verb - 1).rev().find(|&k| matches!(v.s.word(k), "سبق" | "وسبق" | "فسبق"))?;
    let (src, end) = source_at(ctx, v, k + 1, carry)?;
    (end < verb).then_some(src)
}

fn institutions() -> &'static [String] {
    static I: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    I.get_or_init(|| super::word_list(include_str!("../../../data/claims/institution_nouns.tsv")))
}

/// Token `k` is an institution's head noun (`وزارة`, `لوزارة`, `والمديرية`), clitics aside.
pub(super) fn institution_noun(v: &View<'_>, k: usize) -> bool {
    // `وزارة` itself begins with `و`: the word is tried as written and without each clitic.
    let w = v.s.word(k);
    let forms = [w, without_wa(w)];
    forms.iter().any(|w| {
        ["", "لل", "بال", "ال", "ل", "ب"]
            .iter()
            .filter_map(|p| w.strip_prefix(p).filter(|r| r.chars().count() >= 3))
            .any(|bare| institutions().iter().any(|i| i == bare))
    })
}

/// Rule `generic_outlet_name`: words that name no outlet on their own (`الأنباء`, `الأخبار`).
fn generic_outlet_word(w: &str) -> bool {
    matches!(w, "الانباء" | "انباء" | "الاخبار" | "اخبار" | "الاعلام")
}

/// Rule `outlet_acronym`: the token after a bracketed acronym at `at` (`(كونا)`, `(صونا)`),
/// or `at` when there is none.
pub(super) fn skip_acronym(v: &View<'_>, at: usize) -> usize {
    if v.s.word(at) != "(" {
        return at;
    }
    match (at + 2..v.len().min(at + 5)).find(|&k| v.s.word(k) == ")") {
        Some(close) if (at + 1..close).all(|k| !v.s.is_punct(k)) => close + 1,
        _ => at,
    }
}

/// Rule `kana_qad_apposed_subject`: `وكان مدير المكتب المركزي، حبوب الشرقاوي، قد صرح` — a
/// subject long enough to hold commas stands between `كان` and `قد`: it is read from `كان`.
pub(super) fn kana_subject(ctx: &DocCtx<'_>, v: &View<'_>, verb: usize, carry: &Carry) -> Option<Source> {
    if verb < 2 || v.s.word(verb - 1) != "قد" || v.s.word(verb - 2) != "," {
        return None;
    }
    let lo = verb.saturating_sub(18);
    let k = (lo..verb - 2)
        .rev()
        .take_while(|&k| View::at(&v.speech, k).is_none() && v.s.word(k) != ".")
        .find(|&k| matches!(v.s.word(k), "كان" | "وكان" | "كانت" | "وكانت" | "فكان" | "فكانت"))?;
    let (src, end) = source_at(ctx, v, k + 1, carry)?;
    (end < verb).then_some(src)
}

/// Rule `amma_fa_speaker`: `أما وزير الداخلية بسام مولوي، فقال …` — "as for X, he said": the
/// topic after `أما` is the subject of the verb that `ف` introduces.
pub(super) fn topic_subject(ctx: &DocCtx<'_>, v: &View<'_>, verb: usize, carry: &Carry) -> Option<Source> {
    if !v.s.word(verb).starts_with('ف') {
        return None;
    }
    let lo = verb.saturating_sub(12);
    let k = (lo..verb).rev().find(|&k| matches!(v.s.word(k), "اما" | "واما"))?;
    // `أما السجون، فتقول القيادة المركزية إن`: a body named right after the verb is its subject;
    // the fronted words are only the topic.
    let next = verb + 1;
    let named_after = v.mentions.iter().any(|m| {
        m.start == next && matches!(m.m.entity.kind, EntityKind::Organization | EntityKind::Person | EntityKind::Outlet)
    }) || View::at(&v.roles, next).is_some()
        || View::at(&v.unnamed, next).is_some()
        || institution_noun(v, next)
        // `أما الدنمارك، فتقدر أجهزتها الأمنية`: the topic's own body, told with its pronoun.
        || (v.s.word(next).ends_with("تها") && v.s.word(next).chars().count() >= 6);
    if named_after {
        return None;
    }
    let (src, end) = source_at(ctx, v, k + 1, carry)?;
    (end <= verb).then_some(src)
}

fn not_name_words() -> &'static [String] {
    static W: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    W.get_or_init(|| super::word_list(include_str!("../../../data/claims/not_name_words.tsv")))
}

/// Rule `junk_person_is_no_speaker`: a person mention is a speaker only when it is shaped
/// like a name — none of its words is one a name never holds (`عدم`, `اسمها`, `طلبت`).
fn name_shaped(ctx: &DocCtx<'_>, m: &crate::claims::view::MentionTok<'_>) -> bool {
    if m.m.entity.kind != EntityKind::Person {
        return true;
    }
    let folded = crate::normalize::normalize(m.m.span.slice(&ctx.doc.text));
    !folded.split_whitespace().any(|w| not_name_words().iter().any(|n| n == w))
}
