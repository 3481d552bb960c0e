//! The timeline: dated events in year order with a filter by kind (kept in the URL query,
//! `#/topics/timeline?kind=grcp`), the GRCP meetings as the sources give them (no guessed
//! years), and the ISCMs that are not among the 30 (dormant, completed, transformed, …).

use std::sync::Arc;

use leptos::ev;
use leptos::prelude::*;

use super::{also_in, iscm_link, iscm_links, topic_notes, variants_view, with_context};
use crate::components::abbr::WithAbbr;
use crate::components::source_line::SourceLine;
use crate::dataset::context::{Context, EventKind, GrcpMeeting, InactiveIscm, TimelineEvent};
use crate::dataset::glossary::{
    datetime_attr, kind_counts, kind_from_query, kind_id, kind_label, kind_query, status_label,
    timeline_by_year,
};
use crate::dataset::Dataset;
use crate::route::{hash_with_query, split_hash, Route, Topic};

/// The kind filter of the current address, if the address is the timeline's.
fn kind_in_location() -> Option<EventKind> {
    let hash = window().location().hash().unwrap_or_default();
    let (_, query) = split_hash(&hash);
    kind_from_query(query)
}

pub(super) fn body(data: Arc<Dataset>) -> impl IntoView {
    let kind = RwSignal::new(kind_in_location());
    // A link or back/forward may change the filter while the page stays.
    let handle = window_event_listener(ev::hashchange, move |_| {
        let hash = window().location().hash().unwrap_or_default();
        if Route::from_hash(&hash) != Route::Topic(Topic::Timeline) {
            return;
        }
        let wanted = kind_in_location();
        if kind.try_get_untracked().is_some_and(|now| now != wanted) {
            kind.try_set(wanted);
        }
    });
    on_cleanup(move || handle.remove());
    with_context(data, move |data, context| {
        render(data, context, kind).into_any()
    })
}

/// Shows only events of `wanted` (all for `None`), and says so in the address without adding
/// a history entry.
fn choose(kind: RwSignal<Option<EventKind>>, wanted: Option<EventKind>) {
    kind.set(wanted);
    let hash = hash_with_query(&Route::Topic(Topic::Timeline), &kind_query(wanted));
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&hash));
    }
}

fn render(
    data: &Arc<Dataset>,
    context: &Arc<Context>,
    kind: RwSignal<Option<EventKind>>,
) -> AnyView {
    let total = context.timeline.len();
    let counts = kind_counts(&context.timeline);
    let all_button = view! {
        <li>
            <button
                type="button"
                class="chip"
                aria-pressed=move || kind.get().is_none().to_string()
                on:click=move |_| choose(kind, None)
            >
                {format!("All ({total})")}
            </button>
        </li>
    };
    let kind_buttons = counts
        .iter()
        .map(|(event_kind, count)| {
            let event_kind = *event_kind;
            view! {
                <li>
                    <button
                        type="button"
                        class="chip"
                        data-kind=kind_id(event_kind)
                        aria-pressed=move || (kind.get() == Some(event_kind)).to_string()
                        on:click=move |_| choose(kind, Some(event_kind))
                    >
                        {format!("{} ({count})", kind_label(event_kind))}
                    </button>
                </li>
            }
        })
        .collect_view();
    let status = {
        let counts = counts.clone();
        move || match kind.get() {
            None => format!("Showing all {total} events."),
            Some(wanted) => {
                let shown = counts
                    .iter()
                    .find(|(k, _)| *k == wanted)
                    .map_or(0, |(_, n)| *n);
                format!(
                    "Showing {shown} of {total} events: {}.",
                    kind_label(wanted).to_lowercase()
                )
            }
        }
    };
    let events = {
        let data = Arc::clone(data);
        let context = Arc::clone(context);
        move || events_list(&data, &context.timeline, kind.get())
    };
    let meetings = context
        .grcp_meetings
        .iter()
        .map(|meeting| meeting_view(data, meeting))
        .collect_view();
    let inactive = context
        .inactive_iscms
        .iter()
        .map(|iscm| inactive_view(data, iscm))
        .collect_view();
    view! {
        <h2 id="events">"Events"</h2>
        <p>
            "Only years the sources state are placed here: loosely dated periods (“the early 1990s”) are left out. Founding years are those of the report's fact sheet (Annex 2)."
        </p>
        <div class="kind-filter" role="group" aria-labelledby="kind-filter-label">
            <p id="kind-filter-label" class="kind-filter-label">"Show:"</p>
            <ul>{all_button} {kind_buttons}</ul>
        </div>
        <p class="result-count" role="status" aria-live="polite">{status}</p>
        {events}

        <h2 id="grcp-meetings">"Global meetings of ISCM chairs and secretariats (GRCPs)"</h2>
        <p>
            "The meetings as the sources give them. GRCP 1 and 2 are not named in the sources; a year is given only where they state it, otherwise only the year of the meeting's summary report."
        </p>
        <ol class="tp-meetings" data-list="grcp-meetings" aria-labelledby="grcp-meetings">{meetings}</ol>

        <h2 id="inactive">"ISCMs that ended, changed, or are not among the 30"</h2>
        <p>
            "ISCMs and global processes the sources name that are not among the 30 of the report's fact sheet: what became of them, and the ISCM they became where there is one."
        </p>
        <ul class="tp-passages tp-inactive" data-list="inactive-iscms" aria-labelledby="inactive">{inactive}</ul>

        {topic_notes(data, context, Topic::Timeline)}
    }.into_any()
}

fn events_list(data: &Arc<Dataset>, events: &[TimelineEvent], kind: Option<EventKind>) -> AnyView {
    let years = timeline_by_year(events, kind)
        .into_iter()
        .map(|(year, events)| {
            let events = events
                .into_iter()
                .map(|event| event_view(data, event))
                .collect_view();
            view! {
                <li class="tp-year">
                    <h3><time datetime=year.to_string()>{year}</time></h3>
                    <ol class="tp-events" aria-label=format!("Events of {year}")>{events}</ol>
                </li>
            }
        })
        .collect_view();
    view! { <ol class="tp-timeline" aria-labelledby="events">{years}</ol> }.into_any()
}

fn event_view(data: &Arc<Dataset>, event: &TimelineEvent) -> AnyView {
    let date = event.date.as_ref().map(|date| {
        view! {
            <p class="tp-event-date">
                <time datetime=datetime_attr(Some(date), event.year)>{date.clone()}</time>
            </p>
        }
    });
    view! {
        <li class="tp-event" data-kind=kind_id(event.kind)>
            <p class="tp-event-head">
                <span class="badge badge-plain">{kind_label(event.kind)}</span>
                " "
                <strong lang="en"><WithAbbr text=event.title.clone() data=Arc::clone(data) /></strong>
            </p>
            {date}
            <p lang="en"><WithAbbr text=event.text.clone() data=Arc::clone(data) /></p>
            {iscm_links(data, &event.iscm_ids, "ISCMs:")}
            <SourceLine data=Arc::clone(data) source=event.source.clone() />
            {also_in(data, &event.also_in)}
        </li>
    }.into_any()
}

fn meeting_view(data: &Arc<Dataset>, meeting: &GrcpMeeting) -> AnyView {
    let title = match meeting.number {
        Some(number) => format!("GRCP {number}"),
        None => "Global meeting of chairs and secretariats (no number given)".to_string(),
    };
    let year = match meeting.year {
        Some(year) => view! { <time datetime=year.to_string()>{year}</time> }.into_any(),
        None => "Not stated".into_any(),
    };
    let fact = |label: &'static str, value: &Option<String>| {
        value.as_ref().map(|value| {
            view! { <dt>{label}</dt> <dd lang="en">{value.clone()}</dd> }
        })
    };
    let report_year = meeting.report_year.map(|year| {
        view! { <dt>"Summary report"</dt> <dd><time datetime=year.to_string()>{year}</time></dd> }
    });
    let main = meeting.sources.first().cloned();
    let others = meeting.sources.get(1..).unwrap_or_default();
    let agenda = (meeting.number == Some(8)).then(|| {
        view! { <p><a href=Route::Grcp8.to_hash()>"GRCP 8: the meeting and its agenda"</a></p> }
    });
    view! {
        <li class="tp-meeting">
            <h3>{title}</h3>
            <dl class="tp-meeting-facts">
                <dt>"Year of the meeting"</dt>
                <dd>{year}</dd>
                {report_year}
                {fact("Date", &meeting.date)}
                {fact("Place", &meeting.place)}
                {fact("Theme", &meeting.theme)}
                {fact("Attendance", &meeting.attendance)}
            </dl>
            <p lang="en"><WithAbbr text=meeting.text.clone() data=Arc::clone(data) /></p>
            {iscm_links(data, &meeting.iscm_ids, "ISCMs named:")}
            {main.map(|source| view! { <SourceLine data=Arc::clone(data) source=source /> })}
            {also_in(data, others)}
            {variants_view(data, &meeting.variants, "Other passages")}
            {agenda}
        </li>
    }
    .into_any()
}

fn inactive_view(data: &Arc<Dataset>, iscm: &InactiveIscm) -> AnyView {
    let heading = match &iscm.short_name {
        Some(short) => format!("{} ({short})", iscm.name),
        None => iscm.name.clone(),
    };
    let ended = iscm.year_ended.map(|year| {
        view! { " in " <time datetime=year.to_string()>{year}</time> }
    });
    let successor = iscm.successor_iscm_id.as_ref().map(|id| {
        view! { <p class="tp-successor">"Became: " {iscm_link(data, id)}</p> }
    });
    let main = iscm.sources.first().cloned();
    let others = iscm.sources.get(1..).unwrap_or_default();
    view! {
        <li class="tp-passage" data-status=status_label(iscm.status)>
            <h3 lang="en">{heading}</h3>
            <p><span class="badge badge-plain">{status_label(iscm.status)}</span> {ended}</p>
            {successor}
            <p lang="en"><WithAbbr text=iscm.text.clone() data=Arc::clone(data) /></p>
            {main.map(|source| view! { <SourceLine data=Arc::clone(data) source=source /> })}
            {also_in(data, others)}
            {variants_view(data, &iscm.variants, "Other passages")}
        </li>
    }
    .into_any()
}
