//! The document as a flat run of blocks, from `pulldown-cmark`'s events:
//! each heading, paragraph, list item's own text, code block, HTML block,
//! rule, table and front matter, with its line, list depth and whether it
//! sits in a blockquote. The parser does all of Markdown; this only keeps
//! what question detection looks at.

use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::text::clean;

#[derive(Debug, Clone, PartialEq)]
pub(super) enum Kind {
    Heading(usize),
    Para,
    /// A list item's own text (its first paragraph, or its tight text).
    Item,
    Code {
        lang: String,
    },
    Html,
    /// An HTML block holding `<summary>…</summary>`: its text.
    Summary,
    /// An HTML block closing `</details>`.
    DetailsEnd,
    Rule,
    Table,
    FrontMatter,
}

#[derive(Debug, Clone)]
pub(super) struct Block {
    pub kind: Kind,
    /// 1-based line of the block's start.
    pub line: usize,
    /// Inline text: soft breaks as `\n`, code spans as `` `code` ``, links
    /// as their text. Raw for code, HTML and front matter.
    pub text: String,
    /// List nesting: 0 outside lists, 1 for a top-level list's items.
    pub depth: usize,
    /// Which list an item belongs to (a fresh number per list).
    pub list: usize,
    pub quote: bool,
    /// The link targets in the text, and whether the text is nothing but links.
    pub links: Vec<String>,
    pub only_links: bool,
    /// Its letters are all in bold (`**Q1. What?**`).
    pub bold: bool,
}

/// HTML tags dropped from inline text (others, such as `Vec<T>`, are text).
const TAGS: &[&str] = &[
    "a", "abbr", "b", "big", "br", "center", "code", "del", "details", "div", "em", "font", "i",
    "img", "ins", "kbd", "mark", "p", "pre", "s", "small", "span", "strike", "strong", "sub",
    "summary", "sup", "u",
];

fn known_tag(html: &str) -> bool {
    let name: String = html
        .trim_start_matches('<')
        .trim_start_matches('/')
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase();
    html.starts_with("<!--") || TAGS.contains(&name.as_str())
}

pub(super) struct Lines {
    starts: Vec<usize>,
}

impl Lines {
    pub fn new(text: &str) -> Lines {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Lines { starts }
    }

    /// The 1-based line of a byte offset.
    pub fn line(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset).max(1)
    }
}

#[derive(Default)]
struct Open {
    kind: Option<Kind>,
    line: usize,
    text: String,
    links: Vec<String>,
    /// Characters outside links other than spaces and punctuation.
    outside: bool,
    /// Letters or digits in and out of bold.
    strong: bool,
    plain: bool,
}

struct Flat<'a> {
    lines: &'a Lines,
    blocks: Vec<Block>,
    open: Open,
    depth: usize,
    lists: Vec<usize>,
    next_list: usize,
    quote: usize,
    in_link: usize,
    in_strong: usize,
    /// An item started and has had no text block yet.
    item_line: Option<usize>,
    /// Raw text of a code, HTML, table or metadata block being read.
    raw: Option<(Kind, usize, String)>,
}

impl Flat<'_> {
    fn begin(&mut self, kind: Kind, offset: usize) {
        self.flush();
        let (kind, line) = match self.item_line.take() {
            Some(l) if kind == Kind::Para => (Kind::Item, l),
            _ => (kind, self.lines.line(offset)),
        };
        self.open = Open {
            kind: Some(kind),
            line,
            ..Open::default()
        };
    }

    fn flush(&mut self) {
        let open = std::mem::take(&mut self.open);
        let Some(kind) = open.kind else {
            return;
        };
        self.blocks.push(Block {
            only_links: !open.links.is_empty() && !open.outside,
            bold: open.strong && !open.plain,
            kind,
            line: open.line,
            text: open.text,
            depth: self.depth,
            list: self.lists.last().copied().unwrap_or(0),
            quote: self.quote > 0,
            links: open.links,
        });
    }

    /// Inline text arriving: into the open block, or opening the item's own
    /// text (a tight item) or a paragraph.
    fn text(&mut self, s: &str, offset: usize) {
        if self.open.kind.is_none() {
            self.begin(Kind::Para, offset);
        }
        if s.chars().any(|c| c.is_alphanumeric()) {
            self.open.outside |= self.in_link == 0;
            self.open.strong |= self.in_strong > 0;
            self.open.plain |= self.in_strong == 0;
        }
        self.open.text.push_str(s);
    }

    fn raw_block(&mut self, kind: Kind, offset: usize) {
        self.flush();
        self.item_line = None;
        self.raw = Some((kind, self.lines.line(offset), String::new()));
    }

    fn end_raw(&mut self) {
        if let Some((kind, line, text)) = self.raw.take() {
            let kind = match kind {
                Kind::Html => html_kind(&text),
                k => k,
            };
            let text = match kind {
                Kind::Summary => summary_text(&text),
                _ => text,
            };
            self.blocks.push(Block {
                kind,
                line,
                text,
                depth: self.depth,
                list: self.lists.last().copied().unwrap_or(0),
                quote: self.quote > 0,
                links: Vec::new(),
                only_links: false,
                bold: false,
            });
        }
    }
}

fn html_kind(text: &str) -> Kind {
    let lower = text.to_ascii_lowercase();
    if lower.contains("<summary") {
        Kind::Summary
    } else if lower.trim_start().starts_with("</details") {
        Kind::DetailsEnd
    } else {
        Kind::Html
    }
}

/// The text between `<summary>` and `</summary>`, tags removed.
fn summary_text(html: &str) -> String {
    let lower = html.to_ascii_lowercase();
    let start = lower
        .find("<summary")
        .and_then(|s| lower[s..].find('>').map(|e| s + e + 1))
        .unwrap_or(0);
    let end = lower[start..]
        .find("</summary")
        .map_or(html.len(), |e| start + e);
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.get(start..end).unwrap_or("").chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    clean(&decode_entities(&out))
}

/// The few entities a `<summary>` line holds; the parser decodes the rest.
fn decode_entities(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
}

fn level(l: HeadingLevel) -> usize {
    match l {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// The blocks of `text` (already with `\n` line endings).
pub(super) fn blocks(text: &str, lines: &Lines) -> Vec<Block> {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS;
    let mut f = Flat {
        lines,
        blocks: Vec::new(),
        open: Open::default(),
        depth: 0,
        lists: Vec::new(),
        next_list: 0,
        quote: 0,
        in_link: 0,
        in_strong: 0,
        item_line: None,
        raw: None,
    };
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        let at = range.start;
        if let Some((_, _, raw)) = &mut f.raw {
            match event {
                Event::End(TagEnd::CodeBlock | TagEnd::HtmlBlock | TagEnd::MetadataBlock(_)) => {
                    f.end_raw();
                }
                Event::End(TagEnd::Table) => f.end_raw(),
                Event::Text(t) | Event::Html(t) | Event::Code(t) => {
                    raw.push_str(&t);
                    if matches!(f.raw, Some((Kind::Table, ..))) {
                        raw_push_space(&mut f.raw);
                    }
                }
                Event::End(TagEnd::TableRow | TagEnd::TableHead) => {
                    if let Some((_, _, r)) = &mut f.raw {
                        r.push('\n');
                    }
                }
                _ => {}
            }
            continue;
        }
        match event {
            Event::Start(Tag::Heading { level: l, .. }) => f.begin(Kind::Heading(level(l)), at),
            Event::Start(Tag::Paragraph) => f.begin(Kind::Para, at),
            Event::End(TagEnd::Heading(_) | TagEnd::Paragraph) => f.flush(),
            Event::Start(Tag::Item) => {
                f.flush();
                f.item_line = Some(lines.line(at));
            }
            Event::End(TagEnd::Item) => {
                if let Some(l) = f.item_line.take() {
                    // An item with no text at all.
                    f.open = Open {
                        kind: Some(Kind::Item),
                        line: l,
                        ..Open::default()
                    };
                }
                f.flush();
            }
            Event::Start(Tag::List(_)) => {
                f.flush();
                f.item_line = None;
                f.depth += 1;
                f.next_list += 1;
                f.lists.push(f.next_list);
            }
            Event::End(TagEnd::List(_)) => {
                f.flush();
                f.depth = f.depth.saturating_sub(1);
                f.lists.pop();
            }
            Event::Start(Tag::BlockQuote(_)) => {
                f.flush();
                f.item_line = None;
                f.quote += 1;
            }
            Event::End(TagEnd::BlockQuote(_)) => {
                f.flush();
                f.quote = f.quote.saturating_sub(1);
            }
            Event::Start(Tag::CodeBlock(kind)) => {
                let lang = match kind {
                    CodeBlockKind::Fenced(l) => l.split_whitespace().next().unwrap_or("").into(),
                    CodeBlockKind::Indented => String::new(),
                };
                f.raw_block(Kind::Code { lang }, at);
            }
            Event::Start(Tag::HtmlBlock) => f.raw_block(Kind::Html, at),
            Event::Start(Tag::MetadataBlock(_)) => f.raw_block(Kind::FrontMatter, at),
            Event::Start(Tag::Table(_)) => f.raw_block(Kind::Table, at),
            Event::Rule => {
                f.flush();
                f.item_line = None;
                f.blocks.push(Block {
                    kind: Kind::Rule,
                    line: lines.line(at),
                    text: String::new(),
                    depth: f.depth,
                    list: 0,
                    quote: f.quote > 0,
                    links: Vec::new(),
                    only_links: false,
                    bold: false,
                });
            }
            Event::Start(Tag::Link { dest_url, .. }) => {
                if f.open.kind.is_none() {
                    f.begin(Kind::Para, at);
                }
                f.open.links.push(dest_url.to_string());
                f.in_link += 1;
            }
            Event::End(TagEnd::Link) => f.in_link = f.in_link.saturating_sub(1),
            Event::Start(Tag::Strong) => f.in_strong += 1,
            Event::End(TagEnd::Strong) => f.in_strong = f.in_strong.saturating_sub(1),
            Event::Text(t) => f.text(&t, at),
            Event::Code(t) => {
                f.text("`", at);
                f.text(&t, at);
                f.text("`", at);
            }
            Event::InlineMath(t) | Event::DisplayMath(t) => f.text(&t, at),
            Event::InlineHtml(h) | Event::Html(h) => {
                if h.trim_start().to_ascii_lowercase().starts_with("<br") {
                    f.text("\n", at);
                } else if !known_tag(h.trim()) {
                    f.text(&h, at);
                }
            }
            Event::SoftBreak | Event::HardBreak if f.open.kind.is_some() => {
                f.open.text.push('\n');
            }
            Event::Start(Tag::FootnoteDefinition(_)) => {
                f.flush();
                f.item_line = None;
            }
            _ => {}
        }
    }
    f.end_raw();
    f.flush();
    f.blocks
}

fn raw_push_space(raw: &mut Option<(Kind, usize, String)>) {
    if let Some((_, _, r)) = raw {
        r.push(' ');
    }
}
