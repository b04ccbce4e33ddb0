//! The command line: clap definitions and the commands that print and exit.
//!
//! `args` holds what clap parses; each family of commands has its own file
//! (`banks`, `check`, `data`, `mock`, `settings`, `story`), and `names` turns names the library does
//! not know into usage errors. This file dispatches, and keeps what
//! `main.rs` calls before the full-screen app starts.

use std::process::ExitCode;

use anyhow::bail;

use crate::bank::Library;
use crate::clock::iso_date;
use crate::paths::Paths;
use crate::settings::{INTERVIEW_DATE, parse_interview_date};
use crate::store::{Access, Store};

/// Prints a line; a closed pipe (`| head`) is not worth a panic.
macro_rules! say {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), $($t)*);
    }};
}

mod args;
mod banks;
mod check;
mod data;
mod mock;
mod names;
mod settings;
mod story;

pub use args::{
    BanksCommand, CheckArgs, Cli, Command, ExportArgs, ExportFormat, LevelArg, MockArgs,
    PracticeArgs, ReviewArgs, RoundArg, SettingKey, StoryCommand,
};
pub use names::check_names;

/// Runs a command that prints and exits.
pub fn run_command(cli: &Cli, command: &Command, paths: &Paths) -> anyhow::Result<ExitCode> {
    match command {
        Command::Banks(b) => banks::run(cli, b, paths),
        Command::Check(args) => check::run(cli, args, paths),
        Command::Export(args) => data::export(cli, args, paths),
        Command::Import { file } => data::import(file, paths),
        Command::Backup => data::backup(paths),
        Command::Restore { file } => data::restore(file.as_deref(), paths),
        Command::Optimize { reset } => settings::optimize(*reset, paths),
        Command::Stats { json: true } => data::stats_json(paths),
        Command::Settings { key, value } => settings::run(*key, value.as_deref(), paths),
        Command::Mock(args) if args.history => mock::history(cli, args, paths),
        Command::Story { command: Some(c) } => story::run(c, paths),
        Command::Practice(_)
        | Command::Review(_)
        | Command::Mock(_)
        | Command::Browse
        | Command::Story { command: None }
        | Command::Stats { .. } => {
            bail!(crate::t!("cli-needs-terminal"))
        }
    }
}

/// `--interview-date` is kept as a setting: store it (or clear it) first.
pub fn apply_interview_date(cli: &Cli, paths: &Paths) -> anyhow::Result<()> {
    if cli.interview_date.is_none() {
        return Ok(());
    }
    set_interview_date(cli, &Store::open(paths, Access::Exclusive)?)
}

/// [`apply_interview_date`] with the store already open.
pub fn set_interview_date(cli: &Cli, store: &Store) -> anyhow::Result<()> {
    let Some(text) = &cli.interview_date else {
        return Ok(());
    };
    let date = parse_interview_date(text, "--interview-date").map_err(|m| anyhow::anyhow!(m))?;
    store.set_setting(INTERVIEW_DATE, &date.map(iso_date).unwrap_or_default())?;
    Ok(())
}

/// The bundled banks, the user's bank folder, every `--banks` path (through
/// the bank cache in the data folder), and the questions from your story
/// (read without the lock, so a running app is not disturbed; a store that
/// cannot be read is one of the problems).
pub fn load_library(cli: &Cli, paths: &Paths) -> Library {
    let mut lib = load_banks(cli, paths);
    match Store::open(paths, Access::ReadOnly) {
        Ok(store) => lib.add_stored_story(&store),
        Err(e) => lib.problems.push(crate::bank::BankError::at(
            &crate::story::stored::story_file(),
            1,
            1,
            crate::t!("cli-story-questions-not-loaded", error = e.to_string()),
        )),
    }
    lib
}

/// [`load_library`] with the story from `store`, the one the app has open.
pub fn load_library_from(cli: &Cli, paths: &Paths, store: &Store) -> Library {
    let mut lib = load_banks(cli, paths);
    lib.add_stored_story(store);
    lib
}

fn load_banks(cli: &Cli, paths: &Paths) -> Library {
    Library::load_cached(
        paths.banks_dir.as_deref(),
        &cli.banks,
        Some(&paths.data_dir),
    )
}
