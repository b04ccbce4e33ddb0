//! One analysis pass over an answer, which every check reads: the
//! normalised text (with a map back to the answer's bytes), words with
//! their English (Snowball) or Korean (eojeol stem + particle/ending)
//! stems, negated clauses, sentences and numbers with units.

use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};

use super::hangul;
use super::tokens::is_apostrophe;

/// Korean particles and endings that may follow a noun stem, longest first
/// within each leading syllable so the longest one is split off.
pub(crate) const PARTICLES: &[&str] = &[
    "에서부터",
    "으로부터",
    "에서는",
    "에서도",
    "에서의",
    "으로는",
    "으로도",
    "으로써",
    "으로서",
    "에게서",
    "에게는",
    "까지는",
    "까지도",
    "부터는",
    "이라는",
    "이라고",
    "이라서",
    "이지만",
    "입니다",
    "이었고",
    "이었습니다",
    "였습니다",
    "에서",
    "에게",
    "에는",
    "에도",
    "한테",
    "으로",
    "까지",
    "부터",
    "이나",
    "처럼",
    "보다",
    "하고",
    "이랑",
    "라는",
    "라고",
    "라서",
    "이고",
    "이며",
    "이다",
    "이죠",
    "마다",
    "들을",
    "들이",
    "들은",
    "들의",
    "들도",
    "이든",
    "든지",
    "랑",
    "와",
    "과",
    "은",
    "는",
    "이",
    "가",
    "을",
    "를",
    "의",
    "에",
    "로",
    "도",
    "만",
    "나",
    "들",
    "죠",
    "요",
];

/// Syllables that start a verb or adjective ending on a noun stem ("캐시하고",
/// "자동화했습니다", "안전성", "적용됩니다"): whatever follows them is inflection.
const VERBAL_STARTS: &[&str] = &[
    "하", "했", "한", "할", "함", "합", "해", "되", "된", "될", "됐", "돼", "됩", "됨", "시키",
    "시켜", "시켰", "적", "성", "화", "률", "율", "량", "히", "힌", "혔", "혀", "힐", "쳐", "쳤",
    "친", "칠",
];

/// Verb endings that may follow a verb stem term ("줄었" + "고", "배운" is
/// its own word): connective and final endings.
const VERB_ENDINGS: &[&str] = &[
    "습니다",
    "는데",
    "지만",
    "으며",
    "으면",
    "으니",
    "다고",
    "다는",
    "어서",
    "아서",
    "어요",
    "아요",
    "고",
    "며",
    "면",
    "서",
    "다",
    "죠",
    "던",
    "기",
    "음",
    "는",
    "요",
];

/// True when `rest`, what follows a Hangul term inside its eojeol, is a
/// particle, an ending or nothing, so the term is the word's stem rather
/// than a piece of an unrelated word.
pub(crate) fn is_inflection(rest: &str) -> bool {
    rest.is_empty()
        || PARTICLES.contains(&rest)
        || VERB_ENDINGS.iter().any(|v| rest.starts_with(v))
        || VERBAL_STARTS.iter().any(|v| rest.starts_with(v))
        || PARTICLES
            .iter()
            .any(|p| rest.strip_prefix(p).is_some_and(|r| PARTICLES.contains(&r)))
}

/// A word of the normalised text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte range in the normalised text.
    pub start: usize,
    pub end: usize,
    /// The word, normalised (lowercase).
    pub text: String,
    /// English: its Snowball stem; Korean: the eojeol without its trailing
    /// particle or ending; otherwise the word.
    pub stem: String,
}

/// What [`Analysis::new`] found in one answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Analysis {
    /// Lowercase, full-width folded, Hangul composed, whitespace collapsed,
    /// numbers' units written one way ("50 퍼센트" → "50%", "10 GB" → "10gb").
    pub norm: String,
    /// `norm` without spaces.
    pub compact: String,
    /// For each byte of `norm` (and one past the end), the byte in the answer.
    orig: Vec<usize>,
    /// For each byte of `compact` (and one past the end), the byte in `norm`.
    compact_to_norm: Vec<usize>,
    /// Words, in order.
    pub tokens: Vec<Token>,
    /// Byte ranges of `norm` inside a negated clause.
    pub negated: Vec<(usize, usize)>,
    /// Byte ranges of `norm`, one per clause.
    pub clauses: Vec<(usize, usize)>,
    /// Byte ranges of the answer, one per sentence.
    pub sentences: Vec<(usize, usize)>,
}

fn stemmer() -> &'static Stemmer {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    STEMMER.get_or_init(|| Stemmer::create(Algorithm::English))
}

/// The English Snowball stem of a lowercase word.
pub(crate) fn english_stem(word: &str) -> String {
    stemmer().stem(word).into_owned()
}

/// Unit spellings after a number, as (written form, canonical form). The
/// space between a number and any of these is dropped.
const UNITS: &[(&str, &str)] = &[
    ("퍼센트", "%"),
    ("percent", "%"),
    ("프로", "%"),
    ("%", "%"),
    ("밀리초", "ms"),
    ("ms", "ms"),
    ("gb", "gb"),
    ("mb", "mb"),
    ("kb", "kb"),
    ("tb", "tb"),
    ("tps", "tps"),
    ("qps", "qps"),
    ("rps", "rps"),
    ("rpm", "rpm"),
    ("hours", "h"),
    ("hour", "h"),
    ("hrs", "h"),
    ("hr", "h"),
    ("h", "h"),
    ("minutes", "min"),
    ("min", "min"),
    ("seconds", "s"),
    ("sec", "s"),
    ("s", "s"),
    ("x", "x"),
    ("k", "k"),
    ("시간", "시간"),
    ("개월", "개월"),
    ("달러", "달러"),
    ("dollars", "달러"),
    ("분", "분"),
    ("초", "초"),
    ("배", "배"),
    ("만", "만"),
    ("억", "억"),
    ("원", "원"),
    ("건", "건"),
    ("명", "명"),
    ("대", "대"),
    ("개", "개"),
    ("일", "일"),
    ("주", "주"),
    ("년", "년"),
];

/// The canonical form of a Latin unit written as a term on its own ("ms",
/// "seconds", "GB" lowercased): after a number the answer has it in that
/// form ("200 ms" reads "200ms", "30 seconds" reads "30s").
pub(crate) fn unit_canonical(term: &str) -> Option<&'static str> {
    UNITS
        .iter()
        .find(|&&(written, _)| written == term && written.is_ascii() && written != "%")
        .map(|&(_, canonical)| canonical)
}

/// `text` normalised the way [`Analysis::norm`] is.
pub(crate) fn normalize(text: &str) -> String {
    units_canonical(&normalized_chars(text))
        .into_iter()
        .map(|(c, _)| c)
        .collect()
}

/// A number with its unit in normalised text: ("50", "달러"), ("1.5", "h").
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Quantity {
    pub value: String,
    pub unit: String,
    pub start: usize,
    pub end: usize,
}

/// Numbers in normalised text with the canonical unit right after them
/// (or a currency sign right before), skipping digits glued to letters
/// ("ec2", "s3", "p95" keeps its "p": it is one quantity, "p95").
pub(crate) fn quantities(norm: &str) -> Vec<Quantity> {
    let mut out = Vec::new();
    let bytes = norm.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let mut start = i;
        let prev = norm.get(..i).and_then(|b| b.chars().next_back());
        let glued = prev.is_some_and(|c| c.is_ascii_alphabetic());
        let percentile = prev == Some('p')
            && norm
                .get(..i.saturating_sub(1))
                .and_then(|b| b.chars().next_back())
                .is_none_or(|c| !c.is_alphanumeric());
        let mut end = i;
        while end < bytes.len()
            && (bytes[end].is_ascii_digit()
                || (matches!(bytes[end], b'.' | b',')
                    && bytes.get(end + 1).is_some_and(u8::is_ascii_digit)))
        {
            end += 1;
        }
        let value: String = norm.get(i..end).unwrap_or("").replace(',', "");
        if glued && !percentile {
            i = end;
            continue;
        }
        let rest = norm.get(end..).unwrap_or("");
        let mut unit = UNITS
            .iter()
            .map(|&(_, canonical)| canonical)
            .filter(|u| rest.starts_with(u))
            .max_by_key(|u| u.len())
            .unwrap_or("")
            .to_string();
        let unit_len = unit.len();
        if percentile {
            start -= 1;
            unit = "p".into();
        } else if let Some(sign) = prev.filter(|c| matches!(c, '$' | '₩')) {
            start -= sign.len_utf8();
            unit = if sign == '$' { "달러" } else { "원" }.into();
        }
        out.push(Quantity {
            value,
            unit,
            start,
            end: end + unit_len,
        });
        i = end + unit_len;
    }
    out.extend(word_quantities(norm));
    out.sort_by_key(|q| q.start);
    out
}

/// Numbers written as words, with their value.
const NUMBER_WORDS: &[(&str, &str)] = &[
    ("one", "1"),
    ("two", "2"),
    ("three", "3"),
    ("four", "4"),
    ("five", "5"),
    ("six", "6"),
    ("seven", "7"),
    ("eight", "8"),
    ("nine", "9"),
    ("ten", "10"),
    ("twelve", "12"),
    ("fifteen", "15"),
    ("twenty", "20"),
    ("thirty", "30"),
    ("fifty", "50"),
    ("hundred", "100"),
    ("한", "1"),
    ("두", "2"),
    ("세", "3"),
    ("네", "4"),
    ("다섯", "5"),
    ("열", "10"),
];

/// Units a number word may carry ("two hours", "두 배").
const WORD_UNITS: &[(&str, &str)] = &[
    ("hours", "h"),
    ("hour", "h"),
    ("minutes", "min"),
    ("minute", "min"),
    ("seconds", "s"),
    ("days", "일"),
    ("weeks", "주"),
    ("months", "개월"),
    ("times", "x"),
    ("people", "명"),
    ("servers", "대"),
    ("시간", "시간"),
    ("배", "배"),
    ("명", "명"),
    ("번", "번"),
    ("달", "개월"),
    ("주", "주"),
];

/// "two hours", "ten minutes", "두 배", "세 시간": number words followed by
/// a unit word.
fn word_quantities(norm: &str) -> Vec<Quantity> {
    let mut out = Vec::new();
    let words: Vec<(usize, &str)> = norm
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .collect();
    for pair in words.windows(2) {
        let [(start, word), (unit_at, next)] = [pair[0], pair[1]];
        let Some(&(_, value)) = NUMBER_WORDS.iter().find(|(w, _)| *w == word) else {
            continue;
        };
        let unit = WORD_UNITS
            .iter()
            .find(|(u, _)| next.starts_with(u) && (next.len() == u.len() || hangul::has_hangul(u)));
        if let Some(&(written, canonical)) = unit {
            out.push(Quantity {
                value: value.to_string(),
                unit: canonical.to_string(),
                start,
                end: unit_at + written.len(),
            });
        }
    }
    out
}

impl Analysis {
    /// Analyses `text` (linear in its length, up to a small factor).
    pub fn new(text: &str) -> Self {
        let chars = units_canonical(&normalized_chars(text));
        let mut norm = String::with_capacity(text.len());
        let mut orig = Vec::with_capacity(text.len() + 1);
        for &(c, at) in &chars {
            norm.push(c);
            orig.extend(std::iter::repeat_n(at, c.len_utf8()));
        }
        orig.push(text.len());
        let mut compact = String::with_capacity(norm.len());
        let mut compact_to_norm = Vec::with_capacity(norm.len() + 1);
        for (i, c) in norm.char_indices().filter(|&(_, c)| c != ' ') {
            compact.push(c);
            compact_to_norm.extend(std::iter::repeat_n(i, c.len_utf8()));
        }
        compact_to_norm.push(norm.len());
        let tokens = tokenize(&norm);
        let clauses = clause_bounds(&norm, &tokens);
        let negated = negated_clauses(&clauses, &tokens);
        Analysis {
            sentences: sentences(text),
            norm,
            compact,
            orig,
            compact_to_norm,
            tokens,
            negated,
            clauses,
        }
    }

    /// The answer's byte offset of `norm` byte `i`.
    pub fn orig_at(&self, i: usize) -> usize {
        self.orig.get(i).or(self.orig.last()).copied().unwrap_or(0)
    }

    /// A `norm` byte range as a byte range of the answer.
    pub fn orig_span(&self, start: usize, end: usize) -> (usize, usize) {
        let s = self.orig_at(start);
        // The end maps through the last byte of the range, so a unit that
        // was rewritten keeps its whole written form.
        let e = match end.checked_sub(1) {
            Some(last) if end > start => {
                let at = self.orig_at(last);
                let next = self.orig_at(end);
                next.max(at + 1)
            }
            _ => s,
        };
        (s, e)
    }

    /// The `norm` byte of `compact` byte `i`.
    pub fn norm_of_compact(&self, i: usize) -> usize {
        self.compact_to_norm
            .get(i)
            .or(self.compact_to_norm.last())
            .copied()
            .unwrap_or(0)
    }

    /// The tokens lying within `norm` bytes `start..end`.
    pub fn tokens_in(&self, start: usize, end: usize) -> &[Token] {
        let from = self.tokens.partition_point(|t| t.start < start);
        let to = self.tokens.partition_point(|t| t.start < end);
        self.tokens.get(from..to).unwrap_or(&[])
    }

    /// The answer's sentence holding answer byte `pos`.
    pub fn sentence_at(&self, pos: usize) -> Option<(usize, usize)> {
        let i = self.sentences.partition_point(|&(_, e)| e <= pos);
        self.sentences
            .get(i)
            .copied()
            .filter(|&(s, e)| s <= pos && pos < e)
    }

    /// The `norm` byte range of answer bytes `start..end`.
    pub fn norm_range(&self, start: usize, end: usize) -> (usize, usize) {
        let bytes = self.orig.len().saturating_sub(1);
        let head = self.orig.get(..bytes).unwrap_or(&[]);
        let s = head.partition_point(|&at| at < start);
        let e = head.partition_point(|&at| at < end);
        (s, e.max(s))
    }

    /// True when `norm` byte `pos` lies in a negated clause.
    pub fn is_negated(&self, pos: usize) -> bool {
        self.negated.iter().any(|&(s, e)| s <= pos && pos < e)
    }
}

/// Lowercase, full-width folded, apostrophes straightened, decomposed
/// Hangul composed, whitespace runs as one space, trimmed; each char with
/// the answer byte it came from.
fn normalized_chars(text: &str) -> Vec<(char, usize)> {
    let mut out: Vec<(char, usize)> = Vec::with_capacity(text.len());
    for (at, c) in text.char_indices() {
        if c.is_whitespace() {
            if out.last().is_some_and(|&(p, _)| p != ' ') {
                out.push((' ', at));
            }
            continue;
        }
        for lower in fold_char(c).to_lowercase() {
            match out
                .last()
                .and_then(|&(p, _)| hangul::compose_pair(p, lower))
            {
                Some(joined) => {
                    if let Some(last) = out.last_mut() {
                        last.0 = joined;
                    }
                }
                None => out.push((lower, at)),
            }
        }
    }
    if out.last().is_some_and(|&(c, _)| c == ' ') {
        out.pop();
    }
    out
}

/// Full-width ASCII to ASCII, typographic apostrophes to `'`.
pub(crate) fn fold_char(c: char) -> char {
    if is_apostrophe(c) {
        return '\'';
    }
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => c,
    }
}

/// After a digit: drops one space before a unit and writes the unit in its
/// canonical form, so "10 GB", "10GB" and "10gb" read alike, and so do
/// "50%", "50 %", "50 퍼센트" and "50 percent".
fn units_canonical(chars: &[(char, usize)]) -> Vec<(char, usize)> {
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let (c, at) = chars[i];
        out.push((c, at));
        i += 1;
        if !c.is_ascii_digit() || chars.get(i).is_some_and(|&(n, _)| n.is_ascii_digit()) {
            continue;
        }
        let spaced = chars.get(i).is_some_and(|&(n, _)| n == ' ');
        let from = i + usize::from(spaced);
        if let Some((len, canonical)) = unit_at(chars, from) {
            let unit_at = chars.get(from).map_or(at, |&(_, a)| a);
            out.extend(canonical.chars().map(|u| (u, unit_at)));
            i = from + len;
        }
    }
    out
}

/// The unit starting at `chars[from]`, as (its length in chars, canonical).
/// An ASCII unit must end the word; a Korean one may carry a particle.
fn unit_at(chars: &[(char, usize)], from: usize) -> Option<(usize, &'static str)> {
    UNITS.iter().find_map(|&(written, canonical)| {
        let len = written.chars().count();
        let matches = written
            .chars()
            .enumerate()
            .all(|(k, w)| chars.get(from + k).is_some_and(|&(c, _)| c == w));
        let ascii = written.is_ascii() && written != "%";
        let ends_word = chars
            .get(from + len)
            .is_none_or(|&(c, _)| !c.is_ascii_alphanumeric());
        (matches && (!ascii || ends_word)).then_some((len, canonical))
    })
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Words of the normalised text with their stems.
fn tokenize(norm: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut chars = norm.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next_word = chars.peek().is_some_and(|&(_, n)| is_word_char(n));
        let joins = is_word_char(c) || (c == '\'' && start.is_some() && next_word);
        match (joins, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(token(norm, s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(token(norm, s, norm.len()));
    }
    out
}

fn token(norm: &str, start: usize, end: usize) -> Token {
    let text = norm.get(start..end).unwrap_or("").to_string();
    let stem = word_stem(&text);
    Token {
        start,
        end,
        text,
        stem,
    }
}

/// English words by Snowball; a Korean eojeol (or "redis를") without its
/// trailing particle or ending.
pub(crate) fn word_stem(word: &str) -> String {
    if !hangul::has_hangul(word) {
        return if word.chars().all(|c| c.is_ascii_alphabetic() || c == '\'') {
            english_stem(word)
        } else {
            word.to_string()
        };
    }
    let split = PARTICLES
        .iter()
        .filter(|p| word.len() > p.len() && word.ends_with(*p))
        .map(|p| word.len() - p.len())
        .min();
    match split.and_then(|at| word.get(..at)) {
        Some(stem) => stem.to_string(),
        None => word.to_string(),
    }
}

/// A word of a note as a match term: a Korean word cut at the first
/// point, after two letters or more, where the rest is a particle or an
/// ending ("크롤러를" → "크롤러", "나눠서" → "나눠", "redis를" → "redis");
/// any other word as it is.
pub(crate) fn term_stem(word: &str) -> String {
    if !hangul::has_hangul(word) {
        return word.to_string();
    }
    word.char_indices()
        .skip(2)
        .map(|(i, _)| i)
        .find(|&i| word.get(i..).is_some_and(is_inflection))
        .and_then(|i| word.get(..i))
        .unwrap_or(word)
        .to_string()
}

// ------------------------------------------------------------- negation

const NEG_EN: &[&str] = &[
    "not",
    "never",
    "no",
    "without",
    "didn't",
    "don't",
    "doesn't",
    "wasn't",
    "weren't",
    "isn't",
    "aren't",
    "won't",
    "can't",
    "cannot",
    "couldn't",
    "shouldn't",
    "haven't",
    "hasn't",
    "hadn't",
    "nor",
    "neither",
    "wouldn't",
];

/// Words after an English negation that cancel it ("not only", "never
/// once failed" is still negative, but "not just" adds).
const NEG_CANCEL: &[&str] = &["only", "just", "merely", "simply", "also"];

/// Words that end an English clause.
const CLAUSE_EN: &[&str] = &[
    "but", "however", "although", "though", "whereas", "instead", "so", "because", "then",
];

/// Korean connective endings that end a clause ("했고", "하며", "했지만").
const CLAUSE_KO: &[&str] = &[
    "고", "며", "지만", "는데", "은데", "으나", "면서", "니까", "라서", "해서", "아서", "어서",
    "여서", "면",
];

/// Korean negated forms that state a condition or a purpose ("열어 두지
/// 않으면 안 됩니다", "중복이 생기지 않게"): what they name is being
/// recommended or prevented, not denied.
const NEG_KO_NOT_DENIAL: &[&str] = &["않으면", "않도록", "않게", "않기 위해", "않기"];

/// True for a word that negates the clause around it.
pub(crate) fn is_negation(word: &str) -> bool {
    if NEG_KO_NOT_DENIAL.iter().any(|e| word.ends_with(e)) {
        return false;
    }
    NEG_EN.contains(&word)
        || word == "안"
        || word == "못"
        || word.contains('않')
        || word.starts_with("못하")
        || word.starts_with("못했")
        // 못하- contracted: 못한, 못할, 못함, 못합니다.
        || ["못한", "못할", "못함", "못합"].iter().any(|p| word.starts_with(p))
        || word.starts_with("안했")
        || word.starts_with("안해")
        || word.ends_with("없이")
}

/// Byte ranges of `norm` that a negation covers: for English, the whole
/// clause around the cue; for Korean (verb-final), the clause up to the
/// negated verb.
fn negated_clauses(clauses: &[(usize, usize)], tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if !is_negation(&t.text) {
            continue;
        }
        let english = t.text.is_ascii();
        if english
            && tokens
                .get(i + 1)
                .is_some_and(|n| NEG_CANCEL.contains(&n.text.as_str()))
        {
            continue;
        }
        let Some(&(cs, ce)) = clauses.iter().find(|&&(s, e)| s <= t.start && t.start < e) else {
            continue;
        };
        // "If you don't open the port, ..." recommends opening it.
        let conditional = tokens
            .get(..i)
            .unwrap_or(&[])
            .iter()
            .rev()
            .take_while(|p| p.start >= cs)
            .any(|p| matches!(p.text.as_str(), "if" | "unless"));
        if english && conditional {
            continue;
        }
        let end = if english {
            ce
        } else if t.text == "안" || t.text == "못" {
            tokens
                .get(i + 1)
                .map_or(t.end, |n| n.end.min(ce).max(t.end))
        } else {
            t.end
        };
        out.push((cs, end));
    }
    out
}

/// Clause ranges of `norm`: split at sentence and clause punctuation, at
/// English clause words and after Korean connective endings.
fn clause_bounds(norm: &str, tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut cuts: Vec<usize> = norm
        .char_indices()
        .filter(|&(_, c)| {
            matches!(
                c,
                '.' | '!' | '?' | ',' | ';' | ':' | '。' | '…' | '(' | ')'
            )
        })
        .map(|(i, c)| i + c.len_utf8())
        .collect();
    for t in tokens {
        if CLAUSE_EN.contains(&t.text.as_str()) {
            cuts.push(t.start);
        } else if hangul::has_hangul(&t.text)
            && CLAUSE_KO.iter().any(|e| t.text.ends_with(e))
            && (!t.text.contains('않') || !is_negation(&t.text))
            && t.text.chars().count() > 1
        {
            cuts.push(t.end);
        }
    }
    cuts.push(norm.len());
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = Vec::with_capacity(cuts.len());
    let mut from = 0;
    for cut in cuts {
        if cut > from {
            out.push((from, cut));
        }
        from = cut;
    }
    out
}

// ------------------------------------------------------------- sentences

/// Byte ranges of the sentences of `text`, split after . ! ? 。 and at line
/// breaks; blank ones are left out.
pub fn sentences(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next_space = chars.peek().is_none_or(|&(_, n)| n.is_whitespace());
        let ends = c == '\n' || (matches!(c, '.' | '!' | '?' | '。') && next_space);
        if ends {
            push_sentence(text, &mut out, from, i + c.len_utf8());
            from = i + c.len_utf8();
        }
    }
    push_sentence(text, &mut out, from, text.len());
    out
}

fn push_sentence(text: &str, out: &mut Vec<(usize, usize)>, from: usize, to: usize) {
    let Some(s) = text.get(from..to) else { return };
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push((from + lead, to - trail));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_english_and_korean() {
        let a = Analysis::new("We kept RETRYING; retries 캐시를 Redis를 자동화했습니다");
        let stems: Vec<&str> = a.tokens.iter().map(|t| t.stem.as_str()).collect();
        assert_eq!(
            stems,
            [
                "we",
                "kept",
                "retri",
                "retri",
                "캐시",
                "redis",
                "자동화했습니다"
            ]
        );
        assert_eq!(english_stem("retry"), "retri");
    }

    #[test]
    fn units_are_written_one_way_and_map_back() {
        let text = "10 GB, 50 퍼센트, 3배, 900 ms and 6 시간";
        let a = Analysis::new(text);
        assert_eq!(a.norm, "10gb, 50%, 3배, 900ms and 6시간");
        let at = a.norm.find("50%").unwrap_or(0);
        let (s, e) = a.orig_span(at, at + "50%".len());
        assert_eq!(&text[s..e], "50 퍼센트");
        assert_eq!(Analysis::new("5 small apps").norm, "5 small apps");
    }

    #[test]
    fn negated_clauses_table() {
        // (text, a word, negated)
        let cases: &[(&str, &str, bool)] = &[
            ("I didn't look at the cost", "cost", true),
            ("The cost was not tracked", "cost", true),
            ("I tracked the cost, not the latency", "cost", false),
            ("not only the cost but latency", "cost", false),
            ("비용은 신경 쓰지 않았습니다", "비용은", true),
            (
                "Redis를 도입했고 비용은 신경 쓰지 않았습니다",
                "redis를",
                false,
            ),
            ("로그는 안 봤습니다", "로그는", true),
            ("상태를 저장하지 않는 무상태 통신", "무상태", false),
            ("모니터링을 하지 못했습니다", "모니터링을", true),
            ("we never measured latency", "latency", true),
            ("if you don't open the port, it fails", "port", false),
            (
                "임시 포트를 열어 두지 않으면 통신이 안 됩니다",
                "포트를",
                false,
            ),
            ("merge해서 중복이 생기지 않게 합니다", "merge해서", false),
            ("Collisions can't be avoided", "collisions", true),
        ];
        for &(text, word, want) in cases {
            let a = Analysis::new(text);
            let pos = a
                .tokens
                .iter()
                .find(|t| t.text == word)
                .map_or(usize::MAX, |t| t.start);
            assert_eq!(a.is_negated(pos), want, "{word:?} in {text:?}");
        }
    }

    #[test]
    fn sentences_split() {
        let text = "One. Two is 1.5x!\n세 번째입니다  ";
        let got: Vec<&str> = sentences(text).iter().map(|&(s, e)| &text[s..e]).collect();
        assert_eq!(got, ["One.", "Two is 1.5x!", "세 번째입니다"]);
    }

    #[test]
    fn inflection_table() {
        for rest in [
            "",
            "를",
            "에서는",
            "하고",
            "했습니다",
            "성",
            "들을",
            "화했습니다",
        ] {
            assert!(is_inflection(rest), "{rest:?}");
        }
        for rest in ["표", "록", "방", "렸", "인"] {
            assert!(!is_inflection(rest), "{rest:?}");
        }
    }
}
