//! What a screen may look at while it handles a key or draws: the banks,
//! the store, the settings, your story, the theme and the local clock offset. A screen
//! gets this, never the whole app.

use super::theme::Theme;
use crate::bank::Library;
use crate::clock::LocalDay;
use crate::feedback::Rates;
use crate::settings::Settings;
use crate::store::Store;
use crate::story::Story;

#[derive(Clone, Copy)]
pub struct Env<'a> {
    pub lib: &'a Library,
    pub store: &'a Store,
    pub settings: &'a Settings,
    /// Your story (empty when none is written).
    pub story: &'a Story,
    pub theme: Theme,
    /// Local dates and midnights.
    pub day: LocalDay,
}

impl Env<'_> {
    pub fn rates(&self) -> Rates {
        Rates {
            english_wpm: self.settings.english_wpm,
            hangul_spm: self.settings.hangul_spm,
        }
    }
}
