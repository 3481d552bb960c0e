//! Browser entry point: mount the app into `#app`.
//!
//! A panic is a wasm trap, which the start-up script (scripts/build-wasm.mjs) turns into
//! the page's "Something went wrong" message. Release builds carry no panic messages at all
//! (`panic=immediate-abort`); debug builds print them to the console.

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::JsCast;

    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();

    let document = leptos::prelude::document();
    let Some(root) = document
        .get_element_by_id("app")
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    // The static "Loading…" text in index.html is for visitors waiting for the wasm.
    root.set_text_content(None);
    leptos::mount::mount_to(root, iscm_explorer::app::App).forget();
}

/// The app only runs in a browser; natively this crate is a library for the tests.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("ISCM Explorer is a web app: build it with `trunk build --release`.");
}
