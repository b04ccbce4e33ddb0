//! Time, in one place: "now" (read only at the edges, CLI and TUI; the core
//! takes `now` as an argument), the local day ("today", local midnight) and
//! how dates and durations are printed on screens and by the CLI.
//!
//! `REHEARSE_NOW` (RFC 3339) starts the clock at another time and lets it run
//! from there: the real-terminal tests use it to come back "days later"
//! without waiting, and it is handy for trying out the review queue.

use std::sync::OnceLock;

use chrono::{Days, FixedOffset, Local, NaiveDate, NaiveDateTime, TimeZone};

use crate::model::{Instant, Span};

pub const NOW_ENV: &str = "REHEARSE_NOW";

static OFFSET_MS: OnceLock<i64> = OnceLock::new();

fn real_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

/// Now, shifted by `REHEARSE_NOW` when set.
pub fn now() -> Instant {
    let offset = *OFFSET_MS.get_or_init(|| {
        std::env::var(NOW_ENV)
            .ok()
            .and_then(|v| chrono::DateTime::parse_from_rfc3339(v.trim()).ok())
            .map_or(0, |t| t.timestamp_millis() - real_ms())
    });
    Instant::from_ms(real_ms() + offset)
}

/// The local offset from UTC in seconds, now.
pub fn utc_offset_s() -> i64 {
    i64::from(Local::now().offset().local_minus_utc())
}

/// Where local days begin and end, and how instants print in local time.
/// [`LocalDay::system`] follows the system time zone, daylight saving
/// included; [`LocalDay::fixed`] keeps one offset, for tests and for
/// callers that were given one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocalDay {
    /// None: the system zone (`chrono::Local`).
    fixed: Option<FixedOffset>,
}

impl LocalDay {
    pub fn system() -> Self {
        LocalDay { fixed: None }
    }

    /// A fixed offset east of UTC, in seconds (clamped to ±24 h, which is
    /// what chrono accepts).
    pub fn fixed(utc_offset_s: i64) -> Self {
        let s = utc_offset_s.clamp(-86_399, 86_399) as i32;
        LocalDay {
            fixed: FixedOffset::east_opt(s),
        }
    }

    /// The instant `at` as a local wall-clock time.
    fn local(&self, at: Instant) -> NaiveDateTime {
        let utc = at.utc();
        match self.fixed {
            Some(off) => utc.with_timezone(&off).naive_local(),
            None => utc.with_timezone(&Local).naive_local(),
        }
    }

    /// The offset from UTC in seconds in force at `at`.
    pub fn offset_s(&self, at: Instant) -> i64 {
        let utc = at.utc();
        let secs = match self.fixed {
            Some(off) => off.local_minus_utc(),
            None => utc.with_timezone(&Local).offset().local_minus_utc(),
        };
        i64::from(secs)
    }

    /// The local date `now` falls on.
    pub fn today(&self, now: Instant) -> NaiveDate {
        self.local(now).date()
    }

    /// Local midnight at the start of the day `now` falls in.
    pub fn midnight(&self, now: Instant) -> Instant {
        self.start_of(self.today(now))
    }

    /// The first instant of `date` in local time: its midnight, or the end
    /// of the gap when a daylight-saving change skips midnight.
    pub fn start_of(&self, date: NaiveDate) -> Instant {
        let midnight = date.and_hms_opt(0, 0, 0).unwrap_or_default();
        match self.fixed {
            Some(off) => first_instant(&off, midnight),
            None => first_instant(&Local, midnight),
        }
    }

    /// The first instant of the day `days` after the one `now` falls in.
    pub fn start_of_day_after(&self, now: Instant, days: u64) -> Instant {
        let date = self.today(now);
        self.start_of(date.checked_add_days(Days::new(days)).unwrap_or(date))
    }

    /// "2026-12-01": the local date of `at`.
    pub fn date(&self, at: Instant) -> String {
        self.local(at).format("%Y-%m-%d").to_string()
    }

    /// "2026-12-01 09:30": the local date and time of `at`.
    pub fn date_time(&self, at: Instant) -> String {
        self.local(at).format("%Y-%m-%d %H:%M").to_string()
    }
}

/// The earliest instant at or after the wall-clock time `t` in `zone`:
/// a time skipped by a daylight-saving change moves on to where the gap ends.
fn first_instant<Z: TimeZone>(zone: &Z, t: NaiveDateTime) -> Instant {
    // Gaps are at most a few hours; step a quarter hour at a time.
    for quarter in 0..=16 {
        let probe = t + chrono::Duration::minutes(15 * quarter);
        if let Some(at) = zone.from_local_datetime(&probe).earliest() {
            return at.into();
        }
    }
    t.and_utc().into()
}

/// A date as the settings and the CLI write it: "2026-12-01".
pub fn iso_date(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// "1:05" for 65 s; with a minus sign for negative values ("-0:12").
pub fn mm_ss(span: Span) -> String {
    let s = span.abs().as_ms() / 1000;
    let sign = if span < Span::ZERO { "-" } else { "" };
    format!("{sign}{}:{:02}", s / 60, s % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 2026-12-01 00:30 UTC.
    const T: Instant = Instant::from_ms(1_796_085_000_000);
    const KST: i64 = 9 * 3600;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn a_fixed_offset_moves_the_day_and_its_midnight() {
        let utc = LocalDay::fixed(0);
        let seoul = LocalDay::fixed(KST);
        let la = LocalDay::fixed(-8 * 3600);
        assert_eq!(utc.date_time(T), "2026-12-01 00:30");
        assert_eq!(seoul.date_time(T), "2026-12-01 09:30");
        assert_eq!(la.date_time(T), "2026-11-30 16:30");
        assert_eq!(la.today(T), d("2026-11-30"));
        assert_eq!(la.date(T), "2026-11-30");
        // Midnight in Seoul is 15:00 UTC the day before.
        assert_eq!(seoul.midnight(T), T - Span::from_mins(30 + 9 * 60));
        assert_eq!(utc.midnight(T), T - Span::from_mins(30));
        assert_eq!(la.midnight(T), T - Span::from_mins(30 + 16 * 60));
        assert_eq!(
            seoul.start_of_day_after(T, 1),
            seoul.midnight(T) + Span::from_days(1)
        );
        assert_eq!(seoul.offset_s(T), KST);
    }

    #[test]
    fn the_system_zone_agrees_with_itself() {
        let local = LocalDay::system();
        let m = local.midnight(T);
        assert!(m <= T && T - m < Span::from_mins(25 * 60), "{m:?}");
        assert_eq!(local.today(m), local.today(T));
        assert_eq!(local.date(m), iso_date(local.today(T)));
        assert_eq!(local.date_time(m), format!("{} 00:00", local.date(T)));
    }

    #[test]
    fn durations_print_as_minutes_and_seconds() {
        assert_eq!(mm_ss(Span::from_secs(65)), "1:05");
        assert_eq!(mm_ss(Span::ZERO), "0:00");
        assert_eq!(mm_ss(Span::from_secs(-12)), "-0:12");
        assert_eq!(mm_ss(Span::from_ms(600_999)), "10:00");
    }
}
