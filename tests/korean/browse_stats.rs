//! The Korean interface: Browse (답변 모아보기) and Stats (통계) with Korean
//! banks, at 80x24 as snapshots, every border whole down to 40x12, and the
//! plurals and particles right in both languages.

use crate::common::rehearse_ko;
use crate::common::tui::shown_text as screen_text;
use crate::common::tui::{
    NOW, assert_borders_whole, ch, ctrl, draw, key, library, plain, type_str,
};
use crossterm::event::KeyCode;
use rehearse::i18n::{Lang, scoped};
use rehearse::model::{Instant, QuestionKey, Span};
use rehearse::schedule::DAY;
use rehearse::session::Filter;
use rehearse::tui::app::{App, Screen};

const BACKEND: &str = r#"
id: ko-backend
title: 백엔드 기본
role: backend
language: ko
questions:
  - id: cache
    prompt: 트래픽이 몰릴 때 캐시를 어디에 두고 어떻게 무효화하는지 설명해 주세요.
    tags: [cache]
    time_limit: 2m
    key_points:
      - text: TTL로 만료
        match: [TTL, 만료]
      - text: 쓰기 시 무효화
        match: [무효화, delete]
    notes: 캐시 스탬피드도 함께 말하면 좋아요.
  - id: db-load
    prompt: 트래픽이 몰릴 때 DB 부하를 줄이려고 직접 써 본 방법을 말씀해 주세요.
    tags: [db]
  - id: tx
    prompt: 트랜잭션 격리 수준을 설명해 주세요.
    tags: [tx]
"#;

const DATA: &str = r#"
id: ko-data
title: 데이터 엔지니어링
role: data-engineering
language: ko
questions:
  - id: pipeline
    prompt: 배치 파이프라인이 새벽에 실패했을 때 어떻게 복구하나요?
    tags: [pipeline]
"#;

const STORY: &str = "projects:\n  - id: shop\n    name: 중고 거래 가격 크롤러\n    stack: [AWS EC2, Redshift]\n    did:\n      - 크롤러를 EC2 인스턴스 8대로 나눠 6시간을 1.5시간으로 줄였습니다\n      - Redshift 비용 알람을 걸어 월 비용을 40% 줄였습니다\n";

fn app() -> App {
    plain(crate::common::app_in_memory(
        library(&[("ko-backend.yaml", BACKEND), ("ko-data.yaml", DATA)]),
        NOW,
    ))
}

/// Practises the one question tagged `tag` at `now`: `text`, then `rating`.
fn answer(a: &mut App, tag: &str, text: &str, rating: char, now: Instant) {
    let filter = Filter {
        tags: vec![tag.into()],
        ..Default::default()
    };
    a.start_practice(&filter, 1, now);
    assert!(
        matches!(a.screen, Screen::Answer(_)),
        "{tag}: no question: {:?}",
        a.flash
    );
    type_str(a, text, now);
    ctrl(a, 's', now + Span::from_secs(75));
    ch(a, rating, now + Span::from_secs(76));
    key(a, KeyCode::Enter, now + Span::from_secs(77));
}

/// Three days of answers: the cache question three times, the others once.
fn practised() -> App {
    let mut a = app();
    a.settings.target_role = Some("backend".into());
    a.settings.target_role_asked = true;
    a.store
        .set_setting(rehearse::settings::TARGET_ROLE, "backend")
        .unwrap();
    a.store.set_story_yaml(STORY, NOW).unwrap();
    answer(&mut a, "cache", "TTL을 5분으로 두었습니다.", '1', NOW);
    answer(
        &mut a,
        "db",
        "React 화면에서 요청을 묶고 CSS를 가볍게 했습니다.",
        '2',
        NOW,
    );
    answer(
        &mut a,
        "cache",
        "제가 TTL을 5분으로 두고 쓰기 때 캐시를 무효화했습니다.",
        '3',
        NOW + DAY,
    );
    answer(
        &mut a,
        "pipeline",
        "React 컴포넌트로 대시보드를 만들어 실패를 바로 보이게 했습니다.",
        '3',
        NOW + DAY,
    );
    answer(
        &mut a,
        "cache",
        "제가 TTL을 5분으로 두고, 쓰기 때 캐시를 지우고 DB에 유니크 제약을 걸었습니다.",
        '4',
        NOW + 2 * DAY,
    );
    a
}

/// Snapshots one frame at 80x24 as `name`, and gives it as text.
fn snapshot(a: &mut App, name: &str, now: Instant) -> String {
    insta::assert_snapshot!(name, draw(a, 80, 24, now).backend());
    screen_text(a, 80, 24, now)
}

const LATER: Instant = Instant::from_ms(NOW.as_ms() + 2 * 86_400_000 + 600_000);

/// Browse → the question whose prompt starts with `start`.
fn open_question(a: &mut App, start: &str) {
    a.open_browse();
    let Screen::Browse(b) = &a.screen else {
        panic!("browse did not open")
    };
    let at = b
        .visible()
        .iter()
        .position(|r| r.prompt.starts_with(start))
        .unwrap_or_else(|| panic!("no row for {start}"));
    for _ in 0..at {
        key(a, KeyCode::Down, LATER);
    }
    key(a, KeyCode::Enter, LATER);
    assert!(matches!(a.screen, Screen::Detail(_)), "{start}: no detail");
}

#[test]
fn browse_list_in_korean() {
    let _ko = scoped(Lang::Ko);
    let mut a = practised();
    a.open_browse();
    let text = snapshot(&mut a, "browse_list_ko", LATER);
    assert!(text.contains("답변한 질문: 3문항 중 3문항"), "{text}");
    assert!(
        text.contains("검색: (/)   직무: 전체   태그: 전체"),
        "{text}"
    );
    // The two prompts that start alike are cut at their end, and differ.
    let rows: Vec<&str> = text.lines().filter(|l| l.contains("트래픽이")).collect();
    assert_eq!(rows.len(), 2, "{text}");
    assert!(rows.iter().all(|r| r.contains('…')), "{rows:?}");
    assert_ne!(rows[0], rows[1]);
    // Korean ratings and counts, aligned by width: the dates line up, and
    // so do the roles after the two-cell syllables.
    assert!(text.contains("쉬움   3회"), "{text}");
    assert!(text.contains("어려움 1회"), "{text}");
    let role_at = |l: &str| rehearse::text::width(&l[..l.find("회  ").unwrap()]);
    let rows: Vec<usize> = text
        .lines()
        .filter(|l| l.contains("회  "))
        .map(role_at)
        .collect();
    assert_eq!(rows.len(), 3, "{text}");
    assert!(rows.windows(2).all(|w| w[0] == w[1]), "{text}");
}

#[test]
fn browse_filters_say_what_they_hold() {
    let _ko = scoped(Lang::Ko);
    let mut a = practised();
    a.open_browse();
    ch(&mut a, 'r', LATER);
    ch(&mut a, '/', LATER);
    type_str(&mut a, "없는 말", LATER);
    let text = screen_text(&mut a, 80, 24, LATER);
    assert!(text.contains("검색: 없는 말▏   직무: backend"), "{text}");
    assert!(text.contains("답변한 질문: 3문항 중 0문항"), "{text}");
    assert!(
        text.contains("검색어와 필터에 맞는 답변이 없어요."),
        "{text}"
    );
}

#[test]
fn browse_empty_in_korean() {
    let _ko = scoped(Lang::Ko);
    let mut a = app();
    a.open_browse();
    let text = snapshot(&mut a, "browse_empty_ko", NOW);
    assert!(
        text.contains("아직 답변한 질문이 없어요. 먼저 몇 문항 연습해 보세요."),
        "{text}"
    );
}

#[test]
fn browse_detail_of_a_first_version_in_korean() {
    let _ko = scoped(Lang::Ko);
    let mut a = practised();
    open_question(&mut a, "배치");
    let text = snapshot(&mut a, "browse_detail_ko", LATER);
    assert!(text.contains("(첫 버전)"), "{text}");
    assert!(text.contains("버전 (1)"), "{text}");
    assert!(text.contains("좋음"), "{text}");
    assert!(
        text.contains("질문 모음에 이 질문의 핵심 포인트나 참고 내용이 없어요."),
        "{text}"
    );
}

#[test]
fn browse_compare_two_marked_versions_in_korean() {
    let _ko = scoped(Lang::Ko);
    let mut a = practised();
    open_question(&mut a, "트래픽이 몰릴 때 캐시");
    // The newest is selected; mark the first and compare them.
    key(&mut a, KeyCode::Up, LATER);
    key(&mut a, KeyCode::Up, LATER);
    ch(&mut a, ' ', LATER);
    key(&mut a, KeyCode::Down, LATER);
    key(&mut a, KeyCode::Down, LATER);
    let Screen::Detail(d) = &a.screen else {
        panic!()
    };
    assert_eq!((d.marked, d.selected), (Some(0), 2));
    let text = snapshot(&mut a, "browse_compare_ko", LATER);
    assert!(text.contains("버전 (3)"), "{text}");
    assert!(text.contains("*20"), "the marked version: {text}");
    assert!(text.contains(": 단어 +"), "{text}");
    assert!(text.contains("참고: 캐시 스탬피드도"), "{text}");
    assert!(text.contains("다음 복습 "), "{text}");
    for label in ["다시", "좋음", "쉬움"] {
        assert!(text.contains(label), "{label}: {text}");
    }
}

#[test]
fn browse_talking_points_editor_and_delete_in_korean() {
    let _ko = scoped(Lang::Ko);
    let mut a = practised();
    open_question(&mut a, "트래픽이 몰릴 때 캐시");
    ch(&mut a, 'e', LATER);
    type_str(&mut a, "Redis 클러스터 3대\nTTL 5분", LATER);
    snapshot(&mut a, "browse_notes_ko", LATER);
    ctrl(&mut a, 's', LATER);
    assert_eq!(
        a.flash.as_deref(),
        Some("내 포인트를 저장했어요. 이제 핵심 포인트를 확인할 때 함께 봐요.")
    );
    let k = QuestionKey::new("ko-backend", "cache");
    assert_eq!(
        a.store.talking_points(&k).unwrap().as_deref(),
        Some("Redis 클러스터 3대\nTTL 5분")
    );
    ch(&mut a, 'x', LATER);
    let text = snapshot(&mut a, "browse_delete_ko", LATER);
    assert!(
        text.contains("이 버전을 삭제할까요? y 예  n 아니요"),
        "{text}"
    );
    ch(&mut a, 'y', LATER);
    assert_eq!(a.flash.as_deref(), Some("그 버전을 삭제했어요."));
    assert_eq!(a.store.attempts_for(&k).unwrap().len(), 2);
}

#[test]
fn stats_in_korean() {
    let _ko = scoped(Lang::Ko);
    let mut a = practised();
    a.open_stats(LATER);
    let text = snapshot(&mut a, "stats_ko", LATER);
    assert!(text.contains("연속 연습 3일 · 저장한 답변 5개"), "{text}");
    assert!(
        text.contains("직무 성향 · 최근 답변 5개 · 지원 직무 백엔드"),
        "{text}"
    );
    for header in [
        "직무",
        "질문",
        "답변",
        "시간/제한",
        "초과",
        "준비도",
        "복습",
    ] {
        assert!(text.contains(header), "{header}: {text}");
    }
    // The weekdays in front of the calendar, the months over it.
    assert!(text.contains("│월  "), "{text}");
    assert!(text.contains("│일  "), "{text}");
    assert!(text.contains("11월"), "{text}");
}

#[test]
fn stats_empty_in_korean() {
    let _ko = scoped(Lang::Ko);
    let mut a = app();
    a.open_stats(NOW);
    let text = snapshot(&mut a, "stats_empty_ko", NOW);
    assert!(text.contains("연속 연습 0일 · 저장한 답변 0개"), "{text}");
    assert!(text.contains("직무별 — 아직 답변이 없어요"), "{text}");
    assert!(text.contains("아직 답변이 없어요."), "{text}");
    assert!(text.contains("직무 성향 · 지원 직무 없음"), "{text}");
}

/// The role lines: the right particle after the role in Korean, and the
/// JSON (`stats --json`) in English whatever the interface speaks.
#[test]
fn role_lines_in_both_languages_and_english_in_the_json() {
    use rehearse::stats::role_report_from;
    use rehearse::story::Story;
    let recent = vec![
        "React로 화면을 만들고 CSS를 입혔습니다.".to_string(),
        "React 컴포넌트의 렌더링을 줄였습니다.".to_string(),
        "API 서버에 트랜잭션을 넣었습니다.".to_string(),
    ];
    let story = Story::default();
    let ko = {
        let _ko = scoped(Lang::Ko);
        [
            role_report_from(&recent, &story, Some("backend")),
            role_report_from(&recent, &story, Some("data-engineering")),
            role_report_from(&recent, &story, Some("frontend")),
            role_report_from(&recent, &story, None),
        ]
    };
    let lines: Vec<&str> = ko
        .iter()
        .map(|r| r.answers_line.as_deref().unwrap())
        .collect();
    assert_eq!(
        lines,
        [
            "최근 답변은 프론트엔드 75%, 백엔드 25% 비중인데, 지원 직무는 백엔드예요",
            "최근 답변은 프론트엔드 75%, 백엔드 25% 비중인데, 지원 직무는 데이터 엔지니어링이에요",
            "최근 답변은 프론트엔드 75%, 백엔드 25% 비중으로, 지원 직무와 맞아요",
            "최근 답변은 프론트엔드 75%, 백엔드 25% 비중이에요",
        ]
    );
    let json = serde_json::to_value(&ko[0]).unwrap();
    assert_eq!(
        json["answers_line"],
        "Your answers read 75 % frontend, 25 % backend; you are applying for backend"
    );
    let en = role_report_from(&recent, &story, Some("backend"));
    assert_eq!(en.answers_line, en.answers_line_en);
}

/// "1 day" / "2 days" and "1 answer saved" in English; counters in Korean.
#[test]
fn streak_and_counts_agree_with_their_numbers_in_both_languages() {
    let mut a = app();
    answer(&mut a, "tx", "격리 수준은 네 가지가 있습니다.", '3', NOW);
    let line = |a: &mut App, lang| {
        let _l = scoped(lang);
        a.open_stats(NOW + Span::from_mins(5));
        let text = screen_text(a, 80, 24, NOW + Span::from_mins(5));
        text.lines().next().unwrap().to_string()
    };
    assert!(line(&mut a, Lang::En).contains("Streak 1 day · 1 answer saved"));
    assert!(line(&mut a, Lang::Ko).contains("연속 연습 1일 · 저장한 답변 1개"));
    answer(&mut a, "tx", "격리 수준은 네 가지입니다.", '3', NOW + DAY);
    let later = NOW + DAY + Span::from_mins(5);
    let _en = scoped(Lang::En);
    a.open_stats(later);
    let text = screen_text(&mut a, 80, 24, later);
    assert!(text.contains("Streak 2 days · 2 answers saved"), "{text}");
    assert!(
        text.contains("Your last 2 answers name too few role words"),
        "{text}"
    );
}

/// The study sheet: "1 version" / "2 versions"; "버전 2개".
#[test]
fn the_study_sheet_counts_versions_in_both_languages() {
    let mut a = app();
    answer(&mut a, "tx", "격리 수준은 네 가지가 있습니다.", '3', NOW);
    answer(&mut a, "cache", "TTL을 둡니다.", '2', NOW);
    answer(&mut a, "cache", "TTL을 5분으로 둡니다.", '4', NOW + DAY);
    let sheet = |a: &App, lang| {
        let _l = scoped(lang);
        rehearse::study::study_sheet(
            &a.store,
            &a.lib,
            None,
            NOW + 2 * DAY,
            &rehearse::clock::LocalDay::fixed(0),
        )
        .unwrap()
    };
    let en = sheet(&a, Lang::En);
    assert!(en.starts_with("# Study sheet\n"), "{en}");
    assert!(
        en.contains("*ko-backend/tx · 1 version · last rated Good"),
        "{en}"
    );
    assert!(
        en.contains("*ko-backend/cache · 2 versions · last rated Easy"),
        "{en}"
    );
    let ko = sheet(&a, Lang::Ko);
    assert!(ko.starts_with("# 면접 준비 노트\n"), "{ko}");
    assert!(
        ko.contains("*ko-backend/cache · 버전 2개 · 마지막 평가 쉬움"),
        "{ko}"
    );
    assert!(ko.contains("\n핵심 포인트:\n"), "{ko}");
    assert!(ko.contains("최근 답변(2026-11-"), "{ko}");
}

/// The bank's name takes 이 or 가 as it is read.
#[test]
fn a_gone_bank_is_named_with_the_right_particle() {
    let _ko = scoped(Lang::Ko);
    let mut a = practised();
    // The same answers, opened with only the data bank loaded.
    let mut b = plain(crate::common::app_in_memory(
        library(&[("ko-data.yaml", DATA)]),
        NOW,
    ));
    b.store = std::mem::replace(&mut a.store, rehearse::store::Store::in_memory().unwrap());
    open_question(&mut b, "트래픽이 몰릴 때 DB");
    let text = screen_text(&mut b, 80, 24, LATER);
    let flat: String = text
        .lines()
        .map(|l| l.trim_matches(|c| c == '│' || c == ' '))
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        flat.contains("질문 모음 `ko-backend`를 더 이상 불러올 수 없어요"),
        "{text}"
    );
}

#[test]
fn every_border_is_whole_from_40x12_up_in_korean() {
    let _ko = scoped(Lang::Ko);
    let widths: Vec<u16> = (40..=50).chain([57, 63, 80, 99, 121, 140]).collect();
    let heights = [12, 13, 17, 24, 33, 50];
    let mut a = practised();
    a.open_browse();
    assert_borders_whole(&mut a, &widths, &heights, LATER, "browse list");
    open_question(&mut a, "트래픽이 몰릴 때 캐시");
    ch(&mut a, ' ', LATER);
    key(&mut a, KeyCode::Up, LATER);
    assert_borders_whole(&mut a, &widths, &heights, LATER, "browse compare");
    ch(&mut a, 'e', LATER);
    type_str(&mut a, "Redis 클러스터 3대로 세션을 나눴습니다", LATER);
    assert_borders_whole(&mut a, &widths, &heights, LATER, "notes editor");
    key(&mut a, KeyCode::Esc, LATER);
    ch(&mut a, 'x', LATER);
    assert_borders_whole(&mut a, &widths, &heights, LATER, "delete");
    a.open_stats(LATER);
    assert_borders_whole(&mut a, &widths, &heights, LATER, "stats");
    let mut e = app();
    e.open_browse();
    assert_borders_whole(&mut e, &widths, &heights, NOW, "empty browse");
    e.open_stats(NOW);
    assert_borders_whole(&mut e, &widths, &heights, NOW, "empty stats");
}

/// With `LANG=ko_KR.UTF-8` the study sheet is Korean, and `stats --json`
/// stays English: a promise to scripts.
#[test]
fn a_korean_locale_gives_a_korean_study_sheet_and_english_json() {
    let d = tempfile::tempdir().unwrap();
    {
        let store = rehearse::store::Store::open(
            &crate::common::paths(d.path()),
            rehearse::store::Access::Exclusive,
        )
        .unwrap();
        for (i, text) in [
            "React로 화면을 만들고 CSS를 정리했습니다.",
            "React 컴포넌트의 렌더링을 줄였습니다.",
        ]
        .into_iter()
        .enumerate()
        {
            store
                .insert_attempt(&crate::common::attempt(i, text))
                .unwrap();
        }
        store
            .set_setting(rehearse::settings::TARGET_ROLE, "backend")
            .unwrap();
    }
    let out = rehearse_ko(d.path())
        .args(["stats", "--json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(
        v["role_profile"]["answers_line"],
        "Your answers read 100 % frontend; you are applying for backend"
    );
    let out = rehearse_ko(d.path())
        .args(["export", "--format", "markdown"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let sheet = String::from_utf8(out).unwrap();
    assert!(sheet.starts_with("# 면접 준비 노트\n"), "{sheet}");
    assert!(sheet.contains(" · 버전 1개"), "{sheet}");
    assert!(sheet.contains("\n최근 답변("), "{sheet}");
}
