//! The domain types every layer shares: question keys, attempts, cards,
//! review-log entries, drafts and sessions. The store reads and writes them;
//! `schedule`, `session`, `stats` and the screens work on them without
//! knowing about SQL.
//!
//! # Instants and durations
//!
//! A point in time is an [`Instant`] (milliseconds since the Unix epoch,
//! UTC) and a length of time is a [`Span`] (milliseconds); the compiler
//! tells them apart, and only the arithmetic that makes sense exists:
//! `Instant - Instant = Span`, `Instant ± Span = Instant`, `Span ± Span`,
//! `Span * i64` (either way round), `Span / i64`. Both are stored as SQLite `INTEGER`
//! milliseconds, exactly as the numbers they wrap; `as_ms`/`from_ms` are
//! for the other edges (the JSON export, chrono).
//!
//! - instants: `Attempt::{started_at, submitted_at}`, `Card::{due, last_review}`,
//!   `ReviewEntry::reviewed_at`, `Draft::{started_at, updated_at}`,
//!   `QuestionHistory::last_submitted`, `SessionRecord::{started_at, finished_at}`,
//!   `OpenSession::started_at`;
//! - spans: `Attempt::duration_ms`, `Draft::elapsed_ms`. Still plain
//!   numbers, because their unit is in the name and the database column:
//!   `Attempt::time_limit_s`, `Draft::time_limit_s` (whole seconds) and
//!   `ReviewEntry::{elapsed_days, scheduled_days}` (days, fractional, as
//!   FSRS takes them).
//!
//! Local days ("today", local midnight) come from [`crate::clock`].

use std::ops::{Add, AddAssign, Div, Mul, Neg, Sub, SubAssign};

use chrono::{DateTime, TimeZone, Utc};
use rusqlite::types::{FromSql, FromSqlResult, ToSql, ToSqlOutput, ValueRef};

/// A point in time: milliseconds since the Unix epoch, UTC.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Instant(i64);

/// A length of time in milliseconds; negative when counting down past zero
/// (time left once in overtime).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span(i64);

impl Instant {
    /// The Unix epoch.
    pub const EPOCH: Instant = Instant(0);

    pub const fn from_ms(ms: i64) -> Instant {
        Instant(ms)
    }

    /// Milliseconds since the Unix epoch.
    pub const fn as_ms(self) -> i64 {
        self.0
    }

    /// As a chrono time in UTC (the epoch for the rare instant chrono
    /// cannot hold, some 262,000 years away).
    pub fn utc(self) -> DateTime<Utc> {
        DateTime::from_timestamp_millis(self.0).unwrap_or_default()
    }
}

impl<Tz: TimeZone> From<DateTime<Tz>> for Instant {
    fn from(t: DateTime<Tz>) -> Instant {
        Instant(t.timestamp_millis())
    }
}

impl Span {
    pub const ZERO: Span = Span(0);

    pub const fn from_ms(ms: i64) -> Span {
        Span(ms)
    }

    pub const fn from_secs(s: i64) -> Span {
        Span(s * 1000)
    }

    pub const fn from_mins(m: i64) -> Span {
        Span(m * 60_000)
    }

    /// Whole days of 24 hours (not local days: see [`crate::clock`]).
    pub const fn from_days(d: i64) -> Span {
        Span(d * 86_400_000)
    }

    pub const fn as_ms(self) -> i64 {
        self.0
    }

    /// In days of 24 hours, fractional.
    pub fn as_days(self) -> f64 {
        self.0 as f64 / 86_400_000.0
    }

    /// The number of whole 24-hour days, rounded towards zero.
    pub const fn whole_days(self) -> i64 {
        self.0 / 86_400_000
    }

    /// How many times `other` fits in `self`, fractional (0 when `other` is zero).
    pub fn ratio(self, other: Span) -> f64 {
        if other.0 == 0 {
            0.0
        } else {
            self.0 as f64 / other.0 as f64
        }
    }

    /// From seconds with a fraction, to the millisecond below.
    pub fn from_secs_f64(s: f64) -> Span {
        Span((s * 1000.0) as i64)
    }

    /// Below zero: a countdown past its end.
    pub const fn is_negative(self) -> bool {
        self.0 < 0
    }

    pub const fn abs(self) -> Span {
        Span(self.0.abs())
    }
}

impl Sub for Instant {
    type Output = Span;
    fn sub(self, rhs: Instant) -> Span {
        Span(self.0 - rhs.0)
    }
}

impl Add<Span> for Instant {
    type Output = Instant;
    fn add(self, rhs: Span) -> Instant {
        Instant(self.0 + rhs.0)
    }
}

impl Sub<Span> for Instant {
    type Output = Instant;
    fn sub(self, rhs: Span) -> Instant {
        Instant(self.0 - rhs.0)
    }
}

impl AddAssign<Span> for Instant {
    fn add_assign(&mut self, rhs: Span) {
        self.0 += rhs.0;
    }
}

impl SubAssign<Span> for Instant {
    fn sub_assign(&mut self, rhs: Span) {
        self.0 -= rhs.0;
    }
}

impl Add for Span {
    type Output = Span;
    fn add(self, rhs: Span) -> Span {
        Span(self.0 + rhs.0)
    }
}

impl Sub for Span {
    type Output = Span;
    fn sub(self, rhs: Span) -> Span {
        Span(self.0 - rhs.0)
    }
}

impl AddAssign for Span {
    fn add_assign(&mut self, rhs: Span) {
        self.0 += rhs.0;
    }
}

impl SubAssign for Span {
    fn sub_assign(&mut self, rhs: Span) {
        self.0 -= rhs.0;
    }
}

impl Neg for Span {
    type Output = Span;
    fn neg(self) -> Span {
        Span(-self.0)
    }
}

impl Mul<i64> for Span {
    type Output = Span;
    fn mul(self, rhs: i64) -> Span {
        Span(self.0 * rhs)
    }
}

impl Mul<Span> for i64 {
    type Output = Span;
    fn mul(self, rhs: Span) -> Span {
        Span(self * rhs.0)
    }
}

impl Div<i64> for Span {
    type Output = Span;
    fn div(self, rhs: i64) -> Span {
        Span(self.0 / rhs)
    }
}

/// Both are stored as the `INTEGER` milliseconds they wrap.
macro_rules! sql_as_integer {
    ($($ty:ident),+) => {$(
        impl ToSql for $ty {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(ToSqlOutput::from(self.0))
            }
        }

        impl FromSql for $ty {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                i64::column_result(value).map($ty)
            }
        }
    )+};
}

sql_as_integer!(Instant, Span);

#[derive(
    Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
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
    pub started_at: Instant,
    pub submitted_at: Instant,
    pub duration_ms: Span,
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
    pub due: Instant,
    pub stability: f64,
    pub difficulty: f64,
    pub reps: u32,
    pub lapses: u32,
    pub last_review: Instant,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ReviewEntry {
    pub bank_id: String,
    pub question_id: String,
    pub reviewed_at: Instant,
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
    pub started_at: Instant,
    pub updated_at: Instant,
    pub elapsed_ms: Span,
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
    pub last_submitted: Option<Instant>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SessionRecord {
    pub id: String,
    pub mode: String,
    pub started_at: Instant,
    pub finished_at: Option<Instant>,
    pub questions: u32,
}

/// A session that was neither finished nor ended.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenSession {
    pub id: String,
    pub mode: String,
    pub started_at: Instant,
    pub queue: Vec<QuestionKey>,
    pub position: usize,
}

/// The kind of interview round a mock runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Round {
    /// 1차 기술면접: introduction, technical questions with follow-ups, a
    /// project question, closing.
    Technical,
    /// 2차 인성·임원면접: introduction, motivation, behavioural questions
    /// with follow-ups, closing.
    Culture,
    /// Both in one sitting.
    Full,
}

impl Round {
    pub const ALL: [Round; 3] = [Round::Technical, Round::Culture, Round::Full];

    pub fn as_str(self) -> &'static str {
        match self {
            Round::Technical => "technical",
            Round::Culture => "culture",
            Round::Full => "full",
        }
    }

    pub fn parse(s: &str) -> Option<Round> {
        Round::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// The length of the round when none is given.
    pub fn default_minutes(self) -> u32 {
        match self {
            Round::Technical => 30,
            Round::Culture => 20,
            Round::Full => 50,
        }
    }
}

/// The part of an interview a question belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Segment {
    Intro,
    Technical,
    Project,
    Motivation,
    Behavioral,
    Closing,
}

impl Segment {
    pub fn as_str(self) -> &'static str {
        match self {
            Segment::Intro => "intro",
            Segment::Technical => "technical",
            Segment::Project => "project",
            Segment::Motivation => "motivation",
            Segment::Behavioral => "behavioral",
            Segment::Closing => "closing",
        }
    }
}

/// Why an interviewer asked a follow-up.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AskedBecause {
    /// The answer mentioned this term (as the bank wrote it).
    Mentioned(String),
    /// The answer mentioned none of these terms.
    Missed(Vec<String>),
    /// A plain follow-up, asked in its turn.
    InOrder,
}

/// One question of a mock interview: planned, or a follow-up added after
/// an answer.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MockItem {
    pub key: QuestionKey,
    pub segment: Segment,
    /// The limit this answer has in the interview.
    pub time_limit_s: u32,
    /// For a follow-up: the item (index) whose answer it digs into, and why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follow_up_of: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub because: Option<AskedBecause>,
    /// The answer saved for it; None while unanswered, or when passed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempt_id: Option<String>,
    /// The candidate passed on it (the answer was discarded).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub passed: bool,
}

impl MockItem {
    /// A planned question, not yet asked.
    pub fn planned(key: QuestionKey, segment: Segment, time_limit_s: u32) -> MockItem {
        MockItem {
            key,
            segment,
            time_limit_s,
            follow_up_of: None,
            because: None,
            attempt_id: None,
            passed: false,
        }
    }
}

/// A mock interview, as stored: what was asked for, its questions, how far
/// it got, its clock, and once finished its report (JSON).
#[derive(Debug, Clone, PartialEq)]
pub struct MockRecord {
    /// Also the id of its session (drafts and attempts carry it).
    pub id: String,
    pub role: String,
    pub language: String,
    pub round: Round,
    pub minutes: u32,
    pub started_at: Instant,
    pub finished_at: Option<Instant>,
    /// The interview clock when the last answer was submitted.
    pub elapsed_ms: Span,
    pub items: Vec<MockItem>,
    /// The item being answered; `items.len()` once all are done.
    pub position: usize,
    /// The report, once finished (see `mock::report::Report`).
    pub report: Option<String>,
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

/// One answered question as Browse lists it, read by the store in one
/// query without the answers' texts: its latest attempt's role, prompt,
/// rating and time, how many attempts it has, and when its card is due.
#[derive(Debug, Clone, PartialEq)]
pub struct AnsweredQuestion {
    pub key: QuestionKey,
    pub role: String,
    pub prompt: String,
    pub attempts: u32,
    pub last_rating: Option<u8>,
    pub last_submitted: Instant,
    pub due: Option<Instant>,
}

/// The rows the stats are computed from, fetched in one go by
/// `Store::stats_rows`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StatsRows {
    /// Answers per local day (`YYYY-MM-DD`), in no particular order: the
    /// days from the first one asked for (the heatmap's) on.
    pub per_day: Vec<(String, u64)>,
    /// The practised days just before those, newest first, as far as they
    /// run on without a gap: what a streak longer than `per_day` needs.
    pub earlier_days: Vec<String>,
    pub cards: Vec<Card>,
    pub roles: Vec<RoleTotals>,
    pub total_attempts: u64,
}

#[cfg(test)]
mod tests {
    use super::*;

    const T: Instant = Instant::from_ms(1_796_085_000_000);

    #[test]
    fn instants_and_spans_add_up() {
        let later = T + Span::from_mins(90);
        assert_eq!(later - T, Span::from_ms(5_400_000));
        assert_eq!(T - later, -Span::from_mins(90));
        assert_eq!(later - Span::from_mins(90), T);
        let mut t = T;
        t += Span::from_days(2);
        t -= Span::from_days(1);
        assert_eq!(t, T + Span::from_secs(86_400));
        assert_eq!(Span::from_days(3) / 2, Span::from_secs(129_600));
        assert_eq!(
            Span::from_secs(1) * 3 - Span::from_ms(500),
            Span::from_ms(2500)
        );
        assert_eq!(Span::from_days(3).whole_days(), 3);
        assert_eq!(2 * Span::from_secs(2), Span::from_secs(4));
        assert_eq!((Span::from_days(1) / 2).as_days(), 0.5);
        assert_eq!(Span::from_secs(30).ratio(Span::from_mins(1)), 0.5);
        assert_eq!(Span::from_secs(30).ratio(Span::ZERO), 0.0);
        assert_eq!(Span::from_secs_f64(1.5), Span::from_ms(1500));
        assert!(Span::from_ms(-1).is_negative() && !Span::ZERO.is_negative());
        assert!(T < later && Span::from_ms(-1) < Span::ZERO);
        assert_eq!(Instant::default(), Instant::EPOCH);
        let utc = T.utc();
        assert_eq!(utc.to_rfc3339(), "2026-12-01T00:30:00+00:00");
        assert_eq!(Instant::from(utc), T);
    }

    #[test]
    fn both_are_stored_as_the_integer_they_wrap() {
        let db = rusqlite::Connection::open_in_memory().unwrap();
        db.execute_batch("CREATE TABLE t (at INTEGER NOT NULL, took INTEGER NOT NULL)")
            .unwrap();
        db.execute(
            "INSERT INTO t VALUES (?1, ?2)",
            rusqlite::params![T, Span::from_secs(90)],
        )
        .unwrap();
        let raw: (i64, i64, String) = db
            .query_row("SELECT at, took, typeof(at) FROM t", [], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .unwrap();
        assert_eq!(raw, (1_796_085_000_000, 90_000, "integer".to_string()));
        let back: (Instant, Span) = db
            .query_row("SELECT at, took FROM t", [], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap();
        assert_eq!(back, (T, Span::from_secs(90)));
        let text: rusqlite::Result<Instant> = db.query_row("SELECT 'soon'", [], |r| r.get(0));
        assert!(text.is_err());
    }
}
