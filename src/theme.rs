//! The colour scheme a visitor chose with the header's "Colours" control (issue #8): follow
//! the device (`prefers-color-scheme`), or always light, or always dark. The choice is kept
//! in the browser's storage as one short word and applied as `<html data-theme>`, which the
//! stylesheets read; this module only says what the words mean, so it is tested natively.

use crate::i18n::shell::ShellText;
use crate::i18n::Lang;

/// One of the three colour-scheme choices.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ThemeChoice {
    /// Whatever the device asks for (no `data-theme`: the stylesheets' media queries decide).
    #[default]
    Device,
    Light,
    Dark,
}

impl ThemeChoice {
    /// In the order the control lists them.
    pub const ALL: [ThemeChoice; 3] = [ThemeChoice::Device, ThemeChoice::Light, ThemeChoice::Dark];

    /// The key under which the choice is stored (namespaced: the origin may host other apps).
    pub const STORAGE_KEY: &'static str = "iscm-explorer:theme";

    /// The word stored, used as the control's option value and as `data-theme`.
    pub fn value(self) -> &'static str {
        match self {
            ThemeChoice::Device => "device",
            ThemeChoice::Light => "light",
            ThemeChoice::Dark => "dark",
        }
    }

    /// What the control shows, in the interface's language.
    pub fn label(self, lang: Lang) -> &'static str {
        let t = ShellText::of(lang);
        match self {
            ThemeChoice::Device => t.colours_device,
            ThemeChoice::Light => t.colours_light,
            ThemeChoice::Dark => t.colours_dark,
        }
    }

    /// Reads a stored word or an attribute. Anything else (nothing stored, a value from
    /// another version, an edited value) follows the device rather than failing.
    pub fn parse(stored: Option<&str>) -> ThemeChoice {
        let word = stored.unwrap_or_default().trim();
        ThemeChoice::ALL
            .into_iter()
            .find(|choice| choice.value().eq_ignore_ascii_case(word))
            .unwrap_or_default()
    }

    /// The value of `<html data-theme>`: none when the device decides.
    pub fn data_theme(self) -> Option<&'static str> {
        match self {
            ThemeChoice::Device => None,
            other => Some(other.value()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::ThemeChoice;

    #[test]
    fn every_choice_reads_back_from_its_stored_word() {
        for choice in ThemeChoice::ALL {
            assert_eq!(ThemeChoice::parse(Some(choice.value())), choice);
        }
    }

    #[test]
    fn stored_words_are_read_leniently() {
        assert_eq!(ThemeChoice::parse(Some(" Dark\n")), ThemeChoice::Dark);
        assert_eq!(ThemeChoice::parse(Some("LIGHT")), ThemeChoice::Light);
    }

    #[test]
    fn nothing_or_an_unknown_word_follows_the_device() {
        for stored in [
            None,
            Some(""),
            Some("sepia"),
            Some("dark-high-contrast"),
            Some("1"),
        ] {
            assert_eq!(
                ThemeChoice::parse(stored),
                ThemeChoice::Device,
                "{stored:?}"
            );
        }
    }

    #[test]
    fn only_a_fixed_choice_sets_the_attribute() {
        assert_eq!(ThemeChoice::Device.data_theme(), None);
        assert_eq!(ThemeChoice::Light.data_theme(), Some("light"));
        assert_eq!(ThemeChoice::Dark.data_theme(), Some("dark"));
    }

    #[test]
    fn labels_and_values_are_distinct() {
        for (i, a) in ThemeChoice::ALL.iter().enumerate() {
            for b in &ThemeChoice::ALL[i + 1..] {
                assert_ne!(a.value(), b.value());
                for lang in crate::i18n::Lang::ALL {
                    assert_ne!(a.label(lang), b.label(lang));
                }
            }
        }
    }
}
