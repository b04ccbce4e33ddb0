//! Hand-made mock interviews for the report's tests: questions, answers
//! and a record, put together the way the mock session stores them.

use super::{AnswerInput, Report, build};
use crate::bank::{KeyPoint, Kind, Question};
use crate::feedback::Rates;
use crate::model::{
    AskedBecause, Attempt, Instant, MockItem, MockRecord, QuestionKey, Round, Segment, Span,
};

/// When the interviews start: 2026-12-01 00:30 UTC.
pub const NOW: Instant = Instant::from_ms(1_796_085_000_000);

/// A bank question; each key point is matched by the terms after its text.
pub fn question(id: &str, kind: Kind, limit_s: u32, prompt: &str, points: &[&[&str]]) -> Question {
    Question {
        id: id.into(),
        prompt: prompt.into(),
        kind,
        level: None,
        tags: vec![],
        time_limit: limit_s,
        key_points: points
            .iter()
            .map(|p| KeyPoint {
                text: p[0].to_string(),
                terms: p[1..].iter().map(|&t| t.into()).collect(),
                explicit: true,
                talking: false,
            })
            .collect(),
        follow_ups: vec![],
        notes: None,
    }
}

/// A mock being put together, question by question.
pub struct Mock {
    pub record: MockRecord,
    pub questions: Vec<Question>,
    pub attempts: Vec<Option<Attempt>>,
    pub talking: Vec<String>,
    clock: Instant,
}

impl Mock {
    pub fn new(round: Round, minutes: u32) -> Mock {
        Mock {
            record: MockRecord {
                id: "mock-1".into(),
                role: "backend".into(),
                language: "en".into(),
                round,
                minutes,
                started_at: NOW,
                finished_at: None,
                elapsed_ms: Span::ZERO,
                items: vec![],
                position: 0,
                report: None,
            },
            questions: vec![],
            attempts: vec![],
            talking: vec![],
            clock: NOW,
        }
    }

    /// Asks `q` in `segment`; `answer` is the text and the seconds it took.
    pub fn ask(&mut self, segment: Segment, q: Question, answer: Option<(&str, i64)>) -> usize {
        let item = MockItem {
            key: QuestionKey::new("bank", q.id.as_str()),
            segment,
            time_limit_s: q.time_limit,
            follow_up_of: None,
            because: None,
            attempt_id: None,
            passed: answer.is_none(),
        };
        self.push(item, q, answer)
    }

    /// Asks a follow-up of item `of`, made from its question as the
    /// session makes one: same kind and limit, no key points.
    pub fn follow_up(
        &mut self,
        of: usize,
        because: AskedBecause,
        prompt: &str,
        answer: Option<(&str, i64)>,
    ) -> usize {
        let parent = &self.questions[of];
        let n = self
            .record
            .items
            .iter()
            .filter(|i| i.follow_up_of == Some(of))
            .count()
            + 1;
        let mut q = question(
            &format!("{}.follow-up-{n}", parent.id),
            parent.kind,
            parent.time_limit,
            prompt,
            &[],
        );
        q.tags = parent.tags.clone();
        let item = MockItem {
            key: QuestionKey::new("bank", q.id.as_str()),
            segment: self.record.items[of].segment,
            time_limit_s: q.time_limit,
            follow_up_of: Some(of),
            because: Some(because),
            attempt_id: None,
            passed: answer.is_none(),
        };
        self.push(item, q, answer)
    }

    fn push(&mut self, mut item: MockItem, q: Question, answer: Option<(&str, i64)>) -> usize {
        let index = self.record.items.len();
        let attempt = answer.map(|(text, took_s)| {
            let took = Span::from_secs(took_s);
            let a = Attempt {
                id: format!("a{}", index + 1),
                bank_id: item.key.bank_id.clone(),
                question_id: item.key.question_id.clone(),
                role: self.record.role.clone(),
                prompt: q.prompt.clone(),
                started_at: self.clock,
                submitted_at: self.clock + took,
                duration_ms: took,
                text: text.into(),
                rating: None,
                mode: "mock".into(),
                time_limit_s: q.time_limit,
                session_id: Some(self.record.id.clone()),
            };
            self.clock += took + Span::from_secs(10);
            a
        });
        item.attempt_id = attempt.as_ref().map(|a| a.id.clone());
        self.record.items.push(item);
        self.record.position = self.record.items.len();
        self.record.elapsed_ms = self.clock - NOW;
        self.questions.push(q);
        self.attempts.push(attempt);
        self.talking.push(String::new());
        index
    }

    pub fn report(&self) -> Report {
        let inputs: Vec<AnswerInput> = self
            .record
            .items
            .iter()
            .zip(&self.questions)
            .zip(&self.attempts)
            .zip(&self.talking)
            .map(|(((item, question), attempt), talking)| AnswerInput {
                item,
                question,
                attempt: attempt.as_ref(),
                talking_points: talking,
            })
            .collect();
        build(&self.record, &inputs, &Rates::default())
    }
}
