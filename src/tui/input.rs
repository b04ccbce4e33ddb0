//! Terminal input, read by us rather than by crossterm's event reader.
//!
//! crossterm reads one 1 KiB buffer per wake-up (a 5,000-character burst
//! without bracketed paste trickled in 1 KiB per later key press) and waits
//! forever for the end of a bracketed paste that never ends (every key,
//! Ctrl+C included, was swallowed). Here a thread reads whatever arrives at
//! once, [`Decoder`] frames the bytes into whole key sequences, takes a paste
//! that does not end within [`PASTE_TIMEOUT`] as typed text, and lets
//! Ctrl+C through even then. Each framed sequence is decoded by termion's
//! `parse_event`; runs of plain typed characters come out as one
//! [`Input::Text`] so a burst of 100 KB is one insertion, not 100,000.

use std::io::{Read, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::sync::{Condvar, Mutex};
use std::time::Duration;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::model::{Instant, Span};

/// A lone ESC is the Esc key once this long passes with nothing after it.
pub const ESC_TIMEOUT: Span = Span::from_ms(40);
/// A bracketed paste whose end marker has not come after this long without
/// any new byte is taken as typed text.
pub const PASTE_TIMEOUT: Span = Span::from_ms(400);

const PASTE_START: &[u8] = b"\x1b[200~";
const PASTE_END: &[u8] = b"\x1b[201~";
const CTRL_C: u8 = 0x03;

/// What the app gets from the keyboard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Key(KeyEvent),
    /// Plain characters typed (or pasted without bracketed paste) in a
    /// burst; `\n` stands for Enter.
    Text(String),
    /// A bracketed paste.
    Paste(String),
}

/// Turns the byte stream into inputs; time is passed in.
#[derive(Debug, Default)]
pub struct Decoder {
    buf: Vec<u8>,
    /// Inside a bracketed paste: when its last byte came.
    paste_since: Option<Instant>,
    paste: Vec<u8>,
    last_byte_at: Instant,
}

impl Decoder {
    pub fn new() -> Decoder {
        Decoder::default()
    }

    /// Feeds bytes that arrived at `now`; returns the inputs now complete.
    pub fn feed(&mut self, bytes: &[u8], now: Instant) -> Vec<Input> {
        if bytes.is_empty() {
            return Vec::new();
        }
        self.buf.extend_from_slice(bytes);
        self.last_byte_at = now;
        if self.paste_since.is_some() {
            self.paste_since = Some(now);
        }
        let mut out = Vec::new();
        self.drain(&mut out, false);
        out
    }

    /// Resolves what waited too long: a lone ESC, a cut-off sequence, a
    /// paste without an end.
    pub fn flush(&mut self, now: Instant) -> Vec<Input> {
        let mut out = Vec::new();
        if let Some(since) = self.paste_since {
            if now - since >= PASTE_TIMEOUT {
                self.end_paste_as_text(&mut out);
                self.drain(&mut out, now - self.last_byte_at >= ESC_TIMEOUT);
            }
        } else if !self.buf.is_empty() && now - self.last_byte_at >= ESC_TIMEOUT {
            self.drain(&mut out, true);
        }
        out
    }

    /// When [`Decoder::flush`] should next be called, if anything waits.
    pub fn deadline(&self) -> Option<Instant> {
        match self.paste_since {
            Some(since) => Some(since + PASTE_TIMEOUT),
            None if !self.buf.is_empty() => Some(self.last_byte_at + ESC_TIMEOUT),
            None => None,
        }
    }

    fn end_paste_as_text(&mut self, out: &mut Vec<Input>) {
        self.paste_since = None;
        let mut bytes = std::mem::take(&mut self.paste);
        bytes.append(&mut self.buf);
        let text = String::from_utf8_lossy(&bytes).into_owned();
        push_text(out, &text);
    }

    fn drain(&mut self, out: &mut Vec<Input>, timed_out: bool) {
        let mut text = String::new();
        let mut i = 0;
        loop {
            if self.paste_since.is_some() {
                self.buf.drain(..i);
                i = 0;
                if let Some(end) = find(&self.buf, PASTE_END) {
                    self.paste.extend_from_slice(&self.buf[..end]);
                    self.buf.drain(..end + PASTE_END.len());
                    self.paste_since = None;
                    flush_text(out, &mut text);
                    let body = String::from_utf8_lossy(&std::mem::take(&mut self.paste))
                        .replace("\r\n", "\n")
                        .replace('\r', "\n");
                    out.push(Input::Paste(body));
                    continue;
                }
                if let Some(c) = self.buf.iter().position(|b| *b == CTRL_C) {
                    // Nobody pastes Ctrl+C: the user pressed it while the
                    // paste hung. What came so far is typed text.
                    self.paste.extend_from_slice(&self.buf[..c]);
                    self.buf.drain(..=c);
                    flush_text(out, &mut text);
                    let rest = std::mem::take(&mut self.buf);
                    self.end_paste_as_text(out);
                    out.push(Input::Key(KeyEvent::new(
                        KeyCode::Char('c'),
                        KeyModifiers::CONTROL,
                    )));
                    self.buf = rest;
                    continue;
                }
                // Keep a possible partial end marker in the buffer.
                let keep = partial_suffix(&self.buf, PASTE_END);
                let take = self.buf.len() - keep;
                self.paste.extend_from_slice(&self.buf[..take]);
                self.buf.drain(..take);
                break;
            }
            let rest = &self.buf[i..];
            if rest.is_empty() {
                break;
            }
            if rest.starts_with(PASTE_START) {
                flush_text(out, &mut text);
                i += PASTE_START.len();
                self.paste_since = Some(self.last_byte_at);
                continue;
            }
            let len = match unit_len(rest) {
                Some(n) => n,
                None if !timed_out => break,
                // Cut off and nothing more came: a lone ESC is the Esc key,
                // a cut escape sequence is dropped, a cut character too.
                None if rest[0] == 0x1b && rest.len() > 1 => {
                    i += rest.len();
                    continue;
                }
                None => 1,
            };
            let unit = &rest[..len];
            i += len;
            match decode(unit) {
                Some(Decoded::Char(c)) => text.push(c),
                Some(Decoded::Key(k)) => {
                    flush_text(out, &mut text);
                    out.push(Input::Key(k));
                }
                None => {}
            }
        }
        if self.paste_since.is_none() {
            self.buf.drain(..i);
        }
        flush_text(out, &mut text);
    }
}

fn push_text(out: &mut Vec<Input>, text: &str) {
    let clean = crate::text::typed(text);
    if !clean.is_empty() {
        out.push(Input::Text(clean));
    }
}

fn flush_text(out: &mut Vec<Input>, text: &mut String) {
    if !text.is_empty() {
        out.push(Input::Text(std::mem::take(text)));
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// How many bytes at the end of `buf` could be the start of `marker`.
fn partial_suffix(buf: &[u8], marker: &[u8]) -> usize {
    (1..marker.len())
        .rev()
        .find(|&n| buf.len() >= n && marker.starts_with(&buf[buf.len() - n..]))
        .unwrap_or(0)
}

fn utf8_len(lead: u8) -> usize {
    match lead {
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => 1,
    }
}

/// The length of the whole key sequence at the start of `b`, or None when
/// more bytes are needed.
fn unit_len(b: &[u8]) -> Option<usize> {
    let first = *b.first()?;
    if first != 0x1b {
        let n = utf8_len(first);
        return (b.len() >= n).then_some(n);
    }
    match b.get(1) {
        None => None,
        Some(b'[') => {
            for (j, &c) in b.iter().enumerate().skip(2) {
                if (0x40..=0x7e).contains(&c) {
                    return Some(j + 1);
                }
                if !(0x20..=0x3f).contains(&c) {
                    return Some(j); // malformed: end it before this byte
                }
            }
            None
        }
        Some(b'O') => (b.len() >= 3).then_some(3),
        Some(0x1b) => Some(1),
        Some(&c) => {
            let n = 1 + utf8_len(c);
            (b.len() >= n).then_some(n)
        }
    }
}

enum Decoded {
    Char(char),
    Key(KeyEvent),
}

fn decode(unit: &[u8]) -> Option<Decoded> {
    use termion::event::{Event, Key};
    let key = |code, m| Some(Decoded::Key(KeyEvent::new(code, m)));
    let none = KeyModifiers::NONE;
    match unit {
        [0x1b] => return key(KeyCode::Esc, none),
        [b'\r'] | [b'\n'] => return Some(Decoded::Char('\n')),
        [0x1b, b'O', c] => {
            return match c {
                b'A' => key(KeyCode::Up, none),
                b'B' => key(KeyCode::Down, none),
                b'C' => key(KeyCode::Right, none),
                b'D' => key(KeyCode::Left, none),
                b'H' => key(KeyCode::Home, none),
                b'F' => key(KeyCode::End, none),
                b'P'..=b'S' => key(KeyCode::F(1 + c - b'P'), none),
                _ => None,
            };
        }
        _ => {}
    }
    let mut rest = unit[1..].iter().map(|b| Ok(*b));
    let Ok(Event::Key(k)) = termion::event::parse_event(unit[0], &mut rest) else {
        return None;
    };
    let shift = KeyModifiers::SHIFT;
    let alt = KeyModifiers::ALT;
    let ctrl = KeyModifiers::CONTROL;
    match k {
        Key::Char('\t') => key(KeyCode::Tab, none),
        Key::Char(c) if !crate::text::is_dangerous(c) => Some(Decoded::Char(c)),
        Key::Char(_) => None,
        Key::Backspace => key(KeyCode::Backspace, none),
        Key::Left => key(KeyCode::Left, none),
        Key::Right => key(KeyCode::Right, none),
        Key::Up => key(KeyCode::Up, none),
        Key::Down => key(KeyCode::Down, none),
        Key::ShiftLeft => key(KeyCode::Left, shift),
        Key::ShiftRight => key(KeyCode::Right, shift),
        Key::ShiftUp => key(KeyCode::Up, shift),
        Key::ShiftDown => key(KeyCode::Down, shift),
        Key::AltLeft => key(KeyCode::Left, alt),
        Key::AltRight => key(KeyCode::Right, alt),
        Key::AltUp => key(KeyCode::Up, alt),
        Key::AltDown => key(KeyCode::Down, alt),
        Key::CtrlLeft => key(KeyCode::Left, ctrl),
        Key::CtrlRight => key(KeyCode::Right, ctrl),
        Key::CtrlUp => key(KeyCode::Up, ctrl),
        Key::CtrlDown => key(KeyCode::Down, ctrl),
        Key::Home => key(KeyCode::Home, none),
        Key::CtrlHome => key(KeyCode::Home, ctrl),
        Key::End => key(KeyCode::End, none),
        Key::CtrlEnd => key(KeyCode::End, ctrl),
        Key::PageUp => key(KeyCode::PageUp, none),
        Key::PageDown => key(KeyCode::PageDown, none),
        Key::BackTab => key(KeyCode::BackTab, shift),
        Key::Delete => key(KeyCode::Delete, none),
        Key::Insert => key(KeyCode::Insert, none),
        Key::F(n) => key(KeyCode::F(n), none),
        Key::Alt(c) => key(KeyCode::Char(c), alt),
        Key::Ctrl(c) => key(KeyCode::Char(c), ctrl),
        Key::Null => key(KeyCode::Char(' '), ctrl),
        Key::Esc => key(KeyCode::Esc, none),
        _ => None,
    }
}

/// The thread that reads the terminal (standard input) and hands over
/// whatever arrived, as soon as it arrives; and the one that turns a resize
/// (SIGWINCH) or a signal to stop into a wake-up of the loop.
///
/// Neither thread wakes by itself: the reading thread sleeps in `poll` on
/// the terminal and on a wake-up pipe of its own (written when it is told
/// to pause), so an idle app costs no wake-ups here at all.
pub struct Reader {
    rx: Receiver<Msg>,
    /// Kept for the signal thread's wake-ups.
    tx: Sender<Msg>,
    gate: Arc<Gate>,
    resized: Arc<AtomicBool>,
    /// The reading thread has ended: the terminal is gone.
    closed: std::cell::Cell<bool>,
}

enum Msg {
    Bytes(Vec<u8>),
    /// A signal came: look at the flags.
    Wake,
    /// End of input or a read error.
    Closed,
}

/// What waiting on the reader gave.
pub enum Wait {
    /// What arrived; empty when only a signal (a resize, a stop) woke us.
    Bytes(Vec<u8>),
    Nothing,
    /// The terminal is gone (end of input or a read error).
    Closed,
}

/// Whether the reading thread may read, and whether it has stopped reading
/// (so `$EDITOR` gets every byte typed while it runs).
struct Gate {
    state: Mutex<GateState>,
    changed: Condvar,
    /// Written to when `paused` is set, to end the thread's `poll`.
    wake: std::io::PipeWriter,
}

#[derive(Default)]
struct GateState {
    paused: bool,
    /// The thread saw `paused` and waits; it reads nothing until unpaused.
    parked: bool,
    /// The thread has ended (the terminal is gone).
    ended: bool,
}

impl Gate {
    fn lock(&self) -> std::sync::MutexGuard<'_, GateState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Waits here while paused, saying so.
    fn pass(&self) {
        let mut s = self.lock();
        while s.paused {
            if !s.parked {
                s.parked = true;
                self.changed.notify_all();
            }
            s = self.changed.wait(s).unwrap_or_else(|e| e.into_inner());
        }
        s.parked = false;
    }
}

impl Reader {
    /// Reads standard input; `alarm` is called on a signal to stop and when
    /// the terminal is gone (the watchdog's wake-up).
    pub fn spawn(alarm: Arc<dyn Fn() + Send + Sync>) -> std::io::Result<Reader> {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM, SIGWINCH};
        let mut signals = signal_hook::iterator::Signals::new([SIGWINCH, SIGTERM, SIGHUP, SIGINT])?;
        let reader = Reader::spawn_on(libc::STDIN_FILENO, Arc::clone(&alarm))?;
        let (r, wake) = (Arc::clone(&reader.resized), reader.tx());
        std::thread::spawn(move || {
            for sig in signals.forever() {
                if sig == SIGWINCH {
                    r.store(true, Ordering::SeqCst);
                } else {
                    alarm();
                }
                if wake.send(Msg::Wake).is_err() {
                    return;
                }
            }
        });
        Ok(reader)
    }

    /// Reads `fd`, which must stay open as long as the process runs.
    fn spawn_on(fd: libc::c_int, alarm: Arc<dyn Fn() + Send + Sync>) -> std::io::Result<Reader> {
        let (woken, wake) = std::io::pipe()?;
        let (tx, rx) = channel();
        let gate = Arc::new(Gate {
            state: Mutex::new(GateState::default()),
            changed: Condvar::new(),
            wake,
        });
        let (g, t) = (Arc::clone(&gate), tx.clone());
        std::thread::spawn(move || {
            read_until_closed(fd, &t, &g, &woken);
            g.lock().ended = true;
            g.changed.notify_all();
            alarm();
            let _ = t.send(Msg::Closed);
        });
        Ok(Reader {
            rx,
            tx,
            gate,
            resized: Arc::new(AtomicBool::new(false)),
            closed: std::cell::Cell::new(false),
        })
    }

    fn tx(&self) -> Sender<Msg> {
        self.tx.clone()
    }

    /// Waits up to `timeout` for input or a signal; then takes everything
    /// else already there too.
    pub fn wait(&self, timeout: Duration) -> Wait {
        if self.closed.get() {
            return Wait::Closed;
        }
        let first = match self.rx.recv_timeout(timeout) {
            Ok(m) => m,
            Err(RecvTimeoutError::Timeout) => return Wait::Nothing,
            Err(RecvTimeoutError::Disconnected) => return Wait::Closed,
        };
        let mut bytes = Vec::new();
        for m in std::iter::once(first).chain(self.rx.try_iter()) {
            match m {
                Msg::Bytes(b) => bytes.extend_from_slice(&b),
                Msg::Wake => {}
                // What came before the end is still handled; the next wait says so.
                Msg::Closed => self.closed.set(true),
            }
        }
        if bytes.is_empty() && self.closed.get() {
            return Wait::Closed;
        }
        Wait::Bytes(bytes)
    }

    /// Whether the terminal was resized since this was last asked.
    pub fn take_resized(&self) -> bool {
        self.resized.swap(false, Ordering::SeqCst)
    }

    /// Stops reading (while `$EDITOR` owns the terminal) or starts again.
    /// Pausing returns once the thread has stopped (or ended), so nothing
    /// typed after it is taken from the editor. The thread gets there at
    /// once (the wake-up pipe ends its `poll`); the wait gives up after a
    /// few seconds anyway, so the editor is never kept from starting.
    pub fn set_paused(&self, paused: bool) {
        let mut s = self.gate.lock();
        s.paused = paused;
        self.gate.changed.notify_all();
        if paused {
            let _ = (&self.gate.wake).write_all(b"p");
            let _ = self
                .gate
                .changed
                .wait_timeout_while(s, Duration::from_secs(5), |s| !s.parked && !s.ended);
            return;
        }
        drop(s);
        for m in self.rx.try_iter() {
            if let Msg::Closed = m {
                self.closed.set(true);
            }
        }
    }

    /// Whether the reading thread has stopped for a pause.
    #[cfg(test)]
    fn parked(&self) -> bool {
        self.gate.lock().parked
    }
}

fn read_until_closed(fd: libc::c_int, tx: &Sender<Msg>, gate: &Gate, woken: &std::io::PipeReader) {
    use std::os::fd::AsRawFd;
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        gate.pass();
        let mut fds = [
            libc::pollfd {
                fd,
                events: libc::POLLIN,
                revents: 0,
            },
            libc::pollfd {
                fd: woken.as_raw_fd(),
                events: libc::POLLIN,
                revents: 0,
            },
        ];
        // SAFETY: two valid pollfds, and the count says so; no timeout:
        // input, a hang-up or the wake-up pipe ends the wait.
        let ready = unsafe { libc::poll(fds.as_mut_ptr(), 2, -1) };
        if ready < 0 {
            if std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            return;
        }
        if fds[1].revents != 0 {
            let mut drained = [0u8; 64];
            let _ = (&*woken).read(&mut drained);
            continue; // look at the gate before reading
        }
        if fds[0].revents & (libc::POLLIN | libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) == 0 {
            continue;
        }
        // SAFETY: `buf` is valid for `buf.len()` bytes.
        let n = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) };
        if n < 0 {
            let e = std::io::Error::last_os_error();
            if matches!(
                e.kind(),
                std::io::ErrorKind::Interrupted | std::io::ErrorKind::WouldBlock
            ) {
                continue;
            }
            return;
        }
        if n == 0 || tx.send(Msg::Bytes(buf[..n as usize].to_vec())).is_err() {
            return; // end of input, or the app is gone
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(ms: i64) -> Instant {
        Instant::from_ms(ms)
    }

    fn k(code: KeyCode) -> Input {
        Input::Key(KeyEvent::new(code, KeyModifiers::NONE))
    }

    fn ctrl(c: char) -> Input {
        Input::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL))
    }

    fn text(s: &str) -> Input {
        Input::Text(s.into())
    }

    #[test]
    fn decodes_keys_text_and_korean() {
        let cases: &[(&[u8], Vec<Input>)] = &[
            (b"abc", vec![text("abc")]),
            ("안녕 하세요".as_bytes(), vec![text("안녕 하세요")]),
            (b"ab\rc", vec![text("ab\nc")]),
            (b"\x13", vec![ctrl('s')]),
            (b"\x03", vec![ctrl('c')]),
            (b"x\x1b[Ay", vec![text("x"), k(KeyCode::Up), text("y")]),
            (b"\x1bOB", vec![k(KeyCode::Down)]),
            (b"\x1b[3~", vec![k(KeyCode::Delete)]),
            (b"\x1bOP", vec![k(KeyCode::F(1))]),
            (b"\x7f\t", vec![k(KeyCode::Backspace), k(KeyCode::Tab)]),
            (
                b"\x1b[1;5C",
                vec![Input::Key(KeyEvent::new(
                    KeyCode::Right,
                    KeyModifiers::CONTROL,
                ))],
            ),
            // Control characters never reach the text.
            (b"a\x07b", vec![text("a"), ctrl('g'), text("b")]),
        ];
        for (bytes, want) in cases {
            let mut d = Decoder::new();
            assert_eq!(&d.feed(bytes, at(0)), want, "{bytes:?}");
            assert_eq!(d.deadline(), None, "{bytes:?} left something behind");
        }
    }

    #[test]
    fn a_lone_escape_is_the_esc_key_after_a_moment() {
        let mut d = Decoder::new();
        assert!(d.feed(b"\x1b", at(0)).is_empty());
        assert_eq!(d.deadline(), Some(at(0) + ESC_TIMEOUT));
        assert!(d.flush(at(0) + ESC_TIMEOUT - Span::from_ms(1)).is_empty());
        assert_eq!(d.flush(at(0) + ESC_TIMEOUT), vec![k(KeyCode::Esc)]);
        assert_eq!(d.deadline(), None);
    }

    #[test]
    fn sequences_and_korean_split_across_reads_are_joined() {
        let mut d = Decoder::new();
        let han = "한".as_bytes();
        assert!(d.feed(&han[..1], at(0)).is_empty());
        assert_eq!(d.feed(&han[1..], at(1)), vec![text("한")]);
        assert!(d.feed(b"\x1b[", at(2)).is_empty());
        assert_eq!(d.feed(b"B", at(3)), vec![k(KeyCode::Down)]);
    }

    #[test]
    fn a_big_burst_is_one_text_input() {
        let burst: String = "The answer, line by line.\n".repeat(4000);
        let mut d = Decoder::new();
        let mut got = Vec::new();
        for chunk in burst.as_bytes().chunks(1024) {
            got.extend(d.feed(chunk, at(0)));
        }
        let all: String = got
            .iter()
            .map(|i| match i {
                Input::Text(t) => t.as_str(),
                other => panic!("unexpected {other:?}"),
            })
            .collect();
        assert_eq!(all, burst);
    }

    #[test]
    fn bracketed_paste_comes_whole_even_in_pieces() {
        let mut d = Decoder::new();
        assert!(d.feed(b"\x1b[200~line one\r\nline", at(0)).is_empty());
        assert!(d.feed(b" two\x1b[20", at(10)).is_empty());
        assert_eq!(
            d.feed(b"1~q", at(20)),
            vec![Input::Paste("line one\nline two".into()), text("q")]
        );
    }

    #[test]
    fn a_paste_that_never_ends_becomes_typed_text() {
        let mut d = Decoder::new();
        assert!(d.feed(b"\x1b[200~hello", at(0)).is_empty());
        assert!(d.feed(" 세계".as_bytes(), at(100)).is_empty());
        assert_eq!(d.deadline(), Some(at(100) + PASTE_TIMEOUT));
        assert!(
            d.flush(at(100) + PASTE_TIMEOUT - Span::from_ms(1))
                .is_empty()
        );
        assert_eq!(d.flush(at(100) + PASTE_TIMEOUT), vec![text("hello 세계")]);
        // Keys work again afterwards.
        assert_eq!(d.feed(b"\x13", at(600)), vec![ctrl('s')]);
    }

    #[test]
    fn ctrl_c_gets_through_a_hung_paste() {
        let mut d = Decoder::new();
        assert!(d.feed(b"\x1b[200~half a paste", at(0)).is_empty());
        assert_eq!(
            d.feed(b"\x03", at(50)),
            vec![text("half a paste"), ctrl('c')]
        );
        assert_eq!(d.feed(b"j", at(60)), vec![text("j")]);
    }

    #[test]
    fn garbage_never_hangs_the_decoder() {
        let mut d = Decoder::new();
        let junk: Vec<u8> = (0..=255u8).cycle().take(5000).collect();
        let _ = d.feed(&junk, at(0));
        let _ = d.flush(at(10_000));
        let _ = d.flush(at(20_000));
        assert_eq!(d.deadline(), None);
        assert_eq!(d.feed(b"ok", at(30_000)), vec![text("ok")]);
    }

    fn reader_on_pipe() -> (
        Reader,
        std::io::PipeWriter,
        std::io::PipeReader,
        Arc<AtomicBool>,
    ) {
        use std::os::fd::AsRawFd;
        let (r, w) = std::io::pipe().unwrap();
        let rang = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&rang);
        let reader = Reader::spawn_on(
            r.as_raw_fd(),
            Arc::new(move || flag.store(true, Ordering::SeqCst)),
        )
        .unwrap();
        (reader, w, r, rang)
    }

    fn next_bytes(reader: &Reader) -> Vec<u8> {
        match reader.wait(Duration::from_secs(10)) {
            Wait::Bytes(b) => b,
            Wait::Nothing => panic!("nothing came"),
            Wait::Closed => panic!("closed"),
        }
    }

    #[test]
    fn input_comes_as_it_arrives_and_not_while_paused() {
        let (reader, mut w, mut r, _) = reader_on_pipe();
        w.write_all("안녕 abc".as_bytes()).unwrap();
        assert_eq!(next_bytes(&reader), "안녕 abc".as_bytes());

        // Paused: the thread has stopped before set_paused returns, and what
        // is typed now stays in the terminal for the editor to read.
        reader.set_paused(true);
        assert!(reader.parked());
        w.write_all(b"for the editor").unwrap();
        let mut got = [0u8; 14];
        r.read_exact(&mut got).unwrap();
        assert_eq!(&got, b"for the editor");

        reader.set_paused(false);
        w.write_all(b"back").unwrap();
        assert_eq!(next_bytes(&reader), b"back");
        assert!(!reader.parked());
    }

    #[test]
    fn the_end_of_input_closes_and_rings() {
        let (reader, w, _r, rang) = reader_on_pipe();
        drop(w);
        assert!(matches!(reader.wait(Duration::from_secs(10)), Wait::Closed));
        assert!(rang.load(Ordering::SeqCst), "the watchdog is woken");
        assert!(matches!(reader.wait(Duration::ZERO), Wait::Closed));
        // Pausing a reader that has ended does not wait for it.
        reader.set_paused(true);
        assert!(!reader.parked());
    }
}
