//! The real binary, through assert_cmd.

use assert_cmd::Command;
use predicates::prelude::*;
use rehearse::paths::Paths;
use rehearse::store::{Access, Store};

/// A command isolated from the user's real folders.
fn rehearse(data: &std::path::Path) -> Command {
    let mut c = Command::cargo_bin("rehearse").unwrap();
    c.env("REHEARSE_DATA_DIR", data)
        .env("REHEARSE_BANKS_DIR", data.join("no-banks-here"))
        .env_remove("EDITOR")
        .env("NO_COLOR", "1");
    c
}

#[test]
fn banks_list_shows_bundled_roles_and_languages() {
    let d = tempfile::tempdir().unwrap();
    let out = rehearse(d.path())
        .args(["banks", "list"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    for role in ["backend", "behavioral"] {
        for lang in ["en", "ko"] {
            assert!(
                out.lines()
                    .any(|l| l.starts_with(role) && l.contains(&format!(" {lang} "))),
                "{role}/{lang}:\n{out}"
            );
        }
    }
    let json = rehearse(d.path())
        .args(["banks", "list", "--json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&json).unwrap();
    let backend = v["roles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["role"] == "backend")
        .unwrap();
    assert_eq!(backend["languages"], serde_json::json!(["en", "ko"]));
    assert!(backend["questions"].as_u64().unwrap() >= 30);
}

#[test]
fn validate_reports_file_line_col_and_exit_codes() {
    let d = tempfile::tempdir().unwrap();
    let bad = d.path().join("broken.yaml");
    std::fs::write(
        &bad,
        "role: backend\nquestions:\n  - id: a\n    prompt: One?\n    time_limit: soon\n",
    )
    .unwrap();
    rehearse(d.path())
        .args(["banks", "validate"])
        .arg(&bad)
        .assert()
        .code(1)
        .stdout(predicate::str::contains(format!(
            "{}:5:17: questions[0].time_limit:",
            bad.display()
        )));

    let good = d.path().join("mine.yaml");
    rehearse(d.path())
        .args(["banks", "new"])
        .arg(&good)
        .assert()
        .success();
    rehearse(d.path())
        .args(["banks", "validate"])
        .arg(&good)
        .assert()
        .success()
        .stdout(predicate::str::contains("ok "));
    // `banks new` refuses to overwrite.
    rehearse(d.path())
        .args(["banks", "new"])
        .arg(&good)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("already exists"));
    // A missing path is an error naming it.
    rehearse(d.path())
        .args(["banks", "validate", "/nonexistent/x.yaml"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "/nonexistent/x.yaml:1:1: cannot read",
        ));
}

#[test]
fn custom_banks_override_bundled_and_broken_ones_do_not_stop_the_rest() {
    let d = tempfile::tempdir().unwrap();
    let user = d.path().join("user-banks");
    std::fs::create_dir_all(&user).unwrap();
    let bank = |title: &str| {
        format!(
            "id: backend-en\ntitle: {title}\nrole: backend\nlanguage: en\nquestions:\n  - id: only\n    prompt: Only one?\n"
        )
    };
    std::fs::write(user.join("mine.yaml"), bank("From user folder")).unwrap();
    std::fs::write(user.join("broken.yaml"), "role: [\n").unwrap();
    let cli_bank = d.path().join("cli.yaml");
    std::fs::write(&cli_bank, bank("From flag")).unwrap();

    let out = rehearse(d.path())
        .env("REHEARSE_BANKS_DIR", &user)
        .args(["banks", "list", "--json", "--banks"])
        .arg(&cli_bank)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let b = v["banks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["id"] == "backend-en")
        .unwrap();
    assert_eq!(b["title"], "From flag");
    assert_eq!(b["source"], "banks-flag");
    assert_eq!(v["notices"].as_array().unwrap().len(), 2, "{v}");
    let problems = v["problems"].as_array().unwrap();
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0].as_str().unwrap().contains("broken.yaml:"),
        "{problems:?}"
    );
    assert!(
        v["banks"]
            .as_array()
            .unwrap()
            .iter()
            .any(|b| b["id"] == "backend-ko")
    );
}

#[test]
fn a_second_instance_is_refused_and_read_only_commands_still_work() {
    let d = tempfile::tempdir().unwrap();
    let paths = Paths {
        data_dir: d.path().to_path_buf(),
        banks_dir: None,
    };
    let _held = Store::open(&paths, Access::Exclusive).unwrap();
    let export = d.path().join("e.json");
    std::fs::write(
        &export,
        r#"{"format":"rehearse-export","version":1,"questions":[]}"#,
    )
    .unwrap();
    rehearse(d.path())
        .arg("import")
        .arg(&export)
        .timeout(std::time::Duration::from_secs(5))
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("another rehearse is already using the data folder")
                .and(predicate::str::contains(d.path().display().to_string())),
        );
    rehearse(d.path())
        .args(["export", "--format", "json"])
        .assert()
        .success()
        .stdout(predicate::str::contains("rehearse-export"));
    rehearse(d.path())
        .args(["banks", "list"])
        .assert()
        .success();
}

#[test]
fn corrupt_database_gives_one_sentence_and_is_not_touched() {
    let d = tempfile::tempdir().unwrap();
    let db = d.path().join("rehearse.db");
    std::fs::write(&db, "garbage garbage garbage garbage").unwrap();
    rehearse(d.path())
        .args(["export", "--format", "json"])
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains(db.display().to_string())
                .and(predicate::str::contains("panicked").not()),
        );
    rehearse(d.path()).arg("backup").assert().code(1);
    assert_eq!(
        std::fs::read_to_string(&db).unwrap(),
        "garbage garbage garbage garbage"
    );
}

#[test]
fn export_import_round_trip_through_the_binary() {
    let src = tempfile::tempdir().unwrap();
    let doc = serde_json::json!({
        "format": "rehearse-export", "version": 1, "settings": {"desired_retention": "0.9"},
        "questions": [{
            "bank_id": "backend-ko", "question_id": "http-idempotency", "role": "backend",
            "prompt": "멱등성?", "talking_points": null,
            "attempts": [{"id": "a1", "role": "backend", "prompt": "멱등성?", "started_at": "2026-11-20T01:00:00.000Z",
                "submitted_at": "2026-11-20T01:01:30.500Z", "duration_ms": 90500, "text": "제가 idempotency key를 넣었습니다",
                "rating": 3, "mode": "practice", "time_limit_s": 120, "session_id": null}],
            "schedule": {"state": "review", "due": "2026-11-23T01:01:30.500Z", "stability": 2.3065, "difficulty": 2.118104,
                "reps": 1, "lapses": 0, "last_review": "2026-11-20T01:01:30.500Z"},
            "review_log": [{"reviewed_at": "2026-11-20T01:01:30.500Z", "rating": 3, "state": "new", "elapsed_days": 0.0,
                "scheduled_days": 3.0, "attempt_id": "a1"}]
        }]
    });
    let file = src.path().join("in.json");
    std::fs::write(&file, serde_json::to_string_pretty(&doc).unwrap()).unwrap();
    let d = tempfile::tempdir().unwrap();
    rehearse(d.path())
        .arg("import")
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains("1 new attempt ("));
    let out = d.path().join("out.json");
    rehearse(d.path())
        .args(["export", "--format", "json", "-o"])
        .arg(&out)
        .assert()
        .success();
    let back: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(back, doc);
    // A file that is not an export is refused with its place.
    std::fs::write(&file, "{\"format\": 3").unwrap();
    rehearse(d.path())
        .arg("import")
        .arg(&file)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("in.json:1:"));
}

#[test]
fn usage_errors_exit_2() {
    let d = tempfile::tempdir().unwrap();
    rehearse(d.path()).arg("frobnicate").assert().code(2);
    rehearse(d.path())
        .args(["export", "--format", "yaml"])
        .assert()
        .code(2);
    rehearse(d.path())
        .args(["practice", "-n", "0"])
        .assert()
        .code(2);
}

#[test]
fn banks_import_turns_markdown_into_a_valid_bank() {
    let d = tempfile::tempdir().unwrap();
    let md = d.path().join("backend-questions.md");
    std::fs::write(
        &md,
        "---\ntitle: prep\n---\n# Backend\n\n## Databases\n\n1. 트랜잭션 격리 수준에 대해 설명해 주세요.\n   READ COMMITTED와 REPEATABLE READ의 차이.\n2) What is an index, and when does it hurt?\n\n- Why use a message queue?\n  > decoupling, buffering\n- just a note\n\n```\ncode\n```\n",
    )
    .unwrap();
    let out = d.path().join("bank.yaml");
    rehearse(d.path())
        .args(["banks", "import"])
        .arg(&md)
        .args(["--role", "backend", "--lang", "ko", "-o"])
        .arg(&out)
        .assert()
        .success()
        .stdout(
            predicate::str::contains("took ")
                .and(predicate::str::contains("skipped "))
                .and(predicate::str::contains("(not a question)"))
                .and(predicate::str::contains("(3 questions, ")),
        );
    rehearse(d.path())
        .args(["banks", "validate"])
        .arg(&out)
        .assert()
        .success();
    let bank =
        rehearse::bank::load_file(&out, rehearse::bank::Origin::CommandLine(out.clone())).unwrap();
    assert_eq!(bank.id, "backend-questions-ko");
    assert_eq!(bank.questions.len(), 3);
    assert_eq!(
        bank.questions[0].prompt,
        "트랜잭션 격리 수준에 대해 설명해 주세요."
    );
    assert!(
        bank.questions[0]
            .notes
            .as_deref()
            .unwrap_or("")
            .contains("READ COMMITTED")
    );
    // Same input, same ids; and it will not overwrite.
    rehearse(d.path())
        .args(["banks", "import"])
        .arg(&md)
        .args(["--role", "backend", "--lang", "ko", "-o"])
        .arg(&out)
        .assert()
        .code(1);
    let out2 = d.path().join("bank2.yaml");
    rehearse(d.path())
        .args(["banks", "import"])
        .arg(&md)
        .args(["--role", "backend", "--lang", "ko", "-o"])
        .arg(&out2)
        .assert()
        .success();
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        std::fs::read_to_string(&out2).unwrap()
    );
    // A document with no questions is refused.
    std::fs::write(&md, "# Notes\n\nnothing to ask here\n").unwrap();
    rehearse(d.path())
        .args(["banks", "import"])
        .arg(&md)
        .args(["--role", "backend", "--lang", "en", "-o"])
        .arg(d.path().join("none.yaml"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains("found no questions"));
}

#[test]
fn markdown_study_sheet_and_optimize_messages() {
    let d = tempfile::tempdir().unwrap();
    let export = d.path().join("in.json");
    let doc = serde_json::json!({
        "format": "rehearse-export", "version": 1, "settings": {},
        "questions": [{
            "bank_id": "backend-en", "question_id": "http-idempotency", "role": "backend", "prompt": "Idempotency?",
            "talking_points": "8 EC2 instances",
            "attempts": [{"id": "a1", "role": "backend", "prompt": "Idempotency?", "started_at": "2026-11-20T01:00:00.000Z",
                "submitted_at": "2026-11-20T01:01:30.000Z", "duration_ms": 90000, "text": "제가 재시도를 안전하게 만들었습니다",
                "rating": 3, "mode": "practice", "time_limit_s": 120, "session_id": null}],
            "schedule": null, "review_log": []
        }]
    });
    std::fs::write(&export, doc.to_string()).unwrap();
    rehearse(d.path())
        .arg("import")
        .arg(&export)
        .assert()
        .success();
    rehearse(d.path())
        .args(["export", "--format", "markdown", "--role", "backend"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("## backend")
                .and(predicate::str::contains("### Idempotency?"))
                .and(predicate::str::contains(
                    "> 제가 재시도를 안전하게 만들었습니다",
                ))
                .and(predicate::str::contains("- 8 EC2 instances")),
        );
    rehearse(d.path())
        .args(["export", "--format", "markdown", "--role", "frontend"])
        .assert()
        .success()
        .stdout(predicate::str::contains("No answers yet for frontend"));
    rehearse(d.path())
        .arg("optimize")
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "optimising needs 400 repeat reviews; you have 0, so 400 more",
        ));
}

#[test]
fn settings_are_listed_changed_and_validated() {
    let d = tempfile::tempdir().unwrap();
    rehearse(d.path())
        .args(["settings", "new-limit", "3"])
        .assert()
        .success()
        .stdout(predicate::str::contains("saved new-limit = 3"));
    rehearse(d.path())
        .args(["settings", "interview-date", "2026-12-10"])
        .assert()
        .success()
        .stdout("saved interview-date = 2026-12-10\n");
    rehearse(d.path())
        .args(["settings", "interview-date", "12/15"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "settings interview-date `12/15` is not a date in the form YYYY-MM-DD",
        ));
    rehearse(d.path())
        .args(["settings", "new-limit", "lots"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "settings new-limit `lots` is not a whole number",
        ));
    rehearse(d.path())
        .args(["settings", "retention", "1.5"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("between 0.70 and 0.99"));
    rehearse(d.path())
        .args(["settings", "interview-date", "soon"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("is not a date"));
    rehearse(d.path())
        .args(["--interview-date", "2026-12-10", "settings"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("new-limit       3")
                .and(predicate::str::contains("interview-date  2026-12-10")),
        );
    rehearse(d.path())
        .args(["settings", "interview-date", "none"])
        .assert()
        .success();
    rehearse(d.path())
        .arg("settings")
        .assert()
        .success()
        .stdout(predicate::str::contains("interview-date  none"));
}

#[test]
fn validate_reports_every_error_of_a_file_in_one_run() {
    let d = tempfile::tempdir().unwrap();
    let bad = d.path().join("five.yaml");
    std::fs::write(
        &bad,
        "role: backend\nauthor: me\nquestions:\n  - id: a\n    prompt: \"\"\n  - id: a\n    prompt: Two?\n    time_limit: soon\n  - id: c\n    prompt: Three?\n    kind: trivia\n",
    )
    .unwrap();
    let out = rehearse(d.path())
        .args(["banks", "validate"])
        .arg(&bad)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    let f = bad.display().to_string();
    let want = [
        format!("{f}:2:1: unknown key `author`"),
        format!("{f}:5:13: questions[0].prompt: prompt must not be empty"),
        format!("{f}:6:9: questions[1].id: duplicate question id `a`"),
        format!("{f}:8:17: questions[1].time_limit:"),
        format!("{f}:11:11: questions[2].kind: unknown kind `trivia`"),
    ];
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 6, "{out}");
    for (line, want) in lines.iter().zip(&want) {
        assert!(
            line.starts_with(want.as_str()),
            "{line:?} should start with {want:?}"
        );
    }
    assert_eq!(lines[5], "5 problems in 1 file invalid, 0 valid");
    // One question is "1 question".
    let good = d.path().join("one.yaml");
    std::fs::write(
        &good,
        "role: backend\nquestions:\n  - id: a\n    prompt: One?\n",
    )
    .unwrap();
    rehearse(d.path())
        .args(["banks", "validate"])
        .arg(&good)
        .assert()
        .success()
        .stdout(predicate::str::contains("(backend `one`, 1 question)\n"));
}

#[test]
fn unknown_names_are_usage_errors_naming_the_nearest() {
    let d = tempfile::tempdir().unwrap();
    let banks = d.path().join("banks");
    std::fs::create_dir(&banks).unwrap();
    std::fs::write(
        banks.join("ko-tags.yaml"),
        "role: backend\nlanguage: ko\nquestions:\n  - id: a\n    prompt: 캐시란?\n    tags: [캐시, 트랜잭션]\n",
    )
    .unwrap();
    let cases: &[(&[&str], &str)] = &[
        (
            &["practice", "--role", "backnd"],
            "unknown role `backnd`; did you mean `backend`? Roles: backend, behavioral,",
        ),
        (
            &["practice", "--lang", "kr"],
            "unknown language `kr`; did you mean `ko`? Languages: en, ko",
        ),
        (
            &["practice", "--bank", "backend-e"],
            "unknown bank `backend-e`; did you mean `backend-en`",
        ),
        (
            &["practice", "--tag", "cachin"],
            "unknown tag `cachin`; did you mean `caching`?",
        ),
        (
            &["practice", "--lang", "ko", "--tag", "캐싱"],
            "unknown tag `캐싱` in the banks chosen by --role, --bank and --lang; did you mean `캐시`?",
        ),
        (
            &["review", "--role", "fronted"],
            "unknown role `fronted`; did you mean `frontend`?",
        ),
        (
            &["export", "--format", "json", "--role", "backnd"],
            "unknown role `backnd`; did you mean `backend`?",
        ),
    ];
    for (args, want) in cases {
        rehearse(d.path())
            .arg("--banks")
            .arg(&banks)
            .args(*args)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(*want));
    }
    // A known Korean tag passes the check (and then needs a terminal).
    rehearse(d.path())
        .arg("--banks")
        .arg(&banks)
        .args(["practice", "--tag", "캐시"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("needs a terminal"));
}
