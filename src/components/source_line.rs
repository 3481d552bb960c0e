//! "Source: …" for one fact, naming the document and its section.

use leptos::prelude::*;

use crate::dataset::source::SourceRef;
use crate::dataset::Dataset;
use crate::i18n::pages::PagesText;

/// The document's title for a source reference, falling back to its id.
fn document_title<'a>(data: &'a Dataset, source: &'a SourceRef) -> &'a str {
    data.meta
        .documents
        .iter()
        .find(|document| document.id == source.doc)
        .map(|document| document.title.as_str())
        .unwrap_or(source.doc.as_str())
}

#[component]
pub fn SourceLine(data: std::sync::Arc<Dataset>, source: SourceRef) -> impl IntoView {
    let title = document_title(&data, &source).to_string();
    view! {
        <p class="source">
            {PagesText::now().source_prefix} <span lang="en">{title} ", " {source.section.clone()}</span>
        </p>
    }
}
