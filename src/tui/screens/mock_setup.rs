//! The mock interview's setup: the role, the language, the round and its
//! minutes, started from the last choices; with what the round will ask.

use crate::tui::wrap::Wrapped;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{List, ListItem, ListState};

use crate::bank::Library;
use crate::mock::labels;
use crate::mock::plan::{technical_languages as languages, technical_roles};
use crate::model::Round;
use crate::settings::MockChoices;
use crate::t;
use crate::text;
use crate::tui::effect::Effect;
use crate::tui::env::Env;
use crate::tui::format::titled;
use crate::tui::keymap::Action;

/// The shortest and longest rounds the setup and `--minutes` allow.
pub const MINUTES: std::ops::RangeInclusive<u32> = 5..=180;
const STEP: u32 = 5;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    Start,
    Role,
    Language,
    Round,
    Minutes,
}

pub const ROWS: [Row; 5] = [
    Row::Start,
    Row::Role,
    Row::Language,
    Row::Round,
    Row::Minutes,
];

#[derive(Debug, Clone, PartialEq)]
pub struct MockSetupState {
    pub choices: MockChoices,
    pub selected: usize,
    /// Roles that have technical questions, sorted.
    pub roles: Vec<String>,
}

impl MockSetupState {
    /// The setup on the last choices, or on the first role with technical
    /// questions when there are none (or they no longer fit the banks).
    /// With no last choices, the role applied for (`target`) comes first.
    pub fn new(lib: &Library, last: Option<&MockChoices>, target: Option<&str>) -> MockSetupState {
        let roles = technical_roles(lib, None);
        let choices = match last {
            Some(c) if roles.contains(&c.role) => c.clone(),
            _ => {
                let role = target
                    .into_iter()
                    .chain(["backend"])
                    .map(|r| r.to_string())
                    .find(|r| roles.contains(r))
                    .or_else(|| roles.first().cloned())
                    .unwrap_or_default();
                MockChoices {
                    language: languages(lib, &role)
                        .into_iter()
                        .next()
                        .unwrap_or_else(|| "en".into()),
                    role,
                    round: Round::Technical,
                    minutes: Round::Technical.default_minutes(),
                }
            }
        };
        let mut s = MockSetupState {
            choices,
            selected: 0,
            roles,
        };
        s.fit_language(lib);
        s
    }

    /// Keeps the language one the role has.
    fn fit_language(&mut self, lib: &Library) {
        let langs = languages(lib, &self.choices.role);
        if !langs.contains(&self.choices.language)
            && let Some(l) = langs.first()
        {
            self.choices.language = l.clone();
        }
    }
}

/// Cycles `current` through `all` by `step` (±1).
fn cycle(all: &[String], current: &str, step: isize) -> Option<String> {
    if all.is_empty() {
        return None;
    }
    let i = all.iter().position(|x| x == current).unwrap_or(0) as isize;
    let n = all.len() as isize;
    Some(all[((i + step).rem_euclid(n)) as usize].clone())
}

pub fn on_key(s: &mut MockSetupState, action: Option<Action>, lib: &Library) -> Effect {
    let step = match action {
        Some(Action::Left) => -1,
        Some(Action::Right) => 1,
        Some(Action::Down) => {
            s.selected = (s.selected + 1).min(ROWS.len() - 1);
            return Effect::None;
        }
        Some(Action::Up) => {
            s.selected = s.selected.saturating_sub(1);
            return Effect::None;
        }
        Some(Action::Back) => return Effect::Home,
        Some(Action::Start) => return start(s),
        Some(Action::Select) if ROWS[s.selected] == Row::Start => return start(s),
        Some(Action::Select) => 1,
        _ => return Effect::None,
    };
    let c = &mut s.choices;
    match ROWS[s.selected] {
        Row::Start => {}
        Row::Role => {
            if let Some(r) = cycle(&s.roles, &c.role, step) {
                c.role = r;
                s.fit_language(lib);
            }
        }
        Row::Language => {
            if let Some(l) = cycle(&languages(lib, &c.role), &c.language, step) {
                c.language = l;
            }
        }
        Row::Round => {
            let all = Round::ALL;
            let i = all.iter().position(|r| *r == c.round).unwrap_or(0) as isize;
            let next = all[((i + step).rem_euclid(all.len() as isize)) as usize];
            // The minutes follow the round while they are its default.
            if c.minutes == c.round.default_minutes() {
                c.minutes = next.default_minutes();
            }
            c.round = next;
        }
        Row::Minutes => {
            let m = c.minutes as i64 + step as i64 * i64::from(STEP);
            c.minutes = (m.max(0) as u32).clamp(*MINUTES.start(), *MINUTES.end());
        }
    }
    Effect::None
}

fn start(s: &MockSetupState) -> Effect {
    if s.roles.is_empty() {
        return Effect::Flash(t!("mock-setup-no-roles"));
    }
    Effect::Mock(s.choices.clone())
}

/// What a round asks, in order, for the setup to show.
pub fn shape(round: Round) -> String {
    match round {
        Round::Technical => t!("mock-setup-shape-technical"),
        Round::Culture => t!("mock-setup-shape-culture"),
        Round::Full => t!("mock-setup-shape-full"),
    }
}

/// A role as the setup shows it: its name in the interface language, with
/// the id `--role` takes when they differ (백엔드 (backend)).
fn role_shown(id: &str) -> String {
    let name = crate::feedback::role::role_name(id);
    if name == id {
        name
    } else {
        format!("{name} ({id})")
    }
}

/// The rows as drawn: "  Role       ◀ backend ▶", the labels padded to
/// one width (display cells: Korean labels are wider) and every row cut to
/// `width` cells.
fn rows(c: &MockChoices, width: usize) -> Vec<String> {
    let labels = [
        t!("mock-setup-role"),
        t!("mock-setup-language"),
        t!("mock-setup-round"),
        t!("mock-setup-minutes"),
    ];
    let column = labels.iter().map(|l| text::width(l)).max().unwrap_or(0) + 3;
    let row = |label: &String, value: String| {
        format!("  {}◀ {value} ▶", crate::tui::format::pad(label, column))
    };
    let [role, language, round, minutes] = &labels;
    ROWS.iter()
        .map(|r| match r {
            Row::Start => t!("mock-setup-start", round = labels::round(c.round)),
            Row::Role => row(role, text::one_line(&role_shown(&c.role))),
            Row::Language => row(
                language,
                text::one_line(&crate::i18n::language_name(&c.language)),
            ),
            Row::Round => row(round, labels::round(c.round)),
            Row::Minutes => row(minutes, t!("mock-setup-minutes-value", n = c.minutes)),
        })
        .map(|r| text::truncate(&r, width))
        .collect()
}

pub fn draw(frame: &mut Frame, area: Rect, s: &MockSetupState, env: &Env) {
    let t = &env.theme;
    let c = &s.choices;
    let [list_area, about] = Layout::vertical([
        Constraint::Length(ROWS.len() as u16 + 2),
        Constraint::Min(1),
    ])
    .areas(area);
    // Inside the border, after the "› " every row is indented by.
    let width = usize::from(list_area.width).saturating_sub(4);
    let items: Vec<ListItem> = rows(c, width)
        .into_iter()
        .zip(ROWS)
        .map(|(text, row)| match row {
            Row::Start => ListItem::new(Line::styled(text, t.title())),
            _ => ListItem::new(text),
        })
        .collect();
    let mut state = ListState::default().with_selected(Some(s.selected));
    frame.render_stateful_widget(
        List::new(items)
            .block(titled(t, &t!("mock-setup-title")))
            .highlight_style(t.selected())
            .highlight_symbol("› "),
        list_area,
        &mut state,
    );
    let lines = vec![
        Line::from(shape(c.round)),
        Line::from(""),
        Line::styled(t!("mock-setup-how"), t.dim()),
    ];
    frame.render_widget(
        Wrapped::new(lines).block(titled(t, &t!("mock-setup-about-title"))),
        about,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lib() -> Library {
        let mut lib = Library::default();
        for (id, role, lang) in [("be", "backend", "en"), ("fe", "frontend", "ko")] {
            let yaml = format!(
                "id: {id}\nrole: {role}\nlanguage: {lang}\nquestions:\n  - id: q\n    prompt: Why?\n"
            );
            lib.add(
                crate::bank::parse_bank(
                    "b.yaml",
                    id,
                    yaml.as_bytes(),
                    crate::bank::Origin::Bundled(id.into()),
                )
                .unwrap(),
            );
        }
        lib
    }

    #[test]
    fn the_setup_starts_on_the_last_choices_else_the_role_applied_for() {
        let s = MockSetupState::new(&lib(), None, Some("frontend"));
        assert_eq!(
            (s.choices.role.as_str(), s.choices.language.as_str()),
            ("frontend", "ko")
        );
        assert_eq!(
            MockSetupState::new(&lib(), None, None).choices.role,
            "backend"
        );
        assert_eq!(
            MockSetupState::new(&lib(), None, Some("gone")).choices.role,
            "backend"
        );
        let last = MockChoices {
            role: "backend".into(),
            language: "en".into(),
            round: Round::Culture,
            minutes: 25,
        };
        let s = MockSetupState::new(&lib(), Some(&last), Some("frontend"));
        assert_eq!(s.choices, last);
    }

    #[test]
    fn the_rows_line_up_by_display_width_and_fit_the_box() {
        let c = MockChoices {
            role: "backend".into(),
            language: "ko".into(),
            round: Round::Culture,
            minutes: 20,
        };
        assert_eq!(
            rows(&c, 76),
            [
                "▶ Start the culture interview",
                "  Role       ◀ backend ▶",
                "  Language   ◀ Korean ▶",
                "  Round      ◀ culture ▶",
                "  Minutes    ◀ 20 ▶",
            ]
        );
        let _ko = crate::i18n::scoped(crate::i18n::Lang::Ko);
        let ko = rows(&c, 76);
        assert_eq!(ko[0], "▶ 인성 면접 시작");
        assert_eq!(ko[4], format!("  시간{}◀ 20분 ▶", " ".repeat(8)));
        assert_eq!(
            ko[1],
            format!("  직무{}◀ 백엔드 (backend) ▶", " ".repeat(8))
        );
        assert_eq!(ko[2], format!("  언어{}◀ 한국어 ▶", " ".repeat(8)));
        let arrows: Vec<usize> = ko[1..]
            .iter()
            .map(|r| text::width(&r[..r.find('◀').unwrap()]))
            .collect();
        assert_eq!(arrows, [14, 14, 14, 14], "{ko:?}");
        for r in rows(&c, 12) {
            assert!(text::width(&r) <= 12, "{r}");
        }
    }

    #[test]
    fn cycling_wraps_both_ways() {
        let all: Vec<String> = ["a", "b", "c"].iter().map(|s| s.to_string()).collect();
        assert_eq!(cycle(&all, "a", -1).as_deref(), Some("c"));
        assert_eq!(cycle(&all, "c", 1).as_deref(), Some("a"));
        assert_eq!(cycle(&all, "gone", 1).as_deref(), Some("b"));
        assert_eq!(cycle(&[], "a", 1), None);
    }
}
