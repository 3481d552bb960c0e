//! Keeping a facet's options (checked, count, "empty") in step with their states, with one
//! effect per facet that writes only what changed.
//!
//! A filter change moves the counts of most facets, so giving every option its own effects
//! (or memos) ran some 200 of them per change on the real data, each with its bookkeeping
//! and most writing nothing new; one comparison per facet does the same work for a fraction.

use leptos::html;
use leptos::prelude::*;

use crate::explore::filter::OptionState;

/// The elements of one option that show its state: the label (class `empty` when choosing
/// it would show nothing), the checkbox or radio, and the count (its first text node).
#[derive(Clone, Copy, Default)]
pub struct OptionNodes {
    pub label: NodeRef<html::Label>,
    pub input: NodeRef<html::Input>,
    pub count: NodeRef<html::Span>,
}

impl OptionNodes {
    /// The elements, once they are built (the count's text node rather than its span).
    fn resolve(&self) -> Option<ShownNodes> {
        Some(ShownNodes {
            label: self.label.get_untracked()?.into(),
            input: self.input.get_untracked()?,
            count: self.count.get_untracked()?.first_child()?,
        })
    }
}

/// The elements of one option, looked up once: a filter change then calls into the page
/// only to write what changed.
struct ShownNodes {
    label: web_sys::Element,
    input: web_sys::HtmlInputElement,
    count: web_sys::Node,
}

impl ShownNodes {
    /// Writes into the elements what differs between the state they show and `now`.
    fn update(&self, shown: OptionState, now: OptionState) {
        if shown.selected != now.selected {
            self.input.set_checked(now.selected);
        }
        if shown.count != now.count {
            self.count.set_node_value(Some(&now.count.to_string()));
        }
        if is_empty(shown) != is_empty(now) {
            let _ = self
                .label
                .class_list()
                .toggle_with_force("empty", is_empty(now));
        }
    }
}

/// Whether the option is shown as giving nothing (an unchosen option with count 0).
pub fn is_empty(state: OptionState) -> bool {
    !state.selected && state.count == 0
}

/// Keeps `nodes` (one per option, in order) showing `states`; `shown` is what the options
/// were drawn with.
pub fn follow_states(
    states: Memo<Vec<OptionState>>,
    shown: Vec<OptionState>,
    nodes: Vec<OptionNodes>,
) {
    let mut found: Vec<Option<ShownNodes>> = Vec::new();
    Effect::new(move |last: Option<Vec<OptionState>>| {
        let last = last.unwrap_or_else(|| shown.clone());
        if found.is_empty() {
            found = nodes.iter().map(OptionNodes::resolve).collect();
        }
        states.with(|now| {
            for ((node, before), now) in found.iter().zip(&last).zip(now) {
                if let Some(node) = node {
                    node.update(*before, *now);
                }
            }
            now.clone()
        })
    });
}
