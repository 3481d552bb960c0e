//! The timeline of establishment as an SVG tree: the ISCMs existing each year, stacked by
//! type, a dashed line for all ISCMs when filters narrow the count, a point for each year in
//! which ISCMs were established (choosing it filters to that year), and two lanes of events
//! under the time axis (milestones; ISCMs that ended, transformed or were renamed).

use crate::dataset::iscms::IscmKind;
use crate::explore::query::{Filter, Query};
use crate::i18n::charts::ChartsText;
use crate::i18n::{count, fill, number, Lang};

use super::draw_bars::{legend, Drawing, LegendItem};
use super::founding::{step_area, step_line, year_query, year_ticks, FoundingChart, Marker};
use super::kind_class;
use super::layout::MIN_WIDTH;
use super::scale::LinearScale;
use super::svg::{decoration, line, px, svg_root, text_at, SvgNode};

const LEFT: f64 = 40.0;
const RIGHT: f64 = 16.0;
/// Vertical distance between events of the same year in a lane.
const STACK: f64 = 9.0;

/// Draws the timeline at `width` px, named in `lang`. `kind_labels` name the types in
/// [`IscmKind::ALL`] order, as the dataset does.
#[allow(clippy::too_many_arguments)]
pub fn draw_timeline(
    svg_id: &str,
    model: &FoundingChart,
    query: &Query,
    width: f64,
    milestones: &[Marker],
    changes: &[Marker],
    kind_labels: &[String; 3],
    lang: Lang,
) -> Drawing {
    let t = ChartsText::of(lang);
    let width = width.max(MIN_WIDTH);
    let years = &model.years;
    let n = years.len().max(1);
    let mut legend_items: Vec<LegendItem> = IscmKind::ALL
        .into_iter()
        .zip(kind_labels.iter())
        .map(|(kind, label)| (kind_class(kind), label.clone(), true))
        .collect();
    if model.filtered {
        legend_items.push(("total-swatch", t.all_iscms.to_string(), false));
    }
    let (legend_nodes, legend_height) = legend(&legend_items, width);
    let top = legend_height + 8.0;
    let plot_width = width - LEFT - RIGHT;
    let plot_height = (width * 0.45).clamp(180.0, 300.0);
    let bottom = top + plot_height;
    let band = plot_width / n as f64;
    let edges: Vec<f64> = (0..=n).map(|i| LEFT + i as f64 * band).collect();
    let y_max = years.last().map_or(1, |y| y.cumulative_all).max(1) as f64;
    let (scale, step) = LinearScale::nice(y_max, plot_height);
    let y = |count: f64| bottom - scale.px(count);
    let first = model.first_year();
    let center = |year: u16| LEFT + (f64::from(year.saturating_sub(first)) + 0.5) * band;

    let mut lower = vec![bottom; years.len()];
    let mut layers = Vec::new();
    for (k, kind) in IscmKind::ALL.into_iter().enumerate() {
        let upper: Vec<f64> = years
            .iter()
            .map(|year| y(year.cumulative[..=k].iter().sum::<usize>() as f64))
            .collect();
        layers.push(
            SvgNode::new("path")
                .attr("class", kind_class(kind))
                .attr("d", step_area(&edges, &lower, &upper)),
        );
        lower = upper;
    }
    if model.filtered {
        let values: Vec<f64> = years
            .iter()
            .map(|year| y(year.cumulative_all as f64))
            .collect();
        layers.push(
            SvgNode::new("path")
                .attr("class", "total-line")
                .attr("d", step_line(&edges, &values)),
        );
    }
    let y_ticks = scale.ticks(step).into_iter().map(|tick| {
        let at = y(tick);
        SvgNode::new("g")
            .attr("class", "tick")
            .child(line(LEFT, at, LEFT + plot_width, at).attr("class", "grid"))
            .child(
                text_at(LEFT - 6.0, at + 4.0, (tick as u64).to_string()).attr("text-anchor", "end"),
            )
    });
    let x_ticks = year_ticks(first, model.last_year(), band)
        .into_iter()
        .map(|year| {
            text_at(center(year), bottom + 20.0, year.to_string())
                .attr("class", "tick")
                .attr("text-anchor", "middle")
        });
    let lane_height = |markers: &[Marker]| {
        markers
            .iter()
            .map(|m| markers.iter().filter(|o| o.year == m.year).count())
            .max()
            .unwrap_or(1) as f64
            * STACK
    };
    let milestone_base = bottom + 28.0 + lane_height(milestones);
    let change_base = milestone_base + 8.0 + lane_height(changes);
    let height = change_base + 10.0;
    // Events of the same year stack upwards in their lane, so none hides another; a mark
    // is never wider than its year.
    let size = (band * 0.9).min(8.0);
    let lane = |markers: &[Marker], base: f64, shape: Shape| {
        let mut seen: Vec<u16> = Vec::new();
        markers
            .iter()
            .map(|marker| {
                let stacked = seen.iter().filter(|y| **y == marker.year).count() as f64;
                seen.push(marker.year);
                shape
                    .path(center(marker.year), base - stacked * STACK, size)
                    .child(
                        SvgNode::new("title")
                            .attr("lang", "en")
                            .text(format!("{}: {}", marker.year, marker.title)),
                    )
            })
            .collect::<Vec<_>>()
    };

    let mut actions = Vec::new();
    let points = years
        .iter()
        .filter(|year| !year.established.is_empty())
        .map(|year| {
            let names: Vec<&str> = year.established.iter().map(|e| e.1.as_str()).collect();
            let chosen = query.has(&Filter::FoundedFrom(year.year))
                && query.has(&Filter::FoundedTo(year.year));
            let name = fill(
                &count(lang, names.len(), t.point_one, t.point_other),
                &[
                    ("year", &year.year.to_string()),
                    ("names", &names.join(", ")),
                    ("total", &number(lang, year.cumulative_selected() as i64)),
                    (
                        "action",
                        if chosen {
                            t.year_filter_applied
                        } else {
                            t.year_filter_choose
                        },
                    ),
                ],
            );
            actions.push(year_query(query, year.year));
            let (cx, cy) = (center(year.year), y(year.cumulative_selected() as f64));
            SvgNode::new("g")
                .attr("class", "mark point")
                .attr("id", format!("{svg_id}-{}", year.year))
                .attr("role", "button")
                .attr("tabindex", "0")
                .attr("aria-label", name.clone())
                .attr("aria-pressed", chosen.to_string())
                .attr("data-mark", (actions.len() - 1).to_string())
                .child(SvgNode::new("title").text(name))
                .child(
                    SvgNode::new("circle")
                        .attr("class", "hit")
                        .num("cx", cx)
                        .num("cy", cy)
                        .num("r", (band * 0.6).clamp(5.0, 11.0)),
                )
                .child(
                    SvgNode::new("circle")
                        .attr("class", if chosen { "dot chosen" } else { "dot" })
                        .num("cx", cx)
                        .num("cy", cy)
                        .num("r", 4.5),
                )
        });
    let points: Vec<SvgNode> = points.collect();
    let svg = svg_root(svg_id, width, height, "group", t.timeline_label)
        .child(decoration(legend_nodes))
        .child(decoration(y_ticks))
        .child(decoration(layers))
        .child(
            line(LEFT, bottom, LEFT + plot_width, bottom)
                .attr("class", "axis")
                .attr("aria-hidden", "true"),
        )
        .child(decoration(x_ticks))
        .child(
            SvgNode::new("g")
                .attr("class", "lanes")
                .attr("aria-hidden", "true")
                .children(lane(milestones, milestone_base, Shape::Triangle))
                .children(lane(changes, change_base, Shape::Diamond)),
        )
        .children(points);
    Drawing { svg, actions }
}

/// The mark of an event lane.
#[derive(Clone, Copy)]
enum Shape {
    /// ▲ a milestone of global migration governance.
    Triangle,
    /// ◆ an ISCM that ended, transformed or was renamed.
    Diamond,
}

impl Shape {
    /// The shape, `size` px wide, standing on `base` and centred on `x`.
    fn path(self, x: f64, base: f64, size: f64) -> SvgNode {
        let half = size / 2.0;
        let (class, d) = match self {
            Shape::Triangle => (
                "milestone",
                format!(
                    "M{},{}H{}L{},{}Z",
                    px(x - half),
                    px(base),
                    px(x + half),
                    px(x),
                    px(base - size)
                ),
            ),
            Shape::Diamond => (
                "change",
                format!(
                    "M{},{}L{},{}L{},{}L{},{}Z",
                    px(x),
                    px(base - size),
                    px(x + half),
                    px(base - half),
                    px(x),
                    px(base),
                    px(x - half),
                    px(base - half)
                ),
            ),
        };
        SvgNode::new("path").attr("class", class).attr("d", d)
    }
}
