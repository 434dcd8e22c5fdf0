//! `rasad text …`: line-oriented access to the core recognizers, for tests written by
//! others. One output line per input line, always.

use rasad_core::model::{DateMention, NumberMention};
use serde_json::json;
use std::io::{BufRead, Write};

/// Which view of each line to print.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum TextView {
    /// The normalized (folded) line.
    Normalize,
    /// The index terms, separated by single spaces.
    Tokens,
    /// A JSON array of number mentions.
    Numbers,
    /// A JSON array of date mentions.
    Dates,
}

/// Reads stdin line by line and prints the chosen view of each line.
///
/// # Errors
/// On an I/O error or an invalid `--published`.
pub fn run(view: TextView, published: Option<&str>) -> anyhow::Result<()> {
    let anchor = published
        .map(|p| {
            p.parse::<jiff::civil::DateTime>()
                .or_else(|_| p.parse::<jiff::civil::Date>().map(|d| d.to_datetime(jiff::civil::Time::midnight())))
                .map_err(|e| anyhow::anyhow!("--published {p:?} is not YYYY-MM-DD: {e}"))
        })
        .transpose()?;
    let stdin = std::io::stdin().lock();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut buf = Vec::new();
    let mut reader = std::io::BufReader::new(stdin);
    loop {
        buf.clear();
        if reader.read_until(b'\n', &mut buf)? == 0 {
            break;
        }
        let raw = String::from_utf8_lossy(&buf);
        let line = raw.trim_end_matches(['\n', '\r']);
        let printed = match view {
            TextView::Normalize => rasad_core::normalize::normalize(line),
            TextView::Tokens => {
                rasad_core::analyzer::tokenize(line).into_iter().map(|t| t.term).collect::<Vec<_>>().join(" ")
            }
            TextView::Numbers => {
                let v: Vec<_> = rasad_core::numbers::extract(line).iter().map(number_json).collect();
                serde_json::to_string(&v)?
            }
            TextView::Dates => {
                let v: Vec<_> = rasad_core::dates::extract(line, anchor).iter().map(date_json).collect();
                serde_json::to_string(&v)?
            }
        };
        writeln!(out, "{printed}")?;
    }
    out.flush()?;
    Ok(())
}

fn number_json(n: &NumberMention) -> serde_json::Value {
    json!({
        "text": n.text, "start": n.span.start, "end": n.span.end, "value": n.value,
        "upper": n.upper, "qualifier": n.qualifier, "kind": n.kind, "unit": n.unit,
    })
}

fn date_json(d: &DateMention) -> serde_json::Value {
    json!({
        "text": d.text, "start": d.span.start, "end": d.span.end, "value": d.value, "end_value": d.end,
        "grain": d.grain, "calendar": d.calendar, "kind": d.kind, "relative": d.relative,
    })
}
