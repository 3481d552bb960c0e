//! The hand-written decoder reads `statements.json` (`dataset/statements_decode.rs`) as
//! serde's derives did: the shipped file field for field, and thousands of damaged versions
//! of it, which both accept alike or both refuse, every refusal of the decoder naming a place
//! and a reason. The differences `decode.rs` makes on purpose are those of the core file
//! (`tests/decode_matches_serde.rs`), recognised the same way.
//!
//! The serde derives exist natively only, for this comparison (the app has none).

mod common;

use std::sync::OnceLock;

use iscm_explorer::dataset::statements::{Level, StatementsFile};
use proptest::prelude::*;
use serde_json::{json, Value};

use common::agree::{
    agree, both, config, damage, damaged_file_agrees, damaged_item_agrees, damages, messages_are,
    MessageCase, Shipped,
};

/// The shipped `statements.json`. `verbatim` is a field it leaves out everywhere (its
/// default, `true`, is its only value so far), so damages add it.
fn shipped() -> &'static Shipped {
    static SHIPPED: OnceLock<Shipped> = OnceLock::new();
    SHIPPED.get_or_init(|| Shipped::new("statements.json", &["verbatim", "level", "also_in"]))
}

#[test]
fn the_shipped_file_decodes_field_for_field_as_serde_reads_it() {
    let (serde, ours) = both::<StatementsFile>(&shipped().text);
    let serde = serde.expect("serde reads the shipped file");
    let ours = ours.expect("the decoder reads the shipped file");
    for (a, b) in ours.statements.iter().zip(&serde.statements) {
        assert_eq!(a, b, "statement {}", b.id);
    }
    assert_eq!(ours, serde);
    assert_eq!(StatementsFile::from_json(&shipped().text), Ok(ours));
}

proptest! {
    #![proptest_config(config(3000))]

    /// One to three damages anywhere in the file: the decoder and serde agree.
    #[test]
    fn damaged_files_are_read_alike(
        damages in damages(&shipped().keys, 6),
    ) {
        damaged_file_agrees::<StatementsFile>(shipped(), &damages)?;
    }
}

proptest! {
    #![proptest_config(config(2000))]

    /// Damages aimed at one statement or tag, whose fields cover what the file adds to the
    /// core file's kinds: an `Option` with a serde default (`level`), a default of `true`
    /// (`verbatim`), a defaulted list (`also_in`), three enums.
    #[test]
    fn damaged_statements_and_tags_are_read_alike(
        list in prop_oneof![Just("statements"), Just("tags")],
        i in any::<usize>(),
        choices in proptest::collection::vec(any::<usize>(), 0..3),
        damage in damage(&shipped().keys),
    ) {
        damaged_item_agrees::<StatementsFile>(shipped(), list, i, &choices, &damage)?;
    }
}

/// `verbatim` missing is `true`, `false` is kept and `null` refused; `level: null` is no
/// level and a missing `level` too: all as with serde.
#[test]
fn defaults_read_as_serde_reads_them() {
    let statements = shipped().tree["statements"].as_array().unwrap();
    let with_level = statements
        .iter()
        .position(|s| s["level"].is_string())
        .expect("a statement with a level");
    let read = |field: &str, value: Option<Value>| {
        let mut tree = shipped().tree.clone();
        let statement = tree["statements"][with_level].as_object_mut().unwrap();
        match value {
            Some(value) => statement.insert(field.to_string(), value),
            None => statement.remove(field),
        };
        let text = serde_json::to_string(&tree).unwrap();
        agree::<StatementsFile>(&text).unwrap();
        StatementsFile::from_json(&text).map(|file| file.statements[with_level].clone())
    };
    assert!(read("verbatim", None).unwrap().verbatim);
    assert!(!read("verbatim", Some(json!(false))).unwrap().verbatim);
    let null = read("verbatim", Some(Value::Null)).unwrap_err();
    assert_eq!(null.path, format!("statements[{with_level}].verbatim"));
    assert!(null
        .reason
        .starts_with("invalid type: null, expected true or false"));
    assert_eq!(read("level", None).unwrap().level, None);
    assert_eq!(read("level", Some(Value::Null)).unwrap().level, None);
    let level = read("level", Some(json!("interregional"))).unwrap();
    assert_eq!(level.level, Some(Level::Interregional));
}

/// The decoder's messages for the mistakes a maintainer is likely to make.
#[test]
fn messages_name_the_place_and_what_was_expected() {
    let cases: &[MessageCase] = &[
        (
            |t| t["statements"][2]["topic"] = json!("gossip"),
            "statements[2].topic",
            "unknown variant `gossip`, expected one of `contribution`, `structure`,",
        ),
        (
            |t| {
                t["statements"][4].as_object_mut().unwrap().remove("text");
            },
            "statements[4]",
            "missing field `text`",
        ),
        (
            |t| t["tags"][0]["colour"] = json!("red"),
            "tags[0].colour",
            "unknown field `colour`, expected one of `id`, `name`, `group`",
        ),
        (
            |t| t["statements"][1]["iscm_ids"] = json!("igc"),
            "statements[1].iscm_ids",
            "invalid type: string \"igc\", expected an array",
        ),
        (
            |t| t["data_notes"][0]["kind"] = json!("typo"),
            "data_notes[0].kind",
            "unknown variant `typo`, expected one of `inconsistency`,",
        ),
    ];
    messages_are::<StatementsFile>(&shipped().tree, cases);
}
