//! Wiring, tonic-example style: health, reflection, the Rasad service behind auth, TLS,
//! metrics, the store opened in the background, and a graceful drain on SIGTERM/SIGINT.

use crate::auth::Auth;
use crate::config::Config;
use crate::proto::rasad_server::RasadServer;
use crate::service::{RasadService, State};
use rasad_store::{Options, Store};
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio_stream::wrappers::TcpListenerStream;
use tonic::service::interceptor::InterceptedService;
use tonic::transport::{Certificate, Identity, Server, ServerTlsConfig};
use tonic_health::ServingStatus;
use tracing::{error, info, warn};

/// The store options a config asks for (the in-process benchmark opens the store with the
/// same ones, so it measures what the server does).
#[must_use]
pub fn store_options(cfg: &Config) -> Options {
    let mut options = Options::new(cfg.data_dir.clone());
    options.writer_memory_bytes = cfg.index.writer_memory_mb << 20;
    options.warm_bytes = cfg.index.warm_mb.saturating_mul(1 << 20);
    options.limits.max_page_size = cfg.limits.max_page_size as usize;
    options.limits.max_query_terms = cfg.limits.max_query_terms;
    options.limits.max_query_bytes = cfg.limits.max_query_bytes;
    options.limits.max_document_bytes = cfg.limits.max_document_bytes.max(options.limits.max_document_bytes);
    options.limits.max_claims_per_document = cfg.limits.max_claims_per_document;
    // A gRPC `Estimate` carries its latest claim only: decoding more stored claims per
    // group would be thrown away (it was most of a lookup's time at 1M articles).
    options.limits.max_estimate_claims = 1;
    options
}

/// The Rasad service's name, as health and reflection know it.
pub const SERVICE_NAME: &str = "rasad.v1.Rasad";

/// Runs the server until SIGTERM/SIGINT, then drains and closes the store.
///
/// The bound address is printed on stdout (`rasad listening on ADDR`) so a caller that
/// asked for port 0 learns the port.
///
/// # Errors
/// Bad TLS files, an address in use, a data dir that is locked or unreadable.
pub async fn run(cfg: Config) -> anyhow::Result<()> {
    let auth = Auth::new(cfg.auth.token.as_deref(), cfg.auth.token_file.clone()).map_err(anyhow::Error::msg)?;
    if let Some(addr) = cfg.metrics_listen {
        crate::metrics::install(addr).map_err(anyhow::Error::msg)?;
        info!(%addr, "metrics on /metrics");
    }
    let tls = tls_config(&cfg)?;

    let (health, health_service) = tonic_health::server::health_reporter();
    health.set_service_status("", ServingStatus::NotServing).await;
    health.set_service_status(SERVICE_NAME, ServingStatus::NotServing).await;

    let reflection_v1 = tonic_reflection::server::Builder::configure()
        .register_encoded_file_descriptor_set(crate::proto::FILE_DESCRIPTOR_SET)
        .register_encoded_file_descriptor_set(tonic_health::pb::FILE_DESCRIPTOR_SET)
        .build_v1()?;
    let reflection_v1alpha = tonic_reflection::server::Builder::configure()
        .register_encoded_file_descriptor_set(crate::proto::FILE_DESCRIPTOR_SET)
        .register_encoded_file_descriptor_set(tonic_health::pb::FILE_DESCRIPTOR_SET)
        .build_v1alpha()?;

    let (signal_tx, signal_rx) = tokio::sync::watch::channel(false);
    let state = Arc::new(State::new(cfg.limits.clone(), signal_rx.clone()));
    let max_msg = cfg.limits.max_message_bytes;
    let rasad = RasadServer::new(RasadService::new(state.clone()))
        .max_decoding_message_size(max_msg)
        .max_encoding_message_size(max_msg);
    let checker = auth.clone();
    let rasad = InterceptedService::new(rasad, move |req: tonic::Request<()>| {
        checker.check(&req)?;
        Ok(req)
    });

    let listener =
        TcpListener::bind(cfg.listen).await.map_err(|e| anyhow::anyhow!("cannot listen on {}: {e}", cfg.listen))?;
    let local = listener.local_addr()?;
    println!("rasad listening on {local}");
    info!(addr = %local, tls = tls.is_some(), auth = auth.enabled(), "gRPC listening");

    // Open the store in the background: health says NOT_SERVING (and data RPCs say
    // UNAVAILABLE) until the index is open.
    let opening = {
        let state = state.clone();
        let health = health.clone();
        let options = store_options(&cfg);
        tokio::spawn(async move {
            let started = std::time::Instant::now();
            match tokio::task::spawn_blocking(move || Store::open(options)).await {
                Ok(Ok(store)) => {
                    let _ = state.store.set(Arc::new(store));
                    health.set_service_status("", ServingStatus::Serving).await;
                    health.set_service_status(SERVICE_NAME, ServingStatus::Serving).await;
                    info!(ms = started.elapsed().as_millis(), "index open; serving");
                    Ok(())
                }
                Ok(Err(e)) => Err(anyhow::anyhow!("cannot open the index: {e}")),
                Err(e) => Err(anyhow::anyhow!("index opener failed: {e}")),
            }
        })
    };

    spawn_housekeeping(state.clone(), auth.clone());
    if let Some(addr) = cfg.health_listen {
        let probe =
            TcpListener::bind(addr).await.map_err(|e| anyhow::anyhow!("cannot listen on health_listen {addr}: {e}"))?;
        let health_only = health_service.clone();
        info!(%addr, "plaintext health listener");
        tokio::spawn(async move {
            if let Err(e) =
                Server::builder().add_service(health_only).serve_with_incoming(TcpListenerStream::new(probe)).await
            {
                error!(error = %e, "health listener failed");
            }
        });
    }

    tokio::spawn(wait_for_signal(signal_tx));
    let drain = Duration::from_secs(cfg.drain_timeout_secs);

    let mut builder = Server::builder();
    if let Some(tls) = tls {
        builder = builder.tls_config(tls)?;
    }
    let router = builder
        .add_service(health_service)
        .add_service(reflection_v1)
        .add_service(reflection_v1alpha)
        .add_service(rasad);

    let shutdown = {
        let mut rx = signal_rx.clone();
        let health = health.clone();
        async move {
            let _ = rx.wait_for(|s| *s).await;
            info!("shutdown signal: draining");
            health.set_service_status("", ServingStatus::NotServing).await;
            health.set_service_status(SERVICE_NAME, ServingStatus::NotServing).await;
        }
    };
    // TCP_NODELAY on every accepted connection: without it a response written as two
    // frames (headers, then data) waits for the client's delayed ACK — a 40 ms stall on
    // every Search answer that does not fit one segment.
    let incoming = tonic::transport::server::TcpIncoming::from(listener).with_nodelay(Some(true));
    let serve = router.serve_with_incoming_shutdown(incoming, shutdown);
    tokio::pin!(serve);
    let mut opening = opening;
    let mut opened = false;
    let deadline = async {
        let mut rx = signal_rx.clone();
        let _ = rx.wait_for(|s| *s).await;
        tokio::time::sleep(drain).await;
    };
    tokio::pin!(deadline);
    loop {
        tokio::select! {
            res = &mut serve => { res?; break; }
            res = &mut opening, if !opened => {
                opened = true;
                match res {
                    Ok(Ok(())) => {}
                    Ok(Err(e)) => return Err(e),
                    Err(e) => return Err(anyhow::anyhow!("index opener panicked: {e}")),
                }
            }
            () = &mut deadline => {
                warn!(secs = drain.as_secs(), "drain timeout reached; stopping with RPCs still in flight");
                break;
            }
        }
    }
    // Every acknowledged write was committed (fsync'd) before its RPC returned, so there is
    // nothing left to flush: dropping the state stops the writer thread and frees the lock.
    drop(state);
    info!("bye");
    Ok(())
}

fn tls_config(cfg: &Config) -> anyhow::Result<Option<ServerTlsConfig>> {
    let (Some(cert), Some(key)) = (&cfg.tls.cert_file, &cfg.tls.key_file) else { return Ok(None) };
    let read =
        |p: &std::path::PathBuf| std::fs::read(p).map_err(|e| anyhow::anyhow!("cannot read {}: {e}", p.display()));
    let mut tls = ServerTlsConfig::new().identity(Identity::from_pem(read(cert)?, read(key)?));
    if let Some(ca) = &cfg.tls.client_ca_file {
        tls = tls.client_ca_root(Certificate::from_pem(read(ca)?));
    }
    Ok(Some(tls))
}

/// Every few seconds: reload a rotated token file, publish index gauges.
fn spawn_housekeeping(state: Arc<State>, auth: Auth) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(5));
        loop {
            tick.tick().await;
            auth.reload();
            if let Some(store) = state.store.get().cloned()
                && let Ok(Ok(stats)) = tokio::task::spawn_blocking(move || store.stats()).await
            {
                #[allow(clippy::cast_precision_loss)]
                {
                    metrics::gauge!("rasad_index_documents").set(stats.documents as f64);
                    metrics::gauge!("rasad_index_claims").set(stats.claims as f64);
                    metrics::gauge!("rasad_index_segments").set(stats.segments as f64);
                    metrics::gauge!("rasad_index_bytes").set(stats.bytes_on_disk as f64);
                }
            }
        }
    });
}

async fn wait_for_signal(tx: tokio::sync::watch::Sender<bool>) {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let (Ok(mut term), Ok(mut int)) = (signal(SignalKind::terminate()), signal(SignalKind::interrupt())) else {
            error!("cannot install signal handlers");
            return;
        };
        tokio::select! {
            _ = term.recv() => info!("SIGTERM"),
            _ = int.recv() => info!("SIGINT"),
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
    let _ = tx.send(true);
}
