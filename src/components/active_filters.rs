//! The active filters as removable chips, with "Clear all": shared by the explorer and the
//! charts, which read and write the same filters in the URL.

use std::sync::Arc;

use leptos::prelude::*;

use crate::dataset::Dataset;
use crate::explore::query::Query;
use crate::i18n::explorer::ExplorerText;
use crate::i18n::fill;
use crate::nav::Nav;
use crate::pages::explorer::filter_parts;

#[component]
pub fn ActiveFilters(data: Arc<Dataset>) -> impl IntoView {
    let t = ExplorerText::now();
    let lang = crate::i18n::current();
    let nav = expect_context::<Nav>();
    let query = nav.query;
    let chips = move || {
        query
            .with(|q| q.filters.clone())
            .into_iter()
            .map(|filter| {
                // The button is named by its text ("Remove filter Type: RCP"), so that the
                // dataset's names keep their own language inside it.
                let (name, value, is_data) = filter_parts(&data, lang, &filter);
                let prefix = fill(t.chip, &[("name", name), ("value", "")]);
                let remove_filter = fill(t.remove_filter, &[("label", "")]);
                let remove = move |_| {
                    let next = query.get_untracked().without(&filter);
                    nav.set_query(next, false);
                };
                view! {
                    <li>
                        <button type="button" class="chip" on:click=remove>
                            <span class="visually-hidden">{remove_filter}</span>
                            {prefix}
                            <span lang=is_data.then_some("en")>{value}</span>
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
    // Hidden rather than removed while nothing is filtered: the first filter then adds one
    // chip instead of building the whole row again.
    view! {
        <div class="chips" hidden=move || !query.with(Query::is_filtered)>
            <ul aria-label=t.active_filters>{chips}</ul>
            <button type="button" class="link-button" on:click=clear_all>{t.clear_all}</button>
        </div>
    }
}
