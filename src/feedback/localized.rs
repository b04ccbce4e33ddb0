//! A sentence of the feedback, for people and for scripts: read (through
//! `Deref` and `Display`) in the interface language, written to JSON
//! (`check --json`) in English, since the machine-readable output is a
//! promise to scripts and must not change with the user's locale.

use std::fmt;
use std::ops::Deref;

use crate::i18n::{self, Lang};

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Localized {
    /// In the language in use when it was made.
    text: String,
    /// The same in English.
    english: String,
}

impl Localized {
    /// The message `make` formats (`|| t!("feedback-…", n = 2)`), in the
    /// language in use and in English.
    pub fn of(make: impl Fn() -> String) -> Localized {
        let text = make();
        let english = if i18n::current() == Lang::En {
            text.clone()
        } else {
            let _en = i18n::scoped(Lang::En);
            make()
        };
        Localized { text, english }
    }

    /// Text that is the same in every language: the answer's own words.
    pub fn same(text: String) -> Localized {
        Localized {
            english: text.clone(),
            text,
        }
    }

    /// In the language in use when it was made.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// In English, as the JSON gives it.
    pub fn english(&self) -> &str {
        &self.english
    }
}

impl Deref for Localized {
    type Target = str;
    fn deref(&self) -> &str {
        &self.text
    }
}

impl fmt::Display for Localized {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl serde::Serialize for Localized {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.english)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn it_reads_in_the_interface_language_and_serialises_in_english() {
        let _ko = i18n::scoped(Lang::Ko);
        let l = Localized::of(|| crate::t!("feedback-check-result"));
        assert_eq!(&*l, "결과");
        assert_eq!(l.to_string(), "결과");
        assert_eq!(l.english(), "Result");
        assert_eq!(serde_json::to_value(&l).unwrap(), "Result");
        // The language comes back after the English one is made.
        assert_eq!(i18n::current(), Lang::Ko);
        let same = Localized::same("“20%”".into());
        assert_eq!((same.as_str(), same.english()), ("“20%”", "“20%”"));
    }
}
