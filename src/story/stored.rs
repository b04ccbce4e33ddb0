//! The stored story, read where the library is built (the CLI's commands
//! and the app's start-up) so its questions are practised like a bank's.
//!
//! `parse` here is a stand-in with the signature of the story parser
//! (`story::parse(file, source)`, helper A's, with file:line:col
//! validation): it reads the YAML leniently into the model, so the
//! generated questions can be built and tested before that lands. At the
//! merge it is deleted and `read` calls `story::load`.

use super::{Project, Story};
use crate::bank::yaml::{self, Node, Value};
use crate::bank::{BankError, Library};
use crate::store::Store;

/// The name the stored story goes by in messages.
pub const STORY_FILE: &str = "your story";

impl Library {
    /// Adds the questions of the story stored in `store`; a story that
    /// cannot be read is one of the library's problems, naming it.
    pub fn add_stored_story(&mut self, store: &Store) {
        match read(store) {
            Ok(story) => self.add_story(&story),
            Err(problems) => self.problems.extend(problems),
        }
    }
}

/// The story in `store` (empty when none was written).
pub fn read(store: &Store) -> Result<Story, Vec<BankError>> {
    let yaml = store.story_yaml().map_err(|e| {
        vec![BankError::at(
            STORY_FILE,
            1,
            1,
            format!("cannot be read from the database: {e}"),
        )]
    })?;
    match yaml {
        Some((text, _)) => parse(STORY_FILE, text.as_bytes()),
        None => Ok(Story::default()),
    }
}

/// Stand-in for `story::parse` (see the module's note).
pub fn parse(file: &str, source: &[u8]) -> Result<Story, Vec<BankError>> {
    let at = |n: &Node, m: &str| vec![BankError::at(file, n.at.line, n.at.col, m)];
    let text = std::str::from_utf8(source)
        .map_err(|_| vec![BankError::at(file, 1, 1, "the story is not UTF-8 text")])?;
    let root = match yaml::load(text) {
        Ok(Some(root)) => root,
        Ok(None) => return Ok(Story::default()),
        Err(e) => return Err(vec![BankError::at(file, e.at.line, e.at.col, e.message)]),
    };
    let Some(projects) = field(&root, "projects") else {
        return Err(at(&root, "expected a map with `projects`"));
    };
    let Value::Seq(items) = &projects.value else {
        return Err(at(projects, "`projects` must be a list"));
    };
    let mut story = Story::default();
    for item in items {
        let s = |key| field(item, key).and_then(scalar);
        let list = |key| field(item, key).map(strings).unwrap_or_default();
        let (Some(id), Some(name)) = (s("id"), s("name")) else {
            return Err(at(item, "a project needs an `id` and a `name`"));
        };
        story.projects.push(Project {
            id,
            name,
            when: s("when"),
            role: s("role"),
            team: s("team").and_then(|t| t.parse().ok()),
            stack: list("stack"),
            tags: list("tags"),
            did: list("did"),
            result: s("result"),
            lesson: s("lesson"),
        });
    }
    Ok(story)
}

fn field<'n>(map: &'n Node, key: &str) -> Option<&'n Node> {
    let Value::Map(entries) = &map.value else {
        return None;
    };
    entries
        .iter()
        .find(|(k, _)| scalar(k).as_deref() == Some(key))
        .map(|(_, v)| v)
        .filter(|v| !v.is_null())
}

fn scalar(n: &Node) -> Option<String> {
    match &n.value {
        Value::Scalar { text, .. } => Some(text.clone()),
        _ => None,
    }
}

fn strings(n: &Node) -> Vec<String> {
    match &n.value {
        Value::Seq(items) => items.iter().filter_map(scalar).collect(),
        Value::Scalar { .. } => scalar(n).into_iter().collect(),
        Value::Map(_) => Vec::new(),
    }
}
