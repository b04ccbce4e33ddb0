//! Concreteness: does the answer name numbers, owners, tools and outcomes,
//! or does it stay generic?

use super::tech;
use super::tokens::{Word, dedup_capped, fold, words};

/// Most pieces of evidence kept per list.
const CAP: usize = 8;

/// Evidence that an answer is specific. Each list is deduplicated, in order
/// of first appearance, and holds at most 8 items.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Concreteness {
    /// Numbers with their attached unit when present: "30%", "200ms",
    /// "1.5GB", "10만", "3명", "2 weeks", "두 배".
    pub numbers: Vec<String>,
    /// First person singular ("I", "I'm", "my", "제가", "저는"): who did it.
    pub singular: Vec<String>,
    /// First person plural ("we", "our", "저희", "우리"): fine, but
    /// interviewers want to hear what *you* did.
    pub plural: Vec<String>,
    /// Technologies named, in canonical spelling ("Redis", "Kubernetes").
    pub technologies: Vec<String>,
    /// Result cues: English words as written, lowercased ("reduced"),
    /// Korean stems ("줄였"), "%", and "from X to Y" / "X에서 Y로" spans.
    pub impact: Vec<String>,
}

impl Concreteness {
    /// True when no evidence of any kind was found.
    pub fn is_empty(&self) -> bool {
        self.numbers.is_empty()
            && self.singular.is_empty()
            && self.plural.is_empty()
            && self.technologies.is_empty()
            && self.impact.is_empty()
    }
}

/// Collects the evidence of concreteness in `answer`.
pub fn concreteness(answer: &str) -> Concreteness {
    let words = words(answer);
    let tokens = whitespace_tokens(answer);
    let mut numbers = scan_numbers(answer);
    numbers.extend(korean_number_words(answer, &words));
    let mut impact = impact_words(&words);
    impact.extend(range_shapes(answer, &tokens));
    impact.extend(answer.find(['%', '％']).map(|pos| (pos, "%".to_string())));
    Concreteness {
        numbers: ordered(numbers),
        singular: ordered(person(&words, singular)),
        plural: ordered(person(&words, plural)),
        technologies: dedup_capped(tech::find(answer).into_iter().map(String::from), CAP),
        impact: ordered(impact),
    }
}

/// Sorts evidence by position, then dedups and caps it.
fn ordered(mut items: Vec<(usize, String)>) -> Vec<String> {
    items.sort_by_key(|(pos, _)| *pos);
    dedup_capped(items.into_iter().map(|(_, s)| s), CAP)
}

// ---------------------------------------------------------------- numbers

const CURRENCY: [char; 5] = ['$', '₩', '€', '£', '¥'];

/// Units that may follow a number after one space ("200 ms", "2 weeks").
const SPACED_UNITS: &[&str] = &[
    "ms", "s", "sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes", "h", "hr",
    "hrs", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years",
    "x", "k", "kb", "mb", "gb", "tb", "pb", "qps", "rps", "tps", "rpm", "percent", "times",
    "users", "requests",
];

/// Korean units and counters, longest first so "개월" wins over "개".
const KOREAN_UNITS: &[&str] = &[
    "밀리초",
    "퍼센트",
    "개월",
    "시간",
    "달러",
    "가지",
    "프로",
    "만",
    "억",
    "천",
    "백",
    "조",
    "개",
    "명",
    "대",
    "주",
    "일",
    "년",
    "월",
    "분",
    "초",
    "배",
    "건",
    "번",
    "회",
    "원",
    "달",
    "줄",
    "곳",
];

/// Digit groups ("8", "1,000", "1.5") with their attached unit, skipping
/// digits glued to letters before them ("EC2", "S3", "v2", "N+1") and list
/// numbering at the start of a line ("1. ", "2) ").
fn scan_numbers(text: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    let mut skip_until = 0;
    for (pos, c) in text.char_indices() {
        if !c.is_ascii_digit() || pos < skip_until || !number_can_start(text, pos) {
            continue;
        }
        let digits_end = digits_end(text, pos);
        skip_until = digits_end;
        if is_list_number(text, pos, digits_end) {
            continue;
        }
        let start = currency_start(text, pos);
        let end = unit_end(text, digits_end);
        if let Some(number) = text.get(start..end) {
            found.push((start, number.to_string()));
        }
        skip_until = end;
    }
    found
}

/// A number starts after a non-word char, but not after "N+" or "A/".
fn number_can_start(text: &str, pos: usize) -> bool {
    let mut before = text.get(..pos).unwrap_or("").chars().rev();
    match before.next() {
        None => true,
        Some(c) if c.is_alphanumeric() || matches!(c, '_' | '.' | ',') => false,
        Some('+' | '-' | '/') => !before.next().is_some_and(char::is_alphabetic),
        Some(_) => true,
    }
}

/// "1. " or "2) " with only whitespace before it on its line.
fn is_list_number(text: &str, start: usize, end: usize) -> bool {
    let line_start = text
        .get(..start)
        .unwrap_or("")
        .rsplit('\n')
        .next()
        .unwrap_or("");
    let rest = text.get(end..).unwrap_or("");
    let marker = rest.strip_prefix(['.', ')']);
    line_start.trim().is_empty()
        && marker.is_some_and(|m| m.is_empty() || m.starts_with(char::is_whitespace))
}

/// Includes a currency sign right before the digits.
fn currency_start(text: &str, pos: usize) -> usize {
    match text.get(..pos).and_then(|s| s.chars().next_back()) {
        Some(c) if CURRENCY.contains(&c) => pos - c.len_utf8(),
        _ => pos,
    }
}

/// End of "123", "1.5", "1,000,000" starting at `pos`.
fn digits_end(text: &str, pos: usize) -> usize {
    let mut end = pos + leading_digits(text.get(pos..).unwrap_or(""));
    loop {
        let rest = text.get(end..).unwrap_or("");
        let after_sep = rest.get(1..).unwrap_or("");
        let digits = leading_digits(after_sep);
        let ok = match rest.as_bytes().first() {
            Some(b'.') => digits > 0,
            Some(b',') => digits == 3,
            _ => false,
        };
        if !ok {
            return end;
        }
        end += 1 + digits;
    }
}

fn leading_digits(s: &str) -> usize {
    s.bytes().take_while(u8::is_ascii_digit).count()
}

/// End of the unit after a number ending at `end`: "%", an ASCII letter
/// run ("ms", "GB", "x"), Korean counters ("만", "명", "개월"), or one of
/// those after a single space.
fn unit_end(text: &str, end: usize) -> usize {
    let rest = text.get(end..).unwrap_or("");
    let attached = attached_unit_len(rest);
    if attached > 0 {
        return end + attached;
    }
    end + rest
        .strip_prefix(' ')
        .map_or(0, |after| spaced_unit_len(after).map_or(0, |len| len + 1))
}

fn attached_unit_len(rest: &str) -> usize {
    if rest.starts_with(['%', '％']) {
        return rest.chars().next().map_or(0, char::len_utf8);
    }
    let letters = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
    if (1..=12).contains(&letters) {
        return letters;
    }
    korean_units_len(rest)
}

fn spaced_unit_len(after: &str) -> Option<usize> {
    if after.starts_with('%') {
        return Some(1);
    }
    let letters = after.bytes().take_while(u8::is_ascii_alphabetic).count();
    if letters > 0 {
        let word = after.get(..letters)?;
        return is_spaced_unit(word).then_some(letters);
    }
    Some(korean_units_len(after)).filter(|&len| len > 0)
}

/// Length of up to three chained Korean units ("만원", "천만", "주일").
fn korean_units_len(rest: &str) -> usize {
    let mut len = 0;
    for _ in 0..3 {
        let tail = rest.get(len..).unwrap_or("");
        match KOREAN_UNITS.iter().find(|u| tail.starts_with(*u)) {
            Some(unit) => len += unit.len(),
            None => break,
        }
    }
    len
}

const NUMBER_WORDS: &[&str] = &[
    "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉", "열", "수십", "수백", "수천", "수만",
];
/// Counters after a spaced Korean number word ("두 배", "세 가지").
const SPACED_COUNTERS: &[&str] = &[
    "배", "명", "개", "번", "가지", "달", "주", "시간", "대", "분", "차례", "개월", "곳", "건",
];
/// Counters that may be glued to the number word ("두배"); fewer, because
/// glued forms collide with ordinary words ("세대", "세분").
const GLUED_COUNTERS: &[&str] = &["배", "개", "번", "가지", "명"];

/// Korean number words with a counter: "두 배", "세 가지", "두배".
fn korean_number_words(text: &str, words: &[Word<'_>]) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (i, word) in words.iter().enumerate() {
        for number in NUMBER_WORDS {
            let Some(rest) = word.text.strip_prefix(number) else {
                continue;
            };
            let end = if rest.is_empty() {
                spaced_counter_end(text, words, i)
            } else {
                starts_with_any(rest, GLUED_COUNTERS).map(|len| word.start + number.len() + len)
            };
            if let Some(evidence) = end.and_then(|end| text.get(word.start..end)) {
                found.push((word.start, evidence.to_string()));
            }
        }
    }
    found
}

fn spaced_counter_end(text: &str, words: &[Word<'_>], i: usize) -> Option<usize> {
    let next = words.get(i + 1)?;
    let gap = text.get(words.get(i)?.end..next.start)?;
    if gap.is_empty() || !gap.chars().all(char::is_whitespace) {
        return None;
    }
    starts_with_any(next.text, SPACED_COUNTERS).map(|len| next.start + len)
}

fn starts_with_any(s: &str, prefixes: &[&str]) -> Option<usize> {
    prefixes
        .iter()
        .filter(|p| s.starts_with(*p))
        .map(|p| p.len())
        .max()
}

// ---------------------------------------------------------------- person

/// Applies a first-person classifier to every word.
fn person(words: &[Word<'_>], classify: fn(&str) -> Option<String>) -> Vec<(usize, String)> {
    words
        .iter()
        .filter_map(|w| classify(w.text).map(|found| (w.start, found)))
        .collect()
}

const SINGULAR_EN: &[&str] = &["me", "my", "myself", "mine"];
const I_FORMS: &[&str] = &["i'm", "i've", "i'd", "i'll"];
const SINGULAR_KO: &[&str] = &[
    "제가",
    "저는",
    "저의",
    "제",
    "내가",
    "나는",
    "저도",
    "저를",
    "저에게",
    "제게",
    "저만",
];

/// "I" and its contractions (capital I only), me/my/myself/mine, and the
/// Korean first-person forms as whole words.
fn singular(word: &str) -> Option<String> {
    if word == "I" {
        return Some("I".into());
    }
    let folded = fold(word);
    if word.starts_with('I') && I_FORMS.contains(&folded.as_str()) {
        return Some(format!("I{}", folded.get(1..).unwrap_or("")));
    }
    if SINGULAR_EN.contains(&folded.as_str()) || SINGULAR_KO.contains(&word) {
        return Some(folded);
    }
    None
}

const PLURAL_EN: &[&str] = &[
    "we",
    "we're",
    "we've",
    "we'd",
    "we'll",
    "us",
    "our",
    "ours",
    "ourselves",
];
const PLURAL_KO: &[&str] = &["저희", "우리"];

/// we/us/our (but not "US"), and words starting with 저희 or 우리.
fn plural(word: &str) -> Option<String> {
    let folded = fold(word);
    if PLURAL_EN.contains(&folded.as_str()) && word != "US" {
        return Some(folded);
    }
    PLURAL_KO
        .iter()
        .find(|p| word.starts_with(*p))
        .map(|p| p.to_string())
}

// ---------------------------------------------------------------- impact

const IMPACT_PREFIXES: &[&str] = &[
    "reduc",
    "improv",
    "increas",
    "decreas",
    "boost",
    "doubl",
    "halv",
    "tripl",
    "accelerat",
    "eliminat",
    "optimiz",
    "optimis",
];
const IMPACT_WORDS: &[&str] = &[
    "cut", "cuts", "cutting", "saved", "saving", "savings", "faster", "quicker", "lowered",
    "dropped", "grew", "sped", "shrank", "shrunk", "fewer",
];
const IMPACT_KO: &[&str] = &[
    "줄였", "줄이", "줄어", "감소", "개선", "향상", "단축", "절감", "절약", "증가", "늘렸", "늘어",
    "높였", "낮췄", "빨라",
];

/// Result words: English by prefix or exact word, Korean by stem anywhere
/// in the word ("감소시켰습니다" → "감소").
fn impact_words(words: &[Word<'_>]) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for word in words {
        let folded = fold(word.text);
        let english = IMPACT_PREFIXES.iter().any(|p| folded.starts_with(p))
            || IMPACT_WORDS.contains(&folded.as_str());
        if english {
            found.push((word.start, folded));
            continue;
        }
        if let Some(stem) = IMPACT_KO.iter().find(|s| word.text.contains(*s)) {
            found.push((word.start, stem.to_string()));
        }
    }
    found
}

/// A whitespace-separated token and where it starts.
struct Token<'a> {
    text: &'a str,
    start: usize,
}

fn whitespace_tokens(text: &str) -> Vec<Token<'_>> {
    let base = text.as_ptr() as usize;
    text.split_whitespace()
        .map(|t| Token {
            text: t,
            start: t.as_ptr() as usize - base,
        })
        .collect()
}

/// "from 800ms to 200ms", "from 30% to 5%", "800ms에서 200ms로".
fn range_shapes(text: &str, tokens: &[Token<'_>]) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        let end = from_to_end(tokens, i).or_else(|| korean_range_end(tokens, i));
        if let Some(span) = end.and_then(|end| text.get(token.start..end)) {
            found.push((token.start, trim_tail(span).to_string()));
        }
    }
    found
}

fn core(token: &str) -> &str {
    token.trim_matches(|c: char| !c.is_alphanumeric() && c != '%')
}

fn has_digit(token: &str) -> bool {
    token.chars().any(|c| c.is_ascii_digit())
}

fn token_end(token: &Token<'_>) -> usize {
    token.start + token.text.len()
}

/// "from" NUM [unit] "to" NUM [unit].
fn from_to_end(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let is = |j: usize, word: &str| tokens.get(j).is_some_and(|t| fold(core(t.text)) == word);
    let digit = |j: usize| tokens.get(j).is_some_and(|t| has_digit(t.text));
    if !is(i, "from") || !digit(i + 1) {
        return None;
    }
    let to = [i + 2, i + 3].into_iter().find(|&j| is(j, "to"))?;
    if !digit(to + 1) {
        return None;
    }
    let unit = tokens.get(to + 2).filter(|t| is_spaced_unit(core(t.text)));
    unit.or_else(|| tokens.get(to + 1)).map(token_end)
}

fn is_spaced_unit(word: &str) -> bool {
    SPACED_UNITS.iter().any(|u| u.eq_ignore_ascii_case(word))
}

/// NUM에서 NUM로/으로/까지.
fn korean_range_end(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let first = tokens.get(i)?;
    let second = tokens.get(i + 1)?;
    let from_ok = has_digit(first.text) && core(first.text).ends_with("에서");
    let to_ok = has_digit(second.text)
        && ["로", "으로", "까지"]
            .iter()
            .any(|s| core(second.text).ends_with(s));
    (from_ok && to_ok).then(|| token_end(second))
}

fn trim_tail(span: &str) -> &str {
    span.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '%')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_table() {
        let cases: &[(&str, &[&str])] = &[
            ("We had 8 servers", &["8"]),
            ("latency 200ms, cost down 30%", &["200ms", "30%"]),
            ("3x faster and 1.5GB less", &["3x", "1.5GB"]),
            ("1,000 users and $5 per month", &["1,000 users", "$5"]),
            ("took 2 weeks at 200 ms", &["2 weeks", "200 ms"]),
            ("EC2 and S3 and v2", &[]),
            (
                "10만 건, 8대 서버, 3명이 2주 동안",
                &["10만", "8대", "3명", "2주"],
            ),
            ("40% 감소, 10만원 절감", &["40%", "10만원"]),
            ("2023년에 3개월 동안", &["2023년", "3개월"]),
            (
                "응답 속도가 두 배 빨라졌고 세 가지를 바꿨다",
                &["두 배", "세 가지"],
            ),
            ("두배로 늘었다", &["두배"]),
            ("세대 교체", &[]),
            (
                "1 2 1 3 4 5 6 7 8 9 10",
                &["1", "2", "3", "4", "5", "6", "7", "8"],
            ),
            ("99.9% uptime", &["99.9%"]),
            (
                "fixed the N+1 query, A/B test, 5-10ms, -3%",
                &["5", "10ms", "3%"],
            ),
            ("1. 상황\n  2) 결과 3. 끝\n3.5GB", &["3", "3.5GB"]),
            ("", &[]),
        ];
        for &(text, want) in cases {
            assert_eq!(concreteness(text).numbers, want, "text {text:?}");
        }
    }

    #[test]
    fn person_table() {
        // (text, singular, plural)
        let cases: &[(&str, &[&str], &[&str])] = &[
            ("I wrote the migration", &["I"], &[]),
            ("we shipped it and our team grew", &[], &["we", "our"]),
            ("I'm sure my team, and we’ve", &["I'm", "my"], &["we've"]),
            ("i think in the US market", &[], &[]),
            ("Let us know", &[], &["us"]),
            ("제가 설계했고 저희 팀은 검증했습니다", &["제가"], &["저희"]),
            ("저희는 우리팀과 저희가", &[], &["저희", "우리"]),
            ("제 역할은 문제가 무엇인지", &["제"], &[]),
            ("문제가 생겼다", &[], &[]),
            ("나는 내가 했다", &["나는", "내가"], &[]),
            ("Me? I did it myself", &["me", "I", "myself"], &[]),
        ];
        for &(text, singular, plural) in cases {
            let c = concreteness(text);
            assert_eq!(c.singular, singular, "singular in {text:?}");
            assert_eq!(c.plural, plural, "plural in {text:?}");
        }
    }

    #[test]
    fn technologies_and_impact_table() {
        // (text, technologies, impact)
        let cases: &[(&str, &[&str], &[&str])] = &[
            (
                "Redis를 도입해 응답 시간을 40% 줄였습니다",
                &["Redis"],
                &["%", "줄였"],
            ),
            (
                "We moved from Jenkins to GitHub Actions and cut build time from 20 min to 5 min.",
                &["Jenkins", "GitHub Actions"],
                &["cut", "from 20 min to 5 min"],
            ),
            (
                "p99를 800ms에서 200ms로 단축했고 비용도 절감했습니다",
                &[],
                &["800ms에서 200ms로", "단축", "절감"],
            ),
            (
                "It reduced errors; performance improved.",
                &[],
                &["reduced", "improved"],
            ),
            (
                "We ran Kafka on Kubernetes (k8s)",
                &["Kafka", "Kubernetes"],
                &[],
            ),
            ("the execute step", &[], &[]),
        ];
        for &(text, technologies, impact) in cases {
            let c = concreteness(text);
            assert_eq!(c.technologies, technologies, "technologies in {text:?}");
            assert_eq!(c.impact, impact, "impact in {text:?}");
        }
    }

    #[test]
    fn empty_answer_has_no_evidence() {
        assert!(concreteness("").is_empty());
        assert!(concreteness("   \n").is_empty());
        assert!(!concreteness("I did it").is_empty());
    }
}
