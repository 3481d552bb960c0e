//! The source documents the dataset cites: present in the repository, identical to the
//! project's shared copies, and named by the dataset's document list.

mod common;

use iscm_explorer::dataset::Dataset;

#[test]
fn every_document_of_the_dataset_is_in_tests_seeds() {
    let data: Dataset = serde_json::from_str(&common::data_file("iscms.json")).unwrap();
    // The five documents of shared/seeds, and any later source added for an update.
    assert!(data.meta.documents.len() >= 5);
    for document in &data.meta.documents {
        let text = common::seed(&document.file);
        assert!(text.len() > 1000, "{} looks empty", document.file);
    }
}

#[test]
fn seeds_match_shared_copy() {
    let shared = common::root().join("..").join("shared").join("seeds");
    if !shared.is_dir() {
        // A clone without the project's shared folder: the copies are all there is.
        eprintln!("no {} here: nothing to compare", shared.display());
        return;
    }
    let data: Dataset = serde_json::from_str(&common::data_file("iscms.json")).unwrap();
    for document in &data.meta.documents {
        // A later source added by a maintainer lives only in tests/seeds.
        let Ok(original) = std::fs::read_to_string(shared.join(&document.file)) else {
            continue;
        };
        assert!(
            original == common::seed(&document.file),
            "tests/seeds/{} differs from shared/seeds: copy it again",
            document.file
        );
    }
}
