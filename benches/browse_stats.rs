//! Browse and Stats at scale (issue 15): from the effect that opens the
//! screen to its first frame drawn at 120x40, on the shared fixtures
//! (10,000 questions in 100 generated bank files; 1k to 300k attempts),
//! beside the floor measured in the same run: a bare `SELECT count(*)` and
//! a 30-row ratatui list drawn on the same backend. Figures and the command
//! are in BENCHMARKS.md ("Browse and Stats at scale").
//!
//! `cargo bench --bench browse_stats -- --measurement-time 2 --warm-up-time 1`
//! (`REHEARSE_BENCH_SCALES=1000,10000` to run fewer scales).

mod common;

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::widgets::{Block, Borders, List, ListItem, ListState};
use rehearse::bank::Library;
use rehearse::schedule::Scheduler;
use rehearse::settings::Settings;
use rehearse::store::{Access, Store};
use rehearse::tui::app::{App, Screen};
use rehearse::tui::view;

use common::{NOW, Scale};

const QUESTIONS: usize = 10_000;

fn scales() -> Vec<usize> {
    std::env::var("REHEARSE_BENCH_SCALES")
        .ok()
        .map(|s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![1_000, 10_000, 100_000, 300_000])
}

fn app_on(f: &common::Fixture) -> App {
    let lib = Library::load(f.banks().as_deref(), &[]);
    let store = Store::open(&f.paths(), Access::Exclusive).unwrap();
    let settings = Settings::load(&store).unwrap();
    App::new(
        lib,
        store,
        f.paths(),
        settings,
        Scheduler::default_params(),
        NOW,
    )
}

fn draw(term: &mut Terminal<TestBackend>, app: &mut App) {
    term.draw(|f| view::draw(f, app, NOW)).unwrap();
    black_box(term.backend());
}

fn browse_stats(c: &mut Criterion) {
    let mut group = c.benchmark_group("browse_stats");
    group.sample_size(20);
    for attempts in scales() {
        let f = common::fixture(Scale {
            questions: QUESTIONS,
            attempts,
        });
        let mut app = app_on(&f);
        let mut term = Terminal::new(TestBackend::new(120, 40)).unwrap();

        group.bench_function(BenchmarkId::new("floor: count(*) + 30-row list", attempts), |b| {
            b.iter(|| {
                let n = app.store.attempt_count().unwrap();
                let items: Vec<ListItem> = (0..30)
                    .map(|i| ListItem::new(format!("2026-11-{:02}  Good   {n:>3}  role-{i}  캐시 무효화 전략 {i}번에 대해 설명해 주세요.", 1 + i % 28)))
                    .collect();
                let mut state = ListState::default().with_selected(Some(0));
                term.draw(|fr| {
                    fr.render_stateful_widget(
                        List::new(items).block(Block::default().borders(Borders::ALL)),
                        fr.area(),
                        &mut state,
                    )
                })
                .unwrap();
                black_box(term.backend());
            })
        });
        group.bench_function(
            BenchmarkId::new("open Browse to first frame", attempts),
            |b| {
                b.iter(|| {
                    app.screen = Screen::Home { selected: 0 };
                    app.open_browse();
                    draw(&mut term, &mut app);
                })
            },
        );
        // Typing a search over every answered question's latest answer.
        app.screen = Screen::Home { selected: 0 };
        app.open_browse();
        group.bench_function(
            BenchmarkId::new("Browse: '/' and type 'ttl 5'", attempts),
            |b| {
                b.iter(|| {
                    app.screen = Screen::Home { selected: 0 };
                    app.open_browse();
                    for c in "/ttl 5".chars() {
                        app.on_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE), NOW);
                        draw(&mut term, &mut app);
                    }
                })
            },
        );
        group.bench_function(
            BenchmarkId::new("open Stats to first frame", attempts),
            |b| {
                b.iter(|| {
                    app.screen = Screen::Home { selected: 0 };
                    app.open_stats(NOW);
                    draw(&mut term, &mut app);
                })
            },
        );
    }
    group.finish();
}

criterion_group!(benches, browse_stats);
criterion_main!(benches);
