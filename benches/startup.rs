//! Start-up at process level: launch → first frame of the real release
//! binary, against the floor of a bare ratatui app (alternate screen, one
//! paragraph) that this bench binary becomes when [`FLOOR_ENV`] is set.
//! Both run in a 120x40 pseudo-terminal; a run is timed from spawn until
//! the frame's marker text has arrived, then ended with Ctrl+C (the app's
//! force-quit, which closes the store cleanly) and waited for.
//!
//! `cargo bench --bench startup -- --measurement-time 2 --warm-up-time 1`
//! (add a filter, e.g. `bundled`, for a part; `REHEARSE_STARTUP_BIN=path`
//! measures another build of rehearse). Besides criterion's figures
//! it prints, per case, the median of [`RUNS`] runs interleaved with the
//! floor's and the ratio.

mod common;

use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use criterion::Criterion;

/// Set: this binary is the floor app instead of the bench.
const FLOOR_ENV: &str = "REHEARSE_STARTUP_FLOOR";
/// Set: the rehearse binary to measure instead of this build's.
const BIN_ENV: &str = "REHEARSE_STARTUP_BIN";
/// The floor's paragraph, and its frame's marker (no spaces: a first frame
/// skips blank cells with cursor moves).
const FLOOR_TEXT: &str = "floor-first-frame";
/// The last word of the home screen's footer (English, `q quit`), drawn
/// last: the first frame is complete when it has arrived. Lower-case, it
/// is nowhere else on that screen.
const HOME_MARKER: &str = "quit";
/// The last word of the first run's footer (the role question over home:
/// `Esc ask me later`).
const FIRST_RUN_MARKER: &str = "later";
/// Interleaved runs for the printed medians and ratio.
const RUNS: usize = 30;
/// A run that has not drawn by then has failed.
const TIMEOUT: Duration = Duration::from_secs(30);

fn main() {
    if std::env::var_os(FLOOR_ENV).is_some() {
        return floor();
    }
    let mut c = Criterion::default().configure_from_args();
    startup(&mut c);
    c.final_summary();
}

/// A minimal ratatui 0.30 + crossterm app: raw mode and the alternate
/// screen, one paragraph drawn, then it waits for a key.
fn floor() {
    let mut terminal = ratatui::init();
    terminal
        .draw(|f| f.render_widget(ratatui::widgets::Paragraph::new(FLOOR_TEXT), f.area()))
        .unwrap();
    let _ = std::io::stdin().read(&mut [0u8; 1]);
    ratatui::restore();
}

/// What to launch, and the text that says its first frame is in.
struct Case {
    name: String,
    command: Box<dyn Fn() -> Command>,
    marker: &'static str,
}

fn floor_case() -> Case {
    Case {
        name: "floor: bare ratatui app".into(),
        command: Box::new(|| {
            let mut c = Command::new(std::env::current_exe().unwrap());
            c.env(FLOOR_ENV, "1");
            c
        }),
        marker: FLOOR_TEXT,
    }
}

/// The release binary on `data`, with the bundled banks (`banks` None: an
/// empty folder stands for the user's) or a generated banks folder.
fn rehearse_case(name: &str, data: PathBuf, banks: Option<PathBuf>, empty: &Path) -> Case {
    let banks = banks.unwrap_or_else(|| empty.to_path_buf());
    Case {
        name: name.into(),
        command: Box::new(move || rehearse(&data, &banks)),
        marker: HOME_MARKER,
    }
}

/// The very first run: a data folder that does not exist yet (a new one
/// each launch, so the schema is created every time), bundled banks; its
/// first frame asks for the target role.
fn first_run_case(dir: PathBuf, empty: PathBuf) -> Case {
    let n = std::sync::atomic::AtomicUsize::new(0);
    Case {
        name: "rehearse: first run (creates the store)".into(),
        command: Box::new(move || {
            let i = n.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let _ = std::fs::remove_dir_all(dir.join(format!("first-{}", i.wrapping_sub(1))));
            rehearse(&dir.join(format!("first-{i}")), &empty)
        }),
        marker: FIRST_RUN_MARKER,
    }
}

/// The binary measured: this build's, or [`BIN_ENV`]'s (an older build, for
/// the before/after figures).
fn rehearse(data: &Path, banks: &Path) -> Command {
    let bin = std::env::var_os(BIN_ENV).unwrap_or(env!("CARGO_BIN_EXE_rehearse").into());
    let mut c = Command::new(bin);
    c.env("REHEARSE_DATA_DIR", data)
        .env("REHEARSE_BANKS_DIR", banks)
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    c
}

/// One launch: the time until `marker` is on the terminal.
fn launch(case: &Case) -> Duration {
    let (master, slave) = open_pty();
    let mut cmd = (case.command)();
    cmd.env("TERM", "xterm-256color")
        .stdin(Stdio::from(slave.try_clone().unwrap()))
        .stdout(Stdio::from(slave.try_clone().unwrap()))
        .stderr(Stdio::from(slave));
    // Its own session, with the pty as its controlling terminal (`/dev/tty`).
    unsafe {
        cmd.pre_exec(|| {
            if libc::setsid() < 0 || libc::ioctl(0, libc::TIOCSCTTY, 0) < 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let start = Instant::now();
    let child = cmd.spawn().unwrap();
    drop(cmd); // the parent's copies of the pty's slave end
    let mut master = File::from(master);
    let seen = read_until(&mut master, case.marker.as_bytes(), start + TIMEOUT);
    let took = start.elapsed();
    end(child, &mut master, &case.name, seen);
    took
}

fn open_pty() -> (OwnedFd, OwnedFd) {
    let (mut master, mut slave) = (-1, -1);
    let size = libc::winsize {
        ws_row: 40,
        ws_col: 120,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    let r = unsafe {
        libc::openpty(
            &mut master,
            &mut slave,
            std::ptr::null_mut(),
            std::ptr::null(),
            &size,
        )
    };
    assert_eq!(r, 0, "openpty: {}", std::io::Error::last_os_error());
    unsafe { (OwnedFd::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) }
}

/// Reads the terminal until `marker` has come; the output so far is
/// returned either way (`Err` when the time ran out or the child left).
fn read_until(master: &mut File, marker: &[u8], deadline: Instant) -> Result<(), Vec<u8>> {
    let mut out = Vec::new();
    let mut buf = [0u8; 65536];
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() || !readable(master, left) {
            return Err(out);
        }
        match master.read(&mut buf) {
            Ok(0) | Err(_) => return Err(out),
            Ok(n) => {
                let from = out.len().saturating_sub(marker.len());
                out.extend_from_slice(&buf[..n]);
                if out[from..].windows(marker.len()).any(|w| w == marker) {
                    return Ok(());
                }
            }
        }
    }
}

fn readable(f: &File, wait: Duration) -> bool {
    let mut p = libc::pollfd {
        fd: f.as_raw_fd(),
        events: libc::POLLIN,
        revents: 0,
    };
    let ms = wait.as_millis().min(i32::MAX as u128) as i32;
    unsafe { libc::poll(&mut p, 1, ms) > 0 }
}

/// Ctrl+C, then waits for the exit while draining the terminal; a child
/// that does not leave within the timeout is killed and the run fails.
fn end(mut child: Child, master: &mut File, name: &str, seen: Result<(), Vec<u8>>) {
    let _ = master.write_all(b"\x03");
    let deadline = Instant::now() + TIMEOUT;
    let mut buf = [0u8; 65536];
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break Some(s);
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        if readable(master, Duration::from_millis(20)) {
            let _ = master.read(&mut buf);
        }
    };
    if let Err(out) = seen {
        panic!(
            "{name}: no first frame (exit {status:?}); the terminal got:\n{}",
            String::from_utf8_lossy(&out)
        );
    }
    assert!(
        status.is_some_and(|s| s.success()),
        "{name}: did not quit cleanly on Ctrl+C ({status:?})"
    );
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// Criterion's figure for each case, then [`RUNS`] runs of each case
/// interleaved with the floor's: the medians and the ratio.
fn measure(c: &mut Criterion, group: &str, cases: &[Case]) {
    let floor = floor_case();
    let mut g = c.benchmark_group(group);
    g.sample_size(10);
    for case in std::iter::once(&floor).chain(cases) {
        g.bench_function(&case.name, |b| {
            b.iter_custom(|iters| (0..iters).map(|_| launch(case)).sum())
        });
    }
    g.finish();
    let filter_matched = cases.iter().any(|case| c_filter_allows(group, &case.name));
    if !filter_matched {
        return;
    }
    let mut floors = Vec::new();
    let mut runs: Vec<Vec<Duration>> = cases.iter().map(|_| Vec::new()).collect();
    for _ in 0..RUNS {
        floors.push(launch(&floor));
        for (case, r) in cases.iter().zip(&mut runs) {
            r.push(launch(case));
        }
    }
    let floor_ms = median(floors).as_secs_f64() * 1e3;
    println!("{group}: {RUNS} interleaved runs, median launch → first frame");
    println!("  {:<48} {floor_ms:>8.2} ms   1.00x", floor.name);
    for (case, r) in cases.iter().zip(runs) {
        let ms = median(r).as_secs_f64() * 1e3;
        println!("  {:<48} {ms:>8.2} ms {:>6.2}x", case.name, ms / floor_ms);
    }
}

/// Whether the command line's filter (criterion's free argument, a
/// substring here) selects `group/name`; no filter selects everything.
fn c_filter_allows(group: &str, name: &str) -> bool {
    const TAKES_VALUE: &[&str] = &[
        "--measurement-time",
        "--warm-up-time",
        "--sample-size",
        "--save-baseline",
        "--baseline",
        "--baseline-lenient",
        "--noise-threshold",
        "--confidence-level",
        "--significance-level",
        "--nresamples",
        "--profile-time",
        "--color",
        "--output-format",
        "--plotting-backend",
        "--format",
        "--logfile",
    ];
    let mut args = std::env::args().skip(1);
    let mut filter = None;
    while let Some(a) = args.next() {
        if TAKES_VALUE.contains(&a.as_str()) {
            args.next();
        } else if !a.starts_with('-') {
            filter = Some(a);
            break;
        }
    }
    let id = format!("{group}/{name}");
    filter.is_none_or(|f| id.contains(&f))
}

/// A data folder with a store that exists and holds no attempts, the
/// target role chosen (so the first frame is the home screen, not the
/// first-run role question).
fn empty_store(dir: &Path) -> PathBuf {
    let data = dir.join("data");
    let paths = common::paths(&data);
    let store = rehearse::store::Store::open(&paths, rehearse::store::Access::Exclusive).unwrap();
    store
        .set_setting(rehearse::settings::TARGET_ROLE, "backend")
        .unwrap();
    data
}

fn startup(c: &mut Criterion) {
    let tmp = tempfile::tempdir().unwrap();
    let no_banks = tmp.path().join("no-banks");
    let data = empty_store(tmp.path());
    measure(
        c,
        "start-up, bundled banks",
        &[
            rehearse_case("rehearse: empty store", data, None, &no_banks),
            first_run_case(tmp.path().to_path_buf(), no_banks.clone()),
        ],
    );

    let mut curve = Vec::new();
    for attempts in [1_000, 10_000, 100_000, 300_000] {
        let name = format!("rehearse: {attempts} attempts");
        if !c_filter_allows("start-up, scale", &name) {
            continue;
        }
        let f = common::fixture(common::Scale {
            questions: 0,
            attempts,
        });
        curve.push(rehearse_case(&name, f.data(), None, &no_banks));
    }
    let name = "rehearse: 10k questions in 100 files, 100k attempts";
    if c_filter_allows("start-up, scale", name) {
        let f = common::fixture(common::Scale {
            questions: 10_000,
            attempts: 100_000,
        });
        curve.push(rehearse_case(name, f.data(), f.banks(), &no_banks));
    }
    if !curve.is_empty() {
        measure(c, "start-up, scale", &curve);
    }
}
