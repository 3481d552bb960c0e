//! Checking that the hand-written decoder (`dataset/decode.rs`) reads a file as serde's
//! derives did: the same value when both accept, a refusal by both otherwise, and every
//! refusal of the decoder naming a place in the file and what was expected there. Shared by
//! the comparison tests of each dataset file (`tests/decode_*matches_serde.rs`).

use std::fmt::Debug;

use iscm_explorer::dataset::decode::{decode_file, Decode, DecodeError};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed};
use serde::de::DeserializeOwned;
use serde_json::{json, Value};

use super::damage::{any_json, apply, Damage};

/// A shipped dataset file, as text, as a tree, and the keys of all its objects.
pub struct Shipped {
    pub text: String,
    pub tree: Value,
    /// Every key of the file's objects, and the `extra` ones given (fields that may be
    /// missing from the file), so that a damage can add a field that exists elsewhere (known
    /// to serde, unknown to this object) as well as a made-up one (`deep`).
    pub keys: Vec<String>,
}

impl Shipped {
    pub fn new(file: &str, extra: &[&str]) -> Shipped {
        fn collect(value: &Value, keys: &mut Vec<String>) {
            match value {
                Value::Object(map) => {
                    for (key, child) in map {
                        if !keys.contains(key) {
                            keys.push(key.clone());
                        }
                        collect(child, keys);
                    }
                }
                Value::Array(items) => items.iter().for_each(|item| collect(item, keys)),
                _ => {}
            }
        }
        let text = super::data_file(file);
        let tree: Value = serde_json::from_str(&text).expect("shipped JSON");
        let mut keys: Vec<String> = ["deep"]
            .iter()
            .chain(extra)
            .map(|k| k.to_string())
            .collect();
        collect(&tree, &mut keys);
        Shipped { text, tree, keys }
    }
}

/// The text read both ways: as serde's derives read it, and as the decoder reads its tree.
pub fn both<T: DeserializeOwned + Decode>(
    text: &str,
) -> (Result<T, String>, Result<T, DecodeError>) {
    let serde = serde_json::from_str::<T>(text).map_err(|e| e.to_string());
    let ours = match serde_json::from_str::<Value>(text) {
        Ok(tree) => decode_file::<T>(&tree),
        Err(error) => Err(DecodeError {
            path: "$".to_string(),
            reason: error.to_string(),
        }),
    };
    (serde, ours)
}

/// The value at a path as the decoder writes it (`$`, `iscms[3].annex2.chair[0]`).
pub fn resolve<'a>(tree: &'a Value, path: &str) -> Option<&'a Value> {
    if path == "$" {
        return Some(tree);
    }
    let path = path.strip_prefix('$').unwrap_or(path);
    let mut here = tree;
    for part in path.split('.').filter(|part| !part.is_empty()) {
        let (key, indexes) = part.split_once('[').unwrap_or((part, ""));
        if !key.is_empty() {
            here = here.get(key)?;
        }
        for index in indexes.split('[').filter(|i| !i.is_empty()) {
            here = here.get(index.trim_end_matches(']').parse::<usize>().ok()?)?;
        }
    }
    Some(here)
}

/// A refusal names a place that exists in the file and says what was expected there.
pub fn explained(tree: &Value, error: &DecodeError) -> Result<(), TestCaseError> {
    prop_assert!(
        !error.path.is_empty() && !error.path.starts_with("$."),
        "{}",
        error
    );
    // A missing field is reported on its object; any other refusal at the value itself.
    prop_assert!(
        resolve(tree, &error.path).is_some(),
        "no such place: {}",
        error
    );
    prop_assert!(
        error.reason.contains("expected") || error.reason.starts_with("missing field `"),
        "says nothing of what was expected: {}",
        error
    );
    Ok(())
}

/// Two forms serde's derives take by accident of its data model and the decoder refuses on
/// purpose (see `decode.rs`): a struct as an array of its field values, a unit enum as
/// `{"name": null}`. `error` is the decoder's refusal of such a form, at the place it names.
pub fn serde_only_form(tree: &Value, error: &DecodeError) -> bool {
    let Some(place) = resolve(tree, &error.path) else {
        return false;
    };
    let struct_as_array =
        place.is_array() && error.reason == "invalid type: an array, expected an object";
    let enum_as_map = place
        .as_object()
        .is_some_and(|map| map.len() == 1 && map.values().all(Value::is_null))
        && error
            .reason
            .starts_with("invalid type: an object, expected one of `");
    struct_as_array || enum_as_map
}

/// Both readings of `text` agree, or differ only by a form the decoder refuses on purpose.
pub fn agree<T>(text: &str) -> Result<(), TestCaseError>
where
    T: DeserializeOwned + Decode + PartialEq + Debug,
{
    let tree: Value = serde_json::from_str(text).expect("the damaged tree is JSON");
    match both::<T>(text) {
        (Ok(serde), Ok(ours)) => prop_assert_eq!(ours, serde),
        (Err(_), Err(error)) => explained(&tree, &error)?,
        (Ok(_), Err(error)) => {
            explained(&tree, &error)?;
            prop_assert!(
                serde_only_form(&tree, &error),
                "serde accepts what the decoder refuses: {}",
                error
            );
        }
        (Err(serde), Ok(_)) => {
            prop_assert!(false, "the decoder accepts what serde refuses: {}", serde)
        }
    }
    Ok(())
}

/// Values chosen to sit on the edges of the dataset's types: integer ranges (`u8`, `u16`,
/// `u32`, `i32`), floats, enum names (right, wrong, of another enum or file), the shapes serde
/// takes by accident, empty containers.
pub fn edge_value() -> impl Strategy<Value = Value> {
    let numbers = prop_oneof![
        Just(json!(0)),
        Just(json!(-1)),
        Just(json!(255)),
        Just(json!(256)),
        Just(json!(65_535)),
        Just(json!(65_536)),
        Just(json!(2_147_483_647)),
        Just(json!(2_147_483_648_u64)),
        Just(json!(-2_147_483_648_i64)),
        Just(json!(-2_147_483_649_i64)),
        Just(json!(4_294_967_295_u64)),
        Just(json!(4_294_967_296_u64)),
        Just(json!(u64::MAX)),
        Just(json!(i64::MIN)),
        Just(json!(3.0)),
        Just(json!(1.5)),
        Just(json!(-0.25)),
    ];
    let names = prop_oneof![
        Just(json!("")),
        Just(json!("ten")),
        Just(json!("rcp")),
        Just(json!("global")),
        Just(json!("RCP")),
        Just(json!("less-common")),
        Just(json!("less_common")),
        Just(json!("iscm-secretariat")),
        Just(json!("literature-review")),
        Just(json!("extraction-defect")),
        Just(json!("contribution")),
        Just(json!("Contribution")),
        Just(json!("interregional")),
        Just(json!("partner")),
        Just(json!("group-discussion")),
        Just(json!("co-facilitator")),
        Just(json!("for-co-chair")),
        Just(json!("box-1")),
        Just(json!("Box1")),
        Just(json!("table-1-survey")),
        Just(json!("active-not-in-annex-2")),
        Just(json!("iscm-founded")),
        Just(json!("percent")),
    ];
    let shapes = prop_oneof![
        Just(Value::Null),
        Just(json!(true)),
        Just(json!({"rcp": null})),
        Just(json!({"theme": null})),
        Just(json!({"speaker": null})),
        Just(json!(["report", "Annex 2"])),
        Just(json!([])),
        Just(json!({})),
        Just(json!(["a"])),
        Just(json!({"doc": "report", "section": "Annex 2"})),
    ];
    prop_oneof![numbers, names, shapes]
}

/// One damage anywhere: a value replaced (by an edge value or any JSON), a field or item
/// removed, a field added (one of `keys`), an item repeated.
pub fn damage(keys: &'static [String]) -> impl Strategy<Value = Damage> {
    let add_field = (any::<usize>(), prop_oneof![edge_value(), any_json()])
        .prop_map(move |(key, value)| Damage::AddField(keys[key % keys.len()].clone(), value));
    prop_oneof![
        4 => edge_value().prop_map(Damage::Replace),
        2 => any_json().prop_map(Damage::Replace),
        3 => Just(Damage::Remove),
        2 => add_field,
        1 => Just(Damage::RepeatItem),
    ]
}

/// One to three damages, each at the end of a path of fewer than `depth` choices.
pub fn damages(
    keys: &'static [String],
    depth: usize,
) -> impl Strategy<Value = Vec<(Vec<usize>, Damage)>> {
    let path = proptest::collection::vec(any::<usize>(), 0..depth);
    proptest::collection::vec((path, damage(keys)), 1..4)
}

/// The shipped file with `damages` done to it: both readings agree.
pub fn damaged_file_agrees<T>(
    shipped: &Shipped,
    damages: &[(Vec<usize>, Damage)],
) -> Result<(), TestCaseError>
where
    T: DeserializeOwned + Decode + PartialEq + Debug,
{
    let mut tree = shipped.tree.clone();
    for (choices, damage) in damages {
        apply(&mut tree, choices, damage);
    }
    agree::<T>(&serde_json::to_string(&tree).unwrap())
}

/// The shipped file with one damage to item `i` (modulo their number) of the top-level list
/// `list`: both readings agree.
pub fn damaged_item_agrees<T>(
    shipped: &Shipped,
    list: &str,
    i: usize,
    choices: &[usize],
    damage: &Damage,
) -> Result<(), TestCaseError>
where
    T: DeserializeOwned + Decode + PartialEq + Debug,
{
    let mut tree = shipped.tree.clone();
    let items = tree[list].as_array_mut().expect("a top-level list");
    let n = items.len();
    apply(&mut items[i % n], choices, damage);
    agree::<T>(&serde_json::to_string(&tree).unwrap())
}

/// An edit of a shipped file, the place the decoder's refusal must name, and how its reason
/// must start.
pub type MessageCase = (fn(&mut Value), &'static str, &'static str);

/// Each edit of `tree` is refused by the decoder at the place and for the reason its case says.
pub fn messages_are<T: Decode + Debug>(tree: &Value, cases: &[MessageCase]) {
    for (edit, path, reason) in cases {
        let mut tree = tree.clone();
        edit(&mut tree);
        let error = decode_file::<T>(&tree).unwrap_err();
        assert_eq!(error.path, *path, "{error}");
        assert!(error.reason.starts_with(reason), "{error}");
    }
}

/// A fixed seed, so a failure can be found again, and no persistence files.
pub fn config(cases: u32) -> Config {
    Config {
        cases,
        failure_persistence: None,
        rng_seed: RngSeed::Fixed(0xDEC0_DE19),
        ..Config::default()
    }
}

/// Numbers as JSON text can spell them, which a tree cannot hold: exponents, fractions,
/// negative zero, far out of range.
pub const NUMBER_SPELLINGS: [&str; 16] = [
    "0",
    "-0",
    "1e1",
    "1E1",
    "10.0",
    "1.5",
    "-1",
    "65535",
    "65536",
    "4294967295",
    "4294967296",
    "18446744073709551616",
    "1e400",
    "-1e400",
    "0.0e0",
    "00",
];

/// Each spelling of [`NUMBER_SPELLINGS`] in place of the value after each `find` (a key and
/// its value as the file writes them, up to the next `,`, e.g. `"number": 1,`): both
/// readings agree on each.
pub fn number_spellings_agree<T>(text: &str, fields: &[&str])
where
    T: DeserializeOwned + Decode + PartialEq + Debug,
{
    for find in fields {
        let at = text
            .find(find)
            .or_else(|| text.find(&find.replace(": ", ":")))
            .unwrap_or_else(|| panic!("{find} is in the file"));
        let prefix = &find[..find.find(':').expect("a key") + 1];
        let end = at + text[at..].find(',').unwrap();
        for spelling in NUMBER_SPELLINGS {
            let damaged = format!("{}{prefix} {spelling}{}", &text[..at], &text[end..]);
            let (serde, ours) = both::<T>(&damaged);
            match (&serde, &ours) {
                (Ok(a), Ok(b)) => assert_eq!(a, b, "{prefix} {spelling}"),
                (Err(_), Err(error)) => assert!(!error.reason.is_empty()),
                _ => panic!(
                    "{prefix} {spelling}: serde {:?}, decoder {:?}",
                    serde.map(|_| ()),
                    ours.map(|_| ())
                ),
            }
        }
    }
}
