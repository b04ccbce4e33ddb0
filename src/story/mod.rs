//! Your story: the projects and the facts of what you did, kept in the
//! database as the YAML you wrote (PRODUCT.md, "Your story"), validated
//! like a bank with file:line:col errors, and used by the feedback (facts
//! used and missed), the generated questions and the gaps.

mod gaps;
mod model;
mod parse;
pub mod particles;
pub mod questions;
mod relevant;
pub mod stored;
mod template;

#[cfg(test)]
mod tests;

pub use gaps::{Competency, Gap, competencies, gap_lines, gaps};
pub use model::{Fact, Project, Story};
pub use parse::parse;
pub use questions::{is_story_bank, questions};
pub use relevant::{FactHit, MAX_FACTS, answer_facts, checks_story, facts_used, relevant};
pub use template::{TEMPLATE, TEMPLATE_KO, is_template, template};

use crate::bank::BankError;
use crate::model::Instant;
use crate::store::{ExportDoc, Store, StoreError, from_rfc3339};

/// The name a story is checked under: `rehearse story edit` opens a file
/// of this name, so its errors point into what you see.
pub const FILE: &str = "story.yaml";

#[derive(Debug, thiserror::Error)]
pub enum StoryError {
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The text is not a valid story: every problem, in file order.
    #[error("{}", invalid_message(.0))]
    Invalid(Vec<BankError>),
}

fn invalid_message(errors: &[BankError]) -> String {
    let first = errors.first().map(ToString::to_string).unwrap_or_default();
    crate::t!(
        "story-invalid",
        error = first,
        more = errors.len().saturating_sub(1)
    )
}

/// The stored story; an empty one when none was written.
pub fn load(store: &Store) -> Result<Story, StoryError> {
    match store.story_yaml()? {
        Some((yaml, _)) => parse(FILE, yaml.as_bytes()).map_err(StoryError::Invalid),
        None => Ok(Story::default()),
    }
}

/// Validates `yaml` and stores it as the story; invalid text is never
/// stored, and the old story stays.
pub fn save(store: &Store, yaml: &str, now: Instant) -> Result<Story, StoryError> {
    let story = parse(FILE, yaml.as_bytes()).map_err(StoryError::Invalid)?;
    store.set_story_yaml(yaml, now)?;
    Ok(story)
}

/// Checks the story an export carries before it is imported. One that
/// does not validate, or whose time is not RFC 3339, is taken out of `doc`
/// (so the rest imports) and its problems are returned, one a line.
pub fn vet_import(doc: &mut ExportDoc) -> Option<Vec<String>> {
    let s = doc.story.as_ref()?;
    let problems = match parse(FILE, s.yaml.as_bytes()) {
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
        Ok(_) if from_rfc3339(&s.updated_at).is_none() => vec![crate::t!(
            "story-import-bad-time",
            value = crate::text::truncate(&crate::text::one_line(&s.updated_at), 40)
        )],
        Ok(_) => return None,
    };
    doc.story = None;
    Some(problems)
}

#[cfg(test)]
mod load_tests {
    use super::*;

    #[test]
    fn save_validates_first_and_keeps_the_old_story() {
        let store = Store::in_memory().unwrap();
        assert_eq!(load(&store).unwrap(), Story::default(), "none written yet");
        let good = "projects:\n  - id: crawler\n    name: 크롤러\n    did: [EC2 8대로 분산]\n";
        let saved = save(&store, good, Instant::from_ms(5)).unwrap();
        assert_eq!(saved.projects[0].did, ["EC2 8대로 분산"]);
        let err = save(&store, "projects:\n  - name: no id\n", Instant::from_ms(9)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "the story is not valid: story.yaml:2:5: projects[0]: missing key `id`: every project needs a stable id, a slug like `crawler`"
        );
        assert_eq!(
            store.story_yaml().unwrap(),
            Some((good.to_string(), Instant::from_ms(5)))
        );
        assert_eq!(load(&store).unwrap(), saved);
    }

    #[test]
    fn a_stored_story_that_no_longer_validates_says_so() {
        let store = Store::in_memory().unwrap();
        store
            .set_story_yaml("projects: 3\nextra: 1\n", Instant::from_ms(1))
            .unwrap();
        let err = load(&store).unwrap_err().to_string();
        assert!(
            err.starts_with("the story is not valid: story.yaml:1:11: projects: invalid type")
                && err.ends_with("(and 1 more)"),
            "{err}"
        );
    }
}
