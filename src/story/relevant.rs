//! The facts of your story that bear on a question, and which of them an
//! answer used: the feedback's "Your story", the answer screen's side
//! panel and `rehearse check` all read these two functions.
//!
//! A fact is linked to a question by the technologies both name (the
//! project's `stack`, or a technology named in the fact), by the tags
//! they share, by the question's key-point terms and the words of its
//! prompt found in the fact (or in the project's name). Everything is
//! matched with the feedback's own matcher, so Korean particles, spacing
//! and English inflections work as they do for key points; a few words
//! are looked for in both languages ("크롤러" finds "crawler").

use super::{Fact, Project, Story};
use crate::bank::{CompactString, Kind, Question};
use crate::feedback::{self, Normalized, Point, coverage, distinctive_words, term_matches};

/// The most facts shown for one question.
pub const MAX_FACTS: usize = 8;

/// The facts of `story` relevant to `q`, most links first (then in story
/// order), at most [`MAX_FACTS`].
///
/// For an intro, behavioural or experience question the projects with a
/// link give all their facts, the linked ones first; with no link at all,
/// every fact is relevant (such questions are about you). For a technical
/// or closing question only facts that themselves name something the
/// question asks about.
pub fn relevant<'a>(story: &'a Story, q: &Question) -> Vec<Fact<'a>> {
    let about = About::of(q);
    let scored: Vec<(usize, usize, Fact<'a>)> = story
        .facts()
        .map(|f| {
            let own = about.fact_links(f.text);
            (about.project_links(f.project) + own, own, f)
        })
        .collect();
    let about_you = matches!(q.kind, Kind::Intro | Kind::Behavioral | Kind::Experience);
    let mut kept: Vec<(usize, Fact<'a>)> = if about_you {
        let linked: Vec<&str> = scored
            .iter()
            .filter(|(links, _, _)| *links > 0)
            .map(|(_, _, f)| f.project.id.as_str())
            .collect();
        scored
            .into_iter()
            .filter(|(_, _, f)| linked.is_empty() || linked.contains(&f.project.id.as_str()))
            .map(|(links, _, f)| (links, f))
            .collect()
    } else {
        scored
            .into_iter()
            .filter(|(_, own, _)| *own > 0)
            .map(|(links, _, f)| (links, f))
            .collect()
    };
    // Stable: equal links keep the story's order.
    kept.sort_by_key(|k| std::cmp::Reverse(k.0));
    kept.into_iter().take(MAX_FACTS).map(|(_, f)| f).collect()
}

/// Whether the feedback holds a question's answer to your story: the
/// questions about you (experience, intro, behavioural, closing).
pub fn checks_story(kind: Kind) -> bool {
    !matches!(kind, Kind::Technical)
}

/// The facts the feedback holds an answer to `q` against, used or not:
/// none for a technical question or an empty story, and not those the
/// question has as key points already (a question made from your story
/// does), which the key points report.
pub fn answer_facts<'a>(story: &'a Story, q: &Question, answer: &str) -> Vec<FactHit<'a>> {
    if !checks_story(q.kind) {
        return Vec::new();
    }
    let facts: Vec<Fact<'a>> = relevant(story, q)
        .into_iter()
        .filter(|f| {
            !q.key_points
                .iter()
                .any(|k| k.talking && k.text.trim() == f.text.trim())
        })
        .collect();
    facts_used(answer, &facts)
}

/// One fact against an answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FactHit<'a> {
    pub fact: Fact<'a>,
    /// Said: most of its distinctive words and every number in it (the
    /// rule of talking points).
    pub used: bool,
    /// Its words were said but some of its numbers were not.
    pub partly: bool,
    /// Byte ranges of the answer that said it (when used).
    pub spans: Vec<(usize, usize)>,
    /// Its numbers the answer did not say ("6h", "1.5h").
    pub missing_numbers: Vec<String>,
}

/// Which of `facts` the answer used, one hit per fact, in order.
pub fn facts_used<'a>(answer: &str, facts: &[Fact<'a>]) -> Vec<FactHit<'a>> {
    let points: Vec<Point> = facts.iter().map(|f| Point::talking(f.text)).collect();
    let hits = coverage(answer, &points);
    let norm = Normalized::new(answer);
    facts
        .iter()
        .zip(points)
        .zip(hits)
        .map(|((fact, point), hit)| {
            // A word counts said in either language: a fact written in
            // English is often told in Korean ("crawler" said as 크롤러).
            let said = point
                .terms
                .iter()
                .filter(|t| {
                    with_translations(vec![t.to_string()])
                        .iter()
                        .any(|x| term_matches(&norm, x))
                })
                .count();
            let words_said = point.terms.is_empty() || said * 2 >= point.terms.len();
            let numbers_said = hit.missing_numbers.is_empty();
            let used = hit.covered || (words_said && numbers_said && said > 0);
            FactHit {
                fact: fact.clone(),
                used,
                partly: !used && words_said && !numbers_said,
                spans: if used { hit.spans } else { Vec::new() },
                missing_numbers: hit.missing_numbers,
            }
        })
        .collect()
}

/// What a question is about, prepared once for every fact.
struct About {
    /// The prompt, tags and key points, for stack entries.
    text: Normalized,
    /// Technologies it names (canonical names).
    techs: Vec<&'static str>,
    tags: Vec<String>,
    /// Each key point's specific terms.
    key_points: Vec<Vec<String>>,
    /// The prompt's specific words, with their other-language forms.
    words: Vec<String>,
    id: String,
}

impl About {
    fn of(q: &Question) -> About {
        let mut text = q.prompt.clone();
        for t in &q.tags {
            text.push('\n');
            text.push_str(t);
        }
        for k in &q.key_points {
            text.push('\n');
            text.push_str(&k.text);
            for t in &k.terms {
                text.push('\n');
                text.push_str(t);
            }
        }
        let mut techs = feedback::technologies(&text);
        techs.sort_unstable();
        techs.dedup();
        let key_points = q
            .key_points
            .iter()
            .map(|k| {
                k.terms
                    .iter()
                    .filter(|t| is_specific(t))
                    .map(CompactString::to_string)
                    .collect::<Vec<_>>()
            })
            .filter(|terms| !terms.is_empty())
            .collect();
        About {
            text: Normalized::new(&text),
            techs,
            tags: q.tags.iter().map(|t| t.as_str().to_lowercase()).collect(),
            key_points,
            words: with_translations(
                distinctive_words(&q.prompt)
                    .into_iter()
                    .filter(|w| is_specific(w))
                    .collect(),
            ),
            id: q.id.to_string(),
        }
    }

    /// Links every fact of `p` shares: its stack named by the question,
    /// shared tags, prompt words in its name, a question made from it.
    fn project_links(&self, p: &Project) -> usize {
        let stack = p
            .stack
            .iter()
            .filter(|entry| {
                feedback::technologies(entry)
                    .iter()
                    .any(|t| self.techs.contains(t))
                    || term_matches(&self.text, entry)
            })
            .count();
        let tags = p
            .tags
            .iter()
            .filter(|t| self.tags.contains(&t.to_lowercase()))
            .count();
        let name = Normalized::new(&p.name);
        let named = self.words.iter().filter(|w| term_matches(&name, w)).count();
        let made_from = self
            .id
            .strip_prefix(p.id.as_str())
            .is_some_and(|rest| rest.starts_with('.'));
        stack + tags + named + 2 * usize::from(made_from)
    }

    /// Links of the fact's own words: technologies, key points, prompt words.
    fn fact_links(&self, fact: &str) -> usize {
        let mut techs = feedback::technologies(fact);
        techs.sort_unstable();
        techs.dedup();
        let techs = techs.iter().filter(|t| self.techs.contains(t)).count();
        let norm = Normalized::new(fact);
        let points = self
            .key_points
            .iter()
            .filter(|terms| terms.iter().any(|t| term_matches(&norm, t)))
            .count();
        let words = self.words.iter().filter(|w| term_matches(&norm, w)).count();
        techs + points + words
    }
}

/// Words of questions that say nothing about which experience: "tell me
/// about a time", "경험을 말씀해 주세요". They link no fact.
const QUESTION_WORDS: &[&str] = &[
    "tell",
    "me",
    "describe",
    "explain",
    "talk",
    "walk",
    "through",
    "time",
    "times",
    "experience",
    "experiences",
    "project",
    "projects",
    "example",
    "give",
    "did",
    "have",
    "had",
    "was",
    "were",
    "would",
    "could",
    "should",
    "will",
    "which",
    "who",
    "where",
    "most",
    "one",
    "any",
    "some",
    "there",
    "we",
    "us",
    "our",
    "my",
    "i",
    "they",
    "them",
    "their",
    "if",
    "so",
    "yourself",
    "done",
    "make",
    "made",
    "work",
    "worked",
    "something",
    "thing",
    "things",
    "way",
    "ways",
    "like",
    "past",
    "recent",
    "last",
    "team",
    "result",
    "results",
    "problem",
    "role",
    "part",
    "why",
    "please",
    "briefly",
    "경험",
    "프로젝트",
    "말씀",
    "설명",
    "주세",
    "해주세요",
    "주시겠어",
    "어떻게",
    "어떤",
    "무엇",
    "무엇인가",
    "가장",
    "본인",
    "본인이",
    "했던",
    "있었던",
    "있나",
    "있으신가",
    "있다면",
    "대해",
    "대해서",
    "관련",
    "통해",
    "여러",
    "그때",
    "당시",
    "그것",
    "이것",
    "이유",
    "결과",
    "문제",
    "역할",
    "부분",
    "과정",
    "사례",
    "자신",
    "자기소개",
    "소개",
    "하셨나",
    "하셨",
    "했나",
    "있었",
    "해결",
    "최근",
    "진행",
    "직접",
    "팀",
];

/// A term that says which experience: not a question's own words, not
/// one letter, not a number.
fn is_specific(term: &str) -> bool {
    let t = term.trim().to_lowercase();
    let letters = t.chars().filter(|c| c.is_alphanumeric()).count();
    let hangul = t.chars().any(crate::text::is_hangul);
    !QUESTION_WORDS.contains(&t.as_str())
        && !t.starts_with(|c: char| c.is_ascii_digit())
        && letters >= if hangul { 2 } else { 3 }
}

/// Words said one way in a Korean question and another in an English
/// story, or the other way round: each group is looked for together.
const SAME_WORDS: &[&[&str]] = &[
    &["crawler", "crawling", "크롤러", "크롤링"],
    &[
        "server",
        "servers",
        "instance",
        "instances",
        "서버",
        "인스턴스",
    ],
    &[
        "split",
        "parallel",
        "distributed",
        "분산",
        "병렬",
        "나눈",
        "나눠",
        "나누",
    ],
    &["cost", "costs", "bill", "비용", "요금"],
    &["user", "users", "사용자", "유저", "계정"],
    &["teammate", "teammates", "팀원"],
    &["created", "create", "made", "만들", "생성"],
    &["least", "최소"],
    &["static", "고정"],
    &["image", "이미지"],
    &["cut", "reduced", "줄였", "줄이", "절감"],
    &["monthly", "매달", "월"],
    &["daily", "매일", "일일"],
    &["listings", "listing", "매물"],
    &["price", "prices", "가격"],
    &["table", "테이블"],
    &["code", "코드"],
    &["every", "모든", "전부"],
    &["alarm", "alarms", "alert", "알람", "경보"],
    &["permission", "privilege", "권한"],
    &["cache", "캐시"],
    &["database", "데이터베이스"],
    &["deploy", "deployment", "배포"],
    &["monitoring", "모니터링"],
    &["migration", "마이그레이션"],
    &["performance", "latency", "성능", "지연"],
    &["queue", "큐"],
    &["test", "tests", "테스트"],
    &["automation", "automated", "자동화"],
    &["conflict", "disagreement", "갈등", "충돌"],
    &["failure", "failed", "mistake", "실패", "실수"],
    &["lead", "led", "leading", "리드", "주도"],
    &["scaling", "scale", "확장"],
    &["security", "보안"],
];

/// `words` with the other forms of each, each once.
fn with_translations(words: Vec<String>) -> Vec<String> {
    let mut out = words.clone();
    for w in &words {
        for group in SAME_WORDS.iter().filter(|g| g.contains(&w.as_str())) {
            for other in group.iter() {
                if !out.iter().any(|o| o == other) {
                    out.push((*other).to_string());
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests;
