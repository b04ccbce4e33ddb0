//! The export written as it is read: one question at a time, straight from
//! four ordered scans of the store (attempts, schedules, review log,
//! talking points) merged by question, into the same pretty JSON that
//! [`Store::export`] builds in memory, byte for byte.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::io::Write;

use rusqlite::Row;
use serde::Serialize;
use serde::ser::{Error as _, SerializeSeq, Serializer};

use super::super::rows::{ATTEMPT, CARD, FromRow, KEY, REVIEW, with_next};
use super::super::{Store, StoreError};
use super::{ExportMock, ExportQuestion, ExportStory, FORMAT, Gathered, VERSION};
use crate::model::{Attempt, Card, QuestionKey, ReviewEntry};

/// Why a streamed export stopped.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Writing the output failed (a full disk, a closed pipe).
    #[error("{0}")]
    Write(#[source] std::io::Error),
}

/// The export's top level as [`super::ExportDoc`] serializes it, with its
/// questions read as they are written.
#[derive(Serialize)]
struct Streamed<'a> {
    format: &'a str,
    version: u32,
    settings: BTreeMap<String, String>,
    questions: Questions<'a>,
    mocks: Vec<ExportMock>,
    #[serde(skip_serializing_if = "Option::is_none")]
    story: Option<ExportStory>,
}

struct Questions<'a> {
    store: &'a Store,
    role: Option<&'a str>,
    /// The store's error, when reading it is what stopped the writing.
    failed: RefCell<Option<StoreError>>,
}

impl Serialize for Questions<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(None)?;
        let mut sink = None;
        let read = self.store.each_question(self.role, |q| {
            seq.serialize_element(&q).map_err(|e| sink = Some(e))
        });
        if let Some(e) = sink {
            return Err(e);
        }
        if let Err(e) = read {
            let shown = e.to_string();
            *self.failed.borrow_mut() = Some(e);
            return Err(S::Error::custom(shown));
        }
        seq.end()
    }
}

impl Store {
    /// Writes the export (optionally of one role, as [`Store::export`]
    /// builds it) to `out` as it reads it, with its final newline: the
    /// same bytes as `json_pretty(&store.export(role)?) + "\n"`, holding
    /// one question at a time. All of it is read in one read transaction.
    pub fn export_to(&self, role: Option<&str>, mut out: impl Write) -> Result<(), ExportError> {
        let tx = self
            .conn()?
            .unchecked_transaction()
            .map_err(|e| self.err(e))?;
        let (settings, mocks, story) = self.export_rest(role)?;
        let doc = Streamed {
            format: FORMAT,
            version: VERSION,
            settings,
            questions: Questions {
                store: self,
                role,
                failed: RefCell::new(None),
            },
            mocks,
            story,
        };
        let written = crate::text::json_pretty_to(&mut out, &doc);
        if let Some(e) = doc.questions.failed.take() {
            return Err(e.into());
        }
        written.map_err(|e| ExportError::Write(e.into()))?;
        out.write_all(b"\n").map_err(ExportError::Write)?;
        tx.finish().map_err(|e| self.err(e))?;
        Ok(())
    }

    /// Every question of the export in its order (by bank and question id),
    /// gathered from the store's ordered scans and handed to `f` one at a
    /// time; those of another role than `role` are left out. Stops at the
    /// first error of `f`, returned as `Ok(Err(..))`.
    fn each_question<E>(
        &self,
        role: Option<&str>,
        mut f: impl FnMut(ExportQuestion) -> Result<(), E>,
    ) -> Result<Result<(), E>, StoreError> {
        let conn = self.conn()?;
        let sql = |e| self.err(e);
        // Each scan: its columns, then the order its rows come in.
        let ordered = |columns: &str, order: &str| {
            conn.prepare_cached(&format!(
                "SELECT {columns} ORDER BY bank_id, question_id{order}"
            ))
            .map_err(sql)
        };
        let points_columns = format!("{}, text FROM talking_points", KEY.list());
        let mut attempts = ordered(
            &format!("{} FROM attempts", ATTEMPT.list()),
            ", started_at, id",
        )?;
        let mut cards = ordered(&format!("{} FROM cards", CARD.list()), "")?;
        let mut reviews = ordered(
            &format!("{} FROM review_log", REVIEW.list()),
            ", reviewed_at, id",
        )?;
        let mut points = ordered(&points_columns, "")?;
        let mut attempts = Scan::new(&mut attempts, Attempt::from_row).map_err(sql)?;
        let mut cards = Scan::new(&mut cards, Card::from_row).map_err(sql)?;
        let mut reviews = Scan::new(&mut reviews, ReviewEntry::from_row).map_err(sql)?;
        let mut points = Scan::new(&mut points, with_next(&KEY)).map_err(sql)?;
        loop {
            let next = [attempts.key(), cards.key(), reviews.key(), points.key()]
                .into_iter()
                .flatten()
                .min();
            let Some((bank_id, question_id)) = next else {
                return Ok(Ok(()));
            };
            let key = QuestionKey::new(bank_id, question_id);
            let mut g = Gathered::default();
            attempts.take(&key, |a| g.attempts.push(a)).map_err(sql)?;
            cards.take(&key, |c| g.card = Some(c)).map_err(sql)?;
            reviews.take(&key, |r| g.reviews.push(r)).map_err(sql)?;
            points
                .take(&key, |(_, t)| g.talking_points = Some(t))
                .map_err(sql)?;
            let q = super::question_doc(key, g);
            if (role.is_none() || q.role.as_deref() == role)
                && let Err(e) = f(q)
            {
                return Ok(Err(e));
            }
        }
    }
}

/// A row type ordered by its question.
trait OfQuestion {
    fn question(&self) -> (&str, &str);
}

impl OfQuestion for Attempt {
    fn question(&self) -> (&str, &str) {
        (&self.bank_id, &self.question_id)
    }
}

impl OfQuestion for Card {
    fn question(&self) -> (&str, &str) {
        (&self.bank_id, &self.question_id)
    }
}

impl OfQuestion for ReviewEntry {
    fn question(&self) -> (&str, &str) {
        (&self.bank_id, &self.question_id)
    }
}

impl OfQuestion for (QuestionKey, String) {
    fn question(&self) -> (&str, &str) {
        (&self.0.bank_id, &self.0.question_id)
    }
}

/// One ordered scan, read a row ahead: the row at its head is the next
/// question's first.
struct Scan<'s, T, F> {
    rows: rusqlite::Rows<'s>,
    map: F,
    head: Option<T>,
}

impl<'s, T: OfQuestion, F: FnMut(&Row) -> rusqlite::Result<T>> Scan<'s, T, F> {
    fn new(stmt: &'s mut rusqlite::Statement, map: F) -> rusqlite::Result<Self> {
        let mut scan = Scan {
            rows: stmt.query([])?,
            map,
            head: None,
        };
        scan.advance()?;
        Ok(scan)
    }

    fn advance(&mut self) -> rusqlite::Result<()> {
        self.head = match self.rows.next()? {
            Some(row) => Some((self.map)(row)?),
            None => None,
        };
        Ok(())
    }

    fn key(&self) -> Option<(&str, &str)> {
        self.head.as_ref().map(OfQuestion::question)
    }

    /// Hands `push` every row of `key` at the head, in order.
    fn take(&mut self, key: &QuestionKey, mut push: impl FnMut(T)) -> rusqlite::Result<()> {
        while self.key() == Some((&key.bank_id, &key.question_id)) {
            if let Some(row) = self.head.take() {
                push(row);
            }
            self.advance()?;
        }
        Ok(())
    }
}
