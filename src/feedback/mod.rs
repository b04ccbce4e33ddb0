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
//! - [`role_profile`]: how much the answer sounds like each role.
//! - [`analyze`]: all of the above at once.
//!
//! What it says to people (a check's label and why, STAR's evidence, the
//! role profile's sentences) comes from the catalogue (`i18n/*/feedback.ftl`)
//! in the interface language; a [`Localized`] keeps the English beside it
//! for `check --json`.

use crate::bank::Kind;

mod analysis;
mod checks;
mod concrete;
mod coverage;
pub mod diff;
mod evidence;
mod fillers;
pub mod follow_ups;
mod hangul;
mod localized;
pub mod role;
mod star;
mod stats;
mod tech;
mod tokens;

#[cfg(test)]
mod tests;

pub use analysis::sentences;
pub use checks::{Check, Verdict};
pub use concrete::{Concreteness, concreteness};
pub use coverage::{Normalized, Point, PointHit, coverage, distinctive_words, term_matches};
pub use diff::{Change, DiffPart, DiffStats, diff_stats, word_diff};
pub use fillers::fillers;
pub use localized::Localized;
pub use role::{Lean, RoleAdvice, RoleProfile, RoleShare, RoleWord, role_profile, role_profile_of};
pub use star::{Star, StarPart, star};
pub use stats::{Rates, TextStats, text_stats};
pub(crate) use tech::find as technologies;

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
    /// The checks that fit the question, each with its verdict and
    /// evidence (see [`analyze_for`]).
    pub checks: Vec<Check>,
}

/// Runs every check on `answer`. `star` is `Some` only when `wants_star`
/// (behavioural questions), so technical answers are not nagged about STAR.
/// The checks are those of an experience question when `wants_star`, else
/// of a concept question; [`analyze_for`] takes the question's kind.
pub fn analyze(answer: &str, points: &[Point], wants_star: bool, rates: &Rates) -> Feedback {
    let kind = if wants_star {
        Kind::Experience
    } else {
        Kind::Technical
    };
    analyze_for(answer, points, kind, rates)
}

/// Runs every check that fits a question of `kind` on `answer`, reading one
/// analysis of it: a concept (technical) answer is judged on key points,
/// definition, example and trade-off; a story (experience, behavioural,
/// intro, closing) on first person, numbers, technologies, result and (for
/// experience and behavioural) STAR. The rest are "not applicable".
pub fn analyze_for(answer: &str, points: &[Point], kind: Kind, rates: &Rates) -> Feedback {
    let analysis = analysis::Analysis::new(answer);
    let coverage = coverage::coverage_in(&analysis, answer, points);
    let concreteness = concreteness(answer);
    let star = kind.wants_star().then(|| star(answer));
    let checks = checks::checks(
        kind,
        &checks::Inputs {
            text: answer,
            analysis: &analysis,
            coverage: &coverage,
            concreteness: &concreteness,
            star: star.as_ref(),
        },
    );
    Feedback {
        stats: text_stats(answer, rates),
        coverage,
        concreteness,
        fillers: fillers(answer),
        star,
        checks,
    }
}
