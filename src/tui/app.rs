//! The app as a router: which screen and which popup show, the session the
//! practice service runs, and turning each screen's [`Effect`] into store
//! writes and screen changes. Screens own their state, keys and drawing
//! (`screens/`); the session's logic is in `crate::practice`.

use std::sync::{Arc, Mutex};

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use rand::SeedableRng;
use rand::rngs::StdRng;

pub use super::effect::Confirm;
use super::effect::Effect;
use super::env::Env;
use super::input::Input;
use super::keymap::{self, Action, Ctx};
use super::screens::answer::{self, AnswerState};
use super::screens::browse::{self, BrowseState, DetailState};
use super::screens::feedback::{self, FeedbackState};
use super::screens::home::{self, HomeData};
use super::screens::mock_report::{self, MockHistoryState, MockReportState};
use super::screens::mock_setup::{self, MockSetupState};
use super::screens::recall::{self, RecallState};
pub use super::screens::setup::{SetupRow, SetupState};
use super::screens::story::{self as story_screen, StoryState};
use super::screens::{setup, stats as stats_screen, summary};
use super::theme::Theme;
use crate::bank::Library;
use crate::browse::BrowseFilter;
use crate::clock::LocalDay;
use crate::paths::Paths;
use crate::practice::{Flow, Recovery, recovery};
use crate::schedule::Scheduler;
use crate::session::Session;
use crate::settings::Settings;
use crate::stats::StatsReport;
use crate::store::{Draft, Instant, Store};

/// The draft as last typed, shared with the panic hook and signal handler.
pub type SharedDraft = Arc<Mutex<Option<Draft>>>;

pub use drafts::DRAFT_SAVE;

pub enum Screen {
    Home { selected: usize },
    Setup(SetupState),
    Answer(Box<AnswerState>),
    Feedback(Box<FeedbackState>),
    Recall(Box<RecallState>),
    Browse(Box<BrowseState>),
    Detail(Box<DetailState>),
    Summary { scroll: u16, at: Instant },
    Banks { selected: usize },
    Stats(Box<StatsReport>),
    MockSetup(Box<MockSetupState>),
    MockReport(Box<MockReportState>),
    MockHistory(Box<MockHistoryState>),
    Story(Box<StoryState>),
}

pub enum Overlay {
    /// The key help; `paused_timer` when opening it paused the answer timer.
    Help {
        paused_timer: bool,
    },
    Menu,
    Recover(Box<Recovery>),
    Confirm(Confirm),
    /// Which role the user is applying for.
    TargetRole(home::RolePick),
}

pub struct App {
    pub lib: Library,
    pub store: Store,
    pub paths: Paths,
    pub settings: Settings,
    /// Your story, read at start and after every edit.
    pub story: crate::story::Story,
    pub scheduler: Scheduler,
    pub theme: Theme,
    pub screen: Screen,
    pub overlay: Option<Overlay>,
    /// The session being run, if any.
    pub flow: Option<Flow>,
    /// The mock interview being run, if any (never beside a `flow`).
    pub mock: Option<crate::mock::run::Mock>,
    pub flash: Option<String>,
    pub quit: bool,
    pub shared_draft: SharedDraft,
    pub home: HomeData,
    /// Set when Ctrl+E asked for $EDITOR; the loop runs it outside raw mode.
    pub wants_external_editor: bool,
    /// The local clock: dates, midnights, the offset from UTC.
    pub day: LocalDay,
    /// What the command line asked for, held while the recovery prompt is up
    /// (or while a resumed session runs) and done after it.
    pub pending: Option<super::Start>,
    /// Draws questions; seeded in tests.
    pub rng: StdRng,
    /// Where text that could not be saved was written when quitting.
    rescued: Vec<String>,
    /// The recovery prompt, while a yes/no question stands over it.
    held_recovery: Option<Box<Recovery>>,
}

/// The screen's view of the app, made of the app's fields so that a screen
/// can be borrowed mutably beside it.
macro_rules! env {
    ($app:expr) => {
        $crate::tui::env::Env {
            lib: &$app.lib,
            store: &$app.store,
            settings: &$app.settings,
            story: &$app.story,
            theme: $app.theme,
            day: $app.day,
        }
    };
}

mod drafts;
mod flows;
mod mocks;
mod prompts;
mod story;

impl App {
    /// The app on UTC days (tests); [`App::on_days`] with the local ones.
    pub fn new(
        lib: Library,
        store: Store,
        paths: Paths,
        settings: Settings,
        scheduler: Scheduler,
        now: Instant,
    ) -> App {
        App::on_days(
            lib,
            store,
            paths,
            settings,
            scheduler,
            LocalDay::fixed(0),
            now,
        )
    }

    /// The app whose days begin and end as `day` says: the home screen's
    /// numbers are read once, for those days.
    pub fn on_days(
        lib: Library,
        store: Store,
        paths: Paths,
        settings: Settings,
        scheduler: Scheduler,
        day: LocalDay,
        now: Instant,
    ) -> App {
        let mut app = App {
            lib,
            store,
            paths,
            settings,
            story: crate::story::Story::default(),
            scheduler,
            theme: Theme::from_env(),
            screen: Screen::Home { selected: 0 },
            overlay: None,
            flow: None,
            mock: None,
            flash: None,
            quit: false,
            shared_draft: Arc::new(Mutex::new(None)),
            home: HomeData::default(),
            wants_external_editor: false,
            day,
            pending: None,
            rng: StdRng::from_os_rng(),
            rescued: Vec::new(),
            held_recovery: None,
        };
        app.load_story();
        match recovery::find(&app.store) {
            Ok(None) => {}
            Ok(Some(r)) => app.overlay = Some(Overlay::Recover(Box::new(r))),
            Err(e) => app.flash = Some(e.to_string()),
        }
        app.refresh_home(now);
        app
    }

    pub fn env(&self) -> Env<'_> {
        env!(self)
    }

    /// The session being run.
    pub fn session(&self) -> Option<&Session> {
        self.flow.as_ref().map(|f| &f.session)
    }

    /// Opens what the command line asked for, unless something recovered
    /// must be answered first (then it waits in `pending`).
    pub fn begin(&mut self, start: super::Start, now: Instant) {
        use super::Start;
        if matches!(self.overlay, Some(Overlay::Recover(_))) {
            self.pending = Some(start);
            return;
        }
        match start {
            Start::Home => self.ask_target_role_once(),
            Start::Practice { filter, count } => self.practice_as_asked(filter, count, now),
            Start::Review { roles, recall } => self.start_review(&roles, recall, now),
            Start::Mock {
                role,
                lang,
                round,
                minutes,
            } => self.mock_as_asked(role, lang, round, minutes, now),
            Start::Browse => self.open_browse(),
            Start::Stats => self.open_stats(now),
            Start::Story => self.open_story(),
        }
    }

    /// Goes on to what the command line asked for, if anything waits.
    fn run_pending(&mut self, now: Instant) -> bool {
        match self.pending.take() {
            Some(start) if !matches!(start, super::Start::Home) => {
                self.begin(start, now);
                true
            }
            _ => false,
        }
    }

    /// The contexts that decide what keys mean right now.
    pub fn contexts(&self) -> Vec<Ctx> {
        match &self.overlay {
            Some(Overlay::Menu) if self.mock.is_some() => vec![Ctx::MockMenu],
            Some(Overlay::Menu) => vec![Ctx::Menu],
            Some(Overlay::Recover(_)) => vec![Ctx::Recover],
            Some(Overlay::Confirm(_)) => vec![Ctx::Confirm],
            Some(Overlay::Help { .. }) => vec![Ctx::HelpOpen],
            Some(Overlay::TargetRole(p)) if p.first_run => {
                vec![Ctx::RoleAsk, Ctx::RolePick, Ctx::Nav]
            }
            Some(Overlay::TargetRole(_)) => vec![Ctx::RoleChange, Ctx::RolePick, Ctx::Nav],
            None => self.screen_contexts(),
        }
    }

    /// Whether the answer timer may be paused in this session.
    fn can_pause(&self) -> bool {
        self.mock.is_none() && self.session().is_none_or(|s| s.mode.can_pause())
    }

    /// The contexts of the screen itself, under any overlay (the help popup
    /// lists these). Each is there only when its keys do something now.
    pub fn screen_contexts(&self) -> Vec<Ctx> {
        use Ctx::*;
        let mut v = match &self.screen {
            // The help pauses the timer by itself; it lists the keys as
            // they are when it closes.
            Screen::Answer(a) => {
                let mut v = match (
                    self.mock.is_some(),
                    self.can_pause(),
                    a.timer.is_paused()
                        && !matches!(self.overlay, Some(Overlay::Help { paused_timer: true })),
                ) {
                    (true, _, _) => vec![MockAnswer, Answer, AnswerEdit],
                    (false, true, true) => vec![AnswerPaused, Answer],
                    (false, true, false) => vec![Answer, AnswerEdit, AnswerPause],
                    (false, false, _) => vec![Answer, AnswerEdit],
                };
                if !a.story.facts.is_empty() {
                    v.push(AnswerStory);
                }
                v
            }
            Screen::Home { .. } => vec![Home, Nav, Choose, HelpKey, Quit],
            Screen::Setup(s) if s.tags.is_some() => vec![Tags],
            Screen::Setup(_) => vec![Setup, Nav, Adjust, Choose, Back, HelpKey, Quit],
            Screen::Feedback(f) => {
                let mut v = vec![Rate];
                if !f.points.is_empty() {
                    v.push(FeedbackPoints);
                }
                if f.offers_follow_ups(self.flow.is_some()) {
                    v.push(FeedbackFollowUp);
                }
                if f.previous.is_some() {
                    v.push(FeedbackCompare);
                }
                v.extend([Feedback, Scroll, HelpKey, Quit]);
                v
            }
            Screen::Recall(r) if r.revealed => vec![Rate, Recall, HelpKey, Quit],
            Screen::Recall(_) => vec![RecallHidden, Recall, HelpKey, Quit],
            Screen::Browse(b) if b.typing.is_some() => vec![],
            Screen::Browse(_) => vec![Browse, Nav, Choose, Back, HelpKey, Quit],
            Screen::Detail(d) if d.editing.is_some() => vec![Notes],
            Screen::Detail(d) if d.confirm_delete => vec![Confirm],
            Screen::Detail(_) => vec![Detail, Nav, Back, HelpKey, Quit],
            Screen::Summary { .. } => vec![Summary, Scroll, HelpKey, Quit],
            Screen::Banks { .. } => vec![Nav, Back, HelpKey, Quit],
            Screen::Stats(_) => vec![Back, HelpKey, Quit],
            Screen::MockSetup(_) => vec![MockSetup, Nav, Adjust, Choose, Back, HelpKey, Quit],
            Screen::MockReport(r) if r.can_rate() => vec![Rate, MockReport, HelpKey, Quit],
            Screen::MockReport(_) => vec![MockReport, HelpKey, Quit],
            Screen::MockHistory(h) if h.mocks.is_empty() => vec![Back, HelpKey, Quit],
            Screen::MockHistory(_) => vec![MockHistory, Nav, Back, HelpKey, Quit],
            Screen::Story(_) => vec![Story, Scroll, Back, HelpKey, Quit],
        };
        v.dedup();
        v
    }

    /// When a clock on screen next shows another second; None when no
    /// clock is running on screen (nothing but input changes the frame).
    pub fn next_clock_change(&self, now: Instant) -> Option<Instant> {
        use super::pace::next_second;
        let timer = match &self.screen {
            Screen::Answer(a) if !a.timer.is_paused() => Some(&a.timer),
            Screen::Recall(r) if !r.timer.is_paused() => Some(&r.timer),
            _ => None,
        };
        let timer = timer.map(|t| next_second(t.elapsed(now), now));
        // A mock's round clock runs on its own, paused answer or not.
        let round = match (&self.screen, &self.mock) {
            (Screen::Answer(_), Some(m)) => Some(next_second(m.clock(now), now)),
            _ => None,
        };
        timer.into_iter().chain(round).min()
    }

    pub fn refresh_home(&mut self, now: Instant) {
        match HomeData::load(&self.env(), now) {
            Ok(h) => self.home = h,
            Err(e) => self.flash = Some(e.to_string()),
        }
    }

    /// Handles one input (a key, a burst of typed text, a paste) at `now`.
    pub fn on_input(&mut self, input: Input, now: Instant) {
        match input {
            Input::Key(k) => self.on_key(k, now),
            Input::Text(t) => self.on_text(&t, now),
            Input::Paste(p) => self.on_paste(&p, now),
        }
    }

    /// Typed characters: into the editor when one is taking text, else one
    /// key at a time (so a burst of `j`s still moves down a list).
    pub fn on_text(&mut self, text: &str, now: Instant) {
        if self.overlay.is_none() && self.takes_text() {
            self.flash = None;
            return self.on_paste(text, now);
        }
        // A burst of typing never answers a question it could not have
        // read: one that was open, or that a key of the same burst asked.
        let burst = text.chars().nth(1).is_some();
        for c in text.chars() {
            if burst
                && matches!(
                    self.overlay,
                    Some(Overlay::Confirm(_) | Overlay::Recover(_))
                )
            {
                self.flash = Some(crate::t!("shell-typing-guard"));
                return;
            }
            let code = if c == '\n' {
                KeyCode::Enter
            } else {
                KeyCode::Char(c)
            };
            self.on_key(KeyEvent::new(code, KeyModifiers::NONE), now);
            if self.quit {
                return;
            }
        }
    }

    /// Whether typed text goes into an editor on this screen right now.
    fn takes_text(&self) -> bool {
        match &self.screen {
            Screen::Answer(a) => !a.timer.is_paused(),
            Screen::Detail(d) => d.editing.is_some(),
            _ => false,
        }
    }

    /// Pasted text goes into the editor that is taking text, as typed.
    pub fn on_paste(&mut self, text: &str, now: Instant) {
        if self.overlay.is_some() {
            return;
        }
        let effect = match &mut self.screen {
            Screen::Answer(a) => answer::on_text(a, text),
            Screen::Detail(d) => {
                if let Some(e) = &mut d.editing {
                    e.paste(text);
                }
                Effect::None
            }
            _ => Effect::None,
        };
        self.apply(effect, now);
    }

    /// Handles one key press at `now`.
    pub fn on_key(&mut self, ev: KeyEvent, now: Instant) {
        if ev.kind == KeyEventKind::Release {
            return;
        }
        self.flash = None;
        let action = keymap::action_for(&self.contexts(), &ev);
        if action == Some(Action::ForceQuit) {
            return self.request_quit(now);
        }
        match self.overlay.take() {
            None => {}
            Some(Overlay::Help { paused_timer }) => {
                // Any key closes the help; the timer it paused runs again.
                if paused_timer && let Screen::Answer(a) = &mut self.screen {
                    a.timer.toggle_pause(now);
                }
                return;
            }
            Some(Overlay::Recover(r)) => return self.on_recover(*r, action, now),
            Some(Overlay::TargetRole(mut pick)) => {
                match home::on_role_key(&mut pick, action) {
                    None => self.overlay = Some(Overlay::TargetRole(pick)),
                    Some(effect) => self.apply(effect, now),
                }
                return;
            }
            Some(Overlay::Confirm(c)) => return self.on_confirm(c, action, now),
            Some(Overlay::Menu) => {
                let mock = self.mock.is_some();
                let effect = match action {
                    Some(Action::Submit) => Effect::Submit,
                    Some(Action::KeepWriting) => Effect::None,
                    Some(Action::Pass) if mock => Effect::Confirm(Confirm::PassQuestion),
                    Some(Action::EndSession) if mock => Effect::Confirm(Confirm::EndInterview),
                    Some(Action::Discard) => Effect::Confirm(Confirm::DiscardAnswer),
                    Some(Action::EndSession) => Effect::Confirm(Confirm::EndSession),
                    _ => Effect::Menu,
                };
                return self.apply(effect, now);
            }
        }
        if let Some(Action::Help) = action {
            let mut paused_timer = false;
            if self.can_pause()
                && let Screen::Answer(a) = &mut self.screen
                && !a.timer.is_paused()
            {
                a.timer.toggle_pause(now);
                paused_timer = true;
            }
            self.overlay = Some(Overlay::Help { paused_timer });
            return;
        }
        if action == Some(Action::Quit) {
            return self.request_quit(now);
        }
        let can_pause = self.can_pause();
        let in_session = self.flow.is_some();
        let env = env!(self);
        let effect = match &mut self.screen {
            Screen::Answer(a) => answer::on_key(a, action, ev, can_pause, now),
            Screen::Home { selected } => home::on_key(selected, action),
            Screen::Setup(s) => setup::on_key(s, action, &ev, &self.lib),
            Screen::Feedback(f) => feedback::on_key(f, action, in_session),
            Screen::Browse(b) => browse::on_list_key(b, action, &ev, &env),
            Screen::Detail(d) => browse::on_detail_key(d, action, ev, &env, now),
            Screen::Recall(r) => recall::on_key(r, action, &ev),
            Screen::Summary { scroll, .. } => summary::on_key(scroll, action),
            Screen::Banks { selected } => home::on_banks_key(selected, action),
            Screen::Stats(_) => stats_screen::on_key(action),
            Screen::MockSetup(s) => mock_setup::on_key(s, action, &self.lib),
            Screen::MockReport(r) => mock_report::on_key(r, action),
            Screen::MockHistory(h) => mock_report::on_history_key(h, action),
            Screen::Story(s) => story_screen::on_key(s, action),
        };
        self.apply(effect, now);
    }

    /// Carries out what a screen asked for.
    fn apply(&mut self, effect: Effect, now: Instant) {
        match effect {
            Effect::None => {}
            Effect::Flash(m) => self.flash = Some(m),
            Effect::Confirm(c) => self.overlay = Some(Overlay::Confirm(c)),
            Effect::Menu => self.overlay = Some(Overlay::Menu),
            Effect::Quit => self.request_quit(now),
            Effect::Home => self.go_home(now),
            Effect::HomeWith(m) => {
                self.go_home(now);
                self.flash = Some(m);
            }
            Effect::Setup => self.open_remembered_setup(),
            Effect::Practice { filter, count } => self.start_practice(&filter, count, now),
            Effect::LeaveSetup {
                filter,
                count,
                quit,
            } => {
                self.remember_practice(&filter, count);
                if quit {
                    self.quit = true;
                } else {
                    self.go_home(now);
                }
            }
            Effect::Review => self.start_review(&[], false, now),
            Effect::MockSetup => self.open_mock_setup(),
            Effect::Mock(choices) => self.start_mock(choices, now),
            Effect::MockHistory => self.open_mock_history(),
            Effect::OpenMock(id) => self.open_past_mock(&id),
            Effect::RateMockAnswer { attempt_id, rating } => {
                self.rate_mock_answer(&attempt_id, rating, now)
            }
            Effect::Browse => self.open_browse(),
            Effect::Stats => self.open_stats(now),
            Effect::Banks => self.screen = Screen::Banks { selected: 0 },
            Effect::Story => self.open_story(),
            Effect::Detail(row) => {
                let back = match std::mem::replace(&mut self.screen, Screen::Home { selected: 0 }) {
                    Screen::Browse(b) => b,
                    _ => Box::default(),
                };
                let (d, flash) = DetailState::open(&self.env(), row, back);
                self.screen = Screen::Detail(Box::new(d));
                self.flash = flash;
            }
            Effect::Edited => self.after_edit(now),
            Effect::Submit if self.mock.is_some() => self.submit_mock(now),
            Effect::Submit => self.submit(now),
            Effect::Rate(r) => self.rate(r, now),
            Effect::ExternalEditor => self.wants_external_editor = true,
            Effect::ChooseTargetRole => {
                let pick = home::RolePick::new(self.settings.target_role.as_deref(), false);
                self.overlay = Some(Overlay::TargetRole(pick));
            }
            Effect::SetTargetRole(role) => self.set_target_role(role, now),
        }
    }

    /// On the first run (the role never set, no answer yet), asks once
    /// which role the user is applying for.
    fn ask_target_role_once(&mut self) {
        if self.overlay.is_none() && !self.settings.target_role_asked && self.home.attempts == 0 {
            self.overlay = Some(Overlay::TargetRole(home::RolePick::new(None, true)));
        }
    }

    /// Keeps the role applied for (`None`: none, and do not ask again).
    fn set_target_role(&mut self, role: Option<String>, now: Instant) {
        let stored = role.clone().unwrap_or_default();
        match self
            .store
            .set_setting(crate::settings::TARGET_ROLE, &stored)
        {
            Ok(()) => {
                self.flash = Some(match &role {
                    Some(r) => crate::t!(
                        "shell-role-set",
                        role = crate::text::one_line(&crate::feedback::role::role_name(r))
                    ),
                    None => crate::t!("shell-role-none"),
                });
                self.settings.target_role = role;
                self.settings.target_role_asked = true;
                self.refresh_home(now);
            }
            Err(e) => self.flash = Some(crate::t!("shell-role-not-saved", error = e.to_string())),
        }
    }

    /// Home, unless the command line asked for something that waited for a
    /// resumed session to end: then that.
    fn go_home(&mut self, now: Instant) {
        if self.run_pending(now) {
            return;
        }
        self.refresh_home(now);
        self.screen = Screen::Home { selected: 0 };
    }

    pub fn open_stats(&mut self, now: Instant) {
        match crate::stats::report(&self.store, &self.scheduler, now, self.day.offset_s(now)) {
            Ok(r) => self.screen = Screen::Stats(Box::new(r)),
            Err(e) => self.flash = Some(e.to_string()),
        }
    }

    pub fn open_browse(&mut self) {
        let (filter, selected) = match &self.screen {
            Screen::Detail(d) => (d.back.filter.clone(), d.back.selected),
            _ => (BrowseFilter::default(), 0),
        };
        let (b, flash) = BrowseState::open(&self.env(), filter, selected);
        self.screen = Screen::Browse(Box::new(b));
        self.flash = flash;
    }
}
