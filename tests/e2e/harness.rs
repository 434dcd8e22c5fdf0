//! Starts the real `rasad serve` binary on 127.0.0.1:0 with a temp data dir and connects.

use rasad_server::proto::rasad_client::RasadClient;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use tonic::transport::Channel;
use tonic_health::pb::health_client::HealthClient;
use tonic_health::pb::{HealthCheckRequest, health_check_response::ServingStatus};

/// A running server process.
pub struct Server {
    pub child: Option<Child>,
    pub addr: String,
    pub data_dir: PathBuf,
    pub extra_env: Vec<(String, String)>,
    _stderr: Option<std::thread::JoinHandle<()>>,
}

pub fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_rasad")
}

impl Server {
    /// Starts a server on `data_dir` with `env` (RASAD_* settings) and waits until SERVING.
    pub async fn start(data_dir: &Path, env: &[(&str, &str)]) -> Self {
        let env: Vec<(String, String)> = env.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect();
        let mut s = Self::spawn(data_dir, &env);
        s.wait_serving(None).await;
        s
    }

    /// Starts without waiting for health (no metrics endpoint).
    pub fn spawn(data_dir: &Path, env: &[(String, String)]) -> Self {
        Self::spawn_with_metrics(data_dir, env, "off")
    }

    /// Starts without waiting for health, metrics on `metrics` (`off` for none).
    pub fn spawn_with_metrics(data_dir: &Path, env: &[(String, String)], metrics: &str) -> Self {
        let mut cmd = Command::new(bin());
        cmd.args(["serve", "--listen", "127.0.0.1:0", "--metrics-listen", metrics])
            .arg("--data-dir")
            .arg(data_dir)
            .env("RASAD_LOG_FORMAT", "json")
            .env("RASAD_DRAIN_TIMEOUT_SECS", "10")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        for (k, v) in env {
            cmd.env(k, v);
        }
        let mut child = cmd.spawn().expect("spawn rasad serve");
        let stdout = child.stdout.take().unwrap();
        let mut line = String::new();
        BufReader::new(stdout).read_line(&mut line).expect("read listening line");
        let addr = line
            .trim()
            .strip_prefix("rasad listening on ")
            .unwrap_or_else(|| panic!("unexpected first line {line:?}"))
            .to_owned();
        let stderr = child.stderr.take().unwrap();
        let echo = std::thread::spawn(move || {
            for l in BufReader::new(stderr).lines().map_while(Result::ok) {
                if std::env::var_os("RASAD_TEST_LOG").is_some() {
                    eprintln!("[server] {l}");
                }
            }
        });
        Self { child: Some(child), addr, data_dir: data_dir.to_owned(), extra_env: env.to_vec(), _stderr: Some(echo) }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub async fn channel(&self) -> Channel {
        Channel::from_shared(self.url()).unwrap().connect().await.expect("connect")
    }

    pub async fn client(&self) -> RasadClient<Channel> {
        RasadClient::new(self.channel().await).max_decoding_message_size(64 << 20).max_encoding_message_size(64 << 20)
    }

    /// Waits until health says SERVING (or panics after 60 s).
    pub async fn wait_serving(&mut self, channel: Option<Channel>) {
        let deadline = Instant::now() + Duration::from_secs(60);
        let ch = match channel {
            Some(c) => c,
            None => self.channel().await,
        };
        let mut health = HealthClient::new(ch);
        loop {
            if let Ok(r) = health.check(HealthCheckRequest { service: String::new() }).await
                && r.into_inner().status == ServingStatus::Serving as i32
            {
                return;
            }
            assert!(Instant::now() < deadline, "server did not become SERVING");
            if let Some(c) = self.child.as_mut()
                && let Ok(Some(status)) = c.try_wait()
            {
                panic!("server exited early: {status}");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// kill -9.
    pub fn kill9(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    /// Restarts on the same data dir (after kill or terminate).
    pub async fn restart(&mut self) {
        self.kill9();
        let env = self.extra_env.clone();
        let fresh = Self::spawn(&self.data_dir, &env);
        *self = fresh;
        self.wait_serving(None).await;
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.kill9();
    }
}

/// The five seed articles in ../shared/seeds, if present (CI has them).
pub fn seeds() -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds");
    let mut out = Vec::new();
    if let Ok(rd) = std::fs::read_dir(&dir) {
        let mut paths: Vec<_> =
            rd.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|e| e == "txt")).collect();
        paths.sort();
        for p in paths {
            out.push((p.file_stem().unwrap().to_string_lossy().into_owned(), std::fs::read(&p).unwrap()));
        }
    }
    out
}

/// An article of our own (tests must not depend on shared/ being present).
pub fn own_article() -> Vec<u8> {
    "عودة مقاتلين كازاخيين من سوريا\n\n12 آذار 2019\n\nأعلنت وزارة الداخلية الكازاخية أن أكثر من 200 مقاتل كازاخي عادوا من سوريا خلال العام الماضي، فيما لا يزال نحو 150 شخصا محتجزين في مخيم الهول.\n\nوقال مسؤول أمني إن السلطات تتابع العائدين عن كثب.\n".as_bytes().to_vec()
}
