use super::*;
use crate::bank::model::{AskWhen, FollowUp, KeyPoint, Kind};

fn question(id: &str, prompt: &str) -> Question {
    Question::new(id, prompt)
}

fn meta() -> Meta<'static> {
    Meta {
        id: "my-list-en",
        title: "My list",
        role: "backend",
        language: "en",
        source: "/somewhere/my list.md",
    }
}

fn load(text: &str) -> Bank {
    parse_bank(
        "x.yaml",
        "x",
        text.as_bytes(),
        Origin::CommandLine("x".into()),
    )
    .unwrap()
}

#[test]
fn a_bank_is_written_in_the_format_and_reads_back_the_same() {
    let mut star = question("conflict", "Tell me about a time you disagreed.");
    star.kind = Kind::Behavioral;
    star.time_limit = 180;
    star.tags = vec!["teamwork".into()];
    let mut code = question("print", "What will this print: `yes`?");
    code.notes =
        Some("```js\nconsole.log(1 + '1');\n```\n\t- a tab, \"quotes\", # not a comment".into());
    code.time_limit = 90;
    let mut korean = question("q-1a2b3c4d", "  가상 메모리란?  ");
    korean.notes = Some("  페이지 단위로\n\n나눠요  ".into());
    let out = Path::new("out/my-list-en.yaml");
    let written = banks(&meta(), &[star, code, korean], out).unwrap();
    assert_eq!(written.len(), 1);
    let w = &written[0];
    assert_eq!(w.path, out);
    assert!(
        w.text
            .starts_with("# Imported from my list.md by `rehearse banks import`.\n"),
        "{}",
        w.text
    );
    assert!(
        w.text
            .contains("# Then check it: rehearse banks validate FILE\n")
    );
    // The bank format's keys in its order; the loader's defaults left out.
    let top: Vec<&str> = w
        .text
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with(['#', ' ', '-']))
        .collect();
    assert_eq!(
        top,
        [
            "id: my-list-en",
            "title: My list",
            "role: backend",
            "language: en",
            "questions:"
        ]
    );
    assert!(w.text.contains("  kind: behavioral\n"), "{}", w.text);
    assert!(w.text.contains("  time_limit: 3m\n"), "{}", w.text);
    assert!(w.text.contains("  time_limit: 1m30s\n"), "{}", w.text);
    assert_eq!(w.text.matches("kind:").count(), 1, "{}", w.text);
    // What the loader reads is what was meant, trimmed as it trims.
    let back = load(&w.text);
    assert_eq!(back.questions, w.bank.questions);
    assert_eq!(back.questions[2].prompt, "가상 메모리란?");
    assert_eq!(
        back.questions[2].notes.as_deref(),
        Some("페이지 단위로\n\n나눠요")
    );
    assert!(
        back.questions[1]
            .notes
            .as_deref()
            .unwrap()
            .contains("- a tab, \"quotes\", # not a comment")
    );
    assert_eq!(back.title, "My list");
}

#[test]
fn key_points_and_follow_ups_are_written_as_the_format_spells_them() {
    let mut q = question("idem", "What is idempotency?");
    q.key_points = vec![
        KeyPoint {
            text: "same effect when repeated".into(),
            terms: crate::bank::significant_words("same effect when repeated")
                .into_iter()
                .map(Into::into)
                .collect(),
            explicit: false,
            talking: false,
        },
        KeyPoint {
            text: "retries".into(),
            terms: vec!["retry".into(), "재시도".into()],
            explicit: true,
            talking: false,
        },
    ];
    q.follow_ups = vec![
        FollowUp::plain("And with a queue?"),
        FollowUp {
            ask: "How is the key stored?".into(),
            when: AskWhen::Mentions(vec!["key".into()]),
        },
        FollowUp {
            ask: "What about retries?".into(),
            when: AskWhen::Missing(vec!["retry".into()]),
        },
    ];
    let w = banks(&meta(), &[q], Path::new("b.yaml")).unwrap();
    assert_eq!(load(&w[0].text).questions, w[0].bank.questions);
}

#[test]
fn a_bank_over_the_limit_is_split_into_numbered_banks_that_each_load() {
    let notes = "x".repeat(3000);
    let questions: Vec<Question> = (0..800)
        .map(|i| {
            let mut q = question(&format!("q{i}"), &format!("Question number {i}?"));
            q.notes = Some(notes.clone());
            q
        })
        .collect();
    let out = Path::new("dir/big-en.yaml");
    let written = banks(&meta(), &questions, out).unwrap();
    assert!(written.len() >= 3, "{}", written.len());
    let mut ids = std::collections::HashSet::new();
    let mut total = 0;
    for (i, w) in written.iter().enumerate() {
        let n = i + 1;
        assert_eq!(w.path, Path::new(&format!("dir/big-en-{n}.yaml")));
        assert_eq!(w.bank.id, format!("my-list-en-{n}"));
        assert_eq!(w.bank.title, format!("My list ({n}/{})", written.len()));
        assert!(w.text.len() <= MAX_BANK_BYTES);
        assert_eq!(load(&w.text).questions, w.bank.questions);
        for q in &w.bank.questions {
            assert!(ids.insert(q.id.clone()), "{}", q.id);
        }
        total += w.bank.questions.len();
    }
    assert_eq!(total, 800);
    // In source order across the parts.
    assert_eq!(written[0].bank.questions[0].id, "q0");
    let last = written.last().unwrap();
    assert_eq!(last.bank.questions.last().unwrap().id, "q799");
}

#[test]
fn what_the_loader_refuses_is_an_error_naming_the_file() {
    let bad = question("two words", "Is this id allowed?");
    let e = banks(&meta(), &[bad], Path::new("out/x.yaml")).unwrap_err();
    assert_eq!(e.file, "out/x.yaml");
    assert!(e.message.contains("two words"), "{e}");
    let empty = question("empty", "   ");
    let e = banks(&meta(), &[empty], Path::new("out/x.yaml")).unwrap_err();
    assert!(e.message.contains("prompt"), "{e}");
}

#[test]
fn one_question_over_the_limit_is_named() {
    let mut q = question("huge", "Why?");
    q.notes = Some("y".repeat(MAX_BANK_BYTES + 10));
    let e = banks(&meta(), &[q], Path::new("h.yaml")).unwrap_err();
    assert!(e.message.contains("`huge`"), "{e}");
}
