//! Cross-cutting tests: `analyze` end to end, and no panics on odd input.

use super::*;
use crate::bank::Kind;

fn strange_strings() -> Vec<String> {
    let mut out: Vec<String> = [
        "",
        " ",
        "\n\n\r\n\t",
        "\u{0}\u{1}\u{7}\u{1b}[31m\u{7f}",
        "👨\u{200D}👩\u{200D}👧🇰🇷👍🏽",
        "e\u{301}\u{301}\u{301}\u{20DD}",
        "\u{301}leading combining",
        "\u{1100}\u{1161}\u{11A8}\u{11A8}\u{1161}",
        "\u{202E}reversed\u{202C}",
        "\u{FEFF}bom",
        "\u{FFFD}\u{10FFFF}",
        "İSTANBUL ǅ ß ﬁ",
        "S:\nT:\nA:\nR:",
        "**\n[\n【\n1.\n(1)\n#",
        "%%%% $ ₩ 1, 1. ,1 .5 1.5.5 1,000,00",
        "from 1 to",
        "from",
        "에서 로 1에서",
        "I'",
        "'",
        "’’’",
        "like, like, like,",
        "제가",
        "ＡＢＣ１２３％",
        "a\u{2028}b\u{2029}c\u{85}d",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    out.push("Redis를 40% 줄였다. I reduced p99 from 800ms to 200ms. ".repeat(2_000));
    out.push("👍🏽".repeat(10_000));
    out.push("가".repeat(100_000));
    out.push("a".repeat(100_000));
    out
}

#[test]
fn nothing_panics_on_strange_input() {
    let points = vec![
        Point {
            text: "retry".into(),
            terms: vec![
                "retry".into(),
                "재 시도".into(),
                "".into(),
                "\u{301}".into(),
            ],
            ..Point::default()
        },
        Point {
            text: "".into(),
            terms: vec![],
            ..Point::default()
        },
    ];
    let strange = strange_strings();
    for text in &strange {
        let rates = Rates {
            english_wpm: f64::NAN,
            hangul_spm: 0.0,
        };
        let feedback = analyze(text, &points, true, &rates);
        for kind in Kind::ALL {
            let checks = analyze_for(text, &points, kind, &rates).checks;
            assert!(
                checks
                    .iter()
                    .all(|c| c.spans.iter().all(|&(s, e)| text.get(s..e).is_some()))
            );
        }
        assert!(feedback.stats.speaking_secs.is_finite());
        assert_eq!(feedback.coverage.len(), points.len());
        let normalized = Normalized::new(text);
        for term in strange.iter().take(25) {
            term_matches(&normalized, term);
        }
        let parts = word_diff(text, "baseline 캐시를 text");
        diff_stats(&parts);
        let parts = word_diff("", text);
        assert_eq!(
            parts.iter().map(|p| p.text.as_str()).collect::<String>(),
            *text
        );
    }
}

#[test]
fn analyze_combines_every_check() {
    let answer = "S: 작년 인턴 때 배치가 자주 실패했습니다.\n\
                  T: 제가 안정화를 맡았습니다.\n\
                  A: 그냥 재 시도 로직과 Redis 캐시를 도입했고, um, we added alerts.\n\
                  R: 실패율을 40% 줄였습니다.";
    let points = vec![
        Point {
            text: "Retries".into(),
            terms: vec!["retry".into(), "재시도".into()],
            ..Point::default()
        },
        Point {
            text: "Idempotency".into(),
            terms: vec!["idempotent".into(), "멱등".into()],
            ..Point::default()
        },
    ];
    let feedback = analyze(answer, &points, true, &Rates::default());
    assert_eq!(feedback.coverage[0].matched.as_deref(), Some("재시도"));
    assert!(!feedback.coverage[1].covered);
    assert_eq!(feedback.concreteness.numbers, ["40%"]);
    assert_eq!(feedback.concreteness.singular, ["제가"]);
    assert_eq!(feedback.concreteness.plural, ["we"]);
    assert_eq!(feedback.concreteness.technologies, ["Redis"]);
    assert_eq!(feedback.concreteness.impact, ["%", "줄였"]);
    assert_eq!(
        feedback.fillers,
        vec![("그냥".to_string(), 1), ("um".to_string(), 1)]
    );
    let star = feedback.star.expect("star requested");
    assert!(star.missing().is_empty());
    assert_eq!(star.situation.as_deref(), Some("heading \"S:\""));
    assert!(feedback.stats.words > 10 && feedback.stats.hangul_syllables > 20);

    let no_star = analyze(answer, &points, false, &Rates::default());
    assert_eq!(no_star.star, None);
    assert_eq!(no_star.coverage, feedback.coverage);
}

fn verdicts(fb: &Feedback) -> Vec<(&'static str, Verdict)> {
    fb.checks.iter().map(|c| (c.id, c.verdict)).collect()
}

#[test]
fn concept_answers_are_not_marked_down_for_story_checks() {
    let answer = "An index is a sorted structure, usually a B-tree, that lets the database \
                  find rows without a full scan. For example, WHERE email = ? becomes a \
                  lookup. The trade-off is slower writes and more storage.";
    let fb = analyze_for(answer, &[], Kind::Technical, &Rates::default());
    use Verdict::*;
    assert_eq!(
        verdicts(&fb),
        [
            ("key_points", NotApplicable),
            ("definition", Pass),
            ("example", Pass),
            ("trade_off", Pass),
            ("first_person", NotApplicable),
            ("numbers", NotApplicable),
            ("technologies", NotApplicable),
            ("result", NotApplicable),
            ("star", NotApplicable),
        ]
    );
    let definition = &fb.checks[1];
    assert!(
        definition.why.contains("is a sorted structure"),
        "{definition:?}"
    );
    assert_eq!(
        answer.get(definition.spans[0].0..definition.spans[0].1),
        Some("is a")
    );
}

#[test]
fn story_answers_get_first_person_numbers_and_a_real_result() {
    let answer = "작년 인턴 때 정산 배치를 제가 맡았습니다. Airflow로 작업을 나눠서 \
                  6시간 걸리던 작업이 1시간 반으로 줄었습니다.";
    let fb = analyze_for(answer, &[], Kind::Experience, &Rates::default());
    let by_id = |id: &str| fb.checks.iter().find(|c| c.id == id).cloned();
    for id in ["first_person", "numbers", "technologies", "result"] {
        let c = by_id(id).unwrap_or_else(|| panic!("no {id} check"));
        assert_eq!(c.verdict, Verdict::Pass, "{c:?}");
    }
    let result = by_id("result").map(|c| c.why).unwrap_or_default();
    assert!(result.contains("6시간 걸리던"), "{result}");
    assert_eq!(
        by_id("definition").map(|c| c.verdict),
        Some(Verdict::NotApplicable)
    );

    let problem = "Our traffic doubled overnight and the API started timing out. \
                   We looked into it as a team.";
    let fb = analyze_for(problem, &[], Kind::Behavioral, &Rates::default());
    let verdict = |id: &str| fb.checks.iter().find(|c| c.id == id).map(|c| c.verdict);
    assert_eq!(verdict("result"), Some(Verdict::Fail));
    assert_eq!(verdict("first_person"), Some(Verdict::Fail));
    let why = fb
        .checks
        .iter()
        .find(|c| c.id == "first_person")
        .map(|c| c.why.clone());
    assert_eq!(
        why.as_deref(),
        Some("says “our” but never what you did yourself")
    );
}

#[test]
fn first_person_points_are_covered_by_what_you_did() {
    let points = vec![Point {
        text: "본인이 직접 한 일을 1인칭으로 (저희가 아니라 제가)".into(),
        terms: vec!["제가 직접".into()],
        ..Point::default()
    }];
    let mine = "배포 파이프라인은 GitHub Actions로 직접 짰습니다.";
    let ours = "저희 팀은 GitHub Actions로 배포를 자동화했습니다.";
    let rates = Rates::default();
    let hit = &analyze_for(mine, &points, Kind::Experience, &rates).coverage[0];
    assert!(hit.covered);
    assert_eq!(
        hit.matched.as_deref(),
        Some("배포 파이프라인은 GitHub Actions로 직접 짰습니다")
    );
    assert!(!analyze_for(ours, &points, Kind::Experience, &rates).coverage[0].covered);
}

/// The verdict and reason of the check `id` on a technical answer.
fn technical_check(answer: &str, id: &str) -> Option<(Verdict, String)> {
    let fb = analyze_for(answer, &[], Kind::Technical, &Rates::default());
    fb.checks
        .iter()
        .find(|c| c.id == id)
        .map(|c| (c.verdict, c.why.as_str().to_string()))
}

/// When to use it, as Korean answers say it: by how often a thing happens
/// ("충돌이 잦으면 …, 드물면 …"), or by the catch ("주의할 점은 …").
#[test]
fn korean_when_to_use_and_caveats_count_as_a_trade_off() {
    let trade_off = |answer: &str| technical_check(answer, "trade_off").map(|c| c.0);
    for said in [
        "낙관적 락은 버전 컬럼으로 충돌을 확인합니다. 충돌이 잦으면 비관적 락, 드물면 낙관적 락을 씁니다.",
        "클로저는 바깥 변수를 기억하는 함수입니다. 주의할 점은 큰 객체를 계속 붙잡아 메모리가 안 풀리는 경우입니다.",
    ] {
        assert_eq!(trade_off(said), Some(Verdict::Pass), "{said}");
    }
    let none = "낙관적 락은 버전 컬럼으로 충돌을 확인하고, 비관적 락은 먼저 잠급니다.";
    assert_eq!(trade_off(none), Some(Verdict::Fail), "{none}");
}

/// A Korean definition opens with its topic and names what it is with the
/// copula ("프로세스는 … 프로그램이고", "… 도구입니다", "… 방식이라");
/// a verb's 는 ("쓰는 방법") or 이고 ("줄이고") makes none.
#[test]
fn korean_definitions_are_found_by_their_topic_and_copula() {
    let definition = |answer: &str| technical_check(answer, "definition");
    for (said, quoted) in [
        (
            "프로세스는 실행 중인 프로그램이고, 스레드는 그 안의 실행 흐름입니다.",
            "프로세스는 실행 중인",
        ),
        (
            "뮤텍스는 한 번에 하나의 스레드만 들어가게 하는 동기화 도구입니다.",
            "뮤텍스는 한 번에",
        ),
        (
            "온디맨드는 약정 없이 쓴 만큼 과금되는 방식이라, 단기 작업에 맞습니다.",
            "온디맨드는 약정 없이",
        ),
    ] {
        let (verdict, why) = definition(said).unwrap();
        assert_eq!(verdict, Verdict::Pass, "{said}");
        assert!(why.contains(quoted), "{why}");
    }
    for said in [
        "저는 응답 시간을 줄이고 캐시를 붙였습니다.",
        "매시간 새로 생긴 데이터만 가져오면 전체를 가져오는 것보다 빠릅니다.",
        "저희 팀은 서버를 늘리고 테스트를 충분히 했습니다.",
    ] {
        assert_eq!(definition(said).unwrap().0, Verdict::Fail, "{said}");
    }
}
