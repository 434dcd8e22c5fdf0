//! Rule `interview_answers`: in a question-and-answer interview (`> كم يبلغ عدد قاطني المخيم
//! اليوم؟` then `- يضم المخيم حاليا نحو 43 ألف شخص`), the answers are the interviewee's words
//! though no sentence of them names her: she is the speaker of their counts.

use crate::model::{Document, EntityKind, EntityRef, Span};

/// An interview found in an article: who answers, and the answer paragraphs.
pub(crate) struct Interview {
    pub(crate) interviewee: EntityRef,
    answers: Vec<Span>,
}

impl Interview {
    /// True when `span` lies in an answer paragraph.
    pub(crate) fn answers(&self, span: Span) -> bool {
        self.answers.iter().any(|a| a.contains(span))
    }
}

/// Fewest question paragraphs that make an interview.
const MIN_QUESTIONS: usize = 2;
/// Longest question, in words: a long paragraph ending in `؟` is rhetoric, not a question.
const MAX_QUESTION_WORDS: usize = 40;

/// A paragraph put to the interviewee: marked as a question (`>`, `س:`) or a short one that
/// ends in a question mark or trails off (`هذا أقل بكثير مما كان عليه الحال قبل سنوات...`).
fn is_question(text: &str) -> bool {
    let t = text.trim();
    let words = t.split_whitespace().count();
    let marked = t.starts_with('>') || t.starts_with("س:") || t.starts_with("س /") || t.starts_with("س/");
    marked || (words <= MAX_QUESTION_WORDS && (t.ends_with('؟') || t.ends_with('?')))
}

/// The interview in `doc`, if it has at least two question paragraphs, answers after them and
/// a person named before the first question (not in the byline).
pub(crate) fn find(doc: &Document) -> Option<Interview> {
    let paragraphs: Vec<(Span, &str)> = doc.paragraphs.iter().map(|p| (p.span, p.span.slice(&doc.text))).collect();
    let questions: Vec<usize> = (0..paragraphs.len()).filter(|&i| is_question(paragraphs[i].1)).collect();
    if questions.len() < MIN_QUESTIONS {
        return None;
    }
    let first = questions[0];
    let answers: Vec<Span> =
        (first + 1..paragraphs.len()).filter(|i| !questions.contains(i)).map(|i| paragraphs[i].0).collect();
    if answers.is_empty() {
        return None;
    }
    let before = paragraphs[first].0.start;
    let byline = doc.byline.as_ref().map(|b| b.span);
    let interviewee = doc
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .filter_map(|e| {
            let m = e.mentions.iter().rfind(|m| m.span.end <= before && !byline.is_some_and(|b| b.contains(m.span)))?;
            Some((e, m))
        })
        // One introduced with a title, then the one named most often, then the one named last
        // before the questions.
        .max_by_key(|(e, m)| (e.role.is_some(), e.mentions.len(), m.span.start))?;
    let (e, m) = interviewee;
    Some(Interview {
        interviewee: EntityRef {
            aliases: Vec::new(),
            id: Some(e.id.clone()),
            kind: Some(e.kind),
            name: e.name_ar.clone(),
            text: m.text.clone(),
        },
        answers,
    })
}

#[cfg(test)]
mod tests {
    use super::is_question;

    #[test]
    fn questions_are_short_or_marked() {
        assert!(is_question("> كم يبلغ عدد قاطني المخيم اليوم؟"));
        assert!(is_question("س: وماذا عن الوضع الأمني؟"));
        assert!(is_question("وماذا عن الوضع الأمني؟"));
        assert!(!is_question("- يضم المخيم حاليا نحو 43 ألف شخص."));
    }
}
