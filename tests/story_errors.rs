//! Malformed stories: like banks, each error names the file, line, column
//! and what was expected, never echoes control characters, and a hostile
//! document is refused cheaply. English and Korean content.

use rehearse::story::{Story, parse};

fn errors_of(yaml: &str) -> Vec<String> {
    match parse("story.yaml", yaml.as_bytes()) {
        Ok(s) => panic!("expected an error for:\n{yaml}\ngot {s:?}"),
        Err(e) => e.iter().map(ToString::to_string).collect(),
    }
}

fn error_of(yaml: &str) -> String {
    let e = errors_of(yaml);
    assert_eq!(e.len(), 1, "one error expected for:\n{yaml}\n{e:#?}");
    e[0].clone()
}

const KEYS: &str =
    "`id`, `name`, `when`, `role`, `team`, `stack`, `tags`, `did`, `result`, `lesson`";

#[test]
fn malformed_stories_point_at_the_place() {
    let cases: &[(&str, &str, String)] = &[
        (
            "unknown project key",
            "projects:\n  - id: crawler\n    name: Crawler\n    colour: blue\n",
            format!("story.yaml:4:5: projects[0]: unknown key `colour`, expected one of the keys {KEYS}"),
        ),
        (
            "unknown Korean key",
            "projects:\n  - id: crawler\n    이름: 크롤러\n    name: 크롤러\n",
            format!("story.yaml:3:5: projects[0]: unknown key `이름`, expected one of the keys {KEYS}"),
        ),
        (
            "unknown top-level key",
            "project:\n  - id: crawler\n",
            "story.yaml:1:1: unknown key `project`, expected one of the keys `projects`".into(),
        ),
        (
            "missing id",
            "projects:\n  - name: 중고 거래 가격 크롤러\n",
            "story.yaml:2:5: projects[0]: missing key `id`: every project needs a stable id, a slug like `crawler`".into(),
        ),
        (
            "empty id",
            "projects:\n  - id:\n    name: Crawler\n",
            "story.yaml:2:7: projects[0].id: project id must not be empty: give the project a slug like `crawler`".into(),
        ),
        (
            "Korean id",
            "projects:\n  - id: 크롤러\n    name: 크롤러\n",
            "story.yaml:2:9: projects[0].id: project id `크롤러` must be a slug: lowercase letters, digits and dashes, like `crawler` or `price-crawler`".into(),
        ),
        (
            "id with capitals and a space",
            "projects:\n  - id: Price Crawler\n    name: Crawler\n",
            "story.yaml:2:9: projects[0].id: project id `Price Crawler` must be a slug: lowercase letters, digits and dashes, like `crawler` or `price-crawler`".into(),
        ),
        (
            "id with a dot",
            "projects:\n  - id: crawler.v2\n    name: Crawler\n",
            "story.yaml:2:9: projects[0].id: project id `crawler.v2` must be a slug: lowercase letters, digits and dashes, like `crawler` or `price-crawler`".into(),
        ),
        (
            "duplicate id",
            "projects:\n  - id: crawler\n    name: 크롤러\n  - id: crawler\n    name: 두 번째 크롤러\n",
            "story.yaml:4:9: projects[1].id: duplicate project id `crawler` (first at line 2): ids must be unique in a story".into(),
        ),
        (
            "missing name",
            "projects:\n  - id: crawler\n    did: [EC2 8대로 분산]\n",
            "story.yaml:2:5: projects[0]: missing key `name`: every project needs a name, like `Price crawler (capstone)`".into(),
        ),
        (
            "empty name",
            "projects:\n  - id: crawler\n    name: \"  \"\n",
            "story.yaml:3:11: projects[0].name: name must not be empty".into(),
        ),
        (
            "name left blank",
            "projects:\n  - id: crawler\n    name:\n",
            "story.yaml:3:9: projects[0].name: name must not be empty".into(),
        ),
        (
            "name is a list",
            "projects:\n  - id: crawler\n    name: [a, b]\n",
            "story.yaml:3:11: projects[0].name: invalid type: sequence, expected the project's name".into(),
        ),
        (
            "team in words",
            "projects:\n  - id: crawler\n    name: Crawler\n    team: four\n",
            "story.yaml:4:11: projects[0].team: team must be a positive whole number (how many people, you included), not `four`".into(),
        ),
        (
            "team of zero",
            "projects:\n  - id: crawler\n    name: Crawler\n    team: 0\n",
            "story.yaml:4:11: projects[0].team: team must be a positive whole number (how many people, you included), not `0`".into(),
        ),
        (
            "negative team",
            "projects:\n  - id: crawler\n    name: Crawler\n    team: -2\n",
            "story.yaml:4:11: projects[0].team: team must be a positive whole number (how many people, you included), not `-2`".into(),
        ),
        (
            "fractional team",
            "projects:\n  - id: crawler\n    name: Crawler\n    team: 3.5\n",
            "story.yaml:4:11: projects[0].team: team must be a positive whole number (how many people, you included), not `3.5`".into(),
        ),
        (
            "team in Korean",
            "projects:\n  - id: crawler\n    name: 크롤러\n    team: 4명\n",
            "story.yaml:4:11: projects[0].team: team must be a positive whole number (how many people, you included), not `4명`".into(),
        ),
        (
            "team as a list",
            "projects:\n  - id: crawler\n    name: Crawler\n    team: [4]\n",
            "story.yaml:4:11: projects[0].team: invalid type: sequence, expected how many people were on the team".into(),
        ),
        (
            "stack as a string",
            "projects:\n  - id: crawler\n    name: Crawler\n    stack: AWS EC2, Redshift\n",
            "story.yaml:4:12: projects[0].stack: invalid type: string `AWS EC2, Redshift`, expected a list of technology names".into(),
        ),
        (
            "a stack item that is a mapping",
            "projects:\n  - id: crawler\n    name: Crawler\n    stack: [AWS, {cloud: EC2}]\n",
            "story.yaml:4:18: projects[0].stack[1]: invalid type: map, expected a technology name".into(),
        ),
        (
            "tags as a mapping",
            "projects:\n  - id: crawler\n    name: Crawler\n    tags: {cost: yes}\n",
            "story.yaml:4:11: projects[0].tags: invalid type: map, expected a list of tags".into(),
        ),
        (
            "did as one string",
            "projects:\n  - id: crawler\n    name: 크롤러\n    did: EC2 8대로 크롤러를 분산했습니다\n",
            "story.yaml:4:10: projects[0].did: invalid type: string `EC2 8대로 크롤러를 분산했습니다`, expected a list of facts, one `- ` line each".into(),
        ),
        (
            "an empty fact",
            "projects:\n  - id: crawler\n    name: Crawler\n    did:\n      - split the crawler over 8 EC2 instances\n      -\n",
            "story.yaml:6:8: projects[0].did[1]: a fact must not be empty: say what you did, with its numbers".into(),
        ),
        (
            "a blank quoted fact",
            "projects:\n  - id: crawler\n    name: 크롤러\n    did: [\"EC2 8대\", \" \"]\n",
            "story.yaml:4:21: projects[0].did[1]: a fact must not be empty: say what you did, with its numbers".into(),
        ),
        (
            "a fact that is a list",
            "projects:\n  - id: crawler\n    name: Crawler\n    did:\n      - [a, b]\n",
            "story.yaml:5:9: projects[0].did[0]: invalid type: sequence, expected a fact".into(),
        ),
        (
            "an empty result",
            "projects:\n  - id: crawler\n    name: Crawler\n    result: ''\n",
            "story.yaml:4:13: projects[0].result: result must not be empty".into(),
        ),
        (
            "projects as a mapping",
            "projects:\n  crawler:\n    name: Crawler\n",
            "story.yaml:2:3: projects: invalid type: map, expected a list of projects".into(),
        ),
        (
            "a project as a string",
            "projects:\n  - crawler\n",
            "story.yaml:2:5: projects[0]: invalid type: string `crawler`, expected a project: a mapping with `id` and `name`".into(),
        ),
        (
            "the list without `projects:`",
            "- id: crawler\n  name: Crawler\n",
            "story.yaml:1:1: invalid type: sequence, expected a mapping with `projects`, a list of your projects".into(),
        ),
        (
            "a duplicate key",
            "projects:\n  - id: crawler\n    name: A\n    name: B\n",
            "story.yaml:4:5: projects[0]: duplicate key `name`: each key may appear once".into(),
        ),
        (
            "tab indentation",
            "projects:\n\t- id: crawler\n",
            "story.yaml:2:1: found a tab; YAML indents with spaces, not tabs".into(),
        ),
        (
            "unclosed flow list",
            "projects:\n  - id: crawler\n    name: 크롤러\n    stack: [EC2, Redshift\n",
            "story.yaml:5:1: YAML syntax error: while parsing a flow sequence, expected ',' or ']'; the rest of the file was not checked".into(),
        ),
        (
            "a second document",
            "projects: []\n---\nprojects: []\n",
            "story.yaml:2:1: a second YAML document (`---`); a story is one document".into(),
        ),
    ];
    assert!(cases.len() >= 25);
    for (name, yaml, want) in cases {
        assert_eq!(&error_of(yaml), want, "case: {name}");
    }
}

#[test]
fn every_independent_error_is_reported_in_file_order() {
    let yaml = "projects:\n  - id: Crawler\n    name: 크롤러\n    team: 네 명\n    colour: blue\n  - id: shop\n    did: [\"\"]\n  - id: shop\n    name: Shop again\n    stack: Django\n";
    assert_eq!(
        errors_of(yaml),
        [
            "story.yaml:2:9: projects[0].id: project id `Crawler` must be a slug: lowercase letters, digits and dashes, like `crawler` or `price-crawler`".to_string(),
            "story.yaml:4:11: projects[0].team: team must be a positive whole number (how many people, you included), not `네 명`".into(),
            format!("story.yaml:5:5: projects[0]: unknown key `colour`, expected one of the keys {KEYS}"),
            "story.yaml:6:5: projects[1]: missing key `name`: every project needs a name, like `Price crawler (capstone)`".into(),
            "story.yaml:7:11: projects[1].did[0]: a fact must not be empty: say what you did, with its numbers".into(),
            "story.yaml:8:9: projects[2].id: duplicate project id `shop` (first at line 6): ids must be unique in a story".into(),
            "story.yaml:10:12: projects[2].stack: invalid type: string `Django`, expected a list of technology names".into(),
        ]
    );
}

#[test]
fn an_empty_document_or_an_empty_list_is_an_empty_story() {
    for yaml in [
        "",
        "\n",
        "# nothing written yet\n",
        "projects: []\n",
        "projects:\n",
        "~\n",
        "\u{FEFF}projects: []\n",
    ] {
        assert_eq!(
            parse("story.yaml", yaml.as_bytes()),
            Ok(Story::default()),
            "{yaml:?}"
        );
    }
}

#[test]
fn a_full_story_loads_in_both_languages() {
    let yaml = r#"projects:
  - id: crawler
    name: 중고 거래 가격 크롤러 (capstone)
    when: 2024-03..2024-06
    role: backend / infra
    team: 4
    stack: [AWS EC2, Redshift, IAM, Python, Airflow]
    tags: [cost, " "]
    did:
      - 크롤러를 EC2 8대로 분산해 6시간 → 1.5시간
      - set Redshift cost alarms; cut the monthly bill by 40%
    result: 200만 건의 일일 가격 테이블
    lesson: >
      next time an IAM role
      and a launch template
  - id: team-conflict
    name: Code review conflict
    team: "5"
"#;
    let story = parse("story.yaml", yaml.as_bytes()).unwrap();
    assert_eq!(story.projects.len(), 2);
    let p = &story.projects[0];
    assert_eq!(p.did[0], "크롤러를 EC2 8대로 분산해 6시간 → 1.5시간");
    assert_eq!(p.tags, ["cost"], "blank tags are left out");
    assert_eq!(p.result.as_deref(), Some("200만 건의 일일 가격 테이블"));
    assert_eq!(
        p.lesson.as_deref(),
        Some("next time an IAM role and a launch template")
    );
    let q = &story.projects[1];
    assert_eq!(
        (q.team, q.did.len(), q.result.as_deref()),
        (Some(5), 0, None)
    );
    assert_eq!(story.facts().count(), 3);
}

#[test]
fn control_characters_are_never_echoed() {
    // A raw ESC is refused by the reader, at its place.
    let raw = "projects:\n  - id: crawler\n    name: x\x1b[31m\n";
    assert_eq!(
        error_of(raw),
        "story.yaml:3:12: control characters are not allowed"
    );
    // An escaped one in a quoted id is shown as a replacement character.
    let e = error_of("projects:\n  - id: \"a\\e[2Jb\"\n    name: x\n");
    assert!(!e.contains('\u{1b}'), "{e:?}");
    assert!(
        e.starts_with("story.yaml:2:9: projects[0].id: project id `a\u{FFFD}[2Jb`"),
        "{e}"
    );
    // An unknown key with an escape in it.
    let e = error_of("projects:\n  - id: a\n    name: x\n    \"k\\u009b2J\": 1\n");
    assert!(!e.chars().any(|c| c.is_control()), "{e:?}");
    // And in a story that loads, no escape survives in any field.
    let ok = "projects:\n  - id: a\n    name: \"x\\e]0;owned\\ay\"\n    did: [\"8 EC2\\u202e\"]\n    stack: [\"\\e[2J\"]\n    lesson: \"\\x9b\"\n";
    let story = parse("story.yaml", ok.as_bytes()).unwrap();
    let p = &story.projects[0];
    for text in [&p.name, &p.did[0], &p.stack[0], p.lesson.as_ref().unwrap()] {
        assert!(!text.chars().any(rehearse::text::is_dangerous), "{text:?}");
    }
}

#[test]
fn invalid_utf8_is_located() {
    let bytes = b"projects:\n  - id: crawler\n    name: \xed\x81\xac\xeb\xa1\n";
    let e = parse("story.yaml", bytes).unwrap_err();
    assert_eq!(
        e[0].to_string(),
        "story.yaml:3:12: the file is not valid UTF-8 text"
    );
}

#[test]
fn an_oversized_story_is_refused_before_parsing() {
    let mut big = String::from("projects:\n");
    while big.len() <= 1024 * 1024 {
        // Every project repeats the id: parsed, it would be an error each.
        big.push_str("  - id: same\n    name: 이 프로젝트는 파싱되면 중복 id입니다\n");
    }
    assert_eq!(
        errors_of(&big),
        [format!(
            "story.yaml:1:1: the story is {} bytes; stories over 1 MiB (1048576 bytes) are refused",
            big.len()
        )]
    );
}

#[test]
fn story_bombs_are_refused_at_their_place() {
    const HEAD: &str = "projects:\n  - id: a\n    name: A\n";
    let nested = "lists and mappings nest deeper than 32 levels; a story needs at most 4";
    let expands = "aliases expand the story past 1024 KiB; write the text out, or share less";
    let alias = |size: usize, n: usize| {
        format!(
            "{HEAD}    stack: [&x {}]\n    did: [{}]\n",
            "x".repeat(size),
            vec!["*x"; n].join(",")
        )
    };
    let cases: Vec<(&str, String, String)> = vec![
        (
            "flow 200,000 deep",
            format!(
                "{HEAD}    did: {}{}\n",
                "[".repeat(200_000),
                "]".repeat(200_000)
            ),
            format!("story.yaml:4:265: {nested}"),
        ),
        (
            "block dashes 200,000 deep",
            format!("{HEAD}    did:\n      {}x\n", "- ".repeat(200_000)),
            format!("story.yaml:5:65: {nested}"),
        ),
        (
            "500 KB anchor, 150,000 aliases",
            alias(500_000, 150_000),
            format!("story.yaml:5:17: {expands}"),
        ),
    ];
    for (name, yaml, want) in cases {
        assert!(yaml.len() < 1024 * 1024, "{name} is {} bytes", yaml.len());
        assert_eq!(errors_of(&yaml), [want], "case: {name}");
    }
}
