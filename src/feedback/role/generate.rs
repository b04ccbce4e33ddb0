//! The bank-derived part of the role vocabulary: the match terms that one
//! role's bundled banks use far more than the others' do. Run
//! `cargo run --example role_vocabulary` to write it to
//! `data/role-vocabulary-banks.yaml`; a test fails while the checked-in
//! file differs from what the banks give.
//!
//! A term is a candidate when it is a key point's match term or a
//! follow-up's condition term in a role's bank (not a generic word, at most
//! [`MAX_WORDS`] words, long enough to be a word of its own). For each
//! candidate, every technical question of every role and of the common ground is
//! searched as the role profile searches an answer (its prompt, key
//! points, follow-ups and notes, not its term lists): the term goes to the role whose questions mention it most
//! often, per question, when that is at least [`MIN_QUESTIONS`] questions
//! and [`DOMINANCE`] times the rate of any other role or the common ground.
//! Words the curated file already has, or lists under `never:`, are left out.

use std::collections::{BTreeMap, HashSet};

use super::super::analysis::Analysis;
use super::super::hangul::has_hangul;
use super::term_hits;
use super::vocabulary::{self, BankWord, Curated, Finder, Term, key};
use crate::bank::{Bank, CompactString, Kind, Question, significant_words};

/// A role must mention a term in at least this many questions...
pub const MIN_QUESTIONS: u32 = 2;
/// ...and this many times as often, per question, as any other.
pub const DOMINANCE: f64 = 3.0;
/// Longer terms are phrases written for one key point, not vocabulary.
pub const MAX_WORDS: usize = 3;

/// Words that say nothing on their own (the bank linter's list).
const GENERIC: &str = include_str!("../../bank/lint_words/generic.txt");

/// The text of `data/role-vocabulary-banks.yaml` for these banks (give it
/// the bundled ones).
pub fn bank_vocabulary(banks: &[Bank]) -> Result<String, String> {
    let curated: Curated = vocabulary::parse(super::files::CURATED_FILE, vocabulary::CURATED)?;
    let roles: Vec<&str> = curated.roles.iter().map(|r| r.id.as_str()).collect();
    // Groups: the roles, then the common ground.
    let groups: Vec<&str> = roles
        .iter()
        .copied()
        .chain(curated.common_ground.iter().map(String::as_str))
        .collect();
    let mut questions: Vec<Vec<(Analysis, String)>> = vec![Vec::new(); groups.len()];
    let mut candidates: Vec<String> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    let mut excluded: HashSet<String> = curated.never.iter().map(|t| key(t)).collect();
    excluded.extend(curated.terms.values().flatten().map(|t| key(t)));
    excluded.extend(curated.shared.iter().map(|s| key(&s.term)));
    excluded.extend(GENERIC.lines().map(key));
    for bank in banks {
        let Some(g) = groups.iter().position(|g| *g == bank.role) else {
            continue;
        };
        for q in bank.questions.iter().filter(|q| q.kind == Kind::Technical) {
            let prose = question_text(q);
            questions[g].push((Analysis::new(&prose), prose));
            if g >= roles.len() {
                continue;
            }
            for t in question_terms(q) {
                let k = key(t);
                if !excluded.contains(&k) && acceptable(t) && seen.insert(k) {
                    candidates.push(t.trim().to_string());
                }
            }
        }
    }
    let mut out: BTreeMap<&str, Vec<BankWord>> = roles.iter().map(|r| (*r, Vec::new())).collect();
    let terms: Vec<Term> = candidates
        .iter()
        .map(|t| Term::new(t, vec![(0, 1.0)], false))
        .collect();
    let finder = Finder::new(&terms);
    // counts[term][group]: the group's questions that mention the term.
    let mut counts = vec![vec![0u32; groups.len()]; terms.len()];
    for (g, qs) in questions.iter().enumerate() {
        for (a, prose) in qs {
            for i in finder.candidates(a) {
                if !term_hits(a, prose, &terms[i]).is_empty() {
                    counts[i][g] += 1;
                }
            }
        }
    }
    for (text, counts) in candidates.into_iter().zip(counts) {
        let rate = |g: usize| {
            let n = questions[g].len().max(1) as f64;
            f64::from(counts[g]) / n
        };
        let Some(best) =
            (0..roles.len()).max_by(|&a, &b| rate(a).total_cmp(&rate(b)).then(b.cmp(&a)))
        else {
            continue;
        };
        let others = (0..groups.len())
            .filter(|&g| g != best)
            .map(rate)
            .fold(0.0, f64::max);
        if counts[best] >= MIN_QUESTIONS && rate(best) >= DOMINANCE * others {
            let elsewhere = counts.iter().sum::<u32>() - counts[best];
            if let Some(list) = out.get_mut(roles[best]) {
                list.push(BankWord {
                    term: text,
                    questions: counts[best],
                    elsewhere,
                });
            }
        }
    }
    for list in out.values_mut() {
        list.sort_by(|a, b| {
            b.questions
                .cmp(&a.questions)
                .then(a.elsewhere.cmp(&b.elsewhere))
                .then(a.term.cmp(&b.term))
        });
    }
    Ok(render(&out))
}

/// What a question says in words (prompt, key points, follow-ups, notes),
/// without its match terms: a term counts where it is used, not listed.
fn question_text(q: &Question) -> String {
    let mut parts: Vec<&str> = vec![&q.prompt];
    parts.extend(q.key_points.iter().map(|k| k.text.as_str()));
    parts.extend(q.follow_ups.iter().map(|f| f.ask.as_str()));
    parts.extend(q.notes.as_deref());
    parts.join("\n")
}

/// The terms a bank author chose for a question: explicit match terms and
/// follow-up conditions.
fn question_terms(q: &Question) -> impl Iterator<Item = &CompactString> {
    q.key_points
        .iter()
        .filter(|k| k.explicit)
        .flat_map(|k| &k.terms)
        .chain(q.follow_ups.iter().flat_map(|f| f.terms()))
}

/// A term that can stand as a word of a role's vocabulary: at most
/// [`MAX_WORDS`] words, none of them a stop word ("who the", "down from")
/// or a Hangul word of one syllable ("함께 쓰"), with two letters at least,
/// starting with a letter or digit, not a quantity ("10 gb", "200ms"),
/// and found by the matcher in its own
/// text.
fn acceptable(term: &str) -> bool {
    let t = term.trim();
    let words: Vec<&str> = t.split_whitespace().collect();
    let letters = t.chars().filter(|c| c.is_alphabetic()).count();
    let whole_words = words.iter().all(|w| {
        if has_hangul(w) {
            w.chars().count() >= 2
        } else {
            significant_words(w).len() == 1 && significant_words(w)[0] == w.to_lowercase()
        }
    });
    let itself = Term::new(t, vec![(0, 1.0)], false);
    let quantity =
        !super::super::analysis::quantities(&super::super::analysis::normalize(t)).is_empty();
    (1..=MAX_WORDS).contains(&words.len())
        && !quantity
        && t.chars().count() <= 30
        && letters >= 2
        && whole_words
        && t.chars().next().is_some_and(char::is_alphanumeric)
        && !term_hits(&Analysis::new(t), t, &itself).is_empty()
}

fn render(roles: &BTreeMap<&str, Vec<BankWord>>) -> String {
    let mut out = String::from(
        "# Generated from the bundled banks' match terms by\n\
         # `cargo run --example role_vocabulary`; do not edit (a test fails when it\n\
         # is stale). The curated words, and how words weigh, are in\n\
         # role-vocabulary.yaml. A match term is here when its role's questions\n\
         # mention it at least 2 times, and 3 times as often per question as any\n\
         # other role's or the common ground's. questions: how many of the role's\n\
         # questions mention it; elsewhere: how many of the other questions do.\n\
         roles:\n",
    );
    for (role, words) in roles {
        if words.is_empty() {
            out.push_str(&format!("  {role}: []\n"));
            continue;
        }
        out.push_str(&format!("  {role}:\n"));
        for w in words {
            // A JSON string is a YAML double-quoted scalar.
            let term = serde_json::to_string(&w.term).unwrap_or_default();
            out.push_str(&format!(
                "    - {{term: {term}, questions: {}, elsewhere: {}}}\n",
                w.questions, w.elsewhere
            ));
        }
    }
    out
}
