//! The comparisons: raw tantivy (same text, same analyzer, no extraction, no gRPC) as the
//! floor for ingest and search, and the store called in-process (no gRPC) for the gRPC
//! overhead.

use crate::corpus::Corpus;
use crate::stats::{Samples, round3};
use crate::workload::{Kind, Mix, store_facts, store_search};
use anyhow::{Result, bail};
use rasad_store::tokenizer::{RasadTokenizer, TOKENIZER_NAME};
use serde_json::{Value, json};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};
use tantivy::aggregation::agg_req::Aggregations;
use tantivy::aggregation::{AggregationCollector, AggregationLimitsGuard};
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{BooleanQuery, Occur, Query, QueryParser, RangeQuery, TermQuery};
use tantivy::schema::{
    FAST, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions, Value as _,
};
use tantivy::{Index, TantivyDocument, Term, doc};

/// How long and how hard a closed-loop run goes.
pub struct Run {
    /// OS threads, one request at a time each.
    pub threads: usize,
    /// Measured time, after the warm-up.
    pub duration: Duration,
    /// Requests sent before measuring, not recorded.
    pub warmup: Duration,
    /// Most requests, warm-up included.
    pub max: u64,
}

/// Closed loop on `run.threads` OS threads; `f(n)` does request `n`.
pub fn run_threads(run: &Run, f: &(dyn Fn(u64) -> Result<(), String> + Sync)) -> (Samples, Duration) {
    let Run { threads, duration, warmup, max } = *run;
    let counter = AtomicU64::new(0);
    let t0 = Instant::now();
    let measure_from = t0 + warmup;
    let deadline = measure_from + duration;
    let mut all = Samples::default();
    std::thread::scope(|s| {
        let hs: Vec<_> = (0..threads.max(1))
            .map(|_| {
                s.spawn(|| {
                    let mut smp = Samples::default();
                    loop {
                        let now = Instant::now();
                        if now >= deadline {
                            break;
                        }
                        let n = counter.fetch_add(1, Ordering::Relaxed);
                        if n >= max {
                            break;
                        }
                        let r = f(n);
                        if now >= measure_from {
                            match r {
                                Ok(()) => smp.ok(now.elapsed()),
                                Err(c) => smp.err(c),
                            }
                        }
                    }
                    smp
                })
            })
            .collect();
        for h in hs {
            all.merge(h.join().unwrap_or_default());
        }
    });
    (all, Instant::now().saturating_duration_since(measure_from))
}

/// Indexes synthetic articles `0..n` into a fresh plain tantivy index at `dir`: title and
/// body with positions, an id and a date; `rasad_ar` (the store's analyzer) or tantivy's
/// `default` tokenizer. One indexing thread and `mem_mb` like the store; `commit_every`
/// docs per commit (0 = one commit at the end).
pub fn raw_ingest(
    corpus: &Corpus,
    n: u64,
    dir: &Path,
    mem_mb: usize,
    tokenizer: &str,
    commit_every: u64,
) -> Result<Value> {
    let tok = match tokenizer {
        "rasad" => TOKENIZER_NAME,
        "default" => "default",
        other => bail!("--tokenizer {other:?}: rasad or default"),
    };
    std::fs::create_dir_all(dir)?;
    let mut b = Schema::builder();
    let text = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default().set_tokenizer(tok).set_index_option(IndexRecordOption::WithFreqsAndPositions),
    );
    let id = b.add_text_field("id", STRING | STORED);
    let title = b.add_text_field("title", text.clone());
    let body = b.add_text_field("body", text);
    let published = b.add_i64_field("published", INDEXED | FAST);
    let index = Index::create_in_dir(dir, b.build())?;
    index.tokenizers().register(TOKENIZER_NAME, RasadTokenizer);
    let mut w: tantivy::IndexWriter = index.writer_with_num_threads(1, mem_mb << 20)?;
    let started = Instant::now();
    let mut bytes = 0u64;
    for i in 0..n {
        let a = corpus.article(i);
        bytes += a.text.len() as u64;
        let (t, rest) = a.text.split_once('\n').unwrap_or((&a.text, ""));
        let day = unix_seconds(&a.published);
        w.add_document(doc!(id => a.id.as_str(), title => t, body => rest, published => day))?;
        if commit_every > 0 && (i + 1) % commit_every == 0 {
            w.commit()?;
        }
    }
    w.commit()?;
    w.wait_merging_threads()?;
    let elapsed = started.elapsed();
    let size = dir_bytes(dir);
    Ok(json!({
        "label": "raw_tantivy_ingest", "n": n, "tokenizer": tokenizer, "mem_mb": mem_mb,
        "commit_every": commit_every, "elapsed_s": round3(elapsed.as_secs_f64()),
        "docs_per_s": round3(n as f64 / elapsed.as_secs_f64().max(1e-9)),
        "mb_per_s": round3(bytes as f64 / 1e6 / elapsed.as_secs_f64().max(1e-9)),
        "index_bytes": size, "loadavg": crate::stats::loadavg(),
    }))
}

fn unix_seconds(iso: &str) -> i64 {
    iso.parse::<jiff::civil::Date>()
        .ok()
        .and_then(|d| d.to_zoned(jiff::tz::TimeZone::UTC).ok())
        .map_or(0, |z| z.timestamp().as_second())
}

pub fn dir_bytes(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .map(|rd| {
            rd.flatten().filter_map(|e| e.metadata().ok()).filter(std::fs::Metadata::is_file).map(|m| m.len()).sum()
        })
        .unwrap_or(0)
}

/// Runs the same searches as the gRPC runs, with plain tantivy, on the store's own index
/// (`DATA_DIR/index`): `QueryParser` over title (×2) and body, top 10, each hit's stored
/// fields read; the faceted kind adds the date range and the three facet paths. No query
/// analysis beyond the analyzer, no entity expansion, no JSON, no snippets: the floor.
pub fn raw_query(data_dir: &Path, mix: &Mix, run: &Run) -> Result<Value> {
    let index = Index::open_in_dir(data_dir.join("index"))?;
    index.tokenizers().register(TOKENIZER_NAME, RasadTokenizer);
    let schema = index.schema();
    let (title, body, kind_f, published, doc_id) = (
        schema.get_field("title")?,
        schema.get_field("body")?,
        schema.get_field("kind")?,
        schema.get_field("published")?,
        schema.get_field("doc_id")?,
    );
    let reader = index.reader()?;
    let mut qp = QueryParser::for_index(&index, vec![title, body]);
    qp.set_field_boost(title, 2.0);
    let article = Term::from_field_text(kind_f, "a");
    let facet_aggs: Aggregations = serde_json::from_value(json!({
        "outlet": {"terms": {"field": "outlet", "size": 50}},
        "entity": {"terms": {"field": "entity", "size": 50}},
        "month": {"histogram": {"field": "published", "interval": 2_592_000.0}},
    }))?;
    let f = |n: u64| -> Result<(), String> {
        let kind = mix.pick(n);
        let req = store_search(kind, n).map_err(|e| e.to_string())?;
        let parsed = qp.parse_query(&req.query).map_err(|e| e.to_string())?;
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![
            (Occur::Must, parsed),
            (Occur::Must, Box::new(TermQuery::new(article.clone(), IndexRecordOption::Basic))),
        ];
        if let (Some(from), Some(to)) = (&req.filters.published_from, &req.filters.published_to) {
            let lo = unix_seconds(&format!("{}-01-01", &from[..4]));
            let hi = unix_seconds(&format!("{}-12-31", &to[..4]));
            clauses.push((
                Occur::Must,
                Box::new(RangeQuery::new(
                    std::ops::Bound::Included(Term::from_field_i64(published, lo)),
                    std::ops::Bound::Included(Term::from_field_i64(published, hi)),
                )),
            ));
        }
        let q = BooleanQuery::new(clauses);
        let searcher = reader.searcher();
        // The store counts facets from fast-field columns; the floor asks tantivy's own
        // aggregations for the same three (terms on outlet and entity, 30-day buckets of the
        // published Unix seconds for months: 30-second buckets overflowed the bucket limit).
        let facets = (kind == Kind::Facet)
            .then(|| AggregationCollector::from_aggs(facet_aggs.clone(), AggregationLimitsGuard::default()));
        let (_n, top, _f) =
            searcher.search(&q, &(Count, TopDocs::with_limit(10), facets)).map_err(|e| e.to_string())?;
        for (_, addr) in top {
            let d: TantivyDocument = searcher.doc(addr).map_err(|e| e.to_string())?;
            std::hint::black_box(d.get_first(doc_id).and_then(|v| v.as_str()).map(str::len));
        }
        Ok(())
    };
    let (s, elapsed) = run_threads(run, &f);
    Ok(s.report(
        "raw_tantivy_query",
        elapsed,
        json!({"via": "raw_tantivy", "mix": mix.describe(), "concurrency": run.threads}),
    ))
}

/// The same requests as the gRPC runs, against the store in-process (the server must be
/// stopped: the data dir is locked by its owner).
pub fn inproc_query(data_dir: &Path, mix: &Mix, run: &Run) -> Result<Value> {
    let opened = Instant::now();
    // The server's own options (limits, warming): the same work as a served request.
    let cfg = rasad_server::config::Config { data_dir: data_dir.to_owned(), ..Default::default() };
    let store = Arc::new(rasad_store::Store::open(rasad_server::server::store_options(&cfg))?);
    let open_ms = opened.elapsed().as_secs_f64() * 1e3;
    // Steady state: requests start once the background warming pass is done.
    let warm = store.wait_warmed().unwrap_or_default();
    let warm_ms = opened.elapsed().as_secs_f64() * 1e3 - open_ms;
    let f = |n: u64| -> Result<(), String> {
        match mix.pick(n) {
            Kind::Facts => {
                let q = store_facts(n).map_err(|e| e.to_string())?;
                store.lookup_facts(&q).map(drop).map_err(|e| format!("{e:?}"))
            }
            Kind::Ingest => Err("INGEST_NOT_IN_PROCESS".into()),
            k => {
                let q = store_search(k, n).map_err(|e| e.to_string())?;
                store.search(&q).map(drop).map_err(|e| format!("{e:?}"))
            }
        }
    };
    let (s, elapsed) = run_threads(run, &f);
    Ok(s.report(
        "inproc_query",
        elapsed,
        json!({
            "via": "in_process",
            "mix": mix.describe(),
            "concurrency": run.threads,
            "store_open_ms": round3(open_ms),
            "warm_ms": round3(warm_ms),
            "warm_mib": warm.bytes >> 20,
        }),
    ))
}
