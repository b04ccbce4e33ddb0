//! Driving the app without a terminal: a library from fixture banks, an app
//! over an in-memory store, key presses with the time passed in, and a
//! TestBackend frame read back as text.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use rehearse::bank::{Library, Origin, parse_bank};
use rehearse::model::Instant;
use rehearse::tui::app::App;
use rehearse::tui::view;

/// The time the screen tests start at.
pub const NOW: Instant = Instant::from_ms(1_795_000_000_000);

/// A library of fixture banks given as `(file name, YAML)`; each bank's
/// stem is its file name without `.yaml`.
pub fn library(banks: &[(&str, &str)]) -> Library {
    let mut lib = Library::default();
    for (name, text) in banks {
        let stem = name.trim_end_matches(".yaml");
        lib.add(parse_bank(name, stem, text.as_bytes(), Origin::Bundled((*name).into())).unwrap());
    }
    lib
}

/// An app over a fresh in-memory store with one bank, `fixture.yaml`,
/// drawn without colour so snapshots show text only.
/// Its draws are seeded, so a test sees the same questions every run.
pub fn app(bank: &str) -> App {
    let mut a = plain(super::app_in_memory(
        library(&[("fixture.yaml", bank)]),
        NOW,
    ));
    a.rng = rand::SeedableRng::seed_from_u64(13);
    a
}

/// `a` with colour off.
pub fn plain(mut a: App) -> App {
    a.theme.color = false;
    a
}

pub fn key(a: &mut App, code: KeyCode, now: Instant) {
    a.on_key(KeyEvent::new(code, KeyModifiers::NONE), now);
}

pub fn ch(a: &mut App, c: char, now: Instant) {
    key(a, KeyCode::Char(c), now);
}

pub fn ctrl(a: &mut App, c: char, now: Instant) {
    a.on_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL), now);
}

/// Types `s` one key at a time; `\n` is Enter.
pub fn type_str(a: &mut App, s: &str, now: Instant) {
    for c in s.chars() {
        let code = if c == '\n' {
            KeyCode::Enter
        } else {
            KeyCode::Char(c)
        };
        key(a, code, now);
    }
}

/// One frame of `a` at `w`x`h`.
pub fn draw(a: &mut App, w: u16, h: u16, now: Instant) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| view::draw(f, a, now)).unwrap();
    t
}

/// One frame of `a` at `w`x`h` as text, a line per row.
pub fn screen_text(a: &mut App, w: u16, h: u16, now: Instant) -> String {
    let t = draw(a, w, h, now);
    let buf = t.backend().buffer();
    let mut out = String::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            out.push_str(buf[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

/// Draws `a` at every size of `widths` x `heights` and fails where a row
/// that opens with a border does not end with one: a wide character drawn
/// over the right border, or a line one cell too wide.
pub fn assert_borders_whole(
    a: &mut App,
    widths: &[u16],
    heights: &[u16],
    now: Instant,
    what: &str,
) {
    for &w in widths {
        for &h in heights {
            let t = draw(a, w, h, now);
            let buf = t.backend().buffer();
            for y in 0..h.saturating_sub(1) {
                let first = buf[(0, y)].symbol();
                let last = buf[(w - 1, y)].symbol();
                let opens = matches!(first, "│" | "┌" | "└");
                let closes = matches!(last, "│" | "┐" | "┘");
                if opens && !closes {
                    let row: String = (0..w).map(|x| buf[(x, y)].symbol()).collect();
                    panic!("{what} at {w}x{h}, row {y}: the right border is broken:\n{row}");
                }
            }
        }
    }
}
