//! The date lexicons (`data/dates/*`), parsed once and keyed by folded text. The month and
//! time-unit tables are shared with [`crate::numbers`] (one source for both recognizers).

use crate::normalize::normalize;
use crate::numbers::lexicon::{Phrase, WordMap, lexicon as number_lexicon, phrase, rows};
use crate::numbers::tokens::{Tk, Token, strip};
use std::sync::OnceLock;

/// The month-name system a month was written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum System {
    Gregorian,
    Levantine,
    Maghreb,
    Hijri,
}

/// A time unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
    Decade,
}

impl Unit {
    /// The id written in `NumberMention::unit`.
    pub fn id(self) -> &'static str {
        match self {
            Self::Second => "second",
            Self::Minute => "minute",
            Self::Hour => "hour",
            Self::Day => "day",
            Self::Week => "week",
            Self::Month => "month",
            Self::Year => "year",
            Self::Decade => "decade",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "second" => Self::Second,
            "minute" => Self::Minute,
            "hour" => Self::Hour,
            "day" => Self::Day,
            "week" => Self::Week,
            "month" => Self::Month,
            "year" => Self::Year,
            "decade" => Self::Decade,
            _ => return None,
        })
    }
}

/// What a relative word does (`data/dates/relative.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Rel {
    Day(i8),
    Direction(i8),
    Period(Unit),
    Ago,
    During,
    Am,
    Pm,
    Noon,
    Night,
}

#[derive(Debug, Default)]
pub(crate) struct DateLexicon {
    /// By first word; longest phrase first.
    months: WordMap<Vec<(Phrase, u8, System)>>,
    weekdays: WordMap<u8>,
    /// `months` by every clitic form of a first word: the lists of each clitic split, in
    /// [`CLITICS`] order (one lookup for `month_at` instead of nine).
    month_forms: WordMap<Vec<(Phrase, u8, System)>>,
    /// [`DateLexicon::weekday`] of every clitic form, the first clitic winning.
    weekday_forms: WordMap<u8>,
    units: WordMap<(Unit, u8)>,
    /// [`DateLexicon::unit`] of every word that has one: each clitic before each unit word,
    /// the first clitic in [`CLITICS`] order winning as in the lookup it replaces (one lookup
    /// instead of up to nine for every word of the text).
    unit_forms: WordMap<(Unit, u8)>,
    rel: WordMap<Rel>,
    /// Words (clitics and `ال` split off) that can open a date expression.
    triggers: WordMap<()>,
    /// Every word [`DateLexicon::may_start`] accepts by trigger: each clitic, optionally `ال`,
    /// then a trigger; and every number word form — one lookup instead of up to eighteen per token.
    starts: WordMap<()>,
    pub reference_year: i16,
    pub weekday_search_years: i16,
}

/// Words that open a date expression besides months, weekdays, units and relative words:
/// prepositions and nouns of the patterns in `parse.rs` (ordinal days are number words).
const TRIGGERS: [&str; 18] = [
    "منذ",
    "بين",
    "من",
    "في",
    "خلال",
    "هذا",
    "هذه",
    "عام",
    "سنة",
    "لعام",
    "لسنة",
    "يوم",
    "شهر",
    "الساعة",
    "بالساعة",
    "أول",
    "الموافق",
    "عند",
];

/// Clitics that may sit on a month or weekday (`وشباط`, `بالجمعة` is not one: weekdays carry ال).
const CLITICS: [&str; 9] = ["", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"];

impl DateLexicon {
    fn load() -> Self {
        let mut lx = Self { reference_year: 2020, weekday_search_years: 14, ..Self::default() };
        for r in rows(include_str!("../../data/dates/months.tsv")) {
            let (Some(f), Some(m), Some(s)) = (r.first(), r.get(1).and_then(|m| m.parse().ok()), r.get(2)) else {
                continue;
            };
            let sys = match *s {
                "levantine" => System::Levantine,
                "maghreb" => System::Maghreb,
                "hijri" => System::Hijri,
                _ => System::Gregorian,
            };
            let p = phrase(f);
            let Some(first) = p.first().cloned() else { continue };
            lx.months.entry(first).or_default().push((p, m, sys));
        }
        for list in lx.months.values_mut() {
            list.sort_by_key(|(p, _, _)| std::cmp::Reverse(p.len()));
        }
        for r in rows(include_str!("../../data/dates/weekdays.tsv")) {
            if let (Some(f), Some(d)) = (r.first(), r.get(1).and_then(|d| d.parse().ok())) {
                lx.weekdays.insert(normalize(f), d);
            }
        }
        for r in rows(include_str!("../../data/dates/time_units.tsv")) {
            if let (Some(f), Some(u), Some(c)) =
                (r.first(), r.get(1).and_then(|u| Unit::parse(u)), r.get(2).and_then(|c| c.parse().ok()))
            {
                lx.units.insert(normalize(f), (u, c));
            }
        }
        for r in rows(include_str!("../../data/dates/relative.tsv")) {
            let (Some(f), Some(role), Some(off)) = (r.first(), r.get(1), r.get(2)) else { continue };
            let n: i8 = off.parse().unwrap_or(0);
            let rel = match *role {
                "day" => Rel::Day(n),
                "direction" => Rel::Direction(n),
                "period" => match Unit::parse(off) {
                    Some(u) => Rel::Period(u),
                    None => continue,
                },
                "ago" => Rel::Ago,
                "during" => Rel::During,
                "daypart_am" => Rel::Am,
                "daypart_pm" => Rel::Pm,
                "daypart_noon" => Rel::Noon,
                "daypart_night" => Rel::Night,
                _ => continue,
            };
            lx.rel.insert(normalize(f), rel);
        }
        let keys: Vec<String> = lx
            .months
            .keys()
            .chain(lx.weekdays.keys())
            .chain(lx.rel.keys())
            .chain(lx.units.keys())
            .cloned()
            .chain(TRIGGERS.iter().map(|w| normalize(w)))
            .collect();
        for k in keys {
            let bare = k.strip_prefix("ال").filter(|r| r.chars().nth(1).is_some()).map(str::to_owned);
            lx.triggers.insert(k, ());
            if let Some(b) = bare {
                lx.triggers.insert(b, ());
            }
        }
        if let Ok(cfg) = include_str!("../../data/dates/config.toml").parse::<toml::Table>() {
            let get = |k: &str| cfg.get(k).and_then(toml::Value::as_integer).and_then(|v| i16::try_from(v).ok());
            if let Some(y) = get("reference_year_without_anchor") {
                lx.reference_year = y;
            }
            if let Some(y) = get("weekday_search_years") {
                lx.weekday_search_years = y;
            }
        }
        for c in CLITICS {
            for (u, v) in &lx.units {
                lx.unit_forms.entry(format!("{c}{u}")).or_insert(*v);
            }
            for (w, v) in &lx.weekdays {
                lx.weekday_forms.entry(format!("{c}{w}")).or_insert(*v);
            }
            for (w, list) in &lx.months {
                lx.month_forms.entry(format!("{c}{w}")).or_default().extend(list.iter().cloned());
            }
        }
        for t in lx.triggers.keys() {
            for c in CLITICS {
                lx.starts.insert(format!("{c}{t}"), ());
                lx.starts.insert(format!("{c}ال{t}"), ());
            }
        }
        // Number words open dates too (`ثلاثة أيام`): in the same set, one lookup a word.
        for w in number_lexicon().number_forms() {
            lx.starts.insert(w.to_owned(), ());
        }
        lx
    }

    /// A month name starting at token `i` (one or two tokens, the first may carry a clitic):
    /// (month 1–12, system, index after it).
    pub fn month_at(&self, toks: &[Token<'_>], i: usize) -> Option<(u8, System, usize)> {
        let t = toks.get(i)?;
        if t.kind != Tk::Word {
            return None;
        }
        let candidates = self.month_forms.get(t.text).into_iter().flatten();
        for (p, m, s) in candidates {
            let rest_ok = p.iter().skip(1).enumerate().all(|(k, w)| toks.get(i + 1 + k).is_some_and(|x| x.text == w));
            if rest_ok {
                return Some((*m, *s, i + p.len()));
            }
        }
        None
    }

    /// True when `w` is the (first) word of a month name.
    pub fn month_at_word(&self, w: &str) -> bool {
        self.months.contains_key(w)
    }

    /// Can the token at `k` open a date expression? Digits, or a word that (clitics and `ال`
    /// split off) is a trigger or a number word. A cheap test run before the patterns.
    pub fn may_start(&self, t: &Token<'_>) -> bool {
        match t.kind {
            Tk::Num => true,
            Tk::Punct => false,
            Tk::Word => self.starts.contains_key(t.text),
        }
    }

    /// A weekday (0 = Sunday) at a word, clitics split off.
    pub fn weekday(&self, w: &str) -> Option<u8> {
        self.weekday_forms.get(w).copied()
    }

    /// A time unit at a word (`أيام`, `يومين`), clitics split off: (unit, implied count).
    pub fn unit(&self, w: &str) -> Option<(Unit, u8)> {
        self.unit_forms.get(w).copied()
    }

    /// The words [`DateLexicon::unit`] answers.
    pub fn unit_forms(&self) -> impl Iterator<Item = &str> {
        self.unit_forms.keys().map(String::as_str)
    }

    /// Bytes of the clitic split off a time-unit word.
    pub fn unit_clitic(&self, w: &str) -> Option<usize> {
        CLITICS.iter().find(|c| strip(w, c).is_some_and(|r| self.units.contains_key(r))).map(|c| c.len())
    }

    /// The role of a relative word (`أمس`, `الماضي`, `صباحا`), clitics split off.
    pub fn rel(&self, w: &str) -> Option<Rel> {
        CLITICS.iter().find_map(|c| strip(w, c).and_then(|r| self.rel.get(r).copied()))
    }
}

/// The one date lexicon, built on first use.
pub(crate) fn lexicon() -> &'static DateLexicon {
    static LX: OnceLock<DateLexicon> = OnceLock::new();
    LX.get_or_init(DateLexicon::load)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `weekday` and `month_at`'s candidates by the precomputed maps agree with trying the
    /// clitics in order.
    #[test]
    fn weekday_and_month_forms_match_clitic_split() {
        let lx = lexicon();
        let words: Vec<String> = lx.weekdays.keys().chain(lx.months.keys()).cloned().collect();
        for w in &words {
            for c in CLITICS.iter().chain(&["ال", "وال"]) {
                let f = format!("{c}{w}");
                for f in [f.clone(), format!("{f}ا"), f.chars().skip(1).collect()] {
                    let wd = CLITICS.iter().find_map(|c| strip(&f, c).and_then(|r| lx.weekdays.get(r).copied()));
                    assert_eq!(lx.weekday(&f), wd, "{f}");
                    let months: Vec<_> =
                        CLITICS.iter().filter_map(|c| lx.months.get(strip(&f, c)?)).flatten().collect();
                    assert_eq!(lx.month_forms.get(&f).into_iter().flatten().collect::<Vec<_>>(), months, "{f}");
                }
            }
        }
    }

    /// `unit` by the precomputed map agrees with trying the clitics in order, on every unit
    /// word in every clitic form and on near misses.
    #[test]
    fn unit_forms_match_clitic_split() {
        let lx = lexicon();
        let by_split = |w: &str| CLITICS.iter().find_map(|c| strip(w, c).and_then(|r| lx.units.get(r).copied()));
        for u in lx.units.keys() {
            for c in CLITICS.iter().chain(&["ال", "وال", "بال"]) {
                let f = format!("{c}{u}");
                for w in [f.clone(), format!("{f}ا"), f.chars().skip(1).collect()] {
                    assert_eq!(lx.unit(&w), by_split(&w), "{w}");
                }
            }
        }
    }

    /// `may_start` by the precomputed set agrees with splitting clitics and `ال` off and looking
    /// the rest up, on every trigger in every clitic form and on near misses.
    #[test]
    fn may_start_set_matches_clitic_split() {
        let lx = lexicon();
        let by_split = |w: &str| {
            CLITICS.iter().any(|c| {
                strip(w, c).is_some_and(|r| {
                    lx.triggers.contains_key(r) || strip(r, "ال").is_some_and(|b| lx.triggers.contains_key(b))
                })
            })
        };
        let mut words: Vec<String> = Vec::new();
        for t in lx.triggers.keys() {
            for c in CLITICS.iter().chain(&["ك", "وال", "ال", "لل", "x"]) {
                words.push(format!("{c}{t}"));
                words.push(format!("{c}ال{t}"));
                words.push(format!("{c}{t}ه"));
            }
        }
        for w in words {
            let tok = Token { kind: Tk::Word, start: 0, end: w.len(), text: &w, glued: false };
            let by_number = number_lexicon().is_number_word(&w);
            assert_eq!(lx.may_start(&tok), by_split(&w) || by_number, "{w}");
        }
    }
    use crate::numbers::tokens::tokenize;

    #[test]
    fn every_date_file_parses() {
        let lx = lexicon();
        assert!(lx.months.values().map(Vec::len).sum::<usize>() > 60);
        assert_eq!(lx.weekdays.len(), 7);
        assert!(lx.units.len() > 30 && lx.rel.len() > 50);
        assert_eq!(lx.reference_year, 2020);
    }

    #[test]
    fn two_word_months_match() {
        let n = normalize("تشرين الأول وكانون الثاني");
        let t = tokenize(&n);
        assert_eq!(lexicon().month_at(&t, 0).map(|m| (m.0, m.2)), Some((10, 2)));
        assert_eq!(lexicon().month_at(&t, 2).map(|m| (m.0, m.2)), Some((1, 4)));
    }

    #[test]
    fn no_duplicate_normalized_month_with_two_numbers() {
        let mut seen: std::collections::HashMap<String, &str> = std::collections::HashMap::new();
        for r in rows(include_str!("../../data/dates/months.tsv")) {
            let key = format!("{}/{}", normalize(r[0]), r[2]);
            if let Some(prev) = seen.insert(key.clone(), r[1]) {
                assert_eq!(prev, r[1], "{key}");
            }
        }
    }
}
