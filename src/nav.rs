//! Navigation state shared by every view: the current route and the view state in the URL's
//! query, and the one way to change them (so the address bar, history and the views always
//! agree).

use leptos::prelude::*;

use crate::explore::query::Query;
use crate::route::{hash_with_query, split_hash, Route};

/// The current address, parsed.
#[derive(Clone, Copy)]
pub struct Nav {
    /// The view.
    pub route: RwSignal<Route>,
    /// The view state (filters, search, sort, comparison), as parsed from the query.
    pub query: RwSignal<Query>,
    /// The last filters of the explorer or the charts (which share them), so an ISCM page
    /// can lead back to the list as it was, and the main navigation keeps the filters when
    /// moving between the list and the charts.
    pub last_list_query: RwSignal<Query>,
    /// The query's search and comparison, each written only when it changes. Many nodes
    /// read them (every card of the explorer, its highlights and its Compare button): a
    /// memo of `query` would mark all of them to be checked on every filter change.
    pub search: RwSignal<String>,
    pub compare: RwSignal<Vec<String>>,
    /// Notified when the address itself has been written, which [`Nav::go`] does in the
    /// next task (`later`): for what reads `location` rather than the signals above.
    pub address: Trigger,
}

impl Nav {
    /// Reads `location.hash`.
    pub fn from_location() -> Nav {
        let (route, query) = read_location();
        Nav {
            route: RwSignal::new(route),
            search: RwSignal::new(query.search.clone()),
            compare: RwSignal::new(query.compare.clone()),
            query: RwSignal::new(query.clone()),
            last_list_query: RwSignal::new(query),
            address: Trigger::new(),
        }
    }

    /// Re-reads `location.hash` (after `hashchange`: links, back and forward).
    pub fn sync(self) {
        let (route, query) = read_location();
        self.apply(route, query);
    }

    fn apply(self, route: Route, query: Query) {
        if matches!(route, Route::Home | Route::Charts)
            || matches!(route, Route::Chart(chart) if chart.follows_filters())
        {
            // The list's sort and comparison stay the list's own.
            let mut kept = query.clone();
            if route != Route::Home {
                let list = self.last_list_query.get_untracked();
                kept.sort = list.sort;
                kept.compare = list.compare;
            }
            // Only when it changes: the header's links follow it.
            if self.last_list_query.with_untracked(|last| *last != kept) {
                self.last_list_query.set(kept);
            }
        }
        if self.route.get_untracked() != route {
            self.route.set(route);
        }
        if self.query.get_untracked() != query {
            set_changed(self.search, &query.search);
            set_changed(self.compare, &query.compare);
            self.query.set(query);
        }
    }

    /// Goes to `route` with `query`. `replace` rewrites the current history entry instead of
    /// adding one (typing in the search box should not fill the history).
    ///
    /// The view follows at once; a new history entry is written in the next task
    /// (`later`), as it costs the browser about as much as the rest of a filter change.
    pub fn go(self, route: Route, query: Query, replace: bool) {
        let hash = hash_with_query(&route, &query.to_query_string());
        if replace {
            // Typing in the search box rewrites the entry rather than filling the history;
            // the entries still queued come first, as this rewrites the newest.
            crate::later::flush();
            if let Ok(history) = window().history() {
                let _ =
                    history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&hash));
            }
            // replaceState fires no hashchange, so apply now.
            self.apply(route, query);
            self.address.notify();
            return;
        }
        self.apply(route, query);
        crate::later::when_paused(move || {
            let window = window();
            match window.history() {
                Ok(history) => {
                    // A history entry (Back undoes a filter) without `location.hash =`, which
                    // also runs the browser's scroll-to-fragment on every filter change.
                    let _ =
                        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&hash));
                    self.address.notify();
                    // pushState fires no `hashchange`: fire it, as `location.hash =` did, for
                    // what follows the address (the embed frame's reports, page params).
                    if let Ok(event) = web_sys::Event::new("hashchange") {
                        let _ = window.dispatch_event(&event);
                    }
                }
                // The browser's own hashchange follows, and `sync` finds nothing new.
                Err(_) => {
                    let _ = window.location().set_hash(&hash);
                }
            }
        });
    }

    /// Keeps the address free of ids the dataset does not have (from an old or hand-edited
    /// link), so chips and counts only ever show real values: for views that read filters.
    pub fn drop_unknown_ids(self, data: std::sync::Arc<crate::dataset::Dataset>) {
        Effect::new(move |_| {
            let current = self.query.get();
            let known = current.retain_known(&data);
            if known != current {
                self.set_query(known, true);
            }
        });
    }

    /// Changes only the view state of the current route.
    pub fn set_query(self, query: Query, replace: bool) {
        self.go(self.route.get_untracked(), query, replace);
    }
}

/// Writes `value` into `signal` only if it differs, so that its readers are not woken.
fn set_changed<T: Clone + PartialEq + Send + Sync + 'static>(signal: RwSignal<T>, value: &T) {
    signal.maybe_update(|now| {
        let changed = now != value;
        if changed {
            now.clone_from(value);
        }
        changed
    });
}

fn read_location() -> (Route, Query) {
    let hash = window().location().hash().unwrap_or_default();
    let (_, query) = split_hash(&hash);
    (Route::from_hash(&hash), Query::parse(query))
}
