//! The answer screen: the question, the countdown gauge (red overtime, never
//! a cut-off), the editor with the real cursor, live counts, and beside
//! them the facts of your story for this question (Ctrl+T); its keys.

use crate::tui::wrap::Wrapped;
use std::cell::Cell;

use crossterm::event::KeyEvent;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Gauge, Paragraph};

use crate::feedback::{self, Rates, TextStats};
use crate::model::{self, Draft, Instant};
use crate::practice::Asked;
use crate::session::Timer;
use crate::text;
use crate::tui::editor::AnswerEditor;
use crate::tui::effect::Effect;
use crate::tui::env::Env;
use crate::tui::format::{clock, cut_spans, fit_spans, fit_title, time_left, titled};
use crate::tui::keymap::Action;
use crate::tui::theme::Theme;

pub struct AnswerState {
    pub asked: Asked,
    pub editor: AnswerEditor,
    pub timer: Timer,
    pub started_at: Instant,
    pub saved_revision: u64,
    pub last_save: Instant,
    /// Why the text on screen could not be saved, while that lasts.
    pub save_error: Option<String>,
    /// The facts of your story for this question, beside the editor.
    pub story: StoryPanel,
    stats_cache: (u64, TextStats),
}

/// Your story's facts for the question being answered, shown beside the
/// editor: by default for questions about you in practice and review, on
/// a screen wide enough; never by default in a mock. Ctrl+T shows or
/// hides it, whatever the default.
#[derive(Debug, Clone, Default)]
pub struct StoryPanel {
    /// (project name, fact), most relevant first.
    pub facts: Vec<(String, String)>,
    /// Shown without asking (on a wide enough screen).
    pub by_default: bool,
    /// What Ctrl+T last asked for on this question.
    pub choice: Option<bool>,
    /// The width the screen was last drawn at, for what Ctrl+T toggles.
    drawn_width: Cell<u16>,
}

/// Below this width the panel shows only when asked for.
pub const PANEL_AUTO_WIDTH: u16 = 90;
/// Below this width it does not show at all: the editor keeps its room.
pub const PANEL_MIN_WIDTH: u16 = 60;

impl StoryPanel {
    /// The panel for `q` from `story`; `mock` keeps it hidden by default.
    pub fn new(story: &crate::story::Story, q: &crate::bank::Question, mock: bool) -> StoryPanel {
        use crate::bank::Kind;
        let facts: Vec<(String, String)> = crate::story::relevant(story, q)
            .iter()
            .map(|f| (f.project.name.clone(), f.text.to_string()))
            .collect();
        let about_you = matches!(q.kind, Kind::Intro | Kind::Behavioral | Kind::Experience);
        StoryPanel {
            by_default: about_you && !mock && !facts.is_empty(),
            facts,
            choice: None,
            drawn_width: Cell::new(0),
        }
    }

    /// Whether it shows on a screen `width` cells wide.
    pub fn visible(&self, width: u16) -> bool {
        !self.facts.is_empty()
            && width >= PANEL_MIN_WIDTH
            && match self.choice {
                Some(shown) => shown,
                None => self.by_default && width >= PANEL_AUTO_WIDTH,
            }
    }

    /// Ctrl+T: hides it when it shows, shows it when it does not.
    fn toggle(&mut self) -> Effect {
        if self.facts.is_empty() {
            return Effect::Flash(crate::t!("story-panel-nothing"));
        }
        let width = self.drawn_width.get();
        let shown = !self.visible(width);
        self.choice = Some(shown);
        if shown && width != 0 && width < PANEL_MIN_WIDTH {
            return Effect::Flash(crate::t!("story-panel-too-narrow", n = PANEL_MIN_WIDTH));
        }
        Effect::None
    }
}

impl AnswerState {
    /// A fresh answer to `asked` at `now`.
    pub fn new(asked: Asked, now: Instant) -> AnswerState {
        let timer = Timer::start(now, asked.question.time_limit);
        AnswerState::with(asked, "", timer, now, now)
    }

    /// The answer screen on a recovered draft: its text, and its timer
    /// going on from where it was.
    pub fn from_draft(asked: Asked, d: &Draft, now: Instant) -> AnswerState {
        let timer = Timer::resume_from(now, d.time_limit_s, d.elapsed_ms);
        AnswerState::with(asked, &d.text, timer, d.started_at, now)
    }

    fn with(
        asked: Asked,
        text: &str,
        timer: Timer,
        started_at: Instant,
        now: Instant,
    ) -> AnswerState {
        AnswerState {
            asked,
            editor: AnswerEditor::new(text),
            timer,
            started_at,
            saved_revision: 0,
            last_save: now,
            save_error: None,
            story: StoryPanel::default(),
            stats_cache: (u64::MAX, feedback::text_stats("", &Rates::default())),
        }
    }

    pub fn stats(&mut self, rates: &Rates) -> TextStats {
        if self.stats_cache.0 != self.editor.revision || self.editor.revision == 0 {
            self.stats_cache = (
                self.editor.revision,
                feedback::text_stats(&self.editor.text(), rates),
            );
        }
        self.stats_cache.1
    }

    /// The draft as it stands, in a session of `mode`.
    pub fn draft(&self, mode: &str, session_id: Option<String>, now: Instant) -> Draft {
        Draft {
            bank_id: self.asked.key.bank_id.clone(),
            question_id: self.asked.key.question_id.clone(),
            role: self.asked.role.clone(),
            prompt: self.asked.question.prompt.clone(),
            text: self.editor.text(),
            started_at: self.started_at,
            updated_at: now,
            elapsed_ms: self.timer.elapsed(now),
            mode: mode.to_string(),
            time_limit_s: self.asked.question.time_limit,
            session_id,
        }
    }

    /// With `panel` beside the editor.
    pub fn with_story(mut self, panel: StoryPanel) -> AnswerState {
        self.story = panel;
        self
    }

    /// Submitting failed: the text stays on screen with the error, which
    /// is returned for the footer.
    pub fn not_saved(&mut self, e: impl std::fmt::Display) -> String {
        let msg = crate::t!("practice-answer-not-saved", error = e.to_string());
        self.save_error = Some(msg.clone());
        msg
    }

    /// Whether the text changed since it was last saved.
    pub fn unsaved(&self) -> bool {
        self.editor.revision != self.saved_revision
    }
}

/// A key on the answer screen (`can_pause` is false in a mock interview).
pub fn on_key(
    a: &mut AnswerState,
    action: Option<Action>,
    ev: KeyEvent,
    can_pause: bool,
    now: Instant,
) -> Effect {
    let changed = match action {
        Some(Action::Submit) => return Effect::Submit,
        Some(Action::Menu) => return Effect::Menu,
        Some(Action::ExternalEditor) => return Effect::ExternalEditor,
        Some(Action::StoryPanel) => return a.story.toggle(),
        Some(Action::Pause) if can_pause => {
            a.timer.toggle_pause(now);
            false
        }
        Some(Action::Pause) => {
            return Effect::Flash(crate::mock::labels::no_pause());
        }
        Some(Action::Undo) => a.editor.undo(),
        Some(Action::Redo) => a.editor.redo(),
        _ if a.timer.is_paused() => {
            return Effect::Flash(crate::t!("practice-answer-paused-typing"));
        }
        _ => a.editor.input(ev),
    };
    if changed {
        Effect::Edited
    } else {
        Effect::None
    }
}

/// Typed or pasted text, as typed.
pub fn on_text(a: &mut AnswerState, text: &str) -> Effect {
    if a.timer.is_paused() {
        return Effect::Flash(crate::t!("practice-answer-paused-typing"));
    }
    a.editor.paste(text);
    Effect::Edited
}

/// The whole interview's clock, shown above the answer's own in a mock.
#[derive(Debug, Clone, PartialEq)]
pub struct Interview {
    pub clock: model::Span,
    pub limit: model::Span,
    pub segment: Option<model::Segment>,
    /// Why this follow-up is asked, when it is one.
    pub follow_up: Option<model::AskedBecause>,
}

/// Draws the answer screen; `position` is (question, of) in the session;
/// `interview` the mock interview's clock, in a mock.
pub fn draw(
    frame: &mut Frame,
    area: Rect,
    a: &mut AnswerState,
    env: &Env,
    position: Option<(usize, usize)>,
    interview: Option<&Interview>,
    now: Instant,
) {
    let rates = env.rates();
    let theme = env.theme;
    a.story.drawn_width.set(area.width);
    let area = if a.story.visible(area.width) {
        let panel_w = (area.width / 3).clamp(24, 44);
        let [main, panel] =
            Layout::horizontal([Constraint::Min(30), Constraint::Length(panel_w)]).areas(area);
        draw_panel(frame, panel, &a.story, &theme);
        main
    } else {
        area
    };
    let q = &a.asked.question;
    let prompt = match &a.asked.parent {
        // A follow-up is asked about what was just said: show what it follows.
        Some(parent) => format!(
            "{}\n{}",
            crate::t!(
                "practice-answer-follow-up-to",
                parent = text::truncate(&text::one_line(parent), 120)
            ),
            text::sanitize(&q.prompt, true)
        ),
        None => text::sanitize(&q.prompt, true),
    };
    let inner_w = area.width.saturating_sub(2).max(1) as usize;
    let prompt_rows: usize = prompt
        .lines()
        .map(|l| text::width(l).div_ceil(inner_w).max(1))
        .sum();
    let max_q = (area.height / 3).max(3);
    let q_height = (prompt_rows as u16 + 2).clamp(3, max_q);
    let [clock_area, q_area, gauge_area, edit_area, stats_area] = Layout::vertical([
        Constraint::Length(u16::from(interview.is_some())),
        Constraint::Length(q_height),
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(1),
    ])
    .areas(area);
    if let Some(i) = interview {
        frame.render_widget(
            Paragraph::new(cut_spans(interview_line(i, &theme), clock_area.width)),
            clock_area,
        );
    }

    // Labels of what is asked, joined as a list: the role and the bank
    // are the bank's own words.
    let mut parts: Vec<String> = Vec::new();
    if let Some((i, n)) = position {
        parts.push(crate::t!("practice-answer-position", i = i, n = n));
    }
    match interview.and_then(|i| i.segment) {
        // In a mock the part of the interview is what the room would say.
        Some(seg) => parts.push(segment_label(seg)),
        None => {
            parts.push(a.asked.role.clone());
            parts.push(a.asked.question.kind.to_string());
            parts.push(a.asked.bank_title.clone());
            if let Some(l) = q.level {
                parts.push(level_label(l));
            }
        }
    }
    let title = fit_title(&parts.join(" · "), q_area.width);
    frame.render_widget(Wrapped::new(prompt).block(titled(&theme, &title)), q_area);

    let remaining = a.timer.remaining(now);
    let over = remaining.is_negative();
    let label = if a.timer.is_paused() {
        crate::t!(
            "practice-answer-paused",
            left = clock(remaining.max(model::Span::ZERO))
        )
    } else if over {
        crate::t!(
            "practice-answer-overtime",
            over = clock(-remaining),
            limit = clock(a.timer.limit)
        )
    } else {
        time_left(remaining, a.timer.limit)
    };
    let label = text::truncate(&label, usize::from(gauge_area.width));
    let ratio = if over { 1.0 } else { a.timer.ratio(now) };
    let gauge_style = if over {
        theme.bad()
    } else {
        theme.gauge(false)
    };
    frame.render_widget(
        Gauge::default()
            .ratio(ratio)
            .label(Span::styled(label, gauge_style))
            .gauge_style(theme.gauge(over)),
        gauge_area,
    );

    let block = Block::default()
        .borders(Borders::ALL)
        .title(format!(" {} ", crate::t!("practice-answer-editor-title")));
    a.editor.render(frame, edit_area, block);

    if let Some(err) = &a.save_error {
        // Stays until a save works: the text is only on screen.
        let line = Line::styled(
            text::truncate(
                &text::one_line(&crate::t!("practice-answer-not-saved-line", error = err)),
                usize::from(stats_area.width),
            ),
            theme.bad(),
        );
        frame.render_widget(Paragraph::new(line), stats_area);
        return;
    }
    let stats = a.stats(&rates);
    // What matters most first: on a narrow screen the tail is left out.
    let mut spans = vec![
        Span::raw(crate::t!(
            "practice-answer-counts",
            chars = stats.chars,
            words = stats.words
        )),
        Span::styled(
            format!(
                " · {}",
                crate::t!(
                    "practice-answer-speaking",
                    time = clock(model::Span::from_secs_f64(stats.speaking_secs))
                )
            ),
            theme.title(),
        ),
        Span::styled(
            format!(
                " · {}",
                crate::t!(
                    "practice-answer-elapsed",
                    time = clock(a.timer.elapsed(now))
                )
            ),
            theme.dim(),
        ),
    ];
    if !a.story.facts.is_empty() && !a.story.visible(a.story.drawn_width.get()) {
        // The panel is there to be asked for, even where the footer has no room.
        spans.push(Span::styled(
            format!(
                " · {}",
                crate::t!("practice-answer-story-hint", n = a.story.facts.len())
            ),
            theme.dim(),
        ));
    }
    frame.render_widget(
        Paragraph::new(fit_spans(spans, stats_area.width)),
        stats_area,
    );
}

/// The story panel: each project's name, then its facts, each cut to a
/// few lines by display width; what does not fit is counted.
fn draw_panel(frame: &mut Frame, area: Rect, p: &StoryPanel, theme: &Theme) {
    let inner_w = usize::from(area.width.saturating_sub(2));
    let rows = usize::from(area.height.saturating_sub(2));
    let mut lines: Vec<Line> = Vec::new();
    let mut shown = 0;
    let mut last_project: Option<&str> = None;
    for (project, fact) in &p.facts {
        let mut block: Vec<Line> = Vec::new();
        if last_project != Some(project.as_str()) {
            if last_project.is_some() {
                block.push(Line::from(""));
            }
            block.push(Line::styled(
                text::truncate(&text::one_line(project), inner_w),
                theme.dim(),
            ));
        }
        for (i, l) in text::wrap(fact, inner_w.saturating_sub(2), 3)
            .into_iter()
            .enumerate()
        {
            block.push(Line::from(format!(
                "{} {l}",
                if i == 0 { "·" } else { " " }
            )));
        }
        // Keep a row for "… n more" unless this is the last fact.
        let left = p.facts.len() - shown - 1;
        let room = rows.saturating_sub(lines.len() + usize::from(left > 0));
        if block.len() > room {
            break;
        }
        lines.extend(block);
        last_project = Some(project);
        shown += 1;
    }
    if shown < p.facts.len() {
        lines.push(Line::styled(
            text::truncate(
                &crate::t!("story-panel-more", n = p.facts.len() - shown),
                inner_w,
            ),
            theme.dim(),
        ));
    }
    frame.render_widget(
        Paragraph::new(lines).block(titled(theme, &crate::t!("story-panel-title"))),
        area,
    );
}

/// "Interview 12:34 of 30:00": red past the round's minutes, with why a
/// follow-up is asked; the spans in order of importance.
fn interview_line(i: &Interview, theme: &crate::tui::theme::Theme) -> Vec<Span<'static>> {
    let over = i.clock > i.limit;
    let mut spans = vec![Span::styled(
        crate::mock::labels::interview_clock(i.clock, i.limit),
        if over { theme.bad() } else { theme.title() },
    )];
    if over {
        spans.push(Span::styled(
            format!(
                " · {}",
                crate::mock::labels::interview_over(i.clock - i.limit)
            ),
            theme.bad(),
        ));
    }
    if let Some(why) = &i.follow_up {
        spans.push(Span::styled(
            format!(" · {}", follow_up_reason(why)),
            theme.dim(),
        ));
    }
    spans
}

/// Why a follow-up is asked: "follow-up: you mentioned Redis". The terms
/// are the bank's; at most three of those missed are named.
fn follow_up_reason(why: &model::AskedBecause) -> String {
    match why {
        model::AskedBecause::Mentioned(term) => crate::t!(
            "practice-answer-follow-up-mentioned",
            term = text::one_line(term)
        ),
        model::AskedBecause::Missed(terms) => {
            let mut named: Vec<String> = terms.iter().take(3).map(|t| text::one_line(t)).collect();
            if terms.len() > 3 {
                named.push("…".into());
            }
            crate::t!("practice-answer-follow-up-missed", terms = named.join(", "))
        }
        model::AskedBecause::InOrder => crate::t!("practice-answer-follow-up"),
    }
}

/// The part of a mock interview, as the title names it.
pub fn segment_label(s: model::Segment) -> String {
    match s {
        model::Segment::Intro => crate::t!("practice-segment-intro"),
        model::Segment::Technical => crate::t!("practice-segment-technical"),
        model::Segment::Project => crate::t!("practice-segment-project"),
        model::Segment::Motivation => crate::t!("practice-segment-motivation"),
        model::Segment::Behavioral => crate::t!("practice-segment-behavioral"),
        model::Segment::Closing => crate::t!("practice-segment-closing"),
    }
}

/// A question's level, as the title names it.
fn level_label(l: crate::bank::Level) -> String {
    use crate::bank::Level;
    match l {
        Level::Junior => crate::t!("practice-level-junior"),
        Level::Mid => crate::t!("practice-level-mid"),
        Level::Senior => crate::t!("practice-level-senior"),
    }
}
