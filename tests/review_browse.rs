//! Review and browse through the app's update function, with time injected:
//! practise on day 0, review two days later with the previous version beside
//! the new one, browse the versions, edit talking points, delete a version.

mod common;

use common::banks::KO_BACKEND;
use common::tui::{NOW, ctrl, draw, key, type_str};
use crossterm::event::KeyCode;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use rehearse::model::{Instant, QuestionKey, Span};
use rehearse::schedule::DAY;
use rehearse::session::Filter;
use rehearse::tui::app::{App, Screen};

fn app() -> App {
    common::tui::app(KO_BACKEND)
}

fn screen(a: &mut App, now: Instant) -> Terminal<TestBackend> {
    draw(a, 80, 24, now)
}

fn answer_cache(a: &mut App, text: &str, now: Instant, rating: char) {
    type_str(a, text, now);
    ctrl(a, 's', now + Span::from_secs(60));
    key(a, KeyCode::Char(rating), now + Span::from_secs(61));
}

#[test]
fn practise_then_review_later_then_browse() {
    let mut a = app();
    a.start_practice(
        &Filter {
            tags: vec!["cache".into()],
            ..Default::default()
        },
        1,
        NOW,
    );
    answer_cache(&mut a, "TTL을 5분으로 두었습니다", NOW, '1');
    assert!(matches!(a.screen, Screen::Summary { .. }));
    let k = QuestionKey::new("fixture-ko", "cache");
    let first_due = a.store.card(&k).unwrap().unwrap().due;

    // Two days later the question is due, and comes first.
    let later = NOW + 2 * DAY;
    a.settings.new_limit = 0;
    a.start_review(&[], false, later);
    let Screen::Answer(ans) = &a.screen else {
        panic!("review did not open the question")
    };
    assert_eq!(ans.asked.key, k);
    type_str(
        &mut a,
        "제가 TTL을 5분으로 두고, 쓰기 때 캐시를 무효화했습니다",
        later,
    );
    ctrl(&mut a, 's', later + Span::from_secs(90));
    let Screen::Feedback(f) = &a.screen else {
        panic!("no feedback")
    };
    assert!(f.compare, "review opens on the side-by-side comparison");
    insta::assert_snapshot!(
        "review_compare_ko",
        screen(&mut a, later + Span::from_secs(90)).backend()
    );
    key(&mut a, KeyCode::Char('3'), later + Span::from_secs(91));
    let card = a.store.card(&k).unwrap().unwrap();
    assert_eq!(card.reps, 2);
    // Rated Again at first, it is still learning: Good takes it to the
    // 10-minute step, not yet days away.
    assert_eq!(
        first_due,
        NOW + Span::from_secs(61) + Span::from_secs(60),
        "Again: one minute"
    );
    assert_eq!(card.state, "learning");
    assert_eq!(card.due, later + Span::from_secs(91) + Span::from_mins(10));
    assert_eq!(a.store.reviews_for(&k).unwrap().len(), 2);

    // Stats: two answers on two days, one role, the card scheduled.
    let report =
        rehearse::stats::report(&a.store, &a.scheduler, later + Span::from_secs(92), 0).unwrap();
    assert_eq!(report.total_attempts, 2);
    assert_eq!(report.days.iter().filter(|d| d.count > 0).count(), 2);
    assert_eq!(report.roles.len(), 1);
    assert_eq!(report.roles[0].questions_answered, 1);
    assert_eq!(
        report.roles[0].readiness,
        Some(0.0),
        "rated Again and still in its learning steps: not ready"
    );
    assert_eq!(
        report.forecast.iter().map(|d| d.count).sum::<u64>(),
        u64::from(card.due < later + 14 * DAY)
    );
    a.open_stats(later + Span::from_secs(92));
    insta::assert_snapshot!(
        "stats",
        screen(&mut a, later + Span::from_secs(92)).backend()
    );

    // Browse: the question with two versions and a Korean word diff.
    a.open_browse();
    insta::assert_snapshot!(
        "browse_list",
        screen(&mut a, later + Span::from_secs(92)).backend()
    );
    key(&mut a, KeyCode::Char('/'), later);
    type_str(&mut a, "캐시무효화", later);
    key(&mut a, KeyCode::Enter, later);
    let Screen::Browse(b) = &a.screen else {
        panic!()
    };
    assert_eq!(b.visible().len(), 1);
    key(&mut a, KeyCode::Enter, later);
    insta::assert_snapshot!(
        "browse_detail",
        screen(&mut a, later + Span::from_secs(92)).backend()
    );

    // Talking points, saved and then used by the coverage check.
    key(&mut a, KeyCode::Char('e'), later);
    type_str(&mut a, "Redis 클러스터 3대", later);
    ctrl(&mut a, 's', later);
    assert_eq!(
        a.store.talking_points(&k).unwrap().as_deref(),
        Some("Redis 클러스터 3대")
    );

    // Deleting asks first; `n` keeps it, `y` deletes.
    key(&mut a, KeyCode::Char('x'), later);
    key(&mut a, KeyCode::Char('n'), later);
    assert_eq!(a.store.attempts_for(&k).unwrap().len(), 2);
    key(&mut a, KeyCode::Char('x'), later);
    key(&mut a, KeyCode::Char('y'), later);
    assert_eq!(a.store.attempts_for(&k).unwrap().len(), 1);
}

#[test]
fn review_introduces_new_questions_up_to_the_daily_limit() {
    let mut a = app();
    a.settings.new_limit = 2;
    a.start_review(&[], false, NOW);
    assert_eq!(a.session().unwrap().queue.len(), 2);
    for _ in 0..2 {
        type_str(&mut a, "답변", NOW);
        ctrl(&mut a, 's', NOW + Span::from_secs(1));
        key(&mut a, KeyCode::Char('4'), NOW + Span::from_secs(2));
    }
    assert!(
        matches!(a.screen, Screen::Summary { .. }),
        "two new questions, then the summary"
    );
    // Later the same day: both were started today, nothing is due yet.
    a.start_review(&[], false, NOW + Span::from_secs(60));
    assert!(matches!(a.screen, Screen::Home { .. }));
    assert!(
        a.flash
            .as_deref()
            .unwrap_or("")
            .contains("Nothing to review now"),
        "{:?}",
        a.flash
    );
}

#[test]
fn recall_mode_reveals_then_rates_without_typing() {
    let mut a = app();
    a.start_practice(
        &Filter {
            tags: vec!["cache".into()],
            ..Default::default()
        },
        1,
        NOW,
    );
    answer_cache(&mut a, "TTL 설명", NOW, '2');
    let later = NOW + 5 * DAY;
    a.settings.new_limit = 0;
    a.start_review(&[], true, later);
    assert!(matches!(a.screen, Screen::Recall(_)));
    key(&mut a, KeyCode::Char('3'), later);
    assert!(a.flash.is_some(), "rating before revealing is refused");
    key(&mut a, KeyCode::Char(' '), later);
    insta::assert_snapshot!(
        "recall_revealed",
        screen(&mut a, later + Span::from_secs(20)).backend()
    );
    key(&mut a, KeyCode::Char('3'), later + Span::from_secs(30));
    let k = QuestionKey::new("fixture-ko", "cache");
    assert_eq!(a.store.card(&k).unwrap().unwrap().reps, 2);
    assert_eq!(
        a.store.attempts_for(&k).unwrap().len(),
        1,
        "recall saves no attempt"
    );
}
