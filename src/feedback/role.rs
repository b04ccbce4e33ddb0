//! The role profile: how much an answer sounds like backend, frontend,
//! data engineering or cloud, from the technologies and concepts it names
//! ("React, CSS, 화면" → frontend; "EC2, IAM, 고정 IP" → cloud).
//!
//! The words and what they weigh are data ([`Vocabulary`]: a curated list
//! plus the words the bundled banks use far more in one role than in the
//! others). An answer's words are found with the feedback's own matcher
//! (Korean particles attached, English inflections, not in a negated
//! clause), each counted once; a role's share is its part of the weight.

use super::analysis::Analysis;
use super::coverage::term_spans;

pub(crate) mod files;
pub mod generate;
mod vocabulary;

#[cfg(test)]
mod tests;

pub use vocabulary::{Role, SHARED_WEIGHT, Vocabulary};

/// Fewer distinct role words than this make no profile: two words are a
/// mention, not a leaning.
pub const MIN_WORDS: usize = 3;
/// ...nor does less weight than this (a word of one role weighs 1, a
/// shared one [`SHARED_WEIGHT`]): three shared words say nothing.
pub const MIN_WEIGHT: f64 = 2.0;
/// An answer leans away from the target role when another role's share is
/// ahead of the target's by at least this much.
pub const LEAN_MARGIN: f64 = 0.2;

/// One role word an answer names.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct RoleWord {
    /// The word as the vocabulary writes it ("React", "고정 IP").
    pub term: String,
    /// Byte range in the answer of its first mention.
    pub span: (usize, usize),
    /// The roles it counts for, with its weight in each.
    pub roles: Vec<(String, f64)>,
}

/// One role's part of a profile.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct RoleShare {
    /// The role's id (`cloud-devops`).
    pub role: String,
    /// Its short name (`cloud`).
    pub label: String,
    /// Its part of the weight, 0 to 1.
    pub share: f64,
    /// The share in whole percent; a profile's percents add up to 100.
    pub percent: u32,
    /// The words that pulled it, the heaviest (then the first said) first.
    pub words: Vec<String>,
}

/// How an answer (or a set of answers) reads, role by role.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct RoleProfile {
    /// The roles it leans to, largest share first; empty when it names
    /// fewer than [`MIN_WORDS`] role words or less than [`MIN_WEIGHT`].
    pub shares: Vec<RoleShare>,
    /// Every role word found, once each, in order of first mention (for a
    /// set of answers: most answers first).
    pub words: Vec<RoleWord>,
}

/// An answer that reads as another role than the one applied for.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Lean {
    /// The role clearly ahead.
    pub ahead: RoleShare,
    /// The target role's share (0 when none of its words were said).
    pub target_percent: u32,
}

/// What the feedback says about an answer's role profile: the profile,
/// and when it leans away from the role applied for, the words that pulled
/// it and the target role's words the story holds that the answer did not
/// use.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct RoleAdvice {
    pub profile: RoleProfile,
    pub target_role: Option<String>,
    pub leans_away: Option<Lean>,
    /// The target role's words in the story the answer left unsaid (only
    /// when it leans away), at most [`STORY_WORDS`].
    pub story_words: Vec<String>,
}

/// How many of the story's words the advice names.
pub const STORY_WORDS: usize = 8;
/// How many of the words that pulled the answer away it names.
pub const PULLED_WORDS: usize = 5;

impl RoleAdvice {
    /// The advice on `profile` for `target`, with the story's profile
    /// (see `stats::story_profile`) when there is a story.
    pub fn new(profile: RoleProfile, target: Option<&str>, story: Option<&RoleProfile>) -> Self {
        let leans_away = target.and_then(|t| profile.leans_away(t));
        let story_words = match (target, story, &leans_away) {
            (Some(t), Some(story), Some(_)) => {
                let said = profile.words_for(t);
                story
                    .words_for(t)
                    .into_iter()
                    .filter(|w| !said.contains(w))
                    .take(STORY_WORDS)
                    .map(str::to_string)
                    .collect()
            }
            _ => Vec::new(),
        };
        RoleAdvice {
            profile,
            target_role: target.map(str::to_string),
            leans_away,
            story_words,
        }
    }

    /// How it reads: "backend 30 % · frontend 55 %", or, with too few
    /// role words, which ones there were; `None` when it names none.
    pub fn reads_as(&self) -> Option<String> {
        if let Some(line) = self.profile.line() {
            return Some(line);
        }
        let words = &self.profile.words;
        if words.is_empty() {
            return None;
        }
        let list: Vec<&str> = words.iter().map(|w| w.term.as_str()).collect();
        Some(crate::t!(
            "feedback-role-too-few",
            words = list.join(", "),
            needed = MIN_WORDS
        ))
    }

    /// When the answer leans away from the target role: which role it
    /// sounds like, the words that pulled it there, and the story's words
    /// for the target role.
    pub fn lean_sentence(&self) -> Option<String> {
        let lean = self.leans_away.as_ref()?;
        let target = role_name(self.target_role.as_deref()?);
        let pulled: Vec<&str> = lean
            .ahead
            .words
            .iter()
            .take(PULLED_WORDS)
            .map(String::as_str)
            .collect();
        let mut out = crate::t!(
            "feedback-role-leans-away",
            ahead = lean.ahead.name(),
            percent = lean.ahead.percent,
            target = &target,
            target_percent = lean.target_percent,
            words = pulled.join(", ")
        );
        if !self.story_words.is_empty() {
            out.push(' ');
            out.push_str(&crate::t!(
                "feedback-role-story-words",
                target = &target,
                words = self.story_words.join(", ")
            ));
        }
        Some(out)
    }
}

/// A role's name in the interface language, by its id: "data-engineering",
/// 데이터 엔지니어링. A role we have no name for (a bank of your own) is
/// named by its id.
pub fn role_name(id: &str) -> String {
    match id {
        "backend" => crate::t!("feedback-role-backend"),
        "frontend" => crate::t!("feedback-role-frontend"),
        "data-engineering" => crate::t!("feedback-role-data-engineering"),
        "cloud-devops" => crate::t!("feedback-role-cloud-devops"),
        other => other.to_string(),
    }
}

impl RoleShare {
    /// The short name a profile shows, in the interface language: "data",
    /// 데이터 (the vocabulary's label for a role we have no name for).
    pub fn name(&self) -> String {
        match self.role.as_str() {
            "backend" => crate::t!("feedback-role-short-backend"),
            "frontend" => crate::t!("feedback-role-short-frontend"),
            "data-engineering" => crate::t!("feedback-role-short-data-engineering"),
            "cloud-devops" => crate::t!("feedback-role-short-cloud-devops"),
            _ => self.label.clone(),
        }
    }
}

/// The role profile of one answer.
pub fn role_profile(answer: &str) -> RoleProfile {
    role_profile_in(&Analysis::new(answer), answer, Vocabulary::get())
}

/// The profile of several answers together: each answer's words count once
/// for that answer, and the weights add up over the answers.
pub fn role_profile_of<'a>(answers: impl IntoIterator<Item = &'a str>) -> RoleProfile {
    let answers: Vec<&str> = answers.into_iter().collect();
    if answers.is_empty() {
        // No answers yet (a first start): the vocabulary is not even read.
        return RoleProfile::default();
    }
    let vocab = Vocabulary::get();
    let mut counted: Vec<(RoleWord, usize, usize)> = Vec::new(); // word, answers, first answer
    for (n, answer) in answers.into_iter().enumerate() {
        for w in words_in(&Analysis::new(answer), answer, vocab) {
            match counted.iter_mut().find(|(c, _, _)| c.term == w.term) {
                Some((_, times, _)) => *times += 1,
                None => counted.push((w, 1, n)),
            }
        }
    }
    counted.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)));
    let weighted: Vec<(RoleWord, f64)> = counted
        .into_iter()
        .map(|(w, times, _)| (w, times as f64))
        .collect();
    profile_from(weighted, vocab)
}

pub(crate) fn role_profile_in(answer: &Analysis, text: &str, vocab: &Vocabulary) -> RoleProfile {
    let words = words_in(answer, text, vocab)
        .into_iter()
        .map(|w| (w, 1.0))
        .collect();
    profile_from(words, vocab)
}

impl RoleProfile {
    /// Whether enough role words were named to say how it reads.
    pub fn is_decided(&self) -> bool {
        !self.shares.is_empty()
    }

    /// The role ahead, when there is a profile.
    pub fn top(&self) -> Option<&RoleShare> {
        self.shares.first()
    }

    /// The share of `role`, in whole percent (0 when it has none).
    pub fn percent_of(&self, role: &str) -> u32 {
        self.shares
            .iter()
            .find(|s| s.role == role)
            .map_or(0, |s| s.percent)
    }

    /// "backend 30 % · frontend 55 % · cloud 15 %", in the order of the
    /// shares; `None` when there is no profile.
    pub fn line(&self) -> Option<String> {
        if self.shares.is_empty() {
            return None;
        }
        Some(
            self.shares
                .iter()
                .map(|s| crate::t!("feedback-role-share", role = s.name(), percent = s.percent))
                .collect::<Vec<_>>()
                .join(" · "),
        )
    }

    /// When another role is ahead of `target` by [`LEAN_MARGIN`] or more.
    pub fn leans_away(&self, target: &str) -> Option<Lean> {
        let top = self.top()?;
        let target_share = self
            .shares
            .iter()
            .find(|s| s.role == target)
            .map_or(0.0, |s| s.share);
        (top.role != target && top.share - target_share >= LEAN_MARGIN - 1e-9).then(|| Lean {
            ahead: top.clone(),
            target_percent: self.percent_of(target),
        })
    }

    /// The words found that count for `role`: those of that role alone
    /// first, then shared ones, each in order of mention.
    pub fn words_for(&self, role: &str) -> Vec<&str> {
        let mut found: Vec<(f64, &str)> = self
            .words
            .iter()
            .filter_map(|w| {
                let (_, weight) = w.roles.iter().find(|(r, _)| r == role)?;
                Some((*weight, w.term.as_str()))
            })
            .collect();
        found.sort_by(|a, b| b.0.total_cmp(&a.0));
        found.into_iter().map(|(_, t)| t).collect()
    }
}

/// The role words `text` names, once each, in order of first mention:
/// every vocabulary word that can match is matched, a mention in a negated
/// clause or inside a longer English word ("Java" in "Javadoc") does not
/// count, and where two words overlap the longer one is taken.
fn words_in(answer: &Analysis, text: &str, vocab: &Vocabulary) -> Vec<RoleWord> {
    // (norm start, norm end, term index)
    let mut found: Vec<(usize, usize, usize)> = Vec::new();
    for i in vocab.finder.candidates(answer) {
        found.extend(
            term_hits(answer, text, &vocab.terms[i])
                .into_iter()
                .map(|(s, e)| (s, e, i)),
        );
    }
    // The longest first; a shorter one inside or across it is dropped.
    found.sort_by(|a, b| (b.1 - b.0).cmp(&(a.1 - a.0)).then(a.0.cmp(&b.0)));
    let mut kept: Vec<(usize, usize, usize)> = Vec::new();
    for f in found {
        if !kept.iter().any(|k| f.0 < k.1 && k.0 < f.1) {
            kept.push(f);
        }
    }
    kept.sort_unstable();
    let mut out: Vec<RoleWord> = Vec::new();
    for (s, e, i) in kept {
        let term = &vocab.terms[i];
        // A phrase that names no role ("화면 공유"): what it hid stays hidden.
        if term.weights.is_empty() || out.iter().any(|w| w.term == term.text) {
            continue;
        }
        out.push(RoleWord {
            term: term.text.clone(),
            span: answer.orig_span(s, e),
            roles: term
                .weights
                .iter()
                .filter_map(|&(r, w)| Some((vocab.roles.get(r)?.id.clone(), w)))
                .collect(),
        });
    }
    out
}

/// Where `term` counts in `answer` (`norm` byte ranges): the matcher's
/// spans, less those in a negated clause, those running on into a longer
/// English word, for a word matched by its capitals those written
/// otherwise, and for a word counted only as written those its stem
/// alone matched ("response" for "responsive").
fn term_hits(answer: &Analysis, text: &str, term: &vocabulary::Term) -> Vec<(usize, usize)> {
    let mut out = term_spans(answer, &term.text);
    out.retain(|&(s, e)| {
        let (os, oe) = answer.orig_span(s, e);
        !answer.is_negated(s)
            && !runs_on(&answer.norm, e)
            && (!term.exact || text.get(os..oe) == Some(term.text.as_str()))
            && (!term.as_written || as_written(answer.norm.get(s..e), &term.needle))
    });
    out
}

/// `said` is `needle`, or its plural.
fn as_written(said: Option<&str>, needle: &str) -> bool {
    said.is_some_and(|w| {
        w.strip_prefix(needle)
            .is_some_and(|rest| matches!(rest, "" | "s" | "es"))
    })
}

/// A match ending inside a longer English word or number ("java" in
/// "javadoc", "log" in "logic"); a Korean particle after it is fine.
fn runs_on(norm: &str, end: usize) -> bool {
    norm.get(end..)
        .and_then(|rest| rest.chars().next())
        .is_some_and(|c| c.is_ascii_alphanumeric())
}

/// The shares from words with how many times each counts.
fn profile_from(words: Vec<(RoleWord, f64)>, vocab: &Vocabulary) -> RoleProfile {
    let mut weight = vec![0.0f64; vocab.roles.len()];
    let mut pulled: Vec<Vec<(f64, usize, &str)>> = vec![Vec::new(); vocab.roles.len()];
    let mut total = 0.0;
    for (order, (w, times)) in words.iter().enumerate() {
        for (role, wt) in &w.roles {
            if let Some(i) = vocab.roles.iter().position(|r| &r.id == role) {
                weight[i] += wt * times;
                total += wt * times;
                pulled[i].push((wt * times, order, w.term.as_str()));
            }
        }
    }
    let shares = if words.len() < MIN_WORDS || total < MIN_WEIGHT - 1e-9 {
        Vec::new()
    } else {
        let mut shares: Vec<RoleShare> = vocab
            .roles
            .iter()
            .enumerate()
            .filter(|&(i, _)| weight[i] > 0.0)
            .map(|(i, r)| {
                let mut words = pulled[i].clone();
                words.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
                RoleShare {
                    role: r.id.clone(),
                    label: r.label.clone(),
                    share: weight[i] / total,
                    percent: 0,
                    words: words.into_iter().map(|(_, _, t)| t.to_string()).collect(),
                }
            })
            .collect();
        shares.sort_by(|a, b| b.share.total_cmp(&a.share));
        set_percents(&mut shares);
        shares
    };
    RoleProfile {
        shares,
        words: words.into_iter().map(|(w, _)| w).collect(),
    }
}

/// Whole percents that add up to 100 (largest remainders get the rest).
fn set_percents(shares: &mut [RoleShare]) {
    let floors: Vec<u32> = shares
        .iter()
        .map(|s| (s.share * 100.0).floor() as u32)
        .collect();
    let mut left = 100u32.saturating_sub(floors.iter().sum());
    let mut order: Vec<usize> = (0..shares.len()).collect();
    order.sort_by(|&a, &b| {
        let ra = shares[a].share * 100.0 - f64::from(floors[a]);
        let rb = shares[b].share * 100.0 - f64::from(floors[b]);
        rb.total_cmp(&ra).then(a.cmp(&b))
    });
    for (i, s) in shares.iter_mut().enumerate() {
        s.percent = floors[i];
    }
    for i in order {
        if left == 0 {
            break;
        }
        shares[i].percent += 1;
        left -= 1;
    }
}
