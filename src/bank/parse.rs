//! Parsing and validating one bank file. Every error carries the file, line
//! and column, and never echoes control characters.

use std::fmt;

use super::model::{Bank, Origin};
use super::{validate, yaml};
use crate::text;

/// Banks larger than this are refused before parsing.
pub const MAX_BANK_BYTES: usize = 1024 * 1024;

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

/// Parses and validates bank text, stopping at the first problem. `file`
/// names the file in messages; `stem` is the default bank id.
pub fn parse_bank(
    file: &str,
    stem: &str,
    source: &[u8],
    origin: Origin,
) -> Result<Bank, BankError> {
    parse_bank_all(file, stem, source, origin).map_err(|mut e| e.swap_remove(0))
}

/// Parses and validates bank text; `Err` holds every problem found, in
/// file order (never empty).
pub fn parse_bank_all(
    file: &str,
    stem: &str,
    source: &[u8],
    origin: Origin,
) -> Result<Bank, Vec<BankError>> {
    let one = |line, col, m: &str| vec![BankError::at(file, line, col, m)];
    if source.len() > MAX_BANK_BYTES {
        return Err(one(
            1,
            1,
            &format!(
                "the bank is {} bytes; banks over 1 MiB ({MAX_BANK_BYTES} bytes) are refused",
                source.len()
            ),
        ));
    }
    let src = match std::str::from_utf8(source) {
        Ok(s) => s,
        Err(e) => {
            let (line, col) = line_col(source, e.valid_up_to());
            return Err(one(line, col, "the file is not valid UTF-8 text"));
        }
    };
    let src = src.strip_prefix('\u{FEFF}').unwrap_or(src);
    const EMPTY: &str = "the bank is empty; expected a mapping with `role` and `questions`";
    match yaml::load(src) {
        Ok(Some(root)) if !root.is_null() => validate::validate(file, stem, &root, origin),
        Ok(_) => Err(one(1, 1, EMPTY)),
        Err(e) => Err(vec![yaml_error(file, src, e)]),
    }
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

/// A syntax error stops the file: past it the parser cannot say what the
/// rest means. The message says so, with what went wrong in YAML's words.
fn yaml_error(file: &str, source: &str, e: yaml::YamlError) -> BankError {
    let line = source
        .lines()
        .nth(e.at.line.saturating_sub(1))
        .unwrap_or("");
    let at_char = line.chars().nth(e.at.col.saturating_sub(1));
    if at_char == Some('\t') || e.message.contains("tab") {
        // The parser reports just past the tab; point at the tab itself.
        let col = line
            .chars()
            .take(e.at.col)
            .position(|c| c == '\t')
            .map_or(e.at.col, |i| i + 1);
        return BankError::at(
            file,
            e.at.line,
            col,
            "found a tab; YAML indents with spaces, not tabs",
        );
    }
    let message = if e.message.contains("recursion limit") {
        format!(
            "lists and mappings nest deeper than {} levels; a bank needs at most 6",
            yaml::MAX_DEPTH
        )
    } else if e.is_syntax {
        format!(
            "YAML syntax error: {}; the rest of the file was not checked",
            e.message
        )
    } else {
        e.message
    };
    BankError::at(file, e.at.line, e.at.col, message)
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
