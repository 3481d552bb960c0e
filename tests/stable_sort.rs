//! The app's shared stable sort gives exactly what the standard library's stable sort gives.

use iscm_explorer::stable_sort::{sort_by, sort_by_cached_key, sort_by_key};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Few distinct keys, so most lists have ties: stability is what is tested.
    #[test]
    fn same_order_as_the_standard_stable_sort(items in prop::collection::vec((0u8..6, any::<u16>()), 0..80)) {
        let mut expected = items.clone();
        expected.sort_by_key(|item| item.0);
        let mut by = items.clone();
        sort_by(&mut by, |a, b| a.0.cmp(&b.0));
        prop_assert_eq!(&by, &expected);
        let mut by_key = items.clone();
        sort_by_key(&mut by_key, |item| item.0);
        prop_assert_eq!(&by_key, &expected);
        let mut cached = items.clone();
        sort_by_cached_key(&mut cached, |item| item.0);
        prop_assert_eq!(&cached, &expected);
    }

    #[test]
    fn reversed_keys_and_owned_elements(items in prop::collection::vec("[a-c]{0,3}", 0..60)) {
        let mut expected = items.clone();
        expected.sort_by_key(|s| std::cmp::Reverse(s.len()));
        let mut got = items.clone();
        sort_by_key(&mut got, |s| std::cmp::Reverse(s.len()));
        prop_assert_eq!(got, expected);
    }
}

#[test]
fn empty_and_single_lists() {
    let mut empty: Vec<u8> = Vec::new();
    sort_by(&mut empty, |a, b| a.cmp(b));
    assert!(empty.is_empty());
    let mut one = vec![7];
    sort_by_key(&mut one, |x| *x);
    assert_eq!(one, [7]);
}
