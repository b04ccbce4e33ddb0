//! Browsing saved answers: one row per answered question, and the filters
//! (role, tag, free text in any language).

use std::collections::HashMap;

use crate::bank::Library;
use crate::model::{Instant, QuestionKey};
use crate::text::is_hangul;

#[derive(Debug, Clone, PartialEq)]
pub struct BrowseRow {
    pub key: QuestionKey,
    pub role: String,
    pub prompt: String,
    pub tags: Vec<String>,
    pub attempts: u32,
    pub last_rating: Option<u8>,
    pub last_submitted: Instant,
    pub latest_text: String,
    pub due: Option<Instant>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct BrowseFilter {
    pub role: Option<String>,
    pub tag: Option<String>,
    pub text: String,
}

/// Case-insensitive containment; with Hangul in the needle, spaces are
/// ignored on both sides ("재 시도" finds "재시도").
pub fn text_matches(haystack: &str, needle: &str) -> bool {
    let needle = needle.trim().to_lowercase();
    if needle.is_empty() {
        return true;
    }
    let hay = haystack.to_lowercase();
    if needle.chars().any(is_hangul) {
        let squash = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        squash(&hay).contains(&squash(&needle))
    } else {
        let words: Vec<&str> = needle.split_whitespace().collect();
        words.iter().all(|w| hay.contains(w))
    }
}

impl BrowseFilter {
    pub fn matches(&self, row: &BrowseRow) -> bool {
        self.role.as_ref().is_none_or(|r| &row.role == r)
            && self
                .tag
                .as_ref()
                .is_none_or(|t| row.tags.iter().any(|x| x.eq_ignore_ascii_case(t)))
            && (text_matches(&row.prompt, &self.text) || text_matches(&row.latest_text, &self.text))
    }
}

/// Rows that pass the filter, most recently answered first.
pub fn filter_rows<'a>(rows: &'a [BrowseRow], filter: &BrowseFilter) -> Vec<&'a BrowseRow> {
    let mut out: Vec<&BrowseRow> = rows.iter().filter(|r| filter.matches(r)).collect();
    out.sort_by(|a, b| newest_first(a, b));
    out
}

/// Browse's order: most recently answered first, then by key.
pub fn newest_first(a: &BrowseRow, b: &BrowseRow) -> std::cmp::Ordering {
    b.last_submitted
        .cmp(&a.last_submitted)
        .then_with(|| a.key.cmp(&b.key))
}

/// Tags for a question, from its bank when the bank is still loaded.
pub fn tags_for(lib: &Library, key: &QuestionKey) -> Vec<String> {
    lib.question(&key.bank_id, &key.question_id)
        .map(|(_, q)| crate::bank::owned(&q.tags))
        .unwrap_or_default()
}

/// The loaded questions' tags by key, for looking up many rows at once (a
/// lookup a row instead of a walk through the banks), as [`tags_for`] finds them.
pub struct TagIndex<'a>(HashMap<(&'a str, &'a str), &'a [crate::bank::CompactString]>);

impl<'a> TagIndex<'a> {
    pub fn new(lib: &'a Library) -> TagIndex<'a> {
        let mut map = HashMap::new();
        for bank in lib.banks() {
            for q in &bank.questions {
                // The first bank and question of an id, as `Library::question` finds them.
                map.entry((bank.id.as_str(), q.id.as_str()))
                    .or_insert(q.tags.as_slice());
            }
        }
        TagIndex(map)
    }

    pub fn tags(&self, key: &QuestionKey) -> Vec<String> {
        self.0
            .get(&(key.bank_id.as_str(), key.question_id.as_str()))
            .map_or_else(Vec::new, |t| crate::bank::owned(t))
    }
}

/// The distinct roles and tags among rows, sorted, for cycling filters.
pub fn facets(rows: &[BrowseRow]) -> (Vec<String>, Vec<String>) {
    use std::collections::BTreeSet;
    let roles: BTreeSet<&str> = rows.iter().map(|r| r.role.as_str()).collect();
    let tags: BTreeSet<&str> = rows
        .iter()
        .flat_map(|r| r.tags.iter().map(String::as_str))
        .collect();
    let owned = |set: BTreeSet<&str>| set.into_iter().map(str::to_string).collect();
    (owned(roles), owned(tags))
}

/// The next value in a cycle of `None, Some(a), Some(b), ..., None`.
pub fn cycle(current: &Option<String>, options: &[String]) -> Option<String> {
    match current {
        None => options.first().cloned(),
        Some(c) => options
            .iter()
            .position(|o| o == c)
            .and_then(|i| options.get(i + 1).cloned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(q: &str, role: &str, prompt: &str, text: &str, tags: &[&str], at: Instant) -> BrowseRow {
        BrowseRow {
            key: QuestionKey::new("b", q),
            role: role.into(),
            prompt: prompt.into(),
            tags: tags.iter().map(|t| t.to_string()).collect(),
            attempts: 1,
            last_rating: Some(3),
            last_submitted: at,
            latest_text: text.into(),
            due: None,
        }
    }

    fn rows() -> Vec<BrowseRow> {
        vec![
            row(
                "a",
                "backend",
                "What is idempotency?",
                "I added an idempotency key",
                &["http"],
                Instant::from_ms(1),
            ),
            row(
                "b",
                "backend",
                "캐시 무효화 전략을 설명해 주세요",
                "제가 TTL을 5분으로 두고 재 시도했습니다",
                &["cache"],
                Instant::from_ms(3),
            ),
            row(
                "c",
                "behavioral",
                "Tell me about a conflict",
                "We argued about the schema",
                &[],
                Instant::from_ms(2),
            ),
        ]
    }

    #[test]
    fn filters_by_role_tag_and_text_in_both_languages() {
        let rows = rows();
        let ids = |f: &BrowseFilter| {
            filter_rows(&rows, f)
                .iter()
                .map(|r| r.key.question_id.clone())
                .collect::<Vec<_>>()
        };
        let cases: Vec<(BrowseFilter, Vec<&str>)> = vec![
            (BrowseFilter::default(), vec!["b", "c", "a"]),
            (
                BrowseFilter {
                    role: Some("backend".into()),
                    ..Default::default()
                },
                vec!["b", "a"],
            ),
            (
                BrowseFilter {
                    tag: Some("HTTP".into()),
                    ..Default::default()
                },
                vec!["a"],
            ),
            (
                BrowseFilter {
                    text: "IDEMPOTENCY".into(),
                    ..Default::default()
                },
                vec!["a"],
            ),
            (
                BrowseFilter {
                    text: "캐시무효화".into(),
                    ..Default::default()
                },
                vec!["b"],
            ),
            (
                BrowseFilter {
                    text: "재시도".into(),
                    ..Default::default()
                },
                vec!["b"],
            ),
            (
                BrowseFilter {
                    text: "schema argued".into(),
                    ..Default::default()
                },
                vec!["c"],
            ),
            (
                BrowseFilter {
                    text: "nothing like this".into(),
                    ..Default::default()
                },
                vec![],
            ),
            (
                BrowseFilter {
                    role: Some("behavioral".into()),
                    text: "ttl".into(),
                    ..Default::default()
                },
                vec![],
            ),
        ];
        for (f, want) in cases {
            assert_eq!(ids(&f), want, "{f:?}");
        }
    }

    #[test]
    fn the_tag_index_finds_what_a_walk_through_the_banks_finds() {
        let lib = Library::load(None, &[]);
        let index = TagIndex::new(&lib);
        let mut keys: Vec<QuestionKey> = lib
            .banks()
            .iter()
            .flat_map(|b| {
                b.questions
                    .iter()
                    .map(|q| QuestionKey::new(&b.id, q.id.as_str()))
            })
            .collect();
        assert!(keys.len() > 100);
        keys.push(QuestionKey::new("no-such-bank", "q"));
        keys.push(QuestionKey::new(&lib.banks()[0].id, "no-such-question"));
        assert!(keys.iter().any(|k| !tags_for(&lib, k).is_empty()));
        for k in &keys {
            assert_eq!(index.tags(k), tags_for(&lib, k), "{k:?}");
        }
    }

    #[test]
    fn facets_and_cycling() {
        let (roles, tags) = facets(&rows());
        assert_eq!(roles, ["backend", "behavioral"]);
        assert_eq!(tags, ["cache", "http"]);
        assert_eq!(cycle(&None, &roles), Some("backend".into()));
        assert_eq!(
            cycle(&Some("backend".into()), &roles),
            Some("behavioral".into())
        );
        assert_eq!(cycle(&Some("behavioral".into()), &roles), None);
    }
}
