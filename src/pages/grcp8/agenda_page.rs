//! `#/grcp8`: the meeting, its day as a timeline of slots (filterable by working-lunch group
//! and by ISCM, the filters kept in the URL), the lunch groups, the sessions and the ISCMs
//! that attended.

use std::sync::Arc;

use leptos::html;
use leptos::prelude::*;

use super::parts::{
    iscm_links, notes_section, print_button, slot_item, source_lines, text_list, time_range,
    wording_pair,
};
use super::set_params;
use crate::app::{set_description, set_title};
use crate::components::source_line::SourceLine;
use crate::dataset::agenda::{
    co_facilitators, common_group_source, common_slot_source, display_name, filter_summary,
    filter_timeline, format_date_in, iscm_options, meeting_source, meeting_sources,
    notes_for_agenda, rapporteurs_for_group, session_label, session_times, sessions_in_order,
    timeline, AgendaParams, PersonInSlot, AGENDA_SECTION, BRIEF_DOC, QUESTIONS_SECTION, REPORT_DOC,
};
use crate::dataset::grcp8::{Grcp8, Objective};
use crate::dataset::Dataset;
use crate::i18n::{count, current as lang, fill, grcp8::Grcp8Text, number};
use crate::route::Route;

fn objective_view(objective: &Objective, issues: &[String], label_kind: &'static str) -> AnyView {
    view! {
        <p lang="en">{objective.text.clone()}</p>
        {text_list(&objective.aims, Some(label_kind))}
        <p class="wording-sub">{Grcp8Text::now().issues_addressed}</p>
        {text_list(issues, if label_kind == "a" { Some("a") } else { None })}
    }
    .into_any()
}

/// The meeting's date in the interface's language (as in the data if it is not a date).
pub(super) fn meeting_date(iso: &str) -> String {
    format_date_in(lang(), iso).unwrap_or_else(|| iso.to_string())
}

/// A person in a short line: name, and the ISCMs they speak for.
fn person_short(data: &Arc<Dataset>, person: &PersonInSlot) -> AnyView {
    let iscms = person.iscm_ids();
    let speaks_for = (!iscms.is_empty()).then(|| view! { " (" {iscm_links(data, iscms)} ")" });
    view! { <li><span lang="en">{display_name(person.person)}</span> {speaks_for}</li> }.into_any()
}

fn meeting_section(data: &Arc<Dataset>, agenda: &Grcp8) -> AnyView {
    let t = Grcp8Text::now();
    let m = &agenda.meeting;
    let date = meeting_date(&m.date);
    let agenda_source: Vec<_> = meeting_source(agenda, REPORT_DOC, AGENDA_SECTION)
        .into_iter()
        .collect();
    let questions_source: Vec<_> = meeting_source(agenda, REPORT_DOC, QUESTIONS_SECTION)
        .into_iter()
        .collect();
    let brief_sources = meeting_sources(agenda, BRIEF_DOC);
    let facts = [
        (t.fact_title, m.title.clone()),
        (t.fact_short_title, m.short_title.clone()),
        (t.fact_theme, m.theme.clone()),
    ]
    .into_iter()
    .map(|(label, value)| view! { <dt>{label}</dt> <dd lang="en">{value}</dd> })
    .collect_view();
    let place = [
        (t.fact_venue, m.venue.clone()),
        (t.fact_city, m.city.clone()),
        (t.fact_country, m.country.clone()),
        (t.fact_organizer, m.organizer.clone()),
    ]
    .into_iter()
    .map(|(label, value)| view! { <dt>{label}</dt> <dd lang="en">{value}</dd> })
    .collect_view();
    let other_names = m
        .other_names
        .iter()
        .map(|quote| {
            view! {
                <li>
                    <span lang="en">{quote.text.clone()}</span>
                    <SourceLine data=Arc::clone(data) source=quote.source.clone() />
                </li>
            }
        })
        .collect_view();
    let about = m
        .about
        .iter()
        .map(|quote| {
            view! {
                <li>
                    <q lang="en">{quote.text.clone()}</q>
                    <SourceLine data=Arc::clone(data) source=quote.source.clone() />
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="meeting-heading">
            <h2 id="meeting-heading">{t.meeting_heading}</h2>
            <dl class="facts">
                {facts}
                <dt>{t.fact_date}</dt>
                <dd><time datetime=m.date.clone()>{date}</time></dd>
                {place}
            </dl>
            {source_lines(data, &agenda_source)}

            <h3>{t.objective_and_issues}</h3>
            {wording_pair(
                data,
                objective_view(&m.objective, &m.issues, "a"),
                &questions_source,
                objective_view(&m.brief_wording.objective, &m.brief_wording.issues, "i"),
                &brief_sources,
            )}

            <details class="agenda-more">
                <summary>{fill(t.other_names, &[("n", &number(lang(), m.other_names.len() as i64))])}</summary>
                <ul class="quotes">{other_names}</ul>
            </details>
            <details class="agenda-more">
                <summary>{fill(t.about_meeting, &[("n", &number(lang(), m.about.len() as i64))])}</summary>
                <ul class="quotes">{about}</ul>
            </details>
        </section>
    }
    .into_any()
}

fn lunch_groups_section(data: &Arc<Dataset>, agenda: &Grcp8) -> AnyView {
    let t = Grcp8Text::now();
    let common_source = common_group_source(agenda);
    let per_group_source = common_source.is_none();
    let groups = agenda
        .lunch_groups
        .iter()
        .map(|group| {
            let facilitators = co_facilitators(agenda, group)
                .iter()
                .map(|p| person_short(data, p))
                .collect_view();
            let rapporteurs = rapporteurs_for_group(agenda, &group.id);
            let rapporteurs = rapporteurs
                .iter()
                .map(|(session, person)| {
                    let place = session.map(|session| {
                        view! {
                            {t.rapporteur_in}
                            <a href=Route::Grcp8Session(session.id.clone()).to_hash() lang="en">{session_label(session)}</a>
                        }
                    });
                    view! {
                        <p class="group-role">{t.rapporteur} {place}</p>
                        <ul class="people-short">{person_short(data, person)}</ul>
                    }
                })
                .collect_view();
            view! {
                <li class="group">
                    <h3>
                        {fill(t.group_label, &[("n", &group.number.to_string())])}
                        <span lang="en">{group.name.clone()}</span>
                    </h3>
                    <p class="group-role">{t.co_facilitators}</p>
                    <ul class="people-short">{facilitators}</ul>
                    {rapporteurs}
                    {per_group_source.then(|| view! { <SourceLine data=Arc::clone(data) source=group.source.clone() /> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="groups-heading">
            <h2 id="groups-heading">{t.groups_heading}</h2>
            <p>{t.groups_intro}</p>
            <ul class="groups">{groups}</ul>
            {common_source.map(|source| view! { <SourceLine data=Arc::clone(data) source=source.clone() /> })}
        </section>
    }
    .into_any()
}

fn sessions_section(agenda: &Grcp8) -> AnyView {
    let t = Grcp8Text::now();
    let items = sessions_in_order(agenda)
        .into_iter()
        .map(|session| {
            let times = session_times(agenda, session)
                .map(|(start, end)| time_range(&agenda.meeting.date, start, end));
            view! {
                <li>
                    {times} " "
                    <a href=Route::Grcp8Session(session.id.clone()).to_hash() lang="en">{session_label(session)}</a>
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="sessions-heading">
            <h2 id="sessions-heading">{t.sessions_heading}</h2>
            <p>{t.sessions_intro}</p>
            <ol class="session-list">{items}</ol>
        </section>
    }
    .into_any()
}

fn attendance_section(data: &Arc<Dataset>, agenda: &Grcp8) -> AnyView {
    let t = Grcp8Text::now();
    let attended = count(
        lang(),
        agenda.attending_iscm_ids.len(),
        t.attended_one,
        t.attended_other,
    );
    let items = agenda
        .attending_iscm_ids
        .iter()
        .map(|id| view! { <li>{iscm_links(data, std::slice::from_ref(id))}</li> })
        .collect_view();
    let sources: Vec<_> = agenda.attending_sources.iter().collect();
    view! {
        <section aria-labelledby="attendance-heading">
            <h2 id="attendance-heading">{t.attended_heading}</h2>
            <p>{attended}</p>
            <ul class="iscm-list">{items}</ul>
            {source_lines(data, &sources)}
        </section>
    }
    .into_any()
}

/// The filters of the timeline, its status line and the timeline itself.
fn agenda_section(
    data: Arc<Dataset>,
    agenda: Arc<Grcp8>,
    params: RwSignal<AgendaParams>,
) -> AnyView {
    let t = Grcp8Text::now();
    let resolved = {
        let agenda = Arc::clone(&agenda);
        Memo::new(move |_| params.get().resolve(&agenda))
    };
    let group_select = NodeRef::<html::Select>::new();

    let group_options = agenda
        .lunch_groups
        .iter()
        .map(|group| {
            let id = group.id.clone();
            let selected = {
                let id = id.clone();
                move || resolved.with(|p| p.group.as_deref() == Some(id.as_str()))
            };
            view! { <option value=id prop:selected=selected lang="en">{group.name.clone()}</option> }
        })
        .collect_view();
    let iscm_options = iscm_options(&agenda, &data)
        .into_iter()
        .map(|(id, label)| {
            let selected = {
                let id = id.clone();
                move || resolved.with(|p| p.iscm.as_deref() == Some(id.as_str()))
            };
            view! { <option value=id prop:selected=selected lang="en">{label}</option> }
        })
        .collect_view();

    let on_group = move |event: leptos::ev::Event| {
        let value = event_target_value(&event);
        let group = (!value.is_empty()).then_some(value);
        set_params(params, resolved.get_untracked().with_group(group));
    };
    let on_iscm = move |event: leptos::ev::Event| {
        let value = event_target_value(&event);
        let iscm = (!value.is_empty()).then_some(value);
        set_params(params, resolved.get_untracked().with_iscm(iscm));
    };
    let clear = move |_| {
        set_params(params, AgendaParams::default());
        if let Some(select) = group_select.get_untracked() {
            let _ = select.focus();
        }
    };

    let status = {
        let (data, agenda) = (Arc::clone(&data), Arc::clone(&agenda));
        move || {
            let filter = resolved.get();
            let shown = filter_timeline(timeline(&agenda), &filter).len();
            filter_summary(lang(), &agenda, &data, &filter, shown)
        }
    };
    let common_source = common_slot_source(&agenda).cloned();
    let list = {
        let (data, agenda) = (Arc::clone(&data), Arc::clone(&agenda));
        let per_slot_sources = common_source.is_none();
        move || {
            let filter = resolved.get();
            let slots = filter_timeline(timeline(&agenda), &filter);
            if slots.is_empty() {
                return view! {
                    <p class="no-results">{t.no_slot}</p>
                }
                .into_any();
            }
            let items = slots
                .iter()
                .map(|slot| {
                    let source = per_slot_sources.then_some(&slot.slot.source);
                    slot_item(&data, &agenda.meeting.date, slot, true, source)
                })
                .collect_view();
            view! { <ol class="timeline">{items}</ol> }.into_any()
        }
    };
    let date = meeting_date(&agenda.meeting.date);
    let source =
        common_source.map(|source| view! { <SourceLine data=Arc::clone(&data) source=source /> });
    view! {
        <section aria-labelledby="agenda-heading">
            <h2 id="agenda-heading">{t.agenda_heading} <time datetime=agenda.meeting.date.clone()>{date}</time></h2>
            <form class="agenda-filters" aria-label=t.filter_form on:submit=|event| event.prevent_default()>
                <div class="field">
                    <label for="agenda-group">{t.group_filter}</label>
                    <select id="agenda-group" node_ref=group_select on:change=on_group>
                        <option value="" prop:selected=move || resolved.with(|p| p.group.is_none())>{t.all_groups}</option>
                        {group_options}
                    </select>
                </div>
                <div class="field">
                    <label for="agenda-iscm">{t.iscm_filter}</label>
                    <select id="agenda-iscm" on:change=on_iscm>
                        <option value="" prop:selected=move || resolved.with(|p| p.iscm.is_none())>{t.all_iscms}</option>
                        {iscm_options}
                    </select>
                </div>
                <button
                    type="button"
                    class="button button-secondary clear-filters"
                    hidden=move || !resolved.with(AgendaParams::is_filtered)
                    on:click=clear
                >
                    {t.clear_filters}
                </button>
            </form>
            <p class="filter-status" role="status">{status}</p>
            {list}
            {source}
        </section>
    }
    .into_any()
}

/// The whole agenda page, once `grcp8.json` is loaded.
pub fn agenda_page(
    data: Arc<Dataset>,
    agenda: Arc<Grcp8>,
    params: RwSignal<AgendaParams>,
) -> AnyView {
    let t = Grcp8Text::now();
    let m = &agenda.meeting;
    let date = meeting_date(&m.date);
    set_title(&fill(t.page_title, &[("short", &m.short_title)]));
    set_description(&fill(
        t.page_description,
        &[
            ("title", &m.title),
            ("short", &m.short_title),
            ("date", &date),
            ("city", &m.city),
        ],
    ));
    let notes = notes_for_agenda(&agenda);
    let notes_summary = fill(
        t.agenda_notes_summary,
        &[("n", &number(lang(), notes.len() as i64))],
    );
    view! {
        <div class="agenda-page">
            <h1 lang="en">{m.title.clone()}</h1>
            <p class="lede">
                <span lang="en">{m.short_title.clone()}</span> " · "
                <time datetime=m.date.clone()>{date.clone()}</time> " · "
                <span lang="en">{format!("{}, {}", m.venue, m.city)}</span>
            </p>
            <p class="lede" lang="en">{m.theme.clone()}</p>
            <div class="agenda-actions">{print_button(t.print_agenda)}</div>
            {meeting_section(&data, &agenda)}
            {agenda_section(Arc::clone(&data), Arc::clone(&agenda), params)}
            {lunch_groups_section(&data, &agenda)}
            {sessions_section(&agenda)}
            {attendance_section(&data, &agenda)}
            <section aria-labelledby="notes-heading">
                <h2 id="notes-heading">{t.notes_heading}</h2>
                {notes_section(&data, &notes, notes_summary)}
            </section>
        </div>
    }
    .into_any()
}
