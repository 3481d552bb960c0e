//! Property tests of dataset validation: thousands of damaged versions of the shipped
//! iscms.json (a value replaced by any JSON, a field removed, a list item repeated, the
//! text cut short, arbitrary text). Nothing panics, and every rejection is explained: it
//! names the file, a place in it and a reason, as the app's error message shows them.

use std::sync::OnceLock;

use iscm_explorer::dataset::iscms::IscmsFile;
use iscm_explorer::dataset::validate::{check_core, parse, Problem};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed};
use serde_json::{Map, Value};

fn config(cases: u32) -> Config {
    Config {
        cases,
        failure_persistence: None,
        rng_seed: RngSeed::Fixed(0x15C3_2019),
        ..Config::default()
    }
}

fn shipped_text() -> &'static str {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(|| {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/iscms.json");
        std::fs::read_to_string(path).expect("iscms.json")
    })
}

fn shipped_tree() -> &'static Value {
    static TREE: OnceLock<Value> = OnceLock::new();
    TREE.get_or_init(|| serde_json::from_str(shipped_text()).expect("shipped JSON"))
}

/// Validates a text as the app does: parse, then the rules. `Ok` when accepted.
fn validate(text: &str) -> Result<(), Vec<Problem>> {
    match parse::<IscmsFile>("iscms.json", text) {
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

/// Any JSON value, a few levels deep, with strings that would be markup if misused.
fn json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        any::<u8>().prop_map(Value::from),
        prop_oneof![
            any::<String>(),
            Just(String::new()),
            Just("<img src=x onerror=alert(1)>".to_string()),
            "[a-z0-9-]{1,20}",
        ]
        .prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            proptest::collection::vec(("[a-z_]{1,10}", inner), 0..4)
                .prop_map(|pairs| Value::Object(pairs.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// One damage to the tree, at the node reached by following `choices`.
#[derive(Debug, Clone)]
enum Damage {
    Replace(Value),
    Remove,
    RepeatItem,
}

fn damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        3 => json().prop_map(Damage::Replace),
        2 => Just(Damage::Remove),
        1 => Just(Damage::RepeatItem),
    ]
}

/// Applies `damage` at the node that `choices` lead to (each choice picks a child, modulo
/// their number; the walk stops at a leaf or when the choices run out).
fn apply(tree: &mut Value, choices: &[usize], damage: &Damage) {
    let Some((&choice, rest)) = choices.split_first() else {
        if let Damage::Replace(value) = damage {
            *tree = value.clone();
        }
        return;
    };
    match tree {
        Value::Object(map) if !map.is_empty() => {
            let key = map.keys().nth(choice % map.len()).cloned().unwrap();
            let child_is_leaf = !matches!(map[&key], Value::Object(_) | Value::Array(_));
            match damage {
                Damage::Remove if rest.is_empty() || child_is_leaf => {
                    map.remove(&key);
                }
                _ => apply(map.get_mut(&key).unwrap(), rest, damage),
            }
        }
        Value::Array(items) if !items.is_empty() => {
            let i = choice % items.len();
            let child_is_leaf = !matches!(items[i], Value::Object(_) | Value::Array(_));
            match damage {
                Damage::Remove if rest.is_empty() || child_is_leaf => {
                    items.remove(i);
                }
                Damage::RepeatItem if rest.is_empty() || child_is_leaf => {
                    let item = items[i].clone();
                    items.insert(i, item);
                }
                _ => apply(&mut items[i], rest, damage),
            }
        }
        _ => {
            if let Damage::Replace(value) = damage {
                *tree = value.clone();
            }
        }
    }
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
    fn any_text_is_explained(text in prop_oneof![any::<String>(), json().prop_map(|v| v.to_string())]) {
        let problems = validate(&text).unwrap_err();
        explained(&problems)?;
    }
}
