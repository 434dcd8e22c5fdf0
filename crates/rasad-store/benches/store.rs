//! Store benchmark (a bench binary, not criterion: it needs percentiles over a large index).
//!
//! `cargo bench -p rasad-store --bench store` — reads `/work/shared/corpus/news.jsonl.gz`
//! in place (skips with a message when absent). `RASAD_BENCH_DOCS` (default 100000) sets
//! the index size: the 30,676 real articles, then copies of them with a marker word
//! appended so ids and content hashes differ (copies join the originals' syndication
//! clusters, as wire copies do; they are not analyzed again). Every article gets 0–3 synthetic claims (origin, predicate, value)
//! so LookupFacts has something to find; the core's claim extractor is not measured here.
//!
//! Measures: (1) ingest throughput of the store (durable group commit, 8 client threads)
//! vs raw tantivy indexing of the same title+body texts with its default tokenizer and one
//! commit, on the first 30k articles; (2) core analysis throughput; (3) search p50/p99 of
//! two-word queries with all facets and highlights; (4) LookupFacts p50/p99 with
//! estimates; (5) RSS and index bytes, scaled per 100k articles.

use rasad_core::{
    Attribution, Claim, Document, EntityKind, EntityRef, Input, Predicate, Quantity, Span, Subject, SubjectClass,
    TextSpan,
};
use rasad_store::{EntityFilter, EntityRole, FacetRequest, FactQuery, Options, SearchRequest, Store};
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// In-flight documents per client thread (IngestStream's bounded window).
const WINDOW: usize = 64;
const CORPUS: &str = "/work/shared/corpus/news.jsonl.gz";
const ORIGINS: [(&str, EntityKind); 6] = [
    ("KZ", EntityKind::Country),
    ("UZ", EntityKind::Country),
    ("TJ", EntityKind::Country),
    ("central_asia", EntityKind::Region),
    ("SY", EntityKind::Country),
    ("IQ", EntityKind::Country),
];
const PREDICATES: [Predicate; 4] = [Predicate::Joined, Predicate::Returned, Predicate::Killed, Predicate::Detained];

struct Raw {
    outlet: String,
    date: String,
    title: String,
    text: String,
}

fn read_corpus() -> Option<Vec<Raw>> {
    let mut child = Command::new("zcat").arg(CORPUS).stdout(Stdio::piped()).spawn().ok()?;
    let out = child.stdout.take()?;
    let mut v = Vec::new();
    for line in BufReader::new(out).lines().map_while(Result::ok) {
        let Ok(j) = serde_json::from_str::<serde_json::Value>(&line) else { continue };
        let s = |k: &str| j.get(k).and_then(|x| x.as_str()).unwrap_or_default().to_owned();
        v.push(Raw {
            outlet: s("outlet"),
            date: s("date").get(..10).unwrap_or("").to_owned(),
            title: s("title"),
            text: s("text"),
        });
    }
    child.wait().ok()?;
    (!v.is_empty()).then_some(v)
}

fn rng(seed: &mut u64) -> u64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed
}

fn synth_claims(doc: &mut Document, seed: &mut u64) {
    let n = rng(seed) % 4;
    let evidence_span = doc.paragraphs.first().map_or(Span::new(0, 0), |p| p.span);
    for _ in 0..n {
        let (id, kind) = ORIGINS[(rng(seed) % ORIGINS.len() as u64) as usize];
        doc.claims.push(Claim {
            quantity: Quantity { value: (rng(seed) % 5000) as f64, text: String::new(), ..Quantity::default() },
            subject: Subject { class: SubjectClass::Fighter, text: String::new() },
            predicate: PREDICATES[(rng(seed) % PREDICATES.len() as u64) as usize],
            origin: Some(EntityRef {
                aliases: Vec::new(),
                id: Some(id.into()),
                kind: Some(kind),
                name: id.into(),
                text: id.into(),
            }),
            organization: Some(EntityRef {
                aliases: Vec::new(),
                id: Some("isis".into()),
                kind: None,
                name: "isis".into(),
                text: String::new(),
            }),
            locations: Vec::new(),
            attribution: Attribution::default(),
            time: None,
            evidence: TextSpan::of(&doc.text, evidence_span),
        });
    }
}

/// A copy of an analyzed article with a marker appended (spans stay valid: they all lie
/// before the end), so it has its own content hash without analyzing it again.
fn marked_copy(d: &Document, k: usize) -> Document {
    let mut c = d.clone();
    let marker = format!("\n\nنسخة {k}");
    c.text.push_str(&marker);
    c.body.push_str(&marker);
    c.content_hash = blake3::hash(c.text.as_bytes()).to_hex().to_string();
    c
}

fn analyze(r: &Raw) -> Document {
    let text = format!("{}\n\n{}", r.title, r.text);
    rasad_core::analyze(&Input {
        bytes: text.as_bytes(),
        outlet: Some(&r.outlet),
        published: Some(&r.date),
        ..Input::default()
    })
    .unwrap_or_default()
}

fn pct(v: &mut [Duration], p: f64) -> f64 {
    v.sort();
    let i = ((v.len() as f64 - 1.0) * p).round() as usize;
    v[i].as_secs_f64() * 1000.0
}

fn rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("VmRSS:")).map(str::to_owned))
        .and_then(|l| l.split_whitespace().nth(1).and_then(|k| k.parse::<f64>().ok()))
        .map_or(0.0, |kb| kb / 1024.0)
}

fn raw_tantivy(docs: &[Raw]) -> Duration {
    use tantivy::schema::{STORED, Schema, TEXT};
    let dir = tempfile::tempdir().unwrap();
    let mut b = Schema::builder();
    let title = b.add_text_field("title", TEXT | STORED);
    let body = b.add_text_field("body", TEXT | STORED);
    let index = tantivy::Index::create_in_dir(dir.path(), b.build()).unwrap();
    let t = Instant::now();
    let mut w: tantivy::IndexWriter = index.writer_with_num_threads(1, 64 << 20).unwrap();
    for r in docs {
        let mut d = tantivy::TantivyDocument::default();
        d.add_text(title, &r.title);
        d.add_text(body, &r.text);
        w.add_document(d).unwrap();
    }
    w.commit().unwrap();
    t.elapsed()
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let Some(corpus) = read_corpus() else {
        eprintln!("store bench: {CORPUS} not found, skipped");
        return;
    };
    let target: usize = std::env::var("RASAD_BENCH_DOCS").ok().and_then(|v| v.parse().ok()).unwrap_or(100_000);
    // RASAD_BENCH_BASE caps how many real articles are analyzed (the rest are copies):
    // analysis dominates the bench's run time on a shared 2-core box.
    let cap: usize = std::env::var("RASAD_BENCH_BASE").ok().and_then(|v| v.parse().ok()).unwrap_or(usize::MAX);
    let base = corpus.len().min(target).min(cap);
    let bytes: usize = corpus[..base].iter().map(|r| r.title.len() + r.text.len()).sum();
    let mb = bytes as f64 / 1e6;
    println!("corpus: {} articles read, {base} per pass, {mb:.1} MB of title+body", corpus.len());

    let raw = raw_tantivy(&corpus[..base]);
    println!(
        "raw tantivy (default tokenizer, 1 thread, one commit): {:.0} docs/s, {:.2} MB/s",
        base as f64 / raw.as_secs_f64(),
        mb / raw.as_secs_f64()
    );

    let t = Instant::now();
    let mut seed = 0x2545_F491_4F6C_DD1Du64;
    let analyzed: Vec<Document> = corpus[..base]
        .iter()
        .map(|r| {
            let mut d = analyze(r);
            synth_claims(&mut d, &mut seed);
            d
        })
        .collect();
    let analysis = t.elapsed();
    println!(
        "core analyze: {:.0} docs/s, {:.2} MB/s",
        base as f64 / analysis.as_secs_f64(),
        mb / analysis.as_secs_f64()
    );

    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(Store::open(Options::new(dir.path())).unwrap());
    let ingest = |docs: Vec<(String, Document)>| -> Duration {
        let t = Instant::now();
        let chunks: Vec<Vec<(String, Document)>> = {
            let mut c: Vec<Vec<_>> = (0..8).map(|_| Vec::new()).collect();
            for (i, d) in docs.into_iter().enumerate() {
                c[i % 8].push(d);
            }
            c
        };
        let threads: Vec<_> = chunks
            .into_iter()
            .map(|chunk| {
                let store = store.clone();
                std::thread::spawn(move || {
                    // As IngestStream does: up to WINDOW submitted, waited on in order.
                    let mut inflight = std::collections::VecDeque::new();
                    for (id, d) in chunk {
                        if inflight.len() == WINDOW {
                            let p: rasad_store::PendingIngest = inflight.pop_front().unwrap();
                            p.wait().unwrap();
                        }
                        inflight.push_back(store.submit(d, Some(&id)).unwrap());
                    }
                    for p in inflight {
                        p.wait().unwrap();
                    }
                })
            })
            .collect();
        for th in threads {
            th.join().unwrap();
        }
        t.elapsed()
    };
    let first: Vec<(String, Document)> =
        analyzed.iter().cloned().enumerate().map(|(i, d)| (format!("a{i}"), d)).collect();
    let took = ingest(first);
    println!(
        "store ingest (durable group commit, 8 threads x 64 in flight): {:.0} docs/s, {:.2} MB/s = {:.2}x raw tantivy; with analysis {:.2}x",
        base as f64 / took.as_secs_f64(),
        mb / took.as_secs_f64(),
        raw.as_secs_f64() / took.as_secs_f64(),
        raw.as_secs_f64() / (took + analysis).as_secs_f64()
    );

    // Grow to the target size with marked copies.
    let mut k = 1;
    let mut n = base;
    let grow = Instant::now();
    while n < target {
        let take = (target - n).min(base);
        let docs: Vec<(String, Document)> =
            analyzed[..take].iter().enumerate().map(|(i, d)| (format!("c{k}-{i}"), marked_copy(d, k))).collect();
        ingest(docs);
        n += take;
        k += 1;
    }
    let stats = store.stats().unwrap();
    println!(
        "index: {} articles, {} claims, {} segments, {:.1} MB on disk (grown in {:.0}s)",
        stats.documents,
        stats.claims,
        stats.segments,
        stats.bytes_on_disk as f64 / 1e6,
        grow.elapsed().as_secs_f64()
    );

    // Two-word queries drawn from titles.
    let words: Vec<&str> =
        corpus.iter().take(2000).flat_map(|r| r.title.split_whitespace()).filter(|w| w.chars().count() >= 4).collect();
    let mut lat = Vec::new();
    let mut hits_total = 0u64;
    for i in 0..700 {
        let a = words[(rng(&mut seed) as usize) % words.len()];
        let b = words[(rng(&mut seed) as usize) % words.len()];
        let req = SearchRequest {
            query: format!("{a} {b}"),
            facets: FacetRequest::all(),
            highlight: true,
            page_size: 10,
            ..SearchRequest::default()
        };
        let t = Instant::now();
        let r = store.search(&req).unwrap();
        let e = t.elapsed();
        if i >= 200 {
            lat.push(e);
            hits_total += r.total_hits;
        }
    }
    println!(
        "search (2 words, 3 facets, highlights, page 10) over {} articles: p50 {:.2} ms, p99 {:.2} ms, mean hits {:.0}",
        stats.documents,
        pct(&mut lat, 0.5),
        pct(&mut lat, 0.99),
        hits_total as f64 / lat.len() as f64
    );

    let mut lat = Vec::new();
    for i in 0..400 {
        let (id, _) = ORIGINS[(rng(&mut seed) % ORIGINS.len() as u64) as usize];
        let q = FactQuery {
            entities: vec![EntityFilter { role: EntityRole::Origin, ids: vec![id.to_owned()] }],
            predicates: vec![PREDICATES[(rng(&mut seed) % PREDICATES.len() as u64) as usize]],
            value_min: Some((rng(&mut seed) % 4000) as f64),
            estimates: true,
            page_size: 20,
            ..FactQuery::default()
        };
        let t = Instant::now();
        let r = store.lookup_facts(&q).unwrap();
        if i >= 100 {
            lat.push(t.elapsed());
        }
        std::hint::black_box(r);
    }
    println!(
        "lookup_facts (origin + predicate + value range, estimates, max scan {}): p50 {:.2} ms, p99 {:.2} ms",
        store.limits().max_fact_scan,
        pct(&mut lat, 0.5),
        pct(&mut lat, 0.99)
    );
    // Restart: close (joins the writer thread), then time open + first search.
    drop(store);
    let t = Instant::now();
    let store = Store::open(Options::new(dir.path())).unwrap();
    let opened = t.elapsed();
    let r = store.search(&SearchRequest { query: words[0].to_owned(), ..SearchRequest::default() }).unwrap();
    println!(
        "reopen: {:.1} ms to open, {:.1} ms to the first search ({} hits)",
        opened.as_secs_f64() * 1000.0,
        t.elapsed().as_secs_f64() * 1000.0,
        r.total_hits
    );
    let per100k = 100_000.0 / stats.documents as f64;
    println!("RSS {:.0} MB; index {:.1} MB per 100k articles", rss_mb(), stats.bytes_on_disk as f64 / 1e6 * per100k);
}
