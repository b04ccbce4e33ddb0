//! Stats: streak, a calendar heatmap of the last 12 weeks, answers and time
//! against limits per role, per-role readiness, how the recent answers
//! and the story read against the role applied for, and the due forecast.

use chrono::{Datelike, NaiveDate};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, Table};

use crate::stats::{HEATMAP_WEEKS, RoleReport, StatsReport, Week};
use crate::t;
use crate::text;
use crate::tui::effect::Effect;
use crate::tui::env::Env;
use crate::tui::format::{fit_title, pad, titled};
use crate::tui::keymap::Action;
use crate::tui::theme::Theme;
use crate::tui::wrap::Wrapped;

/// The heatmap's shades, each with the answer counts it stands for ("none"
/// is a word, the rest numbers).
const SHADES: [(&str, Option<&str>); 5] = [
    ("·", None),
    ("░", Some("1")),
    ("▒", Some("2-3")),
    ("▓", Some("4-6")),
    ("█", Some("7+")),
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

/// Width of the weekday names in front of the heatmap rows.
const ROW_LABEL: usize = 4;
/// Each week column is a cell and a space.
const COLUMN: usize = 2;

/// "Sep", "9월".
fn month_name(date: NaiveDate) -> String {
    t!("stats-month", month = date.month())
}

/// "7 Sep", "9월 7일"; with `year`, "28 Nov 2026", "2026년 11월 28일".
fn day_name(date: NaiveDate, year: bool) -> String {
    let (day, month) = (date.day(), month_name(date));
    if year {
        t!(
            "stats-date-year",
            day = day,
            month = month,
            year = date.year()
        )
    } else {
        t!("stats-date", day = day, month = month)
    }
}

/// The line above the week columns: a month's name over the first week
/// that starts in it (over the first column too, unless the next column
/// already starts another month), a space at least between two names.
fn month_labels(weeks: &[Week]) -> String {
    let mut line = " ".repeat(ROW_LABEL);
    for (col, w) in weeks.iter().enumerate() {
        let month = w.monday.month();
        let starts = match col {
            0 => weeks.get(1).is_none_or(|next| next.monday.month() == month),
            _ => weeks[col - 1].monday.month() != month,
        };
        let at = ROW_LABEL + col * COLUMN;
        let used = text::width(&line);
        if starts && (used < at || col == 0) {
            line.push_str(&" ".repeat(at - used));
            line.push_str(&month_name(w.monday));
        }
    }
    line
}

/// The calendar: weekdays down, weeks across (oldest left), months on top.
fn heatmap_lines<'a>(weeks: &[Week], t: &Theme) -> Vec<Line<'a>> {
    let mut lines = vec![Line::styled(month_labels(weeks), t.dim())];
    for row in 0..7 {
        let name = t!("stats-weekday", day = row + 1);
        let cells: String = weeks
            .iter()
            .map(|w| format!("{} ", w.days[row].map_or(" ", shade)))
            .collect();
        lines.push(Line::from(vec![
            Span::styled(pad(&name, ROW_LABEL), t.dim()),
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
        .and_then(|d| NaiveDate::parse_from_str(&d.date, "%Y-%m-%d").ok());
    let span = match (r.weeks.first(), today) {
        (Some(w), Some(today)) => t!(
            "stats-days-span",
            from = day_name(w.monday, false),
            to = day_name(today, true)
        ),
        _ => t!("stats-days"),
    };
    let mut shades = Vec::new();
    for (cell, meaning) in SHADES {
        let meaning = meaning.map_or_else(|| t!("stats-shade-none"), str::to_string);
        shades.push(Span::styled(cell, t.good()));
        shades.push(Span::styled(format!(" {meaning}  "), t.dim()));
    }
    vec![
        Line::styled(span, t.dim()),
        Line::from(shades),
        Line::raw(""),
        Line::styled(t!("stats-readiness-legend"), t.dim()),
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
    // Left out, like the forecast, when the layout leaves it no room inside.
    if area.height < 3 {
        return;
    }
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
        None if r.answers_read == 0 => {
            lines.push(Line::styled(t!("stats-profile-no-answers"), t.dim()))
        }
        None => lines.push(Line::styled(
            t!("stats-profile-too-few", n = r.answers_read),
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
        Some(role) => t!(
            "stats-profile-title",
            n = r.answers_read,
            role = text::one_line(&crate::feedback::role::role_name(role))
        ),
        None => t!("stats-profile-title-no-role"),
    };
    frame.render_widget(
        Wrapped::new(lines).block(titled(t, &fit_title(&title, area.width))),
        area,
    );
}

/// The per-role table's columns: their headers, the least width each
/// needed in English, and the order they are given up in when the screen
/// is too narrow for all (the role, readiness and what is due stay).
fn role_columns() -> [(String, u16, u8); 7] {
    [
        (t!("stats-column-role"), 12, 0),
        (t!("stats-column-questions"), 9, 4),
        (t!("stats-column-answers"), 8, 2),
        (t!("stats-column-time"), 10, 3),
        (t!("stats-column-over"), 5, 1),
        (t!("stats-column-readiness"), 9, 0),
        (t!("stats-column-due"), 4, 0),
    ]
}

/// Which columns are shown in `inner` cells, and how wide each is: a
/// column is as wide as its English default or its header, whichever is
/// wider; the role takes what is left, cut by width, at least 12 cells.
fn fit_columns(inner: u16, headers: &[(String, u16, u8); 7]) -> Vec<(usize, u16)> {
    let widths: Vec<u16> = headers
        .iter()
        .map(|(h, min, _)| (*min).max(text::width(h) as u16))
        .collect();
    let mut shown: Vec<usize> = (0..headers.len()).collect();
    let need = |shown: &[usize]| -> u16 {
        shown.iter().map(|&i| widths[i]).sum::<u16>() + shown.len() as u16 - 1
    };
    // Give columns up, first the least needed, until the rest fit.
    for drop in 1..=4 {
        if need(&shown) <= inner {
            break;
        }
        shown.retain(|&i| headers[i].2 != drop);
    }
    let rest: u16 = shown[1..].iter().map(|&i| widths[i] + 1).sum();
    let role = inner.saturating_sub(rest).max(1);
    shown
        .into_iter()
        .map(|i| (i, if i == 0 { role } else { widths[i] }))
        .collect()
}

pub fn draw(frame: &mut Frame, area: Rect, r: &StatsReport, env: &Env) {
    let t = &env.theme;
    let [top, roles_area, sound_area, forecast_area] = Layout::vertical([
        Constraint::Length(10),
        Constraint::Min(4),
        Constraint::Length(4),
        Constraint::Length(4),
    ])
    .areas(area);
    draw_role_profile(frame, sound_area, &r.role_profile, t);

    // The streak in the title leaves a row more for the roles.
    let title = format!(
        "{} · {} {} {}",
        t!("stats-title"),
        t!("stats-streak"),
        t!("stats-streak-days", n = r.streak),
        t!("stats-saved", n = r.total_attempts)
    );
    let block = titled(t, &fit_title(&title, top.width));
    let calendar = block.inner(top);
    frame.render_widget(block, top);
    let grid_width = (ROW_LABEL + HEATMAP_WEEKS * COLUMN + 1) as u16;
    let [grid_area, legend_area] =
        Layout::horizontal([Constraint::Length(grid_width), Constraint::Min(1)]).areas(calendar);
    frame.render_widget(Paragraph::new(heatmap_lines(&r.weeks, t)), grid_area);
    frame.render_widget(Wrapped::new(legend_lines(r, t)), legend_area);

    let headers = role_columns();
    let columns = fit_columns(roles_area.width.saturating_sub(2), &headers);
    let role_w = usize::from(columns[0].1);
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
            let cells = [
                Cell::from(text::truncate(&text::one_line(&s.role), role_w.min(20))),
                Cell::from(s.questions_answered.to_string()),
                Cell::from(s.attempts.to_string()),
                Cell::from(Line::styled(
                    format!("{:.0}%", s.mean_time_ratio * 100.0),
                    time_style,
                )),
                Cell::from(s.over_limit.to_string()),
                Cell::from(ready),
                Cell::from(s.due_now.to_string()),
            ];
            Row::new(columns.iter().map(|&(i, _)| cells[i].clone()))
        })
        .collect();
    let header = Row::new(
        columns
            .iter()
            .map(|&(i, w)| text::truncate(&headers[i].0, usize::from(w))),
    )
    .style(t.title());
    let widths: Vec<Constraint> = columns
        .iter()
        .map(|&(i, w)| {
            if i == 0 {
                Constraint::Min(w.min(12))
            } else {
                Constraint::Length(w)
            }
        })
        .collect();
    let title = if r.roles.is_empty() {
        t!("stats-roles-title-empty")
    } else {
        t!("stats-roles-title")
    };
    frame.render_widget(
        Table::new(rows, widths)
            .header(header)
            .block(titled(t, &fit_title(&title, roles_area.width))),
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
    let room = usize::from(forecast_area.width.saturating_sub(2));
    let axis = t!(
        "stats-forecast-axis",
        last = r.forecast.len().saturating_sub(1),
        counts = counts
    );
    frame.render_widget(
        Paragraph::new(vec![
            Line::styled(text::truncate(&bars, room), t.warn()),
            Line::styled(text::truncate(&axis, room), t.dim()),
        ])
        .block(titled(
            t,
            &fit_title(
                &t!(
                    "stats-forecast-title",
                    days = r.forecast.len(),
                    n = r.forecast.iter().map(|d| d.count).sum::<u64>()
                ),
                forecast_area.width,
            ),
        )),
        forecast_area,
    );
}
