//! The home screen's numbers read the store with seeks (issue 15): each
//! query gives what the whole-table reading it replaced gave.

mod common;

use chrono::NaiveDate;
use common::{T0, paths};
use proptest::prelude::*;
use rehearse::bank::Library;
use rehearse::model::{Attempt, Instant, QuestionKey, Span};
use rehearse::schedule::{Rating, Scheduler};
use rehearse::settings::Settings;
use rehearse::store::{Access, Store};
use rehearse::tui::app::App;

fn attempt(n: usize, bank: &str, q: &str, at: Instant, rating: Option<u8>) -> Attempt {
    Attempt {
        id: format!("{n:016x}"),
        bank_id: bank.into(),
        question_id: q.into(),
        role: "backend".into(),
        prompt: "멱등성에 대해 설명해 주세요.".into(),
        started_at: at - Span::from_secs(60),
        submitted_at: at,
        duration_ms: Span::from_secs(60),
        text: "I made the endpoint idempotent with a request key.".into(),
        rating,
        mode: "practice".into(),
        time_limit_s: 120,
        session_id: None,
    }
}

fn rate(store: &Store, bank: &str, q: &str, at: Instant) {
    let key = QuestionKey::new(bank, q);
    let (c, log) = Scheduler::default_params()
        .rate(None, &key, "backend", "prompt", Rating::Good, at)
        .unwrap();
    store.record_card(&c, &log).unwrap();
}

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

#[test]
fn a_day_was_practised_when_the_listed_days_say_so_in_every_time_zone() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&paths(dir.path()), Access::Exclusive).unwrap();
    // Attempts on both sides of UTC midnight, and of the midnights of the
    // zones below, a millisecond apart.
    let midnight = Instant::from_ms(1_790_035_200_000); // 2026-09-23 00:00 UTC
    let mut n = 0;
    for offset_h in [0i64, 9, -5, 14, -11] {
        let edge = midnight - Span::from_secs(offset_h * 3600);
        for at in [edge - Span::from_ms(1), edge, edge + Span::from_ms(1)] {
            store
                .insert_attempt(&attempt(n, "b", "q", at, None))
                .unwrap();
            n += 1;
        }
    }
    store
        .insert_attempt(&attempt(n, "b", "q", midnight + Span::from_days(3), None))
        .unwrap();
    for offset_s in [0, 9 * 3600, -5 * 3600, 14 * 3600, -11 * 3600, 5400, -1] {
        let listed = store.practice_days(offset_s).unwrap();
        let mut day = date("2026-09-18");
        while day <= date("2026-09-30") {
            assert_eq!(
                store.practiced_on(day, offset_s).unwrap(),
                listed.contains(&day.to_string()),
                "{day} at offset {offset_s}"
            );
            day = day.succ_opt().unwrap();
        }
    }
}

proptest! {
    #[test]
    fn the_streak_asked_day_by_day_is_the_streak_of_the_listed_days(
        back in proptest::collection::btree_set(0u32..40, 0..30),
    ) {
        let today = date("2026-09-23");
        let days: Vec<String> = back
            .iter()
            .map(|b| (today - chrono::Days::new(u64::from(*b))).to_string())
            .collect();
        let by_day: Result<u32, ()> = rehearse::stats::streak_by(today, |d| {
            Ok(days.contains(&d.to_string()))
        });
        prop_assert_eq!(by_day.unwrap(), rehearse::stats::streak(&days, today));
    }
}

#[test]
fn questions_with_a_card_are_counted_bank_by_bank() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&paths(dir.path()), Access::Exclusive).unwrap();
    for (bank, q) in [
        ("a", "q1"),
        ("a", "q3"),
        ("a", "gone"), // a card for a question the bank no longer has
        ("b", "q2"),   // the same id in another bank
        ("ab", "q1"),  // a bank id that starts like another
    ] {
        rate(&store, bank, q, T0);
    }
    assert_eq!(store.carded_in_bank("a", &["q1", "q2", "q3"]).unwrap(), 2);
    assert_eq!(store.carded_in_bank("a", &[]).unwrap(), 0);
    assert_eq!(store.carded_in_bank("b", &["q1", "q3"]).unwrap(), 0);
    assert_eq!(store.carded_in_bank("c", &["q1"]).unwrap(), 0);
    // An id listed twice is asked twice, and counts twice.
    assert_eq!(store.carded_in_bank("a", &["q1", "q1", "q2"]).unwrap(), 2);
}

#[test]
fn the_unrated_count_is_the_number_of_unrated_answers() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&paths(dir.path()), Access::Exclusive).unwrap();
    let at = |m: i64| T0 + Span::from_mins(m);
    let rows = [
        ("b", "q1", 0, None),    // replaced by the next one
        ("b", "q1", 1, None),    // waits
        ("b", "q2", 2, None),    // reviewed since: not waiting
        ("b", "q3", 3, Some(3)), // rated
        ("b", "q4", 4, None),    // waits
    ];
    for (n, (bank, q, m, r)) in rows.into_iter().enumerate() {
        store
            .insert_attempt(&attempt(n, bank, q, at(m), r))
            .unwrap();
    }
    rate(&store, "b", "q2", at(10));
    let mut mock = attempt(9, "b", "q5", at(5), None);
    mock.mode = "mock".into();
    store.insert_attempt(&mock).unwrap();
    assert_eq!(store.unrated_attempts().unwrap().len(), 2);
    assert_eq!(store.unrated_count().unwrap(), 2);
}

#[test]
fn the_home_screen_counts_new_questions_as_before() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&paths(dir.path()), Access::Exclusive).unwrap();
    let lib = Library::load(Some(&dir.path().join("no-banks")), &[]);
    // Cards for a few questions of every bank, and one for none of them.
    for b in lib.banks() {
        for q in b.questions.iter().step_by(3) {
            rate(&store, &b.id, &q.id, T0);
        }
    }
    rate(&store, "not-a-bank", "q1", T0);
    let cards: std::collections::HashSet<QuestionKey> =
        store.all_card_keys().unwrap().into_iter().collect();
    let expected: Vec<(String, usize)> = lib
        .roles()
        .into_iter()
        .map(|(role, banks)| {
            let n = banks
                .iter()
                .flat_map(|b| {
                    b.questions
                        .iter()
                        .map(|q| QuestionKey::new(&b.id, q.id.as_str()))
                })
                .filter(|k| !cards.contains(k))
                .count();
            (role.to_string(), n)
        })
        .collect();
    assert!(expected.iter().any(|(_, n)| *n > 0));
    // The app's own library, as start-up loads it: its bundled banks
    // are not decoded to count them, nor to draw the home screen.
    let fresh = Library::load(Some(&dir.path().join("no-banks")), &[]);
    assert!(!fresh.is_decoded());
    let mut app = App::new(
        fresh,
        store,
        paths(dir.path()),
        Settings::default(),
        Scheduler::default_params(),
        T0,
    );
    assert_eq!(app.home.new_per_role, expected);
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 40)).unwrap();
    terminal
        .draw(|f| rehearse::tui::view::draw(f, &mut app, T0))
        .unwrap();
    let shown: String = terminal
        .backend()
        .buffer()
        .content()
        .iter()
        .map(|c| c.symbol())
        .collect();
    let (role, n) = &expected[0];
    let row = format!("{role:<22} {n:>4}");
    assert!(shown.contains(&row), "{row} not in {shown}");
    assert!(
        !app.lib.is_decoded(),
        "the first frame decoded the bundled banks"
    );
    // The first screen that shows questions decodes them.
    app.on_key(
        crossterm::event::KeyEvent::from(crossterm::event::KeyCode::Enter),
        T0,
    );
    assert!(app.lib.is_decoded());
}

#[test]
fn the_attempt_count_follows_saves_and_deletes() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&paths(dir.path()), Access::Exclusive).unwrap();
    let count_rows = |s: &Store| {
        s.attempts_for(&QuestionKey::new("b", "q1")).unwrap().len()
            + s.attempts_for(&QuestionKey::new("b", "q2")).unwrap().len()
            + s.attempts_for(&QuestionKey::new("c", "q1")).unwrap().len()
    };
    assert_eq!(store.attempt_count().unwrap(), 0);
    for n in 0..7 {
        let (bank, q) = [("b", "q1"), ("b", "q2"), ("c", "q1")][n % 3];
        let mut a = attempt(n, bank, q, T0 + Span::from_mins(n as i64), None);
        a.role = ["backend", "frontend"][n % 2].into();
        store.insert_attempt(&a).unwrap();
    }
    assert_eq!(store.attempt_count().unwrap(), 7);
    assert!(
        store
            .delete_attempt(&attempt(3, "b", "q1", T0, None).id)
            .unwrap()
    );
    assert!(!store.delete_attempt("no such attempt").unwrap());
    assert_eq!(store.attempt_count().unwrap(), 6);
    assert_eq!(store.attempt_count().unwrap() as usize, count_rows(&store));
}
