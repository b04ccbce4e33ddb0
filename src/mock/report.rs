//! The report at the end of a mock interview: per answer, what the
//! feedback found (time against its limit, speaking time, key points,
//! first person and numbers where they apply, fillers, STAR, the
//! follow-ups it led to); for the interview, the totals, the key points
//! and checks most often missed, how many experiences the stories drew
//! on, and the three changes that matter most.
//!
//! The report is built once, when the interview ends, and stored as JSON
//! beside the mock, so it holds everything the screen, the export and the
//! comparison with the next mock need (prompts, segments, attempt ids,
//! numbers) and never has to look at a bank again. Advice and measures are
//! data (a kind, numbers, quoted words), never words: the sentences are
//! made from the catalogue when shown (`Change::text`, `labels`), so a
//! report kept in English reads in Korean once the language changes.
//!
//! Aggregates over the interview count the planned questions only: a
//! follow-up is a narrow question made from its parent, with no key points,
//! and judging it on a definition or STAR would advise what nobody asked
//! for. Follow-ups still count in time, overtime, speaking time and fillers.

use serde::{Deserialize, Serialize};

use crate::bank::{Kind, Question};
use crate::feedback::{PointHit, Rates, StarPart, Verdict};
use crate::model::{
    AskedBecause, Attempt, MockItem, MockRecord, QuestionKey, Round, Segment, Span,
};
use crate::t;

mod changes;
mod compare;
mod experiences;
mod markdown;

#[cfg(test)]
mod fixtures;
#[cfg(test)]
mod tests;

pub use changes::Change;
pub use compare::{Compared, Direction, Measure, Trend, compare};
pub use experiences::Experience;
pub use markdown::{markdown, summary as markdown_summary};

/// The report format written by this version.
pub const VERSION: u32 = 1;

/// One answer of the interview, as the caller knows it.
pub struct AnswerInput<'a> {
    pub item: &'a MockItem,
    /// The question as asked (a follow-up: made from its parent, no key points).
    pub question: &'a Question,
    /// None when the candidate passed on it.
    pub attempt: Option<&'a Attempt>,
    /// The user's talking points for this question (one a line), maybe "".
    pub talking_points: &'a str,
}

/// The whole report, as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub version: u32,
    pub role: String,
    pub language: String,
    pub round: Round,
    /// The round's length.
    pub minutes: u32,
    /// Milliseconds since the Unix epoch.
    pub started_at_ms: i64,
    #[serde(default)]
    pub finished_at_ms: Option<i64>,
    /// The whole-interview clock.
    pub elapsed_ms: i64,
    /// In interview order.
    pub answers: Vec<AnswerReport>,
    pub totals: Totals,
    /// Key points missed, most important first (see [`missed_points`]).
    #[serde(default)]
    pub missed_points: Vec<MissedPoint>,
    /// Checks failed across the planned answers, most often failed first.
    #[serde(default)]
    pub missed_checks: Vec<MissedCheck>,
    /// The experiences the stories drew on (see `experiences`).
    #[serde(default)]
    pub experiences: Vec<Experience>,
    /// Stories that name no project, technology or number, so could not be
    /// told apart (items).
    #[serde(default)]
    pub unidentified_stories: Vec<usize>,
    /// The most useful changes, most useful first; at most three.
    #[serde(default)]
    pub changes: Vec<Change>,
}

/// One question of the interview and how it was answered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnswerReport {
    /// Its place in the interview: the index of its item in the mock.
    pub item: usize,
    pub key: QuestionKey,
    pub segment: Segment,
    pub kind: Kind,
    pub prompt: String,
    /// For a follow-up: the item it digs into, and why it was asked.
    #[serde(default)]
    pub follow_up_of: Option<usize>,
    #[serde(default)]
    pub because: Option<AskedBecause>,
    #[serde(default)]
    pub attempt_id: Option<String>,
    #[serde(default)]
    pub passed: bool,
    pub time_limit_s: u32,
    /// Time taken; None when not answered.
    #[serde(default)]
    pub took_ms: Option<i64>,
    /// Estimated time to say the answer out loud.
    #[serde(default)]
    pub speaking_secs: f64,
    #[serde(default)]
    pub words: usize,
    /// The bank's key points, in the bank's order.
    #[serde(default)]
    pub key_points: Vec<PointResult>,
    /// The user's own talking points.
    #[serde(default)]
    pub talking_points: Vec<PointResult>,
    /// The checks that fit the question's kind (key points aside).
    #[serde(default)]
    pub checks: Vec<CheckResult>,
    /// Numbers said ("8", "40%", "6시간").
    #[serde(default)]
    pub numbers: Vec<String>,
    /// First person plural said ("we", "저희").
    #[serde(default)]
    pub we: Vec<String>,
    #[serde(default)]
    pub technologies: Vec<String>,
    /// Filler words with their counts, most frequent first.
    #[serde(default)]
    pub fillers: Vec<(String, usize)>,
    /// STAR parts, for behavioural and experience answers.
    #[serde(default)]
    pub star: Option<StarParts>,
    /// The follow-ups this answer led to (items).
    #[serde(default)]
    pub led_to: Vec<usize>,
}

/// A key point or talking point, and whether the answer covered it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PointResult {
    pub text: String,
    pub covered: bool,
}

/// A check of the feedback, by kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckKind {
    Definition,
    Example,
    TradeOff,
    FirstPerson,
    Numbers,
    Technologies,
    Result,
    Star,
}

impl CheckKind {
    /// From the feedback's check id; None for `key_points` (kept apart)
    /// and for ids this version does not know.
    fn from_id(id: &str) -> Option<CheckKind> {
        Some(match id {
            "definition" => CheckKind::Definition,
            "example" => CheckKind::Example,
            "trade_off" => CheckKind::TradeOff,
            "first_person" => CheckKind::FirstPerson,
            "numbers" => CheckKind::Numbers,
            "technologies" => CheckKind::Technologies,
            "result" => CheckKind::Result,
            "star" => CheckKind::Star,
            _ => return None,
        })
    }

    /// Its name in the interface's language: "trade-off" / "트레이드오프".
    pub fn label(self) -> String {
        match self {
            CheckKind::Definition => t!("mock-check-definition"),
            CheckKind::Example => t!("mock-check-example"),
            CheckKind::TradeOff => t!("mock-check-trade-off"),
            CheckKind::FirstPerson => t!("mock-check-first-person"),
            CheckKind::Numbers => t!("mock-check-numbers"),
            CheckKind::Technologies => t!("mock-check-technologies"),
            CheckKind::Result => t!("mock-check-result"),
            CheckKind::Star => t!("mock-check-star"),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckResult {
    pub check: CheckKind,
    pub passed: bool,
}

/// Which STAR parts an answer has.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StarParts {
    pub situation: bool,
    pub task: bool,
    pub action: bool,
    pub result: bool,
}

/// A part of a STAR answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Part {
    Situation,
    Task,
    Action,
    Result,
}

impl Part {
    pub const ALL: [Part; 4] = [Part::Situation, Part::Task, Part::Action, Part::Result];

    /// Its name in the interface's language: "Situation" / "상황".
    pub fn label(self) -> String {
        match self {
            Part::Situation => t!("mock-star-situation"),
            Part::Task => t!("mock-star-task"),
            Part::Action => t!("mock-star-action"),
            Part::Result => t!("mock-star-result"),
        }
    }

    /// Its letter in "STAR S·AR", the same in every language.
    pub fn letter(self) -> char {
        match self {
            Part::Situation => 'S',
            Part::Task => 'T',
            Part::Action => 'A',
            Part::Result => 'R',
        }
    }
}

impl StarParts {
    pub fn has(&self, part: Part) -> bool {
        match part {
            Part::Situation => self.situation,
            Part::Task => self.task,
            Part::Action => self.action,
            Part::Result => self.result,
        }
    }

    pub fn missing(&self) -> Vec<Part> {
        Part::ALL.into_iter().filter(|&p| !self.has(p)).collect()
    }

    pub fn complete(&self) -> bool {
        self.missing().is_empty()
    }
}

impl From<&crate::feedback::Star> for StarParts {
    fn from(s: &crate::feedback::Star) -> StarParts {
        StarParts {
            situation: s.get(StarPart::Situation).is_some(),
            task: s.get(StarPart::Task).is_some(),
            action: s.get(StarPart::Action).is_some(),
            result: s.get(StarPart::Result).is_some(),
        }
    }
}

impl AnswerReport {
    pub fn answered(&self) -> bool {
        self.took_ms.is_some()
    }

    pub fn is_follow_up(&self) -> bool {
        self.follow_up_of.is_some()
    }

    /// A story: intro, experience or behavioural (motivation questions are
    /// intro questions in the banks). Closing and concept answers are not.
    pub fn is_story(&self) -> bool {
        matches!(self.kind, Kind::Intro | Kind::Experience | Kind::Behavioral)
    }

    pub fn took(&self) -> Option<Span> {
        self.took_ms.map(Span::from_ms)
    }

    pub fn limit(&self) -> Span {
        Span::from_secs(i64::from(self.time_limit_s))
    }

    /// Time past the limit, when the answer ran over it.
    pub fn overtime(&self) -> Option<Span> {
        self.took()
            .map(|t| t - self.limit())
            .filter(|over| *over > Span::ZERO)
    }

    pub fn covered(&self) -> usize {
        self.key_points.iter().filter(|p| p.covered).count()
    }

    pub fn missed(&self) -> impl Iterator<Item = &str> {
        self.key_points
            .iter()
            .filter(|p| !p.covered)
            .map(|p| p.text.as_str())
    }

    /// The verdict of a check, when it applies to this answer.
    pub fn check(&self, kind: CheckKind) -> Option<bool> {
        self.checks
            .iter()
            .find(|c| c.check == kind)
            .map(|c| c.passed)
    }

    pub fn filler_count(&self) -> usize {
        self.fillers.iter().map(|(_, n)| n).sum()
    }
}

/// What the interview adds up to; the measures are made from these.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Totals {
    /// Questions asked (answers in the report).
    pub asked: usize,
    pub answered: usize,
    pub passed: usize,
    /// Answers that ran over their limit.
    pub over_limit: usize,
    pub speaking_secs: f64,
    pub fillers: usize,
    /// Key points of the planned answers, and how many were covered.
    pub key_points: usize,
    pub key_points_covered: usize,
    /// Planned story answers, and how many passed the first-person and
    /// the numbers check.
    pub stories: usize,
    pub stories_first_person: usize,
    pub stories_with_numbers: usize,
    /// Planned answers checked for STAR, and how many had all four parts.
    pub star_answers: usize,
    pub star_complete: usize,
}

/// A key point missed, with the answers (items) that missed it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MissedPoint {
    pub text: String,
    pub answers: Vec<usize>,
}

/// A check failed by `answers` (items) of the `of` planned answers it
/// applies to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MissedCheck {
    pub check: CheckKind,
    pub answers: Vec<usize>,
    pub of: usize,
}

/// Builds the report of `record` from its answers, in any order.
pub fn build(record: &MockRecord, inputs: &[AnswerInput], rates: &Rates) -> Report {
    let mut used = vec![false; record.items.len()];
    let mut built: Vec<(AnswerReport, &str)> = inputs
        .iter()
        .enumerate()
        .map(|(i, input)| {
            let item = item_index(record, input.item, i, &mut used);
            answer(item, input, rates)
        })
        .collect();
    built.sort_by_key(|(a, _)| a.item);
    let follow_ups: Vec<(usize, Option<usize>)> = built
        .iter()
        .map(|(a, _)| (a.item, a.follow_up_of))
        .collect();
    for (a, _) in &mut built {
        a.led_to = follow_ups
            .iter()
            .filter(|(_, of)| *of == Some(a.item))
            .map(|(item, _)| *item)
            .collect();
    }
    let stories: Vec<experiences::Story> = built
        .iter()
        .filter(|(a, _)| a.answered() && !a.is_follow_up() && a.is_story())
        .map(|(a, text)| experiences::Story {
            item: a.item,
            kind: a.kind,
            text,
        })
        .collect();
    let (experiences, unidentified_stories) = experiences::find(&stories);
    let answers: Vec<AnswerReport> = built.into_iter().map(|(a, _)| a).collect();
    let mut report = Report {
        version: VERSION,
        role: record.role.clone(),
        language: record.language.clone(),
        round: record.round,
        minutes: record.minutes,
        started_at_ms: record.started_at.as_ms(),
        finished_at_ms: record.finished_at.map(|t| t.as_ms()),
        elapsed_ms: record.elapsed_ms.as_ms(),
        totals: totals(&answers),
        missed_points: missed_points(&answers),
        missed_checks: missed_checks(&answers),
        answers,
        experiences,
        unidentified_stories,
        changes: Vec::new(),
    };
    report.changes = changes::choose(&report);
    report
}

/// The index in `record.items` of `item`: the same item by address, else
/// the first equal one not yet taken, else its place among the inputs.
fn item_index(record: &MockRecord, item: &MockItem, fallback: usize, used: &mut [bool]) -> usize {
    let found = record
        .items
        .iter()
        .position(|it| std::ptr::eq(it, item))
        .or_else(|| {
            record
                .items
                .iter()
                .enumerate()
                .position(|(i, it)| it == item && !used.get(i).copied().unwrap_or(true))
        })
        .unwrap_or(fallback);
    if let Some(u) = used.get_mut(found) {
        *u = true;
    }
    found
}

/// One answer's part of the report, and the text it was made from.
fn answer<'a>(item: usize, input: &AnswerInput<'a>, rates: &Rates) -> (AnswerReport, &'a str) {
    let q = input.question;
    let it = input.item;
    let attempt = input.attempt.filter(|_| !it.passed);
    let mut report = AnswerReport {
        item,
        key: it.key.clone(),
        segment: it.segment,
        kind: q.kind,
        prompt: q.prompt.clone(),
        follow_up_of: it.follow_up_of,
        because: it.because.clone(),
        attempt_id: attempt.map(|a| a.id.clone()),
        passed: it.passed,
        time_limit_s: it.time_limit_s,
        took_ms: attempt.map(|a| a.duration_ms.as_ms()),
        speaking_secs: 0.0,
        words: 0,
        // Unanswered, a question still shows what a strong answer covers.
        key_points: q
            .key_points
            .iter()
            .map(|k| PointResult {
                text: k.text.clone(),
                covered: false,
            })
            .collect(),
        talking_points: Vec::new(),
        checks: Vec::new(),
        numbers: Vec::new(),
        we: Vec::new(),
        technologies: Vec::new(),
        fillers: Vec::new(),
        star: None,
        led_to: Vec::new(),
    };
    let Some(attempt) = attempt else {
        return (report, "");
    };
    let fb = crate::practice::analyze(q, input.talking_points, &attempt.text, rates);
    let n = q.key_points.len();
    let point = |h: &PointHit| PointResult {
        text: h.text.clone(),
        covered: h.covered,
    };
    report.key_points = fb.coverage.iter().take(n).map(point).collect();
    report.talking_points = fb.coverage.iter().skip(n).map(point).collect();
    report.checks = fb
        .checks
        .iter()
        .filter(|c| c.verdict != Verdict::NotApplicable)
        .filter_map(|c| {
            CheckKind::from_id(c.id).map(|check| CheckResult {
                check,
                passed: c.verdict == Verdict::Pass,
            })
        })
        .collect();
    let speaking = fb.stats.speaking_secs;
    report.speaking_secs = if speaking.is_finite() { speaking } else { 0.0 };
    report.words = fb.stats.words;
    report.star = fb.star.as_ref().map(StarParts::from);
    report.fillers = fb.fillers;
    report.numbers = fb.concreteness.numbers;
    report.we = fb.concreteness.plural;
    report.technologies = fb.concreteness.technologies;
    (report, attempt.text.as_str())
}

/// The planned answers that were answered: what the aggregates count.
fn planned(answers: &[AnswerReport]) -> impl Iterator<Item = &AnswerReport> {
    answers.iter().filter(|a| a.answered() && !a.is_follow_up())
}

fn totals(answers: &[AnswerReport]) -> Totals {
    let answered = || answers.iter().filter(|a| a.answered());
    let stories = || planned(answers).filter(|a| a.is_story());
    let star = || planned(answers).filter_map(|a| a.star);
    Totals {
        asked: answers.len(),
        answered: answered().count(),
        passed: answers.iter().filter(|a| a.passed).count(),
        over_limit: answered().filter(|a| a.overtime().is_some()).count(),
        speaking_secs: answered().map(|a| a.speaking_secs).sum(),
        fillers: answered().map(AnswerReport::filler_count).sum(),
        key_points: planned(answers).map(|a| a.key_points.len()).sum(),
        key_points_covered: planned(answers).map(AnswerReport::covered).sum(),
        stories: stories().count(),
        stories_first_person: stories()
            .filter(|a| a.check(CheckKind::FirstPerson) == Some(true))
            .count(),
        stories_with_numbers: stories()
            .filter(|a| a.check(CheckKind::Numbers) == Some(true))
            .count(),
        star_answers: star().count(),
        star_complete: star().filter(StarParts::complete).count(),
    }
}

/// The key points missed by the planned answers, most important first: a
/// point missed by more answers first (the same point, say a user's
/// recurring "idempotency", missed twice is a habit); then by its place in
/// its question's list, since banks put the core of the answer first; then
/// in interview order.
fn missed_points(answers: &[AnswerReport]) -> Vec<MissedPoint> {
    // (point, answers, best place in a list)
    let mut found: Vec<(MissedPoint, usize)> = Vec::new();
    for a in planned(answers) {
        for (place, p) in a.key_points.iter().enumerate().filter(|(_, p)| !p.covered) {
            let same = |m: &&mut (MissedPoint, usize)| {
                m.0.text.trim().to_lowercase() == p.text.trim().to_lowercase()
            };
            match found.iter_mut().find(same) {
                Some((m, best)) => {
                    m.answers.push(a.item);
                    *best = (*best).min(place);
                }
                None => found.push((
                    MissedPoint {
                        text: p.text.clone(),
                        answers: vec![a.item],
                    },
                    place,
                )),
            }
        }
    }
    // A stable sort keeps interview order among equals.
    found.sort_by_key(|(m, place)| (std::cmp::Reverse(m.answers.len()), *place));
    found.into_iter().map(|(m, _)| m).collect()
}

/// The checks failed across the planned answers, the largest share first
/// ("no trade-off in 3 of 4 technical answers").
fn missed_checks(answers: &[AnswerReport]) -> Vec<MissedCheck> {
    let mut out: Vec<MissedCheck> = Vec::new();
    for a in planned(answers) {
        for c in &a.checks {
            let at = match out.iter().position(|m| m.check == c.check) {
                Some(at) => at,
                None => {
                    out.push(MissedCheck {
                        check: c.check,
                        answers: Vec::new(),
                        of: 0,
                    });
                    out.len() - 1
                }
            };
            let entry = &mut out[at];
            entry.of += 1;
            if !c.passed {
                entry.answers.push(a.item);
            }
        }
    }
    out.retain(|m| !m.answers.is_empty());
    out.sort_by(|a, b| {
        // a.failed / a.of against b.failed / b.of, without division.
        (b.answers.len() * a.of)
            .cmp(&(a.answers.len() * b.of))
            .then(b.answers.len().cmp(&a.answers.len()))
            .then(a.check.cmp(&b.check))
    });
    out
}

impl Report {
    /// The answer to `item`, with its number in the report (from 1).
    pub fn answer(&self, item: usize) -> Option<(usize, &AnswerReport)> {
        self.answers
            .iter()
            .enumerate()
            .find(|(_, a)| a.item == item)
            .map(|(i, a)| (i + 1, a))
    }

    pub fn elapsed(&self) -> Span {
        Span::from_ms(self.elapsed_ms)
    }

    pub fn round_length(&self) -> Span {
        Span::from_mins(i64::from(self.minutes))
    }

    /// Fillers per minute of estimated speaking time; None with no speech.
    pub fn fillers_per_minute(&self) -> Option<f64> {
        let minutes = self.totals.speaking_secs / 60.0;
        (minutes > 0.0).then(|| self.totals.fillers as f64 / minutes)
    }

    /// Compact JSON, as stored beside the mock.
    pub fn to_json(&self) -> String {
        // Cannot fail: the report holds only strings, finite numbers,
        // booleans, sequences and structs.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a stored report, saying what is wrong when it is damaged.
    pub fn from_json(s: &str) -> Result<Report, String> {
        let damaged = |e: serde_json::Error| t!("mock-json-damaged", error = e.to_string());
        let value: serde_json::Value = serde_json::from_str(s).map_err(damaged)?;
        let version = value.get("version").and_then(serde_json::Value::as_u64);
        if version.is_none() {
            return Err(t!("mock-json-no-version"));
        }
        serde_json::from_value(value).map_err(|e| match version {
            Some(v) if v > u64::from(VERSION) => t!(
                "mock-json-newer",
                version = v,
                max = VERSION,
                error = e.to_string()
            ),
            _ => damaged(e),
        })
    }
}
