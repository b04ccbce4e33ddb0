//! Key-point coverage: which expected points an answer mentions.

use super::hangul;
use super::tokens::{is_apostrophe, starts_word};

/// A key point a good answer should mention, with the terms that count as
/// mentioning it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Point {
    /// The point as shown to the user.
    pub text: String,
    /// Match terms; any one of them covers the point. When there are none
    /// (or all are blank), `text` itself is used as the term.
    pub terms: Vec<String>,
}

/// Whether one key point was covered, and by which term.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PointHit {
    /// The point's text.
    pub text: String,
    /// True when any of its terms appears in the answer.
    pub covered: bool,
    /// The first term (in list order) that matched, as written in the list.
    pub matched: Option<String>,
}

/// An answer prepared once for many [`term_matches`] calls: Unicode
/// lowercase, full-width ASCII folded, apostrophes straightened, decomposed
/// Hangul composed, whitespace runs collapsed to one space.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Normalized {
    spaced: String,
    compact: String,
}

impl Normalized {
    /// Normalises `text` (linear time).
    pub fn new(text: &str) -> Self {
        let spaced = normalize(text);
        let compact = spaced.chars().filter(|&c| c != ' ').collect();
        Normalized { spaced, compact }
    }

    /// The normalised text, words separated by single spaces.
    pub fn as_str(&self) -> &str {
        &self.spaced
    }
}

/// Checks each point against `answer` (normalised once), in order.
pub fn coverage(answer: &str, points: &[Point]) -> Vec<PointHit> {
    let normalized = Normalized::new(answer);
    points.iter().map(|p| check_point(&normalized, p)).collect()
}

fn check_point(answer: &Normalized, point: &Point) -> PointHit {
    let has_terms = point.terms.iter().any(|t| !t.trim().is_empty());
    let fallback = [point.text.clone()];
    let terms: &[String] = if has_terms { &point.terms } else { &fallback };
    let matched = terms.iter().find(|t| term_matches(answer, t)).cloned();
    PointHit {
        text: point.text.clone(),
        covered: matched.is_some(),
        matched,
    }
}

/// True when `term` appears in the answer, case-insensitively.
///
/// A term containing Hangul ignores whitespace on both sides ("재시도"
/// matches "재 시도", "캐시 무효화" matches "캐시무효화"), because Korean
/// spacing varies from writer to writer. Any other term must start a word
/// but may end inside one ("retry" matches "retrying", "io" does not match
/// "ratio"), and its inner spaces match any whitespace. Empty terms never
/// match.
pub fn term_matches(answer: &Normalized, term: &str) -> bool {
    let term = normalize(term);
    if term.is_empty() {
        return false;
    }
    if hangul::has_hangul(&term) {
        let compact: String = term.chars().filter(|&c| c != ' ').collect();
        return answer.compact.contains(&compact);
    }
    find_at_word_start(&answer.spaced, &term)
}

/// Looks for `needle` starting at a word start, trying overlapping
/// positions so a bad first hit cannot hide a good later one.
fn find_at_word_start(haystack: &str, needle: &str) -> bool {
    let mut from = 0;
    while let Some(found) = haystack.get(from..).and_then(|rest| rest.find(needle)) {
        let pos = from + found;
        if starts_word(haystack, pos) {
            return true;
        }
        let step = haystack
            .get(pos..)
            .and_then(|rest| rest.chars().next())
            .map_or(1, char::len_utf8);
        from = pos + step;
    }
    false
}

fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_whitespace() {
            if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
            continue;
        }
        for lower in fold_char(c).to_lowercase() {
            hangul::push_composed(&mut out, lower);
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// Full-width ASCII to ASCII, typographic apostrophes to `'`.
fn fold_char(c: char) -> char {
    if is_apostrophe(c) {
        return '\'';
    }
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => c,
    }
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
            },
            Point {
                text: "Idempotency".into(),
                terms: vec!["idempot".into(), "멱등".into()],
            },
            Point {
                text: "Monitoring".into(),
                terms: vec![],
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
                },
                PointHit {
                    text: "Idempotency".into(),
                    covered: false,
                    matched: None,
                },
                PointHit {
                    text: "Monitoring".into(),
                    covered: true,
                    matched: Some("Monitoring".into()),
                },
            ]
        );
        assert!(coverage("", &points).iter().all(|h| !h.covered));
        assert!(coverage("anything", &[]).is_empty());
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
