//! Numbers about practice over time: the streak, the calendar heatmap's
//! weeks, per-role readiness.

use chrono::{Datelike, NaiveDate};

/// Consecutive practice days ending today, or yesterday when today has none
/// yet. `days` are `YYYY-MM-DD` strings in any order.
pub fn streak(days: &[String], today: NaiveDate) -> u32 {
    let set: std::collections::HashSet<NaiveDate> = days
        .iter()
        .filter_map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .collect();
    let mut day = if set.contains(&today) {
        today
    } else {
        today.pred_opt().unwrap_or(today)
    };
    let mut n = 0;
    while set.contains(&day) {
        n += 1;
        match day.pred_opt() {
            Some(d) => day = d,
            None => break,
        }
    }
    n
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
        use crate::schedule::{DAY_MS, Rating, Scheduler};
        let s = Scheduler::default_params();
        let t0 = 1_780_000_000_000;
        let rate = |card: Option<&crate::model::Card>, q: &str, r, now| {
            s.rate(card, &QuestionKey::new("b", q), "backend", "p", r, now)
                .unwrap()
                .0
        };
        let known = rate(None, "known", Rating::Easy, t0);
        let lapsed = rate(Some(&known), "lapsed", Rating::Again, t0 + 8 * DAY_MS);
        let now = t0 + 8 * DAY_MS + 1000;
        // Just rated Again: not ready at all, though FSRS's recall is ~1.
        assert!(s.retrievability(&lapsed, now) > 0.99);
        assert_eq!(readiness(&s, &[&lapsed], now), Some(0.0));
        let r_known = s.retrievability(&known, now);
        let both = readiness(&s, &[&known, &lapsed], now).unwrap();
        assert!((both - r_known / 2.0).abs() < 1e-9, "{both}");
        // Relearned: counts again, by FSRS's recall.
        let relearned = rate(Some(&lapsed), "lapsed", Rating::Good, now + 600_000);
        assert_eq!(relearned.state, "review");
        assert!(readiness(&s, &[&relearned], now + 600_000).unwrap() > 0.99);
        assert_eq!(readiness(&s, &[], now), None);
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
pub fn readiness(
    scheduler: &crate::schedule::Scheduler,
    cards: &[&crate::model::Card],
    now: crate::model::Millis,
) -> Option<f64> {
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

/// Builds the report from the store at `now`.
pub fn report(
    store: &crate::store::Store,
    scheduler: &crate::schedule::Scheduler,
    now: crate::model::Millis,
    utc_offset_s: i64,
) -> crate::store::Result<StatsReport> {
    use crate::schedule::DAY_MS;
    let today = chrono::DateTime::from_timestamp_millis(now + utc_offset_s * 1000)
        .unwrap_or_default()
        .date_naive();
    let per_day: std::collections::HashMap<String, u64> =
        store.attempts_per_day(utc_offset_s)?.into_iter().collect();
    let days: Vec<DayCount> = (0..HEATMAP_DAYS)
        .rev()
        .map(|back| {
            let d = today - chrono::Days::new(back as u64);
            let date = d.format("%Y-%m-%d").to_string();
            DayCount {
                count: per_day.get(&date).copied().unwrap_or(0),
                date,
            }
        })
        .collect();
    let day_list: Vec<String> = per_day.keys().cloned().collect();
    let cards = store.all_cards()?;
    let local_midnight = now - (now + utc_offset_s * 1000).rem_euclid(DAY_MS);
    let forecast = (0..FORECAST_DAYS)
        .map(|i| {
            let end = local_midnight + (i + 1) * DAY_MS;
            let start = if i == 0 {
                i64::MIN
            } else {
                local_midnight + i * DAY_MS
            };
            let d = today + chrono::Days::new(i as u64);
            DayCount {
                date: d.format("%Y-%m-%d").to_string(),
                count: cards
                    .iter()
                    .filter(|c| c.due >= start && c.due < end)
                    .count() as u64,
            }
        })
        .collect();
    let mut roles = store.role_totals()?;
    for r in &mut roles {
        let mine: Vec<&crate::model::Card> = cards.iter().filter(|c| c.role == r.role).collect();
        r.readiness = readiness(scheduler, &mine, now);
        r.due_now = mine.iter().filter(|c| c.due <= now).count() as u64;
    }
    Ok(StatsReport {
        streak: streak(&day_list, today),
        total_attempts: store.attempt_count()?,
        weeks: heatmap(&days),
        days,
        roles,
        forecast,
    })
}
