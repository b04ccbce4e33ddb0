//! Which questions a session asks: a practice draws from the chosen banks
//! (never answered and weakly rated first, never twice), a review takes the
//! answers waiting for a rating, then what is due, then new questions up to
//! today's limit. The rng and `now` are passed in.

use std::collections::HashSet;

use rand::Rng;

use crate::bank::Library;
use crate::schedule::Scheduler;
use crate::session::{self, Filter};
use crate::store::{Attempt, Instant, QuestionKey, Store, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum PlanError {
    #[error("{}", crate::t!("practice-core-no-match"))]
    NoMatch,
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The questions of a practice.
pub fn practice(
    lib: &Library,
    store: &Store,
    filter: &Filter,
    count: usize,
    rng: &mut impl Rng,
) -> Result<Vec<QuestionKey>, PlanError> {
    let candidates = session::candidates(lib, filter);
    if candidates.is_empty() {
        return Err(PlanError::NoMatch);
    }
    let histories = store.histories()?;
    Ok(session::draw(&candidates, &histories, count, rng))
}

/// What a review goes through.
#[derive(Debug, Clone, Default)]
pub struct ReviewPlan {
    /// Saved answers never rated, rated first.
    pub backlog: Vec<Attempt>,
    /// Then these questions, due ones first.
    pub queue: Vec<QuestionKey>,
}

impl ReviewPlan {
    pub fn is_empty(&self) -> bool {
        self.backlog.is_empty() && self.queue.is_empty()
    }
}

/// How many new questions a day a review may bring in, and when the day
/// began.
#[derive(Debug, Clone, Copy)]
pub struct NewToday {
    pub limit: usize,
    pub since: Instant,
}

/// The review of `roles` (all when empty) at `now`.
pub fn review(
    lib: &Library,
    store: &Store,
    scheduler: &Scheduler,
    roles: &[String],
    new_today: NewToday,
    now: Instant,
    rng: &mut impl Rng,
) -> Result<ReviewPlan, StoreError> {
    let NewToday {
        limit: new_limit,
        since: midnight,
    } = new_today;
    let wanted = |role: &str| roles.is_empty() || roles.iter().any(|r| r == role);
    let backlog: Vec<Attempt> = store
        .unrated_attempts()?
        .into_iter()
        .filter(|a| wanted(&a.role))
        .collect();
    let waiting: HashSet<QuestionKey> = backlog
        .iter()
        .map(|a| QuestionKey::new(&a.bank_id, &a.question_id))
        .collect();
    let due: Vec<crate::store::Card> = store
        .due_cards(now)?
        .into_iter()
        .filter(|c| wanted(&c.role))
        .collect();
    let mut carded = waiting.clone();
    let mut practised = HashSet::new();
    for k in store.all_card_keys()? {
        if let Some(b) = lib.bank(&k.bank_id) {
            practised.insert((b.role.clone(), b.language.clone()));
        }
        carded.insert(k);
    }
    let left = new_limit.saturating_sub(store.new_started_since(midnight)?);
    let news = session::new_candidates(lib, roles, &carded, &practised, rng);
    let queue = crate::schedule::review_queue(scheduler, &due, &news, left, now)
        .iter()
        .map(|i| i.key().clone())
        .filter(|k| !waiting.contains(k))
        .collect();
    Ok(ReviewPlan { backlog, queue })
}
