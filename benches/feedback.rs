//! The feedback on a submitted answer (it runs once per submit, not per
//! keystroke): `cargo bench --bench feedback`; results in BENCHMARKS.md.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use rehearse::bank::{Kind, Library};
use rehearse::feedback::{Point, Rates, analyze_for, text_stats};

/// About 5,000 characters of a mixed Korean and English story answer.
fn answer() -> String {
    let one = "인턴 때 정산 배치를 제가 맡았습니다. Airflow로 작업을 나눠서 6시간 걸리던 작업이 \
               1시간 반으로 줄었고,Redis를 40% 더 적게 썼습니다. I didn't look at the cost, \
               but I rewrote the retries and p95 went from 900ms to 120 ms. ";
    let mut text = String::new();
    while text.chars().count() < 5_000 {
        text.push_str(one);
    }
    text
}

fn feedback(c: &mut Criterion) {
    let lib = Library::load(None, &[]);
    let q = lib
        .question("project-experience-ko", "cloud-cost")
        .map(|(_, q)| q.clone())
        .expect("a bundled question");
    let points: Vec<Point> = q.key_points.iter().map(Point::from).collect();
    let text = answer();
    let rates = Rates::default();
    c.bench_function("feedback on a 5,000-char answer (analyze_for)", |b| {
        b.iter(|| analyze_for(black_box(&text), &points, Kind::Experience, &rates))
    });
    c.bench_function("text_stats on a 5,000-char answer (per keystroke)", |b| {
        b.iter(|| text_stats(black_box(&text), &rates))
    });
}

criterion_group!(benches, feedback);
criterion_main!(benches);
