//! Names on the command line the library does not have: unknown roles,
//! languages, banks and tags become usage errors (exit 2) that say what is
//! known instead.

use crate::bank::Library;
use crate::bank::names::{unknown, unknown_in};

use super::{Cli, Command};

/// Roles, languages, banks and tags on the command line that the loaded
/// library does not have. Call after the library loads and before the TUI
/// starts; the error is a usage error (`exit()` prints it and exits 2).
pub fn check_names(cli: &Cli, lib: &Library) -> Result<(), clap::Error> {
    let mut problems = Vec::new();
    let roles = lib.role_names();
    match &cli.command {
        Some(Command::Practice(p)) => {
            problems.extend(
                p.roles
                    .iter()
                    .filter_map(|r| unknown("role", "roles", r, &roles, false)),
            );
            let ids = lib.bank_ids();
            problems.extend(
                p.banks
                    .iter()
                    .filter_map(|b| unknown("bank", "banks", b, &ids, false)),
            );
            let langs = lib.language_names();
            problems.extend(
                p.lang
                    .iter()
                    .filter_map(|l| unknown("language", "languages", l, &langs, false)),
            );
            // Tags are looked for in the banks the rest of the filter keeps
            // (in all of them when that filter has a problem of its own).
            let mut rest = p.filter().unwrap_or_default();
            rest.tags.clear();
            let narrowed = problems.is_empty()
                && !(p.roles.is_empty() && p.banks.is_empty() && p.lang.is_none());
            let tags: std::collections::BTreeSet<String> = lib
                .banks
                .iter()
                .filter(|b| !narrowed || rest.matches_bank(b))
                .flat_map(|b| &b.questions)
                .flat_map(|q| q.tags.iter().cloned())
                .collect();
            let within = if narrowed {
                " in the banks chosen by --role, --bank and --lang"
            } else {
                ""
            };
            problems.extend(
                p.tags
                    .iter()
                    .filter_map(|t| unknown_in("tag", "tags", t, &tags, true, within)),
            );
        }
        Some(Command::Review(r)) => {
            problems.extend(
                r.roles
                    .iter()
                    .filter_map(|x| unknown("role", "roles", x, &roles, false)),
            );
        }
        _ => {}
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(usage_error(problems.join("\n")))
    }
}

/// A usage error as clap prints it: `error: …`, then the usage line; exit 2.
pub(super) fn usage_error(message: String) -> clap::Error {
    use clap::CommandFactory;
    Cli::command().error(clap::error::ErrorKind::InvalidValue, message)
}
