//! Backups: `rehearse backup`, one automatic backup a day on exit (keeping
//! the last 7 daily and 4 weekly), and `rehearse restore`, which moves the
//! current database aside instead of deleting it. Backups are named by the
//! real clock, never the app's (`REHEARSE_NOW` shifts only the app's), and a
//! backup that fails its integrity check is deleted, not kept.

use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDateTime, Utc};

use super::{Result, Store, StoreError, check, classify, migrations, take_lock};
use crate::model::Instant;
use crate::paths::Paths;

const PREFIX: &str = "rehearse-";
const KEEP_DAILY: usize = 7;
const KEEP_WEEKLY: usize = 4;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupInfo {
    pub path: PathBuf,
    /// When it was taken, UTC, by the real clock.
    pub taken: NaiveDateTime,
}

/// The real time, not shifted by `REHEARSE_NOW`.
pub fn wall_clock() -> Instant {
    Utc::now().into()
}

fn stamp(now: Instant) -> NaiveDateTime {
    now.utc().naive_utc()
}

/// Backups in `dir`, oldest first (named `rehearse-YYYYMMDD-HHMMSS.db`, UTC).
pub fn list_backups(dir: &Path) -> Vec<BackupInfo> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut out: Vec<(BackupInfo, u32)> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let core = name.strip_prefix(PREFIX)?.strip_suffix(".db")?;
            // `-2`, `-3` … when more than one was taken in the same second.
            let (stamp, seq) = match core.get(15..) {
                Some(rest) if !rest.is_empty() => {
                    (&core[..15], rest.strip_prefix('-')?.parse().ok()?)
                }
                _ => (core, 1),
            };
            let taken = NaiveDateTime::parse_from_str(stamp, "%Y%m%d-%H%M%S").ok()?;
            Some((
                BackupInfo {
                    path: e.path(),
                    taken,
                },
                seq,
            ))
        })
        .collect();
    out.sort_by_key(|(b, seq)| (b.taken, *seq));
    out.into_iter().map(|(b, _)| b).collect()
}

/// Checks that `file` is a sound rehearse database this version can read
/// (`PRAGMA integrity_check`, opened read-only, nothing written) and returns
/// how many answers it holds.
pub fn check_backup(file: &Path) -> Result<u64> {
    let corrupt = |why: String| StoreError::Corrupt(file.to_path_buf(), why);
    if !file.exists() {
        return Err(StoreError::NoBackup(file.to_path_buf()));
    }
    if !check::check_header(file)? {
        return Err(corrupt(crate::t!("store-reason-empty")));
    }
    check::deep_check_with(file, "integrity_check")?;
    let conn = check::open_for_reading(file)?;
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(|e| classify(file, e))?;
    if version > migrations::LATEST {
        return Err(StoreError::TooNew(
            file.to_path_buf(),
            version,
            migrations::LATEST,
        ));
    }
    conn.query_row("SELECT count(*) FROM attempts", [], |r| r.get::<_, i64>(0))
        .map(|n| n.max(0) as u64)
        .map_err(|_| corrupt(crate::t!("store-reason-not-rehearse")))
}

impl Store {
    /// Writes a checked copy of the database into `dir`, named by the real
    /// clock, and returns its path.
    pub fn backup_to(&self, dir: &Path) -> Result<PathBuf> {
        self.backup_at(dir, wall_clock())
    }

    /// [`Store::backup_to`] with the real clock passed in (tests).
    pub fn backup_at(&self, dir: &Path, wall: Instant) -> Result<PathBuf> {
        std::fs::create_dir_all(dir).map_err(|e| StoreError::Folder(dir.to_path_buf(), e))?;
        let base = stamp(wall).format("%Y%m%d-%H%M%S").to_string();
        let mut path = dir.join(format!("{PREFIX}{base}.db"));
        let mut n = 1;
        while path.exists() {
            n += 1;
            path = dir.join(format!("{PREFIX}{base}-{n}.db"));
        }
        let written = self
            .conn()?
            .execute("VACUUM INTO ?1", [path.to_string_lossy()])
            .map_err(|e| self.err(e));
        if let Err(e) = written.and_then(|_| check_backup(&path)) {
            let _ = std::fs::remove_file(&path);
            return Err(StoreError::BackupUnsound(path, e.to_string()));
        }
        Ok(path)
    }

    /// At most one backup a day (by the real clock); then prunes to the last
    /// 7 daily and 4 weekly. Returns the new backup's path when one was made.
    pub fn auto_backup(&self, dir: &Path) -> Result<Option<PathBuf>> {
        self.auto_backup_at(dir, wall_clock())
    }

    /// [`Store::auto_backup`] with the real clock passed in (tests).
    pub fn auto_backup_at(&self, dir: &Path, wall: Instant) -> Result<Option<PathBuf>> {
        let today = stamp(wall).date();
        let made = if list_backups(dir).iter().any(|b| b.taken.date() == today) {
            None
        } else {
            Some(self.backup_at(dir, wall)?)
        };
        for old in backups_to_prune(&list_backups(dir)) {
            let _ = std::fs::remove_file(old);
        }
        Ok(made)
    }
}

/// Which backups fall outside "the newest per day for 7 days, and the newest
/// per ISO week for 4 weeks before those".
pub fn backups_to_prune(backups: &[BackupInfo]) -> Vec<PathBuf> {
    let mut newest_first: Vec<&BackupInfo> = backups.iter().collect();
    newest_first.sort_by_key(|b| std::cmp::Reverse(b.taken));
    let mut keep = Vec::new();
    let mut days = Vec::new();
    let mut weeks = Vec::new();
    for b in &newest_first {
        let day = b.taken.date();
        if days.len() < KEEP_DAILY {
            if !days.contains(&day) {
                days.push(day);
                keep.push(b.path.clone());
            }
            continue;
        }
        let week = (day.iso_week().year(), day.iso_week().week());
        let in_daily_week = days
            .iter()
            .any(|d| (d.iso_week().year(), d.iso_week().week()) == week);
        if !in_daily_week && !weeks.contains(&week) && weeks.len() < KEEP_WEEKLY {
            weeks.push(week);
            keep.push(b.path.clone());
        }
    }
    newest_first
        .iter()
        .filter(|b| !keep.contains(&b.path))
        .map(|b| b.path.clone())
        .collect()
}

/// Replaces the database with `source` after checking it is a sound
/// rehearse database. The current database is renamed, never deleted;
/// returns where it went (None when there was none).
pub fn restore(paths: &Paths, source: &Path) -> Result<Option<PathBuf>> {
    std::fs::create_dir_all(&paths.data_dir)
        .map_err(|e| StoreError::Folder(paths.data_dir.clone(), e))?;
    let _lock = take_lock(&paths.lock_file(), &paths.data_dir)?;
    check_backup(source)?;
    let folder = |e| StoreError::Folder(paths.data_dir.clone(), e);
    let db = paths.database();
    let moved = if db.exists() {
        let when = stamp(wall_clock()).format("%Y%m%d-%H%M%S");
        let aside = db.with_extension(format!("db.before-restore-{when}"));
        std::fs::rename(&db, &aside).map_err(folder)?;
        for ext in ["wal", "shm"] {
            let side = check::side_file(&db, ext);
            if side.exists() {
                std::fs::rename(&side, check::side_file(&aside, ext)).map_err(folder)?;
            }
        }
        Some(aside)
    } else {
        None
    };
    let _ = std::fs::remove_file(check::clean_mark(&db));
    std::fs::copy(source, &db).map_err(folder)?;
    Ok(moved)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(y: i32, m: u32, d: u32) -> BackupInfo {
        let taken = NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(12, 0, 0)
            .unwrap();
        BackupInfo {
            path: PathBuf::from(format!("{y}-{m}-{d}")),
            taken,
        }
    }

    #[test]
    fn prune_keeps_seven_daily_and_four_weekly() {
        // 60 consecutive days of backups.
        let start = NaiveDate::from_ymd_opt(2026, 9, 1).unwrap();
        let all: Vec<BackupInfo> = (0..60)
            .map(|i| {
                let d = start + chrono::Days::new(i);
                at(d.year(), d.month(), d.day())
            })
            .collect();
        let pruned = backups_to_prune(&all);
        assert_eq!(all.len() - pruned.len(), KEEP_DAILY + KEEP_WEEKLY);
        let newest = &all[59].path;
        assert!(!pruned.contains(newest));
        assert!(pruned.contains(&all[0].path));
    }

    #[test]
    fn prune_keeps_everything_when_few() {
        let all = vec![at(2026, 11, 1), at(2026, 11, 2)];
        assert!(backups_to_prune(&all).is_empty());
    }
}
