//! The app inside a frame on another site: embed mode, and the height reports that let the
//! host page size the frame to its content (message shapes in [`crate::embed::height`]).

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use crate::embed::{height, params};

/// Whether this page was opened in embed mode (`?embed=1` before the `#`). The query string
/// never changes while the app runs (views live in the fragment), so reading it once is enough.
pub fn is_embed_page() -> bool {
    let search = window().location().search().unwrap_or_default();
    params::is_embed(&search)
}

/// Marks the document for the compact embed layout (`html[data-embed]` in css/embed.css).
pub fn mark_document() {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-embed", "");
    }
}

/// Posts the content's height to the parent window now, on every size change and on every
/// change of view. Does nothing in a top-level window.
pub fn report_height() {
    let window = window();
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if JsValue::from(parent.clone()) == JsValue::from(window) {
        return;
    }
    let last = Cell::new(u32::MAX);
    let post = Rc::new(move |force: bool| {
        let Some(root) = document().document_element() else {
            return;
        };
        let px = height::whole_pixels(root.get_bounding_client_rect().height());
        if !force && px == last.get() {
            return;
        }
        last.set(px);
        let location = leptos::prelude::window().location();
        let href = location.href().unwrap_or_default();
        let hash = location.hash().unwrap_or_default();
        for message in [
            height::height_message(px, &href),
            height::datawrapper_message(px, &hash),
        ] {
            if let Ok(value) = js_sys::JSON::parse(&message) {
                // The height is not secret, and the host's origin is unknown: any origin.
                let _ = parent.post_message(&value, "*");
            }
        }
    });

    let on_resize = {
        let post = Rc::clone(&post);
        Closure::<dyn FnMut()>::new(move || post(false))
    };
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        if let Some(root) = document().document_element() {
            observer.observe(&root);
        }
        if let Some(body) = document().body() {
            observer.observe(&body);
        }
    }
    // The observer lives as long as the page.
    on_resize.forget();

    // A new view may have the same height but another address: report it too.
    let on_view = Rc::clone(&post);
    let handle = window_event_listener(leptos::ev::hashchange, move |_| on_view(true));
    std::mem::forget(handle);
    post(true);
}
