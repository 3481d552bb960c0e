//! The timeline of establishment: ISCMs existing each year since 1985, stacked by type, with
//! the milestones of global migration governance and the ISCMs that ended, transformed or
//! were renamed. Choosing a year's point filters to the ISCMs established that year.

use std::sync::Arc;

use leptos::ev;
use leptos::prelude::*;

use crate::charts::chart_id::notes_for;
use crate::charts::founding::{
    changes, founding_chart, milestones, step_area, step_line, undated_inactive, year_query,
    FoundingChart, Marker,
};
use crate::charts::layout::MIN_WIDTH;
use crate::charts::scale::LinearScale;
use crate::charts::ChartId;
use crate::components::bar_chart::refocus;
use crate::components::chart_frame::{svg_id, ChartFrame};
use crate::dataset::context::Context;
use crate::dataset::iscms::IscmKind;
use crate::nav::Nav;
use crate::secondary::SecondaryFiles;

use super::facets::kind_class;
use super::ChartInputs;

const LEFT: f64 = 40.0;
const RIGHT: f64 = 16.0;
const LEGEND_LINE: f64 = 22.0;

#[component]
pub fn FoundingChartView(inputs: ChartInputs) -> impl IntoView {
    let files = expect_context::<SecondaryFiles>();
    let data = Arc::clone(&inputs.data);
    files.context.render(
        Arc::clone(&data),
        "Loading the timeline's milestones…",
        move |context: Arc<Context>| founding_with_context(inputs.clone(), context).into_any(),
    )
}

fn founding_with_context(inputs: ChartInputs, context: Arc<Context>) -> impl IntoView {
    let chart = ChartId::Founding;
    let nav = expect_context::<Nav>();
    let query = nav.query;
    let data = Arc::clone(&inputs.data);
    let selection = inputs.selection;
    let model = Memo::new(move |_| selection.with(|s| query.with(|q| founding_chart(&data, s, q))));
    let kind_labels = {
        let data = Arc::clone(&inputs.data);
        IscmKind::ALL.map(|kind| data.type_label(kind).to_string())
    };
    let (first, last) = model.with_untracked(|m| (m.first_year(), m.last_year()));
    let milestones = milestones(&context, first, last);
    let changes = changes(&context, first, last);
    let reading = Signal::derive(move || model.with(FoundingChart::reading));
    let table = {
        let labels = kind_labels.clone();
        Signal::derive(move || model.with(|m| m.table([&labels[0], &labels[1], &labels[2]])))
    };
    let width = inputs.width;
    let drawing = {
        let milestones = milestones.clone();
        let changes = changes.clone();
        let kind_labels = kind_labels.clone();
        move || {
            let m = model.get();
            let q = query.get();
            draw(&m, &q, width.get().max(MIN_WIDTH), &milestones, &changes, &kind_labels, nav)
        }
    };
    let marker_list = |title: &'static str, markers: &[Marker]| {
        let items = markers
            .iter()
            .map(|marker| view! { <li><span class="year">{marker.year}</span> " " <span lang="en">{marker.title.clone()}</span></li> })
            .collect_view();
        view! {
            <div class="timeline-markers">
                <h3>{title}</h3>
                <ul>{items}</ul>
            </div>
        }
    };
    let undated = undated_inactive(&context);
    let undated_line = (!undated.is_empty()).then(|| {
        let names: Vec<String> = undated.iter().map(|(name, status)| format!("{name} ({status})")).collect();
        view! { <p class="hint">"Not on the axis, as the sources give no year: " <span lang="en">{names.join("; ")}</span> "."</p> }
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
        <ChartFrame data=Arc::clone(data) chart=chart alone=inputs.alone reading=reading table=table
            sources=sources notes=notes>
            {drawing}
            {marker_list("▲ Milestones of global migration governance", &milestones)}
            {marker_list("◆ ISCMs that ended, transformed or were renamed", &changes)}
            {undated_line}
        </ChartFrame>
    }
}

#[allow(clippy::too_many_arguments)]
fn draw(
    model: &FoundingChart,
    query: &crate::explore::query::Query,
    width: f64,
    milestones: &[Marker],
    changes: &[Marker],
    kind_labels: &[String; 3],
    nav: Nav,
) -> impl IntoView {
    let id = svg_id(ChartId::Founding);
    let years = &model.years;
    let n = years.len().max(1);
    // Legend: one line on wide screens, one item a line on narrow ones.
    let mut legend: Vec<(String, &'static str)> = IscmKind::ALL
        .into_iter()
        .zip(kind_labels.iter())
        .map(|(kind, label)| (label.clone(), kind_class(kind)))
        .collect();
    if model.filtered {
        legend.push(("All ISCMs".to_string(), "total-line"));
    }
    legend.push(("▲ Milestone".to_string(), "milestone"));
    legend.push(("◆ ISCM ended or changed".to_string(), "change"));
    let one_line: f64 = legend.iter().map(|(l, _)| 34.0 + l.chars().count() as f64 * 7.5).sum();
    let legend_rows = if one_line <= width { 1 } else { legend.len() };
    let top = legend_rows as f64 * LEGEND_LINE + 12.0;
    let plot_width = width - LEFT - RIGHT;
    let plot_height = (width * 0.45).clamp(180.0, 300.0);
    let bottom = top + plot_height;
    let band = plot_width / n as f64;
    let edges: Vec<f64> = (0..=n).map(|i| LEFT + i as f64 * band).collect();
    let y_max = years.last().map_or(1, |y| y.cumulative_all).max(1) as f64;
    let (scale, step) = LinearScale::nice(y_max, plot_height);
    let y = |count: f64| bottom - scale.px(count);

    let mut lower = vec![bottom; years.len()];
    let layers = (0..3)
        .map(|k| {
            let upper: Vec<f64> = years
                .iter()
                .map(|year| {
                    let below: usize = year.cumulative[..k].iter().sum();
                    y((below + year.cumulative[k]) as f64)
                })
                .collect();
            let path = step_area(&edges, &lower, &upper);
            lower = upper;
            view! { <path class=kind_class(IscmKind::ALL[k]) d=path /> }
        })
        .collect_view();
    let total_line = model.filtered.then(|| {
        let values: Vec<f64> = years.iter().map(|year| y(year.cumulative_all as f64)).collect();
        view! { <path class="total-line" d=step_line(&edges, &values) /> }
    });
    let y_ticks = scale
        .ticks(step)
        .into_iter()
        .map(|t| {
            let at = y(t);
            view! {
                <g class="tick">
                    <line class="grid" x1=LEFT x2=LEFT + plot_width y1=at y2=at />
                    <text x=LEFT - 6.0 y=at + 4.0 text-anchor="end">{t}</text>
                </g>
            }
        })
        .collect_view();
    let first = model.first_year();
    let center = move |year: u16| LEFT + (f64::from(year - first) + 0.5) * band;
    let x_ticks = crate::charts::founding::year_ticks(first, model.last_year(), band)
        .into_iter()
        .map(|year| view! { <text class="tick" x=center(year) y=bottom + 16.0 text-anchor="middle">{year}</text> })
        .collect_view();
    // Events of the same year stack upwards in their lane, so none hides another.
    let lane = |markers: &[Marker], base: f64, class: &'static str, glyph: &'static str| {
        let mut seen: Vec<u16> = Vec::new();
        markers
            .iter()
            .map(|marker| {
                let stacked = seen.iter().filter(|y| **y == marker.year).count() as f64;
                seen.push(marker.year);
                view! {
                    <text class=class x=center(marker.year) y=base - stacked * 8.0 text-anchor="middle">
                        <title>{format!("{}: {}", marker.year, marker.title)}</title>
                        {glyph}
                    </text>
                }
            })
            .collect_view()
    };
    let most_stacked = |markers: &[Marker]| {
        markers
            .iter()
            .map(|m| markers.iter().filter(|o| o.year == m.year).count())
            .max()
            .unwrap_or(1) as f64
    };
    let milestone_base = bottom + 34.0 + (most_stacked(milestones) - 1.0) * 8.0;
    let change_base = milestone_base + 18.0 + (most_stacked(changes) - 1.0) * 8.0;
    let height = change_base + 12.0;
    let milestone_lane = lane(milestones, milestone_base, "milestone", "▲");
    let change_lane = lane(changes, change_base, "change", "◆");

    let points = years
        .iter()
        .filter(|year| !year.established.is_empty())
        .map(|year| {
            let mark_id = format!("{id}-{}", year.year);
            let names: Vec<&str> = year.established.iter().map(|e| e.1.as_str()).collect();
            let chosen = query.has(&crate::explore::query::Filter::FoundedFrom(year.year))
                && query.has(&crate::explore::query::Filter::FoundedTo(year.year));
            let name = format!(
                "{}: {} established ({}); {} in all by then. {}",
                year.year,
                names.len(),
                names.join(", "),
                year.cumulative_selected(),
                if chosen {
                    "Selected. Choose to remove the year filter."
                } else {
                    "Choose to show the ISCMs established that year."
                }
            );
            let next = year_query(query, year.year);
            let choose = {
                let mark_id = mark_id.clone();
                move || {
                    nav.set_query(next.clone(), false);
                    refocus(mark_id.clone());
                }
            };
            let on_key = {
                let choose = choose.clone();
                move |event: ev::KeyboardEvent| {
                    if event.key() == "Enter" || event.key() == " " {
                        event.prevent_default();
                        choose();
                    }
                }
            };
            let tooltip = name.clone();
            let cx = center(year.year);
            let cy = y(year.cumulative_selected() as f64);
            view! {
                <g class="mark point" id=mark_id role="button" tabindex="0" aria-label=name
                    aria-pressed=chosen.to_string() on:click=move |_| choose() on:keydown=on_key>
                    <title>{tooltip}</title>
                    <circle class="hit" cx=cx cy=cy r=10.0 />
                    <circle class="dot" class:chosen=chosen cx=cx cy=cy r=4.5 />
                </g>
            }
        })
        .collect_view();
    let mut x = 0.0;
    let legend_view = legend
        .into_iter()
        .enumerate()
        .map(|(i, (label, class))| {
            let (lx, ly) = if legend_rows == 1 {
                let at = x;
                x += 34.0 + label.chars().count() as f64 * 7.5;
                (at, 4.0)
            } else {
                (0.0, 4.0 + i as f64 * LEGEND_LINE)
            };
            let swatch = match class {
                "total-line" => view! { <line class="total-line" x1=lx x2=lx + 16.0 y1=ly + 7.0 y2=ly + 7.0 /> }.into_any(),
                "milestone" | "change" => ().into_any(),
                _ => view! { <rect class=class x=lx y=ly width=14.0 height=14.0 /> }.into_any(),
            };
            let text_x = if matches!(class, "milestone" | "change") { lx } else { lx + 20.0 };
            view! { <g>{swatch}<text x=text_x y=ly + 12.0>{label}</text></g> }
        })
        .collect_view();
    view! {
        <svg id=id.clone() class="chart-svg" xmlns="http://www.w3.org/2000/svg" width=width height=height
            viewBox=format!("0 0 {width} {height}") role="group"
            aria-label="ISCMs established since 1985, cumulative, by type, with milestones">
            <g aria-hidden="true">{legend_view}</g>
            <g aria-hidden="true">{y_ticks}</g>
            <g aria-hidden="true">{layers}{total_line}</g>
            <line class="axis" x1=LEFT x2=LEFT + plot_width y1=bottom y2=bottom aria-hidden="true" />
            <g aria-hidden="true">{x_ticks}</g>
            <g aria-hidden="true">{milestone_lane}{change_lane}</g>
            {points}
        </svg>
    }
}
