//! One table of key bindings drives key handling, the footer hints and the
//! `?` help, so the three can never disagree.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

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
    /// Short label for the footer; empty keeps it out of the footer.
    pub footer: &'static str,
    /// Line in the help popup.
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
        "quit now (a draft is kept and offered back)",
    ),
    // The recovered-draft prompt: nothing here loses the draft with one key.
    bind(
        Ctx::Recover,
        &[Code(KeyCode::Enter)],
        Action::Resume,
        "resume",
        "resume where you stopped",
    ),
    bind(
        Ctx::Recover,
        &[Code(KeyCode::Esc)],
        Action::Later,
        "keep for later",
        "keep it for later and go on (it is offered again next time)",
    ),
    bind(
        Ctx::Recover,
        &[Code(KeyCode::Delete), Ctrl('d')],
        Action::Discard,
        "discard…",
        "discard it (asks again first)",
    ),
    bind(Ctx::Confirm, &[Char('y')], Action::Yes, "yes", "yes"),
    bind(
        Ctx::Confirm,
        &[Char('n'), Code(KeyCode::Esc)],
        Action::No,
        "no",
        "no, go back",
    ),
    bind(
        Ctx::Menu,
        &[Char('s'), Ctrl('s')],
        Action::Submit,
        "submit",
        "submit the answer",
    ),
    bind(
        Ctx::Menu,
        &[Char('k'), Code(KeyCode::Esc), Code(KeyCode::Enter)],
        Action::KeepWriting,
        "keep writing",
        "back to the answer",
    ),
    bind(
        Ctx::Menu,
        &[Char('d')],
        Action::Discard,
        "discard",
        "discard this answer and skip the question (asks first)",
    ),
    bind(
        Ctx::Menu,
        &[Char('e')],
        Action::EndSession,
        "end session",
        "end the session here (this answer is discarded; asks first)",
    ),
    bind(
        Ctx::MockMenu,
        &[Char('s'), Ctrl('s')],
        Action::Submit,
        "submit",
        "submit the answer and go on to the next question",
    ),
    bind(
        Ctx::MockMenu,
        &[Char('k'), Code(KeyCode::Esc), Code(KeyCode::Enter)],
        Action::KeepWriting,
        "keep writing",
        "back to the answer (the clock never stopped)",
    ),
    bind(
        Ctx::MockMenu,
        &[Char('p')],
        Action::Pass,
        "pass",
        "pass on this question: the answer so far is discarded (asks first)",
    ),
    bind(
        Ctx::MockMenu,
        &[Char('e')],
        Action::EndSession,
        "end interview",
        "end the interview here and see the report (this answer is discarded; asks first)",
    ),
    bind(
        Ctx::MockAnswer,
        &[Code(KeyCode::Esc)],
        Action::Menu,
        "menu",
        "submit / keep writing / pass / end the interview",
    ),
    bind(
        Ctx::MockAnswer,
        &[Ctrl('p')],
        Action::Pause,
        "",
        "no pause in a mock interview: the clock runs as it would in the room",
    ),
    bind(
        Ctx::Answer,
        &[Ctrl('s')],
        Action::Submit,
        "submit",
        "submit the answer",
    ),
    bind(
        Ctx::Answer,
        &[Ctrl('e')],
        Action::ExternalEditor,
        "$EDITOR",
        "edit the draft in $EDITOR and take it back",
    ),
    bind(
        Ctx::AnswerStory,
        &[Ctrl('t')],
        Action::StoryPanel,
        "your story",
        "show or hide the facts of your story for this question",
    ),
    bind(
        Ctx::AnswerPause,
        &[Ctrl('p')],
        Action::Pause,
        "pause",
        "pause the timer",
    ),
    bind(
        Ctx::AnswerPaused,
        &[Ctrl('p')],
        Action::Pause,
        "resume",
        "resume the timer (typing waits while paused)",
    ),
    bind(
        Ctx::AnswerEdit,
        &[Ctrl('z'), Ctrl('u')],
        Action::Undo,
        "undo",
        "undo",
    ),
    bind(
        Ctx::AnswerEdit,
        &[Ctrl('y'), Ctrl('r')],
        Action::Redo,
        "",
        "redo",
    ),
    bind(
        Ctx::Answer,
        &[Code(KeyCode::Esc)],
        Action::Menu,
        "menu",
        "submit / keep writing / discard / end the session",
    ),
    bind(
        Ctx::Answer,
        &[Code(KeyCode::F(1))],
        Action::Help,
        "help",
        "this help (every other key types)",
    ),
    bind(
        Ctx::Rate,
        &[Char('1')],
        Action::Rate(1),
        "Again",
        "rate 1, Again: you could not answer it well (comes back soon)",
    ),
    bind(
        Ctx::Rate,
        &[Char('2')],
        Action::Rate(2),
        "Hard",
        "rate 2, Hard: you got there, with trouble",
    ),
    bind(
        Ctx::Rate,
        &[Char('3')],
        Action::Rate(3),
        "Good",
        "rate 3, Good: a solid answer",
    ),
    bind(
        Ctx::Rate,
        &[Char('4')],
        Action::Rate(4),
        "Easy",
        "rate 4, Easy: ready for the interview",
    ),
    bind(
        Ctx::FeedbackPoints,
        &[Code(KeyCode::Up), Char('k')],
        Action::Up,
        "",
        "select the key point above",
    ),
    bind(
        Ctx::FeedbackPoints,
        &[Code(KeyCode::Down), Char('j')],
        Action::Down,
        "",
        "select the key point below",
    ),
    bind(
        Ctx::FeedbackPoints,
        &[Char(' ')],
        Action::Toggle,
        "toggle point",
        "mark the selected key point covered or not",
    ),
    bind(
        Ctx::FeedbackFollowUp,
        &[Char('f')],
        Action::FollowUp,
        "follow-up",
        "answer a follow-up question next (again for the next one)",
    ),
    bind(
        Ctx::FeedbackCompare,
        &[Char('v')],
        Action::ToggleView,
        "compare",
        "switch between the side-by-side comparison and the details",
    ),
    bind(
        Ctx::Feedback,
        &[Code(KeyCode::Esc)],
        Action::Back,
        "skip rating",
        "go on without rating (asks; it is offered for rating later)",
    ),
    bind(
        Ctx::RecallHidden,
        &[Char(' ')],
        Action::Reveal,
        "show last answer",
        "show your last version and the key points",
    ),
    bind(
        Ctx::Recall,
        &[Code(KeyCode::Esc)],
        Action::Back,
        "end",
        "end the review here (asks first)",
    ),
    bind(
        Ctx::Summary,
        &[Code(KeyCode::Enter), Code(KeyCode::Esc)],
        Action::Back,
        "home",
        "back to the home screen",
    ),
    bind(
        Ctx::Home,
        &[Code(KeyCode::Esc)],
        Action::Back,
        "",
        "quit (asks first)",
    ),
    bind(
        Ctx::Home,
        &[Char('r')],
        Action::TargetRole,
        "role",
        "choose the role you are applying for",
    ),
    bind(
        Ctx::RolePick,
        &[Code(KeyCode::Enter)],
        Action::Select,
        "choose",
        "apply for the selected role",
    ),
    bind(
        Ctx::RoleAsk,
        &[Code(KeyCode::Esc)],
        Action::Later,
        "ask me later",
        "ask me later (not asked again: r on the home screen sets it)",
    ),
    bind(
        Ctx::RoleChange,
        &[Code(KeyCode::Esc)],
        Action::Back,
        "keep",
        "keep the role as it is",
    ),
    bind(
        Ctx::Setup,
        &[Char(' ')],
        Action::Toggle,
        "toggle",
        "toggle the selected role or bank",
    ),
    bind(
        Ctx::Setup,
        &[Char('s')],
        Action::Start,
        "start",
        "start practising",
    ),
    bind(
        Ctx::MockSetup,
        &[Char('s')],
        Action::Start,
        "start",
        "start the interview",
    ),
    bind(
        Ctx::MockReport,
        &[Code(KeyCode::Up), Char('k')],
        Action::Up,
        "",
        "select the answer above (to rate it)",
    ),
    bind(
        Ctx::MockReport,
        &[Code(KeyCode::Down), Char('j')],
        Action::Down,
        "",
        "select the answer below (to rate it)",
    ),
    bind(
        Ctx::MockReport,
        &[Code(KeyCode::PageDown), Char(' ')],
        Action::Right,
        "",
        "scroll down a page",
    ),
    bind(
        Ctx::MockReport,
        &[Code(KeyCode::PageUp)],
        Action::Left,
        "",
        "scroll up a page",
    ),
    bind(
        Ctx::MockReport,
        &[Code(KeyCode::Esc), Code(KeyCode::Enter)],
        Action::Back,
        "done",
        "leave the report (answers not rated yet are offered in the next review)",
    ),
    bind(
        Ctx::MockHistory,
        &[Code(KeyCode::Enter)],
        Action::Select,
        "open",
        "open the report of the selected interview",
    ),
    bind(
        Ctx::Story,
        &[Char('e')],
        Action::Edit,
        "edit",
        "edit your story in $EDITOR; it is checked when you save and quit",
    ),
    bind(
        Ctx::Browse,
        &[Char('/')],
        Action::Filter,
        "search",
        "filter by text (Korean too); Enter keeps it, Esc clears",
    ),
    bind(
        Ctx::Browse,
        &[Char('r')],
        Action::CycleRole,
        "role",
        "cycle the role filter",
    ),
    bind(
        Ctx::Browse,
        &[Char('t')],
        Action::CycleTag,
        "tag",
        "cycle the tag filter",
    ),
    bind(
        Ctx::Detail,
        &[Char(' ')],
        Action::MarkA,
        "mark",
        "mark this version; the diff then compares it with the selected one",
    ),
    bind(
        Ctx::Detail,
        &[Char('e')],
        Action::Edit,
        "talking points",
        "edit your talking points for this question (Ctrl+S saves, Esc cancels)",
    ),
    bind(
        Ctx::Detail,
        &[Char('x'), Code(KeyCode::Delete)],
        Action::Delete,
        "delete",
        "delete the selected version (asks first)",
    ),
    bind(
        Ctx::Notes,
        &[Ctrl('s')],
        Action::Submit,
        "save",
        "save the talking points",
    ),
    bind(
        Ctx::Notes,
        &[Code(KeyCode::Esc)],
        Action::Back,
        "cancel",
        "leave without saving",
    ),
    bind(
        Ctx::Nav,
        &[Code(KeyCode::Up), Char('k')],
        Action::Up,
        "",
        "move up",
    ),
    bind(
        Ctx::Nav,
        &[Code(KeyCode::Down), Char('j')],
        Action::Down,
        "",
        "move down",
    ),
    bind(
        Ctx::Adjust,
        &[Code(KeyCode::Left), Char('h')],
        Action::Left,
        "",
        "less (counts and choices)",
    ),
    bind(
        Ctx::Adjust,
        &[Code(KeyCode::Right), Char('l')],
        Action::Right,
        "",
        "more (counts and choices)",
    ),
    bind(
        Ctx::Scroll,
        &[Code(KeyCode::Down), Char('j')],
        Action::Down,
        "",
        "scroll down",
    ),
    bind(
        Ctx::Scroll,
        &[Code(KeyCode::Up), Char('k')],
        Action::Up,
        "",
        "scroll up",
    ),
    bind(
        Ctx::Scroll,
        &[Code(KeyCode::Right), Char('l'), Code(KeyCode::PageDown)],
        Action::Right,
        "",
        "scroll down a page",
    ),
    bind(
        Ctx::Scroll,
        &[Code(KeyCode::Left), Char('h'), Code(KeyCode::PageUp)],
        Action::Left,
        "",
        "scroll up a page",
    ),
    bind(
        Ctx::Choose,
        &[Code(KeyCode::Enter)],
        Action::Select,
        "choose",
        "choose",
    ),
    bind(
        Ctx::Back,
        &[Code(KeyCode::Esc)],
        Action::Back,
        "back",
        "back",
    ),
    bind(
        Ctx::HelpKey,
        &[Char('?')],
        Action::Help,
        "help",
        "this help",
    ),
    bind(Ctx::Quit, &[Char('q')], Action::Quit, "quit", "quit"),
    bind(Ctx::Tags, &[Code(KeyCode::Up)], Action::Up, "", "move up"),
    bind(
        Ctx::Tags,
        &[Code(KeyCode::Down)],
        Action::Down,
        "",
        "move down",
    ),
    bind(
        Ctx::Tags,
        &[Char(' ')],
        Action::Toggle,
        "toggle",
        "tick or untick the selected tag",
    ),
    bind(
        Ctx::Tags,
        &[Code(KeyCode::Enter)],
        Action::Select,
        "done",
        "keep the ticked tags and close the list",
    ),
    bind(
        Ctx::Tags,
        &[Code(KeyCode::Esc)],
        Action::Back,
        "cancel",
        "close the list, tags as they were",
    ),
    bind(
        Ctx::Tags,
        &[Code(KeyCode::Backspace)],
        Action::EraseLetter,
        "",
        "erase a letter of the filter (type to filter, Korean too)",
    ),
    bind(
        Ctx::Tags,
        &[Code(KeyCode::F(1))],
        Action::Help,
        "help",
        "this help",
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
        Char(' ') => "Space".into(),
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

/// Footer hints for a screen: (keys, label), most specific context first.
pub fn footer(ctxs: &[Ctx]) -> Vec<(String, &'static str)> {
    let mut out: Vec<(String, &'static str)> = Vec::new();
    for c in ctxs {
        if *c == Ctx::Rate {
            // Four ratings in one hint; the screen itself names each.
            out.push(("1-4".into(), "rate"));
            continue;
        }
        for b in BINDINGS
            .iter()
            .filter(|b| b.ctx == *c && !b.footer.is_empty())
        {
            if !out.iter().any(|(_, l)| *l == b.footer) {
                out.push((b.keys.first().map(key_name).unwrap_or_default(), b.footer));
            }
        }
    }
    out
}

/// Help lines for a screen: (all keys, description), shadowed keys left out.
pub fn help(ctxs: &[Ctx]) -> Vec<(String, &'static str)> {
    let mut seen: Vec<Action> = Vec::new();
    let mut out = Vec::new();
    for c in ctxs.iter().chain(std::iter::once(&Ctx::Always)) {
        for b in BINDINGS.iter().filter(|b| b.ctx == *c) {
            if !seen.contains(&b.action) {
                seen.push(b.action);
                out.push((keys_label(b), b.help));
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
        assert_eq!(footer(&paused)[0], ("Ctrl+P".to_string(), "resume"));
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
        let labels: Vec<&str> = summary.iter().map(|(_, l)| *l).collect();
        assert_eq!(labels, ["home", "help", "quit"]);
        // Recall after the reveal: the four ratings, no "show".
        let recall = footer(&[Ctx::Rate, Ctx::Recall, Ctx::HelpKey, Ctx::Quit]);
        assert_eq!(recall[0], ("1-4".to_string(), "rate"));
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
        assert_eq!(foot[0], ("Ctrl+S".to_string(), "submit"));
        let help = help(&ctxs);
        for (keys, _) in &foot {
            assert!(
                help.iter().any(|(k, _)| k.contains(keys.as_str())),
                "{keys} missing from help"
            );
        }
        assert!(help.iter().any(|(k, _)| k == "Ctrl+C"));
    }
}
