//! The report as Markdown, for `export --format markdown` and for reading:
//! the changes first (what to do), then the comparison, the interview's
//! totals, and every answer.

use std::fmt::Write;

use super::{AnswerReport, CheckKind, Compared, Measure, Report};
use crate::clock::mm_ss;
use crate::i18n::{Args, arg, tr};
use crate::mock::labels;
use crate::model::{AskedBecause, Instant, MockRecord, Span};
use crate::text::one_line;
use crate::{msgid, t};

/// The report of `record`, with the comparison with the previous mock when
/// there is one.
pub fn markdown(record: &MockRecord, report: &Report, compared: Option<&[Compared]>) -> String {
    let mut out = String::new();
    heading(&mut out, record, report);
    out.push_str(&summary(report, compared, "##"));
    let _ = writeln!(out, "\n## {}", t!("mock-md-answers"));
    for (n, a) in report.answers.iter().enumerate() {
        answer(&mut out, report, n + 1, a);
    }
    out
}

fn heading(out: &mut String, record: &MockRecord, report: &Report) {
    let _ = writeln!(
        out,
        "# {}\n",
        t!(
            "mock-md-title",
            role = one_line(&report.role),
            round = labels::round(report.round)
        )
    );
    let started = Instant::from_ms(report.started_at_ms).utc();
    let _ = writeln!(
        out,
        "- {}",
        t!(
            "mock-md-started",
            language = one_line(&report.language),
            started = started.format("%Y-%m-%d %H:%M").to_string(),
            id = one_line(&record.id)
        )
    );
    let over = report.elapsed() - report.round_length();
    let (took, minutes) = (mm_ss(report.elapsed()), report.minutes);
    let total = if over > Span::ZERO {
        t!(
            "mock-md-total-over",
            took = took,
            minutes = minutes,
            over = mm_ss(over)
        )
    } else {
        t!("mock-md-total", took = took, minutes = minutes)
    };
    let _ = writeln!(out, "- {total}");
}

/// What to change, the comparison (when given) and the interview's
/// totals, under headings of level `h` ("##"): the part of the report the
/// study sheet also prints.
pub fn summary(report: &Report, compared: Option<&[Compared]>, h: &str) -> String {
    let mut out = String::new();
    changes(&mut out, report, h);
    if let Some(compared) = compared {
        comparison(&mut out, compared, h);
    }
    interview(&mut out, report, h);
    out
}

fn changes(out: &mut String, report: &Report, h: &str) {
    let _ = writeln!(out, "\n{h} {}", t!("mock-md-changes"));
    if report.changes.is_empty() {
        let _ = writeln!(out, "\n{}", t!("mock-md-no-changes"));
    }
    for (n, c) in report.changes.iter().enumerate() {
        let _ = writeln!(out, "\n{}. {}", n + 1, c.text());
    }
}

fn comparison(out: &mut String, compared: &[Compared], h: &str) {
    let _ = writeln!(out, "\n{h} {}\n", t!("mock-md-compared"));
    if compared.is_empty() {
        let _ = writeln!(out, "{}", t!("mock-md-compared-none"));
        return;
    }
    let _ = writeln!(out, "{}\n|---|---|---|---|", t!("mock-md-table-head"));
    for c in compared {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            c.label(),
            c.measure.format(c.previous),
            c.measure.format(c.now),
            c.trend.label()
        );
    }
}

fn interview(out: &mut String, report: &Report, h: &str) {
    let t = &report.totals;
    let _ = writeln!(out, "\n{h} {}\n", t!("mock-md-interview"));
    let answered = if t.passed > 0 {
        t!(
            "mock-md-answered-passed",
            answered = t.answered,
            asked = t.asked,
            passed = t.passed
        )
    } else {
        t!("mock-md-answered", answered = t.answered, asked = t.asked)
    };
    let _ = writeln!(out, "- {answered}");
    let _ = writeln!(
        out,
        "- {}",
        t!(
            "mock-md-over-limit",
            over = t.over_limit,
            answered = t.answered
        )
    );
    if t.key_points > 0 {
        let share = Measure::KeyPoints.format(t.key_points_covered as f64 / t.key_points as f64);
        let _ = writeln!(
            out,
            "- {}",
            t!(
                "mock-md-key-points",
                covered = t.key_points_covered,
                total = t.key_points,
                share = share
            )
        );
    }
    if t.stories > 0 {
        let _ = writeln!(
            out,
            "- {}",
            t!(
                "mock-md-stories",
                first = t.stories_first_person,
                stories = t.stories,
                numbers = t.stories_with_numbers
            )
        );
    }
    if t.star_answers > 0 {
        let _ = writeln!(
            out,
            "- {}",
            t!(
                "mock-md-star",
                complete = t.star_complete,
                total = t.star_answers
            )
        );
    }
    let fillers = match report.fillers_per_minute() {
        Some(r) => t!(
            "mock-md-fillers-rate",
            n = t.fillers,
            rate = format!("{r:.1}")
        ),
        None => t!("mock-md-fillers", n = t.fillers),
    };
    let _ = writeln!(out, "- {fillers}");
    if t.stories > 0 {
        let told: Vec<String> = report
            .experiences
            .iter()
            .map(|e| quoted_list(&e.anchors))
            .collect();
        let (n, unplaced) = (report.experiences.len(), report.unidentified_stories.len());
        let line = if told.is_empty() {
            t!("mock-md-experiences", n = n, unplaced = unplaced)
        } else {
            t!(
                "mock-md-experiences-told",
                n = n,
                told = told.join("; "),
                unplaced = unplaced
            )
        };
        let _ = writeln!(out, "- {line}");
    }
    if !report.missed_points.is_empty() {
        let _ = writeln!(out, "\n{h}# {}\n", t!("mock-md-missed-points"));
        for m in &report.missed_points {
            let _ = writeln!(
                out,
                "- “{}” ({})",
                one_line(&m.text),
                answer_numbers(report, &m.answers)
            );
        }
    }
    if !report.missed_checks.is_empty() {
        let _ = writeln!(out, "\n{h}# {}\n", t!("mock-md-missed-checks"));
        for m in &report.missed_checks {
            let _ = writeln!(
                out,
                "- {}",
                t!(
                    "mock-md-missed-check",
                    check = m.check.label(),
                    n = m.answers.len(),
                    of = m.of,
                    answers = answer_numbers(report, &m.answers)
                )
            );
        }
    }
}

fn answer(out: &mut String, report: &Report, n: usize, a: &AnswerReport) {
    let _ = writeln!(
        out,
        "\n### {n}. {}: {}\n",
        labels::segment(a.segment),
        one_line(&a.prompt)
    );
    if let Some(parent) = a.follow_up_of {
        let answers = answer_numbers(report, &[parent]);
        let line = match &a.because {
            Some(AskedBecause::Mentioned(term)) => t!(
                "mock-md-follow-up-mentioned",
                answers = answers,
                term = format!("“{}”", one_line(term))
            ),
            Some(AskedBecause::Missed(terms)) => t!(
                "mock-md-follow-up-missed",
                answers = answers,
                terms = quoted_list(terms)
            ),
            Some(AskedBecause::InOrder) | None => t!("mock-md-follow-up", answers = answers),
        };
        let _ = writeln!(out, "- {line}");
    }
    let Some(took) = a.took() else {
        let limit = labels::duration(a.time_limit_s);
        let line = if a.passed {
            t!("mock-md-passed", limit = limit)
        } else {
            t!("mock-md-not-answered", limit = limit)
        };
        let _ = writeln!(out, "- {line}");
        return;
    };
    let time = match a.overtime() {
        Some(o) => t!(
            "mock-md-time-over",
            took = mm_ss(took),
            limit = mm_ss(a.limit()),
            over = mm_ss(o)
        ),
        None => t!("mock-md-time", took = mm_ss(took), limit = mm_ss(a.limit())),
    };
    let _ = writeln!(out, "- {time}");
    let _ = writeln!(
        out,
        "- {}",
        t!(
            "mock-md-speaking",
            spoken = labels::duration(a.speaking_secs.round() as u32),
            words = a.words
        )
    );
    let key_points = [
        msgid!("mock-md-key-points-of"),
        msgid!("mock-md-key-points-missed"),
    ];
    points(out, key_points, &a.key_points);
    let talking_points = [
        msgid!("mock-md-talking-points-of"),
        msgid!("mock-md-talking-points-missed"),
    ];
    points(out, talking_points, &a.talking_points);
    if !a.checks.is_empty() {
        let checks: Vec<String> = a
            .checks
            .iter()
            .map(|c| format!("{} {}", c.check.label(), if c.passed { "✓" } else { "✗" }))
            .collect();
        let _ = writeln!(
            out,
            "- {}",
            t!("mock-md-checks", checks = checks.join(", "))
        );
    }
    if a.check(CheckKind::Numbers).is_some() && !a.numbers.is_empty() {
        let _ = writeln!(
            out,
            "- {}",
            t!("mock-md-numbers", numbers = quoted_list(&a.numbers))
        );
    }
    if a.check(CheckKind::FirstPerson) == Some(false) && !a.we.is_empty() {
        let _ = writeln!(out, "- {}", t!("mock-md-we", we = quoted_list(&a.we)));
    }
    let fillers: Vec<String> = a
        .fillers
        .iter()
        .map(|(w, n)| format!("“{}” ×{n}", one_line(w)))
        .collect();
    let line = if fillers.is_empty() {
        t!("mock-md-fillers", n = a.filler_count())
    } else {
        t!(
            "mock-md-fillers-words",
            n = a.filler_count(),
            words = fillers.join(", ")
        )
    };
    let _ = writeln!(out, "- {line}");
    if let Some(star) = a.star {
        let missing: Vec<String> = star.missing().iter().map(|p| p.label()).collect();
        let line = if missing.is_empty() {
            t!("mock-md-star-all")
        } else {
            t!("mock-md-star-missing", parts = missing.join(", "))
        };
        let _ = writeln!(out, "- {line}");
    }
    if !a.led_to.is_empty() {
        let _ = writeln!(
            out,
            "- {}",
            t!(
                "mock-md-led-to",
                answers = answer_numbers(report, &a.led_to)
            )
        );
    }
    if let Some(id) = &a.attempt_id {
        let _ = writeln!(out, "- {}", t!("mock-md-attempt", id = one_line(id)));
    }
}

/// "Key points: 1 of 2; missed “…”": `ids` the message without and with
/// the missed ones.
fn points(out: &mut String, ids: [&str; 2], points: &[super::PointResult]) {
    if points.is_empty() {
        return;
    }
    let missed: Vec<String> = points
        .iter()
        .filter(|p| !p.covered)
        .map(|p| p.text.clone())
        .collect();
    let mut args = Args::new();
    args.set("covered", arg(points.len() - missed.len()));
    args.set("total", arg(points.len()));
    let id = if missed.is_empty() {
        ids[0]
    } else {
        args.set("missed", arg(quoted_list(&missed)));
        ids[1]
    };
    let _ = writeln!(out, "- {}", tr(id, Some(&args)));
}

/// "answer 2", "answers 2, 4": items as the numbers the report shows.
fn answer_numbers(report: &Report, items: &[usize]) -> String {
    let numbers: Vec<String> = items
        .iter()
        .filter_map(|&i| report.answer(i).map(|(n, _)| n.to_string()))
        .collect();
    if numbers.is_empty() {
        return t!("mock-md-answer-none");
    }
    t!(
        "mock-md-answer-numbers",
        n = numbers.len(),
        numbers = numbers.join(", ")
    )
}

fn quoted_list(words: &[String]) -> String {
    words
        .iter()
        .map(|w| format!("“{}”", one_line(w)))
        .collect::<Vec<_>>()
        .join(", ")
}
