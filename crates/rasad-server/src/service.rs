//! The rasad.v1.Rasad service: validates requests, runs the pipeline and the store on
//! blocking threads, and maps every outcome through [`crate::error`].

use crate::config::Limits;
use crate::convert;
use crate::error::ApiError;
use crate::metrics;
use crate::proto::{self as pb, rasad_server::Rasad};
use futures::{Stream, StreamExt};
use rasad_store::{Store, StoreError};
use std::pin::Pin;
use std::sync::{Arc, OnceLock};
use std::time::Instant;
use tokio::sync::Semaphore;
use tonic::{Request, Response, Status, Streaming};

/// What every RPC shares.
#[derive(Debug)]
pub struct State {
    /// Request limits.
    pub limits: Limits,
    /// The store, once it is open (RPCs before that get UNAVAILABLE).
    pub store: OnceLock<Arc<Store>>,
    /// Data RPCs running at once; past `limits.max_concurrent_rpcs` requests are shed.
    pub slots: Arc<Semaphore>,
    /// Turns true on SIGTERM: open IngestStreams stop reading, finish what they hold, and
    /// end with UNAVAILABLE so the client knows where to resume.
    pub shutdown: tokio::sync::watch::Receiver<bool>,
    /// Analyses run on one worker thread per CPU. Analysis is pure CPU work, so more would
    /// only queue on the cores; the documents an IngestStream holds wait in the pool's queue
    /// as bytes, not as threads, and never take the blocking threads that searches need.
    pub analysis: crate::pool::Pool,
}

impl State {
    /// State for `limits`, store not yet open.
    #[must_use]
    pub fn new(limits: Limits, shutdown: tokio::sync::watch::Receiver<bool>) -> Self {
        let slots = Arc::new(Semaphore::new(limits.max_concurrent_rpcs));
        let cpus = std::thread::available_parallelism().map_or(2, std::num::NonZero::get);
        Self { limits, store: OnceLock::new(), slots, shutdown, analysis: crate::pool::Pool::new(cpus) }
    }

    fn store(&self) -> Result<Arc<Store>, ApiError> {
        self.store
            .get()
            .cloned()
            .ok_or_else(|| ApiError::Unavailable("the index is still opening; retry shortly".into()))
    }

    /// Runs one store call on a blocking thread (UNAVAILABLE while the index opens).
    async fn on_store<T: Send + 'static>(
        &self,
        f: impl FnOnce(&Store) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, ApiError> {
        let store = self.store()?;
        blocking(move || Ok(f(&store)?)).await
    }
}

/// The service implementation.
#[derive(Clone, Debug)]
pub struct RasadService {
    state: Arc<State>,
}

impl RasadService {
    /// A service over `state`.
    #[must_use]
    pub const fn new(state: Arc<State>) -> Self {
        Self { state }
    }

    /// Runs `f` as one data RPC: sheds it when too many run, times it, counts its code.
    async fn call<T, F>(&self, method: &'static str, f: F) -> Result<Response<T>, Status>
    where
        F: Future<Output = Result<T, ApiError>>,
    {
        let started = Instant::now();
        let result = match self.state.slots.clone().try_acquire_owned() {
            Ok(_permit) => f.await,
            Err(_) => Err(ApiError::Overloaded(format!(
                "server overloaded: {} RPCs in flight; retry with backoff",
                self.state.limits.max_concurrent_rpcs
            ))),
        };
        let code = result.as_ref().map_or_else(ApiError::code, |_| tonic::Code::Ok);
        metrics::rpc(method, code, started);
        result.map(Response::new).map_err(Status::from)
    }
}

/// Runs an analysis (CPU-bound, blocking) on the next free analysis worker.
async fn analysis<T: Send + 'static>(
    state: &State,
    f: impl FnOnce() -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    let stop = state.shutdown.clone();
    state
        .analysis
        .run(move || {
            // After SIGTERM, documents still queued fail at once (UNAVAILABLE, not stored)
            // instead of being analyzed one by one past the drain timeout: an IngestStream
            // can hold a thousand of them. The test is made by the worker, so a document is
            // either analyzed (and its answer awaited) or refused, never both.
            if *stop.borrow() {
                return Err(ApiError::Unavailable(
                    "server is shutting down: not analyzed and not stored; resend it".into(),
                ));
            }
            f()
        })
        .await
}

/// Runs blocking work (analysis, store calls) off the async threads.
async fn blocking<T: Send + 'static>(f: impl FnOnce() -> Result<T, ApiError> + Send + 'static) -> Result<T, ApiError> {
    tokio::task::spawn_blocking(f).await.map_err(|e| ApiError::Internal(format!("worker failed: {e}")))?
}

/// The one mapping from store errors to API errors.
impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::InvalidArgument { field, message } => Self::invalid(field, message),
            StoreError::NotFound { what, id } => Self::NotFound(format!("{what} {id:?} not found")),
            StoreError::ResourceExhausted { .. } => Self::ResourceExhausted(e.to_string()),
            StoreError::Closed => Self::Unavailable("the store is shutting down".into()),
            StoreError::Locked { .. } | StoreError::FormatVersion { .. } => Self::FailedPrecondition(e.to_string()),
            StoreError::Commit(ref m) if is_disk_full(m) => {
                // The detail (paths, tantivy's wording) goes to the log, not the client.
                tracing::error!(error = %m, "commit failed: disk full");
                Self::ResourceExhausted(
                    "disk full: the index could not be written (no space left on the data dir's disk); \
                     nothing of this request was stored; retry when space is free"
                        .into(),
                )
            }
            other => Self::Internal(other.to_string()),
        }
    }
}

fn is_disk_full(message: &str) -> bool {
    message.contains("No space left") || message.contains("os error 28") || message.contains("File too large")
}

/// The parts of an analyze/ingest request, validated.
struct DocInput {
    content: Vec<u8>,
    content_type: String,
    url: String,
    outlet: String,
    published: String,
}

fn validate_content(content: &[u8], limits: &Limits) -> Result<(), ApiError> {
    if content.is_empty() {
        return Err(ApiError::invalid("content", "must not be empty"));
    }
    if content.len() > limits.max_document_bytes {
        return Err(ApiError::ResourceExhausted(format!(
            "content: {} bytes is over the limit of {} bytes (limits.max_document_bytes)",
            content.len(),
            limits.max_document_bytes
        )));
    }
    Ok(())
}

fn non_empty(s: &str) -> Option<&str> {
    let s = s.trim();
    (!s.is_empty()).then_some(s)
}

/// Runs the pipeline and applies the per-document caps.
fn analyze_doc(input: &DocInput, limits: &Limits) -> Result<rasad_core::Document, ApiError> {
    let mut doc = rasad_core::analyze(&rasad_core::Input {
        bytes: &input.content,
        content_type: non_empty(&input.content_type),
        url: non_empty(&input.url),
        outlet: non_empty(&input.outlet),
        published: non_empty(&input.published),
    })?;
    if doc.claims.len() > limits.max_claims_per_document {
        doc.warnings.push(format!("{} claims kept of {}", limits.max_claims_per_document, doc.claims.len()));
        doc.claims.truncate(limits.max_claims_per_document);
    }
    if doc.entities.len() > limits.max_entities_per_document {
        doc.warnings.push(format!("{} entities kept of {}", limits.max_entities_per_document, doc.entities.len()));
        doc.entities.truncate(limits.max_entities_per_document);
    }
    Ok(doc)
}

fn ingest_status(s: rasad_store::IngestStatus) -> (pb::IngestStatus, &'static str) {
    match s {
        rasad_store::IngestStatus::Created => (pb::IngestStatus::Created, "created"),
        rasad_store::IngestStatus::Unchanged => (pb::IngestStatus::Unchanged, "unchanged"),
        rasad_store::IngestStatus::Replaced => (pb::IngestStatus::Replaced, "replaced"),
    }
}

/// Analyzes one document and queues it for the next group commit (blocking: analysis is
/// CPU work, and the queue blocks when full, which is the store's back-pressure).
fn analyze_and_submit(state: &State, req: pb::IngestRequest) -> Result<Submitted, ApiError> {
    validate_content(&req.content, &state.limits)?;
    let store = state.store()?;
    let bytes = req.content.len();
    let input = DocInput {
        content: req.content,
        content_type: req.content_type,
        url: req.url,
        outlet: req.outlet,
        published: req.published,
    };
    let doc = analyze_doc(&input, &state.limits)?;
    let claims = doc.claims.len();
    let pending = store.submit(doc, non_empty(&req.id))?;
    Ok(Submitted { pending, bytes, claims })
}

/// A document queued in the store, waiting for its commit.
struct Submitted {
    pending: rasad_store::PendingIngest,
    bytes: usize,
    claims: usize,
}

/// Analyzes and stores one document: the analysis on a blocking thread, then the wait for
/// the durable commit without one, so many documents can wait on the same commit cheaply.
async fn ingest_one(state: Arc<State>, req: pb::IngestRequest) -> Result<pb::IngestResponse, ApiError> {
    let Submitted { pending, bytes, claims } =
        analysis(&state.clone(), move || analyze_and_submit(&state, req)).await?;
    let outcome = pending.outcome().await?;
    let (status, label) = ingest_status(outcome.status);
    metrics::ingested(label, bytes, claims);
    Ok(pb::IngestResponse {
        id: outcome.id,
        status: status.into(),
        cluster_id: outcome.cluster_id,
        claim_count: u32::try_from(claims).unwrap_or(u32::MAX),
    })
}

type IngestStreamOut = Pin<Box<dyn Stream<Item = Result<pb::IngestStreamResponse, Status>> + Send>>;

#[tonic::async_trait]
impl Rasad for RasadService {
    async fn analyze(&self, req: Request<pb::AnalyzeRequest>) -> Result<Response<pb::AnalyzeResponse>, Status> {
        let req = req.into_inner();
        let limits = self.state.limits.clone();
        let state = self.state.clone();
        self.call("Analyze", async move {
            validate_content(&req.content, &limits)?;
            let input = DocInput {
                content: req.content,
                content_type: req.content_type,
                url: req.url,
                outlet: req.outlet,
                published: req.published,
            };
            let doc = analysis(&state, move || analyze_doc(&input, &limits)).await?;
            Ok(pb::AnalyzeResponse { document: Some(convert::document(&doc)) })
        })
        .await
    }

    async fn ingest(&self, req: Request<pb::IngestRequest>) -> Result<Response<pb::IngestResponse>, Status> {
        let req = req.into_inner();
        let state = self.state.clone();
        self.call("Ingest", ingest_one(state, req)).await
    }

    type IngestStreamStream = IngestStreamOut;

    async fn ingest_stream(
        &self,
        req: Request<Streaming<pb::IngestStreamRequest>>,
    ) -> Result<Response<Self::IngestStreamStream>, Status> {
        let started = Instant::now();
        let mut stop = self.state.shutdown.clone();
        let input = req.into_inner().take_until(async move {
            let _ = stop.wait_for(|s| *s).await;
        });
        let state = self.state.clone();
        let in_flight = state.limits.max_stream_in_flight;
        let read_count = Arc::new(std::sync::atomic::AtomicU64::new(0));
        let acked = read_count.clone();
        // Two bounds on what one stream holds: `buffered` keeps at most `in_flight`
        // documents between reading and answering (and answers in request order), and the
        // byte budget stops reading while the documents held add up to more than
        // `max_stream_in_flight_bytes`, so a stream of large documents cannot hold
        // `in_flight` × the largest document. The store's group commit folds what is held
        // into few fsyncs.
        let budget_bytes = state.limits.max_stream_in_flight_bytes;
        let budget = Arc::new(Semaphore::new(budget_bytes));
        let out = input
            .then(move |item| {
                let budget = budget.clone();
                async move {
                    let size = item.as_ref().ok().and_then(|r| r.document.as_ref()).map_or(0, |d| d.content.len());
                    let weight = u32::try_from(size.clamp(1, budget_bytes)).unwrap_or(u32::MAX);
                    // The semaphore is never closed, so this only waits.
                    let permit = budget.acquire_many_owned(weight).await.ok();
                    (item, permit)
                }
            })
            .enumerate()
            .map(move |(seq, (item, permit))| {
                let state = state.clone();
                let acked = acked.clone();
                async move {
                    // Held until this document is answered.
                    let _permit = permit;
                    let item = item?;
                    let sequence = seq as u64;
                    acked.store(sequence + 1, std::sync::atomic::Ordering::Relaxed);
                    let Some(doc) = item.document else {
                        return Ok(failure(sequence, String::new(), &ApiError::invalid("document", "is required")));
                    };
                    let request_id = doc.id.clone();
                    let result = ingest_one(state, doc).await;
                    Ok(match result {
                        Ok(r) => pb::IngestStreamResponse {
                            sequence,
                            request_id,
                            outcome: Some(pb::ingest_stream_response::Outcome::Result(r)),
                        },
                        Err(e) => failure(sequence, request_id, &e),
                    })
                }
            })
            .buffered(in_flight);
        let shutdown = self.state.shutdown.clone();
        let answered = read_count;
        let tail = futures::stream::once(async move {
            (*shutdown.borrow()).then(|| {
                let next = answered.load(std::sync::atomic::Ordering::Relaxed);
                Err(Status::unavailable(format!(
                    "server is shutting down: requests from sequence {next} on were not read; resume from there"
                )))
            })
        })
        .filter_map(|x| async move { x });
        let out = out.chain(tail);
        metrics::rpc("IngestStream.open", tonic::Code::Ok, started);
        Ok(Response::new(Box::pin(out)))
    }

    async fn get_document(
        &self,
        req: Request<pb::GetDocumentRequest>,
    ) -> Result<Response<pb::GetDocumentResponse>, Status> {
        let id = req.into_inner().id;
        let state = self.state.clone();
        self.call("GetDocument", async move {
            let id = required("id", id)?;
            let stored = state.on_store(move |s| s.get(&id)).await?;
            Ok(pb::GetDocumentResponse { document: Some(convert::stored_document(&stored)) })
        })
        .await
    }

    async fn delete_document(
        &self,
        req: Request<pb::DeleteDocumentRequest>,
    ) -> Result<Response<pb::DeleteDocumentResponse>, Status> {
        let id = req.into_inner().id;
        let state = self.state.clone();
        self.call("DeleteDocument", async move {
            let id = required("id", id)?;
            let store = state.store()?;
            blocking(move || {
                let claims = store.get(&id)?.document.claims.len();
                store.delete(&id)?;
                Ok(pb::DeleteDocumentResponse { id, claims_deleted: u32::try_from(claims).unwrap_or(u32::MAX) })
            })
            .await
        })
        .await
    }

    async fn search(&self, req: Request<pb::SearchRequest>) -> Result<Response<pb::SearchResponse>, Status> {
        let req = req.into_inner();
        let state = self.state.clone();
        self.call("Search", async move {
            let query = convert::search_request(req, &state.limits)?;
            let resp = state.on_store(move |s| s.search(&query)).await?;
            Ok(convert::search_response(resp))
        })
        .await
    }

    async fn lookup_facts(
        &self,
        req: Request<pb::LookupFactsRequest>,
    ) -> Result<Response<pb::LookupFactsResponse>, Status> {
        let req = req.into_inner();
        let state = self.state.clone();
        self.call("LookupFacts", async move {
            let query = convert::fact_query(req, &state.limits)?;
            let resp = state.on_store(move |s| s.lookup_facts(&query)).await?;
            Ok(convert::fact_response(resp))
        })
        .await
    }

    async fn get_entity(&self, req: Request<pb::GetEntityRequest>) -> Result<Response<pb::GetEntityResponse>, Status> {
        let id = req.into_inner().id;
        let state = self.state.clone();
        self.call("GetEntity", async move {
            let id = required("id", id)?;
            let e = state.on_store(move |s| s.get_entity(&id)).await?;
            Ok(pb::GetEntityResponse { entity: Some(convert::entity_record(e)) })
        })
        .await
    }

    async fn list_entities(
        &self,
        req: Request<pb::ListEntitiesRequest>,
    ) -> Result<Response<pb::ListEntitiesResponse>, Status> {
        let req = req.into_inner();
        let state = self.state.clone();
        self.call("ListEntities", async move {
            let query = convert::entity_list_request(&req, &state.limits)?;
            let page = state.on_store(move |s| s.list_entities(&query)).await?;
            Ok(pb::ListEntitiesResponse {
                entities: page.entities.into_iter().map(convert::entity_record).collect(),
                next_page_token: page.next_page_token.unwrap_or_default(),
            })
        })
        .await
    }
}

fn required(field: &'static str, v: String) -> Result<String, ApiError> {
    if v.trim().is_empty() { Err(ApiError::invalid(field, "is required")) } else { Ok(v) }
}

fn failure(sequence: u64, request_id: String, e: &ApiError) -> pb::IngestStreamResponse {
    pb::IngestStreamResponse {
        sequence,
        request_id,
        outcome: Some(pb::ingest_stream_response::Outcome::Failure(pb::IngestFailure {
            code: format!("{:?}", e.code()).to_uppercase_snake(),
            message: e.message(),
            field: e.field().to_owned(),
        })),
    }
}

/// `InvalidArgument` → `INVALID_ARGUMENT`: gRPC's canonical code names.
trait UpperSnake {
    fn to_uppercase_snake(&self) -> String;
}

impl UpperSnake for String {
    fn to_uppercase_snake(&self) -> String {
        let mut out = String::with_capacity(self.len() + 4);
        for (i, c) in self.chars().enumerate() {
            if c.is_ascii_uppercase() && i > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_uppercase());
        }
        out
    }
}
