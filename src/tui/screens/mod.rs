//! One file per screen: its state, its keys (returning an [`Effect`]) and
//! its drawing, over an [`Env`] rather than the whole app; and the popups.
//! No screen imports another, or the router.
//!
//! [`Effect`]: crate::tui::effect::Effect
//! [`Env`]: crate::tui::env::Env

pub mod answer;
pub mod browse;
pub mod feedback;
pub mod home;
pub mod mock_report;
pub mod mock_setup;
pub mod overlays;
pub mod recall;
pub mod setup;
pub mod stats;
pub mod story;
pub mod summary;
