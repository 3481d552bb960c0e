//! The explorer's filter panel: search, one group of options per facet with the number of
//! ISCMs each would give, theme matching mode, and ranges for member States and year.
//!
//! Option lists are fixed per facet (every value in the dataset), and only their counts and
//! states change, so each control keeps its element (and keyboard focus) as filters change.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::option_nodes::{follow_states, is_empty, OptionNodes};
use crate::dataset::statements::StatementsFile;
use crate::dataset::Dataset;
use crate::explore::filter::{bounds, facet_values_in, option_states, OptionState};
use crate::explore::query::{FacetKind, Filter, Query, ThemeMode};
use crate::i18n::explorer::ExplorerText;
use crate::nav::Nav;

/// The facet's name, as its group's legend and in chips.
pub fn facet_name(t: &ExplorerText, facet: FacetKind) -> &'static str {
    match facet {
        FacetKind::Type => t.facet_type,
        FacetKind::Region => t.facet_region,
        FacetKind::Theme => t.facet_theme,
        FacetKind::IomRole => t.facet_iom_role,
        FacetKind::Secretariat => t.facet_secretariat,
        FacetKind::Associated => t.facet_associated,
        FacetKind::Members => t.facet_members,
        FacetKind::Founded => t.facet_founded,
        FacetKind::Survey => t.facet_survey,
        FacetKind::Grcp8 => t.facet_grcp8,
    }
}

/// The facets shown as lists of options, in panel order.
const LIST_FACETS: [FacetKind; 5] = [
    FacetKind::Type,
    FacetKind::Region,
    FacetKind::Theme,
    FacetKind::IomRole,
    FacetKind::Secretariat,
];

/// The yes/no facets, shown as "Any / Yes / No".
const YES_NO_FACETS: [FacetKind; 3] = [FacetKind::Associated, FacetKind::Survey, FacetKind::Grcp8];

/// The states of a facet's options (see [`option_states`]), recomputed when the query (or
/// the searchable statements) change. Only counts and choices: labels and filters are fixed
/// per facet, so a change clones no strings.
fn states_memo(
    data: &Arc<Dataset>,
    statements: Signal<Option<Arc<StatementsFile>>>,
    facet: FacetKind,
    values: &[(Filter, String)],
) -> Memo<Vec<OptionState>> {
    let nav = expect_context::<Nav>();
    let data = Arc::clone(data);
    let filters: Vec<Filter> = values.iter().map(|(filter, _)| filter.clone()).collect();
    Memo::new(move |_| {
        let statements = statements.get();
        nav.query
            .with(|query| option_states(&data, query, statements.as_deref(), facet, &filters))
    })
}

#[component]
fn ListFacet(
    data: Arc<Dataset>,
    statements: Signal<Option<Arc<StatementsFile>>>,
    facet: FacetKind,
) -> impl IntoView {
    let t = ExplorerText::now();
    let nav = expect_context::<Nav>();
    let values = facet_values_in(&data, facet, crate::i18n::current());
    let states = states_memo(&data, statements, facet, &values);
    let shown = states.get_untracked();
    let nodes: Vec<OptionNodes> = values.iter().map(|_| OptionNodes::default()).collect();
    // Types are the interface's labels ("RCP", translated "Global process on migration");
    // the other options are the dataset's names.
    let option_lang = (facet != FacetKind::Type).then_some("en");
    let items = values
        .into_iter()
        .zip(&shown)
        .zip(&nodes)
        .map(|(((filter, label), state), node)| {
            let toggle = move |_| {
                let next = nav.query.get_untracked().toggled(filter.clone());
                nav.set_query(next, false);
            };
            view! {
                <li>
                    <label class="option" class:empty=is_empty(*state) node_ref=node.label>
                        <input type="checkbox" prop:checked=state.selected on:change=toggle
                            node_ref=node.input />
                        <span class="option-label" lang=option_lang>{label}</span>
                        <span class="count" node_ref=node.count>
                            {state.count}
                            <span class="visually-hidden">{t.option_count}</span>
                        </span>
                    </label>
                </li>
            }
        })
        .collect_view();
    follow_states(states, shown, nodes);
    let theme_mode = (facet == FacetKind::Theme).then(|| view! { <ThemeModeChoice /> });
    let open = !matches!(
        facet,
        FacetKind::Theme | FacetKind::Secretariat | FacetKind::IomRole
    );
    view! {
        <details class="facet" open=open>
            <summary>{facet_name(t, facet)}</summary>
            <fieldset>
                <legend class="visually-hidden">{facet_name(t, facet)}</legend>
                {theme_mode}
                <ul class="options">{items}</ul>
            </fieldset>
        </details>
    }
}

#[component]
fn ThemeModeChoice() -> impl IntoView {
    let t = ExplorerText::now();
    let nav = expect_context::<Nav>();
    let set_mode = move |mode: ThemeMode| {
        let mut next = nav.query.get_untracked();
        next.theme_mode = mode;
        nav.set_query(next, false);
    };
    // A memo: the radios are written only when the mode changes, not on every filter change.
    let current = Memo::new(move |_| nav.query.with(|q| q.theme_mode));
    let is = move |mode: ThemeMode| current.get() == mode;
    view! {
        <div class="theme-mode" role="radiogroup" aria-label=t.match_themes>
            <label>
                <input type="radio" name="theme-mode" prop:checked=move || is(ThemeMode::All)
                    on:change=move |_| set_mode(ThemeMode::All) />
                {t.all_themes}
            </label>
            <label>
                <input type="radio" name="theme-mode" prop:checked=move || is(ThemeMode::Any)
                    on:change=move |_| set_mode(ThemeMode::Any) />
                {t.any_theme}
            </label>
        </div>
    }
}

#[component]
fn YesNoFacet(
    data: Arc<Dataset>,
    statements: Signal<Option<Arc<StatementsFile>>>,
    facet: FacetKind,
) -> impl IntoView {
    let t = ExplorerText::now();
    let nav = expect_context::<Nav>();
    let values = facet_values_in(&data, facet, crate::i18n::current());
    let states = states_memo(&data, statements, facet, &values);
    let name = format!("facet-{facet:?}").to_ascii_lowercase();
    let any_checked = Memo::new(move |_| states.with(|list| list.iter().all(|o| !o.selected)));
    let choose_any = move |_| {
        let next = nav.query.get_untracked().without_facet(facet);
        nav.set_query(next, false);
    };
    let shown = states.get_untracked();
    let nodes: Vec<OptionNodes> = values.iter().map(|_| OptionNodes::default()).collect();
    let choices = values
        .into_iter()
        .zip(&shown)
        .zip(&nodes)
        .map(|(((filter, label), state), node)| {
            let choose = move |_| {
                let next = nav.query.get_untracked().with(filter.clone());
                nav.set_query(next, false);
            };
            let name = name.clone();
            view! {
                <label class="option" class:empty=is_empty(*state) node_ref=node.label>
                    <input type="radio" name=name prop:checked=state.selected on:change=choose
                        node_ref=node.input />
                    <span class="option-label">{label}</span>
                    <span class="count" node_ref=node.count>{state.count}<span class="visually-hidden">{t.option_count}</span></span>
                </label>
            }
        })
        .collect_view();
    follow_states(states, shown, nodes);
    view! {
        <fieldset class="facet yes-no">
            <legend>{facet_name(t, facet)}</legend>
            <label class="option">
                <input type="radio" name=name.clone() prop:checked=move || any_checked.get() on:change=choose_any />
                <span class="option-label">{t.any}</span>
            </label>
            {choices}
        </fieldset>
    }
}

/// The bound filters of a range facet.
fn range_filters(
    facet: FacetKind,
    min: Option<u32>,
    max: Option<u32>,
) -> (Option<Filter>, Option<Filter>) {
    match facet {
        FacetKind::Members => (min.map(Filter::MembersMin), max.map(Filter::MembersMax)),
        _ => (
            min.and_then(|v| u16::try_from(v).ok())
                .map(Filter::FoundedFrom),
            max.and_then(|v| u16::try_from(v).ok())
                .map(Filter::FoundedTo),
        ),
    }
}

/// The current bounds of a range facet in the query.
fn range_values(query: &Query, facet: FacetKind) -> (Option<u32>, Option<u32>) {
    let mut low = None;
    let mut high = None;
    for filter in &query.filters {
        match (facet, filter) {
            (FacetKind::Members, Filter::MembersMin(v)) => low = Some(*v),
            (FacetKind::Members, Filter::MembersMax(v)) => high = Some(*v),
            (FacetKind::Founded, Filter::FoundedFrom(v)) => low = Some(u32::from(*v)),
            (FacetKind::Founded, Filter::FoundedTo(v)) => high = Some(u32::from(*v)),
            _ => {}
        }
    }
    (low, high)
}

#[component]
fn RangeFacet(facet: FacetKind, low_bound: u32, high_bound: u32) -> impl IntoView {
    let t = ExplorerText::now();
    let nav = expect_context::<Nav>();
    let set_bound = move |is_low: bool, text: String| {
        let query = nav.query.get_untracked();
        let (low, high) = range_values(&query, facet);
        let value = text.trim().parse::<u32>().ok();
        let (old_low, old_high) = range_filters(facet, low, high);
        let (new_low, new_high) = range_filters(facet, value, value);
        let (old, new) = if is_low {
            (old_low, new_low)
        } else {
            (old_high, new_high)
        };
        let mut next = query;
        if let Some(old) = old {
            next = next.without(&old);
        }
        if let Some(new) = new {
            next = next.with(new);
        }
        nav.set_query(next, false);
    };
    // A memo: the inputs are written only when their facet's bounds change.
    let values = Memo::new(move |_| nav.query.with(|query| range_values(query, facet)));
    let low = move || values.get().0.map(|v| v.to_string()).unwrap_or_default();
    let high = move || values.get().1.map(|v| v.to_string()).unwrap_or_default();
    let id = format!("range-{facet:?}").to_ascii_lowercase();
    view! {
        <fieldset class="facet range">
            <legend>{facet_name(t, facet)}</legend>
            <label for=format!("{id}-min")>{t.range_from}</label>
            <input id=format!("{id}-min") type="number" inputmode="numeric"
                min=low_bound max=high_bound placeholder=low_bound.to_string()
                prop:value=low
                on:change=move |ev| set_bound(true, event_target_value(&ev)) />
            <label for=format!("{id}-max")>{t.range_to}</label>
            <input id=format!("{id}-max") type="number" inputmode="numeric"
                min=low_bound max=high_bound placeholder=high_bound.to_string()
                prop:value=high
                on:change=move |ev| set_bound(false, event_target_value(&ev)) />
        </fieldset>
    }
}

#[component]
pub fn FilterPanel(
    data: Arc<Dataset>,
    statements: Signal<Option<Arc<StatementsFile>>>,
) -> impl IntoView {
    let (members, founded) = bounds(&data);
    let lists = LIST_FACETS
        .into_iter()
        .map(|facet| view! { <ListFacet data=Arc::clone(&data) statements=statements facet=facet /> })
        .collect_view();
    let yes_no = YES_NO_FACETS
        .into_iter()
        .map(|facet| view! { <YesNoFacet data=Arc::clone(&data) statements=statements facet=facet /> })
        .collect_view();
    view! {
        {lists}
        <RangeFacet facet=FacetKind::Members low_bound=*members.start() high_bound=*members.end() />
        <RangeFacet facet=FacetKind::Founded low_bound=u32::from(*founded.start()) high_bound=u32::from(*founded.end()) />
        {yes_no}
    }
}
