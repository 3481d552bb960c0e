//! Numbers the sources state, drawn as they are: the 2019 survey's respondents and the
//! figures of the 2018 review. They do not follow the filters (they are not counts of the
//! fact sheet), and their marks only name their value.

use std::sync::Arc;

use leptos::prelude::*;

use crate::charts::chart_id::notes_for;
use crate::charts::draw_bars::{draw_bars, ValueAxis};
use crate::charts::figures::{
    review_figures, stated_marks, stated_table, survey_respondents, StatedGroup,
};
use crate::charts::{ChartId, ChartState};
use crate::components::chart_frame::{svg_id, ChartFrame};
use crate::dataset::context::Context;
use crate::i18n::charts::ChartsText;
use crate::i18n::current;
use crate::secondary::SecondaryFiles;

use super::ChartInputs;

#[component]
pub fn StatedChart(chart: ChartId, inputs: ChartInputs) -> impl IntoView {
    let files = expect_context::<SecondaryFiles>();
    let data = Arc::clone(&inputs.data);
    let lang = current();
    let t = ChartsText::of(lang);
    files.context.render(
        Arc::clone(&data),
        t.loading_figures,
        move |context: Arc<Context>| {
            let groups: Vec<StatedGroup> = if chart == ChartId::Survey {
                vec![survey_respondents(&context, lang)]
            } else {
                review_figures(&context)
            };
            let marks = stated_marks(&groups, lang);
            let max = marks.iter().map(|m| m.value).fold(0.0, f64::max);
            // The survey's reading is the report's own sentence (English, marked so).
            let (reading, reading_data) = if chart == ChartId::Survey {
                let sentence = context.assessment.respondents.text.clone();
                (sentence.clone(), vec![sentence])
            } else {
                (t.review_reading.to_string(), Vec::new())
            };
            let table = stated_table(&groups, lang);
            let width = inputs.width;
            let state = Memo::new(move |_| ChartState {
                drawing: draw_bars(
                    &svg_id(chart),
                    chart.title_in(t),
                    &marks,
                    ValueAxis::Linear(max),
                    f64::from(width.get()),
                    &[],
                    t.number_axis,
                ),
                reading: reading.clone(),
                reading_data: reading_data.clone(),
                table: table.clone(),
            });
            let mut sources = Vec::new();
            for group in &groups {
                if !sources.contains(&group.source) {
                    sources.push(group.source.clone());
                }
            }
            let mut notes = notes_for(chart, &data.data_notes);
            notes.extend(notes_for(chart, &context.data_notes));
            view! {
                <ChartFrame data=Arc::clone(&data) chart=chart alone=inputs.alone state=state
                    sources=sources notes=notes />
            }
            .into_any()
        },
    )
}
