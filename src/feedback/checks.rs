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
use super::localized::Localized;
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
    /// What is checked, for people (in English in the JSON).
    pub label: Localized,
    pub verdict: Verdict,
    /// Why, quoting the answer's words when it passed (in English in the
    /// JSON, but for the quotes).
    pub why: Localized,
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

/// The copula after a noun that ends a Korean definition ("프로세스는 실행
/// 중인 프로그램이고", "… 동기화 도구입니다", "… 과금되는 방식이라").
const COPULAS: &[&str] = &[
    "입니다",
    "이에요",
    "예요",
    "이고,",
    "이고 ",
    "이며",
    "이라,",
    "이라 ",
    "이라서",
    "인데",
];

/// Verb stems ending in 이 ("줄이고", "높이며"): their 이고 is no copula.
const VERBS_IN_I: &[char] = &[
    '줄', '높', '늘', '붙', '보', '쌓', '먹', '속', '죽', '녹', '끓', '섞',
];

/// A Korean definition: a sentence that opens with its topic ("X는", "X
/// 은" in its first three words: a later 는 is more likely a verb's, as in
/// "쓰는 방법") and goes on to a noun with the copula. The copula's range
/// in `norm`.
fn korean_definition(norm: &str) -> Option<(usize, usize)> {
    let mut start = 0;
    for sentence in norm.split_inclusive(['.', '?', '!', '\n']) {
        let lead = sentence.len() - sentence.trim_start().len();
        let opening: usize = sentence[lead..]
            .split_inclusive(' ')
            .take(3)
            .map(str::len)
            .sum::<usize>()
            + lead;
        let topic = ["는 ", "은 "]
            .iter()
            .filter_map(|m| sentence[..opening].find(m))
            .min();
        if let Some(t) = topic {
            let found = COPULAS
                .iter()
                .flat_map(|c| sentence[t..].match_indices(c))
                .filter(|&(at, _)| {
                    let before = sentence[..t + at].chars().next_back();
                    before.is_some_and(|b| b.is_alphanumeric() && !VERBS_IN_I.contains(&b))
                })
                .min();
            if let Some((at, c)) = found {
                let s = start + t + at;
                return Some((s, s + c.trim_end_matches([',', ' ']).len()));
            }
        }
        start += sentence.len();
    }
    None
}

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
    "주의할 점",
    "주의해야",
    "한계",
    "보다 빠르",
    "보다 느리",
    "보다 낫",
    "에 비해",
    "잦으면",
    "드물면",
    "잦은 경우",
    "드문 경우",
    "에 맞습니다",
    "에 맞고",
    "피해야",
];

/// Everything the checks read.
pub(crate) struct Inputs<'a> {
    pub text: &'a str,
    pub analysis: &'a Analysis,
    pub coverage: &'a [PointHit],
    pub concreteness: &'a Concreteness,
    pub star: Option<&'a Star>,
}

/// Why a check does not fit the question.
#[derive(Clone, Copy)]
enum Unasked {
    OfConcepts,
    ConceptsOnly,
    OfClosings,
    StoriesOnly,
}

/// The checks for an answer to a question of `kind`, in display order.
pub(crate) fn checks(kind: Kind, i: &Inputs<'_>) -> Vec<Check> {
    let concept = kind == Kind::Technical;
    let mut out = vec![key_points(i.coverage)];
    if concept {
        out.push(cue_check(i, "definition", DEFINITION, korean_definition));
        out.push(cue_check(i, "example", EXAMPLE, |_| None));
        out.push(cue_check(i, "trade_off", TRADE_OFF, |_| None));
        for id in ["first_person", "numbers", "technologies", "result", "star"] {
            out.push(not_applicable(id, Unasked::OfConcepts));
        }
        return out;
    }
    for id in ["definition", "example", "trade_off"] {
        out.push(not_applicable(id, Unasked::ConceptsOnly));
    }
    out.push(first_person(i));
    if kind == Kind::Closing {
        for id in ["numbers", "technologies", "result"] {
            out.push(not_applicable(id, Unasked::OfClosings));
        }
    } else {
        out.push(numbers(i));
        out.push(technologies(i));
        out.push(result(i));
    }
    out.push(match i.star {
        Some(star) => star_check(star),
        None => not_applicable("star", Unasked::StoriesOnly),
    });
    out
}

/// What the check `id` looks at, for people.
fn label(id: &str) -> String {
    match id {
        "key_points" => crate::t!("feedback-check-key-points"),
        "definition" => crate::t!("feedback-check-definition"),
        "example" => crate::t!("feedback-check-example"),
        "trade_off" => crate::t!("feedback-check-trade-off"),
        "first_person" => crate::t!("feedback-check-first-person"),
        "numbers" => crate::t!("feedback-check-numbers"),
        "technologies" => crate::t!("feedback-check-technologies"),
        "result" => crate::t!("feedback-check-result"),
        _ => crate::t!("feedback-check-star"),
    }
}

fn check(id: &'static str, pass: bool, why: Localized) -> Check {
    Check {
        id,
        label: Localized::of(|| label(id)),
        verdict: if pass { Verdict::Pass } else { Verdict::Fail },
        why,
        spans: Vec::new(),
    }
}

fn not_applicable(id: &'static str, why: Unasked) -> Check {
    let why = Localized::of(|| match why {
        Unasked::OfConcepts => crate::t!("feedback-unasked-of-concepts"),
        Unasked::ConceptsOnly => crate::t!("feedback-unasked-concepts-only"),
        Unasked::OfClosings => crate::t!("feedback-unasked-of-closings"),
        Unasked::StoriesOnly => crate::t!("feedback-unasked-stories-only"),
    });
    Check {
        verdict: Verdict::NotApplicable,
        ..check(id, false, why)
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
    if coverage.is_empty() {
        let why = Localized::of(|| crate::t!("feedback-key-points-none"));
        return Check {
            verdict: Verdict::NotApplicable,
            ..check("key_points", false, why)
        };
    }
    let covered = coverage.iter().filter(|h| h.covered).count();
    let of = coverage.len();
    let why = Localized::of(|| crate::t!("feedback-key-points-covered", covered = covered, n = of));
    let mut c = check("key_points", covered * 2 >= of, why);
    c.spans = coverage.iter().flat_map(|h| h.spans.clone()).collect();
    c.spans.sort_unstable();
    c
}

/// The check `id`: passed at the first of `cues`, or of what `form` finds
/// (a range of the normalised text) when a cue list cannot say it.
fn cue_check(
    i: &Inputs<'_>,
    id: &'static str,
    cues: &[&str],
    form: fn(&str) -> Option<(usize, usize)>,
) -> Check {
    let norm = i.analysis.norm.as_str();
    let padded = format!(" {norm} ");
    let cue = cues
        .iter()
        .filter_map(|cue| padded.find(cue).map(|at| (at, *cue)))
        .min()
        .map(|(at, cue)| {
            let lead = cue.len() - cue.trim_start().len();
            let s = (at + lead).saturating_sub(1).min(norm.len());
            (s, (s + cue.trim().len()).min(norm.len()))
        });
    let found = [cue, form(norm)].into_iter().flatten().min();
    match found {
        Some((s, e)) => {
            let span = i.analysis.orig_span(s, e);
            let sentence = i.analysis.sentence_at(span.0).unwrap_or(span);
            let mut c = check(id, true, Localized::same(quote(i.text, sentence)));
            c.spans = vec![span];
            c
        }
        None => {
            let why = Localized::of(|| match id {
                "definition" => crate::t!("feedback-definition-none"),
                "example" => crate::t!("feedback-example-none"),
                _ => crate::t!("feedback-trade-off-none"),
            });
            check(id, false, why)
        }
    }
}

fn first_person(i: &Inputs<'_>) -> Check {
    let spans = owned_actions(i.analysis, i.text);
    match spans.first() {
        Some(&first) => {
            let mut c = check("first_person", true, Localized::same(quote(i.text, first)));
            c.spans = spans;
            c
        }
        None => {
            let why = Localized::of(|| match i.concreteness.plural.first() {
                Some(we) => crate::t!("feedback-first-person-only-we", we = we),
                None => crate::t!("feedback-first-person-none"),
            });
            check("first_person", false, why)
        }
    }
}

fn numbers(i: &Inputs<'_>) -> Check {
    let found = &i.concreteness.numbers;
    let pass = !found.is_empty();
    let why = if pass {
        Localized::same(
            found
                .iter()
                .map(|n| format!("“{n}”"))
                .collect::<Vec<_>>()
                .join(", "),
        )
    } else {
        Localized::of(|| crate::t!("feedback-numbers-none"))
    };
    check("numbers", pass, why)
}

fn technologies(i: &Inputs<'_>) -> Check {
    let found = &i.concreteness.technologies;
    let pass = !found.is_empty();
    let why = if pass {
        Localized::same(found.join(", "))
    } else {
        Localized::of(|| crate::t!("feedback-technologies-none"))
    };
    check("technologies", pass, why)
}

fn result(i: &Inputs<'_>) -> Check {
    let spans = measured_changes(i.analysis);
    if let Some(&first) = spans.first() {
        let mut c = check("result", true, Localized::same(quote(i.text, first)));
        c.spans = spans;
        return c;
    }
    let said = stated_changes(i.analysis)
        .first()
        .map(|&s| quote(i.text, s));
    let why = Localized::of(|| match &said {
        Some(said) => crate::t!("feedback-result-unmeasured", quote = said),
        None => crate::t!("feedback-result-none"),
    });
    check("result", false, why)
}

fn star_check(star: &Star) -> Check {
    let missing = star.missing();
    let why = Localized::of(|| {
        if missing.is_empty() {
            crate::t!("feedback-star-complete")
        } else {
            let names: Vec<String> = missing.iter().map(|p| p.label()).collect();
            crate::t!("feedback-star-missing", parts = names.join(", "))
        }
    });
    check("star", missing.is_empty(), why)
}
