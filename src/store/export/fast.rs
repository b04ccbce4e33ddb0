//! The quick reading of an export: the file read in large chunks, its top
//! level followed by hand, and each value (each question, one at a time)
//! parsed by serde_json from its own bytes, a slice, several times faster
//! than serde_json's byte-at-a-time `io::Read` reader. It takes only an
//! export the careful reading (`versions::read_each`) would take, with the
//! same result: at anything else (a syntax error, an unknown or repeated
//! key, a wrong format or version, a value nested deeper than an export's)
//! it gives up, and the careful reading says what is wrong, where.

use std::collections::BTreeMap;
use std::io::Read;

use super::{ExportDoc, ExportMock, ExportQuestion, ExportStory, FORMAT, ImportError};

/// How deep a value may nest here: an export's go 5 deep (a mock's report
/// may go deeper: past this, the careful reading takes it).
const DEEPEST: usize = 32;

/// Why the quick reading stopped.
pub(super) enum Stop {
    /// Not an export it takes: read it carefully.
    GiveUp,
    /// `each` refused a question.
    Each(ImportError),
}

/// Reads the export in `r`, handing each question to `each` as it is
/// parsed; the document it returns has no questions (as `read_each`).
pub(super) fn read_quickly(
    r: impl Read,
    each: &mut dyn FnMut(ExportQuestion) -> Result<(), ImportError>,
) -> Result<ExportDoc, Stop> {
    let mut s = Source {
        r,
        buf: Vec::new(),
        pos: 0,
        mark: 0,
        eof: false,
    };
    let give_up = |_| Stop::GiveUp;
    let mut seen: Vec<String> = Vec::new();
    let (mut format, mut version, mut settings, mut mocks, mut story) =
        (None::<String>, None::<u32>, None, None, None);
    s.ws();
    s.eat(b'{')?;
    s.ws();
    if s.peek() == Some(b'}') {
        return Err(Stop::GiveUp);
    }
    loop {
        let key: String = serde_json::from_slice(s.value()?).map_err(give_up)?;
        if seen.contains(&key) {
            return Err(Stop::GiveUp);
        }
        s.ws();
        s.eat(b':')?;
        s.ws();
        match key.as_str() {
            "questions" => s.questions(each)?,
            "format" => format = Some(serde_json::from_slice(s.value()?).map_err(give_up)?),
            "version" => version = Some(serde_json::from_slice(s.value()?).map_err(give_up)?),
            "settings" => {
                let v: BTreeMap<String, String> =
                    serde_json::from_slice(s.value()?).map_err(give_up)?;
                settings = Some(v);
            }
            "mocks" => {
                let v: Vec<ExportMock> = serde_json::from_slice(s.value()?).map_err(give_up)?;
                mocks = Some(v);
            }
            "story" => {
                let v: Option<ExportStory> = serde_json::from_slice(s.value()?).map_err(give_up)?;
                story = Some(v);
            }
            _ => return Err(Stop::GiveUp),
        }
        seen.push(key);
        s.ws();
        match s.next() {
            Some(b',') => s.ws(),
            Some(b'}') => break,
            _ => return Err(Stop::GiveUp),
        }
    }
    s.ws();
    if s.peek().is_some()
        || format.as_deref() != Some(FORMAT)
        || !seen.iter().any(|k| k == "questions")
    {
        return Err(Stop::GiveUp);
    }
    let mocks = match (version, mocks) {
        (Some(1), None) if story.is_none() => Vec::new(),
        (Some(2), Some(m)) => m,
        _ => return Err(Stop::GiveUp),
    };
    Ok(ExportDoc {
        format: FORMAT.into(),
        version: 2,
        settings: settings.unwrap_or_default(),
        questions: Vec::new(),
        mocks,
        story: story.flatten(),
    })
}

/// The file, read a chunk at a time; the bytes from `mark` on are kept
/// (the value being read).
struct Source<R> {
    r: R,
    buf: Vec<u8>,
    pos: usize,
    mark: usize,
    eof: bool,
}

impl<R: Read> Source<R> {
    /// Reads the next chunk; false at the end (or a read error: the
    /// careful reading tells it).
    fn fill(&mut self) -> bool {
        if self.eof {
            return false;
        }
        if self.mark > 0 {
            self.buf.drain(..self.mark);
            self.pos -= self.mark;
            self.mark = 0;
        }
        let old = self.buf.len();
        self.buf.resize(old + (1 << 16), 0);
        loop {
            match self.r.read(&mut self.buf[old..]) {
                Ok(n) => {
                    self.buf.truncate(old + n);
                    self.eof = n == 0;
                    return n > 0;
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(_) => {
                    self.buf.truncate(old);
                    self.eof = true;
                    return false;
                }
            }
        }
    }

    fn peek(&mut self) -> Option<u8> {
        if self.pos == self.buf.len() && !self.fill() {
            return None;
        }
        Some(self.buf[self.pos])
    }

    fn next(&mut self) -> Option<u8> {
        let b = self.peek()?;
        self.pos += 1;
        Some(b)
    }

    fn eat(&mut self, want: u8) -> Result<(), Stop> {
        match self.next() {
            Some(b) if b == want => Ok(()),
            _ => Err(Stop::GiveUp),
        }
    }

    /// Skips JSON's whitespace.
    fn ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.pos += 1;
        }
        self.mark = self.pos;
    }

    /// The bytes of the value here (as far as its end; serde_json checks
    /// the rest).
    fn value(&mut self) -> Result<&[u8], Stop> {
        self.mark = self.pos;
        let mut closers: Vec<u8> = Vec::new();
        loop {
            let Some(b) = self.next() else {
                return Err(Stop::GiveUp);
            };
            match b {
                b'"' => self.rest_of_string()?,
                b'{' | b'[' if closers.len() == DEEPEST => return Err(Stop::GiveUp),
                b'{' => closers.push(b'}'),
                b'[' => closers.push(b']'),
                b'}' | b']' if closers.pop() != Some(b) => return Err(Stop::GiveUp),
                b'}' | b']' => {}
                _ if closers.is_empty() => {
                    // A number or a literal: up to what follows it.
                    while let Some(c) = self.peek() {
                        if matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b',' | b'}' | b']' | b':') {
                            break;
                        }
                        self.pos += 1;
                    }
                }
                _ => {}
            }
            if closers.is_empty() {
                return Ok(&self.buf[self.mark..self.pos]);
            }
        }
    }

    fn rest_of_string(&mut self) -> Result<(), Stop> {
        loop {
            if self.pos == self.buf.len() && !self.fill() {
                return Err(Stop::GiveUp);
            }
            let rest = &self.buf[self.pos..];
            match rest.iter().position(|&c| c == b'"' || c == b'\\') {
                None => self.pos = self.buf.len(),
                Some(i) if rest[i] == b'"' => {
                    self.pos += i + 1;
                    return Ok(());
                }
                Some(i) => {
                    // The escaped character, whatever it is.
                    self.pos += i + 1;
                    if self.next().is_none() {
                        return Err(Stop::GiveUp);
                    }
                }
            }
        }
    }

    /// The `questions` list, each question parsed from its own bytes and
    /// handed on.
    fn questions(
        &mut self,
        each: &mut dyn FnMut(ExportQuestion) -> Result<(), ImportError>,
    ) -> Result<(), Stop> {
        self.eat(b'[')?;
        self.ws();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(());
        }
        loop {
            let q: ExportQuestion =
                serde_json::from_slice(self.value()?).map_err(|_| Stop::GiveUp)?;
            each(q).map_err(Stop::Each)?;
            self.ws();
            match self.next() {
                Some(b',') => self.ws(),
                Some(b']') => return Ok(()),
                _ => return Err(Stop::GiveUp),
            }
        }
    }
}
