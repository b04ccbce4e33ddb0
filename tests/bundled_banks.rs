//! The bundled library: all banks validate, the minimum counts and shares
//! hold, and no shipped id ever disappears (answers are saved under them).

use std::collections::{BTreeSet, HashMap};

use rehearse::bank::{AskWhen, Kind, Library};

const ROLES: [&str; 9] = [
    "backend",
    "data-engineering",
    "cloud-devops",
    "frontend",
    "cs-fundamentals",
    "behavioral",
    "intro",
    "project-experience",
    "closing",
];

fn bundled() -> Library {
    let lib = Library::load(None, &[]);
    assert!(
        lib.problems.is_empty(),
        "bundled banks must validate: {:?}",
        lib.problems
    );
    lib
}

#[test]
fn nine_roles_in_both_languages_with_minimum_counts() {
    let lib = bundled();
    let mut total = 0;
    for role in ROLES {
        for lang in ["en", "ko"] {
            let id = format!("{role}-{lang}");
            let bank = lib.bank(&id).unwrap_or_else(|| panic!("missing bank {id}"));
            assert_eq!(bank.role, role);
            assert_eq!(bank.language, lang);
            let min = if role == "closing" { 20 } else { 40 };
            assert!(
                bank.questions.len() >= min,
                "{id} has {} questions, needs {min}",
                bank.questions.len()
            );
            total += bank.questions.len();
        }
    }
    assert!(total > 700, "only {total} questions");
}

#[test]
fn key_points_follow_ups_and_time_limits() {
    let lib = bundled();
    for bank in lib.banks() {
        let with_follow_ups = bank
            .questions
            .iter()
            .filter(|q| !q.follow_ups.is_empty())
            .count();
        assert!(
            with_follow_ups * 3 >= bank.questions.len() * 2,
            "{}: only {with_follow_ups} with follow-ups",
            bank.id
        );
        for q in &bank.questions {
            let at = format!("{}/{}", bank.id, q.id);
            assert!(!q.key_points.is_empty(), "{at}: no key points");
            for k in &q.key_points {
                assert!(
                    k.explicit && !k.terms.is_empty(),
                    "{at}: key point `{}` has no match terms",
                    k.text
                );
            }
            let (lo, hi) = match q.kind {
                Kind::Intro | Kind::Closing => (30, 120),
                Kind::Technical => (60, 240),
                Kind::Behavioral | Kind::Experience => (90, 240),
            };
            assert!(
                (lo..=hi).contains(&q.time_limit),
                "{at}: {} s does not fit {}",
                q.time_limit,
                q.kind
            );
        }
    }
}

/// A mock interview branches on what the answer said: most technical
/// questions, and a good share of the behavioural, experience and intro
/// ones, carry a follow-up asked only when the answer names something
/// (`if_mentions`) or leaves it out (`if_missing`).
#[test]
fn interviewers_branch_on_the_answer() {
    let lib = bundled();
    for bank in lib.banks().iter().filter(|b| b.role != "closing") {
        let conditional = bank
            .questions
            .iter()
            .filter(|q| {
                q.follow_ups
                    .iter()
                    .any(|f| !matches!(f.when, AskWhen::Always))
            })
            .count();
        let technical = !matches!(
            bank.role.as_str(),
            "behavioral" | "project-experience" | "intro"
        );
        let percent = if technical { 60 } else { 40 };
        assert!(
            conditional * 100 >= bank.questions.len() * percent,
            "{}: {conditional} of {} questions have a conditional follow-up, needs {percent}%",
            bank.id,
            bank.questions.len()
        );
    }
}

#[test]
fn korean_banks_match_in_korean() {
    let lib = bundled();
    for bank in lib.banks().iter().filter(|b| b.language == "ko") {
        let hangul_points = bank
            .questions
            .iter()
            .flat_map(|q| &q.key_points)
            .filter(|k| {
                k.terms
                    .iter()
                    .any(|t| t.chars().any(rehearse::text::is_hangul))
            })
            .count();
        let all = bank
            .questions
            .iter()
            .map(|q| q.key_points.len())
            .sum::<usize>();
        assert!(
            hangul_points * 2 >= all,
            "{}: only {hangul_points} of {all} key points have Korean terms",
            bank.id
        );
    }
}

/// `question-banks/ids.txt` lists every shipped `bank/question` id. An id
/// that disappears or changes orphans people's saved answers.
#[test]
fn shipped_ids_never_disappear() {
    let lib = bundled();
    let now: BTreeSet<String> = lib
        .banks()
        .iter()
        .flat_map(|b| {
            b.questions
                .iter()
                .map(move |q| format!("{}/{}", b.id, q.id))
        })
        .collect();
    let listed_text = include_str!("../question-banks/ids.txt");
    let listed: BTreeSet<String> = listed_text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect();
    let gone: Vec<&String> = listed.difference(&now).collect();
    assert!(
        gone.is_empty(),
        "shipped ids disappeared (answers are saved under them): {gone:?}"
    );
    let unlisted: Vec<&String> = now.difference(&listed).collect();
    assert!(
        unlisted.is_empty(),
        "new ids must be added to question-banks/ids.txt: {unlisted:?}"
    );
    let mut per_bank: HashMap<&str, usize> = HashMap::new();
    for id in &listed {
        *per_bank
            .entry(id.split('/').next().unwrap_or(""))
            .or_default() += 1;
    }
    assert_eq!(per_bank.len(), 18);
}
