//! Drawing the whole app: the current screen, the footer, and any popup
//! last (over both), each from the state it belongs to.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};

use super::app::{App, Overlay, Screen};
use super::screens::{
    answer, browse, feedback, home, mock_report, mock_setup, overlays, recall, setup, stats, story,
    summary,
};
use crate::store::Instant;

/// Draws the whole app for `now`.
pub fn draw(frame: &mut Frame, app: &mut App, now: Instant) {
    let area = frame.area();
    if overlays::too_small(frame, area) {
        return;
    }
    let foot_rows = overlays::footer_rows(app.flash.as_deref(), area.width);
    let [body, foot] =
        Layout::vertical([Constraint::Min(1), Constraint::Length(foot_rows)]).areas(area);
    let position = app
        .session()
        .map(|s| s.position())
        .or_else(|| app.mock.as_ref().map(|m| m.position()));
    let interview = app.mock.as_ref().map(|m| answer::Interview {
        clock: m.clock(now),
        limit: m.limit(),
        segment: m.current().map(|i| i.segment),
        follow_up: m.current().and_then(|i| i.because.clone()),
    });
    let env = app.env();
    match &app.screen {
        Screen::Home { selected } => home::draw(frame, body, *selected, &app.home, &env),
        Screen::Setup(s) => setup::draw(frame, body, s, &env),
        Screen::Feedback(f) => feedback::draw(frame, body, f, &env),
        Screen::Recall(r) => recall::draw(frame, body, r, &env, position, now),
        Screen::Browse(b) => browse::draw_list(frame, body, b, &env),
        Screen::Summary { scroll, at } => {
            if let Some(s) = app.session() {
                summary::draw(frame, body, s, &env, *scroll, *at);
            }
        }
        Screen::Banks { selected } => home::draw_banks(frame, body, *selected, &env),
        Screen::Stats(r) => stats::draw(frame, body, r, &env),
        Screen::MockSetup(s) => mock_setup::draw(frame, body, s, &env),
        Screen::MockHistory(h) => mock_report::draw_history(frame, body, h, &env),
        Screen::Story(s) => story::draw(frame, body, s, &env),
        Screen::Answer(_) | Screen::Detail(_) | Screen::MockReport(_) => {}
    }
    // The two screens whose drawing updates their own state (the editor's
    // scroll, the versions list).
    let theme = app.theme;
    let day = app.day;
    {
        let env = super::env::Env {
            lib: &app.lib,
            store: &app.store,
            settings: &app.settings,
            story: &app.story,
            theme,
            day,
        };
        match &mut app.screen {
            Screen::Answer(a) => {
                answer::draw(frame, body, a, &env, position, interview.as_ref(), now)
            }
            Screen::MockReport(r) => mock_report::draw(frame, body, r, &env),
            Screen::Detail(d) => browse::draw_detail(frame, body, d, &env),
            _ => {}
        }
    }
    let help_open = matches!(app.overlay, Some(Overlay::Help { .. }));
    overlays::footer(
        frame,
        foot,
        app.flash.as_deref(),
        &app.contexts(),
        help_open,
        &theme,
    );
    match &app.overlay {
        Some(Overlay::Help { .. }) => overlays::help(frame, area, &app.screen_contexts(), &theme),
        Some(Overlay::Menu) => {
            let ctx = if app.mock.is_some() {
                super::keymap::Ctx::MockMenu
            } else {
                super::keymap::Ctx::Menu
            };
            overlays::menu(frame, area, ctx, &theme)
        }
        Some(Overlay::Recover(r)) => overlays::recover(frame, area, r, &day, &theme),
        Some(Overlay::Confirm(c)) => {
            let save_error = match &app.screen {
                Screen::Answer(a) => a.save_error.as_deref(),
                _ => None,
            };
            overlays::confirm(frame, area, c, save_error, &theme)
        }
        Some(Overlay::TargetRole(p)) => home::draw_role_pick(frame, area, p, &theme),
        None => {}
    }
}
