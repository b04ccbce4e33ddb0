//! Mock interviews: a whole round on one clock, no feedback until the end,
//! follow-ups chosen by what each answer said, and a report kept to compare
//! the next one with. No terminal here; `now` and the rng are passed in.

pub mod labels;
pub mod plan;
pub mod report;
pub mod run;

#[cfg(test)]
mod tests;

use crate::feedback::Rates;
use crate::model::MockRecord;

/// The report of an interview from its answers (see [`run::Mock::answered`]).
pub fn report_of(record: &MockRecord, answered: &[run::Answered], rates: &Rates) -> report::Report {
    let inputs: Vec<report::AnswerInput> = answered
        .iter()
        .map(|a| report::AnswerInput {
            item: &a.item,
            question: &a.question,
            attempt: a.attempt.as_ref(),
            talking_points: &a.talking_points,
        })
        .collect();
    report::build(record, &inputs, rates)
}
