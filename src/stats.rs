//! Numbers about practice over time: the streak.

use chrono::NaiveDate;

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
    /// Mean probability of recall now over the role's scheduled questions, 0..1.
    pub readiness: Option<f64>,
    pub due_now: u64,
}

pub const HEATMAP_DAYS: i64 = 84;
pub const FORECAST_DAYS: i64 = 14;

/// Builds the report from the store at `now`.
pub fn report(
    store: &crate::store::Store,
    scheduler: &crate::schedule::Scheduler,
    now: crate::store::Millis,
    utc_offset_s: i64,
) -> crate::store::Result<StatsReport> {
    use crate::schedule::DAY_MS;
    let today = chrono::DateTime::from_timestamp_millis(now + utc_offset_s * 1000)
        .unwrap_or_default()
        .date_naive();
    let per_day: std::collections::HashMap<String, u64> =
        store.attempts_per_day(utc_offset_s)?.into_iter().collect();
    let days = (0..HEATMAP_DAYS)
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
        let mine: Vec<&crate::store::Card> = cards.iter().filter(|c| c.role == r.role).collect();
        if !mine.is_empty() {
            let sum: f64 = mine.iter().map(|c| scheduler.retrievability(c, now)).sum();
            r.readiness = Some(sum / mine.len() as f64);
        }
        r.due_now = mine.iter().filter(|c| c.due <= now).count() as u64;
    }
    Ok(StatsReport {
        streak: streak(&day_list, today),
        total_attempts: store.attempt_count()?,
        days,
        roles,
        forecast,
    })
}
