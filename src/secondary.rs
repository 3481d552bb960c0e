//! The lazily loaded dataset files, provided to every view through Leptos's context.

use crate::dataset::context::Context;
use crate::dataset::grcp8::Grcp8;
use crate::dataset::statements::StatementsFile;
use crate::dataset::validate::{check_context, check_grcp8, check_statements};
use crate::dataset::Dataset;
use crate::lazy_file::LazyFile;

/// Relative URLs of the secondary files.
pub const STATEMENTS_URL: &str = "data/statements.json";
pub const GRCP8_URL: &str = "data/grcp8.json";
pub const CONTEXT_URL: &str = "data/context.json";

/// The secondary files, each loaded on first use.
#[derive(Clone, Copy)]
pub struct SecondaryFiles {
    pub statements: LazyFile<StatementsFile>,
    pub grcp8: LazyFile<Grcp8>,
    pub context: LazyFile<Context>,
}

impl SecondaryFiles {
    pub fn new() -> Self {
        SecondaryFiles {
            statements: LazyFile::new(STATEMENTS_URL, |data, tree, core: &Dataset| {
                check_statements(data, tree, &core.core_ids())
            }),
            grcp8: LazyFile::new(GRCP8_URL, |data, tree, core: &Dataset| {
                check_grcp8(data, tree, &core.core_ids())
            }),
            context: LazyFile::new(CONTEXT_URL, |data, tree, core: &Dataset| {
                check_context(data, tree, &core.core_ids())
            }),
        }
    }
}

impl Default for SecondaryFiles {
    fn default() -> Self {
        Self::new()
    }
}
