//! The hand-written decoder reads `grcp8.json` (`dataset/grcp8_decode.rs`) as serde's derives
//! did: the shipped file field for field, and thousands of damaged versions of it, which both
//! accept alike or both refuse, every refusal of the decoder naming a place and a reason. The
//! differences `decode.rs` makes on purpose are those of the core file
//! (`tests/decode_matches_serde.rs`), recognised the same way.
//!
//! The serde derives exist natively only, for this comparison (the app has none).

mod common;

use std::sync::OnceLock;

use iscm_explorer::dataset::grcp8::Grcp8;
use proptest::prelude::*;
use serde_json::json;

use common::agree::{
    both, config, damage, damaged_file_agrees, damaged_item_agrees, damages, messages_are,
    number_spellings_agree, MessageCase, Shipped,
};

fn shipped() -> &'static Shipped {
    static SHIPPED: OnceLock<Shipped> = OnceLock::new();
    SHIPPED.get_or_init(|| Shipped::new("grcp8.json", &[]))
}

#[test]
fn the_shipped_file_decodes_field_for_field_as_serde_reads_it() {
    let (serde, ours) = both::<Grcp8>(&shipped().text);
    let serde = serde.expect("serde reads the shipped file");
    let ours = ours.expect("the decoder reads the shipped file");
    assert_eq!(ours.meeting, serde.meeting);
    for (a, b) in ours.slots.iter().zip(&serde.slots) {
        assert_eq!(a, b, "slot {}", b.id);
    }
    assert_eq!(ours, serde);
}

proptest! {
    #![proptest_config(config(3000))]

    /// One to three damages anywhere in the file: the decoder and serde agree.
    #[test]
    fn damaged_files_are_read_alike(
        damages in damages(&shipped().keys, 7),
    ) {
        damaged_file_agrees::<Grcp8>(shipped(), &damages)?;
    }
}

proptest! {
    #![proptest_config(config(2000))]

    /// Damages aimed at one item of the lists whose types carry the file's optional `u8`s,
    /// optional lists and three enums: sessions, slots, lunch groups, people.
    #[test]
    fn damaged_items_are_read_alike(
        list in prop_oneof![Just("sessions"), Just("slots"), Just("lunch_groups"), Just("people")],
        i in any::<usize>(),
        choices in proptest::collection::vec(any::<usize>(), 0..4),
        damage in damage(&shipped().keys),
    ) {
        damaged_item_agrees::<Grcp8>(shipped(), list, i, &choices, &damage)?;
    }
}

/// Numbers as JSON text can spell them: both readings agree on each, in the `u8` fields.
#[test]
fn number_spellings_are_read_alike() {
    number_spellings_agree::<Grcp8>(&shipped().text, &["\"number\": 1,", "\"annex9_order\": 1,"]);
}

/// The decoder's messages for the mistakes a maintainer is likely to make.
#[test]
fn messages_name_the_place_and_what_was_expected() {
    let cases: &[MessageCase] = &[
        (
            |t| t["slots"][3]["roles"][0]["role"] = json!("chair"),
            "slots[3].roles[0].role",
            "unknown variant `chair`, expected one of `speaker`, `moderator`,",
        ),
        (
            |t| t["lunch_groups"][0]["number"] = json!(300),
            "lunch_groups[0].number",
            "invalid value: integer `300`, expected a whole number from 0 to 255",
        ),
        (
            |t| {
                t["people"][2].as_object_mut().unwrap().remove("position");
            },
            "people[2]",
            "missing field `position`",
        ),
        (
            |t| t["meeting"]["objective"]["aims"] = json!("aim"),
            "meeting.objective.aims",
            "invalid type: string \"aim\", expected an array",
        ),
    ];
    messages_are::<Grcp8>(&shipped().tree, cases);
}
