//! Reading an export of any version this rehearse knows: the document's
//! `format` and `version` are read first, then the document as that version
//! wrote it, and each older version is brought up one step at a time
//! (`upgrade_v1`: 1 → 2). A later version adds its own step after the
//! last one; a version newer than ours is refused before anything else.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::{ExportDoc, ExportQuestion, FORMAT, ImportError, VERSION};
use crate::text::one_line;

/// Version 1: everything version 2 holds but the mock interviews.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportDocV1 {
    pub format: String,
    pub version: u32,
    #[serde(default)]
    pub settings: BTreeMap<String, String>,
    pub questions: Vec<ExportQuestion>,
}

/// 1 → 2: mock interviews came in version 2; a version-1 export has none.
pub fn upgrade_v1(doc: ExportDocV1) -> ExportDoc {
    ExportDoc {
        format: doc.format,
        version: 2,
        settings: doc.settings,
        questions: doc.questions,
        mocks: Vec::new(),
    }
}

/// The two fields every version has, read without the rest.
#[derive(Deserialize)]
struct Header {
    #[serde(default)]
    format: Option<String>,
    #[serde(default)]
    version: Option<u64>,
}

/// The export in `bytes` (read from `file`) as the current version.
pub fn read_export(bytes: &[u8], file: &str) -> Result<ExportDoc, ImportError> {
    let refuse = |m: String| ImportError::Invalid(one_line(file), m);
    let header: Header = parse(bytes, file)?;
    match header.format.as_deref() {
        Some(FORMAT) => {}
        Some(other) => {
            return Err(refuse(format!(
                "not a rehearse export (format is `{}`, expected `{FORMAT}`)",
                one_line(other)
            )));
        }
        None => {
            return Err(refuse(format!(
                "not a rehearse export (it has no `format`, expected `{FORMAT}`)"
            )));
        }
    }
    let current = u64::from(VERSION);
    match header.version {
        Some(1) => Ok(upgrade_v1(parse(bytes, file)?)),
        Some(v) if v == current => parse(bytes, file),
        Some(v) if v > current => Err(refuse(format!(
            "export version {v} is newer than this rehearse reads (versions 1 to {VERSION}); upgrade rehearse to import it"
        ))),
        Some(v) => Err(refuse(format!(
            "export version {v} is not one rehearse writes (this one reads versions 1 to {VERSION})"
        ))),
        None => Err(refuse(format!(
            "the export has no `version` (this rehearse reads versions 1 to {VERSION})"
        ))),
    }
}

/// `bytes` as a `T`, or the place where they stop being one.
fn parse<'a, T: Deserialize<'a>>(bytes: &'a [u8], file: &str) -> Result<T, ImportError> {
    serde_json::from_slice(bytes).map_err(|e| {
        ImportError::Invalid(
            format!("{}:{}:{}", one_line(file), e.line(), e.column()),
            format!("not a valid rehearse export: {}", one_line(&e.to_string())),
        )
    })
}
