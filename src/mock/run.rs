//! A mock interview as it runs: one clock for the whole interview that
//! never pauses (it keeps running between questions, as in a room), each
//! answer saved as it is given (mode `mock`, unrated), no feedback between
//! questions, up to two follow-ups after an answer chosen by what it said,
//! and the progress written after every answer so that a crash resumes at
//! the question it stopped at, with its clock and every earlier answer.

use super::plan::{self, MockConfig};
use crate::bank::{Library, Question};
use crate::feedback::follow_ups::{self, MAX_ASKED};
use crate::model::{Attempt, Instant, MockItem, MockRecord, QuestionKey, Span};
use crate::practice::{self as asked, Asked};
use crate::schedule::{Rating, Scheduler};
use crate::store::{Card, Store, StoreError, new_id};

/// The mode answers of a mock are saved with.
pub const MODE: &str = "mock";

/// A mock interview in progress.
#[derive(Debug, Clone, PartialEq)]
pub struct Mock {
    pub record: MockRecord,
    /// The clock read `clock_base.1` at `clock_base.0`.
    clock_base: (Instant, Span),
}

/// One question of the interview with what was answered, for the report.
#[derive(Debug, Clone)]
pub struct Answered {
    pub item: MockItem,
    pub question: Question,
    pub attempt: Option<Attempt>,
    pub talking_points: String,
}

impl Mock {
    /// A new interview over `items`, recorded in the store.
    pub fn start(
        store: &Store,
        config: &MockConfig,
        items: Vec<MockItem>,
        now: Instant,
    ) -> Result<Mock, StoreError> {
        let record = MockRecord {
            id: new_id(),
            role: config.role.clone(),
            language: config.language.clone(),
            round: config.round,
            minutes: config.minutes,
            started_at: now,
            finished_at: None,
            elapsed_ms: Span::ZERO,
            items,
            position: 0,
            report: None,
        };
        store.start_mock(&record)?;
        Ok(Mock {
            clock_base: (now, Span::ZERO),
            record,
        })
    }

    /// Picks up an interview an earlier run left: at the question it
    /// stopped at, its clock where it was (the last answer's time, plus
    /// the draft's own time when one was being typed; the time the app
    /// was not running does not count).
    pub fn resume(record: MockRecord, draft_elapsed: Option<Span>, now: Instant) -> Mock {
        let at = record.elapsed_ms + draft_elapsed.unwrap_or(Span::ZERO);
        Mock {
            clock_base: (now, at),
            record,
        }
    }

    /// The interview clock: how long the interview has run.
    pub fn clock(&self, now: Instant) -> Span {
        let (since, at) = self.clock_base;
        at + (now - since).max(Span::ZERO)
    }

    /// The round's length.
    pub fn limit(&self) -> Span {
        Span::from_secs(i64::from(self.record.minutes) * 60)
    }

    /// Past the round's minutes (shown, never cut off).
    pub fn overtime(&self, now: Instant) -> bool {
        self.clock(now) > self.limit()
    }

    pub fn current(&self) -> Option<&MockItem> {
        self.record.items.get(self.record.position)
    }

    pub fn is_done(&self) -> bool {
        self.record.position >= self.record.items.len()
    }

    /// Which question of how many (follow-ups added so far included).
    pub fn position(&self) -> (usize, usize) {
        let n = self.record.items.len();
        ((self.record.position + 1).min(n), n)
    }

    /// The current question, ready to ask, with the limit it has in the
    /// interview. None when its bank is gone (it is passed over).
    pub fn asked(&self, lib: &Library, store: &Store) -> Option<Asked> {
        let item = self.current()?;
        item_asked(lib, store, item)
    }

    /// Saves the answer to the current question (durably, before anything
    /// else), asks the follow-ups it calls for next, and moves on. Returns
    /// the attempt.
    #[allow(clippy::too_many_arguments)]
    pub fn submit(
        &mut self,
        store: &Store,
        asked: &Asked,
        text: String,
        started_at: Instant,
        duration_ms: Span,
        now: Instant,
    ) -> Result<Attempt, StoreError> {
        let attempt = asked.attempt(text, started_at, duration_ms, now, MODE, &self.record.id);
        store.insert_attempt(&attempt)?;
        let at = self.record.position;
        if let Some(item) = self.record.items.get_mut(at) {
            item.attempt_id = Some(attempt.id.clone());
        }
        self.add_follow_ups(asked, &attempt.text);
        self.advance(store, now);
        Ok(attempt)
    }

    /// Passes on the current question (its answer discarded) and moves on.
    pub fn pass(&mut self, store: &Store, now: Instant) {
        if let Some(item) = self.record.items.get_mut(self.record.position) {
            item.passed = true;
        }
        self.advance(store, now);
    }

    /// Goes past a question that cannot be asked (its bank is gone).
    pub fn skip(&mut self, store: &Store, now: Instant) {
        self.pass(store, now);
    }

    /// Ends the interview at the current question: the rest is not asked.
    pub fn end_early(&mut self, store: &Store, now: Instant) {
        let at = self.record.position;
        self.record.items.truncate(at);
        self.advance_to(store, at, now);
    }

    fn advance(&mut self, store: &Store, now: Instant) {
        let next = self.record.position + 1;
        self.advance_to(store, next, now);
    }

    fn advance_to(&mut self, store: &Store, position: usize, now: Instant) {
        self.record.position = position.min(self.record.items.len());
        self.record.elapsed_ms = self.clock(now);
        self.clock_base = (now, self.record.elapsed_ms);
        // The answer itself is already saved; a failed progress write only
        // means a crash would resume one question earlier.
        let _ = store.save_mock_progress(&self.record);
    }

    /// Puts the follow-ups this answer calls for right after it (a
    /// follow-up's own answer brings none).
    fn add_follow_ups(&mut self, asked: &Asked, text: &str) {
        let at = self.record.position;
        let Some(item) = self.record.items.get(at) else {
            return;
        };
        if item.follow_up_of.is_some() || !plan::digs_in(item.segment) {
            return;
        }
        let segment = item.segment;
        let limit = plan::follow_up_limit(item.time_limit_s);
        let chosen = follow_ups::choose(text, &asked.question.follow_ups, MAX_ASKED);
        for (n, c) in chosen.into_iter().enumerate() {
            let key = QuestionKey::new(
                &asked.key.bank_id,
                format!("{}.follow-up-{}", asked.key.question_id, c.index + 1),
            );
            self.record.items.insert(
                at + 1 + n,
                MockItem {
                    key,
                    segment,
                    time_limit_s: limit,
                    follow_up_of: Some(at),
                    because: Some(c.reason),
                    attempt_id: None,
                    passed: false,
                },
            );
        }
        // Only items before this one have follow-ups yet, so no index
        // that points back needs to move.
    }

    /// Every question of the interview with its answer, for the report.
    pub fn answered(&self, lib: &Library, store: &Store) -> Result<Vec<Answered>, StoreError> {
        let mut out = Vec::new();
        for item in &self.record.items {
            let attempt = match &item.attempt_id {
                Some(id) => store.attempt(id)?,
                None => None,
            };
            let question = match item_asked(lib, store, item) {
                Some(a) => a.question,
                None => {
                    let prompt = attempt.as_ref().map(|a| a.prompt.as_str()).unwrap_or("");
                    asked::bare(&item.key, &self.record.role, prompt, item.time_limit_s).question
                }
            };
            let talking_points = store.talking_points(&item.key)?.unwrap_or_default();
            out.push(Answered {
                item: item.clone(),
                question,
                attempt,
                talking_points,
            });
        }
        Ok(out)
    }

    /// Stops the clock at `now`: the interview is over (the report is made
    /// from the record as it stands then).
    pub fn stop(&mut self, now: Instant) {
        if self.record.finished_at.is_none() {
            self.record.elapsed_ms = self.clock(now);
            self.clock_base = (now, self.record.elapsed_ms);
            self.record.finished_at = Some(now);
        }
        self.record.position = self.record.items.len();
    }

    /// Marks the interview finished with its report (stopping the clock if
    /// [`Mock::stop`] did not).
    pub fn finish(
        &mut self,
        store: &Store,
        report_json: String,
        now: Instant,
    ) -> Result<(), StoreError> {
        self.stop(now);
        let at = self.record.finished_at.unwrap_or(now);
        store.finish_mock(&self.record, &report_json, at)?;
        self.record.report = Some(report_json);
        Ok(())
    }
}

/// The question of `item` with the limit it has in the interview.
fn item_asked(lib: &Library, store: &Store, item: &MockItem) -> Option<Asked> {
    let mut a = asked::resolve(lib, store, &item.key)?;
    a.question.time_limit = item.time_limit_s;
    Some(a)
}

/// Rates one answer of a finished interview: schedules its question like
/// any attempt and logs the review.
pub fn rate(
    store: &mut Store,
    scheduler: &Scheduler,
    lib: &Library,
    attempt: &Attempt,
    rating: Rating,
    now: Instant,
) -> Result<Card, String> {
    let key = QuestionKey::new(&attempt.bank_id, &attempt.question_id);
    let asked = asked::resolve(lib, store, &key)
        .unwrap_or_else(|| asked::bare(&key, &attempt.role, &attempt.prompt, attempt.time_limit_s));
    crate::practice::record(store, scheduler, &asked, rating, Some(&attempt.id), now)
}
