//! Mock interviews: started with their planned questions, their progress
//! and clock written after every answer (so a crash resumes at the question
//! it stopped at), finished with their report, and listed for the history
//! and the comparison with the previous one.

use rusqlite::params;

use super::records::run_cached;
use super::rows::{FromRow, MOCK, encode_items, encode_queue};
use super::{Result, Store};
use crate::model::{Instant, MockRecord, QuestionKey, Round};

impl Store {
    /// Records a new mock and its session, in one transaction.
    pub fn start_mock(&self, m: &MockRecord) -> Result<()> {
        let conn = self.conn()?;
        let tx = conn.unchecked_transaction().map_err(|e| self.err(e))?;
        insert_mock_on(&tx, m, "INSERT").map_err(|e| self.err(e))?;
        tx.commit().map_err(|e| self.err(e))
    }

    /// Writes how far the mock got: its questions (follow-ups included),
    /// the one it is on and the clock; its session's queue with them.
    pub fn save_mock_progress(&self, m: &MockRecord) -> Result<()> {
        let conn = self.conn()?;
        let tx = conn.unchecked_transaction().map_err(|e| self.err(e))?;
        tx.execute(
            "UPDATE mocks SET items = ?2, position = ?3, elapsed_ms = ?4 WHERE id = ?1",
            params![m.id, encode_items(m), m.position as i64, m.elapsed_ms],
        )
        .map_err(|e| self.err(e))?;
        tx.execute(
            "UPDATE sessions SET queue = ?2, position = ?3 WHERE id = ?1",
            params![m.id, encode_queue(&keys(m)), m.position as i64],
        )
        .map_err(|e| self.err(e))?;
        tx.commit().map_err(|e| self.err(e))
    }

    /// Marks the mock finished with its report (and its session).
    pub fn finish_mock(&self, m: &MockRecord, report_json: &str, now: Instant) -> Result<()> {
        let conn = self.conn()?;
        let tx = conn.unchecked_transaction().map_err(|e| self.err(e))?;
        tx.execute(
            "UPDATE mocks SET items = ?2, position = ?3, elapsed_ms = ?4, finished_at = ?5, report = ?6 WHERE id = ?1",
            params![
                m.id,
                encode_items(m),
                m.position as i64,
                m.elapsed_ms,
                now,
                report_json
            ],
        )
        .map_err(|e| self.err(e))?;
        tx.execute(
            "UPDATE sessions SET finished_at = ?2, questions = ?3, position = ?4 WHERE id = ?1",
            params![m.id, now, answered(m), m.position as i64],
        )
        .map_err(|e| self.err(e))?;
        tx.commit().map_err(|e| self.err(e))
    }

    /// One mock by id.
    pub fn mock(&self, id: &str) -> Result<Option<MockRecord>> {
        self.one(
            &format!("SELECT {} FROM mocks WHERE id = ?1", MOCK.list()),
            params![id],
            MockRecord::from_row,
        )
    }

    /// Every finished mock, latest first.
    pub fn finished_mocks(&self) -> Result<Vec<MockRecord>> {
        self.collect(
            &format!(
                "SELECT {} FROM mocks WHERE finished_at IS NOT NULL ORDER BY started_at DESC, id DESC",
                MOCK.list()
            ),
            [],
            MockRecord::from_row,
        )
    }

    /// How many mocks were finished.
    pub fn finished_mock_count(&self) -> Result<usize> {
        Ok(self
            .one(
                "SELECT COUNT(*) FROM mocks WHERE finished_at IS NOT NULL",
                [],
                |r| r.get::<_, i64>(0),
            )?
            .unwrap_or(0)
            .max(0) as usize)
    }

    /// Every mock, finished or not, oldest first (for the export).
    pub fn all_mocks(&self) -> Result<Vec<MockRecord>> {
        self.collect(
            &format!("SELECT {} FROM mocks ORDER BY started_at, id", MOCK.list()),
            [],
            MockRecord::from_row,
        )
    }

    /// The last finished mock for the same role and round that started
    /// before `before`: what a new report is compared with.
    pub fn previous_mock(
        &self,
        role: &str,
        round: Round,
        before: Instant,
    ) -> Result<Option<MockRecord>> {
        self.one(
            &format!(
                "SELECT {} FROM mocks
                 WHERE role = ?1 AND round = ?2 AND started_at < ?3 AND report IS NOT NULL
                 ORDER BY started_at DESC, id DESC LIMIT 1",
                MOCK.list()
            ),
            params![role, round.as_str(), before],
            MockRecord::from_row,
        )
    }
}

/// Writes the mock and its `sessions` row (mode `mock`, as the mock left
/// it: open, or finished with its answers counted); `verb` is `INSERT`, or
/// `INSERT OR IGNORE` to keep a mock already there. Returns how many mocks
/// were written (0 or 1).
pub(super) fn insert_mock_on(
    conn: &rusqlite::Connection,
    m: &MockRecord,
    verb: &str,
) -> rusqlite::Result<usize> {
    let answered = m.finished_at.map_or(0, |_| answered(m));
    run_cached(
        conn,
        &format!(
            "{verb} INTO sessions (id, mode, started_at, finished_at, questions, queue, position)
             VALUES (?1, 'mock', ?2, ?3, ?4, ?5, ?6)"
        ),
        params![
            m.id,
            m.started_at,
            m.finished_at,
            answered,
            encode_queue(&keys(m)),
            m.position as i64
        ],
    )?;
    run_cached(
        conn,
        &format!(
            "{verb} INTO mocks ({}) VALUES ({})",
            MOCK.list(),
            MOCK.placeholders()
        ),
        params![
            m.id,
            m.role,
            m.language,
            m.round.as_str(),
            m.minutes,
            m.started_at,
            m.finished_at,
            m.elapsed_ms,
            encode_items(m),
            m.position as i64,
            m.report,
        ],
    )
}

/// How many of the mock's questions were answered.
fn answered(m: &MockRecord) -> i64 {
    m.items.iter().filter(|i| i.attempt_id.is_some()).count() as i64
}

fn keys(m: &MockRecord) -> Vec<QuestionKey> {
    m.items.iter().map(|i| i.key.clone()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AskedBecause, MockItem, Segment, Span};

    fn record(id: &str, started: i64) -> MockRecord {
        MockRecord {
            id: id.into(),
            role: "backend".into(),
            language: "ko".into(),
            round: Round::Technical,
            minutes: 30,
            started_at: Instant::from_ms(started),
            finished_at: None,
            elapsed_ms: Span::from_ms(0),
            items: vec![
                MockItem {
                    key: QuestionKey::new("intro-ko", "one-minute-intro"),
                    segment: Segment::Intro,
                    time_limit_s: 60,
                    follow_up_of: None,
                    because: None,
                    attempt_id: None,
                    passed: false,
                },
                MockItem {
                    key: QuestionKey::new("backend-ko", "cache"),
                    segment: Segment::Technical,
                    time_limit_s: 120,
                    follow_up_of: None,
                    because: None,
                    attempt_id: None,
                    passed: false,
                },
            ],
            position: 0,
            report: None,
        }
    }

    #[test]
    fn a_mock_is_started_saved_resumed_and_finished() {
        let store = Store::in_memory().unwrap();
        let mut m = record("m1", 1_000);
        store.start_mock(&m).unwrap();
        assert_eq!(store.mock("m1").unwrap().unwrap(), m);
        // Its session is open, so an interruption offers it back.
        let open = store.open_sessions().unwrap();
        assert_eq!(open.len(), 1);
        assert_eq!((open[0].mode.as_str(), open[0].queue.len()), ("mock", 2));

        m.items[0].attempt_id = Some("a1".into());
        m.items.insert(
            1,
            MockItem {
                key: QuestionKey::new("intro-ko", "one-minute-intro.follow-up-1"),
                segment: Segment::Intro,
                time_limit_s: 60,
                follow_up_of: Some(0),
                because: Some(AskedBecause::Mentioned("redis".into())),
                attempt_id: None,
                passed: false,
            },
        );
        m.position = 1;
        m.elapsed_ms = Span::from_ms(65_000);
        store.save_mock_progress(&m).unwrap();
        assert_eq!(store.mock("m1").unwrap().unwrap(), m);
        let open = store.open_sessions().unwrap();
        assert_eq!((open[0].position, open[0].queue.len()), (1, 3));

        m.position = 3;
        store
            .finish_mock(&m, "{\"version\":1}", Instant::from_ms(9_000))
            .unwrap();
        let back = store.mock("m1").unwrap().unwrap();
        assert_eq!(back.finished_at, Some(Instant::from_ms(9_000)));
        assert_eq!(back.report.as_deref(), Some("{\"version\":1}"));
        assert!(store.open_sessions().unwrap().is_empty());
        assert_eq!(store.finished_mocks().unwrap().len(), 1);
    }

    #[test]
    fn the_previous_mock_is_the_last_finished_one_of_the_same_role_and_round() {
        let store = Store::in_memory().unwrap();
        for (id, at, role, round, finished) in [
            ("old", 1_000, "backend", Round::Technical, true),
            ("newer", 2_000, "backend", Round::Technical, true),
            ("open", 2_500, "backend", Round::Technical, false),
            ("culture", 2_600, "backend", Round::Culture, true),
            ("frontend", 2_700, "frontend", Round::Technical, true),
            ("now", 3_000, "backend", Round::Technical, false),
        ] {
            let mut m = record(id, at);
            m.role = role.into();
            m.round = round;
            store.start_mock(&m).unwrap();
            if finished {
                store
                    .finish_mock(&m, "{}", Instant::from_ms(at + 10))
                    .unwrap();
            }
        }
        let prev = store
            .previous_mock("backend", Round::Technical, Instant::from_ms(3_000))
            .unwrap()
            .unwrap();
        assert_eq!(prev.id, "newer");
        assert!(
            store
                .previous_mock("backend", Round::Technical, Instant::from_ms(1_000))
                .unwrap()
                .is_none()
        );
        assert_eq!(store.all_mocks().unwrap().len(), 6);
        assert_eq!(store.finished_mocks().unwrap()[0].id, "frontend");
    }
}
