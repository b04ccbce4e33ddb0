//! rehearse: mock-interview practice in the terminal.
//!
//! The core (`bank`, `store`, `schedule`, `feedback`, `session`) knows nothing
//! about terminals; `tui` and `cli` sit on top of it.

pub mod bank;
pub mod browse;
pub mod cli;
pub mod clock;
pub mod external_editor;
pub mod feedback;
pub mod i18n;
pub mod mock;
pub mod model;
pub mod paths;
pub mod practice;
pub mod rescue;
pub mod schedule;
pub mod session;
pub mod settings;
pub mod stats;
pub mod store;
pub mod story;
pub mod study;
pub mod text;
pub mod tui;
