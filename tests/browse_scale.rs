//! Browse as it reads its rows since issue 15 (one row per answered question
//! from SQL, the answers' texts read when a search starts, the list drawn
//! from the rows it has room for): it shows what it showed before, and the
//! new state after a delete or a new answer.

mod common;

use common::tui::{NOW, draw, key, type_str};
use crossterm::event::KeyCode;
use rehearse::browse::{BrowseFilter, BrowseRow, filter_rows};
use rehearse::model::{Attempt, QuestionKey, Span};
use rehearse::tui::app::{App, Screen};

fn attempt(q: usize, v: usize, text: &str) -> Attempt {
    let at = NOW - Span::from_mins((100 - q * 3 - v) as i64);
    Attempt {
        id: format!("a{q}-{v}"),
        bank_id: "b".into(),
        question_id: format!("q{q:02}"),
        role: if q.is_multiple_of(2) {
            "backend"
        } else {
            "frontend"
        }
        .into(),
        prompt: format!("질문 {q}: 캐시 전략 {q}"),
        started_at: at - Span::from_secs(60),
        submitted_at: at,
        duration_ms: Span::from_secs(60),
        text: text.into(),
        rating: Some(1 + (q % 4) as u8),
        mode: "practice".into(),
        time_limit_s: 90,
        session_id: None,
    }
}

/// 30 questions, each answered twice: the older answer says "old-word",
/// the latest "TTL 5분" (even questions) or "재시도" (odd ones).
fn app() -> App {
    let a = common::app_in_memory(rehearse::bank::Library::default(), NOW);
    for q in 0..30 {
        a.store
            .insert_attempt(&attempt(q, 0, "old-word 처음"))
            .unwrap();
        let latest = if q.is_multiple_of(2) {
            "TTL 5분으로 두었습니다"
        } else {
            "재 시도했습니다"
        };
        a.store.insert_attempt(&attempt(q, 1, latest)).unwrap();
    }
    a
}

fn browse(a: &App) -> &rehearse::tui::screens::browse::BrowseState {
    match &a.screen {
        Screen::Browse(b) => b,
        _ => panic!("not on browse"),
    }
}

fn ids(rows: &[&BrowseRow]) -> Vec<String> {
    rows.iter().map(|r| r.key.question_id.clone()).collect()
}

#[test]
fn a_search_reads_the_latest_answers_and_finds_what_it_found_before() {
    let mut a = app();
    a.open_browse();
    assert_eq!(browse(&a).total(), 30);
    // The rows as the old read made them: every latest attempt, text and all.
    let full: Vec<BrowseRow> = a
        .store
        .all_attempts()
        .unwrap()
        .into_iter()
        .filter(|x| x.id.ends_with("-1"))
        .map(|x| BrowseRow {
            key: QuestionKey::new(&x.bank_id, &x.question_id),
            role: x.role,
            prompt: x.prompt,
            tags: vec![],
            attempts: 2,
            last_rating: x.rating,
            last_submitted: x.submitted_at,
            latest_text: x.text,
            due: None,
        })
        .collect();
    let shown: Vec<String> = ids(&browse(&a).visible());
    assert_eq!(shown, ids(&filter_rows(&full, &BrowseFilter::default())));
    assert_eq!(shown[0], "q29", "most recently answered first");
    for (search, n) in [
        ("ttl", 15),
        ("재시도", 15),
        ("old-word", 0),
        ("캐시 전략 7", 1),
    ] {
        key(&mut a, KeyCode::Char('/'), NOW);
        type_str(&mut a, search, NOW);
        key(&mut a, KeyCode::Enter, NOW);
        let want = filter_rows(
            &full,
            &BrowseFilter {
                text: search.into(),
                ..Default::default()
            },
        );
        assert_eq!(ids(&browse(&a).visible()), ids(&want), "{search}");
        assert_eq!(want.len(), n, "{search}");
        // Clear the search for the next one.
        key(&mut a, KeyCode::Char('/'), NOW);
        key(&mut a, KeyCode::Esc, NOW);
        assert_eq!(browse(&a).visible().len(), 30);
    }
}

#[test]
fn the_list_scrolls_to_the_selected_row_and_shows_deletes_and_new_answers() {
    let mut a = app();
    a.open_browse();
    for _ in 0..25 {
        key(&mut a, KeyCode::Down, NOW);
    }
    // 24 rows: the selected 26th question is the list's last row drawn.
    // (A wide character is drawn with a space after it.)
    let text = common::tui::screen_text(&mut a, 80, 24, NOW);
    let last = text.lines().rfind(|l| l.contains("2026-")).unwrap();
    assert!(last.contains("문  4: 캐"), "{text}");
    assert!(
        text.contains("문  23:") && !text.contains("문  24:"),
        "{text}"
    );
    // Delete both versions of the selected question (질문 4).
    key(&mut a, KeyCode::Enter, NOW);
    for _ in 0..2 {
        key(&mut a, KeyCode::Char('x'), NOW);
        key(&mut a, KeyCode::Char('y'), NOW);
    }
    key(&mut a, KeyCode::Esc, NOW);
    assert_eq!(browse(&a).total(), 29);
    assert!(
        browse(&a)
            .visible()
            .iter()
            .all(|r| r.key.question_id != "q04")
    );
    // A new answer to the oldest question puts it first, counted.
    let mut new = attempt(0, 2, "새 답변");
    new.submitted_at = NOW;
    a.store.insert_attempt(&new).unwrap();
    key(&mut a, KeyCode::Esc, NOW);
    a.open_browse();
    let first = browse(&a).visible()[0].clone();
    assert_eq!((first.key.question_id.as_str(), first.attempts), ("q00", 3));
    let frame = draw(&mut a, 80, 24, NOW + Span::from_secs(1));
    assert!(format!("{:?}", frame.backend()).contains("3×"));
}
