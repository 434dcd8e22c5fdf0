//! Warming after open: the first queries after a restart should not wait on the disk.
//!
//! tantivy memory-maps the index, so right after a restart every posting list, column and
//! dictionary block a query touches is a page fault that reads the disk; at 1M articles
//! the first searches and fact lookups took 0.25–4.6 s. A background thread (the server is
//! SERVING meanwhile) first builds the value maps (facets, claim groups) of every segment, then reads the
//! index files once, sequentially, hottest kinds first, up to a byte budget, so their pages
//! are in the page cache when queries come. Reading is plain `read` into a reused buffer:
//! the pages land in the shared page cache (reclaimable), not in the process's heap.

use crate::value_ids::ValueIds;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;
use tantivy::IndexReader;

/// File kinds in the order they are warmed: what every query reads first (term
/// dictionaries, postings, columns, norms), then positions (phrases), then the document
/// store (hits, snippets, claims), which is the largest.
const ORDER: [&str; 6] = ["term", "idx", "fast", "fieldnorm", "pos", "store"];

/// What one warming pass did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WarmReport {
    pub files: usize,
    pub bytes: u64,
    pub segments_mapped: usize,
}

/// The files to read, hottest kinds first, as long as the total stays within `budget`
/// bytes (a file that does not fit is skipped; smaller later ones may still fit).
#[must_use]
pub fn plan(index_dir: &Path, budget: u64) -> Vec<(PathBuf, u64)> {
    let mut files: Vec<(usize, PathBuf, u64)> = std::fs::read_dir(index_dir)
        .map(|rd| {
            rd.flatten()
                .filter_map(|e| {
                    let path = e.path();
                    let ext = path.extension()?.to_str()?;
                    let rank = ORDER.iter().position(|k| *k == ext)?;
                    let len = e.metadata().ok().filter(std::fs::Metadata::is_file)?.len();
                    Some((rank, path, len))
                })
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let mut left = budget;
    files
        .into_iter()
        .filter_map(|(_, path, len)| {
            (len <= left).then(|| {
                left -= len;
                (path, len)
            })
        })
        .collect()
}

/// Builds facet maps, then reads the planned files; stops early when `stop` is set.
pub fn run(index_dir: &Path, budget: u64, reader: &IndexReader, ids: &ValueIds, stop: &AtomicBool) -> WarmReport {
    let started = Instant::now();
    let mut report = WarmReport::default();
    let searcher = reader.searcher();
    for seg in searcher.segment_readers() {
        for field in ["outlet", "entity", "c_group", "c_source"] {
            if let Ok(Some(col)) = seg.fast_fields().str(field)
                && ids.segment_map(seg.segment_id(), field, &col).is_ok()
            {
                report.segments_mapped += 1;
            }
        }
    }
    let mut buf = vec![0u8; 1 << 20];
    for (path, _) in plan(index_dir, budget) {
        // A merge may have deleted the file since the plan: skip it.
        let Ok(mut file) = std::fs::File::open(&path) else { continue };
        loop {
            if stop.load(Ordering::Relaxed) {
                return report;
            }
            match file.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => report.bytes += n as u64,
            }
        }
        report.files += 1;
    }
    tracing::info!(
        files = report.files,
        mib = report.bytes >> 20,
        segments = report.segments_mapped,
        ms = started.elapsed().as_millis() as u64,
        "index warmed"
    );
    report
}

/// A warming thread and its stop flag; dropping it stops and joins the thread.
pub struct Warmer {
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<WarmReport>>,
}

impl Warmer {
    /// Starts warming `index_dir` in the background (`None` when the budget is 0 or the
    /// thread cannot start: warming is an optimization, never a reason to fail an open).
    pub fn spawn(index_dir: PathBuf, budget: u64, reader: IndexReader, ids: Arc<ValueIds>) -> Option<Self> {
        if budget == 0 {
            return None;
        }
        let stop = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&stop);
        let thread = std::thread::Builder::new()
            .name("rasad-store-warm".to_owned())
            .spawn(move || run(&index_dir, budget, &reader, &ids, &flag))
            .ok()?;
        Some(Self { stop, thread: Some(thread) })
    }

    /// Waits for the pass to finish (tests and benchmarks).
    #[must_use]
    pub fn wait(mut self) -> WarmReport {
        self.thread.take().and_then(|t| t.join().ok()).unwrap_or_default()
    }
}

impl Drop for Warmer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plan_reads_hot_kinds_first_within_the_budget() {
        let dir = tempfile::tempdir().unwrap();
        for (name, len) in [("a.store", 500), ("a.term", 100), ("a.idx", 300), ("b.fast", 50), ("meta.json", 10)] {
            std::fs::write(dir.path().join(name), vec![0u8; len]).unwrap();
        }
        let names = |budget| -> Vec<String> {
            plan(dir.path(), budget)
                .into_iter()
                .map(|(p, _)| p.file_name().unwrap().to_string_lossy().into_owned())
                .collect()
        };
        assert_eq!(names(10_000), ["a.term", "a.idx", "b.fast", "a.store"]);
        // 100 + 300 fit, 50 still fits after them; the store does not.
        assert_eq!(names(460), ["a.term", "a.idx", "b.fast"]);
        assert!(names(0).is_empty());
    }
}
