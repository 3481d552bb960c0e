//! The last resort after a panic: reveal the static message that index.html carries, so
//! the visitor sees what happened instead of a frozen page.

/// Un-hides `#fatal` (a message written in index.html, so it needs no working app).
pub fn show_fatal_message() {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    if let Some(element) = document.get_element_by_id("fatal") {
        let _ = element.remove_attribute("hidden");
    }
}
