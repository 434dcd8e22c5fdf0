//! Data-driven number cases: `numbers_cases.tsv`, one row per case, written from real news
//! phrasing (paraphrased), negatives included (expected `-`: no mention at all).
//!
//! Expected column: every mention in order, `TEXT => VALUE[..UPPER] QUALIFIER KIND[ UNIT]`,
//! separated by ` ; `. A failing row is reported by name with what was found, in the same
//! format, so the row can be checked and fixed.

use rasad_core::numbers;

fn render(text: &str) -> String {
    let found = numbers::extract(text);
    if found.is_empty() {
        return "-".to_owned();
    }
    found
        .iter()
        .map(|m| {
            assert_eq!(&text[m.span.start..m.span.end], m.text, "span of {m:?}");
            let upper = m.upper.map(|u| format!("..{u}")).unwrap_or_default();
            let q = serde_json::to_value(m.qualifier).unwrap();
            let k = serde_json::to_value(m.kind).unwrap();
            let unit = m.unit.as_deref().map(|u| format!(" {u}")).unwrap_or_default();
            format!("{} => {}{upper} {} {}{unit}", m.text, m.value, q.as_str().unwrap(), k.as_str().unwrap())
        })
        .collect::<Vec<_>>()
        .join(" ; ")
}

#[test]
fn numbers_cases_table() {
    let table = include_str!("numbers_cases.tsv");
    let mut failures = Vec::new();
    let mut rows = 0;
    for line in table.lines().skip(1).filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 3, "bad row: {line}");
        rows += 1;
        let got = render(cols[1]);
        if got != cols[2] {
            failures.push(format!("{}\t{}\t{got}", cols[0], cols[1]));
        }
    }
    assert!(rows >= 150, "only {rows} rows");
    assert!(failures.is_empty(), "{} of {rows} rows fail (name, text, got):\n{}", failures.len(), failures.join("\n"));
}
