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

/// The interface's catalogues (`i18n/`), compiled in, and where each
/// message is in them, written by build.rs (`i18n::catalogue::index`): the
/// first `t!` finds its message at once.
mod catalogue_data {
    use crate::i18n::Lang;
    use crate::i18n::catalogue::Place;

    // FILES: (name, text) sorted by name; INDEX: sorted by id.
    include!(concat!(env!("OUT_DIR"), "/catalogue-data.rs"));

    pub fn files(lang: Lang) -> &'static [(&'static str, &'static str)] {
        FILES[lang as usize]
    }

    pub fn index(lang: Lang) -> Option<&'static [Place]> {
        Some(INDEX[lang as usize])
    }
}
