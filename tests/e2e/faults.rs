//! Disk faults (issue 11): a full disk during ingest, a read-only data dir at start-up.
//! Both need a small filesystem of their own: a tmpfs mounted by the test, which needs
//! root (or CAP_SYS_ADMIN). Without it the tests print why and pass without checking.

use crate::harness::{Server, bin, own_article};
use rasad_server::proto as pb;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use tonic::Code;

/// A tmpfs of `size` mounted on a fresh temp dir; unmounted (lazily) on drop.
struct Tmpfs {
    dir: tempfile::TempDir,
}

impl Tmpfs {
    /// `None` (with the reason printed) when mounting is not permitted here.
    fn mount(size: &str) -> Option<Self> {
        let dir = tempfile::tempdir().ok()?;
        let out = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size},mode=0755"), "tmpfs"])
            .arg(dir.path())
            .output();
        match out {
            Ok(o) if o.status.success() => Some(Self { dir }),
            Ok(o) => {
                println!("SKIPPED: cannot mount a tmpfs ({})", String::from_utf8_lossy(&o.stderr).trim());
                None
            }
            Err(e) => {
                println!("SKIPPED: cannot run mount ({e})");
                None
            }
        }
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn remount(&self, mode: &str) {
        let ok = Command::new("mount")
            .args(["-o", &format!("remount,{mode}")])
            .arg(self.path())
            .status()
            .is_ok_and(|s| s.success());
        assert!(ok, "remount {mode} failed");
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(self.dir.path()).status();
    }
}

/// Fills the filesystem of `dir` with one file until a write fails; returns the file.
fn fill(dir: &Path) -> PathBuf {
    let path = dir.join("filler");
    let mut f = std::fs::File::create(&path).expect("create filler");
    let chunk = vec![0u8; 64 << 10];
    while f.write_all(&chunk).is_ok() {}
    // Smaller writes take the last partial pages too.
    while f.write_all(&chunk[..512]).is_ok() {}
    let _ = f.sync_all();
    path
}

/// A distinct article per `i` (same shape as the house article).
fn article(i: usize) -> Vec<u8> {
    let mut a = own_article();
    a.extend_from_slice(format!("\nوأضاف المسؤول في البيان رقم {i} أن التحقيقات مستمرة.\n").as_bytes());
    a
}

fn ingest(id: &str, content: Vec<u8>) -> pb::IngestRequest {
    pb::IngestRequest { id: id.to_owned(), content, ..Default::default() }
}

#[tokio::test]
async fn disk_full_gives_a_clear_error_and_the_index_recovers() {
    let Some(fs) = Tmpfs::mount("16m") else { return };
    let data = fs.path().join("data");
    let mut server = Server::start(&data, &[]).await;
    let mut c = server.client().await;
    let mut acknowledged = Vec::new();
    for i in 0..3 {
        let id = format!("before-{i}");
        c.ingest(ingest(&id, article(i))).await.expect("ingest with space left");
        acknowledged.push(id);
    }

    let filler = fill(fs.path());
    // Every ingest now fails clearly, or (if it fit in what was left) is acknowledged.
    let mut refused = None;
    for i in 0..20 {
        let id = format!("full-{i}");
        match c.ingest(ingest(&id, article(100 + i))).await {
            Ok(_) => acknowledged.push(id),
            Err(s) => {
                refused = Some((id, s));
                break;
            }
        }
    }
    let (refused_id, status) = refused.expect("no ingest failed on a full disk");
    assert!(
        matches!(status.code(), Code::ResourceExhausted | Code::Unavailable),
        "full disk gave {:?}: {}",
        status.code(),
        status.message()
    );
    assert!(status.message().contains("disk"), "message does not name the disk: {}", status.message());
    // Nothing half-visible: the refused document is absent.
    let absent = c.get_document(pb::GetDocumentRequest { id: refused_id.clone() }).await.unwrap_err();
    assert_eq!(absent.code(), Code::NotFound);
    // Reads keep working on a full disk.
    c.get_document(pb::GetDocumentRequest { id: acknowledged[0].clone() }).await.expect("read on a full disk");

    // Space returns: the same server ingests again, and after a restart everything
    // acknowledged is there, the refused document is not, and search works.
    std::fs::remove_file(&filler).unwrap();
    c.ingest(ingest("after-space", article(500))).await.expect("ingest once space returns");
    acknowledged.push("after-space".into());
    server.restart().await;
    let mut c = server.client().await;
    for id in &acknowledged {
        let d = c.get_document(pb::GetDocumentRequest { id: id.clone() }).await;
        let d = d.unwrap_or_else(|e| panic!("acknowledged {id} lost: {e}")).into_inner().document.unwrap();
        assert!(d.body.contains("مخيم الهول"), "{id} is not whole");
    }
    let absent = c.get_document(pb::GetDocumentRequest { id: refused_id }).await.unwrap_err();
    assert_eq!(absent.code(), Code::NotFound);
    let hits = c
        .search(pb::SearchRequest { query: "مخيم الهول".into(), page_size: 50, ..Default::default() })
        .await
        .unwrap()
        .into_inner();
    assert_eq!(hits.hits.len(), acknowledged.len(), "{hits:?}");
    println!("disk full: {} acknowledged, refused with {:?}: {}", acknowledged.len(), status.code(), status.message());
}

#[tokio::test]
async fn read_only_data_dir_is_a_clear_startup_error() {
    let Some(fs) = Tmpfs::mount("8m") else { return };
    let data = fs.path().join("data");
    // A data dir that exists and holds an index, then the filesystem goes read-only.
    {
        let server = Server::start(&data, &[]).await;
        let mut c = server.client().await;
        c.ingest(ingest("ro-1", article(1))).await.unwrap();
    }
    fs.remount("ro");
    let out = Command::new(bin())
        .args(["serve", "--listen", "127.0.0.1:0", "--metrics-listen", "off"])
        .arg("--data-dir")
        .arg(&data)
        .output()
        .unwrap();
    fs.remount("rw");
    assert!(!out.status.success(), "started on a read-only data dir");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("Read-only file system"), "{err}");
    assert!(err.contains(&*data.to_string_lossy()), "error does not name the data dir: {err}");
    println!("read-only: {}", err.lines().last().unwrap_or_default());
}
