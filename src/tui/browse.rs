//! Browse: every answered question (filter by role, tag, text), and for one
//! question all versions, diffs between any two, talking points, deletion.

use crossterm::event::{KeyCode, KeyEvent};

use super::app::{App, Screen};
use super::editor::AnswerEditor;
use super::keymap::Action;
use crate::bank::{KeyPoint, Library};
use crate::browse::{self, BrowseFilter, BrowseRow};
use crate::store::{Attempt, Millis, QuestionKey};

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
    pub attempts: Vec<Attempt>,
    pub selected: usize,
    /// The version the diff compares against (else the one before).
    pub marked: Option<usize>,
    pub talking_points: String,
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

impl App {
    fn browse_rows(&mut self) -> Vec<BrowseRow> {
        // Two reads in all, not one card lookup per row.
        let read = self
            .store
            .latest_attempts()
            .and_then(|l| Ok((l, self.store.all_cards()?)));
        let (latest, cards) = match read {
            Ok(x) => x,
            Err(e) => {
                self.flash = Some(e.to_string());
                return Vec::new();
            }
        };
        let due_by_key: std::collections::HashMap<(String, String), Millis> = cards
            .into_iter()
            .map(|c| ((c.bank_id, c.question_id), c.due))
            .collect();
        latest
            .into_iter()
            .map(|(a, n)| {
                let key = crate::store::QuestionKey::new(&a.bank_id, &a.question_id);
                let due = due_by_key
                    .get(&(a.bank_id.clone(), a.question_id.clone()))
                    .copied();
                BrowseRow {
                    tags: browse::tags_for(&self.lib, &key),
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
            .collect()
    }

    pub fn open_browse(&mut self) {
        let rows = self.browse_rows();
        if rows.is_empty() && self.flash.is_none() {
            self.flash = Some("Nothing answered yet: practise a few questions first.".into());
        }
        self.screen = Screen::Browse(Box::new(BrowseState {
            rows,
            filter: BrowseFilter::default(),
            selected: 0,
            typing: None,
        }));
    }

    pub(super) fn on_browse(&mut self, action: Option<Action>, ev: KeyEvent, now: Millis) {
        let Screen::Browse(b) = &mut self.screen else {
            return;
        };
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
            return;
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
                    self.open_detail(row);
                }
            }
            Some(Action::Back) => {
                self.refresh_home(now);
                self.screen = Screen::Home { selected: 2 };
            }
            Some(Action::Quit) => self.quit = true,
            _ => {}
        }
    }

    fn open_detail(&mut self, row: BrowseRow) {
        let attempts = self.store.attempts_for(&row.key).unwrap_or_default();
        let talking_points = self
            .store
            .talking_points(&row.key)
            .ok()
            .flatten()
            .unwrap_or_default();
        let back = match std::mem::replace(&mut self.screen, Screen::Home { selected: 0 }) {
            Screen::Browse(b) => b,
            _ => Box::new(BrowseState::default()),
        };
        let selected = attempts.len().saturating_sub(1);
        let from_bank = FromBank::look_up(&self.lib, &row.key);
        self.screen = Screen::Detail(Box::new(DetailState {
            row,
            attempts,
            selected,
            marked: None,
            talking_points,
            editing: None,
            confirm_delete: false,
            back,
            from_bank,
        }));
    }

    pub(super) fn on_detail(&mut self, action: Option<Action>, ev: KeyEvent, now: Millis) {
        let Screen::Detail(d) = &mut self.screen else {
            return;
        };
        if let Some(editor) = &mut d.editing {
            match action {
                Some(Action::Submit) => {
                    let text = editor.text();
                    match self.store.set_talking_points(&d.row.key, text.trim(), now) {
                        Ok(()) => {
                            d.talking_points = text.trim().to_string();
                            d.editing = None;
                            self.flash = Some(
                                "Talking points saved; the coverage check uses them from now on."
                                    .into(),
                            );
                        }
                        Err(e) => self.flash = Some(e.to_string()),
                    }
                }
                Some(Action::Back) => d.editing = None,
                _ => {
                    editor.input(ev);
                }
            }
            return;
        }
        if d.confirm_delete {
            match action {
                Some(Action::Yes) => {
                    d.confirm_delete = false;
                    if let Some(a) = d.attempts.get(d.selected) {
                        match self.store.delete_attempt(&a.id) {
                            Ok(_) => {
                                d.attempts.remove(d.selected);
                                d.selected = d.selected.min(d.attempts.len().saturating_sub(1));
                                d.marked = None;
                                self.flash = Some("Deleted that version.".into());
                            }
                            Err(e) => self.flash = Some(e.to_string()),
                        }
                    }
                }
                Some(Action::No) => d.confirm_delete = false,
                _ => {}
            }
            return;
        }
        match action {
            Some(Action::Down) => {
                d.selected = (d.selected + 1).min(d.attempts.len().saturating_sub(1))
            }
            Some(Action::Up) => d.selected = d.selected.saturating_sub(1),
            Some(Action::MarkA) => {
                d.marked = if d.marked == Some(d.selected) {
                    None
                } else {
                    Some(d.selected)
                }
            }
            Some(Action::Edit) => {
                d.editing = Some(AnswerEditor::with_placeholder(
                    &d.talking_points,
                    "Your own facts for this question, one per line (\"8 EC2 instances\"). Ctrl+S saves, Esc cancels.",
                ))
            }
            Some(Action::Delete) if !d.attempts.is_empty() => d.confirm_delete = true,
            Some(Action::Back) => {
                let back = std::mem::replace(&mut d.back, Box::new(BrowseState::default()));
                let filter = back.filter.clone();
                let selected = back.selected;
                let rows = self.browse_rows();
                self.screen = Screen::Browse(Box::new(BrowseState {
                    rows,
                    filter,
                    selected,
                    typing: None,
                }));
            }
            Some(Action::Quit) => self.quit = true,
            _ => {}
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
