//! Cleaning throughput: decode + clean over plain-text articles (the SaudiNewsNet
//! `sample_1k` when present next to the repository, else our own fixtures) and over our HTML
//! fixtures. The corpus is read in place, never copied (its licence is non-commercial).

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use rasad_core::clean::clean;
use rasad_core::decode::decode;

const CORPUS: &str = "../../../shared/corpus/sample_1k";

fn fixtures(ext: &str) -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/articles");
    let mut out: Vec<Vec<u8>> = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == ext))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
        .into_iter()
        .filter_map(|p| std::fs::read(p).ok())
        .collect();
    out.sort();
    out
}

fn plain_articles() -> (String, Vec<Vec<u8>>) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(CORPUS);
    let corpus: Vec<Vec<u8>> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(Result::ok).filter_map(|e| std::fs::read(e.path()).ok()).collect())
        .unwrap_or_default();
    if corpus.is_empty() { ("fixtures_plain".to_owned(), fixtures("txt")) } else { ("sample_1k".to_owned(), corpus) }
}

fn run(c: &mut Criterion, name: &str, docs: &[Vec<u8>]) {
    let bytes: usize = docs.iter().map(Vec::len).sum();
    let mut g = c.benchmark_group("clean");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.bench_function(name, |b| {
        b.iter(|| {
            let mut paragraphs = 0;
            for d in docs {
                if let Ok(decoded) = decode(black_box(d), None) {
                    paragraphs += clean(decoded).paragraphs.len();
                }
            }
            assert!(paragraphs >= docs.len(), "every article has a body");
            paragraphs
        });
    });
    g.finish();
}

/// Nanoseconds this thread has run on a CPU (Linux), so a figure taken on a loaded, shared
/// machine is not mistaken for the code's speed. `None` elsewhere.
fn thread_cpu_ns() -> Option<u64> {
    std::fs::read_to_string("/proc/thread-self/schedstat").ok()?.split_whitespace().next()?.parse().ok()
}

/// Prints MB/s per CPU-second beside criterion's wall-clock figure.
fn cpu_throughput(name: &str, docs: &[Vec<u8>]) {
    let bytes: usize = docs.iter().map(Vec::len).sum();
    let rounds = 20;
    let (Some(start), wall) = (thread_cpu_ns(), std::time::Instant::now()) else { return };
    for _ in 0..rounds {
        for d in docs {
            if let Ok(decoded) = decode(black_box(d), None) {
                black_box(clean(decoded));
            }
        }
    }
    let Some(end) = thread_cpu_ns() else { return };
    let cpu_s = (end - start) as f64 / 1e9;
    let mb = (bytes * rounds) as f64 / (1024.0 * 1024.0);
    println!(
        "clean/{name}: {:.1} MiB per CPU-second ({:.1} MiB/s wall, {} docs, {bytes} bytes)",
        mb / cpu_s,
        mb / wall.elapsed().as_secs_f64(),
        docs.len()
    );
}

fn bench(c: &mut Criterion) {
    // Warm the lexicons and the gazetteer outside the timed loop.
    let _ = decode("عنوان\n\nنص.".as_bytes(), None).map(clean);
    let (name, plain) = plain_articles();
    let html = fixtures("html");
    cpu_throughput(&name, &plain);
    cpu_throughput("fixtures_html", &html);
    run(c, &name, &plain);
    run(c, "fixtures_html", &html);
}

criterion_group!(benches, bench);
criterion_main!(benches);
