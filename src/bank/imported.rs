//! What a Markdown import found: the contract between the reader
//! (`bank::markdown`, which decides what in a document is a question) and
//! the writer (`bank::write` and `rehearse banks import`, which turn it
//! into bank files and a report).

use super::model::{Kind, Question};

/// A document read for questions.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Imported {
    /// The document's own title: its first level-1 heading, or the
    /// `title:` of its front matter.
    pub title: Option<String>,
    /// The questions, in source order, each with a unique id.
    pub taken: Vec<Taken>,
    /// What did not become a question, in source order.
    pub skipped: Vec<Skipped>,
    /// Near-duplicates (the same prompt but for spacing and punctuation)
    /// merged into the first one.
    pub merged: Vec<Merged>,
}

/// One question taken from the document.
#[derive(Debug, Clone, PartialEq)]
pub struct Taken {
    /// 1-based line of the prompt in the source.
    pub line: usize,
    /// The question as it goes into the bank: id, prompt, kind, tags,
    /// time limit and notes set; no key points or follow-ups.
    pub question: Question,
    /// Why the kind is what it is when it is not `technical`: the cue
    /// that was read ("Tell me about a time", "경험"), shown in the report
    /// so the user can correct it.
    pub kind_cue: Option<String>,
}

/// Why something in the document did not become a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reason {
    FrontMatter,
    CodeBlock,
    Html,
    Rule,
    Table,
    /// A heading that names a section (its text becomes a tag).
    Section,
    /// A table of contents: links to headings of the same document.
    Contents,
    EmptyItem,
    EmptyHeading,
    Duplicate,
    NotQuestion,
}

/// A block of the document that did not become a question.
#[derive(Debug, Clone, PartialEq)]
pub struct Skipped {
    /// 1-based first line of the block.
    pub line: usize,
    /// Its text, on one line, cut for the report.
    pub text: String,
    pub reason: Reason,
}

/// A question dropped as the near-duplicate of an earlier one.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    pub line: usize,
    pub prompt: String,
    /// The line of the question it was merged into.
    pub into_line: usize,
}

impl Taken {
    pub fn kind(&self) -> Kind {
        self.question.kind
    }
}
