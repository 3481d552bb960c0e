//! Text with the current search terms marked, matched case- and accent-insensitively; with
//! no search, its acronyms can be expanded instead (`<abbr>`).

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::abbr::WithAbbr;
use crate::dataset::Dataset;
use crate::explore::search::highlight;

#[component]
pub fn Highlighted(
    text: String,
    needle: Signal<String>,
    /// The core dataset, to expand acronyms while nothing is searched.
    #[prop(optional)]
    data: Option<Arc<Dataset>>,
) -> impl IntoView {
    move || {
        let needle = needle.get();
        if needle.trim().is_empty() {
            if let Some(data) = &data {
                return view! { <WithAbbr text=text.clone() data=Arc::clone(data) /> }.into_any();
            }
        }
        highlight(&text, &needle)
            .into_iter()
            .map(|(segment, hit)| {
                if hit {
                    view! { <mark>{segment}</mark> }.into_any()
                } else {
                    segment.into_any()
                }
            })
            .collect_view()
            .into_any()
    }
}
