//! Reading the provenance types, shared by every dataset file, from the JSON tree by hand
//! (see [`super::decode`]).

use super::decode::{decode_enum, decode_struct};
use super::source::{DataNote, Document, NoteKind, SourceRef};

decode_struct!(Document {
    id: required,
    file: required,
    title: required,
});

decode_struct!(SourceRef {
    doc: required,
    section: required,
});

decode_enum!(NoteKind {
    Inconsistency = "inconsistency",
    ExtractionDefect = "extraction-defect",
    Interpretation = "interpretation",
});

decode_struct!(DataNote {
    id: required,
    kind: required,
    issue: required,
    resolution: required,
    sources: required,
    iscm_ids: defaulted,
});
