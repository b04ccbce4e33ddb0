//! `rehearse backup` and `rehearse restore` on the real binary: backups named
//! by the real clock, a listing instead of a silent pick, unsound backups
//! refused.

mod common;

use std::path::Path;

use assert_cmd::Command;
use common::{T0, attempt, paths};
use rehearse::model::Span;
use rehearse::store::{Access, Store};

const DAY: Span = Span::from_days(1);
const STORY: &str = "projects:\n  - id: crawler\n    name: 가격 크롤러\n";

fn rehearse(data: &Path) -> Command {
    let mut c = Command::cargo_bin("rehearse").unwrap();
    c.arg("--data-dir")
        .arg(data)
        .env_remove("REHEARSE_NOW")
        .env("LC_ALL", "C.UTF-8");
    c
}

/// A data folder whose database holds 3 answers, with two backups: an older
/// sound one holding 1 answer and a newer damaged one.
fn with_backups() -> (tempfile::TempDir, std::path::PathBuf, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&paths(dir.path()), Access::Exclusive).unwrap();
    store.insert_attempt(&attempt(0, "answer")).unwrap();
    store.set_story_yaml(STORY, T0).unwrap();
    let backups = dir.path().join("backups");
    let old = store.backup_at(&backups, T0).unwrap();
    store.insert_attempt(&attempt(1, "answer")).unwrap();
    let new = store.backup_at(&backups, T0 + DAY).unwrap();
    store.insert_attempt(&attempt(2, "answer")).unwrap();
    store.set_story_yaml("projects: []\n", T0 + DAY).unwrap();
    drop(store);
    let mut bytes = std::fs::read(&new).unwrap();
    bytes.truncate(bytes.len() / 2 + 1000);
    std::fs::write(&new, bytes).unwrap();
    (dir, old, new)
}

#[test]
fn restore_without_a_file_lists_the_backups_and_changes_nothing_without_a_terminal() {
    let (dir, old, new) = with_backups();
    let db = dir.path().join("rehearse.db");
    let before = std::fs::read(&db).unwrap();
    let out = rehearse(dir.path()).arg("restore").output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stdout}{stderr}");
    let name = |p: &Path| p.file_name().unwrap().to_string_lossy().into_owned();
    let new_line = stdout.lines().find(|l| l.contains(&name(&new))).unwrap();
    let old_line = stdout.lines().find(|l| l.contains(&name(&old))).unwrap();
    assert!(
        new_line.contains("1.") && new_line.contains("NOT SOUND"),
        "{stdout}"
    );
    assert!(
        old_line.contains("2.") && old_line.contains("1 answer, sound"),
        "{stdout}"
    );
    assert!(
        stderr.contains("nothing was restored") && stderr.contains("pass its FILE"),
        "{stderr}"
    );
    assert_eq!(std::fs::read(&db).unwrap(), before, "the database changed");
}

#[test]
fn restore_of_an_unsound_file_is_refused_and_a_sound_one_works() {
    let (dir, old, new) = with_backups();
    let db = dir.path().join("rehearse.db");
    let before = std::fs::read(&db).unwrap();
    let out = rehearse(dir.path())
        .arg("restore")
        .arg(&new)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(&new.display().to_string()), "{stderr}");
    assert_eq!(std::fs::read(&db).unwrap(), before);

    let out = rehearse(dir.path())
        .arg("restore")
        .arg(&old)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let store = Store::open(&paths(dir.path()), Access::ReadOnly).unwrap();
    assert_eq!(store.attempt_count().unwrap(), 1);
    assert_eq!(
        store.story_yaml().unwrap(),
        Some((STORY.to_string(), T0)),
        "the story as it was in the backup"
    );
}

#[test]
fn backups_are_named_by_the_real_clock_not_rehearse_now() {
    let dir = tempfile::tempdir().unwrap();
    let before = chrono::Utc::now().naive_utc();
    let out = rehearse(dir.path())
        .arg("backup")
        .env("REHEARSE_NOW", "2031-01-01T09:00:00Z")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let list = rehearse::store::list_backups(&dir.path().join("backups"));
    assert_eq!(list.len(), 1);
    let taken = list[0].taken;
    assert!(
        taken >= before - chrono::Duration::seconds(1)
            && taken <= chrono::Utc::now().naive_utc() + chrono::Duration::seconds(1),
        "named {taken}, the real time was {before}"
    );
}
