//! The last resort after a panic: reveal the static message that index.html carries, so
//! the visitor sees what happened instead of a frozen page.

/// Un-hides `#fatal` (a message written in index.html, so it needs no working app), in
/// the interface's language.
pub fn show_fatal_message() {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let Some(fatal) = document.get_element_by_id("fatal") else {
        return;
    };
    // The message is written in each interface language; show the one the app was in.
    let lang = crate::i18n::current().code();
    if let Ok(versions) = fatal.query_selector_all("[data-lang]") {
        for i in 0..versions.length() {
            let Some(version) = versions
                .item(i)
                .and_then(|node| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(node).ok())
            else {
                continue;
            };
            let _ = if version.get_attribute("data-lang").as_deref() == Some(lang) {
                version.remove_attribute("hidden")
            } else {
                version.set_attribute("hidden", "")
            };
        }
    }
    let _ = fatal.remove_attribute("hidden");
}
