//! Reading a Markdown document of interview questions, for `rehearse banks
//! import`. `pulldown-cmark` reads the Markdown (`blocks`); this module only
//! decides what in it is a question.
//!
//! Questions may be list items, headings, `Q:`/`Question:`/`질문:`/`문제:`
//! labelled or wholly bold paragraphs, a paragraph right under a title
//! heading, or `<details><summary>` blocks. A question is one whose text
//! ends with `?`, with a Korean question or request ending, or starts with
//! an interview cue ("Explain", "How…"); in a list of questions or under a
//! questions heading, imperatives and noun phrases ("Difference between A
//! and B", "A vs B", "A와 B 차이") count too, and so does a title heading
//! with an answer among question headings of its level. Nested items,
//! paragraphs, quotes and code after a question are its notes; a heading
//! question takes its body up to the next heading of its level. A list of
//! links to the document's own headings is a table of contents. Section
//! headings tag the questions under them, parents kept.

mod blocks;
mod detect;
mod ids;
#[cfg(test)]
mod tests;
mod text;

use std::collections::{HashMap, HashSet};

use crate::bank::imported::{Imported, Merged, Reason, Skipped, Taken};
use crate::bank::{Kind, Question};

use blocks::{Block, Kind as B, Lines};
use detect::{asks_in_a_list, guess_kind, is_question, q_label, strip_answer_label, strip_labels};
pub use ids::slug;
use text::{clean, clean_code, clean_lines};

/// Notes longer than this (in characters) are cut, so that a long answer
/// body cannot push the bank over the loader's size limit.
const MAX_NOTES_CHARS: usize = 4000;
/// Skipped blocks are reported up to this many characters.
const MAX_REPORTED_CHARS: usize = 120;
/// The longest paragraph read as the question of the title above it.
const MAX_TOPIC_QUESTION_CHARS: usize = 160;

/// The words for a reason in the interface language, for the report.
pub fn reason_text(reason: Reason) -> String {
    match reason {
        Reason::FrontMatter => crate::t!("import-skip-front-matter"),
        Reason::CodeBlock => crate::t!("import-skip-code-block"),
        Reason::Html => crate::t!("import-skip-html"),
        Reason::Rule => crate::t!("import-skip-rule"),
        Reason::Table => crate::t!("import-skip-table"),
        Reason::Section => crate::t!("import-skip-section"),
        Reason::Contents => crate::t!("import-skip-contents"),
        Reason::EmptyItem => crate::t!("import-skip-empty-item"),
        Reason::EmptyHeading => crate::t!("import-skip-empty-heading"),
        Reason::Duplicate => crate::t!("import-skip-duplicate"),
        Reason::NotQuestion => crate::t!("import-skip-not-question"),
    }
}

/// Reads `markdown` for questions. Pure: never panics, and the same input
/// always gives the same output.
pub fn read(markdown: &str) -> Imported {
    let markdown = markdown.strip_prefix('\u{FEFF}').unwrap_or(markdown);
    let text = markdown.replace("\r\n", "\n").replace('\r', "\n");
    let lines = Lines::new(&text);
    let blocks = blocks::blocks(&text, &lines);
    let source: Vec<&str> = text.split('\n').collect();
    Reader::new(&blocks, &source).run()
}

#[derive(Clone, Copy, PartialEq)]
enum Origin {
    /// A list item at this depth: deeper items and its paragraphs are notes.
    Item { depth: usize },
    /// A heading: its body up to the next heading of its level.
    Heading(usize),
    /// A labelled, bold or topic paragraph: notes up to the next heading.
    Label,
    /// A `<summary>`: notes up to `</details>` or the next heading.
    Details,
}

struct Current {
    /// The draft the notes go to; `None` after a merged duplicate whose
    /// first already has notes.
    target: Option<usize>,
    origin: Origin,
    /// A paragraph after the list was taken (the answer after an item).
    took_block: bool,
    /// The depth of the first note item, for indenting nested notes.
    note_base: Option<usize>,
}

struct Draft {
    line: usize,
    prompt: String,
    tags: Vec<String>,
    notes: Vec<String>,
}

struct Reader<'a> {
    blocks: &'a [Block],
    source: &'a [&'a str],
    drafts: Vec<Draft>,
    skipped: Vec<Skipped>,
    merged: Vec<Merged>,
    keys: HashMap<String, usize>,
    /// Open section headings: (level, tag, names a questions list).
    sections: Vec<(usize, String, bool)>,
    cur: Option<Current>,
    title: Option<String>,
    front_title: Option<String>,
    /// The only level-1 heading is the document's title, not a tag.
    title_line: Option<usize>,
    /// (questions, items) per list.
    lists: HashMap<usize, (usize, usize)>,
    /// (questions, headings) per heading level.
    levels: [(usize, usize); 7],
    anchors: HashSet<String>,
    heading_keys: HashSet<String>,
    /// The block before was a section heading (a topic for a question
    /// paragraph right under it).
    topic: bool,
}

/// GitHub's anchor for a heading: lowercase, punctuation dropped, spaces `-`.
fn anchor(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_'))
        .flat_map(char::to_lowercase)
        .map(|c| if c == ' ' { '-' } else { c })
        .collect()
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        if b[i] == b'%'
            && let (Some(h), Some(l)) = (
                b.get(i + 1).copied().and_then(hex),
                b.get(i + 2).copied().and_then(hex),
            )
        {
            out.push((h * 16 + l) as u8);
            i += 3;
            continue;
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The prompt of an item or heading text and the lines after it that are
/// notes: a question wrapped onto more lines is one prompt, but a complete
/// question followed by more lines keeps those as notes.
fn prompt_and_rest(text: &str) -> (String, Vec<String>) {
    let lines = clean_lines(text);
    let Some(first) = lines.first() else {
        return (String::new(), Vec::new());
    };
    let head = strip_labels(first);
    let complete = head.ends_with(['?', '？', '.', '。', '!']) || detect::ends_as_question(&head);
    if lines.len() == 1 || (complete && is_question(&head)) {
        return (head, lines[1..].to_vec());
    }
    (strip_labels(&lines.join(" ")), Vec::new())
}

impl<'a> Reader<'a> {
    fn new(blocks: &'a [Block], source: &'a [&'a str]) -> Reader<'a> {
        let mut lists: HashMap<usize, (usize, usize)> = HashMap::new();
        let mut levels = [(0, 0); 7];
        let mut anchors = HashSet::new();
        let mut heading_keys = HashSet::new();
        let mut h1 = Vec::new();
        for b in blocks {
            match b.kind {
                B::Item => {
                    let e = lists.entry(b.list).or_default();
                    e.0 += usize::from(is_question(&prompt_and_rest(&b.text).0));
                    e.1 += 1;
                }
                B::Heading(l) => {
                    let t = clean(&b.text);
                    levels[l].0 += usize::from(is_question(&strip_labels(&t)));
                    levels[l].1 += 1;
                    anchors.insert(anchor(&t));
                    heading_keys.insert(ids::key(&t));
                    if l == 1 {
                        h1.push(b.line);
                    }
                }
                _ => {}
            }
        }
        Reader {
            blocks,
            source,
            drafts: Vec::new(),
            skipped: Vec::new(),
            merged: Vec::new(),
            keys: HashMap::new(),
            sections: Vec::new(),
            cur: None,
            title: None,
            front_title: None,
            title_line: (h1.len() == 1).then(|| h1[0]),
            lists,
            levels,
            anchors,
            heading_keys,
            topic: false,
        }
    }

    fn skip(&mut self, line: usize, reason: Reason) {
        let raw = self.source.get(line - 1).copied().unwrap_or("");
        let mut text = clean(raw);
        if text.chars().count() > MAX_REPORTED_CHARS {
            text = text.chars().take(MAX_REPORTED_CHARS).collect();
            text.push('…');
        }
        self.skipped.push(Skipped { line, text, reason });
    }

    fn run(mut self) -> Imported {
        for i in 0..self.blocks.len() {
            let topic = std::mem::take(&mut self.topic);
            self.block(i, topic);
        }
        self.finish()
    }

    fn block(&mut self, i: usize, topic: bool) {
        let b = &self.blocks[i];
        match &b.kind {
            B::FrontMatter => {
                self.front_title = b.text.lines().find_map(|l| {
                    let v = l
                        .strip_prefix("title:")
                        .or_else(|| l.strip_prefix("title ="))?;
                    let v = clean(v.trim().trim_matches(['"', '\'']));
                    (!v.is_empty()).then_some(v)
                });
                self.skip(b.line, Reason::FrontMatter);
            }
            B::Heading(level) => self.heading(i, *level),
            B::Item => self.item(b),
            B::Para => self.para(i, topic),
            B::Code { lang } => {
                if self.takes_code(b) {
                    let code = clean_code(&b.text);
                    self.note(format!("```{lang}\n{code}\n```"), true);
                } else {
                    self.skip(b.line, Reason::CodeBlock);
                }
            }
            B::Summary => {
                let labelled = q_label(detect::strip_enumeration(&b.text)).is_some();
                let prompt = strip_labels(&b.text);
                if !prompt.is_empty() && (labelled || is_question(&prompt)) {
                    self.start(b.line, prompt, Origin::Details);
                } else {
                    self.skip(b.line, Reason::NotQuestion);
                }
            }
            B::DetailsEnd => {
                self.skip(b.line, Reason::Html);
                if self.origin() == Some(Origin::Details) {
                    self.cur = None;
                }
            }
            B::Html => self.skip(b.line, Reason::Html),
            B::Rule => {
                self.skip(b.line, Reason::Rule);
                if !matches!(self.origin(), Some(Origin::Heading(_))) {
                    self.cur = None;
                }
            }
            B::Table => match self.origin() {
                Some(Origin::Heading(_) | Origin::Label | Origin::Details) => {
                    for row in clean_lines(&b.text) {
                        self.note(row, false);
                    }
                }
                _ => self.skip(b.line, Reason::Table),
            },
        }
    }

    fn origin(&self) -> Option<Origin> {
        self.cur.as_ref().map(|c| c.origin)
    }

    fn under_questions_heading(&self) -> bool {
        self.sections.iter().any(|s| s.2)
    }

    /// Whether the heading at `i` has a body and no sub-heading: a title
    /// whose answer follows.
    fn leaf_with_body(&self, i: usize, level: usize) -> bool {
        let Some(next) = self.blocks.get(i + 1) else {
            return false;
        };
        let body = match next.kind {
            B::Para | B::Code { .. } | B::Table => true,
            B::Item => next.quote || !self.questions_list(next.list),
            _ => false,
        };
        body && self.blocks[i + 1..]
            .iter()
            .find_map(|b| match b.kind {
                B::Heading(l) => Some(l),
                _ => None,
            })
            .is_none_or(|l| l <= level)
    }

    /// Most of a list's items are questions on their own.
    fn questions_list(&self, list: usize) -> bool {
        self.lists
            .get(&list)
            .is_some_and(|&(q, n)| q * 2 >= n && q > 0)
    }

    fn heading(&mut self, i: usize, level: usize) {
        let b = &self.blocks[i];
        let text = clean(&b.text);
        let prompt = strip_labels(&text);
        if level == 1 && self.title.is_none() && !prompt.is_empty() {
            self.title = Some(text.clone());
        }
        // A title heading over a question paragraph is the question's topic.
        let next_asks = self
            .blocks
            .get(i + 1)
            .is_some_and(|n| n.kind == B::Para && n.depth == 0 && self.para_asks(n));
        let (q, n) = self.levels[level];
        let asks = !next_asks
            && !prompt.is_empty()
            && (is_question(&prompt)
                || (self.under_questions_heading() && asks_in_a_list(&prompt))
                || (q >= 2 && q * 3 >= n && self.leaf_with_body(i, level)));
        if let Some(Origin::Heading(open)) = self.origin()
            && level > open
        {
            // A sub-heading inside a heading question's answer. In a quote
            // it is part of the answer's text, a question included (`> #####
            // 사용하는 이유는?` under `#### 트리거란?` reads on from it).
            if b.quote {
                self.note(prompt, true);
                return;
            }
            if !asks {
                self.skip(b.line, Reason::Section);
                return;
            }
        }
        self.sections.retain(|s| s.0 < level);
        if prompt.is_empty() {
            self.skip(b.line, Reason::EmptyHeading);
            self.cur = None;
        } else if asks {
            self.start(b.line, prompt, Origin::Heading(level));
        } else {
            self.skip(b.line, Reason::Section);
            let tag = if self.title_line == Some(b.line) {
                String::new()
            } else {
                ids::tag(&strip_labels(detect::strip_enumeration(&text)))
            };
            self.sections
                .push((level, tag, detect::questions_heading(&text)));
            self.cur = None;
            // The document's title introduces it; what follows is no
            // question's topic.
            self.topic = self.title_line != Some(b.line);
        }
    }

    /// A paragraph of nothing but links to the document's own headings.
    fn contents(&self, b: &Block) -> bool {
        b.only_links
            && b.links.iter().all(|l| {
                let Some((_, frag)) = l.split_once('#') else {
                    return false;
                };
                l.starts_with('#')
                    || self.anchors.contains(&percent_decode(frag).to_lowercase())
                    || self.heading_keys.contains(&ids::key(&b.text))
            })
    }

    fn item(&mut self, b: &Block) {
        if self.contents(b) {
            self.skip(b.line, Reason::Contents);
            if matches!(self.origin(), Some(Origin::Item { .. })) {
                self.cur = None;
            }
            return;
        }
        if let Some(c) = &self.cur {
            let note = match c.origin {
                Origin::Item { depth } => b.depth > depth,
                _ => {
                    c.note_base.is_some_and(|base| b.depth > base)
                        || self.lists.get(&b.list).is_none_or(|&(q, n)| q != n)
                }
            };
            if note {
                self.note_item(b);
                return;
            }
        }
        let (prompt, rest) = prompt_and_rest(&b.text);
        let loose = self.questions_list(b.list) || self.under_questions_heading();
        if prompt.is_empty() {
            self.skip(b.line, Reason::EmptyItem);
            self.cur = None;
        } else if is_question(&prompt) || (loose && asks_in_a_list(&prompt)) {
            self.start(b.line, prompt, Origin::Item { depth: b.depth });
            for l in rest {
                self.note(strip_answer_label(l), false);
            }
        } else {
            self.skip(b.line, Reason::NotQuestion);
            self.cur = None;
        }
    }

    fn note_item(&mut self, b: &Block) {
        let text = strip_answer_label(clean(&b.text));
        if text.is_empty() {
            self.skip(b.line, Reason::EmptyItem);
            return;
        }
        let Some(c) = &mut self.cur else {
            return;
        };
        let base = *c.note_base.get_or_insert(b.depth);
        let indent = "  ".repeat(b.depth.saturating_sub(base));
        self.note(format!("{indent}- {text}"), false);
    }

    /// A paragraph that starts a question: labelled (`Q:`), or wholly bold
    /// and asking.
    fn para_asks(&self, b: &Block) -> bool {
        let first = clean_lines(&b.text).into_iter().next().unwrap_or_default();
        !b.quote
            && (q_label(detect::strip_enumeration(&first)).is_some()
                || is_question(&strip_labels(&first)))
    }

    fn para(&mut self, i: usize, topic: bool) {
        let b = &self.blocks[i];
        let lines = clean_lines(&b.text);
        if b.depth == 0 && !b.quote && !lines.is_empty() {
            if self.contents(b) {
                self.skip(b.line, Reason::Contents);
                return;
            }
            let first = &lines[0];
            let labelled = q_label(detect::strip_enumeration(first)).is_some();
            let bold = b.bold && is_question(&strip_labels(first));
            // Under a title heading, a short paragraph that asks; a long one
            // is prose that happens to end asking ("… 사용해보세요.").
            let asks = topic
                && first.chars().count() <= MAX_TOPIC_QUESTION_CHARS
                && is_question(&strip_labels(first));
            if labelled || bold || asks {
                let prompt = strip_labels(first);
                if !prompt.is_empty() {
                    self.start(b.line, prompt, Origin::Label);
                    for (k, l) in lines[1..].iter().enumerate() {
                        // `Q:` / `A:` on alternate lines of one paragraph:
                        // each labelled line asks the next question.
                        if labelled && q_label(detect::strip_enumeration(l)).is_some() {
                            let next = strip_labels(l);
                            if !next.is_empty() {
                                self.start(b.line + k + 1, next, Origin::Label);
                                continue;
                            }
                        }
                        self.note(strip_answer_label(l.clone()), false);
                    }
                    return;
                }
            }
        }
        if self.takes_paragraph(i) {
            let mut first = true;
            for l in lines {
                let l = strip_answer_label(l);
                self.note(l, std::mem::take(&mut first));
            }
            if let Some(c) = &mut self.cur {
                c.took_block |= b.depth == 0;
            }
        } else {
            self.skip(b.line, Reason::NotQuestion);
            if matches!(self.origin(), Some(Origin::Item { .. })) {
                self.cur = None;
            }
        }
    }

    /// Whether the paragraph at `i` is the current question's notes. After
    /// a list item, a paragraph outside the list counts when it is a quote
    /// or more items follow it, so that a "Source: …" line after a list is
    /// not taken for an answer.
    fn takes_paragraph(&self, i: usize) -> bool {
        let b = &self.blocks[i];
        let Some(c) = &self.cur else {
            return false;
        };
        let Origin::Item { depth } = c.origin else {
            return true;
        };
        if b.depth >= depth && b.depth > 0 {
            return true;
        }
        if c.took_block {
            return false;
        }
        let after = self.blocks[i + 1..].iter().find(|n| n.kind != B::Para);
        b.quote || after.is_some_and(|n| n.kind == B::Item && n.depth == 1)
    }

    fn takes_code(&self, b: &Block) -> bool {
        match self.cur.as_ref() {
            None => false,
            Some(c) => match c.origin {
                Origin::Item { depth } => b.depth >= depth || !c.took_block,
                _ => true,
            },
        }
    }

    fn note(&mut self, text: String, paragraph: bool) {
        let Some(Current {
            target: Some(t), ..
        }) = self.cur
        else {
            return;
        };
        if text.is_empty() {
            return;
        }
        let notes = &mut self.drafts[t].notes;
        if paragraph && !notes.is_empty() {
            notes.push(String::new());
        }
        notes.push(text);
    }

    fn start(&mut self, line: usize, prompt: String, origin: Origin) {
        let key = ids::key(&prompt);
        if key.is_empty() {
            self.skip(line, Reason::EmptyItem);
            self.cur = None;
            return;
        }
        let target = if let Some(&first) = self.keys.get(&key) {
            self.merged.push(Merged {
                line,
                prompt,
                into_line: self.drafts[first].line,
            });
            self.drafts[first].notes.is_empty().then_some(first)
        } else {
            let mut tags: Vec<String> = Vec::new();
            for (_, t, _) in &self.sections {
                if !t.is_empty() && !tags.contains(t) {
                    tags.push(t.clone());
                }
            }
            self.keys.insert(key, self.drafts.len());
            self.drafts.push(Draft {
                line,
                prompt,
                tags,
                notes: Vec::new(),
            });
            Some(self.drafts.len() - 1)
        };
        self.cur = Some(Current {
            target,
            origin,
            took_block: false,
            note_base: None,
        });
    }

    fn finish(self) -> Imported {
        let mut ids = ids::Ids::default();
        let taken = self
            .drafts
            .into_iter()
            .map(|d| {
                let guess = guess_kind(&d.prompt);
                let kind = guess.map_or(Kind::Technical, |g| g.0);
                Taken {
                    line: d.line,
                    kind_cue: guess.map(|g| g.1.to_string()),
                    question: Question {
                        id: ids.unique(slug(&d.prompt)).into(),
                        kind,
                        level: None,
                        tags: d.tags.into_iter().map(Into::into).collect(),
                        time_limit: detect::time_limit(kind),
                        key_points: Vec::new(),
                        follow_ups: Vec::new(),
                        notes: joined_notes(&d.notes),
                        prompt: d.prompt,
                    },
                }
            })
            .collect();
        Imported {
            title: self.front_title.or(self.title),
            taken,
            skipped: self.skipped,
            merged: self.merged,
        }
    }
}

/// The notes as one string, cut at a line boundary past `MAX_NOTES_CHARS`.
fn joined_notes(lines: &[String]) -> Option<String> {
    let mut out = String::new();
    let mut chars = 0;
    for l in lines {
        if chars > MAX_NOTES_CHARS {
            out.push_str("\n…");
            break;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(l);
        chars += l.chars().count() + 1;
    }
    let out = out.trim();
    (!out.is_empty()).then(|| out.to_string())
}
