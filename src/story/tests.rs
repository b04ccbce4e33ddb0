//! The questions from your story: their ids and words, and one practised,
//! rated and scheduled through the practice service like a bank's.

use rand::SeedableRng;
use rand::rngs::StdRng;

use super::questions::{BANK_EN, BANK_KO, MOCK_TEMPLATES, ROLE, slug, source};
use super::*;
use crate::bank::{AskWhen, Bank, Kind, Library, Origin};
use crate::feedback::Rates;
use crate::feedback::follow_ups::choose;
use crate::model::{Instant, Span};
use crate::practice::{self, Flow, Next, plan};
use crate::schedule::{Rating, Scheduler};
use crate::session::{Filter, Mode, QuestionResult};
use crate::store::{QuestionKey, Store};

const NOW: Instant = Instant::from_ms(1_795_000_000_000);

/// The crawler of PRODUCT.md, named `name`.
pub(super) fn crawler(name: &str) -> Project {
    Project {
        id: "crawler".into(),
        name: name.into(),
        when: Some("2024-03..2024-06".into()),
        role: Some("backend / infra".into()),
        team: Some(4),
        stack: vec!["EC2".into(), "Redshift".into(), "IAM".into()],
        tags: vec![],
        did: vec![
            "split the crawler over 8 EC2 instances, 6 h → 1.5 h".into(),
            "set Redshift cost alarms; cut the monthly bill by 40%".into(),
            "created an IAM user per teammate with least privilege".into(),
        ],
        result: Some("daily price table for 2M listings".into()),
        lesson: Some("would use an IAM role and a launch template next time".into()),
    }
}

fn story(name: &str) -> Story {
    Story {
        projects: vec![crawler(name)],
    }
}

fn ids(bank: &Bank) -> Vec<&str> {
    bank.questions.iter().map(|q| q.id.as_str()).collect()
}

/// The key points of `q` that are facts of the story.
fn facts_of(q: &crate::bank::Question) -> Vec<&str> {
    q.key_points
        .iter()
        .filter(|k| k.talking)
        .map(|k| k.text.as_str())
        .collect()
}

fn prompt<'b>(bank: &'b Bank, id: &str) -> &'b str {
    &bank.question(id).unwrap_or_else(|| panic!("{id}")).prompt
}

#[test]
fn two_banks_with_stable_ids_per_project_and_per_technology() {
    let banks = questions(&story("크롤러"));
    assert_eq!(banks.len(), 2);
    let (en, ko) = (&banks[0], &banks[1]);
    assert_eq!((en.id.as_str(), ko.id.as_str()), (BANK_EN, BANK_KO));
    assert_eq!((en.language.as_str(), ko.language.as_str()), ("en", "ko"));
    assert_eq!((en.role.as_str(), ko.role.as_str()), (ROLE, ROLE));
    assert_eq!(en.title, "Your story");
    assert_eq!(ko.title, "내 경험에서 나온 질문");
    assert_eq!(en.origin, Origin::Story);
    let want = [
        "crawler.part",
        "crawler.result",
        "crawler.hardest",
        "crawler.change",
        "crawler.why.ec2",
        "crawler.why.redshift",
        "crawler.why.iam",
        "crawler.alternatives.ec2",
        "crawler.alternatives.redshift",
        "crawler.alternatives.iam",
    ];
    assert_eq!(ids(en), want);
    assert_eq!(ids(ko), want);
    for q in en.questions.iter().chain(&ko.questions) {
        assert_eq!(q.kind, Kind::Experience, "{}", q.id);
        assert!((120..=180).contains(&q.time_limit), "{}", q.id);
        assert!(
            !q.key_points.is_empty() && !q.follow_ups.is_empty(),
            "{}",
            q.id
        );
        let s = source(&q.id).unwrap();
        assert_eq!(s.project, "crawler");
    }
    // Built again, the same banks.
    assert_eq!(questions(&story("크롤러")), banks);
}

#[test]
fn renaming_a_project_keeps_every_id_and_changes_the_words() {
    let before = questions(&story("크롤러"));
    let after = questions(&story("Used-goods price crawler (capstone)"));
    for (b, a) in before.iter().zip(&after) {
        assert_eq!(ids(b), ids(a));
    }
    assert_ne!(before, after);
    assert_eq!(
        prompt(&after[0], "crawler.hardest"),
        "What was the hardest problem you ran into on the Used-goods price crawler project, and how did you solve it?"
    );
    // The part in brackets is not read out.
    assert_eq!(
        prompt(&after[1], "crawler.change"),
        "Used-goods price crawler 프로젝트를 다시 한다면 무엇을 다르게 하시겠어요?"
    );
    // A stack entry renamed is a new technology: its questions are new.
    let mut s = story("크롤러");
    s.projects[0].stack[0] = "AWS EC2".into();
    let ids_now: Vec<String> = questions(&s)[0]
        .questions
        .iter()
        .map(|q| q.id.to_string())
        .collect();
    assert!(ids_now.contains(&"crawler.why.aws-ec2".to_string()));
    assert!(!ids_now.contains(&"crawler.why.ec2".to_string()));
}

#[test]
fn korean_questions_read_as_a_korean_interviewer_asks_them() {
    let banks = questions(&story("크롤러"));
    let ko = &banks[1];
    let cases = [
        (
            "crawler.why.ec2",
            "크롤러 프로젝트에서 EC2를 쓰셨는데, 왜 EC2였나요? 어떤 점이 필요해서 고르셨나요?",
        ),
        (
            "crawler.why.iam",
            "크롤러 프로젝트에서 IAM을 쓰셨는데, 왜 IAM이었나요? 어떤 점이 필요해서 고르셨나요?",
        ),
        (
            "crawler.alternatives.redshift",
            "크롤러 프로젝트에서 Redshift와 비교해 본 다른 선택지가 있었나요? 그중에서 Redshift를 고른 이유는 무엇인가요?",
        ),
        (
            "crawler.alternatives.iam",
            "크롤러 프로젝트에서 IAM과 비교해 본 다른 선택지가 있었나요? 그중에서 IAM을 고른 이유는 무엇인가요?",
        ),
        (
            "crawler.part",
            "크롤러 프로젝트에서 본인이 맡은 부분은 정확히 어디까지였나요? 팀이 아니라 본인이 직접 한 일을 중심으로 말씀해 주세요.",
        ),
        (
            "crawler.hardest",
            "크롤러 프로젝트를 하면서 가장 어려웠던 문제는 무엇이었고, 어떻게 해결하셨나요?",
        ),
    ];
    for (id, want) in cases {
        assert_eq!(prompt(ko, id), want);
    }
    let follow_ups = |id: &str| -> Vec<String> {
        ko.question(id)
            .unwrap()
            .follow_ups
            .iter()
            .map(|f| f.ask.clone())
            .collect()
    };
    assert!(
        follow_ups("crawler.why.iam").contains(&"IAM이 없었다면 무엇으로 대신하셨을까요?".into())
    );
    assert!(
        follow_ups("crawler.alternatives.iam")
            .contains(&"지금 다시 고른다면 그래도 IAM으로 하시겠어요?".into())
    );
    assert!(
        follow_ups("crawler.alternatives.redshift")
            .contains(&"지금 다시 고른다면 그래도 Redshift로 하시겠어요?".into())
    );
    assert!(
        follow_ups("crawler.part")
            .contains(&"4명이 함께하셨는데, 각자 어떤 부분을 맡았나요?".into())
    );
    // A project that names what it was is not called a project again.
    let mut s = story("졸업 프로젝트");
    s.projects[0].team = Some(1);
    let ko = &questions(&s)[1];
    assert_eq!(
        prompt(ko, "crawler.change"),
        "졸업 프로젝트를 다시 한다면 무엇을 다르게 하시겠어요?"
    );
    // Alone: no "who did what".
    assert!(
        ko.question("crawler.part")
            .unwrap()
            .follow_ups
            .iter()
            .all(|f| !f.ask.contains("명이"))
    );
}

#[test]
fn the_facts_are_key_points_that_need_their_numbers() {
    let banks = questions(&story("크롤러"));
    let part = banks[0].question("crawler.part").unwrap();
    assert_eq!(facts_of(part), crawler("").did);
    let generic = part.key_points.iter().find(|k| !k.talking).unwrap();
    assert_eq!(generic.text, "Your own actions, in the first person");
    let covered = |answer: &str| -> Vec<bool> {
        practice::analyze(part, "", answer, &Rates::default())
            .coverage
            .iter()
            .map(|h| h.covered)
            .collect()
    };
    let with_numbers = "I split the crawler over 8 EC2 instances, so it took 1.5 h instead of 6 h.";
    assert!(covered(with_numbers)[0]);
    let without = "I split the crawler over several EC2 instances so it was much quicker.";
    assert!(!covered(without)[0], "the numbers must be said");
    // The result question: the result and the facts with numbers.
    let result = banks[0].question("crawler.result").unwrap();
    assert_eq!(
        facts_of(result),
        [
            "daily price table for 2M listings",
            "split the crawler over 8 EC2 instances, 6 h → 1.5 h",
            "set Redshift cost alarms; cut the monthly bill by 40%",
        ]
    );
    // Why a technology: the facts that name it.
    let why = banks[1].question("crawler.why.redshift").unwrap();
    assert_eq!(
        facts_of(why),
        ["set Redshift cost alarms; cut the monthly bill by 40%"]
    );
    let change = banks[0].question("crawler.change").unwrap();
    assert_eq!(
        change.key_points[0].text,
        "would use an IAM role and a launch template next time"
    );
}

#[test]
fn saying_we_brings_the_what_was_your_part_follow_up() {
    let banks = questions(&story("크롤러"));
    for (bank, answer, ask) in [
        (
            &banks[0],
            "We built the crawler and we used Redshift for the table.",
            "You said “we” there; which part of that did you do yourself?",
        ),
        (
            &banks[1],
            "저희가 크롤러를 만들었고 저희는 Redshift를 썼습니다.",
            "팀 단위로 말씀하셨는데, 그중 본인이 직접 한 부분은 어디까지인가요?",
        ),
    ] {
        let q = bank.question("crawler.part").unwrap();
        let chosen = choose(answer, &q.follow_ups, 2);
        assert_eq!(q.follow_ups[chosen[0].index].ask, ask);
        assert!(matches!(
            q.follow_ups[chosen[0].index].when,
            AskWhen::Mentions(_)
        ));
        // In the first person, the plain follow-ups instead.
        let mine = choose("I split the crawler myself.", &q.follow_ups, 2);
        assert!(mine.iter().all(|c| q.follow_ups[c.index].ask != ask));
    }
}

#[test]
fn slugs_and_sources() {
    let cases = [
        ("AWS EC2", "aws-ec2"),
        ("Node.js", "node-js"),
        ("C++", "cpp"),
        ("C#", "csharp"),
        (" Spring Boot 3 ", "spring-boot-3"),
        ("레디스", "레디스"),
        ("!!!", ""),
    ];
    for (tech, want) in cases {
        assert_eq!(slug(tech), want, "{tech}");
    }
    let mut s = story("크롤러");
    s.projects[0].stack = vec!["EC2".into(), "ec2".into(), "!!!".into(), "S3".into()];
    let en = &questions(&s)[0];
    let why: Vec<&str> = ids(en)
        .into_iter()
        .filter(|i| i.contains(".why."))
        .collect();
    assert_eq!(why, ["crawler.why.ec2", "crawler.why.s3"]);
    assert_eq!(
        source("crawler.why"),
        None,
        "a tech template needs its tech"
    );
    assert_eq!(source("crawler.part.ec2"), None);
    assert_eq!(source("crawler.nope"), None);
    assert_eq!(
        source("crawler.why.aws-ec2").map(|s| (s.project, s.template, s.tech)),
        Some(("crawler", "why", Some("aws-ec2")))
    );
    assert!(
        MOCK_TEMPLATES
            .iter()
            .all(|t| source(&format!("p.{t}")).is_some())
    );
}

#[test]
fn the_library_replaces_the_story_banks_and_drops_them_for_an_empty_story() {
    let mut lib = Library::load(None, &[]);
    let bundled = lib.banks().len();
    lib.add_story(&story("크롤러"));
    lib.add_story(&story("크롤러 v2"));
    assert_eq!(lib.banks().len(), bundled + 2);
    assert!(lib.notices.is_empty(), "{:?}", lib.notices);
    let (b, q) = lib.question(BANK_KO, "crawler.change").unwrap();
    assert_eq!(b.origin.label(), "your story");
    assert!(q.prompt.starts_with("크롤러 v2 프로젝트를"));
    assert!(lib.roles().contains_key(ROLE));
    lib.add_story(&Story::default());
    assert_eq!(lib.banks().len(), bundled);
}

#[test]
fn the_stored_story_reaches_the_library_and_a_broken_one_is_a_problem() {
    let store = Store::in_memory().unwrap();
    let mut lib = Library::default();
    lib.add_stored_story(&store);
    assert!(lib.banks().is_empty() && lib.problems.is_empty());
    store
        .set_story_yaml(
            "projects:\n  - id: crawler\n    name: 크롤러\n    stack: [EC2]\n    team: 4\n",
            NOW,
        )
        .unwrap();
    lib.add_stored_story(&store);
    assert!(lib.question(BANK_EN, "crawler.why.ec2").is_some());
    store.set_story_yaml("projects: [ {", NOW).unwrap();
    let mut broken = Library::default();
    broken.add_stored_story(&store);
    assert!(broken.banks().is_empty());
    assert!(
        broken.problems[0]
            .to_string()
            .starts_with("story.yaml:2:1: "),
        "{}",
        broken.problems[0]
    );
}

fn result(asked: &practice::Asked) -> QuestionResult {
    QuestionResult {
        key: asked.key.clone(),
        prompt: asked.question.prompt.clone(),
        duration_ms: Span::from_ms(90_000),
        time_limit_s: asked.question.time_limit,
        words: 20,
        covered: 1,
        key_points: asked.question.key_points.len(),
        rating: None,
        next_due: None,
    }
}

#[test]
fn a_story_question_is_practised_rated_scheduled_and_outlives_its_project() {
    let mut lib = Library::load(None, &[]);
    lib.add_story(&story("크롤러"));
    let mut store = Store::in_memory().unwrap();
    let filter = Filter {
        roles: vec![ROLE.into()],
        lang: Some("ko".into()),
        ..Filter::default()
    };
    let keys = plan::practice(&lib, &store, &filter, 3, &mut StdRng::seed_from_u64(7)).unwrap();
    assert_eq!(keys.len(), 3);
    assert!(keys.iter().all(|k| k.bank_id == BANK_KO), "{keys:?}");

    let key = QuestionKey::new(BANK_KO, "crawler.part");
    let mut flow = Flow::start(&store, Mode::Practice, vec![key.clone()], NOW).unwrap();
    let Next::Answer { asked, .. } = flow.next(&lib, &store) else {
        panic!("the story question is asked")
    };
    assert_eq!(asked.role, ROLE);
    assert_eq!(asked.bank_title, "내 경험에서 나온 질문");
    let answer = "제가 크롤러를 EC2 8대로 나눠서 6시간 걸리던 작업을 1.5시간으로 줄였습니다.";
    let (attempt, _) = flow
        .submit(
            &store,
            &asked,
            answer.into(),
            NOW,
            Span::from_ms(90_000),
            NOW + Span::from_ms(90_000),
        )
        .unwrap();
    let sched = Scheduler::default_params();
    let later = NOW + Span::from_ms(100_000);
    let (card, again) = flow
        .rate(
            &mut store,
            &sched,
            &asked,
            Some(&attempt.id),
            Rating::Good,
            false,
            None,
            result(&asked),
            later,
        )
        .unwrap();
    assert!(!again);
    assert!(card.due > later, "scheduled for later");
    assert_eq!(store.card(&key).unwrap().unwrap().reps, 1);
    assert!(matches!(flow.next(&lib, &store), Next::Done));

    // The project is deleted: its answers stay readable, and the card can
    // still be asked from what it saved.
    lib.add_story(&Story::default());
    assert!(lib.bank(BANK_KO).is_none());
    let saved = store.attempts_for(&key).unwrap();
    assert_eq!(saved.len(), 1);
    assert_eq!(saved[0].text, answer);
    assert_eq!(saved[0].prompt, asked.question.prompt);
    let gone = practice::resolve(&lib, &store, &key).expect("known from its card");
    assert_eq!(gone.question.prompt, asked.question.prompt);
}
