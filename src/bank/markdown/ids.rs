//! Question ids and tags from prompts and headings: ASCII words, Hangul
//! romanised (Revised Romanization, letter by letter), a short hash when
//! nothing readable is left; unique within a document in linear time.

use std::collections::{HashMap, HashSet};

/// At most this many words and characters in an id.
const ID_WORDS: usize = 6;
const ID_CHARS: usize = 48;

/// Words that make no id on their own.
const NOT_AN_ID: &[&str] = &["vs", "c", "foo", "a", "the", "q", "x"];

const INITIALS: [&str; 19] = [
    "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p",
    "h",
];
const MEDIALS: [&str; 21] = [
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we",
    "wi", "yu", "eu", "ui", "i",
];
const FINALS: [&str; 28] = [
    "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p",
    "t", "t", "ng", "t", "t", "k", "t", "p", "t",
];

/// A Hangul syllable in Latin letters, or `None` for any other character.
fn romanise(c: char) -> Option<String> {
    let n = (c as u32).checked_sub(0xAC00)?;
    if n >= 11172 {
        return None;
    }
    let (i, m, f) = (n / 588, (n % 588) / 28, n % 28);
    Some(format!(
        "{}{}{}",
        INITIALS[i as usize], MEDIALS[m as usize], FINALS[f as usize]
    ))
}

/// The words of `text` in lowercase ASCII: ASCII letters and digits kept,
/// Hangul romanised, everything else a separator.
fn ascii_words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut hangul = false;
    for c in text.chars() {
        let r = romanise(c);
        // A new word where the script changes: `TCP와` is `tcp-wa`.
        if !cur.is_empty() && (c.is_ascii_alphanumeric() || r.is_some()) && hangul != r.is_some() {
            words.push(std::mem::take(&mut cur));
        }
        hangul = r.is_some();
        if c.is_ascii_alphanumeric() {
            cur.push(c.to_ascii_lowercase());
        } else if let Some(r) = r {
            cur.push_str(&r);
        } else if !matches!(c, '\'' | '’') && !cur.is_empty() {
            words.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        words.push(cur);
    }
    words
}

/// Words joined by `-`, at most `ID_WORDS` words and `ID_CHARS` characters.
fn join(words: &[String]) -> String {
    let mut out = String::new();
    for w in words.iter().take(ID_WORDS) {
        if out.is_empty() {
            out = w.chars().take(ID_CHARS).collect();
        } else if out.len() + 1 + w.len() <= ID_CHARS {
            out.push('-');
            out.push_str(w);
        } else {
            break;
        }
    }
    out
}

fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The id for a prompt or a title: its words in lowercase ASCII (Hangul
/// romanised), joined by `-`; `q-` and 8 hex digits of a hash of its
/// letters when that leaves nothing readable (`vs`, `c`).
pub fn slug(text: &str) -> String {
    let words = ascii_words(text);
    let s = join(&words);
    if s.len() >= 2 && !NOT_AN_ID.contains(&s.as_str()) {
        return s;
    }
    let h = fnv1a64(key(text).as_bytes());
    format!("q-{:08x}", (h ^ (h >> 32)) as u32)
}

/// Letters and digits of any script, lowercased, with nothing between them:
/// two prompts with one key differ only in spacing and punctuation.
pub(super) fn key(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// A tag for a section heading: its ASCII words when it has no Hangul, an
/// English gloss in parentheses (`네트워크 (Network)`), else its words as
/// written (`일반적인-질문`, `언어` for `언어(C++ 등)`).
pub(super) fn tag(text: &str) -> String {
    let text = text.trim().trim_end_matches([':', '：']).trim();
    let hangul = |s: &str| s.chars().any(|c| romanise(c).is_some());
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric() && c != '+' && c != '#')
            .map(|w| w.trim_matches(['+', '#']).to_lowercase())
            .filter(|w| !w.is_empty())
            .collect()
    };
    if !hangul(text) {
        return join(&words(text));
    }
    let (main, group) = match text.find(['(', '（']) {
        Some(p) => (&text[..p], &text[p..]),
        None => (text, ""),
    };
    let gloss = join(&words(group));
    if !hangul(group) && gloss.len() >= 3 && !NOT_AN_ID.contains(&gloss.as_str()) {
        return gloss;
    }
    let main = if main.trim().is_empty() { text } else { main };
    join(&words(main))
}

/// Makes ids unique: the second `x` is `x-2`, and a literal `x-2` already
/// taken moves it on to `x-3`. Each base remembers its next suffix, so
/// 10,000 prompts sharing their first words take linear time.
#[derive(Default)]
pub(super) struct Ids {
    taken: HashSet<String>,
    next: HashMap<String, usize>,
}

impl Ids {
    pub fn unique(&mut self, base: String) -> String {
        if self.taken.insert(base.clone()) {
            return base;
        }
        let mut n = self.next.get(&base).copied().unwrap_or(2);
        let mut id = format!("{base}-{n}");
        while self.taken.contains(&id) {
            n += 1;
            id = format!("{base}-{n}");
        }
        self.next.insert(base, n + 1);
        self.taken.insert(id.clone());
        id
    }
}
