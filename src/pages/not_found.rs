//! The view for an address that names no view.

use leptos::prelude::*;

use crate::app::set_title;

#[component]
pub fn NotFoundPage(path: String) -> impl IntoView {
    set_title("Page not found");
    view! {
        <h1>"Page not found"</h1>
        <p>"There is no view at the address “" <code>{path}</code> "”."</p>
        <p><a href="#/">"See all ISCMs"</a> " or " <a href="#/about">"read about the data"</a> "."</p>
    }
}
