//! The site footer: the source publication's citation and the dataset's version.

use std::sync::Arc;

use leptos::prelude::*;

use crate::dataset::Dataset;

#[component]
pub fn Footer(data: Signal<Option<Arc<Dataset>>>) -> impl IntoView {
    let citation = move || {
        data.get().map(|data| {
            let p = &data.meta.publication;
            let version = format!(
                "Dataset version {}; fact sheet as of {}.",
                data.meta.version, data.meta.fact_sheet_as_of
            );
            view! {
                <p class="citation">
                    "Source: " {p.publisher.clone()} " (" {p.year.to_string()} "). "
                    <cite lang="en">{p.title.clone()}</cite> ". ISBN " {p.isbn.clone()} ". "
                </p>
                <p>{version} " " <a href="#/about">"Sources and data notes"</a></p>
            }
        })
    };
    view! {
        <footer class="site-footer">
            <div class="wrap">
                {citation}
                <p>
                    "ISCM Explorer presents facts from IOM's 2019 assessment "
                    <cite>"Advancing a Common Understanding of Migration Governance Across Regions"</cite>
                    " and related IOM documents. Every fact names its source."
                </p>
            </div>
        </footer>
    }
}
