//! The full-screen app: terminal set-up and restore, signals, the event loop
//! and `$EDITOR`. State and update live in `app`, drawing in `screens`.

pub mod app;
pub mod editor;
pub mod effect;
pub mod env;
pub mod fatal;
pub mod format;
pub mod input;
pub mod keymap;
pub mod pace;
pub mod screens;
pub mod theme;
pub mod view;
pub mod wrap;

use std::io::{IsTerminal, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use anyhow::Context;
use crossterm::event::{DisableBracketedPaste, EnableBracketedPaste};
use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use crate::bank::Library;
use crate::clock::{self, LocalDay};
use crate::paths::Paths;
use crate::session::Filter;
use crate::settings::Settings;
use crate::store::{self, Store};
use crate::{t, text};
use app::App;

/// What the app opens on.
#[derive(Debug, Clone)]
pub enum Start {
    Home,
    /// None for what the command did not say: the last choices apply.
    Practice {
        filter: Option<Filter>,
        count: Option<usize>,
    },
    Review {
        roles: Vec<String>,
        recall: bool,
    },
    /// `rehearse mock`: the role, and None for what the command did not say.
    Mock {
        role: String,
        lang: Option<String>,
        round: Option<crate::model::Round>,
        minutes: Option<u32>,
    },
    Browse,
    Stats,
    /// `rehearse story`: the My story screen.
    Story,
}

type Term = Terminal<CrosstermBackend<std::io::Stdout>>;

/// Whether the app can run here: stdin and stdout are a terminal.
pub fn has_terminal() -> bool {
    std::io::stdout().is_terminal() && std::io::stdin().is_terminal()
}

/// Why it cannot ([`has_terminal`] is false).
pub fn needs_terminal() -> anyhow::Error {
    anyhow::anyhow!(t!("shell-needs-terminal"))
}

/// Runs the app on `store`, opened with [`Access::Exclusive`](crate::store::Access)
/// (the one connection it uses), from `start` until the user quits, a
/// signal arrives or the terminal goes away.
pub fn run(lib: Library, store: Store, paths: Paths, start: Start) -> anyhow::Result<()> {
    if !has_terminal() {
        return Err(needs_terminal());
    }
    let settings = Settings::load(&store)?;
    let day = LocalDay::system();
    let scheduler = settings.scheduler(&day)?;
    let now = clock::now();
    let mut app = App::on_days(lib, store, paths.clone(), settings, scheduler, day, now);
    app.begin(start, now);

    let stop = Arc::new(AtomicBool::new(false));
    for sig in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
    ] {
        signal_hook::flag::register(sig, Arc::clone(&stop))
            .with_context(|| t!("shell-no-signal-handlers"))?;
    }
    install_panic_hook(&app, &paths);
    let loop_done = Arc::new(AtomicBool::new(false));
    let alarm = Arc::new(Alarm::default());
    start_watchdog(&app, &paths, &stop, &loop_done, &alarm);

    fatal::install();
    let mut terminal = enter_terminal()?;
    let ring = Arc::clone(&alarm);
    let reader = match input::Reader::spawn(Arc::new(move || ring.ring())) {
        Ok(r) => r,
        Err(e) => {
            leave_terminal();
            return Err(e).with_context(|| t!("shell-no-signal-handlers"));
        }
    };
    let result = event_loop(&mut terminal, &mut app, &stop, &reader);
    loop_done.store(true, Ordering::SeqCst);
    let notes = app.finish(clock::now());
    leave_terminal();
    for n in notes {
        eprintln!("rehearse: {n}");
    }
    if let Err(e) = app.store.auto_backup(&paths.backups_dir()) {
        eprintln!(
            "rehearse: {}",
            text::one_line(&t!("shell-backup-failed", error = e.to_string()))
        );
    }
    result
}

fn event_loop(
    terminal: &mut Term,
    app: &mut App,
    stop: &AtomicBool,
    reader: &input::Reader,
) -> anyhow::Result<()> {
    let mut decoder = input::Decoder::new();
    let mut pace = pace::Pace::new();
    loop {
        // A closed terminal does not always send SIGHUP (and reads on it
        // return nothing forever): isatty fails on a hung-up tty, so leave.
        if !has_terminal() {
            return Ok(());
        }
        if reader.take_resized() {
            fit_to_terminal(terminal);
            pace.changed();
        }
        let now = clock::now();
        if pace.should_draw(now) {
            if terminal.draw(|f| view::draw(f, app, now)).is_err() {
                return Ok(()); // the terminal is gone: the draft is saved by the caller
            }
            pace.drawn(app.next_clock_change(now));
        }
        let wait = pace.wait(now, &[decoder.deadline(), app.next_draft_save()]);
        let mut inputs = match reader.wait(wait) {
            input::Wait::Bytes(b) => decoder.feed(&b, clock::now()),
            input::Wait::Nothing => Vec::new(),
            input::Wait::Closed => return Ok(()),
        };
        inputs.extend(decoder.flush(clock::now()));
        if !inputs.is_empty() {
            pace.changed();
        }
        for i in inputs {
            app.on_input(i, clock::now());
            if app.quit || app.wants_external_editor {
                break;
            }
        }
        if app.tick(clock::now()) {
            pace.changed();
        }
        if stop.load(Ordering::Relaxed) || app.quit {
            return Ok(());
        }
        if app.wants_external_editor {
            app.wants_external_editor = false;
            reader.set_paused(true);
            external_editor(terminal, app);
            reader.set_paused(false);
            decoder = input::Decoder::new();
            // The terminal may have been resized while the editor had it.
            fit_to_terminal(terminal);
            pace.changed();
        }
    }
}

/// The terminal's size, read once at start and on a resize (never per
/// frame: the viewport is fixed between them).
fn terminal_area() -> ratatui::layout::Rect {
    let (w, h) = crossterm::terminal::size().unwrap_or((80, 24));
    ratatui::layout::Rect::new(0, 0, w, h)
}

/// Takes the terminal's new size; the next frame is drawn whole.
fn fit_to_terminal(terminal: &mut Term) {
    let _ = terminal.resize(terminal_area());
}

/// Wakes the watchdog: a signal to stop came, or the terminal is gone.
#[derive(Default)]
struct Alarm {
    rung: std::sync::Mutex<bool>,
    changed: std::sync::Condvar,
}

impl Alarm {
    fn ring(&self) {
        *self.rung.lock().unwrap_or_else(|e| e.into_inner()) = true;
        self.changed.notify_all();
    }

    /// Waits until it rings or `timeout` passes, and takes the ring.
    fn wait(&self, timeout: Duration) {
        let rung = self.rung.lock().unwrap_or_else(|e| e.into_inner());
        let (mut rung, _) = self
            .changed
            .wait_timeout_while(rung, timeout, |r| !*r)
            .unwrap_or_else(|e| e.into_inner());
        *rung = false;
    }
}

/// How often the watchdog looks while a stop is under way.
const WATCH_TICK: Duration = Duration::from_millis(400);
/// How often it looks unasked, in case a hang-up came without a signal
/// and without the reading thread seeing it.
const WATCH_BACKSTOP: Duration = Duration::from_secs(5);

/// When the terminal is closed, reading it can return nothing forever
/// without our loop ever running again, and SIGHUP may not come.
/// This thread notices a terminal that is gone (or a signal the loop did not
/// get to), saves the last draft snapshot and ends the process. It sleeps
/// until the reader rings `alarm` (a signal, the end of input), looking
/// unasked only every few seconds.
fn start_watchdog(
    app: &App,
    paths: &Paths,
    stop: &Arc<AtomicBool>,
    loop_done: &Arc<AtomicBool>,
    alarm: &Arc<Alarm>,
) {
    let shared = Arc::clone(&app.shared_draft);
    let db = paths.database();
    let (stop, loop_done, alarm) = (Arc::clone(stop), Arc::clone(loop_done), Arc::clone(alarm));
    std::thread::spawn(move || {
        let mut stopped_for = 0;
        loop {
            alarm.wait(if stopped_for > 0 {
                WATCH_TICK
            } else {
                WATCH_BACKSTOP
            });
            if loop_done.load(Ordering::SeqCst) {
                return;
            }
            let gone = !has_terminal();
            stopped_for = if stop.load(Ordering::SeqCst) {
                stopped_for + 1
            } else {
                0
            };
            // A signal gets three ticks after it is seen for the loop to
            // leave cleanly by itself.
            if !gone && stopped_for < 4 {
                continue;
            }
            if loop_done.load(Ordering::SeqCst) {
                return;
            }
            let mut note = None;
            for _ in 0..10 {
                if let Ok(slot) = shared.try_lock() {
                    if let Some(d) = slot.as_ref() {
                        note = save_or_rescue(&db, d);
                    }
                    break;
                }
                std::thread::sleep(Duration::from_millis(20));
            }
            leave_terminal();
            if let Some(n) = note {
                eprintln!("rehearse: {n}");
            }
            std::process::exit(0);
        }
    });
}

/// Saves the draft through its own connection; when that fails, into a
/// file outside the data folder. Returns what to tell the user, if anything.
fn save_or_rescue(db: &std::path::Path, d: &store::Draft) -> Option<String> {
    if d.text.trim().is_empty() {
        return None;
    }
    match store::save_draft_file(db, d) {
        Ok(()) => None,
        Err(e) => Some(crate::rescue::rescue_message(
            d,
            &e.to_string(),
            clock::now(),
        )),
    }
}

fn enter_terminal() -> anyhow::Result<Term> {
    enable_raw_mode().with_context(|| t!("shell-no-raw-mode"))?;
    let mut out = std::io::stdout();
    if let Err(e) = execute!(out, EnterAlternateScreen, EnableBracketedPaste) {
        leave_terminal();
        return Err(e).with_context(|| t!("shell-no-full-screen"));
    }
    let options = ratatui::TerminalOptions {
        viewport: ratatui::Viewport::Fixed(terminal_area()),
    };
    Terminal::with_options(CrosstermBackend::new(std::io::stdout()), options)
        .with_context(|| t!("shell-no-drawing"))
}

/// Leaves the alternate screen, shows the cursor, turns raw mode off. Safe to
/// call twice and on a terminal that has gone away.
pub fn leave_terminal() {
    let mut out = std::io::stdout();
    let _ = execute!(
        out,
        DisableBracketedPaste,
        LeaveAlternateScreen,
        crossterm::cursor::Show
    );
    let _ = disable_raw_mode();
    let _ = out.flush();
}

/// On a panic: restore the terminal and save the draft, then report.
fn install_panic_hook(app: &App, paths: &Paths) {
    let shared = Arc::clone(&app.shared_draft);
    let db = paths.database();
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        leave_terminal();
        if let Ok(slot) = shared.try_lock()
            && let Some(d) = slot.as_ref()
            && let Some(n) = save_or_rescue(&db, d)
        {
            eprintln!("rehearse: {n}");
        }
        previous(info);
    }));
}

/// Ctrl+E: the draft goes to `$VISUAL`/`$EDITOR` (else `vi`) and comes back.
/// On the My story screen, `e`: the story does (see [`edit_story`]).
fn external_editor(terminal: &mut Term, app: &mut App) {
    if matches!(app.screen, app::Screen::Story(_)) {
        return edit_story(terminal, app);
    }
    let Some(draft) = app.current_draft(clock::now()) else {
        return;
    };
    let path = std::env::temp_dir().join(format!("rehearse-answer-{}.md", std::process::id()));
    let shown = text::one_line(&path.display().to_string());
    if let Err(e) = std::fs::write(&path, &draft.text) {
        app.flash = Some(t!(
            "shell-cannot-write",
            path = &shown,
            error = e.to_string()
        ));
        return;
    }
    match run_editor(terminal, &path) {
        Ok(()) => match std::fs::read_to_string(&path) {
            Ok(text) => app.replace_answer_text(&text, clock::now()),
            Err(e) => {
                app.flash = Some(t!(
                    "shell-cannot-read-back",
                    path = &shown,
                    error = e.to_string()
                ))
            }
        },
        Err(e) => app.flash = Some(t!("shell-draft-unchanged", error = e.to_string())),
    }
    let _ = std::fs::remove_file(&path);
}

/// The story in `$EDITOR`, through a file in the data folder that keeps
/// what was written until it is saved: the stored story (or the template)
/// goes in unless an unsaved edit is already there; what comes back is
/// validated and saved, or its problems shown.
fn edit_story(terminal: &mut Term, app: &mut App) {
    let path = app.story_edit_file();
    let shown = text::one_line(&path.display().to_string());
    let written = match app.story_text_to_edit() {
        Ok(t) => t,
        Err(e) => {
            app.flash = Some(e);
            return;
        }
    };
    if let Some(t) = &written {
        let wrote = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&path, t));
        if let Err(e) = wrote {
            app.flash = Some(t!(
                "shell-cannot-write",
                path = &shown,
                error = e.to_string()
            ));
            return;
        }
    }
    let outcome = run_editor(terminal, &path);
    let back = std::fs::read_to_string(&path);
    match (outcome, back) {
        (Ok(()), Ok(text)) => app.story_edited(&text, clock::now()),
        (Ok(()), Err(e)) => {
            app.flash = Some(t!(
                "shell-cannot-read-back",
                path = &shown,
                error = e.to_string()
            ))
        }
        (Err(e), back) => {
            // Nothing of yours is in a file that still holds what went in.
            if written.is_some() && back.ok() == written {
                let _ = std::fs::remove_file(&path);
                app.flash = Some(t!("shell-story-unchanged", error = e.to_string()));
            } else {
                app.flash = Some(t!("shell-story-kept", error = e.to_string(), path = &shown));
            }
        }
    }
}

/// Runs the user's editor on `path` outside raw mode and the alternate
/// screen, then takes the terminal back.
fn run_editor(
    terminal: &mut Term,
    path: &std::path::Path,
) -> Result<(), crate::external_editor::EditorError> {
    let editor = crate::external_editor::Editor::from_env();
    leave_terminal();
    let status = editor.edit(path);
    let _ = enable_raw_mode();
    let _ = execute!(
        std::io::stdout(),
        EnterAlternateScreen,
        EnableBracketedPaste
    );
    let _ = terminal.clear();
    status
}
