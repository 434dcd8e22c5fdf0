//! The number lexicons (`data/numbers/*.tsv`), parsed once and keyed by folded text.

use super::tokens::{Stem, Tk, Token, stems};
use crate::model::Qualifier;
use crate::normalize::normalize;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// A small multiply-rotate hasher for short lexicon keys: the recognizers look up every
/// word of every article a few times, and SipHash's DoS resistance buys nothing for a fixed
/// table compiled into the binary.
#[derive(Default)]
pub(crate) struct WordHasher(u64);

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            // The chunk as a little-endian u64, zero-padded, assembled in registers: copying a
            // short tail into a buffer was a `memcpy` call per lookup.
            let word = chunk.iter().rev().fold(0u64, |w, &b| (w << 8) | u64::from(b));
            self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A map keyed by folded words.
pub(crate) type WordMap<V> = HashMap<String, V, BuildHasherDefault<WordHasher>>;

/// What a number word contributes to the grammar in [`super::words`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    Unit,
    TeenUnit,
    Tens,
    Hundred,
    Scale,
    ScaleDual,
    ScalePlural,
    Fraction,
    Vague,
    VagueMod,
    Ordinal,
    OrdinalTeen,
}

/// Whether a word may carry the article `ال`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Al {
    Any,
    Required,
    Forbidden,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Word {
    pub value: f64,
    pub class: Class,
    al: Al,
}

/// What a context word says about the number beside it (`data/numbers/context.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    YearBefore,
    YearAfter,
    DatePrep,
    AgeBefore,
    AgeAfter,
}

/// Money or percent after a number.
#[derive(Clone, Debug)]
pub(crate) struct Unit {
    pub percent: bool,
    pub id: String,
}

/// A phrase of folded tokens.
pub(crate) type Phrase = Vec<String>;

#[derive(Debug, Default)]
pub(crate) struct Lexicon {
    words: WordMap<Word>,
    /// Every word some reading of which is a number word: each word, and each prefix of
    /// [`super::tokens::stems`] before each word of two chars or more — one lookup answers
    /// the common "no" that took up to eighteen.
    forms: WordMap<()>,
    pub pre: Vec<(Phrase, Qualifier)>,
    pub post: Vec<(Phrase, Qualifier)>,
    pub units: Vec<(Phrase, Unit)>,
    context: WordMap<Vec<Role>>,
}

/// Data rows of a TSV: comment lines (`#`) and the header row skipped, fields split on TAB.
pub(crate) fn rows(tsv: &str) -> impl Iterator<Item = Vec<&str>> {
    tsv.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).skip(1).map(|l| l.split('\t').collect())
}

/// A phrase folded and split on spaces.
pub(crate) fn phrase(s: &str) -> Phrase {
    normalize(s).split_whitespace().map(str::to_owned).collect()
}

fn qualifier(name: &str) -> Option<Qualifier> {
    Some(match name {
        "more_than" => Qualifier::MoreThan,
        "about" => Qualifier::About,
        "at_least" => Qualifier::AtLeast,
        "less_than" => Qualifier::LessThan,
        "at_most" => Qualifier::AtMost,
        _ => return None,
    })
}

impl Lexicon {
    fn load() -> Self {
        let mut lx = Self::default();
        for r in rows(include_str!("../../data/numbers/words.tsv")) {
            let (Some(form), Some(value), Some(class), Some(al)) = (r.first(), r.get(1), r.get(2), r.get(3)) else {
                continue;
            };
            let class = match *class {
                "unit" => Class::Unit,
                "teen_unit" => Class::TeenUnit,
                "tens" => Class::Tens,
                "hundred" => Class::Hundred,
                "scale" => Class::Scale,
                "scale_dual" => Class::ScaleDual,
                "scale_plural" => Class::ScalePlural,
                "fraction" => Class::Fraction,
                "vague" => Class::Vague,
                "vague_mod" => Class::VagueMod,
                "ordinal" => Class::Ordinal,
                "ordinal_teen" => Class::OrdinalTeen,
                _ => continue,
            };
            let al = match *al {
                "req" => Al::Required,
                "no" => Al::Forbidden,
                _ => Al::Any,
            };
            let Ok(value) = value.parse() else { continue };
            lx.words.insert(normalize(form), Word { value, class, al });
        }
        for r in rows(include_str!("../../data/numbers/qualifiers.tsv")) {
            let (Some(p), Some(q), Some(pos)) = (r.first(), r.get(1).and_then(|q| qualifier(q)), r.get(2)) else {
                continue;
            };
            let list = if *pos == "post" { &mut lx.post } else { &mut lx.pre };
            list.push((phrase(p), q));
        }
        // Longest phrase first, so `ما يزيد عن` wins over `يزيد عن`.
        lx.pre.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        lx.post.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        for r in rows(include_str!("../../data/numbers/units.tsv")) {
            let (Some(f), Some(k), Some(u)) = (r.first(), r.get(1), r.get(2)) else { continue };
            lx.units.push((phrase(f), Unit { percent: *k == "percent", id: (*u).to_owned() }));
        }
        lx.units.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        for r in rows(include_str!("../../data/numbers/context.tsv")) {
            let (Some(f), Some(role)) = (r.first(), r.get(1)) else { continue };
            let role = match *role {
                "year_before" => Role::YearBefore,
                "year_after" => Role::YearAfter,
                "date_prep" => Role::DatePrep,
                "age_before" => Role::AgeBefore,
                "age_after" => Role::AgeAfter,
                _ => continue,
            };
            lx.context.entry(normalize(f)).or_default().push(role);
        }
        for w in lx.words.keys() {
            lx.forms.insert(w.clone(), ());
            if w.chars().nth(1).is_some() {
                for p in super::tokens::PREFIXES.map(|(p, _)| p) {
                    lx.forms.insert(format!("{p}{w}"), ());
                }
            }
        }
        lx
    }

    /// The number-word reading of a word token, clitics split off, honouring the `ال` rule.
    pub fn word<'t>(&self, w: &'t str) -> Option<(Stem<'t>, Word)> {
        if !self.forms.contains_key(w) {
            return None;
        }
        stems(w).find_map(|s| {
            let e = *self.words.get(s.stem)?;
            let ok = match e.al {
                Al::Any => true,
                Al::Required => s.al,
                Al::Forbidden => !s.al,
            };
            ok.then_some((s, e))
        })
    }

    /// The words [`Lexicon::is_number_word`] accepts.
    pub fn number_forms(&self) -> impl Iterator<Item = &str> {
        self.forms.keys().map(String::as_str)
    }

    /// True when some reading of the word is a number word (of any class).
    #[cfg_attr(not(test), expect(dead_code, reason = "the recognizer asks `number_or_unit_words`; tests ask this"))]
    pub fn is_number_word(&self, w: &str) -> bool {
        self.forms.contains_key(w)
    }

    /// True when the word (clitics split off) has `role`.
    pub fn has_role(&self, w: &str, role: Role) -> bool {
        stems(w).any(|s| self.context.get(s.stem).is_some_and(|r| r.contains(&role)))
    }
}

/// The one lexicon, built on first use.
pub(crate) fn lexicon() -> &'static Lexicon {
    static LX: OnceLock<Lexicon> = OnceLock::new();
    LX.get_or_init(Lexicon::load)
}

/// Does `phrase` match the tokens starting at `i`? The first word may carry a clitic
/// (`لأكثر من`), whose length is returned with the index after the phrase.
pub(crate) fn phrase_at(toks: &[Token<'_>], i: usize, phrase: &[String]) -> Option<(usize, usize)> {
    let mut clitic = 0;
    for (k, want) in phrase.iter().enumerate() {
        let t = toks.get(i + k)?;
        if t.text == want {
            continue;
        }
        // A clitic form ends with the word: most tokens are ruled out before trying eight splits.
        if k == 0 && t.kind == Tk::Word && t.text.ends_with(want.as_str()) {
            let rest = ["و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"]
                .iter()
                .find_map(|p| t.text.strip_prefix(p).filter(|r| *r == want).map(|_| p.len()));
            if let Some(len) = rest {
                clitic = len;
                continue;
            }
        }
        return None;
    }
    Some((i + phrase.len(), clitic))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The register-built chunks hash as the zero-padded buffer did (map order depends on it).
    #[test]
    fn word_hasher_matches_buffered_chunks() {
        for w in ["", "a", "abcdefg", "abcdefgh", "abcdefghi", "الاف", "والمئات والعشرات"] {
            let mut h = WordHasher::default();
            h.write(w.as_bytes());
            let mut want = 0u64;
            for chunk in w.as_bytes().chunks(8) {
                let mut buf = [0u8; 8];
                buf[..chunk.len()].copy_from_slice(chunk);
                want = (want.rotate_left(5) ^ u64::from_le_bytes(buf)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
            }
            assert_eq!(h.finish(), want, "{w}");
        }
    }

    /// `is_number_word` by the precomputed set agrees with trying every clitic split, on
    /// every number word in every prefix form, with a letter cut off or added, and bare.
    #[test]
    fn number_forms_match_clitic_split() {
        let lx = lexicon();
        let by_split = |w: &str| stems(w).any(|s| lx.words.contains_key(s.stem));
        let mut probes: Vec<String> = Vec::new();
        for w in lx.words.keys() {
            for (p, _) in std::iter::once(("", false)).chain(super::super::tokens::PREFIXES) {
                let f = format!("{p}{w}");
                probes.push(f.chars().skip(1).collect());
                probes.push(format!("{f}ه"));
                probes.push(format!("ا{f}"));
                probes.push(f);
            }
        }
        probes.extend(["و", "ال", "لل", "ب", "وال", "ومية", "كمية"].map(str::to_owned));
        for w in &probes {
            assert_eq!(lx.is_number_word(w), by_split(w), "{w}");
            let word_by_split = stems(w).find_map(|s| {
                let e = lx.words.get(s.stem)?;
                let ok = match e.al {
                    Al::Any => true,
                    Al::Required => s.al,
                    Al::Forbidden => !s.al,
                };
                ok.then_some(s.prefix_len)
            });
            assert_eq!(lx.word(w).map(|(s, _)| s.prefix_len), word_by_split, "{w}");
        }
    }

    #[test]
    fn every_number_file_parses() {
        let lx = lexicon();
        assert!(lx.words.len() > 100, "words.tsv: {}", lx.words.len());
        assert!(lx.pre.len() > 25 && !lx.post.is_empty());
        assert!(lx.units.len() > 25);
        assert!(lx.context.len() > 20);
    }

    #[test]
    fn no_duplicate_normalized_number_word() {
        let mut seen = HashMap::new();
        for r in rows(include_str!("../../data/numbers/words.tsv")) {
            let key = normalize(r[0]);
            if let Some(prev) = seen.insert(key.clone(), r[1]) {
                assert_eq!(prev, r[1], "{key} has two values");
            }
        }
    }

    #[test]
    fn monday_is_not_two() {
        assert!(lexicon().word("الاثنين").is_none());
        assert!(lexicon().word("اثنين").is_some());
    }
}
