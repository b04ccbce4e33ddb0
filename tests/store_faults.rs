//! The store under real filesystem faults: an immutable `-shm` mid-session
//! (SIGBUS before), a full disk, a read-only mount. Each runs in its own
//! mount namespace (tests/common).

mod common;

use common::{T0, attempt, paths};
use rehearse::model::{Draft, Span};
use rehearse::store::{Access, Store, StoreError, check_backup};

fn draft(text: &str) -> Draft {
    Draft {
        bank_id: "b".into(),
        question_id: "q".into(),
        role: "backend".into(),
        prompt: "p".into(),
        text: text.into(),
        started_at: T0,
        updated_at: T0 + Span::from_secs(2),
        elapsed_ms: Span::from_secs(2),
        mode: "practice".into(),
        time_limit_s: 90,
        session_id: None,
    }
}

#[test]
fn an_immutable_shm_makes_the_next_save_fail_not_kill_the_process() {
    if !common::in_private_mounts("an_immutable_shm_makes_the_next_save_fail_not_kill_the_process")
    {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    common::mount_ext4(&data, &tmp.path().join("ext4.img"), 16);
    let store = Store::open(&paths(&data), Access::Exclusive).unwrap();
    for i in 0..5 {
        store.save_draft(&draft(&format!("typing {i}"))).unwrap();
    }
    // Written back, so the next write into the mapping faults into the fs.
    rustix_sync();
    let shm = data.join("rehearse.db-shm");
    common::chattr("+i", &shm);
    let err = store
        .save_draft(&draft("the next two seconds"))
        .unwrap_err();
    common::chattr("-i", &shm);
    match &err {
        StoreError::Unwritable(p, _) => assert_eq!(p, &shm),
        e => panic!("wrong error: {e}"),
    }
    assert!(err.to_string().contains("rehearse.db-shm"), "{err}");
    // Still alive, and once the flag is gone saving works again.
    store.save_draft(&draft("kept")).unwrap();
    assert_eq!(store.draft().unwrap().unwrap().text, "kept");
}

fn rustix_sync() {
    let _ = std::process::Command::new("sync").status();
}

#[test]
fn a_full_disk_makes_writes_fail_and_leaves_the_database_sound() {
    if !common::in_private_mounts("a_full_disk_makes_writes_fail_and_leaves_the_database_sound") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let disk = tmp.path().join("disk");
    common::mount_tmpfs(&disk, 2048);
    let data = disk.join("data");
    let store = Store::open(&paths(&data), Access::Exclusive).unwrap();
    store
        .insert_attempt(&attempt(0, "before the disk filled"))
        .unwrap();
    let filler = common::fill_up(&disk);
    let big = "가".repeat(200_000);
    let failed_insert = store.insert_attempt(&attempt(1, &big));
    let failed_draft = store.save_draft(&draft(&big));
    assert!(
        failed_insert.is_err(),
        "an attempt was 'saved' on a full disk"
    );
    assert!(failed_draft.is_err(), "a draft was 'saved' on a full disk");
    std::fs::remove_file(filler).unwrap();
    drop(store);
    check_backup(&data.join("rehearse.db")).expect("the database is sound after a full disk");
    let store = Store::open(&paths(&data), Access::Exclusive).unwrap();
    assert_eq!(store.attempt_count().unwrap(), 1);
    store.insert_attempt(&attempt(2, "after")).unwrap();
}

#[test]
fn export_and_stats_json_work_on_a_read_only_mount() {
    if !common::in_private_mounts("export_and_stats_json_work_on_a_read_only_mount") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let store = Store::open(&paths(&data), Access::Exclusive).unwrap();
    store
        .insert_attempt(&attempt(0, "kept on a read-only disk"))
        .unwrap();
    drop(store);
    common::bind_read_only(&data);
    assert!(
        std::fs::write(data.join("probe"), b"x").is_err(),
        "the mount is not read-only"
    );
    let bin = assert_cmd::cargo::cargo_bin("rehearse");
    for args in [&["export", "--format", "json"][..], &["stats", "--json"]] {
        let out = std::process::Command::new(&bin)
            .arg("--data-dir")
            .arg(&data)
            .env("LC_ALL", "C.UTF-8")
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        if args[0] == "export" {
            assert_eq!(
                json["questions"][0]["attempts"][0]["text"],
                "kept on a read-only disk"
            );
        } else {
            assert_eq!(json["total_attempts"], 1);
        }
    }
}
