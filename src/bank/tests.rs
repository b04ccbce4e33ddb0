use super::*;

/// The banks build.rs encoded are the bundled YAML as the loader parses
/// it now, bank by bank: same order, ids, questions and origins.
#[test]
fn decoded_bundled_banks_equal_the_parsed_yaml() {
    let decoded = compact::decode_bundled(BUNDLED_BANKS).expect("the build's encoding decodes");
    let mut parsed = Library::default();
    parsed.add_bundled_yaml();
    assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
    assert_eq!(decoded.len(), bundled_files().len());
    let loaded = Library::load(None, &[]);
    assert_eq!(loaded.banks.len(), parsed.banks.len());
    for (a, b) in loaded.banks.iter().zip(&parsed.banks) {
        assert_eq!(a, b, "bank {}", b.id);
    }
    assert_eq!(loaded.notices, parsed.notices);
    assert!(loaded.problems.is_empty());
    assert!(loaded.question_count() > 900);
}

/// Bytes that are not the encoding are refused, never half-read.
#[test]
fn damaged_bundled_encoding_is_refused() {
    assert!(compact::decode_bundled(&BUNDLED_BANKS[..BUNDLED_BANKS.len() / 2]).is_none());
    assert!(compact::decode_bundled(&[0xff; 16]).is_none());
}
