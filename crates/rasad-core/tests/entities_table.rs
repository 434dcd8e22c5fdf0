//! Data-driven entity tests: every row of `entities_cases.tsv` is one named case.
//!
//! Columns: name, check, input, expected. Checks:
//! - `has`: `expected` is an id recognized in `input`; `id:name` / `id:demonym` also pins the form of
//!   at least one mention, `id=text` the text of one mention as written.
//! - `not`: no entity with id `expected` is recognized in `input`.
//! - `person`: a person whose name, as written, is `expected`.
//! - `role`: `name => role`: that person with that role.
//! - `noperson`: no person is recognized (expected `-`), or none named `expected`.
//! - `query`: `Gazetteer::ids_in(input)` equals the comma-separated ids.
//! - `outlet`: `Gazetteer::outlet(input)` has id `expected` (`-` for none).
//! - `mentions`: the number of mentions of the id before `#` is the number after it.

use rasad_core::entities::{self, gazetteer};
use rasad_core::model::{Entity, EntityKind, MentionForm, Span, TextSpan};

fn run(input: &str) -> Vec<Entity> {
    let p = TextSpan { text: input.to_owned(), span: Span::new(0, input.len()) };
    entities::recognize(input, None, std::slice::from_ref(&p))
}

fn fold(s: &str) -> String {
    rasad_core::normalize::normalize(s.trim())
}

fn check(kind: &str, input: &str, expected: &str) -> Result<(), String> {
    let found = || run(input);
    let show = |ents: &[Entity]| {
        ents.iter()
            .map(|e| {
                let ms: Vec<String> = e
                    .mentions
                    .iter()
                    .map(|m| format!("{}{}", m.text, if m.form == MentionForm::Demonym { "/D" } else { "" }))
                    .collect();
                format!(
                    "{}[{}]{}",
                    e.id,
                    ms.join(","),
                    e.role.as_ref().map(|r| format!(" role={r}")).unwrap_or_default()
                )
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    match kind {
        "has" => {
            let ents = found();
            let (id, want_form, want_text) = if let Some((id, t)) = expected.split_once('=') {
                (id, None, Some(t))
            } else if let Some((id, f)) = expected.split_once(':') {
                (id, Some(if f == "demonym" { MentionForm::Demonym } else { MentionForm::Name }), None)
            } else {
                (expected, None, None)
            };
            let ok = ents.iter().filter(|e| e.id == id).any(|e| {
                e.mentions
                    .iter()
                    .any(|m| want_form.is_none_or(|f| m.form == f) && want_text.is_none_or(|t| m.text == t))
            });
            if ok { Ok(()) } else { Err(format!("want {expected}, got {}", show(&ents))) }
        }
        "not" => {
            let ents = found();
            if ents.iter().any(|e| e.id == expected) {
                Err(format!("unwanted {expected}: {}", show(&ents)))
            } else {
                Ok(())
            }
        }
        "person" => {
            let ents = found();
            let ok = ents.iter().any(|e| e.kind == EntityKind::Person && fold(&e.name_ar) == fold(expected));
            if ok { Ok(()) } else { Err(format!("want person {expected}, got {}", show(&ents))) }
        }
        "role" => {
            let (name, role) = expected.split_once("=>").ok_or("role row needs `name => role`")?;
            let ents = found();
            let ok = ents.iter().any(|e| {
                e.kind == EntityKind::Person
                    && fold(&e.name_ar) == fold(name)
                    && e.role.as_deref().is_some_and(|r| fold(r) == fold(role))
            });
            if ok { Ok(()) } else { Err(format!("want {expected}, got {}", show(&ents))) }
        }
        "noperson" => {
            let ents = found();
            let bad: Vec<&Entity> = ents
                .iter()
                .filter(|e| e.kind == EntityKind::Person && (expected == "-" || fold(&e.name_ar) == fold(expected)))
                .collect();
            if bad.is_empty() { Ok(()) } else { Err(format!("unwanted person: {}", show(&ents))) }
        }
        "query" => {
            let got = gazetteer().ids_in(input);
            let want: Vec<String> =
                expected.split(',').map(|s| s.trim().to_owned()).filter(|s| !s.is_empty() && s != "-").collect();
            if got == want { Ok(()) } else { Err(format!("want {want:?}, got {got:?}")) }
        }
        "outlet" => {
            let got = gazetteer().outlet(input).map(|e| e.id.clone());
            let want = (expected != "-").then(|| expected.to_owned());
            if got == want { Ok(()) } else { Err(format!("want {want:?}, got {got:?}")) }
        }
        "mentions" => {
            let (id, n) = expected.split_once('#').ok_or("mentions row needs `id#count`")?;
            let n: usize = n.parse().map_err(|_| "bad count")?;
            let ents = found();
            let got = ents.iter().find(|e| e.id == id).map_or(0, |e| e.mentions.len());
            if got == n { Ok(()) } else { Err(format!("want {n} mentions of {id}, got {got}: {}", show(&ents))) }
        }
        other => Err(format!("unknown check {other}")),
    }
}

#[test]
fn entities_cases_table() {
    let table = include_str!("entities_cases.tsv");
    let mut failures = Vec::new();
    let mut names = std::collections::HashSet::new();
    let mut rows = 0;
    for (n, line) in table.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let [name, kind, input, expected] = cols[..] else {
            failures.push(format!("line {}: needs 4 tab-separated columns", n + 1));
            continue;
        };
        if name == "name" {
            continue;
        }
        rows += 1;
        if !names.insert(name) {
            failures.push(format!("{name}: duplicate row name"));
        }
        if let Err(e) = check(kind, input, expected) {
            failures.push(format!("{name} (line {}): {e}", n + 1));
        }
    }
    assert!(rows >= 150, "only {rows} rows");
    assert!(failures.is_empty(), "{} of {rows} rows failed:\n{}", failures.len(), failures.join("\n"));
}
