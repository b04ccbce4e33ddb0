//! Review in recall mode: the question and the clock; think the answer
//! through, then Space shows your last version and the key points to rate by.

use crate::tui::wrap::Wrapped;
use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Gauge;

use crate::practice::Asked;
use crate::session::Timer;
use crate::store::{Attempt, Instant};
use crate::text;
use crate::tui::effect::{Confirm, Effect};
use crate::tui::env::Env;
use crate::tui::format::{clock, fit_title, time_left, titled};
use crate::tui::keymap::Action;

/// Review with `--recall`: think the answer through, then see the last one.
pub struct RecallState {
    pub asked: Asked,
    pub timer: Timer,
    pub revealed: bool,
    pub previous: Option<Attempt>,
}

impl RecallState {
    pub fn new(asked: Asked, previous: Option<Attempt>, now: Instant) -> RecallState {
        let timer = Timer::start(now, asked.question.time_limit);
        RecallState {
            asked,
            timer,
            revealed: false,
            previous,
        }
    }
}

pub fn on_key(r: &mut RecallState, action: Option<Action>, ev: &KeyEvent) -> Effect {
    match action {
        Some(Action::Reveal) => r.revealed = true,
        Some(Action::Rate(n)) if r.revealed => return Effect::Rate(n),
        Some(Action::Back) => return Effect::Confirm(Confirm::EndSession),
        None if matches!(ev.code, KeyCode::Char('1'..='4')) => {
            return Effect::Flash(crate::t!("practice-recall-think-first"));
        }
        _ => {}
    }
    Effect::None
}

pub fn draw(
    frame: &mut Frame,
    area: Rect,
    r: &RecallState,
    env: &Env,
    position: Option<(usize, usize)>,
    now: Instant,
) {
    let t = &env.theme;
    let [q_area, gauge_area, body] = Layout::vertical([
        Constraint::Length(5),
        Constraint::Length(1),
        Constraint::Min(3),
    ])
    .areas(area);
    let title = match position {
        Some((i, n)) => crate::t!(
            "practice-recall-title-at",
            i = i,
            n = n,
            role = r.asked.role.as_str()
        ),
        None => crate::t!("practice-recall-title", role = r.asked.role.as_str()),
    };
    frame.render_widget(
        Wrapped::new(text::sanitize(&r.asked.question.prompt, true))
            .block(titled(t, &fit_title(&title, q_area.width))),
        q_area,
    );
    let remaining = r.timer.remaining(now);
    let label = if remaining.is_negative() {
        crate::t!("practice-recall-overtime", over = clock(-remaining))
    } else {
        time_left(remaining, r.timer.limit)
    };
    let label = text::truncate(&label, usize::from(gauge_area.width));
    frame.render_widget(
        Gauge::default()
            .ratio(if remaining.is_negative() {
                1.0
            } else {
                r.timer.ratio(now)
            })
            .label(label)
            .gauge_style(t.gauge(remaining.is_negative())),
        gauge_area,
    );
    let mut lines: Vec<Line> = Vec::new();
    if !r.revealed {
        lines.push(Line::from(crate::t!("practice-recall-think")));
        lines.push(Line::from(""));
        lines.push(Line::styled(crate::t!("practice-recall-reveal"), t.key()));
    } else {
        match &r.previous {
            Some(p) => {
                let when = env.day.date(p.submitted_at);
                lines.push(Line::styled(
                    crate::t!("practice-recall-last-version", when = when.to_string()),
                    t.title(),
                ));
                lines.extend(
                    text::sanitize(&p.text, true)
                        .lines()
                        .map(|l| Line::from(l.to_string())),
                );
            }
            None => lines.push(Line::styled(
                crate::t!("practice-recall-no-version"),
                t.dim(),
            )),
        }
        if !r.asked.question.key_points.is_empty() {
            lines.push(Line::from(""));
            lines.push(Line::styled(
                crate::t!("practice-recall-key-points"),
                t.title(),
            ));
            for k in &r.asked.question.key_points {
                lines.push(Line::from(format!(" · {}", text::one_line(&k.text))));
            }
        }
        lines.push(Line::from(""));
        lines.push(Line::styled(
            format!(
                "{} {}",
                crate::t!("practice-recall-how-well"),
                crate::t!("practice-rate-keys")
            ),
            t.key(),
        ));
    }
    frame.render_widget(
        Wrapped::new(lines).block(titled(t, &crate::t!("practice-recall-body-title"))),
        body,
    );
}
