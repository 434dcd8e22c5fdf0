//! Calendar arithmetic: validation, weekday year inference, relative offsets (jiff), and the
//! Hijri calendar (ICU4X `icu_calendar`, Umm al-Qura rules — what Saudi and Gulf outlets and
//! dateparser use).

use icu_calendar::Date as IcuDate;
use icu_calendar::cal::Hijri;
use jiff::civil::Date;

/// A Gregorian date, or `None` when it does not exist (`31 شباط`).
pub(crate) fn ymd(y: i32, m: u8, d: u8) -> Option<Date> {
    Date::new(i16::try_from(y).ok()?, i8::try_from(m).ok()?, i8::try_from(d).ok()?).ok()
}

/// Sunday = 0 … Saturday = 6, as in `data/dates/weekdays.tsv`.
pub(crate) fn weekday_number(d: Date) -> u8 {
    u8::try_from(d.weekday().to_sunday_zero_offset()).unwrap_or(0)
}

/// Rule `weekday_fixes_year`: the year in which `month`/`day` falls on `weekday`, closest to
/// `reference` (within `search` years either side).
pub(crate) fn infer_year(month: u8, day: u8, weekday: u8, reference: Date, search: i16) -> Option<Date> {
    let y0 = i32::from(reference.year());
    (y0 - i32::from(search)..=y0 + i32::from(search))
        .filter_map(|y| ymd(y, month, day))
        .filter(|d| weekday_number(*d) == weekday)
        .min_by_key(|d| days_between(*d, reference).abs())
}

/// Rule `closest_year`: a day-month without a year, in the year that puts it closest to
/// `reference` (`9 أكتوبر` in an article of 2019-10-20 → 2019-10-09; `28 ديسمبر` in one of
/// 2019-01-05 → 2018-12-28).
pub(crate) fn closest_year(month: u8, day: u8, reference: Date) -> Option<Date> {
    let y0 = i32::from(reference.year());
    (y0 - 1..=y0 + 1).filter_map(|y| ymd(y, month, day)).min_by_key(|d| days_between(*d, reference).abs())
}

pub(crate) fn days_between(a: Date, b: Date) -> i64 {
    a.since(b).map_or(i64::MAX / 4, |s| i64::from(s.get_days()))
}

/// `d` moved by `n` days (saturating at the calendar's ends).
pub(crate) fn add_days(d: Date, n: i64) -> Date {
    d.checked_add(jiff::Span::new().days(n)).unwrap_or(d)
}

/// (year, month) moved by `n` months.
pub(crate) fn add_months(y: i32, m: u8, n: i32) -> (i32, u8) {
    let idx = y * 12 + i32::from(m) - 1 + n;
    (idx.div_euclid(12), u8::try_from(idx.rem_euclid(12) + 1).unwrap_or(1))
}

/// The most recent `weekday` strictly before `anchor` (`الجمعة الماضي`), or on/before it
/// when `inclusive` (a bare `الأحد` in a report means the last Sunday, maybe today).
pub(crate) fn previous_weekday(anchor: Date, weekday: u8, inclusive: bool) -> Date {
    let back = (i64::from(weekday_number(anchor)) - i64::from(weekday)).rem_euclid(7);
    let back = if back == 0 && !inclusive { 7 } else { back };
    add_days(anchor, -back)
}

/// The next `weekday` strictly after `anchor` (`الجمعة المقبلة`).
pub(crate) fn next_weekday(anchor: Date, weekday: u8) -> Date {
    let fwd = (i64::from(weekday) - i64::from(weekday_number(anchor))).rem_euclid(7);
    add_days(anchor, if fwd == 0 { 7 } else { fwd })
}

/// Monday of `d`'s ISO week.
pub(crate) fn week_start(d: Date) -> Date {
    add_days(d, -i64::from(d.weekday().to_monday_zero_offset()))
}

/// A Hijri (Umm al-Qura) date as Gregorian, or `None` when it does not exist.
pub(crate) fn hijri_to_gregorian(y: i32, m: u8, d: u8) -> Option<Date> {
    if !(1..=12).contains(&m) || !(1..=30).contains(&d) {
        return None;
    }
    let h = IcuDate::try_new_hijri_with_calendar(y, m, d, Hijri::new_umm_al_qura()).ok()?;
    // ICU clamps nothing here, but a 30th of a 29-day month must be rejected: round-trip it.
    if h.day_of_month().0 != d || h.month().ordinal != m {
        return None;
    }
    let iso = h.to_calendar(icu_calendar::Iso);
    ymd(iso.year().extended_year(), iso.month().ordinal, iso.day_of_month().0)
}

/// The last day of a Hijri month (29 or 30), as Gregorian.
pub(crate) fn hijri_month_end(y: i32, m: u8) -> Option<Date> {
    hijri_to_gregorian(y, m, 30).or_else(|| hijri_to_gregorian(y, m, 29))
}

/// The Hijri year `d` falls in.
pub(crate) fn hijri_year_of(d: Date) -> Option<i32> {
    let iso =
        IcuDate::try_new_iso(i32::from(d.year()), u8::try_from(d.month()).ok()?, u8::try_from(d.day()).ok()?).ok()?;
    Some(iso.to_calendar(Hijri::new_umm_al_qura()).year().extended_year())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_dates_are_rejected() {
        assert!(ymd(2018, 2, 31).is_none());
        assert!(ymd(2016, 2, 29).is_some());
    }

    #[test]
    fn weekday_fixes_year() {
        let r = ymd(2020, 7, 1).unwrap();
        assert_eq!(infer_year(10, 18, 5, r, 14), ymd(2019, 10, 18));
    }

    #[test]
    fn hijri_converts_with_umm_al_qura() {
        assert_eq!(hijri_to_gregorian(1439, 9, 1), ymd(2018, 5, 16));
        assert_eq!(hijri_to_gregorian(1432, 9, 14), ymd(2011, 8, 14));
        assert_eq!(hijri_year_of(ymd(2018, 8, 27).unwrap()), Some(1439));
    }

    #[test]
    fn previous_friday() {
        let a = ymd(2018, 8, 27).unwrap();
        assert_eq!(previous_weekday(a, 5, false), ymd(2018, 8, 24).unwrap());
    }
}
