//! A session as it runs: which question comes next (an answer to type, a
//! recall, or a saved answer to rate), submitting (durably), rating (FSRS and
//! the review log in one transaction), follow-ups, an Again coming back
//! later, and resuming after an interruption. No terminal; `now` passed in.

use std::collections::HashMap;

use super::asked::{self, Asked};
use super::recovery::Recovery;
use crate::bank::{Library, Question};
use crate::feedback::{self, Feedback, Point, Rates};
use crate::schedule::{Rating, Scheduler};
use crate::session::{Mode, QuestionResult, Session};
use crate::store::{Attempt, Card, Draft, Instant, QuestionKey, Span, Store, StoreError, new_id};

/// How many other questions come before one rated Again comes back.
pub const AGAIN_GAP: usize = 3;

/// What the session asks for next. (Made once per question, so the size of
/// its variants does not matter.)
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
pub enum Next {
    /// Type an answer; with the draft recovered for it, if any.
    Answer { asked: Asked, draft: Option<Draft> },
    /// Think the answer through, then see the last version.
    Recall {
        asked: Asked,
        previous: Option<Attempt>,
    },
    /// Rate an answer saved earlier: one this session stopped on (`earlier`
    /// false), or one from the backlog a review starts with.
    Rate {
        asked: Asked,
        attempt: Attempt,
        previous: Option<Attempt>,
        earlier: bool,
    },
    /// Nothing left: the summary.
    Done,
}

pub struct Flow {
    pub session: Session,
    follow_ups: HashMap<QuestionKey, Asked>,
    /// Saved answers waiting for a rating, rated before the queue.
    backlog: Vec<Attempt>,
    /// Answers of a resumed session saved but not rated.
    resumed_unrated: Vec<Attempt>,
    /// A recovered draft, handed out when its question comes up.
    draft: Option<Draft>,
    /// Problems that did not stop the session (a progress write that
    /// failed), for the screen to show.
    pub problems: Vec<String>,
}

impl Flow {
    /// A new session over `queue`, recorded in the store.
    pub fn start(
        store: &Store,
        mode: Mode,
        queue: Vec<QuestionKey>,
        now: Instant,
    ) -> Result<Flow, StoreError> {
        let session = Session::new(new_id(), mode, queue, now);
        store.start_session(&session.id, session.mode.as_str(), now)?;
        Ok(Flow::of(session))
    }

    fn of(session: Session) -> Flow {
        Flow {
            session,
            follow_ups: HashMap::new(),
            backlog: Vec::new(),
            resumed_unrated: Vec::new(),
            draft: None,
            problems: Vec::new(),
        }
    }

    /// Rates these saved answers first.
    pub fn with_backlog(mut self, backlog: Vec<Attempt>) -> Flow {
        self.backlog = backlog;
        self
    }

    /// Picks up what an earlier run left: the whole session where it
    /// stopped, with its draft, or a lone draft as a session of its own.
    pub fn resume(
        lib: &Library,
        store: &Store,
        r: Recovery,
        rates: &Rates,
        now: Instant,
    ) -> Result<Flow, StoreError> {
        let mut flow = match r.session {
            Some(open) => {
                let mode = mode_from(&open.mode);
                let mut session = Session::new(open.id.clone(), mode, open.queue, open.started_at);
                session.index = open.position;
                let attempts = store.session_attempts(&open.id)?;
                session.results = rebuild_results(lib, store, &attempts, rates);
                let mut flow = Flow::of(session);
                flow.resumed_unrated = attempts
                    .into_iter()
                    .filter(|a| a.rating.is_none())
                    .collect();
                flow
            }
            None => {
                let Some(d) = &r.draft else {
                    return Flow::start(store, Mode::Practice, vec![], now);
                };
                let key = QuestionKey::new(&d.bank_id, &d.question_id);
                Flow::start(store, mode_from(&d.mode), vec![key], now)?
            }
        };
        if let Some(d) = r.draft {
            let key = QuestionKey::new(&d.bank_id, &d.question_id);
            let s = &mut flow.session;
            if s.current() != Some(&key) {
                s.queue.insert(s.index, key);
            }
            flow.draft = Some(d);
        }
        Ok(flow)
    }

    /// What comes next; records how far the session got, so that an
    /// interruption resumes there.
    pub fn next(&mut self, lib: &Library, store: &Store) -> Next {
        if let Some(a) = self.backlog.first().cloned() {
            return rate_next(lib, store, a, true);
        }
        loop {
            let Some(key) = self.session.current().cloned() else {
                return Next::Done;
            };
            if let Err(e) = store.save_session_progress(
                &self.session.id,
                &self.session.queue,
                self.session.index,
            ) {
                self.problems.push(e.to_string());
            }
            if let Some(i) = self
                .resumed_unrated
                .iter()
                .position(|a| a.bank_id == key.bank_id && a.question_id == key.question_id)
            {
                let a = self.resumed_unrated.remove(i);
                return rate_next(lib, store, a, false);
            }
            let draft = match &self.draft {
                Some(d) if d.bank_id == key.bank_id && d.question_id == key.question_id => {
                    self.draft.take()
                }
                _ => None,
            };
            // A draft comes back even when its bank is gone: it says what
            // was asked.
            let asked = self.asked(lib, store, &key).or_else(|| {
                draft
                    .as_ref()
                    .map(|d| asked::bare(&key, &d.role, &d.prompt, d.time_limit_s))
            });
            let Some(asked) = asked else {
                self.session.skip_current();
                continue;
            };
            if self.session.mode == Mode::Recall {
                let previous = latest_attempt(store, &key);
                return Next::Recall { asked, previous };
            }
            return Next::Answer { asked, draft };
        }
    }

    /// The question behind `key`, follow-ups asked this session included.
    pub fn asked(&self, lib: &Library, store: &Store, key: &QuestionKey) -> Option<Asked> {
        self.follow_ups
            .get(key)
            .cloned()
            .or_else(|| asked::resolve(lib, store, key))
    }

    /// The mode as stored with drafts and attempts.
    pub fn mode_name(&self) -> &'static str {
        self.session.mode.as_str()
    }

    /// Saves the answer durably; gives it and the version before it.
    pub fn submit(
        &self,
        store: &Store,
        asked: &Asked,
        text: String,
        started_at: Instant,
        duration_ms: Span,
        now: Instant,
    ) -> Result<(Attempt, Option<Attempt>), StoreError> {
        let attempt = asked.attempt(
            text,
            started_at,
            duration_ms,
            now,
            self.mode_name(),
            &self.session.id,
        );
        let previous = latest_attempt(store, &asked.key);
        store.insert_attempt(&attempt)?;
        Ok((attempt, previous))
    }

    /// Rates the answer (`attempt_id`; None for a recall), schedules the
    /// question, queues the follow-up asked for, brings an Again back later
    /// in the session, and moves on. Returns the new card, and whether the
    /// question comes back in this session.
    #[allow(clippy::too_many_arguments)]
    pub fn rate(
        &mut self,
        store: &mut Store,
        scheduler: &Scheduler,
        asked: &Asked,
        attempt_id: Option<&str>,
        rating: Rating,
        earlier: bool,
        follow_up: Option<usize>,
        result: QuestionResult,
        now: Instant,
    ) -> Result<(Card, bool), String> {
        let card = record(store, scheduler, asked, rating, attempt_id, now)?;
        if earlier {
            self.backlog.retain(|a| Some(a.id.as_str()) != attempt_id);
            return Ok((card, false));
        }
        if let Some(i) = follow_up {
            let fu = asked::follow_up(asked, i);
            let k = fu.key.clone();
            self.follow_ups.insert(k.clone(), fu);
            self.session.insert_next(k);
        }
        let again = rating == Rating::Again
            && self.session.others_left()
            && self.session.requeue_later(AGAIN_GAP);
        self.session.finish_current(QuestionResult {
            rating: Some(rating as u8),
            next_due: Some(card.due),
            ..result
        });
        Ok((card, again))
    }

    /// Goes on without rating: the answer stays saved, unrated, offered for
    /// rating when a review starts.
    pub fn skip_rating(&mut self, attempt_id: &str, earlier: bool, result: QuestionResult) {
        if earlier {
            self.backlog.retain(|a| a.id != attempt_id);
        } else {
            self.session.finish_current(result);
        }
    }

    /// Skips the current question (its answer discarded).
    pub fn discard_current(&mut self) {
        self.session.skip_current();
    }

    /// Ends the session at the current question.
    pub fn end(&mut self) {
        self.session.index = self.session.queue.len();
    }

    /// Records the session as finished.
    pub fn finish(&self, store: &Store, now: Instant) -> Result<(), StoreError> {
        store.finish_session(&self.session.id, self.session.results.len() as u32, now)
    }
}

fn rate_next(lib: &Library, store: &Store, attempt: Attempt, earlier: bool) -> Next {
    let key = QuestionKey::new(&attempt.bank_id, &attempt.question_id);
    let asked = asked::resolve(lib, store, &key)
        .unwrap_or_else(|| asked::bare(&key, &attempt.role, &attempt.prompt, attempt.time_limit_s));
    let previous = store
        .attempts_for(&key)
        .ok()
        .and_then(|v| v.into_iter().take_while(|a| a.id != attempt.id).last());
    Next::Rate {
        asked,
        attempt,
        previous,
        earlier,
    }
}

/// The latest saved answer to a question.
pub fn latest_attempt(store: &Store, key: &QuestionKey) -> Option<Attempt> {
    store.attempts_for(key).ok().and_then(|mut v| v.pop())
}

/// Schedules the question and logs the review, in one transaction.
pub fn record(
    store: &mut Store,
    scheduler: &Scheduler,
    asked: &Asked,
    rating: Rating,
    attempt_id: Option<&str>,
    now: Instant,
) -> Result<Card, String> {
    let card = store.card(&asked.key).map_err(|e| e.to_string())?;
    let (new_card, mut log) = scheduler
        .rate(
            card.as_ref(),
            &asked.key,
            &asked.role,
            &asked.question.prompt,
            rating,
            now,
        )
        .map_err(|e| e.to_string())?;
    log.attempt_id = attempt_id.map(str::to_string);
    store
        .record_rating(attempt_id, &new_card, &log)
        .map_err(|e| crate::t!("practice-core-rating-not-saved", error = e.to_string()))?;
    Ok(new_card)
}

/// The feedback on an answer: the question's key points and the user's
/// talking points (one a line).
pub fn analyze(q: &Question, talking_points: &str, text: &str, rates: &Rates) -> Feedback {
    let mut points: Vec<Point> = q.key_points.iter().map(Point::from).collect();
    points.extend(
        talking_points
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(Point::talking),
    );
    feedback::analyze_for(text, &points, q.kind, rates)
}

/// The summary rows of answers rated before an interruption.
fn rebuild_results(
    lib: &Library,
    store: &Store,
    attempts: &[Attempt],
    rates: &Rates,
) -> Vec<QuestionResult> {
    attempts
        .iter()
        .filter(|a| a.rating.is_some())
        .map(|a| {
            let key = QuestionKey::new(&a.bank_id, &a.question_id);
            let (covered, key_points, words) = match asked::resolve(lib, store, &key) {
                Some(asked) => {
                    let fb = analyze(&asked.question, "", &a.text, rates);
                    let n = asked.question.key_points.len();
                    let c = fb.coverage.iter().take(n).filter(|h| h.covered).count();
                    (c, n, fb.stats.words)
                }
                None => (0, 0, feedback::text_stats(&a.text, rates).words),
            };
            QuestionResult {
                next_due: store.card(&key).ok().flatten().map(|c| c.due),
                key,
                prompt: a.prompt.clone(),
                duration_ms: a.duration_ms,
                time_limit_s: a.time_limit_s,
                words,
                covered,
                key_points,
                rating: a.rating,
            }
        })
        .collect()
}

fn mode_from(name: &str) -> Mode {
    match name {
        "review" => Mode::Review,
        "recall" => Mode::Recall,
        _ => Mode::Practice,
    }
}
