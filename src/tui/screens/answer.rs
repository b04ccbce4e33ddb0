//! The answer screen: the question, the countdown gauge (red overtime, never
//! a cut-off), the editor with the real cursor, and live counts.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Gauge, Paragraph, Wrap};

use super::{clock, titled};
use crate::store::Millis;
use crate::text;
use crate::tui::app::{App, Screen};

pub fn draw(frame: &mut Frame, area: Rect, app: &mut App, now: Millis) {
    let rates = app.rates();
    let theme = app.theme;
    let position = app.session.as_ref().map(|s| s.position());
    let Screen::Answer(a) = &mut app.screen else {
        return;
    };
    let q = &a.asked.question;
    let prompt = match &a.asked.parent {
        // A follow-up is asked about what was just said: show what it follows.
        Some(parent) => format!(
            "(follow-up to: {})\n{}",
            text::truncate(&text::one_line(parent), 120),
            text::sanitize(&q.prompt, true)
        ),
        None => text::sanitize(&q.prompt, true),
    };
    let inner_w = area.width.saturating_sub(2).max(1) as usize;
    let prompt_rows: usize = prompt
        .lines()
        .map(|l| text::width(l).div_ceil(inner_w).max(1))
        .sum();
    let max_q = (area.height / 3).max(3);
    let q_height = (prompt_rows as u16 + 2).clamp(3, max_q);
    let [q_area, gauge_area, edit_area, stats_area] = Layout::vertical([
        Constraint::Length(q_height),
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(1),
    ])
    .areas(area);

    let mut title = String::new();
    if let Some((i, n)) = position {
        title.push_str(&format!("Q {i}/{n} · "));
    }
    title.push_str(&format!(
        "{} · {} · {}",
        a.asked.role, a.asked.question.kind, a.asked.bank_title
    ));
    if let Some(l) = q.level {
        title.push_str(&format!(" · {}", l.as_str()));
    }
    frame.render_widget(
        Paragraph::new(prompt)
            .wrap(Wrap { trim: false })
            .block(titled(&theme, &title)),
        q_area,
    );

    let remaining = a.timer.remaining(now);
    let over = remaining < 0;
    let label = if a.timer.is_paused() {
        format!("paused · {} left", clock(remaining.max(0)))
    } else if over {
        format!(
            "overtime +{} (limit {})",
            clock(-remaining),
            clock(a.timer.limit_ms)
        )
    } else {
        format!("{} left of {}", clock(remaining), clock(a.timer.limit_ms))
    };
    let ratio = if over { 1.0 } else { a.timer.ratio(now) };
    let gauge_style = if over {
        theme.bad()
    } else {
        theme.gauge(false)
    };
    frame.render_widget(
        Gauge::default()
            .ratio(ratio)
            .label(Span::styled(label, gauge_style))
            .gauge_style(theme.gauge(over)),
        gauge_area,
    );

    let block = Block::default()
        .borders(Borders::ALL)
        .title(" Your answer ");
    a.editor.render(frame, edit_area, block);

    if let Some(err) = &a.save_error {
        // Stays until a save works: the text is only on screen.
        let line = Line::styled(
            text::one_line(&format!(
                "NOT SAVED: {err}. It is only on screen; quitting writes it to a file outside the data folder"
            )),
            theme.bad(),
        );
        frame.render_widget(Paragraph::new(line), stats_area);
        return;
    }
    let stats = a.stats(&rates);
    let line = Line::from(vec![
        Span::raw(format!(
            "{} · {} · ",
            text::count(stats.chars, "char", "chars"),
            text::count(stats.words, "word", "words")
        )),
        Span::styled(
            format!("~{} speaking", clock((stats.speaking_secs * 1000.0) as i64)),
            theme.title(),
        ),
        Span::styled(
            format!(" · elapsed {}", clock(a.timer.elapsed(now))),
            theme.dim(),
        ),
    ]);
    frame.render_widget(Paragraph::new(line), stats_area);
}
