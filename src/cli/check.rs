//! `rehearse check`: the feedback the answer screen shows, for an answer
//! written elsewhere (a file, or standard input), as a report or as JSON.
//!
//! The JSON is a field-by-field dump of [`Feedback`]: one small function per
//! feedback type below, so a field the engine gains is one line here (and
//! one in the README's "Checking an answer from the command line").

use std::io::{IsTerminal, Read};
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, bail};
use crossterm::style::Stylize;
use serde_json::{Value, json};

use crate::bank::{Bank, Question, format_duration};
use crate::feedback::{
    Check, Concreteness, Feedback, PointHit, Rates, RoleAdvice, Star, TextStats, Verdict,
};
use crate::model::QuestionKey;
use crate::paths::Paths;
use crate::settings::Settings;
use crate::store::{Access, Store};
use crate::story::{FactHit, Story};
use crate::text::{self, one_line};

use super::{CheckArgs, Cli, load_library, names};

/// Answers over this size are refused: no one speaks 1 MiB in an interview.
const MAX_ANSWER_BYTES: usize = 1024 * 1024;

/// `rehearse check --bank ID --question QID [FILE|-] [--json]`.
pub(super) fn run(cli: &Cli, args: &CheckArgs, paths: &Paths) -> anyhow::Result<ExitCode> {
    let lib = load_library(cli, paths);
    let (bank, question) = match names::check_question(&lib, &args.bank, &args.question) {
        Ok(found) => found,
        Err(e) => e.exit(),
    };
    let answer = read_answer(args.file.as_deref())?;
    // JSON is for scripts: every word in it English, whatever the interface
    // speaks (the feedback's sentences are made in the language in use).
    let _en = args
        .json
        .then(|| crate::i18n::scoped(crate::i18n::Lang::En));
    let (talking_points, rates, story) =
        from_store(paths, &QuestionKey::new(&bank.id, question.id.as_str()));
    let fb = crate::practice::analyze(question, &talking_points, &answer, &rates);
    let facts = crate::story::answer_facts(&story, question, &answer);
    let role = role_advice(paths, &answer);
    if args.json {
        let mut json = to_json(bank, question, &fb, &rates);
        json["story_facts"] = facts.iter().map(fact_json).collect();
        json["role_profile"] = serde_json::to_value(&role)?;
        say!("{}", text::json_pretty(&json)?);
    } else {
        let colour = colour_wanted();
        let mut out = report(bank, question, &fb, colour);
        out.push_str(&story_report(&facts, colour));
        out.push_str(&role_report(&role));
        say!("{}", out.trim_end());
    }
    Ok(ExitCode::SUCCESS)
}

/// Colour only for a person at a terminal who has not asked for none.
fn colour_wanted() -> bool {
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// The answer from `file`, or from standard input for `-` or no file.
fn read_answer(file: Option<&Path>) -> anyhow::Result<String> {
    let (bytes, shown) = match file.filter(|f| f.as_os_str() != "-") {
        Some(f) => {
            let shown = one_line(&f.display().to_string());
            let cannot = || crate::t!("cli-cannot-read", path = &shown);
            let file = std::fs::File::open(f).with_context(cannot)?;
            let mut buf = Vec::new();
            file.take(MAX_ANSWER_BYTES as u64 + 1)
                .read_to_end(&mut buf)
                .with_context(cannot)?;
            (buf, shown)
        }
        None => {
            let stdin = std::io::stdin();
            if stdin.is_terminal() {
                eprintln!("{}", crate::t!("cli-check-type-the-answer"));
            }
            let mut buf = Vec::new();
            stdin
                .lock()
                .take(MAX_ANSWER_BYTES as u64 + 1)
                .read_to_end(&mut buf)
                .context(crate::t!("cli-check-stdin-unreadable"))?;
            (buf, crate::t!("cli-check-stdin"))
        }
    };
    if bytes.len() > MAX_ANSWER_BYTES {
        bail!(crate::t!("cli-check-answer-too-big", source = &shown));
    }
    let answer = String::from_utf8(bytes)
        .map_err(|_| anyhow::anyhow!(crate::t!("cli-check-answer-not-utf8", source = &shown)))?;
    let answer = text::typed(&answer);
    if answer.trim().is_empty() {
        bail!(crate::t!("cli-check-answer-empty", source = &shown));
    }
    Ok(answer)
}

/// Your talking points for the question, your speaking rates and your
/// story, read without the lock so a running app is not disturbed. A store
/// that cannot be read leaves the defaults, and says so.
fn from_store(paths: &Paths, key: &QuestionKey) -> (String, Rates, Story) {
    let read = || -> anyhow::Result<(String, Settings, Store)> {
        let store = Store::open(paths, Access::ReadOnly)?;
        Ok((
            store.talking_points(key)?.unwrap_or_default(),
            Settings::load(&store)?,
            store,
        ))
    };
    let (points, settings, story) = match read() {
        Ok((points, settings, store)) => {
            let story = crate::story::load(&store).unwrap_or_else(|e| {
                let error = one_line(&e.to_string());
                eprintln!("{}", crate::t!("cli-check-without-story", error = error));
                Story::default()
            });
            (points, settings, story)
        }
        Err(e) => {
            let error = one_line(&format!("{e:#}"));
            eprintln!("{}", crate::t!("cli-check-store-unread", error = error));
            (String::new(), Settings::default(), Story::default())
        }
    };
    let rates = Rates {
        english_wpm: settings.english_wpm,
        hangul_spm: settings.hangul_spm,
    };
    (points, rates, story)
}

/// The answer's role profile against the target role setting, with the
/// stored story's words for that role (a store that cannot be read leaves
/// the profile alone; `from_store` has said so).
fn role_advice(paths: &Paths, answer: &str) -> RoleAdvice {
    let profile = crate::feedback::role_profile(answer);
    let Ok(store) = Store::open(paths, Access::ReadOnly) else {
        return RoleAdvice::new(profile, None, None);
    };
    let target = Settings::load(&store).ok().and_then(|s| s.target_role);
    let story = crate::stats::stored_story(&store)
        .ok()
        .filter(|s| !s.is_empty())
        .map(|s| crate::stats::story_profile(&s));
    RoleAdvice::new(profile, target.as_deref(), story.as_ref())
}

/// The report's role lines: how it reads, and why when it leans away.
fn role_report(role: &RoleAdvice) -> String {
    let Some(reads) = role.reads_as() else {
        return String::new();
    };
    let reads = one_line(&reads);
    let line = match role.target_role.as_deref() {
        Some(t) => crate::t!(
            "cli-check-reads-as-for",
            reads = reads,
            target = one_line(&crate::feedback::role::role_name(t))
        ),
        None => crate::t!("cli-check-reads-as", reads = reads),
    };
    let mut out = format!("\n{line}\n");
    if let Some(lean) = role.lean_sentence() {
        out.push_str(&format!("  {}\n", one_line(&lean)));
    }
    out
}

// ---------------------------------------------------------------- JSON

fn to_json(bank: &Bank, q: &Question, fb: &Feedback, rates: &Rates) -> Value {
    let (points, talking) = split_points(q, fb);
    json!({
        "bank": bank.id,
        "question": q.id,
        "prompt": q.prompt,
        "kind": q.kind.as_str(),
        "language": bank.language,
        "time_limit_secs": q.time_limit,
        "rates": { "english_wpm": rates.english_wpm, "hangul_spm": rates.hangul_spm },
        "stats": stats_json(&fb.stats),
        "key_points": points.iter().map(point_json).collect::<Vec<_>>(),
        "talking_points": talking.iter().map(point_json).collect::<Vec<_>>(),
        "concreteness": concreteness_json(&fb.concreteness),
        "fillers": fb.fillers.iter().map(|(w, n)| json!({ "text": w, "count": n })).collect::<Vec<_>>(),
        "star": fb.star.as_ref().map(star_json),
        "checks": fb.checks.iter().map(check_json).collect::<Vec<_>>(),
    })
}

fn check_json(c: &Check) -> Value {
    json!({
        "id": c.id,
        "label": c.label,
        "verdict": c.verdict,
        "why": c.why,
        "spans": c.spans,
    })
}

fn stats_json(s: &TextStats) -> Value {
    json!({
        "chars": s.chars,
        "words": s.words,
        "hangul_syllables": s.hangul_syllables,
        "speaking_secs": s.speaking_secs,
    })
}

fn point_json(h: &PointHit) -> Value {
    json!({
        "text": h.text,
        "covered": h.covered,
        "matched": h.matched,
        "spans": h.spans,
        "negated": h.negated,
        "missing_numbers": h.missing_numbers,
    })
}

fn fact_json(h: &FactHit) -> Value {
    json!({
        "text": h.fact.text,
        "project": h.fact.project.id,
        "is_result": h.fact.is_result,
        "used": h.used,
        "partly": h.partly,
        "missing_numbers": h.missing_numbers,
        "spans": h.spans,
    })
}

fn concreteness_json(c: &Concreteness) -> Value {
    json!({
        "numbers": c.numbers,
        "singular": c.singular,
        "plural": c.plural,
        "technologies": c.technologies,
        "impact": c.impact,
    })
}

fn star_json(s: &Star) -> Value {
    json!({
        "situation": s.situation,
        "task": s.task,
        "action": s.action,
        "result": s.result,
    })
}

/// The bank's key points, then the user's talking points (analysed after them).
fn split_points<'f>(q: &Question, fb: &'f Feedback) -> (&'f [PointHit], &'f [PointHit]) {
    fb.coverage
        .split_at(q.key_points.len().min(fb.coverage.len()))
}

// ---------------------------------------------------------------- report

/// The plain-text report; with `colour`, ✓ green and ✗ red.
fn report(bank: &Bank, q: &Question, fb: &Feedback, colour: bool) -> String {
    let mark = |ok: bool| match (ok, colour) {
        (true, true) => "✓".green().to_string(),
        (false, true) => "✗".red().to_string(),
        (true, false) => "✓".to_string(),
        (false, false) => "✗".to_string(),
    };
    let mut out = String::new();
    let mut line = |s: String| {
        out.push_str(&s);
        out.push('\n');
    };
    line(format!(
        "{} / {} ({}, {})",
        one_line(&bank.id),
        one_line(&q.id),
        q.kind,
        format_duration(q.time_limit)
    ));
    line(one_line(&q.prompt));
    line(String::new());
    let s = &fb.stats;
    line(crate::t!(
        "cli-check-length",
        words = s.words,
        chars = s.chars,
        spoken = format_duration(s.speaking_secs.round() as u32)
    ));
    let (points, talking) = split_points(q, fb);
    for (talking, hits) in [(false, points), (true, talking)] {
        if hits.is_empty() {
            continue;
        }
        let covered = hits.iter().filter(|h| h.covered).count();
        let total = hits.len();
        line(format!(
            "\n{}",
            if talking {
                crate::t!("cli-check-talking-points", covered = covered, total = total)
            } else {
                crate::t!("cli-check-key-points", covered = covered, total = total)
            }
        ));
        for h in hits {
            let by = h
                .matched
                .as_ref()
                .map(|m| format!("  {}", crate::t!("cli-check-matched", term = one_line(m))))
                .unwrap_or_default();
            let also = match (&h.negated, h.missing_numbers.is_empty()) {
                (Some(n), _) => {
                    format!("  {}", crate::t!("cli-check-negated", phrase = one_line(n)))
                }
                (None, false) => format!("  {}", not_said(&h.missing_numbers)),
                (None, true) => String::new(),
            };
            line(format!(
                "  {} {}{by}{also}",
                mark(h.covered),
                one_line(&h.text)
            ));
        }
    }
    let asked: Vec<&Check> = fb
        .checks
        .iter()
        .filter(|c| c.verdict != Verdict::NotApplicable)
        .collect();
    if !asked.is_empty() {
        line(format!("\n{}", crate::t!("cli-check-checks")));
        for c in asked {
            line(format!(
                "  {} {}: {}",
                mark(c.verdict == Verdict::Pass),
                one_line(&c.label),
                one_line(&c.why)
            ));
        }
    }
    if !fb.fillers.is_empty() {
        let listed: Vec<String> = fb
            .fillers
            .iter()
            .map(|(w, n)| format!("{} ×{n}", one_line(w)))
            .collect();
        line(format!(
            "\n{}",
            crate::t!("cli-check-fillers", fillers = listed.join(", "))
        ));
    }
    if let Some(star) = &fb.star {
        line("\nSTAR:".into());
        for (label, part) in [
            (crate::t!("cli-check-star-situation"), &star.situation),
            (crate::t!("cli-check-star-task"), &star.task),
            (crate::t!("cli-check-star-action"), &star.action),
            (crate::t!("cli-check-star-result"), &star.result),
        ] {
            let shown = part
                .as_ref()
                .map(|p| one_line(p))
                .unwrap_or_else(|| crate::t!("cli-check-star-missing"));
            line(format!("  {} {label}: {shown}", mark(part.is_some())));
        }
    }
    out
}

/// "Your story": the facts for the question, used or left out, with the
/// numbers not said; nothing when there are none.
fn story_report(facts: &[FactHit], colour: bool) -> String {
    if facts.is_empty() {
        return String::new();
    }
    let used = facts.iter().filter(|h| h.used).count();
    let mut out = format!(
        "\n{}\n",
        crate::t!("cli-check-story", used = used, total = facts.len())
    );
    for h in facts {
        let (mark, why) = match (h.used, h.partly) {
            (true, _) => ("✓", String::new()),
            (false, true) => ("~", format!("  {}", not_said(&h.missing_numbers))),
            (false, false) => ("✗", format!("  {}", crate::t!("cli-check-left-out"))),
        };
        let mark = match (colour, h.used) {
            (true, true) => mark.green().to_string(),
            (true, false) => mark.red().to_string(),
            (false, _) => mark.to_string(),
        };
        out.push_str(&format!(
            "  {mark} {} [{}]{why}\n",
            one_line(h.fact.text),
            one_line(&h.fact.project.id)
        ));
    }
    out
}

/// "(you didn't say 8, 40%)": the numbers a point or fact has that the
/// answer did not say.
fn not_said(numbers: &[String]) -> String {
    crate::t!(
        "cli-check-not-said",
        numbers = one_line(&numbers.join(", "))
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::{KeyPoint, Kind, Origin};

    fn question() -> (Bank, Question) {
        let q = Question {
            id: "q\u{1b}[2J".into(),
            prompt: "Why \u{1b}]0;x\u{7}retry?".into(),
            kind: Kind::Experience,
            level: None,
            tags: vec![],
            time_limit: 90,
            key_points: vec![KeyPoint {
                text: "safe retries".into(),
                terms: vec!["retry".into()],
                explicit: true,
                talking: false,
            }],
            follow_ups: vec![],
            notes: None,
        };
        let bank = Bank {
            id: "b".into(),
            title: "B".into(),
            role: "r".into(),
            language: "en".into(),
            description: None,
            questions: vec![q.clone()],
            origin: Origin::Bundled("b.yaml".into()),
        };
        (bank, q)
    }

    #[test]
    fn report_never_echoes_control_characters_and_colours_only_when_asked() {
        let (bank, q) = question();
        let rates = Rates::default();
        let fb = crate::practice::analyze(
            &q,
            "8 EC2 instances",
            "I added a retry \u{1b}[31m um, with 3 attempts.",
            &rates,
        );
        let plain = report(&bank, &q, &fb, false);
        assert!(!text::has_dangerous(&plain.replace('\n', "")), "{plain:?}");
        assert!(plain.contains("Key points: 1 of 1 covered"), "{plain}");
        assert!(
            plain.contains("Your talking points: 0 of 1 covered"),
            "{plain}"
        );
        assert!(plain.contains("✗ situation: missing"), "{plain}");
        let coloured = report(&bank, &q, &fb, true);
        assert_eq!(
            plain.matches('✓').count(),
            coloured.matches("\u{1b}[38;5;10m✓").count()
        );
        assert_eq!(
            plain.matches('✗').count(),
            coloured.matches("\u{1b}[38;5;9m✗").count()
        );
    }
}
