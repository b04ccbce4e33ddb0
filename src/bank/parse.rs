//! Parsing and validating one bank file. Every error carries the file, line
//! and column, and never echoes control characters.

use std::cell::RefCell;
use std::collections::HashSet;
use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};

use super::model::{Bank, KeyPoint, Kind, Level, Origin, Question};
use crate::text;

/// Banks larger than this are refused before parsing.
pub const MAX_BANK_BYTES: usize = 1024 * 1024;
/// Longest time limit a question may ask for.
const MAX_TIME_LIMIT: u64 = 60 * 60;

/// A problem with one bank file, pointing at the place in it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct BankError {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for BankError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file, self.line, self.column, self.message
        )
    }
}

impl BankError {
    pub fn at(file: &str, line: usize, column: usize, message: impl Into<String>) -> Self {
        BankError {
            file: text::one_line(file),
            line,
            column,
            message: text::one_line(&message.into()),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBank {
    #[serde(default, deserialize_with = "bank_id")]
    id: Option<String>,
    #[serde(default, deserialize_with = "opt_non_empty")]
    title: Option<String>,
    #[serde(deserialize_with = "slug")]
    role: String,
    #[serde(default, deserialize_with = "language")]
    language: Option<String>,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    defaults: RawDefaults,
    #[serde(deserialize_with = "question_list")]
    questions: Vec<RawQuestion>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawDefaults {
    #[serde(default, deserialize_with = "time_limit")]
    time_limit: Option<u32>,
    #[serde(default)]
    kind: Option<Kind>,
    #[serde(default)]
    level: Option<Level>,
    #[serde(default)]
    tags: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    #[serde(deserialize_with = "question_id")]
    id: String,
    #[serde(deserialize_with = "non_empty")]
    prompt: String,
    #[serde(default)]
    kind: Option<Kind>,
    #[serde(default)]
    level: Option<Level>,
    #[serde(default)]
    tags: Option<Vec<String>>,
    #[serde(default, deserialize_with = "time_limit")]
    time_limit: Option<u32>,
    #[serde(default)]
    key_points: Vec<RawKeyPoint>,
    #[serde(default)]
    follow_ups: Vec<String>,
    #[serde(default)]
    notes: Option<String>,
}

struct RawKeyPoint {
    text: String,
    terms: Option<Vec<String>>,
}

impl<'de> Deserialize<'de> for RawKeyPoint {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawKeyPoint;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a key point: a string, or a mapping with `text` and `match`")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawKeyPoint, E> {
                if v.trim().is_empty() {
                    return Err(E::custom("a key point must not be empty"));
                }
                Ok(RawKeyPoint {
                    text: v.trim().to_string(),
                    terms: None,
                })
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawKeyPoint, A::Error> {
                let mut text = None;
                let mut terms: Option<Vec<String>> = None;
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "text" => text = Some(map.next_value::<String>()?),
                        "match" => terms = Some(map.next_value::<Vec<String>>()?),
                        other => {
                            return Err(de::Error::custom(format!(
                                "unknown key `{}` in a key point, expected `text` or `match`",
                                text::one_line(other)
                            )));
                        }
                    }
                }
                let text = text.ok_or_else(|| de::Error::custom("a key point needs `text`"))?;
                if text.trim().is_empty() {
                    return Err(de::Error::custom("a key point's `text` must not be empty"));
                }
                if terms
                    .as_ref()
                    .is_some_and(|t| t.iter().all(|s| s.trim().is_empty()))
                {
                    return Err(de::Error::custom(
                        "`match` needs at least one non-empty term",
                    ));
                }
                Ok(RawKeyPoint {
                    text: text.trim().to_string(),
                    terms,
                })
            }
        }
        d.deserialize_any(V)
    }
}

struct QuestionList;

impl<'de> Visitor<'de> for QuestionList {
    type Value = Vec<RawQuestion>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list of questions")
    }
    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut out = Vec::new();
        while let Some(q) = seq.next_element()? {
            out.push(q);
        }
        if out.is_empty() {
            return Err(de::Error::custom(
                "`questions` is empty; a bank needs at least one question",
            ));
        }
        Ok(out)
    }
}

fn question_list<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<RawQuestion>, D::Error> {
    d.deserialize_seq(QuestionList)
}

thread_local! {
    /// Question ids seen so far in the bank being parsed, so that a duplicate
    /// is reported at its own line and column.
    static SEEN_IDS: RefCell<HashSet<String>> = RefCell::new(HashSet::new());
}

/// Runs a check inside the scalar's own deserialisation, so that an error
/// carries that scalar's line and column.
struct Checked<F>(F, &'static str);

impl<'de, F: FnOnce(&str) -> Result<String, String>> Visitor<'de> for Checked<F> {
    type Value = String;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.1)
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<String, E> {
        (self.0)(v).map_err(E::custom)
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<String, E> {
        (self.0)(&v.to_string()).map_err(E::custom)
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<String, E> {
        (self.0)(&v.to_string()).map_err(E::custom)
    }
}

fn checked<'de, D: Deserializer<'de>>(
    d: D,
    what: &'static str,
    check: impl FnOnce(&str) -> Result<String, String>,
) -> Result<String, D::Error> {
    d.deserialize_str(Checked(check, what))
}

fn question_id<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    checked(d, "a question id", |id| {
        check_id(id, "question id")?;
        let fresh = SEEN_IDS.with(|s| s.borrow_mut().insert(id.to_string()));
        if !fresh {
            return Err(format!(
                "duplicate question id `{}`: ids must be unique in a bank",
                text::one_line(id)
            ));
        }
        Ok(id.to_string())
    })
}

fn bank_id<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    checked(d, "a bank id", |id| {
        check_id(id, "bank id").map(|_| id.to_string())
    })
    .map(Some)
}

fn check_id(id: &str, what: &str) -> Result<(), String> {
    if id.trim().is_empty() {
        return Err(format!("{what} must not be empty"));
    }
    if id.chars().count() > 100 {
        return Err(format!("{what} is longer than 100 characters"));
    }
    if id
        .chars()
        .any(|c| c.is_whitespace() || text::is_dangerous(c))
    {
        return Err(format!(
            "{what} `{}` must not contain spaces or control characters",
            text::one_line(id)
        ));
    }
    Ok(())
}

fn slug<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    checked(d, "a role slug", |s| {
        let ok = !s.is_empty()
            && s.len() <= 60
            && s.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && !s.starts_with('-');
        if ok {
            Ok(s.to_string())
        } else {
            Err(format!(
                "role `{}` must be a slug: lowercase letters, digits and dashes, like `backend` or `data-engineering`",
                text::one_line(s)
            ))
        }
    })
}

fn language<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    checked(d, "a language code", |s| {
        let (base, rest) = s.split_once('-').unwrap_or((s, ""));
        let ok = (2..=3).contains(&base.len())
            && base.chars().all(|c| c.is_ascii_lowercase())
            && rest.chars().all(|c| c.is_ascii_alphanumeric());
        if ok {
            Ok(s.to_string())
        } else {
            Err(format!(
                "language `{}` must be a language code like `en` or `ko`",
                text::one_line(s)
            ))
        }
    })
    .map(Some)
}

fn non_empty<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    checked(d, "a prompt", |s| {
        if s.trim().is_empty() {
            Err("prompt must not be empty".into())
        } else {
            Ok(s.trim().to_string())
        }
    })
}

fn opt_non_empty<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    checked(d, "a title", |s| {
        if s.trim().is_empty() {
            Err("title must not be empty".into())
        } else {
            Ok(s.trim().to_string())
        }
    })
    .map(Some)
}

const TIME_LIMIT_HELP: &str =
    "time_limit must be seconds or a duration like 90, \"90s\", \"2m\" or \"1m30s\"";

struct TimeLimit;

impl<'de> Visitor<'de> for TimeLimit {
    type Value = u32;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a time limit like 90, \"90s\", \"2m\" or \"1m30s\"")
    }
    fn visit_u64<E: de::Error>(self, n: u64) -> Result<u32, E> {
        if (1..=MAX_TIME_LIMIT).contains(&n) {
            Ok(n as u32)
        } else {
            Err(E::custom(
                "time_limit must be between 1 second and 60 minutes",
            ))
        }
    }
    fn visit_i64<E: de::Error>(self, n: i64) -> Result<u32, E> {
        match u64::try_from(n) {
            Ok(n) => self.visit_u64(n),
            Err(_) => Err(E::custom(
                "time_limit must be between 1 second and 60 minutes",
            )),
        }
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<u32, E> {
        Err(E::custom(TIME_LIMIT_HELP))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<u32, E> {
        match parse_duration(v) {
            Some(n) => self.visit_u64(n),
            None => Err(E::custom(format!(
                "{TIME_LIMIT_HELP}, not `{}`",
                text::one_line(v)
            ))),
        }
    }
}

fn time_limit<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u32>, D::Error> {
    d.deserialize_any(TimeLimit).map(Some)
}

/// Parses "90", "90s", "2m", "1m30s" into seconds.
pub fn parse_duration(text: &str) -> Option<u64> {
    let t = text.trim();
    if t.is_empty() {
        return None;
    }
    if t.bytes().all(|b| b.is_ascii_digit()) {
        return t.parse().ok();
    }
    let (mins, rest) = match t.split_once('m') {
        Some((m, rest)) => (Some(m), rest),
        None => (None, t),
    };
    let secs = match rest {
        "" => None,
        s => Some(s.strip_suffix('s')?),
    };
    let num = |s: &str| -> Option<u64> {
        if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
            None
        } else {
            s.parse().ok()
        }
    };
    let m = match mins {
        Some(m) => num(m)?,
        None => 0,
    };
    let s = match secs {
        Some(s) => num(s)?,
        None if mins.is_some() => 0,
        None => return None,
    };
    m.checked_mul(60)?.checked_add(s)
}

/// Formats seconds as "90s", "2m" or "1m30s".
pub fn format_duration(secs: u32) -> String {
    match (secs / 60, secs % 60) {
        (0, s) => format!("{s}s"),
        (m, 0) => format!("{m}m"),
        (m, s) => format!("{m}m{s}s"),
    }
}

/// Words too common to count when a plain-string key point is matched.
const STOP_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "is", "are", "be", "it",
    "its", "as", "at", "by", "from", "that", "this", "when", "how", "why", "what", "you", "your",
    "not", "no", "can", "do", "does", "vs", "than", "then", "into", "about",
];

/// The significant words of a plain-string key point, used as its match terms.
pub fn significant_words(text: &str) -> Vec<String> {
    let words: Vec<String> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '+' || c == '#'))
        .map(|w| w.trim_matches('-').to_lowercase())
        .filter(|w| !w.is_empty() && !STOP_WORDS.contains(&w.as_str()))
        .collect();
    if words.is_empty() {
        vec![text.trim().to_lowercase()]
    } else {
        words
    }
}

/// Parses and validates bank text. `file` names the file in messages; `stem`
/// is the default bank id.
pub fn parse_bank(
    file: &str,
    stem: &str,
    source: &[u8],
    origin: Origin,
) -> Result<Bank, BankError> {
    if source.len() > MAX_BANK_BYTES {
        return Err(BankError::at(
            file,
            1,
            1,
            format!(
                "the bank is {} bytes; banks over 1 MiB ({MAX_BANK_BYTES} bytes) are refused",
                source.len()
            ),
        ));
    }
    let src = match std::str::from_utf8(source) {
        Ok(s) => s,
        Err(e) => {
            let (line, col) = line_col(source, e.valid_up_to());
            return Err(BankError::at(
                file,
                line,
                col,
                "the file is not valid UTF-8 text",
            ));
        }
    };
    let src = src.strip_prefix('\u{FEFF}').unwrap_or(src);
    if src.trim().is_empty() {
        return Err(BankError::at(
            file,
            1,
            1,
            "the bank is empty; expected a mapping with `role` and `questions`",
        ));
    }
    SEEN_IDS.with(|s| s.borrow_mut().clear());
    let raw: Result<RawBank, _> = serde_yaml::from_str(src);
    SEEN_IDS.with(|s| s.borrow_mut().clear());
    let raw = raw.map_err(|e| yaml_error(file, src, &e))?;
    build(raw, stem, origin).map_err(|m| BankError::at(file, 1, 1, m))
}

fn line_col(source: &[u8], offset: usize) -> (usize, usize) {
    let before = &source[..offset.min(source.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    let col = String::from_utf8_lossy(&before[start..]).chars().count() + 1;
    (line, col)
}

fn yaml_error(file: &str, source: &str, e: &serde_yaml::Error) -> BankError {
    let full = e.to_string();
    let (mut line, mut column) = e.location().map_or((1, 1), |l| (l.line(), l.column()));
    let mut message = match full.rfind(" at line ") {
        Some(i) => full[..i].to_string(),
        None => full,
    };
    // Reader errors (bad characters) carry a byte position instead of a line.
    if let Some(i) = message.rfind(" at position ")
        && let Ok(pos) = message[i + 13..].trim().parse::<usize>()
    {
        (line, column) = line_col(source.as_bytes(), pos);
        message.truncate(i);
    }
    let message = message
        .replace("RawBank", "bank")
        .replace("RawQuestion", "question");
    let at_char = source
        .lines()
        .nth(line.saturating_sub(1))
        .and_then(|l| l.chars().nth(column.saturating_sub(1)));
    if at_char == Some('\t') {
        return BankError::at(
            file,
            line,
            column,
            "found a tab; YAML indents with spaces, not tabs",
        );
    }
    BankError::at(file, line, column, explain(&message))
}

/// Adds what was expected to serde's terser messages.
fn explain(message: &str) -> String {
    if message.contains("unknown field") {
        return message
            .replace("unknown field", "unknown key")
            .replace("expected one of", "expected one of the keys");
    }
    if message.contains("unknown variant")
        && (message.contains("kind") || message.contains("technical"))
    {
        return format!(
            "{message} (kind is one of technical, behavioral, experience, intro, closing)"
        );
    }
    if message.contains("missing field `role`") {
        return "missing key `role`: every bank names the role it serves, like `role: backend`"
            .into();
    }
    if message.contains("missing field `questions`") {
        return "missing key `questions`: a bank needs a list of questions".into();
    }
    message.replace("missing field", "missing key")
}

fn build(raw: RawBank, stem: &str, origin: Origin) -> Result<Bank, String> {
    let id = match raw.id {
        Some(id) => id,
        None => {
            check_id(stem, "bank id (from the file name)")?;
            stem.to_string()
        }
    };
    let defaults = raw.defaults;
    let questions = raw
        .questions
        .into_iter()
        .map(|q| Question {
            id: q.id,
            prompt: text::sanitize(&q.prompt, true),
            kind: q.kind.or(defaults.kind).unwrap_or(Kind::Technical),
            level: q.level.or(defaults.level),
            tags: q
                .tags
                .unwrap_or_else(|| defaults.tags.clone())
                .iter()
                .map(|t| text::one_line(t.trim()))
                .filter(|t| !t.is_empty())
                .collect(),
            time_limit: q.time_limit.or(defaults.time_limit).unwrap_or(120),
            key_points: q
                .key_points
                .into_iter()
                .map(|k| {
                    let explicit = k.terms.is_some();
                    let terms = match k.terms {
                        Some(t) => t
                            .iter()
                            .map(|s| text::one_line(s.trim()))
                            .filter(|s| !s.is_empty())
                            .collect(),
                        None => significant_words(&k.text),
                    };
                    KeyPoint {
                        text: text::one_line(&k.text),
                        terms,
                        explicit,
                    }
                })
                .collect(),
            follow_ups: q
                .follow_ups
                .iter()
                .map(|f| text::sanitize(f.trim(), true))
                .filter(|f| !f.is_empty())
                .collect(),
            notes: q
                .notes
                .map(|n| text::sanitize(n.trim(), true))
                .filter(|n| !n.is_empty()),
        })
        .collect();
    Ok(Bank {
        title: text::one_line(raw.title.as_deref().unwrap_or(&id)),
        id,
        role: raw.role,
        language: raw.language.unwrap_or_else(|| "en".into()),
        description: raw
            .description
            .map(|d| text::one_line(d.trim()))
            .filter(|d| !d.is_empty()),
        questions,
        origin,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        let cases = [
            ("90", Some(90)),
            ("90s", Some(90)),
            ("2m", Some(120)),
            ("1m30s", Some(90)),
            ("0m5s", Some(5)),
            ("soon", None),
            ("", None),
            ("m", None),
            ("1h", None),
            ("1m30", None),
            ("s", None),
            ("-5", None),
            ("1.5m", None),
        ];
        for (input, want) in cases {
            assert_eq!(parse_duration(input), want, "{input}");
        }
        assert_eq!(format_duration(90), "1m30s");
        assert_eq!(format_duration(120), "2m");
        assert_eq!(format_duration(45), "45s");
    }

    #[test]
    fn plain_key_point_words() {
        assert_eq!(
            significant_words("Same effect when repeated"),
            ["same", "effect", "repeated"]
        );
        assert_eq!(significant_words("재시도 안전"), ["재시도", "안전"]);
    }
}
