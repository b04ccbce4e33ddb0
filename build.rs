//! Validates the bundled banks with the loader's own code and encodes them
//! for the binary (`bank::compact`): a bundled bank with a problem fails
//! the build with its file:line:col messages, and start-up decodes the
//! banks instead of parsing YAML; an index of their ids and roles lets
//! the first screen draw without decoding them at all.

// The loader's modules, compiled here as they are in the crate (their
// `super::` is this crate's root); most of text and i18n goes unused.
#![allow(dead_code, unused_imports, unused_macros)]

#[path = "src/i18n.rs"]
mod i18n;
/// The crate's `catalogue_data` is what this script writes; its own copy
/// of i18n reads the files, and indexes them when it first needs them.
mod catalogue_data {
    use std::sync::OnceLock;

    use crate::i18n::Lang;
    use crate::i18n::catalogue::Place;

    pub fn files(lang: Lang) -> &'static [(&'static str, &'static str)] {
        static FILES: [OnceLock<Vec<(&'static str, &'static str)>>; 2] =
            [OnceLock::new(), OnceLock::new()];
        FILES[lang as usize].get_or_init(|| {
            let dir = std::path::Path::new("i18n").join(lang.code());
            let entries =
                std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
            let mut files: Vec<(&'static str, &'static str)> = entries
                .map(|e| e.expect("a readable folder entry").path())
                .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
                .map(|p| {
                    let name = format!(
                        "{}/{}",
                        lang.code(),
                        p.file_name().unwrap_or_default().display()
                    );
                    let text = std::fs::read_to_string(&p)
                        .unwrap_or_else(|e| panic!("{}: {e}", p.display()));
                    (&*name.leak(), &*text.leak())
                })
                .collect();
            files.sort();
            files
        })
    }

    pub fn index(_: Lang) -> Option<&'static [Place]> {
        None
    }
}
#[path = "src/text.rs"]
mod text;

#[path = "src/bank/compact.rs"]
mod compact;
#[path = "src/bank/model.rs"]
mod model;
#[path = "src/bank/parse.rs"]
mod parse;
#[path = "src/bank/validate.rs"]
mod validate;
#[path = "src/bank/yaml.rs"]
mod yaml;
/// The crate's path to the YAML reader, for the modules below.
mod bank {
    pub(crate) use super::yaml;
}
#[path = "src/feedback/role/files.rs"]
mod role_files;

use std::path::{Path, PathBuf};

/// The sources a bank's loaded form depends on.
const LOADER: [&str; 7] = [
    "src/text.rs",
    "src/bank/cache.rs",
    "src/bank/compact.rs",
    "src/bank/model.rs",
    "src/bank/parse.rs",
    "src/bank/validate.rs",
    "src/bank/yaml.rs",
];

fn main() {
    for watched in [
        "question-banks",
        "i18n",
        "src/i18n.rs",
        "src/i18n/catalogue.rs",
        "src/i18n/josa.rs",
        "data/role-vocabulary.yaml",
        "data/role-vocabulary-banks.yaml",
        "src/feedback/role/files.rs",
    ]
    .into_iter()
    .chain(LOADER)
    {
        println!("cargo:rerun-if-changed={watched}");
    }
    // What the bank cache is keyed by besides each file: a change to the
    // loader makes the caches of other builds stale.
    let mut fingerprint = std::hash::DefaultHasher::new();
    for source in LOADER {
        let text = std::fs::read(source).unwrap_or_else(|e| panic!("{source}: {e}"));
        std::hash::Hash::hash(&text, &mut fingerprint);
    }
    println!(
        "cargo:rustc-env=REHEARSE_LOADER_FINGERPRINT={:016x}",
        std::hash::Hasher::finish(&fingerprint)
    );
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    check_catalogues();
    write_role_vocabulary(&out);
    write_catalogue_data(&out.join("catalogue-data.rs"));
    let root = Path::new("question-banks");
    let mut files = Vec::new();
    collect(root, &mut files);
    // The path inside question-banks/, as the crate's `bundled_files` names it.
    let mut files: Vec<(String, PathBuf)> = files
        .into_iter()
        .map(|p| {
            let inner = p.strip_prefix(root).unwrap_or(&p);
            (inner.to_string_lossy().into_owned(), p)
        })
        .collect();
    files.sort();
    let mut banks = Vec::new();
    let mut problems = Vec::new();
    for (inner, path) in &files {
        let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        match parse::parse_bank_all(
            &format!("question-banks/{inner}"),
            &stem,
            &bytes,
            model::Origin::Bundled(inner.clone()),
        ) {
            Ok(bank) => banks.push((inner.clone(), bank)),
            Err(errors) => problems.extend(errors.iter().map(|e| e.to_string())),
        }
    }
    if !problems.is_empty() {
        eprintln!("the bundled banks do not validate:");
        for p in &problems {
            eprintln!("{p}");
        }
        std::process::exit(1);
    }
    std::fs::write(
        out.join("bundled-banks.bin"),
        compact::encode_bundled(&banks),
    )
    .expect("OUT_DIR is writable");
    std::fs::write(out.join("bundled-index.rs"), index_source(&banks))
        .expect("OUT_DIR is writable");
}

/// The bundled banks' heads as Rust (`bank::bundled::Head`, one per bank
/// in path order, question ids sorted): what the home screen and the
/// library's bookkeeping need without decoding the banks.
fn index_source(banks: &[(String, model::Bank)]) -> String {
    use std::fmt::Write;
    let mut s = String::from("&[\n");
    for (path, b) in banks {
        let mut ids: Vec<&str> = b.questions.iter().map(|q| q.id.as_str()).collect();
        ids.sort_unstable();
        // `{:?}` of a str is a Rust string literal.
        let _ = writeln!(
            s,
            "Head {{ path: {path:?}, id: {:?}, role: {:?}, questions: &{ids:?} }},",
            b.id, b.role
        );
    }
    s.push(']');
    s
}

/// Reads the role vocabulary's two files as the crate would, failing the
/// build with the file and place of a problem, and encodes them for
/// `Vocabulary::get` (no YAML parsed at start).
fn write_role_vocabulary(out: &Path) {
    let files = role_files::read_files(role_files::CURATED, role_files::FROM_BANKS);
    match files {
        Ok(files) => std::fs::write(
            out.join("role-vocabulary.bin"),
            postcard::to_allocvec(&files).expect("the vocabulary encodes to memory"),
        )
        .expect("OUT_DIR is writable"),
        Err(e) => {
            eprintln!("the role vocabulary does not read: {e}");
            std::process::exit(1);
        }
    }
}

/// Fails the build on a problem of the interface's catalogues (a syntax
/// error, an id defined twice, a message its own slice would parse
/// otherwise, a term), with its file:line: the binary parses a message
/// alone, the first time it is shown.
fn check_catalogues() {
    let problems: Vec<String> = i18n::Lang::ALL.into_iter().flat_map(i18n::check).collect();
    if !problems.is_empty() {
        eprintln!("the catalogues (i18n/) do not check:");
        for p in &problems {
            eprintln!("i18n/{p}");
        }
        std::process::exit(1);
    }
}

/// Writes the crate's `catalogue_data`: each language's files, compiled in
/// with `include_str!` (checked UTF-8 at compile time, not at start), and
/// the places of their messages (`i18n::catalogue::index`).
fn write_catalogue_data(path: &Path) {
    use std::fmt::Write;
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n");
    let mut files = String::from("static FILES: [&[(&str, &str)]; 2] = [\n");
    let mut index = String::from("static INDEX: [&[Place]; 2] = [\n");
    for lang in i18n::Lang::ALL {
        files.push_str("    &[\n");
        for (name, _) in catalogue_data::files(lang) {
            let source = root.join(name);
            writeln!(files, "        ({name:?}, include_str!({source:?})),").expect("a String");
        }
        files.push_str("    ],\n");
        let texts: Vec<&'static str> = catalogue_data::files(lang).iter().map(|f| f.1).collect();
        index.push_str("    &[\n");
        for (id, file, start, end) in i18n::catalogue::index(&texts) {
            writeln!(index, "        ({id:?}, {file}, {start}, {end}),").expect("a String");
        }
        index.push_str("    ],\n");
    }
    std::fs::write(
        path,
        format!("// Written by build.rs from i18n/.\n{files}];\n{index}];\n"),
    )
    .expect("OUT_DIR is writable");
}

/// The bank files under `dir`, recursively, as the crate's
/// `bank::is_bank_path` picks them.
fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("a readable folder entry").path();
        if path.is_dir() {
            collect(&path, out);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("yaml" | "yml")
        ) {
            out.push(path);
        }
    }
}
