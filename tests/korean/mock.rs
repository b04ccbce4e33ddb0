//! The Korean interface: mock.
//!
//! A Korean mock interview on Korean banks, driven as a user drives it,
//! with the interface in Korean: the setup, an answer under the interview
//! clock (and past it), the end-interview confirm, the report (top and
//! scrolled), the past interviews; each at 80x24, and every border whole
//! down to 40x12. Plurals and particles are held in both languages.

use crate::common::banks::{MOCK_EN, MOCK_KO};
use crate::common::mock::{answer, at, choices, mock_app};
use crate::common::tui::shown_text as screen_text;
use crate::common::tui::{NOW, assert_borders_whole, ch, ctrl, draw, key, type_str};
use crossterm::event::KeyCode;
use rehearse::i18n::{Lang, scoped};
use rehearse::tui::app::{App, Screen};

/// Widths where a wide character lands on the last cell, and the smallest.
const WIDTHS: [u16; 6] = [40, 41, 57, 80, 99, 120];
const HEIGHTS: [u16; 4] = [12, 13, 24, 40];

/// Home → Mock interview.
fn open_setup(a: &mut App) {
    assert!(matches!(a.screen, Screen::Home { .. }));
    for _ in 0..2 {
        key(a, KeyCode::Down, NOW);
    }
    key(a, KeyCode::Enter, NOW);
    assert!(matches!(a.screen, Screen::MockSetup(_)));
}

#[test]
fn the_setup_names_the_round_and_its_shape_in_korean() {
    let _ko = scoped(Lang::Ko);
    let mut a = mock_app(MOCK_KO);
    open_setup(&mut a);
    insta::assert_snapshot!("mock_setup_ko", draw(&mut a, 80, 24, NOW).backend());
    // The round row cycles to the culture round, and its minutes with it.
    for _ in 0..3 {
        key(&mut a, KeyCode::Down, NOW);
    }
    key(&mut a, KeyCode::Right, NOW);
    let s = screen_text(&mut a, 80, 24, NOW);
    assert!(s.contains("▶ 인성 면접 시작"), "{s}");
    assert!(s.contains("◀ 20분 ▶"), "{s}");
    assert!(s.contains("2차 인성·임원 면접"), "{s}");
    assert_borders_whole(&mut a, &WIDTHS, &HEIGHTS, NOW, "mock setup");
}

#[test]
fn a_korean_interview_from_the_clock_to_the_report_and_the_past_interviews() {
    let _ko = scoped(Lang::Ko);
    let mut a = mock_app(MOCK_KO);
    a.start_mock(choices("ko"), NOW);
    ctrl(&mut a, 'p', at(5));
    assert_eq!(
        a.flash.as_deref(),
        Some("모의 면접에는 일시정지가 없어요. 실제 면접처럼 시계가 계속 가요.")
    );
    answer(&mut a, "저는 주문 API를 만든 백엔드 개발자입니다.", 45);
    answer(
        &mut a,
        "레디스를 DB 앞에 두고, 음, 응답 시간을 측정하겠습니다.",
        150,
    );
    assert_eq!(
        a.flash.as_deref(),
        Some("면접관이 방금 한 답변을 파고들어요.")
    );
    type_str(&mut a, "쓰기 시점에", at(160));
    insta::assert_snapshot!(
        "mock_answer_clock_ko",
        draw(&mut a, 80, 24, at(170)).backend()
    );
    let s = screen_text(&mut a, 80, 24, at(170));
    assert!(s.contains("면접 2:50 / 5:00"), "{s}");
    assert_borders_whole(&mut a, &WIDTHS, &HEIGHTS, at(170), "mock answer");
    ctrl(&mut a, 's', at(200));
    answer(&mut a, "캐시가 빌 때까지 처음 요청이 느립니다.", 240);
    // The closing question, past the five minutes: shown, never cut off.
    type_str(&mut a, "입사하면 어떤 온보딩을 받는지 궁금합니다.", at(320));
    insta::assert_snapshot!(
        "mock_answer_over_ko",
        draw(&mut a, 80, 24, at(330)).backend()
    );
    let s = screen_text(&mut a, 80, 24, at(330));
    assert!(s.contains("면접 5:30 / 5:00 · 0:30 초과"), "{s}");

    // Esc → end the interview: it asks first.
    key(&mut a, KeyCode::Esc, at(331));
    ch(&mut a, 'e', at(331));
    insta::assert_snapshot!(
        "mock_end_confirm_ko",
        draw(&mut a, 80, 24, at(332)).backend()
    );
    assert_borders_whole(&mut a, &WIDTHS, &HEIGHTS, at(332), "end-interview confirm");
    ch(&mut a, 'y', at(333));

    let Screen::MockReport(r) = &a.screen else {
        panic!("the report comes at the end");
    };
    // The closing answer was discarded with the end: four answers.
    assert_eq!(r.report.answers.len(), 4);
    insta::assert_snapshot!(
        "mock_report_top_ko",
        draw(&mut a, 80, 24, at(340)).backend()
    );
    let s = screen_text(&mut a, 80, 24, at(340));
    assert!(s.contains("실전 전에 고칠 점"), "{s}");
    assert!(s.contains("총 5:33 / 5:00"), "{s}");
    assert_borders_whole(&mut a, &WIDTHS, &HEIGHTS, at(340), "mock report");
    // PageDown scrolls by ten rows (of the page as last drawn): the
    // answers and how to rate them.
    draw(&mut a, 80, 24, at(340));
    key(&mut a, KeyCode::PageDown, at(341));
    insta::assert_snapshot!(
        "mock_report_scrolled_ko",
        draw(&mut a, 80, 24, at(341)).backend()
    );
    let s = screen_text(&mut a, 80, 24, at(341));
    assert!(
        s.contains("평가: 1 다시 · 2 어려움 · 3 좋음 · 4 쉬움"),
        "{s}"
    );
    ch(&mut a, '3', at(342));
    assert!(
        a.flash
            .as_deref()
            .is_some_and(|f| f.starts_with("평가했어요.") && f.ends_with("다시 나와요.")),
        "{:?}",
        a.flash
    );
    // Three answers left unrated: the home screen says Review offers them.
    key(&mut a, KeyCode::Esc, at(343));
    assert_eq!(
        a.flash.as_deref(),
        Some("아직 평가하지 않은 답변이 3개 있어요. 복습에서 평가할 수 있어요.")
    );

    // Home → Past interviews.
    for _ in 0..3 {
        key(&mut a, KeyCode::Down, at(344));
    }
    key(&mut a, KeyCode::Enter, at(344));
    assert!(matches!(a.screen, Screen::MockHistory(_)));
    insta::assert_snapshot!("mock_history_ko", draw(&mut a, 80, 24, at(345)).backend());
    let s = screen_text(&mut a, 80, 24, at(345));
    assert!(
        s.contains("기술 면접 · 백엔드 · 한국어  5:33 / 5:00  답변 4개"),
        "{s}"
    );
    assert_borders_whole(&mut a, &WIDTHS, &HEIGHTS, at(345), "past interviews");
}

#[test]
fn the_unrated_answers_are_counted_right_in_both_languages() {
    // An interview ended after one answer, and one after three.
    for (lang, one, many) in [
        (
            Lang::En,
            "1 answer not rated yet: Review offers it for rating.",
            "3 answers not rated yet: Review offers them for rating.",
        ),
        (
            Lang::Ko,
            "아직 평가하지 않은 답변이 1개 있어요. 복습에서 평가할 수 있어요.",
            "아직 평가하지 않은 답변이 3개 있어요. 복습에서 평가할 수 있어요.",
        ),
    ] {
        let _l = scoped(lang);
        let mut a = mock_app(MOCK_EN);
        a.start_mock(choices("en"), NOW);
        answer(&mut a, "I am a backend developer.", 30);
        key(&mut a, KeyCode::Esc, at(31));
        ch(&mut a, 'e', at(31));
        ch(&mut a, 'y', at(31));
        assert!(matches!(a.screen, Screen::MockReport(_)));
        key(&mut a, KeyCode::Esc, at(32));
        assert_eq!(a.flash.as_deref(), Some(one), "{lang:?}");
        let mut b = mock_app(MOCK_EN);
        b.start_mock(choices("en"), NOW);
        answer(&mut b, "I am a backend developer.", 30);
        answer(&mut b, "I would add Redis.", 60);
        answer(&mut b, "It stays consistent with a TTL.", 90);
        key(&mut b, KeyCode::Esc, at(91));
        ch(&mut b, 'e', at(91));
        ch(&mut b, 'y', at(91));
        key(&mut b, KeyCode::Esc, at(92));
        assert_eq!(b.flash.as_deref(), Some(many), "{lang:?}");
    }
}

#[test]
fn a_report_made_in_english_reads_in_korean_after_the_switch() {
    // The stored report is data: the words come when it is shown.
    let mut a = mock_app(MOCK_KO);
    a.start_mock(choices("ko"), NOW);
    answer(&mut a, "저희 팀이 주문 API를 만들었습니다.", 45);
    key(&mut a, KeyCode::Esc, at(46));
    ch(&mut a, 'e', at(46));
    ch(&mut a, 'y', at(46));
    let en = screen_text(&mut a, 80, 24, at(50));
    assert!(en.contains("What to change before the real one"), "{en}");
    assert!(
        en.contains("1 of 1 story never says what you did yourself"),
        "{en}"
    );
    let _ko = scoped(Lang::Ko);
    let ko = screen_text(&mut a, 80, 24, at(50));
    assert!(ko.contains("실전 전에 고칠 점"), "{ko}");
    assert!(
        ko.contains("경험 답변 1개 중 1개가 내가 한 일을 말하지 않아요"),
        "{ko}"
    );
    assert!(ko.contains("“저희”). “저희가 했습니다”가 아니라"), "{ko}");
}
