//! The JSON export: the lossless, documented interchange format (see the
//! README, "The JSON export"). Importing an export into an empty data folder
//! and exporting again gives the same document. `versions` reads the older
//! versions; `mocks` maps the mock interviews.

mod fast;
mod mocks;
mod versions;
mod write;

use std::collections::BTreeMap;
use std::io::Read;

use chrono::{DateTime, SecondsFormat};
use serde::{Deserialize, Serialize};

use super::mocks::insert_mock_on;
use super::records::{insert_attempt_on, insert_review_on, run_cached, upsert_card_on};
use super::{Result, Store, StoreError};
use crate::model::{Attempt, Card, Instant, QuestionKey, ReviewEntry, Span};
pub use mocks::ExportMock;
pub use versions::{ExportDocV1, read_each, read_export, upgrade_v1};
pub use write::ExportError;

pub const FORMAT: &str = "rehearse-export";
/// 2: mock interviews (`mocks`) and your story (`story`, optional). Version
/// 1 exports are still read.
pub const VERSION: u32 = 2;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportDoc {
    pub format: String,
    pub version: u32,
    #[serde(default)]
    pub settings: BTreeMap<String, String>,
    pub questions: Vec<ExportQuestion>,
    /// Every mock interview, finished or not, oldest first.
    pub mocks: Vec<ExportMock>,
    /// Your story as you wrote it; left out when none was written, so an
    /// export without one reads and writes back the same.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub story: Option<ExportStory>,
}

/// The story's YAML, exactly as saved, and when it was saved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportStory {
    pub yaml: String,
    /// RFC 3339: an import keeps the later of two different stories.
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportQuestion {
    pub bank_id: String,
    pub question_id: String,
    pub role: Option<String>,
    pub prompt: Option<String>,
    #[serde(default)]
    pub talking_points: Option<String>,
    #[serde(default)]
    pub attempts: Vec<ExportAttempt>,
    #[serde(default)]
    pub schedule: Option<ExportSchedule>,
    #[serde(default)]
    pub review_log: Vec<ExportReview>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportAttempt {
    pub id: String,
    pub role: String,
    pub prompt: String,
    pub started_at: String,
    pub submitted_at: String,
    pub duration_ms: i64,
    pub text: String,
    pub rating: Option<u8>,
    pub mode: String,
    pub time_limit_s: u32,
    #[serde(default)]
    pub session_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportSchedule {
    pub state: String,
    pub due: String,
    pub stability: f64,
    pub difficulty: f64,
    pub reps: u32,
    pub lapses: u32,
    pub last_review: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportReview {
    pub reviewed_at: String,
    pub rating: u8,
    pub state: String,
    pub elapsed_days: f64,
    pub scheduled_days: f64,
    #[serde(default)]
    pub attempt_id: Option<String>,
}

/// What an import changed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub questions: usize,
    pub attempts_added: usize,
    pub attempts_present: usize,
    pub reviews_added: usize,
    pub schedules_updated: usize,
    pub mocks_added: usize,
    pub mocks_present: usize,
    /// What became of the export's story; None when it had none.
    pub story: Option<StoryMerge>,
}

/// An imported story against the one here: the later of two different
/// ones is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoryMerge {
    /// There was none here: the imported one was taken.
    Taken,
    /// The same text was here already.
    Same,
    /// The imported one was saved later and replaced ours.
    Imported { ours: Instant, theirs: Instant },
    /// Ours was saved later (or at the same time) and was kept.
    KeptOurs { ours: Instant, theirs: Instant },
}

pub fn to_rfc3339(at: Instant) -> String {
    at.utc().to_rfc3339_opts(SecondsFormat::Millis, true)
}

pub fn from_rfc3339(s: &str) -> Option<Instant> {
    DateTime::parse_from_rfc3339(s).ok().map(Instant::from)
}

#[derive(Default)]
struct Gathered {
    attempts: Vec<Attempt>,
    card: Option<Card>,
    reviews: Vec<ReviewEntry>,
    talking_points: Option<String>,
}

impl Store {
    /// Builds the export, optionally only for one role (its questions and
    /// its mock interviews).
    pub fn export(&self, role: Option<&str>) -> Result<ExportDoc> {
        let mut by_q: BTreeMap<QuestionKey, Gathered> = BTreeMap::new();
        for a in self.all_attempts()? {
            by_q.entry(QuestionKey::new(&a.bank_id, &a.question_id))
                .or_default()
                .attempts
                .push(a);
        }
        for c in self.all_cards()? {
            let key = QuestionKey::new(&c.bank_id, &c.question_id);
            by_q.entry(key).or_default().card = Some(c);
        }
        for r in self.all_reviews()? {
            by_q.entry(QuestionKey::new(&r.bank_id, &r.question_id))
                .or_default()
                .reviews
                .push(r);
        }
        for (k, t) in self.all_talking_points()? {
            by_q.entry(k).or_default().talking_points = Some(t);
        }
        let questions = by_q
            .into_iter()
            .map(|(k, g)| question_doc(k, g))
            .filter(|q| role.is_none() || q.role.as_deref() == role)
            .collect();
        let (settings, mocks, story) = self.export_rest(role)?;
        Ok(ExportDoc {
            format: FORMAT.into(),
            version: VERSION,
            settings,
            questions,
            mocks,
            story,
        })
    }

    /// What an export holds beside its questions: the settings, the mocks
    /// (of `role` only, when given) and the story.
    fn export_rest(&self, role: Option<&str>) -> Result<ExportRest> {
        let mocks = self
            .all_mocks()?
            .into_iter()
            .filter(|m| role.is_none_or(|r| r == m.role))
            .map(mocks::mock_doc)
            .collect();
        let story = self.story_yaml()?.map(|(yaml, at)| ExportStory {
            yaml,
            updated_at: to_rfc3339(at),
        });
        Ok((self.all_settings()?.into_iter().collect(), mocks, story))
    }

    /// Merges an export in: attempts by id, review-log entries not already
    /// present, a schedule when it is newer than ours, talking points and
    /// settings where we have none, mock interviews by id (with their
    /// sessions, so an open one resumes), and the story when we have none
    /// or the imported one is later. An attempt or mock whose id is
    /// already here is kept as it is. All or nothing. The story is stored
    /// as it comes: validate it first (`story::vet_import`).
    pub fn import(&mut self, doc: &ExportDoc, file: &str) -> Result<ImportSummary, ImportError> {
        self.import_with_progress(doc, file, &mut |_| {})
    }

    /// [`Store::import`], telling `done` after each question how many of
    /// the export's rows ([`import_rows`]) it has gone through.
    pub fn import_with_progress(
        &mut self,
        doc: &ExportDoc,
        file: &str,
        done: &mut dyn FnMut(u64),
    ) -> Result<ImportSummary, ImportError> {
        validate(doc, file)?;
        self.import_in(doc, |each| doc.questions.iter().try_for_each(each), done)
    }

    /// [`Store::import_with_progress`] of the export that `open` reads
    /// from its start, after `scan` (its first reading, [`scan_export`])
    /// found nothing wrong: its questions are read again and written one
    /// at a time, each checked again as it comes, in one transaction, so
    /// the document is never held whole. The rest comes from `scan` (its
    /// story as `story::vet_import` left it). The reading runs on a thread
    /// of its own, a few questions ahead of the writing.
    pub fn import_stream<R: Read>(
        &mut self,
        scan: ExportScan,
        mut open: impl FnMut() -> std::io::Result<R> + Send,
        file: &str,
        done: &mut dyn FnMut(u64),
    ) -> Result<ImportSummary, ImportError> {
        let ExportScan {
            doc,
            problem,
            quick,
            ..
        } = scan;
        validate_with(&doc, file, || problem.map_or(Ok(()), Err))?;
        self.import_in(
            &doc,
            |each| {
                std::thread::scope(|s| {
                    let (ahead, read) = std::sync::mpsc::sync_channel(64);
                    let lang = crate::i18n::current();
                    let reader = s.spawn(move || {
                        // Its refusals in the words of the thread that asked.
                        let _lang = crate::i18n::scoped(lang);
                        let mut i = 0;
                        let mut send = |q: ExportQuestion| {
                            check_question(i, &q, file)?;
                            i += 1;
                            // Refused only when the writing stopped, with
                            // the error that is told.
                            ahead
                                .send(q)
                                .map_err(|_| ImportError::Invalid(String::new(), String::new()))
                        };
                        if !quick {
                            return read_each(|| open().map(buffered), file, &mut send).map(drop);
                        }
                        let source = open().map_err(|e| unreadable(file, &e))?;
                        match fast::read_quickly(source, &mut send) {
                            Ok(_) => Ok(()),
                            Err(fast::Stop::Each(e)) => Err(e),
                            // Read quickly the first time, not now: what
                            // is wrong with it now, if anything.
                            Err(fast::Stop::GiveUp) => Err(scan_export(&mut open, file)
                                .and_then(|scan| scan.problem.map_or(Ok(()), Err))
                                .err()
                                .unwrap_or_else(|| {
                                    refused(file, &crate::t!("store-export-changed")).unwrap_err()
                                })),
                        }
                    });
                    let wrote = read.iter().try_for_each(|q| each(&q));
                    drop(read);
                    let reading = reader
                        .join()
                        .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
                    wrote.and(reading)
                })
            },
            done,
        )
    }

    /// The import's writes, in one transaction: each question that
    /// `questions` hands on, then `doc`'s mock interviews, story and
    /// settings. An error anywhere writes nothing.
    fn import_in(
        &mut self,
        doc: &ExportDoc,
        questions: impl FnOnce(
            &mut dyn FnMut(&ExportQuestion) -> Result<(), ImportError>,
        ) -> Result<(), ImportError>,
        done: &mut dyn FnMut(u64),
    ) -> Result<ImportSummary, ImportError> {
        let path = self.path().to_path_buf();
        let sql = |e| ImportError::Store(super::classify(&path, e));
        self.conn()?;
        let tx = self.conn.transaction().map_err(sql)?;
        let mut sum = ImportSummary::default();
        let mut rows = 0u64;
        questions(&mut |q| {
            import_question(&tx, q, &mut sum).map_err(sql)?;
            sum.questions += 1;
            rows += question_rows(q);
            done(rows);
            Ok(())
        })?;
        for m in &doc.mocks {
            let record = mocks::mock_from_doc(m);
            if insert_mock_on(&tx, &record, "INSERT OR IGNORE").map_err(sql)? == 1 {
                sum.mocks_added += 1;
            } else {
                sum.mocks_present += 1;
            }
        }
        if let Some(theirs) = &doc.story {
            sum.story = Some(merge_story(&tx, theirs).map_err(sql)?);
        }
        for (k, v) in &doc.settings {
            run_cached(
                &tx,
                "INSERT OR IGNORE INTO settings (key, value) VALUES (?1, ?2)",
                [k, v],
            )
            .map_err(sql)?;
        }
        tx.commit().map_err(sql)?;
        Ok(sum)
    }
}

/// One question of an import: its attempts by id, its review-log entries
/// not already here, its schedule when newer than ours, its talking
/// points when we have none.
fn import_question(
    tx: &rusqlite::Transaction,
    q: &ExportQuestion,
    sum: &mut ImportSummary,
) -> rusqlite::Result<()> {
    for a in &q.attempts {
        let attempt = attempt_from_doc(q, a);
        if insert_attempt_on(tx, &attempt)? == 1 {
            sum.attempts_added += 1;
        } else {
            sum.attempts_present += 1;
        }
    }
    for r in &q.review_log {
        let entry = review_from_doc(q, r);
        let exists: bool = tx
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM review_log WHERE bank_id = ?1 AND question_id = ?2
                   AND reviewed_at = ?3 AND rating = ?4)",
            )
            .and_then(|mut st| {
                st.query_row(
                    rusqlite::params![
                        entry.bank_id,
                        entry.question_id,
                        entry.reviewed_at,
                        entry.rating
                    ],
                    |row| row.get(0),
                )
            })?;
        if !exists {
            insert_review_on(tx, &entry)?;
            sum.reviews_added += 1;
        }
    }
    if let Some(s) = &q.schedule {
        let card = card_from_doc(q, s);
        let ours: Option<Instant> = tx
            .prepare_cached("SELECT last_review FROM cards WHERE bank_id = ?1 AND question_id = ?2")
            .and_then(|mut st| {
                st.query_row(rusqlite::params![card.bank_id, card.question_id], |row| {
                    row.get(0)
                })
            })
            .ok();
        if ours.is_none_or(|t| card.last_review > t) {
            upsert_card_on(tx, &card)?;
            sum.schedules_updated += 1;
        }
    }
    if let Some(t) = &q.talking_points {
        run_cached(
            tx,
            "INSERT OR IGNORE INTO talking_points (bank_id, question_id, text, updated_at) VALUES (?1, ?2, ?3, 0)",
            rusqlite::params![q.bank_id, q.question_id, t],
        )?;
    }
    Ok(())
}

/// What a first reading of an export found, to import it in a second one
/// ([`Store::import_stream`]) without holding its questions.
/// The settings, mocks and story of an export.
type ExportRest = (
    BTreeMap<String, String>,
    Vec<ExportMock>,
    Option<ExportStory>,
);

#[derive(Debug)]
pub struct ExportScan {
    /// The document without its questions.
    pub doc: ExportDoc,
    /// How many rows an import goes through ([`import_rows`]).
    pub rows: u64,
    /// The first question that would refuse the import.
    problem: Option<ImportError>,
    /// Whether it was read quickly (`fast`), as the second reading is then.
    quick: bool,
}

pub(super) fn unreadable(file: &str, e: &std::io::Error) -> ImportError {
    ImportError::Invalid(crate::text::one_line(file), crate::text::io_error(e))
}

/// Reads the export that `open` reads from its start through, checking each
/// question as it is parsed and keeping none: a syntax error anywhere is
/// returned first, as [`read_export`] returns it; a question that would
/// refuse the import is told by [`Store::import_stream`], in the order the
/// in-memory import tells it.
pub fn scan_export<R: Read>(
    mut open: impl FnMut() -> std::io::Result<R>,
    file: &str,
) -> Result<ExportScan, ImportError> {
    let mut tally = Tally::default();
    let source = open().map_err(|e| unreadable(file, &e))?;
    let quickly = fast::read_quickly(source, &mut |q| tally.add(&q, file));
    let quick = quickly.is_ok();
    let scanned = match quickly {
        Ok(doc) => Ok(doc),
        Err(fast::Stop::Each(e)) => Err(e),
        // Counted again from the start, carefully.
        Err(fast::Stop::GiveUp) => {
            tally = Tally::default();
            read_each(|| open().map(buffered), file, &mut |q| tally.add(&q, file))
        }
    };
    let Tally { rows, problem, .. } = tally;
    match scanned {
        Ok(doc) => Ok(ExportScan {
            doc,
            rows,
            problem,
            quick,
        }),
        // A reader counts columns a little differently from a slice: a
        // broken file is read whole once more, to be placed as before.
        Err(e @ ImportError::Invalid(..)) => {
            let mut bytes = Vec::new();
            let read = open().and_then(|mut r| r.read_to_end(&mut bytes));
            Err(match read.map(|_| read_export(&bytes, file)) {
                Ok(Err(placed)) => placed,
                _ => e,
            })
        }
        Err(e) => Err(e),
    }
}

/// What the first reading counts, and the first question it finds that
/// would refuse the import.
#[derive(Default)]
struct Tally {
    questions: usize,
    rows: u64,
    problem: Option<ImportError>,
}

impl Tally {
    fn add(&mut self, q: &ExportQuestion, file: &str) -> Result<(), ImportError> {
        if self.problem.is_none() {
            self.problem = check_question(self.questions, q, file).err();
        }
        self.questions += 1;
        self.rows += question_rows(q);
        Ok(())
    }
}

/// `r` as serde_json reads it, through a buffer.
fn buffered<R: Read>(r: R) -> serde_json::de::IoRead<std::io::BufReader<R>> {
    serde_json::de::IoRead::new(std::io::BufReader::with_capacity(1 << 16, r))
}

/// How many rows an import of `doc` goes through: its attempts and
/// review-log entries, the measure of its progress.
pub fn import_rows(doc: &ExportDoc) -> u64 {
    doc.questions.iter().map(question_rows).sum()
}

fn question_rows(q: &ExportQuestion) -> u64 {
    (q.attempts.len() + q.review_log.len()) as u64
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{0}: {1}")]
    Invalid(String, String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

fn validate(doc: &ExportDoc, file: &str) -> Result<(), ImportError> {
    validate_with(doc, file, || {
        doc.questions
            .iter()
            .enumerate()
            .try_for_each(|(i, q)| check_question(i, q, file))
    })
}

/// Checks `doc` in the order the user is told: its format and version, its
/// questions (`questions`), its mock interviews, its story.
fn validate_with(
    doc: &ExportDoc,
    file: &str,
    questions: impl FnOnce() -> Result<(), ImportError>,
) -> Result<(), ImportError> {
    let bad = |m: String| refused(file, &m);
    if doc.format != FORMAT {
        return bad(crate::t!(
            "store-export-wrong-format",
            format = &doc.format,
            expected = FORMAT
        ));
    }
    if doc.version != VERSION {
        return bad(crate::t!(
            "store-export-version-unsupported",
            version = doc.version,
            reads = VERSION
        ));
    }
    questions()?;
    for (i, m) in doc.mocks.iter().enumerate() {
        if let Some(problem) = mocks::mock_problem(m) {
            return bad(format!("mocks[{i}] ({}): {problem}", m.id));
        }
    }
    if let Some(s) = &doc.story
        && from_rfc3339(&s.updated_at).is_none()
    {
        return bad(crate::t!("store-export-story-time"));
    }
    Ok(())
}

fn refused(file: &str, m: &str) -> Result<(), ImportError> {
    Err(ImportError::Invalid(
        crate::text::one_line(file),
        crate::text::one_line(m),
    ))
}

/// Refuses the `i`th question of an export if a key is empty or a time or
/// rating is not one.
fn check_question(i: usize, q: &ExportQuestion, file: &str) -> Result<(), ImportError> {
    let bad = |m: String| refused(file, &m);
    let at = format!("questions[{i}] ({}/{})", q.bank_id, q.question_id);
    if q.bank_id.is_empty() || q.question_id.is_empty() {
        return bad(format!("{at}: {}", crate::t!("store-export-empty-key")));
    }
    for (j, a) in q.attempts.iter().enumerate() {
        if from_rfc3339(&a.started_at).is_none() || from_rfc3339(&a.submitted_at).is_none() {
            return bad(format!(
                "{at}.attempts[{j}]: {}",
                crate::t!("store-export-attempt-times")
            ));
        }
        if a.rating.is_some_and(|r| !(1..=4).contains(&r)) {
            return bad(format!(
                "{at}.attempts[{j}]: {}",
                crate::t!("store-export-rating")
            ));
        }
    }
    for (j, r) in q.review_log.iter().enumerate() {
        if from_rfc3339(&r.reviewed_at).is_none() || !(1..=4).contains(&r.rating) {
            return bad(format!(
                "{at}.review_log[{j}]: {}",
                crate::t!("store-export-review")
            ));
        }
    }
    if let Some(s) = &q.schedule
        && (from_rfc3339(&s.due).is_none() || from_rfc3339(&s.last_review).is_none())
    {
        return bad(format!(
            "{at}.schedule: {}",
            crate::t!("store-export-schedule-times")
        ));
    }
    Ok(())
}

/// Takes the imported story when we have none, or when it differs from
/// ours and was saved later.
fn merge_story(tx: &rusqlite::Transaction, theirs: &ExportStory) -> rusqlite::Result<StoryMerge> {
    use rusqlite::OptionalExtension;
    let at = from_rfc3339(&theirs.updated_at).unwrap_or_default();
    let ours: Option<(String, Instant)> = tx
        .query_row("SELECT yaml, updated_at FROM story WHERE id = 1", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .optional()?;
    let merge = match ours {
        None => StoryMerge::Taken,
        Some((yaml, _)) if yaml == theirs.yaml => return Ok(StoryMerge::Same),
        Some((_, ours)) if at > ours => StoryMerge::Imported { ours, theirs: at },
        Some((_, ours)) => return Ok(StoryMerge::KeptOurs { ours, theirs: at }),
    };
    super::story::set_story_on(tx, &theirs.yaml, at)?;
    Ok(merge)
}

fn question_doc(k: QuestionKey, g: Gathered) -> ExportQuestion {
    let latest = g
        .attempts
        .iter()
        .max_by_key(|a| (a.submitted_at, a.id.clone()));
    let role = g
        .card
        .as_ref()
        .map(|c| c.role.clone())
        .or_else(|| latest.map(|a| a.role.clone()));
    let prompt = g
        .card
        .as_ref()
        .map(|c| c.prompt.clone())
        .or_else(|| latest.map(|a| a.prompt.clone()));
    ExportQuestion {
        role,
        prompt,
        talking_points: g.talking_points,
        attempts: g
            .attempts
            .iter()
            .map(|a| ExportAttempt {
                id: a.id.clone(),
                role: a.role.clone(),
                prompt: a.prompt.clone(),
                started_at: to_rfc3339(a.started_at),
                submitted_at: to_rfc3339(a.submitted_at),
                duration_ms: a.duration_ms.as_ms(),
                text: a.text.clone(),
                rating: a.rating,
                mode: a.mode.clone(),
                time_limit_s: a.time_limit_s,
                session_id: a.session_id.clone(),
            })
            .collect(),
        schedule: g.card.map(|c| ExportSchedule {
            state: c.state,
            due: to_rfc3339(c.due),
            stability: c.stability,
            difficulty: c.difficulty,
            reps: c.reps,
            lapses: c.lapses,
            last_review: to_rfc3339(c.last_review),
        }),
        review_log: g
            .reviews
            .into_iter()
            .map(|r| ExportReview {
                reviewed_at: to_rfc3339(r.reviewed_at),
                rating: r.rating,
                state: r.state,
                elapsed_days: r.elapsed_days,
                scheduled_days: r.scheduled_days,
                attempt_id: r.attempt_id,
            })
            .collect(),
        bank_id: k.bank_id,
        question_id: k.question_id,
    }
}

fn attempt_from_doc(q: &ExportQuestion, a: &ExportAttempt) -> Attempt {
    Attempt {
        id: a.id.clone(),
        bank_id: q.bank_id.clone(),
        question_id: q.question_id.clone(),
        role: a.role.clone(),
        prompt: a.prompt.clone(),
        started_at: from_rfc3339(&a.started_at).unwrap_or_default(),
        submitted_at: from_rfc3339(&a.submitted_at).unwrap_or_default(),
        duration_ms: Span::from_ms(a.duration_ms),
        text: a.text.clone(),
        rating: a.rating,
        mode: a.mode.clone(),
        time_limit_s: a.time_limit_s,
        session_id: a.session_id.clone(),
    }
}

fn review_from_doc(q: &ExportQuestion, r: &ExportReview) -> ReviewEntry {
    ReviewEntry {
        bank_id: q.bank_id.clone(),
        question_id: q.question_id.clone(),
        reviewed_at: from_rfc3339(&r.reviewed_at).unwrap_or_default(),
        rating: r.rating,
        state: r.state.clone(),
        elapsed_days: r.elapsed_days,
        scheduled_days: r.scheduled_days,
        attempt_id: r.attempt_id.clone(),
    }
}

fn card_from_doc(q: &ExportQuestion, s: &ExportSchedule) -> Card {
    Card {
        bank_id: q.bank_id.clone(),
        question_id: q.question_id.clone(),
        role: q.role.clone().unwrap_or_default(),
        prompt: q.prompt.clone().unwrap_or_default(),
        state: s.state.clone(),
        due: from_rfc3339(&s.due).unwrap_or_default(),
        stability: s.stability,
        difficulty: s.difficulty,
        reps: s.reps,
        lapses: s.lapses,
        last_review: from_rfc3339(&s.last_review).unwrap_or_default(),
    }
}

#[cfg(test)]
mod stream_tests;
#[cfg(test)]
mod tests;
