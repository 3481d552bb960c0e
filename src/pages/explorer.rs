//! The explorer: every ISCM as a card, narrowed by search and faceted filters, sorted, with
//! a comparison tray. All of it lives in the URL, so a copied link reproduces the view.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::{set_description, set_title};
use crate::components::active_filters::ActiveFilters;
use crate::components::card_list::CardList;
use crate::components::filters::{facet_name, FilterPanel};
use crate::dataset::Dataset;
use crate::explore::filter::results;
use crate::explore::query::{Filter, Query, Sort, SortKey};
use crate::i18n::explorer::ExplorerText;
use crate::i18n::{count, fill, month_year, number, Lang};
use crate::lazy_file::FileState;
use crate::nav::Nav;
use crate::route::{hash_with_query, Route};
use crate::secondary::SecondaryFiles;

/// The sort choices offered, with their labels.
fn sorts(t: &ExplorerText) -> [(SortKey, bool, &'static str); 8] {
    [
        (SortKey::Fact, false, t.sort_fact),
        (SortKey::Name, false, t.sort_name_az),
        (SortKey::Name, true, t.sort_name_za),
        (SortKey::Members, true, t.sort_members_most),
        (SortKey::Members, false, t.sort_members_fewest),
        (SortKey::Founded, false, t.sort_founded_oldest),
        (SortKey::Founded, true, t.sort_founded_newest),
        (SortKey::Themes, true, t.sort_themes_most),
    ]
}

/// One active filter in words: its facet's name, the chosen value, and whether the value is
/// the dataset's own (English) text rather than the interface's.
pub fn filter_parts(data: &Dataset, lang: Lang, filter: &Filter) -> (&'static str, String, bool) {
    let t = ExplorerText::of(lang);
    let bound = |template: &str, v: u32| fill(template, &[("n", &number(lang, i64::from(v)))]);
    let (value, is_data) = match filter {
        Filter::Type(kind) => (data.type_label_in(*kind, lang).to_string(), false),
        Filter::Region(id) => (data.region(id).map_or(id.clone(), |r| r.name.clone()), true),
        Filter::Theme(id) => (data.theme_name(id).to_string(), true),
        Filter::IomRole(id) => (
            data.iom_role(id).map_or(id.clone(), |r| r.name.clone()),
            true,
        ),
        Filter::Secretariat(id) => (
            data.organization(id).map_or(id.clone(), |o| {
                o.acronym.clone().unwrap_or_else(|| o.name.clone())
            }),
            true,
        ),
        Filter::Associated(yes) | Filter::Survey(yes) | Filter::Grcp8(yes) => {
            (if *yes { t.yes } else { t.no }.to_string(), false)
        }
        Filter::MembersMin(v) => (bound(t.at_least, *v), false),
        Filter::MembersMax(v) => (bound(t.at_most, *v), false),
        Filter::FoundedFrom(v) => (fill(t.or_later, &[("n", &v.to_string())]), false),
        Filter::FoundedTo(v) => (fill(t.or_earlier, &[("n", &v.to_string())]), false),
    };
    (facet_name(t, filter.facet()), value, is_data)
}

/// The chip text of one active filter: "Type: RCP".
pub fn filter_label(data: &Dataset, filter: &Filter) -> String {
    let lang = crate::i18n::current();
    let (name, value, _) = filter_parts(data, lang, filter);
    fill(
        ExplorerText::of(lang).chip,
        &[("name", name), ("value", &value)],
    )
}

#[component]
pub fn ExplorerPage(data: Arc<Dataset>) -> impl IntoView {
    let t = ExplorerText::now();
    let lang = crate::i18n::current();
    let sorts = sorts(t);
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
    let total_text = number(lang, total as i64);

    Effect::new({
        let total_text = total_text.clone();
        move |_| {
            let n = number(lang, found.with(Vec::len) as i64);
            let values = [("n", n.as_str()), ("total", total_text.as_str())];
            if query.with(Query::is_filtered) {
                set_title(&fill(t.title_filtered, &values));
                set_description(&fill(t.description_filtered, &values));
            } else {
                set_title(t.title_all);
                set_description(t.description_all);
            }
        }
    });

    // Every card reads the search and the comparison: through signals written only when these
    // change, so that a filter change (a new query) wakes none of the cards' effects.
    let needle = Signal::from(nav.search);
    let compared = nav.compare.read_only();
    let on_search = move |ev: leptos::ev::Event| {
        let mut next = query.get_untracked();
        next.search = event_target_value(&ev);
        nav.set_query(next, true);
    };

    // A memo: the select is written only when the sort changes, not on every filter change.
    let sort = Memo::new(move |_| query.with(|q| q.sort));
    let sort_value = move || {
        let sort = sort.get();
        sorts
            .iter()
            .position(|(key, desc, _)| *key == sort.key && *desc == sort.descending)
            .unwrap_or(0)
            .to_string()
    };
    let on_sort = move |ev: leptos::ev::Event| {
        if let Some((key, descending, _)) = event_target_value(&ev)
            .parse::<usize>()
            .ok()
            .and_then(|i| sorts.get(i))
        {
            let mut next = query.get_untracked();
            next.sort = Sort {
                key: *key,
                descending: *descending,
            };
            nav.set_query(next, false);
        }
    };
    let sort_options = sorts
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

    let status = {
        let total_text = total_text.clone();
        move || {
            let n = found.with(Vec::len);
            let searching = query.with(|q| !q.search.trim().is_empty());
            let loading = searching && matches!(files.statements.state(), FileState::Loading);
            let base = if query.with(Query::is_filtered) {
                let of_total = t.status_filtered_one.replace("{total}", &total_text);
                let of_total_other = t.status_filtered_other.replace("{total}", &total_text);
                count(lang, n, &of_total, &of_total_other)
            } else {
                fill(t.status_all, &[("total", &total_text)])
            };
            if loading {
                format!("{base}{}", t.status_searching)
            } else {
                base
            }
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

    let compare_tray = {
        let data = Arc::clone(&data);
        move || {
            let ids = compared.get();
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
                    <aside class="compare-tray" aria-label=t.comparison>
                        <p>
                            <strong>{fill(t.comparing, &[("n", &ids.len().to_string()), ("max", &Query::MAX_COMPARE.to_string())])}</strong>
                            <span lang="en">{names}</span>
                        </p>
                        {if ready {
                            view! { <a class="button" href=href>{t.compare_side_by_side}</a> }.into_any()
                        } else {
                            view! { <p class="hint">{t.choose_one_more}</p> }.into_any()
                        }}
                        <button type="button" class="button button-secondary" on:click=clear>{t.clear_comparison}</button>
                    </aside>
                }
            })
        }
    };

    view! {
        <h1>{t.heading}</h1>
        <p class="lede">
            {fill(t.lede, &[
                ("total", &total_text),
                ("date", &month_year(lang, &data.meta.fact_sheet_as_of)
                    .unwrap_or_else(|| data.meta.fact_sheet_as_of.clone())),
            ])}
        </p>
        <div class="search">
            <label for="search">{t.explorer_search_label}</label>
            <input id="search" type="search" autocomplete="off" spellcheck="false" maxlength="200"
                prop:value=move || needle.get()
                on:input=on_search />
        </div>
        <div class="explorer">
            <button type="button" class="button button-secondary filters-toggle"
                aria-expanded=move || filters_open.get().to_string()
                aria-controls="filters"
                on:click=move |_| filters_open.update(|open| *open = !*open)>
                {move || match active_count() {
                    0 => t.filters.to_string(),
                    n => count(lang, n, t.filters_active_one, t.filters_active_other),
                }}
            </button>
            <section id="filters" class="filters" class:open=move || filters_open.get() aria-label=t.filters>
                <h2 class="visually-hidden">{t.filters}</h2>
                <FilterPanel data=Arc::clone(&data) statements=statements />
            </section>
            <section class="results" aria-label=t.results>
                <div class="toolbar">
                    <p class="result-count" role="status" aria-live="polite" aria-atomic="true">{status}</p>
                    <a class="charts-link" href=charts_href>{t.see_in_charts}</a>
                    <label class="sort">
                        {t.sort_by}
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
                            <p><strong>{t.no_results}</strong></p>
                            <p>
                                {move || last_label().map(|label| view! {
                                    <button type="button" class="button button-secondary" on:click=remove_last>
                                        {fill(t.remove_last, &[("label", &label)])}
                                    </button>
                                    " "
                                })}
                                <button type="button" class="button" on:click=clear_all>{t.clear_everything}</button>
                            </p>
                        </div>
                        }
                    }
                >
                    <CardList data=Arc::clone(&data) ids=found needle=needle compared=compared />
                </Show>
            </section>
        </div>
    }
}
