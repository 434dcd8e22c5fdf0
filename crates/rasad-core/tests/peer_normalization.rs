//! Peer check: Lucene, NLTK, pyarabic and CAMeL Tools test cases for normalization and
//! stemming, read at test time from `/work/shared/peer_tests/normalization/*.tsv` (path:
//! `CARGO_MANIFEST_DIR/../../../shared/peer_tests`; skipped with a note when absent).
//!
//! Each row is run the way its `kind` says, only where our rule is the same one:
//! - normalization kinds: the peer folds a subset of what we fold, so we agree when
//!   `normalize(input) == normalize(expected)`;
//! - Lucene `stem`: `stem(normalize(word))` per word must equal `normalize(expected)`;
//! - analyzer kinds: our terms, space-joined, must equal `normalize(expected)`;
//! - every stemmer (Lucene, Snowball, ARLSTem): conflation — words a peer stems alike must
//!   stem alike for us, pair by pair, with a pass-rate floor of [`CONFLATION_FLOOR`].
//!
//! Rows we disagree with on purpose are listed, with a reason each, in
//! `data/analyzer/peer_disagreements.tsv`; the test checks they still disagree, and give
//! exactly the listed output, so the list cannot go stale.

use rasad_core::analyzer::{is_arabic_letter, stem, tokenize};
use rasad_core::normalize::normalize;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// Share of same-peer-stem pairs that must also share our stem.
const CONFLATION_FLOOR: f64 = 0.9;

const DISAGREEMENTS: &str = include_str!("../data/analyzer/peer_disagreements.tsv");

struct Row {
    file: String,
    input: String,
    expected: String,
    kind: String,
    test: String,
}

fn peer_dir() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/peer_tests/normalization");
    dir.is_dir().then_some(dir)
}

fn read_rows(dir: &PathBuf) -> Vec<Row> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("peer dir readable")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "tsv"))
        .collect();
    files.sort();
    let mut rows = Vec::new();
    for path in files {
        let file = path.file_name().unwrap_or_default().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&path).expect("peer tsv readable");
        for line in text.lines().skip(1).filter(|l| !l.trim().is_empty()) {
            let cols: Vec<&str> = line.split('\t').collect();
            assert!(cols.len() >= 4, "{file}: short row {line:?}");
            rows.push(Row {
                file: file.clone(),
                input: cols[0].to_owned(),
                expected: cols[1].to_owned(),
                kind: cols[2].to_owned(),
                test: cols[3].to_owned(),
            });
        }
    }
    rows
}

/// Our stem of every whitespace word, space-joined (Arabic words only are stemmed).
fn stem_words(text: &str) -> String {
    normalize(text)
        .split_whitespace()
        .map(|w| if w.chars().all(is_arabic_letter) { stem(w).to_owned() } else { w.to_owned() })
        .collect::<Vec<_>>()
        .join(" ")
}

fn terms(text: &str) -> String {
    tokenize(text).into_iter().map(|t| t.term).collect::<Vec<_>>().join(" ")
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Normalize,
    LuceneStem,
    Analyzer,
    /// A stemmer whose exact stems we do not aim for: conflation only.
    ConflationOnly,
}

fn mode(row: &Row) -> Option<Mode> {
    Some(match row.kind.as_str() {
        "normalize"
        | "persian_normalize"
        | "normalize_alef_ar"
        | "normalize_alef_maksura_ar"
        | "normalize_teh_marbuta_ar"
        | "normalize_unicode"
        | "strip_tashkeel"
        | "strip_harakat"
        | "strip_tatweel"
        | "strip_shadda"
        | "normalize_alef"
        | "normalize_hamza"
        | "normalize_hamza(method=tasheel)"
        | "remove_elongation_ar" => Mode::Normalize,
        "stem" | "stem_protected" if row.file.starts_with("lucene") => Mode::LuceneStem,
        "stem" => Mode::ConflationOnly,
        "analyzer"
        | "analyzer_no_stopwords"
        | "persian_analyzer"
        | "normalize+stem"
        | "persian_charfilter+whitespace_tokenize" => Mode::Analyzer,
        _ => return None,
    })
}

fn ours(row: &Row, mode: Mode) -> String {
    match mode {
        Mode::Normalize => normalize(&row.input),
        Mode::LuceneStem | Mode::ConflationOnly => stem_words(&row.input),
        Mode::Analyzer => terms(&row.input),
    }
}

/// (file, test, input) → our listed output.
fn disagreements() -> BTreeMap<(String, String, String), String> {
    DISAGREEMENTS
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
        .map(|l| {
            let c: Vec<&str> = l.split('\t').collect();
            assert!(c.len() == 5, "peer_disagreements.tsv: 5 columns: {l:?}");
            ((c[0].to_owned(), c[1].to_owned(), c[2].to_owned()), c[3].to_owned())
        })
        .collect()
}

#[test]
fn peer_rows_agree_where_the_rule_is_the_same() {
    let Some(dir) = peer_dir() else {
        println!("note: peer_tests not found next to the repo; peer check skipped");
        return;
    };
    let rows = read_rows(&dir);
    let listed = disagreements();
    let mut used = 0;
    let (mut agree, mut run, mut skipped) = (0, 0, 0);
    let mut failures = Vec::new();
    for row in &rows {
        let Some(mode) = mode(row) else {
            println!("skip {}:{} kind {} (no rule of ours)", row.file, row.test, row.kind);
            skipped += 1;
            continue;
        };
        if mode == Mode::ConflationOnly {
            continue;
        }
        run += 1;
        let got = ours(row, mode);
        let want = normalize(&row.expected);
        let key = (row.file.clone(), row.test.clone(), row.input.clone());
        match listed.get(&key) {
            Some(listed_out) => {
                used += 1;
                if got == want {
                    failures.push(format!(
                        "{}:{} {:?}: listed as a disagreement but now agrees",
                        row.file, row.test, row.input
                    ));
                } else if &got != listed_out {
                    failures.push(format!(
                        "{}:{} {:?}: listed output {listed_out:?}, got {got:?}",
                        row.file, row.test, row.input
                    ));
                }
            }
            None if got == want => agree += 1,
            None => failures.push(format!("{}:{} {:?}: peer {want:?}, ours {got:?}", row.file, row.test, row.input)),
        }
    }
    println!("peer normalization: {agree}/{run} rows agree, {used} deliberate disagreements, {skipped} skipped");
    assert_eq!(used, listed.len(), "peer_disagreements.tsv lists rows that are not in the peer files");
    assert!(failures.is_empty(), "peer rows:\n{}", failures.join("\n"));
}

#[test]
fn peer_stems_conflate() {
    let Some(dir) = peer_dir() else {
        println!("note: peer_tests not found next to the repo; conflation check skipped");
        return;
    };
    // Per peer file, group single words by the peer's stem.
    let mut groups: BTreeMap<(String, String), Vec<String>> = BTreeMap::new();
    for row in read_rows(&dir) {
        let single = !row.input.contains(' ') && !row.expected.contains(' ');
        let stemmer = matches!(row.kind.as_str(), "stem" | "analyzer" | "analyzer_no_stopwords");
        if single && stemmer && row.input.chars().any(is_arabic_letter) {
            groups.entry((row.file.clone(), normalize(&row.expected))).or_default().push(row.input);
        }
    }
    let (mut pairs, mut together) = (0usize, 0usize);
    let mut misses = Vec::new();
    for ((file, peer_stem), words) in &groups {
        for (i, a) in words.iter().enumerate() {
            for b in &words[i + 1..] {
                pairs += 1;
                let (sa, sb) = (stem_words(a), stem_words(b));
                if sa == sb {
                    together += 1;
                } else {
                    misses.push(format!("{file} {peer_stem}: {a} → {sa}, {b} → {sb}"));
                }
            }
        }
    }
    let rate = if pairs == 0 { 1.0 } else { together as f64 / pairs as f64 };
    println!("peer conflation: {together}/{pairs} pairs = {:.1}%\n{}", rate * 100.0, misses.join("\n"));
    assert!(pairs > 20, "too few pairs: the peer files changed shape");
    assert!(rate >= CONFLATION_FLOOR, "conflation {rate:.3} below {CONFLATION_FLOOR}:\n{}", misses.join("\n"));
}
