//! Prometheus metrics, served on their own HTTP port (`metrics_listen`).
//!
//! Names (documented in deploy/README.md): `rasad_rpc_requests_total{method,code}`,
//! `rasad_rpc_duration_seconds{method}`, `rasad_ingest_documents_total{status}`,
//! `rasad_ingest_bytes_total`, `rasad_claims_extracted_total`, `rasad_index_documents`,
//! `rasad_index_claims`, `rasad_index_segments`, `rasad_index_bytes`,
//! `rasad_commit_duration_seconds`.

use metrics_exporter_prometheus::PrometheusBuilder;
use std::net::SocketAddr;
use std::time::Instant;

/// Starts the exporter's HTTP listener (must run inside a tokio runtime).
///
/// # Errors
/// When the address cannot be bound or a recorder is already installed.
pub fn install(addr: SocketAddr) -> Result<(), String> {
    PrometheusBuilder::new()
        .with_http_listener(addr)
        .set_buckets(&[0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0])
        .map_err(|e| e.to_string())?
        .install()
        .map_err(|e| format!("cannot start metrics on {addr}: {e}"))
}

/// Records one finished RPC.
pub fn rpc(method: &'static str, code: tonic::Code, started: Instant) {
    let code = format!("{code:?}");
    metrics::counter!("rasad_rpc_requests_total", "method" => method, "code" => code).increment(1);
    metrics::histogram!("rasad_rpc_duration_seconds", "method" => method).record(started.elapsed().as_secs_f64());
}

/// Records one ingested document.
pub fn ingested(status: &'static str, bytes: usize, claims: usize) {
    metrics::counter!("rasad_ingest_documents_total", "status" => status).increment(1);
    metrics::counter!("rasad_ingest_bytes_total").increment(bytes as u64);
    metrics::counter!("rasad_claims_extracted_total").increment(claims as u64);
}
