//! The overview: how many ISCMs of each type, and a card for each.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::set_title;
use crate::components::iscm_card::IscmCard;
use crate::dataset::Dataset;

#[component]
pub fn HomePage(data: Arc<Dataset>) -> impl IntoView {
    set_title("All ISCMs");
    let counts = data
        .types
        .iter()
        .map(|kind| {
            let count = data
                .iscms
                .iter()
                .filter(|iscm| iscm.kind == kind.id)
                .count();
            view! {
                <li>
                    <strong>{count}</strong>
                    {kind.plural.clone()}
                </li>
            }
        })
        .collect_view();
    let cards = data
        .iscms
        .iter()
        .map(|iscm| view! { <IscmCard data=Arc::clone(&data) iscm=iscm.clone() /> })
        .collect_view();
    view! {
        <h1>"Inter-State consultation mechanisms on migration"</h1>
        <p class="lede">
            {format!(
                "The {} ISCMs of IOM's fact sheet (Annex 2 of the 2019 assessment), as of {}, in the fact sheet's order.",
                data.iscms.len(),
                data.meta.fact_sheet_as_of,
            )}
        </p>
        <ul class="summary" aria-label="ISCMs by type">{counts}</ul>
        <ul class="cards">{cards}</ul>
    }
}
