//! Hostile banks under 1 MiB against the floor of parsing a normal one:
//! every bank is accepted or refused well under a second. Results and the
//! command are in BENCHMARKS.md:
//! `cargo bench --bench bank_bombs -- --measurement-time 2 --warm-up-time 1`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use rehearse::bank::{Origin, bundled_files, parse_bank_all};

const HEAD: &str = "role: backend\nquestions:\n  - id: a\n    prompt: One?\n";

fn alias_bomb(size: usize, n: usize) -> String {
    format!(
        "role: backend\ndefaults:\n  tags: [&a {}]\nquestions:\n  - id: a\n    prompt: One?\n    tags: [{}]\n",
        "x".repeat(size),
        vec!["*a"; n].join(",")
    )
}

/// A normal bank of about `bytes`: questions with tags, key points and follow-ups.
fn normal_bank(bytes: usize) -> String {
    let mut y = String::from("id: big\nrole: backend\nlanguage: en\nquestions:\n");
    let mut q = 0;
    while y.len() < bytes {
        y.push_str(&format!(
            "  - id: q{q}\n    prompt: How would you design cache invalidation for service {q}?\n    tags: [cache, db]\n    key_points:\n      - text: TTL and explicit deletes\n        match: [ttl, expire, delete]\n      - Write-through or write-behind\n    follow_ups:\n      - What happens on a thundering herd?\n"
        ));
        q += 1;
    }
    y
}

fn parse(name: &str, src: &str) -> bool {
    black_box(parse_bank_all(
        name,
        "b",
        src.as_bytes(),
        Origin::Bundled(name.into()),
    ))
    .is_ok()
}

fn banks(c: &mut Criterion) {
    let (bundled_name, bundled) = bundled_files()
        .into_iter()
        .max_by_key(|(_, b)| b.len())
        .expect("bundled banks");
    let bundled = std::str::from_utf8(bundled)
        .expect("UTF-8 bank")
        .to_string();
    let flow = |n: usize| format!("{HEAD}    tags: {}{}\n", "[".repeat(n), "]".repeat(n));
    let cases: Vec<(&str, String, bool)> = vec![
        ("floor: largest bundled bank", bundled, true),
        ("floor: normal bank, 950 KB", normal_bank(950_000), true),
        ("flow [[[ 200,000 deep (400 KB)", flow(200_000), false),
        (
            "block `- - -` 200,000 deep (400 KB)",
            format!("{HEAD}    tags:\n      {}x\n", "- ".repeat(200_000)),
            false,
        ),
        (
            "flow {a: 100,000 deep (500 KB)",
            format!(
                "{HEAD}    notes: {}1{}\n",
                "{a: ".repeat(100_000),
                "}".repeat(100_000)
            ),
            false,
        ),
        (
            "500 KB anchor × 150,000 aliases (950 KB)",
            alias_bomb(500_000, 150_000),
            false,
        ),
        (
            "100 KB anchor × 9,000 aliases (130 KB)",
            alias_bomb(100_000, 9_000),
            false,
        ),
    ];
    let mut g = c.benchmark_group("bank parse");
    for (name, src, ok) in &cases {
        assert!(src.len() < 1024 * 1024, "{name}");
        assert_eq!(parse(name, src), *ok, "{name} of {bundled_name}");
        g.bench_function(*name, |b| b.iter(|| parse(name, src)));
    }
    g.finish();
}

criterion_group!(benches, banks);
criterion_main!(benches);
