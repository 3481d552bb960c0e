//! Work the visitor does not see at once (the history entry and the page title of a filter
//! change), done after the current task, in the order it was asked for.
//!
//! A filter change then shows its cards and counts first. `history.pushState` costs more
//! than the rest of the change on the real data, and the browser's own work after each
//! history entry slows the next few milliseconds of the page: measured with scripts/bench's
//! quick clicks, the filter p95 was 3.0 ms with an entry written after each change and
//! 1.8 ms without. So a history entry waits until nothing has been queued for [`PAUSE`]
//! ([`when_paused`]), and whatever is queued behind it waits with it: a burst of changes
//! still gets one entry per change, in order, all written after the burst. Other work
//! ([`soon`]) runs in the next task.
//!
//! The address must be right whenever something can act on it, so the queue also runs:
//! - on a pointer press or a key press, before the page handles it (capture phase): the
//!   click that follows may follow a link, open the Embed dialog, change the language…;
//! - on any click on a link (assistive technologies may click with no pointer or key);
//! - when code that reads or rewrites the address asks ([`flush`]).
//!
//! If the browser moves to another entry itself (Back, Forward, an address typed in) while
//! work is queued, that work described the page being left and is dropped.

use std::cell::{Cell, RefCell};
use std::time::Duration;

use leptos::prelude::{set_timeout_with_handle, TimeoutHandle};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

type Job = Box<dyn FnOnce()>;

/// How long after the last queued job the queue runs by itself: longer than the gap between
/// two clicks of a burst, shorter than it takes to reach for the address bar.
pub const PAUSE: Duration = Duration::from_millis(300);

thread_local! {
    static QUEUE: RefCell<Vec<Job>> = const { RefCell::new(Vec::new()) };
    static TIMER: Cell<Option<TimeoutHandle>> = const { Cell::new(None) };
    /// Whether the queue holds a job that waits for the visitor to pause.
    static HOLDING: Cell<bool> = const { Cell::new(false) };
    static WATCHING: Cell<bool> = const { Cell::new(false) };
}

/// Runs `job` in a task after the current one, or after the jobs queued before it (or
/// earlier, see the module documentation).
pub fn soon(job: impl FnOnce() + 'static) {
    queue(job, false);
}

/// Runs `job` once the visitor pauses (or earlier, see the module documentation).
pub fn when_paused(job: impl FnOnce() + 'static) {
    queue(job, true);
}

fn queue(job: impl FnOnce() + 'static, wait: bool) {
    watch();
    QUEUE.with(|queue| queue.borrow_mut().push(Box::new(job)));
    if wait {
        HOLDING.set(true);
    }
    // A waiting queue waits from its newest job; another runs in the next task.
    stop_timer();
    let delay = if HOLDING.get() { PAUSE } else { Duration::ZERO };
    TIMER.set(set_timeout_with_handle(flush, delay).ok());
}

fn stop_timer() {
    if let Some(timer) = TIMER.take() {
        timer.clear();
    }
}

/// No timer, nothing held: for an empty queue, or one about to run or be dropped.
fn settle() {
    stop_timer();
    HOLDING.set(false);
}

/// Runs every queued job now, in order: for what must follow them (a history entry that
/// rewrites the current one must come after the entries queued before it).
pub fn flush() {
    settle();
    // One at a time: a job may queue another, which then runs in this same flush.
    while let Some(job) = QUEUE.with(|queue| {
        let mut queue = queue.borrow_mut();
        (!queue.is_empty()).then(|| queue.remove(0))
    }) {
        job();
    }
    // Jobs queued by those jobs have run too.
    settle();
}

/// Listens, once, for what must run the queue first or drop it.
fn watch() {
    if WATCHING.with(|watching| watching.replace(true)) {
        return;
    }
    let window = leptos::prelude::window();
    let listen = |event: &str, handler: Closure<dyn FnMut(web_sys::Event)>| {
        let _ = window.add_event_listener_with_callback_and_bool(
            event,
            handler.as_ref().unchecked_ref(),
            true,
        );
        // The listeners live as long as the page.
        handler.forget();
    };
    for event in ["pointerdown", "keydown"] {
        listen(event, Closure::new(|_: web_sys::Event| flush()));
    }
    listen(
        "click",
        Closure::new(|event: web_sys::Event| {
            let on_link = event
                .target()
                .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
                .and_then(|element| element.closest("a[href]").ok().flatten())
                .is_some();
            if on_link {
                flush();
            }
        }),
    );
    // Fired by the browser's own moves through history (never by pushState, which the
    // queue calls): the queued entries and titles were for the page it left.
    listen(
        "popstate",
        Closure::new(|event: web_sys::Event| {
            if event.is_trusted() {
                settle();
                QUEUE.with(|queue| queue.borrow_mut().clear());
            }
        }),
    );
}
