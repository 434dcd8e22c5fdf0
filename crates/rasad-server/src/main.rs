//! `rasad`: the Rasad server and its command-line client.

use clap::{Args, Parser, Subcommand};
use rasad_server::client_cmd;
use rasad_server::config::Config;
use rasad_server::text_cmd::{self, TextView};
use std::path::PathBuf;
use std::process::ExitCode;

/// Rasad (رصد): Arabic news → searchable articles and attributed quantity claims, over gRPC.
#[derive(Parser, Debug)]
#[command(name = "rasad", version, about, long_about = None, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Run the gRPC server (defaults: data in ./rasad-data, listening on 127.0.0.1:50051).
    Serve(ServeArgs),
    /// Analyze files offline (no server) and print one AnalyzeResponse per file as a line of proto3 JSON.
    Analyze(AnalyzeArgs),
    /// Line-oriented views of the core: normalize, tokens, numbers, dates (stdin → stdout).
    Text {
        /// What to print for each input line.
        #[arg(value_enum)]
        view: TextView,
        /// Publication date that relative dates resolve against (YYYY-MM-DD).
        #[arg(long)]
        published: Option<String>,
    },
    /// Ingest files or directories into a running server (IngestStream, with progress).
    Ingest(client_cmd::IngestArgs),
    /// Search a running server.
    Search(client_cmd::SearchArgs),
    /// Look up quantity claims (and estimates) on a running server.
    Facts(client_cmd::FactsArgs),
    /// Print one stored document.
    Get(client_cmd::GetArgs),
    /// Delete one stored document and its claims.
    Delete(client_cmd::GetArgs),
    /// Print one entity (names, counts, roles, quotes).
    Entity(client_cmd::GetArgs),
}

#[derive(Args, Debug)]
struct ServeArgs {
    /// TOML config file (also RASAD_CONFIG). RASAD_* environment variables override it.
    #[arg(long, env = "RASAD_CONFIG")]
    config: Option<PathBuf>,
    /// Override `data_dir`.
    #[arg(long)]
    data_dir: Option<PathBuf>,
    /// Override `listen` (use port 0 for any free port; the bound address is printed on stdout).
    #[arg(long)]
    listen: Option<std::net::SocketAddr>,
    /// Override `metrics_listen`; `off` disables the metrics endpoint.
    #[arg(long)]
    metrics_listen: Option<String>,
}

#[derive(Args, Debug)]
struct AnalyzeArgs {
    /// Files to analyze (text or HTML, any encoding).
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Content type for every file (e.g. `text/html; charset=windows-1256`).
    #[arg(long)]
    content_type: Option<String>,
    /// Page URL (names the outlet).
    #[arg(long)]
    url: Option<String>,
    /// Outlet id or name.
    #[arg(long)]
    outlet: Option<String>,
    /// Publication date (YYYY-MM-DD).
    #[arg(long)]
    published: Option<String>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Serve(a) => serve(a),
        Command::Analyze(a) => analyze(&a),
        Command::Text { view, published } => text_cmd::run(view, published.as_deref()),
        Command::Ingest(a) => client_cmd::block_on(client_cmd::ingest(a)),
        Command::Search(a) => client_cmd::block_on(client_cmd::search(a)),
        Command::Facts(a) => client_cmd::block_on(client_cmd::facts(a)),
        Command::Get(a) => client_cmd::block_on(client_cmd::get(a)),
        Command::Delete(a) => client_cmd::block_on(client_cmd::delete(a)),
        Command::Entity(a) => client_cmd::block_on(client_cmd::entity(a)),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("rasad: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn serve(a: ServeArgs) -> anyhow::Result<()> {
    let mut cfg = Config::load(a.config.as_deref()).map_err(anyhow::Error::msg)?;
    if let Some(d) = a.data_dir {
        cfg.data_dir = d;
    }
    if let Some(l) = a.listen {
        cfg.listen = l;
    }
    if let Some(m) = a.metrics_listen.as_deref() {
        cfg.metrics_listen = parse_metrics_listen(m)?;
    }
    cfg.validate().map_err(anyhow::Error::msg)?;
    rasad_server::logging::init(cfg.log_format);
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(rasad_server::server::run(cfg))
}

/// `off` → no metrics endpoint; otherwise a socket address.
fn parse_metrics_listen(m: &str) -> anyhow::Result<Option<std::net::SocketAddr>> {
    if m == "off" {
        return Ok(None);
    }
    m.parse().map(Some).map_err(|e| anyhow::anyhow!("--metrics-listen {m:?}: {e}"))
}

fn analyze(a: &AnalyzeArgs) -> anyhow::Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let mut failed = 0usize;
    for f in &a.files {
        let bytes = match std::fs::read(f) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("rasad: {}: {e}", f.display());
                failed += 1;
                continue;
            }
        };
        let input = rasad_core::Input {
            bytes: &bytes,
            content_type: a.content_type.as_deref(),
            url: a.url.as_deref(),
            outlet: a.outlet.as_deref(),
            published: a.published.as_deref(),
        };
        match rasad_core::analyze(&input) {
            Ok(doc) => {
                let resp =
                    rasad_server::proto::AnalyzeResponse { document: Some(rasad_server::convert::document(&doc)) };
                writeln!(out, "{}", serde_json::to_string(&resp)?)?;
            }
            Err(e) => {
                eprintln!("rasad: {}: {e}", f.display());
                failed += 1;
            }
        }
    }
    if failed > 0 {
        anyhow::bail!("{failed} of {} files could not be analyzed", a.files.len());
    }
    Ok(())
}
