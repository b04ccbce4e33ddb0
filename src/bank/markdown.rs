//! Importing a Markdown document of interview questions into a YAML question
//! bank, for `rehearse banks import`.
//!
//! Questions may be bullet items (`-`, `*`, `+`), numbered items (`1.`,
//! `1)`) or headings, mixed freely; also `Q:`-labelled or wholly bold
//! paragraph lines and `<details><summary>` blocks. A question is one whose
//! text ends with `?`/`？`, with a Korean question or request ending (`요`,
//! `까`, `시오`, ...) or starts with an interview cue ("Explain", "How", ...).
//! Nested bullets, and a paragraph or blockquote right after a question,
//! become that question's notes; a heading question takes its whole answer
//! body (up to the next heading of its level) as notes. Section headings tag
//! the questions under them. Everything else is skipped and reported with its
//! line number and a reason.

use std::collections::HashSet;
use std::fmt::Write as _;

use crate::text::is_dangerous;

/// The result of an import: the bank text and what was taken or skipped.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub yaml: String,
    pub taken: Vec<TakenQuestion>,
    pub skipped: Vec<Skipped>,
}

/// A question written to the bank, with its 1-based source line.
#[derive(Debug, Clone, PartialEq)]
pub struct TakenQuestion {
    pub line: usize,
    pub id: String,
    pub prompt: String,
    pub has_notes: bool,
}

/// A non-blank source line (or block) that did not become a question.
#[derive(Debug, Clone, PartialEq)]
pub struct Skipped {
    pub line: usize,
    pub text: String,
    pub reason: String,
}

const FRONT_MATTER: &str = "front matter";
const CODE_BLOCK: &str = "code block";
const HTML_COMMENT: &str = "HTML comment";
const HTML: &str = "HTML";
const RULE: &str = "horizontal rule";
const TABLE: &str = "table";
const SECTION: &str = "section heading";
const EMPTY_ITEM: &str = "empty item";
const EMPTY_HEADING: &str = "empty heading";
const DUPLICATE: &str = "duplicate question";
const DUPLICATE_NOTES: &str = "notes of a duplicate question";
const NOT_QUESTION: &str = "not a question";

/// Notes longer than this (in characters) are cut, so that a long answer
/// body cannot push the bank over the loader's size limit.
const MAX_NOTES_CHARS: usize = 4000;
/// Skipped lines are reported up to this many characters.
const MAX_REPORTED_CHARS: usize = 120;
/// How far the inline scanner looks for a closing bracket or backtick run.
const SCAN_LIMIT: usize = 4000;

/// Imports `markdown` as a bank with the given id, title, role and language.
/// Never panics; the same input always gives the same output.
pub fn import_markdown(
    markdown: &str,
    bank_id: &str,
    title: &str,
    role: &str,
    lang: &str,
) -> Imported {
    let markdown = markdown.strip_prefix('\u{FEFF}').unwrap_or(markdown);
    let lines: Vec<&str> = markdown
        .split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .collect();
    let mut parser = Parser {
        lines: &lines,
        drafts: Vec::new(),
        skipped: Vec::new(),
        seen: HashSet::new(),
        ids: HashSet::new(),
        sections: Vec::new(),
        cur: None,
    };
    parser.run();
    let Parser {
        drafts, skipped, ..
    } = parser;
    let notes: Vec<Option<String>> = drafts.iter().map(|d| joined_notes(&d.notes)).collect();
    let yaml = render(bank_id, title, role, lang, &drafts, &notes);
    let taken = drafts
        .iter()
        .zip(&notes)
        .map(|(d, n)| TakenQuestion {
            line: d.line,
            id: d.id.clone(),
            prompt: d.prompt.clone(),
            has_notes: n.is_some(),
        })
        .collect();
    Imported {
        yaml,
        taken,
        skipped,
    }
}

/// The question id for a prompt: its ASCII words, lowercased and joined by
/// `-` (at most 6 words and 48 characters); for a prompt without ASCII
/// letters, `q-` and 8 hex digits of the FNV-1a hash of its normalised text.
pub fn slug(text: &str) -> String {
    if text.chars().any(|c| c.is_ascii_alphabetic()) {
        let s = ascii_slug(text);
        if !s.is_empty() {
            return s;
        }
    }
    let h = fnv1a64(normalise(text).as_bytes());
    format!("q-{:08x}", (h ^ (h >> 32)) as u32)
}

fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// Lowercase ASCII words of `text`, joined by `-`: at most 6 words and 48
/// characters. Empty when `text` has no ASCII letters or digits.
fn ascii_slug(text: &str) -> String {
    let text: String = text.chars().filter(|c| !matches!(c, '\'' | '’')).collect();
    let mut out = String::new();
    let words = text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(6);
    for w in words {
        let w = w.to_ascii_lowercase();
        if out.is_empty() {
            out = w.chars().take(48).collect();
        } else if out.len() + 1 + w.len() <= 48 {
            out.push('-');
            out.push_str(&w);
        } else {
            break;
        }
    }
    out
}

/// Lowercase letters and digits (any script), words joined by one space:
/// the key for spotting duplicate prompts and for hashing.
fn normalise(text: &str) -> String {
    let mut out = String::new();
    for w in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(w.chars().flat_map(char::to_lowercase));
    }
    out
}

// ---------------------------------------------------------------------------
// Line classification

/// Columns of leading whitespace (tabs to the next multiple of 4) and the rest.
fn indent(line: &str) -> (usize, &str) {
    let mut cols = 0;
    for (i, c) in line.char_indices() {
        match c {
            ' ' => cols += 1,
            '\t' => cols += 4 - cols % 4,
            _ => return (cols, &line[i..]),
        }
    }
    (cols, "")
}

enum Block<'a> {
    Blank,
    Fence(char, usize),
    Comment,
    Rule,
    Heading(usize, &'a str),
    Item {
        indent: usize,
        content: usize,
        text: &'a str,
    },
    Quote {
        indent: usize,
        text: &'a str,
    },
    Pipe,
    Summary(String),
    DetailsEnd,
    Html,
    Para {
        indent: usize,
        text: &'a str,
    },
}

fn classify(line: &str) -> Block<'_> {
    let (ind, rest) = indent(line);
    let t = rest.trim_end();
    if t.is_empty() {
        return Block::Blank;
    }
    if let Some((c, n)) = fence_open(t) {
        return Block::Fence(c, n);
    }
    if t.starts_with("<!--") {
        return Block::Comment;
    }
    if is_rule(t) {
        return Block::Rule;
    }
    if ind <= 3
        && let Some((level, text)) = heading(t)
    {
        return Block::Heading(level, text);
    }
    if let Some((width, text)) = item_marker(t) {
        return Block::Item {
            indent: ind,
            content: ind + width,
            text,
        };
    }
    if t.starts_with('>') {
        let mut q = t;
        while let Some(r) = q.strip_prefix('>') {
            q = r.trim_start();
        }
        return Block::Quote {
            indent: ind,
            text: q,
        };
    }
    if t.starts_with('|') {
        return Block::Pipe;
    }
    if t.starts_with('<') {
        let lower = t.to_ascii_lowercase();
        if lower.contains("<summary") {
            return Block::Summary(clean_inline(t));
        }
        if lower.starts_with("</details") {
            return Block::DetailsEnd;
        }
        if is_lone_tag(t) || clean_inline(t).is_empty() {
            return Block::Html;
        }
    }
    Block::Para {
        indent: ind,
        text: t,
    }
}

/// A line that is one HTML or MDX tag: `<head>`, `</div>`, `<Ad />`.
fn is_lone_tag(t: &str) -> bool {
    let Some(inner) = t.strip_prefix('<').and_then(|r| r.strip_suffix('>')) else {
        return false;
    };
    let inner = inner.strip_prefix('/').unwrap_or(inner);
    let name = inner
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
        .count();
    inner.starts_with(|c: char| c.is_ascii_alphabetic())
        && !inner.contains(['<', '>'])
        && (inner.len() == name || inner[name..].starts_with([' ', '\t', '/']))
}

fn fence_open(t: &str) -> Option<(char, usize)> {
    let c = t.chars().next()?;
    if c != '`' && c != '~' {
        return None;
    }
    let n = t.chars().take_while(|&x| x == c).count();
    if n < 3 || (c == '`' && t[n..].contains('`')) {
        return None;
    }
    Some((c, n))
}

fn fence_close(line: &str, c: char, n: usize) -> bool {
    let t = line.trim();
    let m = t.chars().take_while(|&x| x == c).count();
    m >= n && t[m..].trim().is_empty()
}

/// A thematic break (`---`, `* * *`, `___`) or a setext `===` underline.
fn is_rule(t: &str) -> bool {
    let Some(c) = t.chars().next() else {
        return false;
    };
    if c == '=' {
        return t.chars().all(|x| x == '=');
    }
    if !matches!(c, '-' | '*' | '_') {
        return false;
    }
    let mut count = 0;
    for x in t.chars() {
        if x == c {
            count += 1;
        } else if x != ' ' && x != '\t' {
            return false;
        }
    }
    count >= 3
}

fn is_setext_underline(t: &str) -> bool {
    let t = t.trim();
    (!t.is_empty() && t.chars().all(|c| c == '=')) || (t.len() >= 2 && t.chars().all(|c| c == '-'))
}

fn is_table_delimiter(t: &str) -> bool {
    let t = t.trim();
    t.contains('|')
        && t.contains('-')
        && t.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ' | '\t'))
}

fn heading(t: &str) -> Option<(usize, &str)> {
    let n = t.bytes().take_while(|&b| b == b'#').count();
    if !(1..=6).contains(&n) {
        return None;
    }
    let rest = &t[n..];
    if !rest.is_empty() && !rest.starts_with([' ', '\t']) {
        return None;
    }
    let text = rest.trim();
    let stripped = text.trim_end_matches('#');
    if stripped.is_empty() {
        return Some((n, ""));
    }
    if stripped.ends_with([' ', '\t']) {
        return Some((n, stripped.trim_end()));
    }
    Some((n, text))
}

/// A list marker at the start of `t`: (marker width with its spacing, text).
fn item_marker(t: &str) -> Option<(usize, &str)> {
    let b = t.as_bytes();
    let m = if matches!(b.first(), Some(b'-' | b'*' | b'+')) {
        1
    } else {
        let d = b.iter().take_while(|c| c.is_ascii_digit()).count();
        if (1..=9).contains(&d) && matches!(b.get(d), Some(b'.' | b')')) {
            d + 1
        } else {
            return None;
        }
    };
    let after = &t[m..];
    if after.is_empty() {
        return Some((m + 1, ""));
    }
    if !after.starts_with([' ', '\t']) {
        return None;
    }
    let spaces = after.len() - after.trim_start().len();
    let width = if spaces > 4 { 1 } else { spaces };
    Some((m + width, after.trim()))
}

// ---------------------------------------------------------------------------
// Inline Markdown

enum Tok {
    Text(String),
    Code(String),
    Delim {
        ch: char,
        left: usize,
        open: bool,
        close: bool,
    },
}

fn push_char(out: &mut Vec<Tok>, c: char) {
    if let Some(Tok::Text(s)) = out.last_mut() {
        s.push(c);
    } else {
        out.push(Tok::Text(c.to_string()));
    }
}

/// Plain text of one line of Markdown: emphasis, code spans, links, images,
/// HTML tags and comments, entities and a leading checkbox removed; runs of
/// whitespace collapsed; control and bidi-override characters dropped.
fn clean_inline(s: &str) -> String {
    let s = strip_checkbox(s.trim());
    let chars: Vec<char> = s.chars().collect();
    let mut toks = Vec::new();
    tokenize(&chars, &mut toks, 0);
    resolve_emphasis(&mut toks);
    let mut out = String::with_capacity(s.len());
    for t in &toks {
        match t {
            Tok::Text(x) | Tok::Code(x) => out.push_str(x),
            Tok::Delim { ch, left, .. } => out.extend(std::iter::repeat_n(*ch, *left)),
        }
    }
    tidy(&out)
}

fn strip_checkbox(s: &str) -> &str {
    for p in ["[ ]", "[x]", "[X]"] {
        if let Some(r) = s.strip_prefix(p)
            && (r.is_empty() || r.starts_with([' ', '\t']))
        {
            return r.trim_start();
        }
    }
    s
}

/// Collapses whitespace to single spaces, trims, and drops unsafe characters.
fn tidy(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = true;
        } else if !is_dangerous(c) {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    out
}

fn run_len(chars: &[char], i: usize, c: char) -> usize {
    chars[i..].iter().take_while(|&&x| x == c).count()
}

fn tokenize(chars: &[char], out: &mut Vec<Tok>, depth: usize) {
    let n = chars.len();
    let mut i = 0;
    while i < n {
        let c = chars[i];
        match c {
            '\\' if i + 1 < n && chars[i + 1].is_ascii_punctuation() => {
                push_char(out, chars[i + 1]);
                i += 2;
            }
            '`' => {
                let run = run_len(chars, i, '`');
                match code_close(chars, i + run, run) {
                    Some(end) => {
                        let inner: String = chars[i + run..end].iter().collect();
                        let inner = match inner.strip_prefix(' ').and_then(|x| x.strip_suffix(' '))
                        {
                            Some(x) if !x.trim().is_empty() => x.to_string(),
                            _ => inner,
                        };
                        out.push(Tok::Code(inner));
                        i = end + run;
                    }
                    None => {
                        for _ in 0..run {
                            push_char(out, '`');
                        }
                        i += run;
                    }
                }
            }
            '[' | '!' => {
                let at = if c == '!' { i + 1 } else { i };
                if c == '[' && chars.get(i + 1) == Some(&'^') {
                    // A footnote reference: dropped.
                    if let Some(close) = chars[i..n.min(i + 64)].iter().position(|&x| x == ']') {
                        i += close + 1;
                        continue;
                    }
                }
                let link = if chars.get(at) == Some(&'[') {
                    link_at(chars, at)
                } else {
                    None
                };
                match link {
                    Some((a, b, next)) => {
                        if depth < 8 {
                            tokenize(&chars[a..b], out, depth + 1);
                        } else {
                            for &x in &chars[a..b] {
                                push_char(out, x);
                            }
                        }
                        i = next;
                    }
                    None => {
                        push_char(out, c);
                        i += 1;
                    }
                }
            }
            '<' => match html_at(chars, i, out) {
                Some(next) => i = next,
                None => {
                    push_char(out, '<');
                    i += 1;
                }
            },
            '&' => match entity_at(chars, i) {
                Some((x, next)) => {
                    push_char(out, x);
                    i = next;
                }
                None => {
                    push_char(out, '&');
                    i += 1;
                }
            },
            '*' | '_' | '~' => {
                let run = run_len(chars, i, c);
                let prev = if i == 0 { ' ' } else { chars[i - 1] };
                let next = chars.get(i + run).copied().unwrap_or(' ');
                let (open, close) = match c {
                    '~' if run != 2 => (false, false),
                    // Lenient about punctuation, so that `**'A'**는` works.
                    '*' | '~' => (!next.is_whitespace(), !prev.is_whitespace()),
                    // No intraword emphasis with `_`: snake_case stays.
                    _ => (
                        !next.is_whitespace() && !prev.is_alphanumeric(),
                        !prev.is_whitespace() && !next.is_alphanumeric(),
                    ),
                };
                if open || close {
                    out.push(Tok::Delim {
                        ch: c,
                        left: run,
                        open,
                        close,
                    });
                } else {
                    for _ in 0..run {
                        push_char(out, c);
                    }
                }
                i += run;
            }
            _ => {
                push_char(out, c);
                i += 1;
            }
        }
    }
}

/// Where the closing backtick run of exactly `run` backticks starts.
fn code_close(chars: &[char], from: usize, run: usize) -> Option<usize> {
    let end = chars.len().min(from.saturating_add(SCAN_LIMIT));
    let mut j = from;
    while j < end {
        if chars[j] == '`' {
            let r = run_len(chars, j, '`');
            if r == run {
                return Some(j);
            }
            j += r;
        } else {
            j += 1;
        }
    }
    None
}

/// A link `[text](url)` or `[text][ref]` at `i`: (text start, text end, next).
fn link_at(chars: &[char], i: usize) -> Option<(usize, usize, usize)> {
    let limit = chars.len().min(i + SCAN_LIMIT);
    let mut depth = 0usize;
    let mut j = i;
    let close = loop {
        if j >= limit {
            return None;
        }
        match chars[j] {
            '\\' => j += 1,
            '[' => depth += 1,
            ']' => {
                depth -= 1;
                if depth == 0 {
                    break j;
                }
            }
            _ => {}
        }
        j += 1;
    };
    let (open, shut) = match chars.get(close + 1) {
        Some('(') => ('(', ')'),
        Some('[') => ('[', ']'),
        _ => return None,
    };
    let mut depth = 0usize;
    let mut m = close + 1;
    while m < limit {
        match chars[m] {
            '\\' => m += 1,
            x if x == open => depth += 1,
            x if x == shut => {
                depth -= 1;
                if depth == 0 {
                    return Some((i + 1, close, m + 1));
                }
            }
            _ => {}
        }
        m += 1;
    }
    None
}

/// Known HTML tags, removed from text (`<br>` becomes a space).
const HTML_TAGS: &str = "a abbr article aside b big blockquote body br button caption center \
     code col colgroup dd del details div dl dt em figcaption figure font \
     footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img input \
     ins kbd label li link main mark meta nav ol p picture pre q s samp \
     script section small source span strike strong style sub summary sup \
     svg table tbody td tfoot th thead tr tt u ul var video wbr";

/// An HTML comment, autolink or known tag at `i`: where scanning goes on.
fn html_at(chars: &[char], i: usize, out: &mut Vec<Tok>) -> Option<usize> {
    let n = chars.len();
    if chars[i..].starts_with(&['<', '!', '-', '-']) {
        let end = chars[i + 4..]
            .windows(3)
            .position(|w| w == ['-', '-', '>'])
            .map_or(n, |p| i + 4 + p + 3);
        return Some(end);
    }
    let j = i + 1;
    let scheme = chars[j..]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '.' | '-'))
        .count();
    if scheme >= 2 && chars.get(j + scheme) == Some(&':') {
        let end = chars[j..]
            .iter()
            .take_while(|c| !c.is_whitespace() && **c != '<')
            .position(|&c| c == '>');
        if let Some(p) = end {
            for &c in &chars[j..j + p] {
                push_char(out, c);
            }
            return Some(j + p + 1);
        }
    }
    let k = if chars.get(j) == Some(&'/') { j + 1 } else { j };
    let name_len = chars[k.min(n)..]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    if name_len == 0 || !matches!(chars.get(k + name_len), Some('>' | '/' | ' ' | '\t')) {
        return None;
    }
    let name: String = chars[k..k + name_len]
        .iter()
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if !HTML_TAGS.split_ascii_whitespace().any(|t| t == name) {
        return None;
    }
    let end = k + chars[k..].iter().position(|&c| c == '>')?;
    if name == "br" {
        push_char(out, ' ');
    }
    Some(end + 1)
}

fn entity_at(chars: &[char], i: usize) -> Option<(char, usize)> {
    let semi = chars[i..chars.len().min(i + 12)]
        .iter()
        .position(|&c| c == ';')?;
    let name: String = chars[i + 1..i + semi].iter().collect();
    let c = match name.as_str() {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        _ => {
            let num = name.strip_prefix('#')?;
            let code = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => num.parse().ok()?,
            };
            char::from_u32(code).filter(|c| *c != '\0')?
        }
    };
    Some((c, i + semi + 1))
}

/// Pairs emphasis delimiters; matched ones are dropped, the rest stay literal.
fn resolve_emphasis(toks: &mut [Tok]) {
    let mut stack: Vec<usize> = Vec::new();
    for i in 0..toks.len() {
        let Tok::Delim {
            ch, open, close, ..
        } = toks[i]
        else {
            continue;
        };
        if close {
            while let Some(p) = stack
                .iter()
                .rposition(|&o| matches!(toks[o], Tok::Delim { ch: oc, .. } if oc == ch))
            {
                let o = stack[p];
                let (Tok::Delim { left: ol, .. }, Tok::Delim { left: cl, .. }) =
                    (&toks[o], &toks[i])
                else {
                    break;
                };
                let k = (*ol).min(*cl);
                if k == 0 {
                    break;
                }
                if let Tok::Delim { left, .. } = &mut toks[o] {
                    *left -= k;
                }
                let mut rest = 0;
                if let Tok::Delim { left, .. } = &mut toks[i] {
                    *left -= k;
                    rest = *left;
                }
                stack.truncate(p + 1);
                if matches!(toks[o], Tok::Delim { left: 0, .. }) {
                    stack.pop();
                }
                if rest == 0 {
                    break;
                }
            }
        }
        if open && matches!(toks[i], Tok::Delim { left, .. } if left > 0) {
            stack.push(i);
        }
    }
}

/// A prompt: inline Markdown removed, then leading numbering and labels such
/// as `1.`, `Q:`, `Q1.` or `질문:` stripped.
fn clean_prompt(raw: &str) -> String {
    strip_labels(&clean_inline(raw))
}

fn strip_labels(s: &str) -> String {
    let mut t = s.trim();
    for _ in 0..4 {
        let next = strip_enumeration(t);
        let next = q_label(next).unwrap_or(next);
        if next == t {
            break;
        }
        t = next;
    }
    t.trim().to_string()
}

/// `1. `, `2) `, `1.2 ` at the start; `2024 trends` is left alone.
fn strip_enumeration(t: &str) -> &str {
    let b = t.as_bytes();
    let mut j = 0;
    let mut dotted = false;
    loop {
        let d = b[j..].iter().take_while(|c| c.is_ascii_digit()).count();
        if d == 0 || d > 3 {
            return t;
        }
        j += d;
        if b.get(j) == Some(&b'.') && b.get(j + 1).is_some_and(u8::is_ascii_digit) {
            j += 1;
            dotted = true;
            continue;
        }
        break;
    }
    if matches!(b.get(j), Some(b'.' | b')')) {
        j += 1;
    } else if !dotted {
        return t;
    }
    let rest = &t[j..];
    if rest.starts_with([' ', '\t']) && !rest.trim().is_empty() {
        rest.trim_start()
    } else {
        t
    }
}

/// The text after a question label (`Q:`, `Q.`, `Q1)`, `Q2 `, `질문:`).
fn q_label(t: &str) -> Option<&str> {
    let (head, rest) = if let Some(r) = t.strip_prefix(['Q', 'q']) {
        ("q", r)
    } else if let Some(r) = t.strip_prefix("질문") {
        ("질문", r.trim_start())
    } else {
        return None;
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let after = &rest[digits..];
    for p in [':', '：', '.', ')', ']'] {
        if let Some(r) = after.strip_prefix(p) {
            let loose = matches!(p, ':' | '：') || head == "질문";
            if r.is_empty() || r.starts_with([' ', '\t']) || loose {
                return Some(r.trim_start());
            }
            return None;
        }
    }
    if digits > 0 && after.starts_with([' ', '\t']) {
        return Some(after.trim_start());
    }
    None
}

/// A note line with a leading answer label (`A:`, `A1.`, `Answer:`, `답:`,
/// `답변:`) removed.
fn strip_answer_label(s: String) -> String {
    let (loose, rest) = if let Some(r) = s.strip_prefix("Answer") {
        (false, r)
    } else if let Some(r) = s.strip_prefix(['A', 'a']) {
        (false, r)
    } else if let Some(r) = s.strip_prefix("답변").or_else(|| s.strip_prefix("답")) {
        (true, r.trim_start())
    } else {
        return s;
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let after = &rest[digits..];
    for p in [':', '：', '.', ')'] {
        if let Some(r) = after.strip_prefix(p)
            && (r.is_empty() || r.starts_with([' ', '\t']) || loose || p != '.')
        {
            let r = r.trim_start();
            if !r.is_empty() {
                return r.to_string();
            }
        }
    }
    s
}

/// A paragraph line that is a question on its own: one with a question label,
/// or a wholly bold question.
fn label_question(raw: &str) -> Option<String> {
    let cleaned = clean_inline(raw);
    if let Some(rest) = q_label(strip_enumeration(&cleaned)) {
        let p = strip_labels(rest);
        return (!p.is_empty()).then_some(p);
    }
    let r = raw.trim();
    let bold = ["**", "__"]
        .iter()
        .any(|d| r.len() > 4 && r.starts_with(d) && r.trim_end_matches(['?', '？']).ends_with(d));
    if bold {
        let p = strip_labels(&cleaned);
        if is_question(&p) {
            return Some(p);
        }
    }
    None
}

// ---------------------------------------------------------------------------
// What counts as a question

/// Whether a cleaned line of text reads as an interview question.
fn is_question(text: &str) -> bool {
    let t = text.trim();
    if t.is_empty() {
        return false;
    }
    ends_as_question(t)
        || without_trailing_group(t).is_some_and(ends_as_question)
        || english_cue(t)
        || last_sentence(t).is_some_and(english_cue)
}

/// The last sentence of a several-sentence text ("Some context. Give an
/// example of ...").
fn last_sentence(t: &str) -> Option<&str> {
    let cut = [". ", "? ", "! "]
        .iter()
        .filter_map(|sep| t.rfind(sep).map(|p| p + sep.len()))
        .max()?;
    let rest = t[cut..].trim();
    (!rest.is_empty()).then_some(rest)
}

fn ends_as_question(t: &str) -> bool {
    let core = t.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '?' && c != '？');
    core.ends_with(['?', '？']) || korean_ending(core)
}

/// `t` without a trailing `(...)`, `（...）` or `[...]` group.
fn without_trailing_group(t: &str) -> Option<&str> {
    let (open, close) = match t.chars().last()? {
        ')' => ('(', ')'),
        '）' => ('（', '）'),
        ']' => ('[', ']'),
        _ => return None,
    };
    let mut depth = 0usize;
    for (i, c) in t.char_indices().rev() {
        if c == close {
            depth += 1;
        } else if c == open {
            depth = depth.saturating_sub(1);
            if depth == 0 {
                let before = t[..i].trim_end();
                return (!before.is_empty()).then_some(before);
            }
        }
    }
    None
}

const KOREAN_ENDINGS: &[&str] = &[
    "요", "까", "시오", "하라", "해라", "죠", "인가", "는가", "은가", "던가",
];
/// Nouns that happen to end like a question: headings, not questions.
const KOREAN_NOUNS: &[&str] = &["개요", "필요", "불필요", "중요", "주요", "수요", "인가"];

fn korean_ending(core: &str) -> bool {
    let Some(last) = core.split_whitespace().last() else {
        return false;
    };
    let last = last.trim_start_matches(|c: char| !c.is_alphanumeric());
    if last.chars().count() < 2 || KOREAN_NOUNS.contains(&last) {
        return false;
    }
    KOREAN_ENDINGS.iter().any(|e| last.ends_with(e))
}

const INTERROGATIVES: &[&str] = &[
    "what", "how", "why", "when", "where", "which", "who", "whom", "whose",
];
/// After an interrogative these make a title ("How it works", "What we do").
const TITLE_SECOND_WORDS: &[&str] = &[
    "i", "we", "it", "they", "this", "these", "those", "our", "my", "you", "your", "he", "she",
];
/// "How to contribute" and friends are README sections, not questions...
const README_VERBS: &[&str] = &["contribute", "install", "study", "read", "help"];
/// ...and so are short ones like "How to use" or "How to get started".
const README_SHORT_VERBS: &[&str] = &["use", "run", "start", "get", "set"];
const IMPERATIVES: &[&str] = &[
    "explain",
    "describe",
    "compare",
    "contrast",
    "define",
    "discuss",
    "implement",
    "introduce",
    "summarize",
    "summarise",
    "elaborate",
    "write",
    "share",
];
const YES_NO: &[&str] = &[
    "can", "could", "would", "will", "have", "do", "did", "are", "were", "should", "is",
];

fn english_cue(t: &str) -> bool {
    let mut words: Vec<String> = t
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
                .replace('’', "'")
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    if words.first().is_some_and(|w| w == "please") {
        words.remove(0);
    }
    if words.len() < 2 {
        return false;
    }
    let count = words.len();
    let (first, second) = match words[0].strip_suffix("'s") {
        Some(f) => (f, "is"),
        None => (words[0].as_str(), words[1].as_str()),
    };
    let third = words.get(2).map_or("", String::as_str);
    if INTERROGATIVES.contains(&first) {
        if count < 3 || TITLE_SECOND_WORDS.contains(&second) {
            return false;
        }
        let readme =
            README_VERBS.contains(&third) || (count <= 4 && README_SHORT_VERBS.contains(&third));
        return !(first == "how" && second == "to" && readme);
    }
    if IMPERATIVES.contains(&first) {
        return true;
    }
    match first {
        "tell" => matches!(second, "me" | "us" | "about"),
        "walk" | "talk" | "take" => matches!(second, "me" | "us" | "through" | "about"),
        "teach" => matches!(second, "me" | "us"),
        "name" => matches!(
            second,
            "a" | "an" | "one" | "two" | "three" | "some" | "your"
        ),
        "give" => matches!(
            second,
            "an" | "a" | "me" | "us" | "examples" | "one" | "some"
        ),
        "list" => second != "of",
        "design" => matches!(second, "a" | "an" | "the" | "your" | "one" | "how"),
        _ => YES_NO.contains(&first) && count >= 3 && matches!(second, "you" | "there" | "it"),
    }
}

// ---------------------------------------------------------------------------
// The document parser

#[derive(Clone, Copy, PartialEq)]
enum Origin {
    /// A list item: nested items and one following paragraph are its notes.
    Item { marker: usize, content: usize },
    /// A heading: its body up to the next heading of its level is its notes.
    Heading(usize),
    /// A `Q:`-labelled or bold paragraph line: notes up to the next heading.
    Label,
    /// A `<summary>`: notes up to `</details>` or the next heading.
    Details,
}

struct Current {
    /// Index into the drafts; `None` for a duplicate, whose notes are dropped.
    target: Option<usize>,
    origin: Origin,
    blank: bool,
    in_para: bool,
    took_block: bool,
    interrupted: bool,
    note_indents: Vec<usize>,
    first_note_item: Option<usize>,
}

struct Draft {
    line: usize,
    id: String,
    prompt: String,
    tag: Option<String>,
    notes: Vec<String>,
}

struct Parser<'a> {
    lines: &'a [&'a str],
    drafts: Vec<Draft>,
    skipped: Vec<Skipped>,
    seen: HashSet<String>,
    ids: HashSet<String>,
    /// Open section headings: (level, tag slug, possibly empty).
    sections: Vec<(usize, String)>,
    cur: Option<Current>,
}

fn report(skipped: &mut Vec<Skipped>, line: usize, text: &str, reason: &str) {
    let mut text = tidy(text);
    if text.chars().count() > MAX_REPORTED_CHARS {
        text = text.chars().take(MAX_REPORTED_CHARS).collect();
        text.push('…');
    }
    skipped.push(Skipped {
        line,
        text,
        reason: reason.to_string(),
    });
}

impl Parser<'_> {
    fn run(&mut self) {
        let mut i = self.front_matter();
        while i < self.lines.len() {
            i = self.step(i).max(i + 1);
        }
    }

    fn skip(&mut self, i: usize, reason: &str) {
        report(&mut self.skipped, i + 1, self.lines[i], reason);
    }

    fn front_matter(&mut self) -> usize {
        let closers: &[&str] = match self.lines.first().map(|l| l.trim_end()) {
            Some("---") => &["---", "..."],
            Some("+++") => &["+++"],
            _ => return 0,
        };
        for j in 1..self.lines.len() {
            if closers.contains(&self.lines[j].trim_end()) {
                self.skip(0, FRONT_MATTER);
                return j + 1;
            }
        }
        0
    }

    fn interrupt(&mut self) {
        if let Some(c) = &mut self.cur {
            c.interrupted = true;
            c.in_para = false;
        }
    }

    /// Handles line `i` and returns the index of the next line to look at.
    fn step(&mut self, i: usize) -> usize {
        let len = self.lines.len();
        match classify(self.lines[i]) {
            Block::Blank => {
                if let Some(c) = &mut self.cur {
                    c.blank = true;
                    c.in_para = false;
                }
                i + 1
            }
            Block::Fence(ch, n) => {
                let end = (i + 1..len)
                    .find(|&j| fence_close(self.lines[j], ch, n))
                    .unwrap_or(len);
                self.skip(i, CODE_BLOCK);
                self.interrupt();
                end + 1
            }
            Block::Comment => {
                let first = self.lines[i].trim_start();
                let end = if first.get(4..).is_some_and(|r| r.contains("-->")) {
                    i
                } else {
                    (i + 1..len)
                        .find(|&j| self.lines[j].contains("-->"))
                        .unwrap_or(len)
                };
                self.skip(i, HTML_COMMENT);
                end + 1
            }
            Block::Rule => {
                self.skip(i, RULE);
                self.cur = None;
                i + 1
            }
            Block::Heading(level, text) => {
                self.heading(i, level, text);
                i + 1
            }
            Block::Item {
                indent,
                content,
                text,
            } => self.item(i, indent, content, text),
            Block::Quote { indent, text } => {
                self.paragraph_note(i, indent, text, true);
                i + 1
            }
            Block::Pipe => self.table(i),
            Block::Summary(text) => {
                let prompt = strip_labels(&text);
                let labelled = q_label(strip_enumeration(&text)).is_some();
                if !prompt.is_empty() && (labelled || is_question(&prompt)) {
                    self.start(i, prompt, Origin::Details);
                } else {
                    self.skip(i, NOT_QUESTION);
                }
                i + 1
            }
            Block::DetailsEnd => {
                self.skip(i, HTML);
                if self
                    .cur
                    .as_ref()
                    .is_some_and(|c| c.origin == Origin::Details)
                {
                    self.cur = None;
                }
                i + 1
            }
            Block::Html => {
                self.skip(i, HTML);
                i + 1
            }
            Block::Para { indent, text } => self.para(i, indent, text),
        }
    }

    fn table(&mut self, i: usize) -> usize {
        let mut j = i + 1;
        while j < self.lines.len() {
            let t = self.lines[j].trim();
            if t.is_empty() || !t.contains('|') {
                break;
            }
            j += 1;
        }
        self.skip(i, TABLE);
        self.interrupt();
        j
    }

    fn heading(&mut self, i: usize, level: usize, raw: &str) {
        let prompt = clean_prompt(raw);
        let question = is_question(&prompt);
        if let Some(c) = &mut self.cur
            && let Origin::Heading(open) = c.origin
            && level > open
            && !question
        {
            // A sub-heading inside a heading question's answer.
            c.in_para = false;
            c.blank = true;
            self.skip(i, SECTION);
            return;
        }
        self.sections.retain(|(l, _)| *l < level);
        if prompt.is_empty() {
            self.skip(i, EMPTY_HEADING);
            self.cur = None;
        } else if question {
            self.start(i, prompt, Origin::Heading(level));
        } else {
            self.skip(i, SECTION);
            self.sections.push((level, ascii_slug(&prompt)));
            self.cur = None;
        }
    }

    fn item(&mut self, i: usize, indent: usize, content: usize, raw: &str) -> usize {
        if let Some(c) = &self.cur {
            let note = match c.origin {
                Origin::Item { marker, .. } => indent > marker,
                _ => {
                    c.first_note_item.is_some_and(|f| indent > f)
                        || !is_question(&clean_prompt(raw))
                }
            };
            if note {
                self.note_item(i, indent, raw);
                return i + 1;
            }
        }
        let (prompt, next) = self.item_prompt(i, content, raw);
        if prompt.is_empty() {
            self.skip(i, EMPTY_ITEM);
            self.cur = None;
            i + 1
        } else if is_question(&prompt) {
            self.start(
                i,
                prompt,
                Origin::Item {
                    marker: indent,
                    content,
                },
            );
            next
        } else {
            self.skip(i, NOT_QUESTION);
            self.cur = None;
            i + 1
        }
    }

    /// An item's prompt; a question wrapped onto indented lines is joined.
    fn item_prompt(&self, i: usize, content: usize, raw: &str) -> (String, usize) {
        let prompt = clean_prompt(raw);
        if prompt.is_empty() || is_question(&prompt) {
            return (prompt, i + 1);
        }
        let mut joined = raw.to_string();
        let mut j = i + 1;
        while j < self.lines.len() && j <= i + 5 {
            match classify(self.lines[j]) {
                Block::Para { indent, text } if indent >= content => {
                    joined.push(' ');
                    joined.push_str(text);
                    j += 1;
                }
                _ => break,
            }
        }
        if j > i + 1 {
            let p = clean_prompt(&joined);
            if is_question(&p) {
                return (p, j);
            }
        }
        (prompt, i + 1)
    }

    fn note_item(&mut self, i: usize, indent: usize, raw: &str) {
        let text = strip_answer_label(clean_inline(raw));
        if text.is_empty() {
            self.skip(i, EMPTY_ITEM);
            return;
        }
        let Some(c) = &mut self.cur else {
            return;
        };
        while c.note_indents.last().is_some_and(|&t| indent <= t) {
            c.note_indents.pop();
        }
        let depth = c.note_indents.len();
        c.note_indents.push(indent);
        c.first_note_item.get_or_insert(indent);
        c.in_para = false;
        let line = format!("{}- {text}", "  ".repeat(depth));
        self.note(i, line, false);
    }

    /// Whether a paragraph or blockquote line at `indent` is the current
    /// question's notes. After a list item, a paragraph set off by a blank
    /// line and not indented counts only when more list items follow it, so
    /// that a "Source: ..." line after a list is not taken for an answer.
    fn takes_paragraph(&self, i: usize, indent: usize, quote: bool) -> bool {
        let Some(c) = &self.cur else {
            return false;
        };
        let Origin::Item { content, .. } = c.origin else {
            return true;
        };
        if c.in_para || indent >= content {
            return true;
        }
        if c.took_block || c.interrupted {
            return false;
        }
        quote || !c.blank || self.list_goes_on_after(i)
    }

    /// Whether a list item follows the paragraph starting at line `i`.
    fn list_goes_on_after(&self, i: usize) -> bool {
        let mut j = i + 1;
        while j < self.lines.len() && matches!(classify(self.lines[j]), Block::Para { .. }) {
            j += 1;
        }
        while j < self.lines.len() && matches!(classify(self.lines[j]), Block::Blank) {
            j += 1;
        }
        j < self.lines.len() && matches!(classify(self.lines[j]), Block::Item { .. })
    }

    fn para(&mut self, i: usize, indent: usize, text: &str) -> usize {
        let next = self.lines.get(i + 1).copied();
        let continuing = self.cur.as_ref().is_some_and(|c| c.in_para);
        if !continuing && next.is_some_and(is_setext_underline) {
            let level = if next.is_some_and(|n| n.trim().starts_with('=')) {
                1
            } else {
                2
            };
            self.heading(i, level, text);
            return i + 2;
        }
        if text.contains('|') && next.is_some_and(is_table_delimiter) {
            return self.table(i);
        }
        if let Some(prompt) = label_question(text) {
            self.start(i, prompt, Origin::Label);
            return i + 1;
        }
        self.paragraph_note(i, indent, text, false);
        i + 1
    }

    /// A paragraph or blockquote line: the current question's notes, or skipped.
    fn paragraph_note(&mut self, i: usize, indent: usize, text: &str, quote: bool) {
        if self.takes_paragraph(i, indent, quote) {
            self.note(i, strip_answer_label(clean_inline(text)), true);
            if let Some(c) = &mut self.cur {
                c.in_para = true;
                c.took_block = true;
            }
        } else {
            self.skip(i, NOT_QUESTION);
            if matches!(
                self.cur,
                Some(Current {
                    origin: Origin::Item { .. },
                    ..
                })
            ) {
                self.cur = None;
            }
        }
    }

    fn note(&mut self, i: usize, text: String, paragraph: bool) {
        let Some(c) = &mut self.cur else {
            return;
        };
        let Some(t) = c.target else {
            report(&mut self.skipped, i + 1, self.lines[i], DUPLICATE_NOTES);
            return;
        };
        if text.is_empty() {
            c.blank = true;
            return;
        }
        let notes = &mut self.drafts[t].notes;
        if paragraph && c.blank && !notes.is_empty() {
            notes.push(String::new());
        }
        c.blank = false;
        notes.push(text);
    }

    fn start(&mut self, i: usize, prompt: String, origin: Origin) {
        let key = normalise(&prompt);
        if key.is_empty() {
            self.skip(i, EMPTY_ITEM);
            self.cur = None;
            return;
        }
        let target = if self.seen.insert(key) {
            let base = slug(&prompt);
            let mut id = base.clone();
            let mut n = 2;
            while !self.ids.insert(id.clone()) {
                id = format!("{base}-{n}");
                n += 1;
            }
            let tag = self
                .sections
                .last()
                .map(|(_, s)| s.clone())
                .filter(|s| !s.is_empty());
            self.drafts.push(Draft {
                line: i + 1,
                id,
                prompt,
                tag,
                notes: Vec::new(),
            });
            Some(self.drafts.len() - 1)
        } else {
            self.skip(i, DUPLICATE);
            None
        };
        self.cur = Some(Current {
            target,
            origin,
            blank: false,
            in_para: false,
            took_block: false,
            interrupted: false,
            note_indents: Vec::new(),
            first_note_item: None,
        });
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

// ---------------------------------------------------------------------------
// YAML output

fn defaults_for(role: &str) -> (&'static str, &'static str) {
    match role.trim() {
        "behavioral" => ("behavioral", "3m"),
        "intro" => ("intro", "90s"),
        "project-experience" => ("experience", "3m"),
        "closing" => ("closing", "90s"),
        _ => ("technical", "2m"),
    }
}

fn needs_escape(c: char) -> bool {
    is_dangerous(c) || matches!(c, '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// A YAML double-quoted scalar.
fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\u{85}' => out.push_str("\\N"),
            '\u{2028}' => out.push_str("\\L"),
            '\u{2029}' => out.push_str("\\P"),
            c if needs_escape(c) => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A plain scalar for a simple slug, else a quoted one.
fn plain_or_quoted(s: &str) -> String {
    let simple = s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !matches!(
            s,
            "y" | "n" | "yes" | "no" | "on" | "off" | "true" | "false" | "null"
        );
    if simple { s.to_string() } else { quoted(s) }
}

/// Multi-line notes as a literal block when that is safe, else quoted.
fn notes_value(notes: &str, indent: &str) -> String {
    let literal = notes.contains('\n')
        && !notes.starts_with([' ', '\n'])
        && !notes.chars().any(|c| c != '\n' && needs_escape(c))
        && !notes.split('\n').any(|l| l.ends_with([' ', '\t']));
    if !literal {
        return quoted(notes);
    }
    let mut out = String::from("|-");
    for l in notes.split('\n') {
        out.push('\n');
        if !l.is_empty() {
            out.push_str(indent);
            out.push_str(l);
        }
    }
    out
}

fn render(
    bank_id: &str,
    title: &str,
    role: &str,
    lang: &str,
    drafts: &[Draft],
    notes: &[Option<String>],
) -> String {
    let (kind, time_limit) = defaults_for(role);
    let mut y = String::new();
    y.push_str("# Imported from Markdown by rehearse banks import\n");
    y.push_str("# Review the prompts, then add key_points to each question: what a\n");
    y.push_str("# strong answer covers (see `rehearse banks new` for the format).\n");
    y.push_str("# Check it with: rehearse banks validate THIS_FILE\n");
    let _ = writeln!(y, "id: {}", plain_or_quoted(bank_id));
    let _ = writeln!(y, "title: {}", quoted(title));
    let _ = writeln!(y, "role: {}", plain_or_quoted(role));
    let _ = writeln!(y, "language: {}", plain_or_quoted(lang));
    let _ = writeln!(y, "description: {}", quoted("Imported from Markdown."));
    y.push_str("defaults:\n");
    let _ = writeln!(y, "  time_limit: {time_limit}");
    let _ = writeln!(y, "  kind: {kind}");
    if drafts.is_empty() {
        y.push_str("questions: []\n");
        return y;
    }
    y.push_str("questions:\n");
    for (n, (d, note)) in drafts.iter().zip(notes).enumerate() {
        if n > 0 {
            y.push('\n');
        }
        let _ = writeln!(y, "  - id: {}", plain_or_quoted(&d.id));
        let _ = writeln!(y, "    prompt: {}", quoted(&d.prompt));
        if let Some(tag) = &d.tag {
            let _ = writeln!(y, "    tags: [{}]", plain_or_quoted(tag));
        }
        if let Some(note) = note {
            let _ = writeln!(y, "    notes: {}", notes_value(note, "      "));
        }
    }
    y
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct BankFile {
        id: String,
        title: String,
        role: String,
        language: String,
        description: String,
        defaults: Defaults,
        questions: Vec<QuestionFile>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Defaults {
        time_limit: String,
        kind: String,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct QuestionFile {
        id: String,
        prompt: String,
        #[serde(default)]
        tags: Option<Vec<String>>,
        #[serde(default)]
        notes: Option<String>,
        #[serde(default)]
        key_points: Option<Vec<String>>,
    }

    fn parse(yaml: &str) -> BankFile {
        serde_yaml::from_str(yaml).unwrap_or_else(|e| panic!("bad YAML: {e}\n{yaml}"))
    }

    /// Imports, checks the YAML matches `taken`, and returns both.
    fn import(md: &str) -> (Imported, BankFile) {
        let out = import_markdown(md, "my-backend-ko", "My backend", "backend", "ko");
        let bank = parse(&out.yaml);
        assert_eq!(bank.questions.len(), out.taken.len());
        for (q, t) in bank.questions.iter().zip(&out.taken) {
            assert_eq!(q.id, t.id);
            assert_eq!(q.prompt, t.prompt);
            assert_eq!(q.notes.is_some(), t.has_notes);
            assert!(q.key_points.is_none());
        }
        (out, bank)
    }

    fn prompts(out: &Imported) -> Vec<&str> {
        out.taken.iter().map(|t| t.prompt.as_str()).collect()
    }

    fn reasons(out: &Imported) -> Vec<(usize, &str)> {
        out.skipped
            .iter()
            .map(|s| (s.line, s.reason.as_str()))
            .collect()
    }

    #[test]
    fn english_bullet_list_with_nested_notes() {
        let md = "\
- What is a deadlock?
  - four Coffman conditions
  - prevention: *lock ordering*
    - or timeouts
- Networking notes
- How does **TLS** work?
* Explain the `CAP` theorem
+ What happens when you type a [URL](https://example.com) into a browser?
-
- [ ] Why is `Vec<T>` growth amortised O(1)?
";
        let (out, bank) = import(md);
        assert_eq!(
            prompts(&out),
            [
                "What is a deadlock?",
                "How does TLS work?",
                "Explain the CAP theorem",
                "What happens when you type a URL into a browser?",
                "Why is Vec<T> growth amortised O(1)?",
            ]
        );
        assert_eq!(
            out.taken.iter().map(|t| t.id.as_str()).collect::<Vec<_>>(),
            [
                "what-is-a-deadlock",
                "how-does-tls-work",
                "explain-the-cap-theorem",
                "what-happens-when-you-type-a",
                "why-is-vec-t-growth-amortised",
            ]
        );
        assert_eq!(
            out.taken.iter().map(|t| t.line).collect::<Vec<_>>(),
            [1, 6, 7, 8, 10]
        );
        assert_eq!(
            bank.questions[0].notes.as_deref(),
            Some("- four Coffman conditions\n- prevention: lock ordering\n  - or timeouts")
        );
        assert!(bank.questions[1].notes.is_none());
        assert_eq!(reasons(&out), [(5, NOT_QUESTION), (9, EMPTY_ITEM)]);
        assert_eq!(out.skipped[0].text, "- Networking notes");
    }

    #[test]
    fn korean_numbered_list_with_paragraph_and_blockquote_notes() {
        let md = "\
1. 프로세스와 스레드의 차이를 설명해 주세요.
프로세스는 독립된 메모리 공간을 가지고,
스레드는 프로세스의 자원을 공유합니다.

2) TCP와 UDP의 차이는 무엇인가요?

> 연결 지향 여부
> **신뢰성** 보장

3. 참고 자료
4. 데드락이 발생하는 네 가지 조건은
   무엇인가요?
5. 가상 메모리에 대해 설명하시오.
";
        let (out, bank) = import(md);
        assert_eq!(
            prompts(&out),
            [
                "프로세스와 스레드의 차이를 설명해 주세요.",
                "TCP와 UDP의 차이는 무엇인가요?",
                "데드락이 발생하는 네 가지 조건은 무엇인가요?",
                "가상 메모리에 대해 설명하시오.",
            ]
        );
        assert_eq!(
            bank.questions[0].notes.as_deref(),
            Some("프로세스는 독립된 메모리 공간을 가지고,\n스레드는 프로세스의 자원을 공유합니다.")
        );
        assert_eq!(
            bank.questions[1].notes.as_deref(),
            Some("연결 지향 여부\n신뢰성 보장")
        );
        assert_eq!(out.taken[1].id, "tcp-udp");
        assert!(out.taken[0].id.starts_with("q-"));
        assert_eq!(
            out.taken.iter().map(|t| t.line).collect::<Vec<_>>(),
            [1, 5, 11, 13]
        );
        assert_eq!(reasons(&out), [(10, NOT_QUESTION)]);
        assert!(bank.questions.iter().all(|q| q.tags.is_none()));
    }

    #[test]
    fn headings_as_questions_under_a_section_give_tags() {
        let md = "\
# Concurrency

## What is a race condition?
Two threads touch shared data without synchronisation.

It is fixed with a lock.

### Example
- a counter incremented from two threads

## Explain mutex vs semaphore
- mutex: ownership
- semaphore: a counter
- How would you choose between them?

# 운영체제
## 가상 메모리란 무엇인가요?

Part 1
======
- Why do we need virtual memory at all?
";
        let (out, bank) = import(md);
        assert_eq!(
            prompts(&out),
            [
                "What is a race condition?",
                "Explain mutex vs semaphore",
                "How would you choose between them?",
                "가상 메모리란 무엇인가요?",
                "Why do we need virtual memory at all?",
            ]
        );
        let tags: Vec<Option<Vec<String>>> =
            bank.questions.iter().map(|q| q.tags.clone()).collect();
        let c = Some(vec!["concurrency".to_string()]);
        assert_eq!(
            tags,
            [
                c.clone(),
                c.clone(),
                c,
                None,
                Some(vec!["part-1".to_string()])
            ]
        );
        assert_eq!(
            bank.questions[0].notes.as_deref(),
            Some(
                "Two threads touch shared data without synchronisation.\n\nIt is fixed with a lock.\n- a counter incremented from two threads"
            )
        );
        assert_eq!(
            bank.questions[1].notes.as_deref(),
            Some("- mutex: ownership\n- semaphore: a counter")
        );
        assert_eq!(
            reasons(&out),
            [(1, SECTION), (8, SECTION), (16, SECTION), (19, SECTION)]
        );
    }

    #[test]
    fn front_matter_code_comments_and_tables_are_skipped_and_reported() {
        let md = "\
---
title: \"What is this?\"
---
<!-- a comment -->
# Questions

```rust
fn main() { println!(\"What?\"); }
```

| Q | A |
|---|---|
| What is X? | yes |

<!--
- What is hidden?
-->
- What is ownership in Rust? <!-- todo -->
~~~
- Is this skipped?
~~~
***
Name | Answer
--- | ---
How are you? | fine
```unterminated
- What is never seen?
";
        let (out, _) = import(md);
        assert_eq!(prompts(&out), ["What is ownership in Rust?"]);
        assert_eq!(
            reasons(&out),
            [
                (1, FRONT_MATTER),
                (4, HTML_COMMENT),
                (5, SECTION),
                (7, CODE_BLOCK),
                (11, TABLE),
                (15, HTML_COMMENT),
                (19, CODE_BLOCK),
                (22, RULE),
                (23, TABLE),
                (26, CODE_BLOCK),
            ]
        );
        assert_eq!(out.skipped[3].text, "```rust");

        let toml = "+++\ntitle = 'x'\n+++\n- How do you test async code?\n";
        let (out, _) = import(toml);
        assert_eq!(reasons(&out), [(1, FRONT_MATTER)]);
        assert_eq!(out.taken[0].line, 4);

        // Unterminated front matter is just a rule.
        let (out, _) = import("---\n- Why?\n- What is a heap?\n");
        assert_eq!(out.skipped[0].reason, RULE);
        assert_eq!(prompts(&out), ["Why?", "What is a heap?"]);
    }

    #[test]
    fn duplicates_collisions_and_stable_ids() {
        let md = "\
- What is a process?
- what is a process
- **What** is a `process`?
- Explain the difference between processes and threads
- Explain the difference between processes and coroutines
- Explain the difference between processes and fibers
  - duplicate-free note
- 프로세스란 무엇인가요?
- 스레드란 무엇인가요?
- 프로세스란 무엇인가요
  - this note belongs to a duplicate
";
        let (a, _) = import(md);
        let (b, _) = import(md);
        assert_eq!(a, b, "same input, same output");
        let ids: Vec<&str> = a.taken.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(
            ids[..4],
            [
                "what-is-a-process",
                "explain-the-difference-between-processes-and",
                "explain-the-difference-between-processes-and-2",
                "explain-the-difference-between-processes-and-3",
            ]
        );
        for id in &ids[4..] {
            assert_eq!(id.len(), 10, "{id}");
            assert!(id.starts_with("q-"));
            assert!(id[2..].chars().all(|c| c.is_ascii_hexdigit()));
        }
        assert_ne!(ids[4], ids[5]);
        assert_eq!(ids[4], slug("프로세스란 무엇인가요?"));
        assert_eq!(
            slug("프로세스란 무엇인가요?"),
            slug("프로세스란   무엇인가요")
        );
        assert_eq!(
            reasons(&a),
            [
                (2, DUPLICATE),
                (3, DUPLICATE),
                (10, DUPLICATE),
                (11, DUPLICATE_NOTES)
            ]
        );
        // A literal `-2` slug does not clash with a generated suffix.
        let (c, _) = import("- What is a heap?\n- What is a heap 2?\n- What is a heap?!\n");
        let ids: Vec<&str> = c.taken.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, ["what-is-a-heap", "what-is-a-heap-2"]);
        let (d, _) = import("- What is a heap 2?\n- What is a heap?\n- What is a heap 힙?\n");
        let ids: Vec<&str> = d.taken.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(
            ids,
            ["what-is-a-heap-2", "what-is-a-heap", "what-is-a-heap-3"]
        );
    }

    #[test]
    fn mixed_korean_english_readme() {
        let md = "\
# 면접 질문 정리

> 신입 백엔드 개발자 기술 면접 대비 질문 모음입니다.

## 목차
- [네트워크](#네트워크)
- [Database](#database)

## 1. 네트워크 (Network)

1. **TCP 3-way handshake**에 대해 설명해 주세요.
   - SYN, SYN-ACK, ACK
2. HTTP와 HTTPS의 차이점은 무엇인가요?
3. What happens when you type a URL into the browser?

## Database

- [ ] 인덱스는 왜 사용하나요?
- [x] Q: What is a transaction isolation level?
  > READ UNCOMMITTED, READ COMMITTED,
  > REPEATABLE READ, SERIALIZABLE
- 정규화

<details>
<summary>트랜잭션의 ACID 성질을 설명하세요.</summary>

원자성, 일관성, 격리성, 지속성

</details>

**Q1. Tell me about yourself.**
A: 30초 안에 핵심만 말합니다.

---
Made with ❤️ by someone
";
        let (out, bank) = import(md);
        assert_eq!(
            prompts(&out),
            [
                "TCP 3-way handshake에 대해 설명해 주세요.",
                "HTTP와 HTTPS의 차이점은 무엇인가요?",
                "What happens when you type a URL into the browser?",
                "인덱스는 왜 사용하나요?",
                "What is a transaction isolation level?",
                "트랜잭션의 ACID 성질을 설명하세요.",
                "Tell me about yourself.",
            ]
        );
        let tags: Vec<Option<&str>> = bank
            .questions
            .iter()
            .map(|q| q.tags.as_ref().map(|t| t[0].as_str()))
            .collect();
        let (n, d) = (Some("network"), Some("database"));
        assert_eq!(tags, [n, n, n, d, d, d, d]);
        let notes: Vec<Option<&str>> = bank.questions.iter().map(|q| q.notes.as_deref()).collect();
        assert_eq!(
            notes,
            [
                Some("- SYN, SYN-ACK, ACK"),
                None,
                None,
                None,
                Some("READ UNCOMMITTED, READ COMMITTED,\nREPEATABLE READ, SERIALIZABLE"),
                Some("원자성, 일관성, 격리성, 지속성"),
                Some("30초 안에 핵심만 말합니다."),
            ]
        );
        assert_eq!(
            reasons(&out),
            [
                (1, SECTION),
                (3, NOT_QUESTION),
                (5, SECTION),
                (6, NOT_QUESTION),
                (7, NOT_QUESTION),
                (9, SECTION),
                (16, SECTION),
                (22, NOT_QUESTION),
                (24, HTML),
                (29, HTML),
                (34, RULE),
                (35, NOT_QUESTION),
            ]
        );
        assert_eq!(out.skipped[3].text, "- [네트워크](#네트워크)");
    }

    #[test]
    fn footers_mdx_details_and_answer_labels() {
        let md = "\
<head>
  <meta property=\"og:image\" content=\"x.png\" />
</head>

## Airbnb questions

- What does \"belong anywhere\" mean to you?
- Time management matters. Give an example of a skill you learned.

Source: [Glassdoor](https://www.glassdoor.com)

<InDocAd />

- Take me through a product you launched

  Start with the problem, then the result.

- Teach me something you've learned.

<details>
  <summary>Q. 질문 예시입니다.</summary>

- A. 답변 예시입니다.

</details>

Q1. HTTP 메서드 중 멱등성을 가지는 것은?
A1. GET, PUT, DELETE 입니다.
";
        let (out, bank) = import(md);
        assert_eq!(
            prompts(&out),
            [
                "What does \"belong anywhere\" mean to you?",
                "Time management matters. Give an example of a skill you learned.",
                "Take me through a product you launched",
                "Teach me something you've learned.",
                "질문 예시입니다.",
                "HTTP 메서드 중 멱등성을 가지는 것은?",
            ]
        );
        let notes: Vec<Option<&str>> = bank.questions.iter().map(|q| q.notes.as_deref()).collect();
        assert_eq!(
            notes,
            [
                None,
                None,
                Some("Start with the problem, then the result."),
                None,
                Some("- 답변 예시입니다."),
                Some("GET, PUT, DELETE 입니다."),
            ]
        );
        assert_eq!(
            reasons(&out),
            [
                (1, HTML),
                (2, HTML),
                (3, HTML),
                (5, SECTION),
                (10, NOT_QUESTION),
                (12, HTML),
                (20, HTML),
                (25, HTML),
            ]
        );
    }

    #[test]
    fn yaml_has_the_bank_format() {
        let md = "# Behaviour\n- Tell me about a conflict \"at work\" \\ with a peer?\n  - STAR\n  - second line\n";
        let out = import_markdown(
            md,
            "my-behavioral-en",
            "Title: with \"quotes\"",
            "behavioral",
            "en",
        );
        assert!(
            out.yaml
                .starts_with("# Imported from Markdown by rehearse banks import\n")
        );
        assert!(
            out.yaml.contains("key_points"),
            "the comment mentions key_points"
        );
        assert!(!out.yaml.contains("\nkey_points:") && !out.yaml.contains("  key_points:"));
        let bank = parse(&out.yaml);
        assert_eq!(bank.id, "my-behavioral-en");
        assert_eq!(bank.title, "Title: with \"quotes\"");
        assert_eq!(bank.role, "behavioral");
        assert_eq!(bank.language, "en");
        assert_eq!(bank.description, "Imported from Markdown.");
        assert_eq!(bank.defaults.kind, "behavioral");
        assert_eq!(bank.defaults.time_limit, "3m");
        let q = &bank.questions[0];
        assert_eq!(
            q.prompt,
            "Tell me about a conflict \"at work\" \\ with a peer?"
        );
        assert_eq!(q.tags.as_deref(), Some(&["behaviour".to_string()][..]));
        assert_eq!(q.notes.as_deref(), Some("- STAR\n- second line"));
        assert!(
            out.yaml
                .contains("notes: |-\n      - STAR\n      - second line\n")
        );

        for (role, kind, time) in [
            ("backend", "technical", "2m"),
            ("behavioral", "behavioral", "3m"),
            ("intro", "intro", "90s"),
            ("project-experience", "experience", "3m"),
            ("closing", "closing", "90s"),
        ] {
            let out = import_markdown("", "b", "t", role, "ko");
            let bank = parse(&out.yaml);
            assert_eq!(
                (
                    bank.defaults.kind.as_str(),
                    bank.defaults.time_limit.as_str()
                ),
                (kind, time)
            );
            assert!(bank.questions.is_empty());
        }
        // Odd ids and roles are quoted, never reinterpreted.
        let out = import_markdown("- Why?", "true", "null", "2024", "no");
        let bank = parse(&out.yaml);
        assert_eq!(
            (
                bank.id.as_str(),
                bank.title.as_str(),
                bank.role.as_str(),
                bank.language.as_str()
            ),
            ("true", "null", "2024", "no")
        );
    }

    #[test]
    fn odd_inputs_never_panic_and_give_valid_yaml() {
        let mut long = String::new();
        for n in 0..10_000 {
            match n % 5 {
                0 => long.push_str(&format!("- What is item {n}?\n")),
                1 => long.push_str("  - a note\n"),
                2 => long.push_str(&format!("## Section {n}\n")),
                3 => long.push_str("plain text\n"),
                _ => long.push('\n'),
            }
        }
        let brackets = "[".repeat(5000) + "?";
        let ticks = "`a``b```c".repeat(500) + "?";
        let stars = "*_~".repeat(3000) + " what?";
        let nested = "- ".repeat(200) + "What?";
        let inputs: Vec<String> = vec![
            String::new(),
            "\n\n\n".into(),
            "---\ntitle: x\n---\n".into(),
            "+++\n".into(),
            "---".into(),
            "```\n- What is hidden?".into(),
            "~~~~\n".into(),
            "<!--".into(),
            "<!-- - What?".into(),
            "- What is \u{0}\u{7}\u{1b}[31mred\u{1b}[0m?\n".into(),
            "- What\u{202E}is\u{2028}this\u{85}?\n  - note\u{2029}x\u{FEFF}\n".into(),
            "\u{FEFF}# Q1?\r\n\r\n- Why?\r\n  - because\r\n".into(),
            "\t- What\tis\ta tab?\n\t\t- nested\ttab\n".into(),
            "- 🦀 What is 🚀 Rust? 🎉\n  - 👍 note\n".into(),
            "#\n##\n###### \n####### What?\n#What?\n".into(),
            "- \n* \n+\n1.\n1)\n- [ ]\n- [x] \n- **\n- ``\n".into(),
            "> \n>>> > What?\n>\n".into(),
            "|\n|||\n| a |\n".into(),
            "[x](\n[x][\n![\n<\n<a\n&#xFFFFFFFF;\n&#0;\n&;\n".into(),
            "- Q:\n- Q1.\n- 질문:\n- 1. Q: 2) \n".into(),
            "- \"quoted\" \\ backslash: colon # hash?\n  - : - [ ] { } & * ! | > ' \" % @ `\n"
                .into(),
            "- What?\n  ---\n  ===\n".into(),
            "<details>\n<summary>\n</summary>\n</details>\n".into(),
            "- What is \\`this\\`?\n- \\\n".into(),
            "\r\r\r- What\r?\n".into(),
            long,
            brackets,
            ticks,
            stars,
            nested,
            "- Why?\n".repeat(3000),
        ];
        for md in &inputs {
            for role in ["backend", "intro"] {
                let out = import_markdown(md, "odd", "Odd \u{1} title\n", role, "en");
                let bank = parse(&out.yaml);
                assert_eq!(bank.questions.len(), out.taken.len());
                for q in &bank.questions {
                    assert!(!q.prompt.is_empty());
                    assert!(!q.prompt.chars().any(needs_escape), "{:?}", q.prompt);
                    assert!(!q.id.is_empty() && !q.id.contains(char::is_whitespace));
                    if let Some(n) = &q.notes {
                        assert!(!n.chars().any(|c| c != '\n' && needs_escape(c)), "{n:?}");
                    }
                }
                let ids: HashSet<&str> = bank.questions.iter().map(|q| q.id.as_str()).collect();
                assert_eq!(ids.len(), bank.questions.len(), "ids are unique");
                let lines = md.split('\n').count();
                for s in &out.skipped {
                    assert!(s.line >= 1 && s.line <= lines);
                    assert!(!s.reason.is_empty());
                }
            }
        }
        let out = import_markdown(&inputs[25], "b", "t", "backend", "en");
        assert_eq!(out.taken.len(), 2000);
        let out = import_markdown(&inputs[11], "b", "t", "backend", "en");
        assert_eq!(prompts(&out), ["Q1?", "Why?"]);
        assert_eq!(out.taken[1].line, 3);
    }

    #[test]
    fn inline_markdown_is_stripped() {
        for (input, want) in [
            ("**bold** and *em* and _em_", "bold and em and em"),
            ("__strong__ ~~gone~~ ***both***", "strong gone both"),
            ("`code` and ``a ` b``", "code and a ` b"),
            ("[text](https://x.y/(a)) and ![alt](i.png)", "text and alt"),
            ("[ref][1] and [^note] and [plain]", "ref and and [plain]"),
            ("[ ] todo", "todo"),
            ("[x] done", "done"),
            ("snake_case_name and 2 * 3", "snake_case_name and 2 * 3"),
            ("**`Vec<T>`**의 크기", "Vec<T>의 크기"),
            ("**'A'**는 무엇인가요", "'A'는 무엇인가요"),
            (
                "a<br>b <b>c</b> <https://x.y> Vec<T>",
                "a b c https://x.y Vec<T>",
            ),
            ("x <!-- hidden --> y", "x y"),
            ("&lt;tag&gt; &amp; &#65;&#x42;", "<tag> & AB"),
            ("\\*not em\\* \\_x\\_", "*not em* _x_"),
            ("  spaced \t out  ", "spaced out"),
            ("1~2초", "1~2초"),
            ("**unclosed", "**unclosed"),
        ] {
            assert_eq!(clean_inline(input), want, "{input}");
        }
        for (input, want) in [
            ("Q: What?", "What?"),
            ("Q1. What?", "What?"),
            ("Q. What?", "What?"),
            ("q3) What?", "What?"),
            ("Q2 What?", "What?"),
            ("질문: 무엇인가요?", "무엇인가요?"),
            ("질문 3. 무엇인가요?", "무엇인가요?"),
            ("1. Q: What?", "What?"),
            ("1.2 What?", "What?"),
            ("QUIC이란?", "QUIC이란?"),
            ("Q&A", "Q&A"),
            ("2024 trends?", "2024 trends?"),
        ] {
            assert_eq!(clean_prompt(input), want, "{input}");
        }
    }

    #[test]
    fn question_detection() {
        for (text, want) in [
            ("What is X?", true),
            ("무엇인가요？", true),
            ("What is X? (Google)", true),
            ("What is X?!", true),
            ("설명해 주세요.", true),
            ("프로세스란 무엇인가요", true),
            ("설명하시오", true),
            ("왜 그럴까", true),
            ("차이는 무엇인가", true),
            ("Explain polymorphism", true),
            ("Describe your last project.", true),
            ("Tell me about yourself", true),
            ("Walk me through your resume", true),
            ("Give an example of a leak", true),
            ("How would you design a cache", true),
            ("When to use an index", true),
            ("Design a URL shortener", true),
            ("Can you explain indexes", true),
            ("Please explain REST", true),
            ("Some context. Give an example of a leak", true),
            ("Name a time you failed", true),
            ("Take me through your design", true),
            ("Teach me something", true),
            ("Some context. And more context", false),
            ("Backend", false),
            ("Databases", false),
            ("면접 질문 모음", false),
            ("Part 1", false),
            ("개요", false),
            ("인증과 인가", false),
            ("중요", false),
            ("How it works", false),
            ("What we do", false),
            ("How to use", false),
            ("How to contribute to this repo", false),
            ("How to detect a cycle in a linked list", true),
            ("Why Rust", false),
            ("What's new", false),
            ("Design Patterns", false),
            ("List of questions", false),
            ("Whatever you like", false),
            ("", false),
        ] {
            assert_eq!(is_question(text), want, "{text}");
        }
    }

    #[test]
    fn slugs_and_hash() {
        assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a64(b"foobar"), 0x8594_4171_f739_67e8);
        for (text, want) in [
            ("What is a race condition?", "what-is-a-race-condition"),
            (
                "What's the difference between TCP/UDP?",
                "whats-the-difference-between-tcp-udp",
            ),
            ("HTTP와 HTTPS의 차이는?", "http-https"),
            (
                "Supercalifragilisticexpialidocious-and-a-very-long-word-beyond-limits",
                "supercalifragilisticexpialidocious-and-a-very",
            ),
            (&"x".repeat(60), &"x".repeat(48)),
        ] {
            assert_eq!(slug(text), want, "{text}");
        }
        let k = slug("가상 메모리란?");
        assert!(k.starts_with("q-") && k.len() == 10);
        assert_eq!(k, slug("가상 메모리란?"));
        let h = fnv1a64("가상 메모리란".as_bytes());
        assert_eq!(k, format!("q-{:08x}", (h ^ (h >> 32)) as u32));
        assert!(slug("").starts_with("q-"));
        assert_eq!(ascii_slug("운영체제"), "");
        assert_eq!(ascii_slug("OS (운영체제)"), "os");
    }
}
