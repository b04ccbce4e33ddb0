//! Length and speaking-time estimate, cheap enough to run on every keystroke.

use unicode_segmentation::UnicodeSegmentation;

use super::hangul;

/// Speaking rates used to turn text into an estimated speaking time.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rates {
    /// Words per minute for words without Hangul (default 150).
    pub english_wpm: f64,
    /// Hangul syllables per minute (default 300).
    pub hangul_spm: f64,
}

impl Default for Rates {
    fn default() -> Self {
        Rates {
            english_wpm: DEFAULT_WPM,
            hangul_spm: DEFAULT_SPM,
        }
    }
}

const DEFAULT_WPM: f64 = 150.0;
const DEFAULT_SPM: f64 = 300.0;

/// Size of a draft and how long it would take to say out loud.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextStats {
    /// Grapheme clusters (what a reader sees as one character), not counting
    /// line breaks (`\n`, `\r\n`, `\r`, VT, FF, NEL, U+2028, U+2029). Spaces
    /// and tabs count.
    pub chars: usize,
    /// Whitespace-separated tokens holding at least one letter or digit
    /// (Hangul counts), so stray punctuation such as `-` is not a word.
    pub words: usize,
    /// Hangul syllables: precomposed U+AC00..=U+D7A3, plus leading jamo so
    /// decomposed (NFD) text counts the same.
    pub hangul_syllables: usize,
    /// Estimated seconds: a word containing Hangul is timed by its syllables
    /// at `hangul_spm`, any other word at `english_wpm`.
    pub speaking_secs: f64,
}

/// Measures `text`. Runs in one pass over the chars with table lookups;
/// grapheme segmentation is only used, in a second pass, on the short
/// stretches around combining marks, emoji or other characters that can
/// join into one cluster. A non-finite or non-positive rate falls back to
/// its default.
pub fn text_stats(text: &str, rates: &Rates) -> TextStats {
    let scan = Scan::run(text);
    let hangul_secs = scan.hangul_syllables as f64 * 60.0 / rate(rates.hangul_spm, DEFAULT_SPM);
    let word_secs = scan.plain_words as f64 * 60.0 / rate(rates.english_wpm, DEFAULT_WPM);
    TextStats {
        chars: scan.chars,
        words: scan.words,
        hangul_syllables: scan.hangul_syllables,
        speaking_secs: hangul_secs + word_secs,
    }
}

fn rate(value: f64, default: f64) -> f64 {
    if value.is_finite() && value > 0.0 {
        value
    } else {
        default
    }
}

/// Counters gathered in one lean pass over the chars.
#[derive(Default)]
struct Scan {
    chars: usize,
    words: usize,
    plain_words: usize,
    hangul_syllables: usize,
}

// Char classes, as bit flags.
const SPACE: u8 = 1;
const ALNUM: u8 = 2;
const HANGUL: u8 = 4;
const SIMPLE: u8 = 8;
const BREAK: u8 = 16;

/// Classes of the ASCII chars, looked up instead of computed.
const ASCII_CLASSES: [u8; 128] = ascii_classes();

const fn ascii_classes() -> [u8; 128] {
    let mut table = [SIMPLE; 128];
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        if b.is_ascii_alphanumeric() {
            table[i] |= ALNUM;
        }
        if matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ') {
            table[i] |= SPACE;
        }
        if matches!(b, b'\n' | 0x0B | 0x0C | b'\r') {
            table[i] |= BREAK;
        }
        i += 1;
    }
    table
}

/// Class and UTF-8 length of the (non-ASCII) char starting at `index`.
fn class_at(text: &str, index: usize) -> (u8, usize) {
    text.get(index..)
        .and_then(|rest| rest.chars().next())
        .map_or((0, 1), |c| (classify(c), c.len_utf8()))
}

fn classify(c: char) -> u8 {
    if c.is_ascii() {
        return ASCII_CLASSES[c as usize & 0x7F];
    }
    if hangul::is_syllable(c) {
        return ALNUM | HANGUL | SIMPLE;
    }
    let mut class = 0;
    if is_white_space(c) {
        class |= SPACE;
    } else if c.is_alphanumeric() {
        class |= ALNUM;
    }
    if hangul::is_lead_jamo(c) {
        class |= HANGUL;
    }
    if is_simple(c) {
        class |= SIMPLE;
    }
    if is_line_break(c) {
        class |= BREAK;
    }
    class
}

/// Unicode White_Space (what `char::is_whitespace` tests), for non-ASCII.
fn is_white_space(c: char) -> bool {
    matches!(
        c,
        '\u{85}' | '\u{A0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200A}' | '\u{2028}' | '\u{2029}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
    )
}

impl Scan {
    /// Counts words and syllables from the char classes, and chars as if
    /// every char were its own cluster; complex chars (those that can join
    /// a neighbour) are noted and their surroundings recounted afterwards.
    fn run(text: &str) -> Scan {
        let mut scan = Scan::default();
        let mut complex = Vec::new();
        let mut word = WordState::default();
        let bytes = text.as_bytes();
        let mut index = 0;
        while let Some(&byte) = bytes.get(index) {
            let (class, len) = match byte {
                0..=0x7F => (ASCII_CLASSES[usize::from(byte)], 1),
                _ => class_at(text, index),
            };
            let at = index;
            index += len;
            if class & SIMPLE == 0 {
                complex.push(at);
            }
            scan.chars += usize::from(class & BREAK == 0);
            if class & SPACE != 0 {
                scan.end_word(std::mem::take(&mut word));
                continue;
            }
            word.in_token = true;
            word.alnum |= class & ALNUM != 0;
            if class & HANGUL != 0 {
                scan.hangul_syllables += 1;
                word.hangul = true;
            }
        }
        scan.end_word(word);
        if !complex.is_empty() {
            scan.chars = recount(text, &complex, scan.chars);
        }
        scan
    }

    fn end_word(&mut self, word: WordState) {
        if word.in_token && word.alnum {
            self.words += 1;
            self.plain_words += usize::from(!word.hangul);
        }
    }
}

/// The token being read.
#[derive(Default)]
struct WordState {
    in_token: bool,
    alnum: bool,
    hangul: bool,
}

/// Corrects a one-per-char count by running grapheme segmentation over the
/// stretch around each complex char. Between two simple chars there is
/// always a cluster boundary, so a stretch starts at the simple char before
/// a complex one and ends before the second of two simple chars in a row.
fn recount(text: &str, complex: &[usize], per_char: usize) -> usize {
    let mut chars = per_char;
    let mut done_until = 0;
    for &pos in complex {
        if pos < done_until {
            continue;
        }
        let start = stretch_start(text, pos);
        let end = stretch_end(text, pos);
        let stretch = text.get(start..end).unwrap_or("");
        chars = chars - count_per_char(stretch) + count_clusters(stretch);
        done_until = end;
    }
    chars
}

fn stretch_start(text: &str, pos: usize) -> usize {
    match text
        .get(..pos)
        .and_then(|before| before.chars().next_back())
    {
        Some(c) if classify(c) & SIMPLE != 0 => pos - c.len_utf8(),
        _ => pos,
    }
}

fn stretch_end(text: &str, pos: usize) -> usize {
    let mut prev_simple = false;
    for (offset, c) in text.get(pos..).unwrap_or("").char_indices() {
        let simple = classify(c) & SIMPLE != 0;
        if simple && prev_simple {
            return pos + offset;
        }
        prev_simple = simple;
    }
    text.len()
}

fn count_per_char(s: &str) -> usize {
    s.chars().filter(|&c| classify(c) & BREAK == 0).count()
}

/// Grapheme clusters in `s`, line breaks excluded.
fn count_clusters(s: &str) -> usize {
    s.graphemes(true)
        .filter(|g| !g.chars().all(is_line_break))
        .count()
}

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// True for chars that never join a neighbour into one grapheme cluster
/// (apart from CR LF, which only matters for line breaks): ASCII, Latin-1
/// and Latin extended letters, common punctuation and symbols, precomposed
/// Hangul, kana and CJK ideographs, full-width forms, and emoji other than
/// skin-tone modifiers and flags' regional indicators. None of them is
/// Extend, ZWJ, SpacingMark, Prepend, a regional indicator or a jamo.
fn is_simple(c: char) -> bool {
    matches!(
        c,
        '\u{0}'..='\u{7F}'
            | '\u{A0}'..='\u{2FF}'
            | '\u{2010}'..='\u{2027}'
            | '\u{2030}'..='\u{205E}'
            | '\u{2070}'..='\u{20CF}'
            | '\u{2100}'..='\u{2BFF}'
            | '\u{3000}'..='\u{3029}'
            | '\u{3030}'..='\u{3098}'
            | '\u{309B}'..='\u{30FF}'
            | '\u{4E00}'..='\u{9FFF}'
            | '\u{AC00}'..='\u{D7A3}'
            | '\u{FF01}'..='\u{FF60}'
            | '\u{1F300}'..='\u{1F3FA}'
            | '\u{1F400}'..='\u{1FAFF}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stats(text: &str) -> TextStats {
        text_stats(text, &Rates::default())
    }

    #[test]
    fn counts_table() {
        // (text, chars, words, hangul syllables)
        let cases: &[(&str, usize, usize, usize)] = &[
            ("", 0, 0, 0),
            ("   ", 3, 0, 0),
            ("hello world", 11, 2, 0),
            ("hello - world", 13, 2, 0),
            ("a\nb", 2, 2, 0),
            ("a\r\nb\r\n", 2, 2, 0),
            ("안녕하세요 반갑습니다", 11, 2, 10),
            ("Redis를 도입했습니다.", 14, 2, 7),
            ("e\u{301}t\u{e9}", 3, 1, 0),
            ("👍🏽 good", 6, 1, 0),
            ("👨\u{200D}👩\u{200D}👧 family", 8, 1, 0),
            ("🇰🇷🇺🇸", 2, 0, 0),
            ("\u{1112}\u{1161}\u{11AB}\u{1100}\u{1173}\u{11AF}", 2, 1, 2),
            ("x\u{2028}y", 2, 2, 0),
            ("tab\there", 8, 2, 0),
            ("I'm 30% faster", 14, 3, 0),
        ];
        for &(text, chars, words, syllables) in cases {
            let s = stats(text);
            assert_eq!(
                (s.chars, s.words, s.hangul_syllables),
                (chars, words, syllables),
                "text {text:?}"
            );
            assert_eq!(s.chars, count_clusters(text), "slow path for {text:?}");
        }
    }

    #[test]
    fn classes_agree_with_std() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let class = classify(c);
            assert_eq!(class & SPACE != 0, c.is_whitespace(), "{c:?}");
            assert_eq!(class & ALNUM != 0, c.is_alphanumeric(), "{c:?}");
            assert_eq!(class & BREAK != 0, is_line_break(c), "{c:?}");
        }
    }

    #[test]
    fn simple_chars_never_join_each_other() {
        let others = ['a', '가', '😀', '\u{0}'];
        for c in (0..=0x1FFFF)
            .filter_map(char::from_u32)
            .filter(|&c| is_simple(c))
        {
            if c == '\r' || c == '\n' {
                continue;
            }
            for o in others {
                for pair in [format!("{c}{o}"), format!("{o}{c}"), format!("{c}{c}")] {
                    assert_eq!(pair.graphemes(true).count(), 2, "{pair:?}");
                }
            }
        }
    }

    #[test]
    fn speaking_time() {
        let rates = Rates::default();
        // 150 plain words = 60 s; 300 syllables = 60 s.
        let english = "word ".repeat(150);
        assert!((text_stats(&english, &rates).speaking_secs - 60.0).abs() < 1e-9);
        let korean = "가나다 ".repeat(100);
        assert!((text_stats(&korean, &rates).speaking_secs - 60.0).abs() < 1e-9);
        // "Redis를" is timed by its one syllable, "cache" as one word.
        let mixed = text_stats("Redis를 cache", &rates).speaking_secs;
        assert!((mixed - (60.0 / 300.0 + 60.0 / 150.0)).abs() < 1e-9);
        let doubled = Rates {
            english_wpm: 300.0,
            hangul_spm: 600.0,
        };
        assert!((text_stats(&english, &doubled).speaking_secs - 30.0).abs() < 1e-9);
    }

    #[test]
    fn bad_rates_fall_back_to_defaults() {
        let english = "word ".repeat(150);
        for bad in [0.0, -1.0, f64::NAN, f64::INFINITY] {
            let rates = Rates {
                english_wpm: bad,
                hangul_spm: bad,
            };
            let secs = text_stats(&english, &rates).speaking_secs;
            assert!((secs - 60.0).abs() < 1e-9, "rate {bad}");
        }
    }

    #[test]
    fn fast_path_matches_segmentation_on_mixed_text() {
        let pieces = [
            "a",
            " ",
            "\n",
            "\r\n",
            "\r",
            "가",
            "e\u{301}",
            "👍",
            "🏽",
            "\u{200D}",
            "🇰",
            "🇷",
            "\u{1100}",
            "\u{1161}",
            "\u{11A8}",
            "©",
            "\u{FE0F}",
            "‼",
            "漢",
            "…",
            "\u{0}",
            "\t",
            "😀",
            "→",
            "\u{E0067}",
            "\u{0915}\u{094D}",
            "\u{0600}",
        ];
        let mut seed = 7u64;
        for _ in 0..400 {
            let mut text = String::new();
            for _ in 0..12 {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            assert_eq!(stats(&text).chars, count_clusters(&text), "text {text:?}");
        }
    }
}
