//! The streamed export and import (issue 15) against the in-memory ones
//! they replaced, measured in the same run on the shared fixture (10,000
//! attempts): the export written question by question against the whole
//! document built and then written, and the import read twice through a
//! buffered file against the whole file read, parsed and imported. Memory,
//! the point of streaming, is measured on the binary (BENCHMARKS.md).
//! `cargo bench --bench export_import`.

mod common;

use std::io::Write;

use criterion::{Criterion, criterion_group, criterion_main};
use rehearse::store::{self, Access, Store};

fn export_import(c: &mut Criterion) {
    let f = common::fixture(common::Scale {
        questions: 0,
        attempts: 10_000,
    });
    let store = Store::open(&f.paths(), Access::ReadOnly).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("export.json");
    let mut g = c.benchmark_group("export, 10k attempts");
    g.sample_size(10);
    g.bench_function(
        "in memory (the floor: the document built, then written)",
        |b| {
            b.iter(|| {
                let body =
                    rehearse::text::json_pretty(&store.export(None).unwrap()).unwrap() + "\n";
                std::fs::write(&file, body).unwrap();
            })
        },
    );
    g.bench_function("streamed", |b| {
        b.iter(|| {
            let mut out = std::io::BufWriter::new(std::fs::File::create(&file).unwrap());
            store.export_to(None, &mut out).unwrap();
            out.flush().unwrap();
        })
    });
    g.finish();

    let shown = file.display().to_string();
    let fresh = || {
        let d = tempfile::tempdir().unwrap();
        let s = Store::open(&common::paths(d.path()), Access::Exclusive).unwrap();
        (d, s)
    };
    let mut g = c.benchmark_group("import into an empty store, 10k attempts");
    g.sample_size(10);
    g.bench_function(
        "in memory (the floor: the file read and parsed whole)",
        |b| {
            b.iter_with_setup(fresh, |(_d, mut s)| {
                let doc = store::read_export(&std::fs::read(&file).unwrap(), &shown).unwrap();
                s.import(&doc, &shown).unwrap();
            })
        },
    );
    g.bench_function("streamed (checked, then written)", |b| {
        b.iter_with_setup(fresh, |(_d, mut s)| {
            let open = || std::fs::File::open(&file);
            let scan = store::scan_export(open, &shown).unwrap();
            s.import_stream(scan, open, &shown, &mut |_| {}).unwrap();
        })
    });
    g.finish();
}

criterion_group!(benches, export_import);
criterion_main!(benches);
