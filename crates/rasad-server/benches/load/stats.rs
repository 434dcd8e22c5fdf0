//! Latency samples → one JSON report line (throughput, p50/p90/p99/p99.9, errors).
//!
//! Samples are kept whole (microseconds, 4 bytes each) rather than in a histogram: every
//! run is bounded by `--max-requests`, so memory is bounded too, and percentiles are exact.

use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::time::Duration;

/// What one worker saw.
#[derive(Default)]
pub struct Samples {
    pub micros: Vec<u32>,
    pub errors: BTreeMap<String, u64>,
}

impl Samples {
    pub fn ok(&mut self, d: Duration) {
        self.micros.push(u32::try_from(d.as_micros()).unwrap_or(u32::MAX));
    }

    pub fn err(&mut self, code: impl Into<String>) {
        *self.errors.entry(code.into()).or_default() += 1;
    }

    pub fn merge(&mut self, other: Self) {
        self.micros.extend(other.micros);
        for (k, v) in other.errors {
            *self.errors.entry(k).or_default() += v;
        }
    }

    /// The report: `label` names the run, `elapsed` is wall time of the measured phase.
    pub fn report(mut self, label: &str, elapsed: Duration, extra: Value) -> Value {
        self.micros.sort_unstable();
        let n = self.micros.len();
        let pct = |p: f64| -> f64 {
            if n == 0 {
                return 0.0;
            }
            let idx = ((p / 100.0) * n as f64).ceil() as usize;
            f64::from(self.micros[idx.clamp(1, n) - 1]) / 1000.0
        };
        let errors: u64 = self.errors.values().sum();
        let secs = elapsed.as_secs_f64().max(1e-9);
        let mean =
            if n == 0 { 0.0 } else { self.micros.iter().map(|&u| f64::from(u)).sum::<f64>() / n as f64 / 1000.0 };
        let mut v = json!({
            "label": label,
            "ok": n,
            "errors": errors,
            "error_codes": self.errors,
            "elapsed_s": round3(secs),
            "throughput_per_s": round3(n as f64 / secs),
            "mean_ms": round3(mean),
            "p50_ms": round3(pct(50.0)),
            "p90_ms": round3(pct(90.0)),
            "p99_ms": round3(pct(99.0)),
            "p999_ms": round3(pct(99.9)),
            "max_ms": round3(self.micros.last().map_or(0.0, |&u| f64::from(u) / 1000.0)),
            "loadavg": loadavg(),
        });
        if let (Value::Object(m), Value::Object(e)) = (&mut v, extra) {
            m.extend(e);
        }
        v
    }
}

pub fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// The 1-minute load average, recorded beside every figure (the machine is shared).
pub fn loadavg() -> f64 {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|s| s.split_whitespace().next().and_then(|x| x.parse().ok()))
        .unwrap_or(-1.0)
}
