//! `rehearse settings` (show them, or change one) and `rehearse optimize`
//! (fit the FSRS parameters to the review log).

use std::process::ExitCode;

use anyhow::bail;
use clap::ValueEnum;

use crate::clock::{LocalDay, iso_date};
use crate::paths::Paths;
use crate::settings as s;
use crate::store::{Access, Store};
use crate::text::{self, count};

use super::SettingKey;
use super::names::usage_error;

pub(super) fn optimize(reset: bool, paths: &Paths) -> anyhow::Result<ExitCode> {
    let store = Store::open(paths, Access::Exclusive)?;
    if reset {
        store.set_setting(s::FSRS_PARAMS, "[]")?;
        say!("FSRS parameters reset to the defaults");
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
            say!(
                "fitted FSRS parameters to {} and saved them:",
                count(log.len(), "review", "reviews")
            );
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
            say!("{e}; until then the default parameters are used");
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
            bail!("give the new value too, e.g. `rehearse settings retention 0.85`");
        }
        let store = Store::open(paths, Access::ReadOnly)?;
        let cur = s::Settings::load(&store)?;
        say!("retention       {}", cur.desired_retention);
        say!("new-limit       {}", cur.new_limit);
        say!(
            "interview-date  {}",
            cur.interview_date.map_or("none".to_string(), iso_date)
        );
        say!("english-wpm     {}", cur.english_wpm);
        say!("hangul-spm      {}", cur.hangul_spm);
        say!(
            "target-role     {}",
            cur.target_role
                .as_deref()
                .map_or("none".to_string(), text::one_line)
        );
        let stored = store.setting(crate::i18n::SETTING)?;
        let (lang, from) = crate::i18n::resolve_from_env(stored.as_deref());
        say!(
            "ui-language     {} ({})",
            lang.code(),
            match from {
                crate::i18n::Source::Setting => "set here".to_string(),
                crate::i18n::Source::Locale(var) => format!("from {var}"),
                crate::i18n::Source::Default => "the default".to_string(),
            }
        );
        say!(
            "fsrs parameters {}",
            if cur.fsrs_parameters.is_empty() {
                "defaults (run `rehearse optimize` to fit yours)"
            } else {
                "fitted to your reviews"
            }
        );
        return Ok(ExitCode::SUCCESS);
    };
    // Say the key as the user typed it (`interview-date`), not as it is stored.
    let typed = key
        .to_possible_value()
        .map_or_else(String::new, |v| v.get_name().to_string());
    let bad =
        |what: &str| anyhow::anyhow!("settings {typed} `{}` is not {what}", text::one_line(value));
    let (name, stored) = match key {
        SettingKey::Retention => {
            let r: f32 = value.parse().map_err(|_| bad("a number like 0.9"))?;
            if !(0.7..=0.99).contains(&r) {
                bail!("retention must be between 0.70 and 0.99");
            }
            (s::RETENTION, r.to_string())
        }
        SettingKey::NewLimit => {
            let n: u32 = value.parse().map_err(|_| bad("a whole number"))?;
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
                    let _ = usage_error(format!(
                        "settings ui-language `{}` is not a language of the interface: en, ko, or auto",
                        text::one_line(value)
                    ))
                    .print();
                    return Ok(ExitCode::from(2));
                }
            },
        },
        SettingKey::EnglishWpm | SettingKey::HangulSpm => {
            let n: f64 = value.parse().map_err(|_| bad("a number"))?;
            if !(30.0..=1000.0).contains(&n) {
                bail!("a speaking rate must be between 30 and 1000 a minute");
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
    say!(
        "saved {typed} = {}",
        if stored.is_empty() { "none" } else { &stored }
    );
    Ok(ExitCode::SUCCESS)
}
