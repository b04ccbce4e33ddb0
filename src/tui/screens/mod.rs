//! Drawing: one file per screen, and the pieces they share (header, footer,
//! overlays, "terminal too small").

mod answer;
mod browse;
mod feedback;
mod home;
mod recall;
pub mod setup;
mod stats;
mod summary;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::app::{App, Confirm, Overlay, Recovery, Screen};
use super::keymap;
use super::theme::Theme;
use crate::store::Millis;
use crate::text;

pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;

/// Draws the whole app for `now`.
pub fn draw(frame: &mut Frame, app: &mut App, now: Millis) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let msg = Paragraph::new(vec![
            Line::from("terminal too small"),
            Line::from(format!(
                "{}x{}, needs {MIN_WIDTH}x{MIN_HEIGHT}",
                area.width, area.height
            )),
        ])
        .wrap(Wrap { trim: true });
        frame.render_widget(msg, area);
        return;
    }
    let [body, foot] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(area);
    let theme = app.theme;
    match &mut app.screen {
        Screen::Home { .. } => home::draw(frame, body, app),
        Screen::Setup(_) => setup::draw(frame, body, app),
        Screen::Answer(_) => answer::draw(frame, body, app, now),
        Screen::Feedback(_) => feedback::draw(frame, body, app),
        Screen::Recall(_) => recall::draw(frame, body, app, now),
        Screen::Browse(_) => browse::draw_list(frame, body, app),
        Screen::Detail(_) => browse::draw_detail(frame, body, app),
        Screen::Summary { .. } => summary::draw(frame, body, app),
        Screen::Banks { .. } => home::draw_banks(frame, body, app),
        Screen::Stats(_) => stats::draw(frame, body, app),
    }
    draw_footer(frame, foot, app);
    match &app.overlay {
        Some(Overlay::Help { .. }) => draw_help(frame, area, app),
        Some(Overlay::Menu) => draw_menu(frame, area, &theme),
        Some(Overlay::Recover(r)) => draw_recover(frame, area, app, r),
        Some(Overlay::Confirm(c)) => {
            let (title, lines) = confirm_text(app, c);
            let mut body: Vec<Line> = lines.into_iter().map(Line::from).collect();
            body.push(Line::from(""));
            body.push(Line::from(vec![
                Span::styled("y", theme.key()),
                Span::raw(" yes   "),
                Span::styled("n", theme.key()),
                Span::raw("/"),
                Span::styled("Esc", theme.key()),
                Span::raw(" no"),
            ]));
            let h = wrapped_rows(&body, 62) + 2;
            popup(frame, area, title, body, &theme, 64, h);
        }
        None => {}
    }
}

/// The question a yes/no popup asks, and what "yes" does.
fn confirm_text(app: &App, c: &Confirm) -> (&'static str, Vec<String>) {
    match c {
        Confirm::Quit => ("Quit", vec!["Quit rehearse?".into()]),
        Confirm::DiscardRecovered => (
            "Discard",
            vec![
                "Discard the recovered answer and the unfinished session?".into(),
                "This cannot be undone.".into(),
            ],
        ),
        Confirm::SkipRating => (
            "Skip rating",
            vec![
                "Go on without rating this answer?".into(),
                "It stays saved, and Review offers it for rating later.".into(),
            ],
        ),
        Confirm::QuitUnrated => (
            "Quit",
            vec![
                "Quit without rating this answer?".into(),
                "It stays saved; next time the session resumes here.".into(),
            ],
        ),
        Confirm::DiscardAnswer => (
            "Discard",
            vec!["Discard this answer and skip the question?".into()],
        ),
        Confirm::EndSession => (
            "End session",
            vec!["End the session here? What you rated so far is kept.".into()],
        ),
        Confirm::QuitUnsaved => {
            let why = match &app.screen {
                Screen::Answer(a) => a.save_error.clone().unwrap_or_default(),
                _ => String::new(),
            };
            (
                "Not saved",
                vec![
                    "Your answer could not be saved:".into(),
                    text::one_line(&why),
                    "Quit anyway? It will be written to a file outside the data folder, named when rehearse ends.".into(),
                ],
            )
        }
    }
}

fn draw_recover(frame: &mut Frame, area: Rect, app: &App, r: &Recovery) {
    let theme = &app.theme;
    let mut lines = Vec::new();
    if let Some(s) = &r.session {
        lines.push(Line::from(format!(
            "You stopped a {} session at question {} of {} (started {}).",
            s.mode,
            s.position + 1,
            s.queue.len(),
            local_time(s.started_at, app.utc_offset_s)
        )));
        lines.push(Line::from(""));
    }
    if let Some(d) = &r.draft {
        lines.push(Line::from("The answer you were writing:"));
        lines.push(Line::styled(text::one_line(&d.prompt), theme.title()));
        lines.push(Line::from(text::truncate(&text::one_line(&d.text), 200)));
        lines.push(Line::from(""));
    }
    let mut keys = Vec::new();
    for (k, label) in keymap::footer(&[keymap::Ctx::Recover]) {
        keys.push(Span::styled(k, theme.key()));
        keys.push(Span::raw(format!(" {label}   ")));
    }
    lines.push(Line::from(keys));
    let h = wrapped_rows(&lines, 70) + 2;
    popup(
        frame,
        area,
        "Pick up where you left off?",
        lines,
        theme,
        72,
        h,
    );
}

/// A moment in local time, as screens print it: "2026-12-01 09:30".
pub fn local_time(at: Millis, utc_offset_s: i64) -> String {
    chrono::DateTime::from_timestamp_millis(at + utc_offset_s * 1000)
        .unwrap_or_default()
        .format("%Y-%m-%d %H:%M")
        .to_string()
}

pub fn titled(theme: &Theme, title: &str) -> Block<'static> {
    Block::default().borders(Borders::ALL).title(Span::styled(
        format!(" {} ", text::one_line(title)),
        theme.title(),
    ))
}

fn draw_footer(frame: &mut Frame, area: Rect, app: &App) {
    let theme = &app.theme;
    if let Some(msg) = &app.flash {
        frame.render_widget(
            Paragraph::new(Line::styled(text::one_line(msg), theme.warn())),
            area,
        );
        return;
    }
    let mut spans = Vec::new();
    if matches!(app.overlay, Some(Overlay::Help { .. })) {
        spans.push(Span::styled("any key closes the help", theme.dim()));
    }
    for (k, label) in keymap::footer(&app.contexts()) {
        spans.push(Span::styled(k, theme.key()));
        spans.push(Span::raw(format!(" {label}  ")));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn draw_help(frame: &mut Frame, area: Rect, app: &App) {
    let theme = &app.theme;
    let ctxs = app.screen_contexts();
    let mut lines: Vec<Line> = keymap::help(&ctxs)
        .into_iter()
        .map(|(k, d)| {
            Line::from(vec![
                Span::styled(format!("{k:>16}  "), theme.key()),
                Span::raw(d),
            ])
        })
        .collect();
    lines.push(Line::from(""));
    lines.push(Line::styled("any key closes this help", theme.dim()));
    let h = lines.len() as u16 + 2;
    popup(frame, area, "Keys", lines, theme, 72, h);
}

fn draw_menu(frame: &mut Frame, area: Rect, theme: &Theme) {
    let lines: Vec<Line> = keymap::help(&[keymap::Ctx::Menu])
        .into_iter()
        .filter(|(k, _)| k != "Ctrl+C")
        .map(|(k, d)| {
            Line::from(vec![
                Span::styled(format!("{k:<14}"), theme.key()),
                Span::raw(d),
            ])
        })
        .collect();
    let h = lines.len() as u16 + 2;
    popup(frame, area, "Answer", lines, theme, 72, h);
}

/// A centred box of at most `w`x`h` cells within `area`.
pub fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

fn popup(
    frame: &mut Frame,
    area: Rect,
    title: &str,
    lines: Vec<Line>,
    theme: &Theme,
    w: u16,
    h: u16,
) {
    let r = centered(area, w, h);
    frame.render_widget(Clear, r);
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(titled(theme, title)),
        r,
    );
}

/// About how many rows `lines` take when wrapped at `width` cells.
pub fn wrapped_rows(lines: &[Line], width: u16) -> u16 {
    let w = width.max(1) as usize;
    // Word wrapping can take a row more than the width alone says.
    let rows: usize = lines
        .iter()
        .map(|l| match l.width() {
            n if n <= w => 1,
            n => n.div_ceil(w) + 1,
        })
        .sum();
    rows.min(u16::MAX as usize) as u16
}

/// "1:05" for 65 s; with a minus sign for negative values.
pub fn clock(ms: i64) -> String {
    let (m, s) = crate::session::split_secs(ms);
    format!("{}{m}:{s:02}", if ms < 0 { "-" } else { "" })
}

/// A day-precision description of a future time: "today", "tomorrow", "in 5 days".
pub fn due_in(due: Millis, now: Millis) -> String {
    let days = (due - now) as f64 / crate::schedule::DAY_MS as f64;
    if days < 1.0 {
        let h = ((due - now) as f64 / 3_600_000.0).max(0.0);
        if h < 1.0 {
            let m = (h * 60.0).round().max(1.0) as i64;
            format!("in {m} min")
        } else {
            format!("in {} h", h.round() as i64)
        }
    } else if days < 1.5 {
        "tomorrow".into()
    } else {
        format!("in {} days", days.round() as i64)
    }
}
