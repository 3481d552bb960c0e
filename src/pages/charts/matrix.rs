//! The themes × ISCMs matrix of Annex 10 (see `charts::draw_matrix`), sortable both ways.

use std::sync::Arc;

use leptos::ev;
use leptos::prelude::*;

use crate::charts::chart_id::notes_for;
use crate::charts::draw_matrix::draw_matrix;
use crate::charts::matrix::{theme_matrix, IscmOrder, ThemeOrder};
use crate::charts::{ChartId, ChartState};
use crate::components::chart_frame::{svg_id, ChartFrame};
use crate::i18n::charts::ChartsText;
use crate::i18n::current;
use crate::nav::Nav;

use super::ChartInputs;

#[component]
pub fn MatrixChart(inputs: ChartInputs) -> impl IntoView {
    let chart = ChartId::ThemeMatrix;
    let lang = current();
    let t = ChartsText::of(lang);
    let query = expect_context::<Nav>().query;
    let theme_order = RwSignal::new(ThemeOrder::Annex10);
    let iscm_order = RwSignal::new(IscmOrder::FactSheet);
    let data = Arc::clone(&inputs.data);
    let (selection, width) = (inputs.selection, inputs.width);
    let state = Memo::new(move |_| {
        let width = f64::from(width.get());
        let model = selection.with(|s| theme_matrix(&data, s, theme_order.get(), iscm_order.get()));
        ChartState {
            drawing: query.with(|q| draw_matrix(&svg_id(chart), &model, q, width, lang)),
            reading: model.reading(lang),
            reading_data: model
                .iscms
                .iter()
                .map(|iscm| iscm.short_name.clone())
                .chain(model.not_covered.iter().cloned())
                .collect(),
            table: model.table(lang),
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
            <label>{t.sort_themes}
                <select on:change=on_theme_order>
                    <option value="annex10">{t.order_annex10}</option>
                    <option value="frequency">{t.order_frequency}</option>
                </select>
            </label>
            <label>{t.sort_iscms}
                <select on:change=on_iscm_order>
                    <option value="fact-sheet">{t.order_fact_sheet}</option>
                    <option value="themes">{t.order_theme_count}</option>
                    <option value="name">{t.order_name}</option>
                </select>
            </label>
            <p class="hint">{t.matrix_hint}</p>
        </div>
    };
    view! {
        <ChartFrame data=Arc::clone(data) chart=chart alone=inputs.alone state=state
            sources=vec![source] notes=notes_for(chart, &data.data_notes)
            controls=Box::new(move || controls.into_any()) />
    }
}
