//! Your story: the projects and the facts of what you did, kept in the
//! database as the YAML you wrote (PRODUCT.md, "Your story"), validated
//! like a bank with file:line:col errors, and used by the feedback (facts
//! used and missed), the generated questions and the gaps.

mod interim;
mod model;
mod relevant;
#[cfg(test)]
pub(crate) mod tests;

// LEAD: A's parse/load/save/TEMPLATE replace these at the merge.
pub use interim::{StoryError, TEMPLATE, load, parse, save};
pub use model::{Fact, Project, Story};
pub use relevant::{FactHit, MAX_FACTS, answer_facts, checks_story, facts_used, relevant};
