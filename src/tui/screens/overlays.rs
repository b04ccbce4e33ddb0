//! The popups over a screen (help, the answer menu, the recovery prompt,
//! yes/no questions), the footer and "terminal too small": drawing only,
//! from what the router hands over.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::clock::LocalDay;
use crate::practice::Recovery;
use crate::t;
use crate::text;
use crate::tui::effect::Confirm;
use crate::tui::format::popup;
use crate::tui::keymap::{self, Ctx, Hint};
use crate::tui::theme::Theme;
use crate::tui::wrap::Wrapped;

pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;

/// The most rows a flash message takes above the screen's edge.
const FLASH_ROWS: usize = 3;

/// Says so and returns true when `area` is below the smallest size drawn.
pub fn too_small(frame: &mut Frame, area: Rect) -> bool {
    if area.width >= MIN_WIDTH && area.height >= MIN_HEIGHT {
        return false;
    }
    let msg = Wrapped::new(vec![
        Line::from(t!("shell-too-small")),
        Line::from(t!(
            "shell-too-small-size",
            width = area.width,
            height = area.height,
            min_width = MIN_WIDTH,
            min_height = MIN_HEIGHT
        )),
    ]);
    frame.render_widget(msg, area);
    true
}

/// How many rows the footer needs at `width`: one, or the rows the flash
/// message wraps to (at most [`FLASH_ROWS`]).
pub fn footer_rows(flash: Option<&str>, width: u16) -> u16 {
    let rows = flash.map_or(1, |m| text::wrap(m, usize::from(width), FLASH_ROWS).len());
    rows.clamp(1, FLASH_ROWS) as u16
}

/// The footer: the flash message if there is one (wrapped, cut with `…`
/// past its rows), else the keys of `ctxs` that fit, whole.
pub fn footer(
    frame: &mut Frame,
    area: Rect,
    flash: Option<&str>,
    ctxs: &[Ctx],
    help_open: bool,
    theme: &Theme,
) {
    let width = usize::from(area.width);
    if let Some(msg) = flash {
        let lines: Vec<Line> = text::wrap(msg, width, usize::from(area.height.max(1)))
            .into_iter()
            .map(|l| Line::styled(l, theme.warn()))
            .collect();
        frame.render_widget(Paragraph::new(lines), area);
        return;
    }
    let mut spans = Vec::new();
    let mut room = width;
    if help_open {
        let note = text::truncate(&t!("shell-help-closes-footer"), width);
        room = room.saturating_sub(text::width(&note) + 2);
        spans.push(Span::styled(note, theme.dim()));
        spans.push(Span::raw("  "));
    }
    for (i, h) in fit_hints(keymap::hints(ctxs), room).into_iter().enumerate() {
        if i > 0 {
            spans.push(Span::raw("  "));
        }
        spans.push(Span::styled(h.key, theme.key()));
        spans.push(Span::raw(format!(" {}", h.label)));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// The hints that fit in `room` cells, two spaces apart, in their order.
/// When they do not all fit, the least important (the last) go first, and
/// the one that opens the help last of all: the help lists the others.
pub fn fit_hints(mut hints: Vec<Hint>, room: usize) -> Vec<Hint> {
    let width = |hs: &[Hint]| {
        hs.iter()
            .map(|h| text::width(&h.key) + 1 + text::width(&h.label))
            .sum::<usize>()
            + 2 * hs.len().saturating_sub(1)
    };
    while width(&hints) > room {
        let last = hints
            .iter()
            .rposition(|h| !h.help)
            .unwrap_or(hints.len() - 1);
        hints.remove(last);
    }
    hints
}

/// The help popup's width, and its key column.
const HELP_WIDTH: u16 = 72;
const HELP_KEYS: usize = 16;
/// The answer menu's key column.
const MENU_KEYS: usize = 12;
/// The narrowest a description runs beside its key; narrower, it goes below.
const MIN_DESCRIPTION: usize = 12;

/// Rows of "keys  description" for a popup `inner` cells wide: the keys in
/// a column (`right`: aligned to its right edge), each description wrapped
/// beside them by display width, so no row is wider than the popup.
fn key_rows<'a>(
    rows: &[(String, String)],
    inner: usize,
    column: usize,
    right: bool,
    theme: &Theme,
) -> Vec<Line<'a>> {
    let widest = rows.iter().map(|(k, _)| text::width(k)).max().unwrap_or(0);
    let column = column.min(widest.max(inner / 4));
    let mut out = Vec::new();
    for (k, d) in rows {
        let kw = text::width(k);
        let pad = " ".repeat(column.saturating_sub(kw));
        let key = if right {
            format!("{pad}{k}")
        } else {
            format!("{k}{pad}")
        };
        let start = column.max(kw) + 2;
        if inner.saturating_sub(start) < MIN_DESCRIPTION {
            out.push(Line::styled(key, theme.key()));
            for l in text::wrap(d, inner.saturating_sub(2), usize::MAX) {
                out.push(Line::raw(format!("  {l}")));
            }
            continue;
        }
        for (i, l) in text::wrap(d, inner - start, usize::MAX)
            .into_iter()
            .enumerate()
        {
            out.push(if i == 0 {
                Line::from(vec![
                    Span::styled(format!("{key}  "), theme.key()),
                    Span::raw(l),
                ])
            } else {
                Line::raw(format!("{}{l}", " ".repeat(start)))
            });
        }
    }
    out
}

/// The keys of the screen under the popup.
pub fn help(frame: &mut Frame, area: Rect, ctxs: &[Ctx], theme: &Theme) {
    let inner = usize::from(HELP_WIDTH.min(area.width).saturating_sub(2));
    let mut lines = key_rows(&keymap::help(ctxs), inner, HELP_KEYS, true, theme);
    lines.push(Line::from(""));
    lines.push(Line::styled(t!("shell-help-closes"), theme.dim()));
    popup(
        frame,
        area,
        &t!("shell-help-title"),
        lines,
        theme,
        HELP_WIDTH,
    );
}

/// The answer screen's Esc menu (`ctx`: a practice's or a mock's).
pub fn menu(frame: &mut Frame, area: Rect, ctx: Ctx, theme: &Theme) {
    let rows: Vec<(String, String)> = keymap::help(&[ctx])
        .into_iter()
        .filter(|(k, _)| k != "Ctrl+C")
        .collect();
    let inner = usize::from(HELP_WIDTH.min(area.width).saturating_sub(2));
    let lines = key_rows(&rows, inner, MENU_KEYS, false, theme);
    popup(
        frame,
        area,
        &t!("shell-menu-title"),
        lines,
        theme,
        HELP_WIDTH,
    );
}

/// A yes/no question; `save_error` is what failed, for "not saved".
pub fn confirm(
    frame: &mut Frame,
    area: Rect,
    c: &Confirm,
    save_error: Option<&str>,
    theme: &Theme,
) {
    let (title, lines) = confirm_text(c, save_error);
    let mut body: Vec<Line> = lines.into_iter().map(Line::from).collect();
    body.push(Line::from(""));
    body.push(Line::from(vec![
        Span::styled("y", theme.key()),
        Span::raw(format!(" {}   ", t!("key-yes"))),
        Span::styled("n", theme.key()),
        Span::raw("/"),
        Span::styled("Esc", theme.key()),
        Span::raw(format!(" {}", t!("key-no"))),
    ]));
    popup(frame, area, &title, body, theme, 64);
}

/// The question a yes/no popup asks, and what "yes" does.
fn confirm_text(c: &Confirm, save_error: Option<&str>) -> (String, Vec<String>) {
    match c {
        Confirm::Quit => (t!("shell-quit-title"), vec![t!("shell-quit")]),
        Confirm::DiscardRecovered => (
            t!("shell-discard-title"),
            vec![t!("shell-discard-recovered"), t!("shell-cannot-undo")],
        ),
        Confirm::SkipRating => (
            t!("shell-skip-rating-title"),
            vec![t!("shell-skip-rating"), t!("shell-skip-rating-note")],
        ),
        Confirm::QuitUnrated => (
            t!("shell-quit-title"),
            vec![t!("shell-quit-unrated"), t!("shell-quit-unrated-note")],
        ),
        Confirm::DiscardAnswer => (t!("shell-discard-title"), vec![t!("shell-discard-answer")]),
        Confirm::EndSession => (t!("shell-end-session-title"), vec![t!("shell-end-session")]),
        Confirm::PassQuestion => (t!("shell-pass-title"), vec![t!("shell-pass")]),
        Confirm::EndInterview => (
            t!("shell-end-interview-title"),
            vec![t!("shell-end-interview")],
        ),
        Confirm::QuitUnsaved => (
            t!("shell-not-saved-title"),
            vec![
                t!("shell-not-saved"),
                text::one_line(save_error.unwrap_or_default()),
                t!("shell-quit-anyway"),
            ],
        ),
    }
}

/// Where a recovered session stopped, as one sentence.
fn stopped_at(s: &crate::model::OpenSession, day: &LocalDay) -> String {
    let (n, total) = (s.position + 1, s.queue.len());
    let started = day.date_time(s.started_at);
    match s.mode.as_str() {
        crate::mock::run::MODE => t!(
            "shell-recover-mock",
            n = n,
            total = total,
            started = started
        ),
        "practice" => t!(
            "shell-recover-practice",
            n = n,
            total = total,
            started = started
        ),
        "review" => t!(
            "shell-recover-review",
            n = n,
            total = total,
            started = started
        ),
        "recall" => t!(
            "shell-recover-recall",
            n = n,
            total = total,
            started = started
        ),
        other => t!(
            "shell-recover-session",
            mode = text::one_line(other),
            n = n,
            total = total,
            started = started
        ),
    }
}

/// "Pick up where you left off?": the session and the draft found.
pub fn recover(frame: &mut Frame, area: Rect, r: &Recovery, day: &LocalDay, theme: &Theme) {
    let mut lines = Vec::new();
    if let Some(s) = &r.session {
        lines.push(Line::from(stopped_at(s, day)));
        if s.mode == crate::mock::run::MODE {
            lines.push(Line::from(t!("shell-recover-mock-note")));
        }
        lines.push(Line::from(""));
    }
    if let Some(d) = &r.draft {
        lines.push(Line::from(t!("shell-recover-draft")));
        lines.push(Line::styled(text::one_line(&d.prompt), theme.title()));
        lines.push(Line::from(text::truncate(&text::one_line(&d.text), 200)));
        lines.push(Line::from(""));
    }
    let inner = usize::from(HELP_WIDTH.min(area.width).saturating_sub(2));
    lines.extend(hint_rows(keymap::hints(&[Ctx::Recover]), inner, theme));
    popup(
        frame,
        area,
        &t!("shell-recover-title"),
        lines,
        theme,
        HELP_WIDTH,
    );
}

/// Hints laid out on as many rows of `width` cells as they need, three
/// spaces apart, each one whole on its row.
fn hint_rows<'a>(hints: Vec<Hint>, width: usize, theme: &Theme) -> Vec<Line<'a>> {
    let mut rows: Vec<Line> = Vec::new();
    let mut used = 0;
    for h in hints {
        let w = text::width(&h.key) + 1 + text::width(&h.label);
        match rows.last_mut() {
            Some(row) if used + 3 + w <= width => {
                row.push_span(Span::raw("   "));
                used += 3;
            }
            _ => {
                rows.push(Line::default());
                used = 0;
            }
        }
        if let Some(row) = rows.last_mut() {
            row.push_span(Span::styled(h.key, theme.key()));
            row.push_span(Span::raw(format!(" {}", h.label)));
        }
        used += w;
    }
    rows
}
