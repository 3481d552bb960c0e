//! The data notes of one lazily loaded dataset file, loading it if need be.

use std::sync::Arc;

use leptos::prelude::*;
use serde::de::DeserializeOwned;

use crate::components::data_note::DataNoteView;
use crate::dataset::source::DataNote;
use crate::dataset::Dataset;
use crate::lazy_file::LazyFile;

#[component]
pub fn FileNotes<T: DeserializeOwned + Send + Sync + 'static>(
    data: Arc<Dataset>,
    file: LazyFile<T>,
    notes_of: fn(&T) -> &[DataNote],
) -> impl IntoView {
    let core = Arc::clone(&data);
    file.render(data, "Loading these notes…", move |loaded| {
        let notes = notes_of(&loaded);
        let count = notes.len();
        let list = notes
            .iter()
            .map(|note| view! { <DataNoteView data=Arc::clone(&core) note=note.clone() /> })
            .collect_view();
        view! { <p>{format!("{count} notes.")}</p> {list} }.into_any()
    })
}
