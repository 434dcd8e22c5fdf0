//! Overload (issue 11): measure the server's capacity for Analyze briefly, then offer 4×
//! that rate open-loop for a bounded time. Health must keep answering, the excess must be
//! shed (RESOURCE_EXHAUSTED with a retry hint) rather than queued until deadlines pass,
//! peak RSS must stay under its budget, and the server must answer normally afterwards.
//!
//! `RASAD_OVERLOAD_SECS` lengthens the overload phase (default 3 s) for the figures in
//! RELIABILITY.md; the test prints one `overload:` line with them.

use crate::harness::{Server, own_article};
use rasad_server::proto as pb;
use rasad_server::proto::rasad_client::RasadClient;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};
use tokio::task::JoinSet;
use tonic::Code;
use tonic::transport::Channel;
use tonic_health::pb::HealthCheckRequest;
use tonic_health::pb::health_client::HealthClient;

/// Peak RSS the server may reach under overload: shedding bounds the work in flight (to
/// `SLOTS` calls), so memory must not grow with the offered load. (No ingest runs here, so
/// the index writer's arena stays unused.)
const RSS_BUDGET_MIB: u64 = 256;
/// Data RPCs the server runs at once in this test.
const SLOTS: &str = "4";
/// Each request's deadline: a server that queued instead of shedding would blow it.
const DEADLINE: Duration = Duration::from_secs(2);

/// `VmHWM` or `VmRSS` of `pid`, MiB.
fn proc_mib(pid: u32, key: &str) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix(key))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .map_or(0, |kb| kb / 1024)
}

fn analyze_req() -> tonic::Request<pb::AnalyzeRequest> {
    let mut r = tonic::Request::new(pb::AnalyzeRequest { content: own_article(), ..Default::default() });
    r.set_timeout(DEADLINE);
    r
}

/// Successful Analyze calls per second with four closed-loop callers per connection: more
/// callers than slots, so the server is saturated and the figure is its capacity.
async fn capacity(clients: &[RasadClient<Channel>], for_: Duration) -> f64 {
    let done = Arc::new(AtomicU64::new(0));
    let until = Instant::now() + for_;
    let mut set = JoinSet::new();
    for c in clients.iter().cycle().take(4 * clients.len()) {
        let (mut c, done) = (c.clone(), done.clone());
        set.spawn(async move {
            while Instant::now() < until {
                if c.analyze(analyze_req()).await.is_ok() {
                    done.fetch_add(1, Ordering::Relaxed);
                }
            }
        });
    }
    while set.join_next().await.is_some() {}
    #[allow(clippy::cast_precision_loss)]
    let n = done.load(Ordering::Relaxed) as f64;
    n / for_.as_secs_f64()
}

#[derive(Default, Debug)]
struct Tally {
    ok: u64,
    shed: u64,
    shed_with_hint: u64,
    deadline: u64,
    other: Vec<String>,
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn overload_at_four_times_capacity_sheds_and_recovers() {
    let secs: u64 = std::env::var("RASAD_OVERLOAD_SECS").ok().and_then(|s| s.parse().ok()).unwrap_or(3);
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), &[("RASAD_LIMITS__MAX_CONCURRENT_RPCS", SLOTS)]).await;
    let pid = server.child.as_ref().unwrap().id();
    // Several connections, as several clients would have.
    let mut clients = Vec::new();
    for _ in 0..4 {
        clients.push(server.client().await);
    }

    let cap = capacity(&clients, Duration::from_millis(1500)).await.max(1.0);
    let rate = 4.0 * cap;
    let period = Duration::from_secs_f64(1.0 / rate);

    // Health probe every 100 ms during the overload.
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let health = {
        let (stop, ch) = (stop.clone(), server.channel().await);
        tokio::spawn(async move {
            let mut h = HealthClient::new(ch);
            let (mut n, mut failed, mut worst) = (0u32, 0u32, Duration::ZERO);
            while !stop.load(Ordering::Relaxed) {
                let t0 = Instant::now();
                let mut r = tonic::Request::new(HealthCheckRequest { service: String::new() });
                r.set_timeout(Duration::from_secs(1));
                if h.check(r).await.is_err() {
                    failed += 1;
                }
                worst = worst.max(t0.elapsed());
                n += 1;
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            (n, failed, worst)
        })
    };

    // Open loop: one request per tick whatever the server does.
    let started = Instant::now();
    let mut tick = tokio::time::interval(period);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Burst);
    let mut set = JoinSet::new();
    let mut offered = 0u64;
    let mut peak_rss = 0u64;
    let mut i = 0usize;
    while started.elapsed() < Duration::from_secs(secs) {
        tick.tick().await;
        let mut c = clients[i % clients.len()].clone();
        i += 1;
        offered += 1;
        set.spawn(async move { c.analyze(analyze_req()).await.map(|_| ()) });
        if offered.is_multiple_of(64) {
            peak_rss = peak_rss.max(proc_mib(pid, "VmRSS:"));
        }
    }
    let offered_for = started.elapsed();
    let mut tally = Tally::default();
    while let Some(r) = set.join_next().await {
        match r.unwrap() {
            Ok(()) => tally.ok += 1,
            Err(s) if s.code() == Code::ResourceExhausted || s.code() == Code::Unavailable => {
                tally.shed += 1;
                if s.metadata().get("grpc-retry-pushback-ms").is_some() && s.message().contains("retry") {
                    tally.shed_with_hint += 1;
                }
            }
            Err(s) if s.code() == Code::DeadlineExceeded || s.code() == Code::Cancelled => tally.deadline += 1,
            Err(s) => tally.other.push(format!("{:?}: {}", s.code(), s.message())),
        }
    }
    let drained = started.elapsed();
    stop.store(true, Ordering::Relaxed);
    let (probes, probe_failures, worst_probe) = health.await.unwrap();
    let hwm = proc_mib(pid, "VmHWM:");

    // Recovery: sequential calls all succeed once the load is gone.
    let recover_start = Instant::now();
    let mut c = clients[0].clone();
    for _ in 0..10 {
        c.analyze(analyze_req()).await.expect("after the overload the server answers normally");
    }
    let recovered_in = recover_start.elapsed();

    #[allow(clippy::cast_precision_loss)]
    let offered_rate = offered as f64 / offered_for.as_secs_f64();
    println!(
        "overload: capacity {cap:.0}/s, offered {offered_rate:.0}/s for {:.1} s ({offered} requests); ok {}, \
         shed {} ({} with retry hint), deadline {}, other {}; all answered after {:.1} s; health {probes} probes, \
         {probe_failures} failed, worst {} ms; peak RSS {} MiB (VmHWM {hwm} MiB, budget {RSS_BUDGET_MIB}); \
         10 calls after the load in {} ms",
        offered_for.as_secs_f64(),
        tally.ok,
        tally.shed,
        tally.shed_with_hint,
        tally.deadline,
        tally.other.len(),
        drained.as_secs_f64(),
        worst_probe.as_millis(),
        peak_rss,
        recovered_in.as_millis(),
    );
    assert!(tally.other.is_empty(), "unexpected errors: {:?}", &tally.other[..tally.other.len().min(5)]);
    assert!(tally.shed > 0, "nothing shed at 4× capacity: {tally:?}");
    assert_eq!(tally.shed_with_hint, tally.shed, "every shed call carries a retry hint");
    // Shedding, not queueing: almost nothing waits until its deadline.
    assert!(tally.deadline * 20 <= offered, "{} of {offered} calls hit their deadline", tally.deadline);
    assert!(tally.ok > 0, "nothing served under overload");
    assert_eq!(probe_failures, 0, "health failed under overload");
    assert!(hwm > 0 && hwm <= RSS_BUDGET_MIB, "peak RSS {hwm} MiB over the {RSS_BUDGET_MIB} MiB budget");
}
