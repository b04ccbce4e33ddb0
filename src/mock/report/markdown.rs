//! The report as Markdown, for `export --format markdown` and for reading:
//! the changes first (what to do), then the comparison, the interview's
//! totals, and every answer.

use std::fmt::Write;

use super::{AnswerReport, CheckKind, Compared, Measure, Report};
use crate::bank::format_duration;
use crate::clock::mm_ss;
use crate::model::{AskedBecause, Instant, MockRecord, Segment};
use crate::text::one_line;

/// The report of `record`, with the comparison with the previous mock when
/// there is one.
pub fn markdown(record: &MockRecord, report: &Report, compared: Option<&[Compared]>) -> String {
    let mut out = String::new();
    heading(&mut out, record, report);
    out.push_str(&summary(report, compared, "##"));
    let _ = writeln!(out, "\n## Answers");
    for (n, a) in report.answers.iter().enumerate() {
        answer(&mut out, report, n + 1, a);
    }
    out
}

fn heading(out: &mut String, record: &MockRecord, report: &Report) {
    let _ = writeln!(
        out,
        "# Mock interview: {}, {} round\n",
        one_line(&report.role),
        report.round.as_str()
    );
    let started = Instant::from_ms(report.started_at_ms).utc();
    let _ = writeln!(
        out,
        "- Language: {} · started {} UTC · mock {}",
        one_line(&report.language),
        started.format("%Y-%m-%d %H:%M"),
        one_line(&record.id)
    );
    let over = report.elapsed() - report.round_length();
    let over = if over > crate::model::Span::ZERO {
        format!(" ({} over)", mm_ss(over))
    } else {
        String::new()
    };
    let _ = writeln!(
        out,
        "- Total time: {} of a {}-minute round{over}",
        mm_ss(report.elapsed()),
        report.minutes
    );
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
    let _ = writeln!(out, "\n{h} What to change");
    if report.changes.is_empty() {
        let _ = writeln!(out, "\nNothing stood out: keep answering like this.");
    }
    for (n, c) in report.changes.iter().enumerate() {
        let _ = writeln!(out, "\n{}. {}", n + 1, c.text());
    }
}

fn comparison(out: &mut String, compared: &[Compared], h: &str) {
    let _ = writeln!(out, "\n{h} Compared with your previous mock\n");
    if compared.is_empty() {
        let _ = writeln!(out, "No measure the two have in common.");
        return;
    }
    let _ = writeln!(out, "| Measure | Before | Now | |\n|---|---|---|---|");
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
    let _ = writeln!(out, "\n{h} The interview\n");
    let _ = writeln!(
        out,
        "- Answered: {} of {} questions{}",
        t.answered,
        t.asked,
        if t.passed > 0 {
            format!(", {} passed", t.passed)
        } else {
            String::new()
        }
    );
    let _ = writeln!(
        out,
        "- Over their limit: {} of {}",
        t.over_limit, t.answered
    );
    if t.key_points > 0 {
        let _ = writeln!(
            out,
            "- Key points covered: {} of {} ({})",
            t.key_points_covered,
            t.key_points,
            Measure::KeyPoints.format(t.key_points_covered as f64 / t.key_points as f64)
        );
    }
    if t.stories > 0 {
        let _ = writeln!(
            out,
            "- Stories in first person: {} of {}; with numbers: {} of {}",
            t.stories_first_person, t.stories, t.stories_with_numbers, t.stories
        );
    }
    if t.star_answers > 0 {
        let _ = writeln!(
            out,
            "- STAR answers complete: {} of {}",
            t.star_complete, t.star_answers
        );
    }
    let rate = report.fillers_per_minute().map_or(String::new(), |r| {
        format!(", {r:.1} a minute of speaking time")
    });
    let _ = writeln!(out, "- Fillers: {}{rate}", t.fillers);
    if t.stories > 0 {
        let told: Vec<String> = report
            .experiences
            .iter()
            .map(|e| quoted_list(&e.anchors))
            .collect();
        let unplaced = match report.unidentified_stories.len() {
            0 => String::new(),
            n => format!("; {n} naming no project, technology or number"),
        };
        let _ = writeln!(
            out,
            "- Experiences drawn on: {}{}{unplaced}",
            report.experiences.len(),
            if told.is_empty() {
                String::new()
            } else {
                format!(" ({})", told.join("; "))
            }
        );
    }
    if !report.missed_points.is_empty() {
        let _ = writeln!(out, "\n{h}# Key points most often missed\n");
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
        let _ = writeln!(out, "\n{h}# Checks most often missed\n");
        for m in &report.missed_checks {
            let _ = writeln!(
                out,
                "- No {} in {} of {} answers ({})",
                m.check.label(),
                m.answers.len(),
                m.of,
                answer_numbers(report, &m.answers)
            );
        }
    }
}

fn answer(out: &mut String, report: &Report, n: usize, a: &AnswerReport) {
    let _ = writeln!(
        out,
        "\n### {n}. {}: {}\n",
        segment(a.segment),
        one_line(&a.prompt)
    );
    if let Some(parent) = a.follow_up_of {
        let why = match &a.because {
            Some(AskedBecause::Mentioned(term)) => {
                format!(", asked because you mentioned “{}”", one_line(term))
            }
            Some(AskedBecause::Missed(terms)) => {
                format!(", asked because you did not mention {}", quoted_list(terms))
            }
            Some(AskedBecause::InOrder) | None => String::new(),
        };
        let _ = writeln!(
            out,
            "- Follow-up to {}{why}",
            answer_numbers(report, &[parent])
        );
    }
    let Some(took) = a.took() else {
        let what = if a.passed { "Passed" } else { "Not answered" };
        let _ = writeln!(out, "- {what} (limit {})", format_duration(a.time_limit_s));
        return;
    };
    let over = a
        .overtime()
        .map_or(String::new(), |o| format!(" ({} over)", mm_ss(o)));
    let _ = writeln!(out, "- Time: {} of {}{over}", mm_ss(took), mm_ss(a.limit()));
    let _ = writeln!(
        out,
        "- Speaking time: about {}; {} words",
        format_duration(a.speaking_secs.round() as u32),
        a.words
    );
    points(out, "Key points", a.key_points.as_slice());
    points(out, "Your talking points", a.talking_points.as_slice());
    if !a.checks.is_empty() {
        let checks: Vec<String> = a
            .checks
            .iter()
            .map(|c| format!("{} {}", c.check.label(), if c.passed { "✓" } else { "✗" }))
            .collect();
        let _ = writeln!(out, "- Checks: {}", checks.join(", "));
    }
    if a.check(CheckKind::Numbers).is_some() && !a.numbers.is_empty() {
        let _ = writeln!(out, "- Numbers: {}", quoted_list(&a.numbers));
    }
    if a.check(CheckKind::FirstPerson) == Some(false) && !a.we.is_empty() {
        let _ = writeln!(out, "- Said {} instead of “I”", quoted_list(&a.we));
    }
    let fillers: Vec<String> = a
        .fillers
        .iter()
        .map(|(w, n)| format!("“{}” ×{n}", one_line(w)))
        .collect();
    let _ = writeln!(
        out,
        "- Fillers: {}{}",
        a.filler_count(),
        if fillers.is_empty() {
            String::new()
        } else {
            format!(" ({})", fillers.join(", "))
        }
    );
    if let Some(star) = a.star {
        let missing: Vec<&str> = star.missing().iter().map(|p| p.label()).collect();
        let _ = writeln!(
            out,
            "- STAR: {}",
            if missing.is_empty() {
                "all four parts".to_string()
            } else {
                format!("missing {}", missing.join(", "))
            }
        );
    }
    if !a.led_to.is_empty() {
        let _ = writeln!(
            out,
            "- Led to follow-ups: {}",
            answer_numbers(report, &a.led_to)
        );
    }
    if let Some(id) = &a.attempt_id {
        let _ = writeln!(out, "- Attempt: {}", one_line(id));
    }
}

fn points(out: &mut String, what: &str, points: &[super::PointResult]) {
    if points.is_empty() {
        return;
    }
    let covered = points.iter().filter(|p| p.covered).count();
    let missed: Vec<String> = points
        .iter()
        .filter(|p| !p.covered)
        .map(|p| p.text.clone())
        .collect();
    let missed = if missed.is_empty() {
        String::new()
    } else {
        format!("; missed {}", quoted_list(&missed))
    };
    let _ = writeln!(out, "- {what}: {covered} of {}{missed}", points.len());
}

/// "answer 2", "answers 2, 4": items as the numbers the report shows.
fn answer_numbers(report: &Report, items: &[usize]) -> String {
    let numbers: Vec<String> = items
        .iter()
        .filter_map(|&i| report.answer(i).map(|(n, _)| n.to_string()))
        .collect();
    match numbers.as_slice() {
        [] => "a question not in this report".to_string(),
        [one] => format!("answer {one}"),
        _ => format!("answers {}", numbers.join(", ")),
    }
}

fn quoted_list(words: &[String]) -> String {
    words
        .iter()
        .map(|w| format!("“{}”", one_line(w)))
        .collect::<Vec<_>>()
        .join(", ")
}

fn segment(s: Segment) -> &'static str {
    match s {
        Segment::Intro => "Introduction",
        Segment::Technical => "Technical",
        Segment::Project => "Project",
        Segment::Motivation => "Motivation",
        Segment::Behavioral => "Behavioural",
        Segment::Closing => "Closing",
    }
}
