//! Member States per ISCM, most first, on a logarithmic scale. Each bar opens its ISCM.

use std::sync::Arc;

use leptos::prelude::*;

use crate::charts::chart_id::notes_for;
use crate::charts::draw_bars::{draw_bars, ValueAxis};
use crate::charts::members::{member_bars, member_marks, members_reading, members_table};
use crate::charts::{kind_class, ChartId, ChartState};
use crate::components::chart_frame::{svg_id, ChartFrame};
use crate::dataset::iscms::IscmKind;

use super::ChartInputs;

#[component]
pub fn MembersChart(inputs: ChartInputs) -> impl IntoView {
    let chart = ChartId::Members;
    // The axis covers every ISCM, so bars keep their length when filters change.
    let max = inputs
        .data
        .iscms
        .iter()
        .map(|i| i.member_states)
        .max()
        .unwrap_or(1);
    let legend: Vec<(&'static str, String)> = IscmKind::ALL
        .into_iter()
        .map(|kind| (kind_class(kind), inputs.data.type_label(kind).to_string()))
        .collect();
    let data = Arc::clone(&inputs.data);
    let (selection, width) = (inputs.selection, inputs.width);
    let state = Memo::new(move |_| {
        let width = f64::from(width.get());
        selection.with(|s| {
            let bars = member_bars(&data, s);
            let axis = ValueAxis::Log(f64::from(max));
            let label = "Member States (logarithmic scale)";
            ChartState {
                drawing: draw_bars(
                    &svg_id(chart),
                    chart.title(),
                    &member_marks(&data, &bars),
                    axis,
                    width,
                    &legend,
                    label,
                ),
                reading: members_reading(&bars),
                table: members_table(&data, &bars),
            }
        })
    });
    let data = &inputs.data;
    view! {
        <ChartFrame data=Arc::clone(data) chart=chart alone=inputs.alone state=state
            sources=vec![data.meta.fact_sheet_source.clone()] notes=notes_for(chart, &data.data_notes) />
    }
}
