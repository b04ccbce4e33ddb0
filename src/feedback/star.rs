//! STAR structure (Situation, Task, Action, Result) for behavioural answers.

use super::coverage::Normalized;
use super::localized::Localized;
use super::tokens::starts_word;

/// One part of a STAR answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StarPart {
    /// Context: where and when.
    Situation,
    /// The goal or responsibility.
    Task,
    /// What the speaker did.
    Action,
    /// The outcome.
    Result,
}

impl StarPart {
    /// All parts, in answer order.
    pub const ALL: [StarPart; 4] = [
        StarPart::Situation,
        StarPart::Task,
        StarPart::Action,
        StarPart::Result,
    ];

    /// The part's name in the interface language ("Situation", "상황").
    pub fn label(self) -> String {
        match self {
            StarPart::Situation => crate::t!("feedback-star-situation"),
            StarPart::Task => crate::t!("feedback-star-task"),
            StarPart::Action => crate::t!("feedback-star-action"),
            StarPart::Result => crate::t!("feedback-star-result"),
        }
    }

    fn headings(self) -> &'static [&'static str] {
        match self {
            StarPart::Situation => &["situation", "context", "background", "상황", "배경", "s"],
            StarPart::Task => &["task", "goal", "objective", "과제", "목표", "t"],
            StarPart::Action => &["actions", "action", "행동", "조치", "a"],
            StarPart::Result => &["results", "result", "outcome", "결과", "성과", "r"],
        }
    }

    fn cues(self) -> &'static [&'static str] {
        match self {
            StarPart::Situation => &[
                "when i was",
                "at my previous",
                "at my last",
                "during",
                "in my last",
                "in my previous",
                "the project",
                "당시",
                "프로젝트에서",
                "인턴",
                "상황",
                "재직",
            ],
            StarPart::Task => &[
                "my task",
                "i was responsible",
                "my role",
                "the goal",
                "i needed to",
                "i had to",
                "i was asked to",
                "my job was",
                "목표",
                "과제",
                "맡",
                "담당",
                "역할",
            ],
            StarPart::Action => &[
                "i decided",
                "i implemented",
                "i built",
                "i wrote",
                "i proposed",
                "i set up",
                "i added",
                "i introduced",
                "i designed",
                "i created",
                "i led",
                "i migrated",
                "i refactored",
                "i automated",
                "제가 ",
                "직접",
                "구현",
                "도입",
                "적용",
                "설계",
                "제안",
            ],
            StarPart::Result => &[
                "as a result",
                "result",
                "outcome",
                "reduced",
                "improved",
                "increased",
                "%",
                "learned",
                "결과",
                "줄였",
                "개선",
                "향상",
                "단축",
                "감소",
                "절감",
                "배웠",
            ],
        }
    }
}

/// Which STAR parts an answer has, each with the evidence that found it:
/// `heading "Situation:"` or `cue "as a result"` (`소제목 "[상황]"`,
/// `표현 "줄였"` in Korean). `None` means missing.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Star {
    /// Evidence for the Situation (context) part.
    pub situation: Option<Localized>,
    /// Evidence for the Task (your goal or responsibility) part.
    pub task: Option<Localized>,
    /// Evidence for the Action (what you did) part.
    pub action: Option<Localized>,
    /// Evidence for the Result (outcome, numbers, lessons) part.
    pub result: Option<Localized>,
}

impl Star {
    /// The evidence for `part`, if found.
    pub fn get(&self, part: StarPart) -> Option<&str> {
        self.slot(part).as_deref()
    }

    /// Parts with no evidence, in answer order.
    pub fn missing(&self) -> Vec<StarPart> {
        StarPart::ALL
            .into_iter()
            .filter(|&p| self.get(p).is_none())
            .collect()
    }

    fn slot(&self, part: StarPart) -> &Option<Localized> {
        match part {
            StarPart::Situation => &self.situation,
            StarPart::Task => &self.task,
            StarPart::Action => &self.action,
            StarPart::Result => &self.result,
        }
    }

    fn slot_mut(&mut self, part: StarPart) -> &mut Option<Localized> {
        match part {
            StarPart::Situation => &mut self.situation,
            StarPart::Task => &mut self.task,
            StarPart::Action => &mut self.action,
            StarPart::Result => &mut self.result,
        }
    }
}

/// Finds the STAR parts of `answer`. A heading at the start of a line
/// ("Situation:", "S:", "**Result**", "[상황]", "1. 결과") wins; otherwise
/// the earliest cue phrase for that part is the evidence. English cues must
/// start a word; Korean cues may sit inside one (Korean compounds and
/// particles attach without spaces), except "제가 ".
pub fn star(answer: &str) -> Star {
    let normalized = Normalized::new(answer);
    let mut found = Star::default();
    for line in answer.lines() {
        if let Some((part, heading)) = heading(line) {
            found.slot_mut(part).get_or_insert_with(|| {
                Localized::of(|| crate::t!("feedback-star-heading", heading = heading))
            });
        }
    }
    for part in StarPart::ALL {
        let slot = found.slot_mut(part);
        if slot.is_none() {
            *slot = earliest_cue(normalized.as_str(), part.cues())
                .map(|c| Localized::of(|| crate::t!("feedback-star-cue", cue = c.trim())));
        }
    }
    found
}

// ---------------------------------------------------------------- headings

/// Bullets and other line markers before a heading.
const MARKERS: &[&str] = &[
    "#", ">", "- ", "* ", "+ ", "•", "·", "■", "□", "▶", "►", "○", "●", "✓", "✔",
];
/// Opening and closing wrappers around a heading word.
const WRAPPERS: &[(&str, &str)] = &[
    ("**", "**"),
    ("__", "__"),
    ("[", "]"),
    ("【", "】"),
    ("(", ")"),
    ("<", ">"),
    ("「", "」"),
];
const SEPARATORS: &[char] = &[':', '：', '-', '–', '—', ')'];
const LETTER_SEPARATORS: &[char] = &[':', '：'];

/// The STAR part a line is a heading for, and the heading as written.
fn heading(line: &str) -> Option<(StarPart, &str)> {
    let trimmed = line.trim_start();
    let after_marker = strip_markers(trimmed);
    let (after_open, closer) = strip_opener(after_marker);
    let (part, keyword) = keyword_at(after_open)?;
    let rest = after_open.get(keyword.len()..)?;
    let end_of_heading = heading_end(rest, closer, keyword.chars().count() == 1)?;
    let consumed = trimmed.len() - rest.len() + end_of_heading;
    Some((part, trimmed.get(..consumed)?.trim_end()))
}

/// Strips list markers and numbering ("1.", "2)", "(3)").
fn strip_markers(mut s: &str) -> &str {
    loop {
        let next = MARKERS
            .iter()
            .find_map(|m| s.strip_prefix(m))
            .or_else(|| strip_number(s));
        match next {
            Some(rest) => s = rest.trim_start(),
            None => return s,
        }
    }
}

fn strip_number(s: &str) -> Option<&str> {
    let inner = s.strip_prefix('(').unwrap_or(s);
    let digits = inner.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 2 {
        return None;
    }
    let rest = inner.get(digits..)?;
    rest.strip_prefix('.').or_else(|| rest.strip_prefix(')'))
}

fn strip_opener(s: &str) -> (&str, Option<&'static str>) {
    WRAPPERS
        .iter()
        .find_map(|(open, close)| {
            s.strip_prefix(open)
                .map(|rest| (rest.trim_start(), Some(*close)))
        })
        .unwrap_or((s, None))
}

/// The longest heading keyword at the start of `s`, not running on into
/// more letters ("Situations" is not "Situation", "상황에서" is not "상황").
fn keyword_at(s: &str) -> Option<(StarPart, &'static str)> {
    StarPart::ALL
        .into_iter()
        .flat_map(|part| part.headings().iter().map(move |k| (part, *k)))
        .filter(|(_, k)| {
            let head = s.get(..k.len());
            let next = s.get(k.len()..).and_then(|r| r.chars().next());
            head.is_some_and(|h| h.eq_ignore_ascii_case(k))
                && next.is_none_or(|c| !c.is_alphanumeric())
        })
        .max_by_key(|(_, k)| k.len())
}

/// Where the heading ends within `rest` (the text after the keyword), or
/// `None` when the line is not a heading. A wrapped keyword needs its
/// closer, a bare one a separator or nothing else on the line; a single
/// letter ("S") needs a colon.
fn heading_end(rest: &str, closer: Option<&str>, letter: bool) -> Option<usize> {
    let spaces = rest.len() - rest.trim_start().len();
    let after = rest.get(spaces..)?;
    if let Some(closer) = closer {
        let sep = after
            .strip_prefix(LETTER_SEPARATORS)
            .map_or(0, |r| after.len() - r.len());
        let closed = after.get(sep..)?.strip_prefix(closer)?;
        let end = rest.len() - closed.len();
        return Some(end + separator_len(closed, LETTER_SEPARATORS));
    }
    let separators = if letter {
        LETTER_SEPARATORS
    } else {
        SEPARATORS
    };
    let sep = separator_len(after, separators);
    if sep > 0 {
        return Some(spaces + sep);
    }
    (!letter && after.is_empty()).then_some(spaces)
}

/// Length of a separator char at the start of `s` (after optional spaces).
fn separator_len(s: &str, separators: &[char]) -> usize {
    let trimmed = s.trim_start();
    match trimmed.chars().next() {
        Some(c) if separators.contains(&c) => s.len() - trimmed.len() + c.len_utf8(),
        _ => 0,
    }
}

// ---------------------------------------------------------------- cues

/// The cue that occurs first in `text` (normalised, lowercase).
fn earliest_cue(text: &str, cues: &[&'static str]) -> Option<&'static str> {
    cues.iter()
        .filter_map(|cue| cue_position(text, cue).map(|pos| (pos, *cue)))
        .min_by_key(|(pos, _)| *pos)
        .map(|(_, cue)| cue)
}

fn cue_position(text: &str, cue: &str) -> Option<usize> {
    let bounded = cue.starts_with(|c: char| c.is_ascii_alphabetic()) || cue.starts_with("제가");
    text.match_indices(cue)
        .map(|(pos, _)| pos)
        .find(|&pos| !bounded || starts_word(text, pos))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_table() {
        let cases: &[(&str, Option<(StarPart, &str)>)] = &[
            (
                "Situation: we had outages",
                Some((StarPart::Situation, "Situation:")),
            ),
            ("S: outages", Some((StarPart::Situation, "S:"))),
            (
                "  **Situation** we had",
                Some((StarPart::Situation, "**Situation**")),
            ),
            (
                "**Result:** 40% less",
                Some((StarPart::Result, "**Result:**")),
            ),
            (
                "Situation - we had",
                Some((StarPart::Situation, "Situation -")),
            ),
            ("## Task", Some((StarPart::Task, "## Task"))),
            (
                "- Action: I wrote it",
                Some((StarPart::Action, "- Action:")),
            ),
            ("T: migrate", Some((StarPart::Task, "T:"))),
            ("A: rewrote", Some((StarPart::Action, "A:"))),
            ("R: faster", Some((StarPart::Result, "R:"))),
            ("상황: 장애가 잦았다", Some((StarPart::Situation, "상황:"))),
            ("[상황] 인턴 때", Some((StarPart::Situation, "[상황]"))),
            ("1. 상황", Some((StarPart::Situation, "1. 상황"))),
            ("2) 목표 - 지연 줄이기", Some((StarPart::Task, "2) 목표 -"))),
            ("【결과】 40% 감소", Some((StarPart::Result, "【결과】"))),
            ("행동：직접 구현", Some((StarPart::Action, "행동："))),
            ("상황에서 저는", None),
            ("Situations change", None),
            ("A big outage", None),
            ("Action items were many", None),
            ("S-curve growth", None),
            ("Result", Some((StarPart::Result, "Result"))),
            ("S", None),
            ("", None),
        ];
        for &(line, want) in cases {
            assert_eq!(heading(line), want, "line {line:?}");
        }
    }

    #[test]
    fn star_table() {
        // (answer, situation, task, action, result)
        type Row<'a> = (&'a str, [Option<&'a str>; 4]);
        let cases: &[Row<'_>] = &[
            (
                "Situation: outages.\nTask: stop them.\nAction: I added retries.\nResult: 90% fewer pages.",
                [
                    Some("heading \"Situation:\""),
                    Some("heading \"Task:\""),
                    Some("heading \"Action:\""),
                    Some("heading \"Result:\""),
                ],
            ),
            (
                "When I was at Acme, my task was to cut costs. I decided to move to spot instances. As a result we saved 30%.",
                [
                    Some("cue \"when i was\""),
                    Some("cue \"my task\""),
                    Some("cue \"i decided\""),
                    Some("cue \"as a result\""),
                ],
            ),
            (
                "인턴 당시 배치 작업을 맡았습니다. 제가 재시도 로직을 구현했고 실패율을 줄였습니다.",
                [
                    Some("cue \"인턴\""),
                    Some("cue \"맡\""),
                    Some("cue \"제가\""),
                    Some("cue \"줄였\""),
                ],
            ),
            (
                "[상황] 장애\n[과제] 복구\n[행동] 롤백\n[결과] 정상화",
                [
                    Some("heading \"[상황]\""),
                    Some("heading \"[과제]\""),
                    Some("heading \"[행동]\""),
                    Some("heading \"[결과]\""),
                ],
            ),
            ("문제가 있었어요", [None, None, None, None]),
            ("", [None, None, None, None]),
            ("I like cats. Rewriting is fun.", [None, None, None, None]),
        ];
        for (answer, want) in cases {
            let got = star(answer);
            let got = StarPart::ALL.map(|p| got.get(p));
            assert_eq!(got, *want, "answer {answer:?}");
        }
    }

    #[test]
    fn missing_parts() {
        let s = star("S: x\nR: y");
        assert_eq!(s.missing(), vec![StarPart::Task, StarPart::Action]);
        assert_eq!(StarPart::Action.label(), "Action");
        let _ko = crate::i18n::scoped(crate::i18n::Lang::Ko);
        assert_eq!(StarPart::Result.label(), "결과");
    }
}
