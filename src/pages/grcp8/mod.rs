//! The GRCP 8 meeting and its agenda (`#/grcp8`), and one session (`#/grcp8/<session>`).
//! Both load `grcp8.json` lazily; the pure logic is in `crate::dataset::agenda`.

mod agenda_page;
mod parts;
mod session_page;

use std::sync::Arc;

use leptos::ev;
use leptos::prelude::*;

use crate::components::status::InlineError;
use crate::dataset::agenda::AgendaParams;
use crate::dataset::Dataset;
use crate::i18n::grcp8::Grcp8Text;
use crate::lazy_file::FileState;
use crate::route::{split_hash, Route};
use crate::secondary::SecondaryFiles;

/// The agenda's parameters in the current address.
fn read_params() -> AgendaParams {
    let hash = window().location().hash().unwrap_or_default();
    let (_, query) = split_hash(&hash);
    AgendaParams::parse(query)
}

/// Puts new parameters in the address (a history entry, so Back undoes a filter) and in the
/// page's signal at once.
fn set_params(params: RwSignal<AgendaParams>, next: AgendaParams) {
    let _ = window().location().set_hash(&next.to_hash());
    if params.get_untracked() != next {
        params.set(next);
    }
}

/// What a view shows while `grcp8.json` is not ready: `None` once it is.
fn waiting(
    data: &Arc<Dataset>,
    state: &FileState<crate::dataset::grcp8::Grcp8>,
) -> Option<AnyView> {
    let files = expect_context::<SecondaryFiles>();
    let t = Grcp8Text::now();
    match state {
        FileState::Idle | FileState::Loading => {
            Some(view! { <p class="status" role="status">{t.loading}</p> }.into_any())
        }
        FileState::Failed(error) => {
            crate::app::set_title(t.not_available);
            let data = Arc::clone(data);
            Some(
                view! {
                    <h1>{t.not_available}</h1>
                    <InlineError error=error.clone() on_retry=move || files.grcp8.load(Arc::clone(&data)) />
                }
                .into_any(),
            )
        }
        FileState::Ready(_) => None,
    }
}

#[component]
pub fn Grcp8Page(data: Arc<Dataset>) -> impl IntoView {
    let files = expect_context::<SecondaryFiles>();
    files.grcp8.ensure(Arc::clone(&data));

    let params = RwSignal::new(read_params());
    // Links, Back and Forward change the address: follow it while this view is shown.
    let handle = window_event_listener(ev::hashchange, move |_| {
        let hash = window().location().hash().unwrap_or_default();
        if Route::from_hash(&hash) == Route::Grcp8 {
            let next = read_params();
            if params.try_get_untracked().is_some_and(|now| now != next) {
                params.try_set(next);
            }
        }
    });
    on_cleanup(move || handle.remove());

    move || {
        let state = files.grcp8.state();
        if let Some(view) = waiting(&data, &state) {
            return view;
        }
        match state {
            FileState::Ready(agenda) => agenda_page::agenda_page(Arc::clone(&data), agenda, params),
            _ => ().into_any(),
        }
    }
}

#[component]
pub fn Grcp8SessionPage(data: Arc<Dataset>, id: String) -> impl IntoView {
    let files = expect_context::<SecondaryFiles>();
    files.grcp8.ensure(Arc::clone(&data));
    move || {
        let state = files.grcp8.state();
        if let Some(view) = waiting(&data, &state) {
            return view;
        }
        match state {
            FileState::Ready(agenda) => session_page::session_page(Arc::clone(&data), agenda, &id),
            _ => ().into_any(),
        }
    }
}
