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
use crate::store::{Attempt, Draft, Millis, QuestionKey, Store, new_id};

/// The draft as last typed, shared with the panic hook and signal handler.
pub type SharedDraft = Arc<Mutex<Option<Draft>>>;

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
}

pub struct AnswerState {
    pub asked: Asked,
    pub editor: AnswerEditor,
    pub timer: Timer,
    pub started_at: Millis,
    pub saved_revision: u64,
    pub last_save: Millis,
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
    Help,
    Menu,
    Recover(Box<Draft>),
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
        };
        match app.store.draft() {
            Ok(Some(d)) => app.overlay = Some(Overlay::Recover(Box::new(d))),
            Ok(None) => {}
            Err(e) => app.flash = Some(e.to_string()),
        }
        app.refresh_home(now);
        app
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
            Some(Overlay::Menu) => return vec![Ctx::Menu],
            Some(Overlay::Recover(_)) => return vec![Ctx::Recover],
            Some(Overlay::Help) => return vec![Ctx::List],
            None => {}
        }
        self.screen_contexts()
    }

    /// The contexts of the screen itself, under any overlay (the help popup
    /// lists these).
    pub fn screen_contexts(&self) -> Vec<Ctx> {
        match &self.screen {
            Screen::Answer(_) => vec![Ctx::Answer],
            Screen::Home { .. } => vec![Ctx::Home, Ctx::List],
            Screen::Setup(s) if s.tags.is_some() => vec![Ctx::Tags],
            Screen::Setup(_) => vec![Ctx::Setup, Ctx::List],
            Screen::Feedback(_) => vec![Ctx::Feedback, Ctx::List],
            Screen::Recall(_) => vec![Ctx::Recall, Ctx::List],
            Screen::Browse(b) if b.typing.is_some() => vec![],
            Screen::Browse(_) => vec![Ctx::Browse, Ctx::List],
            Screen::Detail(d) if d.editing.is_some() => vec![Ctx::Notes],
            Screen::Detail(d) if d.confirm_delete => vec![Ctx::Confirm],
            Screen::Detail(_) => vec![Ctx::Detail, Ctx::List],
            Screen::Summary { .. } => vec![Ctx::Summary, Ctx::List],
            Screen::Banks { .. } | Screen::Stats(_) => vec![Ctx::List],
        }
    }

    pub fn refresh_home(&mut self, now: Millis) {
        let mut data = HomeData::default();
        let result = (|| -> crate::store::Result<()> {
            data.due = self.store.due_count(now)?;
            data.attempts = self.store.attempt_count()?;
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
                data.last_session = Some(format!("{when}, {}, {} questions", s.mode, s.questions));
            }
            Ok(())
        })();
        if let Err(e) = result {
            self.flash = Some(e.to_string());
        }
        self.home = data;
    }

    /// Handles one key press at `now`.
    pub fn on_key(&mut self, ev: KeyEvent, now: Millis) {
        if ev.kind == crossterm::event::KeyEventKind::Release {
            return;
        }
        self.flash = None;
        let action = keymap::action_for(&self.contexts(), &ev);
        if let Some(Overlay::Help) = self.overlay {
            if action.is_some() || matches!(ev.code, crossterm::event::KeyCode::Char(_)) {
                self.overlay = None;
            }
            if action == Some(Action::Quit) {
                self.quit = true;
            }
            return;
        }
        if action == Some(Action::ForceQuit) {
            self.save_draft_now(now);
            self.quit = true;
            return;
        }
        match &mut self.overlay {
            Some(Overlay::Recover(d)) => {
                let d = (**d).clone();
                match action {
                    Some(Action::Resume) => {
                        self.overlay = None;
                        self.resume_draft(d, now);
                    }
                    Some(Action::Discard) => {
                        self.overlay = None;
                        if let Err(e) = self.store.clear_draft() {
                            self.flash = Some(e.to_string());
                        }
                    }
                    _ => {}
                }
                return;
            }
            Some(Overlay::Menu) => {
                match action {
                    Some(Action::Submit) => {
                        self.overlay = None;
                        self.submit(now);
                    }
                    Some(Action::KeepWriting) => self.overlay = None,
                    Some(Action::Discard) => {
                        self.overlay = None;
                        self.discard(now);
                    }
                    Some(Action::EndSession) => {
                        self.overlay = None;
                        self.end_session(now);
                    }
                    _ => {}
                }
                return;
            }
            _ => {}
        }
        if let Some(Action::Help) = action {
            self.overlay = Some(Overlay::Help);
            return;
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
                Some(Action::Rate(_)) => {
                    self.flash =
                        Some("Think it through first, then Space shows your last version.".into())
                }
                Some(Action::Quit) => self.quit = true,
                _ => {}
            },
            Screen::Summary { scroll, .. } => match action {
                Some(Action::Back | Action::Select) => self.go_home(now),
                Some(Action::Down) => *scroll = scroll.saturating_add(1),
                Some(Action::Up) => *scroll = scroll.saturating_sub(1),
                Some(Action::Quit) => self.quit = true,
                _ => {}
            },
            Screen::Banks { selected } => match action {
                Some(Action::Down) => *selected += 1,
                Some(Action::Up) => *selected = selected.saturating_sub(1),
                Some(Action::Back) => self.go_home(now),
                Some(Action::Quit) => self.quit = true,
                _ => {}
            },
            Screen::Stats(_) => match action {
                Some(Action::Back | Action::Select) => self.go_home(now),
                Some(Action::Quit) => self.quit = true,
                _ => {}
            },
        }
    }

    /// Pasted text (bracketed paste) goes into the editor as typed.
    pub fn on_paste(&mut self, text: &str, now: Millis) {
        if let (Screen::Answer(a), None) = (&mut self.screen, &self.overlay) {
            a.editor.paste(text);
            self.after_edit(now);
        }
    }

    fn go_home(&mut self, now: Millis) {
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
            Some(Action::Quit | Action::Back) => self.quit = true,
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
        let Some((b, q)) = self.lib.question(&key.bank_id, &key.question_id) else {
            // A question whose bank is gone can still be reviewed from its card.
            let card = self.store.card(key).ok().flatten()?;
            return Some(Asked {
                key: key.clone(),
                bank_title: key.bank_id.clone(),
                role: card.role.clone(),
                language: String::new(),
                question: bare_question(&key.question_id, &card.prompt, 120),
            });
        };
        Some(Asked {
            key: key.clone(),
            bank_title: b.title.clone(),
            role: b.role.clone(),
            language: b.language.clone(),
            question: q.clone(),
        })
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
            match self.asked_for(&key) {
                Some(asked) if sess.mode == Mode::Recall => {
                    let previous = self
                        .store
                        .attempts_for(&asked.key)
                        .ok()
                        .and_then(|mut v| v.pop());
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
            stats_cache: (u64::MAX, feedback::text_stats("", &Rates::default())),
        }));
        self.after_edit(now);
    }

    fn resume_draft(&mut self, d: Draft, now: Millis) {
        let key = QuestionKey::new(&d.bank_id, &d.question_id);
        let asked = self.asked_for(&key).unwrap_or_else(|| Asked {
            key: key.clone(),
            bank_title: d.bank_id.clone(),
            role: d.role.clone(),
            language: String::new(),
            question: bare_question(&d.question_id, &d.prompt, d.time_limit_s),
        });
        let mode = match d.mode.as_str() {
            "review" => Mode::Review,
            _ => Mode::Practice,
        };
        let s = Session::new(new_id(), mode, vec![key], now);
        let _ = self.store.start_session(&s.id, s.mode.as_str(), now);
        self.session = Some(s);
        let mut timer = Timer::resume_from(now, d.time_limit_s, d.elapsed_ms);
        timer.started_at = now;
        self.open_answer(asked, d.text.clone(), timer, now);
        if let Screen::Answer(a) = &mut self.screen {
            a.started_at = d.started_at;
        }
        self.flash = Some("Recovered your draft; the timer continues from where it was.".into());
    }

    fn on_answer_key(&mut self, action: Option<Action>, ev: KeyEvent, now: Millis) {
        let Screen::Answer(a) = &mut self.screen else {
            return;
        };
        match action {
            Some(Action::Submit) => self.submit(now),
            Some(Action::Menu) => self.overlay = Some(Overlay::Menu),
            Some(Action::Pause) => {
                if self.session.as_ref().is_none_or(|s| s.mode.can_pause()) {
                    a.timer.toggle_pause(now);
                }
            }
            Some(Action::ExternalEditor) => self.wants_external_editor = true,
            _ => {
                if a.editor.input(ev) {
                    self.after_edit(now);
                }
            }
        }
    }

    /// Keeps the shared snapshot current (for a crash) after any change.
    pub fn after_edit(&mut self, now: Millis) {
        let draft = self.current_draft(now);
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
        })
    }

    /// Called often: writes the draft when it changed and enough time passed.
    pub fn tick(&mut self, now: Millis) {
        let due = matches!(&self.screen, Screen::Answer(a)
            if a.editor.revision != a.saved_revision && now - a.last_save >= DRAFT_SAVE_MS);
        if due {
            self.save_draft_now(now);
        }
    }

    /// Writes the current draft (if answering and there is text) right away.
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
        match result {
            Ok(()) => {
                a.saved_revision = a.editor.revision;
                a.last_save = now;
            }
            Err(e) => self.flash = Some(format!("could not save the draft: {e}")),
        }
    }

    /// Leaves the session at the current question: the answer being typed
    /// is dropped and the summary shows what was done.
    fn end_session(&mut self, now: Millis) {
        let _ = self.store.clear_draft();
        if let Ok(mut slot) = self.shared_draft.lock() {
            *slot = None;
        }
        if let Some(s) = &mut self.session {
            s.index = s.queue.len();
        }
        self.finish_session(now);
    }

    fn discard(&mut self, now: Millis) {
        if let Err(e) = self.store.clear_draft() {
            self.flash = Some(e.to_string());
        }
        if let Ok(mut slot) = self.shared_draft.lock() {
            *slot = None;
        }
        if let Some(s) = &mut self.session {
            s.skip_current();
        }
        self.open_current(now);
    }

    /// Saves the attempt durably, then shows the feedback.
    fn submit(&mut self, now: Millis) {
        let Screen::Answer(a) = &self.screen else {
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
            text: text.clone(),
            rating: None,
            mode: self.mode_name(),
            time_limit_s: a.asked.question.time_limit,
            session_id: self.session.as_ref().map(|s| s.id.clone()),
        };
        let previous = self
            .store
            .attempts_for(&a.asked.key)
            .ok()
            .and_then(|mut v| v.pop());
        if let Err(e) = self.store.insert_attempt(&attempt) {
            self.flash = Some(format!("could not save the answer (it is still here): {e}"));
            return;
        }
        let _ = self.store.clear_draft();
        if let Ok(mut slot) = self.shared_draft.lock() {
            *slot = None;
        }
        let asked = a.asked.clone();
        let compare_first = previous.is_some()
            && self
                .session
                .as_ref()
                .is_some_and(|s| s.mode == Mode::Review);
        let talking = self
            .store
            .talking_points(&asked.key)
            .ok()
            .flatten()
            .unwrap_or_default();
        let fb = self.analyze(&asked.question, &talking, &text);
        let mut points: Vec<PointRow> = fb
            .coverage
            .iter()
            .map(|h| PointRow {
                text: h.text.clone(),
                covered: h.covered,
                matched: h.matched.clone(),
                auto: h.covered,
                talking_point: false,
            })
            .collect();
        let n_key = asked.question.key_points.len();
        for p in points.iter_mut().skip(n_key) {
            p.talking_point = true;
        }
        self.screen = Screen::Feedback(Box::new(FeedbackState {
            asked,
            attempt,
            feedback: fb,
            points,
            selected: 0,
            previous,
            scroll: 0,
            follow_up_queued: None,
            compare: compare_first,
        }));
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
        let Screen::Feedback(f) = &mut self.screen else {
            return;
        };
        match action {
            Some(Action::Down) => {
                f.selected = (f.selected + 1).min(f.points.len().saturating_sub(1))
            }
            Some(Action::Up) => f.selected = f.selected.saturating_sub(1),
            Some(Action::Right) => f.scroll = f.scroll.saturating_add(3),
            Some(Action::Left) => f.scroll = f.scroll.saturating_sub(3),
            Some(Action::Toggle | Action::Select) => {
                if let Some(p) = f.points.get_mut(f.selected) {
                    p.covered = !p.covered;
                }
            }
            Some(Action::FollowUp) => {
                let fu = &f.asked.question.follow_ups;
                if fu.is_empty() {
                    self.flash = Some("This question has no follow-ups.".into());
                } else {
                    let next = f.follow_up_queued.map_or(0, |i| (i + 1) % fu.len());
                    f.follow_up_queued = Some(next);
                }
            }
            Some(Action::Rate(r)) => self.rate(r, now),
            Some(Action::ToggleView) => {
                if f.previous.is_some() {
                    f.compare = !f.compare;
                    f.scroll = 0;
                } else {
                    self.flash =
                        Some("This is your first version; there is nothing to compare yet.".into());
                }
            }
            Some(Action::Back) => {
                self.flash = Some("Rate the answer first: 1 Again, 2 Hard, 3 Good, 4 Easy.".into())
            }
            Some(Action::Quit) => self.quit = true,
            _ => {}
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
        let (asked, attempt_id) = (f.asked.clone(), f.attempt.id.clone());
        let Some(new_card) = self.record(&asked, rating, Some(&attempt_id), now) else {
            return;
        };
        let Screen::Feedback(f) = &self.screen else {
            return;
        };
        let key_points = f.points.iter().filter(|p| !p.talking_point).count();
        let covered = f
            .points
            .iter()
            .filter(|p| !p.talking_point && p.covered)
            .count();
        let result = QuestionResult {
            key: asked.key.clone(),
            prompt: asked.question.prompt.clone(),
            duration_ms: f.attempt.duration_ms,
            time_limit_s: f.attempt.time_limit_s,
            words: f.feedback.stats.words,
            covered,
            key_points,
            rating: Some(r),
            next_due: Some(new_card.due),
        };
        let follow = f.follow_up_queued.map(|i| self.make_follow_up(&asked, i));
        if let Some(sess) = &mut self.session {
            if let Some(fu) = follow {
                let k = fu.key.clone();
                self.follow_ups.insert(k.clone(), fu);
                sess.insert_next(k);
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
            sess.finish_current(result);
        }
        self.open_current(now);
    }

    /// Starts a review of what is due (then new questions up to today's
    /// limit); says so when there is nothing to review.
    pub fn start_review(&mut self, roles: &[String], recall: bool, now: Millis) {
        let plan = (|| -> crate::store::Result<Vec<crate::schedule::QueueItem>> {
            let due: Vec<crate::store::Card> = self
                .store
                .due_cards(now)?
                .into_iter()
                .filter(|c| roles.is_empty() || roles.contains(&c.role))
                .collect();
            let mut carded = std::collections::HashSet::new();
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
            Ok(crate::schedule::review_queue(
                &self.scheduler,
                &due,
                &news,
                left,
                now,
            ))
        })();
        let queue = match plan {
            Ok(q) => q,
            Err(e) => {
                self.flash = Some(e.to_string());
                return;
            }
        };
        if queue.is_empty() {
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
        self.open_current(now);
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
        }
    }

    fn finish_session(&mut self, now: Millis) {
        if let Some(s) = &self.session {
            let _ = self
                .store
                .finish_session(&s.id, s.results.len() as u32, now);
        }
        self.screen = Screen::Summary { scroll: 0, at: now };
    }

    /// Takes the text back from $EDITOR.
    pub fn replace_answer_text(&mut self, text: &str, now: Millis) {
        if let Screen::Answer(a) = &mut self.screen {
            let clean: String = text
                .trim_end_matches('\n')
                .chars()
                .filter(|c| *c == '\n' || !crate::text::is_dangerous(*c))
                .collect();
            a.editor.set_text(&clean);
        }
        self.after_edit(now);
        self.save_draft_now(now);
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
