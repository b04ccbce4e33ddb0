//! Practice setup: count, language, tags, roles and banks.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{List, ListItem, ListState};

use super::titled;
use crate::session;
use crate::text;
use crate::tui::app::{App, Screen, SetupRow};

pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let Screen::Setup(s) = &app.screen else {
        return;
    };
    let t = &app.theme;
    let matching = session::candidates(&app.lib, &s.filter).len();
    let check = |on: bool| if on { "[x]" } else { "[ ]" };
    let items: Vec<ListItem> = app
        .setup_rows()
        .iter()
        .map(|row| match row {
            SetupRow::Start => ListItem::new(Line::styled(
                format!(
                    "▶ Start: {} of {matching} matching questions",
                    s.count.min(matching)
                ),
                t.title(),
            )),
            SetupRow::Count => ListItem::new(format!("  Questions   ◀ {} ▶", s.count)),
            SetupRow::Language => ListItem::new(format!(
                "  Language    ◀ {} ▶",
                s.filter
                    .lang
                    .as_deref()
                    .map(text::one_line)
                    .unwrap_or("any".into())
            )),
            SetupRow::Tags => match &s.editing_tags {
                Some(buf) => ListItem::new(Line::styled(
                    format!("  Tags        {}▏ (Enter to keep)", text::one_line(buf)),
                    t.warn(),
                )),
                None if s.filter.tags.is_empty() => {
                    ListItem::new("  Tags        any (Enter to type, comma-separated)")
                }
                None => ListItem::new(format!(
                    "  Tags        {}",
                    text::one_line(&s.filter.tags.join(", "))
                )),
            },
            SetupRow::Role(r) => ListItem::new(format!(
                "  {} role {}",
                check(s.filter.roles.contains(r)),
                text::one_line(r)
            )),
            SetupRow::Bank(b) => {
                let title = app.lib.bank(b).map(|b| b.title.clone()).unwrap_or_default();
                ListItem::new(Line::styled(
                    format!(
                        "  {} bank {} — {}",
                        check(s.filter.banks.contains(b)),
                        text::one_line(b),
                        text::one_line(&title)
                    ),
                    t.dim(),
                ))
            }
        })
        .collect();
    let mut state = ListState::default().with_selected(Some(s.selected));
    let title = "Practice — nothing ticked means all roles and banks";
    frame.render_stateful_widget(
        List::new(items)
            .block(titled(t, title))
            .highlight_style(t.selected())
            .highlight_symbol("›"),
        area,
        &mut state,
    );
}
