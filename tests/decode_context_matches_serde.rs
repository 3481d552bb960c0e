//! The hand-written decoder reads `context.json` (`dataset/context_decode.rs`) as serde's
//! derives did: the shipped file field for field, and thousands of damaged versions of it,
//! which both accept alike or both refuse, every refusal of the decoder naming a place and a
//! reason. The differences `decode.rs` makes on purpose are those of the core file
//! (`tests/decode_matches_serde.rs`), recognised the same way.
//!
//! The serde derives exist natively only, for this comparison (the app has none).

mod common;

use std::sync::OnceLock;

use iscm_explorer::dataset::context::Context;
use proptest::prelude::*;
use serde_json::json;

use common::agree::{
    both, config, damage, damaged_file_agrees, damaged_item_agrees, damages, messages_are,
    number_spellings_agree, MessageCase, Shipped,
};

/// The shipped `context.json`; the defaulted lists and options it may leave out are among
/// its keys anyway (each is present somewhere).
fn shipped() -> &'static Shipped {
    static SHIPPED: OnceLock<Shipped> = OnceLock::new();
    SHIPPED.get_or_init(|| Shipped::new("context.json", &[]))
}

/// The lists of the file, each of a type of its own.
const LISTS: [&str; 16] = [
    "findings",
    "survey_figures",
    "gcm_review_figures",
    "gcm_review_findings",
    "definitions",
    "characteristics",
    "themes",
    "contributions",
    "governance_phases",
    "governance_levels",
    "timeline",
    "grcp_meetings",
    "inactive_iscms",
    "agenda_2030",
    "glossary",
    "references",
];

#[test]
fn the_shipped_file_decodes_field_for_field_as_serde_reads_it() {
    let (serde, ours) = both::<Context>(&shipped().text);
    let serde = serde.expect("serde reads the shipped file");
    let ours = ours.expect("the decoder reads the shipped file");
    assert_eq!(ours.assessment, serde.assessment);
    assert_eq!(ours.survey_figures, serde.survey_figures);
    assert_eq!(ours.timeline, serde.timeline);
    assert_eq!(ours, serde);
    assert_eq!(Context::from_json(&shipped().text), Ok(ours));
}

proptest! {
    #![proptest_config(config(2000))]

    /// One to three damages anywhere in the file: the decoder and serde agree.
    #[test]
    fn damaged_files_are_read_alike(
        damages in damages(&shipped().keys, 6),
    ) {
        damaged_file_agrees::<Context>(shipped(), &damages)?;
    }
}

proptest! {
    #![proptest_config(config(2000))]

    /// Damages aimed at one item of one list, so every type of the file is hit often: `f64`, `i32` and `u8` fields, optional and defaulted fields, five enums.
    #[test]
    fn damaged_items_are_read_alike(
        list in 0..LISTS.len(),
        i in any::<usize>(),
        choices in proptest::collection::vec(any::<usize>(), 0..4),
        damage in damage(&shipped().keys),
    ) {
        damaged_item_agrees::<Context>(shipped(), LISTS[list], i, &choices, &damage)?;
    }
}

/// Numbers as JSON text can spell them: both readings agree on each, in a field of each
/// numeric type (`f64`, `i32`, `u32`, `u8`).
#[test]
fn number_spellings_are_read_alike() {
    number_spellings_agree::<Context>(
        &shipped().text,
        &[
            "\"value\":5,",
            "\"year\":2013,",
            "\"count\":22,",
            "\"number\":3,",
        ],
    );
}

/// The decoder's messages for the mistakes a maintainer is likely to make.
#[test]
fn messages_name_the_place_and_what_was_expected() {
    let cases: &[MessageCase] = &[
        (
            |t| t["timeline"][0]["kind"] = json!("party"),
            "timeline[0].kind",
            "unknown variant `party`, expected one of `milestone`, `global-process`,",
        ),
        (
            |t| t["timeline"][0]["year"] = json!(1999.5),
            "timeline[0].year",
            "invalid type: floating point `1999.5`, expected a whole number from -2147483648 to",
        ),
        (
            |t| t["survey_figures"][0]["value"] = json!("45%"),
            "survey_figures[0].value",
            "invalid type: string \"45%\", expected a number",
        ),
        (
            |t| t["findings"][0]["group"] = json!("box-9"),
            "findings[0].group",
            "unknown variant `box-9`, expected one of `box-1`, `box-2`,",
        ),
        (
            |t| t["themes"][0]["recurrent_in_both"] = json!("yes"),
            "themes[0].recurrent_in_both",
            "invalid type: string \"yes\", expected true or false",
        ),
    ];
    messages_are::<Context>(&shipped().tree, cases);
}
