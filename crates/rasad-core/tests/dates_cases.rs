//! Data-driven date cases: `dates_cases.tsv`, one row per case, written from real news
//! phrasing (paraphrased), negatives included (expected `-`).
//!
//! Columns: name, anchor (publication date `YYYY-MM-DD`, or `-` for none), text, expected.
//! Expected: every mention in order, `TEXT => VALUE[..END] GRAIN KIND CALENDAR[ rel]`,
//! separated by ` ; `. A failing row is reported by name with what was found.

use rasad_core::dates;

fn name<T: serde::Serialize>(v: T) -> String {
    serde_json::to_value(v).unwrap().as_str().unwrap().to_owned()
}

fn render(text: &str, anchor: Option<jiff::civil::DateTime>) -> String {
    let found = dates::extract(text, anchor);
    if found.is_empty() {
        return "-".to_owned();
    }
    found
        .iter()
        .map(|d| {
            assert_eq!(&text[d.span.start..d.span.end], d.text, "span of {d:?}");
            let end = d.end.as_deref().map(|e| format!("..{e}")).unwrap_or_default();
            let rel = if d.relative { " rel" } else { "" };
            format!("{} => {}{end} {} {} {}{rel}", d.text, d.value, name(d.grain), name(d.kind), name(d.calendar))
        })
        .collect::<Vec<_>>()
        .join(" ; ")
}

#[test]
fn dates_cases_table() {
    let table = include_str!("dates_cases.tsv");
    let mut failures = Vec::new();
    let mut rows = 0;
    for line in table.lines().skip(1).filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 4, "bad row: {line}");
        rows += 1;
        let anchor = (cols[1] != "-")
            .then(|| cols[1].parse::<jiff::civil::Date>().expect("anchor").to_datetime(jiff::civil::Time::midnight()));
        let got = render(cols[2], anchor);
        if got != cols[3] {
            failures.push(format!("{}\t{}\t{}\t{got}", cols[0], cols[1], cols[2]));
        }
    }
    assert!(rows >= 140, "only {rows} rows");
    assert!(
        failures.is_empty(),
        "{} of {rows} rows fail (name, anchor, text, got):\n{}",
        failures.len(),
        failures.join("\n")
    );
}
