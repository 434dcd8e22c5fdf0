//! Throughput of the normalizer and of the full analyzer (normalize + tokenize + stem), with
//! tantivy's `SimpleTokenizer` + `LowerCaser` on the same articles as the reference.
//!
//! Text: the 1,000 real articles of `/work/shared/corpus/sample_1k` (read in place at bench
//! start, never copied; CC BY-NC-SA, measurement only), else the seed articles, else a short
//! paraphrased paragraph repeated. Run: `cargo bench -p rasad-core --bench analyzer`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use rasad_core::analyzer::{TokenStream, warm_up};
use rasad_core::normalize::{Normalized, normalize, normalize_into};
use std::hint::black_box;
use std::path::Path;
use tantivy::tokenizer::{LowerCaser, SimpleTokenizer, TextAnalyzer, TokenStream as _};

/// Our own paraphrase of a wire story, used only when the shared corpus is absent.
const FALLBACK: &str = "قالت وكالة الأنباء إن أكثر من ٤٬٠٠٠ شخص من دول آسيا الوسطى انضموا إلى \
التنظيم منذ عام 2012، وأضافت أن السلطات الكازاخية اعتقلت عشرات المقاتلين العائدين. ";

fn read_dir_texts(dir: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut paths: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect()
}

fn articles() -> (Vec<String>, &'static str) {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    let corpus = read_dir_texts(&shared.join("corpus/sample_1k"));
    if !corpus.is_empty() {
        return (corpus, "corpus/sample_1k");
    }
    let seeds = read_dir_texts(&shared.join("seeds"));
    if !seeds.is_empty() {
        return (seeds.iter().map(|s| s.repeat(20)).collect(), "seeds x20");
    }
    ((0..200).map(|_| FALLBACK.repeat(40)).collect(), "fallback paragraph")
}

fn ours_count(texts: &[String]) -> usize {
    let mut n = 0;
    for t in texts {
        let mut ts = TokenStream::new(t);
        while ts.advance() {
            black_box(ts.term());
            n += 1;
        }
    }
    n
}

fn tantivy_count(analyzer: &mut TextAnalyzer, texts: &[String]) -> usize {
    let mut n = 0;
    for t in texts {
        let mut ts = analyzer.token_stream(t);
        while ts.advance() {
            black_box(&ts.token().text);
            n += 1;
        }
    }
    n
}

fn bench(c: &mut Criterion) {
    let (texts, source) = articles();
    let bytes: usize = texts.iter().map(String::len).sum();
    eprintln!("analyzer bench: {} texts, {bytes} bytes from {source}", texts.len());
    warm_up();
    let mut tantivy = TextAnalyzer::builder(SimpleTokenizer::default()).filter(LowerCaser).build();
    let ours_tokens = ours_count(&texts);
    let tantivy_tokens = tantivy_count(&mut tantivy, &texts);
    eprintln!("tokens: ours {ours_tokens}, tantivy {tantivy_tokens}");

    let mut g = c.benchmark_group("normalize");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(20);
    g.bench_function("normalize_into (reused buffer)", |b| {
        let mut buf = String::with_capacity(64 * 1024);
        b.iter(|| {
            let mut n = 0;
            for t in &texts {
                buf.clear();
                normalize_into(t, &mut buf);
                n += buf.len();
            }
            black_box(n)
        });
    });
    g.bench_function("normalize (one allocation)", |b| {
        b.iter(|| texts.iter().map(|t| normalize(t).len()).sum::<usize>());
    });
    g.bench_function("Normalized::new (with offset map)", |b| {
        b.iter(|| texts.iter().map(|t| Normalized::new(t).text.len()).sum::<usize>());
    });
    g.finish();

    let mut g = c.benchmark_group("analyzer");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(20);
    g.bench_function("rasad_ar (normalize+tokenize+stem)", |b| {
        b.iter(|| assert_eq!(ours_count(&texts), ours_tokens));
    });
    g.bench_function("tantivy SimpleTokenizer+LowerCaser", |b| {
        b.iter(|| assert_eq!(tantivy_count(&mut tantivy, &texts), tantivy_tokens));
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
