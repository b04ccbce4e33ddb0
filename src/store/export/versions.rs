//! Reading an export of any version this rehearse knows: the document's
//! `format` and `version` are read first, then the document as that version
//! wrote it, and each older version is brought up one step at a time
//! (`upgrade_v1`: 1 → 2). A later version adds its own step after the
//! last one; a version newer than ours is refused before anything else.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde::de::{DeserializeSeed, Deserializer, Error as _, IgnoredAny, MapAccess, Visitor};

use super::{ExportDoc, ExportQuestion, FORMAT, ImportError, VERSION};
use crate::text::one_line;

/// Version 1: everything version 2 holds but the mock interviews and the story.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportDocV1 {
    pub format: String,
    pub version: u32,
    #[serde(default)]
    pub settings: BTreeMap<String, String>,
    pub questions: Vec<ExportQuestion>,
}

/// 1 → 2: mock interviews and the story came in version 2; a version-1
/// export has neither.
pub fn upgrade_v1(doc: ExportDocV1) -> ExportDoc {
    ExportDoc {
        format: doc.format,
        version: 2,
        settings: doc.settings,
        questions: doc.questions,
        mocks: Vec::new(),
        story: None,
    }
}

/// The two fields every version has.
#[derive(Default)]
struct Header {
    format: Option<String>,
    version: Option<u64>,
}

impl Header {
    /// Reads `format` and `version` and stops there: an export starts with
    /// them, so this costs nothing next to reading the document itself.
    fn read(bytes: &[u8], file: &str) -> Result<Header, ImportError> {
        let mut header = Header::default();
        let mut de = serde_json::Deserializer::from_slice(bytes);
        match (&mut header).deserialize(&mut de) {
            Err(_) if header.format.is_some() && header.version.is_some() => Ok(header),
            Err(e) => Err(syntax(&e, file)),
            Ok(()) => Ok(header),
        }
    }
}

impl<'de> DeserializeSeed<'de> for &mut Header {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for &mut Header {
    type Value = ();
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a rehearse export (a JSON object)")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "format" => self.format = map.next_value()?,
                "version" => self.version = map.next_value()?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
            if self.format.is_some() && self.version.is_some() {
                // Both known: the rest is read once, by the document's version.
                return Err(A::Error::custom("header read"));
            }
        }
        Ok(())
    }
}

/// The export in `bytes` (read from `file`) as the current version.
pub fn read_export(bytes: &[u8], file: &str) -> Result<ExportDoc, ImportError> {
    let refuse = |m: String| ImportError::Invalid(one_line(file), m);
    let header = Header::read(bytes, file)?;
    match header.format.as_deref() {
        Some(FORMAT) => {}
        Some(other) => {
            return Err(refuse(crate::t!(
                "store-export-wrong-format",
                format = one_line(other),
                expected = FORMAT
            )));
        }
        None => {
            return Err(refuse(crate::t!(
                "store-export-no-format",
                expected = FORMAT
            )));
        }
    }
    let current = u64::from(VERSION);
    match header.version {
        Some(1) => Ok(upgrade_v1(parse(bytes, file)?)),
        Some(v) if v == current => parse(bytes, file),
        Some(v) if v > current => Err(refuse(crate::t!(
            "store-export-version-newer",
            version = v,
            reads = VERSION
        ))),
        Some(v) => Err(refuse(crate::t!(
            "store-export-version-unknown",
            version = v,
            reads = VERSION
        ))),
        None => Err(refuse(crate::t!(
            "store-export-no-version",
            reads = VERSION
        ))),
    }
}

/// `bytes` as a `T`, or the place where they stop being one.
fn parse<'a, T: Deserialize<'a>>(bytes: &'a [u8], file: &str) -> Result<T, ImportError> {
    serde_json::from_slice(bytes).map_err(|e| syntax(&e, file))
}

fn syntax(e: &serde_json::Error, file: &str) -> ImportError {
    ImportError::Invalid(
        format!("{}:{}:{}", one_line(file), e.line(), e.column()),
        crate::t!("store-export-syntax", reason = one_line(&e.to_string())),
    )
}
