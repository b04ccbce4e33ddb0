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
use crate::text;
use crate::tui::editor::AnswerEditor;
use crate::tui::effect::Effect;
use crate::tui::env::Env;
use crate::tui::format::{centered, clear, clock, diff_lines, titled};
use crate::tui::keymap::Action;
use crate::tui::theme::Theme;

#[derive(Default)]
pub struct BrowseState {
    pub rows: Vec<BrowseRow>,
    pub filter: BrowseFilter,
    pub selected: usize,
    /// The search text being typed, when `/` was pressed.
    pub typing: Option<String>,
}

impl BrowseState {
    pub fn visible(&self) -> Vec<&BrowseRow> {
        browse::filter_rows(&self.rows, &self.filter)
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
                Some(format!("Could not read the versions: {e}")),
            ),
        };
        // Talking points that cannot be read are never edited (saving would
        // write over them with an empty list).
        let (talking_points, talking_points_read) = match env.store.talking_points(&row.key) {
            Ok(t) => (t.unwrap_or_default(), true),
            Err(e) => {
                flash = Some(format!("Could not read your talking points: {e}"));
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

/// Every answered question, as Browse lists it: two reads in all, not one
/// card lookup per row.
pub fn rows(env: &Env) -> Result<Vec<BrowseRow>, crate::store::StoreError> {
    let latest = env.store.latest_attempts()?;
    let cards = env.store.all_cards()?;
    let due_by_key: std::collections::HashMap<(String, String), Instant> = cards
        .into_iter()
        .map(|c| ((c.bank_id, c.question_id), c.due))
        .collect();
    Ok(latest
        .into_iter()
        .map(|(a, n)| {
            let key = QuestionKey::new(&a.bank_id, &a.question_id);
            let due = due_by_key
                .get(&(a.bank_id.clone(), a.question_id.clone()))
                .copied();
            BrowseRow {
                tags: browse::tags_for(env.lib, &key),
                key,
                role: a.role,
                prompt: a.prompt,
                attempts: n,
                last_rating: a.rating,
                last_submitted: a.submitted_at,
                latest_text: a.text,
                due,
            }
        })
        .collect())
}

impl BrowseState {
    /// The list, with `filter` and `selected` kept from before; a read that
    /// fails is said, not shown as an empty list.
    pub fn open(env: &Env, filter: BrowseFilter, selected: usize) -> (BrowseState, Option<String>) {
        let (rows, flash) = match rows(env) {
            Ok(r) if r.is_empty() => (
                r,
                Some("Nothing answered yet: practise a few questions first.".to_string()),
            ),
            Ok(r) => (r, None),
            Err(e) => (
                Vec::new(),
                Some(format!("Could not read your answers: {e}")),
            ),
        };
        let b = BrowseState {
            rows,
            filter,
            selected,
            typing: None,
        };
        (b, flash)
    }
}

pub fn on_list_key(b: &mut BrowseState, action: Option<Action>, ev: &KeyEvent) -> Effect {
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
    let n = b.visible().len();
    let (roles, tags) = browse::facets(&b.rows);
    match action {
        Some(Action::Down) => b.selected = (b.selected + 1).min(n.saturating_sub(1)),
        Some(Action::Up) => b.selected = b.selected.saturating_sub(1),
        Some(Action::Filter) => b.typing = Some(b.filter.text.clone()),
        Some(Action::CycleRole) => {
            b.filter.role = browse::cycle(&b.filter.role, &roles);
            b.selected = 0;
        }
        Some(Action::CycleTag) => {
            b.filter.tag = browse::cycle(&b.filter.tag, &tags);
            b.selected = 0;
        }
        Some(Action::Select) => {
            if let Some(row) = b.visible().get(b.selected).map(|r| (*r).clone()) {
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
                        Effect::Flash(
                            "Talking points saved; the coverage check uses them from now on."
                                .into(),
                        )
                    }
                    // The text stays in the editor.
                    Err(e) => Effect::Flash(format!("Could not save the talking points: {e}")),
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
                            return Effect::Flash("Deleted that version.".into());
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
            return Effect::Flash(
                "Your talking points could not be read, so they cannot be edited now.".into(),
            );
        }
        Some(Action::Edit) => {
            d.editing = Some(AnswerEditor::with_placeholder(
                &d.talking_points,
                "Your own facts for this question, one per line (\"8 EC2 instances\"). Ctrl+S saves, Esc cancels.",
            ))
        }
        Some(Action::Delete) if !d.attempts.is_empty() => d.confirm_delete = true,
        Some(Action::Back) => return Effect::Browse,
        _ => {}
    }
    d.refresh_diff();
    Effect::None
}

fn rating_label(r: Option<u8>) -> &'static str {
    r.and_then(Rating::from_u8).map_or("—", |r| r.label())
}

pub fn draw_list(frame: &mut Frame, area: Rect, b: &BrowseState, env: &Env) {
    let t = &env.theme;
    let date = |at: Instant| env.day.date(at);
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
            let head = format!(
                "{}  {:<6} {:>2}×  {:<16} ",
                date(r.last_submitted),
                rating_label(r.last_rating),
                r.attempts,
                text::truncate(&text::one_line(&r.role), 16),
            );
            // The prompt is cut by display width with an ellipsis, so two
            // questions that start alike never read the same.
            let room = usize::from(list.width.saturating_sub(4)).saturating_sub(text::width(&head));
            ListItem::new(format!(
                "{head}{}",
                text::truncate(&text::one_line(&r.prompt), room.max(1))
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

pub fn draw_detail(frame: &mut Frame, area: Rect, d: &mut DetailState, env: &Env) {
    let theme = env.theme;
    let t = &theme;
    let date = |at: Instant| env.day.date(at);
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
        Wrapped::new(text::sanitize(&d.row.prompt, true))
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
        Wrapped::new(tp_text).block(titled(t, "Your talking points")),
        tp,
    );

    frame.render_widget(
        Wrapped::new(bank_lines).block(titled(t, "Key points from the bank")),
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
    let diff = d.diff.as_ref().map(|(_, _, parts, st)| (parts, st));
    let (title, lines): (String, Vec<Line>) =
        match (d.diff_pair().zip(diff), d.attempts.get(d.selected)) {
            (Some(((old, new), (parts, st))), _) => (
                format!(
                    "{} → {}: +{} −{} words",
                    date(old.submitted_at),
                    date(new.submitted_at),
                    st.inserted_words,
                    st.deleted_words
                ),
                diff_lines(parts, t),
            ),
            (None, Some(a)) => (
                format!("{} (first version)", date(a.submitted_at)),
                text::sanitize(&a.text, true)
                    .lines()
                    .map(|l| Line::from(l.to_string()))
                    .collect(),
            ),
            (None, None) => ("No versions left".into(), vec![]),
        };
    frame.render_widget(Wrapped::new(lines).block(titled(t, &title)), right);

    if let Some(editor) = &mut d.editing {
        let r = centered(
            area,
            area.width.saturating_sub(8).max(20),
            area.height.saturating_sub(6).clamp(5, 14),
        );
        clear(frame, r);
        let block = Block::default()
            .borders(Borders::ALL)
            .title(" Talking points — one per line · Ctrl+S saves · Esc cancels ");
        editor.render(frame, r, block);
    }
    if d.confirm_delete {
        let r = centered(area, 46, 3);
        clear(frame, r);
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
