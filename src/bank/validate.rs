//! Checking a bank's node tree against the format and building the [`Bank`].
//! Every independent problem is collected, each at its own line and column,
//! in file order: one run of `banks validate` shows them all.

use std::collections::HashMap;

use super::model::{
    AskWhen, Bank, BankError, FollowUp, KeyPoint, Kind, Level, Origin, Question, parse_duration,
    significant_words,
};
use super::yaml::{Node, Pos, Value};
use crate::text;

/// Longest time limit a question may ask for.
const MAX_TIME_LIMIT: u64 = 60 * 60;
const BANK_KEYS: &[&str] = &[
    "id",
    "title",
    "role",
    "language",
    "description",
    "defaults",
    "questions",
];
const DEFAULT_KEYS: &[&str] = &["time_limit", "kind", "level", "tags"];
const QUESTION_KEYS: &[&str] = &[
    "id",
    "prompt",
    "kind",
    "level",
    "tags",
    "time_limit",
    "key_points",
    "follow_ups",
    "notes",
];
const TIME_LIMIT_HELP: &str =
    "time_limit must be seconds or a duration like 90, \"90s\", \"2m\" or \"1m30s\"";
const TIME_LIMIT_RANGE: &str = "time_limit must be between 1 second and 60 minutes";

/// Checks one document's node tree, collecting every problem at its place
/// (banks here, and the story in `story::parse`).
pub(crate) struct Check<'a> {
    file: &'a str,
    errors: Vec<BankError>,
}

/// The fields of one mapping that passed the key checks, by name.
pub(crate) struct Fields<'n> {
    pub(crate) at: Pos,
    pub(crate) found: HashMap<&'static str, &'n Node>,
}

impl<'n> Fields<'n> {
    /// A field that is present and not null.
    pub(crate) fn get(&self, key: &str) -> Option<&'n Node> {
        self.found.get(key).copied().filter(|n| !n.is_null())
    }
}

pub(crate) fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

fn quoted_list(keys: &[&str]) -> String {
    keys.iter()
        .map(|k| format!("`{k}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

impl<'a> Check<'a> {
    pub(crate) fn new(file: &'a str) -> Self {
        Check {
            file,
            errors: Vec::new(),
        }
    }

    /// `value` when nothing was reported, else every problem in file order.
    pub(crate) fn finish<T>(self, value: Option<T>) -> Result<T, Vec<BankError>> {
        let mut errors = self.errors;
        if errors.is_empty()
            && let Some(v) = value
        {
            return Ok(v);
        }
        errors.sort_by_key(|e| (e.line, e.column));
        Err(errors)
    }

    pub(crate) fn error(&mut self, at: Pos, path: &str, message: impl AsRef<str>) {
        let message = if path.is_empty() {
            message.as_ref().to_string()
        } else {
            format!("{path}: {}", message.as_ref())
        };
        self.errors
            .push(BankError::at(self.file, at.line, at.col, message));
    }

    pub(crate) fn wrong_type(&mut self, node: &Node, path: &str, expected: &str) {
        let found = node.describe();
        self.error(
            node.at,
            path,
            format!("invalid type: {found}, expected {expected}"),
        );
    }

    /// The mapping's known keys; unknown and repeated keys are reported.
    pub(crate) fn fields<'n>(
        &mut self,
        node: &'n Node,
        path: &str,
        allowed: &[&'static str],
        expected: &str,
    ) -> Option<Fields<'n>> {
        let Value::Map(pairs) = &node.value else {
            self.wrong_type(node, path, expected);
            return None;
        };
        let mut found = HashMap::new();
        for (k, v) in pairs {
            let Value::Scalar { text: key, .. } = &k.value else {
                self.error(
                    k.at,
                    path,
                    "a key must be a plain name, not a list or mapping",
                );
                continue;
            };
            match allowed.iter().find(|a| **a == key) {
                Some(name) => {
                    if found.insert(*name, v).is_some() {
                        self.error(
                            k.at,
                            path,
                            format!("duplicate key `{name}`: each key may appear once"),
                        );
                    }
                }
                None => self.error(
                    k.at,
                    path,
                    format!(
                        "unknown key `{}`, expected one of the keys {}",
                        text::one_line(key),
                        quoted_list(allowed)
                    ),
                ),
            }
        }
        Some(Fields { at: node.at, found })
    }

    /// A scalar's text; a list or mapping is reported.
    pub(crate) fn scalar<'n>(
        &mut self,
        node: &'n Node,
        path: &str,
        expected: &str,
    ) -> Option<&'n str> {
        match &node.value {
            Value::Scalar { text, .. } if node.is_null() => Some(&text[..0]),
            Value::Scalar { text, .. } => Some(text),
            _ => {
                self.wrong_type(node, path, expected);
                None
            }
        }
    }

    /// Runs `check` on a scalar and reports its message at the scalar.
    pub(crate) fn checked<T>(
        &mut self,
        node: &Node,
        path: &str,
        expected: &str,
        check: impl FnOnce(&str) -> Result<T, String>,
    ) -> Option<T> {
        let s = self.scalar(node, path, expected)?;
        match check(s) {
            Ok(v) => Some(v),
            Err(m) => {
                self.error(node.at, path, m);
                None
            }
        }
    }

    pub(crate) fn strings(&mut self, node: &Node, path: &str, what: &str) -> Option<Vec<String>> {
        let Value::Seq(items) = &node.value else {
            self.wrong_type(node, path, &format!("a list of {what}s"));
            return None;
        };
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            if let Some(s) = self.scalar(item, &format!("{path}[{i}]"), &format!("a {what}")) {
                out.push(s.to_string());
            }
        }
        Some(out)
    }

    fn kind(&mut self, node: &Node, path: &str) -> Option<Kind> {
        self.checked(node, path, "a kind", |s| {
            Kind::ALL.into_iter().find(|k| k.as_str() == s).ok_or_else(|| {
                format!(
                    "unknown kind `{}`; kind is one of technical, behavioral, experience, intro, closing",
                    text::one_line(s)
                )
            })
        })
    }

    fn level(&mut self, node: &Node, path: &str) -> Option<Level> {
        self.checked(node, path, "a level", |s| {
            [Level::Junior, Level::Mid, Level::Senior]
                .into_iter()
                .find(|l| l.as_str() == s)
                .ok_or_else(|| {
                    format!(
                        "unknown level `{}`; level is one of junior, mid, senior",
                        text::one_line(s)
                    )
                })
        })
    }

    fn time_limit(&mut self, node: &Node, path: &str) -> Option<u32> {
        let plain = matches!(node.value, Value::Scalar { plain: true, .. });
        self.checked(node, path, "a time limit", |s| {
            let secs = match s.trim().parse::<i64>() {
                Ok(n) if plain => u64::try_from(n).map_err(|_| TIME_LIMIT_RANGE.to_string())?,
                _ => parse_duration(s)
                    .ok_or_else(|| format!("{TIME_LIMIT_HELP}, not `{}`", text::one_line(s)))?,
            };
            if (1..=MAX_TIME_LIMIT).contains(&secs) {
                Ok(secs as u32)
            } else {
                Err(TIME_LIMIT_RANGE.to_string())
            }
        })
    }

    /// A non-empty list of match terms under `key`.
    fn terms(&mut self, f: &Fields, key: &str, path: &str) -> Option<Vec<String>> {
        let n = f.get(key)?;
        let list: Vec<String> = self
            .strings(n, &join(path, key), "term")?
            .iter()
            .map(|s| text::one_line(s.trim()))
            .filter(|s| !s.is_empty())
            .collect();
        if list.is_empty() {
            self.error(
                n.at,
                path,
                format!("`{key}` needs at least one non-empty term"),
            );
            return None;
        }
        Some(list)
    }

    /// A follow-up: a plain question, or `ask` with `if_mentions` or
    /// `if_missing` terms.
    fn follow_up(&mut self, node: &Node, path: &str) -> Option<FollowUp> {
        const EXPECTED: &str =
            "a follow-up: a question, or a mapping with `ask` and `if_mentions` or `if_missing`";
        match &node.value {
            Value::Scalar { .. } => {
                let t = text::sanitize(self.scalar(node, path, EXPECTED)?.trim(), true);
                if t.is_empty() {
                    self.error(node.at, path, "a follow-up question must not be empty");
                    return None;
                }
                Some(FollowUp::plain(t))
            }
            Value::Map(_) => {
                let f = self.fields(node, path, &["ask", "if_mentions", "if_missing"], EXPECTED)?;
                let ask = match f.get("ask") {
                    Some(a) => {
                        let t = self.scalar(a, &join(path, "ask"), "the follow-up question")?;
                        let t = text::sanitize(t.trim(), true);
                        if t.is_empty() {
                            self.error(a.at, path, "a follow-up's `ask` must not be empty");
                            return None;
                        }
                        Some(t)
                    }
                    None => {
                        self.error(f.at, path, "a follow-up needs `ask`: the question to ask");
                        None
                    }
                };
                let when = match (
                    f.found.contains_key("if_mentions"),
                    f.found.contains_key("if_missing"),
                ) {
                    (true, true) => {
                        self.error(
                            f.at,
                            path,
                            "a follow-up takes `if_mentions` or `if_missing`, not both: write two follow-ups",
                        );
                        return None;
                    }
                    (true, false) => AskWhen::Mentions(self.terms(&f, "if_mentions", path)?),
                    (false, true) => AskWhen::Missing(self.terms(&f, "if_missing", path)?),
                    (false, false) => AskWhen::Always,
                };
                Some(FollowUp { ask: ask?, when })
            }
            Value::Seq(_) => {
                self.wrong_type(node, path, EXPECTED);
                None
            }
        }
    }

    fn key_point(&mut self, node: &Node, path: &str) -> Option<KeyPoint> {
        const EXPECTED: &str = "a key point: a string, or a mapping with `text` and `match`";
        let (text, terms) = match &node.value {
            Value::Scalar { .. } => {
                let t = self.scalar(node, path, EXPECTED)?.trim();
                if t.is_empty() {
                    self.error(node.at, path, "a key point must not be empty");
                    return None;
                }
                (t.to_string(), None)
            }
            Value::Map(_) => {
                let f = self.fields(node, path, &["text", "match"], EXPECTED)?;
                let terms = f
                    .get("match")
                    .and_then(|m| self.strings(m, &join(path, "match"), "term"));
                if let (Some(t), Some(m)) = (&terms, f.get("match"))
                    && t.iter().all(|s| s.trim().is_empty())
                {
                    self.error(m.at, path, "`match` needs at least one non-empty term");
                }
                let text = match f.get("text") {
                    Some(t) => self.scalar(t, &join(path, "text"), "the key point's text")?,
                    None => {
                        self.error(f.at, path, "a key point needs `text`");
                        return None;
                    }
                };
                if text.trim().is_empty() {
                    self.error(f.at, path, "a key point's `text` must not be empty");
                    return None;
                }
                (text.trim().to_string(), terms)
            }
            Value::Seq(_) => {
                self.wrong_type(node, path, EXPECTED);
                return None;
            }
        };
        let explicit = terms.is_some();
        let terms = match terms {
            Some(t) => t
                .iter()
                .map(|s| text::one_line(s.trim()))
                .filter(|s| !s.is_empty())
                .collect(),
            None => significant_words(&text),
        };
        Some(KeyPoint {
            text: text::one_line(&text),
            terms,
            explicit,
            talking: false,
        })
    }
}

/// The question-level defaults a bank may set.
#[derive(Default)]
struct Defaults {
    time_limit: Option<u32>,
    kind: Option<Kind>,
    level: Option<Level>,
    tags: Vec<String>,
}

fn check_id(id: &str, what: &str) -> Result<(), String> {
    if id.trim().is_empty() {
        return Err(format!("{what} must not be empty"));
    }
    if id.chars().count() > 100 {
        return Err(format!("{what} is longer than 100 characters"));
    }
    if id
        .chars()
        .any(|c| c.is_whitespace() || text::is_dangerous(c))
    {
        return Err(format!(
            "{what} `{}` must not contain spaces or control characters",
            text::one_line(id)
        ));
    }
    Ok(())
}

/// Lowercase letters, digits and dashes, not starting with a dash, at most
/// 60 long: a role, or a story's project id.
pub(crate) fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 60
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !s.starts_with('-')
}

fn slug(s: &str) -> Result<String, String> {
    if is_slug(s) {
        Ok(s.to_string())
    } else {
        Err(format!(
            "role `{}` must be a slug: lowercase letters, digits and dashes, like `backend` or `data-engineering`",
            text::one_line(s)
        ))
    }
}

fn language(s: &str) -> Result<String, String> {
    let (base, rest) = s.split_once('-').unwrap_or((s, ""));
    let ok = (2..=3).contains(&base.len())
        && base.chars().all(|c| c.is_ascii_lowercase())
        && rest.chars().all(|c| c.is_ascii_alphanumeric());
    if ok {
        Ok(s.to_string())
    } else {
        Err(format!(
            "language `{}` must be a language code like `en` or `ko`",
            text::one_line(s)
        ))
    }
}

fn non_empty(what: &'static str) -> impl Fn(&str) -> Result<String, String> {
    move |s| {
        if s.trim().is_empty() {
            Err(format!("{what} must not be empty"))
        } else {
            Ok(s.trim().to_string())
        }
    }
}

/// Checks the whole tree; `Err` holds every problem found, in file order.
pub fn validate(
    file: &str,
    stem: &str,
    root: &Node,
    origin: Origin,
) -> Result<Bank, Vec<BankError>> {
    let mut c = Check::new(file);
    let bank = bank(&mut c, stem, root, origin);
    c.finish(bank)
}

fn bank(c: &mut Check, stem: &str, root: &Node, origin: Origin) -> Option<Bank> {
    let f = c.fields(root, "", BANK_KEYS, "a mapping with `role` and `questions`")?;
    let id = match f.get("id") {
        Some(n) => c.checked(n, "id", "a bank id", |s| {
            check_id(s, "bank id").map(|_| s.to_string())
        }),
        None => match check_id(stem, "bank id (from the file name)") {
            Ok(()) => Some(stem.to_string()),
            Err(m) => {
                c.error(f.at, "", m);
                None
            }
        },
    };
    let title = f
        .get("title")
        .and_then(|n| c.checked(n, "title", "a title", non_empty("title")));
    let role = match f.found.get("role") {
        Some(n) => c.checked(n, "role", "a role slug", slug),
        None => {
            c.error(
                f.at,
                "",
                "missing key `role`: every bank names the role it serves, like `role: backend`",
            );
            None
        }
    };
    let language = f
        .get("language")
        .and_then(|n| c.checked(n, "language", "a language code", language));
    let description = f
        .get("description")
        .and_then(|n| c.scalar(n, "description", "a description"))
        .map(|d| text::one_line(d.trim()))
        .filter(|d| !d.is_empty());
    let defaults = match f.get("defaults") {
        Some(n) => defaults(c, n),
        None => Defaults::default(),
    };
    let questions = match f.found.get("questions") {
        Some(n) => questions(c, n, &defaults),
        None => {
            c.error(
                f.at,
                "",
                "missing key `questions`: a bank needs a list of questions",
            );
            Vec::new()
        }
    };
    let id = id?;
    Some(Bank {
        title: text::one_line(title.as_deref().unwrap_or(&id)),
        id,
        role: role?,
        language: language.unwrap_or_else(|| "en".into()),
        description,
        questions,
        origin,
    })
}

fn defaults(c: &mut Check, node: &Node) -> Defaults {
    let path = "defaults";
    let Some(f) = c.fields(node, path, DEFAULT_KEYS, "a mapping of question defaults") else {
        return Defaults::default();
    };
    Defaults {
        time_limit: f
            .get("time_limit")
            .and_then(|n| c.time_limit(n, "defaults.time_limit")),
        kind: f.get("kind").and_then(|n| c.kind(n, "defaults.kind")),
        level: f.get("level").and_then(|n| c.level(n, "defaults.level")),
        tags: f
            .get("tags")
            .and_then(|n| c.strings(n, "defaults.tags", "tag"))
            .unwrap_or_default(),
    }
}

fn questions(c: &mut Check, node: &Node, defaults: &Defaults) -> Vec<Question> {
    let Value::Seq(items) = &node.value else {
        c.wrong_type(node, "questions", "a list of questions");
        return Vec::new();
    };
    if items.is_empty() {
        c.error(
            node.at,
            "questions",
            "`questions` is empty; a bank needs at least one question",
        );
    }
    let mut seen: HashMap<String, Pos> = HashMap::new();
    let mut out = Vec::with_capacity(items.len());
    for (i, q) in items.iter().enumerate() {
        if let Some(q) = question(c, q, &format!("questions[{i}]"), defaults, &mut seen) {
            out.push(q);
        }
    }
    out
}

fn question(
    c: &mut Check,
    node: &Node,
    path: &str,
    defaults: &Defaults,
    seen: &mut HashMap<String, Pos>,
) -> Option<Question> {
    let f = c.fields(
        node,
        path,
        QUESTION_KEYS,
        "a question: a mapping with `id` and `prompt`",
    )?;
    let p = |k: &str| join(path, k);
    let id = match f.found.get("id") {
        Some(n) => c.checked(n, &p("id"), "a question id", |s| {
            check_id(s, "question id")?;
            if let Some(first) = seen.get(s) {
                return Err(format!(
                    "duplicate question id `{}` (first at line {}): ids must be unique in a bank",
                    text::one_line(s),
                    first.line
                ));
            }
            seen.insert(s.to_string(), n.at);
            Ok(s.to_string())
        }),
        None => {
            c.error(f.at, path, "missing key `id`");
            None
        }
    };
    let prompt = match f.found.get("prompt") {
        Some(n) => c.checked(n, &p("prompt"), "a prompt", non_empty("prompt")),
        None => {
            c.error(f.at, path, "missing key `prompt`");
            None
        }
    };
    let kind = f.get("kind").and_then(|n| c.kind(n, &p("kind")));
    let level = f.get("level").and_then(|n| c.level(n, &p("level")));
    let tags = f.get("tags").and_then(|n| c.strings(n, &p("tags"), "tag"));
    let time_limit = f
        .get("time_limit")
        .and_then(|n| c.time_limit(n, &p("time_limit")));
    let key_points = match f.get("key_points") {
        Some(Node {
            value: Value::Seq(items),
            ..
        }) => items
            .iter()
            .enumerate()
            .filter_map(|(i, k)| c.key_point(k, &format!("{path}.key_points[{i}]")))
            .collect(),
        Some(other) => {
            c.wrong_type(other, &p("key_points"), "a list of key points");
            Vec::new()
        }
        None => Vec::new(),
    };
    let follow_ups = match f.get("follow_ups") {
        Some(Node {
            value: Value::Seq(items),
            ..
        }) => items
            .iter()
            .enumerate()
            .filter_map(|(i, n)| c.follow_up(n, &format!("{path}.follow_ups[{i}]")))
            .collect(),
        Some(other) => {
            c.wrong_type(other, &p("follow_ups"), "a list of follow-up questions");
            Vec::new()
        }
        None => Vec::new(),
    };
    let notes = f
        .get("notes")
        .and_then(|n| c.scalar(n, &p("notes"), "notes"));
    Some(Question {
        id: id?,
        prompt: text::sanitize(&prompt?, true),
        kind: kind.or(defaults.kind).unwrap_or(Kind::Technical),
        level: level.or(defaults.level),
        tags: tags
            .as_ref()
            .unwrap_or(&defaults.tags)
            .iter()
            .map(|t| text::one_line(t.trim()))
            .filter(|t| !t.is_empty())
            .collect(),
        time_limit: time_limit.or(defaults.time_limit).unwrap_or(120),
        key_points,
        follow_ups,
        notes: notes
            .map(|n| text::sanitize(n.trim(), true))
            .filter(|n| !n.is_empty()),
    })
}
