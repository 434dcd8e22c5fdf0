//! Domain model ⇄ protobuf. The only place that knows both shapes: [`self`] converts the
//! core model, [`store`] the store's requests and answers.

mod store;
pub use store::*;

use crate::proto as pb;
use rasad_core::model as m;

fn u32_of(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// A span.
#[must_use]
pub fn span(s: m::Span) -> Option<pb::Span> {
    Some(pb::Span { start: u32_of(s.start), end: u32_of(s.end) })
}

/// A text with its span.
#[must_use]
pub fn text_span(t: &m::TextSpan) -> pb::TextSpan {
    pb::TextSpan { text: t.text.clone(), span: span(t.span) }
}

/// A qualifier.
#[must_use]
pub fn qualifier(q: m::Qualifier) -> pb::Qualifier {
    use m::Qualifier as Q;
    match q {
        Q::Exact => pb::Qualifier::Exact,
        Q::About => pb::Qualifier::About,
        Q::MoreThan => pb::Qualifier::MoreThan,
        Q::AtLeast => pb::Qualifier::AtLeast,
        Q::LessThan => pb::Qualifier::LessThan,
        Q::AtMost => pb::Qualifier::AtMost,
        Q::Range => pb::Qualifier::Range,
        Q::Vague => pb::Qualifier::Vague,
    }
}

fn number_kind(k: m::NumberKind) -> pb::NumberKind {
    use m::NumberKind as K;
    match k {
        K::Cardinal => pb::NumberKind::Cardinal,
        K::Ordinal => pb::NumberKind::Ordinal,
        K::Percent => pb::NumberKind::Percent,
        K::Money => pb::NumberKind::Money,
        K::Year => pb::NumberKind::Year,
        K::Age => pb::NumberKind::Age,
        K::Phone => pb::NumberKind::Phone,
        K::Duration => pb::NumberKind::Duration,
        K::Fraction => pb::NumberKind::Fraction,
    }
}

/// A number mention.
#[must_use]
pub fn number(n: &m::NumberMention) -> pb::NumberMention {
    pb::NumberMention {
        text: n.text.clone(),
        span: span(n.span),
        value: n.value,
        upper: n.upper,
        qualifier: qualifier(n.qualifier).into(),
        kind: number_kind(n.kind).into(),
        unit: n.unit.clone().unwrap_or_default(),
    }
}

fn grain(g: m::Grain) -> pb::Grain {
    match g {
        m::Grain::Year => pb::Grain::Year,
        m::Grain::Month => pb::Grain::Month,
        m::Grain::Day => pb::Grain::Day,
        m::Grain::Minute => pb::Grain::Minute,
    }
}

/// A date mention.
#[must_use]
pub fn date(d: &m::DateMention) -> pb::DateMention {
    pb::DateMention {
        text: d.text.clone(),
        span: span(d.span),
        value: d.value.clone(),
        end: d.end.clone().unwrap_or_default(),
        grain: grain(d.grain).into(),
        calendar: match d.calendar {
            m::Calendar::Gregorian => pb::CalendarSystem::Gregorian,
            m::Calendar::Hijri => pb::CalendarSystem::Hijri,
        }
        .into(),
        kind: match d.kind {
            m::DateKind::Point => pb::DateKind::Point,
            m::DateKind::Since => pb::DateKind::Since,
            m::DateKind::Range => pb::DateKind::Range,
        }
        .into(),
        relative: d.relative,
    }
}

/// An entity kind.
#[must_use]
pub fn entity_kind(k: m::EntityKind) -> pb::EntityKind {
    use m::EntityKind as K;
    match k {
        K::Country => pb::EntityKind::Country,
        K::Region => pb::EntityKind::Region,
        K::City => pb::EntityKind::City,
        K::Facility => pb::EntityKind::Facility,
        K::Organization => pb::EntityKind::Organization,
        K::Outlet => pb::EntityKind::Outlet,
        K::Person => pb::EntityKind::Person,
    }
}

/// The domain kind of a protobuf kind (`None` for unspecified).
#[must_use]
pub fn entity_kind_from(k: pb::EntityKind) -> Option<m::EntityKind> {
    use m::EntityKind as K;
    Some(match k {
        pb::EntityKind::Unspecified => return None,
        pb::EntityKind::Country => K::Country,
        pb::EntityKind::Region => K::Region,
        pb::EntityKind::City => K::City,
        pb::EntityKind::Facility => K::Facility,
        pb::EntityKind::Organization => K::Organization,
        pb::EntityKind::Outlet => K::Outlet,
        pb::EntityKind::Person => K::Person,
    })
}

/// An entity of a document.
#[must_use]
pub fn entity(e: &m::Entity) -> pb::Entity {
    pb::Entity {
        id: e.id.clone(),
        kind: entity_kind(e.kind).into(),
        name_ar: e.name_ar.clone(),
        name_en: e.name_en.clone(),
        aliases: e.aliases.clone(),
        mentions: e
            .mentions
            .iter()
            .map(|mn| pb::Mention {
                text: mn.text.clone(),
                span: span(mn.span),
                form: match mn.form {
                    m::MentionForm::Name => pb::MentionForm::Name,
                    m::MentionForm::Demonym => pb::MentionForm::Demonym,
                }
                .into(),
            })
            .collect(),
        role: e.role.clone().unwrap_or_default(),
    }
}

/// An entity reference.
#[must_use]
pub fn entity_ref(r: &m::EntityRef) -> pb::EntityRef {
    pb::EntityRef {
        aliases: r.aliases.clone(),
        id: r.id.clone().unwrap_or_default(),
        kind: r.kind.map_or(pb::EntityKind::Unspecified, entity_kind).into(),
        name: r.name.clone(),
        text: r.text.clone(),
    }
}

fn opt_ref(r: Option<&m::EntityRef>) -> Option<pb::EntityRef> {
    r.map(entity_ref)
}

/// A subject class.
#[must_use]
pub fn subject_class(c: m::SubjectClass) -> pb::SubjectClass {
    use m::SubjectClass as S;
    match c {
        S::Fighter => pb::SubjectClass::Fighter,
        S::Militant => pb::SubjectClass::Militant,
        S::Member => pb::SubjectClass::Member,
        S::Person => pb::SubjectClass::Person,
        S::Returnee => pb::SubjectClass::Returnee,
        S::Detainee => pb::SubjectClass::Detainee,
        S::Prisoner => pb::SubjectClass::Prisoner,
        S::Woman => pb::SubjectClass::Woman,
        S::Child => pb::SubjectClass::Child,
        S::Family => pb::SubjectClass::Family,
        S::Refugee => pb::SubjectClass::Refugee,
        S::Civilian => pb::SubjectClass::Civilian,
        S::Casualty => pb::SubjectClass::Casualty,
        S::SecurityPersonnel => pb::SubjectClass::SecurityPersonnel,
    }
}

/// The domain subject class of a protobuf one (`None` for unspecified).
#[must_use]
pub fn subject_class_from(c: pb::SubjectClass) -> Option<m::SubjectClass> {
    use m::SubjectClass as S;
    [
        S::Fighter,
        S::Militant,
        S::Member,
        S::Person,
        S::Returnee,
        S::Detainee,
        S::Prisoner,
        S::Woman,
        S::Child,
        S::Family,
        S::Refugee,
        S::Civilian,
        S::Casualty,
        S::SecurityPersonnel,
    ]
    .into_iter()
    .find(|&s| subject_class(s) == c)
}

/// A predicate.
#[must_use]
pub fn predicate(p: m::Predicate) -> pb::Predicate {
    use m::Predicate as P;
    match p {
        P::Joined => pb::Predicate::Joined,
        P::Traveled => pb::Predicate::Traveled,
        P::Returned => pb::Predicate::Returned,
        P::Fighting => pb::Predicate::Fighting,
        P::Present => pb::Predicate::Present,
        P::Fled => pb::Predicate::Fled,
        P::Arrested => pb::Predicate::Arrested,
        P::Detained => pb::Predicate::Detained,
        P::Killed => pb::Predicate::Killed,
        P::Wounded => pb::Predicate::Wounded,
        P::Prevented => pb::Predicate::Prevented,
        P::Prosecuted => pb::Predicate::Prosecuted,
        P::Missing => pb::Predicate::Missing,
        P::RequestedHelp => pb::Predicate::RequestedHelp,
        P::Released => pb::Predicate::Released,
        P::Kidnapped => pb::Predicate::Kidnapped,
        P::Surrendered => pb::Predicate::Surrendered,
        P::Neutralized => pb::Predicate::Neutralized,
    }
}

/// The domain predicate of a protobuf one (`None` for unspecified).
#[must_use]
pub fn predicate_from(p: pb::Predicate) -> Option<m::Predicate> {
    use m::Predicate as P;
    [
        P::Joined,
        P::Traveled,
        P::Returned,
        P::Fighting,
        P::Present,
        P::Fled,
        P::Arrested,
        P::Detained,
        P::Killed,
        P::Wounded,
        P::Prevented,
        P::Prosecuted,
        P::Missing,
        P::RequestedHelp,
        P::Released,
        P::Kidnapped,
        P::Surrendered,
        P::Neutralized,
    ]
    .into_iter()
    .find(|&q| predicate(q) == p)
}

/// A claim; `id`, `document_id`, `published` and `cluster_id` are filled by the caller
/// for stored claims.
#[must_use]
pub fn claim(c: &m::Claim) -> pb::Claim {
    pb::Claim {
        id: String::new(),
        document_id: String::new(),
        quantity: Some(pb::Quantity {
            value: c.quantity.value,
            upper: c.quantity.upper,
            qualifier: qualifier(c.quantity.qualifier).into(),
            text: c.quantity.text.clone(),
            span: span(c.quantity.span),
        }),
        subject: Some(pb::Subject {
            subject_class: subject_class(c.subject.class).into(),
            text: c.subject.text.clone(),
        }),
        predicate: predicate(c.predicate).into(),
        origin: opt_ref(c.origin.as_ref()),
        organization: opt_ref(c.organization.as_ref()),
        locations: c.locations.iter().map(entity_ref).collect(),
        attribution: Some(pb::Attribution {
            speaker: opt_ref(c.attribution.speaker.as_ref()),
            speech_verb: c.attribution.speech_verb.clone().unwrap_or_default(),
            cited_source: opt_ref(c.attribution.cited_source.as_ref()),
            reporting_outlet: opt_ref(c.attribution.reporting_outlet.as_ref()),
        }),
        time: c
            .time
            .as_ref()
            .map(|t| pb::ClaimTime { date: Some(date(&t.date)), as_of_publication: t.as_of_publication }),
        evidence: Some(text_span(&c.evidence)),
        published: String::new(),
        cluster_id: String::new(),
    }
}

/// A whole document. `id` and `cluster_id` are filled by the caller for stored documents.
#[must_use]
pub fn document(d: &m::Document) -> pb::Document {
    pb::Document {
        id: String::new(),
        text: d.text.clone(),
        format: match d.format {
            m::InputFormat::PlainText => pb::InputFormat::PlainText,
            m::InputFormat::Html => pb::InputFormat::Html,
        }
        .into(),
        encoding: d.encoding.clone(),
        title: d.title.as_ref().map(text_span),
        published: d.published.as_ref().map(date),
        byline: d.byline.as_ref().map(text_span),
        dateline: d.dateline.as_ref().map(text_span),
        outlet: opt_ref(d.outlet.as_ref()),
        url: d.url.clone().unwrap_or_default(),
        paragraphs: d.paragraphs.iter().map(text_span).collect(),
        body: d.body.clone(),
        entities: d.entities.iter().map(entity).collect(),
        dates: d.dates.iter().map(date).collect(),
        numbers: d.numbers.iter().map(number).collect(),
        claims: d.claims.iter().map(claim).collect(),
        roles: d
            .roles
            .iter()
            .map(|r| pb::RoleFact {
                person: Some(entity_ref(&r.person)),
                role: r.role.clone(),
                evidence: Some(text_span(&r.evidence)),
            })
            .collect(),
        statements: d
            .statements
            .iter()
            .map(|s| pb::Statement {
                speaker: Some(entity_ref(&s.speaker)),
                verb: s.verb.clone(),
                content: Some(text_span(&s.content)),
                evidence: Some(text_span(&s.evidence)),
            })
            .collect(),
        warnings: d.warnings.clone(),
        content_hash: d.content_hash.clone(),
        cluster_id: String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entity_ref_carries_its_aliases() {
        let r =
            m::EntityRef {
                aliases: vec!["أوكام".into()], name: "مركز تحليل التهديدات".into(), ..Default::default()
            };
        assert_eq!(entity_ref(&r).aliases, vec!["أوكام".to_owned()]);
    }

    #[test]
    fn every_predicate_round_trips() {
        for p in 1..=18 {
            let pb_p = pb::Predicate::try_from(p).unwrap();
            assert_eq!(predicate(predicate_from(pb_p).unwrap()), pb_p);
        }
        assert_eq!(predicate_from(pb::Predicate::Unspecified), None);
    }

    #[test]
    fn every_subject_class_round_trips() {
        for c in 1..=14 {
            let pb_c = pb::SubjectClass::try_from(c).unwrap();
            assert_eq!(subject_class(subject_class_from(pb_c).unwrap()), pb_c);
        }
    }
}
