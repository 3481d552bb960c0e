//! Property tests of dataset validation: thousands of damaged versions of the shipped
//! iscms.json (a value replaced by any JSON, a field removed, a list item repeated, the
//! text cut short, arbitrary text). Nothing panics, and every rejection is explained: it
//! names the file, a place in it and a reason, as the app's error message shows them.

mod common;

use iscm_explorer::dataset::iscms::IscmsFile;
use iscm_explorer::dataset::validate::{check_core, decode, Problem};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed};

use common::damage::{any_json, apply, shipped_text, shipped_tree, Damage};

fn config(cases: u32) -> Config {
    Config {
        cases,
        failure_persistence: None,
        rng_seed: RngSeed::Fixed(0x15C3_2019),
        ..Config::default()
    }
}

/// Validates a text as the app does: parse, then the rules. `Ok` when accepted.
fn validate(text: &str) -> Result<(), Vec<Problem>> {
    match decode::<IscmsFile>("iscms.json", text) {
        Err(problem) => Err(vec![problem]),
        Ok(parsed) => {
            let problems = check_core(&parsed.data, &parsed.tree);
            if problems.is_empty() {
                Ok(())
            } else {
                Err(problems)
            }
        }
    }
}

/// Each problem names the file, a place (`$` or a path into the file) and a reason.
fn explained(problems: &[Problem]) -> Result<(), TestCaseError> {
    prop_assert!(!problems.is_empty());
    for problem in problems {
        prop_assert_eq!(&problem.file, "iscms.json");
        prop_assert!(!problem.path.trim().is_empty(), "no place: {}", problem);
        prop_assert!(!problem.reason.trim().is_empty(), "no reason: {}", problem);
        prop_assert!(!problem.path.starts_with("$."), "{}", problem);
        let shown = problem.to_string();
        prop_assert!(shown.contains(&problem.reason));
    }
    Ok(())
}

fn damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        3 => any_json().prop_map(Damage::Replace),
        2 => Just(Damage::Remove),
        1 => Just(Damage::RepeatItem),
    ]
}

proptest! {
    #![proptest_config(config(1000))]

    /// A damaged dataset is accepted or rejected with reasons; never a panic.
    #[test]
    fn damaged_datasets_are_explained(
        choices in proptest::collection::vec(any::<usize>(), 0..7),
        damage in damage(),
    ) {
        let mut tree = shipped_tree().clone();
        apply(&mut tree, &choices, &damage);
        let text = serde_json::to_string(&tree).unwrap();
        if let Err(problems) = validate(&text) {
            explained(&problems)?;
        }
    }

    /// An ISCM listed twice is always caught, by its place in the list.
    #[test]
    fn a_repeated_iscm_is_reported(i in 0usize..30, at in 0usize..31) {
        let mut tree = shipped_tree().clone();
        let iscms = tree["iscms"].as_array_mut().unwrap();
        let copy = iscms[i].clone();
        iscms.insert(at, copy);
        let problems = validate(&serde_json::to_string(&tree).unwrap()).unwrap_err();
        explained(&problems)?;
        prop_assert!(
            problems.iter().any(|p| p.path.starts_with("iscms[") && p.reason.contains("used twice")),
            "{:?}", problems
        );
    }
}

proptest! {
    #![proptest_config(config(1000))]

    /// The text cut short anywhere before its end is damaged, and the message says where.
    #[test]
    fn truncated_text_is_explained(cut in 0usize..100_000) {
        let text = shipped_text();
        let end = text.trim_end().len() - 1;
        let mut at = cut * end / 100_000;
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        let problems = validate(&text[..at]).unwrap_err();
        explained(&problems)?;
        prop_assert!(problems[0].reason.contains("line"), "{}", problems[0]);
    }
}

proptest! {
    #![proptest_config(config(3000))]

    /// Arbitrary text, or JSON of any shape, is rejected with a reason.
    #[test]
    fn any_text_is_explained(text in prop_oneof![any::<String>(), any_json().prop_map(|v| v.to_string())]) {
        let problems = validate(&text).unwrap_err();
        explained(&problems)?;
    }
}
