//! Builds a bench fixture where you say, to measure the real binary on it:
//!
//! ```sh
//! cargo run --release --example bench_fixture -- QUESTIONS ATTEMPTS DIR
//! REHEARSE_BANKS_DIR=DIR/banks REHEARSE_DATA_DIR=DIR/data target/release/rehearse
//! ```
//!
//! QUESTIONS 0 means the bundled banks only (no `banks` folder).

#[path = "../benches/common/mod.rs"]
mod common;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [q, a, dir] = args.as_slice() else {
        eprintln!("usage: bench_fixture QUESTIONS ATTEMPTS DIR");
        std::process::exit(2);
    };
    let scale = common::Scale {
        questions: q.parse().expect("QUESTIONS is a number"),
        attempts: a.parse().expect("ATTEMPTS is a number"),
    };
    let f = common::fixture_in(std::path::Path::new(dir), scale);
    println!("{}", f.root.display());
}
