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

/// One frame of `a` at `w`x`h` as it reads on a terminal, a line per
/// row: a wide character once, without the cell its right half covers.
pub fn shown_text(a: &mut App, w: u16, h: u16, now: Instant) -> String {
    let t = draw(a, w, h, now);
    let buf = t.backend().buffer();
    let mut out = String::new();
    for y in 0..h {
        let mut x = 0;
        while x < w {
            let s = buf[(x, y)].symbol();
            out.push_str(s);
            x += u16::try_from(rehearse::text::width(s).max(1)).unwrap_or(1);
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
/// - a box (`┌┐└┘` joined by `│` and `─`) with a side broken, or a right
///   corner with no left one, unless a box drawn over it (a popup) covers
///   that cell.
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

/// A cell, (column, row).
type Cell = (u16, u16);

impl BoxAt {
    fn covers(&self, (x, y): Cell) -> bool {
        (self.x0..=self.x1).contains(&x) && (self.y0..=self.y1).contains(&y)
    }

    /// The cells of its right side and bottom where something other than a
    /// border is drawn (another box's border crossing it was drawn over it)
    /// and that no box in `over` hides; the top holds the title, and the
    /// left side found the box.
    fn broken(&self, buf: &Buffer, over: &[BoxAt]) -> Vec<Cell> {
        let mut cells: Vec<(Cell, &str)> = (self.y0 + 1..self.y1)
            .map(|y| ((self.x1, y), "│"))
            .collect();
        cells.push(((self.x1, self.y1), "┘"));
        cells.extend((self.x0 + 1..self.x1).map(|x| ((x, self.y1), "─")));
        cells
            .into_iter()
            .filter(|&(c, want)| {
                let s = buf[c].symbol();
                s != want
                    && !is_box_char(s)
                    && !on_a_top(buf, c)
                    && !over.iter().any(|o| o.covers(c))
            })
            .map(|(c, _)| c)
            .collect()
    }
}

/// True when `(x, y)` lies between a `┌` and a `┐` of its row: on the top
/// of a box (its title, say) drawn across another box's side or bottom.
fn on_a_top(buf: &Buffer, (x, y): Cell) -> bool {
    let corner = |s: &str| matches!(s, "┌" | "┐");
    let left = (0..x)
        .rev()
        .map(|x| buf[(x, y)].symbol())
        .find(|s| corner(s));
    let right = (x + 1..buf.area.width)
        .map(|x| buf[(x, y)].symbol())
        .find(|s| corner(s));
    left == Some("┌") && right == Some("┐")
}

/// Part of a box's border: where one is found on another's side, a box
/// was drawn over it (a popup), which is no fault.
fn is_box_char(s: &str) -> bool {
    matches!(s, "─" | "│" | "┌" | "┐" | "└" | "┘")
}

/// Where a box's top-left corner leads.
enum Trace {
    /// Its four corners: the sides may still be broken.
    Box(BoxAt),
    /// Its top or its bottom-left corner goes under a box in `over`.
    Hidden,
    /// Its top or left side stops at this cell, which is not a border.
    Torn(Cell),
}

/// Walks a box's top from its corner to the first `┐`, then its left side
/// down to `└`, the part of it under the boxes in `over` taken on trust.
fn trace_box(buf: &Buffer, (x0, y0): Cell, over: &[BoxAt]) -> Trace {
    let (w, h) = (buf.area.width, buf.area.height);
    let hidden = |c: Cell| over.iter().any(|o| o.covers(c));
    let mut x1 = None;
    for x in x0 + 1..w {
        if hidden((x, y0)) {
            return Trace::Hidden;
        }
        match buf[(x, y0)].symbol() {
            "┐" => {
                x1 = Some(x);
                break;
            }
            // Another box's side or corner crosses this top: drawn over it.
            "┌" | "│" | "└" | "┘" => return Trace::Hidden,
            _ => {}
        }
    }
    let Some(x1) = x1 else {
        return Trace::Torn((w - 1, y0));
    };
    let mut went_under = false;
    for y in y0 + 1..h {
        if hidden((x0, y)) {
            went_under = true;
            continue;
        }
        match buf[(x0, y)].symbol() {
            "│" => {}
            "└" => {
                let b = BoxAt { x0, y0, x1, y1: y };
                // Past a popup, this `└` may be another box's: only a box
                // whole where it shows is taken for this one.
                return if went_under && !b.broken(buf, over).is_empty() {
                    Trace::Hidden
                } else {
                    Trace::Box(b)
                };
            }
            // Its corner may be the one hidden, or another box crosses here.
            s if went_under || is_box_char(s) => return Trace::Hidden,
            _ => return Trace::Torn((x0, y)),
        }
    }
    if went_under {
        Trace::Hidden
    } else {
        Trace::Torn((x0, h - 1))
    }
}

/// The boxes of a frame with a side broken where nothing drawn over them
/// hides it. Boxes drawn over others (popups, a popup over a popup) are
/// found first: a box is on top when it is whole except where boxes
/// already on top hide it; over each box count only the boxes on top that
/// do not cover its corner (one around it covers that corner, and one
/// drawn over the corner would have hidden it).
fn box_faults(buf: &Buffer) -> Vec<String> {
    let (w, h) = (buf.area.width, buf.area.height);
    let corners: Vec<Cell> = (0..h)
        .flat_map(|y| (0..w).map(move |x| (x, y)))
        .filter(|&c| buf[c].symbol() == "┌")
        .collect();
    let mut on_top: Vec<BoxAt> = Vec::new();
    let over = |on_top: &[BoxAt], corner: Cell| -> Vec<BoxAt> {
        on_top
            .iter()
            .copied()
            .filter(|o| !o.covers(corner))
            .collect()
    };
    loop {
        let found: Vec<BoxAt> = corners
            .iter()
            .filter(|&&c| !on_top.iter().any(|o| (o.x0, o.y0) == c))
            .filter_map(|&c| {
                let over = over(&on_top, c);
                match trace_box(buf, c, &over) {
                    Trace::Box(b) if b.broken(buf, &over).is_empty() => Some(b),
                    _ => None,
                }
            })
            .collect();
        if found.is_empty() {
            break;
        }
        on_top.extend(found);
    }
    let row = |y: u16| -> String { (0..w).map(|x| buf[(x, y)].symbol()).collect() };
    let mut faults = Vec::new();
    for &(x0, y0) in &corners {
        if on_top.iter().any(|o| (o.x0, o.y0) == (x0, y0)) {
            continue;
        }
        let over = over(&on_top, (x0, y0));
        match trace_box(buf, (x0, y0), &over) {
            Trace::Box(b) => {
                let (x, y) = b.broken(buf, &over)[0];
                faults.push(format!(
                    "the box from ({x0}, {y0}) to ({}, {}) is broken at ({x}, {y}):\n{}",
                    b.x1,
                    b.y1,
                    row(y)
                ));
            }
            Trace::Torn((x, y)) => faults.push(format!(
                "the box from ({x0}, {y0}) does not close: ({x}, {y}) is {:?}:\n{}",
                buf[(x, y)].symbol(),
                row(y)
            )),
            Trace::Hidden => {}
        }
    }
    // A right corner with nothing to its left but text: a box whose left
    // side was overwritten whole (its `┌` hidden by a wide glyph under it).
    for y in 0..h {
        for x in 0..w {
            let want = match buf[(x, y)].symbol() {
                "┐" => "┌",
                "┘" => "└",
                _ => continue,
            };
            let mut found = false;
            for xl in (0..x).rev() {
                let s = buf[(xl, y)].symbol();
                let under_popup = on_top
                    .iter()
                    .any(|o| o.covers((xl, y)) && !o.covers((x, y)));
                // Its own corner; or another box's side or corner, or a
                // popup, drawn over this row: the rest is hidden.
                if s == want || under_popup || (is_box_char(s) && s != "─") {
                    found = true;
                    break;
                }
            }
            if !found {
                faults.push(format!(
                    "the {:?} at ({x}, {y}) has no {want:?} to its left:\n{}",
                    buf[(x, y)].symbol(),
                    row(y)
                ));
            }
        }
    }
    faults
}
