//! What every screen formats the same way: clocks, due dates, local dates,
//! titled boxes, popups, wrapped heights and word diffs. Screens and the
//! router both use this module; it uses neither.

use crate::tui::wrap::Wrapped;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders};

use super::theme::Theme;
use crate::feedback::{Change, DiffPart};
use crate::model::Instant;
use crate::text;

pub use crate::clock::mm_ss as clock;

/// A description of a time to come: "in 10 min", "in 3 h", "tomorrow",
/// "in 5 days".
pub fn due_in(due: Instant, now: Instant) -> String {
    let days = (due - now).as_days();
    if days < 1.0 {
        let h = ((due - now).as_ms() as f64 / 3_600_000.0).max(0.0);
        if h < 1.0 {
            let m = (h * 60.0).round().max(1.0) as i64;
            format!("in {m} min")
        } else {
            format!("in {} h", h.round() as i64)
        }
    } else if days < 1.5 {
        "tomorrow".into()
    } else {
        format!("in {} days", days.round() as i64)
    }
}

pub fn titled(theme: &Theme, title: &str) -> Block<'static> {
    Block::default().borders(Borders::ALL).title(Span::styled(
        format!(" {} ", text::one_line(title)),
        theme.title(),
    ))
}

/// A centred box of at most `w`x`h` cells within `area`.
pub fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

/// A titled popup of `lines`, `w` wide, as tall as they need.
pub fn popup(frame: &mut Frame, area: Rect, title: &str, lines: Vec<Line>, theme: &Theme, w: u16) {
    let h = wrapped_rows(&lines, w.saturating_sub(2)) + 2;
    let r = centered(area, w, h);
    frame.render_widget(crate::tui::wrap::Clear, r);
    frame.render_widget(Wrapped::new(lines).block(titled(theme, title)), r);
}

/// How many rows `lines` take when wrapped at `width` cells (as
/// [`Wrapped`] draws them).
pub fn wrapped_rows(lines: &[Line], width: u16) -> u16 {
    crate::tui::wrap::rows(lines, width)
}

/// The word diff as styled lines: inserted words marked, deleted ones struck.
/// Without colour (NO_COLOR) the changes are also bracketed, `[-old-]{+new+}`
/// (`feedback::diff::mark`), so they read on any terminal.
pub fn diff_lines<'a>(parts: &[DiffPart], t: &Theme) -> Vec<Line<'a>> {
    let mut lines: Vec<Line> = vec![Line::from(" ")];
    for p in parts {
        let style = match p.change {
            Change::Equal => Style::new(),
            Change::Insert => t.inserted(),
            Change::Delete => t.deleted(),
        };
        let clean = text::sanitize(&p.text, true);
        let clean = if t.color {
            clean
        } else {
            crate::feedback::diff::mark(p.change, &clean)
        };
        for (i, piece) in clean.split('\n').enumerate() {
            if i > 0 {
                lines.push(Line::from(" "));
            }
            if !piece.is_empty()
                && let Some(last) = lines.last_mut()
            {
                last.push_span(Span::styled(piece.to_string(), style));
            }
        }
    }
    lines
}
