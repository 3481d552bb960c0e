//! The views a visitor reaches from the explorer, each compiled into a wasm chunk of its own
//! that the browser fetches when the view is first shown (issue #9: the first load carries
//! the explorer only).
//!
//! Each function below is a split point: `scripts/build-wasm.mjs` cuts its code (and the
//! code only it uses) out of the main module. Calling one returns a future that first loads
//! its chunk; `load_*` loads the chunk alone. Functions with the same chunk name share one
//! chunk: the views that belong together (a chart and all charts, the agenda and a
//! session) arrive together. [`DeferredView`](crate::components::deferred_view::DeferredView)
//! shows a view once its chunk is there.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};

use crate::charts::ChartId;
use crate::dataset::Dataset;
use crate::pages::{
    about::AboutPage,
    charts::{ChartPage, ChartsPage},
    compare::ComparePage,
    glossary::GlossaryPage,
    grcp8::{Grcp8Page, Grcp8SessionPage},
    iscm::IscmPage,
    search::SearchPage,
    topics::{TopicPage, TopicsPage},
};
use crate::route::Topic;

/// What a split function gives: its view, or the failure to fetch its chunk.
pub type Loaded = Result<AnyView, SplitLoaderError>;

#[wasm_split(iscm, wasm_split_path = ::leptos::wasm_split, fallible, preload(load_iscm))]
pub fn iscm(data: Arc<Dataset>, id: String) -> Loaded {
    Ok(view! { <IscmPage data=data id=id /> }.into_any())
}

#[wasm_split(compare, wasm_split_path = ::leptos::wasm_split, fallible, preload(load_compare))]
pub fn compare(data: Arc<Dataset>) -> Loaded {
    Ok(view! { <ComparePage data=data /> }.into_any())
}

#[wasm_split(charts, wasm_split_path = ::leptos::wasm_split, fallible, preload(load_charts))]
pub fn charts(data: Arc<Dataset>) -> Loaded {
    Ok(view! { <ChartsPage data=data /> }.into_any())
}

#[wasm_split(charts, wasm_split_path = ::leptos::wasm_split, fallible, preload(load_chart))]
pub fn chart(data: Arc<Dataset>, chart: ChartId) -> Loaded {
    Ok(view! { <ChartPage data=data chart=chart /> }.into_any())
}

#[wasm_split(grcp8, wasm_split_path = ::leptos::wasm_split, fallible, preload(load_grcp8))]
pub fn grcp8(data: Arc<Dataset>) -> Loaded {
    Ok(view! { <Grcp8Page data=data /> }.into_any())
}

#[wasm_split(grcp8, wasm_split_path = ::leptos::wasm_split, fallible, preload(load_grcp8_session))]
pub fn grcp8_session(data: Arc<Dataset>, id: String) -> Loaded {
    Ok(view! { <Grcp8SessionPage data=data id=id /> }.into_any())
}

#[wasm_split(topics, wasm_split_path = ::leptos::wasm_split, fallible, preload(load_topics))]
pub fn topics(data: Arc<Dataset>) -> Loaded {
    Ok(view! { <TopicsPage data=data /> }.into_any())
}

#[wasm_split(topics, wasm_split_path = ::leptos::wasm_split, fallible, preload(load_topic))]
pub fn topic(data: Arc<Dataset>, topic: Topic) -> Loaded {
    Ok(view! { <TopicPage data=data topic=topic /> }.into_any())
}

#[wasm_split(glossary, wasm_split_path = ::leptos::wasm_split, fallible, preload(load_glossary))]
pub fn glossary(data: Arc<Dataset>) -> Loaded {
    Ok(view! { <GlossaryPage data=data /> }.into_any())
}

#[wasm_split(search, wasm_split_path = ::leptos::wasm_split, fallible, preload(load_search))]
pub fn search(data: Arc<Dataset>) -> Loaded {
    Ok(view! { <SearchPage data=data /> }.into_any())
}

#[wasm_split(about, wasm_split_path = ::leptos::wasm_split, fallible, preload(load_about))]
pub fn about(data: Arc<Dataset>) -> Loaded {
    Ok(view! { <AboutPage data=data /> }.into_any())
}
