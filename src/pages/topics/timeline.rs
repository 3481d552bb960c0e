//! The timeline: dated events in year order with a filter by kind (kept in the URL query,
//! `#/topics/timeline?kind=grcp`), the GRCP meetings as the sources give them (no guessed
//! years), and the ISCMs that are not among the 30 (dormant, completed, transformed, …).

use std::sync::Arc;

use leptos::ev;
use leptos::prelude::*;

use super::{also_in, iscm_link, iscm_links, topic_notes, variants_view, with_context};
use crate::components::abbr::WithAbbr;
use crate::components::source_line::SourceLine;
use crate::dataset::context::printed_date;
use crate::dataset::context::{Context, EventKind, GrcpMeeting, InactiveIscm, TimelineEvent};
use crate::dataset::glossary::{
    datetime_attr, kind_counts, kind_from_query, kind_id, kind_label, kind_query, status_label,
    timeline_by_year,
};
use crate::dataset::Dataset;
use crate::i18n::{fill, number, topics::TopicsText, Lang};
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

/// An event kind inside the status sentence: lower case in English as before ("grcp
/// meeting"), with only the first letter lowered in French and Spanish ("réunion GRCP").
fn kind_in_sentence(lang: Lang, kind: EventKind) -> String {
    if lang == Lang::En {
        return crate::lowercase::lower_str(kind_label(kind));
    }
    let label = kind.label(lang);
    let mut chars = label.chars();
    chars.next().map_or_else(String::new, |first| {
        std::iter::once(crate::lowercase::lower(first))
            .chain(chars)
            .collect()
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
    let t = TopicsText::now();
    let lang = crate::i18n::current();
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
                {fill(t.all_events, &[("n", &number(lang, total as i64))])}
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
                        {format!("{} ({})", event_kind.label(lang), number(lang, *count as i64))}
                    </button>
                </li>
            }
        })
        .collect_view();
    let status = {
        let counts = counts.clone();
        move || match kind.get() {
            None => fill(t.status_all, &[("n", &number(lang, total as i64))]),
            Some(wanted) => {
                let shown = counts
                    .iter()
                    .find(|(k, _)| *k == wanted)
                    .map_or(0, |(_, n)| *n);
                fill(
                    t.status_kind,
                    &[
                        ("shown", &number(lang, shown as i64)),
                        ("n", &number(lang, total as i64)),
                        ("kind", &kind_in_sentence(lang, wanted)),
                    ],
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
        <h2 id="events">{t.events}</h2>
        <p>{t.events_intro}</p>
        <div class="kind-filter" role="group" aria-labelledby="kind-filter-label">
            <p id="kind-filter-label" class="kind-filter-label">{t.show}</p>
            <ul>{all_button} {kind_buttons}</ul>
        </div>
        <p class="result-count" role="status" aria-live="polite">{status}</p>
        {events}

        <h2 id="grcp-meetings">{t.grcp_heading}</h2>
        <p>{t.grcp_intro}</p>
        <ol class="tp-meetings" data-list="grcp-meetings" aria-labelledby="grcp-meetings">{meetings}</ol>

        <h2 id="inactive">{t.inactive_heading}</h2>
        <p>{t.inactive_intro}</p>
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
                    <ol class="tp-events" aria-label=fill(TopicsText::now().events_of, &[("year", &year.to_string())])>{events}</ol>
                </li>
            }
        })
        .collect_view();
    view! { <ol class="tp-timeline" aria-labelledby="events">{years}</ol> }.into_any()
}

fn event_view(data: &Arc<Dataset>, event: &TimelineEvent) -> AnyView {
    let lang = crate::i18n::current();
    let date = event.date.as_ref().map(|date| {
        // A plain date is written in the language; anything else ("10 and 11 October 2017")
        // as printed, in English.
        let (text, text_lang) = match printed_date(lang, date) {
            Some(text) => (text, lang.code()),
            None => (date.clone(), "en"),
        };
        view! {
            <p class="tp-event-date">
                <time datetime=datetime_attr(Some(date), event.year) lang=text_lang>{text}</time>
            </p>
        }
    });
    view! {
        <li class="tp-event" data-kind=kind_id(event.kind)>
            <p class="tp-event-head">
                <span class="badge badge-plain">{event.kind.label(lang)}</span>
                " "
                <strong lang="en"><WithAbbr text=event.title.clone() data=Arc::clone(data) /></strong>
            </p>
            {date}
            <p lang="en"><WithAbbr text=event.text.clone() data=Arc::clone(data) /></p>
            {iscm_links(data, &event.iscm_ids, TopicsText::now().iscms)}
            <SourceLine data=Arc::clone(data) source=event.source.clone() />
            {also_in(data, &event.also_in)}
        </li>
    }.into_any()
}

fn meeting_view(data: &Arc<Dataset>, meeting: &GrcpMeeting) -> AnyView {
    let t = TopicsText::now();
    let title = match meeting.number {
        Some(number) => format!("GRCP {number}"),
        None => t.meeting_no_number.to_string(),
    };
    let year = match meeting.year {
        Some(year) => view! { <time datetime=year.to_string()>{year}</time> }.into_any(),
        None => t.not_stated.into_any(),
    };
    let fact = |label: &'static str, value: &Option<String>| {
        value.as_ref().map(|value| {
            view! { <dt>{label}</dt> <dd lang="en">{value.clone()}</dd> }
        })
    };
    let report_year = meeting.report_year.map(|year| {
        view! { <dt>{t.summary_report}</dt> <dd><time datetime=year.to_string()>{year}</time></dd> }
    });
    let main = meeting.sources.first().cloned();
    let others = meeting.sources.get(1..).unwrap_or_default();
    let agenda = (meeting.number == Some(8)).then(|| {
        view! { <p><a href=Route::Grcp8.to_hash()>{t.grcp8_link}</a></p> }
    });
    view! {
        <li class="tp-meeting">
            <h3>{title}</h3>
            <dl class="tp-meeting-facts">
                <dt>{t.year_of_meeting}</dt>
                <dd>{year}</dd>
                {report_year}
                {fact(t.fact_date, &meeting.date)}
                {fact(t.fact_place, &meeting.place)}
                {fact(t.fact_theme, &meeting.theme)}
                {fact(t.fact_attendance, &meeting.attendance)}
            </dl>
            <p lang="en"><WithAbbr text=meeting.text.clone() data=Arc::clone(data) /></p>
            {iscm_links(data, &meeting.iscm_ids, t.iscms_named)}
            {main.map(|source| view! { <SourceLine data=Arc::clone(data) source=source /> })}
            {also_in(data, others)}
            {variants_view(data, &meeting.variants, t.other_passages)}
            {agenda}
        </li>
    }
    .into_any()
}

fn inactive_view(data: &Arc<Dataset>, iscm: &InactiveIscm) -> AnyView {
    let t = TopicsText::now();
    let lang = crate::i18n::current();
    let heading = match &iscm.short_name {
        Some(short) => format!("{} ({short})", iscm.name),
        None => iscm.name.clone(),
    };
    let ended = iscm.year_ended.map(|year| {
        view! { {t.ended_in} <time datetime=year.to_string()>{year}</time> }
    });
    let successor = iscm.successor_iscm_id.as_ref().map(|id| {
        view! { <p class="tp-successor">{t.became} {iscm_link(data, id)}</p> }
    });
    let main = iscm.sources.first().cloned();
    let others = iscm.sources.get(1..).unwrap_or_default();
    view! {
        <li class="tp-passage" data-status=status_label(iscm.status)>
            <h3 lang="en">{heading}</h3>
            <p><span class="badge badge-plain">{iscm.status.label(lang)}</span> {ended}</p>
            {successor}
            <p lang="en"><WithAbbr text=iscm.text.clone() data=Arc::clone(data) /></p>
            {main.map(|source| view! { <SourceLine data=Arc::clone(data) source=source /> })}
            {also_in(data, others)}
            {variants_view(data, &iscm.variants, t.other_passages)}
        </li>
    }
    .into_any()
}
