//! What to ask: a bank question, a follow-up made again from its parent, or
//! a question whose bank is gone, known from its card or a saved answer.

use crate::bank::{Kind, Library, Question};
use crate::model::{Attempt, Instant, Span};
use crate::store::{QuestionKey, Store, new_id};

/// A question ready to ask: from a bank, or a follow-up made from one.
#[derive(Debug, Clone)]
pub struct Asked {
    pub key: QuestionKey,
    pub bank_title: String,
    pub role: String,
    pub language: String,
    pub question: Question,
    /// For a follow-up: the question it digs into.
    pub parent: Option<String>,
}

impl Asked {
    /// A new answer to this question, as typed, not rated yet, in a
    /// session of `mode`.
    pub fn attempt(
        &self,
        text: String,
        started_at: Instant,
        duration_ms: Span,
        now: Instant,
        mode: &str,
        session_id: &str,
    ) -> Attempt {
        Attempt {
            id: new_id(),
            bank_id: self.key.bank_id.clone(),
            question_id: self.key.question_id.clone(),
            role: self.role.clone(),
            prompt: self.question.prompt.clone(),
            started_at,
            submitted_at: now,
            duration_ms,
            text,
            rating: None,
            mode: mode.to_string(),
            time_limit_s: self.question.time_limit,
            session_id: Some(session_id.to_string()),
        }
    }
}

/// The question behind `key`, if anything still describes it.
pub fn resolve(lib: &Library, store: &Store, key: &QuestionKey) -> Option<Asked> {
    if let Some((b, q)) = lib.question(&key.bank_id, &key.question_id) {
        return Some(Asked {
            key: key.clone(),
            bank_title: b.title.clone(),
            role: b.role.clone(),
            language: b.language.clone(),
            question: q.clone(),
            parent: None,
        });
    }
    // A follow-up ("<parent>.follow-up-<n>") is made again from its parent,
    // so it comes back with the question it digs into and its bank's title.
    if let Some((parent_id, n)) = split_follow_up(&key.question_id)
        && let Some(parent) = resolve(lib, store, &QuestionKey::new(&key.bank_id, parent_id))
        && (1..=parent.question.follow_ups.len()).contains(&n)
    {
        return Some(follow_up(&parent, n - 1));
    }
    // A question whose bank is gone can still be reviewed from its card.
    let card = store.card(key).ok().flatten()?;
    Some(Asked {
        key: key.clone(),
        bank_title: key.bank_id.clone(),
        role: card.role.clone(),
        language: String::new(),
        question: bare_question(&key.question_id, &card.prompt, 120),
        parent: None,
    })
}

/// The `i`th follow-up of `parent`, as a question of its own.
pub fn follow_up(parent: &Asked, i: usize) -> Asked {
    let prompt = parent
        .question
        .follow_ups
        .get(i)
        .map(|f| f.ask.clone())
        .unwrap_or_default();
    Asked {
        key: QuestionKey::new(
            &parent.key.bank_id,
            format!("{}.follow-up-{}", parent.key.question_id, i + 1),
        ),
        bank_title: parent.bank_title.clone(),
        role: parent.role.clone(),
        language: parent.language.clone(),
        question: Question {
            id: compact_str::format_compact!("{}.follow-up-{}", parent.question.id, i + 1),
            prompt,
            kind: parent.question.kind,
            level: parent.question.level,
            tags: parent.question.tags.clone(),
            time_limit: parent.question.time_limit,
            key_points: vec![],
            follow_ups: vec![],
            notes: None,
        },
        parent: Some(parent.question.prompt.clone()),
    }
}

/// A question known only by its id and prompt (its bank is gone).
pub fn bare(key: &QuestionKey, role: &str, prompt: &str, time_limit: u32) -> Asked {
    Asked {
        key: key.clone(),
        bank_title: key.bank_id.clone(),
        role: role.to_string(),
        language: String::new(),
        question: bare_question(&key.question_id, prompt, time_limit),
        parent: None,
    }
}

fn bare_question(id: &str, prompt: &str, time_limit: u32) -> Question {
    Question {
        id: id.into(),
        prompt: prompt.to_string(),
        kind: Kind::Technical,
        level: None,
        tags: vec![],
        time_limit,
        key_points: vec![],
        follow_ups: vec![],
        notes: None,
    }
}

/// `("q1", 2)` for `"q1.follow-up-2"`.
fn split_follow_up(question_id: &str) -> Option<(&str, usize)> {
    let (parent, n) = question_id.rsplit_once(".follow-up-")?;
    Some((parent, n.parse().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn follow_up_ids_split_back_into_parent_and_number() {
        let cases = [
            ("q1.follow-up-2", Some(("q1", 2))),
            ("a.b.follow-up-10", Some(("a.b", 10))),
            ("q1", None),
            ("q1.follow-up-x", None),
        ];
        for (id, want) in cases {
            assert_eq!(split_follow_up(id), want, "{id}");
        }
    }
}
