//! Member States per ISCM, most first, on a logarithmic scale. Each bar opens its ISCM.

use std::sync::Arc;

use leptos::prelude::*;

use crate::charts::chart_id::notes_for;
use crate::charts::draw_bars::{draw_bars, LegendItem, ValueAxis};
use crate::charts::members::{member_bars, member_marks, members_reading, members_table};
use crate::charts::{kind_class, ChartId, ChartState};
use crate::components::chart_frame::{svg_id, ChartFrame};
use crate::dataset::iscms::IscmKind;
use crate::i18n::charts::ChartsText;
use crate::i18n::current;

use super::ChartInputs;

#[component]
pub fn MembersChart(inputs: ChartInputs) -> impl IntoView {
    let chart = ChartId::Members;
    let lang = current();
    let t = ChartsText::of(lang);
    // The axis covers every ISCM, so bars keep their length when filters change.
    let max = inputs
        .data
        .iscms
        .iter()
        .map(|i| i.member_states)
        .max()
        .unwrap_or(1);
    let legend: Vec<LegendItem> = IscmKind::ALL
        .into_iter()
        .map(|kind| {
            let label = inputs.data.type_label(kind).to_string();
            (kind_class(kind), label, true)
        })
        .collect();
    let data = Arc::clone(&inputs.data);
    let (selection, width) = (inputs.selection, inputs.width);
    let state = Memo::new(move |_| {
        let width = f64::from(width.get());
        selection.with(|s| {
            let bars = member_bars(&data, s);
            let axis = ValueAxis::Log(f64::from(max));
            let label = t.members_axis;
            ChartState {
                drawing: draw_bars(
                    &svg_id(chart),
                    chart.title_in(t),
                    &member_marks(&data, &bars, lang),
                    axis,
                    width,
                    &legend,
                    label,
                ),
                reading: members_reading(&bars, lang),
                reading_data: bars.iter().map(|bar| bar.short_name.clone()).collect(),
                table: members_table(&data, &bars, lang),
            }
        })
    });
    let data = &inputs.data;
    view! {
        <ChartFrame data=Arc::clone(data) chart=chart alone=inputs.alone state=state
            sources=vec![data.meta.fact_sheet_source.clone()] notes=notes_for(chart, &data.data_notes) />
    }
}
