//! A fast non-cryptographic hasher for the lexicon sets (FxHash, as used in rustc).
//!
//! The person scan looks every token up in several word sets; std's SipHash (DoS-resistant, slow on
//! short keys) dominated the profile. The keys are our own data files, so DoS resistance is moot.

use std::hash::{BuildHasherDefault, Hasher};

/// FxHash: rotate, xor, multiply per 8-byte word.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        for &b in chunks.remainder() {
            self.add(u64::from(b));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

/// A `HashSet` with [`FxHasher`].
pub(crate) type FxHashSet<T> = std::collections::HashSet<T, BuildHasherDefault<FxHasher>>;
/// A `HashMap` with [`FxHasher`].
pub(crate) type FxHashMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<FxHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fx_sets_find_arabic_words() {
        let set: FxHashSet<String> = ["رئيس".to_owned(), "قال".to_owned()].into_iter().collect();
        assert!(set.contains("رئيس"));
        assert!(!set.contains("رييس"));
    }
}
