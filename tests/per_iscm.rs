//! Per-ISCM views of the secondary files, checked against counts taken independently.

mod common;

use iscm_explorer::dataset::grcp8::{Grcp8, RoleKind};
use iscm_explorer::dataset::per_iscm::{grcp8_appearances, role_label, statements_by_topic};
use iscm_explorer::dataset::statements::{Level, StatementsFile, Topic};
use iscm_explorer::i18n::Lang;

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

#[test]
fn roles_topics_and_levels_are_named_in_each_language() {
    assert_eq!(role_label(RoleKind::Rapporteur, Lang::En), "Rapporteur");
    assert_eq!(role_label(RoleKind::Speaker, Lang::Fr), "Orateur");
    assert_eq!(role_label(RoleKind::Rapporteur, Lang::Es), "Relator");
    // The English labels are as before, for the page headings the tests select.
    assert_eq!(Topic::Gcm.label(), "Global Compact for Migration");
    assert_eq!(
        Topic::Gcm.label_in(Lang::Fr),
        "Pacte mondial sur les migrations"
    );
    assert_eq!(Topic::Funding.label_in(Lang::Es), "Financiación");
    assert_eq!(Level::Regional.lead_in(Lang::En), "Regional level. ");
    assert_eq!(Level::Global.lead_in(Lang::Fr), "Niveau mondial. ");
    assert_eq!(Level::National.lead_in(Lang::Es), "Nivel nacional. ");
    for lang in [Lang::Fr, Lang::Es] {
        for topic in Topic::ALL {
            assert_ne!(topic.label_in(lang), topic.label(), "{topic:?} in {lang:?}");
        }
    }
}
