//! Which follow-ups an interviewer asks after an answer: the conditional
//! ones whose condition holds (`if_mentions` a term the answer used,
//! `if_missing` terms it never used), then the plain ones in order. Terms
//! are matched as key points are (stems, particles, spacing, negation), so
//! "we did not use Redis" does not bring the Redis question.

use super::coverage::{Point, coverage_in};
use crate::bank::{AskWhen, CompactString, FollowUp};
pub use crate::model::AskedBecause as Reason;

/// How many follow-ups are asked after one answer in a mock interview.
pub const MAX_ASKED: usize = 2;

/// A follow-up chosen for an answer: its place in the question's list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chosen {
    pub index: usize,
    pub reason: Reason,
}

/// The follow-ups to ask after `answer`, at most `max`: conditional ones
/// whose condition holds first, in bank order, then plain ones in order.
pub fn choose(answer: &str, follow_ups: &[FollowUp], max: usize) -> Vec<Chosen> {
    let analysis = super::analysis::Analysis::new(answer);
    let mentioned = |terms: &[CompactString]| -> Option<String> {
        let point = Point {
            // No text: the point stands for its terms alone (a text about
            // "your part" or "the result" would bring other evidence in).
            text: String::new(),
            terms: crate::bank::owned(terms),
            talking: false,
        };
        let hit = coverage_in(&analysis, answer, std::slice::from_ref(&point))
            .pop()
            .filter(|h| h.covered)?;
        // Name the term as the bank wrote it.
        hit.matched
            .and_then(|m| {
                terms
                    .iter()
                    .find(|t| t.eq_ignore_ascii_case(&m))
                    .map(CompactString::to_string)
                    .or(Some(m))
            })
            .or_else(|| terms.first().map(CompactString::to_string))
    };
    let mut conditional = Vec::new();
    let mut plain = Vec::new();
    for (index, f) in follow_ups.iter().enumerate() {
        match &f.when {
            AskWhen::Always => plain.push(Chosen {
                index,
                reason: Reason::InOrder,
            }),
            AskWhen::Mentions(terms) => {
                if let Some(term) = mentioned(terms) {
                    conditional.push(Chosen {
                        index,
                        reason: Reason::Mentioned(term),
                    });
                }
            }
            AskWhen::Missing(terms) => {
                if mentioned(terms).is_none() {
                    conditional.push(Chosen {
                        index,
                        reason: Reason::Missed(crate::bank::owned(terms)),
                    });
                }
            }
        }
    }
    conditional.extend(plain);
    conditional.truncate(max);
    conditional
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bank() -> Vec<FollowUp> {
        vec![
            FollowUp::plain("How would you make a POST endpoint safe to retry?"),
            FollowUp {
                ask: "How do you keep the cache consistent with the database?".into(),
                when: AskWhen::Mentions(vec!["redis".into(), "캐시".into()]),
            },
            FollowUp {
                ask: "What happens if the client retries after a timeout?".into(),
                when: AskWhen::Missing(vec!["retry".into(), "재시도".into()]),
            },
            FollowUp::plain("How would you test it?"),
        ]
    }

    fn chosen(answer: &str, max: usize) -> Vec<usize> {
        choose(answer, &bank(), max)
            .into_iter()
            .map(|c| c.index)
            .collect()
    }

    #[test]
    fn conditions_decide_and_plain_ones_fill_in_order() {
        let cases: &[(&str, &[usize])] = &[
            // Mentions Redis, misses retries: both conditional ones.
            ("I put Redis in front of the orders table.", &[1, 2]),
            // Mentions retries, no cache: no condition holds; plain ones in order.
            ("Clients retry with an idempotency key.", &[0, 3]),
            // Korean, with particles and spacing: 캐시를 counts, 재 시도 too.
            ("캐시를 두고 실패하면 재 시도합니다.", &[1, 0]),
            // A negated mention does not count.
            ("We did not use Redis. Clients retry safely.", &[0, 3]),
            ("캐시는 쓰지 않았습니다. 재시도는 했습니다.", &[0, 3]),
        ];
        for (answer, want) in cases {
            assert_eq!(chosen(answer, MAX_ASKED), *want, "{answer}");
        }
    }

    #[test]
    fn reasons_name_the_term_or_the_missing_terms() {
        let c = choose("We cache sessions in REDIS.", &bank(), 3);
        assert_eq!(c[0].reason, Reason::Mentioned("redis".into()));
        assert_eq!(
            c[1].reason,
            Reason::Missed(vec!["retry".into(), "재시도".into()])
        );
        assert_eq!(c[2].reason, Reason::InOrder);
        assert_eq!(c.len(), 3);
    }

    #[test]
    fn plain_follow_ups_are_asked_in_order_and_none_means_none() {
        let plain = vec![
            FollowUp::plain("a?"),
            FollowUp::plain("b?"),
            FollowUp::plain("c?"),
        ];
        let got: Vec<usize> = choose("anything", &plain, 2)
            .iter()
            .map(|c| c.index)
            .collect();
        assert_eq!(got, vec![0, 1]);
        assert!(choose("anything", &[], 2).is_empty());
        assert!(choose("anything", &plain, 0).is_empty());
    }
}
