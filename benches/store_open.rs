//! What checking the store for damage costs at open, at 100,000 attempts:
//! the open the app does (the file as a clean close left it), and the full
//! reads it does otherwise. `cargo bench --bench store_open`.

use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use rehearse::model::{Attempt, Instant, Span};
use rehearse::paths::Paths;
use rehearse::store::{Access, Store};

/// Attempts start a minute apart from here.
const T0: Instant = Instant::from_ms(1_790_000_000_000);

fn paths(dir: &Path) -> Paths {
    Paths {
        data_dir: dir.to_path_buf(),
        banks_dir: None,
    }
}

fn fixture() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&paths(dir.path()), Access::Exclusive).unwrap();
    store.bulk(|s| {
        for i in 0..100_000 {
            s.insert_attempt(&Attempt {
                id: format!("{i:016x}"),
                bank_id: format!("bench-{}", i % 100),
                question_id: format!("q{}", i % 100),
                role: "backend".into(),
                prompt: "캐시 무효화 전략에 대해 설명해 주세요?".into(),
                started_at: T0 + Span::from_mins(i as i64),
                submitted_at: T0 + Span::from_mins(i as i64) + Span::from_secs(90),
                duration_ms: Span::from_secs(90),
                text: "제가 TTL을 30초로 두고 쓰기 때 delete로 무효화했습니다. ".repeat(8),
                rating: Some(3),
                mode: "practice".into(),
                time_limit_s: 120,
                session_id: None,
            })
            .unwrap();
        }
    });
    drop(store);
    dir
}

fn open_checks(c: &mut Criterion) {
    let dir = fixture();
    let db = dir.path().join("rehearse.db");
    let mark = dir.path().join("rehearse.db-clean");
    let mut g = c.benchmark_group("store open, 100k attempts");
    g.sample_size(10);
    g.bench_function("open as left (header + page count)", |b| {
        b.iter(|| drop(Store::open(&paths(dir.path()), Access::Exclusive).unwrap()))
    });
    for pragma in ["quick_check", "integrity_check"] {
        g.bench_function(format!("PRAGMA {pragma}"), |b| {
            b.iter(|| {
                let conn = rusqlite::Connection::open_with_flags(
                    &db,
                    rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
                )
                .unwrap();
                let r: String = conn
                    .query_row(&format!("PRAGMA {pragma}"), [], |r| r.get(0))
                    .unwrap();
                assert_eq!(r, "ok");
            })
        });
    }
    g.bench_function("open not as left (full quick_check)", |b| {
        b.iter(|| {
            let _ = std::fs::remove_file(&mark);
            drop(Store::open(&paths(dir.path()), Access::Exclusive).unwrap())
        })
    });
    g.finish();
    println!(
        "database: {} MB",
        std::fs::metadata(&db).unwrap().len() / 1_000_000
    );
}

criterion_group!(benches, open_checks);
criterion_main!(benches);
