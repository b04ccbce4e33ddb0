//! Driving a mock interview: its clock in seconds from `NOW`, the choices
//! of a five-minute technical round, an app over fixture banks, and an
//! answer typed and submitted.

use super::tui::{NOW, ctrl, library, plain, type_str};
use rehearse::model::{Instant, Round, Span};
use rehearse::settings::MockChoices;
use rehearse::tui::app::App;

/// `s` seconds into the interview.
pub fn at(s: i64) -> Instant {
    NOW + Span::from_secs(s)
}

/// A five-minute technical round for `backend`, in the bank `language`.
pub fn choices(language: &str) -> MockChoices {
    MockChoices {
        role: "backend".into(),
        language: language.into(),
        round: Round::Technical,
        minutes: 5,
    }
}

/// An app over `banks` in memory, drawn without colour.
pub fn mock_app(banks: &[(&str, &str)]) -> App {
    plain(super::app_in_memory(library(banks), NOW))
}

/// Types `text` and submits it at `t` seconds.
pub fn answer(a: &mut App, text: &str, t: i64) {
    type_str(a, text, at(t));
    ctrl(a, 's', at(t));
}
