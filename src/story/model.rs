//! The validated shape of "your story": the projects and experiences you
//! draw on in interviews, and the facts of what *you* did in each.

use serde::{Deserialize, Serialize};

/// The whole story: every project or experience, in the order written.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Story {
    pub projects: Vec<Project>,
}

/// One project or experience.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Project {
    /// Stable id (a slug): answers and generated questions key on it, so
    /// renaming `name` keeps their history.
    pub id: String,
    pub name: String,
    /// When, as written ("2024-03..2024-06").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<String>,
    /// What you did on the team ("backend / infra").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// How many people.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team: Option<u32>,
    /// Technologies, as written ("AWS EC2", "Redshift").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stack: Vec<String>,
    /// Optional tags that tie it to questions (`conflict`, `cost`, …).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// The facts of what you did; numbers count.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub did: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<String>,
    /// What you would do differently.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lesson: Option<String>,
}

/// One fact of the story, with where it comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact<'a> {
    pub project: &'a Project,
    /// `did[i]` as written, or the project's result.
    pub text: &'a str,
    pub is_result: bool,
}

impl Story {
    pub fn is_empty(&self) -> bool {
        self.projects.is_empty()
    }

    pub fn project(&self, id: &str) -> Option<&Project> {
        self.projects.iter().find(|p| p.id == id)
    }

    /// Every fact: each project's `did` lines, then its result.
    pub fn facts(&self) -> impl Iterator<Item = Fact<'_>> {
        self.projects.iter().flat_map(|p| {
            p.did
                .iter()
                .map(move |d| Fact {
                    project: p,
                    text: d,
                    is_result: false,
                })
                .chain(p.result.iter().map(move |r| Fact {
                    project: p,
                    text: r,
                    is_result: true,
                }))
        })
    }
}
