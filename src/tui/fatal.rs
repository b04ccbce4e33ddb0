//! The last resort against SIGBUS: SQLite keeps its WAL index (`-shm`) in
//! a memory map, and when that file is made immutable, truncated or yanked
//! away under it, the next write is answered by the kernel with SIGBUS. The
//! store checks for the usual causes first; this catches what gets past it.
//! The handler does only what is safe in a signal handler: it gives the
//! terminal back (escape sequences and the saved termios), writes the last
//! snapshot of the answer being typed to a file outside the data folder,
//! says where, and exits.

use std::ffi::CString;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicPtr, Ordering};

use crate::store::Draft;

/// The answer as last typed, ready to write: prompt and text.
static SNAPSHOT: AtomicPtr<Vec<u8>> = AtomicPtr::new(std::ptr::null_mut());
/// Where the handler writes it, and what it then prints.
static RESCUE: OnceLock<(CString, Vec<u8>)> = OnceLock::new();
/// The terminal's modes before raw mode.
static TERMIOS: OnceLock<libc::termios> = OnceLock::new();

/// Remembers the terminal's modes (call before raw mode) and installs the
/// handler.
pub fn install() {
    // SAFETY: tcgetattr writes into the zeroed struct we own.
    unsafe {
        let mut t: libc::termios = std::mem::zeroed();
        if libc::tcgetattr(libc::STDIN_FILENO, &mut t) == 0 {
            let _ = TERMIOS.set(t);
        }
    }
    let dir = crate::rescue::places()
        .into_iter()
        .next()
        .unwrap_or_else(std::env::temp_dir);
    let path = dir.join(format!("rehearse-unsaved-{}.md", std::process::id()));
    // Worded now, in the interface's language: the handler cannot format.
    let said = crate::t!("shell-sigbus", path = path.display().to_string());
    let note = format!("\r\nrehearse: {}\r\n", crate::text::one_line(&said));
    if let Ok(c) = CString::new(path.as_os_str().as_encoded_bytes()) {
        let _ = RESCUE.set((c, note.into_bytes()));
    }
    // SAFETY: a plain handler for one signal, installed once.
    unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = on_fatal as *const () as usize;
        sa.sa_flags = libc::SA_RESETHAND;
        libc::sigemptyset(&mut sa.sa_mask);
        libc::sigaction(libc::SIGBUS, &sa, std::ptr::null_mut());
    }
}

/// Keeps the snapshot the handler would write; called after every edit.
pub fn set_snapshot(draft: Option<&Draft>) {
    let next = match draft {
        Some(d) if !d.text.trim().is_empty() => Box::into_raw(Box::new(
            format!("# {}\n\n{}\n", crate::text::one_line(&d.prompt), d.text).into_bytes(),
        )),
        _ => std::ptr::null_mut(),
    };
    let old = SNAPSHOT.swap(next, Ordering::SeqCst);
    if !old.is_null() {
        // SAFETY: every pointer stored here came from Box::into_raw above.
        drop(unsafe { Box::from_raw(old) });
    }
}

extern "C" fn on_fatal(_sig: libc::c_int) {
    // SAFETY: only async-signal-safe calls (write, tcsetattr, open, fsync,
    // close, _exit) on memory that stays valid until the process ends.
    unsafe {
        let restore = b"\x1b[?2004l\x1b[?1049l\x1b[?25h";
        libc::write(libc::STDOUT_FILENO, restore.as_ptr().cast(), restore.len());
        if let Some(t) = TERMIOS.get() {
            libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, t);
        }
        let snap = SNAPSHOT.load(Ordering::SeqCst);
        if !snap.is_null()
            && let Some((path, note)) = RESCUE.get()
        {
            let fd = libc::open(
                path.as_ptr(),
                libc::O_WRONLY | libc::O_CREAT | libc::O_TRUNC,
                0o600,
            );
            if fd >= 0 {
                let bytes = &*snap;
                libc::write(fd, bytes.as_ptr().cast(), bytes.len());
                libc::fsync(fd);
                libc::close(fd);
                libc::write(libc::STDERR_FILENO, note.as_ptr().cast(), note.len());
            }
        }
        libc::_exit(1);
    }
}
