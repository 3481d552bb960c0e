//! Decoding a dataset type from the JSON tree by hand, without serde's derived visitors.
//!
//! Why: the core file (`iscms.json`) is parsed on every visit, and `statements.json` on the
//! explorer's. Decoding a file through serde's derives instantiates serde_json's deserializer
//! once per visitor and a visitor per type, a large share of the wasm. Every file is parsed
//! into a [`Value`] tree anyway (the structural checks walk it), so the types are read from
//! that tree with the small, mostly non-generic helpers below: the wasm keeps only
//! serde_json's one `Value` parser, and the app no serde derive at all.
//!
//! The rules are serde's, as the types declared them: every object refuses unknown fields
//! (`deny_unknown_fields`); an `Option` field may be missing or `null`; a defaulted field may
//! be missing but not `null`; integers must be whole and in their type's range, and an `f64`
//! is any number; enums are their kebab-case (or renamed) names. Native tests check the two
//! agree, file by file (`tests/decode_*matches_serde.rs`). On purpose, the decoder does not
//! take two forms serde's derives accept by accident of its data model: a struct written as an
//! array of its field values in order, and a unit enum written as `{"name": null}`. Nobody
//! writes either on purpose, and the first slips past the structural checks, which look for
//! objects (a source as `["report", "Annex 2"]` never had its document checked). And like the
//! JSON tree itself (and `JSON.parse`), a key given twice in one object keeps its last value,
//! where serde's derives refused it.

use std::fmt;

use serde_json::{Map, Value};

/// Where a value is in the file. Built on the stack while descending, and written out only
/// when there is an error to report.
#[derive(Clone, Copy)]
pub enum Path<'a> {
    Root,
    Field(&'a Path<'a>, &'a str),
    Index(&'a Path<'a>, usize),
}

impl fmt::Display for Path<'_> {
    /// `$` for the whole file, else the path as the validator writes it: `iscms[3].name`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Path::Root => f.write_str("$"),
            Path::Field(Path::Root, key) => f.write_str(key),
            Path::Field(parent, key) => write!(f, "{parent}.{key}"),
            Path::Index(parent, i) => write!(f, "{parent}[{i}]"),
        }
    }
}

/// A value that is not what its type expects: where it is, and what was expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    /// The JSON path (`iscms[3].member_states`), `$` for the whole file.
    pub path: String,
    pub reason: String,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.reason)
    }
}

impl std::error::Error for DecodeError {}

fn error(path: Path<'_>, reason: String) -> DecodeError {
    DecodeError {
        path: path.to_string(),
        reason,
    }
}

/// What the file has instead, worded like serde's messages (`string "ten"`, `integer `3``),
/// so the app's messages read as they did.
fn found(value: &Value) -> String {
    match value {
        Value::Null => "null".to_string(),
        Value::Bool(b) => format!("boolean `{b}`"),
        Value::Number(n) if n.is_f64() => format!("floating point `{n}`"),
        Value::Number(n) => format!("integer `{n}`"),
        Value::String(s) => format!("string {s:?}"),
        Value::Array(_) => "an array".to_string(),
        Value::Object(_) => "an object".to_string(),
    }
}

fn invalid_type(value: &Value, path: Path<'_>, expected: &str) -> DecodeError {
    error(
        path,
        format!("invalid type: {}, expected {expected}", found(value)),
    )
}

/// A type that can be read from the JSON tree.
pub trait Decode: Sized {
    fn decode(value: &Value, path: Path<'_>) -> Result<Self, DecodeError>;
}

impl Decode for String {
    fn decode(value: &Value, path: Path<'_>) -> Result<Self, DecodeError> {
        match value {
            Value::String(s) => Ok(s.clone()),
            other => Err(invalid_type(other, path, "a string")),
        }
    }
}

impl Decode for bool {
    fn decode(value: &Value, path: Path<'_>) -> Result<Self, DecodeError> {
        match value {
            Value::Bool(b) => Ok(*b),
            other => Err(invalid_type(other, path, "true or false")),
        }
    }
}

/// A whole number from `min` to `max`. As with serde, `3.0` and `1e2` are not whole numbers:
/// JSON numbers with a fraction or an exponent are floating point. Every integer type of the
/// dataset fits in an `i64`.
fn whole(value: &Value, path: Path<'_>, min: i64, max: i64) -> Result<i64, DecodeError> {
    let expected = || format!("a whole number from {min} to {max}");
    match value {
        Value::Number(n) => match n.as_i64() {
            Some(n) if (min..=max).contains(&n) => Ok(n),
            // An integer out of range, including one beyond `i64` (`as_u64` only).
            _ if n.is_i64() || n.is_u64() => Err(error(
                path,
                format!("invalid value: {}, expected {}", found(value), expected()),
            )),
            _ => Err(invalid_type(value, path, &expected())),
        },
        other => Err(invalid_type(other, path, &expected())),
    }
}

/// Implements [`Decode`] for integer types, each within its own range.
macro_rules! decode_whole {
    ($($type:ty),+) => {$(
        impl Decode for $type {
            fn decode(value: &Value, path: Path<'_>) -> Result<Self, DecodeError> {
                let (min, max) = (i64::from(<$type>::MIN), i64::from(<$type>::MAX));
                // `whole` has checked the range, so the conversion cannot fail.
                whole(value, path, min, max).map(|n| n as $type)
            }
        }
    )+};
}
decode_whole!(u8, u16, u32, i32);

/// Any JSON number, as serde reads an `f64`: integers too. (A JSON text cannot spell NaN or
/// an infinity, and the tree refuses numbers too large for an `f64`.)
impl Decode for f64 {
    fn decode(value: &Value, path: Path<'_>) -> Result<Self, DecodeError> {
        match value.as_f64() {
            Some(n) => Ok(n),
            None => Err(invalid_type(value, path, "a number")),
        }
    }
}

/// The items of an array.
fn array<'v>(value: &'v Value, path: Path<'_>) -> Result<&'v [Value], DecodeError> {
    match value {
        Value::Array(items) => Ok(items),
        other => Err(invalid_type(other, path, "an array")),
    }
}

impl<T: Decode> Decode for Vec<T> {
    fn decode(value: &Value, path: Path<'_>) -> Result<Self, DecodeError> {
        array(value, path)?
            .iter()
            .enumerate()
            .map(|(i, item)| T::decode(item, Path::Index(&path, i)))
            .collect()
    }
}

/// `null` is `None`, as with serde. (A missing field is handled by [`Object::optional`].)
impl<T: Decode> Decode for Option<T> {
    fn decode(value: &Value, path: Path<'_>) -> Result<Self, DecodeError> {
        match value {
            Value::Null => Ok(None),
            value => T::decode(value, path).map(Some),
        }
    }
}

/// The position in `names` of a unit enum's kebab-case name; the enum maps it to its variant.
pub fn variant(value: &Value, path: Path<'_>, names: &[&str]) -> Result<usize, DecodeError> {
    let expected = || format!("one of {}", quoted(names));
    match value {
        Value::String(s) => names.iter().position(|name| name == s).ok_or_else(|| {
            error(
                path,
                format!("unknown variant `{s}`, expected {}", expected()),
            )
        }),
        other => Err(invalid_type(other, path, &expected())),
    }
}

/// "`a`, `b`, `c`", as serde lists the names it expected.
fn quoted(names: &[&str]) -> String {
    let names: Vec<String> = names.iter().map(|name| format!("`{name}`")).collect();
    names.join(", ")
}

/// A JSON object read as a struct that refuses unknown fields.
pub struct Object<'v, 'p> {
    map: &'v Map<String, Value>,
    path: Path<'p>,
}

impl<'v, 'p> Object<'v, 'p> {
    /// `value` as an object whose keys are all among `fields`, the struct's field names as
    /// the JSON spells them.
    pub fn new(
        value: &'v Value,
        path: Path<'p>,
        fields: &[&str],
    ) -> Result<Object<'v, 'p>, DecodeError> {
        let Value::Object(map) = value else {
            return Err(invalid_type(value, path, "an object"));
        };
        if let Some(key) = map.keys().find(|key| !fields.contains(&key.as_str())) {
            return Err(error(
                Path::Field(&path, key),
                format!("unknown field `{key}`, expected one of {}", quoted(fields)),
            ));
        }
        Ok(Object { map, path })
    }

    /// The value of a field that must be present.
    fn get(&self, key: &str) -> Result<&'v Value, DecodeError> {
        self.map
            .get(key)
            .ok_or_else(|| error(self.path, format!("missing field `{key}`")))
    }

    /// A field that must be present.
    pub fn required<T: Decode>(&self, key: &str) -> Result<T, DecodeError> {
        T::decode(self.get(key)?, Path::Field(&self.path, key))
    }

    /// An `Option` field: missing or `null` is `None`.
    pub fn optional<T: Decode>(&self, key: &str) -> Result<Option<T>, DecodeError> {
        match self.map.get(key) {
            None => Ok(None),
            Some(value) => Option::<T>::decode(value, Path::Field(&self.path, key)),
        }
    }

    /// A `#[serde(default)]` field: missing is the default; `null` is not (as with serde,
    /// it must then be a value of the type).
    pub fn defaulted<T: Decode + Default>(&self, key: &str) -> Result<T, DecodeError> {
        self.defaulted_to(key, T::default())
    }

    /// A `#[serde(default = "…")]` field: missing is `default`; `null` is not.
    pub fn defaulted_to<T: Decode>(&self, key: &str, default: T) -> Result<T, DecodeError> {
        match self.map.get(key) {
            None => Ok(default),
            Some(value) => T::decode(value, Path::Field(&self.path, key)),
        }
    }
}

/// Implements [`Decode`] for a struct that refuses unknown fields, from one line per field:
/// `field: required`, `field: optional` (an `Option`: missing or `null` is `None`),
/// `field: defaulted` (`#[serde(default)]`) or `field: defaulted_to(value)`
/// (`#[serde(default = "…")]`), and `field as "json": …` where the JSON name differs
/// (`#[serde(rename)]`). Each JSON name is written once, for both the list of known fields
/// and the read, so the two cannot drift apart; the compiler insists on every field.
macro_rules! decode_struct {
    ($type:ident {
        $($field:ident $(as $json:literal)?: $how:ident $(($default:expr))?),+ $(,)?
    }) => {
        impl $crate::dataset::decode::Decode for $type {
            fn decode(
                value: &serde_json::Value,
                path: $crate::dataset::decode::Path<'_>,
            ) -> Result<Self, $crate::dataset::decode::DecodeError> {
                let o = $crate::dataset::decode::Object::new(
                    value,
                    path,
                    &[$(decode_struct!(@name $field $($json)?)),+],
                )?;
                Ok($type {
                    $($field: o.$how(decode_struct!(@name $field $($json)?) $(, $default)?)?),+
                })
            }
        }
    };
    (@name $field:ident) => { stringify!($field) };
    (@name $field:ident $json:literal) => { $json };
}
pub(crate) use decode_struct;

/// Implements [`Decode`] for a unit enum from its variants and their kebab-case names.
macro_rules! decode_enum {
    ($type:ident { $($variant:ident = $name:literal),+ $(,)? }) => {
        impl $crate::dataset::decode::Decode for $type {
            fn decode(
                value: &serde_json::Value,
                path: $crate::dataset::decode::Path<'_>,
            ) -> Result<Self, $crate::dataset::decode::DecodeError> {
                const VARIANTS: &[$type] = &[$($type::$variant),+];
                $crate::dataset::decode::variant(value, path, &[$($name),+])
                    .map(|i| VARIANTS[i])
            }
        }
    };
}
pub(crate) use decode_enum;

/// Decodes a whole file from its JSON tree.
pub fn decode_file<T: Decode>(tree: &Value) -> Result<T, DecodeError> {
    T::decode(tree, Path::Root)
}

/// Decodes a whole file from its text: its JSON tree (a syntax error is at `$`, with its line
/// and column), then the types read from the tree.
pub fn decode_text<T: Decode>(text: &str) -> Result<T, DecodeError> {
    let tree = serde_json::from_str(text).map_err(|error| DecodeError {
        path: "$".to_string(),
        reason: error.to_string(),
    })?;
    decode_file(&tree)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn paths_read_as_the_validator_writes_them() {
        let root = Path::Root;
        let list = Path::Field(&root, "iscms");
        let item = Path::Index(&list, 3);
        let field = Path::Field(&item, "member_states");
        assert_eq!(root.to_string(), "$");
        assert_eq!(field.to_string(), "iscms[3].member_states");
        assert_eq!(Path::Index(&root, 0).to_string(), "$[0]");
    }

    #[test]
    fn whole_numbers_keep_to_their_range() {
        let at = Path::Root;
        assert_eq!(u16::decode(&json!(65535), at), Ok(65535));
        let too_big = u16::decode(&json!(65536), at).unwrap_err();
        assert_eq!(
            too_big.reason,
            "invalid value: integer `65536`, expected a whole number from 0 to 65535"
        );
        assert!(u32::decode(&json!(-1), at)
            .unwrap_err()
            .reason
            .contains("-1"));
        let float = u32::decode(&json!(3.0), at).unwrap_err();
        assert!(float.reason.starts_with("invalid type: floating point"));
        let text = u32::decode(&json!("ten"), at).unwrap_err();
        assert!(text.reason.starts_with("invalid type: string \"ten\""));
    }

    #[test]
    fn unknown_and_missing_fields_are_named() {
        let value = json!({"a": 1, "deep": []});
        let root = Path::Root;
        let Err(unknown) = Object::new(&value, root, &["a"]) else {
            panic!("unknown field accepted");
        };
        assert_eq!(unknown.path, "deep");
        assert!(unknown.reason.starts_with("unknown field `deep`"));
        let value = json!({"a": 1});
        let object = Object::new(&value, root, &["a", "b"]).unwrap();
        let missing = object.required::<u32>("b").unwrap_err();
        assert_eq!(
            (missing.path.as_str(), missing.reason.as_str()),
            ("$", "missing field `b`")
        );
        assert_eq!(object.optional::<u32>("b"), Ok(None));
        assert_eq!(object.defaulted::<Vec<u32>>("b"), Ok(vec![]));
    }

    #[test]
    fn enums_are_their_names() {
        let names = ["rcp", "irf"];
        assert_eq!(variant(&json!("irf"), Path::Root, &names), Ok(1));
        let wrong = variant(&json!("RCP"), Path::Root, &names).unwrap_err();
        assert_eq!(
            wrong.reason,
            "unknown variant `RCP`, expected one of `rcp`, `irf`"
        );
        assert!(variant(&json!({"rcp": null}), Path::Root, &names).is_err());
    }
}
