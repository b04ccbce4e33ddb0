use std::fs;

use super::*;
use crate::bank::Library;

fn bank_text(id: &str, prompt: &str) -> String {
    format!(
        "id: {id}\ntitle: T {id}\nrole: backend\nlanguage: en\nquestions:\n  - id: q1\n    prompt: {prompt}\n    key_points:\n      - Idempotent retries\n    follow_ups:\n      - ask: And then?\n        if_missing: [retry]\n"
    )
}

/// A user bank folder with three banks, and an empty data folder.
fn setup() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let banks = dir.path().join("banks");
    let data = dir.path().join("data");
    fs::create_dir_all(banks.join("sub")).unwrap();
    fs::create_dir_all(&data).unwrap();
    fs::write(banks.join("a.yaml"), bank_text("a", "Explain A")).unwrap();
    fs::write(banks.join("b.yaml"), bank_text("b", "Explain B")).unwrap();
    fs::write(banks.join("sub/c.yml"), bank_text("c", "가상 메모리란?")).unwrap();
    (dir, banks, data)
}

/// The library as the uncached loader gives it.
fn uncached(banks: &Path) -> Library {
    Library::load(Some(banks), &[])
}

fn cached(banks: &Path, data: &Path) -> Library {
    Library::load_cached(Some(banks), &[], Some(data))
}

fn assert_same(got: &Library, want: &Library) {
    assert_eq!(got.banks(), want.banks());
    assert_eq!(got.problems, want.problems);
    assert_eq!(got.notices, want.notices);
}

/// Loads the user folder through the cache and says how many files came
/// from it.
fn hits(banks: &Path, data: &Path) -> usize {
    let mut cache = BankCache::open(&cache_file(data));
    for f in crate::bank::bank_files(banks).unwrap() {
        let _ = cache.load_file(&f, Origin::UserFolder(f.clone()));
    }
    let n = cache.hits();
    cache.save();
    n
}

#[test]
fn a_warm_load_takes_every_unchanged_file_from_the_cache() {
    let (_dir, banks, data) = setup();
    let want = uncached(&banks);
    assert_eq!(
        want.banks().len(),
        3 + Library::load(None, &[]).banks().len()
    );
    assert_same(&cached(&banks, &data), &want);
    assert!(cache_file(&data).is_file());
    assert_eq!(BankCache::open(&cache_file(&data)).entries_read(), 3);
    assert_eq!(hits(&banks, &data), 3);
    assert_same(&cached(&banks, &data), &want);
}

#[test]
fn damaged_or_truncated_caches_are_ignored_and_rebuilt() {
    let (_dir, banks, data) = setup();
    let want = uncached(&banks);
    cached(&banks, &data);
    let good = fs::read(cache_file(&data)).unwrap();
    let mut flipped = good.clone();
    let mid = flipped.len() / 2;
    flipped[mid] ^= 0x20;
    let damaged = [
        flipped,
        good[..good.len() / 2].to_vec(),
        good[..good.len() - 1].to_vec(),
        Vec::new(),
        b"not a cache at all".to_vec(),
    ];
    for bytes in damaged {
        fs::write(cache_file(&data), &bytes).unwrap();
        assert_eq!(BankCache::open(&cache_file(&data)).entries_read(), 0);
        assert_same(&cached(&banks, &data), &want);
        assert_eq!(hits(&banks, &data), 3, "rebuilt");
    }
}

#[test]
fn a_cache_of_another_build_is_ignored() {
    let (_dir, banks, data) = setup();
    cached(&banks, &data);
    let good = fs::read(cache_file(&data)).unwrap();
    // The same entries under another loader's fingerprint, checksum valid.
    let own = MAGIC.len() + 4 + FINGERPRINT.len();
    let fingerprint = b"0.0.1+0000000000000000";
    let mut other = MAGIC.to_vec();
    other.extend((fingerprint.len() as u32).to_le_bytes());
    other.extend(fingerprint);
    other.extend(&good[own..good.len() - 8]);
    other.extend(xxh3_64(&other).to_le_bytes());
    fs::write(cache_file(&data), &other).unwrap();
    assert_eq!(BankCache::open(&cache_file(&data)).entries_read(), 0);
    assert_same(&cached(&banks, &data), &uncached(&banks));
}

#[test]
fn a_changed_file_of_the_same_size_and_time_is_parsed_again() {
    let (_dir, banks, data) = setup();
    cached(&banks, &data);
    let a = banks.join("a.yaml");
    let modified = fs::metadata(&a).unwrap().modified().unwrap();
    let text = bank_text("a", "Explain Z");
    assert_eq!(text.len(), fs::metadata(&a).unwrap().len() as usize);
    fs::write(&a, &text).unwrap();
    fs::File::options()
        .write(true)
        .open(&a)
        .unwrap()
        .set_modified(modified)
        .unwrap();
    let lib = cached(&banks, &data);
    assert_eq!(lib.bank("a").unwrap().questions[0].prompt, "Explain Z");
    assert_same(&lib, &uncached(&banks));
    assert_eq!(hits(&banks, &data), 3, "the new text is cached");
}

#[test]
fn a_file_with_errors_is_never_cached_and_shows_its_own_errors() {
    let (_dir, banks, data) = setup();
    cached(&banks, &data);
    fs::write(
        banks.join("b.yaml"),
        "id: b\nrole: Not A Slug\nquestions: 3\n",
    )
    .unwrap();
    fs::write(banks.join("d.yaml"), "questions:\n\t- id: x\n").unwrap();
    let want = uncached(&banks);
    assert!(want.problems.len() >= 2, "{:?}", want.problems);
    for _ in 0..2 {
        let lib = cached(&banks, &data);
        assert_same(&lib, &want);
        assert!(lib.bank("b").is_none());
    }
    assert_eq!(BankCache::open(&cache_file(&data)).entries_read(), 2);
    assert_eq!(hits(&banks, &data), 2);
}

#[test]
fn a_removed_file_leaves_the_library_and_the_cache() {
    let (_dir, banks, data) = setup();
    cached(&banks, &data);
    fs::remove_file(banks.join("sub/c.yml")).unwrap();
    let lib = cached(&banks, &data);
    assert!(lib.bank("c").is_none());
    assert_same(&lib, &uncached(&banks));
    assert_eq!(BankCache::open(&cache_file(&data)).entries_read(), 2);
}

#[test]
fn banks_given_with_banks_flag_are_cached_with_their_origin() {
    let (_dir, banks, data) = setup();
    let extra = [banks.join("a.yaml")];
    let want = Library::load(None, &extra);
    for _ in 0..2 {
        let lib = Library::load_cached(None, &extra, Some(&data));
        assert_same(&lib, &want);
        assert_eq!(
            lib.bank("a").unwrap().origin,
            Origin::CommandLine(extra[0].clone())
        );
    }
    // The user folder's run keeps the entry, and reads it as its own.
    assert_same(&cached(&banks, &data), &uncached(&banks));
    assert_eq!(hits(&banks, &data), 3);
}

#[test]
fn a_cache_that_cannot_be_written_or_read_changes_nothing() {
    let (_dir, banks, data) = setup();
    let want = uncached(&banks);
    // The cache file's place taken by a folder: it can be neither read nor
    // replaced.
    fs::create_dir_all(cache_file(&data)).unwrap();
    assert_same(&cached(&banks, &data), &want);
    assert!(cache_file(&data).is_dir());
    // The cache folder's place taken by a file.
    fs::remove_dir_all(data.join("cache")).unwrap();
    fs::write(data.join("cache"), "a file").unwrap();
    assert_same(&cached(&banks, &data), &want);
    assert_eq!(fs::read(data.join("cache")).unwrap(), b"a file");
}

#[cfg(unix)]
#[test]
fn a_read_only_data_folder_is_left_alone() {
    use std::os::unix::fs::PermissionsExt;
    let (_dir, banks, data) = setup();
    fs::set_permissions(&data, fs::Permissions::from_mode(0o555)).unwrap();
    let lib = cached(&banks, &data);
    let writable = fs::write(data.join("probe"), "x").is_ok();
    fs::set_permissions(&data, fs::Permissions::from_mode(0o755)).unwrap();
    assert_same(&lib, &uncached(&banks));
    if !writable {
        // (Root writes anyway; then there is nothing to check here.)
        assert!(!data.join("cache").exists());
    }
}

#[test]
fn no_data_folder_is_created_for_the_cache() {
    let (dir, banks, _data) = setup();
    let missing = dir.path().join("no-data-yet");
    assert_same(
        &Library::load_cached(Some(&banks), &[], Some(&missing)),
        &uncached(&banks),
    );
    assert!(!missing.exists());
}

#[test]
fn an_unchanged_load_leaves_the_cache_file_as_it_was() {
    let (_dir, banks, data) = setup();
    cached(&banks, &data);
    let before = fs::read(cache_file(&data)).unwrap();
    let stamp = fs::metadata(cache_file(&data)).unwrap().modified().unwrap();
    cached(&banks, &data);
    assert_eq!(fs::read(cache_file(&data)).unwrap(), before);
    assert_eq!(
        fs::metadata(cache_file(&data)).unwrap().modified().unwrap(),
        stamp
    );
}

/// Every id, tag and match term of `lib` short enough to be held inline
/// (24 bytes), and how many there were.
fn short_strings_inline(lib: &Library) -> usize {
    let mut n = 0;
    for q in lib.banks().iter().flat_map(|b| &b.questions) {
        let terms = q.key_points.iter().flat_map(|k| &k.terms);
        let asked = q.follow_ups.iter().flat_map(|f| f.terms());
        for s in std::iter::once(&q.id)
            .chain(&q.tags)
            .chain(terms)
            .chain(asked)
        {
            if s.len() <= 24 {
                assert!(!s.is_heap_allocated(), "{s:?} was allocated");
                n += 1;
            }
        }
    }
    n
}

#[test]
fn short_ids_tags_and_terms_take_no_allocation_however_a_bank_is_loaded() {
    let (_dir, banks, data) = setup();
    fs::write(
        banks.join("d.yaml"),
        "id: d\ntitle: D\nrole: backend\nlanguage: ko\nquestions:\n  - id: 캐시-무효화\n    prompt: 캐시를 어떻게 무효화하나요?\n    tags: [cache, 데이터베이스]\n    key_points:\n      - text: TTL로 만료시킨다\n        match: [TTL, 만료]\n",
    )
    .unwrap();
    let bundled = short_strings_inline(&Library::load(None, &[]));
    assert!(bundled > 1000, "{bundled}");
    let parsed = short_strings_inline(&uncached(&banks));
    // Three banks of an id, two terms and a follow-up's term; the Korean
    // one's id, two tags and two terms.
    assert_eq!(parsed - bundled, 3 * 4 + 5);
    assert_eq!(short_strings_inline(&cached(&banks, &data)), parsed);
    assert_eq!(hits(&banks, &data), 4);
    assert_eq!(short_strings_inline(&cached(&banks, &data)), parsed);
}

#[test]
fn entries_of_files_a_load_does_not_read_stay_in_the_cache_undecoded() {
    let (dir, banks, data) = setup();
    let other = dir.path().join("other");
    fs::create_dir_all(&other).unwrap();
    fs::write(other.join("x.yaml"), bank_text("x", "Explain X")).unwrap();
    let extra = [other.clone()];
    let with_other = Library::load_cached(Some(&banks), &extra, Some(&data));
    assert_eq!(BankCache::open(&cache_file(&data)).entries_read(), 4);
    // Opened for the user folder's files only: x's bank is not decoded.
    let files = crate::bank::bank_files(&banks).unwrap();
    let wanted: HashSet<&str> = files.iter().filter_map(|f| f.to_str()).collect();
    let cache = BankCache::open_for(&cache_file(&data), Some(&wanted));
    assert_eq!((cache.old.len(), cache.others.len()), (3, 1));
    assert_eq!(cache.entries_read(), 4);
    // A load without `--banks` leaves x's entry, and the next one with it
    // takes x from the cache.
    let before = fs::read(cache_file(&data)).unwrap();
    assert_same(&cached(&banks, &data), &uncached(&banks));
    assert_eq!(fs::read(cache_file(&data)).unwrap(), before);
    let mut cache = BankCache::open(&cache_file(&data));
    let x = other.join("x.yaml");
    assert!(cache.load_file(&x, Origin::CommandLine(x.clone())).is_ok());
    assert_eq!(cache.hits(), 1);
    // A file of this load changed: the new cache still has x's entry,
    // copied as it was; once x is gone, its entry goes too.
    fs::write(banks.join("a.yaml"), bank_text("a", "Explain A again")).unwrap();
    let lib = cached(&banks, &data);
    assert_same(&lib, &uncached(&banks));
    assert_eq!(with_other.banks().len(), lib.banks().len() + 1);
    assert_eq!(BankCache::open(&cache_file(&data)).entries_read(), 4);
    let mut cache = BankCache::open(&cache_file(&data));
    assert!(cache.load_file(&x, Origin::CommandLine(x.clone())).is_ok());
    assert_eq!(cache.hits(), 1);
    fs::remove_file(&x).unwrap();
    assert_same(&cached(&banks, &data), &uncached(&banks));
    assert_eq!(BankCache::open(&cache_file(&data)).entries_read(), 3);
}
