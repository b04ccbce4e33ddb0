//! The SQLite store: one database in the data folder, WAL with
//! `synchronous=FULL`, versioned migrations, a lock file that refuses a second
//! interactive instance, and a refusal to touch a database it cannot read.

mod backup;
mod check;
mod export;
mod migrations;
mod mocks;
mod records;
mod rows;
mod sessions;
mod story;
mod summaries;

use std::fs::{File, OpenOptions};
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

pub use crate::model::{
    Attempt, Card, Draft, Instant, OpenSession, QuestionHistory, QuestionKey, ReviewEntry,
    SessionRecord, Span,
};
pub use backup::{BackupInfo, backups_to_prune, check_backup, list_backups, restore, wall_clock};
pub use export::{
    ExportAttempt, ExportDoc, ExportDocV1, ExportError, ExportMock, ExportQuestion, ExportReview,
    ExportScan, ExportSchedule, ExportStory, ImportError, ImportSummary, StoryMerge, from_rfc3339,
    import_rows, read_each, read_export, scan_export, to_rfc3339, upgrade_v1,
};
pub use records::*;

use crate::paths::Paths;

/// Errors the user sees; each names the file it is about, in the
/// interface's language (see `Display`).
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// Another process holds the data folder's lock.
    Busy(PathBuf),
    /// The database is damaged or not one; why, in the interface's language.
    Corrupt(PathBuf, String),
    /// Written by a newer schema: (found, known).
    TooNew(PathBuf, i64, i64),
    /// The backup to check or restore is not there.
    NoBackup(PathBuf),
    /// A backup just written failed its check, and was deleted.
    BackupUnsound(PathBuf, String),
    Unwritable(PathBuf, String),
    Folder(PathBuf, std::io::Error),
    Sql(PathBuf, rusqlite::Error),
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let shown = |p: &Path| crate::text::one_line(&p.display().to_string());
        let text = match self {
            StoreError::Busy(dir) => crate::t!("store-busy", folder = shown(dir)),
            StoreError::Corrupt(db, why) => {
                crate::t!("store-corrupt", database = shown(db), reason = why)
            }
            StoreError::TooNew(db, found, known) => crate::t!(
                "store-too-new",
                database = shown(db),
                found = *found,
                known = *known
            ),
            StoreError::NoBackup(file) => crate::t!("store-no-backup", file = shown(file)),
            StoreError::BackupUnsound(backup, why) => {
                crate::t!("store-backup-unsound", backup = shown(backup), reason = why)
            }
            StoreError::Unwritable(file, why) => {
                crate::t!("store-unwritable", file = shown(file), reason = why)
            }
            StoreError::Folder(dir, e) => crate::t!(
                "store-folder",
                folder = shown(dir),
                reason = crate::text::io_error(e)
            ),
            StoreError::Sql(db, e)
                if e.sqlite_error_code() == Some(rusqlite::ErrorCode::DiskFull) =>
            {
                crate::t!(
                    "store-disk-full",
                    database = shown(db),
                    reason = e.to_string()
                )
            }
            StoreError::Sql(db, e) => {
                crate::t!("store-sql", database = shown(db), reason = e.to_string())
            }
        };
        f.write_str(&text)
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// Whether this process writes (and so holds the lock) or only reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Takes the data-folder lock, creates and migrates the database.
    Exclusive,
    /// No lock; reads the database if there is one (an empty store if not).
    ReadOnly,
}

pub struct Store {
    // Fields drop in order: the connection closes (and checkpoints) before
    // the clean mark is written, and both before the lock is let go.
    conn: Connection,
    _clean_on_close: Option<CleanOnClose>,
    path: PathBuf,
    _lock: Option<File>,
}

/// Leaves the clean mark when the writer's store is dropped.
struct CleanOnClose(PathBuf);

impl Drop for CleanOnClose {
    fn drop(&mut self) {
        check::mark_clean(&self.0);
    }
}

impl Store {
    /// One setting read straight from the database file, without opening a
    /// store: no lock, no checks, no migration. For what must be known
    /// before a command opens its store (the interface's language); any
    /// problem reads as "not set", and the command that opens the store
    /// reports it.
    pub fn peek_setting(paths: &Paths, key: &str) -> Option<String> {
        let db = paths.database();
        if !db.is_file() {
            return None;
        }
        let conn = check::open_for_reading(&db).ok()?;
        conn.query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
            r.get(0)
        })
        .ok()
    }

    pub fn open(paths: &Paths, access: Access) -> Result<Store> {
        let db = paths.database();
        match access {
            Access::Exclusive => {
                std::fs::create_dir_all(&paths.data_dir)
                    .map_err(|e| StoreError::Folder(paths.data_dir.clone(), e))?;
                let lock = take_lock(&paths.lock_file(), &paths.data_dir)?;
                if check::check_header(&db)? && !check::is_as_left(&db) {
                    check::deep_check(&db)?;
                }
                check::unmark(&db)?;
                let conn = Connection::open(&db).map_err(|e| classify(&db, e))?;
                let mut store = Store {
                    conn,
                    _clean_on_close: Some(CleanOnClose(db.clone())),
                    path: db,
                    _lock: Some(lock),
                };
                store.configure()?;
                store.migrate()?;
                Ok(store)
            }
            Access::ReadOnly => {
                if !check::check_header(&db)? {
                    return Store::in_memory();
                }
                if !check::is_as_left(&db) {
                    check::deep_check(&db)?;
                }
                let conn = open_read_only(&db)?;
                let store = Store {
                    conn,
                    _clean_on_close: None,
                    path: db,
                    _lock: None,
                };
                store
                    .conn
                    .busy_timeout(std::time::Duration::from_secs(2))
                    .map_err(|e| store.err(e))?;
                let version = store.schema_version()?;
                if version > migrations::LATEST {
                    return Err(StoreError::TooNew(
                        store.path.clone(),
                        version,
                        migrations::LATEST,
                    ));
                }
                if version < migrations::LATEST {
                    // An older schema: read a migrated copy in memory, never the file.
                    return store.migrated_copy();
                }
                Ok(store)
            }
        }
    }

    /// A fresh store in memory (tests, and read-only use of an empty folder).
    pub fn in_memory() -> Result<Store> {
        let path = PathBuf::from(":memory:");
        let conn = Connection::open_in_memory().map_err(|e| StoreError::Sql(path.clone(), e))?;
        let mut store = Store {
            conn,
            _clean_on_close: None,
            path,
            _lock: None,
        };
        store.migrate()?;
        Ok(store)
    }

    fn migrated_copy(self) -> Result<Store> {
        let mut mem = Connection::open_in_memory().map_err(|e| self.err(e))?;
        {
            let backup =
                rusqlite::backup::Backup::new(&self.conn, &mut mem).map_err(|e| self.err(e))?;
            backup
                .run_to_completion(256, std::time::Duration::ZERO, None)
                .map_err(|e| self.err(e))?;
        }
        let mut store = Store {
            conn: mem,
            _clean_on_close: None,
            path: self.path.clone(),
            _lock: None,
        };
        store.migrate()?;
        Ok(store)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The connection, once the WAL index can safely be touched.
    pub(crate) fn conn(&self) -> Result<&Connection> {
        if self.path != Path::new(":memory:") {
            check::wal_index_writable(&self.path)?;
        }
        Ok(&self.conn)
    }

    pub(crate) fn err(&self, e: rusqlite::Error) -> StoreError {
        classify(&self.path, e)
    }

    fn configure(&mut self) -> Result<()> {
        self.conn
            .execute_batch(
                "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;",
            )
            .map_err(|e| self.err(e))?;
        self.conn
            .busy_timeout(std::time::Duration::from_secs(2))
            .map_err(|e| self.err(e))?;
        Ok(())
    }

    pub fn schema_version(&self) -> Result<i64> {
        // Reading sqlite_master first makes a damaged file fail here, before any write.
        self.conn
            .query_row("SELECT count(*) FROM sqlite_master", [], |r| {
                r.get::<_, i64>(0)
            })
            .map_err(|e| self.err(e))?;
        self.conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| self.err(e))
    }

    fn migrate(&mut self) -> Result<()> {
        let version = self.schema_version()?;
        if version > migrations::LATEST {
            return Err(StoreError::TooNew(
                self.path.clone(),
                version,
                migrations::LATEST,
            ));
        }
        for (i, sql) in migrations::MIGRATIONS.iter().enumerate() {
            let target = i as i64 + 1;
            if version >= target {
                continue;
            }
            let tx = self
                .conn
                .transaction()
                .map_err(|e| classify(&self.path, e))?;
            tx.execute_batch(sql).map_err(|e| classify(&self.path, e))?;
            tx.pragma_update(None, "user_version", target)
                .map_err(|e| classify(&self.path, e))?;
            tx.commit().map_err(|e| classify(&self.path, e))?;
        }
        Ok(())
    }
}

/// A read-only connection. SQLite cannot open a WAL database read-only
/// where it may not create `-shm` (a read-only mount); when no writer is
/// there (no `-wal`, no `-shm`) the file is then opened immutable instead.
fn open_read_only(db: &Path) -> Result<Connection> {
    let plain = Connection::open_with_flags(
        db,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .and_then(|c| {
        c.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
            r.get::<_, i64>(0)
        })?;
        Ok(c)
    });
    match plain {
        Ok(c) => Ok(c),
        Err(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::CannotOpen) => {
            let live = check::side_file(db, "wal").exists() || check::side_file(db, "shm").exists();
            if live {
                return Err(StoreError::Folder(
                    db.parent().unwrap_or(Path::new(".")).to_path_buf(),
                    std::io::Error::other(crate::t!(
                        "store-wal-unreadable",
                        wal = check::side_file(db, "wal").display().to_string(),
                        database = db.display().to_string()
                    )),
                ));
            }
            check::open_for_reading(db)
        }
        Err(e) => Err(classify(db, e)),
    }
}

fn take_lock(lock_path: &Path, dir: &Path) -> Result<File> {
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(lock_path)
        .map_err(|e| StoreError::Folder(dir.to_path_buf(), e))?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(std::fs::TryLockError::WouldBlock) => Err(StoreError::Busy(dir.to_path_buf())),
        Err(std::fs::TryLockError::Error(e)) => Err(StoreError::Folder(dir.to_path_buf(), e)),
    }
}

fn classify(path: &Path, e: rusqlite::Error) -> StoreError {
    use rusqlite::ErrorCode::{DatabaseCorrupt, NotADatabase};
    match e.sqlite_error_code() {
        Some(DatabaseCorrupt | NotADatabase) => {
            StoreError::Corrupt(path.to_path_buf(), e.to_string())
        }
        _ => StoreError::Sql(path.to_path_buf(), e),
    }
}
