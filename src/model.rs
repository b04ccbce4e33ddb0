//! The domain types every layer shares: question keys, attempts, cards,
//! review-log entries, drafts and sessions. The store reads and writes them;
//! `schedule`, `session`, `stats` and the screens work on them without
//! knowing about SQL.
//!
//! # Instants and durations
//!
//! Every time is a [`Millis`], an `i64` of milliseconds. Some fields are
//! *instants* (milliseconds since the Unix epoch, UTC) and some are
//! *durations* (a number of milliseconds or seconds); the type does not tell
//! them apart yet, so the field names and this list do:
//!
//! - instants: `Attempt::{started_at, submitted_at}`, `Card::{due, last_review}`,
//!   `ReviewEntry::reviewed_at`, `Draft::{started_at, updated_at}`,
//!   `QuestionHistory::last_submitted`, `SessionRecord::{started_at, finished_at}`,
//!   `OpenSession::started_at`;
//! - durations: `Attempt::duration_ms`, `Draft::elapsed_ms` (milliseconds),
//!   `Attempt::time_limit_s`, `Draft::time_limit_s` (seconds),
//!   `ReviewEntry::{elapsed_days, scheduled_days}` (days, fractional).
//!
//! Local days ("today", local midnight) come from [`crate::clock`].

/// Unix time in milliseconds.
pub type Millis = i64;

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct QuestionKey {
    pub bank_id: String,
    pub question_id: String,
}

impl QuestionKey {
    pub fn new(bank_id: impl Into<String>, question_id: impl Into<String>) -> Self {
        QuestionKey {
            bank_id: bank_id.into(),
            question_id: question_id.into(),
        }
    }
}

/// One submitted answer, exactly as typed.
#[derive(Debug, Clone, PartialEq)]
pub struct Attempt {
    pub id: String,
    pub bank_id: String,
    pub question_id: String,
    pub role: String,
    /// The prompt as it was when answered.
    pub prompt: String,
    pub started_at: Millis,
    pub submitted_at: Millis,
    pub duration_ms: i64,
    pub text: String,
    pub rating: Option<u8>,
    /// practice | review | recall | mock
    pub mode: String,
    pub time_limit_s: u32,
    pub session_id: Option<String>,
}

/// A question's spaced-repetition state.
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    pub bank_id: String,
    pub question_id: String,
    pub role: String,
    pub prompt: String,
    /// learning | review | relearning
    pub state: String,
    pub due: Millis,
    pub stability: f64,
    pub difficulty: f64,
    pub reps: u32,
    pub lapses: u32,
    pub last_review: Millis,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ReviewEntry {
    pub bank_id: String,
    pub question_id: String,
    pub reviewed_at: Millis,
    pub rating: u8,
    /// The card's state before this review: new | learning | review | relearning.
    pub state: String,
    pub elapsed_days: f64,
    pub scheduled_days: f64,
    pub attempt_id: Option<String>,
}

/// The answer being typed, saved every couple of seconds.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub bank_id: String,
    pub question_id: String,
    pub role: String,
    pub prompt: String,
    pub text: String,
    pub started_at: Millis,
    pub updated_at: Millis,
    pub elapsed_ms: i64,
    pub mode: String,
    pub time_limit_s: u32,
    /// The session it was typed in, to resume that session with it.
    pub session_id: Option<String>,
}

/// How a question has gone so far, for drawing and for the home screen.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct QuestionHistory {
    pub attempts: u32,
    pub last_rating: Option<u8>,
    pub last_submitted: Option<Millis>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SessionRecord {
    pub id: String,
    pub mode: String,
    pub started_at: Millis,
    pub finished_at: Option<Millis>,
    pub questions: u32,
}

/// A session that was neither finished nor ended.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenSession {
    pub id: String,
    pub mode: String,
    pub started_at: Millis,
    pub queue: Vec<QuestionKey>,
    pub position: usize,
}

/// Per role, what the attempts add up to: the row the store returns for the
/// stats screen (readiness and due counts come from the cards, in `stats`).
#[derive(Debug, Clone, PartialEq)]
pub struct RoleTotals {
    pub role: String,
    /// Distinct questions answered at least once.
    pub questions_answered: u64,
    pub attempts: u64,
    /// Mean of time taken over the time limit (1.0 = exactly on time).
    pub mean_time_ratio: f64,
    pub over_limit: u64,
}

/// The rows the stats are computed from, fetched in one go by
/// `Store::stats_rows`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StatsRows {
    /// Answers per local day (`YYYY-MM-DD`), in no particular order.
    pub per_day: Vec<(String, u64)>,
    pub cards: Vec<Card>,
    pub roles: Vec<RoleTotals>,
    pub total_attempts: u64,
}
