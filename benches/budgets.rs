//! The app's performance budgets, measured; the budgets, the results and the
//! command are in BENCHMARKS.md: `cargo bench --bench budgets`.

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use rehearse::bank::Library;
use rehearse::model::{Attempt, Card, Instant, QuestionKey, Span};
use rehearse::paths::Paths;
use rehearse::schedule::{DAY, Scheduler, review_queue};
use rehearse::session::Filter;
use rehearse::settings::Settings;
use rehearse::store::{Access, Store, new_id};
use rehearse::tui::app::App;
use rehearse::tui::view;

const NOW: Instant = Instant::from_ms(1_795_000_000_000);

fn paths(dir: &Path) -> Paths {
    Paths {
        data_dir: dir.to_path_buf(),
        banks_dir: None,
    }
}

/// Start-up as the binary does it: load banks (through the bank cache in
/// the data folder), open the store, add your story, build the home
/// screen, draw the first frame. Run once before it is timed, so the
/// cache is warm as on every start after the first.
fn first_frame(user_banks: Option<&Path>, data: &Path) {
    let mut lib = Library::load_cached(user_banks, &[], Some(data));
    let store = Store::open(&paths(data), Access::Exclusive).unwrap();
    lib.add_stored_story(&store);
    let settings = Settings::load(&store).unwrap();
    let mut app = App::new(
        lib,
        store,
        paths(data),
        settings,
        Scheduler::default_params(),
        NOW,
    );
    let mut t = Terminal::new(TestBackend::new(120, 40)).unwrap();
    t.draw(|f| view::draw(f, &mut app, NOW)).unwrap();
    black_box(&t);
}

/// 100 bank files of 100 questions, and a store with 100,000 attempts.
fn big_fixture() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let banks = dir.path().join("banks");
    std::fs::create_dir_all(&banks).unwrap();
    for b in 0..100 {
        let mut y = format!(
            "id: bench-{b}\ntitle: Bench {b}\nrole: role-{}\nlanguage: ko\nquestions:\n",
            b % 9
        );
        for q in 0..100 {
            y.push_str(&format!(
                "  - id: q{q}\n    prompt: 캐시 무효화 전략 {b}-{q}번에 대해 설명해 주세요?\n    tags: [cache, db]\n    key_points:\n      - text: TTL\n        match: [TTL, 만료]\n      - text: 무효화\n        match: [무효화, delete]\n    follow_ups:\n      - 왜 그렇게 하셨나요?\n"
            ));
        }
        std::fs::write(banks.join(format!("b{b}.yaml")), y).unwrap();
    }
    let data = dir.path().join("data");
    let mut store = Store::open(&paths(&data), Access::Exclusive).unwrap();
    let s = Scheduler::default_params();
    store.bulk(|st| {
        for i in 0..100_000i64 {
            let (b, q) = (i % 100, (i / 100) % 100);
            let a = Attempt {
                id: format!("{i:016x}"),
                bank_id: format!("bench-{b}"),
                question_id: format!("q{q}"),
                role: format!("role-{}", b % 9),
                prompt: "캐시 무효화 전략".into(),
                started_at: NOW - Span::from_mins(i),
                submitted_at: NOW - Span::from_mins(i) + Span::from_secs(90),
                duration_ms: Span::from_secs(90),
                text: "제가 TTL을 5분으로 두고 쓰기 때 캐시를 무효화했습니다. ".repeat(4),
                rating: Some(3),
                mode: "practice".into(),
                time_limit_s: 120,
                session_id: None,
            };
            st.insert_attempt(&a).unwrap();
            if i < 10_000 {
                let key = QuestionKey::new(&a.bank_id, &a.question_id);
                let (c, log) = s
                    .rate(
                        None,
                        &key,
                        &a.role,
                        &a.prompt,
                        rehearse::schedule::Rating::Good,
                        a.submitted_at,
                    )
                    .unwrap();
                st.record_card(&c, &log).unwrap();
            }
        }
    });
    drop(store);
    dir
}

fn budgets(c: &mut Criterion) {
    let empty = tempfile::tempdir().unwrap();
    let none = empty.path().join("no-banks");
    first_frame(Some(&none), empty.path());
    c.bench_function("start to first frame, bundled banks, empty store", |b| {
        b.iter(|| first_frame(Some(&none), empty.path()))
    });

    let big = big_fixture();
    first_frame(Some(&big.path().join("banks")), &big.path().join("data"));
    c.bench_function(
        "start to first frame, 10k questions in 100 files, 100k attempts",
        |b| b.iter(|| first_frame(Some(&big.path().join("banks")), &big.path().join("data"))),
    );

    // One frame of the answer screen with a 5,000-character Korean draft.
    let data = tempfile::tempdir().unwrap();
    let store = Store::open(&paths(data.path()), Access::Exclusive).unwrap();
    let mut app = App::new(
        Library::load(None, &[]),
        store,
        paths(data.path()),
        Settings::default(),
        Scheduler::default_params(),
        NOW,
    );
    app.start_practice(
        &Filter {
            banks: vec!["backend-ko".into()],
            ..Default::default()
        },
        1,
        NOW,
    );
    let draft: String = "제가 직접 Redis 캐시를 도입해 응답 시간을 40% 줄였습니다. "
        .chars()
        .cycle()
        .take(5000)
        .collect();
    app.on_paste(&draft, NOW);
    app.on_key(KeyEvent::new(KeyCode::Char('다'), KeyModifiers::NONE), NOW);
    let mut term = Terminal::new(TestBackend::new(120, 40)).unwrap();
    c.bench_function(
        "one answer-screen frame, 120x40, 5,000-char Korean draft",
        |b| {
            b.iter(|| {
                term.draw(|f| view::draw(f, &mut app, NOW + Span::from_secs(1)))
                    .unwrap();
            })
        },
    );

    // The review queue over 100,000 cards.
    let s = Scheduler::default_params();
    let cards: Vec<Card> = (0..100_000i64)
        .map(|i| Card {
            bank_id: format!("b{}", i % 100),
            question_id: format!("q{i}"),
            role: "backend".into(),
            prompt: String::new(),
            state: "review".into(),
            due: NOW - (i % 30) * DAY + (i % 2) * 40 * DAY,
            stability: 1.0 + (i % 50) as f64,
            difficulty: 1.0 + (i % 9) as f64,
            reps: 3,
            lapses: 0,
            last_review: NOW - (i % 60) * DAY,
        })
        .collect();
    let news: Vec<QuestionKey> = (0..1000)
        .map(|i| QuestionKey::new("n", format!("{i}")))
        .collect();
    c.bench_function("review queue over 100,000 cards", |b| {
        b.iter(|| black_box(review_queue(&s, &cards, &news, 10, NOW)))
    });

    // Saving a submitted attempt durably (WAL, synchronous=FULL, on disk).
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&paths(dir.path()), Access::Exclusive).unwrap();
    let text = "제가 TTL을 5분으로 두었습니다 ".repeat(30);
    c.bench_function("save a submitted attempt durably", |b| {
        b.iter(|| {
            let a = Attempt {
                id: new_id(),
                bank_id: "b".into(),
                question_id: "q".into(),
                role: "backend".into(),
                prompt: "p".into(),
                started_at: NOW,
                submitted_at: NOW + Span::from_ms(1),
                duration_ms: Span::from_ms(1),
                text: text.clone(),
                rating: None,
                mode: "practice".into(),
                time_limit_s: 120,
                session_id: None,
            };
            store.insert_attempt(&a).unwrap()
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(4)).warm_up_time(std::time::Duration::from_secs(1));
    targets = budgets
}
criterion_main!(benches);
