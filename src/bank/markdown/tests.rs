//! The reader on every document shape the issue names (fixtures under
//! tests/fixtures/markdown, written by us) and on odd input.

use super::*;

fn fixture(name: &str) -> Imported {
    let path = format!(
        "{}/tests/fixtures/markdown/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    read(&std::fs::read_to_string(path).expect("fixture"))
}

/// (line, prompt, tags, kind, has notes) of each question.
fn summary(out: &Imported) -> Vec<(usize, &str, Vec<&str>, Kind, bool)> {
    out.taken
        .iter()
        .map(|t| {
            let q = &t.question;
            (
                t.line,
                q.prompt.as_str(),
                q.tags
                    .iter()
                    .map(crate::bank::CompactString::as_str)
                    .collect(),
                q.kind,
                q.notes.is_some(),
            )
        })
        .collect()
}

fn prompts(out: &Imported) -> Vec<&str> {
    out.taken
        .iter()
        .map(|t| t.question.prompt.as_str())
        .collect()
}

fn notes(out: &Imported) -> Vec<Option<&str>> {
    out.taken
        .iter()
        .map(|t| t.question.notes.as_deref())
        .collect()
}

fn reasons(out: &Imported) -> Vec<(usize, Reason)> {
    out.skipped.iter().map(|s| (s.line, s.reason)).collect()
}

use Kind::*;

#[test]
fn a_table_of_contents_gives_way_to_the_headings_and_their_answers() {
    let out = fixture("toc-then-headings.md");
    assert_eq!(out.title.as_deref(), Some("Storage interview notes"));
    assert_eq!(
        summary(&out),
        [
            (8, "What is a write-ahead log?", vec![], Technical, true),
            (14, "Why do B-trees suit disks?", vec![], Technical, true),
        ]
    );
    assert_eq!(
        notes(&out)[0],
        Some(
            "Changes are appended to a log before the pages are touched.\n- the log is flushed first\n- pages follow later"
        )
    );
    assert_eq!(
        reasons(&out),
        [
            (1, Reason::Section),
            (3, Reason::Section),
            (4, Reason::Contents),
            (5, Reason::Contents),
            (6, Reason::Contents),
        ]
    );
    assert!(out.merged.is_empty());
}

#[test]
fn a_title_heading_over_a_question_paragraph_is_its_topic() {
    let out = fixture("title-then-question.md");
    assert_eq!(
        summary(&out),
        [
            (
                4,
                "What is a bounded context, and why draw one?",
                vec!["architecture", "bounded-contexts"],
                Technical,
                true
            ),
            (
                11,
                "스케줄러는 무엇을 기준으로 다음 프로세스를 고르나요?",
                vec!["architecture", "운영체제", "스케줄링-기법"],
                Technical,
                true
            ),
        ]
    );
    assert_eq!(notes(&out)[1], Some("우선순위와 대기 시간을 봐요."));
    assert!(reasons(&out).iter().all(|r| r.1 == Reason::Section));
}

#[test]
fn wrapped_bullets_imperatives_labels_and_code_after_a_question() {
    let out = fixture("answers-and-code.md");
    assert_eq!(
        prompts(&out),
        [
            "What does the event loop do when the call stack is empty and a timer has fired?",
            "Name 3 ways to make a page load faster.",
            "Difference between a process and a thread",
            "Threads vs processes vs coroutines",
            "Describe how you would cache an API response.",
            "What does this print?",
            "What is a closure?",
            "What is idempotency?",
            "다음 코드의 결과는 무엇인가요?",
        ]
    );
    let n = notes(&out);
    assert_eq!(n[5], Some("```js\nconsole.log(typeof null);\n```"));
    assert_eq!(n[6], Some("A closure keeps the variables of its scope."));
    assert_eq!(
        n[7],
        Some("An operation that can be repeated safely.\n- PUT is idempotent\n- POST is not")
    );
    assert_eq!(n[8], Some("```python\nprint(1 + 1)\n```"));
    assert!(n[..5].iter().all(Option::is_none));
    assert!(
        out.taken[..5]
            .iter()
            .all(|t| t.question.tags == ["questions"])
    );
    assert_eq!(reasons(&out), [(1, Reason::Section)]);
}

#[test]
fn korean_sections_near_duplicates_and_kinds() {
    let out = fixture("korean-sections.md");
    let lang = vec!["언어"];
    let general = vec!["언어", "일반적인-질문"];
    assert_eq!(
        summary(&out),
        [
            (5, "가상 메모리란?", lang.clone(), Technical, true),
            (11, "프로세스와 스레드 차이", lang.clone(), Technical, true),
            (14, "C++ 빌드 과정", lang, Technical, true),
            (
                19,
                "본인이 맡은 부분은 무엇이었나요?",
                general.clone(),
                Experience,
                false
            ),
            (
                20,
                "팀원과 갈등을 해결했던 경험을 말해 주세요.",
                general.clone(),
                Behavioral,
                false
            ),
            (21, "자기소개를 해 주세요.", general.clone(), Intro, false),
            (
                22,
                "Tell me about a time you missed a deadline.",
                general.clone(),
                Behavioral,
                false
            ),
            (
                23,
                "Do you have any questions for us?",
                general,
                Closing,
                false
            ),
        ]
    );
    assert_eq!(
        out.merged,
        [Merged {
            line: 8,
            prompt: "가상메모리란?".into(),
            into_line: 5
        }]
    );
    assert_eq!(out.taken[3].kind_cue.as_deref(), Some("맡은 부분"));
    assert_eq!(out.taken[3].question.time_limit, 180);
    assert_eq!(out.taken[5].question.time_limit, 90);
    assert!(out.taken[0].kind_cue.is_none());
    let ids: Vec<&str> = out.taken.iter().map(|t| t.question.id.as_str()).collect();
    assert_eq!(ids[0], "gasang-memoriran");
    assert_eq!(ids[2], "c-bildeu-gwajeong");
    assert!(ids.iter().all(|id| !matches!(*id, "vs" | "c" | "foo")));
}

#[test]
fn regression_lists_notes_and_labels() {
    let md = "\
- What is a deadlock?
  - four Coffman conditions
  - prevention: *lock ordering*
    - or timeouts
- Networking notes
- How does **TLS** work?
* Explain the `CAP` theorem
+ What happens when you type a [URL](https://example.com) into a browser?
-
- [ ] Why is `Vec<T>` growth amortised O(1)?
";
    let out = read(md);
    assert_eq!(
        prompts(&out),
        [
            "What is a deadlock?",
            "How does TLS work?",
            "Explain the `CAP` theorem",
            "What happens when you type a URL into a browser?",
            "Why is `Vec<T>` growth amortised O(1)?",
        ]
    );
    assert_eq!(
        out.taken.iter().map(|t| t.line).collect::<Vec<_>>(),
        [1, 6, 7, 8, 10]
    );
    assert_eq!(
        notes(&out)[0],
        Some("- four Coffman conditions\n- prevention: lock ordering\n  - or timeouts")
    );
    assert_eq!(
        reasons(&out),
        [(5, Reason::NotQuestion), (9, Reason::EmptyItem)]
    );
    assert_eq!(out.skipped[0].text, "- Networking notes");

    let ko = "\
1. 프로세스와 스레드의 차이를 설명해 주세요.
프로세스는 독립된 메모리 공간을 가지고,
스레드는 프로세스의 자원을 공유합니다.

2) TCP와 UDP의 차이는 무엇인가요?

> 연결 지향 여부
> **신뢰성** 보장

3. 참고 자료
4. 데드락이 발생하는 네 가지 조건은
   무엇인가요?
";
    let out = read(ko);
    assert_eq!(
        prompts(&out),
        [
            "프로세스와 스레드의 차이를 설명해 주세요.",
            "TCP와 UDP의 차이는 무엇인가요?",
            "데드락이 발생하는 네 가지 조건은 무엇인가요?",
        ]
    );
    assert_eq!(
        notes(&out)[..2],
        [
            Some("프로세스는 독립된 메모리 공간을 가지고,\n스레드는 프로세스의 자원을 공유합니다."),
            Some("연결 지향 여부\n신뢰성 보장")
        ]
    );
    assert_eq!(
        out.taken[1].question.id,
        "tcp-wa-udp-ui-chaineun-mueotingayo"
    );
}

#[test]
fn regression_front_matter_html_details_and_answer_labels() {
    let md = "\
---
title: \"Picked title\"
---
<!-- a comment -->
# Questions

```rust
fn main() {}
```

| Q | A |
|---|---|
| What is X? | yes |

- What is ownership in Rust? <!-- todo -->
***
<details>
<summary>트랜잭션의 ACID 성질을 설명하세요.</summary>

원자성, 일관성, 격리성, 지속성

</details>

**Q1. Tell me about yourself.**
A: 30초 안에 핵심만 말합니다.

Source: [Glassdoor](https://www.glassdoor.com)
";
    let out = read(md);
    assert_eq!(out.title.as_deref(), Some("Picked title"));
    assert_eq!(
        prompts(&out),
        [
            "What is ownership in Rust?",
            "트랜잭션의 ACID 성질을 설명하세요.",
            "Tell me about yourself.",
        ]
    );
    assert_eq!(
        notes(&out),
        [
            None,
            Some("원자성, 일관성, 격리성, 지속성"),
            Some("30초 안에 핵심만 말합니다.\n\nSource: Glassdoor")
        ]
    );
    assert_eq!(out.taken[2].question.kind, Intro);
    assert_eq!(
        reasons(&out),
        [
            (1, Reason::FrontMatter),
            (4, Reason::Html),
            (5, Reason::Section),
            (7, Reason::CodeBlock),
            (11, Reason::Table),
            (16, Reason::Rule),
            (22, Reason::Html),
        ]
    );
}

#[test]
fn ids_are_unique_readable_and_clean() {
    let out = read(
        "- What is a heap 2?\n- What is a heap?\n- What is a heap, really?\n- What is \u{1b}[31mred\u{1b}[0m text?\n- What is [31mblue[0m text?\n- C++ vs 자바?\n",
    );
    let ids: Vec<&str> = out.taken.iter().map(|t| t.question.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "what-is-a-heap-2",
            "what-is-a-heap",
            "what-is-a-heap-really",
            "what-is-red-text",
            "what-is-blue-text",
            "c-vs-jaba"
        ]
    );
    assert_eq!(out.taken[3].question.prompt, "What is red text?");
    assert_eq!(out.taken[4].question.prompt, "What is blue text?");
    let mut ids = ids::Ids::default();
    let got: Vec<String> = ["a", "a-2", "a", "a", "a-3"]
        .iter()
        .map(|s| ids.unique(s.to_string()))
        .collect();
    assert_eq!(got, ["a", "a-2", "a-3", "a-4", "a-3-2"]);
    assert!(slug("vs").starts_with("q-"));
    assert_eq!(
        slug("What's the difference between TCP/UDP?"),
        "whats-the-difference-between-tcp-udp"
    );
}

#[test]
fn line_endings_cr_crlf_and_bom() {
    for md in [
        "\u{FEFF}- What is A?\r\n  - note\r\n- What is B?\r\n",
        "- What is A?\r  - note\r- What is B?\r",
    ] {
        let out = read(md);
        assert_eq!(prompts(&out), ["What is A?", "What is B?"], "{md:?}");
        assert_eq!(notes(&out)[0], Some("- note"));
        assert_eq!(out.taken[1].line, 3);
    }
}

#[test]
fn odd_inputs_never_panic() {
    let mut long = String::new();
    for n in 0..5_000 {
        long.push_str(&format!(
            "- What is item {n}?\n  - a note\n## Section {n}\nplain\n\n"
        ));
    }
    let inputs: Vec<String> = vec![
        String::new(),
        "---".into(),
        "---\ntitle: x\n".into(),
        "```\n- What is hidden?".into(),
        "<!--".into(),
        "<details>\n<summary>\n</summary>\n</details>\n".into(),
        "[".repeat(5000) + "?",
        "`a``b```c".repeat(500) + "?",
        "*_~".repeat(3000) + " what?",
        "- ".repeat(200) + "What?",
        "> ".repeat(200) + "What?",
        "[x](\n[x][\n![\n<\n<a\n&#xFFFFFFFF;\n&#0;\n&;\n".into(),
        "- Q:\n- Q1.\n- 질문:\n- 1. Q: 2) \n".into(),
        "#\n##\n###### \n####### What?\n#What?\n".into(),
        "[^1]: What is a footnote?\n\n- [ ] \n| a |\n|---|\n".into(),
        "\u{0}\u{7}\u{202E}- What\u{2028}is?\n".into(),
        long,
    ];
    for md in &inputs {
        let a = read(md);
        assert_eq!(a, read(md), "deterministic");
        let lines = md.split(['\n', '\r']).count();
        let mut seen = HashSet::new();
        for t in &a.taken {
            let q = &t.question;
            assert!(!q.prompt.is_empty() && !q.prompt.chars().any(crate::text::is_dangerous));
            assert!(seen.insert(q.id.clone()), "unique {}", q.id);
            assert!(!q.id.is_empty() && !q.id.contains(char::is_whitespace));
            assert!(t.line >= 1 && t.line <= lines);
        }
        for s in &a.skipped {
            assert!(s.line >= 1 && s.line <= lines, "{s:?}");
        }
    }
    assert_eq!(read(&inputs[16]).taken.len(), 5000);
}

#[test]
fn a_question_heading_inside_a_quoted_answer_stays_in_that_answer() {
    let doc = "\
### 데이터베이스

#### 인덱스란?

> 조회를 빠르게 하려고 따로 두는 정렬된 자료구조예요.
>
> ##### 단점은 없나요?
>
> 쓰기가 느려지고 공간을 더 써요.

#### 뷰란?

> 저장된 쿼리로 만든 가상 테이블이에요.
";
    let out = read(doc);
    assert_eq!(prompts(&out), ["인덱스란?", "뷰란?"]);
    let first = notes(&out)[0].unwrap();
    assert!(first.contains("단점은 없나요?"), "{first}");
    assert!(first.contains("쓰기가 느려지고"), "{first}");
    assert!(
        !out.skipped.iter().any(|s| s.line == 7),
        "{:?}",
        out.skipped
    );
}

#[test]
fn the_paragraph_under_the_document_title_introduces_it() {
    let doc = "\
# 백엔드 면접 질문 모음

이 문서에는 백엔드 면접에서 자주 나오는 질문을 모았어요. 전부 외우기보다는 직접 말해 보세요.

## 네트워크

- TCP와 UDP의 차이는?
";
    let out = read(doc);
    assert_eq!(out.title.as_deref(), Some("백엔드 면접 질문 모음"));
    assert_eq!(prompts(&out), ["TCP와 UDP의 차이는?"]);
    assert!(
        out.skipped
            .iter()
            .any(|s| s.line == 3 && s.reason == Reason::NotQuestion),
        "{:?}",
        out.skipped
    );
}

#[test]
fn question_and_answer_labels_on_alternate_lines_are_one_question_each() {
    for end in ["\n", "\r\n", "\r"] {
        let doc = [
            "Q: What is a mutex?",
            "A: A lock one thread holds.",
            "Q: What is a semaphore?",
            "A: A counter of permits.",
            "",
        ]
        .join(end);
        let out = read(&doc);
        assert_eq!(
            prompts(&out),
            ["What is a mutex?", "What is a semaphore?"],
            "{end:?}"
        );
        assert_eq!(
            notes(&out),
            [
                Some("A lock one thread holds."),
                Some("A counter of permits.")
            ],
            "{end:?}"
        );
        assert_eq!(out.taken[1].line, 3, "{end:?}");
    }
}
