//! Over gRPC: bulk ingest (IngestStream), query load (closed loop or fixed rate), and
//! waiting for health SERVING after a restart.

use crate::corpus::Corpus;
use crate::stats::{Samples, round3};
use crate::workload::{Kind, Mix, facts_request, search_request};
use anyhow::{Context, Result, bail};
use futures::StreamExt;
use parking_lot::Mutex;
use rasad_server::proto as pb;
use rasad_server::proto::rasad_client::RasadClient;
use serde_json::{Value, json};
use std::collections::VecDeque;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};
use tokio::sync::mpsc;
use tokio_stream::wrappers::ReceiverStream;
use tonic::transport::{Channel, Endpoint};

/// Only loopback: the harness must never send traffic elsewhere.
pub fn endpoint(addr: &str) -> Result<Endpoint> {
    let sock: std::net::SocketAddr = addr.parse().with_context(|| format!("--addr {addr:?}: not IP:PORT"))?;
    if !sock.ip().is_loopback() {
        bail!("--addr {addr}: only loopback addresses are allowed");
    }
    Ok(Endpoint::from_shared(format!("http://{sock}"))?.tcp_nodelay(true).connect_timeout(Duration::from_secs(5)))
}

async fn clients(addr: &str, n: usize) -> Result<Vec<RasadClient<Channel>>> {
    let mut v = Vec::with_capacity(n);
    for _ in 0..n.max(1) {
        let ch = endpoint(addr)?.connect().await.with_context(|| format!("connecting to {addr}"))?;
        v.push(RasadClient::new(ch).max_decoding_message_size(64 << 20).max_encoding_message_size(64 << 20));
    }
    Ok(v)
}

fn ingest_request(a: crate::corpus::Article) -> pb::IngestStreamRequest {
    pb::IngestStreamRequest {
        document: Some(pb::IngestRequest {
            id: a.id,
            content: a.text.into_bytes(),
            content_type: "text/plain; charset=utf-8".into(),
            url: String::new(),
            outlet: a.outlet,
            published: a.published,
        }),
    }
}

/// Sends synthetic articles `ids` over one IngestStream; records each document's time from
/// send to acknowledgement (durable).
async fn one_stream(
    mut client: RasadClient<Channel>,
    corpus: Arc<Corpus>,
    ids: Vec<u64>,
    bytes: Arc<AtomicU64>,
) -> Result<Samples> {
    let (tx, rx) = mpsc::channel::<pb::IngestStreamRequest>(128);
    let sent: Arc<Mutex<VecDeque<Instant>>> = Arc::default();
    let sent_p = sent.clone();
    let producer = tokio::spawn(async move {
        for i in ids {
            let req = ingest_request(corpus.article(i));
            if let Some(d) = &req.document {
                bytes.fetch_add(d.content.len() as u64, Ordering::Relaxed);
            }
            sent_p.lock().push_back(Instant::now());
            if tx.send(req).await.is_err() {
                break;
            }
        }
    });
    let mut samples = Samples::default();
    let mut out = client.ingest_stream(ReceiverStream::new(rx)).await?.into_inner();
    while let Some(item) = out.next().await {
        let at = sent.lock().pop_front();
        match item {
            Ok(r) => match r.outcome {
                Some(pb::ingest_stream_response::Outcome::Result(_)) => {
                    samples.ok(at.map_or(Duration::ZERO, |t| t.elapsed()));
                }
                Some(pb::ingest_stream_response::Outcome::Failure(f)) => samples.err(f.code),
                None => samples.err("EMPTY"),
            },
            Err(s) => {
                samples.err(format!("{:?}", s.code()));
                break;
            }
        }
    }
    producer.abort();
    Ok(samples)
}

/// Ingests synthetic articles `from..to` over `streams` concurrent IngestStreams.
pub async fn ingest(addr: &str, corpus: Arc<Corpus>, from: u64, to: u64, streams: usize) -> Result<Value> {
    let streams = streams.max(1);
    let cl = clients(addr, streams).await?;
    let bytes = Arc::new(AtomicU64::new(0));
    let started = Instant::now();
    let mut tasks = Vec::new();
    for (s, c) in cl.into_iter().enumerate() {
        let ids: Vec<u64> = (from..to).filter(|i| (i % streams as u64) as usize == s).collect();
        tasks.push(tokio::spawn(one_stream(c, corpus.clone(), ids, bytes.clone())));
    }
    let mut all = Samples::default();
    for t in tasks {
        all.merge(t.await??);
    }
    let elapsed = started.elapsed();
    let b = bytes.load(Ordering::Relaxed);
    Ok(all.report(
        "grpc_ingest",
        elapsed,
        json!({"from": from, "to": to, "streams": streams, "bytes": b,
               "mb_per_s": round3(b as f64 / 1e6 / elapsed.as_secs_f64().max(1e-9))}),
    ))
}

/// How a query run is driven.
#[derive(Clone, Copy, Debug)]
pub enum Drive {
    /// `concurrency` workers, each sends the next request when the last one answered.
    Closed,
    /// Requests start at `rate`/s whatever the answers do (at most `concurrency` in
    /// flight); latency counts from the scheduled start, so queueing is not hidden.
    Fixed { rate: f64 },
}

/// Bounds and shape of a query run.
#[derive(Clone, Debug)]
pub struct QueryRun {
    pub mix: Mix,
    pub drive: Drive,
    pub concurrency: usize,
    pub connections: usize,
    pub duration: Duration,
    pub warmup: Duration,
    pub max_requests: u64,
    pub ingest_batch: usize,
    pub ingest_id_base: u64,
}

/// One request of kind `kind`, number `n`.
async fn one(
    client: &mut RasadClient<Channel>,
    kind: Kind,
    n: u64,
    run: &QueryRun,
    corpus: Option<&Arc<Corpus>>,
) -> Result<(), String> {
    let code = |s: tonic::Status| format!("{:?}", s.code());
    match kind {
        Kind::Search2 | Kind::Phrase | Kind::Facet => {
            client.search(search_request(kind, n)).await.map(drop).map_err(code)
        }
        Kind::Facts => client.lookup_facts(facts_request(n)).await.map(drop).map_err(code),
        Kind::Ingest => {
            let corpus = corpus.ok_or("NO_CORPUS")?;
            let base = run.ingest_id_base + n * run.ingest_batch as u64;
            let reqs: Vec<_> =
                (base..base + run.ingest_batch as u64).map(|i| ingest_request(corpus.article(i))).collect();
            let mut out = client.ingest_stream(futures::stream::iter(reqs)).await.map_err(code)?.into_inner();
            while let Some(r) = out.next().await {
                match r.map_err(code)?.outcome {
                    Some(pb::ingest_stream_response::Outcome::Result(_)) => {}
                    Some(pb::ingest_stream_response::Outcome::Failure(f)) => return Err(f.code),
                    None => return Err("EMPTY".into()),
                }
            }
            Ok(())
        }
    }
}

/// Per-kind samples.
type ByKind = Arc<Mutex<Vec<(Kind, Samples)>>>;

fn record(by: &ByKind, kind: Kind, lat: Duration, r: Result<(), String>) {
    let mut g = by.lock();
    let slot = match g.iter().position(|(k, _)| *k == kind) {
        Some(i) => i,
        None => {
            g.push((kind, Samples::default()));
            g.len() - 1
        }
    };
    match r {
        Ok(()) => g[slot].1.ok(lat),
        Err(c) => g[slot].1.err(c),
    }
}

/// Runs a query load and returns one report per kind plus one for all.
pub async fn query(addr: &str, run: QueryRun, corpus: Option<Arc<Corpus>>) -> Result<Vec<Value>> {
    let cl = clients(addr, run.connections).await?;
    let by: ByKind = Arc::default();
    let counter = Arc::new(AtomicU64::new(0));
    let t0 = Instant::now();
    let measure_from = t0 + run.warmup;
    let deadline = measure_from + run.duration;
    let run = Arc::new(run);
    match run.drive {
        Drive::Closed => {
            let mut tasks = Vec::new();
            for w in 0..run.concurrency.max(1) {
                let mut client = cl[w % cl.len()].clone();
                let (by, counter, run, corpus) = (by.clone(), counter.clone(), run.clone(), corpus.clone());
                tasks.push(tokio::spawn(async move {
                    loop {
                        let now = Instant::now();
                        if now >= deadline {
                            break;
                        }
                        let n = counter.fetch_add(1, Ordering::Relaxed);
                        if n >= run.max_requests {
                            break;
                        }
                        let kind = run.mix.pick(n);
                        let r = one(&mut client, kind, n, &run, corpus.as_ref()).await;
                        if now >= measure_from {
                            record(&by, kind, now.elapsed(), r);
                        }
                    }
                }));
            }
            for t in tasks {
                t.await?;
            }
        }
        Drive::Fixed { rate } => {
            if rate.is_nan() || rate <= 0.0 {
                bail!("--rate must be positive");
            }
            let slots = Arc::new(tokio::sync::Semaphore::new(run.concurrency.max(1)));
            let mut tasks = tokio::task::JoinSet::new();
            for n in 0..run.max_requests {
                let due = t0 + Duration::from_secs_f64(n as f64 / rate);
                if due >= deadline {
                    break;
                }
                tokio::time::sleep_until(due.into()).await;
                let permit = slots.clone().acquire_owned().await?;
                let mut client = cl[n as usize % cl.len()].clone();
                let (by, run, corpus) = (by.clone(), run.clone(), corpus.clone());
                tasks.spawn(async move {
                    let kind = run.mix.pick(n);
                    let r = one(&mut client, kind, n, &run, corpus.as_ref()).await;
                    if due >= measure_from {
                        record(&by, kind, due.elapsed(), r);
                    }
                    drop(permit);
                });
                while tasks.try_join_next().is_some() {}
            }
            while tasks.join_next().await.is_some() {}
        }
    }
    let elapsed = Instant::now().saturating_duration_since(measure_from);
    let (mode, rate) = match run.drive {
        Drive::Closed => ("closed", Value::Null),
        Drive::Fixed { rate } => ("fixed", json!(rate)),
    };
    let common = json!({"mode": mode, "rate": rate, "concurrency": run.concurrency,
                        "connections": run.connections, "mix": run.mix.describe(), "via": "grpc"});
    let mut reports = Vec::new();
    let mut all = Samples::default();
    for (kind, s) in std::mem::take(&mut *by.lock()) {
        let mut c = common.clone();
        c["kind"] = json!(kind.name());
        let mut copy = Samples::default();
        copy.micros.clone_from(&s.micros);
        copy.errors.clone_from(&s.errors);
        reports.push(copy.report(&format!("grpc_{}", kind.name()), elapsed, c));
        all.merge(s);
    }
    let mut c = common;
    c["kind"] = json!("all");
    reports.push(all.report("grpc_all", elapsed, c));
    Ok(reports)
}

/// Polls health until `rasad.v1.Rasad` is SERVING; returns ms since `since` (a Unix time
/// in ns taken by the caller just before starting the server).
pub async fn wait_serving(addr: &str, since_unix_ns: u128, timeout: Duration) -> Result<Value> {
    use tonic_health::pb::health_check_response::ServingStatus;
    use tonic_health::pb::{HealthCheckRequest, health_client::HealthClient};
    let started = Instant::now();
    let mut polls = 0u64;
    loop {
        polls += 1;
        if let Ok(ch) = endpoint(addr)?.connect().await {
            let mut h = HealthClient::new(ch);
            loop {
                let req = HealthCheckRequest { service: crate::SERVICE.into() };
                match h.check(req).await {
                    Ok(r) if r.get_ref().status == ServingStatus::Serving as i32 => {
                        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH)?.as_nanos();
                        let ms = now.saturating_sub(since_unix_ns) as f64 / 1e6;
                        return Ok(json!({"label": "restart_to_serving", "ms": round3(ms), "polls": polls,
                                         "loadavg": crate::stats::loadavg()}));
                    }
                    Ok(_) => {}
                    Err(_) => break,
                }
                polls += 1;
                if started.elapsed() > timeout {
                    bail!("not SERVING after {timeout:?}");
                }
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
        }
        if started.elapsed() > timeout {
            bail!("not SERVING after {timeout:?}");
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}
