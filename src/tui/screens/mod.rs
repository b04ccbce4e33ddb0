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

use super::app::{App, Overlay, Screen};
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
        Some(Overlay::Help) => draw_help(frame, area, app),
        Some(Overlay::Menu) => draw_menu(frame, area, &theme),
        Some(Overlay::Recover(d)) => {
            let preview = text::truncate(&text::one_line(&d.text), 200);
            let lines = vec![
                Line::from("rehearse found an answer you were writing:"),
                Line::from(""),
                Line::styled(text::one_line(&d.prompt), theme.title()),
                Line::from(""),
                Line::from(preview),
                Line::from(""),
                Line::from(vec![
                    Span::styled("Enter", theme.key()),
                    Span::raw(" resume   "),
                    Span::styled("d", theme.key()),
                    Span::raw(" discard"),
                ]),
            ];
            popup(frame, area, "Recovered draft", lines, &theme, 70, 12);
        }
        None => {}
    }
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
            "within the hour".into()
        } else {
            format!("in {} h", h.round() as i64)
        }
    } else if days < 1.5 {
        "tomorrow".into()
    } else {
        format!("in {} days", days.round() as i64)
    }
}
