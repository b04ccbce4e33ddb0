//! What reads as a question: labels, numbering, question endings, interview
//! cues, noun phrases that ask in a questions list, and the kind a prompt
//! suggests.

use crate::bank::Kind;

/// A prompt: leading numbering and labels such as `1.`, `Q:`, `Q1.`,
/// `Question:` or `질문:` stripped.
pub(super) fn strip_labels(s: &str) -> String {
    let mut t = s.trim();
    for _ in 0..4 {
        let next = strip_enumeration(t);
        let next = q_label(next).unwrap_or(next);
        if next == t {
            break;
        }
        t = next;
    }
    t.trim().to_string()
}

/// `1. `, `2) `, `1.2 ` at the start; `2024 trends` is left alone.
pub(super) fn strip_enumeration(t: &str) -> &str {
    let b = t.as_bytes();
    let mut j = 0;
    let mut dotted = false;
    loop {
        let d = b[j..].iter().take_while(|c| c.is_ascii_digit()).count();
        if d == 0 || d > 3 {
            return t;
        }
        j += d;
        if b.get(j) == Some(&b'.') && b.get(j + 1).is_some_and(u8::is_ascii_digit) {
            j += 1;
            dotted = true;
            continue;
        }
        break;
    }
    if matches!(b.get(j), Some(b'.' | b')')) {
        j += 1;
    } else if !dotted {
        return t;
    }
    let rest = &t[j..];
    if rest.starts_with([' ', '\t']) && !rest.trim().is_empty() {
        rest.trim_start()
    } else {
        t
    }
}

/// The text after a question label (`Q:`, `Q.`, `Q1)`, `Q2 `,
/// `Question:`, `질문:`, `문제:`).
pub(super) fn q_label(t: &str) -> Option<&str> {
    let word = t
        .get(..8)
        .filter(|w| w.eq_ignore_ascii_case("question"))
        .map(|_| &t[8..]);
    let (head, rest) = if let Some(r) = word {
        ("question", r)
    } else if let Some(r) = t.strip_prefix(['Q', 'q']) {
        ("q", r)
    } else if let Some(r) = t.strip_prefix("질문").or_else(|| t.strip_prefix("문제")) {
        ("질문", r.trim_start())
    } else {
        return None;
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let after = &rest[digits..];
    for p in [':', '：', '.', ')', ']'] {
        if let Some(r) = after.strip_prefix(p) {
            let loose = matches!(p, ':' | '：') || head == "질문";
            if head == "question" && !matches!(p, ':' | '：') {
                return None;
            }
            if r.is_empty() || r.starts_with([' ', '\t']) || loose {
                return Some(r.trim_start());
            }
            return None;
        }
    }
    if digits > 0 && after.starts_with([' ', '\t']) {
        return Some(after.trim_start());
    }
    None
}

/// A note line with a leading answer label (`A:`, `A1.`, `Answer:`, `답:`,
/// `답변:`) removed.
pub(super) fn strip_answer_label(s: String) -> String {
    let (loose, rest) = if let Some(r) = s.strip_prefix("Answer") {
        (false, r)
    } else if let Some(r) = s.strip_prefix(['A', 'a']) {
        (false, r)
    } else if let Some(r) = s.strip_prefix("답변").or_else(|| s.strip_prefix("답")) {
        (true, r.trim_start())
    } else {
        return s;
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let after = &rest[digits..];
    for p in [':', '：', '.', ')'] {
        if let Some(r) = after.strip_prefix(p)
            && (r.is_empty() || r.starts_with([' ', '\t']) || loose || p != '.')
        {
            let r = r.trim_start();
            if !r.is_empty() {
                return r.to_string();
            }
        }
    }
    s
}

/// Whether a cleaned line of text reads as an interview question.
pub(super) fn is_question(text: &str) -> bool {
    let t = text.trim();
    if t.is_empty() {
        return false;
    }
    ends_as_question(t)
        || without_trailing_group(t).is_some_and(ends_as_question)
        || without_trailing_code(t).is_some_and(is_question)
        || english_cue(t)
        || last_sentence(t).is_some_and(english_cue)
}

/// The last sentence of a several-sentence text ("Some context. Give an
/// example of ...").
fn last_sentence(t: &str) -> Option<&str> {
    let cut = [". ", "? ", "! "]
        .iter()
        .filter_map(|sep| t.rfind(sep).map(|p| p + sep.len()))
        .max()?;
    let rest = t[cut..].trim();
    (!rest.is_empty()).then_some(rest)
}

pub(super) fn ends_as_question(t: &str) -> bool {
    let core = t.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '?' && c != '？');
    core.ends_with(['?', '？']) || korean_ending(core)
}

/// `t` without a trailing code span and the `:` before it ("설명해보세요:
/// `foo()`.").
fn without_trailing_code(t: &str) -> Option<&str> {
    let core = t.trim_end_matches(['.', ' ', '?', '!']);
    let open = core.strip_suffix('`')?.rfind('`')?;
    let before = core[..open]
        .trim_end()
        .trim_end_matches([':', '：'])
        .trim_end();
    (!before.is_empty()).then_some(before)
}

/// `t` without a trailing `(...)`, `（...）` or `[...]` group.
fn without_trailing_group(t: &str) -> Option<&str> {
    let (open, close) = match t.chars().last()? {
        ')' => ('(', ')'),
        '）' => ('（', '）'),
        ']' => ('[', ']'),
        _ => return None,
    };
    let mut depth = 0usize;
    for (i, c) in t.char_indices().rev() {
        if c == close {
            depth += 1;
        } else if c == open {
            depth = depth.saturating_sub(1);
            if depth == 0 {
                let before = t[..i].trim_end();
                return (!before.is_empty()).then_some(before);
            }
        }
    }
    None
}

const KOREAN_ENDINGS: &[&str] = &[
    "요", "까", "시오", "하라", "해라", "죠", "인가", "는가", "은가", "던가",
];
/// Nouns that happen to end like a question: headings, not questions.
const KOREAN_NOUNS: &[&str] = &["개요", "필요", "불필요", "중요", "주요", "수요", "인가"];

fn korean_ending(core: &str) -> bool {
    let Some(last) = core.split_whitespace().last() else {
        return false;
    };
    let last = last.trim_start_matches(|c: char| !c.is_alphanumeric());
    if last.chars().count() < 2 || KOREAN_NOUNS.contains(&last) {
        return false;
    }
    KOREAN_ENDINGS.iter().any(|e| last.ends_with(e))
}

const INTERROGATIVES: &[&str] = &[
    "what", "how", "why", "when", "where", "which", "who", "whom", "whose",
];
/// After an interrogative these make a title ("How it works", "What we do").
const TITLE_SECOND_WORDS: &[&str] = &[
    "i", "we", "it", "they", "this", "these", "those", "our", "my", "you", "your", "he", "she",
];
/// "How to contribute" and friends are README sections, not questions...
const README_VERBS: &[&str] = &["contribute", "install", "study", "read", "help"];
/// ...and so are short ones like "How to use" or "How to get started".
const README_SHORT_VERBS: &[&str] = &["use", "run", "start", "get", "set"];
const IMPERATIVES: &[&str] = &[
    "explain",
    "describe",
    "compare",
    "contrast",
    "define",
    "discuss",
    "implement",
    "introduce",
    "summarize",
    "summarise",
    "elaborate",
    "write",
    "share",
];
const YES_NO: &[&str] = &[
    "can", "could", "would", "will", "have", "do", "did", "are", "were", "should", "is",
];

fn english_cue(t: &str) -> bool {
    let mut words: Vec<String> = t
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
                .replace('’', "'")
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    if words.first().is_some_and(|w| w == "please") {
        words.remove(0);
    }
    if words.len() < 2 {
        return false;
    }
    let count = words.len();
    let (first, second) = match words[0].strip_suffix("'s") {
        Some(f) => (f, "is"),
        None => (words[0].as_str(), words[1].as_str()),
    };
    let third = words.get(2).map_or("", String::as_str);
    if INTERROGATIVES.contains(&first) {
        if count < 3 || TITLE_SECOND_WORDS.contains(&second) {
            return false;
        }
        let readme =
            README_VERBS.contains(&third) || (count <= 4 && README_SHORT_VERBS.contains(&third));
        return !(first == "how" && second == "to" && readme);
    }
    if IMPERATIVES.contains(&first) {
        return true;
    }
    match first {
        "tell" => matches!(second, "me" | "us" | "about"),
        "walk" | "talk" | "take" => matches!(second, "me" | "us" | "through" | "about"),
        "teach" => matches!(second, "me" | "us"),
        "name" => {
            second.bytes().all(|b| b.is_ascii_digit())
                || matches!(
                    second,
                    "a" | "an" | "one" | "two" | "three" | "some" | "your"
                )
        }
        "give" => matches!(
            second,
            "an" | "a" | "me" | "us" | "examples" | "one" | "some"
        ),
        "list" => second != "of",
        "design" => matches!(second, "a" | "an" | "the" | "your" | "one" | "how"),
        _ => YES_NO.contains(&first) && count >= 3 && matches!(second, "you" | "there" | "it"),
    }
}

// ---------------------------------------------------------------------------

/// Verbs that open a task in a questions list ("Name 3 ways…", "Outline…").
const LIST_IMPERATIVES: &[&str] = &[
    "name",
    "make",
    "list",
    "outline",
    "show",
    "give",
    "state",
    "identify",
    "sketch",
    "draw",
    "tell",
    "walk",
    "talk",
    "design",
    "build",
    "create",
    "solve",
    "find",
    "reverse",
    "convert",
    "optimize",
    "optimise",
    "propose",
    "suggest",
    "demonstrate",
    "illustrate",
    "analyze",
    "analyse",
];
/// Korean noun phrases that ask: "프로세스와 스레드 차이", "장단점".
const KOREAN_ASKING_NOUNS: &[&str] = &[
    "차이",
    "차이점",
    "비교",
    "장단점",
    "장점과 단점",
    "특징",
    "개념",
    "원리",
    "동작 원리",
    "정의",
];

/// Whether a prompt asks when read in a questions list or under a questions
/// heading, where imperatives and noun phrases are questions too
/// ("Difference between Parquet and Avro", "X vs Y", "프로세스와 스레드 차이").
pub(super) fn asks_in_a_list(text: &str) -> bool {
    let t = text.trim();
    if is_question(t) {
        return true;
    }
    let lower = t.to_lowercase();
    let first = lower
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .unwrap_or("");
    let words = lower.split_whitespace().count();
    if words >= 2 && LIST_IMPERATIVES.contains(&first) {
        return true;
    }
    if lower.starts_with("difference between")
        || lower.starts_with("differences between")
        || lower.starts_with("the difference between")
        || lower.starts_with("pros and cons")
        || lower.starts_with("do your best to")
    {
        return true;
    }
    let vs = lower
        .split_whitespace()
        .any(|w| matches!(w, "vs" | "vs." | "versus"));
    if vs && words >= 3 {
        return true;
    }
    let core = t.trim_end_matches(|c: char| !c.is_alphanumeric());
    KOREAN_ASKING_NOUNS.iter().any(|n| core.ends_with(n)) && t.chars().count() > 4
}

/// Cues for a kind other than technical: (words in the lowercased prompt,
/// kind). The first that matches wins, so the narrower ones come first.
const KIND_CUES: &[(&str, Kind)] = &[
    ("tell me about yourself", Kind::Intro),
    ("introduce yourself", Kind::Intro),
    ("walk me through your resume", Kind::Intro),
    ("자기소개", Kind::Intro),
    ("자신을 소개", Kind::Intro),
    ("본인을 소개", Kind::Intro),
    ("questions for us", Kind::Closing),
    ("any questions", Kind::Closing),
    ("anything else you", Kind::Closing),
    ("궁금한 점", Kind::Closing),
    ("마지막으로 하고 싶은", Kind::Closing),
    ("마지막으로 할 말", Kind::Closing),
    ("your project", Kind::Experience),
    ("a project you", Kind::Experience),
    ("project you worked", Kind::Experience),
    ("맡은 부분", Kind::Experience),
    ("맡은 역할", Kind::Experience),
    ("진행한 프로젝트", Kind::Experience),
    ("프로젝트에서", Kind::Experience),
    ("tell me about a time", Kind::Behavioral),
    ("describe a time", Kind::Behavioral),
    ("give me an example of a time", Kind::Behavioral),
    ("give an example of a time", Kind::Behavioral),
    ("a time when you", Kind::Behavioral),
    ("a time you", Kind::Behavioral),
    ("how did you handle", Kind::Behavioral),
    ("disagreement with", Kind::Behavioral),
    ("conflict with", Kind::Behavioral),
    ("했던 경험", Kind::Behavioral),
    ("한 경험", Kind::Behavioral),
    ("경험이 있", Kind::Behavioral),
    ("경험을 말", Kind::Behavioral),
    ("갈등", Kind::Behavioral),
];

/// The kind a prompt suggests and the cue read, when it is not technical.
pub(super) fn guess_kind(prompt: &str) -> Option<(Kind, &'static str)> {
    let lower = prompt.to_lowercase().replace('’', "'");
    KIND_CUES
        .iter()
        .find(|(cue, _)| lower.contains(cue))
        .map(|&(cue, kind)| (kind, cue))
}

/// Seconds to answer a question of this kind.
pub(super) fn time_limit(kind: Kind) -> u32 {
    match kind {
        Kind::Technical => 120,
        Kind::Behavioral | Kind::Experience => 180,
        Kind::Intro | Kind::Closing => 90,
    }
}

/// Whether a section heading names a list of questions ("Questions",
/// "일반적인 질문:", "면접 문제").
pub(super) fn questions_heading(text: &str) -> bool {
    let lower = text.to_lowercase();
    ["question", "interview", "질문", "문제", "면접", "q&a"]
        .iter()
        .any(|w| lower.contains(w))
}
