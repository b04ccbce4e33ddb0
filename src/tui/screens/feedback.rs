//! Feedback after submitting: time, speaking time, key points (toggleable),
//! concreteness, fillers, STAR, the change since last time, notes and
//! follow-ups; then the rating. Its state is made once, when the answer is
//! saved (the analysis and the word diff included), not on every frame.

use crate::tui::wrap::Wrapped;
use std::cell::Cell;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::bank::AskWhen;
use crate::clock::LocalDay;
use crate::feedback::follow_ups::{self, Chosen, Reason};
use crate::feedback::{DiffPart, DiffStats, Feedback, RoleAdvice, Verdict, diff_stats, word_diff};
use crate::model::{self, Attempt};
use crate::practice::Asked;
use crate::schedule::Rating;
use crate::session::QuestionResult;
use crate::text;
use crate::tui::effect::{Confirm, Effect};
use crate::tui::env::Env;
use crate::tui::format::{RATINGS, clock, diff_lines, fit_title, rating_label, titled};
use crate::tui::keymap::Action;
use crate::tui::theme::Theme;

pub struct FeedbackState {
    pub asked: Asked,
    pub attempt: Attempt,
    pub feedback: Feedback,
    /// Key points and talking points, with the user's toggles applied.
    pub points: Vec<PointRow>,
    pub selected: usize,
    pub previous: Option<Attempt>,
    /// The word diff against the previous version, made once.
    pub diff: Option<(Vec<DiffPart>, DiffStats)>,
    pub scroll: u16,
    pub follow_up_queued: Option<usize>,
    /// The follow-ups an interviewer would ask after this answer, in the
    /// order `f` offers them: those whose condition holds, then plain ones.
    pub follow_up_order: Vec<Chosen>,
    /// Side by side with the previous version (the default in review).
    pub compare: bool,
    /// How far the page can scroll, as last drawn.
    pub max_scroll: Cell<u16>,
    /// Rating an answer saved earlier (from the backlog), not one just given.
    pub earlier: bool,
    /// A problem met while making it, for the footer.
    pub note: Option<String>,
    /// How the answer reads, role by role, against the role applied for.
    pub role: RoleAdvice,
    /// The facts of your story for this question, used or left out.
    pub story: Vec<FactRow>,
}

/// One fact of your story against the answer.
#[derive(Debug, Clone, PartialEq)]
pub struct FactRow {
    pub project: String,
    pub text: String,
    pub used: bool,
    /// Said, but without some of its numbers.
    pub partly: bool,
    pub missing_numbers: Vec<String>,
    /// Where in the answer it was said (byte ranges).
    pub spans: Vec<(usize, usize)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PointRow {
    pub text: String,
    pub covered: bool,
    pub matched: Option<String>,
    pub auto: bool,
    pub talking_point: bool,
    /// The terms it is matched on, shown for the selected point.
    pub terms: Vec<String>,
    /// Where in the answer it matched (byte ranges).
    pub spans: Vec<(usize, usize)>,
    /// A term that appeared only in a negated clause.
    pub negated: Option<String>,
    /// A talking point's numbers the answer did not say.
    pub missing_numbers: Vec<String>,
}

impl FeedbackState {
    /// The feedback on a saved answer, analysed with the question's key
    /// points and the user's talking points.
    pub fn new(
        asked: Asked,
        attempt: Attempt,
        previous: Option<Attempt>,
        earlier: bool,
        env: &Env,
    ) -> FeedbackState {
        let (talking, note) = match env.store.talking_points(&asked.key) {
            Ok(t) => (t.unwrap_or_default(), None),
            Err(e) => (
                String::new(),
                Some(crate::t!(
                    "practice-feedback-talking-points-unread",
                    error = e.to_string()
                )),
            ),
        };
        let fb = crate::practice::analyze(&asked.question, &talking, &attempt.text, &env.rates());
        let n_key = asked.question.key_points.len();
        let mut terms: Vec<Vec<String>> = asked
            .question
            .key_points
            .iter()
            .map(|k| crate::bank::owned(&k.terms))
            .collect();
        terms.extend(
            talking
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(crate::bank::significant_words),
        );
        let points = fb
            .coverage
            .iter()
            .enumerate()
            .map(|(i, h)| PointRow {
                text: h.text.clone(),
                covered: h.covered,
                matched: h.matched.clone(),
                auto: h.covered,
                talking_point: i >= n_key,
                terms: terms.get(i).cloned().unwrap_or_default(),
                spans: h.spans.clone(),
                negated: h.negated.clone(),
                missing_numbers: h.missing_numbers.clone(),
            })
            .collect();
        let diff = previous.as_ref().map(|p| {
            let parts = word_diff(&p.text, &attempt.text);
            let st = diff_stats(&parts);
            (parts, st)
        });
        let follow_up_order =
            follow_ups::choose(&attempt.text, &asked.question.follow_ups, usize::MAX);
        let story = crate::story::answer_facts(env.story, &asked.question, &attempt.text)
            .into_iter()
            .map(|h| FactRow {
                project: h.fact.project.name.clone(),
                text: h.fact.text.to_string(),
                used: h.used,
                partly: h.partly,
                missing_numbers: h.missing_numbers,
                spans: h.spans,
            })
            .collect();
        let role = role_advice(&attempt.text, env);
        FeedbackState {
            asked,
            attempt,
            feedback: fb,
            points,
            selected: 0,
            previous,
            diff,
            scroll: 0,
            follow_up_order,
            follow_up_queued: None,
            compare: false,
            max_scroll: Cell::new(0),
            earlier,
            note,
            story,
            role,
        }
    }

    /// The summary row for this answer.
    pub fn result(&self) -> QuestionResult {
        let key_points = self.points.iter().filter(|p| !p.talking_point).count();
        let covered = self
            .points
            .iter()
            .filter(|p| !p.talking_point && p.covered)
            .count();
        QuestionResult {
            key: self.asked.key.clone(),
            prompt: self.asked.question.prompt.clone(),
            duration_ms: self.attempt.duration_ms,
            time_limit_s: self.attempt.time_limit_s,
            words: self.feedback.stats.words,
            covered,
            key_points,
            rating: None,
            next_due: None,
        }
    }

    /// Whether `f` offers a follow-up (in a session, for a question that has
    /// them, on the answer just given).
    pub fn offers_follow_ups(&self, in_session: bool) -> bool {
        in_session && !self.earlier && !self.follow_up_order.is_empty()
    }
}

/// The answer's role profile against the target role; the story is read
/// only when the answer leans away (for the target role's words in it).
fn role_advice(text: &str, env: &Env) -> RoleAdvice {
    let profile = crate::feedback::role_profile(text);
    let target = env.settings.target_role.as_deref();
    let story = target
        .filter(|t| profile.leans_away(t).is_some())
        .and_then(|_| crate::stats::stored_story(env.store).ok())
        .filter(|s| !s.is_empty())
        .map(|s| crate::stats::story_profile(&s));
    RoleAdvice::new(profile, target, story.as_ref())
}

/// "Reads as   frontend 80 % · backend 20 % (applying for backend)", and
/// when it leans away from that role, what pulled it and what the story
/// could have given; nothing for an answer that names no role word.
fn role_lines<'a>(role: &RoleAdvice, t: &Theme, labels: &Labels) -> Vec<Line<'a>> {
    let Some(reads) = role.reads_as() else {
        return Vec::new();
    };
    let style = if role.profile.is_decided() {
        Style::new()
    } else {
        t.dim()
    };
    let mut first = vec![
        Span::styled(
            labels.pad(&crate::t!("practice-feedback-reads-as")),
            t.dim(),
        ),
        Span::styled(text::one_line(&reads), style),
    ];
    if let Some(target) = &role.target_role {
        first.push(Span::styled(
            format!(
                " {}",
                crate::t!(
                    "practice-feedback-applying-for",
                    role = text::one_line(&crate::feedback::role::role_name(target))
                )
            ),
            t.dim(),
        ));
    }
    let mut out = vec![Line::from(first)];
    if let Some(lean) = role.lean_sentence() {
        out.push(Line::from(vec![
            Span::styled(labels.mark("! "), t.warn()),
            Span::styled(text::one_line(&lean), t.warn()),
        ]));
    }
    out
}

/// The labels of the first lines (Time, Speaking, Reads as), padded to
/// one column by display width, whatever the language.
struct Labels {
    width: usize,
}

impl Labels {
    fn new() -> Labels {
        let width = [
            crate::t!("practice-feedback-time"),
            crate::t!("practice-feedback-speaking"),
            crate::t!("practice-feedback-reads-as"),
        ]
        .iter()
        .map(|l| text::width(l))
        .max()
        .unwrap_or(0)
            + 3;
        Labels { width }
    }

    /// `label`, then spaces to the column.
    fn pad(&self, label: &str) -> String {
        crate::tui::format::pad(label, self.width)
    }

    /// Spaces, then `mark` ending at the column.
    fn mark(&self, mark: &str) -> String {
        crate::tui::format::pad_start(mark, self.width)
    }
}

pub fn on_key(f: &mut FeedbackState, action: Option<Action>, in_session: bool) -> Effect {
    let max = f.max_scroll.get();
    let has_points = !f.points.is_empty();
    match action {
        Some(Action::Down) if has_points => f.selected = (f.selected + 1).min(f.points.len() - 1),
        Some(Action::Up) if has_points => f.selected = f.selected.saturating_sub(1),
        Some(Action::Down) => f.scroll = f.scroll.saturating_add(1).min(max),
        Some(Action::Up) => f.scroll = f.scroll.saturating_sub(1),
        Some(Action::Right) => f.scroll = f.scroll.saturating_add(10).min(max),
        Some(Action::Left) => f.scroll = f.scroll.saturating_sub(10),
        Some(Action::Toggle) => {
            if let Some(p) = f.points.get_mut(f.selected) {
                p.covered = !p.covered;
            }
        }
        Some(Action::FollowUp) if f.offers_follow_ups(in_session) => {
            let order = &f.follow_up_order;
            let at = f
                .follow_up_queued
                .and_then(|q| order.iter().position(|c| c.index == q))
                .map_or(0, |i| (i + 1) % order.len());
            let next = order[at].index;
            f.follow_up_queued = Some(next);
            let ask = f
                .asked
                .question
                .follow_ups
                .get(next)
                .map_or("", |x| x.ask.as_str());
            let ask = text::truncate(&text::one_line(ask), 60);
            return Effect::Flash(if order.len() > 1 {
                crate::t!("practice-feedback-next-follow-up-more", ask = ask)
            } else {
                crate::t!("practice-feedback-next-follow-up", ask = ask)
            });
        }
        Some(Action::Rate(r)) => return Effect::Rate(r),
        Some(Action::ToggleView) if f.previous.is_some() => {
            f.compare = !f.compare;
            f.scroll = 0;
        }
        Some(Action::Back) => return Effect::Confirm(Confirm::SkipRating),
        _ => {}
    }
    Effect::None
}

pub fn draw(frame: &mut Frame, area: Rect, f: &FeedbackState, env: &Env) {
    let t = &env.theme;
    if f.compare
        && let Some(prev) = &f.previous
    {
        return draw_compare(frame, area, f, prev, t, &env.day);
    }
    let lines = lines(f, t, env);
    let scroll = clamp_scroll(f, &lines, area);
    let title = fit_title(
        &crate::t!(
            "practice-feedback-title",
            prompt = text::truncate(&text::one_line(&f.asked.question.prompt), 60)
        ),
        area.width,
    );
    frame.render_widget(
        Wrapped::new(lines)
            .scroll((scroll, 0))
            .block(titled(t, &title)),
        area,
    );
}

fn heading<'a>(t: &Theme, s: &str) -> Line<'a> {
    Line::styled(s.to_string(), t.title())
}

fn evidence(items: &[impl AsRef<str>]) -> String {
    items
        .iter()
        .map(|s| text::one_line(s.as_ref()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The answer as typed, each matched phrase marked: the selected point's
/// in the selection style, the other covered points' in green. Without
/// colour the phrases are also bracketed, «like this».
fn highlighted<'a>(f: &FeedbackState, t: &Theme) -> Vec<Line<'a>> {
    let text = &f.attempt.text;
    let mut marks: Vec<(usize, usize, bool)> = Vec::new();
    for (i, p) in f.points.iter().enumerate() {
        if p.covered || i == f.selected {
            marks.extend(p.spans.iter().map(|&(a, b)| (a, b, i == f.selected)));
        }
    }
    for fact in f.story.iter().filter(|r| r.used) {
        marks.extend(fact.spans.iter().map(|&(a, b)| (a, b, false)));
    }
    marks.retain(|&(a, b, _)| {
        a < b && b <= text.len() && text.is_char_boundary(a) && text.is_char_boundary(b)
    });
    marks.sort();
    let mut lines = vec![Line::from(" ")];
    let push = |piece: &str, style: Style, lines: &mut Vec<Line<'a>>| {
        for (i, part) in piece.split('\n').enumerate() {
            if i > 0 {
                lines.push(Line::from(" "));
            }
            if !part.is_empty()
                && let Some(last) = lines.last_mut()
            {
                last.push_span(Span::styled(text::sanitize(part, true), style));
            }
        }
    };
    let mut at = 0;
    for (a, b, selected) in marks {
        if a < at {
            continue; // overlaps one already marked
        }
        push(&text[at..a], Style::new(), &mut lines);
        let style = if selected { t.selected() } else { t.good() };
        let phrase = if t.color {
            text[a..b].to_string()
        } else {
            format!("«{}»", &text[a..b])
        };
        push(&phrase, style, &mut lines);
        at = b;
    }
    push(&text[at..], Style::new(), &mut lines);
    lines
}

/// Records how far this page can scroll (so ←/→ stop at its end) and
/// gives the scroll to draw with.
fn clamp_scroll(f: &FeedbackState, lines: &[Line], area: Rect) -> u16 {
    let max = crate::tui::format::wrapped_rows(lines, area.width.saturating_sub(2))
        .saturating_sub(area.height.saturating_sub(2));
    f.max_scroll.set(max);
    f.scroll.min(max)
}

pub fn lines<'a>(f: &FeedbackState, t: &Theme, env: &Env) -> Vec<Line<'a>> {
    let (wpm, spm) = (env.settings.english_wpm, env.settings.hangul_spm);
    let fb = &f.feedback;
    let labels = Labels::new();
    let mut out: Vec<Line> = Vec::new();
    let limit = model::Span::from_secs(i64::from(f.attempt.time_limit_s));
    let took = f.attempt.duration_ms;
    let (verdict, style) = if took <= limit {
        (
            crate::t!(
                "practice-feedback-within-limit",
                took = clock(took),
                limit = clock(limit)
            ),
            t.good(),
        )
    } else {
        (
            crate::t!(
                "practice-feedback-over-limit",
                took = clock(took),
                limit = clock(limit),
                over = clock(took - limit)
            ),
            t.bad(),
        )
    };
    out.push(Line::from(vec![
        Span::styled(labels.pad(&crate::t!("practice-feedback-time")), t.dim()),
        Span::styled(verdict, style),
    ]));
    let speaking = model::Span::from_secs_f64(fb.stats.speaking_secs);
    let speak_style = if speaking > limit {
        t.warn()
    } else {
        Style::new()
    };
    out.push(Line::from(vec![
        Span::styled(
            labels.pad(&crate::t!("practice-feedback-speaking")),
            t.dim(),
        ),
        Span::styled(
            crate::t!("practice-feedback-out-loud", time = clock(speaking)),
            speak_style,
        ),
        Span::styled(
            format!(
                " {}",
                crate::t!(
                    "practice-feedback-speaking-basis",
                    words = fb.stats.words,
                    chars = fb.stats.chars,
                    wpm = format!("{wpm:.0}"),
                    spm = format!("{spm:.0}")
                )
            ),
            t.dim(),
        ),
    ]));
    out.extend(role_lines(&f.role, t, &labels));
    out.push(Line::from(""));

    let keyed = f.points.iter().filter(|p| !p.talking_point).count();
    let covered = f
        .points
        .iter()
        .filter(|p| !p.talking_point && p.covered)
        .count();
    let mut key_points = crate::t!(
        "practice-feedback-key-points",
        covered = covered,
        total = keyed
    );
    if !f.points.is_empty() {
        key_points.push_str(&format!(
            "   {}",
            crate::t!("practice-feedback-key-points-keys")
        ));
    }
    out.push(heading(t, &key_points));
    if f.points.is_empty() {
        out.push(Line::styled(
            format!("  {}", crate::t!("practice-feedback-no-key-points")),
            t.dim(),
        ));
    }
    let mut shown_tp_heading = false;
    for (i, p) in f.points.iter().enumerate() {
        if p.talking_point && !shown_tp_heading {
            out.push(heading(t, &crate::t!("practice-feedback-talking-points")));
            shown_tp_heading = true;
        }
        let mark = if p.covered { "[x]" } else { "[ ]" };
        let why = match (&p.matched, p.covered, p.auto) {
            (Some(m), true, true) => Some(crate::t!(
                "practice-feedback-point-found",
                phrase = text::one_line(m)
            )),
            (_, true, false) => Some(crate::t!("practice-feedback-point-marked")),
            (_, false, true) => Some(crate::t!("practice-feedback-point-unmarked")),
            _ => match (&p.negated, p.missing_numbers.is_empty()) {
                (Some(n), _) => Some(crate::t!(
                    "practice-feedback-point-negated",
                    phrase = text::one_line(n)
                )),
                (None, false) => Some(missing_numbers(&p.missing_numbers)),
                (None, true) => None,
            },
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
            Span::styled(why.map(|w| format!("  — {w}")).unwrap_or_default(), t.dim()),
        ]));
        if i == f.selected && !p.terms.is_empty() {
            out.push(Line::styled(
                format!(
                    "     {}",
                    crate::t!("practice-feedback-matched-on", terms = evidence(&p.terms))
                ),
                t.dim(),
            ));
        }
    }
    if !f.story.is_empty() {
        out.push(Line::from(""));
        out.extend(story_lines(&f.story, t));
    }
    out.push(Line::from(""));
    out.push(heading(t, &crate::t!("practice-feedback-your-answer")));
    out.extend(highlighted(f, t));
    out.push(Line::from(""));

    // The checks that fit this kind of question; the others are not shown.
    out.push(heading(t, &crate::t!("practice-feedback-checks")));
    let check = |ok: bool| {
        if ok {
            ("✓", t.good())
        } else {
            ("✗", t.warn())
        }
    };
    for c in fb
        .checks
        .iter()
        .filter(|c| c.verdict != Verdict::NotApplicable)
    {
        let (m, st) = check(c.verdict == Verdict::Pass);
        out.push(Line::from(vec![
            Span::styled(format!(" {m} {}: ", text::one_line(&c.label)), st),
            Span::raw(text::one_line(&c.why)),
        ]));
    }
    if !fb.fillers.is_empty() {
        let list: Vec<String> = fb
            .fillers
            .iter()
            .map(|(w, n)| format!("{} ×{n}", text::one_line(w)))
            .collect();
        out.push(Line::from(vec![
            Span::styled(
                format!(" ! {}: ", crate::t!("practice-feedback-fillers")),
                t.warn(),
            ),
            Span::raw(list.join(", ")),
        ]));
    }
    if let Some(star) = &fb.star {
        out.push(Line::from(""));
        out.push(heading(t, "STAR"));
        let names = [
            crate::t!("practice-feedback-star-situation"),
            crate::t!("practice-feedback-star-task"),
            crate::t!("practice-feedback-star-action"),
            crate::t!("practice-feedback-star-result"),
        ];
        // One column for what was said, by display width: "Situation " is
        // ten cells, 상황 four.
        let col = names.iter().map(|n| text::width(n)).max().unwrap_or(0) + 1;
        for (name, part) in
            names
                .iter()
                .zip([&star.situation, &star.task, &star.action, &star.result])
        {
            let (m, s) = check(part.is_some());
            out.push(Line::from(vec![
                Span::styled(format!(" {m} {}", crate::tui::format::pad(name, col)), s),
                Span::styled(
                    part.as_deref()
                        .map(text::one_line)
                        .unwrap_or_else(|| crate::t!("practice-feedback-star-missing")),
                    t.dim(),
                ),
            ]));
        }
    }
    if let (Some(prev), Some((parts, st))) = (&f.previous, &f.diff) {
        out.push(Line::from(""));
        let when = env.day.date(prev.submitted_at);
        out.push(heading(
            t,
            &crate::t!(
                "practice-feedback-since-last",
                when = when.to_string(),
                added = st.inserted_words,
                removed = st.deleted_words
            ),
        ));
        out.extend(diff_lines(parts, t));
    }
    if let Some(n) = &f.asked.question.notes {
        out.push(Line::from(""));
        out.push(heading(t, &crate::t!("practice-feedback-notes")));
        for l in text::sanitize(n, true).lines() {
            out.push(Line::from(format!(" {l}")));
        }
    }
    if !f.asked.question.follow_ups.is_empty() {
        out.push(Line::from(""));
        out.push(heading(t, &crate::t!("practice-feedback-follow-ups")));
        // The ones this answer brings first, with why; then the ones whose
        // condition did not hold, dimmed, with what would have brought them.
        let chosen = f.follow_up_order.iter().map(|c| (c.index, Some(&c.reason)));
        let others = (0..f.asked.question.follow_ups.len())
            .filter(|i| !f.follow_up_order.iter().any(|c| c.index == *i))
            .map(|i| (i, None));
        for (i, reason) in chosen.chain(others) {
            let Some(q) = f.asked.question.follow_ups.get(i) else {
                continue;
            };
            let queued = f.follow_up_queued == Some(i);
            let style = match (queued, reason) {
                (true, _) => t.warn(),
                (false, None) => t.dim(),
                (false, Some(_)) => Style::new(),
            };
            let why = match (reason, &q.when) {
                (Some(Reason::Mentioned(term)), _) => Some(crate::t!(
                    "practice-feedback-follow-up-mentioned",
                    term = text::one_line(term)
                )),
                (Some(Reason::Missed(terms)), _) => Some(crate::t!(
                    "practice-feedback-follow-up-missed",
                    terms = evidence(terms)
                )),
                (Some(Reason::InOrder), _) | (None, AskWhen::Always) => None,
                (None, AskWhen::Mentions(terms)) => Some(crate::t!(
                    "practice-feedback-follow-up-if-mentioned",
                    terms = evidence(terms)
                )),
                (None, AskWhen::Missing(terms)) => Some(crate::t!(
                    "practice-feedback-follow-up-if-missing",
                    terms = evidence(terms)
                )),
            };
            out.push(Line::styled(
                format!(
                    " {} {}{}",
                    if queued { "→" } else { "·" },
                    text::one_line(&q.ask),
                    why.map(|w| format!(" {w}")).unwrap_or_default()
                ),
                style,
            ));
        }
    }
    out.push(Line::from(""));
    let mut rate = vec![Span::styled(
        format!("{} ", crate::t!("practice-feedback-rate")),
        t.title(),
    )];
    for (i, r) in RATINGS.into_iter().enumerate() {
        rate.push(Span::styled((i + 1).to_string(), t.key()));
        let gap = if i + 1 < RATINGS.len() { "  " } else { "" };
        rate.push(Span::raw(format!(" {}{gap}", rating_label(r))));
    }
    out.push(Line::from(rate));
    out
}

/// "you didn't say 40%, 3x": the numbers of a point or a fact the answer
/// left out.
fn missing_numbers(numbers: &[String]) -> String {
    crate::t!(
        "practice-feedback-missing-numbers",
        numbers = evidence(numbers)
    )
}

/// "Your story": the facts for this question the answer used, said
/// without their numbers (named), or left out; by project when there are
/// several.
fn story_lines<'a>(rows: &[FactRow], t: &Theme) -> Vec<Line<'a>> {
    let used = rows.iter().filter(|r| r.used).count();
    let mut out = vec![heading(
        t,
        &crate::t!("practice-feedback-story", used = used, total = rows.len()),
    )];
    let several = rows.iter().any(|r| r.project != rows[0].project);
    let mut project: Option<&str> = None;
    for r in rows {
        if several && project != Some(r.project.as_str()) {
            out.push(Line::styled(
                format!(" {}", text::one_line(&r.project)),
                t.dim(),
            ));
            project = Some(&r.project);
        }
        let (mark, style, why) = if r.used {
            ("[x]", t.good(), String::new())
        } else if r.partly {
            (
                "[~]",
                t.warn(),
                format!("  — {}", missing_numbers(&r.missing_numbers)),
            )
        } else {
            (
                "[ ]",
                Style::new(),
                format!("  — {}", crate::t!("practice-feedback-fact-left-out")),
            )
        };
        out.push(Line::from(vec![
            Span::styled(format!(" {mark} {}", text::one_line(&r.text)), style),
            Span::styled(why, t.dim()),
        ]));
    }
    out
}

/// The previous version beside the new one, then the word diff.
fn draw_compare(
    frame: &mut Frame,
    area: Rect,
    f: &FeedbackState,
    prev: &Attempt,
    t: &Theme,
    day: &LocalDay,
) {
    use ratatui::layout::{Constraint, Layout};
    let [top, bottom] =
        Layout::vertical([Constraint::Percentage(55), Constraint::Min(4)]).areas(area);
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(top);
    let when = day.date(prev.submitted_at);
    let rating = prev
        .rating
        .and_then(Rating::from_u8)
        .map_or_else(|| crate::t!("practice-feedback-unrated"), rating_label);
    let left_title = crate::t!(
        "practice-feedback-last-time",
        when = when.to_string(),
        took = clock(prev.duration_ms),
        rating = rating
    );
    let right_title = crate::t!("practice-feedback-now", took = clock(f.attempt.duration_ms));
    for (area, title, body) in [
        (left, left_title, &prev.text),
        (right, right_title, &f.attempt.text),
    ] {
        frame.render_widget(
            Wrapped::new(text::sanitize(body, true))
                .block(titled(t, &fit_title(&title, area.width))),
            area,
        );
    }
    let Some((parts, st)) = &f.diff else {
        return;
    };
    let mut lines = diff_lines(parts, t);
    lines.push(Line::from(""));
    lines.push(Line::styled(
        format!(
            "{}   {}",
            crate::t!("practice-rate-keys"),
            crate::t!("practice-feedback-compare-details")
        ),
        t.key(),
    ));
    let title = fit_title(
        &crate::t!(
            "practice-feedback-changes",
            added = st.inserted_words,
            removed = st.deleted_words
        ),
        bottom.width,
    );
    let scroll = clamp_scroll(f, &lines, bottom);
    frame.render_widget(
        Wrapped::new(lines)
            .scroll((scroll, 0))
            .block(titled(t, &title)),
        bottom,
    );
}
