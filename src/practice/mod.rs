//! Practice and review as a service without a terminal: planning a session
//! (an injected rng), what comes next, submitting, rating, follow-ups, and
//! picking up what an interruption left. The TUI drives it; its tests drive
//! it with no terminal at all.

mod asked;
mod flow;
pub mod plan;
pub mod recovery;

pub use asked::{Asked, bare, follow_up, resolve};
pub use flow::{AGAIN_GAP, Flow, Next, analyze, latest_attempt, record};
pub use recovery::Recovery;

#[cfg(test)]
mod tests;
