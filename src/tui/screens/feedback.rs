//! Feedback after submitting: time, speaking time, key points (toggleable),
//! concreteness, fillers, STAR, the change since last time, notes and
//! follow-ups; then the rating.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::{clock, titled};
use crate::feedback::{Change, diff_stats, word_diff};
use crate::text;
use crate::tui::app::{App, FeedbackState, Screen};
use crate::tui::theme::Theme;

pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let Screen::Feedback(f) = &app.screen else {
        return;
    };
    let t = &app.theme;
    if f.compare
        && let Some(prev) = &f.previous
    {
        return draw_compare(frame, area, f, prev, t);
    }
    let lines = lines(f, t, app.settings.english_wpm, app.settings.hangul_spm);
    let scroll = clamp_scroll(f, &lines, area);
    let title = format!(
        "Feedback · {}",
        text::truncate(&text::one_line(&f.asked.question.prompt), 60)
    );
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0))
            .block(titled(t, &title)),
        area,
    );
}

fn heading<'a>(t: &Theme, s: &str) -> Line<'a> {
    Line::styled(s.to_string(), t.title())
}

fn evidence(items: &[String]) -> String {
    items
        .iter()
        .map(|s| text::one_line(s))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Records how far this page can scroll (so ←/→ stop at its end) and
/// gives the scroll to draw with.
fn clamp_scroll(f: &FeedbackState, lines: &[Line], area: Rect) -> u16 {
    let max = super::wrapped_rows(lines, area.width.saturating_sub(2))
        .saturating_sub(area.height.saturating_sub(2));
    f.max_scroll.set(max);
    f.scroll.min(max)
}

pub fn lines<'a>(f: &FeedbackState, t: &Theme, wpm: f64, spm: f64) -> Vec<Line<'a>> {
    let fb = &f.feedback;
    let mut out: Vec<Line> = Vec::new();
    let limit = f.attempt.time_limit_s as i64 * 1000;
    let took = f.attempt.duration_ms;
    let (verdict, style) = if took <= limit {
        (
            format!("{} of {} — within the limit", clock(took), clock(limit)),
            t.good(),
        )
    } else {
        (
            format!(
                "{} of {} — over by {}",
                clock(took),
                clock(limit),
                clock(took - limit)
            ),
            t.bad(),
        )
    };
    out.push(Line::from(vec![
        Span::styled("Time       ", t.dim()),
        Span::styled(verdict, style),
    ]));
    let speak_ms = (fb.stats.speaking_secs * 1000.0) as i64;
    let speak_style = if speak_ms > limit {
        t.warn()
    } else {
        Style::new()
    };
    out.push(Line::from(vec![
        Span::styled("Speaking   ", t.dim()),
        Span::styled(format!("~{} out loud", clock(speak_ms)), speak_style),
        Span::styled(
            format!(
                " ({}, {}; {wpm:.0} wpm, {spm:.0} syllables/min)",
                text::count(fb.stats.words, "word", "words"),
                text::count(fb.stats.chars, "char", "chars")
            ),
            t.dim(),
        ),
    ]));
    out.push(Line::from(""));

    let keyed = f.points.iter().filter(|p| !p.talking_point).count();
    let covered = f
        .points
        .iter()
        .filter(|p| !p.talking_point && p.covered)
        .count();
    let how = if f.points.is_empty() {
        ""
    } else {
        "   (↑↓ select, Space toggles)"
    };
    out.push(heading(
        t,
        &format!("Key points: {covered} of {keyed} covered{how}"),
    ));
    if f.points.is_empty() {
        out.push(Line::styled("  this question has no key points", t.dim()));
    }
    let mut shown_tp_heading = false;
    for (i, p) in f.points.iter().enumerate() {
        if p.talking_point && !shown_tp_heading {
            out.push(heading(t, "Your talking points"));
            shown_tp_heading = true;
        }
        let mark = if p.covered { "[x]" } else { "[ ]" };
        let why = match (&p.matched, p.covered, p.auto) {
            (Some(m), true, true) => format!("  — found \"{}\"", text::one_line(m)),
            (_, true, false) => "  — you marked it".into(),
            (_, false, true) => "  — you unmarked it".into(),
            _ => String::new(),
        };
        let style = if i == f.selected {
            t.selected()
        } else if p.covered {
            t.good()
        } else {
            Style::new()
        };
        out.push(Line::from(vec![
            Span::styled(format!(" {mark} {}", text::one_line(&p.text)), style),
            Span::styled(why, t.dim()),
        ]));
    }
    out.push(Line::from(""));

    let c = &fb.concreteness;
    out.push(heading(t, "Concreteness"));
    let check = |ok: bool| {
        if ok {
            ("✓", t.good())
        } else {
            ("✗", t.warn())
        }
    };
    let (m, s) = check(!c.numbers.is_empty());
    out.push(Line::from(vec![
        Span::styled(format!(" {m} numbers: "), s),
        Span::raw(if c.numbers.is_empty() {
            "none — say how many, how fast, how much".into()
        } else {
            evidence(&c.numbers)
        }),
    ]));
    let (m, s) = check(c.singular.len() >= c.plural.len() && !c.singular.is_empty());
    out.push(Line::from(vec![
        Span::styled(format!(" {m} I vs we: "), s),
        Span::raw(format!(
            "{} × I/제가, {} × we/저희",
            c.singular.len(),
            c.plural.len()
        )),
        Span::styled(
            if c.plural.len() > c.singular.len() {
                "  — say what *you* did".to_string()
            } else {
                String::new()
            },
            t.dim(),
        ),
    ]));
    let (m, s) = check(!c.technologies.is_empty());
    out.push(Line::from(vec![
        Span::styled(format!(" {m} technologies: "), s),
        Span::raw(if c.technologies.is_empty() {
            "none named".into()
        } else {
            evidence(&c.technologies)
        }),
    ]));
    let (m, s) = check(!c.impact.is_empty());
    out.push(Line::from(vec![
        Span::styled(format!(" {m} result: "), s),
        Span::raw(if c.impact.is_empty() {
            "no outcome or impact stated".into()
        } else {
            evidence(&c.impact)
        }),
    ]));
    if !fb.fillers.is_empty() {
        let list: Vec<String> = fb
            .fillers
            .iter()
            .map(|(w, n)| format!("{} ×{n}", text::one_line(w)))
            .collect();
        out.push(Line::from(vec![
            Span::styled(" ! fillers: ", t.warn()),
            Span::raw(list.join(", ")),
        ]));
    }
    if let Some(star) = &fb.star {
        out.push(Line::from(""));
        out.push(heading(t, "STAR"));
        for (name, part) in [
            ("Situation", &star.situation),
            ("Task", &star.task),
            ("Action", &star.action),
            ("Result", &star.result),
        ] {
            let (m, s) = check(part.is_some());
            out.push(Line::from(vec![
                Span::styled(format!(" {m} {name:<10}"), s),
                Span::styled(
                    part.as_deref()
                        .map(text::one_line)
                        .unwrap_or_else(|| "missing".into()),
                    t.dim(),
                ),
            ]));
        }
    }
    if let Some(prev) = &f.previous {
        out.push(Line::from(""));
        let parts = word_diff(&prev.text, &f.attempt.text);
        let st = diff_stats(&parts);
        let when = chrono::DateTime::from_timestamp_millis(prev.submitted_at)
            .unwrap_or_default()
            .format("%Y-%m-%d");
        out.push(heading(
            t,
            &format!(
                "Since your last version ({when}): +{} −{} words",
                st.inserted_words, st.deleted_words
            ),
        ));
        out.extend(diff_lines(&parts, t));
    }
    if let Some(n) = &f.asked.question.notes {
        out.push(Line::from(""));
        out.push(heading(t, "Notes"));
        for l in text::sanitize(n, true).lines() {
            out.push(Line::from(format!(" {l}")));
        }
    }
    if !f.asked.question.follow_ups.is_empty() {
        out.push(Line::from(""));
        out.push(heading(t, "Follow-ups (f: answer one next)"));
        for (i, q) in f.asked.question.follow_ups.iter().enumerate() {
            let queued = f.follow_up_queued == Some(i);
            let style = if queued { t.warn() } else { Style::new() };
            out.push(Line::styled(
                format!(" {} {}", if queued { "→" } else { "·" }, text::one_line(q)),
                style,
            ));
        }
    }
    out.push(Line::from(""));
    out.push(Line::from(vec![
        Span::styled("Rate it: ", t.title()),
        Span::styled("1", t.key()),
        Span::raw(" Again  "),
        Span::styled("2", t.key()),
        Span::raw(" Hard  "),
        Span::styled("3", t.key()),
        Span::raw(" Good  "),
        Span::styled("4", t.key()),
        Span::raw(" Easy"),
    ]));
    out
}

/// The word diff as styled lines: inserted words marked, deleted ones struck.
/// Without colour (NO_COLOR) the changes are also bracketed, `[-old-]{+new+}`,
/// so they read on any terminal.
pub fn diff_lines<'a>(parts: &[crate::feedback::DiffPart], t: &Theme) -> Vec<Line<'a>> {
    let mut lines: Vec<Line> = vec![Line::from(" ")];
    for p in parts {
        let (style, open, close) = match p.change {
            Change::Equal => (Style::new(), "", ""),
            Change::Insert => (t.inserted(), "{+", "+}"),
            Change::Delete => (t.deleted(), "[-", "-]"),
        };
        let (open, close) = if t.color { ("", "") } else { (open, close) };
        let clean = format!("{open}{}{close}", text::sanitize(&p.text, true));
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

/// The previous version beside the new one, then the word diff.
fn draw_compare(
    frame: &mut Frame,
    area: Rect,
    f: &FeedbackState,
    prev: &crate::store::Attempt,
    t: &Theme,
) {
    use ratatui::layout::{Constraint, Layout};
    let [top, bottom] =
        Layout::vertical([Constraint::Percentage(55), Constraint::Min(4)]).areas(area);
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(top);
    let when = chrono::DateTime::from_timestamp_millis(prev.submitted_at)
        .unwrap_or_default()
        .format("%Y-%m-%d");
    let rating = prev
        .rating
        .and_then(crate::schedule::Rating::from_u8)
        .map_or("unrated", |r| r.label());
    let left_title = format!(
        "Last time · {when} · {} · {rating}",
        clock(prev.duration_ms)
    );
    let right_title = format!("Now · {}", clock(f.attempt.duration_ms));
    for (area, title, body) in [
        (left, left_title, &prev.text),
        (right, right_title, &f.attempt.text),
    ] {
        frame.render_widget(
            Paragraph::new(text::sanitize(body, true))
                .wrap(Wrap { trim: false })
                .block(titled(t, &title)),
            area,
        );
    }
    let parts = word_diff(&prev.text, &f.attempt.text);
    let st = diff_stats(&parts);
    let mut lines = diff_lines(&parts, t);
    lines.push(Line::from(""));
    lines.push(Line::styled(
        "1 Again  2 Hard  3 Good  4 Easy   v: details and key points",
        t.key(),
    ));
    let title = format!(
        "Changes: +{} −{} words",
        st.inserted_words, st.deleted_words
    );
    let scroll = clamp_scroll(f, &lines, bottom);
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0))
            .block(titled(t, &title)),
        bottom,
    );
}
