//! Damaged databases, the way disks and sync tools damage them: a real
//! database with a few hundred attempts (so it has interior and leaf pages
//! of tables and indexes, and a free-list), cut short or with one byte
//! flipped in a page. Every copy must be refused before anything is written.

use std::path::{Path, PathBuf};

use rehearse::model::{Attempt, Instant, Span};
use rehearse::paths::Paths;
use rehearse::store::{Access, Store, StoreError};

fn paths(dir: &Path) -> Paths {
    Paths {
        data_dir: dir.to_path_buf(),
        banks_dir: None,
    }
}

const T0: Instant = Instant::from_ms(1_790_000_000_000);

fn attempt(i: usize) -> Attempt {
    Attempt {
        id: format!("{:016x}", (i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)),
        bank_id: format!("bank-{}", i % 7),
        question_id: format!("q-{}", i % 53),
        role: "backend".into(),
        prompt: "멱등성에 대해 설명해 주세요.".into(),
        started_at: T0 + Span::from_mins(i as i64),
        submitted_at: T0 + Span::from_mins(i as i64) + Span::from_secs(95),
        duration_ms: Span::from_secs(95),
        text: format!("{i}: 제가 재시도 로직에 idempotency key를 넣었습니다. ").repeat(6),
        rating: Some(3),
        mode: "practice".into(),
        time_limit_s: 120,
        session_id: Some("s1".into()),
    }
}

/// A cleanly closed database with 400 attempts, 100 of them deleted again so
/// that the free-list holds pages.
fn real_database(dir: &Path) -> Vec<u8> {
    let store = Store::open(&paths(dir), Access::Exclusive).unwrap();
    for i in 0..400 {
        store.insert_attempt(&attempt(i)).unwrap();
    }
    for i in 100..200 {
        store.delete_attempt(&attempt(i).id).unwrap();
    }
    drop(store);
    assert!(
        !dir.join("rehearse.db-wal").exists(),
        "a clean close leaves no -wal"
    );
    std::fs::read(dir.join("rehearse.db")).unwrap()
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    InteriorIndex,
    InteriorTable,
    LeafIndex,
    LeafTable,
    FreeTrunk,
}

fn be32(b: &[u8], at: usize) -> u32 {
    u32::from_be_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

/// Every page's kind, read from the file format: page number (1-based),
/// offset of its b-tree header, kind.
fn pages(db: &[u8]) -> Vec<(usize, usize, Kind)> {
    let size = u16::from_be_bytes([db[16], db[17]]) as usize;
    let mut out = Vec::new();
    let trunk = be32(db, 32) as usize;
    // Free pages keep their old content; flipping a byte in one is no damage.
    let mut free = Vec::new();
    let mut t = trunk;
    while t != 0 {
        let at = (t - 1) * size;
        let leaves = be32(db, at + 4) as usize;
        free.extend((0..leaves).map(|i| be32(db, at + 8 + 4 * i) as usize));
        t = be32(db, at) as usize;
    }
    for n in (1..=db.len() / size).filter(|n| !free.contains(n)) {
        let start = (n - 1) * size;
        let head = if n == 1 { start + 100 } else { start };
        let kind = match db[head] {
            2 => Kind::InteriorIndex,
            5 => Kind::InteriorTable,
            10 => Kind::LeafIndex,
            13 => Kind::LeafTable,
            _ if n == trunk => Kind::FreeTrunk,
            _ => continue,
        };
        out.push((n, head, kind));
    }
    out
}

/// The damaged copies: name and bytes.
fn corpus(db: &[u8]) -> Vec<(String, Vec<u8>)> {
    let size = u16::from_be_bytes([db[16], db[17]]) as usize;
    let flip = |at: usize, mask: u8| {
        let mut d = db.to_vec();
        d[at] ^= mask;
        d
    };
    let mut out = vec![
        ("truncated to half".to_string(), db[..db.len() / 2].to_vec()),
        (
            "truncated mid-page".to_string(),
            db[..db.len() - size / 2].to_vec(),
        ),
        // The 100-byte header: page size, payload fractions, schema format,
        // text encoding.
        ("header: page size".into(), flip(16, 0x03)),
        ("header: max payload fraction".into(), flip(21, 0x10)),
        ("header: schema format".into(), flip(44, 0x40)),
        ("header: text encoding".into(), flip(56, 0x40)),
        // Page 1 is the schema table's root.
        ("schema page: cell count".into(), flip(100 + 3, 0x40)),
        (
            "schema page: first cell pointer".into(),
            flip(100 + 8, 0x7F),
        ),
    ];
    let all = pages(db);
    for kind in [
        Kind::InteriorIndex,
        Kind::InteriorTable,
        Kind::LeafIndex,
        Kind::LeafTable,
    ] {
        let of_kind: Vec<_> = all.iter().filter(|p| p.2 == kind && p.0 != 1).collect();
        assert!(!of_kind.is_empty(), "the fixture has no {kind:?} page");
        // A few pages of each kind, spread over the file.
        for (i, (n, head, _)) in of_kind
            .iter()
            .step_by((of_kind.len() / 3).max(1))
            .take(3)
            .enumerate()
        {
            let (what, at, mask) = match (kind, i) {
                (_, 0) => ("page type", *head, 0x20),
                (_, 1) => ("cell count", head + 3, 0x40),
                (Kind::InteriorIndex | Kind::InteriorTable, _) => ("right child", head + 8, 0x40),
                (_, _) => ("first cell pointer", head + 8, 0x7F),
            };
            out.push((format!("{kind:?} page {n}: {what}"), flip(at, mask)));
        }
    }
    let (n, head, _) = all
        .iter()
        .find(|p| p.2 == Kind::FreeTrunk)
        .expect("the fixture has a free-list");
    for (what, at) in [
        ("next trunk", *head),
        ("leaf count", *head + 4),
        ("first leaf", *head + 8),
    ] {
        out.push((format!("free-list trunk page {n}: {what}"), flip(at, 0x40)));
    }
    out
}

fn side_files(dir: &Path) -> Vec<(PathBuf, Option<Vec<u8>>)> {
    ["rehearse.db", "rehearse.db-wal", "rehearse.db-shm"]
        .iter()
        .map(|f| dir.join(f))
        .map(|p| {
            let bytes = std::fs::read(&p).ok();
            (p, bytes)
        })
        .collect()
}

#[test]
fn every_damaged_copy_is_refused_and_nothing_is_written() {
    let src = tempfile::tempdir().unwrap();
    let db = real_database(src.path());
    let corpus = corpus(&db);
    assert!(corpus.len() >= 20, "only {} damaged copies", corpus.len());
    let mut opened = Vec::new();
    for (name, bytes) in &corpus {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("rehearse.db"), bytes).unwrap();
        let before = side_files(dir.path());
        for access in [Access::Exclusive, Access::ReadOnly] {
            match Store::open(&paths(dir.path()), access) {
                Err(StoreError::Corrupt(p, why)) => {
                    assert_eq!(p, dir.path().join("rehearse.db"), "{name}");
                    assert!(!why.is_empty(), "{name}");
                }
                Err(e) => opened.push(format!("{name} ({access:?}): wrong error: {e}")),
                Ok(_) => opened.push(format!("{name} ({access:?}): opened")),
            }
        }
        if side_files(dir.path()) != before {
            opened.push(format!("{name}: files changed"));
        }
    }
    assert!(opened.is_empty(), "not refused:\n{}", opened.join("\n"));
}

#[test]
fn a_sound_copy_of_the_same_database_opens() {
    let src = tempfile::tempdir().unwrap();
    let db = real_database(src.path());
    let dir = tempfile::tempdir().unwrap();
    // Copied, not as this app left it: read in full, found sound.
    std::fs::write(dir.path().join("rehearse.db"), &db).unwrap();
    let store = Store::open(&paths(dir.path()), Access::Exclusive).unwrap();
    assert_eq!(store.attempt_count().unwrap(), 300);
}

#[test]
fn damage_after_a_clean_close_is_found_by_the_next_open() {
    let dir = tempfile::tempdir().unwrap();
    let db = real_database(dir.path());
    // The app closed it cleanly; then a sync tool rewrote it, damaged.
    let (_, head, _) = pages(&db)
        .into_iter()
        .find(|p| p.2 == Kind::LeafIndex)
        .unwrap();
    let mut bad = db.clone();
    bad[head + 3] ^= 0x40;
    std::fs::write(dir.path().join("rehearse.db"), &bad).unwrap();
    assert!(matches!(
        Store::open(&paths(dir.path()), Access::Exclusive),
        Err(StoreError::Corrupt(..))
    ));
    assert_eq!(std::fs::read(dir.path().join("rehearse.db")).unwrap(), bad);
}

#[test]
fn the_clean_mark_exists_only_between_a_clean_close_and_the_next_open() {
    let dir = tempfile::tempdir().unwrap();
    let mark = dir.path().join("rehearse.db-clean");
    let store = Store::open(&paths(dir.path()), Access::Exclusive).unwrap();
    store.insert_attempt(&attempt(1)).unwrap();
    assert!(!mark.exists(), "marked clean while being written");
    drop(store);
    assert!(mark.exists(), "a clean close leaves the mark");
    let store = Store::open(&paths(dir.path()), Access::Exclusive).unwrap();
    assert!(!mark.exists(), "the mark must go before the first write");
    // A crash (no drop) leaves no mark, so the next open reads it in full.
    std::mem::forget(store);
    assert!(!mark.exists());
}

#[test]
fn a_backup_of_a_store_damaged_under_it_is_deleted_not_kept() {
    let dir = tempfile::tempdir().unwrap();
    let db = real_database(dir.path());
    let store = Store::open(&paths(dir.path()), Access::Exclusive).unwrap();
    // Damage a table page on disk after the open found the file sound.
    let (_, head, _) = pages(&db)
        .into_iter()
        .find(|p| p.2 == Kind::LeafTable && p.0 > 1)
        .unwrap();
    let mut bad = db.clone();
    bad[head] ^= 0x20;
    std::fs::write(dir.path().join("rehearse.db"), &bad).unwrap();
    let backups = dir.path().join("backups");
    match store.backup_at(&backups, T0) {
        Err(StoreError::BackupUnsound(p, _)) => assert!(!p.exists(), "{} kept", p.display()),
        other => panic!("a damaged backup was not refused: {other:?}"),
    }
    assert_eq!(std::fs::read_dir(&backups).unwrap().count(), 0);
}
