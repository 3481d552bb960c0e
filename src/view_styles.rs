//! The stylesheets of the views outside the explorer (the agenda, the topic pages, the
//! charts), fetched with the first of those views rather than on every first load.
//!
//! The build (scripts/view-styles.mjs) puts their `<link>`s inside
//! `<template id="view-styles">` in index.html, where the browser fetches nothing. The first
//! view shown from a wasm chunk puts them back in place, so they keep their order among the
//! page's stylesheets (print.css still comes last), and waits for them, so a view is never
//! drawn unstyled.

use std::cell::RefCell;

use js_sys::{Array, Promise};
use leptos::prelude::document;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlTemplateElement};

const TEMPLATE_ID: &str = "view-styles";

thread_local! {
    /// Settles once the stylesheets have loaded (or failed: a missing stylesheet must not
    /// keep a view from showing).
    static LOADED: RefCell<Option<Promise>> = const { RefCell::new(None) };
    static SETTLED: RefCell<bool> = const { RefCell::new(false) };
}

/// Starts fetching the views' stylesheets (once) and returns a promise of their arrival.
pub fn load() -> Promise {
    LOADED.with(|loaded| loaded.borrow_mut().get_or_insert_with(activate).clone())
}

/// Whether the stylesheets are there (a view can be drawn at once).
pub fn settled() -> bool {
    SETTLED.with(|settled| *settled.borrow())
}

fn activate() -> Promise {
    let arrivals = Array::new();
    if let Some(template) = document()
        .get_element_by_id(TEMPLATE_ID)
        .and_then(|element| element.dyn_into::<HtmlTemplateElement>().ok())
    {
        let content = template.content();
        if let Ok(links) = content.query_selector_all("link") {
            for index in 0..links.length() {
                if let Some(link) = links
                    .item(index)
                    .and_then(|node| node.dyn_into::<HtmlElement>().ok())
                {
                    arrivals.push(&arrival(&link));
                }
            }
        }
        // The fragment's links take the template's place (and start loading there).
        let _ = template.replace_with_with_node_1(&content);
    }
    let all = Promise::all(&arrivals);
    let settle = Closure::once(|_: JsValue| SETTLED.with(|settled| *settled.borrow_mut() = true));
    let settled = all.then(&settle);
    // Runs once per page; the browser holds the promise, so the closure must outlive it.
    settle.forget();
    settled
}

/// A promise that resolves when `link` has loaded or failed.
fn arrival(link: &HtmlElement) -> Promise {
    let link = link.clone();
    Promise::new(&mut move |resolve, _reject| {
        let done = Closure::once_into_js(move || {
            let _ = resolve.call0(&JsValue::UNDEFINED);
        });
        link.set_onload(Some(done.unchecked_ref()));
        link.set_onerror(Some(done.unchecked_ref()));
    })
}
