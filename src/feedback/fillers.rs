//! Filler words and phrases ("um", "you know", "그냥", "좀").

use super::tokens::{Word, fold, gap_after, gap_before, words};

/// Single English filler words and the name they are reported under.
const ENGLISH: &[(&str, &str)] = &[
    ("um", "um"),
    ("umm", "um"),
    ("ummm", "um"),
    ("uhm", "um"),
    ("uh", "uh"),
    ("uhh", "uh"),
    ("erm", "erm"),
    ("basically", "basically"),
    ("actually", "actually"),
    ("literally", "literally"),
];

/// Two-word English fillers (folded words, reported name).
const PHRASES: &[(&str, &str, &str)] = &[
    ("you", "know", "you know"),
    ("kind", "of", "kind of"),
    ("sort", "of", "sort of"),
    ("i", "mean", "I mean"),
];

/// Words before "kind of" / "sort of" that make it a real noun phrase
/// ("what kind of database").
const DETERMINERS: &[&str] = &[
    "what",
    "which",
    "this",
    "that",
    "a",
    "an",
    "any",
    "some",
    "the",
    "every",
    "each",
    "same",
    "different",
    "one",
    "new",
    "these",
    "those",
    "all",
    "no",
    "other",
    "another",
];

/// Words before "you know" that make it a real question ("do you know").
const KNOW_QUESTIONS: &[&str] = &[
    "do", "did", "don't", "didn't", "if", "would", "will", "could", "can",
];

/// Korean fillers: counted only when the whole word is the filler (so
/// "어떤", "음식", "좀더" are not).
const KOREAN: &[&str] = &[
    "그냥",
    "약간",
    "뭔가",
    "좀",
    "이제",
    "막",
    "진짜",
    "어",
    "음",
    "그러니까",
];

/// Counts filler words and phrases, most frequent first (ties: first seen
/// first). "like" counts only next to a comma ("like, ..." or ", like"),
/// where it is a filler rather than a verb or comparison.
pub fn fillers(answer: &str) -> Vec<(String, usize)> {
    let words = words(answer);
    let folded: Vec<String> = words.iter().map(|w| fold(w.text)).collect();
    let mut tally = Tally::default();
    for i in 0..words.len() {
        if let Some(name) = filler_at(answer, &words, &folded, i) {
            tally.add(name);
        }
    }
    tally.into_sorted()
}

fn filler_at(text: &str, words: &[Word<'_>], folded: &[String], i: usize) -> Option<String> {
    let word = folded.get(i)?.as_str();
    if let Some((_, name)) = ENGLISH.iter().find(|(w, _)| *w == word) {
        return Some(name.to_string());
    }
    if let Some(phrase) = phrase_at(text, words, folded, i) {
        return Some(phrase);
    }
    if word == "like" && next_to_comma(text, words, i) {
        return Some("like".into());
    }
    KOREAN.contains(&word).then(|| word.to_string())
}

/// A two-word filler starting at word `i`, with only whitespace between.
fn phrase_at(text: &str, words: &[Word<'_>], folded: &[String], i: usize) -> Option<String> {
    let first = folded.get(i)?.as_str();
    let second = folded.get(i + 1)?.as_str();
    let (_, _, name) = PHRASES
        .iter()
        .find(|(a, b, _)| (*a, *b) == (first, second))?;
    if !gap_after(text, words, i).chars().all(char::is_whitespace) {
        return None;
    }
    let before = previous_word(text, words, folded, i);
    let excluded = match first {
        "kind" | "sort" => before.is_some_and(|b| DETERMINERS.contains(&b)),
        "you" => before.is_some_and(|b| KNOW_QUESTIONS.contains(&b)),
        _ => false,
    };
    (!excluded).then(|| name.to_string())
}

/// The word before `i` when only whitespace separates them.
fn previous_word<'a>(
    text: &str,
    words: &[Word<'_>],
    folded: &'a [String],
    i: usize,
) -> Option<&'a str> {
    let gap = gap_before(text, words, i);
    let prev = folded.get(i.checked_sub(1)?)?;
    gap.chars()
        .all(char::is_whitespace)
        .then_some(prev.as_str())
}

fn next_to_comma(text: &str, words: &[Word<'_>], i: usize) -> bool {
    let after = gap_after(text, words, i).trim_start();
    let before = gap_before(text, words, i).trim_end();
    after.starts_with([',', '，']) || before.ends_with([',', '，'])
}

/// Counts in first-seen order.
#[derive(Default)]
struct Tally {
    counts: Vec<(String, usize)>,
}

impl Tally {
    fn add(&mut self, name: String) {
        match self.counts.iter_mut().find(|(n, _)| *n == name) {
            Some((_, count)) => *count += 1,
            None => self.counts.push((name, 1)),
        }
    }

    fn into_sorted(mut self) -> Vec<(String, usize)> {
        // Stable sort keeps first-seen order among equal counts.
        self.counts
            .sort_by_key(|(_, count)| std::cmp::Reverse(*count));
        self.counts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn owned(pairs: &[(&str, usize)]) -> Vec<(String, usize)> {
        pairs.iter().map(|&(s, n)| (s.to_string(), n)).collect()
    }

    #[test]
    fn fillers_table() {
        let cases: &[(&str, &[(&str, usize)])] = &[
            ("", &[]),
            (
                "Um, so basically, um, I did it.",
                &[("um", 2), ("basically", 1)],
            ),
            (
                "Ummm... uh, actually it literally worked",
                &[("um", 1), ("uh", 1), ("actually", 1), ("literally", 1)],
            ),
            ("It was, like, slow. I like Rust.", &[("like", 1)]),
            ("Like, it failed, like always", &[("like", 2)]),
            ("tools like Redis", &[]),
            (
                "you know, it was kind of slow",
                &[("you know", 1), ("kind of", 1)],
            ),
            ("what kind of cache? do you know it?", &[]),
            (
                "I mean, sort of. I meant it",
                &[("I mean", 1), ("sort of", 1)],
            ),
            ("umbrella and human", &[]),
            ("그냥 좀 느렸어요. 그냥저냥", &[("그냥", 1), ("좀", 1)]),
            ("어떤 음식을 좀더 먹었다", &[]),
            (
                "음... 어, 그러니까 이제 막 진짜 뭔가 약간",
                &[
                    ("음", 1),
                    ("어", 1),
                    ("그러니까", 1),
                    ("이제", 1),
                    ("막", 1),
                    ("진짜", 1),
                    ("뭔가", 1),
                    ("약간", 1),
                ],
            ),
            ("음 음 음, um", &[("음", 3), ("um", 1)]),
        ];
        for &(text, want) in cases {
            assert_eq!(fillers(text), owned(want), "text {text:?}");
        }
    }
}
