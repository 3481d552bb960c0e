//! The explorer's list of cards. Each ISCM's card is built once, when it is first shown, and
//! kept while the list lives; a filter change then removes or inserts only the cards that
//! leave or join the list (`explore::list_change`), as a hand-written page would, instead
//! of destroying the cards it hides and building them again when they come back. With
//! 3,000 records, rebuilding cost seconds per filter change (scripts/bench measures it).

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;

use leptos::html::Ul;
use leptos::prelude::*;
use leptos::tachys::view::any_view::AnyViewState;
use leptos::tachys::view::{Mountable, Render};
use send_wrapper::SendWrapper;

use crate::components::iscm_card::IscmCard;
use crate::dataset::Dataset;
use crate::explore::list_change::{list_change, ListChange};

/// From how many ISCMs in the dataset on a list is long (the report's has 30).
const LONG_LIST: usize = 100;

/// A built card: its `<li>`, and the view state that keeps its reactive parts (search
/// highlights, the comparison button) alive while it is out of the list.
struct BuiltCard {
    element: web_sys::Element,
    _state: AnyViewState,
}

/// The cards built so far, and what the list shows now.
#[derive(Default)]
struct Cards {
    built: HashMap<String, BuiltCard>,
    /// The list element the ids below are in (a new one starts empty).
    list: Option<web_sys::Element>,
    shown: Vec<String>,
}

#[component]
pub fn CardList(
    data: Arc<Dataset>,
    /// The ids to show, in order.
    ids: Memo<Vec<String>>,
    needle: Signal<String>,
    compared: ReadSignal<Vec<String>>,
) -> impl IntoView {
    let data_len = data.iscms.len();
    let list_ref = NodeRef::<Ul>::new();
    // The cards' reactive parts belong to this list: disposed with it, not with each run
    // of the effect below.
    let owner = Owner::new();
    let cards: Rc<RefCell<Cards>> = Rc::default();
    // The element of a card, built on first use (None for an id the dataset lacks).
    let card =
        move |built: &mut HashMap<String, BuiltCard>, id: &str| -> Option<web_sys::Element> {
            if !built.contains_key(id) {
                let iscm = data.iscm(id)?.clone();
                let data = Arc::clone(&data);
                // Untracked: building a card must not make the list follow what the card reads.
                let state = owner.with(|| {
                    untrack(|| {
                        view! { <IscmCard data=data iscm=iscm needle=needle compared=compared /> }
                            .into_any()
                            .build()
                    })
                });
                let element = state.elements().into_iter().next()?;
                built.insert(
                    id.to_string(),
                    BuiltCard {
                        element,
                        _state: state,
                    },
                );
            }
            built.get(id).map(|c| c.element.clone())
        };
    // The cards' views hold their effects: drop them with the list, before anything they read
    // changes (leaving for the search view sets the search) and wakes them on a list that is gone.
    on_cleanup({
        let cards = SendWrapper::new(Rc::clone(&cards));
        move || cards.borrow_mut().built.clear()
    });
    Effect::new(move |_| {
        let Some(list) = list_ref.get() else {
            return;
        };
        let list: web_sys::Element = list.into();
        let mut cards = cards.borrow_mut();
        let Cards {
            built,
            list: last_list,
            shown,
        } = &mut *cards;
        if last_list.as_ref() != Some(&list) {
            *last_list = Some(list.clone());
            shown.clear();
        }
        ids.with(|next| {
            match list_change(shown, next) {
                ListChange::None => {}
                ListChange::Patch { removes, inserts } => {
                    for id in &removes {
                        if let Some(card) = built.get(id) {
                            card.element.remove();
                        }
                    }
                    for (id, before) in &inserts {
                        let Some(element) = card(built, id) else {
                            continue;
                        };
                        let before = before.as_ref().and_then(|b| built.get(b));
                        let _ = list.insert_before(&element, before.map(|b| b.element.as_ref()));
                    }
                }
                ListChange::Replace => {
                    let children = js_sys::Array::new();
                    for id in next {
                        if let Some(element) = card(built, id) {
                            children.push(&element);
                        }
                    }
                    list.replace_children_with_node(&children);
                }
            }
            shown.clone_from(next);
        });
    });
    // A long list lets the browser skip drawing the cards off screen (style.css); a short
    // one draws them all, so their sizes and places are exact (as touch-target checks and
    // the page's scroll height expect).
    let long = data_len > LONG_LIST;
    view! { <ul class="cards" class:cards-long=long node_ref=list_ref></ul> }
}
