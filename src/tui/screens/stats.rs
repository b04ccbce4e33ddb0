//! Stats: streak, a calendar heatmap of the last 12 weeks, answers and time
//! against limits per role, per-role readiness and the due forecast.

use chrono::Datelike;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, Table};

use super::titled;
use crate::text;
use crate::tui::app::{App, Screen};

/// One cell of the heatmap for a day's answer count.
fn shade(count: u64) -> &'static str {
    match count {
        0 => "·",
        1 => "░",
        2..=3 => "▒",
        4..=6 => "▓",
        _ => "█",
    }
}

pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let Screen::Stats(r) = &app.screen else {
        return;
    };
    let t = &app.theme;
    let [top, roles_area, forecast_area] = Layout::vertical([
        Constraint::Length(10),
        Constraint::Min(4),
        Constraint::Length(4),
    ])
    .areas(area);

    // Heatmap: rows Monday..Sunday, one column per week, oldest on the left.
    let mut grid = vec![String::new(); 7];
    if let Some(first) = r
        .days
        .first()
        .and_then(|d| chrono::NaiveDate::parse_from_str(&d.date, "%Y-%m-%d").ok())
    {
        let pad = first.weekday().num_days_from_monday() as usize;
        for row in grid.iter_mut().take(pad) {
            row.push(' ');
        }
        for (i, d) in r.days.iter().enumerate() {
            grid[(pad + i) % 7].push_str(shade(d.count));
        }
    }
    let names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    let mut lines: Vec<Line> = vec![Line::from(vec![
        Span::styled("Streak ", t.dim()),
        Span::styled(
            format!("{} day{}", r.streak, if r.streak == 1 { "" } else { "s" }),
            t.title(),
        ),
        Span::styled(format!("   answers saved {}", r.total_attempts), t.dim()),
    ])];
    for (name, row) in names.iter().zip(&grid) {
        lines.push(Line::from(vec![
            Span::styled(format!("{name} "), t.dim()),
            Span::styled(row.clone(), t.good()),
        ]));
    }
    lines.push(Line::styled(
        "last 12 weeks · none ░ 1 ▒ 2-3 ▓ 4-6 █ 7+",
        t.dim(),
    ));
    frame.render_widget(Paragraph::new(lines).block(titled(t, "Stats")), top);

    let rows: Vec<Row> = r
        .roles
        .iter()
        .map(|s| {
            let ready = s
                .readiness
                .map_or("—".to_string(), |x| format!("{:.0}%", x * 100.0));
            let time_style = if s.mean_time_ratio > 1.0 {
                t.bad()
            } else {
                t.good()
            };
            Row::new(vec![
                Cell::from(text::truncate(&text::one_line(&s.role), 20)),
                Cell::from(s.questions_answered.to_string()),
                Cell::from(s.attempts.to_string()),
                Cell::from(Line::styled(
                    format!("{:.0}%", s.mean_time_ratio * 100.0),
                    time_style,
                )),
                Cell::from(s.over_limit.to_string()),
                Cell::from(ready),
                Cell::from(s.due_now.to_string()),
            ])
        })
        .collect();
    let header = Row::new([
        "Role",
        "Questions",
        "Answers",
        "Time/limit",
        "Over",
        "Readiness",
        "Due",
    ])
    .style(t.title());
    let widths = [
        Constraint::Min(12),
        Constraint::Length(9),
        Constraint::Length(8),
        Constraint::Length(10),
        Constraint::Length(5),
        Constraint::Length(9),
        Constraint::Length(4),
    ];
    let title = if r.roles.is_empty() {
        "Per role — nothing answered yet"
    } else {
        "Per role"
    };
    frame.render_widget(
        Table::new(rows, widths)
            .header(header)
            .block(titled(t, title)),
        roles_area,
    );

    let max = r.forecast.iter().map(|d| d.count).max().unwrap_or(0).max(1);
    let bars: String = r
        .forecast
        .iter()
        .map(|d| {
            let levels = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"];
            if d.count == 0 {
                " ".to_string()
            } else {
                levels[((d.count * 7) / max) as usize].to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    let counts = r
        .forecast
        .iter()
        .map(|d| d.count.to_string())
        .collect::<Vec<_>>()
        .join(",");
    frame.render_widget(
        Paragraph::new(vec![
            Line::styled(bars, t.warn()),
            Line::styled(format!("today → +13 days: {counts}"), t.dim()),
        ])
        .block(titled(t, "Due in the next 14 days")),
        forecast_area,
    );
}
