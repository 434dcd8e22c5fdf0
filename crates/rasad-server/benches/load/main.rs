//! `load`: Rasad's load harness and scale benchmark (a bench binary, `harness = false`).
//!
//! Not part of `cargo test`; run it with
//! `cargo bench -p rasad-server --bench load -- <command> …` (or the built binary), and see
//! `scripts/scale-curve` for the whole scale run. Every run is bounded in time
//! (`--duration-s`) and count (`--max-requests`), and only loopback addresses are accepted.
//!
//! Commands:
//! - `corpus`        write N synthetic articles as JSONL (inspect what is ingested)
//! - `ingest`        ingest synthetic articles `--from..--to` over IngestStream
//! - `query`         query load over gRPC: closed loop or fixed rate, a mix of kinds
//! - `wait-serving`  time from a server start to health SERVING
//! - `raw-ingest`    the floor: the same articles into plain tantivy
//! - `raw-query`     the floor: the same searches with plain tantivy on the store's index
//! - `inproc-query`  the same requests against the store in-process (no gRPC)
//!
//! Each command prints one JSON object per line on stdout (the scale script collects them).

mod corpus;
mod floor;
mod grpc;
mod stats;
mod workload;

use anyhow::Result;
use clap::{Args, Parser, Subcommand};
use corpus::Corpus;
use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;
use workload::Mix;

/// The default recombination seed ("RASAD" in ASCII).
const DEFAULT_SEED: u64 = 0x52_4153_4144;

/// The service health reports on.
pub const SERVICE: &str = rasad_server::server::SERVICE_NAME;

#[derive(Parser, Debug)]
#[command(name = "load", about = "Rasad load harness and scale benchmark")]
struct Cli {
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Args, Debug, Clone)]
struct Source {
    /// The real news corpus (JSONL, .gz read through `gzip -dc`), read in place.
    #[arg(long, default_value = "../shared/corpus/news.jsonl.gz")]
    source: PathBuf,
    /// Most source articles to read.
    #[arg(long, default_value_t = usize::MAX)]
    source_limit: usize,
    /// Seed of the recombination.
    #[arg(long, default_value_t = DEFAULT_SEED)]
    seed: u64,
}

impl Source {
    fn load(&self) -> Result<Arc<Corpus>> {
        let c = Corpus::load(&self.source, self.source_limit, self.seed)?;
        let (a, p) = c.sizes();
        eprintln!("load: corpus {} — {a} articles, {p} paragraphs", self.source.display());
        Ok(Arc::new(c))
    }
}

#[derive(Args, Debug, Clone)]
struct Bounds {
    /// Measured seconds (after warm-up).
    #[arg(long, default_value_t = 10.0)]
    duration_s: f64,
    /// Warm-up seconds, not recorded.
    #[arg(long, default_value_t = 1.0)]
    warmup_s: f64,
    /// Most requests, warm-up included.
    #[arg(long, default_value_t = 1_000_000)]
    max_requests: u64,
    /// Concurrency: workers (closed loop) or most in flight (fixed rate).
    #[arg(long, short = 'c', default_value_t = 1)]
    concurrency: usize,
    /// Request mix, e.g. `search2=4,phrase=1,facet=1,facts=1,ingest=1`.
    #[arg(long, default_value = "search2")]
    mix: String,
}

impl Bounds {
    fn run(&self) -> floor::Run {
        floor::Run {
            threads: self.concurrency,
            duration: Duration::from_secs_f64(self.duration_s),
            warmup: Duration::from_secs_f64(self.warmup_s),
            max: self.max_requests,
        }
    }
}

#[derive(Subcommand, Debug)]
enum Cmd {
    /// Write synthetic articles `--from..--to` as JSONL (id, outlet, published, text).
    Corpus {
        #[command(flatten)]
        src: Source,
        #[arg(long, default_value_t = 0)]
        from: u64,
        #[arg(long)]
        to: u64,
    },
    /// Ingest synthetic articles over IngestStream.
    Ingest {
        #[command(flatten)]
        src: Source,
        #[arg(long)]
        addr: String,
        #[arg(long, default_value_t = 0)]
        from: u64,
        #[arg(long)]
        to: u64,
        /// Concurrent IngestStreams.
        #[arg(long, default_value_t = 2)]
        streams: usize,
    },
    /// Query load over gRPC.
    Query {
        #[arg(long)]
        addr: String,
        #[command(flatten)]
        bounds: Bounds,
        /// `closed` (next request when the last answered) or `fixed` (at `--rate`).
        #[arg(long, default_value = "closed")]
        mode: String,
        /// Requests per second for `--mode fixed`.
        #[arg(long, default_value_t = 1000.0)]
        rate: f64,
        /// HTTP/2 connections shared by the workers.
        #[arg(long, default_value_t = 1)]
        connections: usize,
        /// Documents per IngestStream in the `ingest` kind.
        #[arg(long, default_value_t = 8)]
        ingest_batch: usize,
        /// First synthetic id of the `ingest` kind (kept apart from the scale corpus).
        #[arg(long, default_value_t = 500_000_000)]
        ingest_id_base: u64,
        /// The corpus, needed only when the mix has `ingest`.
        #[arg(long)]
        source: Option<PathBuf>,
    },
    /// Wait for health SERVING; print ms since `--since-unix-ns`.
    WaitServing {
        #[arg(long)]
        addr: String,
        #[arg(long)]
        since_unix_ns: u128,
        #[arg(long, default_value_t = 120.0)]
        timeout_s: f64,
    },
    /// Plain tantivy ingest of the same articles (the floor).
    RawIngest {
        #[command(flatten)]
        src: Source,
        #[arg(long)]
        n: u64,
        #[arg(long)]
        dir: PathBuf,
        #[arg(long, default_value_t = 256)]
        mem_mb: usize,
        /// `rasad` (the store's analyzer) or `default` (tantivy's).
        #[arg(long, default_value = "rasad")]
        tokenizer: String,
        /// Docs per commit; 0 = one commit at the end.
        #[arg(long, default_value_t = 0)]
        commit_every: u64,
    },
    /// Plain tantivy searches on the store's own index (server stopped).
    RawQuery {
        #[arg(long)]
        data_dir: PathBuf,
        #[command(flatten)]
        bounds: Bounds,
    },
    /// The same requests against the store in-process (server stopped).
    InprocQuery {
        #[arg(long)]
        data_dir: PathBuf,
        #[command(flatten)]
        bounds: Bounds,
    },
}

fn print(v: &serde_json::Value) -> Result<()> {
    let mut out = std::io::stdout().lock();
    writeln!(out, "{v}")?;
    out.flush()?;
    Ok(())
}

fn runtime() -> Result<tokio::runtime::Runtime> {
    Ok(tokio::runtime::Builder::new_multi_thread().enable_all().build()?)
}

fn main() -> Result<()> {
    // `cargo bench` passes `--bench`; it means nothing here.
    let args = std::env::args_os().filter(|a| a != "--bench");
    let cli = Cli::parse_from(args);
    match cli.command {
        Cmd::Corpus { src, from, to } => {
            let c = src.load()?;
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            for i in from..to {
                let a = c.article(i);
                let line =
                    serde_json::json!({"id": a.id, "outlet": a.outlet, "published": a.published, "text": a.text});
                writeln!(out, "{line}")?;
            }
            out.flush()?;
        }
        Cmd::Ingest { src, addr, from, to, streams } => {
            let c = src.load()?;
            print(&runtime()?.block_on(grpc::ingest(&addr, c, from, to, streams))?)?;
        }
        Cmd::Query { addr, bounds, mode, rate, connections, ingest_batch, ingest_id_base, source } => {
            let mix = Mix::parse(&bounds.mix)?;
            let drive = match mode.as_str() {
                "closed" => grpc::Drive::Closed,
                "fixed" => grpc::Drive::Fixed { rate },
                other => anyhow::bail!("--mode {other:?}: closed or fixed"),
            };
            let corpus = match source {
                Some(s) => Some(Source { source: s, source_limit: usize::MAX, seed: DEFAULT_SEED }.load()?),
                None => None,
            };
            let run = grpc::QueryRun {
                mix,
                drive,
                concurrency: bounds.concurrency,
                connections,
                duration: Duration::from_secs_f64(bounds.duration_s),
                warmup: Duration::from_secs_f64(bounds.warmup_s),
                max_requests: bounds.max_requests,
                ingest_batch: ingest_batch.max(1),
                ingest_id_base,
            };
            for r in runtime()?.block_on(grpc::query(&addr, run, corpus))? {
                print(&r)?;
            }
        }
        Cmd::WaitServing { addr, since_unix_ns, timeout_s } => {
            let r =
                runtime()?.block_on(grpc::wait_serving(&addr, since_unix_ns, Duration::from_secs_f64(timeout_s)))?;
            print(&r)?;
        }
        Cmd::RawIngest { src, n, dir, mem_mb, tokenizer, commit_every } => {
            let c = src.load()?;
            print(&floor::raw_ingest(&c, n, &dir, mem_mb, &tokenizer, commit_every)?)?;
        }
        Cmd::RawQuery { data_dir, bounds } => {
            let mix = Mix::parse(&bounds.mix)?;
            print(&floor::raw_query(&data_dir, &mix, &bounds.run())?)?;
        }
        Cmd::InprocQuery { data_dir, bounds } => {
            let mix = Mix::parse(&bounds.mix)?;
            print(&floor::inproc_query(&data_dir, &mix, &bounds.run())?)?;
        }
    }
    Ok(())
}
