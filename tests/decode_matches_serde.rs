//! The hand-written decoder of the core file (`dataset/decode.rs`, `iscms_decode.rs`) reads
//! every input as serde's derives did: the shipped file field for field, and thousands of
//! damaged versions of it (a field dropped, a value of another type, an unknown field,
//! `null`, a wrong enum name, a number out of range…), which both accept alike or both
//! refuse. Every refusal of the decoder names a place in the file and a reason. The only
//! differences are the ones `decode.rs` makes on purpose: two accidental forms serde took,
//! which the comparison recognises, and a key written twice, pinned down by its own test.
//!
//! The serde derives exist natively only, for this comparison (the app has none).

mod common;

use std::sync::OnceLock;

use iscm_explorer::dataset::decode::{decode_file, DecodeError};
use iscm_explorer::dataset::iscms::IscmsFile;
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed};
use serde_json::{json, Value};

use common::damage::{any_json, apply, shipped_text, shipped_tree, Damage};

/// The text read both ways: as the app did before (serde's derives), and as it does now.
fn both(text: &str) -> (Result<IscmsFile, String>, Result<IscmsFile, DecodeError>) {
    let serde = serde_json::from_str::<IscmsFile>(text).map_err(|e| e.to_string());
    let ours = IscmsFile::from_json(text);
    (serde, ours)
}

#[test]
fn the_shipped_file_decodes_field_for_field_as_serde_reads_it() {
    let (serde, ours) = both(shipped_text());
    let serde = serde.expect("serde reads the shipped file");
    let ours = ours.expect("the decoder reads the shipped file");
    // Spot checks first, so a difference is easy to find; then the whole file.
    assert_eq!(ours.meta, serde.meta);
    for (a, b) in ours.iscms.iter().zip(&serde.iscms) {
        assert_eq!(a, b, "ISCM {}", b.id);
    }
    assert_eq!(ours, serde);
}

/// The value at a path as the decoder writes it (`$`, `iscms[3].annex2.chair[0]`).
fn resolve<'a>(tree: &'a Value, path: &str) -> Option<&'a Value> {
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
fn explained(tree: &Value, error: &DecodeError) -> Result<(), TestCaseError> {
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
fn serde_only_form(tree: &Value, error: &DecodeError) -> bool {
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
fn agree(text: &str) -> Result<(), TestCaseError> {
    let tree: Value = serde_json::from_str(text).expect("the damaged tree is JSON");
    match both(text) {
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

/// Every key of the core file's objects, so that a damage can add a field that exists
/// elsewhere (known to serde, unknown to this object) as well as a made-up one (`deep`).
fn schema_keys() -> &'static [String] {
    static KEYS: OnceLock<Vec<String>> = OnceLock::new();
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
    KEYS.get_or_init(|| {
        let mut keys = vec![
            "deep".to_string(),
            "bold".to_string(),
            "updates".to_string(),
        ];
        collect(shipped_tree(), &mut keys);
        keys
    })
}

/// Values chosen to sit on the edges of the core types: integer ranges, floats, enum names
/// (right, wrong, in another enum), the shapes serde takes by accident, empty containers.
fn edge_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        Just(json!(true)),
        Just(json!(0)),
        Just(json!(-1)),
        Just(json!(65_535)),
        Just(json!(65_536)),
        Just(json!(4_294_967_295_u64)),
        Just(json!(4_294_967_296_u64)),
        Just(json!(u64::MAX)),
        Just(json!(i64::MIN)),
        Just(json!(3.0)),
        Just(json!(1.5)),
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
        Just(json!({"rcp": null})),
        Just(json!({"state": null})),
        Just(json!(["report", "Annex 2"])),
        Just(json!([])),
        Just(json!({})),
        Just(json!(["a"])),
        Just(json!({"doc": "report", "section": "Annex 2"})),
    ]
}

fn damage() -> impl Strategy<Value = Damage> {
    let add_field =
        (any::<usize>(), prop_oneof![edge_value(), any_json()]).prop_map(|(key, value)| {
            let keys = schema_keys();
            Damage::AddField(keys[key % keys.len()].clone(), value)
        });
    prop_oneof![
        4 => edge_value().prop_map(Damage::Replace),
        2 => any_json().prop_map(Damage::Replace),
        3 => Just(Damage::Remove),
        2 => add_field,
        1 => Just(Damage::RepeatItem),
    ]
}

fn config(cases: u32) -> Config {
    Config {
        cases,
        failure_persistence: None,
        rng_seed: RngSeed::Fixed(0xDEC0_DE19),
        ..Config::default()
    }
}

proptest! {
    #![proptest_config(config(3000))]

    /// One to three damages anywhere in the file: the decoder and serde agree.
    #[test]
    fn damaged_files_are_read_alike(
        damages in proptest::collection::vec(
            (proptest::collection::vec(any::<usize>(), 0..8), damage()),
            1..4,
        ),
    ) {
        let mut tree = shipped_tree().clone();
        for (choices, damage) in &damages {
            apply(&mut tree, choices, damage);
        }
        agree(&serde_json::to_string(&tree).unwrap())?;
    }
}

proptest! {
    #![proptest_config(config(1000))]

    /// Damages aimed at one ISCM, whose fields cover every kind the decoder reads: required,
    /// optional, defaulted, renamed (`type`), integers of two sizes, enums, nested objects.
    #[test]
    fn damaged_iscms_are_read_alike(
        i in 0usize..30,
        choices in proptest::collection::vec(any::<usize>(), 0..4),
        damage in damage(),
    ) {
        let mut tree = shipped_tree().clone();
        apply(&mut tree["iscms"][i], &choices, &damage);
        agree(&serde_json::to_string(&tree).unwrap())?;
    }
}

/// Numbers as JSON text can spell them, which a tree cannot hold: exponents, fractions,
/// negative zero, far out of range. Both readings must agree on each, in every integer field.
#[test]
fn number_spellings_are_read_alike() {
    let fields = [
        ("\"row\": 1,", "\"row\": "),
        ("\"member_states\": 10,", "\"member_states\": "),
        ("\"annex10_cells\": 29,", "\"annex10_cells\": "),
    ];
    let spellings = [
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
    let text = shipped_text();
    for (find, prefix) in fields {
        let found = text
            .find(find)
            .or_else(|| text.find(&find.replace(": ", ":")));
        let at = found.unwrap_or_else(|| panic!("{find} is in the file"));
        let end = at + text[at..].find(',').unwrap();
        for spelling in spellings {
            let damaged = format!("{}{prefix}{spelling}{}", &text[..at], &text[end..]);
            let (serde, ours) = both(&damaged);
            match (&serde, &ours) {
                (Ok(a), Ok(b)) => assert_eq!(a, b, "{prefix}{spelling}"),
                (Err(_), Err(error)) => assert!(!error.reason.is_empty()),
                _ => panic!(
                    "{prefix}{spelling}: serde {:?}, decoder {:?}",
                    serde.map(|_| ()),
                    ours.map(|_| ())
                ),
            }
        }
    }
}

/// The decoder's messages for the mistakes a maintainer is likely to make.
#[test]
fn messages_name_the_place_and_what_was_expected() {
    // An edit of the shipped file, and the place and the start of the reason expected.
    type Case = (fn(&mut Value), &'static str, &'static str);
    let cases: [Case; 6] = [
        (
            |t| t["iscms"][3]["member_states"] = json!("ten"),
            "iscms[3].member_states",
            "invalid type: string \"ten\", expected a whole number from 0 to 4294967295",
        ),
        (
            |t| {
                t["iscms"][3].as_object_mut().unwrap().remove("name");
            },
            "iscms[3]",
            "missing field `name`",
        ),
        (
            |t| t["iscms"][0]["type"] = json!("regional"),
            "iscms[0].type",
            "unknown variant `regional`, expected one of `rcp`, `irf`, `global`",
        ),
        (
            |t| t["iscms"][0]["row"] = json!(70_000),
            "iscms[0].row",
            "invalid value: integer `70000`, expected a whole number from 0 to 65535",
        ),
        (
            |t| t["meta"]["deep"] = json!([]),
            "meta.deep",
            "unknown field `deep`, expected one of `title`, `version`,",
        ),
        (
            |t| t["iscms"][1]["source"] = json!(["report", "Annex 2"]),
            "iscms[1].source",
            "invalid type: an array, expected an object",
        ),
    ];
    for (edit, path, reason) in cases {
        let mut tree = shipped_tree().clone();
        edit(&mut tree);
        let error = decode_file::<IscmsFile>(&tree).unwrap_err();
        assert_eq!(error.path, path, "{error}");
        assert!(error.reason.starts_with(reason), "{error}");
    }
}

/// The one input the decoder takes where serde's derives refused it: a key written twice in
/// one object. The JSON tree keeps the last value (as browsers' `JSON.parse` does); the damage
/// proptests cannot write such text, so this pins the difference down.
#[test]
fn a_key_given_twice_keeps_its_last_value() {
    let text = shipped_text();
    let at = text
        .find("\"member_states\": 10,")
        .expect("an ISCM of 10 members");
    let twice = format!(
        "{}\"member_states\": 10, \"member_states\": 11,{}",
        &text[..at],
        &text[at + "\"member_states\": 10,".len()..]
    );
    let (serde, ours) = both(&twice);
    assert!(serde
        .unwrap_err()
        .contains("duplicate field `member_states`"));
    let ours = ours.expect("the decoder takes the last value");
    assert!(ours.iscms.iter().any(|iscm| iscm.member_states == 11));
}
