//! `#/grcp8/<session>`: one block of the GRCP 8 day: its slots and people, its Annex 9
//! objectives and discussion questions beside the earlier wording of the grcp8-brief, the
//! report's account of its discussions, and the sessions before and after it.

use std::sync::Arc;

use leptos::prelude::*;

use super::parts::{
    iscm_links, notes_section, print_button, questions_list, slot_item, source_lines, text_list,
    time_range,
};
use crate::app::{set_description, set_title};
use crate::components::source_line::SourceLine;
use crate::dataset::agenda::{
    discussions_for, highlight_parts, notes_for_session, session, session_in_order, session_label,
    session_slots, session_times, sessions_in_order, AGENDA_SECTION, BRIEF_DOC, QUESTIONS_SECTION,
    REPORT_DOC,
};
use crate::dataset::grcp8::{Grcp8, Session};
use crate::dataset::source::SourceRef;
use crate::dataset::Dataset;
use crate::i18n::{fill, grcp8::Grcp8Text, number};
use crate::route::Route;

fn session_link(session: &Session) -> AnyView {
    view! {
        <a href=Route::Grcp8Session(session.id.clone()).to_hash() lang="en">{session_label(session)}</a>
    }
    .into_any()
}

fn report_source<'a>(session: &'a Session, section: &str) -> Vec<&'a SourceRef> {
    session
        .sources
        .iter()
        .filter(|s| s.doc == REPORT_DOC && s.section == section)
        .collect()
}

fn brief_sources(session: &Session) -> Vec<&SourceRef> {
    session
        .sources
        .iter()
        .filter(|s| s.doc == BRIEF_DOC)
        .collect()
}

/// The report's wording beside the brief's, for one part of a session (`current` is the
/// report's; `earlier` the brief's, `Err(text)` when the brief has none of its own).
fn pair(
    data: &Arc<Dataset>,
    session: &Session,
    current: AnyView,
    earlier: Result<AnyView, &'static str>,
) -> AnyView {
    let current_sources = report_source(session, QUESTIONS_SECTION);
    let (earlier, earlier_sources) = match earlier {
        Ok(view) => (view, brief_sources(session)),
        Err(text) => (
            view! { <p class="hint">{text}</p> }.into_any(),
            if session.brief_wording.is_some() {
                brief_sources(session)
            } else {
                Vec::new()
            },
        ),
    };
    super::parts::wording_pair(data, current, &current_sources, earlier, &earlier_sources)
}

fn titles_section(data: &Arc<Dataset>, session: &Session) -> Option<AnyView> {
    let t = Grcp8Text::now();
    let brief_title = session.brief_wording.as_ref().and_then(|b| b.title.clone());
    if session.title_annex9.is_none() && brief_title.is_none() {
        return None;
    }
    let row = |label: &'static str, text: String, sources: Vec<&SourceRef>| {
        view! {
            <dt>{label}</dt>
            <dd><span lang="en">{text}</span> {source_lines(data, &sources)}</dd>
        }
    };
    let annex9 = session.annex9_order.map(|_| {
        session
            .title_annex9
            .clone()
            .unwrap_or_else(|| session.title.clone())
    });
    Some(
        view! {
            <h2>{t.titles_heading}</h2>
            <dl class="facts titles">
                {row(t.in_agenda, session.title.clone(), report_source(session, AGENDA_SECTION))}
                {annex9.map(|title| row(t.with_objectives, title, report_source(session, QUESTIONS_SECTION)))}
                {brief_title.map(|title| row(t.earlier_wording, title, brief_sources(session)))}
            </dl>
        }
        .into_any(),
    )
}

fn objectives_section(data: &Arc<Dataset>, agenda: &Grcp8, session: &Session) -> AnyView {
    let t = Grcp8Text::now();
    if session.objectives.is_empty() && session.questions.is_empty() {
        return view! {
            <h2>{t.objectives_and_questions}</h2>
            <p>{t.annex9_silent}</p>
        }
        .into_any();
    }
    let brief = session.brief_wording.as_ref();
    let earlier = match brief {
        None => Err(t.brief_silent),
        Some(b) => match &b.objectives {
            Some(objectives) => Ok(text_list(objectives, None)),
            None => Err(t.brief_same_objectives),
        },
    };
    let shared = session
        .objectives_shared_with
        .as_deref()
        .and_then(|id| session_in_agenda(agenda, id))
        .map(|other| {
            view! {
                <p class="hint">{t.shared_objectives} {session_link(other)} "."</p>
            }
        });
    let questions = (!session.questions.is_empty()).then(|| {
        let heading = session
            .questions_heading
            .clone()
            .unwrap_or_else(|| "Discussion guide questions".to_string());
        let earlier = match brief {
            None => Err(t.brief_silent),
            Some(b) => match &b.questions {
                Some(questions) => Ok(questions_list(questions)),
                None => Err(t.brief_same_questions),
            },
        };
        let other_set = session
            .objectives_shared_with
            .as_deref()
            .and_then(|id| session_in_agenda(agenda, id))
            .filter(|other| !other.questions.is_empty())
            .map(|other| {
                let other_heading = other.questions_heading.clone().unwrap_or_default();
                view! {
                    <p class="hint">
                        {t.prints_with}
                        <a href=Route::Grcp8Session(other.id.clone()).to_hash() lang="en">{other_heading}</a>
                        {t.prints_with_of} <span lang="en">{session_label(other)}</span> "."
                    </p>
                }
            });
        view! {
            <h2 lang="en">{heading}</h2>
            {pair(data, session, questions_list(&session.questions), earlier)}
            {other_set}
        }
    });
    view! {
        <h2>{t.objectives}</h2>
        {pair(data, session, text_list(&session.objectives, None), earlier)}
        {shared}
        {questions}
    }
    .into_any()
}

fn session_in_agenda<'a>(agenda: &'a Grcp8, id: &str) -> Option<&'a Session> {
    session(agenda, id)
}

fn discussions_section(data: &Arc<Dataset>, agenda: &Grcp8, session: &Session) -> AnyView {
    let t = Grcp8Text::now();
    let discussions = discussions_for(agenda, &session.id);
    if discussions.is_empty() {
        return view! {
            <h2>{t.discussions}</h2>
            <p>{t.no_discussions}</p>
        }
        .into_any();
    }
    let items = discussions
        .iter()
        .map(|d| {
            let label = d
                .label
                .as_ref()
                .map(|label| view! { <span class="part-label">{format!("({label})")}</span> " " });
            let text = highlight_parts(&d.text, d.highlight.as_deref())
                .into_iter()
                .map(|(part, strong)| {
                    if strong {
                        view! { <strong>{part.to_string()}</strong> }.into_any()
                    } else {
                        part.to_string().into_any()
                    }
                })
                .collect_view();
            let names = (!d.iscm_ids.is_empty())
                .then(|| view! { <p class="discussion-iscms">{t.names} {iscm_links(data, &d.iscm_ids)}</p> });
            view! {
                <li class="discussion">
                    <p>{label} <span lang="en">{text}</span></p>
                    {names}
                    <SourceLine data=Arc::clone(data) source=d.source.clone() />
                </li>
            }
        })
        .collect_view();
    view! {
        <h2>{t.discussions_as_given}</h2>
        <ul class="discussions">{items}</ul>
    }
    .into_any()
}

fn not_found(agenda: &Grcp8, id: &str) -> AnyView {
    let t = Grcp8Text::now();
    set_title(t.session_not_found);
    let sessions = sessions_in_order(agenda)
        .into_iter()
        .map(|s| view! { <li>{session_link(s)}</li> })
        .collect_view();
    view! {
        <h1>{t.session_not_found}</h1>
        <p>{t.not_found_before} <span lang="en">{agenda.meeting.short_title.clone()}</span> {t.not_found_middle} <code>{id.to_string()}</code> {t.not_found_after}</p>
        <p><a href=Route::Grcp8.to_hash()>{t.whole_agenda}</a></p>
        <ol class="session-list">{sessions}</ol>
    }
    .into_any()
}

/// One session's page, once `grcp8.json` is loaded.
pub fn session_page(data: Arc<Dataset>, agenda: Arc<Grcp8>, id: &str) -> AnyView {
    let Some(found) = session_in_order(&agenda, id) else {
        return not_found(&agenda, id);
    };
    let t = Grcp8Text::now();
    let session = found.session;
    let m = &agenda.meeting;
    let label = session_label(session);
    let date = super::agenda_page::meeting_date(&m.date);
    // The tab's title: the numbered sessions by their number in French and Spanish (the
    // title itself is English, as printed); the others by their printed title.
    let tab_name = match session.number {
        Some(n) if crate::i18n::current() != crate::i18n::Lang::En => {
            fill(t.session_number, &[("n", &n.to_string())])
        }
        _ => label.clone(),
    };
    set_title(&format!("{tab_name} · {}", m.short_title));
    set_description(&fill(
        t.session_description,
        &[
            ("label", &label),
            ("short", &m.short_title),
            ("date", &date),
            ("city", &m.city),
        ],
    ));
    let times = session_times(&agenda, session).map(|(start, end)| time_range(&m.date, start, end));
    let slots = session_slots(&agenda, &session.id)
        .iter()
        .map(|slot| slot_item(&data, &m.date, slot, false, Some(&slot.slot.source)))
        .collect_view();
    let notes = notes_for_session(&agenda, &session.id);
    let notes_summary = fill(
        t.session_notes_summary,
        &[("n", &number(crate::i18n::current(), notes.len() as i64))],
    );
    let previous = found.previous.map(|p| {
        view! { <a href=Route::Grcp8Session(p.id.clone()).to_hash() rel="prev">"← " <span lang="en">{session_label(p)}</span></a> }
    });
    let next = found.next.map(|n| {
        view! { <a href=Route::Grcp8Session(n.id.clone()).to_hash() rel="next"><span lang="en">{session_label(n)}</span> " →"</a> }
    });
    view! {
        <div class="agenda-page session-page">
            <nav class="breadcrumbs" aria-label=t.breadcrumb>
                <a href=Route::Grcp8.to_hash()>{fill(t.page_title, &[("short", &m.short_title)])}</a>
                " › "
                <span aria-current="page" lang="en">{label.clone()}</span>
            </nav>
            <h1 lang="en">{label}</h1>
            <p class="lede">
                <span lang="en">{m.short_title.clone()}</span> " · "
                <time datetime=m.date.clone()>{date}</time>
                {times.map(|t| view! { " · " {t} })}
            </p>
            <div class="agenda-actions">{print_button(t.print_session)}</div>

            <h2>{t.in_agenda}</h2>
            <ol class="timeline">{slots}</ol>

            {titles_section(&data, session)}
            {objectives_section(&data, &agenda, session)}
            {discussions_section(&data, &agenda, session)}

            <h2>{t.notes_heading}</h2>
            {notes_section(&data, &notes, notes_summary)}

            <nav class="pager" aria-label=t.pager>
                <span>{previous}</span>
                <span>{next}</span>
            </nav>
        </div>
    }
    .into_any()
}
