//! The router's side of your story: reading it, the My story screen, the
//! text `$EDITOR` gets and what comes back from it, and the side panel a
//! question's answer screen opens with.

use std::path::PathBuf;

use super::{App, Screen};
use crate::bank::Question;
use crate::store::Instant;
use crate::story;
use crate::t;
use crate::tui::screens::answer::StoryPanel;
use crate::tui::screens::story::StoryState;

impl App {
    /// Reads the stored story; a problem is said and the story left empty.
    pub fn load_story(&mut self) {
        match story::load(&self.store) {
            Ok(s) => self.story = s,
            Err(e) => self.flash = Some(e.to_string()),
        }
    }

    pub fn open_story(&mut self) {
        self.screen = Screen::Story(Box::new(StoryState::open(self.story_edit_file())));
    }

    /// Where the story is edited: a `story.yaml` (the name its errors
    /// give) in the data folder, so an edit that was not saved is still
    /// there next time, and after a crash.
    pub fn story_edit_file(&self) -> PathBuf {
        self.paths.data_dir.join("story-edit").join(story::FILE)
    }

    /// The text `$EDITOR` opens: `None` when an edit that was not saved
    /// is in the file already, else the stored story, else the template.
    pub fn story_text_to_edit(&self) -> Result<Option<String>, String> {
        if self.story_edit_file().exists() {
            return Ok(None);
        }
        match self.store.story_yaml() {
            Ok(Some((yaml, _))) => Ok(Some(yaml)),
            Ok(None) => Ok(Some(story::template().to_string())),
            Err(e) => Err(t!("story-unreadable", error = e.to_string())),
        }
    }

    /// What `$EDITOR` left in the edit file: saved when it is a valid
    /// story; otherwise its problems are shown, the old story kept, and
    /// the text stays in the file for the next edit.
    pub fn story_edited(&mut self, text: &str, now: Instant) {
        let file = self.story_edit_file();
        let shown = crate::text::one_line(&file.display().to_string());
        let stored = self.store.story_yaml().ok().flatten().map(|(y, _)| y);
        let Screen::Story(s) = &mut self.screen else {
            return;
        };
        let done = |s: &mut StoryState| {
            s.errors.clear();
            s.pending_edit = false;
            s.scroll = 0;
            let _ = std::fs::remove_file(&file);
        };
        if stored.as_deref() == Some(text) {
            done(s);
            self.flash = Some(t!("story-unchanged"));
            return;
        }
        if stored.is_none() && story::is_template(text) {
            done(s);
            self.flash = Some(t!("story-template-untouched"));
            return;
        }
        s.pending_edit = true;
        let new = match story::save(&self.store, text, now) {
            Ok(new) => new,
            Err(story::StoryError::Invalid(errors)) => {
                self.flash = Some(t!("story-save-invalid", n = errors.len()));
                s.errors = errors;
                return;
            }
            Err(e) => {
                s.errors.clear();
                self.flash = Some(t!(
                    "story-save-failed",
                    error = e.to_string(),
                    file = &shown
                ));
                return;
            }
        };
        done(s);
        self.flash = Some(t!(
            "story-saved",
            projects = new.projects.len(),
            facts = new.facts().count()
        ));
        // Its questions follow it: practised from now on, like a bank's.
        self.lib.add_story(&new);
        self.story = new;
    }

    /// The story panel for a question about to be answered.
    pub(super) fn story_panel(&self, q: &Question) -> StoryPanel {
        StoryPanel::new(&self.story, q, self.mock.is_some())
    }
}
