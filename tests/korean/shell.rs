//! The Korean interface: shell. The home screen, the practice setup, the
//! banks list and the popups over them (help, yes/no, the answer menu, the
//! recovered draft, the role applied for) at 80x24 with Korean banks; the
//! footers at narrow widths in both languages; plurals and particles.

use crate::common::banks::{KO_BEHAVIORAL, KO_TAGS};
use crate::common::tui::{
    NOW, assert_borders_whole, ch, ctrl, draw, key, library, plain, type_str,
};
use crossterm::event::KeyCode;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use rehearse::i18n::{self, Lang};
use rehearse::model::Span;
use rehearse::schedule::Scheduler;
use rehearse::session::Filter;
use rehearse::settings::Settings;
use rehearse::store::Store;
use rehearse::tui::app::{App, Overlay, Screen};
use rehearse::tui::keymap::{self, Ctx, Hint};
use rehearse::tui::screens::overlays;

/// A Korean bank whose title is longer than a row at 80 columns.
const KO_LONG: &str = r#"
id: ko-long
title: 데이터 엔지니어링 실무 면접에서 자주 나오는 파이프라인과 스트리밍 설계 질문 모음
role: data-engineering
language: ko
questions:
  - id: kafka
    prompt: Kafka에서 정확히 한 번 처리를 보장하려면 무엇이 필요한가요?
    level: mid
    tags: [스트리밍]
"#;

fn korean_library() -> rehearse::bank::Library {
    library(&[
        ("ko-tags.yaml", KO_TAGS),
        ("ko-behavioral.yaml", KO_BEHAVIORAL),
        ("ko-long.yaml", KO_LONG),
    ])
}

/// An app over the Korean banks, drawn without colour.
fn korean_app() -> App {
    plain(crate::common::app_in_memory(korean_library(), NOW))
}

/// The frame as text, a line per row, each wide character once (the
/// cell it covers on its right is not read again).
fn text_of(t: &Terminal<TestBackend>) -> String {
    let buf = t.backend().buffer();
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut x = 0;
        while x < buf.area.width {
            let s = buf[(x, y)].symbol();
            out.push_str(s);
            x += unicode_width::UnicodeWidthStr::width(s).max(1) as u16;
        }
        out.push('\n');
    }
    out
}

/// One frame of `a` at `w`x`h`, as [`text_of`] reads it.
fn screen_text(a: &mut App, w: u16, h: u16, now: rehearse::model::Instant) -> String {
    text_of(&draw(a, w, h, now))
}

/// The footer: the last row, its trailing spaces dropped.
fn footer_row(a: &mut App, w: u16, h: u16) -> String {
    let shown = screen_text(a, w, h, NOW);
    shown.lines().last().unwrap_or("").trim_end().to_string()
}

/// Draws `a` and fails where a border cell that the frame holds does not
/// reach the terminal: ratatui sends a wide character (Hangul, CJK) whole
/// and skips the cell it covers on its right, so a popup's left border
/// next to one is never drawn (the TestBackend shows what was sent).
fn assert_popup_whole(a: &mut App, w: u16, h: u16, what: &str) {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    let meant = t
        .draw(|f| rehearse::tui::view::draw(f, a, NOW))
        .unwrap()
        .buffer
        .clone();
    let shown = t.backend().buffer();
    let mut borders = 0;
    for y in 0..h {
        for x in 0..w {
            let want = meant[(x, y)].symbol();
            if !matches!(want, "│" | "┌" | "┐" | "└" | "┘" | "─") {
                continue;
            }
            borders += 1;
            assert_eq!(
                shown[(x, y)].symbol(),
                want,
                "{what} at {w}x{h}: the border at ({x}, {y}) is covered:\n{}",
                text_of(&t)
            );
        }
    }
    assert!(borders > 0, "{what}: no border drawn");
}

/// Opens the answer screen on the one question of `fixture-ko`.
fn practise_the_behavioral_question(a: &mut App) {
    let only = Filter {
        banks: vec!["fixture-ko".into()],
        ..Default::default()
    };
    a.start_practice(&only, 1, NOW);
    assert!(matches!(a.screen, Screen::Answer(_)));
}

/// Practises one question, submits an answer, leaves it unrated and
/// comes back home: a last session, an answer saved, one waiting for a
/// rating.
fn after_one_answer(a: &mut App) {
    practise_the_behavioral_question(a);
    type_str(
        a,
        "제가 직접 회의를 제안했고 결과적으로 배포 시간을 줄였습니다.",
        NOW,
    );
    ctrl(a, 's', NOW + Span::from_secs(40));
    assert!(matches!(a.screen, Screen::Feedback(_)));
    key(a, KeyCode::Esc, NOW + Span::from_secs(50));
    ch(a, 'y', NOW + Span::from_secs(50));
    assert!(matches!(a.screen, Screen::Summary { .. }));
    key(a, KeyCode::Enter, NOW + Span::from_secs(60));
    assert!(matches!(a.screen, Screen::Home { .. }));
}

#[test]
fn home_in_korean() {
    let _ko = i18n::scoped(Lang::Ko);
    let mut a = korean_app();
    after_one_answer(&mut a);
    a.settings.target_role = Some("backend".into());
    a.settings.interview_date = chrono::NaiveDate::from_ymd_opt(2026, 11, 23);
    a.refresh_home(NOW + Span::from_secs(60));
    insta::assert_snapshot!("home", draw(&mut a, 80, 24, NOW).backend());
    let shown = screen_text(&mut a, 80, 24, NOW);
    for want in [
        "복습 (오늘 0문항)",
        "저장한 답변: 1개",
        "평가를 기다리는 답변이 1개 있어요.",
        "지원 직무: backend (r로 변경)",
        "면접일: 2026-11-23 (D-5)",
        ", 연습, 1문항",
    ] {
        assert!(shown.contains(want), "{want}:\n{shown}");
    }
}

#[test]
fn home_in_english_counts_one_and_many() {
    let mut a = korean_app();
    after_one_answer(&mut a);
    let one = screen_text(&mut a, 80, 24, NOW);
    assert!(
        one.contains("1 answer waits for a rating: Review rates it first."),
        "{one}"
    );
    assert!(one.contains(", practice, 1 question│"), "{one}");
    assert!(one.contains("Practice streak: 1 day "), "{one}");
    a.home.unrated = 2;
    a.home.streak = 2;
    let many = screen_text(&mut a, 80, 24, NOW);
    assert!(
        many.contains("2 answers wait for a rating: Review rates them"),
        "{many}"
    );
    assert!(many.contains("Practice streak: 2 days"), "{many}");
}

#[test]
fn help_popup_over_the_korean_home_screen() {
    let _ko = i18n::scoped(Lang::Ko);
    let mut a = korean_app();
    ch(&mut a, '?', NOW);
    assert!(matches!(a.overlay, Some(Overlay::Help { .. })));
    insta::assert_snapshot!("home_help", draw(&mut a, 80, 24, NOW).backend());
    for (w, h) in [(80, 24), (40, 12), (41, 13), (100, 30), (140, 50)] {
        assert_popup_whole(&mut a, w, h, "help over home");
    }
    assert_borders_whole(&mut a, &[40, 57, 80, 99, 140], &[12, 24, 50], NOW, "help");
}

#[test]
fn help_popup_wraps_each_description_beside_its_keys() {
    let _ko = i18n::scoped(Lang::Ko);
    let mut a = korean_app();
    key(&mut a, KeyCode::Enter, NOW); // the setup
    ch(&mut a, '?', NOW);
    let shown = screen_text(&mut a, 40, 24, NOW);
    // The longest description wraps under itself, not under the keys.
    let rows: Vec<&str> = shown.lines().collect();
    let at = rows
        .iter()
        .position(|r| r.contains("줄이기"))
        .unwrap_or_else(|| panic!("{shown}"));
    assert!(rows[at].contains("←/h  줄이기"), "{shown}");
    // "스페이스" is a key name, not a word to translate on its own.
    assert!(shown.contains("스페이스  "), "{shown}");
    assert_popup_whole(&mut a, 40, 24, "help over the setup");
}

#[test]
fn practice_setup_in_korean() {
    let _ko = i18n::scoped(Lang::Ko);
    let mut a = korean_app();
    key(&mut a, KeyCode::Enter, NOW);
    assert!(matches!(a.screen, Screen::Setup(_)));
    insta::assert_snapshot!("setup", draw(&mut a, 80, 24, NOW).backend());
    let shown = screen_text(&mut a, 80, 24, NOW);
    assert!(shown.contains("조건에 맞는 질문: 5문항"), "{shown}");
    assert!(shown.contains("▶ 시작: 5문항"), "{shown}");
    // The long bank title is cut by width, with an ellipsis, inside the border.
    let row = shown
        .lines()
        .find(|l| l.contains("ko-long"))
        .unwrap_or_else(|| panic!("{shown}"));
    assert!(row.contains("…│"), "{row}");
    // Down to the level, one step right: junior, with its note.
    for _ in 0..3 {
        key(&mut a, KeyCode::Down, NOW);
    }
    key(&mut a, KeyCode::Right, NOW);
    insta::assert_snapshot!("setup_level", draw(&mut a, 80, 24, NOW).backend());
    assert!(screen_text(&mut a, 80, 24, NOW).contains("◀ 주니어 ▶"));
    assert_borders_whole(&mut a, &[40, 63, 80, 120], &[12, 24], NOW, "setup");
}

#[test]
fn tag_list_in_korean() {
    let _ko = i18n::scoped(Lang::Ko);
    let mut a = korean_app();
    key(&mut a, KeyCode::Enter, NOW);
    for _ in 0..4 {
        key(&mut a, KeyCode::Down, NOW);
    }
    key(&mut a, KeyCode::Enter, NOW);
    insta::assert_snapshot!("setup_tags", draw(&mut a, 80, 24, NOW).backend());
    assert_popup_whole(&mut a, 80, 24, "tag list");
    assert_popup_whole(&mut a, 40, 12, "tag list");
    type_str(&mut a, "데이", NOW);
    assert!(screen_text(&mut a, 80, 24, NOW).contains("[ ] 데이터베이스 2문항"));
    type_str(&mut a, "터x", NOW);
    insta::assert_snapshot!("setup_tags_no_match", draw(&mut a, 80, 24, NOW).backend());
    // 데이터x ends on a letter read "엑스": 가.
    assert!(
        screen_text(&mut a, 80, 24, NOW).contains("“데이터x”가 들어간 태그가 없어요."),
        "{}",
        screen_text(&mut a, 80, 24, NOW)
    );
    for _ in 0..4 {
        key(&mut a, KeyCode::Backspace, NOW);
    }
    type_str(&mut a, "없음", NOW);
    assert!(screen_text(&mut a, 80, 24, NOW).contains("“없음”이 들어간 태그가 없어요."));
}

#[test]
fn setup_counts_one_and_many_in_both_languages() {
    let one = library(&[("ko-long.yaml", KO_LONG)]);
    let mut en = plain(crate::common::app_in_memory(one.clone(), NOW));
    key(&mut en, KeyCode::Enter, NOW);
    let shown = screen_text(&mut en, 80, 24, NOW);
    assert!(
        shown.contains("1 question matches these choices"),
        "{shown}"
    );
    assert!(shown.contains("▶ Start: 1 question "), "{shown}");
    let mut many = plain(crate::common::app_in_memory(korean_library(), NOW));
    key(&mut many, KeyCode::Enter, NOW);
    let shown = screen_text(&mut many, 80, 24, NOW);
    assert!(shown.contains("5 questions match these choices"), "{shown}");
    assert!(shown.contains("▶ Start: 5 questions"), "{shown}");
    let _ko = i18n::scoped(Lang::Ko);
    let mut ko = plain(crate::common::app_in_memory(one, NOW));
    key(&mut ko, KeyCode::Enter, NOW);
    assert!(screen_text(&mut ko, 80, 24, NOW).contains("조건에 맞는 질문: 1문항"));
}

#[test]
fn remembered_choices_no_bank_has_are_named_with_their_particle() {
    let mut a = korean_app();
    a.settings.last_practice.filter.roles = vec!["frontend".into()];
    a.settings.last_practice.filter.tags = vec!["캐싱".into()];
    {
        let _ko = i18n::scoped(Lang::Ko);
        key(&mut a, KeyCode::Enter, NOW);
        assert_eq!(
            a.flash.as_deref(),
            Some("지난 연습 조건 중 직무 frontend, 태그 캐싱은 불러온 질문 모음에 없어서 뺐어요.")
        );
        key(&mut a, KeyCode::Esc, NOW);
    }
    a.settings.last_practice.filter.roles = vec!["frontend".into()];
    a.settings.last_practice.filter.tags = Vec::new();
    key(&mut a, KeyCode::Enter, NOW);
    assert_eq!(
        a.flash.as_deref(),
        Some("Your last practice choices named role frontend, which no loaded bank has; left out.")
    );
    let _ko = i18n::scoped(Lang::Ko);
    key(&mut a, KeyCode::Esc, NOW);
    a.settings.last_practice.filter.roles = vec!["frontend".into()];
    key(&mut a, KeyCode::Enter, NOW);
    assert_eq!(
        a.flash.as_deref(),
        Some("지난 연습 조건 중 직무 frontend는 불러온 질문 모음에 없어서 뺐어요.")
    );
}

#[test]
fn banks_list_in_korean() {
    let _ko = i18n::scoped(Lang::Ko);
    let mut a = korean_app();
    for _ in 0..7 {
        key(&mut a, KeyCode::Down, NOW);
    }
    key(&mut a, KeyCode::Enter, NOW);
    assert!(matches!(a.screen, Screen::Banks { .. }));
    insta::assert_snapshot!("banks", draw(&mut a, 80, 24, NOW).backend());
    let shown = screen_text(&mut a, 80, 24, NOW);
    assert!(shown.contains("질문 모음 3개, 5문항"), "{shown}");
    assert!(shown.contains("기본 제공"), "{shown}");
    assert_borders_whole(&mut a, &[40, 80, 120], &[12, 24], NOW, "banks");
}

#[test]
fn confirm_and_answer_menu_in_korean() {
    let _ko = i18n::scoped(Lang::Ko);
    let mut a = korean_app();
    key(&mut a, KeyCode::Esc, NOW);
    insta::assert_snapshot!("confirm_quit", draw(&mut a, 80, 24, NOW).backend());
    assert!(screen_text(&mut a, 80, 24, NOW).contains("rehearse를 종료할까요?"));
    assert_popup_whole(&mut a, 80, 24, "quit?");
    key(&mut a, KeyCode::Esc, NOW);
    practise_the_behavioral_question(&mut a);
    type_str(&mut a, "쓰다 만 답변", NOW);
    key(&mut a, KeyCode::Esc, NOW);
    insta::assert_snapshot!("answer_menu", draw(&mut a, 80, 24, NOW).backend());
    assert_popup_whole(&mut a, 80, 24, "answer menu");
    assert_popup_whole(&mut a, 40, 12, "answer menu");
    ch(&mut a, 'e', NOW);
    insta::assert_snapshot!("confirm_end_session", draw(&mut a, 80, 24, NOW).backend());
    assert_popup_whole(&mut a, 40, 12, "end the session?");
    assert_borders_whole(&mut a, &[40, 64, 80, 140], &[12, 24, 50], NOW, "confirm");
}

#[test]
fn recovered_draft_prompt_in_korean() {
    let _ko = i18n::scoped(Lang::Ko);
    let mut a = korean_app();
    practise_the_behavioral_question(&mut a);
    type_str(&mut a, "쓰다 만 답변", NOW);
    a.save_draft_now(NOW + Span::from_ms(500));
    let store = std::mem::replace(&mut a.store, Store::in_memory().unwrap());
    let mut b = plain(App::new(
        korean_library(),
        store,
        a.paths.clone(),
        Settings::default(),
        Scheduler::default_params(),
        NOW,
    ));
    assert!(matches!(b.overlay, Some(Overlay::Recover(_))));
    insta::assert_snapshot!("recover", draw(&mut b, 80, 24, NOW).backend());
    let shown = screen_text(&mut b, 80, 24, NOW);
    assert!(
        shown.contains("연습을 1문항 중 1번째 질문에서 멈췄어요"),
        "{shown}"
    );
    for (w, h) in [(80, 24), (40, 12), (52, 16)] {
        assert_popup_whole(&mut b, w, h, "recover");
    }
    // A key that means nothing here says which do.
    ch(&mut b, 'x', NOW);
    assert_eq!(
        b.flash.as_deref(),
        Some("Enter: 이어서 하기 · Esc: 나중에 · Del: 버리기 (먼저 물어봐요)")
    );
}

#[test]
fn role_popup_in_korean() {
    let _ko = i18n::scoped(Lang::Ko);
    let mut a = korean_app();
    a.begin(rehearse::tui::Start::Home, NOW);
    assert!(matches!(a.overlay, Some(Overlay::TargetRole(_))));
    insta::assert_snapshot!("role_ask", draw(&mut a, 80, 24, NOW).backend());
    assert_popup_whole(&mut a, 80, 24, "role popup");
    assert_popup_whole(&mut a, 40, 12, "role popup");
    assert_eq!(footer_row(&mut a, 80, 24), "Esc 나중에  Enter 선택");
    // Enter applies for the first role, and says so with its particle.
    key(&mut a, KeyCode::Enter, NOW);
    assert_eq!(
        a.flash.as_deref(),
        Some("지원 직무를 backend로 정했어요. 모든 답변의 직무 프로필을 이 직무와 비교해요.")
    );
}

#[test]
fn a_short_footer_keeps_whole_hints_and_the_help_last() {
    let setup = [
        Ctx::Setup,
        Ctx::Nav,
        Ctx::Adjust,
        Ctx::Choose,
        Ctx::Back,
        Ctx::HelpKey,
        Ctx::Quit,
    ];
    let shown = |hints: Vec<Hint>| {
        hints
            .into_iter()
            .map(|h| format!("{} {}", h.key, h.label))
            .collect::<Vec<_>>()
            .join("  ")
    };
    let all = "Space toggle  s start  Enter choose  Esc back  ? help  q quit";
    assert_eq!(shown(overlays::fit_hints(keymap::hints(&setup), 80)), all);
    assert_eq!(
        shown(overlays::fit_hints(keymap::hints(&setup), all.len())),
        all
    );
    // One cell short: quit goes, the help stays.
    assert_eq!(
        shown(overlays::fit_hints(keymap::hints(&setup), all.len() - 1)),
        "Space toggle  s start  Enter choose  Esc back  ? help"
    );
    assert_eq!(
        shown(overlays::fit_hints(keymap::hints(&setup), 30)),
        "Space toggle  s start  ? help"
    );
    assert_eq!(
        shown(overlays::fit_hints(keymap::hints(&setup), 6)),
        "? help"
    );
    assert_eq!(shown(overlays::fit_hints(keymap::hints(&setup), 5)), "");
    let _ko = i18n::scoped(Lang::Ko);
    // 스페이스 is 8 cells, 선택/해제 9: widths, not chars, decide (these
    // four hints are 22 chars and 48 cells).
    assert_eq!(
        shown(overlays::fit_hints(keymap::hints(&setup), 48)),
        "스페이스 선택/해제  s 시작  Enter 선택  ? 도움말"
    );
    assert_eq!(
        shown(overlays::fit_hints(keymap::hints(&setup), 47)),
        "스페이스 선택/해제  s 시작  ? 도움말"
    );
}

#[test]
fn footers_at_narrow_widths_never_show_half_a_word() {
    for lang in Lang::ALL {
        let _l = i18n::scoped(lang);
        let mut a = korean_app();
        key(&mut a, KeyCode::Enter, NOW);
        for w in 40..=80 {
            let row = footer_row(&mut a, w, 12);
            let hints = overlays::fit_hints(keymap::hints(&a.contexts()), usize::from(w));
            let want = hints
                .iter()
                .map(|h| format!("{} {}", h.key, h.label))
                .collect::<Vec<_>>()
                .join("  ");
            assert_eq!(row, want, "{} at {w}", lang.code());
            assert!(
                hints.iter().any(|h| h.help),
                "{} at {w}: the help hint went: {row}",
                lang.code()
            );
            assert!(unicode_width::UnicodeWidthStr::width(row.as_str()) <= usize::from(w));
        }
    }
}

#[test]
fn a_long_flash_wraps_over_the_footer_rows_and_is_cut_with_an_ellipsis() {
    let _ko = i18n::scoped(Lang::Ko);
    let mut a = korean_app();
    a.flash = Some(
        "지원 직무를 data-engineering으로 정했어요. 모든 답변의 직무 프로필을 이 직무와 비교해요."
            .into(),
    );
    let shown = screen_text(&mut a, 40, 12, NOW);
    let rows: Vec<&str> = shown.lines().collect();
    assert_eq!(rows[9].trim_end(), "지원 직무를 data-engineering으로");
    assert_eq!(
        rows[10].trim_end(),
        "정했어요. 모든 답변의 직무 프로필을 이"
    );
    assert_eq!(rows[11].trim_end(), "직무와 비교해요.");
    a.flash = Some("가나다라 ".repeat(40));
    let shown = screen_text(&mut a, 40, 12, NOW);
    let last = shown.lines().last().unwrap().trim_end();
    assert!(last.ends_with('…'), "{shown}");
    assert_borders_whole(&mut a, &[40, 80], &[12, 24], NOW, "flash");
}

#[test]
fn too_small_says_so_in_korean() {
    let _ko = i18n::scoped(Lang::Ko);
    let mut a = korean_app();
    let shown = screen_text(&mut a, 30, 10, NOW);
    assert!(shown.contains("터미널이 너무 작아요"), "{shown}");
    assert!(shown.contains("30x10, 최소 40x12 필요"), "{shown}");
    // Narrower than a Hangul syllable, shorter than a line: drawn, no panic.
    for (w, h) in [(1, 1), (2, 1), (3, 2), (10, 5), (39, 11)] {
        let shown = screen_text(&mut a, w, h, NOW);
        assert_eq!(shown.lines().count(), usize::from(h), "{w}x{h}");
    }
}

#[test]
fn the_interview_countdown_in_both_languages() {
    let cases = [
        (
            2026,
            11,
            18,
            "2026-11-18 (today)",
            "2026-11-18 (오늘, D-day)",
        ),
        (
            2026,
            11,
            19,
            "2026-11-19 (tomorrow)",
            "2026-11-19 (내일, D-1)",
        ),
        (2026, 11, 30, "2026-11-30 (in 12 days)", "2026-11-30 (D-12)"),
        (2026, 11, 17, "2026-11-17 (yesterday)", "2026-11-17 (어제)"),
        (
            2026,
            11,
            15,
            "2026-11-15 (3 days ago)",
            "2026-11-15 (3일 지남)",
        ),
    ];
    for (y, m, d, en, ko) in cases {
        let mut a = korean_app();
        a.settings.interview_date = chrono::NaiveDate::from_ymd_opt(y, m, d);
        let shown = screen_text(&mut a, 80, 24, NOW);
        assert!(
            shown.contains(&format!("Interview: {en}")),
            "{en}:\n{shown}"
        );
        let _ko = i18n::scoped(Lang::Ko);
        let shown = screen_text(&mut a, 80, 24, NOW);
        assert!(shown.contains(&format!("면접일: {ko}")), "{ko}:\n{shown}");
    }
}

#[test]
fn the_empty_editor_says_what_to_do_in_korean() {
    let _ko = i18n::scoped(Lang::Ko);
    let mut a = korean_app();
    practise_the_behavioral_question(&mut a);
    let shown = screen_text(&mut a, 80, 24, NOW);
    assert!(
        shown.contains("답변을 입력해 주세요. Ctrl+S 제출, Esc 메뉴."),
        "{shown}"
    );
    // Submitting nothing says so, in Korean.
    ctrl(&mut a, 's', NOW);
    assert_eq!(
        a.flash.as_deref(),
        Some("답변이 비어 있어요. 먼저 내용을 입력해 주세요 (건너뛰려면 Esc → 버리기).")
    );
}

#[test]
fn without_a_terminal_the_app_says_so_in_the_locale_language() {
    let dir = tempfile::tempdir().unwrap();
    for (lang, want) in [
        (
            "ko_KR.UTF-8",
            "rehearse: 전체 화면 앱은 터미널에서만 열 수 있어요.",
        ),
        ("C.UTF-8", "rehearse: the full-screen app needs a terminal;"),
    ] {
        let out = assert_cmd::Command::cargo_bin("rehearse")
            .unwrap()
            .env("REHEARSE_DATA_DIR", dir.path())
            .env("REHEARSE_BANKS_DIR", dir.path().join("no-banks"))
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", lang)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{lang}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.starts_with(want), "{lang}: {err}");
    }
}
