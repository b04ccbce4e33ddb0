//! The practice setup through the app's update function: choices remembered
//! across app starts on the same database, the level row and its live count,
//! the tag list (English and Korean), and `rehearse practice --level`.

mod common;

use common::banks::{MIXED_EN, MIXED_KO};
use common::tui::{NOW, library};
use crossterm::event::KeyCode;
use rehearse::bank::{Level, Library};
use rehearse::session::Filter;
use rehearse::settings::{self};
use rehearse::tui::app::{App, Overlay, Screen, SetupRow, SetupState};
use rehearse::tui::keymap;

/// An app over the database in `dir`, loaded the way `rehearse` loads it.
fn app_on(dir: &std::path::Path) -> App {
    common::app_on(dir, lib(), NOW)
}

fn app() -> App {
    common::app_in_memory(lib(), NOW)
}

fn lib() -> Library {
    library(&[("mixed-en.yaml", MIXED_EN), ("mixed-ko.yaml", MIXED_KO)])
}

fn key(a: &mut App, code: KeyCode) {
    common::tui::key(a, code, NOW);
}

fn type_str(a: &mut App, s: &str) {
    common::tui::type_str(a, s, NOW);
}

fn setup(a: &App) -> &SetupState {
    match &a.screen {
        Screen::Setup(s) => s,
        _ => panic!("not on the setup screen"),
    }
}

/// Moves the cursor to a setup row, from wherever it is.
fn go_to(a: &mut App, row: SetupRow) {
    let i = a.setup_rows().iter().position(|r| *r == row).unwrap();
    while setup(a).selected > i {
        key(a, KeyCode::Up);
    }
    while setup(a).selected < i {
        key(a, KeyCode::Down);
    }
}

/// Home → Practice.
fn open_setup(a: &mut App) {
    key(a, KeyCode::Enter);
    assert!(matches!(a.screen, Screen::Setup(_)));
}

#[test]
fn setup_choices_survive_a_new_app_on_the_same_database() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut a = app_on(dir.path());
        open_setup(&mut a);
        go_to(&mut a, SetupRow::Role("data".into()));
        key(&mut a, KeyCode::Char(' '));
        go_to(&mut a, SetupRow::Language);
        key(&mut a, KeyCode::Right); // any → en
        key(&mut a, KeyCode::Right); // en → ko
        go_to(&mut a, SetupRow::Level);
        key(&mut a, KeyCode::Right); // any → junior
        go_to(&mut a, SetupRow::Count);
        key(&mut a, KeyCode::Left);
        key(&mut a, KeyCode::Left); // 5 → 3
        go_to(&mut a, SetupRow::Tags);
        key(&mut a, KeyCode::Enter);
        key(&mut a, KeyCode::Char(' ')); // the first tag: 캐시 (on 1 junior ko question)
        key(&mut a, KeyCode::Enter);
        go_to(&mut a, SetupRow::Start);
        key(&mut a, KeyCode::Enter);
        assert!(matches!(a.screen, Screen::Answer(_)), "practice started");
    }
    let mut b = app_on(dir.path());
    let want = Filter {
        roles: vec!["data".into()],
        banks: vec![],
        tags: vec!["캐시".into()],
        lang: Some("ko".into()),
        level: Some(Level::Junior),
    };
    assert_eq!(b.settings.last_practice.filter, want);
    // The interrupted practice is offered back first; keep it for later.
    assert!(matches!(b.overlay, Some(Overlay::Recover(_))));
    key(&mut b, KeyCode::Esc);
    assert!(b.overlay.is_none());
    open_setup(&mut b);
    let s = setup(&b);
    assert_eq!((&s.filter, s.count), (&want, 3));
    assert_eq!(s.matches.matching, 1);
    assert_eq!(b.flash, None);
}

#[test]
fn leaving_setup_with_esc_keeps_the_choices_too() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut a = app_on(dir.path());
        open_setup(&mut a);
        go_to(&mut a, SetupRow::Bank("mixed-en".into()));
        key(&mut a, KeyCode::Char(' '));
        key(&mut a, KeyCode::Esc);
        assert!(matches!(a.screen, Screen::Home { .. }));
    }
    let mut b = app_on(dir.path());
    open_setup(&mut b);
    assert_eq!(setup(&b).filter.banks, ["mixed-en"]);
    assert_eq!(setup(&b).count, 5);
}

#[test]
fn remembered_choices_no_longer_loaded_are_left_out_and_named() {
    let mut a = app();
    a.settings.last_practice = settings::PracticeChoices {
        filter: Filter {
            roles: vec!["frontend".into(), "backend".into()],
            banks: vec!["gone-bank".into()],
            tags: vec!["http".into(), "nope".into()],
            lang: Some("fr".into()),
            level: None,
        },
        count: 7,
    };
    open_setup(&mut a);
    let s = setup(&a);
    assert_eq!(s.filter.roles, ["backend"]);
    assert!(s.filter.banks.is_empty() && s.filter.lang.is_none());
    assert_eq!(s.filter.tags, ["http"]);
    assert_eq!(s.count, 7);
    let flash = a.flash.clone().unwrap();
    for name in ["role frontend", "bank gone-bank", "language fr", "tag nope"] {
        assert!(flash.contains(name), "{name} in {flash}");
    }
}

#[test]
fn command_flags_win_over_remembered_choices_and_the_rest_is_remembered() {
    let mut a = app();
    a.settings.last_practice = settings::PracticeChoices {
        filter: Filter {
            banks: vec!["mixed-ko".into()],
            ..Default::default()
        },
        count: 1,
    };
    // `rehearse practice --level senior`: the flags replace the filter, the count is the last one.
    let senior = Filter {
        level: Some(Level::Senior),
        ..Default::default()
    };
    a.practice_as_asked(Some(senior.clone()), None, NOW);
    assert_eq!(a.session().unwrap().queue.len(), 1);
    assert_eq!(a.settings.last_practice.filter, senior);
    // `rehearse practice` alone: the last choices.
    let mut b = app();
    b.settings.last_practice.filter.banks = vec!["mixed-ko".into()];
    b.practice_as_asked(None, Some(9), NOW);
    let queue = &b.session().unwrap().queue;
    assert_eq!(queue.len(), 2);
    assert!(queue.iter().all(|k| k.bank_id == "mixed-ko"));
}

#[test]
fn level_row_cycles_and_the_count_follows_each_choice() {
    let mut a = app();
    open_setup(&mut a);
    assert_eq!(setup(&a).matches.matching, 6);
    go_to(&mut a, SetupRow::Level);
    let mut seen = Vec::new();
    for _ in 0..4 {
        key(&mut a, KeyCode::Right);
        let s = setup(&a);
        seen.push((s.filter.level, s.matches.matching, s.matches.without_level));
    }
    assert_eq!(
        seen,
        [
            (Some(Level::Junior), 3, 1),
            (Some(Level::Mid), 2, 1),
            (Some(Level::Senior), 3, 1),
            (None, 6, 1),
        ]
    );
    key(&mut a, KeyCode::Left);
    assert_eq!(setup(&a).filter.level, Some(Level::Senior));
    // Ticking a role narrows the count at once.
    go_to(&mut a, SetupRow::Role("data".into()));
    key(&mut a, KeyCode::Char(' '));
    assert_eq!(setup(&a).matches.matching, 1);
}

#[test]
fn tag_list_counts_ticks_filters_and_cancels() {
    let mut a = app();
    open_setup(&mut a);
    go_to(&mut a, SetupRow::Tags);
    key(&mut a, KeyCode::Enter);
    let picker = setup(&a).tags.clone().expect("the tag list is open");
    let listed: Vec<(&str, usize)> = picker.all.iter().map(|(t, n)| (t.as_str(), *n)).collect();
    assert_eq!(
        listed,
        [
            ("api", 2),
            ("http", 2),
            ("캐시", 2),
            ("cache", 1),
            ("db", 1),
            ("scaling", 1),
            ("파이프라인", 1)
        ]
    );
    // The keys the tag list offers are the keys its footer and help show.
    assert_eq!(
        a.contexts(),
        [keymap::Ctx::Tags],
        "typing letters must not move or quit"
    );
    let footer: Vec<String> = keymap::footer(&a.contexts())
        .into_iter()
        .map(|(k, label)| format!("{k} {label}"))
        .collect();
    assert_eq!(
        footer,
        ["Space toggle", "Enter done", "Esc cancel", "F1 help"]
    );
    let help: Vec<String> = keymap::help(&a.contexts())
        .into_iter()
        .map(|(k, _)| k)
        .collect();
    for k in [
        "↑",
        "↓",
        "Space",
        "Enter",
        "Esc",
        "Backspace",
        "F1",
        "Ctrl+C",
    ] {
        assert!(help.iter().any(|h| h == k), "{k} in the help: {help:?}");
    }
    key(&mut a, KeyCode::F(1));
    assert!(matches!(a.overlay, Some(Overlay::Help { .. })));
    key(&mut a, KeyCode::Esc);
    assert!(
        a.overlay.is_none() && setup(&a).tags.is_some(),
        "Esc closes the help only"
    );
    type_str(&mut a, "ca"); // j/k/q type here, they do not move or quit
    let p = setup(&a).tags.as_ref().unwrap();
    let shown: Vec<&str> = p.visible.iter().map(|&i| p.all[i].0.as_str()).collect();
    assert_eq!(shown, ["cache", "scaling"]);
    key(&mut a, KeyCode::Down);
    key(&mut a, KeyCode::Char(' '));
    assert_eq!(setup(&a).filter.tags, ["scaling"]);
    assert_eq!(
        setup(&a).matches.matching,
        1,
        "counted while the list is open"
    );
    key(&mut a, KeyCode::Char(' '));
    assert!(setup(&a).filter.tags.is_empty(), "Space unticks");
    key(&mut a, KeyCode::Backspace);
    key(&mut a, KeyCode::Backspace);
    type_str(&mut a, "q");
    assert!(!a.quit);
    key(&mut a, KeyCode::Backspace);
    key(&mut a, KeyCode::Char(' ')); // "api"
    key(&mut a, KeyCode::Enter);
    assert!(setup(&a).tags.is_none());
    assert_eq!(setup(&a).filter.tags, ["api"]);
    // Open again, tick another, and Esc: the tags are as they were.
    key(&mut a, KeyCode::Enter);
    key(&mut a, KeyCode::Down);
    key(&mut a, KeyCode::Char(' '));
    assert_eq!(setup(&a).filter.tags, ["api", "http"]);
    key(&mut a, KeyCode::Esc);
    assert!(setup(&a).tags.is_none());
    assert_eq!(setup(&a).filter.tags, ["api"]);
    assert_eq!(setup(&a).matches.matching, 2);
}

#[test]
fn tag_list_filters_korean_and_follows_the_other_choices() {
    let mut a = app();
    open_setup(&mut a);
    go_to(&mut a, SetupRow::Level);
    key(&mut a, KeyCode::Right); // junior
    go_to(&mut a, SetupRow::Tags);
    key(&mut a, KeyCode::Enter);
    let p = setup(&a).tags.clone().unwrap();
    let listed: Vec<(&str, usize)> = p.all.iter().map(|(t, n)| (t.as_str(), *n)).collect();
    assert_eq!(
        listed,
        [("api", 2), ("http", 1), ("캐시", 1), ("파이프라인", 1)]
    );
    type_str(&mut a, "파이");
    let p = setup(&a).tags.as_ref().unwrap();
    assert_eq!(p.current(), Some("파이프라인"));
    assert_eq!(p.visible.len(), 1);
    key(&mut a, KeyCode::Char(' '));
    key(&mut a, KeyCode::Enter);
    assert_eq!(setup(&a).filter.tags, ["파이프라인"]);
    assert_eq!(setup(&a).matches.matching, 1);
}

#[test]
fn practice_level_flag_is_a_value_enum() {
    let d = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        assert_cmd::Command::cargo_bin("rehearse")
            .unwrap()
            .env("REHEARSE_DATA_DIR", d.path())
            .env("REHEARSE_BANKS_DIR", d.path().join("no-banks-here"))
            .env("NO_COLOR", "1")
            .env("LC_ALL", "C.UTF-8")
            .args(args)
            .output()
            .unwrap()
    };
    let bad = run(&["practice", "--level", "expert"]);
    assert_eq!(bad.status.code(), Some(2));
    let err = String::from_utf8_lossy(&bad.stderr);
    assert!(
        err.contains("expert") && err.contains("junior, mid, senior"),
        "{err}"
    );
    // A good value gets past the arguments (and stops only for want of a terminal).
    let good = run(&["practice", "--level", "junior"]);
    assert_eq!(good.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&good.stderr).contains("needs a terminal"));
}
