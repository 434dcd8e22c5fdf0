//! Dates and times: both month systems, Hijri, weekdays, clock times, periods, and relative
//! expressions resolved against the publication date.
//!
//! [`extract`] folds the text, splits it into the number recognizer's tokens, reads every
//! date expression ([`parse::scan`]), then resolves each to a Gregorian ISO value with a
//! [`Grain`]:
//!
//! - a full date is checked against the calendar (`31 شباط` is rejected);
//! - a Hijri date is converted with ICU4X's Umm al-Qura calendar ([`calendar`]); a Hijri year
//!   or month becomes a [`DateKind::Range`] of Gregorian days;
//! - a day-month without a year takes the year that puts it closest to the publication date;
//!   without one, closest to the first full date of the same text (or the `hint` the caller
//!   found elsewhere in the document, see [`document_hint`]);
//! - a weekday beside a yearless day-month fixes the year: the matching year closest to the
//!   publication date, or with no date at all, closest to `reference_year_without_anchor`
//!   in `data/dates/config.toml` (2020: `الجمعة 18 أكتوبر` → 2019-10-18, not 2024 or 2013);
//! - a yearless date with nothing to anchor it is skipped, never guessed.
//!
//! Relative expressions (`أمس`, `الجمعة الماضي`, `شباط الماضي`, `قبل ثلاثة أيام`, `خلال
//! السنوات الخمس الماضية`) need the publication date and are skipped without one.

pub(crate) mod calendar;
pub(crate) mod lexicon;
mod parse;

use crate::model::{Calendar, DateKind, DateMention, Grain, Span};
use crate::normalize::Normalized;
use crate::numbers::tokens::{Token, tokenize};
use calendar::{closest_year, hijri_to_gregorian, hijri_year_of, infer_year, ymd};
use jiff::civil::Date;
use parse::{Raw, Spec, Value, hijri_span, iso_day, scan};

/// Every date mention in `text`, spans relative to `text`; relative expressions are
/// resolved against `anchor` (the publication date) when given.
#[must_use]
pub fn extract(text: &str, anchor: Option<jiff::civil::DateTime>) -> Vec<DateMention> {
    extract_hinted(text, anchor, None)
}

/// As [`extract`], with a `hint`: a date found elsewhere in the same document (see
/// [`document_hint`]) that yearless dates resolve towards when there is no `anchor`.
/// It never resolves relative words (`أمس` needs the publication date itself).
#[must_use]
pub fn extract_hinted(text: &str, anchor: Option<jiff::civil::DateTime>, hint: Option<Date>) -> Vec<DateMention> {
    let n = Normalized::new(text);
    let toks = tokenize(&n.text);
    scan_folded(&toks, anchor).mentions(text, &n, hint)
}

/// The first full date (day, month and a written or weekday-fixed year) of `text`, for
/// [`extract_hinted`] on the other paragraphs of a document that has no publication date.
#[must_use]
pub fn document_hint(text: &str) -> Option<Date> {
    let n = Normalized::new(text);
    let toks = tokenize(&n.text);
    scan_folded(&toks, None).hint()
}

/// A text's date candidates, scanned once: with no anchor, the same scan gives both the
/// document hint and the mentions (the pipeline used to fold and scan every paragraph twice).
pub(crate) struct Scanned {
    raws: Vec<Raw>,
    anchor: Option<Date>,
}

/// Scans tokens of a folded text (`tokenize(&Normalized::new(text).text)`).
pub(crate) fn scan_folded(toks: &[Token<'_>], anchor: Option<jiff::civil::DateTime>) -> Scanned {
    let anchor = anchor.map(jiff::civil::DateTime::date);
    Scanned { raws: scan(toks, anchor), anchor }
}

impl Scanned {
    /// [`document_hint`] of the scanned text; meaningful for a scan without anchor.
    pub(crate) fn hint(&self) -> Option<Date> {
        self.raws.iter().find_map(|r| match &r.value {
            Value::Spec { from, to: None } if from.day.is_some() && r.kind == DateKind::Point => {
                resolve(from, None, None).and_then(|r| r.date)
            }
            _ => None,
        })
    }

    /// [`extract_hinted`] of the scanned text; `n` is its fold.
    pub(crate) fn mentions(&self, text: &str, n: &Normalized, hint: Option<Date>) -> Vec<DateMention> {
        let (raws, anchor) = (&self.raws, self.anchor);
        // The text's own first full date stands in for a missing anchor (`الجمعة 18 أكتوبر …
        // في 9 أكتوبر`): resolve the dates that carry their year first.
        let own = raws.iter().find_map(|r| match &r.value {
            Value::Spec { from, .. } if from.day.is_some() && (from.year.is_some() || from.weekday.is_some()) => {
                resolve(from, anchor.or(hint), anchor.or(hint)).and_then(|r| r.date)
            }
            _ => None,
        });
        let reference = anchor.or(hint).or(own);
        raws.iter().filter_map(|r| mention(text, n, r, anchor.or(hint), reference)).collect()
    }
}

/// A resolved spec.
struct Resolved {
    value: String,
    end: Option<String>,
    grain: Grain,
    range: bool,
    date: Option<Date>,
    inferred_year: bool,
}

fn with_time(d: Date, time: Option<(u8, u8)>) -> (String, Grain) {
    match time {
        Some((h, m)) => (format!("{}T{h:02}:{m:02}", iso_day(d)), Grain::Minute),
        None => (iso_day(d), Grain::Day),
    }
}

/// Resolves a written date. `weekday_ref` anchors weekday inference, `reference` a missing year.
fn resolve(s: &Spec, weekday_ref: Option<Date>, reference: Option<Date>) -> Option<Resolved> {
    let lx = lexicon::lexicon();
    let day = |d: Date, inferred: bool| {
        let (value, grain) = with_time(d, s.time);
        Resolved { value, end: None, grain, range: false, date: Some(d), inferred_year: inferred }
    };
    if s.hijri {
        return match (s.year, s.month, s.day) {
            (Some(y), Some(m), Some(d)) => Some(day(hijri_to_gregorian(y, m, d)?, false)),
            (Some(y), m, None) => {
                let (a, b) = hijri_span(y, m)?;
                Some(Resolved {
                    value: iso_day(a),
                    end: Some(iso_day(b)),
                    grain: Grain::Day,
                    range: true,
                    date: None,
                    inferred_year: false,
                })
            }
            (None, Some(m), Some(d)) => {
                let r = reference?;
                let hy = hijri_year_of(r)?;
                let best = (hy - 1..=hy + 1)
                    .filter_map(|y| hijri_to_gregorian(y, m, d))
                    .min_by_key(|g| calendar::days_between(*g, r).abs())?;
                Some(day(best, true))
            }
            _ => None,
        };
    }
    match (s.year, s.month, s.day) {
        (Some(y), Some(m), Some(d)) => Some(day(ymd(y, m, d)?, false)),
        (Some(y), Some(m), None) => (1..=12).contains(&m).then(|| Resolved {
            value: format!("{y:04}-{m:02}"),
            end: None,
            grain: Grain::Month,
            range: false,
            date: None,
            inferred_year: false,
        }),
        (Some(y), None, None) => Some(Resolved {
            value: format!("{y:04}"),
            end: None,
            grain: Grain::Year,
            range: false,
            date: None,
            inferred_year: false,
        }),
        (None, Some(m), Some(d)) => {
            // reject what no year has (`31 شباط`, `30 فبراير`); 29 February needs a leap year
            ymd(2000, m, d)?;
            let found = match s.weekday {
                Some(wd) => {
                    let r = weekday_ref.or_else(|| ymd(i32::from(lx.reference_year), 7, 1))?;
                    infer_year(m, d, wd, r, lx.weekday_search_years)?
                }
                None => closest_year(m, d, reference?)?,
            };
            Some(day(found, true))
        }
        _ => None,
    }
}

fn mention(
    text: &str,
    n: &Normalized,
    r: &Raw,
    weekday_ref: Option<Date>,
    reference: Option<Date>,
) -> Option<DateMention> {
    let span = n.original_span(Span::new(r.start, r.end));
    let (value, end, grain, kind, calendar, relative) = match &r.value {
        Value::Fixed(f) => (f.value.clone(), f.end.clone(), f.grain, f.kind, Calendar::Gregorian, true),
        Value::Spec { from, to } => {
            let a = resolve(from, weekday_ref, reference)?;
            let cal = if from.hijri { Calendar::Hijri } else { Calendar::Gregorian };
            match to {
                Some(to) => {
                    let b = resolve(to, weekday_ref, reference)?;
                    let end = b.end.unwrap_or(b.value);
                    if end < a.value {
                        return None;
                    }
                    (a.value, Some(end), a.grain, DateKind::Range, cal, a.inferred_year)
                }
                None if a.range && r.kind == DateKind::Point => (a.value, a.end, a.grain, DateKind::Range, cal, false),
                None => (
                    a.value,
                    a.end.filter(|_| r.kind != DateKind::Since),
                    a.grain,
                    r.kind,
                    cal,
                    a.inferred_year && weekday_ref.is_some() && from.weekday.is_none(),
                ),
            }
        }
    };
    Some(DateMention { text: span.slice(text).to_owned(), span, value, end, grain, calendar, kind, relative })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn anchor(s: &str) -> Option<jiff::civil::DateTime> {
        Some(s.parse::<Date>().unwrap().to_datetime(jiff::civil::Time::midnight()))
    }

    fn values(text: &str, a: Option<&str>) -> Vec<(String, Grain)> {
        extract(text, a.and_then(anchor)).into_iter().map(|d| (d.value, d.grain)).collect()
    }

    #[test]
    fn levantine_day_month_year() {
        assert_eq!(values("27 آب 2018", None), vec![("2018-08-27".to_owned(), Grain::Day)]);
    }

    #[test]
    fn time_and_date_are_one_minute_mention() {
        let d = extract("11:39 ص الأربعاء 08 يونيو 2016", None);
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!((d[0].value.as_str(), d[0].grain), ("2016-06-08T11:39", Grain::Minute));
        assert_eq!(d[0].text, "11:39 ص الأربعاء 08 يونيو 2016");
    }

    #[test]
    fn relative_last_friday() {
        let d = extract("وحذر مجلس الأمن الدولي الجمعة الماضي من", anchor("2018-08-27"));
        assert_eq!(d.len(), 1);
        assert_eq!((d[0].value.as_str(), d[0].relative, d[0].text.as_str()), ("2018-08-24", true, "الجمعة الماضي"));
    }

    #[test]
    fn since_year() {
        let d = extract("منذ عام 2012", None);
        assert_eq!((d[0].value.as_str(), d[0].kind, d[0].grain), ("2012", DateKind::Since, Grain::Year));
    }

    #[test]
    fn weekday_fixes_year_without_anchor() {
        assert_eq!(values("الجمعة 18 أكتوبر (تشرين الأول) حول", None), vec![("2019-10-18".to_owned(), Grain::Day)]);
    }

    #[test]
    fn invalid_date_rejected() {
        assert!(values("31 شباط 2018", None).is_empty());
    }
}
