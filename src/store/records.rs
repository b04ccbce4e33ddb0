//! What the store keeps, and the reads and writes over it. Times are Unix
//! milliseconds (UTC); the export turns them into RFC 3339.

use std::collections::HashMap;

use rusqlite::{OptionalExtension, Row, params};

use super::{Result, Store};
use crate::model::{
    Attempt, Card, Draft, Millis, QuestionHistory, QuestionKey, ReviewEntry, RoleTotals,
    SessionRecord, StatsRows,
};

pub(super) const DRAFT_COLS: &str = "bank_id, question_id, role, prompt, text, started_at, updated_at, elapsed_ms, mode, time_limit_s, session_id";

pub(super) fn draft_from(r: &Row) -> rusqlite::Result<Draft> {
    Ok(Draft {
        bank_id: r.get(0)?,
        question_id: r.get(1)?,
        role: r.get(2)?,
        prompt: r.get(3)?,
        text: r.get(4)?,
        started_at: r.get(5)?,
        updated_at: r.get(6)?,
        elapsed_ms: r.get(7)?,
        mode: r.get(8)?,
        time_limit_s: r.get(9)?,
        session_id: r.get(10)?,
    })
}

pub(super) const ATTEMPT_COLS: &str = "id, bank_id, question_id, role, prompt, started_at, submitted_at, duration_ms, text, rating, mode, time_limit_s, session_id";
const CARD_COLS: &str = "bank_id, question_id, role, prompt, state, due, stability, difficulty, reps, lapses, last_review";
const REVIEW_COLS: &str =
    "bank_id, question_id, reviewed_at, rating, state, elapsed_days, scheduled_days, attempt_id";

pub(super) fn attempt_from(r: &Row) -> rusqlite::Result<Attempt> {
    Ok(Attempt {
        id: r.get(0)?,
        bank_id: r.get(1)?,
        question_id: r.get(2)?,
        role: r.get(3)?,
        prompt: r.get(4)?,
        started_at: r.get(5)?,
        submitted_at: r.get(6)?,
        duration_ms: r.get(7)?,
        text: r.get(8)?,
        rating: r.get(9)?,
        mode: r.get(10)?,
        time_limit_s: r.get(11)?,
        session_id: r.get(12)?,
    })
}

fn card_from(r: &Row) -> rusqlite::Result<Card> {
    Ok(Card {
        bank_id: r.get(0)?,
        question_id: r.get(1)?,
        role: r.get(2)?,
        prompt: r.get(3)?,
        state: r.get(4)?,
        due: r.get(5)?,
        stability: r.get(6)?,
        difficulty: r.get(7)?,
        reps: r.get(8)?,
        lapses: r.get(9)?,
        last_review: r.get(10)?,
    })
}

fn review_from(r: &Row) -> rusqlite::Result<ReviewEntry> {
    Ok(ReviewEntry {
        bank_id: r.get(0)?,
        question_id: r.get(1)?,
        reviewed_at: r.get(2)?,
        rating: r.get(3)?,
        state: r.get(4)?,
        elapsed_days: r.get(5)?,
        scheduled_days: r.get(6)?,
        attempt_id: r.get(7)?,
    })
}

/// A random id for attempts and sessions: 16 hex digits.
pub fn new_id() -> String {
    format!("{:016x}", rand::random::<u64>())
}

impl Store {
    fn collect<T>(
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
            &format!("SELECT {ATTEMPT_COLS} FROM attempts WHERE bank_id = ?1 AND question_id = ?2 ORDER BY submitted_at, id"),
            params![key.bank_id, key.question_id],
            attempt_from,
        )
    }

    pub fn all_attempts(&self) -> Result<Vec<Attempt>> {
        self.collect(
            &format!(
                "SELECT {ATTEMPT_COLS} FROM attempts ORDER BY bank_id, question_id, started_at, id"
            ),
            [],
            attempt_from,
        )
    }

    /// The latest attempt of every answered question, with its count.
    pub fn latest_attempts(&self) -> Result<Vec<(Attempt, u32)>> {
        let cols = ATTEMPT_COLS
            .split(", ")
            .map(|c| format!("x.{c}"))
            .collect::<Vec<_>>()
            .join(", ");
        self.collect(
            &format!(
                "SELECT {cols}, x.n FROM (
                   SELECT *, count(*) OVER (PARTITION BY bank_id, question_id) AS n,
                     row_number() OVER (PARTITION BY bank_id, question_id ORDER BY submitted_at DESC, id DESC) AS rn
                   FROM attempts) x
                 WHERE x.rn = 1"
            ),
            [],
            |r| Ok((attempt_from(r)?, r.get(13)?)),
        )
    }

    pub fn attempt(&self, id: &str) -> Result<Option<Attempt>> {
        self.conn()?
            .query_row(
                &format!("SELECT {ATTEMPT_COLS} FROM attempts WHERE id = ?1"),
                [id],
                attempt_from,
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    pub fn delete_attempt(&self, id: &str) -> Result<bool> {
        let n = self
            .conn()?
            .execute("DELETE FROM attempts WHERE id = ?1", [id])
            .map_err(|e| self.err(e))?;
        Ok(n > 0)
    }

    pub fn attempt_count(&self) -> Result<u64> {
        self.conn()?
            .query_row("SELECT count(*) FROM attempts", [], |r| r.get::<_, i64>(0))
            .map(|n| n as u64)
            .map_err(|e| self.err(e))
    }

    /// The most recent submitted attempt, for "last session" on the home screen.
    pub fn last_attempt(&self) -> Result<Option<Attempt>> {
        self.conn()?
            .query_row(
                &format!("SELECT {ATTEMPT_COLS} FROM attempts ORDER BY submitted_at DESC, id DESC LIMIT 1"),
                [],
                attempt_from,
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    /// Per question: how many attempts, and the latest rating given.
    pub fn histories(&self) -> Result<HashMap<QuestionKey, QuestionHistory>> {
        let rows = self.collect(
            "SELECT bank_id, question_id, count(*), max(submitted_at),
                    (SELECT rating FROM attempts b WHERE b.bank_id = a.bank_id AND b.question_id = a.question_id
                       AND b.rating IS NOT NULL ORDER BY submitted_at DESC LIMIT 1)
             FROM attempts a GROUP BY bank_id, question_id",
            [],
            |r| {
                Ok((
                    QuestionKey::new(r.get::<_, String>(0)?, r.get::<_, String>(1)?),
                    QuestionHistory { attempts: r.get(2)?, last_submitted: r.get(3)?, last_rating: r.get(4)? },
                ))
            },
        )?;
        Ok(rows.into_iter().collect())
    }

    pub fn card(&self, key: &QuestionKey) -> Result<Option<Card>> {
        self.conn()?
            .query_row(
                &format!("SELECT {CARD_COLS} FROM cards WHERE bank_id = ?1 AND question_id = ?2"),
                params![key.bank_id, key.question_id],
                card_from,
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    pub fn all_cards(&self) -> Result<Vec<Card>> {
        self.collect(
            &format!("SELECT {CARD_COLS} FROM cards ORDER BY bank_id, question_id"),
            [],
            card_from,
        )
    }

    /// Cards due at `now`.
    pub fn due_cards(&self, now: Millis) -> Result<Vec<Card>> {
        self.collect(
            &format!("SELECT {CARD_COLS} FROM cards WHERE due <= ?1"),
            [now],
            card_from,
        )
    }

    /// The earliest due date in the future, for "next review".
    pub fn next_due(&self, now: Millis) -> Result<Option<Millis>> {
        self.conn()?
            .query_row("SELECT min(due) FROM cards WHERE due > ?1", [now], |r| {
                r.get(0)
            })
            .map_err(|e| self.err(e))
    }

    /// How many new questions were started (first rating) since `since`.
    pub fn new_started_since(&self, since: Millis) -> Result<usize> {
        self.conn()?
            .query_row(
                "SELECT count(*) FROM review_log WHERE state = 'new' AND reviewed_at >= ?1",
                [since],
                |r| r.get::<_, i64>(0),
            )
            .map(|n| n as usize)
            .map_err(|e| self.err(e))
    }

    pub fn all_card_keys(&self) -> Result<Vec<QuestionKey>> {
        self.collect("SELECT bank_id, question_id FROM cards", [], |r| {
            Ok(QuestionKey::new(
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
            ))
        })
    }

    pub fn due_count(&self, now: Millis) -> Result<u64> {
        self.conn()?
            .query_row("SELECT count(*) FROM cards WHERE due <= ?1", [now], |r| {
                r.get::<_, i64>(0)
            })
            .map(|n| n as u64)
            .map_err(|e| self.err(e))
    }

    pub fn reviews_for(&self, key: &QuestionKey) -> Result<Vec<ReviewEntry>> {
        self.collect(
            &format!("SELECT {REVIEW_COLS} FROM review_log WHERE bank_id = ?1 AND question_id = ?2 ORDER BY reviewed_at, id"),
            params![key.bank_id, key.question_id],
            review_from,
        )
    }

    pub fn all_reviews(&self) -> Result<Vec<ReviewEntry>> {
        self.collect(
            &format!("SELECT {REVIEW_COLS} FROM review_log ORDER BY bank_id, question_id, reviewed_at, id"),
            [],
            review_from,
        )
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

    /// Answers per local day (`YYYY-MM-DD`).
    pub fn attempts_per_day(&self, utc_offset_s: i64) -> Result<Vec<(String, u64)>> {
        self.collect(
            "SELECT date(submitted_at / 1000 + ?1, 'unixepoch') AS d, count(*) FROM attempts GROUP BY d",
            [utc_offset_s],
            |r| Ok((r.get(0)?, r.get::<_, i64>(1)? as u64)),
        )
    }

    /// Per role: questions answered, attempts, mean time over the limit, and
    /// how many went over.
    pub fn role_totals(&self) -> Result<Vec<RoleTotals>> {
        self.collect(
            "SELECT role, count(DISTINCT bank_id || char(31) || question_id), count(*),
                    avg(duration_ms * 1.0 / max(time_limit_s * 1000, 1)),
                    sum(duration_ms > time_limit_s * 1000)
             FROM attempts GROUP BY role ORDER BY role",
            [],
            |r| {
                Ok(RoleTotals {
                    role: r.get(0)?,
                    questions_answered: r.get::<_, i64>(1)? as u64,
                    attempts: r.get::<_, i64>(2)? as u64,
                    mean_time_ratio: r.get(3)?,
                    over_limit: r.get::<_, i64>(4)? as u64,
                })
            },
        )
    }

    /// Everything `stats` computes its report from; `utc_offset_s` is the
    /// local offset from UTC that splits answers into local days.
    pub fn stats_rows(&self, utc_offset_s: i64) -> Result<StatsRows> {
        Ok(StatsRows {
            per_day: self.attempts_per_day(utc_offset_s)?,
            cards: self.all_cards()?,
            roles: self.role_totals()?,
            total_attempts: self.attempt_count()?,
        })
    }

    pub fn save_draft(&self, d: &Draft) -> Result<()> {
        save_draft_on(self.conn()?, d).map_err(|e| self.err(e))?;
        Ok(())
    }

    pub fn draft(&self) -> Result<Option<Draft>> {
        self.conn()?
            .query_row(
                &format!("SELECT {DRAFT_COLS} FROM drafts WHERE slot = 'current'"),
                [],
                draft_from,
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    pub fn clear_draft(&self) -> Result<()> {
        self.conn()?
            .execute("DELETE FROM drafts WHERE slot = 'current'", [])
            .map_err(|e| self.err(e))?;
        Ok(())
    }

    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        self.conn()?
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()
            .map_err(|e| self.err(e))
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
        self.conn()?
            .query_row(
                "SELECT text FROM talking_points WHERE bank_id = ?1 AND question_id = ?2",
                params![key.bank_id, key.question_id],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    pub fn set_talking_points(&self, key: &QuestionKey, text: &str, now: Millis) -> Result<()> {
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
            "SELECT bank_id, question_id, text FROM talking_points ORDER BY bank_id, question_id",
            [],
            |r| {
                Ok((
                    QuestionKey::new(r.get::<_, String>(0)?, r.get::<_, String>(1)?),
                    r.get(2)?,
                ))
            },
        )
    }

    pub fn start_session(&self, id: &str, mode: &str, now: Millis) -> Result<()> {
        self.conn()?
            .execute(
                "INSERT INTO sessions (id, mode, started_at) VALUES (?1, ?2, ?3) ON CONFLICT (id) DO NOTHING",
                params![id, mode, now],
            )
            .map_err(|e| self.err(e))?;
        Ok(())
    }

    pub fn finish_session(&self, id: &str, questions: u32, now: Millis) -> Result<()> {
        self.conn()?
            .execute(
                "UPDATE sessions SET finished_at = ?2, questions = ?3 WHERE id = ?1",
                params![id, now, questions],
            )
            .map_err(|e| self.err(e))?;
        Ok(())
    }

    pub fn last_session(&self) -> Result<Option<SessionRecord>> {
        self.conn()?
            .query_row(
                "SELECT id, mode, started_at, finished_at, questions FROM sessions
                 WHERE questions > 0 ORDER BY started_at DESC LIMIT 1",
                [],
                |r| {
                    Ok(SessionRecord {
                        id: r.get(0)?,
                        mode: r.get(1)?,
                        started_at: r.get(2)?,
                        finished_at: r.get(3)?,
                        questions: r.get(4)?,
                    })
                },
            )
            .optional()
            .map_err(|e| self.err(e))
    }
}

pub(super) fn insert_attempt_on(
    conn: &rusqlite::Connection,
    a: &Attempt,
) -> rusqlite::Result<usize> {
    conn.execute(
        &format!("INSERT OR IGNORE INTO attempts ({ATTEMPT_COLS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"),
        params![
            a.id, a.bank_id, a.question_id, a.role, a.prompt, a.started_at, a.submitted_at, a.duration_ms, a.text,
            a.rating, a.mode, a.time_limit_s, a.session_id
        ],
    )
}

pub(super) fn upsert_card_on(conn: &rusqlite::Connection, c: &Card) -> rusqlite::Result<usize> {
    conn.execute(
        &format!(
            "INSERT INTO cards ({CARD_COLS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
             ON CONFLICT (bank_id, question_id) DO UPDATE SET role = excluded.role, prompt = excluded.prompt,
               state = excluded.state, due = excluded.due, stability = excluded.stability,
               difficulty = excluded.difficulty, reps = excluded.reps, lapses = excluded.lapses,
               last_review = excluded.last_review"
        ),
        params![
            c.bank_id, c.question_id, c.role, c.prompt, c.state, c.due, c.stability, c.difficulty, c.reps, c.lapses,
            c.last_review
        ],
    )
}

pub(super) fn insert_review_on(
    conn: &rusqlite::Connection,
    r: &ReviewEntry,
) -> rusqlite::Result<usize> {
    conn.execute(
        &format!("INSERT INTO review_log ({REVIEW_COLS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"),
        params![
            r.bank_id,
            r.question_id,
            r.reviewed_at,
            r.rating,
            r.state,
            r.elapsed_days,
            r.scheduled_days,
            r.attempt_id
        ],
    )
}

pub(super) fn save_draft_on(conn: &rusqlite::Connection, d: &Draft) -> rusqlite::Result<usize> {
    conn.execute(
        "INSERT INTO drafts (slot, bank_id, question_id, role, prompt, text, started_at, updated_at, elapsed_ms, mode, time_limit_s, session_id)
         VALUES ('current', ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
         ON CONFLICT (slot) DO UPDATE SET bank_id = excluded.bank_id, question_id = excluded.question_id,
           role = excluded.role, prompt = excluded.prompt, text = excluded.text, started_at = excluded.started_at,
           updated_at = excluded.updated_at, elapsed_ms = excluded.elapsed_ms, mode = excluded.mode,
           time_limit_s = excluded.time_limit_s, session_id = excluded.session_id",
        params![d.bank_id, d.question_id, d.role, d.prompt, d.text, d.started_at, d.updated_at, d.elapsed_ms, d.mode, d.time_limit_s, d.session_id],
    )
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
