//! The bar charts of one facet: type, region, theme, role of IOM, secretariat. Choosing a
//! bar applies (or removes) its filter.

use std::sync::Arc;

use leptos::prelude::*;

use crate::charts::categories::category_chart;
use crate::charts::chart_id::notes_for;
use crate::charts::draw_bars::{draw_bars, ValueAxis};
use crate::charts::{ChartId, ChartState};
use crate::components::chart_frame::{svg_id, ChartFrame};
use crate::explore::query::FacetKind;
use crate::i18n::charts::ChartsText;
use crate::i18n::{current, fill};
use crate::nav::Nav;

use super::ChartInputs;

/// The facet a chart counts, and whether an ISCM can have several values.
fn facet_of(chart: ChartId) -> (FacetKind, bool) {
    match chart {
        ChartId::ByType => (FacetKind::Type, false),
        ChartId::ByRegion => (FacetKind::Region, true),
        ChartId::Themes => (FacetKind::Theme, true),
        ChartId::IomRoles => (FacetKind::IomRole, true),
        _ => (FacetKind::Secretariat, true),
    }
}

#[component]
pub fn FacetChart(chart: ChartId, inputs: ChartInputs) -> impl IntoView {
    let query = expect_context::<Nav>().query;
    let (facet, multi) = facet_of(chart);
    let lang = current();
    let t = ChartsText::of(lang);
    let data = Arc::clone(&inputs.data);
    let (selection, width) = (inputs.selection, inputs.width);
    let state = Memo::new(move |_| {
        let width = f64::from(width.get());
        selection.with(|s| {
            query.with(|q| {
                let model = category_chart(&data, s, q, facet);
                let axis = ValueAxis::Linear(model.max_total() as f64);
                let drawing = draw_bars(
                    &svg_id(chart),
                    chart.title_in(t),
                    &model.marks(q, lang),
                    axis,
                    width,
                    &[],
                    t.iscms,
                );
                let mut reading = model.reading(facet, multi, lang);
                if !model.not_covered.is_empty() {
                    reading.push_str(&fill(
                        t.no_themes_for,
                        &[("names", &model.not_covered.join(", "))],
                    ));
                }
                let reading_data = model
                    .bars
                    .iter()
                    .map(|bar| bar.label.clone())
                    .chain(model.not_covered.iter().cloned())
                    .collect();
                ChartState {
                    drawing,
                    reading,
                    reading_data,
                    table: model.table(facet, lang),
                }
            })
        })
    });
    let data = &inputs.data;
    let source = match facet {
        FacetKind::Theme => data
            .themes
            .first()
            .map_or_else(|| data.meta.fact_sheet_source.clone(), |t| t.source.clone()),
        _ => data.meta.fact_sheet_source.clone(),
    };
    view! {
        <ChartFrame data=Arc::clone(data) chart=chart alone=inputs.alone state=state
            sources=vec![source] notes=notes_for(chart, &data.data_notes) />
    }
}
