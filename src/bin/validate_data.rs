//! `scripts/validate-data`: checks every file of `public/data/` and prints each problem with
//! its file, its JSON path and the reason. Exits 1 if there is any problem.
//!
//! Usage: `validate-data [DATA_DIR]` (default `public/data`).

use std::path::PathBuf;
use std::process::ExitCode;

use iscm_explorer::dataset::validate::{validate_files, FILES};

fn main() -> ExitCode {
    let dir = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("public/data"));
    let problems = validate_files(|file| std::fs::read_to_string(dir.join(file)).ok());
    if problems.is_empty() {
        println!(
            "dataset OK: {} files in {} follow every rule",
            FILES.len(),
            dir.display()
        );
        return ExitCode::SUCCESS;
    }
    for problem in &problems {
        eprintln!("{problem}");
    }
    eprintln!("{} problem(s) in {}", problems.len(), dir.display());
    ExitCode::FAILURE
}
