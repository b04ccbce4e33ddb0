//! Text as it goes into a bank: control characters and terminal escape
//! sequences (and their leftovers, `[31m`) removed, whitespace collapsed.

use crate::text::is_dangerous;

/// Removes `ESC [ … letter` and bare `[31m`/`[0;1m` leftovers, and every
/// control or bidi-override character but `\n`.
fn strip_escapes(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let esc = c == '\u{1b}';
        let at = if esc { i + 1 } else { i };
        if chars.get(at) == Some(&'[') {
            let mut j = at + 1;
            while j < chars.len() && (chars[j].is_ascii_digit() || chars[j] == ';') {
                j += 1;
            }
            let sgr = chars.get(j) == Some(&'m') && j > at + 1;
            let csi = esc && chars.get(j).is_some_and(|c| c.is_ascii_alphabetic());
            if sgr || csi {
                i = j + 1;
                continue;
            }
        }
        if esc {
            i += 1;
            continue;
        }
        if c == '\n' || c == '\t' || matches!(c, '\u{85}' | '\u{2028}' | '\u{2029}') {
            out.push(if c == '\n' { '\n' } else { ' ' });
        } else if !is_dangerous(c) {
            out.push(c);
        }
        i += 1;
    }
    out
}

/// One line: escapes removed, runs of whitespace (newlines too) made one
/// space, trimmed.
pub(super) fn clean(s: &str) -> String {
    let s = strip_escapes(s);
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Several lines: each cleaned, empty ones dropped.
pub(super) fn clean_lines(s: &str) -> Vec<String> {
    s.split('\n').map(clean).filter(|l| !l.is_empty()).collect()
}

/// Code as it goes into notes: escapes removed, line structure kept,
/// trailing blank lines dropped.
pub(super) fn clean_code(s: &str) -> String {
    strip_escapes(s)
        .split('\n')
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n")
        .trim_end()
        .to_string()
}
