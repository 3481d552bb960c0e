//! The card list's DOM changes (explore::list_change): narrowing removes, widening inserts
//! in place, reordering replaces; applying a patch always gives the next list.

use iscm_explorer::explore::list_change::{list_change, ListChange};
use proptest::prelude::*;

fn ids(s: &str) -> Vec<String> {
    s.split_whitespace().map(str::to_string).collect()
}

/// Applies a change to a list the way the DOM would.
fn apply(current: &[String], next: &[String], change: &ListChange) -> Vec<String> {
    match change {
        ListChange::None => current.to_vec(),
        ListChange::Replace => next.to_vec(),
        ListChange::Patch { removes, inserts } => {
            let mut list: Vec<String> = current
                .iter()
                .filter(|id| !removes.contains(id))
                .cloned()
                .collect();
            for (id, before) in inserts {
                let at = before
                    .as_ref()
                    .and_then(|b| list.iter().position(|x| x == b))
                    .unwrap_or(list.len());
                list.insert(at, id.clone());
            }
            list
        }
    }
}

#[test]
fn narrowing_only_removes_and_widening_only_inserts_in_place() {
    let all = ids("a b c d e f g h");
    let some = ids("a c d e f h");
    assert_eq!(
        list_change(&all, &some),
        ListChange::Patch {
            removes: ids("b g"),
            inserts: vec![]
        }
    );
    assert_eq!(
        list_change(&some, &all),
        ListChange::Patch {
            removes: vec![],
            inserts: vec![
                ("b".into(), Some("c".into())),
                ("g".into(), Some("h".into()))
            ],
        }
    );
    assert_eq!(list_change(&all, &all), ListChange::None);
}

#[test]
fn a_new_order_or_an_empty_list_is_replaced_in_one_call() {
    assert_eq!(
        list_change(&ids("a b c d"), &ids("d c b a")),
        ListChange::Replace
    );
    assert_eq!(
        list_change(&ids("a b c"), &ids("a c b")),
        ListChange::Replace
    );
    assert_eq!(list_change(&[], &ids("a b")), ListChange::Replace);
    // Everything new, nothing kept: still a patch (no node moves twice).
    assert_eq!(
        list_change(&ids("a b"), &ids("x")),
        ListChange::Patch {
            removes: ids("a b"),
            inserts: vec![("x".into(), None)]
        }
    );
}

proptest! {
    #[test]
    fn applying_the_change_gives_the_next_list(
        current in proptest::sample::subsequence((0..40).map(|i| format!("c{i}")).collect::<Vec<_>>(), 0..40),
        mut next in proptest::sample::subsequence((0..40).map(|i| format!("c{i}")).collect::<Vec<_>>(), 0..40),
        shuffle in any::<bool>(),
    ) {
        if shuffle { next.reverse(); }
        let change = list_change(&current, &next);
        prop_assert_eq!(apply(&current, &next, &change), next);
    }
}
