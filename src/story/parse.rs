//! Reading your story's YAML (PRODUCT.md, "Your story") into a [`Story`],
//! with the bank machinery: the same bounded YAML reader, and every
//! problem at its file:line:col in file order.

use std::collections::HashMap;

use super::model::{Project, Story};
use crate::bank::BankError;
use crate::bank::parse::read_document;
use crate::bank::validate::{Check, join};
use crate::bank::yaml::{Doc, Node, Pos, Value};
use crate::{t, text};

/// Root, projects, a project, its lists.
const STORY: Doc = Doc {
    name: "story",
    plural: "stories",
    depth: 4,
};
const STORY_KEYS: &[&str] = &["projects"];
const PROJECT_KEYS: &[&str] = &[
    "id", "name", "when", "role", "team", "stack", "tags", "did", "result", "lesson",
];

/// Parses and validates a story. `file` names it in messages. An empty
/// document, or `projects: []`, is a valid empty story; `Err` holds every
/// problem found, in file order (never empty).
pub fn parse(file: &str, source: &[u8]) -> Result<Story, Vec<BankError>> {
    let Some(root) = read_document(file, source, STORY)? else {
        return Ok(Story::default());
    };
    let mut c = Check::new(file);
    let story = story(&mut c, &root);
    c.finish(story)
}

fn story(c: &mut Check, root: &Node) -> Option<Story> {
    let f = c.fields(root, "", STORY_KEYS, &t!("story-expect-root"))?;
    let Some(list) = f.get("projects") else {
        return Some(Story::default());
    };
    let Value::Seq(items) = &list.value else {
        c.wrong_type(list, "projects", &t!("story-expect-projects"));
        return None;
    };
    let mut seen: HashMap<String, Pos> = HashMap::new();
    let projects = items
        .iter()
        .enumerate()
        .filter_map(|(i, p)| project(c, p, &format!("projects[{i}]"), &mut seen))
        .collect();
    Some(Story { projects })
}

fn project(
    c: &mut Check,
    node: &Node,
    path: &str,
    seen: &mut HashMap<String, Pos>,
) -> Option<Project> {
    let f = c.fields(node, path, PROJECT_KEYS, &t!("story-expect-project"))?;
    let p = |k: &str| join(path, k);
    let id = match f.found.get("id") {
        Some(n) => c.checked(n, &p("id"), &t!("story-expect-id"), |s| {
            project_id(s, n.at, seen)
        }),
        None => {
            c.error(f.at, path, t!("story-missing-id"));
            None
        }
    };
    let name = match f.found.get("name") {
        Some(n) => c.checked(n, &p("name"), &t!("story-expect-name"), |s| {
            required(s, || t!("story-name-empty"))
        }),
        None => {
            c.error(f.at, path, t!("story-missing-name"));
            None
        }
    };
    let optional = |c: &mut Check, key: &str, what: String| {
        f.get(key)
            .and_then(|n| c.scalar(n, &p(key), &what))
            .map(|s| text::one_line(s.trim()))
            .filter(|s| !s.is_empty())
    };
    let when = optional(c, "when", t!("story-expect-when"));
    let role = optional(c, "role", t!("story-expect-role"));
    let lesson = optional(c, "lesson", t!("story-expect-lesson"));
    let team = f
        .get("team")
        .and_then(|n| c.checked(n, &p("team"), &t!("story-expect-team"), team));
    let list = |c: &mut Check, key: &str, what: &str| {
        f.get(key)
            .and_then(|n| c.strings(n, &p(key), what))
            .unwrap_or_default()
    };
    let stack = names(list(c, "stack", "technology name"));
    let tags = names(list(c, "tags", "tag"));
    let did = match f.get("did") {
        Some(n) => facts(c, n, &p("did")),
        None => Vec::new(),
    };
    let result = f.get("result").and_then(|n| {
        c.checked(n, &p("result"), &t!("story-expect-result"), |s| {
            required(s, || t!("story-result-empty"))
        })
    });
    Some(Project {
        id: id?,
        name: name?,
        when,
        role,
        team,
        stack,
        tags,
        did,
        result,
        lesson,
    })
}

/// A slug, unique in the story.
fn project_id(s: &str, at: Pos, seen: &mut HashMap<String, Pos>) -> Result<String, String> {
    if s.trim().is_empty() {
        return Err(t!("story-id-empty"));
    }
    if !crate::bank::validate::is_slug(s) {
        return Err(t!("story-id-not-slug", id = text::one_line(s)));
    }
    if let Some(first) = seen.get(s) {
        return Err(t!("story-id-duplicate", id = s, line = first.line));
    }
    seen.insert(s.to_string(), at);
    Ok(s.to_string())
}

/// `s` on one line, or `empty()` when there is nothing in it.
fn required(s: &str, empty: impl FnOnce() -> String) -> Result<String, String> {
    match text::one_line(s.trim()) {
        t if t.is_empty() => Err(empty()),
        t => Ok(t),
    }
}

fn team(s: &str) -> Result<u32, String> {
    match s.trim().parse::<u32>() {
        Ok(n) if n >= 1 && s.trim().bytes().all(|b| b.is_ascii_digit()) => Ok(n),
        _ => Err(t!(
            "story-team-invalid",
            value = text::truncate(&text::one_line(s), 40)
        )),
    }
}

/// Technologies and tags: as written, blank ones left out.
fn names(list: Vec<String>) -> Vec<String> {
    list.iter()
        .map(|s| text::one_line(s.trim()))
        .filter(|s| !s.is_empty())
        .collect()
}

/// The facts of what you did: a list of non-empty lines.
fn facts(c: &mut Check, node: &Node, path: &str) -> Vec<String> {
    let Value::Seq(items) = &node.value else {
        c.wrong_type(node, path, &t!("story-expect-facts"));
        return Vec::new();
    };
    items
        .iter()
        .enumerate()
        .filter_map(|(i, item)| {
            c.checked(
                item,
                &format!("{path}[{i}]"),
                &t!("story-expect-fact"),
                |s| required(s, || t!("story-fact-empty")),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_of_the_spec_reads_as_written() {
        let yaml = "projects:\n  - id: crawler\n    name: 중고 거래 가격 크롤러 (capstone)\n    when: 2024-03..2024-06\n    role: backend / infra\n    team: 4\n    stack: [AWS EC2, Redshift, IAM, Python, Airflow]\n    did:\n      - split the crawler over 8 EC2 instances, 6 h → 1.5 h\n      - set Redshift cost alarms; cut the monthly bill by 40%\n    result: daily price table for 2M listings\n    lesson: would use an IAM role and a launch template next time\n";
        let story = parse("story.yaml", yaml.as_bytes()).unwrap();
        let p = &story.projects[0];
        assert_eq!(p.id, "crawler");
        assert_eq!(p.name, "중고 거래 가격 크롤러 (capstone)");
        assert_eq!(p.team, Some(4));
        assert_eq!(p.stack.len(), 5);
        assert_eq!(
            p.did[0],
            "split the crawler over 8 EC2 instances, 6 h → 1.5 h"
        );
        assert_eq!(story.facts().count(), 3);
    }

    #[test]
    fn team_takes_only_positive_whole_numbers() {
        assert_eq!(team("4"), Ok(4));
        assert_eq!(team(" 12 "), Ok(12));
        for bad in ["0", "-1", "+3", "4.0", "four", "", "99999999999"] {
            assert!(team(bad).is_err(), "{bad}");
        }
    }
}
