//! The clap definitions: the global flags, the commands and their arguments.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Default, Parser)]
#[command(
    name = "rehearse",
    version,
    about = "Mock-interview practice in the terminal: timed answers, offline feedback, spaced repetition."
)]
pub struct Cli {
    /// Folder for the database and backups [env: REHEARSE_DATA_DIR]
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Extra question bank, a file or a folder of *.yaml (repeatable)
    #[arg(long = "banks", global = true, value_name = "PATH")]
    pub banks: Vec<PathBuf>,
    /// Your interview date (YYYY-MM-DD): every question comes back before it. Kept as a setting; `none` clears it.
    #[arg(long, global = true, value_name = "DATE")]
    pub interview_date: Option<String>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

impl Cli {
    /// The command line, as [`Cli::parse`] reads it; with no arguments at
    /// all (the app's home screen) what it would give, without building
    /// the parser, which is a tenth of the app's start-up.
    pub fn from_args() -> Cli {
        if std::env::args_os().len() <= 1 {
            Cli::default()
        } else {
            Cli::parse()
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Practise questions for your roles, timed, with feedback
    Practice(PracticeArgs),
    /// Work through the questions due for review, then new ones up to the daily limit
    Review(ReviewArgs),
    /// A whole interview on one clock, follow-ups and all; `--history` lists past ones
    Mock(MockArgs),
    /// Your projects and the facts of what you did: the story screen, or `story show` / `story edit`
    Story {
        #[command(subcommand)]
        command: Option<StoryCommand>,
    },
    /// Every question you have answered: versions, diffs, talking points
    Browse,
    /// Streak, calendar, answers per role, time against limits, due forecast, readiness
    Stats {
        /// Print JSON and exit instead of opening the screen
        #[arg(long)]
        json: bool,
    },
    /// Show your settings, or change one: `rehearse settings retention 0.85`
    Settings {
        /// The setting to change
        #[arg(value_enum)]
        key: Option<SettingKey>,
        /// Its new value
        value: Option<String>,
    },
    /// Fit the FSRS parameters to your own review history
    Optimize {
        /// Go back to the default parameters
        #[arg(long)]
        reset: bool,
    },
    /// Feedback on an answer without the full-screen app: from FILE, or standard input
    Check(CheckArgs),
    /// Question banks: list, validate, lint, write a template, import Markdown
    #[command(subcommand)]
    Banks(BanksCommand),
    /// Write every saved answer, schedule and review log
    Export(ExportArgs),
    /// Merge an export back in (restore, or move machines)
    Import {
        /// A file written by `rehearse export --format json`
        file: PathBuf,
    },
    /// Copy the database into the backups folder now
    Backup,
    /// Replace the database with a backup; without FILE, list the backups and ask which. The current one is kept aside
    Restore {
        /// A backup file (see `rehearse backup`)
        file: Option<PathBuf>,
    },
}

#[derive(Debug, Args, Default, Clone)]
pub struct PracticeArgs {
    /// Only questions for this role (repeatable), e.g. backend
    #[arg(long = "role", value_name = "ROLE")]
    pub roles: Vec<String>,
    /// Only questions from this bank id (repeatable)
    #[arg(long = "bank", id = "bank_ids", value_name = "ID")]
    pub banks: Vec<String>,
    /// Only questions with this tag (repeatable)
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,
    /// Only banks in this language, e.g. en or ko
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
    /// Only questions for this level (questions with no level are kept)
    #[arg(long, value_enum, value_name = "LEVEL")]
    pub level: Option<LevelArg>,
    /// How many questions (default: your last choice, else 5)
    #[arg(short = 'n', long = "count", value_name = "N", value_parser = clap::value_parser!(u16).range(1..=100))]
    pub count: Option<u16>,
}

/// `--level`: the seniority a question is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LevelArg {
    Junior,
    Mid,
    Senior,
}

impl From<LevelArg> for crate::bank::Level {
    fn from(l: LevelArg) -> Self {
        match l {
            LevelArg::Junior => crate::bank::Level::Junior,
            LevelArg::Mid => crate::bank::Level::Mid,
            LevelArg::Senior => crate::bank::Level::Senior,
        }
    }
}

#[derive(Debug, Args, Default, Clone)]
pub struct ReviewArgs {
    /// Only questions for this role (repeatable)
    #[arg(long = "role", value_name = "ROLE")]
    pub roles: Vec<String>,
    /// Recall the answer in your head instead of typing it
    #[arg(long)]
    pub recall: bool,
}

#[derive(Debug, Args, Default, Clone)]
pub struct MockArgs {
    /// The role you interview for, e.g. backend
    #[arg(long, value_name = "ROLE", required_unless_present = "history")]
    pub role: Option<String>,
    /// The language of the interview, e.g. en or ko
    #[arg(long, value_name = "LANG", conflicts_with = "history")]
    pub lang: Option<String>,
    /// The round: technical (1차 기술면접), culture (2차 인성면접) or both in one sitting
    #[arg(long, value_enum, value_name = "ROUND", conflicts_with = "history")]
    pub round: Option<RoundArg>,
    /// How long the interview is, 5 to 180 minutes (default: 30 technical, 20 culture, 50 full)
    #[arg(long, value_name = "N", conflicts_with = "history",
          value_parser = clap::value_parser!(u32).range(5..=180))]
    pub minutes: Option<u32>,
    /// List your past mock interviews, latest first, and exit (with --role: that role's)
    #[arg(long)]
    pub history: bool,
    /// With --history: print them as JSON
    #[arg(long, requires = "history")]
    pub json: bool,
}

/// `--round`: the kind of interview round.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RoundArg {
    Technical,
    Culture,
    Full,
}

impl From<RoundArg> for crate::model::Round {
    fn from(r: RoundArg) -> Self {
        match r {
            RoundArg::Technical => crate::model::Round::Technical,
            RoundArg::Culture => crate::model::Round::Culture,
            RoundArg::Full => crate::model::Round::Full,
        }
    }
}

#[derive(Debug, Args, Clone)]
pub struct CheckArgs {
    /// The bank the question is in, e.g. backend-en
    #[arg(long = "bank", id = "check_bank", value_name = "ID")]
    pub bank: String,
    /// The question's id in that bank, e.g. http-idempotency
    #[arg(long, value_name = "QID")]
    pub question: String,
    /// The answer: a text file, or `-` (or nothing) for standard input
    #[arg(value_name = "FILE|-")]
    pub file: Option<PathBuf>,
    /// Print JSON (every check with its verdict and evidence) instead of a report
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum StoryCommand {
    /// Print your story (projects, what you did, results)
    Show {
        /// Print it as JSON
        #[arg(long)]
        json: bool,
    },
    /// Write your story in $VISUAL or $EDITOR; it is kept once it validates
    Edit,
}

#[derive(Debug, Subcommand)]
pub enum BanksCommand {
    /// Roles, banks, question counts and where each came from
    List {
        /// Print JSON instead of a table
        #[arg(long)]
        json: bool,
    },
    /// Check bank files; exit 0 if all are valid, 1 with file:line:col errors if not
    Validate {
        /// Bank files or folders
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    /// Risky match terms: one-syllable Hangul, particles, words inside common words, generic words, words of the prompt; exit 1 if any
    Lint {
        /// Bank files or folders
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    /// Write a commented template bank to PATH
    New {
        #[arg(value_name = "PATH")]
        path: PathBuf,
    },
    /// Turn a Markdown list of questions (bullets, numbers or headings) into a bank
    Import {
        /// The Markdown file
        #[arg(value_name = "FILE.md")]
        file: PathBuf,
        /// The role the questions are for, e.g. backend
        #[arg(long)]
        role: String,
        /// The language of the questions, e.g. en or ko
        #[arg(long)]
        lang: String,
        /// Where to write the bank: a file, or a folder (`DIR/`) to write NAME-LANG.yaml in (default: your bank folder)
        #[arg(short = 'o', long = "output", value_name = "OUT")]
        output: Option<PathBuf>,
        /// Print only the totals, not what was taken or skipped line by line
        #[arg(short = 'q', long)]
        quiet: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SettingKey {
    /// Desired retention for scheduling, 0.70 to 0.99 (default 0.9)
    Retention,
    /// New questions a review may introduce per day (default 10)
    NewLimit,
    /// Your interview date, YYYY-MM-DD, or `none`
    InterviewDate,
    /// English speaking rate for the speaking-time estimate, words a minute (default 150)
    EnglishWpm,
    /// Korean speaking rate, Hangul syllables a minute (default 300)
    HangulSpm,
    /// The role you apply for (backend, frontend, data-engineering, cloud-devops), or `none`
    TargetRole,
    /// The interface's language: en or ko, or `auto` to follow the locale (LC_ALL, LC_MESSAGES, LANG)
    UiLanguage,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ExportFormat {
    /// The lossless interchange format
    Json,
    /// A study sheet: per role, each question with your latest answer and its key points
    Markdown,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// Write to FILE instead of standard output
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Only questions for this role
    #[arg(long, value_name = "ROLE")]
    pub role: Option<String>,
}

impl PracticeArgs {
    /// The filter the flags ask for; None when no filter flag was given, so
    /// the last practice choices apply.
    pub fn filter(&self) -> Option<crate::session::Filter> {
        let filter = crate::session::Filter {
            roles: self.roles.clone(),
            banks: self.banks.clone(),
            tags: self.tags.clone(),
            lang: self.lang.clone(),
            level: self.level.map(Into::into),
        };
        (filter != crate::session::Filter::default()).then_some(filter)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The parser, given no arguments, gives what the fast path does.
    #[test]
    fn no_arguments_parse_to_the_bare_command_line() {
        let parsed = Cli::try_parse_from(["rehearse"]).unwrap();
        assert_eq!(format!("{parsed:?}"), format!("{:?}", Cli::default()));
        let other = Cli::try_parse_from(["rehearse", "browse"]).unwrap();
        assert_ne!(format!("{other:?}"), format!("{:?}", Cli::default()));
    }
}
