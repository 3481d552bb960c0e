//! The app shell: header, main view chosen by the route, footer; and the dataset's life
//! cycle (loading, ready, failed with a retry).

use std::sync::Arc;

use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api;
use crate::components::app_notices::AppNotices;
use crate::components::deferred_view::{ready_now, ChunkLoad, DeferredView};
use crate::components::embed_bar::EmbedBar;
use crate::components::embed_dialog::EmbedDialog;
use crate::components::footer::Footer;
use crate::components::header::Header;
use crate::components::language_choice;
use crate::components::status::{ErrorState, LoadingState};
use crate::components::theme_toggle;
use crate::dataset::validate::check_core;
use crate::dataset::Dataset;
use crate::i18n::shell::ShellText;
use crate::lazy_views as lazy;
use crate::load_error::LoadError;
use crate::nav::Nav;
use crate::pages::{explorer::ExplorerPage, not_found::NotFoundPage};
use crate::route::Route;
use crate::secondary::SecondaryFiles;

/// Where the dataset is in its life cycle.
#[derive(Clone)]
pub enum LoadState {
    Loading,
    Ready(Arc<Dataset>),
    Failed(LoadError),
}

#[component]
pub fn App() -> impl IntoView {
    // The visitor's colour scheme (issue #8), before anything is drawn.
    theme_toggle::apply(theme_toggle::remembered());
    // The interface language (issue #8): every view below is redrawn when it changes.
    let language = RwSignal::new(language_choice::boot());
    provide_context(language);
    let nav = Nav::from_location();
    provide_context(nav);
    let route = nav.route;
    let handle = window_event_listener(ev::hashchange, move |_| nav.sync());
    on_cleanup(move || handle.remove());

    provide_context(SecondaryFiles::new());

    // Embedding and the offline copy (issue #7): in embed mode (`?embed=1` before the `#`)
    // no site header or footer, and the height goes to the host page.
    let embed = crate::frame::is_embed_page();
    if embed {
        crate::frame::mark_document();
        crate::frame::report_height();
    }
    let update = crate::service_worker::register();

    let state = RwSignal::new(LoadState::Loading);
    let load = move || {
        state.set(LoadState::Loading);
        spawn_local(async move {
            let result = api::load_file::<Dataset>(api::ISCMS_URL, check_core).await;
            state.set(match result {
                Ok(data) => LoadState::Ready(Arc::new(data)),
                Err(error) => LoadState::Failed(error),
            });
        });
    };
    load();

    // A new view is announced by moving focus to <main>, and starts at the top.
    Effect::new(move |previous: Option<Route>| {
        let now = route.get();
        if previous.is_some_and(|previous| previous != now) {
            window().scroll_to_with_x_and_y(0.0, 0.0);
            if let Some(main) = document().get_element_by_id("main") {
                use wasm_bindgen::JsCast;
                if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
                    let _ = main.focus();
                }
            }
        }
        now
    });

    let skip_to_main = move |event: ev::MouseEvent| {
        // A plain `href="#main"` would be read as a route, so the skip link moves focus itself.
        event.prevent_default();
        if let Some(main) = document().get_element_by_id("main") {
            use wasm_bindgen::JsCast;
            if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
                let _ = main.focus();
            }
        }
    };

    let view_for = move || {
        let route = route.get();
        match state.get() {
            LoadState::Loading => LoadingState().into_any(),
            LoadState::Failed(error) => {
                set_title(ShellText::now().error_page_title);
                view! { <ErrorState error=error on_retry=load /> }.into_any()
            }
            LoadState::Ready(data) => route_view(route, data),
        }
    };

    let ready_data = Signal::derive(move || match state.get() {
        LoadState::Ready(data) => Some(data),
        _ => None,
    });

    // Views read the current language as they are built; tracking the signal here redraws
    // them all, in the new language, when the visitor changes it.
    move || {
        let _ = language.get();
        let text = ShellText::now();
        view! {
            <a class="skip-link" href="#main" on:click=skip_to_main>{text.skip_link}</a>
            {(!embed).then(|| view! { <Header route=route /> })}
            <main id="main" tabindex="-1">
                <AppNotices data=ready_data update=update />
                {(!embed).then(EmbedDialog)}
                {view_for}
            </main>
            {if embed {
                view! { <EmbedBar data=ready_data /> }.into_any()
            } else {
                view! { <Footer data=ready_data /> }.into_any()
            }}
        }
    }
}

/// The view of `route` once the dataset is ready. The explorer and the not-found page are in
/// the main module; every other view is in a chunk fetched when first shown
/// (src/lazy_views.rs).
fn route_view(route: Route, data: Arc<Dataset>) -> AnyView {
    type Render = Box<dyn Fn() -> Option<AnyView> + Send + Sync>;
    let (load, render): (fn() -> ChunkLoad, Render) = match route {
        Route::Home => return view! { <ExplorerPage data=data /> }.into_any(),
        Route::NotFound(path) => return view! { <NotFoundPage path=path /> }.into_any(),
        Route::Iscm(id) => (
            || Box::pin(lazy::load_iscm()),
            Box::new(move || ready_view(lazy::iscm(data.clone(), id.clone()))),
        ),
        Route::Compare => (
            || Box::pin(lazy::load_compare()),
            Box::new(move || ready_view(lazy::compare(data.clone()))),
        ),
        Route::Charts => (
            || Box::pin(lazy::load_charts()),
            Box::new(move || ready_view(lazy::charts(data.clone()))),
        ),
        Route::Chart(chart) => (
            || Box::pin(lazy::load_chart()),
            Box::new(move || ready_view(lazy::chart(data.clone(), chart))),
        ),
        Route::Grcp8 => (
            || Box::pin(lazy::load_grcp8()),
            Box::new(move || ready_view(lazy::grcp8(data.clone()))),
        ),
        Route::Grcp8Session(id) => (
            || Box::pin(lazy::load_grcp8_session()),
            Box::new(move || ready_view(lazy::grcp8_session(data.clone(), id.clone()))),
        ),
        Route::Topics => (
            || Box::pin(lazy::load_topics()),
            Box::new(move || ready_view(lazy::topics(data.clone()))),
        ),
        Route::Topic(topic) => (
            || Box::pin(lazy::load_topic()),
            Box::new(move || ready_view(lazy::topic(data.clone(), topic))),
        ),
        Route::Glossary => (
            || Box::pin(lazy::load_glossary()),
            Box::new(move || ready_view(lazy::glossary(data.clone()))),
        ),
        Route::Search => (
            || Box::pin(lazy::load_search()),
            Box::new(move || ready_view(lazy::search(data.clone()))),
        ),
        Route::About => (
            || Box::pin(lazy::load_about()),
            Box::new(move || ready_view(lazy::about(data.clone()))),
        ),
    };
    view! { <DeferredView load=load render=render /> }.into_any()
}

/// A split function's view when its chunk is already there (see [`ready_now`]).
fn ready_view(future: impl std::future::Future<Output = lazy::Loaded>) -> Option<AnyView> {
    ready_now(future).and_then(Result::ok)
}

/// Sets the document title, so tabs, history and shared links say what they show. Written
/// in the next task (`later`): the page does not show it, and the browser's work for it is
/// as costly as the rest of a filter change on the real data.
pub fn set_title(view_title: &str) {
    let title = format!("{view_title} · ISCM Explorer");
    crate::later::soon(move || {
        // Writing the title costs the browser work even when it is the same (a filter
        // change that keeps the count): write it only when it changes.
        let document = document();
        if document.title() != title {
            document.set_title(&title);
        }
    });
}

/// Sets the page's meta description, which shared links and search engines show; in the
/// next task, like the title.
pub fn set_description(text: &str) {
    let text = text.to_string();
    crate::later::soon(move || {
        if let Ok(Some(meta)) = document().query_selector("meta[name=description]") {
            if meta.get_attribute("content").as_deref() != Some(text.as_str()) {
                let _ = meta.set_attribute("content", &text);
            }
        }
    });
}
