//! Word spans shared by the rule checks.

/// A word of the source text: a maximal run of letters/digits (Hangul
/// included), where an apostrophe between two of them stays inside
/// (`I'm`, `we’ve`). A Korean eojeol with an attached particle is one word
/// (`Redis를`); surrounding punctuation is not part of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Word<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
}

/// Splits `text` into [`Word`]s, in order.
pub(crate) fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next_alnum = chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        let joins = c.is_alphanumeric() || (is_apostrophe(c) && start.is_some() && next_alnum);
        match (joins, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                push_word(&mut out, text, s, i);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        push_word(&mut out, text, s, text.len());
    }
    out
}

fn push_word<'a>(out: &mut Vec<Word<'a>>, text: &'a str, start: usize, end: usize) {
    if let Some(word) = text.get(start..end) {
        out.push(Word {
            text: word,
            start,
            end,
        });
    }
}

/// True for the straight and typographic apostrophes.
pub(crate) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}')
}

/// Lowercases a word and straightens its apostrophes, for comparisons.
pub(crate) fn fold(word: &str) -> String {
    word.chars()
        .map(|c| if is_apostrophe(c) { '\'' } else { c })
        .flat_map(char::to_lowercase)
        .collect()
}

/// The text between word `i` and the one before it (or the text start).
pub(crate) fn gap_before<'a>(text: &'a str, words: &[Word<'a>], i: usize) -> &'a str {
    let from = i
        .checked_sub(1)
        .and_then(|p| words.get(p))
        .map_or(0, |w| w.end);
    let to = words.get(i).map_or(text.len(), |w| w.start);
    text.get(from..to).unwrap_or("")
}

/// The text between word `i` and the one after it (or the text end).
pub(crate) fn gap_after<'a>(text: &'a str, words: &[Word<'a>], i: usize) -> &'a str {
    let from = words.get(i).map_or(text.len(), |w| w.end);
    let to = words.get(i + 1).map_or(text.len(), |w| w.start);
    text.get(from..to).unwrap_or("")
}

/// True when the char before byte `pos` of `s` is not a letter or digit, so
/// a match starting at `pos` starts a word.
pub(crate) fn starts_word(s: &str, pos: usize) -> bool {
    s.get(..pos)
        .and_then(|before| before.chars().next_back())
        .is_none_or(|c| !c.is_alphanumeric())
}

/// Keeps the first occurrence of each item, in order, at most `cap` items.
pub(crate) fn dedup_capped(items: impl IntoIterator<Item = String>, cap: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for item in items {
        if out.len() >= cap {
            break;
        }
        if !out.contains(&item) {
            out.push(item);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        words(s).iter().map(|w| w.text).collect()
    }

    #[test]
    fn splits_words() {
        let cases: &[(&str, &[&str])] = &[
            ("", &[]),
            (
                "I'm here, we’ve done it.",
                &["I'm", "here", "we’ve", "done", "it"],
            ),
            ("'quoted' words'", &["quoted", "words"]),
            ("Redis를 (캐시) 도입!", &["Redis를", "캐시", "도입"]),
            ("200ms/3x", &["200ms", "3x"]),
            ("음... 그냥", &["음", "그냥"]),
        ];
        for &(input, want) in cases {
            assert_eq!(texts(input), want, "input {input:?}");
        }
    }

    #[test]
    fn gaps_and_boundaries() {
        let text = "so, like, yes";
        let ws = words(text);
        assert_eq!(gap_before(text, &ws, 1), ", ");
        assert_eq!(gap_after(text, &ws, 1), ", ");
        assert_eq!(gap_after(text, &ws, 2), "");
        assert!(starts_word("a io", 2) && !starts_word("ratio", 3) && starts_word("x", 0));
        assert_eq!(fold("I’M"), "i'm");
        let items = ["a", "b", "a", "c"].map(String::from);
        assert_eq!(dedup_capped(items, 2), ["a", "b"]);
    }
}
