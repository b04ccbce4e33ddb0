//! One table of key bindings drives key handling, the footer hints and the
//! `?` help, so the three can never disagree.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Where a binding applies; a screen is a stack of these, most specific first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ctx {
    /// Every list screen (not while typing an answer).
    List,
    Home,
    Setup,
    Answer,
    Feedback,
    Summary,
    Recall,
    Browse,
    Detail,
    /// Editing talking points.
    Notes,
    /// "Delete this version?"
    Confirm,
    /// The Esc menu over the answer screen.
    Menu,
    /// "A draft was recovered" prompt.
    Recover,
    /// Everywhere, even while typing.
    Always,
    /// The practice setup's tag list: typing filters it.
    Tags,
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
    /// Erase the last letter of a filter being typed.
    EraseLetter,
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

pub const BINDINGS: &[Binding] = &[
    Binding {
        ctx: Ctx::Always,
        keys: &[Ctrl('c')],
        action: Action::ForceQuit,
        footer: "",
        help: "quit now (a draft is kept and offered back)",
    },
    Binding {
        ctx: Ctx::Recover,
        keys: &[Code(KeyCode::Enter), Char('r')],
        action: Action::Resume,
        footer: "resume",
        help: "resume the recovered draft",
    },
    Binding {
        ctx: Ctx::Recover,
        keys: &[Char('d')],
        action: Action::Discard,
        footer: "discard",
        help: "discard the recovered draft",
    },
    Binding {
        ctx: Ctx::Menu,
        keys: &[Char('s'), Ctrl('s')],
        action: Action::Submit,
        footer: "submit",
        help: "submit the answer",
    },
    Binding {
        ctx: Ctx::Menu,
        keys: &[Char('k'), Code(KeyCode::Esc), Code(KeyCode::Enter)],
        action: Action::KeepWriting,
        footer: "keep writing",
        help: "back to the answer",
    },
    Binding {
        ctx: Ctx::Menu,
        keys: &[Char('d')],
        action: Action::Discard,
        footer: "discard",
        help: "discard this answer and skip the question",
    },
    Binding {
        ctx: Ctx::Answer,
        keys: &[Ctrl('s')],
        action: Action::Submit,
        footer: "submit",
        help: "submit the answer",
    },
    Binding {
        ctx: Ctx::Answer,
        keys: &[Ctrl('e')],
        action: Action::ExternalEditor,
        footer: "$EDITOR",
        help: "edit the draft in $EDITOR and take it back",
    },
    Binding {
        ctx: Ctx::Answer,
        keys: &[Ctrl('p')],
        action: Action::Pause,
        footer: "pause",
        help: "pause or resume the timer",
    },
    Binding {
        ctx: Ctx::Answer,
        keys: &[Code(KeyCode::Esc)],
        action: Action::Menu,
        footer: "menu",
        help: "submit / keep writing / discard",
    },
    Binding {
        ctx: Ctx::Answer,
        keys: &[Code(KeyCode::F(1))],
        action: Action::Help,
        footer: "help",
        help: "this help (every other key types)",
    },
    Binding {
        ctx: Ctx::Feedback,
        keys: &[Char('1')],
        action: Action::Rate(1),
        footer: "Again",
        help: "rate 1, Again: you could not answer it well",
    },
    Binding {
        ctx: Ctx::Feedback,
        keys: &[Char('2')],
        action: Action::Rate(2),
        footer: "Hard",
        help: "rate 2, Hard: you got there, with trouble",
    },
    Binding {
        ctx: Ctx::Feedback,
        keys: &[Char('3')],
        action: Action::Rate(3),
        footer: "Good",
        help: "rate 3, Good: a solid answer",
    },
    Binding {
        ctx: Ctx::Feedback,
        keys: &[Char('4')],
        action: Action::Rate(4),
        footer: "Easy",
        help: "rate 4, Easy: ready for the interview",
    },
    Binding {
        ctx: Ctx::Feedback,
        keys: &[Char(' ')],
        action: Action::Toggle,
        footer: "toggle point",
        help: "mark the selected key point covered or not",
    },
    Binding {
        ctx: Ctx::Feedback,
        keys: &[Char('f')],
        action: Action::FollowUp,
        footer: "follow-up",
        help: "answer a follow-up question next",
    },
    Binding {
        ctx: Ctx::Setup,
        keys: &[Char(' ')],
        action: Action::Toggle,
        footer: "toggle",
        help: "toggle the selected role or bank",
    },
    Binding {
        ctx: Ctx::Setup,
        keys: &[Char('s')],
        action: Action::Start,
        footer: "start",
        help: "start practising",
    },
    Binding {
        ctx: Ctx::Summary,
        keys: &[Code(KeyCode::Enter)],
        action: Action::Back,
        footer: "home",
        help: "back to the home screen",
    },
    Binding {
        ctx: Ctx::List,
        keys: &[Code(KeyCode::Up), Char('k')],
        action: Action::Up,
        footer: "",
        help: "move up",
    },
    Binding {
        ctx: Ctx::List,
        keys: &[Code(KeyCode::Down), Char('j')],
        action: Action::Down,
        footer: "",
        help: "move down",
    },
    Binding {
        ctx: Ctx::List,
        keys: &[Code(KeyCode::Left), Char('h')],
        action: Action::Left,
        footer: "",
        help: "less (counts and choices)",
    },
    Binding {
        ctx: Ctx::List,
        keys: &[Code(KeyCode::Right), Char('l')],
        action: Action::Right,
        footer: "",
        help: "more (counts and choices)",
    },
    Binding {
        ctx: Ctx::List,
        keys: &[Code(KeyCode::Enter)],
        action: Action::Select,
        footer: "choose",
        help: "choose",
    },
    Binding {
        ctx: Ctx::List,
        keys: &[Code(KeyCode::Esc)],
        action: Action::Back,
        footer: "back",
        help: "back",
    },
    Binding {
        ctx: Ctx::List,
        keys: &[Char('?')],
        action: Action::Help,
        footer: "help",
        help: "this help",
    },
    Binding {
        ctx: Ctx::List,
        keys: &[Char('q')],
        action: Action::Quit,
        footer: "quit",
        help: "quit",
    },
    Binding {
        ctx: Ctx::Feedback,
        keys: &[Char('v')],
        action: Action::ToggleView,
        footer: "compare",
        help: "switch between the side-by-side comparison and the details",
    },
    Binding {
        ctx: Ctx::Recall,
        keys: &[Char(' ')],
        action: Action::Reveal,
        footer: "show last answer",
        help: "show your last version and the key points",
    },
    Binding {
        ctx: Ctx::Recall,
        keys: &[Char('1')],
        action: Action::Rate(1),
        footer: "",
        help: "rate 1, Again",
    },
    Binding {
        ctx: Ctx::Recall,
        keys: &[Char('2')],
        action: Action::Rate(2),
        footer: "",
        help: "rate 2, Hard",
    },
    Binding {
        ctx: Ctx::Recall,
        keys: &[Char('3')],
        action: Action::Rate(3),
        footer: "",
        help: "rate 3, Good",
    },
    Binding {
        ctx: Ctx::Recall,
        keys: &[Char('4')],
        action: Action::Rate(4),
        footer: "1-4 rate",
        help: "rate 4, Easy",
    },
    Binding {
        ctx: Ctx::Browse,
        keys: &[Char('/')],
        action: Action::Filter,
        footer: "search",
        help: "filter by text (Korean too); Enter keeps it, Esc clears",
    },
    Binding {
        ctx: Ctx::Browse,
        keys: &[Char('r')],
        action: Action::CycleRole,
        footer: "role",
        help: "cycle the role filter",
    },
    Binding {
        ctx: Ctx::Browse,
        keys: &[Char('t')],
        action: Action::CycleTag,
        footer: "tag",
        help: "cycle the tag filter",
    },
    Binding {
        ctx: Ctx::Detail,
        keys: &[Char(' ')],
        action: Action::MarkA,
        footer: "mark",
        help: "mark this version; the diff then compares it with the selected one",
    },
    Binding {
        ctx: Ctx::Detail,
        keys: &[Char('e')],
        action: Action::Edit,
        footer: "talking points",
        help: "edit your talking points for this question (Ctrl+S saves, Esc cancels)",
    },
    Binding {
        ctx: Ctx::Detail,
        keys: &[Char('x'), Code(KeyCode::Delete)],
        action: Action::Delete,
        footer: "delete",
        help: "delete the selected version (asks first)",
    },
    Binding {
        ctx: Ctx::Confirm,
        keys: &[Char('y')],
        action: Action::Yes,
        footer: "yes, delete",
        help: "delete it",
    },
    Binding {
        ctx: Ctx::Confirm,
        keys: &[Char('n'), Code(KeyCode::Esc)],
        action: Action::No,
        footer: "no",
        help: "keep it",
    },
    Binding {
        ctx: Ctx::Notes,
        keys: &[Ctrl('s')],
        action: Action::Submit,
        footer: "save",
        help: "save the talking points",
    },
    Binding {
        ctx: Ctx::Notes,
        keys: &[Code(KeyCode::Esc)],
        action: Action::Back,
        footer: "cancel",
        help: "leave without saving",
    },
    Binding {
        ctx: Ctx::Menu,
        keys: &[Char('e')],
        action: Action::EndSession,
        footer: "end session",
        help: "end the session here (this answer is discarded)",
    },
    Binding {
        ctx: Ctx::Tags,
        keys: &[Code(KeyCode::Up)],
        action: Action::Up,
        footer: "",
        help: "move up",
    },
    Binding {
        ctx: Ctx::Tags,
        keys: &[Code(KeyCode::Down)],
        action: Action::Down,
        footer: "",
        help: "move down",
    },
    Binding {
        ctx: Ctx::Tags,
        keys: &[Char(' ')],
        action: Action::Toggle,
        footer: "toggle",
        help: "tick or untick the selected tag",
    },
    Binding {
        ctx: Ctx::Tags,
        keys: &[Code(KeyCode::Enter)],
        action: Action::Select,
        footer: "done",
        help: "keep the ticked tags and close the list",
    },
    Binding {
        ctx: Ctx::Tags,
        keys: &[Code(KeyCode::Esc)],
        action: Action::Back,
        footer: "cancel",
        help: "close the list, tags as they were",
    },
    Binding {
        ctx: Ctx::Tags,
        keys: &[Code(KeyCode::Backspace)],
        action: Action::EraseLetter,
        footer: "",
        help: "erase a letter of the filter (type to filter, Korean too)",
    },
    Binding {
        ctx: Ctx::Tags,
        keys: &[Code(KeyCode::F(1))],
        action: Action::Help,
        footer: "help",
        help: "this help",
    },
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
        let ctxs = [Ctx::Answer];
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
    }

    #[test]
    fn lists_navigate_and_quit() {
        let ctxs = [Ctx::Home, Ctx::List];
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
        let fb = [Ctx::Feedback, Ctx::List];
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
