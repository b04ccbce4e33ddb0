//! The practice service driven as the app drives it, with no terminal: a
//! seeded rng, `now` passed in, a store in memory.

use rand::SeedableRng;
use rand::rngs::StdRng;

use super::*;
use crate::bank::{Library, Origin, parse_bank};
use crate::feedback::Rates;
use crate::model::{Instant, Span};
use crate::schedule::{Rating, Scheduler};
use crate::session::{Filter, Mode, QuestionResult};
use crate::store::{Draft, QuestionKey, Store};

const NOW: Instant = Instant::from_ms(1_795_000_000_000);
const DAY: Span = Span::from_days(1);
const fn ms(ms: i64) -> Span {
    Span::from_ms(ms)
}

const BANK: &str = r#"
id: svc
title: Service fixture
role: backend
language: en
questions:
  - id: q1
    prompt: What makes an HTTP method idempotent?
    key_points:
      - text: same effect
        match: [same effect]
    follow_ups:
      - How would you make a POST safe to retry?
  - id: q2
    prompt: How does an index speed up a lookup?
  - id: q3
    prompt: When would you use a queue?
"#;

fn lib() -> Library {
    let mut lib = Library::default();
    lib.add(
        parse_bank(
            "svc.yaml",
            "svc",
            BANK.as_bytes(),
            Origin::Bundled("svc.yaml".into()),
        )
        .unwrap(),
    );
    lib
}

fn result(asked: &Asked) -> QuestionResult {
    QuestionResult {
        key: asked.key.clone(),
        prompt: asked.question.prompt.clone(),
        duration_ms: Span::from_ms(1000),
        time_limit_s: asked.question.time_limit,
        words: 3,
        covered: 0,
        key_points: 0,
        rating: None,
        next_due: None,
    }
}

/// A draft of `text` for `key`, typed in `session`.
fn draft(key: &QuestionKey, prompt: &str, text: &str, session: &str) -> Draft {
    Draft {
        bank_id: key.bank_id.clone(),
        question_id: key.question_id.clone(),
        role: "backend".into(),
        prompt: prompt.into(),
        text: text.into(),
        started_at: NOW,
        updated_at: NOW + ms(5000),
        elapsed_ms: Span::from_ms(5000),
        mode: "practice".into(),
        time_limit_s: 120,
        session_id: Some(session.into()),
    }
}

/// The first question answered and rated Good.
fn answer_q1_well(flow: &mut Flow, l: &Library, s: &mut Store) {
    answer_and_rate(flow, l, s, "the same effect", Rating::Good, None, NOW);
}

fn answer(next: Next) -> (Asked, Option<Draft>) {
    match next {
        Next::Answer { asked, draft } => (asked, draft),
        other => panic!("expected an answer, got {other:?}"),
    }
}

/// Answers the current question with `text` and rates it.
fn answer_and_rate(
    flow: &mut Flow,
    l: &Library,
    s: &mut Store,
    text: &str,
    r: Rating,
    fu: Option<usize>,
    now: Instant,
) -> (Asked, bool) {
    let (asked, _) = answer(flow.next(l, s));
    let (a, _) = flow
        .submit(s, &asked, text.into(), now - ms(1000), ms(1000), now)
        .unwrap();
    let sched = Scheduler::default_params();
    let (_, again) = flow
        .rate(
            s,
            &sched,
            &asked,
            Some(&a.id),
            r,
            false,
            fu,
            result(&asked),
            now,
        )
        .unwrap();
    (asked, again)
}

#[test]
fn a_seeded_practice_draws_the_same_questions_every_time() {
    let (l, s) = (lib(), Store::in_memory().unwrap());
    let f = Filter::default();
    let a = plan::practice(&l, &s, &f, 2, &mut StdRng::seed_from_u64(9)).unwrap();
    let b = plan::practice(&l, &s, &f, 2, &mut StdRng::seed_from_u64(9)).unwrap();
    assert_eq!(a, b);
    assert_eq!(a.len(), 2);
    assert_ne!(a[0], a[1]);
    let none = Filter {
        tags: vec!["nothing-has-this".into()],
        ..Default::default()
    };
    assert!(matches!(
        plan::practice(&l, &s, &none, 2, &mut StdRng::seed_from_u64(1)),
        Err(plan::PlanError::NoMatch)
    ));
}

#[test]
fn a_session_runs_through_its_questions_with_follow_ups_and_agains() {
    let (l, mut s) = (lib(), Store::in_memory().unwrap());
    let keys = ["q1", "q2", "q3"]
        .map(|q| QuestionKey::new("svc", q))
        .to_vec();
    let mut flow = Flow::start(&s, Mode::Practice, keys, NOW).unwrap();
    // q1 with its follow-up queued: the follow-up comes next, with its parent.
    let (asked, again) = answer_and_rate(
        &mut flow,
        &l,
        &mut s,
        "the same effect",
        Rating::Good,
        Some(0),
        NOW,
    );
    assert_eq!(asked.key.question_id, "q1");
    assert!(!again);
    let (fu, _) = answer(flow.next(&l, &s));
    assert_eq!(fu.key.question_id, "q1.follow-up-1");
    assert_eq!(
        fu.parent.as_deref(),
        Some("What makes an HTTP method idempotent?")
    );
    assert_eq!(fu.bank_title, "Service fixture");
    // An Again comes back later in the session, not straight away.
    let (fu_again, again) = answer_and_rate(
        &mut flow,
        &l,
        &mut s,
        "no idea",
        Rating::Again,
        None,
        NOW + ms(10_000),
    );
    assert!(again);
    let order: Vec<String> = std::iter::from_fn(|| match flow.next(&l, &s) {
        Next::Answer { asked, .. } => {
            flow.discard_current();
            Some(asked.key.question_id)
        }
        _ => None,
    })
    .collect();
    assert_eq!(order, ["q2", "q3", fu_again.key.question_id.as_str()]);
    assert!(matches!(flow.next(&l, &s), Next::Done));
    // Ratings reached the store.
    assert_eq!(
        s.card(&QuestionKey::new("svc", "q1"))
            .unwrap()
            .unwrap()
            .reps,
        1
    );
}

#[test]
fn an_interrupted_session_resumes_with_its_draft_and_its_results() {
    let (l, mut s) = (lib(), Store::in_memory().unwrap());
    let keys = ["q1", "q2", "q3"]
        .map(|q| QuestionKey::new("svc", q))
        .to_vec();
    let mut flow = Flow::start(&s, Mode::Practice, keys, NOW).unwrap();
    answer_q1_well(&mut flow, &l, &mut s);
    let (asked, _) = answer(flow.next(&l, &s));
    let draft = draft(
        &asked.key,
        &asked.question.prompt,
        "반쯤 쓴 답변",
        &flow.session.id,
    );
    s.save_draft(&draft).unwrap();
    drop(flow); // the app stops here

    let r = recovery::find(&s).unwrap().expect("something to pick up");
    assert_eq!(r.session.as_ref().unwrap().position, 1);
    let mut flow = Flow::resume(&l, &s, r, &Rates::default(), NOW + DAY).unwrap();
    assert_eq!(
        flow.session.results.len(),
        1,
        "the rated answer is in the summary"
    );
    let (again, d) = answer(flow.next(&l, &s));
    assert_eq!(again.key, asked.key);
    assert_eq!(d.unwrap().text, "반쯤 쓴 답변");
    assert_eq!(flow.session.position(), (2, 3));
}

#[test]
fn a_review_rates_the_unrated_answers_first_then_what_is_due() {
    let (l, mut s) = (lib(), Store::in_memory().unwrap());
    let sched = Scheduler::default_params();
    let keys = ["q1", "q2"].map(|q| QuestionKey::new("svc", q)).to_vec();
    let mut flow = Flow::start(&s, Mode::Practice, keys, NOW).unwrap();
    answer_q1_well(&mut flow, &l, &mut s);
    // q2 answered and left unrated.
    let (asked, _) = answer(flow.next(&l, &s));
    let (a, _) = flow
        .submit(
            &s,
            &asked,
            "left unrated".into(),
            NOW,
            ms(1000),
            NOW + ms(2000),
        )
        .unwrap();
    flow.skip_rating(&a.id, false, result(&asked));
    assert!(matches!(flow.next(&l, &s), Next::Done));

    let later = NOW + 30 * DAY;
    let p = plan::review(
        &l,
        &s,
        &sched,
        &[],
        plan::NewToday {
            limit: 0,
            since: later - ms(1000),
        },
        later,
        &mut StdRng::seed_from_u64(3),
    )
    .unwrap();
    assert_eq!(p.backlog.len(), 1);
    assert_eq!(
        p.queue,
        [QuestionKey::new("svc", "q1")],
        "q1 is due; q2 waits in the backlog"
    );
    let mut review = Flow::start(&s, Mode::Review, p.queue, later)
        .unwrap()
        .with_backlog(p.backlog);
    let Next::Rate {
        attempt,
        earlier: true,
        asked,
        ..
    } = review.next(&l, &s)
    else {
        panic!("the unrated answer comes first")
    };
    assert_eq!(attempt.text, "left unrated");
    review
        .rate(
            &mut s,
            &sched,
            &asked,
            Some(&attempt.id),
            Rating::Hard,
            true,
            None,
            result(&asked),
            later,
        )
        .unwrap();
    assert!(s.unrated_attempts().unwrap().is_empty());
    let (due, _) = answer(review.next(&l, &s));
    assert_eq!(due.key.question_id, "q1");
}

#[test]
fn a_draft_comes_back_even_when_its_bank_is_gone() {
    let (l, s) = (lib(), Store::in_memory().unwrap());
    let key = QuestionKey::new("gone-bank", "q9");
    let flow = Flow::start(&s, Mode::Practice, vec![key.clone()], NOW).unwrap();
    s.save_session_progress(&flow.session.id, &flow.session.queue, 0)
        .unwrap();
    s.save_draft(&draft(
        &key,
        "A question from a bank since deleted",
        "what I had typed",
        &flow.session.id,
    ))
    .unwrap();
    let r = recovery::find(&s).unwrap().unwrap();
    let mut flow = Flow::resume(&l, &s, r, &Rates::default(), NOW + DAY).unwrap();
    let (asked, d) = answer(flow.next(&l, &s));
    assert_eq!(
        asked.question.prompt,
        "A question from a bank since deleted"
    );
    assert_eq!(d.unwrap().text, "what I had typed");
}
