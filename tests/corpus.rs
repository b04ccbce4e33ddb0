//! The answer corpus (`tests/answers/<bank-id>.yaml`) holds the feedback
//! engine to what an interviewer would say: strong answers cover their key
//! points, weak ones do not, typing the prompt back covers almost nothing,
//! and concept answers are never judged as stories.
//!
//! `cargo run --example corpus` prints the same figures with every miss.

use std::collections::BTreeMap;
use std::path::Path;

use rehearse::bank::{Bank, Kind, Library, Question};
use rehearse::feedback::{Feedback, Point, Rates, Verdict, analyze_for};
use serde::Deserialize;

#[derive(Deserialize)]
struct CorpusFile {
    bank: String,
    answers: Vec<Entry>,
}

#[derive(Deserialize)]
struct Entry {
    question: String,
    strong: String,
    weak: String,
}

struct Scored<'a> {
    bank: &'a Bank,
    question: &'a Question,
    entry: Entry,
}

fn library() -> Library {
    let lib = Library::load(None, &[]);
    assert!(lib.problems.is_empty(), "bundled banks: {:?}", lib.problems);
    lib
}

/// Every corpus entry, resolved against the bundled banks; any file that
/// does not parse or names an unknown bank or question fails the test.
fn corpus(lib: &Library) -> Vec<Scored<'_>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/answers");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read the corpus folder {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    paths.sort();
    let mut out = Vec::new();
    for path in paths {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
        let file: CorpusFile = serde_yaml::from_str(&text)
            .unwrap_or_else(|e| panic!("{name}: not a corpus file: {e}"));
        let bank = lib
            .bank(&file.bank)
            .unwrap_or_else(|| panic!("{name}: no bundled bank `{}`", file.bank));
        for entry in file.answers {
            let question = bank.question(&entry.question).unwrap_or_else(|| {
                panic!(
                    "{name}: bank `{}` has no question `{}`",
                    bank.id, entry.question
                )
            });
            out.push(Scored {
                bank,
                question,
                entry,
            });
        }
    }
    out
}

fn points(q: &Question) -> Vec<Point> {
    q.key_points.iter().map(Point::from).collect()
}

fn feedback(q: &Question, text: &str) -> Feedback {
    analyze_for(text, &points(q), q.kind, &Rates::default())
}

/// Covered key points out of all key points.
#[derive(Default, Clone, Copy, Debug)]
struct Ratio {
    covered: usize,
    points: usize,
}

impl Ratio {
    fn add(&mut self, fb: &Feedback) {
        self.covered += fb.coverage.iter().filter(|h| h.covered).count();
        self.points += fb.coverage.len();
    }

    fn percent(self) -> f64 {
        100.0 * self.covered as f64 / self.points.max(1) as f64
    }
}

#[derive(Default, Clone, Copy, Debug)]
struct Metrics {
    recall: Ratio,
    false_positives: Ratio,
    echo: Ratio,
}

#[test]
fn corpus_meets_the_targets() {
    let lib = library();
    let entries = corpus(&lib);
    let answers = 2 * entries.len();
    assert!(
        answers >= 150,
        "the corpus has {answers} answers, needs 150"
    );
    let mut all = Metrics::default();
    let mut by_lang: BTreeMap<&str, Metrics> = BTreeMap::new();
    for s in &entries {
        let q = s.question;
        let strong = feedback(q, &s.entry.strong);
        let weak = feedback(q, &s.entry.weak);
        let echo = feedback(q, &q.prompt);
        for m in [&mut all, by_lang.entry(&s.bank.language).or_default()] {
            m.recall.add(&strong);
            m.false_positives.add(&weak);
            m.echo.add(&echo);
        }
    }
    let report = format!(
        "all {all:?} = recall {:.1} %, false positives {:.1} %, echo {:.1} %; {by_lang:?}",
        all.recall.percent(),
        all.false_positives.percent(),
        all.echo.percent()
    );
    println!("{report}");
    for (lang, m) in by_lang.iter().chain([(&"all", &all)]) {
        assert!(
            m.recall.percent() >= 95.0,
            "{lang}: recall below 95 %: {report}"
        );
    }
    for (lang, m) in by_lang.iter().chain([(&"all", &all)]) {
        assert!(
            m.false_positives.percent() <= 3.0,
            "{lang}: false positives above 3 %: {report}"
        );
        // The question typed back as the answer covers almost nothing.
        assert!(
            m.echo.percent() <= 3.0,
            "{lang}: prompt echo above 3 %: {report}"
        );
    }
}

const STORY_CHECKS: [&str; 4] = ["first_person", "numbers", "technologies", "result"];
const CONCEPT_CHECKS: [&str; 3] = ["definition", "example", "trade_off"];

fn verdict(fb: &Feedback, id: &str) -> Verdict {
    fb.checks
        .iter()
        .find(|c| c.id == id)
        .map(|c| c.verdict)
        .unwrap_or_else(|| panic!("no `{id}` check"))
}

fn why(fb: &Feedback, id: &str) -> String {
    fb.checks
        .iter()
        .find(|c| c.id == id)
        .map(|c| c.why.to_string())
        .unwrap_or_default()
}

#[test]
fn concept_answers_are_never_judged_as_stories() {
    let lib = library();
    for s in corpus(&lib) {
        let q = s.question;
        let fb = feedback(q, &s.entry.strong);
        let who = format!("{} / {}", s.bank.id, q.id);
        if q.kind == Kind::Technical {
            for id in STORY_CHECKS.iter().chain(&["star"]) {
                assert_eq!(verdict(&fb, id), Verdict::NotApplicable, "{who}: {id}");
            }
        } else {
            for id in CONCEPT_CHECKS {
                assert_eq!(verdict(&fb, id), Verdict::NotApplicable, "{who}: {id}");
            }
        }
    }
}

#[test]
fn strong_stories_say_what_i_did_and_weak_ones_do_not() {
    let lib = library();
    let (mut strong, mut weak, mut stories) = (0, 0, 0);
    let mut misses = Vec::new();
    for s in corpus(&lib) {
        let q = s.question;
        if matches!(q.kind, Kind::Technical | Kind::Closing) {
            continue;
        }
        stories += 1;
        let who = format!("{} / {}", s.bank.id, q.id);
        match verdict(&feedback(q, &s.entry.strong), "first_person") {
            Verdict::Pass => strong += 1,
            _ => misses.push(format!("strong {who}")),
        }
        let fb = feedback(q, &s.entry.weak);
        match verdict(&fb, "first_person") {
            Verdict::Fail => weak += 1,
            _ => misses.push(format!("weak {who}: {}", why(&fb, "first_person"))),
        }
    }
    assert!(
        stories >= 20,
        "only {stories} story questions in the corpus"
    );
    assert!(
        strong * 100 >= stories * 95,
        "first person found in only {strong} of {stories} strong answers: {misses:?}"
    );
    assert!(
        weak * 10 >= stories * 9,
        "first person found in too many weak answers ({weak} of {stories} fail): {misses:?}"
    );
}

#[test]
fn concept_and_story_table() {
    let lib = library();
    let q = |bank: &str, id: &str| {
        lib.question(bank, id)
            .map(|(_, q)| q.clone())
            .unwrap_or_else(|| panic!("no {bank} / {id}"))
    };
    // (bank, question, answer, [(check, verdict)])
    type Case<'a> = (&'a str, &'a str, &'a str, &'a [(&'a str, Verdict)]);
    let cases: &[Case<'_>] = &[
        (
            "backend-en",
            "http-idempotency",
            "Idempotent means that sending the same request many times leaves the server \
             in the same state as sending it once. For example, DELETE /orders/7 twice \
             still leaves order 7 deleted. POST is not idempotent, so retries need a key; \
             the trade-off is storing that key.",
            &[
                ("definition", Verdict::Pass),
                ("example", Verdict::Pass),
                ("trade_off", Verdict::Pass),
                ("first_person", Verdict::NotApplicable),
                ("result", Verdict::NotApplicable),
            ],
        ),
        (
            "backend-ko",
            "http-idempotency",
            "멱등성이란 같은 요청을 여러 번 보내도 서버 상태가 한 번 보낸 것과 같은 성질입니다. \
             예를 들어 DELETE를 두 번 호출해도 결과는 같습니다. 다만 POST는 멱등하지 않아서 \
             재시도하려면 멱등키가 필요합니다.",
            &[
                ("definition", Verdict::Pass),
                ("example", Verdict::Pass),
                ("trade_off", Verdict::Pass),
                ("numbers", Verdict::NotApplicable),
                ("technologies", Verdict::NotApplicable),
            ],
        ),
    ];
    for &(bank, id, answer, want) in cases {
        let fb = feedback(&q(bank, id), answer);
        for &(check, v) in want {
            assert_eq!(verdict(&fb, check), v, "{bank} / {id}: {check}");
        }
    }
    let story = lib
        .banks()
        .iter()
        .filter(|b| b.language == "ko")
        .flat_map(|b| &b.questions)
        .find(|q| q.kind == Kind::Experience)
        .cloned()
        .expect("a Korean experience question");
    let fb = feedback(
        &story,
        "인턴 때 정산 배치를 제가 맡았습니다. Airflow로 작업을 나눠서 6시간 걸리던 작업이 \
         1시간 반으로 줄었습니다.",
    );
    for check in STORY_CHECKS {
        assert_eq!(verdict(&fb, check), Verdict::Pass, "{}: {check}", story.id);
    }
    let fb = feedback(
        &story,
        "저희 팀은 배치를 열심히 개선했고 결과도 좋았습니다.",
    );
    for check in STORY_CHECKS {
        assert_eq!(verdict(&fb, check), Verdict::Fail, "{}: {check}", story.id);
    }
}
