//! The interface in Korean (`i18n::scoped(Lang::Ko)`): snapshots of every
//! screen at 80x24, every border whole at every size, and the command line
//! with `LANG=ko_KR.UTF-8`. One module a part of the interface.

#[path = "../common/mod.rs"]
mod common;

mod browse_stats;
mod cli;
mod feedback_text;
mod layout;
mod mock;
mod practice;
mod shell;
mod story;
