//! Notices about the app itself, above every view: that the visitor is offline (and the date
//! of the data shown), and that a new version is ready to load.

use std::sync::Arc;

use leptos::ev;
use leptos::prelude::*;

use crate::dataset::Dataset;
use crate::i18n::shell::ShellText;
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

    let t = ShellText::now();
    let offline = move || {
        (!online.get()).then(|| {
            let shown = data.get().map(|data| {
                let lang = crate::i18n::current();
                let as_of = crate::i18n::month_year(lang, &data.meta.fact_sheet_as_of)
                    .unwrap_or_else(|| data.meta.fact_sheet_as_of.clone());
                let text = crate::i18n::fill(
                    t.offline_data,
                    &[("version", &data.meta.version), ("as_of", &as_of)],
                );
                format!(" {text}")
            });
            view! { <p class="notice notice-offline">{t.offline} {shown}</p> }
        })
    };
    let new_version = move || {
        update.is_ready().then(|| {
            view! {
                <p class="notice notice-update">
                    {t.update_ready} " "
                    <button type="button" class="button" on:click=move |_| update.apply()>
                        {t.reload}
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
