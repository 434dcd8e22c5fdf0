//! Entity recognition throughput over real news text, single thread.
//!
//! Reads the shared corpus sample in place (`shared/corpus/sample_1k`, beside the repository; never
//! copied into it). Without it, falls back to the sentences of `tests/entities_cases.tsv`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use rasad_core::model::{Span, TextSpan};
use std::hint::black_box;
use std::path::Path;

/// Documents as (text, paragraphs), paragraphs split on blank lines with their spans.
fn load() -> Vec<(String, Vec<TextSpan>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/sample_1k");
    let mut texts: Vec<String> = std::fs::read_dir(&dir)
        .map(|rd| {
            let mut paths: Vec<_> = rd.filter_map(Result::ok).map(|e| e.path()).collect();
            paths.sort();
            paths.into_iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect()
        })
        .unwrap_or_default();
    if texts.is_empty() {
        texts = include_str!("../tests/entities_cases.tsv")
            .lines()
            .filter_map(|l| l.split('\t').nth(2))
            .map(str::to_owned)
            .collect::<Vec<_>>()
            .chunks(10)
            .map(|c| c.join("\n\n"))
            .collect();
    }
    texts
        .into_iter()
        .map(|text| {
            let mut paras = Vec::new();
            let mut at = 0;
            for part in text.split("\n\n") {
                let start = at;
                at += part.len() + 2;
                if !part.trim().is_empty() {
                    paras.push(TextSpan::of(&text, Span::new(start, start + part.len())));
                }
            }
            (text, paras)
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let docs = load();
    let bytes: usize = docs.iter().map(|(t, _)| t.len()).sum();
    // Warm the gazetteer and lexicons outside the timed loop.
    let _ = rasad_core::entities::gazetteer();
    let _ = rasad_core::entities::recognize("وقال الرئيس السوري", None, &[]);
    let mut group = c.benchmark_group("entities");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function("recognize_corpus_sample", |b| {
        b.iter(|| {
            let mut n = 0;
            for (text, paras) in &docs {
                n += rasad_core::entities::recognize(black_box(text), None, paras).len();
            }
            assert!(n > docs.len(), "too few entities: {n}");
            n
        });
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
