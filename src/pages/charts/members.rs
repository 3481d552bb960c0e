//! Member States per ISCM, most first, on a logarithmic scale. Each bar opens its ISCM.

use std::sync::Arc;

use leptos::prelude::*;

use crate::charts::chart_id::notes_for;
use crate::charts::members::{member_bars, members_reading, members_table};
use crate::charts::ChartId;
use crate::components::bar_chart::{BarChart, BarMark, MarkAction, ValueAxis};
use crate::components::chart_frame::{svg_id, ChartFrame};
use crate::dataset::iscms::IscmKind;
use crate::route::Route;

use super::facets::kind_class;
use super::ChartInputs;

#[component]
pub fn MembersChart(inputs: ChartInputs) -> impl IntoView {
    let chart = ChartId::Members;
    let data = Arc::clone(&inputs.data);
    let selection = inputs.selection;
    let bars = Memo::new(move |_| selection.with(|s| member_bars(&data, s)));
    let data = Arc::clone(&inputs.data);
    let marks = Signal::derive(move || {
        bars.with(|bars| {
            bars.iter()
                .map(|bar| BarMark {
                    key: bar.id.clone(),
                    label: bar.short_name.clone(),
                    value: f64::from(bar.members),
                    ghost: None,
                    value_text: bar.members.to_string(),
                    name: format!(
                        "{} ({}): {} member States. Open its page.",
                        bar.short_name,
                        data.type_label(bar.kind),
                        bar.members
                    ),
                    class: kind_class(bar.kind),
                    action: Some(MarkAction::Link(Route::Iscm(bar.id.clone()).to_hash())),
                    pressed: None,
                })
                .collect()
        })
    });
    // The axis covers every ISCM, so bars keep their length when filters change.
    let max = inputs.data.iscms.iter().map(|i| i.member_states).max().unwrap_or(1);
    let axis = Signal::derive(move || ValueAxis::Log(f64::from(max)));
    let reading = Signal::derive(move || bars.with(|b| members_reading(b)));
    let data = Arc::clone(&inputs.data);
    let table = Signal::derive(move || bars.with(|b| members_table(&data, b)));
    let data = &inputs.data;
    let legend = IscmKind::ALL
        .into_iter()
        .map(|kind| (kind_class(kind), data.type_label(kind).to_string()))
        .collect();
    view! {
        <ChartFrame data=Arc::clone(data) chart=chart alone=inputs.alone reading=reading table=table
            sources=vec![data.meta.fact_sheet_source.clone()] notes=notes_for(chart, &data.data_notes)>
            <BarChart svg_id=svg_id(chart) title=chart.title().to_string() marks=marks axis=axis
                width=inputs.width legend=legend axis_label="Member States (logarithmic scale)".to_string() />
        </ChartFrame>
    }
}
