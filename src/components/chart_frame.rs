//! What every chart has around its drawing: title, a one-line reading, a chart/table switch,
//! downloads of exactly what is shown (CSV from the table, SVG and PNG from the drawing),
//! its source line and the data notes that concern it.

use std::sync::Arc;

use leptos::prelude::*;

use crate::charts::{ChartId, ChartState};
use crate::components::data_note::DataNoteView;
use crate::components::download::{download_png, download_svg, download_text};
use crate::components::marked_text::marked_text;
use crate::components::source_line::SourceLine;
use crate::components::svg_view::SvgView;
use crate::dataset::source::{DataNote, SourceRef};
use crate::dataset::Dataset;
use crate::i18n::charts::ChartsText;
use crate::i18n::{current, fill, number};
use crate::nav::Nav;
use crate::route::{hash_with_query, Route};

/// The id of a chart's `<svg>`, which the downloads read.
pub fn svg_id(chart: ChartId) -> String {
    format!("chart-svg-{}", chart.slug())
}

/// The reading, with the dataset's English words in it marked `lang="en"`.
fn reading_view(state: &ChartState) -> AnyView {
    marked_text(state.reading.clone(), &state.reading_data)
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
    let t = ChartsText::now();
    let chart_title = chart.title_in(t);
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
        view! { <h1 id=title_id.clone()>{chart_title}</h1> }.into_any()
    } else {
        view! { <h2 id=title_id.clone()>{chart_title}</h2> }.into_any()
    };
    let table_view = move || {
        state.with(|s| {
            let table = &s.table;
            // The dataset's English (names, wordings) is marked as such, column by column.
            let en = |data: bool| data.then_some("en");
            let head = table
                .columns
                .iter()
                .enumerate()
                .map(|(i, c)| view! { <th scope="col" lang=en(table.is_data_header(i))>{c.clone()}</th> })
                .collect_view();
            let rows = table
                .rows
                .iter()
                .map(|row| {
                    let cells = row
                        .iter()
                        .enumerate()
                        .map(|(i, cell)| {
                            let lang = en(table.is_data_column(i));
                            if i == 0 {
                                view! { <th scope="row" lang=lang>{cell.clone()}</th> }.into_any()
                            } else {
                                view! { <td lang=lang>{cell.clone()}</td> }.into_any()
                            }
                        })
                        .collect_view();
                    view! { <tr>{cells}</tr> }
                })
                .collect_view();
            view! {
                <table class="data-table">
                    <caption class="visually-hidden">{chart_title}</caption>
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
                <summary>{fill(t.notes_summary, &[("n", &number(current(), note_count as i64))])}</summary>
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
                <summary>{fill(t.more_sources, &[("n", &number(current(), count as i64))])}</summary>
                {lines}
            </details>
        }
    });
    view! {
        <section class="chart" id=format!("chart-{slug}") aria-labelledby=title_id>
            {title}
            <p class="chart-reading" aria-live="polite">
                {move || state.with(reading_view)}
            </p>
            {(!chart.follows_filters()).then(|| view! {
                <p class="hint">{t.stated_hint}</p>
            })}
            <div class="chart-tools">
                <div class="segmented" role="group" aria-label=t.show_as>
                    <button type="button" aria-pressed=move || (!show_table.get()).to_string()
                        on:click=move |_| show_table.set(false)>{t.show_chart}</button>
                    <button type="button" aria-pressed=move || show_table.get().to_string()
                        on:click=move |_| show_table.set(true)>{t.show_table}</button>
                </div>
                <div class="downloads" role="group" aria-label=fill(t.download_group, &[("title", chart_title)])>
                    <span aria-hidden="true">{t.download_prefix}</span>
                    <button type="button" class="link-button" on:click=on_csv aria-label=t.download_csv>"CSV"</button>
                    <button type="button" class="link-button" on:click=on_svg aria-label=t.download_svg>"SVG"</button>
                    <button type="button" class="link-button" on:click=on_png aria-label=t.download_png>"PNG"</button>
                </div>
                {(!alone).then(|| view! { <a class="chart-alone" href=alone_href>{t.chart_alone}</a> })}
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
