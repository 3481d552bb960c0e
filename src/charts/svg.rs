//! Charts as a plain tree of SVG elements, built by pure functions and turned into DOM nodes
//! by one small function in the browser (`components::svg_view`). Building the tree here,
//! rather than with a `view!` per shape, keeps the charts' wasm small, and lets native tests
//! check every mark's position and accessible name.
//!
//! Text is always a text node, never parsed: data can never become markup.

/// The SVG namespace.
pub const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// An element: its tag, attributes and children.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SvgNode {
    pub tag: &'static str,
    pub attrs: Vec<(&'static str, String)>,
    pub children: Vec<SvgChild>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum SvgChild {
    Node(SvgNode),
    Text(String),
}

impl SvgNode {
    pub fn new(tag: &'static str) -> SvgNode {
        SvgNode {
            tag,
            attrs: Vec::new(),
            children: Vec::new(),
        }
    }

    /// Sets an attribute (replacing an earlier value).
    pub fn attr(mut self, name: &'static str, value: impl Into<String>) -> SvgNode {
        let value = value.into();
        match self.attrs.iter_mut().find(|(key, _)| *key == name) {
            Some(slot) => slot.1 = value,
            None => self.attrs.push((name, value)),
        }
        self
    }

    /// A length or coordinate, written with at most one decimal.
    pub fn num(self, name: &'static str, value: f64) -> SvgNode {
        self.attr(name, px(value))
    }

    pub fn child(mut self, node: SvgNode) -> SvgNode {
        self.children.push(SvgChild::Node(node));
        self
    }

    pub fn children(mut self, nodes: impl IntoIterator<Item = SvgNode>) -> SvgNode {
        self.children.extend(nodes.into_iter().map(SvgChild::Node));
        self
    }

    pub fn text(mut self, text: impl Into<String>) -> SvgNode {
        self.children.push(SvgChild::Text(text.into()));
        self
    }

    /// The value of an attribute.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(key, _)| *key == name)
            .map(|(_, value)| value.as_str())
    }

    /// Every element of the tree, this one first, depth first.
    pub fn descendants(&self) -> Vec<&SvgNode> {
        let mut found = vec![self];
        for child in &self.children {
            if let SvgChild::Node(node) = child {
                found.extend(node.descendants());
            }
        }
        found
    }

    /// The text of the element and its descendants.
    pub fn text_content(&self) -> String {
        let mut text = String::new();
        for child in &self.children {
            match child {
                SvgChild::Text(t) => text.push_str(t),
                SvgChild::Node(node) => text.push_str(&node.text_content()),
            }
        }
        text
    }
}

/// A number for an SVG attribute: rounded to one decimal, without a trailing `.0`. Written
/// with integer arithmetic (float formatting would add kilobytes to the wasm).
pub fn px(value: f64) -> String {
    if !value.is_finite() {
        return "0".to_string();
    }
    let tenths = (value * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let tenths = tenths.unsigned_abs();
    if tenths.is_multiple_of(10) {
        format!("{sign}{}", tenths / 10)
    } else {
        format!("{sign}{}.{}", tenths / 10, tenths % 10)
    }
}

/// A `<text>` element at (x, y).
pub fn text_at(x: f64, y: f64, text: impl Into<String>) -> SvgNode {
    SvgNode::new("text").num("x", x).num("y", y).text(text)
}

/// A `<rect>`.
pub fn rect(x: f64, y: f64, width: f64, height: f64) -> SvgNode {
    SvgNode::new("rect")
        .num("x", x)
        .num("y", y)
        .num("width", width.max(0.0))
        .num("height", height.max(0.0))
}

/// A `<line>`.
pub fn line(x1: f64, y1: f64, x2: f64, y2: f64) -> SvgNode {
    SvgNode::new("line")
        .num("x1", x1)
        .num("y1", y1)
        .num("x2", x2)
        .num("y2", y2)
}

/// The outer `<svg>` of a chart, sized in CSS pixels.
pub fn svg_root(id: &str, width: f64, height: f64, role: &str, label: &str) -> SvgNode {
    SvgNode::new("svg")
        .attr("id", id)
        .attr("class", "chart-svg")
        .attr("xmlns", SVG_NS)
        .num("width", width)
        .num("height", height)
        .attr("viewBox", format!("0 0 {} {}", px(width), px(height)))
        .attr("role", role)
        .attr("aria-label", label)
}

/// A group that assistive technology skips: legends, axes and other decoration whose
/// content the marks' names and the table already give.
pub fn decoration(nodes: impl IntoIterator<Item = SvgNode>) -> SvgNode {
    SvgNode::new("g")
        .attr("aria-hidden", "true")
        .children(nodes)
}
