//! Work the visitor does not see at once (the history entry and the page title of a filter
//! change), done in a task after the current one, in the order it was asked for.
//!
//! A filter change then shows its cards and counts first: `history.pushState` and writing
//! `document.title` cost about as much as the rest of the change on the real data (the
//! browser records the entry and tells its own UI). A zero-delay timer runs the queue right
//! after the current task, long before a person can click again; the visitor's next click or
//! key runs it first anyway (a busy page may queue input ahead of the timer), so the address
//! is always right by the time anything can act on it.

use std::cell::{Cell, RefCell};
use std::time::Duration;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

type Job = Box<dyn FnOnce()>;

thread_local! {
    static QUEUE: RefCell<Vec<Job>> = const { RefCell::new(Vec::new()) };
    static TIMER_SET: Cell<bool> = const { Cell::new(false) };
    static INPUT_WATCHED: Cell<bool> = const { Cell::new(false) };
}

/// Runs `job` in a task after the current one (or earlier, see [`flush`]).
pub fn soon(job: impl FnOnce() + 'static) {
    watch_input();
    QUEUE.with(|queue| queue.borrow_mut().push(Box::new(job)));
    if !TIMER_SET.with(|set| set.replace(true)) {
        leptos::prelude::set_timeout(flush, Duration::ZERO);
    }
}

/// Runs every queued job now, in order: for what must follow them (a history entry that
/// rewrites the current one must come after the entries queued before it).
pub fn flush() {
    TIMER_SET.with(|set| set.set(false));
    // One at a time: a job may queue another, which then runs in this same flush.
    while let Some(job) = QUEUE.with(|queue| {
        let mut queue = queue.borrow_mut();
        (!queue.is_empty()).then(|| queue.remove(0))
    }) {
        job();
    }
}

/// Flushes before the page handles a click or a key (capture phase, so before links,
/// buttons and their default actions).
fn watch_input() {
    if INPUT_WATCHED.with(|watched| watched.replace(true)) {
        return;
    }
    let window = leptos::prelude::window();
    let on_input = Closure::<dyn FnMut()>::new(flush);
    for event in ["pointerdown", "click", "keydown"] {
        let _ = window.add_event_listener_with_callback_and_bool(
            event,
            on_input.as_ref().unchecked_ref(),
            true,
        );
    }
    // The listeners live as long as the page.
    on_input.forget();
}
