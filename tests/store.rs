//! The store: migrations, the lock, corruption, and the export round trip.

use rehearse::model::{Attempt, Instant, QuestionKey, Span};
use rehearse::paths::Paths;
use rehearse::schedule::{Rating, Scheduler};
use rehearse::store::{Access, Store, StoreError};

fn paths(dir: &std::path::Path) -> Paths {
    Paths {
        data_dir: dir.to_path_buf(),
        banks_dir: None,
    }
}

const T0: Instant = Instant::from_ms(1_790_000_000_000);

fn attempt(id: &str, q: &str, text: &str, at: Instant) -> Attempt {
    Attempt {
        id: id.into(),
        bank_id: "backend-ko".into(),
        question_id: q.into(),
        role: "backend".into(),
        prompt: "멱등성에 대해 설명해 주세요.".into(),
        started_at: at,
        submitted_at: at + Span::from_secs(95),
        duration_ms: Span::from_secs(95),
        text: text.into(),
        rating: None,
        mode: "practice".into(),
        time_limit_s: 120,
        session_id: Some("s1".into()),
    }
}

#[test]
fn migrates_an_empty_folder_with_wal_and_full_sync() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&paths(dir.path()), Access::Exclusive).unwrap();
    assert_eq!(store.schema_version().unwrap(), 5);
    assert!(dir.path().join("rehearse.db").exists());
    assert!(dir.path().join("rehearse.lock").exists());
    drop(store);
    // Reopening runs no migration twice and keeps the version.
    let store = Store::open(&paths(dir.path()), Access::Exclusive).unwrap();
    assert_eq!(store.schema_version().unwrap(), 5);
    assert_eq!(store.attempt_count().unwrap(), 0);
}

#[test]
fn a_second_writer_is_refused_but_readers_work() {
    let dir = tempfile::tempdir().unwrap();
    let first = Store::open(&paths(dir.path()), Access::Exclusive).unwrap();
    first
        .insert_attempt(&attempt("a1", "q1", "hello", T0))
        .unwrap();
    match Store::open(&paths(dir.path()), Access::Exclusive) {
        Err(StoreError::Busy(d)) => assert_eq!(d, dir.path()),
        Err(e) => panic!("wrong error: {e}"),
        Ok(_) => panic!("second instance was let in"),
    }
    let reader = Store::open(&paths(dir.path()), Access::ReadOnly).unwrap();
    assert_eq!(reader.attempt_count().unwrap(), 1);
    drop(first);
    assert!(Store::open(&paths(dir.path()), Access::Exclusive).is_ok());
}

#[test]
fn a_corrupt_database_is_reported_and_left_untouched() {
    for (name, bytes) in [
        (
            "garbage",
            b"this is not a database at all, just text".to_vec(),
        ),
        ("truncated sqlite", {
            let mut b = b"SQLite format 3\0".to_vec();
            b.extend_from_slice(&[0xAB; 300]);
            b
        }),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("rehearse.db");
        std::fs::write(&db, &bytes).unwrap();
        for access in [Access::Exclusive, Access::ReadOnly] {
            let err = match Store::open(&paths(dir.path()), access) {
                Err(e) => e,
                Ok(_) => panic!("{name}: opened a corrupt database"),
            };
            assert!(matches!(err, StoreError::Corrupt(..)), "{name}: {err}");
            let msg = err.to_string();
            assert!(msg.contains(&db.display().to_string()), "{msg}");
            assert!(msg.contains("rehearse restore"), "{msg}");
        }
        assert_eq!(std::fs::read(&db).unwrap(), bytes, "{name}: file changed");
        assert!(!dir.path().join("rehearse.db-wal").exists());
    }
}

fn populated() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&paths(dir.path()), Access::Exclusive).unwrap();
    let s = Scheduler::default_params();
    let texts = [
        "제가 재시도 로직에 idempotency key를 넣었습니다.\n두 번째 줄 — 200ms",
        "We used \"quotes\" and a tab\there",
    ];
    for (i, text) in texts.iter().enumerate() {
        let at = T0 + Span::from_days(i as i64 * 3);
        let a = attempt(&format!("a{i}"), "http-idempotency", text, at);
        store.insert_attempt(&a).unwrap();
        let key = QuestionKey::new("backend-ko", "http-idempotency");
        let card = store.card(&key).unwrap();
        let (c, mut log) = s
            .rate(
                card.as_ref(),
                &key,
                "backend",
                &a.prompt,
                Rating::Good,
                a.submitted_at,
            )
            .unwrap();
        log.attempt_id = Some(a.id.clone());
        store.record_rating(Some(&a.id), &c, &log).unwrap();
    }
    let unrated = attempt(
        "z9",
        "cache-stampede",
        "unrated answer",
        T0 + Span::from_ms(10),
    );
    store.insert_attempt(&unrated).unwrap();
    store
        .set_talking_points(
            &QuestionKey::new("backend-ko", "http-idempotency"),
            "8 EC2 instances\nRedshift 비용 알람",
            T0,
        )
        .unwrap();
    store.set_setting("desired_retention", "0.9").unwrap();
    store
        .set_story_yaml(
            "projects:\n  - id: crawler\n    name: 가격 크롤러\n    did:\n      - EC2 8대로 분산 # 6 h → 1.5 h\n",
            T0 + Span::from_days(2),
        )
        .unwrap();
    (dir, store)
}

#[test]
fn export_then_import_into_an_empty_folder_gives_the_same_export() {
    let (_dir, store) = populated();
    let doc = store.export(None).unwrap();
    let first = serde_json::to_string_pretty(&doc).unwrap();
    assert_eq!(doc.questions.len(), 2);
    let q = doc
        .questions
        .iter()
        .find(|q| q.question_id == "http-idempotency")
        .unwrap();
    assert_eq!(q.attempts.len(), 2);
    assert_eq!(q.attempts[0].rating, Some(3));
    assert_eq!(q.review_log.len(), 2);
    assert_eq!(q.schedule.as_ref().unwrap().reps, 2);
    assert!(q.attempts[0].text.contains("제가 재시도"));
    let story = doc.story.as_ref().unwrap();
    assert!(
        story.yaml.contains("EC2 8대로 분산 # 6 h"),
        "as written, comments and all"
    );

    let dir2 = tempfile::tempdir().unwrap();
    let mut fresh = Store::open(&paths(dir2.path()), Access::Exclusive).unwrap();
    let sum = fresh.import(&doc, "export.json").unwrap();
    assert_eq!(sum.attempts_added, 3);
    assert_eq!(sum.story, Some(rehearse::store::StoryMerge::Taken));
    let second = serde_json::to_string_pretty(&fresh.export(None).unwrap()).unwrap();
    assert_eq!(first, second);

    // Importing again adds nothing and changes nothing.
    let again = fresh.import(&doc, "export.json").unwrap();
    assert_eq!(
        (
            again.attempts_added,
            again.attempts_present,
            again.reviews_added
        ),
        (0, 3, 0)
    );
    assert_eq!(
        serde_json::to_string_pretty(&fresh.export(None).unwrap()).unwrap(),
        first
    );
}

#[test]
fn import_rejects_a_bad_document_without_writing() {
    let (_dir, store) = populated();
    let mut doc = store.export(None).unwrap();
    doc.questions[0].attempts[0].rating = Some(7);
    let dir2 = tempfile::tempdir().unwrap();
    let mut fresh = Store::open(&paths(dir2.path()), Access::Exclusive).unwrap();
    let err = fresh.import(&doc, "x.json").unwrap_err().to_string();
    assert!(err.starts_with("x.json: questions[0]"), "{err}");
    assert!(err.contains("rating must be 1 to 4"), "{err}");
    assert_eq!(fresh.attempt_count().unwrap(), 0);
}

#[test]
fn drafts_settings_and_backups() {
    let (dir, store) = populated();
    let d = rehearse::model::Draft {
        bank_id: "b".into(),
        question_id: "q".into(),
        role: "backend".into(),
        prompt: "p".into(),
        text: "반쯤 쓴 답".into(),
        started_at: T0,
        updated_at: T0 + Span::from_secs(2),
        elapsed_ms: Span::from_secs(2),
        mode: "practice".into(),
        time_limit_s: 90,
        session_id: Some("s1".into()),
    };
    store.save_draft(&d).unwrap();
    assert_eq!(store.draft().unwrap().unwrap(), d);
    store.clear_draft().unwrap();
    assert!(store.draft().unwrap().is_none());

    let backups = dir.path().join("backups");
    let b1 = store.auto_backup_at(&backups, T0).unwrap();
    assert!(b1.is_some());
    assert!(
        store
            .auto_backup_at(&backups, T0 + Span::from_secs(1))
            .unwrap()
            .is_none(),
        "one a day"
    );
    let restored_from = b1.unwrap();
    let check = rusqlite::Connection::open(&restored_from).unwrap();
    let n: i64 = check
        .query_row("SELECT count(*) FROM attempts", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 3);
}
