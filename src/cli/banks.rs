//! `rehearse banks`: list the library, validate and lint bank files, write a
//! template, turn a Markdown list of questions into a bank.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, bail};

use crate::bank::{self, Library, Origin};
use crate::paths::Paths;
use crate::text::{self, count};

use super::{BanksCommand, Cli, load_library};

/// `rehearse banks …`.
pub(super) fn run(cli: &Cli, cmd: &BanksCommand, paths: &Paths) -> anyhow::Result<ExitCode> {
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
        BanksCommand::Validate { paths: targets } => validate(targets, Mode::Validate),
        BanksCommand::Lint { paths: targets } => validate(targets, Mode::Lint),
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
            match bank::lint::lint_file(&f, Origin::CommandLine(f.clone())) {
                Ok((b, found)) => {
                    good += 1;
                    for w in &found {
                        say!("{w}");
                    }
                    warnings += found.len();
                    say!(
                        "ok {} ({} `{}`, {}{})",
                        text::one_line(&f.display().to_string()),
                        text::one_line(&b.role),
                        text::one_line(&b.id),
                        count(b.questions.len(), "question", "questions"),
                        if found.is_empty() {
                            String::new()
                        } else {
                            format!(", {}", count(found.len(), "warning", "warnings"))
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
            "{} in {} invalid, {} valid",
            count(problems, "problem", "problems"),
            count(bad, "file", "files"),
            good
        );
        Ok(ExitCode::from(1))
    } else if mode == Mode::Lint && warnings > 0 {
        say!(
            "{} in {}; see `Writing match terms` in the README",
            count(warnings, "warning", "warnings"),
            count(good, "file", "files")
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
