//! Numbers about practice over time: the streak, the calendar heatmap's
//! weeks, per-role readiness.

use chrono::{Datelike, NaiveDate};

use crate::clock::{LocalDay, iso_date};
use crate::model::{Card, Instant, StatsRows};
use crate::schedule::Scheduler;

mod role;

pub use role::{
    RECENT_ANSWERS, RoleReport, role_report, role_report_from, stored_story, story_profile,
};

/// Consecutive practice days ending today, or yesterday when today has none
/// yet. `days` are `YYYY-MM-DD` strings in any order.
pub fn streak(days: &[String], today: NaiveDate) -> u32 {
    let set: std::collections::HashSet<NaiveDate> = days
        .iter()
        .filter_map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .collect();
    let found: Result<u32, std::convert::Infallible> = streak_by(today, |d| Ok(set.contains(&d)));
    found.unwrap_or_else(|never| match never {})
}

/// [`streak`], asking `practiced` about one day at a time (today, then back
/// while the answer is yes): a streak of n days asks n + 2 times at most.
pub fn streak_by<E>(
    today: NaiveDate,
    mut practiced: impl FnMut(NaiveDate) -> Result<bool, E>,
) -> Result<u32, E> {
    let mut day = if practiced(today)? {
        today
    } else {
        today.pred_opt().unwrap_or(today)
    };
    let mut n = 0;
    while practiced(day)? {
        n += 1;
        match day.pred_opt() {
            Some(d) => day = d,
            None => break,
        }
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn days_to(today: &str, practised: &[(&str, u64)]) -> Vec<DayCount> {
        (0..HEATMAP_DAYS)
            .rev()
            .map(|back| {
                let date = (d(today) - chrono::Days::new(back as u64))
                    .format("%Y-%m-%d")
                    .to_string();
                let count = practised
                    .iter()
                    .find(|(p, _)| *p == date)
                    .map_or(0, |(_, n)| *n);
                DayCount { date, count }
            })
            .collect()
    }

    /// (column, row) of every day with answers.
    fn cells(weeks: &[Week]) -> Vec<(usize, usize, u64)> {
        let mut out = Vec::new();
        for (col, w) in weeks.iter().enumerate() {
            for (row, n) in w.days.iter().enumerate() {
                if let Some(n @ 1..) = n {
                    out.push((col, row, *n));
                }
            }
        }
        out
    }

    #[test]
    fn on_a_saturday_the_sunday_before_sits_in_its_own_week() {
        // 2026-11-28 is a Saturday; 22 is the Sunday ending the week of 16.
        let weeks = heatmap(&days_to(
            "2026-11-28",
            &[("2026-11-16", 1), ("2026-11-22", 2), ("2026-11-23", 3)],
        ));
        assert_eq!(weeks.len(), HEATMAP_WEEKS);
        assert_eq!(weeks[10].monday, d("2026-11-16"));
        assert_eq!(cells(&weeks), [(10, 0, 1), (10, 6, 2), (11, 0, 3)]);
        // Tomorrow is not drawn; the first column is a whole week.
        assert_eq!(weeks[11].days[6], None);
        assert_eq!(weeks[11].days[5], Some(0));
        assert!(weeks[0].days.iter().all(Option::is_some));
    }

    #[test]
    fn heatmap_columns_are_whole_weeks_whatever_the_weekday() {
        for today in ["2026-11-22", "2026-11-23", "2026-11-25", "2026-11-28"] {
            let weeks = heatmap(&days_to(today, &[(today, 1)]));
            assert_eq!(weeks.len(), HEATMAP_WEEKS, "{today}");
            assert!(
                weeks
                    .iter()
                    .all(|w| w.monday.weekday() == chrono::Weekday::Mon)
            );
            let row = d(today).weekday().num_days_from_monday() as usize;
            assert_eq!(cells(&weeks), [(11, row, 1)], "{today}");
        }
        assert!(heatmap(&[]).is_empty());
    }

    #[test]
    fn readiness_counts_a_question_rated_again_as_not_ready() {
        use crate::model::QuestionKey;
        use crate::model::Span;
        use crate::schedule::{DAY, Rating, Scheduler};
        let s = Scheduler::default_params();
        let t0 = Instant::from_ms(1_780_000_000_000);
        let rate = |card: Option<&crate::model::Card>, q: &str, r, now| {
            s.rate(card, &QuestionKey::new("b", q), "backend", "p", r, now)
                .unwrap()
                .0
        };
        let known = rate(None, "known", Rating::Easy, t0);
        let lapsed = rate(Some(&known), "lapsed", Rating::Again, t0 + 8 * DAY);
        let now = t0 + 8 * DAY + Span::from_secs(1);
        // Just rated Again: not ready at all, though FSRS's recall is ~1.
        assert!(s.retrievability(&lapsed, now) > 0.99);
        assert_eq!(readiness(&s, &[&lapsed], now), Some(0.0));
        let r_known = s.retrievability(&known, now);
        let both = readiness(&s, &[&known, &lapsed], now).unwrap();
        assert!((both - r_known / 2.0).abs() < 1e-9, "{both}");
        // Relearned: counts again, by FSRS's recall.
        let relearned = rate(
            Some(&lapsed),
            "lapsed",
            Rating::Good,
            now + Span::from_mins(10),
        );
        assert_eq!(relearned.state, "review");
        assert!(readiness(&s, &[&relearned], now + Span::from_mins(10)).unwrap() > 0.99);
        assert_eq!(readiness(&s, &[], now), None);
    }

    #[test]
    fn the_report_is_built_from_rows_with_days_split_in_local_time() {
        use crate::model::{RoleTotals, Span};
        // 2026-12-01 00:30 UTC is 09:30 in Seoul.
        let now = Instant::from_ms(1_796_085_000_000);
        let hour = Span::from_mins(60);
        let card = |q: &str, due| Card {
            bank_id: "b".into(),
            question_id: q.into(),
            role: "backend".into(),
            prompt: "p".into(),
            state: "review".into(),
            due,
            stability: 10.0,
            difficulty: 5.0,
            reps: 1,
            lapses: 0,
            last_review: now - 10 * 24 * hour,
        };
        let rows = StatsRows {
            per_day: vec![("2026-12-01".into(), 2), ("2026-11-30".into(), 1)],
            earlier_days: vec!["2026-11-29".into()],
            // Overdue; 20:00 UTC (05:00 the next day in Seoul); in 3 days.
            cards: vec![
                card("late", now - Span::from_ms(1)),
                card("tonight", now + 19 * hour + Span::from_mins(30)),
                card("later", now + 72 * hour),
            ],
            roles: vec![RoleTotals {
                role: "backend".into(),
                questions_answered: 2,
                attempts: 3,
                mean_time_ratio: 0.5,
                over_limit: 1,
            }],
            total_attempts: 3,
        };
        let s = Scheduler::default_params();
        let seoul = report_from(&rows, &s, now, &LocalDay::fixed(9 * 3600));
        assert_eq!(seoul.streak, 3);
        assert_eq!(seoul.total_attempts, 3);
        assert_eq!(
            seoul.days.last().map(|d| (d.date.as_str(), d.count)),
            Some(("2026-12-01", 2))
        );
        let counts: Vec<u64> = seoul.forecast.iter().map(|d| d.count).collect();
        assert_eq!(&counts[..4], [1, 1, 0, 1]);
        assert_eq!(seoul.forecast[1].date, "2026-12-02");
        let r = &seoul.roles[0];
        assert_eq!(
            (r.role.as_str(), r.attempts, r.over_limit, r.due_now),
            ("backend", 3, 1, 1)
        );
        assert!(r.readiness.is_some());
        // In UTC the evening card is due today.
        let utc = report_from(&rows, &s, now, &LocalDay::fixed(0));
        let counts: Vec<u64> = utc.forecast.iter().map(|d| d.count).collect();
        assert_eq!(&counts[..4], [2, 0, 0, 1]);
    }

    #[test]
    fn streaks() {
        let days: Vec<String> = ["2026-11-25", "2026-11-24", "2026-11-23", "2026-11-20"]
            .map(String::from)
            .to_vec();
        assert_eq!(streak(&days, d("2026-11-25")), 3);
        assert_eq!(
            streak(&days, d("2026-11-26")),
            3,
            "today not practised yet keeps yesterday's streak"
        );
        assert_eq!(streak(&days, d("2026-11-27")), 0);
        assert_eq!(streak(&[], d("2026-11-27")), 0);
    }
}

/// Everything the stats screen and `stats --json` show.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct StatsReport {
    pub streak: u32,
    pub total_attempts: u64,
    /// Answers per local day for the last `HEATMAP_DAYS`, oldest first.
    pub days: Vec<DayCount>,
    /// `days` as the heatmap draws them: whole weeks, Monday first.
    #[serde(skip)]
    pub weeks: Vec<Week>,
    pub roles: Vec<RoleStats>,
    /// Questions coming due on each of the next `FORECAST_DAYS` days (today first, overdue included).
    pub forecast: Vec<DayCount>,
    /// How the recent answers and the story read against the target role
    /// (filled by [`report`]; empty from [`report_from`] alone).
    pub role_profile: RoleReport,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct DayCount {
    pub date: String,
    pub count: u64,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct RoleStats {
    pub role: String,
    pub questions_answered: u64,
    pub attempts: u64,
    /// Mean of time taken over the time limit (1.0 = exactly on time).
    pub mean_time_ratio: f64,
    pub over_limit: u64,
    /// See [`readiness`], 0..1; None before any question of the role is scheduled.
    pub readiness: Option<f64>,
    pub due_now: u64,
}

pub const HEATMAP_DAYS: i64 = 84;
/// Week columns on the heatmap: the current week and the 11 before it.
pub const HEATMAP_WEEKS: usize = 12;

/// One column of the heatmap: a Monday-to-Sunday week, with the answers of
/// each day, None for days after today or before the counted days.
#[derive(Debug, Clone, PartialEq)]
pub struct Week {
    pub monday: NaiveDate,
    pub days: [Option<u64>; 7],
}

/// Lays days (oldest first, the last one today) out as the last
/// [`HEATMAP_WEEKS`] whole weeks, so a day always sits in the column of its
/// own Monday-to-Sunday week whatever weekday today is.
pub fn heatmap(days: &[DayCount]) -> Vec<Week> {
    let counts: std::collections::HashMap<NaiveDate, u64> = days
        .iter()
        .filter_map(|d| {
            Some((
                NaiveDate::parse_from_str(&d.date, "%Y-%m-%d").ok()?,
                d.count,
            ))
        })
        .collect();
    let Some(today) = counts.keys().max().copied() else {
        return Vec::new();
    };
    let this_monday = today - chrono::Days::new(u64::from(today.weekday().num_days_from_monday()));
    (0..HEATMAP_WEEKS)
        .rev()
        .map(|back| {
            let monday = this_monday - chrono::Days::new(7 * back as u64);
            let mut week = [None; 7];
            for (i, slot) in week.iter_mut().enumerate() {
                let day = monday + chrono::Days::new(i as u64);
                *slot = counts.get(&day).copied();
            }
            Week { monday, days: week }
        })
        .collect()
}

/// How ready a role's questions are now: the mean probability of recall
/// (FSRS) over its scheduled questions, where a question still in learning
/// or relearning — rated Again, or not yet past its steps — counts 0, so a
/// lapse pulls readiness down until it is relearned. None without cards.
pub fn readiness(scheduler: &Scheduler, cards: &[&Card], now: Instant) -> Option<f64> {
    if cards.is_empty() {
        return None;
    }
    let sum: f64 = cards
        .iter()
        .map(|c| match c.state.as_str() {
            "learning" | "relearning" => 0.0,
            _ => scheduler.retrievability(c, now),
        })
        .sum();
    Some(sum / cards.len() as f64)
}
pub const FORECAST_DAYS: i64 = 14;

/// Builds the report from the store at `now`, splitting days at a fixed
/// offset: [`report_from`] on the store's rows, with the role profile of
/// the recent answers and the story against the target role setting.
pub fn report(
    store: &crate::store::Store,
    scheduler: &Scheduler,
    now: Instant,
    utc_offset_s: i64,
) -> crate::store::Result<StatsReport> {
    let day = LocalDay::fixed(utc_offset_s);
    let first_shown = day.today(now) - chrono::Days::new(HEATMAP_DAYS as u64 - 1);
    let rows = store.stats_rows(utc_offset_s, first_shown)?;
    let mut report = report_from(&rows, scheduler, now, &day);
    let target = store
        .setting(crate::settings::TARGET_ROLE)?
        .filter(|r| !r.trim().is_empty());
    report.role_profile = role_report(store, target.as_deref())?;
    Ok(report)
}

/// Builds the report from the rows the store returned, at `now`; `day`
/// says where local days begin (the rows' per-day counts must have been
/// split the same way).
pub fn report_from(
    rows: &StatsRows,
    scheduler: &Scheduler,
    now: Instant,
    day: &LocalDay,
) -> StatsReport {
    let today = day.today(now);
    let per_day: std::collections::HashMap<&str, u64> =
        rows.per_day.iter().map(|(d, n)| (d.as_str(), *n)).collect();
    let days: Vec<DayCount> = (0..HEATMAP_DAYS)
        .rev()
        .map(|back| {
            let date = iso_date(today - chrono::Days::new(back as u64));
            DayCount {
                count: per_day.get(date.as_str()).copied().unwrap_or(0),
                date,
            }
        })
        .collect();
    let day_list: Vec<String> = rows
        .per_day
        .iter()
        .map(|(d, _)| d.clone())
        .chain(rows.earlier_days.iter().cloned())
        .collect();
    let cards = &rows.cards;
    let forecast = (0..FORECAST_DAYS as u64)
        .map(|i| {
            let end = day.start_of_day_after(now, i + 1);
            let start = if i == 0 {
                Instant::from_ms(i64::MIN)
            } else {
                day.start_of_day_after(now, i)
            };
            DayCount {
                date: iso_date(today + chrono::Days::new(i)),
                count: cards
                    .iter()
                    .filter(|c| c.due >= start && c.due < end)
                    .count() as u64,
            }
        })
        .collect();
    let roles = rows
        .roles
        .iter()
        .map(|t| {
            let mine: Vec<&Card> = cards.iter().filter(|c| c.role == t.role).collect();
            RoleStats {
                role: t.role.clone(),
                questions_answered: t.questions_answered,
                attempts: t.attempts,
                mean_time_ratio: t.mean_time_ratio,
                over_limit: t.over_limit,
                readiness: readiness(scheduler, &mine, now),
                due_now: mine.iter().filter(|c| c.due <= now).count() as u64,
            }
        })
        .collect();
    StatsReport {
        streak: streak(&day_list, today),
        total_attempts: rows.total_attempts,
        weeks: heatmap(&days),
        days,
        roles,
        forecast,
        role_profile: RoleReport::default(),
    }
}
