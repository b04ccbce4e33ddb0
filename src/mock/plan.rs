//! Which questions a mock interview asks, in the shape of a real round:
//!
//! - technical (1차 기술면접): a one-minute self-introduction, technical
//!   questions for the role, one project-experience question (from your
//!   story when it has a project), and the closing ("Do you have any
//!   questions for us?");
//! - culture (2차 인성·임원면접): the introduction, motivation (why this
//!   role, this company), behavioural questions, the closing;
//! - full: both in one sitting, with one introduction and one closing.
//!
//! Questions are drawn as in practice (never answered and weakly rated
//! first, never twice) from the chosen language, and their number fits the
//! round's minutes: every main question is counted with its limit, the
//! follow-ups it would bring (at [`FOLLOW_UP_LIMIT_S`] each) and the moment
//! it takes to read it.

use std::collections::HashMap;

use rand::Rng;

use crate::bank::{Bank, Kind, Library, Question};
use crate::feedback::follow_ups::MAX_ASKED;
use crate::model::{MockItem, QuestionHistory, QuestionKey, Round, Segment};
use crate::session;
use crate::story;
use crate::t;

/// The self-introduction's limit: one minute, as interviewers ask it.
pub const INTRO_LIMIT_S: u32 = 60;
/// A follow-up's limit at most: 꼬리질문 want a short, direct answer.
pub const FOLLOW_UP_LIMIT_S: u32 = 60;
/// The moment between answers (reading the next question), counted in the
/// plan; the clock itself just runs.
pub const READING_S: u32 = 10;

/// What the candidate asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MockConfig {
    pub role: String,
    pub language: String,
    pub round: Round,
    pub minutes: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanError {
    NoTechnical { role: String, language: String },
    NoBehavioral { language: String },
}

impl std::fmt::Display for PlanError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let clean = crate::text::one_line;
        f.write_str(&match self {
            PlanError::NoTechnical { role, language } => t!(
                "mock-plan-no-technical",
                role = clean(role),
                language = clean(language)
            ),
            PlanError::NoBehavioral { language } => {
                t!("mock-plan-no-behavioral", language = clean(language))
            }
        })
    }
}

impl std::error::Error for PlanError {}

/// The roles a technical or full round can interview for: those whose
/// banks (in `language`, when given) hold technical questions, sorted.
pub fn technical_roles(lib: &Library, language: Option<&str>) -> Vec<String> {
    let mut roles: Vec<String> = technical_banks(lib)
        .filter(|b| language.is_none_or(|l| b.language == l))
        .map(|b| b.role.clone())
        .collect();
    roles.sort();
    roles.dedup();
    roles
}

/// The languages `role`'s technical questions come in, sorted.
pub fn technical_languages(lib: &Library, role: &str) -> Vec<String> {
    let mut langs: Vec<String> = technical_banks(lib)
        .filter(|b| b.role == role)
        .map(|b| b.language.clone())
        .collect();
    langs.sort();
    langs.dedup();
    langs
}

fn technical_banks(lib: &Library) -> impl Iterator<Item = &Bank> {
    lib.banks()
        .iter()
        .filter(|b| b.questions.iter().any(|q| q.kind == Kind::Technical))
}

/// The follow-up limit for a question of `limit_s`.
pub fn follow_up_limit(limit_s: u32) -> u32 {
    limit_s.min(FOLLOW_UP_LIMIT_S)
}

/// The interview's questions, follow-ups not yet known.
pub fn plan(
    lib: &Library,
    histories: &HashMap<QuestionKey, QuestionHistory>,
    c: &MockConfig,
    rng: &mut impl Rng,
) -> Result<Vec<MockItem>, PlanError> {
    let lang = |b: &&Bank| b.language == c.language;
    let pool = Pool { lib, histories };
    // The role's own banks first for each part; the general banks (intro,
    // closing, behavioral, project-experience) otherwise.
    let technical = pool.keys(|b, q| lang(&b) && b.role == c.role && q.kind == Kind::Technical);
    let behavioral = pool.keys(|b, q| lang(&b) && q.kind == Kind::Behavioral);
    let wants_technical = matches!(c.round, Round::Technical | Round::Full);
    let wants_culture = matches!(c.round, Round::Culture | Round::Full);
    if wants_technical && technical.is_empty() {
        return Err(PlanError::NoTechnical {
            role: c.role.clone(),
            language: c.language.clone(),
        });
    }
    if wants_culture && behavioral.is_empty() {
        return Err(PlanError::NoBehavioral {
            language: c.language.clone(),
        });
    }
    let role_tags = role_tags(&c.role);
    let tailored = |q: &Question| q.tags.iter().any(|t| role_tags.contains(&t.as_str()));
    let intro = pool.one(
        rng,
        |b, q| lang(&b) && q.kind == Kind::Intro && has_tag(q, "self-intro"),
        |_, q| tailored(q),
    );
    let closing_tag = if c.round == Round::Technical {
        "reverse-questions"
    } else {
        "final-words"
    };
    let closing = pool.one(
        rng,
        |b, q| lang(&b) && q.kind == Kind::Closing,
        |_, q| has_tag(q, closing_tag),
    );
    let mut budget = i64::from(c.minutes) * 60;
    let mut items = Vec::new();
    let push = |items: &mut Vec<MockItem>, key: QuestionKey, segment, limit: u32| {
        items.push(MockItem {
            key,
            segment,
            time_limit_s: limit,
            follow_up_of: None,
            because: None,
            attempt_id: None,
            passed: false,
        })
    };
    if let Some(k) = &intro {
        push(&mut items, k.clone(), Segment::Intro, INTRO_LIMIT_S);
        budget -= i64::from(INTRO_LIMIT_S + READING_S);
    }
    let closing_limit = closing.as_ref().map_or(0, |k| pool.limit(k));
    if closing.is_some() {
        budget -= i64::from(closing_limit + READING_S);
    }
    // A full round shares its minutes as the two rounds' defaults do.
    let (tech_share, culture_share) = match c.round {
        Round::Technical => (1.0, 0.0),
        Round::Culture => (0.0, 1.0),
        Round::Full => {
            let t = f64::from(Round::Technical.default_minutes());
            let k = f64::from(Round::Culture.default_minutes());
            (t / (t + k), k / (t + k))
        }
    };
    let total = budget.max(0) as f64;
    if wants_technical {
        let mut part = (total * tech_share) as i64;
        // Your own story first: "what exactly was your part", "the hardest
        // problem"; a bank's project question when the story has none.
        let story_ok = |b: &Bank, q: &Question| {
            lang(&b) && story::is_story_bank(b) && q.kind == Kind::Experience
        };
        let from_story = !pool.keys(story_ok).is_empty();
        let project = if from_story {
            pool.one(rng, story_ok, |_, q| {
                story::questions::source(&q.id)
                    .is_some_and(|s| story::questions::MOCK_TEMPLATES.contains(&s.template))
            })
        } else {
            pool.one(
                rng,
                |b, q| {
                    lang(&b)
                        && q.kind == Kind::Experience
                        && (b.role == c.role || b.role == "project-experience")
                },
                // The role's own experience questions first.
                |b, _| b.role == c.role,
            )
        };
        let project_cost = project.as_ref().map_or(0, |k| pool.cost(k));
        let drawn = session::draw(&technical, histories, technical.len(), rng);
        let mut chosen = Vec::new();
        for k in drawn {
            let cost = pool.cost(&k);
            // At least one; then while it and the project question fit.
            if !chosen.is_empty() && cost + project_cost > part {
                break;
            }
            part -= cost;
            chosen.push(k);
        }
        for k in chosen {
            let limit = pool.limit(&k);
            push(&mut items, k, Segment::Technical, limit);
        }
        if let Some(k) = project
            && project_cost <= part
        {
            let limit = pool.limit(&k);
            push(&mut items, k, Segment::Project, limit);
        }
    }
    if wants_culture {
        let mut part = (total * culture_share) as i64;
        let motivation = pool.one(
            rng,
            |b, q| lang(&b) && q.kind == Kind::Intro && has_tag(q, "motivation"),
            |_, q| tailored(q),
        );
        if let Some(k) = motivation {
            let limit = pool.limit(&k);
            part -= i64::from(limit + READING_S);
            push(&mut items, k, Segment::Motivation, limit);
        }
        let drawn = session::draw(&behavioral, histories, behavioral.len(), rng);
        let mut first = true;
        for k in drawn {
            let cost = pool.cost(&k);
            if !first && cost > part {
                break;
            }
            first = false;
            part -= cost;
            let limit = pool.limit(&k);
            push(&mut items, k, Segment::Behavioral, limit);
        }
    }
    if let Some(k) = closing {
        push(&mut items, k, Segment::Closing, closing_limit);
    }
    Ok(items)
}

/// The segments that bring follow-ups: the interviewer digs into technical,
/// project and behavioural answers.
pub fn digs_in(segment: Segment) -> bool {
    matches!(
        segment,
        Segment::Technical | Segment::Project | Segment::Behavioral
    )
}

struct Pool<'a> {
    lib: &'a Library,
    histories: &'a HashMap<QuestionKey, QuestionHistory>,
}

impl Pool<'_> {
    fn keys(&self, ok: impl Fn(&Bank, &Question) -> bool) -> Vec<QuestionKey> {
        self.lib
            .banks()
            .iter()
            .flat_map(|b| {
                b.questions
                    .iter()
                    .filter(|q| ok(b, q))
                    .map(|q| QuestionKey::new(&b.id, q.id.as_str()))
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    /// One question where `ok`, drawn among those that are `preferred` when
    /// there are any.
    fn one(
        &self,
        rng: &mut impl Rng,
        ok: impl Fn(&Bank, &Question) -> bool,
        preferred: impl Fn(&Bank, &Question) -> bool,
    ) -> Option<QuestionKey> {
        let all = self.keys(&ok);
        let best = self.keys(|b, q| ok(b, q) && preferred(b, q));
        let from = if best.is_empty() { all } else { best };
        session::draw(&from, self.histories, 1, rng).pop()
    }

    fn question(&self, k: &QuestionKey) -> Option<&Question> {
        self.lib
            .question(&k.bank_id, &k.question_id)
            .map(|(_, q)| q)
    }

    fn limit(&self, k: &QuestionKey) -> u32 {
        self.question(k).map_or(120, |q| q.time_limit)
    }

    /// What a main question takes in the plan: its limit, the follow-ups
    /// it would bring, and reading each.
    fn cost(&self, k: &QuestionKey) -> i64 {
        let Some(q) = self.question(k) else {
            return 120;
        };
        let follow_ups = q.follow_ups.len().min(MAX_ASKED) as u32;
        i64::from(
            q.time_limit + READING_S + follow_ups * (follow_up_limit(q.time_limit) + READING_S),
        )
    }
}

fn has_tag(q: &Question, tag: &str) -> bool {
    q.tags.iter().any(|t| t == tag)
}

/// The tags a bank uses for questions tailored to `role`.
fn role_tags(role: &str) -> Vec<&str> {
    match role {
        "data-engineering" => vec!["data", "data-engineering"],
        "cloud-devops" => vec!["cloud", "devops", "cloud-devops"],
        other => vec![other],
    }
}
