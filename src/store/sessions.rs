//! Sessions in progress: the questions a session drew and how far it got,
//! written as it goes so that an interrupted one resumes where it stopped,
//! and the answers still waiting for a rating.

use rusqlite::params;

use super::rows::{ATTEMPT, DRAFT, FromRow, OPEN_SESSION, encode_queue, with_next};
use super::{Result, Store};
use crate::model::{Attempt, Draft, OpenSession, QuestionKey};

/// The answers waiting for a rating (`attempts a`): saved but never rated,
/// not a mock's, no later answer to the same question, no review since.
const UNRATED: &str = "WHERE a.rating IS NULL AND a.mode != 'mock'
   AND NOT EXISTS (SELECT 1 FROM attempts b
                   WHERE b.bank_id = a.bank_id AND b.question_id = a.question_id
                     AND (b.submitted_at > a.submitted_at
                          OR (b.submitted_at = a.submitted_at AND b.id > a.id)))
   AND NOT EXISTS (SELECT 1 FROM review_log r
                   WHERE r.bank_id = a.bank_id AND r.question_id = a.question_id
                     AND r.reviewed_at >= a.submitted_at)";

impl Store {
    /// Records the session's questions and the one it is on.
    pub fn save_session_progress(
        &self,
        id: &str,
        queue: &[QuestionKey],
        position: usize,
    ) -> Result<()> {
        self.conn()?
            .execute(
                "UPDATE sessions SET queue = ?2, position = ?3 WHERE id = ?1",
                params![id, encode_queue(queue), position as i64],
            )
            .map_err(|e| self.err(e))?;
        Ok(())
    }

    /// The latest session left open with questions still to go.
    pub fn open_session(&self) -> Result<Option<OpenSession>> {
        Ok(self.open_sessions()?.into_iter().next())
    }

    /// Every session left open with questions still to go, latest first.
    pub fn open_sessions(&self) -> Result<Vec<OpenSession>> {
        let rows = self.collect(
            &format!(
                "SELECT {} FROM sessions
                 WHERE finished_at IS NULL AND queue IS NOT NULL
                 ORDER BY started_at DESC, id DESC",
                OPEN_SESSION.list()
            ),
            [],
            OpenSession::from_row,
        )?;
        Ok(rows
            .into_iter()
            .filter(|s| s.position < s.queue.len())
            .collect())
    }

    /// Sets the current draft aside ("keep it for later"), so a new answer
    /// can be typed without writing over it.
    pub fn keep_draft(&self) -> Result<()> {
        self.conn()?
            .execute(
                "UPDATE drafts SET slot = 'kept-' || updated_at || '-' || lower(hex(randomblob(4)))
                 WHERE slot = 'current'",
                [],
            )
            .map_err(|e| self.err(e))?;
        Ok(())
    }

    /// The drafts set aside, newest first, each with its slot.
    pub fn kept_drafts(&self) -> Result<Vec<(String, Draft)>> {
        let rows = self.collect(
            &format!(
                "SELECT {}, slot FROM drafts WHERE slot LIKE 'kept-%'
                 ORDER BY updated_at DESC, slot DESC",
                DRAFT.list()
            ),
            [],
            with_next(&DRAFT),
        )?;
        Ok(rows.into_iter().map(|(d, slot)| (slot, d)).collect())
    }

    /// Deletes one set-aside draft.
    pub fn drop_kept_draft(&self, slot: &str) -> Result<()> {
        self.conn()?
            .execute(
                "DELETE FROM drafts WHERE slot = ?1 AND slot LIKE 'kept-%'",
                [slot],
            )
            .map_err(|e| self.err(e))?;
        Ok(())
    }

    /// Every answer given in a session, oldest first.
    pub fn session_attempts(&self, session_id: &str) -> Result<Vec<Attempt>> {
        self.collect(
            &format!(
                "SELECT {} FROM attempts WHERE session_id = ?1 ORDER BY submitted_at, id",
                ATTEMPT.list()
            ),
            [session_id],
            Attempt::from_row,
        )
    }

    /// How many answers wait for a rating (see [`Store::unrated_attempts`]).
    pub fn unrated_count(&self) -> Result<usize> {
        self.conn()?
            .prepare_cached(&format!("SELECT count(*) FROM attempts a {UNRATED}"))
            .and_then(|mut s| s.query_row([], |r| r.get::<_, i64>(0)))
            .map(|n| n as usize)
            .map_err(|e| self.err(e))
    }

    /// Answers that were saved but never rated, and that no later answer to
    /// the same question replaced: the latest per question, oldest first.
    /// Recall reviews save no answer, so they never appear here.
    pub fn unrated_attempts(&self) -> Result<Vec<Attempt>> {
        self.collect(
            &format!(
                "SELECT {} FROM attempts a {UNRATED} ORDER BY a.submitted_at, a.id",
                ATTEMPT.of("a")
            ),
            [],
            Attempt::from_row,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Instant, Span};

    fn attempt(id: &str, q: &str, at: Instant, rating: Option<u8>) -> Attempt {
        Attempt {
            id: id.into(),
            bank_id: "b".into(),
            question_id: q.into(),
            role: "backend".into(),
            prompt: "p".into(),
            started_at: at - Span::from_secs(1),
            submitted_at: at,
            duration_ms: Span::from_ms(1000),
            text: "t".into(),
            rating,
            mode: "practice".into(),
            time_limit_s: 60,
            session_id: Some("s1".into()),
        }
    }

    #[test]
    fn progress_round_trips_and_finished_sessions_are_not_open() {
        let s = Store::in_memory().unwrap();
        assert_eq!(s.open_session().unwrap(), None);
        s.start_session("s1", "practice", Instant::from_ms(10))
            .unwrap();
        let q = vec![QuestionKey::new("b", "q1"), QuestionKey::new("b", "한글")];
        s.save_session_progress("s1", &q, 1).unwrap();
        let open = s.open_session().unwrap().unwrap();
        assert_eq!((open.queue.clone(), open.position), (q.clone(), 1));
        s.save_session_progress("s1", &q, 2).unwrap();
        assert_eq!(s.open_session().unwrap(), None, "nothing left to do");
        s.save_session_progress("s1", &q, 0).unwrap();
        s.finish_session("s1", 0, Instant::from_ms(20)).unwrap();
        assert_eq!(s.open_session().unwrap(), None);
    }

    #[test]
    fn unrated_answers_are_the_latest_unrated_per_question() {
        let s = Store::in_memory().unwrap();
        s.insert_attempt(&attempt("a1", "q1", Instant::from_ms(100), None))
            .unwrap();
        s.insert_attempt(&attempt("a2", "q1", Instant::from_ms(200), None))
            .unwrap();
        s.insert_attempt(&attempt("a3", "q2", Instant::from_ms(150), Some(3)))
            .unwrap();
        s.insert_attempt(&attempt("a4", "q3", Instant::from_ms(120), None))
            .unwrap();
        s.insert_attempt(&attempt("a5", "q3", Instant::from_ms(130), Some(2)))
            .unwrap();
        let ids: Vec<String> = s
            .unrated_attempts()
            .unwrap()
            .into_iter()
            .map(|a| a.id)
            .collect();
        assert_eq!(ids, ["a2"]);
        assert_eq!(s.session_attempts("s1").unwrap().len(), 5);
    }

    #[test]
    fn the_last_attempt_at_a_question_is_its_latest_one() {
        let s = Store::in_memory().unwrap();
        let q1 = QuestionKey::new("b", "q1");
        assert_eq!(s.last_attempt_for(&q1).unwrap(), None);
        s.insert_attempt(&attempt("a1", "q1", Instant::from_ms(100), Some(3)))
            .unwrap();
        s.insert_attempt(&attempt("a3", "q1", Instant::from_ms(300), None))
            .unwrap();
        s.insert_attempt(&attempt("a2", "q1", Instant::from_ms(200), None))
            .unwrap();
        s.insert_attempt(&attempt("b1", "q2", Instant::from_ms(400), None))
            .unwrap();
        let last = s.last_attempt_for(&q1).unwrap().unwrap();
        assert_eq!(last, attempt("a3", "q1", Instant::from_ms(300), None));
        // An open session comes back with its queue.
        s.start_session("s1", "practice", Instant::from_ms(10))
            .unwrap();
        s.save_session_progress("s1", std::slice::from_ref(&q1), 0)
            .unwrap();
        assert_eq!(s.open_sessions().unwrap()[0].queue, [q1]);
    }
}
