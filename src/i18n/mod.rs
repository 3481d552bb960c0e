//! The interface's three languages (issue #8): English, French and Spanish.
//!
//! Every interface string lives in one of the `text` tables below, written with
//! [`ui_text!`], which puts each key's three translations side by side and makes a missing
//! translation a compile error. The dataset's own text (names, cells, quotations) stays in
//! English, as printed in the sources, and the views mark it `lang="en"`.
//!
//! This module also formats numbers and dates per language and chooses the language from
//! the address, the remembered choice and the browser, all as pure functions tested natively.

pub mod charts;
pub mod explorer;
pub mod format;
pub mod grcp8;
mod macros;
pub mod marked;
pub mod pages;
pub mod shell;
pub mod topics;

pub use format::{count, date_iso, decimal, fill, month_year, number, percent};

use std::sync::atomic::{AtomicU8, Ordering};

/// One of the interface languages.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    Fr,
    Es,
}

impl Lang {
    /// In the order the language control lists them.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Fr, Lang::Es];

    /// The key under which an explicit choice is remembered (namespaced: the origin may host
    /// other apps).
    pub const STORAGE_KEY: &'static str = "iscm-explorer:lang";

    /// The BCP 47 code, used in `?lang=`, `<html lang>` and storage.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
        }
    }

    /// The language's name in itself, as the control lists it (so a reader finds their own
    /// language whatever the page's language is).
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Es => "Español",
        }
    }

    /// Reads a language tag such as `fr`, `FR`, `fr-CA` or `es_419`; anything else is None.
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(primary))
    }

    /// The language to show: the address's `?lang=` first (so a link or an embed can choose),
    /// then the visitor's remembered choice, then the first of the browser's preferred
    /// languages that the interface speaks, then English. Unknown values are skipped, never
    /// an error.
    pub fn negotiate(from_url: Option<&str>, remembered: Option<&str>, browser: &[String]) -> Lang {
        from_url
            .and_then(Lang::parse)
            .or_else(|| remembered.and_then(Lang::parse))
            .or_else(|| browser.iter().find_map(|tag| Lang::parse(tag)))
            .unwrap_or_default()
    }

    /// The value of `?lang=` in a page's search string (`?embed&lang=fr`), if any. The last
    /// one wins when a key is repeated, as in the address bar's usual reading.
    pub fn from_search(search: &str) -> Option<&str> {
        search
            .trim_start_matches('?')
            .split('&')
            .filter_map(|pair| pair.split_once('=').or(Some((pair, ""))))
            .filter(|(key, _)| *key == "lang")
            .map(|(_, value)| value)
            .next_back()
    }

    /// A search string with `lang` set to this language and every other parameter kept in
    /// its place (`?embed` stays first).
    pub fn in_search(self, search: &str) -> String {
        let mut parts: Vec<String> = search
            .trim_start_matches('?')
            .split('&')
            .filter(|pair| !pair.is_empty())
            .filter(|pair| pair.split('=').next() != Some("lang"))
            .map(str::to_string)
            .collect();
        parts.push(format!("lang={}", self.code()));
        format!("?{}", parts.join("&"))
    }
}

/// The language the interface is drawn in now. The browser app is single-threaded and
/// redraws every view when the language changes, so views read it once as they are built,
/// instead of each string subscribing to a signal (which would cost code in every view).
static CURRENT: AtomicU8 = AtomicU8::new(0);

/// The interface's current language.
pub fn current() -> Lang {
    match CURRENT.load(Ordering::Relaxed) {
        1 => Lang::Fr,
        2 => Lang::Es,
        _ => Lang::En,
    }
}

/// Sets the current language; the caller redraws the views.
pub fn set_current(lang: Lang) {
    CURRENT.store(lang as u8, Ordering::Relaxed);
}
