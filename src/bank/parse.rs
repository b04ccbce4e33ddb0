//! Parsing and validating one bank file. Every error carries the file, line
//! and column, and never echoes control characters.

use super::model::{Bank, BankError, Origin};
use super::{validate, yaml};

/// Banks (and stories) larger than this are refused before parsing.
pub const MAX_BANK_BYTES: usize = 1024 * 1024;

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
    match read_document(file, source, yaml::BANK)? {
        Some(root) => validate::validate(file, stem, &root, origin).map(|mut bank| {
            bank.shrink_to_fit();
            bank
        }),
        None => Err(vec![BankError::at(file, 1, 1, crate::t!("bank-empty"))]),
    }
}

/// The YAML tree of one document of the kind `doc` names (a bank, a story):
/// refused over 1 MiB before parsing, invalid UTF-8 and syntax errors
/// located. `Ok(None)` for an empty (or null) document.
pub(crate) fn read_document(
    file: &str,
    source: &[u8],
    doc: yaml::Doc,
) -> Result<Option<yaml::Node>, Vec<BankError>> {
    let one = |line, col, m: &str| vec![BankError::at(file, line, col, m)];
    if source.len() > MAX_BANK_BYTES {
        return Err(one(
            1,
            1,
            &crate::t!(
                "bank-document-too-big",
                doc = doc.name,
                size = source.len(),
                max = MAX_BANK_BYTES
            ),
        ));
    }
    let src = match std::str::from_utf8(source) {
        Ok(s) => s,
        Err(e) => {
            let (line, col) = line_col(source, e.valid_up_to());
            return Err(one(line, col, &crate::t!("bank-not-utf8")));
        }
    };
    let src = src.strip_prefix('\u{FEFF}').unwrap_or(src);
    match yaml::load_as(src, doc) {
        Ok(Some(root)) if !root.is_null() => Ok(Some(root)),
        Ok(_) => Ok(None),
        Err(e) => Err(vec![yaml_error(file, src, e, doc)]),
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
fn yaml_error(file: &str, source: &str, e: yaml::YamlError, doc: yaml::Doc) -> BankError {
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
        return BankError::at(file, e.at.line, col, crate::t!("bank-yaml-tab"));
    }
    let message = if e.message.contains("recursion limit") {
        doc.too_deep()
    } else if e.is_syntax {
        crate::t!("bank-yaml-syntax", reason = e.message)
    } else {
        e.message
    };
    BankError::at(file, e.at.line, e.at.col, message)
}
