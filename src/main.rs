use std::process::ExitCode;

use rehearse::cli::{self, Cli, Command};
use rehearse::paths::Paths;
use rehearse::store::{Access, Store};
use rehearse::text;
use rehearse::tui::{self, Start};

fn main() -> ExitCode {
    install_panic_hook();
    let cli = Cli::from_args();
    match run(&cli) {
        Ok(code) => code,
        Err(e) => {
            let message = text::one_line(&format!("{e:#}"));
            eprintln!("{}", rehearse::t!("cli-error", message = message));
            ExitCode::from(1)
        }
    }
}

fn run(cli: &Cli) -> anyhow::Result<ExitCode> {
    rehearse::i18n::set(rehearse::i18n::resolve_from_env(None).0);
    let paths = Paths::resolve(cli.data_dir.as_deref())?;
    let start = match &cli.command {
        None => Start::Home,
        Some(Command::Practice(p)) => Start::Practice {
            filter: p.filter(),
            count: p.count.map(usize::from),
        },
        Some(Command::Review(r)) => Start::Review {
            roles: r.roles.clone(),
            recall: r.recall,
        },
        Some(Command::Mock(m)) if !m.history => Start::Mock {
            role: m.role.clone().unwrap_or_default(),
            lang: m.lang.clone(),
            round: m.round.map(Into::into),
            minutes: m.minutes,
        },
        Some(Command::Story { command: None }) => Start::Story,
        Some(Command::Browse) => Start::Browse,
        Some(Command::Stats { json: false }) => Start::Stats,
        Some(c) => {
            choose_language(&paths, None);
            cli::apply_interview_date(cli, &paths)?;
            return cli::run_command(cli, c, &paths);
        }
    };
    // The app opens the store once and takes its language setting and the
    // story from it. When it cannot (no terminal, the store busy or
    // damaged), the names on the command line are still checked first,
    // as commands check them, and then it says why.
    let opened = tui::has_terminal().then(|| Store::open(&paths, Access::Exclusive));
    let lib = match &opened {
        Some(Ok(store)) => {
            choose_language(&paths, Some(store));
            cli::set_interview_date(cli, store)?;
            cli::load_library_from(cli, &paths, store)
        }
        _ => {
            choose_language(&paths, None);
            cli::apply_interview_date(cli, &paths)?;
            cli::load_library(cli, &paths)
        }
    };
    if let Err(e) = cli::check_names(cli, &lib) {
        drop(opened);
        e.exit();
    }
    let store = opened.ok_or_else(tui::needs_terminal)??;
    tui::run(lib, store, paths, start)?;
    Ok(ExitCode::SUCCESS)
}

/// The interface's language: `settings ui-language` (from `store`, else
/// read from the data folder), else the locale. A store that cannot be
/// read says nothing here (the command that needs it reports why), and
/// the locale decides.
fn choose_language(paths: &Paths, store: Option<&Store>) {
    use rehearse::i18n;
    let stored = match store {
        Some(s) => s.setting(i18n::SETTING).ok().flatten(),
        None => Store::peek_setting(paths, i18n::SETTING),
    };
    i18n::set(i18n::resolve_from_env(stored.as_deref()).0);
}

/// No backtrace ever reaches a user: one sentence, and exit code 1.
fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let msg = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| rehearse::t!("cli-internal-error-unknown"));
        let message = text::one_line(&msg);
        let said = match info.location() {
            Some(l) => rehearse::t!(
                "cli-internal-error-at",
                message = message,
                file = l.file(),
                line = l.line()
            ),
            None => rehearse::t!("cli-internal-error", message = message),
        };
        eprintln!("{said}");
    }));
}
