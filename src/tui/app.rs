//! The app state and its update function: keys and ticks in, state (and
//! store writes) out. Drawing lives in `screens/`.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use crossterm::event::KeyEvent;

use super::editor::AnswerEditor;
use super::keymap::{self, Action, Ctx};
use super::screens::setup::{MatchCount, TagPicker};
use super::theme::Theme;
use crate::bank::{Kind, Level, Library, Question};
use crate::feedback::{self, Feedback, Point, Rates, TextStats};
use crate::paths::Paths;
use crate::schedule::{Rating, Scheduler};
use crate::session::{self, Filter, Mode, QuestionResult, Session, Timer};
use crate::settings::{PracticeChoices, Settings};
use crate::store::{Attempt, Draft, Millis, OpenSession, QuestionKey, Store, new_id};

/// The draft as last typed, shared with the panic hook and signal handler.
pub type SharedDraft = Arc<Mutex<Option<Draft>>>;

/// How many other questions come before one rated Again comes back.
const AGAIN_GAP: usize = 3;

/// How often a changed draft is written while typing.
pub const DRAFT_SAVE_MS: i64 = 1000;

/// A question ready to ask: from a bank, or a follow-up made from one.
#[derive(Debug, Clone)]
pub struct Asked {
    pub key: QuestionKey,
    pub bank_title: String,
    pub role: String,
    pub language: String,
    pub question: Question,
    /// For a follow-up: the question it digs into.
    pub parent: Option<String>,
}

pub struct AnswerState {
    pub asked: Asked,
    pub editor: AnswerEditor,
    pub timer: Timer,
    pub started_at: Millis,
    pub saved_revision: u64,
    pub last_save: Millis,
    /// Why the text on screen could not be saved, while that lasts.
    pub save_error: Option<String>,
    stats_cache: (u64, TextStats),
}

impl AnswerState {
    pub fn stats(&mut self, rates: &Rates) -> TextStats {
        if self.stats_cache.0 != self.editor.revision || self.editor.revision == 0 {
            self.stats_cache = (
                self.editor.revision,
                feedback::text_stats(&self.editor.text(), rates),
            );
        }
        self.stats_cache.1
    }
}

pub struct FeedbackState {
    pub asked: Asked,
    pub attempt: Attempt,
    pub feedback: Feedback,
    /// Key points and talking points, with the user's toggles applied.
    pub points: Vec<PointRow>,
    pub selected: usize,
    pub previous: Option<Attempt>,
    pub scroll: u16,
    pub follow_up_queued: Option<usize>,
    /// Side by side with the previous version (the default in review).
    pub compare: bool,
    /// How far the page can scroll, as last drawn.
    pub max_scroll: std::cell::Cell<u16>,
    /// Rating an answer saved earlier (from the backlog), not one just given.
    pub earlier: bool,
}

/// Review with `--recall`: think the answer through, then see the last one.
pub struct RecallState {
    pub asked: Asked,
    pub timer: Timer,
    pub revealed: bool,
    pub previous: Option<Attempt>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PointRow {
    pub text: String,
    pub covered: bool,
    pub matched: Option<String>,
    pub auto: bool,
    pub talking_point: bool,
}

pub struct SetupState {
    pub filter: Filter,
    pub count: usize,
    pub selected: usize,
    /// What the choices allow; recomputed when a choice changes.
    pub matches: MatchCount,
    /// The tag list, while it is open.
    pub tags: Option<Box<TagPicker>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HomeItem {
    Practice,
    Review,
    Browse,
    Stats,
    Banks,
    Quit,
}

pub const HOME_ITEMS: [HomeItem; 6] = [
    HomeItem::Practice,
    HomeItem::Review,
    HomeItem::Browse,
    HomeItem::Stats,
    HomeItem::Banks,
    HomeItem::Quit,
];

/// Numbers for the home screen, read from the store.
#[derive(Debug, Clone, Default)]
pub struct HomeData {
    pub due: u64,
    pub new_per_role: Vec<(String, usize)>,
    pub streak: u32,
    pub last_session: Option<String>,
    pub attempts: u64,
    /// Saved answers never rated.
    pub unrated: usize,
    /// The local date at the last refresh, for the interview countdown.
    pub today: chrono::NaiveDate,
}

pub enum Screen {
    Home { selected: usize },
    Setup(SetupState),
    Answer(Box<AnswerState>),
    Feedback(Box<FeedbackState>),
    Recall(Box<RecallState>),
    Browse(Box<super::browse::BrowseState>),
    Detail(Box<super::browse::DetailState>),
    Summary { scroll: u16, at: Millis },
    Banks { selected: usize },
    Stats(Box<crate::stats::StatsReport>),
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

/// What an earlier run left unfinished: the answer being typed, the session
/// it belonged to, or both.
#[derive(Debug, Clone)]
pub struct Recovery {
    pub draft: Option<Draft>,
    /// Where the draft was set aside ("keep it for later"); None for the
    /// draft of the last run.
    pub draft_slot: Option<String>,
    pub session: Option<OpenSession>,
}

/// What the store holds that an earlier run left unfinished, if anything:
/// the draft of the last run (else one set aside) and its session (else the
/// latest session left open).
fn find_recovery(store: &Store) -> crate::store::Result<Option<Recovery>> {
    let (draft, draft_slot) = match store.draft()? {
        Some(d) => (Some(d), None),
        None => match store.kept_drafts()?.into_iter().next() {
            Some((slot, d)) => (Some(d), Some(slot)),
            None => (None, None),
        },
    };
    let sessions = store.open_sessions()?;
    let session = match &draft {
        Some(d) => match &d.session_id {
            Some(id) => sessions.into_iter().find(|s| &s.id == id),
            // A draft from before drafts knew their session.
            None => {
                let key = QuestionKey::new(&d.bank_id, &d.question_id);
                sessions
                    .into_iter()
                    .find(|s| s.queue.get(s.position) == Some(&key))
            }
        },
        None => sessions.into_iter().next(),
    };
    Ok((draft.is_some() || session.is_some()).then_some(Recovery {
        draft,
        draft_slot,
        session,
    }))
}

/// The yes/no questions; each names what "yes" does.
#[derive(Debug, Clone, PartialEq)]
pub enum Confirm {
    /// Esc on the home screen.
    Quit,
    /// `d` on the recovered-draft prompt.
    DiscardRecovered,
    /// Esc on the feedback screen.
    SkipRating,
    /// `q` on the feedback screen.
    QuitUnrated,
    /// `d` in the answer menu.
    DiscardAnswer,
    /// `e` in the answer menu, or Esc in recall.
    EndSession,
    /// Quitting while the text on screen could not be saved.
    QuitUnsaved,
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
    pub session: Option<Session>,
    pub flash: Option<String>,
    pub quit: bool,
    pub shared_draft: SharedDraft,
    pub home: HomeData,
    /// Set when Ctrl+E asked for $EDITOR; the loop runs it outside raw mode.
    pub wants_external_editor: bool,
    pub utc_offset_s: i64,
    follow_ups: HashMap<QuestionKey, Asked>,
    /// What the command line asked for, held while the recovery prompt is up
    /// (or while a resumed session runs) and done after it.
    pub pending: Option<super::Start>,
    /// Saved answers waiting for a rating, rated before a review goes on.
    backlog: Vec<Attempt>,
    /// Where text that could not be saved was written when quitting.
    pub rescued: Vec<String>,
    /// The recovery prompt, while a yes/no question stands over it.
    held_recovery: Option<Box<Recovery>>,
    /// Answers of a resumed session that were saved but not rated.
    resumed_unrated: Vec<Attempt>,
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
            session: None,
            flash: None,
            quit: false,
            shared_draft: Arc::new(Mutex::new(None)),
            home: HomeData::default(),
            wants_external_editor: false,
            utc_offset_s: 0,
            follow_ups: HashMap::new(),
            pending: None,
            backlog: Vec::new(),
            rescued: Vec::new(),
            held_recovery: None,
            resumed_unrated: Vec::new(),
        };
        match find_recovery(&app.store) {
            Ok(None) => {}
            Ok(Some(r)) => app.overlay = Some(Overlay::Recover(Box::new(r))),
            Err(e) => app.flash = Some(e.to_string()),
        }
        app.refresh_home(now);
        app
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

    pub fn rates(&self) -> Rates {
        Rates {
            english_wpm: self.settings.english_wpm,
            hangul_spm: self.settings.hangul_spm,
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
        self.session.as_ref().is_none_or(|s| s.mode.can_pause())
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
                if !f.asked.question.follow_ups.is_empty() && self.session.is_some() && !f.earlier {
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
        let mut data = HomeData::default();
        let result = (|| -> crate::store::Result<()> {
            data.due = self.store.due_count(now)?;
            data.attempts = self.store.attempt_count()?;
            data.unrated = self.store.unrated_count()?;
            let cards: std::collections::HashSet<QuestionKey> =
                self.store.all_card_keys()?.into_iter().collect();
            for (role, banks) in self.lib.roles() {
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
            let days = self.store.practice_days(self.utc_offset_s)?;
            let today = chrono::DateTime::from_timestamp_millis(now + self.utc_offset_s * 1000)
                .unwrap_or_default()
                .date_naive();
            data.streak = crate::stats::streak(&days, today);
            data.today = today;
            if let Some(s) = self.store.last_session()? {
                let when = chrono::DateTime::from_timestamp_millis(
                    s.started_at + self.utc_offset_s * 1000,
                )
                .unwrap_or_default()
                .format("%Y-%m-%d %H:%M");
                let n = crate::text::count(s.questions as usize, "question", "questions");
                data.last_session = Some(format!("{when}, {}, {n}", s.mode));
            }
            Ok(())
        })();
        if let Err(e) = result {
            self.flash = Some(e.to_string());
        }
        self.home = data;
    }

    /// Handles one input (a key, a burst of typed text, a paste) at `now`.
    pub fn on_input(&mut self, input: super::input::Input, now: Millis) {
        use super::input::Input;
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
        use crossterm::event::{KeyCode, KeyModifiers};
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

    /// Handles one key press at `now`.
    pub fn on_key(&mut self, ev: KeyEvent, now: Millis) {
        if ev.kind == crossterm::event::KeyEventKind::Release {
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
                match action {
                    Some(Action::Submit) => self.submit(now),
                    Some(Action::KeepWriting) => {}
                    Some(Action::Discard) => {
                        self.overlay = Some(Overlay::Confirm(Confirm::DiscardAnswer))
                    }
                    Some(Action::EndSession) => {
                        self.overlay = Some(Overlay::Confirm(Confirm::EndSession))
                    }
                    _ => self.overlay = Some(Overlay::Menu),
                }
                return;
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
        match &mut self.screen {
            Screen::Answer(_) => self.on_answer_key(action, ev, now),
            Screen::Home { .. } => self.on_home(action, now),
            Screen::Setup(_) => self.on_setup(action, ev, now),
            Screen::Feedback(_) => self.on_feedback(action, now),
            Screen::Browse(_) => self.on_browse(action, ev, now),
            Screen::Detail(_) => self.on_detail(action, ev, now),
            Screen::Recall(r) => match action {
                Some(Action::Reveal) => r.revealed = true,
                Some(Action::Rate(n)) if r.revealed => self.rate_recall(n, now),
                None if matches!(ev.code, crossterm::event::KeyCode::Char('1'..='4')) => {
                    self.flash = Some(
                        "Think it through first; Space shows your last version, then rate.".into(),
                    )
                }
                Some(Action::Back) => self.overlay = Some(Overlay::Confirm(Confirm::EndSession)),
                _ => {}
            },
            Screen::Summary { scroll, .. } => match action {
                Some(Action::Back) => self.go_home(now),
                Some(Action::Down) => *scroll = scroll.saturating_add(1),
                Some(Action::Up) => *scroll = scroll.saturating_sub(1),
                Some(Action::Right) => *scroll = scroll.saturating_add(10),
                Some(Action::Left) => *scroll = scroll.saturating_sub(10),
                _ => {}
            },
            Screen::Banks { selected } => match action {
                Some(Action::Down) => *selected += 1,
                Some(Action::Up) => *selected = selected.saturating_sub(1),
                Some(Action::Back) => self.go_home(now),
                _ => {}
            },
            Screen::Stats(_) => {
                if action == Some(Action::Back) {
                    self.go_home(now)
                }
            }
        }
    }

    /// `q` or Ctrl+C: quits, unless the text on screen could not be saved
    /// (then it asks once; a second Ctrl+C is the answer).
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
        self.quit = true;
    }

    fn on_recover(&mut self, r: Recovery, action: Option<Action>, now: Millis) {
        match action {
            Some(Action::Resume) => self.resume(r, now),
            Some(Action::Later) => {
                // Set aside, so the next answer typed cannot write over it.
                if r.draft.is_some()
                    && r.draft_slot.is_none()
                    && let Err(e) = self.store.keep_draft()
                {
                    self.flash = Some(e.to_string());
                    self.overlay = Some(Overlay::Recover(Box::new(r)));
                    return;
                }
                self.run_pending(now);
            }
            Some(Action::Discard) => {
                self.overlay = Some(Overlay::Recover(Box::new(r)));
                self.overlay_confirm(Confirm::DiscardRecovered);
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

    /// Asks `c` over whatever is showing; the recovery prompt, if that is it,
    /// comes back when the answer is no.
    fn overlay_confirm(&mut self, c: Confirm) {
        if let Some(Overlay::Recover(r)) = self.overlay.take() {
            self.held_recovery = Some(r);
        }
        self.overlay = Some(Overlay::Confirm(c));
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
                let r = self.held_recovery.take();
                let result = (|| -> crate::store::Result<()> {
                    match r.as_ref().and_then(|r| r.draft_slot.as_deref()) {
                        Some(slot) => self.store.drop_kept_draft(slot)?,
                        None => self.store.clear_draft()?,
                    }
                    if let Some(s) = r.as_ref().and_then(|r| r.session.as_ref()) {
                        self.store.finish_session(&s.id, 0, now)?;
                    }
                    Ok(())
                })();
                match result {
                    Ok(()) => {
                        if !self.run_pending(now) {
                            self.flash = Some("Discarded.".into());
                        }
                    }
                    Err(e) => self.flash = Some(e.to_string()),
                }
            }
            Confirm::SkipRating => self.skip_rating(now),
            Confirm::DiscardAnswer => self.discard(now),
            Confirm::EndSession => self.end_session(now),
        }
    }

    /// Pasted text goes into the editor that is taking text, as typed.
    pub fn on_paste(&mut self, text: &str, now: Millis) {
        if self.overlay.is_some() {
            return;
        }
        match &mut self.screen {
            Screen::Answer(a) if a.timer.is_paused() => {
                self.flash = Some("The timer is paused: Ctrl+P resumes, then type.".into());
            }
            Screen::Answer(a) => {
                a.editor.paste(text);
                self.after_edit(now);
            }
            Screen::Detail(d) => {
                if let Some(e) = &mut d.editing {
                    e.paste(text);
                }
            }
            _ => {}
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

    fn on_home(&mut self, action: Option<Action>, now: Millis) {
        let Screen::Home { selected } = &mut self.screen else {
            return;
        };
        match action {
            Some(Action::Down) => *selected = (*selected + 1).min(HOME_ITEMS.len() - 1),
            Some(Action::Up) => *selected = selected.saturating_sub(1),
            Some(Action::Back) => self.overlay = Some(Overlay::Confirm(Confirm::Quit)),
            Some(Action::Select) => match HOME_ITEMS[*selected] {
                HomeItem::Practice => self.open_remembered_setup(),
                HomeItem::Review => self.start_review(&[], false, now),
                HomeItem::Browse => self.open_browse(),
                HomeItem::Stats => self.open_stats(now),
                HomeItem::Banks => self.screen = Screen::Banks { selected: 0 },
                HomeItem::Quit => self.quit = true,
            },
            _ => {}
        }
    }

    pub fn open_stats(&mut self, now: Millis) {
        match crate::stats::report(&self.store, &self.scheduler, now, self.utc_offset_s) {
            Ok(r) => self.screen = Screen::Stats(Box::new(r)),
            Err(e) => self.flash = Some(e.to_string()),
        }
    }

    pub fn open_setup(&mut self, filter: Filter, count: usize) {
        let matches = MatchCount::of(&self.lib, &filter);
        self.screen = Screen::Setup(SetupState {
            filter,
            count: count.clamp(1, MAX_PRACTICE_COUNT),
            selected: 0,
            matches,
            tags: None,
        });
    }

    /// Opens the setup on the last choices, leaving out (and naming) the
    /// roles, banks, language and tags that are no longer loaded.
    pub fn open_remembered_setup(&mut self) {
        let (filter, count, gone) = self.remembered_choices();
        self.open_setup(filter, count);
        self.say_left_out(&gone);
    }

    /// The last practice choices that still exist in the loaded banks, and
    /// the ones left out.
    fn remembered_choices(&self) -> (Filter, usize, Vec<String>) {
        let last = self.settings.last_practice.clone();
        let mut f = last.filter;
        let mut gone: Vec<String> = Vec::new();
        let roles = self.lib.roles();
        f.roles.retain(|r| {
            let keep = roles.contains_key(r.as_str());
            if !keep {
                gone.push(format!("role {}", crate::text::one_line(r)));
            }
            keep
        });
        f.banks.retain(|b| {
            let keep = self.lib.bank(b).is_some();
            if !keep {
                gone.push(format!("bank {}", crate::text::one_line(b)));
            }
            keep
        });
        if let Some(l) = f.lang.take() {
            if self.lib.languages().contains(&l) {
                f.lang = Some(l);
            } else {
                gone.push(format!("language {}", crate::text::one_line(&l)));
            }
        }
        let known = session::tag_counts(&self.lib, &Filter::default());
        f.tags.retain(|t| {
            let keep = known.iter().any(|(k, _)| k.eq_ignore_ascii_case(t));
            if !keep {
                gone.push(format!("tag {}", crate::text::one_line(t)));
            }
            keep
        });
        (f, last.count, gone)
    }

    fn say_left_out(&mut self, gone: &[String]) {
        if !gone.is_empty() {
            self.flash = Some(format!(
                "Your last practice choices named {}, which no loaded bank has; left out.",
                gone.join(", ")
            ));
        }
    }

    /// `rehearse practice`: what the flags say, the last choices for the rest.
    pub fn practice_as_asked(&mut self, filter: Option<Filter>, count: Option<usize>, now: Millis) {
        let (remembered, last_count, gone) = self.remembered_choices();
        if filter.is_none() {
            self.say_left_out(&gone);
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
        let mut rows = vec![
            SetupRow::Start,
            SetupRow::Count,
            SetupRow::Language,
            SetupRow::Level,
            SetupRow::Tags,
        ];
        rows.extend(
            self.lib
                .roles()
                .keys()
                .map(|r| SetupRow::Role(r.to_string())),
        );
        rows.extend(self.lib.banks.iter().map(|b| SetupRow::Bank(b.id.clone())));
        rows
    }

    fn on_setup(&mut self, action: Option<Action>, ev: KeyEvent, now: Millis) {
        let rows = self.setup_rows();
        let languages = self.lib.languages();
        let Screen::Setup(s) = &mut self.screen else {
            return;
        };
        let before = s.filter.clone();
        if let Some(picker) = &mut s.tags {
            if picker.on_key(action, &ev, &mut s.filter.tags).is_some() {
                s.tags = None;
            }
            if s.filter != before {
                s.matches = MatchCount::of(&self.lib, &s.filter);
            }
            return;
        }
        let row = rows.get(s.selected).cloned().unwrap_or(SetupRow::Start);
        let cycle_lang = |cur: &Option<String>, dir: i32| -> Option<String> {
            let mut opts: Vec<Option<String>> = vec![None];
            opts.extend(languages.iter().cloned().map(Some));
            let i = opts.iter().position(|o| o == cur).unwrap_or(0) as i32;
            let n = opts.len() as i32;
            opts[((i + dir).rem_euclid(n)) as usize].clone()
        };
        match action {
            Some(Action::Down) => s.selected = (s.selected + 1).min(rows.len() - 1),
            Some(Action::Up) => s.selected = s.selected.saturating_sub(1),
            Some(Action::Back) => {
                let (filter, count) = (s.filter.clone(), s.count);
                self.remember_practice(&filter, count);
                self.go_home(now);
            }
            Some(Action::Quit) => {
                let (filter, count) = (s.filter.clone(), s.count);
                self.remember_practice(&filter, count);
                self.quit = true;
            }
            Some(Action::Start) => self.start_practice_from_setup(now),
            Some(dir @ (Action::Left | Action::Right)) => {
                let d = if dir == Action::Left { -1 } else { 1 };
                match row {
                    SetupRow::Count => {
                        s.count = (s.count as i32 + d).clamp(1, MAX_PRACTICE_COUNT as i32) as usize
                    }
                    SetupRow::Language => s.filter.lang = cycle_lang(&s.filter.lang, d),
                    SetupRow::Level => s.filter.level = cycle_level(s.filter.level, d),
                    _ => {}
                }
            }
            Some(Action::Select | Action::Toggle) => match row {
                SetupRow::Start => self.start_practice_from_setup(now),
                SetupRow::Count => {
                    s.count = if s.count >= MAX_PRACTICE_COUNT {
                        1
                    } else {
                        s.count + 1
                    }
                }
                SetupRow::Language => s.filter.lang = cycle_lang(&s.filter.lang, 1),
                SetupRow::Level => s.filter.level = cycle_level(s.filter.level, 1),
                SetupRow::Tags => s.tags = Some(Box::new(TagPicker::open(&self.lib, &s.filter))),
                SetupRow::Role(r) => toggle(&mut s.filter.roles, r),
                SetupRow::Bank(b) => toggle(&mut s.filter.banks, b),
            },
            _ => {}
        }
        if let Screen::Setup(s) = &mut self.screen
            && s.filter != before
        {
            s.matches = MatchCount::of(&self.lib, &s.filter);
        }
    }

    fn start_practice_from_setup(&mut self, now: Millis) {
        let Screen::Setup(s) = &self.screen else {
            return;
        };
        let (filter, count) = (s.filter.clone(), s.count);
        self.start_practice(&filter, count, now);
    }

    /// Draws questions and opens the first; says so when nothing matches.
    /// The choices are kept for next time either way.
    pub fn start_practice(&mut self, filter: &Filter, count: usize, now: Millis) {
        self.remember_practice(filter, count);
        let candidates = session::candidates(&self.lib, filter);
        if candidates.is_empty() {
            self.flash = Some(
                "No questions match these choices; loosen the roles, banks, language, level or tags."
                    .into(),
            );
            if !matches!(self.screen, Screen::Setup(_)) {
                self.open_setup(filter.clone(), count);
            }
            return;
        }
        let histories = match self.store.histories() {
            Ok(h) => h,
            Err(e) => {
                self.flash = Some(e.to_string());
                return;
            }
        };
        let keys = session::draw(&candidates, &histories, count, &mut rand::rng());
        let s = Session::new(new_id(), Mode::Practice, keys, now);
        if let Err(e) = self.store.start_session(&s.id, s.mode.as_str(), now) {
            self.flash = Some(e.to_string());
        }
        self.session = Some(s);
        self.open_current(now);
    }

    fn asked_for(&self, key: &QuestionKey) -> Option<Asked> {
        if let Some(a) = self.follow_ups.get(key) {
            return Some(a.clone());
        }
        if let Some((b, q)) = self.lib.question(&key.bank_id, &key.question_id) {
            return Some(Asked {
                key: key.clone(),
                bank_title: b.title.clone(),
                role: b.role.clone(),
                language: b.language.clone(),
                question: q.clone(),
                parent: None,
            });
        }
        // A follow-up ("<parent>.follow-up-<n>") is made again from its parent,
        // so it comes back with the question it digs into and its bank's title.
        if let Some((parent_id, n)) = split_follow_up(&key.question_id)
            && let Some(parent) = self.asked_for(&QuestionKey::new(&key.bank_id, parent_id))
            && (1..=parent.question.follow_ups.len()).contains(&n)
        {
            return Some(self.make_follow_up(&parent, n - 1));
        }
        // A question whose bank is gone can still be reviewed from its card.
        let card = self.store.card(key).ok().flatten()?;
        Some(Asked {
            key: key.clone(),
            bank_title: key.bank_id.clone(),
            role: card.role.clone(),
            language: String::new(),
            question: bare_question(&key.question_id, &card.prompt, 120),
            parent: None,
        })
    }

    /// Writes how far the session got, so an interruption resumes here.
    fn persist_session(&mut self) {
        if let Some(s) = &self.session
            && let Err(e) = self.store.save_session_progress(&s.id, &s.queue, s.index)
        {
            self.flash = Some(e.to_string());
        }
    }

    /// Rates the saved answers waiting for it, then goes on with the session.
    fn open_next(&mut self, now: Millis) {
        match self.backlog.first().cloned() {
            Some(a) => self.open_feedback_for(a, true),
            None => self.open_current(now),
        }
    }

    /// Opens the session's current question, or the summary when done.
    fn open_current(&mut self, now: Millis) {
        loop {
            let Some(sess) = &self.session else {
                return self.go_home(now);
            };
            let Some(key) = sess.current().cloned() else {
                return self.finish_session(now);
            };
            let mode = sess.mode;
            self.persist_session();
            // The app stopped on this question's feedback: rate that answer.
            if let Some(i) = self
                .resumed_unrated
                .iter()
                .position(|a| a.bank_id == key.bank_id && a.question_id == key.question_id)
            {
                let a = self.resumed_unrated.remove(i);
                return self.open_feedback_for(a, false);
            }
            match self.asked_for(&key) {
                Some(asked) if mode == Mode::Recall => {
                    let previous = self.latest_attempt(&asked.key);
                    let timer = Timer::start(now, asked.question.time_limit);
                    self.screen = Screen::Recall(Box::new(RecallState {
                        asked,
                        timer,
                        revealed: false,
                        previous,
                    }));
                    return;
                }
                Some(asked) => {
                    self.open_answer(asked, String::new(), Timer::start(now, 0), now);
                    return;
                }
                None => {
                    if let Some(s) = &mut self.session {
                        s.skip_current();
                    }
                }
            }
        }
    }

    fn latest_attempt(&self, key: &QuestionKey) -> Option<Attempt> {
        self.store.attempts_for(key).ok().and_then(|mut v| v.pop())
    }

    fn open_answer(&mut self, asked: Asked, text: String, timer: Timer, now: Millis) {
        let mut timer = timer;
        if timer.limit_ms == 0 {
            timer = Timer::start(now, asked.question.time_limit);
        }
        let started_at = timer.started_at;
        let editor = AnswerEditor::new(&text);
        self.screen = Screen::Answer(Box::new(AnswerState {
            asked,
            editor,
            timer,
            started_at,
            saved_revision: 0,
            last_save: now,
            save_error: None,
            stats_cache: (u64::MAX, feedback::text_stats("", &Rates::default())),
        }));
        self.after_edit(now);
    }

    /// Picks up what an earlier run left: the whole session where it
    /// stopped (with the draft, if one was being typed), or a lone draft.
    fn resume(&mut self, r: Recovery, now: Millis) {
        let slot = r.draft_slot.clone();
        self.resume_whole(r, now);
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

    fn resume_whole(&mut self, r: Recovery, now: Millis) {
        let Some(open) = r.session else {
            if let Some(d) = r.draft {
                self.resume_draft(d, now);
            }
            return;
        };
        let mode = mode_from(&open.mode);
        let mut sess = Session::new(open.id.clone(), mode, open.queue.clone(), open.started_at);
        sess.index = open.position;
        let attempts = self.store.session_attempts(&open.id).unwrap_or_default();
        sess.results = self.rebuild_results(&attempts);
        self.resumed_unrated = attempts
            .into_iter()
            .filter(|a| a.rating.is_none())
            .collect();
        let draft_key = r
            .draft
            .as_ref()
            .map(|d| QuestionKey::new(&d.bank_id, &d.question_id));
        if let Some(k) = &draft_key
            && sess.current() != Some(k)
        {
            sess.queue.insert(sess.index, k.clone());
        }
        let (i, n) = sess.position();
        self.session = Some(sess);
        match r.draft {
            Some(d) => {
                self.persist_session();
                self.open_draft(d, now);
                self.flash = Some(format!(
                    "Resumed at question {i} of {n}; your draft is back and the timer goes on from where it was."
                ));
            }
            None => {
                self.open_current(now);
                self.flash = Some(format!("Resumed at question {i} of {n}."));
            }
        }
    }

    /// The summary rows of answers rated before an interruption.
    fn rebuild_results(&self, attempts: &[Attempt]) -> Vec<QuestionResult> {
        attempts
            .iter()
            .filter(|a| a.rating.is_some())
            .map(|a| {
                let key = QuestionKey::new(&a.bank_id, &a.question_id);
                let (covered, key_points, words) = match self.asked_for(&key) {
                    Some(asked) => {
                        let fb = self.analyze(&asked.question, "", &a.text);
                        let n = asked.question.key_points.len();
                        let c = fb.coverage.iter().take(n).filter(|h| h.covered).count();
                        (c, n, fb.stats.words)
                    }
                    None => (0, 0, feedback::text_stats(&a.text, &self.rates()).words),
                };
                QuestionResult {
                    next_due: self.store.card(&key).ok().flatten().map(|c| c.due),
                    key,
                    prompt: a.prompt.clone(),
                    duration_ms: a.duration_ms,
                    time_limit_s: a.time_limit_s,
                    words,
                    covered,
                    key_points,
                    rating: a.rating,
                }
            })
            .collect()
    }

    /// A draft with no session to go back to: a session of its own.
    fn resume_draft(&mut self, d: Draft, now: Millis) {
        let key = QuestionKey::new(&d.bank_id, &d.question_id);
        let s = Session::new(new_id(), mode_from(&d.mode), vec![key], now);
        if let Err(e) = self.store.start_session(&s.id, s.mode.as_str(), now) {
            self.flash = Some(e.to_string());
        }
        self.session = Some(s);
        self.persist_session();
        self.open_draft(d, now);
        self.flash = Some("Recovered your draft; the timer continues from where it was.".into());
    }

    /// Opens the answer screen on a recovered draft.
    fn open_draft(&mut self, d: Draft, now: Millis) {
        let key = QuestionKey::new(&d.bank_id, &d.question_id);
        let asked = self.asked_for(&key).unwrap_or_else(|| Asked {
            key: key.clone(),
            bank_title: d.bank_id.clone(),
            role: d.role.clone(),
            language: String::new(),
            question: bare_question(&d.question_id, &d.prompt, d.time_limit_s),
            parent: None,
        });
        let mut timer = Timer::resume_from(now, d.time_limit_s, d.elapsed_ms);
        timer.started_at = now;
        self.open_answer(asked, d.text.clone(), timer, now);
        if let Screen::Answer(a) = &mut self.screen {
            a.started_at = d.started_at;
        }
    }

    fn on_answer_key(&mut self, action: Option<Action>, ev: KeyEvent, now: Millis) {
        let can_pause = self.can_pause();
        let Screen::Answer(a) = &mut self.screen else {
            return;
        };
        let changed = match action {
            Some(Action::Submit) => return self.submit(now),
            Some(Action::Menu) => {
                self.overlay = Some(Overlay::Menu);
                false
            }
            Some(Action::Pause) if can_pause => {
                a.timer.toggle_pause(now);
                false
            }
            Some(Action::Pause) => {
                self.flash =
                    Some("No pausing here: the clock runs as it would in the room.".into());
                false
            }
            Some(Action::ExternalEditor) => {
                self.wants_external_editor = true;
                false
            }
            Some(Action::Undo) => a.editor.undo(),
            Some(Action::Redo) => a.editor.redo(),
            _ if a.timer.is_paused() => {
                self.flash = Some("The timer is paused: Ctrl+P resumes, then type.".into());
                false
            }
            _ => a.editor.input(ev),
        };
        if changed {
            self.after_edit(now);
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

    /// The current session's mode, as stored with drafts and attempts.
    fn mode_name(&self) -> String {
        self.session
            .as_ref()
            .map_or(Mode::Practice, |s| s.mode)
            .as_str()
            .to_string()
    }

    pub fn current_draft(&self, now: Millis) -> Option<Draft> {
        let Screen::Answer(a) = &self.screen else {
            return None;
        };
        Some(Draft {
            bank_id: a.asked.key.bank_id.clone(),
            question_id: a.asked.key.question_id.clone(),
            role: a.asked.role.clone(),
            prompt: a.asked.question.prompt.clone(),
            text: a.editor.text(),
            started_at: a.started_at,
            updated_at: now,
            elapsed_ms: a.timer.elapsed(now),
            mode: self.mode_name(),
            time_limit_s: a.asked.question.time_limit,
            session_id: self.session.as_ref().map(|s| s.id.clone()),
        })
    }

    /// Called often: writes the draft when it changed and enough time passed
    /// (a failing disk is tried again at the same pace).
    pub fn tick(&mut self, now: Millis) {
        let due = matches!(&self.screen, Screen::Answer(a)
            if a.editor.revision != a.saved_revision && now - a.last_save >= DRAFT_SAVE_MS);
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

    /// Leaves the session at the current question: the answer being typed
    /// is dropped and the summary shows what was done.
    fn end_session(&mut self, now: Millis) {
        self.drop_draft();
        if let Some(s) = &mut self.session {
            s.index = s.queue.len();
        }
        self.finish_session(now);
    }

    fn drop_draft(&mut self) {
        if let Err(e) = self.store.clear_draft() {
            self.flash = Some(e.to_string());
        }
        if let Ok(mut slot) = self.shared_draft.lock() {
            *slot = None;
        }
    }

    fn discard(&mut self, now: Millis) {
        self.drop_draft();
        if let Some(s) = &mut self.session {
            s.skip_current();
        }
        self.open_current(now);
    }

    /// Saves the attempt durably, then shows the feedback.
    fn submit(&mut self, now: Millis) {
        let mode = self.mode_name();
        let session_id = self.session.as_ref().map(|s| s.id.clone());
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
        let attempt = Attempt {
            id: new_id(),
            bank_id: a.asked.key.bank_id.clone(),
            question_id: a.asked.key.question_id.clone(),
            role: a.asked.role.clone(),
            prompt: a.asked.question.prompt.clone(),
            started_at: a.started_at,
            submitted_at: now,
            duration_ms: a.timer.elapsed(now),
            text,
            rating: None,
            mode,
            time_limit_s: a.asked.question.time_limit,
            session_id,
        };
        let asked = a.asked.clone();
        let previous = self.latest_attempt(&asked.key);
        if let Err(e) = self.store.insert_attempt(&attempt) {
            let msg = format!("could not save the answer (it is still here): {e}");
            if let Screen::Answer(a) = &mut self.screen {
                a.save_error = Some(msg.clone());
            }
            self.flash = Some(msg);
            return;
        }
        self.drop_draft();
        let compare = previous.is_some()
            && self
                .session
                .as_ref()
                .is_some_and(|s| s.mode == Mode::Review);
        let mut f = self.feedback_state(asked, attempt, previous, false);
        f.compare = compare;
        self.screen = Screen::Feedback(Box::new(f));
    }

    /// The feedback screen's state for a saved answer.
    fn feedback_state(
        &self,
        asked: Asked,
        attempt: Attempt,
        previous: Option<Attempt>,
        earlier: bool,
    ) -> FeedbackState {
        let talking = self
            .store
            .talking_points(&asked.key)
            .ok()
            .flatten()
            .unwrap_or_default();
        let fb = self.analyze(&asked.question, &talking, &attempt.text);
        let n_key = asked.question.key_points.len();
        let points: Vec<PointRow> = fb
            .coverage
            .iter()
            .enumerate()
            .map(|(i, h)| PointRow {
                text: h.text.clone(),
                covered: h.covered,
                matched: h.matched.clone(),
                auto: h.covered,
                talking_point: i >= n_key,
            })
            .collect();
        FeedbackState {
            asked,
            attempt,
            feedback: fb,
            points,
            selected: 0,
            previous,
            scroll: 0,
            follow_up_queued: None,
            compare: false,
            max_scroll: std::cell::Cell::new(0),
            earlier,
        }
    }

    /// Opens the feedback on an answer saved earlier, to rate it (a question
    /// whose bank is gone is shown from what the answer recorded).
    fn open_feedback_for(&mut self, attempt: Attempt, earlier: bool) {
        let key = QuestionKey::new(&attempt.bank_id, &attempt.question_id);
        let asked = self.asked_for(&key).unwrap_or_else(|| Asked {
            key: key.clone(),
            bank_title: attempt.bank_id.clone(),
            role: attempt.role.clone(),
            language: String::new(),
            question: bare_question(&attempt.question_id, &attempt.prompt, attempt.time_limit_s),
            parent: None,
        });
        let previous = self
            .store
            .attempts_for(&key)
            .ok()
            .and_then(|v| v.into_iter().take_while(|a| a.id != attempt.id).last());
        let when = super::screens::local_time(attempt.submitted_at, self.utc_offset_s);
        self.screen = Screen::Feedback(Box::new(
            self.feedback_state(asked, attempt, previous, earlier),
        ));
        if earlier {
            self.flash = Some(format!(
                "Your answer of {when} was never rated: rate it (1–4) to schedule it."
            ));
        }
    }

    fn analyze(&self, q: &Question, talking_points: &str, text: &str) -> Feedback {
        let mut points: Vec<Point> = q
            .key_points
            .iter()
            .map(|k| Point {
                text: k.text.clone(),
                terms: k.terms.clone(),
            })
            .collect();
        points.extend(
            talking_points
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(|l| Point {
                    text: l.to_string(),
                    terms: crate::bank::significant_words(l),
                }),
        );
        feedback::analyze(text, &points, q.kind.wants_star(), &self.rates())
    }

    fn on_feedback(&mut self, action: Option<Action>, now: Millis) {
        let in_session = self.session.is_some();
        let Screen::Feedback(f) = &mut self.screen else {
            return;
        };
        let max = f.max_scroll.get();
        let has_points = !f.points.is_empty();
        match action {
            Some(Action::Down) if has_points => {
                f.selected = (f.selected + 1).min(f.points.len() - 1)
            }
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
            Some(Action::FollowUp) => {
                let fu = &f.asked.question.follow_ups;
                if !fu.is_empty() && in_session && !f.earlier {
                    let next = f.follow_up_queued.map_or(0, |i| (i + 1) % fu.len());
                    f.follow_up_queued = Some(next);
                    self.flash = Some(format!(
                        "Next, after you rate: “{}”{}",
                        crate::text::truncate(&crate::text::one_line(&fu[next]), 60),
                        if fu.len() > 1 {
                            " (f again for another)"
                        } else {
                            ""
                        }
                    ));
                }
            }
            Some(Action::Rate(r)) => self.rate(r, now),
            Some(Action::ToggleView) if f.previous.is_some() => {
                f.compare = !f.compare;
                f.scroll = 0;
            }
            Some(Action::Back) => self.overlay = Some(Overlay::Confirm(Confirm::SkipRating)),
            _ => {}
        }
    }

    /// Goes on without rating: the answer stays saved, unrated, and is
    /// offered for rating when a review starts.
    fn skip_rating(&mut self, now: Millis) {
        let Screen::Feedback(f) = &self.screen else {
            return;
        };
        if f.earlier {
            self.backlog.retain(|a| a.id != f.attempt.id);
            return self.open_next(now);
        }
        let result = self.result_of(f, None, None);
        match &mut self.session {
            Some(sess) => {
                sess.finish_current(result);
                self.open_current(now);
            }
            None => self.go_home(now),
        }
    }

    /// The summary row for the answer on the feedback screen.
    fn result_of(
        &self,
        f: &FeedbackState,
        rating: Option<u8>,
        due: Option<Millis>,
    ) -> QuestionResult {
        let key_points = f.points.iter().filter(|p| !p.talking_point).count();
        let covered = f
            .points
            .iter()
            .filter(|p| !p.talking_point && p.covered)
            .count();
        QuestionResult {
            key: f.asked.key.clone(),
            prompt: f.asked.question.prompt.clone(),
            duration_ms: f.attempt.duration_ms,
            time_limit_s: f.attempt.time_limit_s,
            words: f.feedback.stats.words,
            covered,
            key_points,
            rating,
            next_due: due,
        }
    }

    /// Schedules the question and logs the review; the new card on success.
    fn record(
        &mut self,
        asked: &Asked,
        rating: Rating,
        attempt_id: Option<&str>,
        now: Millis,
    ) -> Option<crate::store::Card> {
        let result = (|| -> Result<crate::store::Card, String> {
            let card = self.store.card(&asked.key).map_err(|e| e.to_string())?;
            let (new_card, mut log) = self
                .scheduler
                .rate(
                    card.as_ref(),
                    &asked.key,
                    &asked.role,
                    &asked.question.prompt,
                    rating,
                    now,
                )
                .map_err(|e| e.to_string())?;
            log.attempt_id = attempt_id.map(str::to_string);
            self.store
                .record_rating(attempt_id, &new_card, &log)
                .map_err(|e| format!("could not save the rating: {e}"))?;
            Ok(new_card)
        })();
        result.map_err(|e| self.flash = Some(e)).ok()
    }

    fn rate(&mut self, r: u8, now: Millis) {
        let Screen::Feedback(f) = &self.screen else {
            return;
        };
        let Some(rating) = Rating::from_u8(r) else {
            return;
        };
        let (asked, attempt_id, earlier) = (f.asked.clone(), f.attempt.id.clone(), f.earlier);
        let Some(new_card) = self.record(&asked, rating, Some(&attempt_id), now) else {
            return;
        };
        let Screen::Feedback(f) = &self.screen else {
            return;
        };
        if earlier {
            self.backlog.retain(|a| a.id != attempt_id);
            self.flash = Some(format!(
                "Rated; it comes back {}.",
                super::screens::due_in(new_card.due, now)
            ));
            return self.open_next(now);
        }
        let result = self.result_of(f, Some(r), Some(new_card.due));
        let follow = f.follow_up_queued.map(|i| self.make_follow_up(&asked, i));
        if let Some(sess) = &mut self.session {
            if let Some(fu) = follow {
                let k = fu.key.clone();
                self.follow_ups.insert(k.clone(), fu);
                sess.insert_next(k);
            }
            // An answer you could not give comes back a few questions later.
            if rating == Rating::Again && sess.others_left() && sess.requeue_later(AGAIN_GAP) {
                self.flash = Some("It comes back later in this session.".into());
            }
            sess.finish_current(result);
        }
        self.open_current(now);
    }

    fn rate_recall(&mut self, r: u8, now: Millis) {
        let Screen::Recall(rc) = &self.screen else {
            return;
        };
        let Some(rating) = Rating::from_u8(r) else {
            return;
        };
        let (asked, elapsed) = (rc.asked.clone(), rc.timer.elapsed(now));
        let Some(new_card) = self.record(&asked, rating, None, now) else {
            return;
        };
        let result = QuestionResult {
            key: asked.key.clone(),
            prompt: asked.question.prompt.clone(),
            duration_ms: elapsed,
            time_limit_s: asked.question.time_limit,
            words: 0,
            covered: 0,
            key_points: 0,
            rating: Some(r),
            next_due: Some(new_card.due),
        };
        if let Some(sess) = &mut self.session {
            if rating == Rating::Again && sess.others_left() && sess.requeue_later(AGAIN_GAP) {
                self.flash = Some("It comes back later in this session.".into());
            }
            sess.finish_current(result);
        }
        self.open_current(now);
    }

    /// Starts a review: first the saved answers never rated, then what is
    /// due, then new questions up to today's limit; says so when there is
    /// nothing to review.
    pub fn start_review(&mut self, roles: &[String], recall: bool, now: Millis) {
        let plan = (|| -> crate::store::Result<(Vec<Attempt>, Vec<crate::schedule::QueueItem>)> {
            let backlog: Vec<Attempt> = self
                .store
                .unrated_attempts()?
                .into_iter()
                .filter(|a| roles.is_empty() || roles.contains(&a.role))
                .collect();
            let waiting: std::collections::HashSet<QuestionKey> = backlog
                .iter()
                .map(|a| QuestionKey::new(&a.bank_id, &a.question_id))
                .collect();
            let due: Vec<crate::store::Card> = self
                .store
                .due_cards(now)?
                .into_iter()
                .filter(|c| roles.is_empty() || roles.contains(&c.role))
                .collect();
            let mut carded = waiting.clone();
            let mut practised = std::collections::HashSet::new();
            for k in self.store.all_card_keys()? {
                if let Some(b) = self.lib.bank(&k.bank_id) {
                    practised.insert((b.role.clone(), b.language.clone()));
                }
                carded.insert(k);
            }
            let midnight = local_midnight(now, self.utc_offset_s);
            let left = self
                .settings
                .new_limit
                .saturating_sub(self.store.new_started_since(midnight)?);
            let news =
                session::new_candidates(&self.lib, roles, &carded, &practised, &mut rand::rng());
            let mut queue = crate::schedule::review_queue(&self.scheduler, &due, &news, left, now);
            queue.retain(|i| !waiting.contains(i.key()));
            Ok((backlog, queue))
        })();
        let (backlog, queue) = match plan {
            Ok(q) => q,
            Err(e) => {
                self.flash = Some(e.to_string());
                return;
            }
        };
        if queue.is_empty() && backlog.is_empty() {
            let next = self.store.next_due(now).ok().flatten();
            self.flash = Some(match next {
                Some(d) => format!("Nothing to review now; the next question is due {}.", super::screens::due_in(d, now)),
                None => "Nothing to review yet, and today's new questions are done. Practise to fill the queue.".into(),
            });
            self.screen = Screen::Home { selected: 1 };
            return;
        }
        let mode = if recall { Mode::Recall } else { Mode::Review };
        let keys = queue.iter().map(|i| i.key().clone()).collect();
        let s = Session::new(new_id(), mode, keys, now);
        if let Err(e) = self.store.start_session(&s.id, s.mode.as_str(), now) {
            self.flash = Some(e.to_string());
        }
        self.session = Some(s);
        self.backlog = backlog;
        self.open_next(now);
    }

    fn make_follow_up(&self, parent: &Asked, i: usize) -> Asked {
        let prompt = parent
            .question
            .follow_ups
            .get(i)
            .cloned()
            .unwrap_or_default();
        Asked {
            key: QuestionKey::new(
                &parent.key.bank_id,
                format!("{}.follow-up-{}", parent.key.question_id, i + 1),
            ),
            bank_title: parent.bank_title.clone(),
            role: parent.role.clone(),
            language: parent.language.clone(),
            question: Question {
                id: format!("{}.follow-up-{}", parent.question.id, i + 1),
                prompt,
                kind: parent.question.kind,
                level: parent.question.level,
                tags: parent.question.tags.clone(),
                time_limit: parent.question.time_limit,
                key_points: vec![],
                follow_ups: vec![],
                notes: None,
            },
            parent: Some(parent.question.prompt.clone()),
        }
    }

    fn finish_session(&mut self, now: Millis) {
        if let Some(s) = &self.session
            && let Err(e) = self
                .store
                .finish_session(&s.id, s.results.len() as u32, now)
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

/// `("q1", 2)` for `"q1.follow-up-2"`.
fn split_follow_up(question_id: &str) -> Option<(&str, usize)> {
    let (parent, n) = question_id.rsplit_once(".follow-up-")?;
    Some((parent, n.parse().ok()?))
}

fn mode_from(name: &str) -> Mode {
    match name {
        "review" => Mode::Review,
        "recall" => Mode::Recall,
        _ => Mode::Practice,
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SetupRow {
    Start,
    Count,
    Language,
    Level,
    Tags,
    Role(String),
    Bank(String),
}

/// Local midnight at the start of the day that `now` falls in.
pub fn local_midnight(now: Millis, utc_offset_s: i64) -> Millis {
    let day = crate::schedule::DAY_MS;
    let local = now + utc_offset_s * 1000;
    local - local.rem_euclid(day) - utc_offset_s * 1000
}

/// A question known only by its id and prompt (its bank is gone).
fn bare_question(id: &str, prompt: &str, time_limit: u32) -> Question {
    Question {
        id: id.to_string(),
        prompt: prompt.to_string(),
        kind: Kind::Technical,
        level: None,
        tags: vec![],
        time_limit,
        key_points: vec![],
        follow_ups: vec![],
        notes: None,
    }
}

/// The most questions one practice asks (as `rehearse practice -n`).
const MAX_PRACTICE_COUNT: usize = 100;

/// any → junior → mid → senior → any, or back.
fn cycle_level(cur: Option<Level>, dir: i32) -> Option<Level> {
    let opts = [
        None,
        Some(Level::Junior),
        Some(Level::Mid),
        Some(Level::Senior),
    ];
    let i = opts.iter().position(|o| *o == cur).unwrap_or(0) as i32;
    opts[(i + dir).rem_euclid(opts.len() as i32) as usize]
}

fn toggle(list: &mut Vec<String>, item: String) {
    if let Some(i) = list.iter().position(|x| *x == item) {
        list.remove(i);
    } else {
        list.push(item);
    }
}
