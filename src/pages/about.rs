//! About the data: the publication, the source documents, the dataset's version and every
//! data note.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::{set_description, set_title};
use crate::components::data_note::DataNoteView;
use crate::components::file_notes::FileNotes;
use crate::dataset::context::Context;
use crate::dataset::grcp8::Grcp8;
use crate::dataset::statements::StatementsFile;
use crate::dataset::Dataset;
use crate::secondary::SecondaryFiles;

#[component]
pub fn AboutPage(data: Arc<Dataset>) -> impl IntoView {
    set_title("About the data");
    set_description("Where ISCM Explorer's facts come from: IOM's 2019 assessment and related documents, the dataset's version, and every inconsistency found in the sources.");
    let meta = &data.meta;
    let p = &meta.publication;
    let documents = meta
        .documents
        .iter()
        .map(|document| {
            view! {
                <li><span lang="en">{document.title.clone()}</span> " (" <code>{document.file.clone()}</code> ")"</li>
            }
        })
        .collect_view();
    let files = expect_context::<SecondaryFiles>();
    let notes = data
        .all_notes()
        .map(|note| view! { <DataNoteView data=Arc::clone(&data) note=note.clone() /> })
        .collect_view();
    let note_count = data.all_notes().count();
    view! {
        <h1>"About the data"</h1>
        <p class="lede">
            "Every fact in ISCM Explorer comes from the documents below, and names the document and section it comes from."
        </p>
        <h2>"The publication"</h2>
        <dl class="facts">
            <dt>"Title"</dt><dd lang="en"><cite>{p.title.clone()}</cite></dd>
            <dt>"Publisher"</dt><dd lang="en">{p.publisher.clone()}</dd>
            <dt>"Year"</dt><dd>{p.year}</dd>
            <dt>"ISBN"</dt><dd>{p.isbn.clone()}</dd>
            <dt>"Pages"</dt><dd>{p.pages}</dd>
            <dt>"Reference number"</dt><dd>{p.reference_number.clone()}</dd>
            <dt>"Uploaded"</dt><dd lang="en">{p.uploaded.clone()}</dd>
        </dl>
        <h2>"Source documents"</h2>
        <ul>{documents}</ul>
        <h2>"This dataset"</h2>
        <p>{format!("Version {}. The fact sheet (Annex 2) is as of {}.", meta.version, meta.fact_sheet_as_of)}</p>
        <h2>"Data notes"</h2>
        <p>"Where the sources contradict themselves or a table was damaged in extraction, the note says so and what the dataset records. The notes are kept with the part of the dataset they concern."</p>
        <h3>"The fact sheet, themes and participation"</h3>
        <p>{format!("{note_count} notes.")}</p>
        {notes}
        <h3>"What the sources say about each ISCM"</h3>
        <FileNotes data=Arc::clone(&data) file=files.statements notes_of=|f: &StatementsFile| &f.data_notes />
        <h3>"The GRCP 8 meeting and agenda"</h3>
        <FileNotes data=Arc::clone(&data) file=files.grcp8 notes_of=|f: &Grcp8| &f.data_notes />
        <h3>"Context: the assessment, governance, timeline and glossary"</h3>
        <FileNotes data=Arc::clone(&data) file=files.context notes_of=|f: &Context| &f.data_notes />
    }
}
