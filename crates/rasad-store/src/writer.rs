//! The writer thread: group commit.
//!
//! One thread owns the tantivy `IndexWriter`. `ingest`/`delete` send an [`Op`] over a
//! bounded channel (full → the caller blocks: back-pressure) and wait on a one-shot reply.
//! The thread takes one op, then everything else already queued (up to `max_batch`; when
//! more than one was queued, it lingers up to `Options::commit_linger` for more),
//! applies them in order, commits once, fsyncs the index directory, reloads the reader, and
//! only then answers every op of the batch. So an `Ok` means durable and visible, and
//! while one commit's fsyncs run the next batch gathers.
//!
//! Atomicity: an article and its claims are added between two commits; tantivy publishes a
//! commit by atomically replacing `meta.json`, so after a crash either all of a document is
//! visible or none. A failed commit rolls the batch back and answers `Commit` to each op.

use crate::cluster::Clusters;
use crate::datadir::sync_dir;
use crate::error::{Result, StoreError};
use crate::read::{find_article, stored_str};
use crate::record;
use crate::schema::Fields;
use crate::types::{IngestOutcome, IngestStatus};
use crossbeam_channel::Receiver;
use rasad_core::Document;
use std::collections::HashMap;
use std::path::PathBuf;
use tantivy::{IndexReader, IndexWriter, Term};

/// One write.
pub enum Op {
    /// Add or replace a document.
    Ingest { doc: Box<Document>, id: String, reply: oneshot::Sender<Result<IngestOutcome>> },
    /// Remove a document and its claims.
    Delete { id: String, reply: oneshot::Sender<Result<()>> },
}

/// What the batch so far did to an id (it overrides the last commit).
enum Pending {
    Present { content_hash: String, cluster: String },
    Deleted,
}

/// What the ops of a batch did to the writer so far.
#[derive(Default)]
struct Done {
    /// Ops that changed the index (a batch without any needs no commit).
    writes: usize,
    /// Set when an `add_document` failed: the batch is doomed (see `worker_failure`).
    broken: Option<tantivy::TantivyError>,
}

enum Answer {
    Ingest(oneshot::Sender<Result<IngestOutcome>>, Result<IngestOutcome>),
    Delete(oneshot::Sender<Result<()>>, Result<()>),
}

/// The state the thread owns.
pub struct WriterThread {
    pub writer: IndexWriter,
    pub reader: IndexReader,
    pub fields: Fields,
    pub index_dir: PathBuf,
    pub max_batch: usize,
    pub linger: std::time::Duration,
}

impl WriterThread {
    /// Runs until every sender is dropped, then waits for merges.
    pub fn run(mut self, rx: &Receiver<Op>) {
        while let Ok(first) = rx.recv() {
            let mut ops = vec![first];
            while ops.len() < self.max_batch {
                match rx.try_recv() {
                    Ok(op) => ops.push(op),
                    Err(_) => break,
                }
            }
            // Group-commit linger: when writers are concurrent (the batch already holds more
            // than one op), wait a little for the rest of their in-flight ops, so one
            // fsync'd segment serves them all instead of many tiny segments to merge. A
            // lone writer never waits.
            if ops.len() > 1 && !self.linger.is_zero() {
                let deadline = std::time::Instant::now() + self.linger;
                while ops.len() < self.max_batch {
                    match rx.recv_deadline(deadline) {
                        Ok(op) => ops.push(op),
                        Err(_) => break,
                    }
                }
            }
            self.apply_batch(ops);
        }
        if let Err(e) = self.writer.wait_merging_threads() {
            tracing::warn!(error = %e, "merges did not finish cleanly");
        }
    }

    fn apply_batch(&mut self, ops: Vec<Op>) {
        let searcher = self.reader.searcher();
        let mut pending: HashMap<String, Pending> = HashMap::new();
        let mut clusters = Clusters::new(&searcher, &self.fields);
        let mut answers = Vec::with_capacity(ops.len());
        let mut done = Done::default();
        for op in ops {
            if done.broken.is_some() {
                // A failed add dooms the batch: the rest are not applied, and every answer
                // gets the batch's commit error below.
                answers.push(match op {
                    Op::Ingest { reply, .. } => Answer::Ingest(reply, Err(StoreError::Commit(String::new()))),
                    Op::Delete { reply, .. } => Answer::Delete(reply, Err(StoreError::Commit(String::new()))),
                });
                continue;
            }
            match op {
                Op::Ingest { doc, id, reply } => {
                    let r = self.ingest_one(&searcher, &mut pending, &mut clusters, *doc, &id, &mut done);
                    answers.push(Answer::Ingest(reply, r));
                }
                Op::Delete { id, reply } => {
                    let r = self.delete_one(&searcher, &mut pending, &mut clusters, &id, &mut done);
                    answers.push(Answer::Delete(reply, r));
                }
            }
        }
        let committed = match done.broken {
            Some(add_error) => Err(self.worker_failure(add_error)),
            None if done.writes == 0 => Ok(()),
            None => self.commit(),
        };
        if let Err(e) = &committed {
            tracing::error!(error = %e, "commit failed, batch rolled back");
            if let Err(e) = self.writer.rollback() {
                tracing::error!(error = %e, "rollback failed");
            }
        }
        for a in answers {
            // A caller that gave up waiting has dropped its receiver; nothing to tell it.
            match a {
                Answer::Ingest(tx, r) => {
                    let _ = tx.send(committed.as_ref().map_err(|e| StoreError::Commit(e.to_string())).and(r));
                }
                Answer::Delete(tx, r) => {
                    let _ = tx.send(committed.as_ref().map_err(|e| StoreError::Commit(e.to_string())).and(r));
                }
            }
        }
    }

    /// An `add_document` failed: an indexing worker died (a full disk, typically, when it
    /// opened the new segment's files). The whole batch fails as a commit would, and is
    /// rolled back, so no document of it is half-added. tantivy's add error only says "the
    /// writer was killed"; the worker's own error, which names the cause, comes back when
    /// its thread is joined, which `prepare_commit` does.
    fn worker_failure(&mut self, add_error: tantivy::TantivyError) -> StoreError {
        let cause = match self.writer.prepare_commit() {
            Err(join_error) => join_error,
            Ok(prepared) => {
                // Never publish a batch with a failed add; the caller rolls back anyway.
                if let Err(e) = prepared.abort() {
                    tracing::warn!(error = %e, "abort after a failed add");
                }
                add_error
            }
        };
        StoreError::Commit(cause.to_string())
    }

    fn commit(&mut self) -> Result<()> {
        self.writer.commit()?;
        // tantivy fsyncs segment files and meta.json's content, then renames meta.json
        // into place; the rename itself is durable only once the directory is synced.
        sync_dir(&self.index_dir)?;
        self.reader.reload()?;
        Ok(())
    }

    /// The id's current content hash and cluster: this batch first, then the last commit.
    fn current(
        &self,
        searcher: &tantivy::Searcher,
        pending: &HashMap<String, Pending>,
        id: &str,
    ) -> Result<Option<(String, String)>> {
        match pending.get(id) {
            Some(Pending::Present { content_hash, cluster }) => Ok(Some((content_hash.clone(), cluster.clone()))),
            Some(Pending::Deleted) => Ok(None),
            None => Ok(find_article(searcher, &self.fields, id)?
                .map(|(_, d)| (stored_str(&d, self.fields.content_hash), stored_str(&d, self.fields.cluster)))),
        }
    }

    fn ingest_one(
        &self,
        searcher: &tantivy::Searcher,
        pending: &mut HashMap<String, Pending>,
        clusters: &mut Clusters<'_>,
        doc: Document,
        id: &str,
        done: &mut Done,
    ) -> Result<IngestOutcome> {
        let status = match self.current(searcher, pending, id)? {
            Some((hash, cluster)) if hash == doc.content_hash => {
                return Ok(IngestOutcome { id: id.to_owned(), status: IngestStatus::Unchanged, cluster_id: cluster });
            }
            Some(_) => {
                self.writer.delete_term(Term::from_field_text(self.fields.doc_id, id));
                clusters.forget(id);
                IngestStatus::Replaced
            }
            None => IngestStatus::Created,
        };
        let cluster = clusters.assign(id, &doc.signature, pending_ids(pending))?;
        let content_hash = doc.content_hash.clone();
        for d in record::build(&self.fields, id, &cluster, doc)? {
            if let Err(e) = self.writer.add_document(d) {
                // The rest of the batch is doomed: `apply_batch` rolls it all back.
                let message = e.to_string();
                done.broken = Some(e);
                return Err(StoreError::Commit(message));
            }
        }
        done.writes += 1;
        pending.insert(id.to_owned(), Pending::Present { content_hash, cluster: cluster.clone() });
        Ok(IngestOutcome { id: id.to_owned(), status, cluster_id: cluster })
    }

    fn delete_one(
        &self,
        searcher: &tantivy::Searcher,
        pending: &mut HashMap<String, Pending>,
        clusters: &mut Clusters<'_>,
        id: &str,
        done: &mut Done,
    ) -> Result<()> {
        if self.current(searcher, pending, id)?.is_none() {
            return Err(StoreError::NotFound { what: "document", id: id.to_owned() });
        }
        self.writer.delete_term(Term::from_field_text(self.fields.doc_id, id));
        clusters.forget(id);
        pending.insert(id.to_owned(), Pending::Deleted);
        done.writes += 1;
        Ok(())
    }
}

/// Ids the batch has touched: their committed versions must not serve as cluster anchors.
fn pending_ids(pending: &HashMap<String, Pending>) -> impl Fn(&str) -> bool + '_ {
    move |id| pending.contains_key(id)
}
