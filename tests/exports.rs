//! What `export` and `stats --json` write: no control character or bidi
//! override from imported or typed text reaches the output raw, and the JSON
//! export stays lossless.

use std::path::Path;

use assert_cmd::Command;

/// ESC sequence, BEL, C1 CSI, bidi override and isolate.
const NASTY: &str = "x\u{1b}[2J\u{7}y\u{9b}31mz\u{202e}cba\u{2066}w";

fn rehearse(data: &Path) -> Command {
    let mut c = Command::cargo_bin("rehearse").unwrap();
    c.arg("--data-dir").arg(data).env("NO_COLOR", "1");
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
    dir
}

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
    // Lossless: importing that export elsewhere gives the same export.
    let file = dir.path().join("again.json");
    std::fs::write(&file, &json).unwrap();
    let fresh = dir.path().join("fresh");
    rehearse(&fresh).arg("import").arg(&file).assert().success();
    let again = rehearse(&fresh)
        .args(["export", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(again.stdout).unwrap(), json);
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
