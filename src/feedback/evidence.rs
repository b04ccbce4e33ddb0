//! Evidence read off the analysis: who did the work (first person, Korean
//! subject-less sentences included) and whether something measurably
//! changed. Each finder returns byte ranges of the answer.

use super::analysis::{Analysis, Token, quantities};
use super::hangul;

/// Words between "I" and its verb that do not change who acted.
const ADVERBS: &[&str] = &[
    "personally",
    "also",
    "then",
    "first",
    "just",
    "actually",
    "directly",
    "eventually",
    "finally",
    "quickly",
    "later",
    "manually",
    "immediately",
    "myself",
    "alone",
    "mostly",
    "initially",
    "originally",
    "single-handedly",
    "even",
    "usually",
    "always",
];

/// Past and present forms of doing the work that do not end in "-ed".
const ACTION_VERBS: &[&str] = &[
    "built", "wrote", "made", "set", "ran", "led", "took", "did", "owned", "own", "chose", "found",
    "put", "kept", "got", "drove", "gave", "went", "spent", "sent", "rewrote", "broke", "caught",
    "split", "cut", "dug", "paid", "won", "taught", "read", "run", "done", "written", "begun",
    "brought", "began", "sat",
];

/// "-ed" words that are not the speaker doing something.
const NOT_ACTIONS: &[&str] = &[
    "need",
    "needed",
    "feed",
    "speed",
    "wanted",
    "liked",
    "loved",
    "hoped",
    "believed",
    "felt",
    "seemed",
    "tried",
    "helped",
    "participated",
    "enjoyed",
    "joined",
    "graduated",
    "studied",
    "attended",
    "learned",
    "learnt",
    "realized",
    "realised",
    "noticed",
    "agreed",
];

/// Phrases that name one's own part without an "I + verb".
const OWNER_PHRASES: &[&str] = &[
    "my job",
    "my part",
    "my role",
    "my task",
    "my responsibility",
    "in charge of",
    "i was responsible for",
    "i'm responsible for",
    "i'm in charge",
    "i was the one",
    "myself",
];

/// Korean first-person subjects.
const SUBJECTS_KO: &[&str] = &[
    "제가",
    "저는",
    "제",
    "내가",
    "나는",
    "저도",
    "저만",
    "저를",
    "제게",
    "저에게",
    "혼자",
];

/// Past markers of an action verb ("-했", "맡았", "만들었", "짰").
const PAST_MARKS: &[char] = &[
    '했', '았', '었', '웠', '켰', '췄', '꿨', '뤘', '봤', '냈', '뒀', '짰', '썼', '줬', '왔', '렸',
    '텼', '꼈', '겼', '쳤', '갔', '섰', '팠', '랐', '였',
];

/// Past forms that are not the speaker acting: something happening,
/// existing, becoming, taking time, or a feeling.
const NOT_ACTIONS_KO: &[&str] = &[
    "됐",
    "되었",
    "있었",
    "없었",
    "이었",
    "줄었",
    "늘었",
    "났",
    "생겼",
    "졌",
    "걸렸",
    "밀렸",
    "몰렸",
    "느꼈",
    "생각했",
    "배웠",
    "알았",
    "올랐",
    "했었",
    "싶었",
    "좋았",
    "힘들었",
    "어려웠",
    "같았",
    "많았",
    "적었",
    "컸",
    "높았",
    "낮았",
    "나왔",
    "충분했",
    "중요했",
    "필요했",
    "편했",
    "가능했",
    "다행",
    "만족했",
    "부족했",
    "심했",
    "괜찮았",
];

/// Korean words that make someone else the subject.
const OTHER_SUBJECTS: &[&str] = &[
    "다들",
    "모두",
    "팀원",
    "팀은",
    "팀이",
    "팀에서",
    "누가",
    "각자",
];

/// Korean words ending in 이/가 that are not a subject.
const NOT_SUBJECTS: &[&str] = &[
    "같이",
    "높이",
    "깊이",
    "일일이",
    "많이",
    "없이",
    "함께",
    "제가",
    "내가",
    "직접",
    "차이",
    "길이",
    "넓이",
    "처음이",
    "다시",
];

/// Byte ranges of the answer where the speaker says what they did: "I
/// built", "I personally configured", "I've set up", "my job was", "I was
/// in charge of"; "저는 배포를 맡았습니다", "제가 작성했고"; and Korean
/// clauses whose verb is an action in the past with no subject but the
/// speaker ("직접 짰습니다", "Docker로 배포했습니다"), where neither 저희
/// nor 우리 is in the sentence.
pub(crate) fn owned_actions(a: &Analysis, text: &str) -> Vec<(usize, usize)> {
    let mut out = english_actions(a);
    // Who the last clause without its own subject was about: Korean drops
    // a subject the listener already knows ("저희는 … 했습니다. 나눠서
    // 구현했고" is still the team).
    let mut carried: Option<Who> = None;
    let mut seen = 0;
    for &(cs, ce) in &a.clauses {
        while let Some(t) = a.tokens.get(seen).filter(|t| t.start < cs) {
            carried = person(t).or(carried);
            seen += 1;
        }
        let tokens = a.tokens_in(cs, ce);
        let Some(verb) = tokens.iter().rev().find(|t| hangul::has_hangul(&t.text)) else {
            continue;
        };
        if !is_action_ko(&verb.text) || a.is_negated(verb.start) || is_vague_ko(verb, tokens) {
            continue;
        }
        let first = tokens.first().map_or(cs, |t| t.start);
        let (os, oe) = a.orig_span(first, verb.end.min(ce));
        let sentence = a
            .sentence_at(os)
            .and_then(|(s, e)| text.get(s..e))
            .unwrap_or("");
        // A question ("무엇을 캐싱했고 왜 필요했나요?") is nobody's action.
        if sentence.trim_end().ends_with('?') || verb.text.contains('셨') {
            continue;
        }
        // The nearest subject before the verb in the clause decides who
        // acted ("배치가 실패했습니다"); without one, the one carried over.
        let own = tokens
            .iter()
            .take_while(|t| t.start < verb.start)
            .filter_map(|t| {
                person(t).or_else(|| {
                    (is_other_subject(t, verb)
                        || OTHER_SUBJECTS.iter().any(|o| t.text.starts_with(o)))
                    .then_some(Who::Other)
                })
            })
            .last();
        let anchored = tokens.iter().any(|t| t.start < verb.start && is_anchor(t))
            || verb.text.contains("맡")
            || own == Some(Who::Me);
        if matches!(own.or(carried), None | Some(Who::Me)) && anchored {
            out.push((os, oe));
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Who a Korean word makes the subject.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Who {
    Me,
    Team,
    Other,
}

fn person(t: &Token) -> Option<Who> {
    // "제 프로젝트는" is about the project, not a subject carried on.
    if (SUBJECTS_KO.contains(&t.text.as_str()) && t.text != "제") || t.text == "직접" {
        Some(Who::Me)
    } else if t.text.starts_with("저희") || t.text.starts_with("우리") {
        Some(Who::Team)
    } else {
        None
    }
}

/// Verbs of effort rather than of a deed ("노력했습니다", "열심히 했고",
/// "적용해 봤습니다").
const VAGUE_KO: &[&str] = &[
    "노력",
    "시도",
    "최선",
    "해냈",
    "어울렸",
    "달렸",
    "참여",
    "공부했",
    "준비했",
    "최적화했",
];

fn is_vague_ko(verb: &Token, tokens: &[Token]) -> bool {
    if VAGUE_KO.iter().any(|v| verb.text.contains(v)) {
        return true;
    }
    let before = tokens.iter().take_while(|t| t.start < verb.start);
    let trying = verb.text.starts_with('봤')
        && before.clone().last().is_some_and(|p| {
            ['해', '어', '아', '워', '써', '봐']
                .iter()
                .any(|e| p.text.ends_with(*e))
        });
    trying
        || tokens
            .iter()
            .any(|t| t.text == "열심히" || t.text == "묵묵히")
}

/// Objects too general to show what was done ("제 할 일을").
const GENERIC_OBJECTS: &[&str] = &[
    "의견",
    "적극적",
    "책임감",
    "그런",
    "상황",
    "이런",
    "그",
    "이",
    "일",
    "것",
    "거",
    "부분",
    "역할",
    "많은",
    "여러",
    "모든",
    "최선",
    "노력",
];

/// A word that makes a clause concrete: a Latin name ("Dockerfile을"),
/// a number, or a specific object ("배포를").
fn is_anchor(t: &Token) -> bool {
    if t.text.chars().any(|c| c.is_ascii_alphanumeric()) {
        return true;
    }
    let marked = ["을", "를", "로", "으로", "에", "에서", "은", "는"]
        .iter()
        .any(|p| t.text.ends_with(p));
    marked && !GENERIC_OBJECTS.contains(&t.stem.as_str()) && t.text.chars().count() >= 2
}

fn english_actions(a: &Analysis) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let tokens = &a.tokens;
    for (i, t) in tokens.iter().enumerate() {
        let lead = matches!(t.text.as_str(), "i" | "i've" | "i'd");
        if lead {
            let verb = tokens
                .get(i + 1..)
                .unwrap_or(&[])
                .iter()
                .take(3)
                .find(|n| !ADVERBS.contains(&n.text.as_str()));
            let acted = verb.filter(|v| {
                is_action_en(v, tokens) && !a.is_negated(v.start) && !vague_after(v, tokens)
            });
            if let Some(v) = acted {
                out.push(a.orig_span(t.start, v.end));
            }
        }
    }
    for phrase in OWNER_PHRASES {
        for (s, _) in a.norm.match_indices(phrase) {
            let e = s + phrase.len();
            let bounded = a.norm.get(..s).and_then(|b| b.chars().next_back());
            let after = a.norm.get(e..).and_then(|b| b.chars().next());
            let word = bounded.is_none_or(|c| !c.is_alphanumeric())
                && after.is_none_or(|c| !c.is_alphanumeric());
            if word && !a.is_negated(s) {
                out.push(a.orig_span(s, e));
            }
        }
    }
    out
}

/// "I did my best", "I put in a lot of effort", "I worked hard".
fn vague_after(verb: &Token, tokens: &[Token]) -> bool {
    const VAGUE: &[&str] = &[
        "best",
        "hard",
        "effort",
        "lot",
        "everything",
        "much",
        "well",
    ];
    let i = tokens.partition_point(|t| t.start <= verb.start);
    tokens
        .get(i..)
        .unwrap_or(&[])
        .iter()
        .take(3)
        .any(|t| VAGUE.contains(&t.text.as_str()))
        || verb.text == "worked"
            && tokens
                .get(i)
                .is_none_or(|t| !matches!(t.text.as_str(), "on" | "with" | "at"))
        || matches!(verb.text.as_str(), "did" | "prepared" | "tried")
            && tokens
                .get(i)
                .is_none_or(|t| matches!(t.text.as_str(), "my" | "it" | "a" | "the" | "that"))
}

fn is_action_en(verb: &Token, tokens: &[Token]) -> bool {
    let v = verb.text.as_str();
    if NOT_ACTIONS.contains(&v) {
        return false;
    }
    if v == "was" {
        let next = tokens
            .iter()
            .find(|t| t.start > verb.end)
            .map_or("", |t| t.text.as_str());
        return matches!(next, "in" | "responsible" | "the" | "asked" | "tasked");
    }
    (v.ends_with("ed") && v.len() > 3) || ACTION_VERBS.contains(&v)
}

/// A Korean predicate in the past that is an action ("배포했습니다",
/// "맡았고", "짰습니다"), not a happening or a state.
pub(crate) fn is_action_ko(word: &str) -> bool {
    let reported = ["다고", "다는", "라고", "냐고"]
        .iter()
        .any(|e| word.ends_with(e));
    if reported || NOT_ACTIONS_KO.iter().any(|n| word.contains(n)) {
        return false;
    }
    // "프로젝트였습니다" is a copula after a noun; "붙였습니다" a verb.
    if let Some(stem) = word.strip_suffix("였습니다")
        && stem.chars().count() >= 2
        && !stem.ends_with('하')
    {
        return false;
    }
    word.chars().any(|c| PAST_MARKS.contains(&c)) && word.chars().count() >= 2
}

/// A subject other than the speaker: a Hangul word ending in 이 or 가
/// before the verb ("배치가 실패했습니다").
fn is_other_subject(t: &Token, verb: &Token) -> bool {
    t.start < verb.start
        && hangul::has_hangul(&t.text)
        && (t.text.ends_with('가') || t.text.ends_with('이'))
        && t.text.chars().count() >= 2
        && !NOT_SUBJECTS.contains(&t.text.as_str())
}

/// Words of a change or an improvement ("reduced", "줄었", "went").
const CHANGE_EN: &[&str] = &[
    "reduc", "improv", "increas", "decreas", "boost", "doubl", "halv", "tripl", "cut", "saved",
    "saving", "faster", "quicker", "lower", "dropp", "drop", "grew", "sped", "shrank", "fewer",
    "went", "fell", "less", "down", "rose", "raised", "shorten", "gain",
];
const CHANGE_KO: &[&str] = &[
    "줄였", "줄이", "줄어", "줄었", "감소", "개선", "향상", "단축", "절감", "절약", "증가", "늘렸",
    "늘어", "늘었", "높였", "낮췄", "낮아", "빨라", "아꼈", "아낀", "떨어", "올랐", "올렸", "됐",
];

/// Words that mark a sentence as the problem, not the outcome.
const PROBLEM: &[&str] = &[
    "problem",
    "issue",
    "crash",
    "outage",
    "broke",
    "fail",
    "error",
    "timeout",
    "timing",
    "slow",
    "spike",
    "bottleneck",
    "complain",
    "문제",
    "장애",
    "실패",
    "에러",
    "오류",
    "느려",
    "터졌",
    "급증",
    "지연",
    "불만",
    "몰려",
    "몰렸",
];

/// True when the token is a change word.
fn is_change(t: &Token) -> bool {
    if hangul::has_hangul(&t.text) {
        return CHANGE_KO.iter().any(|c| t.text.contains(c));
    }
    CHANGE_EN.iter().any(|c| t.text.starts_with(c))
}

/// Sentences of the answer (byte ranges) that report a measured change:
/// "from 1.8 s to 120 ms", "20분에서 3분으로", "6시간 걸리던 작업이 1시간
/// 반으로 줄었습니다", "40% 줄였습니다", "3x faster". A change word in a
/// sentence about the problem ("traffic doubled and the API timed out")
/// is not an outcome unless numbers show the change.
pub(crate) fn measured_changes(a: &Analysis) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for &(ss, se) in &a.sentences {
        let (ns, ne) = a.norm_range(ss, se);
        let Some(sentence) = a.norm.get(ns..ne) else {
            continue;
        };
        let qs = quantities(sentence);
        let tokens = a.tokens_in(ns, ne);
        let change = tokens.iter().any(is_change);
        let ranged = qs.windows(2).any(|w| {
            let between = sentence.get(w[0].end..w[1].start).unwrap_or("");
            between.starts_with("에서") || between.contains(" to ") || between.contains('→')
        }) || (sentence.contains("from ") && qs.len() >= 2);
        let relative = qs
            .iter()
            .any(|q| matches!(q.unit.as_str(), "%" | "배" | "x"));
        let problem = tokens
            .iter()
            .any(|t| PROBLEM.iter().any(|p| t.text.contains(p)));
        let measured = ranged || (change && qs.len() >= 2) || (change && relative && !problem);
        if measured {
            out.push((ss, se));
        }
    }
    out
}

/// Sentences with a change word and no problem word: a result even
/// without numbers ("the page now loads instantly" is not one; "we cut the
/// build time" is).
pub(crate) fn stated_changes(a: &Analysis) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for &(ss, se) in &a.sentences {
        let (ns, ne) = a.norm_range(ss, se);
        let tokens = a.tokens_in(ns, ne);
        let change = tokens.iter().any(is_change);
        let problem = tokens
            .iter()
            .any(|t| PROBLEM.iter().any(|p| t.text.contains(p)));
        if change && !problem {
            out.push((ss, se));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn owned(text: &str) -> Vec<&str> {
        let a = Analysis::new(text);
        owned_actions(&a, text)
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect()
    }

    #[test]
    fn first_person_table() {
        let yes = [
            "I've built the pipeline.",
            "I personally configured Nginx.",
            "I was in charge of the deploys.",
            "My job was the billing API.",
            "I owned the migration.",
            "저는 배포를 맡았습니다.",
            "제가 Dockerfile을 작성하고 CI를 붙였습니다.",
            "직접 짰습니다.",
            "Docker로 이미지를 만들어서 ECR에 배포했습니다.",
        ];
        for text in yes {
            assert!(!owned(text).is_empty(), "{text:?}");
        }
        let no = [
            "We built the pipeline.",
            "I think testing matters.",
            "저희 팀은 배포를 자동화했습니다.",
            "우리는 Docker로 배포했습니다.",
            "배치가 자주 실패했습니다.",
            "트래픽이 두 배로 늘었습니다.",
            "중요하다고 생각합니다.",
            "팀 프로젝트였습니다.",
        ];
        for text in no {
            assert_eq!(owned(text), Vec::<&str>::new(), "{text:?}");
        }
    }

    #[test]
    fn measured_change_table() {
        let yes = [
            "6시간 걸리던 작업이 1시간 반으로 줄었습니다.",
            "p95 went from 1.8 s to about 120 ms.",
            "QA 배포가 20분에서 3분으로 줄었고요.",
            "응답 시간을 40% 줄였습니다.",
            "The build got 3x faster.",
        ];
        for text in yes {
            assert!(
                !measured_changes(&Analysis::new(text)).is_empty(),
                "{text:?}"
            );
        }
        let no = [
            "Traffic doubled and the API started timing out.",
            "결과가 좋았습니다.",
            "We improved a lot.",
        ];
        for text in no {
            assert!(
                measured_changes(&Analysis::new(text)).is_empty(),
                "{text:?}"
            );
        }
        let a = Analysis::new("Traffic doubled and the API started timing out.");
        assert!(stated_changes(&a).is_empty());
    }
}
