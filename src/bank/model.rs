//! The validated in-memory shape of a question bank, the error that points
//! into a bank file, and the small value parsers both loading and the app use.

use std::fmt;
use std::path::PathBuf;

pub use compact_str::CompactString;

use crate::text;

/// What kind of question this is; decides which feedback applies (STAR for
/// behavioural and experience questions) and how a mock interview uses it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Technical,
    Behavioral,
    Experience,
    Intro,
    Closing,
}

impl Kind {
    pub const ALL: [Kind; 5] = [
        Kind::Technical,
        Kind::Behavioral,
        Kind::Experience,
        Kind::Intro,
        Kind::Closing,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Technical => "technical",
            Kind::Behavioral => "behavioral",
            Kind::Experience => "experience",
            Kind::Intro => "intro",
            Kind::Closing => "closing",
        }
    }

    /// Behavioural and experience answers are stories, checked for STAR.
    pub fn wants_star(self) -> bool {
        matches!(self, Kind::Behavioral | Kind::Experience)
    }

    /// The kind a question has when its bank does not say.
    pub fn is_default(&self) -> bool {
        *self == Kind::Technical
    }
}

/// The kind as the interface names it (`as_str` is the bank's word).
impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            Kind::Technical => crate::t!("bank-kind-technical"),
            Kind::Behavioral => crate::t!("bank-kind-behavioral"),
            Kind::Experience => crate::t!("bank-kind-experience"),
            Kind::Intro => crate::t!("bank-kind-intro"),
            Kind::Closing => crate::t!("bank-kind-closing"),
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Junior,
    Mid,
    Senior,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Junior => "junior",
            Level::Mid => "mid",
            Level::Senior => "senior",
        }
    }
}

/// One thing a strong answer covers, with the terms that detect it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct KeyPoint {
    pub text: String,
    /// Match terms; for a plain-string key point these are its significant words.
    pub terms: Vec<CompactString>,
    /// True when the bank gave the terms explicitly (`match:`).
    pub explicit: bool,
    /// A fact from your story: covered as a talking point is, only when
    /// most of its words and every number in it are said.
    pub talking: bool,
}

/// A question as loaded. The serde derives are the compact encoding's
/// (the bundled banks and the bank cache, `bank::compact`); the bank format
/// is written from views of it in `bank::write`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
///
/// The id, tags and match terms are [`CompactString`]s: a `&str` like a
/// `String`, kept inline (no allocation) up to 24 bytes, which nearly all
/// of them are; 50,000 questions are about 15 MB smaller for it.
pub struct Question {
    pub id: CompactString,
    pub prompt: String,
    pub kind: Kind,
    pub level: Option<Level>,
    pub tags: Vec<CompactString>,
    /// Seconds.
    pub time_limit: u32,
    pub key_points: Vec<KeyPoint>,
    pub follow_ups: Vec<FollowUp>,
    pub notes: Option<String>,
}

/// A question's time limit when neither it nor the bank's defaults set one.
pub const DEFAULT_TIME_LIMIT: u32 = 120;

impl Question {
    /// A technical question with the loader's defaults and nothing else.
    pub fn new(id: impl Into<CompactString>, prompt: impl Into<String>) -> Question {
        Question {
            id: id.into(),
            prompt: prompt.into(),
            kind: Kind::Technical,
            level: None,
            tags: Vec::new(),
            time_limit: DEFAULT_TIME_LIMIT,
            key_points: Vec::new(),
            follow_ups: Vec::new(),
            notes: None,
        }
    }
}

/// A question an interviewer asks after the answer, digging into it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FollowUp {
    pub ask: String,
    pub when: AskWhen,
}

/// When a follow-up is asked: always (a plain string, asked in order), or
/// depending on what the answer said.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum AskWhen {
    Always,
    /// When the answer mentions one of these terms (`if_mentions`).
    Mentions(Vec<CompactString>),
    /// When the answer mentions none of these terms (`if_missing`).
    Missing(Vec<CompactString>),
}

impl FollowUp {
    /// A follow-up asked in order, whatever the answer said.
    pub fn plain(ask: impl Into<String>) -> FollowUp {
        FollowUp {
            ask: ask.into(),
            when: AskWhen::Always,
        }
    }

    /// The terms its condition is about (none for a plain one).
    pub fn terms(&self) -> &[CompactString] {
        match &self.when {
            AskWhen::Always => &[],
            AskWhen::Mentions(t) | AskWhen::Missing(t) => t,
        }
    }
}

/// Where a bank was loaded from; later sources override earlier ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    Bundled(String),
    UserFolder(PathBuf),
    CommandLine(PathBuf),
    /// Generated from your story (`rehearse story`).
    Story,
}

impl Origin {
    /// What a decoded bank holds until its loader says where it came from.
    fn unset() -> Origin {
        Origin::Bundled(String::new())
    }

    pub fn rank(&self) -> u8 {
        match self {
            Origin::Bundled(_) => 0,
            Origin::UserFolder(_) => 1,
            Origin::CommandLine(_) => 2,
            Origin::Story => 3,
        }
    }

    pub fn label(&self) -> String {
        match self {
            Origin::Bundled(_) => crate::t!("bank-origin-bundled"),
            Origin::UserFolder(_) => crate::t!("bank-origin-user-folder"),
            Origin::CommandLine(_) => crate::t!("bank-origin-banks-flag"),
            Origin::Story => crate::t!("bank-origin-story"),
        }
    }

    pub fn path_display(&self) -> String {
        match self {
            Origin::Bundled(p) => crate::t!("bank-origin-bundled-path", path = text::one_line(p)),
            Origin::UserFolder(p) | Origin::CommandLine(p) => {
                crate::text::one_line(&p.display().to_string())
            }
            Origin::Story => self.label(),
        }
    }
}

/// A bank as loaded; the compact encoding leaves out where it came from
/// (the loader sets it), the bank format is written by `bank::write`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Bank {
    pub id: String,
    pub title: String,
    pub role: String,
    pub language: String,
    pub description: Option<String>,
    pub questions: Vec<Question>,
    #[serde(skip, default = "Origin::unset")]
    pub origin: Origin,
}

impl Bank {
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    /// Gives back what parsing left spare: the strings and lists were
    /// grown a piece at a time, and a library holds every bank for as long
    /// as it runs (a fifth more memory at 50k questions).
    pub fn shrink_to_fit(&mut self) {
        for s in [
            &mut self.id,
            &mut self.title,
            &mut self.role,
            &mut self.language,
        ] {
            s.shrink_to_fit();
        }
        shrink_option(&mut self.description);
        self.questions.shrink_to_fit();
        for q in &mut self.questions {
            q.id.shrink_to_fit();
            q.prompt.shrink_to_fit();
            shrink_option(&mut q.notes);
            shrink_words(&mut q.tags);
            q.key_points.shrink_to_fit();
            for k in &mut q.key_points {
                k.text.shrink_to_fit();
                shrink_words(&mut k.terms);
            }
            q.follow_ups.shrink_to_fit();
            for f in &mut q.follow_ups {
                f.ask.shrink_to_fit();
                if let AskWhen::Mentions(w) | AskWhen::Missing(w) = &mut f.when {
                    shrink_words(w);
                }
            }
        }
    }
}

fn shrink_option(s: &mut Option<String>) {
    if let Some(s) = s {
        s.shrink_to_fit();
    }
}

fn shrink_words(words: &mut Vec<CompactString>) {
    words.shrink_to_fit();
    words.iter_mut().for_each(CompactString::shrink_to_fit);
}

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

/// Formats seconds as "90s", "2m" or "1m30s" (in Korean 90초, 2분, 1분 30초).
pub fn format_duration(secs: u32) -> String {
    match (secs / 60, secs % 60) {
        (0, s) => crate::t!("bank-duration-seconds", s = s),
        (m, 0) => crate::t!("bank-duration-minutes", m = m),
        (m, s) => crate::t!("bank-duration-minutes-seconds", m = m, s = s),
    }
}

/// Short strings (tags, match terms) as owned `String`s, for code that
/// keeps them apart from the bank.
pub fn owned(list: &[CompactString]) -> Vec<String> {
    list.iter().map(CompactString::to_string).collect()
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
