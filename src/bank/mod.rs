//! Question banks: the model, parsing with file:line:col errors, and the
//! library assembled from bundled banks, the user's folder and `--banks`.

pub mod bundled;
pub mod cache;
pub mod compact;
pub mod imported;
pub mod lint;
pub mod markdown;
mod model;
pub mod names;
pub(crate) mod parse;
pub mod template;
pub(crate) mod validate;
pub mod write;
pub mod yaml;

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};

pub use model::{
    AskWhen, Bank, BankError, CompactString, FollowUp, KeyPoint, Kind, Level, Origin, Question,
    format_duration, owned, parse_duration, significant_words,
};
pub use parse::{MAX_BANK_BYTES, parse_bank, parse_bank_all};

/// A role as a bank's `role` takes it: lowercase letters, digits, dashes.
pub fn is_role_slug(s: &str) -> bool {
    validate::is_slug(s)
}

/// A language code as a bank's `language` takes it: `en`, `ko`, `pt-BR`.
pub fn is_language_code(s: &str) -> bool {
    validate::is_language_code(s)
}

static BUNDLED: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/question-banks");

/// Every bank that loaded, what failed to, and what overrode what.
#[derive(Debug, Default, Clone)]
pub struct Library {
    /// Read with [`Library::banks`]: the bundled ones are decoded when
    /// first asked for ([`bundled`]).
    banks: bundled::Banks,
    pub problems: Vec<BankError>,
    pub notices: Vec<String>,
}

/// The bundled bank files, as (path inside question-banks/, contents).
pub fn bundled_files() -> Vec<(String, &'static [u8])> {
    let mut out = Vec::new();
    collect_bundled(&BUNDLED, &mut out);
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

fn collect_bundled(dir: &'static Dir<'static>, out: &mut Vec<(String, &'static [u8])>) {
    for f in dir.files() {
        if is_bank_path(f.path()) {
            out.push((f.path().to_string_lossy().into_owned(), f.contents()));
        }
    }
    for d in dir.dirs() {
        collect_bundled(d, out);
    }
}

fn is_bank_path(p: &Path) -> bool {
    matches!(p.extension().and_then(|e| e.to_str()), Some("yaml" | "yml"))
}

fn stem_of(p: &Path) -> String {
    p.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Reads a bank file, refusing one over 1 MiB before reading it whole.
pub fn read_bank_file(path: &Path) -> Result<Vec<u8>, BankError> {
    read_bank_file_stamped(path).map(|(bytes, _)| bytes)
}

/// [`read_bank_file`], with the file's modification time as the open file
/// gives it (`None` when the system gives none).
pub fn read_bank_file_stamped(
    path: &Path,
) -> Result<(Vec<u8>, Option<std::time::SystemTime>), BankError> {
    let shown = path.display().to_string();
    let io_err = |e: std::io::Error| {
        let reason = crate::text::io_error(&e);
        BankError::at(
            &shown,
            1,
            1,
            crate::t!("bank-file-unreadable", reason = reason),
        )
    };
    let file = std::fs::File::open(path).map_err(io_err)?;
    let modified = file.metadata().and_then(|m| m.modified()).ok();
    let mut buf = Vec::new();
    file.take(MAX_BANK_BYTES as u64 + 1)
        .read_to_end(&mut buf)
        .map_err(io_err)?;
    if buf.len() > MAX_BANK_BYTES {
        return Err(BankError::at(
            &shown,
            1,
            1,
            crate::t!("bank-too-big", max = MAX_BANK_BYTES),
        ));
    }
    Ok((buf, modified))
}

/// Loads and validates one bank file from disk, stopping at its first problem.
pub fn load_file(path: &Path, origin: Origin) -> Result<Bank, BankError> {
    load_file_all(path, origin).map_err(|mut e| e.swap_remove(0))
}

/// Loads and validates one bank file from disk; `Err` holds every problem
/// in it, in file order.
pub fn load_file_all(path: &Path, origin: Origin) -> Result<Bank, Vec<BankError>> {
    let bytes = read_bank_file(path).map_err(|e| vec![e])?;
    parse_bank_all(&path.display().to_string(), &stem_of(path), &bytes, origin)
}

/// The bank files in a folder (recursively), sorted by path; a file path is
/// returned as itself.
pub fn bank_files(path: &Path) -> std::io::Result<Vec<PathBuf>> {
    let meta = std::fs::metadata(path)?;
    if meta.is_file() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut out = Vec::new();
    let mut stack = vec![path.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir)? {
            let entry = entry?;
            let p = entry.path();
            let ft = entry.file_type()?;
            if ft.is_dir() {
                stack.push(p);
            } else if is_bank_path(&p) {
                out.push(p);
            }
        }
    }
    out.sort();
    Ok(out)
}

impl Library {
    /// Bundled banks, then the user's bank folder (if it exists), then each
    /// `--banks` path; a later bank with the same id replaces an earlier one.
    pub fn load(user_dir: Option<&Path>, extra: &[PathBuf]) -> Library {
        Library::load_cached(user_dir, extra, None)
    }

    /// [`Library::load`], with the custom banks through the bank cache of
    /// `data_dir` when there is one ([`cache`]): the same library, without
    /// parsing the files that have not changed.
    pub fn load_cached(
        user_dir: Option<&Path>,
        extra: &[PathBuf],
        data_dir: Option<&Path>,
    ) -> Library {
        let mut lib = Library::bundled();
        let user: fn(&Path) -> Origin = |p| Origin::UserFolder(p.to_path_buf());
        let given: fn(&Path) -> Origin = |p| Origin::CommandLine(p.to_path_buf());
        let sources: Vec<_> = user_dir
            .filter(|d| d.is_dir())
            .map(|d| (d, user))
            .into_iter()
            .chain(extra.iter().map(|p| (p.as_path(), given)))
            .map(|(path, origin)| (path, bank_files(path), origin))
            .collect();
        let mut cache = data_dir.map(|d| {
            // Only the entries of the files this load reads are decoded.
            let wanted: std::collections::HashSet<&str> = sources
                .iter()
                .flat_map(|(_, files, _)| files.iter().flatten())
                .filter_map(|f| f.to_str())
                .collect();
            cache::BankCache::open_for(&cache::cache_file(d), Some(&wanted))
        });
        for (path, files, origin) in &sources {
            lib.add_files(path, files, cache.as_mut(), origin);
        }
        if let Some(cache) = cache {
            cache.save();
        }
        lib
    }

    /// A library of the bundled banks alone (decoded from what build.rs
    /// validated and encoded, in path order, when first asked for).
    fn bundled() -> Library {
        Library {
            banks: bundled::Banks::bundled(),
            ..Library::default()
        }
    }

    /// The bundled banks parsed from their YAML, as build.rs does.
    pub fn add_bundled_yaml(&mut self) {
        for (path, bytes) in bundled_files() {
            let stem = stem_of(Path::new(&path));
            match parse_bank_all(
                &format!("question-banks/{path}"),
                &stem,
                bytes,
                Origin::Bundled(path.clone()),
            ) {
                Ok(b) => self.add(b),
                Err(e) => self.problems.extend(e),
            }
        }
    }

    /// The bank files of `path` (as [`bank_files`] listed them), or why
    /// they could not be listed.
    fn add_files(
        &mut self,
        path: &Path,
        files: &std::io::Result<Vec<PathBuf>>,
        mut cache: Option<&mut cache::BankCache>,
        origin: impl Fn(&Path) -> Origin,
    ) {
        match files {
            Ok(files) => {
                for f in files {
                    let loaded = match cache.as_deref_mut() {
                        Some(c) => c.load_file(f, origin(f)),
                        None => load_file_all(f, origin(f)),
                    };
                    match loaded {
                        Ok(b) => self.add(b),
                        Err(e) => self.problems.extend(e),
                    }
                }
            }
            Err(e) => self.problems.push(BankError::at(
                &path.display().to_string(),
                1,
                1,
                crate::t!("bank-path-unreadable", reason = crate::text::io_error(e)),
            )),
        }
    }

    /// Adds a bank, replacing one with the same id and saying so.
    pub fn add(&mut self, bank: Bank) {
        let (id, new) = (bank.id.clone(), bank.origin.path_display());
        if let Some(old) = self.banks.add(bank) {
            self.notices.push(crate::t!(
                "bank-replaces",
                id = &id,
                new = new,
                old = old.path_display()
            ));
        }
    }

    /// Every bank, in order (the bundled ones first). The first call
    /// decodes the bundled banks.
    pub fn banks(&self) -> &[Bank] {
        self.banks.all()
    }

    /// Takes out the banks that came from `origin` (the story's, say).
    pub fn remove_from(&mut self, origin: &Origin) {
        self.banks.remove_from(origin)
    }

    /// Whether the bundled banks have been decoded yet.
    pub fn is_decoded(&self) -> bool {
        self.banks.is_decoded()
    }

    /// How many banks there are, without decoding the bundled ones.
    pub fn bank_count(&self) -> usize {
        self.banks.counts().0
    }

    /// Gives `f` each bank's id, role and sorted question ids, without
    /// decoding the bundled banks; stops at `f`'s first error. `f` must
    /// not ask this library for its banks (they are locked meanwhile).
    pub fn try_each_summary<E>(
        &self,
        f: impl FnMut(&bundled::Summary) -> Result<(), E>,
    ) -> Result<(), E> {
        self.banks.try_each(f)
    }

    pub fn bank(&self, id: &str) -> Option<&Bank> {
        self.banks().iter().find(|b| b.id == id)
    }

    pub fn question(&self, bank_id: &str, question_id: &str) -> Option<(&Bank, &Question)> {
        let b = self.bank(bank_id)?;
        Some((b, b.question(question_id)?))
    }

    /// Roles with their banks, sorted by role then language.
    pub fn roles(&self) -> BTreeMap<&str, Vec<&Bank>> {
        let mut m: BTreeMap<&str, Vec<&Bank>> = BTreeMap::new();
        for b in self.banks() {
            m.entry(b.role.as_str()).or_default().push(b);
        }
        for v in m.values_mut() {
            v.sort_by(|a, b| (&a.language, &a.id).cmp(&(&b.language, &b.id)));
        }
        m
    }

    /// How many questions there are, without decoding the bundled banks.
    pub fn question_count(&self) -> usize {
        self.banks.counts().1
    }

    /// All languages present, sorted.
    pub fn languages(&self) -> Vec<String> {
        let mut v: Vec<String> = self.banks().iter().map(|b| b.language.clone()).collect();
        v.sort();
        v.dedup();
        v
    }
}

#[cfg(test)]
mod tests;
