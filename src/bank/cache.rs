//! The bank cache: custom banks (the user's folder, `--banks`) as they
//! were last decoded, so a file that has not changed is not parsed again.
//!
//! Kept in `<data>/cache/banks.bin`, one entry per file, keyed by its path,
//! size, modification time and an xxh3 hash of its bytes (the file is
//! still read every time; only the parse is saved). It is only an
//! optimisation: a cache that is missing, unreadable, damaged, truncated
//! or written by another build is ignored and rebuilt, a file with errors
//! is never cached (its errors always come from a real parse), and a cache
//! that cannot be written (a read-only folder, a full disk) is left as it
//! was without a word. Writes go to a temporary file renamed over the old
//! one, so a reader sees the old cache or the new one, never half of one.
//!
//! Layout: [`MAGIC`], the build's loader fingerprint (postcard string),
//! the entries (postcard, one after another), then the xxh3 hash of
//! everything before it (8 bytes, little-endian).

use std::collections::HashMap;
use std::io::Write;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use xxhash_rust::xxh3::{Xxh3, xxh3_64};

use super::model::{Bank, BankError, Origin};
use super::{parse_bank_all, read_bank_file_stamped, stem_of};

/// What a bank cache file starts with.
pub const MAGIC: &[u8; 8] = b"RHBANKS\n";

/// The loader this build has (its version and a hash of its sources, from
/// build.rs): a cache written by another build is ignored, since the same
/// file may load into another bank there.
pub const FINGERPRINT: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    "+",
    env!("REHEARSE_LOADER_FINGERPRINT")
);

/// The cache file in a data folder.
pub fn cache_file(data_dir: &Path) -> PathBuf {
    data_dir.join("cache").join("banks.bin")
}

/// What a file was when it was cached: its size, modification time (ns
/// since the epoch) and the hash of its bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Key {
    pub size: u64,
    pub modified_ns: u128,
    pub hash: u64,
}

impl Key {
    /// The key of `bytes` read from a file with this modification time
    /// (`None` when the system gives none: such a file is not cached).
    pub fn of(bytes: &[u8], modified: Option<std::time::SystemTime>) -> Option<Key> {
        let modified_ns = modified?.duration_since(UNIX_EPOCH).ok()?.as_nanos();
        Some(Key {
            size: bytes.len() as u64,
            modified_ns,
            hash: xxh3_64(bytes),
        })
    }
}

/// One file's entry: its key and its bank, encoded (`bank::compact`).
#[derive(serde::Serialize, serde::Deserialize)]
struct Entry<'a> {
    path: &'a str,
    key: Key,
    #[serde(borrow, serialize_with = "as_bytes")]
    bank: &'a [u8],
}

fn as_bytes<S: serde::Serializer>(b: &&[u8], s: S) -> Result<S::Ok, S::Error> {
    s.serialize_bytes(b)
}

/// The cache while a library loads: the entries read at the start, and
/// the ones this load found or changed.
pub struct BankCache {
    file: PathBuf,
    /// The cache file as read (empty when there was none to use).
    old: Vec<u8>,
    /// Path → (key, range of the encoded bank in `old`).
    index: HashMap<String, (Key, Range<usize>)>,
    /// Entries of this load, in load order; `None` for a file whose old
    /// entry is to be dropped (it now has errors).
    fresh: Vec<(String, Option<(Key, Vec<u8>)>)>,
    /// Old entries used as they were.
    kept: Vec<String>,
}

impl BankCache {
    /// Reads the cache file; anything wrong with it gives an empty cache.
    pub fn open(file: &Path) -> BankCache {
        let mut cache = BankCache {
            file: file.to_path_buf(),
            old: Vec::new(),
            index: HashMap::new(),
            fresh: Vec::new(),
            kept: Vec::new(),
        };
        if let Ok(bytes) = std::fs::read(file)
            && let Some(index) = read_index(&bytes)
        {
            cache.old = bytes;
            cache.index = index;
        }
        cache
    }

    /// How many entries the cache file held (0 when it was not usable).
    pub fn entries_read(&self) -> usize {
        self.index.len()
    }

    /// How many files this load took from the cache, unparsed.
    pub fn hits(&self) -> usize {
        self.kept.len()
    }

    /// Loads one bank file: from its entry when the file is what was
    /// cached, else parsed (and cached when it has no errors).
    pub fn load_file(&mut self, path: &Path, origin: Origin) -> Result<Bank, Vec<BankError>> {
        let (bytes, modified) = read_bank_file_stamped(path).map_err(|e| vec![e])?;
        let key = Key::of(&bytes, modified);
        let name = path.to_str();
        if let (Some(key), Some(name)) = (key, name)
            && let Some(mut bank) = self.cached(name, key)
        {
            bank.origin = origin;
            self.kept.push(name.to_string());
            return Ok(bank);
        }
        let shown = path.display().to_string();
        let loaded = parse_bank_all(&shown, &stem_of(path), &bytes, origin);
        if let Some(name) = name {
            let entry = match (&loaded, key) {
                (Ok(bank), Some(key)) => postcard::to_allocvec(bank).ok().map(|b| (key, b)),
                _ => None,
            };
            self.fresh.push((name.to_string(), entry));
        }
        loaded
    }

    /// The bank of `name`'s entry, when its key is `key` and it decodes.
    fn cached(&self, name: &str, key: Key) -> Option<Bank> {
        let (k, range) = self.index.get(name)?;
        if *k != key {
            return None;
        }
        postcard::from_bytes(self.old.get(range.clone())?).ok()
    }

    /// Writes the cache when this load changed it: new or changed files,
    /// files that now have errors, entries of files that are gone. A
    /// failure leaves the old cache (or none) in place, silently.
    pub fn save(self) {
        let _ = self.try_save();
    }

    fn try_save(self) -> std::io::Result<()> {
        let fresh: HashMap<&str, Option<&(Key, Vec<u8>)>> = self
            .fresh
            .iter()
            .map(|(n, e)| (n.as_str(), e.as_ref()))
            .collect();
        let kept: std::collections::HashSet<&str> = self.kept.iter().map(String::as_str).collect();
        // Old entries not seen this load stay while their file is there
        // (another `--banks` may want them next time).
        let mut others: Vec<&str> = self
            .index
            .keys()
            .map(String::as_str)
            .filter(|n| !kept.contains(n) && !fresh.contains_key(n))
            .collect();
        let before = others.len();
        others.retain(|n| Path::new(n).is_file());
        let changed = others.len() != before
            || fresh
                .iter()
                .any(|(n, e)| e.is_some() || self.index.contains_key(*n));
        if !changed {
            return Ok(());
        }
        others.sort_unstable();
        let dir = self.file.parent().unwrap_or(Path::new("."));
        // Only inside a data folder that exists: the cache never creates one.
        if !dir.parent().is_some_and(Path::is_dir) {
            return Ok(());
        }
        std::fs::create_dir_all(dir)?;
        let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
        {
            let mut out = Hashed::new(std::io::BufWriter::new(tmp.as_file_mut()));
            out.write_all(MAGIC)?;
            out.write_all(&postcard::to_allocvec(FINGERPRINT).map_err(std::io::Error::other)?)?;
            let mut put = |path: &str, key: Key, bank: &[u8]| -> std::io::Result<()> {
                let entry = Entry { path, key, bank };
                out.write_all(&postcard::to_allocvec(&entry).map_err(std::io::Error::other)?)
            };
            for name in self.kept.iter().map(String::as_str).chain(others) {
                if let Some((key, range)) = self.index.get(name) {
                    put(name, *key, &self.old[range.clone()])?;
                }
            }
            for (name, entry) in &self.fresh {
                if let Some((key, bank)) = entry {
                    put(name, *key, bank)?;
                }
            }
            let sum = out.hash.digest();
            out.inner.write_all(&sum.to_le_bytes())?;
            out.inner.flush()?;
        }
        tmp.as_file().sync_all()?;
        tmp.persist(&self.file).map_err(|e| e.error)?;
        Ok(())
    }
}

/// The entries of a cache file, or `None` when it is not one this build
/// wrote whole.
fn read_index(bytes: &[u8]) -> Option<HashMap<String, (Key, Range<usize>)>> {
    let body_len = bytes.len().checked_sub(8)?;
    let (body, sum) = bytes.split_at(body_len);
    if xxh3_64(body).to_le_bytes() != sum {
        return None;
    }
    let rest = body.strip_prefix(MAGIC.as_slice())?;
    let (fingerprint, mut rest): (&str, &[u8]) = postcard::take_from_bytes(rest).ok()?;
    if fingerprint != FINGERPRINT {
        return None;
    }
    let mut index = HashMap::new();
    while !rest.is_empty() {
        let (entry, next): (Entry, &[u8]) = postcard::take_from_bytes(rest).ok()?;
        let start = entry.bank.as_ptr() as usize - bytes.as_ptr() as usize;
        index.insert(
            entry.path.to_string(),
            (entry.key, start..start + entry.bank.len()),
        );
        rest = next;
    }
    Some(index)
}

/// A writer that hashes what goes through it.
struct Hashed<W> {
    inner: W,
    hash: Xxh3,
}

impl<W: Write> Hashed<W> {
    fn new(inner: W) -> Self {
        Hashed {
            inner,
            hash: Xxh3::new(),
        }
    }
}

impl<W: Write> Write for Hashed<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hash.update(&buf[..n]);
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests;
