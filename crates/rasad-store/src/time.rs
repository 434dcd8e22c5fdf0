//! ISO date values (`2018`, `2018-02`, `2018-08-27`, `2016-06-08T11:39`) as sortable
//! seconds, for ranges, sorting and month facets.

use jiff::civil::{Date, DateTime, Time};

/// Seconds since the Unix epoch (UTC, no zone: the values are civil) of the start of the
/// period `value` names, or `None` when it is not one of the ISO shapes the model uses.
#[must_use]
pub fn start_of(value: &str) -> Option<i64> {
    let v = value.trim();
    let dt = if let Ok(dt) = v.parse::<DateTime>() {
        dt
    } else if let Ok(d) = v.parse::<Date>() {
        d.to_datetime(Time::midnight())
    } else {
        let (year, month) = year_month(v)?;
        Date::new(year, month.unwrap_or(1), 1).ok()?.to_datetime(Time::midnight())
    };
    Some(seconds(dt))
}

/// Seconds of the last second of the period `value` names (`2018-02` → 2018-02-28T23:59:59).
#[must_use]
pub fn end_of(value: &str) -> Option<i64> {
    let v = value.trim();
    if v.contains(['T', 't', ' '])
        && let Ok(dt) = v.parse::<DateTime>()
    {
        // A stated minute covers its 60 seconds.
        let minute_shape = v.len() <= 16;
        return Some(seconds(dt) + if minute_shape { 59 } else { 0 });
    }
    if let Ok(d) = v.parse::<Date>() {
        return Some(seconds(d.to_datetime(Time::midnight())) + 86_399);
    }
    let (year, month) = year_month(v)?;
    let next = match month {
        Some(m) if m < 12 => Date::new(year, m + 1, 1).ok()?,
        _ => Date::new(year.checked_add(1)?, 1, 1).ok()?,
    };
    Some(seconds(next.to_datetime(Time::midnight())) - 1)
}

/// `YYYY-MM` of a seconds value (the reference the month facet is tested against).
#[cfg(test)]
#[must_use]
pub fn month_key(secs: i64) -> Option<String> {
    let ts = jiff::Timestamp::from_second(secs).ok()?;
    let dt = ts.to_zoned(jiff::tz::TimeZone::UTC).datetime();
    Some(format!("{:04}-{:02}", dt.year(), dt.month()))
}

fn year_month(v: &str) -> Option<(i16, Option<i8>)> {
    let (y, m) = match v.split_once('-') {
        Some((y, m)) => (y, Some(m)),
        None => (v, None),
    };
    if y.len() != 4 || !y.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let year: i16 = y.parse().ok()?;
    let month = match m {
        Some(m) if m.len() == 2 && m.bytes().all(|b| b.is_ascii_digit()) => {
            let m: i8 = m.parse().ok()?;
            (1..=12).contains(&m).then_some(m)?;
            Some(m)
        }
        Some(_) => return None,
        None => None,
    };
    Some((year, month))
}

fn seconds(dt: DateTime) -> i64 {
    dt.to_zoned(jiff::tz::TimeZone::UTC).map_or(0, |z| z.timestamp().as_second())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_cover_their_grain() {
        let rows = [
            ("2018", "2018-01-01T00:00:00", "2018-12-31T23:59:59"),
            ("2018-02", "2018-02-01T00:00:00", "2018-02-28T23:59:59"),
            ("2018-08-27", "2018-08-27T00:00:00", "2018-08-27T23:59:59"),
            ("2016-06-08T11:39", "2016-06-08T11:39:00", "2016-06-08T11:39:59"),
        ];
        for (value, start, end) in rows {
            let s = start_of(value).unwrap_or_else(|| panic!("{value}: no start"));
            let e = end_of(value).unwrap_or_else(|| panic!("{value}: no end"));
            assert_eq!(s, seconds(start.parse().unwrap()), "{value} start");
            assert_eq!(e, seconds(end.parse().unwrap()), "{value} end");
        }
    }

    #[test]
    fn malformed_values_are_none() {
        for v in ["", "18", "2018-13", "2018-1", "abc", "٢٠١٨", "2018-02-30"] {
            assert_eq!(start_of(v), None, "{v}");
        }
    }

    #[test]
    fn month_key_of_a_day() {
        assert_eq!(month_key(start_of("2015-08-03").unwrap()).as_deref(), Some("2015-08"));
    }
}
