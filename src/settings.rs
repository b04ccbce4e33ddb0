//! User settings kept in the store's `settings` table, with their defaults.

use chrono::NaiveDate;

use crate::clock::LocalDay;
use crate::schedule::{DEFAULT_NEW_LIMIT, DEFAULT_RETENTION, ScheduleError, Scheduler};
use crate::session::Filter;
use crate::store::{Result, Store};

/// What the practice setup was last started or left with.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct PracticeChoices {
    #[serde(flatten)]
    pub filter: Filter,
    pub count: usize,
}

impl Default for PracticeChoices {
    fn default() -> Self {
        PracticeChoices {
            filter: Filter::default(),
            count: DEFAULT_PRACTICE_COUNT,
        }
    }
}

impl PracticeChoices {
    /// Keeps the choices for next time, in the settings table.
    pub fn save(&self, store: &Store) -> Result<()> {
        // Serialising plain strings and numbers cannot fail.
        let json = serde_json::to_string(self).unwrap_or_default();
        store.set_setting(LAST_PRACTICE, &json)
    }
}

/// What a mock interview was last started with (the setup starts there).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct MockChoices {
    pub role: String,
    pub language: String,
    pub round: crate::model::Round,
    pub minutes: u32,
}

impl MockChoices {
    /// Keeps the choices for next time, in the settings table.
    pub fn save(&self, store: &Store) -> Result<()> {
        let json = serde_json::to_string(self).unwrap_or_default();
        store.set_setting(LAST_MOCK, &json)
    }
}

pub const RETENTION: &str = "desired_retention";
pub const NEW_LIMIT: &str = "new_limit";
pub const INTERVIEW_DATE: &str = "interview_date";
pub const FSRS_PARAMS: &str = "fsrs_parameters";
pub const ENGLISH_WPM: &str = "english_wpm";
pub const HANGUL_SPM: &str = "hangul_spm";
/// The last practice choices (roles, banks, language, level, tags, count) as
/// JSON; written by the setup screen and `rehearse practice`.
pub const LAST_PRACTICE: &str = "last_practice";
/// The last mock interview's choices (role, language, round, minutes) as JSON.
pub const LAST_MOCK: &str = "last_mock";
/// The role applied for (a role of the role vocabulary); empty when the
/// user was asked and chose none or "ask me later".
pub const TARGET_ROLE: &str = "target_role";

/// How many questions a practice asks when nothing else was chosen.
pub const DEFAULT_PRACTICE_COUNT: usize = 5;

#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    pub desired_retention: f32,
    pub new_limit: usize,
    pub interview_date: Option<NaiveDate>,
    pub fsrs_parameters: Vec<f32>,
    pub english_wpm: f64,
    pub hangul_spm: f64,
    pub last_practice: PracticeChoices,
    pub last_mock: Option<MockChoices>,
    /// The role applied for (`rehearse settings target-role backend`).
    pub target_role: Option<String>,
    /// Whether the target role was ever set or the question about it
    /// answered (so the first-run question is asked once).
    pub target_role_asked: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            desired_retention: DEFAULT_RETENTION,
            new_limit: DEFAULT_NEW_LIMIT,
            interview_date: None,
            fsrs_parameters: Vec::new(),
            english_wpm: 150.0,
            hangul_spm: 300.0,
            last_practice: PracticeChoices::default(),
            last_mock: None,
            target_role: None,
            target_role_asked: false,
        }
    }
}

impl Settings {
    /// The scheduler these settings ask for: their FSRS parameters and
    /// retention, and the interview day's local midnight as the cap.
    pub fn scheduler(&self, day: &LocalDay) -> Result<Scheduler, ScheduleError> {
        let interview_at = self.interview_date.map(|d| day.start_of(d));
        Scheduler::new(&self.fsrs_parameters, self.desired_retention, interview_at)
    }

    /// Reads the settings; a value that does not parse falls back to its default.
    pub fn load(store: &Store) -> Result<Settings> {
        let d = Settings::default();
        let get = |k: &str| store.setting(k);
        let target = get(TARGET_ROLE)?;
        Ok(Settings {
            desired_retention: get(RETENTION)?
                .and_then(|v| v.parse().ok())
                .filter(|r: &f32| (0.7..=0.99).contains(r))
                .unwrap_or(d.desired_retention),
            new_limit: get(NEW_LIMIT)?
                .and_then(|v| v.parse().ok())
                .unwrap_or(d.new_limit),
            interview_date: get(INTERVIEW_DATE)?
                .and_then(|v| NaiveDate::parse_from_str(&v, "%Y-%m-%d").ok()),
            fsrs_parameters: get(FSRS_PARAMS)?
                .and_then(|v| serde_json::from_str::<Vec<f32>>(&v).ok())
                .unwrap_or_default(),
            english_wpm: get(ENGLISH_WPM)?
                .and_then(|v| v.parse().ok())
                .filter(|w: &f64| *w > 10.0)
                .unwrap_or(d.english_wpm),
            hangul_spm: get(HANGUL_SPM)?
                .and_then(|v| v.parse().ok())
                .filter(|w: &f64| *w > 10.0)
                .unwrap_or(d.hangul_spm),
            last_practice: get(LAST_PRACTICE)?
                .and_then(|v| serde_json::from_str::<PracticeChoices>(&v).ok())
                .filter(|c| c.count > 0)
                .unwrap_or_default(),
            last_mock: get(LAST_MOCK)?
                .and_then(|v| serde_json::from_str::<MockChoices>(&v).ok())
                .filter(|c| c.minutes > 0),
            target_role_asked: target.is_some(),
            target_role: target.filter(|r| !r.trim().is_empty()),
        })
    }
}

/// Parses an interview date: YYYY-MM-DD, or `none` to clear it. `given_as`
/// names where the text came from (`--interview-date`, `settings interview-date`).
pub fn parse_interview_date(
    text: &str,
    given_as: &str,
) -> std::result::Result<Option<NaiveDate>, String> {
    if text.trim().eq_ignore_ascii_case("none") {
        return Ok(None);
    }
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map(Some)
        .map_err(|_| {
            crate::t!(
                "cli-settings-not-a-date",
                given_as = given_as,
                value = crate::text::one_line(text)
            )
        })
}

/// Checks a target role against the roles the role vocabulary knows;
/// `none` clears it. `Err` is the sentence naming the nearest roles.
pub fn parse_target_role(text: &str) -> std::result::Result<Option<String>, String> {
    let given = text.trim();
    if given.eq_ignore_ascii_case("none") {
        return Ok(None);
    }
    let known: std::collections::BTreeSet<String> = crate::feedback::role::Vocabulary::get()
        .role_ids()
        .into_iter()
        .collect();
    let role = crate::bank::names::What::Role;
    match crate::bank::names::unknown(role, given, &known, false) {
        Some(m) => Err(crate::t!("cli-settings-unknown-target-role", problem = m)),
        None => Ok(Some(given.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Instant;

    #[test]
    fn the_target_role_is_one_the_vocabulary_knows_and_asked_once() {
        assert_eq!(parse_target_role(" backend "), Ok(Some("backend".into())));
        assert_eq!(parse_target_role("NONE"), Ok(None));
        let e = parse_target_role("backnd").unwrap_err();
        assert!(e.contains("unknown role `backnd`"), "{e}");
        assert!(e.contains("did you mean `backend`?"), "{e}");
        assert!(e.contains("cloud-devops"), "{e}");
        let store = Store::in_memory().unwrap();
        let never = Settings::load(&store).unwrap();
        assert_eq!((never.target_role, never.target_role_asked), (None, false));
        store.set_setting(TARGET_ROLE, "").unwrap();
        let later = Settings::load(&store).unwrap();
        assert_eq!((later.target_role, later.target_role_asked), (None, true));
        store.set_setting(TARGET_ROLE, "frontend").unwrap();
        let set = Settings::load(&store).unwrap();
        assert_eq!(set.target_role.as_deref(), Some("frontend"));
        assert!(set.target_role_asked);
    }

    #[test]
    fn the_scheduler_keeps_the_interview_day_and_the_retention() {
        let seoul = LocalDay::fixed(9 * 3600);
        let settings = Settings {
            interview_date: NaiveDate::from_ymd_opt(2026, 12, 10),
            desired_retention: 0.85,
            ..Settings::default()
        };
        let s = settings.scheduler(&seoul).unwrap();
        // 2026-12-10 00:00 in Seoul is 2026-12-09 15:00 UTC.
        assert_eq!(s.interview_at, Some(Instant::from_ms(1_796_828_400_000)));
        assert_eq!(s.desired_retention, 0.85);
        let none = Settings::default().scheduler(&seoul).unwrap();
        assert_eq!(none.interview_at, None);
    }

    #[test]
    fn interview_dates_name_where_they_came_from() {
        assert_eq!(
            parse_interview_date(" 2026-12-10 ", "--interview-date"),
            Ok(NaiveDate::from_ymd_opt(2026, 12, 10))
        );
        assert_eq!(parse_interview_date("None", "x"), Ok(None));
        assert_eq!(
            parse_interview_date("12/15", "settings interview-date"),
            Err("settings interview-date `12/15` is not a date in the form YYYY-MM-DD, like 2026-12-10 (or `none` to clear it)".into())
        );
    }
}
