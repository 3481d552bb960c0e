//! Provenance shared by every file of the dataset: where a fact comes from, and the
//! notes that record what the sources leave unclear.
//!
//! The app reads them by hand (`source_decode.rs`, see `decode.rs`), in every file; the serde
//! derives are for native builds only, where the tests check that both read every input alike.

/// One of the source documents in `shared/seeds/`, named by a short stable id.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Document {
    /// Stable id used by every [`SourceRef`]: `publication-page`, `report`,
    /// `iom-web-page`, `grcp8-brief` or `gcm-review`.
    pub id: String,
    /// The file name in `shared/seeds/`.
    pub file: String,
    /// What the document is, for people.
    pub title: String,
}

/// Where a fact comes from: a document (by id) and the section, annex, box or table in it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct SourceRef {
    pub doc: String,
    pub section: String,
}

/// What kind of problem a data note records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(rename_all = "kebab-case"))]
pub enum NoteKind {
    /// The sources say two different things (names, counts, categories).
    Inconsistency,
    /// The text extraction damaged something (a garbled row, a split cell).
    ExtractionDefect,
    /// The dataset had to read or normalise something the source leaves open.
    Interpretation,
}

/// An inconsistency or defect in the sources, and what the dataset does about it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct DataNote {
    /// Stable kebab-case id.
    pub id: String,
    pub kind: NoteKind,
    /// What the sources say, quoting them where that helps.
    pub issue: String,
    /// What the dataset records, and why.
    pub resolution: String,
    /// Where the problem is seen (at least one place).
    pub sources: Vec<SourceRef>,
    /// The ISCMs the note concerns, if any.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub iscm_ids: Vec<String>,
}
