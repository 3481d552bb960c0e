//! Damaging a dataset file's JSON tree, for the property tests that feed the reader and the
//! validator broken versions of the shipped files.

use std::sync::OnceLock;

use proptest::prelude::*;
use serde_json::{Map, Value};

/// The text of the shipped `iscms.json`, read once per test binary.
pub fn shipped_text() -> &'static str {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(|| super::data_file("iscms.json"))
}

/// The JSON tree of the shipped `iscms.json`, the one the damages start from.
pub fn shipped_tree() -> &'static Value {
    static TREE: OnceLock<Value> = OnceLock::new();
    TREE.get_or_init(|| serde_json::from_str(shipped_text()).expect("shipped JSON"))
}

/// Any JSON value, a few levels deep: integers at the edges of the dataset's integer types,
/// floats, and strings that would be markup if misused.
pub fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        any::<u8>().prop_map(Value::from),
        any::<u16>().prop_map(Value::from),
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

/// One damage to the tree, at the node reached by following a path of choices.
#[derive(Debug, Clone)]
pub enum Damage {
    /// The node becomes this value.
    Replace(Value),
    /// The node (a field or a list item) goes.
    Remove,
    /// An object gets (or has replaced) the field with this key and value.
    AddField(String, Value),
    /// A list item is repeated.
    RepeatItem,
}

/// Applies `damage` at the node that `choices` lead to: each choice picks a child, modulo
/// their number; the walk stops at a leaf or when the choices run out. A removal or a
/// repetition applies to the last child chosen.
pub fn apply(node: &mut Value, choices: &[usize], damage: &Damage) {
    if let Some((&choice, rest)) = choices.split_first() {
        let last = rest.is_empty();
        match node {
            Value::Object(map) if !map.is_empty() => {
                let key = map.keys().nth(choice % map.len()).cloned().unwrap();
                let child = &map[&key];
                let leaf = !child.is_object() && !child.is_array();
                if matches!(damage, Damage::Remove) && (last || leaf) {
                    map.remove(&key);
                } else {
                    apply(map.get_mut(&key).unwrap(), rest, damage);
                }
                return;
            }
            Value::Array(items) if !items.is_empty() => {
                let i = choice % items.len();
                let leaf = !items[i].is_object() && !items[i].is_array();
                match damage {
                    Damage::Remove if last || leaf => {
                        items.remove(i);
                    }
                    Damage::RepeatItem if last || leaf => items.insert(i, items[i].clone()),
                    _ => apply(&mut items[i], rest, damage),
                }
                return;
            }
            _ => {}
        }
    }
    match damage {
        Damage::Replace(value) => *node = value.clone(),
        Damage::AddField(key, value) => {
            if let Value::Object(map) = node {
                map.insert(key.clone(), value.clone());
            }
        }
        Damage::Remove | Damage::RepeatItem => {}
    }
}
