//! `rehearse mock --history`: past mock interviews, latest first, as a
//! table or as JSON. (`rehearse mock --role R …` itself opens the app.)

use std::process::ExitCode;

use serde::Serialize;

use crate::clock::LocalDay;
use crate::mock::labels;
use crate::model::{MockRecord, Span};
use crate::paths::Paths;
use crate::store::{Access, Store, to_rfc3339};
use crate::t;
use crate::text::{self, one_line};

use super::names::check_role;
use super::{Cli, MockArgs, load_library};

pub(super) fn history(cli: &Cli, args: &MockArgs, paths: &Paths) -> anyhow::Result<ExitCode> {
    let store = Store::open(paths, Access::ReadOnly)?;
    let mut mocks = store.all_mocks()?;
    mocks.reverse();
    if let Some(role) = &args.role {
        // A role is known if a bank serves it or a mock was held for it.
        let mut roles = load_library(cli, paths).role_names();
        roles.extend(mocks.iter().map(|m| m.role.clone()));
        if let Err(e) = check_role(role, &roles) {
            let _ = e.print();
            return Ok(ExitCode::from(2));
        }
        mocks.retain(|m| &m.role == role);
    }
    if args.json {
        let entries: Vec<Entry> = mocks.iter().map(Entry::from).collect();
        say!("{}", text::json_pretty(&entries)?);
    } else {
        print!(
            "{}",
            table(&mocks, args.role.as_deref(), &LocalDay::system())
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// One past mock in `--history --json`.
#[derive(Debug, Serialize)]
struct Entry<'a> {
    id: &'a str,
    started_at: String,
    finished_at: Option<String>,
    role: &'a str,
    language: &'a str,
    round: &'a str,
    minutes: u32,
    elapsed_ms: i64,
    answers: usize,
    questions: usize,
}

impl<'a> From<&'a MockRecord> for Entry<'a> {
    fn from(m: &'a MockRecord) -> Self {
        Entry {
            id: &m.id,
            started_at: to_rfc3339(m.started_at),
            finished_at: m.finished_at.map(to_rfc3339),
            role: &m.role,
            language: &m.language,
            round: m.round.as_str(),
            minutes: m.minutes,
            elapsed_ms: m.elapsed_ms.as_ms(),
            answers: answers(m),
            questions: m.items.len(),
        }
    }
}

fn answers(m: &MockRecord) -> usize {
    m.items.iter().filter(|i| i.attempt_id.is_some()).count()
}

/// The history as lines: when (local time), role, language, round, the
/// interview clock against the minutes, the answers given; unfinished ones
/// say so.
fn table(mocks: &[MockRecord], role: Option<&str>, day: &LocalDay) -> String {
    if mocks.is_empty() {
        let none = match role {
            Some(r) => t!("mock-cli-none-for-role", role = one_line(r)),
            None => t!("mock-cli-none"),
        };
        return none + "\n";
    }
    let rows: Vec<[String; 6]> = mocks
        .iter()
        .map(|m| {
            [
                day.date_time(m.started_at),
                one_line(&m.role),
                one_line(&m.language),
                labels::round(m.round),
                labels::took_of(m.elapsed_ms, Span::from_mins(i64::from(m.minutes))),
                t!("mock-cli-answer-count", n = answers(m)),
            ]
        })
        .collect();
    let head = [
        t!("mock-cli-started"),
        t!("mock-cli-role"),
        t!("mock-cli-language"),
        t!("mock-cli-round"),
        t!("mock-cli-time"),
        t!("mock-cli-answers"),
    ];
    let widths: Vec<usize> = (0..6)
        .map(|c| {
            std::iter::once(&head)
                .chain(&rows)
                .map(|r| text::width(&r[c]))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |cells: &[String; 6], unfinished: bool| {
        let mut out: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(cell, w)| format!("{cell}{}", " ".repeat(w - text::width(cell))))
            .collect();
        if unfinished {
            out.push(t!("mock-cli-unfinished"));
        }
        out.join("  ").trim_end().to_string() + "\n"
    };
    let mut out = line(&head, false);
    for (cells, m) in rows.iter().zip(mocks) {
        out.push_str(&line(cells, m.finished_at.is_none()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Instant, MockItem, QuestionKey, Round, Segment};

    fn mock(id: &str, role: &str, started: Instant, finished: bool, answered: usize) -> MockRecord {
        let items = (0..3)
            .map(|i| MockItem {
                attempt_id: (i < answered).then(|| format!("a{i}")),
                ..MockItem::planned(
                    QuestionKey::new("b", format!("q{i}")),
                    Segment::Technical,
                    120,
                )
            })
            .collect();
        MockRecord {
            id: id.into(),
            role: role.into(),
            language: "ko".into(),
            round: Round::Technical,
            minutes: 30,
            started_at: started,
            finished_at: finished.then_some(started + Span::from_mins(31)),
            elapsed_ms: Span::from_secs(31 * 60 + 5),
            items,
            position: answered,
            report: None,
        }
    }

    #[test]
    fn the_history_is_a_table_in_local_time_with_open_ones_marked() {
        // 2026-11-25 09:30 UTC: 18:30 in Seoul.
        let t = Instant::from_ms(1_795_599_000_000);
        let mut culture = mock("m1", "데이터", t, true, 3);
        culture.round = Round::Culture;
        culture.minutes = 20;
        let mocks = [
            mock("m2", "backend", t + Span::from_days(1), false, 1),
            culture,
        ];
        assert_eq!(
            table(&mocks, None, &LocalDay::fixed(9 * 3600)),
            "STARTED           ROLE     LANG  ROUND      TIME            ANSWERS\n\
             2026-11-26 18:30  backend  ko    technical  31:05 of 30:00  1 answer   (unfinished)\n\
             2026-11-25 18:30  데이터   ko    culture    31:05 of 20:00  3 answers\n"
        );
        assert!(
            table(&[], Some("backend"), &LocalDay::fixed(0))
                .contains("no mock interviews for backend yet")
        );
    }

    #[test]
    fn the_history_reads_in_korean_with_its_columns_lined_up_by_width() {
        let _ko = crate::i18n::scoped(crate::i18n::Lang::Ko);
        let t = Instant::from_ms(1_795_599_000_000);
        let mut culture = mock("m1", "데이터", t, true, 1);
        culture.round = Round::Culture;
        let mocks = [
            mock("m2", "backend", t + Span::from_days(1), false, 3),
            culture,
        ];
        assert_eq!(
            table(&mocks, None, &LocalDay::fixed(9 * 3600)),
            "시작              직무     언어  면접       시간           답변\n\
             2026-11-26 18:30  backend  ko    기술 면접  31:05 / 30:00  3개   (미완료)\n\
             2026-11-25 18:30  데이터   ko    인성 면접  31:05 / 30:00  1개\n"
        );
        assert_eq!(
            table(&[], Some("backend"), &LocalDay::fixed(0)),
            "backend 직무로 본 모의 면접이 아직 없어요\n"
        );
    }

    #[test]
    fn the_history_as_json_names_every_field() {
        let m = mock(
            "m1",
            "backend",
            Instant::from_ms(1_795_599_000_000),
            false,
            2,
        );
        let json = serde_json::to_value(Entry::from(&m)).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "id": "m1", "started_at": "2026-11-25T09:30:00.000Z", "finished_at": null,
                "role": "backend", "language": "ko", "round": "technical", "minutes": 30,
                "elapsed_ms": 1_865_000, "answers": 2, "questions": 3
            })
        );
    }
}
