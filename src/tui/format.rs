//! What every screen formats the same way: clocks, due dates, local dates,
//! titled boxes, popups, wrapped heights and word diffs. Screens and the
//! router both use this module; it uses neither.

use crate::tui::wrap::Wrapped;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear};

use super::theme::Theme;
use crate::feedback::{Change, DiffPart};
use crate::model::Instant;
use crate::text;

pub use crate::clock::mm_ss as clock;

/// A description of a time to come: "in 10 min", "in 3 h", "tomorrow",
/// "in 5 days" (Korean: "10분 뒤", "내일"...), to stand on its own or be
/// given as a value to a message that says what comes then.
pub fn due_in(due: Instant, now: Instant) -> String {
    let days = (due - now).as_days();
    if days < 1.0 {
        let h = ((due - now).as_ms() as f64 / 3_600_000.0).max(0.0);
        if h < 1.0 {
            let m = (h * 60.0).round().max(1.0) as i64;
            crate::t!("practice-due-minutes", n = m)
        } else {
            crate::t!("practice-due-hours", n = h.round() as i64)
        }
    } else if days < 1.5 {
        crate::t!("practice-due-tomorrow")
    } else {
        crate::t!("practice-due-days", n = days.round() as i64)
    }
}

/// "1:40 left of 2:00": a timer's gauge, on the answer and recall screens.
pub fn time_left(remaining: crate::model::Span, limit: crate::model::Span) -> String {
    crate::t!(
        "practice-time-left",
        left = clock(remaining),
        limit = clock(limit)
    )
}

/// The ratings in the order of their keys, 1 to 4.
pub const RATINGS: [crate::schedule::Rating; 4] = {
    use crate::schedule::Rating;
    [Rating::Again, Rating::Hard, Rating::Good, Rating::Easy]
};

/// A rating's word: Again, Hard, Good, Easy (다시, 어려움, 좋음, 쉬움).
pub fn rating_label(r: crate::schedule::Rating) -> String {
    use crate::schedule::Rating;
    match r {
        Rating::Again => crate::t!("practice-rating-again"),
        Rating::Hard => crate::t!("practice-rating-hard"),
        Rating::Good => crate::t!("practice-rating-good"),
        Rating::Easy => crate::t!("practice-rating-easy"),
    }
}

/// `title` cut with an ellipsis to fit a box `width` cells wide, inside
/// its corners and the spaces [`titled`] puts around it.
pub fn fit_title(title: &str, width: u16) -> String {
    text::truncate(&text::one_line(title), usize::from(width.saturating_sub(4)))
}

/// `spans` as one row of at most `width` cells: the first is cut with an
/// ellipsis when even it does not fit; each after it is kept whole or
/// left out with those after it (they come in order of importance).
pub fn fit_spans(spans: Vec<Span<'static>>, width: u16) -> Line<'static> {
    fit(spans, width, false)
}

/// `spans` as one row of at most `width` cells, cut with an ellipsis
/// where the row ends.
pub fn cut_spans(spans: Vec<Span<'static>>, width: u16) -> Line<'static> {
    fit(spans, width, true)
}

fn fit(spans: Vec<Span<'static>>, width: u16, cut_any: bool) -> Line<'static> {
    let width = usize::from(width);
    let mut used = 0;
    let mut out: Vec<Span> = Vec::new();
    for s in spans {
        let w = text::width(&s.content);
        if used + w <= width {
            used += w;
            out.push(s);
            continue;
        }
        let room = width - used;
        if room > 0 && (out.is_empty() || cut_any) {
            out.push(Span::styled(text::truncate(&s.content, room), s.style));
        }
        break;
    }
    Line::from(out)
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

/// A titled popup of `lines`, `w` wide (or the area's width), as tall as
/// they need at that width.
pub fn popup(frame: &mut Frame, area: Rect, title: &str, lines: Vec<Line>, theme: &Theme, w: u16) {
    let w = w.min(area.width);
    let h = wrapped_rows(&lines, w.saturating_sub(2)) + 2;
    let r = centered(area, w, h);
    clear(frame, r);
    frame.render_widget(Wrapped::new(lines).block(titled(theme, title)), r);
}

/// Clears `r` for a popup, and the wide character (Hangul, CJK) whose
/// right half it covers on its left edge: the terminal would draw that
/// one whole, over the popup's border.
pub fn clear(frame: &mut Frame, r: Rect) {
    let buf = frame.buffer_mut();
    if r.x > buf.area.x {
        for y in r.top()..r.bottom() {
            let cell = &mut buf[(r.x - 1, y)];
            if unicode_width::UnicodeWidthStr::width(cell.symbol()) > 1 {
                cell.set_symbol(" ");
            }
        }
    }
    frame.render_widget(Clear, r);
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

/// `text` followed by spaces up to `cells` display cells (`{:<6}` counts
/// chars, and a Hangul syllable takes two cells).
pub fn pad(text: &str, cells: usize) -> String {
    format!(
        "{text}{}",
        " ".repeat(cells.saturating_sub(text::width(text)))
    )
}

/// `text` after spaces up to `cells` display cells.
pub fn pad_start(text: &str, cells: usize) -> String {
    format!(
        "{}{text}",
        " ".repeat(cells.saturating_sub(text::width(text)))
    )
}
