//! Korean particles after a name from your story ("EC2를", "IAM을",
//! "Airflow로"): the form is chosen by how the name *sounds* at its end,
//! so Latin names and numbers are judged by their Korean reading.
//!
//! The rule, from the last thing read aloud:
//!
//! - a Hangul syllable: its final consonant (받침), ㄹ noted apart;
//! - a closing bracket: the word before the bracketed part, which is not
//!   read ("자바스크립트(JS)를"); other punctuation is skipped;
//! - `+` is read 플러스/쁠 (a vowel: "C++를"), `#` 샵 (a consonant: "C#을");
//! - digits glued to Latin letters, one digit: its English name ("EC2" →
//!   이씨투, "S3" → 에스쓰리: 를), so 1, 7 and 9 (원, 세븐, 나인) end in a
//!   consonant; otherwise the number's Sino-Korean reading ("Java 8" →
//!   팔: 을, "Python 3" → 삼: 을, "10" → 십: 을, "2" → 이: 를);
//! - Latin letters ending in two capitals, or one letter alone, are read
//!   letter by letter ("AWS" → 에스: 를, "IAM" → 엠: 을, "MySQL" → 엘: 을/로);
//!   of the letter names only L, M, N and R (엘, 엠, 엔, 알) end in a
//!   consonant;
//! - any other Latin word by the ending of its usual Korean spelling
//!   (외래어 표기법): -ng, -m, -n, -me, -ne end in a consonant (Spring,
//!   Python, Chrome), -l and -le in ㄹ (Excel, Ansible); p, t, k, c and ck
//!   after a single short vowel become a 받침 (Git 깃, Slack 슬랙, Servlet
//!   서블릿); everything else is followed by a vowel (Docker 도커, Redshift
//!   레드시프트, React 리액트, Redis 레디스, Airflow 에어플로우). A few
//!   endings spelled by custom are listed ("GitLab" 깃랩, "Hadoop" 하둡,
//!   ".NET" 닷넷).
//!
//! When none of that applies (an emoji, a Chinese character, nothing) both
//! forms are written, as Korean forms do: "을(를)".

/// How a name ends when read aloud.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// No final consonant: 를, 가, 와, 로, 였.
    Vowel,
    /// A final ㄹ: 을, 이, 과, and 로 (not 으로).
    Rieul,
    /// Any other final consonant: 을, 이, 과, 으로, 이었.
    Consonant,
}

/// The particles the generated questions use, by their two forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Particle {
    /// 을/를 (object).
    Object,
    /// 이/가 (subject).
    Subject,
    /// 과/와 ("with", "and").
    With,
    /// 으로/로 (means, "as").
    Means,
    /// 이었/였: the copula in the past, before an ending ("EC2였나요").
    Was,
}

impl Particle {
    /// (after a consonant, after a vowel, after ㄹ, when unknown).
    fn forms(self) -> (&'static str, &'static str, &'static str, &'static str) {
        match self {
            Particle::Object => ("을", "를", "을", "을(를)"),
            Particle::Subject => ("이", "가", "이", "이(가)"),
            Particle::With => ("과", "와", "과", "과(와)"),
            Particle::Means => ("으로", "로", "로", "(으)로"),
            Particle::Was => ("이었", "였", "이었", "이었(였)"),
        }
    }

    /// The form that follows `word`.
    pub fn after(self, word: &str) -> &'static str {
        let (consonant, vowel, rieul, unknown) = self.forms();
        match ending(word) {
            Some(Ending::Consonant) => consonant,
            Some(Ending::Vowel) => vowel,
            Some(Ending::Rieul) => rieul,
            None => unknown,
        }
    }
}

/// `word` with the particle attached: "EC2를", "IAM을".
pub fn with(word: &str, p: Particle) -> String {
    format!("{word}{}", p.after(word))
}

/// How `word` ends when read aloud in Korean, if that can be told.
pub fn ending(word: &str) -> Option<Ending> {
    let chars: Vec<char> = word.trim().chars().collect();
    ending_of(&chars)
}

fn ending_of(chars: &[char]) -> Option<Ending> {
    let (&last, rest) = chars.split_last()?;
    match last {
        ')' | ']' | '}' => {
            let open = match last {
                ')' => '(',
                ']' => '[',
                _ => '{',
            };
            match rest.iter().rposition(|&c| c == open) {
                Some(i) if rest[..i].iter().any(|c| c.is_alphanumeric()) => ending_of(&rest[..i]),
                // Nothing before the brackets: what is inside is what is read.
                Some(i) => ending_of(&rest[i + 1..]),
                None => ending_of(rest),
            }
        }
        '+' => Some(Ending::Vowel),
        '#' => Some(Ending::Consonant),
        c if is_hangul_syllable(c) => Some(match (c as u32 - 0xAC00) % 28 {
            0 => Ending::Vowel,
            8 => Ending::Rieul,
            _ => Ending::Consonant,
        }),
        c if c.is_ascii_digit() => Some(number_ending(chars)),
        c if c.is_ascii_alphabetic() => Some(latin_ending(chars)),
        c if c.is_alphanumeric() => None,
        _ => ending_of(rest),
    }
}

fn is_hangul_syllable(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}

/// A name ending in digits.
fn number_ending(chars: &[char]) -> Ending {
    let start = chars
        .iter()
        .rposition(|c| !c.is_ascii_digit())
        .map_or(0, |i| i + 1);
    let digits: Vec<u32> = chars[start..]
        .iter()
        .filter_map(|c| c.to_digit(10))
        .collect();
    let glued_to_latin = start > 0 && chars[start - 1].is_ascii_alphabetic();
    if glued_to_latin && digits.len() == 1 {
        // Read in English: zero, 원, 투, 쓰리, 포, 파이브, 식스, 세븐, 에이트, 나인.
        return match digits[0] {
            1 | 7 | 9 => Ending::Consonant,
            _ => Ending::Vowel,
        };
    }
    let zeros = digits.iter().rev().take_while(|&&d| d == 0).count();
    match digits.iter().rev().find(|&&d| d != 0) {
        // 영 (all zeros).
        None => Ending::Consonant,
        // 일 이 삼 사 오 육 칠 팔 구.
        Some(&d) if zeros == 0 => match d {
            1 | 7 | 8 => Ending::Rieul,
            2 | 4 | 5 | 9 => Ending::Vowel,
            _ => Ending::Consonant,
        },
        // 십, 백, 천, 만 … 억: all end in a consonant.
        Some(_) => Ending::Consonant,
    }
}

/// Endings spelled by custom rather than by the rule (suffixes of the
/// lowercased last word).
const CUSTOM: &[(&str, Ending)] = &[
    ("web", Ending::Consonant),    // 웹
    ("lab", Ending::Consonant),    // 깃랩
    ("tab", Ending::Consonant),    // 탭
    ("job", Ending::Consonant),    // 잡
    ("hadoop", Ending::Consonant), // 하둡
    ("net", Ending::Consonant),    // 닷넷, 서브넷
];

/// A name ending in Latin letters.
fn latin_ending(chars: &[char]) -> Ending {
    let start = chars
        .iter()
        .rposition(|c| !c.is_ascii_alphabetic())
        .map_or(0, |i| i + 1);
    let word = &chars[start..];
    let lower: String = word.iter().map(|c| c.to_ascii_lowercase()).collect();
    if let Some(&(_, e)) = CUSTOM.iter().find(|(s, _)| lower.ends_with(s)) {
        return e;
    }
    let n = word.len();
    let spelled = n == 1 || word[n - 2..].iter().all(|c| c.is_ascii_uppercase());
    if spelled {
        // 엘, 엠, 엔, 알; every other letter's name ends in a vowel.
        return match word[n - 1].to_ascii_uppercase() {
            'L' | 'R' => Ending::Rieul,
            'M' | 'N' => Ending::Consonant,
            _ => Ending::Vowel,
        };
    }
    let w = lower.as_bytes();
    let vowel = |b: u8| b"aeiou".contains(&b);
    let at = |i: usize| w.get(n.wrapping_sub(i)).copied();
    let last = w[n - 1];
    if lower.ends_with("ng") || last == b'm' || last == b'n' {
        return Ending::Consonant;
    }
    if last == b'l' {
        return Ending::Rieul;
    }
    if last == b'e' {
        match at(2) {
            Some(b'l') if at(3).is_some_and(|b| !vowel(b)) => return Ending::Rieul,
            Some(b'm' | b'n') => return Ending::Consonant,
            _ => return Ending::Vowel,
        }
    }
    if lower.ends_with("ck") {
        return Ending::Consonant;
    }
    if matches!(last, b'p' | b't' | b'k' | b'c') {
        // One short vowel before it: "git", "chat", "servlet"; "oo" before
        // k too ("notebook" 노트북), not before t or p ("boot" 부트).
        let short = at(2).is_some_and(vowel) && at(3).is_none_or(|b| !vowel(b));
        let book = last == b'k' && lower.ends_with("ook");
        if short || book {
            return Ending::Consonant;
        }
    }
    Ending::Vowel
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn particles_follow_the_name_as_it_is_read() {
        use Particle::*;
        let cases = [
            // Latin letters spelled out, digits glued to them read in English.
            ("EC2", Object, "EC2를"),
            ("S3", Object, "S3를"),
            ("AWS EC2", Object, "AWS EC2를"),
            ("IAM", Object, "IAM을"),
            ("IAM", Was, "IAM이었"),
            ("EC2", Was, "EC2였"),
            ("AWS", Subject, "AWS가"),
            ("MySQL", Object, "MySQL을"),
            ("MySQL", Means, "MySQL로"),
            ("DynamoDB", With, "DynamoDB와"),
            ("iOS", Object, "iOS를"),
            ("GPT4", Object, "GPT4를"),
            ("Web1", Object, "Web1을"),
            ("R", Means, "R로"),
            ("C", Object, "C를"),
            ("CDN", Means, "CDN으로"),
            // Words, by their usual Korean spelling.
            ("Redshift", Object, "Redshift를"),
            ("Python", Object, "Python을"),
            ("Python", Means, "Python으로"),
            ("Airflow", Means, "Airflow로"),
            ("Spring", Subject, "Spring이"),
            ("Docker", With, "Docker와"),
            ("React", Object, "React를"),
            ("Redis", Subject, "Redis가"),
            ("Kafka", Object, "Kafka를"),
            ("Git", Object, "Git을"),
            ("Slack", With, "Slack과"),
            ("Servlet", Object, "Servlet을"),
            ("Jupyter Notebook", Object, "Jupyter Notebook을"),
            ("Spring Boot", Object, "Spring Boot를"),
            ("Excel", Means, "Excel로"),
            ("Ansible", Object, "Ansible을"),
            ("Ansible", Means, "Ansible로"),
            ("Chrome", Means, "Chrome으로"),
            ("Pipeline", Subject, "Pipeline이"),
            ("Node", Object, "Node를"),
            ("Terraform", Object, "Terraform을"),
            ("GitLab", Object, "GitLab을"),
            ("Hadoop", Object, "Hadoop을"),
            (".NET", Object, ".NET을"),
            ("Go", Object, "Go를"),
            ("Node.js", Object, "Node.js를"),
            ("Linux", Subject, "Linux가"),
            ("C++", Object, "C++를"),
            ("C#", Object, "C#을"),
            // Numbers on their own, read in Sino-Korean.
            ("Java 8", Object, "Java 8을"),
            ("Java 8", Means, "Java 8로"),
            ("Python 3", Object, "Python 3을"),
            ("2", Object, "2를"),
            ("10", Object, "10을"),
            ("100", Means, "100으로"),
            ("0", Object, "0을"),
            // Hangul by its final consonant.
            ("크롤러", Object, "크롤러를"),
            ("크롤러 프로젝트", Object, "크롤러 프로젝트를"),
            ("레디스", Subject, "레디스가"),
            ("스프링", Object, "스프링을"),
            ("스프링", Means, "스프링으로"),
            ("파일", Means, "파일로"),
            ("파일", With, "파일과"),
            ("책", Means, "책으로"),
            // What is not read: brackets, trailing punctuation.
            ("Python (Django)", Object, "Python (Django)을"),
            ("자바스크립트(JS)", Object, "자바스크립트(JS)를"),
            ("(EC2)", Object, "(EC2)를"),
            ("Redshift.", Object, "Redshift.를"),
            // Nothing to go by: both forms.
            ("", Object, "을(를)"),
            ("🚀", Object, "🚀을(를)"),
            ("東京", Means, "東京(으)로"),
        ];
        for (word, p, want) in cases {
            assert_eq!(with(word, p), want, "{word} + {p:?}");
        }
    }
}
