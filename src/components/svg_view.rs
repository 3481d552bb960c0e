//! Shows a chart's SVG tree (`charts::svg`) in the page and makes its marks work: one set of
//! listeners on the container handles every mark (choose with a click, Enter or Space; move
//! through the matrix with the arrow keys; highlight the matrix's row and column).

use leptos::ev;
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::charts::draw_matrix::{cell_at, cell_id, next_cell};
use crate::charts::svg::{SvgChild, SvgNode, SVG_NS};
use crate::charts::ChartState;
use crate::nav::Nav;

/// Builds DOM elements for a tree. Text goes in as text nodes, never parsed.
fn build(document: &web_sys::Document, node: &SvgNode) -> Option<Element> {
    let element = document.create_element_ns(Some(SVG_NS), node.tag).ok()?;
    for (name, value) in &node.attrs {
        let _ = element.set_attribute(name, value);
    }
    for child in &node.children {
        match child {
            SvgChild::Node(node) => {
                if let Some(child) = build(document, node) {
                    let _ = element.append_child(&child);
                }
            }
            SvgChild::Text(text) => {
                let _ = element.append_child(&document.create_text_node(text));
            }
        }
    }
    Some(element)
}

/// Focuses an HTML or SVG element (web-sys has `focus` only on `HtmlElement`).
fn focus(element: &Element) {
    if let Ok(function) = js_sys::Reflect::get(element, &"focus".into()) {
        if let Ok(function) = function.dyn_into::<js_sys::Function>() {
            let _ = function.call0(element);
        }
    }
}

/// Focuses the element with this id once the chart has been redrawn (choosing a mark
/// changes the URL and redraws the chart; a keyboard user stays where they were).
fn refocus(id: String) {
    request_animation_frame(move || {
        if let Some(element) = document().get_element_by_id(&id) {
            focus(&element);
        }
    });
}

fn event_element(event: &web_sys::Event) -> Option<Element> {
    event.target()?.dyn_into::<Element>().ok()
}

/// The mark an event happened in, and its index.
fn mark_of(event: &web_sys::Event) -> Option<(Element, usize)> {
    let mark = event_element(event)?.closest("[data-mark]").ok()??;
    let index = mark.get_attribute("data-mark")?.parse().ok()?;
    Some((mark, index))
}

/// The id of the `<svg>` an element is in.
fn svg_of(element: &Element) -> Option<String> {
    Some(element.closest("svg").ok()??.id())
}

#[component]
pub fn SvgView(state: Memo<ChartState>) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let host = NodeRef::<Div>::new();
    Effect::new(move |_| {
        let Some(host) = host.get() else { return };
        state.with(|state| {
            if let Some(svg) = build(&document(), &state.drawing.svg) {
                host.replace_children_with_node_1(&svg);
            }
        });
    });
    let choose = move |event: &web_sys::Event| {
        let Some((mark, index)) = mark_of(event) else {
            return false;
        };
        let Some(next) = state.with_untracked(|s| s.drawing.actions.get(index).cloned()) else {
            return false;
        };
        nav.set_query(next, false);
        refocus(mark.id());
        true
    };
    let on_click = move |event: ev::MouseEvent| {
        choose(&event);
    };
    let on_key = move |event: ev::KeyboardEvent| {
        let key = event.key();
        if key == "Enter" || key == " " {
            if choose(&event) {
                event.prevent_default();
            }
            return;
        }
        // Arrow keys inside the matrix.
        let Some(target) = event_element(&event) else {
            return;
        };
        let Some(svg_id) = svg_of(&target) else {
            return;
        };
        let Some(at) = cell_at(&svg_id, &target.id()) else {
            return;
        };
        let Some(svg) = document().get_element_by_id(&svg_id) else {
            return;
        };
        let count = |attr: &str| {
            svg.get_attribute(attr)
                .and_then(|v| v.parse::<usize>().ok())
                .map_or(0, |n| n.saturating_sub(1))
        };
        if let Some((r, c)) = next_cell(&key, at, count("aria-rowcount"), count("aria-colcount")) {
            event.prevent_default();
            if let Some(cell) = document().get_element_by_id(&cell_id(&svg_id, r, c)) {
                focus(&cell);
            }
        }
    };
    // The matrix's bands follow the cell under the pointer or the focus.
    let highlight = move |event: &web_sys::Event| {
        let Some(target) = event_element(event) else {
            return;
        };
        let Some(band) = target.get_attribute("data-band") else {
            return;
        };
        let Some(svg_id) = svg_of(&target) else {
            return;
        };
        let parts: Vec<&str> = band.split(',').collect();
        let [top, height, x] = parts.as_slice() else {
            return;
        };
        if let Some(row) = document().get_element_by_id(&format!("{svg_id}-row-band")) {
            let _ = row.set_attribute("y", top);
            let _ = row.set_attribute("height", height);
        }
        if let Some(column) = document().get_element_by_id(&format!("{svg_id}-column-band")) {
            let _ = column.set_attribute("x", x);
            let _ = column.remove_attribute("visibility");
        }
    };
    let on_over = move |event: ev::MouseEvent| highlight(&event);
    let on_focus = move |event: ev::FocusEvent| highlight(&event);
    view! {
        <div class="svg-host" node_ref=host on:click=on_click on:keydown=on_key
            on:mouseover=on_over on:focusin=on_focus></div>
    }
}
