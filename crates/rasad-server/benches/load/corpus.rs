//! Synthetic articles from a real news corpus: article `i` is a real article's title and
//! lead with paragraphs swapped in from other real articles, a new id and a new date.
//!
//! Why recombine instead of repeating: repeated text would hit the store's "unchanged"
//! path and dedupe in the index; recombined paragraphs keep the vocabulary, sentence shapes
//! and term statistics of real news while every article is distinct. Deterministic: the
//! same `(source, seed, i)` always gives the same article, so a run can be resumed
//! (`--from 10000 --to 100000`) and the raw-tantivy floor indexes exactly the same text.

use anyhow::{Context, Result, bail};
use serde::Deserialize;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Command, Stdio};

/// One source line of `news.jsonl(.gz)`.
#[derive(Deserialize)]
struct Line {
    outlet: String,
    title: String,
    text: String,
}

struct SourceArticle {
    outlet: String,
    title: String,
    paragraphs: std::ops::Range<u32>,
}

/// The real articles, split into paragraphs.
pub struct Corpus {
    articles: Vec<SourceArticle>,
    paragraphs: Vec<String>,
    seed: u64,
}

/// A synthetic article as a client would ingest it.
pub struct Article {
    pub id: String,
    /// Title line, blank line, paragraphs separated by blank lines.
    pub text: String,
    pub outlet: String,
    /// `YYYY-MM-DD`.
    pub published: String,
}

/// Days the synthetic dates spread over (2008-01-01 + up to ten years): "years of news".
const DATE_SPAN_DAYS: u64 = 3650;

impl Corpus {
    /// Reads `path` (JSONL, gzip when it ends in `.gz`, via the system `gzip -dc` so the
    /// corpus is read in place and never copied). `limit` caps the source articles read.
    pub fn load(path: &Path, limit: usize, seed: u64) -> Result<Self> {
        let reader: Box<dyn Read> = if path.extension().is_some_and(|e| e == "gz") {
            let child = Command::new("gzip")
                .arg("-dc")
                .arg(path)
                .stdout(Stdio::piped())
                .spawn()
                .context("spawning gzip -dc")?;
            Box::new(child.stdout.context("gzip stdout")?)
        } else {
            Box::new(std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?)
        };
        let mut articles = Vec::new();
        let mut paragraphs = Vec::new();
        for line in BufReader::new(reader).lines() {
            if articles.len() >= limit {
                break;
            }
            let line = line?;
            let Ok(l) = serde_json::from_str::<Line>(&line) else { continue };
            let start = paragraphs.len() as u32;
            paragraphs.extend(l.text.split('\n').map(str::trim).filter(|p| p.chars().count() >= 20).map(str::to_owned));
            let end = paragraphs.len() as u32;
            if end > start && !l.title.trim().is_empty() {
                articles.push(SourceArticle {
                    outlet: l.outlet,
                    title: l.title.trim().to_owned(),
                    paragraphs: start..end,
                });
            } else {
                paragraphs.truncate(start as usize);
            }
        }
        if articles.len() < 2 {
            bail!("{}: fewer than 2 usable articles", path.display());
        }
        Ok(Self { articles, paragraphs, seed })
    }

    /// Source articles and paragraphs read.
    pub fn sizes(&self) -> (usize, usize) {
        (self.articles.len(), self.paragraphs.len())
    }

    /// Synthetic article number `i`.
    pub fn article(&self, i: u64) -> Article {
        let mut rng = SplitMix(self.seed ^ i.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        let base = &self.articles[rng.below(self.articles.len() as u64) as usize];
        let own: Vec<u32> = base.paragraphs.clone().collect();
        let mut picked: Vec<u32> = Vec::with_capacity(own.len() + 3);
        // Keep the lead (it carries the dateline and the story), then the base paragraphs
        // with one dropped at random when there are enough, then 1–3 foreign paragraphs
        // inserted at random places.
        picked.push(own[0]);
        let drop = if own.len() > 3 { Some(1 + rng.below(own.len() as u64 - 1) as usize) } else { None };
        picked.extend(own.iter().enumerate().skip(1).filter(|(k, _)| Some(*k) != drop).map(|(_, p)| *p));
        for _ in 0..1 + rng.below(3) {
            let p = rng.below(self.paragraphs.len() as u64) as u32;
            let at = 1 + rng.below(picked.len() as u64) as usize;
            picked.insert(at.min(picked.len()), p);
        }
        let mut text = String::with_capacity(picked.iter().map(|&p| self.paragraphs[p as usize].len() + 2).sum());
        text.push_str(&base.title);
        for p in picked {
            text.push_str("\n\n");
            text.push_str(&self.paragraphs[p as usize]);
        }
        text.push('\n');
        let day = jiff::civil::date(2008, 1, 1)
            .checked_add(jiff::Span::new().days(rng.below(DATE_SPAN_DAYS) as i64))
            .unwrap_or_else(|_| jiff::civil::date(2008, 1, 1));
        Article { id: format!("syn-{i:08}"), text, outlet: base.outlet.clone(), published: day.to_string() }
    }
}

/// splitmix64: tiny, fast, good enough to pick paragraphs.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        if n == 0 { 0 } else { self.next() % n }
    }
}
