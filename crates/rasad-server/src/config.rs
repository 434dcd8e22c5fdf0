//! The one configuration struct: a TOML file, then `RASAD_*` environment variables
//! (nested keys with `__`: `RASAD_LIMITS__MAX_PAGE_SIZE=50`), over built-in defaults.
//! Unknown keys are rejected, and [`Config::validate`] checks the values at start.

use figment::Figment;
use figment::providers::{Env, Format, Serialized, Toml};
use serde::{Deserialize, Serialize};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

/// Server configuration.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// Where the index lives (one writer per directory).
    pub data_dir: PathBuf,
    /// gRPC listen address.
    pub listen: SocketAddr,
    /// Prometheus `/metrics` listen address; absent = no metrics endpoint.
    pub metrics_listen: Option<SocketAddr>,
    /// Extra plaintext listener serving only `grpc.health.v1`, for Kubernetes probes when
    /// the main port requires TLS or client certificates; absent = none.
    pub health_listen: Option<SocketAddr>,
    /// `auto` (JSON when stderr is not a terminal), `json` or `text`.
    pub log_format: LogFormat,
    /// How long in-flight RPCs may run after SIGTERM before the server stops anyway.
    pub drain_timeout_secs: u64,
    /// Bearer-token authentication of data RPCs.
    pub auth: AuthConfig,
    /// TLS (and mTLS) for the gRPC port.
    pub tls: TlsConfig,
    /// Request limits.
    pub limits: Limits,
    /// Index tuning.
    pub index: IndexConfig,
}

/// Log output format.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// JSON when stderr is not a terminal, text otherwise.
    #[default]
    Auto,
    /// One JSON object per line.
    Json,
    /// Human-readable.
    Text,
}

/// Authentication. With neither key set, auth is off.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct AuthConfig {
    /// File holding the bearer token (re-read when it changes, so a rotated Secret
    /// takes effect without a restart).
    pub token_file: Option<PathBuf>,
    /// The bearer token itself (prefer `token_file` or `RASAD_AUTH__TOKEN`).
    pub token: Option<String>,
}

/// TLS. With no cert, the port speaks plaintext (h2c).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct TlsConfig {
    /// PEM certificate chain.
    pub cert_file: Option<PathBuf>,
    /// PEM private key.
    pub key_file: Option<PathBuf>,
    /// PEM CA bundle; when set, clients must present a certificate it signed (mTLS).
    pub client_ca_file: Option<PathBuf>,
}

/// Limits on what one client can ask for. Every one is enforced with a status code.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Limits {
    /// Largest document (`content` bytes) → RESOURCE_EXHAUSTED.
    pub max_document_bytes: usize,
    /// Largest gRPC message, either way.
    pub max_message_bytes: usize,
    /// Longest search query in bytes → INVALID_ARGUMENT.
    pub max_query_bytes: usize,
    /// Most terms in a search query → INVALID_ARGUMENT.
    pub max_query_terms: usize,
    /// Largest page size → INVALID_ARGUMENT.
    pub max_page_size: u32,
    /// Documents of one IngestStream being analyzed or stored at once (back-pressure).
    /// More in flight means larger group commits: fewer, bigger segments to write and merge.
    pub max_stream_in_flight: usize,
    /// Bytes of document content one IngestStream holds at once (at most 4 GiB); reading
    /// pauses past it, so memory per stream stays bounded whatever the documents' sizes.
    pub max_stream_in_flight_bytes: usize,
    /// Data RPCs running at once; more are shed with RESOURCE_EXHAUSTED.
    pub max_concurrent_rpcs: usize,
    /// Claims kept per document (the rest are dropped with a warning).
    pub max_claims_per_document: usize,
    /// Entities kept per document (the rest are dropped with a warning).
    pub max_entities_per_document: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_document_bytes: 10 * 1024 * 1024,
            max_message_bytes: 16 * 1024 * 1024,
            max_query_bytes: 4096,
            max_query_terms: 64,
            max_page_size: 100,
            max_stream_in_flight: 1024,
            max_stream_in_flight_bytes: 32 * 1024 * 1024,
            max_concurrent_rpcs: 512,
            max_claims_per_document: 2000,
            max_entities_per_document: 5000,
        }
    }
}

/// Index tuning.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct IndexConfig {
    /// Memory budget of the index writer, in MiB.
    pub writer_memory_mb: usize,
    /// MiB of index files read in the background after open, hottest first, so the first
    /// queries after a restart do not wait on the disk (page cache, reclaimable; 0 = off).
    pub warm_mb: u64,
}

impl Default for IndexConfig {
    fn default() -> Self {
        Self { writer_memory_mb: 256, warm_mb: 4096 }
    }
}

impl Default for Config {
    fn default() -> Self {
        Self {
            data_dir: PathBuf::from("./rasad-data"),
            listen: SocketAddr::from(([127, 0, 0, 1], 50051)),
            metrics_listen: Some(SocketAddr::from(([127, 0, 0, 1], 9464))),
            health_listen: None,
            log_format: LogFormat::Auto,
            drain_timeout_secs: 20,
            auth: AuthConfig::default(),
            tls: TlsConfig::default(),
            limits: Limits::default(),
            index: IndexConfig::default(),
        }
    }
}

/// The top-level keys of [`Config`], for telling config variables from other `RASAD_*` ones.
pub const TOP_LEVEL_KEYS: &[&str] = &[
    "data_dir",
    "listen",
    "metrics_listen",
    "health_listen",
    "log_format",
    "drain_timeout_secs",
    "auth",
    "tls",
    "limits",
    "index",
];

impl Config {
    /// Defaults, then `file` (if given), then `RASAD_*` environment variables.
    ///
    /// # Errors
    /// A message naming the bad key or value.
    pub fn load(file: Option<&Path>) -> Result<Self, String> {
        let mut fig = Figment::from(Serialized::defaults(Self::default()));
        if let Some(f) = file {
            if !f.is_file() {
                return Err(format!("config file {} does not exist", f.display()));
            }
            fig = fig.merge(Toml::file(f));
        }
        // Only variables that name a config section are config: RASAD_SERVER, RASAD_TOKEN
        // (client flags), RASAD_CONFIG or a test's RASAD_BIN are not, and must not stop the
        // server. Inside a known section, unknown keys are still rejected.
        fig = fig.merge(
            Env::prefixed("RASAD_")
                .filter(|k| {
                    TOP_LEVEL_KEYS.contains(&k.as_str().split("__").next().unwrap_or("").to_ascii_lowercase().as_str())
                })
                .split("__"),
        );
        let cfg: Self = fig.extract().map_err(|e| format!("invalid configuration: {e}"))?;
        cfg.validate()?;
        Ok(cfg)
    }

    /// Checks values that parse but make no sense.
    ///
    /// # Errors
    /// A message naming the key at fault.
    pub fn validate(&self) -> Result<(), String> {
        let l = &self.limits;
        let positive = [
            ("limits.max_document_bytes", l.max_document_bytes),
            ("limits.max_message_bytes", l.max_message_bytes),
            ("limits.max_query_bytes", l.max_query_bytes),
            ("limits.max_query_terms", l.max_query_terms),
            ("limits.max_page_size", l.max_page_size as usize),
            ("limits.max_stream_in_flight", l.max_stream_in_flight),
            ("limits.max_stream_in_flight_bytes", l.max_stream_in_flight_bytes),
            ("limits.max_concurrent_rpcs", l.max_concurrent_rpcs),
            ("limits.max_claims_per_document", l.max_claims_per_document),
            ("limits.max_entities_per_document", l.max_entities_per_document),
            ("index.writer_memory_mb", self.index.writer_memory_mb),
        ];
        for (key, v) in positive {
            if v == 0 {
                return Err(format!("{key} must be greater than 0"));
            }
        }
        if l.max_message_bytes < l.max_document_bytes {
            return Err("limits.max_message_bytes must be at least limits.max_document_bytes".into());
        }
        if u32::try_from(l.max_stream_in_flight_bytes).is_err() {
            return Err("limits.max_stream_in_flight_bytes must be at most 4294967295".into());
        }
        if self.index.writer_memory_mb < 16 {
            return Err("index.writer_memory_mb must be at least 16".into());
        }
        if self.drain_timeout_secs > 3600 {
            return Err("drain_timeout_secs must be at most 3600".into());
        }
        match (&self.tls.cert_file, &self.tls.key_file) {
            (Some(_), None) | (None, Some(_)) => return Err("tls.cert_file and tls.key_file go together".into()),
            _ => {}
        }
        if self.tls.client_ca_file.is_some() && self.tls.cert_file.is_none() {
            return Err("tls.client_ca_file needs tls.cert_file and tls.key_file".into());
        }
        if self.auth.token.as_deref().is_some_and(|t| t.trim().len() < 16) {
            return Err("auth.token must be at least 16 characters".into());
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_valid() {
        Config::default().validate().unwrap();
    }

    #[test]
    fn unknown_keys_are_rejected() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("c.toml");
        std::fs::write(&f, "data_dir = \"x\"\nlisten_port = 1\n").unwrap();
        let err = Config::load(Some(&f)).unwrap_err();
        assert!(err.contains("listen_port"), "{err}");
    }

    #[test]
    fn file_values_override_defaults() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("c.toml");
        std::fs::write(&f, "listen = \"127.0.0.1:7000\"\n[limits]\nmax_page_size = 7\n").unwrap();
        let c = Config::load(Some(&f)).unwrap();
        assert_eq!(c.listen.port(), 7000);
        assert_eq!(c.limits.max_page_size, 7);
    }

    #[test]
    #[allow(clippy::result_large_err)] // figment's Jail closure returns figment::Error
    fn env_overrides_and_unrelated_rasad_variables_are_ignored() {
        figment::Jail::expect_with(|jail| {
            jail.set_env("RASAD_BIN", "/usr/bin/rasad");
            jail.set_env("RASAD_TEST_QUICK", "1");
            jail.set_env("RASAD_LIMITS__MAX_PAGE_SIZE", "7");
            jail.set_env("RASAD_INDEX__WARM_MB", "0");
            let c = Config::load(None).map_err(figment::Error::from)?;
            assert_eq!(c.limits.max_page_size, 7);
            assert_eq!(c.index.warm_mb, 0, "warming can be turned off");
            jail.set_env("RASAD_LIMITS__MAX_PAGE_SIZ", "7");
            let err = Config::load(None).unwrap_err();
            assert!(err.contains("max_page_siz"), "{err}");
            Ok(())
        });
    }

    #[test]
    fn top_level_keys_match_the_struct() {
        let v = serde_json::to_value(Config::default()).unwrap();
        let mut keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
        keys.sort_unstable();
        let mut listed = TOP_LEVEL_KEYS.to_vec();
        listed.sort_unstable();
        assert_eq!(keys, listed);
    }

    #[test]
    fn stream_byte_budget_past_u32_is_rejected_with_its_key() {
        let c =
            Config { limits: Limits { max_stream_in_flight_bytes: 1 << 33, ..Limits::default() }, ..Config::default() };
        assert!(c.validate().unwrap_err().contains("limits.max_stream_in_flight_bytes"));
    }

    #[test]
    fn zero_limit_is_rejected_with_its_key() {
        let c = Config { limits: Limits { max_page_size: 0, ..Limits::default() }, ..Config::default() };
        assert!(c.validate().unwrap_err().contains("limits.max_page_size"));
    }

    #[test]
    fn half_tls_is_rejected() {
        let c =
            Config { tls: TlsConfig { cert_file: Some("c.pem".into()), ..TlsConfig::default() }, ..Config::default() };
        assert!(c.validate().is_err());
    }
}
