//! One table of key bindings drives key handling, the footer hints and the
//! `?` help, so the three can never disagree. Its labels are message ids
//! (`i18n/*/keys.ftl`), shown in the interface's language.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::msgid;

/// Where a binding applies. A screen lists the contexts that hold right
/// now (most specific first), so the footer and help show only keys that
/// work in this state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ctx {
    /// ↑/↓ move in a list.
    Nav,
    /// ←/→ change the selected value.
    Adjust,
    /// ←/→ scroll a long page.
    Scroll,
    /// Enter chooses.
    Choose,
    /// Esc goes back.
    Back,
    /// `?` opens the help.
    HelpKey,
    /// `q` quits.
    Quit,
    /// The home screen: Esc asks before quitting.
    Home,
    Setup,
    /// The answer screen.
    Answer,
    /// Typing is on (the timer is not paused): undo and redo.
    AnswerEdit,
    /// Ctrl+P pauses (practice and review, never a mock).
    AnswerPause,
    /// The timer is paused: typing waits, Ctrl+P resumes.
    AnswerPaused,
    /// The 1–4 rating.
    Rate,
    /// Feedback on a submitted answer.
    Feedback,
    /// Feedback with key points to select and toggle.
    FeedbackPoints,
    /// Feedback on a question with follow-ups, in a session.
    FeedbackFollowUp,
    /// Feedback with an earlier version to compare with.
    FeedbackCompare,
    Summary,
    /// Recall before the last version is shown.
    RecallHidden,
    /// Recall, either way.
    Recall,
    Browse,
    Detail,
    /// Editing talking points.
    Notes,
    /// A yes/no question.
    Confirm,
    /// The Esc menu over the answer screen.
    Menu,
    /// "A draft was recovered" prompt.
    Recover,
    /// The help popup: any key closes it.
    HelpOpen,
    /// Everywhere, even while typing.
    Always,
    /// The practice setup's tag list: typing filters it.
    Tags,
    /// The answer screen in a mock interview (before `Answer`: its Esc
    /// menu and Ctrl+P differ).
    MockAnswer,
    /// The Esc menu over a mock interview's answer.
    MockMenu,
    /// The mock interview's setup.
    MockSetup,
    /// The mock interview's report, its answers to rate.
    MockReport,
    /// The list of past mock interviews.
    MockHistory,
    /// The answer screen when your story has facts for the question.
    AnswerStory,
    /// The My story screen.
    Story,
    /// The target-role popup: Enter applies for the selected role.
    RolePick,
    /// The target-role popup on the first run: Esc asks later.
    RoleAsk,
    /// The target-role popup opened from the home screen: Esc keeps it.
    RoleChange,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Up,
    Down,
    Left,
    Right,
    Select,
    Back,
    Quit,
    Help,
    Submit,
    ExternalEditor,
    Pause,
    Menu,
    Rate(u8),
    Toggle,
    FollowUp,
    KeepWriting,
    Discard,
    Resume,
    Later,
    Start,
    ForceQuit,
    Reveal,
    ToggleView,
    EndSession,
    Filter,
    CycleRole,
    CycleTag,
    Delete,
    Edit,
    MarkA,
    Yes,
    No,
    Undo,
    Redo,
    /// Erase the last letter of a filter being typed.
    EraseLetter,
    /// Pass on a mock interview's question.
    Pass,
    /// Show or hide your story's facts beside the answer.
    StoryPanel,
    /// Choose the role applied for.
    TargetRole,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum K {
    Char(char),
    Ctrl(char),
    Code(KeyCode),
}

pub struct Binding {
    pub ctx: Ctx,
    pub keys: &'static [K],
    pub action: Action,
    /// Message id of the short label for the footer; empty keeps it out
    /// of the footer.
    pub footer: &'static str,
    /// Message id of the line in the help popup.
    pub help: &'static str,
}

use K::{Char, Code, Ctrl};

const fn bind(
    ctx: Ctx,
    keys: &'static [K],
    action: Action,
    footer: &'static str,
    help: &'static str,
) -> Binding {
    Binding {
        ctx,
        keys,
        action,
        footer,
        help,
    }
}

pub const BINDINGS: &[Binding] = &[
    bind(
        Ctx::Always,
        &[Ctrl('c')],
        Action::ForceQuit,
        "",
        msgid!("key-force-quit-help"),
    ),
    // The recovered-draft prompt: nothing here loses the draft with one key.
    bind(
        Ctx::Recover,
        &[Code(KeyCode::Enter)],
        Action::Resume,
        msgid!("key-resume"),
        msgid!("key-resume-help"),
    ),
    bind(
        Ctx::Recover,
        &[Code(KeyCode::Esc)],
        Action::Later,
        msgid!("key-keep-for-later"),
        msgid!("key-keep-for-later-help"),
    ),
    bind(
        Ctx::Recover,
        &[Code(KeyCode::Delete), Ctrl('d')],
        Action::Discard,
        msgid!("key-discard-asks"),
        msgid!("key-discard-recovered-help"),
    ),
    bind(
        Ctx::Confirm,
        &[Char('y')],
        Action::Yes,
        msgid!("key-yes"),
        msgid!("key-yes"),
    ),
    bind(
        Ctx::Confirm,
        &[Char('n'), Code(KeyCode::Esc)],
        Action::No,
        msgid!("key-no"),
        msgid!("key-no-help"),
    ),
    bind(
        Ctx::Menu,
        &[Char('s'), Ctrl('s')],
        Action::Submit,
        msgid!("key-submit"),
        msgid!("key-submit-help"),
    ),
    bind(
        Ctx::Menu,
        &[Char('k'), Code(KeyCode::Esc), Code(KeyCode::Enter)],
        Action::KeepWriting,
        msgid!("key-keep-writing"),
        msgid!("key-keep-writing-help"),
    ),
    bind(
        Ctx::Menu,
        &[Char('d')],
        Action::Discard,
        msgid!("key-discard"),
        msgid!("key-discard-help"),
    ),
    bind(
        Ctx::Menu,
        &[Char('e')],
        Action::EndSession,
        msgid!("key-end-session"),
        msgid!("key-end-session-help"),
    ),
    bind(
        Ctx::MockMenu,
        &[Char('s'), Ctrl('s')],
        Action::Submit,
        msgid!("key-submit"),
        msgid!("key-submit-mock-help"),
    ),
    bind(
        Ctx::MockMenu,
        &[Char('k'), Code(KeyCode::Esc), Code(KeyCode::Enter)],
        Action::KeepWriting,
        msgid!("key-keep-writing"),
        msgid!("key-keep-writing-mock-help"),
    ),
    bind(
        Ctx::MockMenu,
        &[Char('p')],
        Action::Pass,
        msgid!("key-pass"),
        msgid!("key-pass-help"),
    ),
    bind(
        Ctx::MockMenu,
        &[Char('e')],
        Action::EndSession,
        msgid!("key-end-interview"),
        msgid!("key-end-interview-help"),
    ),
    bind(
        Ctx::MockAnswer,
        &[Code(KeyCode::Esc)],
        Action::Menu,
        msgid!("key-menu"),
        msgid!("key-menu-mock-help"),
    ),
    bind(
        Ctx::MockAnswer,
        &[Ctrl('p')],
        Action::Pause,
        "",
        msgid!("key-no-pause-help"),
    ),
    bind(
        Ctx::Answer,
        &[Ctrl('s')],
        Action::Submit,
        msgid!("key-submit"),
        msgid!("key-submit-help"),
    ),
    bind(
        Ctx::Answer,
        &[Ctrl('e')],
        Action::ExternalEditor,
        msgid!("key-editor"),
        msgid!("key-editor-help"),
    ),
    bind(
        Ctx::AnswerStory,
        &[Ctrl('t')],
        Action::StoryPanel,
        msgid!("key-story"),
        msgid!("key-story-help"),
    ),
    bind(
        Ctx::AnswerPause,
        &[Ctrl('p')],
        Action::Pause,
        msgid!("key-pause"),
        msgid!("key-pause-help"),
    ),
    bind(
        Ctx::AnswerPaused,
        &[Ctrl('p')],
        Action::Pause,
        msgid!("key-resume-timer"),
        msgid!("key-resume-timer-help"),
    ),
    bind(
        Ctx::AnswerEdit,
        &[Ctrl('z'), Ctrl('u')],
        Action::Undo,
        msgid!("key-undo"),
        msgid!("key-undo"),
    ),
    bind(
        Ctx::AnswerEdit,
        &[Ctrl('y'), Ctrl('r')],
        Action::Redo,
        "",
        msgid!("key-redo"),
    ),
    bind(
        Ctx::Answer,
        &[Code(KeyCode::Esc)],
        Action::Menu,
        msgid!("key-menu"),
        msgid!("key-menu-help"),
    ),
    bind(
        Ctx::Answer,
        &[Code(KeyCode::F(1))],
        Action::Help,
        msgid!("key-help"),
        msgid!("key-help-typing-help"),
    ),
    bind(
        Ctx::Rate,
        &[Char('1')],
        Action::Rate(1),
        msgid!("key-again"),
        msgid!("key-again-help"),
    ),
    bind(
        Ctx::Rate,
        &[Char('2')],
        Action::Rate(2),
        msgid!("key-hard"),
        msgid!("key-hard-help"),
    ),
    bind(
        Ctx::Rate,
        &[Char('3')],
        Action::Rate(3),
        msgid!("key-good"),
        msgid!("key-good-help"),
    ),
    bind(
        Ctx::Rate,
        &[Char('4')],
        Action::Rate(4),
        msgid!("key-easy"),
        msgid!("key-easy-help"),
    ),
    bind(
        Ctx::FeedbackPoints,
        &[Code(KeyCode::Up), Char('k')],
        Action::Up,
        "",
        msgid!("key-point-up-help"),
    ),
    bind(
        Ctx::FeedbackPoints,
        &[Code(KeyCode::Down), Char('j')],
        Action::Down,
        "",
        msgid!("key-point-down-help"),
    ),
    bind(
        Ctx::FeedbackPoints,
        &[Char(' ')],
        Action::Toggle,
        msgid!("key-toggle-point"),
        msgid!("key-toggle-point-help"),
    ),
    bind(
        Ctx::FeedbackFollowUp,
        &[Char('f')],
        Action::FollowUp,
        msgid!("key-follow-up"),
        msgid!("key-follow-up-help"),
    ),
    bind(
        Ctx::FeedbackCompare,
        &[Char('v')],
        Action::ToggleView,
        msgid!("key-compare"),
        msgid!("key-compare-help"),
    ),
    bind(
        Ctx::Feedback,
        &[Code(KeyCode::Esc)],
        Action::Back,
        msgid!("key-skip-rating"),
        msgid!("key-skip-rating-help"),
    ),
    bind(
        Ctx::RecallHidden,
        &[Char(' ')],
        Action::Reveal,
        msgid!("key-reveal"),
        msgid!("key-reveal-help"),
    ),
    bind(
        Ctx::Recall,
        &[Code(KeyCode::Esc)],
        Action::Back,
        msgid!("key-end"),
        msgid!("key-end-review-help"),
    ),
    bind(
        Ctx::Summary,
        &[Code(KeyCode::Enter), Code(KeyCode::Esc)],
        Action::Back,
        msgid!("key-home"),
        msgid!("key-home-help"),
    ),
    bind(
        Ctx::Home,
        &[Code(KeyCode::Esc)],
        Action::Back,
        "",
        msgid!("key-quit-asks-help"),
    ),
    bind(
        Ctx::Home,
        &[Char('r')],
        Action::TargetRole,
        msgid!("key-role"),
        msgid!("key-target-role-help"),
    ),
    bind(
        Ctx::RolePick,
        &[Code(KeyCode::Enter)],
        Action::Select,
        msgid!("key-choose"),
        msgid!("key-apply-role-help"),
    ),
    bind(
        Ctx::RoleAsk,
        &[Code(KeyCode::Esc)],
        Action::Later,
        msgid!("key-ask-later"),
        msgid!("key-ask-later-help"),
    ),
    bind(
        Ctx::RoleChange,
        &[Code(KeyCode::Esc)],
        Action::Back,
        msgid!("key-keep"),
        msgid!("key-keep-role-help"),
    ),
    bind(
        Ctx::Setup,
        &[Char(' ')],
        Action::Toggle,
        msgid!("key-toggle"),
        msgid!("key-toggle-setup-help"),
    ),
    bind(
        Ctx::Setup,
        &[Char('s')],
        Action::Start,
        msgid!("key-start"),
        msgid!("key-start-practice-help"),
    ),
    bind(
        Ctx::MockSetup,
        &[Char('s')],
        Action::Start,
        msgid!("key-start"),
        msgid!("key-start-mock-help"),
    ),
    bind(
        Ctx::MockReport,
        &[Code(KeyCode::Up), Char('k')],
        Action::Up,
        "",
        msgid!("key-answer-up-help"),
    ),
    bind(
        Ctx::MockReport,
        &[Code(KeyCode::Down), Char('j')],
        Action::Down,
        "",
        msgid!("key-answer-down-help"),
    ),
    bind(
        Ctx::MockReport,
        &[Code(KeyCode::PageDown), Char(' ')],
        Action::Right,
        "",
        msgid!("key-page-down-help"),
    ),
    bind(
        Ctx::MockReport,
        &[Code(KeyCode::PageUp)],
        Action::Left,
        "",
        msgid!("key-page-up-help"),
    ),
    bind(
        Ctx::MockReport,
        &[Code(KeyCode::Esc), Code(KeyCode::Enter)],
        Action::Back,
        msgid!("key-done"),
        msgid!("key-leave-report-help"),
    ),
    bind(
        Ctx::MockHistory,
        &[Code(KeyCode::Enter)],
        Action::Select,
        msgid!("key-open"),
        msgid!("key-open-mock-help"),
    ),
    bind(
        Ctx::Story,
        &[Char('e')],
        Action::Edit,
        msgid!("key-edit"),
        msgid!("key-edit-story-help"),
    ),
    bind(
        Ctx::Browse,
        &[Char('/')],
        Action::Filter,
        msgid!("key-search"),
        msgid!("key-search-help"),
    ),
    bind(
        Ctx::Browse,
        &[Char('r')],
        Action::CycleRole,
        msgid!("key-role"),
        msgid!("key-cycle-role-help"),
    ),
    bind(
        Ctx::Browse,
        &[Char('t')],
        Action::CycleTag,
        msgid!("key-tag"),
        msgid!("key-cycle-tag-help"),
    ),
    bind(
        Ctx::Detail,
        &[Char(' ')],
        Action::MarkA,
        msgid!("key-mark"),
        msgid!("key-mark-help"),
    ),
    bind(
        Ctx::Detail,
        &[Char('e')],
        Action::Edit,
        msgid!("key-talking-points"),
        msgid!("key-talking-points-help"),
    ),
    bind(
        Ctx::Detail,
        &[Char('x'), Code(KeyCode::Delete)],
        Action::Delete,
        msgid!("key-delete"),
        msgid!("key-delete-help"),
    ),
    bind(
        Ctx::Notes,
        &[Ctrl('s')],
        Action::Submit,
        msgid!("key-save"),
        msgid!("key-save-help"),
    ),
    bind(
        Ctx::Notes,
        &[Code(KeyCode::Esc)],
        Action::Back,
        msgid!("key-cancel"),
        msgid!("key-cancel-help"),
    ),
    bind(
        Ctx::Nav,
        &[Code(KeyCode::Up), Char('k')],
        Action::Up,
        "",
        msgid!("key-up-help"),
    ),
    bind(
        Ctx::Nav,
        &[Code(KeyCode::Down), Char('j')],
        Action::Down,
        "",
        msgid!("key-down-help"),
    ),
    bind(
        Ctx::Adjust,
        &[Code(KeyCode::Left), Char('h')],
        Action::Left,
        "",
        msgid!("key-less-help"),
    ),
    bind(
        Ctx::Adjust,
        &[Code(KeyCode::Right), Char('l')],
        Action::Right,
        "",
        msgid!("key-more-help"),
    ),
    bind(
        Ctx::Scroll,
        &[Code(KeyCode::Down), Char('j')],
        Action::Down,
        "",
        msgid!("key-scroll-down-help"),
    ),
    bind(
        Ctx::Scroll,
        &[Code(KeyCode::Up), Char('k')],
        Action::Up,
        "",
        msgid!("key-scroll-up-help"),
    ),
    bind(
        Ctx::Scroll,
        &[Code(KeyCode::Right), Char('l'), Code(KeyCode::PageDown)],
        Action::Right,
        "",
        msgid!("key-page-down-help"),
    ),
    bind(
        Ctx::Scroll,
        &[Code(KeyCode::Left), Char('h'), Code(KeyCode::PageUp)],
        Action::Left,
        "",
        msgid!("key-page-up-help"),
    ),
    bind(
        Ctx::Choose,
        &[Code(KeyCode::Enter)],
        Action::Select,
        msgid!("key-choose"),
        msgid!("key-choose"),
    ),
    bind(
        Ctx::Back,
        &[Code(KeyCode::Esc)],
        Action::Back,
        msgid!("key-back"),
        msgid!("key-back"),
    ),
    bind(
        Ctx::HelpKey,
        &[Char('?')],
        Action::Help,
        msgid!("key-help"),
        msgid!("key-this-help"),
    ),
    bind(
        Ctx::Quit,
        &[Char('q')],
        Action::Quit,
        msgid!("key-quit"),
        msgid!("key-quit"),
    ),
    bind(
        Ctx::Tags,
        &[Code(KeyCode::Up)],
        Action::Up,
        "",
        msgid!("key-up-help"),
    ),
    bind(
        Ctx::Tags,
        &[Code(KeyCode::Down)],
        Action::Down,
        "",
        msgid!("key-down-help"),
    ),
    bind(
        Ctx::Tags,
        &[Char(' ')],
        Action::Toggle,
        msgid!("key-toggle"),
        msgid!("key-toggle-tag-help"),
    ),
    bind(
        Ctx::Tags,
        &[Code(KeyCode::Enter)],
        Action::Select,
        msgid!("key-done"),
        msgid!("key-tags-done-help"),
    ),
    bind(
        Ctx::Tags,
        &[Code(KeyCode::Esc)],
        Action::Back,
        msgid!("key-cancel"),
        msgid!("key-tags-cancel-help"),
    ),
    bind(
        Ctx::Tags,
        &[Code(KeyCode::Backspace)],
        Action::EraseLetter,
        "",
        msgid!("key-erase-letter-help"),
    ),
    bind(
        Ctx::Tags,
        &[Code(KeyCode::F(1))],
        Action::Help,
        msgid!("key-help"),
        msgid!("key-this-help"),
    ),
];

fn matches(k: &K, ev: &KeyEvent) -> bool {
    let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
    let alt = ev.modifiers.contains(KeyModifiers::ALT);
    match (k, ev.code) {
        (Ctrl(c), KeyCode::Char(x)) => ctrl && !alt && x.eq_ignore_ascii_case(c),
        (Char(c), KeyCode::Char(x)) => !ctrl && !alt && x == *c,
        (Code(code), x) => !ctrl && !alt && x == *code,
        _ => false,
    }
}

/// The action a key means on a screen with these contexts, if any.
pub fn action_for(ctxs: &[Ctx], ev: &KeyEvent) -> Option<Action> {
    ctxs.iter()
        .chain(std::iter::once(&Ctx::Always))
        .flat_map(|c| BINDINGS.iter().filter(move |b| b.ctx == *c))
        .find(|b| b.keys.iter().any(|k| matches(k, ev)))
        .map(|b| b.action)
}

pub fn key_name(k: &K) -> String {
    match k {
        Char(' ') => crate::t!("key-name-space"),
        Char(c) => c.to_string(),
        Ctrl(c) => format!("Ctrl+{}", c.to_ascii_uppercase()),
        Code(KeyCode::Enter) => "Enter".into(),
        Code(KeyCode::Esc) => "Esc".into(),
        Code(KeyCode::Up) => "↑".into(),
        Code(KeyCode::Down) => "↓".into(),
        Code(KeyCode::Left) => "←".into(),
        Code(KeyCode::Right) => "→".into(),
        Code(KeyCode::F(n)) => format!("F{n}"),
        Code(other) => format!("{other:?}"),
    }
}

fn keys_label(b: &Binding) -> String {
    b.keys.iter().map(key_name).collect::<Vec<_>>().join("/")
}

/// One footer hint: its key, its label, and whether it opens the help
/// (the hint a short footer keeps longest: the help lists the rest).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hint {
    pub key: String,
    pub label: String,
    pub help: bool,
}

/// Footer hints for a screen, most specific context first (the order in
/// which a short footer keeps them).
pub fn hints(ctxs: &[Ctx]) -> Vec<Hint> {
    let mut ids: Vec<&'static str> = Vec::new();
    let mut out = Vec::new();
    for c in ctxs {
        if *c == Ctx::Rate {
            // Four ratings in one hint; the screen itself names each.
            out.push(Hint {
                key: "1-4".into(),
                label: crate::t!("key-rate"),
                help: false,
            });
            continue;
        }
        for b in BINDINGS
            .iter()
            .filter(|b| b.ctx == *c && !b.footer.is_empty())
        {
            if !ids.contains(&b.footer) {
                ids.push(b.footer);
                out.push(Hint {
                    key: b.keys.first().map(key_name).unwrap_or_default(),
                    label: crate::i18n::tr(b.footer, None),
                    help: b.action == Action::Help,
                });
            }
        }
    }
    out
}

/// Footer hints for a screen: (key, label), most specific context first.
pub fn footer(ctxs: &[Ctx]) -> Vec<(String, String)> {
    hints(ctxs).into_iter().map(|h| (h.key, h.label)).collect()
}

/// Help lines for a screen: (all keys, description), shadowed keys left out.
pub fn help(ctxs: &[Ctx]) -> Vec<(String, String)> {
    let mut seen: Vec<Action> = Vec::new();
    let mut out = Vec::new();
    for c in ctxs.iter().chain(std::iter::once(&Ctx::Always)) {
        for b in BINDINGS.iter().filter(|b| b.ctx == *c) {
            if !seen.contains(&b.action) {
                seen.push(b.action);
                out.push((keys_label(b), crate::i18n::tr(b.help, None)));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, m: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, m)
    }

    #[test]
    fn answer_screen_lets_printable_keys_through() {
        let ctxs = [Ctx::Answer, Ctx::AnswerEdit, Ctx::AnswerPause];
        for c in ['q', 'j', '?', '1', ' ', '한'] {
            assert_eq!(
                action_for(&ctxs, &key(KeyCode::Char(c), KeyModifiers::NONE)),
                None,
                "{c}"
            );
        }
        assert_eq!(
            action_for(&ctxs, &key(KeyCode::Char('s'), KeyModifiers::CONTROL)),
            Some(Action::Submit)
        );
        assert_eq!(
            action_for(&ctxs, &key(KeyCode::Char('e'), KeyModifiers::CONTROL)),
            Some(Action::ExternalEditor)
        );
        assert_eq!(
            action_for(&ctxs, &key(KeyCode::Char('p'), KeyModifiers::CONTROL)),
            Some(Action::Pause)
        );
        assert_eq!(
            action_for(&ctxs, &key(KeyCode::Esc, KeyModifiers::NONE)),
            Some(Action::Menu)
        );
        for (c, want) in [
            ('z', Action::Undo),
            ('u', Action::Undo),
            ('y', Action::Redo),
        ] {
            assert_eq!(
                action_for(&ctxs, &key(KeyCode::Char(c), KeyModifiers::CONTROL)),
                Some(want)
            );
        }
        // Paused: Ctrl+P resumes, and undo is off with the typing.
        let paused = [Ctx::AnswerPaused, Ctx::Answer];
        assert_eq!(footer(&paused)[0], ("Ctrl+P".into(), "resume".into()));
        assert_eq!(
            action_for(&paused, &key(KeyCode::Char('z'), KeyModifiers::CONTROL)),
            None
        );
    }

    #[test]
    fn every_footer_key_is_listed_once() {
        let screens: &[&[Ctx]] = &[
            &[Ctx::Home, Ctx::Nav, Ctx::Choose, Ctx::HelpKey, Ctx::Quit],
            &[
                Ctx::Rate,
                Ctx::FeedbackPoints,
                Ctx::FeedbackFollowUp,
                Ctx::FeedbackCompare,
                Ctx::Feedback,
                Ctx::Scroll,
                Ctx::HelpKey,
                Ctx::Quit,
            ],
            &[Ctx::Summary, Ctx::Scroll, Ctx::HelpKey, Ctx::Quit],
            &[Ctx::Rate, Ctx::Recall, Ctx::HelpKey, Ctx::Quit],
        ];
        for ctxs in screens {
            let keys: Vec<String> = footer(ctxs).into_iter().map(|(k, _)| k).collect();
            let mut unique = keys.clone();
            unique.sort();
            unique.dedup();
            assert_eq!(unique.len(), keys.len(), "{keys:?}");
        }
        // Summary: one way home, no "choose" or "back" beside it.
        let summary = footer(&[Ctx::Summary, Ctx::Scroll, Ctx::HelpKey, Ctx::Quit]);
        let labels: Vec<&str> = summary.iter().map(|(_, l)| l.as_str()).collect();
        assert_eq!(labels, ["home", "help", "quit"]);
        // Recall after the reveal: the four ratings, no "show".
        let recall = footer(&[Ctx::Rate, Ctx::Recall, Ctx::HelpKey, Ctx::Quit]);
        assert_eq!(recall[0], ("1-4".into(), "rate".into()));
        assert!(recall.iter().all(|(_, l)| !l.contains("show")));
    }

    #[test]
    fn lists_navigate_and_quit() {
        let ctxs = [Ctx::Home, Ctx::Nav, Ctx::Choose, Ctx::HelpKey, Ctx::Quit];
        assert_eq!(
            action_for(&ctxs, &key(KeyCode::Char('j'), KeyModifiers::NONE)),
            Some(Action::Down)
        );
        assert_eq!(
            action_for(&ctxs, &key(KeyCode::Up, KeyModifiers::NONE)),
            Some(Action::Up)
        );
        assert_eq!(
            action_for(&ctxs, &key(KeyCode::Char('q'), KeyModifiers::NONE)),
            Some(Action::Quit)
        );
        assert_eq!(
            action_for(&ctxs, &key(KeyCode::Char('?'), KeyModifiers::NONE)),
            Some(Action::Help)
        );
        let fb = [
            Ctx::Rate,
            Ctx::Feedback,
            Ctx::Scroll,
            Ctx::HelpKey,
            Ctx::Quit,
        ];
        assert_eq!(
            action_for(&fb, &key(KeyCode::Char('3'), KeyModifiers::NONE)),
            Some(Action::Rate(3))
        );
    }

    #[test]
    fn footer_and_help_come_from_the_same_table() {
        let ctxs = [Ctx::Answer];
        let foot = footer(&ctxs);
        assert_eq!(foot[0], ("Ctrl+S".into(), "submit".into()));
        let help = help(&ctxs);
        for (keys, _) in &foot {
            assert!(
                help.iter().any(|(k, _)| k.contains(keys.as_str())),
                "{keys} missing from help"
            );
        }
        assert!(help.iter().any(|(k, _)| k == "Ctrl+C"));
    }

    #[test]
    fn every_binding_names_messages_both_languages_have() {
        use crate::i18n::{Lang, has};
        for b in BINDINGS {
            let ids = [b.footer, b.help];
            for id in ids.into_iter().filter(|id| !id.is_empty()) {
                for lang in Lang::ALL {
                    assert!(has(lang, id), "{}: no `{id}` ({:?})", lang.code(), b.action);
                }
            }
            assert!(!b.help.is_empty(), "{:?} has no help line", b.action);
        }
    }

    #[test]
    fn footer_and_help_speak_the_interface_language() {
        let _ko = crate::i18n::scoped(crate::i18n::Lang::Ko);
        assert_eq!(
            footer(&[Ctx::Setup]),
            [
                ("스페이스".to_string(), "선택/해제".to_string()),
                ("s".into(), "시작".into())
            ]
        );
        let help = help(&[Ctx::Tags]);
        assert!(help.contains(&("스페이스".into(), "선택한 태그 선택/해제".into())));
        assert!(help.contains(&("Esc".into(), "목록 닫기 (태그는 원래대로)".into())));
        assert_eq!(hints(&[Ctx::Rate])[0].label, "평가");
        assert!(hints(&[Ctx::HelpKey])[0].help);
    }
}
