//! The Korean interface: your story. My story (empty, with projects,
//! scrolled to the gaps, after an edit that does not validate), the story
//! panel beside an answer, `rehearse story show|edit` with
//! `LANG=ko_KR.UTF-8`; plurals and particles right in both languages, and
//! every border whole from 40x12 up.

use super::common;

use common::banks::KO_EXPERIENCE as EXPERIENCE_KO;
use common::rehearse_ko;
use common::tui::shown_text as screen_text;
use common::tui::{NOW, assert_borders_whole, ctrl, draw, key, library, plain, type_str};
use crossterm::event::KeyCode;
use rehearse::i18n::{self, Lang};
use rehearse::model::{Instant, Span};
use rehearse::session::Filter;
use rehearse::story;
use rehearse::tui::Start;
use rehearse::tui::app::{App, Screen};

fn at(s: i64) -> Instant {
    NOW + Span::from_secs(s)
}

/// Two projects, written in Korean: six facts and two results.
const STORY_KO: &str = "\
projects:
  - id: crawler
    name: 중고 거래 가격 크롤러 (캡스톤)
    when: 2024-03..2024-06
    role: 백엔드 / 인프라
    team: 4
    stack: [AWS EC2, Redshift, IAM, Python]
    tags: [cost, scaling]
    did:
      - 크롤러를 EC2 8대로 나눠서 수집 시간을 6시간에서 1.5시간으로 단축
      - Redshift 비용 알람을 설정해 월 비용을 40% 절감
      - 팀원마다 최소 권한의 IAM 사용자를 만듦
    result: 매일 200만 건의 가격 테이블
    lesson: 다음에는 IAM 역할과 시작 템플릿을 쓰겠다
  - id: shop
    name: 동아리 굿즈 쇼핑몰
    team: 3
    stack: [Spring Boot, MySQL]
    did:
      - 결제 API를 만들고 주문 테이블에 인덱스를 걸어 조회를 2초에서 0.2초로 단축
      - 디자이너와 협업해서 주문 화면을 3일 만에 바꿈
      - 재고 동시성 문제를 비관적 락으로 해결
    result: 한 학기 동안 주문 1,200건 처리
";

const TECHNICAL_KO: &str = r#"
id: tech-fixture-ko
title: 백엔드 기초
role: backend
language: ko
questions:
  - id: tcp
    prompt: TCP와 UDP의 차이를 설명해 주세요.
    kind: technical
    time_limit: 90
"#;

/// The data folder the screens name: fixed, so the path in the text is
/// the same on every machine (nothing is written there).
const DATA: &str = "/home/you/.local/share/rehearse";

/// An app in Korean over a store in memory, with `story` saved (none when
/// empty), on My story.
fn my_story(story_yaml: &str) -> App {
    let mut a = plain(common::app_in_memory(
        library(&[("ko.yaml", EXPERIENCE_KO)]),
        NOW,
    ));
    a.paths.data_dir = DATA.into();
    if !story_yaml.is_empty() {
        a.store.set_story_yaml(story_yaml, NOW).unwrap();
        a.load_story();
    }
    a.begin(Start::Story, NOW);
    assert!(matches!(a.screen, Screen::Story(_)), "My story");
    a
}

#[test]
fn my_story_empty_and_with_projects() {
    let _ko = i18n::scoped(Lang::Ko);
    let mut a = my_story("");
    let s = screen_text(&mut a, 80, 24, NOW);
    assert!(s.contains("┌ 내 경험 ─"), "{s}");
    assert!(s.contains("아직 내 경험을 작성하지 않았어요."), "{s}");
    // The key is named before its particle, read as the letter "이".
    assert!(
        s.contains("e를 누르면 설명이 달린 템플릿이 $EDITOR에서"),
        "{s}"
    );
    insta::assert_snapshot!("story_empty_ko", draw(&mut a, 80, 24, NOW).backend());

    // `e` asks for $EDITOR, and what it opens is the Korean template.
    key(&mut a, KeyCode::Char('e'), NOW);
    assert!(a.wants_external_editor);
    a.wants_external_editor = false;
    assert_eq!(
        a.story_text_to_edit(),
        Ok(Some(story::TEMPLATE_KO.to_string()))
    );
    a.story_edited(story::TEMPLATE_KO, at(1));
    assert_eq!(
        a.store.story_yaml().unwrap(),
        None,
        "the example is not saved"
    );
    assert_eq!(
        a.flash.as_deref(),
        Some(
            "템플릿을 고치지 않고 닫아서 저장하지 않았어요. 예시를 자신의 프로젝트로 바꿔 주세요."
        )
    );

    a.story_edited(STORY_KO, at(2));
    assert_eq!(
        a.flash.as_deref(),
        Some("내 경험을 저장했어요: 프로젝트 2개, 사실 8개.")
    );
    let s = screen_text(&mut a, 80, 24, at(2));
    assert!(s.contains("┌ 내 경험 · 프로젝트 2개, 사실 8개 ─"), "{s}");
    assert!(
        s.contains("2024-03..2024-06 · 백엔드 / 인프라 · 팀 4명"),
        "{s}"
    );
    assert!(
        s.contains("  기술 스택: AWS EC2, Redshift, IAM, Python"),
        "{s}"
    );
    insta::assert_snapshot!("story_ko", draw(&mut a, 80, 24, at(2)).backend());

    // Scrolled to the end: the competencies no project covers, in Korean,
    // each hint's second row under its first.
    for _ in 0..4 {
        key(&mut a, KeyCode::Right, at(3));
    }
    let s = screen_text(&mut a, 80, 24, at(3));
    assert!(s.contains("아직 내 경험에 없는 역량"), "{s}");
    assert!(s.contains("  · 실패: 본인 때문에 잘못된 일 — "), "{s}");
    assert!(
        !s.contains("a failure"),
        "the hints follow the interface: {s}"
    );
    insta::assert_snapshot!("story_ko_gaps", draw(&mut a, 80, 24, at(3)).backend());
}

#[test]
fn an_edit_that_does_not_validate_says_why_in_korean() {
    let _ko = i18n::scoped(Lang::Ko);
    let mut a = my_story(STORY_KO);
    let bad = STORY_KO.replace("    team: 4\n", "    team: 넷\n").replace(
        "  - id: shop\n    name: 동아리 굿즈 쇼핑몰\n",
        "  - id: crawler\n",
    );
    a.story_edited(&bad, at(1));
    assert_eq!(
        a.flash.as_deref(),
        Some("문제가 3개 있어서 저장하지 않았어요. e를 누르면 다시 수정해요.")
    );
    let s = screen_text(&mut a, 80, 40, at(1));
    for want in [
        "수정한 내용에 문제가 3개 있어서 저장하지 않았어요. 아래는 기존 내 경험이에요.",
        "│  story.yaml:6:11: projects[0].team: `team`에는 본인을 포함한 인원 수를 1     │",
        "│  이상의 정수로 적어 주세요 (`넷`은 안 돼요)                                  │",
        "│  story.yaml:15:5: projects[1]: `name` 키가 없어요: 프로젝트마다 `가격 크롤러 │",
        "│  story.yaml:15:9: projects[1].id: 프로젝트 id `crawler`가 겹쳐요 (2번째 줄에 │",
        "e를 누르면 다시 수정할 수 있어요. 작성한 내용은",
    ] {
        assert!(s.contains(want), "{want}\n{s}");
    }
    // The old story is still what is shown, and kept.
    assert!(s.contains("┌ 내 경험 · 프로젝트 2개, 사실 8개 ─"), "{s}");
    insta::assert_snapshot!("story_invalid_ko", draw(&mut a, 80, 24, at(1)).backend());
}

/// On the answer screen of the experience question, with `typed` typed.
fn answering(typed: &str) -> App {
    let mut a = plain(common::app_in_memory(
        library(&[("ko.yaml", EXPERIENCE_KO)]),
        NOW,
    ));
    a.store.set_story_yaml(STORY_KO, NOW).unwrap();
    a.load_story();
    a.start_practice(&Filter::default(), 1, NOW);
    assert!(matches!(a.screen, Screen::Answer(_)), "the answer screen");
    type_str(&mut a, typed, at(3));
    a
}

#[test]
fn the_story_panel_beside_an_answer() {
    let _ko = i18n::scoped(Lang::Ko);
    let mut a = answering("제가 EC2를 8대로 나눠서");
    // Below 90 columns it waits to be asked for.
    assert!(!screen_text(&mut a, 80, 24, at(4)).contains("┌ 내 경험 ─"));
    ctrl(&mut a, 't', at(5));
    let s = screen_text(&mut a, 80, 24, at(6));
    assert!(s.contains("┌ 내 경험 ─"), "{s}");
    assert!(s.contains("│· 팀원마다 최소 권한의  │"), "{s}");
    insta::assert_snapshot!("story_panel_ko", draw(&mut a, 80, 24, at(6)).backend());
    // On fewer rows the facts that do not fit are counted.
    let s = screen_text(&mut a, 80, 12, at(6));
    assert!(s.contains("│… 외 2개"), "{s}");

    // Too narrow for it: Ctrl+T says how wide it must be.
    let mut a = answering("");
    screen_text(&mut a, 50, 20, at(4));
    ctrl(&mut a, 't', at(5));
    assert_eq!(
        a.flash.as_deref(),
        Some("내 경험 패널은 터미널 너비 60칸부터 보여요.")
    );
    insta::assert_snapshot!(
        "story_panel_too_narrow_ko",
        draw(&mut a, 50, 20, at(5)).backend()
    );
}

#[test]
fn a_question_the_story_has_nothing_for_has_no_panel() {
    let _ko = i18n::scoped(Lang::Ko);
    let mut a = plain(common::app_in_memory(
        library(&[("ko.yaml", TECHNICAL_KO)]),
        NOW,
    ));
    a.store.set_story_yaml(STORY_KO, NOW).unwrap();
    a.load_story();
    a.start_practice(&Filter::default(), 1, NOW);
    // Nothing of the story names TCP: no panel, and Ctrl+T is not offered.
    ctrl(&mut a, 't', at(1));
    let s = screen_text(&mut a, 120, 30, at(2));
    assert!(s.contains("TCP와 UDP의 차이를 설명해 주세요."), "{s}");
    assert!(!s.contains("내 경험") && !s.contains("Ctrl+T"), "{s}");
    assert_eq!(a.flash, None);
}

#[test]
fn counts_agree_in_english_and_count_in_korean() {
    let one = "projects:\n  - id: shop\n    name: 쇼핑몰\n    did: [결제 API를 만듦]\n";
    let story = story::parse(story::FILE, one.as_bytes()).unwrap();
    assert_eq!(story.facts().count(), 1);
    let saved = |a: &mut App, yaml: &str| {
        a.story_edited(yaml, at(1));
        a.flash.clone().unwrap_or_default()
    };
    let mut a = my_story("");
    assert_eq!(saved(&mut a, one), "Saved your story: 1 project, 1 fact.");
    let two = STORY_KO;
    assert_eq!(saved(&mut a, two), "Saved your story: 2 projects, 8 facts.");
    let none = "projects:\n  - id: shop\n    name: 쇼핑몰\n";
    assert_eq!(saved(&mut a, none), "Saved your story: 1 project, 0 facts.");
    let _ko = i18n::scoped(Lang::Ko);
    assert_eq!(
        saved(&mut a, one),
        "내 경험을 저장했어요: 프로젝트 1개, 사실 1개."
    );
    assert_eq!(
        saved(&mut a, two),
        "내 경험을 저장했어요: 프로젝트 2개, 사실 8개."
    );
}

/// The one error of `yaml`, as shown.
fn error_of(yaml: &str) -> String {
    let errors = story::parse(story::FILE, yaml.as_bytes()).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    errors[0].to_string()
}

#[test]
fn particles_follow_the_word_before_them() {
    let team = |v: &str| format!("projects:\n  - id: a\n    name: A\n    team: {v}\n");
    let twice =
        |id: &str| format!("projects:\n  - id: {id}\n    name: A\n  - id: {id}\n    name: B\n");
    let slug = |id: &str| format!("projects:\n  - id: {id}\n    name: A\n");
    let en = (error_of(&team("four")), error_of(&twice("crawler")));
    assert!(en.0.ends_with("you included), not `four`"), "{}", en.0);
    assert!(
        en.1.contains("duplicate project id `crawler` (first at line 2)"),
        "{}",
        en.1
    );

    let _ko = i18n::scoped(Lang::Ko);
    // 은/는: 넷 ends in a consonant, four (포) in a vowel.
    assert!(error_of(&team("넷")).ends_with("(`넷`은 안 돼요)"));
    assert!(error_of(&team("four")).ends_with("(`four`는 안 돼요)"));
    // 이/가: team (팀) ends in a consonant, crawler (크롤러) in a vowel.
    assert!(error_of(&twice("team")).contains("`team`이 겹쳐요 (2번째 줄에 먼저 있어요)"));
    assert!(error_of(&twice("crawler")).contains("`crawler`가 겹쳐요"));
    let e = error_of(&slug("Crawler!"));
    assert!(e.contains("프로젝트 id `Crawler!`는 slug여야 해요"), "{e}");
    assert!(!e.contains("(는)") && !e.contains("(은)"), "{e}");

    // The editor by its name: vim (빔) takes 을, nano (나노) 를.
    let missing = |name: &str| {
        rehearse::external_editor::Editor::parse(name)
            .edit(std::path::Path::new("/nonexistent/story.yaml"))
            .unwrap_err()
            .to_string()
    };
    let vim = missing("/nonexistent/bin/vim");
    assert!(
        vim.starts_with("편집기 `/nonexistent/bin/vim`을 실행할 수 없어요 ("),
        "{vim}"
    );
    let nano = missing("/nonexistent/bin/nano");
    assert!(
        nano.starts_with("편집기 `/nonexistent/bin/nano`를 실행할 수 없어요 ("),
        "{nano}"
    );
    assert!(
        nano.ends_with("). $VISUAL이나 $EDITOR에 설치된 편집기를 지정해 주세요"),
        "{nano}"
    );
}

#[test]
fn borders_stay_whole_from_40x12_up() {
    let _ko = i18n::scoped(Lang::Ko);
    let widths: Vec<u16> = (40..=50).chain([57, 64, 71, 79, 80, 81, 99, 120]).collect();
    let heights = [12, 13, 17, 24];
    let mut a = my_story("");
    assert_borders_whole(&mut a, &widths, &heights, NOW, "My story, empty");
    let mut a = my_story(STORY_KO);
    assert_borders_whole(&mut a, &widths, &heights, NOW, "My story");
    for _ in 0..3 {
        key(&mut a, KeyCode::Right, NOW);
    }
    assert_borders_whole(&mut a, &widths, &heights, NOW, "My story, scrolled");
    let bad = STORY_KO.replace(
        "    team: 4\n",
        "    team: 넷넷넷넷넷넷넷넷넷넷넷넷넷넷넷넷넷넷넷넷\n",
    );
    a.story_edited(&bad, at(1));
    assert_borders_whole(&mut a, &widths, &heights, at(1), "My story, not saved");

    let mut a = answering("제가 EC2를 8대로 나눠서 6시간 걸리던 수집을 1.5시간으로 줄였습니다");
    ctrl(&mut a, 't', at(4));
    let panel: Vec<u16> = (60..=64).chain([71, 79, 80, 89, 90, 91, 120]).collect();
    assert_borders_whole(&mut a, &panel, &heights, at(5), "the story panel");
    assert!(screen_text(&mut a, 61, 12, at(5)).contains("┌ 내 경험 ─"));

    // The title is cut by width, never split inside a syllable.
    let mut a = my_story(STORY_KO);
    let s = screen_text(&mut a, 40, 12, NOW);
    let top = s.lines().next().unwrap();
    assert!(
        top.starts_with("┌ 내 경험 · 프로젝트 2개, 사실 8개"),
        "{top}"
    );
    assert!(top.ends_with('┐'), "{top}");
    // A project's stack wraps under its first item, not at the left edge.
    assert!(
        s.contains("│  기술 스택: AWS EC2, Redshift, IAM,  │\n│             Python "),
        "{s}"
    );
}

#[test]
fn story_show_and_edit_speak_korean_with_lang_ko() {
    let d = tempfile::tempdir().unwrap();
    rehearse_ko(d.path())
        .args(["story", "show"])
        .assert()
        .success()
        .stdout("아직 내 경험이 없어요. `rehearse story edit`로 작성하세요. 설명이 달린 템플릿이 편집기($VISUAL 또는 $EDITOR)에서 열려요\n");
    // The JSON stays what scripts read.
    rehearse_ko(d.path())
        .args(["story", "show", "--json"])
        .assert()
        .success()
        .stdout("{\n  \"projects\": []\n}\n");

    rehearse_ko(d.path())
        .env("EDITOR", common::editor_writing(d.path(), STORY_KO))
        .args(["story", "edit"])
        .assert()
        .success()
        .stdout("내 경험을 저장했어요: 프로젝트 2개, 사실 8개\n");
    assert_eq!(
        std::fs::read_to_string(d.path().join("seen.yaml")).unwrap(),
        story::TEMPLATE_KO,
        "the Korean interface opens the Korean template"
    );

    let out = rehearse_ko(d.path())
        .args(["story", "show"])
        .output()
        .unwrap();
    let shown = String::from_utf8(out.stdout).unwrap();
    assert!(
        shown.starts_with("내 경험: 프로젝트 2개, 사실 8개 ("),
        "{shown}"
    );
    // The values line up one cell after the widest label, 기술 스택 (9 cells).
    assert!(
        shown.contains(
            "\ncrawler — 중고 거래 가격 크롤러 (캡스톤)\n  기간       2024-03..2024-06\n  역할       백엔드 / 인프라\n  팀         4명\n  기술 스택  AWS EC2, Redshift, IAM, Python\n  태그       cost, scaling\n  한 일      - 크롤러를"
        ),
        "{shown}"
    );
    assert!(
        shown.contains("\n  배운 점    다음에는 IAM 역할과"),
        "{shown}"
    );
    assert!(
        shown.contains("\n아직 어느 프로젝트에도 없는 역량 (하나씩 이야기를 준비해 두세요):\n  - 갈등: 팀원과 의견이 달랐던 일 — "),
        "{shown}"
    );

    // An edit that does not validate: every error, then one sentence.
    let bad = STORY_KO.replace("    team: 4\n", "    team: 네 명\n");
    let out = rehearse_ko(d.path())
        .env("EDITOR", common::editor_writing(d.path(), &bad))
        .args(["story", "edit"])
        .output()
        .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(
        lines[..2],
        [
            "story.yaml:6:11: projects[0].team: `team`에는 본인을 포함한 인원 수를 1 이상의 정수로 적어 주세요 (`네 명`은 안 돼요)",
            "rehearse: story.yaml에 오류가 1개 있어요. 내 경험은 바뀌지 않았어요",
        ],
        "{stderr}"
    );
    let kept = lines[2]
        .strip_prefix("rehearse: 수정한 내용은 ")
        .and_then(|l| l.strip_suffix("에 남아 있어요"))
        .unwrap_or_else(|| panic!("{stderr}"));
    assert_eq!(std::fs::read_to_string(kept).unwrap(), bad);
    let _ = std::fs::remove_dir_all(std::path::Path::new(kept).parent().unwrap());

    // An editor that fails is named, with the story left as it was.
    rehearse_ko(d.path())
        .env("EDITOR", "false")
        .args(["story", "edit"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains(
            "편집기 `false`가 오류로 끝났어요 (exit status: 1). 내 경험은 바뀌지 않았어요\n",
        ));
}
