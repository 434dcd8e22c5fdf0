//! Other projects' number and date cases (`shared/peer_tests/numbers_dates/`, see its README),
//! run against our recognizers when the folder is present (it is third-party data kept out of
//! the repo; without it the test prints a note and passes).
//!
//! The recommended core: `news_relevance=high`, `peer_status` in {passing, unmerged_branch,
//! docstring}, no `CURATOR` note. Each row is judged by its `kind` (see [`judge`]); kinds out
//! of scope (quantities, temperatures, volumes, recurring sets) are counted as skipped. The
//! pass rate per file is printed and must stay at or above the floor measured when the
//! recognizers were written ([`FLOORS`]).

use rasad_core::{Calendar, DateMention, NumberKind, NumberMention, Qualifier, dates, numbers};
use std::collections::HashMap;
use std::path::PathBuf;

/// Measured pass rates (percent), rounded down: a drop below them fails the test.
const FLOORS: [(&str, f64); 17] = [
    ("dateparser_ar.tsv", 79.0),
    ("duckling_duration_ar.tsv", 59.0),
    ("duckling_numeral_ar.tsv", 90.0),
    ("duckling_ordinal_ar.tsv", 65.0),
    ("duckling_time_ar.tsv", 50.0),
    ("duckling_units_ar.tsv", 55.0),
    ("humanizer_datetime_ar.tsv", 64.0),
    ("humanizer_number_ar.tsv", 88.0),
    ("nemo_datetime_ar.tsv", 89.0),
    ("nemo_number_ar.tsv", 86.0),
    ("num2words_ar.tsv", 75.0),
    ("pyarabic_ar.tsv", 99.0),
    ("recognizers_datetime_extractor_ar.tsv", 64.0),
    ("recognizers_datetime_parser_ar.tsv", 26.0),
    ("recognizers_number_ar.tsv", 57.0),
    ("recognizers_numberrange_ar.tsv", 41.0),
    ("recognizers_ordinal_ar.tsv", 99.0),
];

/// The overall floor (percent of judged core rows).
const OVERALL_FLOOR: f64 = 73.0;

/// Anchor for rows without a reference time (Duckling's test clock, 2013-02-12).
const DEFAULT_ANCHOR: &str = "2013-02-12";

#[derive(Debug, PartialEq, Eq)]
enum Verdict {
    Pass,
    Fail,
    Skip,
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * b.abs().max(1.0)
}

fn parse_value(s: &str) -> Option<f64> {
    if let Some((p, q)) = s.split_once('/') {
        return Some(p.parse::<f64>().ok()? / q.parse::<f64>().ok()?);
    }
    s.parse().ok()
}

fn anchor_of(reference: &str) -> jiff::civil::DateTime {
    let day = reference.get(..10).filter(|d| !d.is_empty()).unwrap_or(DEFAULT_ANCHOR);
    day.parse::<jiff::civil::Date>()
        .unwrap_or(jiff::civil::date(2013, 2, 12))
        .to_datetime(jiff::civil::Time::midnight())
}

/// Compares an expected ISO value (maybe with offset or `XXXX` year) with one of ours, at the
/// expected grain.
fn date_match(expected: &str, grain: &str, ours: &str, year_free: bool) -> bool {
    let exp = expected.split(['+']).next().unwrap_or(expected);
    let exp = if exp.len() > 19 { &exp[..19] } else { exp };
    let n = match grain {
        "year" => 4,
        "month" => 7,
        "day" | "week" => 10,
        "hour" => 13,
        "minute" | "second" => 16,
        _ => exp.len().min(16),
    };
    if ours.len() < n.min(exp.len()) {
        return false;
    }
    let (e, o) = (exp.get(..n).unwrap_or(exp), ours.get(..n).unwrap_or(ours));
    if year_free || e.starts_with("XXXX") { e.get(4..) == o.get(4..) } else { e == o }
}

fn shift(anchor: jiff::civil::Date, iso: &str) -> Option<(String, usize)> {
    let back = iso.starts_with('-');
    let body = iso.trim_start_matches(['-', '+']).strip_prefix('P')?;
    if body.contains('T') || body == "0D" {
        return None;
    }
    let unit = body.chars().last()?;
    let n: i64 = body[..body.len() - 1].parse().ok()?;
    let n = if back { -n } else { n };
    let span = match unit {
        'D' => jiff::Span::new().days(n),
        'W' => jiff::Span::new().weeks(n),
        'M' => jiff::Span::new().months(n),
        'Y' => jiff::Span::new().years(n),
        _ => return None,
    };
    let d = anchor.checked_add(span).ok()?;
    let n = match unit {
        'M' => 7,
        'Y' => 4,
        _ => 10,
    };
    Some((d.to_string(), n))
}

fn duration_unit(c: char, time: bool) -> Option<&'static str> {
    Some(match (c, time) {
        ('Y', false) => "year",
        ('M', false) => "month",
        ('W', false) => "week",
        ('D', false) => "day",
        ('H', true) => "hour",
        ('M', true) => "minute",
        ('S', true) => "second",
        _ => return None,
    })
}

/// Judges one row.
fn judge(row: &HashMap<&str, &str>, numbers_file: bool) -> Verdict {
    let text = row["text"];
    let kind = row["kind"];
    let expected = row["expected_value"];
    let span = row["span"];
    let anchor = anchor_of(row["reference_time"]);
    let ns = || numbers::extract(text);
    let ds = || dates::extract(text, Some(anchor));
    let ok = |b: bool| if b { Verdict::Pass } else { Verdict::Fail };
    if kind == "none" {
        return ok(if numbers_file { ns().is_empty() } else { ds().is_empty() });
    }
    if expected.is_empty() {
        if span.is_empty() {
            return Verdict::Skip;
        }
        let Some(at) = text.find(span) else { return Verdict::Skip };
        let (s, e) = (at, at + span.len());
        let overlaps = |a: usize, b: usize| a < e && s < b;
        return ok(if numbers_file {
            ns().iter().any(|m| overlaps(m.span.start, m.span.end))
        } else {
            ds().iter().any(|d| overlaps(d.span.start, d.span.end))
        });
    }
    let num_has = |f: &dyn Fn(&NumberMention) -> bool| ns().iter().any(f);
    let date_has = |f: &dyn Fn(&DateMention) -> bool| ds().iter().any(f);
    match kind {
        "number" => match parse_value(expected) {
            Some(v) => ok(num_has(&|m| close(m.value, v))),
            None => Verdict::Skip,
        },
        "ordinal" => match parse_value(expected) {
            Some(v) => ok(num_has(&|m| m.kind == NumberKind::Ordinal && close(m.value, v))),
            None => Verdict::Skip,
        },
        "percent" => match parse_value(expected.trim_end_matches('%')) {
            Some(v) => ok(num_has(&|m| m.kind == NumberKind::Percent && close(m.value, v))),
            None => Verdict::Skip,
        },
        "money" => match expected.split_whitespace().next().and_then(parse_value) {
            Some(v) => ok(num_has(&|m| m.kind == NumberKind::Money && close(m.value, v))),
            None => Verdict::Skip,
        },
        "money-range" => {
            let amount = expected.split_whitespace().next().unwrap_or("");
            if let Some(inner) = amount.strip_prefix('[').and_then(|a| a.strip_suffix(']')) {
                let (lo, hi) = inner.split_once(',').unwrap_or(("", ""));
                let (Some(lo), Some(hi)) = (parse_value(lo), parse_value(hi)) else { return Verdict::Skip };
                ok(num_has(&|m| close(m.value, lo) && m.upper.is_some_and(|u| close(u, hi))))
            } else if let Some(v) = amount.strip_prefix('<').and_then(parse_value) {
                ok(num_has(&|m| close(m.value, v) && matches!(m.qualifier, Qualifier::LessThan | Qualifier::AtMost)))
            } else if let Some(v) = amount.strip_prefix('>').and_then(parse_value) {
                ok(num_has(&|m| close(m.value, v) && matches!(m.qualifier, Qualifier::MoreThan | Qualifier::AtLeast)))
            } else {
                Verdict::Skip
            }
        }
        "range" if numbers_file => {
            let (Some(open), Some(close_c)) = (expected.chars().next(), expected.chars().last()) else {
                return Verdict::Skip;
            };
            let inner = &expected[open.len_utf8()..expected.len() - close_c.len_utf8()];
            let Some((lo, hi)) = inner.split_once(',') else { return Verdict::Skip };
            match (parse_value(lo), parse_value(hi)) {
                (Some(lo), Some(hi)) => ok(num_has(&|m| {
                    close(m.value, lo) && m.upper.is_some_and(|u| close(u, hi))
                        || m.qualifier == Qualifier::Range && close(m.value, lo)
                })),
                (Some(lo), None) => ok(num_has(&|m| {
                    close(m.value, lo) && matches!(m.qualifier, Qualifier::MoreThan | Qualifier::AtLeast)
                })),
                (None, Some(hi)) => ok(num_has(&|m| {
                    close(m.value, hi) && matches!(m.qualifier, Qualifier::LessThan | Qualifier::AtMost)
                })),
                (None, None) => Verdict::Skip,
            }
        }
        "duration" => {
            let Some(body) = expected.strip_prefix('P') else { return Verdict::Skip };
            let time = body.starts_with('T');
            let body = body.trim_start_matches('T');
            let digits: String = body.chars().take_while(char::is_ascii_digit).collect();
            let Some(unit) = body[digits.len()..].chars().next().and_then(|c| duration_unit(c, time)) else {
                return Verdict::Skip;
            };
            let Ok(n) = digits.parse::<f64>() else { return Verdict::Skip };
            ok(num_has(&|m| m.kind == NumberKind::Duration && close(m.value, n) && m.unit.as_deref() == Some(unit)))
        }
        "relative" => {
            if expected == "now" || expected == "P0D" {
                return ok(date_has(&|d| d.value.starts_with(&anchor.date().to_string())));
            }
            match shift(anchor.date(), expected) {
                Some((v, n)) => ok(date_has(&|d| d.value.get(..n) == v.get(..n) && d.value.len() >= n)),
                None => ok(false),
            }
        }
        "date" | "datetime" | "time" | "range" => {
            if let Some(h) = expected.strip_prefix("hijri:") {
                let _ = h;
                return ok(date_has(&|d| d.calendar == Calendar::Hijri));
            }
            let year_free = row["notes"].contains("future-biased");
            let resolved = row.get("resolved_past").copied().filter(|r| !r.is_empty());
            let target = resolved.unwrap_or(expected);
            let start = target.split('/').next().unwrap_or(target).trim_start_matches('(');
            let start = start.split(',').next().unwrap_or(start);
            if kind == "time" && !start.contains('-') {
                return ok(date_has(&|d| d.value.contains(&format!("T{}", start.get(..5).unwrap_or(start)))));
            }
            let grain = row["grain"];
            ok(date_has(&|d| date_match(start, grain, &d.value, year_free)))
        }
        _ => Verdict::Skip,
    }
}

#[test]
fn peer_numbers_dates() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/peer_tests/numbers_dates");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        println!("note: {} is absent; peer cases skipped", dir.display());
        return;
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
        .collect();
    files.sort();
    let floors: HashMap<&str, f64> = FLOORS.into_iter().collect();
    let (mut all_pass, mut all_judged) = (0usize, 0usize);
    let mut below = Vec::new();
    for path in files {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("").to_owned();
        let body = std::fs::read_to_string(&path).expect("read peer file");
        let mut lines = body.lines();
        let header: Vec<&str> = lines.next().unwrap_or("").split('\t').collect();
        let numbers_file = ["numeral", "ordinal", "units", "number", "num2words", "pyarabic_ar", "duration"]
            .iter()
            .any(|k| name.contains(k))
            && !name.contains("datetime");
        let (mut pass, mut judged, mut skipped) = (0usize, 0usize, 0usize);
        for line in lines {
            let row: HashMap<&str, &str> = header.iter().copied().zip(line.split('\t')).collect();
            let core = row.get("news_relevance") == Some(&"high")
                && ["passing", "unmerged_branch", "docstring"].contains(row.get("peer_status").unwrap_or(&""))
                && !row.get("notes").unwrap_or(&"").contains("CURATOR");
            if !core {
                continue;
            }
            let numbers_row = numbers_file || row["kind"] == "duration";
            match judge(&row, numbers_row) {
                Verdict::Pass => {
                    pass += 1;
                    judged += 1;
                }
                Verdict::Fail => judged += 1,
                Verdict::Skip => skipped += 1,
            }
        }
        if judged == 0 {
            println!("{name}: no core rows judged ({skipped} skipped)");
            continue;
        }
        let rate = 100.0 * pass as f64 / judged as f64;
        println!("{name}: {pass}/{judged} = {rate:.1}% ({skipped} skipped)");
        all_pass += pass;
        all_judged += judged;
        if rate + 1e-9 < floors.get(name.as_str()).copied().unwrap_or(0.0) {
            below.push(format!("{name}: {rate:.1}% < floor {}", floors[name.as_str()]));
        }
    }
    let overall = 100.0 * all_pass as f64 / all_judged.max(1) as f64;
    println!("overall: {all_pass}/{all_judged} = {overall:.1}%");
    assert!(below.is_empty(), "pass rate fell below the measured floor:\n{}", below.join("\n"));
    assert!(overall + 1e-9 >= OVERALL_FLOOR, "overall {overall:.1}% < {OVERALL_FLOOR}");
}
