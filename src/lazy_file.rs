//! A dataset file that is fetched only when a view first needs it, then kept for the visit.
//! The core file is loaded by the shell; the others (statements, agenda, context) load lazily
//! so the first view pays only for what it shows.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use serde_json::Value;

use crate::api;
use crate::components::status::InlineError;
use crate::dataset::decode::Decode;
use crate::dataset::validate::Problem;
use crate::dataset::Dataset;
use crate::load_error::LoadError;

/// Where a lazily loaded file is in its life cycle.
pub enum FileState<T> {
    Idle,
    Loading,
    Ready(Arc<T>),
    Failed(LoadError),
}

impl<T> Clone for FileState<T> {
    fn clone(&self) -> Self {
        match self {
            FileState::Idle => FileState::Idle,
            FileState::Loading => FileState::Loading,
            FileState::Ready(data) => FileState::Ready(Arc::clone(data)),
            FileState::Failed(error) => FileState::Failed(error.clone()),
        }
    }
}

/// Checks a secondary file (typed, and as a JSON tree) against the core file.
pub type Validator<T> = fn(&T, &Value, &Dataset) -> Vec<Problem>;

/// One lazily loaded file, shared by every view through the context.
pub struct LazyFile<T: Send + Sync + 'static> {
    url: &'static str,
    validate: Validator<T>,
    state: RwSignal<FileState<T>>,
}

impl<T: Send + Sync + 'static> Clone for LazyFile<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Send + Sync + 'static> Copy for LazyFile<T> {}

impl<T: Decode + Send + Sync + 'static> LazyFile<T> {
    pub fn new(url: &'static str, validate: Validator<T>) -> Self {
        LazyFile {
            url,
            validate,
            state: RwSignal::new(FileState::Idle),
        }
    }

    /// Starts loading unless the file is loaded or loading already.
    pub fn ensure(self, core: Arc<Dataset>) {
        if matches!(self.state.get_untracked(), FileState::Idle) {
            self.load(core);
        }
    }

    /// (Re)loads the file, e.g. after a failure.
    pub fn load(self, core: Arc<Dataset>) {
        self.state.set(FileState::Loading);
        spawn_local(async move {
            let check = |data: &T, tree: &Value| (self.validate)(data, tree, &core);
            let result = api::load_file::<T>(self.url, check).await;
            self.state.set(match result {
                Ok(data) => FileState::Ready(Arc::new(data)),
                Err(error) => FileState::Failed(error),
            });
        });
    }

    /// The current state (tracked, so views update when it changes).
    pub fn state(self) -> FileState<T> {
        self.state.get()
    }
}

impl<T: Decode + Send + Sync + 'static> LazyFile<T> {
    /// Loads the file if need be, and renders it as it arrives: a loading line (`loading`),
    /// an inline error with Retry that leaves the rest of the page usable, or `render(file)`.
    pub fn render(
        self,
        data: Arc<Dataset>,
        loading: &'static str,
        render: impl Fn(Arc<T>) -> AnyView + 'static,
    ) -> impl Fn() -> AnyView {
        self.ensure(Arc::clone(&data));
        move || match self.state() {
            FileState::Idle | FileState::Loading => {
                view! { <p role="status" class="loading-line">{loading}</p> }.into_any()
            }
            FileState::Failed(error) => {
                let data = Arc::clone(&data);
                view! { <InlineError error=error on_retry=move || self.load(Arc::clone(&data)) /> }
                    .into_any()
            }
            FileState::Ready(file) => render(file),
        }
    }
}
