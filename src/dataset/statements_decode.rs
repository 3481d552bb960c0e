//! Reading `statements.json`'s types from the JSON tree by hand (see [`super::decode`] for
//! why): the explorer loads this file for its search and filters, so its serde visitors were
//! in the first-load wasm. One line per field, as its serde attributes said.

use super::decode::{decode_enum, decode_struct};
use super::statements::{Level, Statement, StatementsFile, Tag, TagGroup, Topic};

decode_struct!(StatementsFile {
    statements: required,
    tags: required,
    data_notes: required,
});

decode_struct!(Statement {
    id: required,
    iscm_ids: required,
    topic: required,
    // `#[serde(default)]` on an `Option`: missing or `null` is `None`.
    level: optional,
    tags: required,
    text: required,
    verbatim: defaulted_to(true),
    source: required,
    also_in: defaulted,
});

decode_enum!(Topic {
    Contribution = "contribution",
    Structure = "structure",
    Funding = "funding",
    Partnership = "partnership",
    Overlap = "overlap",
    Gcm = "gcm",
    Theme = "theme",
    History = "history",
    Impact = "impact",
    Role = "role",
});

decode_enum!(Level {
    National = "national",
    Bilateral = "bilateral",
    Regional = "regional",
    Interregional = "interregional",
    Global = "global",
});

decode_struct!(Tag {
    id: required,
    name: required,
    group: required,
});

decode_enum!(TagGroup {
    Output = "output",
    Structure = "structure",
    Funding = "funding",
    Partner = "partner",
    Theme = "theme",
    Global = "global",
});
