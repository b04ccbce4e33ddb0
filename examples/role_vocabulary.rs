//! Rebuilds `data/role-vocabulary-banks.yaml`, the part of the role
//! vocabulary derived from the bundled banks' match terms:
//! `cargo run --example role_vocabulary`. Prints how many words each role
//! got; exits 1 naming the file when the curated vocabulary does not parse
//! or the file cannot be written.

use std::process::ExitCode;

use rehearse::bank::{Library, Origin};
use rehearse::feedback::role::generate::bank_vocabulary;

fn main() -> ExitCode {
    let lib = Library::load(None, &[]);
    let bundled: Vec<_> = lib
        .banks()
        .iter()
        .filter(|b| matches!(b.origin, Origin::Bundled(_)))
        .cloned()
        .collect();
    let text = match bank_vocabulary(&bundled) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("role_vocabulary: {e}");
            return ExitCode::FAILURE;
        }
    };
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/role-vocabulary-banks.yaml"
    );
    if let Err(e) = std::fs::write(path, &text) {
        eprintln!("role_vocabulary: cannot write {path}: {e}");
        return ExitCode::FAILURE;
    }
    let words = text
        .lines()
        .filter(|l| l.trim_start().starts_with("- "))
        .count();
    println!("wrote {path}: {words} words from the bundled banks");
    ExitCode::SUCCESS
}
