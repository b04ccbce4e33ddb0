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
