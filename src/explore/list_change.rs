//! How to turn the list of cards on screen into the next one with few DOM operations: a
//! filter that narrows the list only removes cards, one that widens it only inserts them,
//! and a new sort order replaces the list's children in one call. Pure, so it is tested natively; `components/card_list.rs` applies
//! it.

use std::collections::{HashMap, HashSet};

/// What to do to the list's children to go from one list of ids to the next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ListChange {
    /// Nothing changes.
    None,
    /// Remove `removes`, then insert each of `inserts` before the given id (None: at the
    /// end), in the order given.
    Patch {
        removes: Vec<String>,
        inserts: Vec<(String, Option<String>)>,
    },
    /// Replace every child with the next list, in order.
    Replace,
}

/// The change from `current` to `next` (each in order, each id once): a patch when the
/// cards that stay keep their order, else (and to fill an empty list) a replacement.
pub fn list_change(current: &[String], next: &[String]) -> ListChange {
    if current == next {
        return ListChange::None;
    }
    let wanted: HashSet<&str> = next.iter().map(String::as_str).collect();
    let (kept, removed): (Vec<&String>, Vec<&String>) =
        current.iter().partition(|id| wanted.contains(id.as_str()));
    let kept_at: HashMap<&str, usize> = kept
        .iter()
        .enumerate()
        .map(|(i, id)| (id.as_str(), i))
        .collect();
    let mut inserts = Vec::new();
    let mut k = 0;
    for id in next {
        match kept_at.get(id.as_str()) {
            Some(&i) if i == k => k += 1,
            // A card that stays has moved: the order changed.
            Some(_) => return ListChange::Replace,
            None => inserts.push((id.clone(), kept.get(k).map(|s| s.to_string()))),
        }
    }
    // The browser's work is per node moved, and a patch never moves more nodes than a
    // replacement (which takes out every child and puts in every card); an empty list is
    // filled in one call all the same.
    if current.is_empty() {
        return ListChange::Replace;
    }
    ListChange::Patch {
        removes: removed.into_iter().cloned().collect(),
        inserts,
    }
}
