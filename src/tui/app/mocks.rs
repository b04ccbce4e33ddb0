//! The router's side of a mock interview: starting it from the setup or
//! the command line, asking each question in turn with no feedback
//! between them, passing, ending early, resuming after a crash, the report
//! and rating its answers, and the past interviews.

use super::{App, Screen};
use crate::mock::plan::{self, MockConfig};
use crate::mock::run::{self, Mock};
use crate::practice::Recovery;
use crate::schedule::Rating;
use crate::settings::MockChoices;
use crate::store::Instant;
use crate::t;
use crate::tui::format::due_in;
use crate::tui::screens::answer::AnswerState;
use crate::tui::screens::mock_report::{MockHistoryState, MockReportState};
use crate::tui::screens::mock_setup::MockSetupState;

impl App {
    pub(super) fn open_mock_setup(&mut self) {
        let s = MockSetupState::new(
            &self.lib,
            self.settings.last_mock.as_ref(),
            self.settings.target_role.as_deref(),
        );
        self.screen = Screen::MockSetup(Box::new(s));
    }

    /// Keeps the choices for the next mock (a failed write only says so).
    pub(super) fn remember_mock(&mut self, choices: &MockChoices) {
        if self.settings.last_mock.as_ref() == Some(choices) {
            return;
        }
        match choices.save(&self.store) {
            Ok(()) => self.settings.last_mock = Some(choices.clone()),
            Err(e) => self.flash = Some(t!("mock-choices-not-kept", error = e.to_string())),
        }
    }

    /// `rehearse mock`: the flags, then the last choices for the language
    /// (when the role has it), a technical round and its default minutes.
    pub fn mock_as_asked(
        &mut self,
        role: String,
        lang: Option<String>,
        round: Option<crate::model::Round>,
        minutes: Option<u32>,
        now: Instant,
    ) {
        let langs = plan::technical_languages(&self.lib, &role);
        let remembered = self
            .settings
            .last_mock
            .as_ref()
            .map(|c| c.language.clone())
            .filter(|l| langs.contains(l));
        let language = lang
            .or(remembered)
            .or_else(|| langs.first().cloned())
            .unwrap_or_else(|| "en".into());
        let round = round.unwrap_or(crate::model::Round::Technical);
        let minutes = minutes.unwrap_or(round.default_minutes());
        self.start_mock(
            MockChoices {
                role,
                language,
                round,
                minutes,
            },
            now,
        );
    }

    /// Plans the interview and asks its first question.
    pub fn start_mock(&mut self, choices: MockChoices, now: Instant) {
        self.remember_mock(&choices);
        let config = MockConfig {
            role: choices.role.clone(),
            language: choices.language.clone(),
            round: choices.round,
            minutes: choices.minutes,
        };
        let histories = match self.store.histories() {
            Ok(h) => h,
            Err(e) => {
                self.flash = Some(e.to_string());
                return;
            }
        };
        let items = match plan::plan(&self.lib, &histories, &config, &mut self.rng) {
            Ok(items) => items,
            Err(e) => {
                self.flash = Some(e.to_string());
                return;
            }
        };
        match Mock::start(&self.store, &config, items, now) {
            Ok(m) => {
                self.flow = None;
                self.mock = Some(m);
                self.open_next_mock(None, now);
            }
            Err(e) => self.flash = Some(e.to_string()),
        }
    }

    /// Asks the interview's next question (with the draft recovered for
    /// it), or makes the report when none is left.
    pub(super) fn open_next_mock(&mut self, draft: Option<crate::store::Draft>, now: Instant) {
        loop {
            let Some(m) = &mut self.mock else {
                return self.go_home(now);
            };
            if m.is_done() {
                return self.finish_mock(now);
            }
            let Some(asked) = m.asked(&self.lib, &self.store) else {
                m.skip(&self.store, now);
                continue;
            };
            let panel = self.story_panel(&asked.question);
            let a = match draft.as_ref().filter(|d| {
                d.bank_id == asked.key.bank_id && d.question_id == asked.key.question_id
            }) {
                Some(d) => AnswerState::from_draft(asked, d, now),
                None => AnswerState::new(asked, now),
            };
            self.screen = Screen::Answer(Box::new(a.with_story(panel)));
            self.after_edit(now);
            return;
        }
    }

    /// Saves the answer durably and goes straight on: no feedback until
    /// the end. When it cannot be saved, the text stays with the error.
    pub(super) fn submit_mock(&mut self, now: Instant) {
        let (Some(m), Screen::Answer(a)) = (&mut self.mock, &mut self.screen) else {
            return;
        };
        let text = a.editor.text();
        if text.trim().is_empty() {
            self.flash = Some(t!("mock-empty-answer"));
            return;
        }
        let saved = m.submit(
            &self.store,
            &a.asked,
            text,
            a.started_at,
            a.timer.elapsed(now),
            now,
        );
        if let Err(e) = saved {
            self.flash = Some(a.not_saved(e));
            return;
        }
        let follow_up = m.current().is_some_and(|i| i.follow_up_of.is_some());
        self.drop_draft();
        self.open_next_mock(None, now);
        if follow_up && matches!(self.screen, Screen::Answer(_)) {
            self.flash = Some(t!("mock-digs-in"));
        }
    }

    /// Passes on the current question.
    pub(super) fn pass_mock_question(&mut self, now: Instant) {
        self.drop_draft();
        if let Some(m) = &mut self.mock {
            m.pass(&self.store, now);
        }
        self.open_next_mock(None, now);
    }

    /// Ends the interview at the current question and makes the report.
    pub(super) fn end_mock(&mut self, now: Instant) {
        self.drop_draft();
        if let Some(m) = &mut self.mock {
            m.end_early(&self.store, now);
        }
        self.finish_mock(now);
    }

    /// The report: made from every answer, kept with the interview, and
    /// shown beside the previous interview of the same role and round.
    fn finish_mock(&mut self, now: Instant) {
        let Some(mut m) = self.mock.take() else {
            return self.go_home(now);
        };
        // The report reads the clock as it stopped.
        m.stop(now);
        let rates = self.env().rates();
        let answered = match m.answered(&self.lib, &self.store) {
            Ok(a) => a,
            Err(e) => {
                self.flash = Some(e.to_string());
                return self.go_home(now);
            }
        };
        let report = crate::mock::report_of(&m.record, &answered, &rates);
        if let Err(e) = m.finish(&self.store, report.to_json(), now) {
            self.flash = Some(t!("mock-report-not-kept", error = e.to_string()));
        }
        self.open_report(m.record, report);
    }

    fn open_report(
        &mut self,
        record: crate::model::MockRecord,
        report: crate::mock::report::Report,
    ) {
        let previous = self
            .store
            .previous_mock(&record.role, record.round, record.started_at)
            .ok()
            .flatten()
            .and_then(|p| {
                p.report
                    .as_deref()
                    .and_then(|j| crate::mock::report::Report::from_json(j).ok())
            });
        let s = MockReportState::new(record, report, previous, &self.store);
        self.screen = Screen::MockReport(Box::new(s));
    }

    /// The stored interview `id`; when it cannot be read, the footer says why.
    fn load_mock(&mut self, id: &str) -> Option<crate::model::MockRecord> {
        match self.store.mock(id) {
            Ok(Some(r)) => Some(r),
            Ok(None) => {
                self.flash = Some(t!("mock-gone"));
                None
            }
            Err(e) => {
                self.flash = Some(e.to_string());
                None
            }
        }
    }

    /// Reopens a past interview's report.
    pub(super) fn open_past_mock(&mut self, id: &str) {
        let Some(record) = self.load_mock(id) else {
            return;
        };
        let report = match record
            .report
            .as_deref()
            .map(crate::mock::report::Report::from_json)
        {
            Some(Ok(r)) => r,
            Some(Err(e)) => {
                self.flash = Some(t!("mock-report-damaged", error = e));
                return;
            }
            None => {
                self.flash = Some(t!("mock-not-finished"));
                return;
            }
        };
        self.open_report(record, report);
    }

    pub(super) fn open_mock_history(&mut self) {
        match self.store.finished_mocks() {
            Ok(mocks) => self.screen = Screen::MockHistory(Box::new(MockHistoryState::new(mocks))),
            Err(e) => self.flash = Some(e.to_string()),
        }
    }

    /// Rates one answer of the report: scheduled like any attempt.
    pub(super) fn rate_mock_answer(&mut self, attempt_id: &str, r: u8, now: Instant) {
        let Some(rating) = Rating::from_u8(r) else {
            return;
        };
        let attempt = match self.store.attempt(attempt_id) {
            Ok(Some(a)) => a,
            Ok(None) => return,
            Err(e) => {
                self.flash = Some(e.to_string());
                return;
            }
        };
        match run::rate(
            &mut self.store,
            &self.scheduler,
            &self.lib,
            &attempt,
            rating,
            now,
        ) {
            Ok(card) => {
                if let Screen::MockReport(s) = &mut self.screen {
                    s.rated(attempt_id, r);
                }
                self.flash = Some(t!("mock-rated", due = due_in(card.due, now)));
            }
            Err(e) => self.flash = Some(e),
        }
    }

    /// Picks up an interview an earlier run left, at the question it
    /// stopped at, with its clock.
    pub(super) fn resume_mock(&mut self, r: Recovery, now: Instant) {
        let Some(open) = &r.session else {
            return;
        };
        let Some(record) = self.load_mock(&open.id) else {
            return;
        };
        let draft = r
            .draft
            .filter(|d| d.session_id.as_deref() == Some(record.id.as_str()));
        let m = Mock::resume(record, draft.as_ref().map(|d| d.elapsed_ms), now);
        let (i, n) = m.position();
        self.flow = None;
        self.mock = Some(m);
        let had_draft = draft.is_some();
        self.open_next_mock(draft, now);
        self.flash = Some(if had_draft {
            t!("mock-resumed-draft", i = i, n = n)
        } else {
            t!("mock-resumed", i = i, n = n)
        });
    }
}
