//! The timeline of establishment (see `charts::draw_timeline`), with the lists of the events
//! its lanes mark and the ISCMs the sources give no year for.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::tachys::html::attribute::custom::custom_attribute;

use crate::charts::chart_id::notes_for;
use crate::charts::draw_timeline::draw_timeline;
use crate::charts::founding::{changes, founding_chart, milestones, undated_inactive, Marker};
use crate::charts::{ChartId, ChartState};
use crate::components::chart_frame::{svg_id, ChartFrame};
use crate::dataset::context::Context;
use crate::dataset::iscms::IscmKind;
use crate::i18n::charts::ChartsText;
use crate::i18n::current;
use crate::nav::Nav;
use crate::secondary::SecondaryFiles;

use super::ChartInputs;

#[component]
pub fn FoundingChartView(inputs: ChartInputs) -> impl IntoView {
    let files = expect_context::<SecondaryFiles>();
    let data = Arc::clone(&inputs.data);
    files.context.render(
        data,
        ChartsText::now().loading_milestones,
        move |context: Arc<Context>| with_context(inputs.clone(), context).into_any(),
    )
}

/// A list of the chart's markers, headed one level below the chart's own heading (h1 when
/// the chart is alone on its page, h2 among all charts).
fn marker_list(title: &'static str, markers: &[Marker], alone: bool) -> impl IntoView {
    let items = markers
        .iter()
        .map(|marker| view! { <li><span class="year">{marker.year}</span> " " <span lang="en">{marker.title.clone()}</span></li> })
        .collect_view();
    let level = if alone { "2" } else { "3" };
    view! {
        <div class="timeline-markers">
            // One element with a computed level costs less wasm than two heading views
            // (tachys has no typed aria-level, hence the custom attribute).
            <p class="markers-title" role="heading" {..custom_attribute("aria-level", level)}>{title}</p>
            <ul>{items}</ul>
        </div>
    }
}

fn with_context(inputs: ChartInputs, context: Arc<Context>) -> impl IntoView {
    let chart = ChartId::Founding;
    let lang = current();
    let t = ChartsText::of(lang);
    let query = expect_context::<Nav>().query;
    let data = Arc::clone(&inputs.data);
    let kind_labels = IscmKind::ALL.map(|kind| inputs.data.type_label(kind).to_string());
    // The timeline's years do not depend on the filters.
    let all = founding_chart(&data, &[], &Default::default());
    let (milestones, changes) = (
        milestones(&context, all.first_year(), all.last_year()),
        changes(&context, all.first_year(), all.last_year()),
    );
    let (selection, width) = (inputs.selection, inputs.width);
    let state = {
        let (milestones, changes) = (milestones.clone(), changes.clone());
        Memo::new(move |_| {
            let width = f64::from(width.get());
            selection.with(|s| {
                query.with(|q| {
                    let model = founding_chart(&data, s, q);
                    let drawing = draw_timeline(
                        &svg_id(chart),
                        &model,
                        q,
                        width,
                        &milestones,
                        &changes,
                        &kind_labels,
                        lang,
                    );
                    let labels = [
                        kind_labels[0].as_str(),
                        kind_labels[1].as_str(),
                        kind_labels[2].as_str(),
                    ];
                    ChartState {
                        drawing,
                        reading: model.reading(lang),
                        reading_data: Vec::new(),
                        table: model.table(labels, lang),
                    }
                })
            })
        })
    };
    let undated = undated_inactive(&context, lang);
    let undated_line = (!undated.is_empty()).then(|| {
        // Each name is the dataset's English; its status is interface text.
        let count = undated.len();
        let names = undated
            .into_iter()
            .enumerate()
            .map(|(i, (name, status))| {
                let separator = if i + 1 < count { "; " } else { "" };
                view! { <span lang="en">{name}</span> " (" {status} ")" {separator} }
            })
            .collect_view();
        view! { <p class="hint">{t.undated} {names} "."</p> }
    });
    let data = &inputs.data;
    let mut notes = notes_for(chart, &data.data_notes);
    notes.extend(notes_for(chart, &context.data_notes));
    let mut sources = vec![data.meta.fact_sheet_source.clone()];
    for marker in milestones.iter().chain(&changes) {
        if let Some(event) = context.timeline.iter().find(|e| e.id == marker.id) {
            if !sources.contains(&event.source) {
                sources.push(event.source.clone());
            }
        }
    }
    view! {
        <ChartFrame data=Arc::clone(data) chart=chart alone=inputs.alone state=state
            sources=sources notes=notes>
            {marker_list(t.milestones_title, &milestones, inputs.alone)}
            {marker_list(t.changes_title, &changes, inputs.alone)}
            {undated_line}
        </ChartFrame>
    }
}
