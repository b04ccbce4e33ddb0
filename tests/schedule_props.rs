//! Properties of scheduling over random histories.

use proptest::prelude::*;
use rehearse::model::{Card, Instant, QuestionKey, Span};
use rehearse::schedule::{DAY, Rating, Scheduler};

const T0: Instant = Instant::from_ms(1_780_000_000_000);

fn rating(n: u8) -> Rating {
    Rating::from_u8(n).unwrap()
}

proptest! {
    /// With an interview date ahead, every practised question comes back at
    /// least once before that day, whatever the history.
    #[test]
    fn interview_cap_brings_every_card_back_before_the_day(
        days_ahead in 1i64..60,
        steps in prop::collection::vec((0i64..(72 * 60), 1u8..=4), 1..25),
    ) {
        let interview = T0 + days_ahead * DAY;
        let s = Scheduler::new(&[], 0.9, Some(interview)).unwrap();
        let key = QuestionKey::new("b", "q");
        let mut card: Option<Card> = None;
        let mut now = T0;
        for (gap_minutes, r) in steps {
            now += Span::from_mins(gap_minutes);
            if now >= interview {
                break;
            }
            let (c, log) = s.rate(card.as_ref(), &key, "backend", "p", rating(r), now).unwrap();
            prop_assert!(c.due > now, "due {:?} not after now {:?}", c.due, now);
            prop_assert!(c.due < interview, "due {:?} not before the interview {:?}", c.due, interview);
            prop_assert!(log.scheduled_days > 0.0);
            card = Some(c);
        }
    }

    /// Without a cap, better ratings never bring a card back sooner.
    #[test]
    fn better_ratings_never_come_back_sooner(steps in prop::collection::vec((0i64..30, 1u8..=4), 0..10), gap in 0i64..40) {
        let s = Scheduler::default_params();
        let key = QuestionKey::new("b", "q");
        let mut card: Option<Card> = None;
        let mut now = T0;
        for (days, r) in steps {
            now += days * DAY;
            card = Some(s.rate(card.as_ref(), &key, "backend", "p", rating(r), now).unwrap().0);
        }
        now += gap * DAY;
        let dues: Vec<Instant> = (1..=4).map(|r| s.rate(card.as_ref(), &key, "backend", "p", rating(r), now).unwrap().0.due).collect();
        prop_assert!(dues.windows(2).all(|w| w[0] <= w[1]), "{dues:?}");
    }
}

proptest! {
    /// Whatever came before, an Again brings the question back within ten
    /// minutes, in learning or relearning, never in days.
    #[test]
    fn again_always_comes_back_the_same_sitting(steps in prop::collection::vec((0i64..(30 * 24 * 60), 1u8..=4), 0..15)) {
        let s = Scheduler::default_params();
        let key = QuestionKey::new("b", "q");
        let mut card: Option<Card> = None;
        let mut now = T0;
        for (gap_minutes, r) in steps {
            now += Span::from_mins(gap_minutes);
            card = Some(s.rate(card.as_ref(), &key, "backend", "p", rating(r), now).unwrap().0);
        }
        now += Span::from_secs(60);
        let (c, _) = s.rate(card.as_ref(), &key, "backend", "p", Rating::Again, now).unwrap();
        prop_assert!(c.due > now && c.due - now <= Span::from_mins(10), "due in {:?}", c.due - now);
        prop_assert!(c.state == "learning" || c.state == "relearning", "{}", c.state);
    }
}
