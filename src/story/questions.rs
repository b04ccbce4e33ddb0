//! Questions from your story: what interviewers ask about a résumé, for
//! each project and each technology in it, in English and Korean. They
//! live in two banks built from the story, `story-en` and `story-ko`
//! (role `story`, kind `experience`), and are practised, reviewed,
//! scheduled and asked in mock interviews like any bank's.
//!
//! Ids are `<project-id>.<template>` and `<project-id>.<template>.<tech>`
//! (the stack entry's slug), never the project's name: renaming a project
//! changes the prompts, not the history.

use std::collections::HashSet;

use super::particles::{self, Particle};
use super::{Project, Story};
use crate::bank::{
    AskWhen, Bank, CompactString, FollowUp, KeyPoint, Kind, Library, Origin, Question,
};
use crate::feedback::{Normalized, Point, term_matches};
use crate::text;

/// The role of the story's banks.
pub const ROLE: &str = "story";
/// The English bank's id.
pub const BANK_EN: &str = "story-en";
/// The Korean bank's id.
pub const BANK_KO: &str = "story-ko";
/// The templates a mock interview prefers for its project question.
pub const MOCK_TEMPLATES: &[&str] = &["part", "hardest"];

/// Where a generated question comes from, read back from its id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source<'a> {
    pub project: &'a str,
    pub template: &'a str,
    /// The stack entry's slug, for a question about one technology.
    pub tech: Option<&'a str>,
}

/// The project, template and technology of a generated question's id.
pub fn source(question_id: &str) -> Option<Source<'_>> {
    let mut parts = question_id.splitn(3, '.');
    let project = parts.next().filter(|p| !p.is_empty())?;
    let template = parts.next()?;
    let t = TEMPLATES.iter().find(|t| t.id == template)?;
    let tech = parts.next();
    (t.per_tech == tech.is_some()).then_some(Source {
        project,
        template: t.id,
        tech,
    })
}

/// True for the banks made from your story.
pub fn is_story_bank(bank: &Bank) -> bool {
    bank.origin == Origin::Story
}

impl Library {
    /// Adds the questions from `story` (`story-en`, `story-ko`), replacing
    /// the ones an earlier story added; a story with no projects adds none.
    pub fn add_story(&mut self, story: &Story) {
        self.remove_from(&Origin::Story);
        for bank in questions(story) {
            if !bank.questions.is_empty() {
                self.add(bank);
            }
        }
    }
}

/// The two banks of questions from `story`, English then Korean.
pub fn questions(story: &Story) -> Vec<Bank> {
    [Lang::En, Lang::Ko]
        .into_iter()
        .map(|lang| bank(story, lang))
        .collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lang {
    En,
    Ko,
}

fn bank(story: &Story, lang: Lang) -> Bank {
    let mut seen = HashSet::new();
    let questions = story
        .projects
        .iter()
        .filter(|p| !p.id.is_empty() && seen.insert(p.id.as_str()))
        .flat_map(|p| project_questions(p, lang))
        .collect();
    let (id, title, language, description) = match lang {
        Lang::En => (
            BANK_EN,
            "Your story",
            "en",
            "What interviewers ask about the projects in your story (`rehearse story`).",
        ),
        Lang::Ko => (
            BANK_KO,
            "내 경험에서 나온 질문",
            "ko",
            "내 경험(`rehearse story`)에 적은 프로젝트를 두고 면접관이 묻는 질문입니다.",
        ),
    };
    Bank {
        id: id.into(),
        title: title.into(),
        role: ROLE.into(),
        language: language.into(),
        description: Some(description.into()),
        questions,
        origin: Origin::Story,
    }
}

fn project_questions(p: &Project, lang: Lang) -> Vec<Question> {
    let techs = stack(p);
    let mut out = Vec::new();
    for t in TEMPLATES {
        if t.per_tech {
            for (tech, slug) in &techs {
                out.push(question(p, t, lang, Some((tech, slug))));
            }
        } else {
            out.push(question(p, t, lang, None));
        }
    }
    out
}

/// The stack entries with their slugs; an entry whose slug an earlier one
/// took ("ec2" after "EC2") or that has none ("!!!") is left out.
fn stack(p: &Project) -> Vec<(String, String)> {
    let mut seen = HashSet::new();
    p.stack
        .iter()
        .map(|s| text::one_line(s).trim().to_string())
        .filter_map(|s| {
            let slug = slug(&s);
            (!slug.is_empty() && seen.insert(slug.clone())).then_some((s, slug))
        })
        .collect()
}

/// A stack entry's id: lowercase letters and digits (any script), other
/// runs as one `-`; `+` is `p` and `#` is `sharp` ("C++" → `cpp`, "C#" →
/// `csharp`, "AWS EC2" → `aws-ec2`, "Node.js" → `node-js`).
pub fn slug(tech: &str) -> String {
    let mut out = String::new();
    for c in tech.chars().flat_map(char::to_lowercase) {
        match c {
            '+' => out.push('p'),
            '#' => out.push_str("sharp"),
            c if c.is_alphanumeric() => out.push(c),
            _ if !out.is_empty() && !out.ends_with('-') => out.push('-'),
            _ => {}
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// How the project is named in a question: its name without a trailing
/// "(…)" (not read aloud), followed by "project"/"프로젝트" unless the name
/// already says what it was.
fn project_phrase(p: &Project, lang: Lang) -> String {
    let name = text::one_line(&p.name);
    let mut name = name.trim();
    if let Some(open) = name.rfind('(')
        && name.ends_with(')')
        && !name[..open].trim().is_empty()
    {
        name = name[..open].trim_end();
    }
    let name = if name.is_empty() { p.id.as_str() } else { name };
    let lower = name.to_lowercase();
    let says_what = KIND_WORDS.iter().any(|w| lower.ends_with(w));
    match (lang, says_what) {
        (_, true) => name.to_string(),
        (Lang::En, false) => format!("the {name} project"),
        (Lang::Ko, false) => format!("{name} 프로젝트"),
    }
}

/// Names ending in one of these already say what the project was.
const KIND_WORDS: &[&str] = &[
    "project",
    "프로젝트",
    "internship",
    "intern",
    "인턴",
    "인턴십",
    "hackathon",
    "해커톤",
    "bootcamp",
    "부트캠프",
    "공모전",
    "대회",
    "competition",
    "동아리",
    "스터디",
    "과제",
];

fn question(p: &Project, t: &Template, lang: Lang, tech: Option<(&String, &String)>) -> Question {
    let words = Words {
        project: project_phrase(p, lang),
        tech: tech.map(|(name, _)| name.clone()).unwrap_or_default(),
        team: p.team,
    };
    let text = match lang {
        Lang::En => &t.en,
        Lang::Ko => &t.ko,
    };
    let id = match tech {
        Some((_, slug)) => format!("{}.{}.{slug}", p.id, t.id),
        None => format!("{}.{}", p.id, t.id),
    };
    let mut key_points: Vec<KeyPoint> = facts(p, t.facts, &words.tech)
        .into_iter()
        .map(fact_point)
        .collect();
    key_points.extend(text.points.iter().map(|(point, terms)| KeyPoint {
        text: words.fill(point),
        terms: terms.iter().map(|&t| t.into()).collect(),
        explicit: true,
        talking: false,
    }));
    let follow_ups = text
        .follow_ups
        .iter()
        .filter_map(|(ask, when)| {
            let when = match when {
                When::Always => AskWhen::Always,
                When::Team if p.team.is_some_and(|n| n > 1) => AskWhen::Always,
                When::Team => return None,
                When::Mentions(terms) => AskWhen::Mentions(strings(terms)),
                When::Missing(terms) => AskWhen::Missing(strings(terms)),
            };
            Some(FollowUp {
                ask: words.fill(ask),
                when,
            })
        })
        .collect();
    let mut tags = vec![p.id.clone()];
    tags.extend(t.tags.iter().map(|t| t.to_string()));
    if let Some((_, slug)) = tech {
        tags.push(slug.clone());
    }
    Question {
        id: id.into(),
        prompt: words.fill(text.prompt),
        kind: Kind::Experience,
        level: None,
        tags: tags.into_iter().map(Into::into).collect(),
        time_limit: t.time_limit,
        key_points,
        follow_ups,
        notes: Some(words.fill(text.notes)),
    }
}

fn strings(terms: &[&str]) -> Vec<CompactString> {
    terms.iter().map(|&t| t.into()).collect()
}

/// A fact of the story as a key point: covered as a talking point is, only
/// when most of its words and every number in it are said.
fn fact_point(fact: String) -> KeyPoint {
    KeyPoint {
        terms: Point::talking(&fact)
            .terms
            .into_iter()
            .map(Into::into)
            .collect(),
        text: fact,
        explicit: false,
        talking: true,
    }
}

/// The facts of `p` a template's answer should use.
fn facts(p: &Project, which: Facts, tech: &str) -> Vec<String> {
    let did = p.did.iter().map(|d| text::one_line(d).trim().to_string());
    let lines: Vec<String> = match which {
        Facts::Did => did.collect(),
        Facts::Numbers => p
            .result
            .iter()
            .map(|r| text::one_line(r).trim().to_string())
            .chain(did.filter(|d| d.chars().any(|c| c.is_ascii_digit())))
            .collect(),
        Facts::Lesson => p
            .lesson
            .iter()
            .map(|l| text::one_line(l).trim().to_string())
            .collect(),
        Facts::Tech => {
            let words: Vec<String> = crate::bank::significant_words(tech);
            did.filter(|d| {
                let n = Normalized::new(d);
                words.iter().any(|w| term_matches(&n, w))
            })
            .collect()
        }
        Facts::None => Vec::new(),
    };
    let mut seen = HashSet::new();
    lines
        .into_iter()
        .filter(|l| !l.is_empty() && seen.insert(l.clone()))
        .collect()
}

/// What a template's text is filled with.
struct Words {
    project: String,
    tech: String,
    team: Option<u32>,
}

impl Words {
    /// `template` with `{p}` (the project), `{t}` (the technology) and `{n}`
    /// (the team's size) filled in; `{p:을}`, `{t:이}`… attach the particle
    /// in the form the word takes (을/를, 이/가, 과/와, 으로/로, 이었/였).
    fn fill(&self, template: &str) -> String {
        let mut out = String::with_capacity(template.len() + 32);
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let Some(len) = rest[open..].find('}') else {
                break;
            };
            let slot = &rest[open + 1..open + len];
            let (name, particle) = slot.split_once(':').unwrap_or((slot, ""));
            let word = match name {
                "p" => self.project.clone(),
                "t" => self.tech.clone(),
                "n" => self.team.unwrap_or(0).to_string(),
                _ => String::new(),
            };
            let particle = match particle {
                "을" => Some(Particle::Object),
                "이" => Some(Particle::Subject),
                "과" => Some(Particle::With),
                "으로" => Some(Particle::Means),
                "이었" => Some(Particle::Was),
                _ => None,
            };
            match particle {
                Some(p) => out.push_str(&particles::with(&word, p)),
                None => out.push_str(&word),
            }
            rest = &rest[open + len + 1..];
        }
        out.push_str(rest);
        out
    }
}

/// One kind of question, in both languages.
struct Template {
    id: &'static str,
    /// Asked once per technology of the project's stack.
    per_tech: bool,
    time_limit: u32,
    tags: &'static [&'static str],
    facts: Facts,
    en: Text,
    ko: Text,
}

/// Which of the project's facts become key points.
#[derive(Clone, Copy)]
enum Facts {
    /// Every `did` line.
    Did,
    /// The result and the `did` lines with a number.
    Numbers,
    /// What you would do differently.
    Lesson,
    /// The `did` lines that name the technology.
    Tech,
    None,
}

struct Text {
    prompt: &'static str,
    /// Key points with their match terms, after the facts.
    points: &'static [(&'static str, &'static [&'static str])],
    follow_ups: &'static [(&'static str, When)],
    notes: &'static str,
}

enum When {
    Always,
    /// Asked when the team had more than one person.
    Team,
    Mentions(&'static [&'static str]),
    Missing(&'static [&'static str]),
}

const SAID_WE_EN: When = When::Mentions(&[
    "we built",
    "we made",
    "we used",
    "we did",
    "we set",
    "we decided",
    "we had",
    "we wrote",
    "our team",
    "the team",
]);
const SAID_WE_KO: When = When::Mentions(&["저희", "우리", "팀에서", "팀이"]);
const ASK_PART_EN: &str = "You said “we” there; which part of that did you do yourself?";
const ASK_PART_KO: &str = "팀 단위로 말씀하셨는데, 그중 본인이 직접 한 부분은 어디까지인가요?";

const TEMPLATES: &[Template] = &[
    Template {
        id: "part",
        per_tech: false,
        time_limit: 180,
        tags: &["ownership"],
        facts: Facts::Did,
        en: Text {
            prompt: "On {p}, what exactly was your part? Tell me what you did yourself, not what the team did.",
            points: &[(
                "Your own actions, in the first person",
                &[
                    "i built",
                    "i wrote",
                    "i set up",
                    "i designed",
                    "i implemented",
                    "i was responsible",
                    "my part",
                ],
            )],
            follow_ups: &[
                (ASK_PART_EN, SAID_WE_EN),
                ("There were {n} of you; who did what?", When::Team),
                (
                    "Which part of your own work was the hardest to get right?",
                    When::Always,
                ),
            ],
            notes: "Say “I”, not “we”, and name what was yours. The facts you wrote down for this project are the key points, numbers included.",
        },
        ko: Text {
            prompt: "{p}에서 본인이 맡은 부분은 정확히 어디까지였나요? 팀이 아니라 본인이 직접 한 일을 중심으로 말씀해 주세요.",
            points: &[(
                "본인이 직접 한 일을 1인칭으로 (저희가 아니라 제가)",
                &[
                    "제가 직접",
                    "제가 맡",
                    "제 역할",
                    "담당",
                    "제가 설계",
                    "제가 만들",
                    "제가 구축",
                    "제가 설정",
                ],
            )],
            follow_ups: &[
                (ASK_PART_KO, SAID_WE_KO),
                (
                    "{n}명이 함께하셨는데, 각자 어떤 부분을 맡았나요?",
                    When::Team,
                ),
                (
                    "본인이 맡은 부분 중에서 가장 까다로웠던 것은 무엇이었나요?",
                    When::Always,
                ),
            ],
            notes: "'저희가'가 아니라 '제가'로, 본인 몫을 이름으로 말합니다. 이 프로젝트에 적어 둔 사실이 숫자까지 그대로 핵심 포인트입니다.",
        },
    },
    Template {
        id: "result",
        per_tech: false,
        time_limit: 120,
        tags: &["result", "numbers"],
        facts: Facts::Numbers,
        en: Text {
            prompt: "Which number shows the result of {p}, and how did you get that number?",
            points: &[
                (
                    "The result, with a number",
                    &[
                        "%",
                        "percent",
                        "reduced",
                        "faster",
                        "cut",
                        "saved",
                        "increased",
                    ],
                ),
                (
                    "How you got the number: what you timed, counted or read off",
                    &[
                        "measured",
                        "timed",
                        "benchmark",
                        "dashboard",
                        "logs",
                        "monitoring",
                        "billing",
                        "counted",
                    ],
                ),
            ],
            follow_ups: &[
                ("What was it before, and what changed it?", When::Always),
                (
                    "How do you know it was your change and not something else?",
                    When::Always,
                ),
            ],
            notes: "Lead with the number and its unit, then before and after, then how you measured it.",
        },
        ko: Text {
            prompt: "{p}의 성과를 보여 주는 숫자가 있다면 무엇인가요? 그 수치는 어떻게 측정하셨나요?",
            points: &[
                (
                    "결과를 수치로",
                    &["%", "줄였", "단축", "개선", "절감", "늘었"],
                ),
                (
                    "측정 방법 (무엇을 재고 어디서 확인했는지)",
                    &[
                        "측정",
                        "모니터링",
                        "로그",
                        "대시보드",
                        "벤치마크",
                        "청구서",
                        "계산",
                    ],
                ),
            ],
            follow_ups: &[
                (
                    "개선 전에는 그 수치가 어땠고, 무엇이 그렇게 바꿨나요?",
                    When::Always,
                ),
                (
                    "그 변화가 본인이 한 작업 때문이라는 건 어떻게 확인하셨나요?",
                    When::Always,
                ),
            ],
            notes: "숫자와 단위를 먼저, 그다음 전후 비교와 측정 방법을 말합니다.",
        },
    },
    Template {
        id: "hardest",
        per_tech: false,
        time_limit: 180,
        tags: &["troubleshooting"],
        facts: Facts::None,
        en: Text {
            prompt: "What was the hardest problem you ran into on {p}, and how did you solve it?",
            points: &[
                (
                    "The problem, and why it was hard",
                    &[
                        "problem",
                        "issue",
                        "bug",
                        "failed",
                        "kept failing",
                        "difficult",
                        "timeout",
                        "too slow",
                    ],
                ),
                (
                    "The cause you found",
                    &["cause", "root cause", "because", "turned out", "due to"],
                ),
                (
                    "What you tried and did yourself, in the first person",
                    &[
                        "i tried",
                        "i found",
                        "i changed",
                        "i fixed",
                        "i added",
                        "i rewrote",
                    ],
                ),
                (
                    "The result, with a number",
                    &["%", "faster", "reduced", "since then", "no longer"],
                ),
            ],
            follow_ups: &[
                ("How did you find the cause?", When::Always),
                ("What did you try first that didn't work?", When::Always),
                (ASK_PART_EN, SAID_WE_EN),
            ],
            notes: "Problem, cause, what you did, the result with a number: in that order, in the first person.",
        },
        ko: Text {
            prompt: "{p:을} 하면서 가장 어려웠던 문제는 무엇이었고, 어떻게 해결하셨나요?",
            points: &[
                (
                    "어떤 문제였고 왜 어려웠는지",
                    &[
                        "문제",
                        "이슈",
                        "버그",
                        "장애",
                        "실패",
                        "느려",
                        "어려웠",
                        "타임아웃",
                    ],
                ),
                ("찾아낸 원인", &["원인", "때문", "알고 보니", "이유"]),
                (
                    "본인이 직접 시도하고 해결한 방법을 1인칭으로",
                    &[
                        "제가 직접",
                        "제가 시도",
                        "제가 찾",
                        "제가 바꾸",
                        "제가 고쳤",
                        "제가 추가",
                    ],
                ),
                (
                    "해결한 뒤의 결과를 수치로",
                    &["%", "줄였", "단축", "개선", "해결됐", "사라졌"],
                ),
            ],
            follow_ups: &[
                ("원인은 어떻게 찾으셨나요?", When::Always),
                ("처음에 시도했다가 안 된 방법도 있었나요?", When::Always),
                (ASK_PART_KO, SAID_WE_KO),
            ],
            notes: "문제, 원인, 본인이 한 일, 수치로 된 결과 순서로, '제가'로 말합니다.",
        },
    },
    Template {
        id: "change",
        per_tech: false,
        time_limit: 120,
        tags: &["lesson"],
        facts: Facts::Lesson,
        en: Text {
            prompt: "If you did {p} again, what would you change?",
            points: &[
                (
                    "What you would do differently, concretely",
                    &[
                        "instead",
                        "differently",
                        "next time",
                        "would use",
                        "i would",
                        "switch to",
                    ],
                ),
                (
                    "Why: what the first way cost you",
                    &[
                        "because",
                        "since",
                        "problem",
                        "slowed",
                        "took longer",
                        "cost us",
                    ],
                ),
            ],
            follow_ups: &[
                ("Why didn't you do it that way at the time?", When::Always),
                ("What did that teach you that you use now?", When::Always),
            ],
            notes: "Name one change, why the first way fell short, and what you would gain.",
        },
        ko: Text {
            prompt: "{p:을} 다시 한다면 무엇을 다르게 하시겠어요?",
            points: &[
                (
                    "다르게 할 점을 구체적으로",
                    &["대신", "다르게", "다음에는", "다시 한다면", "바꾸", "쓰겠"],
                ),
                (
                    "그렇게 바꾸려는 이유 (처음 방식의 문제)",
                    &["때문", "문제", "불편", "이유", "번거"],
                ),
            ],
            follow_ups: &[
                ("그때는 왜 그렇게 하지 않으셨나요?", When::Always),
                (
                    "그 경험에서 배운 것을 지금은 어떻게 쓰고 계신가요?",
                    When::Always,
                ),
            ],
            notes: "바꿀 점 하나, 처음 방식이 부족했던 이유, 바꾸면 얻는 것을 말합니다.",
        },
    },
    Template {
        id: "why",
        per_tech: true,
        time_limit: 120,
        tags: &["tech-choice"],
        facts: Facts::Tech,
        en: Text {
            prompt: "You used {t} on {p}. Why {t}? What did you need that it gave you?",
            points: &[
                (
                    "The requirement that made you choose it",
                    &[
                        "because",
                        "needed",
                        "requirement",
                        "had to",
                        "so that",
                        "so we could",
                    ],
                ),
                (
                    "The trade-off you accepted",
                    &[
                        "trade-off",
                        "tradeoff",
                        "downside",
                        "drawback",
                        "limitation",
                        "cost",
                    ],
                ),
            ],
            follow_ups: &[
                (
                    "Apart from knowing it already, was there a technical reason?",
                    When::Mentions(&[
                        "familiar",
                        "used it before",
                        "knew it",
                        "already knew",
                        "comfortable with",
                    ]),
                ),
                (
                    "If {t} had not been an option, what would you have used?",
                    When::Always,
                ),
            ],
            notes: "Start from the need (scale, cost, time, what the team knew), then why {t} met it, and what it cost you.",
        },
        ko: Text {
            prompt: "{p}에서 {t:을} 쓰셨는데, 왜 {t:이었}나요? 어떤 점이 필요해서 고르셨나요?",
            points: &[
                (
                    "그 기술을 고르게 한 요구 사항",
                    &["때문", "필요", "요구", "해야", "위해"],
                ),
                (
                    "감수한 단점 (트레이드오프)",
                    &["단점", "트레이드오프", "한계", "비용", "불편"],
                ),
            ],
            follow_ups: &[
                (
                    "익숙하다는 것 말고 기술적인 이유도 있었나요?",
                    When::Mentions(&["익숙", "써 봐서", "써봐서", "써 본", "해 봐서", "배운 적"]),
                ),
                ("{t:이} 없었다면 무엇으로 대신하셨을까요?", When::Always),
            ],
            notes: "필요했던 것(규모, 비용, 일정, 팀이 아는 기술)에서 시작해, {t:이} 왜 그에 맞았는지, 무엇을 감수했는지 말합니다.",
        },
    },
    Template {
        id: "alternatives",
        per_tech: true,
        time_limit: 120,
        tags: &["tech-choice", "trade-off"],
        facts: Facts::None,
        en: Text {
            prompt: "What did you compare {t} with on {p}, and why didn't you go with the alternative?",
            points: &[
                (
                    "The alternatives you compared, by name",
                    &[
                        "compared",
                        "instead of",
                        "alternative",
                        "rather than",
                        "versus",
                        "vs",
                    ],
                ),
                (
                    "What you compared them on: cost, speed, what the team knew",
                    &[
                        "cost",
                        "price",
                        "performance",
                        "latency",
                        "learning curve",
                        "experience",
                        "maintenance",
                    ],
                ),
                (
                    "Why not the alternative",
                    &[
                        "because",
                        "didn't",
                        "did not",
                        "too expensive",
                        "too slow",
                        "would have",
                    ],
                ),
            ],
            follow_ups: &[
                (
                    "Which alternative did you look at, by name?",
                    When::Missing(&[
                        "compared",
                        "instead of",
                        "alternative",
                        "rather than",
                        "versus",
                    ]),
                ),
                (
                    "If you chose again today, would you still pick {t}?",
                    When::Always,
                ),
            ],
            notes: "Name the alternative, the criterion that decided it, and what {t} cost you compared with it.",
        },
        ko: Text {
            prompt: "{p}에서 {t:과} 비교해 본 다른 선택지가 있었나요? 그중에서 {t:을} 고른 이유는 무엇인가요?",
            points: &[
                (
                    "비교한 대안을 이름으로",
                    &["비교", "대신", "대안", "보다", "검토"],
                ),
                (
                    "비교 기준 (비용, 성능, 팀의 경험)",
                    &["비용", "가격", "성능", "속도", "경험", "러닝 커브", "운영"],
                ),
                (
                    "다른 대안을 고르지 않은 이유",
                    &["때문", "않은 이유", "안 쓴", "비싸", "느려", "어려워"],
                ),
            ],
            follow_ups: &[
                (
                    "구체적으로 어떤 대안과 비교해 보셨나요?",
                    When::Missing(&["비교", "대신", "대안", "보다", "검토"]),
                ),
                (
                    "지금 다시 고른다면 그래도 {t:으로} 하시겠어요?",
                    When::Always,
                ),
            ],
            notes: "대안의 이름, 결정을 가른 기준, 그 대안과 비교해 {t}의 아쉬운 점을 말합니다.",
        },
    },
];
