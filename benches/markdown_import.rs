//! `bank::markdown::read` on 10,000 questions sharing their first words,
//! against pulldown-cmark parsing the same text (the floor).

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

fn document() -> String {
    let mut md = String::from("# Generated\n\n## Questions\n\n");
    for n in 0..10_000 {
        md.push_str(&format!(
            "- What is the difference between process and thread number {n}?\n  - a note\n"
        ));
    }
    md
}

fn bench(c: &mut Criterion) {
    let md = document();
    assert_eq!(rehearse::bank::markdown::read(&md).taken.len(), 10_000);
    c.bench_function("pulldown_cmark_parse_10k", |b| {
        b.iter(|| pulldown_cmark::Parser::new(black_box(&md)).count())
    });
    c.bench_function("markdown_read_10k", |b| {
        b.iter(|| rehearse::bank::markdown::read(black_box(&md)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
