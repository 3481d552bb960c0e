//! The ISCM Explorer dataset: the types shared by the app, the validator and the tests.
//!
//! The data lives in `public/data/*.json`; each file has one module here. `iscms.json` is
//! the core file every view needs; the others are loaded by the views that use them.

pub mod agenda;
pub mod context;
mod context_decode;
pub mod decode;
pub mod glossary;
pub mod grcp8;
mod grcp8_decode;
pub mod iscms;
mod iscms_decode;
pub mod lookup;
pub mod per_iscm;
pub mod site_search;
pub mod source;
mod source_decode;
pub mod statements;
mod statements_decode;
pub mod validate;

/// The core dataset the app loads first.
pub type Dataset = iscms::IscmsFile;
