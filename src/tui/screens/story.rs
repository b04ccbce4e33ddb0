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
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::bank::BankError;
use crate::story::Story;
use crate::t;
use crate::text::{self, one_line};
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
    let inner = area.width.saturating_sub(2);
    let lines = lines(s, story, t, usize::from(inner));
    let rows = wrapped_rows(&lines, inner);
    let max = rows.saturating_sub(area.height.saturating_sub(2));
    s.max_scroll.set(max);
    let title = if story.is_empty() {
        t!("story-title")
    } else {
        t!(
            "story-title-counts",
            projects = story.projects.len(),
            facts = story.facts().count()
        )
    };
    // The title sits on the top border between two corners and a space
    // each side.
    let title = text::truncate(&title, usize::from(area.width.saturating_sub(4)));
    frame.render_widget(
        Wrapped::new(lines)
            .scroll((s.scroll.min(max), 0))
            .block(titled(t, &title)),
        area,
    );
}

/// `text` wrapped to `width` cells after `first` (styled `label`), the
/// rows after the first indented as deep, so a long fact, hint or stack
/// reads as one item. When the indent would take half the width, the
/// line is left for [`Wrapped`] to wrap from the left edge.
fn hanging<'a>(
    first: String,
    label: Style,
    text: &str,
    width: usize,
    style: Style,
) -> Vec<Line<'a>> {
    let indent = text::width(&first);
    if indent * 2 > width {
        return vec![Line::from(vec![
            Span::styled(first, label),
            Span::styled(one_line(text), style),
        ])];
    }
    let rest = " ".repeat(indent);
    text::wrap(text, width - indent, usize::MAX)
        .into_iter()
        .enumerate()
        .map(|(i, l)| {
            let head = if i == 0 { first.clone() } else { rest.clone() };
            Line::from(vec![Span::styled(head, label), Span::styled(l, style)])
        })
        .collect()
}

/// `line` with the key `key` styled as a key where it first stands alone
/// (no ASCII letter or digit touching it): the catalogue puts the key
/// where its language wants it ("e opens…", "e를 누르면…").
fn with_key<'a>(line: String, key: &str, t: &Theme) -> Line<'a> {
    let alone = |i: usize| {
        let before = line[..i].chars().next_back();
        let after = line[i + key.len()..].chars().next();
        !before.is_some_and(|c| c.is_ascii_alphanumeric())
            && !after.is_some_and(|c| c.is_ascii_alphanumeric())
    };
    match line.match_indices(key).map(|(i, _)| i).find(|&i| alone(i)) {
        Some(i) => Line::from(vec![
            Span::raw(line[..i].to_string()),
            Span::styled(key.to_string(), t.key()),
            Span::raw(line[i + key.len()..].to_string()),
        ]),
        None => Line::from(line),
    }
}

fn lines<'a>(s: &StoryState, story: &Story, t: &Theme, width: usize) -> Vec<Line<'a>> {
    let file = one_line(&s.edit_file.display().to_string());
    let plain = Style::default();
    let mut out: Vec<Line> = Vec::new();
    if !s.errors.is_empty() {
        out.push(Line::styled(
            t!("story-edit-not-saved", n = s.errors.len()),
            t.bad(),
        ));
        for e in &s.errors {
            out.extend(hanging(
                "  ".into(),
                t.bad(),
                &e.to_string(),
                width,
                t.bad(),
            ));
        }
        out.push(Line::from(t!("story-edit-again", file = &file)));
        out.push(Line::from(""));
    } else if s.pending_edit {
        out.push(Line::styled(
            t!("story-edit-pending", file = &file),
            t.warn(),
        ));
        out.push(Line::from(""));
    }
    if story.is_empty() {
        out.extend([
            Line::styled(t!("story-empty"), t.title()),
            Line::from(""),
            Line::from(t!("story-empty-explained")),
            Line::from(""),
            with_key(t!("story-empty-edit", key = "e", file = &file), "e", t),
            Line::styled(t!("story-empty-shell"), t.dim()),
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
        meta.extend(p.team.map(|n| t!("story-team-of", n = n)));
        if !meta.is_empty() {
            out.extend(hanging(
                "  ".into(),
                t.dim(),
                &meta.join(" · "),
                width,
                t.dim(),
            ));
        }
        for (label, items) in [
            (t!("story-field-stack"), &p.stack),
            (t!("story-field-tags"), &p.tags),
        ] {
            if !items.is_empty() {
                let joined: Vec<String> = items.iter().map(|i| one_line(i)).collect();
                let first = format!("  {label}: ");
                out.extend(hanging(first, t.dim(), &joined.join(", "), width, plain));
            }
        }
        for d in &p.did {
            out.extend(hanging("  • ".into(), plain, d, width, plain));
        }
        for (label, value) in [
            (t!("story-field-result"), &p.result),
            (t!("story-field-lesson"), &p.lesson),
        ] {
            if let Some(v) = value {
                out.extend(hanging(format!("  {label}: "), t.dim(), v, width, plain));
            }
        }
        out.push(Line::from(""));
    }
    let gaps = crate::story::gap_lines(story);
    if !gaps.is_empty() {
        out.push(Line::styled(t!("story-gaps"), t.title()));
        for g in &gaps {
            out.extend(hanging("  · ".into(), plain, g, width, plain));
        }
    }
    out
}
