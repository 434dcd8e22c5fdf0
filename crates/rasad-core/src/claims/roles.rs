//! Secondary outputs: role facts (person → stated role) and statements (speaker, verb,
//! what was said).

use super::attribution::Event;
use super::view::{DocCtx, View};
use crate::model::{EntityKind, RoleFact, Statement, TextSpan};

/// Rule `role_before_name` (`الرئيس الكازاخي نور سلطان نزار باييف`) and
/// `role_after_name` (`رافال روغوزينسكي الباحث الكندي في …`, `توماس لينتش، وهو باحث …`):
/// a role noun next to a person's name, up to punctuation, a speech verb or a quote.
pub(crate) fn roles(ctx: &DocCtx<'_>, v: &View<'_>, out: &mut Vec<RoleFact>) {
    let text = &ctx.doc.text;
    let evidence = TextSpan::of(text, v.s.span);
    for m in v.mentions.iter().filter(|m| m.m.entity.kind == EntityKind::Person) {
        let person = m.m.to_ref(text);
        let mut push = |a: usize, b: usize| {
            let role = v.text(ctx.doc, a, b).trim().to_owned();
            if !role.is_empty() && !out.iter().any(|r| r.person.id == person.id && r.role == role) {
                out.push(RoleFact { person: person.clone(), role, evidence: evidence.clone() });
            }
        };
        // Before: a role noun within six words, nothing but words between.
        if let Some(r) = v.roles.iter().filter(|r| r.start < m.start && m.start - r.start <= 6).find(|r| {
            (r.start..m.start).all(|k| !v.s.is_punct(k) && View::at(&v.speech, k).is_none())
                && !v
                    .mentions
                    .iter()
                    .any(|o| o.m.entity.kind == EntityKind::Person && o.start >= r.start && o.end <= m.start)
        }) {
            push(r.start, m.start);
            continue;
        }
        // After: `، وهو باحث …` or directly `الباحث …`.
        let mut k = m.end;
        if v.s.word(k) == "," {
            k += 1;
        }
        if matches!(v.s.word(k), "وهو" | "وهي" | "هو" | "هي") {
            k += 1;
        }
        if let Some(r) = View::at(&v.roles, k) {
            let end = (r.end..v.len().min(r.end + 12))
                .find(|&j| {
                    v.s.is_punct(j)
                        || View::at(&v.speech, j).is_some()
                        || matches!(v.s.word(j), "قوله" | "قولها" | "ان")
                })
                .unwrap_or_else(|| v.len().min(r.end + 12));
            push(r.start, end);
        }
    }
}

/// Most statements taken from one sentence: a real sentence reports a few speakers; one
/// reporting more is a list or hostile input, and the first ones are kept so that output
/// stays proportional to the input (as `MAX_CLAIMS_PER_SENTENCE` does for claims).
const MAX_STATEMENTS_PER_SENTENCE: usize = 16;

/// Rule `statement`: a speech event with a named speaker and what follows it to the end of
/// the sentence (after `إن`/`أن`).
pub(crate) fn statements(ctx: &DocCtx<'_>, v: &View<'_>, events: &[Event], out: &mut Vec<Statement>) {
    let text = &ctx.doc.text;
    let stated = events.iter().filter(|e| e.speaker.is_some() || e.cited.is_some()).count();
    let stated = stated.min(MAX_STATEMENTS_PER_SENTENCE);
    let first = out.len();
    for ev in events {
        if out.len() - first >= MAX_STATEMENTS_PER_SENTENCE {
            break;
        }
        let Some(speaker) = ev.speaker.as_ref().or(ev.cited.as_ref()) else { continue };
        let mut from = ev.content_from;
        while from < v.len()
            && (matches!(v.s.word(from), "ان" | "انه" | "انها" | "انهم" | "بان" | "الي" | ":" | ",")
                || v.is_quote(from))
        {
            from += 1;
        }
        if from >= v.len() {
            continue;
        }
        let content = super::evidence::content(&v.s, from, v.len(), stated);
        out.push(Statement {
            speaker: speaker.r.clone(),
            verb: ev.verb.clone(),
            content: TextSpan::of(text, content),
            // Rule `evidence_window`: the sentence, or the words around the speech verb when
            // the sentence reports more speech than a real one does.
            evidence: super::evidence::evidence(text, &v.s, ev.at.min(from), from + 1, stated),
        });
    }
}
