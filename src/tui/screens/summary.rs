//! The session summary: per question, time, words, coverage, rating and when
//! it comes back.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Cell, Row, Table};

use super::{clock, due_in, titled};
use crate::schedule::Rating;
use crate::text;
use crate::tui::app::{App, Screen};

pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let Screen::Summary { scroll, at: now } = app.screen else {
        return;
    };
    let t = &app.theme;
    let Some(s) = &app.session else { return };
    let rows: Vec<Row> = s
        .results
        .iter()
        .skip(scroll as usize)
        .map(|r| {
            let time_style = if r.duration_ms > r.time_limit_s as i64 * 1000 {
                t.bad()
            } else {
                t.good()
            };
            Row::new(vec![
                Cell::from(text::truncate(&text::one_line(&r.prompt), 60)),
                Cell::from(Line::styled(
                    format!(
                        "{}/{}",
                        clock(r.duration_ms),
                        clock(r.time_limit_s as i64 * 1000)
                    ),
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
