//! Practice and review sessions as pure state: which questions, in what order,
//! the answer timer, and the results. `now` is always passed in.

use std::collections::{HashMap, HashSet};

use rand::Rng;

use crate::bank::{Level, Library, Question};
use crate::model::{Instant, QuestionHistory, QuestionKey, Span};

/// The answer timer: counts down from the limit, then on into overtime; it
/// never stops the user. Pausing freezes it.
#[derive(Debug, Clone, PartialEq)]
pub struct Timer {
    pub started_at: Instant,
    pub limit: Span,
    paused_total: Span,
    paused_since: Option<Instant>,
    /// Time carried over from before (a recovered draft).
    carried: Span,
}

impl Timer {
    pub fn start(now: Instant, limit_s: u32) -> Timer {
        Timer {
            started_at: now,
            limit: Span::from_secs(i64::from(limit_s)),
            paused_total: Span::ZERO,
            paused_since: None,
            carried: Span::ZERO,
        }
    }

    /// A timer that resumes a draft which already had `elapsed` on it.
    pub fn resume_from(now: Instant, limit_s: u32, elapsed: Span) -> Timer {
        Timer {
            carried: elapsed.max(Span::ZERO),
            ..Timer::start(now, limit_s)
        }
    }

    /// Time spent answering, without pauses.
    pub fn elapsed(&self, now: Instant) -> Span {
        let paused_now = self
            .paused_since
            .map_or(Span::ZERO, |p| (now - p).max(Span::ZERO));
        ((now - self.started_at) - self.paused_total - paused_now).max(Span::ZERO) + self.carried
    }

    /// Time left; negative once in overtime.
    pub fn remaining(&self, now: Instant) -> Span {
        self.limit - self.elapsed(now)
    }

    pub fn overtime(&self, now: Instant) -> bool {
        self.remaining(now) < Span::ZERO
    }

    /// Fraction of the limit used, 0..=1 (stays at 1 in overtime).
    pub fn ratio(&self, now: Instant) -> f64 {
        if self.limit <= Span::ZERO {
            return 1.0;
        }
        self.elapsed(now).ratio(self.limit).clamp(0.0, 1.0)
    }

    pub fn is_paused(&self) -> bool {
        self.paused_since.is_some()
    }

    pub fn toggle_pause(&mut self, now: Instant) {
        match self.paused_since.take() {
            Some(p) => self.paused_total += (now - p).max(Span::ZERO),
            None => self.paused_since = Some(now),
        }
    }
}

/// Which questions a practice may draw from. Kept as JSON in the settings
/// (the last practice choices), so every field has a default.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Filter {
    pub roles: Vec<String>,
    pub banks: Vec<String>,
    pub tags: Vec<String>,
    pub lang: Option<String>,
    /// None means every level; a question with no level matches any level.
    pub level: Option<Level>,
}

impl Filter {
    pub fn matches_bank(&self, bank: &crate::bank::Bank) -> bool {
        (self.roles.is_empty() || self.roles.contains(&bank.role))
            && (self.banks.is_empty() || self.banks.contains(&bank.id))
            && self.lang.as_ref().is_none_or(|l| &bank.language == l)
    }

    pub fn matches_question(&self, q: &Question) -> bool {
        self.matches_level(q)
            && (self.tags.is_empty()
                || q.tags
                    .iter()
                    .any(|t| self.tags.iter().any(|w| w.eq_ignore_ascii_case(t))))
    }

    fn matches_level(&self, q: &Question) -> bool {
        match (self.level, q.level) {
            (Some(want), Some(has)) => want == has,
            _ => true,
        }
    }
}

/// Every question the filter allows, in bank order.
pub fn candidates(lib: &Library, filter: &Filter) -> Vec<QuestionKey> {
    lib.banks()
        .iter()
        .filter(|b| filter.matches_bank(b))
        .flat_map(|b| {
            b.questions
                .iter()
                .filter(|q| filter.matches_question(q))
                .map(move |q| QuestionKey::new(&b.id, q.id.as_str()))
        })
        .collect()
}

/// The tags of the questions the filter's roles, banks, language and level
/// allow (its own tags left out), each with how many questions carry it:
/// most used first, then by name. Tags differing only in ASCII case are one.
pub fn tag_counts(lib: &Library, filter: &Filter) -> Vec<(String, usize)> {
    let untagged = Filter {
        tags: Vec::new(),
        ..filter.clone()
    };
    let mut counts: Vec<(String, usize)> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for b in lib.banks().iter().filter(|b| untagged.matches_bank(b)) {
        for q in b.questions.iter().filter(|q| untagged.matches_question(q)) {
            let mut seen: HashSet<String> = HashSet::new();
            for t in &q.tags {
                let folded = t.as_str().to_ascii_lowercase();
                if !seen.insert(folded.clone()) {
                    continue;
                }
                let i = *index.entry(folded).or_insert_with(|| {
                    counts.push((t.to_string(), 0));
                    counts.len() - 1
                });
                counts[i].1 += 1;
            }
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    counts
}

#[cfg(test)]
mod filter_tests {
    use super::*;
    use crate::bank::{Origin, parse_bank};

    const BANK: &str = r#"
id: levels
title: Levels
role: backend
language: en
questions:
  - id: j
    prompt: Junior question
    level: junior
    tags: [http, API]
  - id: m
    prompt: Mid question
    level: mid
    tags: [http, db]
  - id: s
    prompt: Senior question
    level: senior
    tags: [db]
  - id: any
    prompt: A question with no level
    tags: [api, http, HTTP]
"#;

    const KO: &str = r#"
id: levels-ko
title: 레벨
role: backend
language: ko
questions:
  - id: k
    prompt: 캐시 질문
    level: junior
    tags: [캐시]
"#;

    fn lib() -> Library {
        let mut lib = Library::default();
        for (name, text) in [("levels.yaml", BANK), ("levels-ko.yaml", KO)] {
            let stem = name.trim_end_matches(".yaml");
            let bank = parse_bank(name, stem, text.as_bytes(), Origin::Bundled(name.into()));
            lib.add(bank.expect("fixture bank parses"));
        }
        lib
    }

    #[test]
    fn level_filter_keeps_that_level_and_questions_without_one() {
        let lib = lib();
        let cases: [(Option<Level>, Option<&str>, &[&str]); 6] = [
            (None, Some("en"), &["j", "m", "s", "any"]),
            (Some(Level::Junior), Some("en"), &["j", "any"]),
            (Some(Level::Mid), Some("en"), &["m", "any"]),
            (Some(Level::Senior), Some("en"), &["s", "any"]),
            (Some(Level::Senior), Some("ko"), &[]),
            (Some(Level::Junior), None, &["j", "any", "k"]),
        ];
        for (level, lang, want) in cases {
            let filter = Filter {
                level,
                lang: lang.map(String::from),
                ..Default::default()
            };
            let got: Vec<String> = candidates(&lib, &filter)
                .into_iter()
                .map(|k| k.question_id)
                .collect();
            assert_eq!(got, want, "level {level:?}, lang {lang:?}");
        }
    }

    #[test]
    fn tag_counts_follow_the_other_choices_and_ignore_the_chosen_tags() {
        let lib = lib();
        let all = Filter {
            tags: vec!["db".into()],
            ..Default::default()
        };
        let want: Vec<(String, usize)> = vec![
            ("http".into(), 3),
            ("API".into(), 2),
            ("db".into(), 2),
            ("캐시".into(), 1),
        ];
        assert_eq!(tag_counts(&lib, &all), want);
        let junior_en = Filter {
            level: Some(Level::Junior),
            lang: Some("en".into()),
            ..Default::default()
        };
        let want: Vec<(String, usize)> = vec![("API".into(), 2), ("http".into(), 2)];
        assert_eq!(tag_counts(&lib, &junior_en), want);
    }
}

/// How strongly a question is preferred: never answered most, then by how
/// weakly it was last rated.
pub fn weight(history: Option<&QuestionHistory>) -> f64 {
    match history {
        None => 8.0,
        Some(h) if h.attempts == 0 => 8.0,
        Some(h) => match h.last_rating {
            None => 6.0,
            Some(1) => 6.0,
            Some(2) => 4.0,
            Some(3) => 1.5,
            _ => 0.5,
        },
    }
}

/// Draws up to `count` distinct questions, weighted by [`weight`], without
/// replacement: never the same question twice.
pub fn draw(
    candidates: &[QuestionKey],
    histories: &HashMap<QuestionKey, QuestionHistory>,
    count: usize,
    rng: &mut impl Rng,
) -> Vec<QuestionKey> {
    let mut pool: Vec<(f64, &QuestionKey)> = candidates
        .iter()
        .map(|k| (weight(histories.get(k)), k))
        .collect();
    let mut seen = HashSet::new();
    pool.retain(|(_, k)| seen.insert((*k).clone()));
    let mut out = Vec::with_capacity(count.min(pool.len()));
    while out.len() < count && !pool.is_empty() {
        let total: f64 = pool.iter().map(|(w, _)| w).sum();
        let mut pick = rng.random_range(0.0..total);
        let mut idx = pool.len() - 1;
        for (i, (w, _)) in pool.iter().enumerate() {
            if pick < *w {
                idx = i;
                break;
            }
            pick -= w;
        }
        out.push(pool.swap_remove(idx).1.clone());
    }
    out
}

/// The new questions a review may introduce: questions with no card yet, in
/// the roles asked for, else in the (role, language) pairs already practised,
/// else everywhere; shuffled.
pub fn new_candidates(
    lib: &Library,
    roles: &[String],
    carded: &HashSet<QuestionKey>,
    practised: &HashSet<(String, String)>,
    rng: &mut impl Rng,
) -> Vec<QuestionKey> {
    let bank_ok = |b: &crate::bank::Bank| {
        if !roles.is_empty() {
            roles.contains(&b.role)
        } else if !practised.is_empty() {
            practised.contains(&(b.role.clone(), b.language.clone()))
        } else {
            true
        }
    };
    let mut out: Vec<QuestionKey> = lib
        .banks()
        .iter()
        .filter(|b| bank_ok(b))
        .flat_map(|b| {
            b.questions
                .iter()
                .map(move |q| QuestionKey::new(&b.id, q.id.as_str()))
        })
        .filter(|k| !carded.contains(k))
        .collect();
    rand::seq::SliceRandom::shuffle(out.as_mut_slice(), rng);
    out
}

/// What happened to one question in a session, for the summary.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionResult {
    pub key: QuestionKey,
    pub prompt: String,
    pub duration_ms: Span,
    pub time_limit_s: u32,
    pub words: usize,
    pub covered: usize,
    pub key_points: usize,
    pub rating: Option<u8>,
    pub next_due: Option<Instant>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Practice,
    Review,
    Recall,
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Practice => "practice",
            Mode::Review => "review",
            Mode::Recall => "recall",
        }
    }

    /// Pausing is for practice; reviews keep the pressure on too but may pause.
    pub fn can_pause(self) -> bool {
        matches!(self, Mode::Practice | Mode::Review)
    }
}

/// How many times one question may come back in a session after an Again
/// (see [`Session::requeue_later`]): enough to try twice more, never endless.
pub const MAX_REQUEUES: usize = 2;

/// A run through a list of questions.
#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    pub id: String,
    pub mode: Mode,
    pub queue: Vec<QuestionKey>,
    pub index: usize,
    pub results: Vec<QuestionResult>,
    pub started_at: Instant,
}

impl Session {
    pub fn new(id: String, mode: Mode, queue: Vec<QuestionKey>, now: Instant) -> Session {
        Session {
            id,
            mode,
            queue,
            index: 0,
            results: Vec::new(),
            started_at: now,
        }
    }

    pub fn current(&self) -> Option<&QuestionKey> {
        self.queue.get(self.index)
    }

    pub fn is_done(&self) -> bool {
        self.index >= self.queue.len()
    }

    /// Records the result of the current question and moves on.
    pub fn finish_current(&mut self, result: QuestionResult) {
        if let Some(r) = self.results.iter_mut().find(|r| r.key == result.key) {
            *r = result;
        } else {
            self.results.push(result);
        }
        self.index += 1;
    }

    /// Skips the current question without a result (discarded answer).
    pub fn skip_current(&mut self) {
        self.index += 1;
    }

    /// Puts a question right after the current one (a follow-up), unless it
    /// is already queued ahead.
    pub fn insert_next(&mut self, key: QuestionKey) {
        let at = (self.index + 1).min(self.queue.len());
        if !self.queue[at..].contains(&key) {
            self.queue.insert(at, key);
        }
    }

    /// Whether other questions come after the current one (so one rated
    /// Again can come back later rather than straight away).
    pub fn others_left(&self) -> bool {
        let Some(cur) = self.current() else {
            return false;
        };
        self.queue.iter().skip(self.index + 1).any(|k| k != cur)
    }

    /// Puts the current question back in the queue so that `gap` other
    /// questions come first, or at the end when fewer remain: an answer you
    /// could not give is tried again in this sitting. Call it while the
    /// question is current, before [`Session::finish_current`] (after any
    /// [`Session::insert_next`], so a follow-up still comes next). It is
    /// never placed right after itself while other questions remain, and a
    /// question comes back at most [`MAX_REQUEUES`] times per session (the
    /// count is read from the queue, so a resumed queue keeps it). Returns
    /// whether it will come back.
    pub fn requeue_later(&mut self, gap: usize) -> bool {
        let Some(key) = self.current().cloned() else {
            return false;
        };
        let ahead = &self.queue[self.index + 1..];
        if ahead.contains(&key) {
            return true;
        }
        let times_queued = self.queue.iter().filter(|k| **k == key).count();
        if times_queued > MAX_REQUEUES {
            return false;
        }
        let others_first = if ahead.is_empty() {
            0
        } else {
            gap.clamp(1, ahead.len())
        };
        self.queue.insert(self.index + 1 + others_first, key);
        true
    }

    pub fn position(&self) -> (usize, usize) {
        ((self.index + 1).min(self.queue.len()), self.queue.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;
    use rand::rngs::StdRng;

    const T: Instant = Instant::from_ms(1_800_000_000_000);
    const fn ms(ms: i64) -> Span {
        Span::from_ms(ms)
    }

    #[test]
    fn timer_counts_down_then_overtime_and_pauses() {
        let mut t = Timer::start(T, 90);
        assert_eq!(t.remaining(T), ms(90_000));
        assert_eq!(t.remaining(T + ms(30_000)), ms(60_000));
        assert!(!t.overtime(T + ms(90_000)));
        assert!(t.overtime(T + ms(90_001)));
        assert_eq!(t.remaining(T + ms(100_000)), ms(-10_000));
        assert!((t.ratio(T + ms(45_000)) - 0.5).abs() < 1e-9);
        assert_eq!(t.ratio(T + ms(200_000)), 1.0);
        // Pause for 20 s: elapsed stands still, then continues.
        t.toggle_pause(T + ms(10_000));
        assert!(t.is_paused());
        assert_eq!(t.elapsed(T + ms(25_000)), ms(10_000));
        t.toggle_pause(T + ms(30_000));
        assert_eq!(t.elapsed(T + ms(40_000)), ms(20_000));
        // A time going backwards never gives negative elapsed.
        assert_eq!(Timer::start(T, 10).elapsed(T - ms(5_000)), Span::ZERO);
    }

    #[test]
    fn resumed_timer_keeps_previous_elapsed() {
        let t = Timer::resume_from(T, 60, ms(42_000));
        assert_eq!(t.elapsed(T), ms(42_000));
        assert_eq!(t.remaining(T + ms(18_000)), Span::ZERO);
    }

    fn keys(n: usize) -> Vec<QuestionKey> {
        (0..n)
            .map(|i| QuestionKey::new("b", format!("q{i}")))
            .collect()
    }

    #[test]
    fn draw_never_repeats_and_respects_count() {
        let mut rng = StdRng::seed_from_u64(7);
        for count in [0, 1, 5, 10, 50] {
            let mut with_dupes = keys(10);
            with_dupes.extend(keys(3));
            let got = draw(&with_dupes, &HashMap::new(), count, &mut rng);
            assert_eq!(got.len(), count.min(10));
            let unique: HashSet<_> = got.iter().collect();
            assert_eq!(unique.len(), got.len());
        }
    }

    #[test]
    fn draw_prefers_unanswered_and_weak_questions() {
        let all = keys(3);
        let mut hist = HashMap::new();
        hist.insert(
            all[0].clone(),
            QuestionHistory {
                attempts: 3,
                last_rating: Some(4),
                last_submitted: Some(T),
            },
        );
        hist.insert(
            all[1].clone(),
            QuestionHistory {
                attempts: 1,
                last_rating: Some(1),
                last_submitted: Some(T),
            },
        );
        let mut rng = StdRng::seed_from_u64(1);
        let mut firsts = HashMap::new();
        for _ in 0..4000 {
            let got = draw(&all, &hist, 1, &mut rng);
            *firsts.entry(got[0].question_id.clone()).or_insert(0) += 1;
        }
        let (easy, again, fresh) = (firsts["q0"], firsts["q1"], firsts["q2"]);
        assert!(
            fresh > again && again > easy,
            "fresh {fresh}, again {again}, easy {easy}"
        );
        // Weights 8 : 6 : 0.5 of 14.5.
        assert!((easy as f64 / 4000.0 - 0.5 / 14.5).abs() < 0.02, "{easy}");
    }

    #[test]
    fn session_moves_through_queue_and_takes_follow_ups() {
        let mut s = Session::new("s".into(), Mode::Practice, keys(2), T);
        assert_eq!(s.current().unwrap().question_id, "q0");
        assert_eq!(s.position(), (1, 2));
        let r = QuestionResult {
            key: keys(1)[0].clone(),
            prompt: "p".into(),
            duration_ms: ms(1),
            time_limit_s: 60,
            words: 3,
            covered: 1,
            key_points: 2,
            rating: Some(3),
            next_due: None,
        };
        s.insert_next(QuestionKey::new("b", "follow"));
        s.insert_next(QuestionKey::new("b", "follow"));
        s.finish_current(r);
        assert_eq!(s.queue.len(), 3);
        assert_eq!(s.current().unwrap().question_id, "follow");
        s.skip_current();
        s.skip_current();
        assert!(s.is_done());
        assert_eq!(s.results.len(), 1);
    }

    fn ids(s: &Session) -> Vec<&str> {
        s.queue.iter().map(|k| k.question_id.as_str()).collect()
    }

    #[test]
    fn requeue_puts_the_question_a_few_later_or_at_the_end() {
        // (queue length, gap) -> queue after an Again on the first question
        let cases: &[(usize, usize, &[&str])] = &[
            (6, 3, &["q0", "q1", "q2", "q3", "q0", "q4", "q5"]),
            (2, 3, &["q0", "q1", "q0"]),
            (3, 0, &["q0", "q1", "q0", "q2"]),
            (1, 3, &["q0", "q0"]),
        ];
        for &(n, gap, want) in cases {
            let mut s = Session::new("s".into(), Mode::Review, keys(n), T);
            assert!(s.requeue_later(gap), "{n} {gap}");
            assert_eq!(ids(&s), want, "{n} questions, gap {gap}");
        }
        // After a queued follow-up, the follow-up still comes next.
        let mut s = Session::new("s".into(), Mode::Practice, keys(3), T);
        s.insert_next(QuestionKey::new("b", "follow"));
        s.requeue_later(1);
        assert_eq!(ids(&s), ["q0", "follow", "q0", "q1", "q2"]);
        // Already coming back: not queued twice.
        assert!(s.requeue_later(1));
        assert_eq!(s.queue.len(), 5);
        // Nothing current, nothing to requeue.
        let mut done = Session::new("s".into(), Mode::Review, vec![], T);
        assert!(!done.requeue_later(3));
    }

    #[test]
    fn requeue_ends_and_never_repeats_back_to_back_while_others_remain() {
        for n in 1..6 {
            for gap in 0..6 {
                let mut s = Session::new("s".into(), Mode::Review, keys(n), T);
                let mut shown = Vec::new();
                // Every answer rated Again.
                while let Some(k) = s.current().cloned() {
                    assert!(shown.len() < 100, "endless: {n} {gap}");
                    s.requeue_later(gap);
                    shown.push(k);
                    s.skip_current();
                }
                for k in keys(n) {
                    let times = shown.iter().filter(|s| **s == k).count();
                    assert_eq!(times, 1 + MAX_REQUEUES, "{n} {gap} {k:?}");
                }
                for (i, pair) in shown.windows(2).enumerate() {
                    if pair[0] == pair[1] {
                        assert!(
                            shown[i..].iter().all(|k| *k == pair[0]),
                            "{n} {gap}: back to back with others left: {shown:?}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn filter_by_role_lang_bank_and_tag() {
        let lib = Library::load(None, &[]);
        let ko_backend = candidates(
            &lib,
            &Filter {
                roles: vec!["backend".into()],
                lang: Some("ko".into()),
                ..Default::default()
            },
        );
        assert!(!ko_backend.is_empty());
        assert!(ko_backend.iter().all(|k| k.bank_id == "backend-ko"));
        let tagged = candidates(
            &lib,
            &Filter {
                banks: vec!["backend-en".into()],
                tags: vec!["http".into()],
                ..Default::default()
            },
        );
        assert!(!tagged.is_empty());
        let (b, _) = lib
            .question(&tagged[0].bank_id, &tagged[0].question_id)
            .unwrap();
        assert_eq!(b.id, "backend-en");
        let none = candidates(
            &lib,
            &Filter {
                roles: vec!["no-such-role".into()],
                ..Default::default()
            },
        );
        assert!(none.is_empty());
    }
}
