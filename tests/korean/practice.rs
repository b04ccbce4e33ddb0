//! The Korean interface: practice. The answer screen (typing, paused,
//! over the limit, a mock's follow-up with why it is asked), the feedback
//! (details and the comparison with last time), recall (hidden and shown)
//! and the summary, as snapshots at 80x24 with Korean bank content; the
//! plurals and particles of these screens in both languages; every border
//! whole at 80 and 100 columns and at 40x12.

use crate::common::banks::MOCK_KO;
use crate::common::tui::shown_text as text;
use crate::common::tui::{
    NOW, app, assert_borders_whole, ch, ctrl, draw, key, library, plain, type_str,
};
use crossterm::event::KeyCode;
use rehearse::i18n::{self, Lang};
use rehearse::model::{Instant, Round, Span};
use rehearse::schedule::DAY;
use rehearse::session::Filter;
use rehearse::settings::MockChoices;
use rehearse::tui::app::{App, Screen};
use rehearse::tui::format::due_in;

/// A Korean backend question with three key points, two conditional
/// follow-ups and notes; a Korean behavioural one for STAR.
const BANK: &str = r#"
id: ko-practice
title: 백엔드 기초
role: backend
language: ko
questions:
  - id: cache
    prompt: 상품 조회 API가 느려졌을 때 캐시를 어떻게 적용하시겠어요?
    level: junior
    time_limit: 2m
    tags: [cache]
    key_points:
      - text: 레디스 같은 캐시를 DB 앞에 둔다
        match: [레디스, redis]
      - text: TTL과 쓰기 시 무효화
        match: [TTL, 무효화]
      - text: 적용 전후 응답 시간 측정
        match: [측정, p95, 응답 시간]
    follow_ups:
      - ask: 레디스와 DB 데이터가 어긋나면 어떻게 맞추시겠어요?
        if_mentions: [레디스, redis]
      - ask: 배포 직후 캐시가 비어 있으면 어떻게 되나요?
        if_missing: [워밍, 예열]
    notes: 캐시 스탬피드와 TTL 지터도 함께 말하면 좋아요.
  - id: conflict
    prompt: 팀원과 의견이 갈렸던 경험과 어떻게 풀었는지 말씀해 주세요.
    kind: behavioral
    time_limit: 2m
    tags: [conflict]
    key_points:
      - text: 제가 한 행동
        match: [제가 직접, 제안했]
"#;

const CACHE_ANSWER: &str = "제가 직접 상품 조회 앞단에 레디스 캐시를 두고 TTL을 5분으로 잡았습니다. 덕분에 DB 부하가 절반으로 줄었습니다.";

fn at(s: i64) -> Instant {
    NOW + Span::from_secs(s)
}

fn ko() -> i18n::Scoped {
    i18n::scoped(Lang::Ko)
}

/// Practice on the question tagged `tag`.
fn practise(a: &mut App, tag: &str, now: Instant) {
    a.start_practice(
        &Filter {
            tags: vec![tag.into()],
            ..Default::default()
        },
        1,
        now,
    );
    assert!(matches!(a.screen, Screen::Answer(_)), "practice opened");
}

/// The widths where a wide character can land on a box's last cell, and
/// the two the issue names.
const WIDTHS: [u16; 8] = [40, 41, 79, 80, 81, 99, 100, 101];
const HEIGHTS: [u16; 3] = [12, 24, 30];

#[test]
fn answer_screen_typing_paused_and_over_the_limit() {
    let _ko = ko();
    let mut a = app(BANK);
    practise(&mut a, "cache", NOW);
    type_str(&mut a, CACHE_ANSWER, at(1));
    insta::assert_snapshot!("answer_typing", draw(&mut a, 80, 24, at(40)).backend());
    let s = text(&mut a, 80, 24, at(40));
    assert!(
        s.contains("질문 1/1 · backend · 기술 · 백엔드 기초 · 주니어"),
        "{s}"
    );
    assert!(s.contains("남은 시간 1:20 / 2:00"), "{s}");
    let st = rehearse::feedback::text_stats(CACHE_ANSWER, &Default::default());
    let counts = format!("{}자 · {}단어 · 말하면 약 ", st.chars, st.words);
    assert!(s.contains(&counts), "{counts} in {s}");
    assert_borders_whole(&mut a, &WIDTHS, &HEIGHTS, at(40), "answer");
    // Narrow, the counts line leaves out what matters least, whole.
    let narrow = text(&mut a, 40, 12, at(40));
    let row = narrow
        .lines()
        .find(|l| l.starts_with(&counts))
        .unwrap_or_else(|| panic!("{narrow}"));
    assert!(!row.contains("경과"), "{row}");
    assert!(!row.contains('…'), "{row}");

    ctrl(&mut a, 'p', at(40));
    ch(&mut a, 'x', at(41));
    let s = text(&mut a, 80, 24, at(50));
    assert!(s.contains("일시정지 · 남은 시간 1:20"), "{s}");
    assert_eq!(
        a.flash.as_deref(),
        Some("타이머가 일시정지 중이에요. Ctrl+P로 다시 시작한 뒤 입력하세요.")
    );
    insta::assert_snapshot!("answer_paused", draw(&mut a, 80, 24, at(50)).backend());

    ctrl(&mut a, 'p', at(50));
    let s = text(&mut a, 80, 24, at(135));
    assert!(s.contains("0:05 초과 (제한 시간 2:00)"), "{s}");
    insta::assert_snapshot!("answer_over", draw(&mut a, 80, 24, at(135)).backend());
    assert_borders_whole(&mut a, &WIDTHS, &HEIGHTS, at(135), "answer over the limit");
}

#[test]
fn the_counts_under_the_answer_say_one_and_many_in_both_languages() {
    for (lang, one, many) in [
        (Lang::En, "1 char · 1 word", "3 chars · 2 words"),
        (Lang::Ko, "1자 · 1단어", "3자 · 2단어"),
    ] {
        let _lang = i18n::scoped(lang);
        let mut a = app(BANK);
        practise(&mut a, "cache", NOW);
        type_str(&mut a, "a", at(1));
        let s = text(&mut a, 80, 24, at(2));
        assert!(s.contains(one), "{lang:?}: {s}");
        type_str(&mut a, " b", at(2));
        let s = text(&mut a, 80, 24, at(3));
        assert!(s.contains(many), "{lang:?}: {s}");
    }
}

#[test]
fn a_mock_follow_up_says_why_it_is_asked() {
    let _ko = ko();
    let mut a = plain(crate::common::app_in_memory(library(MOCK_KO), NOW));
    a.start_mock(
        MockChoices {
            role: "backend".into(),
            language: "ko".into(),
            round: Round::Technical,
            minutes: 5,
        },
        NOW,
    );
    for (text, t) in [
        ("저는 주문 API를 만든 백엔드 개발자입니다.", 45),
        ("레디스를 DB 앞에 두고 응답 시간을 측정하겠습니다.", 150),
    ] {
        type_str(&mut a, text, at(t));
        ctrl(&mut a, 's', at(t));
    }
    type_str(&mut a, "쓰기 시점에 캐시를 지웁니다", at(160));
    let s = text(&mut a, 80, 24, at(170));
    assert!(s.contains("꼬리질문: 레디스를 언급했어요"), "{s}");
    insta::assert_snapshot!(
        "answer_mock_follow_up",
        draw(&mut a, 80, 24, at(170)).backend()
    );
    assert_borders_whole(&mut a, &WIDTHS, &HEIGHTS, at(170), "mock follow-up");
    // The next one is asked because a word was left out.
    ctrl(&mut a, 's', at(200));
    let s = text(&mut a, 80, 24, at(210));
    assert!(
        s.contains("꼬리질문: 워밍, 예열을 언급하지 않았어요"),
        "{s}"
    );
}

#[test]
fn follow_up_reasons_take_the_right_particle_and_read_in_english() {
    let _ko = ko();
    let mut a = plain(crate::common::app_in_memory(library(MOCK_KO), NOW));
    let choices = MockChoices {
        role: "backend".into(),
        language: "ko".into(),
        round: Round::Technical,
        minutes: 5,
    };
    a.start_mock(choices.clone(), NOW);
    for (text, t) in [
        ("저는 백엔드 개발자입니다.", 45),
        ("redis를 DB 앞에 두겠습니다.", 150),
    ] {
        type_str(&mut a, text, at(t));
        ctrl(&mut a, 's', at(t));
    }
    // "redis" ends in a vowel as Koreans read it (레디스): 를, not 을.
    let s = text(&mut a, 80, 24, at(160));
    assert!(s.contains("꼬리질문: redis를 언급했어요"), "{s}");
    let _en = i18n::scoped(Lang::En);
    let s = text(&mut a, 80, 24, at(160));
    assert!(s.contains("follow-up: you mentioned redis"), "{s}");
}

/// The cache question answered at `now`, on the feedback screen.
fn cache_feedback(a: &mut App, now: Instant) {
    practise(a, "cache", now);
    type_str(a, CACHE_ANSWER, now);
    ctrl(a, 's', now + Span::from_secs(70));
    assert!(matches!(a.screen, Screen::Feedback(_)), "feedback opened");
}

#[test]
fn feedback_details_top_and_bottom() {
    let _ko = ko();
    let mut a = app(BANK);
    cache_feedback(&mut a, NOW);
    let s = text(&mut a, 80, 24, at(70));
    assert!(s.contains("핵심 포인트: 3개 중 2개 언급"), "{s}");
    assert!(s.contains("1:10 / 2:00 — 제한 시간 안"), "{s}");
    insta::assert_snapshot!("feedback_details", draw(&mut a, 80, 24, at(70)).backend());
    for _ in 0..5 {
        key(&mut a, KeyCode::Right, at(70));
    }
    let s = text(&mut a, 80, 24, at(70));
    assert!(s.contains("평가: 1 다시  2 어려움  3 좋음  4 쉬움"), "{s}");
    assert!(
        s.contains("배포 직후 캐시가 비어 있으면 어떻게 되나요? (워밍, 예열을 언급하지 않아서)"),
        "{s}"
    );
    insta::assert_snapshot!(
        "feedback_details_end",
        draw(&mut a, 80, 24, at(70)).backend()
    );
    assert_borders_whole(&mut a, &WIDTHS, &HEIGHTS, at(70), "feedback, scrolled");
    key(&mut a, KeyCode::Left, at(70));
    assert_borders_whole(&mut a, &WIDTHS, &HEIGHTS, at(70), "feedback");
}

#[test]
fn feedback_on_a_story_answer_lists_star_in_korean() {
    let _ko = ko();
    let mut a = app(BANK);
    practise(&mut a, "conflict", NOW);
    type_str(
        &mut a,
        "작년에 배포 방식을 두고 팀원과 의견이 갈렸습니다. 제가 직접 작은 실험을 제안했습니다.",
        NOW,
    );
    ctrl(&mut a, 's', at(90));
    // Drawn once first: the page knows how far it scrolls when drawn.
    draw(&mut a, 80, 24, at(90));
    for _ in 0..3 {
        key(&mut a, KeyCode::Right, at(90));
    }
    let s = text(&mut a, 80, 24, at(90));
    assert!(s.contains("STAR"), "{s}");
    assert!(s.contains(" ✗ 결과 없음"), "{s}");
    insta::assert_snapshot!("feedback_star", draw(&mut a, 80, 24, at(90)).backend());
}

/// Practised on day 0 (rated Again), reviewed two days later: the
/// feedback opens on the comparison.
fn reviewed(a: &mut App) -> Instant {
    practise(a, "cache", NOW);
    type_str(a, "TTL을 5분으로 두었습니다", NOW);
    ctrl(a, 's', at(60));
    key(a, KeyCode::Char('1'), at(61));
    let later = NOW + 2 * DAY;
    a.settings.new_limit = 0;
    a.start_review(&[], false, later);
    assert!(matches!(a.screen, Screen::Answer(_)), "review opened");
    type_str(a, CACHE_ANSWER, later);
    ctrl(a, 's', later + Span::from_secs(90));
    later + Span::from_secs(90)
}

#[test]
fn feedback_compare_and_its_details() {
    let _ko = ko();
    let mut a = app(BANK);
    let now = reviewed(&mut a);
    let Screen::Feedback(f) = &a.screen else {
        panic!("no feedback")
    };
    assert!(f.compare);
    let s = text(&mut a, 80, 24, now);
    assert!(s.contains("지난번 · 2026-11-18 · 1:00 · 다시"), "{s}");
    assert!(s.contains("바뀐 부분: +"), "{s}");
    insta::assert_snapshot!("feedback_compare", draw(&mut a, 80, 24, now).backend());
    assert_borders_whole(&mut a, &WIDTHS, &HEIGHTS, now, "compare");
    ch(&mut a, 'v', now);
    let s = text(&mut a, 80, 24, now);
    assert!(s.contains("핵심 포인트: 3개 중 2개 언급"), "{s}");
    insta::assert_snapshot!(
        "feedback_compare_details",
        draw(&mut a, 80, 24, now).backend()
    );
    assert_borders_whole(&mut a, &WIDTHS, &HEIGHTS, now, "details after compare");
}

#[test]
fn recall_hidden_then_shown() {
    let _ko = ko();
    let mut a = app(BANK);
    practise(&mut a, "cache", NOW);
    type_str(&mut a, CACHE_ANSWER, NOW);
    ctrl(&mut a, 's', at(60));
    key(&mut a, KeyCode::Char('1'), at(61));
    let later = NOW + 2 * DAY;
    a.settings.new_limit = 0;
    a.start_review(&[], true, later);
    assert!(matches!(a.screen, Screen::Recall(_)), "recall opened");
    let now = later + Span::from_secs(20);
    ch(&mut a, '3', now);
    assert_eq!(
        a.flash.as_deref(),
        Some("먼저 떠올려 보세요. 스페이스로 지난 답변을 본 뒤 평가해요.")
    );
    a.flash = None;
    insta::assert_snapshot!("recall_hidden", draw(&mut a, 80, 24, now).backend());
    assert_borders_whole(&mut a, &WIDTHS, &HEIGHTS, now, "recall");
    key(&mut a, KeyCode::Char(' '), now);
    let s = text(&mut a, 80, 24, now);
    assert!(
        s.contains("얼마나 잘 떠올렸나요? 1 다시  2 어려움  3 좋음  4 쉬움"),
        "{s}"
    );
    insta::assert_snapshot!("recall_shown", draw(&mut a, 80, 24, now).backend());
    assert_borders_whole(&mut a, &WIDTHS, &HEIGHTS, now, "recall shown");
}

#[test]
fn summary_after_two_questions() {
    let _ko = ko();
    let mut a = app(BANK);
    a.start_practice(&Filter::default(), 2, NOW);
    type_str(&mut a, CACHE_ANSWER, NOW);
    ctrl(&mut a, 's', at(130));
    key(&mut a, KeyCode::Char('2'), at(131));
    type_str(&mut a, "제가 직접 회의를 제안했습니다.", at(131));
    ctrl(&mut a, 's', at(200));
    key(&mut a, KeyCode::Char('4'), at(201));
    assert!(matches!(a.screen, Screen::Summary { .. }), "the summary");
    let s = text(&mut a, 80, 24, at(201));
    assert!(s.contains("요약 — 2문항 답변 (Enter: 홈)"), "{s}");
    assert!(s.contains("다음 복습"), "{s}");
    insta::assert_snapshot!("summary", draw(&mut a, 80, 24, at(201)).backend());
    assert_borders_whole(&mut a, &WIDTHS, &HEIGHTS, at(201), "summary");
    // A prompt too long for its column is cut by width, with an ellipsis.
    let s = text(&mut a, 60, 12, at(201));
    assert!(s.contains('…'), "{s}");
}

#[test]
fn due_dates_in_both_languages() {
    let cases = [
        (Span::from_mins(10), "in 10 min", "10분 뒤"),
        (Span::from_mins(180), "in 3 h", "3시간 뒤"),
        (DAY, "tomorrow", "내일"),
        (3 * DAY, "in 3 days", "3일 뒤"),
    ];
    for (after, en, ko) in cases {
        let _en = i18n::scoped(Lang::En);
        assert_eq!(due_in(NOW + after, NOW), en);
        let _ko = i18n::scoped(Lang::Ko);
        assert_eq!(due_in(NOW + after, NOW), ko);
    }
}

/// The whole feedback page, wide and tall enough for every line to be
/// one row, after `answer` to the question tagged `tag` with `story` saved.
fn feedback_on(tag: &str, answer: &str, story: &str) -> String {
    let mut a = app(BANK);
    if !story.is_empty() {
        a.store.set_story_yaml(story, NOW).unwrap();
        a.load_story();
    }
    practise(&mut a, tag, NOW);
    type_str(&mut a, answer, NOW);
    ctrl(&mut a, 's', at(60));
    text(&mut a, 140, 60, at(60))
}

#[test]
fn the_story_line_counts_one_fact_and_many() {
    let one = "projects:\n  - id: shop\n    name: 쇼핑몰\n    did:\n      - 결제 장애를 주 3회에서 0회로 줄임\n";
    let two = "projects:\n  - id: shop\n    name: 쇼핑몰\n    did:\n      - 결제 장애를 주 3회에서 0회로 줄임\n      - 배포 전 체크리스트를 만듦\n";
    for (lang, story, want) in [
        (Lang::En, one, "Your story: 0 of 1 fact used"),
        (Lang::En, two, "Your story: 0 of 2 facts used"),
        (Lang::Ko, one, "내 경험: 사실 1개 중 0개 사용"),
        (Lang::Ko, two, "내 경험: 사실 2개 중 0개 사용"),
    ] {
        let _lang = i18n::scoped(lang);
        let s = feedback_on("conflict", "제가 직접 회의를 제안했습니다.", story);
        assert!(s.contains(want), "{lang:?}: {s}");
    }
}

#[test]
fn a_follow_up_not_brought_says_what_would_bring_it() {
    for (lang, want) in [
        (Lang::En, "(asked if you mention 레디스, redis)"),
        (Lang::Ko, "(레디스, redis를 언급하면 나와요)"),
    ] {
        let _lang = i18n::scoped(lang);
        let s = feedback_on("cache", "TTL을 짧게 두고 배포 전에 캐시를 워밍합니다.", "");
        assert!(s.contains(want), "{lang:?}: {s}");
    }
}

#[test]
fn an_answer_not_saved_says_so_on_one_row_cut_with_an_ellipsis() {
    let _ko = ko();
    let mut a = app(BANK);
    practise(&mut a, "cache", NOW);
    type_str(&mut a, "쓰다 만 답변", NOW);
    let Screen::Answer(s) = &mut a.screen else {
        unreachable!()
    };
    let msg = s.not_saved("디스크가 가득 찼어요");
    assert_eq!(
        msg,
        "답변을 저장하지 못했어요(화면에는 그대로 있어요): 디스크가 가득 찼어요"
    );
    for w in [40u16, 80, 81, 120] {
        let s = text(&mut a, w, 24, at(5));
        let row = s
            .lines()
            .find(|l| l.starts_with("저장 안 됨: 답변을 저장하지 못했어요"))
            .unwrap_or_else(|| panic!("{w}: {s}"));
        assert!(rehearse::text::width(row) <= usize::from(w), "{w}: {row}");
        if w < 120 {
            assert!(row.trim_end().ends_with('…'), "{w}: {row}");
        }
    }
}
