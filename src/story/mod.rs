//! Your story: the projects and the facts of what you did, kept in the
//! database as the YAML you wrote (PRODUCT.md, "Your story"), validated
//! like a bank with file:line:col errors, and used by the feedback (facts
//! used and missed), the generated questions and the gaps.

mod gaps;
mod model;
pub mod particles;
pub mod questions;
pub mod stored;

#[cfg(test)]
mod tests;

pub use gaps::{Competency, Gap, competencies, gap_lines, gaps};
pub use model::{Fact, Project, Story};
pub use questions::{is_story_bank, questions};
