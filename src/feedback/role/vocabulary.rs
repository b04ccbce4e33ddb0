//! The role vocabulary, read once from the two data files compiled in:
//! `data/role-vocabulary.yaml` (curated by hand) and
//! `data/role-vocabulary-banks.yaml` (generated from the bundled banks'
//! match terms, see [`super::generate`]). The weighing rules are written at
//! the top of the curated file.

use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

use aho_corasick::AhoCorasick;
use serde::Deserialize;

use super::super::analysis::{self, Analysis, english_stem};
use super::super::hangul::has_hangul;

pub(crate) const CURATED: &str = include_str!("../../../data/role-vocabulary.yaml");
pub(crate) const FROM_BANKS: &str = include_str!("../../../data/role-vocabulary-banks.yaml");

/// What a word under `shared:` weighs in all, split among its roles.
pub const SHARED_WEIGHT: f64 = 0.5;

/// The curated file as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Curated {
    pub roles: Vec<RoleDef>,
    #[serde(default)]
    pub common_ground: Vec<String>,
    #[serde(default)]
    pub exact_case: Vec<String>,
    pub terms: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pub shared: Vec<SharedDef>,
    #[serde(default)]
    pub never: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RoleDef {
    pub id: String,
    pub label: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SharedDef {
    pub term: String,
    pub roles: Vec<String>,
}

/// The generated file: per role, the bank words that mark it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct FromBanks {
    pub roles: BTreeMap<String, Vec<BankWord>>,
}

/// One bank word: in how many of its role's questions it appears, and in
/// how many questions of the other roles and the common ground.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct BankWord {
    pub term: String,
    pub questions: u32,
    pub elsewhere: u32,
}

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
    /// (index into [`Vocabulary::roles`], weight).
    pub weights: Vec<(usize, f64)>,
    /// Counts only when written with this capitalisation.
    pub exact: bool,
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
        f.latin = AhoCorasick::new(latin).ok();
        f.hangul = AhoCorasick::new(hangul).ok();
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
        VOCABULARY.get_or_init(|| Vocabulary::from_sources(CURATED, FROM_BANKS).unwrap_or_default())
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
    pub(crate) fn from_sources(curated: &str, from_banks: &str) -> Result<Vocabulary, String> {
        let curated: Curated = parse("data/role-vocabulary.yaml", curated)?;
        let banks: FromBanks = parse("data/role-vocabulary-banks.yaml", from_banks)?;
        let roles: Vec<Role> = curated
            .roles
            .iter()
            .map(|r| Role {
                id: r.id.clone(),
                label: r.label.clone(),
            })
            .collect();
        let index = |id: &str| roles.iter().position(|r| r.id == id);
        let exact: Vec<String> = curated.exact_case.iter().map(|t| key(t)).collect();
        let mut vocab = Vocabulary {
            roles: roles.clone(),
            ..Vocabulary::default()
        };
        let mut seen: HashMap<String, usize> = HashMap::new();
        let mut add = |text: &str, weights: Vec<(usize, f64)>, vocab: &mut Vocabulary| {
            let k = key(text);
            if k.is_empty() || weights.is_empty() || seen.contains_key(&k) {
                return;
            }
            seen.insert(k.clone(), vocab.terms.len());
            vocab
                .terms
                .push(Term::new(text, weights, exact.contains(&k)));
        };
        for (role, words) in &curated.terms {
            let i = index(role).ok_or_else(|| unknown_role("terms", role))?;
            for w in words {
                add(w, vec![(i, 1.0)], &mut vocab);
            }
        }
        for s in &curated.shared {
            let mut weights = Vec::new();
            for r in &s.roles {
                let i = index(r).ok_or_else(|| unknown_role("shared", r))?;
                weights.push((i, SHARED_WEIGHT / s.roles.len() as f64));
            }
            add(&s.term, weights, &mut vocab);
        }
        let never: Vec<String> = curated.never.iter().map(|t| key(t)).collect();
        for (role, words) in &banks.roles {
            let i = index(role).ok_or_else(|| unknown_role("the generated roles", role))?;
            for w in words.iter().filter(|w| !never.contains(&key(&w.term))) {
                add(&w.term, vec![(i, 1.0)], &mut vocab);
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

/// Reads one data file with the banks' YAML reader and serde.
pub(crate) fn parse<T: serde::de::DeserializeOwned>(file: &str, text: &str) -> Result<T, String> {
    let root = crate::bank::yaml::load(text)
        .map_err(|e| format!("{file}:{}:{}: {}", e.at.line, e.at.col, e.message))?
        .ok_or_else(|| format!("{file} is empty"))?;
    serde_json::from_value(root.to_json()).map_err(|e| format!("{file}: {e}"))
}

/// Two spellings the matcher reads alike share one key: case and width
/// aside, and for Hangul spacing too ("오토 스케일링", "오토스케일링").
pub(crate) fn key(term: &str) -> String {
    let norm = analysis::normalize(term);
    if has_hangul(&norm) {
        norm.replace(' ', "")
    } else {
        norm
    }
}

impl Term {
    pub(crate) fn new(text: &str, weights: Vec<(usize, f64)>, exact: bool) -> Term {
        let norm = analysis::normalize(text);
        let hangul = has_hangul(&norm);
        let needle = if hangul {
            norm.replace(' ', "")
        } else {
            norm.clone()
        };
        let words: Vec<&str> = norm.split(' ').collect();
        let english = !hangul
            && words
                .iter()
                .all(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_alphabetic()));
        Term {
            text: text.to_string(),
            weights,
            exact,
            needle,
            hangul,
            first_stem: english
                .then(|| words.first().map(|w| english_stem(w)))
                .flatten(),
        }
    }
}
