//! The data the scale benches run on, built the same way by every bench and
//! by `cargo run --release --example bench-fixture` (for measuring the real
//! binary): generated banks (files of 100 questions) and a store of
//! attempts spread over them, with a schedule for every question answered.
//!
//! Fixtures are built once into `target/bench-fixtures/<name>` and reused;
//! a folder without its `complete` mark (an interrupted build) is rebuilt.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use rehearse::model::{Attempt, Instant, QuestionKey, Span};
use rehearse::paths::Paths;
use rehearse::schedule::{Rating, Scheduler};
use rehearse::store::{Access, Store};

/// The benches' "now"; attempts go back a minute each from here.
pub const NOW: Instant = Instant::from_ms(1_795_000_000_000);

/// Questions in one generated bank file.
pub const PER_FILE: usize = 100;

/// What one fixture holds.
#[derive(Debug, Clone, Copy)]
pub struct Scale {
    /// Questions in generated banks (files of 100); 0 for bundled banks only.
    pub questions: usize,
    /// Attempts in the store.
    pub attempts: usize,
}

impl Scale {
    pub fn name(&self) -> String {
        format!("q{}-a{}", self.questions, self.attempts)
    }
}

/// A built fixture: `banks` (absent when `questions` is 0) and `data`.
pub struct Fixture {
    pub root: PathBuf,
    pub scale: Scale,
}

impl Fixture {
    pub fn banks(&self) -> Option<PathBuf> {
        (self.scale.questions > 0).then(|| self.root.join("banks"))
    }
    pub fn data(&self) -> PathBuf {
        self.root.join("data")
    }
    pub fn paths(&self) -> Paths {
        paths(&self.data())
    }
}

pub fn paths(data: &Path) -> Paths {
    Paths {
        data_dir: data.to_path_buf(),
        banks_dir: None,
    }
}

/// The fixture for `scale`, built under `target/bench-fixtures` if it is
/// not there yet.
pub fn fixture(scale: Scale) -> Fixture {
    let base = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-fixtures");
    fixture_in(&base.join(scale.name()), scale)
}

/// The fixture for `scale` in `root`, built if `root/complete` is missing.
pub fn fixture_in(root: &Path, scale: Scale) -> Fixture {
    let f = Fixture {
        root: root.to_path_buf(),
        scale,
    };
    if root.join("complete").exists() {
        return f;
    }
    let _ = std::fs::remove_dir_all(root);
    std::fs::create_dir_all(root).unwrap();
    if scale.questions > 0 {
        write_banks(&root.join("banks"), scale.questions);
    }
    fill_store(&f.data(), scale);
    std::fs::write(root.join("complete"), scale.name()).unwrap();
    f
}

/// The bank id and question id of the `i`th generated question.
pub fn key_of(i: usize) -> (String, String) {
    (
        format!("bench-{}", i / PER_FILE),
        format!("q{}", i % PER_FILE),
    )
}

/// Writes `n` questions into files of 100 (`b0.yaml`, `b1.yaml` …), Korean
/// and English alternating by file, each with tags, two key points with
/// match terms, a note and a follow-up.
pub fn write_banks(dir: &Path, n: usize) {
    std::fs::create_dir_all(dir).unwrap();
    for b in 0..n.div_ceil(PER_FILE) {
        let ko = b % 2 == 0;
        let mut y = format!(
            "id: bench-{b}\ntitle: Bench {b}\nrole: role-{}\nlanguage: {}\nquestions:\n",
            b % 9,
            if ko { "ko" } else { "en" }
        );
        for q in 0..PER_FILE.min(n - b * PER_FILE) {
            if ko {
                y.push_str(&format!(
                    "  - id: q{q}\n    prompt: 캐시 무효화 전략 {b}-{q}번에 대해 설명해 주세요.\n    tags: [cache, db]\n    key_points:\n      - text: TTL로 만료시킨다\n        match: [TTL, 만료]\n      - text: 쓰기 때 무효화한다\n        match: [무효화, delete]\n    follow_ups:\n      - 왜 그렇게 하셨나요?\n      - ask: TTL은 얼마로 두셨나요?\n        if_mentions: [TTL]\n    notes: 정합성과 적중률의 트레이드오프를 말한다.\n"
                ));
            } else {
                y.push_str(&format!(
                    "  - id: q{q}\n    prompt: Explain cache invalidation strategy {b}-{q}.\n    tags: [cache, db]\n    key_points:\n      - Expire entries with a TTL\n      - text: Invalidate on write\n        match: [invalidate, delete on write]\n    follow_ups:\n      - Why did you choose that?\n    notes: Trade consistency against hit rate.\n"
                ));
            }
        }
        std::fs::write(dir.join(format!("b{b}.yaml")), y).unwrap();
    }
}

const TEXTS: [&str; 3] = [
    "제가 TTL을 5분으로 두고 쓰기 때 캐시를 무효화했습니다. 그 결과 DB 부하가 40% 줄었습니다. ",
    "I set a 5 minute TTL and deleted the key on every write, which cut database load by 40 percent. ",
    "주문 API에서 Redis 캐시를 도입했고, 갱신은 쓰기 직후 delete로 처리해서 정합성을 지켰습니다. ",
];

/// A store with `scale.attempts` attempts spread over the generated
/// questions (or 100 banks × 100 questions when there are none), a minute
/// apart going back from NOW, and a card and a review for each question
/// answered.
pub fn fill_store(data: &Path, scale: Scale) {
    let mut store = Store::open(&paths(data), Access::Exclusive).unwrap();
    let spread = if scale.questions > 0 {
        scale.questions
    } else {
        10_000
    };
    let s = Scheduler::default_params();
    store.bulk(|st| {
        for i in 0..scale.attempts {
            let (bank_id, question_id) = key_of(i % spread);
            let b = i % spread / PER_FILE;
            let at = NOW - Span::from_mins(i as i64);
            let a = Attempt {
                id: format!("{i:016x}"),
                role: format!("role-{}", b % 9),
                prompt: format!("캐시 무효화 전략 {bank_id}/{question_id}"),
                started_at: at - Span::from_secs(90),
                submitted_at: at,
                duration_ms: Span::from_secs(90),
                text: TEXTS[i % TEXTS.len()].repeat(3),
                rating: Some(1 + (i % 4) as u8),
                mode: "practice".into(),
                time_limit_s: 120,
                session_id: None,
                bank_id,
                question_id,
            };
            st.insert_attempt(&a).unwrap();
            if i < spread {
                let key = QuestionKey::new(&a.bank_id, &a.question_id);
                let (c, log) = s
                    .rate(None, &key, &a.role, &a.prompt, Rating::Good, a.submitted_at)
                    .unwrap();
                st.record_card(&c, &log).unwrap();
            }
        }
    });
}
