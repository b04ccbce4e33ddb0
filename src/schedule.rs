//! Spaced repetition: FSRS-6 through the `fsrs` crate, the review queue, and
//! the interview-date cap. Time is always passed in.

use std::sync::OnceLock;

use fsrs::{FSRS, MemoryState};

use crate::i18n::Lang;

use crate::model::{Card, Instant, QuestionKey, ReviewEntry, Span};

/// A day of 24 hours, as FSRS counts days.
pub const DAY: Span = Span::from_days(1);
/// Anki's default learning steps for a new question (1 min, 10 min) and
/// relearning step after a lapse (10 min): an answer you could not give comes
/// back in the same sitting before FSRS spaces it out in days.
pub const LEARNING_STEPS: &[Span] = &[Span::from_mins(1), Span::from_mins(10)];
pub const RELEARNING_STEPS: &[Span] = &[Span::from_mins(10)];
/// The shortest gap the interview cap leaves: the first learning step.
const MIN_INTERVAL: Span = Span::from_mins(1);
pub const DEFAULT_RETENTION: f32 = 0.9;
pub const DEFAULT_NEW_LIMIT: usize = 10;

#[derive(Debug, thiserror::Error)]
pub enum ScheduleError {
    #[error("{}", crate::t!("practice-core-parameters-invalid", detail = .0.as_str()))]
    Parameters(String),
    #[error("{}", crate::t!("practice-core-memory-state-failed", detail = .0.as_str()))]
    Compute(String),
}

/// Ratings as FSRS and the keys know them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Rating {
    Again = 1,
    Hard = 2,
    Good = 3,
    Easy = 4,
}

impl Rating {
    pub const ALL: [Rating; 4] = [Rating::Again, Rating::Hard, Rating::Good, Rating::Easy];

    pub fn from_u8(n: u8) -> Option<Rating> {
        match n {
            1 => Some(Rating::Again),
            2 => Some(Rating::Hard),
            3 => Some(Rating::Good),
            4 => Some(Rating::Easy),
            _ => None,
        }
    }

    /// The rating's name in the interface language: Again, 다시. (Made
    /// once a language, so screens can hold it as a `&'static str`.)
    pub fn label(self) -> &'static str {
        static NAMES: [OnceLock<[String; 4]>; 2] = [OnceLock::new(), OnceLock::new()];
        let lang = crate::i18n::current();
        let at = Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0);
        let names = NAMES[at].get_or_init(|| {
            [
                crate::t!("practice-core-rating-again"),
                crate::t!("practice-core-rating-hard"),
                crate::t!("practice-core-rating-good"),
                crate::t!("practice-core-rating-easy"),
            ]
        });
        &names[self as usize - 1]
    }
}

pub struct Scheduler {
    fsrs: FSRS,
    parameters: Vec<f32>,
    pub desired_retention: f32,
    /// Start of the interview day (local midnight), when set.
    pub interview_at: Option<Instant>,
}

impl Scheduler {
    /// `parameters` empty means the crate's defaults.
    pub fn new(
        parameters: &[f32],
        desired_retention: f32,
        interview_at: Option<Instant>,
    ) -> Result<Self, ScheduleError> {
        let fsrs =
            FSRS::new(parameters).map_err(|e| ScheduleError::Parameters(format!("{e:?}")))?;
        let parameters = if parameters.is_empty() {
            fsrs::DEFAULT_PARAMETERS.to_vec()
        } else {
            parameters.to_vec()
        };
        Ok(Scheduler {
            fsrs,
            parameters,
            desired_retention: desired_retention.clamp(0.7, 0.99),
            interview_at,
        })
    }

    pub fn default_params() -> Self {
        Scheduler::new(&[], DEFAULT_RETENTION, None)
            .expect("the crate's default parameters are valid")
    }

    fn decay(&self) -> f32 {
        self.parameters
            .get(20)
            .copied()
            .unwrap_or(fsrs::FSRS6_DEFAULT_DECAY)
    }

    /// Probability of recall now, 0..1 (1 for a card reviewed this instant).
    pub fn retrievability(&self, card: &Card, now: Instant) -> f64 {
        let days = (now - card.last_review).max(Span::ZERO).as_days() as f32;
        let state = MemoryState {
            stability: card.stability as f32,
            difficulty: card.difficulty as f32,
        };
        fsrs::current_retrievability(state, days, self.decay()) as f64
    }

    /// Applies a rating at `now` to a question's card (None for a new one),
    /// giving the new card and the review-log entry (whose `attempt_id` the
    /// caller fills in). FSRS updates the memory state on every rating
    /// (same-day ones through its short-term stability); the (re)learning
    /// steps decide when a card not yet learned comes back, and FSRS's
    /// interval takes over once it graduates.
    pub fn rate(
        &self,
        card: Option<&Card>,
        key: &QuestionKey,
        role: &str,
        prompt: &str,
        rating: Rating,
        now: Instant,
    ) -> Result<(Card, ReviewEntry), ScheduleError> {
        let (memory, elapsed, before) = match card {
            Some(c) => (
                Some(MemoryState {
                    stability: c.stability as f32,
                    difficulty: c.difficulty as f32,
                }),
                (now - c.last_review).max(Span::ZERO),
                c.state.as_str(),
            ),
            None => (None, Span::ZERO, "new"),
        };
        let days = elapsed.whole_days() as u32;
        let next = self
            .fsrs
            .next_states(memory, self.desired_retention, days)
            .map_err(|e| ScheduleError::Compute(format!("{e:?}")))?;
        let item = match rating {
            Rating::Again => next.again,
            Rating::Hard => next.hard,
            Rating::Good => next.good,
            Rating::Easy => next.easy,
        };
        let (state, delay) = match Phase::of(card) {
            Phase::Review if rating == Rating::Again => ("relearning", RELEARNING_STEPS[0]),
            Phase::Review => ("review", graduated(item.interval)),
            Phase::Learning(step) => match step_delay(LEARNING_STEPS, step, rating) {
                Some(d) => ("learning", d),
                None => ("review", graduated(item.interval)),
            },
            Phase::Relearning(step) => match step_delay(RELEARNING_STEPS, step, rating) {
                Some(d) => ("relearning", d),
                None => ("review", graduated(item.interval)),
            },
        };
        let due = self.cap(now, now + delay);
        let lapses =
            card.map_or(0, |c| c.lapses) + u32::from(rating == Rating::Again && before == "review");
        let new_card = Card {
            bank_id: key.bank_id.clone(),
            question_id: key.question_id.clone(),
            role: role.to_string(),
            prompt: prompt.to_string(),
            state: state.to_string(),
            due,
            stability: item.memory.stability as f64,
            difficulty: item.memory.difficulty as f64,
            reps: card.map_or(0, |c| c.reps) + 1,
            lapses,
            last_review: now,
        };
        let log = ReviewEntry {
            bank_id: key.bank_id.clone(),
            question_id: key.question_id.clone(),
            reviewed_at: now,
            rating: rating as u8,
            state: before.to_string(),
            elapsed_days: elapsed.as_days(),
            scheduled_days: (due - now).as_days(),
            attempt_id: None,
        };
        Ok((new_card, log))
    }

    /// With an interview date ahead, every due date falls before that day:
    /// the day before it when there is room, else halfway there.
    pub fn cap(&self, now: Instant, due: Instant) -> Instant {
        match self.interview_at {
            Some(day) if now < day && due >= day => {
                let day_before = day - DAY;
                if day_before > now {
                    day_before.max(now + MIN_INTERVAL).min(due)
                } else {
                    now + (day - now) / 2
                }
            }
            _ => due,
        }
    }
}

/// Where a card stands: not yet learned (on a step of `LEARNING_STEPS`
/// or, after a lapse, `RELEARNING_STEPS`) or spaced out by FSRS.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// A new question counts as being on its first learning step.
    Learning(usize),
    Review,
    Relearning(usize),
}

impl Phase {
    fn of(card: Option<&Card>) -> Phase {
        let Some(c) = card else {
            return Phase::Learning(0);
        };
        let gap = c.due - c.last_review;
        match c.state.as_str() {
            "learning" => Phase::Learning(step_of(LEARNING_STEPS, gap)),
            "relearning" => Phase::Relearning(step_of(RELEARNING_STEPS, gap)),
            _ => Phase::Review,
        }
    }
}

/// The step a (re)learning card is on, read back from the delay it was last
/// given: the card keeps no step counter (so the store and the export keep
/// their shape), and every step's delays are distinct. A delay that is no
/// step's (shortened by the interview cap, or from before steps existed)
/// counts as the last step, so the next pass graduates it.
fn step_of(steps: &[Span], gap: Span) -> usize {
    (0..steps.len())
        .find(|&i| gap == steps[i] || gap == hard_delay(steps, i))
        .unwrap_or(steps.len() - 1)
}

/// Anki's Hard on a step: on the first, halfway to the second (1.5× when
/// there is only one); on a later one, that step again.
fn hard_delay(steps: &[Span], step: usize) -> Span {
    match (step, steps.get(1)) {
        (0, Some(&second)) => (steps[0] + second) / 2,
        (0, None) => steps[0] * 3 / 2,
        _ => steps[step],
    }
}

/// How long until a card on `step` comes back after `rating`, or None when
/// the rating graduates it: Again starts the steps over, Hard repeats the
/// step, Good moves to the next one (past the last, it graduates), Easy
/// graduates at once.
fn step_delay(steps: &[Span], step: usize, rating: Rating) -> Option<Span> {
    match rating {
        Rating::Again => steps.first().copied(),
        Rating::Hard => Some(hard_delay(steps, step)),
        Rating::Good => steps.get(step + 1).copied(),
        Rating::Easy => None,
    }
}

/// FSRS's interval in whole days, at least one, as Anki schedules reviews.
fn graduated(interval_days: f32) -> Span {
    DAY * (interval_days.round() as i64).max(1)
}

/// One entry of the review queue.
#[derive(Debug, Clone, PartialEq)]
pub enum QueueItem {
    Due {
        key: QuestionKey,
        retrievability: f64,
    },
    New {
        key: QuestionKey,
    },
}

impl QueueItem {
    pub fn key(&self) -> &QuestionKey {
        match self {
            QueueItem::Due { key, .. } | QueueItem::New { key } => key,
        }
    }
}

/// Due cards, lowest retrievability first, then new questions up to what is
/// left of today's new limit.
pub fn review_queue(
    scheduler: &Scheduler,
    cards: &[Card],
    new_candidates: &[QuestionKey],
    new_left_today: usize,
    now: Instant,
) -> Vec<QueueItem> {
    let mut due: Vec<(f64, &Card)> = cards
        .iter()
        .filter(|c| c.due <= now)
        .map(|c| (scheduler.retrievability(c, now), c))
        .collect();
    // Stable, so equal cards keep the order they came in (the store's key order).
    due.sort_by(|a, b| a.0.total_cmp(&b.0).then_with(|| a.1.due.cmp(&b.1.due)));
    let mut out: Vec<QueueItem> = due
        .into_iter()
        .map(|(r, c)| QueueItem::Due {
            key: QuestionKey::new(&c.bank_id, &c.question_id),
            retrievability: r,
        })
        .collect();
    out.extend(
        new_candidates
            .iter()
            .take(new_left_today)
            .map(|k| QueueItem::New { key: k.clone() }),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const T0: Instant = Instant::from_ms(1_780_000_000_000);

    fn key() -> QuestionKey {
        QuestionKey::new("b", "q")
    }

    fn rate_seq(s: &Scheduler, steps: &[(i64, Rating)]) -> Card {
        let mut card: Option<Card> = None;
        let mut now = T0;
        for &(gap_days, r) in steps {
            now += gap_days * DAY;
            let (c, _) = s
                .rate(card.as_ref(), &key(), "backend", "p", r, now)
                .unwrap();
            card = Some(c);
        }
        card.unwrap()
    }

    #[test]
    fn first_rating_uses_initial_stability() {
        // FSRS-6 default parameters w0..w3 are the initial stabilities for ratings 1..4.
        let s = Scheduler::default_params();
        for (r, w) in [
            (Rating::Again, 0),
            (Rating::Hard, 1),
            (Rating::Good, 2),
            (Rating::Easy, 3),
        ] {
            let c = rate_seq(&s, &[(0, r)]);
            assert!(
                (c.stability - fsrs::DEFAULT_PARAMETERS[w] as f64).abs() < 1e-4,
                "{r:?}"
            );
            assert_eq!(c.reps, 1);
        }
    }

    #[test]
    fn good_after_good_pushes_further_out_and_again_lapses() {
        let s = Scheduler::default_params();
        let c1 = rate_seq(&s, &[(0, Rating::Good)]);
        let c2 = rate_seq(&s, &[(0, Rating::Good), (3, Rating::Good)]);
        assert!(c2.stability > c1.stability);
        assert!(c2.due - c2.last_review > c1.due - c1.last_review);
        let c3 = rate_seq(
            &s,
            &[(0, Rating::Good), (3, Rating::Good), (10, Rating::Again)],
        );
        assert_eq!(c3.state, "relearning");
        assert_eq!(c3.lapses, 1);
        assert!(c3.stability < c2.stability);
    }

    const MIN: Span = Span::from_mins(1);
    const NO_GAP: Span = Span::ZERO;

    /// Rates in turn, each `gap` ms after the previous rating, and returns
    /// after each rating the state, how long until the card is due, the
    /// lapses, and the log's state-before and scheduled days.
    fn walk(steps: &[(Span, Rating)]) -> Vec<(String, Span, u32, String, f64)> {
        let s = Scheduler::default_params();
        let mut card: Option<Card> = None;
        let mut now = T0;
        let mut out = Vec::new();
        for &(gap, r) in steps {
            now += gap;
            let (c, log) = s
                .rate(card.as_ref(), &key(), "backend", "p", r, now)
                .unwrap();
            out.push((
                c.state.clone(),
                c.due - now,
                c.lapses,
                log.state,
                log.scheduled_days,
            ));
            card = Some(c);
        }
        out
    }

    #[test]
    fn learning_and_relearning_steps_like_anki() {
        use Rating::*;
        let d = DAY;
        // (ratings with the gap before each, then (state, due in, lapses) after each)
        type Ratings<'a> = &'a [(Span, Rating)];
        type After<'a> = &'a [(&'a str, Span, u32)];
        let cases: &[(&str, Ratings<'_>, After<'_>)] = &[
            (
                "Again repeats the first step until Good moves on and graduates",
                &[(NO_GAP, Again), (MIN, Again), (MIN, Good), (10 * MIN, Good)],
                &[
                    ("learning", MIN, 0),
                    ("learning", MIN, 0),
                    ("learning", 10 * MIN, 0),
                    // Short-term stability after the failures: FSRS says a day.
                    ("review", d, 0),
                ],
            ),
            (
                "Hard stays on its step: halfway on the first, the same on the second",
                &[
                    (NO_GAP, Hard),
                    (5 * MIN, Hard),
                    (6 * MIN, Good),
                    (10 * MIN, Hard),
                ],
                &[
                    ("learning", Span::from_secs(330), 0),
                    ("learning", Span::from_secs(330), 0),
                    ("learning", 10 * MIN, 0),
                    ("learning", 10 * MIN, 0),
                ],
            ),
            (
                "Easy graduates a new question at once, to FSRS's 8.3 days",
                &[(NO_GAP, Easy)],
                &[("review", 8 * d, 0)],
            ),
            (
                "Easy graduates from a learning step too",
                &[(NO_GAP, Again), (MIN, Easy)],
                &[("learning", MIN, 0), ("review", d, 0)],
            ),
            (
                "a lapse relearns in 10 minutes (Hard 15) and counts once",
                &[
                    (NO_GAP, Easy),
                    (8 * d, Again),
                    (10 * MIN, Again),
                    (10 * MIN, Hard),
                    (15 * MIN, Good),
                ],
                &[
                    ("review", 8 * d, 0),
                    ("relearning", 10 * MIN, 1),
                    ("relearning", 10 * MIN, 1),
                    ("relearning", 15 * MIN, 1),
                    ("review", d, 1),
                ],
            ),
            (
                "the issue's case: Again on a review card is back in 10 minutes, not 2 days",
                &[(NO_GAP, Good), (3 * d, Good), (10 * d, Again)],
                &[
                    ("learning", 10 * MIN, 0),
                    ("review", 14 * d, 0),
                    ("relearning", 10 * MIN, 1),
                ],
            ),
            (
                "a learning card rated days later still takes its next step",
                &[(NO_GAP, Again), (2 * d, Good), (2 * d, Good)],
                &[
                    ("learning", MIN, 0),
                    ("learning", 10 * MIN, 0),
                    ("review", 7 * d, 0),
                ],
            ),
        ];
        for (name, steps, want) in cases {
            let got: Vec<(String, Span, u32)> = walk(steps)
                .into_iter()
                .map(|(s, due, l, _, _)| (s, due, l))
                .collect();
            let want: Vec<(String, Span, u32)> = want
                .iter()
                .map(|&(s, due, l)| (s.to_string(), due, l))
                .collect();
            assert_eq!(got, want, "{name}");
        }
    }

    #[test]
    fn review_log_keeps_the_state_before_and_the_scheduled_gap() {
        let got = walk(&[
            (NO_GAP, Rating::Good),
            (10 * MIN, Rating::Good),
            (2 * DAY, Rating::Again),
        ]);
        let before: Vec<&str> = got.iter().map(|g| g.3.as_str()).collect();
        assert_eq!(before, ["new", "learning", "review"]);
        let scheduled: Vec<f64> = got.iter().map(|g| g.4).collect();
        assert_eq!(scheduled, [(10 * MIN).as_days(), 2.0, (10 * MIN).as_days()]);
    }

    #[test]
    fn a_learning_card_with_a_delay_no_step_gives_graduates_on_good() {
        // Scheduled before steps existed (Again then came back in days), or
        // shortened by the interview cap.
        let s = Scheduler::default_params();
        let (mut c, _) = s
            .rate(None, &key(), "backend", "p", Rating::Again, T0)
            .unwrap();
        c.due = T0 + 2 * DAY;
        let (c, _) = s
            .rate(Some(&c), &key(), "backend", "p", Rating::Good, T0 + 2 * DAY)
            .unwrap();
        assert_eq!(c.state, "review");
        assert!(c.due - c.last_review >= DAY);
    }

    #[test]
    fn interview_cap_brings_cards_back_before_the_day() {
        let day = T0 + 5 * DAY;
        let s = Scheduler::new(&[], 0.9, Some(day)).unwrap();
        let c = rate_seq(&s, &[(0, Rating::Easy), (0, Rating::Easy)]);
        assert!(c.due < day && c.due > T0);
        // With less than a day left, it comes back halfway there.
        assert_eq!(s.cap(day - DAY / 2, day + 10 * DAY), day - DAY / 4);
        // After the interview day, no cap.
        let ms = Span::from_ms;
        assert_eq!(s.cap(day + ms(1), day + ms(100)), day + ms(100));
    }

    #[test]
    fn queue_orders_by_retrievability_then_new_up_to_limit() {
        let s = Scheduler::default_params();
        let mut weak = rate_seq(&s, &[(0, Rating::Hard)]);
        weak.question_id = "weak".into();
        let mut strong = rate_seq(&s, &[(0, Rating::Easy)]);
        strong.question_id = "strong".into();
        let mut later = strong.clone();
        later.question_id = "later".into();
        later.due = T0 + 1000 * DAY;
        let now = T0 + 30 * DAY;
        let news: Vec<QuestionKey> = (0..5)
            .map(|i| QuestionKey::new("b", format!("n{i}")))
            .collect();
        let q = review_queue(&s, &[strong, later, weak], &news, 2, now);
        let ids: Vec<&str> = q.iter().map(|i| i.key().question_id.as_str()).collect();
        assert_eq!(ids, ["weak", "strong", "n0", "n1"]);
    }
}

/// Reviews (beyond each question's first) the optimiser needs before its
/// fit is worth more than the defaults.
pub const MIN_TRAINING_REVIEWS: usize = 400;

#[derive(Debug, thiserror::Error)]
pub enum OptimizeError {
    #[error("{}", crate::t!(
        "practice-core-optimize-not-enough",
        needed = MIN_TRAINING_REVIEWS,
        have = *have,
        more = MIN_TRAINING_REVIEWS.saturating_sub(*have)
    ))]
    NotEnough { have: usize },
    #[error("{}", crate::t!("practice-core-optimize-failed", detail = .0.as_str()))]
    Failed(String),
}

/// The review log as FSRS training items: for each question, every prefix of
/// its history that ends in a repeat review, with whole days between reviews.
pub fn training_items(log: &[ReviewEntry]) -> Vec<fsrs::FSRSItem> {
    let mut by_q: std::collections::BTreeMap<(&str, &str), Vec<&ReviewEntry>> =
        std::collections::BTreeMap::new();
    for r in log {
        by_q.entry((&r.bank_id, &r.question_id))
            .or_default()
            .push(r);
    }
    let mut items = Vec::new();
    for reviews in by_q.values_mut() {
        reviews.sort_by_key(|r| r.reviewed_at);
        let mut history: Vec<fsrs::FSRSReview> = Vec::with_capacity(reviews.len());
        let mut prev: Option<Instant> = None;
        for r in reviews.iter() {
            let delta_t = prev.map_or(0, |p| {
                (r.reviewed_at - p).max(Span::ZERO).whole_days() as u32
            });
            history.push(fsrs::FSRSReview {
                rating: r.rating as u32,
                delta_t,
            });
            prev = Some(r.reviewed_at);
            if history.len() >= 2 {
                items.push(fsrs::FSRSItem {
                    reviews: history.clone(),
                });
            }
        }
    }
    items
}

/// Fits FSRS parameters to the review log.
pub fn optimize(log: &[ReviewEntry]) -> Result<Vec<f32>, OptimizeError> {
    let items = training_items(log);
    if items.len() < MIN_TRAINING_REVIEWS {
        return Err(OptimizeError::NotEnough { have: items.len() });
    }
    let input = fsrs::ComputeParametersInput {
        train_set: items,
        ..Default::default()
    };
    fsrs::compute_parameters(input).map_err(|e| OptimizeError::Failed(format!("{e:?}")))
}

#[cfg(test)]
mod optimize_tests {
    use super::*;

    fn entry(q: &str, day: i64, rating: u8) -> ReviewEntry {
        ReviewEntry {
            bank_id: "b".into(),
            question_id: q.into(),
            reviewed_at: Instant::from_ms(1_780_000_000_000) + day * DAY + Span::from_mins(60),
            rating,
            state: "review".into(),
            elapsed_days: 0.0,
            scheduled_days: 0.0,
            attempt_id: None,
        }
    }

    #[test]
    fn items_are_prefixes_with_whole_day_gaps() {
        let log = vec![
            entry("a", 0, 3),
            entry("a", 3, 3),
            entry("a", 10, 1),
            entry("b", 1, 4),
        ];
        let items = training_items(&log);
        assert_eq!(items.len(), 2);
        let last: Vec<(u32, u32)> = items[1]
            .reviews
            .iter()
            .map(|r| (r.rating, r.delta_t))
            .collect();
        assert_eq!(last, [(3, 0), (3, 3), (1, 7)]);
    }

    #[test]
    fn too_few_reviews_says_how_many_more() {
        let log: Vec<ReviewEntry> = (0..50)
            .flat_map(|i| [entry(&format!("q{i}"), 0, 3), entry(&format!("q{i}"), 2, 3)])
            .collect();
        match optimize(&log) {
            Err(e @ OptimizeError::NotEnough { have: 50 }) => {
                assert!(e.to_string().ends_with("so 350 more"), "{e}")
            }
            other => panic!("{other:?}"),
        }
    }
}
