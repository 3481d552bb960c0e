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
use crate::i18n::format::{date, month_name};
use crate::i18n::pages::PagesText;
use crate::i18n::{count, fill, month_year, Lang};
use crate::secondary::SecondaryFiles;

/// An English "28 May 2020" of the data in the interface language (as it is if it is not one).
fn day_month_year(lang: Lang, english: &str) -> String {
    let mut words = english.split_whitespace();
    let parsed = (|| {
        let day = words.next()?.parse().ok()?;
        let month = words.next()?;
        let year = words.next()?.parse().ok()?;
        let month = (1..=12).find(|&m| month_name(Lang::En, m) == Some(month))?;
        date(lang, year, month, day)
    })();
    parsed.unwrap_or_else(|| english.to_string())
}

#[component]
pub fn AboutPage(data: Arc<Dataset>) -> impl IntoView {
    let lang = crate::i18n::current();
    let t = PagesText::of(lang);
    set_title(t.about_title);
    set_description(t.about_description);
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
    let note_count = count(lang, data.all_notes().count(), t.notes_one, t.notes_other);
    let as_of =
        month_year(lang, &meta.fact_sheet_as_of).unwrap_or_else(|| meta.fact_sheet_as_of.clone());
    view! {
        <h1>{t.about_title}</h1>
        <p class="lede">{t.about_lede}</p>
        <h2>{t.publication}</h2>
        <dl class="facts">
            <dt>{t.pub_title}</dt><dd lang="en"><cite>{p.title.clone()}</cite></dd>
            <dt>{t.pub_publisher}</dt><dd lang="en">{p.publisher.clone()}</dd>
            <dt>{t.pub_year}</dt><dd>{p.year}</dd>
            <dt>{t.pub_isbn}</dt><dd>{p.isbn.clone()}</dd>
            <dt>{t.pub_pages}</dt><dd>{p.pages}</dd>
            <dt>{t.pub_reference}</dt><dd>{p.reference_number.clone()}</dd>
            <dt>{t.pub_uploaded}</dt><dd>{day_month_year(lang, &p.uploaded)}</dd>
        </dl>
        <h2>{t.source_documents}</h2>
        <ul>{documents}</ul>
        <h2>{t.this_dataset}</h2>
        <p>{fill(t.dataset_version, &[("version", &meta.version), ("as_of", &as_of)])}</p>
        <h2>{t.data_notes}</h2>
        <p>{t.about_notes_intro}</p>
        <h3>{t.notes_fact_sheet}</h3>
        <p>{note_count}</p>
        {notes}
        <h3>{t.notes_statements}</h3>
        <FileNotes data=Arc::clone(&data) file=files.statements notes_of=|f: &StatementsFile| &f.data_notes />
        <h3>{t.notes_grcp8}</h3>
        <FileNotes data=Arc::clone(&data) file=files.grcp8 notes_of=|f: &Grcp8| &f.data_notes />
        <h3>{t.notes_context}</h3>
        <FileNotes data=Arc::clone(&data) file=files.context notes_of=|f: &Context| &f.data_notes />
    }
}
