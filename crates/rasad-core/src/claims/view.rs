//! A sentence with everything the binder looks at, as token ranges: lexicon hits, the
//! numbers, dates and entity mentions the pipeline found, and clause boundaries.

use super::lexicon::{Lexicon, Lexicons};
use super::sentence::{Combined, Hit, Sent, without_wa};
use crate::model::{DateMention, Document, Entity, EntityKind, EntityRef, MentionForm, NumberMention, Span};

/// One entity mention of the document, flattened.
#[derive(Clone, Copy, Debug)]
pub(crate) struct MentionAt<'d> {
    pub(crate) span: Span,
    pub(crate) entity: &'d Entity,
    pub(crate) form: MentionForm,
}

impl MentionAt<'_> {
    /// A country or region: what an origin or a location can be.
    pub(crate) fn is_place(&self) -> bool {
        matches!(self.entity.kind, EntityKind::Country | EntityKind::Region)
    }

    /// The reference a fact carries, with the words as written in this document.
    pub(crate) fn to_ref(self, text: &str) -> EntityRef {
        EntityRef {
            aliases: Vec::new(),
            id: Some(self.entity.id.clone()),
            kind: Some(self.entity.kind),
            name: self.entity.name_ar.clone(),
            text: self.span.slice(text).to_owned(),
        }
    }
}

/// What the whole document offers every sentence.
#[derive(Debug)]
pub(crate) struct DocCtx<'d> {
    pub(crate) doc: &'d Document,
    pub(crate) lex: &'static Lexicons,
    /// Every entity mention, by start.
    pub(crate) mentions: Vec<MentionAt<'d>>,
    /// The organization named most often: what `التنظيم` refers back to.
    pub(crate) main_org: Option<&'d Entity>,
    /// The document's numbers, by start: each sentence takes its own with a binary search
    /// (scanning them all for every sentence was quadratic on a long text full of counts).
    pub(crate) numbers: Vec<&'d NumberMention>,
    /// The document's dates, by start, for the same reason.
    pub(crate) dates: Vec<&'d DateMention>,
    /// Dual nouns counting two people (`موظفان`), numbers the recognizer does not see.
    pub(crate) duals: &'d [super::duals::Dual],
}

impl<'d> DocCtx<'d> {
    pub(crate) fn new(
        doc: &'d Document,
        extra: &'d [Entity],
        duals: &'d [super::duals::Dual],
        lex: &'static Lexicons,
    ) -> Self {
        let mut mentions: Vec<MentionAt<'d>> = doc
            .entities
            .iter()
            .chain(extra)
            .flat_map(|e| e.mentions.iter().map(move |m| MentionAt { span: m.span, entity: e, form: m.form }))
            .collect();
        mentions.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
        let main_org = doc
            .entities
            .iter()
            .filter(|e| e.kind == EntityKind::Organization && anaphor_groups().contains(&e.id.as_str()))
            .max_by_key(|e| (e.mentions.len(), std::cmp::Reverse(e.mentions.first().map(|m| m.span.start))));
        // Stable sorts: mentions that start together keep the pipeline's order.
        let mut numbers: Vec<&NumberMention> = doc.numbers.iter().collect();
        numbers.sort_by_key(|n| n.span.start);
        let mut dates: Vec<&DateMention> = doc.dates.iter().collect();
        dates.sort_by_key(|d| d.span.start);
        Self { doc, lex, mentions, main_org, numbers, dates, duals }
    }
}

/// A mention inside a sentence: tokens `[start, end)`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct MentionTok<'d> {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) m: MentionAt<'d>,
}

/// A number inside a sentence.
#[derive(Clone, Copy, Debug)]
pub(crate) struct NumberTok<'d> {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) n: &'d NumberMention,
    /// For a dual noun (`امرأتين`): the class of the two people it counts.
    pub(crate) dual: Option<crate::model::SubjectClass>,
}

/// A date inside a sentence.
#[derive(Clone, Copy, Debug)]
pub(crate) struct DateTok<'d> {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) d: &'d DateMention,
}

/// The sentence and its hits.
#[derive(Debug)]
pub(crate) struct View<'d> {
    pub(crate) s: Sent,
    pub(crate) mentions: Vec<MentionTok<'d>>,
    pub(crate) numbers: Vec<NumberTok<'d>>,
    pub(crate) dates: Vec<DateTok<'d>>,
    pub(crate) subjects: Vec<Hit>,
    pub(crate) predicates: Vec<Hit>,
    pub(crate) speech: Vec<Hit>,
    pub(crate) citations: Vec<Hit>,
    pub(crate) source_nouns: Vec<Hit>,
    pub(crate) unnamed: Vec<Hit>,
    pub(crate) stops: Vec<Hit>,
    pub(crate) hypothetical: Vec<Hit>,
    pub(crate) totals: Vec<Hit>,
    pub(crate) counting: Vec<Hit>,
    pub(crate) origin_markers: Vec<Hit>,
    pub(crate) roles: Vec<Hit>,
    pub(crate) non_person: Vec<Hit>,
    /// Clause-opening words (`ولكن`, `حيث`).
    pub(crate) clause_words: Vec<Hit>,
    /// `boundary[i]`: a clause starts at token `i` (after `,` `;` `:` brackets, or a clause word).
    pub(crate) boundary: Vec<bool>,
}

/// The lexicons every sentence is searched with, as one automaton, and those only sentences
/// with a number are (most sentences hold none), as another.
struct Automata {
    always: Combined<8>,
    gated: Combined<6>,
}

/// Built from the process-wide [`super::lexicon::get`], the only `Lexicons` there is.
fn automata() -> &'static Automata {
    static A: std::sync::OnceLock<Automata> = std::sync::OnceLock::new();
    A.get_or_init(|| {
        let lex = super::lexicon::get();
        fn m<T>(l: &Lexicon<T>) -> (&[String], &'static [&'static str]) {
            (&l.keys, l.suffixes)
        }
        Automata {
            always: Combined::new([
                m(&lex.predicates),
                m(&lex.speech),
                m(&lex.citations),
                m(&lex.source_nouns),
                m(&lex.unnamed),
                m(&lex.stops),
                m(&lex.roles),
                m(&lex.clause_breaks),
            ]),
            gated: Combined::new([
                m(&lex.subjects),
                m(&lex.hypothetical),
                m(&lex.totals),
                m(&lex.counting),
                m(&lex.origin_markers),
                m(&lex.non_person),
            ]),
        }
    })
}

/// Rule `names_are_not_events`: a predicate word that is all or part of a recognized person,
/// city, organization or facility name (`عدن` Aden is also "they returned"; a surname `مآت`
/// folds to `مات` "died"; the `هجرة` of `المنظمة الدولية للهجرة`) says nothing about the people
/// counted near it.
fn names_are_not_events(predicates: &mut Vec<Hit>, mentions: &[MentionTok<'_>]) {
    if mentions.is_empty() {
        return;
    }
    predicates.retain(|h| {
        !mentions.iter().any(|m| {
            matches!(
                m.m.entity.kind,
                EntityKind::Person | EntityKind::City | EntityKind::Organization | EntityKind::Facility
            ) && m.start <= h.start
                && h.end <= m.end
        })
    });
}

fn in_sentence(s: &Sent, span: Span) -> Option<(usize, usize)> {
    (s.span.start <= span.start && span.end <= s.span.end && !span.is_empty()).then(|| s.tok_range(span)).flatten()
}

impl<'d> View<'d> {
    /// The view of sentence `s` (tokenized by [`Sent::within`] its paragraph).
    pub(crate) fn new(ctx: &DocCtx<'d>, s: Sent) -> Self {
        let span = s.span;
        let first = ctx.mentions.partition_point(|m| m.span.start < span.start);
        let mentions: Vec<MentionTok<'d>> = ctx.mentions[first..]
            .iter()
            .take_while(|m| m.span.start < span.end)
            .filter_map(|m| in_sentence(&s, m.span).map(|(a, b)| MentionTok { start: a, end: b, m: *m }))
            .collect();
        let first = ctx.numbers.partition_point(|n| n.span.start < span.start);
        let mut numbers: Vec<NumberTok<'d>> = ctx.numbers[first..]
            .iter()
            .take_while(|n| n.span.start < span.end)
            .filter_map(|&n| in_sentence(&s, n.span).map(|(a, b)| NumberTok { start: a, end: b, n, dual: None }))
            .collect();
        let first_dual = ctx.duals.partition_point(|d| d.mention.span.start < span.start);
        let duals = ctx.duals[first_dual..].iter().take_while(|d| d.mention.span.start < span.end);
        let before = numbers.len();
        numbers.extend(duals.filter_map(|d| {
            in_sentence(&s, d.mention.span).map(|(a, b)| NumberTok {
                start: a,
                end: b,
                n: &d.mention,
                dual: Some(d.class),
            })
        }));
        if numbers.len() > before {
            numbers.sort_by_key(|n| n.start);
        }
        // Rule `bracketed_number`: `استشهاد (15) مصليا` — Gulf papers bracket figures; the
        // brackets are part of the number's place, so its noun is the word after them.
        for n in &mut numbers {
            if n.start > 0 && s.word(n.start - 1) == "(" && s.word(n.end) == ")" {
                n.start -= 1;
                n.end += 1;
            }
        }
        let first = ctx.dates.partition_point(|d| d.span.start < span.start);
        let dates = ctx.dates[first..]
            .iter()
            .take_while(|d| d.span.start < span.end)
            .filter_map(|&d| in_sentence(&s, d.span).map(|(a, b)| DateTok { start: a, end: b, d }))
            .collect();
        let ac = automata();
        let [mut predicates, speech, citations, source_nouns, unnamed, stops, roles, clause_words] =
            s.find_longest_all(&ac.always);
        names_are_not_events(&mut predicates, &mentions);
        let mut boundary = vec![false; s.toks.len() + 1];
        for (i, b) in boundary.iter_mut().enumerate() {
            let w = s.word(i.wrapping_sub(1));
            *b = i > 0 && s.is_punct(i - 1) && matches!(w, "," | ";" | ":" | "(" | ")" | "-" | "–");
        }
        // The brackets of a bracketed number (`استشهاد (12) اثني عشر مصليا`) split no clause.
        for n in numbers.iter().filter(|n| s.word(n.start) == "(") {
            for k in [n.start + 1, n.end] {
                if let Some(b) = boundary.get_mut(k) {
                    *b = false;
                }
            }
        }
        // `سلمت السلطات، الخميس، 6 أطفال`: a short aside between two commas does not split the clause.
        let commas: Vec<usize> = (0..s.toks.len()).filter(|&i| s.is_punct(i) && s.word(i) == ",").collect();
        // `استعادت السلطات، خلال الأيام الماضية، 11 امرأة`: nor does a longer one of time.
        let time_aside = |k: usize| {
            matches!(
                without_wa(s.word(k)),
                "خلال"
                    | "منذ"
                    | "يوم"
                    | "صباح"
                    | "مساء"
                    | "امس"
                    | "اليوم"
                    | "فجر"
                    | "ليل"
                    | "مطلع"
                    | "نهايه"
                    | "بدايه"
                    | "الاسبوع"
                    | "الشهر"
            )
        };
        for w in commas.windows(2) {
            if w[1] - w[0] <= 3 || (w[1] - w[0] <= 6 && time_aside(w[0] + 1)) {
                boundary[w[0] + 1] = false;
                boundary[w[1] + 1] = false;
            }
        }
        for h in &clause_words {
            if let Some(b) = boundary.get_mut(h.start) {
                *b = true;
            }
        }
        // Most sentences hold no number: the claim-only lexicons are not run on them (the
        // attribution ones are, since speakers carry across sentences).
        let has_numbers = !numbers.is_empty();
        let [subjects, hypothetical, totals, counting, origin_markers, non_person] =
            if has_numbers { s.find_longest_all(&ac.gated) } else { Default::default() };
        Self {
            subjects,
            predicates,
            speech,
            citations,
            source_nouns,
            unnamed,
            stops,
            hypothetical,
            totals,
            counting,
            origin_markers,
            roles,
            non_person,
            boundary,
            clause_words,
            mentions,
            numbers,
            dates,
            s,
        }
    }

    /// Number of tokens.
    pub(crate) fn len(&self) -> usize {
        self.s.toks.len()
    }

    /// A token of `range` (clipped to the sentence) is one of `words`, its leading `و` aside.
    pub(crate) fn any_word(&self, range: std::ops::Range<usize>, words: &[&str]) -> bool {
        (range.start..range.end.min(self.len())).any(|k| words.contains(&super::sentence::without_wa(self.s.word(k))))
    }

    /// The hit of `hits` that starts at token `i`.
    pub(crate) fn at(hits: &[Hit], i: usize) -> Option<&Hit> {
        hits.iter().find(|h| h.start == i)
    }

    /// The value of the hit of `hits` (from `lex`) that starts at `i`.
    pub(crate) fn value_at<'l, T>(lex: &'l Lexicon<T>, hits: &[Hit], i: usize) -> Option<(&'l T, Hit)> {
        let h = Self::at(hits, i)?;
        Some((lex.value(h.id)?, h.clone()))
    }

    /// The first token of the clause holding token `i`.
    pub(crate) fn clause_start(&self, i: usize) -> usize {
        (0..=i.min(self.len())).rev().find(|&k| self.boundary.get(k).copied().unwrap_or(false)).unwrap_or(0)
    }

    /// One past the last token of the clause that goes on from token `i`.
    pub(crate) fn clause_end(&self, i: usize) -> usize {
        (i + 1..self.len()).find(|&k| self.boundary.get(k).copied().unwrap_or(false)).unwrap_or(self.len())
    }

    /// A place demonym that starts at token `i` (`قرغيزيا` may be both a country name and
    /// an accusative demonym: the demonym reading is the one a count needs).
    pub(crate) fn demonym_at(&self, i: usize) -> Option<&MentionTok<'d>> {
        self.mentions.iter().find(|m| m.start == i && m.m.form == MentionForm::Demonym && m.m.is_place())
    }

    /// True when a date mention covers token `i`.
    pub(crate) fn is_date(&self, i: usize) -> bool {
        self.dates.iter().any(|d| d.start <= i && i < d.end)
    }

    /// True when token `i` is the opening of a quote.
    pub(crate) fn is_quote(&self, i: usize) -> bool {
        self.s.is_punct(i) && matches!(self.s.word(i), "\"" | "'")
    }

    /// The text of tokens `[a, b)` as written.
    pub(crate) fn text(&self, doc: &'d Document, a: usize, b: usize) -> &'d str {
        self.s.span_of(a, b).slice(&doc.text)
    }
}

/// Gazetteer ids of the organizations whose members news counts (`organization_anaphor.tsv`): what
/// `التنظيم` may refer back to.
fn anaphor_groups() -> &'static [&'static str] {
    static G: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    G.get_or_init(|| {
        include_str!("../../data/claims/organization_anaphor.tsv")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn anaphor_groups_are_gazetteer_organizations() {
        for id in super::anaphor_groups() {
            let e = crate::entities::gazetteer().get(id).unwrap_or_else(|| panic!("{id} is not in the gazetteer"));
            assert_eq!(e.kind, crate::model::EntityKind::Organization, "{id}");
        }
    }
}
