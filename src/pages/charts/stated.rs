//! Numbers the sources state, drawn as they are: the 2019 survey's respondents and the
//! figures of the 2018 review. They do not follow the filters (they are not counts of the
//! fact sheet), and their marks only name their value.

use std::sync::Arc;

use leptos::prelude::*;

use crate::charts::chart_id::notes_for;
use crate::charts::figures::{format_number, review_figures, stated_table, survey_respondents, StatedGroup};
use crate::charts::ChartId;
use crate::components::bar_chart::{BarChart, BarMark, ValueAxis};
use crate::components::chart_frame::{svg_id, ChartFrame};
use crate::dataset::context::Context;
use crate::secondary::SecondaryFiles;

use super::ChartInputs;

#[component]
pub fn StatedChart(chart: ChartId, inputs: ChartInputs) -> impl IntoView {
    let files = expect_context::<SecondaryFiles>();
    let data = Arc::clone(&inputs.data);
    files.context.render(
        Arc::clone(&data),
        "Loading the report's figures…",
        move |context: Arc<Context>| {
            let groups: Vec<StatedGroup> = if chart == ChartId::Survey {
                vec![survey_respondents(&context)]
            } else {
                review_figures(&context)
            };
            let grouped = groups.len() > 1;
            let marks: Vec<BarMark> = groups
                .iter()
                .flat_map(|group| {
                    group.bars.iter().enumerate().map(move |(i, bar)| {
                        let label = if grouped {
                            format!("{}: {}", group.heading, bar.label)
                        } else {
                            format!("{} ({})", bar.label, bar.wording)
                        };
                        let value = format_number(bar.value);
                        BarMark {
                            key: format!("{}-{i}", group.heading.to_lowercase().replace(' ', "-")),
                            name: format!("{label}: {value}"),
                            label,
                            value: bar.value,
                            ghost: None,
                            value_text: value,
                            class: "bar",
                            action: None,
                            pressed: None,
                        }
                    })
                })
                .collect();
            let max = marks.iter().map(|m| m.value).fold(0.0, f64::max);
            let reading = if chart == ChartId::Survey {
                context.assessment.respondents.text.clone()
            } else {
                "The review's Figures 2, 4 and 5 kept their values: how many of the responding ISCMs have a position on the Global Compact, have it as a standard agenda item, and have an action plan.".to_string()
            };
            let table = stated_table(&groups);
            let mut sources: Vec<_> = Vec::new();
            for group in &groups {
                if !sources.contains(&group.source) {
                    sources.push(group.source.clone());
                }
            }
            let mut notes = notes_for(chart, &data.data_notes);
            notes.extend(notes_for(chart, &context.data_notes));
            view! {
                <ChartFrame data=Arc::clone(&data) chart=chart alone=inputs.alone
                    reading=Signal::stored(reading) table=Signal::stored(table)
                    sources=sources notes=notes>
                    <BarChart svg_id=svg_id(chart) title=chart.title().to_string()
                        marks=Signal::stored(marks) axis=Signal::stored(ValueAxis::Linear(max))
                        width=inputs.width axis_label="Number".to_string() />
                </ChartFrame>
            }
            .into_any()
        },
    )
}
