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
use crate::i18n::pages::PagesText;
use crate::i18n::{fill, month_year, number, Lang};
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

/// An English "June 2019" of the data in the interface language (as it is if it is not one).
fn as_of(lang: Lang, english: &str) -> String {
    month_year(lang, english).unwrap_or_else(|| english.to_string())
}

#[component]
pub fn IscmPage(data: Arc<Dataset>, id: String) -> impl IntoView {
    let lang = crate::i18n::current();
    let t = PagesText::of(lang);
    let Some(position) = data.iscms.iter().position(|iscm| iscm.id == id) else {
        set_title(t.not_found_title);
        let (before, after) = t
            .not_found_text
            .split_once("{id}")
            .unwrap_or((t.not_found_text, ""));
        return view! {
            <h1>{t.not_found_title}</h1>
            <p>{before} <code>{id}</code> {after}</p>
            <p><a href="#/">{t.see_all_iscms}</a></p>
        }
        .into_any();
    };
    let iscm: &Iscm = &data.iscms[position];
    // The full name is the dataset's English, which a document title cannot mark as such:
    // other languages name the page by the short name alone.
    set_title(&if lang == Lang::En {
        format!("{} ({})", iscm.short_name, iscm.name)
    } else {
        fill(t.iscm_title_short, &[("short_name", &iscm.short_name)])
    });
    set_description(&fill(
        t.iscm_description,
        &[
            ("short_name", &iscm.short_name),
            ("kind", data.type_label(iscm.kind)),
            ("n", &number(lang, i64::from(iscm.member_states))),
            ("year", &iscm.established_year.to_string()),
        ],
    ));

    let a2 = &iscm.annex2;
    let labels = [
        t.label_name,
        t.label_type,
        t.label_members,
        t.label_established,
        t.label_regions,
        t.label_organizations,
        t.label_chair,
        t.label_secretariat,
        t.label_iom_role,
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
                        <strong>{fill(t.since_then, &[("date", &as_of(lang, &update.as_of))])}</strong>
                        <span lang="en">{update.value.join("; ")}</span>
                    </p>
                    <SourceLine data=Arc::clone(&data) source=update.source.clone() />
                }
            });
            view! { <dt>{label}</dt> <dd>{cell(&data, items)} {update}</dd> }
        })
        .collect_view();

    let themes = match &iscm.theme_ids {
        Some(ids) if ids.is_empty() => view! { <p>{t.no_themes}</p> }.into_any(),
        Some(ids) => {
            let items = ids
                .iter()
                .map(|id| view! { <li lang="en">{data.theme_name(id).to_string()}</li> })
                .collect_view();
            view! { <ul class="tag-list">{items}</ul> }.into_any()
        }
        None => view! { <p>{t.themes_unknown}</p> }.into_any(),
    };

    // Cells of a garbled Annex 10 row that cannot be read (see the data notes).
    let unclear = (!iscm.theme_ids_unclear.is_empty()).then(|| {
        let names = iscm
            .theme_ids_unclear
            .iter()
            .map(|id| data.theme_name(id).to_string())
            .collect::<Vec<_>>()
            .join(", ");
        let (before, after) = t
            .themes_unclear
            .split_once("{themes}")
            .unwrap_or((t.themes_unclear, ""));
        view! {
            <p class="note">
                {before}
                <span lang="en">{names}</span>
                {after}
            </p>
        }
    });

    let yes_no = |flag: bool| if flag { t.yes } else { t.no };
    let notes = data
        .notes_for_iscm(&iscm.id)
        .map(|note| view! { <DataNoteView data=Arc::clone(&data) note=note.clone() /> })
        .collect_view();
    let has_notes = data.notes_for_iscm(&iscm.id).next().is_some();

    let previous = position
        .checked_sub(1)
        .map(|i| &data.iscms[i])
        .map(|p| view! { <a href=Route::Iscm(p.id.clone()).to_hash() rel="prev">"← " <span lang="en">{p.short_name.clone()}</span></a> });
    let next = data
        .iscms
        .get(position + 1)
        .map(|n| view! { <a href=Route::Iscm(n.id.clone()).to_hash() rel="next"><span lang="en">{n.short_name.clone()}</span> " →"</a> });

    let nav = expect_context::<Nav>();
    let back = hash_with_query(
        &Route::Home,
        &nav.last_list_query.get_untracked().to_query_string(),
    );
    let back_label = if nav.last_list_query.with_untracked(|q| q.is_filtered()) {
        t.back_filtered
    } else {
        t.all_iscms
    };
    view! {
        <nav class="breadcrumbs" aria-label=t.breadcrumb>
            <a href=back>{back_label}</a> " › " <span aria-current="page" lang="en">{iscm.short_name.clone()}</span>
        </nav>
        <h1 lang="en">{iscm.name.clone()} " (" {iscm.short_name.clone()} ")"</h1>
        <div class="badges">
            <span class=format!("badge badge-{}", iscm.kind.id()) lang="en">{data.type_label(iscm.kind).to_string()}</span>
        </div>

        <h2>{t.fact_sheet}</h2>
        <p>
            {fill(
                t.fact_sheet_intro,
                &[
                    ("as_of", &as_of(lang, &data.meta.fact_sheet_as_of)),
                    ("version", &data.meta.version),
                ],
            )}
        </p>
        <dl class="facts">{facts}</dl>
        <SourceLine data=Arc::clone(&data) source=iscm.source.clone() />

        <h2>{t.thematic_foci}</h2>
        {themes}
        {unclear}
        <p class="source">{t.source_annex10}</p>

        <h2>{t.participation}</h2>
        <dl class="facts">
            <dt>{t.answered_survey}</dt>
            <dd>{yes_no(iscm.survey_2019)}</dd>
            <dt>{t.attended_grcp8}</dt>
            <dd>{yes_no(iscm.grcp8)}</dd>
        </dl>
        <p class="source">{t.source_annex7}</p>

        <h2>{t.at_grcp8}</h2>
        <IscmAtGrcp8 data=Arc::clone(&data) iscm_id=iscm.id.clone() attended=iscm.grcp8 />

        <h2>{t.sources_say}</h2>
        <p>{t.sources_say_intro}</p>
        <IscmStatements data=Arc::clone(&data) iscm_id=iscm.id.clone() />

        {has_notes.then(|| view! { <h2>{t.fact_notes}</h2> <p>{t.fact_notes_intro}</p> })}
        {notes}

        <nav class="pager" aria-label=t.pager>
            <span>{previous}</span>
            <span>{next}</span>
        </nav>
    }
    .into_any()
}
