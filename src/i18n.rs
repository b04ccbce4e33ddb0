//! The interface's words, in English and Korean, from Fluent message
//! catalogues (`i18n/<lang>/*.ftl`, compiled in).
//!
//! Code never holds a sentence a user reads: it names a message with
//! [`t!`](crate::t) and passes the values (`t!("home-due", n = 3)`). The
//! catalogue decides plurals (`{ $n -> [one] … *[other] … }`) and Korean
//! particles (`{ $name }{ JOSA($name, "을") }` gives 을 or 를 after the
//! word, see [`josa`]).
//!
//! Which language: `rehearse settings ui-language en|ko`, else the locale
//! (`LC_ALL`, `LC_MESSAGES`, `LANG`, the first one set), else English. The
//! bank language (`--lang`) is another thing. [`set`] chooses it for the
//! process; [`scoped`] for the current thread only (tests render in both
//! languages side by side).

// The paths spelled out so build.rs, which includes this file, finds them
// too (and rustfmt through it).
#[path = "i18n/catalogue.rs"]
pub mod catalogue;
#[path = "i18n/josa.rs"]
pub mod josa;
#[cfg(test)]
#[path = "i18n/tests.rs"]
mod tests;

use std::borrow::Cow;
use std::cell::Cell;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub use catalogue::{Bundle, Catalogue};

/// The settings key (`rehearse settings ui-language`).
pub const SETTING: &str = "ui_language";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    En,
    Ko,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ko];

    /// The code used in settings and folder names: `en`, `ko`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ko => "ko",
        }
    }

    /// `en` or `ko` (any case, spaces around ignored).
    pub fn parse(text: &str) -> Option<Lang> {
        match text.trim().to_ascii_lowercase().as_str() {
            "en" => Some(Lang::En),
            "ko" => Some(Lang::Ko),
            _ => None,
        }
    }

    /// The language a POSIX locale name asks for: `ko_KR.UTF-8`, `ko` and
    /// `ko-KR` are Korean; anything else (`C`, `POSIX`, `en_US.UTF-8`,
    /// `de_DE`) is English, the one other language we have.
    pub fn from_locale(locale: &str) -> Lang {
        let lang = locale
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        if lang == "ko" { Lang::Ko } else { Lang::En }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// Where the language in use came from, for `rehearse settings`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// `rehearse settings ui-language`.
    Setting,
    /// The named locale variable (`LANG`...).
    Locale(&'static str),
    /// Nothing said; English.
    Default,
}

/// The language to use: the setting when it names one, else the first of
/// `LC_ALL`, `LC_MESSAGES` and `LANG` that is set and not empty (as POSIX
/// reads them), else English. `env` reads a variable (`std::env::var` in
/// the app; a table in tests).
pub fn resolve(setting: Option<&str>, env: impl Fn(&str) -> Option<String>) -> (Lang, Source) {
    if let Some(lang) = setting.and_then(Lang::parse) {
        return (lang, Source::Setting);
    }
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Some(v) = env(var).filter(|v| !v.trim().is_empty()) {
            return (Lang::from_locale(&v), Source::Locale(var));
        }
    }
    (Lang::En, Source::Default)
}

/// [`resolve`] with this process's environment.
pub fn resolve_from_env(setting: Option<&str>) -> (Lang, Source) {
    resolve(setting, |v| std::env::var(v).ok())
}

static GLOBAL: AtomicU8 = AtomicU8::new(0);

thread_local! {
    static LOCAL: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// Chooses the language for the whole process.
pub fn set(lang: Lang) {
    GLOBAL.store(lang as u8, Ordering::Relaxed);
}

/// The language in use on this thread.
pub fn current() -> Lang {
    LOCAL.with(Cell::get).unwrap_or_else(|| {
        if GLOBAL.load(Ordering::Relaxed) == Lang::Ko as u8 {
            Lang::Ko
        } else {
            Lang::En
        }
    })
}

/// Restores the thread's earlier language when dropped.
#[must_use = "the language goes back when this is dropped"]
pub struct Scoped(Option<Lang>);

impl Drop for Scoped {
    fn drop(&mut self) {
        LOCAL.with(|l| l.set(self.0));
    }
}

/// Uses `lang` on this thread until the guard is dropped.
pub fn scoped(lang: Lang) -> Scoped {
    Scoped(LOCAL.with(|l| l.replace(Some(lang))))
}

/// The values a message is given, by name.
pub type Args<'a> = FluentArgs<'a>;

/// A value a message can be given: text or a number.
pub trait Arg<'a> {
    fn into_value(self) -> FluentValue<'a>;
}

impl<'a> Arg<'a> for &'a str {
    fn into_value(self) -> FluentValue<'a> {
        FluentValue::from(self)
    }
}
impl<'a> Arg<'a> for &'a String {
    fn into_value(self) -> FluentValue<'a> {
        FluentValue::from(self.as_str())
    }
}
impl<'a> Arg<'a> for String {
    fn into_value(self) -> FluentValue<'a> {
        FluentValue::from(self)
    }
}
impl<'a> Arg<'a> for Cow<'a, str> {
    fn into_value(self) -> FluentValue<'a> {
        FluentValue::from(self)
    }
}
macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl<'a> Arg<'a> for $t {
            fn into_value(self) -> FluentValue<'a> {
                FluentValue::from(self)
            }
        }
        impl<'a> Arg<'a> for &$t {
            fn into_value(self) -> FluentValue<'a> {
                FluentValue::from(*self)
            }
        }
    )*};
}
number_arg!(u8, u16, u32, u64, usize, i32, i64, isize, f32, f64);

/// Turns a value into a message argument (used by [`t!`](crate::t)).
pub fn arg<'a>(v: impl Arg<'a>) -> FluentValue<'a> {
    v.into_value()
}

/// The message `id` in the language in use, with `args`. A message missing
/// from the catalogue (a test keeps that from happening) falls back to
/// English, then to its id.
pub fn tr(id: &str, args: Option<&Args>) -> String {
    tr_in(current(), id, args)
}

/// The message `id` in `lang`.
pub fn tr_in(lang: Lang, id: &str, args: Option<&Args>) -> String {
    catalogue(lang).tr(id, args, || catalogue(Lang::En))
}

/// True when the message exists in `lang`'s catalogue.
pub fn has(lang: Lang, id: &str) -> bool {
    catalogue(lang).has(id)
}

static CATALOGUES: [OnceLock<Catalogue>; 2] = [OnceLock::new(), OnceLock::new()];

/// The process's catalogue of `lang`, its messages parsed as they are
/// asked for.
pub fn catalogue(lang: Lang) -> &'static Catalogue {
    CATALOGUES[lang.index()].get_or_init(|| Catalogue::new(lang))
}

/// One catalogue file: its name (`ko/home.ftl`) and text, sorted by name.
pub fn catalogue_files(lang: Lang) -> Vec<(String, &'static str)> {
    crate::catalogue_data::files(lang)
        .iter()
        .map(|&(name, text)| (name.to_string(), text))
        .collect()
}

/// Builds the bundle of `lang` from every message of its files at once,
/// with every problem found (syntax errors, an id defined twice), each
/// naming its file.
pub fn build(lang: Lang) -> (Bundle, Vec<String>) {
    let (mut bundle, problem) = catalogue::empty_bundle(lang);
    let mut problems: Vec<String> = problem.into_iter().collect();
    for (name, text) in catalogue_files(lang) {
        let res = match FluentResource::try_new(text.to_string()) {
            Ok(r) => r,
            Err((r, errs)) => {
                for e in errs {
                    let line = text[..e.pos.start.min(text.len())].matches('\n').count() + 1;
                    problems.push(format!("{name}:{line}: {:?}", e.kind));
                }
                r
            }
        };
        if let Err(errs) = bundle.add_resource(res) {
            for e in errs {
                problems.push(format!("{name}: {e}"));
            }
        }
    }
    (bundle, problems)
}

/// Every problem of `lang`'s catalogue: [`build`]'s, and a message the
/// per-message parse would read otherwise, or a term
/// ([`catalogue::check_slices`]).
pub fn check(lang: Lang) -> Vec<String> {
    let mut problems = build(lang).1;
    for (name, text) in catalogue_files(lang) {
        problems.extend(catalogue::check_slices(&name, text));
    }
    problems
}

/// A message of the catalogue, with its values: `t!("home-title")`,
/// `t!("home-due", n = due)`, `t!("saved-to", path = p.display().to_string())`.
#[macro_export]
macro_rules! t {
    ($id:literal $(,)?) => {
        $crate::i18n::tr($id, None)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::Args::new();
        $( args.set(stringify!($name), $crate::i18n::arg($value)); )+
        $crate::i18n::tr($id, Some(&args))
    }};
}

/// A message id kept for later (`tr(id, None)`), as in the key table:
/// expands to the id itself, and marks it so the catalogue test sees it
/// used and checks it exists.
#[macro_export]
macro_rules! msgid {
    ($id:literal) => {
        $id
    };
}

/// The name of a bank's language in the interface language: `ko` is
/// "Korean" or 한국어; a code we have no name for is shown as it is.
pub fn language_name(code: &str) -> String {
    match code {
        "en" => crate::t!("common-language-en"),
        "ko" => crate::t!("common-language-ko"),
        other => other.to_string(),
    }
}
