//! The topic pages: background to the ISCMs drawn from `context.json` (loaded when a topic
//! page first needs it), every passage quoted with its source and the ISCMs it names linked.
//!
//! `#/topics` lists the pages; each topic has its own file. The pieces they share (a passage,
//! a list of ISCM links, other wordings, a table of figures, the data notes) are here.

mod agenda_2030;
mod assessment;
mod gcm;
mod governance;
mod timeline;

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::{set_description, set_title};
use crate::components::abbr::WithAbbr;
use crate::components::data_note::DataNoteView;
use crate::components::source_line::SourceLine;
use crate::dataset::context::{Context, Figure, Passage, Quote};
use crate::dataset::glossary::{group_in_order, topic_note_ids};
use crate::dataset::source::SourceRef;
use crate::dataset::Dataset;
use crate::i18n::topics::TopicsText;
use crate::route::{Route, Topic};
use crate::secondary::SecondaryFiles;

/// One line on what a topic page holds (the index, and the page's meta description), in the
/// interface's language.
pub fn topic_description(topic: Topic) -> &'static str {
    topic.description_in(crate::i18n::current())
}

/// What the glossary holds, for the index.
pub const GLOSSARY_DESCRIPTION: &str =
    "Every acronym and short name of the sources, what it stands for, and where it is spelt out.";

#[component]
pub fn TopicsPage(data: Arc<Dataset>) -> impl IntoView {
    let _ = data;
    let t = TopicsText::now();
    let lang = crate::i18n::current();
    set_title(t.topics);
    set_description(t.topics_description);
    let topics = Topic::ALL
        .into_iter()
        .map(|topic| {
            view! {
                <li>
                    <h2><a href=Route::Topic(topic).to_hash()>{topic.title_in(lang)}</a></h2>
                    <p>{topic_description(topic)}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <h1>{t.topics}</h1>
        <p class="lede">{t.topics_lede}</p>
        <ul class="topic-index" aria-label=t.topic_pages>
            {topics}
            <li>
                <h2><a href=Route::Glossary.to_hash()>{t.glossary}</a></h2>
                <p>{t.glossary_description}</p>
            </li>
        </ul>
    }
}

#[component]
pub fn TopicPage(data: Arc<Dataset>, topic: Topic) -> impl IntoView {
    let t = TopicsText::now();
    let title = topic.title_in(crate::i18n::current());
    set_title(title);
    set_description(topic_description(topic));
    let body = match topic {
        Topic::Governance => governance::body(data).into_any(),
        Topic::Gcm => gcm::body(data).into_any(),
        Topic::Agenda2030 => agenda_2030::body(data).into_any(),
        Topic::Assessment => assessment::body(data).into_any(),
        Topic::Timeline => timeline::body(data).into_any(),
    };
    view! {
        <nav class="breadcrumbs" aria-label=t.breadcrumb>
            <a href=Route::Topics.to_hash()>{t.topics}</a>
            " › "
            <span aria-current="page">{title}</span>
        </nav>
        <h1>{title}</h1>
        <p class="lede">{topic_description(topic)}</p>
        <div class="topic">{body}</div>
    }
}

/// Renders `render` once `context.json` is loaded (starting the load), with a loading line
/// meanwhile and an inline error with Retry if it fails.
pub(crate) fn with_context<F>(data: Arc<Dataset>, render: F) -> impl IntoView
where
    F: Fn(&Arc<Dataset>, &Arc<Context>) -> AnyView + Send + Sync + 'static,
{
    let files = expect_context::<SecondaryFiles>();
    let core = Arc::clone(&data);
    files
        .context
        .render(data, TopicsText::now().loading_passages, move |context| {
            render(&core, &context)
        })
}

/// A link to an ISCM's page, by its short name (the id as text if the dataset lacks it).
pub(crate) fn iscm_link(data: &Dataset, id: &str) -> AnyView {
    match data.iscm(id) {
        Some(iscm) => view! {
            <a href=Route::Iscm(iscm.id.clone()).to_hash() title=iscm.name.clone() lang="en">
                {iscm.short_name.clone()}
            </a>
        }
        .into_any(),
        None => view! { <span lang="en">{id.to_string()}</span> }.into_any(),
    }
}

/// "ISCMs named: A, B, C" with links, or nothing for no ISCM.
pub(crate) fn iscm_links(data: &Dataset, ids: &[String], label: &'static str) -> Option<AnyView> {
    if ids.is_empty() {
        return None;
    }
    let links = ids
        .iter()
        .map(|id| view! { <li>{iscm_link(data, id)}</li> })
        .collect_view();
    Some(
        view! {
            <div class="tp-iscm-links">
                <span class="tp-iscm-links-label">{label}</span>
                <ul aria-label=label>{links}</ul>
            </div>
        }
        .into_any(),
    )
}

/// Other wordings of a passage, each with its source, in a disclosure; nothing if none.
pub(crate) fn variants_view(
    data: &Arc<Dataset>,
    variants: &[Quote],
    summary: &'static str,
) -> Option<AnyView> {
    if variants.is_empty() {
        return None;
    }
    Some(
        view! {
            <details class="tp-variants">
                <summary>{format!("{summary} ({})", variants.len())}</summary>
                {quote_list(data, variants)}
            </details>
        }
        .into_any(),
    )
}

/// Quotes, each with its source.
pub(crate) fn quote_list(data: &Arc<Dataset>, quotes: &[Quote]) -> AnyView {
    let items = quotes
        .iter()
        .map(|quote| {
            view! {
                <li>
                    <p lang="en"><WithAbbr text=quote.text.clone() data=Arc::clone(data) /></p>
                    <SourceLine data=Arc::clone(data) source=quote.source.clone() />
                </li>
            }
        })
        .collect_view();
    view! { <ul class="tp-quotes">{items}</ul> }.into_any()
}

/// A source as words: "<document title>, <section>".
pub(crate) fn source_text(data: &Dataset, source: &SourceRef) -> String {
    let title = data
        .meta
        .documents
        .iter()
        .find(|document| document.id == source.doc)
        .map_or(source.doc.as_str(), |document| document.title.as_str());
    format!("{title}, {}", source.section)
}

/// "Also in: …" for the places a record is mentioned besides its main source.
pub(crate) fn also_in(data: &Dataset, sources: &[SourceRef]) -> Option<AnyView> {
    if sources.is_empty() {
        return None;
    }
    let places = sources
        .iter()
        .map(|source| source_text(data, source))
        .collect::<Vec<_>>()
        .join("; ");
    Some(
        view! { <p class="source">{TopicsText::now().also_in} <span lang="en">{places}</span></p> }
            .into_any(),
    )
}

/// One passage as a list item: its text, the sub-items it introduces, the ISCMs it names,
/// other wordings and its source.
pub(crate) fn passage_item(data: &Arc<Dataset>, passage: &Passage) -> AnyView {
    let t = TopicsText::now();
    let items = (!passage.items.is_empty()).then(|| {
        let items = passage
            .items
            .iter()
            .map(|item| view! { <li lang="en"><WithAbbr text=item.clone() data=Arc::clone(data) /></li> })
            .collect_view();
        view! { <ul class="tp-sub-items">{items}</ul> }
    });
    view! {
        <li class="tp-passage">
            <p lang="en"><WithAbbr text=passage.text.clone() data=Arc::clone(data) /></p>
            {items}
            {iscm_links(data, &passage.iscm_ids, t.iscms_named)}
            <SourceLine data=Arc::clone(data) source=passage.source.clone() />
            {variants_view(data, &passage.variants, t.other_wordings)}
        </li>
    }
    .into_any()
}

/// Passages as a list named `label`; `list` (a `data-list` attribute) lets tests count them.
pub(crate) fn passage_list<'a>(
    data: &Arc<Dataset>,
    passages: impl IntoIterator<Item = &'a Passage>,
    list: &'static str,
    label: String,
) -> AnyView {
    let items = passage_items(data, passages);
    view! { <ul class="tp-passages" data-list=list aria-label=label>{items}</ul> }.into_any()
}

fn passage_items<'a>(
    data: &Arc<Dataset>,
    passages: impl IntoIterator<Item = &'a Passage>,
) -> impl IntoView {
    passages
        .into_iter()
        .map(|passage| passage_item(data, passage))
        .collect_view()
}

/// Passages as a list named by the element `heading_id` (a heading in the dataset's English,
/// marked `lang="en"`, which an `aria-label` could not be).
pub(crate) fn passage_list_under<'a>(
    data: &Arc<Dataset>,
    passages: impl IntoIterator<Item = &'a Passage>,
    list: &'static str,
    heading_id: String,
) -> AnyView {
    let items = passage_items(data, passages);
    view! { <ul class="tp-passages" data-list=list aria-labelledby=heading_id>{items}</ul> }
        .into_any()
}

/// Passages grouped by source document (in the order documents first appear), one `<h3>`
/// per document.
pub(crate) fn passages_by_document(
    data: &Arc<Dataset>,
    passages: &[Passage],
    list: &'static str,
) -> AnyView {
    group_in_order(passages, |passage| passage.source.doc.clone())
        .into_iter()
        .enumerate()
        .map(|(i, (doc, passages))| {
            let title = document_heading(data, &doc);
            // A document the interface has no heading for is named by its English title.
            let lang = if known_document(&doc) {
                crate::i18n::current().code()
            } else {
                "en"
            };
            let id = format!("{list}-doc-{i}");
            view! {
                <h3 id=id.clone() lang=lang>{title}</h3>
                {passage_list_under(data, passages, list, id)}
            }
        })
        .collect_view()
        .into_any()
}

fn known_document(doc: &str) -> bool {
    matches!(
        doc,
        "report" | "iom-web-page" | "gcm-review" | "publication-page"
    )
}

/// A heading for passages from one source document.
pub(crate) fn document_heading(data: &Dataset, doc: &str) -> String {
    let t = TopicsText::now();
    match doc {
        "report" => t.doc_report.to_string(),
        "iom-web-page" => t.doc_web_page.to_string(),
        "gcm-review" => t.doc_review.to_string(),
        "publication-page" => t.doc_publication.to_string(),
        other => data
            .meta
            .documents
            .iter()
            .find(|document| document.id == other)
            .map_or_else(|| other.to_string(), |document| document.title.clone()),
    }
}

/// Stated figures as a table: what is counted, the value and its unit, what it is of, the
/// words that state it, and the sentence it comes from with its source.
pub(crate) fn figures_table(
    data: &Arc<Dataset>,
    figures: &[Figure],
    caption: &'static str,
    list: &'static str,
) -> AnyView {
    let t = TopicsText::now();
    let lang = crate::i18n::current();
    let rows = figures
        .iter()
        .map(|figure| {
            let read_from = figure.figure.as_ref().map(|name| {
                view! { <p class="source">{t.value_read_from} <span lang="en">{name.clone()}</span> "."</p> }
            });
            view! {
                <tr>
                    <th scope="row" lang="en">{figure.label.clone()}</th>
                    <td class="tp-num">{figure.unit.format(lang, figure.value)}</td>
                    <td>{figure.unit.label(lang)}</td>
                    <td lang="en">{figure.of.clone()}</td>
                    <td>
                        <p lang="en" class="tp-wording">"“" {figure.wording.clone()} "”"</p>
                        <details class="tp-sentence">
                            <summary>{t.the_sentence}</summary>
                            <p lang="en"><WithAbbr text=figure.text.clone() data=Arc::clone(data) /></p>
                        </details>
                        {iscm_links(data, &figure.iscm_ids, t.iscms)}
                        <SourceLine data=Arc::clone(data) source=figure.source.clone() />
                        {read_from}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll" role="region" aria-label=caption tabindex="0">
            <table class="tp-figures" data-list=list>
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t.col_what}</th>
                        <th scope="col">{t.col_value}</th>
                        <th scope="col">{t.col_unit}</th>
                        <th scope="col">{t.col_of}</th>
                        <th scope="col">{t.col_stated}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}

/// The data notes of `context.json` that concern a page (by id, in the order given).
pub(crate) fn data_notes(data: &Arc<Dataset>, context: &Context, ids: &[&str]) -> AnyView {
    let t = TopicsText::now();
    let notes = ids
        .iter()
        .filter_map(|id| context.data_notes.iter().find(|note| note.id == *id))
        .map(|note| view! { <DataNoteView data=Arc::clone(data) note=note.clone() /> })
        .collect_view();
    view! {
        <h2>{t.notes_heading}</h2>
        <p>
            {t.notes_intro}
            <a href=Route::About.to_hash()>{t.all_notes}</a>
            {t.notes_on_about}
        </p>
        {notes}
    }
    .into_any()
}

/// The data notes of a topic page.
pub(crate) fn topic_notes(data: &Arc<Dataset>, context: &Context, topic: Topic) -> AnyView {
    data_notes(data, context, topic_note_ids(Some(topic))).into_any()
}
