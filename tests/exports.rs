//! What `export` and `stats --json` write: no control character or bidi
//! override from imported or typed text reaches the output raw, and the JSON
//! export stays lossless, mock interviews included.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use rehearse::bank::Library;
use rehearse::mock::plan::MockConfig;
use rehearse::mock::run::Mock;
use rehearse::model::{Instant, MockItem, QuestionKey, Round, Segment, Span};
use rehearse::paths::Paths;
use rehearse::store::{Access, Store};

/// ESC sequence, BEL, C1 CSI, bidi override and isolate.
const NASTY: &str = "x\u{1b}[2J\u{7}y\u{9b}31mz\u{202e}cba\u{2066}w";

fn rehearse(data: &Path) -> Command {
    let mut c = Command::cargo_bin("rehearse").unwrap();
    c.arg("--data-dir")
        .arg(data)
        .env("NO_COLOR", "1")
        .env("LC_ALL", "C.UTF-8");
    c
}

fn export_doc() -> serde_json::Value {
    serde_json::json!({
        "format": "rehearse-export",
        "version": 1,
        "settings": {},
        "questions": [{
            "bank_id": "bank",
            "question_id": "q1",
            "role": format!("backend{NASTY}"),
            "prompt": format!("Prompt {NASTY}"),
            "talking_points": format!("point {NASTY}\nsecond"),
            "attempts": [{
                "id": "a1", "role": format!("backend{NASTY}"), "prompt": format!("Prompt {NASTY}"),
                "started_at": "2026-11-25T09:30:00.000Z", "submitted_at": "2026-11-25T09:31:35.000Z",
                "duration_ms": 95000, "text": format!("line one {NASTY}\nline two\t{NASTY}"),
                "rating": 3, "mode": "practice", "time_limit_s": 120, "session_id": null
            }],
            "schedule": null,
            "review_log": []
        }]
    })
}

fn raw_controls(out: &str) -> Vec<char> {
    out.chars()
        .filter(|&c| c != '\n' && rehearse::text::is_dangerous(c))
        .collect()
}

fn imported() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("in.json");
    std::fs::write(&file, export_doc().to_string()).unwrap();
    let data = dir.path().join("data");
    rehearse(&data).arg("import").arg(&file).assert().success();
    interviewed(&data, &bank_file(dir.path()));
    dir
}

/// 2026-11-25 09:30 UTC.
const T0: Instant = Instant::from_ms(1_795_599_000_000);

const BANK: &str = r#"
id: be
title: Backend
role: backend
language: en
questions:
  - id: cache
    prompt: How would you cache a slow query?
    time_limit: 2m
    follow_ups:
      - ask: How do you keep Redis consistent with the database?
        if_mentions: [redis]
  - id: bye
    prompt: Do you have any questions for us?
    kind: closing
    time_limit: 60
"#;

fn bank_file(dir: &Path) -> PathBuf {
    let file = dir.join("be.yaml");
    std::fs::write(&file, BANK).unwrap();
    file
}

/// The report as the mock's report code saves it: its own key order, a
/// float that parsing and printing again could change, and typed text.
fn report() -> String {
    format!(
        r#"{{"version":1,"changes":["say what you did {}"],"fillers_per_minute":0.30000000000000004}}"#,
        NASTY
            .replace('\u{1b}', "\\u001b")
            .replace('\u{7}', "\\u0007")
    )
}

/// Through the mock interview's own code: one mock started, answered (the
/// answer mentions Redis, which brings the follow-up), finished with its
/// report; and one left open after its first answer.
fn interviewed(data: &Path, bank: &Path) {
    let lib = Library::load(None, &[bank.to_path_buf()]);
    let paths = Paths {
        data_dir: data.to_path_buf(),
        banks_dir: None,
    };
    let store = Store::open(&paths, Access::Exclusive).unwrap();
    let item =
        |q: &str, segment, limit| MockItem::planned(QuestionKey::new("be", q), segment, limit);
    let items = vec![
        item("cache", Segment::Technical, 120),
        item("bye", Segment::Closing, 60),
    ];
    let config = MockConfig {
        role: "backend".into(),
        language: "en".into(),
        round: Round::Technical,
        minutes: 30,
    };
    let mut m = Mock::start(&store, &config, items.clone(), T0).unwrap();
    let mut at = T0;
    for text in [
        format!("I put Redis in front of it {NASTY}"),
        "A write-through cache with a TTL.".to_string(),
        "What does the team ship next?".to_string(),
    ] {
        let asked = m.asked(&lib, &store).unwrap();
        at += Span::from_secs(70);
        m.submit(
            &store,
            &asked,
            text,
            at - Span::from_secs(60),
            Span::from_secs(60),
            at,
        )
        .unwrap();
    }
    assert!(m.is_done(), "{:?}", m.record.items);
    m.finish(&store, report(), at + Span::from_secs(5)).unwrap();

    let later = T0 + Span::from_days(1);
    let mut open = Mock::start(&store, &config, items, later).unwrap();
    let asked = open.asked(&lib, &store).unwrap();
    open.submit(
        &store,
        &asked,
        "Redis, again".into(),
        later,
        Span::from_secs(30),
        later + Span::from_secs(30),
    )
    .unwrap();
    rehearse::story::save(&store, STORY, T0 + Span::from_days(2)).unwrap();
}

/// Your story, as `story edit` keeps it: Korean, a comment, an escape
/// written in YAML (never a raw control character: those do not validate).
const STORY: &str = "# my projects\nprojects:\n  - id: crawler\n    name: \"가격 크롤러 \\e[2J\"\n    did:\n      - EC2 8대로 분산 # 6 h → 1.5 h\n";

#[test]
fn the_markdown_study_sheet_shows_controls_replaced() {
    let dir = imported();
    let out = rehearse(&dir.path().join("data"))
        .args(["export", "--format", "markdown"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let sheet = String::from_utf8(out.stdout).unwrap();
    assert_eq!(raw_controls(&sheet), Vec::<char>::new(), "{sheet:?}");
    assert!(
        sheet.contains("line one x\u{FFFD}[2J\u{FFFD}y\u{FFFD}31mz\u{FFFD}cba\u{FFFD}w"),
        "{sheet}"
    );
    assert!(sheet.contains("### Prompt x\u{FFFD}[2J"), "{sheet}");
}

#[test]
fn the_markdown_study_sheet_lists_finished_mocks_with_their_follow_ups() {
    let dir = imported();
    let sheet = |role: &str| {
        let mut c = rehearse(&dir.path().join("data"));
        c.env("TZ", "UTC").args(["export", "--format", "markdown"]);
        if !role.is_empty() {
            c.args(["--role", role]);
        }
        let out = c.output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let all = sheet("");
    let mocks = &all[all.find("\n## Mock interviews\n").expect(&all)..];
    assert!(
        mocks.starts_with(
            "\n## Mock interviews\n\n### 2026-11-25 09:30 — backend, technical round, 30 minutes\n\n\
             *Total time 3:35 of 30:00 · 3 answers · en*\n"
        ),
        "{mocks}"
    );
    // This fixture's report is not one rehearse wrote: the sheet says so
    // (quoting it escaped), then gives the answers as they were.
    assert!(mocks.contains("report is damaged"), "{mocks}");
    assert!(!mocks.contains('\u{1b}'), "{mocks}");
    assert!(
        mocks.contains(
            "\n##### How would you cache a slow query?\n\n*1:00 of 2:00*\n\n\
             > I put Redis in front of it x\u{FFFD}[2J"
        ),
        "{mocks}"
    );
    assert!(
        mocks.contains(
            "\n- **Follow-up (you mentioned `redis`):** How do you keep Redis consistent with the database?\n\n\
             \x20 *1:00 of 1:00*\n\n\
             \x20 > A write-through cache with a TTL.\n"
        ),
        "{mocks}"
    );
    // The open mock (started the day after) is not in the sheet.
    assert_eq!(mocks.matches("\n### ").count(), 1, "{mocks}");
    assert!(sheet("backend").contains("\n## Mock interviews\n"));
    assert!(!sheet("frontend").contains("Mock interviews"));
}

#[test]
fn the_json_export_escapes_controls_and_imports_back_the_same_text() {
    let dir = imported();
    let data = dir.path().join("data");
    let out = rehearse(&data)
        .args(["export", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let json = String::from_utf8(out.stdout).unwrap();
    assert_eq!(raw_controls(&json), Vec::<char>::new(), "{json}");
    assert!(json.contains("\\u009b31mz\\u202ecba\\u2066w"), "{json}");
    let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        doc["questions"][0]["attempts"][0]["text"],
        format!("line one {NASTY}\nline two\t{NASTY}")
    );
    // The mocks, oldest first: the finished one with its follow-up and its
    // report as it was saved; the open one where it stopped.
    let mocks = doc["mocks"].as_array().unwrap();
    assert_eq!(mocks.len(), 2, "{json}");
    assert_eq!(mocks[0]["started_at"], "2026-11-25T09:30:00.000Z");
    assert_eq!(mocks[0]["round"], "technical");
    assert_eq!(mocks[0]["items"][1]["because"]["mentioned"], "redis");
    assert_eq!(mocks[0]["items"][1]["follow_up_of"], 0);
    assert_eq!(mocks[0]["position"], 3);
    assert_eq!(
        mocks[0]["report"],
        serde_json::from_str::<serde_json::Value>(&report()).unwrap()
    );
    assert_eq!(
        (
            mocks[1]["position"].clone(),
            mocks[1]["finished_at"].clone()
        ),
        (1.into(), serde_json::Value::Null)
    );
    let cache = doc["questions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["question_id"] == "cache")
        .unwrap();
    assert_eq!(cache["attempts"][0]["mode"], "mock");
    assert_eq!(cache["attempts"][0]["session_id"], mocks[0]["id"]);

    assert_eq!(
        doc["story"],
        serde_json::json!({"yaml": STORY, "updated_at": "2026-11-27T09:30:00.000Z"})
    );

    // Lossless: importing that export elsewhere gives the same export.
    let file = dir.path().join("again.json");
    std::fs::write(&file, &json).unwrap();
    let fresh = dir.path().join("fresh");
    rehearse(&fresh)
        .arg("import")
        .arg(&file)
        .assert()
        .success()
        .stdout(predicates::str::contains(
            "2 new mock interviews (0 already present)",
        ))
        .stdout(predicates::str::contains(format!(
            "\nstory: taken from {} (there was none here)\n",
            file.display()
        )));
    let again = rehearse(&fresh)
        .args(["export", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(again.stdout).unwrap(), json);

    // The report is saved again as it was (byte for byte but for the
    // terminal controls, which the export writes as \u escapes), and the
    // open mock is offered back at the question it stopped at.
    let paths = Paths {
        data_dir: fresh.clone(),
        banks_dir: None,
    };
    let store = Store::open(&paths, Access::ReadOnly).unwrap();
    let id = mocks[0]["id"].as_str().unwrap();
    let saved = store.mock(id).unwrap().unwrap().report.unwrap();
    let escaped: String = report()
        .chars()
        .map(|c| match c {
            '\u{9b}' | '\u{202e}' | '\u{2066}' => format!("\\u{:04x}", c as u32),
            c => c.to_string(),
        })
        .collect();
    assert_eq!(saved, escaped);
    let open = store.open_sessions().unwrap();
    assert_eq!(open.len(), 1);
    assert_eq!(
        (open[0].id.as_str(), open[0].mode.as_str(), open[0].position),
        (mocks[1]["id"].as_str().unwrap(), "mock", 1)
    );
}

#[test]
fn stats_json_escapes_controls_in_stored_text() {
    let dir = imported();
    let out = rehearse(&dir.path().join("data"))
        .args(["stats", "--json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json = String::from_utf8(out.stdout).unwrap();
    assert!(
        json.contains("backendx"),
        "the role is in the report: {json}"
    );
    assert_eq!(raw_controls(&json), Vec::<char>::new(), "{json}");
}
