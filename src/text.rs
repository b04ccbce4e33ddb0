//! Text helpers shared by every layer: making untrusted text safe to show, and
//! measuring it the way a terminal does (display cells, not bytes or chars).

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// Replaces every character that could act on a terminal (C0/C1 controls,
/// bidi overrides and isolates) with a visible stand-in, keeping `\n` when
/// `keep_newlines` is set and turning tabs into spaces.
pub fn sanitize(text: &str, keep_newlines: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' if keep_newlines => out.push('\n'),
            '\t' => out.push(' '),
            '\r' => {}
            c if is_dangerous(c) => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// Sanitises a single-line string (newlines become spaces).
pub fn one_line(text: &str) -> String {
    sanitize(&text.replace(['\n', '\r'], " "), false)
}

/// Text that came from the keyboard, a paste or `$EDITOR`, made fit for
/// an answer: line ends as `\n`, control and bidi characters dropped.
pub fn typed(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter(|c| *c == '\n' || !is_dangerous(*c))
        .collect()
}

/// True for characters that must never reach a terminal or a bank file
/// as-is: C0/C1 controls, bidi marks, overrides and isolates, the byte-order
/// mark and the noncharacters U+FFFE and U+FFFF.
pub fn is_dangerous(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{200E}'
                | '\u{200F}'
                | '\u{061C}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2066}'..='\u{2069}'
                | '\u{FEFF}'
                | '\u{FFFE}'
                | '\u{FFFF}'
        )
}

/// True when the text holds a character that [`sanitize`] would replace.
pub fn has_dangerous(text: &str) -> bool {
    text.chars()
        .any(|c| c != '\n' && c != '\t' && is_dangerous(c))
}

/// Width of `text` in terminal cells.
pub fn width(text: &str) -> usize {
    UnicodeWidthStr::width(text)
}

/// True for any Hangul letter: precomposed syllables, conjoining jamo
/// (with the extended blocks A and B) and compatibility jamo.
pub fn is_hangul(c: char) -> bool {
    matches!(
        c,
        '\u{AC00}'..='\u{D7A3}'
            | '\u{1100}'..='\u{11FF}'
            | '\u{3130}'..='\u{318F}'
            | '\u{A960}'..='\u{A97F}'
            | '\u{D7B0}'..='\u{D7FF}'
    )
}

/// Cuts `text` to at most `max` display cells, adding `…` when it was cut.
/// It cuts between grapheme clusters, so a syllable written in jamo, an
/// accented letter or an emoji is kept whole or left out whole.
pub fn truncate(text: &str, max: usize) -> String {
    if width(text) <= max {
        return text.to_string();
    }
    if max == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for g in text.graphemes(true) {
        let w = width(g);
        if used + w + 1 > max {
            break;
        }
        used += w;
        out.push_str(g);
    }
    out.push('…');
    out
}

/// Pretty JSON in which every character [`is_dangerous`] (ESC, BEL, C1,
/// bidi controls…) is written as a `\uXXXX` escape: the text stays exactly
/// the same for any JSON reader, and nothing reaches a terminal raw.
pub fn json_pretty<T: serde::Serialize + ?Sized>(value: &T) -> serde_json::Result<String> {
    let mut out = Vec::new();
    json_pretty_to(&mut out, value)?;
    // serde_json writes only valid UTF-8.
    Ok(String::from_utf8_lossy(&out).into_owned())
}

/// [`json_pretty`] written to `out` as it is serialized (the same bytes),
/// for a document too big to hold.
pub fn json_pretty_to<W: std::io::Write, T: serde::Serialize + ?Sized>(
    out: W,
    value: &T,
) -> serde_json::Result<()> {
    let mut ser = serde_json::Serializer::with_formatter(out, SafeJson::default());
    value.serialize(&mut ser)
}

/// serde_json's pretty formatter, escaping dangerous characters in strings.
#[derive(Default)]
struct SafeJson(serde_json::ser::PrettyFormatter<'static>);

impl serde_json::ser::Formatter for SafeJson {
    fn write_string_fragment<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        fragment: &str,
    ) -> std::io::Result<()> {
        write_escaped(w, fragment, is_dangerous)
    }
    /// Raw JSON (a `RawValue`, written as it was saved): a dangerous
    /// character can only be inside one of its strings (outside them JSON
    /// allows only ASCII and the whitespace kept here), so it is escaped the
    /// same way.
    fn write_raw_fragment<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        fragment: &str,
    ) -> std::io::Result<()> {
        write_escaped(w, fragment, |c| {
            is_dangerous(c) && !matches!(c, '\n' | '\r' | '\t')
        })
    }
    fn begin_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn begin_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object_value(w)
    }
}

/// `fragment` with every character `escape` picks written as `\uXXXX`.
fn write_escaped<W: ?Sized + std::io::Write>(
    w: &mut W,
    fragment: &str,
    escape: impl Fn(char) -> bool,
) -> std::io::Result<()> {
    let mut start = 0;
    for (i, c) in fragment.char_indices() {
        if escape(c) {
            w.write_all(&fragment.as_bytes()[start..i])?;
            write!(w, "\\u{:04x}", c as u32)?;
            start = i + c.len_utf8();
        }
    }
    w.write_all(&fragment.as_bytes()[start..])
}

/// An I/O error as the interface says it: in English the system's own
/// words ("No such file or directory (os error 2)"); in another language
/// what kind of error it is, or the system's words when the kind is rare.
pub fn io_error(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    if crate::i18n::current() == crate::i18n::Lang::En {
        return e.to_string();
    }
    let id = match e.kind() {
        K::NotFound => crate::msgid!("store-io-not-found"),
        K::PermissionDenied => crate::msgid!("store-io-permission-denied"),
        K::AlreadyExists => crate::msgid!("store-io-already-exists"),
        K::StorageFull => crate::msgid!("store-io-storage-full"),
        K::QuotaExceeded => crate::msgid!("store-io-quota-exceeded"),
        K::ReadOnlyFilesystem => crate::msgid!("store-io-read-only"),
        K::IsADirectory => crate::msgid!("store-io-is-a-directory"),
        K::NotADirectory => crate::msgid!("store-io-not-a-directory"),
        K::InvalidFilename => crate::msgid!("store-io-invalid-filename"),
        _ => return e.to_string(),
    };
    crate::i18n::tr(id, None)
}

/// `text` on lines of at most `width` cells, broken between words (inside
/// a word only when it is wider than a line, never inside a character or
/// a grapheme cluster),
/// at most `max_lines` of them: when it does not fit, the last ends in `…`.
pub fn wrap(text: &str, width: usize, max_lines: usize) -> Vec<String> {
    let width = width.max(2);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in one_line(text).split(' ').filter(|w| !w.is_empty()) {
        let sep = usize::from(!line.is_empty());
        if self::width(&line) + sep + self::width(word) <= width {
            if sep == 1 {
                line.push(' ');
            }
            line.push_str(word);
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        for g in word.graphemes(true) {
            if self::width(&line) + self::width(g) > width && !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            line.push_str(g);
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            // Room for the ellipsis, even when the line is full.
            *last = truncate(&format!("{last} …"), width);
            if !last.ends_with('…') {
                last.push('…');
            }
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_breaks_between_words_and_never_inside_a_wide_character() {
        assert_eq!(
            wrap("split the crawler over 8", 10, 3),
            ["split the", "crawler", "over 8"]
        );
        assert_eq!(
            wrap("크롤러를 EC2 8대로 나눠서", 9, 3),
            ["크롤러를", "EC2 8대로", "나눠서"]
        );
        // A word wider than the line is cut between characters, by cells.
        assert_eq!(wrap("인스턴스를", 5, 3), ["인스", "턴스", "를"]);
        // ...between grapheme clusters: an emoji sequence stays whole.
        let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}";
        assert_eq!(wrap(&family.repeat(2), 2, 3), [family, family]);
        // Too long: the last line ends in an ellipsis, within the width.
        let cut = wrap("크롤러를 EC2 8대로 나눠서 6시간을 1.5시간으로", 9, 2);
        assert_eq!(cut, ["크롤러를", "EC2 8대…"]);
        assert!(cut.iter().all(|l| width(l) <= 9));
        assert!(wrap("", 10, 2).is_empty());
    }

    #[test]
    fn sanitize_replaces_escape_sequences_and_bidi() {
        assert_eq!(sanitize("a\u{1b}[2Jb", false), "a\u{FFFD}[2Jb");
        assert_eq!(sanitize("x\u{202E}y", false), "x\u{FFFD}y");
        assert_eq!(sanitize("l1\nl2\tz\r", true), "l1\nl2 z");
        assert_eq!(sanitize("l1\nl2", false), "l1\u{FFFD}l2");
        assert_eq!(one_line("a\nb"), "a b");
    }

    #[test]
    fn width_counts_cells_for_korean() {
        assert_eq!(width("한국어"), 6);
        assert_eq!(width("abc"), 3);
        assert_eq!(truncate("안녕하세요", 5), "안녕…");
        assert_eq!(truncate("hello", 5), "hello");
        // Never more than asked for, even with no room for the ellipsis.
        assert_eq!(truncate("안녕", 1), "…");
        assert_eq!(truncate("안녕", 0), "");
        // An emoji sequence (2 cells, 5 chars) and an accented letter are
        // kept or cut whole.
        let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}";
        assert_eq!(
            truncate(&format!("{family} 가족"), 4),
            format!("{family} …")
        );
        assert_eq!(truncate("e\u{301}cole", 2), "e\u{301}…");
        for max in 0..12 {
            assert!(width(&truncate("재고 차감은 DB 유니크 제약으로", max)) <= max);
        }
    }

    #[test]
    fn raw_json_has_its_controls_escaped_and_its_whitespace_kept() {
        let raw = "{\n\t\"t\": \"a\u{9b}2Jb\u{202e}c\\\\\u{7f}\"}";
        let value: Box<serde_json::value::RawValue> = serde_json::from_str(raw).unwrap();
        let json = json_pretty(&[value]).unwrap();
        assert!(!has_dangerous(&json.replace(['\n', '\t'], "")), "{json:?}");
        assert!(json.contains("{\n\t\"t\""), "{json:?}");
        let back: serde_json::Value = serde_json::from_str(&json).unwrap();
        let want: serde_json::Value = serde_json::from_str(raw).unwrap();
        assert_eq!(back[0], want);
    }

    #[test]
    fn json_escapes_terminal_controls_and_reads_back_the_same() {
        let text = "a\u{1b}[31mb\u{7}c\u{9b}2Jd\u{202e}e\u{2066}f\u{7f} 한국어 \"q\"\n";
        let json = json_pretty(&serde_json::json!({ "text": text })).unwrap();
        assert!(!has_dangerous(&json.replace('\n', "")), "{json:?}");
        assert!(
            json.contains("\\u009b") && json.contains("\\u202e"),
            "{json}"
        );
        assert!(json.contains("한국어"), "{json}");
        let back: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(back["text"], text);
        assert_eq!(
            json,
            serde_json::to_string_pretty(&serde_json::json!({ "text": "plain" }))
                .unwrap()
                .replace(
                    "plain",
                    "a\\u001b[31mb\\u0007c\\u009b2Jd\\u202ee\\u2066f\\u007f 한국어 \\\"q\\\"\\n"
                )
        );
    }

    #[test]
    fn hangul_detection() {
        assert!(is_hangul('한'));
        assert!(!is_hangul('a'));
        // Old-Hangul jamo (extended A and B) are Hangul too, as in feedback.
        assert!(is_hangul('\u{A960}') && is_hangul('\u{D7B0}') && is_hangul('ㄱ'));
        assert!(!is_hangul('漢') && !is_hangul('\u{D7A4}'));
        // The byte-order mark and noncharacters are dropped like bidi marks,
        // in banks and in typed answers alike.
        assert!(is_dangerous('\u{FEFF}') && is_dangerous('\u{FFFF}') && is_dangerous('\u{202E}'));
        assert_eq!(typed("a\u{FEFF}b\u{200F}c"), "abc");
    }
}
