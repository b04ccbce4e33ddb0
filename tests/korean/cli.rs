//! The Korean interface: cli. The real binary with `LANG=ko_KR.UTF-8` (and
//! no `LC_ALL` or `LC_MESSAGES` to override it): usage errors, settings,
//! bank validation, the library, the store's errors, export and import,
//! backups; and the same commands in English where a plural or a particle
//! is at stake.

use std::path::Path;

use assert_cmd::Command;
use rehearse::paths::Paths;
use rehearse::store::{Access, Store};

use crate::common;

use common::rehearse_in;

fn ko(data: &Path) -> Command {
    rehearse_in(data, "ko_KR.UTF-8")
}

fn en(data: &Path) -> Command {
    rehearse_in(data, "C")
}

/// What a finished command wrote: (exit code, stdout, stderr).
fn run(cmd: &mut Command) -> (i32, String, String) {
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn a_usage_error_names_the_nearest_role_in_korean_and_exits_2() {
    let d = tempfile::tempdir().unwrap();
    let (code, _, err) = run(ko(d.path()).args(["practice", "--role", "backnd"]));
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("error: `backnd`는 없는 직무예요. 혹시 `backend`인가요? 직무: backend, "),
        "{err}"
    );
    // A tag the chosen banks do not have (the bundled Korean banks tag in
    // English): none is near, so they are listed, the first twenty.
    let tag = [
        "practice", "--role", "backend", "--lang", "ko", "--tag", "캐싱",
    ];
    let (code, _, err) = run(ko(d.path()).args(tag));
    assert_eq!(code, 2, "{err}");
    let first = err.lines().next().unwrap_or_default();
    assert!(
        first.starts_with(
            "error: `캐싱`은 --role, --bank, --lang으로 고른 질문 모음에 없는 태그예요. 태그: api, "
        ) && first.ends_with("개"),
        "{err}"
    );
    assert!(first.contains(" 외 "), "{err}");
    // With a bank tagged in Korean, the nearest: 캐싱 ends in a consonant,
    // so 은.
    let banks = d.path().join("no-banks-here");
    std::fs::create_dir_all(&banks).unwrap();
    std::fs::write(
        banks.join("ko-tags.yaml"),
        "role: backend\nlanguage: ko\nquestions:\n  - id: a\n    prompt: 캐시란?\n    tags: [캐시, 트랜잭션]\n",
    )
    .unwrap();
    let (code, _, err) = run(ko(d.path()).args(tag));
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains(
            "`캐싱`은 --role, --bank, --lang으로 고른 질문 모음에 없는 태그예요. 혹시 `캐시`인가요?"
        ),
        "{err}"
    );
    // A role a full round cannot interview for in Korean.
    let (code, _, err) = run(ko(d.path()).args([
        "mock",
        "--role",
        "behavioral",
        "--round",
        "full",
        "--lang",
        "ko",
    ]));
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains(
            "`behavioral`은 전체 면접(기술+인성)을 볼 수 있는 직무가 아니에요. `ko` 기술 질문이 있어야 해요. 직무: backend,"
        ),
        "{err}"
    );
    // The same error in English, as before.
    let (_, _, err) = run(en(d.path()).args(["practice", "--role", "backnd"]));
    assert!(
        err.contains("unknown role `backnd`; did you mean `backend`? Roles: backend, "),
        "{err}"
    );
}

#[test]
fn settings_are_listed_in_korean_and_ui_language_changes_the_next_run() {
    let d = tempfile::tempdir().unwrap();
    let (code, out, _) = run(ko(d.path()).arg("settings"));
    assert_eq!(code, 0);
    insta::assert_snapshot!("settings_ko", out);
    // Chosen here: later runs speak Korean even where the locale is C.
    let (code, out, _) = run(ko(d.path()).args(["settings", "ui-language", "ko"]));
    assert_eq!((code, out.as_str()), (0, "저장했어요: ui-language = ko\n"));
    let (_, out, _) = run(en(d.path()).arg("settings"));
    assert!(out.contains("ui-language     ko (여기서 설정)\n"), "{out}");
    assert!(out.contains("interview-date  없음\n"), "{out}");
    let (code, _, err) = run(en(d.path()).args(["settings", "retention", "0.5"]));
    assert_eq!(
        (code, err.as_str()),
        (1, "rehearse: retention은 0.70에서 0.99 사이여야 해요\n")
    );
    // Too few reviews to fit FSRS to: how many more, then what happens
    // meanwhile, one sentence after the other.
    let (code, out, _) = run(en(d.path()).arg("optimize"));
    assert_eq!(code, 0);
    assert!(
        out.ends_with("더 해야 해요. 그때까지는 기본 매개변수를 써요\n"),
        "{out}"
    );
    // `auto` follows the locale again, and says so in the language it now
    // speaks.
    let (code, out, _) = run(en(d.path()).args(["settings", "ui-language", "auto"]));
    assert_eq!((code, out.as_str()), (0, "saved ui-language = auto\n"));
    let (_, out, _) = run(en(d.path()).arg("settings"));
    assert!(out.contains("ui-language     en (from LANG)\n"), "{out}");
    assert!(out.contains("interview-date  none\n"), "{out}");
    let (_, out, _) = run(ko(d.path()).arg("settings"));
    assert!(out.contains("ui-language     ko (LANG에서)\n"), "{out}");
    // A language the interface does not have is a usage error, in Korean.
    let (code, _, err) = run(ko(d.path()).args(["settings", "ui-language", "ja"]));
    assert_eq!(code, 2);
    assert!(
        err.contains(
            "error: settings ui-language `ja`는 화면 언어가 아니에요. en, ko, auto 중에서 골라 주세요"
        ),
        "{err}"
    );
}

#[test]
fn a_broken_bank_is_reported_at_its_place_in_korean() {
    let d = tempfile::tempdir().unwrap();
    std::fs::write(
        d.path().join("broken.yaml"),
        "role: backend\nquestions:\n  - id: a\n    prompt: 하나?\n    time_limit: soon\n    kind: trivia\n    colour: red\n  - id: a\n    prompt: \"\"\n    key_points: 3\n    tags: [x, [y]]\n",
    )
    .unwrap();
    let (code, out, _) = run(ko(d.path()).args(["banks", "validate", "broken.yaml", "nothere"]));
    assert_eq!(code, 1, "{out}");
    insta::assert_snapshot!("banks_validate_ko", out);
    // The first line, word for word: file:line:col, then the field, then
    // what is wrong in Korean.
    assert!(
        out.starts_with(
            "broken.yaml:5:17: questions[0].time_limit: time_limit에는 초 단위 숫자나 90, \"90s\", \"2m\", \"1m30s\" 같은 시간을 적어 주세요. `soon`은 쓸 수 없어요\n"
        ),
        "{out}"
    );
}

#[test]
fn one_question_and_two_questions_in_both_languages() {
    let d = tempfile::tempdir().unwrap();
    let bank = |id: &str, n: usize| {
        let questions: String = (0..n)
            .map(|i| format!("  - id: q{i}\n    prompt: 질문 {i}?\n"))
            .collect();
        std::fs::write(
            d.path().join(format!("{id}.yaml")),
            format!("role: backend\nlanguage: ko\nquestions:\n{questions}"),
        )
        .unwrap();
    };
    bank("one", 1);
    bank("two", 2);
    let (code, out, _) = run(en(d.path()).args(["banks", "validate", "one.yaml", "two.yaml"]));
    assert_eq!(code, 0);
    assert_eq!(
        out,
        "ok one.yaml (backend `one`, 1 question)\nok two.yaml (backend `two`, 2 questions)\n"
    );
    let (_, out, _) = run(ko(d.path()).args(["banks", "validate", "one.yaml", "two.yaml"]));
    assert_eq!(
        out,
        "통과 one.yaml (backend `one`, 1문항)\n통과 two.yaml (backend `two`, 2문항)\n"
    );
    // One problem, then two, and the files they are in.
    std::fs::write(d.path().join("bad.yaml"), "role: backend\nquestions: []\n").unwrap();
    std::fs::write(d.path().join("worse.yaml"), "questions: []\n").unwrap();
    let (_, out, _) = run(en(d.path()).args(["banks", "validate", "bad.yaml", "one.yaml"]));
    assert!(
        out.ends_with("\n1 problem in 1 file invalid, 1 valid\n"),
        "{out}"
    );
    let (_, out, _) = run(en(d.path()).args(["banks", "validate", "bad.yaml", "worse.yaml"]));
    assert!(
        out.ends_with("\n3 problems in 2 files invalid, 0 valid\n"),
        "{out}"
    );
    let (_, out, _) = run(ko(d.path()).args(["banks", "validate", "bad.yaml", "worse.yaml"]));
    assert!(
        out.ends_with("\n파일 2개에서 문제 3개를 찾았어요. 통과한 파일은 0개예요\n"),
        "{out}"
    );
}

#[test]
fn banks_list_is_a_korean_table_aligned_by_display_width() {
    let d = tempfile::tempdir().unwrap();
    let banks = d.path().join("no-banks-here");
    std::fs::create_dir_all(&banks).unwrap();
    // One that replaces a bundled bank, one that does not load.
    std::fs::write(
        banks.join("backend-ko.yaml"),
        "role: backend\nlanguage: ko\nquestions:\n  - id: q\n    prompt: 질문?\n",
    )
    .unwrap();
    std::fs::write(banks.join("broken.yaml"), "role: 백엔드\nquestions: []\n").unwrap();
    let (code, out, _) = run(ko(d.path()).args(["banks", "list"]));
    assert_eq!(code, 0);
    let lines: Vec<&str> = out.lines().collect();
    let header = lines[0];
    let row = lines[1];
    assert!(header.starts_with("직무"), "{header}");
    // Every column starts at the same cell in the header as in a row.
    let cell_of = |line: &str, word: &str| {
        rehearse::text::width(
            &line[..line
                .find(word)
                .unwrap_or_else(|| panic!("{word} in {line}"))],
        )
    };
    assert_eq!(cell_of(header, "언어"), 21, "{out}");
    assert_eq!(cell_of(row, " en ") + 1, 21, "{out}");
    assert_eq!(
        cell_of(header, "출처"),
        cell_of(row, "(기본 제공)"),
        "{out}"
    );
    let lib = rehearse::bank::Library::load(Some(&banks), &[]);
    let summary = format!(
        "직무 {}개, 질문 모음 {}개, {}문항",
        lib.roles().len(),
        lib.banks().len(),
        lib.question_count()
    );
    assert!(lines.contains(&summary.as_str()), "{summary}\n{out}");
    assert!(
        out.contains("의 `backend-ko` 질문 모음이 (기본 제공) backend/ko.yaml의 것을 대신해요\n"),
        "{out}"
    );
    assert!(out.contains("내 질문 모음 폴더: "), "{out}");
    assert!(
        out.contains("broken.yaml:1:7: role: role `백엔드`는 쓸 수 없어요."),
        "{out}"
    );
    // --json stays English, whatever the interface speaks.
    let (_, ko_json, _) = run(ko(d.path()).args(["banks", "list", "--json"]));
    let (_, en_json, _) = run(en(d.path()).args(["banks", "list", "--json"]));
    assert_eq!(ko_json, en_json);
    assert!(ko_json.contains("replaces the one from"), "{ko_json}");
}

#[test]
fn the_store_says_what_is_wrong_in_korean() {
    // A second instance on the same folder.
    let d = tempfile::tempdir().unwrap();
    let paths = common::paths(d.path());
    let held = Store::open(&paths, Access::Exclusive).unwrap();
    let (code, _, err) = run(ko(d.path()).arg("backup"));
    assert_eq!(code, 1);
    assert_eq!(
        err,
        format!(
            "rehearse: 다른 rehearse가 이미 데이터 폴더를 쓰고 있어요: {}. 그쪽을 먼저 닫아 주세요(다른 폴더를 쓰려면 --data-dir DIR)\n",
            d.path().display()
        )
    );
    drop(held);
    // A damaged database, never written to.
    let d = tempfile::tempdir().unwrap();
    let db = d.path().join("rehearse.db");
    std::fs::write(&db, "garbage garbage garbage garbage").unwrap();
    let (code, _, err) = run(ko(d.path()).args(["export", "--format", "json"]));
    assert_eq!(code, 1);
    assert_eq!(
        err,
        format!(
            "rehearse: 데이터베이스를 읽을 수 없어요: {} (SQLite 데이터베이스가 아니에요). 파일은 건드리지 않았어요. 다른 곳으로 옮기거나 `rehearse restore`로 백업을 복원해 주세요\n",
            db.display()
        )
    );
    assert_eq!(
        std::fs::read(&db).unwrap(),
        b"garbage garbage garbage garbage"
    );
    // A data folder that is a file: the folder is named, not a database to
    // restore.
    let file = d.path().join("a-file");
    std::fs::write(&file, "").unwrap();
    let (code, _, err) = run(ko(d.path()).env("REHEARSE_DATA_DIR", &file).arg("settings"));
    assert_eq!(
        (code, err),
        (
            1,
            format!(
                "rehearse: 데이터 폴더를 쓸 수 없어요: {} (폴더가 아니에요)\n",
                file.display()
            )
        )
    );
    let (_, _, err) = run(en(d.path()).env("REHEARSE_DATA_DIR", &file).arg("backup"));
    assert!(
        err.starts_with(&format!(
            "rehearse: cannot use the data folder {}: File exists",
            file.display()
        )),
        "{err}"
    );
    // A backup that is not there.
    let (code, _, err) = run(ko(d.path()).args(["restore", "gone.db"]));
    assert_eq!(code, 1);
    assert!(
        err.starts_with("rehearse: 백업 파일이 없어요: gone.db."),
        "{err}"
    );
}

/// A data folder with `n` answers, three of them to one question.
fn with_answers(dir: &Path, n: usize) -> Paths {
    let paths = common::paths(dir);
    let store = Store::open(&paths, Access::Exclusive).unwrap();
    for i in 0..n {
        let mut a = common::attempt(i, "Redis를 캐시로 썼어요");
        a.question_id = format!("q{}", i.min(1));
        store.insert_attempt(&a).unwrap();
    }
    paths
}

#[test]
fn export_import_backup_and_restore_speak_korean() {
    let from = tempfile::tempdir().unwrap();
    with_answers(from.path(), 3);
    let (code, _, err) = run(ko(from.path()).args(["export", "--format", "json", "-o", "e.json"]));
    assert_eq!((code, err.as_str()), (0, "썼어요: e.json\n"));
    let export = from.path().join("e.json");
    let to = tempfile::tempdir().unwrap();
    let (code, out, _) = run(ko(to.path()).arg("import").arg(&export));
    assert_eq!(code, 0);
    assert_eq!(
        out,
        format!(
            "가져왔어요: {}. 2문항, 새 답변 3개(이미 있던 답변 0개), 복습 기록 0개, 복습 일정 0개 갱신, 새 모의 면접 0번(이미 있던 모의 면접 0번)\n",
            export.display()
        )
    );
    // The same import again, in English: one plural each way.
    let (_, out, _) = run(en(to.path()).arg("import").arg(&export));
    assert_eq!(
        out,
        format!(
            "imported {}: 2 questions, 0 new attempts (3 already present), 0 review-log entries, 0 schedules updated, 0 new mock interviews (0 already present)\n",
            export.display()
        )
    );
    // Not an export.
    std::fs::write(to.path().join("x.json"), r#"{"format":"x"}"#).unwrap();
    let (code, _, err) = run(ko(to.path()).args(["import", "x.json"]));
    assert_eq!(
        (code, err.as_str()),
        (
            1,
            "rehearse: x.json: rehearse 내보내기 파일이 아니에요(format이 `x`예요. `rehearse-export`가 와야 해요)\n"
        )
    );
    // A backup, the list of them (no terminal to ask on), then a restore.
    let (code, out, _) = run(ko(to.path()).arg("backup"));
    assert_eq!(code, 0);
    let backup = out
        .strip_prefix("백업했어요: ")
        .and_then(|s| s.strip_suffix('\n'))
        .unwrap_or_else(|| panic!("{out}"))
        .to_string();
    let (code, out, err) = run(ko(to.path()).arg("restore"));
    assert_eq!(code, 1);
    let name = Path::new(&backup).file_name().unwrap().to_string_lossy();
    let listed: Vec<&str> = out.lines().collect();
    assert_eq!(
        listed[0],
        format!("백업 목록(최신순): {}", to.path().join("backups").display())
    );
    assert!(
        listed[1].starts_with("   1. ")
            && listed[1].ends_with(&format!("  {name}  답변 3개, 정상")),
        "{out}"
    );
    assert_eq!(
        err,
        format!(
            "rehearse: 아무것도 복원하지 않았어요. 복원하려면 FILE을 주세요. 예: `rehearse restore {backup}`\n"
        )
    );
    let (code, out, _) = run(ko(to.path()).arg("restore").arg(&backup));
    assert_eq!(code, 0);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[0],
        format!(
            "복원했어요: {backup} → {}",
            to.path().join("rehearse.db").display()
        )
    );
    assert!(
        lines[1].starts_with("이전 데이터베이스는 따로 남겨 뒀어요: "),
        "{out}"
    );
    // One answer, then more, in English.
    let one = tempfile::tempdir().unwrap();
    with_answers(one.path(), 1);
    let (_, out, _) = run(en(one.path()).arg("backup"));
    let (_, out, _) = run(en(one.path())
        .arg("restore")
        .arg(out.trim().strip_prefix("backed up to ").unwrap()));
    assert!(out.starts_with("restored "), "{out}");
    let (_, out, _) = run(en(one.path()).arg("restore"));
    assert!(out.contains("  1 answer, sound\n"), "{out}");
}

#[test]
fn check_reports_in_korean_and_its_json_stays_english() {
    let d = tempfile::tempdir().unwrap();
    let answer = "GET, PUT, DELETE는 여러 번 호출해도 결과가 같아서 멱등해요. 타임아웃 뒤에 재시도해도 안전합니다. 음 그냥 POST는 멱등성 키를 써요.";
    let args = [
        "check",
        "--bank",
        "backend-ko",
        "--question",
        "http-idempotency",
    ];
    let (code, out, _) = run(ko(d.path()).args(args).write_stdin(answer));
    assert_eq!(code, 0);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "backend-ko / http-idempotency (기술, 2분)");
    assert!(
        lines[3].starts_with("길이: 19단어, 84자. 말하면 약 "),
        "{out}"
    );
    assert!(lines.contains(&"핵심 포인트: 4개 중 4개 다룸"), "{out}");
    assert!(out.contains("  (매칭 단어: \"재시도\")"), "{out}");
    assert!(lines.contains(&"습관어: 음 ×1, 그냥 ×1"), "{out}");
    let (_, ko_json, _) = run(ko(d.path()).args(args).arg("--json").write_stdin(answer));
    let (_, en_json, _) = run(en(d.path()).args(args).arg("--json").write_stdin(answer));
    assert_eq!(ko_json, en_json);
    // And the English report, for the plural.
    let (_, out, _) = run(en(d.path())
        .args([
            "check",
            "--bank",
            "backend-en",
            "--question",
            "http-idempotency",
        ])
        .write_stdin("Retry."));
    assert!(
        out.contains("\nLength: 1 word, 6 characters; about "),
        "{out}"
    );
}

#[test]
fn banks_new_writes_the_korean_template_and_it_validates() {
    let d = tempfile::tempdir().unwrap();
    let (code, out, _) = run(ko(d.path()).args(["banks", "new", "mine.yaml"]));
    assert_eq!(code, 0);
    assert_eq!(
        out,
        "질문 모음 템플릿을 만들었어요: mine.yaml\n검사하려면: rehearse banks validate mine.yaml\n"
    );
    let written = std::fs::read_to_string(d.path().join("mine.yaml")).unwrap();
    assert!(
        written.starts_with("# rehearse 질문 모음이에요."),
        "{written}"
    );
    let (code, out, _) = run(ko(d.path()).args(["banks", "lint", "mine.yaml"]));
    assert_eq!(
        (code, out.as_str()),
        (0, "통과 mine.yaml (backend `my-bank`, 2문항)\n")
    );
    let (code, _, err) = run(ko(d.path()).args(["banks", "new", "mine.yaml"]));
    assert_eq!(
        (code, err.as_str()),
        (
            1,
            "rehearse: 이미 있는 파일이에요: mine.yaml. 다른 파일 이름을 골라 주세요\n"
        )
    );
}
