//! Pieces shared by the agenda and the session pages: a slot of the timeline, a person, a
//! wording beside its earlier wording, questions, sources and data notes. Everything is
//! rendered as text; the words of the agenda all come from `grcp8.json` and `iscms.json`.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::abbr::WithAbbr;
use crate::components::data_note::DataNoteView;
use crate::components::source_line::SourceLine;
use crate::dataset::agenda::{
    datetime, display_name, format_time, item_kind_name, role_name, ItemInSlot, PersonInSlot,
    SlotView,
};
use crate::dataset::grcp8::{ItemKind, Question, RoleKind};
use crate::dataset::source::{DataNote, SourceRef};
use crate::dataset::Dataset;
use crate::i18n::grcp8::Grcp8Text;
use crate::route::Route;

/// A role's name for people, with the region of a rapporteur as printed (in English).
fn role_text(person: &PersonInSlot) -> Option<AnyView> {
    let role = person.role?;
    let lang = crate::i18n::current();
    Some(match (role.role, &role.region) {
        (RoleKind::Rapporteur, Some(region)) => {
            let t = Grcp8Text::of(lang);
            view! { {t.role_rapporteur_for} <span lang="en">{region.clone()}</span> }.into_any()
        }
        (kind, _) => role_name(lang, kind).into_any(),
    })
}

/// Links to ISCM pages by short name.
pub fn iscm_links(data: &Arc<Dataset>, ids: &[String]) -> AnyView {
    let count = ids.len();
    ids.iter()
        .enumerate()
        .map(|(i, id)| {
            let label = data
                .iscm(id)
                .map(|iscm| iscm.short_name.clone())
                .unwrap_or_else(|| id.clone());
            let separator = (i + 1 < count).then_some(", ");
            view! {
                <a href=Route::Iscm(id.clone()).to_hash() lang="en">{label}</a>
                {separator}
            }
        })
        .collect_view()
        .into_any()
}

/// One person as the agenda prints them in a slot: role, name, position, capacity and the
/// ISCMs they speak for.
pub fn person_view(data: &Arc<Dataset>, person: &PersonInSlot) -> AnyView {
    let role = role_text(person).map(|role| view! { <span class="role">{role}</span> " " });
    let iscms = person.iscm_ids();
    let speaks_for = (!iscms.is_empty()).then(|| {
        view! { <p class="person-iscms">{Grcp8Text::now().speaks_for} {iscm_links(data, iscms)}</p> }
    });
    let capacity = person
        .capacity
        .map(|capacity| view! { <p class="person-capacity" lang="en"><WithAbbr text=capacity.to_string() data=Arc::clone(data) /></p> });
    view! {
        <li class="person">
            <p class="person-name">{role} <span class="name" lang="en">{display_name(person.person)}</span></p>
            <p class="person-position" lang="en"><WithAbbr text=person.position.to_string() data=Arc::clone(data) /></p>
            {capacity}
            {speaks_for}
        </li>
    }
    .into_any()
}

fn people_list(data: &Arc<Dataset>, people: &[PersonInSlot], class: &'static str) -> AnyView {
    if people.is_empty() {
        return ().into_any();
    }
    let items = people
        .iter()
        .map(|person| person_view(data, person))
        .collect_view();
    view! { <ul class=class>{items}</ul> }.into_any()
}

fn item_view(data: &Arc<Dataset>, item: &ItemInSlot) -> AnyView {
    let kind = item.item.kind;
    let show_kind = item.item.title.is_none()
        || matches!(kind, ItemKind::Introduction | ItemKind::Presentation);
    let kind_label = show_kind.then(|| {
        let lang = crate::i18n::current();
        let separator = item
            .item
            .title
            .is_some()
            .then_some(Grcp8Text::of(lang).kind_separator);
        view! { <span class="item-kind">{item_kind_name(lang, kind)}{separator}</span> }
    });
    let title = item
        .item
        .title
        .clone()
        .map(|title| view! { <span lang="en">{title}</span> });
    view! {
        <li class="item">
            <p class="item-title">{kind_label} {title}</p>
            {people_list(data, &item.people, "people")}
        </li>
    }
    .into_any()
}

/// `09:45–10:15` as two `<time>` elements on the meeting's date, written in the language.
pub fn time_range(date: &str, start: &str, end: &str) -> AnyView {
    let lang = crate::i18n::current();
    view! {
        <span class="slot-time">
            <time datetime=datetime(date, start)>{format_time(lang, start)}</time>
            "–"
            <time datetime=datetime(date, end)>{format_time(lang, end)}</time>
        </span>
    }
    .into_any()
}

/// One slot of the timeline, as an `<li>` of an `<ol class="timeline">`. `link_session` makes
/// its title a link to the session's page.
pub fn slot_item(
    data: &Arc<Dataset>,
    date: &str,
    slot: &SlotView,
    link_session: bool,
    source: Option<&SourceRef>,
) -> AnyView {
    let title = slot.slot.title.clone();
    let title = match (link_session, slot.session) {
        (true, Some(session)) => view! {
            <a href=Route::Grcp8Session(session.id.clone()).to_hash() lang="en">{title}</a>
        }
        .into_any(),
        _ => view! { <span lang="en">{title}</span> }.into_any(),
    };
    let items = slot
        .items
        .iter()
        .map(|item| item_view(data, item))
        .collect_view();
    let source =
        source.map(|source| view! { <SourceLine data=Arc::clone(data) source=source.clone() /> });
    view! {
        <li class="slot" id=slot.slot.id.clone()>
            <h3>
                {time_range(date, &slot.slot.start, &slot.slot.end)}
                " "
                <span class="slot-title">{title}</span>
            </h3>
            <div class="slot-body">
                {people_list(data, &slot.leads, "people people-leads")}
                <ul class="items">{items}</ul>
                {source}
            </div>
        </li>
    }
    .into_any()
}

/// Questions with their lettered parts, as an ordered list.
pub fn questions_list(questions: &[Question]) -> AnyView {
    let items = questions
        .iter()
        .map(|question| {
            let parts = (!question.parts.is_empty()).then(|| {
                let labelled = question.parts.iter().any(|p| p.label.is_some());
                let parts = question
                    .parts
                    .iter()
                    .map(|part| {
                        let label = part
                            .label
                            .as_ref()
                            .map(|label| view! { <span class="part-label">{format!("({label})")}</span> " " });
                        view! { <li>{label} <span lang="en">{part.text.clone()}</span></li> }
                    })
                    .collect_view();
                if labelled {
                    view! { <ol class="parts parts-labelled">{parts}</ol> }.into_any()
                } else {
                    view! { <ul class="parts">{parts}</ul> }.into_any()
                }
            });
            view! { <li><span lang="en">{question.text.clone()}</span> {parts}</li> }
        })
        .collect_view();
    view! { <ol class="questions">{items}</ol> }.into_any()
}

/// A plain list of texts (`ol` with the given `type`, or `ul` when `kind` is None).
pub fn text_list(texts: &[String], kind: Option<&'static str>) -> AnyView {
    let items = texts
        .iter()
        .map(|text| view! { <li lang="en">{text.clone()}</li> })
        .collect_view();
    match kind {
        Some(kind) => view! { <ol type=kind>{items}</ol> }.into_any(),
        None => view! { <ul>{items}</ul> }.into_any(),
    }
}

/// The source lines of several sources.
pub fn source_lines(data: &Arc<Dataset>, sources: &[&SourceRef]) -> AnyView {
    sources
        .iter()
        .map(|source| view! { <SourceLine data=Arc::clone(data) source=(*source).clone() /> })
        .collect_view()
        .into_any()
}

/// The report's wording beside the earlier wording of the grcp8-brief (or what the brief
/// says instead: the same, or nothing).
pub fn wording_pair(
    data: &Arc<Dataset>,
    current: AnyView,
    current_sources: &[&SourceRef],
    earlier: AnyView,
    earlier_sources: &[&SourceRef],
) -> AnyView {
    let t = Grcp8Text::now();
    view! {
        <div class="wording">
            <div class="wording-current">
                <p class="wording-heading">{t.report_wording}</p>
                {current}
                {source_lines(data, current_sources)}
            </div>
            <div class="wording-earlier">
                <p class="wording-heading">{t.earlier_wording}</p>
                {earlier}
                {source_lines(data, earlier_sources)}
            </div>
        </div>
    }
    .into_any()
}

/// The data notes that concern a view, folded, with a link to all notes on the About page.
pub fn notes_section(data: &Arc<Dataset>, notes: &[&DataNote], summary: String) -> AnyView {
    let t = Grcp8Text::now();
    if notes.is_empty() {
        return view! {
            <p>{t.no_notes} <a href=Route::About.to_hash()>{t.all_notes}</a></p>
        }
        .into_any();
    }
    let list = notes
        .iter()
        .map(|note| view! { <DataNoteView data=Arc::clone(data) note=(*note).clone() /> })
        .collect_view();
    view! {
        <p>
            {t.notes_intro}
            <a href=Route::About.to_hash()>{t.notes_on_about}</a> "."
        </p>
        <details class="agenda-notes">
            <summary>{summary}</summary>
            {list}
        </details>
    }
    .into_any()
}

/// Prints the page.
pub fn print_button(label: &'static str) -> AnyView {
    view! {
        <button type="button" class="button button-secondary print-button" on:click=move |_| {
            let _ = window().print();
        }>{label}</button>
    }
    .into_any()
}
