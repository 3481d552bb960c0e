//! Text with the current search terms marked, matched case- and accent-insensitively.

use leptos::prelude::*;

use crate::explore::search::highlight;

#[component]
pub fn Highlighted(text: String, needle: Signal<String>) -> impl IntoView {
    move || {
        highlight(&text, &needle.get())
            .into_iter()
            .map(|(segment, hit)| {
                if hit {
                    view! { <mark>{segment}</mark> }.into_any()
                } else {
                    segment.into_any()
                }
            })
            .collect_view()
    }
}
