//! Practice setup: count, language, level, tags, roles and banks, with how
//! many questions the choices allow; and the tag list the tags are picked from.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, List, ListItem, ListState, Paragraph};

use super::titled;
use crate::bank::Library;
use crate::session::{self, Filter};
use crate::text;
use crate::tui::app::{App, Screen, SetupRow};
use crate::tui::keymap::Action;

/// How many questions the setup's choices allow, computed when they change.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MatchCount {
    pub matching: usize,
    /// Of those, the ones with no level (they match every level).
    pub without_level: usize,
}

impl MatchCount {
    pub fn of(lib: &Library, filter: &Filter) -> MatchCount {
        let mut n = MatchCount::default();
        for b in lib.banks.iter().filter(|b| filter.matches_bank(b)) {
            for q in b.questions.iter().filter(|q| filter.matches_question(q)) {
                n.matching += 1;
                n.without_level += usize::from(q.level.is_none());
            }
        }
        n
    }
}

/// The tag list: the tags the other choices allow, most used first; typing
/// narrows it, Space ticks, and the ticks apply at once (Esc undoes them).
#[derive(Debug, Clone, PartialEq)]
pub struct TagPicker {
    /// (tag, questions carrying it).
    pub all: Vec<(String, usize)>,
    pub query: String,
    /// Indexes into `all` that the query lets through.
    pub visible: Vec<usize>,
    pub selected: usize,
    /// The tags before the list opened, for Esc.
    pub before: Vec<String>,
}

/// How the tag list was closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickerEnd {
    Done,
    Cancelled,
}

impl TagPicker {
    pub fn open(lib: &Library, filter: &Filter) -> TagPicker {
        let mut all = session::tag_counts(lib, filter);
        // A ticked tag the other choices rule out stays listed, so it can be unticked.
        for t in &filter.tags {
            if !all.iter().any(|(x, _)| x.eq_ignore_ascii_case(t)) {
                all.push((t.clone(), 0));
            }
        }
        let mut p = TagPicker {
            all,
            query: String::new(),
            visible: Vec::new(),
            selected: 0,
            before: filter.tags.clone(),
        };
        p.refilter();
        p
    }

    fn refilter(&mut self) {
        self.visible = (0..self.all.len())
            .filter(|&i| crate::browse::text_matches(&self.all[i].0, &self.query))
            .collect();
        self.selected = self.selected.min(self.visible.len().saturating_sub(1));
    }

    /// The tag under the cursor, if the filter leaves any.
    pub fn current(&self) -> Option<&str> {
        let i = *self.visible.get(self.selected)?;
        Some(self.all[i].0.as_str())
    }

    /// One key; `tags` are the setup's tags, changed in place.
    pub fn on_key(
        &mut self,
        action: Option<Action>,
        ev: &KeyEvent,
        tags: &mut Vec<String>,
    ) -> Option<PickerEnd> {
        match action {
            Some(Action::Up) => self.selected = self.selected.saturating_sub(1),
            Some(Action::Down) => {
                self.selected = (self.selected + 1).min(self.visible.len().saturating_sub(1))
            }
            Some(Action::Toggle) => {
                if let Some(tag) = self.current().map(str::to_string) {
                    match tags.iter().position(|t| t.eq_ignore_ascii_case(&tag)) {
                        Some(i) => {
                            tags.remove(i);
                        }
                        None => tags.push(tag),
                    }
                }
            }
            Some(Action::Select) => return Some(PickerEnd::Done),
            Some(Action::Back) => {
                tags.clone_from(&self.before);
                return Some(PickerEnd::Cancelled);
            }
            Some(Action::EraseLetter) => {
                self.query.pop();
                self.refilter();
            }
            None => {
                let typed = !ev
                    .modifiers
                    .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
                if let (KeyCode::Char(c), true) = (ev.code, typed)
                    && !text::is_dangerous(c)
                {
                    self.query.push(c);
                    self.selected = 0;
                    self.refilter();
                }
            }
            _ => {}
        }
        None
    }
}

fn questions(n: usize) -> String {
    crate::text::count(n, "question", "questions")
}

fn match_line(n: usize) -> String {
    if n == 1 {
        "1 question matches these choices".into()
    } else {
        format!("{n} questions match these choices")
    }
}

pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let Screen::Setup(s) = &app.screen else {
        return;
    };
    let t = &app.theme;
    let n = s.matches;
    let check = |on: bool| if on { "[x]" } else { "[ ]" };
    let items: Vec<ListItem> = app
        .setup_rows()
        .iter()
        .map(|row| match row {
            SetupRow::Start if n.matching == 0 => ListItem::new(Line::styled(
                "▶ Start: nothing to ask — loosen a choice below",
                t.warn(),
            )),
            SetupRow::Start => ListItem::new(Line::styled(
                format!("▶ Start: {}", questions(s.count.min(n.matching))),
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
            SetupRow::Level => match s.filter.level {
                None => ListItem::new("  Level       ◀ any ▶"),
                Some(l) => ListItem::new(Line::from(vec![
                    Span::raw(format!("  Level       ◀ {} ▶  ", l.as_str())),
                    Span::styled(
                        match n.without_level {
                            0 => "(a question with no level matches every level)".to_string(),
                            k => format!("incl. {k} with no level (they match every level)"),
                        },
                        t.dim(),
                    ),
                ])),
            },
            SetupRow::Tags if s.filter.tags.is_empty() => {
                ListItem::new("  Tags        any (Enter picks from a list)")
            }
            SetupRow::Tags => ListItem::new(format!(
                "  Tags        {}",
                text::one_line(&s.filter.tags.join(", "))
            )),
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
    let block = titled(t, "Practice — nothing ticked means all roles and banks");
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let [head, list] = Layout::vertical([Constraint::Length(2), Constraint::Min(1)]).areas(inner);
    let head_style = if n.matching == 0 { t.warn() } else { t.title() };
    frame.render_widget(
        Paragraph::new(Line::styled(
            format!(" {}", match_line(n.matching)),
            head_style,
        )),
        head,
    );
    draw_list(frame, list, app, items, s.selected);
    if let Some(p) = &s.tags {
        draw_picker(frame, area, app, p);
    }
}

fn draw_picker(frame: &mut Frame, area: Rect, app: &App, p: &TagPicker) {
    let Screen::Setup(s) = &app.screen else {
        return;
    };
    let t = &app.theme;
    // Sized to the whole list, so it does not jump as the filter narrows it.
    let rows = p.all.len().max(1) as u16;
    let r = super::centered(
        area,
        area.width.saturating_sub(10).clamp(30, 60),
        (rows + 4).min(area.height.saturating_sub(2)),
    );
    frame.render_widget(Clear, r);
    let block = titled(t, &format!("Tags — {}", match_line(s.matches.matching)));
    let inner = block.inner(r);
    frame.render_widget(block, r);
    let [query, list] = Layout::vertical([Constraint::Length(2), Constraint::Min(1)]).areas(inner);
    let shown = text::one_line(&p.query);
    let prompt = "filter: ";
    let query_line = if shown.is_empty() {
        Line::from(vec![
            Span::raw(prompt),
            Span::styled("type to narrow the list", t.dim()),
        ])
    } else {
        Line::from(vec![
            Span::raw(prompt),
            Span::styled(shown.clone(), t.warn()),
        ])
    };
    frame.render_widget(Paragraph::new(query_line), query);
    // The real cursor sits after the typed filter, so IME composition shows there.
    let x = query.x + (text::width(prompt) + text::width(&shown)) as u16;
    frame.set_cursor_position(Position::new(
        x.min(query.right().saturating_sub(1)),
        query.y,
    ));

    let items: Vec<ListItem> = p
        .visible
        .iter()
        .map(|&i| {
            let (tag, count) = &p.all[i];
            let on = s.filter.tags.iter().any(|x| x.eq_ignore_ascii_case(tag));
            ListItem::new(Line::from(vec![
                Span::raw(format!(
                    "{} {} ",
                    if on { "[x]" } else { "[ ]" },
                    text::one_line(tag)
                )),
                Span::styled(questions(*count), t.dim()),
            ]))
        })
        .collect();
    if items.is_empty() {
        let msg = if p.all.is_empty() {
            "The questions these choices allow have no tags.".to_string()
        } else {
            format!("No tag contains “{shown}”; Backspace erases.")
        };
        frame.render_widget(Paragraph::new(Line::styled(msg, t.dim())), list);
        return;
    }
    draw_list(frame, list, app, items, p.selected);
}

fn draw_list(frame: &mut Frame, area: Rect, app: &App, items: Vec<ListItem>, selected: usize) {
    let mut state = ListState::default().with_selected(Some(selected));
    frame.render_stateful_widget(
        List::new(items)
            .highlight_style(app.theme.selected())
            .highlight_symbol("›"),
        area,
        &mut state,
    );
}
