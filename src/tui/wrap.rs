//! Styled lines wrapped by display width, before ratatui draws them.
//!
//! ratatui 0.30's `Paragraph::wrap` can emit a line one cell wider than
//! the paragraph when a wide (Hangul, CJK) character lands on the last
//! cell, so it overwrites the right border (ratatui issue #2679, fix
//! pending). [`Wrapped`] wraps the lines itself — between words, inside a
//! word only when it is wider than a line, never inside a character — and
//! draws them unwrapped. The text is styled spans, which the plain-string
//! wrapping crates do not keep, hence our own few lines.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Paragraph, Widget};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// `lines` broken to at most `width` cells each, styles kept.
pub fn wrap_lines<'a>(lines: &[Line<'a>], width: u16) -> Vec<Line<'a>> {
    let width = usize::from(width.max(1));
    let mut out = Vec::new();
    for line in lines {
        if line.width() <= width {
            out.push(line.clone());
            continue;
        }
        out.extend(wrap_line(line, width));
    }
    out
}

/// How many rows `lines` take wrapped at `width`.
pub fn rows(lines: &[Line], width: u16) -> u16 {
    wrap_lines(lines, width).len().min(usize::from(u16::MAX)) as u16
}

/// How far a line's continuation rows are indented: under the first word
/// after its leading spaces and list marker (`  • `, ` [x] `, ` 1. `,
/// ` ✗ `), so a wrapped item reads as one item. Nothing when that would
/// leave a continuation less than half the width.
fn hang(line: &Line, width: usize) -> usize {
    let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
    let rest = text.trim_start_matches(' ');
    let mut n = text.len() - rest.len();
    let markers = [
        "[x] ", "[X] ", "[ ] ", "• ", "· ", "- ", "* ", "› ", "✓ ", "✗ ", "! ", "— ",
    ];
    if let Some(m) = markers.iter().find(|m| rest.starts_with(**m)) {
        n += m.width();
    } else {
        let digits = rest.chars().take_while(char::is_ascii_digit).count();
        if digits > 0 && digits < 4 && rest[digits..].starts_with(". ") {
            n += digits + 2;
        } else if let Some(gap) = rest.find("   ") {
            // A label column ("Speaking    about 0:05 …", "말하기      …"):
            // the rows after it hang under the value.
            let label = &rest[..gap];
            let spaces = rest[gap..].len() - rest[gap..].trim_start_matches(' ').len();
            if !label.is_empty() && !label.contains("  ") {
                n += label.width() + spaces;
            }
        }
    }
    if n * 2 > width { 0 } else { n }
}

/// One line's graphemes with their style, as words and the spaces between.
fn wrap_line<'a>(line: &Line<'a>, width: usize) -> Vec<Line<'a>> {
    let hang = hang(line, width);
    // (grapheme, style, is space)
    let cells: Vec<(&str, Style, bool)> = line
        .spans
        .iter()
        .flat_map(|s| {
            s.content
                .graphemes(true)
                .map(move |g| (g, s.style, g.chars().all(char::is_whitespace)))
        })
        .collect();
    let mut rows: Vec<Vec<(&str, Style)>> = vec![Vec::new()];
    let mut used = 0usize;
    let mut i = 0;
    while i < cells.len() {
        // The next run of spaces, or of word characters.
        let space = cells[i].2;
        let end = (i..cells.len())
            .find(|&j| cells[j].2 != space)
            .unwrap_or(cells.len());
        let run = &cells[i..end];
        let run_w: usize = run.iter().map(|c| c.0.width()).sum();
        if space {
            // Spaces that do not fit end the row; they are not carried.
            if used + run_w <= width || used == 0 {
                push_run(&mut rows, &mut used, run, width, hang);
            } else {
                new_row(&mut rows, &mut used, hang);
            }
        } else {
            if used + run_w > width && used > hang && run_w <= width - hang {
                // Drop the spaces the row ended with, then a new row.
                if let Some(row) = rows.last_mut() {
                    while row
                        .last()
                        .is_some_and(|c| c.0.chars().all(char::is_whitespace))
                    {
                        row.pop();
                    }
                }
                new_row(&mut rows, &mut used, hang);
            }
            push_run(&mut rows, &mut used, run, width, hang);
        }
        i = end;
    }
    rows.into_iter()
        .map(|row| {
            let mut spans: Vec<Span<'a>> = Vec::new();
            for (g, style) in row {
                match spans.last_mut() {
                    Some(last) if last.style == style => last.content.to_mut().push_str(g),
                    _ => spans.push(Span::styled(g.to_string(), style)),
                }
            }
            let mut l = Line::from(spans).style(line.style);
            l.alignment = line.alignment;
            l
        })
        .collect()
}

/// Starts a row, indented by `hang` cells.
fn new_row(rows: &mut Vec<Vec<(&str, Style)>>, used: &mut usize, hang: usize) {
    rows.push(vec![(" ", Style::new()); hang]);
    *used = hang;
}

/// Adds `run` grapheme by grapheme, starting a new row where one would
/// not fit (a word wider than the line is broken, never a character).
fn push_run<'s>(
    rows: &mut Vec<Vec<(&'s str, Style)>>,
    used: &mut usize,
    run: &[(&'s str, Style, bool)],
    width: usize,
    hang: usize,
) {
    for &(g, style, _) in run {
        let w = g.width();
        if *used + w > width && *used > hang {
            new_row(rows, used, hang);
        }
        if let Some(row) = rows.last_mut() {
            row.push((g, style));
        }
        *used += w;
    }
}

/// A paragraph whose lines are wrapped by [`wrap_lines`] to the width
/// inside its block: a drop-in for `Paragraph::new(..).wrap(..)`.
pub struct Wrapped<'a> {
    lines: Vec<Line<'a>>,
    block: Option<Block<'a>>,
    scroll: u16,
    style: Style,
}

impl<'a> Wrapped<'a> {
    pub fn new(text: impl Into<Text<'a>>) -> Wrapped<'a> {
        let text = text.into();
        let style = text.style;
        Wrapped {
            lines: text.lines,
            block: None,
            scroll: 0,
            style,
        }
    }

    pub fn block(mut self, block: Block<'a>) -> Wrapped<'a> {
        self.block = Some(block);
        self
    }

    /// Rows scrolled off the top (the `(y, x)` of `Paragraph::scroll`).
    pub fn scroll(mut self, (y, _): (u16, u16)) -> Wrapped<'a> {
        self.scroll = y;
        self
    }

    pub fn style(mut self, style: Style) -> Wrapped<'a> {
        self.style = style;
        self
    }
}

impl Widget for Wrapped<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let inner = self.block.as_ref().map_or(area, |b| b.inner(area));
        let lines = wrap_lines(&self.lines, inner.width);
        let mut p = Paragraph::new(lines)
            .style(self.style)
            .scroll((self.scroll, 0));
        if let Some(b) = self.block {
            p = p.block(b);
        }
        p.render(area, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::widgets::Borders;

    fn texts(lines: &[Line]) -> Vec<String> {
        lines.iter().map(|l| l.to_string()).collect()
    }

    #[test]
    fn lines_break_between_words_by_display_width() {
        let got = wrap_lines(&[Line::from("블로킹과 논블로킹은 제어권의 차이임")], 12);
        assert_eq!(
            texts(&got),
            ["블로킹과", "논블로킹은", "제어권의", "차이임"]
        );
        assert!(got.iter().all(|l| l.width() <= 12));
        // A word wider than the line breaks between characters, never in one.
        let got = wrap_lines(&[Line::from("가나다라마바사")], 5);
        assert_eq!(texts(&got), ["가나", "다라", "마바", "사"]);
        // Leading indentation stays, and the rows after it hang under the
        // first word; the spaces at a break go.
        let got = wrap_lines(&[Line::from("   one two three")], 9);
        assert_eq!(texts(&got), ["   one", "   two", "   three"]);
        // Styles follow their words across the break.
        let line = Line::from(vec![
            Span::raw("plain "),
            Span::styled("marked words", Style::new().bold()),
        ]);
        let got = wrap_lines(&[line], 8);
        assert_eq!(texts(&got), ["plain", "marked", "words"]);
        assert_eq!(got[1].spans[0].style, Style::new().bold());
    }

    #[test]
    fn a_wrapped_item_hangs_under_its_first_word() {
        let point = Line::from(" [x] 레디스 같은 캐시를 DB 앞에 둔다");
        assert_eq!(
            texts(&wrap_lines(&[point], 20)),
            [" [x] 레디스 같은", "     캐시를 DB 앞에", "     둔다"]
        );
        let labelled = Line::from("말하기      소리 내면 약 0:05 (9단어, 41자)");
        assert_eq!(
            texts(&wrap_lines(&[labelled], 34)),
            ["말하기      소리 내면 약 0:05", "            (9단어, 41자)"]
        );
        let numbered = Line::from(" 1. 답변 2개 중 2개가 너무 짧아요");
        assert_eq!(
            texts(&wrap_lines(&[numbered], 16)),
            [" 1. 답변 2개 중", "    2개가 너무", "    짧아요"]
        );
        // A plain sentence does not hang; nor does an item whose marker
        // would take more than half the width.
        let plain = Line::from("one two three");
        assert_eq!(texts(&wrap_lines(&[plain], 8)), ["one two", "three"]);
        let deep = Line::from("      • a b c d");
        assert_eq!(texts(&wrap_lines(&[deep], 12)), ["      • a b", "c d"]);
        for width in 2..30u16 {
            let got = wrap_lines(
                &[Line::from(" · 블로킹과 논블로킹은 제어권의 차이임")],
                width,
            );
            assert!(
                got.iter().all(|l| l.width() <= usize::from(width)),
                "{width}"
            );
        }
    }

    #[test]
    fn a_wide_character_never_covers_the_right_border() {
        let text = " · 블로킹과 논블로킹은 호출된 함수가 작업이 끝날 때까지 제어권을 붙잡는지, 바로 돌려주는지의 차이임";
        for width in 20..=110u16 {
            let mut t = Terminal::new(TestBackend::new(width, 8)).unwrap();
            t.draw(|f| {
                f.render_widget(
                    Wrapped::new(text).block(Block::default().borders(Borders::ALL)),
                    f.area(),
                )
            })
            .unwrap();
            let buf = t.backend().buffer();
            for y in 1..7 {
                assert_eq!(buf[(width - 1, y)].symbol(), "│", "width {width}, row {y}");
            }
        }
    }

    #[test]
    fn rows_count_what_is_drawn() {
        let lines = [Line::from("one two three four"), Line::from("")];
        assert_eq!(rows(&lines, 9), 4); // "one two", "three", "four", ""
        assert_eq!(rows(&lines, 100), 2);
    }
}
