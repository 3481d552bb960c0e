//! The dataset checker: the shipped files pass, and each kind of broken input is reported
//! with its file, JSON path and reason.

use std::collections::HashMap;
use std::path::Path;

use iscm_explorer::dataset::validate::{validate_files, Problem, FILES};
use serde_json::Value;

fn shipped() -> HashMap<String, String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data");
    FILES
        .iter()
        .map(|file| {
            let text = std::fs::read_to_string(dir.join(file)).expect("dataset file");
            (file.to_string(), text)
        })
        .collect()
}

fn validate(files: &HashMap<String, String>) -> Vec<Problem> {
    validate_files(|file| files.get(file).cloned())
}

/// The shipped files with one JSON edit applied to `file`.
fn with_edit(file: &str, edit: impl FnOnce(&mut Value)) -> HashMap<String, String> {
    let mut files = shipped();
    let mut tree: Value = serde_json::from_str(&files[file]).unwrap();
    edit(&mut tree);
    files.insert(file.to_string(), serde_json::to_string(&tree).unwrap());
    files
}

fn assert_reported(problems: &[Problem], file: &str, path: &str, reason_part: &str) {
    assert!(
        problems
            .iter()
            .any(|p| p.file == file && p.path == path && p.reason.contains(reason_part)),
        "expected {file}: {path}: …{reason_part}… in {problems:#?}"
    );
}

#[test]
fn the_shipped_dataset_has_no_problem() {
    let problems = validate(&shipped());
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn a_missing_file_is_reported() {
    let mut files = shipped();
    files.remove("grcp8.json");
    assert_reported(&validate(&files), "grcp8.json", "$", "missing");
    files.remove("iscms.json");
    assert_reported(&validate(&files), "iscms.json", "$", "missing");
}

#[test]
fn malformed_json_names_the_line() {
    let mut files = shipped();
    files.insert("statements.json".into(), "{\"statements\": [".into());
    let problems = validate(&files);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(problems[0].reason.contains("line 1"), "{problems:#?}");
}

#[test]
fn a_wrong_type_names_its_json_path() {
    let files = with_edit("iscms.json", |tree| {
        tree["iscms"][3]["member_states"] = Value::from("seven");
    });
    assert_reported(
        &validate(&files),
        "iscms.json",
        "iscms[3].member_states",
        "invalid type",
    );
}

#[test]
fn a_missing_field_is_reported() {
    let files = with_edit("iscms.json", |tree| {
        tree["iscms"][0]
            .as_object_mut()
            .unwrap()
            .remove("short_name");
    });
    assert_reported(
        &validate(&files),
        "iscms.json",
        "iscms[0]",
        "missing field `short_name`",
    );
}

#[test]
fn duplicate_ids_are_reported() {
    let files = with_edit("iscms.json", |tree| {
        tree["iscms"][1]["id"] = tree["iscms"][0]["id"].clone();
    });
    assert_reported(&validate(&files), "iscms.json", "iscms[1].id", "used twice");
    let files = with_edit("statements.json", |tree| {
        tree["statements"][5]["id"] = tree["statements"][4]["id"].clone();
    });
    assert_reported(
        &validate(&files),
        "statements.json",
        "statements[5].id",
        "used twice",
    );
}

#[test]
fn dangling_references_are_reported_in_every_file() {
    let files = with_edit("iscms.json", |tree| {
        tree["iscms"][2]["region_ids"][0] = Value::from("atlantis");
    });
    assert_reported(
        &validate(&files),
        "iscms.json",
        "iscms[2].region_ids[0]",
        "atlantis",
    );

    let files = with_edit("statements.json", |tree| {
        tree["statements"][0]["iscm_ids"][0] = Value::from("no-such-process");
    });
    assert_reported(
        &validate(&files),
        "statements.json",
        "statements[0].iscm_ids[0]",
        "no ISCM has the id “no-such-process”",
    );

    let files = with_edit("grcp8.json", |tree| {
        tree["slots"][0]["roles"][0]["person_id"] = Value::from("nobody");
    });
    assert_reported(
        &validate(&files),
        "grcp8.json",
        "slots[0].roles[0].person_id",
        "no person",
    );
}

#[test]
fn an_unknown_source_document_is_reported() {
    let files = with_edit("iscms.json", |tree| {
        tree["iscms"][0]["source"]["doc"] = Value::from("a-blog");
    });
    assert_reported(
        &validate(&files),
        "iscms.json",
        "iscms[0].source.doc",
        "a-blog",
    );
}

#[test]
fn an_empty_annex2_cell_is_reported() {
    let files = with_edit("iscms.json", |tree| {
        tree["iscms"][4]["annex2"]["chair"] = Value::Array(vec![]);
    });
    assert_reported(
        &validate(&files),
        "iscms.json",
        "iscms[4].annex2.chair",
        "missing",
    );
}

#[test]
fn a_data_note_about_an_unknown_iscm_is_reported() {
    let files = with_edit("iscms.json", |tree| {
        tree["data_notes"][0]["iscm_ids"] = Value::from(vec!["ghost"]);
    });
    assert_reported(
        &validate(&files),
        "iscms.json",
        "data_notes[0].iscm_ids[0]",
        "ghost",
    );
}

/// Adds a later source document and a chair update for the GFMD (an invented example).
fn with_chair_update(column: &str, doc: &str) -> HashMap<String, String> {
    let (column, doc) = (column.to_string(), doc.to_string());
    with_edit("iscms.json", move |tree| {
        tree["meta"]["documents"]
            .as_array_mut()
            .unwrap()
            .push(serde_json::json!({"id": "later-source", "file": "005_later.txt", "title": "A later source"}));
        let gfmd = tree["iscms"]
            .as_array_mut()
            .unwrap()
            .iter_mut()
            .find(|iscm| iscm["id"] == "gfmd")
            .unwrap();
        gfmd["updates"] = serde_json::json!([{
            "column": column,
            "value": ["State X"],
            "as_of": "2021",
            "source": {"doc": doc, "section": "Page 1"}
        }]);
    })
}

#[test]
fn an_update_with_a_listed_source_is_accepted() {
    let problems = validate(&with_chair_update("chair", "later-source"));
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn an_update_of_an_unknown_column_or_source_is_reported() {
    let problems = validate(&with_chair_update("president", "later-source"));
    assert!(
        problems
            .iter()
            .any(|p| p.path.ends_with("updates[0].column") && p.reason.contains("president")),
        "{problems:#?}"
    );
    let problems = validate(&with_chair_update("chair", "a-rumour"));
    assert!(
        problems
            .iter()
            .any(|p| p.path.ends_with("updates[0].source.doc") && p.reason.contains("a-rumour")),
        "{problems:#?}"
    );
}
