//! What the store keeps, and the reads and writes over it. Times are Unix
//! milliseconds (UTC); the export turns them into RFC 3339.

use std::collections::HashMap;
use std::sync::LazyLock;

use rusqlite::{OptionalExtension, Row, params, params_from_iter};

use super::rows::{ATTEMPT, CARD, DRAFT, FromRow, KEY, REVIEW, SESSION, ToRow, with_next};
use super::{Result, Store};
use crate::model::{
    Attempt, Card, Draft, Instant, QuestionHistory, QuestionKey, ReviewEntry, SessionRecord,
    StatsRows,
};

/// A random id for attempts and sessions: 16 hex digits.
pub fn new_id() -> String {
    format!("{:016x}", rand::random::<u64>())
}

impl Store {
    /// Every row of `sql`, mapped by `f`.
    pub(super) fn collect<T>(
        &self,
        sql: &str,
        params: impl rusqlite::Params,
        f: impl FnMut(&Row) -> rusqlite::Result<T>,
    ) -> Result<Vec<T>> {
        let mut stmt = self.conn()?.prepare_cached(sql).map_err(|e| self.err(e))?;
        let rows = stmt.query_map(params, f).map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<Vec<T>>>()
            .map_err(|e| self.err(e))
    }

    /// The one row of `sql`, if any, mapped by `f`.
    pub(super) fn one<T>(
        &self,
        sql: &str,
        params: impl rusqlite::Params,
        f: impl FnOnce(&Row) -> rusqlite::Result<T>,
    ) -> Result<Option<T>> {
        self.conn()?
            .query_row(sql, params, f)
            .optional()
            .map_err(|e| self.err(e))
    }

    /// Saves a submitted attempt durably (the commit is fsynced).
    pub fn insert_attempt(&self, a: &Attempt) -> Result<()> {
        insert_attempt_on(self.conn()?, a).map_err(|e| self.err(e))?;
        Ok(())
    }

    /// Runs `f` inside one transaction (bulk loads: benchmarks, imports).
    pub fn bulk<T>(&mut self, f: impl FnOnce(&Store) -> T) -> T {
        let _ = self.conn.execute_batch("BEGIN");
        let out = f(self);
        let _ = self.conn.execute_batch("COMMIT");
        out
    }

    /// Stores a card and its review-log entry without touching attempts.
    pub fn record_card(&self, card: &Card, log: &ReviewEntry) -> Result<()> {
        upsert_card_on(self.conn()?, card).map_err(|e| self.err(e))?;
        insert_review_on(self.conn()?, log).map_err(|e| self.err(e))?;
        Ok(())
    }

    /// Records a rating: the attempt's rating, the card's new state and the
    /// review log entry, in one transaction.
    pub fn record_rating(
        &mut self,
        attempt_id: Option<&str>,
        card: &Card,
        log: &ReviewEntry,
    ) -> Result<()> {
        let path = self.path().to_path_buf();
        let classify = |e| super::classify(&path, e);
        let tx = self.conn.transaction().map_err(classify)?;
        if let Some(id) = attempt_id {
            tx.execute(
                "UPDATE attempts SET rating = ?1 WHERE id = ?2",
                params![log.rating, id],
            )
            .map_err(classify)?;
        }
        upsert_card_on(&tx, card).map_err(classify)?;
        insert_review_on(&tx, log).map_err(classify)?;
        tx.commit().map_err(classify)
    }

    pub fn attempts_for(&self, key: &QuestionKey) -> Result<Vec<Attempt>> {
        self.collect(
            &format!("SELECT {} FROM attempts WHERE bank_id = ?1 AND question_id = ?2 ORDER BY submitted_at, id", ATTEMPT.list()),
            params![key.bank_id, key.question_id],
            Attempt::from_row,
        )
    }

    pub fn all_attempts(&self) -> Result<Vec<Attempt>> {
        self.collect(
            &format!(
                "SELECT {} FROM attempts ORDER BY bank_id, question_id, started_at, id",
                ATTEMPT.list()
            ),
            [],
            Attempt::from_row,
        )
    }

    /// The latest attempt of every answered question, with its count.
    pub fn latest_attempts(&self) -> Result<Vec<(Attempt, u32)>> {
        self.collect(
            &format!(
                "SELECT {}, x.n FROM (
                   SELECT *, count(*) OVER (PARTITION BY bank_id, question_id) AS n,
                     row_number() OVER (PARTITION BY bank_id, question_id ORDER BY submitted_at DESC, id DESC) AS rn
                   FROM attempts) x
                 WHERE x.rn = 1",
                ATTEMPT.of("x")
            ),
            [],
            with_next(&ATTEMPT),
        )
    }

    pub fn attempt(&self, id: &str) -> Result<Option<Attempt>> {
        self.one(
            &format!("SELECT {} FROM attempts WHERE id = ?1", ATTEMPT.list()),
            [id],
            Attempt::from_row,
        )
    }

    pub fn delete_attempt(&self, id: &str) -> Result<bool> {
        let n = self
            .conn()?
            .execute("DELETE FROM attempts WHERE id = ?1", [id])
            .map_err(|e| self.err(e))?;
        Ok(n > 0)
    }

    /// How many attempts there are, from the totals the triggers keep (one
    /// row per role, question and time limit) rather than a scan of them.
    pub fn attempt_count(&self) -> Result<u64> {
        self.conn()?
            .query_row(
                "SELECT coalesce(sum(attempts), 0) FROM attempt_totals",
                [],
                |r| r.get::<_, i64>(0),
            )
            .map(|n| n as u64)
            .map_err(|e| self.err(e))
    }

    /// The most recent submitted attempt, for "last session" on the home screen.
    pub fn last_attempt(&self) -> Result<Option<Attempt>> {
        self.one(
            &format!(
                "SELECT {} FROM attempts ORDER BY submitted_at DESC, id DESC LIMIT 1",
                ATTEMPT.list()
            ),
            [],
            Attempt::from_row,
        )
    }

    /// The texts of the `limit` most recent answers, newest first.
    pub fn recent_answer_texts(&self, limit: usize) -> Result<Vec<String>> {
        self.collect(
            "SELECT text FROM attempts ORDER BY submitted_at DESC, id DESC LIMIT ?1",
            [limit as i64],
            |r| r.get(0),
        )
    }

    /// The most recent attempt at one question, read with one query.
    pub fn last_attempt_for(&self, key: &QuestionKey) -> Result<Option<Attempt>> {
        self.one(
            &format!(
                "SELECT {} FROM attempts WHERE bank_id = ?1 AND question_id = ?2
                 ORDER BY submitted_at DESC, id DESC LIMIT 1",
                ATTEMPT.list()
            ),
            params![key.bank_id, key.question_id],
            Attempt::from_row,
        )
    }

    /// Per question: how many attempts, and the latest rating given.
    pub fn histories(&self) -> Result<HashMap<QuestionKey, QuestionHistory>> {
        let rows = self.collect(
            &format!(
                "SELECT {}, count(*), max(submitted_at),
                    (SELECT rating FROM attempts b WHERE b.bank_id = a.bank_id AND b.question_id = a.question_id
                       AND b.rating IS NOT NULL ORDER BY submitted_at DESC LIMIT 1)
                 FROM attempts a GROUP BY bank_id, question_id",
                KEY.list()
            ),
            [],
            |r| {
                Ok((
                    QuestionKey::from_row(r)?,
                    QuestionHistory { attempts: r.get(2)?, last_submitted: r.get(3)?, last_rating: r.get(4)? },
                ))
            },
        )?;
        Ok(rows.into_iter().collect())
    }

    pub fn card(&self, key: &QuestionKey) -> Result<Option<Card>> {
        self.one(
            &format!(
                "SELECT {} FROM cards WHERE bank_id = ?1 AND question_id = ?2",
                CARD.list()
            ),
            params![key.bank_id, key.question_id],
            Card::from_row,
        )
    }

    pub fn all_cards(&self) -> Result<Vec<Card>> {
        self.collect(
            &format!(
                "SELECT {} FROM cards ORDER BY bank_id, question_id",
                CARD.list()
            ),
            [],
            Card::from_row,
        )
    }

    /// Cards due at `now`.
    pub fn due_cards(&self, now: Instant) -> Result<Vec<Card>> {
        self.collect(
            &format!("SELECT {} FROM cards WHERE due <= ?1", CARD.list()),
            [now],
            Card::from_row,
        )
    }

    /// The earliest due date in the future, for "next review".
    pub fn next_due(&self, now: Instant) -> Result<Option<Instant>> {
        self.conn()?
            .query_row("SELECT min(due) FROM cards WHERE due > ?1", [now], |r| {
                r.get(0)
            })
            .map_err(|e| self.err(e))
    }

    /// How many new questions were started (first rating) since `since`.
    pub fn new_started_since(&self, since: Instant) -> Result<usize> {
        self.conn()?
            .query_row(
                "SELECT count(*) FROM review_log WHERE state = 'new' AND reviewed_at >= ?1",
                [since],
                |r| r.get::<_, i64>(0),
            )
            .map(|n| n as usize)
            .map_err(|e| self.err(e))
    }

    /// How many of `question_ids` (one bank's) have a card: one seek on
    /// the cards' key, no row copied. `question_ids` sorted; an id listed
    /// twice counts twice, as it would be asked twice.
    pub fn carded_in_bank(&self, bank_id: &str, question_ids: &[&str]) -> Result<usize> {
        let mut stmt = self
            .conn()?
            .prepare_cached("SELECT question_id FROM cards WHERE bank_id = ?1")
            .map_err(|e| self.err(e))?;
        let mut rows = stmt.query([bank_id]).map_err(|e| self.err(e))?;
        let mut n = 0;
        while let Some(r) = rows.next().map_err(|e| self.err(e))? {
            let id = r
                .get_ref(0)
                .and_then(|v| Ok(v.as_str()?))
                .map_err(|e| self.err(e))?;
            let from = question_ids.partition_point(|q| *q < id);
            n += question_ids[from..]
                .iter()
                .take_while(|q| **q == id)
                .count();
        }
        Ok(n)
    }

    pub fn all_card_keys(&self) -> Result<Vec<QuestionKey>> {
        self.collect(
            &format!("SELECT {} FROM cards", KEY.list()),
            [],
            QuestionKey::from_row,
        )
    }

    pub fn due_count(&self, now: Instant) -> Result<u64> {
        self.conn()?
            .query_row("SELECT count(*) FROM cards WHERE due <= ?1", [now], |r| {
                r.get::<_, i64>(0)
            })
            .map(|n| n as u64)
            .map_err(|e| self.err(e))
    }

    pub fn reviews_for(&self, key: &QuestionKey) -> Result<Vec<ReviewEntry>> {
        self.collect(
            &format!("SELECT {} FROM review_log WHERE bank_id = ?1 AND question_id = ?2 ORDER BY reviewed_at, id", REVIEW.list()),
            params![key.bank_id, key.question_id],
            ReviewEntry::from_row,
        )
    }

    pub fn all_reviews(&self) -> Result<Vec<ReviewEntry>> {
        self.collect(
            &format!(
                "SELECT {} FROM review_log ORDER BY bank_id, question_id, reviewed_at, id",
                REVIEW.list()
            ),
            [],
            ReviewEntry::from_row,
        )
    }

    /// Whether an attempt was submitted on the local day `day`, where
    /// local time is `utc_offset_s` from UTC (the day [`Store::practice_days`]
    /// would list it under): one seek on the submission index.
    pub fn practiced_on(&self, day: chrono::NaiveDate, utc_offset_s: i64) -> Result<bool> {
        let d = super::summaries::day_number(day);
        let mut stmt = self
            .conn()?
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM attempts WHERE submitted_at >= ?1 AND submitted_at < ?2)",
            )
            .map_err(|e| self.err(e))?;
        let (start, end) = (
            super::summaries::day_start(d, utc_offset_s),
            super::summaries::day_start(d + 1, utc_offset_s),
        );
        stmt.query_row([start, end], |r| r.get(0))
            .map_err(|e| self.err(e))
    }

    /// Distinct local days (as `YYYY-MM-DD`) with at least one submitted
    /// attempt, newest first; `utc_offset_s` is the local offset from UTC.
    pub fn practice_days(&self, utc_offset_s: i64) -> Result<Vec<String>> {
        self.collect(
            "SELECT DISTINCT date(submitted_at / 1000 + ?1, 'unixepoch') AS d FROM attempts ORDER BY d DESC",
            [utc_offset_s],
            |r| r.get(0),
        )
    }

    /// Everything `stats` computes its report from; `utc_offset_s` is the
    /// local offset from UTC that splits answers into local days, counted
    /// from the local day `from` on (and before it only as far as a streak
    /// runs).
    pub fn stats_rows(&self, utc_offset_s: i64, from: chrono::NaiveDate) -> Result<StatsRows> {
        let from = super::summaries::day_number(from);
        let per_day = self.answers_per_day(utc_offset_s, Some(from))?;
        let first_counted = super::summaries::day_name(from);
        let earlier_days = if per_day.first().is_some_and(|(d, _)| *d == first_counted) {
            self.practised_run_before(utc_offset_s, from)?
        } else {
            Vec::new()
        };
        let roles = self.role_totals()?;
        Ok(StatsRows {
            per_day,
            earlier_days,
            cards: self.all_cards()?,
            total_attempts: roles.iter().map(|r| r.attempts).sum(),
            roles,
        })
    }

    pub fn save_draft(&self, d: &Draft) -> Result<()> {
        save_draft_on(self.conn()?, d).map_err(|e| self.err(e))?;
        Ok(())
    }

    pub fn draft(&self) -> Result<Option<Draft>> {
        self.one(
            &format!("SELECT {} FROM drafts WHERE slot = 'current'", DRAFT.list()),
            [],
            Draft::from_row,
        )
    }

    pub fn clear_draft(&self) -> Result<()> {
        self.conn()?
            .execute("DELETE FROM drafts WHERE slot = 'current'", [])
            .map_err(|e| self.err(e))?;
        Ok(())
    }

    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        self.one("SELECT value FROM settings WHERE key = ?1", [key], |r| {
            r.get(0)
        })
    }

    pub fn set_setting(&self, key: &str, value: &str) -> Result<()> {
        self.conn()?
            .execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, value],
            )
            .map_err(|e| self.err(e))?;
        Ok(())
    }

    pub fn all_settings(&self) -> Result<Vec<(String, String)>> {
        self.collect("SELECT key, value FROM settings ORDER BY key", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
    }

    pub fn talking_points(&self, key: &QuestionKey) -> Result<Option<String>> {
        self.one(
            "SELECT text FROM talking_points WHERE bank_id = ?1 AND question_id = ?2",
            params![key.bank_id, key.question_id],
            |r| r.get(0),
        )
    }

    pub fn set_talking_points(&self, key: &QuestionKey, text: &str, now: Instant) -> Result<()> {
        if text.trim().is_empty() {
            self.conn()?
                .execute(
                    "DELETE FROM talking_points WHERE bank_id = ?1 AND question_id = ?2",
                    params![key.bank_id, key.question_id],
                )
                .map_err(|e| self.err(e))?;
        } else {
            self.conn()?
                .execute(
                    "INSERT INTO talking_points (bank_id, question_id, text, updated_at) VALUES (?1, ?2, ?3, ?4)
                     ON CONFLICT (bank_id, question_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at",
                    params![key.bank_id, key.question_id, text, now],
                )
                .map_err(|e| self.err(e))?;
        }
        Ok(())
    }

    pub fn all_talking_points(&self) -> Result<Vec<(QuestionKey, String)>> {
        self.collect(
            &format!(
                "SELECT {}, text FROM talking_points ORDER BY bank_id, question_id",
                KEY.list()
            ),
            [],
            with_next(&KEY),
        )
    }

    pub fn start_session(&self, id: &str, mode: &str, now: Instant) -> Result<()> {
        self.conn()?
            .execute(
                "INSERT INTO sessions (id, mode, started_at) VALUES (?1, ?2, ?3) ON CONFLICT (id) DO NOTHING",
                params![id, mode, now],
            )
            .map_err(|e| self.err(e))?;
        Ok(())
    }

    pub fn finish_session(&self, id: &str, questions: u32, now: Instant) -> Result<()> {
        self.conn()?
            .execute(
                "UPDATE sessions SET finished_at = ?2, questions = ?3 WHERE id = ?1",
                params![id, now, questions],
            )
            .map_err(|e| self.err(e))?;
        Ok(())
    }

    pub fn last_session(&self) -> Result<Option<SessionRecord>> {
        self.one(
            &format!(
                "SELECT {} FROM sessions WHERE questions > 0 ORDER BY started_at DESC LIMIT 1",
                SESSION.list()
            ),
            [],
            SessionRecord::from_row,
        )
    }
}

// The per-row statements' SQL, written once: each is run through the
// connection's statement cache (`prepare_cached`), so an import of 100,000
// attempts parses it once instead of once a row.
static INSERT_ATTEMPT: LazyLock<String> = LazyLock::new(|| {
    format!(
        "INSERT OR IGNORE INTO attempts ({}) VALUES ({})",
        ATTEMPT.list(),
        ATTEMPT.placeholders()
    )
});
static UPSERT_CARD: LazyLock<String> = LazyLock::new(|| {
    format!(
        "INSERT INTO cards ({}) VALUES ({})
         ON CONFLICT (bank_id, question_id) DO UPDATE SET {}",
        CARD.list(),
        CARD.placeholders(),
        CARD.updates(&["bank_id", "question_id"])
    )
});
static INSERT_REVIEW: LazyLock<String> = LazyLock::new(|| {
    format!(
        "INSERT INTO review_log ({}) VALUES ({})",
        REVIEW.list(),
        REVIEW.placeholders()
    )
});
static SAVE_DRAFT: LazyLock<String> = LazyLock::new(|| {
    format!(
        "INSERT INTO drafts (slot, {}) VALUES ('current', {})
         ON CONFLICT (slot) DO UPDATE SET {}",
        DRAFT.list(),
        DRAFT.placeholders(),
        DRAFT.updates(&[])
    )
});

/// Runs `sql` (prepared once per connection, then taken from its cache).
pub(super) fn run_cached(
    conn: &rusqlite::Connection,
    sql: &str,
    params: impl rusqlite::Params,
) -> rusqlite::Result<usize> {
    conn.prepare_cached(sql)?.execute(params)
}

pub(super) fn insert_attempt_on(
    conn: &rusqlite::Connection,
    a: &Attempt,
) -> rusqlite::Result<usize> {
    run_cached(conn, &INSERT_ATTEMPT, params_from_iter(a.values()))
}

pub(super) fn upsert_card_on(conn: &rusqlite::Connection, c: &Card) -> rusqlite::Result<usize> {
    run_cached(conn, &UPSERT_CARD, params_from_iter(c.values()))
}

pub(super) fn insert_review_on(
    conn: &rusqlite::Connection,
    r: &ReviewEntry,
) -> rusqlite::Result<usize> {
    run_cached(conn, &INSERT_REVIEW, params_from_iter(r.values()))
}

pub(super) fn save_draft_on(conn: &rusqlite::Connection, d: &Draft) -> rusqlite::Result<usize> {
    run_cached(conn, &SAVE_DRAFT, params_from_iter(d.values()))
}

/// Saves a draft through a fresh connection: for the panic hook, which
/// cannot reach the app's store.
pub fn save_draft_file(db: &std::path::Path, d: &Draft) -> Result<()> {
    let conn = rusqlite::Connection::open(db).map_err(|e| super::classify(db, e))?;
    conn.busy_timeout(std::time::Duration::from_millis(500))
        .map_err(|e| super::classify(db, e))?;
    save_draft_on(&conn, d).map_err(|e| super::classify(db, e))?;
    Ok(())
}
