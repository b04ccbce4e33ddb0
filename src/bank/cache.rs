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
//! Layout: [`MAGIC`], the build's loader fingerprint, then one frame per
//! entry, an empty frame, and the xxh3 hash of everything before it. A
//! frame is a length (u32, little-endian) and that many bytes; an entry is
//! postcard. The file is read and written a frame at a time, so a load
//! holds its banks and one entry, never the whole cache beside them.

use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::io::{BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use tempfile::NamedTempFile;
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

/// The largest entry written and read (a bank file is at most 1 MiB).
const MAX_FRAME: usize = 4 * super::MAX_BANK_BYTES;

/// The cache file in a data folder.
pub fn cache_file(data_dir: &Path) -> PathBuf {
    data_dir.join("cache").join("banks.bin")
}

/// What a file was when it was cached: its size, modification time (ns
/// since the epoch) and the hash of its bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
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

/// One file's entry: its path, its key and its bank.
#[derive(serde::Deserialize)]
struct Entry<'a> {
    path: &'a str,
    key: Key,
    bank: Bank,
}

/// The start of an [`Entry`]: what a cache opened for some files reads
/// of the others (postcard is read in field order).
#[derive(serde::Deserialize)]
struct Head<'a> {
    path: &'a str,
    key: Key,
}

/// An [`Entry`] to write, borrowing its bank.
#[derive(serde::Serialize)]
struct EntryOut<'a> {
    path: &'a str,
    key: Key,
    bank: &'a Bank,
}

/// The cache while a library loads: the banks read at the start, and the
/// new cache being written when this load changes it.
pub struct BankCache {
    file: PathBuf,
    /// Path → what the cache file held for it.
    old: HashMap<String, (Key, Bank)>,
    /// The entries of files this load does not read, left undecoded.
    others: HashMap<String, Key>,
    /// Old entries used as they were, to copy into a new cache.
    kept: HashSet<(String, Key)>,
    /// Old entries to leave out of a new cache (the file has errors now).
    dropped: bool,
    /// The new cache, started by the first file parsed; `Err` once it
    /// could not be (nothing more is tried).
    out: Option<Result<Writer, ()>>,
}

impl BankCache {
    /// Reads the cache file; anything wrong with it gives an empty cache.
    pub fn open(file: &Path) -> BankCache {
        BankCache::open_for(file, None)
    }

    /// Reads the cache file, decoding only the banks of the files in
    /// `wanted` (all of them for `None`): entries of other files (another
    /// `--banks`) cost neither the time nor the memory of their banks.
    pub fn open_for(file: &Path, wanted: Option<&HashSet<&str>>) -> BankCache {
        let mut old = HashMap::new();
        let mut others = HashMap::new();
        let whole = frames(file, |frame| {
            let (head, _): (Head, _) = postcard::take_from_bytes(frame).ok()?;
            if wanted.is_some_and(|w| !w.contains(head.path)) {
                others.insert(head.path.to_string(), head.key);
                return Some(());
            }
            let entry: Entry = postcard::from_bytes(frame).ok()?;
            old.insert(entry.path.to_string(), (entry.key, entry.bank));
            Some(())
        });
        if whole != Some(true) {
            old.clear();
            others.clear();
        }
        BankCache {
            file: file.to_path_buf(),
            old,
            others,
            kept: HashSet::new(),
            dropped: false,
            out: None,
        }
    }

    /// How many entries the cache file held (0 when it was not usable).
    pub fn entries_read(&self) -> usize {
        self.old.len() + self.others.len() + self.kept.len()
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
            && self.old.get(name).is_some_and(|(k, _)| *k == key)
            && let Some((_, mut bank)) = self.old.remove(name)
        {
            bank.origin = origin;
            self.kept.insert((name.to_string(), key));
            return Ok(bank);
        }
        let shown = path.display().to_string();
        let loaded = parse_bank_all(&shown, &stem_of(path), &bytes, origin);
        if let Some(name) = name {
            self.dropped |= self.old.remove(name).is_some() | self.others.remove(name).is_some();
            if let (Ok(bank), Some(key)) = (&loaded, key) {
                self.write(&EntryOut {
                    path: name,
                    key,
                    bank,
                });
            }
        }
        loaded
    }

    /// Adds an entry to the new cache, starting it if need be.
    fn write(&mut self, entry: &EntryOut) {
        let out = self
            .out
            .get_or_insert_with(|| Writer::start(&self.file).map_err(|_| ()));
        if let Ok(w) = out
            && w.entry(entry).is_err()
        {
            self.out = Some(Err(()));
        }
    }

    /// Writes the cache when this load changed it: new or changed files,
    /// files that now have errors, entries of files that are gone. A
    /// failure leaves the old cache (or none) in place, silently.
    pub fn save(mut self) {
        // Old entries not seen this load stay while their file is there
        // (another `--banks` may want them next time).
        let before = self.old.len() + self.others.len();
        self.old.retain(|name, _| Path::new(name).is_file());
        self.others.retain(|name, _| Path::new(name).is_file());
        if self.out.is_none() && !self.dropped && self.old.len() + self.others.len() == before {
            return;
        }
        let keep: HashSet<(String, Key)> = self
            .old
            .drain()
            .map(|(name, (key, _))| (name, key))
            .chain(self.others.drain())
            .chain(std::mem::take(&mut self.kept))
            .collect();
        let out = match self.out.take() {
            Some(out) => out,
            None => Writer::start(&self.file).map_err(|_| ()),
        };
        let Ok(mut out) = out else { return };
        // The kept entries, copied from the old file as they are there
        // (which another instance may have rewritten since: then only what
        // matches is copied, and nothing is saved unless it reads whole).
        if !keep.is_empty() {
            let copied = frames(&self.file, |frame| {
                let (head, _): (Head, _) = postcard::take_from_bytes(frame).ok()?;
                if keep.contains(&(head.path.to_string(), head.key)) {
                    out.frame(frame).ok()?;
                }
                Some(())
            });
            if copied != Some(true) {
                return;
            }
        }
        let _ = out.finish(&self.file);
    }
}

/// Calls `each` with every entry frame of the cache file. `None` when
/// there is no file to read; `Some(false)` when it is not one this build
/// wrote whole (another build's, damaged, cut short) or `each` refused a
/// frame, which the caller must then take back.
fn frames(file: &Path, mut each: impl FnMut(&[u8]) -> Option<()>) -> Option<bool> {
    let mut r = Hashing::new(BufReader::new(File::open(file).ok()?));
    let whole = (|| {
        let mut magic = [0; MAGIC.len()];
        r.read_exact(&mut magic).ok()?;
        let fingerprint = r.frame()?;
        if &magic != MAGIC || fingerprint != FINGERPRINT.as_bytes() {
            return None;
        }
        loop {
            let frame = r.frame()?;
            if frame.is_empty() {
                break;
            }
            each(&frame)?;
        }
        let sum = r.hash.digest();
        let mut stored = [0; 8];
        r.inner.read_exact(&mut stored).ok()?;
        let at_end = r.inner.read(&mut [0]).ok()? == 0;
        (stored == sum.to_le_bytes() && at_end).then_some(())
    })();
    Some(whole.is_some())
}

/// A reader that hashes what it reads.
struct Hashing<R> {
    inner: R,
    hash: Xxh3,
}

impl<R: Read> Hashing<R> {
    fn new(inner: R) -> Self {
        Hashing {
            inner,
            hash: Xxh3::new(),
        }
    }

    fn read_exact(&mut self, buf: &mut [u8]) -> std::io::Result<()> {
        self.inner.read_exact(buf)?;
        self.hash.update(buf);
        Ok(())
    }

    /// One frame's bytes; `None` when the file ends inside it or it is
    /// longer than any entry can be.
    fn frame(&mut self) -> Option<Vec<u8>> {
        let mut len = [0; 4];
        self.read_exact(&mut len).ok()?;
        let len = u32::from_le_bytes(len) as usize;
        if len > MAX_FRAME {
            return None;
        }
        let mut buf = vec![0; len];
        self.read_exact(&mut buf).ok()?;
        Some(buf)
    }
}

/// A new cache file being written, beside the old one, hashed as it goes.
struct Writer {
    tmp: BufWriter<NamedTempFile>,
    hash: Xxh3,
}

impl Writer {
    /// Starts the new cache: only inside a data folder that exists (the
    /// cache never creates one).
    fn start(file: &Path) -> std::io::Result<Writer> {
        let dir = file.parent().unwrap_or(Path::new("."));
        if !dir.parent().is_some_and(Path::is_dir) {
            return Err(std::io::ErrorKind::NotFound.into());
        }
        std::fs::create_dir_all(dir)?;
        let mut w = Writer {
            tmp: BufWriter::new(NamedTempFile::new_in(dir)?),
            hash: Xxh3::new(),
        };
        w.write(MAGIC)?;
        w.frame(FINGERPRINT.as_bytes())?;
        Ok(w)
    }

    fn write(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        self.hash.update(bytes);
        self.tmp.write_all(bytes)
    }

    fn frame(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        let len = u32::try_from(bytes.len()).map_err(std::io::Error::other)?;
        self.write(&len.to_le_bytes())?;
        self.write(bytes)
    }

    /// Adds an entry; one too big to be read back (aliases can make a
    /// bank larger than its file) is left out, and its file parsed each time.
    fn entry(&mut self, entry: &EntryOut) -> std::io::Result<()> {
        let bytes = postcard::to_allocvec(entry).map_err(std::io::Error::other)?;
        if bytes.len() > MAX_FRAME {
            return Ok(());
        }
        self.frame(&bytes)
    }

    /// Ends the file and renames it over `file`.
    fn finish(mut self, file: &Path) -> std::io::Result<()> {
        self.frame(&[])?;
        let sum = self.hash.digest();
        self.tmp.write_all(&sum.to_le_bytes())?;
        let tmp = self.tmp.into_inner().map_err(|e| e.into_error())?;
        tmp.as_file().sync_all()?;
        tmp.persist(file).map_err(|e| e.error)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests;
