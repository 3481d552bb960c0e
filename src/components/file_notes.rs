//! The data notes of one lazily loaded dataset file, loading it if need be.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::data_note::DataNoteView;
use crate::dataset::decode::Decode;
use crate::dataset::source::DataNote;
use crate::dataset::Dataset;
use crate::i18n::pages::PagesText;
use crate::lazy_file::LazyFile;

#[component]
pub fn FileNotes<T: Decode + Send + Sync + 'static>(
    data: Arc<Dataset>,
    file: LazyFile<T>,
    notes_of: fn(&T) -> &[DataNote],
) -> impl IntoView {
    let core = Arc::clone(&data);
    let t = PagesText::now();
    file.render(data, t.loading_notes, move |loaded| {
        let notes = notes_of(&loaded);
        let count = notes.len();
        let list = notes
            .iter()
            .map(|note| view! { <DataNoteView data=Arc::clone(&core) note=note.clone() /> })
            .collect_view();
        let count = crate::i18n::count(crate::i18n::current(), count, t.notes_one, t.notes_other);
        view! { <p>{count}</p> {list} }.into_any()
    })
}
