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
use super::format::due_in;
use super::input::Input;
use super::keymap::{self, Action, Ctx};
use super::screens::answer::{self, AnswerState};
use super::screens::browse::{self, BrowseState, DetailState};
use super::screens::feedback::{self, FeedbackState};
use super::screens::home::{self, HomeData};
use super::screens::recall::{self, RecallState};
pub use super::screens::setup::{SetupRow, SetupState};
use super::screens::{setup, stats as stats_screen, summary};
use super::theme::Theme;
use crate::bank::Library;
use crate::browse::BrowseFilter;
use crate::clock::LocalDay;
use crate::paths::Paths;
use crate::practice::{Flow, Next, Recovery, plan, recovery};
use crate::schedule::{Rating, Scheduler};
use crate::session::{Filter, Mode, Session};
use crate::settings::{PracticeChoices, Settings};
use crate::stats::StatsReport;
use crate::store::{Draft, Millis, Store};

/// The draft as last typed, shared with the panic hook and signal handler.
pub type SharedDraft = Arc<Mutex<Option<Draft>>>;

/// How often a changed draft is written while typing.
pub const DRAFT_SAVE_MS: i64 = 1000;

pub enum Screen {
    Home { selected: usize },
    Setup(SetupState),
    Answer(Box<AnswerState>),
    Feedback(Box<FeedbackState>),
    Recall(Box<RecallState>),
    Browse(Box<BrowseState>),
    Detail(Box<DetailState>),
    Summary { scroll: u16, at: Millis },
    Banks { selected: usize },
    Stats(Box<StatsReport>),
}

pub enum Overlay {
    /// The key help; `paused_timer` when opening it paused the answer timer.
    Help {
        paused_timer: bool,
    },
    Menu,
    Recover(Box<Recovery>),
    Confirm(Confirm),
}

pub struct App {
    pub lib: Library,
    pub store: Store,
    pub paths: Paths,
    pub settings: Settings,
    pub scheduler: Scheduler,
    pub theme: Theme,
    pub screen: Screen,
    pub overlay: Option<Overlay>,
    /// The session being run, if any.
    pub flow: Option<Flow>,
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
        Env {
            lib: &$app.lib,
            store: &$app.store,
            settings: &$app.settings,
            theme: $app.theme,
            day: $app.day,
        }
    };
}

impl App {
    pub fn new(
        lib: Library,
        store: Store,
        paths: Paths,
        settings: Settings,
        scheduler: Scheduler,
        now: Millis,
    ) -> App {
        let mut app = App {
            lib,
            store,
            paths,
            settings,
            scheduler,
            theme: Theme::from_env(),
            screen: Screen::Home { selected: 0 },
            overlay: None,
            flow: None,
            flash: None,
            quit: false,
            shared_draft: Arc::new(Mutex::new(None)),
            home: HomeData::default(),
            wants_external_editor: false,
            day: LocalDay::fixed(0),
            pending: None,
            rng: StdRng::from_os_rng(),
            rescued: Vec::new(),
            held_recovery: None,
        };
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
    pub fn begin(&mut self, start: super::Start, now: Millis) {
        use super::Start;
        if matches!(self.overlay, Some(Overlay::Recover(_))) {
            self.pending = Some(start);
            return;
        }
        match start {
            Start::Home => {}
            Start::Practice { filter, count } => self.practice_as_asked(filter, count, now),
            Start::Review { roles, recall } => self.start_review(&roles, recall, now),
            Start::Browse => self.open_browse(),
            Start::Stats => self.open_stats(now),
        }
    }

    /// Goes on to what the command line asked for, if anything waits.
    fn run_pending(&mut self, now: Millis) -> bool {
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
            Some(Overlay::Menu) => vec![Ctx::Menu],
            Some(Overlay::Recover(_)) => vec![Ctx::Recover],
            Some(Overlay::Confirm(_)) => vec![Ctx::Confirm],
            Some(Overlay::Help { .. }) => vec![Ctx::HelpOpen],
            None => self.screen_contexts(),
        }
    }

    /// Whether the answer timer may be paused in this session.
    fn can_pause(&self) -> bool {
        self.session().is_none_or(|s| s.mode.can_pause())
    }

    /// The contexts of the screen itself, under any overlay (the help popup
    /// lists these). Each is there only when its keys do something now.
    pub fn screen_contexts(&self) -> Vec<Ctx> {
        use Ctx::*;
        let mut v = match &self.screen {
            // The help pauses the timer by itself; it lists the keys as
            // they are when it closes.
            Screen::Answer(a) => match (
                self.can_pause(),
                a.timer.is_paused()
                    && !matches!(self.overlay, Some(Overlay::Help { paused_timer: true })),
            ) {
                (true, true) => vec![AnswerPaused, Answer],
                (true, false) => vec![Answer, AnswerEdit, AnswerPause],
                (false, _) => vec![Answer, AnswerEdit],
            },
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
        };
        v.dedup();
        v
    }

    pub fn refresh_home(&mut self, now: Millis) {
        match HomeData::load(&self.env(), now) {
            Ok(h) => self.home = h,
            Err(e) => self.flash = Some(e.to_string()),
        }
    }

    /// Handles one input (a key, a burst of typed text, a paste) at `now`.
    pub fn on_input(&mut self, input: Input, now: Millis) {
        match input {
            Input::Key(k) => self.on_key(k, now),
            Input::Text(t) => self.on_text(&t, now),
            Input::Paste(p) => self.on_paste(&p, now),
        }
    }

    /// Typed characters: into the editor when one is taking text, else one
    /// key at a time (so a burst of `j`s still moves down a list).
    pub fn on_text(&mut self, text: &str, now: Millis) {
        if self.overlay.is_none() && self.takes_text() {
            self.flash = None;
            return self.on_paste(text, now);
        }
        // A burst of typing never answers a question it could not have read.
        if text.chars().count() > 1
            && matches!(
                self.overlay,
                Some(Overlay::Confirm(_) | Overlay::Recover(_))
            )
        {
            self.flash = Some("That looked like typing; answer the question above first.".into());
            return;
        }
        for c in text.chars() {
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
    pub fn on_paste(&mut self, text: &str, now: Millis) {
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
    pub fn on_key(&mut self, ev: KeyEvent, now: Millis) {
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
            Some(Overlay::Confirm(c)) => return self.on_confirm(c, action, now),
            Some(Overlay::Menu) => {
                let effect = match action {
                    Some(Action::Submit) => Effect::Submit,
                    Some(Action::KeepWriting) => Effect::None,
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
            Screen::Browse(b) => browse::on_list_key(b, action, &ev),
            Screen::Detail(d) => browse::on_detail_key(d, action, ev, &env, now),
            Screen::Recall(r) => recall::on_key(r, action, &ev),
            Screen::Summary { scroll, .. } => summary::on_key(scroll, action),
            Screen::Banks { selected } => home::on_banks_key(selected, action),
            Screen::Stats(_) => stats_screen::on_key(action),
        };
        self.apply(effect, now);
    }

    /// Carries out what a screen asked for.
    fn apply(&mut self, effect: Effect, now: Millis) {
        match effect {
            Effect::None => {}
            Effect::Flash(m) => self.flash = Some(m),
            Effect::Confirm(c) => self.overlay = Some(Overlay::Confirm(c)),
            Effect::Menu => self.overlay = Some(Overlay::Menu),
            Effect::Quit => self.request_quit(now),
            Effect::Home => self.go_home(now),
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
            Effect::Browse => self.open_browse(),
            Effect::Stats => self.open_stats(now),
            Effect::Banks => self.screen = Screen::Banks { selected: 0 },
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
            Effect::Submit => self.submit(now),
            Effect::Rate(r) => self.rate(r, now),
            Effect::ExternalEditor => self.wants_external_editor = true,
        }
    }

    /// `q` or Ctrl+C: quits, unless the text on screen could not be saved
    /// or an answer is unrated (then it asks once; a second Ctrl+C is the
    /// answer).
    fn request_quit(&mut self, now: Millis) {
        self.save_draft_now(now);
        let unsaved = matches!(&self.screen, Screen::Answer(a) if a.save_error.is_some());
        if unsaved && !matches!(self.overlay, Some(Overlay::Confirm(Confirm::QuitUnsaved))) {
            self.overlay = Some(Overlay::Confirm(Confirm::QuitUnsaved));
            return;
        }
        if let Screen::Feedback(f) = &self.screen
            && !f.earlier
            && !matches!(self.overlay, Some(Overlay::Confirm(Confirm::QuitUnrated)))
        {
            self.overlay = Some(Overlay::Confirm(Confirm::QuitUnrated));
            return;
        }
        if let Screen::Setup(s) = &self.screen {
            let (filter, count) = (s.filter.clone(), s.count);
            self.remember_practice(&filter, count);
        }
        self.quit = true;
    }

    fn on_recover(&mut self, r: Recovery, action: Option<Action>, now: Millis) {
        match action {
            Some(Action::Resume) => self.resume(r, now),
            Some(Action::Later) => {
                // Set aside, so the next answer typed cannot write over it.
                if let Err(e) = recovery::keep_for_later(&self.store, &r) {
                    self.flash = Some(e.to_string());
                    self.overlay = Some(Overlay::Recover(Box::new(r)));
                    return;
                }
                self.run_pending(now);
            }
            Some(Action::Discard) => {
                self.held_recovery = Some(Box::new(r));
                self.overlay = Some(Overlay::Confirm(Confirm::DiscardRecovered));
            }
            _ => {
                self.flash = Some(
                    "Enter resumes it, Esc keeps it for later, Del discards it (and asks first)."
                        .into(),
                );
                self.overlay = Some(Overlay::Recover(Box::new(r)));
            }
        }
    }

    fn on_confirm(&mut self, c: Confirm, action: Option<Action>, now: Millis) {
        let yes = match action {
            Some(Action::Yes) => true,
            Some(Action::No) => false,
            _ => {
                self.flash = Some("y for yes, n or Esc for no.".into());
                self.overlay = Some(Overlay::Confirm(c));
                return;
            }
        };
        if !yes {
            if let Some(r) = self.held_recovery.take() {
                self.overlay = Some(Overlay::Recover(r));
            }
            return;
        }
        match c {
            Confirm::Quit | Confirm::QuitUnrated => self.quit = true,
            Confirm::QuitUnsaved => {
                self.rescue_unsaved(now);
                self.quit = true;
            }
            Confirm::DiscardRecovered => {
                let Some(r) = self.held_recovery.take() else {
                    return;
                };
                match recovery::discard(&self.store, &r, now) {
                    Ok(()) => {
                        if !self.run_pending(now) {
                            self.flash = Some("Discarded.".into());
                        }
                    }
                    Err(e) => self.flash = Some(e.to_string()),
                }
            }
            Confirm::SkipRating => self.skip_rating(now),
            Confirm::DiscardAnswer => {
                self.drop_draft();
                if let Some(f) = &mut self.flow {
                    f.discard_current();
                }
                self.open_next(now);
            }
            Confirm::EndSession => {
                self.drop_draft();
                if let Some(f) = &mut self.flow {
                    f.end();
                }
                self.finish_session(now);
            }
        }
    }

    /// Home, unless the command line asked for something that waited for a
    /// resumed session to end: then that.
    fn go_home(&mut self, now: Millis) {
        if self.run_pending(now) {
            return;
        }
        self.refresh_home(now);
        self.screen = Screen::Home { selected: 0 };
    }

    pub fn open_stats(&mut self, now: Millis) {
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

    pub fn open_setup(&mut self, filter: Filter, count: usize) {
        self.screen = Screen::Setup(SetupState::new(&self.lib, filter, count));
    }

    /// Opens the setup on the last choices, leaving out (and naming) the
    /// roles, banks, language and tags that are no longer loaded.
    pub fn open_remembered_setup(&mut self) {
        let (filter, count, gone) = setup::remembered(&self.env());
        self.open_setup(filter, count);
        self.flash = setup::left_out(&gone);
    }

    /// `rehearse practice`: what the flags say, the last choices for the rest.
    pub fn practice_as_asked(&mut self, filter: Option<Filter>, count: Option<usize>, now: Millis) {
        let (remembered, last_count, gone) = setup::remembered(&self.env());
        if filter.is_none() {
            self.flash = setup::left_out(&gone);
        }
        let filter = filter.unwrap_or(remembered);
        self.start_practice(&filter, count.unwrap_or(last_count), now);
    }

    /// Keeps the choices for the next session (a failed write only says so).
    fn remember_practice(&mut self, filter: &Filter, count: usize) {
        let choices = PracticeChoices {
            filter: filter.clone(),
            count,
        };
        if choices == self.settings.last_practice {
            return;
        }
        match choices.save(&self.store) {
            Ok(()) => self.settings.last_practice = choices,
            Err(e) => self.flash = Some(format!("Could not keep your practice choices: {e}")),
        }
    }

    /// Rows of the setup screen, in order.
    pub fn setup_rows(&self) -> Vec<SetupRow> {
        setup::rows(&self.lib)
    }

    /// Draws questions and opens the first; says so when nothing matches.
    /// The choices are kept for next time either way.
    pub fn start_practice(&mut self, filter: &Filter, count: usize, now: Millis) {
        self.remember_practice(filter, count);
        let planned = plan::practice(&self.lib, &self.store, filter, count, &mut self.rng)
            .map_err(|e| (matches!(e, plan::PlanError::NoMatch), e.to_string()))
            .and_then(|keys| {
                Flow::start(&self.store, Mode::Practice, keys, now)
                    .map_err(|e| (false, e.to_string()))
            });
        match planned {
            Ok(flow) => {
                self.flow = Some(flow);
                self.open_next(now);
            }
            Err((no_match, msg)) => {
                self.flash = Some(msg);
                if no_match && !matches!(self.screen, Screen::Setup(_)) {
                    self.open_setup(filter.clone(), count);
                }
            }
        }
    }

    /// Starts a review: first the saved answers never rated, then what is
    /// due, then new questions up to today's limit; says so when there is
    /// nothing to review.
    pub fn start_review(&mut self, roles: &[String], recall: bool, now: Millis) {
        let new_today = plan::NewToday {
            limit: self.settings.new_limit,
            since: self.day.midnight(now),
        };
        let planned = plan::review(
            &self.lib,
            &self.store,
            &self.scheduler,
            roles,
            new_today,
            now,
            &mut self.rng,
        );
        let p = match planned {
            Ok(p) => p,
            Err(e) => {
                self.flash = Some(e.to_string());
                return;
            }
        };
        if p.is_empty() {
            let next = self.store.next_due(now).ok().flatten();
            self.flash = Some(match next {
                Some(d) => format!("Nothing to review now; the next question is due {}.", due_in(d, now)),
                None => "Nothing to review yet, and today's new questions are done. Practise to fill the queue.".into(),
            });
            self.screen = Screen::Home { selected: 1 };
            return;
        }
        let mode = if recall { Mode::Recall } else { Mode::Review };
        match Flow::start(&self.store, mode, p.queue, now) {
            Ok(flow) => {
                self.flow = Some(flow.with_backlog(p.backlog));
                self.open_next(now);
            }
            Err(e) => self.flash = Some(e.to_string()),
        }
    }

    /// Opens whatever the session asks next.
    fn open_next(&mut self, now: Millis) {
        let Some(flow) = &mut self.flow else {
            return self.go_home(now);
        };
        let next = flow.next(&self.lib, &self.store);
        if let Some(p) = flow.problems.pop() {
            self.flash = Some(p);
        }
        let env = env!(self);
        self.screen = match next {
            Next::Answer { asked, draft } => {
                let a = match &draft {
                    Some(d) => AnswerState::from_draft(asked, d, now),
                    None => AnswerState::new(asked, now),
                };
                Screen::Answer(Box::new(a))
            }
            Next::Recall { asked, previous } => {
                Screen::Recall(Box::new(RecallState::new(asked, previous, now)))
            }
            Next::Rate {
                asked,
                attempt,
                previous,
                earlier,
            } => {
                if earlier {
                    let when = self.day.date_time(attempt.submitted_at);
                    self.flash = Some(format!(
                        "Your answer of {when} was never rated: rate it (1–4) to schedule it."
                    ));
                }
                let f = FeedbackState::new(asked, attempt, previous, earlier, &env);
                Screen::Feedback(Box::new(f))
            }
            Next::Done => return self.finish_session(now),
        };
        self.after_edit(now);
    }

    /// Picks up what an earlier run left: the whole session where it
    /// stopped, with its draft, or a lone draft.
    fn resume(&mut self, r: Recovery, now: Millis) {
        let slot = r.draft_slot.clone();
        let had_draft = r.draft.is_some();
        match Flow::resume(&self.lib, &self.store, r, &self.env().rates(), now) {
            Ok(flow) => self.flow = Some(flow),
            Err(e) => {
                self.flash = Some(e.to_string());
                return;
            }
        }
        self.open_next(now);
        let (i, n) = self.session().map_or((0, 0), |s| s.position());
        self.flash = Some(if had_draft {
            format!(
                "Resumed at question {i} of {n}; your draft is back and the timer goes on from where it was."
            )
        } else {
            format!("Resumed at question {i} of {n}.")
        });
        // A draft set aside earlier is the current one now: once it is
        // saved as such, its old copy goes.
        if let Some(slot) = slot
            && matches!(self.screen, Screen::Answer(_))
        {
            self.save_draft_now(now);
            if matches!(&self.screen, Screen::Answer(a) if a.save_error.is_none())
                && let Err(e) = self.store.drop_kept_draft(&slot)
            {
                self.flash = Some(e.to_string());
            }
        }
    }

    /// Keeps the shared snapshot current (for a crash) after any change.
    pub fn after_edit(&mut self, now: Millis) {
        let draft = self.current_draft(now);
        super::fatal::set_snapshot(draft.as_ref());
        if let Ok(mut slot) = self.shared_draft.lock() {
            *slot = draft;
        }
    }

    pub fn current_draft(&self, now: Millis) -> Option<Draft> {
        let Screen::Answer(a) = &self.screen else {
            return None;
        };
        let flow = self.flow.as_ref();
        let mode = flow.map_or(Mode::Practice.as_str(), |f| f.mode_name());
        Some(a.draft(mode, flow.map(|f| f.session.id.clone()), now))
    }

    /// Called often: writes the draft when it changed and enough time passed
    /// (a failing disk is tried again at the same pace).
    pub fn tick(&mut self, now: Millis) {
        let due = matches!(&self.screen, Screen::Answer(a)
            if a.unsaved() && now - a.last_save >= DRAFT_SAVE_MS);
        if due {
            self.save_draft_now(now);
        }
    }

    /// Writes the current draft (if answering and there is text) right away.
    /// When it cannot be written, the answer screen says so until it can.
    pub fn save_draft_now(&mut self, now: Millis) {
        let Some(draft) = self.current_draft(now) else {
            return;
        };
        let Screen::Answer(a) = &mut self.screen else {
            return;
        };
        let result = if draft.text.trim().is_empty() {
            self.store.clear_draft()
        } else {
            self.store.save_draft(&draft)
        };
        a.last_save = now;
        match result {
            Ok(()) => {
                a.saved_revision = a.editor.revision;
                a.save_error = None;
            }
            Err(e) => a.save_error = Some(e.to_string()),
        }
    }

    /// The text on screen could not be saved and the user quits anyway: it
    /// goes to a file outside the data folder, named when the app ends.
    fn rescue_unsaved(&mut self, now: Millis) {
        let Some(draft) = self.current_draft(now) else {
            return;
        };
        let Screen::Answer(a) = &mut self.screen else {
            return;
        };
        if a.save_error.is_none() || draft.text.trim().is_empty() {
            return;
        }
        let why = a.save_error.clone().unwrap_or_default();
        self.rescued
            .push(crate::rescue::rescue_message(&draft, &why, now));
        // It is safe now; nothing else should try to save it on the way out.
        a.saved_revision = a.editor.revision;
    }

    /// Everything to do as the app ends: the draft saved (or rescued).
    /// Returns what to tell the user once the terminal is back.
    pub fn finish(&mut self, now: Millis) -> Vec<String> {
        self.save_draft_now(now);
        self.rescue_unsaved(now);
        std::mem::take(&mut self.rescued)
    }

    fn drop_draft(&mut self) {
        if let Err(e) = self.store.clear_draft() {
            self.flash = Some(e.to_string());
        }
        if let Ok(mut slot) = self.shared_draft.lock() {
            *slot = None;
        }
        super::fatal::set_snapshot(None);
    }

    /// Saves the answer durably, then shows the feedback; when it cannot be
    /// saved, the text stays on screen with the error.
    fn submit(&mut self, now: Millis) {
        let Some(flow) = &self.flow else {
            return;
        };
        let Screen::Answer(a) = &mut self.screen else {
            return;
        };
        let text = a.editor.text();
        if text.trim().is_empty() {
            self.flash = Some(
                "The answer is empty; type something first (or Esc → discard to skip).".into(),
            );
            return;
        }
        let saved = flow.submit(
            &self.store,
            &a.asked,
            text,
            a.started_at,
            a.timer.elapsed(now),
            now,
        );
        let (attempt, previous) = match saved {
            Ok(x) => x,
            Err(e) => {
                let msg = format!("could not save the answer (it is still here): {e}");
                a.save_error = Some(msg.clone());
                self.flash = Some(msg);
                return;
            }
        };
        let asked = a.asked.clone();
        let compare = previous.is_some() && flow.session.mode == Mode::Review;
        self.drop_draft();
        let mut f = FeedbackState::new(asked, attempt, previous, false, &env!(self));
        f.compare = compare;
        self.screen = Screen::Feedback(Box::new(f));
    }

    fn rate(&mut self, r: u8, now: Millis) {
        let Some(rating) = Rating::from_u8(r) else {
            return;
        };
        let (asked, attempt_id, earlier, follow_up, result) = match &self.screen {
            Screen::Feedback(f) => (
                f.asked.clone(),
                Some(f.attempt.id.clone()),
                f.earlier,
                f.follow_up_queued,
                f.result(),
            ),
            Screen::Recall(rc) => {
                let result = crate::session::QuestionResult {
                    key: rc.asked.key.clone(),
                    prompt: rc.asked.question.prompt.clone(),
                    duration_ms: rc.timer.elapsed(now),
                    time_limit_s: rc.asked.question.time_limit,
                    words: 0,
                    covered: 0,
                    key_points: 0,
                    rating: None,
                    next_due: None,
                };
                (rc.asked.clone(), None, false, None, result)
            }
            _ => return,
        };
        let Some(flow) = &mut self.flow else {
            return;
        };
        let rated = flow.rate(
            &mut self.store,
            &self.scheduler,
            &asked,
            attempt_id.as_deref(),
            rating,
            earlier,
            follow_up,
            result,
            now,
        );
        match rated {
            Ok((card, again)) => {
                self.open_next(now);
                if earlier {
                    self.flash = Some(format!("Rated; it comes back {}.", due_in(card.due, now)));
                } else if again {
                    self.flash = Some("It comes back later in this session.".into());
                }
            }
            Err(e) => self.flash = Some(e),
        }
    }

    /// Goes on without rating: the answer stays saved, unrated, and is
    /// offered for rating when a review starts.
    fn skip_rating(&mut self, now: Millis) {
        let Screen::Feedback(f) = &self.screen else {
            return;
        };
        match &mut self.flow {
            Some(flow) => {
                flow.skip_rating(&f.attempt.id, f.earlier, f.result());
                self.open_next(now);
            }
            None => self.go_home(now),
        }
    }

    fn finish_session(&mut self, now: Millis) {
        if let Some(f) = &self.flow
            && let Err(e) = f.finish(&self.store, now)
        {
            self.flash = Some(e.to_string());
        }
        self.screen = Screen::Summary { scroll: 0, at: now };
    }

    /// Takes the text back from $EDITOR.
    pub fn replace_answer_text(&mut self, text: &str, now: Millis) {
        if let Screen::Answer(a) = &mut self.screen {
            a.editor
                .set_text(crate::text::typed(text).trim_end_matches('\n'));
        }
        self.after_edit(now);
        self.save_draft_now(now);
    }
}
