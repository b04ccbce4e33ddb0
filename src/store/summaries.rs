//! The reads Browse and Stats open with, shaped so their first frame costs
//! what it shows and not the whole history (issue 15): totals kept by
//! triggers (migration 5), days counted over the submitted-time index, no
//! answer text read until a search needs it.

use rusqlite::params;

use super::rows::{FromRow, KEY};
use super::{Result, Store};
use crate::model::{AnsweredQuestion, QuestionKey, RoleTotals};

/// The rowid of a question's latest attempt (the latest submitted, the
/// greatest id among equals), for a query that names the question `g`.
const LATEST_OF_G: &str = "(SELECT rowid FROM attempts b
     WHERE b.bank_id = g.bank_id AND b.question_id = g.question_id
     ORDER BY b.submitted_at DESC, b.id DESC LIMIT 1)";

/// The last instant SQLite's `date()` turns into a date (9999-12-31).
const LAST_DATED_MS: i64 = 253_402_300_799_999;
const DAY_S: i64 = 86_400;

impl Store {
    /// Every answered question as Browse lists it, most recently answered
    /// first (then by key): one query over the totals the triggers keep
    /// (migration 5), with one lookup of the latest attempt and of the card
    /// per question, so its cost follows the questions, not the attempts.
    pub fn answered_questions(&self) -> Result<Vec<AnsweredQuestion>> {
        self.collect(
            &format!(
                "SELECT g.bank_id, g.question_id, a.role, a.prompt, g.n, a.rating, a.submitted_at, c.due
                 FROM (SELECT bank_id, question_id, sum(attempts) AS n FROM attempt_totals
                       GROUP BY bank_id, question_id) g
                 JOIN attempts a ON a.rowid = {LATEST_OF_G}
                 LEFT JOIN cards c ON c.bank_id = g.bank_id AND c.question_id = g.question_id
                 ORDER BY a.submitted_at DESC, g.bank_id, g.question_id"
            ),
            [],
            |r| {
                Ok(AnsweredQuestion {
                    key: QuestionKey::from_row(r)?,
                    role: r.get(2)?,
                    prompt: r.get(3)?,
                    attempts: r.get(4)?,
                    last_rating: r.get(5)?,
                    last_submitted: r.get(6)?,
                    due: r.get(7)?,
                })
            },
        )
    }

    /// The latest answer's text of every answered question (what Browse's
    /// search reads, loaded when a search starts).
    pub fn latest_texts(&self) -> Result<Vec<(QuestionKey, String)>> {
        self.collect(
            &format!(
                "SELECT g.bank_id, g.question_id, a.text
                 FROM (SELECT DISTINCT bank_id, question_id FROM attempt_totals) g
                 JOIN attempts a ON a.rowid = {LATEST_OF_G}"
            ),
            [],
            |r| Ok((QuestionKey::from_row(r)?, r.get(KEY.len())?)),
        )
    }

    /// Answers per local day (`YYYY-MM-DD`), oldest first, from the local
    /// day `since` on (days counted from 1970-01-01; `None`: every day);
    /// `utc_offset_s` is the local offset from UTC. Each day is counted
    /// over the submitted-time index and the next day with answers found by
    /// a seek, so no attempt row is read and no date formatted per answer.
    pub fn answers_per_day(
        &self,
        utc_offset_s: i64,
        since: Option<i64>,
    ) -> Result<Vec<(String, u64)>> {
        let conn = self.conn()?;
        let err = |e| self.err(e);
        let Some(first) = self.plain_days()? else {
            // Outside these SQLite's own split (seconds truncated toward
            // zero, `date()`'s range) is not plain day arithmetic: let it count.
            let from = since.map_or_else(String::new, day_name);
            return self.collect(
                "SELECT date(submitted_at / 1000 + ?1, 'unixepoch') AS d, count(*)
                 FROM attempts GROUP BY d HAVING d >= ?2 ORDER BY d",
                params![utc_offset_s, from],
                |r| Ok((r.get(0)?, r.get::<_, i64>(1)? as u64)),
            );
        };
        let mut count = conn
            .prepare_cached(
                "SELECT count(*) FROM attempts WHERE submitted_at >= ?1 AND submitted_at < ?2",
            )
            .map_err(err)?;
        let mut next = conn
            .prepare_cached("SELECT min(submitted_at) FROM attempts WHERE submitted_at >= ?1")
            .map_err(err)?;
        let mut next_after = |ms: i64| {
            next.query_row([ms], |r| r.get::<_, Option<i64>>(0))
                .map_err(err)
        };
        let mut out = Vec::new();
        let mut at = match since {
            Some(day) => next_after(day_start(day, utc_offset_s).max(0))?,
            None => first,
        };
        while let Some(ms) = at {
            let day = (ms / 1000 + utc_offset_s).div_euclid(DAY_S);
            let start = day_start(day, utc_offset_s);
            let end = day_start(day + 1, utc_offset_s);
            let n: i64 = count
                .query_row(params![start, end], |r| r.get(0))
                .map_err(err)?;
            out.push((day_name(day), n as u64));
            at = next_after(end)?;
        }
        Ok(out)
    }

    /// The days with answers just before the local day `day`, newest first:
    /// the run of practised days that ends the day before it (empty when
    /// that day has none), one seek a day. What a streak needs from before
    /// the days [`Store::answers_per_day`] counted.
    pub fn practised_run_before(&self, utc_offset_s: i64, day: i64) -> Result<Vec<String>> {
        if self.plain_days()?.is_none() {
            let days = self.answers_per_day(utc_offset_s, None)?;
            let mut run = Vec::new();
            let mut want = day - 1;
            let before = day_name(day);
            for (date, _) in days.iter().rev().filter(|(d, _)| *d < before) {
                if *date != day_name(want) {
                    break;
                }
                run.push(date.clone());
                want -= 1;
            }
            return Ok(run);
        }
        let mut run = Vec::new();
        let mut d = day - 1;
        while day_start(d + 1, utc_offset_s) > 0 {
            if !self.practiced_on(day_date(d), utc_offset_s)? {
                break;
            }
            run.push(day_name(d));
            d -= 1;
        }
        Ok(run)
    }

    /// The first submission time when every one lies where days are plain
    /// arithmetic (from 1970 to 9999); `None` otherwise, and when empty
    /// (then the SQLite fallbacks answer, with nothing).
    fn plain_days(&self) -> Result<Option<Option<i64>>> {
        let (first, last): (Option<i64>, Option<i64>) = self
            .conn()?
            .query_row(
                // Apart, each is one seek: together they would scan the index.
                "SELECT (SELECT min(submitted_at) FROM attempts),
                        (SELECT max(submitted_at) FROM attempts)",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .map_err(|e| self.err(e))?;
        Ok(match (first, last) {
            (Some(f), Some(l)) if f < 0 || l > LAST_DATED_MS => None,
            _ => Some(first),
        })
    }

    /// Per role: questions answered, attempts, mean time over the limit and
    /// how many went over, sorted by role: read from the totals the
    /// triggers of migration 5 keep, one row per role, question and limit.
    pub fn role_totals(&self) -> Result<Vec<RoleTotals>> {
        self.collect(
            "SELECT role, count(DISTINCT bank_id || char(31) || question_id), sum(attempts),
                    sum(duration_ms * 1.0 / max(time_limit_s * 1000, 1)) / sum(attempts),
                    sum(over_limit)
             FROM attempt_totals GROUP BY role ORDER BY role",
            [],
            role_totals_row,
        )
    }
}

/// A row of (role, questions, attempts, mean time ratio, over the limit).
fn role_totals_row(r: &rusqlite::Row) -> rusqlite::Result<RoleTotals> {
    Ok(RoleTotals {
        role: r.get(0)?,
        questions_answered: r.get::<_, i64>(1)? as u64,
        attempts: r.get::<_, i64>(2)? as u64,
        mean_time_ratio: r.get(3)?,
        over_limit: r.get::<_, i64>(4)? as u64,
    })
}

/// Where the local day `day` (counted from 1970-01-01) starts, in Unix ms.
pub(super) fn day_start(day: i64, utc_offset_s: i64) -> i64 {
    (day * DAY_S - utc_offset_s) * 1000
}

/// The day `date` as counted from 1970-01-01.
pub(super) fn day_number(date: chrono::NaiveDate) -> i64 {
    let epoch = chrono::NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default();
    (date - epoch).num_days()
}

/// The date of a day counted from 1970-01-01.
fn day_date(day: i64) -> chrono::NaiveDate {
    let epoch = chrono::NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default();
    epoch
        .checked_add_signed(chrono::TimeDelta::days(day))
        .unwrap_or(epoch)
}

/// `YYYY-MM-DD` of a day counted from 1970-01-01.
pub(super) fn day_name(day: i64) -> String {
    crate::clock::iso_date(day_date(day))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Attempt, Card, Instant, ReviewEntry, Span, StatsRows};
    use crate::store::rows::{ATTEMPT, with_next};

    /// A store whose attempts vary in everything the reads group by: two
    /// roles for one question, equal submission times (the id breaks the
    /// tie), answers either side of local midnights, unrated answers, time
    /// limits of 0, days with gaps; some questions scheduled.
    fn varied() -> Store {
        let store = Store::in_memory().unwrap();
        let base = 1_796_085_000_000i64; // 2026-12-01 00:30 UTC
        let mut seed = 7u64;
        let mut next = move |n: u64| {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            (seed >> 33) % n
        };
        for i in 0..600u64 {
            let q = next(40);
            let at = if i % 50 == 0 {
                base // many answers at the very same instant
            } else {
                base - next(90) as i64 * 86_400_000 + next(86_400_000) as i64
            };
            let a = Attempt {
                id: format!("{:04x}{i:03}", next(60_000)),
                bank_id: format!("b{}", q % 3),
                question_id: format!("q{q}"),
                role: ["backend", "frontend", "백엔드"][(q as usize + (i % 7 == 0) as usize) % 3]
                    .into(),
                prompt: format!("prompt {q} v{}", i % 3),
                started_at: Instant::from_ms(at - 60_000),
                submitted_at: Instant::from_ms(at),
                duration_ms: Span::from_ms(next(200_000) as i64),
                text: format!("answer {i} to {q}"),
                rating: (i % 5 != 0).then(|| 1 + next(4) as u8),
                mode: "practice".into(),
                time_limit_s: [0, 60, 120][next(3) as usize],
                session_id: None,
            };
            store.insert_attempt(&a).unwrap();
            if q % 4 == 0 {
                let card = Card {
                    bank_id: a.bank_id.clone(),
                    question_id: a.question_id.clone(),
                    role: a.role.clone(),
                    prompt: a.prompt.clone(),
                    state: "review".into(),
                    due: Instant::from_ms(at + 86_400_000),
                    stability: 3.0,
                    difficulty: 5.0,
                    reps: 1,
                    lapses: 0,
                    last_review: Instant::from_ms(at),
                };
                let log = ReviewEntry {
                    bank_id: a.bank_id.clone(),
                    question_id: a.question_id.clone(),
                    reviewed_at: Instant::from_ms(at),
                    rating: 3,
                    state: "new".into(),
                    elapsed_days: 0.0,
                    scheduled_days: 1.0,
                    attempt_id: Some(a.id.clone()),
                };
                store.record_card(&card, &log).unwrap();
            }
        }
        store
    }

    /// The latest attempt of every question, the way Browse read it before
    /// (a window over every attempt, texts and all).
    fn latest_before(store: &Store) -> Vec<(Attempt, u32)> {
        store
            .collect(
                &format!(
                    "SELECT {}, x.n FROM (
                       SELECT *, count(*) OVER (PARTITION BY bank_id, question_id) AS n,
                         row_number() OVER (PARTITION BY bank_id, question_id
                                            ORDER BY submitted_at DESC, id DESC) AS rn
                       FROM attempts) x
                     WHERE x.rn = 1",
                    ATTEMPT.of("x")
                ),
                [],
                with_next(&ATTEMPT),
            )
            .unwrap()
    }

    #[test]
    fn answered_questions_are_the_latest_attempts_with_their_counts_and_due_dates() {
        let store = varied();
        let due: std::collections::HashMap<QuestionKey, Instant> = store
            .all_cards()
            .unwrap()
            .into_iter()
            .map(|c| (QuestionKey::new(&c.bank_id, &c.question_id), c.due))
            .collect();
        let mut want: Vec<AnsweredQuestion> = latest_before(&store)
            .into_iter()
            .map(|(a, n)| {
                let key = QuestionKey::new(&a.bank_id, &a.question_id);
                AnsweredQuestion {
                    due: due.get(&key).copied(),
                    key,
                    role: a.role,
                    prompt: a.prompt,
                    attempts: n,
                    last_rating: a.rating,
                    last_submitted: a.submitted_at,
                }
            })
            .collect();
        want.sort_by(|a, b| (b.last_submitted, &a.key).cmp(&(a.last_submitted, &b.key)));
        let got = store.answered_questions().unwrap();
        assert_eq!(got.len(), 40);
        assert!(got.iter().any(|q| q.due.is_some()) && got.iter().any(|q| q.due.is_none()));
        assert_eq!(got, want);

        let texts: std::collections::HashMap<QuestionKey, String> =
            store.latest_texts().unwrap().into_iter().collect();
        let want: std::collections::HashMap<QuestionKey, String> = latest_before(&store)
            .into_iter()
            .map(|(a, _)| (QuestionKey::new(&a.bank_id, &a.question_id), a.text))
            .collect();
        assert_eq!(texts, want);
    }

    /// Answers per local day as the store counted them before: a date
    /// formatted for every attempt.
    fn per_day_before(store: &Store, offset: i64) -> Vec<(String, u64)> {
        store
            .collect(
                "SELECT date(submitted_at / 1000 + ?1, 'unixepoch') AS d, count(*)
                 FROM attempts GROUP BY d ORDER BY d",
                [offset],
                |r| Ok((r.get(0)?, r.get::<_, i64>(1)? as u64)),
            )
            .unwrap()
    }

    #[test]
    fn answers_per_day_split_local_days_as_sqlite_did() {
        let store = varied();
        for offset in [
            0,
            9 * 3600,
            -5 * 3600,
            19_800,
            20_700,
            14 * 3600,
            -12 * 3600,
            1,
        ] {
            let got = store.answers_per_day(offset, None).unwrap();
            assert_eq!(got, per_day_before(&store, offset), "offset {offset}");
            assert_eq!(
                got.iter().map(|d| d.1).sum::<u64>(),
                store.attempt_count().unwrap()
            );
        }
        assert!(
            Store::in_memory()
                .unwrap()
                .answers_per_day(0, None)
                .unwrap()
                .is_empty()
        );
        // Before 1970 the split is SQLite's own, as it was.
        let mut a = store.attempts_for(&QuestionKey::new("b0", "q0")).unwrap()[0].clone();
        a.id = "old".into();
        a.submitted_at = Instant::from_ms(-86_400_500);
        store.insert_attempt(&a).unwrap();
        assert_eq!(
            store.answers_per_day(3600, None).unwrap(),
            per_day_before(&store, 3600)
        );
    }

    /// The stats report from the rows as the store read them before (every
    /// day counted) against the rows it reads now (the heatmap's days
    /// counted, the streak's run walked before them).
    #[test]
    fn the_report_from_the_days_counted_now_is_the_report_from_every_day() {
        use crate::clock::LocalDay;
        use crate::stats::{HEATMAP_DAYS, report_from};
        let store = varied();
        // 130 days in a row up to 2027-01-10, a gap, then 5 more days before.
        let last = 1_799_575_200_000i64; // 2027-01-10 10:00 UTC
        let mut a = store.attempts_for(&QuestionKey::new("b0", "q0")).unwrap()[0].clone();
        for d in (0..130).chain(131..136) {
            for k in 0..2 {
                a.id = format!("day{d}-{k}");
                a.submitted_at = Instant::from_ms(last - d * 86_400_000 - k * 3_600_000);
                store.insert_attempt(&a).unwrap();
            }
        }
        let s = crate::schedule::Scheduler::default_params();
        let day = 86_400_000i64;
        let nows = [
            last,
            last + day,
            last + 2 * day,
            last - 100 * day,
            last + 90 * day,
        ];
        for now in nows.map(Instant::from_ms) {
            for offset in [0, 9 * 3600, -8 * 3600, 19_800] {
                let local = LocalDay::fixed(offset);
                let before = StatsRows {
                    per_day: per_day_before(&store, offset),
                    earlier_days: Vec::new(),
                    cards: store.all_cards().unwrap(),
                    roles: store.role_totals().unwrap(),
                    total_attempts: store.attempt_count().unwrap(),
                };
                let first = local.today(now) - chrono::Days::new(HEATMAP_DAYS as u64 - 1);
                let rows = store.stats_rows(offset, first).unwrap();
                let want = report_from(&before, &s, now, &local);
                let got = report_from(&rows, &s, now, &local);
                assert_eq!(got, want, "now {now:?}, offset {offset}");
                if now.as_ms() == last {
                    assert!(got.streak >= 129, "{}", got.streak);
                    assert!(rows.per_day.len() <= HEATMAP_DAYS as usize);
                }
            }
            // With an answer before 1970, SQLite's own split counts, as before.
            if now.as_ms() == last + 90 * day {
                a.id = "old".into();
                a.submitted_at = Instant::from_ms(-1_500);
                store.insert_attempt(&a).unwrap();
                let before = StatsRows {
                    per_day: per_day_before(&store, 3600),
                    earlier_days: Vec::new(),
                    ..store.stats_rows(3600, chrono::NaiveDate::MIN).unwrap()
                };
                let local = LocalDay::fixed(3600);
                for now in nows.map(Instant::from_ms) {
                    let first = local.today(now) - chrono::Days::new(HEATMAP_DAYS as u64 - 1);
                    let rows = store.stats_rows(3600, first).unwrap();
                    assert_eq!(
                        report_from(&rows, &s, now, &local),
                        report_from(&before, &s, now, &local),
                        "before 1970, now {now:?}"
                    );
                }
            }
        }
    }

    /// The roles' totals as the store added them up before: over every
    /// attempt's row.
    fn role_totals_before(store: &Store) -> Vec<RoleTotals> {
        store
            .collect(
                "SELECT role, count(DISTINCT bank_id || char(31) || question_id), count(*),
                        avg(duration_ms * 1.0 / max(time_limit_s * 1000, 1)),
                        sum(duration_ms > time_limit_s * 1000)
                 FROM attempts GROUP BY role ORDER BY role",
                [],
                role_totals_row,
            )
            .unwrap()
    }

    fn assert_same_totals(store: &Store, what: &str) {
        let before = role_totals_before(store);
        let got = store.role_totals().unwrap();
        assert_eq!(got.len(), before.len(), "{what}");
        for (g, b) in got.iter().zip(&before) {
            // The same mean summed in another order may differ in its last bits.
            assert!(
                (g.mean_time_ratio - b.mean_time_ratio).abs() < 1e-12,
                "{what}: {g:?} {b:?}"
            );
            let same = RoleTotals {
                mean_time_ratio: b.mean_time_ratio,
                ..g.clone()
            };
            assert_eq!(&same, b, "{what}");
        }
    }

    #[test]
    fn role_totals_kept_by_the_triggers_add_up_as_over_every_attempt() {
        let store = varied();
        assert_eq!(store.role_totals().unwrap().len(), 3);
        assert_same_totals(&store, "saved");
        // Deleting every answer of one question, then a few of others.
        let gone = store.attempts_for(&QuestionKey::new("b1", "q1")).unwrap();
        assert!(!gone.is_empty());
        for a in &gone {
            assert!(store.delete_attempt(&a.id).unwrap());
        }
        assert_same_totals(&store, "a question deleted");
        for a in store
            .attempts_for(&QuestionKey::new("b2", "q2"))
            .unwrap()
            .iter()
            .step_by(2)
        {
            store.delete_attempt(&a.id).unwrap();
        }
        assert_same_totals(&store, "some answers deleted");
        // A rating changes nothing; an edited row moves its totals.
        let conn = store.conn().unwrap();
        conn.execute("UPDATE attempts SET rating = 1", []).unwrap();
        conn.execute(
            "UPDATE attempts SET role = 'frontend', time_limit_s = 90 WHERE question_id = 'q3'",
            [],
        )
        .unwrap();
        conn.execute(
            "UPDATE attempts SET duration_ms = duration_ms + 70000 WHERE question_id = 'q4'",
            [],
        )
        .unwrap();
        assert_same_totals(&store, "rows edited");
        // A store saved before the totals existed gets them from its attempts.
        conn.execute_batch(
            "DROP TRIGGER attempt_totals_insert; DELETE FROM attempt_totals;
             INSERT INTO attempts SELECT id || 'x', bank_id, question_id, role, prompt, started_at,
               submitted_at, duration_ms, text, rating, mode, time_limit_s, session_id FROM attempts;",
        )
        .unwrap();
        let migration = crate::store::migrations::MIGRATIONS
            .iter()
            .find(|m| m.contains("CREATE TABLE IF NOT EXISTS attempt_totals"))
            .unwrap();
        conn.execute_batch(migration).unwrap();
        assert_same_totals(&store, "filled by the migration");
        conn.execute("DELETE FROM attempts", []).unwrap();
        assert!(store.role_totals().unwrap().is_empty());
        let n: i64 = conn
            .query_row("SELECT count(*) FROM attempt_totals", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 0);
    }
}
