//! Near-duplicate signatures: MinHash over word 3-shingles of the normalized body.
//!
//! Two articles that carry the same wire story, lightly edited, share most of their
//! shingles; the fraction of equal signature slots estimates their Jaccard similarity.
//! The store buckets signatures into LSH bands ([`bands`]) to find candidates fast.

use crate::normalize::{is_alphanumeric, normalize};

/// Number of MinHash slots.
pub const SLOTS: usize = 64;
/// Slots per LSH band; `SLOTS / BAND_WIDTH` bands.
pub const BAND_WIDTH: usize = 4;
const SHINGLE: usize = 3;

/// A 64-bit mix (splitmix64's finalizer): cheap and well spread.
const fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

fn hash_word(w: &str) -> u64 {
    // FNV-1a over the bytes, then mixed.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in w.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    mix(h)
}

/// The per-slot keys `mix(i + 1)`, computed once at compile time (they were recomputed for
/// every slot of every shingle).
const SLOT_KEYS: [u64; SLOTS] = {
    let mut k = [0; SLOTS];
    let mut i = 0;
    while i < SLOTS {
        k[i] = mix(i as u64 + 1);
        i += 1;
    }
    k
};

/// `SLOT_KEYS` through the first step of [`mix`], `v ^ (v >> 30)`: a shift distributes over
/// xor, so that step of `mix(s ^ key)` is `step(s) ^ step(key)` — taken once per shingle and
/// once per key instead of once per slot and shingle.
const SLOT_STEPS: [u64; SLOTS] = {
    let mut k = [0; SLOTS];
    let mut i = 0;
    while i < SLOTS {
        k[i] = SLOT_KEYS[i] ^ (SLOT_KEYS[i] >> 30);
        i += 1;
    }
    k
};

/// The top half of `mix(x)`, given `x ^ (x >> 30)`.
#[inline(always)]
#[allow(clippy::cast_possible_truncation)]
const fn mix_top_after_step(step: u64) -> u32 {
    let mut x = step.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    ((x ^ (x >> 31)) >> 32) as u32
}

/// The MinHash signature of `text` (normalized inside). Empty text → all slots `u32::MAX`.
#[must_use]
pub fn minhash(text: &str) -> Vec<u32> {
    minhash_folded([normalize(text).as_str()])
}

/// [`minhash`] of the parts' concatenation, each part already folded by
/// [`crate::normalize`] and the parts separated by non-word chars: the pipeline passes the
/// paragraphs it already folded instead of folding the joined body again. (Folding is per
/// char and keeps line breaks, so `normalize(a + "\n\n" + b)` is `normalize(a) + "\n\n" +
/// normalize(b)`, and words never span the break.)
#[must_use]
pub fn minhash_folded<'a>(parts: impl IntoIterator<Item = &'a str>) -> Vec<u32> {
    // The words (maximal runs of alphanumeric chars), hashed as they are found: one pass
    // over the chars, where `split` + `filter` + `map` cost twice the instructions.
    let parts: Vec<&str> = parts.into_iter().collect();
    // Room for a word every six bytes, so the list rarely grows.
    let mut words: Vec<u64> = Vec::with_capacity(parts.iter().map(|p| p.len() / 6 + 1).sum());
    for p in parts {
        let mut start = None;
        for (at, c) in p.char_indices() {
            if is_alphanumeric(c) {
                start.get_or_insert(at);
            } else if let Some(s) = start.take() {
                words.push(hash_word(&p[s..at]));
            }
        }
        if let Some(s) = start {
            words.push(hash_word(&p[s..]));
        }
    }
    let shingles: Vec<u64> = if words.len() < SHINGLE {
        if words.is_empty() { Vec::new() } else { vec![words.iter().fold(0, |acc, &w| mix(acc ^ w))] }
    } else {
        words.windows(SHINGLE).map(|win| win.iter().fold(0_u64, |acc, &w| mix(acc.rotate_left(17) ^ w))).collect()
    };
    let mut sig = Vec::with_capacity(SLOTS);
    // Slot-major, four slots per pass over the shingles, each slot's minimum in a register.
    // (Shingle-major over all 64 slots, LLVM vectorized the loop and emulated the 64-bit
    // multiplies on SSE2 pairs: ~25 instructions per slot and shingle against ~19 here; the
    // signature was 15 % of the pipeline's instructions.) A minimum does not depend on the
    // order it is taken in, so the slots are the same as shingle-major.
    let shingles: Vec<u64> = shingles.into_iter().map(|s| s ^ (s >> 30)).collect();
    for keys in SLOT_STEPS.chunks_exact(4) {
        let mut min = [u32::MAX; 4];
        for &s in &shingles {
            for (m, &key) in min.iter_mut().zip(keys) {
                *m = (*m).min(mix_top_after_step(s ^ key));
            }
        }
        sig.extend_from_slice(&min);
    }
    sig
}

/// Estimated Jaccard similarity of two signatures (0 when lengths differ or are empty).
#[must_use]
pub fn similarity(a: &[u32], b: &[u32]) -> f64 {
    if a.len() != b.len() || a.is_empty() {
        return 0.0;
    }
    let same = a.iter().zip(b).filter(|(x, y)| x == y && **x != u32::MAX).count();
    #[allow(clippy::cast_precision_loss)]
    let r = same as f64 / a.len() as f64;
    r
}

/// LSH band keys of a signature: each band's slots hashed to one u64, tagged by band index.
#[must_use]
pub fn bands(sig: &[u32]) -> Vec<u64> {
    sig.chunks(BAND_WIDTH)
        .enumerate()
        .map(|(i, band)| band.iter().fold(mix(i as u64), |acc, &s| mix(acc ^ u64::from(s))))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lightly_edited_copy_is_similar() {
        let a = "بدأ مئات المقاتلين المتطرفين بالعودة من صفوف تنظيم الدولة في سوريا والعراق إلى بلدانهم في آسيا الوسطى وتشير معلومات أمنية إلى أن مئة عادوا";
        let b = "بدأ مئات المقاتلين المتطرفين بالعودة من صفوف تنظيم الدولة في سورية والعراق إلى بلدانهم في آسيا الوسطى وتشير معلومات أمنية إلى أن مئة عادوا";
        assert!(similarity(&minhash(a), &minhash(b)) > 0.6);
    }

    #[test]
    fn folded_paragraphs_give_the_body_signature() {
        let paras = ["قال مسؤول إن 300 مقاتل عادوا.", "وأضاف: «العدد قد يرتفع»", "ISIS fighters returned"];
        let body = paras.join("\n\n");
        let folded: Vec<String> = paras.iter().map(|p| normalize(p)).collect();
        assert_eq!(minhash_folded(folded.iter().map(String::as_str)), minhash(&body));
    }

    #[test]
    fn split_first_step_gives_mix() {
        let mut v = 0x1234_5678_9abc_def0_u64;
        for (i, &key) in SLOT_KEYS.iter().enumerate() {
            v = mix(v);
            let want = (mix(v ^ key) >> 32) as u32;
            assert_eq!(mix_top_after_step((v ^ (v >> 30)) ^ SLOT_STEPS[i]), want);
        }
    }

    #[test]
    fn different_stories_are_not_similar() {
        let a = "بدأ مئات المقاتلين المتطرفين بالعودة من صفوف تنظيم الدولة في سوريا والعراق";
        let b = "أعلنت وزارة الصحة عن افتتاح مستشفى جديد في العاصمة بسعة مئتي سرير";
        assert!(similarity(&minhash(a), &minhash(b)) < 0.2);
    }
}
