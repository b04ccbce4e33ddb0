//! Your story in the app, driven by keys: the answer screen's side panel
//! (its defaults in practice and in a mock, Ctrl+T, narrow terminals), the
//! feedback's "Your story", and the My story screen with its edits; with
//! snapshots in English and Korean at 80x24 (the panel also at 120x30).

mod common;

use common::banks::{KO_EXPERIENCE as EXPERIENCE_KO, MOCK_EN};
use common::tui::{NOW, ctrl, draw, key, library, plain, screen_text, type_str};
use crossterm::event::KeyCode;
use rehearse::model::{Instant, Round, Span};
use rehearse::session::Filter;
use rehearse::settings::MockChoices;
use rehearse::tui::app::{App, Screen};

fn at(s: i64) -> Instant {
    NOW + Span::from_secs(s)
}

/// The AWS story of PRODUCT.md ("Your story").
const STORY_EN: &str = "\
projects:
  - id: crawler
    name: Used-goods price crawler (capstone)
    when: 2024-03..2024-06
    role: backend / infra
    team: 4
    stack: [AWS EC2, Redshift, IAM, Python, Airflow]
    tags: [cost, scaling]
    did:
      - split the crawler over 8 EC2 instances, 6 h → 1.5 h
      - set Redshift cost alarms; cut the monthly bill by 40%
      - created an IAM user per teammate with least privilege
    result: daily price table for 2M listings
    lesson: would use an IAM role and a launch template next time
";

/// The same story, written in Korean.
const STORY_KO: &str = "\
projects:
  - id: crawler
    name: 중고 거래 가격 크롤러 (캡스톤)
    when: 2024-03..2024-06
    role: 백엔드 / 인프라
    team: 4
    stack: [AWS EC2, Redshift, IAM, Python]
    did:
      - 크롤러를 EC2 8대로 나눠서 6시간을 1.5시간으로 단축
      - Redshift 비용 알람을 설정해 월 비용을 40% 절감
      - 팀원마다 최소 권한의 IAM 사용자를 만듦
    result: 매일 200만 건의 가격 테이블
    lesson: 다음에는 IAM 역할과 시작 템플릿을 쓰겠다
";

const EXPERIENCE_EN: &str = r#"
id: story-fixture-en
title: Project experience
role: project-experience
language: en
questions:
  - id: aws
    prompt: What exactly did you do on the AWS side of your last project?
    kind: experience
    time_limit: 2m
    key_points:
      - text: services you set up yourself
        match: [ec2, s3, rds]
      - text: how you configured them
        match: [iam, security group]
"#;

/// An app on a data folder of its own, with `story` saved, on `banks`.
fn app_with(dir: &std::path::Path, banks: &[(&str, &str)], story: &str) -> App {
    let mut a = plain(common::app_on(dir, library(banks), NOW));
    if !story.is_empty() {
        a.store.set_story_yaml(story, NOW).unwrap();
        a.load_story();
    }
    a
}

fn practice(a: &mut App) {
    a.start_practice(&Filter::default(), 1, NOW);
    assert!(matches!(a.screen, Screen::Answer(_)), "the answer screen");
}

/// On the answer screen of `bank`'s question with `story`, `typed` typed.
fn answering(dir: &std::path::Path, bank: (&str, &str), story: &str, typed: &str) -> App {
    let mut a = app_with(dir, &[bank], story);
    practice(&mut a);
    type_str(&mut a, typed, at(3));
    a
}

fn panel_shown(a: &mut App, w: u16, h: u16) -> bool {
    screen_text(a, w, h, at(5)).contains("Your story")
}

#[test]
fn the_panel_is_on_in_practice_off_in_a_mock_and_ctrl_t_toggles_it() {
    let d = tempfile::tempdir().unwrap();
    let mut a = app_with(d.path(), &[("en.yaml", EXPERIENCE_EN)], STORY_EN);
    practice(&mut a);
    // On by default for an experience question, on a wide screen.
    assert!(panel_shown(&mut a, 120, 30));
    let s = screen_text(&mut a, 120, 30, at(5));
    assert!(s.contains("created an IAM user"), "{s}");
    // The footer offers it, and the help lists it.
    assert!(s.contains("Ctrl+T your story"), "{s}");
    // Ctrl+T hides it; the key types nothing.
    ctrl(&mut a, 't', at(6));
    assert!(!panel_shown(&mut a, 120, 30));
    if let Screen::Answer(s) = &a.screen {
        assert_eq!(s.editor.text(), "");
    }
    ctrl(&mut a, 't', at(7));
    assert!(panel_shown(&mut a, 120, 30));
    // Typing goes on beside it.
    type_str(&mut a, "I split the crawler", at(8));
    assert!(panel_shown(&mut a, 120, 30));

    // Below 90 columns it hides unless asked for.
    let d = tempfile::tempdir().unwrap();
    let mut a = app_with(d.path(), &[("en.yaml", EXPERIENCE_EN)], STORY_EN);
    practice(&mut a);
    assert!(!panel_shown(&mut a, 80, 24));
    ctrl(&mut a, 't', at(6));
    assert!(panel_shown(&mut a, 80, 24));
    ctrl(&mut a, 't', at(7));
    assert!(!panel_shown(&mut a, 80, 24));
    // Below 60 it never fits: Ctrl+T says so.
    assert!(!panel_shown(&mut a, 50, 20));
    ctrl(&mut a, 't', at(8));
    assert!(!panel_shown(&mut a, 50, 20));
    assert!(
        a.flash.as_deref().unwrap_or("").contains("60 columns"),
        "{:?}",
        a.flash
    );

    // In a mock it starts hidden, on any screen; Ctrl+T still shows it.
    let d = tempfile::tempdir().unwrap();
    let mut a = app_with(d.path(), MOCK_EN, STORY_EN);
    a.start_mock(
        MockChoices {
            role: "backend".into(),
            language: "en".into(),
            round: Round::Technical,
            minutes: 5,
        },
        NOW,
    );
    assert!(screen_text(&mut a, 120, 30, at(5)).contains("Please introduce yourself."));
    assert!(!panel_shown(&mut a, 120, 30));
    ctrl(&mut a, 't', at(6));
    assert!(panel_shown(&mut a, 120, 30));
    // The next question, technical: nothing of the story names a cache.
    type_str(&mut a, "I am a backend developer.", at(7));
    ctrl(&mut a, 's', at(8));
    let s = screen_text(&mut a, 120, 30, at(9));
    assert!(
        s.contains("slow product page") && !s.contains("Ctrl+T"),
        "{s}"
    );

    // No story, no panel and no key for it.
    let d = tempfile::tempdir().unwrap();
    let mut a = app_with(d.path(), &[("en.yaml", EXPERIENCE_EN)], "");
    practice(&mut a);
    let s = screen_text(&mut a, 120, 30, at(5));
    assert!(!s.contains("Your story") && !s.contains("Ctrl+T"), "{s}");
}

#[test]
fn panel_snapshots_english_and_korean() {
    let d = tempfile::tempdir().unwrap();
    let typed = "On the AWS side I split the crawler over 8 EC2 instances.";
    let mut a = answering(d.path(), ("en.yaml", EXPERIENCE_EN), STORY_EN, typed);
    insta::assert_snapshot!(
        "story_panel_en_120",
        draw(&mut a, 120, 30, at(20)).backend()
    );
    // Hidden, at 80 columns: the line under the editor says it is there.
    ctrl(&mut a, 't', at(21));
    insta::assert_snapshot!(
        "story_panel_en_80_hidden",
        draw(&mut a, 80, 24, at(22)).backend()
    );
    // Asked for at 80 columns: it fits beside the editor.
    ctrl(&mut a, 't', at(23));
    insta::assert_snapshot!("story_panel_en_80", draw(&mut a, 80, 24, at(24)).backend());

    let d = tempfile::tempdir().unwrap();
    let typed = "제가 EC2를 8대로 나눠서";
    let mut a = answering(d.path(), ("ko.yaml", EXPERIENCE_KO), STORY_KO, typed);
    let mut t = draw(&mut a, 120, 30, at(20));
    insta::assert_snapshot!("story_panel_ko_120", t.backend());
    // The cursor stays in the editor, not in the panel: after "제가 EC2를
    // 8대로 나눠서" (2·2 + 1 + 5 + 1 + 5 + 1 + 6 = 23 cells).
    let buf = t.backend().buffer().clone();
    let row = (0..30u16)
        .find(|&y| (0..120u16).any(|x| buf[(x, y)].symbol() == "제"))
        .expect("the answer is drawn");
    t.backend_mut()
        .assert_cursor_position(ratatui::layout::Position::new(1 + 23, row));
    ctrl(&mut a, 't', at(21));
    ctrl(&mut a, 't', at(22));
    insta::assert_snapshot!("story_panel_ko_80", draw(&mut a, 80, 24, at(23)).backend());
}

#[test]
fn the_feedback_says_which_facts_were_used_and_which_left_out() {
    let d = tempfile::tempdir().unwrap();
    let typed = "I split the crawler over 8 EC2 instances, so a run took 1.5 h instead of 6 h.\nI also set Redshift cost alarms.";
    let mut a = answering(d.path(), ("en.yaml", EXPERIENCE_EN), STORY_EN, typed);
    ctrl(&mut a, 's', at(60));
    let Screen::Feedback(f) = &a.screen else {
        panic!("the feedback");
    };
    let row = |start: &str| {
        f.story
            .iter()
            .find(|r| r.text.starts_with(start))
            .unwrap_or_else(|| panic!("{start} in {:?}", f.story))
    };
    assert!(row("split").used);
    assert!(row("set Redshift").partly);
    assert_eq!(row("set Redshift").missing_numbers, ["40%"]);
    assert!(!row("created an IAM").used && !row("created an IAM").partly);
    insta::assert_snapshot!("story_feedback_en", draw(&mut a, 80, 24, at(61)).backend());
    // Without colour the used fact is bracketed in the answer, like a key point.
    let s = screen_text(&mut a, 80, 60, at(61));
    assert!(s.contains("I «split» the «crawler»"), "{s}");

    let d = tempfile::tempdir().unwrap();
    let typed = "제가 크롤러가 느려서 EC2를 8대로 나눠서 6시간 걸리던 수집을 1.5시간으로 단축했습니다. Redshift에는 비용 알람을 걸었습니다.";
    let mut a = answering(d.path(), ("ko.yaml", EXPERIENCE_KO), STORY_KO, typed);
    ctrl(&mut a, 's', at(60));
    insta::assert_snapshot!("story_feedback_ko", draw(&mut a, 80, 24, at(61)).backend());
    let Screen::Feedback(f) = &a.screen else {
        panic!("the feedback");
    };
    assert!(f.story[0].used, "{:?}", f.story);
    assert_eq!(f.story[1].missing_numbers, ["40%"]);

    // A technical question has no "Your story".
    let d = tempfile::tempdir().unwrap();
    let typed = "Same effect; I set Redshift cost alarms.";
    let mut a = answering(
        d.path(),
        ("b.yaml", common::banks::EN_BACKEND),
        STORY_EN,
        typed,
    );
    ctrl(&mut a, 's', at(60));
    let s = screen_text(&mut a, 80, 40, at(61));
    assert!(!s.contains("Your story"), "{s}");
}

/// Home → My story.
fn open_story(a: &mut App) {
    for _ in 0..4 {
        key(a, KeyCode::Down, NOW);
    }
    key(a, KeyCode::Enter, NOW);
    assert!(matches!(a.screen, Screen::Story(_)), "My story");
}

#[test]
fn my_story_snapshots_name_the_edit_file() {
    // A data folder of a fixed name, so the path in the text is the same
    // on every machine (nothing is written there).
    let mut a = plain(common::app_in_memory(
        library(&[("en.yaml", EXPERIENCE_EN)]),
        NOW,
    ));
    a.paths.data_dir = "/home/you/.local/share/rehearse".into();
    open_story(&mut a);
    insta::assert_snapshot!("story_empty", draw(&mut a, 80, 24, NOW).backend());
    let bad = STORY_KO.replace("    name: 중고", "    nam: 중고");
    a.story_edited(&bad, at(1));
    insta::assert_snapshot!("story_invalid", draw(&mut a, 80, 24, at(1)).backend());
}

#[test]
fn my_story_shows_the_projects_and_an_edit_is_saved_only_when_valid() {
    let d = tempfile::tempdir().unwrap();
    let mut a = app_with(d.path(), &[("en.yaml", EXPERIENCE_EN)], "");
    open_story(&mut a);
    assert!(screen_text(&mut a, 80, 24, NOW).contains("You have not written your story yet."));
    // `e` asks for $EDITOR; the edit starts from the template.
    ch(&mut a, 'e');
    assert!(a.wants_external_editor);
    a.wants_external_editor = false;
    let template = a.story_text_to_edit().unwrap().unwrap();
    assert!(template.contains("projects:"), "{template}");
    // The template back as it was: nothing saved, and it says why.
    a.story_edited(&template, at(1));
    assert_eq!(a.store.story_yaml().unwrap(), None);
    assert!(
        a.flash
            .as_deref()
            .unwrap_or("")
            .starts_with("The template came back unchanged"),
        "{:?}",
        a.flash
    );

    // An invalid edit: its problems at file:line:col, nothing saved, the
    // text kept for the next `e`.
    let bad = STORY_EN.replace("id: crawler", "id: Crawler!");
    let file = a.story_edit_file();
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(&file, &bad).unwrap();
    a.story_edited(&bad, at(1));
    assert!(a.story.is_empty());
    assert_eq!(a.store.story_yaml().unwrap(), None);
    let s = screen_text(&mut a, 80, 24, at(1));
    assert!(s.contains("Your edit was not saved: 1 problem"), "{s}");
    assert!(s.contains("story.yaml:2:9:"), "{s}");
    assert_eq!(
        a.story_text_to_edit(),
        Ok(None),
        "the next e opens your text"
    );
    assert_eq!(std::fs::read_to_string(a.story_edit_file()).unwrap(), bad);

    // Fixed: saved, shown, the edit file gone.
    a.story_edited(STORY_EN, at(2));
    assert_eq!(
        a.store.story_yaml().unwrap().map(|(y, _)| y).as_deref(),
        Some(STORY_EN)
    );
    assert_eq!(a.story.projects.len(), 1);
    assert!(!a.story_edit_file().exists());
    assert_eq!(
        a.flash.as_deref(),
        Some("Saved your story: 1 project, 4 facts.")
    );
    insta::assert_snapshot!("story_en", draw(&mut a, 80, 24, at(2)).backend());
    // The next edit starts from the story as saved; back as it was, it
    // is left alone.
    assert_eq!(a.story_text_to_edit(), Ok(Some(STORY_EN.to_string())));
    a.story_edited(STORY_EN, at(3));
    assert_eq!(a.flash.as_deref(), Some("Your story is unchanged."));
    assert_eq!(a.store.story_yaml().unwrap().map(|(_, t)| t), Some(at(2)));
    // Esc goes home, where it is listed.
    key(&mut a, KeyCode::Esc, at(3));
    assert!(screen_text(&mut a, 80, 24, at(3)).contains("My story"));

    let d = tempfile::tempdir().unwrap();
    let mut a = app_with(d.path(), &[("ko.yaml", EXPERIENCE_KO)], STORY_KO);
    a.begin(rehearse::tui::Start::Story, NOW);
    assert!(
        matches!(a.screen, Screen::Story(_)),
        "rehearse story opens it"
    );
    insta::assert_snapshot!("story_ko", draw(&mut a, 80, 24, NOW).backend());
}

fn ch(a: &mut App, c: char) {
    common::tui::ch(a, c, NOW);
}
