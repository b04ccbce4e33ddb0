//! Where rehearse keeps data and looks for banks, with the overrides.

use std::path::{Path, PathBuf};

use directories::ProjectDirs;

/// Environment variable that overrides the data folder.
pub const DATA_DIR_ENV: &str = "REHEARSE_DATA_DIR";
/// Environment variable that overrides the user's bank folder (used by tests
/// and by people who keep banks in a repository).
pub const BANKS_DIR_ENV: &str = "REHEARSE_BANKS_DIR";

#[derive(Debug, Clone)]
pub struct Paths {
    pub data_dir: PathBuf,
    /// The user's bank folder, when the platform has one.
    pub banks_dir: Option<PathBuf>,
}

impl Paths {
    /// `--data-dir`, else `REHEARSE_DATA_DIR`, else the platform data folder.
    pub fn resolve(data_dir: Option<&Path>) -> anyhow::Result<Paths> {
        let dirs = ProjectDirs::from("", "", "rehearse");
        let data_dir = match data_dir {
            Some(d) => d.to_path_buf(),
            None => match std::env::var_os(DATA_DIR_ENV).filter(|v| !v.is_empty()) {
                Some(d) => PathBuf::from(d),
                None => dirs
                    .as_ref()
                    .map(|d| d.data_dir().to_path_buf())
                    .ok_or_else(|| anyhow::anyhow!(crate::t!("cli-no-home-folder")))?,
            },
        };
        let banks_dir = match std::env::var_os(BANKS_DIR_ENV).filter(|v| !v.is_empty()) {
            Some(d) => Some(PathBuf::from(d)),
            None => dirs.map(|d| d.config_dir().join("banks")),
        };
        Ok(Paths {
            data_dir,
            banks_dir,
        })
    }

    pub fn database(&self) -> PathBuf {
        self.data_dir.join("rehearse.db")
    }

    pub fn lock_file(&self) -> PathBuf {
        self.data_dir.join("rehearse.lock")
    }

    pub fn backups_dir(&self) -> PathBuf {
        self.data_dir.join("backups")
    }
}
