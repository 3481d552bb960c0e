//! Search across everything, against the real files.

mod common;

use iscm_explorer::dataset::context::Context;
use iscm_explorer::dataset::grcp8::Grcp8;
use iscm_explorer::dataset::site_search::{HitKind, SiteIndex};

fn index(full: bool) -> SiteIndex {
    let agenda: Grcp8 = serde_json::from_str(&common::data_file("grcp8.json")).unwrap();
    let context: Context = serde_json::from_str(&common::data_file("context.json")).unwrap();
    if full {
        SiteIndex::build(common::dataset(), Some(&agenda), Some(&context))
    } else {
        SiteIndex::build(common::dataset(), None, None)
    }
}

#[test]
fn every_record_is_indexed() {
    let agenda: Grcp8 = serde_json::from_str(&common::data_file("grcp8.json")).unwrap();
    let context: Context = serde_json::from_str(&common::data_file("context.json")).unwrap();
    let data = common::dataset();
    let expected = data.iscms.len()
        + data.themes.len()
        + agenda.slots.len()
        + agenda.people.len()
        + context.findings.len()
        + context.glossary.len();
    assert_eq!(index(true).len(), expected);
    assert_eq!(index(false).len(), data.iscms.len() + data.themes.len());
}

#[test]
fn a_glossary_term_is_found_and_grouped_last() {
    let index = index(true);
    let groups = index.search("gfmd", 5);
    let kinds: Vec<HitKind> = groups.iter().map(|g| g.kind).collect();
    assert!(kinds.contains(&HitKind::Iscm));
    assert!(kinds.contains(&HitKind::Glossary));
    assert!(
        kinds.windows(2).all(|w| w[0] < w[1]),
        "groups in kind order: {kinds:?}"
    );
    let glossary = groups.iter().find(|g| g.kind == HitKind::Glossary).unwrap();
    assert!(glossary.shown.iter().any(|e| e.title == "GFMD"
        && e.detail
            .contains("Global Forum on Migration and Development")));
    assert!(glossary.shown.iter().all(|e| e.target == "#/glossary"));
}

#[test]
fn people_lead_to_their_session_and_are_found_without_accents() {
    let index = index(true);
    // Annex 8: "Mr Ramazan Seçilmiş … for the Chair of the Budapest Process" (Session 3).
    let groups = index.search("secilmis", 5);
    let people = groups
        .iter()
        .find(|g| g.kind == HitKind::Person)
        .expect("a person");
    assert_eq!(people.total, 1);
    assert!(people.shown[0].title.contains("Seçilmiş"));
    assert!(people.shown[0].target.starts_with("#/grcp8/"));
}

#[test]
fn themes_lead_to_the_filtered_explorer() {
    let index = index(false);
    let groups = index.search("biometrics", 5);
    let themes = groups.iter().find(|g| g.kind == HitKind::Theme).unwrap();
    assert_eq!(themes.shown[0].target, "#/?theme=biometrics");
    assert!(themes.shown[0].detail.starts_with("2 ISCMs"));
}

#[test]
fn every_word_must_match_and_blank_finds_nothing() {
    let index = index(true);
    assert!(index.search("   ", 5).is_empty());
    assert!(index.search("bali zzzzqqq", 5).is_empty());
    let groups = index.search("bali process", 3);
    assert!(groups
        .iter()
        .all(|g| g.shown.len() <= 3 && g.total >= g.shown.len()));
}
