//! Notices about the app itself, above every view: that the visitor is offline (and the date
//! of the data shown), and that a new version is ready to load.

use std::sync::Arc;

use leptos::ev;
use leptos::prelude::*;

use crate::dataset::Dataset;
use crate::service_worker::AppUpdate;

#[component]
pub fn AppNotices(data: Signal<Option<Arc<Dataset>>>, update: AppUpdate) -> impl IntoView {
    let online = RwSignal::new(window().navigator().on_line());
    let on = window_event_listener(ev::online, move |_| online.set(true));
    let off = window_event_listener(ev::offline, move |_| online.set(false));
    on_cleanup(move || {
        on.remove();
        off.remove();
    });

    let offline = move || {
        (!online.get()).then(|| {
            let shown = data.get().map(|data| {
                format!(
                    " The data shown is dataset version {}, fact sheet as of {}.",
                    data.meta.version, data.meta.fact_sheet_as_of
                )
            });
            view! { <p class="notice notice-offline">"You are offline." {shown}</p> }
        })
    };
    let new_version = move || {
        update.is_ready().then(|| {
            view! {
                <p class="notice notice-update">
                    "A new version of ISCM Explorer is available. "
                    <button type="button" class="button" on:click=move |_| update.apply()>
                        "Reload"
                    </button>
                </p>
            }
        })
    };
    // Always in the page, so screen readers announce what appears in it.
    view! {
        <div class="app-notices" role="status">
            {offline}
            {new_version}
        </div>
    }
}
