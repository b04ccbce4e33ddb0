//! The catalogues against each other and against the code: every id the
//! code names exists in both, every id in them is used, both give a message
//! the same values, and each one formats without error.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast;

use super::*;

/// Message id → the variables its text uses, for one language.
fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for (name, text) in catalogue_files(lang) {
        let res = fluent_syntax::parser::parse(text)
            .unwrap_or_else(|(_, errs)| panic!("{name}: {errs:?}"));
        for entry in res.body {
            if let ast::Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                catalogue::visit_message(&m, &mut |e| {
                    if let ast::InlineExpression::VariableReference { id } = e {
                        vars.insert(id.name.to_string());
                    }
                });
                let id = m.id.name.to_string();
                assert!(
                    out.insert(id.clone(), vars).is_none(),
                    "{name}: `{id}` is defined twice in {}",
                    lang.code()
                );
            }
        }
    }
    out
}

/// Every `.rs` file under `src/`, but the test modules.
fn sources() -> Vec<(String, String)> {
    fn walk(dir: &Path, out: &mut Vec<(String, String)>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().flatten().collect();
        entries.sort_by_key(|e| e.path());
        for e in entries {
            let p = e.path();
            if p.is_dir() {
                if p.file_name().is_some_and(|n| n == "tests") {
                    continue;
                }
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs")
                && p.file_name().is_some_and(|n| n != "tests.rs")
            {
                out.push((
                    p.display().to_string(),
                    std::fs::read_to_string(&p).unwrap(),
                ));
            }
        }
    }
    let mut out = Vec::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut out);
    out
}

/// A call naming a message: `t!("id", a = …, b = …)` or `msgid!("id")`,
/// with the names of the values it passes (`None` for `msgid!`, which
/// passes them later).
#[derive(Debug)]
struct Use {
    at: String,
    id: String,
    args: Option<BTreeSet<String>>,
}

fn uses() -> Vec<Use> {
    let mut out = Vec::new();
    for (file, text) in sources() {
        for (macro_name, with_args) in [("t!(", true), ("msgid!(", false)] {
            let mut from = 0;
            while let Some(i) = text[from..].find(macro_name) {
                let start = from + i + macro_name.len();
                from = start;
                // `t!(` inside a longer name (`format!(`... never ends in t!).
                let before = text[..start - macro_name.len()].chars().last();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                // Nor in a comment (the docs show calls).
                let line_start = text[..start].rfind('\n').map_or(0, |n| n + 1);
                if text[line_start..start].trim_start().starts_with("//") {
                    continue;
                }
                let rest = text[start..].trim_start();
                let Some(rest) = rest.strip_prefix('"') else {
                    continue; // the macro's own definition
                };
                let Some(end) = rest.find('"') else { continue };
                let id = rest[..end].to_string();
                let line = text[..start].matches('\n').count() + 1;
                let args = with_args.then(|| call_args(&rest[end + 1..]));
                out.push(Use {
                    at: format!("{file}:{line}"),
                    id,
                    args,
                });
            }
        }
    }
    out
}

/// The `name =` parts of a call, up to its closing parenthesis.
fn call_args(after_id: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let mut depth = 0i32;
    let mut in_str = false;
    let bytes: Vec<char> = after_id.chars().collect();
    let mut i = 0;
    let mut at_arg_start = false;
    while i < bytes.len() {
        let c = bytes[i];
        if in_str {
            if c == '\\' {
                i += 1;
            } else if c == '"' {
                in_str = false;
            }
        } else {
            match c {
                '"' => in_str = true,
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' if depth == 0 => break,
                ')' | ']' | '}' => depth -= 1,
                ',' if depth == 0 => at_arg_start = true,
                c if at_arg_start && (c.is_alphabetic() || c == '_') => {
                    let name: String = bytes[i..]
                        .iter()
                        .take_while(|c| c.is_alphanumeric() || **c == '_')
                        .collect();
                    let after: String = bytes[i + name.chars().count()..].iter().collect();
                    let after = after.trim_start();
                    if after.starts_with('=') && !after.starts_with("==") {
                        names.insert(name.clone());
                    }
                    at_arg_start = false;
                    i += name.chars().count();
                    continue;
                }
                c if !c.is_whitespace() => at_arg_start = false,
                _ => {}
            }
        }
        i += 1;
    }
    names
}

#[test]
fn both_catalogues_build_without_a_problem() {
    for lang in Lang::ALL {
        let problems = check(lang);
        assert!(
            problems.is_empty(),
            "{}:\n{}",
            lang.code(),
            problems.join("\n")
        );
    }
}

#[test]
fn both_catalogues_have_the_same_messages_with_the_same_values() {
    let en = messages(Lang::En);
    let ko = messages(Lang::Ko);
    let only_en: Vec<_> = en.keys().filter(|k| !ko.contains_key(*k)).collect();
    let only_ko: Vec<_> = ko.keys().filter(|k| !en.contains_key(*k)).collect();
    assert!(
        only_en.is_empty(),
        "missing from the Korean catalogue: {only_en:?}"
    );
    assert!(
        only_ko.is_empty(),
        "missing from the English catalogue: {only_ko:?}"
    );
    let differ: Vec<String> = en
        .iter()
        .filter(|(id, vars)| ko[*id] != **vars)
        .map(|(id, vars)| format!("{id}: en {vars:?}, ko {:?}", ko[id]))
        .collect();
    assert!(
        differ.is_empty(),
        "the languages use other values:\n{}",
        differ.join("\n")
    );
}

#[test]
fn every_message_the_code_names_exists_with_the_values_it_is_given() {
    let en = messages(Lang::En);
    let mut problems = Vec::new();
    for u in uses() {
        match en.get(&u.id) {
            None => problems.push(format!("{}: no message `{}`", u.at, u.id)),
            Some(vars) => {
                if let Some(args) = &u.args
                    && args != vars
                {
                    problems.push(format!(
                        "{}: `{}` is given {args:?} but uses {vars:?}",
                        u.at, u.id
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_message_in_the_catalogues_is_used_by_the_code() {
    let used: BTreeSet<String> = uses().into_iter().map(|u| u.id).collect();
    // Ids passed on as data (the key table's labels) are marked with msgid!.
    let unused: Vec<_> = messages(Lang::En)
        .into_keys()
        .filter(|id| !used.contains(id))
        .collect();
    assert!(unused.is_empty(), "no code uses: {unused:?}");
}

#[test]
fn every_message_formats_in_both_languages_for_one_and_for_many() {
    for lang in Lang::ALL {
        let bundle = build(lang).0;
        for (id, vars) in messages(lang) {
            for n in [0, 1, 2, 11] {
                let mut args = Args::new();
                for v in &vars {
                    // A number where a number is asked for, text elsewhere:
                    // both are tried, since a catalogue may select on either.
                    args.set(v.clone(), FluentValue::from(n));
                }
                let msg = bundle.get_message(&id).unwrap();
                let mut errors = Vec::new();
                if let Some(p) = msg.value() {
                    let s = bundle.format_pattern(p, Some(&args), &mut errors);
                    assert!(
                        !s.contains("{$"),
                        "{}: {id} leaves a value out: {s}",
                        lang.code()
                    );
                }
                assert!(errors.is_empty(), "{}: {id}: {errors:?}", lang.code());
            }
        }
    }
}

#[test]
fn korean_never_hedges_a_particle_and_english_never_hedges_a_plural() {
    for (lang, bad) in [
        (
            Lang::Ko,
            &[
                "을(를)", "를(을)", "이(가)", "가(이)", "은(는)", "는(은)", "과(와)", "와(과)",
                "(으)로",
            ][..],
        ),
        (Lang::En, &["(s)", "(es)"][..]),
    ] {
        for (name, text) in catalogue_files(lang) {
            for (i, line) in text.lines().enumerate() {
                for b in bad {
                    assert!(!line.contains(b), "{name}:{}: `{b}` in {line}", i + 1);
                }
            }
        }
    }
}

#[test]
fn the_language_is_the_setting_then_the_locale_then_english() {
    let env = |table: &'static [(&'static str, &'static str)]| {
        move |v: &str| {
            table
                .iter()
                .find(|(k, _)| *k == v)
                .map(|(_, x)| x.to_string())
        }
    };
    assert_eq!(
        resolve(Some("ko"), env(&[("LANG", "en_US.UTF-8")])),
        (Lang::Ko, Source::Setting)
    );
    assert_eq!(
        resolve(Some("en"), env(&[("LANG", "ko_KR.UTF-8")])),
        (Lang::En, Source::Setting)
    );
    assert_eq!(
        resolve(None, env(&[("LANG", "ko_KR.UTF-8")])),
        (Lang::Ko, Source::Locale("LANG"))
    );
    assert_eq!(
        resolve(Some(""), env(&[("LC_ALL", "ko_KR.UTF-8"), ("LANG", "C")])),
        (Lang::Ko, Source::Locale("LC_ALL"))
    );
    // LC_ALL over LC_MESSAGES over LANG, the first one set and not empty.
    assert_eq!(
        resolve(
            None,
            env(&[("LC_ALL", ""), ("LC_MESSAGES", "C"), ("LANG", "ko_KR")])
        ),
        (Lang::En, Source::Locale("LC_MESSAGES"))
    );
    assert_eq!(
        resolve(None, env(&[("LANG", "de_DE.UTF-8")])),
        (Lang::En, Source::Locale("LANG"))
    );
    assert_eq!(resolve(None, env(&[])), (Lang::En, Source::Default));
    assert_eq!(Lang::from_locale("ko"), Lang::Ko);
    assert_eq!(Lang::from_locale("ko-KR"), Lang::Ko);
    assert_eq!(Lang::from_locale("kok_IN"), Lang::En);
}

#[test]
fn a_thread_can_speak_another_language_than_the_process() {
    assert_eq!(current(), Lang::En);
    {
        let _ko = scoped(Lang::Ko);
        assert_eq!(current(), Lang::Ko);
        {
            let _en = scoped(Lang::En);
            assert_eq!(current(), Lang::En);
        }
        assert_eq!(current(), Lang::Ko);
    }
    assert_eq!(current(), Lang::En);
}

#[test]
fn the_scanner_reads_the_values_a_call_passes() {
    let names = call_args(r#", n = xs.len(), name = f("a, b = c"), total = (1, 2).0)"#);
    assert_eq!(names, ["n", "name", "total"].map(String::from).into());
    assert!(call_args(")").is_empty());
}

/// The values a message is tried with: numbers for its plurals, and words
/// with and without a final consonant for its particles.
/// Each set is named by the value every variable is given.
fn arg_sets(vars: &BTreeSet<String>) -> Vec<(String, Args<'static>)> {
    let numbers = [0, 1, 2, 5].map(|n| (n.to_string(), FluentValue::from(n)));
    let words =
        ["사과", "책", "SQL", "Redis", ""].map(|w| (format!("{w:?}"), FluentValue::from(w)));
    numbers
        .into_iter()
        .chain(words)
        .map(|(name, value)| {
            let mut args = Args::new();
            for v in vars {
                args.set(v.clone(), value.clone());
            }
            (name, args)
        })
        .collect()
}

#[test]
fn every_message_parsed_alone_formats_as_in_the_whole_catalogue() {
    for lang in Lang::ALL {
        let whole = build(lang).0;
        let lazy = Catalogue::new(lang);
        let files = catalogue_files(lang).into_iter().map(|(_, t)| t).collect();
        assert_eq!(
            lazy.places(),
            Catalogue::of_files(lang, files).places(),
            "{}: build.rs's index is not the catalogue's",
            lang.code()
        );
        let all = messages(lang);
        assert!(
            lazy.ids().eq(all.keys().map(String::as_str)),
            "{}: the index holds other ids than the catalogue",
            lang.code()
        );
        for (id, vars) in &all {
            assert!(has(lang, id), "{}: has({id})", lang.code());
            for (value, args) in arg_sets(vars) {
                let args = (!vars.is_empty()).then_some(&args);
                assert_eq!(
                    lazy.format(id, args),
                    catalogue::format(&whole, id, args),
                    "{}: {id} with {vars:?} = {value}",
                    lang.code()
                );
            }
        }
    }
}

#[test]
fn a_message_brings_the_messages_it_names() {
    for lang in Lang::ALL {
        let lazy = Catalogue::new(lang);
        let keys = lazy.format("practice-rate-keys", None).unwrap();
        assert_eq!(
            Some(keys),
            catalogue::format(&build(lang).0, "practice-rate-keys", None)
        );
        assert!(
            !lazy
                .format("practice-rate-keys", None)
                .unwrap()
                .contains('{')
        );
    }
}

#[test]
fn an_unknown_id_is_shown_as_it_is_and_a_missing_message_comes_in_english() {
    assert_eq!(tr_in(Lang::Ko, "no-such-message", None), "no-such-message");
    assert!(!has(Lang::En, "no-such-message"));
    let en = Catalogue::of_files(Lang::En, vec!["both = both\n", "only-en = only English\n"]);
    let ko = Catalogue::of_files(Lang::Ko, vec!["both = 둘 다\n"]);
    assert_eq!(ko.tr("both", None, || &en), "둘 다");
    assert_eq!(ko.tr("only-en", None, || &en), "only English");
    assert_eq!(en.tr("neither", None, || unreachable!()), "neither");
    assert!(!ko.has("only-en"));
}

#[test]
fn a_message_is_its_line_and_every_line_up_to_the_next_entry() {
    let text = "\
# A comment.
one = { $n ->
    [one] one

   *[other] many
} in { $m ->
    [one] a file
   *[other] files
}:
    and more
## A group.
two = Two
    .attr = an attribute

three=Three
";
    let ids: Vec<_> = catalogue::slices(text)
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    assert_eq!(ids, ["one", "two", "three"]);
    let two = catalogue::slices(text)[1].1.clone();
    assert_eq!(&text[two], "two = Two\n    .attr = an attribute\n\n");
    assert!(catalogue::check_slices("t.ftl", text).is_empty());
}

#[test]
fn the_build_refuses_a_message_a_slice_cuts_short_and_a_term() {
    // Legal Fluent, but a placeable's message reference in the first
    // column looks like the start of another message.
    let cut = "one = { \nother\n }\nother = x\n";
    let problems = catalogue::check_slices("t.ftl", cut);
    assert!(
        problems.iter().any(|p| p.starts_with("t.ftl:1: `one`")),
        "{problems:?}"
    );
    let term = "-brand = Rehearse\none = { -brand }\n";
    let problems = catalogue::check_slices("t.ftl", term);
    assert!(
        problems.iter().any(|p| p.contains("term `-brand`")),
        "{problems:?}"
    );
}
