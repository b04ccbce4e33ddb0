//! Memory states after sequences of ratings and day gaps, checked against
//! tests/fsrs_reference.py: an FSRS-6 reference written from the published
//! algorithm, independently of the `fsrs` crate. The expected numbers below
//! are that script's output (`python3 tests/fsrs_reference.py`).

use rehearse::model::{Card, Instant, QuestionKey};
use rehearse::schedule::{DAY, Rating, Scheduler};

const T0: Instant = Instant::from_ms(1_780_000_000_000);

fn run(steps: &[(i64, u8)]) -> Vec<(f64, f64)> {
    let s = Scheduler::default_params();
    let key = QuestionKey::new("b", "q");
    let mut card: Option<Card> = None;
    let mut now = T0;
    let mut out = Vec::new();
    for &(days, r) in steps {
        now += days * DAY;
        let (c, _) = s
            .rate(
                card.as_ref(),
                &key,
                "backend",
                "p",
                Rating::from_u8(r).unwrap(),
                now,
            )
            .unwrap();
        out.push((c.stability, c.difficulty));
        card = Some(c);
    }
    out
}

fn check(name: &str, got: &[(f64, f64)], want: &[(f64, f64)]) {
    assert_eq!(got.len(), want.len());
    for (i, (g, w)) in got.iter().zip(want).enumerate() {
        let close = |a: f64, b: f64| (a - b).abs() <= 1e-3 * b.abs().max(1.0);
        assert!(
            close(g.0, w.0) && close(g.1, w.1),
            "{name} step {i}: got S={:.4} D={:.4}, want S={} D={}",
            g.0,
            g.1,
            w.0,
            w.1
        );
    }
}

#[test]
fn good_good_again_good() {
    check(
        "A",
        &run(&[(0, 3), (3, 3), (10, 1), (1, 3)]),
        &[
            (2.3065, 2.1181),
            (13.8269, 2.1112),
            (1.6661, 7.3922),
            (3.689, 7.3801),
        ],
    );
}

#[test]
fn hard_then_same_day_good_then_easy() {
    check(
        "B",
        &run(&[(0, 2), (0, 3), (5, 4)]),
        &[(1.2931, 5.1122), (1.3359, 5.1023), (18.1006, 3.4509)],
    );
}

#[test]
fn easy_good_good_hard_over_months() {
    check(
        "C",
        &run(&[(0, 4), (8, 3), (20, 3), (60, 2)]),
        &[
            (8.2956, 1.0),
            (38.9051, 1.0),
            (107.2901, 1.0),
            (209.8261, 4.0106),
        ],
    );
}
