//! The answer being typed: the crash snapshot, the periodic save, and what
//! happens to text that cannot be saved.

use super::{App, Screen};
use crate::model::{Draft, Instant, Span};
use crate::session::Mode;

/// How often a changed draft is written while typing.
pub const DRAFT_SAVE: Span = Span::from_secs(1);

impl App {
    /// Keeps the shared snapshot current (for a crash) after any change.
    pub fn after_edit(&mut self, now: Instant) {
        let draft = self.current_draft(now);
        crate::tui::fatal::set_snapshot(draft.as_ref());
        if let Ok(mut slot) = self.shared_draft.lock() {
            *slot = draft;
        }
    }

    pub fn current_draft(&self, now: Instant) -> Option<Draft> {
        let Screen::Answer(a) = &self.screen else {
            return None;
        };
        if let Some(m) = &self.mock {
            return Some(a.draft(crate::mock::run::MODE, Some(m.record.id.clone()), now));
        }
        let flow = self.flow.as_ref();
        let mode = flow.map_or(Mode::Practice.as_str(), |f| f.mode_name());
        Some(a.draft(mode, flow.map(|f| f.session.id.clone()), now))
    }

    /// Called often: writes the draft when it changed and enough time passed
    /// (a failing disk is tried again at the same pace). True when it wrote
    /// (or failed to), so the screen may show something else.
    pub fn tick(&mut self, now: Instant) -> bool {
        let due = self.next_draft_save().is_some_and(|t| now >= t);
        if due {
            self.save_draft_now(now);
        }
        due
    }

    /// When [`App::tick`] next has a draft to write, if the text changed.
    pub fn next_draft_save(&self) -> Option<Instant> {
        match &self.screen {
            Screen::Answer(a) if a.unsaved() => Some(a.last_save + DRAFT_SAVE),
            _ => None,
        }
    }

    /// Writes the current draft (if answering and there is text) right away.
    /// When it cannot be written, the answer screen says so until it can.
    pub fn save_draft_now(&mut self, now: Instant) {
        let Some(draft) = self.current_draft(now) else {
            return;
        };
        let Screen::Answer(a) = &mut self.screen else {
            return;
        };
        let result = if draft.text.trim().is_empty() {
            self.store.clear_draft()
        } else {
            self.store.save_draft(&draft)
        };
        a.last_save = now;
        match result {
            Ok(()) => {
                a.saved_revision = a.editor.revision;
                a.save_error = None;
            }
            Err(e) => a.save_error = Some(e.to_string()),
        }
    }

    /// The text on screen could not be saved and the user quits anyway: it
    /// goes to a file outside the data folder, named when the app ends.
    pub(super) fn rescue_unsaved(&mut self, now: Instant) {
        let Some(draft) = self.current_draft(now) else {
            return;
        };
        let Screen::Answer(a) = &mut self.screen else {
            return;
        };
        if a.save_error.is_none() || draft.text.trim().is_empty() {
            return;
        }
        let why = a.save_error.clone().unwrap_or_default();
        self.rescued
            .push(crate::rescue::rescue_message(&draft, &why, now));
        // It is safe now; nothing else should try to save it on the way out.
        a.saved_revision = a.editor.revision;
    }

    /// Everything to do as the app ends: the draft saved (or rescued).
    /// Returns what to tell the user once the terminal is back.
    pub fn finish(&mut self, now: Instant) -> Vec<String> {
        self.save_draft_now(now);
        self.rescue_unsaved(now);
        std::mem::take(&mut self.rescued)
    }

    pub(super) fn drop_draft(&mut self) {
        if let Err(e) = self.store.clear_draft() {
            self.flash = Some(e.to_string());
        }
        if let Ok(mut slot) = self.shared_draft.lock() {
            *slot = None;
        }
        crate::tui::fatal::set_snapshot(None);
    }

    /// Takes the text back from $EDITOR.
    pub fn replace_answer_text(&mut self, text: &str, now: Instant) {
        if let Screen::Answer(a) = &mut self.screen {
            a.editor
                .set_text(crate::text::typed(text).trim_end_matches('\n'));
        }
        self.after_edit(now);
        self.save_draft_now(now);
    }
}
