//! Match terms that are likely to be wrong: they fire where the answer does
//! not make the point, or cannot fire where it does. Each warning points at
//! the term in the bank file (file:line:col).
//!
//! Matching is judged with the feedback engine's own matcher
//! ([`term_matches`]), so a warning says what the feedback would really do.

use std::fmt;
use std::path::Path;

use super::yaml::{self, Node, Pos, Value};
use super::{Bank, BankError, Origin, parse_bank_all, read_bank_file, significant_words};
use crate::feedback::{Normalized, term_matches};
use crate::text;

/// Common words in which a short term would match by accident, one a line
/// in `lint_words/`. English
/// terms must start a word to match, so only words a term can begin are
/// useful here ("pr" in "process"); Hangul terms match anywhere ("락" in
/// "연락"), so the Korean list holds everyday nouns and verb stems.
const COMMON_EN: &str = include_str!("lint_words/common-en.txt");

const COMMON_KO: &str = include_str!("lint_words/common-ko.txt");

/// Words that say nothing about the point on their own (one a line): a key point whose
/// every term is one of these is covered by almost any answer.
const GENERIC: &str = include_str!("lint_words/generic.txt");

/// Particles a term may end in by mistake ("RDS를" misses "RDS에"). After
/// a Latin word or a number each of them is a particle; after Hangul most
/// are also endings or part of set phrases (맡은, 실제로, 동시에, 다음부터),
/// so there only the case particles in [`HANGUL_PARTICLES`] are flagged.
const PARTICLES: &[&str] = &[
    "에서", "으로", "에게", "까지", "부터", "처럼", "보다", "이나", "한테", "을", "를", "은", "는",
    "이", "가", "의", "와", "과", "로", "에", "도", "만",
];

/// Case particles flagged after a Hangul stem of two syllables or more,
/// when the stem's final consonant agrees with the particle's form (so
/// 차이, 평가 and 결과 are nouns, 원인이 and 브라우저가 are not).
const HANGUL_PARTICLES: &[&str] = &["에서", "을", "를", "이", "가"];

/// Words that end like a particle but are whole words.
const NOT_PARTICLES: &[&str] = &["오메가", "빅오메가", "올라가", "내려가", "가져가", "눈높이"];

/// One risky match term, where it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LintWarning {
    pub file: String,
    pub at: Pos,
    pub question: String,
    pub term: String,
    pub message: String,
}

impl fmt::Display for LintWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let warning = crate::t!(
            "bank-lint-warning",
            question = text::one_line(&self.question),
            term = text::one_line(&self.term),
            message = &self.message
        );
        write!(
            f,
            "{}:{}:{}: {warning}",
            self.file, self.at.line, self.at.col
        )
    }
}

/// Loads a bank file and lints it; `Err` holds its validation errors.
pub fn lint_file(path: &Path, origin: Origin) -> Result<(Bank, Vec<LintWarning>), Vec<BankError>> {
    let bytes = read_bank_file(path).map_err(|e| vec![e])?;
    let file = path.display().to_string();
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let bank = parse_bank_all(&file, &stem, &bytes, origin)?;
    let warnings = lint_source(&file, &bank, &bytes);
    Ok((bank, warnings))
}

/// The warnings for `bank`, which was parsed from `source` (named `file`).
pub fn lint_source(file: &str, bank: &Bank, source: &[u8]) -> Vec<LintWarning> {
    let Ok(src) = std::str::from_utf8(source) else {
        return Vec::new();
    };
    let src = src.strip_prefix('\u{FEFF}').unwrap_or(src);
    let Ok(Some(root)) = yaml::load(src) else {
        return Vec::new();
    };
    let lines: Vec<&str> = src.lines().collect();
    let common = Common::new(&bank.language);
    let mut out = Vec::new();
    let Some(Value::Seq(questions)) = get(&root, "questions").map(|n| &n.value) else {
        return out;
    };
    // A bank that validated has every question, in file order.
    for (node, q) in questions.iter().zip(&bank.questions) {
        let prompt = Normalized::new(&q.prompt);
        let points = match get(node, "key_points").map(|n| &n.value) {
            Some(Value::Seq(points)) => points.as_slice(),
            _ => &[],
        };
        let follow_ups = match get(node, "follow_ups").map(|n| &n.value) {
            Some(Value::Seq(f)) => f.as_slice(),
            _ => &[],
        };
        // A follow-up's condition terms are matched like key-point terms,
        // so they carry the same risks.
        // Each list with the key point's text (a negative point may be
        // covered by a negated mention); a follow-up's terms have none.
        let term_lists = points
            .iter()
            .map(|p| (point_text(p), point_terms(p, &lines)))
            .chain(
                follow_ups
                    .iter()
                    .flat_map(|f| {
                        [
                            listed_terms(f, "if_mentions"),
                            listed_terms(f, "if_missing"),
                        ]
                    })
                    .filter(|t| !t.is_empty())
                    .map(|t| (String::new(), t)),
            );
        for (point, terms) in term_lists {
            let all_generic = !terms.is_empty()
                && terms
                    .iter()
                    .all(|(t, _)| GENERIC.lines().any(|g| g == t.to_lowercase()));
            for (term, at) in &terms {
                let mut warn = |message: String| {
                    out.push(LintWarning {
                        file: text::one_line(file),
                        at: *at,
                        question: q.id.to_string(),
                        term: term.clone(),
                        message,
                    })
                };
                for m in term_problems(term, &point, &prompt, &common) {
                    warn(m);
                }
                if all_generic {
                    warn(crate::t!("bank-lint-generic"));
                }
            }
        }
    }
    out
}

/// What is wrong with one term, one sentence each.
fn term_problems(term: &str, point: &str, prompt: &Normalized, common: &Common) -> Vec<String> {
    let mut out = Vec::new();
    let compact: Vec<char> = term.chars().filter(|c| !c.is_whitespace()).collect();
    if compact.len() == 1 && compact.iter().all(|&c| is_syllable(c)) {
        out.push(crate::t!("bank-lint-one-syllable"));
    }
    if let Some(p) = trailing_particle(term) {
        out.push(crate::t!("bank-lint-particle", particle = p));
    }
    let inside = common.containing(term);
    if !inside.is_empty() {
        out.push(crate::t!(
            "bank-lint-inside-common-words",
            words = inside.join(", ")
        ));
    }
    // A term that is itself a negation ("not encrypted", "no tests",
    // 복사하지 않) reads as negated wherever it appears, and a negated
    // mention never counts.
    let alone = crate::feedback::coverage(
        term,
        &[crate::feedback::Point {
            text: point.to_string(),
            terms: vec![term.to_string()],
            talking: false,
        }],
    );
    // (Korean 안 is also "inside": "파티션 안에서" is no negation.)
    let ambiguous = term.split_whitespace().any(|w| w == "안");
    if !ambiguous && alone.first().is_some_and(|h| h.negated.is_some()) {
        out.push(crate::t!("bank-lint-negation"));
    }
    if term_matches(prompt, term) {
        out.push(crate::t!("bank-lint-in-prompt"));
    }
    out
}

/// The particle `term` ends in, when it clearly ends in one.
fn trailing_particle(term: &str) -> Option<&'static str> {
    let last = term.split_whitespace().last()?;
    if NOT_PARTICLES.contains(&last) {
        return None;
    }
    // Longest first, so "에서" wins over "서" and "으로" over "로".
    let mut candidates: Vec<&'static str> = PARTICLES
        .iter()
        .copied()
        .filter(|p| last.ends_with(p) && last.len() > p.len())
        .collect();
    candidates.sort_by_key(|p| std::cmp::Reverse(p.len()));
    let p = *candidates.first()?;
    let stem: Vec<char> = last[..last.len() - p.len()].chars().collect();
    let before = *stem.last()?;
    if !is_syllable(before) {
        return before.is_alphanumeric().then_some(p);
    }
    if stem.len() < 2 || !HANGUL_PARTICLES.contains(&p) {
        return None;
    }
    // "기다렸다가": the ending -다가, not the particle 가.
    if p == "가" && before == '다' {
        return None;
    }
    let batchim = (before as u32 - 0xAC00) % 28;
    let agrees = match p {
        "이" | "을" => batchim != 0,
        "가" | "를" => batchim == 0,
        _ => true,
    };
    agrees.then_some(p)
}

fn is_syllable(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}

/// The common words of the bank's language, prepared for matching.
struct Common {
    words: Vec<(&'static str, Normalized)>,
}

impl Common {
    fn new(language: &str) -> Self {
        let list = if language == "ko" {
            COMMON_KO
        } else {
            COMMON_EN
        };
        Common {
            words: list
                .lines()
                .filter(|w| !w.trim().is_empty())
                .map(|w| (w, Normalized::new(w)))
                .collect(),
        }
    }

    /// The common words `term` matches inside of, not counting forms of the
    /// term itself (words that match it both ways, as "results" and
    /// "result" do through their stem).
    fn containing(&self, term: &str) -> Vec<&'static str> {
        let as_text = Normalized::new(term);
        self.words
            .iter()
            .filter(|(w, n)| term_matches(n, term) && !term_matches(&as_text, w))
            .map(|(w, _)| *w)
            .take(3)
            .collect()
    }
}

fn get<'n>(node: &'n Node, key: &str) -> Option<&'n Node> {
    match &node.value {
        Value::Map(entries) => entries
            .iter()
            .find(|(k, _)| matches!(&k.value, Value::Scalar { text, .. } if text == key))
            .map(|(_, v)| v),
        _ => None,
    }
}

/// A key point's terms with where each is written: the `match:` entries,
/// or the significant words of a plain-string point (found on its line).
fn point_terms(point: &Node, lines: &[&str]) -> Vec<(String, Pos)> {
    match &point.value {
        Value::Scalar { text, .. } => significant_words(text)
            .into_iter()
            .map(|w| {
                let at = find_on_line(lines, point.at, &w);
                (w, at)
            })
            .collect(),
        Value::Map(_) => listed_terms(point, "match"),
        Value::Seq(_) => Vec::new(),
    }
}

/// A key point's text: the string itself, or its `text`.
fn point_text(point: &Node) -> String {
    match &point.value {
        Value::Scalar { text, .. } => text.clone(),
        Value::Map(_) => match get(point, "text").map(|t| &t.value) {
            Some(Value::Scalar { text, .. }) => text.clone(),
            _ => String::new(),
        },
        Value::Seq(_) => String::new(),
    }
}

/// The terms listed under `key` of a mapping, with where each is written.
fn listed_terms(node: &Node, key: &str) -> Vec<(String, Pos)> {
    match get(node, key).map(|m| &m.value) {
        Some(Value::Seq(terms)) => terms
            .iter()
            .filter_map(|t| match &t.value {
                Value::Scalar { text, .. } if !text.trim().is_empty() => {
                    Some((text::one_line(text.trim()), t.at))
                }
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// Where `word` is on the line of `start`, at or after it; `start` when it
/// is not there (a scalar folded over several lines).
fn find_on_line(lines: &[&str], start: Pos, word: &str) -> Pos {
    let Some(line) = lines.get(start.line.saturating_sub(1)) else {
        return start;
    };
    let offsets: Vec<usize> = line.char_indices().map(|(i, _)| i).collect();
    offsets
        .iter()
        .enumerate()
        .skip(start.col.saturating_sub(1))
        .find(|(_, i)| line[**i..].to_lowercase().starts_with(word))
        .map_or(start, |(n, _)| Pos {
            line: start.line,
            col: n + 1,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lint(yaml: &str) -> Vec<String> {
        let bank =
            super::super::parse_bank("t.yaml", "t", yaml.as_bytes(), Origin::Bundled("t".into()))
                .unwrap();
        lint_source("t.yaml", &bank, yaml.as_bytes())
            .iter()
            .map(|w| w.to_string())
            .collect()
    }

    fn bank(lang: &str, prompt: &str, terms: &str) -> String {
        format!(
            "role: r\nlanguage: {lang}\nquestions:\n  - id: q\n    prompt: {prompt}\n    key_points:\n      - text: point\n        match: [{terms}]\n"
        )
    }

    #[test]
    fn risky_terms_are_named_at_their_place() {
        // (language, prompt, terms, a warning must contain, how many warnings)
        let cases: &[(&str, &str, &str, &str, usize)] = &[
            ("ko", "질문입니다", "목", "one-syllable", 2),
            (
                "ko",
                "질문입니다",
                "목",
                // The engine keeps 목 out of 목표 and 목록; 목적 it still
                // reads as 목 + an ending, which is what the lint is for.
                "common words (목적)",
                2,
            ),
            // The engine no longer finds 락 in 연락: only its length is warned of.
            ("ko", "질문입니다", "락", "one-syllable", 1),
            ("ko", "질문입니다", "RDS를", "particle `를`", 1),
            ("ko", "질문입니다", "GET으로", "particle `으로`", 1),
            ("ko", "질문입니다", "redis가", "particle `가`", 1),
            ("ko", "질문입니다", "이유를 설명", "", 0),
            ("ko", "질문입니다", "결과, 개선", "generic", 2),
            (
                "ko",
                "캐시를 설명해 주세요",
                "캐시 무효화, 캐시",
                "prompt",
                1,
            ),
            ("en", "What is a PR?", "pr", "practice", 2),
            ("en", "Explain queues", "users", "generic", 1),
            ("en", "Explain queues", "io", "", 0),
            ("en", "Explain queues", "users, fan-out", "", 0),
        ];
        for &(lang, prompt, terms, want, n) in cases {
            let got = lint(&bank(lang, prompt, terms));
            assert_eq!(got.len(), n, "{terms}: {got:#?}");
            assert!(
                got.iter().any(|w| w.contains(want)) || n == 0,
                "{terms}: {got:#?}"
            );
        }
        let got = lint(&bank("ko", "질문", "캐시, 목"));
        assert!(
            got[0].starts_with("t.yaml:8:21: warning: question `q`, term `목`"),
            "{got:#?}"
        );
    }

    #[test]
    fn nouns_that_end_like_particles_are_not_flagged() {
        for term in [
            "차이",
            "평가",
            "정의",
            "결과",
            "경로",
            "재시도",
            "정확도",
            "회의",
        ] {
            assert_eq!(trailing_particle(term), None, "{term}");
        }
        assert_eq!(trailing_particle("데이터베이스에서"), Some("에서"));
        assert_eq!(trailing_particle("원인이"), Some("이"));
        for phrase in [
            "맡은",
            "실제로",
            "동시에",
            "다음부터",
            "커밋되지 않은",
            "오메가",
        ] {
            assert_eq!(trailing_particle(phrase), None, "{phrase}");
        }
        assert_eq!(trailing_particle("post는"), Some("는"));
    }

    #[test]
    fn a_negated_term_is_named_because_it_can_never_count() {
        for (lang, term) in [
            ("en", "not encrypted"),
            ("en", "no tests"),
            ("ko", "복사하지 않"),
        ] {
            let got = lint(&bank(lang, "Explain", term));
            assert!(
                got.iter().any(|w| w.contains("itself a negation")),
                "{term}: {got:#?}"
            );
        }
        for (lang, term) in [("en", "plain text"), ("ko", "평문"), ("en", "notification")] {
            let got = lint(&bank(lang, "Explain", term));
            assert!(
                got.iter().all(|w| !w.contains("itself a negation")),
                "{term}: {got:#?}"
            );
        }
    }

    #[test]
    fn follow_up_condition_terms_are_linted_where_they_are_written() {
        let yaml = "role: r\nlanguage: ko\nquestions:\n  - id: q\n    prompt: 설명해 주세요\n    follow_ups:\n      - 평범한 질문?\n      - ask: 락은요?\n        if_mentions: [락, 분산 락]\n      - ask: 재시도는요?\n        if_missing: [재시도를]\n";
        let got = lint(yaml);
        assert_eq!(got.len(), 2, "{got:#?}");
        assert!(got[0].starts_with("t.yaml:9:23:"), "{got:#?}");
        assert!(got[1].starts_with("t.yaml:11:22:"), "{got:#?}");
    }

    #[test]
    fn plain_key_point_words_point_at_the_word() {
        let yaml = "role: r\nlanguage: en\nquestions:\n  - id: q\n    prompt: Explain\n    key_points:\n      - better results for users\n";
        let got = lint(yaml);
        assert!(got.is_empty(), "{got:#?}");
        let yaml = yaml.replace("better results for users", "results for users");
        let got = lint(&yaml);
        assert_eq!(got.len(), 2, "{got:#?}");
        assert!(got[1].starts_with("t.yaml:7:21:"), "{got:#?}");
    }
}

#[cfg(test)]
mod bundled {
    use super::*;

    /// The bundled banks lint clean: a new risky term fails this test.
    #[test]
    fn bundled_banks_lint_clean() {
        let mut all = Vec::new();
        for (path, bytes) in super::super::bundled_files() {
            let file = format!("question-banks/{path}");
            let stem = Path::new(&path)
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let bank = parse_bank_all(&file, &stem, bytes, Origin::Bundled(path.clone()))
                .unwrap_or_else(|e| panic!("{file} does not validate: {e:?}"));
            all.extend(lint_source(&file, &bank, bytes));
        }
        let listed: Vec<String> = all.iter().map(|w| w.to_string()).collect();
        assert!(
            all.is_empty(),
            "{} warnings in the bundled banks:\n{}",
            all.len(),
            listed.join("\n")
        );
    }
}
