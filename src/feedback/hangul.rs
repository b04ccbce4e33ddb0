//! Small Hangul helpers: classification and algorithmic composition of
//! conjoining jamo (text pasted from macOS often arrives decomposed, NFD).

const SYLLABLE_BASE: u32 = 0xAC00;
const LEAD_BASE: u32 = 0x1100;
const VOWEL_BASE: u32 = 0x1161;
const TAIL_BASE: u32 = 0x11A7;
const LEAD_COUNT: u32 = 19;
const VOWEL_COUNT: u32 = 21;
const TAIL_COUNT: u32 = 28;

/// True for a precomposed Hangul syllable (U+AC00..=U+D7A3).
pub(crate) fn is_syllable(c: char) -> bool {
    matches!(c, '\u{AC00}'..='\u{D7A3}')
}

/// True for a leading consonant jamo: each one starts a syllable in
/// decomposed text.
pub(crate) fn is_lead_jamo(c: char) -> bool {
    matches!(c, '\u{1100}'..='\u{115F}' | '\u{A960}'..='\u{A97F}')
}

pub(crate) use crate::text::is_hangul;

/// True when `s` holds at least one Hangul letter.
pub(crate) fn has_hangul(s: &str) -> bool {
    s.chars().any(is_hangul)
}

/// The syllable that `a` followed by `b` compose into (L+V, or LV+T).
pub(crate) fn compose_pair(a: char, b: char) -> Option<char> {
    let (a, b) = (a as u32, b as u32);
    let lead = a.wrapping_sub(LEAD_BASE);
    let vowel = b.wrapping_sub(VOWEL_BASE);
    if lead < LEAD_COUNT && vowel < VOWEL_COUNT {
        return char::from_u32(SYLLABLE_BASE + (lead * VOWEL_COUNT + vowel) * TAIL_COUNT);
    }
    let index = a.wrapping_sub(SYLLABLE_BASE);
    let tail = b.wrapping_sub(TAIL_BASE);
    let is_lv = index < LEAD_COUNT * VOWEL_COUNT * TAIL_COUNT && index % TAIL_COUNT == 0;
    if is_lv && tail > 0 && tail < TAIL_COUNT {
        return char::from_u32(a + tail);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn compose(s: &str) -> String {
        let mut out = String::new();
        for c in s.chars() {
            match out.chars().next_back().and_then(|p| compose_pair(p, c)) {
                Some(joined) => {
                    out.pop();
                    out.push(joined);
                }
                None => out.push(c),
            }
        }
        out
    }

    #[test]
    fn composes_decomposed_syllables() {
        let cases = [
            ("\u{1112}\u{1161}\u{11AB}", "한"),
            ("\u{1100}\u{1173}\u{11AF}", "글"),
            ("\u{110C}\u{1162}\u{1109}\u{1175}\u{1103}\u{1169}", "재시도"),
            ("abc", "abc"),
            ("\u{1161}", "\u{1161}"),
            ("가\u{11A8}", "각"),
            ("각\u{11A8}", "각\u{11A8}"),
        ];
        for (input, want) in cases {
            assert_eq!(compose(input), want, "input {input:?}");
        }
    }

    #[test]
    fn classifies() {
        assert!(is_syllable('가') && is_syllable('힣') && !is_syllable('a'));
        assert!(is_hangul('ㄱ') && is_hangul('\u{1100}') && !is_hangul('漢'));
        assert!(has_hangul("Redis를") && !has_hangul("Redis"));
    }
}
