//! The names a user can give for roles, languages, banks and tags, and the
//! message for one the library does not have: the nearest valid names
//! (edit distance from `strsim`, what clap uses), then the full list.

use std::collections::BTreeSet;

use super::Library;
use crate::text;

/// Names listed in a message before "and N more".
const LISTED: usize = 20;

/// The kind of name that was not found; its code selects the words in the
/// catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum What {
    Role,
    Language,
    Bank,
    Tag,
    Question,
}

impl What {
    fn code(self) -> &'static str {
        match self {
            What::Role => "role",
            What::Language => "language",
            What::Bank => "bank",
            What::Tag => "tag",
            What::Question => "question",
        }
    }
}

/// Where the valid names were looked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Within<'a> {
    /// The whole library.
    Everywhere,
    /// The banks chosen by `--role`, `--bank` and `--lang` (tags).
    ChosenBanks,
    /// Roles a technical (or full) mock round can interview for, with
    /// technical questions in `lang` when one is given.
    Round { full: bool, lang: Option<&'a str> },
    /// The questions of one bank.
    Bank(&'a str),
}

impl Library {
    pub fn role_names(&self) -> BTreeSet<String> {
        self.banks().iter().map(|b| b.role.clone()).collect()
    }

    pub fn language_names(&self) -> BTreeSet<String> {
        self.banks().iter().map(|b| b.language.clone()).collect()
    }

    pub fn bank_ids(&self) -> BTreeSet<String> {
        self.banks().iter().map(|b| b.id.clone()).collect()
    }

    pub fn tag_names(&self) -> BTreeSet<String> {
        self.banks()
            .iter()
            .flat_map(|b| &b.questions)
            .flat_map(|q| &q.tags)
            .map(|t| t.to_string())
            .collect()
    }
}

/// The valid names closest to `given`: within a third of its length in
/// edits (at least one), nearest first, at most three.
pub fn nearest<'a>(given: &str, valid: impl IntoIterator<Item = &'a String>) -> Vec<&'a str> {
    let given = given.to_lowercase();
    let limit = (given.chars().count() / 3).max(1);
    let mut near: Vec<(usize, &str)> = valid
        .into_iter()
        .map(|v| {
            (
                strsim::damerau_levenshtein(&given, &v.to_lowercase()),
                v.as_str(),
            )
        })
        .filter(|(d, _)| *d <= limit)
        .collect();
    near.sort();
    near.into_iter().take(3).map(|(_, v)| v).collect()
}

/// `None` when `given` is one of `valid` (tags compare without ASCII case,
/// as the filter does); otherwise the sentences naming the nearest ones, e.g.
/// "unknown role `backnd`; did you mean `backend`? Roles: backend, cloud-devops".
pub fn unknown(
    what: What,
    given: &str,
    valid: &BTreeSet<String>,
    ignore_case: bool,
) -> Option<String> {
    unknown_in(what, given, valid, ignore_case, Within::Everywhere)
}

/// [`unknown`], saying where the names were looked for.
pub fn unknown_in(
    what: What,
    given: &str,
    valid: &BTreeSet<String>,
    ignore_case: bool,
    within: Within,
) -> Option<String> {
    let known = if ignore_case {
        valid.iter().any(|v| v.eq_ignore_ascii_case(given))
    } else {
        valid.contains(given)
    };
    if known {
        return None;
    }
    let unknown = not_found(what, &text::one_line(given), within);
    let near: Vec<String> = nearest(given, valid)
        .iter()
        .map(|n| format!("`{}`", text::one_line(n)))
        .collect();
    let first = match near
        .into_iter()
        .reduce(|a, b| crate::t!("bank-names-or", a = a, b = b))
    {
        Some(near) => crate::t!("bank-unknown-did-you-mean", unknown = unknown, near = near),
        None => crate::t!("bank-unknown-no-near", unknown = unknown),
    };
    Some(format!("{first} {}", known_names(what, valid, within)))
}

/// The first sentence: this name is not there.
fn not_found(what: What, given: &str, within: Within) -> String {
    match within {
        Within::Everywhere => crate::t!("bank-unknown", what = what.code(), given = given),
        Within::ChosenBanks => crate::t!("bank-unknown-tag-in-chosen-banks", given = given),
        Within::Round { full, lang: None } => {
            crate::t!(
                "bank-unknown-role-for-round",
                given = given,
                round = round(full)
            )
        }
        Within::Round {
            full,
            lang: Some(lang),
        } => crate::t!(
            "bank-unknown-role-for-round-in",
            given = given,
            round = round(full),
            lang = text::one_line(lang)
        ),
        Within::Bank(bank) => crate::t!(
            "bank-unknown-question-in-bank",
            given = given,
            bank = text::one_line(bank)
        ),
    }
}

/// The second sentence: the names there are (the first [`LISTED`]), or
/// that there are none.
fn known_names(what: What, valid: &BTreeSet<String>, within: Within) -> String {
    if valid.is_empty() {
        return match within {
            Within::Everywhere => crate::t!("bank-known-none", what = what.code()),
            Within::ChosenBanks => crate::t!("bank-known-none-in-chosen-banks"),
            Within::Round { full, lang: None } => {
                crate::t!("bank-known-none-for-round", round = round(full))
            }
            Within::Round {
                full,
                lang: Some(lang),
            } => crate::t!(
                "bank-known-none-for-round-in",
                round = round(full),
                lang = text::one_line(lang)
            ),
            Within::Bank(bank) => {
                crate::t!("bank-known-none-in-bank", bank = text::one_line(bank))
            }
        };
    }
    let names = valid
        .iter()
        .take(LISTED)
        .map(|v| text::one_line(v))
        .collect::<Vec<_>>()
        .join(", ");
    match valid.len().saturating_sub(LISTED) {
        0 => crate::t!("bank-known", what = what.code(), names = names),
        more => crate::t!(
            "bank-known-more",
            what = what.code(),
            names = names,
            more = more
        ),
    }
}

fn round(full: bool) -> &'static str {
    if full { "full" } else { "technical" }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(names: &[&str]) -> BTreeSet<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn nearest_names() {
        let roles = set(&["backend", "cloud-devops", "frontend", "data-engineering"]);
        assert_eq!(nearest("backnd", &roles), ["backend"]);
        assert_eq!(nearest("Frontend", &roles), ["frontend"]);
        assert!(nearest("zzz", &roles).is_empty());
        let langs = set(&["en", "ko"]);
        assert_eq!(nearest("kr", &langs), ["ko"]);
        let tags = set(&["캐시", "트랜잭션", "http"]);
        assert_eq!(nearest("캐싱", &tags), ["캐시"]);
    }

    #[test]
    fn unknown_messages() {
        let roles = set(&["backend", "cloud-devops"]);
        assert_eq!(unknown(What::Role, "backend", &roles, false), None);
        assert_eq!(
            unknown(What::Role, "backnd", &roles, false).as_deref(),
            Some("unknown role `backnd`; did you mean `backend`? Roles: backend, cloud-devops")
        );
        assert_eq!(
            unknown(What::Tag, "xyz", &set(&["HTTP"]), true).as_deref(),
            Some("unknown tag `xyz`. Tags: HTTP")
        );
        assert_eq!(unknown(What::Tag, "http", &set(&["HTTP"]), true), None);
        let many: BTreeSet<String> = (0..25).map(|i| format!("t{i:02}")).collect();
        let m = unknown(What::Tag, "zzzz", &many, true).unwrap();
        assert!(m.ends_with("t19 and 5 more"), "{m}");
    }
}
