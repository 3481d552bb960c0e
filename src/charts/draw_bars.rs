//! A horizontal bar chart as an SVG tree, laid out for a width (see [`super::layout`]): a bar
//! per row with its label and value, an optional lighter bar behind for the unfiltered total,
//! and marks that can be chosen (a filter to apply, or a page to open), each with an
//! accessible name.

use crate::explore::query::Query;

use super::layout::{bar_layout, BAR_HEIGHT, CHAR_WIDTH, LINE_HEIGHT, VALUE_ROOM};
use super::scale::{LinearScale, LogScale};
use super::svg::{decoration, line, rect, svg_root, text_at, SvgNode};

/// What choosing a mark does.
#[derive(Debug, Clone, PartialEq)]
pub enum MarkAction {
    /// Applies this view state (a filter added or removed) to the current page.
    Query(Query),
    /// Opens a page of the app (an address within the app, `#/…`).
    Link(String),
}

/// One bar.
#[derive(Debug, Clone, PartialEq)]
pub struct BarMark {
    /// Unique within the chart (used in element ids).
    pub key: String,
    pub label: String,
    /// Whether the label is the dataset's English text (its `<text>` gets `lang="en"`).
    pub label_is_data: bool,
    pub value: f64,
    /// The unfiltered total, drawn lighter behind the bar.
    pub ghost: Option<f64>,
    pub value_text: String,
    /// The accessible name: label, value and what choosing it does.
    pub name: String,
    /// In French and Spanish, when the label is the dataset's English: the name's words
    /// after the label. The mark is then named by its label's text (marked `lang="en"`)
    /// followed by these words (`aria-labelledby`), so that no English sits unmarked inside
    /// a translated `aria-label`.
    pub name_after_label: Option<String>,
    /// The colour class of the bar (`bar`, `series-rcp`, …).
    pub class: &'static str,
    pub action: Option<MarkAction>,
    /// For filter marks: whether the filter is applied.
    pub pressed: Option<bool>,
}

/// The value axis.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ValueAxis {
    /// From 0 to a round number at or above the maximum.
    Linear(f64),
    /// Logarithmic from 1, for counts that span orders of magnitude.
    Log(f64),
}

/// A chart's SVG tree, and the view states its marks apply: a mark with `data-mark="i"`
/// applies `actions[i]`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Drawing {
    pub svg: SvgNode,
    pub actions: Vec<Query>,
}

/// Height of a legend row, in px.
pub const LEGEND_ROW: f64 = 22.0;

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

    fn ticks(&self) -> Vec<f64> {
        match self {
            Scale::Linear(scale, step) => scale.ticks(*step),
            Scale::Log(scale) => scale.ticks(),
        }
    }
}

/// An item of a legend: colour class, label, and whether the label is the dataset's
/// English text (a type's name) rather than interface text.
pub type LegendItem = (&'static str, String, bool);

/// Legend items in rows that fit `width`; returns the items and the height they take.
pub fn legend(items: &[LegendItem], width: f64) -> (Vec<SvgNode>, f64) {
    let mut nodes = Vec::new();
    let (mut x, mut y) = (0.0, 0.0);
    for (class, label, is_data) in items {
        let item_width = 20.0 + label.chars().count() as f64 * CHAR_WIDTH + 16.0;
        if x > 0.0 && x + item_width > width {
            x = 0.0;
            y += LEGEND_ROW;
        }
        let mut text = text_at(x + 20.0, y + 16.0, label.clone());
        if *is_data {
            text = text.attr("lang", "en");
        }
        nodes.push(
            SvgNode::new("g")
                .child(rect(x, y + 4.0, 14.0, 14.0).attr("class", *class))
                .child(text),
        );
        x += item_width;
    }
    let height = if items.is_empty() {
        0.0
    } else {
        y + LEGEND_ROW + 6.0
    };
    (nodes, height)
}

/// Draws the bars at `width` px.
pub fn draw_bars(
    svg_id: &str,
    title: &str,
    marks: &[BarMark],
    axis: ValueAxis,
    width: f64,
    legend_items: &[LegendItem],
    axis_label: &str,
) -> Drawing {
    let (legend_nodes, legend_height) = legend(legend_items, width);
    let labels: Vec<&str> = marks.iter().map(|m| m.label.as_str()).collect();
    let mut layout = bar_layout(width, legend_height, &labels);
    // Values longer than the room the layout keeps for them ("17 sur 30") shorten the plot.
    let longest_value = marks
        .iter()
        .map(|m| m.value_text.chars().count())
        .max()
        .unwrap_or(0) as f64;
    let overflow = longest_value * CHAR_WIDTH + 6.0 - VALUE_ROOM;
    if overflow > 0.0 {
        layout.plot_width = (layout.plot_width - overflow).max(40.0);
    }
    let scale = Scale::new(axis, layout.plot_width);
    let (plot_x, top, bottom) = (layout.plot_x, layout.plot_top, layout.plot_bottom);

    let ticks = scale.ticks().into_iter().map(|tick| {
        let x = plot_x + scale.px(tick);
        SvgNode::new("g")
            .attr("class", "tick")
            .child(line(x, top, x, bottom).attr("class", "grid"))
            .child(
                text_at(x, bottom + 16.0, (tick as u64).to_string()).attr("text-anchor", "middle"),
            )
    });
    let mut actions = Vec::new();
    let rows = marks.iter().zip(&layout.rows).map(|(mark, row)| {
        let bar_width = scale.px(mark.value);
        let ghost_width = mark.ghost.map(|g| scale.px(g));
        let value_x = plot_x + bar_width.max(ghost_width.unwrap_or(0.0)) + 6.0;
        // Spaces between the lines, and between the label and the value (below), keep the
        // words apart in the mark's visible text, which must read as the start of its
        // accessible name (WCAG 2.5.3, label in name).
        let mut label = SvgNode::new("text").attr("class", "bar-label");
        if mark.label_is_data {
            label = label.attr("lang", "en");
        }
        for (i, text) in row.label_lines.iter().enumerate() {
            if i > 0 {
                label = label.text(" ");
            }
            label = label.child(
                SvgNode::new("tspan")
                    .num("x", row.label_x)
                    .num("y", row.label_y + i as f64 * LINE_HEIGHT)
                    .text(text.clone()),
            );
        }
        let ring_top = row.bar_y.min(row.label_y - 14.0) - 2.0;
        let ring_bottom = (row.bar_y + BAR_HEIGHT).max(row.label_y + 4.0) + 2.0;
        let ring = rect(-2.0, ring_top, layout.width + 4.0, ring_bottom - ring_top)
            .attr("class", "focus-ring");
        let mut body = Vec::new();
        if let Some(ghost) = ghost_width {
            body.push(rect(plot_x, row.bar_y, ghost, BAR_HEIGHT).attr("class", "ghost"));
        }
        body.push(rect(plot_x, row.bar_y, bar_width, BAR_HEIGHT).attr("class", mark.class));
        body.push(
            text_at(value_x, row.bar_y + 14.0, mark.value_text.clone()).attr("class", "bar-value"),
        );
        let id = format!("{svg_id}-{}", mark.key);
        let mut name_after = None;
        if let Some(after) = &mark.name_after_label {
            label = label.attr("id", format!("{id}-label"));
            name_after = Some(
                SvgNode::new("text")
                    .attr("id", format!("{id}-name"))
                    .attr("display", "none")
                    .text(after.clone()),
            );
        }
        let element = match &mark.action {
            Some(MarkAction::Link(href)) => SvgNode::new("a").attr("href", href.clone()),
            Some(MarkAction::Query(query)) => {
                actions.push(query.clone());
                let mut g = SvgNode::new("g")
                    .attr("role", "button")
                    .attr("tabindex", "0")
                    .attr("data-mark", (actions.len() - 1).to_string());
                if let Some(pressed) = mark.pressed {
                    g = g.attr("aria-pressed", pressed.to_string());
                }
                g
            }
            None => SvgNode::new("g").attr("role", "img"),
        };
        let element = element.attr("class", "mark");
        // No <title>: its text would count as visible text that the name lacks (2.5.3);
        // the bar's label and value are on screen already.
        let element = match name_after {
            Some(after) => element
                .attr("id", id.clone())
                .attr("aria-labelledby", format!("{id}-label {id}-name"))
                .child(after),
            None => element.attr("id", id).attr("aria-label", mark.name.clone()),
        };
        element.child(ring).child(label).text(" ").children(body)
    });
    let rows: Vec<SvgNode> = rows.collect();
    let axis_label_end = (plot_x + layout.plot_width)
        .max(axis_label.chars().count() as f64 * CHAR_WIDTH)
        .min(layout.width);
    let svg = svg_root(svg_id, layout.width, layout.height, "group", title)
        .child(decoration(legend_nodes))
        .child(decoration(ticks))
        .child(
            line(plot_x, top, plot_x, bottom)
                .attr("class", "axis")
                .attr("aria-hidden", "true"),
        )
        .child(
            // Ends where the plot ends, unless that would cut its start off (a long label
            // on a phone): then it starts at the left edge.
            text_at(axis_label_end, bottom + 36.0, axis_label)
                .attr("class", "axis-label")
                .attr("text-anchor", "end")
                .attr("aria-hidden", "true"),
        )
        .children(rows);
    Drawing { svg, actions }
}
