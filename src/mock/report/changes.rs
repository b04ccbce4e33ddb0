//! The three most useful changes before the real interview: every problem
//! the report shows is a candidate, weighed by how much an interviewer
//! holds it against you and how many answers it touches; the heaviest
//! three are kept. A candidate only exists when the thing is actually
//! wrong (past a threshold), so a strong interview gets fewer than three,
//! or none.
//!
//! Weights (how much it costs in a real room, from coaches' advice and the
//! product's premise that "we did" gets you judged as someone else):
//! no first person in stories 3, key points missed 3, passing on a
//! question 2.5, overtime, answers far too short, no numbers, no result 2,
//! STAR incomplete, no trade-off, fillers, one experience everywhere 1.5,
//! no definition or example 1.2. Each is multiplied by the share of the
//! answers it touches (fillers: by the rate, full at 6 a minute). Of
//! equal weight, the more severe comes first, then the one touching more.

use serde::{Deserialize, Serialize};

use super::{AnswerReport, CheckKind, Part, Report, planned};
use crate::bank::Kind;
use crate::i18n::{Args, arg, tr};
use crate::mock::labels;
use crate::text::{one_line, truncate};
use crate::{msgid, t};

/// One change to make, with the counts and an example that show it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Change {
    /// Questions passed on (`of`: questions asked).
    Passed {
        count: usize,
        of: usize,
        question: String,
    },
    /// Stories that never say what the candidate did; `we`: the plural
    /// words the example used instead.
    FirstPerson {
        count: usize,
        of: usize,
        question: String,
        we: Vec<String>,
    },
    /// Key points missed across the planned answers; `points`: the most
    /// important ones the example missed.
    KeyPoints {
        missed: usize,
        of: usize,
        question: String,
        points: Vec<String>,
    },
    /// Answers over their limit; the example ran over the most.
    Overtime {
        count: usize,
        of: usize,
        question: String,
        took_s: u32,
        limit_s: u32,
    },
    /// Answers whose speaking time is under a quarter of their limit.
    TooShort {
        count: usize,
        of: usize,
        question: String,
        spoken_s: u32,
        limit_s: u32,
    },
    /// Stories with no number.
    Numbers {
        count: usize,
        of: usize,
        question: String,
    },
    /// Stories with no result (no measured change, or STAR without its
    /// Result).
    Result {
        count: usize,
        of: usize,
        question: String,
    },
    /// STAR answers missing `part` (Situation, Task or Action; a missing
    /// Result is [`Change::Result`]).
    Star {
        count: usize,
        of: usize,
        question: String,
        part: Part,
    },
    /// Technical answers without a definition, an example or a trade-off.
    Concept {
        check: CheckKind,
        count: usize,
        of: usize,
        question: String,
    },
    /// Fillers per minute of speaking time, with the most used.
    Fillers {
        per_minute: f64,
        total: usize,
        words: Vec<(String, usize)>,
    },
    /// Every story told the same experience.
    OneExperience {
        stories: usize,
        anchors: Vec<String>,
    },
}

/// How many changes a report names.
pub const MOST: usize = 3;
/// Planned answers covering less than this share of their key points.
const KEY_POINTS_ENOUGH: f64 = 0.75;
/// One answer this far over its limit is worth a change on its own; else
/// it takes two answers over.
const FAR_OVER: f64 = 0.5;
/// An answer that takes less than this share of its limit to say.
const TOO_SHORT: f64 = 0.25;
/// Limits below this are not held to `TOO_SHORT` ("30 seconds, go").
const TOO_SHORT_MIN_LIMIT_S: u32 = 30;
/// Fillers a minute that an interviewer notices: one every 20 seconds.
const FILLERS_PER_MIN: f64 = 3.0;
/// Fewer fillers than this in all is noise, whatever the rate.
const FILLERS_MIN: usize = 3;
/// The rate at which fillers weigh fully.
const FILLERS_FULL: f64 = 6.0;
/// Stories needed before "one experience everywhere" means anything.
const ONE_EXPERIENCE_STORIES: usize = 3;
/// How many words an example quotes.
const QUOTED: usize = 3;
/// Widest question quoted in a sentence, in terminal columns.
const QUESTION: usize = 60;

/// The changes for `report`, most useful first, at most [`MOST`].
pub(super) fn choose(report: &Report) -> Vec<Change> {
    let mut found = candidates(report);
    found.truncate(MOST);
    found
}

/// Every change that applies to `report`, heaviest first.
pub(super) fn candidates(report: &Report) -> Vec<Change> {
    let mut found: Vec<Change> = [
        passed(report),
        first_person(report),
        key_points(report),
        overtime(report),
        too_short(report),
        numbers(report),
        result(report),
        star(report),
        concept(report, CheckKind::TradeOff),
        concept(report, CheckKind::Definition),
        concept(report, CheckKind::Example),
        fillers(report),
        one_experience(report),
    ]
    .into_iter()
    .flatten()
    .collect();
    // Of equal weight, the more severe first, then the one touching more
    // answers, then the order above (the sort is stable).
    found.sort_by(|a, b| {
        b.weight()
            .total_cmp(&a.weight())
            .then(b.severity().total_cmp(&a.severity()))
            .then(b.touched().cmp(&a.touched()))
    });
    found
}

fn share(count: usize, of: usize) -> f64 {
    if of == 0 {
        0.0
    } else {
        count as f64 / of as f64
    }
}

/// (how many, of how many, the first one's question) when the answers
/// that failed are a pattern: at least one, and at least half of those
/// that could have.
fn pattern(failed: &[&AnswerReport], of: usize) -> Option<(usize, usize, String)> {
    let first = failed.first()?;
    (failed.len() * 2 >= of).then(|| (failed.len(), of, first.prompt.clone()))
}

fn secs(ms: i64) -> u32 {
    u32::try_from((ms + 500) / 1000).unwrap_or(0)
}

fn stories(report: &Report) -> impl Iterator<Item = &AnswerReport> {
    planned(&report.answers).filter(|a| a.is_story())
}

/// Of the answers a check applies to, those that failed it.
fn failing<'a>(
    answers: impl Iterator<Item = &'a AnswerReport>,
    check: CheckKind,
) -> (Vec<&'a AnswerReport>, usize) {
    let mut of = 0;
    let mut failed = Vec::new();
    for a in answers {
        match a.check(check) {
            Some(true) => of += 1,
            Some(false) => {
                of += 1;
                failed.push(a);
            }
            None => {}
        }
    }
    (failed, of)
}

fn passed(report: &Report) -> Option<Change> {
    let passed: Vec<&AnswerReport> = report.answers.iter().filter(|a| a.passed).collect();
    Some(Change::Passed {
        count: passed.len(),
        of: report.answers.len(),
        question: passed.first()?.prompt.clone(),
    })
}

fn first_person(report: &Report) -> Option<Change> {
    let (failed, of) = failing(stories(report), CheckKind::FirstPerson);
    // The story that said "we" shows it best.
    let example = failed
        .iter()
        .find(|a| !a.we.is_empty())
        .or(failed.first())?;
    Some(Change::FirstPerson {
        count: failed.len(),
        of,
        question: example.prompt.clone(),
        we: example.we.iter().take(QUOTED).cloned().collect(),
    })
}

fn key_points(report: &Report) -> Option<Change> {
    let of = report.totals.key_points;
    let missed = of - report.totals.key_points_covered.min(of);
    if missed == 0 || share(report.totals.key_points_covered, of) >= KEY_POINTS_ENOUGH {
        return None;
    }
    // The answer that missed most (the first of equals).
    let example = planned(&report.answers)
        .filter(|a| a.missed().next().is_some())
        .max_by_key(|a| (a.missed().count(), std::cmp::Reverse(a.item)))?;
    Some(Change::KeyPoints {
        missed,
        of,
        question: example.prompt.clone(),
        points: example.missed().take(2).map(String::from).collect(),
    })
}

fn overtime(report: &Report) -> Option<Change> {
    let over: Vec<&AnswerReport> = report
        .answers
        .iter()
        .filter(|a| a.overtime().is_some())
        .collect();
    let ratio = |a: &AnswerReport| {
        a.overtime().map_or(0.0, |o| {
            o.ratio(a.limit().max(crate::model::Span::from_secs(1)))
        })
    };
    let worst = over
        .iter()
        .copied()
        .reduce(|w, a| if ratio(a) > ratio(w) { a } else { w })?;
    if over.len() < 2 && ratio(worst) < FAR_OVER {
        return None;
    }
    Some(Change::Overtime {
        count: over.len(),
        of: report.totals.answered,
        question: worst.prompt.clone(),
        took_s: secs(worst.took_ms.unwrap_or(0)),
        limit_s: worst.time_limit_s,
    })
}

fn too_short(report: &Report) -> Option<Change> {
    let ratio = |a: &AnswerReport| a.speaking_secs / f64::from(a.time_limit_s.max(1));
    let short: Vec<&AnswerReport> = report
        .answers
        .iter()
        .filter(|a| a.answered() && a.time_limit_s >= TOO_SHORT_MIN_LIMIT_S)
        .filter(|a| ratio(a) < TOO_SHORT)
        .collect();
    let worst = short
        .iter()
        .copied()
        .reduce(|w, a| if ratio(a) < ratio(w) { a } else { w })?;
    Some(Change::TooShort {
        count: short.len(),
        of: report.totals.answered,
        question: worst.prompt.clone(),
        spoken_s: worst.speaking_secs.round() as u32,
        limit_s: worst.time_limit_s,
    })
}

fn numbers(report: &Report) -> Option<Change> {
    let (failed, of) = failing(stories(report), CheckKind::Numbers);
    let (count, of, question) = pattern(&failed, of)?;
    Some(Change::Numbers {
        count,
        of,
        question,
    })
}

fn result(report: &Report) -> Option<Change> {
    let mut of = 0;
    let mut failed = Vec::new();
    for a in stories(report) {
        let check = a.check(CheckKind::Result);
        let star = a.star.map(|s| s.result);
        if check.is_none() && star.is_none() {
            continue;
        }
        of += 1;
        if check == Some(false) || star == Some(false) {
            failed.push(a);
        }
    }
    let (count, of, question) = pattern(&failed, of)?;
    Some(Change::Result {
        count,
        of,
        question,
    })
}

fn star(report: &Report) -> Option<Change> {
    let answers: Vec<&AnswerReport> = planned(&report.answers)
        .filter(|a| a.star.is_some())
        .collect();
    let lacking = |a: &AnswerReport, p: Part| a.star.is_some_and(|s| !s.has(p));
    let failed: Vec<&AnswerReport> = answers
        .iter()
        .copied()
        .filter(|a| {
            [Part::Situation, Part::Task, Part::Action]
                .iter()
                .any(|&p| lacking(a, p))
        })
        .collect();
    let (count, of, _) = pattern(&failed, answers.len())?;
    // The part missed most often (the first of equals, in STAR order).
    let part = [Part::Situation, Part::Task, Part::Action]
        .into_iter()
        .rev()
        .max_by_key(|&p| failed.iter().filter(|a| lacking(a, p)).count())?;
    Some(Change::Star {
        count,
        of,
        question: failed.iter().find(|a| lacking(a, part))?.prompt.clone(),
        part,
    })
}

fn concept(report: &Report, check: CheckKind) -> Option<Change> {
    let technical = planned(&report.answers).filter(|a| a.kind == Kind::Technical);
    let (failed, of) = failing(technical, check);
    let (count, of, question) = pattern(&failed, of)?;
    Some(Change::Concept {
        check,
        count,
        of,
        question,
    })
}

fn fillers(report: &Report) -> Option<Change> {
    let per_minute = report.fillers_per_minute()?;
    let total = report.totals.fillers;
    if per_minute < FILLERS_PER_MIN || total < FILLERS_MIN {
        return None;
    }
    let mut words: Vec<(String, usize)> = Vec::new();
    for (word, n) in report.answers.iter().flat_map(|a| &a.fillers) {
        match words.iter_mut().find(|(w, _)| w == word) {
            Some((_, count)) => *count += n,
            None => words.push((word.clone(), *n)),
        }
    }
    words.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
    words.truncate(QUOTED);
    Some(Change::Fillers {
        per_minute,
        total,
        words,
    })
}

fn one_experience(report: &Report) -> Option<Change> {
    let stories = report.totals.stories;
    let [only] = report.experiences.as_slice() else {
        return None;
    };
    if stories < ONE_EXPERIENCE_STORIES || !report.unidentified_stories.is_empty() {
        return None;
    }
    Some(Change::OneExperience {
        stories,
        anchors: only.anchors.iter().take(QUOTED).cloned().collect(),
    })
}

/// “…”, on one line and shortened.
fn quoted(text: &str) -> String {
    format!("“{}”", truncate(&one_line(text), QUESTION))
}

/// The message `id` of the changes that say "`count` of `of` answers,
/// such as `question`".
fn counted(id: &str, count: usize, of: usize, question: &str) -> String {
    let mut args = Args::new();
    args.set("count", arg(count));
    args.set("of", arg(of));
    args.set("question", arg(quoted(question)));
    tr(id, Some(&args))
}

/// Each quoted, as one list: "“a”, “b” and “c”".
fn quoted_list(words: &[String]) -> String {
    let quoted: Vec<String> = words.iter().map(|w| quoted(w)).collect();
    labels::list(&quoted)
}

impl Change {
    /// What it costs in a real room, whatever its extent.
    pub fn severity(&self) -> f64 {
        match self {
            Change::FirstPerson { .. } | Change::KeyPoints { .. } => 3.0,
            Change::Passed { .. } => 2.5,
            Change::Overtime { .. }
            | Change::TooShort { .. }
            | Change::Numbers { .. }
            | Change::Result { .. } => 2.0,
            Change::Concept {
                check: CheckKind::Definition | CheckKind::Example,
                ..
            } => 1.2,
            Change::Star { .. }
            | Change::Concept { .. }
            | Change::Fillers { .. }
            | Change::OneExperience { .. } => 1.5,
        }
    }

    /// How far it goes: the share of the answers (or key points) it
    /// touches; for fillers, the rate against 6 a minute.
    pub fn extent(&self) -> f64 {
        match self {
            Change::Passed { count, of, .. }
            | Change::FirstPerson { count, of, .. }
            | Change::KeyPoints {
                missed: count, of, ..
            }
            | Change::Overtime { count, of, .. }
            | Change::TooShort { count, of, .. }
            | Change::Numbers { count, of, .. }
            | Change::Result { count, of, .. }
            | Change::Star { count, of, .. }
            | Change::Concept { count, of, .. } => share(*count, *of),
            Change::Fillers { per_minute, .. } => (per_minute / FILLERS_FULL).min(1.0),
            Change::OneExperience { .. } => 1.0,
        }
    }

    /// How much it matters: the ranking key (see the module comment).
    pub fn weight(&self) -> f64 {
        self.severity() * self.extent()
    }

    /// How many answers it is about.
    pub fn touched(&self) -> usize {
        match self {
            Change::Passed { count, .. }
            | Change::FirstPerson { count, .. }
            | Change::Overtime { count, .. }
            | Change::TooShort { count, .. }
            | Change::Numbers { count, .. }
            | Change::Result { count, .. }
            | Change::Star { count, .. }
            | Change::Concept { count, .. } => *count,
            Change::KeyPoints { missed, .. } => *missed,
            Change::Fillers { total, .. } => *total,
            Change::OneExperience { stories, .. } => *stories,
        }
    }

    /// The change in the interface's language, quoting its counts and an
    /// example.
    pub fn text(&self) -> String {
        match self {
            Change::Passed {
                count,
                of,
                question,
            } => counted(msgid!("mock-change-passed"), *count, *of, question),
            Change::FirstPerson {
                count,
                of,
                question,
                we,
            } if we.is_empty() => {
                counted(msgid!("mock-change-first-person"), *count, *of, question)
            }
            Change::FirstPerson {
                count,
                of,
                question,
                we,
            } => t!(
                "mock-change-first-person-we",
                count = count,
                of = of,
                question = quoted(question),
                we = quoted_list(we)
            ),
            Change::KeyPoints {
                missed,
                of,
                question,
                points,
            } => t!(
                "mock-change-key-points",
                covered = of - missed.min(of),
                of = of,
                question = quoted(question),
                points = quoted_list(points)
            ),
            Change::Overtime {
                count,
                of,
                question,
                took_s,
                limit_s,
            } => t!(
                "mock-change-overtime",
                count = count,
                of = of,
                question = quoted(question),
                took = labels::duration(*took_s),
                limit = labels::duration(*limit_s)
            ),
            Change::TooShort {
                count,
                of,
                question,
                spoken_s,
                limit_s,
            } => t!(
                "mock-change-too-short",
                count = count,
                of = of,
                question = quoted(question),
                spoken = labels::duration(*spoken_s),
                limit = labels::duration(*limit_s)
            ),
            Change::Numbers {
                count,
                of,
                question,
            } => counted(msgid!("mock-change-numbers"), *count, *of, question),
            Change::Result {
                count,
                of,
                question,
            } => counted(msgid!("mock-change-result"), *count, *of, question),
            Change::Star {
                count,
                of,
                question,
                part,
            } => {
                let id = match part {
                    Part::Situation => msgid!("mock-change-star-situation"),
                    Part::Task => msgid!("mock-change-star-task"),
                    Part::Action => msgid!("mock-change-star-action"),
                    Part::Result => msgid!("mock-change-star-result"),
                };
                counted(id, *count, *of, question)
            }
            Change::Concept {
                check,
                count,
                of,
                question,
            } => {
                let id = match check {
                    CheckKind::Definition => msgid!("mock-change-definition"),
                    CheckKind::Example => msgid!("mock-change-example"),
                    // Only the three concept checks make this change.
                    _ => msgid!("mock-change-trade-off"),
                };
                counted(id, *count, *of, question)
            }
            Change::Fillers {
                per_minute,
                total,
                words,
            } => {
                let words: Vec<String> = words
                    .iter()
                    .map(|(w, n)| format!("{} ×{n}", quoted(w)))
                    .collect();
                t!(
                    "mock-change-fillers",
                    rate = format!("{per_minute:.1}"),
                    total = total,
                    words = words.join(", ")
                )
            }
            Change::OneExperience { stories, anchors } => t!(
                "mock-change-one-experience",
                stories = stories,
                anchors = quoted_list(anchors)
            ),
        }
    }
}
