//! Every screen at 80x24 on a TestBackend, with English and Korean fixtures,
//! as insta snapshots; the editor's real cursor is checked cell by cell.

mod common;

use common::banks::{EN_BACKEND as EN, KO_BEHAVIORAL as KO, KO_TAGS};
use common::tui::{NOW, app, assert_borders_whole, ctrl, draw, key, library, plain, type_str};
use crossterm::event::KeyCode;
use ratatui::layout::Position;
use rehearse::model::{Instant, Span};
use rehearse::schedule::Scheduler;
use rehearse::session::Filter;
use rehearse::settings::Settings;
use rehearse::store::Store;
use rehearse::tui::app::{App, Screen};
use rehearse::tui::screens::browse::FromBank;

fn practice(app: &mut App) {
    app.start_practice(&Filter::default(), 1, NOW);
}

#[test]
fn home_and_setup_and_help() {
    let mut a = app(EN);
    insta::assert_snapshot!("home", draw(&mut a, 80, 24, NOW).backend());
    key(&mut a, KeyCode::Char('?'), NOW);
    insta::assert_snapshot!("home_help", draw(&mut a, 80, 24, NOW).backend());
    key(&mut a, KeyCode::Esc, NOW);
    key(&mut a, KeyCode::Enter, NOW);
    insta::assert_snapshot!("setup", draw(&mut a, 80, 24, NOW).backend());
}

/// Home → Practice, then down to the Level row (Start, Count, Language, Level).
fn setup_at_level(a: &mut App) {
    key(a, KeyCode::Enter, NOW);
    for _ in 0..3 {
        key(a, KeyCode::Down, NOW);
    }
}

#[test]
fn setup_level_and_tag_list_english() {
    let mut a = app(EN);
    setup_at_level(&mut a);
    key(&mut a, KeyCode::Right, NOW);
    insta::assert_snapshot!("setup_level_en", draw(&mut a, 80, 24, NOW).backend());
    key(&mut a, KeyCode::Down, NOW);
    key(&mut a, KeyCode::Enter, NOW);
    insta::assert_snapshot!("setup_tags_none_en", draw(&mut a, 80, 24, NOW).backend());
}

#[test]
fn setup_level_and_tag_list_korean() {
    let mut a = app(KO_TAGS);
    setup_at_level(&mut a);
    key(&mut a, KeyCode::Right, NOW);
    key(&mut a, KeyCode::Right, NOW);
    key(&mut a, KeyCode::Right, NOW); // senior
    insta::assert_snapshot!("setup_level_ko", draw(&mut a, 80, 24, NOW).backend());
    key(&mut a, KeyCode::Right, NOW); // any
    key(&mut a, KeyCode::Down, NOW);
    key(&mut a, KeyCode::Enter, NOW);
    insta::assert_snapshot!("setup_tags_ko", draw(&mut a, 80, 24, NOW).backend());
    type_str(&mut a, "데이", NOW);
    key(&mut a, KeyCode::Char(' '), NOW);
    let mut t = draw(&mut a, 80, 24, NOW);
    insta::assert_snapshot!("setup_tags_ko_filtered", t.backend());
    // After "filter: 데이" (8 + 4 cells), in the popup's row that shows it.
    let buf = t.backend().buffer().clone();
    let row = (0..24u16)
        .find(|&y| {
            (0..80u16).any(|x| {
                buf[(x, y)].symbol() == "f"
                    && buf[(x + 1, y)].symbol() == "i"
                    && buf[(x + 6, y)].symbol() == ":"
            })
        })
        .expect("the filter line is drawn");
    let col = (0..80u16).find(|&x| buf[(x, row)].symbol() == "f").unwrap();
    t.backend_mut()
        .assert_cursor_position(Position::new(col + 8 + 4, row));
}

#[test]
fn english_answer_feedback_summary() {
    let mut a = app(EN);
    practice(&mut a);
    type_str(
        &mut a,
        "Same effect when repeated, so I retry safely.\nWe cut errors by 30%.",
        NOW + Span::from_secs(1),
    );
    let t = draw(&mut a, 80, 24, NOW + Span::from_secs(30));
    insta::assert_snapshot!("answer_en", t.backend());
    // Second line, after "We cut errors by 30%." (21 cells), inside the box.
    let mut t = t;
    t.backend_mut()
        .assert_cursor_position(Position::new(1 + 21, 5 + 1));
    key(&mut a, KeyCode::Esc, NOW + Span::from_secs(31));
    insta::assert_snapshot!(
        "answer_menu",
        draw(&mut a, 80, 24, NOW + Span::from_secs(31)).backend()
    );
    key(&mut a, KeyCode::Char('k'), NOW + Span::from_secs(31));
    ctrl(&mut a, 's', NOW + Span::from_secs(100));
    insta::assert_snapshot!(
        "feedback_en",
        draw(&mut a, 80, 24, NOW + Span::from_secs(100)).backend()
    );
    key(&mut a, KeyCode::Char('3'), NOW + Span::from_secs(101));
    insta::assert_snapshot!(
        "summary_en",
        draw(&mut a, 80, 24, NOW + Span::from_secs(101)).backend()
    );
}

#[test]
fn korean_answer_with_cursor_and_overtime() {
    let mut a = app(KO);
    practice(&mut a);
    type_str(&mut a, "제가 직접 회의를 제안했습니다", NOW);
    // 13 syllables (26 cells) + 3 spaces = 29 cells.
    let mut t = draw(&mut a, 80, 24, NOW + Span::from_secs(125));
    insta::assert_snapshot!("answer_ko_overtime", t.backend());
    t.backend_mut()
        .assert_cursor_position(Position::new(1 + 29, 5));
    ctrl(&mut a, 's', NOW + Span::from_secs(130));
    insta::assert_snapshot!(
        "feedback_ko",
        draw(&mut a, 80, 24, NOW + Span::from_secs(130)).backend()
    );
}

#[test]
fn cursor_stays_inside_a_narrow_editor_when_wrapping_korean() {
    let mut a = app(KO);
    practice(&mut a);
    type_str(&mut a, &"가나다라마바사 ".repeat(20), NOW);
    let mut t = draw(&mut a, 40, 12, NOW);
    let pos = t.get_cursor_position().unwrap();
    assert!(pos.x >= 1 && pos.x < 39 && pos.y < 11, "{pos:?}");
    t.backend_mut().assert_cursor_position(pos);
}

#[test]
fn recovered_draft_prompt() {
    let mut a = app(KO);
    practice(&mut a);
    type_str(&mut a, "쓰다 만 답변", NOW);
    a.save_draft_now(NOW + Span::from_ms(500));
    let store = std::mem::replace(&mut a.store, Store::in_memory().unwrap());
    let draft = store.draft().unwrap().unwrap();
    let lib = library(&[("fixture.yaml", KO)]);
    let mut b = plain(App::new(
        lib,
        store,
        a.paths.clone(),
        Settings::default(),
        Scheduler::default_params(),
        NOW,
    ));
    assert_eq!(draft.text, "쓰다 만 답변");
    insta::assert_snapshot!("recover", draw(&mut b, 80, 24, NOW).backend());
}

#[test]
fn every_size_draws_without_panicking() {
    let mut a = app(EN);
    practice(&mut a);
    type_str(&mut a, "한국어 and English ".repeat(30).as_str(), NOW);
    for w in [1, 10, 39, 40, 41, 80, 200] {
        for h in [1, 5, 11, 12, 13, 24, 60] {
            let t = draw(&mut a, w, h, NOW + Span::from_secs(5));
            if w < 40 || h < 12 {
                let text = format!("{}", t.backend());
                if w >= 20 && h >= 1 {
                    assert!(text.contains("terminal too small"), "{w}x{h}");
                }
            }
        }
    }
    insta::assert_snapshot!("too_small", draw(&mut a, 30, 10, NOW).backend());
}

/// Practises the English question once, rated Good, and returns to Home.
fn answered_once(a: &mut App) {
    practice(a);
    type_str(a, "Same effect when repeated.", NOW);
    ctrl(a, 's', NOW + Span::from_secs(60));
    key(a, KeyCode::Char('3'), NOW + Span::from_secs(61));
    key(a, KeyCode::Enter, NOW + Span::from_secs(62));
}

#[test]
fn browse_detail_shows_the_bank_key_points_and_notes() {
    let mut a = app(EN);
    answered_once(&mut a);
    a.open_browse();
    key(&mut a, KeyCode::Enter, NOW + Span::from_secs(63));
    let Screen::Detail(d) = &a.screen else {
        panic!("the question view did not open")
    };
    let FromBank::Found {
        key_points, notes, ..
    } = &d.from_bank
    else {
        panic!("the bank is loaded: {:?}", d.from_bank)
    };
    assert_eq!(key_points.len(), 2);
    assert!(notes.is_some());
    insta::assert_snapshot!(
        "browse_detail_key_points_en",
        draw(&mut a, 80, 24, NOW + Span::from_secs(63)).backend()
    );
}

#[test]
fn browse_detail_says_plainly_when_the_bank_is_gone() {
    let mut a = app(EN);
    answered_once(&mut a);
    // The same answers, opened with only the Korean bank loaded.
    let mut b = app(KO);
    b.store = std::mem::replace(&mut a.store, Store::in_memory().unwrap());
    b.open_browse();
    key(&mut b, KeyCode::Enter, NOW + Span::from_secs(63));
    let Screen::Detail(d) = &b.screen else {
        panic!("the question view did not open")
    };
    assert_eq!(
        d.from_bank,
        FromBank::BankGone {
            bank_id: "fixture-en".into()
        }
    );
    let t = draw(&mut b, 80, 24, NOW + Span::from_secs(63));
    insta::assert_snapshot!("browse_detail_bank_gone", t.backend());
    assert!(format!("{}", t.backend()).contains("The bank `fixture-en` is not loaded"));
}

/// Answers on Monday 16 and Sunday 22 November 2026, then one rated Again
/// on Saturday 28: the Sunday sits in the column of its own week, the
/// heatmap says what it shows, and the Again leaves the role not ready.
#[test]
fn stats_on_a_saturday_after_an_again() {
    const DAY: Span = Span::from_days(1);
    let saturday = Instant::from_ms(1_795_867_200_000); // 2026-11-28 12:00 UTC
    let mut a = app(EN);
    for (now, rating) in [
        (saturday - 12 * DAY, '4'),
        (saturday - 6 * DAY, '3'),
        (saturday, '1'),
    ] {
        a.start_practice(&Filter::default(), 1, now);
        type_str(
            &mut a,
            "Same effect when repeated, so retries are safe.",
            now,
        );
        ctrl(&mut a, 's', now + Span::from_secs(30));
        key(&mut a, KeyCode::Char(rating), now + Span::from_secs(31));
    }
    a.open_stats(saturday + Span::from_mins(1));
    let rehearse::tui::app::Screen::Stats(report) = &a.screen else {
        panic!("stats did not open")
    };
    assert_eq!(report.roles[0].readiness, Some(0.0), "just rated Again");
    let t = draw(&mut a, 80, 24, saturday + Span::from_mins(1));
    let text = format!("{}", t.backend());
    let row = |name: &str| -> Vec<char> {
        let line = text
            .lines()
            .find(|l| l.starts_with(&format!("\"│{name} ")))
            .unwrap_or_else(|| panic!("no {name} row in\n{text}"));
        line.chars().collect()
    };
    // Columns: '"', '│', 4 for the weekday, then a cell and a space per week.
    let week = |w: usize| 6 + 2 * w;
    assert_eq!(row("Mon")[week(10)], '░', "Monday 16, week 10");
    assert_eq!(row("Sun")[week(10)], '░', "Sunday 22 ends the same week");
    assert_eq!(row("Sun")[week(11)], ' ', "Sunday 29 is tomorrow");
    assert_eq!(row("Sat")[week(11)], '░', "today");
    insta::assert_snapshot!("stats_saturday", t.backend());
}

/// An answer that reads frontend, given by someone applying for backend
/// whose story holds backend words: the role line says so and names them.
#[test]
fn feedback_role_line_english_and_korean() {
    let story = "projects:\n  - id: shop\n    name: shop\n    did:\n      - 주문 API에 트랜잭션과 인덱스를 넣었습니다\n      - added a cache in front of the orders query\n";
    for (name, bank, answer) in [
        (
            "feedback_role_en",
            EN,
            "I built the page in React, split it into components and fixed the CSS layout.",
        ),
        (
            "feedback_role_ko",
            KO,
            "React로 화면을 만들고 CSS를 정리했습니다. 컴포넌트를 나눠 렌더링을 줄였습니다.",
        ),
    ] {
        let mut a = app(bank);
        a.settings.target_role = Some("backend".into());
        a.settings.target_role_asked = true;
        a.store.set_story_yaml(story, NOW).unwrap();
        practice(&mut a);
        type_str(&mut a, answer, NOW + Span::from_secs(1));
        ctrl(&mut a, 's', NOW + Span::from_secs(60));
        insta::assert_snapshot!(
            name,
            draw(&mut a, 80, 24, NOW + Span::from_secs(60)).backend()
        );
    }
}

#[test]
fn korean_practice_keeps_every_border_at_every_size() {
    let mut a = app(common::banks::KO_BACKEND);
    practice(&mut a);
    let long = "재고 차감은 DB 유니크 제약으로 중복을 막고, 트래픽이 몰리면 레디스 분산 락을 씁니다. 제가 직접 주문 API의 p95를 900ms에서 120ms로 줄였습니다. ";
    type_str(&mut a, &long.repeat(3), NOW);
    let widths: Vec<u16> = (40..=140).step_by(3).collect();
    let heights = [12, 17, 24, 31, 50];
    assert_borders_whole(
        &mut a,
        &widths,
        &heights,
        NOW + Span::from_secs(30),
        "answer",
    );
    ctrl(&mut a, 's', NOW + Span::from_secs(60));
    assert_borders_whole(
        &mut a,
        &widths,
        &heights,
        NOW + Span::from_secs(61),
        "feedback",
    );
    key(&mut a, KeyCode::Char('?'), NOW + Span::from_secs(62));
    assert_borders_whole(
        &mut a,
        &widths,
        &heights,
        NOW + Span::from_secs(62),
        "help over feedback",
    );
}

#[test]
fn browse_rows_cut_a_long_prompt_by_width_with_an_ellipsis() {
    const LONG: &str = "id: long\nrole: behavioral\nlanguage: ko\nquestions:\n  - id: q\n    prompt: 팀 프로젝트에서 의견이 크게 갈렸을 때 본인이 어떻게 조율했고 결과는 어땠는지 구체적으로 말씀해 주세요.\n    kind: behavioral\n";
    let mut a = app(LONG);
    practice(&mut a);
    type_str(&mut a, "제가 회의를 열어 조율했습니다.", NOW);
    ctrl(&mut a, 's', NOW + Span::from_secs(60));
    key(&mut a, KeyCode::Char('3'), NOW + Span::from_secs(61));
    key(&mut a, KeyCode::Enter, NOW + Span::from_secs(62));
    a.open_browse();
    for w in [60u16, 80, 100] {
        let text = common::tui::screen_text(&mut a, w, 24, NOW + Span::from_secs(63));
        let row = text
            .lines()
            .find(|l| l.contains("behavioral"))
            .unwrap_or_else(|| panic!("{text}"));
        assert!(row.contains('…'), "{w}: {row}");
        assert!(row.trim_end().ends_with('│'), "{w}: {row}");
    }
}
