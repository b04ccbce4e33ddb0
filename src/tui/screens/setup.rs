//! Practice setup: count, language, level, tags, roles and banks, with how
//! many questions the choices allow; and the tag list the tags are picked from.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState, Paragraph};

use crate::bank::{Level, Library};
use crate::session::{self, Filter};
use crate::t;
use crate::text;
use crate::tui::effect::Effect;
use crate::tui::env::Env;
use crate::tui::format::{centered, clear, titled};
use crate::tui::keymap::Action;
use crate::tui::wrap::Wrapped;

/// The most questions one practice may ask (as `-n`).
pub const MAX_PRACTICE_COUNT: usize = 100;

pub struct SetupState {
    pub filter: Filter,
    pub count: usize,
    pub selected: usize,
    /// What the choices allow; recomputed when a choice changes.
    pub matches: MatchCount,
    /// The tag list, while it is open.
    pub tags: Option<Box<TagPicker>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SetupRow {
    Start,
    Count,
    Language,
    Level,
    Tags,
    Role(String),
    Bank(String),
}

impl SetupState {
    pub fn new(lib: &Library, filter: Filter, count: usize) -> SetupState {
        let matches = MatchCount::of(lib, &filter);
        SetupState {
            filter,
            count: count.clamp(1, MAX_PRACTICE_COUNT),
            selected: 0,
            matches,
            tags: None,
        }
    }
}

/// Rows of the setup screen, in order.
pub fn rows(lib: &Library) -> Vec<SetupRow> {
    let mut rows = vec![
        SetupRow::Start,
        SetupRow::Count,
        SetupRow::Language,
        SetupRow::Level,
        SetupRow::Tags,
    ];
    rows.extend(lib.roles().keys().map(|r| SetupRow::Role(r.to_string())));
    rows.extend(lib.banks().iter().map(|b| SetupRow::Bank(b.id.clone())));
    rows
}

/// The last practice choices that still exist in the loaded banks, and
/// the ones left out (named, for the screen to say).
pub fn remembered(env: &Env) -> (Filter, usize, Vec<String>) {
    let last = env.settings.last_practice.clone();
    let lib = env.lib;
    let mut f = last.filter;
    let mut gone: Vec<String> = Vec::new();
    let roles = lib.roles();
    f.roles.retain(|r| {
        let keep = roles.contains_key(r.as_str());
        if !keep {
            gone.push(t!("setup-gone-role", name = text::one_line(r)));
        }
        keep
    });
    f.banks.retain(|b| {
        let keep = lib.bank(b).is_some();
        if !keep {
            gone.push(t!("setup-gone-bank", name = text::one_line(b)));
        }
        keep
    });
    if let Some(l) = f.lang.take() {
        if lib.languages().contains(&l) {
            f.lang = Some(l);
        } else {
            gone.push(t!("setup-gone-language", name = text::one_line(&l)));
        }
    }
    let known = session::tag_counts(lib, &Filter::default());
    f.tags.retain(|t| {
        let keep = known.iter().any(|(k, _)| k.eq_ignore_ascii_case(t));
        if !keep {
            gone.push(t!("setup-gone-tag", name = text::one_line(t)));
        }
        keep
    });
    (f, last.count, gone)
}

/// What to say about remembered choices no loaded bank has.
pub fn left_out(gone: &[String]) -> Option<String> {
    (!gone.is_empty()).then(|| t!("setup-left-out", list = gone.join(", ")))
}

pub fn on_key(s: &mut SetupState, action: Option<Action>, ev: &KeyEvent, lib: &Library) -> Effect {
    let before = s.filter.clone();
    let effect = setup_key(s, action, ev, lib);
    if s.filter != before {
        s.matches = MatchCount::of(lib, &s.filter);
    }
    effect
}

fn setup_key(s: &mut SetupState, action: Option<Action>, ev: &KeyEvent, lib: &Library) -> Effect {
    if let Some(picker) = &mut s.tags {
        if picker.on_key(action, ev, &mut s.filter.tags).is_some() {
            s.tags = None;
        }
        return Effect::None;
    }
    let rows = rows(lib);
    let languages = lib.languages();
    let row = rows.get(s.selected).cloned().unwrap_or(SetupRow::Start);
    let cycle_lang = |cur: &Option<String>, dir: i32| -> Option<String> {
        let mut opts: Vec<Option<String>> = vec![None];
        opts.extend(languages.iter().cloned().map(Some));
        let i = opts.iter().position(|o| o == cur).unwrap_or(0) as i32;
        let n = opts.len() as i32;
        opts[((i + dir).rem_euclid(n)) as usize].clone()
    };
    let start = |s: &SetupState| Effect::Practice {
        filter: s.filter.clone(),
        count: s.count,
    };
    match action {
        Some(Action::Down) => s.selected = (s.selected + 1).min(rows.len() - 1),
        Some(Action::Up) => s.selected = s.selected.saturating_sub(1),
        Some(a @ (Action::Back | Action::Quit)) => {
            return Effect::LeaveSetup {
                filter: s.filter.clone(),
                count: s.count,
                quit: a == Action::Quit,
            };
        }
        Some(Action::Start) => return start(s),
        Some(dir @ (Action::Left | Action::Right)) => {
            let d = if dir == Action::Left { -1 } else { 1 };
            match row {
                SetupRow::Count => {
                    s.count = (s.count as i32 + d).clamp(1, MAX_PRACTICE_COUNT as i32) as usize
                }
                SetupRow::Language => s.filter.lang = cycle_lang(&s.filter.lang, d),
                SetupRow::Level => s.filter.level = cycle_level(s.filter.level, d),
                _ => {}
            }
        }
        Some(Action::Select | Action::Toggle) => match row {
            SetupRow::Start => return start(s),
            SetupRow::Count => {
                s.count = if s.count >= MAX_PRACTICE_COUNT {
                    1
                } else {
                    s.count + 1
                }
            }
            SetupRow::Language => s.filter.lang = cycle_lang(&s.filter.lang, 1),
            SetupRow::Level => s.filter.level = cycle_level(s.filter.level, 1),
            SetupRow::Tags => s.tags = Some(Box::new(TagPicker::open(lib, &s.filter))),
            SetupRow::Role(r) => toggle(&mut s.filter.roles, r),
            SetupRow::Bank(b) => toggle(&mut s.filter.banks, b),
        },
        _ => {}
    }
    Effect::None
}

/// any → junior → mid → senior → any, either way round.
fn cycle_level(cur: Option<Level>, dir: i32) -> Option<Level> {
    let opts = [
        None,
        Some(Level::Junior),
        Some(Level::Mid),
        Some(Level::Senior),
    ];
    let i = opts.iter().position(|o| *o == cur).unwrap_or(0) as i32;
    opts[(i + dir).rem_euclid(opts.len() as i32) as usize]
}

fn toggle(list: &mut Vec<String>, item: String) {
    if let Some(i) = list.iter().position(|x| *x == item) {
        list.remove(i);
    } else {
        list.push(item);
    }
}

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
        for b in lib.banks().iter().filter(|b| filter.matches_bank(b)) {
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

/// A level as the setup names it.
fn level_name(l: Level) -> String {
    match l {
        Level::Junior => t!("setup-level-junior"),
        Level::Mid => t!("setup-level-mid"),
        Level::Senior => t!("setup-level-senior"),
    }
}

/// The list's highlight symbol.
const MARK: &str = "›";

/// A row of `room` cells at most: `text`, then `note` dimmed in what is
/// left, each cut with an ellipsis where it does not fit.
fn row<'a>(text: String, note: Option<String>, room: usize, env: &Env) -> Line<'a> {
    let head = text::truncate(&text, room);
    let left = room.saturating_sub(text::width(&head));
    let mut spans = vec![Span::raw(head)];
    if let Some(n) = note.filter(|_| left > 1) {
        spans.push(Span::styled(text::truncate(&n, left), env.theme.dim()));
    }
    Line::from(spans)
}

pub fn draw(frame: &mut Frame, area: Rect, s: &SetupState, env: &Env) {
    let t = &env.theme;
    let n = s.matches;
    let block = titled(
        t,
        &text::truncate(
            &t!("setup-title"),
            usize::from(area.width.saturating_sub(4)),
        ),
    );
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let [head, list] = Layout::vertical([Constraint::Length(2), Constraint::Min(1)]).areas(inner);
    let room = usize::from(list.width).saturating_sub(text::width(MARK));
    // The labels in one column, as wide as the widest of them.
    let labels = [
        t!("setup-count"),
        t!("setup-language"),
        t!("setup-level"),
        t!("setup-tags"),
    ];
    let column = labels.iter().map(|l| text::width(l)).max().unwrap_or(0) + 3;
    let label = |i: usize| format!("  {}", crate::tui::format::pad(&labels[i], column));
    let check = |on: bool| if on { "[x]" } else { "[ ]" };
    let any = t!("setup-any");
    let items: Vec<ListItem> = rows(env.lib)
        .iter()
        .map(|r| match r {
            SetupRow::Start if n.matching == 0 => ListItem::new(
                row(format!("▶ {}", t!("setup-start-none")), None, room, env).style(t.warn()),
            ),
            SetupRow::Start => {
                let start = t!("setup-start", n = s.count.min(n.matching));
                ListItem::new(row(format!("▶ {start}"), None, room, env).style(t.title()))
            }
            SetupRow::Count => {
                ListItem::new(row(format!("{}◀ {} ▶", label(0), s.count), None, room, env))
            }
            SetupRow::Language => {
                let lang = s.filter.lang.as_deref().map_or(any.clone(), |l| {
                    text::one_line(&crate::i18n::language_name(l))
                });
                ListItem::new(row(format!("{}◀ {lang} ▶", label(1)), None, room, env))
            }
            SetupRow::Level => match s.filter.level {
                None => ListItem::new(row(format!("{}◀ {any} ▶", label(2)), None, room, env)),
                Some(l) => {
                    let note = match n.without_level {
                        0 => t!("setup-level-none-note"),
                        k => t!("setup-level-without", n = k),
                    };
                    let value = format!("{}◀ {} ▶  ", label(2), level_name(l));
                    ListItem::new(row(value, Some(note), room, env))
                }
            },
            SetupRow::Tags if s.filter.tags.is_empty() => ListItem::new(row(
                format!("{}{}", label(3), t!("setup-tags-any")),
                None,
                room,
                env,
            )),
            SetupRow::Tags => ListItem::new(row(
                format!("{}{}", label(3), text::one_line(&s.filter.tags.join(", "))),
                None,
                room,
                env,
            )),
            SetupRow::Role(r) => {
                let name = t!("setup-role-row", role = text::one_line(r));
                let on = check(s.filter.roles.contains(r));
                ListItem::new(row(format!("  {on} {name}"), None, room, env))
            }
            SetupRow::Bank(b) => {
                let title = env.lib.bank(b).map(|b| b.title.clone()).unwrap_or_default();
                let name = t!(
                    "setup-bank-row",
                    bank = text::one_line(b),
                    title = text::one_line(&title)
                );
                let on = check(s.filter.banks.contains(b));
                ListItem::new(row(format!("  {on} {name}"), None, room, env).style(t.dim()))
            }
        })
        .collect();
    let head_style = if n.matching == 0 { t.warn() } else { t.title() };
    let matching = t!("setup-matching", n = n.matching);
    frame.render_widget(
        Paragraph::new(Line::styled(
            format!(
                " {}",
                text::truncate(&matching, usize::from(head.width) - 1)
            ),
            head_style,
        )),
        head,
    );
    draw_list(frame, list, env, items, s.selected);
    if let Some(p) = &s.tags {
        draw_picker(frame, area, s, env, p);
    }
}

fn draw_picker(frame: &mut Frame, area: Rect, s: &SetupState, env: &Env, p: &TagPicker) {
    let t = &env.theme;
    let width = area.width.saturating_sub(10).clamp(30, 60);
    let empty = if p.all.is_empty() {
        Some(t!("setup-no-tags"))
    } else if p.visible.is_empty() {
        Some(t!("setup-no-tag-match", query = text::one_line(&p.query)))
    } else {
        None
    };
    // Sized to the whole list, so it does not jump as the filter narrows
    // it, and to what it says when nothing is left.
    let said = empty.as_ref().map_or(0, |m| {
        crate::tui::format::wrapped_rows(&[Line::from(m.as_str())], width.saturating_sub(2))
    });
    let rows = (p.all.len() as u16).max(said).max(1);
    let r = centered(area, width, (rows + 4).min(area.height.saturating_sub(2)));
    clear(frame, r);
    let title = t!("setup-tags-title", n = s.matches.matching);
    let block = titled(
        t,
        &text::truncate(&title, usize::from(r.width.saturating_sub(4))),
    );
    let inner = block.inner(r);
    frame.render_widget(block, r);
    let [query, list] = Layout::vertical([Constraint::Length(2), Constraint::Min(1)]).areas(inner);
    let width = usize::from(query.width);
    let shown = text::one_line(&p.query);
    let prompt = format!("{} ", t!("setup-filter"));
    let room = width.saturating_sub(text::width(&prompt));
    let query_line = if shown.is_empty() {
        Line::from(vec![
            Span::raw(prompt.clone()),
            Span::styled(text::truncate(&t!("setup-filter-hint"), room), t.dim()),
        ])
    } else {
        Line::from(vec![
            Span::raw(prompt.clone()),
            Span::styled(text::truncate(&shown, room), t.warn()),
        ])
    };
    frame.render_widget(Paragraph::new(query_line), query);
    // The real cursor sits after the typed filter, so IME composition shows there.
    let x = query.x + (text::width(&prompt) + text::width(&shown)).min(width) as u16;
    frame.set_cursor_position(Position::new(
        x.min(query.right().saturating_sub(1)),
        query.y,
    ));

    let room = usize::from(list.width).saturating_sub(text::width(MARK));
    let items: Vec<ListItem> = p
        .visible
        .iter()
        .map(|&i| {
            let (tag, count) = &p.all[i];
            let on = s.filter.tags.iter().any(|x| x.eq_ignore_ascii_case(tag));
            let count = t!("setup-tag-count", n = *count);
            // The count stays whole; a long tag is cut before it.
            let tag_room = room.saturating_sub(text::width(&count) + 5).max(1);
            let tag = text::truncate(&text::one_line(tag), tag_room);
            let check = if on { "[x]" } else { "[ ]" };
            ListItem::new(row(format!("{check} {tag} "), Some(count), room, env))
        })
        .collect();
    if let Some(msg) = empty {
        frame.render_widget(Wrapped::new(Line::styled(msg, t.dim())), list);
        return;
    }
    draw_list(frame, list, env, items, p.selected);
}

fn draw_list(frame: &mut Frame, area: Rect, env: &Env, items: Vec<ListItem>, selected: usize) {
    let mut state = ListState::default().with_selected(Some(selected));
    frame.render_stateful_widget(
        List::new(items)
            .highlight_style(env.theme.selected())
            .highlight_symbol(MARK),
        area,
        &mut state,
    );
}
