//! The home screen (due reviews, new questions per role, streak, last
//! session, the way into everything) and the banks list.

use crate::tui::wrap::Wrapped;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState};

use crate::store::{Instant, QuestionKey};
use crate::text;
use crate::tui::effect::{Confirm, Effect};
use crate::tui::env::Env;
use crate::tui::format::titled;
use crate::tui::keymap::Action;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HomeItem {
    Practice,
    Review,
    Mock,
    PastMocks,
    Story,
    Browse,
    Stats,
    Banks,
    Quit,
}

pub const HOME_ITEMS: [HomeItem; 9] = [
    HomeItem::Practice,
    HomeItem::Review,
    HomeItem::Mock,
    HomeItem::PastMocks,
    HomeItem::Story,
    HomeItem::Browse,
    HomeItem::Stats,
    HomeItem::Banks,
    HomeItem::Quit,
];

/// Numbers for the home screen, read from the store when it opens.
#[derive(Debug, Clone, Default)]
pub struct HomeData {
    pub due: u64,
    pub new_per_role: Vec<(String, usize)>,
    pub streak: u32,
    pub last_session: Option<String>,
    pub attempts: u64,
    /// Saved answers never rated.
    pub unrated: usize,
    /// Finished mock interviews.
    pub mocks: usize,
    /// The local date at the last refresh, for the interview countdown.
    pub today: chrono::NaiveDate,
    /// How the recent answers and the story read against the target role.
    pub role: crate::stats::RoleReport,
}

impl HomeData {
    pub fn load(env: &Env, now: Instant) -> crate::store::Result<HomeData> {
        let store = env.store;
        let mut data = HomeData {
            due: store.due_count(now)?,
            attempts: store.attempt_count()?,
            unrated: store.unrated_count()?,
            mocks: store.finished_mock_count()?,
            ..HomeData::default()
        };
        let cards: std::collections::HashSet<QuestionKey> =
            store.all_card_keys()?.into_iter().collect();
        for (role, banks) in env.lib.roles() {
            let n = banks
                .iter()
                .flat_map(|b| {
                    b.questions
                        .iter()
                        .map(move |q| QuestionKey::new(&b.id, &q.id))
                })
                .filter(|k| !cards.contains(k))
                .count();
            data.new_per_role.push((role.to_string(), n));
        }
        // The story as the app holds it: no second read of the store.
        data.role = crate::stats::role_report_from(
            &store.recent_answer_texts(crate::stats::RECENT_ANSWERS)?,
            env.story,
            env.settings.target_role.as_deref(),
        );
        let days = store.practice_days(env.day.offset_s(now))?;
        let today = env.day.today(now);
        data.streak = crate::stats::streak(&days, today);
        data.today = today;
        if let Some(s) = store.last_session()? {
            let n = text::count(s.questions as usize, "question", "questions");
            data.last_session = Some(format!(
                "{}, {}, {n}",
                env.day.date_time(s.started_at),
                s.mode
            ));
        }
        Ok(data)
    }
}

pub fn on_key(selected: &mut usize, action: Option<Action>) -> Effect {
    match action {
        Some(Action::Down) => *selected = (*selected + 1).min(HOME_ITEMS.len() - 1),
        Some(Action::Up) => *selected = selected.saturating_sub(1),
        Some(Action::Back) => return Effect::Confirm(Confirm::Quit),
        Some(Action::TargetRole) => return Effect::ChooseTargetRole,
        Some(Action::Select) => {
            return match HOME_ITEMS[*selected] {
                HomeItem::Practice => Effect::Setup,
                HomeItem::Review => Effect::Review,
                HomeItem::Mock => Effect::MockSetup,
                HomeItem::PastMocks => Effect::MockHistory,
                HomeItem::Story => Effect::Story,
                HomeItem::Browse => Effect::Browse,
                HomeItem::Stats => Effect::Stats,
                HomeItem::Banks => Effect::Banks,
                HomeItem::Quit => Effect::Quit,
            };
        }
        _ => {}
    }
    Effect::None
}

/// The banks list: ↑/↓ move, Esc home.
pub fn on_banks_key(selected: &mut usize, action: Option<Action>) -> Effect {
    match action {
        Some(Action::Down) => *selected += 1,
        Some(Action::Up) => *selected = selected.saturating_sub(1),
        Some(Action::Back) => return Effect::Home,
        _ => {}
    }
    Effect::None
}

pub fn draw(frame: &mut Frame, area: Rect, selected: usize, h: &HomeData, env: &Env) {
    let t = &env.theme;
    let [left, right] =
        Layout::horizontal([Constraint::Length(26), Constraint::Min(10)]).areas(area);
    let items: Vec<ListItem> = HOME_ITEMS
        .iter()
        .map(|i| {
            ListItem::new(match i {
                HomeItem::Practice => "Practice".to_string(),
                HomeItem::Review => format!("Review ({} due)", h.due),
                HomeItem::Mock => "Mock interview".into(),
                HomeItem::PastMocks => match h.mocks {
                    0 => "Past interviews".into(),
                    n => format!("Past interviews ({n})"),
                },
                HomeItem::Story => "My story".into(),
                HomeItem::Browse => "Browse answers".into(),
                HomeItem::Stats => "Stats".into(),
                HomeItem::Banks => "Banks".into(),
                HomeItem::Quit => "Quit".into(),
            })
        })
        .collect();
    let mut state = ListState::default().with_selected(Some(selected));
    frame.render_stateful_widget(
        List::new(items)
            .block(titled(t, "rehearse"))
            .highlight_style(t.selected())
            .highlight_symbol("› "),
        left,
        &mut state,
    );

    let mut lines = vec![
        Line::from(vec![
            Span::styled("Due for review today: ", t.dim()),
            Span::styled(h.due.to_string(), t.title()),
        ]),
        Line::from(vec![
            Span::styled("Practice streak: ", t.dim()),
            Span::raw(format!(
                "{} day{}",
                h.streak,
                if h.streak == 1 { "" } else { "s" }
            )),
        ]),
        Line::from(vec![
            Span::styled("Last session: ", t.dim()),
            Span::raw(h.last_session.clone().unwrap_or_else(|| "none yet".into())),
        ]),
        Line::from(vec![
            Span::styled("Answers saved: ", t.dim()),
            Span::raw(h.attempts.to_string()),
        ]),
    ];
    lines.extend(role_lines(h, env));
    if h.unrated > 0 {
        lines.push(Line::styled(
            if h.unrated == 1 {
                "1 answer waits for a rating: Review rates it first.".to_string()
            } else {
                format!(
                    "{} answers wait for a rating: Review rates them first.",
                    h.unrated
                )
            },
            t.warn(),
        ));
    }
    if let Some(d) = env.settings.interview_date {
        let days = (d - h.today).num_days();
        let when = match days {
            0 => "today".to_string(),
            1 => "tomorrow".to_string(),
            n if n > 1 => format!("in {n} days"),
            -1 => "yesterday".to_string(),
            n => format!("{} days ago", -n),
        };
        lines.push(Line::from(vec![
            Span::styled("Interview: ", t.dim()),
            Span::styled(format!("{d} ({when})"), t.warn()),
        ]));
    }
    lines.push(Line::from(""));
    lines.push(Line::styled("New questions per role", t.title()));
    for (role, n) in &h.new_per_role {
        lines.push(Line::from(format!(
            "  {:<22} {n:>4}",
            text::truncate(&text::one_line(role), 22)
        )));
    }
    if !env.lib.problems.is_empty() || !env.lib.notices.is_empty() {
        lines.push(Line::from(""));
        for p in problem_lines(&env.lib.problems, SHOWN_PROBLEMS) {
            lines.push(Line::styled(p, t.bad()));
        }
        for n in &env.lib.notices {
            lines.push(Line::styled(
                format!("notice: {}", text::one_line(n)),
                t.dim(),
            ));
        }
    }
    frame.render_widget(Wrapped::new(lines).block(titled(t, "Today")), right);
}

/// "Applying for: backend (r to change)", then how the recent answers and
/// the story read against it.
fn role_lines<'a>(h: &HomeData, env: &Env) -> Vec<Line<'a>> {
    let t = &env.theme;
    let (role, key) = match &env.settings.target_role {
        Some(r) => (text::one_line(r), "r to change"),
        None => ("not chosen".to_string(), "r to choose"),
    };
    let mut out = vec![Line::from(vec![
        Span::styled("Applying for: ", t.dim()),
        Span::styled(role, t.title()),
        Span::styled(format!(" ({key})"), t.dim()),
    ])];
    let target = env.settings.target_role.as_deref();
    for (line, profile) in [
        (&h.role.answers_line, Some(&h.role.answers)),
        (&h.role.story_line, h.role.story.as_ref()),
    ] {
        let Some(line) = line else { continue };
        let away = target.is_some_and(|t| {
            profile
                .and_then(|p| p.top())
                .is_some_and(|top| top.role != t)
        });
        let style = if away { t.warn() } else { t.dim() };
        out.push(Line::styled(format!("{}.", text::one_line(line)), style));
    }
    out
}

/// The role-applied-for popup: the vocabulary's roles, then none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RolePick {
    pub selected: usize,
    /// Asked unprompted on the first run (Esc: ask me later).
    pub first_run: bool,
    /// (id, label) of each role.
    pub roles: Vec<(String, String)>,
}

impl RolePick {
    /// The popup, on `current` when it is one of the roles.
    pub fn new(current: Option<&str>, first_run: bool) -> RolePick {
        let roles: Vec<(String, String)> = crate::feedback::role::Vocabulary::get()
            .roles
            .iter()
            .map(|r| (r.id.clone(), r.label.clone()))
            .collect();
        let selected = current
            .and_then(|c| roles.iter().position(|(id, _)| id == c))
            .unwrap_or(0);
        RolePick {
            selected,
            first_run,
            roles,
        }
    }
}

/// A key in the role popup: `None` keeps it open, else what to do on
/// closing it (Enter on "no particular role" and Esc on the first run
/// store "none", so the question is not asked again).
pub fn on_role_key(p: &mut RolePick, action: Option<Action>) -> Option<Effect> {
    let last = p.roles.len();
    match action {
        Some(Action::Down) => p.selected = (p.selected + 1).min(last),
        Some(Action::Up) => p.selected = p.selected.saturating_sub(1),
        Some(Action::Select) => {
            let role = p.roles.get(p.selected).map(|(id, _)| id.clone());
            return Some(Effect::SetTargetRole(role));
        }
        Some(Action::Later) => return Some(Effect::SetTargetRole(None)),
        Some(Action::Back) => return Some(Effect::None),
        _ => {}
    }
    None
}

pub fn draw_role_pick(frame: &mut Frame, area: Rect, p: &RolePick, t: &crate::tui::theme::Theme) {
    let mut lines = vec![
        Line::from(if p.first_run {
            "Which role are you applying for?"
        } else {
            "The role you are applying for:"
        }),
        Line::styled(
            "Every answer gets a role profile (how much it sounds like each role), held against this one.",
            t.dim(),
        ),
        Line::from(""),
    ];
    let none = ("".to_string(), "no particular role".to_string());
    for (i, (id, label)) in p.roles.iter().chain(std::iter::once(&none)).enumerate() {
        let shown = if id.is_empty() || id == label {
            label.clone()
        } else {
            format!("{id} ({label})")
        };
        let (mark, style) = if i == p.selected {
            ("› ", t.selected())
        } else {
            ("  ", ratatui::style::Style::new())
        };
        lines.push(Line::styled(
            format!("{mark}{}", text::one_line(&shown)),
            style,
        ));
    }
    lines.push(Line::from(""));
    lines.push(Line::styled(
        if p.first_run {
            "Enter chooses · Esc asks me later (r on the home screen changes it)"
        } else {
            "Enter chooses · Esc keeps it as it is"
        },
        t.dim(),
    ));
    crate::tui::format::popup(frame, area, "Applying for", lines, t, 60);
}

/// Bank problems listed on the home screen; the rest are counted.
const SHOWN_PROBLEMS: usize = 3;

/// The first `shown` problems, then how many there are in all and where to
/// read every one of them.
fn problem_lines(problems: &[crate::bank::BankError], shown: usize) -> Vec<String> {
    if problems.is_empty() {
        return Vec::new();
    }
    let mut files: Vec<&str> = problems.iter().map(|p| p.file.as_str()).collect();
    files.sort_unstable();
    files.dedup();
    let plural = crate::text::count;
    let mut out = vec![format!(
        "{} in {}:",
        plural(problems.len(), "bank problem", "bank problems"),
        plural(files.len(), "file", "files")
    )];
    out.extend(problems.iter().take(shown).map(|p| format!("  {p}")));
    let hidden = problems.len().saturating_sub(shown);
    let target = match files.as_slice() {
        [one] => (*one).to_string(),
        _ => "PATH".to_string(),
    };
    if hidden > 0 {
        out.push(format!(
            "  and {} more: see them all under Banks, or run `rehearse banks validate {target}`",
            hidden
        ));
    }
    out
}

pub fn draw_banks(frame: &mut Frame, area: Rect, selected: usize, env: &Env) {
    let t = &env.theme;
    let mut items: Vec<ListItem> = Vec::new();
    for (role, banks) in env.lib.roles() {
        for b in banks {
            items.push(ListItem::new(format!(
                "{:<20} {:<4} {:>4}  {}  ({})",
                text::truncate(&text::one_line(role), 20),
                text::one_line(&b.language),
                b.questions.len(),
                text::one_line(&b.title),
                b.origin.label()
            )));
        }
    }
    for p in &env.lib.problems {
        items.push(ListItem::new(Line::styled(p.to_string(), t.bad())));
    }
    let n = items.len().max(1);
    let mut state = ListState::default().with_selected(Some(selected.min(n - 1)));
    let title = format!(
        "Banks: {} in {}",
        text::count(env.lib.question_count(), "question", "questions"),
        text::count(env.lib.banks.len(), "bank", "banks")
    );
    frame.render_stateful_widget(
        List::new(items)
            .block(titled(t, &title))
            .highlight_style(t.selected()),
        area,
        &mut state,
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::BankError;

    #[test]
    fn bank_problems_are_counted_and_point_to_the_full_list() {
        let errs: Vec<BankError> = (1..=5)
            .map(|i| BankError::at("mine.yaml", i, 1, format!("problem {i}")))
            .collect();
        let lines = problem_lines(&errs, 3);
        assert_eq!(lines[0], "5 bank problems in 1 file:");
        assert_eq!(lines[3], "  mine.yaml:3:1: problem 3");
        assert_eq!(
            lines[4],
            "  and 2 more: see them all under Banks, or run `rehearse banks validate mine.yaml`"
        );
        assert_eq!(lines.len(), 5);
        let two = [errs[0].clone(), BankError::at("b.yaml", 1, 1, "x")];
        assert_eq!(problem_lines(&two, 3)[0], "2 bank problems in 2 files:");
        assert_eq!(problem_lines(&two, 3).len(), 3);
        assert!(problem_lines(&[], 3).is_empty());
    }
}
