//! The stored story, read where the library is built (the CLI's commands
//! and the app's start-up) so its questions are practised like a bank's.
//!
use super::Story;
use crate::bank::{BankError, Library};
use crate::store::Store;

/// The name the stored story goes by in messages ("your story", "내 경험").
pub fn story_file() -> String {
    crate::t!("story-file-name")
}

impl Library {
    /// Adds the questions of the story stored in `store`; a story that
    /// cannot be read is one of the library's problems, naming it.
    pub fn add_stored_story(&mut self, store: &Store) {
        match read(store) {
            Ok(story) => self.add_story(&story),
            Err(problems) => self.problems.extend(problems),
        }
    }
}

/// The story in `store` (empty when none was written); one that no
/// longer validates gives its file:line:col errors.
pub fn read(store: &Store) -> Result<Story, Vec<BankError>> {
    match super::load(store) {
        Ok(story) => Ok(story),
        Err(super::StoryError::Invalid(errors)) => Err(errors),
        Err(super::StoryError::Store(e)) => Err(vec![BankError::at(
            &story_file(),
            1,
            1,
            crate::t!("story-db-unreadable", error = e.to_string()),
        )]),
    }
}
