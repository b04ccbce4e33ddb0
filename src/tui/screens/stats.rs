//! Stats: streak, a calendar heatmap of the last 12 weeks, answers and time
//! against limits per role, per-role readiness, how the recent answers
//! and the story read against the role applied for, and the due forecast.

use chrono::Datelike;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, Table, Wrap};

use ratatui::style::Style;

use crate::stats::{HEATMAP_WEEKS, RoleReport, StatsReport, Week};
use crate::text;
use crate::tui::effect::Effect;
use crate::tui::env::Env;
use crate::tui::format::titled;
use crate::tui::keymap::Action;
use crate::tui::theme::Theme;

/// The heatmap's shades, each with the answer counts it stands for.
const SHADES: [(&str, &str); 5] = [
    ("·", "none"),
    ("░", "1"),
    ("▒", "2-3"),
    ("▓", "4-6"),
    ("█", "7+"),
];

/// One cell of the heatmap for a day's answer count.
fn shade(count: u64) -> &'static str {
    let i = match count {
        0 => 0,
        1 => 1,
        2..=3 => 2,
        4..=6 => 3,
        _ => 4,
    };
    SHADES[i].0
}

/// "1 answer", "2 answers".
fn counted(n: u64, noun: &str) -> String {
    crate::text::count(n as usize, noun, &format!("{noun}s"))
}

/// Width of the weekday names in front of the heatmap rows.
const ROW_LABEL: usize = 4;
/// Each week column is a cell and a space.
const COLUMN: usize = 2;

/// The line above the week columns: a month's name over the first week
/// that starts in it (over the first column too, unless the next column
/// already starts another month).
fn month_labels(weeks: &[Week]) -> String {
    let mut line = " ".repeat(ROW_LABEL);
    for (col, w) in weeks.iter().enumerate() {
        let month = w.monday.month();
        let starts = match col {
            0 => weeks.get(1).is_none_or(|next| next.monday.month() == month),
            _ => weeks[col - 1].monday.month() != month,
        };
        let at = ROW_LABEL + col * COLUMN;
        if starts && line.chars().count() <= at {
            line.push_str(&" ".repeat(at - line.chars().count()));
            line.push_str(&w.monday.format("%b").to_string());
        }
    }
    line
}

/// The calendar: weekdays down, weeks across (oldest left), months on top.
fn heatmap_lines<'a>(weeks: &[Week], t: &Theme) -> Vec<Line<'a>> {
    let names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    let mut lines = vec![Line::styled(month_labels(weeks), t.dim())];
    for (row, name) in names.iter().enumerate() {
        let cells: String = weeks
            .iter()
            .map(|w| format!("{} ", w.days[row].map_or(" ", shade)))
            .collect();
        lines.push(Line::from(vec![
            Span::styled(format!("{name:<ROW_LABEL$}"), t.dim()),
            Span::styled(cells, t.good()),
        ]));
    }
    lines
}

/// Beside the calendar: what the shades and the dates mean, and what
/// readiness is.
fn legend_lines<'a>(r: &StatsReport, t: &Theme) -> Vec<Line<'a>> {
    let today = r
        .days
        .last()
        .and_then(|d| chrono::NaiveDate::parse_from_str(&d.date, "%Y-%m-%d").ok());
    let span = match (r.weeks.first(), today) {
        (Some(w), Some(today)) => format!(
            "Answers a day, {} to {}",
            w.monday.format("%-d %b"),
            today.format("%-d %b %Y")
        ),
        _ => "Answers a day".to_string(),
    };
    let mut shades = Vec::new();
    for (cell, meaning) in SHADES {
        shades.push(Span::styled(cell, t.good()));
        shades.push(Span::styled(format!(" {meaning}  "), t.dim()));
    }
    vec![
        Line::styled(span, t.dim()),
        Line::from(shades),
        Line::raw(""),
        Line::styled(
            "Readiness: the chance of recalling a role's questions now; \
             one rated Again, or still in its learning steps, counts 0.",
            t.dim(),
        ),
    ]
}

pub fn on_key(action: Option<Action>) -> Effect {
    match action {
        Some(Action::Back) => Effect::Home,
        _ => Effect::None,
    }
}

/// How the last answers and the story read against the role applied for.
fn draw_role_profile(frame: &mut Frame, area: Rect, r: &RoleReport, t: &Theme) {
    let target = r.target_role.as_deref();
    let away = |p: Option<&crate::feedback::RoleProfile>| {
        target.is_some_and(|role| p.and_then(|p| p.top()).is_some_and(|top| top.role != role))
    };
    let mut lines = Vec::new();
    match &r.answers_line {
        Some(l) => lines.push(Line::styled(
            format!("{}.", text::one_line(l)),
            if away(Some(&r.answers)) {
                t.warn()
            } else {
                Style::new()
            },
        )),
        None if r.answers_read == 0 => lines.push(Line::styled("No answers yet.", t.dim())),
        None => lines.push(Line::styled(
            format!(
                "Your last {} name too few role words to tell how they read.",
                counted(r.answers_read as u64, "answer")
            ),
            t.dim(),
        )),
    }
    if let Some(l) = &r.story_line {
        lines.push(Line::styled(
            format!("{}.", text::one_line(l)),
            if away(r.story.as_ref()) {
                t.warn()
            } else {
                Style::new()
            },
        ));
    }
    let title = match target {
        Some(role) => format!(
            "Sounding like the role · last {} · applying for {}",
            counted(r.answers_read as u64, "answer"),
            text::one_line(role)
        ),
        None => "Sounding like the role · no role chosen (r on the home screen)".to_string(),
    };
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .block(titled(t, &title)),
        area,
    );
}

pub fn draw(frame: &mut Frame, area: Rect, r: &StatsReport, env: &Env) {
    let t = &env.theme;
    let [top, roles_area, sound_area, forecast_area] = Layout::vertical([
        Constraint::Length(11),
        Constraint::Min(4),
        Constraint::Length(4),
        Constraint::Length(4),
    ])
    .areas(area);
    draw_role_profile(frame, sound_area, &r.role_profile, t);

    let block = titled(t, "Stats");
    let inner = block.inner(top);
    frame.render_widget(block, top);
    let [streak_area, calendar] =
        Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(inner);
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled("Streak ", t.dim()),
            Span::styled(counted(u64::from(r.streak), "day"), t.title()),
            Span::styled(
                format!(" · {} saved", counted(r.total_attempts, "answer")),
                t.dim(),
            ),
        ])),
        streak_area,
    );
    let grid_width = (ROW_LABEL + HEATMAP_WEEKS * COLUMN + 1) as u16;
    let [grid_area, legend_area] =
        Layout::horizontal([Constraint::Length(grid_width), Constraint::Min(1)]).areas(calendar);
    frame.render_widget(Paragraph::new(heatmap_lines(&r.weeks, t)), grid_area);
    frame.render_widget(
        Paragraph::new(legend_lines(r, t)).wrap(Wrap { trim: true }),
        legend_area,
    );

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

    // On a short terminal the layout leaves this box a row or two: a box
    // with no room inside is left out rather than drawn without its bottom.
    if forecast_area.height < 3 {
        return;
    }
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
        .block(titled(
            t,
            &format!(
                "Due in the next 14 days: {}",
                counted(r.forecast.iter().map(|d| d.count).sum(), "question")
            ),
        )),
        forecast_area,
    );
}
