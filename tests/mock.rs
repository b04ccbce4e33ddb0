//! A mock interview driven through the app as a user drives it: one clock,
//! no feedback between questions, follow-ups that react to the typed
//! answer, the report, the ratings, a crash in the middle, and the past
//! interviews; with snapshots of the answer screen and the report in
//! English and Korean at 80x24.

mod common;

use common::banks::{MOCK_EN, MOCK_KO};
use common::mock::{answer, at, choices, mock_app};
use common::tui::{
    NOW, assert_borders_whole, ctrl, draw, key, library, plain, screen_text, type_str,
};
use crossterm::event::KeyCode;
use rehearse::model::Instant;
use rehearse::tui::app::{App, Screen};

/// The prompt on the answer screen, or panics.
fn prompt(a: &App) -> String {
    match &a.screen {
        Screen::Answer(s) => s.asked.question.prompt.clone(),
        _ => panic!("not on the answer screen"),
    }
}

#[test]
fn a_mock_runs_on_one_clock_with_follow_ups_from_the_answer_and_ends_in_a_report() {
    let mut a = mock_app(MOCK_EN);
    a.start_mock(choices("en"), NOW);
    assert_eq!(prompt(&a), "Please introduce yourself.");
    let s = screen_text(&mut a, 80, 24, at(12));
    assert!(s.contains("Interview 0:12 of 5:00"), "{s}");
    assert!(s.contains("1:00"), "a one-minute introduction: {s}");
    // No pause in a mock, and the screen says why.
    ctrl(&mut a, 'p', at(13));
    assert!(
        a.flash.as_deref().unwrap_or("").contains("no pause"),
        "{:?}",
        a.flash
    );
    answer(
        &mut a,
        "I am a backend developer; I built an order API.",
        50,
    );
    // No feedback between questions: straight to the next one.
    assert!(prompt(&a).contains("slow product page"));
    answer(
        &mut a,
        "I would put Redis in front of the database and measure p95 latency.",
        170,
    );
    // It mentioned Redis and never said how the cache is warmed: both
    // conditional follow-ups, the Redis one first.
    assert_eq!(
        prompt(&a),
        "How do you keep Redis consistent with the database?"
    );
    let s = screen_text(&mut a, 80, 24, at(175));
    assert!(s.contains("you mentioned redis"), "{s}");
    assert!(s.contains("Interview 2:55 of 5:00"), "{s}");
    answer(&mut a, "Write-through with a TTL as a safety net.", 220);
    assert!(prompt(&a).contains("right after a deploy"));
    answer(&mut a, "The first requests are slow until it fills.", 260);
    assert_eq!(prompt(&a), "Do you have any questions for us?");
    // Past the five minutes: shown, never cut off.
    let s = screen_text(&mut a, 80, 24, at(330));
    assert!(s.contains("0:30 over"), "{s}");
    answer(&mut a, "How does the team review database changes?", 340);

    // The report, kept with the interview.
    let Screen::MockReport(r) = &a.screen else {
        panic!("the report comes at the end");
    };
    assert_eq!(r.report.answers.len(), 5);
    assert_eq!(r.report.answers[2].follow_up_of, Some(1));
    let s = screen_text(&mut a, 80, 24, at(341));
    assert!(s.contains("What to change"), "{s}");
    assert!(s.contains("Total 5:40 of 5:00"), "{s}");
    // Rating each answer schedules it like any attempt.
    for r in ['3', '2', '3', '4', '3'] {
        key(&mut a, KeyCode::Char(r), at(345));
    }
    let attempts = a.store.all_attempts().unwrap();
    assert_eq!(attempts.len(), 5);
    assert!(
        attempts
            .iter()
            .all(|x| x.mode == "mock" && x.rating.is_some())
    );
    assert!(
        a.store
            .card(&rehearse::store::QuestionKey::new(
                "mock-be",
                "cache.follow-up-2"
            ))
            .unwrap()
            .is_some()
    );
    key(&mut a, KeyCode::Esc, at(350));
    assert!(matches!(a.screen, Screen::Home { .. }));
    // The past interview reopens from the home screen.
    open_latest_past_interview(&mut a, at(351));
    let Screen::MockReport(r) = &a.screen else {
        panic!("the report reopens");
    };
    assert_eq!(r.report.answers.len(), 5);
    assert_eq!(r.unrated(), 0, "its ratings come back with it");
}

/// Home → Past interviews → the latest one.
fn open_latest_past_interview(a: &mut App, now: Instant) {
    assert!(matches!(a.screen, Screen::Home { .. }));
    for _ in 0..3 {
        key(a, KeyCode::Down, now);
    }
    key(a, KeyCode::Enter, now);
    assert!(
        matches!(a.screen, Screen::MockHistory(_)),
        "the list of past interviews"
    );
    key(a, KeyCode::Enter, now);
}

#[test]
fn the_next_mock_is_compared_with_the_last_one() {
    let mut a = mock_app(MOCK_EN);
    for (round, words) in [
        (0, "um I um did it"),
        (1, "I added Redis and measured p95: 900 ms to 120 ms."),
    ] {
        let base = round * 1_000;
        a.start_mock(choices("en"), at(base));
        answer(&mut a, words, base + 30);
        answer(&mut a, words, base + 100);
        while matches!(a.screen, Screen::Answer(_)) {
            answer(&mut a, words, base + 150);
        }
        key(&mut a, KeyCode::Esc, at(base + 200));
    }
    let mocks = a.store.finished_mocks().unwrap();
    assert_eq!(mocks.len(), 2);
    // Reopen the latest: it shows the comparison with the first.
    open_latest_past_interview(&mut a, at(2_500));
    let s = screen_text(&mut a, 100, 60, at(2_500));
    assert!(s.contains("Against your last interview"), "{s}");
}

#[test]
fn a_crash_in_the_middle_resumes_at_the_question_with_the_clock_and_the_draft() {
    let dir = tempfile::tempdir().unwrap();
    let lib = || library(MOCK_EN);
    {
        let mut a = plain(common::app_on(dir.path(), lib(), NOW));
        a.start_mock(choices("en"), NOW);
        answer(&mut a, "I am a backend developer.", 40);
        type_str(&mut a, "I would add Redis", at(60));
        a.tick(at(62));
        // The process dies here: nothing of the app's own ending runs
        // (the database lock goes with the process).
        drop(a);
    }
    let mut a = plain(common::app_on(dir.path(), lib(), at(3_600)));
    let s = screen_text(&mut a, 80, 24, at(3_600));
    assert!(s.contains("mock interview at question 2 of 3"), "{s}");
    key(&mut a, KeyCode::Enter, at(3_600));
    assert!(prompt(&a).contains("slow product page"));
    let Screen::Answer(ans) = &a.screen else {
        unreachable!()
    };
    assert_eq!(ans.editor.text(), "I would add Redis");
    // The interview clock goes on from 0:40 + the draft's 0:22.
    let s = screen_text(&mut a, 80, 24, at(3_600));
    assert!(s.contains("Interview 1:02 of 5:00"), "{s}");
    ctrl(&mut a, 's', at(3_610));
    assert_eq!(
        prompt(&a),
        "How do you keep Redis consistent with the database?"
    );
    // The earlier answer is still part of the interview.
    let Some(m) = &a.mock else { unreachable!() };
    assert!(m.record.items[0].attempt_id.is_some());
}

#[test]
fn snapshots_of_the_answer_screen_and_the_report() {
    for (lang, banks, first, second) in [
        (
            "en",
            MOCK_EN,
            "I am a backend developer who built an order API.",
            "I would put Redis in front of the database, um, and measure p95.",
        ),
        (
            "ko",
            MOCK_KO,
            "저는 주문 API를 만든 백엔드 개발자입니다.",
            "레디스를 DB 앞에 두고, 음, 응답 시간을 측정하겠습니다.",
        ),
    ] {
        let mut a = mock_app(banks);
        a.start_mock(choices(lang), NOW);
        answer(&mut a, first, 45);
        answer(&mut a, second, 150);
        type_str(
            &mut a,
            if lang == "en" {
                "Write-through"
            } else {
                "쓰기 시점에"
            },
            at(160),
        );
        insta::assert_snapshot!(
            format!("mock_answer_{lang}"),
            draw(&mut a, 80, 24, at(170)).backend()
        );
        ctrl(&mut a, 's', at(200));
        while matches!(a.screen, Screen::Answer(_)) {
            answer(
                &mut a,
                if lang == "en" {
                    "No questions, thank you."
                } else {
                    "없습니다. 감사합니다."
                },
                280,
            );
        }
        insta::assert_snapshot!(
            format!("mock_report_{lang}"),
            draw(&mut a, 80, 24, at(290)).backend()
        );
    }
}

#[test]
fn korean_interviews_keep_every_border_at_every_size() {
    let mut a = mock_app(MOCK_KO);
    a.start_mock(choices("ko"), NOW);
    let long = "저는 주문 API와 크롤러를 만든 백엔드 개발자입니다. 캡스톤에서 제가 크롤러를 EC2 8대로 나눠 6시간 걸리던 수집을 1.5시간으로 줄였습니다. ";
    type_str(&mut a, &long.repeat(3), at(20));
    let widths: Vec<u16> = (40..=140).step_by(3).collect();
    let heights = [12, 17, 24, 31, 50];
    assert_borders_whole(&mut a, &widths, &heights, at(30), "mock answer");
    ctrl(&mut a, 's', at(40));
    answer(
        &mut a,
        "레디스를 DB 앞에 두고, 음, 응답 시간을 측정하겠습니다. 캐시 무효화는 쓰기 시점에 합니다.",
        150,
    );
    while matches!(a.screen, Screen::Answer(_)) {
        answer(
            &mut a,
            "없습니다. 감사합니다. 입사하게 되면 첫 3개월 동안 어떤 온보딩을 받는지 궁금합니다.",
            280,
        );
    }
    assert!(matches!(a.screen, Screen::MockReport(_)));
    assert_borders_whole(&mut a, &widths, &heights, at(290), "mock report");
}
