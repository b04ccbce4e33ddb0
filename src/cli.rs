//! The command line: clap definitions and the commands that print and exit.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, bail};
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::bank::{self, Library, Origin};
use crate::clock::{LocalDay, now_ms};
use crate::paths::Paths;
use crate::store::{self, Access, Store};
use crate::text;

/// Prints a line; a closed pipe (`| head`) is not worth a panic.
macro_rules! say {
    ($($t:tt)*) => {{
        let _ = writeln!(std::io::stdout(), $($t)*);
    }};
}

#[derive(Debug, Parser)]
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

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Practise questions for your roles, timed, with feedback
    Practice(PracticeArgs),
    /// Work through the questions due for review, then new ones up to the daily limit
    Review(ReviewArgs),
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
    /// Question banks: list, validate, write a template, import Markdown
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
        /// Where to write the bank (default: your bank folder, as BANK-ID.yaml)
        #[arg(short = 'o', long = "output", value_name = "OUT")]
        output: Option<PathBuf>,
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

/// Runs a command that prints and exits.
pub fn run_command(cli: &Cli, command: &Command, paths: &Paths) -> anyhow::Result<ExitCode> {
    match command {
        Command::Banks(b) => banks(cli, b, paths),
        Command::Export(args) => export(cli, args, paths),
        Command::Import { file } => import(file, paths),
        Command::Backup => {
            let store = Store::open(paths, Access::Exclusive)?;
            let path = store.backup_to(&paths.backups_dir())?;
            say!("backed up to {}", path.display());
            Ok(ExitCode::SUCCESS)
        }
        Command::Restore { file } => restore(file.as_deref(), paths),
        Command::Optimize { reset } => optimize(*reset, paths),
        Command::Stats { json: true } => {
            let store = Store::open(paths, Access::ReadOnly)?;
            let day = LocalDay::system();
            let scheduler = crate::settings::Settings::load(&store)?.scheduler(&day)?;
            let now = now_ms();
            let rows = store.stats_rows(day.offset_s(now))?;
            let report = crate::stats::report_from(&rows, &scheduler, now, &day);
            say!("{}", text::json_pretty(&report)?);
            Ok(ExitCode::SUCCESS)
        }
        Command::Settings { key, value } => settings(*key, value.as_deref(), paths),
        Command::Practice(_) | Command::Review(_) | Command::Browse | Command::Stats { .. } => {
            bail!("this command opens the full-screen app; run it in a terminal")
        }
    }
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

/// Roles, languages, banks and tags on the command line that the loaded
/// library does not have. Call after the library loads and before the TUI
/// starts; the error is a usage error (`exit()` prints it and exits 2).
pub fn check_names(cli: &Cli, lib: &Library) -> Result<(), clap::Error> {
    use crate::bank::names::unknown;
    let mut problems = Vec::new();
    let roles = lib.role_names();
    match &cli.command {
        Some(Command::Practice(p)) => {
            problems.extend(
                p.roles
                    .iter()
                    .filter_map(|r| unknown("role", "roles", r, &roles, false)),
            );
            let ids = lib.bank_ids();
            problems.extend(
                p.banks
                    .iter()
                    .filter_map(|b| unknown("bank", "banks", b, &ids, false)),
            );
            let langs = lib.language_names();
            problems.extend(
                p.lang
                    .iter()
                    .filter_map(|l| unknown("language", "languages", l, &langs, false)),
            );
            // Tags are looked for in the banks the rest of the filter keeps
            // (in all of them when that filter has a problem of its own).
            let mut rest = p.filter().unwrap_or_default();
            rest.tags.clear();
            let narrowed = problems.is_empty()
                && !(p.roles.is_empty() && p.banks.is_empty() && p.lang.is_none());
            let tags: std::collections::BTreeSet<String> = lib
                .banks
                .iter()
                .filter(|b| !narrowed || rest.matches_bank(b))
                .flat_map(|b| &b.questions)
                .flat_map(|q| q.tags.iter().cloned())
                .collect();
            let within = if narrowed {
                " in the banks chosen by --role, --bank and --lang"
            } else {
                ""
            };
            problems.extend(p.tags.iter().filter_map(|t| {
                crate::bank::names::unknown_in("tag", "tags", t, &tags, true, within)
            }));
        }
        Some(Command::Review(r)) => {
            problems.extend(
                r.roles
                    .iter()
                    .filter_map(|x| unknown("role", "roles", x, &roles, false)),
            );
        }
        _ => {}
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(usage_error(problems.join("\n")))
    }
}

fn usage_error(message: String) -> clap::Error {
    use clap::CommandFactory;
    Cli::command().error(clap::error::ErrorKind::InvalidValue, message)
}

/// `--interview-date` is kept as a setting: store it (or clear it) first.
pub fn apply_interview_date(cli: &Cli, paths: &Paths) -> anyhow::Result<()> {
    let Some(text) = &cli.interview_date else {
        return Ok(());
    };
    let date = crate::settings::parse_interview_date(text, "--interview-date")
        .map_err(|m| anyhow::anyhow!(m))?;
    let store = Store::open(paths, Access::Exclusive)?;
    match date {
        Some(d) => {
            store.set_setting(crate::settings::INTERVIEW_DATE, &crate::clock::iso_date(d))?
        }
        None => store.set_setting(crate::settings::INTERVIEW_DATE, "")?,
    }
    Ok(())
}

pub fn load_library(cli: &Cli, paths: &Paths) -> Library {
    Library::load(paths.banks_dir.as_deref(), &cli.banks)
}

fn banks(cli: &Cli, cmd: &BanksCommand, paths: &Paths) -> anyhow::Result<ExitCode> {
    match cmd {
        BanksCommand::List { json } => {
            let lib = load_library(cli, paths);
            if *json {
                say!("{}", text::json_pretty(&banks_json(&lib, paths))?);
            } else {
                print_banks(&lib, paths);
            }
            Ok(ExitCode::SUCCESS)
        }
        BanksCommand::Validate { paths: targets } => validate(targets),
        BanksCommand::Import {
            file,
            role,
            lang,
            output,
        } => import_markdown(file, role, lang, output.as_deref(), paths),
        BanksCommand::New { path } => {
            if path.exists() {
                bail!("{} already exists; choose a new file name", path.display());
            }
            std::fs::write(path, bank::template::TEMPLATE)
                .with_context(|| format!("cannot write {}", path.display()))?;
            say!("wrote a template bank to {}", path.display());
            say!("check it with: rehearse banks validate {}", path.display());
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn print_banks(lib: &Library, paths: &Paths) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(
        out,
        "{:<20} {:<5} {:<26} {:>9}  SOURCE",
        "ROLE", "LANG", "BANK", "QUESTIONS"
    );
    for (role, banks) in lib.roles() {
        for b in banks {
            let _ = writeln!(
                out,
                "{:<20} {:<5} {:<26} {:>9}  {}",
                text::one_line(role),
                text::one_line(&b.language),
                text::one_line(&b.id),
                b.questions.len(),
                text::one_line(&b.origin.path_display())
            );
        }
    }
    let _ = writeln!(
        out,
        "\n{}, {}, {}",
        count(lib.roles().len(), "role", "roles"),
        count(lib.banks.len(), "bank", "banks"),
        count(lib.question_count(), "question", "questions")
    );
    if let Some(dir) = &paths.banks_dir {
        let _ = writeln!(
            out,
            "your bank folder: {}",
            text::one_line(&dir.display().to_string())
        );
    }
    for n in &lib.notices {
        let _ = writeln!(out, "notice: {}", text::one_line(n));
    }
    for p in &lib.problems {
        let _ = writeln!(out, "problem: {p}");
    }
}

fn banks_json(lib: &Library, paths: &Paths) -> serde_json::Value {
    let banks: Vec<serde_json::Value> = lib
        .banks
        .iter()
        .map(|b| {
            let (source, path) = match &b.origin {
                Origin::Bundled(p) => ("bundled", p.clone()),
                Origin::UserFolder(p) => ("user", p.display().to_string()),
                Origin::CommandLine(p) => ("banks-flag", p.display().to_string()),
            };
            serde_json::json!({
                "id": b.id, "title": b.title, "role": b.role, "language": b.language,
                "questions": b.questions.len(), "source": source, "path": path,
            })
        })
        .collect();
    let roles: Vec<serde_json::Value> = lib
        .roles()
        .into_iter()
        .map(|(role, banks)| {
            let langs: Vec<&str> = banks.iter().map(|b| b.language.as_str()).collect();
            let count: usize = banks.iter().map(|b| b.questions.len()).sum();
            serde_json::json!({ "role": role, "languages": langs, "questions": count })
        })
        .collect();
    serde_json::json!({
        "roles": roles,
        "banks": banks,
        "notices": lib.notices,
        "problems": lib.problems.iter().map(|p| p.to_string()).collect::<Vec<_>>(),
        "user_folder": paths.banks_dir.as_ref().map(|d| d.display().to_string()),
    })
}

/// "1 question", "2 questions".
pub use crate::text::count;

fn validate(targets: &[PathBuf]) -> anyhow::Result<ExitCode> {
    let mut bad = 0;
    let mut good = 0;
    let mut problems = 0;
    for target in targets {
        let shown = text::one_line(&target.display().to_string());
        let files = match bank::bank_files(target) {
            Ok(f) => f,
            Err(e) => {
                say!("{shown}:1:1: cannot read: {e}");
                bad += 1;
                problems += 1;
                continue;
            }
        };
        if files.is_empty() {
            say!("{shown}:1:1: no *.yaml or *.yml bank files here");
            bad += 1;
            problems += 1;
        }
        for f in files {
            match bank::load_file_all(&f, Origin::CommandLine(f.clone())) {
                Ok(b) => {
                    good += 1;
                    say!(
                        "ok {} ({} `{}`, {})",
                        text::one_line(&f.display().to_string()),
                        text::one_line(&b.role),
                        text::one_line(&b.id),
                        count(b.questions.len(), "question", "questions")
                    );
                }
                Err(errors) => {
                    bad += 1;
                    problems += errors.len();
                    for e in errors {
                        say!("{e}");
                    }
                }
            }
        }
    }
    if bad > 0 {
        say!(
            "{} in {} invalid, {} valid",
            count(problems, "problem", "problems"),
            count(bad, "file", "files"),
            good
        );
        Ok(ExitCode::from(1))
    } else {
        Ok(ExitCode::SUCCESS)
    }
}

fn export(cli: &Cli, args: &ExportArgs, paths: &Paths) -> anyhow::Result<ExitCode> {
    let store = Store::open(paths, Access::ReadOnly)?;
    if let Some(role) = &args.role {
        // A role is known if a bank serves it or an answer was saved under it.
        let mut roles = load_library(cli, paths).role_names();
        roles.extend(store.role_totals()?.into_iter().map(|r| r.role));
        if let Some(m) = bank::names::unknown("role", "roles", role, &roles, false) {
            let _ = usage_error(m).print();
            return Ok(ExitCode::from(2));
        }
    }
    let body = match args.format {
        ExportFormat::Json => {
            let doc = store.export(args.role.as_deref())?;
            text::json_pretty(&doc)? + "\n"
        }
        ExportFormat::Markdown => {
            let lib = load_library(cli, paths);
            crate::study::study_sheet(
                &store,
                &lib,
                args.role.as_deref(),
                now_ms(),
                &LocalDay::system(),
            )?
        }
    };
    write_output(args.output.as_deref(), &body)?;
    Ok(ExitCode::SUCCESS)
}

fn write_output(output: Option<&Path>, body: &str) -> anyhow::Result<()> {
    match output {
        Some(p) => {
            std::fs::write(p, body).with_context(|| format!("cannot write {}", p.display()))?;
            eprintln!("wrote {}", p.display());
        }
        None => {
            let mut out = std::io::stdout().lock();
            // A closed pipe (`| head`) is not an error worth reporting.
            let _ = out.write_all(body.as_bytes());
        }
    }
    Ok(())
}

fn import(file: &Path, paths: &Paths) -> anyhow::Result<ExitCode> {
    let shown = file.display().to_string();
    let bytes = std::fs::read(file).with_context(|| format!("cannot read {shown}"))?;
    let doc: store::ExportDoc = serde_json::from_slice(&bytes).map_err(|e| {
        anyhow::anyhow!(
            "{}:{}:{}: not a valid rehearse export: {}",
            shown,
            e.line(),
            e.column(),
            text::one_line(&e.to_string())
        )
    })?;
    let mut store = Store::open(paths, Access::Exclusive)?;
    let sum = store.import(&doc, &shown)?;
    say!(
        "imported {}: {}, {} ({} already present), {}, {} updated",
        text::one_line(&shown),
        count(sum.questions, "question", "questions"),
        count(sum.attempts_added, "new attempt", "new attempts"),
        sum.attempts_present,
        count(sum.reviews_added, "review-log entry", "review-log entries"),
        count(sum.schedules_updated, "schedule", "schedules")
    );
    Ok(ExitCode::SUCCESS)
}

fn restore(file: Option<&Path>, paths: &Paths) -> anyhow::Result<ExitCode> {
    let source = match file {
        Some(f) => f.to_path_buf(),
        None => match choose_backup(paths)? {
            Some(b) => b,
            None => return Ok(ExitCode::from(1)),
        },
    };
    let shown = |p: &Path| text::one_line(&p.display().to_string());
    let aside = store::restore(paths, &source)?;
    say!(
        "restored {} into {}",
        shown(&source),
        shown(&paths.database())
    );
    if let Some(a) = aside {
        say!("the previous database was kept as {}", shown(&a));
    }
    Ok(ExitCode::SUCCESS)
}

/// Lists the backups (when taken, answers held, sound or not) and asks which
/// to restore; None when nothing was chosen (the reason already printed).
fn choose_backup(paths: &Paths) -> anyhow::Result<Option<PathBuf>> {
    use std::io::IsTerminal;
    let dir = paths.backups_dir();
    let shown_dir = text::one_line(&dir.display().to_string());
    let backups = store::list_backups(&dir);
    if backups.is_empty() {
        bail!("there are no backups in {shown_dir}; pass a backup FILE");
    }
    say!("backups in {shown_dir}, newest first:");
    let listed: Vec<(PathBuf, bool)> = backups
        .into_iter()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let health = store::check_backup(&b.path);
            let when =
                chrono::DateTime::<chrono::Utc>::from_naive_utc_and_offset(b.taken, chrono::Utc)
                    .with_timezone(&chrono::Local)
                    .format("%Y-%m-%d %H:%M:%S %:z");
            let name = b.path.file_name().unwrap_or_default().to_string_lossy();
            let state = match &health {
                Ok(n) => format!("{n} answer{}, sound", if *n == 1 { "" } else { "s" }),
                Err(e) => format!("NOT SOUND: {e}"),
            };
            say!(
                "  {:>2}. {when}  {}  {}",
                i + 1,
                text::one_line(&name),
                text::one_line(&state)
            );
            (b.path, health.is_ok())
        })
        .collect();
    if !std::io::stdin().is_terminal() {
        eprintln!(
            "rehearse: nothing was restored; to restore one, pass its FILE, e.g. `rehearse restore {}`",
            text::one_line(&listed[0].0.display().to_string())
        );
        return Ok(None);
    }
    let mut out = std::io::stdout().lock();
    let _ = write!(
        out,
        "restore which one? (1-{}, Enter to cancel) ",
        listed.len()
    );
    let _ = out.flush();
    let mut line = String::new();
    std::io::stdin()
        .read_line(&mut line)
        .context("cannot read your answer from the terminal")?;
    match pick(&line, &listed) {
        Pick::Cancel => {
            say!("nothing was restored");
            Ok(None)
        }
        Pick::Chosen(p) => Ok(Some(p)),
        Pick::Unsound(n) => {
            say!("backup {n} is not sound; nothing was restored");
            Ok(None)
        }
        Pick::Invalid => {
            say!(
                "`{}` is not a number from 1 to {}; nothing was restored",
                text::one_line(line.trim()),
                listed.len()
            );
            Ok(None)
        }
    }
}

#[derive(Debug, PartialEq)]
enum Pick {
    Cancel,
    Chosen(PathBuf),
    Unsound(usize),
    Invalid,
}

/// Reads the answer to "restore which one?": a number from the list, or
/// nothing to cancel.
fn pick(line: &str, listed: &[(PathBuf, bool)]) -> Pick {
    let line = line.trim();
    if line.is_empty() {
        return Pick::Cancel;
    }
    match line.parse::<usize>() {
        Ok(n) if (1..=listed.len()).contains(&n) => match &listed[n - 1] {
            (p, true) => Pick::Chosen(p.clone()),
            (_, false) => Pick::Unsound(n),
        },
        _ => Pick::Invalid,
    }
}

fn optimize(reset: bool, paths: &Paths) -> anyhow::Result<ExitCode> {
    let store = Store::open(paths, Access::Exclusive)?;
    if reset {
        store.set_setting(crate::settings::FSRS_PARAMS, "[]")?;
        say!("FSRS parameters reset to the defaults");
        return Ok(ExitCode::SUCCESS);
    }
    let log = store.all_reviews()?;
    match crate::schedule::optimize(&log) {
        Ok(params) => {
            crate::schedule::Scheduler::new(&params, 0.9, None)?;
            store.set_setting(
                crate::settings::FSRS_PARAMS,
                &serde_json::to_string(&params)?,
            )?;
            say!(
                "fitted FSRS parameters to {} and saved them:",
                count(log.len(), "review", "reviews")
            );
            say!(
                "{}",
                params
                    .iter()
                    .map(|p| format!("{p:.4}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
        Err(e @ crate::schedule::OptimizeError::NotEnough { .. }) => {
            say!("{e}; until then the default parameters are used");
        }
        Err(e) => return Err(e.into()),
    }
    Ok(ExitCode::SUCCESS)
}

fn import_markdown(
    file: &Path,
    role: &str,
    lang: &str,
    output: Option<&Path>,
    paths: &Paths,
) -> anyhow::Result<ExitCode> {
    let shown = text::one_line(&file.display().to_string());
    let bytes = std::fs::read(file).with_context(|| format!("cannot read {shown}"))?;
    let markdown =
        String::from_utf8(bytes).map_err(|_| anyhow::anyhow!("{shown} is not UTF-8 text"))?;
    let stem = bank::markdown::slug(
        &file
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default(),
    );
    // A name with no ASCII words slugs to `q-HASH`; as a bank id that reads better as `md-HASH`.
    let stem = match stem.strip_prefix("q-") {
        Some(hash) => format!("md-{hash}"),
        None if stem.is_empty() => "imported".to_string(),
        None => stem,
    };
    let bank_id = format!("{stem}-{lang}");
    let title = file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| bank_id.clone());
    let imported = bank::markdown::import_markdown(&markdown, &bank_id, &title, role, lang);
    for s in &imported.skipped {
        say!(
            "skipped {shown}:{}: {} ({})",
            s.line,
            text::one_line(&s.text),
            s.reason
        );
    }
    for q in &imported.taken {
        say!(
            "took {shown}:{}: {} — {}",
            q.line,
            q.id,
            text::one_line(&q.prompt)
        );
    }
    if imported.taken.is_empty() {
        bail!(
            "found no questions in {shown}; questions are list items or headings that end in `?` or ask something"
        );
    }
    let out = match output {
        Some(p) => p.to_path_buf(),
        None => match &paths.banks_dir {
            Some(d) => {
                std::fs::create_dir_all(d)
                    .with_context(|| format!("cannot create {}", d.display()))?;
                d.join(format!("{bank_id}.yaml"))
            }
            None => PathBuf::from(format!("{bank_id}.yaml")),
        },
    };
    if out.exists() {
        bail!(
            "{} already exists; pass -o to write somewhere else",
            out.display()
        );
    }
    // What we write must load: check it before it reaches the disk.
    bank::parse_bank(
        &out.display().to_string(),
        &bank_id,
        imported.yaml.as_bytes(),
        Origin::CommandLine(out.clone()),
    )
    .map_err(|e| {
        anyhow::anyhow!("the imported bank does not validate ({e}); please report this")
    })?;
    std::fs::write(&out, &imported.yaml)
        .with_context(|| format!("cannot write {}", out.display()))?;
    say!(
        "wrote {} ({}, {} skipped); add key_points to get coverage feedback",
        out.display(),
        count(imported.taken.len(), "question", "questions"),
        count(imported.skipped.len(), "line", "lines")
    );
    Ok(ExitCode::SUCCESS)
}

fn settings(
    key: Option<SettingKey>,
    value: Option<&str>,
    paths: &Paths,
) -> anyhow::Result<ExitCode> {
    use crate::settings as s;
    let (Some(key), Some(value)) = (key, value) else {
        if key.is_some() {
            bail!("give the new value too, e.g. `rehearse settings retention 0.85`");
        }
        let store = Store::open(paths, Access::ReadOnly)?;
        let cur = s::Settings::load(&store)?;
        say!("retention       {}", cur.desired_retention);
        say!("new-limit       {}", cur.new_limit);
        say!(
            "interview-date  {}",
            cur.interview_date
                .map_or("none".to_string(), |d| d.to_string())
        );
        say!("english-wpm     {}", cur.english_wpm);
        say!("hangul-spm      {}", cur.hangul_spm);
        say!(
            "fsrs parameters {}",
            if cur.fsrs_parameters.is_empty() {
                "defaults (run `rehearse optimize` to fit yours)"
            } else {
                "fitted to your reviews"
            }
        );
        return Ok(ExitCode::SUCCESS);
    };
    // Say the key as the user typed it (`interview-date`), not as it is stored.
    let typed = key
        .to_possible_value()
        .map_or_else(String::new, |v| v.get_name().to_string());
    let bad =
        |what: &str| anyhow::anyhow!("settings {typed} `{}` is not {what}", text::one_line(value));
    let (name, stored) = match key {
        SettingKey::Retention => {
            let r: f32 = value.parse().map_err(|_| bad("a number like 0.9"))?;
            if !(0.7..=0.99).contains(&r) {
                bail!("retention must be between 0.70 and 0.99");
            }
            (s::RETENTION, r.to_string())
        }
        SettingKey::NewLimit => {
            let n: u32 = value.parse().map_err(|_| bad("a whole number"))?;
            (s::NEW_LIMIT, n.to_string())
        }
        SettingKey::InterviewDate => {
            let d = s::parse_interview_date(value, "settings interview-date")
                .map_err(|m| anyhow::anyhow!(m))?;
            (
                s::INTERVIEW_DATE,
                d.map(|d| d.to_string()).unwrap_or_default(),
            )
        }
        SettingKey::EnglishWpm | SettingKey::HangulSpm => {
            let n: f64 = value.parse().map_err(|_| bad("a number"))?;
            if !(30.0..=1000.0).contains(&n) {
                bail!("a speaking rate must be between 30 and 1000 a minute");
            }
            (
                if key == SettingKey::EnglishWpm {
                    s::ENGLISH_WPM
                } else {
                    s::HANGUL_SPM
                },
                n.to_string(),
            )
        }
    };
    let store = Store::open(paths, Access::Exclusive)?;
    store.set_setting(name, &stored)?;
    say!(
        "saved {typed} = {}",
        if stored.is_empty() { "none" } else { &stored }
    );
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_restore_question_takes_a_listed_sound_number_or_nothing() {
        let listed = vec![
            (PathBuf::from("new.db"), true),
            (PathBuf::from("old.db"), false),
        ];
        assert_eq!(pick("\n", &listed), Pick::Cancel);
        assert_eq!(
            pick(" 1 \n", &listed),
            Pick::Chosen(PathBuf::from("new.db"))
        );
        assert_eq!(pick("2", &listed), Pick::Unsound(2));
        assert_eq!(pick("3", &listed), Pick::Invalid);
        assert_eq!(pick("0", &listed), Pick::Invalid);
        assert_eq!(pick("yes", &listed), Pick::Invalid);
    }
}
