//! Key-point coverage: which expected points an answer mentions, where,
//! and which were only mentioned in a negated clause.

use super::analysis::{self, Analysis, Quantity, is_inflection, quantities};
use super::evidence::{measured_changes, owned_actions};
use super::hangul;

/// A key point a good answer should mention, with the terms that count as
/// mentioning it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Point {
    /// The point as shown to the user.
    pub text: String,
    /// Match terms; any one of them covers the point. When there are none
    /// (or all are blank), `text` itself is used as the term.
    pub terms: Vec<String>,
    /// A user's own talking point: covered only when most of its
    /// distinctive words *and* every number in it appear.
    pub talking: bool,
}

impl From<&crate::bank::KeyPoint> for Point {
    /// A bank's key point with its match terms (a fact of your story as
    /// the talking point it is).
    fn from(k: &crate::bank::KeyPoint) -> Point {
        if k.talking {
            return Point::talking(&k.text);
        }
        Point {
            text: k.text.clone(),
            terms: crate::bank::owned(&k.terms),
            talking: false,
        }
    }
}

impl Point {
    /// A user's talking point (or a fact of their story) from one line.
    pub fn talking(line: &str) -> Point {
        Point {
            text: line.to_string(),
            terms: distinctive_words(line),
            talking: true,
        }
    }
}

/// The words of a line that say what it is about, as match terms: its
/// significant words without the numbers (a number is checked with its
/// unit, "6 h" as one), a Korean word without its particle or ending
/// ("크롤러를" → "크롤러", "분산했습니다" → "분산") so another particle
/// matches too, each once. Names with digits in them ("EC2", "t3") stay.
pub fn distinctive_words(line: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for w in crate::bank::significant_words(&analysis::normalize(line)) {
        if w.starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let stem = analysis::term_stem(&w);
        if !stem.is_empty() && !out.contains(&stem) {
            out.push(stem);
        }
    }
    out
}

/// Whether one key point was covered, by which term, and where.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PointHit {
    /// The point's text.
    pub text: String,
    /// True when any of its terms appears in the answer outside a negated
    /// clause (and, for a talking point, its numbers too).
    pub covered: bool,
    /// The first term (in list order) that matched, as written in the list;
    /// for a point about your own part or the result, covered by a
    /// sentence rather than a term, that sentence's words.
    pub matched: Option<String>,
    /// Byte ranges in the answer of what matched.
    pub spans: Vec<(usize, usize)>,
    /// When the point is not covered but a term appeared in a negated
    /// clause ("I didn't look at the cost"): that term.
    pub negated: Option<String>,
    /// Numbers of a talking point the answer did not say, as written there.
    pub missing_numbers: Vec<String>,
}

/// An answer prepared once for many [`term_matches`] calls: Unicode
/// lowercase, full-width ASCII folded, apostrophes straightened, decomposed
/// Hangul composed, whitespace runs collapsed to one space, units after
/// numbers written one way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Normalized {
    analysis: Analysis,
}

impl Normalized {
    /// Normalises `text` (linear time).
    pub fn new(text: &str) -> Self {
        Normalized {
            analysis: Analysis::new(text),
        }
    }

    /// The normalised text, words separated by single spaces.
    pub fn as_str(&self) -> &str {
        &self.analysis.norm
    }
}

/// Checks each point against `answer` (analysed once), in order.
pub fn coverage(answer: &str, points: &[Point]) -> Vec<PointHit> {
    coverage_in(&Analysis::new(answer), answer, points)
}

/// Evidence a point about the speaker's own part or about the result can
/// be covered by, besides its terms.
struct Evidence {
    owned: Vec<(usize, usize)>,
    changes: Vec<(usize, usize)>,
}

/// [`coverage`] on an answer already analysed.
pub(crate) fn coverage_in(answer: &Analysis, text: &str, points: &[Point]) -> Vec<PointHit> {
    let evidence = Evidence {
        owned: owned_actions(answer, text),
        changes: measured_changes(answer),
    };
    points
        .iter()
        .map(|p| {
            let mut hit = check_point(answer, p);
            if hit.covered && !p.talking && wants_numbers(&p.text) {
                // "The result with a number": a change word alone is not it.
                let counted = !quantities(&answer.norm).is_empty();
                if !counted {
                    hit = PointHit {
                        text: hit.text,
                        ..PointHit::default()
                    };
                }
            }
            if !hit.covered && !p.talking {
                let extra = match point_topic(&p.text) {
                    Some(Topic::OwnPart) => &evidence.owned,
                    Some(Topic::Result) => &evidence.changes,
                    None => &hit.spans,
                };
                if let Some(&(s, e)) = extra.first() {
                    hit.matched = text.get(s..e).map(|w| crate::text::one_line(w.trim()));
                    hit.spans = extra.clone();
                    hit.covered = true;
                    hit.negated = None;
                }
            }
            hit
        })
        .collect()
}

/// What a key point asks for when it is about the answer's shape rather
/// than a topic word.
enum Topic {
    /// "Your own actions, in first person", "본인이 직접 한 일을 1인칭으로":
    /// any sentence that says what the speaker did covers it.
    OwnPart,
    /// "The result with a number", "개선 전후를 수치로 비교한 결과": a
    /// measured change covers it.
    Result,
}

const OWN_PART: &[&str] = &[
    "1인칭",
    "first person",
    "first-person",
    "본인이 직접",
    "본인이 맡은",
    "본인이 한",
    "본인이 만든",
    "본인이 구현한",
    "본인이 구축한",
    "your own actions",
    "your own part",
    "your specific part",
    "your specific share",
];
const RESULT: &[&str] = &[
    "수치",
    "전후",
    "효과",
    "결과",
    "성과",
    "result",
    "outcome",
    "before and after",
    "with a number",
    "measured",
];

/// Words of a key point that asks for a number.
const WANTS_NUMBERS: &[&str] = &[
    "수치",
    "숫자",
    "전후",
    "with a number",
    "concrete numbers",
    "measurable",
    "measured",
    "before and after",
];

fn wants_numbers(text: &str) -> bool {
    let text = text.to_lowercase();
    WANTS_NUMBERS.iter().any(|w| text.contains(w))
}

/// Terms too common to cover a point on their own: they count only
/// together with another of the point's terms.
const GENERIC: &[&str] = &[
    "team",
    "result",
    "results",
    "user",
    "users",
    "cost",
    "costs",
    "project",
    "service",
    "learned",
    "faster",
    "improve",
    "improved",
    "problem",
    "팀",
    "결과",
    "프로젝트",
    "개선",
    "서비스",
    "비용",
    "사용자",
    "적용",
    "문제",
    "성능",
    "배운",
    "편하게",
];

fn is_generic(term: &str) -> bool {
    GENERIC.contains(&analysis::normalize(term).as_str())
}

fn point_topic(text: &str) -> Option<Topic> {
    let text = text.to_lowercase();
    if OWN_PART.iter().any(|c| text.contains(c)) {
        return Some(Topic::OwnPart);
    }
    RESULT
        .iter()
        .any(|c| text.contains(c))
        .then_some(Topic::Result)
}

fn check_point(answer: &Analysis, point: &Point) -> PointHit {
    let has_terms = point.terms.iter().any(|t| !t.trim().is_empty());
    let fallback = [point.text.clone()];
    let terms: &[String] = if has_terms { &point.terms } else { &fallback };
    // A point that is itself a negative ("the server does not keep state")
    // is covered by saying it in the negative.
    let point_text = analysis::normalize(&point.text);
    let negative_point = Analysis::new(&point.text)
        .tokens
        .iter()
        .any(|t| analysis::is_negation(&t.text))
        || NEGATIVE_MEANING.iter().any(|w| point_text.contains(w));
    let mut hit = PointHit {
        text: point.text.clone(),
        ..PointHit::default()
    };
    let mut matched_terms = 0;
    for term in terms {
        let mut plain = false;
        for (s, e) in term_spans(answer, term) {
            if !negative_point && answer.is_negated(s) {
                hit.negated.get_or_insert_with(|| term.clone());
            } else {
                plain = true;
                hit.spans.push(answer.orig_span(s, e));
            }
        }
        if plain {
            matched_terms += 1;
            hit.matched.get_or_insert_with(|| term.clone());
        }
    }
    if point.talking {
        let wanted = quantities(&analysis::normalize(&point.text));
        let said = quantities(&answer.norm);
        for q in &wanted {
            match said.iter().find(|s| same_quantity(q, s)) {
                Some(s) => hit.spans.push(answer.orig_span(s.start, s.end)),
                None => hit.missing_numbers.push(format!("{}{}", q.value, q.unit)),
            }
        }
        let words = terms.len();
        let enough_words = words == 0 || matched_terms * 2 >= words;
        hit.covered = enough_words && hit.missing_numbers.is_empty() && !hit.spans.is_empty();
    } else {
        // A generic term ("team", "비용") covers only with another term.
        let specific = terms.iter().any(|t| {
            !is_generic(t) && hit.matched.is_some() && matched_any(answer, t, negative_point)
        });
        // ...or with a number beside it ("the cost was $80 a month").
        let with_number = hit.spans.iter().any(|&(s, _)| {
            answer
                .sentence_at(s)
                .and_then(|(ss, se)| text_of(answer, ss, se))
                .is_some_and(|t| t.contains(|c: char| c.is_ascii_digit()))
        });
        hit.covered = hit.matched.is_some() && (specific || matched_terms >= 2 || with_number);
        if !hit.covered {
            hit.matched = None;
        }
    }
    if hit.covered {
        hit.negated = None;
    } else if !point.talking {
        hit.spans.clear();
    }
    hit.spans.sort_unstable();
    hit.spans.dedup();
    hit
}

/// The normalised text of answer bytes `start..end`.
fn text_of(answer: &Analysis, start: usize, end: usize) -> Option<&str> {
    let (s, e) = answer.norm_range(start, end);
    answer.norm.get(s..e)
}

fn matched_any(answer: &Analysis, term: &str, negative_point: bool) -> bool {
    term_spans(answer, term)
        .iter()
        .any(|&(s, _)| negative_point || !answer.is_negated(s))
}

/// Words that state a negative without a negation ("collisions are
/// unavoidable" is said as "collisions can't be avoided").
const NEGATIVE_MEANING: &[&str] = &[
    "unavoidable",
    "inevitable",
    "impossible",
    "불가피",
    "불가능",
    "피할 수 없",
];

/// The same number with the same unit; a number written without a unit
/// matches one with it.
fn same_quantity(want: &Quantity, said: &Quantity) -> bool {
    let value = |v: &str| v.parse::<f64>().ok();
    let same_value = want.value == said.value
        || value(&want.value).is_some_and(|w| value(&said.value) == Some(w));
    let (w, s) = (same_unit(&want.unit), same_unit(&said.unit));
    same_value && (w == s || w.is_empty() || s.is_empty())
}

/// One name for a unit written in either language: a fact noted as
/// "6 h → 1.5 h" is said as "6시간에서 1.5시간으로".
fn same_unit(unit: &str) -> &str {
    match unit {
        "시간" => "h",
        "분" => "min",
        "초" => "s",
        "밀리초" => "ms",
        "달러" | "$" => "달러",
        other => other,
    }
}

/// True when `term` appears in the answer, case-insensitively.
///
/// A term containing Hangul ignores whitespace ("재시도" matches "재 시도",
/// "캐시 무효화" matches "캐시무효화"); one of one or two syllables must
/// be a whole eojeol stem, followed only by a particle or an ending ("캐시를",
/// "멱등하고"), so 목 is not found in 목표 nor 락 in 연락. Other terms
/// match at a word start, or anywhere when they start with a non-letter
/// ("%" in "50%", ".micro" in "t3.micro"); they may end inside an English
/// word ("retry" matches "retrying") and also match by Snowball stem
/// ("retry" matches "retries"), but an attached Hangul tail must be a
/// particle ("RDS를", not "PC방"). Empty terms never match.
pub fn term_matches(answer: &Normalized, term: &str) -> bool {
    !term_spans(&answer.analysis, term).is_empty()
}

/// The byte ranges of `norm` where `term` matches.
pub(crate) fn term_spans(answer: &Analysis, term: &str) -> Vec<(usize, usize)> {
    let term = analysis::normalize(term);
    let Some(first) = term.chars().next() else {
        return Vec::new();
    };
    let last = term.chars().next_back().unwrap_or(first);
    let norm = answer.norm.as_str();
    let mut out = Vec::new();
    if hangul::has_hangul(&term) {
        let compact: String = term.chars().filter(|&c| c != ' ').collect();
        let syllables = compact.chars().filter(|&c| hangul::is_hangul(c)).count();
        let short = syllables <= 2;
        for at in overlapping(&answer.compact, &compact) {
            let s = answer.norm_of_compact(at);
            let last_at = answer.norm_of_compact(at + compact.len() - last.len_utf8());
            let e = last_at + last.len_utf8();
            if start_ok(norm, s, first, short) && end_ok(norm, e, last, short) {
                out.push((s, e));
            }
        }
    } else {
        let last_word = term.rsplit(' ').next().unwrap_or(&term);
        for s in overlapping(norm, &term) {
            let e = s + term.len();
            if start_ok(norm, s, first, true)
                && end_ok(norm, e, last, true)
                && same_sense(last_word, whole_word(norm, e - last_word.len(), e))
            {
                out.push((s, e));
            }
        }
        out.extend(stem_spans(answer, &term));
        // A unit on its own ("ms", "seconds") also counts right after a
        // number, where the answer has it in one canonical form ("200ms").
        if let Some(unit) = analysis::unit_canonical(&term) {
            let unit_last = unit.chars().next_back().unwrap_or(last);
            for s in overlapping(norm, unit) {
                let after_digit = norm
                    .get(..s)
                    .and_then(|b| b.chars().next_back())
                    .is_some_and(|c| c.is_ascii_digit());
                let e = s + unit.len();
                if after_digit && end_ok(norm, e, unit_last, true) {
                    out.push((s, e));
                }
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Every start of `needle` in `haystack`, overlapping ones included, so a
/// bad first hit cannot hide a good later one.
fn overlapping<'a>(haystack: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    let mut from = 0;
    std::iter::from_fn(move || {
        let found = from + haystack.get(from..)?.find(needle)?;
        from = found + haystack.get(found..)?.chars().next()?.len_utf8();
        Some(found)
    })
}

/// A term that starts with a letter or digit must start a word (a Hangul
/// word may follow Latin letters or digits directly: "DB락"); a long Hangul
/// term may start inside a compound ("자동재시도").
fn start_ok(norm: &str, s: usize, first: char, strict: bool) -> bool {
    if !first.is_alphanumeric() {
        return true;
    }
    let Some(prev) = norm.get(..s).and_then(|b| b.chars().next_back()) else {
        return true;
    };
    if !prev.is_alphanumeric() {
        return true;
    }
    if hangul::is_hangul(first) {
        return !strict || !hangul::is_hangul(prev);
    }
    // A Latin term may follow Hangul directly ("이번에Redis").
    hangul::is_hangul(prev) && !hangul::is_hangul(first)
}

/// What follows the match inside its word: nothing after a term that ends
/// in a non-letter; a different digit never follows a digit; after a Latin
/// letter more Latin letters may follow (a prefix), and a Hangul tail must
/// be a particle or ending; a short Hangul term must be followed by a
/// particle or ending only.
fn end_ok(norm: &str, e: usize, last: char, strict: bool) -> bool {
    if !last.is_alphanumeric() {
        return true;
    }
    let rest = norm.get(e..).unwrap_or("");
    let word_len = rest
        .char_indices()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map_or(rest.len(), |(i, _)| i);
    let tail = rest.get(..word_len).unwrap_or("");
    if last.is_ascii_digit() && tail.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    if hangul::is_hangul(last) {
        return !strict || is_inflection(tail);
    }
    let hangul_tail = tail.trim_start_matches(|c: char| c.is_ascii_alphanumeric());
    hangul_tail.is_empty() || is_inflection(hangul_tail)
}

/// Derived words the prefix and the Snowball stem would take for another
/// word ("useful" for "use", "responsive" for "response", "contention" for
/// "content", "container" for "contains"), each with the forms that do
/// mean it: such a word matches only a word of its own family.
const FAMILIES: &[&[&str]] = &[
    &["useful", "usefulness"],
    &["stateful"],
    &["partly"],
    &["contention", "contentions"],
    &["timing", "timings"],
    &["timely"],
    &["selective", "selectivity", "selectively"],
    &["responsive", "responsiveness"],
    &["responsible", "responsibility", "responsibilities"],
    &["accessibility", "accessible"],
    &[
        "container",
        "containers",
        "containerize",
        "containerized",
        "containerization",
    ],
    &["containment"],
    &["readiness"],
    &["author", "authors", "authority", "authorities"],
    &["optimal", "optimally"],
    &["organization", "organizations", "organizational"],
    &["producer", "producers"],
    &["adaptive"],
    &["visualizer"],
    &["focusable"],
];

/// Whether the term's word `term` and the answer's word `said` (both
/// normalised) can mean the same: yes unless one of them is a derived word
/// of [`FAMILIES`] the other is not of the family of.
fn same_sense(term: &str, said: &str) -> bool {
    let family = |w: &str| FAMILIES.iter().position(|f| f.contains(&w));
    family(term) == family(said)
}

/// The whole word of `norm` that starts at `start` and runs on past `end`
/// to the end of its letters and digits.
fn whole_word(norm: &str, start: usize, end: usize) -> &str {
    let rest = norm.get(end..).unwrap_or("");
    let more = rest
        .char_indices()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map_or(rest.len(), |(i, _)| i);
    norm.get(start..end + more).unwrap_or("")
}

/// Multi- or single-word English terms matched word by word on Snowball
/// stems ("retry" ~ "retries", "exponential backoffs").
fn stem_spans(answer: &Analysis, term: &str) -> Vec<(usize, usize)> {
    let words: Vec<&str> = term.split(' ').collect();
    if !words
        .iter()
        .all(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_alphabetic()))
    {
        return Vec::new();
    }
    let stems: Vec<String> = words.iter().map(|w| analysis::english_stem(w)).collect();
    let tokens = &answer.tokens;
    let mut out = Vec::new();
    for i in 0..tokens.len() {
        let Some(window) = tokens.get(i..i + stems.len()) else {
            break;
        };
        let same = window
            .iter()
            .zip(&stems)
            .zip(&words)
            .all(|((t, stem), w)| &t.stem == stem && same_sense(w, &t.text));
        let adjacent = window.windows(2).all(|p| p[1].start == p[0].end + 1);
        if same && adjacent {
            out.push((window[0].start, window[window.len() - 1].end));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn term_matching_table() {
        // (answer, term, expected)
        let cases: &[(&str, &str, bool)] = &[
            ("We added a retry with backoff", "retry", true),
            ("We kept retrying the call", "retry", true),
            ("caches were cold", "cache", true),
            ("the hit ratio went up", "io", false),
            ("disk io was slow", "io", true),
            ("Disk I/O was slow", "i/o", true),
            ("Exponential   Backoff", "exponential backoff", true),
            ("exponential\nbackoff", "Exponential Backoff", true),
            ("exponentialbackoff", "exponential backoff", false),
            ("prefetching", "fetch", false),
            // A unit term counts right after a number, in every written form.
            ("p95 went from 900 ms to 120ms", "ms", true),
            ("it took 30 seconds", "seconds", true),
            ("it took 30 seconds", "sec", true),
            ("a 10GB table", "gb", true),
            ("200ms에서 50ms로", "ms", true),
            ("ms-sql was used", "ms", true),
            ("it took 30s", "seconds", true),
            ("300 seconds", "second", false),
            ("재 시도 로직을 넣었습니다", "재시도", true),
            ("재시도 로직", "재 시도", true),
            ("캐시무효화 전략", "캐시 무효화", true),
            ("캐시 무효화를 했다", "캐시무효화", true),
            ("REDIS를 썼다", "redis", true),
            ("Redis 캐시를 썼다", "Redis캐시", true),
            ("ＡＰＩ gateway", "api gateway", true),
            ("we're fine", "we’re", true),
            (
                "\u{110C}\u{1162}\u{1109}\u{1175}\u{1103}\u{1169}",
                "재시도",
                true,
            ),
            ("anything", "", false),
            ("anything", "   ", false),
            ("", "retry", false),
            ("ÉCOLE", "école", true),
            ("a-a-a", "a-a", true),
            ("ba-a-a", "a-a", true),
            // Terms that start or end with a non-letter need no boundary there.
            ("cut costs by 50%", "%", true),
            ("a t3.micro instance", ".micro", true),
            ("/users/{id}/orders", "/users", true),
            // Numbers with units in every written form.
            ("10GB of logs", "10 GB", true),
            ("10 GB of logs", "10gb", true),
            ("500TPS at peak", "500 tps", true),
            ("50 퍼센트 줄였습니다", "50%", true),
            ("50 percent less", "50%", true),
            ("took 1500ms", "500ms", false),
            ("error 2019", "201", false),
            // Derived words that look like another word are not it.
            ("I was responsible for the response", "responsive", false),
            ("a responsive layout", "responsive", true),
            ("the content was long", "contention", false),
            ("lock contention", "contention", true),
            ("a useful tool", "use", false),
            ("we use it", "use", true),
            ("the list contains three", "container", false),
            ("we containerized the app", "container", true),
            ("two containers restarted", "container", true),
            ("the timing of the retries", "time", false),
            ("it is accessible", "access", false),
            ("read access", "access", true),
            // English stems.
            ("two retries and one retry", "retry", true),
            ("the policies say", "policy", true),
            ("exponential backoffs", "exponential backoff", true),
            // Korean: particles and endings, not inside unrelated words.
            ("RDS를 썼고 GET으로 보냈습니다", "rds", true),
            ("GET으로 보냈습니다", "get", true),
            ("PC방에서", "pc", false),
            ("목표를 세웠다", "목", false),
            ("목이 아팠다", "목", true),
            ("연락을 드렸다", "락", false),
            ("락을 걸었다", "락", true),
            ("DB락이 걸렸다", "락", true),
            ("시큐리티 설정", "큐", false),
            ("큐에 넣었다", "큐", true),
            ("답이 틀렸다", "틀", false),
            ("로그인 화면", "로그", false),
            ("로그를 봤다", "로그", true),
            ("멱등하고 안전합니다", "멱등", true),
            ("자동화했습니다", "자동화", true),
            ("시간이 줄었고", "줄었", true),
            ("자동재시도를 넣었다", "재시도", true),
        ];
        for &(answer, term, want) in cases {
            let n = Normalized::new(answer);
            assert_eq!(
                term_matches(&n, term),
                want,
                "answer {answer:?} term {term:?}"
            );
        }
    }

    #[test]
    fn coverage_reports_first_matching_term() {
        let points = vec![
            Point {
                text: "Retries".into(),
                terms: vec!["backoff".into(), "Retry".into(), "재시도".into()],
                ..Point::default()
            },
            Point {
                text: "Idempotency".into(),
                terms: vec!["idempot".into(), "멱등".into()],
                ..Point::default()
            },
            Point {
                text: "Monitoring".into(),
                terms: vec![],
                ..Point::default()
            },
        ];
        let hits = coverage(
            "실패하면 재 시도하고, we retry with jitter. monitoring too",
            &points,
        );
        assert_eq!(
            hits,
            vec![
                PointHit {
                    text: "Retries".into(),
                    covered: true,
                    matched: Some("Retry".into()),
                    spans: vec![(13, 23), (34, 39)],
                    ..PointHit::default()
                },
                PointHit {
                    text: "Idempotency".into(),
                    covered: false,
                    matched: None,
                    ..PointHit::default()
                },
                PointHit {
                    text: "Monitoring".into(),
                    covered: true,
                    matched: Some("Monitoring".into()),
                    spans: vec![(53, 63)],
                    ..PointHit::default()
                },
            ]
        );
        assert!(coverage("", &points).iter().all(|h| !h.covered));
        assert!(coverage("anything", &[]).is_empty());
    }

    #[test]
    fn a_talking_point_number_counts_in_either_language_unit() {
        let point = [Point::talking(
            "split the crawler over 8 EC2 instances, 6 h → 1.5 h",
        )];
        for answer in [
            "크롤러를 EC2 8대로 나눠서 6시간에서 1.5시간으로 줄였습니다 (split crawler instances).",
            "I split the crawler over 8 EC2 instances: 6 hours down to 1.5 hours.",
        ] {
            let hit = &coverage(answer, &point)[0];
            assert!(hit.missing_numbers.is_empty(), "{answer}: {hit:?}");
        }
        let hit = &coverage(
            "I split the crawler over 8 EC2 instances: 6분 to 1.5분.",
            &point,
        )[0];
        assert_eq!(hit.missing_numbers, ["6h", "1.5h"], "minutes are not hours");
    }

    #[test]
    fn negated_terms_do_not_cover() {
        let points = vec![
            Point {
                text: "Actual cost".into(),
                terms: vec!["cost".into()],
                ..Point::default()
            },
            Point {
                text: "실제 비용".into(),
                terms: vec!["비용".into()],
                ..Point::default()
            },
        ];
        let hits = coverage(
            "I didn't look at the cost. 비용은 신경 쓰지 않았습니다.",
            &points,
        );
        assert!(hits.iter().all(|h| !h.covered && h.spans.is_empty()));
        assert_eq!(hits[0].negated.as_deref(), Some("cost"));
        assert_eq!(hits[1].negated.as_deref(), Some("비용"));
        let hits = coverage("I didn't look at it; the cost was $80 a month.", &points);
        assert!(hits[0].covered && hits[0].negated.is_none());
        // 못하- contracted (못한, 못할) negates as 못했 does.
        for answer in [
            "비용은 확인하지 못한 채 배포했습니다.",
            "비용은 확인 못할 것 같았습니다.",
        ] {
            let hits = coverage(answer, &points);
            assert!(!hits[1].covered, "{answer}");
            assert_eq!(hits[1].negated.as_deref(), Some("비용"), "{answer}");
        }
    }

    #[test]
    fn a_negative_point_is_covered_by_a_negative() {
        let point = Point {
            text: "서버가 클라이언트 상태를 저장하지 않음".into(),
            terms: vec!["상태 정보".into()],
            ..Point::default()
        };
        let hits = coverage("서버는 상태 정보를 저장하지 않습니다", &[point]);
        assert!(hits[0].covered);
    }

    #[test]
    fn talking_points_need_their_numbers() {
        let point = Point::talking("CloudWatch 일일 비용 알람 50달러");
        let text = "CloudWatch로 일일 비용 알람을 걸었습니다";
        let hit = &coverage(text, std::slice::from_ref(&point))[0];
        assert!(!hit.covered);
        assert_eq!(hit.missing_numbers, ["50달러"]);
        let text = "CloudWatch로 일일 비용 알람을 50 달러에 걸었습니다";
        let hit = &coverage(text, std::slice::from_ref(&point))[0];
        assert!(hit.covered, "{hit:?}");
        assert!(hit.missing_numbers.is_empty());
        let dollars = Point::talking("Budget alarm at $50");
        let hit = &coverage("I set a budget alarm at 50 dollars", &[dollars])[0];
        assert!(hit.covered, "{hit:?}");
    }

    #[test]
    fn talking_points_match_korean_words_with_other_particles() {
        assert_eq!(
            distinctive_words("크롤러를 EC2 8대로 나눠서 6시간을 1.5시간으로 단축했습니다"),
            ["크롤러", "ec2", "나눠", "단축"]
        );
        assert_eq!(
            distinctive_words("split the crawler over 8 EC2 instances, 6 h → 1.5 h"),
            ["split", "crawler", "over", "ec2", "instances"]
        );
        let point = Point::talking("크롤러를 EC2 8대로 나눠서 6시간을 1.5시간으로 단축했습니다");
        let text =
            "제가 크롤러가 느려서 EC2를 8대로 나눠서 6시간 걸리던 수집을 1.5시간으로 단축했고";
        let hit = &coverage(text, std::slice::from_ref(&point))[0];
        assert!(hit.covered, "{hit:?}");
        // An English note is said in Korean units.
        let point = Point::talking("crawler on 8 EC2 instances, 6 h → 1.5 h");
        let text = "the crawler ran on 8 EC2 instances: 6시간 → 1.5시간";
        let hit = &coverage(text, std::slice::from_ref(&point))[0];
        assert!(hit.covered, "{hit:?}");
    }

    #[test]
    fn normalized_collapses_whitespace() {
        assert_eq!(
            Normalized::new("  Hello\t\n WORLD  ").as_str(),
            "hello world"
        );
        assert_eq!(Normalized::new("").as_str(), "");
    }
}
