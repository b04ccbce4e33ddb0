//! Names on the command line the library does not have: unknown roles,
//! languages, banks and tags become usage errors (exit 2) that say what is
//! known instead.

use std::collections::BTreeSet;

use crate::bank::Library;
use crate::bank::names::{What, Within, unknown, unknown_in};

use super::{Cli, Command, MockArgs, RoundArg};

/// Roles, languages, banks and tags on the command line that the loaded
/// library does not have. Call after the library loads and before the TUI
/// starts; the error is a usage error (`exit()` prints it and exits 2).
pub fn check_names(cli: &Cli, lib: &Library) -> Result<(), clap::Error> {
    let mut problems = Vec::new();
    match &cli.command {
        Some(Command::Practice(p)) => {
            problems.extend(unknowns(What::Role, &p.roles, &lib.role_names()));
            problems.extend(unknowns(What::Bank, &p.banks, &lib.bank_ids()));
            problems.extend(unknowns(What::Language, &p.lang, &lib.language_names()));
            // Tags are looked for in the banks the rest of the filter keeps
            // (in all of them when that filter has a problem of its own).
            let mut rest = p.filter().unwrap_or_default();
            rest.tags.clear();
            let narrowed = problems.is_empty()
                && !(p.roles.is_empty() && p.banks.is_empty() && p.lang.is_none());
            let tags: BTreeSet<String> = lib
                .banks()
                .iter()
                .filter(|b| !narrowed || rest.matches_bank(b))
                .flat_map(|b| &b.questions)
                .flat_map(|q| q.tags.iter().map(|t| t.to_string()))
                .collect();
            let within = if narrowed {
                Within::ChosenBanks
            } else {
                Within::Everywhere
            };
            problems.extend(
                p.tags
                    .iter()
                    .filter_map(|t| unknown_in(What::Tag, t, &tags, true, within)),
            );
        }
        Some(Command::Review(r)) => {
            problems.extend(unknowns(What::Role, &r.roles, &lib.role_names()));
        }
        Some(Command::Mock(m)) if !m.history => problems.extend(mock_problems(m, lib)),
        _ => {}
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(usage_error(problems.join("\n")))
    }
}

/// `mock --role R [--lang L] [--round …]`: a language no bank has, and a
/// role the round cannot interview for — for a technical or full round (the
/// default is technical), one with technical questions (in that language,
/// when one is given).
fn mock_problems(m: &MockArgs, lib: &Library) -> Vec<String> {
    let mut problems = unknowns(What::Language, &m.lang, &lib.language_names());
    let lang = m.lang.as_ref().filter(|_| problems.is_empty());
    let technical = !matches!(m.round, Some(RoundArg::Culture));
    let roles: BTreeSet<String> = if technical {
        crate::mock::plan::technical_roles(lib, lang.map(String::as_str))
            .into_iter()
            .collect()
    } else {
        lib.banks().iter().map(|b| b.role.clone()).collect()
    };
    let within = if technical {
        Within::Round {
            full: m.round == Some(RoundArg::Full),
            lang: lang.map(String::as_str),
        }
    } else {
        Within::Everywhere
    };
    problems.extend(
        m.role
            .iter()
            .filter_map(|r| unknown_in(What::Role, r, &roles, false, within)),
    );
    problems
}

/// `export --role ROLE` when ROLE is none of `known`: the usage error to print.
pub(super) fn check_role(role: &str, known: &BTreeSet<String>) -> Result<(), clap::Error> {
    match unknown(What::Role, role, known, false) {
        Some(m) => Err(usage_error(m)),
        None => Ok(()),
    }
}

/// `check --bank ID --question QID`: the bank and question, or the usage
/// error naming the nearest valid ids.
pub(super) fn check_question<'l>(
    lib: &'l Library,
    bank: &str,
    question: &str,
) -> Result<(&'l crate::bank::Bank, &'l crate::bank::Question), clap::Error> {
    let Some(b) = lib.bank(bank) else {
        let m = unknown(What::Bank, bank, &lib.bank_ids(), false);
        return Err(usage_error(m.unwrap_or_default()));
    };
    match b.question(question) {
        Some(q) => Ok((b, q)),
        None => {
            let ids: BTreeSet<String> = b.questions.iter().map(|q| q.id.to_string()).collect();
            let m = unknown_in(What::Question, question, &ids, false, Within::Bank(&b.id));
            Err(usage_error(m.unwrap_or_default()))
        }
    }
}

/// What each of `given` says that `known` does not have, one message each.
fn unknowns<'a>(
    what: What,
    given: impl IntoIterator<Item = &'a String>,
    known: &BTreeSet<String>,
) -> Vec<String> {
    given
        .into_iter()
        .filter_map(|g| unknown(what, g, known, false))
        .collect()
}

/// A usage error as clap prints it: `error: …`, then the usage line; exit 2.
pub(super) fn usage_error(message: String) -> clap::Error {
    use clap::CommandFactory;
    Cli::command().error(clap::error::ErrorKind::InvalidValue, message)
}
