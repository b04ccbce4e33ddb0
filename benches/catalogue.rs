//! The interface's catalogue at start (issue 15): the whole bundle built
//! from every file (what the first `t!` cost before) against a fresh
//! catalogue parsing, a message at a time, what the home screen shows (its
//! `home-*` messages and its footer's keys, more than its first frame
//! draws), and against the index alone (`Catalogue::new`). Results and the
//! command are in BENCHMARKS.md:
//! `cargo bench --bench catalogue -- --measurement-time 2 --warm-up-time 1`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use rehearse::i18n::{Args, Catalogue, Lang, arg, build};

/// The home screen's footer.
const FOOTER: [&str; 4] = ["key-role", "key-choose", "key-help", "key-quit"];

/// The values the home screen's messages take, all given to each.
fn home_args() -> Args<'static> {
    let mut args = Args::new();
    for (name, n) in [("n", 3), ("files", 2), ("banks", 2)] {
        args.set(name, arg(n));
    }
    for (name, text) in [
        ("date", "2025-03-14"),
        ("when", "2025-03-14 09:30"),
        ("mode", "practice"),
        ("text", "a notice"),
    ] {
        args.set(name, arg(text));
    }
    args
}

fn catalogue(c: &mut Criterion) {
    let args = home_args();
    for lang in Lang::ALL {
        let home: Vec<&str> = Catalogue::new(lang)
            .ids()
            .filter(|id| id.starts_with("home-"))
            .chain(FOOTER)
            .collect();
        let mut g = c.benchmark_group(format!("catalogue, {}", lang.code()));
        g.bench_function("before: the whole bundle (build)", |b| {
            b.iter(|| black_box(build(lang).0))
        });
        g.bench_function("now: the index alone (Catalogue::new)", |b| {
            b.iter(|| black_box(Catalogue::new(lang)))
        });
        g.bench_function(
            format!(
                "now: a fresh catalogue, the home screen's {} messages",
                home.len()
            ),
            |b| {
                b.iter(|| {
                    let catalogue = Catalogue::new(lang);
                    for id in &home {
                        black_box(catalogue.format(id, Some(&args)));
                    }
                    catalogue
                })
            },
        );
        g.finish();
    }
}

criterion_group!(benches, catalogue);
criterion_main!(benches);
