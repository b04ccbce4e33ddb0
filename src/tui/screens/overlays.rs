//! The popups over a screen (help, the answer menu, the recovery prompt,
//! yes/no questions), the footer and "terminal too small": drawing only,
//! from what the router hands over.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::clock::LocalDay;
use crate::practice::Recovery;
use crate::text;
use crate::tui::effect::Confirm;
use crate::tui::format::popup;
use crate::tui::keymap::{self, Ctx};
use crate::tui::theme::Theme;

pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;

/// Says so and returns true when `area` is below the smallest size drawn.
pub fn too_small(frame: &mut Frame, area: Rect) -> bool {
    if area.width >= MIN_WIDTH && area.height >= MIN_HEIGHT {
        return false;
    }
    let msg = Paragraph::new(vec![
        Line::from("terminal too small"),
        Line::from(format!(
            "{}x{}, needs {MIN_WIDTH}x{MIN_HEIGHT}",
            area.width, area.height
        )),
    ])
    .wrap(Wrap { trim: true });
    frame.render_widget(msg, area);
    true
}

/// The footer: the flash message if there is one, else the keys of `ctxs`.
pub fn footer(
    frame: &mut Frame,
    area: Rect,
    flash: Option<&str>,
    ctxs: &[Ctx],
    help_open: bool,
    theme: &Theme,
) {
    if let Some(msg) = flash {
        frame.render_widget(
            Paragraph::new(Line::styled(text::one_line(msg), theme.warn())),
            area,
        );
        return;
    }
    let mut spans = Vec::new();
    if help_open {
        spans.push(Span::styled("any key closes the help", theme.dim()));
    }
    // Whole hints only: one that does not fit is left to the help.
    let mut used = spans.iter().map(|s| s.width()).sum::<usize>();
    for (k, label) in keymap::footer(ctxs) {
        let hint = format!(" {label}  ");
        let w = text::width(&k) + text::width(&hint);
        if used + w > usize::from(area.width) + 2 {
            break;
        }
        used += w;
        spans.push(Span::styled(k, theme.key()));
        spans.push(Span::raw(hint));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// The keys of the screen under the popup.
pub fn help(frame: &mut Frame, area: Rect, ctxs: &[Ctx], theme: &Theme) {
    let mut lines: Vec<Line> = keymap::help(ctxs)
        .into_iter()
        .map(|(k, d)| {
            Line::from(vec![
                Span::styled(format!("{k:>16}  "), theme.key()),
                Span::raw(d),
            ])
        })
        .collect();
    lines.push(Line::from(""));
    lines.push(Line::styled("any key closes this help", theme.dim()));
    popup(frame, area, "Keys", lines, theme, 72);
}

/// The answer screen's Esc menu (`ctx`: a practice's or a mock's).
pub fn menu(frame: &mut Frame, area: Rect, ctx: Ctx, theme: &Theme) {
    let lines: Vec<Line> = keymap::help(&[ctx])
        .into_iter()
        .filter(|(k, _)| k != "Ctrl+C")
        .map(|(k, d)| {
            Line::from(vec![
                Span::styled(format!("{k:<14}"), theme.key()),
                Span::raw(d),
            ])
        })
        .collect();
    popup(frame, area, "Answer", lines, theme, 72);
}

/// A yes/no question; `save_error` is what failed, for "not saved".
pub fn confirm(
    frame: &mut Frame,
    area: Rect,
    c: &Confirm,
    save_error: Option<&str>,
    theme: &Theme,
) {
    let (title, lines) = confirm_text(c, save_error);
    let mut body: Vec<Line> = lines.into_iter().map(Line::from).collect();
    body.push(Line::from(""));
    body.push(Line::from(vec![
        Span::styled("y", theme.key()),
        Span::raw(" yes   "),
        Span::styled("n", theme.key()),
        Span::raw("/"),
        Span::styled("Esc", theme.key()),
        Span::raw(" no"),
    ]));
    popup(frame, area, title, body, theme, 64);
}

/// The question a yes/no popup asks, and what "yes" does.
fn confirm_text(c: &Confirm, save_error: Option<&str>) -> (&'static str, Vec<String>) {
    match c {
        Confirm::Quit => ("Quit", vec!["Quit rehearse?".into()]),
        Confirm::DiscardRecovered => (
            "Discard",
            vec![
                "Discard the recovered answer and the unfinished session?".into(),
                "This cannot be undone.".into(),
            ],
        ),
        Confirm::SkipRating => (
            "Skip rating",
            vec![
                "Go on without rating this answer?".into(),
                "It stays saved, and Review offers it for rating later.".into(),
            ],
        ),
        Confirm::QuitUnrated => (
            "Quit",
            vec![
                "Quit without rating this answer?".into(),
                "It stays saved; next time the session resumes here.".into(),
            ],
        ),
        Confirm::DiscardAnswer => (
            "Discard",
            vec!["Discard this answer and skip the question?".into()],
        ),
        Confirm::EndSession => (
            "End session",
            vec!["End the session here? What you rated so far is kept.".into()],
        ),
        Confirm::PassQuestion => (
            "Pass",
            vec![
                "Pass on this question? What you typed is discarded;".into(),
                "the interview goes on, and the clock with it.".into(),
            ],
        ),
        Confirm::EndInterview => (
            "End the interview",
            vec![
                "End the interview here? This answer is discarded and the".into(),
                "questions left are not asked; the report covers what you answered.".into(),
            ],
        ),
        Confirm::QuitUnsaved => {
            let why = save_error.unwrap_or_default();
            (
                "Not saved",
                vec![
                    "Your answer could not be saved:".into(),
                    text::one_line(why),
                    "Quit anyway? It will be written to a file outside the data folder, named when rehearse ends.".into(),
                ],
            )
        }
    }
}

/// "Pick up where you left off?": the session and the draft found.
pub fn recover(frame: &mut Frame, area: Rect, r: &Recovery, day: &LocalDay, theme: &Theme) {
    let mut lines = Vec::new();
    if let Some(s) = r
        .session
        .as_ref()
        .filter(|s| s.mode == crate::mock::run::MODE)
    {
        lines.push(Line::from(format!(
            "You stopped a mock interview at question {} of {} (started {}).",
            s.position + 1,
            s.queue.len(),
            day.date_time(s.started_at)
        )));
        lines.push(Line::from(
            "It resumes there, with every earlier answer and its clock where it was.",
        ));
        lines.push(Line::from(""));
    } else if let Some(s) = &r.session {
        lines.push(Line::from(format!(
            "You stopped a {} session at question {} of {} (started {}).",
            s.mode,
            s.position + 1,
            s.queue.len(),
            day.date_time(s.started_at)
        )));
        lines.push(Line::from(""));
    }
    if let Some(d) = &r.draft {
        lines.push(Line::from("The answer you were writing:"));
        lines.push(Line::styled(text::one_line(&d.prompt), theme.title()));
        lines.push(Line::from(text::truncate(&text::one_line(&d.text), 200)));
        lines.push(Line::from(""));
    }
    let mut keys = Vec::new();
    for (k, label) in keymap::footer(&[Ctx::Recover]) {
        keys.push(Span::styled(k, theme.key()));
        keys.push(Span::raw(format!(" {label}   ")));
    }
    lines.push(Line::from(keys));
    popup(frame, area, "Pick up where you left off?", lines, theme, 72);
}
