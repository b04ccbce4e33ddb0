//! Review in recall mode: the question and the clock; think the answer
//! through, then Space shows your last version and the key points to rate by.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Gauge, Paragraph, Wrap};

use super::{clock, titled};
use crate::store::Millis;
use crate::text;
use crate::tui::app::{App, Screen};

pub fn draw(frame: &mut Frame, area: Rect, app: &App, now: Millis) {
    let Screen::Recall(r) = &app.screen else {
        return;
    };
    let t = &app.theme;
    let [q_area, gauge_area, body] = Layout::vertical([
        Constraint::Length(5),
        Constraint::Length(1),
        Constraint::Min(3),
    ])
    .areas(area);
    let title = match app.session.as_ref().map(|s| s.position()) {
        Some((i, n)) => format!("Recall {i}/{n} · {}", r.asked.role),
        None => format!("Recall · {}", r.asked.role),
    };
    frame.render_widget(
        Paragraph::new(text::sanitize(&r.asked.question.prompt, true))
            .wrap(Wrap { trim: false })
            .block(titled(t, &title)),
        q_area,
    );
    let remaining = r.timer.remaining(now);
    let label = if remaining < 0 {
        format!("overtime +{}", clock(-remaining))
    } else {
        format!("{} left of {}", clock(remaining), clock(r.timer.limit_ms))
    };
    frame.render_widget(
        Gauge::default()
            .ratio(if remaining < 0 {
                1.0
            } else {
                r.timer.ratio(now)
            })
            .label(label)
            .gauge_style(t.gauge(remaining < 0)),
        gauge_area,
    );
    let mut lines: Vec<Line> = Vec::new();
    if !r.revealed {
        lines.push(Line::from(
            "Answer it in your head, or out loud, as you would in the room.",
        ));
        lines.push(Line::from(""));
        lines.push(Line::styled(
            "Space: show your last version and the key points",
            t.key(),
        ));
    } else {
        match &r.previous {
            Some(p) => {
                let when = chrono::DateTime::from_timestamp_millis(p.submitted_at)
                    .unwrap_or_default()
                    .format("%Y-%m-%d");
                lines.push(Line::styled(
                    format!("Your last version ({when})"),
                    t.title(),
                ));
                lines.extend(
                    text::sanitize(&p.text, true)
                        .lines()
                        .map(|l| Line::from(l.to_string())),
                );
            }
            None => lines.push(Line::styled(
                "You have not written this one down yet.",
                t.dim(),
            )),
        }
        if !r.asked.question.key_points.is_empty() {
            lines.push(Line::from(""));
            lines.push(Line::styled("Key points", t.title()));
            for k in &r.asked.question.key_points {
                lines.push(Line::from(format!(" · {}", text::one_line(&k.text))));
            }
        }
        lines.push(Line::from(""));
        lines.push(Line::styled(
            "How well did you recall it? 1 Again  2 Hard  3 Good  4 Easy",
            t.key(),
        ));
    }
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(titled(t, "Recall")),
        body,
    );
}
