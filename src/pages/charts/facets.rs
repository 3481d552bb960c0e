//! The bar charts of one facet: type, region, theme, role of IOM, secretariat. Choosing a
//! bar applies (or removes) its filter.

use std::sync::Arc;

use leptos::prelude::*;

use crate::charts::categories::category_chart;
use crate::charts::chart_id::notes_for;
use crate::charts::ChartId;
use crate::components::bar_chart::{BarChart, BarMark, MarkAction, ValueAxis};
use crate::components::chart_frame::{svg_id, ChartFrame};
use crate::dataset::iscms::IscmKind;
use crate::explore::query::{FacetKind, Filter};
use crate::nav::Nav;

use super::ChartInputs;

/// The facet a chart counts, what one value is called, and whether an ISCM can have several.
fn facet_of(chart: ChartId) -> (FacetKind, &'static str, &'static str, bool) {
    match chart {
        ChartId::ByType => (FacetKind::Type, "type", "Type", false),
        ChartId::ByRegion => (FacetKind::Region, "region", "Region", true),
        ChartId::Themes => (FacetKind::Theme, "theme", "Theme", true),
        ChartId::IomRoles => (FacetKind::IomRole, "role of IOM", "Role of IOM", true),
        _ => (FacetKind::Secretariat, "secretariat", "Secretariat", true),
    }
}

/// The colour of an ISCM type, shared by every chart that shows types.
pub fn kind_class(kind: IscmKind) -> &'static str {
    match kind {
        IscmKind::Rcp => "series-rcp",
        IscmKind::Irf => "series-irf",
        IscmKind::Global => "series-global",
    }
}

#[component]
pub fn FacetChart(chart: ChartId, inputs: ChartInputs) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let query = nav.query;
    let (facet, noun, header, multi) = facet_of(chart);
    let data = Arc::clone(&inputs.data);
    let selection = inputs.selection;
    let model = Memo::new(move |_| {
        selection.with(|s| query.with(|q| category_chart(&data, s, q, facet)))
    });
    let marks = Signal::derive(move || {
        let query = query.get();
        model.with(|m| {
            m.bars
                .iter()
                .map(|bar| {
                    let shown = m.shown(bar);
                    let value_text = if m.filtered {
                        format!("{shown} of {}", bar.total)
                    } else {
                        shown.to_string()
                    };
                    let action = if bar.active {
                        format!("Selected. Choose to remove the filter {}.", bar.label)
                    } else {
                        format!("Choose to filter by {}.", bar.label)
                    };
                    let counted = if m.filtered {
                        format!("{shown} of the selected ISCMs ({} of all)", bar.total)
                    } else {
                        format!("{shown} ISCMs")
                    };
                    BarMark {
                        key: bar.filter.value(),
                        label: bar.label.clone(),
                        value: shown as f64,
                        ghost: m.filtered.then_some(bar.total as f64),
                        value_text,
                        name: format!("{}: {counted}. {action}", bar.label),
                        class: match bar.filter {
                            Filter::Type(kind) => kind_class(kind),
                            _ => "bar",
                        },
                        action: Some(MarkAction::Query(query.toggled(bar.filter.clone()))),
                        pressed: Some(bar.active),
                    }
                })
                .collect()
        })
    });
    let axis = Signal::derive(move || ValueAxis::Linear(model.with(|m| m.max_total()) as f64));
    let reading = Signal::derive(move || {
        model.with(|m| {
            let mut text = m.reading(noun, multi);
            if !m.not_covered.is_empty() {
                text.push_str(&format!(
                    " Annex 10 gives no themes for {}.",
                    m.not_covered.join(", ")
                ));
            }
            text
        })
    });
    let table = Signal::derive(move || model.with(|m| m.table(header)));
    let data = &inputs.data;
    let source = match facet {
        FacetKind::Theme => data
            .themes
            .first()
            .map_or_else(|| data.meta.fact_sheet_source.clone(), |t| t.source.clone()),
        _ => data.meta.fact_sheet_source.clone(),
    };
    view! {
        <ChartFrame data=Arc::clone(data) chart=chart alone=inputs.alone reading=reading table=table
            sources=vec![source] notes=notes_for(chart, &data.data_notes)>
            <BarChart svg_id=svg_id(chart) title=chart.title().to_string() marks=marks axis=axis
                width=inputs.width axis_label="ISCMs".to_string() />
        </ChartFrame>
    }
}
