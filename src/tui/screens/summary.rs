//! The session summary: per question, time, words, coverage, rating and when
//! it comes back.

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Cell, Row, Table};

use crate::model::{Instant, Span};
use crate::schedule::Rating;
use crate::session::Session;
use crate::text;
use crate::tui::effect::Effect;
use crate::tui::env::Env;
use crate::tui::format::{clock, due_in, fit_title, rating_label, titled};
use crate::tui::keymap::Action;

pub fn on_key(scroll: &mut u16, action: Option<Action>) -> Effect {
    match action {
        Some(Action::Back) => return Effect::Home,
        Some(Action::Down) => *scroll = scroll.saturating_add(1),
        Some(Action::Up) => *scroll = scroll.saturating_sub(1),
        Some(Action::Right) => *scroll = scroll.saturating_add(10),
        Some(Action::Left) => *scroll = scroll.saturating_sub(10),
        _ => {}
    }
    Effect::None
}

/// The columns: the question takes what the others leave.
const WIDTHS: [Constraint; 6] = [
    Constraint::Min(20),
    Constraint::Length(11),
    Constraint::Length(6),
    Constraint::Length(7),
    Constraint::Length(7),
    Constraint::Length(12),
];

/// The summary of `s`, as it stood at `now`, scrolled by `scroll` rows.
pub fn draw(frame: &mut Frame, area: Rect, s: &Session, env: &Env, scroll: u16, now: Instant) {
    let t = &env.theme;
    // The widths the table will give its columns, so every cell is cut
    // to its own by display width, with an ellipsis, not mid-word.
    let inner = Block::default().borders(Borders::ALL).inner(area);
    let cols: Vec<usize> = Layout::horizontal(WIDTHS)
        .flex(Flex::Start)
        .spacing(1)
        .split(inner)
        .iter()
        .map(|r| usize::from(r.width))
        .collect();
    let fit = |col: usize, s: &str| text::truncate(s, cols.get(col).copied().unwrap_or(0));
    let rows: Vec<Row> = s
        .results
        .iter()
        .skip(scroll as usize)
        .map(|r| {
            let limit = Span::from_secs(i64::from(r.time_limit_s));
            let time_style = if r.duration_ms > limit {
                t.bad()
            } else {
                t.good()
            };
            let points = if r.key_points == 0 {
                "—".to_string()
            } else {
                format!("{}/{}", r.covered, r.key_points)
            };
            let rating = r
                .rating
                .and_then(Rating::from_u8)
                .map_or_else(|| "—".to_string(), rating_label);
            let due = r
                .next_due
                .map(|d| due_in(d, now))
                .unwrap_or_else(|| "—".into());
            Row::new(vec![
                Cell::from(fit(0, &text::one_line(&r.prompt))),
                Cell::from(Line::styled(
                    fit(1, &format!("{}/{}", clock(r.duration_ms), clock(limit))),
                    time_style,
                )),
                Cell::from(fit(2, &r.words.to_string())),
                Cell::from(fit(3, &points)),
                Cell::from(fit(4, &rating)),
                Cell::from(fit(5, &due)),
            ])
        })
        .collect();
    let header = Row::new(
        [
            crate::t!("practice-summary-question"),
            crate::t!("practice-summary-time"),
            crate::t!("practice-summary-words"),
            crate::t!("practice-summary-points"),
            crate::t!("practice-summary-rating"),
            crate::t!("practice-summary-due"),
        ]
        .iter()
        .enumerate()
        .map(|(i, h)| Cell::from(fit(i, h))),
    )
    .style(t.title());
    let title = fit_title(
        &crate::t!("practice-summary-title", n = s.results.len()),
        area.width,
    );
    let table = Table::new(rows, WIDTHS)
        .flex(Flex::Start)
        .column_spacing(1)
        .header(header)
        .block(titled(t, &title));
    frame.render_widget(table, area);
}
