//! The report built from hand-made interviews, in English and Korean.

use super::fixtures::{Mock, question};
use super::*;

const IDEMPOTENT: &str =
    "What makes an HTTP method idempotent, and why does it matter for retries?";

fn idempotency() -> Question {
    question(
        "idempotency",
        Kind::Technical,
        90,
        IDEMPOTENT,
        &[
            &["same effect when repeated", "same effect"],
            &["safe retries", "retry"],
            &["PUT and DELETE", "PUT", "DELETE"],
        ],
    )
}

fn index() -> Question {
    question(
        "index",
        Kind::Technical,
        90,
        "How does a database index speed up a lookup?",
        &[
            &["a sorted structure such as a B-tree", "b-tree", "sorted"],
            &["fewer pages read", "pages", "scan"],
            &["slower writes", "slower writes", "write cost"],
        ],
    )
}

fn intro() -> Question {
    question("intro", Kind::Intro, 60, "Tell me about yourself.", &[])
}

fn project() -> Question {
    question(
        "project",
        Kind::Experience,
        90,
        "Tell me about a project you are proud of. What exactly did you do?",
        &[],
    )
}

fn closing() -> Question {
    question(
        "questions",
        Kind::Closing,
        60,
        "Do you have any questions for us?",
        &[],
    )
}

const STRONG_INTRO: &str = "I'm a backend developer who likes making slow systems fast. In my \
    capstone I split a price crawler over 8 EC2 instances and cut the daily run from 6 hours to \
    1.5 hours. I also set Redshift cost alarms that reduced the monthly bill by 40%. I want to \
    bring that habit of measuring first to your payments team.";

const STRONG_IDEMPOTENT: &str = "An idempotent method is a method where sending the same \
    request twice has the same effect as sending it once. GET, PUT and DELETE are idempotent, \
    while POST is not. For example, if a client times out and retries a PUT that sets a user's \
    email, the server ends in the same state. This matters because networks fail and clients \
    retry on their own. The trade-off is that a POST endpoint needs an idempotency key kept on \
    the server, which costs a lookup per request, in exchange for safe retries.";

const STRONG_PROJECT: &str = "Situation: in my capstone, a team of four built a price crawler \
    for 2 million used-goods listings.\nTask: I was responsible for making the daily crawl \
    finish before 7 a.m.\nAction: I split the crawler over 8 EC2 instances with Airflow, and I \
    set Redshift cost alarms on the warehouse.\nResult: the run went from 6 hours to 1.5 hours \
    and the monthly bill fell by 40%.";

const STRONG_CLOSING: &str = "Yes, I have two questions. How does your team decide when a \
    service needs its own database? And what would you expect me to own in my first three \
    months, so that I can prepare for it before I start?";

/// A technical round answered well, in time.
fn strong() -> Mock {
    let mut m = Mock::new(Round::Technical, 30);
    m.ask(Segment::Intro, intro(), Some((STRONG_INTRO, 55)));
    m.ask(
        Segment::Technical,
        idempotency(),
        Some((STRONG_IDEMPOTENT, 85)),
    );
    m.ask(Segment::Project, project(), Some((STRONG_PROJECT, 88)));
    m.ask(Segment::Closing, closing(), Some((STRONG_CLOSING, 40)));
    m
}

/// A technical round with the usual faults: "we", no numbers, fillers,
/// overtime, thin technical answers, a pass.
fn weak() -> Mock {
    let mut m = Mock::new(Round::Technical, 30);
    m.ask(
        Segment::Intro,
        intro(),
        Some((
            "Hi, um, we basically did a lot of projects at school, you know, and um we \
             worked on web things together.",
            150,
        )),
    );
    m.ask(
        Segment::Technical,
        idempotency(),
        Some(("Um, it basically means the same effect, you know.", 120)),
    );
    m.ask(
        Segment::Technical,
        index(),
        Some(("Um, an index makes reads fast, like, basically.", 100)),
    );
    m.ask(
        Segment::Project,
        project(),
        Some((
            "We made a crawler and we deployed it. Um, it went well.",
            80,
        )),
    );
    m.ask(Segment::Closing, closing(), None);
    m
}

#[test]
fn each_answer_reports_its_time_speech_points_checks_and_fillers() {
    let mut m = Mock::new(Round::Technical, 30);
    let answer = "An idempotent request is a request with the same effect however often it is \
                  sent, um, so a client can retry it. Um, basically that is all.";
    m.ask(Segment::Technical, idempotency(), Some((answer, 150)));
    let r = m.report();
    let a = &r.answers[0];
    assert_eq!(a.item, 0);
    assert_eq!((a.segment, a.kind), (Segment::Technical, Kind::Technical));
    assert_eq!(a.prompt, IDEMPOTENT);
    assert_eq!(a.attempt_id.as_deref(), Some("a1"));
    assert_eq!(a.took(), Some(Span::from_secs(150)));
    assert_eq!(a.overtime(), Some(Span::from_secs(60)));
    // 27 words at 150 a minute.
    assert_eq!(a.words, 27);
    assert!((a.speaking_secs - 27.0 * 60.0 / 150.0).abs() < 1e-9);
    assert_eq!(a.covered(), 2);
    assert_eq!(a.missed().collect::<Vec<_>>(), ["PUT and DELETE"]);
    assert_eq!(
        a.fillers,
        [("um".to_string(), 2), ("basically".to_string(), 1)]
    );
    // A concept answer: judged on definition, example, trade-off; never on "I".
    assert_eq!(a.check(CheckKind::Definition), Some(true));
    assert_eq!(a.check(CheckKind::Example), Some(false));
    assert_eq!(a.check(CheckKind::FirstPerson), None);
    assert_eq!(a.check(CheckKind::Numbers), None);
    assert_eq!(a.star, None);
    assert_eq!(r.totals.over_limit, 1);
}

#[test]
fn a_passed_question_has_no_answer_but_keeps_what_a_strong_one_covers() {
    let mut m = Mock::new(Round::Technical, 30);
    m.ask(Segment::Technical, idempotency(), None);
    let r = m.report();
    let a = &r.answers[0];
    assert!(a.passed && !a.answered());
    assert_eq!(
        (a.took(), a.overtime(), a.attempt_id.as_deref()),
        (None, None, None)
    );
    assert_eq!(a.key_points.len(), 3);
    assert!(a.checks.is_empty());
    assert_eq!((r.totals.passed, r.totals.answered), (1, 0));
    // Passed questions are their own change, not "missed key points".
    assert_eq!(r.totals.key_points, 0);
    assert!(r.missed_points.is_empty());
    assert!(matches!(
        r.changes[..],
        [Change::Passed {
            count: 1,
            of: 1,
            ..
        }]
    ));
}

#[test]
fn stories_are_judged_on_first_person_numbers_and_star_in_english_and_korean() {
    // (answer, first person, numbers, STAR complete)
    let cases = [
        (STRONG_PROJECT, true, true, true),
        (
            "We made a crawler and we deployed it. It went well.",
            false,
            false,
            false,
        ),
        (
            "상황: 캡스톤 프로젝트에서 4명이 중고 거래 가격 크롤러를 만들었습니다.\n과제: 제가 매일 \
             아침 7시 전에 수집을 끝내는 일을 맡았습니다.\n행동: 제가 EC2 8대로 크롤러를 나누고 \
             Airflow로 스케줄을 짰습니다.\n결과: 6시간 걸리던 수집을 1.5시간으로 줄였습니다.",
            true,
            true,
            true,
        ),
        (
            "저희는 크롤러를 만들었습니다. 음 그냥 어 잘 됐습니다.",
            false,
            false,
            false,
        ),
    ];
    for (text, first_person, numbers, star) in cases {
        let mut m = Mock::new(Round::Technical, 30);
        m.ask(Segment::Project, project(), Some((text, 60)));
        let a = &m.report().answers[0];
        assert_eq!(
            a.check(CheckKind::FirstPerson),
            Some(first_person),
            "{text}"
        );
        assert_eq!(a.check(CheckKind::Numbers), Some(numbers), "{text}");
        assert_eq!(a.star.map(|s| s.complete()), Some(star), "{text}");
        assert_eq!(a.check(CheckKind::Definition), None, "{text}");
    }
}

#[test]
fn korean_fillers_and_first_person_are_counted() {
    let mut m = Mock::new(Round::Culture, 20);
    m.record.language = "ko".into();
    m.ask(
        Segment::Behavioral,
        question(
            "conflict",
            Kind::Behavioral,
            90,
            "팀원과 갈등을 해결한 경험을 말씀해 주세요.",
            &[],
        ),
        Some((
            "음 저희는 그냥 대화로 잘 풀었습니다. 어 그냥 서로 양보했고 음 결과는 좋았습니다.",
            60,
        )),
    );
    let r = m.report();
    let a = &r.answers[0];
    let count = |w: &str| a.fillers.iter().find(|(f, _)| f == w).map(|(_, n)| *n);
    assert_eq!(
        (count("음"), count("그냥"), count("어")),
        (Some(2), Some(2), Some(1))
    );
    assert_eq!(a.filler_count(), 5);
    assert_eq!(a.we, ["저희"]);
    assert_eq!(a.check(CheckKind::FirstPerson), Some(false));
    match &r.changes[0] {
        Change::FirstPerson { count, of, we, .. } => {
            assert_eq!(
                (*count, *of, we.as_slice()),
                (1, 1, &["저희".to_string()][..])
            );
        }
        other => panic!("expected the first-person change first, got {other:?}"),
    }
    assert!(r.changes[0].text().contains("“저희” in “팀원과 갈등을"));
}

#[test]
fn the_first_person_change_quotes_the_story_that_said_we() {
    let mut m = Mock::new(Round::Culture, 20);
    let motivation = question(
        "m",
        Kind::Intro,
        60,
        "저희 회사에 지원하신 동기를 말씀해 주세요.",
        &[],
    );
    m.ask(
        Segment::Motivation,
        motivation,
        Some(("좋은 회사라서 지원했습니다.", 30)),
    );
    let conflict = question("b", Kind::Behavioral, 90, "갈등을 해결한 경험은?", &[]);
    m.ask(
        Segment::Behavioral,
        conflict,
        Some(("저희는 대화로 잘 풀었습니다.", 30)),
    );
    let r = m.report();
    let first_person = changes::candidates(&r)
        .into_iter()
        .find(|c| kind(c) == "first person");
    match first_person {
        Some(Change::FirstPerson {
            count,
            of,
            question,
            we,
        }) => {
            assert_eq!((count, of), (2, 2));
            assert_eq!(question, "갈등을 해결한 경험은?");
            assert_eq!(we, ["저희"]);
        }
        other => panic!("expected the first-person change, got {other:?}"),
    }
}

#[test]
fn follow_ups_say_why_they_were_asked_and_which_answer_led_to_them() {
    let mut m = Mock::new(Round::Technical, 30);
    let parent = m.ask(
        Segment::Technical,
        idempotency(),
        Some(("We cache the result in Redis under an idempotency key.", 60)),
    );
    let intro_item = m.ask(Segment::Intro, intro(), Some((STRONG_INTRO, 50)));
    let first = m.follow_up(
        parent,
        AskedBecause::Mentioned("Redis".into()),
        "How do you keep the cache consistent with the database?",
        Some((
            "I write to the database first and then delete the cache key.",
            40,
        )),
    );
    let second = m.follow_up(
        parent,
        AskedBecause::Missed(vec!["retry".into()]),
        "What happens if the client retries after a timeout?",
        None,
    );
    let r = m.report();
    assert_eq!(r.answers[parent].led_to, [first, second]);
    assert!(r.answers[intro_item].led_to.is_empty());
    let f = &r.answers[first];
    assert_eq!(f.follow_up_of, Some(parent));
    assert_eq!(f.because, Some(AskedBecause::Mentioned("Redis".into())));
    assert!(f.is_follow_up() && f.key_points.is_empty());
    assert!(r.answers[second].passed);
}

#[test]
fn items_are_found_by_value_when_the_inputs_hold_copies() {
    let mut m = Mock::new(Round::Technical, 30);
    let parent = m.ask(Segment::Technical, idempotency(), Some(("Redis.", 30)));
    m.follow_up(
        parent,
        AskedBecause::InOrder,
        "How would you make a POST safe to retry?",
        Some(("With a key.", 20)),
    );
    // Inputs in reverse order, each item a copy: indices still come from the record.
    let items: Vec<MockItem> = m.record.items.iter().rev().cloned().collect();
    let questions: Vec<&Question> = m.questions.iter().rev().collect();
    let attempts: Vec<Option<&Attempt>> = m.attempts.iter().rev().map(Option::as_ref).collect();
    let inputs: Vec<AnswerInput> = (0..2)
        .map(|i| AnswerInput {
            item: &items[i],
            question: questions[i],
            attempt: attempts[i],
            talking_points: "",
        })
        .collect();
    let r = build(&m.record, &inputs, &Rates::default());
    assert_eq!(r.answers.iter().map(|a| a.item).collect::<Vec<_>>(), [0, 1]);
    assert_eq!(r.answers[0].led_to, [1]);
}

#[test]
fn talking_points_are_reported_apart_from_the_key_points() {
    let mut m = Mock::new(Round::Technical, 30);
    m.ask(
        Segment::Project,
        project(),
        Some(("I split the crawler over 8 EC2 instances.", 40)),
    );
    m.talking[0] = "8 EC2 instances\nRedshift cost alarm".into();
    let a = &m.report().answers[0];
    assert!(a.key_points.is_empty());
    let got: Vec<(&str, bool)> = a
        .talking_points
        .iter()
        .map(|p| (p.text.as_str(), p.covered))
        .collect();
    assert_eq!(
        got,
        [("8 EC2 instances", true), ("Redshift cost alarm", false)]
    );
}

#[test]
fn missed_key_points_come_most_often_missed_then_most_central_first() {
    let mut m = Mock::new(Round::Technical, 30);
    // Points A, B, C; D, B; E, F. Covered: A; D; F.
    m.ask(
        Segment::Technical,
        question(
            "q1",
            Kind::Technical,
            90,
            "Q1?",
            &[
                &["alpha", "alpha"],
                &["bravo", "bravo"],
                &["charlie", "charlie"],
            ],
        ),
        Some(("Alpha is a thing.", 30)),
    );
    m.ask(
        Segment::Technical,
        question(
            "q2",
            Kind::Technical,
            90,
            "Q2?",
            &[&["delta", "delta"], &["Bravo ", "bravo"]],
        ),
        Some(("Delta is a thing.", 30)),
    );
    m.ask(
        Segment::Technical,
        question(
            "q3",
            Kind::Technical,
            90,
            "Q3?",
            &[&["echo", "echo"], &["foxtrot", "foxtrot"]],
        ),
        Some(("Foxtrot is a thing.", 30)),
    );
    let r = m.report();
    let got: Vec<(&str, &[usize])> = r
        .missed_points
        .iter()
        .map(|p| (p.text.as_str(), p.answers.as_slice()))
        .collect();
    assert_eq!(
        got,
        [
            ("bravo", &[0, 1][..]),
            ("echo", &[2][..]),
            ("charlie", &[0][..])
        ]
    );
    assert_eq!((r.totals.key_points, r.totals.key_points_covered), (7, 3));
}

#[test]
fn checks_missed_across_answers_are_counted_against_those_they_apply_to() {
    let mut m = Mock::new(Round::Technical, 30);
    let with_trade_off = "A cache is a copy kept close. For example Redis. The downside is \
                          staleness.";
    let without = "A cache is a copy kept close. For example Redis.";
    for (i, text) in [without, with_trade_off, without, without]
        .into_iter()
        .enumerate()
    {
        let q = question(
            &format!("t{i}"),
            Kind::Technical,
            90,
            "What is a cache?",
            &[],
        );
        m.ask(Segment::Technical, q, Some((text, 30)));
    }
    // A story: trade-off does not apply to it.
    m.ask(Segment::Project, project(), Some((STRONG_PROJECT, 60)));
    let r = m.report();
    let trade_off = r
        .missed_checks
        .iter()
        .find(|c| c.check == CheckKind::TradeOff)
        .expect("trade-off missed");
    assert_eq!(
        (trade_off.answers.as_slice(), trade_off.of),
        (&[0, 2, 3][..], 4)
    );
    assert!(
        !r.missed_checks
            .iter()
            .any(|c| c.check == CheckKind::Definition)
    );
    assert!(r.changes.iter().any(|c| matches!(
        c,
        Change::Concept {
            check: CheckKind::TradeOff,
            count: 3,
            of: 4,
            ..
        }
    )));
    let text = r
        .changes
        .iter()
        .find(|c| matches!(c, Change::Concept { .. }))
        .map(Change::text)
        .unwrap_or_default();
    assert!(
        text.starts_with("No trade-off in 3 of 4 technical answers, such as “What is a cache?”")
    );
}

#[test]
fn follow_ups_count_in_time_and_fillers_but_not_in_the_checks_missed() {
    let mut m = Mock::new(Round::Technical, 30);
    let parent = m.ask(
        Segment::Technical,
        idempotency(),
        Some((STRONG_IDEMPOTENT, 60)),
    );
    m.follow_up(
        parent,
        AskedBecause::InOrder,
        "How would you make a POST safe to retry?",
        Some(("Um, with a key, um, basically.", 200)),
    );
    let r = m.report();
    assert_eq!(r.totals.over_limit, 1);
    assert_eq!(r.totals.fillers, 3);
    assert!(r.missed_checks.is_empty(), "{:?}", r.missed_checks);
}

#[test]
fn fillers_per_minute_are_over_the_estimated_speaking_time() {
    let mut m = Mock::new(Round::Technical, 30);
    // 75 words (30 s at 150 a minute) with 3 fillers: 6 a minute.
    let words = "um ".to_string() + &"word ".repeat(72) + "um, um.";
    m.ask(Segment::Technical, idempotency(), Some((&words, 60)));
    // 300 Hangul syllables (60 s at 300 a minute) with 3 fillers.
    let korean = "그냥 음 어 ".to_string() + &"가나다라마 ".repeat(59) + "가";
    m.ask(Segment::Technical, index(), Some((&korean, 60)));
    let r = m.report();
    assert_eq!(r.totals.fillers, 6);
    assert!(
        (r.totals.speaking_secs - 90.0).abs() < 1e-9,
        "{}",
        r.totals.speaking_secs
    );
    let per_minute = r.fillers_per_minute().unwrap_or_default();
    assert!((per_minute - 4.0).abs() < 1e-9, "{per_minute}");
    assert_eq!(
        Mock::new(Round::Technical, 30)
            .report()
            .fillers_per_minute(),
        None
    );
}

#[test]
fn experiences_are_counted_from_the_planned_stories() {
    let crawler_2 = "On the crawler I set Redshift cost alarms and cut the monthly bill by 40%.";
    let chat = "I built a chat app with WebSocket and Redis and kept p99 latency under 200 ms.";
    let cases = [
        ("the same crawler twice", crawler_2, 1),
        ("two projects", chat, 2),
    ];
    for (name, second, want) in cases {
        let mut m = Mock::new(Round::Culture, 20);
        m.ask(Segment::Project, project(), Some((STRONG_PROJECT, 60)));
        let q = question(
            "b",
            Kind::Behavioral,
            90,
            "Tell me about a hard problem.",
            &[],
        );
        m.ask(Segment::Behavioral, q, Some((second, 60)));
        // A follow-up about something else is not another experience.
        m.follow_up(
            1,
            AskedBecause::InOrder,
            "What else?",
            Some(("I also wrote a Kafka consumer in Go for 3 weeks.", 30)),
        );
        let r = m.report();
        assert_eq!(r.experiences.len(), want, "{name}");
        assert_eq!(Measure::Experiences.value(&r), Some(want as f64), "{name}");
    }
}

/// A change's kind, for comparing lists of them.
fn kind(c: &Change) -> &'static str {
    match c {
        Change::Passed { .. } => "passed",
        Change::FirstPerson { .. } => "first person",
        Change::KeyPoints { .. } => "key points",
        Change::Overtime { .. } => "overtime",
        Change::TooShort { .. } => "too short",
        Change::Numbers { .. } => "numbers",
        Change::Result { .. } => "result",
        Change::Star { .. } => "star",
        Change::Concept { .. } => "concept",
        Change::Fillers { .. } => "fillers",
        Change::OneExperience { .. } => "one experience",
    }
}

#[test]
fn a_weak_interview_gets_the_three_heaviest_changes_in_order() {
    let r = weak().report();
    let kinds: Vec<&str> = r.changes.iter().map(kind).collect();
    // First person 3.0 × 2/2; key points 3.0 × 5/6; too short 2.0 × 4/4
    // before numbers and result (2.0 × 2/2: as heavy, but fewer answers);
    // overtime 2.0 × 3/4 after them.
    assert_eq!(kinds, ["first person", "key points", "too short"]);
    let texts: Vec<String> = r.changes.iter().map(Change::text).collect();
    assert_eq!(
        texts[0],
        "2 of 2 stories never say what you did yourself (“we” in “Tell me about yourself.”): \
         say what you did — “I built…”, not “we did…”."
    );
    assert_eq!(
        texts[1],
        format!(
            "You covered 1 of 6 key points; “How does a database index speed up a lookup?” \
             missed “a sorted structure such as a B-tree” and “fewer pages read”: lead with \
             the points a strong answer needs."
        )
    );
    assert!(texts[2].starts_with("4 of 4 answers were far too short for the limit; "));
}

#[test]
fn a_weak_interview_has_every_fault_as_a_candidate() {
    let r = weak().report();
    let all = changes::candidates(&r);
    let has = |f: fn(&Change) -> bool| all.iter().any(f);
    assert!(has(|c| matches!(
        c,
        Change::Overtime {
            count: 3,
            of: 4,
            took_s: 150,
            limit_s: 60,
            ..
        }
    )));
    assert!(has(|c| matches!(
        c,
        Change::Passed {
            count: 1,
            of: 5,
            ..
        }
    )));
    assert!(has(|c| matches!(
        c,
        Change::Numbers {
            count: 2,
            of: 2,
            ..
        }
    )));
    assert!(has(|c| matches!(
        c,
        Change::Result {
            count: 2,
            of: 2,
            ..
        }
    )));
    assert!(has(
        |c| matches!(c, Change::Fillers { total, .. } if *total >= 8)
    ));
    assert!(has(|c| matches!(
        c,
        Change::Star {
            part: Part::Situation,
            ..
        }
    )));
    let weights: Vec<f64> = all.iter().map(Change::weight).collect();
    assert!(weights.windows(2).all(|w| w[0] >= w[1]), "{weights:?}");
    // Of equal weight (1.5), the more severe first (3 answers over time:
    // 2.0 × 3/4), then the one touching more: 11 fillers, 2 technical
    // answers without a trade-off, 1 incomplete STAR answer.
    let equal: Vec<usize> = all
        .iter()
        .filter(|c| (c.weight() - 1.5).abs() < 1e-9)
        .map(Change::touched)
        .collect();
    assert_eq!(equal, [3, 11, 2, 1]);
}

#[test]
fn a_strong_interview_gets_no_invented_changes() {
    let r = strong().report();
    assert!(r.changes.is_empty(), "{:#?}", r.changes);
    assert!(changes::candidates(&r).is_empty());
    assert_eq!(r.totals.over_limit, 0);
    assert_eq!((r.totals.key_points, r.totals.key_points_covered), (3, 3));
    assert_eq!((r.totals.stories, r.totals.stories_first_person), (2, 2));
    assert_eq!((r.totals.star_answers, r.totals.star_complete), (1, 1));
    assert_eq!(r.experiences.len(), 1);
}

#[test]
fn the_same_experience_everywhere_is_a_change_only_with_three_stories() {
    let crawler_2 = "On the crawler project I set Redshift cost alarms and cut the monthly bill by 40% \
                     in 2 months, which I then tracked every week in CloudWatch dashboards \
                     that I built for the team and reviewed with them.";
    let mut m = strong();
    let q = question(
        "b",
        Kind::Behavioral,
        60,
        "Tell me about a time you saved money.",
        &[],
    );
    m.ask(Segment::Behavioral, q, Some((crawler_2, 50)));
    let r = m.report();
    let one = r
        .changes
        .iter()
        .find(|c| matches!(c, Change::OneExperience { .. }));
    match one {
        Some(Change::OneExperience { stories, anchors }) => {
            assert_eq!(*stories, 3);
            assert_eq!(anchors[0], "crawler");
        }
        _ => panic!("expected the one-experience change: {:#?}", r.changes),
    }
}

#[test]
fn compare_says_better_or_worse_per_measure_both_have() {
    let weak = weak().report();
    let strong = strong().report();
    let compared = compare(&weak, &strong);
    let trend = |m: Measure| compared.iter().find(|c| c.measure == m).map(|c| c.trend);
    assert_eq!(trend(Measure::FillersPerMinute), Some(Trend::Better));
    assert_eq!(trend(Measure::OverLimit), Some(Trend::Better));
    assert_eq!(trend(Measure::KeyPoints), Some(Trend::Better));
    assert_eq!(trend(Measure::FirstPerson), Some(Trend::Better));
    assert_eq!(trend(Measure::Numbers), Some(Trend::Better));
    let back = compare(&strong, &weak);
    let worse = |m: Measure| back.iter().find(|c| c.measure == m).map(|c| c.trend);
    assert_eq!(worse(Measure::FillersPerMinute), Some(Trend::Worse));
    assert_eq!(worse(Measure::KeyPoints), Some(Trend::Worse));
    let same = compare(&strong, &strong);
    assert!(same.iter().all(|c| c.trend == Trend::Same));
    // Previous values come first.
    let fillers = compared
        .iter()
        .find(|c| c.measure == Measure::FillersPerMinute)
        .map(|c| (c.previous, c.now));
    assert_eq!(
        fillers,
        Some((
            weak.fillers_per_minute().unwrap_or_default(),
            strong.fillers_per_minute().unwrap_or_default()
        ))
    );
}

#[test]
fn compare_leaves_out_measures_one_report_lacks() {
    // Technical questions only: no stories, no STAR.
    let mut m = Mock::new(Round::Technical, 30);
    m.ask(
        Segment::Technical,
        idempotency(),
        Some((STRONG_IDEMPOTENT, 60)),
    );
    let concepts = m.report();
    let compared = compare(&strong().report(), &concepts);
    let measures: Vec<Measure> = compared.iter().map(|c| c.measure).collect();
    assert!(measures.contains(&Measure::KeyPoints));
    assert!(measures.contains(&Measure::TotalTime));
    for lacking in [
        Measure::FirstPerson,
        Measure::Numbers,
        Measure::Experiences,
        Measure::StarComplete,
    ] {
        assert!(!measures.contains(&lacking), "{lacking:?}");
    }
}

#[test]
fn the_report_survives_json_and_says_when_it_is_damaged() {
    let mut m = weak();
    let parent = 1;
    m.follow_up(
        parent,
        AskedBecause::Missed(vec!["retry".into(), "재시도".into()]),
        "What if the client retries?",
        Some(("It runs twice.", 20)),
    );
    let r = m.report();
    let json = r.to_json();
    assert_eq!(Report::from_json(&json), Ok(r.clone()));

    let cut = &json[..json.len() / 2];
    let damaged = Report::from_json(cut).expect_err("half a report");
    assert!(
        damaged.starts_with("the mock interview's report is damaged: "),
        "{damaged}"
    );
    assert!(damaged.contains("line 1 column"), "{damaged}");

    let no_version = json.replacen("\"version\":1,", "", 1);
    assert_eq!(
        Report::from_json(&no_version),
        Err("the mock interview's report is damaged: it has no version number".into())
    );

    let wrong = json.replacen("\"minutes\":30", "\"minutes\":\"thirty\"", 1);
    let wrong = Report::from_json(&wrong).expect_err("a string for minutes");
    assert!(
        wrong.contains("damaged") && wrong.contains("invalid type"),
        "{wrong}"
    );

    let newer = json.replacen("\"version\":1", "\"version\":9", 1).replacen(
        "\"kind\":\"first_person\"",
        "\"kind\":\"eye_contact\"",
        1,
    );
    let newer = Report::from_json(&newer).expect_err("an unknown change");
    assert!(
        newer.contains("written by a newer rehearse (report version 9"),
        "{newer}"
    );
}

#[test]
fn an_older_report_without_the_later_fields_still_reads() {
    let r = strong().report();
    let mut value: serde_json::Value = serde_json::from_str(&r.to_json()).unwrap_or_default();
    for later in [
        "missed_points",
        "missed_checks",
        "experiences",
        "changes",
        "finished_at_ms",
    ] {
        if let Some(map) = value.as_object_mut() {
            map.remove(later);
        }
    }
    let old = Report::from_json(&value.to_string()).expect("an older report");
    assert_eq!(old.answers, r.answers);
    assert!(old.experiences.is_empty() && old.changes.is_empty());
}

#[test]
fn markdown_has_every_section_and_the_details_of_each_answer() {
    let mut m = weak();
    m.follow_up(
        1,
        AskedBecause::Mentioned("Redis".into()),
        "How do you keep the cache consistent?",
        Some(("I delete the key after the write.", 20)),
    );
    let r = m.report();
    let compared = compare(&strong().report(), &r);
    let md = markdown(&m.record, &r, Some(&compared));
    for want in [
        "# Mock interview: backend, technical round",
        "started 2026-12-01 00:30 UTC · mock mock-1",
        "## What to change",
        "\n1. 2 of 2 stories never say what you did yourself",
        "## Compared with your previous mock",
        "| Fillers per minute | 0.0 |",
        "| worse |",
        "## The interview",
        "- Over their limit: 3 of 5",
        "- Key points covered: 1 of 6 (17%)",
        "### Key points most often missed",
        "### Checks most often missed",
        "## Answers",
        "### 1. Introduction: Tell me about yourself.",
        "- Time: 2:30 of 1:00 (1:30 over)",
        "- Said “we” instead of “I”",
        "- Fillers: 4 (“um” ×2, “basically” ×1, “you know” ×1)",
        "- Led to follow-ups: answer 6",
        "- Attempt: a1",
        "### 5. Closing: Do you have any questions for us?",
        "- Passed (limit 1m)",
        "### 6. Technical: How do you keep the cache consistent?",
        "- Follow-up to answer 2, asked because you mentioned “Redis”",
        "- STAR: missing Situation, Task, Action, Result",
    ] {
        assert!(md.contains(want), "missing {want:?} in\n{md}");
    }
    let plain = markdown(&m.record, &r, None);
    assert!(!plain.contains("## Compared"));
    let strong_md = markdown(&strong().record, &strong().report(), None);
    assert!(strong_md.contains("Nothing stood out: keep answering like this."));
}

/// A case, its answers as (question, text, seconds taken), the kind of
/// change looked for, and whether it should be there.
type Case<'a> = (&'a str, Vec<(Question, &'a str, i64)>, &'a str, bool);

/// `n` plain words.
fn words(n: usize) -> String {
    "word ".repeat(n)
}

#[test]
fn a_change_is_only_made_past_its_threshold() {
    let points = || {
        question(
            "four",
            Kind::Technical,
            600,
            "Four points?",
            &[
                &["alpha", "alpha"],
                &["bravo", "bravo"],
                &["charlie", "charlie"],
                &["delta", "delta"],
            ],
        )
    };
    let story = |id: &str| question(id, Kind::Experience, 600, "A story?", &[]);
    let timed = |id: &str, limit: u32| question(id, Kind::Technical, limit, "Timed?", &[]);
    let no_number = "I built the crawler myself and I shipped it to the team.";
    let fillers_30s = "um um um ".to_string() + &words(72);
    let fillers_2min = "um um um ".to_string() + &words(297);
    let two_fillers = "um um ".to_string() + &words(10);
    let (s75, s50, s1) = (words(75), words(50), words(1));
    let cases: Vec<Case> = vec![
        (
            "3 of 4 key points",
            vec![(points(), "Alpha, bravo and charlie.", 10)],
            "key points",
            false,
        ),
        (
            "2 of 4 key points",
            vec![(points(), "Alpha and bravo.", 10)],
            "key points",
            true,
        ),
        (
            "1 of 3 stories without numbers",
            vec![
                (story("a"), STRONG_PROJECT, 10),
                (story("b"), STRONG_PROJECT, 10),
                (story("c"), no_number, 10),
            ],
            "numbers",
            false,
        ),
        (
            "2 of 3 stories without numbers",
            vec![
                (story("a"), STRONG_PROJECT, 10),
                (story("b"), no_number, 10),
                (story("c"), no_number, 10),
            ],
            "numbers",
            true,
        ),
        (
            "one answer 20% over",
            vec![(timed("a", 100), &s75, 120)],
            "overtime",
            false,
        ),
        (
            "one answer 60% over",
            vec![(timed("a", 100), &s75, 160)],
            "overtime",
            true,
        ),
        (
            "two answers 10% over",
            vec![(timed("a", 100), &s75, 110), (timed("b", 100), &s75, 110)],
            "overtime",
            true,
        ),
        (
            "said in 30% of its limit",
            vec![(timed("a", 100), &s75, 50)],
            "too short",
            false,
        ),
        (
            "said in 20% of its limit",
            vec![(timed("a", 100), &s50, 50)],
            "too short",
            true,
        ),
        (
            "a 20-second limit is not held to it",
            vec![(timed("a", 20), &s1, 10)],
            "too short",
            false,
        ),
        (
            "3 fillers in 30 seconds",
            vec![(timed("a", 100), &fillers_30s, 50)],
            "fillers",
            true,
        ),
        (
            "3 fillers in 2 minutes",
            vec![(timed("a", 600), &fillers_2min, 50)],
            "fillers",
            false,
        ),
        (
            "2 fillers, however fast",
            vec![(timed("a", 100), &two_fillers, 50)],
            "fillers",
            false,
        ),
    ];
    for (name, answers, change, want) in cases {
        let mut m = Mock::new(Round::Technical, 30);
        for (q, text, took) in answers {
            m.ask(Segment::Technical, q, Some((text, took)));
        }
        let found = changes::candidates(&m.report());
        let got = found.iter().any(|c| kind(c) == change);
        assert_eq!(got, want, "{name}: {found:#?}");
    }
}

#[test]
fn a_change_reads_with_its_plural_in_english_and_its_particle_in_korean() {
    use crate::i18n::{Lang, scoped};
    let missed = |of: usize, point: &str| Change::KeyPoints {
        missed: 1,
        of,
        question: "갈등을 해결한 경험은?".into(),
        points: vec![point.into()],
    };
    let over = |count: usize, of: usize| Change::Overtime {
        count,
        of,
        question: "1분 자기소개 부탁드립니다.".into(),
        took_s: 150,
        limit_s: 60,
    };
    let cases = [
        (
            Lang::En,
            missed(1, "개선 전후 측정"),
            "You covered 0 of 1 key point; “갈등을 해결한 경험은?” missed “개선 전후 측정”:",
        ),
        (
            Lang::En,
            missed(3, "캐시"),
            "You covered 2 of 3 key points; “갈등을 해결한 경험은?” missed “캐시”:",
        ),
        (
            Lang::En,
            over(1, 1),
            "1 of 1 answer ran over the limit; “1분 자기소개 부탁드립니다.” took 2m30s of 1m:",
        ),
        (Lang::En, over(2, 5), "2 of 5 answers ran over the limit;"),
        (
            Lang::Ko,
            missed(1, "개선 전후 측정"),
            "핵심 포인트 1개 중 0개를 다뤘어요. “갈등을 해결한 경험은?”에서는 “개선 전후 측정”을 놓쳤어요.",
        ),
        (
            Lang::Ko,
            missed(3, "DB 앞단의 캐시"),
            "“DB 앞단의 캐시”를 놓쳤어요.",
        ),
        (
            Lang::Ko,
            over(2, 5),
            "답변 5개 중 2개가 제한 시간을 넘겼어요. “1분 자기소개 부탁드립니다.”는 제한 1분에 2분 30초 걸렸어요.",
        ),
    ];
    for (lang, change, want) in cases {
        let _l = scoped(lang);
        let text = change.text();
        assert!(text.contains(want), "{lang:?}: {text}");
        assert!(!text.contains("(를)") && !text.contains("(s)"), "{text}");
    }
    let _ko = scoped(Lang::Ko);
    let short = Change::TooShort {
        count: 1,
        of: 2,
        question: "Redis를 쓰는 이유는?".into(),
        spoken_s: 5,
        limit_s: 90,
    };
    assert!(
        short
            .text()
            .contains("“Redis를 쓰는 이유는?”은 말하면 약 5초, 제한은 1분 30초예요."),
        "{}",
        short.text()
    );
}

#[test]
fn the_markdown_report_reads_in_korean() {
    let mut m = weak();
    m.follow_up(
        1,
        AskedBecause::Mentioned("레디스".into()),
        "캐시 일관성은 어떻게 지키나요?",
        Some(("쓰기 뒤에 키를 지웁니다.", 20)),
    );
    let r = m.report();
    let _ko = crate::i18n::scoped(crate::i18n::Lang::Ko);
    let md = markdown(&m.record, &r, Some(&compare(&strong().report(), &r)));
    for want in [
        "# 모의 면접: backend, 기술 면접",
        "## 고칠 점",
        "## 지난 모의 면접과 비교",
        "| 지표 | 이전 | 이번 | |",
        "| 분당 습관어 | 0.0 |",
        "| 악화 |",
        "- 제한 시간 초과: 5개 중 3개",
        "- 다룬 핵심 포인트: 6개 중 1개 (17%)",
        "### 1. 자기소개: Tell me about yourself.",
        "- 시간: 2:30 / 1:00 (1:30 초과)",
        "- “저” 대신 “we”라고 말했어요",
        "- 이어진 꼬리질문: 6번 답변",
        "- 패스 (제한 시간 1분)",
        "- 2번 답변의 꼬리질문, “레디스”를 말해서 나온 질문",
        "- STAR: 상황, 과제, 행동, 결과 빠짐",
    ] {
        assert!(md.contains(want), "missing {want:?} in\n{md}");
    }
    assert!(!md.contains("answer"), "{md}");
}
