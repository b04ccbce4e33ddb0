//! Malformed banks: each error names the exact file, line, column and what
//! was expected, and never echoes control characters.

use rehearse::bank::{Origin, parse_bank};

fn error_of(yaml: &str) -> String {
    match parse_bank(
        "bad.yaml",
        "bad",
        yaml.as_bytes(),
        Origin::Bundled("bad.yaml".into()),
    ) {
        Ok(_) => panic!("expected an error for:\n{yaml}"),
        Err(e) => e.to_string(),
    }
}

const GOOD_Q: &str = "questions:\n  - id: a\n    prompt: One?\n";

#[test]
fn malformed_banks_point_at_the_place() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "unknown question key",
            "role: backend\nquestions:\n  - id: a\n    prompt: Hi?\n    colour: blue\n",
            "bad.yaml:5:5: questions[0]: unknown key `colour`, expected one of the keys `id`, `prompt`, `kind`, `level`, `tags`, `time_limit`, `key_points`, `follow_ups`, `notes`",
        ),
        (
            "unknown top-level key",
            "role: backend\nauthor: me\nquestions:\n  - id: a\n    prompt: Hi?\n",
            "bad.yaml:2:1: unknown key `author`, expected one of the keys `id`, `title`, `role`, `language`, `description`, `defaults`, `questions`",
        ),
        (
            "duplicate question id",
            "role: backend\nquestions:\n  - id: a\n    prompt: One?\n  - id: a\n    prompt: Two?\n",
            "bad.yaml:5:9: questions[1].id: duplicate question id `a` (first at line 3): ids must be unique in a bank",
        ),
        (
            "empty prompt",
            "role: backend\nquestions:\n  - id: a\n    prompt: \"   \"\n",
            "bad.yaml:4:13: questions[0].prompt: prompt must not be empty",
        ),
        (
            "missing prompt",
            "role: backend\nquestions:\n  - id: a\n",
            "bad.yaml:3:5: questions[0]: missing key `prompt`",
        ),
        (
            "missing role",
            "id: x\nquestions:\n  - id: a\n    prompt: One?\n",
            "bad.yaml:1:1: missing key `role`: every bank names the role it serves, like `role: backend`",
        ),
        (
            "bad time limit word",
            "role: backend\nquestions:\n  - id: a\n    prompt: One?\n    time_limit: soon\n",
            "bad.yaml:5:17: questions[0].time_limit: time_limit must be seconds or a duration like 90, \"90s\", \"2m\" or \"1m30s\", not `soon`",
        ),
        (
            "negative default time limit",
            "role: backend\ndefaults:\n  time_limit: -5\nquestions:\n  - id: a\n    prompt: One?\n",
            "bad.yaml:3:15: defaults.time_limit: time_limit must be between 1 second and 60 minutes",
        ),
        (
            "time limit over an hour",
            "role: backend\nquestions:\n  - id: a\n    prompt: One?\n    time_limit: 90m\n",
            "bad.yaml:5:17: questions[0].time_limit: time_limit must be between 1 second and 60 minutes",
        ),
        (
            "unknown kind",
            "role: backend\nquestions:\n  - id: a\n    prompt: One?\n    kind: trivia\n",
            "bad.yaml:5:11: questions[0].kind: unknown kind `trivia`; kind is one of technical, behavioral, experience, intro, closing",
        ),
        (
            "unknown level",
            "role: backend\nquestions:\n  - id: a\n    prompt: One?\n    level: expert\n",
            "bad.yaml:5:12: questions[0].level: unknown level `expert`; level is one of junior, mid, senior",
        ),
        (
            "role not a slug",
            "role: Back End\nquestions:\n  - id: a\n    prompt: One?\n",
            "bad.yaml:1:7: role: role `Back End` must be a slug: lowercase letters, digits and dashes, like `backend` or `data-engineering`",
        ),
        (
            "bad language",
            "role: backend\nlanguage: Korean\nquestions:\n  - id: a\n    prompt: One?\n",
            "bad.yaml:2:11: language: language `Korean` must be a language code like `en` or `ko`",
        ),
        (
            "key point with unknown key",
            "role: backend\nquestions:\n  - id: a\n    prompt: One?\n    key_points:\n      - text: t\n        matches: [a]\n",
            "bad.yaml:7:9: questions[0].key_points[0]: unknown key `matches`, expected one of the keys `text`, `match`",
        ),
        (
            "key point as a list",
            "role: backend\nquestions:\n  - id: a\n    prompt: One?\n    key_points:\n      - [a, b]\n",
            "bad.yaml:6:9: questions[0].key_points[0]: invalid type: sequence, expected a key point: a string, or a mapping with `text` and `match`",
        ),
        (
            "questions is a map",
            "role: backend\nquestions: {}\n",
            "bad.yaml:2:12: questions: invalid type: map, expected a list of questions",
        ),
        (
            "questions is empty",
            "role: backend\nquestions: []\n",
            "bad.yaml:2:12: questions: `questions` is empty; a bank needs at least one question",
        ),
        (
            "prompt is a list",
            "role: backend\nquestions:\n  - id: a\n    prompt: [a, b]\n",
            "bad.yaml:4:13: questions[0].prompt: invalid type: sequence, expected a prompt",
        ),
        (
            "unclosed flow list",
            "role: backend\nquestions:\n  - id: a\n    prompt: [unclosed\n",
            "bad.yaml:5:1: YAML syntax error: while parsing a flow sequence, expected ',' or ']'; the rest of the file was not checked",
        ),
        (
            "tab indentation",
            "role: backend\nquestions:\n\t- id: a\n",
            "bad.yaml:3:1: found a tab; YAML indents with spaces, not tabs",
        ),
        (
            "id with a space",
            "role: backend\nquestions:\n  - id: my question\n    prompt: One?\n",
            "bad.yaml:3:9: questions[0].id: question id `my question` must not contain spaces or control characters",
        ),
        (
            "follow-up with an unknown condition",
            "role: backend\nquestions:\n  - id: a\n    prompt: One?\n    follow_ups:\n      - ask: Why?\n        if_mention: [redis]\n",
            "bad.yaml:7:9: questions[0].follow_ups[0]: unknown key `if_mention`, expected one of the keys `ask`, `if_mentions`, `if_missing`",
        ),
        (
            "follow-up with both conditions",
            "role: backend\nquestions:\n  - id: a\n    prompt: One?\n    follow_ups:\n      - ask: Why?\n        if_mentions: [redis]\n        if_missing: [db]\n",
            "bad.yaml:6:9: questions[0].follow_ups[0]: a follow-up takes `if_mentions` or `if_missing`, not both: write two follow-ups",
        ),
        (
            "follow-up without ask",
            "role: backend\nquestions:\n  - id: a\n    prompt: One?\n    follow_ups:\n      - if_mentions: [redis]\n",
            "bad.yaml:6:9: questions[0].follow_ups[0]: a follow-up needs `ask`: the question to ask",
        ),
        (
            "follow-up with an empty ask",
            "role: backend\nquestions:\n  - id: a\n    prompt: One?\n    follow_ups:\n      - ask: \"  \"\n        if_missing: [retry]\n",
            "bad.yaml:6:14: questions[0].follow_ups[0]: a follow-up's `ask` must not be empty",
        ),
        (
            "follow-up condition not a list",
            "role: backend\nquestions:\n  - id: a\n    prompt: One?\n    follow_ups:\n      - ask: Why?\n        if_mentions: redis\n",
            "bad.yaml:7:22: questions[0].follow_ups[0].if_mentions: invalid type: string `redis`, expected a list of terms",
        ),
        (
            "follow-up condition with no terms",
            "role: backend\nquestions:\n  - id: a\n    prompt: One?\n    follow_ups:\n      - ask: Why?\n        if_missing: [\" \"]\n",
            "bad.yaml:7:21: questions[0].follow_ups[0]: `if_missing` needs at least one non-empty term",
        ),
        (
            "follow-up as a list",
            "role: backend\nquestions:\n  - id: a\n    prompt: One?\n    follow_ups:\n      - [a, b]\n",
            "bad.yaml:6:9: questions[0].follow_ups[0]: invalid type: sequence, expected a follow-up: a question, or a mapping with `ask` and `if_mentions` or `if_missing`",
        ),
        (
            "follow_ups is a string",
            "role: backend\nquestions:\n  - id: a\n    prompt: One?\n    follow_ups: Why?\n",
            "bad.yaml:5:17: questions[0].follow_ups: invalid type: string `Why?`, expected a list of follow-up questions",
        ),
        (
            "empty file",
            "\n",
            "bad.yaml:1:1: the bank is empty; expected a mapping with `role` and `questions`",
        ),
    ];
    assert!(cases.len() >= 15);
    for (name, yaml, want) in cases {
        assert_eq!(&error_of(yaml), want, "case: {name}");
    }
}

#[test]
fn control_characters_are_never_echoed() {
    // A raw ESC in the file is refused by the reader, at its place.
    let raw = "role: backend\nquestions:\n  - id: a\n    prompt: x\x1b[31m\n";
    let e = error_of(raw);
    assert_eq!(e, "bad.yaml:4:14: control characters are not allowed");
    // An escaped one inside a quoted id is shown as a replacement character.
    let esc = "role: backend\nquestions:\n  - id: \"a\\e[2Jb\"\n    prompt: x\n";
    let e = error_of(esc);
    assert!(!e.contains('\u{1b}'), "{e:?}");
    assert!(
        e.starts_with("bad.yaml:3:9: questions[0].id: question id `a\u{FFFD}[2Jb`"),
        "{e}"
    );
    // And in prompts that do load, the escape never survives.
    let ok = "role: backend\nquestions:\n  - id: a\n    prompt: \"x\\e]0;owned\\ay\"\n";
    let bank = parse_bank("ok.yaml", "ok", ok.as_bytes(), Origin::Bundled("ok".into())).unwrap();
    assert!(!bank.questions[0].prompt.chars().any(|c| c.is_control()));
}

#[test]
fn invalid_utf8_is_located() {
    let bytes = b"role: backend\nquestions:\n  - id: a\n    prompt: \xff\xfe\n";
    let e = parse_bank("bad.yaml", "bad", bytes, Origin::Bundled("b".into())).unwrap_err();
    assert_eq!(
        e.to_string(),
        "bad.yaml:4:13: the file is not valid UTF-8 text"
    );
}

#[test]
fn oversized_bank_is_refused_before_parsing() {
    let mut big = String::from("role: backend\nquestions:\n");
    while big.len() <= 1024 * 1024 {
        big.push_str("  - id: q\n    prompt: this would be a duplicate id if it were parsed\n");
    }
    let e = error_of(&big);
    assert!(e.starts_with("bad.yaml:1:1: the bank is "), "{e}");
    assert!(
        e.contains("banks over 1 MiB (1048576 bytes) are refused"),
        "{e}"
    );
}

#[test]
fn billion_laughs_fails_cleanly() {
    // Nine levels of nine-fold aliases: about 387 million strings if expanded.
    let mut doc = String::from(
        "role: backend\nquestions:\n  - id: a\n    prompt: One?\n    follow_ups: &l0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
    );
    for i in 1..10 {
        let prev = format!("*l{}", i - 1);
        let items = [prev.as_str(); 9].join(",");
        doc.push_str(&format!(
            "  - id: q{i}\n    prompt: p\n    tags: &l{i} [{items}]\n"
        ));
    }
    let e = error_of(&doc);
    assert!(e.starts_with("bad.yaml:"), "{e}");
}

#[test]
fn deep_nesting_fails_cleanly() {
    let deep = format!(
        "role: backend\nquestions:\n  - id: a\n    prompt: One?\n    notes: {}{}\n",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    // The parser refuses flow nesting past 255 levels, where it stops.
    let e = error_of(&deep);
    assert_eq!(
        e,
        "bad.yaml:5:267: lists and mappings nest deeper than 32 levels; a bank needs at most 6"
    );
    let deep_map = format!("{}x: 1{}", "{a: ".repeat(10_000), "}".repeat(10_000));
    let e = error_of(&deep_map);
    assert!(e.starts_with("bad.yaml:"), "{e}");
}

#[test]
fn conditional_follow_ups_load_beside_plain_ones() {
    use rehearse::bank::{AskWhen, FollowUp};
    let yaml = "role: backend\nquestions:\n  - id: a\n    prompt: One?\n    follow_ups:\n      - Plain?\n      - ask: Cache?\n        if_mentions: [redis, 캐시]\n      - ask: Retry?\n        if_missing: [retry]\n      - ask: Always?\n";
    let bank = parse_bank("b.yaml", "b", yaml.as_bytes(), Origin::Bundled("b".into())).unwrap();
    assert_eq!(
        bank.questions[0].follow_ups,
        vec![
            FollowUp::plain("Plain?"),
            FollowUp {
                ask: "Cache?".into(),
                when: AskWhen::Mentions(vec!["redis".into(), "캐시".into()]),
            },
            FollowUp {
                ask: "Retry?".into(),
                when: AskWhen::Missing(vec!["retry".into()]),
            },
            FollowUp::plain("Always?"),
        ]
    );
}

#[test]
fn good_minimal_bank_loads_with_defaults() {
    let bank = parse_bank(
        "my-bank.yaml",
        "my-bank",
        format!("role: backend\n{GOOD_Q}").as_bytes(),
        Origin::Bundled("x".into()),
    )
    .unwrap();
    assert_eq!(bank.id, "my-bank");
    assert_eq!(bank.language, "en");
    assert_eq!(bank.questions[0].time_limit, 120);
}

const HEAD: &str = "role: backend\nquestions:\n  - id: a\n    prompt: One?\n";

/// The bank bombs of issue 8, each refused at the place its bound is crossed.
#[test]
fn bank_bombs_are_refused_at_their_place() {
    let flow = |n: usize| format!("{HEAD}    tags: {}{}\n", "[".repeat(n), "]".repeat(n));
    let alias = |size: usize, n: usize| {
        format!(
            "role: backend\ndefaults:\n  tags: [&a {}]\nquestions:\n  - id: a\n    prompt: One?\n    tags: [{}]\n",
            "x".repeat(size),
            vec!["*a"; n].join(",")
        )
    };
    let indented: String = (0..1000)
        .map(|i| format!("{}-\n", " ".repeat(6 + i)))
        .collect();
    let nested = "lists and mappings nest deeper than 32 levels; a bank needs at most 6";
    let expands = "aliases expand the bank past 1024 KiB; write the text out, or share less";
    let cases: Vec<(&str, String, String)> = vec![
        (
            "flow 80,000 deep",
            flow(80_000),
            format!("bad.yaml:5:266: {nested}"),
        ),
        (
            "flow 200,000 deep",
            flow(200_000),
            format!("bad.yaml:5:266: {nested}"),
        ),
        (
            "block dashes 200,000 deep",
            format!("{HEAD}    tags:\n      {}x\n", "- ".repeat(200_000)),
            format!("bad.yaml:6:65: {nested}"),
        ),
        (
            "block indentation 1,000 deep",
            format!("{HEAD}    tags:\n{indented}"),
            format!("bad.yaml:35:36: {nested}"),
        ),
        (
            "flow mappings 100,000 deep",
            format!(
                "{HEAD}    notes: {}1{}\n",
                "{a: ".repeat(100_000),
                "}".repeat(100_000)
            ),
            format!("bad.yaml:5:128: {nested}"),
        ),
        (
            "500 KB anchor, 150,000 aliases",
            alias(500_000, 150_000),
            format!("bad.yaml:7:18: {expands}"),
        ),
        (
            "100 KB anchor, 9,000 aliases",
            alias(100_000, 9_000),
            format!("bad.yaml:7:42: {expands}"),
        ),
    ];
    for (name, yaml, want) in cases {
        assert!(yaml.len() < 1024 * 1024, "{name} is {} bytes", yaml.len());
        assert_eq!(error_of(&yaml), want, "case: {name}");
    }
}

#[test]
fn shared_anchors_still_load() {
    let yaml = "role: backend\ndefaults:\n  tags: &common [http, api]\nquestions:\n  - id: a\n    prompt: &p One?\n    key_points: &kp\n      - text: Same effect\n        match: [same, effect]\n  - id: b\n    prompt: *p\n    tags: *common\n    key_points: *kp\n";
    let bank = parse_bank(
        "ok.yaml",
        "ok",
        yaml.as_bytes(),
        Origin::Bundled("ok".into()),
    )
    .unwrap();
    assert_eq!(bank.questions[1].prompt, "One?");
    assert_eq!(bank.questions[1].tags, ["http", "api"]);
    assert_eq!(bank.questions[1].key_points, bank.questions[0].key_points);
}

#[test]
fn every_independent_error_is_reported_in_file_order() {
    let yaml = "role: backend\nauthor: me\nquestions:\n  - id: a\n    prompt: \"\"\n    colour: blue\n  - id: a\n    prompt: Two?\n    time_limit: soon\n  - id: c\n    prompt: Three?\n    kind: trivia\n    key_points: [[x]]\n";
    let errors = rehearse::bank::parse_bank_all(
        "bad.yaml",
        "bad",
        yaml.as_bytes(),
        Origin::Bundled("bad.yaml".into()),
    )
    .unwrap_err();
    let got: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    assert_eq!(
        got,
        [
            "bad.yaml:2:1: unknown key `author`, expected one of the keys `id`, `title`, `role`, `language`, `description`, `defaults`, `questions`",
            "bad.yaml:5:13: questions[0].prompt: prompt must not be empty",
            "bad.yaml:6:5: questions[0]: unknown key `colour`, expected one of the keys `id`, `prompt`, `kind`, `level`, `tags`, `time_limit`, `key_points`, `follow_ups`, `notes`",
            "bad.yaml:7:9: questions[1].id: duplicate question id `a` (first at line 4): ids must be unique in a bank",
            "bad.yaml:9:17: questions[1].time_limit: time_limit must be seconds or a duration like 90, \"90s\", \"2m\" or \"1m30s\", not `soon`",
            "bad.yaml:12:11: questions[2].kind: unknown kind `trivia`; kind is one of technical, behavioral, experience, intro, closing",
            "bad.yaml:13:18: questions[2].key_points[0]: invalid type: sequence, expected a key point: a string, or a mapping with `text` and `match`",
        ]
    );
}

#[test]
fn a_second_document_and_a_missing_anchor_are_located() {
    assert_eq!(
        error_of(&format!("{HEAD}---\nrole: x\n")),
        "bad.yaml:5:1: a second YAML document (`---`); a bank is one document"
    );
    assert_eq!(
        error_of(&format!("{HEAD}    tags: [*nope]\n")),
        "bad.yaml:5:12: YAML syntax error: while parsing node, found unknown anchor; the rest of the file was not checked"
    );
    assert_eq!(
        error_of(&format!("{HEAD}    tags: &x [*x]\n")),
        "bad.yaml:5:15: an alias inside the very thing its anchor names; a value cannot contain itself"
    );
}
