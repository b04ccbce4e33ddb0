//! When the event loop draws and how long it sleeps, as a pure function of
//! what happened and `now`: a frame only when something changed (input
//! handled, a tick that changed state, a resize) or when the second of a
//! clock on screen turned; a sleep until the next thing that can change.

use std::time::Duration;

use crate::model::{Instant, Span};

/// The longest the loop sleeps with nothing due: it also looks, this often,
/// whether the terminal is still there (signals and resizes wake it sooner).
pub const IDLE_WAKE: Span = Span::from_secs(1);

/// What the loop remembers between frames.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pace {
    /// Something changed since the last frame.
    changed: bool,
    /// When the clock drawn in the last frame shows its next second, if a
    /// clock is on screen.
    clock_turns: Option<Instant>,
}

impl Default for Pace {
    fn default() -> Pace {
        Pace::new()
    }
}

impl Pace {
    /// Nothing drawn yet: the first frame is due.
    pub fn new() -> Pace {
        Pace {
            changed: true,
            clock_turns: None,
        }
    }

    /// Something the screen shows changed.
    pub fn changed(&mut self) {
        self.changed = true;
    }

    /// Whether to draw a frame at `now`.
    pub fn should_draw(&self, now: Instant) -> bool {
        self.changed || self.clock_turns.is_some_and(|t| now >= t)
    }

    /// A frame was drawn; `clock_turns` is when a clock in it shows its next
    /// second (None without a running clock on screen).
    pub fn drawn(&mut self, clock_turns: Option<Instant>) {
        self.changed = false;
        self.clock_turns = clock_turns;
    }

    /// How long to sleep at `now`: until the first of the clock's next
    /// second and `deadlines` (the paste decoder's, the draft save's), at
    /// most [`IDLE_WAKE`]; nothing when a frame is already due.
    pub fn wait(&self, now: Instant, deadlines: &[Option<Instant>]) -> Duration {
        if self.changed {
            return Duration::ZERO;
        }
        let until = deadlines
            .iter()
            .flatten()
            .chain(self.clock_turns.iter())
            .copied()
            .fold(now + IDLE_WAKE, std::cmp::min);
        Duration::from_millis((until - now).as_ms().clamp(0, IDLE_WAKE.as_ms()) as u64)
    }
}

/// When a clock showing `shown` (counting up or down in whole seconds) next
/// shows another second, at `now`.
pub fn next_second(shown: Span, now: Instant) -> Instant {
    let into = shown.as_ms().rem_euclid(1000);
    now + Span::from_ms(1000 - into)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(ms: i64) -> Instant {
        Instant::from_ms(1_000_000 + ms)
    }

    #[test]
    fn draws_first_then_only_after_a_change() {
        let mut p = Pace::new();
        assert!(p.should_draw(at(0)));
        p.drawn(None);
        for ms in [1, 999, 60_000, 3_600_000] {
            assert!(!p.should_draw(at(ms)), "idle at {ms} ms");
        }
        assert_eq!(p.wait(at(0), &[None, None]), Duration::from_secs(1));
        p.changed();
        assert!(p.should_draw(at(5)));
        assert_eq!(p.wait(at(5), &[]), Duration::ZERO);
        p.drawn(None);
        assert!(!p.should_draw(at(6)));
    }

    #[test]
    fn a_clock_turns_once_a_second_and_the_sleep_ends_then() {
        let mut p = Pace::new();
        p.drawn(Some(at(400)));
        assert!(!p.should_draw(at(399)));
        assert_eq!(p.wait(at(0), &[]), Duration::from_millis(400));
        assert!(p.should_draw(at(400)));
        // A deadline before the clock's second ends the sleep sooner.
        assert_eq!(
            p.wait(at(0), &[Some(at(40)), None]),
            Duration::from_millis(40)
        );
        // One already past: no sleep.
        assert_eq!(p.wait(at(0), &[Some(at(-5))]), Duration::ZERO);
    }

    #[test]
    fn the_next_second_of_a_clock() {
        let now = at(0);
        assert_eq!(next_second(Span::from_ms(0), now), at(1000));
        assert_eq!(next_second(Span::from_ms(61_250), now), at(750));
        assert_eq!(next_second(Span::from_ms(-250), now), at(250));
    }
}
