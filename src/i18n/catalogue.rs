//! One language's catalogue, parsed a message at a time: the first frame
//! names a few dozen of its thousand messages, so parsing all of them at
//! the first `t!` cost more than drawing it.
//!
//! A message is its `id =` line and the lines that continue it, up to the
//! next line that starts an entry (a letter, `#` or `-` in the first
//! column); [`Catalogue`] keeps each id's text and parses it into the
//! bundle the first time it is asked for, with the messages it refers to.
//! The build checks that every message sliced this way parses to what the
//! whole file gives ([`check_slices`]), and that there are no terms
//! (`-term`), which a message parsed alone would not find.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::{PoisonError, RwLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast;

use super::{Lang, josa};

pub type Bundle = FluentBundle<FluentResource>;

/// An empty bundle of `lang`, as every catalogue's starts: no isolation
/// marks (they would reach the terminal as stand-ins), and `JOSA`.
pub fn empty_bundle(lang: Lang) -> (Bundle, Option<String>) {
    let id: unic_langid::LanguageIdentifier = lang.code().parse().expect("a language code");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    let problem = bundle
        .add_function("JOSA", josa::fluent)
        .err()
        .map(|e| format!("JOSA: {e}"));
    (bundle, problem)
}

/// The messages of a catalogue file, in order: each id with where its
/// text is.
pub fn slices(text: &str) -> Vec<(&str, Range<usize>)> {
    let mut out = Vec::new();
    let mut open: Option<(&str, usize)> = None;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let first = line.as_bytes()[0];
        if first.is_ascii_alphabetic() || first == b'#' || first == b'-' {
            if let Some((id, start)) = open.take() {
                out.push((id, start..at));
            }
            if first.is_ascii_alphabetic() {
                let len = line
                    .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                    .unwrap_or(line.len());
                open = Some((&line[..len], at));
            }
        }
        at += line.len();
    }
    if let Some((id, start)) = open {
        out.push((id, start..text.len()));
    }
    out
}

/// Where a message is: its id, its file (its place in
/// [`catalogue_files`](super::catalogue_files)) and its bytes there.
pub type Place = (&'static str, u16, u32, u32);

/// The places of every message of `files`, sorted by id.
pub fn index(files: &[&'static str]) -> Vec<Place> {
    let mut index = Vec::new();
    for (file, text) in files.iter().enumerate() {
        let file = u16::try_from(file).expect("fewer than 65,536 files");
        for (id, at) in slices(text) {
            let offset = |n: usize| u32::try_from(n).expect("a catalogue file under 4 GB");
            index.push((id, file, offset(at.start), offset(at.end)));
        }
    }
    index.sort_unstable_by_key(|p| p.0);
    index
}

/// A language's catalogue: its files, the place of each message, and the
/// bundle of those parsed so far (formatting reads it concurrently; a
/// message asked for the first time is added under the write lock).
pub struct Catalogue {
    lang: Lang,
    files: Vec<&'static str>,
    /// Sorted by id: build.rs's for the bundled files.
    index: Cow<'static, [Place]>,
    bundle: RwLock<Bundle>,
}

impl Catalogue {
    /// The bundled catalogue of `lang`, with nothing parsed yet.
    pub fn new(lang: Lang) -> Catalogue {
        let data = crate::catalogue_data::files(lang);
        let files = data.iter().map(|&(_, text)| text).collect();
        match crate::catalogue_data::index(lang) {
            Some(index) => Catalogue::with_index(lang, files, Cow::Borrowed(index)),
            // build.rs's own copy of this module, which writes the index.
            None => Catalogue::of_files(lang, files),
        }
    }

    /// A catalogue of `lang` made of these files' messages.
    pub fn of_files(lang: Lang, files: Vec<&'static str>) -> Catalogue {
        let index = index(&files);
        Catalogue::with_index(lang, files, Cow::Owned(index))
    }

    fn with_index(lang: Lang, files: Vec<&'static str>, index: Cow<'static, [Place]>) -> Catalogue {
        Catalogue {
            lang,
            files,
            index,
            bundle: RwLock::new(empty_bundle(lang).0),
        }
    }

    /// True when the catalogue has the message.
    pub fn has(&self, id: &str) -> bool {
        self.text(id).is_some()
    }

    /// The place of every message, sorted by id.
    pub fn places(&self) -> &[Place] {
        &self.index
    }

    /// The ids of every message, sorted.
    pub fn ids(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.index.iter().map(|p| p.0)
    }

    fn text(&self, id: &str) -> Option<&'static str> {
        let i = self.index.binary_search_by_key(&id, |p| p.0).ok()?;
        let (_, file, start, end) = self.index[i];
        let text = &self.files[usize::from(file)][start as usize..end as usize];
        debug_assert!(text.starts_with(id), "a stale index: {id} at {text:?}");
        Some(text)
    }

    /// The message `id` with `args`; a message this catalogue lacks is
    /// taken from `english`'s, then it is its id.
    pub fn tr<'e>(
        &self,
        id: &str,
        args: Option<&FluentArgs>,
        english: impl FnOnce() -> &'e Catalogue,
    ) -> String {
        if let Some(s) = self.format(id, args) {
            return s;
        }
        if self.lang != Lang::En
            && let Some(s) = english().format(id, args)
        {
            return s;
        }
        id.to_string()
    }

    /// The message `id` with `args`, or `None` when there is no such
    /// message (or it has no value).
    pub fn format(&self, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        {
            let bundle = self.bundle.read().unwrap_or_else(PoisonError::into_inner);
            if bundle.has_message(id) {
                return format(&bundle, id, args);
            }
        }
        self.text(id)?;
        let mut bundle = self.bundle.write().unwrap_or_else(PoisonError::into_inner);
        self.add(&mut bundle, id);
        format(&bundle, id, args)
    }

    /// Parses the message `id` into `bundle`, and the messages it refers
    /// to, unless it is there already.
    fn add(&self, bundle: &mut Bundle, id: &str) {
        if bundle.has_message(id) {
            return;
        }
        let Some(text) = self.text(id) else { return };
        // The build holds every message free of syntax errors; should one
        // slip through, what parsed is kept, as a whole-file parse would.
        let res = FluentResource::try_new(text.to_string()).unwrap_or_else(|(res, _)| res);
        let mut refs = Vec::new();
        for entry in res.entries() {
            if let ast::Entry::Message(m) = entry {
                visit_message(m, &mut |e| {
                    if let ast::InlineExpression::MessageReference { id, .. } = e {
                        refs.push(id.name.to_string());
                    }
                });
            }
        }
        // An id defined twice is refused by the build's check.
        let _ = bundle.add_resource(res);
        for r in refs {
            self.add(bundle, &r);
        }
    }
}

/// The message `id` of `bundle`, formatted (errors, such as a value not
/// given, leave their stand-in in the text, as Fluent does).
pub fn format(bundle: &Bundle, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let s = bundle.format_pattern(pattern, args, &mut errors);
    Some(s.into_owned())
}

/// Calls `f` on every inline expression of the message (its value and
/// attributes), nested ones included: function arguments, selectors.
pub fn visit_message<'s>(
    m: &ast::Message<&'s str>,
    f: &mut impl FnMut(&ast::InlineExpression<&'s str>),
) {
    for p in m.value.iter().chain(m.attributes.iter().map(|a| &a.value)) {
        visit_pattern(p, f);
    }
}

fn visit_pattern<'s>(
    p: &ast::Pattern<&'s str>,
    f: &mut impl FnMut(&ast::InlineExpression<&'s str>),
) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            visit_expression(expression, f);
        }
    }
}

fn visit_expression<'s>(
    e: &ast::Expression<&'s str>,
    f: &mut impl FnMut(&ast::InlineExpression<&'s str>),
) {
    match e {
        ast::Expression::Select { selector, variants } => {
            visit_inline(selector, f);
            for v in variants {
                visit_pattern(&v.value, f);
            }
        }
        ast::Expression::Inline(i) => visit_inline(i, f),
    }
}

fn visit_inline<'s>(
    i: &ast::InlineExpression<&'s str>,
    f: &mut impl FnMut(&ast::InlineExpression<&'s str>),
) {
    f(i);
    match i {
        ast::InlineExpression::FunctionReference { arguments, .. }
        | ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                visit_inline(a, f);
            }
            for a in &arguments.named {
                visit_inline(&a.value, f);
            }
        }
        ast::InlineExpression::Placeable { expression } => visit_expression(expression, f),
        _ => {}
    }
}

/// Every problem of a catalogue file for the per-message parse, as
/// `file:line: what`: a term, or a message whose slice does not parse to
/// what the whole file gives for it (a line in the first column that
/// continues it, say). Syntax errors are the whole-file build's to report.
pub fn check_slices(name: &str, text: &str) -> Vec<String> {
    let Ok(whole) = fluent_syntax::parser::parse(text) else {
        return Vec::new();
    };
    let mut problems = Vec::new();
    let mut messages = Vec::new();
    for entry in whole.body {
        match entry {
            ast::Entry::Message(m) => messages.push(m),
            ast::Entry::Term(t) => problems.push(format!(
                "{name}: the term `-{}`: a message parsed alone would not find it",
                t.id.name
            )),
            _ => {}
        }
    }
    let sliced = slices(text);
    if sliced.len() != messages.len() {
        problems.push(format!(
            "{name}: {} messages, but {} lines start one",
            messages.len(),
            sliced.len()
        ));
    }
    for ((id, at), mut expected) in sliced.into_iter().zip(messages) {
        expected.comment = None;
        let alone = fluent_syntax::parser::parse(&text[at.clone()])
            .map_or_else(|(r, _)| r.body, |r| r.body);
        if !matches!(alone.as_slice(), [ast::Entry::Message(m)] if *m == expected) {
            problems.push(format!(
                "{name}:{}: `{id}` alone parses otherwise than in its file \
                 (does a line of it start in the first column?)",
                text[..at.start].matches('\n').count() + 1
            ));
        }
    }
    problems
}
