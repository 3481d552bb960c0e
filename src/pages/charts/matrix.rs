//! The themes × ISCMs matrix of Annex 10 (see `charts::draw_matrix`), sortable both ways.

use std::sync::Arc;

use leptos::ev;
use leptos::prelude::*;

use crate::charts::chart_id::notes_for;
use crate::charts::draw_matrix::draw_matrix;
use crate::charts::matrix::{theme_matrix, IscmOrder, ThemeOrder};
use crate::charts::{ChartId, ChartState};
use crate::components::chart_frame::{svg_id, ChartFrame};
use crate::nav::Nav;

use super::ChartInputs;

#[component]
pub fn MatrixChart(inputs: ChartInputs) -> impl IntoView {
    let chart = ChartId::ThemeMatrix;
    let query = expect_context::<Nav>().query;
    let theme_order = RwSignal::new(ThemeOrder::Annex10);
    let iscm_order = RwSignal::new(IscmOrder::FactSheet);
    let data = Arc::clone(&inputs.data);
    let (selection, width) = (inputs.selection, inputs.width);
    let state = Memo::new(move |_| {
        let width = f64::from(width.get());
        let model = selection.with(|s| theme_matrix(&data, s, theme_order.get(), iscm_order.get()));
        ChartState {
            drawing: query.with(|q| draw_matrix(&svg_id(chart), &model, q, width)),
            reading: model.reading(),
            table: model.table(),
        }
    });
    let on_theme_order = move |event: ev::Event| {
        theme_order.set(if event_target_value(&event) == "frequency" {
            ThemeOrder::Frequency
        } else {
            ThemeOrder::Annex10
        });
    };
    let on_iscm_order = move |event: ev::Event| {
        iscm_order.set(match event_target_value(&event).as_str() {
            "themes" => IscmOrder::ThemeCount,
            "name" => IscmOrder::Name,
            _ => IscmOrder::FactSheet,
        });
    };
    let data = &inputs.data;
    let source = data
        .themes
        .first()
        .map_or_else(|| data.meta.fact_sheet_source.clone(), |t| t.source.clone());
    let controls = view! {
        <div class="matrix-controls">
            <label>"Sort themes: "
                <select on:change=on_theme_order>
                    <option value="annex10">"Annex 10 order"</option>
                    <option value="frequency">"Most ISCMs first"</option>
                </select>
            </label>
            <label>"Sort ISCMs: "
                <select on:change=on_iscm_order>
                    <option value="fact-sheet">"Fact sheet order"</option>
                    <option value="themes">"Most themes first"</option>
                    <option value="name">"Name, A to Z"</option>
                </select>
            </label>
            <p class="hint">"Blue: Annex 10 ticks the theme; “?”: the cell cannot be read. In the matrix, arrow keys move between cells and Enter filters by the cell's theme."</p>
        </div>
    };
    view! {
        <ChartFrame data=Arc::clone(data) chart=chart alone=inputs.alone state=state
            sources=vec![source] notes=notes_for(chart, &data.data_notes)
            controls=Box::new(move || controls.into_any()) />
    }
}
