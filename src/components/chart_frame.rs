//! What every chart has around its drawing: title, a one-line reading, a chart/table switch,
//! downloads of exactly what is shown (CSV from the table, SVG and PNG from the drawing),
//! its source line and the data notes that concern it.

use std::sync::Arc;

use leptos::prelude::*;

use crate::charts::{ChartId, ChartState};
use crate::components::data_note::DataNoteView;
use crate::components::download::{download_png, download_svg, download_text};
use crate::components::source_line::SourceLine;
use crate::components::svg_view::SvgView;
use crate::dataset::source::{DataNote, SourceRef};
use crate::dataset::Dataset;
use crate::nav::Nav;
use crate::route::{hash_with_query, Route};

/// The id of a chart's `<svg>`, which the downloads read.
pub fn svg_id(chart: ChartId) -> String {
    format!("chart-svg-{}", chart.slug())
}

#[component]
pub fn ChartFrame(
    data: Arc<Dataset>,
    chart: ChartId,
    /// Whether the chart is the page's only one (its title is then the page's `h1`).
    alone: bool,
    state: Memo<ChartState>,
    sources: Vec<SourceRef>,
    notes: Vec<DataNote>,
    /// What comes before the drawing (the matrix's sort controls).
    #[prop(optional)]
    controls: Option<Children>,
    /// What follows the drawing (the timeline's lists of events).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let slug = chart.slug();
    let title_id = format!("chart-title-{slug}");
    let show_table = RwSignal::new(false);
    let on_csv = move |_| {
        download_text(
            &format!("{slug}.csv"),
            "text/csv",
            &state.with_untracked(|s| s.table.to_csv()),
        )
    };
    let on_svg = move |_| {
        let text = state.with_untracked(|s| s.drawing.svg.to_file());
        download_svg(&text, &format!("{slug}.svg"));
    };
    let on_png = move |_| {
        let (text, (width, height)) =
            state.with_untracked(|s| (s.drawing.svg.to_file(), s.drawing.svg.size()));
        download_png(&text, width, height, &format!("{slug}.png"));
    };
    let alone_href = move || {
        let query = if chart.follows_filters() {
            nav.query.with(|q| q.to_query_string())
        } else {
            String::new()
        };
        hash_with_query(&Route::Chart(chart), &query)
    };
    let title = if alone {
        view! { <h1 id=title_id.clone()>{chart.title()}</h1> }.into_any()
    } else {
        view! { <h2 id=title_id.clone()>{chart.title()}</h2> }.into_any()
    };
    let table_view = move || {
        state.with(|s| {
            let t = &s.table;
            let head = t
                .columns
                .iter()
                .map(|c| view! { <th scope="col">{c.clone()}</th> })
                .collect_view();
            let rows = t
                .rows
                .iter()
                .map(|row| {
                    let cells = row
                        .iter()
                        .enumerate()
                        .map(|(i, cell)| {
                            if i == 0 {
                                view! { <th scope="row">{cell.clone()}</th> }.into_any()
                            } else {
                                view! { <td>{cell.clone()}</td> }.into_any()
                            }
                        })
                        .collect_view();
                    view! { <tr>{cells}</tr> }
                })
                .collect_view();
            view! {
                <table class="data-table">
                    <caption class="visually-hidden">{chart.title()}</caption>
                    <thead><tr>{head}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            }
        })
    };
    let note_count = notes.len();
    let notes_view = (note_count > 0).then(|| {
        let items = notes
            .into_iter()
            .map(|note| view! { <DataNoteView data=Arc::clone(&data) note=note /> })
            .collect_view();
        view! {
            <details class="chart-notes">
                <summary>{format!("What the sources leave unclear ({note_count})")}</summary>
                {items}
            </details>
        }
    });
    // The main source on its own line; any others (the timeline's events) folded away.
    let mut sources = sources.into_iter();
    let first_source = sources
        .next()
        .map(|source| view! { <SourceLine data=Arc::clone(&data) source=source /> });
    let more: Vec<SourceRef> = sources.collect();
    let more_sources = (!more.is_empty()).then(|| {
        let count = more.len();
        let lines = more
            .into_iter()
            .map(|source| view! { <SourceLine data=Arc::clone(&data) source=source /> })
            .collect_view();
        view! {
            <details class="chart-notes">
                <summary>{format!("More sources ({count})")}</summary>
                {lines}
            </details>
        }
    });
    view! {
        <section class="chart" id=format!("chart-{slug}") aria-labelledby=title_id>
            {title}
            <p class="chart-reading" aria-live="polite">{move || state.with(|s| s.reading.clone())}</p>
            {(!chart.follows_filters()).then(|| view! {
                <p class="hint">"These are numbers the source states, not counts of the fact sheet: the filters do not change them."</p>
            })}
            <div class="chart-tools">
                <div class="segmented" role="group" aria-label="Show as">
                    <button type="button" aria-pressed=move || (!show_table.get()).to_string()
                        on:click=move |_| show_table.set(false)>"Chart"</button>
                    <button type="button" aria-pressed=move || show_table.get().to_string()
                        on:click=move |_| show_table.set(true)>"Table"</button>
                </div>
                <div class="downloads" role="group" aria-label=format!("Download {}", chart.title())>
                    <span aria-hidden="true">"Download: "</span>
                    <button type="button" class="link-button" on:click=on_csv aria-label="Download the table as CSV">"CSV"</button>
                    <button type="button" class="link-button" on:click=on_svg aria-label="Download the chart as SVG">"SVG"</button>
                    <button type="button" class="link-button" on:click=on_png aria-label="Download the chart as PNG">"PNG"</button>
                </div>
                {(!alone).then(|| view! { <a class="chart-alone" href=alone_href>"This chart alone"</a> })}
            </div>
            <div class="chart-body" hidden=move || show_table.get()>
                {controls.map(|controls| controls())}
                <SvgView state=state />
                {children.map(|children| children())}
            </div>
            <div class="chart-table" hidden=move || !show_table.get()>{table_view}</div>
            {first_source}
            {more_sources}
            {notes_view}
        </section>
    }
}
