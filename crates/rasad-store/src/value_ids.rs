//! Global ids for the values of low-cardinality string columns (outlet and entity facets,
//! the estimate group and source of claims), with one
//! ordinal → id map per segment, built once.
//!
//! A segment is immutable, so the map from its column ordinals to values never changes.
//! With the map cached, counting a facet needs neither a dictionary lookup per counted
//! ordinal (each one decompresses an sstable block: `ZSTD_createDCtx` and block search were
//! a fifth of a faceted query at 1M articles) nor a string hash per value when segments are
//! merged (another quarter): segments count by ordinal, translate the ordinals they hit to
//! global ids, and only the top k ids are named at the end.
//!
//! Memory is bounded by the index, not by requests: one `u32` per distinct value per live
//! segment, plus each distinct value once (at 1M articles: tens of thousands of entities,
//! groups and sources). Maps of segments merged away are dropped by
//! [`ValueIds::retain`]. Use it only for columns with few distinct values; document ids
//! and clusters (one per article) would double the index's memory.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, RwLock};
use tantivy::columnar::StrColumn;
use tantivy::index::SegmentId;

/// The interner and the per-segment maps. `Sync`: shared by all queries of a store.
#[derive(Default)]
pub struct ValueIds {
    state: RwLock<State>,
}

#[derive(Default)]
struct State {
    names: Vec<Arc<str>>,
    ids: HashMap<Arc<str>, u32>,
    segments: HashMap<(SegmentId, &'static str), Arc<[u32]>>,
}

impl ValueIds {
    /// Segment `seg`'s ordinal → global id map for `column` (its values, `field`).
    ///
    /// # Errors
    /// An I/O error reading the column's dictionary.
    pub fn segment_map(&self, seg: SegmentId, field: &'static str, column: &StrColumn) -> std::io::Result<Arc<[u32]>> {
        if let Some(m) = self.read().segments.get(&(seg, field)) {
            return Ok(Arc::clone(m));
        }
        // Read the dictionary outside the lock; two queries racing on a new segment both
        // read it and the first insert wins (same content either way).
        let mut values: Vec<Vec<u8>> = Vec::with_capacity(column.num_terms());
        let mut stream = column.dictionary().stream()?;
        while stream.advance() {
            values.push(stream.key().to_vec());
        }
        let mut state = self.state.write().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(m) = state.segments.get(&(seg, field)) {
            return Ok(Arc::clone(m));
        }
        let map: Arc<[u32]> = values.iter().map(|v| state.intern(&String::from_utf8_lossy(v))).collect();
        state.segments.insert((seg, field), Arc::clone(&map));
        Ok(map)
    }

    /// Drops the maps of segments that are no longer live.
    pub fn retain(&self, live: &[SegmentId]) {
        let stale = self.read().segments.keys().any(|(s, _)| !live.contains(s));
        if stale {
            let live: HashSet<&SegmentId> = live.iter().collect();
            self.state
                .write()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .segments
                .retain(|(s, _), _| live.contains(s));
        }
    }

    /// The value of each id (empty for an unknown id).
    #[must_use]
    pub fn names(&self, ids: &[u32]) -> Vec<Arc<str>> {
        let state = self.read();
        ids.iter().map(|&i| state.names.get(i as usize).cloned().unwrap_or_else(|| Arc::from(""))).collect()
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, State> {
        // A panic while holding the lock leaves consistent data (inserts are single calls).
        self.state.read().unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

impl State {
    fn intern(&mut self, value: &str) -> u32 {
        if let Some(&id) = self.ids.get(value) {
            return id;
        }
        let id = u32::try_from(self.names.len()).unwrap_or(u32::MAX);
        let name: Arc<str> = Arc::from(value);
        self.names.push(Arc::clone(&name));
        self.ids.insert(name, id);
        id
    }
}
