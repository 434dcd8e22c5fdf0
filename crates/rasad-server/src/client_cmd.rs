//! The CLI's client commands: they talk to a running server over gRPC.

use crate::proto::{self as pb, rasad_client::RasadClient};
use anyhow::Context;
use clap::Args;
use indicatif::{ProgressBar, ProgressStyle};
use std::path::{Path, PathBuf};
use tonic::transport::{Certificate, Channel, ClientTlsConfig, Endpoint};

/// How to reach the server (every client command takes these).
#[derive(Args, Debug, Clone)]
pub struct ServerArgs {
    /// Server address.
    #[arg(long, env = "RASAD_SERVER", default_value = "http://127.0.0.1:50051")]
    pub server: String,
    /// Bearer token, when the server requires one.
    #[arg(long, env = "RASAD_TOKEN", hide_env_values = true)]
    pub token: Option<String>,
    /// CA certificate (PEM) to trust for an https:// server.
    #[arg(long)]
    pub ca_cert: Option<PathBuf>,
    /// Print machine-readable JSON (proto3 JSON, one object per line).
    #[arg(long)]
    pub json: bool,
}

/// An open connection.
#[derive(Debug, Clone)]
pub struct Connection {
    client: RasadClient<Channel>,
    token: Option<String>,
    json: bool,
}

impl Connection {
    fn request<T>(&self, msg: T) -> anyhow::Result<tonic::Request<T>> {
        let mut req = tonic::Request::new(msg);
        if let Some(t) = &self.token {
            req.metadata_mut()
                .insert("authorization", format!("Bearer {t}").parse().context("token is not valid metadata")?);
        }
        Ok(req)
    }
}

async fn connect(a: &ServerArgs) -> anyhow::Result<Connection> {
    let mut ep = Endpoint::from_shared(a.server.clone()).with_context(|| format!("bad --server {:?}", a.server))?;
    if a.server.starts_with("https://") {
        let mut tls = ClientTlsConfig::new();
        if let Some(ca) = &a.ca_cert {
            tls = tls
                .ca_certificate(Certificate::from_pem(std::fs::read(ca).with_context(|| format!("{}", ca.display()))?));
        }
        ep = ep.tls_config(tls)?;
    }
    let channel = ep.connect().await.with_context(|| format!("cannot connect to {}", a.server))?;
    Ok(Connection {
        client: RasadClient::new(channel).max_decoding_message_size(64 << 20).max_encoding_message_size(64 << 20),
        token: a.token.clone(),
        json: a.json,
    })
}

/// Runs a client command on a fresh runtime.
///
/// # Errors
/// Whatever the command returns; gRPC errors keep their code and message.
pub fn block_on(fut: impl Future<Output = anyhow::Result<()>>) -> anyhow::Result<()> {
    tokio::runtime::Builder::new_multi_thread().enable_all().build()?.block_on(fut)
}

#[allow(clippy::needless_pass_by_value)] // used as `map_err(status_err)`
fn status_err(s: tonic::Status) -> anyhow::Error {
    anyhow::anyhow!("{:?}: {}", s.code(), s.message())
}

fn print_json<T: serde::Serialize>(v: &T) -> anyhow::Result<()> {
    println!("{}", serde_json::to_string(v)?);
    Ok(())
}

/// `rasad ingest`.
#[derive(Args, Debug)]
pub struct IngestArgs {
    /// Files or directories (read recursively: .txt, .html, .htm).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Outlet id or name for every document.
    #[arg(long)]
    pub outlet: Option<String>,
    /// Use file names (without extension) as document ids (default: content hash).
    #[arg(long)]
    pub ids_from_names: bool,
    #[command(flatten)]
    pub conn: ServerArgs,
}

fn collect_files(paths: &[PathBuf]) -> anyhow::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack: Vec<PathBuf> = paths.to_vec();
    while let Some(p) = stack.pop() {
        if p.is_dir() {
            let mut entries: Vec<PathBuf> = std::fs::read_dir(&p)
                .with_context(|| format!("{}", p.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .collect();
            entries.sort();
            entries.reverse();
            stack.extend(entries);
        } else if p.is_file() {
            let ext = p.extension().and_then(|e| e.to_str()).unwrap_or("");
            if paths.contains(&p) || matches!(ext, "txt" | "html" | "htm") {
                out.push(p);
            }
        } else {
            anyhow::bail!("{}: no such file or directory", p.display());
        }
    }
    Ok(out)
}

fn content_type_of(p: &Path) -> String {
    match p.extension().and_then(|e| e.to_str()) {
        Some("html" | "htm") => "text/html".to_owned(),
        _ => String::new(),
    }
}

/// Streams files to the server with a progress bar; prints a summary.
///
/// # Errors
/// Connection errors, unreadable files, or any document that failed.
pub async fn ingest(a: IngestArgs) -> anyhow::Result<()> {
    let files = collect_files(&a.paths)?;
    let mut c = connect(&a.conn).await?;
    let bar = if a.conn.json { ProgressBar::hidden() } else { ProgressBar::new(files.len() as u64) };
    bar.set_style(ProgressStyle::with_template("{bar:40} {pos}/{len} {per_sec} eta {eta} {msg}")?);
    let (tx, rx) = tokio::sync::mpsc::channel::<pb::IngestStreamRequest>(16);
    let names: Vec<PathBuf> = files.clone();
    let outlet = a.outlet.clone().unwrap_or_default();
    let ids_from_names = a.ids_from_names;
    let reader = tokio::spawn(async move {
        for f in &names {
            let content = tokio::fs::read(f).await.with_context(|| format!("{}", f.display()))?;
            let id = if ids_from_names {
                f.file_stem().and_then(|s| s.to_str()).unwrap_or("").to_owned()
            } else {
                String::new()
            };
            let doc = pb::IngestRequest {
                id,
                content,
                content_type: content_type_of(f),
                url: String::new(),
                outlet: outlet.clone(),
                published: String::new(),
            };
            if tx.send(pb::IngestStreamRequest { document: Some(doc) }).await.is_err() {
                break;
            }
        }
        anyhow::Ok(())
    });
    let req = c.request(tokio_stream::wrappers::ReceiverStream::new(rx))?;
    let mut responses = c.client.ingest_stream(req).await.map_err(status_err)?.into_inner();
    let (mut created, mut unchanged, mut replaced, mut failed, mut claims) = (0u64, 0u64, 0u64, 0u64, 0u64);
    while let Some(r) = responses.message().await.map_err(status_err)? {
        let name = usize::try_from(r.sequence)
            .ok()
            .and_then(|i| files.get(i))
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        if c.json {
            let mut v = serde_json::to_value(&r)?;
            v["file"] = serde_json::Value::String(name.clone());
            print_json(&v)?;
        }
        match r.outcome {
            Some(pb::ingest_stream_response::Outcome::Result(res)) => {
                claims += u64::from(res.claim_count);
                match pb::IngestStatus::try_from(res.status) {
                    Ok(pb::IngestStatus::Unchanged) => unchanged += 1,
                    Ok(pb::IngestStatus::Replaced) => replaced += 1,
                    _ => created += 1,
                }
            }
            Some(pb::ingest_stream_response::Outcome::Failure(f)) => {
                failed += 1;
                bar.println(format!("{name}: {} {}", f.code, f.message));
            }
            None => failed += 1,
        }
        bar.inc(1);
    }
    bar.finish_and_clear();
    reader.await??;
    if !c.json {
        println!(
            "{} files: {created} created, {replaced} replaced, {unchanged} unchanged, {failed} failed; {claims} claims",
            files.len()
        );
    }
    if failed > 0 {
        anyhow::bail!("{failed} documents failed");
    }
    let _ = &mut c;
    Ok(())
}

/// `rasad search`.
#[derive(Args, Debug)]
pub struct SearchArgs {
    /// The query (words and "quoted phrases").
    pub query: String,
    /// Only these outlets (ids).
    #[arg(long)]
    pub outlet: Vec<String>,
    /// Only documents tagged with these entities (ids).
    #[arg(long)]
    pub entity: Vec<String>,
    /// Published on or after (YYYY-MM-DD).
    #[arg(long)]
    pub from: Option<String>,
    /// Published on or before (YYYY-MM-DD).
    #[arg(long)]
    pub to: Option<String>,
    /// Facets to count: outlet, entity, month.
    #[arg(long, value_delimiter = ',')]
    pub facets: Vec<String>,
    /// Sort by date, newest first.
    #[arg(long)]
    pub newest: bool,
    /// Hits per page.
    #[arg(long, default_value_t = 10)]
    pub page_size: u32,
    /// Page token from a previous search.
    #[arg(long)]
    pub page_token: Option<String>,
    #[command(flatten)]
    pub conn: ServerArgs,
}

/// Runs a search and prints hits (or JSON).
///
/// # Errors
/// Connection and gRPC errors.
pub async fn search(a: SearchArgs) -> anyhow::Result<()> {
    let mut c = connect(&a.conn).await?;
    let req = pb::SearchRequest {
        query: a.query,
        filter: Some(pb::SearchFilter {
            outlets: a.outlet,
            published_from: a.from.unwrap_or_default(),
            published_to: a.to.unwrap_or_default(),
            entity_ids: a.entity,
            has_claims: None,
        }),
        facets: a.facets,
        sort: if a.newest { pb::SortOrder::DateDesc } else { pb::SortOrder::Relevance }.into(),
        page_size: a.page_size,
        page_token: a.page_token.unwrap_or_default(),
    };
    let resp = c.client.search(c.request(req)?).await.map_err(status_err)?.into_inner();
    if c.json {
        return print_json(&resp);
    }
    println!("{} hits", resp.total_hits);
    for h in &resp.hits {
        let outlet = h.outlet.as_ref().map(|o| o.name.as_str()).unwrap_or("");
        println!(
            "\n{}  [{}] {} {}  ({} claims, score {:.2})",
            h.document_id, outlet, h.published, h.title, h.claim_count, h.score
        );
        for s in &h.snippets {
            println!("    {}", mark(&s.text, &s.highlights));
        }
    }
    for f in &resp.facets {
        let vals: Vec<String> = f
            .values
            .iter()
            .map(|v| format!("{}={}", if v.label.is_empty() { &v.value } else { &v.label }, v.count))
            .collect();
        println!("\n{}: {}", f.name, vals.join(", "));
    }
    if !resp.next_page_token.is_empty() {
        println!("\nnext page: --page-token {}", resp.next_page_token);
    }
    Ok(())
}

/// Wraps highlighted byte ranges in [brackets].
fn mark(text: &str, spans: &[pb::Span]) -> String {
    let mut out = String::with_capacity(text.len() + spans.len() * 2);
    let mut at = 0usize;
    for s in spans {
        let (start, end) = (s.start as usize, s.end as usize);
        if start < at || end > text.len() || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            continue;
        }
        out.push_str(&text[at..start]);
        out.push('[');
        out.push_str(&text[start..end]);
        out.push(']');
        at = end;
    }
    out.push_str(&text[at..]);
    out
}

/// `rasad facts`.
#[derive(Args, Debug)]
pub struct FactsArgs {
    /// Entity ids the claims must involve (e.g. KZ, central_asia, isis).
    #[arg(long)]
    pub entity: Vec<String>,
    /// Role of the entities: origin, organization, location, speaker, cited_source (default: any).
    #[arg(long)]
    pub role: Option<String>,
    /// Predicates (joined, returned, fighting, …).
    #[arg(long)]
    pub predicate: Vec<String>,
    /// Subject classes (fighter, militant, member, person, …).
    #[arg(long)]
    pub subject: Vec<String>,
    /// Claim time on or after (YYYY or YYYY-MM-DD).
    #[arg(long)]
    pub from: Option<String>,
    /// Claim time on or before.
    #[arg(long)]
    pub to: Option<String>,
    /// Value at least.
    #[arg(long)]
    pub min: Option<f64>,
    /// Value at most.
    #[arg(long)]
    pub max: Option<f64>,
    /// Only these outlets.
    #[arg(long)]
    pub outlet: Vec<String>,
    /// Group into estimates.
    #[arg(long)]
    pub estimates: bool,
    /// Claims per page.
    #[arg(long, default_value_t = 20)]
    pub page_size: u32,
    #[command(flatten)]
    pub conn: ServerArgs,
}

fn enum_value(prefix: &str, name: &str, lookup: impl Fn(&str) -> Option<i32>) -> anyhow::Result<i32> {
    let full = format!("{prefix}{}", name.to_ascii_uppercase());
    lookup(&full).ok_or_else(|| anyhow::anyhow!("unknown value {name:?}"))
}

/// Runs a fact lookup and prints claims and estimates.
///
/// # Errors
/// Unknown enum names, connection and gRPC errors.
pub async fn facts(a: FactsArgs) -> anyhow::Result<()> {
    let mut c = connect(&a.conn).await?;
    let role = match a.role.as_deref() {
        None => 0,
        Some(r) => enum_value("ENTITY_ROLE_", r, |n| pb::EntityRole::from_str_name(n).map(i32::from))?,
    };
    let predicates = a
        .predicate
        .iter()
        .map(|p| enum_value("PREDICATE_", p, |n| pb::Predicate::from_str_name(n).map(i32::from)))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let subject_classes = a
        .subject
        .iter()
        .map(|s| enum_value("SUBJECT_CLASS_", s, |n| pb::SubjectClass::from_str_name(n).map(i32::from)))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let req = pb::LookupFactsRequest {
        entity_ids: a.entity,
        role,
        predicates,
        subject_classes,
        time_from: a.from.unwrap_or_default(),
        time_to: a.to.unwrap_or_default(),
        min_value: a.min,
        max_value: a.max,
        outlets: a.outlet,
        document_id: String::new(),
        sort: 0,
        page_size: a.page_size,
        page_token: String::new(),
        include_estimates: a.estimates,
    };
    let resp = c.client.lookup_facts(c.request(req)?).await.map_err(status_err)?.into_inner();
    if c.json {
        return print_json(&resp);
    }
    println!("{} claims", resp.total);
    for cl in &resp.claims {
        println!("\n{}", describe_claim(cl));
    }
    for e in &resp.estimates {
        let name = |r: &Option<pb::EntityRef>| r.as_ref().map(|r| r.name.clone()).unwrap_or_else(|| "?".into());
        println!(
            "\nestimate: {} {} {} ({}): {}–{} from {} claims, {} independent sources",
            name(&e.origin),
            pb::Predicate::try_from(e.predicate).map(|p| p.as_str_name()).unwrap_or("?"),
            name(&e.organization),
            pb::SubjectClass::try_from(e.subject_class).map(|s| s.as_str_name()).unwrap_or("?"),
            e.min,
            e.max,
            e.claim_count,
            e.independent_sources
        );
    }
    Ok(())
}

fn describe_claim(c: &pb::Claim) -> String {
    let q = c.quantity.clone().unwrap_or_default();
    let a = c.attribution.clone().unwrap_or_default();
    let name =
        |r: &Option<pb::EntityRef>| r.as_ref().map(|r| if r.name.is_empty() { r.text.clone() } else { r.name.clone() });
    let mut who = Vec::new();
    if let Some(o) = name(&a.reporting_outlet) {
        who.push(o);
    }
    if let Some(s) = name(&a.cited_source) {
        who.push(format!("citing {s}"));
    }
    if let Some(s) = name(&a.speaker) {
        who.push(format!("quoting {s}"));
    }
    format!(
        "{}: {} ({}) {} origin={} org={} time={}\n  {}\n  \"{}\"",
        c.id,
        q.text,
        q.value,
        pb::Predicate::try_from(c.predicate).map(|p| p.as_str_name()).unwrap_or("?"),
        name(&c.origin).unwrap_or_default(),
        name(&c.organization).unwrap_or_default(),
        c.time.as_ref().and_then(|t| t.date.as_ref()).map(|d| d.value.clone()).unwrap_or_default(),
        who.join(", "),
        c.evidence.as_ref().map(|e| e.text.as_str()).unwrap_or("")
    )
}

/// `rasad get|delete|entity ID`.
#[derive(Args, Debug)]
pub struct GetArgs {
    /// The id.
    pub id: String,
    #[command(flatten)]
    pub conn: ServerArgs,
}

/// Prints one document.
///
/// # Errors
/// NOT_FOUND and connection errors.
pub async fn get(a: GetArgs) -> anyhow::Result<()> {
    let mut c = connect(&a.conn).await?;
    let resp =
        c.client.get_document(c.request(pb::GetDocumentRequest { id: a.id })?).await.map_err(status_err)?.into_inner();
    let doc = resp.document.unwrap_or_default();
    if c.json {
        return print_json(&doc);
    }
    println!("{}  {}", doc.id, doc.title.map(|t| t.text).unwrap_or_default());
    println!("{} paragraphs, {} entities, {} claims", doc.paragraphs.len(), doc.entities.len(), doc.claims.len());
    for cl in &doc.claims {
        println!("\n{}", describe_claim(cl));
    }
    Ok(())
}

/// Deletes one document.
///
/// # Errors
/// NOT_FOUND and connection errors.
pub async fn delete(a: GetArgs) -> anyhow::Result<()> {
    let mut c = connect(&a.conn).await?;
    let resp = c
        .client
        .delete_document(c.request(pb::DeleteDocumentRequest { id: a.id })?)
        .await
        .map_err(status_err)?
        .into_inner();
    if c.json {
        return print_json(&resp);
    }
    println!("deleted {} ({} claims)", resp.id, resp.claims_deleted);
    Ok(())
}

/// Prints one entity.
///
/// # Errors
/// NOT_FOUND and connection errors.
pub async fn entity(a: GetArgs) -> anyhow::Result<()> {
    let mut c = connect(&a.conn).await?;
    let resp =
        c.client.get_entity(c.request(pb::GetEntityRequest { id: a.id })?).await.map_err(status_err)?.into_inner();
    let e = resp.entity.unwrap_or_default();
    if c.json {
        return print_json(&e);
    }
    println!("{} {} / {}: {} documents, {} claims", e.id, e.name_ar, e.name_en, e.document_count, e.claim_count);
    if !e.roles.is_empty() {
        println!("roles: {}", e.roles.join("؛ "));
    }
    for q in &e.quotes {
        println!("  {} {}: {}", q.document_id, q.verb, q.content);
    }
    Ok(())
}
