//! The view for an address that names no view.

use leptos::prelude::*;

use crate::app::set_title;
use crate::i18n::explorer::ExplorerText;

#[component]
pub fn NotFoundPage(path: String) -> impl IntoView {
    let t = ExplorerText::now();
    set_title(t.not_found);
    let (before, after) = t.no_view.split_once("{path}").unwrap_or((t.no_view, ""));
    view! {
        <h1>{t.not_found}</h1>
        <p>{before} <code>{path}</code> {after}</p>
        <p><a href="#/">{t.see_all}</a> {t.or} <a href="#/about">{t.read_about}</a> "."</p>
    }
}
