//! The event loop's pace, driven on the app's state: idle screens draw
//! nothing, a running clock draws once a second, input draws once, and the
//! draft is still written within two seconds of the last key.

mod common;

use common::banks::KEYS_EN;
use common::tui::{NOW, library};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use rehearse::model::{Instant, Span};
use rehearse::session::Filter;
use rehearse::tui::app::{App, Screen};
use rehearse::tui::input::Input;
use rehearse::tui::pace::{IDLE_WAKE, Pace};

/// What the loop did over a stretch of time.
#[derive(Debug, Default)]
struct Run {
    frames: usize,
    wakes: usize,
}

/// Runs the loop's decisions (as `tui::event_loop` takes them) from `from`
/// for `span`, with `inputs` arriving at their offsets. The first frame is
/// taken as drawn at `from`.
fn run(a: &mut App, from: Instant, span: Span, inputs: &[(Span, Input)]) -> Run {
    let mut pace = Pace::new();
    pace.drawn(a.next_clock_change(from));
    let (mut now, end) = (from, from + span);
    let mut pending = inputs.iter().peekable();
    let mut r = Run::default();
    while now < end {
        assert!(r.wakes < 100_000, "the loop spins");
        if pace.should_draw(now) {
            r.frames += 1;
            pace.drawn(a.next_clock_change(now));
        }
        let wait = pace.wait(now, &[a.next_draft_save()]);
        let wake = (now + Span::from_ms(wait.as_millis() as i64)).min(end);
        r.wakes += 1;
        match pending.peek() {
            Some((at, input)) if from + *at <= wake => {
                now = from + *at;
                a.on_input(input.clone(), now);
                pace.changed();
                pending.next();
            }
            _ => now = wake,
        }
        if a.tick(now) {
            pace.changed();
        }
    }
    r
}

fn app() -> App {
    common::app_in_memory(library(&[("keys.yaml", KEYS_EN)]), NOW)
}

fn answering() -> App {
    let mut a = app();
    a.start_practice(
        &Filter {
            banks: vec!["keys-en".into()],
            ..Default::default()
        },
        1,
        NOW,
    );
    assert!(matches!(a.screen, Screen::Answer(_)));
    a
}

fn secs(s: i64) -> Span {
    Span::from_secs(s)
}

#[test]
fn the_home_screen_idle_draws_nothing_and_sleeps() {
    let mut a = app();
    a.overlay = None;
    let r = run(&mut a, NOW, secs(60), &[]);
    assert_eq!(r.frames, 0, "{r:?}");
    // It only looks whether the terminal is still there.
    assert!(
        r.wakes <= (60_000 / IDLE_WAKE.as_ms()) as usize + 1,
        "{r:?}"
    );
}

#[test]
fn the_answer_screen_draws_once_a_second_for_its_clock() {
    let mut a = answering();
    let r = run(&mut a, NOW, secs(60), &[]);
    // Drawn at 0 s, then at each of 1 s ..= 59 s: the stretch ends before 60.
    assert_eq!(r.frames, 59, "{r:?}");
    assert!(r.wakes <= 60, "{r:?}");
}

#[test]
fn a_paused_answer_draws_nothing_until_a_key() {
    let mut a = answering();
    let ctrl_p = Input::Key(KeyEvent::new(KeyCode::Char('p'), KeyModifiers::CONTROL));
    a.on_input(ctrl_p, NOW);
    let Screen::Answer(s) = &a.screen else {
        panic!("not answering")
    };
    assert!(s.timer.is_paused(), "Ctrl+P pauses the practice timer");
    let r = run(&mut a, NOW, secs(30), &[]);
    assert_eq!(r.frames, 0, "{r:?}");
}

#[test]
fn one_key_on_an_idle_screen_draws_one_frame() {
    let mut a = app();
    a.overlay = None;
    let down = Input::Key(KeyEvent::new(KeyCode::Down, KeyModifiers::NONE));
    let r = run(&mut a, NOW, secs(30), &[(secs(10), down)]);
    assert_eq!(r.frames, 1, "{r:?}");
}

#[test]
fn typing_is_saved_within_two_seconds_and_the_save_draws_no_extra_second() {
    let mut a = answering();
    let typed = |s: &str| Input::Text(s.into());
    let inputs = [
        (Span::from_ms(10_100), typed("It has ")),
        (Span::from_ms(10_400), typed("the same effect")),
    ];
    let r = run(&mut a, NOW, Span::from_ms(12_400), &inputs);
    let Screen::Answer(s) = &a.screen else {
        panic!("not answering")
    };
    assert!(!s.unsaved(), "the last key at 10.4 s is saved by 12.4 s");
    assert_eq!(a.next_draft_save(), None);
    // 12 clock seconds, 2 inputs, 1 save (some of them in the same frame).
    assert!((12..=15).contains(&r.frames), "{r:?}");
}
