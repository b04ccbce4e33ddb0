//! The mock interview as a pure state machine: a store in memory, a seeded
//! rng, `now` passed in.

use rand::SeedableRng;
use rand::rngs::StdRng;

use super::plan::{self, MockConfig, PlanError};
use super::run::{MODE, Mock};
use crate::bank::{Library, Origin, parse_bank};
use crate::model::{AskedBecause, Instant, Round, Segment, Span};
use crate::store::Store;

const NOW: Instant = Instant::from_ms(1_795_000_000_000);

const BANKS: &[(&str, &str)] = &[
    (
        "be",
        r#"
id: be
role: backend
language: en
questions:
  - id: cache
    prompt: How would you cache a slow query?
    time_limit: 2m
    follow_ups:
      - How would you measure the hit rate?
      - ask: How do you keep Redis consistent with the database?
        if_mentions: [redis]
      - ask: What happens when the cache is cold after a restart?
        if_missing: [warm, 예열]
  - id: index
    prompt: How does an index speed up a lookup?
    time_limit: 2m
    follow_ups:
      - Which columns would you index first?
  - id: queue
    prompt: When would you use a queue?
    time_limit: 2m
  - id: tx
    prompt: What does a transaction guarantee?
    time_limit: 2m
  - id: crawler
    prompt: What exactly did you do on your last backend project?
    kind: experience
    time_limit: 3m
"#,
    ),
    (
        "intro",
        r#"
id: intro
role: intro
language: en
defaults: { kind: intro, time_limit: 90 }
questions:
  - id: one-minute
    prompt: Introduce yourself in a minute.
    tags: [self-intro]
  - id: backend-intro
    prompt: Introduce yourself as a backend engineer.
    tags: [self-intro, backend]
  - id: why-us
    prompt: Why do you want this role?
    tags: [motivation]
"#,
    ),
    (
        "close",
        r#"
id: close
role: closing
language: en
defaults: { kind: closing, time_limit: 60 }
questions:
  - id: questions-for-us
    prompt: Do you have any questions for us?
    tags: [reverse-questions]
  - id: last-words
    prompt: Anything you would like to add?
    tags: [final-words]
"#,
    ),
    (
        "beh",
        r#"
id: beh
role: behavioral
language: en
defaults: { kind: behavioral, time_limit: 2m }
questions:
  - id: conflict
    prompt: Tell me about a conflict in your team.
    follow_ups:
      - ask: What was the result, in numbers?
        if_missing: ["%", result]
  - id: failure
    prompt: Tell me about a failure.
  - id: deadline
    prompt: Tell me about a missed deadline.
"#,
    ),
];

fn lib() -> Library {
    let mut lib = Library::default();
    for (id, yaml) in BANKS {
        lib.add(
            parse_bank(
                &format!("{id}.yaml"),
                id,
                yaml.as_bytes(),
                Origin::Bundled(format!("{id}.yaml")),
            )
            .unwrap(),
        );
    }
    lib
}

fn config(round: Round, minutes: u32) -> MockConfig {
    MockConfig {
        role: "backend".into(),
        language: "en".into(),
        round,
        minutes,
    }
}

fn segments(items: &[crate::model::MockItem]) -> Vec<Segment> {
    let mut out: Vec<Segment> = Vec::new();
    for i in items {
        if out.last() != Some(&i.segment) {
            out.push(i.segment);
        }
    }
    out
}

fn planned(round: Round, minutes: u32, seed: u64) -> Vec<crate::model::MockItem> {
    let mut rng = StdRng::seed_from_u64(seed);
    plan::plan(
        &lib(),
        &Default::default(),
        &config(round, minutes),
        &mut rng,
    )
    .unwrap()
}

#[test]
fn rounds_have_the_shape_of_real_interviews() {
    use Segment::*;
    for seed in 0..10 {
        assert_eq!(
            segments(&planned(Round::Technical, 30, seed)),
            [Intro, Technical, Project, Closing]
        );
        assert_eq!(
            segments(&planned(Round::Culture, 20, seed)),
            [Intro, Motivation, Behavioral, Closing]
        );
        assert_eq!(
            segments(&planned(Round::Full, 50, seed)),
            [Intro, Technical, Project, Motivation, Behavioral, Closing]
        );
        let t = planned(Round::Technical, 30, seed);
        // The self-introduction has one minute, and the role's own one is
        // preferred; a technical round closes with the reverse questions.
        assert_eq!(t[0].time_limit_s, 60);
        assert_eq!(t[0].key.question_id, "backend-intro");
        assert_eq!(t.last().unwrap().key.question_id, "questions-for-us");
        let c = planned(Round::Culture, 20, seed);
        assert_eq!(c.last().unwrap().key.question_id, "last-words");
        // Never the same question twice.
        let mut keys: Vec<_> = t.iter().map(|i| &i.key).collect();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), t.len());
    }
}

#[test]
fn the_number_of_questions_fits_the_minutes() {
    let count = |minutes| {
        planned(Round::Technical, minutes, 1)
            .iter()
            .filter(|i| i.segment == Segment::Technical)
            .count()
    };
    // Each technical question here costs 2 min + its follow-ups.
    assert_eq!(count(3), 1, "at least one, even when it does not fit");
    assert!(count(12) < count(30), "{} vs {}", count(12), count(30));
    assert_eq!(count(90), 4, "all of them, never twice");
    // A short round drops the project question rather than run over.
    let short = planned(Round::Technical, 3, 1);
    assert!(short.iter().all(|i| i.segment != Segment::Project));
    assert_eq!(
        segments(&short),
        [Segment::Intro, Segment::Technical, Segment::Closing]
    );
}

#[test]
fn the_project_question_comes_from_your_story_when_it_has_a_project() {
    use crate::story::{Project, Story, questions};
    let project = |lib: &Library, seed| {
        let items = plan::plan(
            lib,
            &Default::default(),
            &config(Round::Technical, 30),
            &mut StdRng::seed_from_u64(seed),
        )
        .unwrap();
        let p: Vec<_> = items
            .into_iter()
            .filter(|i| i.segment == Segment::Project)
            .collect();
        assert_eq!(p.len(), 1);
        p[0].key.clone()
    };
    let mut with_story = lib();
    with_story.add_story(&Story {
        projects: vec![Project {
            id: "crawler".into(),
            name: "Price crawler".into(),
            stack: vec!["EC2".into(), "Redshift".into()],
            did: vec!["split the crawler over 8 EC2 instances".into()],
            ..Project::default()
        }],
    });
    let mut templates = std::collections::BTreeSet::new();
    for seed in 0..12 {
        // Without a story, the bank's project question, as before.
        assert_eq!(project(&lib(), seed).question_id, "crawler");
        let k = project(&with_story, seed);
        assert_eq!(k.bank_id, questions::BANK_EN, "{k:?}");
        templates.insert(
            questions::source(&k.question_id)
                .unwrap()
                .template
                .to_string(),
        );
    }
    // "What exactly was your part" and "the hardest problem" are preferred.
    assert_eq!(
        templates.into_iter().collect::<Vec<_>>(),
        ["hardest", "part"]
    );
}

#[test]
fn a_role_or_language_without_questions_is_refused() {
    let mut rng = StdRng::seed_from_u64(0);
    let mut c = config(Round::Technical, 30);
    c.language = "ko".into();
    let e = plan::plan(&lib(), &Default::default(), &c, &mut rng).unwrap_err();
    assert!(matches!(e, PlanError::NoTechnical { .. }), "{e}");
    let mut c = config(Round::Culture, 20);
    c.role = "frontend".into();
    // A culture round needs no technical bank for the role.
    assert!(plan::plan(&lib(), &Default::default(), &c, &mut rng).is_ok());
}

/// Starts a three-question technical mock: intro, `cache`, closing.
fn started(store: &Store) -> Mock {
    let items = planned(Round::Technical, 3, 1)
        .into_iter()
        .map(|mut i| {
            if i.segment == Segment::Technical {
                i.key.question_id = "cache".into();
            }
            i
        })
        .collect();
    Mock::start(store, &config(Round::Technical, 3), items, NOW).unwrap()
}

fn at(s: i64) -> Instant {
    NOW + Span::from_secs(s)
}

/// Answers the current question at `t` seconds, having started at `from`.
fn answer(m: &mut Mock, store: &Store, text: &str, from: i64, t: i64) {
    let asked = m.asked(&lib(), store).expect("a question to ask");
    m.submit(
        store,
        &asked,
        text.into(),
        at(from),
        Span::from_secs(t - from),
        at(t),
    )
    .unwrap();
}

#[test]
fn follow_ups_react_to_what_the_answer_said() {
    let store = Store::in_memory().unwrap();
    let mut m = started(&store);
    answer(&mut m, &store, "I build APIs in Rust.", 0, 50);
    assert_eq!(m.current().unwrap().segment, Segment::Technical);
    // Mentions Redis, says nothing of warming: both conditional follow-ups,
    // the plain one left out (two at most).
    answer(&mut m, &store, "I would put Redis in front of it.", 50, 150);
    let next: Vec<_> = m.record.items[2..4]
        .iter()
        .map(|i| {
            (
                i.key.question_id.as_str(),
                i.because.clone(),
                i.follow_up_of,
            )
        })
        .collect();
    assert_eq!(
        next,
        [
            (
                "cache.follow-up-2",
                Some(AskedBecause::Mentioned("redis".into())),
                Some(1)
            ),
            (
                "cache.follow-up-3",
                Some(AskedBecause::Missed(vec!["warm".into(), "예열".into()])),
                Some(1)
            ),
        ]
    );
    let fu = m.asked(&lib(), &store).unwrap();
    assert_eq!(
        fu.question.prompt,
        "How do you keep Redis consistent with the database?"
    );
    assert_eq!(fu.question.time_limit, 60, "a follow-up has a minute");
    // A follow-up's answer brings no follow-ups of its own.
    answer(&mut m, &store, "Redis again, write-through.", 150, 200);
    assert_eq!(m.record.items.len(), 5);
    assert_eq!(m.record.items[3].key.question_id, "cache.follow-up-3");

    // The other answer: no Redis, warms the cache: the plain one is asked.
    let store = Store::in_memory().unwrap();
    let mut m = started(&store);
    answer(&mut m, &store, "Hi.", 0, 30);
    answer(&mut m, &store, "A local cache, warmed at start-up.", 30, 90);
    let asked: Vec<_> = m
        .record
        .items
        .iter()
        .filter(|i| i.follow_up_of.is_some())
        .map(|i| i.key.question_id.as_str())
        .collect();
    assert_eq!(asked, ["cache.follow-up-1"]);
}

#[test]
fn one_clock_runs_through_the_interview_and_never_pauses() {
    let store = Store::in_memory().unwrap();
    let mut m = started(&store);
    assert_eq!(m.clock(NOW), Span::ZERO);
    answer(&mut m, &store, "Hello, I am a backend developer.", 0, 70);
    // Between questions the clock keeps running, as in a room.
    assert_eq!(m.clock(at(85)), Span::from_secs(85));
    // Three minutes: overtime after 180 s.
    assert!(!m.overtime(at(180)));
    assert!(m.overtime(at(181)));
    // Overtime is shown, never cut off: the interview goes on.
    answer(&mut m, &store, "Redis.", 85, 200);
    assert_eq!(m.clock(at(200)), Span::from_secs(200));
    assert!(!m.is_done());
    let asked = m.asked(&lib(), &store).unwrap();
    assert!(asked.key.question_id.starts_with("cache.follow-up"));
}

#[test]
fn answers_are_saved_unrated_with_mode_mock_and_the_interview_limit() {
    let store = Store::in_memory().unwrap();
    let mut m = started(&store);
    answer(&mut m, &store, "Hello.", 0, 40);
    let saved = store.session_attempts(&m.record.id).unwrap();
    assert_eq!(saved.len(), 1);
    assert_eq!(saved[0].mode, MODE);
    assert_eq!(saved[0].rating, None);
    assert_eq!(saved[0].time_limit_s, 60);
    assert_eq!(saved[0].duration_ms, Span::from_secs(40));
    assert_eq!(
        m.record.items[0].attempt_id.as_deref(),
        Some(saved[0].id.as_str())
    );
}

#[test]
fn a_crash_resumes_at_the_question_with_its_clock_and_earlier_answers() {
    let store = Store::in_memory().unwrap();
    let mut m = started(&store);
    answer(&mut m, &store, "Hello.", 0, 40);
    answer(&mut m, &store, "Redis in front.", 40, 160);
    let id = m.record.id.clone();
    let before = m.record.clone();
    drop(m);
    // The app dies while a draft of the follow-up is 25 s old; it comes
    // back an hour later.
    let open = store.open_sessions().unwrap();
    assert_eq!(
        (open[0].id.as_str(), open[0].mode.as_str()),
        (id.as_str(), "mock")
    );
    let record = store.mock(&id).unwrap().unwrap();
    assert_eq!(record, before);
    let later = at(3_600);
    let m = Mock::resume(record, Some(Span::from_secs(25)), later);
    assert_eq!(m.record.position, 2);
    assert_eq!(m.clock(later), Span::from_secs(160 + 25));
    assert_eq!(m.clock(later + Span::from_secs(5)), Span::from_secs(190));
    assert_eq!(
        m.asked(&lib(), &store).unwrap().key.question_id,
        "cache.follow-up-2"
    );
    let answered = m.answered(&lib(), &store).unwrap();
    assert_eq!(
        answered
            .iter()
            .filter_map(|a| a.attempt.as_ref().map(|t| t.text.as_str()))
            .collect::<Vec<_>>(),
        ["Hello.", "Redis in front."]
    );
}

#[test]
fn passing_and_ending_early_are_kept_and_the_finish_closes_the_session() {
    let store = Store::in_memory().unwrap();
    let mut m = started(&store);
    m.pass(&store, at(20));
    assert!(m.record.items[0].passed);
    answer(&mut m, &store, "Redis.", 20, 100);
    m.end_early(&store, at(110));
    assert!(m.is_done());
    assert_eq!(m.record.items.len(), 2, "the rest is not asked");
    m.finish(&store, "{}".into(), at(120)).unwrap();
    assert!(store.open_sessions().unwrap().is_empty());
    let back = store.mock(&m.record.id).unwrap().unwrap();
    assert_eq!(back.finished_at, Some(at(120)));
    assert_eq!(back.elapsed_ms, Span::from_secs(120));
}
