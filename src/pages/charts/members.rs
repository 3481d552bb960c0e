//! Member States per ISCM, most first, on a logarithmic scale. Each bar opens its ISCM.

use std::sync::Arc;

use leptos::prelude::*;

use crate::charts::chart_id::notes_for;
use crate::charts::draw_bars::{draw_bars, ValueAxis};
use crate::charts::kind_class;
use crate::charts::members::{member_bars, member_marks, members_reading, members_table};
use crate::charts::ChartId;
use crate::components::chart_frame::{svg_id, ChartFrame};
use crate::components::svg_view::SvgView;
use crate::dataset::iscms::IscmKind;

use super::ChartInputs;

#[component]
pub fn MembersChart(inputs: ChartInputs) -> impl IntoView {
    let chart = ChartId::Members;
    let data = Arc::clone(&inputs.data);
    let selection = inputs.selection;
    let bars = Memo::new(move |_| selection.with(|s| member_bars(&data, s)));
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
    let width = inputs.width;
    let drawing = Signal::derive(move || {
        bars.with(|bars| {
            draw_bars(
                &svg_id(chart),
                chart.title(),
                &member_marks(&data, bars),
                ValueAxis::Log(f64::from(max)),
                f64::from(width.get()),
                &legend,
                "Member States (logarithmic scale)",
            )
        })
    });
    let reading = Signal::derive(move || bars.with(|b| members_reading(b)));
    let data = Arc::clone(&inputs.data);
    let table = Signal::derive(move || bars.with(|b| members_table(&data, b)));
    let data = &inputs.data;
    view! {
        <ChartFrame data=Arc::clone(data) chart=chart alone=inputs.alone reading=reading table=table
            sources=vec![data.meta.fact_sheet_source.clone()] notes=notes_for(chart, &data.data_notes)>
            <SvgView drawing=drawing />
        </ChartFrame>
    }
}
