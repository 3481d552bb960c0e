//! The side-by-side comparison.

use iscm_explorer::dataset::Dataset;
use iscm_explorer::explore::compare::{compare_rows, theme_matrix, CompareRow, NOT_COVERED};

mod common;

fn data() -> Dataset {
    Dataset::from_json(&common::data_file("iscms.json")).expect("iscms.json parses")
}

fn ids(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

fn row<'a>(rows: &'a [CompareRow], label: &str) -> &'a CompareRow {
    rows.iter()
        .find(|r| r.label == label)
        .unwrap_or_else(|| panic!("no row {label}"))
}

#[test]
fn rows_show_the_fact_sheet_cells_as_printed() {
    let data = data();
    let rows = compare_rows(&data, &ids(&["eap-panel", "commit", "nope", "gfmd"]));
    assert_eq!(
        rows.iter().map(|r| r.label).collect::<Vec<_>>(),
        [
            "Type",
            "Member States",
            "Year established",
            "Region(s) covered",
            "Associated organization(s)",
            "Chair-in-office",
            "Secretariat(s)",
            "Role of IOM",
            "Themes (Annex 10)",
            "Answered the 2019 survey",
            "Attended GRCP 8",
        ]
    );
    for r in &rows {
        assert_eq!(r.values.len(), 3, "unknown ids skipped: {}", r.label);
    }
    assert_eq!(
        row(&rows, "Year established").values[0],
        ["2001 (as the Söderköping Process)"]
    );
    assert_eq!(
        row(&rows, "Secretariat(s)").values[0],
        ["European Commission", "IOM"]
    );
    assert_eq!(row(&rows, "Chair-in-office").values[2], ["Ecuador"]);
    assert_eq!(row(&rows, "Themes (Annex 10)").values[1], [NOT_COVERED]);
    assert_eq!(
        row(&rows, "Themes (Annex 10)").values[0],
        [
            "Asylum",
            "Border management",
            "Counter-trafficking",
            "Migrants' rights",
            "Migration policy and governance",
            "Refugees and protection"
        ]
    );
    assert_eq!(
        row(&rows, "Type").values,
        [["RCP"], ["RCP"], ["Global process"]]
    );
    assert!(row(&rows, "Type").differs);
    assert!(row(&rows, "Member States").differs);
    // All three attended GRCP 8; COMMIT did not answer the survey.
    assert!(!row(&rows, "Attended GRCP 8").differs);
    assert_eq!(row(&rows, "Attended GRCP 8").values[0], ["Yes"]);
    assert!(row(&rows, "Answered the 2019 survey").differs);
}

#[test]
fn same_type_does_not_differ() {
    let data = data();
    let rows = compare_rows(&data, &ids(&["midwa", "midsa"]));
    assert!(!row(&rows, "Type").differs);
    assert!(!row(&rows, "Region(s) covered").differs);
    assert!(row(&rows, "Member States").differs);
    // One or none: nothing differs.
    assert!(compare_rows(&data, &ids(&["midwa"]))
        .iter()
        .all(|r| !r.differs));
    assert!(compare_rows(&data, &[])
        .iter()
        .all(|r| r.values.is_empty() && !r.differs));
}

#[test]
fn theme_matrix_lists_themes_someone_has_or_is_unclear_for() {
    let data = data();
    let matrix = theme_matrix(&data, &ids(&["igc", "commit", "prague-process"]));
    let names: Vec<&str> = matrix.iter().map(|(n, _)| n.as_str()).collect();
    // Annex 10 order.
    let order: Vec<&str> = data
        .themes
        .iter()
        .map(|t| t.name.as_str())
        .filter(|n| names.contains(n))
        .collect();
    assert_eq!(names, order);
    let biometrics = &matrix.iter().find(|(n, _)| n == "Biometrics").unwrap().1;
    assert_eq!(biometrics, &[Some(true), None, Some(true)]);
    let ct = &matrix
        .iter()
        .find(|(n, _)| n == "Counter-trafficking")
        .unwrap()
        .1;
    assert_eq!(ct, &[Some(false), None, Some(true)]);
    // IGC's migration-and-development cell cannot be read.
    let md = &matrix
        .iter()
        .find(|(n, _)| n == "Migration and development")
        .unwrap()
        .1;
    assert_eq!(md[0], None);
    // Every row has a tick or an unreadable cell among the compared ISCMs.
    for (name, marks) in &matrix {
        let theme = data.themes.iter().find(|t| &t.name == name).unwrap();
        let unclear = ["igc", "prague-process"]
            .iter()
            .any(|id| data.iscm(id).unwrap().theme_ids_unclear.contains(&theme.id));
        assert!(marks.contains(&Some(true)) || unclear, "{name}");
    }
    // COMMIT alone: not covered, so no theme at all.
    assert!(theme_matrix(&data, &ids(&["commit"])).is_empty());
}
