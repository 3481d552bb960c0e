//! The charts of the ISCM landscape (`#/charts`, one alone at `#/charts/<slug>`). They count
//! the ISCMs the explorer's filters select (the same filters, in the same URL), and choosing
//! a bar, point or cell applies its filter.

mod facets;
mod founding;
mod matrix;
mod members;
mod stated;

use std::sync::Arc;

use leptos::prelude::*;
use leptos::reactive::owner::LocalStorage;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::app::{set_description, set_title};
use crate::charts::{selection, ChartId};
use crate::components::active_filters::ActiveFilters;
use crate::dataset::Dataset;
use crate::explore::query::Query;
use crate::i18n::charts::ChartsText;
use crate::i18n::{current, fill, number};
use crate::nav::Nav;
use crate::route::{hash_with_query, Route};

/// What every chart of the page reads: the dataset, which ISCMs the filters select, and the
/// width to draw at.
#[derive(Clone)]
pub struct ChartInputs {
    pub data: Arc<Dataset>,
    pub selection: Memo<Vec<bool>>,
    /// In whole CSS pixels (an integer signal: nothing to compare or format as a float).
    pub width: Signal<u32>,
    /// Whether the chart is the page's only one.
    pub alone: bool,
}

/// The widest a chart is drawn, in px (wider screens get margins, not longer bars).
const MAX_CHART_WIDTH: u32 = 960;

/// The width charts have inside `<main>`, read from the page.
fn measure() -> u32 {
    document()
        .get_element_by_id("charts")
        .and_then(|element| u32::try_from(element.client_width()).ok())
        .filter(|width| *width > 0)
        .unwrap_or(640)
        .min(MAX_CHART_WIDTH)
}

#[component]
pub fn ChartsPage(data: Arc<Dataset>) -> impl IntoView {
    let t = ChartsText::now();
    set_title(t.page_title);
    set_description(t.page_description);
    view! { <ChartsView data=data charts=ChartId::ALL.to_vec() alone=false /> }
}

#[component]
pub fn ChartPage(data: Arc<Dataset>, chart: ChartId) -> impl IntoView {
    let t = ChartsText::now();
    set_title(chart.title_in(t));
    set_description(&fill(t.chart_description, &[("title", chart.title_in(t))]));
    view! { <ChartsView data=data charts=vec![chart] alone=true /> }
}

#[component]
fn ChartsView(data: Arc<Dataset>, charts: Vec<ChartId>, alone: bool) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let lang = current();
    let t = ChartsText::of(lang);
    let query = nav.query;
    nav.drop_unknown_ids(Arc::clone(&data));
    let selected = Memo::new({
        let data = Arc::clone(&data);
        move |_| query.with(|q| selection(&data, q))
    });
    let width = RwSignal::new(640_u32);
    follow_width(width);

    let total = number(lang, data.iscms.len() as i64);
    let status = move || {
        let n = selected.with(|s| s.iter().filter(|x| **x).count());
        let n = number(lang, n as i64);
        if query.with(Query::is_filtered) {
            fill(t.status_filtered, &[("n", &n), ("total", &total)])
        } else {
            fill(t.status_all, &[("total", &total)])
        }
    };
    let list_href = move || query.with(|q| hash_with_query(&Route::Home, &q.to_query_string()));
    let all_href = move || query.with(|q| hash_with_query(&Route::Charts, &q.to_query_string()));
    let inputs = ChartInputs {
        data: Arc::clone(&data),
        selection: selected,
        width: width.into(),
        alone,
    };
    let follows = charts.iter().any(|chart| chart.follows_filters());
    let body = charts
        .into_iter()
        .map(|chart| chart_view(chart, inputs.clone()))
        .collect_view();
    view! {
        <div id="charts" class="charts">
            {(!alone).then(|| view! {
                <h1>{t.page_title}</h1>
                <p class="lede">{t.lede}</p>
            })}
            {follows.then(|| view! {
                <div class="charts-filters">
                    <p role="status" aria-live="polite">{status}</p>
                    <ActiveFilters data=Arc::clone(&data) />
                    <p class="charts-links">
                        <a href=list_href>{t.show_as_list}</a>
                        {alone.then(|| view! { " · " <a href=all_href>{t.all_charts}</a> })}
                    </p>
                </div>
            })}
            {body}
        </div>
    }
}

fn chart_view(chart: ChartId, inputs: ChartInputs) -> AnyView {
    match chart {
        ChartId::ByType
        | ChartId::ByRegion
        | ChartId::Themes
        | ChartId::IomRoles
        | ChartId::Secretariats => {
            facets::FacetChart(facets::FacetChartProps { chart, inputs }).into_any()
        }
        ChartId::Founding => {
            founding::FoundingChartView(founding::FoundingChartViewProps { inputs }).into_any()
        }
        ChartId::Members => members::MembersChart(members::MembersChartProps { inputs }).into_any(),
        ChartId::ThemeMatrix => matrix::MatrixChart(matrix::MatrixChartProps { inputs }).into_any(),
        ChartId::Survey | ChartId::GcmReview => {
            stated::StatedChart(stated::StatedChartProps { chart, inputs }).into_any()
        }
    }
}

/// Keeps `width` at the width of the charts' container: on mount, then whenever it changes
/// (the window, a phone turned, a scrollbar appearing when a lazily loaded chart arrives).
fn follow_width(width: RwSignal<u32>) {
    type Observer = (web_sys::ResizeObserver, Closure<dyn FnMut()>);
    let kept: StoredValue<Option<Observer>, LocalStorage> = StoredValue::new_local(None);
    Effect::new(move |_| {
        request_animation_frame(move || {
            width.set(measure());
            let Some(element) = document().get_element_by_id("charts") else {
                return;
            };
            let on_resize = Closure::<dyn FnMut()>::new(move || {
                let now = measure();
                if now != width.get_untracked() {
                    width.set(now);
                }
            });
            if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
                observer.observe(&element);
                kept.set_value(Some((observer, on_resize)));
            }
        });
    });
    on_cleanup(move || {
        kept.try_with_value(|observer| {
            if let Some((observer, _)) = observer {
                observer.disconnect();
            }
        });
    });
}
