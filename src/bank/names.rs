//! The names a user can give for roles, languages, banks and tags, and the
//! message for one the library does not have: the nearest valid names
//! (edit distance from `strsim`, what clap uses), then the full list.

use std::collections::BTreeSet;

use super::Library;
use crate::text;

/// Names listed in a message before "and N more".
const LISTED: usize = 20;

impl Library {
    pub fn role_names(&self) -> BTreeSet<String> {
        self.banks.iter().map(|b| b.role.clone()).collect()
    }

    pub fn language_names(&self) -> BTreeSet<String> {
        self.banks.iter().map(|b| b.language.clone()).collect()
    }

    pub fn bank_ids(&self) -> BTreeSet<String> {
        self.banks.iter().map(|b| b.id.clone()).collect()
    }

    pub fn tag_names(&self) -> BTreeSet<String> {
        self.banks
            .iter()
            .flat_map(|b| &b.questions)
            .flat_map(|q| &q.tags)
            .cloned()
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
/// as the filter does); otherwise the sentence naming the nearest ones, e.g.
/// "unknown role `backnd`; did you mean `backend`? Roles: backend, cloud-devops".
pub fn unknown(
    what: &str,
    plural: &str,
    given: &str,
    valid: &BTreeSet<String>,
    ignore_case: bool,
) -> Option<String> {
    unknown_in(what, plural, given, valid, ignore_case, "")
}

/// [`unknown`], saying where the names were looked for (`within`, e.g.
/// " in the banks chosen by --role, --bank and --lang").
pub fn unknown_in(
    what: &str,
    plural: &str,
    given: &str,
    valid: &BTreeSet<String>,
    ignore_case: bool,
    within: &str,
) -> Option<String> {
    let known = if ignore_case {
        valid.iter().any(|v| v.eq_ignore_ascii_case(given))
    } else {
        valid.contains(given)
    };
    if known {
        return None;
    }
    let mut msg = format!("unknown {what} `{}`{within}", text::one_line(given));
    let near = nearest(given, valid);
    if !near.is_empty() {
        let near: Vec<String> = near
            .iter()
            .map(|n| format!("`{}`", text::one_line(n)))
            .collect();
        msg.push_str(&format!("; did you mean {}?", near.join(" or ")));
    } else {
        msg.push('.');
    }
    if valid.is_empty() {
        msg.push_str(&format!(" There are no {plural}{within}."));
        return Some(msg);
    }
    let mut title = plural.to_string();
    if let Some(first) = title.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    let listed: Vec<String> = valid
        .iter()
        .take(LISTED)
        .map(|v| text::one_line(v))
        .collect();
    msg.push_str(&format!(" {title}: {}", listed.join(", ")));
    if valid.len() > LISTED {
        msg.push_str(&format!(" and {} more", valid.len() - LISTED));
    }
    Some(msg)
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
        assert_eq!(unknown("role", "roles", "backend", &roles, false), None);
        assert_eq!(
            unknown("role", "roles", "backnd", &roles, false).as_deref(),
            Some("unknown role `backnd`; did you mean `backend`? Roles: backend, cloud-devops")
        );
        assert_eq!(
            unknown("tag", "tags", "xyz", &set(&["HTTP"]), true).as_deref(),
            Some("unknown tag `xyz`. Tags: HTTP")
        );
        assert_eq!(unknown("tag", "tags", "http", &set(&["HTTP"]), true), None);
        let many: BTreeSet<String> = (0..25).map(|i| format!("t{i:02}")).collect();
        let m = unknown("tag", "tags", "zzzz", &many, true).unwrap();
        assert!(m.ends_with("t19 and 5 more"), "{m}");
    }
}
