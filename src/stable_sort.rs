//! Stable sorting with one sorting routine for the whole app.
//!
//! The standard library's stable sort is generic: each call site with its own element type or
//! comparison closure gets its own copy of the sorting algorithm, about 6 kB of wasm each,
//! and the app sorts in some twenty places. These functions sort a list of positions with a
//! single, non-generic routine, then move the elements into that order, so every call site
//! shares one copy. They are stable: equal elements keep their order, like `slice::sort_by`.

use std::cmp::Ordering;

/// The positions `0..len` in the order `compare` puts them in; ties stay in position order.
fn sorted_positions(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut positions: Vec<usize> = (0..len).collect();
    positions.sort_by(|&a, &b| compare(a, b));
    positions
}

/// Rearranges `items` so that position `i` holds what was at `order[i]`, following each cycle
/// of the permutation with swaps (no element is copied or cloned).
fn apply<T>(items: &mut [T], order: &[usize]) {
    let mut placed = vec![false; items.len()];
    for start in 0..items.len() {
        let mut at = start;
        while !placed[at] {
            placed[at] = true;
            let from = order[at];
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

/// Sorts `items` stably by `compare`.
pub fn sort_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    let order = sorted_positions(items.len(), &|a, b| compare(&items[a], &items[b]));
    apply(items, &order);
}

/// Sorts `items` stably by the key `key` gives each (computed at each comparison).
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` stably by the key `key` gives each, computing each key once.
pub fn sort_by_cached_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    let keys: Vec<K> = items.iter().map(key).collect();
    let order = sorted_positions(items.len(), &|a, b| keys[a].cmp(&keys[b]));
    apply(items, &order);
}
