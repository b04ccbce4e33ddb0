//! Real filesystem faults for tests: a private mount namespace (so nothing
//! a test mounts is seen outside it or outlives it), a small tmpfs that
//! fills up, an ext4 image where `chattr` works, a read-only bind mount.
//! Needs root and util-linux (`unshare`, `mount`), as CI has.
//!
//! A test calls [`in_private_mounts`] first: in the test process it re-runs
//! that one test inside `unshare -m` and fails unless it passed there; inside,
//! it returns true and the test goes on to mount what it needs.
//!
//! Also the fixtures the app tests share: [`banks`] and [`tui`].
#![allow(dead_code)]

pub mod banks;
pub mod mock;
pub mod tui;

use std::path::Path;
use std::process::Command;

use rehearse::model::{Attempt, Instant, Span};
use rehearse::paths::Paths;

/// A data folder with no bank folder.
pub fn paths(dir: &Path) -> Paths {
    Paths {
        data_dir: dir.to_path_buf(),
        banks_dir: None,
    }
}

pub const T0: Instant = Instant::from_ms(1_790_000_000_000);

/// The binary, isolated from the user's folders (data in `data`, banks in
/// `data/no-banks-here`, run from `data`, no editor), speaking as `lang`
/// says (`ko_KR.UTF-8`, `C.UTF-8`): LC_ALL and LC_MESSAGES removed.
pub fn rehearse_in(data: &Path, lang: &str) -> assert_cmd::Command {
    let mut c = assert_cmd::Command::cargo_bin("rehearse").unwrap();
    c.env("REHEARSE_DATA_DIR", data)
        .env("REHEARSE_BANKS_DIR", data.join("no-banks-here"))
        .env_remove("VISUAL")
        .env_remove("EDITOR")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("NO_COLOR", "1")
        .env("LANG", lang)
        .current_dir(data);
    c
}

/// [`rehearse_in`] with `LANG=ko_KR.UTF-8`.
pub fn rehearse_ko(data: &Path) -> assert_cmd::Command {
    rehearse_in(data, "ko_KR.UTF-8")
}

/// An unrated practice answer `a{i}` to question `q{i}` of bank `b`.
pub fn attempt(i: usize, text: &str) -> Attempt {
    Attempt {
        id: format!("a{i}"),
        bank_id: "b".into(),
        question_id: format!("q{i}"),
        role: "backend".into(),
        prompt: "p".into(),
        started_at: T0,
        submitted_at: T0 + Span::from_secs(1),
        duration_ms: Span::from_secs(1),
        text: text.into(),
        rating: None,
        mode: "practice".into(),
        time_limit_s: 90,
        session_id: None,
    }
}

const INSIDE: &str = "REHEARSE_TEST_PRIVATE_MOUNTS";

/// True inside the private namespace; in the test process, runs `test`
/// (its full name as `cargo test` prints it) there and asserts it passed.
pub fn in_private_mounts(test: &str) -> bool {
    if std::env::var_os(INSIDE).is_some() {
        return true;
    }
    let exe = std::env::current_exe().expect("the test binary's path");
    let out = Command::new("unshare")
        .args(["--mount", "--propagation", "private", "--"])
        .arg(exe)
        .args(["--exact", test, "--nocapture", "--test-threads", "1"])
        .env(INSIDE, "1")
        .output()
        .expect("run unshare (util-linux) as root");
    let log = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.status.success(),
        "{test} in a private mount namespace:\n{log}"
    );
    assert!(log.contains("1 passed"), "{test} did not run:\n{log}");
    false
}

fn run(cmd: &mut Command) {
    let out = cmd.output().expect("run a mount tool");
    assert!(
        out.status.success(),
        "{cmd:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A tmpfs of `kib` KiB on `dir`: the disk that fills up.
pub fn mount_tmpfs(dir: &Path, kib: u64) {
    std::fs::create_dir_all(dir).unwrap();
    run(Command::new("mount")
        .args(["-t", "tmpfs", "-o", &format!("size={kib}k"), "tmpfs"])
        .arg(dir));
}

/// An ext4 image of `mib` MiB on a loop device, mounted on `dir`: a
/// filesystem where `chattr +i` works whatever the host's is.
pub fn mount_ext4(dir: &Path, image: &Path, mib: u64) {
    std::fs::create_dir_all(dir).unwrap();
    let f = std::fs::File::create(image).unwrap();
    f.set_len(mib << 20).unwrap();
    run(Command::new("mkfs.ext4").args(["-q", "-F"]).arg(image));
    run(Command::new("mount")
        .args(["-o", "loop"])
        .arg(image)
        .arg(dir));
}

/// Makes `dir` read-only where it is (a read-only bind mount over itself).
pub fn bind_read_only(dir: &Path) {
    run(Command::new("mount").args(["--bind"]).arg(dir).arg(dir));
    run(Command::new("mount")
        .args(["-o", "remount,bind,ro"])
        .arg(dir));
}

/// Fills the filesystem holding `dir` until a write fails for lack of
/// space; returns the filler file (delete it to free the space).
pub fn fill_up(dir: &Path) -> std::path::PathBuf {
    use std::io::Write;
    let path = dir.join("filler");
    let mut f = std::fs::File::create(&path).unwrap();
    let block = vec![0xA5u8; 4096];
    loop {
        match f.write_all(&block).and_then(|_| f.sync_all()) {
            Ok(()) => {}
            Err(e) if e.raw_os_error() == Some(28) => break, // ENOSPC
            Err(e) => panic!("filling {}: {e}", dir.display()),
        }
    }
    // Small writes until not even one byte fits.
    while f.write_all(&[0]).and_then(|_| f.sync_all()).is_ok() {}
    path
}

/// `chattr FLAGS path`.
pub fn chattr(flags: &str, path: &Path) {
    run(Command::new("chattr").arg(flags).arg(path));
}

/// The store in `paths`, exclusively. The data-folder lock is an `flock`,
/// held by the open file: while another test of this process forks a child
/// (assert_cmd), the child holds a copy of every open file until it execs,
/// so a lock this test just dropped can still be held for that instant.
/// Only that `Busy` is tried again, for at most a second; any other error,
/// or a lock really held, fails the test.
pub fn open_exclusive(paths: &Paths) -> rehearse::store::Store {
    use rehearse::store::{Access, Store, StoreError};
    for _ in 0..50 {
        match Store::open(paths, Access::Exclusive) {
            Err(StoreError::Busy(_)) => std::thread::sleep(std::time::Duration::from_millis(20)),
            other => return other.unwrap(),
        }
    }
    Store::open(paths, Access::Exclusive).unwrap()
}

/// An app over the database in `dir`, opened and loaded as `rehearse` does.
pub fn app_on(dir: &Path, lib: rehearse::bank::Library, now: Instant) -> rehearse::tui::app::App {
    let paths = paths(dir);
    let store = open_exclusive(&paths);
    let settings = rehearse::settings::Settings::load(&store).unwrap();
    rehearse::tui::app::App::new(
        lib,
        store,
        paths,
        settings,
        rehearse::schedule::Scheduler::default_params(),
        now,
    )
}

/// An app over a fresh store in memory, with default settings.
pub fn app_in_memory(lib: rehearse::bank::Library, now: Instant) -> rehearse::tui::app::App {
    rehearse::tui::app::App::new(
        lib,
        rehearse::store::Store::in_memory().unwrap(),
        paths(&std::env::temp_dir()),
        rehearse::settings::Settings::default(),
        rehearse::schedule::Scheduler::default_params(),
        now,
    )
}

/// `$EDITOR` as a script: it copies what it was given to `seen.yaml` in
/// `dir` and replaces the file with `next` (written to `next.yaml`).
pub fn editor_writing(dir: &Path, next: &str) -> String {
    std::fs::write(dir.join("next.yaml"), next).unwrap();
    let script = dir.join("edit.sh");
    std::fs::write(
        &script,
        format!(
            "cp \"$1\" '{0}/seen.yaml'\ncp '{0}/next.yaml' \"$1\"\n",
            dir.display()
        ),
    )
    .unwrap();
    format!("sh {}", script.display())
}
