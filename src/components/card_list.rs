//! The explorer's list of cards. Each ISCM's card is built once, when it is first shown, and
//! kept while the list lives: a filter change puts the matching cards in the list, in their
//! order, with one DOM call, as a hand-written page would, instead of destroying the cards
//! it hides and building them again when they come back. With 3,000 records, rebuilding
//! cost seconds per filter change (scripts/bench measures it).

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;

use leptos::html::Ul;
use leptos::prelude::*;
use leptos::tachys::view::any_view::AnyViewState;
use leptos::tachys::view::{Mountable, Render};

use crate::components::iscm_card::IscmCard;
use crate::dataset::Dataset;

/// A built card: its `<li>`, and the view state that keeps its reactive parts (search
/// highlights, the comparison button) alive while it is out of the list.
struct BuiltCard {
    element: web_sys::Element,
    _state: AnyViewState,
}

#[component]
pub fn CardList(
    data: Arc<Dataset>,
    /// The ids to show, in order.
    ids: Memo<Vec<String>>,
    needle: Signal<String>,
    compared: Memo<Vec<String>>,
) -> impl IntoView {
    let list = NodeRef::<Ul>::new();
    // The cards' reactive parts belong to this list: disposed with it, not with each run
    // of the effect below.
    let owner = Owner::new();
    let built: Rc<RefCell<HashMap<String, BuiltCard>>> = Rc::default();
    Effect::new(move |_| {
        let Some(list) = list.get() else {
            return;
        };
        let shown = js_sys::Array::new();
        ids.with(|ids| {
            let mut built = built.borrow_mut();
            for id in ids {
                if !built.contains_key(id) {
                    let Some(iscm) = data.iscm(id).cloned() else {
                        continue;
                    };
                    let data = Arc::clone(&data);
                    // Untracked: building a card must not make this effect follow what
                    // the card reads.
                    let state = owner.with(|| {
                        untrack(|| {
                            view! { <IscmCard data=data iscm=iscm needle=needle compared=compared /> }
                                .into_any()
                                .build()
                        })
                    });
                    let Some(element) = state.elements().into_iter().next() else {
                        continue;
                    };
                    built.insert(
                        id.clone(),
                        BuiltCard {
                            element,
                            _state: state,
                        },
                    );
                }
                if let Some(card) = built.get(id) {
                    shown.push(&card.element);
                }
            }
        });
        list.replace_children_with_node(&shown);
    });
    view! { <ul class="cards" node_ref=list></ul> }
}
