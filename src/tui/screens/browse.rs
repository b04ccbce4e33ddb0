//! Browse: every answered question (filter by role, tag, text), and for one
//! question all versions, diffs between any two, talking points, deletion,
//! and the bank's key points. Its state, its keys and its drawing.

use crate::tui::wrap::Wrapped;
use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, List, ListItem, ListState, Paragraph};

use crate::bank::{KeyPoint, Library};
use crate::browse::{self, BrowseFilter, BrowseRow};
use crate::feedback::{DiffPart, DiffStats, diff_stats, word_diff};
use crate::schedule::Rating;
use crate::store::{Attempt, Instant, QuestionKey};
use crate::t;
use crate::text;
use crate::tui::editor::AnswerEditor;
use crate::tui::effect::Effect;
use crate::tui::env::Env;
use crate::tui::format::{
    centered, clear, clock, cut_spans, diff_lines, fit_title, pad, pad_start, titled, wrapped_rows,
};
use crate::tui::keymap::Action;
use crate::tui::theme::Theme;

#[derive(Default)]
pub struct BrowseState {
    /// Every answered question, most recently answered first.
    rows: Vec<BrowseRow>,
    pub filter: BrowseFilter,
    pub selected: usize,
    /// The search text being typed, when `/` was pressed.
    pub typing: Option<String>,
    /// The rows `shown_for` lets through (indices into `rows`, in order):
    /// made again when the filter changes, not on every frame or key.
    shown: Vec<usize>,
    shown_for: Option<BrowseFilter>,
    /// The distinct roles and tags among the rows, for cycling the filters.
    roles: Vec<String>,
    tags: Vec<String>,
    /// Whether the rows hold their latest answers' texts, which only a
    /// search reads: they are read when the first search starts.
    texts: bool,
}

impl BrowseState {
    /// The rows that pass the filter, most recently answered first.
    pub fn visible(&self) -> Vec<&BrowseRow> {
        if self.shown_for.as_ref() == Some(&self.filter) {
            self.shown.iter().map(|&i| &self.rows[i]).collect()
        } else {
            browse::filter_rows(&self.rows, &self.filter)
        }
    }

    /// How many questions were answered (the rows before any filter).
    pub fn total(&self) -> usize {
        self.rows.len()
    }

    /// Reads the latest answers' texts once a search is typed or kept, and
    /// makes the filtered rows again when the filter changed.
    fn refresh(&mut self, env: &Env) -> Result<(), crate::store::StoreError> {
        let mut read = Ok(());
        let searching = self.typing.is_some() || !self.filter.text.trim().is_empty();
        if searching && !self.texts {
            // Read once, even when it fails: the search then reads prompts.
            self.texts = true;
            read = env.store.latest_texts().map(|texts| {
                let mut texts: std::collections::HashMap<QuestionKey, String> =
                    texts.into_iter().collect();
                for row in &mut self.rows {
                    row.latest_text = texts.remove(&row.key).unwrap_or_default();
                }
            });
            self.shown_for = None;
        }
        if self.shown_for.as_ref() != Some(&self.filter) {
            self.shown = (0..self.rows.len())
                .filter(|&i| self.filter.matches(&self.rows[i]))
                .collect();
            self.shown_for = Some(self.filter.clone());
        }
        read
    }
}

pub struct DetailState {
    pub row: BrowseRow,
    /// The diff the versions pane shows: (older id, newer id), its parts.
    diff: Option<(String, String, Vec<DiffPart>, DiffStats)>,
    pub attempts: Vec<Attempt>,
    pub selected: usize,
    /// The version the diff compares against (else the one before).
    pub marked: Option<usize>,
    pub talking_points: String,
    /// False when reading them failed: then they are not editable.
    pub talking_points_read: bool,
    pub editing: Option<AnswerEditor>,
    pub confirm_delete: bool,
    pub back: Box<BrowseState>,
    /// What the loaded banks hold for this question, read when it opened.
    pub from_bank: FromBank,
}

/// The question's key points and notes from its bank, or why there are none.
#[derive(Debug, Clone, PartialEq)]
pub enum FromBank {
    Found {
        bank_title: String,
        key_points: Vec<KeyPoint>,
        notes: Option<String>,
    },
    /// A follow-up asked after a bank question; it has no key points of its own.
    FollowUp { bank_title: String, parent: String },
    /// The bank is loaded but no longer has this question.
    QuestionGone { bank_title: String },
    /// No loaded bank has this id (deleted, renamed or moved).
    BankGone { bank_id: String },
}

impl FromBank {
    pub fn look_up(lib: &Library, key: &QuestionKey) -> FromBank {
        let Some(bank) = lib.bank(&key.bank_id) else {
            return FromBank::BankGone {
                bank_id: key.bank_id.clone(),
            };
        };
        let bank_title = bank.title.clone();
        if let Some(q) = bank.question(&key.question_id) {
            return FromBank::Found {
                bank_title,
                key_points: q.key_points.clone(),
                notes: q.notes.clone(),
            };
        }
        let parent = key
            .question_id
            .rsplit_once(".follow-up-")
            .and_then(|(parent, _)| bank.question(parent));
        match parent {
            Some(p) => FromBank::FollowUp {
                bank_title,
                parent: p.prompt.clone(),
            },
            None => FromBank::QuestionGone { bank_title },
        }
    }
}

impl DetailState {
    /// Opens one question's versions, talking points and bank key points.
    pub fn open(
        env: &Env,
        row: BrowseRow,
        back: Box<BrowseState>,
    ) -> (DetailState, Option<String>) {
        let (attempts, mut flash) = match env.store.attempts_for(&row.key) {
            Ok(a) => (a, None),
            Err(e) => (
                Vec::new(),
                Some(t!("browse-versions-unreadable", error = e.to_string())),
            ),
        };
        // Talking points that cannot be read are never edited (saving would
        // write over them with an empty list).
        let (talking_points, talking_points_read) = match env.store.talking_points(&row.key) {
            Ok(t) => (t.unwrap_or_default(), true),
            Err(e) => {
                flash = Some(t!(
                    "browse-talking-points-unreadable",
                    error = e.to_string()
                ));
                (String::new(), false)
            }
        };
        let selected = attempts.len().saturating_sub(1);
        let from_bank = FromBank::look_up(env.lib, &row.key);
        let mut d = DetailState {
            row,
            diff: None,
            attempts,
            selected,
            marked: None,
            talking_points,
            talking_points_read,
            editing: None,
            confirm_delete: false,
            back,
            from_bank,
        };
        d.refresh_diff();
        (d, flash)
    }

    /// Makes the diff again when the versions it compares changed (not on
    /// every frame).
    fn refresh_diff(&mut self) {
        let Some((old, new)) = self.diff_pair() else {
            self.diff = None;
            return;
        };
        let ids = (old.id.clone(), new.id.clone());
        if self
            .diff
            .as_ref()
            .is_some_and(|(a, b, _, _)| (a, b) == (&ids.0, &ids.1))
        {
            return;
        }
        let parts = word_diff(&old.text, &new.text);
        let st = diff_stats(&parts);
        self.diff = Some((ids.0, ids.1, parts, st));
    }

    /// The pair of versions the diff shows: (older, newer).
    pub fn diff_pair(&self) -> Option<(&Attempt, &Attempt)> {
        let sel = self.attempts.get(self.selected)?;
        let other = match self.marked {
            Some(m) if m != self.selected => self.attempts.get(m)?,
            _ => self.attempts.get(self.selected.checked_sub(1)?)?,
        };
        Some(if other.submitted_at <= sel.submitted_at {
            (other, sel)
        } else {
            (sel, other)
        })
    }
}

/// Every answered question, as Browse lists it, most recently answered
/// first: one read, without the answers' texts (`latest_text` stays empty
/// until a search reads them).
pub fn rows(env: &Env) -> Result<Vec<BrowseRow>, crate::store::StoreError> {
    let tags = browse::TagIndex::new(env.lib);
    let mut rows: Vec<BrowseRow> = env
        .store
        .answered_questions()?
        .into_iter()
        .map(|q| BrowseRow {
            tags: tags.tags(&q.key),
            key: q.key,
            role: q.role,
            prompt: q.prompt,
            attempts: q.attempts,
            last_rating: q.last_rating,
            last_submitted: q.last_submitted,
            latest_text: String::new(),
            due: q.due,
        })
        .collect();
    rows.sort_by(browse::newest_first);
    Ok(rows)
}

impl BrowseState {
    /// The list, with `filter` and `selected` kept from before; a read that
    /// fails is said, not shown as an empty list.
    pub fn open(env: &Env, filter: BrowseFilter, selected: usize) -> (BrowseState, Option<String>) {
        let (rows, mut flash) = match rows(env) {
            Ok(r) if r.is_empty() => (r, Some(t!("browse-empty"))),
            Ok(r) => (r, None),
            Err(e) => (
                Vec::new(),
                Some(t!("browse-answers-unreadable", error = e.to_string())),
            ),
        };
        let (roles, tags) = browse::facets(&rows);
        let mut b = BrowseState {
            rows,
            filter,
            selected,
            roles,
            tags,
            ..BrowseState::default()
        };
        if let Err(e) = b.refresh(env) {
            flash = Some(t!("browse-answers-unreadable", error = e.to_string()));
        }
        (b, flash)
    }
}

/// Keys in the list; a search's first key reads the answers' texts.
pub fn on_list_key(
    b: &mut BrowseState,
    action: Option<Action>,
    ev: &KeyEvent,
    env: &Env,
) -> Effect {
    let effect = list_key(b, action, ev);
    match b.refresh(env) {
        Err(e) => Effect::Flash(t!("browse-answers-unreadable", error = e.to_string())),
        Ok(()) => effect,
    }
}

fn list_key(b: &mut BrowseState, action: Option<Action>, ev: &KeyEvent) -> Effect {
    if let Some(buf) = &mut b.typing {
        match ev.code {
            KeyCode::Enter => b.typing = None,
            KeyCode::Esc => {
                b.typing = None;
                b.filter.text.clear();
            }
            KeyCode::Backspace => {
                buf.pop();
                b.filter.text = buf.clone();
            }
            KeyCode::Char(c) if !crate::text::is_dangerous(c) => {
                buf.push(c);
                b.filter.text = buf.clone();
            }
            _ => {}
        }
        b.selected = 0;
        return Effect::None;
    }
    let n = b.shown.len();
    match action {
        Some(Action::Down) => b.selected = (b.selected + 1).min(n.saturating_sub(1)),
        Some(Action::Up) => b.selected = b.selected.saturating_sub(1),
        Some(Action::Filter) => b.typing = Some(b.filter.text.clone()),
        Some(Action::CycleRole) => {
            b.filter.role = browse::cycle(&b.filter.role, &b.roles);
            b.selected = 0;
        }
        Some(Action::CycleTag) => {
            b.filter.tag = browse::cycle(&b.filter.tag, &b.tags);
            b.selected = 0;
        }
        Some(Action::Select) => {
            if let Some(row) = b.shown.get(b.selected).map(|&i| b.rows[i].clone()) {
                return Effect::Detail(row);
            }
        }
        Some(Action::Back) => return Effect::Home,
        _ => {}
    }
    Effect::None
}

/// Keys in one question's view. Talking points and deletions are written
/// here, through the store.
pub fn on_detail_key(
    d: &mut DetailState,
    action: Option<Action>,
    ev: KeyEvent,
    env: &Env,
    now: Instant,
) -> Effect {
    if let Some(editor) = &mut d.editing {
        match action {
            Some(Action::Submit) => {
                let text = editor.text();
                return match env.store.set_talking_points(&d.row.key, text.trim(), now) {
                    Ok(()) => {
                        d.talking_points = text.trim().to_string();
                        d.editing = None;
                        Effect::Flash(t!("browse-talking-points-saved"))
                    }
                    // The text stays in the editor.
                    Err(e) => {
                        Effect::Flash(t!("browse-talking-points-not-saved", error = e.to_string()))
                    }
                };
            }
            Some(Action::Back) => d.editing = None,
            _ => {
                editor.input(ev);
            }
        }
        return Effect::None;
    }
    if d.confirm_delete {
        match action {
            Some(Action::Yes) => {
                d.confirm_delete = false;
                if let Some(a) = d.attempts.get(d.selected) {
                    match env.store.delete_attempt(&a.id) {
                        Ok(_) => {
                            d.attempts.remove(d.selected);
                            d.selected = d.selected.min(d.attempts.len().saturating_sub(1));
                            d.marked = None;
                            d.refresh_diff();
                            return Effect::Flash(t!("browse-version-deleted"));
                        }
                        Err(e) => return Effect::Flash(e.to_string()),
                    }
                }
            }
            Some(Action::No) => d.confirm_delete = false,
            _ => {}
        }
        return Effect::None;
    }
    match action {
        Some(Action::Down) => d.selected = (d.selected + 1).min(d.attempts.len().saturating_sub(1)),
        Some(Action::Up) => d.selected = d.selected.saturating_sub(1),
        Some(Action::MarkA) => {
            d.marked = if d.marked == Some(d.selected) {
                None
            } else {
                Some(d.selected)
            }
        }
        Some(Action::Edit) if !d.talking_points_read => {
            return Effect::Flash(t!("browse-talking-points-locked"));
        }
        Some(Action::Edit) => {
            d.editing = Some(AnswerEditor::with_placeholder(
                &d.talking_points,
                t!("browse-talking-points-placeholder"),
            ))
        }
        Some(Action::Delete) if !d.attempts.is_empty() => d.confirm_delete = true,
        Some(Action::Back) => return Effect::Browse,
        _ => {}
    }
    d.refresh_diff();
    Effect::None
}

/// "Good", "좋음"; "—" before the first rating.
fn rating_label(r: Option<u8>) -> String {
    r.and_then(Rating::from_u8)
        .map_or("—", Rating::label)
        .to_string()
}

/// The widest rating label in the language in use.
fn rating_width() -> usize {
    (1..=4)
        .map(|r| text::width(&rating_label(Some(r))))
        .max()
        .unwrap_or(0)
}

/// The least room a list row keeps for the prompt, so two questions that
/// start alike still read apart.
const PROMPT_ROOM: usize = 20;

/// The room a list row of `inner` cells leaves the role after `head`
/// cells: at most 16, none when it would be narrower than 8 or leave the
/// prompt less than [`PROMPT_ROOM`].
fn role_room(inner: usize, head: usize) -> usize {
    let room = inner.saturating_sub(head + 1 + PROMPT_ROOM).min(16);
    if room < 8 { 0 } else { room }
}

pub fn draw_list(frame: &mut Frame, area: Rect, b: &BrowseState, env: &Env) {
    let t = &env.theme;
    let date = |at: Instant| env.day.date(at);
    let [bar, list] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(area);
    let search = match &b.typing {
        Some(buf) => t!("browse-search-typing", text = text::one_line(buf)),
        None if b.filter.text.is_empty() => t!("browse-search-none"),
        None => t!("browse-search", text = text::one_line(&b.filter.text)),
    };
    let all = t!("browse-filter-all");
    let role = b.filter.role.as_deref().map_or(all.clone(), text::one_line);
    let tag = b.filter.tag.as_deref().map_or(all, text::one_line);
    let bar_line = cut_spans(
        vec![
            Span::styled(
                search,
                if b.typing.is_some() {
                    t.warn()
                } else {
                    t.dim()
                },
            ),
            Span::styled(
                format!("   {}", t!("browse-role-filter", role = role)),
                t.dim(),
            ),
            Span::styled(
                format!("   {}", t!("browse-tag-filter", tag = tag)),
                t.dim(),
            ),
        ],
        bar.width,
    );
    frame.render_widget(Paragraph::new(bar_line), bar);
    let visible = b.visible();
    let title = t!(
        "browse-list-title",
        shown = visible.len(),
        total = b.total()
    );
    let block = titled(t, &fit_title(&title, list.width));
    if visible.is_empty() {
        let empty = if b.total() == 0 {
            t!("browse-empty")
        } else {
            t!("browse-empty-filtered")
        };
        frame.render_widget(
            Wrapped::new(Line::styled(empty, t.dim())).block(block),
            list,
        );
        return;
    }
    let inner = usize::from(list.width.saturating_sub(2));
    let rating_w = rating_width().max(6);
    // Rating and count first, then the date and the role while the prompt
    // keeps room enough to tell two questions apart.
    let rest = rating_w + 1 + 3 + 2;
    let with_date = inner >= 12 + rest + PROMPT_ROOM;
    let role_w = role_room(inner, rest + if with_date { 12 } else { 0 });
    // Only the rows the list has room for are made: the list scrolls as
    // ratatui's would from the top, the selected row last when below.
    let height = usize::from(block.inner(list).height).max(1);
    let selected = b.selected.min(visible.len() - 1);
    let first = (selected + 1).saturating_sub(height);
    let items: Vec<ListItem> = visible[first..visible.len().min(first + height)]
        .iter()
        .map(|r| {
            let mut head = if with_date {
                format!("{}  ", date(r.last_submitted))
            } else {
                String::new()
            };
            head.push_str(&format!(
                "{} {}  ",
                pad(&rating_label(r.last_rating), rating_w),
                pad_start(&t!("browse-attempts", n = r.attempts), 3),
            ));
            if role_w > 0 {
                let role = text::truncate(&text::one_line(&r.role), role_w);
                head.push_str(&pad(&role, role_w));
                head.push(' ');
            }
            // The prompt is cut by display width with an ellipsis, so two
            // questions that start alike never read the same.
            let room = usize::from(list.width.saturating_sub(4)).saturating_sub(text::width(&head));
            let row = format!(
                "{head}{}",
                text::truncate(&text::one_line(&r.prompt), room.max(1))
            );
            ListItem::new(text::truncate(&row, inner))
        })
        .collect();
    let mut state = ListState::default().with_selected(Some(selected - first));
    frame.render_stateful_widget(
        List::new(items).block(block).highlight_style(t.selected()),
        list,
        &mut state,
    );
}

pub fn draw_detail(frame: &mut Frame, area: Rect, d: &mut DetailState, env: &Env) {
    let theme = env.theme;
    let t = &theme;
    let date = |at: Instant| env.day.date(at);
    // Each box as tall as its lines wrapped by display width, within limits.
    let inner_width = area.width.saturating_sub(2).max(1);
    let tp_lines: Vec<Line> = if d.talking_points.is_empty() {
        vec![Line::styled(t!("browse-talking-points-none"), t.dim())]
    } else {
        text::sanitize(&d.talking_points, true)
            .lines()
            .map(|l| Line::from(l.to_string()))
            .collect()
    };
    let tp_height = (wrapped_rows(&tp_lines, inner_width) + 2).clamp(3, 7);
    let bank_lines = from_bank_lines(&d.from_bank, t);
    let bank_height = (wrapped_rows(&bank_lines, inner_width) + 2)
        .min(area.height / 3)
        .max(3);
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
        .map(|x| format!(" · {}", t!("browse-next-review", date = date(x))))
        .unwrap_or_default();
    let bank = match &d.from_bank {
        FromBank::Found { bank_title, .. }
        | FromBank::FollowUp { bank_title, .. }
        | FromBank::QuestionGone { bank_title } => bank_title.clone(),
        FromBank::BankGone { bank_id } => bank_id.clone(),
    };
    frame.render_widget(
        Wrapped::new(text::sanitize(&d.row.prompt, true)).block(titled(
            t,
            &fit_title(&format!("{} · {bank}{due}", d.row.role), head.width),
        )),
        head,
    );
    frame.render_widget(
        Wrapped::new(tp_lines).block(titled(
            t,
            &fit_title(&t!("browse-talking-points-title"), tp.width),
        )),
        tp,
    );

    frame.render_widget(
        Wrapped::new(bank_lines).block(titled(
            t,
            &fit_title(&t!("browse-key-points-title"), kp.width),
        )),
        kp,
    );

    let [left, right] =
        Layout::horizontal([Constraint::Length(34), Constraint::Min(10)]).areas(body);
    let rating_w = rating_width();
    let row_room = usize::from(left.width.saturating_sub(2));
    let items: Vec<ListItem> = d
        .attempts
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let mark = if d.marked == Some(i) { "*" } else { " " };
            let words = a.text.split_whitespace().count();
            let row = format!(
                "{mark}{} {} {} {}",
                date(a.submitted_at),
                pad_start(&clock(a.duration_ms), 5),
                pad(&rating_label(a.rating), rating_w),
                t!("browse-words", n = words)
            );
            ListItem::new(text::truncate(&row, row_room))
        })
        .collect();
    let mut state = ListState::default().with_selected(Some(d.selected));
    frame.render_stateful_widget(
        List::new(items)
            .block(titled(
                t,
                &fit_title(
                    &t!("browse-versions-title", n = d.attempts.len()),
                    left.width,
                ),
            ))
            .highlight_style(t.selected()),
        left,
        &mut state,
    );
    let diff = d.diff.as_ref().map(|(_, _, parts, st)| (parts, st));
    let (title, lines): (String, Vec<Line>) =
        match (d.diff_pair().zip(diff), d.attempts.get(d.selected)) {
            (Some(((old, new), (parts, st))), _) => (
                t!(
                    "browse-diff-title",
                    old = date(old.submitted_at),
                    new = date(new.submitted_at),
                    inserted = st.inserted_words,
                    deleted = st.deleted_words
                ),
                diff_lines(parts, t),
            ),
            (None, Some(a)) => (
                t!("browse-first-version", date = date(a.submitted_at)),
                text::sanitize(&a.text, true)
                    .lines()
                    .map(|l| Line::from(l.to_string()))
                    .collect(),
            ),
            (None, None) => (t!("browse-no-versions"), vec![]),
        };
    frame.render_widget(
        Wrapped::new(lines).block(titled(t, &fit_title(&title, right.width))),
        right,
    );

    if let Some(editor) = &mut d.editing {
        let r = centered(
            area,
            area.width.saturating_sub(8).max(20),
            area.height.saturating_sub(6).clamp(5, 14),
        );
        clear(frame, r);
        let title = text::truncate(
            &t!("browse-editor-title"),
            usize::from(r.width.saturating_sub(4)),
        );
        let block = Block::default()
            .borders(Borders::ALL)
            .title(format!(" {title} "));
        editor.render(frame, r, block);
    }
    if d.confirm_delete {
        let r = centered(area, 46, 3);
        clear(frame, r);
        let ask = cut_spans(
            vec![
                Span::raw(format!("{} ", t!("browse-delete-ask"))),
                Span::styled("y", t.key()),
                Span::raw(format!(" {}  ", t!("browse-yes"))),
                Span::styled("n", t.key()),
                Span::raw(format!(" {}", t!("browse-no"))),
            ],
            r.width.saturating_sub(2),
        );
        frame.render_widget(
            Paragraph::new(ask).block(titled(t, &fit_title(&t!("browse-delete-title"), r.width))),
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
                    Span::styled(format!("{} ", t!("browse-bank-notes")), t.title()),
                    Span::raw(text::one_line(n)),
                ]));
            }
            if lines.is_empty() {
                return said(t!("browse-bank-nothing"));
            }
            lines
        }
        FromBank::FollowUp { parent, .. } => {
            said(t!("browse-follow-up", parent = text::one_line(parent)))
        }
        FromBank::QuestionGone { bank_title } => said(t!(
            "browse-question-gone",
            bank = text::one_line(bank_title)
        )),
        FromBank::BankGone { bank_id } => {
            said(t!("browse-bank-gone", bank = text::one_line(bank_id)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::{Origin, parse_bank};

    #[test]
    fn from_bank_says_what_the_loaded_banks_hold() {
        let yaml = "id: b\ntitle: The bank\nrole: backend\nlanguage: en\nquestions:\n  - id: q\n    prompt: Why?\n    key_points: [because]\n    notes: Say why.\n";
        let mut lib = Library::default();
        lib.add(
            parse_bank(
                "b.yaml",
                "b",
                yaml.as_bytes(),
                Origin::Bundled("b.yaml".into()),
            )
            .unwrap(),
        );
        let title = || "The bank".to_string();
        let cases = [
            ("b", "q", "found"),
            ("b", "q.follow-up-2", "follow-up"),
            ("b", "gone", "question gone"),
            ("other", "q", "bank gone"),
        ];
        for (bank, question, want) in cases {
            let got = FromBank::look_up(&lib, &QuestionKey::new(bank, question));
            let kind = match &got {
                FromBank::Found {
                    bank_title,
                    key_points,
                    notes,
                } => {
                    assert_eq!((bank_title, key_points.len()), (&title(), 1));
                    assert_eq!(notes.as_deref(), Some("Say why."));
                    "found"
                }
                FromBank::FollowUp { bank_title, parent } => {
                    assert_eq!((bank_title, parent.as_str()), (&title(), "Why?"));
                    "follow-up"
                }
                FromBank::QuestionGone { bank_title } => {
                    assert_eq!(bank_title, &title());
                    "question gone"
                }
                FromBank::BankGone { bank_id } => {
                    assert_eq!(bank_id, "other");
                    "bank gone"
                }
            };
            assert_eq!(kind, want, "{bank}/{question}");
        }
    }
}
