//! Loading banks (issue 15): the bundled banks decoded from their build-time
//! encoding against parsing their YAML, and custom banks (1k, 10k, 50k
//! questions in files of 100) cold (no cache: parsed, and the cache
//! written) and warm (from the cache) against the floor of reading and
//! hashing the same files. Results and the command are in BENCHMARKS.md:
//! `cargo bench --bench banks_load -- --measurement-time 2 --warm-up-time 1`.

mod common;

use std::hint::black_box;
use std::path::Path;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use rehearse::bank::{Library, bank_files, bundled_files, cache};

fn bundled(c: &mut Criterion) {
    let mut g = c.benchmark_group("bundled banks");
    g.bench_function("floor: copy their YAML bytes", |b| {
        b.iter(|| {
            let copies: Vec<Vec<u8>> = bundled_files().iter().map(|f| f.1.to_vec()).collect();
            black_box(copies)
        })
    });
    g.bench_function("before: parse and validate the YAML", |b| {
        b.iter(|| {
            let mut lib = Library::default();
            lib.add_bundled_yaml();
            black_box(lib)
        })
    });
    g.bench_function("now, at start: Library::load (left encoded)", |b| {
        b.iter(|| black_box(Library::load(None, &[])))
    });
    g.bench_function(
        "now, first screen that needs them: decode (Library::banks)",
        |b| {
            b.iter(|| {
                let lib = Library::load(None, &[]);
                black_box(lib.banks().len());
                black_box(lib)
            })
        },
    );
    g.finish();
}

/// Reads and hashes every bank file: what a warm load cannot skip.
fn read_and_hash(banks: &Path) -> u64 {
    bank_files(banks)
        .unwrap()
        .iter()
        .map(|f| xxhash_rust::xxh3::xxh3_64(&std::fs::read(f).unwrap()))
        .fold(0, |a, h| a ^ h)
}

fn custom(c: &mut Criterion) {
    for questions in [1_000, 10_000, 50_000] {
        let fixture = common::fixture(common::Scale {
            questions,
            attempts: 0,
        });
        let banks = fixture.banks().unwrap();
        let data = tempfile::tempdir().unwrap();
        let mut g = c.benchmark_group(format!("custom banks, {questions} questions"));
        if questions > 1_000 {
            g.sample_size(10);
        }
        g.bench_function("floor: read and hash the files", |b| {
            b.iter(|| black_box(read_and_hash(&banks)))
        });
        g.bench_function("before: parse every file (Library::load)", |b| {
            b.iter(|| black_box(Library::load(Some(&banks), &[])))
        });
        g.bench_function("cold: no cache, parse and write it", |b| {
            b.iter_batched(
                || {
                    let _ = std::fs::remove_file(cache::cache_file(data.path()));
                },
                |()| black_box(Library::load_cached(Some(&banks), &[], Some(data.path()))),
                BatchSize::PerIteration,
            )
        });
        let warm = Library::load_cached(Some(&banks), &[], Some(data.path()));
        assert!(warm.problems.is_empty());
        g.bench_function("warm: from the cache", |b| {
            b.iter(|| black_box(Library::load_cached(Some(&banks), &[], Some(data.path()))))
        });
        g.finish();
    }
}

criterion_group!(benches, bundled, custom);
criterion_main!(benches);
