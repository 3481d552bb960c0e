//! A horizontal bar chart drawn as SVG at the width it has (see `charts::layout`): a bar per
//! row with its label and value, an optional lighter bar behind for the unfiltered total, and
//! marks a pointer or the keyboard can choose (a filter to apply, or a page to open).

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::charts::layout::{bar_layout, BAR_HEIGHT, LINE_HEIGHT};
use crate::charts::scale::{LinearScale, LogScale};
use crate::explore::query::Query;
use crate::nav::Nav;

/// What choosing a mark does.
#[derive(Clone, PartialEq)]
pub enum MarkAction {
    /// Applies this view state (a filter added or removed) to the current page.
    Query(Query),
    /// Opens a page of the app.
    Link(String),
}

/// One bar.
#[derive(Clone, PartialEq)]
pub struct BarMark {
    /// Unique within the chart (used in element ids).
    pub key: String,
    pub label: String,
    pub value: f64,
    /// The unfiltered total, drawn lighter behind the bar.
    pub ghost: Option<f64>,
    pub value_text: String,
    /// The accessible name: label, value and what choosing it does.
    pub name: String,
    /// The colour class of the bar (`bar`, `series-rcp`, …).
    pub class: &'static str,
    pub action: Option<MarkAction>,
    /// For filter marks: whether the filter is applied.
    pub pressed: Option<bool>,
}

/// The value axis.
#[derive(Clone, Copy, PartialEq)]
pub enum ValueAxis {
    /// From 0 to a round number at or above the maximum.
    Linear(f64),
    /// Logarithmic from 1, for counts that span orders of magnitude.
    Log(f64),
}

/// The scale of a value axis, at a length.
enum Scale {
    Linear(LinearScale, f64),
    Log(LogScale),
}

impl Scale {
    fn new(axis: ValueAxis, length: f64) -> Scale {
        match axis {
            ValueAxis::Linear(max) => {
                let (scale, step) = LinearScale::nice(max, length);
                Scale::Linear(scale, step)
            }
            ValueAxis::Log(max) => Scale::Log(LogScale::covering(max, length)),
        }
    }

    fn px(&self, value: f64) -> f64 {
        match self {
            Scale::Linear(scale, _) => scale.px(value),
            Scale::Log(scale) => scale.px(value),
        }
    }

    /// Each tick's position and label.
    fn ticks(&self) -> Vec<(f64, String)> {
        let values = match self {
            Scale::Linear(scale, step) => scale.ticks(*step),
            Scale::Log(scale) => scale.ticks(),
        };
        values.into_iter().map(|t| (self.px(t), format!("{t}"))).collect()
    }
}

/// Height of the legend row, in px.
const LEGEND_ROW: f64 = 22.0;

/// Moves focus to the element with this id once the view has been redrawn (choosing a mark
/// changes the URL and redraws the chart; the keyboard user stays where they were).
pub fn refocus(id: String) {
    request_animation_frame(move || {
        if let Some(element) = document().get_element_by_id(&id) {
            let _ = focus_element(&element);
        }
    });
}

/// Focuses an HTML or SVG element (web-sys has `focus` only on `HtmlElement`).
pub fn focus_element(element: &web_sys::Element) -> Result<(), wasm_bindgen::JsValue> {
    let focus = js_sys::Reflect::get(element, &"focus".into())?;
    focus
        .dyn_into::<js_sys::Function>()?
        .call0(element)
        .map(|_| ())
}

#[component]
pub fn BarChart(
    svg_id: String,
    /// The chart's accessible name.
    title: String,
    marks: Signal<Vec<BarMark>>,
    axis: Signal<ValueAxis>,
    width: Signal<f64>,
    /// Colour classes and labels, drawn above the bars.
    #[prop(optional)]
    legend: Vec<(&'static str, String)>,
    /// What the values count, under the axis.
    axis_label: String,
) -> impl IntoView {
    let nav = expect_context::<Nav>();
    move || {
        let marks = marks.get();
        let width = width.get();
        let legend_height = if legend.is_empty() { 0.0 } else { LEGEND_ROW + 6.0 };
        let labels: Vec<&str> = marks.iter().map(|m| m.label.as_str()).collect();
        let layout = bar_layout(width, legend_height, &labels);
        let scale = Scale::new(axis.get(), layout.plot_width);
        let px = |value: f64| scale.px(value);
        let ticks = scale.ticks();
        let plot_x = layout.plot_x;
        let top = layout.plot_top;
        let bottom = layout.plot_bottom;
        let tick_view = ticks
            .into_iter()
            .map(|(x, label)| {
                let x = plot_x + x;
                view! {
                    <g class="tick">
                        <line class="grid" x1=x x2=x y1=top y2=bottom />
                        <text x=x y=bottom + 16.0 text-anchor="middle">{label}</text>
                    </g>
                }
            })
            .collect_view();
        let legend_view = legend
            .iter()
            .scan(0.0, |x, (class, label)| {
                let at = *x;
                *x += 22.0 + label.chars().count() as f64 * 7.5 + 16.0;
                Some(view! {
                    <g class="legend-item">
                        <rect class=*class x=at y=4.0 width=14.0 height=14.0 />
                        <text x=at + 20.0 y=16.0>{label.clone()}</text>
                    </g>
                })
            })
            .collect_view();
        let rows = marks
            .into_iter()
            .zip(layout.rows.iter().cloned())
            .map(|(mark, row)| {
                let id = format!("{svg_id}-{}", mark.key);
                let bar_width = px(mark.value);
                let ghost_width = mark.ghost.map(&px);
                let value_x = plot_x + bar_width.max(ghost_width.unwrap_or(0.0)) + 6.0;
                let label = row
                    .label_lines
                    .iter()
                    .enumerate()
                    .map(|(i, line)| {
                        view! { <tspan x=row.label_x y=row.label_y + i as f64 * LINE_HEIGHT>{line.clone()}</tspan> }
                    })
                    .collect_view();
                let body = view! {
                    <text class="bar-label" aria-hidden="true">{label}</text>
                    {ghost_width.map(|w| view! {
                        <rect class="ghost" x=plot_x y=row.bar_y width=w height=BAR_HEIGHT />
                    })}
                    <rect class=mark.class x=plot_x y=row.bar_y width=bar_width.max(0.0) height=BAR_HEIGHT />
                    <text class="bar-value" x=value_x y=row.bar_y + 14.0 aria-hidden="true">{mark.value_text.clone()}</text>
                    <rect class="focus-ring" x=-2.0 y=row.bar_y.min(row.label_y - 14.0) - 2.0
                        width=layout.width + 4.0
                        height=(row.bar_y + BAR_HEIGHT).max(row.label_y + 4.0) - row.bar_y.min(row.label_y - 14.0) + 4.0 />
                };
                match mark.action {
                    Some(MarkAction::Link(href)) => view! {
                        <a class="mark" id=id href=href aria-label=mark.name.clone()>
                            <title>{mark.name.clone()}</title>
                            {body}
                        </a>
                    }
                    .into_any(),
                    Some(MarkAction::Query(next)) => {
                        let choose = {
                            let id = id.clone();
                            let next = next.clone();
                            move || {
                                nav.set_query(next.clone(), false);
                                refocus(id.clone());
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
                        view! {
                            <g class="mark" id=id role="button" tabindex="0"
                                aria-label=mark.name.clone()
                                aria-pressed=mark.pressed.map(|p| p.to_string())
                                on:click=move |_| choose()
                                on:keydown=on_key>
                                <title>{mark.name.clone()}</title>
                                {body}
                            </g>
                        }
                        .into_any()
                    }
                    None => view! {
                        <g class="mark" id=id role="img" aria-label=mark.name.clone()>
                            <title>{mark.name.clone()}</title>
                            {body}
                        </g>
                    }
                    .into_any(),
                }
            })
            .collect_view();
        view! {
            <svg id=svg_id.clone() class="chart-svg" xmlns="http://www.w3.org/2000/svg"
                width=layout.width height=layout.height
                viewBox=format!("0 0 {} {}", layout.width, layout.height)
                role="group" aria-label=title.clone()>
                <g aria-hidden="true">{legend_view}</g>
                <g aria-hidden="true">{tick_view}</g>
                <line class="axis" x1=plot_x x2=plot_x y1=top y2=bottom aria-hidden="true" />
                <text class="axis-label" x=plot_x + layout.plot_width y=bottom + 16.0 + 12.0
                    text-anchor="end" aria-hidden="true">{axis_label.clone()}</text>
                {rows}
            </svg>
        }
    }
}
