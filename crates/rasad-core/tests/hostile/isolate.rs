//! One child process per case.
//!
//! The parent (the `#[test]` libtest runs) re-executes this test binary filtered to the same
//! test, with `RASAD_HOSTILE_CHILD=1`, under `ulimit -v` and a deadline. The child builds the
//! input, runs [`check::all`] on a thread with a 2 MiB stack, measures time and peak memory
//! at `n` and `n / 4`, asserts the bounds and prints one `hostile-report:` line. Why a child:
//! a stack overflow or an allocation failure aborts the process, and a quadratic loop on 5 MB
//! never ends; in a child each of them fails one case, by name, with the reason.

use super::check::{self, Outcome};
use super::{Case, Mode};
use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const CHILD: &str = "RASAD_HOSTILE_CHILD";
/// Appends every report line to this file when set (scripts/fuzz --hostile, RELIABILITY.md).
const REPORT: &str = "RASAD_HOSTILE_REPORT";

/// The stack of a tokio worker thread: what `analyze` gets in the server.
const STACK: usize = 2 << 20;
/// Address-space limit of the child (KiB for `ulimit -v`): an unbounded allocation fails here
/// instead of taking the machine.
const ADDRESS_SPACE_KIB: u64 = 8 << 20;
/// Time bound of one run: 20 s per started 5 MB of input (debug build, loaded 2-core
/// machine for the fast sizes; release for the full ones). Measured as the case thread's CPU
/// time, so other processes on the machine do not make it flaky; the parent's deadline
/// bounds wall-clock time.
const RUN_LIMIT: Duration = Duration::from_secs(20);
const RUN_LIMIT_BYTES: usize = 5_000_000;
/// time(n) ≤ LINEAR_FACTOR × time(n/4): linear is 4, quadratic 16; the slack absorbs noise.
const LINEAR_FACTOR: f64 = 12.0;
/// Below this, timings are noise: the quarter run counts as at least this long.
const TIME_FLOOR: Duration = Duration::from_millis(50);
/// Peak memory ≤ MEM_PER_BYTE × input bytes + MEM_BASE.
const MEM_PER_BYTE: usize = 256;
const MEM_BASE: usize = 64 << 20;
/// Below this, peaks are allocator noise.
const MEM_FLOOR: usize = 16 << 20;

/// Set to run the full size of rows marked `bug`/`full_bug` too (to see whether they still fail).
const RUN_KNOWN_BUGS: &str = "RASAD_HOSTILE_KNOWN_BUGS";

/// Runs case `name` at `mode`: in the child, the case itself; in the parent, the child.
pub fn run(name: &str, mode: Mode) {
    let case = super::case(name);
    if std::env::var_os(CHILD).is_some() {
        child(case, mode);
    } else if let (Mode::Full, Some(bug)) = (mode, case.bug.or(case.full_bug))
        && std::env::var_os(RUN_KNOWN_BUGS).is_none()
    {
        println!("{name} (full): skipped, known bug: {bug}");
    } else {
        parent(case, mode);
    }
}

fn parent(case: Case, mode: Mode) {
    let exe = std::env::current_exe().expect("test binary path");
    let filter = format!("{}::{}", case.name, mode.name());
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(format!("ulimit -v {ADDRESS_SPACE_KIB} 2>/dev/null; exec \"$0\" \"$@\""))
        .arg(&exe)
        .args([&filter, "--exact", "--nocapture", "--include-ignored", "--test-threads=1", "-q"])
        .env(CHILD, "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let deadline = match mode {
        Mode::Fast => Duration::from_secs(180),
        Mode::Full => Duration::from_secs(900),
    };
    let started = Instant::now();
    let mut child = cmd.spawn().expect("spawn the child test process");
    let out = drain(child.stdout.take().expect("piped stdout"));
    let err = drain(child.stderr.take().expect("piped stderr"));
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for the child") {
            break Some(status);
        }
        if started.elapsed() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let out = out.join().unwrap_or_default();
    let err = err.join().unwrap_or_default();
    let report = out.lines().find_map(|l| l.strip_prefix("hostile-report: ")).map(str::to_owned);
    if let Some(r) = &report {
        println!("{r}");
        if let Some(path) = std::env::var_os(REPORT) {
            append(&path, r);
        }
    }
    let why = match status {
        None => format!("timed out after {} s (superlinear or stuck)", deadline.as_secs()),
        Some(s) if s.success() && report.is_some() => return,
        Some(s) if s.success() => "child passed without a report".to_owned(),
        Some(s) => describe(s),
    };
    if let Some(path) = std::env::var_os(REPORT) {
        append(&path, &format!("{} {} FAILED: {why}", case.name, mode.name()));
    }
    panic!(
        "{} ({}): {why}\n--- child stderr (tail) ---\n{}\n--- child stdout (tail) ---\n{}",
        case.name,
        mode.name(),
        tail(&err),
        tail(&out)
    );
}

fn describe(status: std::process::ExitStatus) -> String {
    use std::os::unix::process::ExitStatusExt;
    match status.signal() {
        Some(6) => "aborted (SIGABRT: stack overflow or allocation failure, see stderr)".to_owned(),
        Some(9) => "killed (SIGKILL: out of memory?)".to_owned(),
        Some(11) => "crashed (SIGSEGV)".to_owned(),
        Some(sig) => format!("killed by signal {sig}"),
        None => format!("failed ({status})"),
    }
}

fn drain(mut pipe: impl Read + Send + 'static) -> std::thread::JoinHandle<String> {
    std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = pipe.read_to_end(&mut buf);
        String::from_utf8_lossy(&buf).into_owned()
    })
}

fn tail(s: &str) -> &str {
    let mut at = s.len().saturating_sub(6000);
    while !s.is_char_boundary(at) {
        at += 1;
    }
    &s[at..]
}

fn append(path: &std::ffi::OsStr, line: &str) {
    use std::io::Write;
    if let Ok(mut f) = std::fs::OpenOptions::new().create(true).append(true).open(path) {
        let _ = writeln!(f, "{line}");
    }
}

/// Time and peak memory of one run of every stage.
struct Run {
    /// CPU time of the case thread (wall-clock time where /proc has no schedstat).
    time: Duration,
    wall: Duration,
    /// Peak resident memory above the level before the run (None without /proc).
    peak: Option<usize>,
    outcome: Outcome,
}

fn measured(case: &Case, n: usize) -> (usize, Run) {
    let doc = (case.build)(n);
    let size = doc.size();
    let base = reset_peak();
    let started = Instant::now();
    let cpu = thread_cpu();
    let outcome = check::all(case, &doc);
    let wall = started.elapsed();
    let time = cpu.and_then(|c| Some(thread_cpu()?.saturating_sub(c))).unwrap_or(wall);
    let peak = base.and_then(|b| peak_rss().map(|p| p.saturating_sub(b)));
    (size, Run { time, wall, peak, outcome })
}

fn child(case: Case, mode: Mode) {
    let n = match mode {
        Mode::Fast => case.fast,
        Mode::Full => case.full,
    };
    let worker = std::thread::Builder::new()
        .name(case.name.to_owned())
        .stack_size(STACK)
        .spawn(move || {
            check::warm_up();
            // The quarter first: memory freed by a run stays resident, so the run after it
            // reuses pages; measured first, the smaller run is not hidden by the larger.
            let small = (n >= 4).then(|| measured(&case, n / 4).1);
            let (size, big) = measured(&case, n);
            bounds(&case, n, size, &big, small.as_ref());
            report(&case, mode, n, size, &big, small.as_ref())
        })
        .expect("spawn the case thread");
    match worker.join() {
        Ok(line) => println!("hostile-report: {line}"),
        Err(panic) => std::panic::resume_unwind(panic),
    }
}

fn bounds(case: &Case, n: usize, size: usize, big: &Run, small: Option<&Run>) {
    let name = case.name;
    let mut broken = Vec::new();
    let limit = RUN_LIMIT * u32::try_from(size.div_ceil(RUN_LIMIT_BYTES).max(1)).unwrap_or(u32::MAX);
    if big.time >= limit {
        broken.push(format!("took {:?} of CPU ≥ {limit:?}", big.time));
    }
    if let Some(small) = small {
        let ratio = big.time.as_secs_f64() / small.time.max(TIME_FLOOR).as_secs_f64();
        if ratio >= LINEAR_FACTOR {
            broken.push(format!(
                "not linear: n took {:?}, n/4 took {:?} (×{ratio:.1} for ×4 input)",
                big.time, small.time
            ));
        }
        if let (Some(b), Some(s)) = (big.peak, small.peak)
            && b > 12 * s.max(MEM_FLOOR)
        {
            broken.push(format!("memory not linear: n peaked at {b} B, n/4 at {s} B"));
        }
    }
    if let Some(peak) = big.peak
        && peak > MEM_PER_BYTE * size + MEM_BASE
    {
        broken.push(format!("peak memory {peak} B for {size} B of input"));
    }
    assert!(
        broken.is_empty(),
        "{name}: n={n} ({size} B): {}\nstages at n: {:?}\nstages at n/4: {:?}",
        broken.join("; "),
        big.outcome.stages,
        small.map(|s| &s.outcome.stages)
    );
}

fn report(case: &Case, mode: Mode, n: usize, size: usize, big: &Run, small: Option<&Run>) -> String {
    let mib = |b: Option<usize>| b.map_or_else(|| "?".to_owned(), |b| format!("{:.1}", b as f64 / f64::from(1 << 20)));
    let ratio = small.map_or_else(
        || "-".to_owned(),
        |s| format!("{:.1}", big.time.as_secs_f64() / s.time.max(TIME_FLOOR).as_secs_f64()),
    );
    format!(
        "{} {} n={n} bytes={size} result={} cpu={:.3}s wall={:.3}s time_ratio_4x={ratio} peak_mib={} out_bytes={} mentions={} slowest={}",
        case.name,
        mode.name(),
        big.outcome.result,
        big.time.as_secs_f64(),
        big.wall.as_secs_f64(),
        mib(big.peak),
        big.outcome.output_bytes,
        big.outcome.mentions,
        slowest(&big.outcome),
    )
}

/// The slowest stage and its time, `stage:seconds`.
fn slowest(o: &Outcome) -> String {
    o.stages
        .iter()
        .max_by_key(|(_, t)| *t)
        .map_or_else(|| "-".to_owned(), |(s, t)| format!("{s}:{:.3}s", t.as_secs_f64()))
}

/// CPU time of the calling thread so far (Linux: first field of schedstat, nanoseconds).
fn thread_cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    stat.split_whitespace().next()?.parse().ok().map(Duration::from_nanos)
}

/// Resets the process's peak RSS to the current RSS; returns the current RSS.
fn reset_peak() -> Option<usize> {
    std::fs::write("/proc/self/clear_refs", "5").ok()?;
    status_kib("VmRSS:").map(|k| k * 1024)
}

fn peak_rss() -> Option<usize> {
    status_kib("VmHWM:").map(|k| k * 1024)
}

fn status_kib(field: &str) -> Option<usize> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    line[field.len()..].trim().trim_end_matches("kB").trim().parse().ok()
}
