//! A single-process ingest driver for profiling the store's cost per document.
//!
//! Analysis is done once, outside the measured run, so a profile of `ingest` counts the
//! store (tokenizing, document store, claims, group commit, merges) plus a fixed cost for
//! reading the pre-analyzed documents, which a `--n 0` run measures on its own:
//!
//! ```text
//! cargo run --release -p rasad-store --example ingest_profile -- analyze 2000 /tmp/docs.jsonl
//! valgrind --tool=callgrind target/release/examples/ingest_profile ingest /tmp/docs.jsonl 2000 /tmp/data
//! valgrind --tool=callgrind target/release/examples/ingest_profile ingest /tmp/docs.jsonl 0 /tmp/data
//! ```
//!
//! (Ir per stored document = (Ir of the first − Ir of the second) / 2000.) The analyzed
//! documents are written outside the repository: they hold corpus text.
//!
//! `check IN DATA_DIR > out.jsonl` then answers a fixed set of reads over the stored data
//! (searches with facets and highlights, phrases, fact lookups with estimates, entities,
//! `get` of every 7th document compared with what was ingested), one JSON line each, so two
//! builds' outputs can be diffed: a store change must leave them identical.

use rasad_core::{Document, Input};
use rasad_store::{
    EntityFilter, EntityListRequest, EntityRole, FacetRequest, FactQuery, Options, SearchFilters, SearchRequest, Store,
    TermMode,
};
use std::collections::VecDeque;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::process::{Command, Stdio};

const CORPUS: &str = "/work/shared/corpus/news.jsonl.gz";
/// Documents in flight, like an IngestStream window: batches of a few hundred per commit.
const WINDOW: usize = 512;

fn analyze(n: usize, out: &str) {
    let mut child = Command::new("zcat").arg(CORPUS).stdout(Stdio::piped()).spawn().expect("zcat");
    let lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let mut w = BufWriter::new(std::fs::File::create(out).expect("create"));
    let mut done = 0;
    for line in lines.map_while(Result::ok) {
        if done == n {
            break;
        }
        let Ok(j) = serde_json::from_str::<serde_json::Value>(&line) else { continue };
        let s = |k: &str| j.get(k).and_then(|x| x.as_str()).unwrap_or_default().to_owned();
        let text = format!("{}\n\n{}", s("title"), s("text"));
        let date = s("date").get(..10).unwrap_or("").to_owned();
        let outlet = s("outlet");
        let input = Input {
            bytes: text.as_bytes(),
            outlet: Some(&outlet).filter(|o| !o.is_empty()).map(String::as_str),
            published: Some(&date).filter(|d| !d.is_empty()).map(String::as_str),
            ..Input::default()
        };
        let Ok(doc) = rasad_core::analyze(&input) else { continue };
        serde_json::to_writer(&mut w, &doc).expect("write");
        w.write_all(b"\n").expect("write");
        done += 1;
    }
    // Stop zcat early (the rest of the corpus is not needed) and reap it.
    let _ = child.kill();
    let _ = child.wait();
    eprintln!("analyzed {done}");
}

fn ingest(input: &str, n: usize, data: &str) {
    let docs: Vec<Document> = BufReader::new(std::fs::File::open(input).expect("open"))
        .lines()
        .map_while(Result::ok)
        .map(|l| serde_json::from_str(&l).expect("document"))
        .collect();
    if n == 0 {
        eprintln!("loaded {} (baseline run: nothing stored)", docs.len());
        return;
    }
    let _ = std::fs::remove_dir_all(data);
    let mut options = Options::new(data);
    options.writer_memory_bytes = 256 << 20;
    options.warm_bytes = 0;
    let store = Store::open(options).expect("open");
    let mut pending = VecDeque::new();
    let mut created = 0;
    for (i, doc) in docs.into_iter().take(n).enumerate() {
        if pending.len() == WINDOW {
            let p: rasad_store::PendingIngest = pending.pop_front().expect("window");
            created += usize::from(p.wait().is_ok());
        }
        pending.push_back(store.submit(doc, Some(&format!("doc-{i}"))).expect("submit"));
    }
    for p in pending {
        created += usize::from(p.wait().is_ok());
    }
    let stats = store.stats().expect("stats");
    drop(store);
    eprintln!("stored {created}: {} documents, {} claims, {} segments", stats.documents, stats.claims, stats.segments);
}

fn rng(seed: &mut u64) -> u64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed
}

fn check(input: &str, data: &str) {
    let docs: Vec<Document> = BufReader::new(std::fs::File::open(input).expect("open"))
        .lines()
        .map_while(Result::ok)
        .map(|l| serde_json::from_str(&l).expect("document"))
        .collect();
    let mut options = Options::new(data);
    options.warm_bytes = 0;
    let store = Store::open(options).expect("open");
    let out = |v: serde_json::Value| println!("{v}");
    let stats = store.stats().expect("stats");
    out(serde_json::json!({"documents": stats.documents, "claims": stats.claims}));
    let words: Vec<&str> = docs
        .iter()
        .filter_map(|d| d.title.as_ref())
        .flat_map(|t| t.text.split_whitespace())
        .filter(|w| w.chars().count() >= 4)
        .collect();
    let mut seed = 0x2545_F491_4F6C_DD1Du64;
    for i in 0..300 {
        let a = words[(rng(&mut seed) as usize) % words.len()];
        let b = words[(rng(&mut seed) as usize) % words.len()];
        let query = match i % 3 {
            0 => format!("{a} {b}"),
            1 => format!("\"{a} {b}\""),
            _ => a.to_owned(),
        };
        let req = SearchRequest {
            query,
            mode: if i % 4 == 0 { TermMode::All } else { TermMode::default() },
            filters: SearchFilters { has_claims: (i % 5 == 0).then_some(true), ..SearchFilters::default() },
            facets: FacetRequest::all(),
            highlight: true,
            page_size: 10,
            ..SearchRequest::default()
        };
        out(serde_json::json!({"search": req, "response": store.search(&req).map_err(|e| e.to_string())}));
    }
    for (i, d) in docs.iter().enumerate().step_by(7) {
        let got = store.get(&format!("doc-{i}")).expect("get");
        out(serde_json::json!({"get": i, "same": got.document == *d, "cluster": got.cluster_id}));
    }
    let mut origins: Vec<String> =
        docs.iter().flat_map(|d| &d.claims).filter_map(|c| c.origin.as_ref()?.id.clone()).collect();
    origins.sort();
    origins.dedup();
    for (i, o) in origins.iter().enumerate() {
        let q = FactQuery {
            entities: vec![EntityFilter {
                role: if i % 2 == 0 { EntityRole::Origin } else { EntityRole::Any },
                ids: vec![o.clone()],
            }],
            estimates: true,
            page_size: 20,
            ..FactQuery::default()
        };
        out(serde_json::json!({"facts": q, "response": store.lookup_facts(&q).map_err(|e| e.to_string())}));
    }
    let mut token = None;
    let mut ids = Vec::new();
    loop {
        let page = store.list_entities(&EntityListRequest { page_size: 100, page_token: token, ..Default::default() });
        let page = page.expect("entities");
        ids.extend(page.entities.iter().map(|e| e.id.clone()));
        out(serde_json::json!({"entities": page}));
        token = page.next_page_token;
        if token.is_none() {
            break;
        }
    }
    for id in ids.iter().step_by(5) {
        out(serde_json::json!({"entity": id, "summary": store.get_entity(id).map_err(|e| e.to_string())}));
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    match args.get(1).map(String::as_str) {
        Some("analyze") => analyze(args[2].parse().expect("n"), &args[3]),
        Some("ingest") => ingest(&args[2], args[3].parse().expect("n"), &args[4]),
        Some("check") => check(&args[2], &args[3]),
        _ => eprintln!("usage: ingest_profile analyze N OUT | ingest IN N DATA_DIR | check IN DATA_DIR"),
    }
}
