//! The small footer of an embedded view: the source, and a link that opens the same view in
//! full in a new tab (never in the host page).

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::marked_text::marked_text;
use crate::components::theme_toggle::ThemeToggle;
use crate::dataset::Dataset;
use crate::embed::url::full_view_url;
use crate::i18n::shell::ShellText;
use crate::nav::Nav;

#[component]
pub fn EmbedBar(data: Signal<Option<Arc<Dataset>>>) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let href = move || {
        // The address changes with the view and its filters, and is written just after them.
        nav.route.track();
        nav.query.track();
        nav.address.track();
        let location = window().location();
        let page = format!(
            "{}{}",
            location.origin().unwrap_or_default(),
            location.pathname().unwrap_or_default()
        );
        full_view_url(
            &page,
            &location.search().unwrap_or_default(),
            &location.hash().unwrap_or_default(),
        )
    };
    let t = ShellText::now();
    let source = move || {
        data.get().map(|data| {
            let publication = &data.meta.publication;
            let source = crate::i18n::fill(
                t.embed_source,
                &[
                    ("publisher", &publication.publisher),
                    ("year", &publication.year.to_string()),
                ],
            );
            marked_text(
                format!("{source} "),
                std::slice::from_ref(&publication.publisher),
            )
        })
    };
    view! {
        <footer class="embed-bar">
            <p>
                {source}
                <a href=href target="_blank" rel="noopener">
                    {t.embed_open_full}
                    <span class="visually-hidden">{t.new_tab}</span>
                </a>
            </p>
            <ThemeToggle />
        </footer>
    }
}
