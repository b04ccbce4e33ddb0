//! Driving the app without a terminal: a library from fixture banks, an app
//! over an in-memory store, key presses with the time passed in, and a
//! TestBackend frame read back as text.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use rehearse::bank::{Library, Origin, parse_bank};
use rehearse::model::Instant;
use rehearse::tui::app::App;
use rehearse::tui::view;
use unicode_width::UnicodeWidthStr;

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
pub fn app(bank: &str) -> App {
    plain(super::app_in_memory(
        library(&[("fixture.yaml", bank)]),
        NOW,
    ))
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

/// Draws `a` at every size of `widths` x `heights` and fails at the first
/// [`border_faults`]: a row that opens with a border and does not end with
/// one, a box with a side torn, or a wide character split by a border or
/// the screen edge.
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
            if let Some(fault) = border_faults(buf).first() {
                panic!("{what} at {w}x{h}: {fault}\n{}", t.backend());
            }
        }
    }
}

/// Everything wrong with the borders of one frame, a sentence each:
/// - a row that opens with a border (`│┌└` in the first column) and does not
///   end with one: a line one cell too wide;
/// - a wide character whose second half lies past the screen edge or under
///   something drawn after it (a border, a popup's side): a terminal shows
///   the glyph and the border torn;
/// - a box (`┌┐└┘` joined by `│` and `─`) with a side broken, unless a
///   whole box drawn over it (a popup) covers that cell.
pub fn border_faults(buf: &Buffer) -> Vec<String> {
    let mut faults = Vec::new();
    let (w, h) = (buf.area.width, buf.area.height);
    let sym = |x: u16, y: u16| buf[(x, y)].symbol();
    let row = |y: u16| -> String { (0..w).map(|x| sym(x, y)).collect() };
    for y in 0..h.saturating_sub(1) {
        let opens = matches!(sym(0, y), "│" | "┌" | "└");
        let closes = matches!(sym(w - 1, y), "│" | "┐" | "┘");
        if opens && !closes {
            faults.push(format!("row {y}: the right border is broken:\n{}", row(y)));
        }
    }
    for y in 0..h {
        for x in 0..w {
            let cells = u16::try_from(UnicodeWidthStr::width(sym(x, y))).unwrap_or(u16::MAX);
            if cells < 2 {
                continue;
            }
            if x.saturating_add(cells) > w {
                faults.push(format!(
                    "row {y}: {:?} at column {x} is cut by the screen edge:\n{}",
                    sym(x, y),
                    row(y)
                ));
            } else if let Some(over) = (x + 1..x + cells).find(|&c| sym(c, y) != " ") {
                faults.push(format!(
                    "row {y}: {:?} at column {x} has its second half under {:?}:\n{}",
                    sym(x, y),
                    sym(over, y),
                    row(y)
                ));
            }
        }
    }
    faults.extend(box_faults(buf));
    faults
}

/// A box found by its corners: left, top, right, bottom.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct BoxAt {
    x0: u16,
    y0: u16,
    x1: u16,
    y1: u16,
}

impl BoxAt {
    fn covers(&self, x: u16, y: u16) -> bool {
        (self.x0..=self.x1).contains(&x) && (self.y0..=self.y1).contains(&y)
    }
    /// The cells of its right side and bottom that are not what a border
    /// draws there (the top holds the title; the left side found it).
    fn broken(&self, buf: &Buffer) -> Vec<Cell> {
        let mut out = Vec::new();
        let sym = |x: u16, y: u16| buf[(x, y)].symbol();
        for y in self.y0 + 1..self.y1 {
            if sym(self.x1, y) != "│" {
                out.push((self.x1, y));
            }
        }
        if sym(self.x1, self.y1) != "┘" {
            out.push((self.x1, self.y1));
        }
        for x in self.x0 + 1..self.x1 {
            if sym(x, self.y1) != "─" {
                out.push((x, self.y1));
            }
        }
        out
    }
}

/// A cell, (column, row).
type Cell = (u16, u16);

/// Where a box's top-left corner leads: a whole box, or the first cell that
/// is not its border (hidden under a popup, or torn).
fn trace_box(buf: &Buffer, x0: u16, y0: u16) -> Result<BoxAt, Cell> {
    let (w, h) = (buf.area.width, buf.area.height);
    let sym = |x: u16, y: u16| buf[(x, y)].symbol();
    let mut x1 = None;
    for x in x0 + 1..w {
        match sym(x, y0) {
            "┐" => {
                x1 = Some(x);
                break;
            }
            "┌" | "│" => return Err((x, y0)),
            _ => {}
        }
    }
    let x1 = x1.ok_or((w - 1, y0))?;
    for y in y0 + 1..h {
        match sym(x0, y) {
            "│" => {}
            "└" => return Ok(BoxAt { x0, y0, x1, y1: y }),
            _ => return Err((x0, y)),
        }
    }
    Err((x0, h - 1))
}

/// The boxes of a frame with a side broken where no popup covers it.
fn box_faults(buf: &Buffer) -> Vec<String> {
    let (w, h) = (buf.area.width, buf.area.height);
    let traced: Vec<(Cell, Result<BoxAt, Cell>)> = (0..h)
        .flat_map(|y| (0..w).map(move |x| (x, y)))
        .filter(|&(x, y)| buf[(x, y)].symbol() == "┌")
        .map(|(x, y)| ((x, y), trace_box(buf, x, y)))
        .collect();
    let boxes: Vec<BoxAt> = traced.iter().filter_map(|(_, b)| b.ok()).collect();
    // Whole boxes: popups among them, drawn over whatever they cover.
    let whole: Vec<BoxAt> = boxes
        .iter()
        .copied()
        .filter(|b| b.broken(buf).is_empty())
        .collect();
    // A broken cell is excused under a whole box drawn over it: one that
    // covers the cell but not the corner the box was traced from (a box
    // around this one covers that corner; one drawn over it would hide it).
    let covered =
        |(x0, y0): Cell, (x, y): Cell| whole.iter().any(|o| o.covers(x, y) && !o.covers(x0, y0));
    let row = |y: u16| -> String { (0..w).map(|x| buf[(x, y)].symbol()).collect() };
    let mut faults = Vec::new();
    for &(corner, traced) in &traced {
        let (x0, y0) = corner;
        match traced {
            Ok(b) => {
                if let Some((x, y)) = b.broken(buf).into_iter().find(|&c| !covered(corner, c)) {
                    faults.push(format!(
                        "the box from ({x0}, {y0}) to ({}, {}) is broken at ({x}, {y}):\n{}",
                        b.x1,
                        b.y1,
                        row(y)
                    ));
                }
            }
            Err((x, y)) if !covered(corner, (x, y)) => faults.push(format!(
                "the box from ({x0}, {y0}) does not close: ({x}, {y}) is {:?}:\n{}",
                buf[(x, y)].symbol(),
                row(y)
            )),
            Err(_) => {}
        }
    }
    faults
}
