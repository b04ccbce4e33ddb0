//! `rehearse banks import`, the real binary: usage errors and an existing
//! output before any work, `-o DIR/`, the split past 1 MiB, `--quiet`, the
//! report in source order, in English and Korean.

use std::path::Path;

mod common;

use common::rehearse_in;

/// `banks import FILE ARGS…`: (exit code, stdout, stderr).
fn import(data: &Path, lang: &str, file: &Path, args: &[&str]) -> (i32, String, String) {
    let out = rehearse_in(data, lang)
        .args(["banks", "import"])
        .arg(file)
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// `banks import FILE ARGS…` in English.
fn import_en(data: &Path, file: &Path, args: &[&str]) -> (i32, String, String) {
    import(data, "C.UTF-8", file, args)
}

const LIST: &str = "\
- What is a race condition?
  Two threads, one counter.

<br>

- Why would you add an index?
";

fn list(dir: &Path) -> std::path::PathBuf {
    let md = dir.join("my-list.md");
    std::fs::write(&md, LIST).unwrap();
    md
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .map(|r| {
            r.map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

#[test]
fn a_bad_role_or_language_is_a_usage_error_before_the_file_is_read() {
    let d = tempfile::tempdir().unwrap();
    let md = list(d.path());
    for args in [
        &["--role", "Back_End", "--lang", "en"][..],
        &["--role", "backend", "--lang", ""],
        &["--role", "backend", "--lang", "english"],
    ] {
        let (code, out, err) = import_en(d.path(), &md, args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert_eq!(out, "", "{args:?}: nothing is reported");
        assert!(err.starts_with("error: --"), "{args:?}: {err}");
        assert!(!err.contains("please report"), "{err}");
    }
    let (_, _, err) = import_en(d.path(), &md, &["--role", "Back_End", "--lang", ""]);
    assert!(
        err.contains("--role `Back_End` is not a role")
            && err.contains("--lang `` is not a language code"),
        "{err}"
    );
    // Not even a missing file is looked at first.
    let (code, _, _) = import_en(
        d.path(),
        &d.path().join("absent.md"),
        &["--role", "x y", "--lang", "en"],
    );
    assert_eq!(code, 2);
    assert_eq!(files_in(d.path()), ["my-list.md"]);
}

#[test]
fn an_existing_output_is_refused_before_any_report() {
    let d = tempfile::tempdir().unwrap();
    let md = list(d.path());
    let out = d.path().join("taken.yaml");
    std::fs::write(&out, "keep me").unwrap();
    let (code, stdout, err) = import_en(
        d.path(),
        &md,
        &["--role", "backend", "--lang", "en", "-o", "taken.yaml"],
    );
    assert_eq!(code, 1, "{err}");
    assert_eq!(stdout, "");
    assert!(
        err.contains("taken.yaml already exists; pass -o with another file or folder"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "keep me");
}

#[test]
fn output_to_a_folder_writes_the_file_named_after_the_document() {
    let d = tempfile::tempdir().unwrap();
    let md = list(d.path());
    // A folder that does not exist yet, named with a trailing slash.
    let (code, out, err) = import_en(
        d.path(),
        &md,
        &["--role", "backend", "--lang", "en", "-o", "new-folder/"],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(files_in(&d.path().join("new-folder")), ["my-list-en.yaml"]);
    assert!(
        out.contains("wrote new-folder/my-list-en.yaml (2 questions, 1 skipped, 0 merged)"),
        "{out}"
    );
    // An existing folder, without the slash.
    std::fs::create_dir(d.path().join("there")).unwrap();
    let (code, _, err) = import_en(
        d.path(),
        &md,
        &["--role", "backend", "--lang", "en", "-o", "there"],
    );
    assert_eq!(code, 0, "{err}");
    let written = d.path().join("there/my-list-en.yaml");
    let bank = rehearse::bank::load_file(
        &written,
        rehearse::bank::Origin::CommandLine(written.clone()),
    )
    .unwrap();
    assert_eq!(bank.id, "my-list-en");
    assert_eq!(bank.title, "my-list");
    assert_eq!(bank.questions.len(), 2);
    let text = std::fs::read_to_string(&written).unwrap();
    assert!(
        text.starts_with("# Imported from my-list.md by `rehearse banks import`.\n"),
        "{text}"
    );
    // And again into the same folder: refused, nothing printed before.
    let (code, out, err) = import_en(
        d.path(),
        &md,
        &["--role", "backend", "--lang", "en", "-o", "there/"],
    );
    assert_eq!((code, out.as_str()), (1, ""), "{err}");
    assert!(
        err.contains("there/my-list-en.yaml already exists"),
        "{err}"
    );
}

#[test]
fn the_report_is_in_source_order_and_quiet_prints_only_the_totals() {
    let d = tempfile::tempdir().unwrap();
    let md = list(d.path());
    let (code, out, err) = import_en(
        d.path(),
        &md,
        &["--role", "backend", "--lang", "en", "-o", "a.yaml"],
    );
    assert_eq!(code, 0, "{err}");
    let shown = md.display().to_string();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 4, "{out}");
    assert!(lines[0].starts_with(&format!("took {shown}:1: ")), "{out}");
    assert_eq!(lines[1], format!("skipped {shown}:4: <br> (HTML)"));
    assert!(lines[2].starts_with(&format!("took {shown}:6: ")), "{out}");
    assert!(
        lines[3].starts_with("wrote a.yaml (2 questions, 1 skipped, 0 merged)"),
        "{out}"
    );
    let (code, quiet, err) = import_en(
        d.path(),
        &md,
        &[
            "--role", "backend", "--lang", "en", "-o", "b.yaml", "--quiet",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(quiet, format!("{}\n", lines[3].replace("a.yaml", "b.yaml")));
    assert_eq!(
        std::fs::read_to_string(d.path().join("a.yaml")).unwrap(),
        std::fs::read_to_string(d.path().join("b.yaml")).unwrap()
    );
}

#[test]
fn output_past_one_mib_is_split_into_banks_that_each_load() {
    let d = tempfile::tempdir().unwrap();
    let md = d.path().join("big.md");
    let answer = "An answer that goes on. ".repeat(120);
    let doc: String = (0..500)
        .map(|i| format!("- What is thing number {i}?\n  {answer}\n\n"))
        .collect();
    std::fs::write(&md, doc).unwrap();
    let (code, out, err) = import_en(
        d.path(),
        &md,
        &["--role", "backend", "--lang", "en", "-o", "out/", "-q"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(!out.contains("please report") && !err.contains("please report"));
    let files = files_in(&d.path().join("out"));
    assert!(files.len() >= 2, "{files:?}");
    assert_eq!(files[0], "big-en-1.yaml");
    assert_eq!(
        out,
        format!(
            "one bank would pass 1 MiB, the most a bank file may hold, so 500 questions went into {} banks in out ({} skipped, 0 merged); add key_points to get coverage feedback\n",
            files.len(),
            0
        )
    );
    let mut ids = std::collections::HashSet::new();
    let mut total = 0;
    for f in &files {
        let p = d.path().join("out").join(f);
        assert!(std::fs::metadata(&p).unwrap().len() <= rehearse::bank::MAX_BANK_BYTES as u64);
        let bank =
            rehearse::bank::load_file(&p, rehearse::bank::Origin::CommandLine(p.clone())).unwrap();
        assert!(ids.insert(bank.id.clone()));
        total += bank.questions.len();
    }
    assert_eq!(total, 500);
}

#[test]
fn in_korean_the_usage_error_and_the_report_speak_korean() {
    let d = tempfile::tempdir().unwrap();
    let md = list(d.path());
    let (code, out, err) = import(
        d.path(),
        "ko_KR.UTF-8",
        &md,
        &["--role", "백엔드", "--lang", "ko"],
    );
    assert_eq!((code, out.as_str()), (2, ""), "{err}");
    assert!(err.contains("--role `백엔드`는 직무가 아니에요"), "{err}");
    let (code, out, err) = import(
        d.path(),
        "ko_KR.UTF-8",
        &md,
        &["--role", "backend", "--lang", "ko", "-o", "k.yaml"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains(":4: <br> (HTML)"), "{out}");
    assert!(out.ends_with("2문항을 썼어요(건너뜀 1개, 합침 0개): k.yaml. 핵심 포인트 피드백을 받으려면 key_points를 더해 주세요\n"), "{out}");
}
