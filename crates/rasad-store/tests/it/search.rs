//! Search: text, phrases, entities in the query, filters, facets, snippets, pages, sort,
//! malformed input.

use crate::common::loaded;
use rasad_store::{FacetRequest, SearchFilters, SearchRequest, SearchResponse, SortOrder, Store, StoreError, TermMode};

fn search(store: &Store, req: &SearchRequest) -> SearchResponse {
    store.search(req).unwrap_or_else(|e| panic!("{req:?}: {e}"))
}

fn ids(r: &SearchResponse) -> Vec<&str> {
    r.hits.iter().map(|h| h.id.as_str()).collect()
}

fn q(text: &str) -> SearchRequest {
    SearchRequest { query: text.to_owned(), page_size: 20, highlight: true, ..SearchRequest::default() }
}

#[test]
fn kazakh_returnees_find_the_kazakhstan_articles_with_highlights() {
    let dir = tempfile::tempdir().unwrap();
    let store = loaded(dir.path());
    let r = search(&store, &q("العائدين الكازاخ"));
    // The short Europe article also mentions a Kazakh woman among returnees: a fair hit.
    let top: Vec<&str> = ids(&r).into_iter().take(3).collect();
    assert!(top.contains(&"kz-repatriation") && top.contains(&"kz-repatriation-copy"), "{:?}", ids(&r));
    assert!(!ids(&r).contains(&"hospital"));
    let hit = r.hits.iter().find(|h| h.id == "kz-repatriation").unwrap();
    assert!(!hit.snippets.is_empty(), "no snippet");
    let doc = store.get(&hit.id).unwrap().document;
    for s in &hit.snippets {
        assert_eq!(s.span.slice(&doc.text), s.text, "snippet span indexes the document");
        assert!(!s.highlights.is_empty());
        for h in &s.highlights {
            let word = h.slice(&s.text);
            assert!(!word.is_empty(), "highlight {h:?} not in {:?}", s.text);
        }
    }
    let marked: Vec<&str> = hit.snippets.iter().flat_map(|s| s.highlights.iter().map(|h| h.slice(&s.text))).collect();
    assert!(marked.iter().any(|w| w.contains("العائدين")), "{marked:?}");
    assert_eq!(r.total_hits as usize, r.hits.len());
}

#[test]
fn entity_named_in_query_matches_tagged_articles() {
    let dir = tempfile::tempdir().unwrap();
    let store = loaded(dir.path());
    // ca-voa never writes كازاخستان; it is tagged KZ for `الكازاخي`.
    let r = search(&store, &q("كازاخستان"));
    assert!(r.query_entities.contains(&"KZ".to_owned()), "{:?}", r.query_entities);
    assert!(ids(&r).contains(&"ca-voa"), "{:?}", ids(&r));
    // Articles that write the name outrank those only tagged.
    let pos = |id| ids(&r).iter().position(|x| *x == id).unwrap();
    assert!(pos("kz-repatriation") < pos("ca-voa"));
    // The mention is highlighted even though the query word is another form.
    let voa = r.hits.iter().find(|h| h.id == "ca-voa").unwrap();
    let marked: Vec<&str> = voa.snippets.iter().flat_map(|s| s.highlights.iter().map(|h| h.slice(&s.text))).collect();
    assert!(marked.iter().any(|w| w.contains("الكازاخي")), "{marked:?}");
}

#[test]
fn phrase_matches_adjacent_words_in_order_only() {
    let dir = tempfile::tempdir().unwrap();
    let store = loaded(dir.path());
    let r = search(&store, &q("\"مخيم الهول\""));
    assert_eq!(r.total_hits, 2, "{:?}", ids(&r));
    let r = search(&store, &q("\"الهول مخيم\""));
    assert_eq!(r.total_hits, 0, "{:?}", ids(&r));
}

#[test]
fn all_mode_requires_every_word() {
    let dir = tempfile::tempdir().unwrap();
    let store = loaded(dir.path());
    let any = search(&store, &q("مستشفى داعش"));
    assert!(any.total_hits >= 2);
    let all = search(&store, &SearchRequest { mode: TermMode::All, ..q("مستشفى داعش") });
    assert_eq!(all.total_hits, 0, "{:?}", ids(&all));
}

#[test]
fn filters_narrow_hits() {
    let dir = tempfile::tempdir().unwrap();
    let store = loaded(dir.path());
    let with = |filters: SearchFilters| {
        let mut v: Vec<String> =
            search(&store, &SearchRequest { filters, ..q("") }).hits.into_iter().map(|h| h.id).collect();
        v.sort();
        v
    };
    assert_eq!(
        with(SearchFilters { outlets: vec!["youm7".into()], ..Default::default() }),
        ["ca-voa", "kz-repatriation"]
    );
    assert_eq!(
        with(SearchFilters {
            published_from: Some("2019".into()),
            published_to: Some("2020-03".into()),
            ..Default::default()
        }),
        ["ca-ministry", "europe"]
    );
    assert_eq!(
        with(SearchFilters { entity_ids: vec!["central_asia".into(), "isis".into()], ..Default::default() }),
        ["ca-ministry", "ca-voa"]
    );
    assert_eq!(with(SearchFilters { has_claims: Some(false), ..Default::default() }), ["digits", "hospital"]);
    let bad = store.search(&SearchRequest {
        filters: SearchFilters { published_from: Some("last week".into()), ..Default::default() },
        ..q("")
    });
    assert!(matches!(bad, Err(StoreError::InvalidArgument { field: "filters.published_from", .. })), "{bad:?}");
}

#[test]
fn facets_count_all_hits() {
    let dir = tempfile::tempdir().unwrap();
    let store = loaded(dir.path());
    let r = search(&store, &SearchRequest { facets: FacetRequest::all(), page_size: 1, ..q("") });
    assert_eq!(r.total_hits, 7);
    let count = |v: &[rasad_store::FacetCount], key: &str| v.iter().find(|c| c.value == key).map_or(0, |c| c.count);
    assert_eq!(count(&r.facets.outlet, "youm7"), 2);
    assert_eq!(count(&r.facets.outlet, "aljazeera"), 2);
    assert_eq!(count(&r.facets.month, "2023-05"), 2);
    assert_eq!(count(&r.facets.entity, "isis"), 4);
    let months: Vec<&str> = r.facets.month.iter().map(|c| c.value.as_str()).collect();
    let mut sorted = months.clone();
    sorted.sort_unstable();
    assert_eq!(months, sorted, "months in order");
}

/// Facet counts are summed across segments (each ingest below is its own commit), the top
/// k keep the largest counts with ties broken by value, and deleting a document (and the
/// merges later commits bring) leaves the counts exact.
#[test]
fn facets_sum_across_segments_and_break_ties_by_value() {
    let dir = tempfile::tempdir().unwrap();
    let mut options = rasad_store::Options::new(dir.path());
    options.limits.max_facet_values = 2;
    let store = Store::open(options).unwrap();
    let text = crate::common::fixture("kz_repatriation.txt");
    // outlet → documents: c 3, a 2, b 2, d 1 — one commit each.
    let outlets = ["c", "a", "b", "c", "d", "a", "b", "c"];
    for (i, outlet) in outlets.iter().enumerate() {
        let d = crate::common::analyze(&format!("{text}\n\nنسخة {i}"), outlet, &format!("2023-0{}-01", 1 + i % 3));
        store.ingest(d, Some(&format!("doc-{i}"))).unwrap();
    }
    let facets = |store: &Store| {
        let r = search(store, &SearchRequest { facets: FacetRequest::all(), page_size: 1, ..q("") });
        let pairs = |v: &[rasad_store::FacetCount]| v.iter().map(|c| (c.value.clone(), c.count)).collect::<Vec<_>>();
        (pairs(&r.facets.outlet), pairs(&r.facets.month))
    };
    let (outlet, month) = facets(&store);
    assert_eq!(outlet, [("c".to_owned(), 3), ("a".to_owned(), 2)], "top 2, a before b on the tie");
    assert_eq!(month, [("2023-01".to_owned(), 3), ("2023-02".to_owned(), 3)], "first 2 months in order");
    // doc-1 is the first "a": now b (2) outranks a (1).
    store.delete("doc-1").unwrap();
    for i in 8..12 {
        let d = crate::common::analyze(&format!("{text}\n\nنسخة {i}"), "e", "2024-01-01");
        store.ingest(d, Some(&format!("doc-{i}"))).unwrap();
    }
    let (outlet, _) = facets(&store);
    assert_eq!(outlet, [("e".to_owned(), 4), ("c".to_owned(), 3)]);
    let r = search(&store, &SearchRequest { facets: FacetRequest::all(), page_size: 1, ..q("") });
    assert!(r.facets.outlet.iter().all(|c| c.value != "a" || c.count == 1));
}

/// Reopening warms the index in the background: facet maps for every segment and the
/// index files read ahead; queries answer the same. Warming off → nothing runs.
#[test]
fn reopen_warms_the_index_and_answers_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let before = {
        let store = loaded(dir.path());
        search(&store, &SearchRequest { facets: FacetRequest::all(), ..q("داعش") })
    };
    let store = crate::common::open(dir.path());
    let report = store.wait_warmed().expect("warming is on by default");
    let on_disk: u64 = std::fs::read_dir(dir.path().join("index"))
        .unwrap()
        .flatten()
        .filter(|e| {
            e.path()
                .extension()
                .is_some_and(|x| ["term", "idx", "fast", "fieldnorm", "pos", "store"].contains(&x.to_str().unwrap()))
        })
        .map(|e| e.metadata().unwrap().len())
        .sum();
    assert!(report.files > 0 && report.bytes == on_disk, "{report:?} vs {on_disk} bytes on disk");
    assert!(report.segments_mapped > 0, "{report:?}");
    assert!(store.wait_warmed().is_none(), "one pass per open");
    let after = search(&store, &SearchRequest { facets: FacetRequest::all(), ..q("داعش") });
    assert_eq!(ids(&after), ids(&before));
    assert_eq!(format!("{:?}", after.facets), format!("{:?}", before.facets));
    drop(store);
    let mut options = rasad_store::Options::new(dir.path());
    options.warm_bytes = 0;
    assert!(Store::open(options).unwrap().wait_warmed().is_none());
}

#[test]
fn pages_cover_every_hit_once_and_tokens_are_bound_to_their_query() {
    let dir = tempfile::tempdir().unwrap();
    let store = loaded(dir.path());
    for sort in [SortOrder::Relevance, SortOrder::DateDesc, SortOrder::DateAsc] {
        let mut req = SearchRequest { query: "في".into(), sort, page_size: 2, ..SearchRequest::default() };
        let total = search(&store, &req.clone()).total_hits;
        let mut seen = Vec::new();
        loop {
            let r = search(&store, &req.clone());
            seen.extend(r.hits.iter().map(|h| h.id.clone()));
            match r.next_page_token {
                Some(t) => req.page_token = Some(t),
                None => break,
            }
        }
        let mut dedup = seen.clone();
        dedup.sort();
        dedup.dedup();
        assert_eq!(dedup.len(), seen.len(), "{sort:?}: a hit on two pages: {seen:?}");
        assert_eq!(seen.len() as u64, total, "{sort:?}");
    }
    let first = search(&store, &SearchRequest { page_size: 2, ..q("في") });
    let token = first.next_page_token.expect("more than one page");
    let other = store.search(&SearchRequest { page_size: 2, page_token: Some(token), ..q("داعش") });
    assert!(matches!(other, Err(StoreError::InvalidArgument { field: "page_token", .. })), "{other:?}");
    let big = store.search(&SearchRequest { page_size: 100_000, ..q("في") });
    assert!(matches!(big, Err(StoreError::InvalidArgument { field: "page_size", .. })));
}

#[test]
fn date_sorts_order_by_publication() {
    let dir = tempfile::tempdir().unwrap();
    let store = loaded(dir.path());
    let desc = search(&store, &SearchRequest { sort: SortOrder::DateDesc, ..q("") });
    let dates: Vec<String> = desc.hits.iter().map(|h| h.published.clone().unwrap()).collect();
    let mut sorted = dates.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(dates, sorted);
    let asc = search(&store, &SearchRequest { sort: SortOrder::DateAsc, ..q("") });
    assert_eq!(asc.hits.first().map(|h| h.id.as_str()), Some("ca-voa"));
}

#[test]
fn malformed_queries_never_panic() {
    let dir = tempfile::tempdir().unwrap();
    let store = loaded(dir.path());
    let long = "داعش ".repeat(100_000);
    let nasty = [
        "\"",
        "\"\"\"",
        "\"تنظيم الدولة",
        "title:*",
        "body:داعش OR 1=1",
        "*",
        "((((",
        "-داعش",
        "\u{0}\u{1}\u{202E}",
        "«داعش",
        "ـــــ",
        &long,
    ];
    for text in nasty {
        match store.search(&q(text)) {
            Ok(_) | Err(StoreError::InvalidArgument { field: "query", .. }) => {}
            Err(e) => panic!("{text:.40}: {e}"),
        }
    }
    assert!(matches!(store.search(&q(&long)), Err(StoreError::InvalidArgument { field: "query", .. })));
    let injected = search(&store, &q("title:*"));
    assert_eq!(injected.total_hits, 0, "title:* is the word `title`, not a field query");
}

mod props {
    use super::*;
    use proptest::prelude::*;

    /// One loaded store for every case.
    fn shared() -> &'static Store {
        static S: std::sync::OnceLock<(tempfile::TempDir, Store)> = std::sync::OnceLock::new();
        &S.get_or_init(|| {
            let dir = tempfile::tempdir().unwrap();
            let store = loaded(dir.path());
            (dir, store)
        })
        .1
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]
        #[test]
        fn any_query_text_is_answered(text in "[\"«» :*()ا-ي0-9a-z\\-]{0,40}") {
            let r = shared().search(&q(&text));
            let answered = r.is_ok() || matches!(r, Err(StoreError::InvalidArgument { .. }));
            prop_assert!(answered, "{:?}", r.err());
        }
    }
}
