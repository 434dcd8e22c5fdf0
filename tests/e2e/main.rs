//! End-to-end tests over real gRPC on loopback: the `rasad` binary, a temp data dir,
//! a tonic client. One binary, so the server binary is built once.

mod faults;
mod harness;
mod overload;

use harness::{Server, own_article, seeds};
use rasad_server::proto as pb;
use tonic::Code;

fn ingest_req(id: &str, content: Vec<u8>) -> pb::IngestRequest {
    pb::IngestRequest { id: id.to_owned(), content, ..Default::default() }
}

#[tokio::test]
async fn health_serves_and_reflection_lists_services() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), &[]).await;
    let ch = server.channel().await;
    let mut health = tonic_health::pb::health_client::HealthClient::new(ch.clone());
    let r = health.check(tonic_health::pb::HealthCheckRequest { service: "rasad.v1.Rasad".into() }).await.unwrap();
    assert_eq!(r.into_inner().status, tonic_health::pb::health_check_response::ServingStatus::Serving as i32);

    use tonic_reflection::pb::v1::{
        ServerReflectionRequest, server_reflection_client::ServerReflectionClient,
        server_reflection_request::MessageRequest, server_reflection_response::MessageResponse,
    };
    let mut refl = ServerReflectionClient::new(ch);
    let req = ServerReflectionRequest {
        host: String::new(),
        message_request: Some(MessageRequest::ListServices(String::new())),
    };
    let mut stream = refl.server_reflection_info(tokio_stream::iter(vec![req])).await.unwrap().into_inner();
    let resp = stream.message().await.unwrap().unwrap();
    let Some(MessageResponse::ListServicesResponse(list)) = resp.message_response else { panic!("no service list") };
    let names: Vec<String> = list.service.into_iter().map(|s| s.name).collect();
    for want in ["rasad.v1.Rasad", "grpc.health.v1.Health", "grpc.reflection.v1.ServerReflection"] {
        assert!(names.iter().any(|n| n == want), "{want} missing from {names:?}");
    }
}

#[tokio::test]
async fn ingested_document_is_durable_and_searchable_after_restart() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = Server::start(dir.path(), &[]).await;
    let mut c = server.client().await;
    let r = c.ingest(ingest_req("own-1", own_article())).await.unwrap().into_inner();
    assert_eq!(r.id, "own-1");
    assert_eq!(r.status, pb::IngestStatus::Created as i32);
    let again = c.ingest(ingest_req("own-1", own_article())).await.unwrap().into_inner();
    assert_eq!(again.status, pb::IngestStatus::Unchanged as i32);

    server.restart().await;
    let mut c = server.client().await;
    let doc =
        c.get_document(pb::GetDocumentRequest { id: "own-1".into() }).await.unwrap().into_inner().document.unwrap();
    assert!(doc.body.contains("مخيم الهول"));
    let hits = c
        .search(pb::SearchRequest {
            query: "العائدين الكازاخ".into(), page_size: 5, ..Default::default()
        })
        .await
        .unwrap()
        .into_inner();
    assert!(hits.hits.iter().any(|h| h.document_id == "own-1"), "{hits:?}");
}

#[tokio::test]
async fn bad_input_gets_the_right_status_code() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), &[("RASAD_LIMITS__MAX_DOCUMENT_BYTES", "1000")]).await;
    let mut c = server.client().await;

    let empty = c.ingest(ingest_req("", Vec::new())).await.unwrap_err();
    assert_eq!(empty.code(), Code::InvalidArgument);
    assert!(empty.message().contains("content"), "{}", empty.message());

    let big = c.analyze(pb::AnalyzeRequest { content: vec![b'a'; 5000], ..Default::default() }).await.unwrap_err();
    assert_eq!(big.code(), Code::ResourceExhausted, "{big:?}");

    let missing = c.get_document(pb::GetDocumentRequest { id: "no-such-doc".into() }).await.unwrap_err();
    assert_eq!(missing.code(), Code::NotFound);

    let token = c
        .search(pb::SearchRequest { query: "داعش".into(), page_token: "garbage!!".into(), ..Default::default() })
        .await
        .unwrap_err();
    assert_eq!(token.code(), Code::InvalidArgument);
    assert!(token.message().contains("page_token"), "{}", token.message());

    let page = c
        .search(pb::SearchRequest { query: "داعش".into(), page_size: 100_000, ..Default::default() })
        .await
        .unwrap_err();
    assert_eq!(page.code(), Code::InvalidArgument);
    assert!(page.message().contains("page_size"));

    let del = c.delete_document(pb::DeleteDocumentRequest { id: "no-such-doc".into() }).await.unwrap_err();
    assert_eq!(del.code(), Code::NotFound);

    let published = c
        .analyze(pb::AnalyzeRequest { content: own_article(), published: "yesterday".into(), ..Default::default() })
        .await
        .unwrap_err();
    assert_eq!(published.code(), Code::InvalidArgument);
    assert!(published.message().contains("published"));
}

#[tokio::test]
async fn auth_rejects_missing_and_wrong_tokens_but_health_stays_open() {
    let dir = tempfile::tempdir().unwrap();
    let token = "test-token-abcdefghijklmnop";
    let server = Server::start(dir.path(), &[("RASAD_AUTH__TOKEN", token)]).await;
    let mut c = server.client().await;
    let none = c.analyze(pb::AnalyzeRequest { content: own_article(), ..Default::default() }).await.unwrap_err();
    assert_eq!(none.code(), Code::Unauthenticated);
    let mut wrong = tonic::Request::new(pb::AnalyzeRequest { content: own_article(), ..Default::default() });
    wrong.metadata_mut().insert("authorization", "Bearer not-the-token".parse().unwrap());
    assert_eq!(c.analyze(wrong).await.unwrap_err().code(), Code::Unauthenticated);
    let mut right = tonic::Request::new(pb::AnalyzeRequest { content: own_article(), ..Default::default() });
    right.metadata_mut().insert("authorization", format!("Bearer {token}").parse().unwrap());
    assert!(c.analyze(right).await.is_ok());
    // Health needs no token.
    let mut health = tonic_health::pb::health_client::HealthClient::new(server.channel().await);
    assert!(health.check(tonic_health::pb::HealthCheckRequest { service: String::new() }).await.is_ok());
}

/// A stream whose documents add up to many times its byte budget still answers every
/// document, in order: the budget pauses reading, it never deadlocks or drops a document.
#[tokio::test]
async fn ingest_stream_past_its_byte_budget_answers_every_document_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let env = [("RASAD_LIMITS__MAX_STREAM_IN_FLIGHT_BYTES", "40000"), ("RASAD_LIMITS__MAX_STREAM_IN_FLIGHT", "256")];
    let server = Server::start(dir.path(), &env).await;
    let mut c = server.client().await;
    let article = String::from_utf8(own_article()).unwrap();
    // ~12 KB each, 24 of them: about 7 times the budget; one is larger than the budget.
    let reqs: Vec<pb::IngestStreamRequest> = (0..24)
        .map(|i| {
            let copies = if i == 5 { 100 } else { 20 };
            let content = format!("{article}\nالفقرة {i}.\n").repeat(copies);
            pb::IngestStreamRequest {
                document: Some(pb::IngestRequest {
                    id: format!("budget-{i}"),
                    content: content.into_bytes(),
                    ..Default::default()
                }),
            }
        })
        .collect();
    let mut out = c.ingest_stream(tokio_stream::iter(reqs)).await.unwrap().into_inner();
    let mut n = 0u64;
    while let Some(r) = out.message().await.unwrap() {
        assert_eq!(r.sequence, n);
        assert_eq!(r.request_id, format!("budget-{n}"));
        assert!(matches!(r.outcome, Some(pb::ingest_stream_response::Outcome::Result(_))), "{r:?}");
        n += 1;
    }
    assert_eq!(n, 24);
}

#[tokio::test]
async fn seeds_ingest_search_and_facts() {
    let seeds = seeds();
    if seeds.is_empty() {
        eprintln!("shared/seeds not present; skipping");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), &[]).await;
    let mut c = server.client().await;
    let reqs: Vec<pb::IngestStreamRequest> = seeds
        .iter()
        .map(|(name, bytes)| pb::IngestStreamRequest { document: Some(ingest_req(name, bytes.clone())) })
        .collect();
    let mut out = c.ingest_stream(tokio_stream::iter(reqs)).await.unwrap().into_inner();
    let mut n = 0;
    while let Some(r) = out.message().await.unwrap() {
        assert_eq!(r.sequence, n);
        assert!(matches!(r.outcome, Some(pb::ingest_stream_response::Outcome::Result(_))), "{r:?}");
        n += 1;
    }
    assert_eq!(n as usize, seeds.len());

    let hits = c
        .search(pb::SearchRequest {
            query: "العائدين الكازاخ".into(),
            facets: vec!["outlet".into()],
            ..Default::default()
        })
        .await
        .unwrap()
        .into_inner();
    assert!(hits.hits.iter().any(|h| h.document_id.starts_with("000_")), "{hits:?}");
    assert!(hits.hits.iter().any(|h| !h.snippets.is_empty()));

    let facts = c
        .lookup_facts(pb::LookupFactsRequest {
            entity_ids: vec!["central_asia".into()],
            role: pb::EntityRole::Origin.into(),
            include_estimates: true,
            ..Default::default()
        })
        .await
        .unwrap()
        .into_inner();
    assert!(
        facts.claims.iter().any(|c| c.quantity.as_ref().is_some_and(|q| (q.value - 4000.0).abs() < 1.0)),
        "{facts:?}"
    );
    assert!(!facts.estimates.is_empty());
    // A handful of seed claims: every group returned, nothing cut.
    assert_eq!(facts.estimate_groups as usize, facts.estimates.len());
    assert!(!facts.truncated);
    // Evidence offsets slice the document text.
    let claim = &facts.claims[0];
    let doc = c
        .get_document(pb::GetDocumentRequest { id: claim.document_id.clone() })
        .await
        .unwrap()
        .into_inner()
        .document
        .unwrap();
    let ev = claim.evidence.as_ref().unwrap();
    let span = ev.span.unwrap();
    assert_eq!(&doc.text[span.start as usize..span.end as usize], ev.text);

    let del =
        c.delete_document(pb::DeleteDocumentRequest { id: claim.document_id.clone() }).await.unwrap().into_inner();
    assert!(del.claims_deleted > 0);
    let after = c
        .lookup_facts(pb::LookupFactsRequest { document_id: claim.document_id.clone(), ..Default::default() })
        .await
        .unwrap()
        .into_inner();
    assert_eq!(after.total, 0);
}

#[tokio::test]
async fn sigterm_during_ingest_stream_keeps_acknowledged_documents() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = Server::start(dir.path(), &[]).await;
    let mut c = server.client().await;
    let (tx, rx) = tokio::sync::mpsc::channel::<pb::IngestStreamRequest>(4);
    let producer = tokio::spawn(async move {
        for i in 0..10_000u32 {
            let mut body = own_article();
            body.extend_from_slice(format!("\nفقرة إضافية رقم {i} عن العائدين.\n").as_bytes());
            let req = pb::IngestStreamRequest { document: Some(ingest_req(&format!("doc-{i}"), body)) };
            if tx.send(req).await.is_err() {
                break;
            }
        }
    });
    let mut out = c.ingest_stream(tokio_stream::wrappers::ReceiverStream::new(rx)).await.unwrap().into_inner();
    let mut acked = Vec::new();
    let mut status = None;
    loop {
        match out.message().await {
            Ok(Some(r)) => {
                if let Some(pb::ingest_stream_response::Outcome::Result(res)) = r.outcome {
                    acked.push(res.id);
                }
                if acked.len() == 20 {
                    let pid = server.child.as_ref().unwrap().id();
                    std::process::Command::new("kill").arg("-TERM").arg(pid.to_string()).status().unwrap();
                }
            }
            Ok(None) => break,
            Err(s) => {
                status = Some(s);
                break;
            }
        }
    }
    producer.abort();
    let exit = server.child.take().unwrap().wait().unwrap();
    assert!(exit.success(), "server exit: {exit}");
    if let Some(s) = status {
        assert!(matches!(s.code(), Code::Unavailable | Code::Cancelled | Code::Aborted), "unclean status {s:?}");
    }
    assert!(acked.len() >= 20);
    let mut server = Server::spawn(dir.path(), &[]);
    server.wait_serving(None).await;
    let mut c = server.client().await;
    for id in &acked {
        c.get_document(pb::GetDocumentRequest { id: id.clone() }).await.unwrap_or_else(|e| panic!("{id} lost: {e}"));
    }
}

#[tokio::test]
async fn kill_9_loses_no_acknowledged_document() {
    let dir = tempfile::tempdir().unwrap();
    let trials: usize = std::env::var("RASAD_CRASH_TRIALS").ok().and_then(|v| v.parse().ok()).unwrap_or(5);
    let mut server = Server::start(dir.path(), &[]).await;
    let mut acked: Vec<(String, usize)> = Vec::new();
    for trial in 0..trials {
        let mut c = server.client().await;
        // Ingest concurrently; once the first acknowledgement arrives, kill -9 while the
        // rest are in flight (the delay varies by trial).
        let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
        for i in 0..24 {
            let mut c = c.clone();
            let tx = tx.clone();
            let id = format!("t{trial}-d{i}");
            let mut body = own_article();
            body.extend_from_slice(format!("\nرقم التجربة {trial} والوثيقة {i}.\n").as_bytes());
            let len = body.len();
            tokio::spawn(async move {
                if let Ok(r) = c.ingest(ingest_req(&id, body)).await {
                    let _ = tx.send((r.into_inner().id, len));
                }
            });
        }
        drop(tx);
        if let Some(first) = rx.recv().await {
            acked.push(first);
        }
        tokio::time::sleep(std::time::Duration::from_millis((trial as u64 * 7) % 30)).await;
        server.kill9();
        while let Some(ok) = rx.recv().await {
            acked.push(ok);
        }
        server.restart().await;
        c = server.client().await;
        for (id, _) in &acked {
            let d = c.get_document(pb::GetDocumentRequest { id: id.clone() }).await;
            let d = d
                .unwrap_or_else(|e| panic!("trial {trial}: acknowledged {id} lost: {e}"))
                .into_inner()
                .document
                .unwrap();
            assert!(d.body.contains("مخيم الهول"), "{id} is not whole");
        }
    }
    assert!(acked.len() >= trials, "every trial acknowledges at least one document");
    eprintln!("kill -9: {trials} trials, {} acknowledged documents, 0 lost", acked.len());
}

/// A port that was free a moment ago (for listeners whose address must be known upfront).
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

async fn http_get(addr: &str, path: &str) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
    s.write_all(format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").as_bytes()).await.unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).await.unwrap();
    out
}

#[tokio::test]
async fn metrics_are_scraped_after_traffic() {
    let dir = tempfile::tempdir().unwrap();
    let metrics_addr = format!("127.0.0.1:{}", free_port());
    let mut server = Server::spawn_with_metrics(dir.path(), &[], &metrics_addr);
    server.wait_serving(None).await;
    let mut c = server.client().await;
    c.ingest(ingest_req("m-1", own_article())).await.unwrap();
    let _ = c.get_document(pb::GetDocumentRequest { id: "nope".into() }).await;
    let body = http_get(&metrics_addr, "/metrics").await;
    assert!(body.contains("rasad_rpc_requests_total{method=\"Ingest\",code=\"Ok\"} 1"), "{body}");
    assert!(body.contains("rasad_rpc_requests_total{method=\"GetDocument\",code=\"NotFound\"} 1"), "{body}");
    assert!(body.contains("rasad_ingest_documents_total{status=\"created\"} 1"), "{body}");
    assert!(body.contains("rasad_rpc_duration_seconds_bucket{method=\"Ingest\""), "{body}");
}

#[tokio::test]
async fn tls_with_auth_and_a_plaintext_health_port() {
    use tonic::transport::{Certificate, ClientTlsConfig};
    let dir = tempfile::tempdir().unwrap();
    let certs = tempfile::tempdir().unwrap();
    let ck = rcgen::generate_simple_self_signed(vec!["localhost".to_owned()]).unwrap();
    let cert_pem = ck.cert.pem();
    std::fs::write(certs.path().join("cert.pem"), &cert_pem).unwrap();
    std::fs::write(certs.path().join("key.pem"), ck.signing_key.serialize_pem()).unwrap();
    let token = "tls-test-token-0123456789";
    let health_addr = format!("127.0.0.1:{}", free_port());
    let env = vec![
        ("RASAD_TLS__CERT_FILE".to_owned(), certs.path().join("cert.pem").display().to_string()),
        ("RASAD_TLS__KEY_FILE".to_owned(), certs.path().join("key.pem").display().to_string()),
        ("RASAD_AUTH__TOKEN".to_owned(), token.to_owned()),
        ("RASAD_HEALTH_LISTEN".to_owned(), health_addr.clone()),
    ];
    let mut server = Server::spawn(dir.path(), &env);
    let tls = ClientTlsConfig::new().ca_certificate(Certificate::from_pem(&cert_pem)).domain_name("localhost");
    let channel = tonic::transport::Channel::from_shared(format!("https://{}", server.addr))
        .unwrap()
        .tls_config(tls)
        .unwrap()
        .connect()
        .await
        .unwrap();
    server.wait_serving(Some(channel.clone())).await;
    let mut c = pb::rasad_client::RasadClient::new(channel);
    assert_eq!(
        c.analyze(pb::AnalyzeRequest { content: own_article(), ..Default::default() }).await.unwrap_err().code(),
        Code::Unauthenticated
    );
    let mut req = tonic::Request::new(pb::AnalyzeRequest { content: own_article(), ..Default::default() });
    req.metadata_mut().insert("authorization", format!("Bearer {token}").parse().unwrap());
    assert!(c.analyze(req).await.is_ok());
    // A plaintext client cannot talk to the TLS port…
    let plain = tonic::transport::Channel::from_shared(server.url()).unwrap().connect().await;
    if let Ok(ch) = plain {
        let mut h = tonic_health::pb::health_client::HealthClient::new(ch);
        assert!(h.check(tonic_health::pb::HealthCheckRequest { service: String::new() }).await.is_err());
    }
    // …but the probe port answers health in plaintext, without a token.
    let probe =
        tonic::transport::Channel::from_shared(format!("http://{health_addr}")).unwrap().connect().await.unwrap();
    let mut h = tonic_health::pb::health_client::HealthClient::new(probe);
    let st =
        h.check(tonic_health::pb::HealthCheckRequest { service: String::new() }).await.unwrap().into_inner().status;
    assert_eq!(st, tonic_health::pb::health_check_response::ServingStatus::Serving as i32);
}

#[tokio::test]
async fn limits_are_enforced_with_their_status_codes() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(
        dir.path(),
        &[
            ("RASAD_LIMITS__MAX_QUERY_BYTES", "200"),
            ("RASAD_LIMITS__MAX_QUERY_TERMS", "3"),
            ("RASAD_LIMITS__MAX_CLAIMS_PER_DOCUMENT", "1"),
            ("RASAD_LIMITS__MAX_CONCURRENT_RPCS", "2"),
        ],
    )
    .await;
    let mut c = server.client().await;

    let long = c.search(pb::SearchRequest { query: "داعش ".repeat(60), ..Default::default() }).await.unwrap_err();
    assert_eq!(long.code(), Code::InvalidArgument);
    assert!(long.message().contains("query"), "{}", long.message());
    let terms = c
        .search(pb::SearchRequest {
            query: "عودة المقاتلين من سوريا والعراق".into(), ..Default::default()
        })
        .await
        .unwrap_err();
    assert_eq!(terms.code(), Code::InvalidArgument);
    assert!(terms.message().contains("terms"), "{}", terms.message());

    let doc = c
        .analyze(pb::AnalyzeRequest { content: own_article(), ..Default::default() })
        .await
        .unwrap()
        .into_inner()
        .document
        .unwrap();
    assert_eq!(doc.claims.len(), 1, "{:?}", doc.claims);
    assert!(doc.warnings.iter().any(|w| w.contains("claims kept")), "{:?}", doc.warnings);

    // More concurrent data RPCs than slots: the excess is shed, not queued.
    let big: Vec<u8> = own_article().repeat(200);
    let mut tasks = Vec::new();
    for _ in 0..16 {
        let mut c = c.clone();
        let content = big.clone();
        tasks.push(tokio::spawn(async move {
            c.analyze(pb::AnalyzeRequest { content, ..Default::default() }).await.map(|_| ())
        }));
    }
    let mut shed = 0;
    let mut ok = 0;
    for t in tasks {
        match t.await.unwrap() {
            Ok(()) => ok += 1,
            Err(s) if s.code() == Code::ResourceExhausted => shed += 1,
            Err(s) => panic!("unexpected {s:?}"),
        }
    }
    assert!(ok >= 1 && shed >= 1, "ok {ok}, shed {shed}");
    // Health still answers under shedding.
    let mut health = tonic_health::pb::health_client::HealthClient::new(server.channel().await);
    assert!(health.check(tonic_health::pb::HealthCheckRequest { service: String::new() }).await.is_ok());
}

#[tokio::test]
async fn a_second_server_on_the_same_data_dir_refuses_to_start() {
    let dir = tempfile::tempdir().unwrap();
    let _first = Server::start(dir.path(), &[]).await;
    let out = std::process::Command::new(harness::bin())
        .args(["serve", "--listen", "127.0.0.1:0", "--metrics-listen", "off"])
        .arg("--data-dir")
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("locked"), "{err}");
}
