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

/// The palette and type of the charts, for a downloaded SVG (which leaves the page's
/// stylesheet behind). Light colours, as on the page's light theme: a file is most often
/// printed or pasted into documents.
pub const EXPORT_STYLE: &str = "text{font:14px system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;fill:#1b1b1b}.axis-label,.tick text,text.tick,.matrix-count{font-size:12px;fill:#505050}.matrix-label{font-size:12px}.grid{stroke:#d0d0d0}.axis{stroke:#505050}.ghost{fill:#e4e4e4}.bar,.series-rcp{fill:#0072b2}.series-irf{fill:#c27400}.series-global{fill:#009e73}.total-line{fill:none;stroke:#1b1b1b;stroke-dasharray:4 3}.total-swatch{fill:none;stroke:#1b1b1b;stroke-dasharray:4 3}.cell-ticked{fill:#0072b2}.cell-empty{fill:#eef1f3}.cell-unclear{fill:#fff;stroke:#d55e00}.unclear-mark{fill:#d55e00;font-weight:700}.milestone{fill:#505050}.change{fill:#d55e00}.highlight{display:none}.focus-ring{display:none}.point .hit{fill:none}.point .dot{fill:#fff;stroke:#1b1b1b;stroke-width:2}.point .dot.chosen{fill:#1b1b1b}";

impl SvgNode {
    /// The tree as the text of a standalone SVG file, with the chart styles inlined. Names
    /// are this crate's constants; every value and text is escaped, so nothing in the data
    /// can become markup in the file.
    pub fn to_file(&self) -> String {
        let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        let styled = self.clone_with_first_child(SvgNode::new("style").text(EXPORT_STYLE));
        styled.write_markup(&mut out);
        out
    }

    fn clone_with_first_child(&self, first: SvgNode) -> SvgNode {
        let mut node = self.clone();
        node.children.insert(0, SvgChild::Node(first));
        node
    }

    fn write_markup(&self, out: &mut String) {
        out.push('<');
        out.push_str(self.tag);
        for (name, value) in &self.attrs {
            out.push(' ');
            out.push_str(name);
            out.push_str("=\"");
            out.push_str(&escape(value));
            out.push('"');
        }
        out.push('>');
        for child in &self.children {
            match child {
                SvgChild::Node(node) => node.write_markup(out),
                SvgChild::Text(text) => out.push_str(&escape(text)),
            }
        }
        out.push_str("</");
        out.push_str(self.tag);
        out.push('>');
    }

    /// Width and height in whole pixels, from the root's attributes (rounded down).
    pub fn size(&self) -> (u32, u32) {
        let whole = |name: &str| {
            self.get(name)
                .and_then(|v| v.split('.').next())
                .and_then(|v| v.parse().ok())
                .unwrap_or(0)
        };
        (whole("width"), whole("height"))
    }
}

/// Text safe inside an XML attribute value or element.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            _ => out.push(ch),
        }
    }
    out
}
