//! The Korean interface: layout. Every screen and popup of the app, with
//! Korean bank content, answers and story, drawn at widths 40 to 140 and
//! heights 12 to 50: every border whole, no wide character split by a
//! border or the screen edge (`common::tui::border_faults`). The word diff
//! in its NO_COLOR form and in colour.
//!
//! The labels are whatever the catalogues say (`i18n::scoped(Lang::Ko)`):
//! nothing here reads them, so the test holds as they are translated.

use crossterm::event::KeyCode;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use rehearse::i18n::{self, Lang};
use rehearse::model::{Instant, Round, Span};
use rehearse::session::Filter;
use rehearse::settings::MockChoices;
use rehearse::store::Store;
use rehearse::tui::app::{App, Confirm, Overlay, Screen};
use rehearse::tui::theme::Theme;
use unicode_width::UnicodeWidthStr;

use crate::common::tui::{
    NOW, border_faults, ctrl, draw, key, library, plain, shown_text, type_str,
};

/// The widths drawn: every one from 40 to 50 (a wide character lands on
/// the last cell at every other one), then every 7th to 140.
fn widths() -> Vec<u16> {
    (40..=50).chain((57..140).step_by(7)).chain([140]).collect()
}

const HEIGHTS: [u16; 6] = [12, 13, 17, 24, 33, 50];

/// The sizes one state is drawn at: a quarter of widths x heights, every
/// width at one or two heights and every height at six widths or more;
/// which quarter turns with `salt`, so that the states of a journey
/// together cover every size. (A frame costs a few milliseconds in a debug
/// build: every size for every state would take minutes.)
fn sizes(salt: usize) -> Vec<(u16, u16)> {
    let mut out = Vec::new();
    for (i, w) in widths().into_iter().enumerate() {
        for (j, h) in HEIGHTS.into_iter().enumerate() {
            if (i + j + salt).is_multiple_of(4) {
                out.push((w, h));
            }
        }
    }
    out
}

fn at(s: i64) -> Instant {
    NOW + Span::from_secs(s)
}

/// A backend bank with long Korean prompts, key points, follow-ups and
/// notes, and Korean tags.
const BANK: &str = r#"
id: layout-ko
title: 백엔드 면접 질문 모음 (레이아웃 검사용으로 일부러 길게 지은 제목)
role: backend
language: ko
questions:
  - id: stock
    prompt: 주문이 한꺼번에 몰릴 때 재고가 음수로 내려가지 않도록 하려면 데이터베이스와 애플리케이션에서 각각 무엇을 하시겠어요? 동시성 제어 방식과 그 비용까지 설명해 주세요.
    level: mid
    tags: [동시성, 데이터베이스, 트랜잭션]
    time_limit: 2m
    key_points:
      - text: DB 유니크 제약이나 조건부 UPDATE로 음수 재고를 원천적으로 막기
        match: [유니크, 조건부, 제약]
      - text: 비관적 락(SELECT FOR UPDATE)과 낙관적 락(버전 컬럼)의 차이와 비용
        match: [비관적, 낙관적, 락]
      - text: 트래픽이 몰리면 레디스 분산 락이나 대기열로 요청을 줄 세우기
        match: [레디스, 분산 락, 대기열]
    follow_ups:
      - 낙관적 락에서 충돌이 잦아지면 재시도는 어떻게 설계하시겠어요? 사용자에게는 무엇을 보여 주나요?
      - ask: 레디스 분산 락이 풀리기 전에 서버가 죽으면 어떻게 되나요?
        if_mentions: [레디스, redis]
    notes: 조건부 UPDATE(UPDATE ... SET stock = stock - 1 WHERE stock > 0)가 가장 단순하고, 락은 경합이 심할 때만 꺼내세요.
"#;

/// A question about you, for the story panel.
const EXPERIENCE: &str = r#"
id: layout-exp-ko
title: 프로젝트 경험 (레이아웃)
role: project-experience
language: ko
questions:
  - id: crawler
    prompt: 크롤러를 여러 서버로 나눈 경험에서 본인이 직접 한 일을 숫자와 함께 구체적으로 말씀해 주세요.
    kind: experience
    time_limit: 90
    tags: [경험, 인프라]
    key_points:
      - text: 나눈 방법과 서버 수
        match: [EC2, 분산, 8대]
      - text: 줄어든 시간이나 비용
        match: [시간, 비용, 절감]
"#;

/// A Korean 1차 기술면접: introduction, the backend bank, closing.
const MOCK_INTRO: &str = r#"
id: layout-intro-ko
role: intro
language: ko
questions:
  - id: intro
    prompt: 1분 동안 자기소개를 해 주세요. 지원한 직무와 연결되는 경험을 중심으로 말씀해 주시면 좋습니다.
    kind: intro
    tags: [자기소개]
"#;

const MOCK_CLOSE: &str = r#"
id: layout-close-ko
role: closing
language: ko
questions:
  - id: last
    prompt: 마지막으로 저희 팀이나 회사에 궁금한 점이나 꼭 하고 싶은 말씀이 있으신가요?
    kind: closing
    time_limit: 60
    tags: [역질문]
"#;

const STORY: &str = "\
projects:
  - id: crawler
    name: 중고 거래 가격 크롤러 (캡스톤 디자인, 네 명이 한 학기 동안)
    when: 2024-03..2024-06
    role: 백엔드 / 인프라
    team: 4
    stack: [AWS EC2, Redshift, IAM, Python, Airflow]
    did:
      - 크롤러를 EC2 8대로 나눠서 6시간 걸리던 수집을 1.5시간으로 단축
      - Redshift 비용 알람을 설정해 월 비용을 40% 절감
      - 팀원마다 최소 권한의 IAM 사용자를 만들어 키 유출 위험을 줄임
    result: 매일 200만 건의 가격 테이블
    lesson: 다음에는 IAM 역할과 시작 템플릿을 쓰겠다
";

const ANSWER: &str = "재고 차감은 DB에 유니크 제약을 걸었고, 트래픽이 몰리면 레디스 분산 락을 씁니다. \
제가 직접 주문 API의 p95를 900ms에서 120ms로 줄였습니다. 결과는 좋았습니다.\n\
비관적 락은 경합이 심할 때만 쓰고, 평소에는 조건부 UPDATE로 충분하다고 판단했습니다.";

const ANSWER_AGAIN: &str = "재고 차감은 DB 유니크 제약으로 막고, 트래픽이 몰리면 레디스 분산 락을 씁니다. \
제가 직접 주문 API의 p95를 900ms에서 120ms로 줄였고 결과와 지표가 좋았습니다.\n\
낙관적 락은 버전 컬럼으로 충돌을 찾고, 비관적 락은 경합이 심할 때만 씁니다.";

const EXPERIENCE_ANSWER: &str = "제가 직접 크롤러를 EC2 8대로 나눠서 수집 시간을 6시간에서 1.5시간으로 줄였습니다. \
Redshift 비용 알람도 설정해 월 비용을 40% 절감했습니다.";

/// An app over a store in memory on `banks`, your story saved, the role
/// you apply for chosen (so no first-run question stands over the screens).
fn korean_app(banks: &[(&str, &str)]) -> App {
    let mut a = plain(crate::common::app_in_memory(library(banks), NOW));
    a.store.set_story_yaml(STORY, NOW).unwrap();
    a.load_story();
    a.settings.target_role = Some("backend".into());
    a.settings.target_role_asked = true;
    a.refresh_home(NOW);
    a
}

/// A walk through the app in the Korean interface that checks every state
/// it reaches; [`Journey::finish`] fails with each state that had a broken
/// border (the first size it showed at), all of them at once.
struct Journey {
    faults: Vec<String>,
    _ko: i18n::Scoped,
}

impl Journey {
    fn new() -> Journey {
        Journey {
            faults: Vec::new(),
            _ko: i18n::scoped(Lang::Ko),
        }
    }

    /// Every border whole in the frame of `a` at its sizes; when no popup
    /// is up, also with the key help over it (at other sizes).
    fn check(&mut self, a: &mut App, now: Instant, what: &str) {
        let salt: usize = what.bytes().map(usize::from).sum();
        self.check_sizes(a, now, what, salt);
        if a.overlay.is_none() {
            a.overlay = Some(Overlay::Help {
                paused_timer: false,
            });
            self.check_sizes(a, now, &format!("{what}, help over it"), salt + 2);
            a.overlay = None;
        }
    }

    fn check_sizes(&mut self, a: &mut App, now: Instant, what: &str, salt: usize) {
        for (w, h) in sizes(salt) {
            let t = draw(a, w, h, now);
            if let Some(fault) = border_faults(t.backend().buffer()).first() {
                self.faults
                    .push(format!("{what} at {w}x{h}: {fault}\n{}", t.backend()));
                return;
            }
        }
    }

    /// Presses `code`, asserts the app is where `there` says, checks it.
    fn press(
        &mut self,
        a: &mut App,
        code: KeyCode,
        now: Instant,
        there: impl Fn(&App) -> bool,
        what: &str,
    ) {
        key(a, code, now);
        assert!(there(a), "{what}: the key did not lead there");
        self.check(a, now, what);
    }

    fn finish(self) {
        assert!(
            self.faults.is_empty(),
            "{} states with a broken border:\n\n{}",
            self.faults.len(),
            self.faults.join("\n")
        );
    }
}

fn overlay_is(want: fn(&Overlay) -> bool) -> impl Fn(&App) -> bool {
    move |a| a.overlay.as_ref().is_some_and(want)
}

fn screen_is(want: fn(&Screen) -> bool) -> impl Fn(&App) -> bool {
    move |a| want(&a.screen)
}

/// Opens the home screen's row `row` (0 is Practice).
fn home_row(a: &mut App, row: usize, now: Instant) {
    for _ in 0..row {
        key(a, KeyCode::Down, now);
    }
    key(a, KeyCode::Enter, now);
}

fn practice_one(a: &mut App, bank_id: &str, now: Instant) {
    a.start_practice(
        &Filter {
            banks: vec![bank_id.into()],
            ..Default::default()
        },
        1,
        now,
    );
    assert!(
        matches!(a.screen, Screen::Answer(_)),
        "practice opens the answer screen"
    );
}

const MOCK_BANKS: [(&str, &str); 3] = [
    ("layout-intro-ko.yaml", MOCK_INTRO),
    ("layout-ko.yaml", BANK),
    ("layout-close-ko.yaml", MOCK_CLOSE),
];

/// A five-minute Korean technical round for backend, started at `NOW`.
fn start_mock(a: &mut App) {
    a.start_mock(
        MockChoices {
            role: "backend".into(),
            language: "ko".into(),
            round: Round::Technical,
            minutes: 5,
        },
        NOW,
    );
}

#[test]
fn home_setup_and_the_first_run() {
    let mut j = Journey::new();
    let mut a = korean_app(&[("layout-ko.yaml", BANK)]);
    j.check(&mut a, NOW, "home");
    let role_popup = overlay_is(|o| matches!(o, Overlay::TargetRole(_)));
    j.press(&mut a, KeyCode::Char('r'), NOW, &role_popup, "role popup");
    let flash = |a: &App| a.flash.is_some();
    j.press(
        &mut a,
        KeyCode::Enter,
        NOW,
        flash,
        "home with a flash message",
    );
    let quit = overlay_is(|o| matches!(o, Overlay::Confirm(Confirm::Quit)));
    j.press(&mut a, KeyCode::Esc, NOW, quit, "quit question");
    key(&mut a, KeyCode::Char('n'), NOW);
    home_row(&mut a, 7, NOW);
    assert!(matches!(a.screen, Screen::Banks { .. }));
    j.check(&mut a, NOW, "banks");
    key(&mut a, KeyCode::Esc, NOW);
    // Practice setup, and its tag list filtered in Korean.
    a.open_setup(Filter::default(), 5);
    j.check(&mut a, NOW, "practice setup");
    for _ in 0..4 {
        key(&mut a, KeyCode::Down, NOW);
    }
    let tags = screen_is(|s| matches!(s, Screen::Setup(s) if s.tags.is_some()));
    j.press(&mut a, KeyCode::Enter, NOW, tags, "tag list");
    type_str(&mut a, "데이", NOW);
    j.check(&mut a, NOW, "tag list filtered");

    // A broken custom bank and a replaced bundled one, named on the home
    // screen and under Banks.
    let broken = "id: 깨진-질문-모음\nrole: backend\nlanguage: ko\nquestions:\n  - id: q\n    prompt: 재고는 어떻게 지키나요?\n    시간: 2분\n";
    a.lib.problems.push(
        rehearse::bank::parse_bank(
            "/home/사용자/.config/rehearse/banks/깨진-질문-모음.yaml",
            "깨진-질문-모음",
            broken.as_bytes(),
            rehearse::bank::Origin::Bundled("깨진-질문-모음.yaml".into()),
        )
        .expect_err("an unknown key is an error"),
    );
    a.lib.notices.push(
        "/home/사용자/.config/rehearse/banks/백엔드-기본.yaml replaces the bundled bank layout-ko"
            .into(),
    );
    key(&mut a, KeyCode::Esc, NOW); // the tag list
    let home = screen_is(|s| matches!(s, Screen::Home { .. }));
    j.press(&mut a, KeyCode::Esc, NOW, home, "home with bank problems");
    home_row(&mut a, 7, NOW);
    j.check(&mut a, NOW, "banks with problems");

    // The first run asks which role you apply for.
    let mut first = plain(crate::common::app_in_memory(
        library(&[("layout-ko.yaml", BANK)]),
        NOW,
    ));
    first.begin(rehearse::tui::Start::Home, NOW);
    assert!(role_popup(&first));
    j.check(&mut first, NOW, "first-run role question");
    // Nothing answered yet: Stats says so.
    first.overlay = None;
    first.open_stats(NOW);
    assert!(matches!(first.screen, Screen::Stats(_)));
    j.check(&mut first, NOW, "stats, nothing answered");
    j.finish();
}

#[test]
fn practice_answer_feedback_follow_up_and_summary() {
    let mut j = Journey::new();
    let mut a = korean_app(&[("layout-ko.yaml", BANK)]);
    practice_one(&mut a, "layout-ko", NOW);
    j.check(&mut a, at(1), "empty answer");
    type_str(&mut a, ANSWER, at(2));
    j.check(&mut a, at(30), "answer");
    j.check(&mut a, at(200), "answer in overtime");
    ctrl(&mut a, 'p', at(31));
    j.check(&mut a, at(40), "answer paused");
    ctrl(&mut a, 'p', at(41));
    let menu = overlay_is(|o| matches!(o, Overlay::Menu));
    j.press(&mut a, KeyCode::Esc, at(42), menu, "answer menu");
    let discard = overlay_is(|o| matches!(o, Overlay::Confirm(Confirm::DiscardAnswer)));
    j.press(
        &mut a,
        KeyCode::Char('d'),
        at(43),
        discard,
        "discard question",
    );
    key(&mut a, KeyCode::Char('n'), at(44));
    // Every yes/no question, over the answer, "not saved" with a long
    // Korean reason among them.
    if let Screen::Answer(s) = &mut a.screen {
        s.save_error = Some(
            "/home/사용자/.local/share/rehearse/rehearse.db에 쓸 수 없어요: 디스크 공간이 부족합니다 (os error 28)"
                .into(),
        );
    }
    for c in [
        Confirm::Quit,
        Confirm::DiscardRecovered,
        Confirm::SkipRating,
        Confirm::QuitUnrated,
        Confirm::DiscardAnswer,
        Confirm::EndSession,
        Confirm::QuitUnsaved,
        Confirm::PassQuestion,
        Confirm::EndInterview,
    ] {
        let what = format!("{c:?} over the answer");
        a.overlay = Some(Overlay::Confirm(c));
        j.check(&mut a, at(45), &what);
    }
    a.overlay = None;
    if let Screen::Answer(s) = &mut a.screen {
        s.save_error = None;
    }

    ctrl(&mut a, 's', at(100));
    assert!(matches!(a.screen, Screen::Feedback(_)));
    j.check(&mut a, at(101), "feedback");
    for _ in 0..6 {
        key(&mut a, KeyCode::Right, at(102));
    }
    j.check(&mut a, at(102), "feedback scrolled");
    let skip = overlay_is(|o| matches!(o, Overlay::Confirm(Confirm::SkipRating)));
    j.press(&mut a, KeyCode::Esc, at(103), skip, "skip-rating question");
    key(&mut a, KeyCode::Char('n'), at(104));
    // A follow-up next: its answer screen says what it follows.
    key(&mut a, KeyCode::Char('f'), at(105));
    j.check(&mut a, at(105), "feedback with a follow-up chosen");
    key(&mut a, KeyCode::Char('3'), at(106));
    assert!(
        matches!(&a.screen, Screen::Answer(s) if s.asked.parent.is_some()),
        "the follow-up is asked next"
    );
    type_str(
        &mut a,
        "버전 컬럼으로 충돌을 찾고 세 번까지 재시도한 뒤, 사용자에게는 재고가 바뀌었다고 알려 줍니다.",
        at(107),
    );
    j.check(&mut a, at(120), "follow-up answer");
    ctrl(&mut a, 's', at(150));
    let summary = screen_is(|s| matches!(s, Screen::Summary { .. }));
    j.press(&mut a, KeyCode::Char('2'), at(151), summary, "summary");
    j.finish();
}

#[test]
fn story_panel_and_the_story_screen() {
    let mut j = Journey::new();
    let mut a = korean_app(&[("layout-exp-ko.yaml", EXPERIENCE)]);
    practice_one(&mut a, "layout-exp-ko", NOW);
    type_str(&mut a, EXPERIENCE_ANSWER, at(1));
    j.check(&mut a, at(20), "answer beside the story panel");
    // Asked for: it shows below 90 columns too.
    ctrl(&mut a, 't', at(21));
    j.check(&mut a, at(21), "answer with the story panel toggled");
    ctrl(&mut a, 's', at(60));
    j.check(&mut a, at(61), "feedback on a question about you");
    key(&mut a, KeyCode::Char('4'), at(62));
    key(&mut a, KeyCode::Enter, at(63));
    a.open_story();
    assert!(matches!(a.screen, Screen::Story(_)));
    j.check(&mut a, at(64), "my story");
    // No story yet; then one that does not read.
    let mut empty = plain(crate::common::app_in_memory(
        library(&[("layout-exp-ko.yaml", EXPERIENCE)]),
        NOW,
    ));
    empty.open_story();
    j.check(&mut empty, NOW, "my story, empty");
    empty
        .store
        .set_story_yaml("projects:\n  - id: 크롤러\n    이름: 잘못된 키\n", NOW)
        .unwrap();
    empty.load_story();
    empty.open_story();
    j.check(&mut empty, NOW, "my story, invalid");
    j.finish();
}

/// The stock question answered twice: the first rated Again.
fn answered_twice(a: &mut App) {
    practice_one(a, "layout-ko", NOW);
    type_str(a, ANSWER, at(1));
    ctrl(a, 's', at(60));
    key(a, KeyCode::Char('1'), at(61));
    key(a, KeyCode::Enter, at(62));
    practice_one(a, "layout-ko", at(100));
    type_str(a, ANSWER_AGAIN, at(101));
    ctrl(a, 's', at(170));
}

#[test]
fn compare_review_recall_and_stats() {
    let mut j = Journey::new();
    let mut a = korean_app(&[("layout-ko.yaml", BANK)]);
    answered_twice(&mut a);
    j.check(&mut a, at(171), "feedback with an earlier version");
    let compare = screen_is(|s| matches!(s, Screen::Feedback(f) if f.compare));
    j.press(
        &mut a,
        KeyCode::Char('v'),
        at(172),
        compare,
        "feedback compare",
    );
    key(&mut a, KeyCode::Char('1'), at(173));
    key(&mut a, KeyCode::Enter, at(174));
    // The next day it is due: recall mode, hidden then shown.
    let later = NOW + Span::from_days(2);
    a.start_review(&[], true, later);
    assert!(matches!(a.screen, Screen::Recall(_)));
    j.check(&mut a, later, "recall");
    let revealed = screen_is(|s| matches!(s, Screen::Recall(r) if r.revealed));
    j.press(
        &mut a,
        KeyCode::Char(' '),
        later,
        revealed,
        "recall revealed",
    );
    let end = overlay_is(|o| matches!(o, Overlay::Confirm(Confirm::EndSession)));
    j.press(&mut a, KeyCode::Esc, later, end, "end-review question");
    key(&mut a, KeyCode::Char('n'), later);
    key(&mut a, KeyCode::Char('3'), later);
    a.open_stats(later);
    assert!(matches!(a.screen, Screen::Stats(_)));
    j.check(&mut a, later, "stats");
    j.finish();
}

#[test]
fn browse_list_detail_compare_notes_and_delete() {
    let mut j = Journey::new();
    let mut a = korean_app(&[("layout-ko.yaml", BANK)]);
    answered_twice(&mut a);
    key(&mut a, KeyCode::Char('3'), at(171));
    key(&mut a, KeyCode::Enter, at(172));
    a.open_browse();
    j.check(&mut a, at(173), "browse");
    key(&mut a, KeyCode::Char('/'), at(173));
    type_str(&mut a, "재고", at(173));
    j.check(&mut a, at(173), "browse, typing a filter");
    key(&mut a, KeyCode::Enter, at(173));
    let detail = screen_is(|s| matches!(s, Screen::Detail(_)));
    j.press(&mut a, KeyCode::Enter, at(174), detail, "browse detail");
    key(&mut a, KeyCode::Char(' '), at(175));
    let marked = screen_is(|s| matches!(s, Screen::Detail(d) if d.marked.is_some()));
    j.press(
        &mut a,
        KeyCode::Down,
        at(175),
        marked,
        "two versions compared",
    );
    let editing = screen_is(|s| matches!(s, Screen::Detail(d) if d.editing.is_some()));
    j.press(
        &mut a,
        KeyCode::Char('e'),
        at(176),
        editing,
        "talking points",
    );
    type_str(
        &mut a,
        "조건부 UPDATE로 음수 재고 차단\n주문 API p95 900ms → 120ms\n레디스 분산 락은 트래픽이 몰릴 때만",
        at(176),
    );
    j.check(&mut a, at(177), "talking points being edited");
    ctrl(&mut a, 's', at(178));
    j.check(&mut a, at(178), "browse detail with talking points");
    let delete = screen_is(|s| matches!(s, Screen::Detail(d) if d.confirm_delete));
    j.press(
        &mut a,
        KeyCode::Char('x'),
        at(179),
        delete,
        "delete question",
    );
    j.finish();
}

#[test]
fn mock_setup_answer_report_and_history() {
    let mut j = Journey::new();
    let mut a = korean_app(&MOCK_BANKS);
    home_row(&mut a, 2, NOW);
    assert!(matches!(a.screen, Screen::MockSetup(_)));
    j.check(&mut a, NOW, "mock setup");
    start_mock(&mut a);
    type_str(
        &mut a,
        "백엔드 개발자 지원자입니다. 주문 API를 만들면서 재고 동시성 문제를 직접 풀었습니다.",
        at(1),
    );
    j.check(&mut a, at(30), "mock answer");
    let menu = overlay_is(|o| matches!(o, Overlay::Menu));
    j.press(&mut a, KeyCode::Esc, at(31), menu, "mock menu");
    let pass = overlay_is(|o| matches!(o, Overlay::Confirm(Confirm::PassQuestion)));
    j.press(&mut a, KeyCode::Char('p'), at(32), pass, "pass question");
    key(&mut a, KeyCode::Char('n'), at(33));
    ctrl(&mut a, 's', at(50));
    // The technical question; the answer mentions 레디스, so its follow-up
    // comes next, saying why.
    type_str(&mut a, ANSWER, at(51));
    ctrl(&mut a, 's', at(150));
    j.check(&mut a, at(155), "mock follow-up");
    let mut t = 160;
    while matches!(a.screen, Screen::Answer(_)) && t < 1000 {
        type_str(&mut a, "네, 그렇게 하겠습니다.", at(t));
        ctrl(&mut a, 's', at(t + 20));
        t += 30;
    }
    assert!(matches!(a.screen, Screen::MockReport(_)), "the report");
    j.check(&mut a, at(t), "mock report");
    key(&mut a, KeyCode::Char(' '), at(t));
    j.check(&mut a, at(t), "mock report scrolled");
    key(&mut a, KeyCode::Esc, at(t + 1));
    home_row(&mut a, 3, at(t + 2));
    assert!(matches!(a.screen, Screen::MockHistory(_)));
    j.check(&mut a, at(t + 2), "past interviews");
    let report = screen_is(|s| matches!(s, Screen::MockReport(_)));
    j.press(&mut a, KeyCode::Enter, at(t + 3), report, "a past report");
    j.finish();
}

#[test]
fn the_recovery_prompt() {
    let mut j = Journey::new();
    let mut a = korean_app(&[("layout-ko.yaml", BANK)]);
    practice_one(&mut a, "layout-ko", NOW);
    type_str(&mut a, ANSWER, at(1));
    a.save_draft_now(at(2));
    let store = std::mem::replace(&mut a.store, Store::in_memory().unwrap());
    let mut b = plain(rehearse::tui::app::App::new(
        library(&[("layout-ko.yaml", BANK)]),
        store,
        a.paths.clone(),
        a.settings.clone(),
        rehearse::schedule::Scheduler::default_params(),
        at(3),
    ));
    let recover = overlay_is(|o| matches!(o, Overlay::Recover(_)));
    assert!(recover(&b));
    j.check(&mut b, at(3), "recovery prompt");
    let discard = overlay_is(|o| matches!(o, Overlay::Confirm(Confirm::DiscardRecovered)));
    j.press(&mut b, KeyCode::Delete, at(4), discard, "discard question");

    // A mock interview stopped at its second question, with a draft.
    let dir = tempfile::tempdir().unwrap();
    {
        let mut m = plain(crate::common::app_on(dir.path(), library(&MOCK_BANKS), NOW));
        start_mock(&mut m);
        type_str(&mut m, "백엔드 개발자 지원자입니다.", at(10));
        ctrl(&mut m, 's', at(40));
        type_str(&mut m, ANSWER, at(60));
        m.tick(at(62));
    }
    let mut m = plain(crate::common::app_on(
        dir.path(),
        library(&MOCK_BANKS),
        at(3_600),
    ));
    assert!(recover(&m));
    j.check(&mut m, at(3_600), "recovery prompt of a mock");
    j.finish();
}

#[test]
fn the_sizes_of_the_states_together_cover_every_size() {
    let all: std::collections::BTreeSet<(u16, u16)> = (0..4).flat_map(sizes).collect();
    assert_eq!(all.len(), widths().len() * HEIGHTS.len());
    for salt in 0..4 {
        let one = sizes(salt);
        assert!(widths().iter().all(|w| one.iter().any(|s| s.0 == *w)));
        assert!(HEIGHTS.iter().all(|h| one.iter().any(|s| s.1 == *h)));
    }
}

/// A frame as rows of text (a wide glyph followed by the blank its right
/// half covers, as ratatui keeps it).
fn buffer(rows: &[&str]) -> Buffer {
    let w = rows
        .iter()
        .map(|r| UnicodeWidthStr::width(*r))
        .max()
        .unwrap_or(0);
    let mut buf = Buffer::empty(Rect::new(0, 0, w as u16, rows.len() as u16));
    for (y, row) in rows.iter().enumerate() {
        buf.set_string(0, y as u16, row, Style::new());
    }
    buf
}

#[test]
fn border_faults_find_torn_sides_and_split_glyphs_and_pass_popups() {
    // Whole: a box, two side by side, a popup over both, a popup over a
    // popup over a box.
    for rows in [
        &["┌ 제목 ┐", "│ 한국 │", "└──────┘"][..],
        &["┌ 왼 ┐┌ 오 ┐", "│가  ││나  │", "└────┘└────┘"],
        &[
            "┌ 왼 ──┐┌ 오 ──┐",
            "│가 ┌ 창 ──┐   │",
            "│   │ 내용 │   │",
            "└───└──────┘───┘",
        ],
        &[
            "┌────────────┐",
            "│ ┌ 목록─┐   │",
            "│ │가┌ 도움 ┐│",
            "│ │  │ 키   ││",
            "│ └──│ 설명 ││",
            "│    └──────┘│",
            "└────────────┘",
        ],
    ] {
        assert_eq!(
            border_faults(&buffer(rows)),
            Vec::<String>::new(),
            "{rows:?}"
        );
    }
    // A right side torn by a glyph one cell too wide.
    let torn = buffer(&["┌ 제목 ┐", "│ 한국어", "└──────┘"]);
    assert!(!border_faults(&torn).is_empty());
    // A box cut to its top row.
    let cut = buffer(&["┌ 제목 ──┐", "Esc 뒤로  "]);
    assert!(!border_faults(&cut).is_empty());
    // A wide glyph whose right half is under a border drawn after it.
    let mut under = buffer(&["┌─────┐", "│가나 │", "└─────┘"]);
    under[(2, 1)].set_symbol("│");
    assert!(!border_faults(&under).is_empty());
    // A wide glyph on the last column, half past the edge.
    let mut edge = buffer(&["ab"]);
    edge[(1, 0)].set_symbol("가");
    assert!(!border_faults(&edge).is_empty());
}

/// A popup over Korean text whose glyph straddles the popup's left edge:
/// ratatui's `Clear` leaves the glyph, which a terminal draws over the
/// popup's border; the app's `format::clear` blanks it.
#[test]
fn a_popup_over_a_wide_glyph_keeps_its_border() {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::widgets::{Block, Borders, Paragraph};
    fn frame(ours: bool) -> Vec<String> {
        let mut t = Terminal::new(TestBackend::new(12, 4)).unwrap();
        t.draw(|f| {
            f.render_widget(Paragraph::new("가나다라마바\n가나다라마바"), f.area());
            let popup = Rect::new(3, 0, 6, 3);
            if ours {
                rehearse::tui::format::clear(f, popup);
            } else {
                f.render_widget(ratatui::widgets::Clear, popup);
            }
            f.render_widget(Block::default().borders(Borders::ALL), popup);
        })
        .unwrap();
        border_faults(t.backend().buffer())
    }
    assert!(!frame(false).is_empty());
    assert_eq!(frame(true), Vec::<String>::new());
}

/// The word diff of two Korean answers: without colour the changes are in
/// marks, each word with its particle; with colour, struck red and green.
#[test]
fn the_diff_reads_without_colour_and_is_coloured_with_it() {
    let parts = rehearse::feedback::word_diff(
        "DB에 유니크 제약을 걸었고 결과는 좋았다",
        "DB 유니크 제약으로 막았고 결과와 지표가 좋았다",
    );
    let text = |color: bool| -> (String, Vec<(String, Style)>) {
        let lines = rehearse::tui::format::diff_lines(&parts, &Theme { color });
        let spans = lines
            .iter()
            .flat_map(|l| l.spans.iter())
            .map(|s| (s.content.to_string(), s.style))
            .collect();
        (lines.iter().map(|l| l.to_string()).collect(), spans)
    };
    let (plain_text, _) = text(false);
    assert_eq!(
        plain_text.trim(),
        "[-DB에-]{+DB+} 유니크 [-제약을-]{+제약으로+} [-걸었고-]{+막았고+} [-결과는-]{+결과와+} {+지표가+} 좋았다"
    );
    let (coloured, spans) = text(true);
    assert_eq!(
        coloured.trim(),
        "DB에DB 유니크 제약을제약으로 걸었고막았고 결과는결과와 지표가 좋았다"
    );
    let style_of = |word: &str| spans.iter().find(|(t, _)| t == word).map(|(_, s)| *s);
    let deleted = style_of("제약을").expect("the old word is its own span");
    assert_eq!(deleted.fg, Some(Color::Red));
    assert!(deleted.add_modifier.contains(Modifier::CROSSED_OUT));
    assert_eq!(style_of("제약으로").and_then(|s| s.fg), Some(Color::Green));

    // In the app, with NO_COLOR: the feedback's comparison shows the marks.
    let _ko = i18n::scoped(Lang::Ko);
    let mut a = korean_app(&[("layout-ko.yaml", BANK)]);
    answered_twice(&mut a);
    key(&mut a, KeyCode::Char('v'), at(172));
    let screen = shown_text(&mut a, 140, 50, at(172));
    for marked in [
        "[-DB에-]{+DB+} 유니크 [-제약을-]{+제약으로+} [-걸었고-]{+막고+},",
        "[-결과는-]{+결과와+} {+지표가+} 좋았습니다.",
    ] {
        assert!(screen.contains(marked), "{marked} in\n{screen}");
    }
}
