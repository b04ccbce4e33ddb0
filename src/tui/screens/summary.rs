//! The session summary: per question, time, words, coverage, rating and when
//! it comes back.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Cell, Row, Table};

use crate::model::{Instant, Span};
use crate::schedule::Rating;
use crate::session::Session;
use crate::text;
use crate::tui::effect::Effect;
use crate::tui::env::Env;
use crate::tui::format::{clock, due_in, titled};
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

/// The summary of `s`, as it stood at `now`, scrolled by `scroll` rows.
pub fn draw(frame: &mut Frame, area: Rect, s: &Session, env: &Env, scroll: u16, now: Instant) {
    let t = &env.theme;
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
            Row::new(vec![
                Cell::from(text::truncate(&text::one_line(&r.prompt), 60)),
                Cell::from(Line::styled(
                    format!("{}/{}", clock(r.duration_ms), clock(limit)),
                    time_style,
                )),
                Cell::from(r.words.to_string()),
                Cell::from(if r.key_points == 0 {
                    "—".to_string()
                } else {
                    format!("{}/{}", r.covered, r.key_points)
                }),
                Cell::from(
                    r.rating
                        .and_then(Rating::from_u8)
                        .map_or("—", |r| r.label()),
                ),
                Cell::from(
                    r.next_due
                        .map(|d| due_in(d, now))
                        .unwrap_or_else(|| "—".into()),
                ),
            ])
        })
        .collect();
    let header =
        Row::new(["Question", "Time", "Words", "Points", "Rating", "Back"]).style(t.title());
    let title = format!(
        "Session summary — {} answered (Enter: home)",
        s.results.len()
    );
    let table = Table::new(
        rows,
        [
            Constraint::Min(20),
            Constraint::Length(11),
            Constraint::Length(6),
            Constraint::Length(7),
            Constraint::Length(7),
            Constraint::Length(16),
        ],
    )
    .header(header)
    .block(titled(t, &title));
    frame.render_widget(table, area);
}
