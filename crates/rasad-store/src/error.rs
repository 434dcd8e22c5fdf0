//! One error type for every store call, with a kind the server maps to a gRPC code.

use std::path::PathBuf;

/// Everything a store call can fail with.
///
/// The server maps each variant to one status code (`InvalidArgument` → `INVALID_ARGUMENT`,
/// `NotFound` → `NOT_FOUND`, `Locked` → `FAILED_PRECONDITION` at startup,
/// `FormatVersion` → `FAILED_PRECONDITION`, `ResourceExhausted` → `RESOURCE_EXHAUSTED`,
/// `Closed` → `UNAVAILABLE`, `Io`/`Index`/`Corrupt` → `INTERNAL`).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// A request field is malformed or out of bounds; `field` names it (`query`, `page_token`).
    #[error("invalid {field}: {message}")]
    InvalidArgument {
        /// The request field at fault.
        field: &'static str,
        /// What is wrong with it.
        message: String,
    },
    /// No document (or entity) with this id.
    #[error("{what} {id:?} not found")]
    NotFound {
        /// `document` or `entity`.
        what: &'static str,
        /// The id asked for.
        id: String,
    },
    /// Another process holds the data directory.
    #[error("data directory {path} is locked by another process (is a second server running on it?)")]
    Locked {
        /// The lock file.
        path: PathBuf,
    },
    /// The index on disk was written by an incompatible version of the store.
    #[error("index format version {found} in {path} is not supported (this build reads version {expected})")]
    FormatVersion {
        /// The `format_version` file.
        path: PathBuf,
        /// What the file says.
        found: String,
        /// What this build writes and reads.
        expected: u32,
    },
    /// A request would need more than the configured limits allow.
    #[error("{what} exceeds the limit of {limit}")]
    ResourceExhausted {
        /// What overflowed (`document bytes`, `claims per document`).
        what: &'static str,
        /// The limit.
        limit: usize,
    },
    /// The store is shutting down or its writer thread has stopped.
    #[error("store is closed")]
    Closed,
    /// The commit that would have made this operation durable failed; nothing of it is
    /// visible (the batch was rolled back). Safe to retry.
    #[error("commit failed: {0}")]
    Commit(String),
    /// A stored record could not be decoded.
    #[error("corrupt record: {0}")]
    Corrupt(String),
    /// File system error.
    #[error("i/o error on {path}: {source}")]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// tantivy error.
    #[error("index error: {0}")]
    Index(#[from] tantivy::TantivyError),
}

impl StoreError {
    /// An [`StoreError::InvalidArgument`] for `field`.
    pub(crate) fn invalid(field: &'static str, message: impl Into<String>) -> Self {
        Self::InvalidArgument { field, message: message.into() }
    }

    /// An [`StoreError::Io`] on `path`.
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Self::Io { path: path.into(), source }
    }
}

/// Result of a store call.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;
