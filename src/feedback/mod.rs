//! Offline, explainable feedback on a typed interview answer (English, Korean
//! or mixed).
//!
//! Nothing here uses the network or a model: every check is a small rule set,
//! and every result carries the evidence that made it fire (the matched term,
//! the cue word, the heading), so the UI can always say *why*.
//!
//! - [`text_stats`]: length and estimated speaking time (cheap enough for
//!   every keystroke).
//! - [`coverage`]: which key points the answer mentions.
//! - [`concreteness`]: numbers, first person, technologies, impact words.
//! - [`fillers`]: filler words and phrases with counts.
//! - [`star`]: Situation / Task / Action / Result structure.
//! - [`diff`]: word-level diff between two drafts.
//! - [`analyze`]: all of the above at once.

mod analysis;
mod concrete;
mod coverage;
pub mod diff;
mod fillers;
mod hangul;
mod star;
mod stats;
mod tech;
mod tokens;

#[cfg(test)]
mod tests;

pub use concrete::{Concreteness, concreteness};
pub use coverage::{Normalized, Point, PointHit, coverage, term_matches};
pub use diff::{Change, DiffPart, DiffStats, diff_stats, word_diff};
pub use fillers::fillers;
pub use star::{Star, StarPart, star};
pub use stats::{Rates, TextStats, text_stats};

/// Everything the feedback pane shows for one answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Feedback {
    /// Length and estimated speaking time.
    pub stats: TextStats,
    /// One entry per key point, in the order given.
    pub coverage: Vec<PointHit>,
    /// Evidence that the answer is specific rather than generic.
    pub concreteness: Concreteness,
    /// Filler words and phrases, most frequent first.
    pub fillers: Vec<(String, usize)>,
    /// STAR structure; only computed for behavioural questions.
    pub star: Option<Star>,
}

/// Runs every check on `answer`. `star` is `Some` only when `wants_star`
/// (behavioural questions), so technical answers are not nagged about STAR.
pub fn analyze(answer: &str, points: &[Point], wants_star: bool, rates: &Rates) -> Feedback {
    Feedback {
        stats: text_stats(answer, rates),
        coverage: coverage(answer, points),
        concreteness: concreteness(answer),
        fillers: fillers(answer),
        star: wants_star.then(|| star(answer)),
    }
}
