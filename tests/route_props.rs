//! Property tests of the URL fragment parser (`Route::from_hash`) and its percent-decoding:
//! thousands of generated addresses, hostile and malformed ones among them. No input
//! panics; every route read back is one the app can show (valid ids, a short "not found"
//! text); every route the app writes reads back as itself, with or without view state.

use iscm_explorer::explore::query::{decode_component, encode_component};
use iscm_explorer::route::{hash_with_query, is_id, percent_decode, split_hash, Route, Topic};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed};

fn config(cases: u32) -> Config {
    Config {
        cases,
        failure_persistence: None,
        rng_seed: RngSeed::Fixed(0x15C3_2019),
        ..Config::default()
    }
}

/// Ids as the dataset writes them (and some that are not: too long, empty words).
fn slug() -> impl Strategy<Value = String> {
    "[a-z0-9]{1,12}(-[a-z0-9]{1,12}){0,4}"
}

/// Every route the app can produce.
fn route() -> impl Strategy<Value = Route> {
    prop_oneof![
        Just(Route::Home),
        slug().prop_map(Route::Iscm),
        Just(Route::Compare),
        Just(Route::Grcp8),
        slug().prop_map(Route::Grcp8Session),
        Just(Route::Topics),
        proptest::sample::select(Topic::ALL.to_vec()).prop_map(Route::Topic),
        Just(Route::Glossary),
        Just(Route::Search),
        Just(Route::About),
    ]
}

/// Text shaped like a fragment: known words, ids, slashes, `?`, `&`, `=`, escapes (valid,
/// cut short, not hex), markup, control and non-ASCII characters.
fn hash_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("#".to_string()),
        Just("/".to_string()),
        Just("//".to_string()),
        Just("?".to_string()),
        Just("&".to_string()),
        Just("=".to_string()),
        Just("%".to_string()),
        Just("%2".to_string()),
        Just("%ZZ".to_string()),
        Just("%E0%A4%A".to_string()),
        Just("%FF%FE".to_string()),
        Just("%2F".to_string()),
        Just("%00".to_string()),
        Just("<script>alert(1)</script>".to_string()),
        Just("<img src=x onerror=alert(1)>".to_string()),
        proptest::sample::select(vec![
            "iscm",
            "grcp8",
            "topics",
            "glossary",
            "search",
            "about",
            "compare",
            "timeline",
            "global-compact",
            "..",
            ".",
        ])
        .prop_map(str::to_string),
        slug(),
        "[A-Z]{1,8}",
        "\\PC{1,6}",
        "[\\x00-\\x1f\\x7f]{1,3}",
        "[0-9]{1,30}",
    ];
    proptest::collection::vec(piece, 0..12).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(config(4000))]

    /// Any text is a route; what it names is something a view can show safely.
    #[test]
    fn from_hash_is_total(text in prop_oneof![any::<String>(), hash_like()]) {
        match Route::from_hash(&text) {
            Route::Iscm(id) | Route::Grcp8Session(id) => prop_assert!(is_id(&id), "{:?}", id),
            // Shown back to the visitor as text: never more than 80 characters and "…".
            Route::NotFound(shown) => prop_assert!(shown.chars().count() <= 81, "{}", shown.len()),
            _ => {}
        }
        // Reading is deterministic, and the query part never changes the view.
        let (path, _) = split_hash(&text);
        prop_assert_eq!(Route::from_hash(&text), Route::from_hash(&format!("#{path}")));
    }

    /// Every route the app writes reads back as itself, with or without view state after it.
    #[test]
    fn routes_round_trip(route in route(), query in "[a-z=&%0-9+-]{0,40}") {
        prop_assert_eq!(Route::from_hash(&route.to_hash()), route.clone());
        prop_assert_eq!(Route::from_hash(&hash_with_query(&route, &query)), route.clone());
        // Without the leading '#', as some links are written.
        let bare = route.to_hash();
        prop_assert_eq!(Route::from_hash(&bare[1..]), route);
    }

    /// Decoding never panics; text without '%' is unchanged; encoding then decoding gives
    /// the text back exactly, whatever it holds.
    #[test]
    fn percent_coding_round_trips(text in prop_oneof![any::<String>(), hash_like()]) {
        let decoded = percent_decode(&text);
        if !text.contains('%') {
            prop_assert_eq!(&decoded, &text);
        }
        prop_assert_eq!(decode_component(&encode_component(&text)), text);
    }
}
