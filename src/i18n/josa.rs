//! Korean particles (조사) that change with the word before them: 을/를,
//! 이/가, 은/는, 과/와, 으로/로, 이나/나, 이라/라, 아/야, 이에요/예요. A
//! catalogue writes `{ $name }{ JOSA($name, "을") }` and gets the right one
//! for the word, never "을(를)".
//!
//! What decides is whether the word, as read aloud, ends in a final
//! consonant (받침), and for 으로/로 whether that consonant is ㄹ. A Hangul
//! syllable says so itself; a number is read as Sino-Korean (3 삼, 10 십,
//! 100 백); a Latin word by how its end is usually read in Korean (`SQL`
//! 에스큐엘, `Redis` 레디스, `Spring` 스프링).

use fluent_bundle::{FluentArgs, FluentValue};

/// How a word ends when read aloud.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    /// No final consonant (가, 레디스).
    Vowel,
    /// A final ㄹ (일, 엘).
    Rieul,
    /// Any other final consonant (삼, 스프링).
    Consonant,
}

/// How `word` ends, skipping closing brackets, quotes and punctuation
/// (`"캐시"`, `(API)`). `None` when nothing in it can be read.
pub fn ending(word: &str) -> Option<End> {
    let trimmed = word.trim_end_matches(|c: char| !c.is_alphanumeric());
    let last = trimmed.chars().last()?;
    if ('\u{AC00}'..='\u{D7A3}').contains(&last) {
        return Some(match (last as u32 - 0xAC00) % 28 {
            0 => End::Vowel,
            8 => End::Rieul,
            _ => End::Consonant,
        });
    }
    if last.is_ascii_digit() {
        return Some(number_ending(trimmed));
    }
    if last.is_ascii_alphabetic() {
        return Some(latin_ending(trimmed));
    }
    None
}

/// 0 영, 1 일, 2 이, 3 삼, 4 사, 5 오, 6 육, 7 칠, 8 팔, 9 구; a round
/// number by its last unit: 10 십, 100 백, 1000 천, 10000 만.
fn number_ending(text: &str) -> End {
    let digits: String = text
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_digit() || *c == ',')
        .filter(char::is_ascii_digit)
        .collect();
    let zeros = digits.chars().take_while(|c| *c == '0').count();
    if zeros == digits.len() {
        return End::Consonant; // 영
    }
    match zeros {
        0 => match digits.chars().next() {
            Some('1' | '7' | '8') => End::Rieul,
            Some('3' | '6' | '0') => End::Consonant,
            _ => End::Vowel,
        },
        1..=3 => End::Consonant, // 십, 백, 천
        _ => End::Consonant,     // 만, 억
    }
}

/// An acronym (`SQL`, `API`) by the name of its last letter; a word by its
/// last sound: -l is ㄹ, -m, -n, -ng are final consonants, and the rest is
/// read with a vowel after it (`Redis` 레디스, `Kafka` 카프카, `Docker` 도커).
fn latin_ending(word: &str) -> End {
    let tail: String = word
        .chars()
        .rev()
        .take_while(char::is_ascii_alphabetic)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    // Capitals (`SQL`), one letter, or letters with no vowel to read them
    // by (`fr`, `db`) are read letter by letter.
    let no_vowel = !tail
        .chars()
        .any(|c| matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u' | 'y'));
    let acronym = tail.len() > 1 && tail.chars().all(|c| c.is_ascii_uppercase())
        || tail.len() == 1
        || no_vowel;
    let last = tail.chars().last().map(|c| c.to_ascii_lowercase());
    if acronym {
        return match last {
            Some('l' | 'r') => End::Rieul,     // 엘, 알
            Some('m' | 'n') => End::Consonant, // 엠, 엔
            _ => End::Vowel,
        };
    }
    let lower = tail.to_ascii_lowercase();
    if lower.ends_with('l') {
        End::Rieul
    } else if lower.ends_with('m') || lower.ends_with('n') || lower.ends_with("ng") {
        End::Consonant
    } else {
        End::Vowel
    }
}

/// The form of `particle` (either form of a pair: 을 or 를) that follows
/// `word`. A word that cannot be read takes the form written first in
/// Korean style guides for unknown words (을, 이, 은, 과, 으로...).
pub fn particle(word: &str, particle: &str) -> &'static str {
    let (after_consonant, after_vowel) = match particle {
        "을" | "를" => ("을", "를"),
        "이" | "가" => ("이", "가"),
        "은" | "는" => ("은", "는"),
        "과" | "와" => ("과", "와"),
        "으로" | "로" => ("으로", "로"),
        "이나" | "나" => ("이나", "나"),
        "이라" | "라" => ("이라", "라"),
        "이라고" | "라고" => ("이라고", "라고"),
        "아" | "야" => ("아", "야"),
        "이에요" | "예요" => ("이에요", "예요"),
        "이란" | "란" => ("이란", "란"),
        "이랑" | "랑" => ("이랑", "랑"),
        _ => return "",
    };
    match ending(word) {
        Some(End::Vowel) => after_vowel,
        // ㄹ takes 로, as a vowel does: 파일로, 서울로.
        Some(End::Rieul) if after_consonant == "으로" => after_vowel,
        Some(_) | None => after_consonant,
    }
}

/// `JOSA($word, "을")` in a catalogue.
pub fn fluent<'a>(positional: &[FluentValue<'a>], _named: &FluentArgs) -> FluentValue<'a> {
    let text = |v: &FluentValue| match v {
        FluentValue::String(s) => s.to_string(),
        FluentValue::Number(n) => n.as_string().to_string(),
        _ => String::new(),
    };
    match positional {
        [word, which] => FluentValue::from(particle(&text(word), &text(which))),
        _ => FluentValue::Error,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hangul_words_take_the_particle_their_last_syllable_asks_for() {
        assert_eq!(particle("캐시", "을"), "를");
        assert_eq!(particle("질문", "를"), "을");
        assert_eq!(particle("면접", "가"), "이");
        assert_eq!(particle("서버", "이"), "가");
        assert_eq!(particle("파일", "으로"), "로");
        assert_eq!(particle("방법", "로"), "으로");
        assert_eq!(particle("데이터", "으로"), "로");
        assert_eq!(particle("백엔드", "은"), "는");
        assert_eq!(particle("\"트랜잭션\"", "과"), "과");
        assert_eq!(particle("(캐시)", "과"), "와");
    }

    #[test]
    fn numbers_are_read_in_sino_korean() {
        assert_eq!(particle("1", "을"), "을"); // 일
        assert_eq!(particle("2", "을"), "를"); // 이
        assert_eq!(particle("3", "이"), "이"); // 삼
        assert_eq!(particle("5", "이"), "가"); // 오
        assert_eq!(particle("10", "을"), "을"); // 십
        assert_eq!(particle("7", "으로"), "로"); // 칠
        assert_eq!(particle("20", "으로"), "으로"); // 이십
        assert_eq!(particle("1,000", "은"), "은"); // 천
    }

    #[test]
    fn latin_words_are_read_as_korean_speakers_say_them() {
        assert_eq!(particle("SQL", "을"), "을"); // 에스큐엘
        assert_eq!(particle("SQL", "으로"), "로");
        assert_eq!(particle("API", "을"), "를"); // 에이피아이
        assert_eq!(particle("CDN", "이"), "이"); // 씨디엔
        assert_eq!(particle("Redis", "를"), "를"); // 레디스
        assert_eq!(particle("Kafka", "가"), "가");
        assert_eq!(particle("Spring", "은"), "은"); // 스프링
        assert_eq!(particle("PostgreSQL", "과"), "과");
        assert_eq!(particle("backend", "은"), "는"); // 백엔드
        assert_eq!(particle("`fr`", "은"), "은"); // 에프알
        assert_eq!(particle("db", "이"), "가"); // 디비
        assert_eq!(particle("sql", "으로"), "로"); // 에스큐엘
    }

    #[test]
    fn a_word_that_cannot_be_read_takes_the_consonant_form() {
        assert_eq!(particle("", "을"), "을");
        assert_eq!(particle("…", "이"), "이");
        assert_eq!(particle("캐시", "에게"), "");
    }
}
