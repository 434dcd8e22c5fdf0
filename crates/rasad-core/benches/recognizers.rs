//! Numbers and dates over real news text, single thread, MB/s.
//!
//! Input: the five seed articles (`shared/seeds`, always) and up to 4 MB of the SaudiNewsNet
//! corpus (`shared/corpus`, read in place when present, never copied). Lexicons are warmed
//! before timing, and the mention count is asserted inside the loop. The entities helper adds
//! its benches in another file.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::path::{Path, PathBuf};

/// Text of up to `limit` bytes from the `.txt`/`.json` files under `dir` (recursively).
fn corpus_text(dir: &Path, limit: usize) -> String {
    let mut out = String::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else { continue };
        let mut paths: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
        paths.sort();
        for p in paths {
            if out.len() >= limit {
                return out;
            }
            if p.is_dir() {
                stack.push(p);
            } else if let Ok(s) = std::fs::read_to_string(&p) {
                out.push_str(&s);
                out.push('\n');
            }
        }
    }
    out
}

fn inputs() -> Vec<(&'static str, String)> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    let seeds = corpus_text(&root.join("seeds"), 1 << 20);
    let news = corpus_text(&root.join("corpus"), 4 << 20);
    let mut v = vec![("seeds", seeds)];
    if !news.is_empty() {
        v.push(("corpus_4mb", news));
    }
    v
}

fn recognizers(c: &mut Criterion) {
    let mut g = c.benchmark_group("numbers_dates");
    g.sample_size(10);
    let anchor = Some(jiff::civil::date(2018, 8, 27).to_datetime(jiff::civil::Time::midnight()));
    for (name, text) in inputs() {
        // paragraphs, as the pipeline calls the recognizers
        let paras: Vec<&str> = text.split("\n\n").collect();
        let expected: usize = paras
            .iter()
            .map(|p| rasad_core::numbers::extract(p).len() + rasad_core::dates::extract(p, anchor).len())
            .sum();
        assert!(expected > 0, "{name}: no mentions");
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(format!("{name}_{}kb", text.len() / 1024), |b| {
            b.iter(|| {
                let n: usize = paras
                    .iter()
                    .map(|p| {
                        rasad_core::numbers::extract(black_box(p)).len()
                            + rasad_core::dates::extract(black_box(p), anchor).len()
                    })
                    .sum();
                assert_eq!(n, expected);
            });
        });
    }
    g.finish();
}

criterion_group!(benches, recognizers);
criterion_main!(benches);
