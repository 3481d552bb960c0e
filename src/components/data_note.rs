//! One data note: what the sources leave unclear, and what the dataset does about it.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::source_line::SourceLine;
use crate::dataset::source::{DataNote, NoteKind};
use crate::dataset::Dataset;
use crate::i18n::pages::PagesText;

/// The note's kind in words.
fn kind_label(t: &PagesText, kind: NoteKind) -> &'static str {
    match kind {
        NoteKind::Inconsistency => t.note_inconsistency,
        NoteKind::ExtractionDefect => t.note_extraction,
        NoteKind::Interpretation => t.note_interpretation,
    }
}

#[component]
pub fn DataNoteView(data: Arc<Dataset>, note: DataNote) -> impl IntoView {
    let t = PagesText::now();
    let sources = note
        .sources
        .iter()
        .map(|source| view! { <SourceLine data=Arc::clone(&data) source=source.clone() /> })
        .collect_view();
    // No accessible name: a named <section> is a landmark, and a page with many notes would
    // list many landmarks of the same three names; the kind is the note's first line.
    view! {
        <section class="note">
            <p class="note-kind">{kind_label(t, note.kind)}</p>
            <p lang="en">{note.issue.clone()}</p>
            <p><strong>{t.note_resolution}</strong> <span lang="en">{note.resolution.clone()}</span></p>
            {sources}
        </section>
    }
}
