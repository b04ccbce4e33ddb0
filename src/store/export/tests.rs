//! The export's versions and its mock interviews: read, merged, written
//! back the same.

use super::*;
use crate::model::{AskedBecause, MockItem, MockRecord, Round, Segment};

pub(super) const T0: Instant = Instant::from_ms(1_795_000_000_000);

fn item(q: &str, segment: Segment) -> MockItem {
    MockItem::planned(QuestionKey::new("backend-ko", q), segment, 120)
}

pub(super) fn attempt(id: &str, q: &str, mock: &str, at: Instant) -> Attempt {
    Attempt {
        id: id.into(),
        bank_id: "backend-ko".into(),
        question_id: q.into(),
        role: "backend".into(),
        prompt: format!("{q}?"),
        started_at: at - Span::from_secs(40),
        submitted_at: at,
        duration_ms: Span::from_secs(40),
        text: format!("answer to {q}"),
        rating: None,
        mode: "mock".into(),
        time_limit_s: 120,
        session_id: Some(mock.into()),
    }
}

/// A store with a mock that was started, answered (with a follow-up) and
/// finished with a report, and one left open after its first answer.
pub(super) fn with_mocks() -> Store {
    let store = Store::in_memory().unwrap();
    let mut done = MockRecord {
        id: "m1".into(),
        role: "backend".into(),
        language: "ko".into(),
        round: Round::Technical,
        minutes: 30,
        started_at: T0,
        finished_at: None,
        elapsed_ms: Span::ZERO,
        items: vec![
            item("cache", Segment::Technical),
            item("bye", Segment::Closing),
        ],
        position: 0,
        report: None,
    };
    store.start_mock(&done).unwrap();
    store
        .insert_attempt(&attempt("a1", "cache", "m1", T0 + Span::from_secs(50)))
        .unwrap();
    done.items[0].attempt_id = Some("a1".into());
    done.items.insert(
        1,
        MockItem {
            follow_up_of: Some(0),
            because: Some(AskedBecause::Mentioned("redis".into())),
            time_limit_s: 60,
            ..item("cache.follow-up-2", Segment::Technical)
        },
    );
    done.position = 1;
    done.elapsed_ms = Span::from_secs(50);
    store.save_mock_progress(&done).unwrap();
    done.items[1].passed = true;
    done.position = 3;
    store
        .finish_mock(&done, REPORT, T0 + Span::from_mins(25))
        .unwrap();

    let mut open = MockRecord {
        id: "m2".into(),
        round: Round::Culture,
        minutes: 20,
        started_at: T0 + Span::from_days(1),
        items: vec![
            item("why", Segment::Motivation),
            item("bye", Segment::Closing),
        ],
        ..done.clone()
    };
    open.finished_at = None;
    open.report = None;
    open.position = 0;
    open.items.iter_mut().for_each(|i| i.attempt_id = None);
    store.start_mock(&open).unwrap();
    open.items[0].attempt_id = Some("a2".into());
    open.position = 1;
    store
        .insert_attempt(&attempt(
            "a2",
            "why",
            "m2",
            open.started_at + Span::from_secs(30),
        ))
        .unwrap();
    store.save_mock_progress(&open).unwrap();
    store
}

/// Keys not in order and a float that a parse and print could change.
const REPORT: &str =
    r#"{"version":1,"changes":["say what you did \u001b[2J"],"per_minute":0.30000000000000004}"#;

fn pretty(doc: &ExportDoc) -> String {
    crate::text::json_pretty(doc).unwrap()
}

#[test]
fn mocks_round_trip_with_their_sessions_and_reports() {
    let store = with_mocks();
    let doc = store.export(None).unwrap();
    assert_eq!(doc.version, 2);
    let ids: Vec<&str> = doc.mocks.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["m1", "m2"], "oldest first");
    let m1 = &doc.mocks[0];
    assert_eq!(m1.started_at, "2026-11-18T11:06:40.000Z");
    assert_eq!(m1.finished_at.as_deref(), Some("2026-11-18T11:31:40.000Z"));
    assert_eq!(m1.report.as_ref().unwrap().json(), REPORT, "as saved");
    assert_eq!(doc.mocks[1].finished_at, None);
    assert_eq!(doc.mocks[1].report, None);

    let mut fresh = Store::in_memory().unwrap();
    let sum = fresh.import(&doc, "x.json").unwrap();
    assert_eq!((sum.mocks_added, sum.mocks_present), (2, 0));
    assert_eq!(pretty(&fresh.export(None).unwrap()), pretty(&doc));
    assert_eq!(fresh.mock("m2").unwrap(), store.mock("m2").unwrap());
    let back = fresh.mock("m1").unwrap().unwrap();
    assert_eq!(back.report.as_deref(), Some(REPORT), "byte for byte");

    // The open one is offered back where it stopped; the finished one is
    // the last session, with its one answer.
    let open = fresh.open_sessions().unwrap();
    assert_eq!(open.len(), 1);
    assert_eq!(
        (open[0].id.as_str(), open[0].mode.as_str(), open[0].position),
        ("m2", "mock", 1)
    );
    assert_eq!(open[0].queue.len(), 2);
    let last = fresh.last_session().unwrap().unwrap();
    assert_eq!((last.id.as_str(), last.questions), ("m1", 1));
    assert_eq!(last.finished_at, Some(T0 + Span::from_mins(25)));
    assert_eq!(fresh.session_attempts("m2").unwrap().len(), 1);
}

#[test]
fn a_mock_already_here_is_kept_as_it_is() {
    let store = with_mocks();
    let mut doc = store.export(None).unwrap();
    doc.mocks[0].role = "frontend".into();
    doc.mocks[1].position = 2;
    let mut target = with_mocks();
    let sum = target.import(&doc, "x.json").unwrap();
    assert_eq!((sum.mocks_added, sum.mocks_present), (0, 2));
    assert_eq!(target.mock("m1").unwrap().unwrap().role, "backend");
    assert_eq!(target.open_sessions().unwrap()[0].position, 1);
}

#[test]
fn the_role_filter_keeps_that_roles_mocks() {
    let store = with_mocks();
    assert_eq!(store.export(Some("backend")).unwrap().mocks.len(), 2);
    assert!(store.export(Some("frontend")).unwrap().mocks.is_empty());
}

#[test]
fn a_report_that_is_not_just_a_json_object_is_kept_as_its_text() {
    for (saved, exported) in [
        ("{\"cut off", r#""{\"cut off""#),
        (" {\"a\": 1}\n", r#"" {\"a\": 1}\n""#),
        ("[1]", r#""[1]""#),
    ] {
        let store = Store::in_memory().unwrap();
        let mut m = with_mocks().mock("m1").unwrap().unwrap();
        m.report = None;
        store.start_mock(&m).unwrap();
        store
            .finish_mock(&m, saved, T0 + Span::from_mins(9))
            .unwrap();
        let doc = store.export(None).unwrap();
        assert_eq!(doc.mocks[0].report.as_ref().unwrap().json(), exported);
        let mut fresh = Store::in_memory().unwrap();
        fresh.import(&doc, "x.json").unwrap();
        let back = fresh.mock("m1").unwrap().unwrap();
        assert_eq!(back.report.as_deref(), Some(saved));
        assert_eq!(pretty(&fresh.export(None).unwrap()), pretty(&doc));
    }
}

#[test]
fn a_bad_mock_is_refused_naming_it_and_nothing_is_written() {
    let doc = with_mocks().export(None).unwrap();
    type Spoil = fn(&mut ExportMock);
    let cases: [(Spoil, &str); 5] = [
        (
            |m| m.started_at = "yesterday".into(),
            "must be RFC 3339 times",
        ),
        (|m| m.position = 9, "position 9 is past its 3 items"),
        (
            |m| m.items[1].follow_up_of = Some(1),
            "items[1].follow_up_of must name an earlier item",
        ),
        (
            |m| m.report = serde_json::from_str("[1, 2]").unwrap(),
            "report must be a JSON object or null",
        ),
        (|m| m.id.clear(), "id must not be empty"),
    ];
    for (spoil, want) in cases {
        let mut bad = doc.clone();
        spoil(&mut bad.mocks[0]);
        let mut fresh = Store::in_memory().unwrap();
        let err = fresh.import(&bad, "in.json").unwrap_err().to_string();
        assert!(err.starts_with("in.json: mocks[0] ("), "{err}");
        assert!(err.contains(want), "{want}: {err}");
        assert_eq!(fresh.attempt_count().unwrap(), 0);
        assert!(fresh.all_mocks().unwrap().is_empty());
    }
}

fn v1_doc() -> serde_json::Value {
    serde_json::json!({
        "format": "rehearse-export", "version": 1, "settings": {"new_limit": "10"},
        "questions": [{
            "bank_id": "backend-ko", "question_id": "cache", "role": "backend", "prompt": "cache?",
            "talking_points": null,
            "attempts": [{"id": "a1", "role": "backend", "prompt": "cache?",
                "started_at": "2026-11-20T01:00:00.000Z", "submitted_at": "2026-11-20T01:01:30.500Z",
                "duration_ms": 90500, "text": "캐시", "rating": 3, "mode": "practice",
                "time_limit_s": 120, "session_id": null}],
            "schedule": null, "review_log": []
        }]
    })
}

#[test]
fn a_version_1_export_is_read_as_version_2_with_no_mocks() {
    let v1 = v1_doc();
    let doc = read_export(v1.to_string().as_bytes(), "old.json").unwrap();
    assert_eq!((doc.version, doc.mocks.len()), (2, 0));
    let old: ExportDocV1 = serde_json::from_value(v1).unwrap();
    assert_eq!(doc.questions, old.questions);
    assert_eq!(doc.settings, old.settings);
    assert_eq!(doc, upgrade_v1(old));
    let mut store = Store::in_memory().unwrap();
    assert_eq!(store.import(&doc, "old.json").unwrap().attempts_added, 1);
}

#[test]
fn each_version_is_held_to_its_own_shape() {
    // Version 1 had no mock interviews; version 2 always says what it has.
    let mut v1 = v1_doc();
    v1["mocks"] = serde_json::json!([]);
    let err = read_export(v1.to_string().as_bytes(), "old.json").unwrap_err();
    assert!(err.to_string().contains("unknown field `mocks`"), "{err}");
    let mut v2 = v1_doc();
    v2["version"] = 2.into();
    let err = read_export(v2.to_string().as_bytes(), "new.json").unwrap_err();
    assert!(err.to_string().contains("missing field `mocks`"), "{err}");
    let doc = with_mocks().export(None).unwrap();
    let again = read_export(pretty(&doc).as_bytes(), "new.json").unwrap();
    assert_eq!(again, doc);
}

#[test]
fn a_version_this_rehearse_does_not_read_is_refused_by_name() {
    let refused = |version: serde_json::Value| {
        let mut doc = v1_doc();
        doc["version"] = version;
        // A later version may hold fields this one has never heard of.
        doc["interviews"] = serde_json::json!({"new": true});
        read_export(doc.to_string().as_bytes(), "later.json")
            .unwrap_err()
            .to_string()
    };
    assert_eq!(
        refused(3.into()),
        "later.json: export version 3 is newer than this rehearse reads (versions 1 to 2); upgrade rehearse to import it"
    );
    assert_eq!(
        refused(0.into()),
        "later.json: export version 0 is not one rehearse writes (this one reads versions 1 to 2)"
    );
    // The version is read before the rest, as far as the rest goes.
    let cut = r#"{"format": "rehearse-export", "version": 3, "questions": {"a shape": "#;
    let err = read_export(cut.as_bytes(), "later.json").unwrap_err();
    assert!(err.to_string().contains("version 3 is newer"), "{err}");
    let err = refused(serde_json::Value::Null);
    assert!(err.contains("has no `version`"), "{err}");
    let err = refused("2".into());
    assert!(err.starts_with("later.json:1:"), "{err}");
}

#[test]
fn something_else_is_not_an_export() {
    let err = |text: &str| {
        read_export(text.as_bytes(), "x.json")
            .unwrap_err()
            .to_string()
    };
    assert_eq!(
        err(r#"{"format": "anki", "version": 1}"#),
        "x.json: not a rehearse export (format is `anki`, expected `rehearse-export`)"
    );
    assert!(err(r#"{"version": 1}"#).contains("it has no `format`"));
    let cut = err("{\n  \"format\": \"rehearse-export\",\n  \"version\": 2,\n  \"questions\": [");
    assert!(cut.starts_with("x.json:4:"), "{cut}");
    assert!(cut.contains("not a valid rehearse export"), "{cut}");
}

const STORY: &str =
    "projects:\n  - id: crawler\n    name: 가격 크롤러\n    did: [EC2 8대로 분산]\n";

#[test]
fn the_story_round_trips_and_the_later_of_two_different_ones_is_kept() {
    let store = with_mocks();
    assert!(
        !pretty(&store.export(None).unwrap()).contains("\"story\""),
        "no story, no key: an export without one writes back the same"
    );
    store.set_story_yaml(STORY, T0).unwrap();
    let doc = store.export(Some("frontend")).unwrap();
    assert_eq!(
        doc.story,
        Some(ExportStory {
            yaml: STORY.into(),
            updated_at: "2026-11-18T11:06:40.000Z".into()
        }),
        "the story is yours, whatever the role"
    );
    let doc = store.export(None).unwrap();
    let mut fresh = Store::in_memory().unwrap();
    assert_eq!(
        fresh.import(&doc, "x.json").unwrap().story,
        Some(StoryMerge::Taken)
    );
    assert_eq!(pretty(&fresh.export(None).unwrap()), pretty(&doc));
    assert_eq!(
        fresh.import(&doc, "x.json").unwrap().story,
        Some(StoryMerge::Same)
    );

    let story = |yaml: &str, at: Instant| ExportDoc {
        story: Some(ExportStory {
            yaml: yaml.into(),
            updated_at: to_rfc3339(at),
        }),
        ..doc.clone()
    };
    let later = T0 + Span::from_days(1);
    let sum = fresh
        .import(&story("projects: []\n", later), "x.json")
        .unwrap();
    assert_eq!(
        sum.story,
        Some(StoryMerge::Imported {
            ours: T0,
            theirs: later
        })
    );
    assert_eq!(
        fresh.story_yaml().unwrap(),
        Some(("projects: []\n".into(), later))
    );
    for at in [T0, later] {
        let sum = fresh.import(&story(STORY, at), "x.json").unwrap();
        assert_eq!(
            sum.story,
            Some(StoryMerge::KeptOurs {
                ours: later,
                theirs: at
            })
        );
        assert_eq!(
            fresh.story_yaml().unwrap(),
            Some(("projects: []\n".into(), later))
        );
    }
    // A story with no time it was saved at refuses the import, like every
    // other time in it (`story::vet_import` takes such a story out first).
    let mut bad = story(STORY, later);
    bad.story.as_mut().unwrap().updated_at = "yesterday".into();
    let mut empty = Store::in_memory().unwrap();
    let err = empty.import(&bad, "in.json").unwrap_err().to_string();
    assert_eq!(err, "in.json: story.updated_at must be an RFC 3339 time");
    assert_eq!(empty.story_yaml().unwrap(), None);
}

#[test]
fn the_import_tells_its_progress_up_to_every_row_it_goes_through() {
    let store = with_mocks();
    let doc = store.export(None).unwrap();
    let rows = import_rows(&doc);
    assert!(rows >= 2, "the mocks' answers are rows: {rows}");
    let mut told = Vec::new();
    let mut fresh = Store::in_memory().unwrap();
    let sum = fresh
        .import_with_progress(&doc, "x.json", &mut |n| told.push(n))
        .unwrap();
    assert_eq!(told.len(), doc.questions.len(), "once a question");
    assert!(told.windows(2).all(|w| w[0] <= w[1]), "{told:?}");
    assert_eq!(told.last(), Some(&rows));
    assert_eq!(sum.attempts_added as u64, rows - sum.reviews_added as u64);
    // A second import, through the cached statements, finds every row present.
    let again = fresh.import(&doc, "x.json").unwrap();
    assert_eq!(again.attempts_added, 0);
    assert_eq!(again.attempts_present, sum.attempts_added);
    assert_eq!(pretty(&fresh.export(None).unwrap()), pretty(&doc));
}
