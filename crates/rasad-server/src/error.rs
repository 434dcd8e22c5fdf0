//! One place that maps every error to a gRPC [`Status`].

use rasad_core::AnalyzeError;
use tonic::{Code, Status};

/// How long a shed client should wait before retrying: about one Analyze of a long article.
pub const RETRY_PUSHBACK_MS: u32 = 200;

/// An error an RPC can return, before it becomes a [`Status`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApiError {
    /// The request is malformed; `field` names the request field at fault.
    InvalidArgument {
        /// The field (`content`, `page_token`, `query`, …).
        field: &'static str,
        /// What is wrong with it.
        message: String,
    },
    /// The id names nothing.
    NotFound(String),
    /// Too large, or too many at once.
    ResourceExhausted(String),
    /// Shed under load (RESOURCE_EXHAUSTED): the status carries `grpc-retry-pushback-ms`,
    /// the gRPC retry hint, so clients back off instead of retrying at once.
    Overloaded(String),
    /// Not ready (starting, draining) or the store is unusable.
    Unavailable(String),
    /// A state the request cannot proceed in (e.g. disk full).
    FailedPrecondition(String),
    /// A bug or an I/O failure; details go to the log, not the client.
    Internal(String),
}

impl ApiError {
    /// An INVALID_ARGUMENT naming `field`.
    pub fn invalid(field: &'static str, message: impl Into<String>) -> Self {
        Self::InvalidArgument { field, message: message.into() }
    }

    /// The gRPC code.
    #[must_use]
    pub const fn code(&self) -> Code {
        match self {
            Self::InvalidArgument { .. } => Code::InvalidArgument,
            Self::NotFound(_) => Code::NotFound,
            Self::ResourceExhausted(_) | Self::Overloaded(_) => Code::ResourceExhausted,
            Self::Unavailable(_) => Code::Unavailable,
            Self::FailedPrecondition(_) => Code::FailedPrecondition,
            Self::Internal(_) => Code::Internal,
        }
    }

    /// The field at fault, for per-document stream failures.
    #[must_use]
    pub const fn field(&self) -> &'static str {
        match self {
            Self::InvalidArgument { field, .. } => field,
            _ => "",
        }
    }

    /// The client-facing message.
    #[must_use]
    pub fn message(&self) -> String {
        match self {
            Self::InvalidArgument { field, message } => format!("{field}: {message}"),
            Self::Internal(_) => "internal error (see server log)".to_owned(),
            Self::NotFound(m)
            | Self::ResourceExhausted(m)
            | Self::Overloaded(m)
            | Self::Unavailable(m)
            | Self::FailedPrecondition(m) => m.clone(),
        }
    }
}

impl From<ApiError> for Status {
    fn from(e: ApiError) -> Self {
        if let ApiError::Internal(detail) = &e {
            tracing::error!(error = %detail, "internal error");
        }
        let mut status = Status::new(e.code(), e.message());
        if matches!(e, ApiError::Overloaded(_)) {
            status.metadata_mut().insert("grpc-retry-pushback-ms", RETRY_PUSHBACK_MS.into());
        }
        status
    }
}

impl From<AnalyzeError> for ApiError {
    fn from(e: AnalyzeError) -> Self {
        match e {
            AnalyzeError::Decode(d) => Self::invalid("content", d.to_string()),
            AnalyzeError::InvalidPublished(_) => Self::invalid("published", e.to_string()),
        }
    }
}
