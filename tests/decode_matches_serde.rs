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

use iscm_explorer::dataset::iscms::IscmsFile;
use proptest::prelude::*;
use serde_json::json;

use common::agree::{
    both, config, damage, damaged_file_agrees, damaged_item_agrees, damages, messages_are,
    number_spellings_agree, MessageCase, Shipped,
};

/// The shipped `iscms.json`; `bold` and `updates` are fields it may leave out.
fn shipped() -> &'static Shipped {
    static SHIPPED: OnceLock<Shipped> = OnceLock::new();
    SHIPPED.get_or_init(|| Shipped::new("iscms.json", &["bold", "updates"]))
}

#[test]
fn the_shipped_file_decodes_field_for_field_as_serde_reads_it() {
    let (serde, ours) = both::<IscmsFile>(&shipped().text);
    let serde = serde.expect("serde reads the shipped file");
    let ours = ours.expect("the decoder reads the shipped file");
    // Spot checks first, so a difference is easy to find; then the whole file.
    assert_eq!(ours.meta, serde.meta);
    for (a, b) in ours.iscms.iter().zip(&serde.iscms) {
        assert_eq!(a, b, "ISCM {}", b.id);
    }
    assert_eq!(ours, serde);
    assert_eq!(IscmsFile::from_json(&shipped().text), Ok(ours));
}

proptest! {
    #![proptest_config(config(3000))]

    /// One to three damages anywhere in the file: the decoder and serde agree.
    #[test]
    fn damaged_files_are_read_alike(
        damages in damages(&shipped().keys, 8),
    ) {
        damaged_file_agrees::<IscmsFile>(shipped(), &damages)?;
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
        damage in damage(&shipped().keys),
    ) {
        damaged_item_agrees::<IscmsFile>(shipped(), "iscms", i, &choices, &damage)?;
    }
}

/// Numbers as JSON text can spell them, which a tree cannot hold: both readings must agree
/// on each, in every integer field.
#[test]
fn number_spellings_are_read_alike() {
    number_spellings_agree::<IscmsFile>(
        &shipped().text,
        &[
            "\"row\": 1,",
            "\"member_states\": 10,",
            "\"annex10_cells\": 29,",
        ],
    );
}

/// The decoder's messages for the mistakes a maintainer is likely to make.
#[test]
fn messages_name_the_place_and_what_was_expected() {
    let cases: &[MessageCase] = &[
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
    messages_are::<IscmsFile>(&shipped().tree, cases);
}

/// The one input the decoder takes where serde's derives refused it: a key written twice in
/// one object. The JSON tree keeps the last value (as browsers' `JSON.parse` does); the damage
/// proptests cannot write such text, so this pins the difference down.
#[test]
fn a_key_given_twice_keeps_its_last_value() {
    let text = &shipped().text;
    let at = text
        .find("\"member_states\": 10,")
        .expect("an ISCM of 10 members");
    let twice = format!(
        "{}\"member_states\": 10, \"member_states\": 11,{}",
        &text[..at],
        &text[at + "\"member_states\": 10,".len()..]
    );
    let (serde, ours) = both::<IscmsFile>(&twice);
    assert!(serde
        .unwrap_err()
        .contains("duplicate field `member_states`"));
    let ours = ours.expect("the decoder takes the last value");
    assert!(ours.iscms.iter().any(|iscm| iscm.member_states == 11));
}
