//! Recovery after `kill -9`: a child process ingests in a loop from several threads and
//! prints `ACK <id>` after each `ingest()` returns; the parent kills it at a pseudo-random
//! moment, reopens the store, and checks every acknowledged document is there and whole
//! (same document, all its claims), and that no visible document is partial.

use crate::common::{ClaimSpec, add_claim, analyze, fixture, kz};
use rasad_core::{Document, Predicate, SubjectClass};
use rasad_store::{FactQuery, Options, SearchRequest, SortOrder, Store};
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

const CHILD_ENV: &str = "RASAD_STORE_CRASH_CHILD_DIR";
const TRIAL_ENV: &str = "RASAD_STORE_CRASH_TRIAL";
const TRIALS: u64 = 20;
const WRITERS: usize = 4;

/// The document for `id`: the same every time, with 1–3 claims depending on the id.
fn doc_for(id: &str) -> Document {
    let text = format!("{}\n\nمعرف الوثيقة {id} للاختبار", fixture("kz_repatriation.txt").trim_end());
    let mut d = analyze(&text, "youm7", "2023-05-10");
    let specs = [("47", 47.0), ("أكثر من 600", 600.0), ("2019", 2019.0)];
    let n = 1 + id.bytes().map(usize::from).sum::<usize>() % 3;
    for (number_text, value) in specs.into_iter().take(n) {
        add_claim(
            &mut d,
            ClaimSpec {
                value,
                number_text,
                class: SubjectClass::Person,
                predicate: Predicate::Returned,
                origin: Some(kz()),
                ..ClaimSpec::default()
            },
        );
    }
    d
}

/// Not a test of its own: the body of the child process `crash_test` starts. Without the
/// environment variable it returns at once.
#[test]
fn crash_child_process() {
    let Some(dir) = std::env::var_os(CHILD_ENV) else { return };
    let trial = std::env::var(TRIAL_ENV).unwrap_or_default();
    let store = Arc::new(Store::open(Options::new(dir)).expect("child opens the store"));
    let out = Arc::new(Mutex::new(std::io::stdout()));
    let workers: Vec<_> = (0..WRITERS)
        .map(|w| {
            let store = store.clone();
            let out = out.clone();
            let trial = trial.clone();
            std::thread::spawn(move || {
                for i in 0.. {
                    let id = format!("t{trial}-w{w}-{i}");
                    store.ingest(doc_for(&id), Some(&id)).expect("ingest");
                    let mut o = out.lock().unwrap();
                    writeln!(o, "ACK {id}").unwrap();
                    o.flush().unwrap();
                }
            })
        })
        .collect();
    for w in workers {
        let _ = w.join();
    }
}

/// xorshift: reproducible kill times without a dependency.
fn next(seed: &mut u64) -> u64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed
}

#[test]
fn crash_test_loses_no_acknowledged_document() {
    let dir = tempfile::tempdir().unwrap();
    let exe = std::env::current_exe().unwrap();
    let mut seed = 0x9E37_79B9_7F4A_7C15u64;
    let mut acked_total = 0usize;
    let mut lost = Vec::new();
    for trial in 0..TRIALS {
        let mut child = Command::new(&exe)
            .args(["crash::crash_child_process", "--exact", "--nocapture", "--test-threads=1"])
            .env(CHILD_ENV, dir.path())
            .env(TRIAL_ENV, trial.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (first_tx, first_rx) = std::sync::mpsc::channel();
        let reader = std::thread::spawn(move || {
            let mut acked = Vec::new();
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(id) = line.strip_prefix("ACK ") {
                    acked.push(id.to_owned());
                    let _ = first_tx.send(());
                }
            }
            acked
        });
        // Kill while ingestion is under way: after the first acknowledgement (however
        // loaded the machine is), plus a pseudo-random 0–1.5 s.
        let _ = first_rx.recv_timeout(Duration::from_secs(120));
        std::thread::sleep(Duration::from_millis(next(&mut seed) % 1500));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        let acked = reader.join().unwrap();
        acked_total += acked.len();

        let store = Store::open(Options::new(dir.path())).expect("reopens after kill -9");
        for id in &acked {
            match store.get(id) {
                Ok(got) if got.document == doc_for(id) => {}
                Ok(_) => lost.push(format!("{id}: changed")),
                Err(e) => lost.push(format!("{id}: {e}")),
            }
        }
        assert_every_visible_document_is_whole(&store);
        eprintln!(
            "crash trial {trial}: {} acknowledged, store holds {}",
            acked.len(),
            store.stats().unwrap().documents
        );
    }
    eprintln!("crash test: {TRIALS} trials, {acked_total} acknowledged, {} lost", lost.len());
    assert!(lost.is_empty(), "lost after kill -9: {lost:?}");
    assert!(acked_total >= TRIALS as usize, "the child barely ran: {acked_total} acknowledged");
}

fn assert_every_visible_document_is_whole(store: &Store) {
    let mut req = SearchRequest { sort: SortOrder::DateDesc, page_size: 100, ..SearchRequest::default() };
    loop {
        let page = store.search(&req).unwrap();
        for h in &page.hits {
            let claims = store
                .lookup_facts(&FactQuery { document_ids: vec![h.id.clone()], ..FactQuery::default() })
                .unwrap()
                .total;
            assert_eq!(claims as usize, h.claim_count, "{}: claims and article out of step", h.id);
            assert_eq!(h.claim_count, doc_for(&h.id).claims.len(), "{}: partial document", h.id);
        }
        match page.next_page_token {
            Some(t) => req.page_token = Some(t),
            None => break,
        }
    }
}
