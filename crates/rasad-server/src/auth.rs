//! Bearer-token authentication for data RPCs.
//!
//! The token comes from `auth.token` / `RASAD_AUTH__TOKEN` or from `auth.token_file`,
//! which is re-read when its modification time changes (a rotated Kubernetes Secret takes
//! effect without a restart). Comparison is constant-time. Health and reflection are
//! separate services and never pass through here, so probes work without a token.

use parking_lot::RwLock;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::SystemTime;
use subtle::ConstantTimeEq;
use tonic::{Request, Status};

/// The expected token, shared by all connections.
#[derive(Clone, Debug, Default)]
pub struct Auth {
    inner: Option<Arc<AuthInner>>,
}

#[derive(Debug)]
struct AuthInner {
    file: Option<PathBuf>,
    state: RwLock<(Vec<u8>, Option<SystemTime>)>,
}

impl Auth {
    /// Auth off: every request passes.
    #[must_use]
    pub fn disabled() -> Self {
        Self::default()
    }

    /// Auth with a fixed token or one read from a file.
    ///
    /// # Errors
    /// When the file cannot be read or holds an empty token.
    pub fn new(token: Option<&str>, file: Option<PathBuf>) -> Result<Self, String> {
        let (bytes, mtime) = match (&token, &file) {
            (Some(t), _) => (t.trim().as_bytes().to_vec(), None),
            (None, Some(f)) => read_token(f)?,
            (None, None) => return Ok(Self::disabled()),
        };
        if bytes.is_empty() {
            return Err("auth token is empty".into());
        }
        let file = if token.is_some() { None } else { file };
        Ok(Self { inner: Some(Arc::new(AuthInner { file, state: RwLock::new((bytes, mtime)) })) })
    }

    /// True when a token is required.
    #[must_use]
    pub fn enabled(&self) -> bool {
        self.inner.is_some()
    }

    /// Re-reads the token file if it changed; a failed read keeps the old token.
    pub fn reload(&self) {
        let Some(inner) = &self.inner else { return };
        let Some(file) = &inner.file else { return };
        let current = std::fs::metadata(file).and_then(|m| m.modified()).ok();
        if current.is_some() && current != inner.state.read().1 {
            match read_token(file) {
                Ok((bytes, mtime)) if !bytes.is_empty() => {
                    *inner.state.write() = (bytes, mtime);
                    tracing::info!("auth token reloaded");
                }
                Ok(_) => tracing::warn!("auth token file is empty; keeping the previous token"),
                Err(e) => tracing::warn!(error = %e, "auth token reload failed; keeping the previous token"),
            }
        }
    }

    /// Checks the `authorization: Bearer <token>` metadata of a request.
    ///
    /// # Errors
    /// UNAUTHENTICATED when the token is missing or wrong (the token is never logged).
    pub fn check<T>(&self, req: &Request<T>) -> Result<(), Status> {
        let Some(inner) = &self.inner else { return Ok(()) };
        let presented = req
            .metadata()
            .get("authorization")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer ").or_else(|| v.strip_prefix("bearer ")))
            .map(str::trim);
        let Some(presented) = presented else {
            return Err(Status::unauthenticated("missing bearer token (metadata `authorization: Bearer <token>`)"));
        };
        let expected = inner.state.read();
        if bool::from(presented.as_bytes().ct_eq(&expected.0)) {
            Ok(())
        } else {
            Err(Status::unauthenticated("invalid bearer token"))
        }
    }
}

fn read_token(f: &PathBuf) -> Result<(Vec<u8>, Option<SystemTime>), String> {
    let text = std::fs::read_to_string(f).map_err(|e| format!("cannot read auth.token_file {}: {e}", f.display()))?;
    let mtime = std::fs::metadata(f).and_then(|m| m.modified()).ok();
    Ok((text.trim().as_bytes().to_vec(), mtime))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn req(token: Option<&str>) -> Request<()> {
        let mut r = Request::new(());
        if let Some(t) = token {
            r.metadata_mut().insert("authorization", format!("Bearer {t}").parse().unwrap());
        }
        r
    }

    #[test]
    fn disabled_auth_lets_everything_through() {
        assert!(Auth::disabled().check(&req(None)).is_ok());
    }

    #[test]
    fn right_token_passes_wrong_or_missing_fails() {
        let a = Auth::new(Some("s3cret-token-0123456789"), None).unwrap();
        assert!(a.check(&req(Some("s3cret-token-0123456789"))).is_ok());
        assert_eq!(a.check(&req(Some("nope"))).unwrap_err().code(), tonic::Code::Unauthenticated);
        assert_eq!(a.check(&req(None)).unwrap_err().code(), tonic::Code::Unauthenticated);
    }

    #[test]
    fn token_file_is_reloaded_when_it_changes() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("token");
        std::fs::write(&f, "first-token-0123456789\n").unwrap();
        let a = Auth::new(None, Some(f.clone())).unwrap();
        assert!(a.check(&req(Some("first-token-0123456789"))).is_ok());
        std::thread::sleep(std::time::Duration::from_millis(20));
        std::fs::write(&f, "second-token-0123456789\n").unwrap();
        // Make sure the mtime moves even on coarse file systems.
        let later = SystemTime::now() + std::time::Duration::from_secs(2);
        std::fs::File::options().write(true).open(&f).unwrap().set_modified(later).unwrap();
        a.reload();
        assert!(a.check(&req(Some("second-token-0123456789"))).is_ok());
        assert!(a.check(&req(Some("first-token-0123456789"))).is_err());
    }
}
