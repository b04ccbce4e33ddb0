//! The router's popups: quitting (which asks when text is unsaved or an
//! answer unrated), the recovery prompt, and the yes/no questions.

use super::{App, Overlay, Screen};
use crate::practice::{Recovery, recovery};
use crate::store::Instant;
use crate::tui::effect::Confirm;
use crate::tui::keymap::Action;

impl App {
    /// `q` or Ctrl+C: quits, unless the text on screen could not be saved
    /// or an answer is unrated (then it asks once; a second Ctrl+C is the
    /// answer).
    pub(super) fn request_quit(&mut self, now: Instant) {
        self.save_draft_now(now);
        let unsaved = matches!(&self.screen, Screen::Answer(a) if a.save_error.is_some());
        if unsaved && !matches!(self.overlay, Some(Overlay::Confirm(Confirm::QuitUnsaved))) {
            self.overlay = Some(Overlay::Confirm(Confirm::QuitUnsaved));
            return;
        }
        if let Screen::Feedback(f) = &self.screen
            && !f.earlier
            && !matches!(self.overlay, Some(Overlay::Confirm(Confirm::QuitUnrated)))
        {
            self.overlay = Some(Overlay::Confirm(Confirm::QuitUnrated));
            return;
        }
        if let Screen::Setup(s) = &self.screen {
            let (filter, count) = (s.filter.clone(), s.count);
            self.remember_practice(&filter, count);
        }
        self.quit = true;
    }

    pub(super) fn on_recover(&mut self, r: Recovery, action: Option<Action>, now: Instant) {
        match action {
            Some(Action::Resume)
                if r.session
                    .as_ref()
                    .is_some_and(|s| s.mode == crate::mock::run::MODE) =>
            {
                self.resume_mock(r, now)
            }
            Some(Action::Resume) => self.resume(r, now),
            Some(Action::Later) => {
                // Set aside, so the next answer typed cannot write over it.
                if let Err(e) = recovery::keep_for_later(&self.store, &r) {
                    self.flash = Some(e.to_string());
                    self.overlay = Some(Overlay::Recover(Box::new(r)));
                    return;
                }
                self.run_pending(now);
            }
            Some(Action::Discard) => {
                self.held_recovery = Some(Box::new(r));
                self.overlay = Some(Overlay::Confirm(Confirm::DiscardRecovered));
            }
            _ => {
                self.flash = Some(crate::t!("shell-recover-keys"));
                self.overlay = Some(Overlay::Recover(Box::new(r)));
            }
        }
    }

    pub(super) fn on_confirm(&mut self, c: Confirm, action: Option<Action>, now: Instant) {
        let yes = match action {
            Some(Action::Yes) => true,
            Some(Action::No) => false,
            _ => {
                self.flash = Some(crate::t!("shell-confirm-keys"));
                self.overlay = Some(Overlay::Confirm(c));
                return;
            }
        };
        if !yes {
            if let Some(r) = self.held_recovery.take() {
                self.overlay = Some(Overlay::Recover(r));
            }
            return;
        }
        match c {
            Confirm::Quit | Confirm::QuitUnrated => self.quit = true,
            Confirm::QuitUnsaved => {
                self.rescue_unsaved(now);
                self.quit = true;
            }
            Confirm::DiscardRecovered => {
                let Some(r) = self.held_recovery.take() else {
                    return;
                };
                match recovery::discard(&self.store, &r, now) {
                    Ok(()) => {
                        if !self.run_pending(now) {
                            self.flash = Some(crate::t!("shell-discarded"));
                        }
                    }
                    Err(e) => self.flash = Some(e.to_string()),
                }
            }
            Confirm::SkipRating => self.skip_rating(now),
            Confirm::DiscardAnswer => {
                self.drop_draft();
                if let Some(f) = &mut self.flow {
                    f.discard_current();
                }
                self.open_next(now);
            }
            Confirm::PassQuestion => self.pass_mock_question(now),
            Confirm::EndInterview => self.end_mock(now),
            Confirm::EndSession => {
                self.drop_draft();
                if let Some(f) = &mut self.flow {
                    f.end();
                }
                self.finish_session(now);
            }
        }
    }
}
