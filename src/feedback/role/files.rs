//! The role vocabulary's two data files as written, and how they are
//! read: `data/role-vocabulary.yaml` (curated by hand) and
//! `data/role-vocabulary-banks.yaml` (generated from the bundled banks).
//! build.rs compiles this module too: it reads both files with the banks'
//! YAML reader, fails the build on a problem, and encodes them for the
//! binary (`vocabulary::Vocabulary::get`).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The two files' names, as errors give them.
pub(crate) const CURATED_FILE: &str = "data/role-vocabulary.yaml";
pub(crate) const FROM_BANKS_FILE: &str = "data/role-vocabulary-banks.yaml";

pub(crate) const CURATED: &str = include_str!("../../../data/role-vocabulary.yaml");
pub(crate) const FROM_BANKS: &str = include_str!("../../../data/role-vocabulary-banks.yaml");

/// The curated file as written.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Curated {
    pub roles: Vec<RoleDef>,
    #[serde(default)]
    pub common_ground: Vec<String>,
    #[serde(default)]
    pub exact_case: Vec<String>,
    #[serde(default)]
    pub as_written: Vec<String>,
    #[serde(default)]
    pub not_a_role: Vec<String>,
    pub terms: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pub shared: Vec<SharedDef>,
    #[serde(default)]
    pub never: Vec<String>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RoleDef {
    pub id: String,
    pub label: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SharedDef {
    pub term: String,
    pub roles: Vec<String>,
}

/// The generated file: per role, the bank words that mark it.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct FromBanks {
    pub roles: BTreeMap<String, Vec<BankWord>>,
}

/// One bank word: in how many of its role's questions it appears, and in
/// how many questions of the other roles and the common ground.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct BankWord {
    pub term: String,
    pub questions: u32,
    pub elsewhere: u32,
}

/// Reads one data file with the banks' YAML reader and serde.
pub(crate) fn parse<T: serde::de::DeserializeOwned>(file: &str, text: &str) -> Result<T, String> {
    let root = crate::bank::yaml::load(text)
        .map_err(|e| format!("{file}:{}:{}: {}", e.at.line, e.at.col, e.message))?
        .ok_or_else(|| format!("{file} is empty"))?;
    serde_json::from_value(root.to_json()).map_err(|e| format!("{file}: {e}"))
}

/// Reads the two files' text; `Err` says which file and what is wrong.
pub(crate) fn read_files(curated: &str, from_banks: &str) -> Result<(Curated, FromBanks), String> {
    Ok((
        parse(CURATED_FILE, curated)?,
        parse(FROM_BANKS_FILE, from_banks)?,
    ))
}
