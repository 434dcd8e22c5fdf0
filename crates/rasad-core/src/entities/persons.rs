//! Persons: names found through titles, roles and speech verbs, with the role stated beside them.
//!
//! A person name is a run of 1–4 *name-like* tokens (folded words that are not in the gazetteer, not
//! function or common words from `not_names.tsv`, not a title, speech verb or possessive; an
//! article word may only close the run, as in `بشار الأسد`). Runs are looked for in four places:
//! - after a title (`role_before_name`): `الرئيس الكازاخي نور سلطان نزار باييف`, `سكرتير مجلس الأمن
//!   الروسي نيكولاي باتروشيف`, `المتحدث باسم الرئاسة التركية، إبراهيم كالين`;
//! - after a speech verb (`name_after_speech_verb`): `وقال توماس لينتش للصحيفة`;
//! - after an attribution marker (`name_after_marker`): `وفقا لديدييه لو بريه`, `بحسب …`;
//! - after `عن` following `نقل` (`name_after_quote_source`): `ونقلت الصحيفة عن رافال روغوزينسكي`.
//!
//! A title stated after the name (`role_after_name`) is attached too: `، منسق الاستخبارات …`,
//! `، وهو باحث فى جامعة …`, `الباحث الكندي في مجال …`. One-token names need a title before them and
//! a clear end after (`قال الرئيس التركي أردوغان إن`). Later short mentions (`باييف`, `نزار باييف`)
//! are linked to the full name by [`link_mentions`].

use super::data::{self, Table};
use super::fasthash::{FxHashMap as HashMap, FxHashSet as HashSet};
use super::forms::ARTICLE_PREFIXES;
use super::matcher::{Candidate, is_word_char};
use super::name_shape::{
    first_word_not_a_name, is_clitic_masdar, is_possessive, later_word_ends_name, shape_not_a_name,
};
use crate::model::Span;
use crate::normalize::{Normalized, normalize};

/// What a speech-verb-table word does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Trigger {
    /// A speech verb: the speaker follows.
    Verb,
    /// An attribution marker (`وفقا`, `بحسب`): the source follows, maybe with `ل`.
    Marker,
    /// `نقل`: the source follows the next `عن`.
    Via,
    /// Ends a name or a role.
    Stop,
}

/// The person lexicons, folded.
#[derive(Debug, Default)]
pub(crate) struct Lexicon {
    not_names: HashSet<String>,
    triggers: HashMap<String, Trigger>,
    /// Titles by their first word (article stripped), longest first.
    heads: HashMap<String, Vec<Vec<String>>>,
    /// Every word `head_at` can find a title at: each first word of `heads`, bare or after
    /// an article prefix or one of `و ف ل ب` — one lookup rules out most tokens.
    head_forms: HashSet<String>,
    /// [`Lexicon::trigger`] of every word that has one (the word, else after `و`, else after `ف`).
    trigger_forms: HashMap<String, Trigger>,
    role_nouns: HashSet<String>,
    particles: HashSet<String>,
    waw_names: HashSet<String>,
    /// Given names written with the article (`الهادي`), folded.
    article_names: HashSet<String>,
}

impl Lexicon {
    pub(crate) fn load() -> Self {
        let mut lex = Self {
            not_names: Table::parse(data::NOT_NAMES).first_column().map(normalize).collect(),
            ..Self::default()
        };
        let t = Table::parse(data::SPEECH_VERBS);
        for r in &t.rows {
            let kind = match t.cell(r, "kind") {
                "verb" => Trigger::Verb,
                "marker" => Trigger::Marker,
                "via" => Trigger::Via,
                _ => Trigger::Stop,
            };
            lex.triggers.insert(normalize(t.cell(r, "word")), kind);
        }
        lex.trigger_forms = lex.triggers.clone();
        for c in ["و", "ف"] {
            for (w, kind) in &lex.triggers {
                lex.trigger_forms.entry(format!("{c}{w}")).or_insert(*kind);
            }
        }
        for head in Table::parse(data::ROLE_HEADS).first_column() {
            let words: Vec<String> = normalize(head).split_whitespace().map(str::to_owned).collect();
            if let Some(first) = words.first() {
                lex.heads.entry(first.clone()).or_default().push(words);
            }
        }
        for first in lex.heads.keys() {
            lex.head_forms.insert(first.clone());
            for p in ARTICLE_PREFIXES.iter().chain(&["و", "ف", "ل", "ب"]) {
                lex.head_forms.insert(format!("{p}{first}"));
            }
        }
        // Longest heads first, so `نائب رئيس` wins over `نائب`.
        for list in lex.heads.values_mut() {
            list.sort_by_key(|h| std::cmp::Reverse(h.len()));
        }
        let t = Table::parse(data::ROLE_NOUNS);
        for r in &t.rows {
            let w = normalize(t.cell(r, "word"));
            if t.cell(r, "kind") == "particle" {
                lex.particles.insert(w);
            } else if t.cell(r, "kind") == "name" {
                lex.waw_names.insert(w);
            } else if t.cell(r, "kind") == "article_name" {
                lex.article_names.insert(w);
            } else {
                lex.role_nouns.insert(w);
            }
        }
        lex
    }

    /// The word, or the word without a leading conjunction `و`/`ف`, is in `set`.
    fn has(set: &HashSet<String>, w: &str) -> bool {
        set.contains(w)
            || ["و", "ف"].iter().any(|c| w.strip_prefix(c).is_some_and(|r| r.chars().count() >= 2 && set.contains(r)))
    }

    fn trigger(&self, w: &str) -> Option<Trigger> {
        self.trigger_forms.get(w).copied()
    }
}

/// One token of folded text.
#[derive(Clone, Copy, Debug)]
struct Tok {
    start: usize,
    end: usize,
    /// A word (letters/digits); otherwise one punctuation char.
    word: bool,
}

fn tokenize(folded: &str) -> Vec<Tok> {
    let mut toks = Vec::with_capacity(folded.len() / 6 + 1);
    let mut word_start: Option<usize> = None;
    for (i, c) in folded.char_indices() {
        if is_word_char(c) {
            word_start.get_or_insert(i);
            continue;
        }
        if let Some(s) = word_start.take() {
            toks.push(Tok { start: s, end: i, word: true });
        }
        if c != ' ' {
            toks.push(Tok { start: i, end: i + c.len_utf8(), word: false });
        }
    }
    if let Some(s) = word_start {
        toks.push(Tok { start: s, end: folded.len(), word: true });
    }
    toks
}

/// Rule `article_prefix_split`: (proclitics with the article, rest) for `الرئيس`, `للناطق`, `والعلاقات`.
fn split_article(w: &str) -> Option<(&str, &str)> {
    // Every prefix opens with one of these letters: most words are answered by their first
    // char (this ran for every token, twice or more).
    if !w.starts_with(['ا', 'و', 'ف', 'ب', 'ك', 'ل']) {
        return None;
    }
    ARTICLE_PREFIXES
        .iter()
        .rev()
        .filter_map(|p| w.strip_prefix(p).map(|r| (*p, r)))
        // At least 2 (after `ال`) or 3 chars left, without counting them all.
        .find(|(p, r)| r.chars().nth(if *p == "ال" { 1 } else { 2 }).is_some())
        .map(|(p, r)| (&w[..p.len()], r))
}

/// A person found in one segment, spans in folded coordinates of that segment.
#[derive(Clone, Debug)]
pub(crate) struct Found {
    /// The name's tokens, folded.
    pub tokens: Vec<String>,
    /// Folded span of the name.
    pub name: Span,
    /// Folded span of the role, and the prefix to drop from it (`لل` of `للناطق` becomes `ال`).
    pub role: Option<(Span, &'static str)>,
}

struct Scan<'a> {
    lex: &'a Lexicon,
    folded: &'a str,
    toks: Vec<Tok>,
    gaz: Vec<bool>,
    /// The word was written with a hamza alef (`إلياس`, `أليكسيس`): its `ال` is no article.
    hamza: Vec<bool>,
    /// Rule `ali_spelled_with_yeh`: the token folds to `علي` but was written with a final `ي`
    /// (the name Ali), not `ى` (the preposition `على`, which folding makes look the same).
    ali: Vec<bool>,
}

impl Scan<'_> {
    /// [`split_article`] of token `i`, unless it was written with a hamza alef.
    fn article(&self, i: usize) -> Option<(&str, &str)> {
        if self.hamza.get(i).copied().unwrap_or(false) { None } else { split_article(self.text(i)) }
    }

    fn text(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| &self.folded[t.start..t.end])
    }

    fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.word)
    }

    fn is_punct(&self, i: usize, c: char) -> bool {
        self.toks.get(i).is_some_and(|t| !t.word && self.folded[t.start..].starts_with(c))
    }

    /// Common word, also behind a proclitic (`للصحيفة`, `لوكالة`).
    fn common(&self, w: &str) -> bool {
        if Lexicon::has(&self.lex.not_names, w) {
            return true;
        }
        let bare = split_article(w).map_or(w, |(_, r)| r);
        ["ل", "ب", "و", "ف", "ك", "لل"]
            .iter()
            .filter_map(|p| w.strip_prefix(p))
            .chain(std::iter::once(bare))
            // A short remainder is too often a name's own letters (`بالي` is not `ب`+`إلى`).
            .any(|r| r.chars().count() >= 4 && (self.lex.not_names.contains(r) || self.lex.role_nouns.contains(r)))
    }

    /// A name token (not closing with the article).
    fn name_like(&self, i: usize) -> bool {
        if !self.is_word(i) || self.gaz[i] {
            return false;
        }
        let w = self.text(i);
        w.chars().count() >= 2
            && w.chars().all(|c| is_word_char(c) && !c.is_ascii_digit())
            && self.article(i).is_none()
            && !w.starts_with("لل")
            && (!self.common(w) || self.ali.get(i).copied().unwrap_or(false))
            && self.lex.trigger(w).is_none()
            && self.head_at(i).is_none()
            && !shape_not_a_name(w)
    }

    /// An article word that may close a name (`الأسد` in `بشار الأسد`).
    fn name_closer(&self, i: usize) -> bool {
        if !self.is_word(i) || self.gaz[i] {
            return false;
        }
        let w = self.text(i);
        self.article(i).is_some_and(|(p, _)| p == "ال")
            && w.chars().count() >= 5
            && !self.common(w)
            && self.lex.trigger(w).is_none()
            && self.head_at(i).is_none()
    }

    /// The run of name tokens from `k`: (start, end) token indices, at most 4 tokens.
    fn name_run(&self, k: usize) -> Option<(usize, usize)> {
        if first_word_not_a_name(self.text(k), &self.lex.waw_names) {
            return None;
        }
        let mut i = k;
        while i < self.toks.len() && i - k < 6 {
            if i > k && later_word_ends_name(self.text(i)) {
                break;
            }
            // Rule `theophoric_first_name`: `عبد الرحيم بوعزة`, `عبد اللطيف وهبي` — `عبد` may open a
            // name, and the article word after it is the second half of the first name, not
            // its closer.
            let abd = |t: usize| t < self.toks.len() && self.text(t) == "عبد";
            if abd(i) && self.name_closer_or_allah(i + 1) {
                i += 2;
                continue;
            }
            let particle = i > k && self.lex.particles.contains(self.text(i)) && self.name_like_or_particle(i + 1);
            if self.name_like(i) || particle {
                i += 1;
            } else if i > k && self.text(i) == "الدين" && i == k + 1 {
                // Rule `compound_given_name`: `حسام الدين فؤاد`, `نور الدين بوطالب` — `الدين`
                // completes the given name; the family name follows.
                i += 1;
            } else if i > k && self.name_closer(i) {
                i += 1;
                break;
            } else {
                break;
            }
        }
        let n = i - k;
        // Rule `long_name_with_particle`: `عبد الله بن فهد القحطاني` — a name with `بن` or a
        // theophoric `عبد …` may run to five words.
        let max =
            if (k..i).any(|t| self.lex.particles.contains(self.text(t)) || self.text(t) == "عبد") { 5 } else { 4 };
        (1..=max).contains(&n).then_some((k, i)).filter(|_| !self.name_like(i) || n < max)
    }

    /// Rule `article_first_name`: after a title, a name may open with a given name written with
    /// the article (`وزير الداخلية الهادي المجدوب`, common in the Maghreb; the list is data) when a
    /// name word follows it.
    fn article_first_name(&self, k: usize) -> Option<(usize, usize)> {
        if !self.lex.article_names.contains(self.text(k)) || !self.name_like_or_particle(k + 1) {
            return None;
        }
        let (_, b) = self.name_run(k + 1).or_else(|| self.name_closer(k + 1).then_some((k + 1, k + 2)))?;
        (b - k <= 4).then_some((k, b))
    }

    /// Rule `position_before_rank`: `المتحدث العسكري للقوات المسلحة، العقيد تامر الرفاعي` —
    /// when the title right before the name is a rank or honorific and a position ends at the
    /// comma before it, the role is the position. Returns the position's start.
    fn position_before_rank(&self, i: usize) -> Option<usize> {
        const RANKS: &[&str] =
            &["جنرال", "لواء", "عميد", "عقيد", "مقدم", "رائد", "نقيب", "مشير", "دكتور", "دكتوره", "بروفيسور", "استاذ"];
        let (_, bare) = self.article(i).unwrap_or(("", self.text(i)));
        if !RANKS.contains(&bare) || i < 2 || !self.is_punct(i - 1, ',') {
            return None;
        }
        (i.saturating_sub(14)..i - 1)
            .find(|&t| self.head_at(t).is_some_and(|(len, _)| self.role_after_head(t, len, 12) == i - 1))
    }

    /// Rule `role_seat_before_name`: `القنصل العام السوداني بأسوان عبد القادر عبد الله`, `والي
    /// ولاية كسلا في شرق السودان …` — the town a post sits in, glued to `ب` or after `في` (one word
    /// we may not know), can close a role before the holder's name. Returns the token after it.
    fn seat_before_name(&self, k: usize) -> Option<usize> {
        if !self.is_word(k) {
            return None;
        }
        let w = self.text(k);
        let after = if matches!(w, "في" | "فى" | "ب") {
            k + 2
        } else if w.starts_with('ب') && !w.starts_with("بال") && w.chars().count() >= 5 && !self.common(w) {
            k + 1
        } else {
            return None;
        };
        (after <= self.toks.len() && (k + 1..after).all(|t| self.is_word(t) && !self.common(self.text(t))))
            .then_some(after)
    }

    /// Rule `family_name_first`: `كشف الشرقاوي حبوب، مدير المكتب المركزي` — in the Maghreb the
    /// family name, with its article, may come first: two words right after a speech verb, set off
    /// by the comma at `comma` before a title, are the speaker's name. Returns their tokens.
    fn family_first_after_verb(&self, comma: usize) -> Option<(usize, usize)> {
        let (a, b) = (comma.checked_sub(2)?, comma);
        let verb = a.checked_sub(1)?;
        (self.lex.trigger(self.text(verb)) == Some(Trigger::Verb)
            && self.head_at(comma + 1).is_some()
            && self.name_closer(a)
            && self.name_like(a + 1))
        .then_some((a, b))
    }

    /// An article word after `عبد` (`الرحيم`, `الله`, `اللطيف`).
    fn name_closer_or_allah(&self, i: usize) -> bool {
        i < self.toks.len() && self.is_word(i) && !self.gaz[i] && self.article(i).is_some_and(|(p, _)| p == "ال")
            || (i < self.toks.len() && self.text(i) == "الله")
    }

    fn name_like_or_particle(&self, i: usize) -> bool {
        self.name_like(i) || self.name_closer(i)
    }

    /// A clear end after a name: punctuation, a stop or common word, a trigger, a title, the end,
    /// or a lone preposition before a quote (`لـ«الشرق الأوسط»`: the tatweel folds away and
    /// leaves `ل`).
    fn ends_name(&self, i: usize) -> bool {
        i >= self.toks.len()
            || !self.is_word(i)
            || (matches!(self.text(i), "ل" | "ب") && i + 1 < self.toks.len() && !self.is_word(i + 1))
            || self.common(self.text(i))
            || self.lex.trigger(self.text(i)).is_some()
            || self.head_at(i).is_some()
            || is_possessive(self.text(i))
    }

    /// A title starting at token `i` (after proclitics and article): its length in tokens and the
    /// prefix of its first word.
    fn head_at(&self, i: usize) -> Option<(usize, &str)> {
        let w = self.text(i);
        if !self.is_word(i) || !self.lex.head_forms.contains(w) {
            return None;
        }
        let (prefix, bare) = self
            .article(i)
            .or_else(|| ["و", "ف", "ل", "ب"].iter().find_map(|p| w.strip_prefix(p).map(|r| (&w[..p.len()], r))))
            .unwrap_or(("", w));
        for (first, prefix) in [(w, ""), (bare, prefix)] {
            for head in self.lex.heads.get(first).into_iter().flatten() {
                if head[1..].iter().enumerate().all(|(j, h)| self.text(i + 1 + j) == h) {
                    return Some((head.len(), prefix));
                }
            }
        }
        None
    }

    /// A token that continues a title before a name.
    fn continues_role(&self, i: usize) -> bool {
        if self.is_punct(i, '"') {
            return true;
        }
        if !self.is_word(i) {
            return false;
        }
        let w = self.text(i);
        if self.gaz[i] || self.article(i).is_some() || Lexicon::has(&self.lex.role_nouns, w) {
            return self.lex.trigger(w).is_none();
        }
        // `الباحث في شؤون …`, `المبعوث الأممي إلى سوريا`, `المدافعة عن الحقوق`: a preposition
        // before a definite or known word.
        let next = self.text(i + 1);
        let definite_next = self.is_word(i + 1)
            && (self.gaz[i + 1] || self.article(i + 1).is_some() || self.lex.role_nouns.contains(next));
        // `القطب القضائي لمكافحة الإرهاب`: a verbal noun with `ل`, before a definite word.
        let lam_masdar = w.starts_with('ل') && !w.starts_with("لل") && w.chars().count() >= 5;
        (matches!(w, "في" | "فى" | "الي" | "عن") || lam_masdar) && definite_next
    }

    /// Extent of a role after its head at `i`: the token index one past its last token.
    fn role_after_head(&self, i: usize, head_len: usize, max: usize) -> usize {
        let mut j = i + head_len;
        while j < self.toks.len() && j - i < max && self.continues_role(j) {
            // Rule `quoted_body_in_title`: `رئيسة جمعية "أمهات الغائبين" سهى الخطيب` — a body's
            // quoted name (at most six words) is part of the title; the holder's name follows it.
            if self.is_punct(j, '"')
                && let Some(close) = (j + 2..self.toks.len().min(j + 8)).find(|&k| self.is_punct(k, '"'))
                && (j + 1..close).all(|k| self.is_word(k))
            {
                j = close + 1;
                continue;
            }
            j += 1;
        }
        j
    }

    fn span(&self, from: usize, to: usize) -> Span {
        Span::new(self.toks[from].start, self.toks[to - 1].end)
    }

    /// Rule `role_after_name`: `، منسق …`, `، وهو باحث …`, ` الباحث الكندي في مجال …` after token `at`.
    fn role_after(&self, mut at: usize) -> Option<(Span, &'static str)> {
        // `وقال توماس لينتش للصحيفة، وهو باحث`: one addressee word may stand before the comma.
        if self.is_word(at) && self.common(self.text(at)) && self.is_punct(at + 1, ',') {
            at += 1;
        }
        if self.is_punct(at, ',') {
            at += 1;
        }
        if matches!(self.text(at), "وهو" | "وهي" | "هو" | "هي") {
            at += 1;
        }
        let (len, prefix) = self.head_at(at)?;
        let mut j = at + len;
        while j < self.toks.len() && j - at < 16 {
            let t = self.text(j);
            let stop = !self.is_word(j) && !self.is_punct(j, '"');
            if stop || self.lex.trigger(t) == Some(Trigger::Stop) || (self.lex.trigger(t).is_some() && j > at + len) {
                break;
            }
            j += 1;
        }
        while j > at + len && self.is_punct(j - 1, '"') {
            j -= 1;
        }
        Some((self.span(at, j), role_prefix(prefix)))
    }

    fn found(&self, from: usize, to: usize, role: Option<(Span, &'static str)>) -> Found {
        let mut name = self.span(from, to);
        // `لديدييه` after `وفقا`: the ل is the preposition, not the name.
        let mut tokens: Vec<String> = (from..to).map(|i| self.text(i).to_owned()).collect();
        if let Some(first) = tokens.first_mut()
            && first.starts_with('ل')
            && from > 0
            && self.lex.trigger(self.text(from - 1)) == Some(Trigger::Marker)
            // `وفق ليلى محمد`, `بحسب لؤي`: these markers take the name directly.
            && !matches!(self.text(from - 1), "وفق" | "ووفق" | "بحسب" | "وبحسب" | "حسب" | "وحسب")
        {
            first.remove(0);
            name.start += 'ل'.len_utf8();
        }
        Found { tokens, name, role }
    }
}

/// Rule `role_prefix`: what to do with the proclitics of a title's first word: `للناطق` → `الناطق`,
/// `والرئيس` → `الرئيس`, `وهو باحث` → `باحث`.
fn role_prefix(prefix: &str) -> &'static str {
    match prefix {
        "لل" | "ولل" | "فلل" => "لل",
        "وال" | "فال" | "بال" | "كال" | "وبال" | "فبال" => "و",
        "و" | "ف" | "ل" | "ب" => "x",
        _ => "",
    }
}

/// The role as written, with its leading proclitic repaired (see [`role_prefix`]).
pub(crate) fn role_text(original: &str, prefix: &str) -> String {
    let text = original.trim().trim_end_matches(['،', ',', ':', '.']).trim();
    match prefix {
        "لل" => {
            let rest = text.char_indices().nth(2).map_or("", |(i, _)| &text[i..]);
            format!("ال{rest}")
        }
        "و" => text.char_indices().skip_while(|(_, c)| *c != 'ا').map(|(_, c)| c).collect(),
        "x" => text.chars().skip(1).collect(),
        _ => text.to_owned(),
    }
}

/// Persons in one segment. `gaz` are the gazetteer candidates of the same folded text.
pub(crate) fn find(lex: &Lexicon, original: &str, norm: &Normalized, gaz: &[Candidate]) -> Vec<Found> {
    let folded = norm.text.as_str();
    let toks = tokenize(folded);
    // Bytes covered by a gazetteer match, so each token checks its own bytes (linear, not tokens × matches).
    let mut covered = vec![false; folded.len()];
    for c in gaz {
        for b in covered.get_mut(c.start..c.end).into_iter().flatten() {
            *b = true;
        }
    }
    let gaz_flags = toks.iter().map(|t| covered.get(t.start..t.end).is_some_and(|r| r.contains(&true))).collect();
    let hamza = toks
        .iter()
        .map(|t| {
            let at = norm.original_offset(t.start);
            original.get(at..).and_then(|r| r.chars().next()).is_some_and(|c| matches!(c, 'أ' | 'إ' | 'آ'))
        })
        .collect();
    let ali = toks
        .iter()
        .map(|t| {
            folded.get(t.start..t.end) == Some("علي")
                && original.get(..norm.original_offset(t.end)).and_then(|r| {
                    r.trim_end_matches(|c: char| c.is_whitespace() || ('\u{064B}'..='\u{065F}').contains(&c))
                        .chars()
                        .next_back()
                }) == Some('ي')
        })
        .collect();
    let scan = Scan { lex, folded, toks, gaz: gaz_flags, hamza, ali };
    let mut out: Vec<Found> = Vec::new();
    let mut i = 0;
    while i < scan.toks.len() {
        let mut next = i + 1;
        if let Some((len, prefix)) = scan.head_at(i) {
            // role_before_name
            let mut j = scan.role_after_head(i, len, 12);
            let k = if scan.is_punct(j, ',') { j + 1 } else { j };
            // An opening quote before the name is not part of the title (a closing one is:
            // `الناطق باسم قوات "قسد"`).
            let quotes = (i..j).filter(|&t| scan.is_punct(t, '"')).count();
            if quotes % 2 == 1 && j > i + len && scan.is_punct(j - 1, '"') {
                j -= 1;
            }
            // The role runs over article words, so a name opening with one (`وزير الداخلية
            // الهادي المجدوب`) sits at its tail: split it off there.
            let role_end = j;
            // An indefinite title (`وزير`, `مدير`) takes its complement first (`وزير الداخلية`).
            let first_name_at = i + len + usize::from(!prefix.ends_with("ال") && prefix != "لل");
            // Rule `role_seat_before_name` first: the town a post sits in, then (after an optional
            // comma) a name of two words or more; else the words after the role as before.
            let seated = scan.seat_before_name(k).filter(|_| j - i > len || prefix.ends_with("ال")).and_then(|at| {
                let from = if scan.is_punct(at, ',') { at + 1 } else { at };
                // The holder's name is Arabic words, not a dative outlet (`لـDW عربية`).
                scan.name_run(from)
                    .filter(|&(a, b)| {
                        b - a >= 2
                            && scan.ends_name(b)
                            && !scan.text(a).starts_with('ل')
                            && (a..b).all(|t| scan.text(t).chars().all(|c| ('\u{0600}'..='\u{06FF}').contains(&c)))
                    })
                    .map(|run| (at, run))
            });
            if let Some((at, _)) = seated {
                j = at;
            }
            let found = seated.map(|(_, run)| run).or_else(|| scan.name_run(k)).or_else(|| {
                (first_name_at..role_end)
                    .find_map(|t| scan.article_first_name(t).filter(|&(_, b)| b == role_end && scan.ends_name(b)))
            });
            if let Some((a, _)) = found
                && a < role_end
            {
                j = a;
            }
            if let Some((a, b)) = found {
                // A one-word name needs a definite title or a title with a complement
                // (`الرئيس أوباما`, `رئيس الوزراء نتنياهو`), never a bare `رئيس`.
                let titled = j - i > len || prefix.ends_with("ال") || prefix == "لل";
                // `، موضحا أن`: an accusative participle after the title is the sentence going on.
                let single_ok = b - a > 1
                    || (titled
                        && scan.text(a).chars().count() >= 3
                        && scan.ends_name(b)
                        && !later_word_ends_name(scan.text(a)));
                // `المستشار محمد شوقي بإحالة 14 متهما`: the order's verbal noun may follow a name
                // of two words or more (a one-word "name" before it is a verb: `الوزير يوجه بمراجعة`).
                let ends = scan.ends_name(b) || (b - a > 1 && b < scan.toks.len() && is_clitic_masdar(scan.text(b)));
                if single_ok && ends {
                    let role = Some(match scan.position_before_rank(i) {
                        Some(from) => (scan.span(from, i - 1), ""),
                        None => (scan.span(i, j), role_prefix(prefix)),
                    });
                    out.push(scan.found(a, b, role));
                    next = b;
                }
            }
        } else if scan.is_punct(i, ',')
            && i >= 2
            && out.last().is_none_or(|f| f.name.end < scan.toks[i].start)
            && let Some((a, b)) = scan
                .head_at(i + 1)
                .is_some_and(|(_, prefix)| prefix.ends_with("ال"))
                .then(|| scan.name_run(i - 2).filter(|&(_, b)| b == i))
                .flatten()
                .or_else(|| scan.family_first_after_verb(i))
            && (a..b).all(|t| !scan.gaz[t] && !scan.common(scan.text(t)))
        {
            // Rule `name_before_role`: `لا تخفي روجين حسين، الرئيسة المشتركة لإدارة المخيم` — two
            // name words set before a comma and a definite title hold that title. (Only two: the
            // word before them is as often the sentence's verb as a first name.)
            let role = scan.role_after(b);
            out.push(scan.found(a, b, role));
            // The title is this person's: no name after it is looked for.
            if let Some((len, _)) = scan.head_at(i + 1) {
                next = scan.role_after_head(i + 1, len, 12).max(i + 1);
            }
        } else if let Some(trigger) = scan.lex.trigger(scan.text(i)).filter(|t| *t != Trigger::Stop) {
            let k = match trigger {
                Trigger::Via => (i + 1..(i + 6).min(scan.toks.len())).find(|&j| scan.text(j) == "عن").map(|j| j + 1),
                _ => Some(i + 1),
            };
            if let Some((a, b)) = k.and_then(|k| scan.name_run(k))
                && b - a >= 2
                && scan.ends_name(b)
            {
                let role = scan.role_after(b);
                out.push(scan.found(a, b, role));
                next = b;
            }
        }
        i = next;
    }
    out
}

/// Rule `short_mention_linking`: later mentions by a tail of a full name (`باييف`, `نزار باييف`),
/// for each person given as its folded tokens. A tail two persons share links to neither.
pub(crate) struct Linker {
    matcher: super::linker::Longest,
    owners: Vec<usize>,
}

impl Linker {
    pub(crate) fn new(persons: &[Vec<String>], lex: &Lexicon) -> Option<Self> {
        let mut variants: HashMap<String, Option<usize>> = HashMap::default();
        for (pi, toks) in persons.iter().enumerate() {
            for from in 0..toks.len() {
                let last = toks[from..].last().map_or("", String::as_str);
                if toks.len() - from == 1 && (last.chars().count() < 3 || lex.not_names.contains(last)) {
                    continue;
                }
                variants
                    .entry(toks[from..].join(" "))
                    .and_modify(|owner| {
                        if *owner != Some(pi) {
                            *owner = None;
                        }
                    })
                    .or_insert(Some(pi));
            }
        }
        let (pats, owners): (Vec<String>, Vec<usize>) =
            variants.into_iter().filter_map(|(p, o)| o.map(|o| (p, o))).unzip();
        if pats.is_empty() {
            return None;
        }
        // A few patterns per document: matched without building an automaton.
        Some(Self { matcher: super::linker::Longest::new(pats), owners })
    }

    /// (person index, folded span) of every linked mention in `folded`.
    pub(crate) fn find(&self, folded: &str) -> Vec<(usize, Span)> {
        let mut out = Vec::new();
        for (pattern, s, e) in self.matcher.find_iter(folded) {
            if folded[e..].chars().next().is_some_and(is_word_char) {
                continue;
            }
            let prefix = &folded[super::matcher::word_start(folded, s)..s];
            if ["", "و", "ف", "ب", "ل", "ك", "وب", "ول"].contains(&prefix) {
                out.push((self.owners[pattern], Span::new(s, e)));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The precomputed trigger forms answer as the clitic split did.
    #[test]
    fn trigger_forms_match_clitic_split() {
        let lex = Lexicon::load();
        let by_split = |w: &str| {
            lex.triggers.get(w).copied().or_else(|| {
                ["و", "ف"].iter().find_map(|c| w.strip_prefix(c).and_then(|r| lex.triggers.get(r).copied()))
            })
        };
        for w in lex.triggers.keys() {
            for f in [w.clone(), format!("و{w}"), format!("ف{w}"), format!("وف{w}"), format!("ب{w}"), format!("{w}ه")]
            {
                assert_eq!(lex.trigger(&f), by_split(&f), "{f}");
            }
        }
    }

    /// `split_article`'s first-char shortcut covers every prefix.
    #[test]
    fn article_prefixes_open_with_the_shortcut_letters() {
        assert!(ARTICLE_PREFIXES.iter().all(|p| p.starts_with(['ا', 'و', 'ف', 'ب', 'ك', 'ل'])));
        assert_eq!(split_article("والرئيس"), Some(("وال", "رئيس")));
        assert_eq!(split_article("الي"), None);
    }

    #[test]
    fn article_prefix_split() {
        assert_eq!(split_article("للناطق"), Some(("لل", "ناطق")));
        assert_eq!(split_article("الرئيس"), Some(("ال", "رئيس")));
        assert_eq!(split_article("توماس"), None);
    }

    #[test]
    fn role_prefix() {
        assert_eq!(role_text("للناطق باسم قوات", super::role_prefix("لل")), "الناطق باسم قوات");
        assert_eq!(role_text("والرئيس السوري", super::role_prefix("وال")), "الرئيس السوري");
        assert_eq!(role_text("منسق الاستخبارات،", super::role_prefix("")), "منسق الاستخبارات");
    }
}
