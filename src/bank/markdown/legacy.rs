//! The old `import_markdown` (bank text and report from one call), kept on
//! top of [`super::read`] only so that `rehearse banks import` works until
//! `bank::write` (issue 14, part W) replaces it; delete it then.

use std::fmt::Write as _;

use crate::text::is_dangerous;

/// The result of an import: the bank text and what was taken or skipped.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub yaml: String,
    pub taken: Vec<TakenQuestion>,
    pub skipped: Vec<Skipped>,
}

/// A question written to the bank, with its 1-based source line.
#[derive(Debug, Clone, PartialEq)]
pub struct TakenQuestion {
    pub line: usize,
    pub id: String,
    pub prompt: String,
    pub has_notes: bool,
}

/// A block that did not become a question, its reason in words.
#[derive(Debug, Clone, PartialEq)]
pub struct Skipped {
    pub line: usize,
    pub text: String,
    pub reason: String,
}

/// Imports `markdown` as a bank with the given id, title, role and language.
pub fn import_markdown(
    markdown: &str,
    bank_id: &str,
    title: &str,
    role: &str,
    lang: &str,
) -> Imported {
    let read = super::read(markdown);
    let yaml = render(bank_id, title, role, lang, &read.taken);
    let mut skipped: Vec<Skipped> = read
        .skipped
        .iter()
        .map(|s| Skipped {
            line: s.line,
            text: s.text.clone(),
            reason: super::reason_text(s.reason),
        })
        .collect();
    skipped.extend(read.merged.iter().map(|m| Skipped {
        line: m.line,
        text: m.prompt.clone(),
        reason: super::reason_text(crate::bank::imported::Reason::Duplicate),
    }));
    skipped.sort_by_key(|s| s.line);
    let taken = read
        .taken
        .iter()
        .map(|t| TakenQuestion {
            line: t.line,
            id: t.question.id.clone(),
            prompt: t.question.prompt.clone(),
            has_notes: t.question.notes.is_some(),
        })
        .collect();
    Imported {
        yaml,
        taken,
        skipped,
    }
}

fn defaults_for(role: &str) -> (&'static str, &'static str) {
    match role.trim() {
        "behavioral" => ("behavioral", "3m"),
        "intro" => ("intro", "90s"),
        "project-experience" => ("experience", "3m"),
        "closing" => ("closing", "90s"),
        _ => ("technical", "2m"),
    }
}

fn needs_escape(c: char) -> bool {
    is_dangerous(c) || matches!(c, '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// A YAML double-quoted scalar.
fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\u{85}' => out.push_str("\\N"),
            '\u{2028}' => out.push_str("\\L"),
            '\u{2029}' => out.push_str("\\P"),
            c if needs_escape(c) => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A plain scalar for a simple slug, else a quoted one.
fn plain_or_quoted(s: &str) -> String {
    let simple = s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !matches!(
            s,
            "y" | "n" | "yes" | "no" | "on" | "off" | "true" | "false" | "null"
        );
    if simple { s.to_string() } else { quoted(s) }
}

/// Multi-line notes as a literal block when that is safe, else quoted.
fn notes_value(notes: &str, indent: &str) -> String {
    let literal = notes.contains('\n')
        && !notes.starts_with([' ', '\n'])
        && !notes.chars().any(|c| c != '\n' && needs_escape(c))
        && !notes.split('\n').any(|l| l.ends_with([' ', '\t']));
    if !literal {
        return quoted(notes);
    }
    let mut out = String::from("|-");
    for l in notes.split('\n') {
        out.push('\n');
        if !l.is_empty() {
            out.push_str(indent);
            out.push_str(l);
        }
    }
    out
}

fn render(
    bank_id: &str,
    title: &str,
    role: &str,
    lang: &str,
    taken: &[crate::bank::imported::Taken],
) -> String {
    let (kind, time_limit) = defaults_for(role);
    let mut y = String::new();
    y.push_str("# Imported from Markdown by rehearse banks import\n");
    y.push_str("# Review the prompts, then add key_points to each question: what a\n");
    y.push_str("# strong answer covers (see `rehearse banks new` for the format).\n");
    y.push_str("# Check it with: rehearse banks validate THIS_FILE\n");
    let _ = writeln!(y, "id: {}", plain_or_quoted(bank_id));
    let _ = writeln!(y, "title: {}", quoted(title));
    let _ = writeln!(y, "role: {}", plain_or_quoted(role));
    let _ = writeln!(y, "language: {}", plain_or_quoted(lang));
    let _ = writeln!(y, "description: {}", quoted("Imported from Markdown."));
    y.push_str("defaults:\n");
    let _ = writeln!(y, "  time_limit: {time_limit}");
    let _ = writeln!(y, "  kind: {kind}");
    if taken.is_empty() {
        y.push_str("questions: []\n");
        return y;
    }
    y.push_str("questions:\n");
    for (n, t) in taken.iter().enumerate() {
        let d = &t.question;
        if n > 0 {
            y.push('\n');
        }
        let _ = writeln!(y, "  - id: {}", plain_or_quoted(&d.id));
        let _ = writeln!(y, "    prompt: {}", quoted(&d.prompt));
        if !d.tags.is_empty() {
            let tags: Vec<String> = d.tags.iter().map(|t| quoted(t)).collect();
            let _ = writeln!(y, "    tags: [{}]", tags.join(", "));
        }
        if let Some(note) = &d.notes {
            let _ = writeln!(y, "    notes: {}", notes_value(note, "      "));
        }
    }
    y
}
