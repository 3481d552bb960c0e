//! Per-ISCM views of the secondary files, checked against counts taken independently.

mod common;

use iscm_explorer::dataset::grcp8::{Grcp8, RoleKind};
use iscm_explorer::dataset::per_iscm::{grcp8_appearances, statements_by_topic};
use iscm_explorer::dataset::statements::StatementsFile;

fn statements() -> StatementsFile {
    serde_json::from_str(&common::data_file("statements.json")).unwrap()
}

fn agenda() -> Grcp8 {
    serde_json::from_str(&common::data_file("grcp8.json")).unwrap()
}

#[test]
fn grouping_keeps_every_statement_about_the_iscm_once() {
    let file = statements();
    for id in ["bali-process", "rcm", "gfmd", "midwa"] {
        let grouped = statements_by_topic(&file, id);
        let total: usize = grouped.iter().map(|(_, list)| list.len()).sum();
        let expected = file
            .statements
            .iter()
            .filter(|s| s.iscm_ids.iter().any(|i| i == id))
            .count();
        assert!(expected > 0, "{id} has statements");
        assert_eq!(total, expected, "{id}");
        assert!(grouped
            .iter()
            .all(|(topic, list)| list.iter().all(|s| s.topic == *topic)));
    }
    assert!(statements_by_topic(&file, "commit").is_empty());
}

#[test]
fn bali_process_at_grcp8_two_co_facilitators_and_a_rapporteur() {
    // Annex 8: Group 3 co-facilitators Geoffrey Shaw (Co-Chair) and Andreano Erwin (for the
    // Co-Chair); Session 4 rapporteur Shaun Choon "for the Bali Process".
    let agenda = agenda();
    let found = grcp8_appearances(&agenda, "bali-process");
    let names: Vec<(&str, RoleKind)> = found
        .iter()
        .map(|a| (a.person.name.as_str(), a.role.role))
        .collect();
    assert_eq!(
        names,
        vec![
            ("Geoffrey Shaw", RoleKind::CoFacilitator),
            ("Andreano Erwin", RoleKind::CoFacilitator),
            ("Shaun Choon", RoleKind::Rapporteur),
        ]
    );
}

#[test]
fn rabat_process_moderated_session_2() {
    let agenda = agenda();
    let found = grcp8_appearances(&agenda, "rabat-process");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].role.role, RoleKind::Moderator);
    assert!(found[0].slot.title.contains("Session 2"));
    assert!(grcp8_appearances(&agenda, "commit").is_empty());
}
