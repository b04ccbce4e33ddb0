//! LEAD: a stand-in for helper A's `story::parse`, `story::load`,
//! `story::save` and the template, so the story screen and the feedback
//! work before A's code is merged. At the merge, delete this file and
//! point the `pub use interim::…` line of `story/mod.rs` at A's versions;
//! the callers only use these signatures and `Display` on the errors.
//!
//! It reads the YAML with the banks' parser (file:line:col on every
//! problem) and knows the keys of PRODUCT.md's "Your story".

use super::{Project, Story};
use crate::bank::BankError;
use crate::bank::yaml::{self, Node, Value};
use crate::model::Instant;
use crate::store::Store;

/// A story that could not be read from the store.
#[derive(Debug, thiserror::Error)]
pub enum StoryError {
    #[error("your story could not be read: {0}")]
    Store(#[from] crate::store::StoreError),
    #[error("your saved story is not valid ({0}); `rehearse story edit` fixes it")]
    Invalid(String),
}

/// The text `e` starts from when there is no story yet.
pub const TEMPLATE: &str = "\
# Your story: the projects and experiences you draw on in interviews.
# One entry per project. `id` is a stable slug (lowercase letters, digits,
# dashes): answers and questions key on it, so renaming `name` keeps them.
# `did` is what YOU did, one fact a line; numbers count.
projects:
  - id: crawler
    name: Price crawler (capstone)
    when: 2024-03..2024-06
    role: backend / infra
    team: 4
    stack: [AWS EC2, Redshift, IAM, Python]
    tags: [cost, scaling]
    did:
      - split the crawler over 8 EC2 instances, 6 h → 1.5 h
      - set Redshift cost alarms; cut the monthly bill by 40%
    result: daily price table for 2M listings
    lesson: would use an IAM role and a launch template next time
";

const PROJECT_KEYS: &[&str] = &[
    "id", "name", "when", "role", "team", "stack", "tags", "did", "result", "lesson",
];

/// Parses a story; `Err` holds every problem, each at file:line:col.
pub fn parse(file: &str, source: &[u8]) -> Result<Story, Vec<BankError>> {
    let text = std::str::from_utf8(source)
        .map_err(|_| vec![BankError::at(file, 1, 1, "the story is not UTF-8 text")])?;
    let root = match yaml::load(text) {
        Ok(Some(root)) => root,
        Ok(None) => return Ok(Story::default()),
        Err(e) => return Err(vec![BankError::at(file, e.at.line, e.at.col, e.message)]),
    };
    let mut errors = Vec::new();
    let mut err = |n: &Node, m: String| errors.push(BankError::at(file, n.at.line, n.at.col, m));
    let mut story = Story::default();
    let Value::Map(top) = &root.value else {
        err(&root, "expected a mapping with `projects`".into());
        return Err(errors);
    };
    for (k, v) in top {
        match scalar(k) {
            Some("projects") => {}
            _ => {
                err(k, "unknown key, expected `projects`".into());
                continue;
            }
        }
        let Value::Seq(items) = &v.value else {
            if !v.is_null() {
                err(v, "`projects` must be a list".into());
            }
            continue;
        };
        for item in items {
            let Value::Map(pairs) = &item.value else {
                err(
                    item,
                    "a project must be a mapping with `id` and `name`".into(),
                );
                continue;
            };
            let mut p = Project::default();
            for (k, v) in pairs {
                let key = scalar(k).unwrap_or("");
                let one = || scalar(v).map(str::to_string);
                let list = || match &v.value {
                    Value::Seq(xs) => xs.iter().filter_map(scalar).map(str::to_string).collect(),
                    _ => scalar(v).map(|s| vec![s.to_string()]).unwrap_or_default(),
                };
                match key {
                    "id" => p.id = one().unwrap_or_default(),
                    "name" => p.name = one().unwrap_or_default(),
                    "when" => p.when = one(),
                    "role" => p.role = one(),
                    "team" => match one().map(|t| t.parse::<u32>()) {
                        Some(Ok(n)) => p.team = Some(n),
                        _ => err(v, "`team` must be a number of people".into()),
                    },
                    "stack" => p.stack = list(),
                    "tags" => p.tags = list(),
                    "did" => p.did = list(),
                    "result" => p.result = one(),
                    "lesson" => p.lesson = one(),
                    _ => err(
                        k,
                        format!("unknown key, expected one of {}", PROJECT_KEYS.join(", ")),
                    ),
                }
            }
            let slug = !p.id.is_empty()
                && p.id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if !slug {
                err(
                    item,
                    "a project needs an `id` slug (lowercase letters, digits, dashes)".into(),
                );
            } else if story.project(&p.id).is_some() {
                err(item, format!("the id `{}` is used twice", p.id));
            }
            if p.name.trim().is_empty() {
                err(item, "a project needs a `name`".into());
            }
            story.projects.push(p);
        }
    }
    errors.sort_by_key(|e| (e.line, e.column));
    if errors.is_empty() {
        Ok(story)
    } else {
        Err(errors)
    }
}

fn scalar(n: &Node) -> Option<&str> {
    match &n.value {
        Value::Scalar { text, .. } if !n.is_null() => Some(text),
        _ => None,
    }
}

/// The stored story (empty when none was written).
pub fn load(store: &Store) -> Result<Story, StoryError> {
    let Some((yaml, _)) = store.story_yaml()? else {
        return Ok(Story::default());
    };
    parse("story.yaml", yaml.as_bytes()).map_err(|errs| {
        StoryError::Invalid(errs.first().map(ToString::to_string).unwrap_or_default())
    })
}

/// Stores the story's YAML (already parsed).
pub fn save(store: &Store, yaml: &str, now: Instant) -> Result<(), StoryError> {
    Ok(store.set_story_yaml(yaml, now)?)
}
