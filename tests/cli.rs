//! The real binary, through assert_cmd.

mod common;

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
        .env("NO_COLOR", "1")
        .env("LC_ALL", "C.UTF-8");
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
fn a_version_1_export_imports_and_exports_back_as_version_2_with_no_mocks() {
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
    // `doc` is a version-1 export (what rehearse wrote before mock
    // interviews): it comes back as the same data in version 2, with no mocks.
    let mut want = doc.clone();
    want["version"] = 2.into();
    want["mocks"] = serde_json::json!([]);
    assert_eq!(back, want);
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
    // The id comes from the document's own title (its front matter says `title: prep`).
    assert_eq!(bank.id, "prep-ko");
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
fn the_target_role_is_checked_against_the_known_roles() {
    let d = tempfile::tempdir().unwrap();
    rehearse(d.path())
        .arg("settings")
        .assert()
        .success()
        .stdout(predicate::str::contains("target-role     none"));
    rehearse(d.path())
        .args(["settings", "target-role", "backnd"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("unknown role `backnd`; did you mean `backend`?")
                .and(predicate::str::contains(
                    "backend, cloud-devops, data-engineering, frontend",
                ))
                .and(predicate::str::contains("Usage:")),
        );
    rehearse(d.path())
        .args(["settings", "target-role", "cloud"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown role `cloud`"));
    rehearse(d.path())
        .args(["settings", "target-role", "backend"])
        .assert()
        .success()
        .stdout("saved target-role = backend\n");
    rehearse(d.path())
        .arg("settings")
        .assert()
        .success()
        .stdout(predicate::str::contains("target-role     backend"));
    rehearse(d.path())
        .args(["settings", "target-role", "none"])
        .assert()
        .success()
        .stdout("saved target-role = none\n");
    rehearse(d.path())
        .args(["settings", "target-role"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("give the new value too"));
}

#[test]
fn stats_json_holds_the_role_profile_of_recent_answers_and_the_story() {
    let d = tempfile::tempdir().unwrap();
    {
        let paths = Paths {
            data_dir: d.path().to_path_buf(),
            banks_dir: None,
        };
        let store = Store::open(&paths, Access::Exclusive).unwrap();
        for (i, text) in [
            "React로 화면을 만들고 CSS를 정리했습니다.",
            "React 컴포넌트의 렌더링을 줄였습니다.",
        ]
        .into_iter()
        .enumerate()
        {
            store.insert_attempt(&common::attempt(i, text)).unwrap();
        }
        store
            .set_story_yaml(
                "projects:\n  - id: crawler\n    name: crawler\n    stack: [AWS EC2, Redshift, IAM]\n    did:\n      - split the crawler over 8 EC2 instances\n      - set up IAM users and static IPs\n",
                rehearse::model::Instant::from_ms(1_790_000_000_000),
            )
            .unwrap();
    }
    rehearse(d.path())
        .args(["settings", "target-role", "backend"])
        .assert()
        .success();
    let out = rehearse(d.path())
        .args(["stats", "--json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let r = &v["role_profile"];
    assert_eq!(r["target_role"], "backend");
    assert_eq!(r["answers_read"], 2);
    assert_eq!(r["answers"]["shares"][0]["role"], "frontend");
    assert_eq!(r["answers"]["shares"][0]["percent"], 100);
    assert_eq!(
        r["answers_line"],
        "Your answers read 100 % frontend; you are applying for backend"
    );
    assert_eq!(r["story"]["shares"][0]["role"], "cloud-devops");
    assert!(
        r["story_line"]
            .as_str()
            .unwrap()
            .ends_with("; you are applying for backend"),
        "{r}"
    );
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

// ---------------------------------------------------------------- check

const EN_ANSWER: &str = "Sending the same request again has the same effect on the server.\nPUT and DELETE are idempotent, POST is not. Clients retry after a timeout, um, so I made our payment call safe with an idempotency key.";

fn check(d: &std::path::Path, args: &[&str]) -> Command {
    let mut c = rehearse(d);
    c.args([
        "check",
        "--bank",
        "backend-en",
        "--question",
        "http-idempotency",
    ])
    .args(args);
    c
}

fn stdout_of(a: assert_cmd::assert::Assert) -> String {
    String::from_utf8(a.get_output().stdout.clone()).unwrap()
}

#[test]
fn check_reports_on_a_file_and_on_stdin_alike() {
    let d = tempfile::tempdir().unwrap();
    let file = d.path().join("answer.txt");
    std::fs::write(&file, EN_ANSWER).unwrap();
    let from_file = stdout_of(
        check(d.path(), &[file.to_str().unwrap()])
            .assert()
            .success(),
    );
    assert!(
        from_file.starts_with("backend-en / http-idempotency (technical, 2m)\n"),
        "{from_file}"
    );
    assert!(
        from_file.contains("Key points: 4 of 4 covered"),
        "{from_file}"
    );
    assert!(
        from_file.contains("(matched \"same effect\")"),
        "{from_file}"
    );
    assert!(from_file.contains("Fillers: um ×1"), "{from_file}");
    assert!(
        !from_file.contains('\u{1b}'),
        "no colour into a pipe: {from_file:?}"
    );
    let dash = stdout_of(
        check(d.path(), &["-"])
            .write_stdin(EN_ANSWER)
            .assert()
            .success(),
    );
    let bare = stdout_of(
        check(d.path(), &[])
            .write_stdin(EN_ANSWER)
            .assert()
            .success(),
    );
    assert_eq!(dash, from_file);
    assert_eq!(bare, from_file);
}

#[test]
fn check_json_dumps_the_feedback_field_by_field() {
    let d = tempfile::tempdir().unwrap();
    let out = check(d.path(), &["--json"])
        .write_stdin(EN_ANSWER)
        .assert()
        .success();
    let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(v["bank"], "backend-en");
    assert_eq!(v["question"], "http-idempotency");
    assert_eq!(v["kind"], "technical");
    assert_eq!(v["language"], "en");
    assert_eq!(v["time_limit_secs"], 120);
    assert_eq!(v["stats"]["words"], 37);
    let points = v["key_points"].as_array().unwrap();
    assert_eq!(points.len(), 4);
    assert_eq!(points[0]["covered"], true);
    assert_eq!(points[0]["matched"], "same effect");
    assert_eq!(v["talking_points"], serde_json::json!([]));
    assert_eq!(v["concreteness"]["singular"], serde_json::json!(["I"]));
    assert_eq!(v["concreteness"]["plural"], serde_json::json!(["our"]));
    assert_eq!(
        v["fillers"],
        serde_json::json!([{ "text": "um", "count": 1 }])
    );
    assert_eq!(v["star"], serde_json::Value::Null, "technical: no STAR");
    assert_eq!(v["rates"]["english_wpm"], 150.0);
}

#[test]
fn check_uses_your_talking_points_and_rates_from_the_data_folder() {
    let d = tempfile::tempdir().unwrap();
    let paths = Paths {
        data_dir: d.path().to_path_buf(),
        banks_dir: None,
    };
    {
        let store = Store::open(&paths, Access::Exclusive).unwrap();
        let key = rehearse::model::QuestionKey::new("backend-en", "http-idempotency");
        store
            .set_talking_points(
                &key,
                "payment idempotency key\nRedis lock 30s",
                rehearse::model::Instant::from_ms(1_790_000_000_000),
            )
            .unwrap();
        store.set_setting("english_wpm", "100").unwrap();
    }
    let out = check(d.path(), &["--json"])
        .write_stdin(EN_ANSWER)
        .assert()
        .success();
    let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let talking = v["talking_points"].as_array().unwrap();
    assert_eq!(talking.len(), 2, "{v:#}");
    assert_eq!(talking[0]["text"], "payment idempotency key");
    assert_eq!(talking[0]["covered"], true);
    assert_eq!(talking[1]["covered"], false);
    assert_eq!(v["rates"]["english_wpm"], 100.0);
    let text = stdout_of(
        check(d.path(), &[])
            .write_stdin(EN_ANSWER)
            .assert()
            .success(),
    );
    assert!(
        text.contains("Your talking points: 1 of 2 covered"),
        "{text}"
    );
}

#[test]
fn check_judges_a_korean_answer() {
    let d = tempfile::tempdir().unwrap();
    let answer = "같은 요청을 여러번 보내도 서버 상태가 한 번 보낸 것과 같습니다.PUT이나 DELETE는 멱등하고,\n타임아웃 뒤에 클라이언트가 재시도해도 안전합니다. 제가 결제 API에 멱등 키를 넣어서 중복 결제를 0건으로 줄였습니다.";
    let out = rehearse(d.path())
        .args([
            "check",
            "--bank",
            "backend-ko",
            "--question",
            "http-idempotency",
            "--json",
        ])
        .write_stdin(answer)
        .assert()
        .success();
    let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(v["language"], "ko");
    let covered: Vec<bool> = v["key_points"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["covered"].as_bool().unwrap())
        .collect();
    assert_eq!(covered, [true, true, true, true], "{v:#}");
    assert_eq!(v["concreteness"]["singular"], serde_json::json!(["제가"]));
    assert!(v["stats"]["hangul_syllables"].as_u64().unwrap() > 50);
    let text = stdout_of(
        rehearse(d.path())
            .args([
                "check",
                "--bank",
                "backend-ko",
                "--question",
                "http-idempotency",
            ])
            .write_stdin(answer)
            .assert()
            .success(),
    );
    assert!(text.contains("HTTP 메서드의 멱등성이 무엇인지"), "{text}");
    assert!(text.contains("Key points: 4 of 4 covered"), "{text}");
}

#[test]
fn check_gives_the_role_profile_against_the_target_role_and_the_story() {
    let d = tempfile::tempdir().unwrap();
    let answer = "React로 화면을 만들고 CSS를 정리했습니다. 컴포넌트를 나눠 렌더링을 줄였습니다.";
    let ask = |json: bool| {
        let mut c = rehearse(d.path());
        c.args([
            "check",
            "--bank",
            "backend-ko",
            "--question",
            "http-idempotency",
        ]);
        if json {
            c.arg("--json");
        }
        stdout_of(c.write_stdin(answer).assert().success())
    };
    // No target role yet: the profile alone.
    let text = ask(false);
    assert!(text.contains("\nReads as: frontend 100 %\n"), "{text}");
    assert!(!text.contains("sounds more"), "{text}");
    rehearse(d.path())
        .args(["settings", "target-role", "backend"])
        .assert()
        .success();
    {
        let paths = Paths {
            data_dir: d.path().to_path_buf(),
            banks_dir: None,
        };
        let store = Store::open(&paths, Access::Exclusive).unwrap();
        store
            .set_story_yaml(
                "projects:\n  - id: shop\n    name: shop\n    did:\n      - 주문 API에 트랜잭션과 인덱스를 넣었습니다\n",
                rehearse::model::Instant::from_ms(1_790_000_000_000),
            )
            .unwrap();
    }
    let text = ask(false);
    assert!(
        text.contains("Reads as: frontend 100 % (applying for backend)"),
        "{text}"
    );
    assert!(
        text.contains(
            "This sounds more frontend (100 %) than backend (0 %): React, 화면, CSS, 컴포넌트, 렌더링 pulled it there. Your story has backend words this answer could use: 트랜잭션, 인덱스, API."
        ),
        "{text}"
    );
    let v: serde_json::Value = serde_json::from_str(&ask(true)).unwrap();
    let r = &v["role_profile"];
    assert_eq!(r["target_role"], "backend");
    assert_eq!(r["profile"]["shares"][0]["role"], "frontend");
    assert_eq!(r["profile"]["words"][0]["term"], "React");
    assert_eq!(r["profile"]["words"][0]["span"], serde_json::json!([0, 5]));
    assert_eq!(r["leans_away"]["ahead"]["label"], "frontend");
    assert_eq!(
        r["story_words"],
        serde_json::json!(["트랜잭션", "인덱스", "API"])
    );
}

#[test]
fn check_names_the_nearest_ids_and_refuses_bad_answers() {
    let d = tempfile::tempdir().unwrap();
    rehearse(d.path())
        .args(["check", "--bank", "backend-eng", "--question", "x"])
        .write_stdin("hi")
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "unknown bank `backend-eng`; did you mean `backend-en`",
        ));
    rehearse(d.path())
        .args(["check", "--bank", "backend-en", "--question", "http-idempotence"])
        .write_stdin("hi")
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "unknown question `http-idempotence` in bank `backend-en`; did you mean `http-idempotency`?",
        ));
    let missing = d.path().join("nope.txt");
    check(d.path(), &[missing.to_str().unwrap()])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("cannot read").and(predicate::str::contains("nope.txt")));
    check(d.path(), &["-"])
        .write_stdin("  \n")
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "the answer in standard input is empty",
        ));
    check(d.path(), &["-"])
        .write_stdin(vec![0xff, 0xfe, b'a'])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("not UTF-8 text"));
    // Control characters in the answer never reach the terminal.
    let out = check(d.path(), &[])
        .write_stdin("I used \u{1b}[2J a retry, \u{1b}]0;pwned\u{7} 30ms")
        .assert()
        .success();
    assert!(!String::from_utf8_lossy(&out.get_output().stdout).contains('\u{1b}'));
}

// ---------------------------------------------------------------- lint

#[test]
fn lint_names_risky_terms_and_validate_only_warns() {
    let d = tempfile::tempdir().unwrap();
    let bank = d.path().join("risky.yaml");
    std::fs::write(
        &bank,
        "id: risky-ko\nrole: backend\nlanguage: ko\nquestions:\n  - id: goals\n    prompt: 목표를 어떻게 정하나요?\n    key_points:\n      - text: 목표\n        match: [목, RDS를]\n      - text: 결과\n        match: [결과]\n",
    )
    .unwrap();
    let lint = stdout_of(
        rehearse(d.path())
            .args(["banks", "lint"])
            .arg(&bank)
            .assert()
            .code(1),
    );
    let shown = bank.display().to_string();
    for want in [
        format!("{shown}:9:17: warning: question `goals`, term `목`: a one-syllable Hangul term"),
        // The engine keeps 목 out of 목표 (so the prompt no longer covers
        // it) and 목록, not yet out of 목적.
        format!(
            "{shown}:9:17: warning: question `goals`, term `목`: the term also matches inside common words (목적)"
        ),
        format!(
            "{shown}:9:20: warning: question `goals`, term `RDS를`: the term ends in the particle `를`"
        ),
        format!("{shown}:11:17: warning: question `goals`, term `결과`: a generic word"),
    ] {
        assert!(lint.contains(&want), "{want}\n---\n{lint}");
    }
    assert!(lint.contains("4 warnings in 1 file"), "{lint}");
    let validate = stdout_of(
        rehearse(d.path())
            .args(["banks", "validate"])
            .arg(&bank)
            .assert()
            .success(),
    );
    assert!(validate.contains("term `RDS를`"), "{validate}");
    assert!(
        validate.contains("(backend `risky-ko`, 1 question, 4 warnings)"),
        "{validate}"
    );
    let clean = d.path().join("clean.yaml");
    std::fs::write(
        &clean,
        "role: backend\nquestions:\n  - id: retries\n    prompt: How do you make a call safe to repeat?\n    key_points:\n      - text: idempotency key\n        match: [idempotency key, dedup]\n",
    )
    .unwrap();
    rehearse(d.path())
        .args(["banks", "lint"])
        .arg(&clean)
        .assert()
        .success();
    // An invalid bank is reported with its errors, and fails the lint too.
    let broken = d.path().join("broken.yaml");
    std::fs::write(&broken, "questions: []\n").unwrap();
    rehearse(d.path())
        .args(["banks", "lint"])
        .arg(&broken)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("missing key `role`"));
}

// ---------------------------------------------------------------- mock

#[test]
fn mock_flags_are_usage_errors_naming_what_is_valid() {
    let d = tempfile::tempdir().unwrap();
    let cases: &[(&[&str], &str)] = &[
        (&["mock"], "--role <ROLE>"),
        (
            &["mock", "--role", "backnd"],
            "unknown role `backnd` for a technical round, which needs technical questions; did you mean `backend`?",
        ),
        (
            &[
                "mock",
                "--role",
                "behavioral",
                "--lang",
                "ko",
                "--round",
                "full",
            ],
            "unknown role `behavioral` for a full round, which needs technical questions in `ko`. Roles: backend,",
        ),
        (
            &["mock", "--role", "backend", "--lang", "kr"],
            "unknown language `kr`; did you mean `ko`? Languages: en, ko",
        ),
        (
            &["mock", "--role", "backend", "--round", "hr"],
            "invalid value 'hr' for '--round <ROUND>'",
        ),
        (
            &["mock", "--role", "backend", "--minutes", "4"],
            "4 is not in 5..=180",
        ),
        (
            &["mock", "--role", "backend", "--minutes", "181"],
            "181 is not in 5..=180",
        ),
        (
            &["mock", "--history", "--lang", "ko"],
            "the argument '--history' cannot be used with '--lang <LANG>'",
        ),
        (
            &["mock", "--history", "--round", "culture"],
            "the argument '--history' cannot be used with '--round <ROUND>'",
        ),
        (
            &["mock", "--history", "--minutes", "30"],
            "the argument '--history' cannot be used with '--minutes <N>'",
        ),
        (&["mock", "--role", "backend", "--json"], "--history"),
        (
            &["mock", "--history", "--role", "fronted"],
            "unknown role `fronted`; did you mean `frontend`?",
        ),
    ];
    for (args, want) in cases {
        rehearse(d.path())
            .args(*args)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(*want));
    }
    // A culture round takes any role; valid flags pass the checks (and then
    // the interview needs a terminal).
    for args in [
        &["mock", "--role", "behavioral", "--round", "culture"][..],
        &[
            "mock",
            "--role",
            "backend",
            "--lang",
            "ko",
            "--round",
            "full",
            "--minutes",
            "180",
        ],
    ] {
        rehearse(d.path())
            .args(args)
            .assert()
            .code(1)
            .stderr(predicate::str::contains("needs a terminal"));
    }
}

/// An export holding two mock interviews: a finished culture round and, a
/// day later, a technical one left open after its first answer.
fn mocks_export() -> serde_json::Value {
    let item = |q: &str, answer: Option<&str>| {
        let mut i = serde_json::json!({
            "key": {"bank_id": "backend-ko", "question_id": q}, "segment": "technical", "time_limit_s": 120
        });
        if let Some(a) = answer {
            i["attempt_id"] = a.into();
        }
        i
    };
    serde_json::json!({
        "format": "rehearse-export", "version": 2, "settings": {}, "questions": [],
        "mocks": [
            {"id": "m1", "role": "data-engineering", "language": "en", "round": "culture", "minutes": 20,
             "started_at": "2026-11-25T09:30:00.000Z", "finished_at": "2026-11-25T09:52:10.000Z",
             "elapsed_ms": 1_330_000, "items": [item("a", Some("x1")), item("b", Some("x2"))],
             "position": 2, "report": {"version": 1}},
            {"id": "m2", "role": "backend", "language": "ko", "round": "technical", "minutes": 30,
             "started_at": "2026-11-26T09:30:00.000Z", "finished_at": null,
             "elapsed_ms": 95_000, "items": [item("c", Some("x3")), item("d", None), item("e", None)],
             "position": 1, "report": null}
        ]
    })
}

#[test]
fn mock_history_lists_past_mocks_latest_first() {
    let d = tempfile::tempdir().unwrap();
    let file = d.path().join("mocks.json");
    std::fs::write(&file, mocks_export().to_string()).unwrap();
    rehearse(d.path())
        .arg("import")
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "2 new mock interviews (0 already present)",
        ));
    let out = rehearse(d.path())
        .env("TZ", "UTC")
        .args(["mock", "--history"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "STARTED           ROLE              LANG  ROUND      TIME            ANSWERS\n\
         2026-11-26 09:30  backend           ko    technical  1:35 of 30:00   1 answer   (unfinished)\n\
         2026-11-25 09:30  data-engineering  en    culture    22:10 of 20:00  2 answers\n"
    );
    let out = rehearse(d.path())
        .args(["mock", "--history", "--role", "backend", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let listed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        listed,
        serde_json::json!([{
            "id": "m2", "started_at": "2026-11-26T09:30:00.000Z", "finished_at": null,
            "role": "backend", "language": "ko", "round": "technical", "minutes": 30,
            "elapsed_ms": 95_000, "answers": 1, "questions": 3
        }])
    );
    rehearse(d.path())
        .args(["mock", "--history", "--role", "frontend"])
        .assert()
        .success()
        .stdout("no mock interviews for frontend yet\n");
    // Importing the same mocks again keeps the ones already there.
    rehearse(d.path())
        .arg("import")
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "0 new mock interviews (2 already present)",
        ));
}

#[test]
fn an_export_newer_than_this_rehearse_is_refused_naming_the_file_and_versions() {
    let d = tempfile::tempdir().unwrap();
    let file = d.path().join("later.json");
    let mut doc = mocks_export();
    doc["version"] = 3.into();
    doc["interviewers"] = serde_json::json!([]);
    std::fs::write(&file, doc.to_string()).unwrap();
    rehearse(d.path())
        .arg("import")
        .arg(&file)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "later.json: export version 3 is newer than this rehearse reads (versions 1 to 2); upgrade rehearse to import it",
        ));
    rehearse(d.path())
        .args(["mock", "--history", "--json"])
        .assert()
        .success()
        .stdout("[]\n");
}

/// A story written in both languages, as `story edit` should keep it.
const STORY: &str = "projects:\n  - id: crawler\n    name: 중고 거래 가격 크롤러 (capstone)\n    team: 4\n    stack: [AWS EC2, Redshift]\n    did:\n      - 크롤러를 EC2 8대로 분산해 6시간 → 1.5시간\n      - set Redshift cost alarms; cut the monthly bill by 40%\n    result: daily price table for 2M listings\n";

use common::editor_writing as story_editor;

/// What `story show --json` prints, read back as a story.
fn shown_story(data: &std::path::Path) -> rehearse::story::Story {
    let out = rehearse(data)
        .args(["story", "show", "--json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn story_cmd(data: &std::path::Path, editor: &str) -> Command {
    let mut c = rehearse(data);
    c.env_remove("VISUAL").env("EDITOR", editor);
    c
}

#[test]
fn story_edit_opens_the_template_in_editor_and_keeps_a_valid_story() {
    let d = tempfile::tempdir().unwrap();
    rehearse(d.path())
        .args(["story", "show"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "You have no story yet; write it with `rehearse story edit`",
        ));
    rehearse(d.path())
        .args(["story", "show", "--json"])
        .assert()
        .success()
        .stdout("{\n  \"projects\": []\n}\n");

    let editor = story_editor(d.path(), STORY);
    story_cmd(d.path(), &editor)
        .args(["story", "edit"])
        .assert()
        .success()
        .stdout("saved your story: 1 project, 3 facts\n");
    assert_eq!(
        std::fs::read_to_string(d.path().join("seen.yaml")).unwrap(),
        rehearse::story::TEMPLATE,
        "the template opens when there is no story"
    );
    let shown = rehearse(d.path()).args(["story", "show"]).output().unwrap();
    let shown = String::from_utf8(shown.stdout).unwrap();
    assert!(
        shown.starts_with("Your story: 1 project, 3 facts (saved "),
        "{shown}"
    );
    assert!(
        shown.contains("\ncrawler — 중고 거래 가격 크롤러 (capstone)\n  team    4\n  stack   AWS EC2, Redshift\n  did     - 크롤러를 EC2 8대로 분산해 6시간 → 1.5시간\n"),
        "{shown}"
    );
    // The competencies no project covers are listed to prepare; a crawler
    // with its cost alarms covers cost, not a conflict.
    let gaps = &shown[shown.find("Not covered by any project yet").expect(&shown)..];
    assert!(gaps.contains("conflict"), "{gaps}");
    assert!(!gaps.to_lowercase().contains("  - cost"), "{gaps}");
    assert_eq!(
        shown_story(d.path()),
        rehearse::story::parse("x", STORY.as_bytes()).unwrap()
    );

    // Edited again, the stored story is what opens; saved as it came back.
    story_cmd(d.path(), &story_editor(d.path(), STORY))
        .args(["story", "edit"])
        .assert()
        .success()
        .stdout("your story is unchanged: 1 project, 3 facts\n");
    assert_eq!(
        std::fs::read_to_string(d.path().join("seen.yaml")).unwrap(),
        STORY
    );
}

#[test]
fn an_invalid_story_edit_prints_every_error_and_keeps_the_old_story() {
    let d = tempfile::tempdir().unwrap();
    story_cmd(d.path(), &story_editor(d.path(), STORY))
        .args(["story", "edit"])
        .assert()
        .success();
    let bad = "projects:\n  - id: crawler\n    name: 크롤러\n    team: 네 명\n  - id: crawler\n    name: again\n";
    let out = story_cmd(d.path(), &story_editor(d.path(), bad))
        .args(["story", "edit"])
        .output()
        .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(
        lines[..3],
        [
            "story.yaml:4:11: projects[0].team: team must be a positive whole number (how many people, you included), not `네 명`",
            "story.yaml:5:9: projects[1].id: duplicate project id `crawler` (first at line 2): ids must be unique in a story",
            "rehearse: 2 errors in story.yaml; your story was not changed",
        ],
        "{stderr}"
    );
    assert!(
        !stderr.contains("Edit again?"),
        "asked without a terminal: {stderr}"
    );
    // What was written is not lost with the temporary folder.
    let kept = lines[3]
        .strip_prefix("rehearse: your edit is kept in ")
        .unwrap_or_else(|| panic!("{stderr}"));
    assert!(kept.ends_with("/story.yaml"), "{kept}");
    assert_eq!(std::fs::read_to_string(kept).unwrap(), bad);
    let _ = std::fs::remove_dir_all(std::path::Path::new(kept).parent().unwrap());

    assert_eq!(
        shown_story(d.path()).projects[0].name,
        "중고 거래 가격 크롤러 (capstone)",
        "the old story stays"
    );
}

#[test]
fn a_missing_or_failing_story_editor_is_named_in_one_sentence() {
    let d = tempfile::tempdir().unwrap();
    story_cmd(d.path(), "/nonexistent/bin/my-editor")
        .args(["story", "edit"])
        .assert()
        .code(1)
        .stderr(predicate::str::is_match(
            "^rehearse: cannot start the editor `/nonexistent/bin/my-editor` \\(.+\\); set \\$VISUAL or \\$EDITOR to one that exists; your story was not changed\n$",
        ).unwrap());
    story_cmd(d.path(), "false")
        .args(["story", "edit"])
        .assert()
        .code(1)
        .stderr(
            "rehearse: the editor `false` exited with exit status: 1; your story was not changed\n",
        );
    assert!(shown_story(d.path()).is_empty());
}

#[test]
fn import_takes_the_later_story_says_which_it_kept_and_skips_an_invalid_one() {
    let d = tempfile::tempdir().unwrap();
    let with_story = |yaml: &str, at: &str| {
        let mut doc = mocks_export();
        doc["story"] = serde_json::json!({"yaml": yaml, "updated_at": at});
        let file = d.path().join("in.json");
        std::fs::write(&file, doc.to_string()).unwrap();
        file
    };
    let import = |file: &std::path::Path| {
        let out = rehearse(d.path())
            .env("TZ", "UTC")
            .arg("import")
            .arg(file)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        (
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        )
    };
    let shown = |file: &std::path::Path| file.display().to_string();

    // An invalid story is reported at its place and left out; the rest imports.
    let file = with_story(
        "projects:\n  - id: crawler\n    이름: 크롤러\n",
        "2026-11-25T09:30:00.000Z",
    );
    let (out, err) = import(&file);
    assert!(out.contains("2 new mock interviews"), "{out}");
    assert!(!out.contains("story:"), "{out}");
    assert_eq!(
        err,
        format!(
            "rehearse: the story in {} is not valid, so it was not imported (the rest was):\n\
             story.yaml:2:5: projects[0]: missing key `name`: every project needs a name, like `Price crawler (capstone)`\n\
             story.yaml:3:5: projects[0]: unknown key `이름`, expected one of the keys `id`, `name`, `when`, `role`, `team`, `stack`, `tags`, `did`, `result`, `lesson`\n",
            shown(&file)
        )
    );
    assert!(shown_story(d.path()).is_empty());
    let file = with_story("projects: []\n", "last tuesday");
    let (_, err) = import(&file);
    assert!(
        err.ends_with("\nits `updated_at` `last tuesday` is not an RFC 3339 time like 2026-11-25T09:30:00.000Z\n"),
        "{err}"
    );

    // None here: taken. Older: ours kept. Later: theirs kept. Each said.
    let first = "projects:\n  - id: crawler\n    name: 크롤러\n";
    let (out, _) = import(&with_story(first, "2026-11-25T09:30:00.000Z"));
    assert!(
        out.ends_with(&format!(
            "story: taken from {} (there was none here)\n",
            shown(&file)
        )),
        "{out}"
    );
    let (out, _) = import(&with_story("projects: []\n", "2026-11-24T09:30:00.000Z"));
    assert!(
        out.ends_with(&format!(
            "story: kept the one here, saved 2026-11-25 09:30, later than the one in {} (saved 2026-11-24 09:30)\n",
            shown(&file)
        )),
        "{out}"
    );
    assert_eq!(shown_story(d.path()).projects[0].name, "크롤러");
    let second = "projects:\n  - id: crawler\n    name: 가격 크롤러\n";
    let (out, _) = import(&with_story(second, "2026-11-26T10:00:00.000Z"));
    assert!(
        out.ends_with(&format!(
            "story: kept the one from {}, saved 2026-11-26 10:00, later than the one here (saved 2026-11-25 09:30)\n",
            shown(&file)
        )),
        "{out}"
    );
    assert_eq!(shown_story(d.path()).projects[0].name, "가격 크롤러");
    let (out, _) = import(&with_story(second, "2026-11-20T10:00:00.000Z"));
    assert!(
        out.ends_with(&format!("story: the same as the one in {}\n", shown(&file))),
        "{out}"
    );
}

const GEN_STORY: &str = "projects:
  - id: crawler
    name: 크롤러
    team: 4
    stack: [EC2, Redshift]
    did:
      - split the crawler over 8 EC2 instances, 6 h → 1.5 h
";

#[test]
fn your_story_questions_are_listed_checked_and_practised_by_role() {
    let d = tempfile::tempdir().unwrap();
    // No story yet: there is no role `story`.
    rehearse(d.path())
        .args(["practice", "--role", "story"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("story"));
    {
        let paths = Paths {
            data_dir: d.path().to_path_buf(),
            banks_dir: None,
        };
        let store = Store::open(&paths, Access::Exclusive).unwrap();
        store
            .set_story_yaml(
                GEN_STORY,
                rehearse::model::Instant::from_ms(1_790_000_000_000),
            )
            .unwrap();
    }
    let list = stdout_of(
        rehearse(d.path())
            .args(["banks", "list"])
            .assert()
            .success(),
    );
    for bank in ["story-en", "story-ko"] {
        assert!(
            list.lines()
                .any(|l| l.starts_with("story ") && l.contains(bank) && l.ends_with("your story")),
            "{list}"
        );
    }
    let json = stdout_of(
        rehearse(d.path())
            .args(["banks", "list", "--json"])
            .assert()
            .success(),
    );
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let story_en = v["banks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["id"] == "story-en")
        .unwrap();
    assert_eq!(story_en["source"], "story");
    assert_eq!(story_en["questions"], 8);
    let checked = stdout_of(
        rehearse(d.path())
            .args([
                "check",
                "--bank",
                "story-ko",
                "--question",
                "crawler.why.ec2",
            ])
            .write_stdin(
                "제가 크롤러를 EC2 8대로 나눠서 6시간 걸리던 수집을 1.5시간으로 줄였습니다.",
            )
            .assert()
            .success(),
    );
    assert!(
        checked.starts_with("story-ko / crawler.why.ec2 (experience, 2m)\n"),
        "{checked}"
    );
    // The role is known now: the app would open (it needs a terminal).
    rehearse(d.path())
        .args(["practice", "--role", "story"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("needs a terminal"));
}

/// The AWS story of PRODUCT.md ("Your story").
const AWS_STORY: &str = "\
projects:
  - id: crawler
    name: 중고 거래 가격 크롤러 (capstone)
    stack: [AWS EC2, Redshift, IAM, Python, Airflow]
    did:
      - split the crawler over 8 EC2 instances, 6 h → 1.5 h
      - set Redshift cost alarms; cut the monthly bill by 40%
      - created an IAM user per teammate with least privilege
    result: daily price table for 2M listings
  - id: 크롤러-ko
    name: 가격 크롤러
    stack: [AWS EC2]
    did:
      - 크롤러를 EC2 8대로 나눠서 6시간을 1.5시간으로 단축
";

fn with_story(d: &std::path::Path, yaml: &str) {
    let paths = Paths {
        data_dir: d.to_path_buf(),
        banks_dir: None,
    };
    let store = Store::open(&paths, Access::Exclusive).unwrap();
    store
        .set_story_yaml(yaml, rehearse::model::Instant::from_ms(1_790_000_000_000))
        .unwrap();
}

fn check_aws(d: &std::path::Path, lang: &str, question: &str, json: bool) -> Command {
    let mut c = rehearse(d);
    c.args([
        "check",
        "--bank",
        &format!("project-experience-{lang}"),
        "--question",
        question,
    ]);
    if json {
        c.arg("--json");
    }
    c
}

#[test]
fn check_says_which_story_facts_the_answer_used_and_left_out() {
    let d = tempfile::tempdir().unwrap();
    // The id `크롤러-ko` is not a slug: the story is refused whole.
    with_story(d.path(), AWS_STORY);
    let answer =
        "I split the crawler over 8 EC2 instances myself, and I set up Redshift cost alarms.";
    let out = check_aws(d.path(), "en", "aws-side-of-project", true)
        .write_stdin(answer)
        .assert()
        .success();
    let err = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(
        err.contains("story.yaml:10:9: projects[1].id") && err.contains("checked without it"),
        "{err}"
    );
    let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(v["story_facts"], serde_json::json!([]));

    with_story(d.path(), &AWS_STORY.replace("크롤러-ko", "crawler-ko"));
    let out = check_aws(d.path(), "en", "aws-side-of-project", true)
        .write_stdin(answer)
        .assert()
        .success();
    let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let facts = v["story_facts"].as_array().unwrap();
    let fact = |text: &str| {
        facts
            .iter()
            .find(|f| f["text"] == text)
            .unwrap_or_else(|| panic!("{text} in {v:#}"))
    };
    let split = fact("split the crawler over 8 EC2 instances, 6 h → 1.5 h");
    assert_eq!(split["project"], "crawler");
    assert_eq!(split["used"], false);
    assert_eq!(split["partly"], true);
    assert_eq!(split["missing_numbers"], serde_json::json!(["6h", "1.5h"]));
    let iam = fact("created an IAM user per teammate with least privilege");
    assert_eq!(iam["used"], false);
    assert_eq!(iam["partly"], false);
    let text = stdout_of(
        check_aws(d.path(), "en", "aws-side-of-project", false)
            .write_stdin(answer)
            .assert()
            .success(),
    );
    assert!(text.contains("\nYour story: 0 of "), "{text}");
    assert!(
        text.contains("~ split the crawler over 8 EC2 instances, 6 h → 1.5 h [crawler]  (you didn't say 6h, 1.5h)"),
        "{text}"
    );
    assert!(
        text.contains(
            "✗ created an IAM user per teammate with least privilege [crawler]  (left out)"
        ),
        "{text}"
    );

    // Korean, particles attached, Korean units for the English numbers.
    let answer = "제가 EC2를 8대로 나눠서 크롤러를 돌렸고 6시간을 1.5시간으로 줄였습니다.";
    let out = check_aws(d.path(), "ko", "aws-usage", true)
        .write_stdin(answer)
        .assert()
        .success();
    let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let used: Vec<&str> = v["story_facts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["used"] == true)
        .map(|f| f["text"].as_str().unwrap())
        .collect();
    // Both the Korean fact and its English twin were said (words count in
    // either language, numbers with their units).
    assert_eq!(
        used,
        [
            "split the crawler over 8 EC2 instances, 6 h → 1.5 h",
            "크롤러를 EC2 8대로 나눠서 6시간을 1.5시간으로 단축"
        ],
        "{v:#}"
    );
    // A technical question is not held to your story.
    let out = check(d.path(), &["--json"])
        .write_stdin(answer)
        .assert()
        .success();
    let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(v["story_facts"], serde_json::json!([]));
}
