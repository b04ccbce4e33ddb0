//! Word-level diff between two drafts of an answer, for "what changed since
//! last time".

use std::time::{Duration, Instant};

use similar::{Algorithm, DiffTag, capture_diff_slices_deadline};
use unicode_segmentation::UnicodeSegmentation;

use super::hangul::has_hangul;

/// What happened to a piece of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Change {
    /// In both texts.
    Equal,
    /// Only in the new text.
    Insert,
    /// Only in the old text.
    Delete,
}

/// A run of text with one [`Change`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiffPart {
    /// Which side(s) the text belongs to.
    pub change: Change,
    /// The text, whitespace included.
    pub text: String,
}

/// Word counts of a diff.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DiffStats {
    /// Words (whitespace-separated, holding a letter or digit) in inserted
    /// parts; a changed piece of one word counts as one word.
    pub inserted_words: usize,
    /// Same for deleted parts.
    pub deleted_words: usize,
}

/// How long the diff algorithm may search before settling for a coarser
/// (still correct) diff, so huge inputs cannot stall the UI.
const TIME_BUDGET: Duration = Duration::from_millis(500);

/// Diffs `old` against `new` word by word (Korean by eojeol). Whitespace is
/// kept, so Equal+Delete parts concatenate to `old` and Equal+Insert parts
/// to `new`, exactly. Parts are never empty and no two neighbours share a
/// change; within a changed run deletions come before insertions, and a
/// space between two replaced words joins them into one run. When a single
/// word containing Hangul is replaced by another that shares most of it
/// (a particle or ending changed: "캐시를" → "캐시가"), only the differing
/// graphemes are marked.
pub fn word_diff(old: &str, new: &str) -> Vec<DiffPart> {
    let old_tokens = tokenize(old);
    let new_tokens = tokenize(new);
    let deadline = Instant::now().checked_add(TIME_BUDGET);
    let ops = capture_diff_slices_deadline(Algorithm::Patience, &old_tokens, &new_tokens, deadline);
    let mut raw = Vec::new();
    for op in ops {
        let (tag, old_range, new_range) = op.as_tag_tuple();
        let old_text = old_tokens.get(old_range).unwrap_or_default();
        let new_text = new_tokens.get(new_range).unwrap_or_default();
        push_op(&mut raw, tag, old_text, new_text);
    }
    absorb_spaces(&mut raw);
    regroup(raw)
}

/// Counts the words touched by insertions and deletions.
pub fn diff_stats(parts: &[DiffPart]) -> DiffStats {
    let mut stats = DiffStats::default();
    for part in parts {
        match part.change {
            Change::Insert => stats.inserted_words += count_words(&part.text),
            Change::Delete => stats.deleted_words += count_words(&part.text),
            Change::Equal => {}
        }
    }
    stats
}

fn count_words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Alternating runs of whitespace and non-whitespace; they concatenate back
/// to `text`.
fn tokenize(text: &str) -> Vec<&str> {
    let mut tokens = Vec::new();
    let mut start = 0;
    let mut in_space: Option<bool> = None;
    for (i, c) in text.char_indices() {
        let space = c.is_whitespace();
        if in_space.is_some_and(|s| s != space) {
            tokens.extend(text.get(start..i));
            start = i;
        }
        in_space = Some(space);
    }
    if start < text.len() {
        tokens.extend(text.get(start..));
    }
    tokens
}

/// A part before regrouping; `refined` marks pieces of a word-internal
/// diff, which must not be joined with neighbouring changes.
struct Raw {
    change: Change,
    text: String,
    refined: bool,
}

fn raw(change: Change, text: String, refined: bool) -> Raw {
    Raw {
        change,
        text,
        refined,
    }
}

fn push_op(out: &mut Vec<Raw>, tag: DiffTag, old: &[&str], new: &[&str]) {
    match tag {
        DiffTag::Equal => out.push(raw(Change::Equal, old.concat(), false)),
        DiffTag::Delete => out.push(raw(Change::Delete, old.concat(), false)),
        DiffTag::Insert => out.push(raw(Change::Insert, new.concat(), false)),
        DiffTag::Replace => match (old, new) {
            ([o], [n]) => push_word_change(out, o, n),
            _ => {
                out.push(raw(Change::Delete, old.concat(), false));
                out.push(raw(Change::Insert, new.concat(), false));
            }
        },
    }
}

/// One word replaced by another: a Korean word that keeps most of its
/// graphemes gets a grapheme-level diff (shared prefix and suffix kept as
/// Equal); anything else is a plain delete + insert.
fn push_word_change(out: &mut Vec<Raw>, old: &str, new: &str) {
    let (prefix, suffix) = shared_ends(old, new);
    let refine = has_hangul(old) && has_hangul(new) && prefix.1 + suffix.1 > 0 && {
        let shorter = old.graphemes(true).count().min(new.graphemes(true).count());
        2 * (prefix.1 + suffix.1) >= shorter
    };
    if !refine {
        out.push(raw(Change::Delete, old.to_string(), false));
        out.push(raw(Change::Insert, new.to_string(), false));
        return;
    }
    let old_mid = old.get(prefix.0..old.len() - suffix.0).unwrap_or_default();
    let new_mid = new.get(prefix.0..new.len() - suffix.0).unwrap_or_default();
    let pieces = [
        (Change::Equal, old.get(..prefix.0).unwrap_or_default()),
        (Change::Delete, old_mid),
        (Change::Insert, new_mid),
        (
            Change::Equal,
            old.get(old.len() - suffix.0..).unwrap_or_default(),
        ),
    ];
    for (change, text) in pieces {
        out.push(raw(change, text.to_string(), true));
    }
}

/// Shared prefix and (non-overlapping) suffix of two words, each as
/// (bytes, graphemes).
fn shared_ends(old: &str, new: &str) -> ((usize, usize), (usize, usize)) {
    let prefix = common_graphemes(old.graphemes(true), new.graphemes(true));
    let old_rest = old.get(prefix.0..).unwrap_or_default();
    let new_rest = new.get(prefix.0..).unwrap_or_default();
    let suffix = common_graphemes(
        old_rest.graphemes(true).rev(),
        new_rest.graphemes(true).rev(),
    );
    (prefix, suffix)
}

fn common_graphemes<'a>(
    a: impl Iterator<Item = &'a str>,
    b: impl Iterator<Item = &'a str>,
) -> (usize, usize) {
    a.zip(b)
        .take_while(|(x, y)| x == y)
        .fold((0, 0), |(bytes, count), (x, _)| {
            (bytes + x.len(), count + 1)
        })
}

/// Turns a same-line space between two changes into a change on both
/// sides, so "quick brown" → "slow red" reads as one replacement.
fn absorb_spaces(parts: &mut Vec<Raw>) {
    let mut out: Vec<Raw> = Vec::with_capacity(parts.len());
    let mut iter = std::mem::take(parts).into_iter().peekable();
    while let Some(part) = iter.next() {
        let between_changes = out
            .last()
            .is_some_and(|p| p.change != Change::Equal && !p.refined)
            && iter
                .peek()
                .is_some_and(|p| p.change != Change::Equal && !p.refined);
        let is_space =
            !part.text.is_empty() && part.text.chars().all(|c| c.is_whitespace() && c != '\n');
        if part.change == Change::Equal && between_changes && is_space {
            out.push(raw(Change::Delete, part.text.clone(), false));
            out.push(raw(Change::Insert, part.text, false));
        } else {
            out.push(part);
        }
    }
    *parts = out;
}

/// Drops empty parts, orders each changed run as deletions then
/// insertions, and merges neighbours with the same change.
fn regroup(parts: Vec<Raw>) -> Vec<DiffPart> {
    let mut out: Vec<DiffPart> = Vec::new();
    let mut deleted = String::new();
    let mut inserted = String::new();
    for part in parts {
        match part.change {
            Change::Delete => deleted.push_str(&part.text),
            Change::Insert => inserted.push_str(&part.text),
            Change::Equal => {
                flush_changes(&mut out, &mut deleted, &mut inserted);
                push_merged(&mut out, Change::Equal, part.text);
            }
        }
    }
    flush_changes(&mut out, &mut deleted, &mut inserted);
    out
}

fn flush_changes(out: &mut Vec<DiffPart>, deleted: &mut String, inserted: &mut String) {
    push_merged(out, Change::Delete, std::mem::take(deleted));
    push_merged(out, Change::Insert, std::mem::take(inserted));
}

fn push_merged(out: &mut Vec<DiffPart>, change: Change, text: String) {
    if text.is_empty() {
        return;
    }
    match out.last_mut() {
        Some(last) if last.change == change => last.text.push_str(&text),
        _ => out.push(DiffPart { change, text }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn side(parts: &[DiffPart], keep: Change) -> String {
        parts
            .iter()
            .filter(|p| p.change == Change::Equal || p.change == keep)
            .map(|p| p.text.as_str())
            .collect()
    }

    /// Compact rendering: `[-deleted-]{+inserted+}`.
    fn render(parts: &[DiffPart]) -> String {
        parts
            .iter()
            .map(|p| match p.change {
                Change::Equal => p.text.clone(),
                Change::Delete => format!("[-{}-]", p.text),
                Change::Insert => format!("{{+{}+}}", p.text),
            })
            .collect()
    }

    fn assert_well_formed(old: &str, new: &str, parts: &[DiffPart]) {
        assert_eq!(side(parts, Change::Delete), old, "old side of {parts:?}");
        assert_eq!(side(parts, Change::Insert), new, "new side of {parts:?}");
        assert!(
            parts.iter().all(|p| !p.text.is_empty()),
            "empty part in {parts:?}"
        );
        for pair in parts.windows(2) {
            assert_ne!(
                pair[0].change, pair[1].change,
                "unmerged parts in {parts:?}"
            );
        }
    }

    #[test]
    fn diff_table() {
        let cases: &[(&str, &str, &str)] = &[
            ("", "", ""),
            ("", "new text", "{+new text+}"),
            ("old text", "", "[-old text-]"),
            ("same words", "same words", "same words"),
            ("the quick fox", "the slow fox", "the [-quick-]{+slow+} fox"),
            (
                "the quick brown fox",
                "the slow red fox",
                "the [-quick brown-]{+slow red+} fox",
            ),
            ("a b", "a  b", "a[- -]{+  +}b"),
            ("I built it", "I built it fast", "I built it{+ fast+}"),
            (
                "캐시를 도입했다",
                "캐시가 도입됐다",
                "캐시[-를-]{+가+} 도입[-했-]{+됐+}다",
            ),
            (
                "데이터베이스마이그레이션을 진행했습니다",
                "데이터베이스마이그레이션도 진행했습니다",
                "데이터베이스마이그레이션[-을-]{+도+} 진행했습니다",
            ),
            (
                "Redis를 썼다",
                "Kafka를 썼다",
                "[-Redis를-]{+Kafka를+} 썼다",
            ),
            ("느리다", "빠르다", "[-느리다-]{+빠르다+}"),
        ];
        for &(old, new, want) in cases {
            let parts = word_diff(old, new);
            assert_well_formed(old, new, &parts);
            assert_eq!(render(&parts), want, "{old:?} -> {new:?}");
        }
    }

    #[test]
    fn stats_count_words() {
        let parts = word_diff("the quick brown fox", "the slow red fox jumps");
        assert_eq!(
            diff_stats(&parts),
            DiffStats {
                inserted_words: 3,
                deleted_words: 2,
            }
        );
        let korean = word_diff("캐시를 도입했다", "캐시가 도입했다 그리고");
        assert_eq!(
            diff_stats(&korean),
            DiffStats {
                inserted_words: 2,
                deleted_words: 1,
            }
        );
        assert_eq!(diff_stats(&[]), DiffStats::default());
    }

    /// Tiny deterministic PRNG (64-bit LCG), so the test needs no crates.
    struct Lcg(u64);

    impl Lcg {
        fn next(&mut self, bound: usize) -> usize {
            self.0 = self
                .0
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((self.0 >> 33) as usize) % bound.max(1)
        }
    }

    const PIECES: &[&str] = &[
        "the",
        "cache",
        "retry",
        "I",
        "we",
        "30%",
        "캐시를",
        "캐시가",
        "재시도",
        "도입했다",
        "도입했습니다",
        "데이터베이스마이그레이션을",
        " ",
        " ",
        " ",
        "  ",
        "\n",
        "\t",
        ",",
        ".",
        "👍🏽",
        "e\u{301}",
        "",
        "\r\n",
    ];

    fn random_text(rng: &mut Lcg, len: usize) -> String {
        (0..len).map(|_| PIECES[rng.next(PIECES.len())]).collect()
    }

    fn mutate(rng: &mut Lcg, text: &str) -> String {
        let mut tokens: Vec<String> = tokenize(text).into_iter().map(String::from).collect();
        for _ in 0..rng.next(6) {
            let at = rng.next(tokens.len() + 1);
            match rng.next(3) {
                0 if at < tokens.len() => {
                    tokens.remove(at);
                }
                1 if at < tokens.len() => tokens[at] = PIECES[rng.next(PIECES.len())].to_string(),
                _ => tokens.insert(at, PIECES[rng.next(PIECES.len())].to_string()),
            }
        }
        tokens.concat()
    }

    #[test]
    fn reconstructs_both_sides_on_random_inputs() {
        let mut rng = Lcg(0x5eed);
        for _ in 0..500 {
            let len = rng.next(30);
            let old = random_text(&mut rng, len);
            let new = if rng.next(4) == 0 {
                random_text(&mut rng, len)
            } else {
                mutate(&mut rng, &old)
            };
            let parts = word_diff(&old, &new);
            assert_well_formed(&old, &new, &parts);
        }
    }

    #[test]
    fn large_unrelated_drafts_still_reconstruct() {
        let mut rng = Lcg(42);
        let old = random_text(&mut rng, 8_000);
        let new = random_text(&mut rng, 8_000);
        let parts = word_diff(&old, &new);
        assert_well_formed(&old, &new, &parts);
    }

    #[test]
    fn tokenize_round_trips() {
        for text in ["", " ", "a", " a  b\n", "캐시를 도입"] {
            assert_eq!(tokenize(text).concat(), text);
        }
        assert_eq!(tokenize(" a  b"), vec![" ", "a", "  ", "b"]);
    }
}
