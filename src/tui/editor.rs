//! `AnswerEditor`: ratatui-textarea behind our own widget, with the real
//! terminal cursor placed where the text cursor is (by display width, after
//! wrapping and scrolling), so that Korean IME composition shows in place.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::widgets::Block;
use ratatui_textarea::{TextArea, WrapMode};

pub struct AnswerEditor {
    area: TextArea<'static>,
    /// Bumped on every change, so counts are recomputed only when needed.
    pub revision: u64,
}

impl AnswerEditor {
    pub fn new(text: &str) -> AnswerEditor {
        let lines: Vec<String> = if text.is_empty() {
            vec![String::new()]
        } else {
            text.split('\n').map(str::to_string).collect()
        };
        let mut area = TextArea::new(lines);
        area.set_wrap_mode(WrapMode::WordOrGlyph);
        area.set_cursor_line_style(Style::new());
        area.set_placeholder_text(crate::t!("shell-editor-placeholder"));
        area.move_cursor(ratatui_textarea::CursorMove::Bottom);
        area.move_cursor(ratatui_textarea::CursorMove::End);
        AnswerEditor { area, revision: 0 }
    }

    pub fn text(&self) -> String {
        self.area.lines().join("\n")
    }

    pub fn set_text(&mut self, text: &str) {
        *self = AnswerEditor {
            revision: self.revision + 1,
            ..AnswerEditor::new(text)
        };
    }

    /// Feeds a key to the editor; true when the text changed.
    pub fn input(&mut self, key: crossterm::event::KeyEvent) -> bool {
        let changed = self.area.input(key);
        if changed {
            self.revision += 1;
        }
        changed
    }

    /// Undoes the last edit; true when there was one.
    pub fn undo(&mut self) -> bool {
        let changed = self.area.undo();
        if changed {
            self.revision += 1;
        }
        changed
    }

    pub fn redo(&mut self) -> bool {
        let changed = self.area.redo();
        if changed {
            self.revision += 1;
        }
        changed
    }

    /// An editor for other text than an answer, with its own hint.
    pub fn with_placeholder(text: &str, placeholder: impl Into<String>) -> AnswerEditor {
        let mut e = AnswerEditor::new(text);
        e.area.set_placeholder_text(placeholder);
        e
    }

    /// Pasted text goes in as typed, control characters dropped.
    pub fn paste(&mut self, text: &str) {
        if self.area.insert_str(crate::text::typed(text)) {
            self.revision += 1;
        }
    }

    /// Draws the editor and places the terminal cursor at the text cursor.
    pub fn render(&mut self, frame: &mut Frame, area: Rect, block: Block<'static>) {
        let inner = block.inner(area);
        self.area.set_block(block);
        frame.render_widget(&self.area, area);
        if let Some(pos) = self.cursor_position(inner) {
            frame.set_cursor_position(pos);
        }
    }

    /// Where the terminal cursor belongs, clamped inside `inner`.
    pub fn cursor_position(&self, inner: Rect) -> Option<Position> {
        if inner.width == 0 || inner.height == 0 {
            return None;
        }
        let sc = self.area.screen_cursor();
        let (top, left) = self.area.scroll_offset();
        let row = sc
            .row
            .saturating_sub(top as usize)
            .min(inner.height as usize - 1);
        let col = sc
            .col
            .saturating_sub(left as usize)
            .min(inner.width as usize - 1);
        Some(Position::new(inner.x + col as u16, inner.y + row as u16))
    }
}
