//! The home screen (due reviews, new questions per role, streak, last
//! session, the way into everything) and the banks list.

use crate::tui::wrap::Wrapped;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState};

use crate::bank::Origin;
use crate::store::Instant;
use crate::t;
use crate::text;
use crate::tui::effect::{Confirm, Effect};
use crate::tui::env::Env;
use crate::tui::format::titled;
use crate::tui::keymap::Action;
use crate::tui::theme::Theme;

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
    /// The last session: when it started (as shown), its mode, its questions.
    pub last_session: Option<(String, String, u32)>,
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
        // New: the bank's questions without a card, asked bank by bank
        // (from the banks' summaries: the first frame decodes no bank).
        let mut new_per_role: std::collections::BTreeMap<String, usize> = Default::default();
        env.lib.try_each_summary(|b| {
            let n = b.questions.len() - store.carded_in_bank(b.id, &b.questions)?;
            *new_per_role.entry(b.role.to_string()).or_default() += n;
            Ok::<_, crate::store::StoreError>(())
        })?;
        data.new_per_role = new_per_role.into_iter().collect();
        // The story as the app holds it: no second read of the store.
        data.role = crate::stats::role_report_from(
            &store.recent_answer_texts(crate::stats::RECENT_ANSWERS)?,
            env.story,
            env.settings.target_role.as_deref(),
        );
        let offset = env.day.offset_s(now);
        let today = env.day.today(now);
        data.streak = crate::stats::streak_by(today, |d| store.practiced_on(d, offset))?;
        data.today = today;
        if let Some(s) = store.last_session()? {
            data.last_session = Some((env.day.date_time(s.started_at), s.mode, s.questions));
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

/// A menu entry as the home screen shows it.
fn item_label(i: HomeItem, h: &HomeData) -> String {
    match i {
        HomeItem::Practice => t!("home-practice"),
        HomeItem::Review => t!("home-review", n = h.due),
        HomeItem::Mock => t!("home-mock"),
        HomeItem::PastMocks => match h.mocks {
            0 => t!("home-past-mocks"),
            n => t!("home-past-mocks-count", n = n),
        },
        HomeItem::Story => t!("home-story"),
        HomeItem::Browse => t!("home-browse"),
        HomeItem::Stats => t!("home-stats"),
        HomeItem::Banks => t!("home-banks"),
        HomeItem::Quit => t!("home-quit"),
    }
}

/// A session's mode as the home screen names it.
fn mode_name(mode: &str) -> String {
    match mode {
        "practice" => t!("home-mode-practice"),
        "review" => t!("home-mode-review"),
        "recall" => t!("home-mode-recall"),
        crate::mock::run::MODE => t!("home-mode-mock"),
        other => text::one_line(other),
    }
}

/// "Label: value", the label dimmed.
fn labelled<'a>(label: String, value: Span<'a>, t: &Theme) -> Line<'a> {
    Line::from(vec![Span::styled(format!("{label}: "), t.dim()), value])
}

/// The width of the menu column, borders included.
const MENU_WIDTH: u16 = 26;
/// Below this width the menu column narrows to its labels.
const NARROW: u16 = 60;
/// The menu's highlight symbol, and the cells it takes.
const MARK: &str = "› ";

pub fn draw(frame: &mut Frame, area: Rect, selected: usize, h: &HomeData, env: &Env) {
    let t = &env.theme;
    let labels: Vec<String> = HOME_ITEMS.iter().map(|i| item_label(*i, h)).collect();
    // On a narrow terminal the menu is only as wide as its labels, so
    // that "Today" keeps room to read.
    let widest = labels.iter().map(|l| text::width(l)).max().unwrap_or(0);
    let menu = if area.width < NARROW {
        MENU_WIDTH.min((widest + text::width(MARK) + 2) as u16)
    } else {
        MENU_WIDTH
    };
    let [left, right] =
        Layout::horizontal([Constraint::Length(menu), Constraint::Min(10)]).areas(area);
    let room = usize::from(left.width.saturating_sub(2)).saturating_sub(text::width(MARK));
    let items: Vec<ListItem> = labels
        .iter()
        .map(|l| ListItem::new(text::truncate(l, room)))
        .collect();
    let mut state = ListState::default().with_selected(Some(selected));
    frame.render_stateful_widget(
        List::new(items)
            .block(titled(t, "rehearse"))
            .highlight_style(t.selected())
            .highlight_symbol(MARK),
        left,
        &mut state,
    );

    let last = match &h.last_session {
        Some((when, mode, n)) => t!(
            "home-last-session-value",
            when = when,
            mode = mode_name(mode),
            n = *n
        ),
        None => t!("home-last-session-none"),
    };
    let mut lines = vec![
        labelled(
            t!("home-due-label"),
            Span::styled(t!("home-due-value", n = h.due), t.title()),
            t,
        ),
        labelled(
            t!("home-streak-label"),
            Span::raw(t!("home-streak-value", n = h.streak)),
            t,
        ),
        labelled(t!("home-last-session-label"), Span::raw(last), t),
        labelled(
            t!("home-answers-label"),
            Span::raw(t!("home-answers-value", n = h.attempts)),
            t,
        ),
    ];
    lines.extend(role_lines(h, env));
    if h.unrated > 0 {
        lines.push(Line::styled(t!("home-unrated", n = h.unrated), t.warn()));
    }
    if let Some(d) = env.settings.interview_date {
        let date = d.to_string();
        let when = match (d - h.today).num_days() {
            0 => t!("home-interview-today", date = date),
            1 => t!("home-interview-tomorrow", date = date),
            -1 => t!("home-interview-yesterday", date = date),
            n if n > 1 => t!("home-interview-in", date = date, n = n),
            n => t!("home-interview-ago", date = date, n = -n),
        };
        lines.push(labelled(
            t!("home-interview-label"),
            Span::styled(when, t.warn()),
            t,
        ));
    }
    lines.push(Line::from(""));
    lines.push(Line::styled(t!("home-new-per-role"), t.title()));
    for (role, n) in &h.new_per_role {
        let role = padded(&text::one_line(role), 22);
        lines.push(Line::from(format!("  {role} {n:>4}")));
    }
    if !env.lib.problems.is_empty() || !env.lib.notices.is_empty() {
        lines.push(Line::from(""));
        for p in problem_lines(&env.lib.problems, SHOWN_PROBLEMS) {
            lines.push(Line::styled(p, t.bad()));
        }
        for n in &env.lib.notices {
            lines.push(Line::styled(
                t!("home-notice", text = text::one_line(n)),
                t.dim(),
            ));
        }
    }
    frame.render_widget(
        Wrapped::new(lines).block(titled(t, &t!("home-today"))),
        right,
    );
}

/// "Applying for: backend (r to change)", then how the recent answers and
/// the story read against it.
fn role_lines<'a>(h: &HomeData, env: &Env) -> Vec<Line<'a>> {
    let t = &env.theme;
    let (role, key) = match &env.settings.target_role {
        Some(r) => (
            text::one_line(&crate::feedback::role::role_name(r)),
            t!("home-role-change-hint"),
        ),
        None => (t!("home-role-not-chosen"), t!("home-role-choose-hint")),
    };
    let mut out = vec![Line::from(vec![
        Span::styled(format!("{}: ", t!("home-applying-label")), t.dim()),
        Span::styled(role, t.title()),
        Span::styled(format!(" {key}"), t.dim()),
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

pub fn draw_role_pick(frame: &mut Frame, area: Rect, p: &RolePick, t: &Theme) {
    let mut lines = vec![
        Line::from(if p.first_run {
            t!("home-role-ask")
        } else {
            t!("home-role-current")
        }),
        Line::styled(t!("home-role-explain"), t.dim()),
        Line::from(""),
    ];
    let none = (String::new(), t!("home-role-none"));
    // The popup's inner width: each role on one row, cut with an ellipsis.
    let room = usize::from(ROLE_WIDTH.min(area.width).saturating_sub(2));
    for (i, (id, label)) in p.roles.iter().chain(std::iter::once(&none)).enumerate() {
        // The role's name in the interface language, with the id the
        // command line takes when they differ: 백엔드 (backend).
        // (English, which names roles by their id, keeps the short label.)
        let name = crate::feedback::role::role_name(id);
        let shown = if id.is_empty() || id == label && name == *id {
            label.clone()
        } else if name != *id {
            format!("{name} ({id})")
        } else {
            format!("{id} ({label})")
        };
        let (mark, style) = if i == p.selected {
            ("› ", t.selected())
        } else {
            ("  ", ratatui::style::Style::new())
        };
        lines.push(Line::styled(
            text::truncate(&format!("{mark}{}", text::one_line(&shown)), room),
            style,
        ));
    }
    lines.push(Line::from(""));
    lines.push(Line::styled(
        if p.first_run {
            t!("home-role-keys-first")
        } else {
            t!("home-role-keys")
        },
        t.dim(),
    ));
    crate::tui::format::popup(frame, area, &t!("home-role-title"), lines, t, ROLE_WIDTH);
}

/// The role popup's width.
const ROLE_WIDTH: u16 = 60;

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
    let mut out = vec![t!("home-problems", n = problems.len(), files = files.len())];
    out.extend(problems.iter().take(shown).map(|p| format!("  {p}")));
    let hidden = problems.len().saturating_sub(shown);
    let target = match files.as_slice() {
        [one] => (*one).to_string(),
        _ => "PATH".to_string(),
    };
    if hidden > 0 {
        out.push(format!(
            "  {}",
            t!(
                "home-problems-more",
                n = hidden,
                target = text::one_line(&target)
            )
        ));
    }
    out
}

/// Where a bank came from, as the banks list says it.
fn origin_name(o: &Origin) -> String {
    match o {
        Origin::Bundled(_) => t!("home-origin-bundled"),
        Origin::UserFolder(_) => t!("home-origin-user"),
        Origin::CommandLine(_) => t!("home-origin-command-line"),
        Origin::Story => t!("home-origin-story"),
    }
}

/// `text` padded with spaces to `width` cells (cut with `…` when wider).
fn padded(text: &str, width: usize) -> String {
    crate::tui::format::pad(&text::truncate(text, width), width)
}

pub fn draw_banks(frame: &mut Frame, area: Rect, selected: usize, env: &Env) {
    let t = &env.theme;
    // Each row on one line inside the border, cut with an ellipsis.
    let room = usize::from(area.width.saturating_sub(2));
    let mut items: Vec<ListItem> = Vec::new();
    for (role, banks) in env.lib.roles() {
        for b in banks {
            let row = format!(
                "{} {} {:>4}  {}  ({})",
                padded(&text::one_line(role), 20),
                padded(&text::one_line(&b.language), 4),
                b.questions.len(),
                text::one_line(&b.title),
                origin_name(&b.origin)
            );
            items.push(ListItem::new(text::truncate(&row, room)));
        }
    }
    for p in &env.lib.problems {
        items.push(ListItem::new(Line::styled(
            text::truncate(&text::one_line(&p.to_string()), room),
            t.bad(),
        )));
    }
    let n = items.len().max(1);
    let mut state = ListState::default().with_selected(Some(selected.min(n - 1)));
    let title = t!(
        "home-banks-title",
        questions = env.lib.question_count(),
        banks = env.lib.bank_count()
    );
    frame.render_stateful_widget(
        List::new(items)
            .block(titled(t, &text::truncate(&title, room.saturating_sub(2))))
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
