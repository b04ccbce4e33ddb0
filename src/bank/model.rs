//! The validated in-memory shape of a question bank.

use std::fmt;
use std::path::PathBuf;

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
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
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
#[derive(Debug, Clone, PartialEq)]
pub struct KeyPoint {
    pub text: String,
    /// Match terms; for a plain-string key point these are its significant words.
    pub terms: Vec<String>,
    /// True when the bank gave the terms explicitly (`match:`).
    pub explicit: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    pub id: String,
    pub prompt: String,
    pub kind: Kind,
    pub level: Option<Level>,
    pub tags: Vec<String>,
    /// Seconds.
    pub time_limit: u32,
    pub key_points: Vec<KeyPoint>,
    pub follow_ups: Vec<String>,
    pub notes: Option<String>,
}

/// Where a bank was loaded from; later sources override earlier ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    Bundled(String),
    UserFolder(PathBuf),
    CommandLine(PathBuf),
}

impl Origin {
    pub fn rank(&self) -> u8 {
        match self {
            Origin::Bundled(_) => 0,
            Origin::UserFolder(_) => 1,
            Origin::CommandLine(_) => 2,
        }
    }

    pub fn label(&self) -> &'static str {
        match self {
            Origin::Bundled(_) => "bundled",
            Origin::UserFolder(_) => "user folder",
            Origin::CommandLine(_) => "--banks",
        }
    }

    pub fn path_display(&self) -> String {
        match self {
            Origin::Bundled(p) => format!("(bundled) {p}"),
            Origin::UserFolder(p) | Origin::CommandLine(p) => {
                crate::text::one_line(&p.display().to_string())
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Bank {
    pub id: String,
    pub title: String,
    pub role: String,
    pub language: String,
    pub description: Option<String>,
    pub questions: Vec<Question>,
    pub origin: Origin,
}

impl Bank {
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }
}
