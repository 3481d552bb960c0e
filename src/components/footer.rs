//! The site footer: the source publication's citation and the dataset's version.

use std::sync::Arc;

use leptos::prelude::*;

use crate::dataset::Dataset;
use crate::i18n::fill;
use crate::i18n::shell::ShellText;

#[component]
pub fn Footer(data: Signal<Option<Arc<Dataset>>>) -> impl IntoView {
    let t = ShellText::now();
    let citation = move || {
        data.get().map(|data| {
            let p = &data.meta.publication;
            let lang = crate::i18n::current();
            let as_of = crate::i18n::month_year(lang, &data.meta.fact_sheet_as_of)
                .unwrap_or_else(|| data.meta.fact_sheet_as_of.clone());
            let version = fill(
                t.footer_version,
                &[("version", &data.meta.version), ("as_of", &as_of)],
            );
            view! {
                <p class="citation">
                    {t.footer_source} " " <span lang="en">{p.publisher.clone()}</span>
                    " (" {p.year.to_string()} "). "
                    <cite lang="en">{p.title.clone()}</cite> ". ISBN " {p.isbn.clone()} ". "
                </p>
                <p>{version} " " <a href="#/about">{t.footer_notes_link}</a></p>
            }
        })
    };
    view! {
        <footer class="site-footer">
            <div class="wrap">
                {citation}
                <p>
                    {t.footer_about_before}
                    <cite lang="en">"Advancing a Common Understanding of Migration Governance Across Regions"</cite>
                    {t.footer_about_after}
                </p>
            </div>
        </footer>
    }
}
