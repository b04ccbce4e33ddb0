//! The mock interview's report, where each answer is rated, and the list
//! of past interviews the reports are reopened from.

use crate::tui::wrap::Wrapped;
use std::cell::Cell;
use std::collections::HashMap;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState};

use crate::mock::labels;
use crate::mock::report::{CheckKind, Compared, Part, Report};
use crate::model::{AskedBecause, MockRecord, Span as Duration};
use crate::store::Store;
use crate::t;
use crate::text;
use crate::tui::effect::Effect;
use crate::tui::env::Env;
use crate::tui::format::{clock, titled, wrapped_rows};
use crate::tui::keymap::Action;
use crate::tui::theme::Theme;

pub struct MockReportState {
    pub record: MockRecord,
    pub report: Report,
    /// Against the previous interview of the same role and round.
    pub compared: Option<Vec<Compared>>,
    /// Ratings given, by attempt id (read from the store when it opens).
    pub ratings: HashMap<String, u8>,
    /// The answer selected for rating: an index into `report.answers`.
    pub selected: Option<usize>,
    pub scroll: u16,
    /// How far the page can scroll, as last drawn.
    pub max_scroll: Cell<u16>,
    /// The selection moved: the next frame scrolls to keep it in view (the
    /// report opens at its top, the summary and the changes).
    pub follow_selection: bool,
}

impl MockReportState {
    pub fn new(
        record: MockRecord,
        report: Report,
        previous: Option<Report>,
        store: &Store,
    ) -> MockReportState {
        let mut ratings = HashMap::new();
        for a in &report.answers {
            if let Some(id) = &a.attempt_id
                && let Ok(Some(att)) = store.attempt(id)
                && let Some(r) = att.rating
            {
                ratings.insert(id.clone(), r);
            }
        }
        let compared = previous.map(|p| crate::mock::report::compare(&p, &report));
        let mut s = MockReportState {
            record,
            report,
            compared,
            ratings,
            selected: None,
            scroll: 0,
            max_scroll: Cell::new(0),
            follow_selection: false,
        };
        s.selected = s.next_unrated(0);
        s
    }

    /// The first answer at or after `from` (wrapping) that is saved and not
    /// rated yet.
    fn next_unrated(&self, from: usize) -> Option<usize> {
        let n = self.report.answers.len();
        (0..n).map(|i| (from + i) % n.max(1)).find(|&i| {
            self.report.answers[i]
                .attempt_id
                .as_ref()
                .is_some_and(|id| !self.ratings.contains_key(id))
        })
    }

    /// Answers that can be rated (saved ones), in order.
    fn rateable(&self) -> Vec<usize> {
        (0..self.report.answers.len())
            .filter(|&i| self.report.answers[i].attempt_id.is_some())
            .collect()
    }

    /// Whether 1–4 rates something now.
    pub fn can_rate(&self) -> bool {
        self.selected.is_some()
    }

    /// Marks an answer rated and selects the next one waiting.
    pub fn rated(&mut self, attempt_id: &str, r: u8) {
        self.ratings.insert(attempt_id.to_string(), r);
        let from = self.selected.map_or(0, |i| i + 1);
        self.selected = self.next_unrated(from).or(self.selected);
        self.follow_selection = true;
    }

    /// How many saved answers wait for a rating.
    pub fn unrated(&self) -> usize {
        self.rateable()
            .iter()
            .filter(|&&i| {
                self.report.answers[i]
                    .attempt_id
                    .as_ref()
                    .is_some_and(|id| !self.ratings.contains_key(id))
            })
            .count()
    }
}

pub fn on_key(s: &mut MockReportState, action: Option<Action>) -> Effect {
    let rateable = s.rateable();
    let at = s
        .selected
        .and_then(|i| rateable.iter().position(|&r| r == i));
    match action {
        Some(Action::Down) => {
            s.selected = match at {
                Some(p) => rateable.get(p + 1).copied().or(s.selected),
                None => rateable.first().copied(),
            };
            s.follow_selection = true;
        }
        Some(Action::Up) => {
            s.selected = match at {
                Some(p) => rateable.get(p.saturating_sub(1)).copied(),
                None => rateable.last().copied(),
            };
            s.follow_selection = true;
        }
        Some(Action::Right) => s.scroll = s.scroll.saturating_add(10).min(s.max_scroll.get()),
        Some(Action::Left) => s.scroll = s.scroll.saturating_sub(10),
        Some(Action::Rate(r)) => {
            if let Some(id) = s
                .selected
                .and_then(|i| s.report.answers.get(i))
                .and_then(|a| a.attempt_id.clone())
            {
                return Effect::RateMockAnswer {
                    attempt_id: id,
                    rating: r,
                };
            }
        }
        Some(Action::Back) => {
            let left = s.unrated();
            if left > 0 {
                return Effect::HomeWith(t!("mock-report-unrated-left", n = left));
            }
            return Effect::Home;
        }
        _ => {}
    }
    Effect::None
}

/// " · what": one more fact on a line of facts.
fn fact(text: String) -> String {
    format!(" · {text}")
}

/// The report's lines, and the line each answer starts at.
fn lines(s: &MockReportState, env: &Env) -> (Vec<Line<'static>>, Vec<usize>) {
    let t = &env.theme;
    let r = &s.report;
    let rec = &s.record;
    let mut out: Vec<Line<'static>> = Vec::new();
    let over = r.elapsed() > r.round_length();
    out.push(Line::from(vec![Span::styled(
        t!(
            "mock-report-heading",
            round = labels::round(rec.round),
            role = text::one_line(&crate::feedback::role::role_name(&rec.role)),
            language = text::one_line(&crate::i18n::language_name(&rec.language)),
            date = env.day.date_time(rec.started_at)
        ),
        t.title(),
    )]));
    let tot = &r.totals;
    let mut summary = vec![Span::styled(
        t!(
            "mock-report-total",
            took = clock(r.elapsed()),
            limit = clock(r.round_length())
        ),
        if over { t.bad() } else { Style::new() },
    )];
    summary.push(Span::raw(fact(if tot.passed > 0 {
        t!(
            "mock-report-answered-passed",
            n = tot.answered,
            passed = tot.passed
        )
    } else {
        t!("mock-report-answered", n = tot.answered)
    })));
    if tot.over_limit > 0 {
        summary.push(Span::styled(
            fact(t!("mock-report-over-limit", n = tot.over_limit)),
            t.warn(),
        ));
    }
    if let Some(f) = r.fillers_per_minute() {
        summary.push(Span::raw(fact(t!(
            "mock-report-fillers",
            rate = format!("{f:.1}")
        ))));
    }
    if !r.experiences.is_empty() {
        summary.push(Span::raw(fact(t!(
            "mock-report-experiences",
            n = r.experiences.len()
        ))));
    }
    out.push(Line::from(summary));
    out.push(Line::from(""));

    out.push(Line::styled(t!("mock-report-changes"), t.title()));
    if r.changes.is_empty() {
        out.push(Line::from(format!(" {}", t!("mock-report-no-changes"))));
    }
    for (i, c) in r.changes.iter().enumerate() {
        out.push(Line::from(format!(" {}. {}", i + 1, c.text())));
    }
    if let Some(cmp) = &s.compared {
        out.push(Line::from(""));
        out.push(Line::styled(t!("mock-report-compared"), t.title()));
        for c in cmp {
            out.push(Line::from(format!(" {}", c.text())));
        }
    }
    if !r.missed_points.is_empty() || !r.missed_checks.is_empty() {
        out.push(Line::from(""));
        out.push(Line::styled(t!("mock-report-missed"), t.title()));
        for m in r.missed_checks.iter().take(3) {
            out.push(Line::from(format!(
                " {}",
                t!(
                    "mock-report-missed-check",
                    check = m.check.label(),
                    n = m.answers.len(),
                    of = m.of
                )
            )));
        }
        for m in r.missed_points.iter().take(5) {
            out.push(Line::from(format!(" · {}", text::one_line(&m.text))));
        }
    }
    out.push(Line::from(""));
    out.push(Line::styled(t!("mock-report-answers"), t.title()));
    let mut starts = Vec::new();
    for (i, a) in r.answers.iter().enumerate() {
        starts.push(out.len());
        let selected = s.selected == Some(i);
        let indent = if a.is_follow_up() { "    ↳ " } else { "" };
        let marker = if selected { "› " } else { "  " };
        let (n, segment, prompt) = (
            i + 1,
            labels::segment_tag(a.segment),
            text::one_line(&a.prompt),
        );
        let head = match &a.because {
            Some(AskedBecause::Mentioned(term)) => t!(
                "mock-report-row-mentioned",
                n = n,
                segment = segment,
                term = text::one_line(term),
                prompt = prompt
            ),
            Some(AskedBecause::Missed(terms)) => t!(
                "mock-report-row-missed",
                n = n,
                segment = segment,
                terms = text::one_line(&terms.join(", ")),
                prompt = prompt
            ),
            _ => t!("mock-report-row", n = n, segment = segment, prompt = prompt),
        };
        let head_style = if selected { t.selected() } else { Style::new() };
        out.push(Line::styled(format!("{marker}{indent}{head}"), head_style));
        let pad = format!(
            "{}{}",
            "  ",
            if a.is_follow_up() { "      " } else { "   " }
        );
        if a.passed || !a.answered() {
            let what = if a.passed {
                t!("mock-report-passed")
            } else {
                t!("mock-report-not-reached")
            };
            out.push(Line::styled(format!("{pad}{what}"), t.dim()));
            continue;
        }
        let took = a.took().unwrap_or(Duration::ZERO);
        let mut facts = vec![Span::styled(
            labels::took_of(took, a.limit()),
            if a.overtime().is_some() {
                t.bad()
            } else {
                Style::new()
            },
        )];
        let mut more = |text: String| facts.push(Span::raw(fact(text)));
        more(t!(
            "mock-report-speaking",
            time = clock(Duration::from_secs_f64(a.speaking_secs))
        ));
        if !a.key_points.is_empty() {
            more(t!(
                "mock-report-key-points",
                covered = a.covered(),
                total = a.key_points.len()
            ));
        }
        if a.is_story() {
            let mark = |b: Option<bool>| match b {
                Some(true) => "✓",
                Some(false) => "✗",
                None => "–",
            };
            more(t!(
                "mock-report-story-checks",
                first = mark(a.check(CheckKind::FirstPerson)),
                numbers = mark(a.check(CheckKind::Numbers))
            ));
        }
        let fillers = a.filler_count();
        if fillers > 0 {
            more(t!("mock-report-filler-count", n = fillers));
        }
        if let Some(star) = &a.star {
            let parts: String = Part::ALL
                .iter()
                .map(|&p| if star.has(p) { p.letter() } else { '·' })
                .collect();
            more(format!("STAR {parts}"));
        }
        if !a.led_to.is_empty() {
            more(t!("mock-report-follow-ups", n = a.led_to.len()));
        }
        let mut line = vec![Span::raw(pad.clone())];
        line.extend(facts);
        out.push(Line::from(line));
        let missed: Vec<&str> = a.missed().collect();
        if !missed.is_empty() {
            out.push(Line::styled(
                format!(
                    "{pad}{}",
                    t!(
                        "mock-report-missed-points",
                        points = text::one_line(&missed.join("; "))
                    )
                ),
                t.dim(),
            ));
        }
        let rating = a
            .attempt_id
            .as_ref()
            .and_then(|id| s.ratings.get(id))
            .map(|&r| labels::rating(r).unwrap_or_else(|| "?".into()));
        let rated = rating.is_some();
        let state = match rating {
            Some(r) => t!("mock-report-rated", rating = r),
            None if selected => t!("mock-report-rate-it"),
            None => t!("mock-report-not-rated"),
        };
        out.push(Line::styled(
            format!("{pad}{state}"),
            if rated { t.dim() } else { t.warn() },
        ));
    }
    (out, starts)
}

pub fn draw(frame: &mut Frame, area: Rect, s: &mut MockReportState, env: &Env) {
    let t = &env.theme;
    let (lines, starts) = lines(s, env);
    let block = titled(t, &t!("mock-report-title"));
    let inner = block.inner(area);
    let w = inner.width.max(1);
    let total = wrapped_rows(&lines, w);
    let max = total.saturating_sub(inner.height);
    s.max_scroll.set(max);
    // Keep the answer being rated on screen once the selection moves.
    if std::mem::take(&mut s.follow_selection)
        && let Some(i) = s.selected
        && let Some(&start) = starts.get(i)
    {
        let top = wrapped_rows(&lines[..start], w);
        let end = wrapped_rows(&lines[..(start + 4).min(lines.len())], w);
        if top < s.scroll {
            s.scroll = top;
        } else if end > s.scroll + inner.height {
            s.scroll = end.saturating_sub(inner.height);
        }
    }
    s.scroll = s.scroll.min(max);
    frame.render_widget(Wrapped::new(lines).scroll((s.scroll, 0)).block(block), area);
}

/// The past interviews, latest first.
pub struct MockHistoryState {
    pub mocks: Vec<MockRecord>,
    pub selected: usize,
}

impl MockHistoryState {
    pub fn new(mocks: Vec<MockRecord>) -> MockHistoryState {
        MockHistoryState { mocks, selected: 0 }
    }
}

pub fn on_history_key(h: &mut MockHistoryState, action: Option<Action>) -> Effect {
    match action {
        Some(Action::Down) => h.selected = (h.selected + 1).min(h.mocks.len().saturating_sub(1)),
        Some(Action::Up) => h.selected = h.selected.saturating_sub(1),
        Some(Action::Back) => return Effect::Home,
        Some(Action::Select) => {
            if let Some(m) = h.mocks.get(h.selected) {
                return Effect::OpenMock(m.id.clone());
            }
        }
        _ => {}
    }
    Effect::None
}

/// One past interview as a row: when, what, how long against its minutes.
pub fn history_row(m: &MockRecord, env: &Env) -> String {
    let answered = m.items.iter().filter(|i| i.attempt_id.is_some()).count();
    t!(
        "mock-history-row",
        date = env.day.date_time(m.started_at),
        round = labels::round(m.round),
        role = text::one_line(&crate::feedback::role::role_name(&m.role)),
        language = text::one_line(&crate::i18n::language_name(&m.language)),
        took = clock(m.elapsed_ms),
        limit = clock(Duration::from_mins(i64::from(m.minutes))),
        n = answered
    )
}

pub fn draw_history(frame: &mut Frame, area: Rect, h: &MockHistoryState, env: &Env) {
    let t: &Theme = &env.theme;
    let title = t!("mock-history-title");
    if h.mocks.is_empty() {
        frame.render_widget(
            Wrapped::new(t!("mock-history-empty")).block(titled(t, &title)),
            area,
        );
        return;
    }
    // Inside the border, after the "› " every row is indented by.
    let width = usize::from(area.width).saturating_sub(4);
    let items: Vec<ListItem> = h
        .mocks
        .iter()
        .map(|m| ListItem::new(text::truncate(&history_row(m, env), width)))
        .collect();
    let mut state = ListState::default().with_selected(Some(h.selected));
    frame.render_stateful_widget(
        List::new(items)
            .block(titled(t, &title))
            .highlight_style(t.selected())
            .highlight_symbol("› "),
        area,
        &mut state,
    );
}
