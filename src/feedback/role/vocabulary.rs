//! The role vocabulary, read once from the two data files compiled in:
//! `data/role-vocabulary.yaml` (curated by hand) and
//! `data/role-vocabulary-banks.yaml` (generated from the bundled banks'
//! match terms, see [`super::generate`]). The weighing rules are written at
//! the top of the curated file.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use aho_corasick::AhoCorasick;

use super::super::analysis::{self, Analysis, english_stem};
use super::super::hangul::has_hangul;

pub(crate) use super::files::{
    BankWord, CURATED, Curated, FROM_BANKS, FromBanks, parse, read_files,
};

/// The two files as build.rs read and checked them (postcard of
/// ([`Curated`], [`FromBanks`])): no YAML is parsed at start.
static ENCODED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/role-vocabulary.bin"));

/// What a word under `shared:` weighs in all, split among its roles.
pub const SHARED_WEIGHT: f64 = 0.5;

/// A role a profile can show: its id (the setting's value, a bank role)
/// and the short name shown in a profile ("cloud" for `cloud-devops`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Role {
    pub id: String,
    pub label: String,
}

/// One word of the vocabulary and what it weighs for which roles.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Term {
    /// As written in the data file.
    pub text: String,
    /// (index into [`Vocabulary::roles`], weight). Empty for a phrase
    /// that names no role (`not_a_role:`), which hides the role words
    /// inside it.
    pub weights: Vec<(usize, f64)>,
    /// Counts only when written with this capitalisation.
    pub exact: bool,
    /// Counts only as written (or with a plural s), never through its
    /// stem: "access" is not "accessibility".
    pub as_written: bool,
    /// What must appear in the answer for the term to have a chance: its
    /// normalised text, or for a Hangul term its normalised text without
    /// spaces (in the answer's `compact` form).
    pub needle: String,
    /// Whether it holds Hangul (then spacing is ignored).
    pub hangul: bool,
    /// For a term of English words, the stem of its first word, through
    /// which "retries" can match "retry" without containing it.
    pub first_stem: Option<String>,
}

/// Every role and every word, ready to match.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    pub roles: Vec<Role>,
    pub(crate) terms: Vec<Term>,
    pub(crate) finder: Finder,
}

/// Which terms can match an answer at all, found in one pass over it
/// (Aho-Corasick over every term's needle) rather than one search per
/// term: the matcher then runs on those alone.
#[derive(Debug, Clone, Default)]
pub(crate) struct Finder {
    /// Latin needles, searched in the answer's `norm`.
    latin: Option<AhoCorasick>,
    latin_terms: Vec<usize>,
    /// Hangul needles, searched in the answer's `compact`.
    hangul: Option<AhoCorasick>,
    hangul_terms: Vec<usize>,
    /// English terms by the stem of their first word.
    by_stem: HashMap<String, Vec<usize>>,
}

impl Finder {
    pub(crate) fn new(terms: &[Term]) -> Finder {
        let mut f = Finder::default();
        let (mut latin, mut hangul) = (Vec::new(), Vec::new());
        for (i, t) in terms.iter().enumerate() {
            if t.hangul {
                hangul.push(t.needle.as_str());
                f.hangul_terms.push(i);
            } else {
                latin.push(t.needle.as_str());
                f.latin_terms.push(i);
            }
            if let Some(stem) = &t.first_stem {
                f.by_stem.entry(stem.clone()).or_default().push(i);
            }
        }
        // The noncontiguous automaton builds in 0.64 ms where the default
        // (a contiguous one made from it) takes 0.8 ms, and the app builds
        // this before its first frame; searching a few answers is no slower
        // to notice.
        let build = |needles: Vec<&str>| {
            AhoCorasick::builder()
                .kind(Some(aho_corasick::AhoCorasickKind::NoncontiguousNFA))
                .build(needles)
                .ok()
        };
        f.latin = build(latin);
        f.hangul = build(hangul);
        f
    }

    /// The indices of the terms that may match `answer`, sorted: those
    /// whose needle it contains, and English ones one of its words shares
    /// a first stem with. Every term the matcher finds is among them.
    pub(crate) fn candidates(&self, answer: &Analysis) -> Vec<usize> {
        let mut out = Vec::new();
        for (ac, ids, hay) in [
            (&self.latin, &self.latin_terms, &answer.norm),
            (&self.hangul, &self.hangul_terms, &answer.compact),
        ] {
            if let Some(ac) = ac {
                out.extend(
                    ac.find_overlapping_iter(hay.as_str())
                        .filter_map(|m| ids.get(m.pattern().as_usize()).copied()),
                );
            }
        }
        for t in &answer.tokens {
            out.extend(self.by_stem.get(&t.stem).into_iter().flatten());
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

impl Vocabulary {
    /// The compiled-in vocabulary, read on first use. The data files are
    /// part of the program and tested to parse; were one broken anyway,
    /// the profile would be empty rather than the app stopped.
    pub fn get() -> &'static Vocabulary {
        static VOCABULARY: OnceLock<Vocabulary> = OnceLock::new();
        VOCABULARY.get_or_init(|| {
            let files = postcard::from_bytes::<(Curated, FromBanks)>(ENCODED)
                .map_err(|e| e.to_string())
                // Not expected (the build wrote them); the YAML is in the binary too.
                .or_else(|_| read_files(CURATED, FROM_BANKS));
            files
                .and_then(|(curated, banks)| Vocabulary::from_files(&curated, &banks))
                .unwrap_or_default()
        })
    }

    /// The role with this id.
    pub fn role(&self, id: &str) -> Option<&Role> {
        self.roles.iter().find(|r| r.id == id)
    }

    /// The ids of the roles, in the file's order.
    pub fn role_ids(&self) -> Vec<String> {
        self.roles.iter().map(|r| r.id.clone()).collect()
    }

    /// How many words it holds.
    pub fn len(&self) -> usize {
        self.terms.len()
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// Reads the two files; `Err` says which file and what is wrong.
    #[cfg(test)]
    pub(crate) fn from_sources(curated: &str, from_banks: &str) -> Result<Vocabulary, String> {
        let (curated, banks) = read_files(curated, from_banks)?;
        Vocabulary::from_files(&curated, &banks)
    }

    /// The vocabulary the two files, as read, make.
    pub(crate) fn from_files(curated: &Curated, banks: &FromBanks) -> Result<Vocabulary, String> {
        let roles: Vec<Role> = curated
            .roles
            .iter()
            .map(|r| Role {
                id: r.id.clone(),
                label: r.label.clone(),
            })
            .collect();
        let index = |id: &str| roles.iter().position(|r| r.id == id);
        let exact: HashSet<String> = curated.exact_case.iter().map(|t| key(t)).collect();
        let as_written: HashSet<String> = curated.as_written.iter().map(|t| key(t)).collect();
        let never: HashSet<String> = curated.never.iter().map(|t| key(t)).collect();
        let mut vocab = Vocabulary {
            roles: roles.clone(),
            ..Vocabulary::default()
        };
        let mut seen: HashSet<String> = HashSet::new();
        // Each word normalised once: its key, and the term made from it.
        let mut add = |text: &str, weights: Vec<(usize, f64)>, banned: &HashSet<String>| {
            let norm = analysis::normalize(text);
            let k = key_of_normalized(&norm);
            if k.is_empty() || weights.is_empty() || banned.contains(&k) || seen.contains(&k) {
                return;
            }
            let mut term = Term::of_normalized(text, norm, weights, exact.contains(&k));
            term.as_written = as_written.contains(&k);
            seen.insert(k);
            vocab.terms.push(term);
        };
        let none = HashSet::new();
        for (role, words) in &curated.terms {
            let i = index(role).ok_or_else(|| unknown_role("terms", role))?;
            for w in words {
                add(w, vec![(i, 1.0)], &none);
            }
        }
        for s in &curated.shared {
            let mut weights = Vec::new();
            for r in &s.roles {
                let i = index(r).ok_or_else(|| unknown_role("shared", r))?;
                weights.push((i, SHARED_WEIGHT / s.roles.len() as f64));
            }
            add(&s.term, weights, &none);
        }
        for (role, words) in &banks.roles {
            let i = index(role).ok_or_else(|| unknown_role("the generated roles", role))?;
            for w in words {
                add(&w.term, vec![(i, 1.0)], &never);
            }
        }
        // Phrases that name no role, though a role word is in them: they
        // win over it as the longer match, and count for nothing.
        for phrase in &curated.not_a_role {
            let norm = analysis::normalize(phrase);
            if seen.insert(key_of_normalized(&norm)) {
                vocab
                    .terms
                    .push(Term::of_normalized(phrase, norm, Vec::new(), false));
            }
        }
        vocab.finder = Finder::new(&vocab.terms);
        Ok(vocab)
    }
}

fn unknown_role(section: &str, role: &str) -> String {
    format!(
        "data/role-vocabulary.yaml: `{}` in {section} is not one of its roles",
        crate::text::one_line(role)
    )
}

/// Two spellings the matcher reads alike share one key: case and width
/// aside, and for Hangul spacing too ("오토 스케일링", "오토스케일링").
pub(crate) fn key(term: &str) -> String {
    key_of_normalized(&analysis::normalize(term))
}

/// [`key`] of a word already normalised.
fn key_of_normalized(norm: &str) -> String {
    if has_hangul(norm) {
        norm.replace(' ', "")
    } else {
        norm.to_string()
    }
}

impl Term {
    pub(crate) fn new(text: &str, weights: Vec<(usize, f64)>, exact: bool) -> Term {
        Term::of_normalized(text, analysis::normalize(text), weights, exact)
    }

    /// [`Term::new`] with `norm`, the text normalised.
    fn of_normalized(text: &str, norm: String, weights: Vec<(usize, f64)>, exact: bool) -> Term {
        let hangul = has_hangul(&norm);
        let needle = key_of_normalized(&norm);
        let words: Vec<&str> = norm.split(' ').collect();
        let english = !hangul
            && words
                .iter()
                .all(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_alphabetic()));
        Term {
            text: text.to_string(),
            weights,
            exact,
            as_written: false,
            needle,
            hangul,
            first_stem: english
                .then(|| words.first().map(|w| english_stem(w)))
                .flatten(),
        }
    }
}
