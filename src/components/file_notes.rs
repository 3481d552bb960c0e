//! The data notes of one lazily loaded dataset file, loading it if need be.

use std::sync::Arc;

use leptos::prelude::*;
use serde::de::DeserializeOwned;

use crate::components::data_note::DataNoteView;
use crate::components::status::InlineError;
use crate::dataset::source::DataNote;
use crate::dataset::Dataset;
use crate::lazy_file::{FileState, LazyFile};

#[component]
pub fn FileNotes<T: DeserializeOwned + Send + Sync + 'static>(
    data: Arc<Dataset>,
    file: LazyFile<T>,
    notes_of: fn(&T) -> &[DataNote],
) -> impl IntoView {
    file.ensure(Arc::clone(&data));
    move || match file.state() {
        FileState::Idle | FileState::Loading => {
            view! { <p role="status">"Loading these notes…"</p> }.into_any()
        }
        FileState::Failed(error) => {
            let data = Arc::clone(&data);
            view! { <InlineError error=error on_retry=move || file.load(Arc::clone(&data)) /> }
                .into_any()
        }
        FileState::Ready(loaded) => {
            let notes = notes_of(&loaded);
            let count = notes.len();
            let list = notes
                .iter()
                .map(|note| view! { <DataNoteView data=Arc::clone(&data) note=note.clone() /> })
                .collect_view();
            view! { <p>{format!("{count} notes.")}</p> {list} }.into_any()
        }
    }
}
