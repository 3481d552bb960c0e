//! The offline copy: registers the service worker that `scripts/service-worker.mjs` writes
//! into every release build (`sw.js`), and offers a reload when a new version is waiting.
//!
//! The worker serves code and data from one cache per build, so a page never mixes versions;
//! a new build waits until the visitor accepts the reload, and then every open page of the
//! app reloads. Where the browser refuses (a sandboxed frame, blocked storage, an insecure
//! address), the app runs online as before, with nothing shown and nothing logged.

use std::cell::RefCell;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};

/// The worker's address, relative to the page, so any deployment path works.
const SCRIPT_URL: &str = "./sw.js";

/// What the worker understands as "take over now" (see scripts/service-worker.mjs).
const SKIP_WAITING: &str = "skip-waiting";

thread_local! {
    /// The installed worker of a new version, waiting (kept out of the reactive system: a
    /// signal of a browser object costs more wasm than this).
    static WAITING: RefCell<Option<ServiceWorker>> = const { RefCell::new(None) };
}

/// A new version of the app, installed and waiting for the visitor's consent.
#[derive(Clone, Copy)]
pub struct AppUpdate {
    ready: RwSignal<bool>,
}

impl AppUpdate {
    /// Whether a new version is waiting (tracked).
    pub fn is_ready(self) -> bool {
        self.ready.get()
    }

    /// Lets the waiting version take over; the page reloads when it does.
    pub fn apply(self) {
        match WAITING.with_borrow(Clone::clone) {
            Some(worker) => {
                let _ = worker.post_message(&JsValue::from_str(SKIP_WAITING));
            }
            None => {
                let _ = window().location().reload();
            }
        }
    }

    fn offer(self, worker: ServiceWorker) {
        WAITING.set(Some(worker));
        self.ready.set(true);
    }
}

/// Registers the worker (release builds only: a debug build must never be served from a
/// cache) and watches for new versions.
pub fn register() -> AppUpdate {
    let update = AppUpdate {
        ready: RwSignal::new(false),
    };
    if cfg!(debug_assertions) {
        return update;
    }
    let Some(container) = container() else {
        return update;
    };
    // A page that started under a worker reloads when a newer one takes over, so it never
    // runs its code against the next version's files.
    let had_controller = container.controller().is_some();
    let on_controller_change = Closure::<dyn FnMut()>::new(move || {
        if had_controller {
            let _ = window().location().reload();
        }
    });
    container.set_oncontrollerchange(Some(on_controller_change.as_ref().unchecked_ref()));
    on_controller_change.forget();

    spawn_local(async move {
        let Ok(registration) = JsFuture::from(container.register(SCRIPT_URL)).await else {
            return;
        };
        let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        watch(registration, update);
    });
    update
}

/// Offers the waiting worker, now or once one has installed. The first worker of a visitor
/// is no update: it only counts when a worker already controls the page.
fn watch(registration: ServiceWorkerRegistration, update: AppUpdate) {
    let controlled = || container().is_some_and(|c| c.controller().is_some());
    if let Some(waiting) = registration.waiting() {
        if controlled() {
            update.offer(waiting);
        }
    }
    let found = registration.clone();
    let on_update_found = Closure::<dyn FnMut()>::new(move || {
        let Some(installing) = found.installing() else {
            return;
        };
        let worker = installing.clone();
        let on_state_change = Closure::<dyn FnMut()>::new(move || {
            if worker.state() == ServiceWorkerState::Installed && controlled() {
                update.offer(worker.clone());
            }
        });
        installing.set_onstatechange(Some(on_state_change.as_ref().unchecked_ref()));
        on_state_change.forget();
    });
    registration.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
    on_update_found.forget();

    // Browsers look for a new version on each visit; a tab left open looks again when the
    // visitor comes back to it or back online.
    let on_return = Closure::<dyn FnMut()>::new(move || {
        if let Ok(checked) = registration.update() {
            // Offline or refused: no new version this time; nothing to report.
            spawn_local(async move {
                let _ = JsFuture::from(checked).await;
            });
        }
    });
    let callback = on_return.as_ref().unchecked_ref();
    let _ = document().add_event_listener_with_callback("visibilitychange", callback);
    let _ = window().add_event_listener_with_callback("online", callback);
    on_return.forget();
}

/// `navigator.serviceWorker`, read so that a refusal (a sandboxed frame throws on access,
/// an insecure page has none) is an answer, not an error.
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = window().navigator();
    js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker"))
        .ok()?
        .dyn_into::<ServiceWorkerContainer>()
        .ok()
}
