//! Checking a bank's node tree against the format and building the [`Bank`].
//! Every independent problem is collected, each at its own line and column,
//! in file order: one run of `banks validate` shows them all.

use std::collections::HashMap;

use super::model::{
    AskWhen, Bank, BankError, CompactString, DEFAULT_TIME_LIMIT, FollowUp, KeyPoint, Kind, Level,
    Origin, Question, parse_duration, significant_words,
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

    /// `expected` names what belongs there, in the interface's language
    /// ("a list of questions").
    pub(crate) fn wrong_type(&mut self, node: &Node, path: &str, expected: &str) {
        let found = node.describe();
        self.error(
            node.at,
            path,
            crate::t!("bank-wrong-type", found = found, expected = expected),
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
                self.error(k.at, path, crate::t!("bank-key-not-a-name"));
                continue;
            };
            match allowed.iter().find(|a| **a == key) {
                Some(name) => {
                    if found.insert(*name, v).is_some() {
                        self.error(k.at, path, crate::t!("bank-duplicate-key", key = *name));
                    }
                }
                None => self.error(
                    k.at,
                    path,
                    crate::t!(
                        "bank-unknown-key",
                        key = text::one_line(key),
                        allowed = quoted_list(allowed)
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

    /// A list of strings; `what` names one of them, in the interface's
    /// language ("tag").
    pub(crate) fn strings(&mut self, node: &Node, path: &str, what: &str) -> Option<Vec<String>> {
        let Value::Seq(items) = &node.value else {
            self.wrong_type(node, path, &crate::t!("bank-expected-list-of", what = what));
            return None;
        };
        let one = crate::t!("bank-expected-one", what = what);
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            if let Some(s) = self.scalar(item, &format!("{path}[{i}]"), &one) {
                out.push(s.to_string());
            }
        }
        Some(out)
    }

    fn kind(&mut self, node: &Node, path: &str) -> Option<Kind> {
        self.checked(node, path, &crate::t!("bank-expected-kind"), |s| {
            Kind::ALL
                .into_iter()
                .find(|k| k.as_str() == s)
                .ok_or_else(|| crate::t!("bank-unknown-kind", kind = text::one_line(s)))
        })
    }

    fn level(&mut self, node: &Node, path: &str) -> Option<Level> {
        self.checked(node, path, &crate::t!("bank-expected-level"), |s| {
            [Level::Junior, Level::Mid, Level::Senior]
                .into_iter()
                .find(|l| l.as_str() == s)
                .ok_or_else(|| crate::t!("bank-unknown-level", level = text::one_line(s)))
        })
    }

    fn time_limit(&mut self, node: &Node, path: &str) -> Option<u32> {
        let plain = matches!(node.value, Value::Scalar { plain: true, .. });
        let out_of_range = || crate::t!("bank-time-limit-range");
        self.checked(node, path, &crate::t!("bank-expected-time-limit"), |s| {
            let secs = match s.trim().parse::<i64>() {
                Ok(n) if plain => u64::try_from(n).map_err(|_| out_of_range())?,
                _ => parse_duration(s).ok_or_else(|| {
                    crate::t!("bank-time-limit-not-a-duration", given = text::one_line(s))
                })?,
            };
            if (1..=MAX_TIME_LIMIT).contains(&secs) {
                Ok(secs as u32)
            } else {
                Err(out_of_range())
            }
        })
    }

    /// A non-empty list of match terms under `key`.
    fn terms(&mut self, f: &Fields, key: &str, path: &str) -> Option<Vec<CompactString>> {
        let n = f.get(key)?;
        let list: Vec<CompactString> = self
            .strings(n, &join(path, key), &crate::t!("bank-term"))?
            .iter()
            .map(|s| one_line_short(s.trim()))
            .filter(|s| !s.is_empty())
            .collect();
        if list.is_empty() {
            self.error(n.at, path, crate::t!("bank-terms-empty", key = key));
            return None;
        }
        Some(list)
    }

    /// A follow-up: a plain question, or `ask` with `if_mentions` or
    /// `if_missing` terms.
    fn follow_up(&mut self, node: &Node, path: &str) -> Option<FollowUp> {
        let expected = crate::t!("bank-expected-follow-up");
        match &node.value {
            Value::Scalar { .. } => {
                let t = text::sanitize(self.scalar(node, path, &expected)?.trim(), true);
                if t.is_empty() {
                    self.error(node.at, path, crate::t!("bank-follow-up-empty"));
                    return None;
                }
                Some(FollowUp::plain(t))
            }
            Value::Map(_) => {
                let keys = ["ask", "if_mentions", "if_missing"];
                let f = self.fields(node, path, &keys, &expected)?;
                let ask = match f.get("ask") {
                    Some(a) => {
                        let what = crate::t!("bank-expected-follow-up-question");
                        let t = self.scalar(a, &join(path, "ask"), &what)?;
                        let t = text::sanitize(t.trim(), true);
                        if t.is_empty() {
                            self.error(a.at, path, crate::t!("bank-follow-up-ask-empty"));
                            return None;
                        }
                        Some(t)
                    }
                    None => {
                        self.error(f.at, path, crate::t!("bank-follow-up-needs-ask"));
                        None
                    }
                };
                let when = match (
                    f.found.contains_key("if_mentions"),
                    f.found.contains_key("if_missing"),
                ) {
                    (true, true) => {
                        self.error(f.at, path, crate::t!("bank-follow-up-both-conditions"));
                        return None;
                    }
                    (true, false) => AskWhen::Mentions(self.terms(&f, "if_mentions", path)?),
                    (false, true) => AskWhen::Missing(self.terms(&f, "if_missing", path)?),
                    (false, false) => AskWhen::Always,
                };
                Some(FollowUp { ask: ask?, when })
            }
            Value::Seq(_) => {
                self.wrong_type(node, path, &expected);
                None
            }
        }
    }

    fn key_point(&mut self, node: &Node, path: &str) -> Option<KeyPoint> {
        let expected = crate::t!("bank-expected-key-point");
        let (text, terms) = match &node.value {
            Value::Scalar { .. } => {
                let t = self.scalar(node, path, &expected)?.trim();
                if t.is_empty() {
                    self.error(node.at, path, crate::t!("bank-key-point-empty"));
                    return None;
                }
                (t.to_string(), None)
            }
            Value::Map(_) => {
                let f = self.fields(node, path, &["text", "match"], &expected)?;
                let terms = f
                    .get("match")
                    .and_then(|m| self.strings(m, &join(path, "match"), &crate::t!("bank-term")));
                if let (Some(t), Some(m)) = (&terms, f.get("match"))
                    && t.iter().all(|s| s.trim().is_empty())
                {
                    self.error(m.at, path, crate::t!("bank-terms-empty", key = "match"));
                }
                let text = match f.get("text") {
                    Some(t) => {
                        let what = crate::t!("bank-expected-key-point-text");
                        self.scalar(t, &join(path, "text"), &what)?
                    }
                    None => {
                        self.error(f.at, path, crate::t!("bank-key-point-needs-text"));
                        return None;
                    }
                };
                if text.trim().is_empty() {
                    self.error(f.at, path, crate::t!("bank-key-point-text-empty"));
                    return None;
                }
                (text.trim().to_string(), terms)
            }
            Value::Seq(_) => {
                self.wrong_type(node, path, &expected);
                return None;
            }
        };
        let explicit = terms.is_some();
        let terms = match terms {
            Some(t) => t
                .iter()
                .map(|s| one_line_short(s.trim()))
                .filter(|s| !s.is_empty())
                .collect(),
            None => significant_words(&text)
                .into_iter()
                .map(CompactString::from)
                .collect(),
        };
        Some(KeyPoint {
            text: text::one_line(&text),
            terms,
            explicit,
            talking: false,
        })
    }
}

/// [`text::one_line`] as a short string (an id, a tag, a term).
fn one_line_short(s: &str) -> CompactString {
    text::one_line(s).into()
}

/// The question-level defaults a bank may set.
#[derive(Default)]
struct Defaults {
    time_limit: Option<u32>,
    kind: Option<Kind>,
    level: Option<Level>,
    tags: Vec<String>,
}

/// Which id [`check_id`] checks: its code selects the words in the catalogue.
#[derive(Clone, Copy)]
enum IdOf {
    Bank,
    /// A bank id taken from the file name.
    BankFile,
    Question,
}

impl IdOf {
    fn code(self) -> &'static str {
        match self {
            IdOf::Bank => "bank",
            IdOf::BankFile => "file",
            IdOf::Question => "question",
        }
    }
}

fn check_id(id: &str, what: IdOf) -> Result<(), String> {
    let what = what.code();
    if id.trim().is_empty() {
        return Err(crate::t!("bank-id-empty", what = what));
    }
    if id.chars().count() > 100 {
        return Err(crate::t!("bank-id-too-long", what = what));
    }
    if id
        .chars()
        .any(|c| c.is_whitespace() || text::is_dangerous(c))
    {
        return Err(crate::t!(
            "bank-id-bad-characters",
            what = what,
            id = text::one_line(id)
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
        Err(crate::t!("bank-role-not-a-slug", role = text::one_line(s)))
    }
}

/// A language code as a bank's `language` takes it: `en`, `ko`, `pt-BR`.
pub(crate) fn is_language_code(s: &str) -> bool {
    let (base, rest) = s.split_once('-').unwrap_or((s, ""));
    (2..=3).contains(&base.len())
        && base.chars().all(|c| c.is_ascii_lowercase())
        && rest.chars().all(|c| c.is_ascii_alphanumeric())
}

fn language(s: &str) -> Result<String, String> {
    if is_language_code(s) {
        Ok(s.to_string())
    } else {
        Err(crate::t!(
            "bank-language-not-a-code",
            language = text::one_line(s)
        ))
    }
}

/// A text that must not be empty; `key` is its key in the file.
fn non_empty(key: &'static str) -> impl Fn(&str) -> Result<String, String> {
    move |s| {
        if s.trim().is_empty() {
            Err(crate::t!("bank-value-empty", key = key))
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
    let f = c.fields(root, "", BANK_KEYS, &crate::t!("bank-expected-bank"))?;
    let id = match f.get("id") {
        Some(n) => c.checked(n, "id", &crate::t!("bank-expected-bank-id"), |s| {
            check_id(s, IdOf::Bank).map(|_| s.to_string())
        }),
        None => match check_id(stem, IdOf::BankFile) {
            Ok(()) => Some(stem.to_string()),
            Err(m) => {
                c.error(f.at, "", m);
                None
            }
        },
    };
    let title = f.get("title").and_then(|n| {
        c.checked(
            n,
            "title",
            &crate::t!("bank-expected-title"),
            non_empty("title"),
        )
    });
    let role = match f.found.get("role") {
        Some(n) => c.checked(n, "role", &crate::t!("bank-expected-role"), slug),
        None => {
            c.error(f.at, "", crate::t!("bank-missing-role"));
            None
        }
    };
    let language = f.get("language").and_then(|n| {
        c.checked(
            n,
            "language",
            &crate::t!("bank-expected-language"),
            language,
        )
    });
    let description = f
        .get("description")
        .and_then(|n| c.scalar(n, "description", &crate::t!("bank-expected-description")))
        .map(|d| text::one_line(d.trim()))
        .filter(|d| !d.is_empty());
    let defaults = match f.get("defaults") {
        Some(n) => defaults(c, n),
        None => Defaults::default(),
    };
    let questions = match f.found.get("questions") {
        Some(n) => questions(c, n, &defaults),
        None => {
            c.error(f.at, "", crate::t!("bank-missing-questions"));
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
    let Some(f) = c.fields(
        node,
        path,
        DEFAULT_KEYS,
        &crate::t!("bank-expected-defaults"),
    ) else {
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
            .and_then(|n| c.strings(n, "defaults.tags", &crate::t!("bank-tag")))
            .unwrap_or_default(),
    }
}

fn questions(c: &mut Check, node: &Node, defaults: &Defaults) -> Vec<Question> {
    let Value::Seq(items) = &node.value else {
        c.wrong_type(node, "questions", &crate::t!("bank-expected-questions"));
        return Vec::new();
    };
    if items.is_empty() {
        c.error(node.at, "questions", crate::t!("bank-questions-empty"));
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
        &crate::t!("bank-expected-question"),
    )?;
    let p = |k: &str| join(path, k);
    let id = match f.found.get("id") {
        Some(n) => c.checked(n, &p("id"), &crate::t!("bank-expected-question-id"), |s| {
            check_id(s, IdOf::Question)?;
            if let Some(first) = seen.get(s) {
                return Err(crate::t!(
                    "bank-duplicate-question-id",
                    id = text::one_line(s),
                    line = first.line
                ));
            }
            seen.insert(s.to_string(), n.at);
            Ok(s.to_string())
        }),
        None => {
            c.error(f.at, path, crate::t!("bank-missing-key", key = "id"));
            None
        }
    };
    let prompt = match f.found.get("prompt") {
        Some(n) => c.checked(
            n,
            &p("prompt"),
            &crate::t!("bank-expected-prompt"),
            non_empty("prompt"),
        ),
        None => {
            c.error(f.at, path, crate::t!("bank-missing-key", key = "prompt"));
            None
        }
    };
    let kind = f.get("kind").and_then(|n| c.kind(n, &p("kind")));
    let level = f.get("level").and_then(|n| c.level(n, &p("level")));
    let tags = f
        .get("tags")
        .and_then(|n| c.strings(n, &p("tags"), &crate::t!("bank-tag")));
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
            c.wrong_type(
                other,
                &p("key_points"),
                &crate::t!("bank-expected-key-points"),
            );
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
            c.wrong_type(
                other,
                &p("follow_ups"),
                &crate::t!("bank-expected-follow-ups"),
            );
            Vec::new()
        }
        None => Vec::new(),
    };
    let notes = f
        .get("notes")
        .and_then(|n| c.scalar(n, &p("notes"), &crate::t!("bank-expected-notes")));
    Some(Question {
        id: id?.into(),
        prompt: text::sanitize(&prompt?, true),
        kind: kind.or(defaults.kind).unwrap_or(Kind::Technical),
        level: level.or(defaults.level),
        tags: tags
            .as_ref()
            .unwrap_or(&defaults.tags)
            .iter()
            .map(|t| one_line_short(t.trim()))
            .filter(|t| !t.is_empty())
            .collect(),
        time_limit: time_limit
            .or(defaults.time_limit)
            .unwrap_or(DEFAULT_TIME_LIMIT),
        key_points,
        follow_ups,
        notes: notes
            .map(|n| text::sanitize(n.trim(), true))
            .filter(|n| !n.is_empty()),
    })
}
