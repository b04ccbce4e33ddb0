use super::*;

/// The banks build.rs encoded are the bundled YAML as the loader parses
/// it now, bank by bank: same order, ids, questions and origins.
#[test]
fn decoded_bundled_banks_equal_the_parsed_yaml() {
    let decoded = compact::decode_bundled(bundled::ENCODED).expect("the build's encoding decodes");
    let mut parsed = Library::default();
    parsed.add_bundled_yaml();
    assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
    assert_eq!(decoded.len(), bundled_files().len());
    let loaded = Library::load(None, &[]);
    assert_eq!(loaded.banks().len(), parsed.banks().len());
    for (a, b) in loaded.banks().iter().zip(parsed.banks()) {
        assert_eq!(a, b, "bank {}", b.id);
    }
    assert_eq!(loaded.notices, parsed.notices);
    assert!(loaded.problems.is_empty());
    assert!(loaded.question_count() > 900);
}

/// Bytes that are not the encoding are refused, never half-read.
#[test]
fn damaged_bundled_encoding_is_refused() {
    assert!(compact::decode_bundled(&bundled::ENCODED[..bundled::ENCODED.len() / 2]).is_none());
    assert!(compact::decode_bundled(&[0xff; 16]).is_none());
}

/// A bank of one question, as the loader parses it.
fn one_question_bank(id: &str, question: &str, origin: Origin) -> Bank {
    let text = format!(
        "id: {id}\ntitle: T {id}\nrole: backend\nlanguage: en\nquestions:\n  - id: {question}\n    prompt: Explain {question}\n"
    );
    parse_bank(&format!("{id}.yaml"), id, text.as_bytes(), origin).unwrap()
}

/// Banks added over the bundled ones before they are decoded end up where
/// and as they would have over decoded ones: a bundled bank replaced in
/// its place (twice), a new bank at the end, a story bank taken out, the
/// same notices. The counts and summaries before decoding are the ones
/// after it.
#[test]
fn banks_added_before_decoding_land_as_over_decoded_ones() {
    let user = |p: &str| Origin::UserFolder(PathBuf::from(p));
    let added = [
        one_question_bank("backend-en", "mine", user("a/backend-en.yaml")),
        one_question_bank("extra", "x1", user("a/extra.yaml")),
        one_question_bank("backend-en", "mine-again", user("b/backend-en.yaml")),
        one_question_bank("story-en", "s1", Origin::Story),
    ];
    let mut eager = Library::default();
    eager.add_bundled_yaml();
    let mut lazy = Library::bundled();
    for b in &added {
        eager.add(b.clone());
        lazy.add(b.clone());
    }
    eager.remove_from(&Origin::Story);
    lazy.remove_from(&Origin::Story);
    assert!(!lazy.is_decoded());
    let summaries = |lib: &Library| {
        let mut v = Vec::new();
        lib.try_each_summary(|s| {
            v.push((s.id.to_string(), s.role.to_string(), s.questions.join(",")));
            Ok::<_, ()>(())
        })
        .unwrap();
        v
    };
    let before = (summaries(&lazy), lazy.bank_count(), lazy.question_count());
    assert!(!lazy.is_decoded(), "counting decoded the bundled banks");
    assert_eq!(lazy.notices, eager.notices);
    assert_eq!(lazy.notices.len(), 2, "{:?}", lazy.notices);
    assert_eq!(lazy.banks(), eager.banks());
    assert!(lazy.is_decoded());
    let after = (summaries(&lazy), lazy.bank_count(), lazy.question_count());
    assert_eq!(before, after);
    let ids: Vec<&str> = lazy.banks().iter().map(|b| b.id.as_str()).collect();
    assert_eq!(ids.last(), Some(&"extra"));
    assert!(!ids.contains(&"story-en"));
    let mine = lazy.bank("backend-en").unwrap();
    assert_eq!(mine.questions[0].id, "mine-again");
    assert_eq!(ids.iter().position(|i| *i == "backend-en"), {
        let bundled = bundled::INDEX.iter().position(|h| h.id == "backend-en");
        assert!(bundled.is_some());
        bundled
    });
}

/// The index build.rs writes is the decoded banks' ids, roles, paths and
/// sorted question ids.
#[test]
fn the_bundled_index_matches_the_bundled_banks() {
    let banks = bundled::decode();
    assert_eq!(banks.len(), bundled::INDEX.len());
    for (b, h) in banks.iter().zip(bundled::INDEX) {
        let mut ids: Vec<&str> = b.questions.iter().map(|q| q.id.as_str()).collect();
        ids.sort_unstable();
        assert_eq!((b.id.as_str(), b.role.as_str()), (h.id, h.role));
        assert_eq!(b.origin, Origin::Bundled(h.path.to_string()));
        assert_eq!(ids, h.questions);
    }
}

/// A parsed bank keeps no spare room: every list and string it holds is
/// as long as what is in it (a library keeps all of them while it runs).
#[test]
fn a_parsed_bank_holds_no_spare_capacity() {
    let text = "id: roomy\ntitle: Roomy bank with a title long enough to have grown\nrole: backend\nlanguage: en\nquestions:\n".to_string()
        + &(0..9)
            .map(|i| {
                format!(
                    "  - id: q{i}\n    prompt: Explain how request number {i} stays idempotent when the client retries it after a timeout\n    tags: [retries, timeouts, idempotency-keys-and-more]\n    key_points:\n      - text: An idempotency key stored with the first response\n        match: [idempotency key, request id, 멱등성 키]\n      - Retries with exponential backoff and jitter\n    follow_ups:\n      - ask: What if the first request is still running when the retry arrives?\n        if_missing: [lock, in-flight]\n"
                )
            })
            .collect::<String>();
    let bank = parse_bank("roomy.yaml", "roomy", text.as_bytes(), Origin::Story).unwrap();
    let exact = |what: &str, len: usize, cap: usize| assert_eq!(len, cap, "{what}");
    exact("title", bank.title.len(), bank.title.capacity());
    exact("questions", bank.questions.len(), bank.questions.capacity());
    for q in &bank.questions {
        exact("prompt", q.prompt.len(), q.prompt.capacity());
        exact("tags", q.tags.len(), q.tags.capacity());
        exact("key points", q.key_points.len(), q.key_points.capacity());
        for k in &q.key_points {
            exact("key point", k.text.len(), k.text.capacity());
            exact("terms", k.terms.len(), k.terms.capacity());
            for t in k.terms.iter().filter(|t| t.is_heap_allocated()) {
                exact("term", t.len(), t.capacity());
            }
        }
        exact("follow-ups", q.follow_ups.len(), q.follow_ups.capacity());
        for f in &q.follow_ups {
            exact("ask", f.ask.len(), f.ask.capacity());
        }
    }
}

/// Taking out a bank that replaced a bundled one before the decode takes
/// the bundled one with it, as after the decode: the replaced bank is gone.
#[test]
fn a_bank_taken_out_before_decoding_takes_what_it_replaced() {
    let mine = Origin::UserFolder(PathBuf::from("a/backend-en.yaml"));
    let mut eager = Library::default();
    eager.add_bundled_yaml();
    let mut lazy = Library::bundled();
    for lib in [&mut eager, &mut lazy] {
        lib.add(one_question_bank("backend-en", "mine", mine.clone()));
        lib.add(one_question_bank("extra", "x1", Origin::Story));
        lib.remove_from(&Origin::Story);
    }
    assert!(
        !lazy.is_decoded(),
        "a bank of its own went: nothing to decode"
    );
    for lib in [&mut eager, &mut lazy] {
        lib.remove_from(&mine);
    }
    assert_eq!(lazy.banks(), eager.banks());
    assert!(lazy.bank("backend-en").is_none());
    assert!(lazy.bank("backend-ko").is_some());
}
