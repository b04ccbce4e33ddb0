//! `rehearse banks`: list the library, validate and lint bank files, write a
//! template, turn a Markdown list of questions into a bank.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, bail};

use crate::bank::{self, Library, Origin};
use crate::paths::Paths;
use crate::text;

use super::{BanksCommand, Cli, load_library};

/// `rehearse banks …`.
pub(super) fn run(cli: &Cli, cmd: &BanksCommand, paths: &Paths) -> anyhow::Result<ExitCode> {
    match cmd {
        BanksCommand::List { json } => {
            // JSON is for scripts: its notices and problems in English.
            let _en = json.then(|| crate::i18n::scoped(crate::i18n::Lang::En));
            let lib = load_library(cli, paths);
            if *json {
                say!("{}", text::json_pretty(&banks_json(&lib, paths))?);
            } else {
                print_banks(&lib, paths);
            }
            Ok(ExitCode::SUCCESS)
        }
        BanksCommand::Validate { paths: targets } => validate(targets, Mode::Validate),
        BanksCommand::Lint { paths: targets } => validate(targets, Mode::Lint),
        BanksCommand::Import {
            file,
            role,
            lang,
            output,
        } => import_markdown(file, role, lang, output.as_deref(), paths),
        BanksCommand::New { path } => {
            let shown = text::one_line(&path.display().to_string());
            if path.exists() {
                bail!(crate::t!("cli-banks-new-exists", path = &shown));
            }
            std::fs::write(path, bank::template::template())
                .with_context(|| crate::t!("cli-cannot-write", path = &shown))?;
            say!("{}", crate::t!("cli-banks-new-wrote", path = &shown));
            say!("{}", crate::t!("cli-banks-new-check-it", path = &shown));
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// One row of the `banks list` table, its columns padded by display width
/// (a Korean heading takes two cells a letter).
fn table_row(role: &str, lang: &str, bank: &str, questions: &str, source: &str) -> String {
    let left = |s: &str, w: usize| format!("{s}{}", " ".repeat(w.saturating_sub(text::width(s))));
    let right = |s: &str, w: usize| format!("{}{s}", " ".repeat(w.saturating_sub(text::width(s))));
    format!(
        "{} {} {} {}  {source}",
        left(role, 20),
        left(lang, 5),
        left(bank, 26),
        right(questions, 9)
    )
}

fn print_banks(lib: &Library, paths: &Paths) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(
        out,
        "{}",
        table_row(
            &crate::t!("cli-banks-column-role"),
            &crate::t!("cli-banks-column-language"),
            &crate::t!("cli-banks-column-bank"),
            &crate::t!("cli-banks-column-questions"),
            &crate::t!("cli-banks-column-source"),
        )
    );
    for (role, banks) in lib.roles() {
        for b in banks {
            let _ = writeln!(
                out,
                "{}",
                table_row(
                    &text::one_line(role),
                    &text::one_line(&b.language),
                    &text::one_line(&b.id),
                    &b.questions.len().to_string(),
                    &text::one_line(&b.origin.path_display()),
                )
            );
        }
    }
    let _ = writeln!(
        out,
        "\n{}",
        crate::t!(
            "cli-banks-summary",
            roles = lib.roles().len(),
            banks = lib.banks.len(),
            questions = lib.question_count()
        )
    );
    if let Some(dir) = &paths.banks_dir {
        let dir = text::one_line(&dir.display().to_string());
        let _ = writeln!(out, "{}", crate::t!("cli-banks-folder", path = dir));
    }
    for n in &lib.notices {
        let _ = writeln!(
            out,
            "{}",
            crate::t!("cli-banks-notice", notice = text::one_line(n))
        );
    }
    for p in &lib.problems {
        let _ = writeln!(
            out,
            "{}",
            crate::t!("cli-banks-problem", problem = p.to_string())
        );
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
                Origin::Story => ("story", String::new()),
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

/// `validate` fails only on errors and prints lint warnings beside them;
/// `lint` fails on warnings too.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Validate,
    Lint,
}

fn validate(targets: &[PathBuf], mode: Mode) -> anyhow::Result<ExitCode> {
    let mut bad = 0;
    let mut good = 0;
    let mut problems = 0;
    let mut warnings = 0;
    for target in targets {
        let shown = text::one_line(&target.display().to_string());
        let files = match bank::bank_files(target) {
            Ok(f) => f,
            Err(e) => {
                let reason = text::io_error(&e);
                say!(
                    "{shown}:1:1: {}",
                    crate::t!("cli-validate-unreadable", reason = reason)
                );
                bad += 1;
                problems += 1;
                continue;
            }
        };
        if files.is_empty() {
            say!("{shown}:1:1: {}", crate::t!("cli-validate-no-bank-files"));
            bad += 1;
            problems += 1;
        }
        for f in files {
            match bank::lint::lint_file(&f, Origin::CommandLine(f.clone())) {
                Ok((b, found)) => {
                    good += 1;
                    for w in &found {
                        say!("{w}");
                    }
                    warnings += found.len();
                    let file = text::one_line(&f.display().to_string());
                    let role = text::one_line(&b.role);
                    let id = text::one_line(&b.id);
                    let questions = b.questions.len();
                    say!(
                        "{}",
                        if found.is_empty() {
                            crate::t!(
                                "cli-validate-ok",
                                file = file,
                                role = role,
                                id = id,
                                questions = questions
                            )
                        } else {
                            crate::t!(
                                "cli-validate-ok-with-warnings",
                                file = file,
                                role = role,
                                id = id,
                                questions = questions,
                                warnings = found.len()
                            )
                        }
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
            "{}",
            crate::t!(
                "cli-validate-failed",
                problems = problems,
                bad = bad,
                good = good
            )
        );
        Ok(ExitCode::from(1))
    } else if mode == Mode::Lint && warnings > 0 {
        say!(
            "{}",
            crate::t!("cli-lint-failed", warnings = warnings, files = good)
        );
        Ok(ExitCode::from(1))
    } else {
        Ok(ExitCode::SUCCESS)
    }
}

fn import_markdown(
    file: &Path,
    role: &str,
    lang: &str,
    output: Option<&Path>,
    paths: &Paths,
) -> anyhow::Result<ExitCode> {
    let shown = text::one_line(&file.display().to_string());
    let bytes = std::fs::read(file).with_context(|| crate::t!("cli-cannot-read", path = &shown))?;
    let markdown = String::from_utf8(bytes)
        .map_err(|_| anyhow::anyhow!(crate::t!("cli-not-utf8", path = &shown)))?;
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
            "{}",
            crate::t!(
                "cli-import-md-skipped",
                file = &shown,
                line = s.line,
                text = text::one_line(&s.text),
                reason = s.reason.to_string()
            )
        );
    }
    for q in &imported.taken {
        say!(
            "{}",
            crate::t!(
                "cli-import-md-took",
                file = &shown,
                line = q.line,
                id = &q.id,
                prompt = text::one_line(&q.prompt)
            )
        );
    }
    if imported.taken.is_empty() {
        bail!(crate::t!("cli-import-md-no-questions", file = &shown));
    }
    let out = match output {
        Some(p) => p.to_path_buf(),
        None => match &paths.banks_dir {
            Some(d) => {
                std::fs::create_dir_all(d).with_context(|| {
                    crate::t!(
                        "cli-cannot-create",
                        path = text::one_line(&d.display().to_string())
                    )
                })?;
                d.join(format!("{bank_id}.yaml"))
            }
            None => PathBuf::from(format!("{bank_id}.yaml")),
        },
    };
    let out_shown = text::one_line(&out.display().to_string());
    if out.exists() {
        bail!(crate::t!("cli-import-md-exists", path = &out_shown));
    }
    // What we write must load: check it before it reaches the disk.
    bank::parse_bank(
        &out.display().to_string(),
        &bank_id,
        imported.yaml.as_bytes(),
        Origin::CommandLine(out.clone()),
    )
    .map_err(|e| anyhow::anyhow!(crate::t!("cli-import-md-invalid", error = e.to_string())))?;
    std::fs::write(&out, &imported.yaml)
        .with_context(|| crate::t!("cli-cannot-write", path = &out_shown))?;
    say!(
        "{}",
        crate::t!(
            "cli-import-md-wrote",
            path = &out_shown,
            questions = imported.taken.len(),
            skipped = imported.skipped.len()
        )
    );
    Ok(ExitCode::SUCCESS)
}
