//! One ISCM's page: every Annex 2 fact as printed, its themes, its participation in the 2019
//! survey and GRCP 8, the data notes that concern it, and the source of each.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::{set_description, set_title};
use crate::components::abbr::WithAbbr;
use crate::components::data_note::DataNoteView;
use crate::components::iscm_grcp8::IscmAtGrcp8;
use crate::components::iscm_statements::IscmStatements;
use crate::components::source_line::SourceLine;
use crate::dataset::iscms::Iscm;
use crate::dataset::Dataset;
use crate::nav::Nav;
use crate::route::{hash_with_query, Route};

/// A fact-sheet cell: one item as text, several as a list; acronyms expandable.
fn cell(data: &Arc<Dataset>, items: &[String]) -> AnyView {
    if items.len() == 1 {
        view! { <span lang="en"><WithAbbr text=items[0].clone() data=Arc::clone(data) /></span> }
            .into_any()
    } else {
        let items = items
            .iter()
            .map(|item| view! { <li lang="en"><WithAbbr text=item.clone() data=Arc::clone(data) /></li> })
            .collect_view();
        view! { <ul>{items}</ul> }.into_any()
    }
}

#[component]
pub fn IscmPage(data: Arc<Dataset>, id: String) -> impl IntoView {
    let Some(position) = data.iscms.iter().position(|iscm| iscm.id == id) else {
        set_title("ISCM not found");
        return view! {
            <h1>"ISCM not found"</h1>
            <p>"No ISCM in the dataset has the id “" <code>{id}</code> "”."</p>
            <p><a href="#/">"See all ISCMs"</a></p>
        }
        .into_any();
    };
    let iscm: &Iscm = &data.iscms[position];
    set_title(&format!("{} ({})", iscm.short_name, iscm.name));
    set_description(&format!(
        "{}: {}, {} member States, established {}. Facts, themes and sources from IOM's 2019 assessment.",
        iscm.short_name,
        data.type_label(iscm.kind),
        iscm.member_states,
        iscm.established_year
    ));

    let a2 = &iscm.annex2;
    let labels = [
        "Name (and acronym)",
        "Type",
        "Number of member States",
        "Year established",
        "Region(s) covered",
        "Associated regional or multi-stakeholder organization(s)",
        "Chair-in-office",
        "Secretariat(s)",
        "Role of IOM in the ISCM",
    ];
    let facts = a2
        .cells()
        .into_iter()
        .zip(labels)
        .map(|((column, items), label)| {
            // A later source may have changed the cell: say so beside the printed value.
            let update = iscm.update_of(column).map(|update| {
                view! {
                    <p class="updated">
                        <strong>{format!("Since then (as of {}): ", update.as_of)}</strong>
                        <span lang="en">{update.value.join("; ")}</span>
                    </p>
                    <SourceLine data=Arc::clone(&data) source=update.source.clone() />
                }
            });
            view! { <dt>{label}</dt> <dd>{cell(&data, items)} {update}</dd> }
        })
        .collect_view();

    let themes = match &iscm.theme_ids {
        Some(ids) if ids.is_empty() => {
            view! { <p>"Annex 10 ticks no theme for this ISCM."</p> }.into_any()
        }
        Some(ids) => {
            let items = ids
                .iter()
                .map(|id| view! { <li lang="en">{data.theme_name(id).to_string()}</li> })
                .collect_view();
            view! { <ul class="tag-list">{items}</ul> }.into_any()
        }
        None => view! {
            <p>"Not covered by Annex 10: the report's table of thematic foci has no column for this ISCM, so its themes are unknown."</p>
        }
        .into_any(),
    };

    // Cells of a garbled Annex 10 row that cannot be read (see the data notes).
    let unclear = (!iscm.theme_ids_unclear.is_empty()).then(|| {
        let names = iscm
            .theme_ids_unclear
            .iter()
            .map(|id| data.theme_name(id).to_string())
            .collect::<Vec<_>>()
            .join(", ");
        view! {
            <p class="note">
                "Unclear in Annex 10, whose row is garbled in the source: "
                <span lang="en">{names}</span>
                ". See the data notes below."
            </p>
        }
    });

    let yes_no = |flag: bool| if flag { "Yes" } else { "No" };
    let notes = data
        .notes_for_iscm(&iscm.id)
        .map(|note| view! { <DataNoteView data=Arc::clone(&data) note=note.clone() /> })
        .collect_view();
    let has_notes = data.notes_for_iscm(&iscm.id).next().is_some();

    let previous = position
        .checked_sub(1)
        .map(|i| &data.iscms[i])
        .map(|p| view! { <a href=Route::Iscm(p.id.clone()).to_hash() rel="prev">"← " {p.short_name.clone()}</a> });
    let next = data
        .iscms
        .get(position + 1)
        .map(|n| view! { <a href=Route::Iscm(n.id.clone()).to_hash() rel="next">{n.short_name.clone()} " →"</a> });

    let nav = expect_context::<Nav>();
    let back = hash_with_query(
        &Route::Home,
        &nav.last_list_query.get_untracked().to_query_string(),
    );
    let back_label = if nav.last_list_query.with_untracked(|q| q.is_filtered()) {
        "Back to the filtered list"
    } else {
        "All ISCMs"
    };
    view! {
        <nav class="breadcrumbs" aria-label="Breadcrumb">
            <a href=back>{back_label}</a> " › " <span aria-current="page">{iscm.short_name.clone()}</span>
        </nav>
        <h1 lang="en">{iscm.name.clone()} " (" {iscm.short_name.clone()} ")"</h1>
        <div class="badges">
            <span class=format!("badge badge-{}", iscm.kind.id())>{data.type_label(iscm.kind).to_string()}</span>
        </div>

        <h2>"Fact sheet"</h2>
        <p>
            {format!(
                "As printed in Annex 2 of the report, updated as of {} (dataset version {}).",
                data.meta.fact_sheet_as_of,
                data.meta.version,
            )}
        </p>
        <dl class="facts">{facts}</dl>
        <SourceLine data=Arc::clone(&data) source=iscm.source.clone() />

        <h2>"Thematic foci"</h2>
        {themes}
        {unclear}
        <p class="source">"Source: the report, Annex 10"</p>

        <h2>"Participation"</h2>
        <dl class="facts">
            <dt>"Answered the 2019 assessment survey"</dt>
            <dd>{yes_no(iscm.survey_2019)}</dd>
            <dt>"Attended GRCP 8 (5 April 2019)"</dt>
            <dd>{yes_no(iscm.grcp8)}</dd>
        </dl>
        <p class="source">"Source: the report, Annex 7"</p>

        <h2>"At GRCP 8"</h2>
        <IscmAtGrcp8 data=Arc::clone(&data) iscm_id=iscm.id.clone() attended=iscm.grcp8 />

        <h2>"What the sources say"</h2>
        <p>"Passages of the report (chapters 1 to 6) and of IOM's 2018 review of ISCMs and the Global Compact for Migration that name this ISCM, quoted with their sections."</p>
        <IscmStatements data=Arc::clone(&data) iscm_id=iscm.id.clone() />

        {has_notes.then(|| view! { <h2>"Data notes on the fact sheet"</h2> <p>"What the sources leave unclear about this ISCM's facts, and what the dataset does about it."</p> })}
        {notes}

        <nav class="pager" aria-label="Previous and next ISCM">
            <span>{previous}</span>
            <span>{next}</span>
        </nav>
    }
    .into_any()
}
