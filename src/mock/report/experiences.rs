//! How many different experiences the stories of an interview drew on,
//! without the user's story (it comes later): a heuristic over what the
//! answers name.
//!
//! Each story is cut into *units*: an experience or behavioural answer
//! tells one experience, so it is one unit; an intro (self-introduction,
//! motivation) lists several, about one a sentence, so each sentence is a
//! unit. A unit's *anchors* are what pins it to an experience:
//! - project names: the word before "project" / "프로젝트" anywhere in the
//!   stories ("the crawler project" → crawler), then found in every unit
//!   by the feedback's matcher (so "크롤러를" and "crawlers" count);
//! - technologies named, except the general ones nearly every story uses
//!   (Python, Java, AWS, SQL, Git…);
//! - numbers with a unit or of two digits or more ("8 EC2" is too bare to
//!   say anything, "6 h", "40%", "8대", "2M" are not).
//!
//! A project name weighs 2, a technology or number 1. Two units are the
//! same experience when what they share weighs 2 or more (a name, or two
//! technologies, or a technology and a number…), and experiences are the
//! groups so linked. A whole answer needs an anchor to be placed, an intro
//! sentence a weight of 2 ("I like Rust" is a taste, not an experience);
//! a story with no placed unit is *unidentified* and not counted.

use serde::{Deserialize, Serialize};

use crate::bank::Kind;
use crate::feedback::{Normalized, concreteness, sentences, term_matches};

/// One experience the interview drew on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Experience {
    /// The answers (items) that told it, in interview order.
    pub answers: Vec<usize>,
    /// What they share or name: project names, then technologies, then
    /// numbers; at most five.
    pub anchors: Vec<String>,
}

/// A planned, answered story.
pub(super) struct Story<'a> {
    pub item: usize,
    pub kind: Kind,
    pub text: &'a str,
}

/// Technologies too general to tell two experiences apart.
const GENERAL: &[&str] = &[
    "AWS",
    "Python",
    "Java",
    "JavaScript",
    "TypeScript",
    "SQL",
    "Git",
    "GitHub",
    "GitLab",
    "Linux",
    "Jira",
    "Confluence",
    "HTML",
    "CSS",
];

/// Words before "project" that say what kind of project, not which.
const NOT_NAMES: &[&str] = &[
    "of",
    "on",
    "in",
    "at",
    "for",
    "with",
    "to",
    "from",
    "by",
    "about",
    "into",
    "and",
    "or",
    "a",
    "an",
    "the",
    "my",
    "our",
    "this",
    "that",
    "his",
    "her",
    "their",
    "your",
    "one",
    "side",
    "team",
    "group",
    "personal",
    "school",
    "class",
    "course",
    "toy",
    "last",
    "previous",
    "first",
    "second",
    "third",
    "final",
    "same",
    "other",
    "another",
    "whole",
    "big",
    "small",
    "new",
    "web",
    "mobile",
    "backend",
    "frontend",
    "each",
    "every",
    "any",
    "some",
    "that's",
    "팀",
    "개인",
    "토이",
    "사이드",
    "이",
    "그",
    "저",
    "해당",
    "같은",
    "다른",
    "첫",
    "첫번째",
    "마지막",
    "이번",
    "지난",
    "저희",
    "우리",
    "제",
    "웹",
    "모바일",
    "여러",
    "한",
    "두",
    "세",
];

/// Most anchors listed for an experience.
const ANCHORS: usize = 5;

#[derive(Default)]
struct Anchors {
    names: Vec<String>,
    techs: Vec<String>,
    numbers: Vec<String>,
}

impl Anchors {
    fn weight(&self) -> usize {
        2 * self.names.len() + self.techs.len() + self.numbers.len()
    }

    fn shared_weight(&self, other: &Anchors) -> usize {
        let shared = |a: &[String], b: &[String]| a.iter().filter(|x| b.contains(x)).count();
        2 * shared(&self.names, &other.names)
            + shared(&self.techs, &other.techs)
            + shared(&self.numbers, &other.numbers)
    }
}

struct Unit {
    item: usize,
    anchors: Anchors,
}

/// The experiences the stories drew on, in the order first told, and the
/// stories (items) that could not be placed.
pub(super) fn find(stories: &[Story]) -> (Vec<Experience>, Vec<usize>) {
    let names = project_names(stories);
    let mut units = Vec::new();
    for s in stories {
        let (pieces, needs): (Vec<&str>, usize) = if s.kind == Kind::Intro {
            let pieces = sentences(s.text)
                .into_iter()
                .filter_map(|(a, b)| s.text.get(a..b))
                .collect();
            (pieces, 2)
        } else {
            (vec![s.text], 1)
        };
        for piece in pieces {
            let anchors = anchors(piece, &names);
            if anchors.weight() >= needs {
                units.push(Unit {
                    item: s.item,
                    anchors,
                });
            }
        }
    }
    let groups = link(&units);
    let experiences: Vec<Experience> = groups
        .iter()
        .map(|members| experience(&units, members))
        .collect();
    let unidentified = stories
        .iter()
        .map(|s| s.item)
        .filter(|item| !units.iter().any(|u| u.item == *item))
        .collect();
    (experiences, unidentified)
}

/// The groups of linked units (their indices), each in order, the groups
/// in the order of their first unit.
fn link(units: &[Unit]) -> Vec<Vec<usize>> {
    let mut group: Vec<usize> = (0..units.len()).collect();
    fn root(group: &mut [usize], mut i: usize) -> usize {
        while group[i] != i {
            group[i] = group[group[i]];
            i = group[i];
        }
        i
    }
    for i in 0..units.len() {
        for j in i + 1..units.len() {
            if units[i].anchors.shared_weight(&units[j].anchors) >= 2 {
                let (a, b) = (root(&mut group, i), root(&mut group, j));
                group[a.max(b)] = a.min(b);
            }
        }
    }
    let mut out: Vec<(usize, Vec<usize>)> = Vec::new();
    for i in 0..units.len() {
        let r = root(&mut group, i);
        match out.iter_mut().find(|(root, _)| *root == r) {
            Some((_, members)) => members.push(i),
            None => out.push((r, vec![i])),
        }
    }
    out.into_iter().map(|(_, members)| members).collect()
}

fn experience(units: &[Unit], members: &[usize]) -> Experience {
    let mut answers: Vec<usize> = members.iter().map(|&m| units[m].item).collect();
    answers.sort_unstable();
    answers.dedup();
    let mut anchors: Vec<String> = Vec::new();
    let lists: [fn(&Anchors) -> &Vec<String>; 3] = [|a| &a.names, |a| &a.techs, |a| &a.numbers];
    for list in lists {
        for &m in members {
            for a in list(&units[m].anchors) {
                if !anchors.contains(a) {
                    anchors.push(a.clone());
                }
            }
        }
    }
    anchors.truncate(ANCHORS);
    Experience { answers, anchors }
}

fn anchors(text: &str, names: &[String]) -> Anchors {
    let found = concreteness(text);
    let normalized = Normalized::new(text);
    Anchors {
        names: names
            .iter()
            .filter(|n| term_matches(&normalized, n))
            .cloned()
            .collect(),
        techs: found
            .technologies
            .into_iter()
            .filter(|t| !GENERAL.contains(&t.as_str()))
            .collect(),
        numbers: found
            .numbers
            .iter()
            .filter(|n| telling_number(n))
            .map(|n| n.split_whitespace().collect::<String>().to_lowercase())
            .collect(),
    }
}

/// A number with a unit ("6 h", "40%", "8대") or of two digits or more.
fn telling_number(n: &str) -> bool {
    let digits = n.chars().filter(char::is_ascii_digit).count();
    let unit = n
        .chars()
        .any(|c| !c.is_ascii_digit() && !matches!(c, '.' | ',' | ' '));
    unit || digits >= 2
}

/// The names given to projects anywhere in the stories: the word before
/// "project" or "프로젝트" (not "projects": "a lot of projects" names
/// none), lowercased, without punctuation; two letters at least.
fn project_names(stories: &[Story]) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for s in stories {
        let words: Vec<String> = s
            .text
            .split_whitespace()
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .collect();
        for pair in words.windows(2) {
            let (name, head) = (&pair[0], &pair[1]);
            let is_head = head == "project" || head.starts_with("프로젝트");
            let is_name = name.chars().count() >= 2
                && name.chars().all(char::is_alphabetic)
                && !NOT_NAMES.contains(&name.as_str());
            if is_head && is_name && !names.contains(name) {
                names.push(name.clone());
            }
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(stories: &[(Kind, &str)]) -> (usize, Vec<usize>) {
        let stories: Vec<Story> = stories
            .iter()
            .enumerate()
            .map(|(item, (kind, text))| Story {
                item,
                kind: *kind,
                text,
            })
            .collect();
        let (found, unidentified) = find(&stories);
        (found.len(), unidentified)
    }

    const CRAWLER_EN: &str = "In the price crawler project I split the crawler over 8 EC2 \
        instances and cut a run from 6 h to 1.5 h.";
    const CRAWLER_EN_2: &str = "On the crawler I set Redshift cost alarms and cut the monthly \
        bill by 40%, which I watched in CloudWatch.";
    const CHAT_EN: &str = "I built a chat app with WebSocket and Redis for 3 months; I kept \
        p99 latency under 200 ms.";
    const CRAWLER_KO: &str = "가격 크롤러 프로젝트에서 제가 EC2 8대로 크롤러를 나눠 6시간을 \
        1.5시간으로 줄였습니다.";
    const CRAWLER_KO_2: &str = "크롤러를 운영하면서 제가 Redshift 비용 알람을 설정해 월 비용을 \
        40% 줄였습니다.";
    const CHAT_KO: &str = "채팅 서비스에서 제가 WebSocket과 Redis로 메시지 전송을 구현했고 \
        지연 시간을 200ms 아래로 유지했습니다.";

    #[test]
    fn stories_about_one_project_are_one_experience_and_different_ones_are_two() {
        use Kind::{Behavioral, Experience, Intro};
        let cases = [
            (
                "two answers about the same crawler",
                vec![(Experience, CRAWLER_EN), (Behavioral, CRAWLER_EN_2)],
                1,
            ),
            (
                "two different projects",
                vec![(Experience, CRAWLER_EN), (Behavioral, CHAT_EN)],
                2,
            ),
            (
                "the same crawler, in Korean",
                vec![(Experience, CRAWLER_KO), (Behavioral, CRAWLER_KO_2)],
                1,
            ),
            (
                "two different projects, in Korean",
                vec![(Experience, CRAWLER_KO), (Behavioral, CHAT_KO)],
                2,
            ),
            (
                // One sentence an experience: the intro does not glue the
                // crawler and the chat app together.
                "an intro naming both, then each told",
                vec![
                    (
                        Intro,
                        "I'm a backend developer. I built a price crawler on EC2 \
                         with Airflow. I also made a chat app with WebSocket and Redis.",
                    ),
                    (Experience, CRAWLER_EN),
                    (Behavioral, CHAT_EN),
                ],
                2,
            ),
            (
                "an intro sentence with only a taste is no experience",
                vec![
                    (Intro, "I like Rust. I enjoy learning."),
                    (Experience, CRAWLER_EN),
                ],
                1,
            ),
            (
                // Python and AWS are in every story: they link nothing.
                "general technologies alone do not link",
                vec![
                    (
                        Experience,
                        "I wrote a scraper in Python on AWS with Lambda.",
                    ),
                    (
                        Behavioral,
                        "I built a billing report in Python on AWS with Athena.",
                    ),
                ],
                2,
            ),
            (
                "one shared technology is not enough",
                vec![
                    (Experience, "I cached sessions in Redis."),
                    (Behavioral, "I queued emails with Redis."),
                ],
                2,
            ),
            (
                "a story naming nothing is not counted",
                vec![
                    (Behavioral, "I talked to my teammate and we agreed."),
                    (Experience, CRAWLER_EN),
                ],
                1,
            ),
        ];
        for (name, stories, want) in cases {
            assert_eq!(count(&stories).0, want, "{name}");
        }
    }

    #[test]
    fn stories_that_name_nothing_are_listed_as_unidentified() {
        let (n, unidentified) = count(&[
            (Kind::Experience, CRAWLER_EN),
            (Kind::Behavioral, "We worked hard and it went well."),
            (Kind::Intro, "안녕하세요. 성실한 개발자입니다."),
        ]);
        assert_eq!((n, unidentified), (1, vec![1, 2]));
    }

    #[test]
    fn an_experience_lists_its_answers_and_what_names_it() {
        let stories = [
            Story {
                item: 1,
                kind: Kind::Experience,
                text: CRAWLER_EN,
            },
            Story {
                item: 4,
                kind: Kind::Behavioral,
                text: CRAWLER_EN_2,
            },
        ];
        let (found, _) = find(&stories);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].answers, [1, 4]);
        assert_eq!(found[0].anchors[0], "crawler");
        assert!(found[0].anchors.contains(&"EC2".to_string()));
    }

    #[test]
    fn project_names_are_the_word_before_project() {
        let cases = [
            ("In the price crawler project I…", vec!["crawler"]),
            ("My side project and the team project.", vec![]),
            ("We did a lot of projects, one project of mine.", vec![]),
            ("가격 크롤러 프로젝트에서 했습니다", vec!["크롤러"]),
            ("팀 프로젝트에서 했습니다", vec![]),
            ("the Rehearse project, then 2024 project", vec!["rehearse"]),
        ];
        for (text, want) in cases {
            let got = project_names(&[Story {
                item: 0,
                kind: Kind::Experience,
                text,
            }]);
            assert_eq!(got, want, "{text}");
        }
    }
}
