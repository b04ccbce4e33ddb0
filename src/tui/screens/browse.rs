//! Browse: the answered questions, and one question's versions with diffs
//! and talking points.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, List, ListItem, ListState, Paragraph, Wrap};

use super::feedback::diff_lines;
use super::{clock, titled};
use crate::feedback::{diff_stats, word_diff};
use crate::schedule::Rating;
use crate::text;
use crate::tui::app::{App, Screen};
use crate::tui::browse::FromBank;
use crate::tui::theme::Theme;

fn date(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .unwrap_or_default()
        .format("%Y-%m-%d")
        .to_string()
}

fn rating_label(r: Option<u8>) -> &'static str {
    r.and_then(Rating::from_u8).map_or("—", |r| r.label())
}

pub fn draw_list(frame: &mut Frame, area: Rect, app: &App) {
    let Screen::Browse(b) = &app.screen else {
        return;
    };
    let t = &app.theme;
    let [bar, list] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(area);
    let search = match &b.typing {
        Some(buf) => format!("search: {}▏", text::one_line(buf)),
        None if b.filter.text.is_empty() => "search: (/)".into(),
        None => format!("search: {}", text::one_line(&b.filter.text)),
    };
    let bar_line = Line::from(vec![
        Span::styled(
            search,
            if b.typing.is_some() {
                t.warn()
            } else {
                t.dim()
            },
        ),
        Span::styled(
            format!("   role: {}", b.filter.role.as_deref().unwrap_or("all")),
            t.dim(),
        ),
        Span::styled(
            format!("   tag: {}", b.filter.tag.as_deref().unwrap_or("all")),
            t.dim(),
        ),
    ]);
    frame.render_widget(Paragraph::new(bar_line), bar);
    let visible = b.visible();
    let items: Vec<ListItem> = visible
        .iter()
        .map(|r| {
            ListItem::new(format!(
                "{}  {:<6} {:>2}×  {:<16} {}",
                date(r.last_submitted),
                rating_label(r.last_rating),
                r.attempts,
                text::truncate(&text::one_line(&r.role), 16),
                text::one_line(&r.prompt)
            ))
        })
        .collect();
    let title = format!("Answered questions: {} of {}", visible.len(), b.rows.len());
    let mut state = ListState::default().with_selected(if visible.is_empty() {
        None
    } else {
        Some(b.selected)
    });
    frame.render_stateful_widget(
        List::new(items)
            .block(titled(t, &title))
            .highlight_style(t.selected()),
        list,
        &mut state,
    );
}

pub fn draw_detail(frame: &mut Frame, area: Rect, app: &mut App) {
    let theme = app.theme;
    let t = &theme;
    let Screen::Detail(d) = &mut app.screen else {
        return;
    };
    let tp_height = if d.talking_points.is_empty() {
        3
    } else {
        (d.talking_points.lines().count() as u16 + 2).min(7)
    };
    let bank_lines = from_bank_lines(&d.from_bank, t);
    let inner_width = area.width.saturating_sub(2).max(1) as usize;
    let wrapped: usize = bank_lines
        .iter()
        .map(|l| l.width().max(1).div_ceil(inner_width))
        .sum();
    let bank_height = (wrapped as u16 + 2).min(area.height / 3).max(3);
    let [head, tp, kp, body] = Layout::vertical([
        Constraint::Length(4),
        Constraint::Length(tp_height),
        Constraint::Length(bank_height),
        Constraint::Min(4),
    ])
    .areas(area);
    let due = d
        .row
        .due
        .map(|x| format!(" · next review {}", date(x)))
        .unwrap_or_default();
    let bank = match &d.from_bank {
        FromBank::Found { bank_title, .. }
        | FromBank::FollowUp { bank_title, .. }
        | FromBank::QuestionGone { bank_title } => bank_title.clone(),
        FromBank::BankGone { bank_id } => bank_id.clone(),
    };
    frame.render_widget(
        Paragraph::new(text::sanitize(&d.row.prompt, true))
            .wrap(Wrap { trim: false })
            .block(titled(t, &format!("{} · {bank}{due}", d.row.role))),
        head,
    );
    let tp_text = if d.talking_points.is_empty() {
        Line::styled(
            "none yet — e adds your own facts (\"8 EC2 instances\"); coverage checks them too",
            t.dim(),
        )
        .into()
    } else {
        ratatui::text::Text::from(text::sanitize(&d.talking_points, true))
    };
    frame.render_widget(
        Paragraph::new(tp_text)
            .wrap(Wrap { trim: false })
            .block(titled(t, "Your talking points")),
        tp,
    );

    frame.render_widget(
        Paragraph::new(bank_lines)
            .wrap(Wrap { trim: false })
            .block(titled(t, "Key points from the bank")),
        kp,
    );

    let [left, right] =
        Layout::horizontal([Constraint::Length(34), Constraint::Min(10)]).areas(body);
    let items: Vec<ListItem> = d
        .attempts
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let mark = if d.marked == Some(i) { "*" } else { " " };
            let words = a.text.split_whitespace().count();
            ListItem::new(format!(
                "{mark}{} {:>5} {:<5} {words}w",
                date(a.submitted_at),
                clock(a.duration_ms),
                rating_label(a.rating)
            ))
        })
        .collect();
    let mut state = ListState::default().with_selected(Some(d.selected));
    frame.render_stateful_widget(
        List::new(items)
            .block(titled(t, &format!("Versions ({})", d.attempts.len())))
            .highlight_style(t.selected()),
        left,
        &mut state,
    );
    let (title, lines): (String, Vec<Line>) = match (d.diff_pair(), d.attempts.get(d.selected)) {
        (Some((old, new)), _) => {
            let parts = word_diff(&old.text, &new.text);
            let st = diff_stats(&parts);
            (
                format!(
                    "{} → {}: +{} −{} words",
                    date(old.submitted_at),
                    date(new.submitted_at),
                    st.inserted_words,
                    st.deleted_words
                ),
                diff_lines(&parts, t),
            )
        }
        (None, Some(a)) => (
            format!("{} (first version)", date(a.submitted_at)),
            text::sanitize(&a.text, true)
                .lines()
                .map(|l| Line::from(l.to_string()))
                .collect(),
        ),
        (None, None) => ("No versions left".into(), vec![]),
    };
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(titled(t, &title)),
        right,
    );

    if let Some(editor) = &mut d.editing {
        let r = super::centered(
            area,
            area.width.saturating_sub(8).max(20),
            area.height.saturating_sub(6).clamp(5, 14),
        );
        frame.render_widget(Clear, r);
        let block = Block::default()
            .borders(Borders::ALL)
            .title(" Talking points — one per line · Ctrl+S saves · Esc cancels ");
        editor.render(frame, r, block);
    }
    if d.confirm_delete {
        let r = super::centered(area, 46, 3);
        frame.render_widget(Clear, r);
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::raw("Delete this version? "),
                Span::styled("y", t.key()),
                Span::raw(" yes  "),
                Span::styled("n", t.key()),
                Span::raw(" no"),
            ]))
            .block(titled(t, "Delete")),
            r,
        );
    }
}

/// The question's key points (match terms dimmed) and notes, or a plain
/// sentence saying why the bank has none to show.
fn from_bank_lines(from: &FromBank, t: &Theme) -> Vec<Line<'static>> {
    let said = |s: String| vec![Line::styled(s, t.dim())];
    match from {
        FromBank::Found {
            key_points, notes, ..
        } => {
            let mut lines: Vec<Line> = key_points
                .iter()
                .map(|k| {
                    Line::from(vec![
                        Span::raw(format!("• {}", text::one_line(&k.text))),
                        Span::styled(
                            format!("  ({})", text::one_line(&k.terms.join(" · "))),
                            t.dim(),
                        ),
                    ])
                })
                .collect();
            if let Some(n) = notes {
                lines.push(Line::from(vec![
                    Span::styled("Notes: ", t.title()),
                    Span::raw(text::one_line(n)),
                ]));
            }
            if lines.is_empty() {
                return said("Its bank gives this question no key points or notes.".into());
            }
            lines
        }
        FromBank::FollowUp { parent, .. } => said(format!(
            "A follow-up to “{}”; follow-ups have no key points of their own.",
            text::one_line(parent)
        )),
        FromBank::QuestionGone { bank_title } => said(format!(
            "The bank “{}” no longer has this question, so its key points and notes cannot be shown.",
            text::one_line(bank_title)
        )),
        FromBank::BankGone { bank_id } => said(format!(
            "The bank `{}` is not loaded any more (deleted, renamed or moved), so the key points and notes cannot be shown; your versions are all here.",
            text::one_line(bank_id)
        )),
    }
}
