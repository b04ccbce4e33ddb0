//! The checks that fit the question: a concept (technical) answer is judged
//! on its key points, a definition, an example and a trade-off; a story
//! (experience, behavioural, intro, closing) on first person, numbers,
//! named technologies, a result and STAR. A check that does not fit the
//! question is "not applicable", never a failure. Each says why, quoting
//! the words that made it pass.

use crate::bank::Kind;

use super::analysis::Analysis;
use super::concrete::Concreteness;
use super::coverage::PointHit;
use super::evidence::{measured_changes, owned_actions, stated_changes};
use super::star::Star;

/// How a check came out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Pass,
    Fail,
    /// The check does not fit this kind of question.
    NotApplicable,
}

/// One check of an answer, with its evidence.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Check {
    /// Stable id: `key_points`, `definition`, `example`, `trade_off`,
    /// `first_person`, `numbers`, `technologies`, `result`, `star`.
    pub id: &'static str,
    /// What is checked, for people.
    pub label: String,
    pub verdict: Verdict,
    /// Why, quoting the answer's words when it passed.
    pub why: String,
    /// Byte ranges of the answer that are the evidence.
    pub spans: Vec<(usize, usize)>,
}

/// Widest quote shown in a `why`, in terminal columns.
const QUOTE: usize = 60;

/// Cues of a definition.
const DEFINITION: &[&str] = &[
    " is a ",
    " is an ",
    " is the ",
    " are a ",
    " means ",
    " refers to ",
    " is when ",
    " is how ",
    " defined as ",
    " stands for ",
    " is a way ",
    "이란",
    "란 ",
    "라는 것은",
    "라는 건",
    "말합니다",
    "의미합니다",
    "뜻합니다",
    "개념입니다",
    "방식입니다",
    "것입니다",
    "구조입니다",
    "기법입니다",
    "성질입니다",
];

/// Cues of an example.
const EXAMPLE: &[&str] = &[
    "for example",
    "for instance",
    "e.g.",
    "such as",
    "say you",
    "imagine",
    "like when",
    "예를 들어",
    "예를 들면",
    "예시",
    "예컨대",
    "가령",
    "같은 경우",
    "처럼",
];

/// Cues of a trade-off or of when to use it.
const TRADE_OFF: &[&str] = &[
    "trade-off",
    "tradeoff",
    "downside",
    "drawback",
    "but ",
    "however",
    "instead",
    "rather than",
    "on the other hand",
    "the cost",
    "overhead",
    "prefer",
    "when to",
    "use it when",
    "only when",
    "if you need",
    "단점",
    "장점",
    "반면",
    "대신",
    "트레이드오프",
    "하지만",
    "다만",
    "오버헤드",
    "부담",
    "경우에는",
    "때는",
    "적합",
    "유리",
    "불리",
];

/// Everything the checks read.
pub(crate) struct Inputs<'a> {
    pub text: &'a str,
    pub analysis: &'a Analysis,
    pub coverage: &'a [PointHit],
    pub concreteness: &'a Concreteness,
    pub star: Option<&'a Star>,
}

/// The checks for an answer to a question of `kind`, in display order.
pub(crate) fn checks(kind: Kind, i: &Inputs<'_>) -> Vec<Check> {
    let concept = kind == Kind::Technical;
    let story_only = "not asked of a concept question";
    let concept_only = "asked of concept questions only";
    let mut out = vec![key_points(i.coverage)];
    if concept {
        out.push(cue_check(i, "definition", "Definition", DEFINITION));
        out.push(cue_check(i, "example", "Example", EXAMPLE));
        out.push(cue_check(
            i,
            "trade_off",
            "Trade-off or when to use it",
            TRADE_OFF,
        ));
        for (id, label) in [
            ("first_person", "What you did (first person)"),
            ("numbers", "Numbers"),
            ("technologies", "Named technologies"),
            ("result", "Result"),
            ("star", "STAR structure"),
        ] {
            out.push(not_applicable(id, label, story_only));
        }
        return out;
    }
    for (id, label) in [
        ("definition", "Definition"),
        ("example", "Example"),
        ("trade_off", "Trade-off or when to use it"),
    ] {
        out.push(not_applicable(id, label, concept_only));
    }
    out.push(first_person(i));
    if kind == Kind::Closing {
        let why = "not asked of a closing question";
        out.push(not_applicable("numbers", "Numbers", why));
        out.push(not_applicable("technologies", "Named technologies", why));
        out.push(not_applicable("result", "Result", why));
    } else {
        out.push(numbers(i));
        out.push(technologies(i));
        out.push(result(i));
    }
    out.push(match i.star {
        Some(star) => star_check(star),
        None => not_applicable("star", "STAR structure", "asked of stories only"),
    });
    out
}

fn check(id: &'static str, label: &str, pass: bool, why: String) -> Check {
    Check {
        id,
        label: label.to_string(),
        verdict: if pass { Verdict::Pass } else { Verdict::Fail },
        why,
        spans: Vec::new(),
    }
}

fn not_applicable(id: &'static str, label: &str, why: &str) -> Check {
    Check {
        id,
        label: label.to_string(),
        verdict: Verdict::NotApplicable,
        why: why.to_string(),
        spans: Vec::new(),
    }
}

/// `“…”`: the answer's words at `span`, on one line, shortened.
fn quote(text: &str, span: (usize, usize)) -> String {
    let words = text.get(span.0..span.1).unwrap_or("");
    format!(
        "“{}”",
        crate::text::truncate(&crate::text::one_line(words.trim()), QUOTE)
    )
}

fn key_points(coverage: &[PointHit]) -> Check {
    let label = "Key points";
    if coverage.is_empty() {
        return not_applicable("key_points", label, "this question lists no key points");
    }
    let covered = coverage.iter().filter(|h| h.covered).count();
    let mut c = check(
        "key_points",
        label,
        covered * 2 >= coverage.len(),
        format!("{covered} of {} key points covered", coverage.len()),
    );
    c.spans = coverage.iter().flat_map(|h| h.spans.clone()).collect();
    c.spans.sort_unstable();
    c
}

fn cue_check(i: &Inputs<'_>, id: &'static str, label: &str, cues: &[&str]) -> Check {
    let padded = format!(" {} ", i.analysis.norm);
    let found = cues
        .iter()
        .filter_map(|cue| padded.find(cue).map(|at| (at, *cue)))
        .min();
    match found {
        Some((at, cue)) => {
            let lead = cue.len() - cue.trim_start().len();
            let s = (at + lead).saturating_sub(1).min(i.analysis.norm.len());
            let e = (s + cue.trim().len()).min(i.analysis.norm.len());
            let span = i.analysis.orig_span(s, e);
            let sentence = i.analysis.sentence_at(span.0).unwrap_or(span);
            let mut c = check(id, label, true, quote(i.text, sentence));
            c.spans = vec![span];
            c
        }
        None => check(
            id,
            label,
            false,
            format!("no {} found", label.to_lowercase()),
        ),
    }
}

fn first_person(i: &Inputs<'_>) -> Check {
    let label = "What you did (first person)";
    let spans = owned_actions(i.analysis, i.text);
    match spans.first() {
        Some(&first) => {
            let mut c = check("first_person", label, true, quote(i.text, first));
            c.spans = spans;
            c
        }
        None => {
            let why = match i.concreteness.plural.first() {
                Some(we) => format!("says “{we}” but never what you did yourself"),
                None => "no sentence says what you did yourself".to_string(),
            };
            check("first_person", label, false, why)
        }
    }
}

fn numbers(i: &Inputs<'_>) -> Check {
    let found = &i.concreteness.numbers;
    let pass = !found.is_empty();
    let why = if pass {
        found
            .iter()
            .map(|n| format!("“{n}”"))
            .collect::<Vec<_>>()
            .join(", ")
    } else {
        "no numbers: how many, how fast, how much".to_string()
    };
    check("numbers", "Numbers", pass, why)
}

fn technologies(i: &Inputs<'_>) -> Check {
    let found = &i.concreteness.technologies;
    let pass = !found.is_empty();
    let why = if pass {
        found.join(", ")
    } else {
        "no tool or technology named".to_string()
    };
    check("technologies", "Named technologies", pass, why)
}

fn result(i: &Inputs<'_>) -> Check {
    let label = "Result";
    let spans = measured_changes(i.analysis);
    if let Some(&first) = spans.first() {
        let mut c = check("result", label, true, quote(i.text, first));
        c.spans = spans;
        return c;
    }
    let why = match stated_changes(i.analysis).first() {
        Some(&said) => format!(
            "{} says it changed, but not by how much",
            quote(i.text, said)
        ),
        None => "no outcome: what changed, by how much".to_string(),
    };
    check("result", label, false, why)
}

fn star_check(star: &Star) -> Check {
    let missing = star.missing();
    let why = if missing.is_empty() {
        "situation, task, action and result all there".to_string()
    } else {
        let names: Vec<&str> = missing.iter().map(|p| p.label()).collect();
        format!("missing: {}", names.join(", "))
    };
    check("star", "STAR structure", missing.is_empty(), why)
}
