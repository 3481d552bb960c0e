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
use crate::dataset::glossary::{format_value, group_in_order, topic_note_ids, unit_label};
use crate::dataset::source::SourceRef;
use crate::dataset::Dataset;
use crate::route::{Route, Topic};
use crate::secondary::SecondaryFiles;

/// One line on what a topic page holds (the index, and the page's meta description).
pub fn topic_description(topic: Topic) -> &'static str {
    match topic {
        Topic::Governance => "What ISCMs, RCPs, IRFs, global processes and migration governance are; the three phases of governance, its levels, and what ISCMs contribute at each.",
        Topic::Gcm => "How ISCMs took part in the Global Compact for Safe, Orderly and Regular Migration: what the sources say, which ISCMs engaged, and the 2018 review's findings and figures.",
        Topic::Agenda2030 => "ISCMs and the 2030 Agenda for Sustainable Development: target 10.7, the GRCP meetings on the Sustainable Development Goals, and what ISCMs do towards them.",
        Topic::Assessment => "How IOM's 2019 assessment of ISCMs was made (objective, methods, respondents) and what it found: Boxes 1 to 4, chapter 6 and the figures it states.",
        Topic::Timeline => "Migration governance year by year since 1985: ISCMs established, global milestones, GRCP meetings and assessments; and the ISCMs that ended or changed.",
    }
}

/// What the glossary holds, for the index.
pub const GLOSSARY_DESCRIPTION: &str =
    "Every acronym and short name of the sources, what it stands for, and where it is spelt out.";

#[component]
pub fn TopicsPage(data: Arc<Dataset>) -> impl IntoView {
    let _ = data;
    set_title("Topics");
    set_description("Background to inter-State consultation mechanisms on migration: migration governance, the Global Compact, the 2030 Agenda, IOM's 2019 assessment, a timeline and a glossary, quoted from the sources.");
    let topics = Topic::ALL
        .into_iter()
        .map(|topic| {
            view! {
                <li>
                    <h2><a href=Route::Topic(topic).to_hash()>{topic.title()}</a></h2>
                    <p>{topic_description(topic)}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <h1>"Topics"</h1>
        <p class="lede">
            "The setting in which ISCMs work, drawn from IOM's 2019 assessment report, IOM's web page on ISCMs and its 2018 review of ISCMs and the Global Compact for Migration. Every passage is quoted as printed, with its source."
        </p>
        <ul class="topic-index" aria-label="Topic pages">
            {topics}
            <li>
                <h2><a href=Route::Glossary.to_hash()>"Glossary"</a></h2>
                <p>{GLOSSARY_DESCRIPTION}</p>
            </li>
        </ul>
    }
}

#[component]
pub fn TopicPage(data: Arc<Dataset>, topic: Topic) -> impl IntoView {
    set_title(topic.title());
    set_description(topic_description(topic));
    let body = match topic {
        Topic::Governance => governance::body(data).into_any(),
        Topic::Gcm => gcm::body(data).into_any(),
        Topic::Agenda2030 => agenda_2030::body(data).into_any(),
        Topic::Assessment => assessment::body(data).into_any(),
        Topic::Timeline => timeline::body(data).into_any(),
    };
    view! {
        <nav class="breadcrumbs" aria-label="Breadcrumb">
            <a href=Route::Topics.to_hash()>"Topics"</a>
            " › "
            <span aria-current="page">{topic.title()}</span>
        </nav>
        <h1>{topic.title()}</h1>
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
    files.context.render(
        data,
        "Loading the passages from the sources…",
        move |context| render(&core, &context),
    )
}

/// A link to an ISCM's page, by its short name (the id as text if the dataset lacks it).
pub(crate) fn iscm_link(data: &Dataset, id: &str) -> AnyView {
    match data.iscm(id) {
        Some(iscm) => view! {
            <a href=Route::Iscm(iscm.id.clone()).to_hash() title=iscm.name.clone()>
                {iscm.short_name.clone()}
            </a>
        }
        .into_any(),
        None => view! { <span>{id.to_string()}</span> }.into_any(),
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
    Some(view! { <p class="source">"Also in: " <span lang="en">{places}</span></p> }.into_any())
}

/// One passage as a list item: its text, the sub-items it introduces, the ISCMs it names,
/// other wordings and its source.
pub(crate) fn passage_item(data: &Arc<Dataset>, passage: &Passage) -> AnyView {
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
            {iscm_links(data, &passage.iscm_ids, "ISCMs named:")}
            <SourceLine data=Arc::clone(data) source=passage.source.clone() />
            {variants_view(data, &passage.variants, "Other wordings")}
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
    let items = passages
        .into_iter()
        .map(|passage| passage_item(data, passage))
        .collect_view();
    view! { <ul class="tp-passages" data-list=list aria-label=label>{items}</ul> }.into_any()
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
        .map(|(doc, passages)| {
            let title = document_heading(data, &doc);
            view! {
                <h3>{title.clone()}</h3>
                {passage_list(data, passages, list, title)}
            }
        })
        .collect_view()
        .into_any()
}

/// A heading for passages from one source document.
pub(crate) fn document_heading(data: &Dataset, doc: &str) -> String {
    match doc {
        "report" => "In the 2019 assessment report".to_string(),
        "iom-web-page" => "On IOM's web page on ISCMs and migration governance".to_string(),
        "gcm-review" => "In IOM's 2018 review of ISCMs and the Global Compact".to_string(),
        "publication-page" => "On the report's publication page".to_string(),
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
    let rows = figures
        .iter()
        .map(|figure| {
            let read_from = figure
                .figure
                .as_ref()
                .map(|name| view! { <p class="source">{format!("Value read from {name}.")}</p> });
            view! {
                <tr>
                    <th scope="row" lang="en">{figure.label.clone()}</th>
                    <td class="tp-num">{format_value(figure.value, figure.unit)}</td>
                    <td>{unit_label(figure.unit)}</td>
                    <td lang="en">{figure.of.clone()}</td>
                    <td>
                        <p lang="en" class="tp-wording">"“" {figure.wording.clone()} "”"</p>
                        <details class="tp-sentence">
                            <summary>"The sentence"</summary>
                            <p lang="en"><WithAbbr text=figure.text.clone() data=Arc::clone(data) /></p>
                        </details>
                        {iscm_links(data, &figure.iscm_ids, "ISCMs:")}
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
                        <th scope="col">"What"</th>
                        <th scope="col">"Value"</th>
                        <th scope="col">"Unit"</th>
                        <th scope="col">"Of"</th>
                        <th scope="col">"As stated, and source"</th>
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
    let notes = ids
        .iter()
        .filter_map(|id| context.data_notes.iter().find(|note| note.id == *id))
        .map(|note| view! { <DataNoteView data=Arc::clone(data) note=note.clone() /> })
        .collect_view();
    view! {
        <h2>"Data notes"</h2>
        <p>
            "Where the sources disagree with each other or were damaged in extraction, a note says so and what the dataset records. "
            <a href=Route::About.to_hash()>"All data notes"</a>
            " are on the About page."
        </p>
        {notes}
    }.into_any()
}

/// The data notes of a topic page.
pub(crate) fn topic_notes(data: &Arc<Dataset>, context: &Context, topic: Topic) -> AnyView {
    data_notes(data, context, topic_note_ids(Some(topic))).into_any()
}
