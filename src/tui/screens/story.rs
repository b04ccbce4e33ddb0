//! My story: your projects with their facts, stack, result and lesson,
//! the competencies no story covers yet, and `e` to edit it all in
//! `$EDITOR`. An edit that does not validate is not saved: its problems
//! show here at file:line:col, the old story stays, and the text you
//! wrote stays in the edit file for the next `e`.

use crate::tui::wrap::Wrapped;
use std::cell::Cell;
use std::path::PathBuf;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::bank::BankError;
use crate::story::Story;
use crate::text::{self, count, one_line};
use crate::tui::effect::Effect;
use crate::tui::env::Env;
use crate::tui::format::{titled, wrapped_rows};
use crate::tui::keymap::Action;
use crate::tui::theme::Theme;

pub struct StoryState {
    pub scroll: u16,
    /// How far the page can scroll, as last drawn.
    pub max_scroll: Cell<u16>,
    /// The problems of the last edit, which was not saved.
    pub errors: Vec<BankError>,
    /// Where the text being edited lives while `$EDITOR` has it, and where
    /// an edit that was not saved stays.
    pub edit_file: PathBuf,
    /// The edit file holds text that was not saved.
    pub pending_edit: bool,
}

impl StoryState {
    pub fn open(edit_file: PathBuf) -> StoryState {
        StoryState {
            scroll: 0,
            max_scroll: Cell::new(0),
            errors: Vec::new(),
            pending_edit: edit_file.exists(),
            edit_file,
        }
    }
}

pub fn on_key(s: &mut StoryState, action: Option<Action>) -> Effect {
    let max = s.max_scroll.get();
    match action {
        Some(Action::Edit) => return Effect::ExternalEditor,
        Some(Action::Down) => s.scroll = s.scroll.saturating_add(1).min(max),
        Some(Action::Up) => s.scroll = s.scroll.saturating_sub(1),
        Some(Action::Right) => s.scroll = s.scroll.saturating_add(10).min(max),
        Some(Action::Left) => s.scroll = s.scroll.saturating_sub(10),
        Some(Action::Back) => return Effect::Home,
        _ => {}
    }
    Effect::None
}

pub fn draw(frame: &mut Frame, area: Rect, s: &StoryState, env: &Env) {
    let t = &env.theme;
    let story = env.story;
    let lines = lines(s, story, t);
    let rows = wrapped_rows(&lines, area.width.saturating_sub(2));
    let max = rows.saturating_sub(area.height.saturating_sub(2));
    s.max_scroll.set(max);
    let facts = story.facts().count();
    let title = if story.is_empty() {
        "My story".to_string()
    } else {
        format!(
            "My story · {}, {}",
            count(story.projects.len(), "project", "projects"),
            count(facts, "fact", "facts")
        )
    };
    frame.render_widget(
        Wrapped::new(lines)
            .scroll((s.scroll.min(max), 0))
            .block(titled(t, &title)),
        area,
    );
}

fn lines<'a>(s: &StoryState, story: &Story, t: &Theme) -> Vec<Line<'a>> {
    let file = one_line(&s.edit_file.display().to_string());
    let mut out: Vec<Line> = Vec::new();
    if !s.errors.is_empty() {
        out.push(Line::styled(
            format!(
                "Your edit was not saved: {}. The story below is the one kept.",
                count(s.errors.len(), "problem", "problems")
            ),
            t.bad(),
        ));
        for e in &s.errors {
            out.push(Line::styled(format!("  {e}"), t.bad()));
        }
        out.push(Line::from(format!(
            "e edits it again; your text is kept in {file}."
        )));
        out.push(Line::from(""));
    } else if s.pending_edit {
        out.push(Line::styled(
            format!("An edit you did not save is kept in {file}; e opens it again."),
            t.warn(),
        ));
        out.push(Line::from(""));
    }
    if story.is_empty() {
        out.extend([
            Line::styled("You have not written your story yet.", t.title()),
            Line::from(""),
            Line::from(
                "Your story is the projects you will talk about and the facts of what you \
                 did, with numbers (\"split the crawler over 8 EC2 instances, 6 h → 1.5 h\"). \
                 Answers about you are then checked against it, and the answer screen \
                 shows the facts for each question.",
            ),
            Line::from(""),
            Line::from(vec![
                Span::styled("e", t.key()),
                Span::raw(format!(
                    " opens a commented template in $EDITOR, as {file}; save and quit to keep it."
                )),
            ]),
            Line::styled("From a shell: rehearse story edit", t.dim()),
        ]);
        return out;
    }
    for p in &story.projects {
        out.push(Line::from(vec![
            Span::styled(one_line(&p.name), t.title()),
            Span::styled(format!("  [{}]", one_line(&p.id)), t.dim()),
        ]));
        let mut meta: Vec<String> = Vec::new();
        meta.extend(p.when.as_deref().map(one_line));
        meta.extend(p.role.as_deref().map(one_line));
        meta.extend(p.team.map(|n| format!("team of {n}")));
        if !meta.is_empty() {
            out.push(Line::styled(format!("  {}", meta.join(" · ")), t.dim()));
        }
        for (label, items) in [("stack", &p.stack), ("tags", &p.tags)] {
            if !items.is_empty() {
                let joined: Vec<String> = items.iter().map(|i| one_line(i)).collect();
                out.push(Line::from(vec![
                    Span::styled(format!("  {label}: "), t.dim()),
                    Span::raw(joined.join(", ")),
                ]));
            }
        }
        for d in &p.did {
            out.push(Line::from(format!("  • {}", one_line(d))));
        }
        for (label, value) in [("result", &p.result), ("lesson", &p.lesson)] {
            if let Some(v) = value {
                out.push(Line::from(vec![
                    Span::styled(format!("  {label}: "), t.dim()),
                    Span::raw(one_line(v)),
                ]));
            }
        }
        out.push(Line::from(""));
    }
    // The screen speaks English, so the gaps do too.
    let gaps = crate::story::gap_lines(story, "en");
    if !gaps.is_empty() {
        out.push(Line::styled("Not covered by your story yet", t.title()));
        out.extend(
            gaps.iter()
                .map(|g| Line::from(format!("  · {}", text::one_line(g)))),
        );
    }
    out
}
