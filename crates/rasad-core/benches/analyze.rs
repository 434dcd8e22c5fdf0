//! Full `analyze` throughput (decode → clean → numbers, dates, entities → claims) on
//! ~4 KB articles built from the dev set, single thread. The claim count is asserted
//! inside the timed loop so the work cannot be optimized away.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

const DEVSET: &[&str] = &[
    include_str!("../tests/fixtures/devset/dev_001_kz_jusan.txt"),
    include_str!("../tests/fixtures/devset/dev_003_hol_population.txt"),
    include_str!("../tests/fixtures/devset/dev_004_ghwayran.txt"),
    include_str!("../tests/fixtures/devset/dev_005_tunisia_returnees.txt"),
    include_str!("../tests/fixtures/devset/dev_006_morocco_bcij.txt"),
    include_str!("../tests/fixtures/devset/dev_008_germany_bfv.txt"),
    include_str!("../tests/fixtures/devset/dev_013_kosovo.txt"),
    include_str!("../tests/fixtures/devset/dev_019_syria_sohr.txt"),
    include_str!("../tests/fixtures/devset/dev_027_france_returnees.txt"),
    include_str!("../tests/fixtures/devset/dev_029_austria_attack.txt"),
    include_str!("../tests/fixtures/devset/dev_030_hol_children_unicef.txt"),
    include_str!("../tests/fixtures/devset/dev_032_isis_killed_syria.txt"),
];

/// Articles of about 4 KB: dev-set bodies appended until the size is reached.
fn articles() -> Vec<String> {
    let mut out = Vec::new();
    for start in 0..DEVSET.len() {
        let mut a = String::new();
        let mut i = start;
        while a.len() < 4096 {
            a.push_str(DEVSET[i % DEVSET.len()]);
            a.push_str("\n\n");
            i += 1;
        }
        out.push(a);
    }
    out
}

fn bench(c: &mut Criterion) {
    let docs = articles();
    let bytes: usize = docs.iter().map(String::len).sum();
    let expected: usize = docs
        .iter()
        .map(|d| {
            rasad_core::analyze(&rasad_core::Input { bytes: d.as_bytes(), ..Default::default() })
                .map_or(0, |x| x.claims.len())
        })
        .sum();
    assert!(expected > 0, "the bench articles must yield claims");
    let mut g = c.benchmark_group("analyze");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function(format!("{}_articles_4kb", docs.len()), |b| {
        b.iter(|| {
            let mut claims = 0;
            for d in &docs {
                let doc =
                    rasad_core::analyze(&rasad_core::Input { bytes: black_box(d.as_bytes()), ..Default::default() });
                claims += doc.map_or(0, |x| x.claims.len());
            }
            assert_eq!(claims, expected);
        });
    });
    // The claim stage alone, on documents the rest of the pipeline already filled.
    let analyzed: Vec<_> = docs
        .iter()
        .filter_map(|d| rasad_core::analyze(&rasad_core::Input { bytes: d.as_bytes(), ..Default::default() }).ok())
        .collect();
    g.bench_function(format!("{}_articles_4kb_claims_only", docs.len()), |b| {
        b.iter(|| {
            let claims: usize = analyzed.iter().map(|d| rasad_core::claims::extract(black_box(d)).claims.len()).sum();
            assert_eq!(claims, expected);
        });
    });
    g.finish();
    cpu_throughput(&docs, expected);
}

/// Nanoseconds this thread has run on a CPU (Linux), so a figure taken on a loaded, shared
/// machine is not mistaken for the code's speed. `None` elsewhere.
fn thread_cpu_ns() -> Option<u64> {
    std::fs::read_to_string("/proc/thread-self/schedstat").ok()?.split_whitespace().next()?.parse().ok()
}

/// Prints articles and MiB per CPU-second of this thread beside criterion's wall-clock figure.
fn cpu_throughput(docs: &[String], expected: usize) {
    let bytes: usize = docs.iter().map(String::len).sum();
    let rounds = 20;
    let (Some(start), wall) = (thread_cpu_ns(), std::time::Instant::now()) else { return };
    for _ in 0..rounds {
        let mut claims = 0;
        for d in docs {
            let doc = rasad_core::analyze(&rasad_core::Input { bytes: black_box(d.as_bytes()), ..Default::default() });
            claims += doc.map_or(0, |x| x.claims.len());
        }
        assert_eq!(claims, expected);
    }
    let Some(end) = thread_cpu_ns() else { return };
    let cpu_s = (end - start) as f64 / 1e9;
    let n = (docs.len() * rounds) as f64;
    let mb = (bytes * rounds) as f64 / (1024.0 * 1024.0);
    println!(
        "analyze/{}_articles_4kb: {:.0} articles and {:.2} MiB per CPU-second ({:.0} articles/s wall)",
        docs.len(),
        n / cpu_s,
        mb / cpu_s,
        n / wall.elapsed().as_secs_f64()
    );
}

criterion_group!(benches, bench);
criterion_main!(benches);
