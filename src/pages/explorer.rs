//! The explorer: every ISCM as a card, narrowed by search and faceted filters, sorted, with
//! a comparison tray. All of it lives in the URL, so a copied link reproduces the view.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::{set_description, set_title};
use crate::components::active_filters::ActiveFilters;
use crate::components::filters::{facet_name, FilterPanel};
use crate::components::iscm_card::IscmCard;
use crate::dataset::Dataset;
use crate::explore::filter::results;
use crate::explore::query::{Filter, Query, Sort, SortKey};
use crate::lazy_file::FileState;
use crate::nav::Nav;
use crate::route::{hash_with_query, Route};
use crate::secondary::SecondaryFiles;

/// The sort choices offered, with their labels.
const SORTS: [(SortKey, bool, &str); 8] = [
    (SortKey::Fact, false, "Fact sheet order"),
    (SortKey::Name, false, "Name, A to Z"),
    (SortKey::Name, true, "Name, Z to A"),
    (SortKey::Members, true, "Member States, most first"),
    (SortKey::Members, false, "Member States, fewest first"),
    (SortKey::Founded, false, "Year established, oldest first"),
    (SortKey::Founded, true, "Year established, newest first"),
    (SortKey::Themes, true, "Number of themes, most first"),
];

/// The chip text of one active filter: "Type: RCP".
pub fn filter_label(data: &Dataset, filter: &Filter) -> String {
    let value = match filter {
        Filter::Type(kind) => data.type_label(*kind).to_string(),
        Filter::Region(id) => data.region(id).map_or(id.clone(), |r| r.name.clone()),
        Filter::Theme(id) => data.theme_name(id).to_string(),
        Filter::IomRole(id) => data.iom_role(id).map_or(id.clone(), |r| r.name.clone()),
        Filter::Secretariat(id) => data.organization(id).map_or(id.clone(), |o| {
            o.acronym.clone().unwrap_or_else(|| o.name.clone())
        }),
        Filter::Associated(yes) | Filter::Survey(yes) | Filter::Grcp8(yes) => {
            if *yes { "Yes" } else { "No" }.to_string()
        }
        Filter::MembersMin(v) => format!("at least {v}"),
        Filter::MembersMax(v) => format!("at most {v}"),
        Filter::FoundedFrom(v) => format!("{v} or later"),
        Filter::FoundedTo(v) => format!("{v} or earlier"),
    };
    format!("{}: {value}", facet_name(filter.facet()))
}

#[component]
pub fn ExplorerPage(data: Arc<Dataset>) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let files = expect_context::<SecondaryFiles>();
    let query = nav.query;

    nav.drop_unknown_ids(Arc::clone(&data));

    // Search also reads what the report says about each ISCM: load that once someone searches.
    Effect::new({
        let data = Arc::clone(&data);
        move |_| {
            if query.with(|q| !q.search.trim().is_empty()) {
                files.statements.ensure(Arc::clone(&data));
            }
        }
    });
    let statements = Signal::derive(move || match files.statements.state() {
        FileState::Ready(file) => Some(file),
        _ => None,
    });

    let found = Memo::new({
        let data = Arc::clone(&data);
        move |_| {
            let statements = statements.get();
            query.with(|q| {
                results(&data, q, statements.as_deref())
                    .into_iter()
                    .map(|iscm| iscm.id.clone())
                    .collect::<Vec<String>>()
            })
        }
    });
    let total = data.iscms.len();

    Effect::new(move |_| {
        let n = found.with(Vec::len);
        if query.with(Query::is_filtered) {
            set_title(&format!("{n} of {total} ISCMs"));
            set_description(&format!(
                "{n} of the {total} inter-State consultation mechanisms on migration match these filters."
            ));
        } else {
            set_title("All ISCMs");
            set_description("Explore the 30 inter-State consultation mechanisms on migration of IOM's 2019 assessment: filter by type, region, theme and more.");
        }
    });

    // Every card reads the search and the comparison: through memos, so that a filter change
    // (a new query) does not re-run the thousands of card effects that only depend on these,
    // each of which would also unsubscribe from the query and subscribe again.
    let needle = Signal::from(Memo::new(move |_| query.with(|q| q.search.clone())));
    let compared = Memo::new(move |_| query.with(|q| q.compare.clone()));
    let on_search = move |ev: leptos::ev::Event| {
        let mut next = query.get_untracked();
        next.search = event_target_value(&ev);
        nav.set_query(next, true);
    };

    let sort_value = move || {
        let sort = query.with(|q| q.sort);
        SORTS
            .iter()
            .position(|(key, desc, _)| *key == sort.key && *desc == sort.descending)
            .unwrap_or(0)
            .to_string()
    };
    let on_sort = move |ev: leptos::ev::Event| {
        if let Some((key, descending, _)) = event_target_value(&ev)
            .parse::<usize>()
            .ok()
            .and_then(|i| SORTS.get(i))
        {
            let mut next = query.get_untracked();
            next.sort = Sort {
                key: *key,
                descending: *descending,
            };
            nav.set_query(next, false);
        }
    };
    let sort_options = SORTS
        .iter()
        .enumerate()
        .map(|(i, (_, _, label))| view! { <option value=i.to_string()>{*label}</option> })
        .collect_view();

    let clear_all = move |_| {
        let next = query.get_untracked().cleared();
        nav.set_query(next, false);
    };
    let remove_last = move |_| {
        let next = query.get_untracked().without_last_filter();
        nav.set_query(next, false);
    };
    let last_label = {
        let data = Arc::clone(&data);
        move || query.with(|q| q.filters.last().map(|f| filter_label(&data, f)))
    };

    let status = move || {
        let n = found.with(Vec::len);
        let searching = query.with(|q| !q.search.trim().is_empty());
        let loading = searching && matches!(files.statements.state(), FileState::Loading);
        let noun = if n == 1 { "ISCM" } else { "ISCMs" };
        let base = if query.with(Query::is_filtered) {
            format!("{n} of {total} {noun}")
        } else {
            format!("All {total} ISCMs")
        };
        if loading {
            format!("{base} (searching the report's text…)")
        } else {
            base
        }
    };

    // The charts count the same selection: the link carries the filters and the search.
    let charts_href = move || {
        query.with(|q| {
            let shared = Query {
                sort: Sort::default(),
                compare: Vec::new(),
                ..q.clone()
            };
            hash_with_query(&Route::Charts, &shared.to_query_string())
        })
    };
    let filters_open = RwSignal::new(false);
    let active_count = move || query.with(|q| q.filters.len());

    // Keyed by id: a filter change moves, adds and removes cards, and leaves the others'
    // DOM (and their work) alone.
    let card = {
        let data = Arc::clone(&data);
        move |id: String| {
            data.iscm(&id)
                .cloned()
                .map(|iscm| view! { <IscmCard data=Arc::clone(&data) iscm=iscm needle=needle compared=compared /> })
        }
    };

    let compare_tray = {
        let data = Arc::clone(&data);
        move || {
            let ids = query.with(|q| q.compare.clone());
            (!ids.is_empty()).then(|| {
                let names = ids
                    .iter()
                    .filter_map(|id| data.iscm(id))
                    .map(|iscm| iscm.short_name.clone())
                    .collect::<Vec<_>>()
                    .join(", ");
                let ready = ids.len() >= 2;
                let compare_query = Query { compare: ids.clone(), ..Query::default() };
                let href = hash_with_query(&Route::Compare, &compare_query.to_query_string());
                let clear = move |_| {
                    let mut next = query.get_untracked();
                    next.compare.clear();
                    nav.set_query(next, false);
                };
                view! {
                    <aside class="compare-tray" aria-label="Comparison">
                        <p>
                            <strong>{format!("Comparing {} of up to {}: ", ids.len(), Query::MAX_COMPARE)}</strong>
                            <span lang="en">{names}</span>
                        </p>
                        {if ready {
                            view! { <a class="button" href=href>"Compare side by side"</a> }.into_any()
                        } else {
                            view! { <p class="hint">"Choose at least one more ISCM to compare."</p> }.into_any()
                        }}
                        <button type="button" class="button button-secondary" on:click=clear>"Clear comparison"</button>
                    </aside>
                }
            })
        }
    };

    view! {
        <h1>"Inter-State consultation mechanisms on migration"</h1>
        <p class="lede">
            {format!(
                "The {total} ISCMs of IOM's fact sheet (Annex 2 of the 2019 assessment), as of {}. Search, filter and compare them; every fact names its source.",
                data.meta.fact_sheet_as_of
            )}
        </p>
        <div class="search">
            <label for="search">"Search names, chairs, secretariats, themes and the report's text"</label>
            <input id="search" type="search" autocomplete="off" spellcheck="false" maxlength="200"
                prop:value=move || query.with(|q| q.search.clone())
                on:input=on_search />
        </div>
        <div class="explorer">
            <button type="button" class="button button-secondary filters-toggle"
                aria-expanded=move || filters_open.get().to_string()
                aria-controls="filters"
                on:click=move |_| filters_open.update(|open| *open = !*open)>
                {move || match active_count() {
                    0 => "Filters".to_string(),
                    n => format!("Filters ({n} active)"),
                }}
            </button>
            <section id="filters" class="filters" class:open=move || filters_open.get() aria-label="Filters">
                <h2 class="visually-hidden">"Filters"</h2>
                <FilterPanel data=Arc::clone(&data) statements=statements />
            </section>
            <section class="results" aria-label="Results">
                <div class="toolbar">
                    <p class="result-count" role="status" aria-live="polite" aria-atomic="true">{status}</p>
                    <a class="charts-link" href=charts_href>"See them in charts"</a>
                    <label class="sort">
                        "Sort by "
                        <select prop:value=sort_value on:change=on_sort>{sort_options}</select>
                    </label>
                </div>
                <ActiveFilters data=Arc::clone(&data) />
                {compare_tray}
                <Show
                    when=move || found.with(|f| !f.is_empty())
                    fallback=move || {
                        let last_label = last_label.clone();
                        view! {
                        <div class="no-results">
                            <p><strong>"No ISCM matches these filters."</strong></p>
                            <p>
                                {move || last_label().map(|label| view! {
                                    <button type="button" class="button button-secondary" on:click=remove_last>
                                        {format!("Remove the last filter ({label})")}
                                    </button>
                                    " "
                                })}
                                <button type="button" class="button" on:click=clear_all>"Clear all filters and search"</button>
                            </p>
                        </div>
                        }
                    }
                >
                    <ul class="cards">
                        <For each=move || found.get() key=|id| id.clone() children=card.clone() />
                    </ul>
                </Show>
            </section>
        </div>
    }
}
