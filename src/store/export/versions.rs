//! Reading an export of any version this rehearse knows: the document's
//! `format` and `version` are read first, then the document as that version
//! wrote it, and each older version is brought up one step at a time
//! (`upgrade_v1`: 1 → 2). A later version adds its own step after the
//! last one; a version newer than ours is refused before anything else.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde::de::{
    DeserializeSeed, Deserializer, Error as _, IgnoredAny, MapAccess, SeqAccess, Visitor,
};

use super::{ExportDoc, ExportMock, ExportQuestion, ExportStory, FORMAT, ImportError, VERSION};
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
    fn read<'de, R: serde_json::de::Read<'de>>(
        source: R,
        file: &str,
    ) -> Result<Header, ImportError> {
        let mut header = Header::default();
        let mut de = serde_json::Deserializer::new(source);
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
    let mut questions = Vec::new();
    let mut doc = read_each(
        || Ok(serde_json::de::SliceRead::new(bytes)),
        file,
        &mut |q| {
            questions.push(q);
            Ok(())
        },
    )?;
    doc.questions = questions;
    Ok(doc)
}

/// Reads the export that `open` reads from its start (twice: its header,
/// then the document as that version wrote it), handing each question to
/// `each` as it is parsed: the document it returns has no questions. An
/// error of `each` stops the reading and is returned as it is.
pub fn read_each<'de, R: serde_json::de::Read<'de>>(
    mut open: impl FnMut() -> std::io::Result<R>,
    file: &str,
    each: &mut dyn FnMut(ExportQuestion) -> Result<(), ImportError>,
) -> Result<ExportDoc, ImportError> {
    let unreadable = |e: std::io::Error| super::unreadable(file, &e);
    let refuse = |m: String| ImportError::Invalid(one_line(file), m);
    let header = Header::read(open().map_err(unreadable)?, file)?;
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
    let fields = match header.version {
        Some(1) => V1_FIELDS,
        Some(v) if v == current => FIELDS,
        Some(v) if v > current => {
            return Err(refuse(crate::t!(
                "store-export-version-newer",
                version = v,
                reads = VERSION
            )));
        }
        Some(v) => {
            return Err(refuse(crate::t!(
                "store-export-version-unknown",
                version = v,
                reads = VERSION
            )));
        }
        None => {
            return Err(refuse(crate::t!(
                "store-export-no-version",
                reads = VERSION
            )));
        }
    };
    let mut de = serde_json::Deserializer::new(open().map_err(unreadable)?);
    let mut failed = None;
    let seed = DocSeed {
        fields,
        each,
        failed: &mut failed,
    };
    let read = seed
        .deserialize(&mut de)
        .and_then(|doc| de.end().map(|()| doc));
    match (read, failed) {
        (_, Some(e)) => Err(e),
        (Err(e), None) => Err(syntax(&e, file)),
        (Ok(doc), None) => Ok(doc),
    }
}

/// The fields of each version's top level, in the order they are written
/// (and checked for when missing).
const FIELDS: &[&str] = &[
    "format",
    "version",
    "settings",
    "questions",
    "mocks",
    "story",
];
const V1_FIELDS: &[&str] = &["format", "version", "settings", "questions"];

/// The top level of one version, read as `#[derive(Deserialize)]` with
/// `deny_unknown_fields` reads [`ExportDoc`] or [`ExportDocV1`] (the same
/// errors at the same places), except that its questions go to `each` as
/// they come instead of into a list. A version-1 document comes back as
/// version 2 (`upgrade_v1`).
struct DocSeed<'a> {
    fields: &'static [&'static str],
    each: &'a mut dyn FnMut(ExportQuestion) -> Result<(), ImportError>,
    failed: &'a mut Option<ImportError>,
}

impl<'de> DeserializeSeed<'de> for DocSeed<'_> {
    type Value = ExportDoc;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<ExportDoc, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for DocSeed<'_> {
    type Value = ExportDoc;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("struct ExportDoc")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<ExportDoc, A::Error> {
        let mut format: Option<String> = None;
        let mut version: Option<u32> = None;
        let mut settings: Option<BTreeMap<String, String>> = None;
        let mut questions = false;
        let mut mocks: Option<Vec<ExportMock>> = None;
        let mut story: Option<Option<ExportStory>> = None;
        let fields = self.fields;
        let twice = |i: usize| Err(A::Error::duplicate_field(fields[i]));
        while let Some(i) = map.next_key_seed(Field(fields))? {
            match i {
                0 if format.is_some() => return twice(i),
                0 => format = Some(map.next_value()?),
                1 if version.is_some() => return twice(i),
                1 => version = Some(map.next_value()?),
                2 if settings.is_some() => return twice(i),
                2 => settings = Some(map.next_value()?),
                3 if questions => return twice(i),
                3 => {
                    questions = true;
                    map.next_value_seed(Questions {
                        each: &mut *self.each,
                        failed: &mut *self.failed,
                    })?;
                }
                4 if mocks.is_some() => return twice(i),
                4 => mocks = Some(map.next_value()?),
                _ if story.is_some() => return twice(i),
                _ => story = Some(map.next_value()?),
            }
        }
        let missing = |i: usize| A::Error::missing_field(fields[i]);
        let format = format.ok_or_else(|| missing(0))?;
        let version = version.ok_or_else(|| missing(1))?;
        if !questions {
            return Err(missing(3));
        }
        let mocks = match mocks {
            Some(m) => m,
            None if fields.len() > 4 => return Err(missing(4)),
            None => Vec::new(),
        };
        Ok(ExportDoc {
            format,
            version: if fields.len() > 4 { version } else { 2 },
            settings: settings.unwrap_or_default(),
            questions: Vec::new(),
            mocks,
            story: story.flatten(),
        })
    }
}

/// A top-level key: its place in the version's fields.
struct Field(&'static [&'static str]);

impl<'de> DeserializeSeed<'de> for Field {
    type Value = usize;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<usize, D::Error> {
        d.deserialize_identifier(self)
    }
}

impl<'de> Visitor<'de> for Field {
    type Value = usize;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("field identifier")
    }
    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<usize, E> {
        self.0
            .iter()
            .position(|f| *f == v)
            .ok_or_else(|| E::unknown_field(v, self.0))
    }
}

/// The `questions` list, each handed on as soon as it is read.
struct Questions<'a> {
    each: &'a mut dyn FnMut(ExportQuestion) -> Result<(), ImportError>,
    failed: &'a mut Option<ImportError>,
}

impl<'de> DeserializeSeed<'de> for Questions<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for Questions<'_> {
    type Value = ();
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a sequence")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some(q) = seq.next_element::<ExportQuestion>()? {
            if let Err(e) = (self.each)(q) {
                *self.failed = Some(e);
                return Err(A::Error::custom("stopped"));
            }
        }
        Ok(())
    }
}

fn syntax(e: &serde_json::Error, file: &str) -> ImportError {
    ImportError::Invalid(
        format!("{}:{}:{}", one_line(file), e.line(), e.column()),
        crate::t!("store-export-syntax", reason = one_line(&e.to_string())),
    )
}
