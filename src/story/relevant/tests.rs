//! Facts for a question and facts used, in English and Korean, on the
//! story of PRODUCT.md ("Your story") and its Korean twin.

use super::*;
use crate::bank::KeyPoint;
use crate::story::Project;

/// The AWS story of PRODUCT.md (the questions' crawler, with tags and
/// its whole stack), and a second project.
pub(crate) fn aws_story() -> Story {
    Story {
        projects: vec![
            Project {
                stack: vec![
                    "AWS EC2".into(),
                    "Redshift".into(),
                    "IAM".into(),
                    "Python".into(),
                    "Airflow".into(),
                ],
                tags: vec!["cost".into(), "scaling".into()],
                ..crate::story::tests::crawler("중고 거래 가격 크롤러 (capstone)")
            },
            Project {
                id: "shop-front".into(),
                name: "Shop front".into(),
                stack: vec!["React".into()],
                tags: vec!["frontend".into()],
                did: vec!["rebuilt the checkout page in React, 3 s → 1 s to load".into()],
                ..Project::default()
            },
        ],
    }
}

/// The same project written in Korean.
pub(crate) fn korean_story() -> Story {
    Story {
        projects: vec![Project {
            id: "crawler".into(),
            name: "중고 거래 가격 크롤러".into(),
            stack: vec!["AWS EC2".into(), "Redshift".into(), "IAM".into()],
            did: vec![
                "크롤러를 EC2 8대로 나눠서 6시간을 1.5시간으로 단축".into(),
                "Redshift 비용 알람을 설정해 월 비용을 40% 절감".into(),
                "팀원마다 최소 권한의 IAM 사용자를 만듦".into(),
            ],
            result: Some("매일 200만 건의 가격 테이블".into()),
            ..Project::default()
        }],
    }
}

fn question(kind: Kind, prompt: &str, tags: &[&str], key_points: &[(&str, &[&str])]) -> Question {
    Question {
        id: "q".into(),
        prompt: prompt.into(),
        kind,
        level: None,
        tags: tags.iter().map(|&t| t.into()).collect(),
        time_limit: 120,
        key_points: key_points
            .iter()
            .map(|(text, terms)| KeyPoint {
                text: text.to_string(),
                terms: terms.iter().map(|&t| t.into()).collect(),
                explicit: true,
                talking: false,
            })
            .collect(),
        follow_ups: vec![],
        notes: None,
    }
}

fn texts<'a>(facts: &[Fact<'a>]) -> Vec<&'a str> {
    facts.iter().map(|f| f.text).collect()
}

#[test]
fn facts_are_found_by_technology_tag_and_key_point() {
    let story = aws_story();
    // By technology in the prompt: the fact naming it first, then the
    // rest of the project whose stack has it; not the other project.
    let q = question(
        Kind::Experience,
        "How did you keep Redshift under control?",
        &[],
        &[],
    );
    let got = texts(&relevant(&story, &q));
    assert_eq!(
        got[0],
        "set Redshift cost alarms; cut the monthly bill by 40%"
    );
    assert_eq!(got.len(), 4, "{got:?}");
    assert!(!got.iter().any(|f| f.contains("checkout")), "{got:?}");
    // By tag: a frontend question finds the shop front.
    let q = question(
        Kind::Behavioral,
        "Tell me about a hard deadline.",
        &["frontend"],
        &[],
    );
    assert_eq!(
        texts(&relevant(&story, &q)),
        ["rebuilt the checkout page in React, 3 s → 1 s to load"]
    );
    // By key-point term: IAM in a key point.
    let q = question(
        Kind::Experience,
        "What did you set up yourself in the cloud?",
        &[],
        &[("access control", &["IAM", "security group"])],
    );
    assert_eq!(
        relevant(&story, &q)[0].text,
        "created an IAM user per teammate with least privilege"
    );
}

#[test]
fn a_korean_question_finds_the_english_and_the_korean_crawler_facts() {
    let q = question(
        Kind::Experience,
        "크롤러를 여러 서버로 나눈 경험을 말씀해 주세요.",
        &[],
        &[],
    );
    let story = aws_story();
    let got = relevant(&story, &q);
    assert_eq!(
        got[0].text,
        "split the crawler over 8 EC2 instances, 6 h → 1.5 h"
    );
    assert!(got.iter().all(|f| f.project.id == "crawler"), "{got:?}");
    let story = korean_story();
    let got = relevant(&story, &q);
    assert_eq!(
        got[0].text,
        "크롤러를 EC2 8대로 나눠서 6시간을 1.5시간으로 단축"
    );
}

#[test]
fn a_question_about_you_with_nothing_specific_gets_every_fact_up_to_the_cap() {
    let mut story = aws_story();
    story.projects[1]
        .did
        .extend((1..=6).map(|i| format!("shipped feature {i}")));
    let q = question(Kind::Intro, "1분 자기소개를 해 주세요.", &[], &[]);
    let got = texts(&relevant(&story, &q));
    assert_eq!(got.len(), MAX_FACTS);
    assert_eq!(
        got[0],
        "split the crawler over 8 EC2 instances, 6 h → 1.5 h"
    );
    // A technical question needs a fact that names what it asks about.
    let q = question(
        Kind::Technical,
        "What is a columnar database like Redshift good at?",
        &[],
        &[],
    );
    assert_eq!(
        texts(&relevant(&story, &q)),
        ["set Redshift cost alarms; cut the monthly bill by 40%"]
    );
    let q = question(Kind::Technical, "What makes a method idempotent?", &[], &[]);
    assert!(relevant(&story, &q).is_empty());
    assert!(relevant(&Story::default(), &q).is_empty());
}

#[test]
fn a_question_made_from_a_project_finds_its_facts() {
    let story = aws_story();
    let mut q = question(Kind::Experience, "Which number shows the result?", &[], &[]);
    q.id = "shop-front.number".into();
    assert_eq!(relevant(&story, &q)[0].project.id, "shop-front");
}

#[test]
fn facts_used_in_english_need_their_numbers() {
    let story = aws_story();
    let facts: Vec<Fact> = story.facts().take(3).collect();
    let answer = "I split the crawler over 8 EC2 instances, which took the run \
                  from 6 hours to 1.5 hours. I also set Redshift cost alarms.";
    let hits = facts_used(answer, &facts);
    assert!(
        hits[0].used && hits[0].missing_numbers.is_empty(),
        "{:?}",
        hits[0]
    );
    assert!(!hits[0].spans.is_empty());
    // Words said, the 40% not: partly, the number named.
    assert!(!hits[1].used && hits[1].partly, "{:?}", hits[1]);
    assert_eq!(hits[1].missing_numbers, ["40%"]);
    assert!(!hits[2].used && !hits[2].partly);
    // Inflections: "splitting", "instance" for "instances".
    let hits = facts_used(
        "Splitting the crawler onto 8 EC2 instance boxes got 6 h down to 1.5 h",
        &facts[..1],
    );
    assert!(hits[0].used, "{:?}", hits[0]);
    // Said without the numbers.
    let hits = facts_used("I split the crawler over 8 EC2 instances.", &facts[..1]);
    assert!(hits[0].partly && !hits[0].used);
    assert_eq!(hits[0].missing_numbers, ["6h", "1.5h"]);
}

#[test]
fn facts_used_in_korean_with_particles_attached() {
    let story = korean_story();
    let facts: Vec<Fact> = story.facts().collect();
    let answer = "제가 크롤러가 너무 느려서 EC2를 8대로 나눠서 6시간을 1.5시간으로 \
                  단축했습니다. Redshift에는 비용 알람을 걸었습니다.";
    let hits = facts_used(answer, &facts);
    assert!(hits[0].used, "{:?}", hits[0]);
    assert!(hits[1].partly, "{:?}", hits[1]);
    assert_eq!(hits[1].missing_numbers, ["40%"]);
    assert!(!hits[2].used && !hits[2].partly, "{:?}", hits[2]);
    // The English fact said in Korean units, with particles on the names.
    let story = aws_story();
    let facts: Vec<Fact> = story.facts().take(1).collect();
    let hits = facts_used(
        "crawler를 EC2 instances 8대로 split해서 6시간에서 1.5시간이 됐습니다",
        &facts,
    );
    assert!(hits[0].used, "{:?}", hits[0]);
    // The English facts told all in Korean: the words count in either
    // language, the numbers with their units.
    let facts: Vec<Fact> = story.facts().collect();
    let hits = facts_used(
        "제가 크롤러를 EC2 8대로 나눠 돌려서 6시간 걸리던 수집을 1.5시간으로 줄였고, \
         팀원마다 IAM 사용자를 최소 권한으로 만들어 줬습니다.",
        &facts,
    );
    let used: Vec<&str> = hits
        .iter()
        .filter(|h| h.used)
        .map(|h| h.fact.text)
        .collect();
    assert_eq!(
        used,
        [
            "split the crawler over 8 EC2 instances, 6 h → 1.5 h",
            "created an IAM user per teammate with least privilege"
        ]
    );
}

#[test]
fn a_question_made_from_your_story_reports_its_own_facts_as_key_points_only() {
    let story = aws_story();
    let lib = {
        let mut lib = crate::bank::Library::default();
        lib.add_story(&story);
        lib
    };
    let q = lib
        .banks()
        .iter()
        .flat_map(|b| &b.questions)
        .find(|q| q.key_points.iter().any(|k| k.talking))
        .expect("a question made from the story's facts");
    let own: Vec<&str> = q
        .key_points
        .iter()
        .filter(|k| k.talking)
        .map(|k| k.text.as_str())
        .collect();
    // The panel shows them ...
    let shown = texts(&relevant(&story, q));
    assert!(
        own.iter().all(|f| shown.contains(f)),
        "{own:?} in {shown:?}"
    );
    // ... the feedback's "Your story" does not list them twice.
    let hits = answer_facts(&story, q, "I split the crawler.");
    assert!(hits.iter().all(|h| !own.contains(&h.fact.text)), "{hits:?}");
}
