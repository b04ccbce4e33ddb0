//! Writing banks: the questions an import found, serialized from views of
//! the same [`Bank`] and [`Question`] the loader builds (one schema), under
//! a comment header, read back by the loader before anything reaches the
//! disk, and split into several banks when one would pass
//! [`MAX_BANK_BYTES`].

use std::path::{Path, PathBuf};

use super::model::{
    AskWhen, Bank, BankError, CompactString, DEFAULT_TIME_LIMIT, FollowUp, KeyPoint, Kind, Level,
    Origin, Question,
};
use super::parse::{MAX_BANK_BYTES, parse_bank};
use crate::text;

/// What the written banks are: id, title, role and language, and the
/// document they came from (named in the header).
#[derive(Debug, Clone)]
pub struct Meta<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub role: &'a str,
    pub language: &'a str,
    pub source: &'a str,
}

/// One bank file ready to write: where, what it holds, and its text.
#[derive(Debug, Clone)]
pub struct Written {
    pub path: PathBuf,
    pub bank: Bank,
    pub text: String,
}

/// The banks for `questions`, to be written at `out`: one, or, when one
/// would pass [`MAX_BANK_BYTES`], several beside it (`<stem>-1.yaml`,
/// `-2`…, bank ids `<id>-1`…). Each is read back by the loader and must
/// give the same questions; `Err` names the file and what went wrong.
pub fn banks(meta: &Meta, questions: &[Question], out: &Path) -> Result<Vec<Written>, BankError> {
    let questions: Vec<Question> = questions.iter().map(as_loaded).collect();
    let one = bank(meta, meta.id, meta.title, questions.clone());
    let text = render(&one, meta.source, out)?;
    if text.len() <= MAX_BANK_BYTES {
        return Ok(vec![checked(out, one, text)?]);
    }
    let parts = split(meta, &questions, out)?;
    let count = parts.len();
    parts
        .into_iter()
        .enumerate()
        .map(|(i, qs)| {
            let n = i + 1;
            let path = numbered(out, n);
            let id = format!("{}-{n}", meta.id);
            let title = format!("{} ({n}/{count})", meta.title);
            let b = bank(meta, &id, &title, qs);
            let text = render(&b, meta.source, &path)?;
            if text.len() > MAX_BANK_BYTES {
                return Err(too_big(&path, text.len()));
            }
            checked(&path, b, text)
        })
        .collect()
}

/// `DIR/name.yaml` → `DIR/name-N.yaml`.
pub fn numbered(out: &Path, n: usize) -> PathBuf {
    let stem = out
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    out.with_file_name(format!("{stem}-{n}.yaml"))
}

fn bank(meta: &Meta, id: &str, title: &str, questions: Vec<Question>) -> Bank {
    Bank {
        id: id.to_string(),
        title: text::one_line(title.trim()),
        role: meta.role.to_string(),
        language: meta.language.to_string(),
        description: None,
        questions,
        origin: Origin::CommandLine(PathBuf::new()),
    }
}

/// The question as the loader would give it back: prompt and notes
/// trimmed and free of control characters, tags on one line, no empty ones.
fn as_loaded(q: &Question) -> Question {
    Question {
        prompt: text::sanitize(q.prompt.trim(), true),
        tags: q
            .tags
            .iter()
            .map(|t| text::one_line(t.trim()).into())
            .filter(|t: &CompactString| !t.is_empty())
            .collect(),
        notes: q
            .notes
            .as_deref()
            .map(|n| text::sanitize(n.trim(), true))
            .filter(|n| !n.is_empty()),
        ..q.clone()
    }
}

/// The bank's text: a comment header (no date or path, so the same
/// document gives the same file wherever it goes), then the bank; `path`
/// names the file in an error.
fn render(bank: &Bank, source: &str, path: &Path) -> Result<String, BankError> {
    let body = serde_yaml::to_string(&BankFormat::of(bank)).map_err(|e| {
        BankError::at(
            &path.display().to_string(),
            1,
            1,
            crate::t!("cli-import-bank-unwritable", reason = e.to_string()),
        )
    })?;
    let name = Path::new(source)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| source.to_string());
    Ok(format!(
        "# Imported from {} by `rehearse banks import`.\n\
         # Check each prompt, and each kind (behavioral and experience answers are\n\
         # checked for STAR), then add key_points to each question: what a strong\n\
         # answer covers (`rehearse banks new` writes an example of every field).\n\
         # Then check it: rehearse banks validate FILE\n{body}",
        text::one_line(&name),
    ))
}

/// Reads `text` back with the loader and compares what it gives with what
/// was meant.
fn checked(path: &Path, bank: Bank, text: String) -> Result<Written, BankError> {
    let shown = path.display().to_string();
    let stem = bank.id.clone();
    let back = parse_bank(
        &shown,
        &stem,
        text.as_bytes(),
        Origin::CommandLine(path.to_path_buf()),
    )?;
    let differs = |what: &str| {
        BankError::at(
            &shown,
            1,
            1,
            crate::t!("cli-import-bank-reads-back-differently", what = what),
        )
    };
    if (&back.id, &back.title, &back.role, &back.language)
        != (&bank.id, &bank.title, &bank.role, &bank.language)
    {
        return Err(differs(&bank.id));
    }
    if back.questions.len() != bank.questions.len() {
        return Err(differs(&bank.id));
    }
    if let Some((_, q)) = back
        .questions
        .iter()
        .zip(&bank.questions)
        .find(|(a, b)| a != b)
    {
        return Err(differs(&q.id));
    }
    Ok(Written {
        path: path.to_path_buf(),
        bank,
        text,
    })
}

fn too_big(path: &Path, size: usize) -> BankError {
    BankError::at(
        &path.display().to_string(),
        1,
        1,
        crate::t!("cli-import-bank-too-big", size = size, max = MAX_BANK_BYTES),
    )
}

/// The questions in consecutive parts, each of whose bank fits: every
/// question measured once, so the split is linear in the questions.
fn split(meta: &Meta, questions: &[Question], out: &Path) -> Result<Vec<Vec<Question>>, BankError> {
    // What a bank costs besides its questions, with room for the longest
    // numbered id and title.
    let empty = bank(
        meta,
        &format!("{}-{}", meta.id, questions.len()),
        &format!("{} ({n}/{n})", meta.title, n = questions.len()),
        Vec::new(),
    );
    let overhead = render(&empty, meta.source, &numbered(out, questions.len()))?.len() + 64;
    let budget = MAX_BANK_BYTES.saturating_sub(overhead);
    let mut parts: Vec<Vec<Question>> = Vec::new();
    let mut current: Vec<Question> = Vec::new();
    let mut used = 0;
    for q in questions {
        let size = serde_yaml::to_string(&[QuestionFormat::of(q)])
            .map(|s| s.len())
            .unwrap_or(usize::MAX);
        if size > budget {
            return Err(BankError::at(
                &out.display().to_string(),
                1,
                1,
                crate::t!(
                    "cli-import-question-too-big",
                    id = text::one_line(&q.id),
                    max = MAX_BANK_BYTES
                ),
            ));
        }
        if used + size > budget && !current.is_empty() {
            parts.push(std::mem::take(&mut current));
            used = 0;
        }
        used += size;
        current.push(q.clone());
    }
    if !current.is_empty() {
        parts.push(current);
    }
    Ok(parts)
}

/// A bank in the bank format: its field names and order, the loader's
/// defaults (`technical`, 2m) and empty fields left out; where it came
/// from is not part of it.
#[derive(serde::Serialize)]
struct BankFormat<'a> {
    id: &'a str,
    title: &'a str,
    role: &'a str,
    language: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'a str>,
    questions: Vec<QuestionFormat<'a>>,
}

impl<'a> BankFormat<'a> {
    fn of(b: &'a Bank) -> Self {
        BankFormat {
            id: &b.id,
            title: &b.title,
            role: &b.role,
            language: &b.language,
            description: b.description.as_deref(),
            questions: b.questions.iter().map(QuestionFormat::of).collect(),
        }
    }
}

#[derive(serde::Serialize)]
struct QuestionFormat<'a> {
    id: &'a str,
    prompt: &'a str,
    #[serde(skip_serializing_if = "Kind::is_default")]
    kind: Kind,
    #[serde(skip_serializing_if = "Option::is_none")]
    level: Option<Level>,
    #[serde(skip_serializing_if = "<[CompactString]>::is_empty")]
    tags: &'a [CompactString],
    /// Seconds.
    #[serde(
        skip_serializing_if = "is_default_time_limit",
        serialize_with = "duration_text"
    )]
    time_limit: u32,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    key_points: Vec<KeyPointFormat<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    follow_ups: Vec<FollowUpFormat<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    notes: Option<&'a str>,
}

impl<'a> QuestionFormat<'a> {
    fn of(q: &'a Question) -> Self {
        QuestionFormat {
            id: &q.id,
            prompt: &q.prompt,
            kind: q.kind,
            level: q.level,
            tags: &q.tags,
            time_limit: q.time_limit,
            key_points: q.key_points.iter().map(KeyPointFormat).collect(),
            follow_ups: q.follow_ups.iter().map(FollowUpFormat).collect(),
            notes: q.notes.as_deref(),
        }
    }
}

fn is_default_time_limit(secs: &u32) -> bool {
    *secs == DEFAULT_TIME_LIMIT
}

/// A time limit as the bank format writes it: `90s`, `2m`, `1m30s`.
fn duration_text<S: serde::Serializer>(secs: &u32, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&match (secs / 60, secs % 60) {
        (0, sec) => format!("{sec}s"),
        (m, 0) => format!("{m}m"),
        (m, sec) => format!("{m}m{sec}s"),
    })
}

/// A key point as the bank format writes it: its text alone when its terms
/// are its significant words, else `{text, match}`.
struct KeyPointFormat<'a>(&'a KeyPoint);

impl serde::Serialize for KeyPointFormat<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let k = self.0;
        if !k.explicit {
            return s.serialize_str(&k.text);
        }
        let mut m = s.serialize_map(Some(2))?;
        m.serialize_entry("text", &k.text)?;
        m.serialize_entry("match", &k.terms)?;
        m.end()
    }
}

/// A follow-up as the bank format writes it: a plain string, or `{ask,
/// if_mentions}` / `{ask, if_missing}`.
struct FollowUpFormat<'a>(&'a FollowUp);

impl serde::Serialize for FollowUpFormat<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let f = self.0;
        let (key, terms) = match &f.when {
            AskWhen::Always => return s.serialize_str(&f.ask),
            AskWhen::Mentions(t) => ("if_mentions", t),
            AskWhen::Missing(t) => ("if_missing", t),
        };
        let mut m = s.serialize_map(Some(2))?;
        m.serialize_entry("ask", &f.ask)?;
        m.serialize_entry(key, terms)?;
        m.end()
    }
}

#[cfg(test)]
mod tests;
