//! Word-level diff between two drafts of an answer, for "what changed since
//! last time".
//!
//! Korean is diffed by eojeol: a word keeps its particles and endings, so a
//! change reads "[-제약을-]{+제약으로+}", never "제약을으로". The drafts'
//! words, spaces and punctuation marks are lined up by their stems, so a
//! word whose particle or ending changed ("결과는" → "결과와") is shown as
//! that one word changed, beside its new form, rather than lost in a block.

use std::time::{Duration, Instant};

use similar::{Algorithm, DiffTag, capture_diff_slices_deadline};
use unicode_segmentation::UnicodeSegmentation;

use super::analysis::{english_stem, is_inflection, term_stem};
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

/// The shortest shared stem, in graphemes, worth showing once with only the
/// particle or ending marked ("데이터베이스[-를-]{+가+}"): below it the whole
/// word is marked on both sides ("[-DB에-]{+DB로+}"), which reads better
/// than a lone syllable between marks.
const REFINE_MIN_STEM: usize = 4;

/// The marks around a change when there is no colour (NO_COLOR): `[-old-]`
/// and `{+new+}`, as `git diff --word-diff` writes them.
pub fn marks(change: Change) -> (&'static str, &'static str) {
    match change {
        Change::Equal => ("", ""),
        Change::Delete => ("[-", "-]"),
        Change::Insert => ("{+", "+}"),
    }
}

/// One part in its [`marks`], which hug its words: the whitespace around
/// them stays outside ("결과와 {+지표가+} 좋았다"), so a line never breaks
/// between a mark and its word. A change of whitespace alone is marked
/// as it is.
pub fn mark(change: Change, text: &str) -> String {
    let (open, close) = marks(change);
    let core = text.trim();
    if core.is_empty() {
        return format!("{open}{text}{close}");
    }
    let lead = text.len() - text.trim_start().len();
    let trail = text.trim_end().len();
    format!(
        "{}{open}{core}{close}{}",
        text.get(..lead).unwrap_or_default(),
        text.get(trail..).unwrap_or_default()
    )
}

/// The diff as one string with every change marked ([`mark`]).
pub fn marked(parts: &[DiffPart]) -> String {
    parts.iter().map(|p| mark(p.change, &p.text)).collect()
}

/// Diffs `old` against `new` by words (Korean by eojeol), spaces and
/// punctuation marks. Whitespace is kept, so Equal+Delete parts concatenate
/// to `old` and Equal+Insert parts to `new`, exactly. Parts are never empty
/// and no two neighbours share a change; within a changed run deletions come
/// before insertions. A space between two unrelated replaced words joins
/// them into one run ("[-quick brown-]{+slow red+}"); a word whose stem
/// stayed is shown whole beside its new form ("[-캐시를-]{+캐시가+}"), or,
/// with a long stem, only its particle or ending is marked.
pub fn word_diff(old: &str, new: &str) -> Vec<DiffPart> {
    let old_tokens = tokenize(old);
    let new_tokens = tokenize(new);
    let old_keys: Vec<String> = old_tokens.iter().map(|t| stem_key(t)).collect();
    let new_keys: Vec<String> = new_tokens.iter().map(|t| stem_key(t)).collect();
    let deadline = Instant::now().checked_add(TIME_BUDGET);
    let ops = capture_diff_slices_deadline(Algorithm::Patience, &old_keys, &new_keys, deadline);
    let mut raw = Vec::new();
    for op in ops {
        let (tag, old_range, new_range) = op.as_tag_tuple();
        let old_text = old_tokens.get(old_range).unwrap_or_default();
        let new_text = new_tokens.get(new_range).unwrap_or_default();
        match tag {
            DiffTag::Equal => {
                for (o, n) in old_text.iter().zip(new_text) {
                    push_same_stem(&mut raw, o, n);
                }
            }
            _ => {
                raw.push(part(Change::Delete, old_text.concat()));
                raw.push(part(Change::Insert, new_text.concat()));
            }
        }
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

/// Words (an eojeol with its particles, "p95는", "don't", "3.5"), single
/// punctuation marks and runs of whitespace, by Unicode word boundaries;
/// they concatenate back to `text`.
fn tokenize(text: &str) -> Vec<&str> {
    let mut tokens: Vec<&str> = Vec::new();
    // Where the whitespace run that the last token is began.
    let mut space_from: Option<usize> = None;
    for (i, piece) in text.split_word_bound_indices() {
        if piece.chars().all(char::is_whitespace) {
            let from = match space_from {
                Some(from) => {
                    tokens.pop();
                    from
                }
                None => i,
            };
            space_from = Some(from);
            tokens.extend(text.get(from..i + piece.len()));
        } else {
            space_from = None;
            tokens.push(piece);
        }
    }
    tokens
}

/// What two words must share to be lined up as one word changed: a Korean
/// word's stem without its particle or ending, an English word's Snowball
/// stem; anything else as it is.
fn stem_key(token: &str) -> String {
    let stem = if has_hangul(token) {
        term_stem(token)
    } else {
        token.to_string()
    };
    let english = !has_hangul(&stem)
        && !stem.is_empty()
        && stem.chars().all(|c| c.is_alphabetic() || c == '\'');
    if english {
        english_stem(&stem.to_lowercase())
    } else {
        stem
    }
}

/// A part before regrouping. An empty Equal part is a fence: the changes
/// on either side of it are never joined into one run.
struct Raw {
    change: Change,
    text: String,
}

fn part(change: Change, text: String) -> Raw {
    Raw { change, text }
}

/// Two words with the same stem: equal; else that one word changed, fenced
/// off from its neighbours' changes. A Korean word with a long stem and only
/// its particle or ending changed has just that ending marked; any other
/// word is marked whole on both sides.
fn push_same_stem(out: &mut Vec<Raw>, old: &str, new: &str) {
    if old == new {
        out.push(part(Change::Equal, old.to_string()));
        return;
    }
    let stem = term_stem(old);
    let old_end = old.get(stem.len()..).unwrap_or_default();
    let new_end = new.strip_prefix(stem.as_str());
    let refine = has_hangul(old)
        && has_hangul(new)
        && stem.graphemes(true).count() >= REFINE_MIN_STEM
        && is_inflection(old_end)
        && new_end.is_some_and(is_inflection);
    out.push(part(Change::Equal, String::new()));
    match new_end {
        Some(new_end) if refine => {
            out.push(part(Change::Equal, stem.clone()));
            out.push(part(Change::Delete, old_end.to_string()));
            out.push(part(Change::Insert, new_end.to_string()));
        }
        _ => {
            out.push(part(Change::Delete, old.to_string()));
            out.push(part(Change::Insert, new.to_string()));
        }
    }
    out.push(part(Change::Equal, String::new()));
}

/// Turns a same-line space between two changes into a change on both
/// sides, so "quick brown" → "slow red" reads as one replacement (a fence
/// is not a change, so a word changed in place keeps its own marks).
fn absorb_spaces(parts: &mut Vec<Raw>) {
    let mut out: Vec<Raw> = Vec::with_capacity(parts.len());
    let mut iter = std::mem::take(parts).into_iter().peekable();
    while let Some(p) = iter.next() {
        let between_changes = out.last().is_some_and(|p| p.change != Change::Equal)
            && iter.peek().is_some_and(|p| p.change != Change::Equal);
        let is_space = !p.text.is_empty() && p.text.chars().all(|c| c.is_whitespace() && c != '\n');
        if p.change == Change::Equal && between_changes && is_space {
            out.push(part(Change::Delete, p.text.clone()));
            out.push(part(Change::Insert, p.text));
        } else {
            out.push(p);
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
            ("I built it", "I built it fast", "I built it {+fast+}"),
            // A Korean word keeps its particle and ending: a short stem is
            // marked whole on both sides...
            (
                "캐시를 도입했다",
                "캐시가 도입됐다",
                "[-캐시를-]{+캐시가+} [-도입했다-]{+도입됐다+}",
            ),
            ("DB에 저장", "DB로 저장", "[-DB에-]{+DB로+} 저장"),
            // ...a long one once, with only the particle or ending marked.
            (
                "데이터베이스마이그레이션을 진행했습니다",
                "데이터베이스마이그레이션도 진행했습니다",
                "데이터베이스마이그레이션[-을-]{+도+} 진행했습니다",
            ),
            (
                "데이터베이스 샤딩",
                "데이터베이스를 샤딩",
                "데이터베이스{+를+} 샤딩",
            ),
            (
                "Redis를 썼다",
                "Kafka를 썼다",
                "[-Redis를-]{+Kafka를+} 썼다",
            ),
            ("느리다", "빠르다", "[-느리다-]{+빠르다+}"),
            // The answer of the issue: every changed word beside its new
            // form, never "DB에DB" or "제약을으로".
            (
                "DB에 유니크 제약을 걸었고 결과는 좋았다",
                "DB 유니크 제약으로 막았고 결과와 지표가 좋았다",
                "[-DB에-]{+DB+} 유니크 [-제약을-]{+제약으로+} [-걸었고-]{+막았고+} \
                 [-결과는-]{+결과와+} {+지표가+} 좋았다",
            ),
            (
                "저희 팀은 캐시를 썼습니다.",
                "제가 직접 Redis 캐시를 붙였습니다.",
                "[-저희 팀은-]{+제가 직접 Redis+} 캐시를 [-썼습니다-]{+붙였습니다+}.",
            ),
            (
                "주문 API의 응답 시간을 줄였습니다.",
                "주문 API의 p95 응답 시간을 900ms에서 120ms로 줄였습니다.",
                "주문 API의 {+p95+} 응답 시간을 {+900ms에서 120ms로+} 줄였습니다.",
            ),
            // Punctuation is its own token: the word before it is compared
            // without it.
            (
                "결과는 좋았습니다.",
                "결과는 120ms였습니다!",
                "결과는 [-좋았습니다.-]{+120ms였습니다!+}",
            ),
            (
                "I retry the request, then log it.",
                "I retried the requests, then logged it!",
                "I [-retry-]{+retried+} the [-request-]{+requests+}, then [-log-]{+logged+} it[-.-]{+!+}",
            ),
        ];
        for &(old, new, want) in cases {
            let parts = word_diff(old, new);
            assert_well_formed(old, new, &parts);
            assert_eq!(marked(&parts), want, "{old:?} -> {new:?}");
        }
    }

    #[test]
    fn marks_hug_their_words() {
        assert_eq!(mark(Change::Insert, " 지표가 "), " {+지표가+} ");
        assert_eq!(
            mark(Change::Delete, "\n쓰고, 평소에는"),
            "\n[-쓰고, 평소에는-]"
        );
        // A change of whitespace alone would not show outside its marks.
        assert_eq!(mark(Change::Delete, "  "), "[-  -]");
        assert_eq!(mark(Change::Equal, " 그대로 "), " 그대로 ");
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
        for text in [
            "",
            " ",
            "a",
            " a  b\n",
            "캐시를 도입",
            "a \r\n\t b.",
            "e\u{301}👍🏽!",
        ] {
            assert_eq!(tokenize(text).concat(), text);
        }
        assert_eq!(tokenize(" a  b"), vec![" ", "a", "  ", "b"]);
        // An eojeol with its particle is one word; punctuation stands alone.
        assert_eq!(
            tokenize("p95는 900ms에서, 3.5배 don't"),
            vec!["p95는", " ", "900ms에서", ",", " ", "3.5배", " ", "don't"]
        );
    }
}
