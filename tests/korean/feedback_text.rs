//! The Korean interface: the feedback's own sentences (the checks and why,
//! STAR's evidence, the role profile), the practice core's messages (plans,
//! ratings, the scheduler, rescued answers), each in Korean and in English,
//! for Korean and English answers; the JSON stays English.

use crate::common::banks::KO_BEHAVIORAL;
use crate::common::tui::shown_text as rows;
use crate::common::tui::{NOW, app, ctrl, type_str};
use crossterm::event::KeyCode;
use rehearse::bank::Kind;
use rehearse::feedback::{
    Feedback, Point, Rates, RoleAdvice, StarPart, Verdict, analyze_for, role_profile,
    role_profile_of,
};
use rehearse::i18n::{Lang, scoped};
use rehearse::model::{Draft, Instant, Span};
use rehearse::schedule::{OptimizeError, Rating, ScheduleError};
use rehearse::session::Filter;

fn point(text: &str, terms: &[&str]) -> Point {
    Point {
        text: text.into(),
        terms: terms.iter().map(|t| t.to_string()).collect(),
        talking: false,
    }
}

fn feedback(answer: &str, kind: Kind, points: &[Point]) -> Feedback {
    analyze_for(answer, points, kind, &Rates::default())
}

/// What the feedback says, a line each: every check with its verdict and
/// why (those that do not fit too), then STAR's evidence.
fn said(fb: &Feedback) -> String {
    let mut out = String::new();
    for c in &fb.checks {
        let mark = match c.verdict {
            Verdict::Pass => "✓",
            Verdict::Fail => "✗",
            Verdict::NotApplicable => "-",
        };
        out.push_str(&format!("{mark} {}: {}\n", &*c.label, &*c.why));
    }
    if let Some(star) = &fb.star {
        for part in StarPart::ALL {
            let found = star.get(part).unwrap_or("—");
            out.push_str(&format!("STAR {}: {found}\n", part.label()));
        }
    }
    out
}

/// `answer` judged in both interfaces, English first.
fn in_both(answer: &str, kind: Kind, points: &[Point]) -> String {
    let mut out = String::new();
    for lang in Lang::ALL {
        let _lang = scoped(lang);
        out.push_str(&format!("[{}]\n", lang.code()));
        out.push_str(&said(&feedback(answer, kind, points)));
    }
    out
}

fn retry_points() -> Vec<Point> {
    vec![
        point("캐시 계층", &["캐시", "cache"]),
        point("응답 시간", &["응답 시간", "latency"]),
        point("장애 알림", &["알림", "alert"]),
    ]
}

const KO_STORY: &str = "2023년 인턴 당시 주문 API가 자주 느려졌습니다. 제가 Redis 캐시 계층을 \
                        직접 설계해서 도입했습니다. 그 결과 p95 응답 시간이 900ms에서 120ms로 \
                        줄었습니다.";
const KO_VAGUE: &str = "저희 팀이 같이 열심히 해서 잘 해결했습니다. 응답 시간도 개선했습니다.";
const EN_STORY: &str = "At my last job the order API kept slowing down. I designed a Redis cache \
                        layer and rolled it out. As a result p95 latency went from 900ms to 120ms.";
const EN_VAGUE: &str = "We worked hard as a team and sorted it out. Latency improved too.";

#[test]
fn a_korean_story_in_both_interfaces() {
    insta::assert_snapshot!(
        "feedback_text_ko_story",
        in_both(KO_STORY, Kind::Behavioral, &retry_points())
    );
}

#[test]
fn a_vague_korean_story_in_both_interfaces() {
    insta::assert_snapshot!(
        "feedback_text_ko_vague",
        in_both(KO_VAGUE, Kind::Behavioral, &retry_points())
    );
}

#[test]
fn english_stories_in_both_interfaces() {
    let both = format!(
        "{}\n{}",
        in_both(EN_STORY, Kind::Experience, &retry_points()),
        in_both(EN_VAGUE, Kind::Experience, &retry_points())
    );
    insta::assert_snapshot!("feedback_text_en_stories", both);
}

#[test]
fn a_concept_answer_and_a_closing_in_both_interfaces() {
    let points = [
        point(
            "같은 요청을 반복해도 결과가 같음",
            &["결과가 같", "same result"],
        ),
        point("재시도와 멱등 키", &["멱등 키", "idempotency key"]),
    ];
    let concept = "멱등성이란 같은 요청을 여러 번 보내도 결과가 같은 성질입니다. 예를 들어 \
                   PUT은 멱등하지만 POST는 아닙니다.";
    let nothing = "잘 모르겠습니다.";
    let closing = "저희 팀 문화가 궁금합니다.";
    let both = format!(
        "{}\n{}\n{}",
        in_both(concept, Kind::Technical, &points),
        in_both(nothing, Kind::Technical, &[]),
        in_both(closing, Kind::Closing, &[])
    );
    insta::assert_snapshot!("feedback_text_concept_and_closing", both);
}

/// The key-points sentence counts right: one point is "1 key point", and
/// Korean counts with 개 whatever the number.
#[test]
fn key_points_are_counted_right_in_both_languages() {
    let why = |answer: &str, points: &[Point]| {
        let fb = feedback(answer, Kind::Technical, points);
        fb.checks[0].why.to_string()
    };
    let one = [point("캐시", &["캐시", "cache"])];
    let two = [point("캐시", &["캐시", "cache"]), point("TTL", &["TTL"])];
    assert_eq!(why("캐시를 씁니다", &one), "1 of 1 key point covered");
    assert_eq!(why("we cache it", &two), "1 of 2 key points covered");
    assert_eq!(why("nothing", &two), "0 of 2 key points covered");
    let _ko = scoped(Lang::Ko);
    assert_eq!(
        why("캐시를 씁니다", &one),
        "핵심 포인트 1개 중 1개를 짚었어요"
    );
    assert_eq!(
        why("we cache it", &two),
        "핵심 포인트 2개 중 1개를 짚었어요"
    );
}

/// The particle after a value follows the value: 상황이 and 과제가, "저희"라고.
#[test]
fn particles_follow_the_word_before_them() {
    let star_why = |answer: &str| {
        let fb = feedback(answer, Kind::Behavioral, &[]);
        let c = fb.checks.iter().find(|c| c.id == "star").unwrap();
        c.why.to_string()
    };
    let no_situation = "제가 맡은 목표는 배포 시간 단축이었습니다. 제가 직접 파이프라인을 \
                        구현했고 그 결과 배포가 20분에서 5분으로 줄었습니다.";
    let no_task = "인턴 당시 배포가 느렸습니다. 제가 직접 파이프라인을 구현했고 그 결과 배포가 \
                   20분에서 5분으로 줄었습니다.";
    assert_eq!(star_why(no_situation), "missing: Situation");
    {
        let _ko = scoped(Lang::Ko);
        assert_eq!(star_why(no_situation), "상황이 빠졌어요");
        assert_eq!(star_why(no_task), "과제가 빠졌어요");
        assert_eq!(star_why("좋았습니다."), "상황, 과제, 행동, 결과가 빠졌어요");
    }
    let we_why = |answer: &str| {
        let fb = feedback(answer, Kind::Behavioral, &[]);
        let c = fb.checks.iter().find(|c| c.id == "first_person").unwrap();
        c.why.to_string()
    };
    assert_eq!(
        we_why("저희가 함께 고쳤습니다."),
        "says “저희” but never what you did yourself"
    );
    let _ko = scoped(Lang::Ko);
    assert_eq!(
        we_why("저희가 함께 고쳤습니다."),
        "“저희”라고만 하고 본인이 한 일은 말하지 않았어요"
    );
    assert_eq!(
        we_why("We fixed it together."),
        "“we”라고만 하고 본인이 한 일은 말하지 않았어요"
    );
}

/// `check --json` is a promise to scripts: English in either interface,
/// the answer's own quotes as they were.
#[test]
fn the_json_of_the_checks_and_star_stays_english() {
    let en = serde_json::to_value(&feedback(KO_VAGUE, Kind::Behavioral, &retry_points()).checks)
        .unwrap();
    let fb = {
        let _ko = scoped(Lang::Ko);
        feedback(KO_STORY, Kind::Behavioral, &retry_points())
    };
    let ko_vague = {
        let _ko = scoped(Lang::Ko);
        feedback(KO_VAGUE, Kind::Behavioral, &retry_points())
    };
    assert_eq!(serde_json::to_value(&ko_vague.checks).unwrap(), en);
    let tech = ko_vague.checks.iter().position(|c| c.id == "technologies");
    let tech = tech.unwrap();
    assert_eq!(&*ko_vague.checks[tech].label, "사용한 기술");
    assert_eq!(en[tech]["label"], "Named technologies");
    assert_eq!(en[tech]["why"], "no tool or technology named");
    let star = fb.star.unwrap();
    assert_eq!(star.get(StarPart::Situation), Some("표현 \"인턴\""));
    assert_eq!(
        serde_json::to_value(&star.situation).unwrap(),
        "cue \"인턴\""
    );
}

/// The role profile's sentences: who it sounds like, in Korean role
/// names, and the story's words for the role applied for.
#[test]
fn the_role_profile_reads_in_both_languages() {
    let answer = role_profile(
        "React로 화면을 만들고 CSS를 입혔고 컴포넌트를 나눴습니다. 트랜잭션도 썼습니다.",
    );
    let story = role_profile_of(["주문 API에 트랜잭션과 인덱스를 넣었습니다"]);
    let advice = RoleAdvice::new(answer, Some("backend"), Some(&story));
    let few = RoleAdvice::new(role_profile("React와 CSS"), Some("backend"), None);
    assert_eq!(advice.reads_as().unwrap(), "frontend 80 % · backend 20 %");
    assert_eq!(
        advice.lean_sentence().unwrap(),
        "This sounds more frontend (80 %) than backend (20 %): React, 화면, CSS, 컴포넌트 pulled \
         it there. Your story has backend words this answer could use: 인덱스, API."
    );
    let _ko = scoped(Lang::Ko);
    assert_eq!(advice.reads_as().unwrap(), "프론트엔드 80% · 백엔드 20%");
    assert_eq!(
        advice.lean_sentence().unwrap(),
        "이 답변은 백엔드(20%)보다 프론트엔드(80%)에 가깝게 들려요. React, 화면, CSS, 컴포넌트 \
         같은 단어 때문이에요. 내 경험에는 이 답변에 쓸 만한 백엔드 단어가 있어요: 인덱스, API."
    );
    assert_eq!(
        few.reads_as().unwrap(),
        "직무 단어가 적어서 아직 판단할 수 없어요 (React, CSS; 3개 필요)"
    );
    // A role of the user's own banks keeps its id.
    assert_eq!(rehearse::feedback::role::role_name("ios"), "ios");
    assert_eq!(
        rehearse::feedback::role::role_name("data-engineering"),
        "데이터 엔지니어링"
    );
}

#[test]
fn ratings_and_the_schedulers_messages_in_both_languages() {
    let names = || Rating::ALL.map(Rating::label);
    assert_eq!(names(), ["Again", "Hard", "Good", "Easy"]);
    let not_enough = OptimizeError::NotEnough { have: 50 };
    let bad = ScheduleError::Parameters("w[3] = NaN".into());
    assert_eq!(
        not_enough.to_string(),
        "optimising needs 400 repeat reviews; you have 50, so 350 more"
    );
    {
        let _ko = scoped(Lang::Ko);
        assert_eq!(names(), ["다시", "어려움", "좋음", "쉬움"]);
        assert_eq!(
            not_enough.to_string(),
            "최적화하려면 반복 복습이 400번 필요해요. 지금 50번이라 350번 더 해야 해요."
        );
        assert_eq!(
            bad.to_string(),
            "FSRS 매개변수가 올바르지 않아요(w[3] = NaN). `rehearse optimize --reset`으로 \
             초기화해 주세요."
        );
        assert_eq!(
            rehearse::practice::plan::PlanError::NoMatch.to_string(),
            "이 조건에 맞는 질문이 없어요. 직무, 질문 모음, 언어, 난이도, 태그 조건을 넓혀 \
             보세요."
        );
    }
    // Each language keeps its own names: English again afterwards.
    assert_eq!(names(), ["Again", "Hard", "Good", "Easy"]);
}

#[test]
fn a_rescued_answer_says_where_it_went_in_korean() {
    let d = Draft {
        bank_id: "backend-ko".into(),
        question_id: "cache".into(),
        role: "backend".into(),
        prompt: "캐시 무효화 전략을 설명해 주세요.".into(),
        text: "TTL과 쓰기 시 무효화를 함께 씁니다.".into(),
        started_at: Instant::EPOCH,
        updated_at: Instant::EPOCH,
        elapsed_ms: Span::ZERO,
        mode: "practice".into(),
        time_limit_s: 120,
        session_id: None,
    };
    let _ko = scoped(Lang::Ko);
    let msg =
        rehearse::rescue::rescue_message(&d, "disk full", Instant::from_ms(1_800_000_000_000));
    let path = msg
        .strip_prefix("답변을 데이터베이스에 저장하지 못했어요(disk full). ")
        .and_then(|m| m.strip_suffix("에 저장해 두었어요."))
        .unwrap_or_else(|| panic!("{msg}"));
    let file = std::fs::read_to_string(path).unwrap();
    std::fs::remove_file(path).unwrap();
    assert_eq!(
        file,
        "# 캐시 무효화 전략을 설명해 주세요.\n\n(backend-ko / cache, rehearse가 이 답변을 저장하지 \
         못했어요)\n\nTTL과 쓰기 시 무효화를 함께 씁니다.\n"
    );
}

/// On the feedback screen, in the Korean interface, the explanations are
/// Korean and each fits its row at 80 columns.
#[test]
fn the_feedback_screen_shows_the_korean_explanations() {
    let _ko = scoped(Lang::Ko);
    let mut a = app(KO_BEHAVIORAL);
    a.start_practice(&Filter::default(), 1, NOW);
    type_str(&mut a, "제가 직접 회의를 제안했습니다", NOW);
    ctrl(&mut a, 's', NOW + Span::from_secs(60));
    let shown = rows(&mut a, 80, 24, NOW + Span::from_secs(60));
    for want in [
        "핵심 포인트 2개 중 1개를 짚었어요",
        "수치가 없어요: 몇 건, 몇 초, 몇 퍼센트인지 말해 보세요",
        "도구나 기술 이름이 없어요",
        "상황, 과제, 결과가 빠졌어요",
    ] {
        assert!(
            shown.lines().any(|l| l.contains(want)),
            "{want:?} is not on one row:\n{shown}"
        );
    }
}

/// A Korean story question with no key points: the feedback screen
/// scrolls with ↓.
const KO_STORY_BANK: &str = r#"
id: fixture-ko-story
title: 픽스처 경험
role: backend
language: ko
questions:
  - id: slow-api
    prompt: 느린 API를 개선한 경험을 말씀해 주세요.
    kind: experience
    time_limit: 2m
"#;

/// The Korean explanations, longer than the English ones, never push a
/// row of the feedback screen over its border, from 40x12 up, scrolled
/// from the top to the bottom.
#[test]
fn the_korean_explanations_keep_the_feedback_screens_borders() {
    let _ko = scoped(Lang::Ko);
    let mut a = app(KO_STORY_BANK);
    a.start_practice(&Filter::default(), 1, NOW);
    type_str(&mut a, KO_VAGUE, NOW);
    let now = NOW + Span::from_secs(60);
    ctrl(&mut a, 's', now);
    let mut seen = false;
    for w in (40..=46).chain([50, 57, 71, 79, 80, 81]) {
        for h in [12, 13, 24] {
            for _ in 0..40 {
                crate::common::tui::key(&mut a, KeyCode::Up, now);
            }
            for _ in 0..40 {
                let what = format!("Korean feedback at {w}x{h}");
                crate::common::tui::assert_borders_whole(&mut a, &[w], &[h], now, &what);
                let shown = rows(&mut a, w, h, now);
                seen |= shown.contains("도구나 기술");
                crate::common::tui::key(&mut a, KeyCode::Down, now);
            }
        }
    }
    assert!(seen, "the checks were scrolled into view");
}
