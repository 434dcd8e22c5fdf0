//! [`Store`]: open, ingest, get, delete, stats. Search, facts and entities are in their
//! own modules as more `impl Store` blocks.

use crate::datadir::DataDir;
use crate::error::{Result, StoreError};
use crate::options::{Limits, Options};
use crate::read::{find_article, kind_query, stored_str};
use crate::record;
use crate::schema::{self, Fields, KIND_ARTICLE, KIND_CLAIM};
use crate::types::{IngestOutcome, StoreStats, StoredDocument};
use crate::value_ids::ValueIds;
use crate::warm::{WarmReport, Warmer};
use crate::writer::{Op, WriterThread};
use crossbeam_channel::{Sender, bounded};
use rasad_core::Document;
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use tantivy::collector::Count;
use tantivy::directory::MmapDirectory;
use tantivy::{Index, IndexReader, ReloadPolicy};

/// The store. `Send + Sync`: share it in an `Arc` and call it from blocking threads.
pub struct Store {
    pub(crate) reader: IndexReader,
    pub(crate) fields: Fields,
    pub(crate) limits: Limits,
    /// Global ids of facet values, per-segment maps cached (see `value_ids`).
    pub(crate) value_ids: Arc<ValueIds>,
    index: Index,
    warmer: Mutex<Option<Warmer>>,
    tx: Option<Sender<Op>>,
    thread: Option<JoinHandle<()>>,
    dir: DataDir,
}

/// An ingest queued with [`Store::submit`]. [`PendingIngest::wait`] blocks until its
/// commit is durable; [`PendingIngest::outcome`] awaits it without holding a thread, so an
/// async server can keep hundreds of documents in flight (large group commits) without
/// parking a blocking thread per document.
#[derive(Debug)]
pub struct PendingIngest {
    rx: oneshot::Receiver<Result<IngestOutcome>>,
}

impl PendingIngest {
    /// Waits for the commit that includes this document.
    ///
    /// # Errors
    /// What the ingest failed with; [`StoreError::Closed`] if the writer stopped.
    pub fn wait(self) -> Result<IngestOutcome> {
        self.rx.recv().unwrap_or(Err(StoreError::Closed))
    }

    /// [`PendingIngest::wait`] as a future (any executor).
    ///
    /// # Errors
    /// As [`PendingIngest::wait`].
    pub async fn outcome(self) -> Result<IngestOutcome> {
        self.rx.await.unwrap_or(Err(StoreError::Closed))
    }
}

impl Store {
    /// Opens (or creates) the store in `options.data_dir`.
    ///
    /// # Errors
    /// [`StoreError::Locked`] when another process has it open, [`StoreError::FormatVersion`]
    /// when it was written by an incompatible build, `Io`/`Index` otherwise.
    pub fn open(options: Options) -> Result<Self> {
        let dir = DataDir::open(&options.data_dir)?;
        let index_dir = dir.index_dir();
        let (schema, fields) = schema::build();
        let mmap = MmapDirectory::open(&index_dir).map_err(|e| StoreError::Index(e.into()))?;
        let index = Index::open_or_create(mmap, schema)?;
        schema::register_tokenizer(&index);
        let reader = index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into()?;
        let writer =
            index.writer_with_num_threads(options.writer_threads.max(1), options.writer_memory_bytes.max(15 << 20))?;
        let (tx, rx) = bounded(options.queue_capacity.max(1));
        let thread_state = WriterThread {
            writer,
            reader: Clone::clone(&reader),
            fields: fields.clone(),
            index_dir,
            max_batch: options.max_batch.max(1),
            linger: options.commit_linger,
        };
        let thread = std::thread::Builder::new()
            .name("rasad-store-writer".to_owned())
            .spawn(move || thread_state.run(&rx))
            .map_err(|e| StoreError::io(options.data_dir.clone(), e))?;
        let value_ids = Arc::new(ValueIds::default());
        let warmer = Warmer::spawn(dir.index_dir(), options.warm_bytes, reader.clone(), Arc::clone(&value_ids));
        Ok(Self {
            reader,
            fields,
            limits: options.limits,
            value_ids,
            index,
            warmer: Mutex::new(warmer),
            tx: Some(tx),
            thread: Some(thread),
            dir,
        })
    }

    /// The per-request bounds in force.
    #[must_use]
    pub const fn limits(&self) -> &Limits {
        &self.limits
    }

    /// Stores an analyzed document under `client_id`, else its content hash; returns once
    /// the commit that includes it is durable (fsync'd) and visible to searches.
    ///
    /// # Errors
    /// `InvalidArgument`/`ResourceExhausted` for a bad document (nothing written),
    /// `Commit` when the commit failed (nothing written, retry), `Closed`.
    pub fn ingest(&self, doc: Document, client_id: Option<&str>) -> Result<IngestOutcome> {
        self.submit(doc, client_id)?.wait()
    }

    /// Queues an ingest without waiting: blocks only while the queue is full
    /// (back-pressure). Submit several, then wait on each in order: they share commits.
    ///
    /// # Errors
    /// As [`Store::ingest`], for what can be checked before queueing.
    pub fn submit(&self, mut doc: Document, client_id: Option<&str>) -> Result<PendingIngest> {
        let id = record::prepare(&mut doc, client_id, &self.limits)?;
        let (reply, rx) = oneshot::channel();
        self.sender()?.send(Op::Ingest { doc: Box::new(doc), id, reply }).map_err(|_| StoreError::Closed)?;
        Ok(PendingIngest { rx })
    }

    /// Ingests many documents, sharing commits; one result per document, in order. A bad
    /// document fails alone.
    pub fn ingest_many(&self, docs: Vec<(Document, Option<String>)>) -> Vec<Result<IngestOutcome>> {
        let pending: Vec<_> = docs.into_iter().map(|(d, id)| self.submit(d, id.as_deref())).collect();
        pending.into_iter().map(|p| p.and_then(PendingIngest::wait)).collect()
    }

    /// Removes a document and all its claims, durably.
    ///
    /// # Errors
    /// `NotFound` when there is no such document; `Commit`, `Closed`.
    pub fn delete(&self, id: &str) -> Result<()> {
        record::validate_id(id, &self.limits)?;
        let (reply, rx) = oneshot::channel();
        self.sender()?.send(Op::Delete { id: id.to_owned(), reply }).map_err(|_| StoreError::Closed)?;
        rx.recv().unwrap_or(Err(StoreError::Closed))
    }

    /// A stored document.
    ///
    /// # Errors
    /// `NotFound`, `InvalidArgument` for a malformed id.
    pub fn get(&self, id: &str) -> Result<StoredDocument> {
        record::validate_id(id, &self.limits)?;
        let searcher = self.reader.searcher();
        let Some((_, d)) = find_article(&searcher, &self.fields, id)? else {
            return Err(StoreError::NotFound { what: "document", id: id.to_owned() });
        };
        Ok(StoredDocument {
            id: id.to_owned(),
            cluster_id: stored_str(&d, self.fields.cluster),
            document: crate::read::stored_document(&d, &self.fields)?,
        })
    }

    /// Counts and sizes for metrics.
    ///
    /// # Errors
    /// tantivy or I/O errors.
    pub fn stats(&self) -> Result<StoreStats> {
        let searcher = self.reader.searcher();
        let documents = searcher.search(&*kind_query(&self.fields, KIND_ARTICLE), &Count)? as u64;
        let claims = searcher.search(&*kind_query(&self.fields, KIND_CLAIM), &Count)? as u64;
        let bytes_on_disk = dir_size(&self.dir.index_dir());
        let meta = self.index.load_metas()?;
        Ok(StoreStats {
            documents,
            claims,
            segments: searcher.segment_readers().len(),
            bytes_on_disk,
            opstamp: meta.opstamp,
        })
    }

    /// The value ids, with the maps of segments no longer in `searcher` dropped (merges
    /// retire segments; their maps would otherwise stay).
    pub(crate) fn value_ids_for(&self, searcher: &tantivy::Searcher) -> &ValueIds {
        let live: Vec<_> = searcher.segment_readers().iter().map(tantivy::SegmentReader::segment_id).collect();
        self.value_ids.retain(&live);
        &self.value_ids
    }

    /// Waits for the warming pass started by [`Store::open`] (`None` when warming was off
    /// or already waited for). Queries never need this; tests and benchmarks do.
    pub fn wait_warmed(&self) -> Option<WarmReport> {
        let warmer = self.warmer.lock().unwrap_or_else(std::sync::PoisonError::into_inner).take();
        warmer.map(Warmer::wait)
    }

    fn sender(&self) -> Result<&Sender<Op>> {
        self.tx.as_ref().ok_or(StoreError::Closed)
    }
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("data_dir", &self.dir.root())
            .field("limits", &self.limits)
            .finish_non_exhaustive()
    }
}

impl Drop for Store {
    fn drop(&mut self) {
        // Stop warming first: it reads files of the index being closed.
        self.warmer.get_mut().unwrap_or_else(std::sync::PoisonError::into_inner).take();
        // Closing the channel ends the writer loop after the queued ops are committed.
        self.tx.take();
        if let Some(t) = self.thread.take()
            && t.join().is_err()
        {
            tracing::error!("store writer thread panicked");
        }
    }
}

fn dir_size(dir: &std::path::Path) -> u64 {
    std::fs::read_dir(dir)
        .map(|rd| {
            rd.flatten().filter_map(|e| e.metadata().ok()).filter(std::fs::Metadata::is_file).map(|m| m.len()).sum()
        })
        .unwrap_or(0)
}
