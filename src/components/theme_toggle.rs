//! The "Colours" control (As device / Light / Dark) and applying the choice to the page.
//! The choice is remembered in localStorage where the browser allows it; a sandboxed frame
//! or a privacy setting may refuse storage, and then the choice lasts for the page only,
//! without any error shown.

use leptos::prelude::*;
use web_sys::Storage;

use crate::theme::ThemeChoice;

const CONTROL_ID: &str = "theme-choice";

/// The page's storage, if the browser lets this page use it (reading it may throw).
fn storage() -> Option<Storage> {
    window().local_storage().ok().flatten()
}

/// The remembered choice; the device's when none is (or can be) remembered.
pub fn remembered() -> ThemeChoice {
    let stored = storage().and_then(|s| s.get_item(ThemeChoice::STORAGE_KEY).ok().flatten());
    ThemeChoice::parse(stored.as_deref())
}

/// Sets or removes `<html data-theme>`, which the stylesheets' colour variables follow.
pub fn apply(choice: ThemeChoice) {
    if let Some(root) = document().document_element() {
        let _ = match choice.data_theme() {
            Some(theme) => root.set_attribute("data-theme", theme),
            None => root.remove_attribute("data-theme"),
        };
    }
}

fn remember(choice: ThemeChoice) {
    if let Some(storage) = storage() {
        let _ = match choice {
            ThemeChoice::Device => storage.remove_item(ThemeChoice::STORAGE_KEY),
            other => storage.set_item(ThemeChoice::STORAGE_KEY, other.value()),
        };
    }
}

#[component]
pub fn ThemeToggle() -> impl IntoView {
    // What the page shows now (the attribute), which is right even where storage is refused.
    let current = ThemeChoice::parse(
        document()
            .document_element()
            .and_then(|root| root.get_attribute("data-theme"))
            .as_deref(),
    );
    let on_change = move |event| {
        let choice = ThemeChoice::parse(Some(&event_target_value(&event)));
        apply(choice);
        remember(choice);
    };
    let lang = crate::i18n::current();
    let options = ThemeChoice::ALL
        .into_iter()
        .map(|choice| {
            view! { <option value=choice.value() selected=choice == current>{choice.label(lang)}</option> }
        })
        .collect_view();
    view! {
        <div class="theme-choice">
            <label for=CONTROL_ID>{crate::i18n::shell::ShellText::of(lang).colours_label}</label>
            <select id=CONTROL_ID on:change=on_change>{options}</select>
        </div>
    }
}
