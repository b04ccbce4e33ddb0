//! `rehearse settings` (show them, or change one) and `rehearse optimize`
//! (fit the FSRS parameters to the review log).

use std::process::ExitCode;

use anyhow::bail;
use clap::ValueEnum;

use crate::clock::{LocalDay, iso_date};
use crate::paths::Paths;
use crate::settings as s;
use crate::store::{Access, Store};
use crate::text;

use super::SettingKey;
use super::names::usage_error;

pub(super) fn optimize(reset: bool, paths: &Paths) -> anyhow::Result<ExitCode> {
    let store = Store::open(paths, Access::Exclusive)?;
    if reset {
        store.set_setting(s::FSRS_PARAMS, "[]")?;
        say!("{}", crate::t!("cli-optimize-reset"));
        return Ok(ExitCode::SUCCESS);
    }
    let log = store.all_reviews()?;
    match crate::schedule::optimize(&log) {
        Ok(params) => {
            // Saved only if the scheduler these settings ask for accepts them.
            let mut fitted = s::Settings::load(&store)?;
            fitted.fsrs_parameters = params.clone();
            fitted.scheduler(&LocalDay::system())?;
            store.set_setting(s::FSRS_PARAMS, &serde_json::to_string(&params)?)?;
            say!("{}", crate::t!("cli-optimize-fitted", reviews = log.len()));
            say!(
                "{}",
                params
                    .iter()
                    .map(|p| format!("{p:.4}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
        Err(e @ crate::schedule::OptimizeError::NotEnough { .. }) => {
            say!(
                "{}",
                crate::t!("cli-optimize-not-enough", reason = e.to_string())
            );
        }
        Err(e) => return Err(e.into()),
    }
    Ok(ExitCode::SUCCESS)
}

/// Shows the settings, or checks and saves one.
pub(super) fn run(
    key: Option<SettingKey>,
    value: Option<&str>,
    paths: &Paths,
) -> anyhow::Result<ExitCode> {
    let (Some(key), Some(value)) = (key, value) else {
        if key.is_some() {
            bail!(crate::t!("cli-settings-needs-value"));
        }
        show(paths)?;
        return Ok(ExitCode::SUCCESS);
    };
    // Say the key as the user typed it (`interview-date`), not as it is stored.
    let typed = key
        .to_possible_value()
        .map_or_else(String::new, |v| v.get_name().to_string());
    let shown = text::one_line(value);
    // "settings retention `x` is not a number like 0.9", and the like.
    let not = |id: &'static str| {
        let mut args = crate::i18n::Args::new();
        args.set("key", typed.as_str());
        args.set("value", shown.as_str());
        anyhow::anyhow!(crate::i18n::tr(id, Some(&args)))
    };
    let (name, stored) = match key {
        SettingKey::Retention => {
            let r: f32 = value
                .parse()
                .map_err(|_| not(crate::msgid!("cli-settings-not-retention")))?;
            if !(0.7..=0.99).contains(&r) {
                bail!(crate::t!("cli-settings-retention-range"));
            }
            (s::RETENTION, r.to_string())
        }
        SettingKey::NewLimit => {
            let n: u32 = value
                .parse()
                .map_err(|_| not(crate::msgid!("cli-settings-not-whole-number")))?;
            (s::NEW_LIMIT, n.to_string())
        }
        SettingKey::InterviewDate => {
            let d = s::parse_interview_date(value, "settings interview-date")
                .map_err(|m| anyhow::anyhow!(m))?;
            (s::INTERVIEW_DATE, d.map(iso_date).unwrap_or_default())
        }
        SettingKey::TargetRole => match s::parse_target_role(value) {
            Ok(role) => (s::TARGET_ROLE, role.unwrap_or_default()),
            Err(m) => {
                let _ = usage_error(format!("settings target-role: {m}")).print();
                return Ok(ExitCode::from(2));
            }
        },
        SettingKey::UiLanguage => match value.trim() {
            v if v.eq_ignore_ascii_case("auto") => (crate::i18n::SETTING, String::new()),
            v => match crate::i18n::Lang::parse(v) {
                Some(lang) => (crate::i18n::SETTING, lang.code().to_string()),
                None => {
                    let m = crate::t!("cli-settings-not-a-ui-language", value = &shown);
                    let _ = usage_error(m).print();
                    return Ok(ExitCode::from(2));
                }
            },
        },
        SettingKey::EnglishWpm | SettingKey::HangulSpm => {
            let n: f64 = value
                .parse()
                .map_err(|_| not(crate::msgid!("cli-settings-not-a-number")))?;
            if !(30.0..=1000.0).contains(&n) {
                bail!(crate::t!("cli-settings-rate-range"));
            }
            (
                if key == SettingKey::EnglishWpm {
                    s::ENGLISH_WPM
                } else {
                    s::HANGUL_SPM
                },
                n.to_string(),
            )
        }
    };
    let store = Store::open(paths, Access::Exclusive)?;
    store.set_setting(name, &stored)?;
    if key == SettingKey::UiLanguage {
        // Said in the language just chosen.
        let stored = Some(stored.as_str()).filter(|s| !s.is_empty());
        crate::i18n::set(crate::i18n::resolve_from_env(stored).0);
    }
    let value = match key {
        // Nothing stored: the locale decides, as `auto` asked.
        SettingKey::UiLanguage if stored.is_empty() => "auto".to_string(),
        _ if stored.is_empty() => crate::t!("cli-settings-none"),
        _ => stored,
    };
    say!(
        "{}",
        crate::t!("cli-settings-saved", key = typed, value = value)
    );
    Ok(ExitCode::SUCCESS)
}

/// `rehearse settings`: every setting, one a line, under the name it is
/// set by.
fn show(paths: &Paths) -> anyhow::Result<()> {
    let store = Store::open(paths, Access::ReadOnly)?;
    let cur = s::Settings::load(&store)?;
    let none = || crate::t!("cli-settings-none");
    say!("retention       {}", cur.desired_retention);
    say!("new-limit       {}", cur.new_limit);
    say!(
        "interview-date  {}",
        cur.interview_date.map_or_else(none, iso_date)
    );
    say!("english-wpm     {}", cur.english_wpm);
    say!("hangul-spm      {}", cur.hangul_spm);
    say!(
        "target-role     {}",
        cur.target_role.as_deref().map_or_else(none, text::one_line)
    );
    let stored = store.setting(crate::i18n::SETTING)?;
    let (lang, from) = crate::i18n::resolve_from_env(stored.as_deref());
    let lang = lang.code();
    say!(
        "ui-language     {}",
        match from {
            crate::i18n::Source::Setting =>
                crate::t!("cli-settings-language-set-here", lang = lang),
            crate::i18n::Source::Locale(var) => {
                crate::t!("cli-settings-language-from-locale", lang = lang, var = var)
            }
            crate::i18n::Source::Default => crate::t!("cli-settings-language-default", lang = lang),
        }
    );
    say!(
        "fsrs parameters {}",
        if cur.fsrs_parameters.is_empty() {
            crate::t!("cli-settings-fsrs-defaults")
        } else {
            crate::t!("cli-settings-fsrs-fitted")
        }
    );
    Ok(())
}
