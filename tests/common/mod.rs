//! Helpers shared by the native dataset tests.
#![allow(dead_code)]

pub mod agree;
pub mod damage;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use iscm_explorer::dataset::statements::StatementsFile;
use iscm_explorer::dataset::Dataset;

/// The project's root folder.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The text of a source document, from the copies in `tests/seeds/`.
pub fn seed(file: &str) -> String {
    let path: PathBuf = root().join("tests").join("seeds").join(file);
    std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("cannot read source document {}: {error}", path.display()))
}

/// The text of a dataset file in `public/data/`.
pub fn data_file(file: &str) -> String {
    let path = root().join("public").join("data").join(file);
    std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("cannot read dataset file {}: {error}", path.display()))
}

/// The ids of the 30 ISCMs of Annex 2, in row order: the dataset's fixed vocabulary, kept
/// here independently of `iscms.json` so the tests can check the data against it.
pub const ISCM_IDS: [&str; 30] = [
    "five-plus-five-dialogue",
    "au-hoai",
    "acp-eu-dialogue",
    "almaty-process",
    "arcp",
    "bali-process",
    "budapest-process",
    "cmc",
    "ocam",
    "commit",
    "eap-panel",
    "rabat-process",
    "khartoum-process",
    "eu-celac-md",
    "gfmd",
    "fibemyd",
    "riam",
    "mid-igad",
    "igc",
    "midcas",
    "midsa",
    "midwa",
    "midcom",
    "abu-dhabi-dialogue",
    "pidc",
    "pafom",
    "prague-process",
    "rcm",
    "colombo-process",
    "sacm",
];

/// The core dataset, parsed once per test binary.
pub fn dataset() -> &'static Dataset {
    static DATA: OnceLock<Dataset> = OnceLock::new();
    DATA.get_or_init(|| Dataset::from_json(&data_file("iscms.json")).expect("iscms.json parses"))
}

/// The statements file, parsed once per test binary.
pub fn statements() -> &'static StatementsFile {
    static STATEMENTS: OnceLock<StatementsFile> = OnceLock::new();
    STATEMENTS.get_or_init(|| {
        StatementsFile::from_json(&data_file("statements.json")).expect("statements.json parses")
    })
}
