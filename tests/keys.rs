//! Key sequences on the app's state, as a new user presses them: nothing
//! typed is lost to a key pressed in the wrong prompt, an interrupted session
//! resumes where it stopped, and each key does what the footer says.

mod common;

use common::banks::KEYS_EN;
use common::tui::{NOW, ch, ctrl, key, library};
use crossterm::event::KeyCode;
use rehearse::bank::Library;
use rehearse::model::{Instant, QuestionKey, Span};
use rehearse::schedule::Scheduler;
use rehearse::session::Filter;
use rehearse::tui::Start;
use rehearse::tui::app::{App, Confirm, Overlay, Screen};
use rehearse::tui::input::Input;
use rehearse::tui::keymap;

fn lib() -> Library {
    library(&[("keys.yaml", KEYS_EN)])
}

fn screen_text(a: &mut App, now: Instant) -> String {
    common::tui::screen_text(a, 100, 30, now)
}

fn app_on(dir: &std::path::Path, now: Instant) -> App {
    common::app_on(dir, lib(), now)
}

fn app() -> App {
    common::app_in_memory(lib(), NOW)
}

fn typed(a: &mut App, s: &str, now: Instant) {
    a.on_input(Input::Text(s.into()), now);
}

fn answer_text(a: &App) -> String {
    match &a.screen {
        Screen::Answer(s) => s.editor.text(),
        _ => panic!("not on the answer screen"),
    }
}

fn footer(a: &App) -> String {
    keymap::footer(&a.contexts())
        .into_iter()
        .map(|(k, l)| format!("{k} {l}"))
        .collect::<Vec<_>>()
        .join("  ")
}

fn practise(a: &mut App, n: usize, now: Instant) {
    a.start_practice(
        &Filter {
            banks: vec!["keys-en".into()],
            ..Default::default()
        },
        n,
        now,
    );
    assert!(matches!(a.screen, Screen::Answer(_)));
}

/// A session with a draft being typed on its second question, then the app
/// "crashes" (is dropped after its last periodic save).
fn interrupted_session(dir: &std::path::Path) -> (QuestionKey, String) {
    let mut a = app_on(dir, NOW);
    practise(&mut a, 3, NOW);
    typed(
        &mut a,
        "It has the same effect when repeated, so a retry is safe.",
        NOW,
    );
    ctrl(&mut a, 's', NOW + Span::from_secs(1));
    ch(&mut a, '3', NOW + Span::from_secs(2));
    let second = a.session().unwrap().current().unwrap().clone();
    typed(
        &mut a,
        "반쯤 쓴 답변: the index is a balanced tree",
        NOW + Span::from_secs(3),
    );
    a.tick(NOW + Span::from_secs(5));
    (second, "반쯤 쓴 답변: the index is a balanced tree".into())
}

#[test]
fn the_recovery_prompt_never_loses_a_draft_to_one_key() {
    let dir = tempfile::tempdir().unwrap();
    interrupted_session(dir.path());
    let mut b = app_on(dir.path(), NOW + Span::from_secs(60));
    assert!(matches!(b.overlay, Some(Overlay::Recover(_))));
    // A user who starts writing before reading, in a burst or key by key:
    // no letter does anything but say which keys answer the prompt.
    typed(
        &mut b,
        "I think the answer is d, yes",
        NOW + Span::from_secs(60),
    );
    for c in "I think the answer is d, yes, 네 y".chars() {
        ch(&mut b, c, NOW + Span::from_secs(60));
    }
    assert!(
        matches!(b.overlay, Some(Overlay::Recover(_))),
        "still asking"
    );
    assert!(b.flash.as_deref().unwrap_or("").contains("Esc keeps it"));
    key(&mut b, KeyCode::Delete, NOW + Span::from_secs(60));
    assert!(
        matches!(b.overlay, Some(Overlay::Confirm(Confirm::DiscardRecovered))),
        "Delete asks first"
    );
    typed(&mut b, "yes", NOW + Span::from_secs(60));
    assert!(
        matches!(b.overlay, Some(Overlay::Confirm(_))),
        "typing does not answer it"
    );
    ch(&mut b, 'x', NOW + Span::from_secs(60));
    assert!(
        matches!(b.overlay, Some(Overlay::Confirm(_))),
        "only y or n answer it"
    );
    ch(&mut b, 'n', NOW + Span::from_secs(60));
    assert!(
        matches!(b.overlay, Some(Overlay::Recover(_))),
        "back to the prompt"
    );
    // Esc keeps it for later: nothing is deleted, and it is offered again.
    key(&mut b, KeyCode::Esc, NOW + Span::from_secs(60));
    assert!(b.overlay.is_none());
    assert_eq!(
        b.store.kept_drafts().unwrap().len(),
        1,
        "set aside, not deleted"
    );
    assert!(b.store.open_session().unwrap().is_some());
    drop(b);
    let mut c = app_on(dir.path(), NOW + Span::from_secs(120));
    assert!(matches!(c.overlay, Some(Overlay::Recover(_))));
    // Discarding takes two deliberate keys.
    key(&mut c, KeyCode::Delete, NOW + Span::from_secs(120));
    ch(&mut c, 'y', NOW + Span::from_secs(120));
    assert!(c.overlay.is_none());
    assert!(c.store.draft().unwrap().is_none());
    assert!(c.store.kept_drafts().unwrap().is_empty());
    assert!(c.store.open_session().unwrap().is_none());
}

#[test]
fn an_interrupted_session_resumes_whole_where_it_stopped() {
    let dir = tempfile::tempdir().unwrap();
    let (second, draft) = interrupted_session(dir.path());
    let mut b = app_on(dir.path(), NOW + Span::from_secs(60));
    key(&mut b, KeyCode::Enter, NOW + Span::from_secs(60));
    assert_eq!(answer_text(&b), draft);
    let s = b.session().unwrap();
    assert_eq!(s.current(), Some(&second));
    assert_eq!(s.position(), (2, 3), "the rest of the session is there");
    assert_eq!(s.results.len(), 1, "the first answer's result came back");
    ctrl(&mut b, 's', NOW + Span::from_secs(61));
    ch(&mut b, '2', NOW + Span::from_secs(62));
    assert_eq!(b.session().unwrap().position(), (3, 3));
    assert!(matches!(b.screen, Screen::Answer(_)));
}

/// `rehearse practice --bank keys-en -n 2`, as the command line asks for it.
fn ask_for_practice(a: &mut App, now: Instant) {
    a.begin(
        Start::Practice {
            filter: Some(Filter {
                banks: vec!["keys-en".into()],
                ..Default::default()
            }),
            count: Some(2),
        },
        now,
    );
}

#[test]
fn a_practice_asked_for_with_a_draft_pending_goes_on_after_the_prompt() {
    let dir = tempfile::tempdir().unwrap();
    interrupted_session(dir.path());
    let mut b = app_on(dir.path(), NOW + Span::from_secs(60));
    ask_for_practice(&mut b, NOW + Span::from_secs(60));
    assert!(
        matches!(b.overlay, Some(Overlay::Recover(_))),
        "asked first"
    );
    key(&mut b, KeyCode::Esc, NOW + Span::from_secs(60));
    assert!(matches!(b.screen, Screen::Answer(_)), "then what was asked");
    assert_eq!(b.session().unwrap().position(), (1, 2));
    // Typing the new answer does not write over the one kept for later.
    typed(&mut b, "a new answer", NOW + Span::from_secs(61));
    b.tick(NOW + Span::from_secs(63));
    let kept = b.store.kept_drafts().unwrap();
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].1.text, "반쯤 쓴 답변: the index is a balanced tree");
    assert_eq!(b.store.draft().unwrap().unwrap().text, "a new answer");
    drop(b);
    // Next time the latest comes first; keep it too, and the older one is
    // offered after it, still whole.
    let mut c = app_on(dir.path(), NOW + Span::from_secs(120));
    key(&mut c, KeyCode::Esc, NOW + Span::from_secs(120));
    drop(c);
    let mut d = app_on(dir.path(), NOW + Span::from_secs(180));
    let Some(Overlay::Recover(r)) = &d.overlay else {
        panic!("offered again")
    };
    assert_eq!(r.draft.as_ref().unwrap().text, "a new answer");
    key(&mut d, KeyCode::Delete, NOW + Span::from_secs(180));
    ch(&mut d, 'y', NOW + Span::from_secs(180));
    drop(d);
    let mut e = app_on(dir.path(), NOW + Span::from_secs(240));
    let Some(Overlay::Recover(r)) = &e.overlay else {
        panic!("the older one is still there")
    };
    assert_eq!(
        r.draft.as_ref().unwrap().text,
        "반쯤 쓴 답변: the index is a balanced tree"
    );
    assert_eq!(
        r.session.as_ref().unwrap().position,
        1,
        "with its own session"
    );
    key(&mut e, KeyCode::Enter, NOW + Span::from_secs(240));
    assert_eq!(
        answer_text(&e),
        "반쯤 쓴 답변: the index is a balanced tree"
    );
    assert!(
        e.store.kept_drafts().unwrap().is_empty(),
        "it is the current draft now"
    );
    assert!(e.store.draft().unwrap().is_some());
}

#[test]
fn feedback_keys_do_what_the_footer_says_and_rating_is_never_lost() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = app_on(dir.path(), NOW);
    a.start_practice(
        &Filter {
            tags: vec!["http".into()],
            ..Default::default()
        },
        4,
        NOW,
    );
    typed(&mut a, "The same effect when repeated.", NOW);
    ctrl(&mut a, 's', NOW + Span::from_secs(1));
    let Screen::Feedback(f) = &a.screen else {
        panic!("feedback")
    };
    let covered = f.points.iter().filter(|p| p.covered).count();
    let foot = footer(&a);
    assert!(!foot.contains("choose"), "{foot}");
    assert!(foot.contains("Esc skip rating"), "{foot}");
    // Enter is not a hint here, and does not toggle a point.
    key(&mut a, KeyCode::Enter, NOW + Span::from_secs(2));
    let Screen::Feedback(f) = &a.screen else {
        panic!("feedback")
    };
    assert_eq!(f.points.iter().filter(|p| p.covered).count(), covered);
    // `f` says what it queued.
    ch(&mut a, 'f', NOW + Span::from_secs(2));
    assert!(
        a.flash.as_deref().unwrap_or("").contains("POST endpoint"),
        "{:?}",
        a.flash
    );
    // q asks, because the answer is not rated yet.
    ch(&mut a, 'q', NOW + Span::from_secs(2));
    assert!(matches!(
        a.overlay,
        Some(Overlay::Confirm(Confirm::QuitUnrated))
    ));
    ch(&mut a, 'n', NOW + Span::from_secs(2));
    assert!(!a.quit);
    // Esc asks too; yes goes on with the answer saved but unrated.
    key(&mut a, KeyCode::Esc, NOW + Span::from_secs(2));
    ch(&mut a, 'y', NOW + Span::from_secs(2));
    assert!(matches!(a.screen, Screen::Summary { .. }));
    assert_eq!(a.store.unrated_attempts().unwrap().len(), 1);
    // Review offers it for rating first.
    a.start_review(&[], false, NOW + Span::from_secs(10));
    let Screen::Feedback(f) = &a.screen else {
        panic!("the unrated answer comes first")
    };
    assert!(f.earlier);
    assert_eq!(f.attempt.text, "The same effect when repeated.");
    ch(&mut a, '2', NOW + Span::from_secs(11));
    assert!(a.store.unrated_attempts().unwrap().is_empty());
    assert!(
        a.store
            .card(&QuestionKey::new("keys-en", "q1"))
            .unwrap()
            .is_some()
    );
}

#[test]
fn quitting_on_unrated_feedback_comes_back_to_it() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut a = app_on(dir.path(), NOW);
        practise(&mut a, 2, NOW);
        typed(&mut a, "An answer I will rate later.", NOW);
        ctrl(&mut a, 's', NOW + Span::from_secs(1));
        ch(&mut a, 'q', NOW + Span::from_secs(1));
        ch(&mut a, 'y', NOW + Span::from_secs(1));
        assert!(a.quit);
    }
    let mut b = app_on(dir.path(), NOW + Span::from_secs(60));
    key(&mut b, KeyCode::Enter, NOW + Span::from_secs(60));
    let Screen::Feedback(f) = &b.screen else {
        panic!("resumes on the answer's feedback, to rate it")
    };
    assert_eq!(f.attempt.text, "An answer I will rate later.");
    ch(&mut b, '3', NOW + Span::from_secs(61));
    assert!(
        matches!(b.screen, Screen::Answer(_)),
        "then the next question"
    );
    assert_eq!(b.session().unwrap().position(), (2, 2));
}

#[test]
fn home_esc_asks_before_quitting() {
    let mut a = app();
    key(&mut a, KeyCode::Esc, NOW);
    assert!(!a.quit);
    assert!(matches!(a.overlay, Some(Overlay::Confirm(Confirm::Quit))));
    key(&mut a, KeyCode::Esc, NOW);
    assert!(a.overlay.is_none() && !a.quit);
    key(&mut a, KeyCode::Esc, NOW);
    ch(&mut a, 'y', NOW);
    assert!(a.quit);
}

#[test]
fn help_pauses_the_practice_timer_and_paused_typing_waits() {
    let mut a = app();
    practise(&mut a, 1, NOW);
    key(&mut a, KeyCode::F(1), NOW + Span::from_secs(10));
    assert!(matches!(a.overlay, Some(Overlay::Help { .. })));
    // It lists the keys as they are once it closes: pause, not resume.
    let help = keymap::help(&a.screen_contexts());
    assert!(
        help.iter()
            .any(|(k, d)| k == "Ctrl+P" && d.starts_with("pause")),
        "{help:?}"
    );
    assert!(help.iter().any(|(k, _)| k.contains("Ctrl+Z")), "{help:?}");
    key(&mut a, KeyCode::Char('x'), NOW + Span::from_secs(70)); // closes the help, types nothing
    let Screen::Answer(s) = &a.screen else {
        panic!()
    };
    assert_eq!(
        s.timer.elapsed(NOW + Span::from_secs(70)),
        Span::from_secs(10),
        "a minute of help is not answer time"
    );
    assert_eq!(s.editor.text(), "");
    // Paused: the footer says resume, and typing waits.
    ctrl(&mut a, 'p', NOW + Span::from_secs(70));
    assert!(footer(&a).contains("Ctrl+P resume"), "{}", footer(&a));
    assert!(!footer(&a).contains("pause"));
    typed(&mut a, "lost?", NOW + Span::from_secs(71));
    assert_eq!(answer_text(&a), "");
    assert!(a.flash.as_deref().unwrap_or("").contains("paused"));
    ctrl(&mut a, 'p', NOW + Span::from_secs(72));
    typed(&mut a, "typed", NOW + Span::from_secs(72));
    assert_eq!(answer_text(&a), "typed");
}

#[test]
fn undo_and_redo_are_listed_and_work() {
    let mut a = app();
    practise(&mut a, 1, NOW);
    assert!(footer(&a).contains("Ctrl+Z undo"));
    let help = keymap::help(&a.screen_contexts());
    assert!(
        help.iter()
            .any(|(k, d)| k.contains("Ctrl+Y") && *d == "redo")
    );
    for c in "abc".chars() {
        ch(&mut a, c, NOW);
    }
    ctrl(&mut a, 'z', NOW);
    assert_eq!(answer_text(&a), "ab");
    ctrl(&mut a, 'y', NOW);
    assert_eq!(answer_text(&a), "abc");
}

#[test]
fn feedback_scrolling_stops_at_the_end() {
    let mut a = app();
    practise(&mut a, 1, NOW);
    typed(&mut a, "short", NOW);
    ctrl(&mut a, 's', NOW + Span::from_secs(1));
    screen_text(&mut a, NOW + Span::from_secs(1));
    for _ in 0..50 {
        key(&mut a, KeyCode::Right, NOW + Span::from_secs(1));
    }
    let Screen::Feedback(f) = &a.screen else {
        panic!()
    };
    assert!(
        f.scroll <= f.max_scroll.get(),
        "{} > {}",
        f.scroll,
        f.max_scroll.get()
    );
    let s = screen_text(&mut a, NOW + Span::from_secs(1));
    assert!(
        s.contains("Rate it"),
        "the end of the page is still in view:\n{s}"
    );
}

#[test]
fn a_follow_up_comes_back_in_review_with_its_question_and_bank() {
    let mut a = app();
    let fu = QuestionKey::new("keys-en", "q1.follow-up-1");
    let (card, _) = Scheduler::default_params()
        .rate(
            None,
            &fu,
            "backend",
            "How would you make a POST endpoint safe to retry?",
            rehearse::schedule::Rating::Good,
            NOW,
        )
        .unwrap();
    a.store
        .record_card(&card, &{
            let (_, log) = Scheduler::default_params()
                .rate(
                    None,
                    &fu,
                    "backend",
                    "x",
                    rehearse::schedule::Rating::Good,
                    NOW,
                )
                .unwrap();
            log
        })
        .unwrap();
    a.settings.new_limit = 0;
    a.start_review(&[], false, NOW + Span::from_days(30));
    let s = screen_text(&mut a, NOW + Span::from_days(30));
    assert!(
        s.contains("follow-up to: What makes an HTTP method idempotent?"),
        "{s}"
    );
    assert!(
        s.contains("Keys fixture"),
        "the bank's title, not its id:\n{s}"
    );
}

#[test]
fn text_that_cannot_be_saved_stays_on_screen_and_is_rescued_on_quit() {
    if !common::in_private_mounts(
        "text_that_cannot_be_saved_stays_on_screen_and_is_rescued_on_quit",
    ) {
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let data = root.path().join("data");
    let home = root.path().join("home");
    std::fs::create_dir_all(&data).unwrap();
    std::fs::create_dir_all(&home).unwrap();
    // SAFETY: this runs alone in its own process (see in_private_mounts).
    unsafe { std::env::set_var("HOME", &home) };
    common::mount_tmpfs(&data, 1024);
    let mut a = app_on(&data, NOW);
    practise(&mut a, 1, NOW);
    let _filler = common::fill_up(&data);
    let words = "제가 EC2 8대로 크롤러를 나눠 6시간을 1.5시간으로 줄였습니다. ".repeat(400);
    typed(&mut a, &words, NOW);
    a.tick(NOW + Span::from_secs(5));
    let Screen::Answer(s) = &a.screen else {
        panic!()
    };
    assert!(s.save_error.is_some(), "the disk is full");
    // Ctrl+S fails too; its message is not replaced by the draft's.
    ctrl(&mut a, 's', NOW + Span::from_secs(6));
    assert!(
        matches!(a.screen, Screen::Answer(_)),
        "the text stays on screen"
    );
    let flash = a.flash.clone().unwrap_or_default();
    assert!(flash.contains("could not save the answer"), "{flash}");
    a.tick(NOW + Span::from_secs(9));
    assert_eq!(a.flash.as_deref(), Some(flash.as_str()));
    assert!(screen_text(&mut a, NOW + Span::from_secs(9)).contains("NOT SAVED"));
    // Quitting says so; a second Ctrl+C quits, and the text goes to a file.
    ctrl(&mut a, 'c', NOW + Span::from_secs(10));
    assert!(!a.quit);
    assert!(matches!(
        a.overlay,
        Some(Overlay::Confirm(Confirm::QuitUnsaved))
    ));
    ctrl(&mut a, 'c', NOW + Span::from_secs(10));
    assert!(a.quit);
    let notes = a.finish(NOW + Span::from_secs(10));
    assert_eq!(notes.len(), 1, "{notes:?}");
    let path = notes[0].rsplit(" it is in ").next().unwrap();
    assert!(path.starts_with(home.to_str().unwrap()), "{path}");
    let rescued = std::fs::read_to_string(path).unwrap();
    assert!(
        rescued.contains(words.trim_end()),
        "every word is in the file"
    );
}

#[test]
fn a_practice_asked_for_comes_after_the_resumed_session() {
    let dir = tempfile::tempdir().unwrap();
    interrupted_session(dir.path());
    let mut b = app_on(dir.path(), NOW + Span::from_secs(60));
    ask_for_practice(&mut b, NOW + Span::from_secs(60));
    key(&mut b, KeyCode::Enter, NOW + Span::from_secs(60));
    let resumed = b.session().unwrap().id.clone();
    // Finish the resumed session: its second and third questions.
    for i in 0..2 {
        let t = NOW + Span::from_secs(61) + Span::from_ms(i * 10_000);
        typed(&mut b, " done", t);
        ctrl(&mut b, 's', t + Span::from_secs(1));
        ch(&mut b, '3', t + Span::from_secs(2));
    }
    assert!(matches!(b.screen, Screen::Summary { .. }));
    assert_eq!(b.session().unwrap().id, resumed);
    key(&mut b, KeyCode::Enter, NOW + Span::from_secs(90));
    assert!(
        matches!(b.screen, Screen::Answer(_)),
        "then the practice asked for"
    );
    let s = b.session().unwrap();
    assert_ne!(s.id, resumed);
    assert_eq!(s.position(), (1, 2));
}

#[test]
fn a_database_that_fails_a_read_says_so_and_protects_what_it_could_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = app_on(dir.path(), NOW);
    practise(&mut a, 1, NOW);
    typed(&mut a, "An answer to browse.", NOW);
    ctrl(&mut a, 's', NOW + Span::from_secs(1));
    ch(&mut a, '3', NOW + Span::from_secs(2));
    // Something breaks the talking points table under the app.
    let db = dir.path().join("rehearse.db");
    rusqlite::Connection::open(&db)
        .unwrap()
        .execute_batch("DROP TABLE talking_points")
        .unwrap();
    a.open_browse();
    key(&mut a, KeyCode::Enter, NOW + Span::from_secs(3));
    assert!(matches!(a.screen, Screen::Detail(_)));
    let flash = a.flash.clone().unwrap_or_default();
    assert!(
        flash.contains("Could not read your talking points"),
        "{flash}"
    );
    ch(&mut a, 'e', NOW + Span::from_secs(3));
    let Screen::Detail(d) = &a.screen else {
        panic!()
    };
    assert!(
        d.editing.is_none(),
        "what could not be read is not edited (and overwritten)"
    );
    // And a list that cannot be read is said, not shown as empty.
    rusqlite::Connection::open(&db)
        .unwrap()
        .execute_batch("DROP TABLE cards")
        .unwrap();
    a.open_browse();
    let flash = a.flash.clone().unwrap_or_default();
    assert!(flash.contains("Could not read your answers"), "{flash}");
}

fn target_role(dir: &std::path::Path) -> Option<String> {
    let store =
        rehearse::store::Store::open(&common::paths(dir), rehearse::store::Access::ReadOnly)
            .unwrap();
    store.setting(rehearse::settings::TARGET_ROLE).unwrap()
}

#[test]
fn the_target_role_is_asked_once_and_esc_asks_later_without_asking_again() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = app_on(dir.path(), NOW);
    a.begin(Start::Home, NOW);
    assert!(matches!(a.overlay, Some(Overlay::TargetRole(_))));
    let shown = screen_text(&mut a, NOW);
    assert!(
        shown.contains("Which role are you applying for?"),
        "{shown}"
    );
    assert!(shown.contains("› backend"), "{shown}");
    assert!(shown.contains("cloud-devops (cloud)"), "{shown}");
    assert_eq!(footer(&a), "Esc ask me later  Enter choose");
    // Typing a letter or `q` does not close it or quit.
    ch(&mut a, 'q', NOW);
    assert!(!a.quit && matches!(a.overlay, Some(Overlay::TargetRole(_))));
    key(&mut a, KeyCode::Esc, NOW);
    assert!(a.overlay.is_none());
    assert!(matches!(a.screen, Screen::Home { .. }));
    assert!(screen_text(&mut a, NOW).contains("Applying for: not chosen (r to choose)"));
    drop(a);
    assert_eq!(target_role(dir.path()).as_deref(), Some(""));
    // The next start does not ask again.
    let mut b = app_on(dir.path(), NOW + Span::from_secs(60));
    b.begin(Start::Home, NOW + Span::from_secs(60));
    assert!(b.overlay.is_none());
    // `r` on the home screen asks, Esc there keeps it as it is...
    ch(&mut b, 'r', NOW);
    assert!(matches!(b.overlay, Some(Overlay::TargetRole(_))));
    assert_eq!(footer(&b), "Esc keep  Enter choose");
    key(&mut b, KeyCode::Esc, NOW);
    assert!(b.overlay.is_none());
    assert_eq!(b.settings.target_role, None);
    // ...and ↓ Enter chooses the second role.
    ch(&mut b, 'r', NOW);
    key(&mut b, KeyCode::Down, NOW);
    key(&mut b, KeyCode::Enter, NOW);
    assert!(b.overlay.is_none());
    assert_eq!(b.settings.target_role.as_deref(), Some("frontend"));
    let home = screen_text(&mut b, NOW);
    assert!(
        home.contains("Applying for: frontend (r to change)"),
        "{home}"
    );
    drop(b);
    assert_eq!(target_role(dir.path()).as_deref(), Some("frontend"));
    // Opened again, it starts on the role chosen.
    let mut c = app_on(dir.path(), NOW);
    ch(&mut c, 'r', NOW);
    let Some(Overlay::TargetRole(p)) = &c.overlay else {
        panic!("the role popup is open")
    };
    assert_eq!(p.selected, 1);
}

#[test]
fn the_first_run_question_chooses_a_role_and_is_not_asked_once_there_are_answers() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = app_on(dir.path(), NOW);
    a.begin(Start::Home, NOW);
    for _ in 0..3 {
        key(&mut a, KeyCode::Down, NOW);
    }
    key(&mut a, KeyCode::Enter, NOW);
    assert_eq!(a.settings.target_role.as_deref(), Some("cloud-devops"));
    drop(a);
    assert_eq!(target_role(dir.path()).as_deref(), Some("cloud-devops"));

    // A data folder with answers and no role set is not asked.
    let other = tempfile::tempdir().unwrap();
    {
        let store = rehearse::store::Store::open(
            &common::paths(other.path()),
            rehearse::store::Access::Exclusive,
        )
        .unwrap();
        store
            .insert_attempt(&common::attempt(1, "an earlier answer"))
            .unwrap();
    }
    let mut b = app_on(other.path(), NOW);
    b.begin(Start::Home, NOW);
    assert!(b.overlay.is_none());
    // Nor is a practice the command line asked for interrupted.
    let fresh = tempfile::tempdir().unwrap();
    let mut c = app_on(fresh.path(), NOW);
    ask_for_practice(&mut c, NOW);
    assert!(matches!(c.screen, Screen::Answer(_)));
    assert!(c.overlay.is_none());
}

#[test]
fn a_burst_typed_into_the_menu_never_answers_the_prompt_it_opens() {
    let mut a = app();
    practise(&mut a, 2, NOW);
    typed(&mut a, "My answer, half written.", NOW);
    key(&mut a, KeyCode::Esc, NOW + Span::from_secs(1));
    // Still typing after Esc: "e" asks to end the session (discarding this
    // answer), and the "y" of the same burst must not say yes to it.
    a.on_input(Input::Text("they".into()), NOW + Span::from_secs(1));
    assert!(
        matches!(a.overlay, Some(Overlay::Confirm(_))),
        "still asking"
    );
    assert!(
        a.flash
            .as_deref()
            .unwrap_or("")
            .contains("looked like typing")
    );
    ch(&mut a, 'n', NOW + Span::from_secs(2));
    assert!(matches!(a.screen, Screen::Answer(_)));
    assert_eq!(answer_text(&a), "My answer, half written.");
}
