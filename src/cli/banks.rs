//! `rehearse banks`: list the library, validate and lint bank files, write a
//! template, turn a Markdown list of questions into a bank.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, bail};

use crate::bank::imported::Imported;
use crate::bank::write::{self, Written};
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
            quiet,
        } => import_markdown(
            &Import {
                file,
                role,
                lang,
                output: output.as_deref(),
                quiet: *quiet,
            },
            paths,
        ),
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
            banks = lib.banks().len(),
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
        .banks()
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

/// `banks import FILE.md --role R --lang L [-o OUT] [--quiet]`.
struct Import<'a> {
    file: &'a Path,
    role: &'a str,
    lang: &'a str,
    output: Option<&'a Path>,
    quiet: bool,
}

/// Reads the document for questions. The one place the reader is called.
fn read_markdown(markdown: &str) -> Imported {
    bank::markdown::read(markdown)
}

fn import_markdown(args: &Import, paths: &Paths) -> anyhow::Result<ExitCode> {
    // Usage errors first: nothing is read with a role or language the bank
    // would refuse.
    if let Some(m) = bad_usage(args.role, args.lang) {
        let _ = super::names::usage_error(m).print();
        return Ok(ExitCode::from(2));
    }
    let shown = text::one_line(&args.file.display().to_string());
    let stem = file_slug(args.file);
    let out = output_path(args.output, paths, &format!("{stem}-{}", args.lang));
    refuse_existing(&out)?;
    let bytes =
        std::fs::read(args.file).with_context(|| crate::t!("cli-cannot-read", path = &shown))?;
    let markdown = String::from_utf8(bytes)
        .map_err(|_| anyhow::anyhow!(crate::t!("cli-not-utf8", path = &shown)))?;
    let imported = read_markdown(&markdown);
    if imported.taken.is_empty() {
        if !args.quiet {
            report(&imported, &shown);
        }
        bail!(crate::t!("cli-import-md-no-questions", file = &shown));
    }
    let (bank_id, title) = bank_names(imported.title.as_deref(), args.file, args.lang);
    let questions: Vec<bank::Question> =
        imported.taken.iter().map(|t| t.question.clone()).collect();
    let meta = write::Meta {
        id: &bank_id,
        title: &title,
        role: args.role,
        language: args.lang,
        source: &shown,
    };
    let written = write::banks(&meta, &questions, &out).map_err(|e| {
        anyhow::anyhow!(crate::t!(
            "cli-import-md-invalid",
            file = &shown,
            error = e.to_string()
        ))
    })?;
    if written.len() > 1 {
        for w in &written {
            refuse_existing(&w.path)?;
        }
    }
    if !args.quiet {
        report(&imported, &shown);
    }
    if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).with_context(|| {
            crate::t!(
                "cli-cannot-create",
                path = text::one_line(&dir.display().to_string())
            )
        })?;
    }
    for w in &written {
        write_new(w)?;
    }
    totals(&imported, &written, &out, args.quiet);
    Ok(ExitCode::SUCCESS)
}

/// The bank's id and title: from the document's own title when it has one
/// (its ASCII words for the id, else the file name's), else the file name.
fn bank_names(doc_title: Option<&str>, file: &Path, lang: &str) -> (String, String) {
    let doc_title = doc_title
        .map(text::one_line)
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty());
    let stem = file_slug(file);
    let base = doc_title
        .as_deref()
        .map(slug)
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| stem.clone());
    let title = doc_title.unwrap_or_else(|| {
        file.file_stem()
            .map(|s| text::one_line(&s.to_string_lossy()))
            .unwrap_or(stem)
    });
    (format!("{base}-{lang}"), title)
}

/// A role the loader would refuse, or a language that is not a code.
fn bad_usage(role: &str, lang: &str) -> Option<String> {
    let mut problems = Vec::new();
    if !bank::is_role_slug(role) {
        problems.push(crate::t!(
            "cli-import-bad-role",
            role = text::one_line(role)
        ));
    }
    if !bank::is_language_code(lang) {
        problems.push(crate::t!(
            "cli-import-bad-lang",
            lang = text::one_line(lang)
        ));
    }
    (!problems.is_empty()).then(|| problems.join("\n"))
}

/// Where the bank goes: `-o FILE`; `-o DIR/` or an existing folder, with
/// `name.yaml` in it; else the bank folder (or here).
fn output_path(output: Option<&Path>, paths: &Paths, name: &str) -> PathBuf {
    let file = format!("{name}.yaml");
    match output {
        Some(p) if p.is_dir() || p.as_os_str().to_string_lossy().ends_with(['/', '\\']) => {
            p.join(file)
        }
        Some(p) => p.to_path_buf(),
        None => match &paths.banks_dir {
            Some(d) => d.join(file),
            None => PathBuf::from(file),
        },
    }
}

fn refuse_existing(out: &Path) -> anyhow::Result<()> {
    if out.exists() {
        bail!(crate::t!(
            "cli-import-md-exists",
            path = text::one_line(&out.display().to_string())
        ));
    }
    Ok(())
}

/// Writes a bank that must not be there yet (`create_new`: a file that
/// appeared since the check is not overwritten).
fn write_new(w: &Written) -> anyhow::Result<()> {
    let shown = text::one_line(&w.path.display().to_string());
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&w.path)
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => {
                anyhow::anyhow!(crate::t!("cli-import-md-exists", path = &shown))
            }
            _ => anyhow::Error::new(e).context(crate::t!("cli-cannot-write", path = &shown)),
        })?;
    f.write_all(w.text.as_bytes())
        .with_context(|| crate::t!("cli-cannot-write", path = &shown))
}

/// The file name as an id: its ASCII words (see [`slug`]), or `md-HASH`
/// for a name without any, or `imported`.
fn file_slug(file: &Path) -> String {
    let name = file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    match slug(&name) {
        s if !s.is_empty() => s,
        _ if name.trim().is_empty() => "imported".to_string(),
        _ => format!("md-{:08x}", fnv1a32(name.as_bytes())),
    }
}

/// ASCII letters and digits, lowercased, the words joined by `-`, at most
/// 48 characters; empty when the text has none.
fn slug(text: &str) -> String {
    let mut out = String::new();
    for word in text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if out.len() + word.len() + 1 > 48 {
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&word.to_ascii_lowercase());
    }
    out
}

fn fnv1a32(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5, |h: u32, &b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

fn report(imported: &Imported, file: &str) {
    let mut out = std::io::stdout().lock();
    for line in report_lines(imported, file) {
        let _ = writeln!(out, "{line}");
    }
}

/// What was taken, skipped and merged, in source order.
fn report_lines(imported: &Imported, file: &str) -> Vec<String> {
    enum Line<'a> {
        Took(&'a bank::imported::Taken),
        Skipped(&'a bank::imported::Skipped),
        Merged(&'a bank::imported::Merged),
    }
    let mut lines: Vec<(usize, Line)> = Vec::new();
    lines.extend(imported.taken.iter().map(|t| (t.line, Line::Took(t))));
    lines.extend(imported.skipped.iter().map(|s| (s.line, Line::Skipped(s))));
    lines.extend(imported.merged.iter().map(|m| (m.line, Line::Merged(m))));
    lines.sort_by_key(|(line, _)| *line);
    lines
        .into_iter()
        .map(|(line, l)| match l {
            Line::Took(t) => {
                let (id, prompt) = (t.question.id.as_str(), text::one_line(&t.question.prompt));
                match (&t.kind_cue, t.kind()) {
                    (_, bank::Kind::Technical) => crate::t!(
                        "cli-import-md-took",
                        file = file,
                        line = line,
                        id = id,
                        prompt = prompt
                    ),
                    (cue, kind) => crate::t!(
                        "cli-import-md-took-kind",
                        file = file,
                        line = line,
                        id = id,
                        prompt = prompt,
                        kind = kind.as_str(),
                        cue = text::one_line(cue.as_deref().unwrap_or(""))
                    ),
                }
            }
            Line::Skipped(s) => crate::t!(
                "cli-import-md-skipped",
                file = file,
                line = line,
                text = text::one_line(&s.text),
                reason = bank::markdown::reason_text(s.reason)
            ),
            Line::Merged(m) => crate::t!(
                "cli-import-md-merged",
                file = file,
                line = line,
                prompt = text::one_line(&m.prompt),
                into = m.into_line
            ),
        })
        .collect()
}

/// The totals: where the bank went (each part, when it was split), how
/// many questions, how many blocks skipped and merged.
fn totals(imported: &Imported, written: &[Written], out: &Path, quiet: bool) {
    let (skipped, merged) = (imported.skipped.len(), imported.merged.len());
    let questions = imported.taken.len();
    if let [one] = written {
        say!(
            "{}",
            crate::t!(
                "cli-import-md-wrote",
                path = text::one_line(&one.path.display().to_string()),
                questions = questions,
                skipped = skipped,
                merged = merged
            )
        );
        return;
    }
    if !quiet {
        for w in written {
            say!(
                "{}",
                crate::t!(
                    "cli-import-md-wrote-part",
                    path = text::one_line(&w.path.display().to_string()),
                    questions = w.bank.questions.len()
                )
            );
        }
    }
    let dir = out
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    say!(
        "{}",
        crate::t!(
            "cli-import-md-wrote-split",
            dir = text::one_line(&dir.display().to_string()),
            banks = written.len(),
            questions = questions,
            skipped = skipped,
            merged = merged,
            max = bank::MAX_BANK_BYTES / (1024 * 1024)
        )
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::imported::{Merged, Reason, Skipped, Taken};

    fn taken(line: usize, id: &str, prompt: &str, kind: bank::Kind, cue: Option<&str>) -> Taken {
        Taken {
            line,
            question: bank::Question {
                kind,
                ..bank::Question::new(id, prompt)
            },
            kind_cue: cue.map(str::to_string),
        }
    }

    #[test]
    fn the_report_is_in_source_order_with_merges_and_guessed_kinds() {
        let _en = crate::i18n::scoped(crate::i18n::Lang::En);
        let imported = Imported {
            title: None,
            taken: vec![
                taken(
                    3,
                    "vm",
                    "What is virtual memory?",
                    bank::Kind::Technical,
                    None,
                ),
                taken(
                    9,
                    "conflict",
                    "Tell me about a time you disagreed.",
                    bank::Kind::Behavioral,
                    Some("Tell me about a time"),
                ),
            ],
            skipped: vec![
                Skipped {
                    line: 1,
                    text: "Contents".into(),
                    reason: Reason::Contents,
                },
                Skipped {
                    line: 5,
                    text: "OS".into(),
                    reason: Reason::Section,
                },
            ],
            merged: vec![Merged {
                line: 7,
                prompt: "What is virtual-memory?".into(),
                into_line: 3,
            }],
        };
        assert_eq!(
            report_lines(&imported, "q.md"),
            [
                "skipped q.md:1: Contents (table of contents)",
                "took q.md:3: vm — What is virtual memory?",
                "skipped q.md:5: OS (section heading)",
                "merged q.md:7: What is virtual-memory? (the same question as line 3)",
                "took q.md:9: conflict — Tell me about a time you disagreed. [kind: behavioral, \
                 from “Tell me about a time”; change `kind:` in the bank if that is wrong]",
            ]
        );
    }

    #[test]
    fn the_bank_is_named_after_the_documents_title_else_its_file() {
        let f = Path::new("dir/Interview List.md");
        assert_eq!(
            bank_names(Some(" Front-end Job Interview Questions "), f, "en"),
            (
                "front-end-job-interview-questions-en".to_string(),
                "Front-end Job Interview Questions".to_string()
            )
        );
        assert_eq!(
            bank_names(None, f, "ko"),
            (
                "interview-list-ko".to_string(),
                "Interview List".to_string()
            )
        );
        // A Korean title keeps its words as the title; the id is the file's.
        assert_eq!(
            bank_names(Some("기술 면접 질문"), f, "ko"),
            (
                "interview-list-ko".to_string(),
                "기술 면접 질문".to_string()
            )
        );
        let (id, title) = bank_names(Some("  "), Path::new("면접.md"), "ko");
        assert!(id.starts_with("md-") && id.ends_with("-ko"), "{id}");
        assert_eq!(title, "면접");
    }
}
