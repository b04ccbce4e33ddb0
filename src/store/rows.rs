//! One row mapper per model type. For a type whose fields are its table's
//! columns, [`columns!`] writes the column list, the mapper and the values to
//! insert from one list of field names, so a column is named once and a
//! mapper can never read a column by the wrong position.

use rusqlite::Row;
use rusqlite::types::ToSql;

use crate::model::{
    Attempt, Card, Draft, MockRecord, OpenSession, QuestionKey, ReviewEntry, Round, SessionRecord,
};

/// The columns of one table, in the order they are selected and inserted.
pub(super) struct Columns(&'static str);

impl Columns {
    /// "a, b, c": for SELECT and INSERT lists.
    pub fn list(&self) -> &'static str {
        self.0
    }

    fn names(&self) -> impl Iterator<Item = &'static str> {
        self.0.split(',').map(str::trim)
    }

    /// "x.a AS a, x.b AS b": the columns read from the table aliased `alias`.
    pub fn of(&self, alias: &str) -> String {
        self.names()
            .map(|c| format!("{alias}.{c} AS {c}"))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// "?1, ?2, ?3": one placeholder per column.
    pub fn placeholders(&self) -> String {
        (1..=self.names().count())
            .map(|i| format!("?{i}"))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// "b = excluded.b, c = excluded.c": an upsert's SET list, leaving out
    /// the conflict `key` columns.
    pub fn updates(&self, key: &[&str]) -> String {
        self.names()
            .filter(|c| !key.contains(c))
            .map(|c| format!("{c} = excluded.{c}"))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// How many columns: where a column selected after them sits.
    pub fn len(&self) -> usize {
        self.names().count()
    }
}

/// `columns!(ATTEMPT for Attempt { id, bank_id, .. })` defines `ATTEMPT`
/// (the [`Columns`]), `impl FromRow for Attempt` and `impl ToRow for Attempt`.
macro_rules! columns {
    ($cols:ident for $ty:ident { $($f:ident),+ $(,)? }) => {
        pub(super) const $cols: Columns = Columns(stringify!($($f),+));

        impl FromRow for $ty {
            fn from_row(r: &Row) -> rusqlite::Result<Self> {
                let mut i = 0;
                let mut next = || {
                    i += 1;
                    i - 1
                };
                Ok($ty { $($f: r.get(next())?),+ })
            }
        }

        impl ToRow for $ty {
            fn values(&self) -> Vec<&dyn ToSql> {
                vec![$(&self.$f as &dyn ToSql),+]
            }
        }
    };
}

/// A model type read from the first columns of a row.
pub(super) trait FromRow: Sized {
    fn from_row(r: &Row) -> rusqlite::Result<Self>;
}

/// A model type written as the values of its columns, in their order.
pub(super) trait ToRow {
    fn values(&self) -> Vec<&dyn ToSql>;
}

columns!(ATTEMPT for Attempt {
    id, bank_id, question_id, role, prompt, started_at, submitted_at, duration_ms, text, rating,
    mode, time_limit_s, session_id,
});

columns!(CARD for Card {
    bank_id, question_id, role, prompt, state, due, stability, difficulty, reps, lapses,
    last_review,
});

columns!(REVIEW for ReviewEntry {
    bank_id, question_id, reviewed_at, rating, state, elapsed_days, scheduled_days, attempt_id,
});

columns!(DRAFT for Draft {
    bank_id, question_id, role, prompt, text, started_at, updated_at, elapsed_ms, mode,
    time_limit_s, session_id,
});

columns!(SESSION for SessionRecord { id, mode, started_at, finished_at, questions });

columns!(KEY for QuestionKey { bank_id, question_id });

/// The sessions columns an open session is read from.
pub(super) const OPEN_SESSION: Columns = Columns("id, mode, started_at, queue, position");

impl FromRow for OpenSession {
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(OpenSession {
            id: r.get(0)?,
            mode: r.get(1)?,
            started_at: r.get(2)?,
            queue: decode_queue(&r.get::<_, String>(3)?),
            position: r.get::<_, i64>(4)?.max(0) as usize,
        })
    }
}

/// A session's questions as stored: a JSON list of `[bank, question]` pairs.
/// The columns of a mock interview.
pub(super) const MOCK: Columns = Columns(
    "id, role, language, round, minutes, started_at, finished_at, elapsed_ms, items, position, report",
);

impl FromRow for MockRecord {
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        let round: String = r.get(3)?;
        let items: String = r.get(8)?;
        let bad = |i: usize, what: String| {
            rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, what.into())
        };
        Ok(MockRecord {
            id: r.get(0)?,
            role: r.get(1)?,
            language: r.get(2)?,
            round: Round::parse(&round)
                .ok_or_else(|| bad(3, format!("unknown round `{round}`")))?,
            minutes: r.get(4)?,
            started_at: r.get(5)?,
            finished_at: r.get(6)?,
            elapsed_ms: r.get(7)?,
            items: serde_json::from_str(&items)
                .map_err(|e| bad(8, format!("damaged mock questions: {e}")))?,
            position: r.get::<_, i64>(9)?.max(0) as usize,
            report: r.get(10)?,
        })
    }
}

/// A mock's questions as stored.
pub(super) fn encode_items(m: &MockRecord) -> String {
    serde_json::to_string(&m.items).unwrap_or_else(|_| "[]".into())
}

pub(super) fn encode_queue(queue: &[QuestionKey]) -> String {
    let pairs: Vec<(&str, &str)> = queue
        .iter()
        .map(|k| (k.bank_id.as_str(), k.question_id.as_str()))
        .collect();
    serde_json::to_string(&pairs).unwrap_or_else(|_| "[]".into())
}

fn decode_queue(json: &str) -> Vec<QuestionKey> {
    serde_json::from_str::<Vec<(String, String)>>(json)
        .unwrap_or_default()
        .into_iter()
        .map(|(b, q)| QuestionKey::new(b, q))
        .collect()
}

/// A `T` followed by one more column (a count, a slot, a text).
pub(super) fn with_next<T: FromRow, U: rusqlite::types::FromSql>(
    cols: &Columns,
) -> impl Fn(&Row) -> rusqlite::Result<(T, U)> + '_ {
    move |r| Ok((T::from_row(r)?, r.get(cols.len())?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Instant;

    #[test]
    fn column_lists_are_built_from_the_field_names() {
        assert_eq!(
            SESSION.list(),
            "id, mode, started_at, finished_at, questions"
        );
        assert_eq!(
            KEY.of("a"),
            "a.bank_id AS bank_id, a.question_id AS question_id"
        );
        assert_eq!(SESSION.placeholders(), "?1, ?2, ?3, ?4, ?5");
        assert_eq!(
            KEY.updates(&["bank_id"]),
            "question_id = excluded.question_id"
        );
        assert_eq!(ATTEMPT.len(), 13);
    }

    #[test]
    fn a_row_maps_back_to_the_value_written() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        conn.execute_batch(&format!("CREATE TABLE t ({})", CARD.list()))
            .unwrap();
        let card = Card {
            bank_id: "b".into(),
            question_id: "한글".into(),
            role: "backend".into(),
            prompt: "p".into(),
            state: "review".into(),
            due: Instant::from_ms(3),
            stability: 1.5,
            difficulty: 4.25,
            reps: 2,
            lapses: 1,
            last_review: Instant::from_ms(2),
        };
        conn.execute(
            &format!(
                "INSERT INTO t ({}) VALUES ({})",
                CARD.list(),
                CARD.placeholders()
            ),
            rusqlite::params_from_iter(card.values()),
        )
        .unwrap();
        let back = conn
            .query_row(
                &format!("SELECT {} FROM t", CARD.list()),
                [],
                Card::from_row,
            )
            .unwrap();
        assert_eq!(back, card);
    }
}
