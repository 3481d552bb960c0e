//! "What the sources say": the statements about one ISCM, grouped by topic, each with its
//! source, loaded from `statements.json` when the page first needs them.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::abbr::WithAbbr;
use crate::components::data_note::DataNoteView;
use crate::components::source_line::SourceLine;
use crate::dataset::per_iscm::statements_by_topic;
use crate::dataset::statements::StatementsFile;
use crate::dataset::Dataset;
use crate::i18n::pages::PagesText;
use crate::secondary::SecondaryFiles;

fn render(data: &Arc<Dataset>, file: &StatementsFile, iscm_id: &str) -> AnyView {
    let lang = crate::i18n::current();
    let t = PagesText::of(lang);
    let groups = statements_by_topic(file, iscm_id);
    if groups.is_empty() {
        return view! { <p>{t.no_statements}</p> }.into_any();
    }
    let groups = groups
        .into_iter()
        .map(|(topic, statements)| {
            let items = statements
                .into_iter()
                .map(|statement| {
                    let level = statement.level.map(|level| level.lead_in(lang));
                    view! {
                        <li>
                            <p>
                                {level.map(|level| view! { <strong>{level}</strong> })}
                                <span lang="en"><WithAbbr text=statement.text.clone() data=Arc::clone(data) /></span>
                            </p>
                            <SourceLine data=Arc::clone(data) source=statement.source.clone() />
                        </li>
                    }
                })
                .collect_view();
            view! {
                <h3>{topic.label_in(lang)}</h3>
                <ul class="statements">{items}</ul>
            }
        })
        .collect_view();
    let notes: Vec<_> = file
        .data_notes
        .iter()
        .filter(|note| note.iscm_ids.iter().any(|id| id == iscm_id))
        .map(|note| view! { <DataNoteView data=Arc::clone(data) note=note.clone() /> })
        .collect();
    let notes = (!notes.is_empty()).then(|| {
        view! {
            <h3>{t.statement_notes}</h3>
            {notes}
        }
    });
    view! { {groups} {notes} }.into_any()
}

#[component]
pub fn IscmStatements(data: Arc<Dataset>, iscm_id: String) -> impl IntoView {
    let files = expect_context::<SecondaryFiles>();
    let core = Arc::clone(&data);
    files
        .statements
        .render(data, PagesText::now().loading_statements, move |file| {
            render(&core, &file, &iscm_id)
        })
}
