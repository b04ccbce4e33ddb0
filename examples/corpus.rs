//! Scores the feedback engine against the answer corpus in `tests/answers/`.
//!
//! `cargo run --example corpus [-- BANK_ID...]` loads the bundled banks and
//! every `tests/answers/<bank-id>.yaml`, runs the feedback engine (through
//! `rehearse::practice::analyze`, the app's own path) on each strong and weak answer and on each question's own prompt, and
//! prints recall (strong), false positives (weak) and prompt echo, overall,
//! per language and per kind, then every miss and false hit. With bank ids,
//! only those banks' answers are scored. Exits 1 (naming the file and the
//! entry) when a corpus file does not parse or names a bank or question that
//! does not exist.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use rehearse::bank::{Bank, Library, Question};
use rehearse::feedback::Rates;
use rehearse::practice::analyze;
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CorpusFile {
    bank: String,
    answers: Vec<Entry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    question: String,
    strong: String,
    weak: String,
}

/// Which answer a verdict was computed on.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Strong,
    Weak,
    Echo,
}

impl fmt::Display for Side {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Side::Strong => "strong",
            Side::Weak => "weak",
            Side::Echo => "echo",
        })
    }
}

/// Covered key points out of all key points, for one side.
#[derive(Default, Clone, Copy)]
struct Ratio {
    covered: usize,
    points: usize,
}

impl Ratio {
    fn percent(self) -> f64 {
        if self.points == 0 {
            0.0
        } else {
            100.0 * self.covered as f64 / self.points as f64
        }
    }
}

impl fmt::Display for Ratio {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:5.1} % ({}/{})",
            self.percent(),
            self.covered,
            self.points
        )
    }
}

/// The three metrics of one group of answers.
#[derive(Default, Clone, Copy)]
struct Metrics {
    answers: usize,
    recall: Ratio,
    false_pos: Ratio,
    echo: Ratio,
}

impl Metrics {
    fn ratio(&mut self, side: Side) -> &mut Ratio {
        match side {
            Side::Strong => &mut self.recall,
            Side::Weak => &mut self.false_pos,
            Side::Echo => &mut self.echo,
        }
    }
}

/// One verdict that disagrees with the corpus: an uncovered point in a
/// strong answer, or a covered one in a weak answer or the echoed prompt.
struct Miss {
    bank: String,
    question: String,
    point: String,
    side: Side,
    matched: Option<String>,
}

/// A corpus entry resolved against its bank.
struct Scored<'a> {
    bank: &'a Bank,
    question: &'a Question,
    entry: Entry,
}

fn main() -> ExitCode {
    let only: Vec<String> = std::env::args().skip(1).collect();
    let lib = Library::load(None, &[]);
    for p in &lib.problems {
        eprintln!("warning: bundled bank problem: {p}");
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/answers");
    let files = match corpus_files(&dir) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("cannot read the corpus folder {}: {e}", dir.display());
            return ExitCode::FAILURE;
        }
    };
    let mut entries = Vec::new();
    let mut errors = Vec::new();
    for file in &files {
        match load(&lib, file) {
            Ok(mut v) => entries.append(&mut v),
            Err(mut e) => errors.append(&mut e),
        }
    }
    for id in &only {
        if lib.bank(id).is_none() {
            errors.push(format!("`{id}` (command line) is not a bundled bank id"));
        }
    }
    if !errors.is_empty() {
        for e in &errors {
            eprintln!("{e}");
        }
        return ExitCode::FAILURE;
    }
    let have: Vec<&str> = entries.iter().map(|s| s.bank.id.as_str()).collect();
    for b in lib.banks() {
        if !have.contains(&b.id.as_str()) {
            eprintln!("note: bank `{}` has no corpus file yet", b.id);
        }
    }
    entries.retain(|s| only.is_empty() || only.contains(&s.bank.id));
    report(&entries);
    ExitCode::SUCCESS
}

fn corpus_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir)? {
        let p = e?.path();
        if matches!(p.extension().and_then(|x| x.to_str()), Some("yaml" | "yml")) {
            out.push(p);
        }
    }
    out.sort();
    Ok(out)
}

/// Parses one corpus file and resolves each entry, or says what is wrong,
/// one sentence per problem, naming the file.
fn load<'a>(lib: &'a Library, path: &Path) -> Result<Vec<Scored<'a>>, Vec<String>> {
    let name = path.display().to_string();
    let text =
        std::fs::read_to_string(path).map_err(|e| vec![format!("{name}: cannot read it: {e}")])?;
    let file: CorpusFile = serde_yaml::from_str(&text).map_err(|e| {
        let at = e
            .location()
            .map(|l| format!(":{}:{}", l.line(), l.column()))
            .unwrap_or_default();
        vec![format!("{name}{at}: not a corpus file: {e}")]
    })?;
    let Some(bank) = lib.bank(&file.bank) else {
        return Err(vec![format!(
            "{name}: `bank: {}` is not a bundled bank id",
            file.bank
        )]);
    };
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    let mut errors = Vec::new();
    if stem != bank.id {
        errors.push(format!(
            "{name}: the file is for bank `{}` but is not named {}.yaml",
            bank.id, bank.id
        ));
    }
    let mut seen: Vec<String> = Vec::new();
    let mut out = Vec::new();
    for (i, entry) in file.answers.into_iter().enumerate() {
        let n = i + 1;
        let Some(question) = bank.question(&entry.question) else {
            errors.push(format!(
                "{name}: answer {n} names question `{}`, which bank `{}` does not have",
                entry.question, bank.id
            ));
            continue;
        };
        if seen.contains(&entry.question) {
            errors.push(format!(
                "{name}: answer {n} repeats question `{}`",
                entry.question
            ));
        }
        for (side, text) in [("strong", &entry.strong), ("weak", &entry.weak)] {
            if text.trim().is_empty() {
                errors.push(format!(
                    "{name}: answer {n} (`{}`) has an empty {side} answer",
                    entry.question
                ));
            }
        }
        seen.push(entry.question.clone());
        out.push(Scored {
            bank,
            question,
            entry,
        });
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

fn report(entries: &[Scored<'_>]) {
    let rates = Rates::default();
    let mut total = Metrics::default();
    let mut by_lang: BTreeMap<String, Metrics> = BTreeMap::new();
    let mut by_kind: BTreeMap<&'static str, Metrics> = BTreeMap::new();
    let mut by_bank: BTreeMap<String, Metrics> = BTreeMap::new();
    let mut misses = Vec::new();
    for s in entries {
        let points = s.question.key_points.len();
        let lang = s.bank.language.clone();
        let kind = s.question.kind.as_str();
        let bank = s.bank.id.clone();
        let mut tally = |side: Option<Side>, covered: usize| {
            for m in [
                &mut total,
                by_lang.entry(lang.clone()).or_default(),
                by_kind.entry(kind).or_default(),
                by_bank.entry(bank.clone()).or_default(),
            ] {
                match side {
                    None => m.answers += 1,
                    Some(side) => {
                        let r = m.ratio(side);
                        r.covered += covered;
                        r.points += points;
                    }
                }
            }
        };
        tally(None, 0);
        for (side, text) in [
            (Side::Strong, s.entry.strong.as_str()),
            (Side::Weak, s.entry.weak.as_str()),
            (Side::Echo, s.question.prompt.as_str()),
        ] {
            // The app's own path: the question's key points, no talking points.
            let fb = analyze(s.question, "", text, &rates);
            tally(Some(side), fb.coverage.iter().filter(|h| h.covered).count());
            for hit in fb.coverage {
                if hit.covered != (side == Side::Strong) {
                    misses.push(Miss {
                        bank: s.bank.id.clone(),
                        question: s.question.id.to_string(),
                        point: hit.text,
                        side,
                        matched: hit.matched,
                    });
                }
            }
        }
    }
    println!(
        "corpus: {} questions, {} answers",
        total.answers,
        2 * total.answers
    );
    println!("targets: recall >= 95 %, false positives <= 3 %, prompt echo <= 3 %");
    println!();
    println!(
        "{:<26} {:>4}  {:<20} {:<20} {:<20}",
        "group", "qs", "recall", "false positives", "prompt echo"
    );
    row("all", &total);
    for (k, m) in &by_lang {
        row(&format!("lang {k}"), m);
    }
    for (k, m) in &by_kind {
        row(&format!("kind {k}"), m);
    }
    for (k, m) in &by_bank {
        row(k, m);
    }
    println!();
    println!("misses (strong: point not covered; weak/echo: point covered, by the term shown):");
    for m in &misses {
        let term = m
            .matched
            .as_deref()
            .map(|t| format!("  [{t}]"))
            .unwrap_or_default();
        println!(
            "{:<6} {} / {}: {}{term}",
            m.side, m.bank, m.question, m.point
        );
    }
}

fn row(label: &str, m: &Metrics) {
    println!(
        "{:<26} {:>4}  {:<20} {:<20} {:<20}",
        label,
        m.answers,
        m.recall.to_string(),
        m.false_pos.to_string(),
        m.echo.to_string()
    );
}
