//! The study sheet's "Mock interviews": each finished mock with its date,
//! role, round, minutes and total time, then every question asked with the
//! answer given, the follow-ups indented under the answer they dug into.

use std::fmt::Write;

use crate::bank::Library;
use crate::clock::{LocalDay, mm_ss};
use crate::mock::labels;
use crate::mock::report::{Report, compare, markdown_summary};
use crate::mock::run::{Answered, Mock};
use crate::model::{AskedBecause, Instant, MockRecord, Span};
use crate::store::{Result, Store};
use crate::t;
use crate::text::{one_line, sanitize};

/// The section, or nothing when no mock (of `role`) was finished.
pub(super) fn mocks_section(
    store: &Store,
    lib: &Library,
    role: Option<&str>,
    now: Instant,
    day: &LocalDay,
) -> Result<String> {
    let mut out = String::new();
    for record in store.finished_mocks()? {
        if role.is_some_and(|r| r != record.role) {
            continue;
        }
        if out.is_empty() {
            out.push_str(&format!("\n## {}\n", t!("mock-sheet-title")));
        }
        let answers = Mock::resume(record.clone(), None, now).answered(lib, store)?;
        let previous = store
            .previous_mock(&record.role, record.round, record.started_at)?
            .and_then(|p| p.report.as_deref().and_then(|j| Report::from_json(j).ok()));
        out.push_str(&mock_markdown(&record, &answers, previous.as_ref(), day));
    }
    Ok(out)
}

/// One finished mock as Markdown: its heading, what it took, its report
/// (what to change, against `previous`, the totals), then each question
/// with its answer and its follow-ups.
pub fn mock_markdown(
    record: &MockRecord,
    answers: &[Answered],
    previous: Option<&Report>,
    day: &LocalDay,
) -> String {
    let mut out = String::new();
    let given = answers.iter().filter(|a| a.attempt.is_some()).count();
    let _ = writeln!(
        out,
        "\n### {}\n",
        t!(
            "mock-sheet-heading",
            date = day.date_time(record.started_at),
            role = one_line(&record.role),
            round = labels::round(record.round),
            minutes = record.minutes
        )
    );
    let _ = writeln!(
        out,
        "*{}*",
        t!(
            "mock-sheet-total",
            took = mm_ss(record.elapsed_ms),
            limit = mm_ss(Span::from_mins(i64::from(record.minutes))),
            n = given,
            language = one_line(&record.language)
        )
    );
    // The report as kept with the interview; one that no longer reads is
    // named, never left out silently.
    match record.report.as_deref().map(Report::from_json) {
        Some(Ok(report)) => {
            let compared = previous.map(|p| compare(p, &report));
            out.push_str(&markdown_summary(&report, compared.as_deref(), "####"));
            let _ = writeln!(out, "\n#### {}", t!("mock-md-answers"));
        }
        Some(Err(e)) => {
            let _ = writeln!(out, "\n*{}*", one_line(&e));
        }
        None => {}
    }
    for (i, a) in answers.iter().enumerate() {
        if a.item.follow_up_of.is_some() {
            continue;
        }
        let _ = writeln!(out, "\n##### {}\n", prompt(a));
        answer(&mut out, a, "");
        for f in answers.iter().filter(|f| f.item.follow_up_of == Some(i)) {
            let why = follow_up(f.item.because.as_ref());
            let _ = writeln!(out, "\n- **{why}:** {}\n", prompt(f));
            answer(&mut out, f, "  ");
        }
    }
    out
}

/// The question as it was asked (the answer keeps its prompt), else as
/// the bank has it now, else its key.
fn prompt(a: &Answered) -> String {
    let text = a
        .attempt
        .as_ref()
        .map(|t| t.prompt.as_str())
        .filter(|p| !p.trim().is_empty())
        .unwrap_or(&a.question.prompt);
    if text.trim().is_empty() {
        one_line(&format!(
            "{}/{}",
            a.item.key.bank_id, a.item.key.question_id
        ))
    } else {
        one_line(text)
    }
}

/// The time the answer took against its limit and the answer itself, each
/// line led by `indent`.
fn answer(out: &mut String, a: &Answered, indent: &str) {
    let limit = Span::from_secs(i64::from(a.item.time_limit_s));
    match &a.attempt {
        Some(t) => {
            let took = labels::took_of(t.duration_ms, limit);
            let _ = writeln!(out, "{indent}*{took}*\n");
            for l in sanitize(&t.text, true).lines() {
                let _ = writeln!(out, "{indent}> {l}");
            }
        }
        None if a.item.passed => {
            let _ = writeln!(out, "{indent}*{}*", t!("mock-sheet-passed"));
        }
        None => {
            let _ = writeln!(out, "{indent}*{}*", t!("mock-sheet-not-answered"));
        }
    }
}

/// A follow-up's heading, with why the interviewer asked it.
fn follow_up(why: Option<&AskedBecause>) -> String {
    let terms = |ts: &[String]| {
        ts.iter()
            .map(|t| format!("`{}`", one_line(t)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match why {
        Some(AskedBecause::Mentioned(term)) => t!(
            "mock-sheet-follow-up-mentioned",
            term = format!("`{}`", one_line(term))
        ),
        Some(AskedBecause::Missed(ts)) => t!("mock-sheet-follow-up-missed", terms = terms(ts)),
        Some(AskedBecause::InOrder) | None => t!("mock-sheet-follow-up"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Attempt, MockItem, QuestionKey, Round, Segment};
    use crate::practice::bare;

    const T0: Instant = Instant::from_ms(1_795_599_000_000);

    fn answered(q: &str, limit: u32, text: Option<&str>) -> Answered {
        let key = QuestionKey::new("be", q);
        Answered {
            item: MockItem {
                attempt_id: text.map(|_| format!("a-{q}")),
                passed: text.is_none(),
                ..MockItem::planned(key.clone(), Segment::Technical, limit)
            },
            question: bare(&key, "backend", &format!("Bank's {q}?"), limit).question,
            attempt: text.map(|t| Attempt {
                id: format!("a-{q}"),
                bank_id: "be".into(),
                question_id: q.into(),
                role: "backend".into(),
                prompt: format!("Asked {q}?"),
                started_at: T0,
                submitted_at: T0 + Span::from_secs(65),
                duration_ms: Span::from_secs(65),
                text: t.into(),
                rating: None,
                mode: "mock".into(),
                time_limit_s: limit,
                session_id: Some("m1".into()),
            }),
            talking_points: String::new(),
        }
    }

    /// A technical mock of 30 minutes, finished after 28:15.
    fn finished() -> MockRecord {
        MockRecord {
            id: "m1".into(),
            role: "backend".into(),
            language: "en".into(),
            round: Round::Technical,
            minutes: 30,
            started_at: T0,
            finished_at: Some(T0 + Span::from_mins(29)),
            elapsed_ms: Span::from_secs(28 * 60 + 15),
            items: Vec::new(),
            position: 0,
            report: None,
        }
    }

    #[test]
    fn a_mock_lists_each_answer_with_its_follow_ups_indented_under_it() {
        let record = finished();
        let mut redis = answered("cache.follow-up-2", 60, Some("Write-through.\nWith a TTL."));
        redis.item.follow_up_of = Some(0);
        redis.item.because = Some(AskedBecause::Mentioned("redis".into()));
        let mut retry = answered("cache.follow-up-3", 60, None);
        retry.item.follow_up_of = Some(0);
        retry.item.because = Some(AskedBecause::Missed(vec!["retry".into(), "재시도".into()]));
        let answers = vec![
            answered("cache", 120, Some("I put Redis \u{1b}[2Jin front.")),
            redis,
            retry,
            answered("bye", 60, Some("What do you ship next?")),
        ];
        let md = mock_markdown(&record, &answers, None, &LocalDay::fixed(9 * 3600));
        assert_eq!(
            md,
            "\n### 2026-11-25 18:30 — backend, technical round, 30 minutes\n\n\
             *Total time 28:15 of 30:00 · 3 answers · en*\n\
             \n##### Asked cache?\n\n\
             *1:05 of 2:00*\n\n\
             > I put Redis \u{FFFD}[2Jin front.\n\
             \n- **Follow-up (you mentioned `redis`):** Asked cache.follow-up-2?\n\n\
             \x20 *1:05 of 1:00*\n\n\
             \x20 > Write-through.\n\
             \x20 > With a TTL.\n\
             \n- **Follow-up (you did not mention `retry`, `재시도`):** Bank's cache.follow-up-3?\n\n\
             \x20 *Passed.*\n\
             \n##### Asked bye?\n\n\
             *1:05 of 1:00*\n\n\
             > What do you ship next?\n"
        );
    }

    #[test]
    fn the_sheet_reads_in_korean_with_the_reason_of_each_follow_up() {
        let _ko = crate::i18n::scoped(crate::i18n::Lang::Ko);
        let mut redis = answered("cache.follow-up-2", 60, Some("쓰기 시점에 지웁니다."));
        redis.item.follow_up_of = Some(0);
        redis.item.because = Some(AskedBecause::Mentioned("레디스".into()));
        let mut warm = answered("cache.follow-up-3", 60, None);
        warm.item.follow_up_of = Some(0);
        warm.item.because = Some(AskedBecause::Missed(vec!["워밍".into(), "예열".into()]));
        let answers = vec![
            answered("cache", 120, Some("레디스를 앞에 둡니다.")),
            redis,
            warm,
        ];
        let md = mock_markdown(&finished(), &answers, None, &LocalDay::fixed(9 * 3600));
        for want in [
            "### 2026-11-25 18:30 — backend, 기술 면접, 30분\n",
            "*총 시간 28:15 / 30:00 · 답변 2개 · en*\n",
            "*1:05 / 2:00*",
            "- **꼬리질문 (`레디스` 언급):** Asked cache.follow-up-2?",
            "- **꼬리질문 (`워밍`, `예열` 언급 없음):** Bank's cache.follow-up-3?",
            "*패스했어요.*",
        ] {
            assert!(md.contains(want), "missing {want:?} in\n{md}");
        }
    }

    #[test]
    fn the_kept_report_comes_before_the_answers_and_a_damaged_one_is_named() {
        let mut record = finished();
        let answers = vec![answered(
            "cache",
            120,
            Some("um I put, um, Redis in front."),
        )];
        record.items = answers.iter().map(|a| a.item.clone()).collect();
        let report = crate::mock::report_of(&record, &answers, &crate::feedback::Rates::default());
        record.report = Some(report.to_json());
        let md = mock_markdown(&record, &answers, Some(&report), &LocalDay::fixed(0));
        let at = |needle: &str| {
            md.find(needle)
                .unwrap_or_else(|| panic!("{needle} in {md}"))
        };
        assert!(at("#### What to change") < at("#### Compared with your previous mock"));
        assert!(at("#### The interview") < at("#### Answers"));
        assert!(at("#### Answers") < at("##### Asked cache?"));
        record.report = Some("{not json".into());
        let md = mock_markdown(&record, &answers, None, &LocalDay::fixed(0));
        assert!(md.contains("report is damaged"), "{md}");
        assert!(md.contains("##### Asked cache?"));
    }
}
