use std::process::ExitCode;

use clap::Parser;

use rehearse::cli::{self, Cli, Command};
use rehearse::paths::Paths;
use rehearse::text;

fn main() -> ExitCode {
    install_panic_hook();
    let cli = Cli::parse();
    match run(&cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("rehearse: {}", text::one_line(&format!("{e:#}")));
            ExitCode::from(1)
        }
    }
}

fn run(cli: &Cli) -> anyhow::Result<ExitCode> {
    let paths = Paths::resolve(cli.data_dir.as_deref())?;
    match &cli.command {
        Some(c @ (Command::Practice(_) | Command::Review(_))) => cli::run_command(cli, c, &paths),
        None => {
            <Cli as clap::CommandFactory>::command().print_help()?;
            Ok(ExitCode::SUCCESS)
        }
        Some(c) => cli::run_command(cli, c, &paths),
    }
}

/// No backtrace ever reaches a user: one sentence, and exit code 1.
fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let msg = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown error".into());
        let at = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        eprintln!(
            "rehearse: internal error ({}){at}; please report it",
            text::one_line(&msg)
        );
    }));
}
