//! Finding damage before the first write.
//!
//! A full `PRAGMA quick_check` reads every page, which at 100,000 attempts
//! costs far more than the start-up budget (see BENCHMARKS.md). So the app
//! leaves a "clean" mark beside the database when it closes it cleanly (the
//! file's size, modification time and inode, with no `-wal` left), and at
//! open only a file that is not exactly as it was left is read in full.
//! Every open also checks what is cheap: the header and that the file holds
//! as many pages as the header says.

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

use super::{Result, StoreError, classify};

/// The mark a clean close leaves beside the database.
pub(super) fn clean_mark(db: &Path) -> PathBuf {
    side_file(db, "clean")
}

/// `rehearse.db` → `rehearse.db-<suffix>`, where SQLite keeps its own.
pub(super) fn side_file(db: &Path, suffix: &str) -> PathBuf {
    let mut name = db.file_name().unwrap_or_default().to_os_string();
    name.push(format!("-{suffix}"));
    db.with_file_name(name)
}

/// What identifies the file as this app left it.
fn fingerprint(db: &Path) -> Option<String> {
    use std::os::unix::fs::MetadataExt;
    let m = std::fs::metadata(db).ok()?;
    let wal = std::fs::metadata(side_file(db, "wal")).map_or(0, |m| m.len());
    if wal > 0 {
        return None; // committed changes not yet in the file: never "as left"
    }
    Some(format!(
        "size {} mtime {}.{:09} inode {} dev {}\n",
        m.len(),
        m.mtime(),
        m.mtime_nsec(),
        m.ino(),
        m.dev()
    ))
}

/// True when the database is exactly as a clean close left it.
pub(super) fn is_as_left(db: &Path) -> bool {
    match (fingerprint(db), std::fs::read_to_string(clean_mark(db))) {
        (Some(now), Ok(mark)) => now == mark,
        _ => false,
    }
}

/// Writes the clean mark; called after the connection is closed.
pub(super) fn mark_clean(db: &Path) {
    if let Some(f) = fingerprint(db) {
        let _ = std::fs::write(clean_mark(db), f);
    }
}

/// Removes the mark before the first write, so a crash leaves none.
pub(super) fn unmark(db: &Path) -> Result<()> {
    match std::fs::remove_file(clean_mark(db)) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(StoreError::Folder(
            db.parent().unwrap_or(Path::new(".")).to_path_buf(),
            e,
        )),
    }
}

/// SQLite maps `-shm` (the WAL index) into memory and writes to it on every
/// transaction. Once that file is made immutable (`chattr +i`), the kernel
/// answers the next write into the mapping with SIGBUS, which kills the
/// process; so check first and fail with an error instead. The race left
/// (the flag set between this check and the write) is microseconds wide.
pub(super) fn wal_index_writable(db: &Path) -> Result<()> {
    #[cfg(target_os = "linux")]
    {
        use rustix::fs::{AtFlags, CWD, StatxAttributes, StatxFlags};
        let shm = side_file(db, "shm");
        let Ok(st) = rustix::fs::statx(CWD, &shm, AtFlags::empty(), StatxFlags::empty()) else {
            return Ok(()); // none yet: SQLite creates it, writable
        };
        let locked = StatxAttributes::IMMUTABLE | StatxAttributes::APPEND;
        if st.stx_attributes.intersects(locked) {
            return Err(StoreError::Unwritable(
                shm,
                crate::t!("store-reason-immutable"),
            ));
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = db;
    Ok(())
}

const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// Refuses a file that exists but is not a SQLite database, or whose header
/// disagrees with its size, before SQLite gets a chance to write to it.
/// Returns false when there is no database yet (absent or empty).
pub(super) fn check_header(db: &Path) -> Result<bool> {
    let corrupt = |why: String| StoreError::Corrupt(db.to_path_buf(), why);
    let mut f = match File::open(db) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(false),
        // The folder it should be in is a file: the folder is the problem.
        Err(e) if e.kind() == std::io::ErrorKind::NotADirectory => {
            let dir = db.parent().unwrap_or(Path::new(".")).to_path_buf();
            return Err(StoreError::Folder(dir, e));
        }
        Err(e) => return Err(corrupt(crate::text::io_error(&e))),
    };
    let len = f
        .metadata()
        .map_err(|e| corrupt(crate::text::io_error(&e)))?
        .len();
    let mut head = [0u8; 100];
    let mut got = 0;
    while got < head.len() {
        match f.read(&mut head[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) => return Err(corrupt(crate::text::io_error(&e))),
        }
    }
    if got == 0 {
        return Ok(false); // an empty file is a new database
    }
    if got < head.len() || &head[..16] != SQLITE_MAGIC {
        return Err(corrupt(crate::t!("store-reason-not-sqlite")));
    }
    let page_size = match u16::from_be_bytes([head[16], head[17]]) {
        1 => 65_536,
        n => u64::from(n),
    };
    if !(512..=65_536).contains(&page_size) || !page_size.is_power_of_two() {
        return Err(corrupt(crate::t!(
            "store-reason-page-size",
            size = page_size
        )));
    }
    // Fields the file format fixes: read/write versions, payload fractions,
    // schema format, text encoding.
    let fixed_ok = matches!(head[18], 1 | 2)
        && matches!(head[19], 1 | 2)
        && head[21..24] == [64, 32, 32]
        && matches!(be32h(&head, 44), 0..=4)
        && matches!(be32h(&head, 56), 0..=3);
    if !fixed_ok {
        return Err(corrupt(crate::t!("store-reason-header")));
    }
    if len % page_size != 0 {
        return Err(corrupt(crate::t!(
            "store-reason-partial-page",
            size = len,
            page = page_size
        )));
    }
    let be32 = |at: usize| be32h(&head, at);
    // The header's page count is valid when the change counter matches the
    // "version valid for" number (the file format's own rule).
    let pages = u64::from(be32(28));
    if be32(24) == be32(92) && pages != 0 && pages * page_size > len {
        return Err(corrupt(crate::t!(
            "store-reason-cut-short",
            pages = pages,
            held = len / page_size
        )));
    }
    Ok(true)
}

fn be32h(b: &[u8], at: usize) -> u32 {
    u32::from_be_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

/// Reads every page with `PRAGMA quick_check`, writing nothing: with no
/// `-wal` the file is opened immutable (no `-shm`, no `-wal`, no locks).
pub(super) fn deep_check(db: &Path) -> Result<()> {
    deep_check_with(db, "quick_check")
}

/// `PRAGMA quick_check` or `PRAGMA integrity_check` (which also compares
/// every index with its table), reporting the first problem found.
pub(super) fn deep_check_with(db: &Path, pragma: &str) -> Result<()> {
    let conn = open_for_reading(db)?;
    let mut stmt = conn
        .prepare(&format!("PRAGMA {pragma}"))
        .map_err(|e| corrupt_or(db, e))?;
    let rows = stmt
        .query_map([], |r| r.get::<_, String>(0))
        .map_err(|e| corrupt_or(db, e))?;
    let mut problems = Vec::new();
    for row in rows {
        problems.push(row.map_err(|e| corrupt_or(db, e))?);
    }
    if problems.len() == 1 && problems[0] == "ok" {
        return Ok(());
    }
    let first = crate::text::one_line(&problems.first().cloned().unwrap_or_default());
    let why = match problems.len() {
        0 | 1 => crate::t!("store-reason-integrity", problem = first),
        n => crate::t!("store-reason-integrity-more", problem = first, more = n - 1),
    };
    Err(StoreError::Corrupt(db.to_path_buf(), why))
}

/// An error while checking means the file cannot be read: damage.
fn corrupt_or(db: &Path, e: rusqlite::Error) -> StoreError {
    match classify(db, e) {
        StoreError::Sql(p, e) => StoreError::Corrupt(p, e.to_string()),
        other => other,
    }
}

/// A read-only connection that writes nothing beside the file either: with
/// no `-wal` or `-shm` (no writer, and nothing left to replay) the file is
/// opened immutable.
pub(super) fn open_for_reading(db: &Path) -> Result<Connection> {
    let live = side_file(db, "wal").exists() || side_file(db, "shm").exists();
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = if live {
        Connection::open_with_flags(db, flags)
    } else {
        Connection::open_with_flags(
            format!("file:{}?immutable=1", uri_path(db)),
            flags | OpenFlags::SQLITE_OPEN_URI,
        )
    };
    conn.map_err(|e| corrupt_or(db, e))
}

/// A path as the path part of a SQLite `file:` URI.
pub(super) fn uri_path(p: &Path) -> String {
    use std::os::unix::ffi::OsStrExt;
    let mut out = String::new();
    for &b in p.as_os_str().as_bytes() {
        if b.is_ascii_alphanumeric() || b"/-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uri_path_escapes_what_a_uri_would_read() {
        assert_eq!(
            uri_path(Path::new("/a b/c?d#e%f/한")),
            "/a%20b/c%3Fd%23e%25f/%ED%95%9C"
        );
    }

    #[test]
    fn side_files_sit_beside_the_database() {
        assert_eq!(
            side_file(Path::new("/d/rehearse.db"), "wal"),
            PathBuf::from("/d/rehearse.db-wal")
        );
    }
}
