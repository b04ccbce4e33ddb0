//! The router's side of a session: starting a practice or a review through
//! the practice service, opening whatever comes next, resuming, submitting,
//! rating and ending.

use super::{App, Screen};
use crate::practice::{Flow, Next, Recovery, plan};
use crate::schedule::Rating;
use crate::session::{Filter, Mode, QuestionResult};
use crate::settings::PracticeChoices;
use crate::store::Instant;
use crate::t;
use crate::tui::format::due_in;
use crate::tui::screens::answer::AnswerState;
use crate::tui::screens::feedback::FeedbackState;
use crate::tui::screens::recall::RecallState;
use crate::tui::screens::setup::{self, SetupRow, SetupState};

impl App {
    pub fn open_setup(&mut self, filter: Filter, count: usize) {
        self.screen = Screen::Setup(SetupState::new(&self.lib, filter, count));
    }

    /// Opens the setup on the last choices, leaving out (and naming) the
    /// roles, banks, language and tags that are no longer loaded.
    pub fn open_remembered_setup(&mut self) {
        let (filter, count, gone) = setup::remembered(&self.env());
        self.open_setup(filter, count);
        self.flash = setup::left_out(&gone);
    }

    /// `rehearse practice`: what the flags say, the last choices for the rest.
    pub fn practice_as_asked(
        &mut self,
        filter: Option<Filter>,
        count: Option<usize>,
        now: Instant,
    ) {
        let (remembered, last_count, gone) = setup::remembered(&self.env());
        if filter.is_none() {
            self.flash = setup::left_out(&gone);
        }
        let filter = filter.unwrap_or(remembered);
        self.start_practice(&filter, count.unwrap_or(last_count), now);
    }

    /// Keeps the choices for the next session (a failed write only says so).
    pub(super) fn remember_practice(&mut self, filter: &Filter, count: usize) {
        let choices = PracticeChoices {
            filter: filter.clone(),
            count,
        };
        if choices == self.settings.last_practice {
            return;
        }
        match choices.save(&self.store) {
            Ok(()) => self.settings.last_practice = choices,
            Err(e) => self.flash = Some(t!("shell-choices-not-kept", error = e.to_string())),
        }
    }

    /// Rows of the setup screen, in order.
    pub fn setup_rows(&self) -> Vec<SetupRow> {
        setup::rows(&self.lib)
    }

    /// Draws questions and opens the first; says so when nothing matches.
    /// The choices are kept for next time either way.
    pub fn start_practice(&mut self, filter: &Filter, count: usize, now: Instant) {
        self.remember_practice(filter, count);
        let planned = plan::practice(&self.lib, &self.store, filter, count, &mut self.rng)
            .map_err(|e| (matches!(e, plan::PlanError::NoMatch), e.to_string()))
            .and_then(|keys| {
                Flow::start(&self.store, Mode::Practice, keys, now)
                    .map_err(|e| (false, e.to_string()))
            });
        match planned {
            Ok(flow) => {
                self.flow = Some(flow);
                self.open_next(now);
            }
            Err((no_match, msg)) => {
                self.flash = Some(msg);
                if no_match && !matches!(self.screen, Screen::Setup(_)) {
                    self.open_setup(filter.clone(), count);
                }
            }
        }
    }

    /// Starts a review: first the saved answers never rated, then what is
    /// due, then new questions up to today's limit; says so when there is
    /// nothing to review.
    pub fn start_review(&mut self, roles: &[String], recall: bool, now: Instant) {
        let new_today = plan::NewToday {
            limit: self.settings.new_limit,
            since: self.day.midnight(now),
        };
        let planned = plan::review(
            &self.lib,
            &self.store,
            &self.scheduler,
            roles,
            new_today,
            now,
            &mut self.rng,
        );
        let p = match planned {
            Ok(p) => p,
            Err(e) => {
                self.flash = Some(e.to_string());
                return;
            }
        };
        if p.is_empty() {
            let next = self.store.next_due(now).ok().flatten();
            self.flash = Some(match next {
                Some(d) => t!("shell-review-next-due", when = due_in(d, now)),
                None => t!("shell-review-empty"),
            });
            self.screen = Screen::Home { selected: 1 };
            return;
        }
        let mode = if recall { Mode::Recall } else { Mode::Review };
        match Flow::start(&self.store, mode, p.queue, now) {
            Ok(flow) => {
                self.flow = Some(flow.with_backlog(p.backlog));
                self.open_next(now);
            }
            Err(e) => self.flash = Some(e.to_string()),
        }
    }

    /// Opens whatever the session asks next.
    pub(super) fn open_next(&mut self, now: Instant) {
        let Some(flow) = &mut self.flow else {
            return self.go_home(now);
        };
        let next = flow.next(&self.lib, &self.store);
        if let Some(p) = flow.problems.pop() {
            self.flash = Some(p);
        }
        let env = env!(self);
        self.screen = match next {
            Next::Answer { asked, draft } => {
                let panel = self.story_panel(&asked.question);
                let a = match &draft {
                    Some(d) => AnswerState::from_draft(asked, d, now),
                    None => AnswerState::new(asked, now),
                };
                Screen::Answer(Box::new(a.with_story(panel)))
            }
            Next::Recall { asked, previous } => {
                Screen::Recall(Box::new(RecallState::new(asked, previous, now)))
            }
            Next::Rate {
                asked,
                attempt,
                previous,
                earlier,
            } => {
                if earlier {
                    let when = self.day.date_time(attempt.submitted_at);
                    self.flash = Some(t!("shell-unrated-earlier", when = when));
                }
                let f = FeedbackState::new(asked, attempt, previous, earlier, &env);
                if f.note.is_some() {
                    self.flash = f.note.clone();
                }
                Screen::Feedback(Box::new(f))
            }
            Next::Done => return self.finish_session(now),
        };
        self.after_edit(now);
    }

    /// Picks up what an earlier run left: the whole session where it
    /// stopped, with its draft, or a lone draft.
    pub(super) fn resume(&mut self, r: Recovery, now: Instant) {
        let slot = r.draft_slot.clone();
        let had_draft = r.draft.is_some();
        match Flow::resume(&self.lib, &self.store, r, &self.env().rates(), now) {
            Ok(flow) => self.flow = Some(flow),
            Err(e) => {
                self.flash = Some(e.to_string());
                return;
            }
        }
        self.open_next(now);
        let (i, n) = self.session().map_or((0, 0), |s| s.position());
        self.flash = Some(if had_draft {
            t!("shell-resumed-with-draft", n = i, total = n)
        } else {
            t!("shell-resumed", n = i, total = n)
        });
        // A draft set aside earlier is the current one now: once it is
        // saved as such, its old copy goes.
        if let Some(slot) = slot
            && matches!(self.screen, Screen::Answer(_))
        {
            self.save_draft_now(now);
            if matches!(&self.screen, Screen::Answer(a) if a.save_error.is_none())
                && let Err(e) = self.store.drop_kept_draft(&slot)
            {
                self.flash = Some(e.to_string());
            }
        }
    }

    /// Saves the answer durably, then shows the feedback; when it cannot be
    /// saved, the text stays on screen with the error.
    pub(super) fn submit(&mut self, now: Instant) {
        let Some(flow) = &self.flow else {
            return;
        };
        let Screen::Answer(a) = &mut self.screen else {
            return;
        };
        let text = a.editor.text();
        if text.trim().is_empty() {
            self.flash = Some(t!("shell-answer-empty"));
            return;
        }
        let saved = flow.submit(
            &self.store,
            &a.asked,
            text,
            a.started_at,
            a.timer.elapsed(now),
            now,
        );
        let (attempt, previous) = match saved {
            Ok(x) => x,
            Err(e) => {
                self.flash = Some(a.not_saved(e));
                return;
            }
        };
        let asked = a.asked.clone();
        let compare = previous.is_some() && flow.session.mode == Mode::Review;
        self.drop_draft();
        let mut f = FeedbackState::new(asked, attempt, previous, false, &env!(self));
        f.compare = compare;
        self.flash = f.note.clone();
        self.screen = Screen::Feedback(Box::new(f));
    }

    pub(super) fn rate(&mut self, r: u8, now: Instant) {
        let Some(rating) = Rating::from_u8(r) else {
            return;
        };
        let (asked, attempt_id, earlier, follow_up, result) = match &self.screen {
            Screen::Feedback(f) => (
                f.asked.clone(),
                Some(f.attempt.id.clone()),
                f.earlier,
                f.follow_up_queued,
                f.result(),
            ),
            Screen::Recall(rc) => {
                let result = QuestionResult {
                    key: rc.asked.key.clone(),
                    prompt: rc.asked.question.prompt.clone(),
                    duration_ms: rc.timer.elapsed(now),
                    time_limit_s: rc.asked.question.time_limit,
                    words: 0,
                    covered: 0,
                    key_points: 0,
                    rating: None,
                    next_due: None,
                };
                (rc.asked.clone(), None, false, None, result)
            }
            _ => return,
        };
        let Some(flow) = &mut self.flow else {
            return;
        };
        let rated = flow.rate(
            &mut self.store,
            &self.scheduler,
            &asked,
            attempt_id.as_deref(),
            rating,
            earlier,
            follow_up,
            result,
            now,
        );
        match rated {
            Ok((card, again)) => {
                self.open_next(now);
                if earlier {
                    self.flash = Some(t!("shell-rated", when = due_in(card.due, now)));
                } else if again {
                    self.flash = Some(t!("shell-again-later"));
                }
            }
            Err(e) => self.flash = Some(e),
        }
    }

    /// Goes on without rating: the answer stays saved, unrated, and is
    /// offered for rating when a review starts.
    pub(super) fn skip_rating(&mut self, now: Instant) {
        let Screen::Feedback(f) = &self.screen else {
            return;
        };
        match &mut self.flow {
            Some(flow) => {
                flow.skip_rating(&f.attempt.id, f.earlier, f.result());
                self.open_next(now);
            }
            None => self.go_home(now),
        }
    }

    pub(super) fn finish_session(&mut self, now: Instant) {
        if let Some(f) = &self.flow
            && let Err(e) = f.finish(&self.store, now)
        {
            self.flash = Some(e.to_string());
        }
        self.screen = Screen::Summary { scroll: 0, at: now };
    }
}
