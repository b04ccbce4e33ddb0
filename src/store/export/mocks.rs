//! Mock interviews in the export: each as stored, its times in RFC 3339 and
//! its report as the JSON object it was saved as, byte for byte.

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use super::{from_rfc3339, to_rfc3339};
use crate::model::{MockItem, MockRecord, Round, Span};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportMock {
    pub id: String,
    pub role: String,
    pub language: String,
    pub round: Round,
    pub minutes: u32,
    pub started_at: String,
    pub finished_at: Option<String>,
    pub elapsed_ms: i64,
    pub items: Vec<MockItem>,
    pub position: usize,
    /// The report, `null` until the mock is finished.
    pub report: Option<RawReport>,
}

/// A report exactly as it was saved: a JSON object, written into the export
/// as its own text (not parsed and written again, so its key order and its
/// numbers come back byte for byte). A saved report that is not a JSON
/// object (a damaged one) is written as a JSON string holding its text.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(transparent)]
pub struct RawReport(Box<RawValue>);

impl PartialEq for RawReport {
    fn eq(&self, other: &Self) -> bool {
        self.0.get() == other.0.get()
    }
}

impl RawReport {
    /// `json` as it is when it is a JSON object (and nothing around it),
    /// else as a JSON string.
    pub fn from_saved(json: &str) -> RawReport {
        match RawValue::from_string(json.to_string()) {
            Ok(raw) if raw.get().starts_with('{') && raw.get().len() == json.len() => {
                RawReport(raw)
            }
            _ => RawReport(
                serde_json::to_string(json)
                    .ok()
                    .and_then(|s| RawValue::from_string(s).ok())
                    .unwrap_or_default(),
            ),
        }
    }

    /// The text to save: the object's JSON, or the string's contents; None
    /// for anything else.
    pub fn saved(&self) -> Option<String> {
        let json = self.0.get();
        match json.as_bytes().first() {
            Some(b'{') => Some(json.to_string()),
            Some(b'"') => serde_json::from_str(json).ok(),
            _ => None,
        }
    }

    /// The report's JSON text, as the export holds it.
    pub fn json(&self) -> &str {
        self.0.get()
    }
}

pub(super) fn mock_doc(m: MockRecord) -> ExportMock {
    let report = m.report.as_deref().map(RawReport::from_saved);
    ExportMock {
        id: m.id,
        role: m.role,
        language: m.language,
        round: m.round,
        minutes: m.minutes,
        started_at: to_rfc3339(m.started_at),
        finished_at: m.finished_at.map(to_rfc3339),
        elapsed_ms: m.elapsed_ms.as_ms(),
        items: m.items,
        position: m.position,
        report,
    }
}

/// The record an (already validated) export mock stands for.
pub(super) fn mock_from_doc(m: &ExportMock) -> MockRecord {
    MockRecord {
        id: m.id.clone(),
        role: m.role.clone(),
        language: m.language.clone(),
        round: m.round,
        minutes: m.minutes,
        started_at: from_rfc3339(&m.started_at).unwrap_or_default(),
        finished_at: m.finished_at.as_deref().and_then(from_rfc3339),
        elapsed_ms: Span::from_ms(m.elapsed_ms),
        items: m.items.clone(),
        position: m.position,
        report: m.report.as_ref().and_then(RawReport::saved),
    }
}

/// What is wrong with `m`, if anything, for the import's message.
pub(super) fn mock_problem(m: &ExportMock) -> Option<String> {
    if m.id.is_empty() {
        return Some(crate::t!("store-export-mock-id"));
    }
    let bad_time = |t: &str| from_rfc3339(t).is_none();
    if bad_time(&m.started_at) || m.finished_at.as_deref().is_some_and(bad_time) {
        return Some(crate::t!("store-export-mock-times"));
    }
    if m.elapsed_ms < 0 {
        return Some(crate::t!("store-export-mock-elapsed"));
    }
    if m.position > m.items.len() {
        return Some(crate::t!(
            "store-export-mock-position",
            position = m.position,
            items = m.items.len()
        ));
    }
    if let Some((j, _)) = m
        .items
        .iter()
        .enumerate()
        .find(|(j, i)| i.follow_up_of.is_some_and(|of| of >= *j))
    {
        return Some(crate::t!("store-export-mock-follow-up-of", item = j));
    }
    if m.report.as_ref().is_some_and(|r| r.saved().is_none()) {
        return Some(crate::t!("store-export-mock-report"));
    }
    None
}
