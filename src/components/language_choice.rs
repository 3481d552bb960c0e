//! The "Language" control, and choosing the interface language when the app starts.
//!
//! An explicit choice is remembered in localStorage where the browser allows it, and written
//! into the address as `?lang=` (before the `#`, like `?embed`), so a shared link or an embed
//! opens in the same language. Changing the language redraws the views in place: their state
//! is in the address, so nothing is lost, and focus returns to the control.

use leptos::prelude::*;
use web_sys::Storage;

use crate::i18n::{shell::ShellText, Lang};

const CONTROL_ID: &str = "language-choice";

fn storage() -> Option<Storage> {
    window().local_storage().ok().flatten()
}

/// The language to start in (address, remembered choice, browser, English), made current
/// and set as `<html lang>`.
pub fn boot() -> Lang {
    let search = window().location().search().unwrap_or_default();
    let remembered = storage().and_then(|s| s.get_item(Lang::STORAGE_KEY).ok().flatten());
    let browser: Vec<String> = window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .collect();
    let lang = Lang::negotiate(Lang::from_search(&search), remembered.as_deref(), &browser);
    apply(lang);
    lang
}

/// Makes `lang` the interface language and the document's language.
fn apply(lang: Lang) {
    crate::i18n::set_current(lang);
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("lang", lang.code());
    }
}

/// Remembers the choice and writes it into the address without a reload or a history entry.
fn remember(lang: Lang) {
    // Rewrites the current entry: the entries queued before it come first (src/later.rs).
    crate::later::flush();
    if let Some(storage) = storage() {
        let _ = storage.set_item(Lang::STORAGE_KEY, lang.code());
    }
    let location = window().location();
    let search = location.search().unwrap_or_default();
    let url = format!(
        "{}{}{}",
        location.pathname().unwrap_or_default(),
        lang.in_search(&search),
        location.hash().unwrap_or_default()
    );
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// The control. `language` is the app's signal: setting it redraws every view.
#[component]
pub fn LanguageChoice(language: RwSignal<Lang>) -> impl IntoView {
    let current = language.get_untracked();
    let on_change = move |event| {
        let Some(lang) = Lang::parse(&event_target_value(&event)) else {
            return;
        };
        apply(lang);
        remember(lang);
        language.set(lang);
        // The redraw replaced this control: give focus back to its successor.
        request_animation_frame(|| {
            if let Some(select) = document().get_element_by_id(CONTROL_ID) {
                use wasm_bindgen::JsCast;
                if let Ok(select) = select.dyn_into::<web_sys::HtmlElement>() {
                    let _ = select.focus();
                }
            }
        });
    };
    let options = Lang::ALL
        .into_iter()
        .map(|lang| {
            view! {
                <option value=lang.code() lang=lang.code() selected=lang == current>
                    {lang.native_name()}
                </option>
            }
        })
        .collect_view();
    view! {
        <div class="language-choice">
            <label for=CONTROL_ID>{ShellText::now().language_label}</label>
            <select id=CONTROL_ID on:change=on_change>{options}</select>
        </div>
    }
}
