//! Your data in and out: `export`, `import`, `stats --json`, `backup`, and
//! `restore` with its chooser of backups.

use std::io::{IsTerminal, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, bail};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::clock::{self, LocalDay};
use crate::paths::Paths;
use crate::settings::Settings;
use crate::store::{self, Access, ExportError, Store};
use crate::text;

use super::names::check_role;
use super::{Cli, ExportArgs, ExportFormat, load_library};

pub(super) fn export(cli: &Cli, args: &ExportArgs, paths: &Paths) -> anyhow::Result<ExitCode> {
    let store = Store::open(paths, Access::ReadOnly)?;
    if let Some(role) = &args.role {
        // A role is known if a bank serves it or an answer was saved under it.
        let mut roles = load_library(cli, paths).role_names();
        roles.extend(store.role_totals()?.into_iter().map(|r| r.role));
        if let Err(e) = check_role(role, &roles) {
            let _ = e.print();
            return Ok(ExitCode::from(2));
        }
    }
    match args.format {
        ExportFormat::Json => {
            let bar = spinner(crate::t!("cli-export-progress"));
            let role = args.role.as_deref();
            let written = write_output(args.output.as_deref(), |w| store.export_to(role, w));
            bar.finish_and_clear();
            written?;
        }
        ExportFormat::Markdown => {
            let lib = load_library(cli, paths);
            let body = crate::study::study_sheet(
                &store,
                &lib,
                args.role.as_deref(),
                clock::now(),
                &LocalDay::system(),
            )?;
            write_output(args.output.as_deref(), |w| {
                w.write_all(body.as_bytes()).map_err(ExportError::Write)
            })?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Writes the export with `write`, to `output` or to stdout, as it comes.
fn write_output(
    output: Option<&Path>,
    write: impl FnOnce(&mut dyn Write) -> Result<(), ExportError>,
) -> anyhow::Result<()> {
    match output {
        Some(p) => {
            let shown = text::one_line(&p.display().to_string());
            write_file(p, write).map_err(|e| match e {
                ExportError::Store(e) => anyhow::Error::new(e),
                ExportError::Write(e) => {
                    anyhow::Error::new(e).context(crate::t!("cli-cannot-write", path = &shown))
                }
            })?;
            eprintln!("{}", crate::t!("cli-export-wrote", path = &shown));
        }
        None => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            match write(&mut out).and_then(|()| out.flush().map_err(ExportError::Write)) {
                // A closed pipe (`| head`) is not an error worth reporting.
                Ok(()) | Err(ExportError::Write(_)) => {}
                Err(ExportError::Store(e)) => return Err(e.into()),
            }
        }
    }
    Ok(())
}

/// Writes the file at `path` whole or not at all: into a new file beside
/// it, flushed to disk, then renamed over it (with the old file's
/// permissions), so a failure half way leaves the old file, or none, under
/// that name. A device or a pipe (`-o /dev/stdout`), and a folder where no
/// file can be made beside it, are written in place as before.
fn write_file(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> Result<(), ExportError>,
) -> Result<(), ExportError> {
    // Through a symbolic link to the file it names.
    let target = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let old = std::fs::metadata(&target).ok();
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = target.file_name().unwrap_or_default().to_string_lossy();
    let temp = dir.join(format!(".{name}.{:08x}.tmp", rand::random::<u32>()));
    let opened = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&temp);
    let file = match opened {
        Ok(f) if old.as_ref().is_none_or(std::fs::Metadata::is_file) => f,
        other => {
            if other.is_ok() {
                let _ = std::fs::remove_file(&temp);
            }
            let mut out =
                std::io::BufWriter::new(std::fs::File::create(path).map_err(ExportError::Write)?);
            write(&mut out)?;
            return out.flush().map_err(ExportError::Write);
        }
    };
    let done = (|| {
        let mut out = std::io::BufWriter::with_capacity(1 << 16, file);
        write(&mut out)?;
        let file = out
            .into_inner()
            .map_err(|e| ExportError::Write(e.into_error()))?;
        if let Some(old) = &old {
            file.set_permissions(old.permissions())
                .map_err(ExportError::Write)?;
        }
        file.sync_all().map_err(ExportError::Write)?;
        std::fs::rename(&temp, &target).map_err(ExportError::Write)
    })();
    if done.is_err() {
        let _ = std::fs::remove_file(&temp);
    } else if let Ok(d) = std::fs::File::open(&dir) {
        // The rename itself, on disk.
        let _ = d.sync_all();
    }
    done
}

/// Copies the database into the backups folder now.
pub(super) fn backup(paths: &Paths) -> anyhow::Result<ExitCode> {
    let store = Store::open(paths, Access::Exclusive)?;
    let path = store.backup_to(&paths.backups_dir())?;
    let shown = text::one_line(&path.display().to_string());
    say!("{}", crate::t!("cli-backup-done", path = shown));
    Ok(ExitCode::SUCCESS)
}

/// The stats screen's numbers as JSON.
pub(super) fn stats_json(paths: &Paths) -> anyhow::Result<ExitCode> {
    // JSON is for scripts: English whatever the interface speaks.
    let _en = crate::i18n::scoped(crate::i18n::Lang::En);
    let store = Store::open(paths, Access::ReadOnly)?;
    let day = LocalDay::system();
    let scheduler = Settings::load(&store)?.scheduler(&day)?;
    let now = clock::now();
    let report = crate::stats::report(&store, &scheduler, now, day.offset_s(now))?;
    say!("{}", text::json_pretty(&report)?);
    Ok(ExitCode::SUCCESS)
}

pub(super) fn import(file: &Path, paths: &Paths) -> anyhow::Result<ExitCode> {
    let shown = file.display().to_string();
    // Read once here, so a file that cannot be read (a folder) says so as
    // before; then read through twice, from its start, never held whole.
    let source = std::fs::File::open(file)
        .and_then(|mut f| f.read(&mut [0; 1]).map(|_| f))
        .with_context(|| crate::t!("cli-cannot-read", path = text::one_line(&shown)))?;
    let open = || {
        let mut f = source.try_clone()?;
        f.seek(SeekFrom::Start(0))?;
        Ok(f)
    };
    let reading = spinner(crate::t!("cli-import-reading"));
    let mut scan = store::scan_export(open, &shown)?;
    reading.finish_and_clear();
    let bad_story = crate::story::vet_import(&mut scan.doc);
    let mut store = Store::open(paths, Access::Exclusive)?;
    let bar = progress_bar(scan.rows, crate::t!("cli-import-progress"));
    let sum = store.import_stream(scan, open, &shown, &mut |n| bar.set_position(n))?;
    bar.finish_and_clear();
    say!(
        "{}",
        crate::t!(
            "cli-import-done",
            file = text::one_line(&shown),
            questions = sum.questions,
            attempts = sum.attempts_added,
            attempts_present = sum.attempts_present,
            reviews = sum.reviews_added,
            schedules = sum.schedules_updated,
            mocks = sum.mocks_added,
            mocks_present = sum.mocks_present
        )
    );
    if let Some(merge) = sum.story {
        say!("{}", story_merge_line(merge, &shown, &LocalDay::system()));
    }
    if let Some(problems) = bad_story {
        eprintln!(
            "{}",
            crate::t!("cli-import-story-invalid", file = text::one_line(&shown))
        );
        for p in problems {
            eprintln!("{p}");
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// A bar of `len` steps on stderr, drawn only when stderr is a terminal:
/// a pipe or a file sees nothing of it.
fn progress_bar(len: u64, message: String) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len} {elapsed}") {
        bar.set_style(style.progress_chars("=> "));
    }
    bar.set_message(message);
    bar
}

/// A spinner on stderr for a step whose length is not known, drawn only
/// when stderr is a terminal.
fn spinner(message: String) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template("{spinner} {msg} {elapsed}") {
        bar.set_style(style);
    }
    bar.set_message(message);
    bar.enable_steady_tick(std::time::Duration::from_millis(100));
    bar
}

/// What the import did with the export's story, and why.
fn story_merge_line(merge: store::StoryMerge, file: &str, day: &LocalDay) -> String {
    use store::StoryMerge;
    let file = text::one_line(file);
    match merge {
        StoryMerge::Taken => crate::t!("cli-import-story-taken", file = file),
        StoryMerge::Same => crate::t!("cli-import-story-same", file = file),
        StoryMerge::Imported { ours, theirs } => crate::t!(
            "cli-import-story-theirs-later",
            file = file,
            theirs = day.date_time(theirs),
            ours = day.date_time(ours)
        ),
        StoryMerge::KeptOurs { ours, theirs } if ours == theirs => crate::t!(
            "cli-import-story-same-time",
            file = file,
            ours = day.date_time(ours)
        ),
        StoryMerge::KeptOurs { ours, theirs } => crate::t!(
            "cli-import-story-ours-later",
            file = file,
            ours = day.date_time(ours),
            theirs = day.date_time(theirs)
        ),
    }
}

pub(super) fn restore(file: Option<&Path>, paths: &Paths) -> anyhow::Result<ExitCode> {
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
        "{}",
        crate::t!(
            "cli-restore-done",
            source = shown(&source),
            database = shown(&paths.database())
        )
    );
    if let Some(a) = aside {
        say!("{}", crate::t!("cli-restore-kept-aside", path = shown(&a)));
    }
    Ok(ExitCode::SUCCESS)
}

/// Lists the backups (when taken, answers held, sound or not) and asks which
/// to restore; None when nothing was chosen (the reason already printed).
fn choose_backup(paths: &Paths) -> anyhow::Result<Option<PathBuf>> {
    let dir = paths.backups_dir();
    let shown_dir = text::one_line(&dir.display().to_string());
    let backups = store::list_backups(&dir);
    let day = LocalDay::system();
    if backups.is_empty() {
        bail!(crate::t!("cli-restore-no-backups", folder = &shown_dir));
    }
    say!("{}", crate::t!("cli-restore-list", folder = &shown_dir));
    let listed: Vec<(PathBuf, bool)> = backups
        .into_iter()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let health = store::check_backup(&b.path);
            say!("{}", backup_line(i + 1, &b, &health, &day));
            (b.path, health.is_ok())
        })
        .collect();
    if !std::io::stdin().is_terminal() {
        eprintln!(
            "{}",
            crate::t!(
                "cli-restore-not-a-terminal",
                file = text::one_line(&listed[0].0.display().to_string())
            )
        );
        return Ok(None);
    }
    let mut out = std::io::stdout().lock();
    // The space after the question is the code's: a catalogue trims it.
    let _ = write!(
        out,
        "{} ",
        crate::t!("cli-restore-which", last = listed.len())
    );
    let _ = out.flush();
    let mut line = String::new();
    std::io::stdin()
        .read_line(&mut line)
        .context(crate::t!("cli-restore-unreadable-answer"))?;
    match pick(&line, &listed) {
        Pick::Cancel => {
            say!("{}", crate::t!("cli-restore-cancelled"));
            Ok(None)
        }
        Pick::Chosen(p) => Ok(Some(p)),
        Pick::Unsound(n) => {
            say!("{}", crate::t!("cli-restore-unsound", number = n));
            Ok(None)
        }
        Pick::Invalid => {
            say!(
                "{}",
                crate::t!(
                    "cli-restore-not-listed",
                    given = text::one_line(line.trim()),
                    last = listed.len()
                )
            );
            Ok(None)
        }
    }
}

/// One line of the restore list: its number, when it was taken (local
/// time, as every screen prints it), its file name and whether it is sound.
fn backup_line(
    number: usize,
    backup: &store::BackupInfo,
    health: &store::Result<u64>,
    day: &LocalDay,
) -> String {
    let when = day.date_time(backup.taken.and_utc().into());
    let name = backup
        .path
        .file_name()
        .unwrap_or_default()
        .to_string_lossy();
    let state = match health {
        Ok(n) => crate::t!("cli-backup-sound", answers = *n),
        Err(e) => crate::t!("cli-backup-not-sound", error = e.to_string()),
    };
    format!(
        "  {number:>2}. {when}  {}  {}",
        text::one_line(&name),
        text::one_line(&state)
    )
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_export_that_fails_half_way_leaves_the_old_file_and_no_other() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("export.json");
        std::fs::write(&file, "old\n").unwrap();
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o640)).unwrap();
        let failed = write_file(&file, |w: &mut dyn Write| {
            w.write_all(&[b'x'; 100_000]).map_err(ExportError::Write)?;
            Err(ExportError::Write(std::io::Error::other("disk full")))
        });
        assert!(matches!(failed, Err(ExportError::Write(_))));
        let names = || {
            let mut n: Vec<_> = std::fs::read_dir(dir.path())
                .unwrap()
                .map(|e| e.unwrap().file_name())
                .collect();
            n.sort();
            n
        };
        assert_eq!(names(), ["export.json"], "no temporary file left");
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "old\n");

        // Through a link, the file it names is replaced, with its permissions.
        let link = dir.path().join("link.json");
        std::os::unix::fs::symlink(&file, &link).unwrap();
        write_file(&link, |w: &mut dyn Write| {
            w.write_all(b"new\n").map_err(ExportError::Write)
        })
        .unwrap();
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "new\n");
        assert!(std::fs::symlink_metadata(&link).unwrap().is_symlink());
        let mode = std::fs::metadata(&file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o640);
        assert_eq!(names(), ["export.json", "link.json"]);
    }

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

    #[test]
    fn a_backup_is_listed_at_its_local_time_like_every_other_date() {
        // Taken 2026-12-02 00:30:15 UTC: 09:30 in Seoul, the evening before in Los Angeles.
        let backup = store::BackupInfo {
            path: PathBuf::from("/b/rehearse-20261202-003015.db"),
            taken: chrono::NaiveDate::from_ymd_opt(2026, 12, 2)
                .and_then(|d| d.and_hms_opt(0, 30, 15))
                .unwrap(),
        };
        let seoul = LocalDay::fixed(9 * 3600);
        assert_eq!(
            backup_line(1, &backup, &Ok(1), &seoul),
            "   1. 2026-12-02 09:30  rehearse-20261202-003015.db  1 answer, sound"
        );
        let la = LocalDay::fixed(-8 * 3600);
        let damaged = Err(store::StoreError::Corrupt(
            backup.path.clone(),
            "the file is empty".into(),
        ));
        let line = backup_line(12, &backup, &damaged, &la);
        assert!(
            line.starts_with("  12. 2026-12-01 16:30  rehearse-20261202-003015.db  NOT SOUND: "),
            "{line}"
        );
        assert!(backup_line(2, &backup, &Ok(3), &seoul).ends_with("3 answers, sound"));
    }
}
