//! The active filters as removable chips, with "Clear all": shared by the explorer and the
//! charts, which read and write the same filters in the URL.

use std::sync::Arc;

use leptos::prelude::*;

use crate::dataset::Dataset;
use crate::explore::query::Query;
use crate::nav::Nav;
use crate::pages::explorer::filter_label;

#[component]
pub fn ActiveFilters(data: Arc<Dataset>) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let query = nav.query;
    let chips = move || {
        query
            .get()
            .filters
            .into_iter()
            .map(|filter| {
                let label = filter_label(&data, &filter);
                let remove = move |_| {
                    let next = query.get_untracked().without(&filter);
                    nav.set_query(next, false);
                };
                view! {
                    <li>
                        <button type="button" class="chip" on:click=remove aria-label=format!("Remove filter {label}")>
                            <span lang="en">{label.clone()}</span>
                            <span aria-hidden="true">" ×"</span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    let clear_all = move |_| {
        let next = query.get_untracked().cleared();
        nav.set_query(next, false);
    };
    view! {
        <Show when=move || query.with(Query::is_filtered)>
            <div class="chips">
                <ul aria-label="Active filters">{chips.clone()}</ul>
                <button type="button" class="link-button" on:click=clear_all>"Clear all"</button>
            </div>
        </Show>
    }
}
