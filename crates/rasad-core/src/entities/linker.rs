//! Leftmost-longest matching of a few patterns, for the per-document person linker
//! ([`super::persons::Linker`]).
//!
//! The matches are those of aho-corasick's `MatchKind::LeftmostLongest` non-overlapping
//! iteration — the earliest start, the longest pattern starting there, the search going on
//! after it — without an automaton built for every document: the build was half of the
//! linker's cost for the handful of names a document has. Bitmaps of the patterns' first four
//! bytes (hashed) and first two bytes pass over most positions with a test or two.

/// A few non-empty patterns, ready to be matched.
#[derive(Debug)]
pub(crate) struct Longest {
    pats: Vec<String>,
    /// (first two bytes, pattern), by key, the longer pattern first within a key.
    by_key: Vec<(u16, usize)>,
    /// Bit `key` is set when a pattern of two or three bytes opens with the two bytes `key`.
    keys: Vec<u64>,
    /// Bit [`hash4`] is set for the first four bytes of every longer pattern.
    keys4: Vec<u64>,
    /// Patterns of one byte, tried at every position.
    short: Vec<usize>,
}

impl Longest {
    /// Empty patterns are left out (the linker never has one).
    pub(crate) fn new(pats: Vec<String>) -> Self {
        let mut by_key = Vec::new();
        let mut short = Vec::new();
        let mut keys = vec![0u64; 1024];
        let mut keys4 = vec![0u64; 1024];
        for (i, p) in pats.iter().enumerate() {
            match *p.as_bytes() {
                [] => {}
                [_] => short.push(i),
                [a, b, c, d, ..] => {
                    let h = hash4([a, b, c, d]);
                    keys4[h >> 6] |= 1 << (h & 63);
                    by_key.push((u16::from_be_bytes([a, b]), i));
                }
                [a, b, ..] => {
                    let key = u16::from_be_bytes([a, b]);
                    keys[usize::from(key >> 6)] |= 1 << (key & 63);
                    by_key.push((key, i));
                }
            }
        }
        by_key.sort_by_key(|&(k, i)| (k, std::cmp::Reverse(pats[i].len())));
        Self { pats, by_key, keys, keys4, short }
    }

    /// (pattern, start, end) of every match, left to right, none overlapping.
    pub(crate) fn find_iter(&self, hay: &str) -> Vec<(usize, usize, usize)> {
        let b = hay.as_bytes();
        let mut out = Vec::new();
        let mut s = 0;
        while s < b.len() {
            let rest = &b[s..];
            // A pattern is UTF-8, so it never starts on a continuation byte.
            if rest[0] & 0xC0 == 0x80 {
                s += 1;
                continue;
            }
            let mut best: Option<usize> = None;
            if let [x, y, ..] = *rest {
                let key = u16::from_be_bytes([x, y]);
                let long = match *rest {
                    [a, b, c, d, ..] => {
                        let h = hash4([a, b, c, d]);
                        self.keys4[h >> 6] >> (h & 63) & 1 == 1
                    }
                    _ => false,
                };
                if long || self.keys[usize::from(key >> 6)] >> (key & 63) & 1 == 1 {
                    let from = self.by_key.partition_point(|&(k, _)| k < key);
                    best = self.by_key[from..]
                        .iter()
                        .take_while(|&&(k, _)| k == key)
                        .map(|&(_, p)| p)
                        .find(|&p| rest.starts_with(self.pats[p].as_bytes()));
                }
            }
            for &p in &self.short {
                if rest.starts_with(self.pats[p].as_bytes()) && best.is_none() {
                    best = Some(p);
                }
            }
            match best {
                Some(p) => {
                    out.push((p, s, s + self.pats[p].len()));
                    s += self.pats[p].len();
                }
                None => s += 1,
            }
        }
        out
    }
}

/// Four bytes to a bit of a 65,536-bit map.
fn hash4(b: [u8; 4]) -> usize {
    (u32::from_le_bytes(b).wrapping_mul(0x9E37_79B1) >> 16) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same matches as aho-corasick's leftmost-longest iteration, on overlapping names,
    /// names inside words, prefixes of each other, one-byte and Latin patterns.
    #[test]
    fn matches_aho_corasick_leftmost_longest() {
        let pats: Vec<String> =
            ["باييف", "نزار باييف", "نور سلطان نزار باييف", "سلطان", "علي حسن", "حسن", "حسن علي", "x", "ab", "abc"]
                .map(str::to_owned)
                .to_vec();
        let ac = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(&pats)
            .unwrap();
        let ours = Longest::new(pats.clone());
        for hay in [
            "قال نور سلطان نزار باييف إن نزار باييف وباييف والسلطان",
            "علي حسن علي حسن علي وحسن عليحسن",
            "abcab xab abx abcx",
            "",
            "ب",
        ] {
            let want: Vec<(usize, usize, usize)> =
                ac.find_iter(hay).map(|m| (m.pattern().as_usize(), m.start(), m.end())).collect();
            assert_eq!(ours.find_iter(hay), want, "{hay}");
        }
    }
}
