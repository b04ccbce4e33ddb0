//! YAML text to a tree of nodes that remember their line and column, read
//! from the parser's event stream with two bounds that make a hostile file
//! cheap to refuse: how deep collections nest, and how much aliases may add.
//!
//! Both are checked as the events arrive, so the parser never runs past the
//! point where a bound is crossed (a 200,000-deep `[[[…` costs what its first
//! 33 levels cost).

use std::collections::HashMap;

use saphyr_parser::{Event, Parser, ScalarStyle, Span};

/// Collections may nest this deep; a bank needs 6 (questions, a question,
/// key points, a key point, its match terms).
pub const MAX_DEPTH: usize = 32;
/// What aliases may add to the document, in the units of [`weight`]: a
/// scalar costs its length plus [`NODE_WEIGHT`], a collection [`NODE_WEIGHT`]
/// plus its children. One MiB is far beyond any shared `defaults`.
pub const MAX_ALIAS_WEIGHT: usize = 1024 * 1024;
const NODE_WEIGHT: usize = 64;

/// What kind of document is read, for the messages that name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Doc {
    /// "bank", "story": selects the words for it in the catalogue.
    pub name: &'static str,
    /// "banks", "stories".
    pub plural: &'static str,
    /// How deep its own collections nest, said when a file nests deeper.
    pub depth: usize,
}

/// A question bank: questions, a question, key points, a key point, its
/// match terms.
pub const BANK: Doc = Doc {
    name: "bank",
    plural: "banks",
    depth: 6,
};

impl Doc {
    /// The message for a document nested past [`MAX_DEPTH`].
    pub fn too_deep(&self) -> String {
        crate::t!(
            "bank-yaml-too-deep",
            max = MAX_DEPTH,
            doc = self.name,
            depth = self.depth
        )
    }
}

/// A 1-based line and column (in characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pos {
    pub line: usize,
    pub col: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub at: Pos,
    pub value: Value,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// The scalar's text; `plain` when it was written without quotes or a
    /// block indicator (only a plain scalar can be a number or null).
    Scalar {
        text: String,
        plain: bool,
    },
    Seq(Vec<Node>),
    Map(Vec<(Node, Node)>),
}

impl Node {
    /// A plain empty, `~` or `null` scalar: YAML's null.
    pub fn is_null(&self) -> bool {
        matches!(&self.value, Value::Scalar { text, plain: true }
            if matches!(text.as_str(), "" | "~" | "null" | "Null" | "NULL"))
    }

    /// The node as JSON, for reading a document with serde: a plain scalar
    /// that YAML reads as null, a boolean or a number becomes one; every
    /// other scalar is a string; map keys are their scalar text.
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::Value as J;
        match &self.value {
            _ if self.is_null() => J::Null,
            Value::Scalar { text, plain: true } => match text.as_str() {
                "true" | "True" | "TRUE" => J::Bool(true),
                "false" | "False" | "FALSE" => J::Bool(false),
                t => t
                    .parse::<i64>()
                    .map(J::from)
                    .ok()
                    .or_else(|| {
                        t.parse::<f64>()
                            .ok()
                            .and_then(|f| serde_json::Number::from_f64(f).map(J::Number))
                    })
                    .unwrap_or_else(|| J::String(t.to_string())),
            },
            Value::Scalar { text, .. } => J::String(text.clone()),
            Value::Seq(items) => J::Array(items.iter().map(Node::to_json).collect()),
            Value::Map(pairs) => J::Object(
                pairs
                    .iter()
                    .map(|(k, v)| {
                        let key = match &k.value {
                            Value::Scalar { text, .. } => text.clone(),
                            _ => k.describe(),
                        };
                        (key, v.to_json())
                    })
                    .collect(),
            ),
        }
    }

    /// What this node is, for "invalid type" messages.
    pub fn describe(&self) -> String {
        match &self.value {
            Value::Scalar { text, .. } => {
                crate::t!(
                    "bank-yaml-string",
                    text = crate::text::truncate(&crate::text::one_line(text), 40)
                )
            }
            Value::Seq(_) => crate::t!("bank-yaml-sequence"),
            Value::Map(_) => crate::t!("bank-yaml-map"),
        }
    }
}

/// A problem reading the YAML itself, at a place in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    pub at: Pos,
    pub message: String,
    /// The parser's own complaint, rather than one of our bounds.
    pub is_syntax: bool,
}

fn pos(span: &Span) -> Pos {
    Pos {
        line: span.start.line(),
        col: span.start.col() + 1,
    }
}

fn err(at: Pos, message: impl Into<String>) -> YamlError {
    YamlError {
        at,
        message: message.into(),
        is_syntax: false,
    }
}

/// A collection being read: its start, anchor, children so far and weight.
struct Open {
    at: Pos,
    anchor: usize,
    map: bool,
    items: Vec<Node>,
    weight: usize,
}

/// Reads one bank's YAML. `Ok(None)` when the text holds no document.
pub fn load(src: &str) -> Result<Option<Node>, YamlError> {
    load_as(src, BANK)
}

/// Reads one YAML document of the kind `doc` names (in its messages).
/// `Ok(None)` when the text holds no document.
pub fn load_as(src: &str, doc: Doc) -> Result<Option<Node>, YamlError> {
    if let Some(bad) = first_unprintable(src) {
        return Err(err(bad, crate::t!("bank-yaml-control-character")));
    }
    let mut stack: Vec<Open> = Vec::new();
    let mut anchors: HashMap<usize, (Node, usize)> = HashMap::new();
    let mut alias_weight = 0usize;
    let mut root: Option<Node> = None;
    let mut documents = 0;
    for item in Parser::new_from_str(src) {
        let (event, span) = item.map_err(|e| YamlError {
            at: Pos {
                line: e.marker().line(),
                col: e.marker().col() + 1,
            },
            message: e.info().to_string(),
            is_syntax: true,
        })?;
        let at = pos(&span);
        let finished = match event {
            Event::DocumentStart(_) => {
                documents += 1;
                if documents > 1 {
                    return Err(err(
                        at,
                        crate::t!("bank-yaml-second-document", doc = doc.name),
                    ));
                }
                continue;
            }
            Event::SequenceStart(anchor, _) | Event::MappingStart(anchor, _) => {
                if stack.len() >= MAX_DEPTH {
                    return Err(err(at, doc.too_deep()));
                }
                stack.push(Open {
                    at,
                    anchor,
                    map: matches!(event, Event::MappingStart(..)),
                    items: Vec::new(),
                    weight: NODE_WEIGHT,
                });
                continue;
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let Some(open) = stack.pop() else {
                    continue;
                };
                let value = if open.map {
                    let mut pairs = Vec::with_capacity(open.items.len() / 2);
                    let mut it = open.items.into_iter();
                    while let (Some(k), Some(v)) = (it.next(), it.next()) {
                        pairs.push((k, v));
                    }
                    Value::Map(pairs)
                } else {
                    Value::Seq(open.items)
                };
                (Node { at: open.at, value }, open.anchor, open.weight)
            }
            Event::Scalar(text, style, anchor, _) => {
                let weight = NODE_WEIGHT + text.len();
                let value = Value::Scalar {
                    text: text.into_owned(),
                    plain: style == ScalarStyle::Plain,
                };
                (Node { at, value }, anchor, weight)
            }
            Event::Alias(id) => {
                let Some((node, weight)) = anchors.get(&id) else {
                    // The parser refuses unknown anchors, so this one is still open.
                    return Err(err(at, crate::t!("bank-yaml-alias-inside-itself")));
                };
                alias_weight = alias_weight.saturating_add(*weight);
                if alias_weight > MAX_ALIAS_WEIGHT {
                    return Err(err(
                        at,
                        crate::t!(
                            "bank-yaml-aliases-too-big",
                            doc = doc.name,
                            kib = MAX_ALIAS_WEIGHT / 1024
                        ),
                    ));
                }
                let mut node = node.clone();
                node.at = at;
                (node, 0, *weight)
            }
            Event::StreamStart | Event::StreamEnd | Event::DocumentEnd | Event::Nothing => {
                continue;
            }
        };
        let (node, anchor, weight) = finished;
        if anchor != 0 {
            anchors.insert(anchor, (node.clone(), weight));
        }
        match stack.last_mut() {
            Some(parent) => {
                parent.weight = parent.weight.saturating_add(weight);
                parent.items.push(node);
            }
            None => root = Some(node),
        }
    }
    Ok(root)
}

/// The first character YAML does not allow in a stream (C0 and C1 controls
/// other than tab and line breaks, DEL, surrogates, U+FFFE/U+FFFF).
fn first_unprintable(src: &str) -> Option<Pos> {
    let printable = |c: char| {
        matches!(c, '\t' | '\n' | '\r' | ' '..='~' | '\u{85}' | '\u{A0}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}')
            || c >= '\u{10000}'
    };
    let mut line = 1;
    let mut col = 1;
    for c in src.chars() {
        if !printable(c) {
            return Some(Pos { line, col });
        }
        if c == '\n' {
            line += 1;
            col = 1;
        } else {
            col += 1;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scalar(n: &Node) -> &str {
        match &n.value {
            Value::Scalar { text, .. } => text,
            other => panic!("not a scalar: {other:?}"),
        }
    }

    #[test]
    fn nodes_carry_their_place() {
        let root = load("a: 1\nb:\n  - x\n  - 'y'\n").unwrap().unwrap();
        let Value::Map(pairs) = &root.value else {
            panic!("not a map")
        };
        assert_eq!(scalar(&pairs[0].0), "a");
        assert_eq!(pairs[1].1.at, Pos { line: 3, col: 3 });
        let Value::Seq(items) = &pairs[1].1.value else {
            panic!("not a seq")
        };
        assert_eq!(items[1].at, Pos { line: 4, col: 5 });
        assert!(matches!(items[1].value, Value::Scalar { plain: false, .. }));
    }

    #[test]
    fn nodes_read_as_json_the_way_yaml_types_them() {
        let root = load("a: 4\nb: '4'\nc: [x, ~, true, 1.5]\nd:\n")
            .unwrap()
            .unwrap();
        assert_eq!(
            root.to_json(),
            serde_json::json!({ "a": 4, "b": "4", "c": ["x", null, true, 1.5], "d": null })
        );
    }

    #[test]
    fn aliases_are_copies_at_their_own_place() {
        let root = load("a: &t [x, y]\nb: *t\n").unwrap().unwrap();
        let Value::Map(pairs) = &root.value else {
            panic!("not a map")
        };
        assert_eq!(pairs[1].1.at, Pos { line: 2, col: 4 });
        assert_eq!(pairs[0].1.value, pairs[1].1.value);
    }

    #[test]
    fn bounds() {
        let deep = format!("a: {}{}\n", "[".repeat(40), "]".repeat(40));
        let e = load(&deep).unwrap_err();
        assert_eq!(
            e.at,
            Pos {
                line: 1,
                col: 4 + MAX_DEPTH - 1
            }
        );
        let block = format!("a:\n{}x\n", "- ".repeat(40));
        assert!(load(&block).unwrap_err().message.contains("nest deeper"));
        let many = format!("a: &a {}\nb: [{}]\n", "x".repeat(1000), "*a,".repeat(1000));
        let e = load(&many).unwrap_err();
        assert!(e.message.contains("aliases expand"), "{e:?}");
        assert_eq!(e.at.line, 2);
        assert!(load("a: 1\n---\nb: 2\n").is_err());
        assert_eq!(load("# only a comment\n").unwrap(), None);
    }
}
