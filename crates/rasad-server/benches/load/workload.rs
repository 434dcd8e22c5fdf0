//! The request kinds and the fixed query sets every mode (gRPC, in-process, raw tantivy)
//! runs, so their latencies compare like for like.

use anyhow::{Result, bail};
use rasad_server::proto as pb;

/// Two-word queries common in Saudi/Gulf news (each is a frequent bigram of the corpus).
pub const TWO_TERM: &[&str] = &[
    "وزير الخارجية",
    "مجلس الوزراء",
    "خادم الحرمين",
    "الأمن العام",
    "أسعار النفط",
    "الأمم المتحدة",
    "الدفاع المدني",
    "سوق الأسهم",
    "وزارة الصحة",
    "الهلال الأحمر",
    "التعليم العالي",
    "كرة القدم",
    "مجلس الأمن",
    "ولي العهد",
    "المنطقة الشرقية",
    "البنك المركزي",
];

/// Quoted phrases (positions needed).
pub const PHRASES: &[&str] = &[
    "\"وزير الخارجية\"",
    "\"خادم الحرمين الشريفين\"",
    "\"مجلس الأمن الدولي\"",
    "\"ولي العهد\"",
    "\"الأمم المتحدة\"",
    "\"أسعار النفط\"",
    "\"وزارة الداخلية\"",
    "\"الدفاع المدني\"",
];

/// Filtered + faceted: one word, a date range, all three facets.
pub const FACETED: &[(&str, &str, &str)] = &[
    ("اليمن", "2010", "2013"),
    ("السعودية", "2012", "2015"),
    ("داعش", "2014", "2017"),
    ("النفط", "2009", "2011"),
    ("الرياض", "2011", "2016"),
];

/// Popular entities for LookupFacts with estimates.
pub const FACT_ENTITIES: &[&str] = &["SA", "YE", "isis", "SY", "IQ"];

/// What one request does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Search with a two-word query.
    Search2,
    /// Search with a quoted phrase.
    Phrase,
    /// Search with a date filter and outlet/entity/month facets.
    Facet,
    /// LookupFacts on one entity with estimates.
    Facts,
    /// IngestStream of `ingest_batch` new documents.
    Ingest,
}

impl Kind {
    pub fn parse(s: &str) -> Result<Self> {
        Ok(match s {
            "search2" => Self::Search2,
            "phrase" => Self::Phrase,
            "facet" => Self::Facet,
            "facts" => Self::Facts,
            "ingest" => Self::Ingest,
            other => bail!("unknown kind {other:?} (search2, phrase, facet, facts, ingest)"),
        })
    }

    pub const fn name(self) -> &'static str {
        match self {
            Self::Search2 => "search2",
            Self::Phrase => "phrase",
            Self::Facet => "facet",
            Self::Facts => "facts",
            Self::Ingest => "ingest",
        }
    }
}

/// A weighted mix: `search2=4,facts=1,ingest=1`, or a single kind.
#[derive(Clone, Debug)]
pub struct Mix(Vec<(Kind, u32)>);

impl Mix {
    pub fn parse(s: &str) -> Result<Self> {
        let mut v = Vec::new();
        for part in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let (k, w) = part.split_once('=').unwrap_or((part, "1"));
            let w: u32 = w.parse()?;
            if w > 0 {
                v.push((Kind::parse(k)?, w));
            }
        }
        if v.is_empty() {
            bail!("empty mix");
        }
        Ok(Self(v))
    }

    /// The kind of request number `n` (deterministic interleaving by weight).
    pub fn pick(&self, n: u64) -> Kind {
        let total: u64 = self.0.iter().map(|&(_, w)| u64::from(w)).sum();
        let mut r = n.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 11;
        r %= total;
        for &(k, w) in &self.0 {
            if r < u64::from(w) {
                return k;
            }
            r -= u64::from(w);
        }
        self.0[0].0
    }

    pub fn describe(&self) -> String {
        self.0.iter().map(|(k, w)| format!("{}={w}", k.name())).collect::<Vec<_>>().join(",")
    }
}

/// The `n`th search request of a kind.
pub fn search_request(kind: Kind, n: u64) -> pb::SearchRequest {
    let n = n as usize;
    match kind {
        Kind::Phrase => pb::SearchRequest { query: PHRASES[n % PHRASES.len()].into(), ..Default::default() },
        Kind::Facet => {
            let (q, from, to) = FACETED[n % FACETED.len()];
            pb::SearchRequest {
                query: q.into(),
                filter: Some(pb::SearchFilter {
                    published_from: from.into(),
                    published_to: to.into(),
                    ..Default::default()
                }),
                facets: vec!["outlet".into(), "entity".into(), "month".into()],
                ..Default::default()
            }
        }
        _ => pb::SearchRequest { query: TWO_TERM[n % TWO_TERM.len()].into(), ..Default::default() },
    }
}

/// The `n`th fact lookup.
pub fn facts_request(n: u64) -> pb::LookupFactsRequest {
    pb::LookupFactsRequest {
        entity_ids: vec![FACT_ENTITIES[n as usize % FACT_ENTITIES.len()].into()],
        include_estimates: true,
        page_size: 10,
        ..Default::default()
    }
}

/// The same search as the store sees it, through the server's own conversion (so the
/// in-process run asks exactly what the gRPC run asks, highlights included).
pub fn store_search(kind: Kind, n: u64) -> Result<rasad_store::SearchRequest> {
    let limits = rasad_server::config::Limits::default();
    rasad_server::convert::search_request(search_request(kind, n), &limits).map_err(|e| anyhow::anyhow!("{e:?}"))
}

/// The same fact lookup as the store sees it.
pub fn store_facts(n: u64) -> Result<rasad_store::FactQuery> {
    let limits = rasad_server::config::Limits::default();
    rasad_server::convert::fact_query(facts_request(n), &limits).map_err(|e| anyhow::anyhow!("{e:?}"))
}
