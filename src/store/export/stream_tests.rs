//! The streamed export and import against the in-memory ones: the same
//! bytes out, the same rows in, the same summary, the same refusals.

use super::tests::{T0, attempt, with_mocks};
use super::*;

/// `with_mocks` and more: Korean text and terminal controls, two roles,
/// talking points, a schedule without answers and answers without one,
/// review-log entries, settings and a story.
fn varied() -> Store {
    let store = with_mocks();
    let mut a = attempt("k1", "캐시", "s1", T0 + Span::from_days(2));
    a.text = "제가 TTL을 \u{1b}[31m5분\u{7}으로 \"두고\"\n\t\u{202e}무효화했습니다 \\ 끝".into();
    a.rating = Some(3);
    a.session_id = None;
    store.insert_attempt(&a).unwrap();
    let mut b = attempt("k0", "캐시", "s1", T0 + Span::from_days(2));
    b.started_at = a.started_at;
    store.insert_attempt(&b).unwrap();
    let mut fe = attempt("f1", "dom", "s2", T0 + Span::from_days(3));
    (fe.bank_id, fe.role) = ("frontend-en".into(), "frontend".into());
    store.start_session("s2", "practice", T0).unwrap();
    store.insert_attempt(&fe).unwrap();
    let card = |bank: &str, q: &str, role: &str| Card {
        bank_id: bank.into(),
        question_id: q.into(),
        role: role.into(),
        prompt: format!("{q}, 설명해 주세요"),
        state: "review".into(),
        due: T0 + Span::from_days(4),
        stability: 3.17,
        difficulty: 0.1 + 0.2,
        reps: 2,
        lapses: 1,
        last_review: T0,
    };
    let review = |bank: &str, q: &str, at: Instant| ReviewEntry {
        bank_id: bank.into(),
        question_id: q.into(),
        reviewed_at: at,
        rating: 2,
        state: "new".into(),
        elapsed_days: 0.5,
        scheduled_days: 1e-7,
        attempt_id: Some("k1".into()),
    };
    let log = review("backend-ko", "캐시", T0 + Span::from_days(1));
    store
        .record_card(&card("backend-ko", "캐시", "backend"), &log)
        .unwrap();
    let log = review("backend-ko", "캐시", T0);
    store
        .record_card(&card("backend-ko", "캐시", "backend"), &log)
        .unwrap();
    let log = review("a-bank", "never answered", T0);
    store
        .record_card(&card("a-bank", "never answered", "backend"), &log)
        .unwrap();
    let key = |b: &str, q: &str| QuestionKey::new(b, q);
    store
        .set_talking_points(&key("backend-ko", "캐시"), "TTL, 쓰기 무효화", T0)
        .unwrap();
    store
        .set_talking_points(&key("z-bank", "only points"), "\u{9b}2J 요점", T0)
        .unwrap();
    store.set_setting("new_limit", "10").unwrap();
    store.set_setting("언어", "ko").unwrap();
    store
        .set_story_yaml("projects:\n  - id: crawler\n    name: 가격 크롤러\n", T0)
        .unwrap();
    store
}

fn streamed_export(store: &Store, role: Option<&str>) -> String {
    let mut out = Vec::new();
    store.export_to(role, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

fn in_memory_export(store: &Store, role: Option<&str>) -> String {
    crate::text::json_pretty(&store.export(role).unwrap()).unwrap() + "\n"
}

#[test]
fn the_streamed_export_is_the_in_memory_one_byte_for_byte() {
    let store = varied();
    for role in [None, Some("backend"), Some("frontend"), Some("nobody")] {
        let streamed = streamed_export(&store, role);
        assert_eq!(streamed, in_memory_export(&store, role), "{role:?}");
    }
    let all = streamed_export(&store, None);
    assert!(
        all.contains("\\u001b[31m5분\\u0007") && all.contains("\\u202e"),
        "{all}"
    );
    assert!(all.contains("\"story\"") && all.contains("\"m2\""), "{all}");
    let empty = Store::in_memory().unwrap();
    assert_eq!(
        streamed_export(&empty, None),
        in_memory_export(&empty, None)
    );
}

/// The import the CLI runs: a first reading, the story vetted, a second
/// reading written; or the error the user sees.
fn streamed_import(text: &str, store: &mut Store) -> Result<ImportSummary, String> {
    let open = || Ok(text.as_bytes());
    let mut scan = scan_export(open, "in.json").map_err(|e| e.to_string())?;
    crate::story::vet_import(&mut scan.doc);
    let (rows, mut told) = (scan.rows, 0);
    let sum = store
        .import_stream(scan, open, "in.json", &mut |n| told = n)
        .map_err(|e| e.to_string())?;
    assert_eq!(told, rows, "the bar ends full");
    Ok(sum)
}

/// The import as it was: the document parsed whole by the derived
/// `Deserialize` of its version, then imported.
fn in_memory_import(text: &str, store: &mut Store) -> Result<ImportSummary, String> {
    let top: Option<serde_json::Value> = serde_json::from_str(text).ok();
    let v1 = top.is_some_and(|v| v["version"] == 1);
    let parsed = if v1 {
        serde_json::from_str::<ExportDocV1>(text).map(upgrade_v1)
    } else {
        serde_json::from_str::<ExportDoc>(text)
    };
    let mut doc = parsed.map_err(|e| {
        let place = format!("in.json:{}:{}", e.line(), e.column());
        let reason = crate::text::one_line(&e.to_string());
        format!(
            "{place}: {}",
            crate::t!("store-export-syntax", reason = reason)
        )
    })?;
    crate::story::vet_import(&mut doc);
    store.import(&doc, "in.json").map_err(|e| e.to_string())
}

/// Both imports of `text` into a copy of `base`: the same outcome, and the
/// same data after.
fn same_import(text: &str, base: fn() -> Store) -> Result<ImportSummary, String> {
    let (mut one, mut two) = (base(), base());
    let streamed = streamed_import(text, &mut one);
    assert_eq!(streamed, in_memory_import(text, &mut two), "{text}");
    assert_eq!(streamed_export(&one, None), streamed_export(&two, None));
    streamed
}

fn empty() -> Store {
    Store::in_memory().unwrap()
}

#[test]
fn the_streamed_import_writes_and_counts_what_the_in_memory_one_does() {
    let export = streamed_export(&varied(), None);
    let sum = same_import(&export, empty).unwrap();
    assert_eq!(
        (sum.questions, sum.attempts_added, sum.mocks_added),
        (6, 5, 2)
    );
    assert_eq!(sum.story, Some(StoryMerge::Taken));
    let mut fresh = empty();
    streamed_import(&export, &mut fresh).unwrap();
    assert_eq!(streamed_export(&fresh, None), export, "the round trip");
    let quick = |text: &str| {
        scan_export(|| Ok(text.as_bytes()), "in.json")
            .unwrap()
            .quick
    };
    assert!(quick(&export), "an export is read quickly");
    // A report nested deeper than the quick reading goes: read carefully,
    // the same.
    let mut deep: serde_json::Value = serde_json::from_str(&export).unwrap();
    let mut report = serde_json::json!({"end": [1.5, "끝"]});
    for i in 0..40 {
        report = serde_json::json!({ format!("k{i}"): [report] });
    }
    deep["mocks"][0]["report"] = report;
    let deep = crate::text::json_pretty(&deep).unwrap();
    assert!(!quick(&deep));
    let sum = same_import(&deep, empty).unwrap();
    assert_eq!(sum.mocks_added, 2);
    // Into a store that has it all already, and into one that has a part.
    let again = same_import(&export, varied).unwrap();
    assert_eq!((again.attempts_added, again.attempts_present), (0, 5));
    same_import(&export, with_mocks).unwrap();
    // Keys in another order (the version after the questions), compact.
    let value: serde_json::Value = serde_json::from_str(&export).unwrap();
    same_import(&value.to_string(), empty).unwrap();
}

#[test]
fn a_broken_export_is_refused_with_the_same_words_and_nothing_is_written() {
    let export = streamed_export(&varied(), None);
    let first_question = "\"questions\": [\n    {";
    assert!(export.contains(first_question));
    let broken = [
        export.replacen("\"settings\"", "\"extra\": 1,\n  \"settings\"", 1),
        export.replacen("\"settings\"", "\"settings\": {},\n  \"settings\"", 1),
        export.replacen("\"mocks\"", "\"not mocks\"", 1),
        export.replacen("\"attempts\"", "\"tries\"", 1),
        export.replacen(first_question, "\"questions\": {", 1),
        export.replacen("\"duration_ms\": ", "\"duration_ms\": \"x\", ", 1),
        export.replacen("\"rating\": 3", "\"rating\": 300", 1),
        export.replacen("\"rating\": 3", "\"rating\": 7", 1),
        export.replacen("T11:", "at 11:", 1),
        export.replacen("\"review\"", "\"review\", \"state\": \"x\"", 1),
        export[..export.len() / 2].to_string(),
        format!("{export} trailing"),
        // A question that cannot be imported early, a syntax error late.
        export
            .replacen("\"rating\": 3", "\"rating\": 7", 1)
            .replace("\"story\"", "\"story\" 1"),
        export.replacen("\"position\": 3", "\"position\": 30", 1),
        // A bad question after a bad mock in the file: the question is told.
        {
            let mut v: serde_json::Value = serde_json::from_str(&export).unwrap();
            v["questions"][1]["bank_id"] = "".into();
            v["mocks"][0]["position"] = 30.into();
            v.to_string()
        },
    ];
    for text in &broken {
        let err = same_import(text, varied).unwrap_err();
        assert!(err.starts_with("in.json"), "{err}");
        let mut fresh = empty();
        assert!(streamed_import(text, &mut fresh).is_err());
        assert_eq!(
            streamed_export(&fresh, None),
            streamed_export(&empty(), None)
        );
    }
    let v1 = export.replacen("\"version\": 2", "\"version\": 1", 1);
    let err = same_import(&v1, empty).unwrap_err();
    assert!(err.contains("unknown field `mocks`"), "{err}");
    // A story saved at no time is left out (and told), the rest imported.
    let story = export.replacen("\"updated_at\": \"2026", "\"updated_at\": \"later 2026", 1);
    assert_eq!(same_import(&story, empty).unwrap().story, None);
}

#[test]
fn a_file_that_changes_between_the_two_readings_is_checked_again_and_writes_nothing() {
    let export = streamed_export(&varied(), None);
    let changed = {
        let mut v: serde_json::Value = serde_json::from_str(&export).unwrap();
        v["questions"][4]["attempts"] = serde_json::json!([{"started_at": "now"}]);
        v.to_string()
    };
    for (second, want) in [
        (changed.as_str(), "in.json:1:"),
        (&export[..export.len() - 40], "in.json:"),
        (
            &export.replacen("\"rating\": 3", "\"rating\": 9", 1),
            "in.json: questions[",
        ),
    ] {
        let first = || Ok(export.as_bytes());
        let scan = scan_export(first, "in.json").unwrap();
        let mut fresh = empty();
        let err = fresh
            .import_stream(scan, || Ok(second.as_bytes()), "in.json", &mut |_| {})
            .unwrap_err()
            .to_string();
        assert!(err.starts_with(want), "{err}");
        assert_eq!(fresh.attempt_count().unwrap(), 0);
        assert_eq!(
            streamed_export(&fresh, None),
            streamed_export(&empty(), None)
        );
    }
}

#[test]
fn the_second_reading_refuses_in_the_language_of_the_import() {
    let _ko = crate::i18n::scoped(crate::i18n::Lang::Ko);
    let export = streamed_export(&varied(), None);
    let scan = scan_export(|| Ok(export.as_bytes()), "in.json").unwrap();
    let bad = export.replacen("\"rating\": 3", "\"rating\": 9", 1);
    let err = empty()
        .import_stream(scan, || Ok(bad.as_bytes()), "in.json", &mut |_| {})
        .unwrap_err()
        .to_string();
    assert!(err.ends_with(&crate::t!("store-export-rating")), "{err}");
    assert!(err.contains("사이여야"), "{err}");
}
